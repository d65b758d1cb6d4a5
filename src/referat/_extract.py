"""Stage 3: lines + agenda -> the fields of a ``Meeting``.

Orchestrates the header reader, the item reader and the checks that look across the document
(numbering, people listed twice, referent among the attendees, ...). Finally every non-blank
line not inside some node's span goes to ``unclassified`` with a diagnostic: nothing is dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
import datetime as dt
import re
from typing import Any

from referat._danish import DateHit, TimeRange, find_dates, find_time_range
from referat._facts import LineKind
from referat._header import (
    HeaderFacts,
    HeaderReader,
    field_kind,
    fuller,
    is_furniture,
    label_of,
    line_span,
    list_entries,
    looks_like_place,
    parse_location,
    signer_line,
    taker_by_minutes_label,
)
from referat._items import (
    Agenda,
    Head,
    Occurrence,
    find_agenda,
    is_region_heading,
    letter_head,
    table_columns,
)
from referat._labels import section_label
from referat._people import (
    absence_sentence,
    first_name_in,
    is_name,
    is_organisation,
    parse_person,
    role_sentence,
)
from referat._scan import Line
from referat._sections import (
    Body,
    closed_notice,
    decide,
    inline_minutes,
    merge_attachments,
    read_body,
    records_outcome,
    reported,
    sub_heads,
    topic_minutes,
)
from referat.diagnostics import Code, Reporter
from referat.models import (
    AgendaItem,
    Attachment,
    Decision,
    DocumentKind,
    Location,
    Outcome,
    Person,
    Section,
    SectionKind,
    Span,
    TextBlock,
)
from referat.vocabulary import (
    AGENDA_HEADINGS,
    CHAIR_ROLES,
    CLOSING_GREETING,
    DECISION_COLUMNS,
    DOCUMENT_KINDS,
    LED_BY,
    LED_THE_MEETING,
    MEETING_CLOSED,
    MEETING_CLOSED_INSIDE,
    MINUTE_TAKER_ROLES,
    MINUTES_HEADINGS,
    MINUTES_SIGNED,
    NOTE_HEADINGS,
    OTHER_ITEM_WITHDRAWN,
    PAGE_MARK,
    PAGE_TAIL,
    PEOPLE_HINTS,
    PERSON_ROLES,
    PLACE_ORGANISATION,
    RESULT_COLUMNS,
    SECTION_LABELS,
    SIGNATURE_HEADINGS,
    TASK_HEADINGS,
    TITLE_COLUMNS,
    TITLE_HEADINGS,
    VIRTUAL_WORDS,
    WITHDRAWN_TITLE,
    FieldKind,
    normalise_label,
)

_BODY_IN_TITLE = re.compile(
    r"(?:møde|referat|dagsorden|beslutningsreferat)\s+(?:i|for|fra|af)\s+(?:møde\s+i\s+)?"
    r"((?:[A-ZÆØÅ][\w-]*|for|og|i|af)(?:\s+(?:[A-ZÆØÅ][\w-]*|for|og|i|af|[a-zæøå]+(?:udvalget|rådet|forum|bestyrelsen)))*)",
)
_BODY_WORD = re.compile(
    r"\b([A-ZÆØÅ][\w-]*(?:\s+og\s+[A-ZÆØÅ]?[\w-]+)?(?:udvalget|udvalg|rådet|råd|bestyrelsen|bestyrelse|"
    r"forum|gruppen|styregruppe|styregruppen|koordinationsgruppe|koordinationsgruppen|kommunalbestyrelsen|"
    r"byrådet|regionsrådet|menighedsrådet|seniorråd|ældreråd|ældrerådet|formandskab|formandskabet)"
    r"(?:\s+for\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*)?"
    # "Udvalget for Trafik og Kollektiv Transport": a body named by what it is for
    r"|(?:Udvalget|Rådet|Bestyrelsen|Forummet)\s+for\s+[A-ZÆØÅ][\w-]*"
    r"(?:,?\s+(?:og\s+)?[A-ZÆØÅ][\w-]*)*)",
)


def build(lines: tuple[Line, ...], reporter: Reporter) -> dict[str, Any]:
    """All fields of a Meeting except ``source`` and ``diagnostics``."""
    agenda = find_agenda(lines)
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
    title_line, organisation = _title(header)
    kind_hint: DocumentKind | None = _kind_hint(header, title_line)
    tables_of_decisions = {o.header_row for occs in agenda.items for o in occs if o.header_row >= 0}
    minutes_headings: list[int] = [
        i
        for i, ln in enumerate(lines)
        if i not in item_lines
        and _is_minutes_heading(ln)
        and _next_text(lines, i) not in tables_of_decisions
    ]

    tables = _table_starts(lines)
    trial = Reporter()
    items = [
        _item(k, occs, lines, agenda, trial, kind_hint, minutes_headings, tables)
        for k, occs in enumerate(agenda.items)
    ]
    if _written_as_minutes(header, title_line, items, minutes_headings):
        kind_hint = None
        minutes_headings = []
        trial = Reporter()
        items = [
            _item(k, occs, lines, agenda, trial, kind_hint, minutes_headings, tables)
            for k, occs in enumerate(agenda.items)
        ]
    reporter.absorb(trial)
    if agenda.renumbered:
        reporter.report(
            Code.ITEM_NUMBERS_INFERRED,
            "every item is numbered 1 (broken auto-numbering); numbered them in order",
            items[0].span if items else None,
        )
    date, start, end = _when(header, footer, reporter)
    items = [_own_decision(it, date) for it in items]
    doc_kind = _document_kind(items, kind_hint, date)
    if doc_kind in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE):
        items = [_strip_decisions(it) for it in items]

    out["document_kind"] = doc_kind
    out["title"] = title_line.text if title_line is not None else header.title
    out["title_span"] = line_span(title_line) if title_line is not None else header.title_span
    out["organisation"] = header.organisation or organisation or _organisation_from(out["title"])
    out["body"] = header.body or _body_from(header, title_line)
    closed = _closing_time(lines)  # the time the meeting closed beats the planned end
    if closed is not None and (start is None or closed > start):
        end = closed
    out["date"], out["start_time"], out["end_time"] = date, start, end
    out["location"] = header.location or footer.location or _fallback_location(header, title_line)
    out["fields"] = header.fields + footer.fields
    absentees = header.absentees + footer.absentees
    absent_names = {_fold(p.name) for p in absentees}
    members = [p for p in header.members + footer.members if _fold(p.name) not in absent_names]
    attendees = header.attendees + footer.attendees + members
    guests = header.guests + footer.guests
    chair = header.chair or footer.chair
    minute_taker = fuller(header.minute_taker, footer.minute_taker)
    out["attendees"], out["absentees"], out["guests"] = attendees, absentees, guests
    out["chair"], out["minute_taker"] = chair, minute_taker
    out["agenda"] = items
    agenda_hint = kind_hint in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE)
    quoted = _quoted_lines(items, date, agenda=agenda_hint)
    _people_in_items(out, lines, item_lines, quoted)
    if out["minute_taker"] is None:
        out["minute_taker"] = _marked_minute_taker(lines)
    if out["chair"] is None:
        out["chair"] = _led_the_meeting(lines)
    _roles_by_initials(out)
    _absent_by_initials(out)
    if out["chair"] is None:  # the chair of the body ("(formand)") chairs its meeting
        post = header.chair_post or footer.chair_post or "formand"  # "Mødeleder: Formanden"
        out["chair"] = next((p for p in out["attendees"] if post in p.roles), None)
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
    _check_people(attendees, absentees, guests, chair, minute_taker, reporter)
    out["attendees"] = _unique_people(attendees)
    out["absentees"] = _unique_people(absentees)
    out["guests"] = _unique_people(guests)
    if not items and lines:
        reporter.report(Code.NO_AGENDA, "no agenda items found", None)

    notes, unclassified = _leftovers(header, footer, title_line, page_marks)
    out["notes"] = notes
    out["unclassified"] = unclassified
    return out


# -- zones -------------------------------------------------------------------------------------


def _is_minutes_heading(line: Line) -> bool:
    if not is_region_heading(line):
        return False
    key = normalise_label(line.text)
    return key in MINUTES_HEADINGS or key.startswith(("referat for", "referat af", "referat fra"))


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
    """True when some entry of a people list is ticked ([x]): ticks then record presence."""
    people = False
    for line in lines:
        if line.checkbox is None:
            if line.text and (
                line.kind is LineKind.HEADING or line.strong or line.text.endswith(":")
            ):
                label = label_of(line)
                kind = field_kind(label[0]) if label else None
                people = kind in (FieldKind.ATTENDEES, FieldKind.ABSENTEES, FieldKind.GUESTS)
            continue
        if people and line.checkbox:
            return True
    return False


# -- title, organisation, body, kind -----------------------------------------------------------


_LETTER_SPACED = re.compile(r"\b(?:\w ){3,}\w\b")


def _kind_words(text: str) -> DocumentKind | None:
    low = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text.casefold())
    if _AGENDA_AND_MINUTES.search(low):
        return DocumentKind.DAGSORDEN
    for word, kind in DOCUMENT_KINDS:
        if word in low:
            return kind
    return None


def _title(header: HeaderFacts) -> tuple[Line | None, str | None]:
    free = [
        ln
        for ln, _ in header.free
        if ln.text
        and ln.kind is not LineKind.TABLE_ROW
        and not _PAGE_MARK.match(ln.text.casefold())  # "Side 1 af 3" over the letterhead
    ]
    # "# Dagsorden" as the first heading is the title; further down, over the list of items, the
    # same words are only a region heading (minutes have them too).
    top = next((ln for ln in header.headings if ln.kind is LineKind.HEADING), None)
    regions = [
        ln
        for ln in header.headings
        if ln.kind is LineKind.HEADING
        and _kind_words(ln.text)
        and (not _agenda_heading(ln.text) or (ln is top and ln.heading_level == 1))
    ]
    headings = sorted(
        [ln for ln in free if ln.kind is LineKind.HEADING] + regions, key=lambda ln: ln.number
    )
    if headings:
        first = headings[0]
        kinded = [
            h
            for h in headings[:4]
            if _kind_words(h.text) and not (h is not first and _agenda_heading(h.text))
        ]
        h1 = [h for h in headings if h.heading_level == 1]
        # "# AAB afdeling 47" over "## Referat af ordinært afdelingsmøde"
        above = [ln for ln in free if ln.number < first.number]
        if kinded and kinded[0] is not first and _letterhead(first.text):
            # "Silkeborg Kommune" over "# Økonomiudvalget" (a body) over "## Beslutningsprotokol"
            over = above[-1] if above and _letterhead(above[-1].text) else None
            return kinded[0], _letterhead_organisation(first.text) or (
                _letterhead_organisation(over.text) if over is not None else None
            )
        if h1 and h1[0] is not first and _kind_words(first.text) and len(first.text) < 30:
            return h1[0], None
        if (
            len(above) == 1
            and _kind_words(first.text)
            and _letterhead(above[0].text)
            and first.number - above[0].number <= 3
        ):  # "Boligforeningen Vesterhøj, afdeling 14" over "# Referat af afdelingsmøde"
            return first, _letterhead_organisation(above[0].text)
        under = next((ln for ln in free if first.number < ln.number <= first.number + 3), None)
        if under is not None and _MEETING_START.match(under.text):
            if normalise_label(first.text) in AGENDA_HEADINGS:  # "# Dagsorden" over the meeting
                return under, _organisation_by_meeting_word(under.text)
        elif under is not None and _letterhead(under.text) and is_organisation(under.text):
            return first, _letterhead_organisation(under.text)  # "**Boligforeningen X, afd. 12**"
        return first, None
    if free and header.title is None:  # else a labelled title ("Emne: ...") beats a free line
        # "Referat" alone on a line under the letterhead ("Syddjurs Kommune", "Social- og
        # Sundhedsudvalget", "Referat") is read as a heading; here it is the title.
        top = free[0]
        free = sorted(
            free
            + [
                ln
                for ln in header.headings
                if ln.kind is LineKind.TEXT
                and ln.number > top.number
                and normalise_label(ln.text) in TITLE_HEADINGS
            ],
            key=lambda ln: ln.number,
        )
        titled = next((ln for ln in free[1:4] if _kind_words(ln.text)), None) or next(
            (ln for ln in free[1:4] if _MEETING_START.match(ln.text)), None
        )
        if (
            titled is not None and _letterhead(top.text) and titled.number - top.number <= 6
        ):  # "Grundejerforeningen Lyngbakken" over "Referat af bestyrelsesmøde ..."
            return titled, _letterhead_organisation(top.text)
        return top, None
    return None, None


def _agenda_heading(text: str) -> bool:
    """ "Dagsorden", "Dagsorden iht. vedtægterne": a heading over the list of items."""
    key = normalise_label(text)
    return key in AGENDA_HEADINGS or key.split(" ", 1)[0] in AGENDA_HEADINGS


def _letterhead(text: str) -> bool:
    """A short line without digits that is no title itself: an organisation over the title."""
    return (
        2 <= len(text) <= 80
        and not _kind_words(text)
        and not _DATE_LIKE.search(text)
        and not _PAGE_MARK.search(text.lower())
    )


_DATE_LIKE = re.compile(r"\d{4}|\d[./:-]\d|\d\.\s")  # years, dates, times, "3. marts"


def _letterhead_organisation(text: str) -> str | None:
    """The organisation a letterhead names: "Vejle Kommune" of "Integrationsrådet, Vejle
    Kommune"; none for a body alone ("Teknik- og Miljøudvalget" is the body)."""
    named = _organisation_case(_PAGE_TAIL.sub("", text).strip())  # "...   Side 1 af 3"
    place = _organisation_by_place_word(named)
    if place is not None:
        return place
    if _body_only(named):
        return None
    parts = [p.strip() for p in named.split(",")]
    if len(parts) == 2 and _body_only(parts[0]) != _body_only(parts[1]):
        return parts[1] if _body_only(parts[0]) else parts[0]  # "Skolebestyrelsen, Vestre Skole"
    return named


def _body_only(text: str) -> bool:
    """The text is a body's name and nothing else ("Teknik- og Miljøudvalget")."""
    body = _BODY_WORD.search(text)
    return body is not None and body.group(1).strip() == text.strip(" .:")


def _organisation_case(text: str) -> str:
    """ "REGION SJÆLLAND" -> "Region Sjælland": a letterhead in capitals, in name case (short
    words such as "KL" or "OS" stay as they are, "og"/"i"/"for"/"af" go lower-case)."""
    if not text.isupper() or len(text) < 6:
        return text
    words = []
    for word in text.split(" "):
        low = word.lower()
        if low in ("og", "i", "for", "af", "på"):
            words.append(low)
        elif len(word) <= 3:
            words.append(word)
        else:
            words.append("-".join(p.capitalize() for p in word.split("-")))
    return " ".join(words)


def _written_as_minutes(
    header: HeaderFacts, title: Line | None, items: list[AgendaItem], minutes_headings: list[int]
) -> bool:
    """Items read as an agenda's text that record what happened ("Budgettet blev godkendt."):
    in a "Dagsorden og referat" document (an OS2 template for both), in one titled only
    "Dagsorden", or above a minutes heading
    ("## Beslutninger") that repeats none of the items. Then they are the minutes."""
    texts = ([title.text] if title is not None else []) + [ln.text for ln in header.headings]
    texts += [ln.text for ln, _ in header.free[:8]]
    template = any(_AGENDA_AND_MINUTES.search(t.casefold()) for t in texts)
    bare = _agenda_titled(header)  # minutes that open with their agenda say "Dagsorden" too
    unmatched = bool(minutes_headings) and all(it.minutes_span is None for it in items)
    if not (template or bare or unmatched):
        return False
    agenda_texts = [
        " ".join(s.text for s in it.sections if s.kind is SectionKind.AGENDA_TEXT) for it in items
    ]
    settled = [t for t in agenda_texts if t and records_outcome(t)]
    if bare and not template:
        return bool(settled)  # a bare "# Dagsorden" says little: any recorded outcome decides
    return len(settled) * 2 >= len(items) > 0


def _agenda_titled(header: HeaderFacts) -> bool:
    """The document's first heading is "# Dagsorden" (or another bare agenda heading)."""
    top = next((ln for ln in header.headings if ln.kind is LineKind.HEADING), None)
    first_free = next((ln for ln, _ in header.free if ln.kind is LineKind.HEADING), None)
    if first_free is not None and (top is None or first_free.number < top.number):
        return False
    return (
        top is not None and top.heading_level == 1 and normalise_label(top.text) in AGENDA_HEADINGS
    )


_AGENDA_AND_MINUTES = re.compile(r"dagsorden\s+og\s+referat")
_PLACE_ORGANISATION = re.compile(PLACE_ORGANISATION)


def _kind_hint(header: HeaderFacts, title: Line | None) -> DocumentKind | None:
    texts = ([title.text] if title is not None else []) + [ln.text for ln, _ in header.free[:8]]
    # "Dagsorden" over the list of items appears in minutes too: it says nothing of the kind.
    texts += [ln.text for ln in header.headings if normalise_label(ln.text) not in AGENDA_HEADINGS]
    kinds = [k for t in texts if (k := _kind_words(t)) is not None]
    if not kinds:
        return DocumentKind.DAGSORDEN if _agenda_titled(header) else None
    if title is not None and (k := _kind_words(title.text)) is not None:
        return k
    return kinds[0]


def _organisation_from(title: str | None) -> str | None:
    if not title:
        return None
    return _organisation_by_place_word(title) or _organisation_by_meeting_word(title)


def _organisation_by_place_word(title: str) -> str | None:
    """ "... Sønderborg Kommune", "Region Syddanmark ...": a part of the title naming one."""
    for seg in re.split(r"\s+[–—|-]\s+|\.\s+|,\s+", title):
        words = seg.casefold().split()
        if words and ("kommune" in words or "region" in words or words[-1] in ("universitet",)):
            m = _PLACE_ORGANISATION.search(seg)
            if m:
                return m.group(0)
    return None


def _organisation_by_meeting_word(title: str) -> str | None:
    """ "... møde i Bestyrelsen": the title ends in "i" and a name after a meeting word.

    The name must end the title and "i" is never part of it, so the name can stand in one place
    only: it is found first and the meeting word looked for before it (no digit in between).
    That scans the title once, not once per "møde".
    """
    title = _TITLE_TAIL.sub("", title)  # "... i Odense Fotoklub den 15. marts 2025"
    m = _IN_NAME_AT_END.search(title)
    if m is None:
        return None
    before = title[: m.start()]
    digit = next((k for k in range(len(before) - 1, -1, -1) if before[k].isdecimal()), -1)
    if _MEETING_WORD.search(before, digit + 1) and not _kind_words(m.group(1)):
        return m.group(1)
    return None


_TITLE_TAIL = re.compile(
    r"(?:\s+(?:den|d\.)\s+\d.*|\s+\d{1,2}\.\s*[a-zæøå]+\s+\d{4}|\s+\d{4}|\s*\([^()]{1,40}\)"
    r"|\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*$"
)
_IN_NAME_AT_END = re.compile(r"\si\s+([A-ZÆØÅ][\w']*(?:\s+[A-ZÆØÅ][\w']*){0,3})\s*\.?$")
_MEETING_WORD = re.compile(r"(?:møde|forsamling|samling)\b")
_MEETING_START = re.compile(r"(?:\w+\s)?\w*(?:møde|forsamling)\b", re.IGNORECASE)
"""A line opening with a meeting ("Bestyrelsesmøde d. 3/4-24", "Ordinær generalforsamling")."""


def _body_from(header: HeaderFacts, title: Line | None) -> str | None:
    texts = ([title.text] if title is not None else []) + [ln.text for ln, _ in header.free[:6]]
    for text in texts:
        m = _BODY_WORD.search(_organisation_case(text))  # "ÆLDRERÅDET I VIBORG KOMMUNE"
        if m:
            body = m.group(1).strip()
            if body.casefold() not in ("udvalg", "råd"):
                return body
    return None


def _document_kind(
    items: list[AgendaItem], hint: DocumentKind | None, date: dt.date | None
) -> DocumentKind | None:
    agenda_hint = hint in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE)

    def minutes(item: AgendaItem) -> bool:
        return (
            item.minutes_span is not None
            or any(
                s.kind in (SectionKind.REFERAT, SectionKind.BESLUTNING)
                and s.text.strip()
                and not _quoted(s, date, agenda=agenda_hint)
                and not _case_description(item.sections, k)
                and not closed_notice(s.text)
                for k, s in enumerate(item.sections)
            )
            or any(minutes(s) for s in item.subitems)
        )

    if any(minutes(it) for it in items):
        return DocumentKind.REFERAT
    if hint is not None:
        return hint
    return DocumentKind.DAGSORDEN if items else None


def _case_description(sections: list[Section], k: int) -> bool:
    """Unlabelled text right under a case system's "Sagsid: ..." that records no outcome: an
    agenda's description of the case as much as minutes, so no evidence of either."""
    return (
        k > 0
        and sections[k].heading is None
        and sections[k - 1].kind is SectionKind.CASE_DATA
        and not records_outcome(sections[k].text)
    )


_DECISION_OF_BODY = re.compile(
    r"^beslutning(?:\s+(?:i|på|fra))?\s+[A-ZÆØÅ].*\d"
    r"|^[A-ZÆØÅ][\w-]*(?:\s+og\s+[\w-]+)?s\s+beslutning\b.*\d"
    r"|^[A-ZÆØÅ][\w -]*,\s+\d.*\bpkt\b",
    re.IGNORECASE,
)  # "Beslutning i Økonomiudvalget den 12-03-2024", "Beslutning Børneudvalget 05-03-2024",
# "Økonomiudvalgets beslutning den 12. marts 2024", "Økonomiudvalget, 15-04-2024, pkt. 60"


def _quoted(section: Section, date: dt.date | None, *, agenda: bool) -> bool:
    """ "Beslutning i Økonomiudvalget den 12-03-2024" under an item of a meeting on another day:
    the decision of the body that prepared the case (or of one that decides it later), not
    minutes of this meeting."""
    heading = section.heading or ""
    if section.kind is not SectionKind.BESLUTNING or not _DECISION_OF_BODY.match(heading):
        return False
    hits = find_dates(heading)
    if hits and date is not None:
        return hits[0].date != date
    return agenda


def _own_decision(item: AgendaItem, date: dt.date | None) -> AgendaItem:
    """The decision of this meeting, not of the committee whose decision the item quotes."""
    own = [s for s in item.sections if not _quoted(s, date, agenda=False)]
    if len(own) == len(item.sections) or not any(
        s.kind in (SectionKind.BESLUTNING, SectionKind.REFERAT) and s.text.strip() for s in own
    ):
        return item
    return item.model_copy(update={"decision": decide(own)})


def _quoted_lines(items: list[AgendaItem], date: dt.date | None, *, agenda: bool) -> set[int]:
    """Line numbers of quoted decisions of other bodies (their "Fraværende" is not ours)."""
    found: set[int] = set()
    for item in items:
        for section in item.sections:
            if _quoted(section, date, agenda=agenda):
                found.update(range(section.span.start_line, section.span.end_line + 1))
        found |= _quoted_lines(item.subitems, date, agenda=agenda)
    return found


def _strip_decisions(item: AgendaItem) -> AgendaItem:
    return item.model_copy(
        update={"decision": None, "subitems": [_strip_decisions(s) for s in item.subitems]}
    )


# -- when -------------------------------------------------------------------------------------


def _when(
    header: HeaderFacts, footer: HeaderFacts, reporter: Reporter
) -> tuple[dt.date | None, str | None, str | None]:
    dates: list[tuple[int, DateHit, Span]] = sorted(
        header.dates, key=lambda d: (d[0], d[2].start_line)
    )
    if not dates:
        dates = sorted(footer.dates, key=lambda d: (d[0], d[2].start_line))
    if not dates:
        reporter.report(Code.MISSING_DATE, "no meeting date found", None)
        first = sorted(header.times, key=lambda t: (t[0], t[2].start_line))
        if first:
            return None, first[0][1].start, first[0][1].end
        return None, None, None
    chosen = dates[0]
    distinct = {d[1].date for d in dates if d[0] == chosen[0]}
    if len(distinct) > 1:
        reporter.report(
            Code.AMBIGUOUS_DATE,
            f"several dates of equal weight; chose {chosen[1].date.isoformat()}",
            chosen[2],
            data={"candidates": ", ".join(sorted(d.isoformat() for d in distinct))},
        )
    times: list[tuple[int, TimeRange, Span]] = sorted(
        header.times, key=lambda t: (t[2] != chosen[2], t[0], t[2].start_line)
    )
    other_dates = {d[2] for d in header.dates if d[1].date != chosen[1].date}
    start: str | None = None
    end: str | None = None
    for _, tr, span in times:
        if span.start_line > chosen[2].start_line + 12 and span != chosen[2]:
            continue
        if span in other_dates and span != chosen[2]:
            continue  # "27. august 2016 kl. 05:39": the time of another date (a web post)
        start = start or tr.start
        end = end or tr.end
        if start and end:
            break
    return chosen[1].date, start, end


# -- items ------------------------------------------------------------------------------------


def _item(
    position: int,
    occs: list[Occurrence],
    lines: tuple[Line, ...],
    agenda: Agenda,
    reporter: Reporter,
    hint: DocumentKind | None,
    minutes_headings: list[int],
    tables: list[int],
) -> AgendaItem:
    body_occ = next((o for o in occs if o.role == "body"), occs[0])
    listing = next((o for o in occs if o.role == "listing"), None)
    minutes = [o for o in occs if o.role == "minutes"]
    decided = [o for o in occs if o.role == "decision"]
    number: str | None = body_occ.head.number or None
    if agenda.renumbered:
        number = str(position + 1)
    in_order = sorted(occs, key=lambda o: o.start)
    title = next((o.head.title for o in in_order if o.head.title), "")
    body_title = body_occ.head.title
    listed = title.startswith(body_title) and title != body_title
    if body_title and listed and _PAGE_NUMBER_AFTER.fullmatch(title[len(body_title) :]):
        title = body_title  # "Godkendelse af dagsorden 2" in a contents list: its page number
    if not title:  # "## Punkt 5" with the title on the next line
        following = next((ln for ln in lines[body_occ.start + 1 : body_occ.end] if ln.text), None)
        if (
            following is not None
            and len(following.text) <= 120
            and section_label(following, None) is None
            and not following.text.endswith(".")
        ):
            title = following.text.strip("*_ ").rstrip(":")
    first_body = body_occ.first_body_line
    if (
        title
        and first_body < body_occ.end
        and lines[first_body].text.strip("*_ ").rstrip(":") == title
    ):
        body_occ.body_start = first_body + 1  # the title line is not the item's text
    # minutes_headings is in line order: its ends say whether one comes before or after
    minutes_before = bool(minutes_headings) and minutes_headings[0] < body_occ.start
    minutes_after = bool(minutes_headings) and minutes_headings[-1] > body_occ.start
    regarding = _AD.match(lines[body_occ.start].text) is not None  # "Ad 2": minutes of item 2
    if (minutes_before or regarding) and not minutes:
        default = SectionKind.REFERAT
    elif minutes or minutes_after or hint in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE):
        default = SectionKind.AGENDA_TEXT
    else:
        default = SectionKind.REFERAT
    if body_occ.role == "listing":  # only listed (e.g. the excerpt stops before its body)
        default = SectionKind.AGENDA_TEXT
    sections, attachments, subitems = _read_occurrence(
        body_occ, number, lines, reporter, default, tables, quoted_echo=False, heads=agenda.heads
    )
    for occ in minutes:
        s2, a2, sub2 = _read_occurrence(
            occ,
            number,
            lines,
            reporter,
            SectionKind.REFERAT,
            tables,
            quoted_echo=True,
            heads=agenda.heads,
        )
        sections += s2
        attachments += a2
        subitems = _merge_subitems(subitems, sub2)
    for occ in decided:
        sections += _decision_row(lines, occ)
    span = _range(lines, body_occ.start, body_occ.end)
    if default is SectionKind.REFERAT:
        head_span = _range(lines, body_occ.start, body_occ.start + 1)
        bare = not sections and not subitems
        found = inline_minutes(title, head_span) if bare else topic_minutes(title, head_span)
        if found is not None:  # minutes on the item's own line
            title, first = found
            sections = [first, *sections]
    decision = _about_other_items(decide(sections), sections, number)
    if decision.outcome is Outcome.NONE and subitems:
        decision = _from_subitems(subitems) or decision
    if not sections and not subitems and _WITHDRAWN_TITLE.match(title):
        head_span = _range(lines, body_occ.start, body_occ.start + 1)
        decision = Decision(outcome=Outcome.WITHDRAWN, text=title, span=head_span)
    return AgendaItem(
        number=number,
        title=title,
        sections=sections,
        decision=decision,
        attachments=merge_attachments(attachments),
        subitems=subitems,
        span=span,
        listing_span=_range(lines, listing.start, listing.end)
        if listing and listing is not body_occ
        else None,
        minutes_span=_minutes_span(lines, minutes or decided),
    )


def _minutes_span(lines: tuple[Line, ...], occs: list[Occurrence]) -> Span | None:
    return _range(lines, occs[0].start, occs[-1].end) if occs else None


def _decision_row(lines: tuple[Line, ...], occ: Occurrence) -> list[Section]:
    """The cells of a row of a closing table of decisions, labelled by its header row, or the
    text of a closing "Ad 1: ..." line; the first one's section also holds the table's header
    row or the block's heading."""
    row = lines[occ.first_body_line]
    span = Span(start_line=lines[occ.start].number, end_line=row.number)
    if occ.header_row < 0:  # "Ad 1: Regnskabet godkendt." under "Beslutninger"
        return [Section(kind=SectionKind.BESLUTNING, heading=None, text=occ.head.rest, span=span)]
    header = lines[occ.header_row].cells
    sections: list[Section] = []
    for k, cell in enumerate(row.cells):
        if k in occ.skip_cells or not cell.strip():
            continue
        label = header[k].strip() if k < len(header) else ""
        key = normalise_label(label)
        kind = (
            SectionKind.BESLUTNING
            if key in DECISION_COLUMNS
            else SECTION_LABELS.get(key, SectionKind.REFERAT)
        )
        sections.append(Section(kind=kind, heading=label or None, text=cell.strip(), span=span))
    if not sections:  # a row with only its numbers: kept, empty
        sections.append(Section(kind=SectionKind.BESLUTNING, heading=None, text="", span=span))
    return sections


_OTHER_ITEM_WITHDRAWN = re.compile(OTHER_ITEM_WITHDRAWN, re.IGNORECASE)
_WITHDRAWN_TITLE = re.compile(WITHDRAWN_TITLE, re.IGNORECASE)


def _about_other_items(decision: Decision, sections: list[Section], number: str | None) -> Decision:
    """ "Godkendt. Punkt 2 udgik." in item 1: the withdrawal is item 2's; item 1 is decided
    without that sentence."""
    if decision.outcome is not Outcome.WITHDRAWN:
        return decision
    own = (number or "").split(".")[0]

    def other(m: re.Match[str]) -> str:
        return "" if m.group(1) != own else m.group(0)

    trimmed = [
        s.model_copy(update={"text": _OTHER_ITEM_WITHDRAWN.sub(other, s.text).strip()})
        for s in sections
    ]
    return decide(trimmed) if trimmed != sections else decision


def _read_occurrence(
    occ: Occurrence,
    number: str | None,
    lines: tuple[Line, ...],
    reporter: Reporter,
    default: SectionKind,
    tables: list[int],
    *,
    quoted_echo: bool,
    heads: dict[int, Head] | None = None,
) -> tuple[list[Section], list[Attachment], list[AgendaItem]]:
    start, end = occ.first_body_line, occ.end
    skip = frozenset(occ.extra + occ.furniture)
    if lines[occ.start].kind is LineKind.TABLE_ROW and occ.body_start is None:
        return _table_sections(lines, occ.start, tables[occ.start], default), [], []
    if occ.head.rest and occ.body_start is None:  # "Eventuelt – Intet.": the text is on the head
        head_line = lines[occ.start]
        span = Span(start_line=head_line.number, end_line=head_line.number)
        first = Section(kind=default, heading=None, text=occ.head.rest, span=span)
        body = read_body(lines, start, end, default_kind=default, reporter=reporter, skip=skip)
        return [first, *body.sections], body.attachments, []
    if occ.role == "listing":
        body = read_body(
            lines, start, end, default_kind=SectionKind.AGENDA_TEXT, reporter=Reporter(), skip=skip
        )
        return body.sections, body.attachments, []
    subs = sub_heads(lines, start, end, occ.head.number, heads)
    in_table = bool(subs) and lines[subs[0][2]].kind is LineKind.TABLE_ROW
    if in_table and not _sub_points_table(lines, tables[subs[0][2]]):
        subs, in_table = [], False  # "| 3.1 | Kontingent | 240.000 |": a table of the item's text
    own_end = subs[0][2] if subs else end
    if in_table:  # "| 2.1 | Ladestandere | Vedtaget |": the header row is no text of the item
        own_end = min(own_end, tables[subs[0][2]])
    body = read_body(
        lines,
        start,
        own_end,
        default_kind=default,
        reporter=reporter,
        skip_quoted=quoted_echo,
        skip=skip,
    )
    if in_table:
        tail: int | None = _table_end(lines, subs[-1][2], end)
    else:
        tail = _parent_tail(lines, subs[-1][2], end) if subs else None
    if tail is not None:  # "**Beslutning:** ..." after a list of sub-points: the item's own
        after = read_body(
            lines,
            tail,
            end,
            default_kind=default,
            reporter=reporter,
            skip_quoted=quoted_echo,
            skip=skip,
        )
        body.sections += after.sections
        body.attachments += after.attachments
        end = tail
    subitems: list[AgendaItem] = []
    for k, (sub_number, sub_title, index) in enumerate(subs):
        sub_end = subs[k + 1][2] if k + 1 < len(subs) else end
        if in_table:
            sub_end = index + 1
        while sub_end > index + 1 and lines[sub_end - 1].blank:
            sub_end -= 1
        sub_body: Body = read_body(
            lines,
            index + 1,
            sub_end,
            default_kind=default,
            reporter=reporter,
            skip_quoted=quoted_echo,
            skip=skip,
        )
        sub_sections = sub_body.sections
        if in_table:  # the other cells, labelled by the header row
            sub_sections = _table_sections(lines, index, tables[index], default)
        speaker: str | None = None
        if not sub_sections and default is SectionKind.REFERAT:
            found = inline_minutes(sub_title, _range(lines, index, index + 1), sub_point=True)
            if found is not None:
                sub_title, first = found
                sub_sections = [first]
                speaker = sub_title
        sub_decision = decide(sub_sections)
        if speaker is not None:  # "a) Formanden: Provstiudvalget har godkendt ..."
            sub_decision = reported(sub_decision, speaker)
        subitems.append(
            AgendaItem(
                number=sub_number if "." in sub_number or not number else f"{number}.{sub_number}",
                title=sub_title,
                sections=sub_sections,
                decision=sub_decision,
                attachments=merge_attachments(sub_body.attachments),
                subitems=[],
                span=_range(lines, index, sub_end),
                minutes_span=None,
            )
        )
    # Lettered sub-points number as "3.a"; numbered ones keep their own number.
    return body.sections, body.attachments, subitems


_TABLE_KINDS = (LineKind.TABLE_ROW, LineKind.TABLE_RULE)


def _parent_tail(lines: tuple[Line, ...], last_sub: int, end: int) -> int | None:
    """Where the item's own text goes on after its last sub-point: when the sub-points are list
    entries ("- 1.2 Datavarehus: afventer test"), the first labelled line after a blank line
    that is no list entry ("**Beslutning:** Styregruppen tog status til efterretning.")."""
    head = lines[last_sub]
    if not (head.bullet or head.list_number is not None or head.list_depth > 0):
        return None
    for j in range(last_sub + 1, end):
        line = lines[j]
        if line.blank or not lines[j - 1].blank:
            continue
        if line.bullet or line.list_number is not None or line.list_depth > 0 or line.indent:
            continue
        if section_label(line, None) is not None:
            return j
    return None


def _sub_points_table(lines: tuple[Line, ...], start: int) -> bool:
    """A table of sub-points ("| Nr. | Forslag | Resultat |"): its header row has a title column
    and a decision column; other tables with numbered rows (a budget) are the item's text."""
    if start + 1 >= len(lines) or lines[start + 1].kind is not LineKind.TABLE_RULE:
        return False
    keys = {normalise_label(c.strip()) for c in lines[start].cells}
    return bool(keys & DECISION_COLUMNS) and bool(keys & TITLE_COLUMNS)


def _table_end(lines: tuple[Line, ...], row: int, end: int) -> int | None:
    """The first line after the table holding ``row`` when the item goes on after it."""
    j = row + 1
    while j < end and lines[j].kind in _TABLE_KINDS:
        j += 1
    while j < end and lines[j].blank:
        j += 1
    return j if j < end else None


def _table_starts(lines: tuple[Line, ...]) -> list[int]:
    """For every line of a table, the index of the table's first line (others: their own)."""
    starts: list[int] = []
    for i, line in enumerate(lines):
        inside = i > 0 and line.kind in _TABLE_KINDS and lines[i - 1].kind in _TABLE_KINDS
        starts.append(starts[i - 1] if inside else i)
    return starts


def _table_sections(
    lines: tuple[Line, ...], index: int, first: int, default: SectionKind
) -> list[Section]:
    """The cells after number and title of an agenda-table row, labelled by the header row.

    ``first`` is the index of the table's first line (``_table_starts``).
    """
    header = lines[first].cells if first < index else ()
    row = lines[index]
    span = Span(start_line=row.number, end_line=row.number)
    sections: list[Section] = []
    first = table_columns(row.cells)  # the number and title columns are no sections
    for k, cell in enumerate(row.cells):
        if k in (first, first + 1) or not cell.strip():
            continue
        label = header[k].strip() if k < len(header) else ""
        key = normalise_label(label)
        kind = SectionKind.BESLUTNING if key in RESULT_COLUMNS else SECTION_LABELS.get(key, default)
        kind = kind if label else default
        sections.append(Section(kind=kind, heading=label or None, text=cell.strip(), span=span))
    return sections


def _merge_subitems(first: list[AgendaItem], second: list[AgendaItem]) -> list[AgendaItem]:
    """Sub-points of the minutes merged into the agenda's sub-points with the same number."""
    out = list(first)
    position = {s.number: k for k, s in enumerate(out)}
    for s in second:
        k = position.get(s.number)
        if k is None:
            position[s.number] = len(out)
            out.append(s)
            continue
        existing = out[k]
        sections = existing.sections + s.sections
        out[k] = existing.model_copy(
            update={
                "sections": sections,
                "decision": decide(sections),
                "attachments": merge_attachments(existing.attachments + s.attachments),
                "minutes_span": s.span,
            }
        )
    return out


_PREFERENCE = (
    Outcome.APPROVED_WITH_CHANGES,
    Outcome.APPROVED,
    Outcome.REJECTED,
    Outcome.POSTPONED,
    Outcome.WITHDRAWN,
    Outcome.NOTED,
    Outcome.DISCUSSED,
)


def _from_subitems(subitems: list[AgendaItem]) -> Decision | None:
    decided = [
        s.decision
        for s in subitems
        if s.decision is not None and s.decision.outcome is not Outcome.NONE
    ]
    for outcome in _PREFERENCE:
        for d in decided:
            if d.outcome is outcome:
                return d
    return None


# -- checks -----------------------------------------------------------------------------------


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


def _check_minutes_matched(items: list[AgendaItem], reporter: Reporter) -> None:
    """Items with minutes but missing from the agenda that announced every other item.

    The agenda is a leading listing (table of contents) or, in OS2-style documents, the item
    texts before a separate minutes block. An item found only after it was added during the
    meeting, or its number is a slip.
    """
    listed = [it for it in items if it.listing_span is not None]
    unlisted = [  # (an item only listed, with no text, has no minutes: not reported)
        it
        for it in items
        if it.listing_span is None and it.minutes_span is None and (it.sections or it.subitems)
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
    return " ".join(normalise_label(name).replace(".", " ").split())


def _check_people(
    attendees: list[Person],
    absentees: list[Person],
    guests: list[Person],
    chair: Person | None,
    minute_taker: Person | None,
    reporter: Reporter,
) -> None:
    seen = _Roster()
    for p in attendees + guests:
        earlier = seen.find(p)
        if earlier is not None and earlier.span != p.span:
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
        if earlier is not None and earlier.span != p.span:
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
    present_names = {_fold(p.name) for p in attendees if p.present is not False}
    first_names = {_fold(p.name).split()[0] for p in attendees if p.name}
    if minute_taker is not None and attendees:
        key = _fold(minute_taker.name)
        if key not in present_names and not (len(key.split()) == 1 and key in first_names):
            reporter.report(
                Code.REFERENT_NOT_ATTENDEE,
                f'the minute-taker "{minute_taker.name}" is not among the attendees',
                minute_taker.span,
            )
    for p in attendees:
        _check_group(p, reporter)


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
    """One entry per person (the first); a repeat was reported as person-listed-twice."""
    seen = _Roster()
    out: list[Person] = []
    for p in people:
        if seen.find(p) is None:
            seen.add(p)
            out.append(p)
    return out


def _check_group(person: Person, reporter: Reporter) -> None:
    """ "formand for Vækstforum Midtjylland" listed under "Vækstforum Nordjylland"."""
    if not person.group or not person.organisation:
        return
    group = person.group.casefold().split()
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


def _range(lines: tuple[Line, ...], start: int, end: int) -> Span:
    """The span of line indexes ``start..end`` (end exclusive)."""
    last = max(start, end - 1)
    return Span(start_line=lines[start].number, end_line=lines[last].number)


def _leftovers(
    header: HeaderFacts, footer: HeaderFacts, title: Line | None, page_marks: list[Line]
) -> tuple[list[TextBlock], list[TextBlock]]:
    note_lines: list[Line] = list(page_marks)
    for ln, _dated in header.free + footer.free:
        if title is not None and ln.number == title.number:
            continue
        if ln in header.address_lines or ln in footer.address_lines:
            continue
        note_lines.append(ln)
    for ln in header.headings + footer.headings + header.rules + footer.rules:
        if title is not None and ln.number == title.number:
            continue
        note_lines.append(ln)
    note_lines += [ln for ln in header.leftovers + footer.leftovers if ln.text]
    notes = _blocks(sorted(note_lines, key=lambda ln: ln.number))
    return notes, []


def _blocks(lines: Iterable[Line]) -> list[TextBlock]:
    blocks: list[TextBlock] = []
    heading: str | None = None
    texts: list[str] = []
    first = last = 0
    prev = -10

    def flush() -> None:
        if heading is None and not texts:
            return
        blocks.append(
            TextBlock(
                heading=heading, text="\n".join(texts), span=Span(start_line=first, end_line=last)
            )
        )

    for ln in lines:
        end = line_span(ln).end_line
        is_heading = ln.kind is LineKind.HEADING or ln.strong or is_region_heading(ln)
        near = ln.number <= prev + 2  # else markup (a rule) starts a block of its own
        if not ln.text and near and (heading is not None or texts or blocks):
            if heading is None and not texts:  # markup after a finished block: extend it
                blocks[-1] = blocks[-1].model_copy(
                    update={"span": Span(start_line=blocks[-1].span.start_line, end_line=end)}
                )
                continue
            last = max(end, ln.number)
            prev = last
            continue
        if is_heading or ln.number > prev + 2:
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
        TextBlock(heading=None, text=ln.text, span=line_span(ln))
        for ln in lines
        if is_furniture(ln.text)
    ]


# -- footer and people mentioned in item text ---------------------------------------------------

_SIGNATURE_KINDS = (
    FieldKind.MINUTE_TAKER,
    FieldKind.CHAIR,
    FieldKind.FACILITATORS,
    FieldKind.OTHER_DATE,  # "Næste møde: 11. april 2023"
)


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
    for j in range(last.start + 1, last.end):
        line = lines[j]
        if j >= tail_start and _site_footer(line, lines, j, last.end):
            break  # "---" over "Svendborg Kommune · Ramsherred 5 · 5700 Svendborg"
        if line.blank or not line.text:
            continue
        emphasised = line.kind is LineKind.HEADING or line.strong
        if emphasised and normalise_label(line.text) in NOTE_HEADINGS:
            break
        if (
            emphasised
            and normalise_label(line.text) in TASK_HEADINGS
            and not _table_at(lines, _next_text(lines, j))
        ):
            break  # "**Opgaver**" over a list after the last item: a note (a table stays)
        if level and line.kind is LineKind.HEADING and line.heading_level < level:
            break
        if j < tail_start:
            continue
        if _closes_meeting(line.text):
            break  # "Mødet hævet kl. 21.40": what follows are signatures
        if normalise_label(line.text) in SIGNATURE_HEADINGS:
            break  # "Underskrifter:" over the names
        low = line.text.casefold()
        own_text = not any(lines[k].text for k in range(last.start + 1, j))
        if (_MINUTES_SIGNED.match(low) and not own_text) or _GREETING.match(low):
            break  # "Referatet er godkendt af ..." (unless it is the item's decision), "Mvh"
        if _signature_start(line, lines, j):
            break  # "Holstebro, den 12. juni 2025" + signers
        if signer_line(line.text) and all(
            signer_line(ln.text) for ln in lines[j + 1 : last.end] if ln.text
        ):
            break  # "Per Kjær, dirigent" / "Mona Sand, referent" at the very end
        if line.kind is not LineKind.TABLE_ROW and is_furniture(line.text):
            break  # "Til toppen", "Senest opdateret: ...": the web page's furniture
        label = label_of(line)
        kind = field_kind(label[0]) if label is not None else None
        if kind is None and label is not None and taker_by_minutes_label(*label):
            kind = FieldKind.MINUTE_TAKER  # "Referat: Ida Bang" under the last item
        if kind in _SIGNATURE_KINDS:
            tail = [ln for ln in lines[j : last.end] if not ln.blank]
            only_text = (
                kind is FieldKind.OTHER_DATE
                and last.head.base != "table"
                and not last.head.rest
                and not any(lines[k].text for k in range(last.start + 1, j))
            )  # "## 2. Næste møde" / "Næste møde: 14.01.2026": the item's own text
            if not only_text and len(tail) <= 12 and all(len(ln.text) <= 80 for ln in tail):
                above = lines[j - 1].text if j - 1 > last.start else ""
                if label is not None and not label[1] and is_name(above, allow_single=False):
                    j -= 1  # "Per Kjær" over "dirigent": the signer's name goes with it
                break
    else:
        return
    end = j
    while end > last.start + 1 and lines[end - 1].blank:
        end -= 1
    last.end = end


_MEETING_CLOSED = re.compile(MEETING_CLOSED)
_DIGIT = re.compile(r"\d")
_MEETING_CLOSED_INSIDE = re.compile(MEETING_CLOSED_INSIDE)
_MINUTES_SIGNED = re.compile(MINUTES_SIGNED)
_GREETING = re.compile(CLOSING_GREETING)
_PLACE_AND_DATE = re.compile(r"^[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2},?\s+(?:d\.|den)?\s*\d")
_SIGNATURE_RULE = re.compile(r"^[_.]{5,}\s*$|^_{3,}")


def _closes_meeting(text: str) -> bool:
    """ "Mødet hævet kl. 21.40", "..., og generalforsamlingen blev hævet kl. 21.15."."""
    low = text.casefold()
    return bool(_MEETING_CLOSED.match(low)) or (
        ("hæve" in low or "erklære" in low) and _MEETING_CLOSED_INSIDE.search(low) is not None
    )


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
    if first is None or _kind_words(first.text) not in (
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
    Ramsherred 5 · 5700 Svendborg"): a web page's or document's footer."""
    if line.kind is not LineKind.RULE:
        return False
    rest = [ln for ln in lines[j + 1 : end] if not ln.blank]
    return 0 < len(rest) <= 6 and all(
        len(ln.text) <= 100 and section_label(ln, None) is None for ln in rest
    )


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


_PAGE_MARK = re.compile(PAGE_MARK)
_PAGE_TAIL = re.compile(PAGE_TAIL, re.IGNORECASE)


def _mark_page_furniture(agenda: Agenda, lines: tuple[Line, ...]) -> list[Line]:
    """Page numbers inside items ("Side 6 af 6"): left out of the sections, kept as notes."""
    found: list[Line] = []
    counts: Counter[str] | None = None
    for occs in agenda.items:
        for occ in occs:
            marks = []
            for j in range(occ.start + 1, occ.end):
                line = lines[j]
                if not line.text or len(line.raw) > 200:
                    continue
                low = line.raw.casefold()
                if ("side " in low or "page " in low) and _PAGE_MARK.search(low):
                    marks.append(j)
            if not marks:
                continue
            if counts is None:
                counts = Counter(ln.text for ln in lines if ln.text)
            # A running header or footer beside the page number: a short line that is written
            # on every page ("Social- og Sundhedsudvalget 07-04-2025"); a section label
            # ("Beslutning", written under every item) opens the next section instead.
            for j in marks:
                for k in _neighbours(lines, j, occ.start + 1, occ.end):
                    text = lines[k].text
                    repeated = counts[text] >= (2 if _DIGIT.search(text) else 3)
                    header_like = len(text) <= 100 and not text.endswith((".", ":", "!", "?"))
                    if (
                        repeated
                        and header_like
                        and k not in occ.furniture
                        and section_label(lines[k], None) is None
                    ):
                        occ.furniture.append(k)
                occ.furniture.append(j)
            occ.furniture.sort()
            found.extend(lines[j] for j in occ.furniture)
    return found


def _neighbours(lines: tuple[Line, ...], j: int, start: int, end: int) -> list[int]:
    """The nearest non-blank lines before and after line ``j`` within ``start..end``."""
    out = []
    for step in (-1, 1):
        k = j + step
        while start <= k < end and lines[k].blank:
            k += step
        if start <= k < end:
            out.append(k)
    return out


def _closing_time(lines: tuple[Line, ...]) -> str | None:
    """The time of the line that closes the meeting ("Mødet sluttede kl. 18.32"), if any."""
    seen = 0
    for line in reversed(lines):
        if not line.text:
            continue
        seen += 1
        if seen > _CLOSING_WINDOW:
            break  # the meeting closes at the end of the minutes, not in the middle of them
        if _closes_meeting(line.text):
            found = find_time_range(line.text)
            if found is not None:
                return found.end or found.start
            bare = _BARE_CLOCK.search(line.text)  # "Mødet sluttede 21.40."
            if bare is not None:
                return f"{int(bare.group(1)):02d}:{bare.group(2)}"
    return None


_CLOSING_WINDOW = 60  # non-blank lines from the end of the document
_PAGE_NUMBER_AFTER = re.compile(r"\s+\d{1,3}")
_BARE_CLOCK = re.compile(r"\b([01]?\d|2[0-3])[.:]([0-5]\d)\b(?![.:]?\d)")


_AD = re.compile(r"^ad\.?\s+(?:pkt\.?\s*|punkt\s+)?\d", re.IGNORECASE)
_AFBUD_FRA = re.compile(
    r"\bafbud fra:?\s+(.+?)(?:(?<!\s[A-ZÆØÅ])\.\s+(?=[A-ZÆØÅ][a-zæøå])|\.?\s*$)", re.IGNORECASE
)
_NEXT_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-ZÆØÅ])")
_LABELLED = re.compile(r"^([A-ZÆØÅ][\w ]{1,30}?)\s*:\s*(\S.*)$")


def _people_in_items(
    out: dict[str, Any], lines: tuple[Line, ...], item_lines: set[int], quoted: set[int]
) -> None:
    """Absence and roles written inside item text ("Fraværende: ...", "Kåre er referent").

    Not in an agenda, and not inside another body's quoted decision (``quoted`` line numbers):
    the absence recorded there is that body's."""
    absent = {_fold(p.name) for p in out["absentees"]}
    agenda = out["document_kind"] in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE)
    for i in sorted(item_lines):
        line = lines[i]
        text = line.text
        low = text.lower()
        if not text or not any(hint in low for hint in PEOPLE_HINTS):
            continue
        elsewhere = agenda or line.number in quoted
        span = Span(start_line=line.number, end_line=line.number)
        label = label_of(line)
        names: list[str] = []
        kind = field_kind(label[0]) if label is not None else None
        # "Dirigent: Ole Nørmark blev foreslået og valgt", "Dirigent: X. Referent: Y."
        sentences = _NEXT_SENTENCE.split(text)
        labelled = [label] if label is not None else []
        labelled += [(m.group(1), m.group(2)) for t in sentences[1:] if (m := _LABELLED.match(t))]
        for label_text, value in labelled:
            role_kind = field_kind(label_text)
            if role_kind not in (FieldKind.CHAIR, FieldKind.MINUTE_TAKER) or not value:
                continue
            key = "chair" if role_kind is FieldKind.CHAIR else "minute_taker"
            name = first_name_in(_NEXT_SENTENCE.split(value)[0])
            if out[key] is None and name:
                role = "referent" if key == "minute_taker" else normalise_label(label_text)
                out[key] = Person(name=name, roles=[role], written=text, span=span)
        if elsewhere:
            names = []
        elif label is not None and kind is FieldKind.ABSENTEES and label[1]:
            names = list_entries(label[1])
        else:
            m = _AFBUD_FRA.search(text)
            if m:
                names = list_entries(m.group(1))
        found = [(e.strip(), parts) for e in names if (parts := parse_person(e)) is not None]
        if not elsewhere and not names:  # "Thomas Lind havde meldt afbud."
            found = [(text.strip(), parts) for parts in absence_sentence(text.lstrip("- ")) or []]
        for written, parts in found:
            if _fold(parts.name) in absent:
                continue
            absent.add(_fold(parts.name))
            out["absentees"].append(
                Person(
                    name=parts.name,
                    title=parts.title,
                    organisation=parts.organisation,
                    party=parts.party,
                    roles=parts.roles,
                    written=written,
                    span=span,
                )
            )
        for sentence in re.split(r"(?<=[.;])\s+", text.lstrip("- ")):
            for written_name, role_word in role_sentence(sentence):
                role = PERSON_ROLES.get(role_word, role_word)
                parts = parse_person(written_name)  # "Advokat Lise Bang": a title first
                name = parts.name if parts is not None else written_name
                title = parts.title if parts is not None else None
                person = Person(
                    name=name, title=title, roles=[role], written=sentence.strip(), span=span
                )
                if role in CHAIR_ROLES and out["chair"] is None:
                    out["chair"] = person
                elif role in MINUTE_TAKER_ROLES and out["minute_taker"] is None:
                    out["minute_taker"] = person


_INITIALS_VALUE = re.compile(r"^([A-ZÆØÅ]{2,5})\.?$")


def _roles_by_initials(out: dict[str, Any]) -> None:
    """ "Mødeleder: AH", "Referent: KBJ": initials that one attendee (or guest) has, by an
    Initialer column or by the first letters of the name, make that person chair or minute-taker."""
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
        if len(names) == 1:
            role = "referent" if key == "minute_taker" else normalise_label(field.label)
            role = PERSON_ROLES.get(role, role)
            person = matches[0]
            out[key] = person.model_copy(
                update={
                    "roles": [*person.roles, *([role] if role not in person.roles else [])],
                    "written": field.value.strip(),
                    "span": field.span,
                }
            )


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
        kept.append(found.model_copy(update={"written": person.written, "span": person.span}))
        out["attendees"] = [p for p in out["attendees"] if _fold(p.name) != _fold(found.name)]
    out["absentees"] = kept


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


_MARKED_REFERENT = re.compile(  # words of at most 61 characters: linear on endless "words"
    r"([A-ZÆØÅ][\w-]{1,60}(?:\s+[A-ZÆØÅ][\w.-]{0,60}){1,3})\s*\((?:ref\.?|referent)\)",
    re.IGNORECASE,
)


_REFERENT_MARK = re.compile(r"\((?:ref\.?|referent)\)", re.IGNORECASE)


_LED_THE_MEETING = re.compile(LED_THE_MEETING)
_LED_BY = re.compile(LED_BY)


def _led_the_meeting(lines: tuple[Line, ...]) -> Person | None:
    """ "Borgmester Dorthe West (A) ledede mødet." or "Mødet blev ledet af næstformand Jonas
    Lind." anywhere names the chair."""
    for line in lines:
        text = line.text
        if "lede" not in text and "ledt" not in text:  # cheap: most lines say nothing of it
            continue
        by = _LED_BY.match(text.casefold())
        if by is not None:
            written = (
                text[by.end() :].split(".")[0] if "." in text[by.end() :] else text[by.end() :]
            )
            parts = parse_person(written)
        else:
            m = _LED_THE_MEETING.search(text)
            if m is None or m.start() > 80:
                continue
            parts = parse_person(text[: m.start()])
        if parts is None:
            continue
        return Person(
            name=parts.name,
            title=parts.title,
            party=parts.party,
            roles=["mødeleder"],
            written=text.strip(),
            span=line_span(line),
        )
    return None


def _marked_minute_taker(lines: tuple[Line, ...]) -> Person | None:
    """ "..., Anja Boye (ref.)" anywhere in the text names the minute-taker."""
    for line in lines:
        if "(ref" not in line.text.casefold():  # cheap: most lines have no mark
            continue
        m = _marked_referent(line.text)
        if m:
            name = first_name_in(m.group(1)) or m.group(1)
            return Person(name=name, roles=["referent"], written=m.group(0), span=line_span(line))
    return None


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


_PLACE_WORDS = re.compile(
    r"\b(?:møde)?lokale[t]?\b|\brådhus(?:et)?\b|\bsognehus(?:et)?\b|\bregionshus(?:et)?\b|\bhotel\b|"
    r"\bkantine(?:n)?\b|\bmødesal(?:en)?\b|\bhuset\b|\bklubhus(?:et)?\b",
    re.IGNORECASE,
)


def _fallback_location(header: HeaderFacts, title: Line | None) -> Location | None:
    """A place named on a header line of its own, or a virtual meeting named in the title."""
    candidates = [ln for ln, _ in header.free if ln.text and len(ln.text) <= 100]
    for ln in candidates:
        if ln is title:
            continue
        if _PLACE_WORDS.search(ln.text) and not re.search(r"\bkl\.?\s*\d", ln.text):
            return parse_location(ln.text, line_span(ln))
    for (before, dated), (ln, _) in zip(header.free, header.free[1:], strict=False):
        if (  # "Onsdag den 13. marts 2024 kl. 19.30" over "Nørre Snede Hallen, cafeteriet"
            dated
            and ln.number - before.number <= 2
            and 3 <= len(ln.text) <= 80
            and len(ln.text.split()) <= 7  # a name and an address, not a sentence
            and not ln.text.endswith(".")
            and ":" not in ln.text
            and not find_dates(ln.text)
            and not _PAGE_MARK.match(ln.text.casefold())
            and looks_like_place(ln.text)
        ):
            return parse_location(ln.text, line_span(ln))
    for ln in ([title] if title is not None else []) + candidates:
        m = re.search(r"\bkl\.?\s+(?![\d.:])([A-ZÆØÅ][^:]{2,100})$", ln.text)
        if m and _PLACE_WORDS.search(m.group(1)):
            return parse_location(m.group(1), line_span(ln))
    for ln in ([title] if title is not None else []) + candidates:
        words = set(re.findall(r"\w+", ln.text.casefold()))
        found = words & VIRTUAL_WORDS
        if found:
            return Location(
                name=sorted(found)[0], virtual=True, written=ln.text, span=line_span(ln)
            )
    return None
