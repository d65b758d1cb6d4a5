"""Attachments listed apart from their items, given to the items they belong to.

A list of attachments after the last item ("## Bilag" over "- Bilag 1: Årsregnskab 2024"), or
in a note under the minutes, whose numbers items refer to ("3. Årsregnskab 2024 (bilag 1)"):
each is the referring item's, with the list's title. Entries that name an item ("- Pkt. 4:
Budgetudkast 2025", "- Budgetforslag 2025 (til pkt. 3b)") and lists under labels that do
("Bilag til punkt 1:") are that item's (or sub-point's); the last item keeps the rest.
"""

from __future__ import annotations

from collections.abc import Callable
import re
from typing import Final

from referat import _new as new
from referat._header import line_span
from referat._labels import section_label
from referat._prefix import casefolded
from referat._scan import Line, numbered
from referat._sections import (
    FOR_ITEM,
    FOR_ITEM_HEAD,
    ITEM_REFERENCE,
    bilag_titles,
    listed_attachment,
    merge_attachments,
    referenced_attachments,
)
from referat.models import AgendaItem, Attachment, SectionKind, TextBlock
from referat.vocabulary import ITEM_WORD

_LABEL_MAX: Final = 60
"""The longest line read as an attachments label over a list ("Bilag til protokollen:")."""


def attachments_in_notes(notes: list[TextBlock], lines: tuple[Line, ...]) -> dict[str, Attachment]:
    """The attachments a note lists by number and title ("Bilag:" over "Bilag 1 – Udkast til
    årsregnskab 2024" under the minutes), by number."""
    found: dict[str, Attachment] = {}
    for note in notes:
        if "ilag" not in note.text and "ilag" not in (note.heading or ""):
            continue
        labelled = False  # under a "Bilag:" label: its numbered entries
        for line in numbered(lines, note.span.start_line, note.span.end_line):
            if line.blank:
                continue
            label = section_label(line, None) if len(line.text) <= _LABEL_MAX else None
            if label is not None and label[0] is SectionKind.BILAG and not label[2]:
                labelled = True  # "Bilag:", "Bilagsoversigt", "Bilag til protokollen:"
                continue
            attachment = listed_attachment(line, under_label=labelled)
            if attachment is not None and attachment.number is not None:
                found.setdefault(attachment.number, attachment)
    return found


def closing_attachments(
    items: list[AgendaItem], elsewhere: dict[str, Attachment] | None = None
) -> list[AgendaItem]:
    """A list of attachments after the last item ("## Bilag" over "- Bilag 1: Årsregnskab
    2024", or ``elsewhere``: one in a note under the minutes) whose numbers items refer to
    ("3. Årsregnskab 2024 (bilag 1)", "(Bilag 1)" in their text): each such attachment is the
    referring item's (or sub-point's), with the title the list gives; the last item keeps only
    those no other item refers to."""
    if elsewhere is not None:
        listed = dict(elsewhere)
    elif len(items) >= 2:
        last = max(items, key=lambda item: item.span.end_line)  # (numbered last or not)
        listed = {a.number: a for a in last.attachments if a.number and a.title}
    else:
        return items
    if not listed:
        return items
    owners: dict[str, str] = {}  # attachment number -> the item its entry names
    for number, attachment in listed.items():
        listed[number], owner = _named_item(attachment)
        if owner is not None:
            owners[number] = owner
    if all(_ITEM_DOTTED.fullmatch(n) for n in listed):  # "Bilag 4.1", "Bilag 4.2", "Bilag
        numbers = {item.number for item in items}  # 5.1": each numbered for its item
        for number in listed:
            if number.split(".")[0] in numbers:
                owners.setdefault(number, number.split(".")[0])
    moved: set[str] = set()

    def with_titles(item: AgendaItem) -> AgendaItem:
        refs = [a.number for a in item.attachments if a.number in listed and a.title is None]
        refs += [n for n in referenced_attachments(item.title or "") if n in listed]
        refs += [n for n, owner in owners.items() if owner == item.number]
        subitems = [with_titles(sub) for sub in item.subitems]
        if not refs and all(a is b for a, b in zip(subitems, item.subitems, strict=True)):
            return item
        found = [a for a in item.attachments if not (a.number in listed and a.title is None)] + [
            listed[n] for n in dict.fromkeys(refs) if n is not None
        ]
        moved.update(n for n in refs if n is not None)
        return new.updated(item, {"attachments": merge_attachments(found), "subitems": subitems})

    if elsewhere is not None:
        return [with_titles(item) for item in items]
    out = [item if item is last else with_titles(item) for item in items]
    if not moved:
        return items
    kept = [
        listed[a.number] if a.number in owners else a  # its own: "(til pkt. 8)" is no title
        for a in last.attachments
        if a.number not in moved or a.title is None
    ]
    return [new.updated(item, {"attachments": kept}) if item is last else item for item in out]


_ITEM_DOTTED: Final = re.compile(r"\d{1,3}\.\d{1,2}")


_NAMED_ITEM: Final = re.compile(
    # ("(pkt. 5.1)": a sub-point numbered after its item)
    rf"\s*(?:\(\s*(?:(?:til|vedr\.?|under|jf\.?|for)\s+)?{ITEM_WORD}\s*({ITEM_REFERENCE})\s*\)"
    rf"|[-–—,]\s*(?:til|vedr\.?|under|for)\s+{ITEM_WORD}\s*({ITEM_REFERENCE}))\s*$",
    re.IGNORECASE,
)


# "Pkt. 4: Budgetudkast 2025", "Til punkt 6 – Høringsmateriale": an entry that names its item first
_ITEM_FIRST: Final = re.compile(
    rf"^(?:til\s+|ad\s+)?{ITEM_WORD}\s*(\d{{1,3}}[a-h]?)\s*[:.\-–—]\s*(\S.*)$", re.IGNORECASE
)


def attachments_naming_items(items: list[AgendaItem]) -> list[AgendaItem]:
    """Unnumbered entries of a list of attachments after the last item that name another item
    ("- Pkt. 4: Budgetudkast 2025", "- Budgetforslag 2025 (til pkt. 3b)"): each is that
    item's (or sub-point's) attachment, titled without the reference."""
    if len(items) < 2:
        return items
    # (the item written last: a listing's row may come before the minutes written apart, "|
    # 7 | Eventuelt |" above "**Pkt. 4 – Vintertjeneste**" and its "| Punkt | Bilag |" table)
    at = max(range(len(items)), key=lambda k: (items[k].span.end_line, k))
    if not items[at].attachments:
        return items

    def named(attachment: Attachment) -> tuple[Attachment, str | None]:
        if attachment.number is not None:
            return attachment, None
        found, owner = _item_reference(attachment)
        target = _item_named(items, owner) if owner is not None else None
        return (found, target) if target is not None else (attachment, None)

    return _moved_from(items, at, named)


def _moved_from_last(
    items: list[AgendaItem], owned: Callable[[Attachment], tuple[Attachment, str | None]]
) -> list[AgendaItem]:
    """The items with the last item's attachments that ``owned`` gives another item's number
    (and the attachment as that item gets it) moved there; the last item keeps the rest."""
    return _moved_from(items, len(items) - 1, owned)


def _moved_from(
    items: list[AgendaItem],
    at: int,
    owned: Callable[[Attachment], tuple[Attachment, str | None]],
) -> list[AgendaItem]:
    """The items with item ``at``'s attachments that ``owned`` gives another item's number
    moved there; item ``at`` keeps the rest."""
    holder = items[at]
    moved: dict[str, list[Attachment]] = {}
    kept: list[Attachment] = []
    for attachment in holder.attachments:
        found, target = owned(attachment)
        if target is None or target == holder.number:
            kept.append(found)
        else:
            moved.setdefault(target, []).append(found)
    if not moved:
        return items
    others = _given([it for k, it in enumerate(items) if k != at], moved)
    others.insert(at, new.updated(holder, {"attachments": kept}))
    return others


def _item_reference(attachment: Attachment) -> tuple[Attachment, str | None]:
    """An entry's attachment without the item it names ("Pkt. 4: Budgetudkast 2025",
    "Budgetforslag 2025 (til pkt. 3b)"), and that item as written (None when it names none)."""
    title = attachment.title or ""
    m = _ITEM_FIRST.match(title) if title else None
    if m is not None:
        return new.updated(attachment, {"title": m.group(2)}), m.group(1)
    return _named_item(attachment)


def attachments_under_item_labels(
    items: list[AgendaItem], lines: tuple[Line, ...]
) -> list[AgendaItem]:
    """Lists of attachments after the last item under labels that name other items ("Bilag
    til punkt 1:" over "Bilag 1: Årsregnskab 2021"), and lines that name an item before their
    titles ("Bilag til pkt. 2: Budgetnotat 2025"): each list's or line's attachments are that
    item's."""
    if len(items) < 2 or not items[-1].attachments:
        return items
    last = items[-1]
    owner: dict[int, str] = {}  # line number of a listed attachment -> the item it belongs to
    under: str | None = None
    for line in numbered(lines, last.span.start_line + 1, last.span.end_line):
        number = line.number
        if line.blank:
            continue
        if under is not None and (
            listed_attachment(line, under_label=True) is not None or line.bullet
        ):  # ("- Rammeaftale 2025-2026 (udkast)": a title alone, under "Bilag til pkt. 5:")
            owner[number] = under
            continue
        head = FOR_ITEM_HEAD.match(line.text) if "ilag" in line.text else None
        under = _item_named(items, head.group(1)) if head is not None else None
        named = FOR_ITEM.match(line.text) if head is None and ":" in line.text else None
        if named is not None and (target := _item_named(items, named.group(1))) is not None:
            owner[number] = target  # "Bilag til pkt. 2: Budgetnotat 2025": item 2's
    return _moved_from_last(items, lambda a: (a, owner.get(a.span.start_line) if a.span else None))


def _given(items: list[AgendaItem], moved: dict[str, list[Attachment]]) -> list[AgendaItem]:
    """The items (and sub-points) with the attachments ``moved`` gives their numbers."""

    def given(item: AgendaItem) -> AgendaItem:
        subitems = [given(sub) for sub in item.subitems]
        extra = moved.get(item.number or "", [])
        if not extra and all(a is b for a, b in zip(subitems, item.subitems, strict=True)):
            return item
        attachments = merge_attachments([*item.attachments, *extra])
        return new.updated(item, {"attachments": attachments, "subitems": subitems})

    return [given(item) for item in items]


def noted_item_attachments(
    items: list[AgendaItem], notes: list[TextBlock], lines: tuple[Line, ...]
) -> list[AgendaItem]:
    """A note under the minutes that lists attachments by item ("Bilag ligger i Drive-mappen:"
    over "- Budgetforslag 2025 (til pkt. 3b)"): each entry is the named item's attachment."""
    moved: dict[str, list[Attachment]] = {}
    for note in notes:
        if "ilag" not in note.text and "ilag" not in (note.heading or ""):
            continue
        labelled = False
        under: str | None = None  # the item a "Bilag til punkt 2:" label names, over its list
        for line in numbered(lines, note.span.start_line, note.span.end_line):
            if line.blank:
                continue
            if under is not None:
                listed = listed_attachment(line, under_label=True)
                if listed is not None:  # "Bilag 1: Notat om merforbrug", "1. Notat ..."
                    moved.setdefault(under, []).append(listed)
                    continue
                under = None
            head = FOR_ITEM_HEAD.match(line.text) if "ilag" in line.text else None
            if head is not None:
                under = _item_named(items, head.group(1))
                labelled = False
                continue
            for_item = FOR_ITEM.match(line.text)
            if for_item is not None:  # "Bilag til punkt 3: Årsregnskab 2024, Revisionsprotokollat"
                target = _item_named(items, for_item.group(1))
                if target is not None:
                    titles = bilag_titles(for_item.group(2))
                    span = line_span(line)
                    moved.setdefault(target, []).extend(
                        new.Attachment(number=None, title=t, span=span) for t in titles
                    )
                labelled = False
                continue
            label = section_label(line, None)
            if label is not None and (not label[2] or _REMARK_ONLY.fullmatch(label[2])):
                labelled = label[0] is SectionKind.BILAG  # ("**Bilag** (kan hentes som pdf):")
                continue
            lettered = _LETTERED_ENTRY.match(line.text) if labelled else None
            if not labelled or not (line.bullet or line.list_number is not None or lettered):
                continue
            entry = (
                listed_attachment(line)
                or new.Attachment(  # "- Bilag 1: X (til pkt. 3)"
                    number=lettered.group(1) if lettered else None,  # "B. Kontoudtog (pkt. 6)"
                    title=(line.text[lettered.end() :] if lettered else line.text).strip(" *_"),
                    span=line_span(line),
                )
            )
            found, owner = _item_reference(entry)
            target = _item_named(items, owner) if owner is not None else None
            if target is not None:
                moved.setdefault(target, []).append(found)
    return _given(items, moved) if moved else items


_REMARK_ONLY: Final = re.compile(r"\([^()]{1,60}\)\s*:?")
"""A label's rest that is a remark in brackets alone ("Bilag (kan hentes som pdf):")."""


_LETTERED_ENTRY: Final = re.compile(r"([A-H])[.)]\s+(?=\S)")
"""An entry of a list of attachments lettered A, B, C ("B. Kontoudtog pr. 29.2.2024 (pkt. 6)")."""


def _item_named(items: list[AgendaItem], written: str) -> str | None:
    """The number of the item or sub-point a reference names ("4", "3b": sub-point 3.b, or an
    inserted item 3b), or None when there is none."""
    numbers = {it.number for it in items} | {s.number for it in items for s in it.subitems}
    if written in numbers:
        return written
    if written[-1:].isalpha():
        sub = f"{written[:-1]}.{written[-1]}"
        if sub in numbers:
            return sub
        return written[:-1] if written[:-1] in numbers else None
    return None


def _named_item(attachment: Attachment) -> tuple[Attachment, str | None]:
    """A listed attachment that names its item ("Bilag 1: Driftsbudget 2026 (til pkt. 4)",
    "Bilag 2: Regnskab 2024 – til punkt 6"): the attachment titled without it, and the item."""
    title = attachment.title or ""
    low = casefolded.of(title)
    m = _NAMED_ITEM.search(title) if "pkt" in low or "punkt" in low else None
    if m is None or not m.start():
        return attachment, None
    return new.updated(attachment, {"title": title[: m.start()]}), m.group(1) or m.group(2)
