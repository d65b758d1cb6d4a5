"""Checks that look across the finished items and people, reported as diagnostics, and the
repairs they allow.

Items: numbers that skip or repeat (a slip, "## 2." twice between 1 and 4 with no 3, is
renumbered), minutes that record no decision, minutes of an item the agenda did not announce;
a layout that puts each item's case number above its head gives it back to that item. People:
one listed twice, present and absent at once, a minute-taker missing from the attendance, a
member's group that names another body; each person once in each list, with the details only a
repeat gives.
"""

from __future__ import annotations

from referat import _new as new
from referat._labels import section_label
from referat._roles import fold, with_details
from referat._scan import Line, line_at
from referat.diagnostics import Code, Reporter
from referat.models import AgendaItem, Person, SectionKind, TextBlock, span_of


def case_data_above(
    items: list[AgendaItem], lines: tuple[Line, ...]
) -> tuple[list[AgendaItem], bool]:
    """ "Sagnr.: 1-30-72-51-24" over "2. Temadrøftelse ..." (a layout that puts the case number
    above the item's head): the case data ending an item's text, after its other text and right
    before the next item's head, is the next item's, when that one has none of its own. Also
    whether any moved (the document has that layout)."""
    out = list(items)
    moved = False
    blank_before = {ln.number for ln in lines if ln.blank}
    for k in range(1, len(out)):
        prev, item = out[k - 1], out[k]
        if len(prev.sections) < 2 or prev.sections[-1].kind is not SectionKind.CASE_DATA:
            continue
        case = prev.sections[-1]
        if any(s.kind is SectionKind.CASE_DATA for s in item.sections):
            continue
        gap = range(case.span.end_line + 1, item.span.start_line)
        if any(n not in blank_before for n in gap) or prev.span.end_line >= item.span.start_line:
            continue
        kept = prev.sections[:-1]
        end = max([prev.span.start_line, *(s.span.end_line for s in kept)])
        out[k - 1] = new.updated(
            prev, {"sections": kept, "span": span_of(prev.span.start_line, end)}
        )
        out[k] = new.updated(
            item,
            {
                "sections": [case, *item.sections],
                "span": span_of(case.span.start_line, item.span.end_line),
            },
        )
        moved = True
    return out, moved


def first_case_data(
    item: AgendaItem, notes: list[TextBlock], lines: tuple[Line, ...]
) -> tuple[AgendaItem, list[TextBlock]]:
    """In a layout with case numbers above the items' heads, the note of one line right above
    the first item that is case data ("Sagnr.: 1-30-72-44-24") is that item's case data."""
    if any(s.kind is SectionKind.CASE_DATA for s in item.sections):
        return item, notes
    above = item.span.start_line - 1
    line = line_at(lines, above)
    while line is not None and line.blank:
        above -= 1
        line = line_at(lines, above)
    if line is None:
        return item, notes
    found = section_label(line, None)
    note = next((n for n in notes if n.span.end_line == above), None)
    if note is None or found is None or found[0] is not SectionKind.CASE_DATA:
        return item, notes
    head, _, text = note.text.rpartition("\n")
    if text != line.text:
        return item, notes
    span = span_of(above, above)
    case = new.Section(kind=SectionKind.CASE_DATA, heading=None, text=text, span=span)
    moved = new.updated(
        item, {"sections": [case, *item.sections], "span": span_of(above, item.span.end_line)}
    )
    kept = [n for n in notes if n is not note]
    if head or note.heading is not None:  # the text over it, a blank line apart, stays a note
        end = above - 1
        while end > note.span.start_line and (gap := line_at(lines, end)) is not None and gap.blank:
            end -= 1
        shorter = new.updated(note, {"text": head, "span": span_of(note.span.start_line, end)})
        kept = [shorter if n is note else n for n in notes]
    return moved, kept


def number_slips(items: list[AgendaItem], reporter: Reporter) -> list[AgendaItem]:
    """ "## 2." twice between "## 1." and "## 4.", and no item 3: the second is item 3 (a slip
    of the pen). Its sub-points (2.1, 2.a) follow it (3.1, 3.a); the duplicate is reported."""
    numbers = {it.number for it in items}
    fixed = list(items)
    for k in range(1, len(items) - 1):
        before, item, after = items[k - 1].number, items[k].number, items[k + 1].number
        if not (item and item.isdigit() and before == item and after and after.isdigit()):
            continue
        meant = str(int(item) + 1)
        if int(after) != int(item) + 2 or meant in numbers:
            continue
        fixed[k] = _renumbered(items[k], item, meant)
        reporter.report(
            Code.DUPLICATE_ITEM_NUMBER,
            f"item number {item} is used twice (lines {items[k - 1].span.start_line} and "
            f"{items[k].span.start_line}); the second is taken as {meant}, between {item} and "
            f"{after}",
            items[k].span,
        )
    return fixed


def _renumbered(item: AgendaItem, written: str, meant: str) -> AgendaItem:
    number = item.number or ""
    if number == written or number.startswith(written + "."):
        number = meant + number[len(written) :]
    return new.updated(
        item,
        {
            "number": number,
            "subitems": [_renumbered(sub, written, meant) for sub in item.subitems],
        },
    )


def check_numbers(items: list[AgendaItem], reporter: Reporter) -> None:
    seen: dict[str, AgendaItem] = {}
    numbers = {item.number for item in items}
    prev: int | None = None
    for item in items:
        if item.number is None:
            continue
        if item.number in seen:
            reporter.report(
                Code.DUPLICATE_ITEM_NUMBER,
                f"item number {item.number} is used twice "
                f"(lines {seen[item.number].span.start_line} and {item.span.start_line})",
                item.span,
            )
        seen[item.number] = item
        try:
            top = int(item.number.split(".")[0])
        except ValueError:
            continue
        if prev is not None and top > prev + 1:
            skipped = range(prev + 1, top)
            missing = ", ".join(str(n) for n in skipped)
            later = all(str(n) in numbers for n in skipped)  # items taken out of order
            reporter.report(
                Code.ITEM_NUMBER_GAP,
                f"item numbers jump from {prev} to {top} "
                + (f"({missing} comes later)" if later else f"(missing {missing})"),
                item.span,
            )
        prev = top if prev is None or top > prev else prev


def _item_name(item: AgendaItem) -> str:
    """How diagnostics name an item: 'item 4 "Budget"'."""
    number = f"item {item.number}" if item.number else "an unnumbered item"
    return f'{number} "{item.title[:60]}"'


def _decided(item: AgendaItem) -> bool:
    has_text = item.decision is not None and bool(item.decision.text.strip())
    return has_text or any(_decided(sub) for sub in item.subitems)


def check_decisions(items: list[AgendaItem], reporter: Reporter) -> None:
    """Minutes whose item records no decision and no minutes text (nor do its sub-points)."""
    for item in items:
        if not _decided(item):
            reporter.report(
                Code.NO_DECISION,
                f"{_item_name(item)} has no decision or minutes text",
                item.span,
            )


def _has_minutes(item: AgendaItem) -> bool:
    """Text other than the agenda's own: a listed item with only "Punktet udgår." under it in
    the listing has none."""
    return bool(item.subitems) or any(s.kind is not SectionKind.AGENDA_TEXT for s in item.sections)


def check_minutes_matched(items: list[AgendaItem], reporter: Reporter) -> None:
    """Items with minutes but missing from the agenda that announced every other item.

    The agenda is a leading listing (table of contents) or, in OS2-style documents, the item
    texts before a separate minutes block. An item found only after it was added during the
    meeting, or its number is a slip.
    """
    listed = [it for it in items if it.listing_span is not None]
    unlisted = [  # (an item only listed, with no text or only agenda text, has no minutes)
        it
        for it in items
        if it.listing_span is None and it.minutes_span is None and _has_minutes(it)
    ]
    in_block = [it for it in items if it.minutes_span not in (None, it.span)]
    alone = [it for it in items if it.minutes_span is not None and it.span == it.minutes_span]
    for matched, extra in ((listed, unlisted), (in_block, alone)):
        # A few extras beside many matched items; many unmatched ones mean a partial listing
        # (an excerpt, a page break), not items missing from the agenda.
        if not 0 < len(extra) <= len(matched) // 3:
            continue
        for item in extra:
            reporter.report(
                Code.UNMATCHED_MINUTES,
                f"{_item_name(item)} has minutes but is not on the agenda",
                item.span,
            )


def check_people(
    attendees: list[Person],
    absentees: list[Person],
    guests: list[Person],
    chair: Person | None,
    minute_taker: Person | None,
    reporter: Reporter,
    *,
    listed: bool,
    added: list[Person],
) -> None:
    """People listed twice, present and absent, a minute-taker missing from the attendance
    (only when the document lists its attendees: ``listed``; a vote counter or substitute
    named in item text is no attendance list; ``added``: the chair and minute-taker no list
    named, counted as present by ``officers_present``)."""
    seen = _Roster()
    officers = [o for o in (chair, minute_taker) if o is not None]
    restated = _restated_lines(attendees + guests) | _restated_lines(absentees)
    for p in attendees + guests:
        earlier = seen.find(p)
        if (
            earlier is not None
            and earlier.span != p.span
            and p.span.start_line not in restated
            # "Bo Lind (ref.)" under the list that names him: his office, not a second listing
            and not any(o.span == p.span and fold(o.name) == fold(p.name) for o in officers)
            # "I stedet deltog stedfortræder Maja Lindholm (I)." of a listed attendee: whom she
            # stood in for, not a second listing
            and not ("stedfortræder" in p.roles or "suppleant" in p.roles)
        ):
            reporter.report(
                Code.PERSON_LISTED_TWICE,
                f'"{p.name}" is listed twice '
                f"(lines {earlier.span.start_line} and {p.span.start_line})",
                p.span,
            )
        seen.add(p)
    absent = _Roster()
    for p in absentees:
        earlier = absent.find(p)
        if earlier is not None and earlier.span != p.span and p.span.start_line not in restated:
            reporter.report(
                Code.PERSON_LISTED_TWICE, f'"{p.name}" is listed twice among the absent', p.span
            )
        absent.add(p)
        present = seen.find(p)
        if present is not None and present.present is not False:
            reporter.report(
                Code.PRESENT_AND_ABSENT,
                f'"{p.name}" is listed as present (line {present.span.start_line}) and absent',
                p.span,
            )
    # a guest was at the meeting too: staff of the administration often take the minutes
    named = [p for p in attendees + guests if all(p is not a for a in added)]
    present_names = {fold(p.name) for p in named if p.present is not False}
    first_names = {fold(p.name).split()[0] for p in named if p.name}
    if minute_taker is not None and listed:
        key = fold(minute_taker.name)
        if key not in present_names and not (len(key.split()) == 1 and key in first_names):
            counted = " (counted as present)" if any(minute_taker is a for a in added) else ""
            reporter.report(
                Code.REFERENT_NOT_ATTENDEE,
                f'the minute-taker "{minute_taker.name}" is not among the attendees listed'
                + counted,
                minute_taker.span,
            )
    for p in attendees:
        _check_group(p, reporter)


def _restated_lines(people: list[Person]) -> set[int]:
    """Lines that list again, all of them, two or more people listed on earlier lines (a
    summary in English under Danish minutes: "Present: Jette Vang (chair), Morten Sejr, ..."):
    a restatement, no person listed twice."""
    by_line: dict[int, list[Person]] = {}
    for p in people:
        by_line.setdefault(p.span.start_line, []).append(p)
    earlier = _Roster()
    restated: set[int] = set()
    for line in sorted(by_line):
        group = by_line[line]
        if len(group) >= 2 and all(earlier.find(p) is not None for p in group):
            restated.add(line)
        for p in group:
            earlier.add(p)
    return restated


class _Roster:
    """The people listed so far. Two entries with one name are one person unless both name an
    organisation and these differ: "Anne Holm (Vejle Kommune)" and "Anne Holm (Region
    Syddanmark)" are two people, "Anne Holm" and "Anne Holm, Vejle Kommune" one. Only a
    capitalised organisation counts: a note read as one ("kun punkt 3") tells nobody apart."""

    def __init__(self) -> None:
        self.first: dict[str, Person] = {}
        self.without: dict[str, Person] = {}
        self.with_org: dict[tuple[str, str], Person] = {}

    def find(self, p: Person) -> Person | None:
        """The earlier entry for the same person, or None."""
        name = fold(p.name)
        if name not in self.first:
            return None
        org = _organisation_key(p)
        if not org:
            return self.first[name]
        return self.without.get(name) or self.with_org.get((name, org))

    def add(self, p: Person) -> None:
        name = fold(p.name)
        self.first.setdefault(name, p)
        org = _organisation_key(p)
        if org:
            self.with_org.setdefault((name, org), p)
        else:
            self.without.setdefault(name, p)


def _organisation_key(p: Person) -> str:
    org = p.organisation
    return fold(org) if org and (org[0].isupper() or org[0].isdigit()) else ""


def unique_people(people: list[Person]) -> list[Person]:
    """One entry per person (the first, with the details only a repeat gives: a Notion page's
    "Deltagere: @Anne Holm" and its checklist's "Anne Holm (projektleder, Søby Lokalråd)"); a
    repeat was reported as person-listed-twice."""
    seen = _Roster()
    out: list[Person] = []
    position: dict[int, int] = {}  # id of a kept entry -> its index in ``out``
    for p in people:
        earlier = seen.find(p)
        if earlier is None:
            seen.add(p)
            position[id(p)] = len(out)
            out.append(p)
            continue
        k = position[id(earlier)]
        out[k] = with_details(out[k], p)
    return out


def _check_group(person: Person, reporter: Reporter) -> None:
    """ "formand for Vækstforum Midtjylland" listed under "Vækstforum Nordjylland"."""
    if not person.group or not person.organisation:
        return
    group = person.group.casefold().split()
    if group and group[0] == "fra":  # "Fra Bo-Vest": the group names where its people come from
        group = group[1:]
    org = person.organisation.casefold().split()
    shared = {w for w in group if len(w) >= 4} & {w for w in org if len(w) >= 4}
    if shared and set(group) != set(org):
        reporter.report(
            Code.ROLE_GROUP_MISMATCH,
            f'"{person.name}" is listed under "{person.group}" but described as '
            f'{person.title or "member"} of "{person.organisation}"',
            person.span,
            data={"group": person.group, "organisation": person.organisation},
        )
