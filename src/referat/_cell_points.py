"""Stage 4 (a helper of ``_agenda_item``): an agenda table's row whose title cell HTML line
breaks part into the item's title, its sub-points and its attachments.

    | 3 | Meddelelser<br>a) Formanden<br>b) Præsten | a) Nye retningslinjer ...<br>b) ... |
    | 2 | Meddelelser<br>2.1 Status på programmerne<br>2.2 Ny lov – proces | Taget til ... |
    | 4 | Kvartalsrapport<br>Bilag 4.1: Kvartalsrapport Q4 2024 | Godkendt. |

The first piece of the title cell is the title; each later piece a sub-point (``a)``, ``2.1``)
or an attachment (``Bilag 4.1: ...``); a piece of another cell that opens with a sub-point's
mark is that sub-point's decision (the cell stays the item's too: its last words decide the
item). A title cell with any other piece after a break ("Valg af<br>revisor") is one title.
Imports the models, the scanner's lines, the table rows' splitter, the inline reader and the
sections reader.
"""

from __future__ import annotations

import re
from typing import Final

from referat import _new as new
from referat._blocks import row_cells
from referat._inline import plain
from referat._scan import Line
from referat._sections import decide, listed_attachment
from referat.models import AgendaItem, Attachment, SectionKind, Span, span_of

_BREAK: Final = re.compile(r"<br\s*/?>", re.IGNORECASE)
_POINT: Final = re.compile(r"^(?:(\d{1,3}\.\d{1,2})|([a-h])[).])\s+(\S.*)$")
"""A sub-point's piece: "2.1 Status på ...", "a) Formanden", "b. Præsten"."""


def with_cell_points(item: AgendaItem, row: Line, title_at: int) -> AgendaItem:
    """The item of an agenda table's ``row`` (its title in cell ``title_at``) with the title
    cell's later pieces as its sub-points and attachments; the item as it was when the cell
    has no break, or a piece that is neither."""
    cells = [c.strip() for c in row_cells(row.raw.strip())]  # as written: "A<br>B"
    if len(cells) != len(row.cells) or not 0 <= title_at < len(cells):
        return item
    pieces = _pieces(cells[title_at])
    if len(pieces) < 2:
        return item
    span = span_of(row.number, row.number)
    points: list[tuple[str, str]] = []  # (mark, title)
    attachments: list[Attachment] = []
    for piece in pieces[1:]:
        m = _POINT.match(piece)
        if m is not None:
            points.append((m.group(1) or m.group(2), m.group(3).strip()))
            continue
        named = listed_attachment(row.with_text(piece))
        if named is None:
            return item  # "Valg af<br>revisor": a title broken over two lines
        attachments.append(new.updated(named, {"span": span}))
    said = _said_per_point(cells, title_at, {mark for mark, _ in points})
    subitems = item.subitems
    if points and not subitems:
        subitems = [
            _sub_item(item.number, mark, title, said.get(mark, []), span) for mark, title in points
        ]
    return new.updated(
        item,
        {
            "title": pieces[0],
            "subitems": subitems,
            "attachments": [*item.attachments, *attachments],
        },
    )


def _pieces(cell: str) -> list[str]:
    return [p for p in (" ".join(plain(piece).split()) for piece in _BREAK.split(cell)) if p]


def _said_per_point(cells: list[str], title_at: int, marks: set[str]) -> dict[str, list[str]]:
    """The pieces of the other cells that open with a sub-point's mark, by mark ("a)
    Stiftet har udsendt ..." under "a) Formanden")."""
    said: dict[str, list[str]] = {}
    for k, cell in enumerate(cells):
        if k == title_at or "<" not in cell:
            continue
        for piece in _pieces(cell):
            m = _POINT.match(piece)
            if m is not None and (mark := m.group(1) or m.group(2)) in marks:
                said.setdefault(mark, []).append(m.group(3).strip())
    return said


def _sub_item(number: str | None, mark: str, title: str, said: list[str], span: Span) -> AgendaItem:
    sections = [
        new.Section(kind=SectionKind.BESLUTNING, heading=None, text=text, span=span)
        for text in said
    ]
    own = mark if "." in mark or not number else f"{number}.{mark}"
    return new.AgendaItem(
        number=own,
        title=title,
        sections=sections,
        decision=decide(sections),
        attachments=[],
        subitems=[],
        span=span,
        minutes_span=None,
    )
