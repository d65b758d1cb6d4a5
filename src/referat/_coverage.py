"""Coverage: which source lines some node of the result spans, and the rest as unclassified.

Every non-blank line must end up in some node with its span. ``covered`` walks what
``_extract.build`` returned (models, lists, dicts; of a model only the fields that can hold a
``Span``) and marks the lines of every span; ``uncovered`` turns the runs of lines left over
into ``TextBlock``s and an ``unclassified-text`` diagnostic each (not for markup with no text,
such as a table's empty frame, and not for a web page's furniture, which is a note). Compiled
with the pipeline (the walk visits every model).
"""

from __future__ import annotations

from typing import Any, Final

from pydantic import BaseModel

from referat import _new as new
from referat._facts import LineKind
from referat._header import is_furniture
from referat._scan import Line
from referat.diagnostics import Code, Reporter
from referat.models import Span, TextBlock, span_of

_MODEL_NAMES: Final = (
    "Span",
    "Location",
    "Person",
    "Section",
    "Decision",
    "Attachment",
    "AgendaItem",
    "TextBlock",
    "HeaderField",
    "Mention",
    "Diagnostic",
)
_CARRIERS: Final[dict[type, tuple[str, ...]]] = {}


def _carriers(cls: type) -> tuple[str, ...]:
    """Names of the fields of a model class that can hold spans (models or lists of them);
    none for any other class (a string, a date, ``None``)."""
    names = _CARRIERS.get(cls)
    if names is None:
        if issubclass(cls, BaseModel):
            names = tuple(
                name
                for name, info in cls.model_fields.items()
                if any(m in str(info.annotation) for m in _MODEL_NAMES)
            )
        else:
            names = ()
        _CARRIERS[cls] = names
    return names


def covered(fields: dict[str, Any], count: int, first: int = 1) -> bytearray:
    """For the line numbers ``first..count``: 1 at ``number - first + 1`` for every line inside
    some Span of the fields, 0 elsewhere (``first``: where one meeting's part of a document
    begins; its size is the part's, not the document's).

    Walks models, lists and dicts; of a model only the fields that can hold a Span.
    """
    shift = first - 1
    covered = bytearray(count - shift + 2)
    stack: list[Any] = [fields]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is Span:
            span: Span = item
            start, end = max(span.start_line, first) - shift, min(span.end_line, count) + 1 - shift
            if end - start == 1:  # most spans are one line
                covered[start] = 1
            elif end > start:
                covered[start:end] = b"\x01" * (end - start)
        elif kind is list:
            stack.extend(item)
        elif kind is dict:
            stack.extend(item.values())
        else:  # a model's fields that can hold spans (by class: pydantic's isinstance is slow)
            names = _carriers(kind)
            if len(names) == 1:
                stack.append(getattr(item, names[0]))
            elif names:  # one read of the fields (a model's attribute costs a __getattr__ hook)
                values = vars(item)
                stack.extend([values[name] for name in names])
    return covered


def uncovered(
    lines: tuple[Line, ...], fields: dict[str, Any], reporter: Reporter, *, quiet: bool
) -> list[TextBlock]:
    """Blocks of the non-blank lines no span covers, in ``unclassified`` with a diagnostic.

    A block with no words in it (a thematic break ``***``, a table's empty header row ``| |``
    over ``|---|``, a lone ``**``, ``&nbsp;`` or ``<br>``) is markup that says nothing: it
    becomes a note with empty text instead (added to ``fields["notes"]``), so its lines stay
    covered without a report. A run of a web page's furniture ("Forside > Politik >
    Referater", "Print", "Del på Facebook", "Accepter alle cookies", see ``is_furniture``) is a
    note too, with its text: recognised, not unknown text.
    """
    first = lines[0].number if lines else 1
    covered_lines = covered(fields, lines[-1].number if lines else 0, first)
    blocks: list[TextBlock] = []
    markup: list[TextBlock] = []
    current: list[Line] = []
    in_furniture = False  # whether ``current`` is a run of a web page's furniture

    def flush() -> None:
        if not current:
            return
        span = span_of(current[0].number, current[-1].number)
        text = "\n".join(ln.text for ln in current if ln.text)
        if in_furniture or (not text and not quiet):
            markup.append(new.TextBlock(heading=None, text=text, span=span))
            current.clear()
            return
        blocks.append(new.TextBlock(heading=None, text=text, span=span))
        if not quiet:
            first = current[0].text or current[0].raw.strip()
            reporter.report(
                Code.UNCLASSIFIED_TEXT,
                f'text not recognised as part of the meeting: "{first[:60]}"',
                span,
            )
        current.clear()

    for ln in lines:
        if ln.blank or covered_lines[ln.number - first + 1]:
            if not ln.blank:
                flush()
            continue
        furniture = not quiet and _furniture(ln)
        if furniture is not in_furniture:
            flush()
            in_furniture = furniture
        current.append(ln)
    flush()
    if markup:
        notes: list[TextBlock] = fields.get("notes", [])
        fields["notes"] = sorted(notes + markup, key=lambda b: b.span.start_line)
    return blocks


def _furniture(line: Line) -> bool:
    """A line of a web page's furniture (never a table row: a task list's row is text)."""
    return line.kind is not LineKind.TABLE_ROW and bool(line.text) and is_furniture(line.text)
