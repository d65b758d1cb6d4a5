"""Stage 3a: the meeting's header (and footer) lines -> facts and people.

A header is what comes before the agenda: title, ``Label: value`` fields, people lists with
their groups, the place. The same reader handles a footer (signatures, "Referent: ...").
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from referat import _new as new
from referat._danish import DateHit, TimeRange, find_dates, find_time_range, sentence_at
from referat._digit import has_digit
from referat._facts import LineKind, Record
from referat._field_kinds import (
    DISCLOSED_KINDS,
    LABEL_ITEM_REMARK,
    STAND_IN_FOR,
    STAND_IN_WORDS,
    field_kind,
    without_occasion,
)
from referat._first import Anchored, anchored
from referat._logical import (
    ATTENDEE_GROUP_SET,
    CLOSING,
    ENTRY_SPLIT,
    LIST_KINDS,
    LONE_SURNAME,
    NO_COLON_LABELS,
    PAREN_RE,
    ROLE_COLUMNS_RAW,
    Logical,
    full_name,
    layout_columns,
    logical_lines,
    person_columns,
    posts_as_labels,
)
from referat._memo import memo
from referat._people import (
    AND_SPLIT,
    HANDLE_NAMED,
    INITIALS_NAME,
    PARTY_CODES,
    PersonParts,
    absence_sentence,
    chair_title,
    couple_name,
    first_name_in,
    indefinite_title,
    is_name,
    is_organisation,
    known_title,
    named_by_handle,
    names_for_houses,
    parse_person,
    post_label,
    role_sentence,
    singular_title,
    split_name_list,
    split_name_run,
    split_outside_parens,
    split_title_for,
    stacked_groups,
    starts_with_first_name,
    without_symbols,
    without_title,
    written_party,
)
from referat._prefix import Needs, Opening, casefolded, contains_any, lowered
from referat._scan import Line
from referat._trie import alternation
from referat.diagnostics import Code, Reporter
from referat.models import HeaderField, Location, Person, Span, span_of
from referat.vocabulary import (
    ABSENCE_COLUMNS,
    ACTION_OWNER_COLUMNS,
    ADDITIVE_WORDS,
    AGENDA_HEADINGS,
    AGENDA_ITEM_COLUMNS,
    AGENDA_TABLE_COLUMNS,
    BOARD_GROUP_WORDS,
    BODY_MEETING_WORDS,
    BREADCRUMB_HOMES,
    BYLINE_WORDS,
    CHAIR_AWAY_TAIL,
    CHAIR_BY_POST,
    CHAIR_ROLES,
    COMPANY_FORMS,
    DETAIL_COLUMNS,
    DISCLOSURE_WORDS,
    EVERYONE_BUT_SENTENCE,
    FAR_RIGHT_INDENT,
    FIELD_LABELS,
    FILE_EXTENSION,
    GROUP_LABELS,
    GUEST_LABEL_ROLES,
    GUEST_ROLES,
    HEADER_HEADINGS,
    HEADER_ONLY_LABELS,
    HYBRID_WORDS,
    ITEM_NUMBERS,
    ITEM_REMARK,
    ITEM_REMARK_WORDS,
    ITEM_WORD,
    LEFT_OR_CAME,
    MAIL_SENDER,
    MEETING_APP_ROLES,
    MEETING_CLOSED_AFTER_NAME,
    MEETING_REPORT_KEYS,
    MEETING_REPORT_SECTIONS,
    MEMBER_COLUMNS,
    MEMBERSHIP_TITLES,
    MINUTE_TAKER_ROLES,
    MINUTES_HEADINGS,
    MONTHS,
    NAME_ABBREVIATIONS,
    NOBODY,
    NOT_AN_ADJECTIVE,
    NOT_MEETING_DATE_WORDS,
    NOT_SURNAMES,
    NOTE_HEADINGS,
    NOTE_TAGS,
    NUMBERED_ROOM,
    PAGE_MARK,
    PAGE_TAIL,
    PARTY_NAMES,
    PEOPLE_COLUMNS,
    PEOPLE_SYMBOL_LABEL,
    PEOPLE_SYMBOLS,
    PERSON_ROLES,
    PLACE_ORGANISATION,
    PLACE_SYMBOLS,
    PLACE_WORD_ENDINGS,
    POST_STAMP,
    PRESENCE_COLUMNS,
    PRESENCE_MARKS,
    PRESENCE_SENTENCE,
    PRESENT_CELLS,
    PRINT_STAMP,
    PROJECT_PARTIES,
    PROSE_PEOPLE_WORDS,
    RELATIVE_PRONOUNS,
    REPLY_ATTRIBUTION,
    ROOM_OF_PLACE,
    RUNNING_PAGE_HEADER,
    SECRETARY_LABELS,
    SECTION_LABELS,
    SELF_REFERENCES,
    SENTENCE_VERBS,
    SERVING_LEADERS,
    SERVING_POSTS,
    SIGNER_ROLES,
    SITE_SECTIONS,
    STAFF_LABELS,
    STAND_IN,
    STAND_IN_HINTS,
    STAND_IN_ROLES,
    TIME_COLUMNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    TOPIC_COLUMNS,
    VIRTUAL_WORDS,
    WEB_FURNITURE,
    WEEKDAYS,
    WORKFORCE_SIDES,
    FieldKind,
    is_staff_title,
    normalise_label,
)

_ME_NAMED: Final = re.compile(r"^(?:mig|jeg|undertegnede|me)\s*\(([^()]{3,60})\)\.?$", re.I)
"""The writer of a note naming herself ("Referent: mig (Bo Lind)"): the name in brackets."""
# (a Dataview inline field's two colons too: "Fravær:: [[Ulrik Thy]] (ferie)")
_LABEL_SPLIT: Final = re.compile(r"^([^:;]{1,48}?)\s*[:;]:?\s*(.*)$")
# "skiftes – i dag Jonas", "på skift, denne gang: Line": a post taken in turn, and who has it now
# "Bestyrelsen foreslog Niels Ravn (nr. 31), der blev valgt": the person proposed follows
_PROPOSED: Final = re.compile(
    r"^[A-ZÆØÅ][\w-]+(?:\s+[\w-]+)?\s+(?:foreslog|pegede\s+på|indstillede|valgte|udpegede)"
    r"\s+(?:som\s+\w+\s+)?(?=[A-ZÆØÅ])"
)


def without_proposer(value: str) -> str:
    """A role's value without who proposed the person ("Bestyrelsen foreslog Niels Ravn (nr.
    31), der blev valgt": "Niels Ravn (nr. 31), ..."); the value as it is otherwise."""
    proposed = _PROPOSED.match(value)
    return value[proposed.end() :] if proposed is not None else value


_IN_TURN: Final = re.compile(
    r"^(?:skiftes|skiftende|på\s+skift|på\s+omgang)\W+(?:i\s+dag|denne\s+gang|nu)\W+"
    r"([A-ZÆØÅ].*)$",
    re.IGNORECASE,
)
# A label longer than _LABEL_SPLIT's 48 characters is read only when it names staff and their
# firm ("Fra administrator, Holm & Partnere Ejendomsadministration:"), up to 100 characters.
_LONG_LABEL: Final = 48
_FROM_FIRM_LABEL: Final = 100
_FROM_DELTOG: Final = anchored(
    r"^(fra\s.+?\s(?:deltog|deltager|mødte)(?:\s+(?:desuden|endvidere|også|derudover))?"
    rf"(?:\s+(?:under|til|ved)\s+(?:ad\.?|{ITEM_WORD})\s*{ITEM_NUMBERS})?)"  # "... under punkt 5:"
    r"\s*:?\s*(.*)$",  # "Fra afdelingen deltog desuden faglig sekretær Allan Fisker ..."
    re.IGNORECASE,
)
_DROPPED_BY: Final = ("kiggede forbi", "kom forbi", "var forbi")
"""Verbs of one who came by for an item, no member ("Jacob (havnefoged) kiggede forbi ...")."""
_ORGANISATION_MAX: Final = 60  # an organisation alone as a people field's value
_SHORT_LABEL_SPACES: Final = 3  # (under "Sekretariat:", not "Derudover deltog administrator X fra")
_CLOSED_AT: Final = re.compile(
    r"\bmødet\s+(?:blev\s+)?(?:hævet|sluttede|afsluttet|slut)\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}",
    re.IGNORECASE,
)
"""A remark's sentence saying when the meeting ended ("Mødet hævet kl. 17:40")."""
_ATTENDED_ITEMS: Final = re.compile(
    r",?\s+(?:deltog|deltager|var\s+(?:kun\s+)?(?:til\s+stede|med)"  # ("... var med under pkt.")
    r"|(?:kiggede|kom|var)\s+forbi)"  # ("Jacob (havnefoged) kiggede forbi under punkt 3.")
    rf"\s+(?:kun\s+)?(?:under|i|til|ved|fra(?:\s+og\s+med)?|efter)\s+(?:{ITEM_WORD}|[Aa]d\.?)\s*"
    rf"{ITEM_NUMBERS}"
    rf"(?:\s*(?:,|og)\s*(?:{ITEM_WORD}|[Aa]d\.?)\s*{ITEM_NUMBERS})*\.?$"  # "under Ad 1 og Ad 2"
)
"""A sentence's end saying for which items its person came ("..., deltog under punkt 3", "...
var til stede under punkt 3.", "... var med under punkt 3.", "... deltog fra pkt. 64."; an
agenda's "... deltager under pkt. 3–5.")."""
_ITEM_GUESTS: Final = re.compile(  # "Under Ad 3 deltog driftsansvarlig Bjarne Holt."
    rf"^((?:(?:til\s+stede|tilstede)\s+)?(?:under|til|ved)\s+(?:ad\.?|{ITEM_WORD})\s*"
    rf"{ITEM_NUMBERS}\s+(?:deltog|deltager|var)"
    r"(?:\s+(?:desuden|også|endvidere|derudover))?)"  # "Under pkt. 3 deltog desuden ..."
    r"\s*:?\s*(.*)$",  # ("Til stede under pkt. 3 var desuden skolens revisor, ...")
    re.IGNORECASE,
)
_ITEM_WITH_GUESTS: Final = re.compile(  # "Punkt 4 med deltagelse af revisor Anja Rask, PwC."
    rf"^((?:ad\.?|{ITEM_WORD})\s*{ITEM_NUMBERS}\s+(?:blev\s+behandlet\s+)?med\s+deltagelse\s+af)"
    r"\s*:?\s*(.*)$",
    re.IGNORECASE,
)
# "Fra Aarhus Kommune:", "Fra KL deltog", "Deltagere fra Region Midtjylland": where the people of
# a list come from, by its name (capitalised: "Fra forvaltningen" names staff, no organisation)
_ORIGIN: Final = re.compile(
    r"^(?i:(?:deltagere|medlemmer|repræsentanter|til\s+stede|tilstede|deltog)\s+)?(?i:fra)\s+"
    r"((?:[A-ZÆØÅ]|\d[A-ZÆØÅ])[^:]{0,60}?)(?:\s+(?i:deltog|deltager)"
    rf"(?:\s+(?i:under|til|ved)\s+(?i:ad\.?|{ITEM_WORD})\s*{ITEM_NUMBERS})?)?\s*:?$"
)  # ("Fra Børne- og Ungeforvaltningen deltog under punkt 5:")
_POSTAL: Final = re.compile(  # four digits after no word character, "." or "/" (digit first)
    # a word after one ending in "." only after an abbreviation ("6830 Nr. Nebel", "2800 Kgs.
    # Lyngby", but "5210 Odense NV. Start kl. 10"), and never "Kl." ("8240 Risskov" / "Kl. 19")
    r"(\d(?<![\w./]\d)\d{3})\s+([A-ZÆØÅ][\w.-]*(?:(?:(?<!\.)|(?<=\b[A-ZÆØÅ][a-zæøå]\.)"
    r"|(?<=\b[A-ZÆØÅ][a-zæøå]{2}\.)|(?<=\b[A-ZÆØÅ][a-zæøå]{3}\.))\s+(?!Kl\b)"
    r"[A-ZÆØÅ][\w.-]*){0,2}|[A-ZÆØÅ]\b)"
)


def has_postcode(text: str) -> bool:
    """The text names a postal code and town ("Torvet 1 · 4140 Borup")."""
    return _postal(text) is not None


# A meal before the meeting ("Spisning kl. 18.00 – generalforsamling kl. 19.00"): its time is
# not the meeting's
_MEAL_BEFORE_TIME: Final = re.compile(
    r"\b(?:spisning|middag|aftensmad|frokost|kaffe|buffet|fællesspisning)\b[^.\d]{0,20}$",
    re.IGNORECASE,
)


_BEFORE_MEETING: Final = re.compile(r"\b(?:forud\s+for|inden|før)\s+(?:selve\s+)?mødet\b", re.I)
"""What comes before the meeting ("Forud for mødet er der rundvisning kl. 15.30-16.00"): the time
that follows is that event's."""


def _meeting_time_range(text: str) -> TimeRange | None:
    """The first time range of ``text`` (``find_time_range``), or the next one when the first
    is a meal's and another time follows ("Spisning kl. 18.00 – generalforsamling kl. 19.00")."""
    found = find_time_range(text)
    if found is None or found.end is not None or found.start_offset == 0:
        return found
    if _MEAL_BEFORE_TIME.search(text[max(0, found.start_offset - 30) : found.start_offset]) is None:
        return found
    later = find_time_range(text[found.end_offset :])
    if later is None:
        return found
    shift = found.end_offset
    return TimeRange(
        start=later.start,
        end=later.end,
        start_offset=later.start_offset + shift,
        end_offset=later.end_offset + shift,
    )


def postal_code_and_town(text: str) -> tuple[str, str] | None:
    """The first postal code and town in ``text`` ("Kildevej 3 · 4171 Glumsø": ("4171",
    "Glumsø")), or None."""
    m = _postal(text)
    return (m.group(1), m.group(2).rstrip(".")) if m is not None else None


def _postal(text: str) -> re.Match[str] | None:
    """The postal code and town in ``text`` ("5000 Odense C"); a text without a digit has none.
    A date's year is none ("..., 12. juni 2007   Side 2": a PDF's running header)."""
    if not has_digit(text):
        return None
    for m in _POSTAL.finditer(text):
        if _MONTH_BEFORE.search(text, 0, m.start()) is None:
            return m
    return None


_MONTH_BEFORE: Final = re.compile(rf"\b(?i:{'|'.join(MONTHS)})\.?\s+$")


_STREET: Final = re.compile(
    r"^[A-ZÆØÅ][\w.'-]*(?:\s+[\w.'-]+){0,4}\s+\d+[A-Za-z]?(?:\s?[A-Z])?(?:\s?[-–]\s?\d+[A-Za-z]?)?"
    r"(?:\s+(?:\d{1,2}\.\s*)?(?:kld|st|tv|th|mf|sal)\.?)*(?:,|$)"  # "12 kld.", "4, 2. sal"
)
_LOCATION_SPLIT: Final = re.compile(r",|\s+/\s+|[()]")


def _place_cuts(text: str) -> list[int]:
    """Where the parts of a place start and end: cut at its commas and slashes, not inside
    brackets ("fælleslokalet (kælderen, opg. C), Rosenvej 4": the room with its remark)."""
    cuts = [0]
    depth = 0
    for m in _LOCATION_SPLIT.finditer(text):
        mark = m.group()
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            cuts += m.span()
    cuts.append(len(text))
    return cuts


_MODE_ONLY: Final = re.compile(
    r"(?:hybrid\w*|online\w*|virtuel\w*(?:\s+møde)?|(?:via\s+)?(?:microsoft\s+)?"
    r"(?:teams|zoom|skype|webex|google\s+meet))(?:-?møde)?",
    re.IGNORECASE,
)
"""A part of a place that only says how the meeting is held ("hybrid", "Teams", "Zoom-møde")."""
_RUN_ON_ADDRESS: Final = re.compile(
    r"^([a-zæøå][^,\d]{2,40}?)\s+(?:på\s+)?"  # a room or house in small letters
    r"([A-ZÆØÅ][\w.'-]*(?:\s+[A-ZÆØÅ][\w.'-]*)?\s+\d{1,4}[A-Za-z]?)\s*,?\s+(\d{4}\s+[A-ZÆØÅ][^,]*)$"
)
_TOWN: Final = re.compile(r"^[A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+){0,2}$")
# "Mødelokale 1", "Udvalgsværelse 2", "Lokale 3.14": a numbered room, not a street and number
_ROOM: Final = re.compile(NUMBERED_ROOM, re.IGNORECASE)
_ROOM_OF_PLACE: Final = re.compile(ROOM_OF_PLACE, re.IGNORECASE)
_ROOM_AT: Final = re.compile(r"^(.+?)\s+(?:på|i|hos)\s+([A-ZÆØÅ].*)$")
_ROOM_INSIDE: Final = re.compile(r"^([A-ZÆØÅ].*?)\s+(?:på|i)\s+((?:[a-zæøå]+s\s+)?[a-zæøå][\w-]*)$")


def _is_room(part: str) -> bool:
    """A part of a place that names a room ("mødelokale 2", "Byrådssalen"), not a building."""
    return (
        _ROOM.match(part) is not None or _ROOM_OF_PLACE.match(part) is not None
    ) and _BUILDING.match(part) is None


_BUILDING: Final = re.compile(r"^(?:bygning|bygn\.|building|opgang|indgang)\s", re.IGNORECASE)
"""A numbered building ("Bygning 1530"): part of the place's name, no room in it."""
_NOT_MEETING_DATE: Final = re.compile(alternation(NOT_MEETING_DATE_WORDS), re.IGNORECASE)
_BYLINE: Final = re.compile(alternation(BYLINE_WORDS), re.IGNORECASE)
_ENGLISH_PLACE: Final = r"(?:house|room|hall|centre|center|office|school|library|café|cafe)"
"""How an English place's word ends ("the clubhouse", "the town hall", "the board room")."""
_PLACE_AFTER: Final = re.compile(
    r"\s(hos\s+\w.{0,100})$"  # "hos formanden, Kildebakken 27": at someone's
    r"|\s(?:i|på)\s+(?!alt\b|øvrigt\b|forbindelse\b)"
    rf"([A-ZÆØÅ].{{2,160}}|(?:[a-zæøå]+s\s+)?[a-zæøå]*(?:{'|'.join(PLACE_WORD_ENDINGS)})\b.{{0,100}}"
    # "i formandens sommerhus, Lærkevej 7": someone's home, a noun made definite by its owner
    r"|[a-zæøå]+ens\s+[a-zæøå]*(?:hus|hjem|lejlighed|have|kontor|stue|værksted|gård|hytte)\b.{0,100}"
    # "i cafeteriet, Vestbyhallen, Holstebro": a room (a noun made definite), then the place
    r"|(?!(?:aften|morgen|formiddagen|eftermiddagen|dagen|weekenden|ugen)\b)"
    r"[a-zæøå]{3,}(?:et|en),\s+[A-ZÆØÅ][\w-]+.{0,100})$"
    # English: "... at 18.30 at the clubhouse, ...", "in Room 3" (not the time's "at")
    rf"|\s(?:at|in)\s+(?:the\s+)?(?!at\s|in\s)([A-ZÆØÅ].{{2,160}}|[a-z]*{_ENGLISH_PLACE}\b.{{0,100}})$"
)
# "Ejerforeningen Kastanjehuset i Beboerlokalet, ...": an organisation's name (capitalised
# words), then the place in it
_OWNER_THEN_PLACE: Final = re.compile(
    r"([A-ZÆØÅ][\w'&-]*(?:\s+[A-ZÆØÅ&][\w'&-]*){0,4})\s+(?:i|på)\s+([A-ZÆØÅ].*)"
)


# A new sentence after a place: a capitalised word, then a lower-case one ("Der var", "Mødet
# blev"); "Skt. Jørgens Vej" goes on
def _sentence_title(title: str | None) -> str | None:
    """A title that opens a sentence, as a list writes it: "Formanden" (Aage Christiansen bød
    velkommen) is "formand", "Kassereren" "kasserer"; a title in capitals stays."""
    if title is None or not title[:1].isupper() or title.isupper():
        return title
    title = title[:1].lower() + title[1:]
    if title.endswith("en") and known_title(title[:-2]):
        return title[:-2]
    return title


_WELCOMED: Final = re.compile(
    r"^((?:[a-zæøåA-ZÆØÅ]+\s+)?[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s+bød\s+velkommen\b"
)
"""A prose header's welcome ("Formand Lone Bech bød velkommen til de fremmødte."): who gave
it, maybe after her title."""
_CLASS_AFTER_TITLE: Final = re.compile(r"(?<=[\w.])\s+(\d{1,2}\.\s?[a-zæøåA-ZÆØÅ])$")
_MEETING_NUMBER_AFTER: Final = re.compile(r",\s+(?i:møde|meeting)\s+(?i:nr\.?|no\.?)\s*\d.*$")
_WELCOMER_BETWEEN_COMMAS: Final = re.compile(r"^([A-ZÆØÅ][a-zæøå]+),\s+([^,]{3,60}),\s+(?=bød\s)")
# a clause that one person came as a guest: after "og", "mens" or a sentence's start
_GUEST_CLAUSE: Final = re.compile(
    # ("Folketingsmedlem for kredsen, Lise Birk, deltog som gæst": her post before her)
    # ("Forbundets kredsformand Lis Frederiksen deltog som gæst": a genitive before her post)
    r"(?:^|(?<=[.,])\s+og\s+|\s+mens\s+|(?<=\.)\s+)(?:[A-ZÆØÅ][a-zæøå]+s\s+(?=[a-zæøå]))?"
    r"((?:[\w-]{3,30}(?:\s+for\s+[\w-]+)?,?\s+)?"
    r"[A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+){1,3}"
    # ("Jakob Ravn, LogiQ Consult, deltog som gæst": her firm after her name)
    r"(?:,\s+[A-ZÆØÅ][^,.;:()]{1,50}(?=,\s+deltog\s))?),?\s+"
    r"(?:deltog\s+(?:også\s+|desuden\s+)?som\s+(?:gæst|observatør|tilhører)\b"
    # "... Mira Holt var inviteret for at fremlægge ...": asked to come for a part of the
    # meeting (not "var inviteret, men meldte afbud")
    r"|var\s+(?:også\s+|desuden\s+)?inviteret\s+(?:for\s+at|til\s+at|til\s+(?:punkt|pkt)|som\s+gæst)\b)"
)
_LATER_SENTENCE: Final = re.compile(  # (a firm's "... A/S. Julie Barfoed førte protokollen.")
    r"(?:(?<=[a-zæøå0-9)])|(?<=[AIKP]/S)|(?<=ApS))\.\s+(?=[A-ZÆØÅ])"
)
_PRESENCE_SENTENCE: Final = re.compile(PRESENCE_SENTENCE, re.IGNORECASE)
_EVERYONE_BUT_SENTENCE: Final = re.compile(EVERYONE_BUT_SENTENCE, re.IGNORECASE)
_POST_STAMP: Final = re.compile(POST_STAMP, re.IGNORECASE)
_MAIL_HEADER: Final = re.compile(r"(?:til|cc|fra|to|from|emne|subject):\s", re.IGNORECASE)
_SENT_STAMP: Final = re.compile(
    r"\d{1,2}\.?\s*[a-zæøå]+\.?\s+\d{4},?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}"
)
"""A message's time stamp alone on its line ("22. jan. 2025 14:07") under its mail headers."""
_EMPTY_BRACKETS: Final = re.compile(r"\(\s*\)")
_TODAY_AFTER_PLACE: Final = re.compile(
    r"\s+i\s+(?:aften|dag|går|morges|formiddag|formiddags|eftermiddag|eftermiddags)$"
)
_SENDER_STAMP: Final = re.compile(
    r"(?:Sms|SMS|Besked|Mail|E-mail|Message|Opslag)\s+(?:fra|from)\s+[^,\d]{2,60},\s*"
)
"""A message's sender before its time stamp ("Sms fra Mads Kirkegaard, 4. mar. 2025 22:14")."""
_FROM_STAFF: Final = re.compile(r"^fra [a-zæøå]+(?:en|et|erne|ne)$")  # "fra boligforeningen"
_EMPTY_CELL: Final = re.compile(
    r"[\s*_(]*(?:(?:ingen|ikke besat|vakant)\b|[-–—])[^|]*$", re.IGNORECASE
)
"""A people table's name cell that names no one ("*(ingen – på lejrskole)*", "vakant"; a dash
alone is an empty cell already)."""
_TAKER_ROLE: Final = "|".join([*sorted(MINUTE_TAKER_ROLES), r"ref\.?"])
SLASH_SIGNATURE: Final = re.compile(
    r"^/\s?([A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,3})"
    rf"(?i:\s*\((?:{_TAKER_ROLE})\)|,\s*(?:{_TAKER_ROLE}))?"
    r"(?:,\s*[a-zæøå][\w-]{2,30})?\.?$"  # ("/Poul Erik Damsgaard, kirkeværge": his post)
)
"""The writer's sign-off under informal minutes ("/Poul Erik", "/Lene", "/Gitte (referent)"):
the minute-taker."""
_SLASH_SIGNATURE: Final = SLASH_SIGNATURE
SLASH_REF: Final = re.compile(r"^/\s?ref\.?:?\s+(\S.{0,60})$", re.IGNORECASE)
"""The minute-taker's sign-off under minutes by initials or name ("/ref. LK")."""
BARE_REF: Final = re.compile(
    r"^(?i:ref)\.?(?:\s*/)?\s+([A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+){0,3})$"
)
"""The same without the slash before it, by a name ("Ref Henrik Bøgh", "ref Lis": a first name
alone, "ref / Louise")."""
# "Mødet blev holdt i fælleslokalet, Lyngbakken 14, onsdag den": the place before the date
_HELD_AT: Final = re.compile(
    r"^(?:(?:mødet|bestyrelsen|udvalget|rådet|vi|generalforsamlingen|bestyrelsesmødet)\s+"
    r"(?:blev\s+)?"
    r"(?:holdt|afholdt|afholdtes|mødtes|samledes)\s+|vi\s+var\s+(?=(?:i|hos|på)\s+(?-i:[A-ZÆØÅ])))"
    r"((?:i|hos|på)\s+\S.{1,120})$",
    re.IGNORECASE,
)
_HELD_TAIL: Final = re.compile(
    r",?\s+og\s+(?:begyndte|startede|sluttede|varede|gik)\b|,?\s+(?:fra\s+)?kl\.?\s*\d"
)
_MEETING_HELD: Final = re.compile(
    r"^(?:mødet|generalforsamlingen|bestyrelsesmødet)\s+(?:blev\s+)?"
    r"(?:holdt|afholdt|afholdtes|fandt\s+sted)\b",
    re.IGNORECASE,
)
_NAME_DASH: Final = re.compile(r"^[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,4}\s+[–—-]\s+")
_WEEKDAY_TAIL: Final = re.compile(
    rf"[\s,]*(?:(?:{'|'.join(WEEKDAYS)})(?:\s+(?:den|d\.))?|den|d\.)?\s*$", re.IGNORECASE
)
_NEXT_SENTENCE: Final = re.compile(
    r"(?<=[a-zæøå0-9)])\.\s+(?=[A-ZÆØÅ][a-zæøå]*\s+[a-zæøå]|\d+\s+[a-zæøå])"  # "... 28 ud af 42"
)
YEARLESS: Final = 2000
"""The year given to dates written without one (a leap year: "29. februar" is a date)."""
_FLOOR: Final = re.compile(
    r"^(?:\d{1,2}\.\s*(?:sal|etage)?|st\.?|kld\.?|kælder(?:en)?)\s*(?:th|tv|mf)?\.?$", re.IGNORECASE
)
_PLACE_CONNECTIVE: Final = re.compile(  # "i klubhuset fra kl. 19 til 21": the time's "fra" is cut
    r"(?:\s+(?:fra|kl\.?|klokken|mellem|den|d\.|om|og|til|from|at))+[\s,.]*$", re.IGNORECASE
)
_PLACE_THEN_CLAUSE: Final = re.compile(
    r",?\s+og\s+(?:startede|begyndte|sluttede|varede|startes|begynder|slutter|blev|var|gik)\b.*$",
    re.IGNORECASE,
)
_EMPTY_PARENS: Final = re.compile(r"\s*\(\s*(?:,\s*)?\)")
_PLACE_LEAD: Final = re.compile(r"^[\s,.;|–—-]*(?:(?:i|på|in|at)\s+(?=\w))?", re.IGNORECASE)
_PLACE_HINT: Final = re.compile(
    # "Rådhus", "Sognegården", "Udvalgsværelset": the vocabulary's endings, and bare "hus", "skole"
    # (not the adjective: "Det lokale uddannelsesudvalg", "de lokale foreninger")
    rf"{NOT_AN_ADJECTIVE}(?:hus|skole|{'|'.join(PLACE_WORD_ENDINGS)})\b"
    r"|\b\d{4}\s+[A-ZÆØÅ]",
    re.IGNORECASE,
)
_FURNITURE: Final = Opening(WEB_FURNITURE)  # on lower-case text
_FURNITURE_INSIDE: Final = re.compile(
    r"\blogo\b.*link til forsiden|\bsidst opdateret\b", re.IGNORECASE
)
_CONTACT: Final = re.compile(
    r"\b(?:tlf|telefon|cvr|e-?mail|copyright)\b|[@©]|\bwww\.", re.IGNORECASE
)
_QUOTED_TITLE: Final = anchored(r'^download\s+"(.{5,300})"$', re.IGNORECASE)
_MEETING_BEFORE: Final = re.compile(r"\bmøde[a-zæøå]*\b", re.IGNORECASE)
_MOVED_TO: Final = re.compile(
    r"\b(?:(?:flyttet|flyttes|rykket|ændret|udsat)\s+til|(?:moved|postponed)\s+to)\b",
    re.IGNORECASE,
)
"""A meeting moved ("... blev flyttet til torsdag den"): of the line's dates, the one it was
moved to is the day it was held."""
_PLACEHOLDER: Final = anchored(r"^(?:x+|n\.?n\.?|-+|_+|\.+|tbd|ingen\.?|—)$", re.IGNORECASE)
_LEFT_OR_CAME: Final = re.compile(LEFT_OR_CAME)
_SEE_ELSEWHERE: Final = re.compile(r"\(?(?:se|jf\.?|jævnfør|see)\s", re.IGNORECASE)
"""A people list's value that points to the list elsewhere ("se deltagerlisten nederst", "jf.
bilag 1"): no names, and none missing."""
_ABBREVIATION_CELL: Final = re.compile(r"[A-ZÆØÅ]{2,8}")
"""An organisation's short name in brackets after its full name in a cell ("(ØHI)")."""
_COUNTRY_AFTER: Final = re.compile(
    r"\s*,\s*(?:DK|DE|SE|NO|FI|IS|NL|BE|FR|ES|PT|PL|EE|LV|LT|AT|CH|IE|UK|GB|CZ|GR)$"
)
"""A country's two-letter code after an organisation ("NordAqua Solutions ApS, DK"); not
"IT", which a municipality's IT department writes too ("Silkeborg Kommune, IT")."""
_ROLE_AFTER_DASH: Final = re.compile(r"\s+[–—-]\s+[a-zæøå][\w /-]{0,40}$")
"""A party's role after its name in an organisation cell ("Brdr. Hansen Byg A/S –
hovedentreprenør", "Als El-teknik ApS – el")."""
# "(✔ = deltog)", "X = til stede, A = afbud": what the marks of a people list mean
_MARK_LEGEND: Final = re.compile(
    r"\(?\s*[^\s()=,;]{1,3}\s*=\s*[^()=,;]{2,30}(?:[,;]\s*[^\s()=,;]{1,3}\s*=\s*[^()=,;]{2,30})*\)?\.?"
)
_TICK_NOTE: Final = re.compile(
    r"\b(?:sæt|sætter|sætte|afkryds\w*|kryds\w*|marker|markér)\b[^.!?]{0,60}"
    r"\b(?:kryds|x|mødt|mødte|til stede|deltog|deltager|fremmøde)\b",
    re.IGNORECASE,
)
"""A line telling readers how to tick a list of those present ("Sæt kryds når du er mødt 🙂")."""
_ABSENCE_PREFIX: Final = re.compile(
    r"^(?:afbud fra|afbud|fraværende|meldt afbud)\s*:?\s+"
    # "Endvidere deltog som gæst selskabets revisor, ...": the guest's role said first
    r"|^som\s+(?:gæst(?:er)?|observatør(?:er)?)\s+(?:[a-zæøå]+s\s+[a-zæøå]+,\s+)?",
    re.IGNORECASE,
)
_BARE_HOURS: Final = re.compile(
    r"(?<![\d.:/-])(\d{1,2}(?:[.:]\d{2})?(?:(?:\s*[-–]\s*|\s+til\s+)(?:ca\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?)"
    r"(?![\d./-])"
)


def _bare_hours(text: str, hit: DateHit | None) -> TimeRange | None:
    """Hours without "kl." in a field labelled as a time ("Tid: 17-19"), outside its date."""
    for m in _BARE_HOURS.finditer(text):
        if hit is not None and m.start() < hit.end and m.end() > hit.start:
            continue
        found = find_time_range("kl. " + m.group(1))
        if found is not None:
            return TimeRange(
                start=found.start, end=found.end, start_offset=m.start(), end_offset=m.end()
            )
    return None


# (in brackets: "kl. 17.00 (mødet sluttede kl. 19.40)")
_LATER_END: Final = re.compile(
    r"\s\(?(?:og\s+)?(?:\w+\s+){0,3}?(?:slutter|sluttede|slutte|afsluttes|ender|varer\s+til)"
    r"(?:\s+(?:ca\.?|cirka|senest))?\s+(?=kl|\d{1,2}[.:]\d{2}\b)",  # ("sluttede 20.45")
    re.IGNORECASE,
)
# "kl. 13.00 – lørdag kl. 12.00", "kl. 13 til lørdag den 24. maj kl. 12": the end on a later
# day of a meeting over two days (the clock may be earlier than the start)
_NEXT_DAY_END: Final = re.compile(
    rf"\s*(?:[–—-]|til)\s*(?:{'|'.join(WEEKDAYS)})"
    r"(?:\s+(?:den|d\.)\s*\d{1,2}\.(?:\s*[a-zæøå]+\.?|\s*\d{1,2}\.?)?(?:\s+\d{4})?)?,?\s+(?=kl)",
    re.IGNORECASE,
)
# "Mødet startede 19.00": a clock with a dot after a verb of starting (no "kl." before it)
_STARTED_AT: Final = re.compile(
    r"\b(?:mødet|vi|generalforsamlingen)\s+(?:startede|begyndte)\s+(?:ca\.?\s+)?"
    r"(\d{1,2})[.:](\d{2})\b(?![.:]\d)",
    re.IGNORECASE,
)


def _started_at(text: str) -> TimeRange | None:
    """ "Mødet startede 19.00 og sluttede 20.45.": the start a verb gives a clock without
    "kl.", with the end a later verb gives (``_with_later_end``)."""
    m = _STARTED_AT.search(text)
    if m is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    found = TimeRange(f"{int(m.group(1)):02d}:{m.group(2)}", None, m.start(1), m.end())
    return _with_later_end(text, found)


_LATER_END_REACH: Final = 60


def _with_later_end(text: str, found: TimeRange) -> TimeRange:
    """ "Mødet starter kl. 16.00 og forventes at slutte kl. 18.00": the end in the same
    sentence, after a closing verb; "kl. 13.00 – lørdag kl. 12.00": the end on a later day."""
    tail = text[found.end_offset : found.end_offset + _LATER_END_REACH]
    m = _NEXT_DAY_END.match(tail)
    if m is not None:
        later = find_time_range(tail[m.end() :])
        if later is not None and later.start is not None and later.start_offset == 0:
            end = found.end_offset + m.end() + later.end_offset
            return TimeRange(found.start, later.start, found.start_offset, end)
    m = _LATER_END.match(tail)
    if m is None:
        return found
    rest = tail[m.end() :]
    bare = rest[:1].isdigit()  # "sluttede 20.45": read as "kl. 20.45", its offsets as written
    later = find_time_range("kl. " + rest if bare else rest)
    if later is not None and bare:
        later = TimeRange(later.start, later.end, later.start_offset, later.end_offset - 4)
    if later is None or later.start is None or later.start <= (found.start or ""):
        return found
    return TimeRange(
        found.start, later.start, found.start_offset, found.end_offset + m.end() + later.end_offset
    )


_WHEN_LEFT: Final = re.compile(
    r"[\s,.;:–—-]*(?:\b(?:den|d|kl|klokken|fra|og)\.?[\s,.]*)*$", re.IGNORECASE
)


def _without_place_label(tail: str) -> str:
    """The place after the time, "kl. 17.00-19.00, personalerummet", "... | Rådhuset", without
    a place label before it that has no colon ("... | Mødested Rådhuset, mødelokale 4")."""
    first, _, rest = tail.partition(" ")
    if (
        rest
        and FIELD_LABELS.get(normalise_label.of(first)) is FieldKind.PLACE
        and not _ROOM.match(tail)  # "Mødelokale 1, Rådhuset": the room's own name
    ):
        return rest.lstrip(" :")
    return tail


def _without_when(value: str) -> str:
    """A body field's value before its date ("Møde: Byrådet 12. marts 2024" -> "Byrådet"),
    empty when the value is only a date and a time ("Møde: 12. marts 2024 kl. 19")."""
    hits = find_dates(value, default_year=YEARLESS)
    if not hits:
        return value
    before = value[: hits[0].start]
    return _WHEN_LEFT.sub("", before).strip()


_BRACKETED_PARTY: Final = re.compile(r"\(([A-ZÆØÅ]{1,3})\)")
_PARTY_THEN_POST: Final = re.compile(r"^\(?([A-ZÆØÅ]{1,3})\)?[,\s]\s*([a-zæøå][\w. -]{2,40})$")
_POST_LISTS: Final = frozenset({"attendees", "members", "absentees", "guests"})
_PEOPLE_COLUMN_ENDINGS: Final = ("medlem", "medlemmer", "deltager", "deltagere")


_REPORT_SECTION_MAX: Final = 40
_ZOOM_OPENINGS: Final = frozenset({"meeting id", "møde-id", "mødeid"})
_ZOOM_SUMMARY: Final = MEETING_REPORT_KEYS | {"topic"}
_COUNTS: Final = frozenset({"participants", "deltagere"})
"""The lines of a Zoom report's summary right under its "Meeting ID:" ("Topic:", "Start Time:",
"End Time:", and "Participants: 8" with a count alone)."""
_REPORT_SUMMARIES: Final = MEETING_REPORT_SECTIONS - {"deltagere", "participants"}
"""The sections of a pasted Teams attendance report other than its participants ("1. Oversigt",
"3. Aktiviteter under mødet"): their tables hold the call's times, no people."""


_REPRESENTED_BY: Final = re.compile(
    r"\s*[–—-]\s*(?:represented\s+by|repræsenteret\s+ved)\s+(?P<name>[A-ZÆØÅ][^,;()]{2,60}?)\.?$"
)
_SAT_OUT: Final = re.compile(
    r"^([A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+){1,3}(?:\s+\([A-ZÆØÅ]{1,2}\))?)\s+"
    r"(?:deltog|var)\s+ikke\s+(?:i|under)\s+(?:behandlingen|afstemningen|drøftelsen)\s+"
    r"(?:af|under|ved|i)\s+(?:pkt\.?|punkt|sag)\s*\d"
)
"""One who sat out one item ("Jonas Kirk (C) deltog ikke i behandlingen af pkt. 12."): there
for the meeting."""
_FLAT_HEADER: Final = re.compile(
    r"^(?:Navn|Name)\s+(?=[^\d]{3,60}$)(?=.*\b(?:udpeget|funktion|organisation|titel|parti"
    r"|repræsenterer|rolle|forening|afdeling|stilling|title|role)\b)",
    re.IGNORECASE,
)
_FLAT_NAME_END: Final = re.compile(
    r"^(?:[A-ZÆØÅ]{2,}\b|[A-ZÆØÅ][a-zæøå]+(?:rådet|udvalget|bestyrelsen))"
)


def _flat_row(text: str) -> str:
    """A flattened table's row, its name and the next cell apart by a space only ("Gitte
    Rosenkilde DH Kalvebod, formand", "Sanne Thygesen Byrådet (C)"): a comma after the name,
    where a word in capitals or a council's word begins the next cell."""
    words = text.split(" ")
    if not starts_with_first_name(words[0]):
        return text
    for k in range(2, min(len(words), _FLAT_NAME_WORDS + 1)):
        if _FLAT_NAME_END.match(words[k]):
            return f"{' '.join(words[:k])}, {' '.join(words[k:])}"
    return text


_FLAT_NAME_WORDS: Final = 4
_ROW_FIELD_KINDS: Final = frozenset(
    {FieldKind.ABSENTEES, FieldKind.MINUTE_TAKER, FieldKind.CHAIR, FieldKind.GUESTS}
)
_SUBSTITUTE_COLUMNS: Final = frozenset(
    {"suppleant", "suppleanter", "personlig suppleant", "stedfortræder", "stedfortrædere"}
)
_SUBSTITUTE_CAME: Final = re.compile(
    r"(?:suppleant|stedfortræder)\w*\s+(?:mødte|deltog|var\s+mødt)", re.IGNORECASE
)
_BODY_ENDINGS: Final = (
    "udvalget", "rådet", "nævnet", "bestyrelsen", "styregruppen", "kommissionen", "forummet",
    "repræsentantskabet", "komitéen", "komiteen",
)  # fmt: skip


def _body_members(label: str, value: str) -> bool:
    """A body's name as a label over two or more names ("Provstiudvalget: Provst Jens Ole Bach
    (formand), Inger Marie Kjeldsen, ..."): its members."""
    key = normalise_label.of(label)
    if not value or " " in key or not key.endswith(_BODY_ENDINGS) or ", " not in value:
        return False
    names = split_name_list(value)
    return names is not None and len(names) >= 2 and parse_person(names[0]) is not None


def _body_over_members(label: str, value: str, below: Line | None) -> bool:
    """A body's name alone as a label over a bulleted list of people ("Styregruppen:" over "-
    Hanne Juul, vicedirektør, Regionshospitalet Nordskov (formand)"): its members."""
    key = normalise_label.of(label)
    if value or below is None or not below.bullet or " " in key:
        return False
    if not key.endswith(_BODY_ENDINGS):
        return False
    one = parse_person(below.text)
    return one is not None and is_name(one.name, allow_single=False)


def _report_name(cell: str) -> PersonParts | None:
    """A name cell of a Zoom attendance report, "Name (Original Name)": the name shown in the
    call, else the account's name in brackets ("iPhone (Søren Vad)": a device named for her)."""
    shown, _, original = cell[:-1].partition(" (")
    for name in (shown.strip(), original.strip()):
        if not has_digit(name) and is_name(name, allow_single=False):  # ("Galaxy S23")
            return PersonParts(name=name)
    return None


def _report_summary_row(row: Line) -> bool:
    """The first row of a Teams attendance report's summary: an empty header ("| | |") or one
    of its keys ("| Mødetitel | ... |"), not an agenda's header ("| Pkt. | Emne | Tid |")."""
    return not any(row.cells) or any(
        normalise_label.of(c) in MEETING_REPORT_KEYS for c in row.cells
    )


def _member_column(key: str) -> bool:
    """A (normalised) header cell over members or participants in a compound ("Bestyrelsesmedlem",
    "Udvalgsmedlemmer", "Mødedeltager")."""
    return len(key) <= 30 and key.endswith(_PEOPLE_COLUMN_ENDINGS) and " " not in key


def _people_table(line: Line) -> bool:
    """A table header row naming people: a "Navn" column, or one of members ("Medlem",
    "Bestyrelsesmedlem") or participants ("Mødedeltager")."""
    return any(
        (key := _column_key(c)) in PEOPLE_COLUMNS or _member_column(key)
        for c in line.cells
        # cheap first: an ASCII cell must hold the word itself (wide tables are all data)
        if not c.isascii() or any(word in c.lower() for word in PEOPLE_COLUMNS)
    )


_INITIAL: Final = INITIALS_NAME.pattern  # AB, NDa, BØ, KBJ, AaB
_ONE_INITIALS: Final = re.compile(rf"^{_INITIAL}\.?$")
_INITIALS_LIST: Final = re.compile(rf"^{_INITIAL}(?:\s*(?:,|;|\s+og\s+)\s*{_INITIAL})+\.?$")
_LIST_SEPARATORS: Final = re.compile(r"\s*(?:,|;|\s+og\s+)\s*")
_INITIALS_START: Final = re.compile(rf"^{_INITIAL}(?:\s*[(,;]|$)")
_NONE_BUT_AWAY: Final = re.compile(
    r"ingen\s*(?:[–—-]|,|\(|\s)\s*(?:(?:har\s+)?(?:meldt\s+)?afbud|fraværende)(?:\s+fra)?:?\s+"
    r"([A-ZÆØÅ][^()]*?)\)?\.?$",
    re.IGNORECASE,
)
"""A group of a people list none of whom came, and who sent word ("Ingen – afbud fra Morten
Skov", "Ingen (afbud fra A og B)")."""
_INITIALS_INSIDE: Final = re.compile(rf"(?:,|\bog)\s+{_INITIAL}(?:\s*[(,;]|\s+og\s|\.?$)")


def _initials_entries(text: str) -> list[str] | None:
    """ "AB (Aarhus Kommune), NDa (Magenta) og BØ", "AB, Aarhus Kommune; NDa, Magenta": people
    by initials with details. An entry starts at each part that is initials (maybe with its
    parentheses) or a full name; other parts describe the last ("Teknik og Miljø" stays one).
    Asked only of a list that starts with initials: in "Mette Lund, BDO" the capitals are her
    firm. None unless some entry has details (bare initials are ``_INITIALS_LIST``'s)."""
    entries: list[str] = []
    detailed = False
    for part in (p.strip() for p in split_outside_parens(ENTRY_SPLIT, text.rstrip("."))):
        for k, piece in enumerate(split_outside_parens(AND_SPLIT, _LEADING_AND.sub("", part))):
            piece = piece.strip()
            if (
                _INITIALS_START.match(piece)
                or full_name(piece)
                or (" " not in piece and starts_with_first_name(piece))  # "SLH, MKJ, Birthe"
            ):
                entries.append(piece)
                detailed = detailed or "(" in piece or (" " not in piece and piece[1:].islower())
            elif entries and piece:
                entries[-1] += (" og " if k else ", ") + piece
                detailed = True
            elif piece:
                return None
    if not detailed:
        return None
    readable = all(parse_person(e, initials_name=True) is not None for e in entries)
    return entries if readable else None


def _names_and_initials(text: str) -> list[str] | None:
    """ "Mette, Jonas, KB og Lis (ref.)", "Henriette og OP": an informal list of first names
    with some members by their initials; the initials are people, not the firm of the name
    before them ("Mette Lund, BDO" has a full name; "Mette, SDU" a known organisation)."""
    parts = [p.strip() for p in split_outside_parens(_LIST_SEPARATORS, text.strip(" ."))]
    initials = names = 0
    for part in parts:
        core = _TRAILING_PAREN.sub("", part) if part[-1:] == ")" else part
        if _ONE_INITIALS.match(core) and not is_organisation.of(core):
            initials += 1
        elif " " not in core and starts_with_first_name(core):
            names += 1
        else:
            return None
    return parts if initials and names else None


def _without_selectors(text: str) -> str:
    """The text without emoji variation selectors ("✅\ufe0f"). Two replaces: ``str.translate``
    looks every character up in its table, a replace that finds nothing only scans."""
    return text.replace("\ufe0f", "").replace("\ufe0e", "")


_CELL_WORD: Final = re.compile(r"[\s,.;:(/]+")


_TITLE_CELL_SPLIT: Final = re.compile(r",|\s+/\s+|\s+·\s+")


def _posts_and_roles(piece: str) -> list[str]:
    """A function cell's piece parted at "og" where each side is a post or a role ("kasserer og
    referent": her title and her role); as written otherwise ("Teknik og Miljø")."""
    if " og " not in piece:
        return [piece]
    sides = [w.strip() for w in piece.split(" og ")]
    if all(w and (known_title(w) or PERSON_ROLES.get(normalise_label.of(w))) for w in sides):
        return sides
    return [piece]


_DASH_NOTE: Final = re.compile(r"\s+[-–]\s+")
"""The dash before a note in a function cell ("Medlem - afbud")."""


def _absence_word(cell: str) -> bool:
    """A cell that says the person was away ("Afbud", "Fraværende", "Fraværende med afbud",
    "Fraværende (syg)"): an absence label, not for some items only ("Fraværende under pkt. 5")."""
    key = normalise_label.of(cell)
    if FIELD_LABELS.get(key) is FieldKind.ABSENTEES:
        return True
    return "pkt" not in key and "punkt" not in key and field_kind(cell) is FieldKind.ABSENTEES


def _body_post(title: str) -> bool:
    """A post on the body itself, no one's job: a chair's title or membership ("Formand",
    "Næstformand", "Medlem": ``MEMBERSHIP_TITLES``)."""
    key = normalise_label.of(title)
    return chair_title(key) is not None or key in MEMBERSHIP_TITLES


_PROJECT_PARTY_ENDINGS: Final = tuple(PROJECT_PARTIES)


_POST_KINDS: Final = (FieldKind.MINUTE_TAKER, FieldKind.CHAIR)
_LABEL_AFTER_COMMA: Final = re.compile(r",\s+([A-ZÆØÅ][\w.]{1,15}(?:\s[\w.]{1,15})?):\s+(?=\S)")
"""A post's label after a comma inside a list's line ("Fra forvaltningen: Rikke Holmgaard,
Ref.: Annette Poulsen"): the minute-taker (or chair) named apart from the list."""
_CLAUSE_AFTER_SEMICOLON: Final = re.compile(
    r";\s+[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,3}\s+"
    r"(?:ledede|ledte|førte|skrev|tog|deltog|var|blev|kom|gik|mødte)\s"
)
"""A clause after a semicolon that says what someone did ("Afbud fra Birgitte Holm; Thomas Kjær
ledede mødet indtil dirigenten var valgt."): a sentence of its own, no entry of the list."""


def _post_for_each(text: str) -> str | None:
    """Names, then the post they hold after a comma, as entries of a list each with its post:
    "Tove Lind, medarbejderrepræsentant" as it is; "Jonas Friis (9.a) og Ida Lauritsen (8.b),
    elevrådsrepræsentanter": "Jonas Friis (9.a), elevrådsrepræsentant og Ida Lauritsen (8.b),
    elevrådsrepræsentant". None for other text."""
    head, _, post = text.rpartition(", ")
    if not head or not post[:1].islower():
        return None
    if known_title(post) and full_name(head):
        return text
    singular = singular_title(post)
    names = split_name_list(head) if singular is not None and known_title(singular) else None
    return " og ".join(f"{name}, {singular}" for name in names) if names else None


def _post_role(key: str) -> str | None:
    """The role a normalised post names ("næstformand", "stedfortræder for X"), if any."""
    return PERSON_ROLES.get(_without_stand_in(key)) or chair_title(key)


def _person_post(text: str) -> bool:
    """A person's post or role in an organisation ("formand", "sekretær/referent", "suppleant
    for Niels"), not a firm's part in a building project ("hovedentreprenør")."""
    key = normalise_label.of(text)
    if "/" in key:  # "sekretær/referent"
        return all(_person_post(k) for k in key.split("/"))
    if _post_role(key):
        return True
    return not key.endswith(_PROJECT_PARTY_ENDINGS) and known_title(key)  # ("totalrådgiver")


_CELL_PIECE: Final = re.compile(r",|\s[–—-]\s")
"""Where an organisation cell's pieces part: "Kreds 136, næstformand", "Lindely Borgerforening –
formand"."""


def _organisation_cell(cell: str, parts: PersonParts) -> str:
    """An organisation column's cell of several pieces: a title ("FTR") becomes the person's
    title when she has none, a role ("næstformand", "stedfortræder for X") a role; the other
    pieces are the organisation, returned as written ("Kreds 136 / DLF")."""
    kept: list[str] = []
    pieces = _CELL_PIECE.split(cell) if " " in cell else [cell]
    for piece in (p.strip() for p in pieces):
        key = normalise_label.of(piece)
        role = _post_role(key)
        if role is None and "/" in key and _person_post(key):  # "sekretær/referent": her
            for k, written in zip(key.split("/"), piece.split("/"), strict=False):  # title and
                if (found := PERSON_ROLES.get(k)) is not None and found not in parts.roles:
                    parts.roles = [*parts.roles, found]  # role
                elif found is None and parts.title is None:
                    parts.title = written.strip()
        elif role is not None:
            if role not in parts.roles:
                parts.roles = [*parts.roles, role]
            if parts.title is None and chair_title(key) is not None and known_title(piece):
                parts.title = piece  # "DH Odsherred, formand": her post too, as in a list
        elif not kept and known_title(piece):  # "Skoleleder, sekretær for bestyrelsen"
            if parts.title and _body_post(parts.title):
                parts.title = piece  # "| Borgmester, Holmsted Kommune | Formand |": her title
            else:  # (the post on the body a role already)
                parts.title = f"{parts.title}, {piece}" if parts.title else piece
        elif kept and parts.title is None and piece[:1].islower() and known_title(piece.split()[0]):
            parts.title = piece  # "Viborg Kommune, udvalgsformand Klima og Miljø": her post
        elif piece:
            kept.append(piece)
    return ", ".join(kept)


_REPRESENTATIVE_COLUMNS: Final = frozenset(
    {"repræsentant", "repræsentanter", "repræsentant(er)", "representative", "representatives",
     "representative(s)", "repræsenteret ved", "represented by"}
)  # fmt: skip
"""Header cells of the column naming who came for a member organisation ("| Forening |
Repræsentant | Til stede |", "| Partner | Representative(s) | Attendance |")."""
_PRESENT_WORDS: Final = ("til stede", "tilstede", "mødt", "deltog", "present", "in person")
"""A presence cell's words that say the person came (casefolded)."""


def _status_cell(cell: str) -> bool | None:
    """A cell that says only whether the person came: "til stede", "mødt" (True), "afbud",
    "fraværende" (False); None for any other cell."""
    if _absence_word(cell):
        return False
    text = casefolded.of(cell.strip(" .*_"))
    return True if text in _PRESENT_WORDS else None


def _present_cell(cell: str) -> bool:
    """A presence column's cell: "Ja (online)", "x (Teams)", "✅", "Delvist" mean present
    (``PRESENT_CELLS``: the first word decides); anything else absent."""
    text = casefolded.of(_without_selectors(cell).strip())
    if text.startswith(_PRESENT_WORDS) or text.startswith(STAND_IN_HINTS) or _guest_cell(text):
        return True  # "Til stede", "Til stede fra pkt. 4", "Stedfortræder for ...", "Gæst"
    first = _CELL_WORD.split(text, maxsplit=1)[0] if text else ""
    return first in PRESENT_CELLS or (first[:1] in PRESENCE_MARKS and PRESENCE_MARKS[first[:1]])


def _guest_cell(text: str) -> bool:
    """A presence cell (casefolded) that says the person came as a guest ("Gæst", "Gæst (pkt.
    3)", "observatør") or for some items only ("X (kun pkt. 4)")."""
    if not text:
        return False
    if "kun" in text and _ONLY_ITEMS.search(text) is not None:
        return True  # "X (kun pkt. 4)": there for one item only, as a guest is
    if _ITEMS_ALONE.fullmatch(text) is not None:
        return True  # "Pkt. 3 og 4.1": the items she came for
    return _CELL_WORD.split(text, maxsplit=1)[0] in GUEST_ROLES


_ITEMS_ALONE: Final = re.compile(
    rf"(?:under\s+)?(?:{ITEM_WORD})\s*{ITEM_NUMBERS}(?:\s*(?:,|og|&)\s*{ITEM_NUMBERS})*\.?"
)
"""A presence cell that names only items ("Pkt. 3 og 4.1", casefolded): there for those."""
_ONLY_ITEMS: Final = re.compile(rf"\bkun\s+(?:under\s+|til\s+)?(?:{ITEM_WORD})\s*{ITEM_NUMBERS}")


_EMPTY_CELLS: Final = frozenset({"-", "–", "—", "--", "/"})
_TICKS: Final = frozenset({"✔", "✓", "✅", "☑", "✔️"})


def _x_beside_ticks(lines: list[Line]) -> set[int]:
    """The rows of each table in which some cells are ticks ("✔") and others a bare "x": there
    the "x" marks who was absent (alone, "x" is a tick). Linear: each row's cells once."""
    found: set[int] = set()
    table: list[int] = []
    ticks = crosses = False
    for line in [*lines, None]:
        if line is not None and line.kind is LineKind.TABLE_ROW:
            table.append(line.number)
            for cell in line.cells:
                cell = cell.strip()
                ticks = ticks or cell in _TICKS
                crosses = crosses or cell in ("x", "X")
            continue
        if table and ticks and crosses:
            found.update(table)
        table, ticks, crosses = [], False, False
    return found


def _entry_mark(written: str) -> tuple[str, bool | None]:
    """ "✅ Rikke Dalsgaard", "Jesper Kragh ❌": the entry without its presence mark, and what
    the mark says (None without one)."""
    text = _without_selectors(written).strip()
    if text[:1] in PRESENCE_MARKS:
        return text[1:].strip(), PRESENCE_MARKS[text[:1]]
    if text[-1:] in PRESENCE_MARKS:
        return text[:-1].strip(), PRESENCE_MARKS[text[-1:]]
    return written, None


_ANY_MARK: Final = re.compile("[" + "".join(PRESENCE_MARKS) + "]")


def _marked_entries(text: str) -> list[str] | None:
    """ "✅ A, ✅ B, ❌ C": one entry per comma or semicolon when each part carries a presence
    mark; None when the text has none."""
    if _ANY_MARK.search(text) is None:
        return None
    parts = [p.strip() for p in split_outside_parens(ENTRY_SPLIT, text.rstrip("."))]
    parts = [p for p in parts if p]
    if len(parts) == 1:  # "☒ Pia Lund (lærer) ☐ Mikkel Ravn (pædagog)": a box before each
        parts = [p.strip() for p in _BEFORE_MARK.split(parts[0]) if p.strip()]
    return parts if len(parts) > 1 and all(_entry_mark(p)[1] is not None for p in parts) else None


_BEFORE_MARK: Final = re.compile(r"\s+(?=[" + "".join(PRESENCE_MARKS) + r"]\s*[A-ZÆØÅ])")


def _agenda_table_header(line: Line) -> bool:
    """ "| Tid | Punkt | Indhold | Beslutning/referat |", "| # | Emne | Beslutning |": every
    cell an agenda table's column (read cell by cell: a row of data fails at its first)."""
    named = False
    for cell in line.cells:
        if not cell.strip():
            continue
        key = normalise_label.of(cell)
        if not all(_agenda_column(part.strip()) for part in key.split("/")):
            return False
        named = named or bool(key)
    return named


def _agenda_column(key: str) -> bool:
    """A column of an agenda table: the item's number, title or time, or a section of it
    ("| Nr. | Punkt | Indstilling | Beslutning |")."""
    return (
        not key  # "#": no words
        or key in AGENDA_TABLE_COLUMNS
        or key in SECTION_LABELS
        or key in TOPIC_COLUMNS  # Confluence's "| Time | Item | Who | Notes |"
        or key in TIME_COLUMNS
        or key in ACTION_OWNER_COLUMNS  # "| Pkt. | Emne | Beslutning | Ansv. |": who follows up
        or key == "notes"
    )


_AWAY_MARK: Final = Needs(
    # "(afbud)", "(afbud – syg)", "(fraværende, ferie)": the mark, maybe with its reason
    r"\s*(?:\((?:har\s+)?(?:meldt\s+|sendt\s+)?(?:afbud|fraværende|syg|forhindret)"
    r"(?:\s*[-–,:;]\s*[^()]{1,40})?\)"
    r"|\s[-–]\s*(?:har\s+)?(?:meldt\s+|sendt\s+)?afbud"
    r"|\s[-–]\s*(?:syg(?:emeldt)?|fraværende|forhindret)"  # "Martin Bjerre – syg"
    r"|\s*\((?:sick|absent|apologies)\)|\s[-–]\s*(?:sick|absent|apologies)"  # (English)
    r"|,\s*(?:meldt\s+)?afbud|,\s*fraværende"
    r"|(?<=\))\s+(?:har\s+)?(?:meldt\s+|sendt\s+)?afbud)\s*\.?$",  # "Bo (KL) afbud"
    ("afbud", "fravær", "syg", "forh", "sick", "absent", "apolog"),
    re.IGNORECASE,
    fold=True,
)  # ("Kaj Sørensen (har meldt afbud)" in an agenda's list of members too)


def _roles_with_items(inner: str) -> list[str]:
    """The roles in a bracket of roles and the items they were for ("gæst, pkt. 3", "formand"),
    when each piece is one or the other; else none."""
    pieces = [normalise_label.of(p) for p in inner.split(",")]
    found = [PERSON_ROLES.get(key) or chair_title(key) for key in pieces]
    if any(found) and all(
        r is not None or _ITEM_REMARK_ONLY.fullmatch(k) for r, k in zip(found, pieces, strict=True)
    ):
        return [r for r in found if r is not None]
    return []


_PROJECT_LABELS: Final = frozenset(("projekt", "project"))


def _described(value: str) -> bool:
    """A project described in words, no name ("Selvbetjening til parkeringslicenser"): after
    the first word only words in small letters, a long one among them ("OS2borgerPC", "Ny
    daginstitution Kløverengen", "HEATSHIFT – Fleksibel fjernvarme" name theirs)."""
    words = value.split()
    return (
        len(words) > 1
        and not words[0].isupper()
        and all(w.islower() for w in words[1:])
        and any(w.isalpha() and len(w) > 3 for w in words[1:])
    )


def _without_away_mark(written: str) -> tuple[str, bool]:
    """The entry without a mark that its person was away ("Ib Lund, TR – afbud"), and whether
    it had one."""
    marked = _AWAY_MARK.search(written) if written else None
    return (written[: marked.start()], True) if marked is not None else (written, False)


# A sentence break inside a one-line people list: after a lower-case letter or ")" (not after
# an initial: "Kim H. Larsen"), before a capital.
# a sentence break, not an abbreviated middle name: "Jens Kr. Hansen", "Anders Chr. Madsen" (the
# full stop first, the look-behinds after it: the engine skips to each "." in C)
_SENTENCE_BREAK: Final = re.compile(  # (also after a company form: "..., Nord ApS. Revisor ...")
    r"\.(?:(?<=[a-zæøå0-9)]\.)|(?<=[a-zæøå/][A-ZÆØÅ]\.))"
    + "".join(rf"(?<!\b{a}\.)" for a in NAME_ABBREVIATIONS)
    # (nor an abbreviated title before the name: "fmd. Anna Holm", "medarbejderrep. Kasper Wulff")
    + "".join(rf"(?<!\b{a}\.)" for a in TITLE_ABBREVIATIONS if a.isalpha())
    + r"(?<!rep\.)(?<!repr\.)(?<!adm\.)"  # ("studieadm. Camilla Worm", "adm. direktør")
    + r"(?<!\bstud\.)"  # ("Lektor Pernille Aagaard, stud. Jonas Leth": a student's title)
    # (nor a degree written with dots before the name: "stud.mag. Frederik Holst")
    + "".join(rf"(?<![.-][a-zæøå]{{{n}}}\.)" for n in range(1, 9))  # ("ph.d.-stip. Ali Demir")
    + r"\s+(?=[A-ZÆØÅ])"
)
_SENTENCE_LABEL: Final = re.compile(  # (in small letters when the sentence has no capital)
    r"^((?:[A-ZÆØÅ]|(?=[^A-ZÆØÅ]*$)[a-zæøå])[\w\s/.-]{1,40}?)\s*:\s*(.*?)\.?$"
)
_ONLINE_TOO: Final = re.compile(
    r"(?:samt|og|eller|\+)\s+(?:også\s+)?(?:(?:via|på|over)\s+)?(?:microsoft\s+)?"
    r"(?:teams|zoom|skype|online|virtuelt|video)\b",
    re.IGNORECASE,
)
"""A line under a meeting's place that adds an online way in ("samt via Teams")."""
_NOTE_TAG: Final = re.compile(rf"\[(?i:{'|'.join(NOTE_TAGS)})\]\s+(?=\S)")
"""A notes app's tag before a line ("[Vigtigt] ", OneNote's tags: ``NOTE_TAGS``)."""
_PERSON_ATTENDED: Final = re.compile(
    r"^([A-ZÆØÅ][^.:;]{3,80}?)\s+(?:deltog|var\s+(?:også\s+|ligeledes\s+)?til\s+stede)"
    r"(?:\s+(?:som\s+sædvanligt|også|ligeledes|tillige))?(?:\s+som\s+gæst)?"
    r"(?:\s+(?:via|på|over)\s+(?:Teams|Zoom|Skype|Meet|video|telefon|link)|\s+online|\s+virtuelt)?"
    r"(?:\s+(?:i|under)\s+hele\s+mødet)?"  # "... deltog i hele mødet."
    r"(?:\s+og\s+(?:tog|skrev|førte)\s+(?:referat(?:et)?|protokol(?:len)?))?\.?$"
)
"""A sentence that one person attended, after the members' list ("Uddeler Jan Kjeldsen deltog
som sædvanligt.", "Korleder Jonas Lind var også til stede.", "Driftsleder Palle Winther deltog
som gæst.", "Kristian Hvid (suppleant) deltog via Teams.")."""


def _came_alone_kind(person: PersonParts) -> str:
    """Where a person said to have come in a sentence of her own goes: one who serves the
    members is a guest ("Uddeler Jan Kjeldsen deltog som sædvanligt."), a member's stand-in an
    attendee ("Kristian Hvid (suppleant) deltog via Teams."), and so is one named with no post
    nor organisation ("Per Holm deltog via Teams.": a member, and how he took part)."""
    if STAND_IN_ROLES.intersection(person.roles):
        return "attendees"
    return "attendees" if person.title is None and person.organisation is None else "guests"


_CHAIR_WELCOMED: Final = re.compile(  # "Formand Ejnar Toft bød velkommen.": the chair, by post
    r"^((?:[Ff]ormand|[Ff]orperson)\s+[A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+){1,3})\s+bød\b"
    r"[^.]{0,40}\bvelkommen\b"
)
_ALSO_ATTENDED: Final = re.compile(
    r"^((?:desuden|derudover|endvidere|herudover|som\s+gæst(?:er)?|uden\s+stemmeret)"
    r"\s+(?:deltog|deltager))\s+(.+?)\.?$",  # ("deltager": an invitation's guest to come)
    re.IGNORECASE,
)
_STAND_IN: Final = re.compile(STAND_IN, re.IGNORECASE)
_CHAIR_AWAY_TAIL: Final = re.compile(CHAIR_AWAY_TAIL, re.IGNORECASE)
_MAIL_SENDER: Final = re.compile(MAIL_SENDER, re.IGNORECASE)
# "For Per Holm mødte stedfortræder Tina Bak (A).": the member away, then her substitute
_FOR_SUBSTITUTE: Final = re.compile(
    r"^for\s+([A-ZÆØÅ][^,;]{2,60}?)\s+(?:mødte|deltog)\s+"
    r"(?:(?:som\s+)?(?:\d{1,2}\.\s*)?(stedfortræder|suppleant)(?:en)?\s+)?([A-ZÆØÅ].+?)\.?$",
    re.IGNORECASE,
)
# "Tina Bak (A) mødte for Per Holm.": the substitute, then the member away
_MET_FOR: Final = re.compile(
    r"^(?:(stedfortræder|suppleant)\s+)?([A-ZÆØÅ][^,;]{2,60}?)\s+(?:mødte|deltog)\s+"
    r"(?:som\s+(stedfortræder|suppleant)\s+)?(?:i\s+stedet\s+)?for\s+[A-ZÆØÅ][^,;]{2,60}?\.?$",
    re.IGNORECASE,
)
# "Som stedfortræder deltog Mikkel Ruhl (C).": a sentence of a people list naming substitutes
_AS_SUBSTITUTE: Final = re.compile(
    r"^som\s+(stedfortræder|suppleant)(?:\s+for\s+(?:[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){1,3}"
    r"(?:\s+\([A-ZÆØÅ]{1,2}\))?|[a-zæøå]{4,30}(?:en|et|ne)))?"  # ("for politidirektøren")
    r"\s+(?:deltog|mødte|var(?:\s+indkaldt)?)\s+(?:også\s+)?(.+?)\.?$",
    re.IGNORECASE,
)
# "I stedet deltog stedfortræder Allan Brink (O).", "I hans sted mødte suppleant Eva Lind." after
# an absence (an agenda's "I stedet deltager ..."): the substitute (group 2), maybe with her role
# (group 1)
_INSTEAD_SUBSTITUTE: Final = re.compile(
    r"^i\s+(?:stedet|(?:hans|hendes|dennes)\s+sted)(?:\s+for\s+[A-ZÆØÅ][^,;]{2,60}?)?\s+"
    r"(?:deltog|mødte|deltager|møder)\s+(?:(?:\d{1,2}\.\s*)?(stedfortræder|suppleant)(?:en)?\s+)?"
    r"([A-ZÆØÅ].+?)\.?$",  # ("I hans sted mødte 1. suppleant Karin Mølgaard (S).")
    re.IGNORECASE,
)
# "Stedfortræder Jonas Friis (F), Vesterå Kommune, deltog i stedet.": the role, then the name
_ROLE_ATTENDED: Final = re.compile(
    r"^(stedfortræder|suppleant)(?:en)?\s+([A-ZÆØÅ][^;:]{2,80}?),?\s+"
    r"(?:deltog|mødte(?:\s+op)?|var\s+(?:indkaldt\s+og\s+)?mødt)"  # ("var indkaldt og mødt")
    r"(?:\s+i\s+(?:stedet|(?:hans|hendes|dennes)\s+sted))?\.?$",
    re.IGNORECASE,
)
_SUBSTITUTE: Final = re.compile(  # (also a sentence of its own: "Anders Bech (V). Lene ...")
    r"\s*(?:[-–,;]|(?<=[)\w])\.)\s*(?P<name>[A-ZÆØÅ][^,;–-]{2,60}?)\s+(?:mødte|deltog)\s+som\s+"
    r"(?P<role>stedfortræder|suppleant)"
    r"\b.*$"
)
# " – stedfortræder: Tina Bak (V)", " (suppleant: Ole Kjær)", " - stedfortræder Jonas Mørk (A)
# indkaldt": the substitute named after the member away (the name in group 1, the role word in
# group 2, as in ``_SUBSTITUTE``)
_SUBSTITUTE_NAMED: Final = re.compile(
    r"(?:\s[-–—]\s*|,\s*|\s\((?:(?:deltager|deltog|møder|mødte)\s+med\s+)?)"  # ("(deltager
    r"(?P<role>stedfortræder|suppleant)(?:\s*:\s*|\s+(?=[A-ZÆØÅ]))"  # med suppleant X, Y)")
    r"(?P<name>[A-ZÆØÅ][^,;:()]{2,60}?(?:\s*\([A-ZÆØÅ]{1,3}\))?)"
    r"(?:\s+(?:er\s+|var\s+|blev\s+)?(?:indkaldt|mødte|deltog)|,\s*(?P<org>[A-ZÆØÅ][^,;:()]{2,60}))?"
    r"\)?\.?$",
    re.IGNORECASE,
)
_SUBSTITUTE_AWAY: Final = re.compile(r"\b(?:deltog|mødte|kom|deltager|møder)\s+ikke\b")
"""A substitute named who did not come ("Afbud: Camilla Nørgaard – suppleant Peter Storm
deltog ikke"): no one attended in the member's place."""
# ", i stedet deltog stedfortræder Ib Holm (O)", " – i stedet mødte Ib Holm": the substitute who
# came instead of the member away (a role word maybe, as in ``_SUBSTITUTE``)
_SUBSTITUTE_INSTEAD: Final = re.compile(
    r"(?:,\s*|\s[-–—]\s*)i\s+stedet\s+(?:deltog|mødte|deltager|møder)\s+"
    r"(?:(?:\d{1,2}\.\s*)?(?P<role>stedfortræder|suppleant)(?:en)?\s+)?"
    r"(?P<name>[A-ZÆØÅ][^,;:()]{2,60}?(?:\s*\([A-ZÆØÅ][\w ]{0,30}\))?)\.?$"
)  # (the party as a letter or by name: "Ib Lassen (Venstre)")


def _signer_pattern(roles: list[str]) -> Anchored:
    """ "Per Kjær, dirigent", "Mona Sand (referent)": a name and one of these roles."""
    return anchored(
        r"^[A-ZÆØÅ][\w.'-]*(?:\s+[A-ZÆØÅ][\w.'-]*){1,3},?\s+"
        rf"\(?(?:{'|'.join(roles)})\.?\)?\.?$"
    )


_SIGNER: Final = _signer_pattern([*SIGNER_ROLES, "ref"])  # (and "Kaj Hedegaard, ref.")
_BODY_CHAIR_ROLES: Final = frozenset({"formand", "forperson"})
_SIGNING_ROLES: Final = CHAIR_ROLES | MINUTE_TAKER_ROLES | _BODY_CHAIR_ROLES
# a signer in a column beside others: the body's chair signs too ("Henrik Dahl, formand")
_SIGNER_CELL: Final = _signer_pattern([*SIGNER_ROLES, *sorted(_BODY_CHAIR_ROLES)])
_PLACE_ORGANISATION: Final = re.compile(PLACE_ORGANISATION)


def signer_line(line: Line) -> bool:
    """ "Per Kjær, dirigent", "Mona Sand (referent)": a signer under the minutes, or signers
    side by side ("Henrik Dahl, formand     Lone Frost, referent")."""
    return bool(signers(line))


def signers(line: Line) -> list[tuple[str, PersonParts]]:
    """The signers of a signer line (``signer_line``), each as written with her role; none for
    any other line. Signers side by side need a signer role in each column."""
    cells = layout_columns(line.raw) if "   " in line.raw or "\t" in line.raw else []
    if len(cells) < 2 and " · " in line.text:  # "Arne Vium, dirigent · Peder Sønderby, referent"
        cells = [c.strip() for c in line.text.split(" · ")]
    if len(cells) < 2:  # one signer (an indented line too): the line's text, markup read
        cells = [line.text]
    signer = _SIGNER if len(cells) == 1 else _SIGNER_CELL
    found: list[tuple[str, PersonParts]] = []
    for cell in cells:
        parts = parse_person(cell) if signer.match(cell) is not None else None
        if parts is None:
            return []
        found.append((cell, parts))
    return found


# a writer's sign-off by her first name and role ("Marianne (referent)" under "Mvh")
FIRST_NAME_TAKER: Final = re.compile(
    r"([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\s*"
    r"\((?:ref\.?|referent)(?:\s+(?:i\s+aften|i\s+dag|denne\s+gang))?\)"
)
"""A first name marked as the minute-taker's ("Marianne (referent)", "Troels (ref.)", "Gitte
(referent i aften)")."""
_SYMBOLS_BEFORE: Final = re.compile(r"^[^\w(\[]+")
_SYMBOLS_AFTER: Final = re.compile(r"\s+[^\w\s()\[\]\"'».,;:!?-]+$")


def without_pictures_after(text: str) -> str:
    """The text without the pictures that end it ("Grønbæk Forsamlingshus 🏡", "Hjortshøj
    Boldklub ✅"); a text that ends in a word or a mark of its own is as it was."""
    if not text[-1:] or text[-1:].isalnum() or text[-1:] in ")]\"'».":
        return text
    return _SYMBOLS_AFTER.sub("", text)


_FILE: Final = re.compile(FILE_EXTENSION, re.IGNORECASE)
_MENTION: Final = re.compile(r"(?<![\w.])@(?=[A-ZÆØÅ])")
_NAME_THEN_VERB: Final = re.compile(  # "Mai-Britt Holm fra Rambøll deltog som rådgiver."
    rf"^[A-ZÆØÅ][\w-]+(?: (?:[A-ZÆØÅ][\w.-]*|á|í|við|von|van|de|af)){{1,4}}(?: \([^()]{{1,40}}\))?"
    rf"(?:,? fra [A-ZÆØÅ][\w&.-]*(?: [\w&.-]+){{0,4}}?,?)? (?:{SENTENCE_VERBS})\b"
)
_MENTION_AFTER_SPACE: Final = re.compile(r"(?<=[\w)])\s+@(?=[A-ZÆØÅ])")
_CLOSED_AFTER_NAME: Final = re.compile(MEETING_CLOSED_AFTER_NAME, re.IGNORECASE)
_WROTE_MINUTES: Final = re.compile(
    r"(?:,?\s+(?:som|der)\s+(?:også\s+)?|\s+[–—-]\s+)"  # (or "Ali Hassan 9.a – skrev referatet")
    r"(?:skrev|tog|førte)\s+(?:referat(?:et)?|protokol(?:len)?)"
    r"(?=\s*(?:[.,;]|$))"  # ("..., der førte protokollen,": the minute-taker too)
)
# "Helle Sommer fra Odder Kommune under den første del af mødet": when she was there, a note
_PART_OF_MEETING: Final = re.compile(
    r"\s+(?:under|i|for)\s+(?:den\s+)?(?:(?:første|sidste|anden|en)\s+(?:del|halvdel|time)"
    r"|starten|begyndelsen|slutningen)\s+af\s+mødet\s*\.?$",
    re.IGNORECASE,
)
_LEADING_AND: Final = re.compile(r"^(?:og|samt|&)\s+")


def _group_entries(text: str) -> list[str] | None:
    """ "A (A), formand, B (V) og C" -> ["A (A), formand", "B (V)", "C"]: a new entry starts at
    each comma- or semicolon-separated part that is a full name (two words or more, maybe after
    a title: "samt suppleant Bo Ravn"); other parts describe the last. "og"/"samt" separate two
    entries only where a full name follows ("Teknik og Miljø" stays one part). "undertegnede"
    (the writer) is no one's name: it is left out of the people, not out of the field's text."""
    parts: list[str] = []
    for part in (p.strip() for p in split_outside_parens(ENTRY_SPLIT, text.rstrip("."))):
        part = _LEADING_AND.sub("", part)  # "Lars Bech, Deloitte, og Mette Lund, BDO"
        pieces = split_outside_parens(AND_SPLIT, part)
        if len(pieces) == 2 and (couple := couple_name(pieces[0].strip(), pieces[1].strip())):
            parts.extend([couple, pieces[1]])  # "Ole og Bodil Kragh, nr. 6"
        elif (
            len(pieces) == 2
            and parts
            and without_title(parts[-1]) != parts[-1]  # (posts written before the names)
            and " " not in pieces[0].strip()  # (a post alone before "og")
            and known_title(pieces[0].strip())
            and pieces[1].strip()[:1].islower()
            and full_name(pieces[1])
        ):  # "Formand Else Nørgaard, næstformand og kontaktperson Leif Hjortshøj": two posts
            parts.append(part)  # of one person
        elif len(pieces) > 1 and all(full_name(p) or _is_self(p) for p in pieces[1:]):
            parts.extend(pieces)
        elif len(pieces) == 2 and known_title(pieces[0].strip()) and _lone_first_name(pieces[1]):
            parts.extend(p.strip() for p in pieces)  # "Mette Lund, kasserer og Ole"
        elif len(pieces) > 1 and parts and _after_post(parts[-1], pieces):
            parts.extend(p.strip() for p in pieces)  # "..., kasserer, Ole, Bo og Lise"
        elif len(pieces) > 1 and (joined := _and_entries(pieces)) is not None:
            parts.extend(joined)  # "kommunaldirektør A og direktør for Teknik og Miljø B"
        elif part:
            parts.append(part)
    entries: list[list[str]] = []
    for k, part in enumerate(parts):
        if _is_self(part):
            continue
        if (
            full_name(part)
            or (k and _after_post(parts[k - 1], [part]))
            # a first name alone, or with where she is from ("Jette H., Lasse, ...", "Annette
            # fra have 58 (kasserer)"): an informal list's own entry
            or (
                entries
                and (
                    (_lone_first_name(part) and LONE_SURNAME.fullmatch(part) is not None)
                    or (_FIRST_NAME_FROM.match(part) is not None and starts_with_first_name(part))
                )
            )
        ):
            entries.append([part])  # (a first name alone after a post: "..., kasserer, Ole")
        elif entries:
            entries[-1].append(part)
        elif k == 0 and part[:1].islower() and len(parts) > 1 and full_name(parts[1]):
            continue  # "vandværkets revisor, registreret revisor Per Ladefoged, ...": his post
        else:
            return None
    return [", ".join(e) for e in entries] if len(entries) > 1 else None


_FIRST_NAME_FROM: Final = re.compile(r"^[A-ZÆØÅ][a-zæøå]+\s+fra\s+\S")


def _lone_first_name(part: str) -> bool:
    """ "Ole": a known first name alone, capitalised."""
    part = part.strip()
    return " " not in part and part[:1].isupper() and starts_with_first_name(part)


def _after_post(before: str, parts: list[str]) -> bool:
    """``parts`` are first names alone after a post or another first name alone ("Mette
    Lund, kasserer, Ole, Bo og Lise"): entries of their own, not details of the last name."""
    return (before[:1].islower() or _lone_first_name(before)) and all(
        _lone_first_name(p) for p in parts
    )


# "(alle fra Aarhus Universitet)", "(begge V)" after a list: every entry's
_ALL_FROM: Final = re.compile(
    r"\((?:alle|begge)\s+(?:fra:?\s+)?([^()]{1,80})\)\s*\.?$", re.IGNORECASE
)
# ", begge Job og Integration", ", alle fra Aarhus Universitet" after a list: every entry's
_ALL_FROM_TAIL: Final = re.compile(
    r",\s*(?:alle|begge)\s+(?:fra:?\s+)?([A-ZÆØÅ][^(),]{1,80}?)\s*\.?$"
)
# "Alle undtagen Jens Olesen", "Hele menighedsrådet på nær Bo Lind og Eva Sand": the absentees
_ALL_BUT: Final = re.compile(
    r"^(?:alle|samtlige|hele)(?:\s+[\w-]+){0,2}?\s+(?:undtagen|på\s+nær|nær)\s+(.+?)\.?$",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE: Final = re.compile(rf",\s+(?:{'|'.join(RELATIVE_PRONOUNS)})\s.*$", re.IGNORECASE)
# "Bestyrelsen, ...", "Hele udvalget samt ...": the body as a whole before the people named
_BODY_FIRST: Final = anchored(
    r"^(?:hele\s+)?(?:bestyrelsen|afdelingsbestyrelsen|udvalget|styregruppen|rådet|menighedsrådet"
    r"|alle\s+(?:[a-zæøå]+\s+)?medlemmer)"  # "Alle nyvalgte medlemmer samt sognepræst ..."
    r"\s*(?:,|\s+og|\s+samt)\s+(?=\S)",
    re.IGNORECASE,
)
# "hele bestyrelsen (Karsten Vind, Mette Hauge og Sofie Dam) samt 8 medlemmer": the members
# named in brackets after the body (group 1), the rest names no one
_BODY_NAMED: Final = anchored(
    r"^(?:hele\s+)?[a-zæøå]*(?:bestyrelsen|udvalget|styregruppen|rådet)\s*"
    r"\(([^()]*(?:,|\sog\s)[^()]*)\)(?:\s*(?:,|samt|og)\s+(?:\d+\s+[^()]*|(.+?)))?\.?$",
    re.IGNORECASE,
)
# " – begge pga. sygdom", ", alle med afbud": a remark on every entry of the list, not a detail
_BOTH_NOTE: Final = re.compile(r"(?:\s[–—-]|,)\s*(?:alle|begge)\s+[a-zæøå][^()]{0,80}$")
_FROM_GROUP: Final = anchored(
    r"^(?:deltagere|medlemmer|repræsentanter|til\s+stede|tilstede)\s+fra\s+(.{2,60})$", re.I
)
_EMAIL: Final = re.compile(r"\s*[<(\[]?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)\]]?")
_SMALL_SENTENCE_BREAK: Final = re.compile(r"(?<=[a-zæøå)]{2})\.(?=\s+[a-zæøå][\w ]{0,30}:)")
"""A sentence break before a label in text written all in small letters (informal minutes:
"18 medlemmer. bestyrelsen: jens, ole"; not "karin pga. sygdom")."""
_ABSENCE_REASON: Final = Needs(
    r"(?<=\w)(?:\s*[,–-])?\s+(?:(?:begge|alle)\s+)?"
    r"(?:pga\.?|p\.g\.a\.?|grundet|på grund af|som følge af)\s+"
    r"[^,;()]{0,60}?(?=\s*(?:[,;.]|\s(?:og|samt)\s|$))",
    ("pga", "p.g.a", "grundet", "grund af", "følge af"),
    re.IGNORECASE,
    fold=True,
)
"""Why someone is away, after the name ("Karin Holm pga. sygdom", "Bo, grundet ferie"): not
part of the entry (the list goes on after it)."""
_ITEM_NOTE: Final = Needs(
    rf"(?<=\S)(?:\s*[,–—-]\s*|\s+){ITEM_REMARK}\s*$", ITEM_REMARK_WORDS, re.IGNORECASE, fold=True
)


_LAST_FIRST: Final = re.compile(
    r"^([A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+)?),\s*([A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+)?)$"
)


def _first_name_first(text: str) -> str:
    """ "Holm, Jens; Lind, Karen" (Outlook's "last, first" entries) -> "Jens Holm; Karen Lind"."""
    entries = [e.strip() for e in text.split(";") if e.strip()]
    found = [_LAST_FIRST.match(e) for e in entries]
    if not all(m is not None and starts_with_first_name(m.group(2)) for m in found):
        return text
    return "; ".join(f"{m.group(2)} {m.group(1)}" for m in found if m is not None)


def _column_entry(line: Line) -> str | None:
    """ "Jørgen Nørby          V     Borgmester" (a PDF's columns) -> "Jørgen Nørby (V),
    Borgmester": one person, her party letter and title in columns after her name; None for
    any other line."""
    if line.kind is not LineKind.TEXT or len(line.raw) > 200:
        return None
    cells = layout_columns(line.raw)
    if len(cells) < 2 or not is_name(cells[0], allow_single=False):
        return None
    return _joined_cells(cells)


def _group_row(line: Line, cells: list[str], name_i: int) -> bool:
    """A people table's row that names the group of the rows below it in bold in the name
    column, its other cells empty ("| **Ledelsesrepræsentanter** | | |")."""
    label = cells[name_i]
    return (
        bool(label)
        and len(cells) >= 2
        and not any(c for i, c in enumerate(cells) if i != name_i)
        and (f"**{label}**" in line.raw or f"__{label}__" in line.raw)
        and not starts_with_first_name(label)
    )


def _joined_cells(cells: list[str]) -> str:
    """A person's cells as one entry: ["Jørgen Nørby", "V", "Borgmester"] -> "Jørgen Nørby (V),
    Borgmester" (a party letter in parentheses, other details after commas)."""
    text = cells[0]
    for cell in cells[1:]:
        text += f" ({cell})" if cell in PARTY_CODES else f", {cell}"
    return text


def _name_and_place(text: str) -> bool:
    """ "Hanne Roed, LO Midtjylland", "Peter Sørensen, Erhvervshus Midtjylland": one person and
    where she works, as a line of a list one per line writes them (the second part does not
    start with a first name, so it is no second person)."""
    if "," not in text:
        return False
    parts = split_outside_parens(ENTRY_SPLIT, text)
    if len(parts) != 2:
        return False
    first, second = parts[0].strip(), parts[1].strip()
    return (
        second[:1].isupper()
        and not starts_with_first_name(second)
        and starts_with_first_name(without_title(first))  # "Sekretariatschef Helle Kirkeby"
        and full_name(first)
    )


def _and_entries(pieces: list[str]) -> list[str] | None:
    """The entries of a part split at each "og", an "og" inside an entry put back: a piece that
    is no full name joins the next ("direktør for Teknik" + "Miljø Bente Skov"). None unless
    the pieces end in full names so."""
    entries: list[str] = []
    pending = ""
    for piece in pieces:
        pending = f"{pending} og {piece}" if pending else piece
        if len(pending) > 160:
            return None  # no entry is that long (and a run of "og" stays linear)
        if full_name(pending):
            entries.append(pending)
            pending = ""
    return entries if not pending and len(entries) > 1 else None


def list_entries(text: str) -> list[str]:
    """The entries of a prose people list: "A, B og C" by name, "A (A), formand, B (V)" by
    full names with their details (``_group_entries``), else the text as one entry. Item text
    ("Fraværende: Bo Hartvig (A), Mette Aagaard (O)") is split the same way as the header.
    Remembered (a list's readers ask it of the same text again); a new list each call."""
    return list(_entries.of(text))


_PARTY_FIRST: Final = re.compile(r"^([A-ZÆØÅ]{1,2}):\s+([A-ZÆØÅ].*)$")


def _party_after(entry: str) -> str:
    """ "S: Rasmus Kolding" (a party's letter before the name) -> "Rasmus Kolding (S)"."""
    m = _PARTY_FIRST.match(entry) if entry[1:3].find(":") >= 0 else None
    return f"{m.group(2)} ({m.group(1)})" if m is not None and "(" not in m.group(2) else entry


def _list_entries(text: str) -> tuple[str, ...]:
    return tuple(_entries_of(text))


def _entries_of(text: str) -> list[str]:
    text = names_for_houses(text)  # "hus 3 (Pernille og Ole Dahl), hus 8 (Vibeke Sand)"
    if ";#" in text:  # "Birgitte Holst;#Mads Lund": SharePoint's multi-value field
        return [e for p in text.split(";#") if p.strip() for e in list_entries(p.strip())]
    if " · " in text or " • " in text:  # "A (A), formand · B (V), næstformand · C (F)"
        parts = [_party_after(p.strip()) for p in _DOT_SEPARATOR.split(text)]
        named = sum(bool(full_name(split_outside_parens(ENTRY_SPLIT, p)[0])) for p in parts)
        if len(parts) > 1 and (named == len(parts) or (len(parts) >= 3 and 2 * named > len(parts))):
            # (most of them: "S: Rasmus Kolding", "Bo Lund (V) som stedfortræder for ..." too)
            return [e for p in parts for e in list_entries(p)]
    if text.count(" - ") >= 2:  # "Else Krog , formand - Bent Sølvsten - Inge Bjerre , forstander"
        parts = [p.strip() for p in split_outside_parens(_SPACED_HYPHEN, text)]
        heads = [split_outside_parens(ENTRY_SPLIT, p)[0].strip() for p in parts]
        full = [full_name(h) for h in heads]  # (details in parentheses, a title before)
        if any(full) and all(
            f or is_name(h, allow_single=False) for f, h in zip(full, heads, strict=True)
        ):
            return parts  # (hand-typed: a hyphen between the entries, a post after a comma)
    if "; " in text:  # "Tina Frost, TR Dagplejen Syd; Lise Pedersen, TR Børnehaven Bakkely"
        parts = [p.strip() for p in split_outside_parens(_SEMICOLON, text) if p.strip()]
        if len(parts) > 1 and all(
            "," in p and full_name(split_outside_parens(ENTRY_SPLIT, p)[0]) for p in parts
        ):  # each entry with its details after a comma: the semicolons part the entries
            return parts
        if len(parts) >= 3 and 2 * sum(
            bool(full_name(split_outside_parens(ENTRY_SPLIT, p)[0])) for p in parts
        ) > len(parts):  # "A (formand); B; elevrådsrepræsentanter Ida og Noah; C, skoleleder":
            return [e for p in parts for e in list_entries(p)]  # each part read as a list
    if " og " in text or " samt " in text:  # "... og bestyrelsesmedlemmerne Rune Aaby og ...",
        text = _GROUP_JOIN.sub(", ", text)  # "... samt fra direktionen adm. direktør ...": apart
    if ") samt " in text:  # "Gitte Fogh (1. suppleant) samt medarbejderrepræsentant, kirketjener
        text = _POSTS_AFTER_SAMT.sub(r"), \1 ", text)  # Kim Lund": the next one's posts
        text = _SAMT_AFTER_BRACKET.sub("), ", text)
    if text[:3].casefold() in _SELF_OPENINGS:
        writer = _self_named(text)
        if writer is not None:  # "mig (Sofie, Idas mor), Kasper, ...": the writer, in brackets
            text = writer
        elif (first := _SELF_FIRST.match(text)) is not None:
            text = text[first.end() :]  # "mig, Ida Sørensen, Jonas, Freja": the writer first
    if ", mig" in text or " og mig" in text or ", under" in text:  # "Søren (formand), mig
        text = _SELF_BETWEEN.sub("", text)  # (ref), Ib": the writer among others, no name
    if "/" in text:  # "Anne Holm/formand, Bo Lind/kasserer": each one's post after a slash
        text = _SLASH_POST.sub(_post_in_brackets, text)
    if " og " in text and (shared := _shared_posts(text)) is not None:
        text = shared  # "..., elevrådsrepræsentanter Ida og Noah"
    entries = split_name_list(text)
    selfref = entries is None and any(w in casefolded.of(text) for w in SELF_REFERENCES)
    if selfref and _SELF_LAST.search(text):  # "Anna (formand), Bo og undertegnede"
        rest = _SELF_LAST.sub("", text)  # ("teknisk direktør Jesper Hauge og undertegnede")
        entries = split_name_list(rest) or ([rest] if full_name(rest) else None)
    if entries is None and ("," in text or ";" in text or AND_SPLIT.search(text)):
        entries = _group_entries(text)
    if entries is None and (" / " in text or " | " in text or " – " in text or ") " in text):
        entries = _other_separators(text)
    return entries if entries is not None else [text]


_entries: Final = memo(_list_entries, 1024)

_LOWER_TOKEN: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|[^\w]+|\w+")


_SMALL_INITIALS: Final = re.compile(
    r"[a-zæøå]{2,3}(?:\s*\([^()]{1,40}\))?"
    r"(?:\s*(?:,|\bog\b|&|\+)\s*[a-zæøå]{2,3}(?:\s*\([^()]{1,40}\))?)*\.?"
)
"""A people list of initials in small letters ("lk, bh, mj, sø", "tp (syg 🤒)"): read as the
initials in capitals, each entry's ``written`` as the source has it."""


def capitalised_names(text: str) -> str | None:
    """An all-lower-case people list of informal minutes ("jens (formand), mette hansen, ole
    og lise") with its names capitalised ("Jens (formand), Mette Hansen, Ole og Lise"): each
    entry opens with a first name, a surname may follow it (not a post, not "fra", "pga.").
    A list that mixes both ("Anne, Bo (fmd), mette, Rasmus") gets its small-letter names
    capitalised the same way, its capitalised words as written. None when no name was
    capitalised or an entry opens with another word ("alle medlemmer"). Capitals keep each
    letter's place: a name's offsets are the written ones."""
    if len(text) > 400 or (not text.islower() and _LOWER_ENTRY.search(text) is None):
        return None  # (cheap first: no entry opens with a small letter)
    out: list[str] = []
    depth, chain, found = 0, 0, False
    opens = _NAME_DUE  # a name must come: an entry's first word
    for m in _LOWER_TOKEN.finditer(text):
        token = m.group()
        if not token[0].isalnum():  # (a separator: spaces, commas, parentheses)
            depth += token.count("(") - token.count(")")
            if depth == 0 and ("," in token or ";" in token or "&" in token or "+" in token):
                opens = _NAME_DUE
            initial = token.strip() == "." and len(out[-1]) == 1 if out else False
            if token.strip() and not initial:  # ("peter w. lund": an initial's full stop
                chain = 0  # goes on in the name)
            out.append(token)
            continue
        if depth > 0:
            out.append(token)
            continue
        if not token.islower():  # a word as written ("Anne", "Bo", "P"): the entry's
            opens, chain = _IN_ENTRY, (chain + 1 if chain else 1)
            out.append(token)
            continue
        if token in ("og", "samt"):
            opens, chain = _NAME_DUE, 0
        elif opens != _IN_ENTRY and starts_with_first_name(token):
            token, opens, chain, found = token.title(), _IN_ENTRY, 1, True
        elif opens != _IN_ENTRY:
            if not known_title(token):
                return None  # ("alle medlemmer per 1. januar"): not a list of names
            opens = _NAME_MAY  # "mette lund, kasserer", "kasserer mette lund"
        elif 0 < chain <= 2 and token not in NOT_SURNAMES and not known_title(token):
            token, chain = token.title(), chain + 1  # "mette hansen"
        else:
            chain = 0
        out.append(token)
    return "".join(out) if found and opens != _NAME_DUE else None


_IN_ENTRY, _NAME_DUE, _NAME_MAY = 0, 1, 2  # ``capitalised_names``' states
_LOWER_ENTRY: Final = re.compile(r"(?:^|[,;+&]\s*|\s(?:og|samt)\s+)[a-zæøå]")

_SLASH_POST: Final = re.compile(
    r"(?<=[a-zæøå])\s*/\s*([A-ZÆØÅa-zæøå][\w'’-]+(?:\s+[\w'’-]+){0,2})(?=\s*(?:[,;]|og\s|$))"
)


def _post_in_brackets(m: re.Match[str]) -> str:
    """ "/formand" after a name -> " (formand)" when the word is a post or capitals (initials,
    an organisation's abbreviation: "Anne Holm/AH", "Bo Lind/SDU"), or capitalised words no
    name opens (her study or unit: "Maja Lind / Kommunikation", "Sigrid Moe / Internationale
    Studier"); else as written ("Anne Holm / Bo Lind")."""
    word = m.group(1)
    capitals = word.isupper() and word.isalpha() and 2 <= len(word) <= 5
    unit = word[:1].isupper() and not starts_with_first_name(word)
    if " " in word and not unit:
        return m.group()
    return f" ({word})" if capitals or unit or known_title(word) else m.group()


_SHARED_POST: Final = re.compile(  # (and their class: "... Ida og Noah fra 8. kl.")
    r"([a-zæøå][\w-]{5,})\s+(\S.*?)\s+og\s+(\S.*?)(?:\s+fra\s+(\d{1,2}\.\s?(?:kl|klasse)))?\.?"
)


def _shared_posts(text: str) -> str | None:
    """ "..., elevrådsrepræsentanter Ida og Noah, ..." -> "..., elevrådsrepræsentant Ida,
    elevrådsrepræsentant Noah, ...": a post in the plural before two names is each one's post.
    None when no part of the list is so written."""
    parts = split_outside_parens(ENTRY_SPLIT, text)
    changed = False
    for k, part in enumerate(parts):
        m = _SHARED_POST.fullmatch(part.strip()) if part.lstrip()[:1].islower() else None
        if (
            m is not None
            and (post := singular_title(m.group(1))) is not None
            and is_name(m.group(2))
            and is_name(m.group(3))
        ):
            of = f" ({m.group(4)}.)" if m.group(4) else ""
            parts[k] = f" {post} {m.group(2)}{of}, {post} {m.group(3)}{of}"
            changed = True
    return ",".join(parts) if changed else None


# The writer named last in a list ("..., Carl og undertegnede"): no one's name
_SELF_LAST: Final = re.compile(  # (after a word only: a run of spaces is tried once)
    rf"(?<=\S)(?:,\s*|\s+(?:og|samt)\s+)(?:{'|'.join(sorted(SELF_REFERENCES))})"
    r"(?:\s*\([^()]{1,60}\))?\s*\.?$",  # "... og undertegnede (HR/sekretær for udvalget)"
    re.IGNORECASE,
)
# ... or first ("mig, Ida Sørensen, Jonas, Freja, Bo H.", "Undertegnede, Poul Holm og ...")
_SELF_FIRST: Final = re.compile(
    rf"(?:mig|{'|'.join(sorted(SELF_REFERENCES))})(?:\s*\([^()]{{1,60}}\))?\s*,\s*(?=\S)",
    re.IGNORECASE,
)
# ... or among others ("Søren (formand), mig (ref), Ib (kasserer)", "..., Per, mig (ref)")
_SELF_BETWEEN: Final = re.compile(
    rf"(?:,\s*|\s+og\s+)(?:mig|{'|'.join(sorted(SELF_REFERENCES))})(?:\s*\([^()]{{1,60}}\))?"
    r"\s*\.?(?=,|$)",
    re.IGNORECASE,
)
_SELF_NAMED: Final = re.compile(r"^mig\s*\(([A-ZÆØÅ][\w-]+)(?:,\s*([^()]{1,40}))?\)")


def _self_named(text: str) -> str | None:
    """A list that opens with its writer named in brackets ("mig (Sofie, Idas mor 🙋‍♀️), Kasper,
    ... og så Louise fra personalet og Anja (leder) 🙌"): the list with her name first ("Sofie
    (Idas mor), Kasper, ... og Louise ..."), its pictographs and "og så" taken out (only in such
    a list: elsewhere the entries keep them as written); None for any other text."""
    if _SELF_NAMED.match(text) is None:
        return None
    if any(ord(c) >= _PICTOGRAPHS for c in text):
        text = " ".join(without_symbols(text).split())
    text = text.replace(" og så ", " og ")  # "Jonas og så Louise fra personalet"
    writer = _SELF_NAMED.match(text)
    if writer is None:
        return None
    about = writer.group(2).strip() if writer.group(2) else ""
    return f"{writer.group(1)}{f' ({about})' if about else ''}{text[writer.end() :]}"


_PICTOGRAPHS: Final = 0x2000  # emoji and other symbols start above this
_SELF_OPENINGS: Final = frozenset({"mig", "mig,", *(w[:3] for w in SELF_REFERENCES)})
_DOT_SEPARATOR: Final = re.compile(r"\s+[·•]\s+")
_MEMBERS_FIRST: Final = re.compile(
    r"^(?:alle\s+)?[a-zæøå]+s\s+medlemmer:?\s+(?=[A-ZÆØÅ])"
    r"|^[A-ZÆØÅ]?[a-zæøå]+s\s+bestyrelse,\s+(?=\w)"
)
"""The body's members named before their names ("bestyrelsens medlemmer Holger Nyborg",
"Fondens bestyrelse, formand Peter Brøndum")."""
_SEMICOLON: Final = re.compile(r";\s+")
_SPACED_HYPHEN: Final = re.compile(r" - ")
_GROUP_JOIN: Final = re.compile(  # a plural post or a body between two people of a prose list
    r"\s+(?:og|samt)\s+(?:[a-zæøå]{4,}(?:erne|rne)|fra\s+[a-zæøå]{3,}(?:en|et|erne|rne))"
    r"\s+(?=(?:[a-zæøå]+\.?\s+)*[A-ZÆØÅ])"
)
_POSTS_AFTER_SAMT: Final = re.compile(r"\)\s+samt\s+([a-zæøå][\w-]+),\s+(?=[a-zæøå]+\s+[A-ZÆØÅ])")
_SAMT_AFTER_BRACKET: Final = re.compile(r"\)\s+samt\s+(?=[a-zæøå]+\s+[A-ZÆØÅ])")
_SLASH_OR_BAR: Final = re.compile(r"(?<=\S)\s+[/|–]\s+")  # (a run of spaces is tried once)
_AFTER_PARENS: Final = re.compile(r"\)\s+(?=[A-ZÆØÅ])")


def _other_separators(text: str) -> list[str] | None:
    """ "Anna Holm / Bo Lind / Carl Berg", "A | B", and a PDF's run-together "Anna Holm (formand)
    Bo Lind (kasserer) Carl Berg": entries when every part is a full name (maybe with its
    details)."""
    parts = [p.strip() for p in split_outside_parens(_SLASH_OR_BAR, text)]
    if len(parts) < 2:
        parts = [p.strip() for p in _AFTER_PARENS.sub("), ", text).split("), ")]
        parts = [p if p.count("(") <= p.count(")") else p + ")" for p in parts]
    if len(parts) > 1 and all(full_name(split_outside_parens(ENTRY_SPLIT, p)[0]) for p in parts):
        return parts  # "Frank Jessen (V), borgmester | Rikke Nørgaard (A) | Bo Kjærsgaard (V)"
    return None


_PAGE_MARK: Final = anchored(PAGE_MARK)
_PAGE_MARK_ANYWHERE: Final = re.compile(PAGE_MARK)
_RUNNING_PAGE_HEADER: Final = re.compile(RUNNING_PAGE_HEADER)
_PAGE_TAIL: Final = re.compile(PAGE_TAIL, re.IGNORECASE)


def has_page_mark(low: str) -> bool:
    """``PAGE_MARK.search(low)``, cheaply: its forms that fill a line match only at the start,
    and the one after a gap needs "side" or "page" (a search tries every character)."""
    if _PAGE_MARK.match(low) is not None:
        return True
    return ("side" in low or "page" in low) and _PAGE_MARK_ANYWHERE.search(low) is not None


_CLOSED_WORDS: Final = ("hævet", "sluttede", "afsluttet", "slut kl")
_TAIL_REACH: Final = 40  # the first lines of the zone where a page may open with a tail
_TAIL_RULE_REACH: Final = 15  # the lines from the closing line to the rule under that tail


def _previous_meeting_tail(lines: list[Line]) -> tuple[int, int] | None:
    """A protocol's page that opens with the end of the meeting before this one ("Mødet hævet
    kl. 22.15.", its signers, "(Mødet den 26/10 1993)", a rule, then "**Mødet den 9. november
    1993 kl. 19.30 ...**"): (the closing line, the line after the rule), when a dated line
    follows the rule; its date and hours are the other meeting's."""
    for k, line in enumerate(lines[:_TAIL_REACH]):
        low = casefolded.of(line.text)
        if not contains_any(low, _CLOSED_WORDS) or not CLOSING.match(low):
            continue  # ("Slut: 21:45", a front matter's key, is no closing sentence)
        rule = next(
            (
                j
                for j in range(k + 1, min(len(lines), k + _TAIL_RULE_REACH))
                if lines[j].kind is LineKind.RULE
            ),
            None,
        )
        if rule is None:
            return None
        dated = any(has_digit(ln.text) and find_dates(ln.text) for ln in lines[rule + 1 : rule + 6])
        return (k, rule + 1) if dated else None
    return None


def constituting_heading(line: Line) -> bool:
    """A heading over the board's constituting meeting after an assembly ("### Konstituerende
    møde i lokalrådet", "**Konstituerende bestyrelsesmøde**", "## Konstituering"): another
    meeting, not a label."""
    text = line.text
    return (
        (line.kind is LineKind.HEADING or line.strong)
        and len(text) <= _CONSTITUTING_MAX
        and text[-1:] != ":"
        and "konstitue" in (low := lowered.of(text))
        and ("møde" in low or _CONSTITUTION.fullmatch(low.strip(" *#")) is not None)
    )


_CONSTITUTION: Final = re.compile(
    r"(?:bestyrelsens\s+|grupperådets\s+|rådets\s+)?konstituering(?:\s+af\s+\w+)?"
)  # "## Konstituering", "**Bestyrelsens konstituering**": the posts the board gave itself


_CONSTITUTING_MAX: Final = 80


def announces_posts(line: Line) -> bool:
    """A sentence ending in a colon over a list of posts ("Efter generalforsamlingen
    konstituerede bestyrelsen sig således:"), no label of its own."""
    text = line.text
    return (
        text[-1:] == ":"
        and line.kind is LineKind.TEXT
        and len(text.split()) >= _ANNOUNCING_WORDS
        and field_kind(text[:-1]) is None
    )


_ANNOUNCING_WORDS: Final = 4  # a sentence over a list of posts, no label of its own
_RUNNING_HEADER_REACH: Final = 3  # lines from a page number to the running header beside it


def _running_header(line: Line) -> bool:
    """A page's running header: a short line of columns apart by wide gaps, or with a date, and
    no sentence ("Lemvig Kommune      Økonomiudvalget 12-03-2025      Referat")."""
    text = line.text
    if len(text) > 100 or text.endswith((".", ":", "!", "?")) or line.kind is not LineKind.TEXT:
        return False
    return "   " in line.raw.strip() or (has_digit(text) and bool(find_dates(text)))


def page_mark(low: str) -> bool:
    """A casefolded raw line that is a page number ("Side 6 af 6", "- 3 -", "3 af 5")."""
    cheap = "side" in low or "page " in low or " af " in low or low.lstrip()[:1] in ("-", "–")
    if not cheap:
        return False
    if has_page_mark(low):
        return True
    # "Haderslev Kommune Side 2 af 2": a short running header ending in the page number, also
    # with a date ("teknik- og miljøudvalget 12. marts 2024 side 2 af 3")
    if not ("side " in low or "page " in low):
        return False
    if _RUNNING_PAGE_HEADER.match(low) is not None:
        return True
    hits = find_dates(low) if has_digit(low) else []
    if not hits:
        return False
    undated = "".join(
        low[(hits[i - 1].end if i else 0) : hit.start] + " 1 " for i, hit in enumerate(hits)
    )
    return _RUNNING_PAGE_HEADER.match(undated + low[hits[-1].end :]) is not None


def _without_page_number(value: str, line: Line) -> str:
    """ "Referent: Yasmin Abdi            Side 2 af 2": the value without the page number that a
    PDF's page footer put on the same line after a wide gap."""
    low = lowered.of(value)
    if "side " not in low and "page " not in low:
        return value
    if not has_page_mark(lowered.of(line.raw)):
        return value
    return _PAGE_TAIL.sub("", value).strip() or value


_POST_BEFORE: Final = re.compile(r"^[A-ZÆØÅ][a-zæøå]+s\s+([a-zæøå]+),\s+(?=\w)")
"""A post in the genitive before the person's own words ("Værkets revisor, statsautoriseret
revisor Anders Kloster, ...": the waterworks' auditor): no organisation of his."""
_BARE_DATELINE: Final = re.compile(
    r"^(?:[Dd]en\s+\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})\.?$"
)  # "Den 22. september 2008", "28.10.1996"
_BODY_OWNS_MEETING: Final = re.compile(r"([A-ZÆØÅ][\w-]*(?:et|en))s\s+(?:ordinære\s+)?møde\b")
"""A meeting label's value naming the body's meeting ("Handicaprådets møde nr. 2/2022")."""
_BODY_WORD_MEETING: Final = re.compile(rf"(?<!\S)\S*?{BODY_MEETING_WORDS}(s?møde)$", re.IGNORECASE)
"""A meeting label's value ending in the body's word and "møde" ("OS2mo koordinationsgruppemøde").
"""
_KIND_OF_MEETING: Final = re.compile(
    r"(?:ordinært|ekstraordinært|konstituerende|årligt|fælles)\s+"
    rf"([a-zæøå-]*{BODY_MEETING_WORDS})s?møde\b",
    re.IGNORECASE,
)
"""A meeting label's value naming the kind of the body's meeting ("Ordinært bestyrelsesmøde
nr. 4/2025"): the body is the word's ("Bestyrelse")."""
_KIND_ONLY: Final = re.compile(
    r"(?:(?:ordinært|ekstraordinært|konstituerende|årligt|fælles|næste|sidste)\s+)?møde\b",
    re.IGNORECASE,
)
"""A meeting label's value that only says which meeting ("Ordinært møde nr. 8/2025"): no body."""
_VISIT_AT: Final = re.compile(
    r"(?:[A-ZÆØÅ]?[a-zæøå-]*besøg\s+hos|[Hh]osted\s+by|[Vv]ært(?:er)?\s*:)\s+([A-ZÆØÅ].*)"
)
"""A place that is a visit to a company ("Virksomhedsbesøg hos Fyns Emballage A/S", "Hosted by
NordTech Robotics ApS"): the company is the place."""
_COMPANY_TAIL: Final = re.compile(
    r"((?:[A-ZÆØÅ][\w&-]*\s+){0,3}(?:A/S|ApS|I/S|P/S|K/S|IVS|a\.m\.b\.a))\.?", re.IGNORECASE
)
"""A company's name, or its last words, alone ("Vest A/S.", "Hansen & Co ApS")."""
_RECEIPT_WORDS: Final = frozenset({"modtaget", "indgået", "journaliseret", "registreret"})
"""A receipt stamp's word over its date ("MODTAGET" / "09 JUNI 1999")."""
_STAMP_DATE: Final = re.compile(r"^\d{1,2}\.?\s*[A-Za-zÆØÅæøå]{3,9}\.?\s+\d{4}$")
"""A date stamp's "29 JUN 1998", "3. feb. 2024": a date alone, its month in letters."""
_LETTER_DATELINE: Final = re.compile(
    r"^[A-ZÆØÅ][\w.-]*(?:\s[A-ZÆØÅ][\w.-]*)?,\s+(?:den\s+)?\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}\.?$"
)
"""A letter's date line under its letterhead ("Løkken, den 24. februar 2025"): when another line
dates the meeting as strongly, that one wins."""

_FIRST_DAY_BEFORE: Final = re.compile(r"\s(?:[–—-]|til)\s")
"""Between two days of one meeting ("22. maj kl. 13.00 – fredag den 23. maj 2025")."""

_END_AFTER_START: Final = re.compile(
    r"\s*[/|,–-]?\s*\b(?:slut|sluttid|til)\b\s*:?\s*(?=(?:kl\.?\s*)?\d)", re.IGNORECASE
)
"""In a start field's value, the end's label before its time ("16.30 / Slut 18.00")."""

_REFERENCE_FIELD: Final = re.compile(
    r"(?:sags?\.?\s*nr|j(?:ournal)?\.?\s*nr|dok(?:ument)?\.?\s*nr|kontakt(?:person)?|"
    r"sagsbehandler|(?:vores|deres|jeres)\s+ref|ref\.?\s*nr)\.?\s*:",
    re.IGNORECASE,
)
"""A letter's reference field ("Sagsnr.:", "J.nr.:", "Kontakt:", "Sagsbehandler:")."""


_NAME_IN_TWO_LANGUAGES: Final = re.compile(r"^(?:navn\s*/\s*name|name\s*/\s*navn)$")


def _column_key(cell: str) -> str:
    """A people table's header cell, normalised; a name column headed in two languages ("Navn
    / Name") is "navn"."""
    key = normalise_label.of(cell)
    if key[:6] in ("name (", "navn (") and key.endswith(")"):  # Zoom's "Name (Original Name)"
        return key[:4]
    return "navn" if "/" in key and _NAME_IN_TWO_LANGUAGES.match(key) else key


_ROLE_BEFORE_NAME: Final = re.compile(
    r"(?i:(ref\.?|referent|dirigent|ordstyrer|mødeleder))\s+"
    r"([A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+){1,3})"
)


def signed_columns(line: Line) -> list[tuple[str, str, FieldKind]]:
    """ "Ref. Rikke Holmgaard        Dirigent Leif Gram": signers side by side, each after her
    role without a colon; (label, name, field) for each, or none when a column is anything
    else."""
    found: list[tuple[str, str, FieldKind]] = []
    for cell in layout_columns(line.raw):
        m = _ROLE_BEFORE_NAME.fullmatch(cell)
        if m is None:
            return []
        label = m.group(1)
        kind = FieldKind.MINUTE_TAKER if label[:3].casefold() == "ref" else FieldKind.CHAIR
        found.append((label, m.group(2), kind))
    return found if len(found) > 1 else []


def name_columns(line: Line) -> bool:
    """ "Jette Kirk     Poul Strand     Henning Vad": full names side by side in columns (the
    signers under "Underskrifter:")."""
    if line.kind is not LineKind.TEXT or "   " not in line.raw:
        return False
    cells = layout_columns(line.raw)
    return len(cells) >= 2 and all(is_name(c, allow_single=False) for c in cells)


def _role_columns(line: Line) -> list[tuple[str, FieldKind | None]] | None:
    """ "Dirigent                    Referent" ("Som dirigent:    Som referent:"): chair and
    minute-taker labels side by side, each over its name on a later line, maybe beside other
    posts ("Formand        Næstformand": a post with no kind of field); None for any other
    line."""
    if (
        line.kind is not LineKind.TEXT
        or len(line.text) > 60
        or len(line.raw) > ROLE_COLUMNS_RAW  # a piece of a transcript's long line: no columns
        or "   " not in line.raw
    ):
        return None
    cells = layout_columns(line.raw)
    if len(cells) < 2:
        return None
    found: list[tuple[str, FieldKind | None]] = []
    for cell in cells:
        cell = _AS_ROLE.sub("", cell)  # "Som dirigent:        Som referent:"
        kind = field_kind(cell)
        if kind is not FieldKind.CHAIR and kind is not FieldKind.MINUTE_TAKER:
            post = cell.rstrip(":")
            if not known_title(post) or any(w[:1].isupper() for w in post.split()[1:]):
                return None  # ("Referent:     direktionssekretær Lis Borup": a label, a name)
            kind = None  # "Næstformand" beside "Formand": a signer's post
        found.append((cell.rstrip(":"), kind))
    return found if any(kind is not None for _, kind in found) else None


_AS_ROLE: Final = re.compile(r"^[Ss]om\s+")


def _without_stand_in(key: str) -> str:
    """A casefolded label without whom its stand-in stands in for ("stedfortræder for Birthe
    Kamp": "stedfortræder")."""
    return STAND_IN_FOR.sub("", key) if key.startswith(STAND_IN_WORDS) else key


"""A substitute's label naming whom she stands in for ("Stedfortræder for Birthe Kamp", on
normalised labels): what follows the role."""
_ITEM_REMARK_ONLY: Final = re.compile(ITEM_REMARK, re.IGNORECASE)  # "pkt. 4" in "(gæst, pkt. 4)"
_BRACKETED_ITEM_REMARK: Final = re.compile(rf"\s*\(({ITEM_REMARK})\)$", re.IGNORECASE)
"""The items a list's people came for, in brackets after their shared firm ("Pia Nørgaard og
Kenneth Lyk, Sydvest Forsyning A/S (under Ad 5.)")."""
_YEAR_FIRST: Final = re.compile(r"^(?:[Åå]r|[Aa]ar)\s+((?:19|20)\d\d)\s*,")  # (or "Aar")
"""A protocol's opening "År 2025, tirsdag den 6. maj kl. 19.00, afholdtes ...": the year of the
date after it."""
_SIGNING_LINES: Final = re.compile(r"^\s*(?:\\?[_.]){3,}(?:\s+(?:\\?[_.]){3,})*\s*$")
"""Lines to sign on, escaped or not ("\\_\\_\\_\\_", "........")."""


_TABLE_FACT_KINDS: Final = frozenset(
    (FieldKind.DATE, FieldKind.TIME, FieldKind.START, FieldKind.END, FieldKind.PLACE)
)


def _header_labels(line: Line) -> list[tuple[str, FieldKind]] | None:
    """A table row of header labels only (at least two cells), each with its kind; None for
    any other line."""
    if line.kind is not LineKind.TABLE_ROW or len(line.cells) < 2:
        return None
    found: list[tuple[str, FieldKind]] = []
    for cell in line.cells:
        label = cell.strip().strip("*_").rstrip(":").strip()
        kind = field_kind(label) if 0 < len(label) <= 40 else None
        if kind is None:
            return None
        found.append((label, kind))
    return found


def _key_value_rows(before: Line | None, line: Line) -> bool:
    """ "| Sted | Online (Teams) |" under "| Dato | 16. januar 2025 |": a row of two labels in
    a table of labels and their values is one more label and its value."""
    return (
        before is not None
        and before.kind is LineKind.TABLE_ROW
        and len(line.cells) == 2
        and _label_cells(before) is None
        and (found := label_of(before)) is not None
        and bool(found[1])
    )


def _label_cells(line: Line) -> list[tuple[str, FieldKind]] | None:
    """ "| Dato | Tid | Sted |": a row of header labels, one of them a date, time or place, each
    over its value in the row below; None for any other line."""
    found = _header_labels(line)
    return found if found and any(k in _TABLE_FACT_KINDS for _, k in found) else None


def _people_column_labels(line: Line) -> list[tuple[str, FieldKind]] | None:
    """ "| Deltagere | Afbud |": a row of people-list labels only, each over the names of its
    column in the rows below; None for any other line."""
    found = _header_labels(line)
    return found if found and all(k in _COLUMN_LIST_KINDS for _, k in found) else None


def _group_columns(line: Line, row: Line | None) -> list[tuple[str, FieldKind]] | None:
    """ "| Nørre Aaby MR | Ejby MR |" over "| Anders Hougaard (formand) | Jette Borg (formand) |"
    at the top of the minutes: a table of the people present, a column per body (each heading
    names no one and no field; every cell of the first row names a person)."""
    if (
        line.kind is not LineKind.TABLE_ROW
        or row is None
        or row.kind is not LineKind.TABLE_ROW
        or len(line.cells) < _GROUP_COLUMNS_MIN
        or len(row.cells) != len(line.cells)
    ):
        return None
    headings = [c.strip().strip("*").strip() for c in line.cells]
    if not all(
        sum(ch.isalpha() for ch in h) >= _GROUP_COLUMNS_MIN
        and "__" not in h
        and not has_digit(h)
        and field_kind(h) is None
        for h in headings
    ):  # (not a signature table's "| ________ | ________ |" over the signers' names)
        return None
    if any(parse_person(h) is not None and starts_with_first_name(h) for h in headings):
        return None  # (a row of names: no headings)
    cells = [c.strip() for c in row.cells]
    if not all(
        (parts := parse_person(_without_away_mark(c)[0])) is not None
        and " " in parts.name
        and starts_with_first_name(parts.name)
        for c in cells
    ):
        return None
    return [(h, FieldKind.ATTENDEES) for h in headings]


_GROUP_COLUMNS_MIN: Final = 2


def _marks_below(header: Line, row: Line | None) -> bool:
    """ "| Medlemmer | Til stede | Afbud |" over "| Else Dahl, formand | x | |": a table of
    people with marks of presence, not lists of names side by side (its first row has a name
    first, then only marks or empty cells)."""
    if row is None or row.kind is not LineKind.TABLE_ROW or len(row.cells) != len(header.cells):
        return False
    first, *rest = (c.strip() for c in row.cells)
    return bool(first) and any(rest) and all(not c or _mark_cell(c) for c in rest)


def _mark_cell(cell: str) -> bool:
    """A cell that only marks ("x", "✓", "ja", "nej", "-")."""
    key = casefolded.of(cell)
    return key in PRESENT_CELLS or key in _NO_CELLS or (len(cell) == 1 and cell in PRESENCE_MARKS)


_NO_CELLS: Final = frozenset(("nej", "no", "-", "–"))


_COLUMN_LIST_KINDS: Final = frozenset(
    (FieldKind.ATTENDEES, FieldKind.MEMBERS, FieldKind.ABSENTEES, FieldKind.GUESTS)
)


_AUTHOR_LABELS: Final = frozenset(("skrevet af", "written by", "forfatter", "author"))
"""Labels that name who wrote the page ("**Skrevet af**: Maja Thorup"), the minute-taker only
until a list names a referent."""


def fuller(first: Person | None, later: Person | None) -> Person | None:
    """The first of two people, or the later when it is the same person in full: "Referat:
    Lone" above the minutes and "Ref. Lone Jakobsen" under them are Lone Jakobsen."""
    if first is None:
        return later
    if later is not None and " " not in first.name and later.name.startswith(first.name + " "):
        return later
    return first


def _without_signing_date(value: str) -> str:
    """ "Ida Bang, 4. maj 2024" -> "Ida Bang": a signer's name without the date she signed."""
    hits = find_dates(value) if has_digit(value) else []
    if not hits or hits[-1].start == 0 or value[hits[-1].end :].strip(" .)"):
        return value
    return value[: hits[-1].start].rstrip(" ,-–(") or value


_MINUTES_LABELS: Final = frozenset({"referat", "minutes", "notes"})


def taker_by_minutes_label(label: str, value: str) -> bool:
    """ "Referat: Lone", "Referat: Lone Jakobsen" (English "Minutes: Jonas Riis", "Notes: Bo
    Lind"): the minutes label with only a name (a first name or a full name; details in
    parentheses after it) as its value names the minute-taker; "Referat: Godkendt." does not."""
    if normalise_label.of(label) not in _MINUTES_LABELS or not value or len(value) > 60:
        return False
    bare = _without_signing_date(value.strip()).rstrip(".")
    if bare.endswith(")") and "(" in bare:  # "Julie Bech (DTU, project manager)"
        bare = bare[: bare.rindex("(")].rstrip()
    return is_name(bare, allow_single=False) or (" " not in bare and starts_with_first_name(bare))


def _no_one(value: str) -> bool:
    """ "Ingen", "Ingen afbud", "-", "xx": a people label's value saying there is no one."""
    key = normalise_label.of(value).rstrip(".")
    return bool(_PLACEHOLDER.match(key)) or key == "ingen" or key.startswith("ingen ")


def _everyone(value: str) -> bool:
    """ "Alle", "Hele bestyrelsen": a people label's value naming no one by name."""
    return normalise_label.of(value).rstrip(".") in NOBODY


_MET_AS: Final = re.compile(
    r"^(.{3,80}?)\s+(?:mødte|deltog)\s+som\s+(stedfortræder|suppleant)\s*\.?$", re.IGNORECASE
)


def substitute_alone(sentence: str) -> list[tuple[str, PersonParts]]:
    """ "Frederik Aas (Ø) mødte som stedfortræder." (after an absence in an item's text, for
    whom it does not say): the substitute, with the role."""
    alone = _MET_AS.match(sentence) if " som " in sentence else None
    if alone is None or not full_name(alone.group(1)):
        return []
    return _substitutes_with(alone.group(2), alone.group(1))


def substitutes_in(sentence: str) -> list[tuple[str, PersonParts]]:
    """ "Som stedfortræder deltog Mikkel Ruhl (C).", "Som stedfortræder for Karina Dall Mortensen
    deltog Asger Lund (C).", "For Per Holm mødte stedfortræder Tina
    Bak (A).", "Tina Bak (A) mødte for Per Holm.", "Stedfortræder Tina Bak (A) deltog i
    stedet for Per Holm.": the substitutes (each entry as written, and its parts with the role
    stedfortræder or suppleant); empty for any other sentence."""
    if not contains_any(sentence, ("mødte", "deltog", "var", "deltager", "møder")):
        return []  # (an agenda's "I stedet deltager ...", "møder ...")
    substitute = _AS_SUBSTITUTE.match(sentence)
    if substitute is not None:
        return _substitutes_with(substitute.group(1), substitute.group(2))
    stand_in = _FOR_SUBSTITUTE.match(sentence) if sentence[:4].casefold() == "for " else None
    if stand_in is not None and full_name(stand_in.group(1)):
        return _substitutes_with(stand_in.group(2) or "stedfortræder", stand_in.group(3))
    instead = _INSTEAD_SUBSTITUTE.match(sentence) if sentence[:2].casefold() == "i " else None
    if instead is not None:
        return _substitutes_with(instead.group(1) or "stedfortræder", instead.group(2))
    came = _ROLE_ATTENDED.match(sentence) if sentence[:1] in "sS" else None
    if came is not None and starts_with_first_name(came.group(2)):
        return _substitutes_with(came.group(1), came.group(2))
    met = _MET_FOR.match(sentence) if " for " in sentence else None
    if met is not None and full_name(met.group(2)):
        role = met.group(1) or met.group(3) or "stedfortræder"
        return _substitutes_with(role.casefold(), met.group(2))
    return []


def _substitutes_with(role: str, names: str) -> list[tuple[str, PersonParts]]:
    """The people of ``names`` ("Mikkel Ruhl (C) og Eva Lind"), each with the role."""
    role = "suppleant" if role.casefold() == "suppleant" else "stedfortræder"
    found: list[tuple[str, PersonParts]] = []
    for written in list_entries(names):
        parts = parse_person(written)
        if parts is not None:
            parts.roles = [*parts.roles, role]
            found.append((written, parts))
    return found


def _is_self(part: str) -> bool:
    return part.strip().rstrip(".").casefold() in SELF_REFERENCES


def _titled_person(text: str) -> bool:
    """A person with her title first in small letters ("direktør Torben Skaaning (via Teams)")."""
    if not text[:1].islower():
        return False
    parts = parse_person(text)
    return parts is not None and parts.title is not None and starts_with_first_name(parts.name)


def _group_label(text: str) -> bool:
    """ "Forældrevalgte", "Vækstforum Midtjylland", "Socialdemokratiet (A)": a heading for
    people, not a person."""
    if text[-1:] == ")" and (party := _GROUP_PARTY.search(text)) is not None:
        bare = text[: party.start()].strip()  # a party's name and letter: its members
        if normalise_label.of(bare) in PARTY_NAMES or len(bare.split()) == 1:
            return True
    if text[-1:] == ")" and (open_at := text.find("(")) > 0:
        bare = text[:open_at].strip()  # "Kommunerne (KKR Syddanmark)": one word, then its detail
        if len(bare.split()) == 1 and not starts_with_first_name(bare):
            return True
    if "," in text and not starts_with_first_name(text) and not is_name(text.rsplit(",", 1)[1]):
        return True  # "Privat Service, Hotel og Restauration": a trade group's name
    parts = parse_person(text)
    return parts is None or len(text.split()) == 1 or _vocabulary_word(text)


_IN_FILE_NAME: Final = re.compile(r"[\w-]{0,30}\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|msg|txt)\b", re.I)
"""Right after a date: the rest of a file's name ("_2025-10-08.pdf", "-referat.docx")."""


def _excluded(text: str, hit: DateHit) -> bool:
    """A date right after "sidst opdateret", "Referatdato", "næste møde", ...; any date of a
    print stamp ("Udskrevet fra www.sydsund.dk 27-02-2025 10:14")."""
    if PRINT_STAMP_LINE.match(text):
        return True
    if "." in text[hit.end : hit.end + 40] and _IN_FILE_NAME.match(text, hit.end):
        return True  # "Referat_bestyrelsesmoede_2025-10-08.pdf": a file's name
    before = text[max(0, hit.start - 40) : hit.start]
    ends = [m.end() for m in _NOT_MEETING_DATE.finditer(before)]
    if ends and len(before) - ends[-1] <= 14:
        return True
    low = before.casefold()  # cheap first: every byline word has one of these
    if any(w in low for w in ("af", "post", "publi", "writ", "opsl")) and _BYLINE.search(before):
        return True  # "Opslået af webmaster · 16. juli 2025"
    if text[:1] in "A*_" and (author := _AUTHOR_BYLINE.match(text)) is not None:
        return author.end() <= hit.start <= author.end() + 40  # "Af Gitte Holm · 19. maj 2025"
    # a line that opens with the byline, however far its date ("Skrevet af Pia Holt · Børnehuset
    # Mælkebøtten · 14. nov. 2022 kl. 09:12")
    return 40 < hit.start <= _BYLINE_REACH and _BYLINE_OPENS.match(text) is not None


_BYLINE_REACH: Final = 160
# an article's author and then when it was posted: "Af Gitte Ammitzbøll · 19. maj 2025 · Del"
_AUTHOR_BYLINE: Final = re.compile(
    r"[\s*_]*Af\s+[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,3}\s*[·|,–—]\s*"
)
_BYLINE_OPENS: Final = re.compile(rf"[\s*_]*(?:{alternation(BYLINE_WORDS)})", re.IGNORECASE)


def _vocabulary_word(text: str) -> bool:
    key = normalise_label.of(text)
    return (
        key in FIELD_LABELS
        or key in AGENDA_HEADINGS
        or key in MINUTES_HEADINGS
        or key in NOTE_HEADINGS
        or key in HEADER_HEADINGS
        or key in SECTION_LABELS
    )


def is_furniture(text: str) -> bool:
    """Web-page and PDF-viewer furniture ("Gå til indhold", "Forsiden | Kontakt | ...")."""
    t = text.strip()
    if t[:1] in _BACK_ARROWS:
        t = t.lstrip("".join(_BACK_ARROWS) + " ")  # "<< Tilbage til oversigten"
    low = lowered.of(t)
    if _FURNITURE.match(low) or breadcrumb(t):
        return True
    if (t.count(" | ") >= 2 or t.count("|") >= 3) and not _meeting_line(t):
        return True  # "Forsiden | Kontakt | Om os", not "12.03.2024 | 16:00-18:00 | Rådhuset"
    if low.count("·") >= 2 and len(t) <= 120:  # "Menu · Søg · Selvbetjening · English · Kontakt"
        parts = [p.strip() for p in low.split("·")]
        menu = sum(1 for p in parts if _FURNITURE.match(p))
        if menu >= 2 and 2 * menu >= len(parts):
            return True
        if any(_POSTCODE_PART.match(p) for p in parts[1:]) and not _meeting_line(t):
            return True  # "Region Midtjylland · Skottenborg 26 · 8800 Viborg": the site's footer
    # "... Logo - link til forsiden ...", "... sidst opdateret 3. maj ..."
    return ("logo" in low or "sidst opdateret" in low) and bool(_FURNITURE_INSIDE.search(t))


_BACK_ARROWS: Final = ("<", "«", "‹", "←")
_POSTCODE_PART: Final = re.compile(r"(?:dk-)?\d{4}\s+[a-zæøå]")  # "8800 viborg" (lowered)
_CONTACT_AFTER_NAME: Final = re.compile(
    r"(?:\s+(?:<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?|\(?[a-z]\d{6}\)?)[,;]?)+\s*$"
)
"""An e-mail address or a student number after a name ("Søren Winkel Holm
s183911@student.dtu.dk", "Anne Holm (s174300)")."""
_NAME_LINE_MAX: Final = 160
_LINKS_ONLY: Final = re.compile(r"^(?:\s*[|·•/]?\s*\[[^\]\n]{2,40}\](?:\([^)\s]*\))?)+\s*$")


def links_only(line: Line) -> bool:
    """A line of two or more links or buttons and nothing else ("[Søg](/soeg)  [English](/en)",
    "[Accepter alle] [Kun nødvendige]"): a web page's navigation, no title or organisation."""
    raw = line.raw
    return raw.count("[") >= 2 and "]" in raw and bool(_LINKS_ONLY.match(raw))


def contact_line(text: str) -> bool:
    """A web page's contact or copyright line: a phone, mail, CVR number or "©", in a line cut
    by "·" or "|" ("Rådhuset, Torvet 1 · Tlf. 96 28 28 28 · post@kommune.dk") or opening
    with "©"."""
    return ("·" in text or "|" in text or text.startswith("©")) and (
        _CONTACT.search(text) is not None  # (the string tests first: the engine scans it all)
    )


def _meeting_line(text: str) -> bool:
    """A date and a clock time on one line: when and where the meeting is, no navigation."""
    if not has_digit(text):
        return False
    return bool(find_dates(text)) and find_time_range(text) is not None


def breadcrumb(text: str) -> bool:
    """ "Forside > Politik > Referater", "Forside › Politik › Byrådet": a web page's trail; also
    with one arrow or with two slashes or more when it starts at the home page ("Forside >
    Politik", "Forside / Politik / Byrådet / Referater", from a section of the site too: "Nyheder
    / Bestyrelsen / Referat"; a menu too, "Forside · Træningstider ·
    Bestyrelsen · Kontakt"), not "Ja / Nej", "Hjem / skole" or
    "Start / slut: 19.00-21.00"."""
    if any(text.count(sep) >= 2 for sep in (" > ", " › ", " » ")):
        return True
    slashes = max(text.count(" / "), text.count(" · "), text.count(" | "))
    if len(text) > 200 or ":" in text or not (slashes >= 2 or _CRUMB_ARROW.search(text)):
        return False  # "Start / slut: 19-21", "Hjem / skole-samarbejdet blev drøftet"
    home = casefolded.of(_CRUMB_SPLIT.split(text, 1)[0].strip(" *_[]"))
    # (or from a section of the site: "Nyheder / Bestyrelsen / Referat")
    return (home in BREADCRUMB_HOMES or home in SITE_SECTIONS) and text[-1:] not in ".!?"


def crumbs(text: str) -> list[str]:
    """The crumbs of a page's trail ("Forside / Politik / Byrådet" -> its three words)."""
    return [c.strip(" *_[]") for c in _CRUMB_SPLIT.split(text)]


_CRUMB_ARROW: Final = Needs(r"\s[>›»]\s", (">", "›", "»"))
_CRUMB_SPLIT: Final = re.compile(r"\s[>›»/·|]\s")


class HeaderFacts(Record):
    """Everything read from a header or footer zone (a plain record, see ``_facts.Record``;
    made empty and filled in by ``HeaderReader``)."""

    FIELDS: ClassVar[tuple[str, ...]] = (
        "title",
        "title_span",
        "organisation",
        "body",
        "dates",
        "yearless",
        "times",
        "location",
        "fields",
        "attendees",
        "members",
        "absentees",
        "guests",
        "chair",
        "chair_post",
        "facilitator",
        "minute_taker",
        "leftovers",
        "headings",
        "free",
        "furniture",
        "rules",
        "address_lines",
    )
    __slots__ = FIELDS

    def __init__(self) -> None:
        self.title: str | None = None
        self.title_span: Span | None = None
        self.organisation: str | None = None
        self.body: str | None = None
        self.dates: list[tuple[int, DateHit, Span]] = []
        # Dates written without a year ("Referat fra bestyrelsesmøde 12. marts"), in the leap
        # year YEARLESS: the meeting's year comes from another date of the document, if any.
        self.yearless: list[tuple[int, DateHit, Span]] = []
        self.times: list[tuple[int, TimeRange, Span]] = []
        self.location: Location | None = None
        self.fields: list[HeaderField] = []
        self.attendees: list[Person] = []
        self.members: list[Person] = []
        self.absentees: list[Person] = []
        self.guests: list[Person] = []
        self.chair: Person | None = None
        self.chair_post: str | None = None  # "Mødeleder: Formanden": that attendee chairs
        self.facilitator: str | None = None  # "Faciliteret af Lise Thorsø:": she chairs
        self.minute_taker: Person | None = None
        self.leftovers: list[Line] = []
        self.headings: list[Line] = []
        self.free: list[tuple[Line, bool]] = []
        self.furniture: list[Line] = []
        self.rules: list[Line] = []
        self.address_lines: list[Line] = []


# "... kl Tema: Ny rehabiliteringsmodel (Referat, Bilag 1)": the theme a guest came for, after
# the time (its digits lost in the transcript)
_THEME_TAIL: Final = re.compile(r"\s+(?:kl\.?(?:\s*[\d.:]+)?\s+)?Tema:.*$", re.IGNORECASE)
_LABEL_WORDS: Final = re.compile(r"\w+")


# "... samt 6 medlemmer (heraf 1 via Jitsi)": people counted, not named
_COUNT_HEAD: Final = re.compile(
    r"^(?:ca\.?\s*|cirka\s+|i alt\s+)?\d{1,4}\s+[a-zæøå]+(?:\s+[a-zæøå]+)?"
    r"(?:\s*,\s*(?:heraf|herunder|bl\.\s*a\.)|\s+(?:samt|og))"  # "9 beboere samt bestyrelsen:"
    r"\s+(?:[a-zæøå]+\s*){1,3}:\s*(?=[A-ZÆØÅ])",
    re.IGNORECASE,
)
"""A count before the names ("ca. 45 borgere, heraf bestyrelsen: Lars Pallesen (formand), ..."):
no one's name."""
_COUNT_ALL_BUT: Final = re.compile(
    r"\d{1,4}\s+[^,]{0,40},\s*heraf\s+hele\s+[\w-]+\s+(?:på\s+nær|undtagen|bortset\s+fra)\s+"
    r"([^.!?]+)",
    re.IGNORECASE,
)
"""A count of the present with the whole board among them but one ("44 stemmeberettigede
medlemmer, heraf hele bestyrelsen på nær Rasmus Kvist (afbud)"): group 1 names the away."""
_COUNT_TAIL: Final = re.compile(
    r"\s+(?:samt|og|plus)\s+(?:yderligere\s+)?\d{1,4}\s+(?:andre\s+|øvrige\s+)?"
    r"(?:medlemmer|deltagere|andelshavere|beboere|husstande|personer|gæster|forældre)\b.*$",
    re.IGNORECASE,
)


def _capitals_run(text: str, least: int) -> bool:
    """``least`` capitalised words or more in a row between commas ("Næstformand Tove Ammitzbøll
    Rikke Lange Sørensen", "Torben Hauge Jytte Saxild"): perhaps names run together (a cheap
    test before ``split_name_run``)."""
    for segment in text.split(","):
        words = segment.split()
        if len(words) >= least and all(w[:1].isupper() for w in words):
            return True
    return False


def _guest_label_role(label: str) -> str | None:
    """The role a guests list's label gives each person under it ("Observatører / gæster":
    gæst), from its last word in ``GUEST_LABEL_ROLES``."""
    role: str | None = None
    for m in _LABEL_WORDS.finditer(casefolded.of(label)):
        role = GUEST_LABEL_ROLES.get(m.group(), role)  # the last such word wins
    return role


class _ListContext(Record):
    """The people list being read (a plain record, see ``_facts.Record``)."""

    FIELDS: ClassVar[tuple[str, ...]] = (
        "kind",
        "group",
        "header_field",  # index into facts.fields, extended as the list grows
        "columns",
        "inline",
        "roles",
        "group_line",  # "Forældrevalgte:" until a name under it confirms it
        "group_inline",  # the group came with its names: "Forældre: A, B"
        "bulleted",  # the last entry was a bullet ("- Bo Lind")
        "sides",  # a table of groups side by side: (first column, end column, label) each
        "depth",  # a label with its names on a bullet ("- Gæst: Ib Holm"): the bullet's depth
        "page_break",  # lines read since a page number inside a people table (its furniture)
    )
    __slots__ = FIELDS

    def __init__(
        self,
        kind: str,
        group: str | None,
        header_field: int,
        *,
        columns: dict[str, int] | None = None,
        inline: bool = False,
        roles: list[str] | None = None,
        group_line: Line | None = None,
        group_inline: bool = False,
    ) -> None:
        self.kind = kind
        self.group = group
        self.header_field = header_field
        self.columns = columns
        self.inline = inline
        self.roles = roles
        self.group_line = group_line
        self.group_inline = group_inline
        self.bulleted = False
        self.sides: list[tuple[int, int, str]] | None = None
        self.depth = 0
        self.page_break: int | None = None


class _Pending(Record):
    """A label alone on its line ("STED", "Dirigent og Referent:") waiting for its value."""

    FIELDS: ClassVar[tuple[str, ...]] = ("label", "kind", "header_field")
    __slots__ = FIELDS

    def __init__(self, label: str, kind: FieldKind, header_field: int) -> None:
        self.label = label
        self.kind = kind
        self.header_field = header_field


_LINK_ONLY: Final = re.compile(r"\s*(?:[-*+]\s+|\d{1,9}[.)]\s+)?\[[^\]]*\]\([^)]*\)\s*")
"""A line that is a link and nothing else (maybe a list entry): a menu's or a list's entry."""


_TAB_STOP_RAW: Final = 1000


_BILINGUAL_LABEL_MAX: Final = 60


def label_of(line: Line) -> tuple[str, str] | None:
    """Split a line into (label, value) when it starts with a label."""
    text = line.text
    if line.kind is LineKind.TABLE_ROW:  # "| Sted | Hjallerup Hallen |": a key-value table
        cells = [c for c in (c.strip() for c in line.cells) if c]
        if (
            len(cells) == 2
            and len(cells[0]) <= 40
            and (
                field_kind(cells[0]) is not None
                or taker_by_minutes_label(cells[0], cells[1])
                or secretary_label(cells[0].rstrip(":"))  # "| Sekretær: | Camilla Mørup |"
            )
            and normalise_label.of(cells[1]) not in DETAIL_COLUMNS  # "| Medlemmer | Parti |"
            # "| Organisation | Deltagere |": a people table's header, its names second
            and (key := _column_key(cells[1])) not in PEOPLE_COLUMNS
            and not _member_column(key)
        ):  # "| Minutes | Julie Bech |": the minute-taker's row
            return cells[0].rstrip(":").strip(), cells[1]
        if (
            len(cells) == 1
            and len(line.cells) >= 2
            and cells[0] == line.cells[0].strip()
            and len(cells[0]) <= 40
            and field_kind(cells[0]) in _COLUMN_LIST_KINDS
        ):  # "| **Til stede:** |  |" over a row per person: the list's label
            return cells[0].rstrip(":").strip(), ""
        one = _SHORT_LABEL.match(cells[0]) if len(cells) == 1 and ":" in cells[0] else None
        if one is not None and field_kind(one.group(1)) is not None:
            return one.group(1).strip(), one.group(2).strip()  # "|  | Mødested: Amtsgården |"
        if len(cells) == 3 and " / " in cells[0] and len(cells[0]) <= _BILINGUAL_LABEL_MAX:
            first = cells[0].split(" / ", 1)[0].strip()  # "| Dato / Datum | tirsdag den 25.
            if field_kind(first) is not None:  # marts 2025 | Dienstag, den 25. März 2025 |":
                return first, cells[1]  # a label in two languages, the Danish value first
        return None
    if (
        line.kind is LineKind.TEXT
        and len(line.raw) <= _TAB_STOP_RAW  # not a piece of a transcript's long line
        and ":\t" in line.raw
    ):
        cells = layout_columns(line.raw)  # "Til stede:\tHenning Kragh\tFormand" (Word's tab stops)
        if len(cells) >= 2 and cells[0].endswith(":") and field_kind(cells[0][:-1]) is not None:
            return cells[0][:-1].strip(), _joined_cells(cells[1:])
    if text[:1] in PEOPLE_SYMBOLS and line.kind is LineKind.TEXT and not line.bullet:
        rest = _SYMBOLS_BEFORE.sub("", text).strip()  # "👥 Sara (formand), Jonas, Mie (ref.)":
        if rest and not _LABEL_SPLIT.match(rest):  # the symbol labels those present
            return PEOPLE_SYMBOL_LABEL, rest
    if line.strong and line.kind is not LineKind.HEADING and ":" in text[:-1]:
        m = _LABEL_SPLIT.match(text)  # "_Referent: Rune Sørensen_": a label and its value
        if m and m.group(2).strip() and field_kind(m.group(1)) is not None:
            return m.group(1).strip(), m.group(2).strip()
    if line.lead_label:
        label = line.lead_label.rstrip(":; ").strip()
        rest = text[len(line.lead_label) :] if text.startswith(line.lead_label) else text
        rest = rest.lstrip(" :;").strip()
        if label:
            return label, rest
    if line.kind is LineKind.HEADING or line.strong:
        label = text.rstrip(":").strip()
        return (label, "") if label else None
    colon = text.find(":", _LONG_LABEL) if text[:4] == "Fra " else -1
    if 0 < colon <= _FROM_FIRM_LABEL and field_kind(text[:colon]) is not None:
        return text[:colon].strip(), text[colon + 1 :].strip()  # "Fra administrator, Holm & ..."
    m = _LABEL_SPLIT.match(text) if ":" in text or ";" in text else None
    if m and ":" not in m.group(0) and _CLAUSE_AFTER_SEMICOLON.search(text):
        m = None  # "Afbud fra Birgitte Holm; Thomas Kjær ledede mødet": a clause, no label
    if m and (
        not m.group(1).rstrip().endswith(tuple("0123456789"))
        or LABEL_ITEM_REMARK.search(normalise_label.of(m.group(1))) is not None  # "... pkt. 5"
    ):
        return _SYMBOLS_BEFORE.sub("", m.group(1)).strip(), m.group(2).strip()  # "📍 Sted"
    if (
        line.kind is LineKind.TEXT
        and len(line.raw) <= _TAB_STOP_RAW  # (not a piece of a transcript's long line)
        and "   " in line.raw
        and not line.bullet
    ):
        cells = layout_columns(line.raw)  # "Mødested        Byrådssalen, Rådhuset": a label and its
        if (  # value set apart by a gap, no colon (pandoc's two-column table without a header)
            len(cells) == 2
            and len(cells[0]) <= 40
            and field_kind(cells[0]) is not None
            and field_kind(cells[1]) is None
        ):
            return cells[0], " ".join(cells[1].split())
    key = normalise_label.of(text) if len(text) <= 40 else ""
    if key[-1:] == ")":  # "Deltog (6)", "Afslog (1)": a Teams recap's lists, counted
        key = _COUNT_AFTER.sub("", key)
    if key.startswith(DISCLOSURE_WORDS):  # "▼ Vis deltagere": a web page's fold-out list
        key = key.split(" ", 1)[1] if field_kind(key) in DISCLOSED_KINDS else key
    if (
        key in FIELD_LABELS
        and (key not in GROUP_LABELS or text.rstrip().endswith(":"))
        and not _LINK_ONLY.fullmatch(line.raw)  # "- [Udvalg](/politik/udvalg)": a site's menu
        and not (  # "* Udvalg" over "* Dagsordener og referater": a menu's entries too
            line.bullet
            and not text.rstrip().endswith(":")
            and FIELD_LABELS[key] not in _COLUMN_LIST_KINDS
        )
    ):
        return text.strip(), ""  # "Bestyrelsen" alone signs a letter; "Bestyrelsen:" lists
    m = NO_COLON_LABELS.match(text)
    if m:  # ("Notes taken by X · Generated with Copilot": the value ends at the dot)
        return m.group(1), m.group(2).split(" · ", 1)[0]
    m = _FROM_DELTOG.match(text)
    if m:
        return m.group(1), m.group(2)
    return None


_COUNT_AFTER: Final = re.compile(r"\s*\(\d{1,3}\)$")


def _menu_entry(line: Line, previous: Line | None, following: Line | None) -> bool:
    """A bullet that is a label alone with no colon ("• Medlemmer") between bullets of the same
    list level ("• Om Ældrerådet" above, "• Referater" below): an entry of a site's menu, no
    label over a list (whose names would be nested under it)."""
    return (
        line.bullet
        and ":" not in line.text
        and previous is not None
        and following is not None
        and previous.bullet
        and following.bullet
        and previous.list_depth == line.list_depth == following.list_depth
    )


def secretary_label(label: str) -> bool:
    """ "Sekretær", "Udvalgssekretær", "Secretary", "Sekretær for udvalget", "Udvalgets
    sekretær", "Secretary to the Board": a label naming the body's secretary."""
    key = normalise_label.of(label)
    if "/" in key:  # "Sekretær / Secretary": in two languages
        return any(secretary_label(part) for part in key.split("/") if part.strip())
    if " " in key:  # "sekretær for udvalget", "udvalgets sekretær"
        words = key.split()
        return (
            (len(words) == 3 and words[1] in ("for", "i") and words[0] in SECRETARY_LABELS)
            or (len(words) == 2 and words[0].endswith("s") and words[1] in SECRETARY_LABELS)
            # "Secretary to the Board"
            or (len(words) == 4 and words[1:3] == ["to", "the"] and words[0] in SECRETARY_LABELS)
        )
    return key.endswith(tuple(SECRETARY_LABELS))


def _bracketed_list(text: str) -> str:
    """A presence sentence's list without the brackets around it ("... deltog fuldtalligt
    (Carsten Riis, Maja Krog)")."""
    return text[1:-1] if text[:1] == "(" and text[-1:] == ")" else text


_ATTENDED_AFTER: Final = re.compile(r",?\s+(?:deltog|deltager)$", re.IGNORECASE)


def _origin(label: str | None) -> str | None:
    """The organisation a people list's label or group names as its people's ("Fra Aarhus
    Kommune", "Fra KL deltog", "Udpeget af Sundby Kommune"), or None (no such label, or staff:
    "Fra Sekretariatet"; "Udpeget af erhvervslivet" names no one organisation)."""
    if label and label[:1] in "UuVvIi" and (appointed := _APPOINTED_GROUP.match(label)):
        return appointed.group(1)
    if label and label[:4].casefold() == "fra " and ", " in label:
        staff, _, named = label[4:].partition(", ")  # "Fra administrator, Holm & Partnere"
        if f"fra {normalise_label.of(staff)}" in STAFF_LABELS:
            named = _ATTENDED_AFTER.sub("", named.strip(" :"))  # "..., Holm & Partnere, deltog"
            return named or None  # the firm of the staff
    m = _ORIGIN.match(label) if label and "fra " in lowered.of(label) else None
    if m is None or f"fra {normalise_label.of(m.group(1))}" in STAFF_LABELS:
        return None
    return m.group(1)


_APPOINTED_GROUP: Final = re.compile(
    r"(?i:udpeget|valgt|indstillet|udnævnt)\s+(?i:af)\s+([A-ZÆØÅ][^:]{1,80}?)\s*:?$"
)


def _organisation_group(group: str) -> bool:
    """A group label inside a people list that names an organisation of two words or more
    ("Holstebro Kommune", "Danmarks Fiskeriforening"): its people's organisation."""
    return (
        " " in group
        and group[:1].isupper()
        and group[:4].casefold() != "fra "  # ("Fra afdelingsbestyrelsen": the body's own)
        and not _attendee_group(group)
        and is_organisation.of(group)
    )


def _staff(label: str) -> bool:
    key = normalise_label.of(label)
    return key in STAFF_LABELS or key in GROUP_LABELS or f"fra {key}" in STAFF_LABELS


_GROUP_CLAUSE: Final = re.compile(r"\s(?:var|er|blev|mødte|deltog|mødtes|bestod af)\b")
"""A verb in a label before people ("Bestyrelsen var fuldtallig:", "Bestyrelsen mødte
fuldtalligt op:"): a sentence's opening, no group's name."""


def _attendee_group(label: str) -> bool:
    """A label naming one group of the body (``ATTENDEE_GROUPS``), also in two languages
    ("Management side / Ledelsessiden": each side one)."""
    key = normalise_label.of(label)
    if key in ATTENDEE_GROUP_SET:
        return True
    return "/" in key and all(part.strip() in ATTENDEE_GROUP_SET for part in key.split("/"))


_DROPDOWN_END: Final = re.compile(r"\s*[▾▼]")
"""A web page's drop-down arrow after the value it shows: the value ends there."""
_BODY_NOT_PLACE: Final = re.compile(
    r"[A-ZÆØÅ][\w-]*(?:udvalget|rådet|bestyrelsen|styregruppen|repræsentantskabet)\b"
)
"""A body's name where a place would stand ("møde i Arbejdsmiljøudvalget (AMU)")."""
_BOARD_ENDINGS: Final = tuple(sorted(BOARD_GROUP_WORDS))  # "brugerbestyrelsen", "ældrerådet"


def _from_after_absence(label: str, absence: _ListContext) -> bool:
    """ "Fra boligforeningen: driftsleder X" under "Til stede: alle undtagen Lars", or "Fra
    Fjordbo: driftschef Michael Steen" under "Afbud: Dorthe Lauritsen" (a list on its label's
    line, maybe a blank line between): staff or an organisation's people, guests, not more
    absentees."""
    key = normalise_label.of(label)
    if _FROM_STAFF.match(key):
        return True
    return absence.inline and _origin(label) is not None and key[4:] not in PARTY_NAMES


def _from_group(label: str) -> FieldKind | None:
    """ "Fra brugerbestyrelsen:" (the body's members: attendees), "Fra plejecentret:" (an
    organisation's staff: guests) as the first people label; inside a people list such a line
    names a group of it instead."""
    key = normalise_label.of(label)
    if not key.startswith("fra ") or not _FROM_STAFF.match(key) or _is_title_word(key[4:]):
        return None
    return FieldKind.ATTENDEES if key[4:].endswith(_BOARD_ENDINGS) else FieldKind.GUESTS


def _is_title_word(noun: str) -> bool:
    """ "formanden", "skolelederen": a person's post in the definite form, no group of people
    (nor "mødet": "Fra mødet: ...")."""
    return known_title(noun) or noun.endswith("mødet")


def _body_group(label: tuple[str, str] | None) -> bool:
    """A label naming one group of the body ("Forældrevalgte", "Fra ledelsen")."""
    return label is not None and _attendee_group(label[0])


def _header_only_field(line: Line) -> tuple[str, str, FieldKind] | None:
    """A ``HEADER_ONLY_LABELS`` field with its value on its line: label, value and kind."""
    head = line.text[:60]
    if ":" not in head or not any(k in head.casefold() for k in HEADER_ONLY_LABELS):
        return None
    found = label_of(line)
    if found is None or not found[1]:
        return None
    kind = HEADER_ONLY_LABELS.get(normalise_label.of(found[0]))
    return None if kind is None else (found[0], found[1], kind)


def looks_like_place(text: str) -> bool:
    """ "Nørre Snede Hallen, cafeteriet", "Sognegården, Kirkevej 3": a place word or an address."""
    return bool(_PLACE_HINT.search(text)) or any(is_street(part) for part in text.split(","))


def is_street(part: str) -> bool:
    """ "Skovvej 4", "Kirkevej 3 B": a street and its number (not a numbered room)."""
    part = part.strip()
    return _STREET.match(part + ",") is not None and _ROOM.match(part) is None


# "i Klubhuset", "Mødet blev afholdt i hytten ...", "Mødet afholdes hos Karin": the place
_AT_PREPOSITION: Final = re.compile(
    r"^(?:(?:mødet|generalforsamlingen)\s+(?:blev\s+)?"
    r"(?:afholdt|afholdtes|afholdes|holdt|holdes|holdtes|foregik|foregår)\s+"
    r"|vi\s+(?:mødes|ses|mødtes|sås)\s+)?"  # "Vi mødes i mødelokale 3.12 på Rådhuset, ..."
    r"(?:(?:i|på)\s+)?(?=[^\W\d_])",
    re.IGNORECASE,
)
_COMPANY_THEN_PLACE: Final = re.compile(r"^([^,]{3,60}(?:,\s[^,]{3,60})?)\s+på\s+(?=[a-zæøå])")
"""A company, then its premises in lower case ("Fjordlys A/S på selskabets kontor")."""
_COMPANY_ENDINGS: Final = (*COMPANY_FORMS, "ApS", "IVS", "A.m.b.A")
_ADDRESS_IN_BRACKETS: Final = re.compile(r"^([^()]+?)\s*\(([^()]+)\)$")
_CITY_THEN_SENTENCE: Final = re.compile(  # "8000 Aarhus C. Mødet var hybridt", "... Pga. ..."
    r"\b\d{4}\s+[A-ZÆØÅ][^.,;()]{0,40}?(?=\.\s+[A-ZÆØÅ][a-zæøå]+(?:\.?\s+[a-zæøå]|\.$)"
    r"|\.\s+(?:Hybrid|Online|Virtuel)\w*\s+[–—-]\s)"  # "7480 Vesterå. Hybridmøde – Skype-link ..."
)
_PLACE_SENTENCE_END: Final = re.compile(  # "lokale B. Faxe og Vordingborg deltog ..."
    r"(?:(?<=[a-zæøå0-9])|(?<=\s[A-ZÆØÅ]))(?<!Skt)(?<!Sct)(?<!St)(?<!Gl)(?<!Nr)(?<!Ndr)(?<!Sdr)"
    # "Forsamlingshus. Formanden Aage Christiansen bød velkommen": a name, then a verb
    r"\.\s+(?=[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][\w-]*){0,3}\s+[a-zæøå])"
)
_REMOTE_PERSON: Final = re.compile(r"\([^()]*\bdelt(?:og|ager)\b[^()]*\)")
_WORD: Final = re.compile(r"\w+")


def _names_virtual(text: str) -> bool:
    """A word of the text names an online meeting ("Teams", "Zoom", "online")."""
    return not VIRTUAL_WORDS.isdisjoint(_WORD.findall(casefolded.of(text)))


_TOWN_LINE: Final = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+)?(?: [A-ZÆØ]{1,2})?\.?")
"""A town's name alone on a line ("Bryrup", "Nykøbing Falster", "Aarhus C")."""
_CLAUSE_AFTER_PLACE: Final = re.compile(
    r"\s+(?:efter|før|inden)\s+(?:en|et|den|det|fælles|[a-zæøå]+(?:ing|ingen|gang|gangen))\b"
)
"""What happens before or after the meeting, after its place ("i graverhuset *efter en rundgang
på kirkegården*", "i klubhuset *efter fællesspisning*")."""
_TOWN_ABBREVIATION: Final = re.compile(r"\s[A-ZÆØÅ][a-zæøå]\.$")
"""A town's name that ends in an abbreviation with its full stop ("Nykøbing Sj.")."""
_LINK_REMARK: Final = re.compile(
    r"\s*(?:\([^()]*\blink\b[^()]*\)|(?:\s[–—-]|,)\s+[^(),/–—]*\blink\b[^(),/]*)$", re.IGNORECASE
)
"""A remark after an online place about its link, in brackets or after a dash or comma
("Microsoft Teams (link i invitationen)", "Teams – link i kalenderinvitationen", "Zoom, link
følger")."""


def parse_location(text: str, span: Span) -> Location:
    """Split "Dansk Skaldyrscenter, Øroddevej 80, 7900 Nykøbing Mors" into its parts."""
    if " | " in text:  # "**Referat** | 3. marts 2026, kl. 13:00 | Byrådssalen, Rådhuset": the place
        text = next((p for p in reversed(text.split(" | ")) if looks_like_place(p)), text)
    said_online = False
    cut = _place_end(text) if ". " in text else None
    if cut is not None:  # the place, then a sentence that can still say the meeting was online
        said_online = _names_virtual(text[cut:])
        text = text[:cut]
    if " efter " in text or " før " in text or " inden " in text:
        clause = _CLAUSE_AFTER_PLACE.search(text)  # "i graverhuset efter en rundgang på ..."
        text = text[: clause.start()] if clause is not None and clause.start() else text
    stripped = text.strip()
    if _TOWN_ABBREVIATION.search(stripped) is None:  # (not "4500 Nykøbing Sj.")
        stripped = stripped.rstrip(".")
    written = _AT_PREPOSITION.sub("", stripped)
    if has_digit(written[:40]):  # "tirsdag 14/9-2021 kl. 19:30 i mødelokale 2.3 på Dokk1, ..."
        written = _after_leading_when(written)
    if written[:1] and not written[:1].isalnum() and written[:1] not in "([\"“«'":
        written = _SYMBOLS_BEFORE.sub("", written)  # "📍 Ungdomshuset Remisen": a pin, no name
    written = without_pictures_after(written)  # "Grønbæk Forsamlingshus 🏡": a picture
    visit = _VISIT_AT.match(written)  # "Virksomhedsbesøg hos Fyns Emballage A/S", "Hosted by X"
    if visit is not None and (
        is_organisation.of(first := visit.group(1).split(",", 1)[0])
        or (has_postcode(written) and not starts_with_first_name(first))
    ):  # (or "Hosted by Nordhavn Tech Hub, Helsinkigade 12, 2150 Nordhavn": a host with an address)
        written = written[visit.start(1) :]
    host = written[4:].split(",", 1)[0] if written[:4].casefold() == "hos " else ""
    if host[:1].isupper() and len(host.split()) <= 6 and is_organisation.of(host):
        written = written[4:]  # "hos Aars Maskinfabrik A/S" (but "hos Karen": at her home)
    if " på " in written and (held := _COMPANY_THEN_PLACE.match(written)) is not None:
        owner = held.group(1).rsplit(", ", 1)[-1]  # (a PDF's wrapped line may add a comma)
        if owner.endswith(_COMPANY_ENDINGS) and is_organisation.of(owner):  # "Nordstrand
            # Maskinfabrik A/S på selskabets hovedkontor" (not "Klubhuset på havnen")
            written = written[held.end() :]  # the company's own premises: the place after "på"
    inner = written[1:-1]
    if written[:1] == "(" and written[-1:] == ")" and "(" not in inner and ")" not in inner:
        written = inner.strip()  # "kl. 17-18 (online, Zoom)": the place without its brackets
    # "(Birgitte deltog via Teams)": one person joined online, the meeting was in the room
    remote = _REMOTE_PERSON.search(written) if "delt" in written else None
    virtual = said_online or _names_virtual(
        written if remote is None else _REMOTE_PERSON.sub("", written)
    )
    parts_of = written
    if virtual and "link" in written:  # "Microsoft Teams (link i invitationen)"
        parts_of = _LINK_REMARK.sub("", written)
    if written[-1:] == ")" and (bracketed := _ADDRESS_IN_BRACKETS.search(written)) is not None:
        address = bracketed.group(2)
        if _STREET.match(address.split(",")[0] + ",") or _postal(address):
            parts_of = f"{bracketed.group(1)}, {address}"  # "Klubhuset (Søndermarksvej 40)"
    for word in (" ved ", " på "):  # "teltet på vendepladsen ved Fasanvænget 23, 8520 Lystrup",
        if word in parts_of:  # "hos Kirsten på Møllevej 3, Hvidbjerg"
            near, _, rest = parts_of.rpartition(word)
            if near and _STREET.match(rest.split(",", 1)[0].rstrip() + ","):
                parts_of = f"{near}, {rest}"  # the place, then its street
                break
    if has_digit(parts_of) and (run_on := _RUN_ON_ADDRESS.match(parts_of)) is not None:
        # "klubhuset Nupark 51 7500 Holstebro", "kantinen Havnegade 112 , 9900 Frederikshavn":
        # a room, its street and its town written without commas
        parts_of = ", ".join(run_on.groups())
    name: str | None = None
    street: str | None = None
    postal: str | None = None
    city: str | None = None
    # Each segment with where it starts and ends in ``parts_of``: a name of several segments is
    # the text from the first to the last, with the separators as written ("Zoom / Teams").
    cuts = _place_cuts(parts_of)
    segments = [(parts_of[a:b].strip(), a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    first = last = -1
    room: str | None = None
    rooms: list[tuple[int, int]] = []  # where the parts that name a room are
    for k, (seg, a, b) in enumerate(segments):
        if not seg:
            continue
        m = _postal(seg)
        if m and postal is None and m.start() == 0:
            postal, city = m.group(1), m.group(2).strip()
            if _TOWN_ABBREVIATION.search(city) is None:  # (but "4500 Nykøbing Sj.")
                city = city.rstrip(".")
            after = seg[m.end() :].lstrip(" –—-")  # "9220 Aalborg Ø – mødelokale 4.117 (hybrid"
            after = after.split("(", 1)[0].strip()
            if (
                after
                and room is None
                and seg[m.end() :].lstrip()[:1] in "–—-"
                and (_ROOM.match(after) or _PLACE_HINT.search(after))
            ):
                room = after  # the room named after the town: part of the name
            continue
        bare = _TRAILING_PAREN.sub("", seg) if seg[-1] == ")" else seg
        if street is None and _STREET.match(bare + ",") and not _ROOM.match(bare):
            street = bare  # "Nørrebrogade 114 (kælderen)": the street without the remark
            continue
        if (street is not None or first >= 0) and _FLOOR.match(seg):
            continue  # "Vestergade 12, 1. sal", "Klubhuset, 1. sal": the floor, no name
        if street is not None and city is None and k == len(segments) - 1 and _TOWN.match(bare):
            city = bare  # "Frederiksgade 9, Haslev": the town after the street, without a postcode
            continue  # ("Vestergade 11, Bogense (lokale 3)": without the remark)
        at = _ROOM_AT.match(seg) if " på " in seg or " i " in seg or " hos " in seg else None
        if at is not None and _is_room(at.group(1)) and not _is_room(at.group(2)):
            room = room or at.group(1)  # "byrådssalen på Hjortsø Rådhus": the room of a house
            a += at.start(2)
            seg = at.group(2)
        inside = (
            _ROOM_INSIDE.match(seg) if len(seg) <= 200 and (" i " in seg or " på " in seg) else None
        )
        if inside is not None and _is_room(inside.group(2)):
            room = room or inside.group(2)  # "Ågerup Skole i skolens aula": the house's room
            b = a + inside.end(1)
            seg = inside.group(1)
        bracketed = _ADDRESS_IN_BRACKETS.match(seg) if seg[-1:] == ")" else None
        if bracketed is not None and _is_room(bracketed.group(2)) and not _is_room(seg):
            if bracketed.group(2).count(" ") < 2:  # (not "B-214 (musiklokalet var optaget)")
                room = room or bracketed.group(2)  # "Østerbølle Friskole (lærerværelset)"
            b = a + bracketed.end(1)
            seg = bracketed.group(1)
        if virtual and len(segments) > 1 and _MODE_ONLY.fullmatch(seg):
            continue  # "hybrid, Mødelokale Gudenå, ...", "Mødelokale 2 / Teams": no place
        if _is_room(seg):
            room = room or seg  # "Regionshuset, mødelokale F2", "Udvalgsværelse 2, Rådhuset"
            rooms.append((a, b))
        elif rooms and (_FLOOR.match(seg) or (first < 0 and (street or postal))):
            continue  # "Mødelokale Fyrtårnet, 3. sal", a remark after the room's address
        elif first < 0:
            first, last = a, b
        elif street is None and postal is None:
            last = b  # "Klubhuset, Ry Stadion", "Virtuelt møde / Teams"
    if first >= 0 and not (rooms and _BUILDING.match(parts_of[first:last].strip())):
        name = parts_of[first:last].strip()  # the place without its room
    elif rooms:  # "Mødelokale 1, Frederiksgade 9": the room is all the place has for a name
        a = rooms[0][0] if first < 0 else min(first, rooms[0][0])  # "Bygning 101, mødelokale S09"
        b = max(last, rooms[0][1])  # "Mødelokale 2.14, Bygning 1530"
        name = parts_of[a:b].strip()
    elif room is not None:
        name = room  # "Torvet 1, 7100 Vejle – Byrådssalen": the room after the town
    if name is None and street is None and postal is None:
        name = written or None
    if virtual and name and _names_virtual(name):
        name = _without_online(name)
    if room is not None:  # "Mødelokale 2 / Teams", "mødelokale 1 (og via Teams)": the room
        room = _without_online(room.strip()) if virtual else room.strip()
        if virtual and room[-1:] == ")" and _names_virtual(room.rpartition("(")[2]):
            room = room.rpartition("(")[0].rstrip() or room
    if name and " · " in name:  # "Kajakklubben Nordstrand · Klubhuset": the club, then its place
        owner, _, place = name.partition(" · ")
        owner = owner.strip()
        if is_organisation.of(owner) and (
            not is_organisation.of(place)
            or _is_room(place)
            or place.casefold().endswith(PLACE_WORD_ENDINGS)
        ):
            name = place
        elif _is_room(place) and not _is_room(owner) and not looks_like_place(owner):
            name = place  # "6. lektion (13.05-13.50) · lokale 14 (musik)": the room
    return new.Location(
        name=name,
        room=room,
        street=street,
        postal_code=postal,
        city=city,
        virtual=virtual,
        hybrid=virtual
        and _names_hybrid(written, f"{room}, {name}" if room else name, street, postal),
        written=written,
        span=span,
    )


_ONLINE_TAIL: Final = re.compile(
    r"\s*(?:\(\s*(?:hybrid\w*|online\w*|virtuel\w*)[^()]*\)"
    r"|(?:\+|/|&|,|–|—|-|\bog\b|\bsamt\b)\s*(?:(?:via|på|over)\s+)?(?:microsoft\s+)?"
    r"(?:teams|zoom|skype|webex|google\s+meet|jitsi|discord|mumble|online)\b(?:-?møde)?"
    r"(?:\s*\([^()]*\))?)\s*$",
    re.IGNORECASE,
)
_ONLINE_HEAD: Final = re.compile(r"^(?:hybrid\w*|online)\s*[–—:-]\s*", re.IGNORECASE)


def _without_online(name: str) -> str:
    """A place's name without the online service written beside it ("Klubhuset og Microsoft
    Teams (hybridmøde)", "Hybrid – Bymose Rådhus", "Mødelokale 2 / Teams"); the name as it is
    when nothing but the service is left ("Virtuelt møde / Teams")."""
    place = _ONLINE_HEAD.sub("", name)
    for _ in range(2):
        place = _ONLINE_TAIL.sub("", place)
    if place and place != name and not _names_virtual(place) and any(c.isalpha() for c in place):
        return place
    return name


def _place_end(text: str) -> int | None:
    """Where a place written before another sentence ends: after its town ("..., 3370
    Østerlund. Mødet blev afholdt hybridt via Teams."), else at the full stop that ends it
    ("Rådhuset, lokale B. Faxe og Vordingborg deltog via Lync.")."""
    city_end = _CITY_THEN_SENTENCE.search(text)
    if city_end is not None:
        return city_end.end()
    sentence = _PLACE_SENTENCE_END.search(text)
    return sentence.start() if sentence is not None else None


def _after_leading_when(written: str) -> str:
    """The place after the day and hour the sentence starts with ("tirsdag 14/9-2021 kl. 19:30
    i mødelokale 2.3"); the text as it is when it does not start so."""
    hits = find_dates(written)
    if not hits or not _WEEKDAY_TAIL.fullmatch(written[: hits[0].start]):
        return written
    end = hits[0].end
    found = find_time_range(written)
    if found is not None and found.start_offset >= end:
        end = max(end, found.end_offset)
    rest = written[end:]
    at = _AT_LEAD.match(rest)
    return rest[at.end() :] if at is not None else written


_AT_LEAD: Final = re.compile(r"^[\s,]*(?:i|på)\s+(?=\w)", re.IGNORECASE)


def _names_hybrid(written: str, name: str | None, street: str | None, postal: str | None) -> bool:
    """An online meeting that also has a room: the text says so ("hybridmøde", "hybrid"), or it
    names a street, a postal code or a room beside the online service ("Byrådssalen / Teams")."""
    words = _WORD.findall(casefolded.of(written))
    if not HYBRID_WORDS.isdisjoint(words):
        return True
    if street is not None or postal is not None:
        return True
    rest = _WORD.sub(
        lambda m: "" if m.group().casefold() in VIRTUAL_WORDS else m.group(), name or ""
    )
    return looks_like_place(rest)


_LABEL_PARTS: Final = re.compile(r"\s+og\s+|/")
_TRAILING_PAREN: Final = re.compile(r"\s*\([^)]*\)\s*$")


_LABEL_AFTER_SEMICOLON: Final = re.compile(r";\s*[A-ZÆØÅ][\w\s/.-]{1,40}?:\s")
_SHORT_LABEL: Final = re.compile(  # (also "fra boligforeningen: ..." in small letters)
    r"^((?:[A-ZÆØÅ]|fra\s)[\w\s/.&-]{1,40}?(?:,\s[A-ZÆØÅ][\w\s/.&-]{1,40}?)?(?:\s\([\w\s/.&-]{1,30}\))?):\s+(.+)$"
)  # (a group named with a comma: "Privat Service, Hotel og Restauration: Kenneth Hvass")
_GROUP_PARTY: Final = re.compile(r"\(([A-ZÆØÅ]{1,2})\)$")  # "Socialdemokratiet (A)"
_CLASS_LABEL: Final = re.compile(r"^(\d{1,2}\.\s?[a-zæøåA-ZÆØÅ])\s*:\s*(.*)$")  # "1.a: Ida"
_CLASS_NAMES_SPLIT: Final = re.compile(r",\s*|\s+og\s+")


def _with_class(names: str, klass: str) -> str:
    """The names of a class's line with the class after each name ("Noah Gregersen 3.b
    (formand)"), as a pupil's class is written; empty for a placeholder ("–")."""
    names = names.strip()
    if not names or names == "–" or _PLACEHOLDER.match(names):
        return ""
    entries = [e.strip() for e in _CLASS_NAMES_SPLIT.split(names) if e.strip()]
    return ", ".join(
        f"{e[: e.index('(')].rstrip()} {klass} {e[e.index('(') :]}" if "(" in e else f"{e} {klass}"
        for e in entries
    )


_CLAUSE_LABEL: Final = re.compile(r"([^\W\d][\w .]{0,30}?):\s+\S")  # "referent: Bo Lind"
_CLAUSE_SPLIT: Final = re.compile(r"; ")


def _labelled_clauses(text: str) -> list[str] | None:
    """A line of fields parted by semicolons, a later one opening with its label ("Dirigent:
    Anne Holm; referent: Bo Lind", "Formanden ledte mødet; ref.: Henrik Pallesen"): its
    clauses, each read as a line of its own; None when no later clause is a field (a list of
    names parted by semicolons, "(formand; mødeleder)" in brackets) or only groups of those
    present ("Til stede: Forældre: Mads Kjær; Medarbejdere: Rikke Holm")."""
    clauses = split_outside_parens(_CLAUSE_SPLIT, text)
    for clause in clauses[1:]:
        m = _CLAUSE_LABEL.match(clause)
        kind = field_kind(m.group(1)) if m is not None else None
        if kind is not None and kind not in (FieldKind.ATTENDEES, FieldKind.MEMBERS):
            return [c.strip() for c in clauses if c.strip()]
    return None


_FIELDS_RAW: Final = 160
_REF_CELL: Final = re.compile(r"(?i:ref\.?)\s+(\S.{0,60})$")  # "ref. SK", "Ref. Bo Lind"


def _labelled_cells(raw: str) -> list[str] | None:
    """A field, then after a wide gap who took the minutes, with the bare abbreviation as her
    label ("Mødeleder: Ahmad Rahimi        ref. SK"): the two, each read as a line of its own
    (the second labelled "Ref.:"); None for any other line (fields each with a colon, set
    side by side, are read where the header reads a line's columns)."""
    cells = layout_columns(raw)
    if len(cells) != 2 or ":" not in cells[0]:
        return None
    first = _CLAUSE_LABEL.match(cells[0])
    if first is None or field_kind(first.group(1)) is None:
        return None
    ref = _REF_CELL.match(cells[1])
    return [cells[0], f"Ref.: {ref.group(1)}"] if ref is not None else None


_ONE_WORD_NAME: Final = re.compile(r"[A-ZÆØÅ][a-zæøåé]+")
_SHORT_NAME: Final = re.compile(r"[A-ZÆØÅ][a-zæøåé]+(?:\s[A-ZÆØÅ][a-zæøåé]+)?\.?")


_AT_LINE_END: Final = (" på", " i", " hos")
PRINT_STAMP_LINE: Final = anchored(PRINT_STAMP, re.IGNORECASE)
"""A print stamp line ("Udskrevet den 15.11.2022 kl. 09:12"): its dates are none of the
meeting's, and after the last item it ends the minutes."""
_REPLY_ATTRIBUTION: Final = re.compile(REPLY_ATTRIBUTION, re.IGNORECASE)


_SENDER_LINE: Final = re.compile(r"[^<>@]{2,80}<[^<>@\s]+@[^<>\s]+>")
_MAIL_STAMP: Final = re.compile(
    r"(?:[a-zæøå]{2,5}\.?,?\s+)?\d{1,2}\.?\s*[a-zæøå]{3,9}\.?\s+\d{4},?\s+(?:kl\.\s*)?"
    r"\d{1,2}[:.]\d{2}(?:\s*\([^()]{1,40}\))?",
    re.IGNORECASE,
)
"""A mail client's stamp under the sender's line ("fre. 26. sep. 2025 17:20", "ons. 5. mar.
2025 08:12 (for 2 dage siden)"): when the mail was sent, no meeting's date."""


def _reply_attribution(text: str) -> bool:
    """ "Den 22. nov. 2018 kl. 21.47 skrev Birthe Laursen <...>:": an e-mail client's line over
    the mail it quotes (``REPLY_ATTRIBUTION``)."""
    return text[-1:] == ":" and text[:1] in "DdOo" and _REPLY_ATTRIBUTION.match(text) is not None


_CLOCK_AFTER_GAP: Final = re.compile(r"\S {3,}\d{1,2}:\d{2}\s*$")
_CLOCK_ALONE: Final = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*")
_RUNNING_FOOTER: Final = re.compile(r"(?i:referat|dagsorden|protokol|sag|side)\b")


def _running_footer(text: str) -> bool:
    """A PDF's running head or foot ("Cobalt Administration A/S · Sag 31870 · Referat ...
    29.10.2024", "Region Syddanmark · Udvalget for ... · 14. maj 2025   Side 1 af 6")."""
    return (
        " · " in text
        and has_digit(text)
        and bool(_RUNNING_FOOTER.search(text))
        and bool(find_dates(text))
    )


_WORDS_BEFORE_PLACE: Final = re.compile(
    r"(?:[a-zæøå]+\s+){1,3}(?:i|på|hos)\s+(?=[A-ZÆØÅ])"
    # "Held on Tuesday 5 March 2024 at 18.30 at the clubhouse, Havnevej 1, ...": English
    rf"|(?i:(?:the\s+meeting\s+was\s+)?held)\s+.{{0,80}}?\s(?:at|in)\s+(?:the\s+)?"
    rf"(?=[A-ZÆØÅ]|[a-z]*{_ENGLISH_PLACE}\b)"
)
_AT_PLACE_LINE: Final = re.compile(r"(?:på|i|hos)\s+[A-ZÆØÅ]")  # "på Hotel Søparken, ..."
_AT_ADDRESS_LINE: Final = re.compile(r"(?:på|i|hos)\s+\w")  # "i børnehavens fællesrum, <address>"


class HeaderReader:
    """Reads header/footer lines into ``HeaderFacts``."""

    def __init__(self, reporter: Reporter, *, ticks_mean_presence: bool) -> None:
        self.reporter = reporter
        self.ticks = ticks_mean_presence
        self.facts = HeaderFacts()
        self._ctx: _ListContext | None = None
        self._taker_is_author = False  # the minute-taker so far is "Skrevet af: ..." only
        self._after_sender = False  # the free line before was a mail's sender ("Pia <p@x.dk>")
        self._page_mark_at = -10  # the line of the last page number between listing and items
        self._posts_announced = False  # the line before announced a list of posts
        self._dated_at = -9  # the last dated line (while no place is known)
        self._dated_open = False  # it ends in "på", "i" or "hos": its place is the next line
        self._people_fields = False  # someone is listed ("Deltagere: ...", "Referent: ...")
        self._in_cells = False  # reading the cells of one line of fields (``_labelled_cells``)
        self._recased: tuple[str, str] | None = None  # (capitalised, written): ``_store``
        # an absence list on its label's line that a blank line closed ("Afbud: Bo Lind"), for
        # the line after the blank ("Fra Borgerservice: teamleder Rikke Lyng": guests)
        self._absence_closed: _ListContext | None = None
        self._pending: _Pending | None = None
        # labels stacked before their values ("Mødedato:" / "Mødested:" over the two values)
        self._stacked: list[_Pending] = []
        self._place_field = -1  # the place field a value line just filled: an address may follow
        self._columns: Line | None = None  # "Dirigent        Referent" over their names
        self._table_labels: Line | None = None  # "| Dato | Tid | Sted |" over their values
        # "| Deltagere | Afbud |" over names: each column's label and the index of its field
        self._people_columns: list[tuple[FieldKind, int]] | None = None
        self._order = 0
        self._place_lines: list[Line] = []
        self._x_absent: set[int] = set()  # rows of tables where "x" sits beside ticks: absent
        self._previous: Line | None = None  # the line read before this one
        self._next: Line | None = None  # the line read after it
        self._row_below: Line | None = None  # the line after it, or after the rule under it
        self._report_rows = False  # inside the summary table of a pasted attendance report
        self._report_lines = False  # after "Meeting ID: ..." of a pasted Zoom report
        self._other_meeting = False  # under the heading of the board's meeting that followed
        self._sat_out: list[tuple[PersonParts, Line]] = []  # "X deltog ikke i behandlingen af ..."
        self._flat_rows = False  # under "Navn Udpeget af / funktion": a flattened table's rows
        self._row_group = ""  # a people table's organisation column, left of the names, so far
        self._report_names: set[str] = set()  # the names a pasted report's rows gave

    # -- entry -----------------------------------------------------------------------------
    def read(self, lines: list[Line], *, is_footer: bool = False) -> HeaderFacts:
        """Consume the zone's lines."""
        self._x_absent = _x_beside_ticks(lines)
        tail = _previous_meeting_tail(lines) if not is_footer else None
        before: list[Line] = []  # "Mødet hævet kl. 22.15." ... "(Mødet den 26/10 1993)" over a
        if tail is not None:  # rule: the page's start, the end of the meeting before this one
            before = lines[tail[0] : tail[1]]
            lines = lines[: tail[0]] + lines[tail[1] :]
        wholes = logical_lines(lines)
        signed = -1  # a roles line read with the names above it
        for k, logical in enumerate(wholes):
            if k == signed:
                continue
            after = wholes[k + 1] if k + 1 < len(wholes) else None
            self._next = after
            if after is not None and after.blank:  # (the next line with text, a blank between)
                self._next = next((ln for ln in wholes[k + 2 : k + 4] if not ln.blank), None)
            self._row_below = after  # a table header's first row, under its rule
            if after is not None and after.kind is LineKind.TABLE_RULE:
                self._row_below = wholes[k + 2] if k + 2 < len(wholes) else None
            if after is not None and self._names_over_roles(logical, after):
                signed = k + 1
            else:
                self._line(logical, is_footer=is_footer)
            self._previous = logical
        if self._columns is not None:  # role labels with no names under them: plain text
            self._free_line(self._columns, is_footer=is_footer)
        self.facts.free.extend((line, False) for line in before)  # notes, no facts of this one
        listed = {
            p.name for p in (*self.facts.attendees, *self.facts.members, *self.facts.absentees)
        }
        for person, line in self._sat_out:
            if person.name not in listed:
                self._store(person, line, kind="attendees", present=None, written=line.text)
        if self._table_labels is not None:  # column labels with no row under them
            self._free_line(self._table_labels, is_footer=is_footer)
        self._close_list()
        self._address_block()
        self._names_under_title()
        self._groups_serving_as_guests()
        return self.facts

    def _names_under_title(self) -> None:
        """A list of full names right under the title with no label over it, when no list
        names who was there (a project group's logbook: "# ... LOGBOG" over "* Søren Winkel
        Holm s183911@student.dtu.dk", "* Asger Laurits Schultz ..."): the group, attendees. Two
        bullets at least, one after another, each a full name and at most an e-mail address or
        a student number after it."""
        facts = self.facts
        if facts.attendees or facts.members or len(facts.free) < 3:
            return
        title, _ = facts.free[0]
        if not (title.kind is LineKind.HEADING or title.strong):
            return
        run: list[tuple[Line, PersonParts]] = []
        for line, _ in facts.free[1:]:
            expected = run[-1][0].number + 1 if run else title.number + 1
            if not line.bullet or line.number not in (expected, expected + (not run)):
                break
            if len(line.text) > _NAME_LINE_MAX:
                break  # (a name and an address: a short line)
            name = _CONTACT_AFTER_NAME.sub("", line.text).strip()
            parts = parse_person(name) if is_name(name, allow_single=False) else None
            if parts is None or parts.name != name:
                break
            run.append((line, parts))
        if len(run) < 2:
            return
        del facts.free[1 : 1 + len(run)]
        for line, parts in run:
            self._store(parts, line, kind="attendees", present=None, written=line.text)

    def _groups_serving_as_guests(self) -> None:
        """A board's attendance list with the institution's leaders as one of its groups ("Fra
        ledelsen: skoleleder Poul Mogensen og viceskoleleder Dorte Lund"): they serve the board,
        guests as well as attendees; so are the groups from another organisation under the
        body's own people (``_from_outside``). Not when the list names the employees' side too
        (a MED committee's management is one of its two sides)."""
        facts = self.facts
        groups = {
            normalise_label.of(p.group)
            for people in (facts.attendees, facts.members, facts.absentees)
            for p in people
            if p.group
        }
        if not groups.isdisjoint(WORKFORCE_SIDES):
            return
        absent = {p.name for p in facts.absentees}
        leaders = [
            p
            for p in (*facts.attendees, *facts.members)
            if p.group and normalise_label.of(p.group) in SERVING_LEADERS and p.name not in absent
        ]
        leaders += _from_outside(facts.attendees)
        facts.attendees = _without_people(facts.attendees, leaders)
        facts.members = _without_people(facts.members, leaders)
        facts.guests.extend(p for p in leaders if all(g.name != p.name for g in facts.guests))

    # -- per line --------------------------------------------------------------------------
    def _line(self, line: Line, *, is_footer: bool) -> None:
        if line.kind in (LineKind.BLANK, LineKind.RULE, LineKind.TABLE_RULE):
            if line.kind is LineKind.RULE:
                self.facts.rules.append(line)
                self._report_lines = False
            if line.kind is LineKind.BLANK and self._ctx is not None and self._ctx.inline:
                if self._ctx.kind == "absentees":
                    self._absence_closed = self._ctx
                self._close_list()
            self._extend_list(line)
            return
        if self._report_rows:
            if line.kind is LineKind.TABLE_ROW:
                self.facts.free.append((line, False))  # "| Mødetitel | Styregruppe ... |"
                return
            self._report_rows = False
        if (
            self._next is not None
            and self._next.kind is LineKind.TABLE_ROW
            and line.kind is not LineKind.TABLE_ROW
            and len(line.text) <= _REPORT_SECTION_MAX
            and normalise_label.of(line.text) in _REPORT_SUMMARIES
            and _report_summary_row(self._next)
        ):  # "1. Oversigt" over a Teams attendance report's summary: a note, its rows too
            self._close_list()
            self._pending = None
            self.facts.headings.append(line)
            self._report_rows = True
            return
        report_lines, self._report_lines = self._report_lines, False
        if (
            (report_lines or line.text[:1] in "Mm")  # (every opening, "Meeting ID:", is an "M")
            and line.kind is LineKind.TEXT
            and ":" in line.text[:_REPORT_SECTION_MAX]
        ):
            key, _, value = line.text.partition(":")
            key = normalise_label.of(key)
            if key in _ZOOM_OPENINGS or (
                report_lines
                and (key in _ZOOM_SUMMARY or (key in _COUNTS and value.strip().isdecimal()))
            ):
                # "Meeting ID: 842 5519 0374" and the lines under it ("Topic: ...", "Start
                # Time: ...") over a Zoom report's table: notes, no facts of the meeting
                self.facts.free.append((line, False))
                self._report_lines = True
                return
        if self._other_meeting:
            self.facts.free.append((line, False))  # the people of the board's meeting after
            return
        if is_footer and constituting_heading(line):
            # "### Konstituerende møde i lokalrådet" under the assembly's items: another
            # meeting's own lines, its people no attendees of this one
            self._close_list()
            self.facts.headings.append(line)
            self._other_meeting = True
            return
        absence_closed, self._absence_closed = self._absence_closed, None
        posts, self._posts_announced = self._posts_announced, False
        if posts and line.text and label_of(line) is not None:
            self.facts.free.append((line, False))  # "Formand: Niels Krog" under "Efter
            self._posts_announced = True  # generalforsamlingen konstituerede bestyrelsen sig
            return  # således:": the board's new posts, no chair of the meeting
        if is_footer and announces_posts(line):
            self._posts_announced = True
        if not is_footer and (only := _header_only_field(line)) is not None:
            self._field(line, *only)  # "Tovholder: Lise Mikkelsen" above the items
            return
        if is_footer and "   " in line.raw and (signed := signed_columns(line)):
            for signed_as, name, field in signed:  # "Ref. Rikke Holm       Dirigent Leif Gram"
                self._field(line, signed_as, name, field)
            return
        if self._columns is not None and _SIGNING_LINES.match(line.raw):
            self.facts.rules.append(line)  # "\_\_\_   \_\_\_" to sign on, under the roles
            return
        if self._columns is not None:
            labels, self._columns = self._columns, None
            if self._column_names(labels, line):
                return
            self._free_line(labels, is_footer=is_footer)
        if self._table_labels is not None:
            labels, self._table_labels = self._table_labels, None
            if self._table_row_values(labels, line):
                return
            self._free_line(labels, is_footer=is_footer)
        if self._people_columns is not None:
            if line.kind is LineKind.TABLE_ROW and self._people_column_row(line):
                return
            self._people_columns = None
        if line.kind is LineKind.TABLE_ROW and (sides := _side_groups(line)) is not None:
            # "| Ledelsesrepræsentanter | | Medarbejderrepræsentanter | |": two groups side by
            # side, each person with a remark column
            self._close_list()
            self._pending = None
            self.facts.fields.append(
                new.HeaderField(label=line.text, value="", span=line_span(line))
            )
            self._ctx = _ListContext(
                kind="attendees", group=None, header_field=len(self.facts.fields) - 1
            )
            self._ctx.sides = sides
            return
        if (
            (columns := _people_column_labels(line) or _group_columns(line, self._row_below))
            is not None
        ) and not _marks_below(line, self._row_below):
            self._close_list()
            self._pending = None
            span = line_span(line)
            self._people_columns = []
            for heading, list_kind in columns:
                self.facts.fields.append(new.HeaderField(label=heading, value="", span=span))
                self._people_columns.append((list_kind, len(self.facts.fields) - 1))
            return
        if _label_cells(line) is not None and not _key_value_rows(self._previous, line):
            self._close_list()
            self._pending = None
            self._table_labels = line
            return
        if _role_columns(line) is not None:
            self._close_list()
            self._pending = None
            self._columns = line
            return
        if not line.text:
            if self._ctx is not None and (
                line.checkbox is not None or line.kind is LineKind.TABLE_ROW
            ):  # "- [ ]" placeholder inside a people list; a row's second line, joined to it
                self._extend_list(line)
            else:
                self.facts.leftovers.append(line)
            return
        if (
            self._ctx is not None
            and self._ctx.columns is not None
            and line.kind is LineKind.TEXT
            and not (line.strong or line.bullet or line.text.endswith(":"))
            and self._after_gap(line)
            and label_of(line) is None
            and not _running_footer(line.text)  # (a page break inside the table)
            and not page_mark(lowered.of(line.raw))
            and (self._ctx.page_break is None or self._ctx.page_break >= _RUNNING_HEADER_REACH)
        ):  # a sentence after a people table and a blank: the table has ended (a heading or a
            self._close_list()  # label there may name the next group of the list)
        if "; " in line.text and line.kind is not LineKind.TABLE_ROW:
            clauses = _labelled_clauses(line.text)
            if clauses is not None:  # "Dirigent: Anne Holm; referent: Bo Lind": two fields
                for clause in clauses:
                    self._line(line.with_text(clause), is_footer=is_footer)
                return
        if (
            len(line.raw) <= _FIELDS_RAW  # (first: a transcript's pieces share a long raw line)
            and "   " in line.raw
            and line.kind is LineKind.TEXT
            and not self._in_cells  # (not one of its cells, read again: the same raw)
        ):
            cells = _labelled_cells(line.raw)
            if cells is not None:  # "Mødeleder: Ahmad Rahimi        ref. SK": two fields
                self._in_cells = True
                for cell in cells:
                    self._line(line.with_text(cell), is_footer=is_footer)
                self._in_cells = False
                return
        label = label_of(line)
        if label is not None and line.checkbox is not None and label[1]:
            label = None  # "- [ ] Sekretariatet: nyt forslag ...": a to-do and who does it
        if label is not None and not label[1] and _menu_entry(line, self._previous, self._next):
            label = None  # "• Medlemmer" between "• Om Ældrerådet" and "• Referater": a menu's
        kind = field_kind(label[0]) if label else None
        if (
            kind is None
            and label is not None
            and label[1]
            and normalise_label.of(label[0]) == "protokol"
            and (keeper := parse_person(label[1])) is not None
            and " " in keeper.name
            and starts_with_first_name(keeper.name)
        ):
            kind = FieldKind.MINUTE_TAKER  # "Protokol: Amtsdirektør Leif Søndergaard"
        if (
            kind is None
            and self._ctx is None
            and label is not None
            and (_body_members(*label) or _body_over_members(*label, self._next))
        ):
            kind = FieldKind.MEMBERS  # "Provstiudvalget: Provst Jens Ole Bach (formand), ..."
        if kind is None and label is not None and taker_by_minutes_label(*label):
            kind = FieldKind.MINUTE_TAKER  # "Referat: Lone" under the people lists
        if (
            label
            and not label[1]
            and self._ctx is not None
            and _staff(label[0])
            # "Fra forvaltningen:" after "Afbud:" or after the body's "Medlemmer:": guests
            and self._ctx.kind not in ("absentees", "members")
        ):
            kind = None  # "Fra sekretariatet:" alone inside a people list: a group of it
        absence = self._ctx if self._ctx is not None else absence_closed
        if (
            kind is None
            and label is not None
            and label[1]
            and absence is not None
            and absence.kind == "absentees"
            and _from_after_absence(label[0], absence)
        ):
            kind = FieldKind.GUESTS
        if (
            kind is None
            and label is not None
            and (self._ctx is None or (label[1] and self._ctx.bulleted and not line.bullet))
        ):
            # "Fra brugerbestyrelsen:" opening the people lists; "Fra biblioteket: bibliotekschef
            # Camilla Krogsgaard og ..." with its names, under a list of attendees
            kind = _from_group(label[0])
        if (
            kind is FieldKind.MEMBERS
            and self._ctx is not None
            and not self._ctx.inline
            and _body_group(label)
        ):
            kind = None  # "Fraværende:" over "Forældrevalgte: ...": a group of that list
        if label is not None and self._post_entry(line, label[0], label[1]):
            return
        if (
            label is None
            and len(line.text) <= 40
            and line.text[:1].islower()
            and (role := _compound_role(line.text))
        ):
            # "formand og mødeleder", "sekretær, referent" under a signer's name
            kind_of = FieldKind.CHAIR if role in CHAIR_ROLES else FieldKind.MINUTE_TAKER
            if self._role_under_name(line, role, kind_of):
                return
        key = normalise_label.of(line.text)
        if kind is None:
            emphasised = line.kind is LineKind.HEADING or line.strong
            if (
                key in AGENDA_HEADINGS
                or key in MINUTES_HEADINGS
                or (emphasised and (key in HEADER_HEADINGS or key in NOTE_HEADINGS))
            ):
                self._close_list()
                self._pending = None
                self.facts.headings.append(line)
                return
        if label is not None and kind is not None:
            if (
                not label[1]
                and self._pending is not None
                and self._pending.kind not in LIST_KINDS
                and kind not in LIST_KINDS
                and self._pending.header_field == len(self.facts.fields) - 1
            ):  # "Mødedato:" over "Mødested:": a PDF's column of labels, then their values
                self._stacked.append(self._pending)
            else:
                self._stacked = []
            self._pending = None
            if not label[1] and self._role_under_name(line, label[0], kind):
                return
            self._field(line, label[0], _without_page_number(label[1], line), kind)
            return
        if (
            label is not None
            and label[1]
            and (
                (secretary_label(label[0]) and self._secretary_ends_list(line))
                or (
                    is_staff_title(normalise_label.of(label[0]))  # ("Ungdomskonsulent: ...")
                    and self._staff_post_ends_list(line)
                )
            )
        ):  # "Sekretær: Lisbeth Holmgren", "Administrator: Lene Dam, Boligadministration Nord"
            self._pending = None
            self._secretary(line, label[0], label[1])
            return
        if label is not None and label[1] and self._post_alone(line, label[0], label[1]):
            self._pending = None
            return
        if (self._place_field >= 0 or self.facts.fields) and self._address_after_place(line):
            return
        if self._online_too(line):
            return
        if (
            self._stacked
            and self._pending is not None
            and line.kind is LineKind.TEXT
            and self._fill_pending(self._stacked.pop(0), line)  # the first label's value first
        ):
            return
        if self._pending is not None:
            pending, self._pending = self._pending, None
            if self._fill_pending(pending, line):
                return
        if self._ctx is None and line.kind is LineKind.TABLE_ROW and _people_table(line):
            # An attendance table without a label ("| Navn | Funktion | Til stede |").
            self.facts.fields.append(
                new.HeaderField(label=line.text, value="", span=line_span(line))
            )
            self._ctx = _ListContext(
                kind="attendees", group=None, header_field=len(self.facts.fields) - 1
            )
        if self._role_sentence(line):
            return
        if self._ctx is not None and self._in_list(line):
            return
        self._close_list()
        self._free_line(line, is_footer=is_footer)

    def _prose_after_list(self, line: Line, text: str) -> bool:
        """A sentence after the open list, no entry of it: after a blank, a line under bullets
        ("- ... (referent)") or a name and a verb ("Ida Mortensen forlod mødet kl. 17.30 under
        pkt. 6.", "Henrik Sønderby bød velkommen ..."); right under "Afbud: ...", a name and a
        verb that is no absence ("Mai-Britt Holm fra Rambøll deltog som rådgiver."), or a guest's
        clause."""
        ctx = self._ctx
        assert ctx is not None
        if self._after_gap(line):
            return ctx.bulleted or _NAME_THEN_VERB.match(text) is not None
        if "deltog" in text and _GUEST_CLAUSE.match(text) is not None:
            return True  # "Jakob Ravn, LogiQ Consult, deltog som gæst under pkt. 4.": a guest
        return ctx.kind == "absentees" and (
            _NAME_THEN_VERB.match(text) is not None and absence_sentence(text) is None
        )

    def _post_entry(self, line: Line, label: str, value: str) -> bool:
        """ "- Kasserer: Bo Lind", "- Formand: Anna Holm" under "Bestyrelsen:": an entry of the
        open people list with the post as title and role (``post_label``), not a new field
        that ends the list. Without a list mark the line must follow the list's last line, not
        a bullet, and a referent, dirigent or ordstyrer there is the field ("Referent: Eva Ulv"
        under the names). The value must start with a name ("Leder: Se punkt 3" is no entry).
        A people table's row ("| Formand | Anna Holm |") is read by its columns."""
        ctx = self._ctx
        if ctx is None or not value or ctx.kind not in _POST_LISTS:
            return False
        if line.kind is LineKind.TABLE_ROW:
            return ctx.columns is not None and self._in_list(line)
        post = post_label(label) if not ctx.inline else None
        if post is None:
            return False
        title, roles = post
        if ctx.kind == "absentees" and set(roles) & (CHAIR_ROLES | MINUTE_TAKER_ROLES):
            return False  # "- Ordstyrer: Jesper" under "Afbud:": one who led the meeting came
        if ctx.group_line is not None:  # "Forældrevalgte:" over "- Formand: Anna Holm"
            ctx.group, ctx.group_inline = ctx.group_line.text.rstrip(":").strip(), False
            self._extend_list(ctx.group_line)
            ctx.group_line = None
        elif ctx.group_inline:  # "Forældre: A, B" then "Leder: Jette Mørk": not of that group
            ctx.group, ctx.group_inline = None, False
        entry = line.bullet or line.checkbox is not None or line.list_number
        if not entry:
            last = self.facts.fields[ctx.header_field].span.end_line
            if line.number != last + 1 or set(roles) & (CHAIR_ROLES | MINUTE_TAKER_ROLES):
                return False
            if ctx.bulleted:  # "Formand: Anna Holm" under the bullets: the field as ever
                return False
        entries = list_entries(value)
        named = parse_person(entries[0])
        if named is None or (" " not in named.name and not starts_with_first_name(named.name)):
            return False  # "Leder: Se punkt 3"
        if len(entries) >= 2 and not entry and not set(roles) & (CHAIR_ROLES | MINUTE_TAKER_ROLES):
            return False  # "Rådgiver: Erik Sloth (...), Sidsel Brun (...)": a group, not a post
        extra = [*roles, *(r for r in ctx.roles or [] if r not in roles)]
        if not self._add_people(
            value, line, checkbox=line.checkbox, extra_roles=extra or None, title=title
        ):
            return False
        ctx.bulleted = bool(entry)
        self._extend_list(line)
        return True

    def _post_alone(self, line: Line, label: str, value: str) -> bool:
        """ "Medarbejderrepræsentant: Heidi Lykke" under the header's people lists, with no list
        open (after "Afbud: ..." or a staff post's line): the one person who holds the post
        came, an attendee with the post as title (``post_label``; not a chair or a referent,
        which are fields of their own)."""
        ctx = self._ctx
        if ctx is not None and not (ctx.kind == "absentees" and ctx.inline and not line.bullet):
            return False  # (but "Afbud: Ditte Schmidt" over "Kasserer: Bo Lind": one who came)
        if not (self.facts.attendees or self.facts.members):
            return False
        post = post_label(label)
        if post is None or set(post[1]) & (CHAIR_ROLES | MINUTE_TAKER_ROLES):
            return False
        entries = list_entries(value)
        named = parse_person(entries[0]) if len(entries) == 1 else None
        if named is None or " " not in named.name or not is_name(named.name):
            return False
        named.title = named.title or post[0]
        named.roles = [*named.roles, *(r for r in post[1] if r not in named.roles)]
        self._close_list()
        self._store(named, line, kind="attendees", present=None, written=value)
        return True

    def _names_over_roles(self, names: Line, roles: Line) -> bool:
        """ "Poul Vestergaard        Henning Bak" over "dirigent        referent" (signers, each
        name over its role, on the next line): each name has the role under it."""
        return (
            roles.number == names.number + 1
            and self._columns is None
            and "   " in names.raw
            and name_columns(names)
            and self._column_names(roles, names)
        )

    def _column_names(self, labels: Line, line: Line) -> bool:
        """ "Poul Erik Damgaard        Hans Kjeldsen" under "Dirigent        Referent" (a PDF's
        signature columns): each name has the role above it (or under it). False when the line
        is no such row of names."""
        kinds = _role_columns(labels)
        names = layout_columns(line.raw)
        if kinds is None or len(names) != len(kinds) or line.kind is not LineKind.TEXT:
            return False
        people = [parse_person(n) if is_name(n, allow_single=False) else None for n in names]
        if any(p is None for p in people):
            return False
        first = min(labels.number, line.number)
        span = span_of(first, max(line_span(labels).end_line, line_span(line).end_line))
        both = Logical(
            number=first, raw=line.raw, kind=line.kind, text=line.text, end=span.end_line
        )
        for (label, kind), name in zip(kinds, names, strict=True):
            self.facts.fields.append(new.HeaderField(label=label, value=name, span=span))
            if kind is not None:
                self._field_value(both, label, name, kind, span)
        return True

    def _table_row_values(self, labels: Line, line: Line) -> bool:
        """ "| 8. februar 2024 | 10.00-11.30 | Teams |" under "| Dato | Tid | Sted |": each cell
        is the value of the label above it. False when the line is no row of as many cells."""
        kinds = _label_cells(labels)
        cells = [c.strip() for c in line.cells]
        if kinds is None or line.kind is not LineKind.TABLE_ROW or len(cells) != len(kinds):
            return False
        if _label_cells(line) is not None or not any(cells):
            return False
        span = span_of(labels.number, line_span(line).end_line)
        both = Logical(
            number=labels.number, raw=line.raw, kind=line.kind, text=line.text, end=span.end_line
        )
        for (label, kind), value in zip(kinds, cells, strict=True):
            if value:
                self._field(both, label, value, kind)
        self._close_list()
        return True

    def _people_column_row(self, line: Line) -> bool:
        """ "| Lene Bjerg (formand) | Kim Ravn |" under "| Deltagere | Afbud |": each cell names
        a person of the list its column heads. False when the line is no row of as many cells."""
        columns = self._people_columns
        cells = [c.strip() for c in line.cells]
        if columns is None or len(cells) != len(columns) or not any(cells):
            return False
        for (kind, index), cell in zip(columns, cells, strict=True):
            if not cell:
                continue
            heading = self.facts.fields[index].label  # ("| Nørre Aaby MR | Ejby MR |": a
            group = heading if field_kind(heading) is None else None  # council per column)
            self._ctx = _ListContext(kind=LIST_KINDS[kind], group=group, header_field=index)
            entry, away = _without_away_mark(cell)  # "Ib Lund, TR – afbud"
            one = parse_person(entry) if "," in entry and one_entry(entry) else None
            if one is not None:  # "Inger Lund, Ældre Sagen": a person and her organisation
                listed = "absentees" if away else LIST_KINDS[kind]
                self._store(one, line, kind=listed, present=False if away else None, written=cell)
            elif not _no_one(cell):
                self._add_people(cell, line)
            self._extend_list(line)
        self._ctx = None
        return True

    def _role_under_name(self, line: Line, role: str, kind: FieldKind) -> bool:
        """ "formand" (no colon) right under a signer's name ("Lars Gaardhøj"): a field with
        that label and the name (a "dirigent" or "referent" there is the chair or minute-taker;
        the body's formand signing need not have led the meeting: "Mødet blev ledet af
        næstformand ..." decides, else the attendee with the role formand). False when the
        line before is no free line with a full name."""
        if kind not in (FieldKind.CHAIR, FieldKind.MINUTE_TAKER) or line.text.endswith(":"):
            return False
        if not self.facts.free or self._ctx is not None:
            return False
        above, _ = self.facts.free[-1]
        if above.number != line.number - 1 or not is_name(above.text, allow_single=False):
            return False
        self.facts.free.pop()
        self._order -= 1
        span = span_of(above.number, line_span(line).end_line)
        self.facts.fields.append(new.HeaderField(label=role, value=above.text, span=span))
        if normalise_label.of(role) not in _BODY_CHAIR_ROLES:  # "formand" signs; "dirigent" led
            self._field_value(above, role, above.text, kind, span)
        return True

    def _secretary_ends_list(self, line: Line) -> bool:
        """A secretary label outside a people list, under absentees or after a blank line under
        a table of people (or under a list of names one a line: "Mads Kjeldsen" / "" /
        "Secretary to the Board: Camilla Fog"), names the body's secretary; in a list of
        members it is a post on the board ("Bestyrelsen:" over "Sekretær: Bo Lind")."""
        ctx = self._ctx
        if (
            ctx is not None
            and ctx.kind != "absentees"
            and not (ctx.inline and ctx.roles and ctx.roles[0] in STAND_IN_ROLES)  # (nor under
            # "Stedfortræder: Niels Hald (V) for Ole Dam": substitutes are no board's posts)
            and not (ctx.inline and line.kind is LineKind.TABLE_ROW)  # a key-value table's row
            and not (
                (ctx.columns is not None or not ctx.inline)
                and self._after_gap(line)
                and not ctx.group
            )
        ):
            return False
        self._close_list()
        return True

    def _staff_post_ends_list(self, line: Line) -> bool:
        """A staff post's label (``STAFF_POST_LABELS``) outside a people list, or after a blank
        line under its bullets ("- Bo Lind" / "" / "Administrator: Lene Dam"), names a guest;
        right under the names it is an entry of the list (``_post_entry``)."""
        ctx = self._ctx
        if ctx is not None and ctx.bulleted and self._after_gap(line):
            self._close_list()
            return True
        return self._secretary_ends_list(line)

    def _secretary(self, line: Line, label: str, value: str) -> None:
        """ "Sekretær: Lisbeth Holmgren, Social og Sundhed" outside a people list: a guest
        with the label as her title (``SECRETARY_LABELS``)."""
        self.facts.fields.append(new.HeaderField(label=label, value=value, span=line_span(line)))
        entries = list_entries(value)
        if any(len(e.split()) < 2 for e in entries):
            entries = [value]  # "Lisbeth Holmgren, Social og Sundhed": one person and her unit
        for written in entries:
            parts = parse_person(written)
            if parts is not None:
                parts.title = parts.title or normalise_label.of(label.split("/")[0])  # (not
                # "sekretær / secretary": the first language's word)
                self._store(parts, line, kind="guests", present=None, written=written)

    def _role_sentence(self, line: Line) -> bool:
        """ "Ditte Vind er referent." (under a people list or not): the minute-taker or chair,
        not another entry of the list."""
        text = line.text
        low = lowered.of(text)
        has_role = (
            "referat" in low
            or "protokol" in low
            or " noter" in low
            or " minutes" in low  # "... acted as secretary and kept the minutes."
            or any(w in low for w in SIGNER_ROLES)
        )
        if not has_role or line.kind is LineKind.TABLE_ROW:
            return False
        sentences = _LATER_SENTENCE.split(text.lstrip("- ")) if ". " in text else [text]
        found = role_sentence(sentences[0])  # ("Mødeleder er Karen Damsgaard. Sekretariatet
        later = not found and len(sentences) > 1  # ved Frederik Lausen tager referat.": both)
        # "Vi var 17 fremmødte. Ordstyrer var Mikkel Toft, og jeg skrev referat."
        found += [f for s in sentences[1:] for f in role_sentence(s)]
        # "Provstisekretær Lærke Winther deltog som referent.": she was there
        kind = "attendees" if " deltog som " in text and len(found) == 1 else "facilitators"
        for written_name, role_word in found:
            if " " not in written_name and indefinite_title(written_name) is not None:
                continue  # "Direktøren førte protokollen": a post, no person's name
            parts = parse_person(written_name) or PersonParts(name=written_name)
            role = PERSON_ROLES.get(role_word, role_word)
            parts.roles = [*parts.roles, *([role] if role not in parts.roles else [])]
            self._store(parts, line, kind=kind, present=None, written=text)
        return bool(found) and not later  # a later sentence: the line is read on as well

    def _fill_pending(self, pending: _Pending, line: Line) -> bool:
        if pending.kind in LIST_KINDS or line.kind is LineKind.HEADING:
            return False
        if pending.kind in (FieldKind.CHAIR, FieldKind.MINUTE_TAKER) and line.text.endswith(":"):
            return False  # "formand" (a signer's post) over "Direktion:": the next label
        old = self.facts.fields[pending.header_field]
        if line.number < old.span.start_line:
            return False  # a line joined from above the label (control characters that part
            # lines for Python, not for Markdown): no value of it
        self.facts.fields[pending.header_field] = new.HeaderField(
            label=old.label,
            value=line.text,
            span=span_of(old.span.start_line, line_span(line).end_line),
        )
        self._field_value(line, pending.label, line.text, pending.kind, line_span(line))
        if pending.kind is FieldKind.PLACE:
            self._place_field = pending.header_field
        return True

    def _address_after_place(self, line: Line) -> bool:
        """ "Mødested:" filled by "Fagforeningshuset, mødesal 2", then "Nørregade 14, 6950
        Ringkøbing" on the next line (or the street, then the postcode and town on the line
        after it, also in an indented block; also under a place field that ends on the line
        above): the place's address."""
        index, self._place_field = self._place_field, -1
        if index < 0 and self.facts.fields:  # "Sted: Genbrugscenter Nord," / "mødelokalet" (one
            last = self.facts.fields[-1]  # value) over "Kalundborgvej 88" / "4300 Holbæk"
            if (
                last.value
                and self._pending is None
                and not self._stacked
                and last.span.end_line == line.number - 1
                and field_kind(last.label) is FieldKind.PLACE
            ):
                index = len(self.facts.fields) - 1
        if index < 0 or line.kind not in (LineKind.TEXT, LineKind.CODE) or label_of(line):
            return False
        if len(line.text) > 80:
            return False
        if _postal(line.text) is None:
            if not _STREET.match(line.text + ",") or _ROOM.match(line.text):
                return False
            self._place_field = (
                index  # "Dalumvej 90" over "5250 Odense SV": the postcode may follow
            )
        return self._extend_place(index, line, ", ")

    def _online_too(self, line: Line) -> bool:
        """ "Mødested: Rådhuset, ..." over "samt via Teams": the place goes on with the online
        way in (the meeting is hybrid)."""
        if not self.facts.fields or not _ONLINE_TOO.match(line.text):
            return False
        last = self.facts.fields[-1]
        if last.span.end_line != line.number - 1 or field_kind(last.label) is not FieldKind.PLACE:
            return False
        return self._extend_place(len(self.facts.fields) - 1, line, " ")

    def _extend_place(self, index: int, line: Line, joint: str) -> bool:
        """The place field at ``index`` goes on with ``line`` (its location read again)."""
        old = self.facts.fields[index]
        value = f"{old.value}{joint}{line.text}"
        span = span_of(old.span.start_line, line.number)
        self.facts.fields[index] = new.HeaderField(label=old.label, value=value, span=span)
        location = self.facts.location
        if location is not None and location.written == old.value:
            self.facts.location = parse_location(value, span)
        return True

    def _field(self, line: Line, label: str, value: str, kind: FieldKind) -> None:
        self._close_list()
        if "▾" in value or "▼" in value:  # "Udvalg: Børne- og Skoleudvalget ▾ | År: 2025 ▾ |
            value = _DROPDOWN_END.split(value, maxsplit=1)[0].strip()  # ...": a page's filter
        if kind is FieldKind.DATE and self._in_mail_headers():
            kind = FieldKind.OTHER_DATE  # "Fra: Sanne <...>" / "Dato: 5. dec. 2024 kl. 22.31"
        if value and kind not in (FieldKind.DATE, FieldKind.TIME, FieldKind.OTHER_DATE):
            # Page layouts that separate labels from values put the date under another label.
            hits = find_dates(value) if has_digit(value) else []
            if hits:
                self.facts.dates.append((4, hits[0], line_span(line)))
            elif kind is FieldKind.TITLE and has_digit(value):  # "Emne: Referat fra mødet 3. juni"
                self._yearless(value, line_span(line), 4, label_field=False)
        span = line_span(line)
        self.facts.fields.append(new.HeaderField(label=label, value=value, span=span))
        index = len(self.facts.fields) - 1
        if kind in LIST_KINDS:
            bare = _TRAILING_PAREN.sub("", label)  # "Til stede (online)": the bracket's role too
            roles = [  # (once each: "Mødeleder / Chair" is one role in two languages)
                r
                for r in dict.fromkeys(
                    PERSON_ROLES.get(_without_stand_in(p.strip()))
                    for text in (bare, label[len(bare) :].strip(" ()"))
                    if text
                    for p in _LABEL_PARTS.split(normalise_label.of(text))
                )
                if r
            ]
            group = _FROM_GROUP.match(label)  # "Deltagere fra Ældrerådet:": a group
            named = group.group(1).strip() if group is not None else None
            if named is None and _attendee_group(label):
                named = label.strip()  # "Forældrerepræsentanter:": a group of the body
            self._ctx = _ListContext(
                kind=LIST_KINDS[kind],
                group=named,
                header_field=index,
                roles=roles or None,
            )
            if kind is FieldKind.FACILITATORS and value and roles:
                self._add_people(value, line, extra_roles=roles, as_list=False)
                self._close_list()  # "Mødeleder / Chair: ...": one post, no list under it
                return
            facilitated = kind is FieldKind.FACILITATORS and lowered.of(label).startswith(
                "faciliteret af"
            )
            host = label[len("faciliteret af") :].strip() if facilitated else ""
            if host and is_name(host, allow_single=False):
                self.facts.facilitator = host  # "#### Faciliteret af Lise Thorsø:": she leads
            if value.count(":") >= 2 and (stacked := stacked_groups(value)) is not None:
                self._stacked_people(stacked, line, self._ctx.kind)  # "DTU Aqua: WWF: Ib Holm, ..."
                return
            but = _ALL_BUT.match(value) if " undtagen " in value or " nær " in value else None
            if but is not None and kind in (FieldKind.ATTENDEES, FieldKind.MEMBERS):
                self._ctx.kind = "absentees"  # "Til stede: Alle undtagen Jens Olesen"
                first, *later = _SENTENCE_BREAK.split(but.group(1))
                # "..., der havde meldt afbud": what is said of those away is no name
                self._ctx.inline = self._add_people(_RELATIVE_CLAUSE.sub("", first), line)
                for sentence in later:  # "Som stedfortræder deltog Louise Krag (V)."
                    self._more_people(sentence.strip(), line)
                return
            if value[:4].casefold() == "for " and (subs := substitutes_in(value)):
                for written, parts in subs:  # "Stedfortræder: For Kim Sejer deltog Ib
                    self._store(parts, line, kind="attendees", present=None, written=written)
                self._close_list()  # Mortensen, suppleant, 3F": the one who came
                return
            if (
                kind is FieldKind.GUESTS
                and value
                and label.count(" ") < _SHORT_LABEL_SPACES
                and _organisation_alone(value)
            ):
                self._close_list()  # "Sekretariat: Skatteankestyrelsen": a body, no one named
                return
            if value and _no_one(value):
                self._close_list()  # "Afbud: Ingen", "Fraværende: -": no list follows
            elif value and (self._list_value(value, line) or _everyone(value)):
                self._ctx.inline = True  # "Deltagere: Alle": the list ends at a blank line
                self._ctx.depth = line.list_depth if line.bullet else 0
            return
        if not value and kind not in (FieldKind.INFO, FieldKind.OTHER_DATE):
            self._pending = _Pending(label=label, kind=kind, header_field=index)
            return
        self._field_value(line, label, value, kind, span)

    def _in_reference_block(self) -> bool:
        """A date field beside a letter's reference fields ("Dato: 1. oktober 2013" / "Sagsnr.:
        1-30-72-14-13" / "Kontakt: ..."): the day the letter was written, not the meeting's."""
        return any(
            near is not None and _REFERENCE_FIELD.match(near.text)
            for near in (self._previous, self._next)
        )

    def _in_mail_headers(self) -> bool:
        """The line under an e-mail's sender ("Fra: Sanne Hauge <sanne@live.dk>"): its date is
        when the mail was sent, not the meeting's."""
        before = self._previous
        return before is not None and "@" in before.text and bool(_MAIL_SENDER.search(before.text))

    def _field_value(self, line: Line, label: str, value: str, kind: FieldKind, span: Span) -> None:
        if kind in (FieldKind.DATE, FieldKind.TIME, FieldKind.START, FieldKind.END):
            key = normalise_label.of(label) + " "  # "Sted og tid:", "Hvor og hvornår:"
            # "Mødedato: 29. oktober" beats "Dato: 4. november" (the minutes' own date beside
            # it in a PDF's letterhead): a label naming the meeting, first
            first = -1 if kind is FieldKind.DATE and "møde" in key else 0
            if first == 0 and (line.raw.startswith(FAR_RIGHT_INDENT) or self._in_reference_block()):
                first = 4  # a letter's reference block ("J.nr. ..." / "Dato: ...")
            end = _END_AFTER_START.search(value) if kind is FieldKind.START else None
            if end is not None:  # "Start 16.30 / Slut 18.00": the end after the start
                self._date_time(value[: end.start()], line, priority=0, kind=kind, label_field=True)
                kind, value = FieldKind.END, value[end.end() :]
            self._date_time(value or line.text, line, priority=first, kind=kind, label_field=True)
            if ("sted" in key or "hvor " in key) and self.facts.location is None:
                self._place_before_date(value, span)  # "Sted og tid: Klubhuset, 5. marts ..."
            if ("sted" in key or "hvor " in key) and self.facts.location is None:
                self._place_after_when(value, span)  # "Tid og sted: 5. marts kl. 19, Klubhuset"
        elif kind is FieldKind.OTHER_DATE:
            return
        elif kind is FieldKind.INFO and value:
            self._remark_guests(value, line)
            came = _ATTENDED_ITEMS.search(value) if " deltog " in value else None
            if came is not None:  # "Bemærkninger: Centerchef Bo Riis-Nielsen deltog under
                self._came_for_items(line.with_text(value), came.start())  # punkt 3."
            if ". " in value:
                # "Bemærkninger: ... Konsulent Hanne Krogh var referent.": the remark's sentences
                self._role_sentence(line.with_text(value))
            closed = _CLOSED_AT.search(value) if "hævet" in value or "slut" in value else None
            if closed is not None:  # "Bemærkninger: Mødet hævet kl. 17:40. ...": its end
                self._date_time(
                    closed.group(), line, priority=2, kind=FieldKind.END, label_field=False
                )
        elif kind is FieldKind.PLACE:
            if value.endswith(":"):  # "Mødested: Udsendelsesdato:": labels without values
                return
            if value and has_digit(value):  # "Sted: Sognehuset kl. 19.00"
                value = self._place_without_when(value, span)
            located = self.facts.location
            if value and located is None:
                self.facts.location = parse_location(value, span)
            elif (
                value
                and located is not None
                and located.street is None
                and located.postal_code is None
                and _postal(value) is not None
                and located.span is not None
                and located.span.start_line <= span.start_line
            ):  # "Mødested: Mødelokale 3, Rådhuset", then "Adresse: Torvegade 4, 7480 Lyngsø"
                whole = span_of(located.span.start_line, span.end_line)
                named = located.written.split(",", 1)[0]
                if value.startswith(named + ","):  # "i Gjerrild Forsamlingshus, lille sal",
                    value = value[len(named) + 1 :].strip()  # then "Adresse: Gjerrild
                    # Forsamlingshus, Hovedgaden 40, ...": the house named once
                self.facts.location = parse_location(f"{located.written}, {value}", whole)
            elif not value:
                self._place_lines.append(line)
        elif kind is FieldKind.BODY:
            named = _without_when(value) if has_digit(value) else value
            if named and self.facts.body is None:
                body = _TRAILING_PAREN.sub("", named).strip() or named
                owner = _BODY_OWNS_MEETING.match(body)  # "Handicaprådets møde nr. 2/2022"
                body = owner.group(1) if owner is not None else body
                meeting = _BODY_WORD_MEETING.search(body)  # "OS2mo koordinationsgruppemøde":
                body = body[: meeting.start(1)] if meeting is not None else body  # the group's
                numbered = _MEETING_NUMBER_AFTER.search(body)  # "Politisk styregruppe, møde
                body = body[: numbered.start()] if numbered is not None else body  # nr. 3/2025"
                ordinary = _KIND_OF_MEETING.match(body)  # "Ordinært bestyrelsesmøde nr. 4/2025"
                body = ordinary.group(1).capitalize() if ordinary is not None else body
                head, _, tail = body.rpartition(", ")
                if head and (
                    _PLACE_ORGANISATION.fullmatch(tail)  # "Ældrerådet, Hedensted Kommune"
                    or (" " not in head and is_organisation.of(tail))  # "Skolebestyrelsen,
                ):  # Søndermarkskolen": the school's board
                    body = head
                    self.facts.organisation = self.facts.organisation or tail
                if not _KIND_ONLY.match(body):  # (not "Ordinært møde nr. 8/2025": which meeting)
                    self.facts.body = body
            self._date_time(value, line, priority=2, kind=None, label_field=False)
        elif kind is FieldKind.TITLE:
            if value and self.facts.title is None:
                self.facts.title, self.facts.title_span = value, span
        elif kind is FieldKind.ORGANISATION:
            described = normalise_label.of(label) in _PROJECT_LABELS and _described(value)
            if value and self.facts.organisation is None and not described:
                self.facts.organisation = value  # (not "Projekt: Selvbetjening til parkering")
        elif kind in (FieldKind.MINUTE_TAKER, FieldKind.CHAIR):
            value = _without_signing_date(value)  # "Referent: Ida Bang, 4. maj 2024"
            if (turn := _IN_TURN.match(value)) is not None:
                value = turn.group(1)  # "Referent: skiftes – i dag Jonas": Jonas
            elif (me := _ME_NAMED.match(value)) is not None:
                value = me.group(1)  # "Referent: mig ([[Bo Lind]])": the note's writer
            else:
                value = without_proposer(value)  # "Dirigent: Bestyrelsen foreslog Niels Ravn"
            role = "referent" if kind is FieldKind.MINUTE_TAKER else normalise_label.of(label)
            if role not in PERSON_ROLES and role.endswith(")"):  # "Ordstyrer (på skift): X"
                role = normalise_label.of(_TRAILING_PAREN.sub("", label))
            if role not in PERSON_ROLES:  # "Mødeleder denne gang: X": the mødeleder
                role = without_occasion(role)
            role = PERSON_ROLES.get(role, role)
            post: str | None = None
            if kind is FieldKind.CHAIR and role not in PERSON_ROLES.values():
                post = role  # "Præsident: Jørn Skovby": his title, and he is the formand
                role = chair_title(role) or role
            by_post = CHAIR_BY_POST.get(normalise_label.of(value).rstrip("."))
            if by_post is not None and kind is FieldKind.CHAIR:
                self.facts.chair_post = self.facts.chair_post or by_post
                return
            stand_in = _STAND_IN.search(value) if "fravær" in value or "sted" in value else None
            if stand_in is not None and stand_in.end() < len(value):
                value = value[stand_in.end() :]  # "A - i dennes fravær B": B led the meeting
            elif "fravær" in value or "forfald" in value or "stedet" in value:
                value = _CHAIR_AWAY_TAIL.sub("", value)  # "B (V) i formandens fravær": B
            before = self.facts.minute_taker
            if self._add_people(value, line, extra_roles=[role], as_list=False, title=post):
                if before is None and normalise_label.of(label) in _AUTHOR_LABELS:
                    self._taker_is_author = self.facts.minute_taker is not None
                return
            written = value.strip(" .").lstrip("/ ")  # "Referent: BS", "Ref. /LV": read by
            # the attendees' initials later
            if written.strip("-–—_") and not INITIALS_NAME.fullmatch(written):
                self.reporter.report(
                    Code.UNPARSED_PERSON, f'no person\'s name found in "{value[:80]}"', span
                )

    def _place_without_when(self, value: str, span: Span) -> str:
        """A place field's value without the time and date written with it ("Sognehuset kl.
        19.00", "kl. 19 i klubhuset", "Sognehuset, 12. marts 2024 kl. 19"): they are the
        meeting's (weaker than a date or time field's), the rest is the place ("" when the
        value was only a time)."""
        tr = find_time_range(value)
        hits = find_dates(value)
        if tr is None and not hits:
            return value
        cuts: list[tuple[int, int]] = []
        if tr is not None and tr.start:
            self.facts.times.append((1, tr, span))
            cuts.append((tr.start_offset, tr.end_offset))
        if hits:
            self.facts.dates.append((1, hits[0], span))
            cuts.append((hits[0].start, hits[0].end))
        pieces: list[str] = []
        pos = 0
        for start, end in sorted(cuts):
            pieces.append(value[pos:start])
            pos = max(pos, end)
        pieces.append(value[pos:])
        kept = [_PLACE_LEAD.sub("", _PLACE_CONNECTIVE.sub("", p)).strip(" ,.;|–—-") for p in pieces]
        # "Sognehuset (kl. 19.00)": the parentheses the time was in go too
        joined = ""
        for piece in (p for p in kept if p):  # "Sognehuset kl. 19 (nyt lokale)": no comma
            joined += (" " if piece[0] == "(" else ", ") + piece if joined else piece
        return _EMPTY_PARENS.sub("", joined).strip(" ,")

    def _list_value(self, value: str, line: Line) -> bool:
        """People written on the label's own line; True when some were added."""
        assert self._ctx is not None
        v = value.strip()
        if " medlemmer " in v[:40] or " bestyrelse," in v[:40]:  # "Til stede var bestyrelsens
            v = _MEMBERS_FIRST.sub("", v, count=1)  # medlemmer Holger Nyborg, ...", "Fondens
            # bestyrelse, formand Peter Brøndum, ...": the body, then its members
        if ";" in v and _LABEL_AFTER_SEMICOLON.search(v):
            # "Forældre: A, B; Medarbejdere: C; Ledelse: D": several groups on one line
            added = False
            for part in (p.strip() for p in v.split(";")):
                if part:
                    added = self._list_value(part, line) or added
            return added
        sentences = split_outside_parens(_SENTENCE_BREAK, v)  # not in "(Hon. Secretary)"
        after = _LABEL_AFTER_COMMA.search(v) if len(sentences) == 1 and ": " in v else None
        if after is not None and field_kind(after.group(1)) in _POST_KINDS:
            sentences = [v[: after.start()], v[after.start() + 1 :]]  # "..., Ref.: Ib Lund"
        if len(sentences) == 1 and "; " in v and _CLAUSE_AFTER_SEMICOLON.search(v):
            sentences = v.split("; ", 1)  # "Birgitte Holm; Thomas Kjær ledede mødet": a clause
        if len(sentences) == 1 and ". " in v and v.islower():  # "18 medlemmer. bestyrelsen:
            sentences = split_outside_parens(_SMALL_SENTENCE_BREAK, v)  # jens (formand), ole"
        if len(sentences) > 1:  # "Til stede: A, B og C. Afbud: D. Thomas Lind havde meldt afbud."
            added = self._list_value(sentences[0], line)
            for sentence in sentences[1:]:
                added = self._more_people(sentence.strip(), line) or added
            return added
        if v.endswith(":") and parse_person(v.rstrip(":")) is None:
            self._ctx.group = v.rstrip(":").strip()
            self._ctx.group_inline = False
            return False
        m = _SHORT_LABEL.match(v)
        if m and _group_label(m.group(1)) and not posts_as_labels(v):
            self._ctx.group = m.group(1).strip()
            self._ctx.group_inline = True
            v = m.group(2)
        added = self._add_people(v, line, extra_roles=self._ctx.roles)
        counted = v[:1].isdigit()  # "Til stede: 34 beboere fra 27 husstande": a count, no names
        if counted and not added and " samt " in v:  # "31 andelshavere ... samt administrator X"
            added = self._add_people(v.split(" samt ", 1)[1], line, extra_roles=self._ctx.roles)
        if (
            not added
            and not counted
            and any(c.isalpha() for c in v)
            and not _PLACEHOLDER.match(v)
            and not _SEE_ELSEWHERE.match(v)  # "se deltagerlisten fra Zoom nederst"
        ):
            self.reporter.report(
                Code.UNPARSED_PERSON, f'no person\'s name found in "{v[:80]}"', line_span(line)
            )
        return added

    def _remark_guests(self, remark: str, line: Line) -> None:
        """A remark's sentence naming who else attended ("Bemærkninger: Fra administrationen
        deltog ældrechef Hanne Wulff under pkt. 3 og sekretær Tina Bro (referent)"): guests."""
        for sentence in _LATER_SENTENCE.split(remark):
            sentence = sentence.strip()
            guests = (
                _FROM_DELTOG.match(sentence)
                if sentence[:4].casefold() == "fra "
                else _ALSO_ATTENDED.match(sentence)
                if " deltog " in sentence
                else None
            )
            if guests is not None and guests.group(2):
                self._field(line, guests.group(1), guests.group(2).rstrip("."), FieldKind.GUESTS)
                continue
            labelled = _SENTENCE_LABEL.match(sentence) if ":" in sentence else None
            kind = field_kind(labelled.group(1)) if labelled is not None else None
            if labelled is not None and kind in (FieldKind.MINUTE_TAKER, FieldKind.CHAIR):
                # "Bemærkninger | ... Referent: økonomichef Karin Frost": the remark's field
                self._field(line, labelled.group(1).strip(), labelled.group(2).strip(), kind)
                continue
            alone = _PERSON_ATTENDED.match(sentence) if " deltog" in sentence else None
            person = parse_person(alone.group(1)) if alone is not None else None
            if person is not None and " " in person.name and starts_with_first_name(person.name):
                # "Kommunaldirektør Anders Vinkel deltog.": one who serves the members
                kind_of = _came_alone_kind(person)
                self._store(person, line, kind=kind_of, present=None, written=sentence)

    def _attended_after_absence(self, text: str, line: Line) -> None:
        """The sentences after an absence that say who came ("Cecilie Vang havde meldt afbud.
        Under punkt 2 deltog vores administrator Lars Brinch fra ... ApS.")."""
        if ". " not in text or " deltog " not in text:
            return
        for sentence in _LATER_SENTENCE.split(text)[1:]:
            if " deltog " in sentence and not absence_sentence(sentence):
                self._more_people(sentence.strip(), line)

    def _more_people(self, sentence: str, line: Line) -> bool:
        """A later sentence of a people list written on one line: another label ("Afbud: D"),
        a group ("Elevrådet: E og F"), an absence ("G havde meldt afbud"), "Desuden deltog H",
        more names, or prose about something else ("Mødet startede kl. 19."), left alone."""
        labelled = _SENTENCE_LABEL.match(sentence)
        if labelled is not None:
            label, value = labelled.group(1).strip(), labelled.group(2).strip()
            kind = field_kind(label)
            if kind in LIST_KINDS and value:
                self._field(line, label, value, kind)
                return True
            if kind in _POST_KINDS and value:  # "... Ref.: Ib Lund": the list goes on after it
                ctx = self._ctx
                self._field(line, label, value, kind)
                self._ctx = ctx
                return True
            if kind is None and value and _group_label(label) and self._ctx is not None:
                self._ctx.group = label
                self._ctx.group_inline = True
                return self._add_people(value, line, extra_roles=self._ctx.roles)
            return False
        bare = sentence.rstrip(" :")
        alone = field_kind(bare) if len(bare) <= 20 else None
        if alone is not None and alone in LIST_KINDS:
            # "... og Lena Svensson. Afbud fra" over "Kirsten Mogensen.": a hard wrap left the
            # label alone at the end of the line; the names follow on the next
            self._field(line, bare, "", alone)
            return True
        unlabelled = NO_COLON_LABELS.match(sentence)  # "Afbud fra Kirsten Mogensen."
        kind = field_kind(unlabelled.group(1)) if unlabelled is not None else None
        if unlabelled is not None and kind in LIST_KINDS:
            self._field(line, unlabelled.group(1), unlabelled.group(2).rstrip("."), kind)
            return True
        if self._presence_field(sentence, line):  # "Bestyrelsen deltog fuldtalligt (A, B)"
            return True
        absent = absence_sentence(sentence)
        if absent:
            for parts in absent:
                self._store(parts, line, kind="absentees", present=None, written=sentence)
            return True
        if self._substitute_forms(sentence, line):
            return True
        stand_ins = substitute_alone(sentence)  # "Fraværende: A (V). Lene Dalgas (V) deltog
        for written, stand_in in stand_ins:  # som stedfortræder.": she came in A's place
            self._store(stand_in, line, kind="attendees", present=None, written=written)
        if stand_ins:
            return True
        guests = _FROM_DELTOG.match(sentence) if sentence[:4].casefold() == "fra " else None
        if guests is not None and guests.group(2):  # "Fra Ringkøbing-Skjern Kommune deltog X."
            kind = field_kind(guests.group(1)) or FieldKind.GUESTS  # ("Fra bestyrelsen deltog
            self._field(line, guests.group(1), guests.group(2).rstrip("."), kind)  # A": members)
            return True
        also = _ALSO_ATTENDED.match(sentence) or _ITEM_GUESTS.match(sentence)
        if also is not None and also.group(2):  # "Under punkt 3 deltog desuden ... Maria Ravn"
            self._field(line, also.group(1), also.group(2).rstrip("."), FieldKind.GUESTS)
            return True
        came_alone = (
            _PERSON_ATTENDED.match(sentence)
            if " deltog" in sentence or " til stede" in sentence
            else None
        )
        if came_alone is not None:  # "Uddeler Jan Kjeldsen deltog som sædvanligt.": apart from
            person = parse_person(came_alone.group(1))  # the members, one who serves them
            if person is not None and " " in person.name and starts_with_first_name(person.name):
                self._store(
                    person, line, kind=_came_alone_kind(person), present=None, written=sentence
                )
                return True
        if self._role_sentence(line.with_text(sentence)):  # "Ib Juul Andersen skrev referat."
            return True
        names = sentence.rstrip(".")
        came = _ATTENDED_ITEMS.search(names) if "deltog" in names or " stede " in names else None
        if came is not None and self._ctx is not None:  # "Revisor X, Y & Co, deltog under pkt. 3"
            person = parse_person(names[: came.start()])
            if person is not None and " " in person.name:
                into = self._ctx.kind
                if into == "absentees":  # "Fraværende: Eva Kjær (V). Lise Gormsen (Ø) deltog
                    into = "attendees"  # fra pkt. 64.": she came for some of the items
                    if self._partly_present(person.name):
                        self._extend_list(line)
                        return True
                    person.roles = [*person.roles, "delvist"]
                self._store(person, line, kind=into, present=None, written=sentence)
                self._extend_list(line)
                return True
        if self._ctx is not None and (
            split_name_list(names) or full_name(names) or _name_and_place(names)
        ):  # "... deltog. Borgmester Mikael Frandsen, Brønderslev Kommune (V)."
            return self._add_people(sentence, line, extra_roles=self._ctx.roles)
        each = _post_for_each(names) if self._ctx is not None and ", " in names else None
        if each is not None and self._ctx is not None:  # "Tove Lind, medarbejderrepræsentant"
            return self._add_people(each, line, extra_roles=self._ctx.roles)
        if self._ctx is not None and _capitalised_titled(names):  # "Driftsleder Tom Kristensen.
            return self._add_people(names, line, extra_roles=self._ctx.roles)  # Rådgiver Line
            # Holt, PlanEnergi, under pkt. 5": the next person, her title opening the sentence
        return False

    def _partly_present(self, name: str) -> bool:
        """Whether an attendee or member of this name is listed already (then she gets the
        role "delvist": present for some of the items)."""
        for people in (self.facts.attendees, self.facts.members):
            for k, person in enumerate(people):
                if person.name == name:
                    if "delvist" not in person.roles:
                        people[k] = new.updated(person, {"roles": [*person.roles, "delvist"]})
                    return True
        return False

    def _table_page_break(self, line: Line) -> bool:
        """A page number inside a people table, or one of the few short lines after it (the
        next page's running header: "Vadehavets Brand & Redning I/S", "Beslutningsprotokol –
        bestyrelsesmøde 12. maj 2025") before the table's rows go on."""
        ctx = self._ctx
        assert ctx is not None
        if line.kind is not LineKind.TEXT:
            return False
        if page_mark(lowered.of(line.raw)):
            ctx.page_break = 0
            return True
        if ctx.page_break is None or ctx.page_break >= _RUNNING_HEADER_REACH:
            return False
        text = line.text
        if len(text) > 80 or text.endswith((".", ":", "!", "?")) or ": " in text:
            return False
        ctx.page_break += 1
        return True

    def _in_list(self, line: Line) -> bool:
        ctx = self._ctx
        assert ctx is not None
        if line.kind is LineKind.TABLE_ROW:
            ctx.page_break = None
            before = self._previous
            if (
                ctx.inline
                and len(line.cells) == 2
                and line.cells[0].strip()
                and before is not None
                and before.kind is LineKind.TABLE_ROW
                and len(before.cells) == 2
            ):  # "| Afbud | Rasmus Dahl |" over "| Oprettet | 09-10-2025 |": the next field
                return False
            if ctx.group_line is not None:  # "Forældrevalgte:" over a table of them
                ctx.group = ctx.group_line.text.rstrip(":").strip()
                ctx.group_inline = False
                self._extend_list(ctx.group_line)
                ctx.group_line = None
            return self._table_row(line)
        if ctx.depth and line.bullet and line.list_depth <= ctx.depth:
            return False  # "- Gæst: Ib Holm" over "- Formanden ledte mødet": the next entry
        text = line.text
        if "," in text[:32] and _LETTER_DATELINE.match(text):
            return False  # "Hedeby, 20. februar 2025": a letter's date line, no one's entry
        if _running_footer(text):  # a PDF's page furniture inside the list (a page break), no
            self.facts.furniture.append(line)  # one's entry
            return True
        if ctx.columns is not None and self._table_page_break(line):
            self.facts.furniture.append(line)  # "Side 1 af 4" and the next page's running
            return True  # header inside a people table that goes on after them
        if line.list_number is not None and line.list_depth > 1 and text[:1].islower():
            text = line.content  # "- 1. viceborgmester Lene Skaarup (A)": the ordinal is hers
        if text[:4] in ("Navn", "Name") and _FLAT_HEADER.match(text):
            # "Navn Udpeget af / funktion" under "Medlemmer:": a table a PDF flattened into
            # lines, its header; each line under it a name, then the other columns
            self._flat_rows = True
            self.facts.free.append((line, False))
            self._extend_list(line)
            return True
        if self._flat_rows and line.kind is LineKind.TEXT:
            text = _flat_row(text)
        klass = _CLASS_LABEL.match(text) if text[:1].isdecimal() else None
        if klass is not None:  # "1.a: Ida Brask, Malthe Lindholm": a class's pupils
            text = _with_class(klass.group(2), klass.group(1))
            if not text:  # "1.c: –": no one yet
                self._extend_list(line)
                return True
        lettered = text[1:3] == ") " and "a" <= text[:1] <= "h"
        if lettered:  # a PDF transcript's guests: "a) Ældrechef Tove Sandholt kl Tema: ..."
            text = _THEME_TAIL.sub("", text[3:]).strip()
        labelled = (
            text.endswith(":")
            or _attendee_group(text)
            or _bold_group_line(line)  # "**Partirepræsentanter**" over its members
            or _plain_group_line(line)  # "Kommunalbestyrelsen" over "- Rune Falck (V)"
            # "Videninstitutioner", "Arbejdsmarkedets parter" after a blank line, in a list
            # already parted into groups ("Erhvervslivet" over its members above)
            or (ctx.group is not None and _next_group_line(line) and self._after_gap(line))
        )
        if (
            labelled
            and len(text) < 60
            # "Udpeget af DH Holmsted:": no first name opens it, so no person
            and (_group_label(text.rstrip(":")) or not starts_with_first_name(text))
        ):
            if (
                ctx.kind == "absentees"
                and ctx.group is None
                and ctx.group_line is None
                and text[:4].casefold() == "fra "
                and self._after_gap(line)
            ):  # "Afbud" over its bullets, a blank, "Fra Erhvervshus Vadehavet" over staff
                self._close_list()
                self._field(line, text.rstrip(":"), "", FieldKind.GUESTS)
                return True
            if ctx.group_line is not None:
                self.facts.headings.append(ctx.group_line)
            ctx.group_line = line  # a group if names follow; else ("Opfølgning:") the list ends
            return True
        if ctx.group_line is not None:
            return self._under_group(line, ctx.group_line)
        emphasised = line.kind is LineKind.HEADING or (line.strong and not line.bullet)
        if emphasised and ":" not in text and not full_name(text):
            return False  # "## Noter", "**Mål**": a heading ends the list
        entry = line.bullet or line.checkbox is not None or line.list_number or lettered
        m = _SHORT_LABEL.match(text)
        if (
            m
            # ("Ribe-egnens Kulturmuseer: direktør Torben Skaaning": a name-like unit, then
            # a titled person: the unit is her group)
            and (_group_label(m.group(1)) or _titled_person(m.group(2)))
            and (field_kind(m.group(1)) is None or _body_group((m.group(1), "")))
        ):
            if ctx.bulleted and not entry and self._after_gap(line):
                return False  # "Administrator: Lise Bang" after "Afbud:" bullets and a blank
            if ctx.kind == "absentees" and ctx.inline and not entry:
                return False  # "Afbud: Ditte Schmidt" over "Kasserer: Bo Lind": one who came
            if _GROUP_CLAUSE.search(m.group(1)) is None:
                ctx.group = m.group(1).strip()
                ctx.group_inline = True
            # ("Bestyrelsen var fuldtallig: Niels Bonde (formand), ...": a sentence's opening
            # before its people, no group's name)
            text = m.group(2)
        if (
            _PLACEHOLDER.match(text)
            or ("=" in text and _MARK_LEGEND.fullmatch(text))  # "(✔ = deltog)" over the boxes
            or (not entry and len(text) <= 100 and _TICK_NOTE.search(text) is not None)
            or (not entry and self._substitute_forms(text, line))
        ):
            self._extend_list(line)  # "For Per Holm mødte Tina Bak (A)." under "Afbud:"
            return True
        absent = absence_sentence(text) if ctx.kind in ("attendees", "members", "guests") else None
        if absent:  # "Birgit Kjær havde meldt fra pga. sygdom." under "Til stede var: ..."
            for parts in absent:
                self._store(parts, line, kind="absentees", present=None, written=text)
            self._extend_list(line)
            self._attended_after_absence(text, line)
            return True
        if not entry and text.endswith(".") and self._prose_after_list(line, text):
            return False
        if (
            not entry
            and (" deltog " in text or " forbi " in text)
            and (_ATTENDED_ITEMS.search(text) or _PERSON_ATTENDED.match(text))
        ):  # "Ejendomsmester Palle Grønbæk deltog under pkt. 1-3" under "Afbud: ...": a
            return False  # sentence of its own (read as a free line), no entry of the list
        if not entry and " deltagelse af " in text and _ITEM_WITH_GUESTS.match(text):
            return False  # "Punkt 4 med deltagelse af revisor Anja Rask, PwC.": the same
        first, later = _entry_sentences(text)
        if later:  # "- Trine Bach (A) – lovligt forfald. Stedfortræder: Gitte Overgaard (A)"
            added = self._add_with_sentences(first, later, line)
            if added:
                ctx.bulleted = bool(entry)
                self._extend_list(line)
            return added
        columns = None
        if "  " in line.raw and name_columns(line):  # "Søren Kjær      Ali Demir": two people
            text = ", ".join(layout_columns(line.raw))
        elif "   " in line.raw and (people := person_columns(line)):
            text = "; ".join(people)  # "Bente Vestergaard (A), formand      Jørgen Pihl (V)"
        elif "  " in line.raw or "\t" in line.raw:  # "\tGitte Andreasen\tNæstformand" too
            columns = _column_entry(line)
        if columns is not None:  # "Jørgen Nørby          V     Borgmester"
            text = columns
        as_list = ctx.roles is None and columns is None and not _name_and_place(text)
        if as_list and line.bullet and _person_and_unit(text):
            as_list = False  # "- Vicedirektør Anette Holm, Sundhedsstrategisk Planlægning"
        added = self._add_people(
            text, line, checkbox=line.checkbox, extra_roles=ctx.roles, as_list=as_list
        )
        ctx.bulleted = bool(entry) and added
        if not added and entry and _ONE_INITIALS.match(text):  # "- KLP" in a list of initials
            initials = text.strip(" .")
            known = PersonParts(name=initials, initials=initials, roles=list(ctx.roles or []))
            self._store(known, line, kind=ctx.kind, present=line.checkbox, written=text.strip())
            added = True
        if not added and entry:
            # A list entry without a readable name ("- NN (vakant)") does not end the list.
            self.reporter.report(
                Code.UNPARSED_PERSON, f'no person\'s name found in "{text[:80]}"', line_span(line)
            )
            added = True
        if added:
            self._extend_list(line)
        return added

    def _add_with_sentences(self, first: str, later: list[str], line: Line) -> bool:
        """An entry line's people, then its later sentences ("Stedfortræder: ...", "Torben
        Friis havde meldt afbud ..."), which open no list of their own."""
        ctx = self._ctx
        assert ctx is not None
        added = self._add_people(first, line, extra_roles=ctx.roles)
        for sentence in later:
            added = self._more_people(sentence.strip(), line) or added
            self._ctx = ctx
        return added

    def _after_gap(self, line: Line) -> bool:
        """Whether a blank line parts ``line`` from the open list's last line."""
        assert self._ctx is not None
        return line.number > self.facts.fields[self._ctx.header_field].span.end_line + 1

    def _under_group(self, line: Line, group_line: Line) -> bool:
        """The first line under a group label inside a people list: a person confirms the
        group; anything else ("- [ ] Bente bestiller telt" under "Opfølgning fra sidste
        møde:") ends the list, the label included."""
        ctx = self._ctx
        assert ctx is not None
        ctx.group_line = None
        earlier, ctx.group = ctx.group, group_line.text.rstrip(":").strip()
        ctx.group_inline = False
        text = line.text
        m = _SHORT_LABEL.match(text)
        if m and _group_label(m.group(1)) and field_kind(m.group(1)) is None:
            ctx.group = m.group(1).strip()
            ctx.group_inline = True
            text = m.group(2)
        first, later = _entry_sentences(text)
        if (
            self._add_with_sentences(first, later, line)
            if later
            else self._add_people(
                text,
                line,
                checkbox=line.checkbox,
                extra_roles=ctx.roles,
                # (one a line, bulleted or not, under a list's label alone: "Kurt Lassen
                # (formand), Autobranchen Danmark" under "Arbejdsgiversiden:" is one person)
                as_list=ctx.roles is None
                and not ((line.bullet or not ctx.inline) and _person_and_unit(text)),
            )
        ):
            self._extend_list(group_line)
            self._extend_list(line)
            return True
        ctx.group = earlier
        ctx.group_line = group_line  # freed with the list by ``_close_list``
        return False

    def _table_row(self, line: Line) -> bool:
        ctx = self._ctx
        assert ctx is not None
        # a dash alone fills a cell with nothing ("| Jytte Bang (sekretær) | – | Ja |"); a
        # mention's "@" is no part of a name ("| @Henrik Dalsgaard | Egeskov Kommune |")
        cells = [  # ("| referent ✍️ |": the picture after a role is no part of it)
            "" if c.strip() in _EMPTY_CELLS else without_pictures_after(c.strip().removeprefix("@"))
            for c in line.cells
        ]
        if ctx.sides is not None:
            return self._side_row(line, cells, ctx.sides)
        lowered = [_column_key(c) for c in cells]
        if ctx.columns is not None and any(c in ("navn", "name") for c in lowered):
            ctx.columns = None  # a second table's header ("| Navn | Organisation | ... |")
        if ctx.columns is None:
            cols: dict[str, int] = {}
            named = any(c in ("navn", "name") for c in lowered)
            for i, c in enumerate(lowered):
                if (
                    c in ("navn", "name")
                    or ((c in MEMBER_COLUMNS or _member_column(c)) and not named)
                    # "| Forening | Repræsentant | Til stede |": the person for the club
                    or (c in _REPRESENTATIVE_COLUMNS and not named)
                ):
                    cols["name"] = i
                elif c == "deltager":  # "| Navn | Organisation | Deltager |": ja / nej
                    cols["present"] = i
                elif (
                    c.startswith(
                        (
                            "organisation",
                            "virksomhed",
                            "forvaltning",
                            "afdeling",
                            "kommune",
                            "repræsent",
                            "forening",
                            "institution",
                            "myndighed",
                            "interessent",  # "| Navn | Interessent |" (an I/S's owner municipality)
                            "enhed",  # "| Navn | Titel | Enhed |": her unit of the administration
                            "udpeget",  # "| Navn | Udpeget af |": the council that appointed her
                            "firma",  # "| Firma / rolle | Navn |": a building meeting's parties
                            "aktionær",  # "| Aktionær | Repræsenteret ved |": a shareholder
                            "kapitalejer",  # "| Kapitalejer | Repræsenteret ved |" (an ApS)
                            "ejerkommune",  # "| Ejerkommune | Bestyrelsesmedlem |" (an I/S)
                        )
                    )
                    or c == "klub"
                ):  # "| Navn | Post | Klub |": a federation's board (no "Klubnavn")
                    if not (c.startswith("udpeget") and "org" in cols):  # (beside her own
                        cols["org"] = i  # "Organisation", who appointed her is no employer)
                elif c.startswith("bemærkning") or c == "status":
                    cols["remark"] = i  # "Formand", "Uden stemmeret"
                elif c.startswith(("init", "initialer")):
                    cols["init"] = i
                elif c in PRESENCE_COLUMNS or any(  # "| Mødt / afbud |"
                    p.strip() in PRESENCE_COLUMNS for p in c.split("/")
                ):
                    cols["present"] = i
                elif c in ABSENCE_COLUMNS:
                    cols["absent"] = i  # "| Navn | Repræsenterer | Afbud |": "X" is away
                elif c in (
                    "titel",
                    "stilling",
                    "funktion",
                    "rolle",
                    "role",
                    "title",
                    "post",
                    "hverv",
                ):
                    if "title" not in cols:
                        cols["title"] = i
                    elif (
                        c in ("titel", "title", "stilling")
                        and lowered[cols["title"]] in ("rolle", "role")
                        and "remark" not in cols
                    ):  # "| Name | Role | Title |" (Teams): the call's role, then her post
                        cols["remark"], cols["title"] = cols["title"], i
                    elif "remark" not in cols:  # "| Titel | Rolle i projektet |": her role
                        cols["remark"] = i
                elif c in ("parti",):
                    cols["party"] = i
                elif c in ("country", "land", "nationalitet"):
                    cols["country"] = i  # "| Name | Organisation | Country |": no part of the firm
                elif c in _SUBSTITUTE_COLUMNS and "name" in cols:
                    cols["substitute"] = i  # "| Medlem | Suppleant | Fremmøde |"
                elif c.startswith(("parti/", "parti /", "parti og", "parti eller")):
                    cols["party_or_org"] = i  # "| Parti / forening |": "V" or "Aftenskolerådet"
            if "name" in cols:
                if named:
                    cols["headed"] = cols["name"]  # a "Navn" column's header row was read
                if any(c in MEETING_REPORT_KEYS for c in lowered):
                    cols["report"] = 1  # "| Navn | Første deltagelse | ...": a Teams report's
                    for i, c in enumerate(lowered):
                        if c in ("guest", "gæst"):  # Zoom's "| Guest |": "Yes" / "No"
                            cols["guest_flag"] = i
                if "" in lowered[1:] and "title" not in cols:
                    cols["details"] = lowered.index("", 1)  # "| Medlem | Parti | |": its posts
                elif "" in lowered[1:]:  # "| Navn | Titel | Rolle | |": "Til stede", "Afbud"
                    cols["status"] = lowered.index("", 1)
                ctx.columns = cols
                self._extend_list(line)
                return True
            if any(c in AGENDA_ITEM_COLUMNS for c in lowered):
                return False  # "| Pkt. | Emne | Beslutning |": an agenda table ends the list
            ctx.columns = {"name": 0, "details": 1}  # no header: details after the name
            if _people_grid(cells):  # "| Frank Jessen (V), borgmester | Rikke Nørgaard (A) |"
                ctx.columns = {"grid": 0}
        cols = ctx.columns
        if "grid" in cols:  # a person in each cell, row by row
            if not any(cells) or not _people_grid([c for c in cells if c] + ["", ""]):
                return False
            for cell in cells:
                entry, away = _without_away_mark(cell)  # "Ib Lund, TR – afbud"
                if entry and (one := parse_person(entry)) is not None:
                    kind = "absentees" if away else ctx.kind
                    self._store(one, line, kind=kind, present=False if away else None, written=cell)
            self._extend_list(line)
            return True
        name_i = cols.get("name", 0)
        if name_i >= len(cells):
            return False
        if _group_row(line, cells, name_i):  # "| **Ledelsesrepræsentanter** | | |"
            ctx.group = cells[name_i].rstrip(":").strip()
            self._extend_list(line)
            return True
        cell = cells[name_i]  # ("| Emma Ravn og Yusuf Öztürk | Elevrådsrepræsentanter |")
        pair = split_name_list(cell) if ", " in cell or " og " in cell else None
        if pair is not None and len(pair) >= 2 and all(" " in n for n in pair):
            org_i = cols.get("org", len(cells))
            org = cells[org_i] if org_i < len(cells) and not _side(cells[org_i]) else ""
            for name in pair:  # "| 7.a | Alma Juhl, Victor Sejr |": two for the class
                one = parse_person(name) if "(" in name else None
                one = one if one is not None else PersonParts(name=name)
                if org and one.organisation is None:  # "| Randers Kommune | Julie Krag
                    one.organisation = org  # (GIS-koordinator), Emil Bang |": both from there
                self._store(one, line, kind=ctx.kind, present=None, written=name)
            self._extend_list(line)
            return True
        if (
            len(cells) == 2
            and cells[1 - name_i]
            and cells[name_i][-1:].isalpha()
            and field_kind(cells[name_i]) in _ROW_FIELD_KINDS
        ):
            return False  # "| Fraværende | Ellen Brask |" after the members: the next field
        parts = parse_person(cells[name_i])
        if "report" in cols and cells[name_i].endswith(")") and (parts is None or not parts.roles):
            parts = _report_name(cells[name_i]) or parts  # (not "Ida Holst (Gæst)": her role)
        if "report" in cols and parts is not None:
            if parts.name in self._report_names:  # the call's report lists a rejoin again
                self._extend_list(line)
                return True
            self._report_names.add(parts.name)
        org_i = cols.get("org", -1)
        if parts is None and "fuldmagt" in cells[name_i]:  # "| Anders Lindqvist | fuldmagt til
            self._extend_list(line)  # dirigenten |": the owner voted by proxy, did not come
            return True
        if (
            parts is None
            and cells[name_i][:1].islower()
            and 0 <= org_i < len(cells)
            and (holder := parse_person(cells[org_i])) is not None
            and is_name(holder.name, allow_single=False)
        ):  # "| Anne Thybo Kragh | personligt fremmødt |" under "| Aktionær | Repræsenteret
            parts, cells[org_i] = holder, ""  # ved |": the shareholder came herself
        if parts is None:
            if not cells[name_i] or _EMPTY_CELL.match(cells[name_i]):  # "| 8.b | – |": no
                self._extend_list(line)  # one for the row, the table goes on
                return True
            if (
                " " not in cells[name_i]
                and cells[name_i][:1].isupper()
                and not any(c for k, c in enumerate(cells) if k != name_i)
            ):  # "| Skole | |": a word a PDF's narrow column wrapped out of the row above
                self._extend_list(line)
                return True
            if ("headed" in cols and any("@" in c for c in cells)) or "report" in cols:
                # "| Mødelokale 3.12 | 12:58:10 | ... | lok312@... |": an attendance report's
                # room account under its "Navn" header, or a phone that dialled in ("| +45 **
                # ** 12 34 | ..."): no one, the table goes on
                self._extend_list(line)
                return True
            return False
        absent_cell = False
        status: bool | None = None  # "| Peder Kloster | Harbo Kommune | afbud |": unlabelled
        unlabelled = cols.get("details", cols.get("status", len(cells)))
        if unlabelled < len(cells) and cells[unlabelled]:
            status = _status_cell(cells[unlabelled])
            if status is not None:
                cells[unlabelled] = ""
                absent_cell = not status
        if "details" in cols and parts.organisation is None and parts.party is None:
            # ("| Lone Sejersen (formand) | DH Odsherred, Dansk Blindesamfund |": her post in
            # the name's cell, where she comes from in the next)
            assigned = {i for key, i in cols.items() if key not in ("details", "name")}
            rest = [  # "| Kirsten Aagaard | Formand |" (not a column read on its own: "Country")
                c
                for i, c in enumerate(cells[name_i + 1 :], start=name_i + 1)
                if c and i not in assigned
            ]
            joined = parse_person(_joined_cells([cells[name_i], *rest])) if rest else None
            if joined is not None and joined.name == parts.name:
                parts = joined
        guest_row = any(
            key in cols and cols[key] < len(cells) and _guest_cell(casefolded.of(cells[cols[key]]))
            for key in ("title", "remark")
        )  # "| Oscar Lundgren | Netcompany | Gæst (pkt. 5) |": no title, a guest
        titled = "title" in cols and cols["title"] < len(cells) and cells[cols["title"]]
        if titled and _absence_word(cells[cols["title"]]):
            titled, absent_cell = False, True  # "| Hans Winther | Afd. 1 | Afbud |": away
        if titled and not guest_row:
            # "Næstformand, kirkeværge", "Bygningskyndig": the cell is the title, whatever
            # the words; roles and chair titles in it are roles as well
            written = cells[cols["title"]]
            if "(" in written or " – " in written or " - " in written:
                written, away = _without_away_mark(written)  # "| Medlem (fraværende) |"
                absent_cell = absent_cell or away
            for inner in PAREN_RE.findall(written):  # "Ledende overlæge (formand)": her role
                # "Kirkegårdsleder (gæst, pkt. 4)": each piece a role or the items she came for
                bracketed = _roles_with_items(inner.strip("() "))
                if bracketed:
                    new_roles = [r for r in bracketed if r not in parts.roles]
                    parts.roles = [*parts.roles, *new_roles]
                    written = " ".join(written.replace(inner, " ").split())
                elif (remark := inner.strip("() "))[:1].islower() and " " in remark:
                    # "Dirigent (valgt på mødet)", "Referent (fra kl. 20)": a remark, no title
                    parts.notes = [*parts.notes, remark]
                    written = " ".join(written.replace(inner, " ").split())
            pieces = [  # "Formand, kirkeværge", "Projektleder / facilitator"
                p.strip()
                for p in _TITLE_CELL_SPLIT.split(written)
                if p.strip() and normalise_label.of(p) not in MEETING_APP_ROLES
            ]
            pieces = [w for p in pieces for w in _posts_and_roles(p)]
            if pieces and (" - " in written or " – " in written):  # "Medlem - afbud": absent
                last = _DASH_NOTE.split(pieces[-1])
                if len(last) == 2 and _absence_word(last[1]):
                    pieces[-1], absent_cell = last[0], True
            if (
                pieces
                and parts.organisation is None
                and (klass := _CLASS_AFTER_TITLE.search(pieces[-1]))
            ):  # "Elevrepr. 9.a": the pupil's class, her organisation
                pieces[-1], parts.organisation = pieces[-1][: klass.start()], klass.group(1)
            if len(pieces) == 1 and parts.organisation is None and " " in pieces[0]:
                post, where = pieces[0].split(" ", 1)
                if known_title(post) and where[:1].isupper() and is_organisation.of(where):
                    pieces, parts.organisation = [post], where  # "kirkeværge Vorgod Kirke"
            org_i = cols.get("org", len(cells))
            own_org = (  # her organisation's column (not a side of the body: "Ledelsen")
                org_i < len(cells) and bool(cells[org_i]) and not _side(cells[org_i])
            )
            if len(pieces) > 1 and parts.organisation is None and not own_org:
                lead = " " not in pieces[0] and known_title(pieces[0])  # (not "Direktør for")
                places = [
                    p
                    for p in pieces[1:]
                    if (p[:1].isupper() or p[:1].isdecimal())  # "TR, 3F"
                    and not known_title(p)
                    # "Arbejdsmiljørepræsentant, Sprøjtestøb": after a title, a department
                    and (is_organisation.of(p) or (lead and not is_name(p, allow_single=False)))
                ]
                if places:  # "Pædagogisk leder, Børnehuset Kløveren": where she works
                    parts.organisation = places[0]
                    pieces = [p for p in pieces if p != places[0]]
            found = [  # (a bracket after the role: "Chair (VIP)", "Secretary (minutes)")
                PERSON_ROLES.get(normalise_label.of(p))
                or chair_title(p)
                or (PERSON_ROLES.get(normalise_label.of(_TRAILING_PAREN.sub("", p))))
                for p in pieces
            ]
            roles = [r for r in found if r is not None]
            titles = [p for p in pieces if not PERSON_ROLES.get(normalise_label.of(p))]
            if not (parts.title and titles and all(chair_title(t) for t in titles)):
                # (but "| Borgmester Jens Thorup | Næstformand |": the name cell's title, and
                # the chair's post a role)
                parts.title = ", ".join(titles) or parts.title
            if titles and parts.organisation is None and parts.title is not None:
                # "Direktør for Social, Sundhed og Ældre": her title and the area she heads
                title, area = split_title_for(parts.title)
                if (
                    area is not None
                    and "," not in title
                    and not own_org
                    and not is_name(area, allow_single=False)  # "Suppleant for Per Damgaard"
                ):
                    parts.title, parts.organisation = title, area
            parts.roles = [*parts.roles, *(r for r in roles if r not in parts.roles)]
        org_at = cols.get("org", len(cells))
        if org_at < name_i and org_at < len(cells) and org_at < len(line.cells):
            if line.cells[org_at].strip():  # "| Egeskov Kommune | Lise Overgaard (A) |" over "|
                self._row_group = cells[org_at]  # | Thomas Vrå (V) |": the cell left empty is
            elif self._row_group:  # the one above (not a cell the row's reader emptied: a
                cells[org_at] = self._row_group  # shareholder who came herself)
        side: str | None = None
        if "org" in cols and cols["org"] < len(cells) and _side(cells[cols["org"]]):
            side = cells[cols["org"]]  # "| Ledelsen |", "| Medarbejderne |": a side of the body
        elif (
            "org" in cols
            and cols["org"] < len(cells)
            and cells[cols["org"]]
            and parts.organisation is None
        ):
            org = cells[cols["org"]]
            chair_post: str | None = None
            for inner in PAREN_RE.findall(org):  # "Borgerservice (referent)": her role
                key = normalise_label.of(inner.strip("() "))
                post = key.split(" for ", 1)[0]  # "(formand for lokalrådet)": the chair
                chair = post if post in ("formand", "næstformand") else None
                role = PERSON_ROLES.get(key) or chair or next(iter(_roles_with_items(key)), None)
                if role:
                    parts.roles = [*parts.roles, role]
                    # "Kulturforening (formand)": his post as well, when the cell names no other
                    chair_post = chair or chair_post
                    org = org.replace(inner, " ")
                elif inner.strip("() ") in PARTY_CODES and parts.party is None:
                    parts.party = inner.strip("() ")  # "Byrådet (A)"
                    org = org.replace(inner, " ")
                elif inner.strip("() ")[:1].islower():  # "Middelfart Kommune (kom kl. 10)"
                    parts.notes = [*parts.notes, inner.strip("() ")]
                    org = org.replace(inner, " ")
                elif _ABBREVIATION_CELL.fullmatch(inner.strip("() ")):  # "Østjysk ... (ØHI)"
                    org = org.replace(inner, " ")
            org = _COUNTRY_AFTER.sub("", " ".join(org.split())).strip()  # "..., DK": a country
            dash = _ROLE_AFTER_DASH.search(org)
            posted = dash is not None and _person_post(org[dash.start() :].strip(" –—-"))
            if dash is not None and not posted:
                org = org[: dash.start()]  # "Haderslev Kommune – bygherre": the firm's role
            if org and parts.title is None and known_title(org):
                parts.title, org = org, ""  # "| Lone Broberg | Medarbejderrepræsentant |"
            elif "," in org or posted:  # "| FTR, FOA |", "| FOA, stedfortræder for Hanne
                # Rosenkrantz |", "| Lindely Borgerforening – formand |": her post, a role
                org = _organisation_cell(org, parts)
            parts.organisation = org or None
            parts.title = parts.title or chair_post
        if "remark" in cols and cols["remark"] < len(cells) and cells[cols["remark"]]:
            remark = cells[cols["remark"]]
            if "stedfortræder" in remark or "suppleant" in remark:
                # "| Claus Hviid | V | Afbud – stedfortræder Inger Toft (V) |": she came
                remark = self._substitutes(remark, line)
            absent_cell = (  # "| Helle Gjerløv | ... | Afbud |", "| Afbud – deltog via Teams |"
                absent_cell or _absence_word(remark) or _absence_word(_DASH_NOTE.split(remark)[0])
            )
            pieces = [p.strip() for p in remark.split(",")]
            keys = [normalise_label.of(p) for p in pieces]
            if all(
                known_title(p) or k in PERSON_ROLES for p, k in zip(pieces, keys, strict=True)
            ):  # "| Formand |", "| formand, mødeleder |", "| Note taker |" in a remarks column
                titles = [p for p, k in zip(pieces, keys, strict=True) if k not in PERSON_ROLES]
                parts.title = parts.title or (titles[0] if titles else None)
                found = [PERSON_ROLES.get(k) or chair_title(k) for k in keys]
                parts.roles = [*parts.roles, *(r for r in found if r and r not in parts.roles)]
        if "init" in cols and cols["init"] < len(cells) and cells[cols["init"]]:
            parts.initials = cells[cols["init"]]
        if "party" in cols and cols["party"] < len(cells) and cells[cols["party"]]:
            party = cells[cols["party"]]
            letter = _BRACKETED_PARTY.fullmatch(party)  # "| (A) |": the letter
            parts.party = letter.group(1) if letter is not None else party
            held = _PARTY_THEN_POST.match(parts.party)  # "| (V) formand |": her party, her post
            if held is not None and known_title(held.group(2)):
                parts.party = held.group(1)
                parts.title = parts.title or held.group(2)
                role = chair_title(held.group(2))
                if role and role not in parts.roles:
                    parts.roles = [*parts.roles, role]
        either = cols.get("party_or_org", len(cells))
        if either < len(cells) and cells[either]:
            if cells[either] in PARTY_CODES:
                parts.party = cells[either]
            elif parts.organisation is None:
                parts.organisation = cells[either]
        present: bool | None = False if absent_cell else status
        kind = ctx.kind
        if "present" in cols and cols["present"] < len(cells):
            cell = cells[cols["present"]].strip()
            if "stedfortræder" in cell or "suppleant" in cell:
                # "| Birthe Skov | V | Forfald - stedfortræder Kasper Mølgaard (V) |": he came
                cell = self._substitutes(cell, line).rstrip(" –—-:,")
            said = [p.strip("() ") for p in PAREN_RE.findall(cell)] if cell.endswith(")") else []
            if not said and (dashed := _DASH_NOTE.split(cell)) and len(dashed) == 2:
                said, cell = [dashed[1]], dashed[0]  # "| Til stede – referent |"
            for inner in said:  # "| Ja (referent) |": her role too
                role = PERSON_ROLES.get(normalise_label.of(inner))
                if role is not None and role not in parts.roles:
                    parts.roles = [*parts.roles, role]
            present = _present_cell(cell) and not (cell in "xX" and line.number in self._x_absent)
            if _guest_cell(casefolded.of(cell)) and kind in ("attendees", "members"):
                kind = "guests"  # "| Kasper Holm | ... | Gæst (pkt. 3) |"
        flag = cols.get("guest_flag", len(cells))
        if flag < len(cells) and casefolded.of(cells[flag]) in ("yes", "ja"):
            guest_row = True  # Zoom's "| Guest | Yes |": not of the account's organisation
        if guest_row and kind in ("attendees", "members"):
            kind = "guests"
        elif "absent" in cols:  # an empty cell: she came
            present = not absent_cell and (
                cols["absent"] >= len(cells) or not cells[cols["absent"]].strip()
            )
        if present is False and kind in ("attendees", "members"):
            kind = "absentees"  # ("Medlemmer" over "| Anders Kolding | LEV | Afbud |")
        earlier, ctx.group = ctx.group, side or ctx.group
        self._store(parts, line, kind=kind, present=present, written=line.text)
        sub_i = cols.get("substitute", len(cells))
        if sub_i < len(cells) and cells[sub_i] and _SUBSTITUTE_CAME.search(line.text):
            # "| Bjarne Kold (A) | Kirsten Dahl (A) | Afbud – suppleanten mødte |": she came
            sub = parse_person(cells[sub_i])
            if sub is not None:
                sub.roles = [*sub.roles, "suppleant"]
                org_cell = cells[cols["org"]] if cols.get("org", len(cells)) < len(cells) else ""
                sub.organisation = sub.organisation or parts.organisation or org_cell or None
                self._store(sub, line, kind="attendees", present=True, written=cells[sub_i])
        ctx.group = earlier
        self._extend_list(line)
        return True

    def _add_people(
        self,
        text: str,
        line: Line,
        *,
        extra_roles: list[str] | None = None,
        checkbox: bool | None = None,
        as_list: bool = True,
        title: str | None = None,
    ) -> bool:
        """Stores the people ``text`` names; True when some were added. An all-lower-case
        list ("jens (formand), mette, ole") is read with its names capitalised
        (``capitalised_names``), each one's ``written`` as the source has it; so is, first, a
        list that mixes small-letter names with capitalised ones."""
        if text[:5].casefold() == "ingen":  # "Fra Fredericia Kommune: Ingen – afbud fra Morten
            away = _NONE_BUT_AWAY.match(text)  # Skov": the group's one member, away
            if away is not None:
                text = ", ".join(f"{n} (afbud)" for n in list_entries(away.group(1)))
        names = capitalised_names(text) if self._recased is None else None
        if names is None and self._recased is None and _SMALL_INITIALS.fullmatch(text.strip()):
            names = text.upper()  # "lk, bh, mj, sø", "tp (syg)": initials in small letters
        mixed = names is not None and not text.islower()  # "Anne, Bo (fmd), mette, Rasmus"
        if not mixed and self._add_written_people(
            text, line, extra_roles=extra_roles, checkbox=checkbox, as_list=as_list, title=title
        ):
            return True
        if names is None:
            return False
        self._recased = (names, text)
        try:
            if self._add_written_people(
                names,
                line,
                extra_roles=extra_roles,
                checkbox=checkbox,
                as_list=as_list,
                title=title,
            ):
                return True
        finally:
            self._recased = None
        return mixed and self._add_written_people(
            text, line, extra_roles=extra_roles, checkbox=checkbox, as_list=as_list, title=title
        )

    def _add_written_people(
        self,
        text: str,
        line: Line,
        *,
        extra_roles: list[str] | None = None,
        checkbox: bool | None = None,
        as_list: bool = True,
        title: str | None = None,
    ) -> bool:
        kind = self._ctx.kind if self._ctx is not None else "facilitators"
        text = _ABSENCE_PREFIX.sub("", text.strip())
        if as_list and text[:6].casefold().startswith(("under ", "til ", "ved ")):
            came = _ITEM_GUESTS.match(text)  # "Under punkt 3 og 4 deltog desuden Kåre Mølgaard"
            if came is not None and came.group(2):  # under the staff's list: a guest's line
                self._field(line, came.group(1), came.group(2), FieldKind.GUESTS)
                return True
        if has_digit(text) and has_postcode(text) and any(is_street(p) for p in text.split(", ")):
            first = text.split(", ", 1)[0]  # "Formand: Erling Dam, Haldumvej 17, 8382 Hinnerup":
            if not (is_name(first, allow_single=False) and starts_with_first_name(first)):
                return False  # "Sekretariat: Region Nordjylland, Niels Bohrs Vej 30, ..."
            text = first  # the person, without his address
        if "/" in text or "ApS" in text:
            tail = _COMPANY_TAIL.fullmatch(text)
            if tail is not None:  # "... fra Boligadministrationen" / "Vest A/S.": her company's
                return self._company_goes_on(tail.group(1), line, kind)

        if "@" in text:  # "Anna Holm <anna.holm@aarhus.dk>; Bo Lind <bo@magenta.dk>"
            text = _EMAIL.sub("", text).strip()
            if "," not in text and ";" not in text and len(_MENTION.findall(text)) > 1:
                text = _MENTION_AFTER_SPACE.sub(", ", text)  # "@Anne Holm @Bo Lind": two
            text = _MENTION.sub("", text)  # "@Anne Vestergaard" (Notion, Confluence, Teams)
            text = HANDLE_NAMED.sub(named_by_handle, text)  # "@tlund (Tom Lund, Skanderborg
            # Kommune)": "Tom Lund (Skanderborg Kommune)"
        text = _ITEM_NOTE.sub("", text)  # "... og Bo Holm under punkt 3-4."
        text = _ABSENCE_REASON.sub("", text)  # "Karin Holm pga. sygdom og Bo Lind"
        if "referat" in text or "protokol" in text:  # "..., som også skrev referat": the referent
            text = _WROTE_MINUTES.sub(r" (referent)", text)
        if "møde" in text or "generalforsamling" in text:  # "Hanne Bo, mødet sluttede kl. 21"
            closed = _CLOSED_AFTER_NAME.search(text)
            text = text[: closed.start()] if closed is not None else text
            part = _PART_OF_MEETING.search(text)  # "... under den første del af mødet."
            text = text[: part.start()] if part is not None else text
        if text[:1].isdecimal() and ("nær" in text or "undtagen" in text or "bortset" in text):
            but = _COUNT_ALL_BUT.match(text)  # "44 medlemmer, heraf hele bestyrelsen på nær
            if but is not None:  # Rasmus Kvist (afbud)": a count and the board, one away
                for written in list_entries(but.group(1).strip()):
                    entry, _ = _without_away_mark(written)
                    if (parts := parse_person(entry)) is not None:
                        self._store(parts, line, kind="absentees", present=None, written=written)
                return True
        if text[:1].isdecimal() or text[:2].casefold() in ("ca", "ci", "i "):
            head = _COUNT_HEAD.match(text)  # "ca. 45 borgere, heraf bestyrelsen: A, B og C"
            text = text[head.end() :] if head is not None else text
        if " samt " in text or " og " in text or " plus " in text:
            count = _COUNT_TAIL.search(text)  # "..., Rasmus Ek samt 6 medlemmer (heraf 1 ...)"
            text = text[: count.start()] if count is not None else text
        if as_list and " " in text and _capitals_run(text, 5 if "," in text else 4):
            text = split_name_run(text) or text  # a PDF viewer's flattened table of names
        shared: str | None = None
        every = _ALL_FROM.search(text) if "(" in text else None
        if every is None and ("alle" in text or "begge" in text):
            every = _ALL_FROM_TAIL.search(text)  # "..., begge Job og Integration"
        if every is not None:  # "A, B og C (alle fra Aarhus Universitet)": each one's
            text, shared = text[: every.start()].rstrip(), every.group(1).strip()
        body = _BODY_FIRST.match(text) if as_list else None
        if body is not None:  # "Bestyrelsen, administrator Lise Bang (DATEA)": the body aside
            text = text[body.end() :]
        elif as_list and "(" in text and (named := _BODY_NAMED.match(text)) is not None:
            # "hele bestyrelsen (A, B og C) samt 8 medlemmer": A, B, C; "afdelingsbestyrelsen
            # (Tove, Ib, Karin) samt ejendomsmester Frank Mølgaard": and him
            text = named.group(1) + (f", {named.group(2)}" if named.group(2) else "")
        both = _BOTH_NOTE.search(text) if "alle" in text or "begge" in text else None
        if both is not None:  # "Eva Sand og Frank Loft – begge pga. sygdom": a note on all
            text = text[: both.start()].rstrip()
        if kind == "absentees" and (
            "stedfortræder" in text
            or "suppleant" in text
            or "i stedet " in text
            or "represented by" in text
            or "repræsenteret ved" in text
        ):  # (" – i stedet mødte Gitte Ravn (A)", " – represented by Ingrid Solberg")
            text = self._substitutes(text, line)
        if ";" in text:
            text = _first_name_first(text)
        if not text or _PLACEHOLDER.match(text):
            return False
        if as_list and (
            _INITIALS_LIST.match(text) or (kind == "absentees" and _ONE_INITIALS.match(text))
        ):  # "Deltagere: AB, NDa, BØ og PH", "Afbud: BS"
            for initials in _LIST_SEPARATORS.split(text.strip(" .")):
                known = PersonParts(name=initials, initials=initials, roles=list(extra_roles or []))
                self._store(known, line, kind=kind, present=None, written=initials)
            return True
        # "Deltagere: AB (Aarhus Kommune), NDa (Magenta), BØ": initials as names
        by_initials = _initials_entries(text) if as_list and _INITIALS_START.match(text) else None
        if by_initials is None and as_list and _INITIALS_INSIDE.search(text):
            by_initials = _names_and_initials(text)  # "Mette, Jonas, KB og Lis (ref.)"
        if by_initials is not None:
            entries = by_initials
        else:
            entries = _marked_entries(text) or list_entries(text) if as_list else [text]
        came_for: str | None = None
        if shared is None and as_list and len(entries) >= 2 and ", " in text:
            # "Nadia El-Sayed og Michael Thorup, Nordlys Rådgivning": the firm of both
            people_part, _, firm = text.rpartition(", ")
            remark = _BRACKETED_ITEM_REMARK.search(firm) if firm.endswith(")") else None
            if remark is not None:  # "..., Sydvest Forsyning A/S (under Ad 5.)": both of them
                firm = firm[: remark.start()]
            if (
                " og " in people_part
                and "," not in people_part
                and "(" not in people_part
                and is_organisation.of(firm)
                and not is_name(firm, allow_single=False)
            ):
                both_of = list_entries(people_part)
                if len(both_of) >= 2 and all(is_name(e, allow_single=False) for e in both_of):
                    shared, entries = firm.strip(), both_of
                    came_for = remark.group(1) if remark is not None else None
        added = False
        for written in entries:
            written, marked = _entry_mark(written)  # "✅ Rikke Dalsgaard", "❌ Jesper Kragh"
            entry, away = _without_away_mark(written)  # "Nicolai Frost (afbud)", "Ole Dam - afbud"
            parts = parse_person(entry, initials_name=by_initials is not None)
            if parts is None and not as_list:
                name = first_name_in(entry)
                parts = PersonParts(name=name) if name else None
            single = entry.strip().rstrip(".")
            if (
                _vocabulary_word(single)
                or single.casefold() in NOBODY
                or ("." in single and _FILE.search(single))
            ):
                continue  # "Deltagere: Alle" names no one, "Fuldmagt.docx" is a file
            if parts is None and not as_list and _ONE_WORD_NAME.fullmatch(single):
                parts = PersonParts(name=single)
            if parts is None:
                if len(entries) == 1 and _SHORT_NAME.fullmatch(entry.strip()):
                    parts = PersonParts(name=entry.strip().rstrip("."))
                else:
                    continue
            if extra_roles:
                parts.roles = [*parts.roles, *(r for r in extra_roles if r not in parts.roles)]
            parts.title = parts.title or title
            if shared is not None and shared in PARTY_CODES:
                parts.party = parts.party or shared
            elif shared is not None:
                parts.organisation = parts.organisation or shared
            if came_for is not None:
                parts.notes = [*parts.notes, came_for]
            present = marked if marked is not None else checkbox if self.ticks else None
            target = kind
            if kind in ("attendees", "members") and (present is False or away):
                target = "absentees"
            elif kind == "absentees" and "forlod" in written and _LEFT_OR_CAME.search(written):
                target = "attendees"  # "Fraværende: Allan Krog (O) forlod mødet efter punkt 2"
                if any(p.name == parts.name for p in (*self.facts.attendees, *self.facts.members)):
                    added = True  # listed as present above: no second entry
                    continue
            if kind == "members" and away and present is None:
                # a member marked away: one of the body (an agenda's invited) and absent
                self._store(parts, line, kind=kind, present=None, written=written)
            self._store(parts, line, kind=target, present=present, written=written)
            added = True
        return added

    def _stacked_people(self, groups: list[tuple[str, list[str]]], line: Line, kind: str) -> bool:
        """The people of a flattened table of groups (``stacked_groups``): each of the group,
        and of its organisation when the entry names none."""
        ctx = self._ctx
        earlier = ctx.group if ctx is not None else None
        added = False
        for label, entries in groups:
            if ctx is not None:
                ctx.group = label
            for written in entries:
                parts = parse_person(written)
                if parts is None:
                    continue
                if parts.organisation is None or parts.organisation == parts.held_at:
                    parts.organisation = label  # "(formand Limfjordens ...)": he sits for it
                self._store(parts, line, kind=kind, present=None, written=written)
                added = True
        if ctx is not None:
            ctx.group = earlier
        return added

    def _substitute_sentences(self, line: Line) -> bool:
        """A line opening with a sentence naming substitutes (``_substitute_forms``), the
        people of its later sentences read as well ("Suppleant Carsten Friis deltog for
        Kenneth Bang. Ditte Hjort deltog fra pkt. 3.")."""
        first, *later = _LATER_SENTENCE.split(line.text) if ". " in line.text else [line.text]
        if not self._substitute_forms(first, line):
            return False
        for sentence in later:
            self._more_people(sentence.strip(), line)
        return True

    def _substitute_forms(self, sentence: str, line: Line) -> bool:
        """A sentence naming substitutes (``substitutes_in``): they are attendees."""
        found = substitutes_in(sentence)
        for written, parts in found:
            self._store(parts, line, kind="attendees", present=None, written=written)
        return bool(found)

    def _substitutes(self, text: str, line: Line) -> str:
        """ "Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder.", "Henrik Qvist
        (V) – stedfortræder: Tina Bak (V)" in an absence list: the substitute attended. Returns
        the text without her."""
        m = _SUBSTITUTE.search(text) or _SUBSTITUTE_NAMED.search(text)
        if m is None and "i stedet" in text:
            m = _SUBSTITUTE_INSTEAD.search(text)
        if m is None and ("represented" in text or "repræsenteret" in text):
            m = _REPRESENTED_BY.search(text)  # "Tomas Eriksen (...) – represented by Ingrid"
        if m is None:
            return text
        if " ikke" in m.group(0) and _SUBSTITUTE_AWAY.search(m.group(0)) is not None:
            return text[: m.start()].strip()  # "– suppleant Peter Storm deltog ikke": no one
        parts = parse_person(m.group("name"))
        if parts is not None:
            # "(deltager med suppleant Rikke Aalund, Lemvig Kommune)": the substitute's own
            org = m.groupdict().get("org")
            if org is not None and parts.organisation is None and is_organisation.of(org):
                parts.organisation = org
            written_role = (m.groupdict().get("role") or "").casefold()
            role = "suppleant" if "suppleant" in written_role else "stedfortræder"
            parts.roles = [*parts.roles, role]
            self._store(parts, line, kind="attendees", present=None, written=m.group(0).strip())
        return text[: m.start()].strip()

    def _company_goes_on(self, rest: str, line: Line, kind: str) -> bool:
        """The rest of a company's name on the line under the person it belongs to ("Niels
        Pedersen fra Boligadministrationen" / "Vest A/S."): her organisation goes on. A line
        that is a company's name alone is no person either way."""
        people: list[Person] = getattr(self.facts, kind, []) if kind != "facilitators" else []
        last = people[-1] if people else None
        if last is not None and last.organisation and last.span.end_line == line.number - 1:
            people[-1] = new.updated(
                last,
                {
                    "organisation": f"{last.organisation} {rest}",
                    "written": f"{last.written} {line.text}",
                    "span": span_of(last.span.start_line, line.number),
                },
            )
            return True
        return False

    def _store(
        self, parts: PersonParts, line: Line, *, kind: str, present: bool | None, written: str
    ) -> None:
        if (
            kind == "guests"
            and parts.organisation is not None
            and parts.title is None
            and not parts.roles
            and " " not in parts.name
            and not starts_with_first_name(parts.name)
        ):
            return  # "Sekretariat: Borgerservice, Kolding Kommune": a department, no one
        self._people_fields = True
        if self._recased is not None and (at := self._recased[0].find(written)) >= 0:
            written = self._recased[1][at : at + len(written)]  # ("jens (formand)")
        ctx = self._ctx
        group = ctx.group if ctx is not None else None
        if kind == "guests" and ctx is not None and not GUEST_ROLES.intersection(parts.roles):
            role = _guest_label_role(self.facts.fields[ctx.header_field].label)
            if role is not None:  # "Gæster: Rasmus Tange (KvalitetsIT)": a gæst
                parts.roles = [*parts.roles, role]
        organisation = parts.organisation
        if organisation is None and ctx is not None:  # "Fra KL: Peter Kragh"
            organisation = _origin(group) or _origin(self.facts.fields[ctx.header_field].label)
            if organisation is None and group is not None and _organisation_group(group):
                organisation = group  # "Holstebro Kommune: Anders Kibsgaard, Julie Kragh"
        elif organisation == parts.held_at and group is not None and (sits := _origin(group)):
            organisation = sits  # "Fiskeriforeningen: Bent Vinther (formand Limfjordens ...)"
        title = parts.title
        if title is None and group is not None and " " not in group.strip():
            post = post_label(group)  # "Mødt: ..." over "Skoleleder: Bo Lind": his post
            title = post[0] if post is not None else None
        party = parts.party
        if party is None and group is not None and group[-1:] == ")":  # "Venstre (V): A, B"
            by_group = _GROUP_PARTY.search(group)
            party = by_group.group(1) if by_group is not None else None
            if party not in PARTY_CODES:
                party = None  # "Fra Danske Handicaporganisationer (DH)": an organisation's
        elif party is None and group is not None and len(group.strip()) > 1:
            party = written_party(group.strip())  # "Socialdemokratiet: Kaj Nørby, ...", "SF: ..."
        person = new.Person(
            name=parts.name,
            title=title,
            organisation=organisation,
            party=party,
            group=group,
            roles=parts.roles,
            initials=parts.initials,
            present=present,
            written=written.strip(),
            span=span_of(line.number, line.end if isinstance(line, Logical) else line.number),
        )
        roles = set(parts.roles)
        if kind == "facilitators":
            chairs_body = bool(roles & _BODY_CHAIR_ROLES)  # "Formand: Freja Holm"
            chair = self.facts.chair
            if (roles & CHAIR_ROLES or chairs_body) and (
                chair is None or (roles & CHAIR_ROLES and CHAIR_ROLES.isdisjoint(chair.roles))
            ):  # ("Mødeleder: Kirsten Dahl" under "Formand: Ulla Brix": she leads this one)
                if chair is not None and all(p.name != chair.name for p in self.facts.attendees):
                    self.facts.attendees.append(chair)  # (the body's chair is there too)
                self.facts.chair = person
            elif (
                chairs_body
                and chair is not None
                and chair.name != person.name
                and all(p.name != person.name for p in self.facts.attendees)
            ):
                self.facts.attendees.append(person)  # "Formand: X" under "Dirigent: Y"
            if roles & MINUTE_TAKER_ROLES:
                self.facts.minute_taker = self._minute_taker_beside(person)
            if not roles & (CHAIR_ROLES | MINUTE_TAKER_ROLES) and not chairs_body:
                if self.facts.chair is None:  # "Faciliteret af:" names who leads the meeting
                    self.facts.chair = person
                if all(p.name != person.name for p in self.facts.attendees):
                    self.facts.guests.append(person)  # present, and not one of the members
            return
        if kind in ("attendees", "members") and roles & GUEST_ROLES:
            kind = "guests"  # "Ib Frandsen, ejendomsfunktionær (gæst)" in the attendance list
        getattr(self.facts, kind).append(person)
        if kind in ("attendees", "guests", "members"):
            if roles & MINUTE_TAKER_ROLES and (
                self.facts.minute_taker is None or self._taker_is_author
            ):
                self.facts.minute_taker = self._minute_taker_beside(person)
            if roles & CHAIR_ROLES and self.facts.chair is None:
                self.facts.chair = person

    def _side_row(self, line: Line, cells: list[str], sides: list[tuple[int, int, str]]) -> bool:
        """A row of a table of groups side by side: in each group's columns the person, then
        a remark ("| Poul Ejby, direktør | Afbud | Ib Nørgaard, 3F | |"); "Afbud" makes her
        absent. A row with no one in it ends the table."""
        ctx = self._ctx
        assert ctx is not None
        found = False
        for start, end, label in sides:
            written = cells[start] if start < len(cells) else ""
            entry, marked = _without_away_mark(written)  # "Ib Lund, TR – afbud"
            parts = parse_person(entry) if entry else None
            if parts is None:
                continue
            remarks = [c for c in cells[start + 1 : end] if c]
            away = marked or any(_absence_word(_DASH_NOTE.split(r)[0]) for r in remarks)
            earlier, ctx.group = ctx.group, label
            kind = "absentees" if away else ctx.kind
            self._store(parts, line, kind=kind, present=False if away else None, written=written)
            ctx.group = earlier
            found = True
        if found or not any(cells):
            self._extend_list(line)
        return found or not any(cells)

    def _minute_taker_beside(self, person: Person) -> Person | None:
        """The minute-taker, now that ``person`` is named as the referent: the one named first,
        unless that one is only the page's author ("Skrevet af: Maja Thorup" over "Oliver
        Brink (Referent)" in a list: Oliver Brink took the minutes)."""
        if self._taker_is_author:
            self._taker_is_author = False
            return person
        return fuller(self.facts.minute_taker, person)

    def _extend_list(self, line: Line) -> None:
        ctx = self._ctx
        if ctx is None or line.kind is LineKind.BLANK:
            return
        old = self.facts.fields[ctx.header_field]
        end = line.end if isinstance(line, Logical) else line.number
        self.facts.fields[ctx.header_field] = new.updated(
            old, {"span": span_of(old.span.start_line, max(old.span.end_line, end))}
        )

    def _close_list(self) -> None:
        ctx, self._ctx = self._ctx, None
        self._flat_rows = False
        self._row_group = ""
        if ctx is not None and ctx.group_line is not None:
            self.facts.headings.append(ctx.group_line)  # no names came under it: a note's label

    # -- free text -------------------------------------------------------------------------
    def _free_line(self, line: Line, *, is_footer: bool) -> None:
        self._order += 1
        after_sender, self._after_sender = self._after_sender, False
        if line.text[:1] == "[" and (tag := _NOTE_TAG.match(line.text)) is not None:
            line = line.with_text(line.text[tag.end() :])  # "[Vigtigt] Lars Ebbesen har ..."
        if "@" in line.raw and _SENDER_LINE.fullmatch(line.raw.strip()):
            self._after_sender = True  # "Pia Lykke <pia.lykke71@gmail.com>" (Gmail's print)
        elif after_sender and has_digit(line.text) and _MAIL_STAMP.fullmatch(line.text):
            self.facts.furniture.append(line)  # "fre. 26. sep. 2025 17:20": when it was sent
            return
        if line.kind is LineKind.HTML and line.raw.lstrip()[:1] != "<":
            # inside a comment, a script or a <pre> ("* Tue Mar 25 2025 06:41:09 GMT-0700" in a
            # converter's notes): kept as a note, no fact of the meeting
            self.facts.free.append((line, False))
            return
        if line.kind is LineKind.TABLE_ROW and _agenda_table_header(line):
            self.facts.headings.append(line)  # "| Pkt. | Emne | Beslutning |" over the items
            return
        if (
            is_footer
            and len(line.text) <= 200
            and (
                page_mark(casefolded.of(line.text))
                or ("   " in line.raw and has_page_mark(lowered.of(line.raw)))
            )
        ):
            # "Kommunalbestyrelsen 25-04-2024 Side 1 af 5" between the listing and the items: a
            # running header, no place (above the items it may be all the title there is); "Teknik-
            # og Miljøudvalget, 03-03-2025      Side 2 af 7": the page number after a wide gap
            self.facts.furniture.append(line)
            self._page_mark_at = line.number
            return
        if (
            is_footer
            and line.number - self._page_mark_at <= _RUNNING_HEADER_REACH
            and _running_header(line)
        ):  # "Lemvig Kommune      Økonomiudvalget 12-03-2025      Referat" under "Side 1 af 5"
            self.facts.furniture.append(line)
            return
        if is_footer and line.kind is LineKind.TABLE_ROW:
            self.facts.free.append((line, False))  # a task table under the minutes: no menu
            return
        if is_furniture(line.text) or links_only(line) or _reply_attribution(line.text):
            self.facts.furniture.append(line)
            quoted = _QUOTED_TITLE.match(line.text)
            if quoted and not is_footer:  # a viewer's copy of the title ("Download \"...\"")
                self._date_time(quoted.group(1), line, priority=5, kind=None, label_field=False)
            return
        if is_footer and has_page_mark(lowered.of(line.text)):
            self.facts.furniture.append(line)  # "Vandværket – Referat 15.04.2024 Side 3 af 3"
            return
        slash_ref = (
            (SLASH_REF.match(line.text) if line.text[:1] == "/" else BARE_REF.match(line.text))
            if is_footer
            else None
        )
        if slash_ref is not None and line.text[:1] != "/" and " " not in slash_ref.group(1):
            slash_ref = slash_ref if starts_with_first_name(slash_ref.group(1)) else None
        if slash_ref is not None:  # "/ref. LK", "/ref. Lone Kjær" under the minutes
            self._field(line, "ref.", slash_ref.group(1), FieldKind.MINUTE_TAKER)
            return
        writer = _SLASH_SIGNATURE.match(line.text) if is_footer and line.text[:1] == "/" else None
        if writer is not None and starts_with_first_name(writer.group(1)):  # "/Poul Erik"
            parts = PersonParts(name=writer.group(1), roles=["referent"])
            self._store(parts, line, kind="facilitators", present=None, written=line.text)
            self.facts.free.append((line, False))  # kept as a note too (a named taker wins)
            return
        taker = (
            FIRST_NAME_TAKER.fullmatch(line.text) if is_footer and line.text[-1:] == ")" else None
        )
        if taker is not None and starts_with_first_name(taker.group(1)):  # "Marianne (referent)"
            parts = PersonParts(name=taker.group(1), roles=["referent"])  # under "Mvh"
            self._store(parts, line, kind="facilitators", present=None, written=line.text)
            self.facts.free.append((line, False))
            return
        signed = signers(line)  # "Per Kjær, dirigent" / "Mona Sand, referent" under the minutes
        if signed and all(set(p.roles) & _SIGNING_ROLES for _, p in signed):
            for written, parts in signed:
                self._store(parts, line, kind="facilitators", present=None, written=written)
            return
        if ". " in line.text and ":" in line.text and len(line.text) <= 200:
            tail = _FIELD_AFTER_SENTENCE.search(line.text)  # "Jørgen ledte mødet. Ref.: Bodil"
            kind = field_kind(tail.group(1)) if tail is not None else None
            if tail is not None and kind in (FieldKind.MINUTE_TAKER, FieldKind.CHAIR):
                self._field(line, tail.group(1), tail.group(2), kind)
        opening = line.text[:6].casefold()
        guests = (
            _FROM_DELTOG.match(line.text)
            if opening.startswith("fra ")
            else _ITEM_GUESTS.match(line.text)
            if opening.startswith(("under ", "til ", "ved "))
            else _ITEM_WITH_GUESTS.match(line.text)
            if opening.startswith(("punkt", "pkt", "ad ")) and " deltagelse af " in line.text
            else _ALSO_ATTENDED.match(line.text)  # "Som gæst deltog byrådsmedlem Rikke ..."
            if opening.startswith(("som gæ", "uden s", "desude", "derudo", "endvid", "herudo"))
            and (" deltog " in line.text or " deltager " in line.text)
            else None
        )
        if guests is not None and guests.group(2):  # "Fra Faxe Kommune deltog vejingeniør X."
            self._field(line, guests.group(1), guests.group(2), FieldKind.GUESTS)
            return
        unit = label_of(line) if line.text[:4] == "Fra " and line.text[4:5].isupper() else None
        if (
            unit is not None
            and unit[1]
            and self._ctx is None
            and (self.facts.attendees or self.facts.members)
            and (first := parse_person(list_entries(unit[1])[0])) is not None
            and " " in first.name
        ):  # "Fra Teknik og Miljø: miljøchef X og planlægger Y" under the members (after "Afbud:
            self._field(line, unit[0], unit[1], FieldKind.GUESTS)  # Ingen"): a unit's staff
            return
        if (
            (self.facts.attendees or self.facts.members or self.facts.absentees)
            and (
                line.text[:4].casefold() in ("for ", "som ")
                or line.text[:9].casefold() in ("stedfortr", "suppleant")
            )
            and self._substitute_sentences(line)
        ):  # "For Pia Kudsk (V) mødte stedfortræder Kristian Holt (V).", "Stedfortræder Tina
            # Bak (A) deltog i stedet for Per Holm." under the lists
            return
        welcomed = _CHAIR_WELCOMED.match(line.text) if " velkommen" in line.text else None
        if welcomed is not None and (self.facts.attendees or self.facts.members):
            person = parse_person(welcomed.group(1))  # "Formand Ejnar Toft bød velkommen."
            if person is not None and " " in person.name and person.title is not None:
                person.roles = [*person.roles, *(r for r in ["formand"] if r not in person.roles)]
                self._store(person, line, kind="facilitators", present=None, written=line.text)
                return
        came_alone = (
            _PERSON_ATTENDED.match(line.text)
            if (self.facts.attendees or self.facts.members)
            and (" deltog" in line.text or " til stede" in line.text)
            else None
        )
        if came_alone is not None:  # "Ungdomskonsulent Mikkel Brandt deltog også." under the
            person = parse_person(came_alone.group(1))  # lists: one who serves the members
            if person is not None and " " in person.name and starts_with_first_name(person.name):
                self._store(
                    person, line, kind=_came_alone_kind(person), present=None, written=line.text
                )
                return
        sat_out = _SAT_OUT.match(line.text) if " ikke " in line.text else None
        if sat_out is not None and (person := parse_person(sat_out.group(1))) is not None:
            # "Jonas Kirk (C) deltog ikke i behandlingen af pkt. 12.": there for the others (an
            # attendee when no list names him; read after the zone's lines)
            self._sat_out.append((person, line))
            self.facts.free.append((line, False))
            return
        absent = absence_sentence(line.text)
        if absent:  # "Thomas Lind havde meldt afbud."
            for parts in absent:
                self._store(parts, line, kind="absentees", present=None, written=line.text)
            self._attended_after_absence(line.text, line)
            return
        came = (
            _ATTENDED_ITEMS.search(line.text)
            if " deltog " in line.text
            or " stede " in line.text
            or " deltager " in line.text
            or " forbi " in line.text
            else None
        )
        listed = self._people_fields
        sentence = self._came_for_items(line, came.start()) if came is not None else None
        if sentence is not None:
            if sentence == 0 or ". " not in line.text[:sentence]:
                return
            # "Der var mødt 34 medlemmer. Fra bestyrelsen deltog ... Revisor X deltog under
            # punkt 3.": the sentences before his are read as any line's
            line = line.with_text(line.text[:sentence].rstrip())
            self._people_fields = listed
        adds = " deltog " in line.text and contains_any(line.text, ADDITIVE_WORDS)
        prose = (
            (
                ". " in line.text
                or " undtagen " in line.text
                or " nær " in line.text
                or " repræsenteret ved " in line.text
                or adds
                # ("Til stede var 38 andelshavere samt bestyrelsen: A (formand), B og C.")
                or (":" in line.text and _PRESENCE_SENTENCE.match(line.text) is not None)
            )
            and len(line.text) <= 600
            # (not "Fremmødt: 31 medlemmer", an e-mail's "Fra:"; but "Af bestyrelsen deltog
            # endvidere ..." under a table of shareholders adds to those listed)
            and (not self._people_fields or adds)
        )
        if "velkommen" in line.text and len(line.text) <= 600:
            self._welcomer(line)
        if (
            "som gæst" in line.text
            or " inviteret " in line.text
            or "som observatør" in line.text
            or "som tilhører" in line.text
        ) and not is_footer:
            self._guest_clauses(line)  # "..., og korleder Maja Stenholt deltog som gæst."
        if prose:
            self._prose_people(line)  # "Mødet blev holdt ... Vi var: Birthe, Poul og Kurt."
            self._people_fields = False  # (prose goes on: "... Poul" / "og mig selv. Lotte ...")
        if self.facts.location is None and line.text[:1] in PLACE_SYMBOLS:
            place = _SYMBOLS_BEFORE.sub("", line.text).strip(" ,.")  # "📍 Spejderhytten Ulvehulen,
            if place and not find_dates(place):  # Skovbrynet 9, 3520 Farum": a pin, the place
                self.facts.location = parse_location(place, line_span(line))
                self.facts.address_lines.append(line)
        if self.facts.location is None and line.number - self._dated_at <= 2:
            self._place_under_date(line)
        elif (
            (loc := self.facts.location) is not None
            and loc.postal_code is None
            and loc.span is not None
            and loc.span.end_line == line.number - 1
            and loc.written[-4:].isdecimal()
            and _TOWN_LINE.fullmatch(line.text)
        ):  # "... i Forsamlingshuset, Bygaden 21, 8654" over "Bryrup": the postcode's town
            self.facts.location = parse_location(
                f"{loc.written} {line.text}", span_of(loc.span.start_line, line.number)
            )
            self.facts.address_lines.append(line)
        dated = False
        if (
            not is_footer
            and self._order <= 40
            and has_digit(line.text)
            and not ("·" in line.text and _POST_STAMP.match(line.text))
        ):
            priority = 1 if self._order <= 6 else 3
            sent = False  # a message's stamp: its clock is when it was sent, no meeting time
            # "Løkken, den 24. februar 2025": the letter's date, weaker than the meeting's
            dateline = line.text  # (or far right beside an addressee: "Til beboerne i
            # afdeling 7        Næstved, 1. september 2025")
            if "   " in line.raw.strip():
                dateline = line.raw.rsplit("   ", 1)[-1].strip()
            if ("," in dateline[:32] and _LETTER_DATELINE.match(dateline)) or (
                line.raw.startswith(FAR_RIGHT_INDENT)
                and (_BARE_DATELINE.match(line.text) or _STAMP_DATE.match(line.text))
            ):  # (or "Den 22. september 2008" right-aligned under the letterhead, a received
                # stamp's "29 JUN 1998")
                priority = 4  # weaker than a date further down the header too
            elif (
                self._next is not None
                and len(line.text) <= 30
                and _CLOCK_ALONE.fullmatch(self._next.text) is not None
            ):  # "mandag 2. juni 2025" over "08:12": a OneNote page's stamp, when it was made
                priority = 4
            elif (
                self._previous is not None
                and len(line.text) <= 30
                and casefolded.of(self._previous.text).strip(" :*_") in _RECEIPT_WORDS
            ):  # "MODTAGET" over "09 JUNI 1999": a receipt stamp, when the letter came
                priority = 4
            elif (
                self._previous is not None
                and _MAIL_HEADER.match(self._previous.text)
                and _SENT_STAMP.fullmatch(line.text)
            ):  # "Til: Forældre i ..." over "22. jan. 2025 14:07": when the message was sent
                priority, sent = 4, True
            elif (
                line.text[:1].isupper()
                and (sender := _SENDER_STAMP.match(line.text)) is not None
                and _SENT_STAMP.fullmatch(line.text, sender.end())
            ):  # "Sms fra Mads Kirkegaard, 4. mar. 2025 22:14": when the message was sent
                priority, sent = 4, True
            dated = self._date_time(
                line.text, line, priority=priority, kind=None, label_field=False, clock=not sent
            )
        elif is_footer and "," in line.text[:32] and _LETTER_DATELINE.match(line.text):
            # "Således passeret. / Esbjerg, den 27. november 2024" over the signatures: the day
            # the minutes were signed, the meeting's when the header names none
            self._date_time(line.text, line, priority=4, kind=None, label_field=False)
        elif is_footer and has_digit(line.text) and _MEETING_HELD.match(line.text):
            # "Mødet blev holdt tirsdag den 28. maj 2024 kl. 15.00-17.00 i Borgersalen ..."
            # under the items (a web page's "Mødeoplysninger"): the meeting's day and hours
            dated = self._date_time(line.text, line, priority=3, kind=None, label_field=False)
        if dated and self.facts.location is None:
            self._dated_at = line.number  # "på Hotel Søparken, ..." may follow
            self._dated_open = line.text.endswith(_AT_LINE_END)  # "... kl. 14.00 på"
        if self.facts.location is None and (
            (not dated and "holdt" in line.text)
            or "Vi var " in line.text
            # "Lyngså Sogns Menighedsråd. Mødet blev holdt i konfirmandstuen ..., og begyndte
            # kl. 19.00.": the time read, the place in a later sentence
            or (dated and "holdt i " in line.text and _held_later_on(line.text) is not None)
        ):
            self._held_at(line)  # "Sønderby Menighedsråd – mødet blev holdt i konfirmandstuen"
        elif dated and "holdt i " in line.text and self.facts.location is not None:
            self._held_later(line)  # "... generalforsamling i X. Generalforsamlingen blev
            # afholdt i Kajhusets selskabslokale, ...": the sentence that says where
        if (_postal(line.text) or line.kind is LineKind.CODE) and not (
            is_footer and _CONTACT.search(line.text)
        ):  # a page footer's "Nordskolen · Skolevej 4 · 6100 Haderslev · Tlf. ...", "© 2023 ..."
            self._place_lines.append(line)
        self.facts.free.append((line, dated))

    def _place_under_date(self, line: Line) -> None:
        """The place on a line right under the line that dates the meeting: one opening with
        "på" ("**torsdag den 5. marts 2015 kl. 17.30**" / "på Hotel Søparken, Søvej 2, 7400
        Herning."), or any place after a dated line ending in "på" ("... mandag den 25. maj
        1998 kl. 14.00 på" / "Plejecentret Birkely, Skolevej 40.")."""
        place = _NEXT_SENTENCE.split(line.text, maxsplit=1)[0].strip(" ,.")
        capital = _AT_PLACE_LINE.match(line.text) is not None
        if capital or (_AT_ADDRESS_LINE.match(line.text) and _postal(line.text)):
            self.facts.location = parse_location(place, line_span(line))
            if not capital:  # "i klubhuset, Strandvejen 12, 7100 Vejle": read as an address is
                self.facts.address_lines.append(line)  # (no note of its own)
        elif (
            self._dated_open
            and self._dated_at == line.number - 1
            and line.text[:1].isupper()
            and len(line.text) <= 120
            and not find_dates(line.text)
        ):
            self.facts.location = parse_location(place, span_of(line.number - 1, line.number))
            self.facts.address_lines.append(line)

    def _held_at(self, line: Line) -> None:
        """A line that says where the meeting was held, alone or after the body's name and a
        dash ("Sønderby Menighedsråd – mødet blev holdt i konfirmandstuen, Præstegården,
        Kirkebakken 3."): the place."""
        text = line.text
        dash = _NAME_DASH.match(text)
        held = _HELD_AT.match(text[dash.end() :] if dash is not None else text)
        if held is None:  # "Mødet startede 17:00 og sluttede 19:10. Vi var i Ungdomshuset X."
            held = _held_later_on(text)
        self._place_held(held, line)

    def _place_held(self, held: re.Match[str] | None, line: Line) -> None:
        """The place a sentence that says where the meeting was held names, to its end."""
        if held is not None and (place := _NEXT_SENTENCE.split(held.group(1), maxsplit=1)[0]):
            place = _HELD_TAIL.split(place, maxsplit=1)[0]  # ", og begyndte kl. 19.00"
            self.facts.location = parse_location(place.strip(" ,."), line_span(line))

    def _held_later(self, line: Line) -> None:
        """A later sentence of the dated line that read a place saying where the meeting was
        held: that place."""
        location = self.facts.location
        if location is not None and location.span.end_line == line_span(line).end_line:
            self._place_held(_held_later_on(line.text), line)

    def _came_for_items(self, line: Line, verb: int) -> int | None:
        """ "Kirkeværge Niels Bruun deltog under punkt 1-5.": he came for part of the meeting, an
        attendee; with an organisation of his own ("revisor Anders Kloster, Brande Revision,
        deltog under punkt 3") or a staff post ("Ejendomsmester Palle Grønbæk ..."), a guest.
        Read from the sentence of the verb (``verb``: where it stands), without a post in the
        genitive before him ("Værkets revisor, ..."). Where that sentence starts, or None
        where it names no one."""
        who = _LATER_SENTENCE.split(line.text[:verb])[-1]
        start = verb - len(who)
        post = _POST_BEFORE.match(who)
        if post is not None and known_title(post.group(1)):
            who = who[post.end() :]
        person = parse_person(who)
        dropped_by = line.text[verb : verb + 16].lstrip(" ,").startswith(_DROPPED_BY)
        if person is None or not is_name(person.name):
            return None
        if " " not in person.name and not (dropped_by and starts_with_first_name(person.name)):
            return None  # (but "Jacob (havnefoged) kiggede forbi ...": a first name will do)
        staff = person.title is not None and (
            is_staff_title(person.title) or person.title.casefold() in SERVING_POSTS
        )
        kind = "guests" if person.organisation is not None or staff or dropped_by else "attendees"
        self._store(person, line, kind=kind, present=None, written=line.text[start:])
        return start  # (one who "kiggede forbi" came by, a guest)

    def _welcomer(self, line: Line) -> None:
        """Who welcomed everyone came ("Formand Lone Bech bød velkommen til de fremmødte.", also
        a sentence later on the line): an attendee, with the title written before the name."""
        facts = self.facts
        for sentence in _LATER_SENTENCE.split(line.text):
            if ", bød " in sentence:  # "Formanden, Gudrun Vestergaard, bød velkommen ..."
                sentence = _WELCOMER_BETWEEN_COMMAS.sub(r"\1 \2 ", sentence, count=1)
            host = _WELCOMED.match(sentence)
            parts = parse_person(host.group(1)) if host is not None else None
            if parts is not None and " " in parts.name and is_name(parts.name):
                if any(p.name == parts.name for p in (*facts.attendees, *facts.members)):
                    continue  # listed already: a mention, no second entry
                parts.title = _sentence_title(parts.title)
                chairs = chair_title(parts.title) if parts.title is not None else None
                if chairs is not None and chairs not in parts.roles:
                    parts.roles = [*parts.roles, chairs]  # "Formanden ... bød velkommen"
                self._store(parts, line, kind="attendees", present=None, written=sentence)

    def _prose_people(self, line: Line) -> None:
        """The people a prose header names in later sentences of a line: who came ("Vi var:
        Birthe, Poul, Lene og Kurt.", "Til stede var ...") and who sent apologies ("Jens havde
        meldt afbud, og Anni dukkede ikke op.")."""
        low = lowered.of(line.text)
        if not any(w in low for w in PROSE_PEOPLE_WORDS):
            return  # cheap: most prose lines name no one
        but = (  # (cheap first: a search tries every position)
            _EVERYONE_BUT_SENTENCE.search(line.text)
            if "undtagen" in low or "nær" in low or "bortset" in low
            else None
        )
        if but is not None:  # "... 😅 Alle var der undtagen Michael, som var på nattevagt."
            for written in list_entries(_RELATIVE_CLAUSE.sub("", but.group(1)).strip()):
                parts = parse_person(written)
                if parts is not None:
                    self._store(parts, line, kind="absentees", present=None, written=written)
        sentences = _LATER_SENTENCE.split(line.text)
        for k, sentence in enumerate(sentences):
            if k == 0 or sentence[:4].casefold() in ("til ", "tils"):  # (the line's own readers
                # had the first sentence, but for a list; "... bød velkommen. Til stede var
                # også Bo Krag, ...": a later one lists who came)
                if self._presence_field(sentence, line):
                    self._close_list()
                    continue
                if k == 0:
                    continue
            guests = _FROM_DELTOG.match(sentence) if sentence[:4].casefold() == "fra " else None
            if guests is None and sentence[:6].casefold().startswith(("under ", "til ", "ved ")):
                guests = _ITEM_GUESTS.match(sentence)  # "Til punkt 2 deltog desuden arkitekt X"
            if guests is not None and guests.group(2):  # "... Fra DGI deltog konsulent X."
                # ("Fra bestyrelsen deltog ...": the body's own members, attendees)
                kind = field_kind(guests.group(1)) or FieldKind.GUESTS
                self._field(line, guests.group(1), guests.group(2).rstrip("."), kind)
                self._close_list()
                continue
            also = _ALSO_ATTENDED.match(sentence) if " deltog " in sentence else None
            if also is not None:  # "... Desuden deltog vandværkets revisor Per Ladefoged ..."
                self._field(line, also.group(1), also.group(2), FieldKind.GUESTS)
                self._close_list()
                continue
            listed = self._presence_field(sentence, line, one_name=True)
            if listed:
                self._close_list()
            if listed is not None:
                continue
            away = (
                NO_COLON_LABELS.match(sentence)
                if sentence[:5].casefold() in ("afbud", "der v", "der e")
                else None
            )
            if away is not None and "afbud" in away.group(1).casefold():
                # "... som gæst. Afbud var meldt af Hanne Vestergaard, Peter Juul og Signe Rask."
                names = away.group(2).strip(" .:")
                self._field(line, away.group(1).strip(), names, FieldKind.ABSENTEES)
                self._close_list()
                continue
            for parts in absence_sentence(sentence) or []:
                self._store(parts, line, kind="absentees", present=None, written=sentence)

    def _guest_clauses(self, line: Line) -> None:
        """The guests a prose line names each in a clause of her own ("34 medlemmer var mødt, og
        korleder Maja Stenholt deltog som gæst.", "Folketingsmedlem for kredsen, Lise Birk,
        deltog som gæst.")."""
        for m in _GUEST_CLAUSE.finditer(line.text):
            parts = parse_person(m.group(1))
            if parts is not None and " " in parts.name and starts_with_first_name(parts.name):
                self._store(parts, line, kind="guests", present=None, written=m.group(0))

    def _presence_field(self, sentence: str, line: Line, *, one_name: bool = False) -> bool | None:
        """A sentence that lists who came ("Til stede var A, B og C.", "Bestyrelsen var til stede
        med ...", "Bestyrelsen deltog fuldtalligt (A, B)"): its names become an attendees field
        (True). False for such a sentence without a list of names (``one_name``: a full name
        alone is a list too), None for any other sentence."""
        came = _PRESENCE_SENTENCE.match(sentence)
        if came is None:
            return None
        listed = _bracketed_list(came.group(1))
        if split_name_list(listed) is None and not (one_name and full_name(listed.rstrip("."))):
            return False
        self._field(line, sentence[: came.start(1)].strip(" :"), listed, FieldKind.ATTENDEES)
        return True

    def _date_time(
        self,
        text: str,
        line: Line,
        *,
        priority: int,
        kind: FieldKind | None,
        label_field: bool,
        clock: bool = True,
    ) -> bool:
        if not text:
            return False
        span = line_span(line)
        found = False
        year = _YEAR_FIRST.match(text) if text[:1] in "ÅåAa" else None  # "År 2025, den 6. maj"
        dates = find_dates(text, default_year=int(year.group(1))) if year else find_dates(text)
        hits = [h for h in dates if label_field or not _excluded(text, h)]
        if (
            hits
            and hits[0].start >= 6
            and ("–" in text or "-" in text or "—" in text or " til " in text)
            and _FIRST_DAY_BEFORE.search(text, 0, hits[0].start)
        ):
            # "torsdag den 22. maj kl. 13.00 – fredag den 23. maj 2025": the first day's date,
            # written without the year the last day's gives
            first = find_dates(text[: hits[0].start], default_year=hits[0].date.year)
            if first and 0 < (hits[0].date - first[0].date).days <= 6:
                hits = [first[0], *hits]
        hit: DateHit | None = None
        if hits:
            hit = next(
                (h for h in hits if _MEETING_BEFORE.search(text[max(0, h.start - 60) : h.start])),
                hits[0],
            )
            if len(hits) > 1 and ("til " in text or "to " in text):
                # "planlagt til 1. april, ... flyttet til torsdag den 3. april": the day it was
                # moved to
                hit = next(
                    (h for h in hits if _MOVED_TO.search(text[max(0, h.start - 40) : h.start])),
                    hit,
                )
            self.facts.dates.append((priority, hit, span))
            found = True
        elif self._yearless(text, span, priority, label_field=label_field):
            found = True
        elif label_field and kind is FieldKind.DATE:
            self.reporter.report(Code.UNPARSED_DATE, f'cannot read a date in "{text}"', span)
        tr = _meeting_time_range(text) if clock else None
        if tr is None and label_field and kind in (FieldKind.TIME, FieldKind.START, FieldKind.END):
            tr = _bare_hours(text, hit)  # "Tid: 17-19" under a time label
        if tr is None and ("tede " in text or "gyndte " in text):
            tr = _started_at(text)  # "Mødet startede 19.00 og sluttede 20.45."
        if tr is not None and tr.start and not tr.end and kind is not FieldKind.END:
            tr = _with_later_end(text, tr)
        if (
            tr is not None
            and kind not in (FieldKind.TIME, FieldKind.START, FieldKind.END)
            and "mødet" in text[: tr.start_offset]
            and _BEFORE_MEETING.search(text, 0, tr.start_offset) is not None
        ):
            tr = None  # "Forud for mødet er der rundvisning kl. 15.30-16.00": not its time
        if tr is not None and not (
            not label_field
            and not hits
            and _NOT_MEETING_DATE.search(sentence_at(text, tr.start_offset, tr.end_offset))
        ):
            if kind is FieldKind.END and tr.start and not tr.end:
                tr = TimeRange(
                    start=None, end=tr.start, start_offset=tr.start_offset, end_offset=tr.end_offset
                )
            # a clock alone on its line ("08:47" under a OneNote page's date: when the page was
            # made) is weaker than a time in words ("Mødet startede kl. 16.00")
            bare = not label_field and _CLOCK_ALONE.fullmatch(text) is not None
            if not (  # "onsdag 8. marts 2017    19:04": OneNote's page stamp, no meeting time
                not label_field and hits and tr.end is None and _CLOCK_AFTER_GAP.search(line.raw)
            ):
                self.facts.times.append((priority + 3 if bare else priority, tr, span))
                found = True
        if (hit is not None or tr is not None) and self.facts.location is None:
            rest = text
            if tr is not None:
                blank = " " * (tr.end_offset - tr.start_offset)
                rest = rest[: tr.start_offset] + blank + rest[tr.end_offset :]
                if "(" in rest:  # "i hytten (kl 19-21):": no brackets left empty
                    rest = _EMPTY_BRACKETS.sub(lambda m: " " * len(m.group()), rest)
            after = rest[hit.end :] if hit is not None else rest
            if hit is None and self.facts.yearless and self.facts.yearless[-1][2] == span:
                after = rest[self.facts.yearless[-1][1].end :]  # "Torsdag d. 3. april kl.
                # 19-21.15, Valby Medborgerhus, ...": the place after the day without its year
            # the place is in the sentence of the date ("... kl. 19.00 i Odder Sognegård, ...,
            # og nogle fulgte med på Zoom. Mødet sluttede ...": not "på Zoom")
            sentence = _NEXT_SENTENCE.split(after.strip(" ,."), maxsplit=1)[0]
            town = _CITY_THEN_SENTENCE.search(sentence) if ". " in sentence else None
            if town is not None:  # "..., 2400 København NV. Generalforsamlingen blev ...": the
                sentence = sentence[: town.end()]  # town's "NV." hid where the sentence ends
            m = _PLACE_AFTER.search(" " + sentence)
            place = (m.group(1) or m.group(2) or m.group(3)) if m else None
            if place and m is not None and m.start() > 0 and after.lstrip().startswith(","):
                part = sentence  # ", Personalerummet på Nørrebakkeskolen": all of it
                # (m was found in " " + part: the words before "på" end at m.start() - 1)
                if len(part) <= 100 and looks_like_place(part[: m.start() - 1]):
                    place = part
            if place and "     " in place:  # "på skolen i mødelokalet "Agger" kl. 18.30-21.45
                place = place.split("     ", 1)[0]  # (inkl. ...)": the time ends the place
            if place and ". " in place:  # "i foreningshuset. Der var 31 fremmødte."
                place = _NEXT_SENTENCE.split(place, maxsplit=1)[0]
            if place and " og " in place:  # "i klubhuset og startede kl. 19.00": a clause
                place = _PLACE_THEN_CLAUSE.sub("", place)  # of what happened, no place
            if place:  # "i klubhuset fra kl. 19 til 21": the time's "fra" is cut
                place = _PLACE_CONNECTIVE.sub("", place)
            if place and " i " in place:  # "i spejderhytten i aften (kl 19-21)": no place
                place = _TODAY_AFTER_PLACE.sub("", place.rstrip())  # words, "i aften" a time
            if place and ")" in place and "(" not in place[: place.index(")")]:
                place = place[: place.index(")")]  # "(kl. 14–15.30 i Frivillighuset):"
            if place and _BODY_NOT_PLACE.match(place) and not looks_like_place(place):
                place = None  # "indkaldelse til møde i Arbejdsmiljøudvalget (AMU) for ...":
                # the body that meets, no place
            if place and len(place) < 140 and not find_dates(place):
                owner = _OWNER_THEN_PLACE.match(place)  # "i Ejerforeningen X i Beboerlokalet"
                if (
                    owner is not None
                    and is_organisation.of(owner.group(1))
                    and not looks_like_place(owner.group(1))  # "på Rådhuset i Skive": a place
                ):
                    self.facts.organisation = self.facts.organisation or owner.group(1)
                    place = owner.group(2)
                self.facts.location = parse_location(place.strip(" ,."), span)
            elif after.lstrip().startswith((",", "|", "·", "–", "—", "(")):
                tail = after.strip(" ,.|·–—")  # "7. marts – Klubhuset", "kl 20 (Teams)"
                if tail[:1] == "(":
                    tail = tail[1 : tail.index(")")] if ")" in tail else ""
                tail = _without_place_label(tail)
                if (
                    3 <= len(tail) <= 100
                    and (looks_like_place(tail) or _names_virtual(tail))  # ", Teams"
                    and not find_dates(tail)
                ):
                    self.facts.location = parse_location(tail, span)
        if self.facts.location is None and hit is not None and hit.start > 12:
            held = _HELD_AT.match(text[: hit.start])  # "Mødet blev holdt i fælleslokalet, ..."
            if held is not None and (place := _WEEKDAY_TAIL.sub("", held.group(1))):
                self.facts.location = parse_location(place.strip(" ,."), span)
        return found

    def _yearless(self, text: str, span: Span, priority: int, *, label_field: bool) -> bool:
        """A date without a year that names its month or day ("12. marts", "tirsdag den 5/3"),
        or a day and month with a slash on a line with the meeting's clock or word ("Best.møde
        7/11 – hos Rasmus, kl. 19.30"), kept aside in ``yearless``; bare numbers ("12.03")
        could be a time."""
        if not has_digit(text):
            return False
        for h in find_dates(text, default_year=YEARLESS):
            named = any(c.isalpha() for c in h.text) or (
                "/" in h.text and ("kl" in text or "møde" in text.casefold())
            )
            if (label_field or not _excluded(text, h)) and named:
                self.facts.yearless.append((priority, h, span))
                return True
        return False

    def _place_before_date(self, value: str, span: Span) -> None:
        hits = find_dates(value)
        if not hits:
            return
        before = value[: hits[0].start].strip(" ,.–-")
        if before and not has_digit(before) and len(before) <= 100:
            self.facts.location = parse_location(before, span)

    def _place_after_when(self, value: str, span: Span) -> None:
        hits = find_dates(value)
        found = find_time_range(value)
        ends = [h.end for h in hits[:1]] + ([found.end_offset] if found is not None else [])
        if not ends:
            return
        after = _PLACE_LEAD.sub("", value[max(ends) :]).strip(" ,.;|–—-")
        place = _NEXT_SENTENCE.split(after, maxsplit=1)[0]  # (a sentence after the place may
        if 3 <= len(place) <= 100 and after[:1].isalpha() and not find_dates(place):  # say the
            self.facts.location = parse_location(after, span)  # meeting was online too)

    def _address_block(self) -> None:
        """Multi-line addresses ("Bakkensbro 6", "6400 Sønderborg") next to a place label; also
        the lines right under a place that has no address yet ("Sted:" over "Medborgerhuset",
        "Mødelokale 3", "Skovvangen 12", "6000 Kolding")."""
        located = self.facts.location
        if not self._place_lines or (
            located is not None and (located.street or located.postal_code or located.span is None)
        ):
            return
        postal = [ln for ln in self._place_lines if _postal(ln.text)]
        if not postal:
            return
        # a letterhead's contact line ("Hedegaardvej 40 · 7330 Brande · www.hedegaard-vand.dk")
        # is the organisation's address: another line with a postal code names the meeting's
        postal = [ln for ln in postal if not _CONTACT.search(ln.text)] or postal
        # (so is one in a letterhead's dotted style, "Værkstedvej 6 · 4350 Ugerløse", beside a
        # place written plainly)
        postal = [ln for ln in postal if " · " not in ln.text] or postal
        last = postal[0]
        block = [ln for ln in self._place_lines if last.number - 4 <= ln.number <= last.number]
        if len(block) > 1 and any(_TITLE_OR_WHEN.match(ln.text) for ln in block[:-1]):
            # "af møde i Styregruppen ..." / "onsdag den 14. oktober 1998 kl. 14.00" / "i
            # Amtsgården, lokale 112, ...": a typed title's lines over its place are no part
            block = [
                ln
                for ln in block[:-1]
                if not _TITLE_OR_WHEN.match(ln.text) and not find_dates(ln.text)
            ] + [block[-1]]
        if located is not None and located.span is not None:
            below = located.span.end_line + 1  # the address goes on right under the place
            if [ln.number for ln in block] != list(range(below, last.number + 1)):
                return
        text = ", ".join(ln.text for ln in block)
        if ". " in text:  # "..., 2640 Hedehusene. Der var 38 andelshavere til stede."
            text = _NEXT_SENTENCE.split(text, maxsplit=1)[0]
        lead = _WORDS_BEFORE_PLACE.match(text) if located is None else None
        if lead is not None:  # "... ordinært" over "møde i Sognegården, Kirkestræde 4, ...":
            text = text[lead.end() :]  # the sentence's words before the place are none of it
        span = span_of(block[0].number, line_span(last).end_line)
        if located is not None and located.span is not None:
            # "... i bestyrelseslokalet på selskabets" over "adresse, Industrivej 14, ...": one
            # sentence broken over two lines; "Medborgerhuset" over "Mødelokale 3": two parts
            glue = " " if text[:1].islower() and located.written[-1:].isalpha() else ", "
            text = f"{located.written}{glue}{text}"
            span = span_of(located.span.start_line, span.end_line)
        self.facts.location = parse_location(text, span)
        self.facts.address_lines.extend(block)


def _without_people(people: list[Person], drop: list[Person]) -> list[Person]:
    """``[p for p in people if p not in drop]``: the models compared as pydantic compares them
    (same fields, no extra or private attributes: their ``__dict__``), without its ``__eq__``,
    which runs in Python and costs a hundred times a comparison of two dicts."""
    if not drop:
        return people
    fields = [d.__dict__ for d in drop]
    return [p for p in people if p.__dict__ not in fields]


def _from_outside(attendees: list[Person]) -> list[Person]:
    """The people of groups from another organisation ("Fra Søhusene: kundechef Finn Rask",
    "Fra Bøgh & Vinther Arkitekter: arkitekt Jesper Bøgh") or of its staff ("Fra direktionen:
    ...") listed under the body's own people
    ("Afdelingsbestyrelsen: ...", "Til stede: ..."): guests. A list of such groups only ("Fra
    Aarhus Kommune: ...", "Fra Magenta: ...") is the members'."""
    # (not "Fra bestyrelsen"; staff as well: "Fra direktionen: Ulrik Braae, adm. direktør")
    outside = [_from_kind(p.group) in (None, FieldKind.GUESTS) for p in attendees]
    first = outside.index(True) if any(outside) else 0
    if first == 0 or any(_from_kind(p.group) not in _BODYS_OWN for p in attendees[:first]):
        return []  # none, or not only the body's own people above them ("Fra Regionen: ...")
    return [p for p, out in zip(attendees, outside, strict=True) if out]


_BODYS_OWN: Final = (FieldKind.ATTENDEES, FieldKind.MEMBERS)  # "Fra afdelingsbestyrelsen: ..."


def _from_kind(group: str | None) -> FieldKind | None:
    """What a group "Fra ..." lists (None for an organisation of no known kind: "Fra Søhusene");
    any other group, or none, lists the body's own attendees."""
    if group is None or group[:4].casefold() != "fra ":
        return FieldKind.ATTENDEES
    return field_kind(group)


# a one-person label after a sentence on the same line ("Jørgen ledte mødet. Ref.: Bodil")
_FIELD_AFTER_SENTENCE: Final = re.compile(
    r"(?<=[a-zæøå)]\.)\s+([A-ZÆØÅ][\w.]{1,15}):\s+(\S.{0,60})$"
)
_TITLE_OR_WHEN: Final = re.compile(
    rf"^(?:af|fra|til)\s+møde\b|^(?:{'|'.join(WEEKDAYS)})\b|^den\s+\d", re.IGNORECASE
)


def joined(parts: list[Line]) -> Line:
    """One logical line of consecutive lines ("Dagsorden" / "til" / "mødet i Udvalg for
    regional udvikling": a title broken over lines)."""
    first = parts[0]
    text = " ".join(p.text.strip() for p in parts)
    return Logical(
        number=first.number, raw=first.raw, kind=first.kind, text=text, end=parts[-1].number
    )


def line_span(line: Line) -> Span:
    """The span of a line, or of a logical line joined from several."""
    end = line.end if isinstance(line, Logical) else line.number
    return span_of(line.number, end)


def _side_groups(line: Line) -> list[tuple[int, int, str]] | None:
    """A table's header row of two groups or more side by side, each label over its columns
    ("| Ledelsesrepræsentanter | | Medarbejderrepræsentanter | |"): (first column, end column,
    label) of each; None for any other row."""
    cells = [c.strip() for c in line.cells]
    starts = [k for k, c in enumerate(cells) if c]
    if len(starts) < 2 or len(starts) == len(cells):
        return None
    if not all(_side(cells[k].strip("*_: ")) for k in starts):
        return None
    ends = [*starts[1:], len(cells)]
    return [(k, end, cells[k].strip("*_: ")) for k, end in zip(starts, ends, strict=True)]


def _side(cell: str) -> bool:
    """A people table's cell that names a group of the body, not an organisation ("| Ledelsen
    |", "| Medarbejderne |" under "Repræsenterer")."""
    return _attendee_group(cell)


def _organisation_alone(value: str) -> bool:
    """A people field's value that names an organisation and no one ("Skatteankestyrelsen",
    "Region Midtjylland")."""
    bare = value.strip(" .")
    return (
        "," not in bare
        and " og " not in bare
        and len(bare) <= _ORGANISATION_MAX
        and is_organisation.of(bare)
        and not any(starts_with_first_name(word) for word in bare.split())
    )


def _entry_sentences(text: str) -> tuple[str, list[str]]:
    """A people line's first sentence and its later ones, when a later one is a label or an
    absence ("..., Marianne Skov (sekretær). Torben Friis havde meldt afbud pga. sygdom."); else
    the line and none."""
    if ". " not in text:
        return text, []
    first, *later = split_outside_parens(_SENTENCE_BREAK, text)
    if any(":" in s or absence_sentence(s) or _capitalised_titled(s) for s in later):
        return first, later
    return text, []


def _capitalised_titled(sentence: str) -> bool:
    """A sentence that is a person with her title first, capitalised as a sentence opens
    ("Rådgiver Line Holt, PlanEnergi, under pkt. 5" after "Driftsleder Tom Kristensen.")."""
    words = sentence.split(None, 1)
    if len(words) < 2 or not words[0][:1].isupper() or not known_title(words[0].casefold()):
        return False
    parts = parse_person(sentence.strip().rstrip("."))
    return parts is not None and " " in parts.name and starts_with_first_name(parts.name)


def _bold_group_line(line: Line) -> bool:
    """A short bold line inside a people list that names no known heading
    ("**Partirepræsentanter**", "**Foreningsrepræsentanter**"): a group label if people follow
    it (``_under_group``)."""
    text = line.text
    if not line.strong or line.bullet or len(text) >= 60 or ":" in text or has_digit(text):
        return False
    return not _vocabulary_word(text)


def _next_group_line(line: Line) -> bool:
    """A plain line of a few capitalised-first words, no comma and no person's first name: the
    next group's heading in a list parted into groups."""
    text = line.text
    return (
        line.kind is LineKind.TEXT
        and not (line.bullet or line.checkbox is not None or line.list_number is not None)
        and 0 < len(text) < 40
        and text[:1].isupper()
        and "," not in text
        and len(text.split()) <= 4
        and all(w.isalpha() for w in text.split())
        and not starts_with_first_name(text)
    )


def _plain_group_line(line: Line) -> bool:
    """A plain line inside a people list that is one word, a body in the definite form and no
    known heading ("Kommunalbestyrelsen", "Politiet", "Beredskabet" over the bullets of their
    people), or says where they come from ("Fra PLO"): a group label if people follow it
    (``_under_group``)."""
    text = line.text
    if (
        line.kind is LineKind.TEXT
        and text.startswith("Fra ")
        and not (line.bullet or line.checkbox is not None or line.list_number is not None)
    ):  # "Fra Regionen", "Fra PLO", "Fra kommunerne" over the bullets of their people
        words = text[4:].split()
        return 0 < len(words) <= 3 and all(w.isalpha() or "-" in w for w in words)
    if (
        line.kind is not LineKind.TEXT
        or line.bullet
        or line.checkbox is not None
        or line.list_number is not None
        or line.strong
        or len(text) >= 40
        or not text.isalpha()  # one word
        or not text[:1].isupper()
        or not text.endswith(("en", "et", "erne", "ne"))  # a body in the definite form
    ):
        return False
    return (
        not starts_with_first_name(text)
        and not _vocabulary_word(text)
        and not _PLACEHOLDER.match(text)  # "Ingen" under "Afbud:"
    )


def _person_and_unit(text: str) -> bool:
    """A list entry of a person with her title in front and, after the comma, a capitalised
    unit that is no person ("Vicedirektør Anette Holm, Sundhedsstrategisk Planlægning"): one
    person, not two ("skoleleder Tina Bregnhøj, viceskoleleder Jesper Vang": two). Remembered."""
    return _person_and_unit_memo.of(text)


def _person_and_unit_uncached(text: str) -> bool:
    entries = list_entries(text)
    if len(entries) != 2 or not entries[1][:1].isupper() or starts_with_first_name(entries[1]):
        return False
    first, second = parse_person(entries[0]), parse_person(entries[1])
    return (
        first is not None
        and first.title is not None
        and " " in first.name
        and (second is None or (second.title is None and not second.roles))
    )


_person_and_unit_memo: Final = memo(_person_and_unit_uncached, 512)


def _held_later_on(text: str) -> re.Match[str] | None:
    """A sentence after a line's first that says where the meeting was held."""
    later = (_HELD_AT.match(s) for s in _LATER_SENTENCE.split(text)[1:])
    return next((m for m in later if m is not None), None)


_ROLE_JOIN: Final = re.compile(r"\s*(?:,|\bog\b|&|/)\s*")


def _compound_role(text: str) -> str | None:
    """The meeting role in a signer's posts of lower-case words ("formand og mødeleder",
    "sekretær, referent"): "mødeleder", "referent"; None for other text."""
    if not text[:1].islower():
        return None
    parts = [p for p in _ROLE_JOIN.split(text.strip().rstrip(".")) if p]
    if len(parts) < 2 or not all(p in PERSON_ROLES or p in TITLE_WORDS for p in parts):
        return None
    roles = [PERSON_ROLES.get(p, p) for p in parts]
    return next((r for r in roles if r in CHAIR_ROLES or r in MINUTE_TAKER_ROLES), None)


def one_entry(cell: str) -> bool:
    """A cell naming one person with details after commas ("Inger Lund, Ældre Sagen",
    "Grethe Holm, formand"): no part after the first is a full name, no "og" joins two."""
    parts = split_outside_parens(ENTRY_SPLIT, cell)
    return (
        len(parts) > 1
        and " og " not in cell
        and full_name(parts[0])
        and not any(full_name(p) for p in parts[1:])
    )


def _people_grid(cells: list[str]) -> bool:
    """A row of a table of names with no header, a person in each cell ("| Frank Jessen (V),
    borgmester | Rikke Nørgaard (A) | Bo Kjærsgaard (V) |"): at least two cells, every
    filled cell a full name (with its details after a comma)."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(
        full_name(split_outside_parens(ENTRY_SPLIT, c)[0]) for c in filled
    )
