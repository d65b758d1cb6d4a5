"""The meeting's place, chosen from the places the header reader found (``_header`` splits them
into name, street, postal code and city).

A place field in the header wins, then one under the minutes that is not a web page's footer
address, then a place line of the header ("kl. 19.00 i Sognegården"), then that footer address.
A header line that says the meeting was held online or hybrid ("Mødet blev afholdt som
hybridmøde.", "Mødeform: Hybridmøde") makes the place virtual (and hybrid beside a room); the
organisation's own name before the place is cut off it.
"""

from __future__ import annotations

import re
from typing import Final

from referat import _new as new
from referat._danish import find_dates, find_time_range
from referat._digit import has_digit
from referat._facts import LineKind
from referat._header import (
    HeaderFacts,
    line_span,
    looks_like_place,
    parse_location,
    postal_code_and_town,
)
from referat._identity import COLUMN_GAP, PAGE_MARK_START, PLACE_WORDS
from referat._prefix import casefolded, lowered
from referat._scan import Line
from referat.models import Location
from referat.vocabulary import (
    HYBRID_WORDS,
    MEETING_FORM_LABELS,
    MEETING_MODE,
    VIRTUAL_WORDS,
    normalise_label,
)

_PLACE_AFTER_CLOCK: Final = re.compile(r"\bkl\.?\s+(?![\d.:])([A-ZÆØÅ][^:]{2,100})$")


WORD: Final = re.compile(r"\w+")


_MEETING_MODE: Final = re.compile(MEETING_MODE)  # on lower-case text


_ONLINE_HEADINGS: Final = frozenset(
    {"online", "online-deltagelse", "onlinedeltagelse", "deltag online", "virtuel deltagelse"}
)


_MODE_LINE_KINDS: Final = (LineKind.TEXT, LineKind.CODE, LineKind.TABLE_ROW)


_MODE_WORDS: Final = ("hybrid", "online", "virtuel", "video", "teams", "zoom", "link")


def without_organisation(location: Location, organisation: str) -> Location:
    """A place named after the organisation holding the meeting in it ("generalforsamling i
    Højslev Fjernvarmeværk a.m.b.a. i Højslev Hallens cafeteria", "... i Fjordlys Fjernvarme
    A.m.b.A. på selskabets kontor"): the place alone."""
    name = location.name
    if name is None or len(name) <= len(organisation) + 4:
        return location
    head = name[: len(organisation)]
    rest = name[len(organisation) :]
    joint = rest[1:].split(" ", 1)[0] if rest[:1] == " " else ""
    if casefolded.of(head) != casefolded.of(organisation) or joint not in ("i", "på"):
        return location
    return new.updated(location, {"name": name[len(organisation) + len(joint) + 2 :].strip()})


def held_online(location: Location | None, lines: tuple[Line, ...], first: int) -> Location | None:
    """A header line before the first item that says the meeting was held online or hybrid
    ("Mødet blev afholdt som hybridmøde.", "Online: mumble.flug.dk"): the place is virtual too,
    and hybrid when the line says so or the place has a room or an address; with no place, the
    place is that line."""
    for line in lines[: min(first, 80)]:
        if line.kind is LineKind.HEADING:  # "## Online-deltagelse" over how to take part
            if normalise_label.of(line.text) not in _ONLINE_HEADINGS:
                continue
            said_hybrid = location is not None  # (beside a place: a way to take part too)
        elif line.kind in _MODE_LINE_KINDS:
            # (an indented "Tid / Sted / Online" block is read as code; "| Online | ... |")
            low = lowered.of(line.text)
            if not any(w in low for w in _MODE_WORDS) or _MEETING_MODE.search(low) is None:
                continue
            said_hybrid = "hybrid" in low
        else:
            continue
        if location is None:
            return new.Location(
                name=None, street=None, postal_code=None, city=None, virtual=True,
                hybrid=said_hybrid, written=line.text, span=line_span(line),
            )  # fmt: skip
        room = (
            location.street is not None
            or location.postal_code is not None
            or (location.name is not None and not location.virtual)
        )
        return new.updated(location, {"virtual": True, "hybrid": said_hybrid or room})
    return location


def meeting_place(header: HeaderFacts, footer: HeaderFacts, title: Line | None) -> Location | None:
    """The place a field names (in the header, then under the minutes), else a place line of
    the header, else an address block under the minutes: a web page's footer address ("Rådhuset
    · 7620 Lemvig") is where the site's owner is, and a place line under the date beats it."""
    if header.location is not None:
        return _in_meeting_form(header.location, header)
    below = footer.location
    start = below.span.start_line if below is not None and below.span is not None else None
    if below is not None and all(ln.number != start for ln in footer.address_lines):
        return below
    return _fallback_location(header, title) or below


def _in_meeting_form(location: Location, header: HeaderFacts) -> Location:
    """The place as the meeting's form field says it was used ("Mødeform: Hybridmøde (fysisk og
    via Teams)" beside "Mødested: Holbæk Rådhus, ..."): hybrid, with an online way in."""
    for field in header.fields:
        if normalise_label.of(field.label) not in MEETING_FORM_LABELS:
            continue
        words = set(WORD.findall(casefolded.of(field.value)))
        if not words.isdisjoint(HYBRID_WORDS) and not location.hybrid:
            return new.updated(location, {"virtual": True, "hybrid": True})
    return location


_STREET_NAME: Final = re.compile(r"^(\D{3,40}?)\s+\d")


_POSTCODE_REACH: Final = 60  # characters from the street's name to its postal code on a line


def with_postcode_of_street(location: Location | None, lines: tuple[Line, ...]) -> Location | None:
    """A meeting place whose street has no postal code ("vandværkets mødelokale, Kildevej 3")
    takes the postal code and town written after the same street elsewhere, as a letterhead or
    a footer does ("Kildevej 3, Nørre Tvede · 4171 Glumsø", "Humlebakken 8-14 · 2200 København
    N"): the meeting is at the organisation's address."""
    if location is None or location.street is None or location.postal_code is not None:
        return location
    named = _STREET_NAME.match(location.street)
    if named is None:
        return location
    street = named.group(1)
    for line in lines:
        at = line.text.find(street) if line.text else -1
        if at < 0 or not has_digit(line.text):
            continue
        window = line.text[at : at + len(street) + _POSTCODE_REACH]
        if "     " in line.raw:  # "..., 4320 Lejre          Side 1 af 2": a column beside it
            raw_at = line.raw.find(street)
            if raw_at >= 0:
                window = line.raw[raw_at : raw_at + len(street) + _POSTCODE_REACH]
                window = COLUMN_GAP.split(window, maxsplit=1)[0]
        found = postal_code_and_town(window)
        if found is not None:
            return new.updated(location, {"postal_code": found[0], "city": found[1]})
    return location


def _fallback_location(header: HeaderFacts, title: Line | None) -> Location | None:
    """A place named on a header line of its own, or a virtual meeting named in the title."""
    candidates = [ln for ln, _ in header.free if ln.text and len(ln.text) <= 100]
    for ln in candidates:
        if ln is title:
            continue
        if (
            PLACE_WORDS.search(ln.text)
            and not _CLOCK_WORD.search(ln.text)
            and not (has_digit(ln.text) and find_dates(ln.text))  # a PDF page's run-together
        ):  # head ("R e f e r a t MØDE ... Onsdag den 9. marts 2016 kl Mødelokale Arresø")
            return parse_location(ln.text, line_span(ln))
    for (before, dated), (ln, _) in zip(header.free, header.free[1:], strict=False):
        if (  # "Onsdag den 13. marts 2024 kl. 19.30" over "Nørre Snede Hallen, cafeteriet"
            dated
            and ln.number - before.number <= 2
            and 3 <= len(ln.text) <= 80
            and len(ln.text.split()) <= _PLACE_WORDS_MAX  # a name and an address, no sentence
            and not ln.text.endswith(".")
            and ":" not in ln.text
            and not find_dates(ln.text)
            and not PAGE_MARK_START.match(casefolded.of(ln.text))
            and looks_like_place(ln.text)
        ):
            return parse_location(_place_before_clock(ln.text) or ln.text, line_span(ln))
    for ln in candidates:  # "Børnehuset Kastanjen, personalestuen – kl. 19.00-21.00"
        low = casefolded.of(ln.text)
        place = _place_before_clock(ln.text) if ln is not title and "kl" in low else None
        if place is not None:
            return parse_location(place, line_span(ln))
    for ln in ([title] if title is not None else []) + candidates:
        m = _PLACE_AFTER_CLOCK.search(ln.text)
        if m and PLACE_WORDS.search(m.group(1)):
            return parse_location(_PLACE_LABEL.sub("", m.group(1)), line_span(ln))
        after = _place_after_time(ln.text)  # "... Kl. 17.00 – 19.00 Mødelokale 1" (a PDF's)
        if after:  # (and "... kl. 17.00-19.00 Sted: Lindeskolen": without its label)
            return parse_location(_PLACE_LABEL.sub("", after), line_span(ln))
    for ln in ([title] if title is not None else []) + candidates:
        words = set(WORD.findall(casefolded.of(ln.text)))
        found = words & VIRTUAL_WORDS
        if found:
            return new.Location(
                name=_as_written(sorted(found)[0], ln.text),
                virtual=True,
                written=ln.text,
                span=line_span(ln),
            )
    return None


_CLOCK_WORD: Final = re.compile(r"\bkl\.?\s*\d", re.IGNORECASE)  # "kl. 19", "Kl. 17.00"


_PLACE_THEN_CLOCK: Final = re.compile(
    r"(?P<place>[^:|]{3,80}?)\s*[,–—-]?\s+[Kk]l\.?\s*\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d{2})?)?\s*$"
)


def _place_before_clock(text: str) -> str | None:
    """The place a line names before the meeting's hours, and nothing else ("Børnehuset
    Kastanjen, personalestuen – kl. 19.00-21.00"): a place of a few words, no date."""
    m = _PLACE_THEN_CLOCK.fullmatch(text)
    if m is None:
        return None
    place = m.group("place").strip(" ,–—-")
    if len(place.split()) > _PLACE_WORDS_MAX or find_dates(place) or not looks_like_place(place):
        return None
    return place


_PLACE_WORDS_MAX: Final = 7  # a name and an address, not a sentence


_PLACE_LABEL: Final = re.compile(r"^(?:møde)?sted\s*:\s*", re.IGNORECASE)


def _place_after_time(text: str) -> str:
    """The place written right after a line's time, without a word between ("Referat
    12.03.2025 Kl. 17.00 – 19.00 Mødelokale 1"), else ""."""
    found = find_time_range(text) if has_digit(text) else None
    if found is None:
        return ""
    rest = text[found.end_offset :].strip(" ,.")
    if not rest[:1].isupper() or len(rest) > 60 or not PLACE_WORDS.search(rest):
        return ""
    return rest


def _as_written(word: str, text: str) -> str:
    """``word`` (casefolded) as ``text`` writes it: "Teams" of "Teams-møde", not "teams"."""
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
    return m.group() if m is not None else word
