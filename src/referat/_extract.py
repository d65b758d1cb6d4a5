"""Stage 3: lines + agenda -> the fields of a ``Meeting``.

Orchestrates the header reader, the item reader and the checks that look across the document
(numbering, people listed twice, referent among the attendees, ...). Finally every non-blank
line not inside some node's span goes to ``unclassified`` with a diagnostic: nothing is dropped.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
import datetime as dt
import re
from typing import Any, Final

from referat import _new as new
from referat._agenda_item import (
    LABELLED,
    NEXT_SENTENCE,
    SENTENCE_END,
    agenda_item,
    joint_minutes,
    status_remarks,
    table_starts,
)
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
    layout_columns,
    line_span,
    links_only,
    list_entries,
    name_columns,
    one_entry,
    page_mark,
    secretary_label,
    signer_line,
    substitute_alone,
    substitutes_in,
    taker_by_minutes_label,
    without_pictures_after,
    without_proposer,
)
from referat._identity import (
    BODY_LAST,
    MEETING_WORD,
    MINUTES_SENT,
    PRODUCT_NAME,
    STAMP,
    board_alone,
    body_beside_product,
    body_by_crumb,
    body_by_decisions,
    body_from,
    committee_of,
    company_line,
    document_kind,
    general_assembly,
    is_letterhead,
    kind_by_layout,
    kind_words,
    municipality_line,
    organisation_after_body,
    organisation_atop,
    organisation_beside_body,
    organisation_by_breadcrumb,
    organisation_by_logo,
    organisation_by_site_footer,
    organisation_from,
    organisation_holding_assembly,
    organisation_in_kind_line,
    organisation_in_opening,
    own_decision,
    quoted_lines,
    self_standing,
    site_owner,
    sole_authority,
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
from referat._memo import memo
from referat._people import (
    PersonParts,
    absence_sentence,
    chair_title,
    first_name_in,
    indefinite_title,
    is_name,
    is_organisation,
    known_title,
    own_initials,
    parse_person,
    role_sentence,
    starts_with_first_name,
    without_house_number,
)
from referat._place import (
    WORD,
    held_online,
    meeting_place,
    with_postcode_of_street,
    without_organisation,
)
from referat._prefix import Opening, casefolded, contains_any, lowered
from referat._scan import Line, line_at, numbered
from referat._sections import (
    BROKEN_WORD,
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
    Section,
    SectionKind,
    Span,
    TextBlock,
    span_of,
)
from referat.vocabulary import (
    ASSEMBLY_CHAIR_ROLE,
    BOARD_GROUP_WORDS,
    BOARD_OF_ORGANISATION,
    CHAIR_BY_POST,
    CHAIR_OF_BODY,
    CHAIR_ROLES,
    CLOSING_GREETING,
    COMPANY_FORMS,
    DEPARTMENT_WORDS,
    EARLIER_MAIL,
    ELECTED,
    ELECTION_TITLES,
    FIRST_NAMES,
    FOR_ONE_ITEM,
    HEADER_HEADINGS,
    ITEM_GUEST_SENTENCE,
    ITEM_PEOPLE_GATE,
    ITEM_TEXT_CHAIR_WORDS,
    ITEM_WORD,
    LED_BY,
    LED_BY_REASON,
    LED_THE_MEETING,
    LEFT_OR_CAME,
    MEETING_CLOSED,
    MEETING_CLOSED_INSIDE,
    MEETING_STARTED_AND_CLOSED,
    MINUTE_TAKER_ROLES,
    MINUTES_HEADINGS,
    MINUTES_SIGNED,
    NOTE_HEADINGS,
    PEOPLE_HINTS,
    PERSON_ROLES,
    PRESENCE_LABELS,
    SECRETARY_LABELS,
    SECTION_LABELS,
    SELF_REFERENCES,
    SIGNATURE_HEADINGS,
    SOCIAL_NETWORKS,
    SPEAKER_VERBS,
    STAFF_TITLE_ENDINGS,
    STAFF_UNITS,
    STAND_IN_HINTS,
    STAND_IN_ROLES,
    TASK_HEADINGS,
    TITLE_WORDS,
    VOTE_COUNTER_HINTS,
    VOTE_COUNTER_ROLE,
    VOTE_COUNTERS,
    WELCOMED_AS_CHAIR,
    FieldKind,
    normalise_label,
)

_BODY_IN_TITLE: Final = re.compile(
    r"(?:møde|referat|dagsorden|beslutningsreferat)\s+(?:i|for|fra|af)\s+(?:møde\s+i\s+)?"
    r"((?:[A-ZÆØÅ][\w-]*|for|og|i|af)(?:\s+(?:[A-ZÆØÅ][\w-]*|for|og|i|af|[a-zæøå]+(?:udvalget|rådet|forum|bestyrelsen)))*)",
)


_DEFINITE: Final = ("et", "en", "n", "t")  # a body word's definite form: "Elevrådet", "Bestyrelsen"
_AT_PLACE: Final = re.compile(r"(?:ved|på|i)\s+(?=[A-ZÆØÅ])")  # "Skolebestyrelsen ved Hårby Skole"
_BOARD_OF: Final = re.compile(rf"^({BOARD_OF_ORGANISATION})\s+for\s+(.+)$", re.IGNORECASE)
# "Skolebestyrelsen – Søndervangskolen": one word for the body, a dash, a name of its own
_BODY_DASH_ORGANISATION: Final = re.compile(
    r"^(\w+)\s+[–—-]\s+([A-ZÆØÅ][\w./-]*(?:\s+[A-ZÆØÅ][\w./-]*){0,3}"
    # (and its department: "Afdelingsbestyrelsen – Boligforeningen Ringgården, afd. 9 Engkrogen")
    rf"(?:,?\s+(?:{'|'.join(re.escape(w) for w in DEPARTMENT_WORDS)})\s*\d+[a-zA-Z]?"
    r"(?:,?\s+[A-ZÆØÅ][\w'-]*(?:\s+[A-ZÆØÅ][\w'-]*){0,2})?)?)$"
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
    committee = committee_of(header) if header.body is None else None
    if committee is not None:  # "VESTER HASSING MENIGHEDSRÅD" over "Kirkegårdsudvalget"
        out["body"], organisation = committee[0], organisation or committee[1]
    else:
        out["body"] = (
            header.body
            or body_from(header, title_line, header_lines)
            or body_by_decisions(items, date)
            or board_alone(header_lines)
            or general_assembly(header_lines)
            # (the title under a web page's furniture: "# Referat af ordinær generalforsamling")
            or (general_assembly([title_line]) if title_line is not None else None)
        )
        if out["body"] is not None and " " not in out["body"]:
            out["body"] = body_by_crumb(out["body"], header) or out["body"]
    named = (
        organisation
        or organisation_from(out["title"])
        or organisation_in_opening(header, title_line)
        or organisation_by_logo(header)
        or organisation_by_breadcrumb(header)
        or organisation_by_site_footer(footer)
        or company_line(header)
        or organisation_in_kind_line(header)
        or municipality_line(header)
        or organisation_holding_assembly(lines)
        or organisation_atop(lines)
        or organisation_beside_body(out["body"], header_lines)
    )
    if named is not None and out["body"] is not None and PRODUCT_NAME.fullmatch(named):
        out["body"] = body_beside_product(out["body"], named)
    body = out["body"]
    if named is not None and body is not None and named.casefold() == body.casefold():
        named = None  # "Referat af møde i Ældrerådet": the body, not its organisation
    elif named is not None and body is not None and named.startswith(body + " "):
        rest = named[len(body) + 1 :]
        at = _AT_PLACE.match(rest)
        if at is not None:  # "Skolebestyrelsen ved Hårby Skole": the body and its school
            named = rest[at.end() :]
        elif any(named in ln.text for ln in header_lines):  # (not a site's footer under it)
            out["body"], named = named, None  # "Møde i Vækstforum Sjælland": the full name
    elif named is not None and body is not None and " " in named:
        lead, rest = named.split(" ", 1)
        at = _AT_PLACE.match(rest)
        if at is not None and lead.casefold() in {body.casefold() + e for e in _DEFINITE}:
            out["body"], named = lead, rest[at.end() :]  # "Elevrådet på Bakkeskolen" (elevråd)
    dash = _BODY_DASH_ORGANISATION.match(out["body"] or "")
    if dash is not None:  # "Skolebestyrelsen – Søndervangskolen": the body and its school
        out["body"] = dash.group(1)
        named = named if named is not None and named != dash.group(0) else dash.group(2)
    split = _body_beside_organisation(out["body"] or "")
    after_for = split is not None and out["body"].split()[1] == "for"
    if split is not None and (
        named == split[0]  # "Brugerrådet for X Bibliotekerne" over "møde i Brugerrådet"
        or (not after_for and (named is None or named in (split[1], out["body"])))
    ):
        out["body"], named = split  # "Forældrerådet i Børnehuset Mælkebøtten"
    if named is None and out["body"] and out["title"]:  # "Brugerrådet ved Sønderhede Bibliotek"
        named = organisation_after_body(out["body"], out["title"])
    out["organisation"] = _bare_organisation(header.organisation or named)
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
    if out["organisation"] is None:
        out["organisation"] = sole_authority(out["body"], lines, out["location"])
    if out["organisation"] is None:
        out["organisation"] = site_owner(lines)
    if out["organisation"] is None:
        out["organisation"] = self_standing(out["body"])  # "Tranum Lokalråd": its own
    board = _BOARD_OF.match(out["body"] or "") if " for " in (out["body"] or "") else None
    if board is not None and out["organisation"] is None and is_organisation.of(board.group(2)):
        out["organisation"] = board.group(2)  # "Brugerrådet for Lemvig Bibliotek"
    if board is not None and _without_form(board.group(2)) == _without_form(out["organisation"]):
        out["body"] = board.group(1)  # "Bestyrelsen for Vandværket Østerby": its board
    out["fields"] = header.fields + footer.fields
    if front_fields:  # "layout: post" and the like: first, in line order with the header's
        key = lambda f: f.span.start_line  # noqa: E731
        out["fields"] = sorted(front_fields + header.fields, key=key) + footer.fields
    absentees = header.absentees + footer.absentees
    absent_names = {_fold(p.name) for p in absentees}
    # a list of members (in minutes: of attendees) that names everyone, then "Afbud: ..."
    # naming some of them: they are absent, with the details the list gave them (title, group);
    # an agenda's list of the invited keeps them (invited, and sending apologies)
    roster = header.members + footer.members
    present = header.attendees + footer.attendees
    if doc_kind is DocumentKind.REFERAT:
        roster += present
        present = [p for p in present if _fold(p.name) not in absent_names]
    if any(_fold(p.name) in absent_names for p in roster):
        absentees = _with_member_details(absentees, roster)
    members = header.members + footer.members
    if doc_kind is DocumentKind.REFERAT:  # (an agenda's members are invited, absent or not)
        members = [p for p in members if _fold(p.name) not in absent_names]
    attendees = present + members
    guests = header.guests + footer.guests
    on_lists = {_fold(p.name) for p in attendees}
    secretaries = [g for g in guests if g.title in SECRETARY_LABELS and _fold(g.name) in on_lists]
    if secretaries:  # "Sekretær: Merete Kobbersmed" and she is in "Fremmødte medlemmer": a member
        attendees = _with_member_details(attendees, secretaries)
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
    agenda_hint = kind_hint in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE)
    quoted = quoted_lines(items, date, agenda=agenda_hint)
    # an attendance list: not only vote counters, nor those named in item text below
    listed = any(VOTE_COUNTER_ROLE not in p.roles for p in out["attendees"])
    if not listed and not agenda_hint and doc_kind is DocumentKind.REFERAT:
        second = max((o.start for o in agenda.items[1]), default=0) if len(agenda.items) > 1 else 0
        first_lines = {i for i in item_lines if i < second} if second else item_lines
        listed = _attendance_in_items(out, lines, first_lines, quoted)
    if doc_kind is DocumentKind.REFERAT and not agenda_hint:
        _signers_present(out, lines, items[-1].span.end_line if items else 0)
    known_absent = len(out["absentees"])
    _people_in_items(out, lines, item_lines, quoted)
    if doc_kind is DocumentKind.REFERAT and members and len(out["absentees"]) > known_absent:
        # "Fraværende: Morten Hviid (V)" in the items' text, under a list of the body's members
        away = {_fold(p.name) for p in out["absentees"]}
        roster_names = {_fold(p.name) for p in members}
        out["attendees"] = [
            p
            for p in out["attendees"]
            if not (_fold(p.name) in away and _fold(p.name) in roster_names)
        ]
    _guests_in_items(out, lines, item_lines, quoted)
    _titles_in_items(out, lines, item_lines)
    if doc_kind is DocumentKind.REFERAT:
        heads = {o.start for occs in agenda.items for o in occs}
        _speakers_in_items(out, lines, item_lines, quoted, heads)
    if out["minute_taker"] is None:
        out["minute_taker"] = _marked_minute_taker(lines)
    if out["chair"] is None:
        out["chair"] = (
            _led_the_meeting(lines) or _welcomed_by(out["agenda"]) or _welcomed_as_chair(lines)
        )
    if doc_kind is DocumentKind.REFERAT:  # also when named: the election gives the title
        _elected_by_title(out)
    officers = _officers_present(out) if doc_kind is DocumentKind.REFERAT else []
    _named_by_initials(out)
    _named_by_key(out, header_lines, lines)
    _writer_named(out, header_lines)
    if out["minute_taker"] is None:
        _sender_sent_minutes(out, header_lines)
    if out["minute_taker"] is None and doc_kind is DocumentKind.REFERAT:
        out["minute_taker"] = _body_secretary(out)
    _roles_by_initials(out, minutes=doc_kind is DocumentKind.REFERAT)
    _roles_by_first_name(out)
    _absent_by_initials(out)
    _absent_by_first_name(out, minutes=doc_kind is DocumentKind.REFERAT)
    _present_by_first_name(out)
    host = header.facilitator or footer.facilitator
    if out["chair"] is None and host is not None:  # "Faciliteret af Lise Thorsø:" over the list
        found = next((p for p in out["attendees"] if _fold(p.name) == _fold(host)), None)
        if found is not None:
            out["chair"] = new.updated(found, {"roles": [*found.roles, "mødeleder"]})
    led_by = _post_led_the_meeting(lines) if out["chair"] is None else None
    if led_by is not None:  # "Borgmesteren ledede mødet.": the attendee of that post
        out["chair"] = next(
            (
                p
                for p in out["attendees"]
                if led_by in p.roles or (p.title and normalise_label.of(p.title) == led_by)
            ),
            None,
        )
    if out["chair"] is None:  # the chair of the body ("(formand)") chairs its meeting
        named_post = header.chair_post or footer.chair_post  # "Mødeleder: Formanden"
        posts = (named_post,) if named_post else ("formand", "forperson")
        out["chair"] = next(
            (p for post in posts for p in out["attendees"] if post in p.roles), None
        ) or _formand_by_title(out["attendees"], posts, out["body"])
    office = CHAIR_OF_BODY.get(normalise_label.of(out["body"] or ""))
    if out["chair"] is None and office is not None:  # the borgmester chairs the Byrådet
        out["chair"] = next(
            (p for p in out["attendees"] if p.title and normalise_label.of(p.title) == office), None
        )
    if out["chair"] is None:  # "Formanden, Gdr. Anders Bundgaard, aabnede Mødet.": who opened
        out["chair"] = _opened_the_meeting(lines)  # it, when nothing else names the chair
    _shared_details(out)
    _first_titles(out)
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


_NAME_OF_ORGANISATION: Final = r"[A-ZÆØÅ][\w./&-]*(?:\s+[\w./&-]+){0,3}"
_BODY_AT_ORGANISATION: Final = re.compile(
    rf"^(\w+)\s+(?:i|ved|på|for)\s+({_NAME_OF_ORGANISATION})$"
)
_ORGANISATION_DASH_BODY: Final = re.compile(rf"^({_NAME_OF_ORGANISATION})\s+[–—-]\s+(\w+)$")


def _body_beside_organisation(body: str) -> tuple[str, str] | None:
    """A body named with its organisation, the body's word in its definite form: after it
    ("Forældrerådet i Børnehuset Mælkebøtten", "Elevrådet ved Vestskolen", "Brugerrådet for
    Ikast-Brande Bibliotekerne") or before it after a
    dash ("Hjortkær Menighedsråd – Valgbestyrelsen"): (body, organisation), else None."""
    m = _BODY_AT_ORGANISATION.match(body) if " " in body else None
    if m is not None:
        word, organisation = m.group(1), m.group(2)
    elif (m := _ORGANISATION_DASH_BODY.match(body) if " " in body else None) is not None:
        organisation, word = m.group(1), m.group(2)
    else:
        return None
    definite = casefolded.of(word).endswith(("en", "et"))
    if definite and BODY_LAST.search(casefolded.of(word)) and is_organisation.of(organisation):
        return word, organisation
    return None


_COMPANY_FORM: Final = re.compile(
    rf"(?<!\S)(?:{'|'.join(re.escape(f.rstrip('.')) for f in COMPANY_FORMS)}|ApS|IVS)\.?(?!\S)"
)


def _without_form(name: str | None) -> str:
    """An organisation's name without its company form, casefolded ("I/S Fælles Forbrænding
    Sydøst" and "Fælles Forbrænding Sydøst I/S" are one)."""
    return " ".join(_COMPANY_FORM.sub(" ", name or "").split()).casefold()


def _body_secretary(out: dict[str, Any]) -> Person | None:
    """The body's secretary named by the header's one "Sekretær:" field, when no one else is
    named as the minutes' writer: the secretary writes a committee's minutes ("Sekretær: Nanna
    Kirk, integrationskonsulent")."""
    fields = [f for f in out["fields"] if secretary_label(f.label) and f.value]
    if len(fields) != 1:
        return None
    line = fields[0].span.start_line
    found = [p for p in out["guests"] + out["attendees"] if p.span.start_line == line]
    return found[0] if len({_fold(p.name) for p in found}) == 1 else None


def _formand_by_title(
    attendees: list[Person], posts: tuple[str, ...], body: str | None
) -> Person | None:
    """The one attendee whose title is the chair's post alone ("Hans Ole Bruun (V), formand,
    Skive Kommune"), not the chair of another body ("Stephanie Lose, formand for Syddansk
    Vækstforum" in a steering group of three such forums; "Ove Ravnkilde, formand, Morsø
    Museumsforening" under "Foreninger:", a group of those the body's members represent)."""
    found = [
        p
        for p in attendees
        if p.title
        and (p.group is None or _body_group_of(p.group, body))
        and normalise_label.of(p.title) in posts
        and " for " not in casefolded.of(p.written or "")
    ]
    return found[0] if len(found) == 1 else None


def _body_group_of(group: str, body: str | None) -> bool:
    """A people list's group that is the body itself ("Bestyrelsen:", "Udvalgets medlemmer:"),
    not those its members represent ("Foreninger:", "Erhverv:")."""
    key = normalise_label.of(group)
    return (
        key in BOARD_GROUP_WORDS
        or key.endswith(("bestyrelsen", "udvalget", "rådet", "styregruppen", "medlemmer"))
        or (body is not None and key == normalise_label.of(body))
    )


def _with_guests(attendees: list[Person], guests: list[Person]) -> list[Person]:
    """Everyone who attended a meeting held: the attendees, then the guests no attendance list
    names (``Desuden deltog:``, ``Fra forvaltningen:``, ``Gæst under punkt 3:``). A guest is in
    both lists, as the reader of the minutes counts them; an agenda's attendees are the members
    it invites, without the guests it expects."""
    listed = {_fold(p.name): k for k, p in enumerate(attendees)}
    out = list(attendees)
    for g in guests:
        k = listed.get(_fold(g.name))
        if k is None:
            out.append(g)
            continue
        # "| Jakob Ravn (Ekstern) | ..." and "Jakob Ravn, LogiQ Consult, deltog som gæst": the
        # details only the guest's line gives
        out[k] = _with_details(out[k], g)
    return out


_PRESENT_LISTS: Final = (FieldKind.ATTENDEES, FieldKind.MEMBERS, FieldKind.GUESTS)
_COUNT_AFTER: Final = re.compile(r"\s*\(\d+\)$")


_BODY_AFTER_ORGANISATION: Final = re.compile(
    r"(?:\s+\W)?\s*(?:[–—|-]\s*)?\b(?:[a-zæøå]*bestyrelsen|udvalget|styregruppen)$", re.IGNORECASE
)


# "TIF – Tønnesby Idrætsforening", "Hørby Gymnastik- og Idrætsforening (HGIF)": the name's
# abbreviation beside it
_ABBREVIATION_BESIDE: Final = re.compile(
    r"^[A-ZÆØÅ]{2,5}\s+[–—-]\s+(?=[A-ZÆØÅ][a-zæøå])|\s+\([A-ZÆØÅ]{2,6}\)$"
)


_SPACE_BEFORE_COMMA: Final = re.compile(r" +,")


def _bare_organisation(organisation: str | None) -> str | None:
    """The organisation without its body written after it ("Kulturhus Remisen – Bestyrelsen",
    "Engtoftskolen – skolebestyrelsen", "Rødkilde Badmintonklub 🏸 – Bestyrelsen"), without the
    pictures after it ("Hjortshøj Boldklub ✅") and without
    a stamp before it on the letterhead ("FORTROLIGT   Nordvang Maskinfabrik A/S") or its
    abbreviation beside it ("TIF – Tønnesby Idrætsforening", "... Idrætsforening (HGIF)"), and
    without the spaces typed before a comma."""
    if organisation is None:
        return None
    organisation = without_pictures_after(organisation)  # "Hjortshøj Boldklub ✅"
    if " ," in organisation:  # hand-typed "Boligforeningen Fjordhjem , afd. 34"
        organisation = _SPACE_BEFORE_COMMA.sub(",", organisation)
    stamp = STAMP.match(organisation)
    if stamp is not None:
        organisation = organisation[stamp.end() :] or organisation  # "FORTROLIGT   Nordvang A/S"
    short = _ABBREVIATION_BESIDE.search(organisation)
    if short is not None:
        name = organisation[: short.start()] + organisation[short.end() :]
        if name[:1] == short.group().strip(" ()–—-")[:1]:  # (not "DGI – Sydvest": a part of it)
            organisation = name
    if not organisation.casefold().endswith(("en", "et")):
        return organisation
    cut = _BODY_AFTER_ORGANISATION.search(organisation)
    return organisation[: cut.start()].rstrip(" –—|-") or organisation if cut else organisation


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


def _fold(name: str) -> str:
    """A name as the people lists compare it (case, accents and dots aside); remembered."""
    return _folded.of(name)


def _fold_name(name: str) -> str:
    return " ".join(normalise_label.of(name).replace(".", " ").split())


_folded: Final = memo(_fold_name, 1024)


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
    named, counted as present by ``_officers_present``)."""
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
            and not any(o.span == p.span and _fold(o.name) == _fold(p.name) for o in officers)
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
    present_names = {_fold(p.name) for p in named if p.present is not False}
    first_names = {_fold(p.name).split()[0] for p in named if p.name}
    if minute_taker is not None and listed:
        key = _fold(minute_taker.name)
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
        name = _fold(p.name)
        if name not in self.first:
            return None
        org = _organisation_key(p)
        if not org:
            return self.first[name]
        return self.without.get(name) or self.with_org.get((name, org))

    def add(self, p: Person) -> None:
        name = _fold(p.name)
        self.first.setdefault(name, p)
        org = _organisation_key(p)
        if org:
            self.with_org.setdefault((name, org), p)
        else:
            self.without.setdefault(name, p)


def _organisation_key(p: Person) -> str:
    org = p.organisation
    return _fold(org) if org and (org[0].isupper() or org[0].isdigit()) else ""


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
        out[k] = _with_details(out[k], p)
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
    if not found or any(p is None or not _full_person(p.name) for p in found):
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
_SIGNATURE_RULE: Final = anchored(r"^[_.]{5,}\s*$|^_{3,}")


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
        if _SIGNATURE_RULE.match(text) or _dated_signature(text):
            start = k
            continue
        if normalise_label.of(text) in SIGNATURE_HEADINGS or _closes_meeting(text):
            start = k
            continue
        if not _signer_alone(text):
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
    if _SIGNATURE_RULE.match(text):
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
_AFBUD_FRA: Final = re.compile(
    r"\bafbud fra:?\s+(.+?)(?:(?<!\s[A-ZÆØÅ])\.\s+(?=[A-ZÆØÅ][a-zæøå])|\.?\s*$)", re.IGNORECASE
)


_AFTER_SENTENCE: Final = re.compile(r"\s(?<=[.;]\s)\s*")  # (?<=[.;])\s+


def _names_under(lines: tuple[Line, ...], i: int, item_lines: set[int]) -> list[str]:
    """The names written one per line (or as one list) right under a people label of item text
    with no value ("#### Fraværende" over "Pia Winther (F)"), up to a blank line or a label;
    none unless each line is a person."""
    names: list[str] = []
    j = i + 1
    while j in item_lines and lines[j].text and label_of(lines[j]) is None:
        if lines[j].kind is LineKind.HEADING or len(names) > 50:
            return []
        entries = list_entries(lines[j].text.lstrip("-*• "))
        if not all((parts := parse_person(e)) is not None and is_name(parts.name) for e in entries):
            return []
        names += entries
        j += 1
    return names


def _people_in_items(
    out: dict[str, Any], lines: tuple[Line, ...], item_lines: set[int], quoted: set[int]
) -> None:
    """Absence and roles written inside item text ("Fraværende: ...", "Kåre er referent").

    Not in an agenda, and not inside another body's quoted decision (``quoted`` line numbers):
    the absence recorded there is that body's."""
    absent = {_fold(p.name) for p in out["absentees"]}
    present = {_fold(p.name) for p in out["attendees"]}
    agenda = out["document_kind"] in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE)
    absences: list[list[tuple[str, PersonParts, Span]]] = []  # each absence line's people
    for i in sorted(item_lines):
        line = lines[i]
        text = line.text
        if not text:
            continue
        # with the next line when a hard wrap broke the sentence ("... foreslog Erik Holm som" /
        # "dirigent. Han blev valgt.")
        whole, whole_span = _with_wrapped_sentence(lines, i, item_lines)
        low = lowered.of(whole)
        if not contains_any(low, ITEM_PEOPLE_GATE):
            continue
        if not agenda and line.number not in quoted:
            if any(h in low for h in STAND_IN_HINTS):
                _substitutes_in_item(out, whole, whole_span, present)
            if contains_any(low, VOTE_COUNTER_HINTS):
                _vote_counters_in_item(out, whole, whole_span, present)
        if not any(hint in low for hint in PEOPLE_HINTS):
            continue
        elsewhere = agenda or line.number in quoted
        span = span_of(line.number, line.number)
        label = label_of(line)
        names: list[str] = []
        kind = field_kind(label[0]) if label is not None else None
        # "Dirigent: Ole Nørmark blev foreslået og valgt", "Dirigent: X. Referent: Y."
        sentences = NEXT_SENTENCE.split(text)
        labelled = [label] if label is not None else []
        labelled += [(m.group(1), m.group(2)) for t in sentences[1:] if (m := LABELLED.match(t))]
        for label_text, value in labelled:
            role_kind = field_kind(label_text)
            if role_kind not in (FieldKind.CHAIR, FieldKind.MINUTE_TAKER) or not value:
                continue
            key = "chair" if role_kind is FieldKind.CHAIR else "minute_taker"
            name = first_name_in(NEXT_SENTENCE.split(without_proposer(value))[0])
            if out[key] is None and name:
                role = "referent" if key == "minute_taker" else normalise_label.of(label_text)
                out[key] = new.Person(name=name, roles=[role], written=text, span=span)
        if elsewhere:
            names = []
        elif label is not None and kind is FieldKind.ABSENTEES and label[1]:
            # (its first sentence: "Henrik Mose (V), Maja Rosendahl (SF). Stedfortræder: ...")
            names = list_entries(NEXT_SENTENCE.split(label[1])[0])
        elif label is not None and kind is FieldKind.ABSENTEES:
            names = _names_under(lines, i, item_lines)  # "#### Fraværende" over "Pia Winther (F)"
        else:
            m = _AFBUD_FRA.search(text)
            if m:
                names = list_entries(m.group(1))
        found = [(e.strip(), parts) for e in names if (parts := parse_person(e)) is not None]
        if not elsewhere and not names:  # "Thomas Lind havde meldt afbud."
            found = [(text.strip(), parts) for parts in absence_sentence(text.lstrip("- ")) or []]
        if found:
            absences.append([(written, parts, span) for written, parts in found])
        sentences = _AFTER_SENTENCE.split(without_house_number(whole).lstrip("- "))
        if "(" in whole:  # "Mødeleder og referent udpeget (Frederik er både mødeleder og ...)"
            sentences += _PARENTHESISED.findall(whole)
        for sentence in sentences:
            for written_name, role_word in role_sentence(sentence):
                if _post_word(written_name) or _ONE_ITEM.search(sentence):
                    continue  # "Dirigenten førte protokol under punktet": no name, one item
                role = PERSON_ROLES.get(role_word, role_word)
                parts = parse_person(written_name)  # "Advokat Lise Bang": a title first
                name = parts.name if parts is not None else written_name
                title = parts.title if parts is not None else None
                person = new.Person(
                    name=name, title=title, roles=[role], written=sentence.strip(), span=whole_span
                )
                if role in CHAIR_ROLES and out["chair"] is None:
                    out["chair"] = person
                elif role in MINUTE_TAKER_ROLES and out["minute_taker"] is None:
                    out["minute_taker"] = person
    # a listed attendee named in some items' absence lines only (not all) left or came during
    # the meeting ("Fraværende: ..., Karsten Riis (O)" under the items after he left), and one
    # named only under later items left ("Fraværende med afbud: ..., Maja Rosendahl (SF)" under
    # item 5 of 6, with no absence line under item 1)
    named = [{_fold(p.name) for _, p, _ in line} for line in absences]
    everywhere = set.intersection(*named) if named else set()
    # (and one named under a few first items only came later: "Fraværende: Niels Kyed" under
    # items 112 and 113 of 7, a listed member "til stede fra pkt. 114")
    starts = sorted(line[0][2].start_line for line in absences if line)
    covered = [  # per item: whether an absence line is in it (a search in the sorted starts)
        (k := bisect_left(starts, it.span.start_line)) < len(starts)
        and starts[k] <= it.span.end_line
        for it in out["agenda"]
    ]
    if covered and (not covered[0] or 2 * sum(covered) < len(covered) or _came_later(covered)):
        everywhere = set()
    for line_people in absences:
        for written, parts, span in line_people:
            key = _fold(parts.name)
            if key in absent or (key in present and key not in everywhere):
                continue
            if _LEFT_OR_CAME.search(written):  # "..., der forlod mødet kl. 16.50": there before
                continue
            absent.add(key)
            out["absentees"].append(_person_from(parts, written, span))


_LEFT_OR_CAME: Final = re.compile(LEFT_OR_CAME)
_LATE_TAIL: Final = 2


def _came_later(covered: list[bool]) -> bool:
    """Absence lines under the first items and none under the last ``_LATE_TAIL`` or more
    ("Fraværende: Mette Rosenkvist (A)" under items 43-45 of 43-48): she came later."""
    last = max((k for k, c in enumerate(covered) if c), default=-1)
    return len(covered) - 1 - last >= _LATE_TAIL


_PARENTHESISED: Final = re.compile(r"\(([^()]{3,200})\)")
_TITLES_IN_ITEMS_LIMIT: Final = 200
_ONE_ITEM: Final = re.compile(
    r"\bunder (?:dette |det )?(?:punkt(?:et)?|pkt\.?)(?!\w)", re.IGNORECASE
)


def _post_word(written: str) -> bool:
    """A post in its definite form ("Dirigenten", "Sekretæren", "Formanden"): no name."""
    low = written.strip().casefold()
    if " " in low or not low.endswith("en"):
        return False
    stem = low[:-2]  # "dirigent", "sekretær", "formand"
    return low in CHAIR_BY_POST or stem in PERSON_ROLES or stem in TITLE_WORDS


_DETAILS: Final = ("title", "organisation", "party")


def _first_title(person: Person) -> Person:
    """A person's first title of several ("Kommunaldirektør, formand", "Formand,
    forældrerepræsentant", "Skoleleder, sekretær for bestyrelsen"): the title; a chair's post
    after it ("formand") is a role, and the whole stays in ``written``. A post of the body
    itself ("sekretær for rådet", "formand for udvalget") is the post."""
    title = person.title
    if title is not None and title.count(" ") == 2:
        post, word, body = title.split()
        if word in ("for", "i") and body.casefold() in BOARD_GROUP_WORDS and known_title(post):
            return new.updated(person, {"title": post})  # "sekretær for rådet": this body's
    if title is None or ", " not in title:
        return person
    first, *rest = (t.strip() for t in title.split(","))
    if first.endswith(".") or not known_title(first):
        return person  # "Dr., senior researcher"; "TR, overlæger"
    roles = list(person.roles)
    lead = chair_title(first)
    job = next((p for p in rest if known_title(p) and chair_title(p) is None), None)
    if lead is not None and job is not None:  # "formand, adm. direktør": the chair's post
        if lead not in roles:  # a role, her job the title
            roles.append(lead)
        first = job
    for post in rest:
        role = chair_title(post)
        if role is not None and role not in roles:
            roles.append(role)
    return new.updated(person, {"title": first, "roles": roles})


def _first_titles(out: dict[str, Any]) -> None:
    """Each person's first title (``_first_title``): the hand-written facts of new documents
    name one title per person, the first one written."""
    for key in ("attendees", "absentees", "guests"):
        out[key] = [_first_title(p) for p in out[key]]
    for key in ("chair", "minute_taker"):
        if out[key] is not None:
            out[key] = _first_title(out[key])


def _shared_details(out: dict[str, Any]) -> None:
    """The chair or minute-taker named on a label of their own ("Chair: Prof. Henrik Lykke
    Nørgaard (DTU)") and the same person in the attendance list ("Henrik Lykke Nørgaard (DTU
    Construct)") are one person: each record gets the details only the other gives, and both
    the role of the meeting ("mødeleder", or the chair's own "ordstyrer" / "dirigent";
    "referent")."""
    for key in ("chair", "minute_taker"):
        named: Person | None = out[key]
        if named is None:
            continue
        if key == "chair":
            meeting_roles = [r for r in named.roles if r in CHAIR_ROLES] or ["mødeleder"]
        else:
            meeting_roles = ["referent"]
        if any(r not in named.roles for r in meeting_roles):
            out[key] = named = new.updated(
                named,
                {"roles": [*named.roles, *(r for r in meeting_roles if r not in named.roles)]},
            )
        folded = _fold(named.name)
        for group in ("attendees", "guests"):
            people: list[Person] = out[group]
            for k, person in enumerate(people):
                if _fold(person.name) != folded:
                    continue
                to_listed = _details_given(named, person)
                to_named = _details_given(person, named)
                missing = [r for r in meeting_roles if r not in person.roles]
                if missing:
                    to_listed["roles"] = [*person.roles, *missing]
                if to_listed:
                    people[k] = new.updated(person, to_listed)
                if to_named:
                    out[key] = named = new.updated(named, to_named)
                break


def _details_given(source: Person, target: Person) -> dict[str, Any]:
    """The details (``_DETAILS``) ``source`` has that ``target`` lacks or names in short."""
    return {d: getattr(source, d) for d in _DETAILS if _gives(source, target, d)}


def _with_details(target: Person, source: Person) -> Person:
    """``target`` with the details only ``source``, another entry of the same person, gives."""
    given = _details_given(source, target)
    return new.updated(target, given) if given else target


def _gives(source: Person, target: Person, detail: str) -> bool:
    """``source`` has the ``detail`` that ``target`` lacks, or the organisation ``target``
    names in short ("Kragsø Kommune" for "Kragsø", "SDS-sekretariatet" for "sekretariatet")."""
    theirs, mine = getattr(source, detail), getattr(target, detail)
    if theirs is None or mine is None:
        return mine is None and theirs is not None
    return detail == "organisation" and (
        theirs.startswith(mine + " ") or theirs.endswith("-" + mine)
    )


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


def _with_member_details(absentees: list[Person], members: list[Person]) -> list[Person]:
    """ "Afbud: Pernille Thorup" under a list of the body's members that gives her title,
    organisation, party or group ("Ledelsessiden:" over "Direktør Pernille Thorup"): the
    absentee has what the list gives and the absence line does not."""
    listed = {_fold(p.name): p for p in members}
    out: list[Person] = []
    for person in absentees:
        member = listed.get(_fold(person.name))
        changes = {
            key: getattr(member, key)
            for key in ("title", "organisation", "party", "group")
            if member is not None and getattr(person, key) is None and getattr(member, key)
        }
        out.append(new.updated(person, changes) if changes else person)
    return out


_ITEM_GUEST_SENTENCE: Final = re.compile(ITEM_GUEST_SENTENCE)


def _guests_in_items(
    out: dict[str, Any], lines: tuple[Line, ...], item_lines: set[int], quoted: set[int]
) -> None:
    """ "Projektleder Søren Vammen, Teknik og Miljø, deltog under punktet og gennemgik ...":
    someone item text says took part in that item, and no list names, is a guest."""
    known = {_fold(p.name) for p in out["attendees"] + out["guests"] + out["absentees"]}
    for i in sorted(item_lines):
        line = lines[i]
        text = line.text
        if ":" in text and line.number not in quoted and _labelled_guests(out, line, known):
            continue  # "Oplægsholder: Niels Odgaard, driftsleder, Vestjysk Affald I/S"
        if ("deltog" not in text and "deltager" not in text) or line.number in quoted:
            continue
        j = i + 1  # the sentence goes on over a wrapped line: "... Rasmus Gade, Aalborg" over
        while (  # "Universitetshospital."
            j in item_lines and lines[j].text and not text.endswith(".") and len(text) < 400
        ):
            text = f"{text} {lines[j].text}"
            j += 1
        for sentence in NEXT_SENTENCE.split(text):
            m = _ITEM_GUEST_SENTENCE.match(sentence.lstrip("- "))
            if m is None:
                continue
            # "Under punktet deltog Anja Kirk og Bo Lind": each
            who = m.group("who")
            if who is None:
                entries = list_entries(m.group("after"))
            elif " og " in who or " samt " in who:
                entries = list_entries(who)  # "..., Nørre Kærby Skole, og PPR-leder Annika Lau"
            else:
                entries = [who]  # "Afdelingsleder Kirsten Høg, Madservice Odder": one person
            for entry in entries:
                parts = parse_person(entry)
                if parts is None or " " not in parts.name or not _full_person(parts.name):
                    continue  # "Ulla deltog under punktet": a first name, likely someone listed
                if _fold(parts.name) in known:
                    continue
                known.add(_fold(parts.name))
                out["guests"].append(_person_from(parts, sentence.strip(), line_span(line)))


_GUEST_LABEL_MAX: Final = 40  # "Gæst under punktet om budgettet:": the longest guest label


def _labelled_guests(out: dict[str, Any], line: Line, known: set[str]) -> bool:
    """A guest label and its people on a line of item text ("Gæst: Lise Holm, Rambøll",
    "Oplægsholder: Niels Odgaard, driftsleder, Vestjysk Affald I/S"): guests of the meeting
    (full names only; someone listed already stays as listed)."""
    colon = line.text.find(":")
    if not 1 < colon <= _GUEST_LABEL_MAX or field_kind(line.text[:colon]) is not FieldKind.GUESTS:
        return False  # (the label's words before its colon, a cheap test before ``label_of``)
    label = label_of(line)
    if label is None or not label[1] or field_kind(label[0]) is not FieldKind.GUESTS:
        return False
    value = NEXT_SENTENCE.split(label[1])[0]
    one = parse_person(value) if "," in value and one_entry(value) else None
    for parts in [one] if one is not None else map(parse_person, list_entries(value)):
        if parts is None or " " not in parts.name or not _full_person(parts.name):
            continue
        if _fold(parts.name) not in known:
            known.add(_fold(parts.name))
            out["guests"].append(_person_from(parts, line.text.strip(), line_span(line)))
    return True


def _titles_in_items(out: dict[str, Any], lines: tuple[Line, ...], item_lines: set[int]) -> None:
    """ "Kasserer Ole Sandberg gennemgik regnskabet", "Formanden Niels Erik Bach bød velkommen":
    a title written in item text right before the full name of an attendee (or guest) the lists
    give without one is that person's title; a chair title ("formand") is also the person's
    role, so the formand chairs when no one else is named chair."""
    untitled = [
        (key, k, p)
        for key in ("attendees", "guests")
        for k, p in enumerate(out[key])
        if p.title is None and p.name.count(" ") >= 1 and len(p.name) >= 6
    ]
    if not untitled or not item_lines or len(untitled) > _TITLES_IN_ITEMS_LIMIT:
        return  # (a search per person: bounded, so a list of thousands stays linear)
    text = "\n".join(lines[i].text for i in sorted(item_lines))
    for key, k, person in untitled:
        at = text.find(person.name)
        while at >= 0:
            before = text[text.rfind("\n", 0, at) + 1 : at]
            word = before.split()[-1] if before.endswith(" ") and before.strip() else ""
            if word.endswith(",") and text.startswith(", ", at + len(person.name)):
                word = word[:-1]  # "Formanden, Karen Sønderby, bød velkommen": apposition
            titled = word.isalpha() and known_title(word)
            as_post = _AS_POST.match(text, at + len(person.name)) if not titled else None
            if as_post is not None and known_title(post := as_post.group(1)):
                # "... konstitueret sig med Hans Vestergaard som kasserer": his post
                roles = _with_role(person.roles, chair_title(post))
                out[key][k] = new.updated(person, {"title": post, "roles": roles})
                break
            parts = parse_person(f"{word} {person.name}") if titled else None
            if parts is not None and parts.name == person.name and parts.title == word:
                bare = word[:-2] if word.endswith("en") and not chair_title(word) else word
                role = (
                    chair_title(bare) if normalise_label.of(bare) in ITEM_TEXT_CHAIR_WORDS else None
                )
                title = indefinite_title(word) or word  # "Formanden Karsten Vind": formand
                out[key][k] = new.updated(
                    person, {"title": title, "roles": _with_role(person.roles, role)}
                )
                break
            at = text.find(person.name, at + len(person.name))


def _with_role(roles: list[str], role: str | None) -> list[str]:
    """The roles with ``role`` added, when there is one and it is not among them yet."""
    return roles if role is None or role in roles else [*roles, role]


_AS_POST: Final = re.compile(r"\s+som\s+([a-zæøå]{4,})\b")  # "Hans Vestergaard som kasserer"
_SPEAKER_VERB: Final = "|".join(v.replace(" ", r"\s+") for v in SPEAKER_VERBS)
_SPEAKER: Final = re.compile(
    r"(?:^|[.!?:]\s+|^[-*•]\s+)(?:[A-ZÆØÅ][\w-]*[^\Ws]s\s+(?=[a-zæøå]))?"  # "Foreningens formand"
    r"(?:(?P<title>[A-ZÆØÅa-zæøå][\w-]+)\s+)?"
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w.-]*){1,3})"
    # "(V)", "(nr. 17)", "(plads B-17)", "(have 27)", "(Klitvej 17)": his party, house, berth,
    # garden or address
    r"(?:\s+\((?:[A-ZÆØÅ]{1,2}|(?:nr\.|plads|have|parcel)\s?[A-ZÆØÅ]?-?\d{1,4}\w?"
    r"|[A-ZÆØÅ][a-zæøå-]{2,30}\s\d{1,4}[A-Za-z]?)\))?,?\s+"
    rf"(?:{_SPEAKER_VERB})\b"
)
"""A sentence of item text that opens with a title and a full name before what the person did
at the meeting ("Kasserer Anja Mikkelsen gennemgik regnskabet.", "Formanden Rune Østergaard
bød velkommen.", "Borgmester Kim Haugaard (V) orienterede om ..."); the title may follow
whose post it is ("Foreningens formand Inger Thomsen bød velkommen"). The word before the
name may also be no title ("Andelshaver Peter Holm motiverede forslaget") or the first of the
name ("Jørgen Friis motiverede sit forslag"): the full name, opening with a first name, is
the speaker's."""
_SPEAKER_STARTS: Final = re.compile(r"[.!?:]")  # where a match of _SPEAKER can start, but 0


def _speaker_matches(text: str) -> list[re.Match[str]]:
    """``list(_SPEAKER.finditer(text))``, tried only where a match can start (the text's start
    and its marks "." "!" "?" ":"): the pattern opens with "^" or a mark, so the engine would
    try it at every character of a long line."""
    found: list[re.Match[str]] = []
    m = _SPEAKER.match(text)
    end = 0
    if m is not None:
        found.append(m)
        end = m.end()
    for mark in _SPEAKER_STARTS.finditer(text, end):
        at = mark.start()
        if at >= end and (m := _SPEAKER.match(text, at)) is not None:
            found.append(m)
            end = m.end()
    return found


# substrings before _SPEAKER: each verb's first word ("trak" of "trak sit forslag", not the
# common "forslag", which would let most lines of a general assembly through)
_SPEAKER_GATE: Final = tuple(v.split()[0] for v in SPEAKER_VERBS)
_VERB_FIRST_SPEAKER: Final = re.compile(  # (Danish word order after an adverbial)
    # (a title group that never matches: the speaker's reader asks for one)
    r"(?<=[a-zæøå,] )(?:trak|spurgte|præsenterede)\s+(?P<title>(?!))?"
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,2})"
    r"(?=\s*\([^()]{1,30}\)|\s+(?:sit|sine|sig|til|om)\b)"
)
_SPEAKERS_LIMIT: Final = 2_000  # lines with a verb: bounded, so a long text stays linear


def _name_prefixes(folded: Iterable[str]) -> set[str]:
    """The leading first names of folded full names: "poul erik" and "poul" of "poul erik
    sand" (a name written with them alone is that person's, not someone new)."""
    return {" ".join(k.split()[:n]) for k in folded for n in range(1, k.count(" ") + 1)}


def _speakers_in_items(
    out: dict[str, Any],
    lines: tuple[Line, ...],
    item_lines: set[int],
    quoted: set[int],
    heads: set[int],
) -> None:
    """Someone minutes name as speaking or presenting at the meeting, whom no list names: an
    attendee (``_SPEAKER``); not inside another body's quoted decision. Those named with a
    title first, then those named without one (a later sentence may give her title)."""
    known = {_fold(p.name) for key in ("attendees", "guests", "absentees") for p in out[key]}
    if out["minute_taker"] is not None:  # "Referent: Michael Dyhr, driftschef": staff, whom
        known.add(_fold(out["minute_taker"].name))  # the lists read later (a guest)
    prefixes: set[str] | None = None
    untitled: list[Person] = []
    seen = 0
    for i in sorted(item_lines):
        text = lines[i].text
        if not text or lines[i].number in quoted or not contains_any(text, _SPEAKER_GATE):
            continue
        seen += 1
        if seen > _SPEAKERS_LIMIT:
            break
        found = _speaker_matches(text)
        if " trak " in text or " spurgte " in text or " præsenterede " in text:
            found += _VERB_FIRST_SPEAKER.finditer(text)  # "Efter en kort debat trak Erik
        for m in found:  # Schou sit forslag.": the speaker after the verb
            title: str | None = m.group("title")
            name = m.group("name")
            if title is not None and not known_title(title):
                if title[:1].isupper() and starts_with_first_name(f"{title} {name}"):
                    name = f"{title} {name}"  # "Jørgen Friis motiverede ...": no title
                elif not title[:1].isupper() or not starts_with_first_name(name):
                    continue
                title = None  # "Andelshaver Peter Holm motiverede ...": a word, no title
            if title is None and not _untitled_speaker(
                name, lines, i, m.start(), item_lines, heads
            ):
                continue
            folded = _fold(name)
            if folded in known:
                continue
            if prefixes is None:  # the first names of everyone listed ("poul erik"), once
                prefixes = _name_prefixes(known)
            if folded in prefixes:
                continue  # "Kassereren Poul Erik gennemgik ...": Poul Erik Thy of the list
            parts = parse_person(f"{title} {name}" if title else name)
            if parts is None or parts.name != name or not starts_with_first_name(name):
                continue
            person = new.Person(
                name=name,
                title=(indefinite_title(title) or title) if title else None,
                written=text[m.start("title" if title else "name") : m.end("name")],
                span=span_of(lines[i].number, lines[i].number),
            )
            if title is None:
                untitled.append(person)
                continue
            known.add(folded)
            out["attendees"].append(person)
    for person in untitled:
        if (folded := _fold(person.name)) not in known:
            known.add(folded)
            out["attendees"].append(person)


def _untitled_speaker(
    name: str, lines: tuple[Line, ...], i: int, at: int, item_lines: set[int], heads: set[int]
) -> bool:
    """Whether a name before a speaker's verb with no title before it is a speaker's full name
    ("Jørgen Friis motiverede sit forslag"): its last word is no first name ("Poul Erik
    fortalte" names someone by his first names), and it does not open a line that goes on
    from the line above ("Kassereren" over "Ulla Mørup svarede ...": her title is there)."""
    if name.count(" ") > 3 or name.rsplit(" ", 1)[-1].casefold() in FIRST_NAMES:
        return False
    if (
        at == 0
        and i - 1 in item_lines
        and i - 1 not in heads
        and lines[i - 1].kind is not LineKind.HEADING
    ):
        above = lines[i - 1].text  # (a head over it ends no sentence: "Punkt 3: Eventuelt")
        return not above or above[-1] in ".!?:)"
    return True


def _with_wrapped_sentence(
    lines: tuple[Line, ...], i: int, item_lines: set[int]
) -> tuple[str, Span]:
    """Line ``i``'s text, with the next line when a hard wrap broke a sentence between them ("...
    Som stemmetællere" over "valgtes Inger Post og Bjarne Ejlers.", or a name after its first
    name), and its span."""
    line = lines[i]
    text = line.text
    nxt = lines[i + 1] if i + 1 < len(lines) and i + 1 in item_lines else None
    if (
        nxt is not None
        and text[-1:].isalpha()
        and nxt.kind is LineKind.TEXT
        and (
            nxt.text[:1].islower()  # ("... Som stemmetællere valgtes Asger" over "Bloch og
            or (nxt.text[:1].isupper() and starts_with_first_name(text.rpartition(" ")[2]))
        )  # Pernille Ravn.": a name broken after its first name)
        and not (nxt.bullet or nxt.list_number is not None)
    ):
        return f"{text} {nxt.text}", span_of(line.number, nxt.number)
    return text, span_of(line.number, line.number)


def _attendance_in_items(
    out: dict[str, Any], lines: tuple[Line, ...], item_lines: set[int], quoted: set[int]
) -> bool:
    """An attendance list written in the first item's text (``item_lines``: "## 1. Velkomst og
    fremmøde" over "Til stede: Per Hald (formand), Maria Skov"), when the document lists its
    attendees nowhere else: the meeting's attendees (a later item's "Deltagere:" is about
    something else: a working group, an event). Only a plain attendance label (``Til
    stede``, ``Deltagere``, ``Fremmødte``; not "Deltagere i arbejdsgruppen"), its names on its
    line or one per line right under it. True when some were added."""
    present = {_fold(p.name) for p in out["attendees"]}
    before = len(out["attendees"])
    for i in sorted(item_lines):
        line = lines[i]
        if not line.text or line.number in quoted or len(line.text) > 400:
            continue
        label = label_of(line)
        if label is None or normalise_label.of(label[0]) not in PRESENCE_LABELS:
            continue
        value = NEXT_SENTENCE.split(label[1])[0]  # "... og Ulrik Winge. Afbud: Nanna Hjort."
        entries = [(e, line) for e in list_entries(value)] if value else []
        j = i + 1
        while not label[1] and j in item_lines and lines[j].blank:
            j += 1  # "**Deltagere**", a blank line, then the names
        while not label[1] and j in item_lines and lines[j].text and label_of(lines[j]) is None:
            entries.append((lines[j].text, lines[j]))  # "Til stede:" over a name per line
            j += 1
        for written, at in entries:
            parts = parse_person(written)
            if parts is not None and _full_person(parts.name):
                _add_attendee(out, present, parts, written, span_of(at.number, at.number))
    return len(out["attendees"]) > before


_LISTED_BY_ROLE: Final = frozenset(
    {VOTE_COUNTER_ROLE, *CHAIR_ROLES, *MINUTE_TAKER_ROLES, *STAND_IN_ROLES}
)


def _signers_present(out: dict[str, Any], lines: tuple[Line, ...], after: int) -> None:
    """A signature page as the only record of who attended ("Underskrifter:" or a rule of
    underscores after the last item, then a name under each rule): the members who sign the
    protocol were at the meeting. Only when no list names two attendees or more (those named
    for one role, a substitute, the chair, the minute-taker, count for none); not the
    absentees; two signers or more, every line of the page a rule, a name, or a name with its
    post ("Inge Lise Abildgaard, borgmester")."""
    if sum(1 for p in out["attendees"] if not _LISTED_BY_ROLE.intersection(p.roles)) >= 2:
        return
    start = next(
        (
            i
            for i in range(after, len(lines))
            if (lines[i].text and normalise_label.of(lines[i].text) in SIGNATURE_HEADINGS)
            or _SIGNATURE_RULE.match(lines[i].text or lines[i].raw.strip())
        ),
        None,
    )
    if start is None:
        return
    found: list[tuple[PersonParts, Line]] = []
    for line in lines[start + 1 :]:
        text = line.text or line.raw.strip()
        if not text or _SIGNATURE_RULE.match(text) or _dated_signature(text):
            continue
        cells = layout_columns(line.raw) if "   " in line.raw.strip() else [text]
        for cell in cells:  # ("Jens Peder Hvam, formand        Marianne Østergaard, ...")
            parts = _signer_alone(cell)
            if parts is None:
                return  # prose or a place and date: no page of signatures only
            found.append((parts, line))
    if len(found) < 2:
        return
    away = {_fold(p.name) for p in out["absentees"]}
    present = {_fold(p.name) for p in out["attendees"]} | away
    for parts, line in found:
        _add_attendee(out, present, parts, line.text, span_of(line.number, line.number))


_SIGNER_DETAILS: Final = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s*[\w.-]+(?:\s+[\w.-]+){0,2})?")


def _signer_alone(text: str) -> PersonParts | None:
    """A signature's line: a full name alone, or with her party or post ("Inge Lise Abildgaard,
    borgmester", "Per Dyhr (Ø)"); None for a sentence that opens with a name ("Karen Møller
    sagde ...")."""
    parts = parse_person(text) if len(text) <= 60 else None
    if parts is None or not text.startswith(parts.name):
        return None
    if not _SIGNER_DETAILS.fullmatch(text, len(parts.name)):
        return None
    return parts if is_name(parts.name, allow_single=False) else None


def _dated_signature(text: str) -> bool:
    """ "Hvidø, den 27. februar 2025", "Dato: 3/3-2025": a signature's place and date."""
    return len(text) <= 60 and bool(find_dates(text))


def _full_person(name: str) -> bool:
    """A full name ("Maria Skov") or a known first name ("Susse"), not prose read as one."""
    return is_name(name, allow_single=False) or starts_with_first_name(name)


_FOR_ONE_ITEM: Final = re.compile(FOR_ONE_ITEM, re.IGNORECASE)


def _substitutes_in_item(out: dict[str, Any], text: str, span: Span, present: set[str]) -> None:
    """A substitute named in item text ("Stedfortræder Pia Holt deltog i stedet for Mogens
    Dahl.", "Ole Bak deltog som suppleant for Eva Lind."): she attended the meeting, as under
    the people labels; not when the sentence is about one item ("... under behandlingen af
    punktet"). ``present``: the folded names of the attendees so far (grows)."""
    for sentence in NEXT_SENTENCE.split(text.lstrip("- ")):
        if _FOR_ONE_ITEM.search(sentence):
            continue
        # "Fraværende: Rikke Damgaard (Ø) - Frederik Aas (Ø) mødte som stedfortræder.": the
        # substitute after the dash
        found = substitutes_in(sentence.strip())
        if not found and " - " in sentence:
            found = [f for p in sentence.split(" - ")[1:] for f in substitute_alone(p.strip())]
        for written, parts in found:
            if _fold(parts.name) in present:  # listed: she came as a substitute
                _with_roles(out, parts.name, parts.roles)
            _add_attendee(out, present, parts, written, span)


def _with_roles(out: dict[str, Any], name: str, roles: list[str]) -> None:
    """The listed attendee ``name`` with ``roles`` added ("Frank Sejer (V) deltog som
    stedfortræder for ..." under a list that names him)."""
    key = _fold(name)
    out["attendees"] = [
        new.updated(p, {"roles": [*p.roles, *(r for r in roles if r not in p.roles)]})
        if _fold(p.name) == key and any(r not in p.roles for r in roles)
        else p
        for p in out["attendees"]
    ]


_VOTE_COUNTERS: Final = re.compile(VOTE_COUNTERS, re.IGNORECASE)
_COUNTERS_CLAUSE: Final = re.compile(r",?\s+og\s+(?=som\s+stemme)", re.IGNORECASE)


def _vote_counters_in_item(out: dict[str, Any], text: str, span: Span, present: set[str]) -> None:
    """The vote counters a general assembly chose ("Stemmetællere: Ole Bak og Tina Friis", "Som
    stemmetællere valgtes Karin Holm og Jørgen Lauridsen."): attendees with the role
    stemmetæller."""
    clauses = (
        clause
        for sentence in NEXT_SENTENCE.split(text.lstrip("- "))
        # "Som referent valgtes Signe Munk, og som stemmetællere Ulla Vejlgaard og Mikkel Brandt."
        for clause in _COUNTERS_CLAUSE.split(sentence.strip())
    )
    for clause in clauses:
        m = _VOTE_COUNTERS.match(clause)
        if m is None:
            continue
        names = m.group("names") if m.group("names") is not None else m.group("before")
        for written in list_entries(names.strip().rstrip(".")):
            parts = parse_person(written)
            if parts is None or not (is_name(parts.name) or first_name_in(parts.name)):
                continue
            if VOTE_COUNTER_ROLE not in parts.roles:
                parts.roles = [*parts.roles, VOTE_COUNTER_ROLE]
            _add_attendee(out, present, parts, written, span)


def _officers_present(out: dict[str, Any]) -> list[Person]:
    """The chair and the minute-taker minutes name (``Mødeleder:``, ``Referent:``, a general
    assembly's dirigent elected under the first item or signing at the end) and no list does:
    they led the meeting and wrote its minutes, so they attended it. Outside a general assembly
    only a full name counts ("Referent: Lise" may be a listed Lise Holm)."""
    chair: Person | None = out["chair"]
    assembly = chair is not None and ASSEMBLY_CHAIR_ROLE in chair.roles
    added: list[Person] = []
    for person in (chair, out["minute_taker"]):
        if person is None or (not assembly and " " not in person.name):
            continue  # (elsewhere a full name: not "Lise", nor initials, of someone listed)
        key = _fold(person.name)
        listed = {_fold(p.name) for p in out["attendees"] + out["guests"] + out["absentees"]}
        if key not in listed and key not in _name_prefixes(listed):
            out["attendees"].append(person)  # (not "Poul Erik" of a listed Poul Erik Sand)
            added.append(person)
            if (person is out["minute_taker"] and _staff(person)) or (
                person.organisation is not None
                and person.organisation != out.get("organisation")
                and is_organisation.of(person.organisation)
            ):  # "Referent: HR-konsulent Kirsten Holmgaard", "Dirigent: advokat Henrik
                out["guests"].append(person)  # Stæhr-Olsen, Advokatfirmaet Stæhr & Friis"
    return added


def _staff(person: Person) -> bool:
    """A person the minutes call staff by her title or unit ("HR-konsulent", "økonomichef",
    ", sekretariatet")."""
    title = (person.title or "").casefold()
    unit = (person.organisation or "").casefold()
    return (bool(title) and title.endswith(STAFF_TITLE_ENDINGS)) or unit in STAFF_UNITS


def _add_attendee(
    out: dict[str, Any], present: set[str], parts: PersonParts, written: str, span: Span
) -> None:
    """One more attendee read from item text, unless already listed (``present``: folded
    names, grows)."""
    if _fold(parts.name) in present:
        return
    present.add(_fold(parts.name))
    out["attendees"].append(_person_from(parts, written.strip(), span))


def _person_from(
    parts: PersonParts, written: str, span: Span, roles: list[str] | None = None
) -> Person:
    """The ``Person`` of a name's parts as written on the line of ``span``."""
    return new.Person(
        name=parts.name,
        title=parts.title,
        organisation=parts.organisation,
        party=parts.party,
        roles=parts.roles if roles is None else roles,
        written=written,
        span=span,
    )


_INITIALS_VALUE: Final = anchored(
    r"^/?\s*([A-ZÆØÅ]{2,5})\.?(?:\s*[/,]\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?$"
)
"""A chair's or minute-taker's value that is initials ("KBJ", "Ref. DF / 29.01.2025": with the
date of the signature; "Ref. /LV": after a slash)."""


def _roles_by_initials(out: dict[str, Any], *, minutes: bool) -> None:
    """ "Mødeleder: AH", "Referent: KBJ": initials that one attendee (or guest) has, by an
    Initialer column or by the first letters of the name, make that person chair or minute-taker.
    Initials that no one listed has are the person as written (in ``minutes``, one who
    attended); initials several people have are not guessed."""
    for field in out["fields"]:
        kind = field_kind(field.label)
        key = (
            "chair"
            if kind is FieldKind.CHAIR
            else ("minute_taker" if kind is FieldKind.MINUTE_TAKER else None)
        )
        m = _INITIALS_VALUE.match(field.value.strip())
        if key is None or m is None or out[key] is not None:
            continue
        matches = [p for p in out["attendees"] + out["guests"] if m.group(1) in _initials_of(p)]
        names = {_fold(p.name) for p in matches}
        role = "referent" if key == "minute_taker" else normalise_label.of(field.label)
        role = PERSON_ROLES.get(role, role)
        if not names and not any(m.group(1) in _initials_of(p) for p in out["absentees"]):
            initials = m.group(1)  # "Ref.: KBJ" and no list spells her name: KBJ
            out[key] = new.Person(
                name=initials,
                initials=initials,
                roles=[role],
                written=field.value.strip(),
                span=field.span,
            )
            if minutes:
                out["attendees"].append(out[key])
            continue
        if len(names) != 1:
            continue  # several: not guessed
        person = matches[0]
        out[key] = new.updated(
            person,
            {
                "roles": [*person.roles, *([role] if role not in person.roles else [])],
                "written": field.value.strip(),
                "span": field.span,
            },
        )


_FIRST_AND_INITIAL: Final = re.compile(r"([A-ZÆØÅ][a-zæøå]+)\s+([A-ZÆØÅ])\.?")
"""A first name and a surname's initial ("Emma B.")."""


def _roles_by_first_name(out: dict[str, Any]) -> None:
    """ "Referent: Jette" over a list with Jette Bisgaard: a chair or minute-taker named by a
    first name (or a nickname: "Ordstyrer: Heino" over 'Henrik "Heino" Nielsen') that one
    attendee (or guest) alone has is that person."""
    for key in ("chair", "minute_taker"):
        named: Person | None = out[key]
        if named is None or not named.name[:1].isupper():
            continue
        first = _fold(named.name)
        initial = _FIRST_AND_INITIAL.fullmatch(named.name)  # "Ref.: Emma B."
        if initial is not None:
            first = _fold(initial.group(1))
        elif " " in first and not all(starts_with_first_name(w) for w in named.name.split()):
            continue  # "Poul Erik" (two first names) like "Jette"; not a full name
        nickname = f'"{named.name}"'  # 'Ordstyrer: Heino' over 'Henrik "Heino" Nielsen'
        matches = [
            p
            for p in out["attendees"] + out["guests"]
            if " " in p.name
            and p.name != named.name  # (not "Emma B." herself, already listed)
            and (_fold(p.name).startswith(first + " ") or nickname in p.written)
            and (  # "Emma B.": Emma Bjerregaard, not Emma Holm
                initial is None or any(w[:1] == initial.group(2) for w in p.name.split()[1:])
            )
        ]
        if len({_fold(p.name) for p in matches}) != 1:
            continue
        person = matches[0]
        roles = [*person.roles, *(r for r in named.roles if r not in person.roles)]
        out[key] = new.updated(
            person, {"roles": roles, "written": named.written, "span": named.span}
        )
        for listed in ("attendees", "guests"):  # "Ref.: Emma B." listed as herself: she is
            out[listed] = [  # Emma Bjerregaard, listed already
                p for p in out[listed] if not (p.name == named.name and p.span == named.span)
            ]


_KEY_ENTRY: Final = re.compile(  # "KH = Karina Holm", "DvM = Dirk van Meeteren", "THo = ..."
    r"(?<![\w])([A-ZÆØÅ](?:[a-zæøå]?[A-ZÆØÅ]){1,3}[a-zæøå]?)\s*=\s*(?=[A-ZÆØÅ])"
)
# "HB  Henrik Bruun, forælderrepr., formand": a key's line, the initials and the name apart
_KEY_LINE: Final = re.compile(r"^([A-ZÆØÅ]{2,4})\s+([A-ZÆØÅ][a-zæøå].*)$")


_MAIL_SENDER: Final = anchored(r"^(?:fra|from):\s+([^@<>]{3,60}?)\s+<?[\w.+-]+@[\w.-]+>?$", re.I)


_SURNAME_FIRST: Final = re.compile(r"([A-ZÆØÅ][\w-]+),\s+([A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?)")
_SELF_WRAPPED: Final = re.compile(
    rf"^(?:og|samt)\s+(?:{'|'.join(sorted(SELF_REFERENCES))})\b", re.IGNORECASE
)


def _writer_named(out: dict[str, Any], header_lines: list[Line]) -> None:
    """ "Til stede var: Inger Lauridsen, Svend Aage Holm og mig selv." in minutes sent by
    e-mail ("Fra: Karen Mølgaard <karen@...>"): the writer is the sender, an attendee and,
    when no one else is named, the minute-taker."""
    fields: list[HeaderField] = out["fields"]
    listed = [f for f in fields if f.value and field_kind(f.label) is FieldKind.ATTENDEES]
    # "Fra forvaltningen deltog teknisk direktør X og undertegnede.": she came as staff
    with_staff = any(
        field_kind(f.label) is FieldKind.GUESTS and _names_self(f.value) for f in fields if f.value
    )
    if (
        not with_staff
        and not any(_names_self(f.value) for f in listed)
        and not (listed and any(_SELF_WRAPPED.match(ln.text) for ln in header_lines))
    ):  # ("Vi var: Jens, Marianne, Poul" over "og mig selv. Lotte havde meldt afbud.")
        return
    sender = next(
        (m for ln in header_lines[:12] if (m := _MAIL_SENDER.match(ln.text)) is not None), None
    )
    if sender is None:
        return
    written = sender.group(1).strip("\"' ")
    if (turned := _SURNAME_FIRST.fullmatch(written)) is not None and starts_with_first_name(
        turned.group(2)
    ):  # "Fra: Kragh, Susanne <sukr@...>" (Outlook's "Surname, First names")
        written = f"{turned.group(2)} {turned.group(1)}"
    parts = parse_person(written)
    if parts is None or not _full_person(parts.name):
        return
    known = {_fold(p.name) for p in out["attendees"]}
    if _fold(parts.name) in known:
        return
    line = next(ln for ln in header_lines if _MAIL_SENDER.match(ln.text) is not None)
    person = _person_from(parts, line.text, line_span(line), ["referent"])
    out["attendees"].append(person)
    if with_staff:
        out["guests"].append(person)  # the writer came with the administration's staff
    if out["minute_taker"] is None:
        out["minute_taker"] = person


def _names_self(value: str) -> bool:
    """A people field's value naming its writer ("... og undertegnede", "mig selv")."""
    low = value.casefold()
    return any(w in low for w in SELF_REFERENCES)


def _sender_sent_minutes(out: dict[str, Any], header_lines: list[Line]) -> None:
    """An e-mail whose sender sends the minutes in her own words ("Her kommer referatet fra
    mandagens møde ...") and is among those present: she wrote them, the minute-taker."""
    sender: re.Match[str] | None = None  # (the nearest sender above: a forwarded mail's own)
    for ln in header_lines[:40]:
        if ln.text[:4] in ("Fra:", "From"):
            sender = _MAIL_SENDER.match(ln.text) or sender
        elif ln.text[:1] == "H" and MINUTES_SENT.match(casefolded.of(ln.text)):
            break
    else:
        return
    parts = parse_person(sender.group(1).strip("\"' ")) if sender is not None else None
    if parts is None or not _full_person(parts.name):
        return
    for k, person in enumerate(out["attendees"]):
        if _fold(person.name) == _fold(parts.name):
            taker = new.updated(person, {"roles": _with_role(person.roles, "referent")})
            out["attendees"][k] = taker
            out["minute_taker"] = taker
            return


def _initials_key(lines: list[Line]) -> dict[str, PersonParts]:
    """A key of initials in the header ("(KH = Karina Holm, formand · BL = Bo Lykke)", or "- KH
    = Karina Holm" per line): the person each stands for, when the name starts with the same
    letter."""
    key: dict[str, PersonParts] = {}
    for line in lines:
        text = line.text
        if "=" not in text:
            continue
        starts = list(_KEY_ENTRY.finditer(text))
        if not starts or (len(starts) == 1 and starts[0].start() > 2):
            continue
        ends = [m.start() for m in starts[1:]] + [len(text)]
        for m, end in zip(starts, ends, strict=True):
            parts = parse_person(_balanced(text[m.end() : end].strip(" ·;,")))
            if (
                parts is not None
                and parts.name[:1] == m.group(1)[:1]
                and is_name(parts.name, allow_single=False)
            ):
                key[m.group(1)] = parts
    if not key:  # a key's lines without "=": the initials must be the name's own
        for line in lines:
            row = _KEY_LINE.match(line.text) if line.text[:2].isupper() else None
            named = parse_person(row.group(2)) if row is not None else None
            if row is not None and named is not None and own_initials(row.group(1), named.name):
                key[row.group(1)] = named
        if len(key) < 2:
            return {}
    return key


def _balanced(piece: str) -> str:
    """An entry of a key without a bracket around it ("(KH = Karina Holm)": "Karina Holm"),
    keeping its own ("Martin Kragh (CEO)")."""
    while piece[-1:] == ")" and piece.count(")") > piece.count("("):
        piece = piece[:-1].rstrip(" ·;,")
    while piece[:1] == "(" and piece.count("(") > piece.count(")"):
        piece = piece[1:].lstrip()
    return piece


def _named_by_key(out: dict[str, Any], header_lines: list[Line], lines: tuple[Line, ...]) -> None:
    """ "Tilstede: KH, BL, MN" over a key of the initials ("KH = Karina Holm, formand"), or the
    key at the end of the minutes: each person written as initials is the person the key
    names, with the key's details."""
    people = [*out["attendees"], *out["absentees"], *out["guests"], out["chair"]]
    if not any(
        p is not None and p.name.isupper() and _INITIALS_VALUE.match(p.name) for p in people
    ):
        return
    key = _initials_key(header_lines)
    if not key:  # "AH = Anne Holm, formand" under the last item
        last = header_lines[-1].number if header_lines else 0
        key = _initials_key([ln for ln in lines if ln.number > last])
    if not key:
        return

    def named(person: Person) -> Person:
        parts = key.get(person.name)  # the key's own initials: "AH", "DvM"
        if parts is None:
            return person
        changes: dict[str, Any] = {"name": parts.name, "initials": person.name}
        for detail in ("title", "organisation", "party"):
            if getattr(person, detail) is None and getattr(parts, detail) is not None:
                changes[detail] = getattr(parts, detail)
        roles = [r for r in parts.roles if r not in person.roles]
        if roles:
            changes["roles"] = [*person.roles, *roles]
        return new.updated(person, changes)

    for group in ("attendees", "absentees", "guests"):
        out[group] = [named(p) for p in out[group]]
    for role in ("chair", "minute_taker"):
        if out[role] is not None:
            out[role] = named(out[role])


def _named_by_initials(out: dict[str, Any]) -> None:
    """ "Deltagere: JHA, MKL" beside a key of names ("| JHA | Jens Hald | Aarhus Kommune |"): an
    attendee written as initials alone is the one other attendee or guest with those initials,
    listed once (in the place of the initials, with the key's name and organisation)."""
    attendees: list[Person] = out["attendees"]
    if not any(p.initials is not None and p.name == p.initials for p in attendees):
        return
    named = [p for p in attendees + out["guests"] if p.name != p.initials]
    taken: set[int] = set()  # ids of the named entries that took an attendee's place
    found: list[Person] = []
    for person in attendees:
        if person.initials is None or person.name != person.initials:
            found.append(person)
            continue
        matches = [p for p in named if person.name in _initials_of(p)]
        if len({_fold(p.name) for p in matches}) != 1 or id(matches[0]) in taken:
            found.append(person)
            continue
        taken.add(id(matches[0]))
        found.append(matches[0])
    if taken:
        out["attendees"] = _without_later(found, taken)
        out["guests"] = [p for p in out["guests"] if id(p) not in taken]


def _without_later(people: list[Person], taken: set[int]) -> list[Person]:
    """``people`` with each entry in ``taken`` kept only at its first place."""
    seen: set[int] = set()
    kept: list[Person] = []
    for p in people:
        if id(p) in taken:
            if id(p) in seen:
                continue
            seen.add(id(p))
        kept.append(p)
    return kept


def _absent_by_initials(out: dict[str, Any]) -> None:
    """ "Afbud: BS" under a list with Birgitte Sand (BS): the absentee written by initials is
    that attendee, who was not there (she leaves the attendees)."""
    absent: list[Person] = out["absentees"]
    if not any(p.initials is not None and p.name == p.initials for p in absent):
        return
    kept: list[Person] = []
    for person in absent:
        if person.initials is None or person.name != person.initials:
            kept.append(person)
            continue
        if any(p is not person and person.name in _initials_of(p) for p in absent):
            continue  # already absent by name (an unticked "- [ ] Søren Bak (SB)")
        matches = [p for p in out["attendees"] if person.name in _initials_of(p)]
        if len({_fold(p.name) for p in matches}) != 1:
            kept.append(person)
            continue
        found = matches[0]
        kept.append(new.updated(found, {"written": person.written, "span": person.span}))
        out["attendees"] = [p for p in out["attendees"] if _fold(p.name) != _fold(found.name)]
    out["absentees"] = kept


def _absent_by_first_name(out: dict[str, Any], *, minutes: bool) -> None:
    """ "Jannik har meldt afbud." under a list with Jannik Bech: the absentee named by a first
    name that one listed person alone has is that person. In minutes he leaves the attendees;
    an agenda's list of the invited keeps him (as for an absentee named in full)."""
    absent: list[Person] = out["absentees"]
    if not any(" " not in p.name and p.name[:1].isupper() for p in absent):
        return
    kept: list[Person] = []
    for person in absent:
        if " " in person.name or not person.name[:1].isupper():
            kept.append(person)
            continue
        first = _fold(person.name)
        matches = [p for p in out["attendees"] if _fold(p.name.split()[0]) == first]
        if not matches:  # "Mads har meldt afbud." with "- [ ] Mads Ebbesen" absent already
            named = {
                _fold(p.name) for p in absent if " " in p.name and _fold(p.name.split()[0]) == first
            }
            if len(named) == 1:
                continue
        if len({_fold(p.name) for p in matches}) != 1 or " " not in matches[0].name:
            kept.append(person)
            continue
        found = matches[0]
        if any(_fold(p.name) == _fold(found.name) for p in absent):
            continue  # already absent by the full name
        kept.append(new.updated(found, {"written": person.written, "span": person.span}))
        if minutes:
            out["attendees"] = [p for p in out["attendees"] if _fold(p.name) != _fold(found.name)]
    out["absentees"] = kept


def _present_by_first_name(out: dict[str, Any]) -> None:
    """ "Til stede i beboerhuset: Lone, Per, Susanne, Jamal." under "Deltagere: Lone Kjær (...);
    Per Madsen (...); ...": an attendee named by a first name that one other attendee alone has
    is that attendee, listed once (by the full name)."""
    attendees: list[Person] = out["attendees"]
    if not any(" " not in p.name and p.name[:1].isupper() for p in attendees):
        return
    full: dict[str, set[str]] = {}
    for p in attendees:
        if " " in p.name:
            full.setdefault(_fold(p.name.split()[0]), set()).add(_fold(p.name))
    kept = [
        p
        for p in attendees
        if " " in p.name or not p.name[:1].isupper() or len(full.get(_fold(p.name), ())) != 1
    ]
    if len(kept) != len(attendees):
        out["attendees"] = kept


def _initials_of(person: Person) -> set[str]:
    """The initials a person may go by: as written, or the first letters of the name's words
    (first and last name only, too: "Anne Marie Holm" is AMH and AH)."""
    words = [w for w in person.name.replace("-", " ").split() if w[:1].isupper()]
    found = {"".join(w[0] for w in words).upper()}
    if len(words) > 2:
        found.add((words[0][0] + words[-1][0]).upper())
    if person.initials:
        found.add(person.initials.upper())
    return found


_MARKED_REFERENT: Final = re.compile(  # words of at most 61 characters: linear on endless "words"
    r"([A-ZÆØÅ][\w-]{1,60}(?:\s+[A-ZÆØÅ][\w.-]{0,60}){1,3})\s*\((?i:ref\.?|referent)\)"
)  # (capitalised words: not "og sekretær Tina Bro (referent)")


_REFERENT_MARK: Final = re.compile(r"\((?:ref\.?|referent)\)", re.IGNORECASE)
_LED_THE_MEETING: Final = re.compile(LED_THE_MEETING)
_LED_INVERTED: Final = re.compile(
    r"^[A-ZÆØÅ][^.]{2,60}?\s(?:ledede|ledte)\s+([^.]{3,80}?)\s+(?:mødet|generalforsamlingen)\b"
)
"""A chair named after the verb, when the sentence opens with something else ("I
borgmesterens fravær ledede viceborgmester Tove Engberg mødet.")."""
_LED_BY: Final = anchored(LED_BY)
_LED_SENTENCE_END: Final = re.compile(r"(?<!\d)\.(?:\s|$)|(?<=\d)\.(?=\s+[A-ZÆØÅ])")
_LED_BY_REASON: Final = re.compile(LED_BY_REASON)


_WELCOMED_AND: Final = re.compile(r"\s+bød\s+(?:\w+\s+){0,2}velkommen(?:\s+\w+){0,3}?\s+og$")
_POST_THEN_NAME: Final = re.compile(r"^([A-ZÆØÅ][a-zæøå]+),\s+([^,]{3,60}?),?\s*$")
"""A post, then the name in apposition: "Formanden, Karen Sønderby," (before "ledede mødet")."""
_RELATIVE_POST: Final = re.compile(r",\s+(?:der|som)\s+(?:er|var)\s+(\w+)[^,]*,?\s*$")


def _leader(before: str) -> PersonParts | None:
    """The person before "ledede mødet": "Borgmester Dorthe West (A)", or "Karen Bruun, der er
    formand for udvalget, bød velkommen og" (her post from the relative clause, the welcome
    left out)."""
    welcomed = "velkommen" in before
    before = _WELCOMED_AND.sub("", before) if welcomed else before
    post: str | None = None
    if "," in before and (apposition := _POST_THEN_NAME.match(before)) is not None:
        post = apposition.group(1).casefold().removesuffix("en")
        if chair_title(post) or known_title(post):  # "Formanden, Karen Sønderby, bød ..."
            before = apposition.group(2)
        else:
            post = None
    relative = _RELATIVE_POST.search(before) if "," in before else None
    parts = parse_person(before[: relative.start()] if relative is not None else before)
    if parts is None or (welcomed and not is_name(parts.name, allow_single=False)):
        return None  # "Formanden bød velkommen og ledede mødet": the chair's post, no name
    word = parts.name.casefold()
    if " " not in word and (known_title(word) or chair_title(word.removesuffix("en"))):
        return None  # "Bestyrelsesformanden ledede mødet": the post; the list names who holds it
    if relative is not None and parts.title is None and known_title(relative.group(1)):
        parts.title = relative.group(1)
    if post is not None and parts.title is None:
        parts.title = post
    return parts


_POST_LED: Final = re.compile(
    r"(?:^|[.!]\s+)(borgmesteren|viceborgmesteren|formanden|næstformanden|forpersonen"
    r"|udvalgsformanden|regionsrådsformanden)\s+(?:ledede|ledte)\s+mødet\b"
)


_OPENED: Final = re.compile(
    r"^(?:(?P<post>[A-ZÆØÅ][a-zæøå]+en),\s+)?(?P<who>[^.,]{3,60}?),?\s+"
    r"(?:åbnede|aabnede|abnede)\s+(?i:mødet|generalforsamlingen)\b"
)


def _opened_the_meeting(lines: tuple[Line, ...]) -> Person | None:
    """Who a sentence says opened the meeting ("Formanden, Gdr. Anders Bundgaard, aabnede
    Mødet."): the chair when nothing else names one."""
    for line in lines:
        if "bnede" not in line.text:
            continue
        for sentence in SENTENCE_END.split(line.text):
            m = _OPENED.match(sentence.strip())
            parts = parse_person(m.group("who")) if m is not None else None
            if parts is None or " " not in parts.name:
                continue
            post = normalise_label.of(m.group("post") or "") if m is not None else ""
            roles = [post[:-2]] if post in CHAIR_BY_POST else []
            return new.Person(
                name=parts.name,
                title=parts.title,
                party=parts.party,
                organisation=parts.organisation,
                roles=[*roles, "mødeleder"],
                written=sentence.strip(),
                span=line_span(line),
            )
    return None


def _post_led_the_meeting(lines: tuple[Line, ...]) -> str | None:
    """The post a sentence says led the meeting with no name ("Borgmesteren ledede mødet."):
    "borgmester", "formand", ..., or None."""
    for line in lines:
        if "lede" not in line.text and "ledte" not in line.text:
            continue
        m = _POST_LED.search(casefolded.of(line.text))
        if m is not None:
            post = m.group(1)
            return post[:-2] if post.endswith("en") else post  # ("borgmesteren": "borgmester")
    return None


def _led_the_meeting(lines: tuple[Line, ...]) -> Person | None:
    """ "Borgmester Dorthe West (A) ledede mødet." or "Mødet blev ledet af næstformand Jonas
    Lind." anywhere names the chair."""
    for line in lines:
        text = line.text
        if "lede" not in text and "ledt" not in text:  # cheap: most lines say nothing of it
            continue
        by = _LED_BY.match(casefolded.of(text))
        if by is None and ". " in text:  # "Styregruppen ... holdt møde ... Mødet blev ledet af
            for brk in SENTENCE_END.finditer(text):  # formand Kasper Rønn."
                by = _LED_BY.match(casefolded.of(text[brk.end() :].lstrip()))
                if by is not None:
                    text = text[brk.end() :].lstrip()
                    break
        if by is not None:
            written = _LED_SENTENCE_END.split(text[by.end() :], maxsplit=1)[0]  # (not at "1.":
            # "Mødet lededes af 1. viceborgmester Lise Overgaard.")
            parts = parse_person(_LED_BY_REASON.split(written, maxsplit=1)[0])
        else:
            m = _LED_THE_MEETING.search(text)
            inverted = _LED_INVERTED.search(text) if m is None else None
            if inverted is not None:  # "I borgmesterens fravær ledede viceborgmester X mødet."
                parts = _leader(inverted.group(1))
            elif m is None:
                continue
            else:  # (the sentence of the verb: "Alle udvalgets medlemmer deltog. Udvalgsformand
                # Bo Søgaard (A) ledede"), after a label ("Bemærkninger: Borgmester X ledede")
                before = text[: m.start()]  # ("X (formand, ...) bød velkommen og ledte mødet")
                before = before.removesuffix(" bød velkommen og").removesuffix(" bød velkommen,")
                ends = [m.end() for m in SENTENCE_END.finditer(before)]
                before = before[ends[-1] :] if ends else before  # (its own sentence: "..., og
                if len(before) > 80:  # uden Marianne Due. Poul Rytter ledede mødet.")
                    continue
                parts = _leader(before.rsplit(": ", 1)[-1])
        if parts is None:
            continue
        return new.Person(
            name=parts.name,
            title=parts.title,
            party=parts.party,
            roles=["mødeleder"],
            written=text.strip(),
            span=line_span(line),
        )
    return None


_WELCOMED_AS_CHAIR: Final = re.compile(WELCOMED_AS_CHAIR)


def _welcomed_as_chair(lines: tuple[Line, ...]) -> Person | None:
    """ "Per Mikkelsen (formand) bød velkommen.", "Per Mikkelsen (chair) welcomed the board."
    anywhere: the one who welcomes, marked as the meeting's leader, is the chair."""
    for line in lines:
        text = line.text
        if "(" not in text or ("velkommen" not in text and "welcomed" not in text):
            continue  # (cheap: most lines welcome no one)
        m = _WELCOMED_AS_CHAIR.match(text.lstrip("-*• "))
        if m is None:
            continue
        parts = parse_person(m.group(1))
        if parts is None or parts.name != m.group(1):
            continue
        post = chair_title(m.group(2))  # ("chair", "mødeleder": no post on the body)
        roles = [post, "mødeleder"] if post is not None else ["mødeleder"]
        return new.Person(name=parts.name, roles=roles, written=text.strip(), span=line_span(line))
    return None


# "Velkomst ved formand for Vækstforum, regionsrådsformand Karen Holst Winther": who welcomes
_WELCOME_BY: Final = re.compile(r"^(?:velkomst|åbning af mødet)\s+ved\s+(.{3,120})$", re.IGNORECASE)


def _welcomed_by(items: list[AgendaItem]) -> Person | None:
    """The first item's title naming who welcomes the meeting ("Velkomst ved formand for
    Vækstforum, regionsrådsformand Karen Holst Winther"): that person leads it, the chair.
    The name is the title's last entry, and must open with a first name."""
    if not items or (m := _WELCOME_BY.match(items[0].title)) is None:
        return None
    written = m.group(1).rsplit(",", 1)[-1].strip()
    parts = parse_person(written)
    if parts is None or not starts_with_first_name(parts.name) or " " not in parts.name:
        return None
    return new.Person(
        name=parts.name,
        title=parts.title,
        roles=["mødeleder"],
        written=written,
        span=items[0].span,
    )


_ELECTED: Final = re.compile(ELECTED, re.IGNORECASE)


def _elected_by_title(out: dict[str, Any]) -> None:
    """ "## 1. Valg af dirigent" over "Bjarne Holm blev valgt.", or "1. Valg af dirigent: Jens
    Ravn": the person the title or the item's first sentence names is the chair (or, under
    "Valg af referent", the minute-taker). A sentence that names each with her role ("...
    foreslog Bent Strøyer som dirigent og Palle Jessen som referent") names both."""
    for item in out["agenda"]:
        title = item.title or ""
        # "Valg af dirigent og stemmetællere": the dirigent is the one the first sentence names
        key = normalise_label.of(title)
        if "stemmetæll" in key or key.endswith(" referent"):  # (the pattern's words: a gate)
            key = _VOTE_COUNTERS_TOO.sub("", key)
        role = ELECTION_TITLES.get(key)
        named: list[tuple[str, str, Span, str]] = []  # (written, role, where, context)
        if role is None:
            head, _, rest = title.partition(":")
            role = ELECTION_TITLES.get(normalise_label.of(head)) if rest.strip() else None
            if role is not None:
                named.append((rest.strip(), role, item.span, title))
        elif item.sections:
            section = item.sections[0]
            line = section.text.split("\n", 1)[0]
            if "velkommen" in line or "bød" in line:  # "Formand X bød velkommen til ..." over
                line = " ".join(section.text.split("\n")[:4])  # "... nye" / "medlemmer, ..."
            elif ":" not in line and not line.rstrip().endswith((".", "!")):  # wrapped ("...
                # der blev valgt uden" / "modkandidater.")
                wrapped = "\n".join(section.text.split("\n\n", 1)[0].split("\n")[:4])
                line = BROKEN_WORD.sub("", wrapped).replace("\n", " ")  # ("Holm-" / "gaard")
            line = without_house_number(line)  # "Jørgen Buhl (nr. 7) blev valgt": his address
            # "Bestyrelsen foreslog Rune Abrahamsen. Han blev valgt ...": one sentence
            opening, merged = _HE_WAS_ELECTED.subn(", som blev ", line, count=1)
            sentences = NEXT_SENTENCE.split(opening)
            if (
                len(sentences) > 1
                and _WELCOME.search(sentences[0])
                and "foreslog" not in sentences[0]  # ("... bød velkommen og foreslog X som ...")
            ):
                sentences = sentences[1:]  # "Formand Gitte Brøns bød velkommen. Bestyrelsen ..."
            first = sentences[0].strip()
            short = first.split(" og konstaterede", 1)[0].split(" og takkede", 1)[0]
            m = _ELECTED.match(first) if len(short) <= 120 else None  # (what the dirigent then
            # found is no part of the election: "..., og konstaterede, at mødet var lovligt ...")
            written = line.strip() if merged else first  # the sentences as written
            labelled = _labelled_roles(line, section.span) if ":" in line else []
            if labelled:  # "Dirigent: Finn Skovbo / referent: Marianne Toft"
                named = labelled
            elif m is not None and _elected(m.group("name").strip(), role, section.span, written):
                named.append((m.group("name").strip(), role, section.span, written))
            else:  # (not "Begge blev valgt." after the sentence that named them)
                named = _named_as_roles(section)
        for written, role, where, context in named:
            key = "minute_taker" if role in MINUTE_TAKER_ROLES else "chair"
            if out[key] is None or (
                key == "chair" and (_chair_by_post(out[key]) or _opened_only(out[key], role))
            ):
                # an elected dirigent, not the formand who chairs only when no one else is
                # named, nor the "Mødeleder" who opened the assembly until one was elected
                out[key] = _elected(written, role, where, context) or out[key]
            elif (elected := _elected(written, role, where, context)) is not None and _fold(
                elected.name
            ) == _fold(out[key].name):  # the dirigent who signs: the title the election gives
                out[key] = _with_details(out[key], elected)


_AS_ROLE: Final = re.compile(
    r"(?P<name>[A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'.-]+){1,3})"
    r"(?:\s+fra\s+[\wæøå-]+(?:\s+\d+\w*)?)?"  # "Palle Jessen fra bestyrelsen som referent"
    r"(?:,\s+(?P<firm>[A-ZÆØÅ][^,;()]{1,60}?),)?"  # "advokat Jesper Riis, Riis & Bonde, som"
    # "Ulla Rask blev valgt som dirigent og Nikolaj Dreyer som referent"
    r"(?:\s+(?:blev\s+)?(?:enstemmigt\s+)?(?:valgt|genvalgt|valgtes))?"
    rf"(?:\s+som\s+(?P<role>{'|'.join(ELECTION_TITLES.values())})\b"
    # "Valgt blev Jakob Winther (ordstyrer) og Louise Kamp (referent).": the role in brackets
    rf"|\s+\((?P<role_in>{'|'.join(ELECTION_TITLES.values())})\))"
)
_AS_ROLE_SENTENCES: Final = 2
_ROLE_LABELLED: Final = re.compile(
    rf"(?:^|[.;/|–-]\s*)(?P<role>(?i:{'|'.join(ELECTION_TITLES.values())}))\s*:\s*"
    r"(?P<name>[A-ZÆØÅ][\w'-]+(?:[ \t]+[A-ZÆØÅ][\w'.-]+){1,3})"
)


def _labelled_roles(line: str, span: Span) -> list[tuple[str, str, Span, str]]:
    """The people an election item's first line names each after her role and a colon
    ("Dirigent: Mogens Friis. Referent: Tina Kruse.", "Dirigent : Finn Skovbo / referent :
    Marianne Toft"): (name, role, span, line), when the line opens with such a label."""
    found = list(_ROLE_LABELLED.finditer(line.strip()))
    if not found or found[0].start() != 0:
        return []
    return [(m.group("name"), m.group("role").casefold(), span, line.strip()) for m in found]


def _named_as_roles(section: Section) -> list[tuple[str, str, Span, str]]:
    """The people an election item's first sentences name each with her role ("Formanden bød
    velkommen og foreslog Bent Strøyer som dirigent og Palle Jessen fra bestyrelsen som
    referent."): (name, role, span, sentence), in the order written."""
    paragraph = " ".join(section.text.split("\n\n", 1)[0].split())
    paragraph = without_house_number(paragraph)  # "Maria Thorsen (nr. 11) som referent"
    sentences = NEXT_SENTENCE.split(paragraph)[:_AS_ROLE_SENTENCES]
    return [
        (
            _with_title_before(sentence, m.start(), m.group("name"))
            + (f", {m.group('firm')}" if m.group("firm") else ""),
            m.group("role") or m.group("role_in"),
            section.span,
            sentence,
        )
        for sentence in sentences
        for m in _AS_ROLE.finditer(sentence)
    ]


def _with_title_before(sentence: str, at: int, name: str) -> str:
    """The name at ``at`` with the title written right before it ("foreslog advokat Lotte
    Hammerich som dirigent": "advokat Lotte Hammerich"; "foreslog Bent Strøyer": the name)."""
    before = sentence[:at].rsplit(None, 1)
    word = before[-1] if before and sentence[:at].endswith(" ") else ""
    return f"{word} {name}" if word[:1].islower() and known_title(word) else name


_PARCEL_REMARK: Final = re.compile(r"\s*\([^()]{1,40}\)$")  # "Karsten Holm (parcel 31)"
_HE_WAS_ELECTED: Final = re.compile(
    r"\.\s+(?:han|hun|vedkommende)\s+blev\s+(?=(?:\w+\s+)?valgt)", re.I
)
_VOTE_COUNTERS_TOO: Final = re.compile(
    r"(?:,| og| samt)(?: to| 2)? stemmetæll\w*$|(?<=dirigent)(?:,| og| samt) referent$"
    r"|(?<=ordstyrer)(?:,| og| samt) referent$"
)
_FROM_PLOT: Final = re.compile(
    r"\s+fra\s+(?:have|parcel|nr\.?|lejlighed|opgang|afd\.?|afdeling)\s+\S+$", re.IGNORECASE
)
_WELCOME: Final = re.compile(r"\bbød\b.{0,40}\bvelkommen\b", re.IGNORECASE)


def _opened_only(chair: Person, role: str) -> bool:
    """A chair named as the meeting's leader ("Mødeleder: Line Kjeldsen (indtil dirigenten var
    valgt)") where an item elects the dirigent: she opened the assembly, the dirigent led it
    (not "Anne Skov ledede mødet", who led it)."""
    return (
        role == "dirigent"
        and not {"dirigent", "ordstyrer"} & set(chair.roles)
        and _UNTIL_ELECTED.search(chair.written or "") is not None
    )


_UNTIL_ELECTED: Final = re.compile(r"\b(?:indtil|til)\s+(?:dirigent|ordstyrer)|\båbne", re.I)


def _chair_by_post(chair: Person) -> bool:
    """A chair who is one only as the body's formand (her roles: the post and the mødeleder
    that follows from it), not one named to lead this meeting."""
    return bool({"formand", "forperson"} & set(chair.roles)) and not {
        "dirigent",
        "ordstyrer",
    } & set(chair.roles)


def _elected(written: str, role: str, where: Span, context: str) -> Person | None:
    """The person an election item names ("advokat Lise Bang"), when that is all it says;
    ``context``: the sentence or title that names her."""
    if written.endswith(f" som {role}"):  # "Bestyrelsen foreslog Jørgen Krag som dirigent."
        written = written[: -len(role) - 5]
    if " fra " in written:
        written = _FROM_PLOT.sub("", written)  # "Flemming Vad fra have 112": where she lives
    parts = parse_person(written)
    if parts is None or not _full_person(parts.name) or " " not in parts.name:
        return None
    name = _PARCEL_REMARK.sub("", written) if written.endswith(")") else written
    if parts.title and name.casefold().startswith(parts.title.casefold() + " "):
        name = name[len(parts.title) + 1 :]
    if parts.organisation and name.endswith(f", {parts.organisation}"):
        name = name[: -len(parts.organisation) - 2]  # "advokat Lene Skov, Advokathuset Silkeborg"
    if name != parts.name:
        return None  # "Kåre Dam er referent.": more than a name
    return _person_from(parts, context, span_of(where.start_line, where.start_line), [role])


def _marked_minute_taker(lines: tuple[Line, ...]) -> Person | None:
    """ "..., Anja Boye (ref.)" anywhere in the text names the minute-taker."""
    for line in lines:
        if "(ref" not in casefolded.of(line.text):  # cheap: most lines have no mark
            continue
        m = _marked_referent(line.text)
        if m is None:
            continue
        name = first_name_in(m.group(1))
        if name is None and is_organisation.of(m.group(1)):
            name = _name_before_organisation(line.text[: m.start()])
        elif name is None:
            name = m.group(1)
        if name is not None:
            return new.Person(
                name=name, roles=["referent"], written=m.group(0), span=line_span(line)
            )
    return None


_ENTRY_BEFORE_COMMA: Final = re.compile(r"([^,;:()]+),\s*$")


def _name_before_organisation(before: str) -> str | None:
    """The person whose organisation stands before a "(ref.)" mark: "sekretær Tove Lassen, Lindå
    Kommune (ref.)" names Tove Lassen, not her municipality."""
    m = _ENTRY_BEFORE_COMMA.search(before)
    parts = parse_person(m.group(1)) if m is not None else None
    return parts.name if parts is not None and " " in parts.name else None


def _marked_referent(text: str) -> re.Match[str] | None:
    """``_MARKED_REFERENT.search(text)``, tried only in front of each "(ref.)" mark.

    A name holds neither "(" nor more than four whitespace-separated words, so a match ending at
    a mark starts within the four words before it, after any earlier mark: searching from there
    finds the same leftmost match as searching the whole line, without trying every word of it.
    """
    for mark in _REFERENT_MARK.finditer(text):
        words = text[: mark.start()].rsplit(None, 4)
        start = len(words[0]) if len(words) == 5 else 0
        m = _MARKED_REFERENT.search(text, start, mark.end())
        if m:
            return m
    return None
