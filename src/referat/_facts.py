"""Line facts: what a Markdown block reader records about each source line.

Two readers fill them in - ``_scan`` from markdown-it-py's block tokens and ``_blocks`` by its own
reading of plain stretches - and both write paragraphs and headings through ``record_inline`` and
table rows through ``record_row``, so the two cannot drift apart. ``_scan`` turns the facts into
``Line`` records.
"""

from __future__ import annotations

from enum import Enum
from typing import ClassVar

from referat import _inline


class LineKind(Enum):
    """What a line is in Markdown terms."""

    BLANK = "blank"
    TEXT = "text"
    HEADING = "heading"
    TABLE_ROW = "table_row"
    TABLE_RULE = "table_rule"
    CODE = "code"
    HTML = "html"
    RULE = "rule"


class Record:
    """A plain record class: equality and ``repr`` from the fields it lists in ``FIELDS``.

    Used instead of ``@dataclass(slots=True)`` for the records made for every source line.
    ``slots=True`` makes ``dataclasses`` build a new class, which mypyc cannot compile, and
    the ``__init__`` a dataclass generates runs as interpreted code even in a compiled
    module: a hand-written ``__init__`` here is compiled, and makes a record about five times
    faster in the compiled build. A subclass declares ``__slots__`` (no ``__dict__`` per
    record in the pure build) and ``FIELDS`` in the order of its ``__init__``.
    """

    __slots__ = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()

    def values(self) -> tuple[object, ...]:
        """The field values, in ``FIELDS`` order."""
        return tuple(getattr(self, name) for name in self.FIELDS)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self) or not isinstance(other, Record):
            return NotImplemented
        return self.values() == other.values()

    __hash__ = None  # type: ignore[assignment]  # mutable: not hashable, as a dataclass

    def __repr__(self) -> str:
        pairs = zip(self.FIELDS, self.values(), strict=True)
        inner = ", ".join(f"{name}={value!r}" for name, value in pairs)
        return f"{type(self).__name__}({inner})"


class Facts(Record):
    """What the block structure says about one line (filled in by a reader)."""

    FIELDS: ClassVar[tuple[str, ...]] = (
        "kind",
        "text",
        "heading_level",
        "list_depth",
        "list_number",
        "bullet",
        "strong",
        "lead_label",
        "cells",
    )
    __slots__ = FIELDS

    def __init__(self) -> None:
        self.kind: LineKind = LineKind.BLANK
        self.text: str | None = None
        self.heading_level = 0
        self.list_depth = 0
        self.list_number: str | None = None
        self.bullet = False
        self.strong = False
        self.lead_label: str | None = None
        self.cells: tuple[str, ...] = ()


PendingItem = tuple[int, str | None, bool]
"""A list item whose marker still waits for its first line: (line, number or None, bullet)."""


def record_inline(
    facts: list[Facts],
    start: int,
    end: int,
    content: str,
    heading_level: int,
    pending: PendingItem | None,
) -> PendingItem | None:
    """Facts of a paragraph (``heading_level`` 0) or heading on lines ``start`` to ``end`` - 1.

    ``content`` is the block's inline source. Returns the pending list item, or ``None`` when
    this block was its first line.
    """
    segments = _inline.segments(_inline.without_icons(content))
    kind = LineKind.HEADING if heading_level else LineKind.TEXT
    if heading_level and end - start == 2 and len(segments) == 1:
        end -= 1  # setext underline
        facts[end].kind = LineKind.HEADING
        facts[end].text = ""
        facts[end].heading_level = heading_level
    if len(segments) == end - start:
        for k, (seg, strong, label) in enumerate(segments):  # compiled: no zip object
            f = facts[start + k]
            f.kind = kind
            f.text = seg
            f.strong = strong
            f.lead_label = label
            f.heading_level = heading_level
    else:  # line structure lost (rare): later stages strip markup per line
        for n in range(start, end):
            facts[n].kind = kind
            facts[n].heading_level = heading_level
    if pending is not None and pending[0] == start:
        facts[start].list_number = pending[1]
        facts[start].bullet = pending[2]
        return None
    return pending


def record_row(facts: list[Facts], line: int, contents: list[str]) -> None:
    """Facts of a table row on ``line`` whose cells have this inline source."""
    cells = tuple([_inline.cell_plain(c) for c in contents])
    f = facts[line]
    f.kind = LineKind.TABLE_ROW
    f.cells = cells
    f.text = " | ".join([c for c in cells if c])
