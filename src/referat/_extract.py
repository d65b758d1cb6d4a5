"""Stage 3: lines + agenda -> the fields of a ``Meeting``.

Orchestrates the readers, each a module of its own: where the minutes end (``_footer``), the
header and footer facts (``_header``), what the document is and whose meeting
(``_identity``), each agenda item (``_agenda_item``), the date and times (``_when``), the place
(``_place``), the people the text names and who held the posts (``_roles``), attachments listed
apart (``_attachment_lists``) and the checks across the document (``_checks``). Finally every
non-blank line not inside some node's span goes to ``unclassified`` with a diagnostic: nothing
is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
import datetime as dt
import re
from typing import Any, Final

from referat import _new as new
from referat._agenda_item import agenda_item, joint_minutes, status_remarks, table_starts
from referat._attachment_lists import (
    attachments_in_notes,
    attachments_naming_items,
    attachments_under_item_labels,
    closing_attachments,
    noted_item_attachments,
)
from referat._checks import (
    case_data_above,
    check_decisions,
    check_minutes_matched,
    check_numbers,
    check_people,
    first_case_data,
    number_slips,
    unique_people,
)
from referat._closed import with_closed
from referat._danish import find_time_range
from referat._facts import LineKind
from referat._field_kinds import field_kind
from referat._footer import (
    EARLIER_MAIL_LINE,
    closing_in_header,
    closing_time,
    cut_after_listing,
    cut_footer,
    mark_page_furniture,
    next_text,
    started_at,
)
from referat._forward import with_forwarding
from referat._header import (
    HeaderFacts,
    HeaderReader,
    fuller,
    is_furniture,
    label_of,
    line_span,
    signer_line,
)
from referat._identity import (
    body_and_organisation,
    document_kind,
    kind_by_layout,
    organisation_otherwise,
    own_decision,
    reply_kind,
    strip_decisions,
    title_of,
    unless_publication,
    written_as_minutes,
)
from referat._item_notes import sections_naming_items
from referat._items import Agenda, find_agenda, is_region_heading, joint_heading, slot_start
from referat._place import (
    WORD,
    held_online,
    meeting_place,
    with_postcode_of_street,
    without_organisation,
)
from referat._prefix import casefolded
from referat._roles import fold, people_in_text, with_details, with_member_details
from referat._scan import Line, line_at
from referat._votes import with_votes
from referat._when import date_and_times
from referat.diagnostics import Code, Reporter
from referat.models import (
    DocumentKind,
    HeaderField,
    Location,
    Person,
    Span,
    TextBlock,
    span_of,
)
from referat.vocabulary import (
    MINUTES_HEADINGS,
    REPLY_ATTRIBUTION,
    SECRETARY_LABELS,
    FieldKind,
    normalise_label,
)


def build(
    lines: tuple[Line, ...],
    reporter: Reporter,
    front_fields: list[HeaderField] | None = None,
    chat_day: tuple[dt.date, Span] | None = None,
) -> dict[str, Any]:
    """All fields of a Meeting except ``source`` and ``diagnostics``; ``front_fields``: the
    fields of a front matter's keys the header does not read (``_frontmatter``); ``chat_day``:
    the day of a chat's messages and the line of its first (``_chat``), the date when the text
    names none."""
    quoted_from = _earlier_mail(lines)
    agenda = find_agenda(lines[:quoted_from])  # a quoted e-mail's list is no agenda
    if not agenda.items and quoted_from < len(lines):
        agenda = find_agenda(lines)  # a forward ("VS:"): the minutes are the earlier e-mail
    cut_footer(agenda, lines)
    cut_after_listing(agenda, lines)
    page_marks = mark_page_furniture(agenda, lines)
    item_lines = _item_lines(agenda)
    first_item = _header_end(agenda, lines)
    header_lines = [ln for i, ln in enumerate(lines[:first_item]) if i not in item_lines]
    other_lines = [
        ln for i, ln in enumerate(lines[first_item:], start=first_item) if i not in item_lines
    ]

    facts = _read_people_zones(header_lines, other_lines, reporter)
    header, footer = facts
    if quoted_from < len(lines):  # "/Ole" signing an earlier mail quoted under the minutes
        _without_quoted_roles(footer, lines[quoted_from].number)
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
        and next_text(lines, i) not in tables_of_decisions
    ]

    tables = table_starts(lines)
    trial = Reporter()
    items = [
        agenda_item(k, occs, lines, agenda, trial, kind_hint, minutes_headings, tables)
        for k, occs in enumerate(agenda.items)
    ]
    if written_as_minutes(header, title_line, items, minutes_headings, chat=chat_day is not None):
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
    date, start, end = date_and_times(header, footer, reporter, lines, front_fields or [], chat_day)
    if start is None and agenda.items:  # "## 17.00–17.05 · Punkt 1: ...": the first slot's start
        slot = slot_start(lines[agenda.items[0][0].head.index])
        opened = find_time_range(slot) if slot is not None else None
        start = opened.start if opened is not None else None
    items = number_slips([own_decision(it, date) for it in items], reporter)
    items = attachments_under_item_labels(items, lines)
    items = sections_naming_items(items)
    items = closing_attachments(items)
    items = attachments_naming_items(items)
    items, cases_above = case_data_above(items, lines)
    doc_kind = document_kind(items, kind_hint, date, reply_kind(header))
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
    started = started_at(lines)  # the time it started beats the planned (or a chat's stamp:
    if started is not None and (end is None or started < end):  # "Mødet startede kl. 19")
        start = started
    closed = closing_time(lines) or closing_in_header(header)
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
        quoted_from,
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

    check_numbers(items, reporter)
    if doc_kind is DocumentKind.REFERAT:
        check_decisions(items, reporter)
    check_minutes_matched(items, reporter)
    check_people(
        attendees, absentees, guests, chair, minute_taker, reporter, listed=listed, added=officers
    )
    out["absentees"] = unique_people(absentees)
    out["guests"] = unique_people(out["guests"])
    out["attendees"] = unique_people(attendees)
    if doc_kind not in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE):
        out["attendees"] = _with_guests(out["attendees"], out["guests"])
    out["attendees"], out["guests"] = _list_groups(out["attendees"], out["guests"], out["fields"])
    if not items and lines:
        reporter.report(Code.NO_AGENDA, "no agenda items found", None)

    notes, unclassified = _leftovers(header, footer, title_line, page_marks)
    if cases_above and out["agenda"]:  # the first item's case number stands above it too
        out["agenda"][0], notes = first_case_data(out["agenda"][0], notes, lines)
    noted = attachments_in_notes(notes, lines)
    if noted and out["agenda"]:  # "Bilag:" over "Bilag 1 – ..." under the minutes
        out["agenda"] = closing_attachments(out["agenda"], noted)
    if out["agenda"]:
        out["agenda"] = with_closed(
            with_forwarding(with_votes(noted_item_attachments(out["agenda"], notes, lines), lines)),
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


def _without_quoted_roles(footer: HeaderFacts, quoted_line: int) -> None:
    """No chair nor minute-taker from an earlier e-mail quoted under the minutes (from line
    ``quoted_line`` on): its signer ("/Ole" under the agenda he sent) wrote that mail, not the
    minutes."""
    for role in ("minute_taker", "chair"):
        person = getattr(footer, role)
        if person is not None and person.span.start_line >= quoted_line:
            setattr(footer, role, None)


def _earlier_mail(lines: tuple[Line, ...]) -> int:
    """Where an earlier e-mail quoted under the minutes starts ("-----Oprindelig
    meddelelse-----"), or the number of lines: what follows is no part of the minutes."""
    above = 0  # the lines with text above this one
    for j, line in enumerate(lines):
        text = line.text
        if text.startswith("--") and EARLIER_MAIL_LINE.match(casefolded.of(text)):
            if line.quote and _text_after_quote(lines, j):
                continue  # a reply quoted inside a forward, whose own text goes on below it
            return j
        if (
            above >= _OWN_MAIL_HEADER
            and text[:4].casefold() in _MAIL_FROM_OPENINGS
            and _MAIL_FROM.match(text)
            and (k := next_text(lines, j)) < len(lines)
            and _MAIL_SENT.match(lines[k].text)
            and not (line.quote and _text_after_quote(lines, j))
        ):  # "Fra: Jens Riis <...>" over "Sendt: 13. maj 2024 08:02" under the minutes: the
            return j  # mail they answer (Outlook's reply), with its agenda
        if (
            above >= _OWN_MAIL_HEADER
            and text[-1:] == ":"
            and text[:3].casefold() in ("den", "d. ", "on ")
            and _REPLY_ATTRIBUTION.match(text)
            and (k := next_text(lines, j)) < len(lines)
            and lines[k].quote
            and not _text_after_quote(lines, k)
        ):  # "Den 28. okt. 2025 kl. 20.12 skrev Niels Hjort <...>:" over the quoted mail (a
            return j  # phone's reply), with its agenda
        if not line.blank:
            above += 1
    return len(lines)


def _text_after_quote(lines: tuple[Line, ...], j: int) -> bool:
    """The quoted block holding line ``j`` is followed by unquoted text of its own (a forward
    quotes a reply, then gives the minutes: "--- Tekst fra vedhæftet fil ---")."""
    k = j
    while k < len(lines) and (lines[k].quote or lines[k].blank):
        k += 1
    return sum(1 for line in lines[k : k + 40] if line.text and not line.quote) >= _TEXT_AFTER


_TEXT_AFTER: Final = 5  # lines of unquoted text under a quoted reply: the forward's own text
_REPLY_ATTRIBUTION: Final = re.compile(REPLY_ATTRIBUTION, re.IGNORECASE)
_OWN_MAIL_HEADER: Final = 4  # a mail's own "Fra:" / "Sendt:" lines stand on top
_MAIL_FROM_OPENINGS: Final = frozenset({"fra:", "fra ", "from"})
_MAIL_FROM: Final = re.compile(r"(?:fra|from)\s*:\s*\S", re.IGNORECASE)
_MAIL_SENT: Final = re.compile(r"(?:sendt|sent|date|dato)\s*:\s*\S", re.IGNORECASE)


def _header_end(agenda: Agenda, lines: tuple[Line, ...]) -> int:
    """Where the header ends: at the first line of an item, or, past a contents box of links
    into the page ("**I dette møde**" over "- [1. Godkendelse af dagsorden](#p1)", above the
    title and the meeting's facts), at the first line of an item's own text."""
    first = min((o.start for occs in agenda.items for o in occs), default=len(lines))
    listed = [o for occs in agenda.items for o in occs if o.role == "listing"]
    if (
        listed
        and all("](#" in lines[o.head.index].raw for o in listed)  # each a link into the page
        and all(any(o.role != "listing" for o in occs) for occs in agenda.items)
    ):
        return min(o.start for occs in agenda.items for o in occs if o.role != "listing")
    return first


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
