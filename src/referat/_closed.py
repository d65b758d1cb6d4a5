"""Stage 4e: which items were dealt with behind closed doors (``AgendaItem.closed``): marked on
the item's head line or a line of its own ("7. Salg af grund (Lukket punkt)", "Lukket punkt
11: Personalesag", "Lukket sag", "Beslutningen er ført i den lukkede protokol"), or standing in
the closed part of the meeting (after a line "Lukket møde", until "Åbent møde")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
import re
from typing import Final

from referat import _new as new
from referat._digit import has_digit
from referat._facts import LineKind
from referat._prefix import casefolded
from referat._scan import Line
from referat.models import AgendaItem
from referat.vocabulary import CLOSED_MARK, CLOSED_PART, OPEN_PART

_CLOSED_MARK: Final = re.compile(CLOSED_MARK)
_OWN_LINES: Final = 3  # lines of an item's own text where its status stands ("Lukket sag")
_PART_LINE: Final = 40  # characters of a part's line at most ("## Lukket møde")
_STATUS_LINE: Final = 80  # characters of a line that gives an item's status at most
_HEAD_CELLS: Final = 2  # a table row's cells that hold the item (number, title)


def with_closed(items: list[AgendaItem], lines: tuple[Line, ...]) -> list[AgendaItem]:
    """The items, closed ones marked (sub-points of a closed item too)."""
    parts = _parts(lines)
    starts = [start for start, _ in parts]
    numbers = [line.number for line in lines]  # (logical lines: a number can repeat)
    listed = sorted(it.listing_span.start_line for it in items if it.listing_span is not None)
    out: list[AgendaItem] = []
    for item in items:
        at = item.span.start_line
        part = bisect_right(starts, at) - 1  # the part it stands in
        if part >= 0 and bisect_left(listed, starts[part]) < bisect_left(listed, at):
            # the part's line is in a contents list above the minutes ("Åbne punkter" over
            # items 73-79, "Lukkede punkter" over 80-81): the part the item is listed in
            listing = item.listing_span
            part = -1 if listing is None else bisect_right(starts, listing.start_line) - 1
        closed = _marked(item, lines, numbers) or (part >= 0 and parts[part][1])
        out.append(_closed_item(item) if closed else item)
    return out


def _closed_item(item: AgendaItem) -> AgendaItem:
    changes: dict[str, object] = {"closed": True}
    if item.subitems:
        changes["subitems"] = [_closed_item(s) for s in item.subitems]
    return new.updated(item, changes)


def _marked(item: AgendaItem, lines: tuple[Line, ...], numbers: list[int]) -> bool:
    """A closed mark on the item's head line (or its listing's), or a line of its first few
    that says only that ("Lukket sag", "Fremgår af den lukkede protokol"; not "Punkt 7
    behandles som lukket punkt" under item 1)."""
    first = bisect_left(numbers, item.span.start_line)
    for k in range(first, min(first + 1 + _OWN_LINES, len(lines))):
        if lines[k].number > item.span.end_line:
            break
        line = lines[k]
        text = line.text
        if line.kind is LineKind.TABLE_ROW:  # "| 3 | Foreningsprisen | 3. Indstillinger
            text = " ".join(line.cells[:_HEAD_CELLS])  # (LUKKET) |": a closed attachment's
        own = k == first or (len(text) <= _STATUS_LINE and not has_digit(text))
        if own and _closed_mark(text):
            return True
        if k > first and len(text) <= _STATUS_LINE and _closed_mark(text, after_dash=True):
            return True  # "Sagsnr.: 24/15033 – Lukket": the case's status after its number
    if item.listing_span is not None:
        k = bisect_left(numbers, item.listing_span.start_line)
        return k < len(lines) and _closed_mark(lines[k].text)
    return False


def _closed_mark(text: str, *, after_dash: bool = False) -> bool:
    """A closed mark in the text (``after_dash``: only one that ends it after a dash, "– Lukket"
    or "- Lukket punkt")."""
    if "ukke" not in text and "UKKE" not in text:
        return False
    if after_dash:
        return _DASHED_STATUS.search(casefolded.of(text)) is not None
    return _CLOSED_MARK.search(casefolded.of(text)) is not None


_DASHED_STATUS: Final = re.compile(r"\s[-–—]\s*lukket(?:\s+(?:punkt|sag))?\.?\s*$")


def _parts(lines: tuple[Line, ...]) -> list[tuple[int, bool]]:
    """The lines that open a part of the meeting: (line number, closed)."""
    found: list[tuple[int, bool]] = []
    for line in lines:
        text = line.text
        if not text or len(text) > _PART_LINE:
            continue
        key = casefolded.of(text)
        if "ukke" not in key and "ben" not in key:
            continue
        key = key.strip(" :*#.")
        if key in CLOSED_PART:
            found.append((line.number, True))
        elif key in OPEN_PART:
            found.append((line.number, False))
    return found
