"""Stage 3: lines + agenda -> the fields of a ``Meeting``.

Orchestrates the header reader, the item reader and the checks that look across the document
(numbering, people listed twice, referent among the attendees, ...). Finally every non-blank
line not inside some node's span goes to ``unclassified`` with a diagnostic: nothing is dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
import datetime as dt
import re
from typing import Any, Final

from referat import _new as new
from referat._agenda_item import agenda_item, joint_minutes, status_remarks, table_starts
from referat._closed import with_closed
from referat._danish import find_dates, find_time_range
from referat._digit import has_digit
from referat._facts import LineKind
from referat._first import anchored
from referat._forward import with_forwarding
from referat._header import (
    BARE_REF,
    FIRST_NAME_TAKER,
    PRINT_STAMP_LINE,
    SLASH_REF,
    SLASH_SIGNATURE,
    HeaderFacts,
    HeaderReader,
    announces_posts,
    constituting_heading,
    contact_line,
    field_kind,
    fuller,
    is_furniture,
    label_of,
    line_span,
    links_only,
    list_entries,
    name_columns,
    page_mark,
    signer_line,
    taker_by_minutes_label,
)
from referat._identity import (
    MEETING_WORD,
    body_and_organisation,
    document_kind,
    is_letterhead,
    kind_by_layout,
    kind_words,
    organisation_otherwise,
    own_decision,
    strip_decisions,
    title_of,
    unless_publication,
    written_as_minutes,
)
from referat._items import (
    Agenda,
    Occurrence,
    find_agenda,
    is_region_heading,
    joint_heading,
    letter_head,
    slot_start,
)
from referat._labels import section_label
from referat._people import is_name, parse_person
from referat._place import (
    WORD,
    held_online,
    meeting_place,
    with_postcode_of_street,
    without_organisation,
)
from referat._prefix import Opening, casefolded
from referat._roles import (
    SIGNATURE_RULE,
    dated_signature,
    fold,
    full_person,
    people_in_text,
    signer_alone,
    with_details,
    with_member_details,
)
from referat._scan import Line, line_at, numbered
from referat._sections import (
    FOR_ITEM,
    FOR_ITEM_HEAD,
    ITEM_REFERENCE,
    bilag_titles,
    link_definition,
    listed_attachment,
    merge_attachments,
    referenced_attachments,
)
from referat._votes import with_votes
from referat._when import date_and_times
from referat.diagnostics import Code, Reporter
from referat.models import (
    AgendaItem,
    Attachment,
    DocumentKind,
    HeaderField,
    Location,
    Person,
    SectionKind,
    TextBlock,
    span_of,
)
from referat.vocabulary import (
    CLOSING_GREETING,
    EARLIER_MAIL,
    HEADER_HEADINGS,
    ITEM_WORD,
    MEETING_CLOSED,
    MEETING_CLOSED_INSIDE,
    MEETING_STARTED_AND_CLOSED,
    MINUTES_HEADINGS,
    MINUTES_SIGNED,
    NOTE_HEADINGS,
    PRESENCE_LABELS,
    SECRETARY_LABELS,
    SECTION_LABELS,
    SIGNATURE_HEADINGS,
    SOCIAL_NETWORKS,
    TASK_HEADINGS,
    FieldKind,
    normalise_label,
)

_BODY_IN_TITLE: Final = re.compile(
    r"(?:møde|referat|dagsorden|beslutningsreferat)\s+(?:i|for|fra|af)\s+(?:møde\s+i\s+)?"
    r"((?:[A-ZÆØÅ][\w-]*|for|og|i|af)(?:\s+(?:[A-ZÆØÅ][\w-]*|for|og|i|af|[a-zæøå]+(?:udvalget|rådet|forum|bestyrelsen)))*)",
)


def build(
    lines: tuple[Line, ...], reporter: Reporter, front_fields: list[HeaderField] | None = None
) -> dict[str, Any]:
    """All fields of a Meeting except ``source`` and ``diagnostics``; ``front_fields``: the
    fields of a front matter's keys the header does not read (``_frontmatter``)."""
    quoted_from = _earlier_mail(lines)
    agenda = find_agenda(lines[:quoted_from])  # a quoted e-mail's list is no agenda
    if not agenda.items and quoted_from < len(lines):
        agenda = find_agenda(lines)  # a forward ("VS:"): the minutes are the earlier e-mail
    _cut_footer(agenda, lines)
    _cut_after_listing(agenda, lines)
    page_marks = _mark_page_furniture(agenda, lines)
    item_lines = _item_lines(agenda)
    first_item = min((o.start for occs in agenda.items for o in occs), default=len(lines))
    header_lines = [ln for i, ln in enumerate(lines[:first_item]) if i not in item_lines]
    other_lines = [
        ln for i, ln in enumerate(lines[first_item:], start=first_item) if i not in item_lines
    ]

    facts = _read_people_zones(header_lines, other_lines, reporter)
    header, footer = facts
    out: dict[str, Any] = {}
    title_line, organisation = title_of(header)
    if organisation is not None:
        organisation = unless_publication(organisation, lines)
    kind_hint: DocumentKind | None = kind_by_layout(header, title_line)
    tables_of_decisions = {o.header_row for occs in agenda.items for o in occs if o.header_row >= 0}
    minutes_headings: list[int] = [
        i
        for i, ln in enumerate(lines[:quoted_from])  # (not "1. Referat" of a quoted e-mail)
        if i not in item_lines
        and _is_minutes_heading(ln)
        and _next_text(lines, i) not in tables_of_decisions
    ]

    tables = table_starts(lines)
    trial = Reporter()
    items = [
        agenda_item(k, occs, lines, agenda, trial, kind_hint, minutes_headings, tables)
        for k, occs in enumerate(agenda.items)
    ]
    if written_as_minutes(header, title_line, items, minutes_headings):
        kind_hint = None
        minutes_headings = []
        trial = Reporter()
        items = [
            agenda_item(k, occs, lines, agenda, trial, kind_hint, minutes_headings, tables)
            for k, occs in enumerate(agenda.items)
        ]
    reporter.absorb(trial)
    items = joint_minutes(items, agenda.items)
    if agenda.renumbered:
        reporter.report(
            Code.ITEM_NUMBERS_INFERRED,
            "every item is numbered 1 (broken auto-numbering); numbered them in order",
            items[0].span if items else None,
        )
    date, start, end = date_and_times(header, footer, reporter, lines, front_fields or [])
    if start is None and agenda.items:  # "## 17.00–17.05 · Punkt 1: ...": the first slot's start
        slot = slot_start(lines[agenda.items[0][0].head.index])
        opened = find_time_range(slot) if slot is not None else None
        start = opened.start if opened is not None else None
    items = _number_slips([own_decision(it, date) for it in items], reporter)
    items = _attachments_under_item_labels(items, lines)
    items = _closing_attachments(items)
    items = _attachments_naming_items(items)
    items, cases_above = _case_data_above(items, lines)
    doc_kind = document_kind(items, kind_hint, date)
    if doc_kind in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE):
        items = [strip_decisions(it) for it in items]
    else:
        items = status_remarks(items, lines)

    out["document_kind"] = doc_kind
    out["title"] = title_line.text if title_line is not None else header.title
    out["title_span"] = line_span(title_line) if title_line is not None else header.title_span
    out["body"], out["organisation"] = body_and_organisation(
        header, footer, title_line, out["title"], header_lines, lines, items, date, organisation
    )
    # the time the meeting closed beats the planned end (a web page may note it in its header)
    started = _started_at(lines)  # the time it started beats the planned (or a chat's stamp:
    if started is not None and (end is None or started < end):  # "Mødet startede kl. 19")
        start = started
    closed = _closing_time(lines) or _closing_in_header(header)
    if closed is not None and (start is None or closed > start):
        end = closed
    out["date"], out["start_time"], out["end_time"] = date, start, end
    out["location"] = with_postcode_of_street(meeting_place(header, footer, title_line), lines)
    if out["location"] is None or not out["location"].hybrid:
        first = items[0].span.start_line if items else len(lines)
        out["location"] = held_online(out["location"], lines, first)
    if out["organisation"] is not None and out["location"] is not None:
        out["location"] = without_organisation(out["location"], out["organisation"])
    out["body"], out["organisation"] = organisation_otherwise(
        out["body"], out["organisation"], out["location"], lines
    )
    out["fields"] = header.fields + footer.fields
    if front_fields:  # "layout: post" and the like: first, in line order with the header's
        key = lambda f: f.span.start_line  # noqa: E731
        out["fields"] = sorted(front_fields + header.fields, key=key) + footer.fields
    absentees = header.absentees + footer.absentees
    absent_names = {fold(p.name) for p in absentees}
    # a list of members (in minutes: of attendees) that names everyone, then "Afbud: ..."
    # naming some of them: they are absent, with the details the list gave them (title, group);
    # an agenda's list of the invited keeps them (invited, and sending apologies)
    roster = header.members + footer.members
    present = header.attendees + footer.attendees
    if doc_kind is DocumentKind.REFERAT:
        roster += present
        present = [p for p in present if fold(p.name) not in absent_names]
    if any(fold(p.name) in absent_names for p in roster):
        absentees = with_member_details(absentees, roster)
    members = header.members + footer.members
    if doc_kind is DocumentKind.REFERAT:  # (an agenda's members are invited, absent or not)
        members = [p for p in members if fold(p.name) not in absent_names]
    attendees = present + members
    guests = header.guests + footer.guests
    on_lists = {fold(p.name) for p in attendees}
    secretaries = [g for g in guests if g.title in SECRETARY_LABELS and fold(g.name) in on_lists]
    if secretaries:  # "Sekretær: Merete Kobbersmed" and she is in "Fremmødte medlemmer": a member
        attendees = with_member_details(attendees, secretaries)
        guests = [g for g in guests if all(g is not s for s in secretaries)]
    chair = header.chair or footer.chair
    minute_taker = fuller(header.minute_taker, footer.minute_taker)
    for signer in (footer.chair, footer.minute_taker):  # "Erik Thomsen, dirigent" signing
        if signer is not None and not any(  # under the minutes, named as the chair above: the
            p is not None and p.span.start_line == signer.span.start_line  # signing line is
            for p in (chair, minute_taker)  # a note
        ):
            signed = line_at(lines, signer.span.start_line)
            if (
                signed is not None
                and signer_line(signed)
                and all(ln is not signed for ln, _ in footer.free)
            ):
                footer.free.append((signed, False))
    out["attendees"], out["absentees"], out["guests"] = attendees, absentees, guests
    out["chair"], out["minute_taker"] = chair, minute_taker
    out["agenda"] = items
    listed, officers = people_in_text(
        out,
        header,
        footer,
        lines,
        header_lines,
        item_lines,
        agenda,
        members,
        doc_kind,
        kind_hint,
        date,
    )
    attendees, absentees, chair, minute_taker = (
        out["attendees"],
        out["absentees"],
        out["chair"],
        out["minute_taker"],
    )

    _check_numbers(items, reporter)
    if doc_kind is DocumentKind.REFERAT:
        _check_decisions(items, reporter)
    _check_minutes_matched(items, reporter)
    _check_people(
        attendees, absentees, guests, chair, minute_taker, reporter, listed=listed, added=officers
    )
    out["absentees"] = _unique_people(absentees)
    out["guests"] = _unique_people(out["guests"])
    out["attendees"] = _unique_people(attendees)
    if doc_kind not in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE):
        out["attendees"] = _with_guests(out["attendees"], out["guests"])
    out["attendees"], out["guests"] = _list_groups(out["attendees"], out["guests"], out["fields"])
    if not items and lines:
        reporter.report(Code.NO_AGENDA, "no agenda items found", None)

    notes, unclassified = _leftovers(header, footer, title_line, page_marks)
    if cases_above and out["agenda"]:  # the first item's case number stands above it too
        out["agenda"][0], notes = _first_case_data(out["agenda"][0], notes, lines)
    noted = _attachments_in_notes(notes, lines)
    if noted and out["agenda"]:  # "Bilag:" over "Bilag 1 – ..." under the minutes
        out["agenda"] = _closing_attachments(out["agenda"], noted)
    if out["agenda"]:
        out["agenda"] = with_closed(
            with_forwarding(
                with_votes(_noted_item_attachments(out["agenda"], notes, lines), lines)
            ),
            lines,
        )
    out["notes"] = notes
    out["unclassified"] = unclassified
    return out


def _with_guests(attendees: list[Person], guests: list[Person]) -> list[Person]:
    """Everyone who attended a meeting held: the attendees, then the guests no attendance list
    names (``Desuden deltog:``, ``Fra forvaltningen:``, ``Gæst under punkt 3:``). A guest is in
    both lists, as the reader of the minutes counts them; an agenda's attendees are the members
    it invites, without the guests it expects."""
    listed = {fold(p.name): k for k, p in enumerate(attendees)}
    out = list(attendees)
    for g in guests:
        k = listed.get(fold(g.name))
        if k is None:
            out.append(g)
            continue
        # "| Jakob Ravn (Ekstern) | ..." and "Jakob Ravn, LogiQ Consult, deltog som gæst": the
        # details only the guest's line gives
        out[k] = with_details(out[k], g)
    return out


_PRESENT_LISTS: Final = (FieldKind.ATTENDEES, FieldKind.MEMBERS, FieldKind.GUESTS)
_COUNT_AFTER: Final = re.compile(r"\s*\(\d+\)$")


def _from_label(label: str) -> bool:
    """A list's label that says where its people come from ("Fra bestyrelsen deltog")."""
    return label[:4].casefold() == "fra "


def _list_groups(
    attendees: list[Person], guests: list[Person], fields: list[HeaderField]
) -> tuple[list[Person], list[Person]]:
    """When the present are listed under two labels or more (``Medlemmer:`` and ``Fra
    forvaltningen:``, ``Deltagere:`` and ``Desuden deltog:``), or under one that says where they
    come from (``Fra bestyrelsen deltog:`` under ``Fremmødt: 31 medlemmer``), each person with
    no sub-heading of his own has the label of his list as ``group``, as written (without a
    count: ``Tilstedeværende med stemmeret (15):``); a guest has it in both lists."""
    lists = [
        (f.span.start_line, f.span.end_line, _COUNT_AFTER.sub("", f.label.strip(" *:")))
        for f in fields
        if field_kind(f.label) in _PRESENT_LISTS or _from_label(f.label)  # "Fra stiftet:"
    ]
    if (
        len(lists) < 2
        and not any(_from_label(g) for _, _, g in lists)
        # ("Til stede: A, B" over "Fra biblioteket: C og D", read as a group inside the list)
        and not any(p.group and _from_label(p.group) for p in (*attendees, *guests))
    ):
        return attendees, guests
    found: dict[tuple[str, int], str] = {}
    for p in (*attendees, *guests):
        if p.group is None:
            label = next((g for a, b, g in lists if a <= p.span.start_line <= b and g), None)
            if label is not None:
                found[p.name, p.span.start_line] = label
    if (
        len(set(found.values())) < 2
        and not any(p.group for p in (*attendees, *guests))
        and not any(_from_label(g) for g in found.values())
    ):
        return attendees, guests  # one list (and a second label with no one under it)

    def grouped(people: list[Person]) -> list[Person]:
        return [
            new.updated(p, {"group": g}) if (g := found.get((p.name, p.span.start_line))) else p
            for p in people
        ]

    return grouped(attendees), grouped(guests)


# -- zones -------------------------------------------------------------------------------------


def _is_minutes_heading(line: Line) -> bool:
    if not is_region_heading(line):
        return False
    key = normalise_label.of(line.text)
    return (
        key in MINUTES_HEADINGS
        or key.startswith(("referat for", "referat af", "referat fra"))
        or any(p in MINUTES_HEADINGS for p in joint_heading(key))  # "Dagsorden + noter"
    )


def _follow_links(lines: tuple[Line, ...], j: int, end: int) -> bool:
    """A social network's name alone on a line over another one ("Facebook" over "Instagram"),
    not under a line ending in a colon ("Vi annoncerer på:"): a web page's follow links."""
    if casefolded.of(lines[j].text) not in SOCIAL_NETWORKS:
        return False
    k = _next_text(lines, j)
    if k >= end or casefolded.of(lines[k].text) not in SOCIAL_NETWORKS:
        return False
    i = j - 1
    while i > 0 and lines[i].blank:
        i -= 1
    return not lines[i].text.rstrip().endswith(":")


def _earlier_mail(lines: tuple[Line, ...]) -> int:
    """Where an earlier e-mail quoted under the minutes starts ("-----Oprindelig
    meddelelse-----"), or the number of lines: what follows is no part of the minutes."""
    above = 0  # the lines with text above this one
    for j, line in enumerate(lines):
        text = line.text
        if text.startswith("--") and _EARLIER_MAIL.match(casefolded.of(text)):
            return j
        if (
            above >= _OWN_MAIL_HEADER
            and text[:4].casefold() in _MAIL_FROM_OPENINGS
            and _MAIL_FROM.match(text)
            and (k := _next_text(lines, j)) < len(lines)
            and _MAIL_SENT.match(lines[k].text)
        ):  # "Fra: Jens Riis <...>" over "Sendt: 13. maj 2024 08:02" under the minutes: the
            return j  # mail they answer (Outlook's reply), with its agenda
        if not line.blank:
            above += 1
    return len(lines)


_OWN_MAIL_HEADER: Final = 4  # a mail's own "Fra:" / "Sendt:" lines stand on top
_MAIL_FROM_OPENINGS: Final = frozenset({"fra:", "fra ", "from"})
_MAIL_FROM: Final = re.compile(r"(?:fra|from)\s*:\s*\S", re.IGNORECASE)
_MAIL_SENT: Final = re.compile(r"(?:sendt|sent|date|dato)\s*:\s*\S", re.IGNORECASE)


def _next_text(lines: tuple[Line, ...], i: int) -> int:
    """The index of the first non-blank line after ``i`` ("## Beslutninger" over its table)."""
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j


def _table_at(lines: tuple[Line, ...], j: int) -> bool:
    return j < len(lines) and lines[j].kind is LineKind.TABLE_ROW


def _item_lines(agenda: Agenda) -> set[int]:
    covered: set[int] = set()
    for occs in agenda.items:
        for o in occs:
            covered.update(range(o.start, o.end))
    return covered


def _read_people_zones(
    header_lines: list[Line], other_lines: list[Line], reporter: Reporter
) -> tuple[HeaderFacts, HeaderFacts]:
    ticked = _ticks_mean_presence(header_lines) or _ticks_mean_presence(other_lines)
    header = HeaderReader(reporter, ticks_mean_presence=ticked).read(header_lines)
    footer = HeaderReader(reporter, ticks_mean_presence=ticked).read(other_lines, is_footer=True)
    return header, footer


def _ticks_mean_presence(lines: list[Line]) -> bool:
    """True when two entries or more of the lists of attendees or guests are ticked ([x]): ticks
    then record presence. One tick alone is a template's (an agenda's facilitator, ticked before
    the meeting), and the other boxes say nothing yet. Ticks in a list of absentees only
    ("#### Afbud:" / "- [x] Sanne Overgaard") mark who sent apologies, and say nothing about the
    boxes of the others."""
    people = False
    ticked = 0
    for line in lines:
        if line.checkbox is None:
            if line.text and (
                line.kind is LineKind.HEADING or line.strong or line.text.endswith(":")
            ):
                label = label_of(line)
                kind = field_kind(label[0]) if label else None
                people = kind in (FieldKind.ATTENDEES, FieldKind.MEMBERS, FieldKind.GUESTS)
            elif line.text and line.text.endswith(")") and " (" in line.text:
                # "**Deltagere** (✔ = deltog)": the label with its legend
                kind = field_kind(line.text.split(" (", 1)[0])
                people = kind in (FieldKind.ATTENDEES, FieldKind.MEMBERS, FieldKind.GUESTS)
            continue
        if people and line.checkbox:
            ticked += 1
            if ticked >= 2:
                return True
    return False


"""A school's name after "på"/"ved" in a school board's title ("... på Vestskolen")."""


# "Økonomiudvalgets beslutning den 12. marts 2024", "Økonomiudvalget, 15-04-2024, pkt. 60"


# -- checks -----------------------------------------------------------------------------------


def _case_data_above(
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


def _first_case_data(
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


def _number_slips(items: list[AgendaItem], reporter: Reporter) -> list[AgendaItem]:
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


def _check_numbers(items: list[AgendaItem], reporter: Reporter) -> None:
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


def _check_decisions(items: list[AgendaItem], reporter: Reporter) -> None:
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


def _check_minutes_matched(items: list[AgendaItem], reporter: Reporter) -> None:
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


def _check_people(
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


def _unique_people(people: list[Person]) -> list[Person]:
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


# -- leftovers --------------------------------------------------------------------------------


def _in_title(line: Line, title: Line) -> bool:
    """The line is the title's, or one of the lines of a title broken over lines."""
    span = line_span(title)
    return span.start_line <= line.number <= span.end_line


def _leftovers(
    header: HeaderFacts, footer: HeaderFacts, title: Line | None, page_marks: list[Line]
) -> tuple[list[TextBlock], list[TextBlock]]:
    note_lines: list[Line] = list(page_marks)
    apart: set[int] = set()  # address lines left out: a note never spans over them
    for ln, _dated in header.free + footer.free:
        if title is not None and _in_title(ln, title):
            continue
        if (ln in header.address_lines or ln in footer.address_lines) and _told_in_place(
            ln, header.location or footer.location
        ):
            apart.add(ln.number)
            continue
        note_lines.append(ln)  # (an address line that goes on: "..., 2640 Hedehusene. Der var
        # 38 andelshavere til stede.", the place read and the line kept)
    for ln in header.headings + footer.headings + header.rules + footer.rules:
        if title is not None and _in_title(ln, title):
            continue
        note_lines.append(ln)
    note_lines += [ln for ln in header.leftovers + footer.leftovers if ln.text]
    note_lines += [  # a web page's furniture, kept with its text (a table row is no menu)
        ln for ln in header.furniture + footer.furniture if ln.kind is not LineKind.TABLE_ROW
    ]
    notes = _blocks(sorted(note_lines, key=lambda ln: ln.number), apart)
    return notes, []


def _told_in_place(line: Line, location: Location | None) -> bool:
    """The address line says no more than the place read from it (or is not where the place
    was read: a site's footer address stays apart, as before)."""
    span = location.span if location is not None else None
    if location is None or span is None or not span.start_line <= line.number <= span.end_line:
        return True
    written = casefolded.of(location.written)
    return all(w in written for w in WORD.findall(casefolded.of(line.text)) if len(w) > 2)


def _blocks(lines: Iterable[Line], apart: set[int]) -> list[TextBlock]:
    """Notes of lines close together (a blank line or markup between them), never spanning a
    line in ``apart`` (an address read as a place, perhaps not the meeting's: text that no note
    would show)."""
    blocks: list[TextBlock] = []
    heading: str | None = None
    texts: list[str] = []
    first = last = 0
    prev = -10

    def flush() -> None:
        if heading is None and not texts:
            return
        blocks.append(
            new.TextBlock(heading=heading, text="\n".join(texts), span=span_of(first, last))
        )

    for ln in lines:
        end = line_span(ln).end_line
        is_heading = ln.kind is LineKind.HEADING or ln.strong or is_region_heading(ln)
        # else markup (a rule) or a line left out starts a block of its own
        near = ln.number <= prev + 2 and prev + 1 not in apart
        if not ln.text and near and (heading is not None or texts or blocks):
            if heading is None and not texts:  # markup after a finished block: extend it
                blocks[-1] = new.updated(
                    blocks[-1], {"span": span_of(blocks[-1].span.start_line, end)}
                )
                continue
            last = max(end, ln.number)
            prev = last
            continue
        if is_heading or not near:
            flush()
            heading, texts, first = (
                (ln.text, [], ln.number)
                if is_heading
                else (None, [ln.text] if ln.text else [], ln.number)
            )
        else:
            texts.append(ln.text)
        last = max(end, ln.number)
        prev = last
    flush()
    return blocks


def furniture_blocks(lines: Iterable[Line]) -> list[TextBlock]:
    """Group furniture lines into unclassified blocks."""
    return [
        new.TextBlock(heading=None, text=ln.text, span=line_span(ln))
        for ln in lines
        if is_furniture(ln.text)
    ]


# -- footer and people mentioned in item text ---------------------------------------------------


def _members_below(line: Line, lines: tuple[Line, ...], j: int, last: Occurrence) -> bool:
    """A bold members' label alone after the last item's own text, over their names ("Lukket
    sag." / "**Medlemmer**" / "Lise Vangsgaard (A), formand"): the body's members, as a
    portal lists them under its minutes, not the item's text."""
    label = label_of(line)
    return (
        label is not None
        and not label[1]
        and field_kind(label[0]) in (FieldKind.ATTENDEES, FieldKind.MEMBERS)
        and any(lines[k].text for k in range(last.start + 1, j))
        and _people_follow(label, lines, j, last.end)
    )


def _people_follow(
    label: tuple[str, str] | None, lines: tuple[Line, ...], j: int, end: int
) -> bool:
    """A people label at ``j`` names people: on its line ("Til stede: Grethe Olsen, Bent
    Kjær") or on the next one ("Fremmødte:" over "Grethe Olsen (formand)")."""
    if label is None:
        return False
    if label[1]:
        value = label[1]
    else:
        k = _next_text(lines, j)
        if k >= end:
            return False
        value = lines[k].text
    # names only: "Deltagere: Anna Holm og Bo Lind deltager i kurset." is a sentence
    value = value.rstrip(".")
    found = [parse_person(e) for e in list_entries(value)]
    if not found or any(p is None or not full_person(p.name) for p in found):
        return False
    allowed = set(_NAME_JOINERS)
    for p in found:
        if p is not None:
            allowed.update((p.title or "").casefold().split())
            allowed.update(r.casefold() for r in p.roles)
    words = _PARENTHESES.sub(" ", value).replace(",", " ").split()
    return all(not w[:1].islower() or w.casefold() in allowed for w in words)


_PARENTHESES: Final = re.compile(r"\([^()]*\)")
_NAME_JOINERS: Final = ("og", "samt", "fra", "v/", "ved", "&")


_PEOPLE_KINDS: Final = (
    FieldKind.ATTENDEES,
    FieldKind.MEMBERS,
    FieldKind.ABSENTEES,
    FieldKind.GUESTS,
)
_SIGNATURE_KINDS: Final = (
    FieldKind.MINUTE_TAKER,
    FieldKind.CHAIR,
    FieldKind.FACILITATORS,
    FieldKind.OTHER_DATE,  # "Næste møde: 11. april 2023"
)


def _page_furniture(line: Line) -> bool:
    """A web page's furniture line ("Til toppen", "[Del på Facebook](#) · [Tilbage](/)")."""
    return line.kind is not LineKind.TABLE_ROW and (is_furniture(line.text) or links_only(line))


def _cut_footer(agenda: Agenda, lines: tuple[Line, ...]) -> None:
    """Signatures and appendices after the last item ("Referent: ...", "# Formandens beretning")."""
    occs = [o for item in agenda.items for o in item]
    if not occs:
        return
    last = max((o for o in occs if o.role != "decision"), key=lambda o: o.end)
    head_line = lines[last.start]
    level = head_line.heading_level if head_line.kind is LineKind.HEADING else 0
    tail_start = last.end
    seen = 0
    while tail_start > last.start + 1 and seen < 12:
        tail_start -= 1
        seen += not lines[tail_start].blank
    page = _signature_page(lines, tail_start, last) if tail_start > last.start + 1 else None
    definitions = last.end  # where the link reference definitions that end the document begin
    while definitions > last.start + 1 and (
        lines[definitions - 1].blank or link_definition(lines[definitions - 1].text)
    ):
        definitions -= 1
    while definitions < last.end and lines[definitions].blank:
        definitions += 1
    for j in range(last.start + 1, last.end):
        line = lines[j]
        if page is not None and j == page:
            break  # "Underskrifter:" over a rule and a name for each member: a signature page
        if j == definitions:
            break  # "[b1]: https://.../bilag1.pdf": where the text's reference links go
        if j >= tail_start and _site_footer(line, lines, j, last.end):
            break  # "---" over "Svendborg Kommune · Ramsherred 5 · 5700 Svendborg"
        if line.blank or not line.text:
            continue
        emphasised = line.kind is LineKind.HEADING or line.strong
        if emphasised and normalise_label.of(line.text) in NOTE_HEADINGS:
            break
        if emphasised and constituting_heading(line):
            break  # "### Konstituerende møde i lokalrådet": the board's meeting after it
        if line.kind is LineKind.HEADING and normalise_label.of(line.text) in HEADER_HEADINGS:
            break  # "### Mødeoplysninger" under the items: the meeting's facts follow
        if (
            emphasised
            and normalise_label.of(line.text) in TASK_HEADINGS
            and (
                not _table_at(lines, _next_text(lines, j))
                or (level and line.kind is LineKind.HEADING and line.heading_level <= level)
            )
        ):
            break  # "**Opgaver**" over a list after the last item: a note (a table stays,
            # but not under a heading as high as the item's: "## Handlingsliste" over a table)
        if level and line.kind is LineKind.HEADING and line.heading_level < level:
            break
        if (
            level
            and line.kind is LineKind.HEADING
            and line.heading_level <= level
            and field_kind(line.text.rstrip(":"))
            in (FieldKind.ATTENDEES, FieldKind.MEMBERS, FieldKind.ABSENTEES)
        ):
            break  # "## Medlemmer" after the last "## 60. Eventuelt": the meeting's people
        if (
            not level
            and line.kind is LineKind.HEADING
            and field_kind(line.text.rstrip(":")) is FieldKind.ATTENDEES
        ):
            break  # "#### Zoom-deltagerliste" after "**5. Eventuelt**": the meeting's people
        if line.text.isupper() and normalise_label.of(line.text) in PRESENCE_LABELS:
            under = label_of(lines[k]) if (k := _next_text(lines, j)) < last.end else None
            if under is not None and field_kind(under[0]) in (
                FieldKind.ATTENDEES,
                FieldKind.MEMBERS,
            ):
                break  # "FREMMØDE" over "Til stede: ..." after the last item: the attendance
        if line.strong and _members_below(line, lines, j, last):
            break  # "**Medlemmer**" over the committee's members: a portal's list of them
        if j < tail_start and not _closes_meeting(line.text):
            continue  # (a closing line ends the item wherever it stands: "Dirigenten ... hævede
            # generalforsamlingen" over the board's constitution and the appendices)
        if _closes_meeting(line.text):
            if _closes_inside(line.text) and j > last.start + 1:
                j += 1  # "X opfordrede alle til ... Dirigenten ... hævede generalforsamlingen kl.
                # 21.10.": the item's text, closed by its last sentence; what follows is not
            break  # "Mødet hævet kl. 21.40": what follows are signatures
        if normalise_label.of(line.text) in SIGNATURE_HEADINGS:
            break  # "Underskrifter:" over the names
        low = casefolded.of(line.text)
        own_text = last.head.base != "table" and not any(  # (a table row holds its text)
            lines[k].text for k in range(last.start + 1, j)
        )
        if (
            (_MINUTES_SIGNED.match(low) and not own_text)
            or _GREETING.match(low)
            or (low[:4] in ("refe", "prot") and _MINUTES_SIGNED_ON.match(low))
        ):  # ("Referatet godkendt 21.06.2023 – Erik Lauridsen": signed on a day, not decided)
            break  # "Referatet er godkendt af ..." (unless it is the item's decision), "Mvh"
        below = _next_text(lines, j) if line.text == "--" else len(lines)
        if below < len(lines) and _GREETING.match(casefolded.of(lines[below].text)):
            break  # "--" over "Med venlig hilsen": an e-mail's signature
        if _signature_start(line, lines, j):
            break  # "Holstebro, den 12. juni 2025" + signers
        if (
            (
                (line.text[:1] == "/")
                and (SLASH_SIGNATURE.match(line.text) or SLASH_REF.match(line.text))
            )
            or (line.text[:3].casefold() == "ref" and BARE_REF.match(line.text))
            or (line.text[-1:] == ")" and FIRST_NAME_TAKER.fullmatch(line.text))
        ) and (
            (after := _next_text(lines, j)) >= last.end or _page_furniture(lines[after])
        ):  # "/Poul Erik", "/ref. LK", "Ref Henrik Bøgh", "Lis (ref.)": the writer's sign-off
            break  # (or over links)
        if signer_line(line) and all(signer_line(ln) for ln in lines[j + 1 : last.end] if ln.text):
            break  # "Per Kjær, dirigent" / "Mona Sand, referent" at the very end
        if _page_furniture(line):
            break  # "Til toppen", "Senest opdateret: ...": the web page's furniture
        if _follow_links(lines, j, last.end):
            break  # "Facebook" over "Instagram": the web page's follow links
        if _contact_footer(lines, j, last.end):
            break  # "Kontakt: Rådhuset, Torvet 1 · Tlf. 96 28 28 28", "© 2025 Kommunen · ..."
        if PRINT_STAMP_LINE.match(line.text):
            break  # "Udskrevet den 15.11.2022 kl. 09:12": the PDF's print stamp
        label = label_of(line)
        kind = field_kind(label[0]) if label is not None else None
        if kind is None and label is not None and taker_by_minutes_label(*label):
            kind = FieldKind.MINUTE_TAKER  # "Referat: Ida Bang" under the last item
        if kind in _SIGNATURE_KINDS and _posts_announced(lines, j, last.start):
            continue  # "Bestyrelsen konstituerede sig således:" over "Formand: Niels Krog"
        if kind in _SIGNATURE_KINDS:
            tail = [ln for ln in lines[j : last.end] if not ln.blank]
            mail = (  # "Referent: ..." over "--" / "Med venlig hilsen" and an e-mail's footer
                k
                for k, ln in enumerate(tail)
                if ln.text == "--" or _GREETING.match(casefolded.of(ln.text))
            )
            tail = tail[: next(mail, len(tail))]
            only_text = (
                kind is FieldKind.OTHER_DATE
                and last.head.base != "table"
                and not last.head.rest
                and not any(lines[k].text for k in range(last.start + 1, j))
            )  # "## 2. Næste møde" / "Næste møde: 14.01.2026": the item's own text
            short = all(len(ln.text) <= 80 or name_columns(ln) for ln in tail)
            if not only_text and len(tail) <= 12 and short:
                above = lines[j - 1].text if j - 1 > last.start else ""
                if label is not None and not label[1] and is_name(above, allow_single=False):
                    j -= 1  # "Per Kjær" over "dirigent": the signer's name goes with it
                break
        presence = label is not None and normalise_label.of(label[0]) in PRESENCE_LABELS
        if last.head.base == "table" and kind in _PEOPLE_KINDS:
            break  # "Fraværende: Lis Dam" under a table of items: the meeting's people
        if presence and not own_text and _people_follow(label, lines, j, last.end):
            break  # "Fremmødte:" over names after the last item's text: the meeting's people
    else:
        return
    end = j
    while end > last.start + 1 and lines[end - 1].blank:
        end -= 1
    last.end = end


def _posts_announced(lines: tuple[Line, ...], j: int, start: int) -> bool:
    """Line ``j`` ("Formand: Niels Krog") is one of the posts a sentence over it announces, in a
    run of labelled lines with no blank line between ("Efter generalforsamlingen konstituerede
    bestyrelsen sig således:"): the board's new posts, the item's text, no signer."""
    k = j - 1
    while k > start and lines[k].text and label_of(lines[k]) is not None:
        k -= 1  # ("Næstformand: ..." under "Formand: ...": the same run)
    return k > start and announces_posts(lines[k])


_MEETING_CLOSED: Final = Opening(MEETING_CLOSED)
_MEETING_CLOSED_INSIDE: Final = re.compile(MEETING_CLOSED_INSIDE)
_STARTED_AND_CLOSED: Final = Opening(MEETING_STARTED_AND_CLOSED)
_MINUTES_SIGNED: Final = anchored(MINUTES_SIGNED)
_GREETING: Final = anchored(CLOSING_GREETING)
_MINUTES_SIGNED_ON: Final = re.compile(
    r"(?:referat(?:et)?|protokol(?:len)?)\s+(?:er\s+|blev\s+)?(?:godkendt|underskrevet)\s+"
    r"(?:den\s+|d\.\s*)?\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}"
)
_EARLIER_MAIL: Final = re.compile(EARLIER_MAIL)
_PLACE_AND_DATE: Final = anchored(
    r"^[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2},?\s+(?:d\.|den)?\s*\d"
)


def _signature_page(lines: tuple[Line, ...], tail_start: int, last: Occurrence) -> int | None:
    """Where a signature page longer than the tail ``_cut_footer`` reads starts in the last
    item (``tail_start``: its last 12 lines): the lines up to its end are rules of underscores,
    places and dates, names (two or more), "Underskrifter:" and "Mødet hævet kl. 21.15."
    (then the first of those), else None. Read from the end, so each line once."""
    start: int | None = None
    names = 0
    for k in range(last.end - 1, last.start, -1):
        line = lines[k]
        text = line.text or line.raw.strip()
        if not text:
            continue
        if SIGNATURE_RULE.match(text) or dated_signature(text):
            start = k
            continue
        if normalise_label.of(text) in SIGNATURE_HEADINGS or _closes_meeting(text):
            start = k
            continue
        if not signer_alone(text):
            break
        names += 1
        start = k
    return start if start is not None and start < tail_start and names >= 2 else None


_LEADING_MARKS: Final = re.compile(r"^[^\w(\"“„]+")
"""Pictographs and marks before a line's words ("🏁 ", "→ ", "– ")."""


def _closes_meeting(text: str) -> bool:
    """ "Mødet hævet kl. 21.40", "..., og generalforsamlingen blev hævet kl. 21.15.", "🏁 Mødet
    sluttede kl. 21.15"."""
    if text[:1] and not text[0].isalnum():
        text = _LEADING_MARKS.sub("", text)
    low = casefolded.of(text)
    return (
        bool(_MEETING_CLOSED.match(low))
        or (("hæve" in low or "erklære" in low) and _MEETING_CLOSED_INSIDE.search(low) is not None)
        or _STARTED_AND_CLOSED.match(low) is not None
    )


def _closes_inside(text: str) -> bool:
    """A line that closes the meeting after sentences of its own ("Frederik Aagaard opfordrede
    alle til ... Dirigenten takkede ... og hævede generalforsamlingen kl. 21.10.")."""
    low = casefolded.of(text)
    if _MEETING_CLOSED.match(low) or _STARTED_AND_CLOSED.match(low):
        return False
    closing = _closing_sentence(text)  # (not "Da der ikke var mere at drøfte, hævede ...": one
    before = low[: len(low) - len(closing)].rstrip() if closing else ""  # sentence that closes)
    return before[-1:] in (".", "!", "?") and len(before) > 1


def _cut_after_listing(agenda: Agenda, lines: tuple[Line, ...]) -> None:
    """An invitation or agenda that only lists its items ("1. Valg af dirigent", ...,
    "3. Eventuelt"): paragraphs after the list are the letter's text ("Forslag skal være
    formanden i hænde ..."), not the last item's."""
    occs = [occ for item in agenda.items for occ in item]
    if len(agenda.items) < 3 or len(occs) != len(agenda.items):
        return
    if any(lines[o.start].kind is LineKind.HEADING for o in occs):
        return  # headed items ("#### 3. Temaer") are no list: text under the last is its own
    if any(not _listed_only(lines[j]) for o in occs[:-1] for j in range(o.start + 1, o.end)):
        return  # (sub-points listed under an item, "a) Forslag om altaner", are no text)
    first = next((ln for ln in lines if ln.text), None)
    if first is None or kind_words(first.text) not in (
        DocumentKind.DAGSORDEN,
        DocumentKind.INDKALDELSE,
    ):
        return
    last = occs[-1]
    if last.end > last.start + 1 and lines[last.start + 1].blank:
        last.end = last.start + 1


def _listed_only(line: Line) -> bool:
    """A blank line, or a short entry of a list (a sub-point of a listed item)."""
    if line.blank:
        return True
    entry = line.bullet or line.list_number is not None or letter_head(line) is not None
    return entry and len(line.text) <= 100


def _site_footer(line: Line, lines: tuple[Line, ...], j: int, end: int) -> bool:
    """A rule with a few short lines after it at the end ("---", "Svendborg Kommune ·
    Ramsherred 5 · 5700 Svendborg"): a web page's or document's footer; not a rule right under
    a line ("2. Ny selvbetjeningsløsning" over "---": a list entry underlined as a heading)."""
    if line.kind is not LineKind.RULE or (j > 0 and not lines[j - 1].blank):
        return False
    rest = [ln for ln in lines[j + 1 : end] if not ln.blank]
    return 0 < len(rest) <= 6 and all(
        (len(ln.text) <= 100 or contact_line(ln.text))  # (a long line of the site's address)
        and section_label(ln, None) is None
        for ln in rest
    )


def _contact_footer(lines: tuple[Line, ...], j: int, end: int) -> bool:
    """A contact or copyright line at the end, with only such lines or web furniture after
    it: the web page's footer, not the last item's text."""
    if not contact_line(lines[j].text):
        return False
    rest = [ln.text for ln in lines[j + 1 : end] if ln.text]
    return len(rest) <= 4 and all(contact_line(t) or is_furniture(t) for t in rest)


def _signature_start(line: Line, lines: tuple[Line, ...], j: int) -> bool:
    """A line of underscores, or a place and date ("Holstebro, den 12. juni 2025") with only a
    few short lines after it: the signatures under the minutes."""
    text = line.text or line.raw.strip()
    if SIGNATURE_RULE.match(text):
        return True
    if not _PLACE_AND_DATE.match(text) or len(text) > 60:
        return False
    if section_label(line, None) is not None:
        return False  # "Beslutning Byrådet den 20-03-2024": a decision label, not a place
    hits = find_dates(text)
    if not hits or text[hits[0].end :].strip(" .") or len(text[: hits[0].start].split()) > 4:
        return False
    rest = [ln for ln in lines[j + 1 : j + 8] if not ln.blank]
    return all(len(ln.text) <= 60 for ln in rest)


def _mark_page_furniture(agenda: Agenda, lines: tuple[Line, ...]) -> list[Line]:
    """Page numbers inside items ("Side 6 af 6") and the letterhead repeated at the top of a
    page ("Syddjurs Kommune", "Økonomiudvalget"): left out of the sections, kept as notes."""
    found: list[Line] = []
    counts: Counter[str] | None = None
    header_dates: frozenset[dt.date] = frozenset()
    letterhead = _letterhead_lines(agenda, lines)
    for n, occs in enumerate(agenda.items):
        for occ in occs:
            if n < len(agenda.items) - 1:  # (after the last item the minutes' end is sought)
                occ.furniture.extend(_trailing_furniture(occ, lines))
            marks = []
            trailing = set(occ.furniture)  # (a page's footer closing the item: furniture once)
            for j in range(occ.start + 1, occ.end):
                line = lines[j]
                if j in trailing:
                    continue
                # a piece of a run-together line (``_unwrap``) is read as its text, and so is
                # a line with HTML entities ("16-09-2025 &nbsp;&nbsp; Side 3 af 13")
                raw = line.raw if len(line.raw) <= 200 and "&" not in line.raw else line.text
                if not line.text or len(raw) > 200:
                    continue
                if line.text in letterhead and _in_letterhead_block(lines, j, letterhead):
                    occ.furniture.append(j)
                elif not has_digit(raw):
                    continue  # every page mark has its number (a cheap test first)
                elif page_mark(casefolded.of(raw)) or _dated_page_header(raw):
                    marks.append(j)
            if not marks:
                if occ.furniture:
                    found.extend(lines[j] for j in occ.furniture)
                continue
            if counts is None:
                counts = Counter(ln.text for ln in lines if ln.text)
                header_dates = _header_dates(agenda, lines)
            # A running header or footer beside the page number: a short line that is written
            # on every page ("Social- og Sundhedsudvalget 07-04-2025") or that carries the
            # meeting's date ("Teknik- og Miljøudvalget 12. marts 2024" over "Side 2 af 2"); a
            # section label ("Beslutning", written under every item) opens the next section.
            # A header of two or three lines ("Vejle Kommune    Teknisk Udvalg" over "Referat
            # 12. juni 2024") goes on from the line beside the number.
            for j in marks:
                for step in (-1, 1):
                    k = j
                    for _ in range(_RUNNING_HEADER_LINES):
                        k = _text_beside(lines, k, step, occ.start + 1, occ.end)
                        if k < 0 or k in occ.furniture:
                            break
                        text = lines[k].text
                        repeated = counts[text] >= (2 if has_digit(text) else 3)
                        header_like = len(text) <= 100 and not text.endswith((".", ":", "!", "?"))
                        label = section_label(lines[k], None)
                        if not (
                            (repeated or _dated_header(text, header_dates))
                            and header_like
                            # (a label over a meeting's name is the document's title: "Referat
                            # – ordinær generalforsamling 2024" on every page)
                            and (label is None or (repeated and MEETING_WORD.search(label[2])))
                            and not lines[k].bullet  # ("- Bilag 2: Høringsnotat" over the
                            and lines[k].list_number is None  # page's number, under two items)
                        ):
                            break
                        occ.furniture.append(k)
                occ.furniture.append(j)
            occ.furniture.sort()
            found.extend(lines[j] for j in occ.furniture)
    return found


def _trailing_furniture(occ: Occurrence, lines: tuple[Line, ...]) -> list[int]:
    """A web page's furniture closing an item's text before the next item ("Godkendt." over
    "Til toppen"): a few plain lines at the end, never the item's only text."""
    found: list[int] = []
    j = occ.end - 1
    while j > occ.start + 1 and len(found) < 3:
        line = lines[j]
        if not line.blank:
            if line.kind is not LineKind.TEXT or not line.text or not is_furniture(line.text):
                break
            found.append(j)
        j -= 1
    if found and not any(lines[k].text for k in range(occ.start + 1, found[-1])):
        return []  # the item's only text
    return found[::-1]


def _header_dates(agenda: Agenda, lines: tuple[Line, ...]) -> frozenset[dt.date]:
    """The dates written before the first item (the meeting's date among them)."""
    first_item = min((o.start for occs in agenda.items for o in occs), default=0)
    return frozenset(
        hit.date for ln in lines[:first_item] if has_digit(ln.text) for hit in find_dates(ln.text)
    )


_RUNNING_HEADER_WORDS: Final = 8  # words beside the date in a running page header


def _dated_header(text: str, header_dates: frozenset[dt.date]) -> bool:
    """A short line naming a date of the header ("Teknik- og Miljøudvalget 12. marts 2024"):
    a page's running header, when it stands beside a page number."""
    if not header_dates or not has_digit(text):
        return False
    hits = find_dates(text)
    if not hits or not any(hit.date in header_dates for hit in hits):
        return False
    rest = text[: hits[0].start] + text[hits[-1].end :]
    return len(rest.split()) <= _RUNNING_HEADER_WORDS


_LETTERHEAD_REACH: Final = 3  # the document's first lines that can be a letterhead


def _letterhead_lines(agenda: Agenda, lines: tuple[Line, ...]) -> frozenset[str]:
    """The plain lines that open the document before any field or heading ("Syddjurs
    Kommune", "Økonomiudvalget"), short and without digits: a PDF's letterhead, which a page
    break may repeat inside an item."""
    first_item = min((o.start for occs in agenda.items for o in occs), default=0)
    out: set[str] = set()
    for line in lines[:first_item]:
        if line.blank:
            continue
        if (
            len(out) >= _LETTERHEAD_REACH
            or line.kind is not LineKind.TEXT
            or line.strong
            or ":" in line.text
            or field_kind(line.text) is not None  # "UDVALG" over its value: a label
            or not is_letterhead(line.text)
            or section_label(line, None) is not None
        ):
            break
        out.add(line.text)
    return frozenset(out)


def _in_letterhead_block(lines: tuple[Line, ...], j: int, letterhead: frozenset[str]) -> bool:
    """Line ``j`` and a line next to it both repeat the letterhead ("Syddjurs Kommune" over
    "Økonomiudvalget"): a page's top, not a committee named alone in an item's text."""
    if lines[j].kind is not LineKind.TEXT:
        return False
    return any(lines[k].text in letterhead for k in _neighbours(lines, j, 0, len(lines)))


_PAGE_AT_END: Final = re.compile(
    r"^(?P<text>.{3,80}?)[\s,|–-]+(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)
_PAGE_AT_START: Final = re.compile(
    r"^\s*(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?[\s,|–-]+(?P<text>.{3,80})$",
    re.IGNORECASE,
)
_REFERENCE_WORDS: Final = frozenset({"se", "jf", "jævnfør", "på", "i", "fra", "til", "bilag"})
_NUMBER_AT_END: Final = re.compile(r"^\s*(?P<text>\S.{2,80}?)\s{6,}\d{1,4}\s*$")
_HEADER_SMALL_WORDS: Final = frozenset({"og", "i", "for", "af", "-", "–", "|", "den", "d."})


def _dated_page_header(raw: str) -> bool:
    """A page number beside a date and a name in capitals, at either end ("Side 2 af 3
    Økonomiudvalget 12.03.2024", "Økonomiudvalget, 12. marts 2024, side 2", "Referat
    Økonomiudvalget 12-03-2024 side 2/3", or a bare number after a wide gap: "Teknik- og
    Miljøudvalget, 08-04-2025      2"): a running page header. A sentence ("I referatet fra
    12.03.2024 side 3") has lower-case words and is none."""
    low = casefolded.of(raw)
    if "side " in low or "page " in low:
        m = _PAGE_AT_END.match(raw) or _PAGE_AT_START.match(raw)
    elif "      " in raw:  # "Teknik- og Miljøudvalget, 08-04-2025" and, far to the right, "2"
        m = _NUMBER_AT_END.match(raw)
    else:
        return False
    if m is None:
        return False
    text = m.group("text")
    hits = find_dates(text)
    if not hits:
        return False
    rest = text[: hits[0].start] + " " + text[hits[-1].end :]
    words = rest.replace(",", " ").split()
    if not words or words[0].casefold().rstrip(".") in _REFERENCE_WORDS:
        return False  # "Se Referat 12.03.2024 side 3": a reference
    return all(w[:1].isupper() or w in _HEADER_SMALL_WORDS for w in words)


_RUNNING_HEADER_LINES: Final = 3  # lines of a page's running header or footer


def _text_beside(lines: tuple[Line, ...], j: int, step: int, start: int, end: int) -> int:
    """The nearest non-blank line from line ``j`` in the direction ``step`` within
    ``start..end``, or -1."""
    k = j + step
    while start <= k < end and lines[k].blank:
        k += step
    return k if start <= k < end else -1


def _neighbours(lines: tuple[Line, ...], j: int, start: int, end: int) -> list[int]:
    """The nearest non-blank lines before and after line ``j`` within ``start..end``."""
    return [k for step in (-1, 1) if (k := _text_beside(lines, j, step, start, end)) >= 0]


def _closing_time(lines: tuple[Line, ...]) -> str | None:
    """The time of the line that closes the meeting ("Mødet sluttede kl. 18.32"), if any."""
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.text:
            continue
        seen += 1
        if seen > _CLOSING_WINDOW:
            break  # the meeting closes at the end of the minutes, not in the middle of them
        text = line.text
        if not has_digit(text):
            continue  # no time to read (both readers below need a digit): skip the phrases
        if not text[0].isalnum():
            text = _LEADING_MARKS.sub("", text)  # "🏁 Mødet sluttede kl. 21.15"
        above = lines[i - 1] if i else None
        if (
            above is not None
            and above.kind is LineKind.TEXT
            and line.kind is LineKind.TEXT
            and above.number == line.number - 1
            and (above.text[-1:] not in ("", ".", ":", "!", "?") or above.text.endswith(" kl."))
        ):  # "... og generalforsamlingen sluttede" over "kl. 21.50.": a wrapped sentence
            text = f"{above.text} {text}"
        sentence = _closing_sentence(text)  # "Referent: Hanne Bo. Mødet sluttede kl. 21.20",
        if sentence and _MEETING_CLOSED.match(casefolded.of(text)):
            pass  # "Generalforsamlingen sluttede kl. 21.40. Dirigenten takkede ...": the first
        elif sentence or not _closes_meeting(text):  # "Mødet den 3. juni kl. 16.00 i Byrådssalen.
            text = sentence  # Mødet hævet kl. 17.25.": the closing sentence, not the opening
        if text:
            later = text.casefold().find(". næste møde")  # "Mødet slut 21.05. Næste møde ...
            text = text[:later] if later > 0 else text  # kl. 19.00": not the next one's time
            both = _STARTED_AND_CLOSED.match(casefolded.of(text))
            text = text[both.end() :] if both is not None else text
            found = find_time_range(text)  # "Mødet startede kl. 19.35 og sluttede 21.40"
            if found is not None:
                return found.end or found.start
            bare = _BARE_CLOCK.search(text)  # "Mødet sluttede 21.40."
            if bare is not None:
                return f"{int(bare.group(1)):02d}:{bare.group(2)}"
    return None


_STARTED_AT: Final = re.compile(
    r"(?:^|[.!]\s+)(?:mødet|generalforsamlingen)\s+(?:startede|begyndte|blev\s+åbnet)\s+"
    r"(?:kl\.?\s*|klokken\s+)(\d{1,2})(?:[.:](\d{2}))?(?![\d.:])"
)
"""A sentence that says when the meeting began ("Mødet startede kl. 19 og sluttede 21.15"),
casefolded."""


def _started_at(lines: tuple[Line, ...]) -> str | None:
    """The time a line says the meeting began, as "HH:MM", if any."""
    for line in lines:
        text = line.text
        if "startede" not in text and "begyndte" not in text and "åbnet" not in text:
            continue  # (cheap: most lines say nothing of it)
        m = _STARTED_AT.search(casefolded.of(text))
        if m is not None and int(m.group(1)) < 24:
            return f"{int(m.group(1)):02d}:{m.group(2) or '00'}"
    return None


def _closing_in_header(header: HeaderFacts) -> str | None:
    """The time of a header line that closes the meeting ("Mødet hævet kl. 18:05" under the
    people of a committee's web page) or of its sentence that does ("Mødet blev holdt mandag
    d. 6/11-2023 kl. 19.30 hos Karen. Vi sluttede kl. 21.45."), if any."""
    for line, _ in header.free:
        text = line.text
        if not has_digit(text):
            continue
        if len(text) > 60 or not _MEETING_CLOSED.match(casefolded.of(text)):
            text = _closing_sentence(text)
        found = find_time_range(text) if text else None
        if found is not None:
            return found.end or found.start
    return None


def _closing_sentence(text: str) -> str:
    """A sentence after the first one of a line that closes the meeting ("Referent: Hanne Bo.
    Mødet sluttede kl. 21.20", "Tak for i aften – mødet sluttede kl. 21.05"), from its start
    (casefolded); "" when there is none. Only a line naming a closing word is split."""
    low = casefolded.of(text)
    if not any(word in low for word in _CLOSING_WORDS):
        return ""
    for brk in _SENTENCE_BREAK.finditer(low):  # ("slut" is in every "beslutning": many lines)
        at = brk.end()
        if not (_MEETING_CLOSED.may_match_at(low, at) or _STARTED_AND_CLOSED.may_match_at(low, at)):
            continue
        sentence = low[at:]
        if _MEETING_CLOSED.match(sentence) or _STARTED_AND_CLOSED.match(sentence):
            return sentence
    return ""


# ". ", "; ", ", og ", " – ", " / ": where a closing sentence may start inside a line
_SENTENCE_BREAK: Final = re.compile(  # (?:[.;,]\s+|\s[–—/-]\s*)(?:og\s+)?
    r"[.;,\s](?:(?<=[.;,])\s+|(?<=\s)[–—/-]\s*)(?:og\s+)?"
)
_CLOSING_WORDS: Final = (
    "slut",
    "hæve",
    "lukke",
    "endte",
    "ophørte",
    "takkede",  # "Dirigenten takkede for god ro og orden kl. 11:45."
    "closed",
    "ended",
    "adjourned",
)
_CLOSING_WINDOW: Final = 60  # non-blank lines from the end of the document
_BARE_CLOCK: Final = re.compile(r"\b([01]?\d|2[0-3])[.:]([0-5]\d)\b(?![.:]?\d)")


def _attachments_in_notes(notes: list[TextBlock], lines: tuple[Line, ...]) -> dict[str, Attachment]:
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
            if SECTION_LABELS.get(normalise_label.of(line.text)) is SectionKind.BILAG:
                labelled = True  # "Bilag:", "Bilagsoversigt"
                continue
            attachment = listed_attachment(line, under_label=labelled)
            if attachment is not None and attachment.number is not None:
                found.setdefault(attachment.number, attachment)
    return found


def _closing_attachments(
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


def _attachments_naming_items(items: list[AgendaItem]) -> list[AgendaItem]:
    """Unnumbered entries of a list of attachments after the last item that name another item
    ("- Pkt. 4: Budgetudkast 2025", "- Budgetforslag 2025 (til pkt. 3b)"): each is that
    item's (or sub-point's) attachment, titled without the reference."""
    if len(items) < 2 or not items[-1].attachments:
        return items

    def named(attachment: Attachment) -> tuple[Attachment, str | None]:
        if attachment.number is not None:
            return attachment, None
        found, owner = _item_reference(attachment)
        target = _item_named(items, owner) if owner is not None else None
        return (found, target) if target is not None else (attachment, None)

    return _moved_from_last(items, named)


def _moved_from_last(
    items: list[AgendaItem], owned: Callable[[Attachment], tuple[Attachment, str | None]]
) -> list[AgendaItem]:
    """The items with the last item's attachments that ``owned`` gives another item's number
    (and the attachment as that item gets it) moved there; the last item keeps the rest."""
    last = items[-1]
    moved: dict[str, list[Attachment]] = {}
    kept: list[Attachment] = []
    for attachment in last.attachments:
        found, target = owned(attachment)
        if target is None or target == last.number:
            kept.append(found)
        else:
            moved.setdefault(target, []).append(found)
    if not moved:
        return items
    return [*_given(items[:-1], moved), new.updated(last, {"attachments": kept})]


def _item_reference(attachment: Attachment) -> tuple[Attachment, str | None]:
    """An entry's attachment without the item it names ("Pkt. 4: Budgetudkast 2025",
    "Budgetforslag 2025 (til pkt. 3b)"), and that item as written (None when it names none)."""
    title = attachment.title or ""
    m = _ITEM_FIRST.match(title) if title else None
    if m is not None:
        return new.updated(attachment, {"title": m.group(2)}), m.group(1)
    return _named_item(attachment)


def _attachments_under_item_labels(
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
        if under is not None and listed_attachment(line, under_label=True) is not None:
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


def _noted_item_attachments(
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
