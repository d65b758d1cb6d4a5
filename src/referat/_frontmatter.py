"""YAML front matter: ``---`` on the first line, ``key: value`` lines, ``---`` (or ``...``).

Archives kept in a static-site generator or a notes app (Jekyll, Hugo, MkDocs, Obsidian,
pandoc) open each minutes file with such a block. Markdown does not know it: markdown-it reads
the first ``---`` as a rule and the lines under it, with the closing ``---``, as a heading, so
without this stage the keys became the title, notes and headings of the meeting.

``read`` finds the block and rewrites its lines for the stages after it, without a YAML
parser (only what a front matter of minutes holds: scalars, quoted scalars, flow lists
``[a, b]`` and block lists of ``- a`` lines):

- a key the header understands (``date``, ``time``, ``location``, ``attendees``, ``title``,
  Danish labels too: ``dato``, ``sted``, ``deltagere``, see ``FIELD_LABELS``) becomes a
  plain ``key: value`` text line, and a block list under it bullet lines: the header reads
  them as the fields and people lists they are;
- any other key (``layout``, ``tags``, ``slug``, a nested mapping) becomes a header field of its
  own with the key as label, read no further;
- so does a date key holding a machine's time stamp (``date: 2025-03-27 08:41:09 +0100``, the
  seconds or a zone say so): Jekyll and Hugo write when the page was published there, not when
  the meeting was held. ``published`` gives its date, for a document that names no other;
- the two ``---`` lines become rules.

A block with a line of another shape (prose, a comment, a heading) is not front matter: it is
left as it is (``---`` over ``Dato: ...`` lines and ``---`` may be minutes between rules, and
their labels are then read as ever, without this stage).
"""

from __future__ import annotations

import datetime as dt
import re

from referat._facts import LineKind
from referat._field_kinds import field_kind
from referat._inline import wiki_links_as_text
from referat._scan import Line
from referat.models import HeaderField, Span, span_of
from referat.vocabulary import FieldKind

_MAX_LINES = 100
"""A longer block is not front matter (its closing line is looked for this far)."""
_KEY = re.compile(r"([^\W\d][\w.-]*(?: [\w.-]+){0,3})\s*:(?:\s+(.*))?")
_ITEM = re.compile(r"\s*-(?:\s+(.*))?")
_STAMP = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?|[T ]\d{2}:\d{2}(?=\s*[Z+-]))"
    r"\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?"
)
"""A machine's time stamp: an ISO date and a time with seconds, or with a zone."""


class FrontMatter:
    """The block's lines rewritten for the later stages, and the fields of its other keys."""

    __slots__ = ("end", "fields", "lines")

    def __init__(self, lines: tuple[Line, ...], fields: list[HeaderField]) -> None:
        self.lines = lines  # one per line of the block, delimiters included
        self.end = len(lines)  # the index of the first line after the block
        self.fields = fields


def _unquoted(value: str) -> str:
    """A YAML scalar without its quotes; a flow list ``[a, b]`` as ``a, b``."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return wiki_links_as_text(value[1:-1].strip())  # "[[Rikke Skov]]" (Obsidian)
    if value.startswith("[[") and value.endswith("]]"):
        return wiki_links_as_text(value)
    if value.startswith("[") and value.endswith("]"):
        return ", ".join(_unquoted(v) for v in value[1:-1].split(",") if v.strip())
    return value


def _closing(lines: tuple[Line, ...]) -> int:
    """The index of the block's closing line, or -1 when the document opens with no block."""
    if not lines or lines[0].raw.strip() != "---":
        return -1
    for i in range(1, min(len(lines), _MAX_LINES)):
        if lines[i].raw.rstrip() in ("---", "..."):
            return i if i > 1 else -1
    return -1


def read(lines: tuple[Line, ...]) -> FrontMatter | None:
    """The front matter that opens ``lines`` (one record per source line), or None."""
    close = _closing(lines)
    if close < 0:
        return None
    entries: list[tuple[int, str, str, list[int]]] = []  # key line, key, value, nested lines
    for i in range(1, close):
        raw = lines[i].raw
        if not raw.strip():
            continue
        found = _KEY.fullmatch(raw.rstrip())
        if found is not None and not raw[:1].isspace():
            entries.append((i, found.group(1), found.group(2) or "", []))
        elif entries and (raw[:1].isspace() or _ITEM.fullmatch(raw)):
            entries[-1][3].append(i)  # a list item or a nested line under the last key
        else:
            return None  # prose, a comment, a heading: not front matter
    if not entries:
        return None
    rewritten = [ln.as_markup(LineKind.BLANK) for ln in lines[: close + 1]]
    for i in (0, close):
        rewritten[i] = lines[i].as_markup(LineKind.RULE)
    fields: list[HeaderField] = []
    for i, key, value, nested in entries:
        items = [_ITEM.fullmatch(lines[j].raw) for j in nested]
        as_list = all(m is not None for m in items)
        reads = field_kind(key)
        if reads is FieldKind.DATE and _STAMP.fullmatch(_unquoted(value)):
            reads = None  # when the page was published: a field, not the meeting's date
        elif reads is FieldKind.INFO:
            reads = None  # "tags:", "status:": plain information, a field as it is
        if reads is not None and (as_list or not nested):
            text = f"{key}: {_unquoted(value)}" if value.strip() else f"{key}:"
            rewritten[i] = Line(
                number=lines[i].number, raw=lines[i].raw, kind=LineKind.TEXT, text=text
            )
            for j, m in zip(nested, items, strict=True):
                entry = _unquoted(m.group(1) or "") if m is not None else ""
                kind = LineKind.TEXT if entry else LineKind.RULE  # "- " alone: markup
                rewritten[j] = Line(
                    number=lines[j].number,
                    raw=lines[j].raw,
                    kind=kind,
                    text=entry,
                    list_depth=1,
                    bullet=True,
                )
            continue
        parts = [_unquoted(value)] if value.strip() else []
        for j, m in zip(nested, items, strict=True):
            parts.append(_unquoted(m.group(1) or "") if m is not None else lines[j].raw.strip())
        last = nested[-1] if nested else i
        fields.append(
            HeaderField(
                label=key,
                value=", ".join(p for p in parts if p),
                span=span_of(lines[i].number, lines[last].number),
            )
        )
    return FrontMatter(tuple(rewritten), fields)


def published(fields: list[HeaderField]) -> tuple[dt.date, Span] | None:
    """The date of a publishing time stamp among a front matter's ``fields``, and its line."""
    for f in fields:
        stamp = _STAMP.fullmatch(f.value) if field_kind(f.label) is FieldKind.DATE else None
        if stamp is not None:
            try:
                return dt.date.fromisoformat(stamp.group(1)), f.span
            except ValueError:  # "2025-13-45 10:00:00": no date
                return None
    return None
