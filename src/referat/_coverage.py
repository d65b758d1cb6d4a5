"""Coverage: which source lines some node of the result spans, and the rest as unclassified.

Every non-blank line must end up in some node with its span. ``covered`` walks what
``_extract.build`` returned (models, lists, dicts; of a model only the fields that can hold a
``Span``) and marks the lines of every span; ``uncovered`` turns the runs of lines left over
into ``TextBlock``s and an ``unclassified-text`` diagnostic each (not for markup with no text,
such as a table's empty frame). Compiled with the pipeline (the walk visits every model).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from referat._facts import LineKind
from referat._scan import Line
from referat.diagnostics import Code, Reporter
from referat.models import Span, TextBlock, span_of

_TABLE_KINDS = (LineKind.TABLE_ROW, LineKind.TABLE_RULE)
_MODEL_NAMES = (
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
_CARRIERS: dict[type[BaseModel], tuple[str, ...]] = {}


def _carriers(cls: type[BaseModel]) -> tuple[str, ...]:
    """Names of the fields of a model class that can hold spans (models or lists of them)."""
    names = _CARRIERS.get(cls)
    if names is None:
        names = tuple(
            name
            for name, info in cls.model_fields.items()
            if any(m in str(info.annotation) for m in _MODEL_NAMES)
        )
        _CARRIERS[cls] = names
    return names


def covered(fields: dict[str, Any], count: int) -> bytearray:
    """1 for every line number (1..count) inside some Span of the fields, 0 elsewhere.

    Walks models, lists and dicts; of a model only the fields that can hold a Span.
    """
    covered = bytearray(count + 2)
    stack: list[Any] = [fields]
    pop, push = stack.pop, stack.extend
    while stack:
        item = pop()
        kind = type(item)
        if kind is Span:
            end = min(item.end_line, count) + 1
            if end > item.start_line:
                covered[item.start_line : end] = b"\x01" * (end - item.start_line)
        elif kind is list:
            push(item)
        elif kind is dict:
            push(item.values())
        elif isinstance(item, BaseModel):
            push([getattr(item, name) for name in _carriers(kind)])
    return covered


def _table_frame(line: Line) -> bool:
    """ "| | |", "|---|---|": a table's empty header row or rule, a thematic break ("---") and
    ">" alone (a blank line of a quoted e-mail): markup with no text to report."""
    if line.text:
        return False
    if line.kind is LineKind.RULE:
        return True
    if line.kind in _TABLE_KINDS:
        return not line.raw.strip(" |:-\t")
    return not line.raw.strip(" >\t")


def uncovered(
    lines: tuple[Line, ...], fields: dict[str, Any], reporter: Reporter, *, quiet: bool
) -> list[TextBlock]:
    covered_lines = covered(fields, len(lines))
    blocks: list[TextBlock] = []
    current: list[Line] = []

    def flush() -> None:
        if not current:
            return
        span = span_of(current[0].number, current[-1].number)
        blocks.append(
            TextBlock(heading=None, text="\n".join(ln.text for ln in current if ln.text), span=span)
        )
        if not quiet and not all(_table_frame(ln) for ln in current):
            first = current[0].text or current[0].raw.strip()
            reporter.report(
                Code.UNCLASSIFIED_TEXT,
                f'text not recognised as part of the meeting: "{first[:60]}"',
                span,
            )
        current.clear()

    for ln in lines:
        if ln.blank or covered_lines[ln.number]:
            if not ln.blank:
                flush()
            continue
        current.append(ln)
    flush()
    return blocks
