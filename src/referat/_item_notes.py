"""Sections after the last item that name another item, given to that item.

Minutes written as a table of items often add notes under it, each headed by the item it
belongs to ("## Uddybning til pkt. 5" over the case's background, "**Bilag til pkt. 3:**" over
its attachments). Read in order, they fall inside the last item; each is the named item's. A
section that decides (a decision, minutes) stays where it is: moving it would change two
items' outcomes on a heading's word.
"""

from __future__ import annotations

import re
from typing import Final

from referat import _new as new
from referat.models import AgendaItem, Section, SectionKind
from referat.vocabulary import ITEM_WORD

_NAMES_ITEM: Final = re.compile(
    rf"\b(?:til|for|vedr\.?|vedrørende|under)\s+{ITEM_WORD}\s*(\d{{1,3}}[a-z]?)\s*:?\s*$",
    re.IGNORECASE,
)
"""A section's heading that ends naming an item ("Uddybning til pkt. 5", "Bilag til punkt 3:")."""

_DECIDING: Final = frozenset({SectionKind.BESLUTNING, SectionKind.REFERAT})


def sections_naming_items(items: list[AgendaItem]) -> list[AgendaItem]:
    """The items, with the last item's sections whose headings name another item moved to it
    (after its own sections). Only the last item's: a heading inside an item's own text that
    names another ("Bemærkning til pkt. 3" under item 4) is read where it stands as well, but
    a table's items have no text to hold it, and the notes under the table land in the last."""
    if len(items) < 2:
        return items
    last = items[-1]
    by_number = {it.number: k for k, it in enumerate(items[:-1]) if it.number}
    moved: dict[int, list[Section]] = {}
    kept: list[Section] = []
    for section in last.sections:
        named = _NAMES_ITEM.search(section.heading) if section.heading else None
        target = by_number.get(named.group(1)) if named is not None else None
        if target is None or section.kind in _DECIDING:
            kept.append(section)
        else:
            moved.setdefault(target, []).append(section)
    if not moved:
        return items
    out = [
        new.updated(it, {"sections": [*it.sections, *moved[k]]}) if k in moved else it
        for k, it in enumerate(items[:-1])
    ]
    return [*out, new.updated(last, {"sections": kept})]
