"""Line facts: what a Markdown block reader records about each source line.

Two readers fill them in - ``_scan`` from markdown-it-py's block tokens and ``_blocks`` by its own
reading of plain stretches - and both write paragraphs and headings through ``record_inline`` so
the two cannot drift apart. ``_scan`` turns the facts into ``Line`` records.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

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


@dataclass(slots=True)
class Facts:
    """What the block structure says about one line (filled in by a reader)."""

    kind: LineKind = LineKind.BLANK
    text: str | None = None
    heading_level: int = 0
    list_depth: int = 0
    list_number: str | None = None
    bullet: bool = False
    strong: bool = False
    lead_label: str | None = None
    cells: tuple[str, ...] = ()


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
    segments = _inline.segments(content)
    kind = LineKind.HEADING if heading_level else LineKind.TEXT
    if heading_level and end - start == 2 and len(segments) == 1:
        end -= 1  # setext underline
        facts[end].kind = LineKind.HEADING
        facts[end].text = ""
        facts[end].heading_level = heading_level
    if len(segments) == end - start:
        for n, (seg, strong, label) in zip(range(start, end), segments, strict=True):
            f = facts[n]
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
