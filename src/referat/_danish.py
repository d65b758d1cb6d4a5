"""Recognise Danish (and some English) dates and meeting times in free text.

Everything here is a pure function over ``str``. The patterns are compiled once at
import time and use only bounded quantifiers, so scanning is linear in the length of
the input, and no function raises on any input.

Only ASCII digits ``0-9`` count as digits.
"""

from __future__ import annotations

from dataclasses import dataclass
import datetime
import re
from typing import TYPE_CHECKING, Final

from referat._digit import first_ascii_digit
from referat._memo import memo
from referat._trie import alternation
from referat.vocabulary import COUNT_UNITS, MONTH_SPELLINGS, TIME_CONTEXT_WORDS, WEEKDAY_SPELLINGS

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "DateHit",
    "TimeRange",
    "find_dates",
    "find_time_range",
    "parse_date",
    "sentence_at",
]

# ---------------------------------------------------------------------------
# Data tables (Danish and English words)
# ---------------------------------------------------------------------------

# Month and weekday spellings (Danish, English, abbreviations) are vocabulary tables.

# Words that, directly before a dotted number, mark it as a version and not a date.
_VERSION_WORDS: Final = (
    "v",
    "ver",
    "version",
    "versions",
    "release",
    "rev",
    "build",
    "python",
    "ubuntu",
    "debian",
    "fedora",
    "windows",
    "macos",
    "ios",
    "android",
    "node",
    "php",
    "java",
)

_MIN_YEAR: Final = 1900
_MAX_YEAR: Final = 2099
_TWO_DIGIT_PIVOT: Final = 70  # yy < 70 -> 20yy, otherwise 19yy
_MAX_HOUR: Final = 24
_MAX_MINUTE: Final = 59

# ---------------------------------------------------------------------------
# Regular expression building blocks
# ---------------------------------------------------------------------------

_WS: Final = r"[^\S\r\n]"  # horizontal whitespace (includes no-break space)
_DASHES: Final = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
_NOT_AFTER_LETTER: Final = r"(?<![^\W\d_])"
_NOT_BEFORE_LETTER: Final = r"(?![^\W\d_])"
# A number must not continue another number ("2.018.000", "330-2018-3619", "24,75").
_NOT_AFTER_NUMBER: Final = r"(?<![0-9])(?<![0-9][.,/:\-])"
# After a 4-digit year: no more digits, no ".5"/"/5", no case-number tail "-3619".
_YEAR4_END: Final = r"(?![0-9])(?![.,/][0-9])(?!-[0-9]{3})"
# After a 2-digit year or a bare day/month: nothing number-like may follow.
_SHORT_END: Final = r"(?![0-9])(?![.,/:\-][0-9])"


def _first_letters(words: Iterable[str]) -> str:
    """A look-ahead for the first letters of ``words``: one test where the trie would make
    one per letter (tried at every digit and word of a text)."""
    return "(?=[" + re.escape("".join(sorted({w[0] for w in words}))) + "])"


_MONTH_ALT: Final = _first_letters(MONTH_SPELLINGS) + alternation(MONTH_SPELLINGS)
_WEEKDAY_ALT: Final = _first_letters(WEEKDAY_SPELLINGS) + alternation(WEEKDAY_SPELLINGS)

_PREFIX: Final = (
    rf"(?:{_NOT_AFTER_LETTER}(?P<weekday>{_WEEKDAY_ALT})\.?,?{_WS}{{1,3}})?"
    rf"(?:{_NOT_AFTER_LETTER}(?P<den>den{_WS}{{1,3}}|d\.{_WS}{{0,3}}|d{_WS}{{1,3}}))?"
)

# 2017-10-02, 2021.05.13, 2021/05/13
_ISO: Final = (
    rf"(?P<iso>{_NOT_AFTER_NUMBER}(?P<iy>[0-9]{{4}})(?P<isep>[\-./])(?P<im>[0-9]{{1,2}})"
    rf"(?P=isep)(?P<id>[0-9]{{1,2}})(?![0-9])(?![.,/][0-9]))"
)
# 02.10.2017, 2.10.2017, 13.04.26, 11/9/19, 04-06-2020; 3.4.-5.4.2024 (a meeting of days: its
# first, in group rd/rm)
_DMY: Final = (
    rf"(?P<dmy>{_NOT_AFTER_NUMBER}(?:(?P<rd>[0-9]{{1,2}})\.(?P<rm>[0-9]{{1,2}})\.{_WS}{{0,2}}"
    rf"[{_DASHES}]{_WS}{{0,2}})?(?P<nd>[0-9]{{1,2}})(?P<nsep>[\-./])(?P<nm>[0-9]{{1,2}})"
    rf"(?P=nsep)(?:(?P<ny4>[0-9]{{4}}){_YEAR4_END}|(?P<ny2>[0-9]{{2}}){_SHORT_END}))"
)
# 20250403 in a file's name (an underscore beside it: "20250403_Referat_Bestyrelsesmøde"; eight
# digits alone are as likely a phone number)
_COMPACT: Final = (
    r"(?P<cmp>(?<![0-9])(?P<cy>(?:19|20)[0-9]{2})(?P<cm>0[1-9]|1[0-2])"
    r"(?P<cd>0[1-9]|[12][0-9]|3[01])(?![0-9])(?:(?=_)|(?<=_[0-9]{8})))"
)
# 2/10 2017, 2/10-2017, 20/4-26, 2/9 -24
_SLASH_YEAR: Final = (
    rf"(?P<sly>{_NOT_AFTER_NUMBER}(?P<sd>[0-9]{{1,2}})/(?P<sm>[0-9]{{1,2}})"
    rf"(?:(?:-|{_WS}{{1,2}})(?P<sy4>[0-9]{{4}}){_YEAR4_END}|{_WS}?-(?P<sy2>[0-9]{{2}}){_SHORT_END}))"
)  # (a space before the dash: "mandag d 2/9 -24")
# 6/2 (only with a default year)
_SLASH_NO_YEAR: Final = (
    rf"(?P<sl>{_NOT_AFTER_NUMBER}(?P<qd>[0-9]{{1,2}})/(?P<qm>[0-9]{{1,2}}){_SHORT_END}"
    rf"(?!{_WS}{{0,2}}time))"  # "1/2 time" is half an hour
)
# den 3.4. (after "den"/"d." only, and only with a default year): day and month with dots
_DOT_NO_YEAR: Final = (
    rf"(?P<dot>(?(den){_NOT_AFTER_NUMBER}(?P<od>[0-9]{{1,2}})\.(?P<om>[0-9]{{1,2}})\.{_SHORT_END}"
    r"|(?!)))"
)
# 2. oktober 2017, 2 okt. 2017, 15-maj-2002, 8. september (default year), 12.-13. marts 2024,
# "23. og lørdag den 24. maj 2025" (a meeting of two days: its first)
_TEXT_DAY_FIRST: Final = (
    rf"(?P<txt>{_NOT_AFTER_NUMBER}(?:(?P<td0>[0-9]{{1,2}})"
    rf"(?:\.?{_WS}{{0,2}}[{_DASHES}]{_WS}{{0,2}}|\.{_WS}{{1,2}}og{_WS}{{1,2}}"  # ("3 og 24. maj":
    rf"(?:{_WEEKDAY_ALT}{_WS}{{1,2}})?(?:den{_WS}{{1,2}})?))?"  # an item and a date)
    rf"(?P<td>[0-9]{{1,2}})"
    rf"(?:(?:{_WS}?\.)?{_WS}{{0,3}}|\.?{_WS}{{0,2}}-{_WS}{{0,2}})"  # (hand-typed "6 . nov")
    rf"(?P<tm>{_MONTH_ALT}){_NOT_BEFORE_LETTER}\.?"
    rf"(?:{_WS}{{0,3}}[,\-]?{_WS}{{0,3}}(?P<ty>[0-9]{{4}})(?![0-9])"
    rf"|{_WS}{{0,3}}['’´](?P<ty2>[0-9]{{2}})(?![0-9]))?)"  # 3. apr. '24
)
# April 3, 2019
_TEXT_MONTH_FIRST: Final = (
    rf"(?P<mf>{_NOT_AFTER_LETTER}(?P<fm>{_MONTH_ALT})\.?{_WS}{{1,3}}"
    rf"(?P<fd>[0-9]{{1,2}})(?:st|nd|rd|th|\.)?(?![0-9])"
    rf"(?:,{_WS}{{0,3}}|{_WS}{{1,3}})(?P<fy>[0-9]{{4}})(?![0-9]))"
)

# Every date starts at a digit or at the start of a word (a weekday, "den"/"d.", a month name):
# this look-ahead lets the engine skip every other position cheaply (2-3x faster scanning).
_FIRST_LETTERS: Final = "".join(sorted({w[0] for w in (*MONTH_SPELLINGS, *WEEKDAY_SPELLINGS, "d")}))
_DATE_START: Final = rf"(?=[0-9]|{_NOT_AFTER_LETTER}[{re.escape(_FIRST_LETTERS)}])"

_DATE_RE: Final = re.compile(
    _DATE_START
    + _PREFIX
    # the forms that open with a digit (each after look-behinds), tried only at a digit
    + "(?:(?=[0-9])(?:"
    + "|".join((_ISO, _DMY, _SLASH_YEAR, _SLASH_NO_YEAR, _TEXT_DAY_FIRST, _DOT_NO_YEAR, _COMPACT))
    + ")|"
    + _TEXT_MONTH_FIRST
    + ")",
    re.IGNORECASE,
)

_VERSION_CONTEXT_RE: Final = re.compile(
    rf"(?:(?<![^\W_])(?:{alternation(_VERSION_WORDS)})\.?{_WS}{{0,3}}|[vV])$",
    re.IGNORECASE,
)
_VERSION_LOOKBACK: Final = 24

_SEP: Final = (
    rf"{_WS}{{0,3}}(?:--|[{_DASHES}\u2192]|{_NOT_AFTER_LETTER}(?:til|to){_NOT_BEFORE_LETTER})"
    rf"{_WS}{{0,3}}(?:(?:ca\.?|cirka|omkring){_WS}{{1,3}})?"  # "kl. 19.00 – ca. 21.30"
)
_CLOCK_END: Final = r"(?![0-9])(?![.:][0-9])"

# kl. 14, kl. 14.00 – 17.00, kl. 14-17, fra kl. 14 til 17, kl. 13 - 14:30
_KL: Final = (
    rf"(?P<kl>{_NOT_AFTER_LETTER}(?:(?:klokken|kl)\.?:?"  # "Kl.: 19.00" (a form's label)
    # English "at 18.30" (with its minutes: Danish "at" is "that", as in "at 3 medlemmer")
    rf"|at(?={_WS}{{1,3}}[0-9]{{1,2}}[.:][0-9]{{2}}{_CLOCK_END}(?!{_WS}?[ap]\.?m)))"
    rf"{_WS}{{0,3}}"  # ("at 2:00 PM" is read as a clock time with its meridiem)
    # ("kl. 1700-1900": after "kl." four digits are hours and minutes, as a 24-hour clock writes)
    rf"(?P<ah>[0-9]{{1,2}})(?:[.:]?(?P<am>[0-9]{{2}}))?(?::[0-9]{{2}})?{_CLOCK_END}"
    rf"(?:{_SEP}(?:kl\.?{_WS}{{0,3}})?"
    rf"(?P<bh>[0-9]{{1,2}})(?:[.:]?(?P<bm>[0-9]{{2}})(?::[0-9]{{2}})?{_CLOCK_END}"
    # a bare end hour must not be the day of a date: "kl. 14 - 2. oktober"
    rf"|{_CLOCK_END}(?!\.?{_WS}{{0,3}}(?:{_MONTH_ALT}){_NOT_BEFORE_LETTER})))?)"
)


def _meridiem(name: str) -> str:
    """An English "AM"/"PM" after a clock time ("2:00 PM", "3:30pm", "10 a.m.")."""
    return rf"(?:{_WS}?(?P<{name}>[ap])\.?m\.?{_NOT_BEFORE_LETTER})?"


_ZONE: Final = rf"(?:{_WS}{{0,2}}\(?(?-i:CET|CEST|UTC|GMT)\)?(?![A-Za-z]))?"
"""A time zone after a clock time ("13:00 (CET) → 14:30", as Notion writes it)."""
# 13.00-15.00, 19.00 - 19.45, 14:00-17:00, 1:30 PM - 3:00 PM, 10:00 AM → 11:30 AM (Notion)
_RANGE: Final = (
    rf"(?P<rg>{_NOT_AFTER_NUMBER}(?P<ch>[0-9]{{1,2}})[.:](?P<cm>[0-9]{{2}})(?::[0-9]{{2}})?"
    rf"{_meridiem('cap')}{_ZONE}{_SEP}(?P<dh>[0-9]{{1,2}})[.:](?P<dm>[0-9]{{2}})(?::[0-9]{{2}})?"
    rf"{_CLOCK_END}{_meridiem('dap')})"
)
# 19:00, 09:00:00, 2:00 PM
_COLON: Final = (
    rf"(?P<co>{_NOT_AFTER_NUMBER}(?P<eh>[0-9]{{1,2}}):(?P<em>[0-9]{{2}})(?::[0-9]{{2}})?"
    rf"{_CLOCK_END}{_meridiem('eap')})"
)

_OPTIONAL_KL: Final = rf"(?:(?:klokken|kl){_NOT_BEFORE_LETTER}\.?{_WS}{{0,3}})?"
# fra 19-21, fra 16.30 til 18, mellem 19 og 21, mellem kl. 9 og 11 (read only in a time's context)
_FROM: Final = (
    rf"(?P<fr>{_NOT_AFTER_LETTER}(?:fra|mellem){_WS}{{1,3}}{_OPTIONAL_KL}"
    rf"(?P<fh>[0-9]{{1,2}})(?:[.:](?P<fm>[0-9]{{2}}))?{_CLOCK_END}"
    rf"{_WS}{{0,3}}(?:[{_DASHES}]|{_NOT_AFTER_LETTER}(?:til|og){_NOT_BEFORE_LETTER}){_WS}{{0,3}}"
    rf"(?:ca\.?{_WS}{{0,3}})?{_OPTIONAL_KL}(?P<gh>[0-9]{{1,2}})(?:[.:](?P<gm>[0-9]{{2}}))?{_CLOCK_END})"
)

# Every time starts at a digit, at "kl"/"klokken", "at" or "fra"/"mellem": skip the rest cheaply.
_TIME_RE: Final = re.compile(
    rf"(?=[0-9]|{_NOT_AFTER_LETTER}[kfma])(?:" + "|".join((_KL, _RANGE, _COLON, _FROM)) + ")",
    re.IGNORECASE,
)
_TIME_CONTEXT: Final = re.compile(
    rf"{_NOT_AFTER_LETTER}(?:{alternation(TIME_CONTEXT_WORDS)}){_NOT_BEFORE_LETTER}", re.IGNORECASE
)
_TIME_CONTEXT_REACH: Final = 40
_COUNT_AFTER: Final = re.compile(rf"{_WS}{{0,3}}(?:{alternation(COUNT_UNITS)}|%)", re.IGNORECASE)

# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in a text.

    ``start``/``end`` are the character offsets of the match, so that
    ``text[start:end] == hit.text``. The match includes a leading weekday and/or
    "den"/"d." when present ("mandag den 2. oktober 2017").
    """

    date: datetime.date
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TimeRange:
    """A meeting time ("HH:MM") with optional end; offsets span the whole match."""

    start: str | None
    end: str | None
    start_offset: int
    end_offset: int


_LONGEST_DATE_PREFIX: Final = max(map(len, WEEKDAY_SPELLINGS)) + max(map(len, MONTH_SPELLINGS)) + 20
"""Every date has a digit, and its start lies at most this far before the first one ("Wednesday,
den September 2, ..."): the search starts there, not at every word of a long text."""
_LONGEST_TIME_PREFIX: Final = len("mellem klokken") + 8


def _date_matches_in(text: str) -> tuple[re.Match[str], ...]:
    """Every match of the date pattern in ``text``, remembered for the last texts: a line
    without a dated hit is searched again for a date without a year (the same matches, read
    with a default year)."""
    return tuple(_DATE_RE.finditer(text, _date_search_start(text)))


_date_matches: Final = memo(_date_matches_in, 256)


def _date_search_start(text: str) -> int:
    """Where a date can start at the earliest (the length of ``text``: nowhere)."""
    first = first_ascii_digit(text)
    return len(text) if first < 0 else max(0, first - _LONGEST_DATE_PREFIX)


def find_dates(text: str, *, default_year: int | None = None) -> list[DateHit]:
    """Return all dates in ``text``, in order and non-overlapping.

    Day-month forms without a year ("d. 8. september", "6/2") are only returned
    when ``default_year`` is given; the year is then taken from it.
    """
    if not isinstance(text, str) or not text:
        return []
    hits: list[DateHit] = []
    for match in _date_matches.of(text):
        found = _date_from_match(match, text, default_year)
        if found is not None:
            start = _hit_start(match)
            hits.append(DateHit(found, start, match.end(), text[start : match.end()]))
    return hits


def _hit_start(match: re.Match[str]) -> int:
    """Where the date starts: a number before a dash that is no first day of a range ("kl. 14 -
    2. oktober") is not part of it."""
    first = match.group("td0")
    if first is not None and int(first) >= int(match.group("td")):
        return match.start("td")
    return match.start()


def parse_date(text: str, *, default_year: int | None = None) -> datetime.date | None:
    """Return the first date in ``text``, or ``None``."""
    if not isinstance(text, str) or not text:
        return None
    for match in _date_matches.of(text):
        found = _date_from_match(match, text, default_year)
        if found is not None:
            return found
    return None


def find_time_range(text: str) -> TimeRange | None:
    """Return the first meeting time (start and optional end) in ``text``, or ``None``.

    Recognised: "kl."/"klokken" followed by an hour (with optional minutes and an
    optional end after a dash or "til"), ranges like "13.00-15.00" or
    "14:00 – 17:00", and single "HH:MM" / "HH:MM:SS" times.
    """
    if not isinstance(text, str) or not text:
        return None
    first = first_ascii_digit(text)  # every time has a digit
    if first < 0:
        return None
    if "kl. " in text and _ocr_clock_possible(text):
        text = _OCR_CLOCK.sub(_read_ocr_clock, text)  # "kl. l9.30", "kl. 2l.45": OCR's ones
    grown: list[int] = []  # where a fraction's clock grew by two characters ("19½": "19.30")
    if "½" in text or "¼" in text or "¾" in text:
        grown = [m.end() for m in _FRACTION_CLOCK.finditer(text)]
        text = _FRACTION_CLOCK.sub(_fraction_clock, text)  # "Kl. 19½": half past seven
    for match in _TIME_RE.finditer(text, max(0, first - _LONGEST_TIME_PREFIX)):
        found = _time_from_match(match, text)
        if found is not None and grown:  # the offsets in the text as written
            found = _shrunk(found, grown)
        if found is not None:
            return found
    return None


def _shrunk(found: TimeRange, grown: list[int]) -> TimeRange:
    """A time's offsets in the text before its fractions were written out (each "½" became
    three characters, ".30", after the end ``grown`` of its match in the original)."""

    def back(offset: int) -> int:
        shift = 0
        for k, end in enumerate(grown):
            if offset >= end + 2 * (k + 1):
                shift = 2 * (k + 1)
        return max(0, offset - shift)

    return TimeRange(found.start, found.end, back(found.start_offset), back(found.end_offset))


# A clock time after "kl." in which text recognition read a one as "l" or "I", a nought as "O"
# ("kl. l9.30", "kl. 2l.45", "kl. 1O.OO"): at least one real digit, the same length read back.
_OCR_CLOCK: Final = re.compile(
    r"(?<=kl\. )(?=[0-9lI][0-9lIO]?[.:][0-9lIO]{2}(?![0-9A-Za-z]))(?=\S*[0-9])(?=\S*[lIO])"
    r"[0-9lI][0-9lIO]?[.:][0-9lIO]{2}"
)
_OCR_DIGITS: Final = str.maketrans({"l": "1", "I": "1", "O": "0"})


_FRACTION_CLOCK: Final = re.compile(r"(\b[kK][lL]\.?\s*)(\d{1,2})([½¼¾])")
_FRACTION_MINUTES: Final = {"½": "30", "¼": "15", "¾": "45"}


def _fraction_clock(match: re.Match[str]) -> str:
    """ "Kl. 19½" -> "Kl. 19.30" (an old protocol's hours with a fraction)."""
    return f"{match.group(1)}{match.group(2)}.{_FRACTION_MINUTES[match.group(3)]}"


def _ocr_clock_possible(text: str) -> bool:
    """Cheap first: an "l", "I" or "O" within the five characters after some "kl. "."""
    at = text.find("kl. ")
    while at >= 0:
        window = text[at + 4 : at + 9]
        if "l" in window or "I" in window or "O" in window:
            return True
        at = text.find("kl. ", at + 4)
    return False


def _read_ocr_clock(match: re.Match[str]) -> str:
    return match.group().translate(_OCR_DIGITS)


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _year4(raw: str) -> int | None:
    year = int(raw)
    return year if _MIN_YEAR <= year <= _MAX_YEAR else None


def _year2(raw: str) -> int:
    year = int(raw)
    return 2000 + year if year < _TWO_DIGIT_PIVOT else 1900 + year


def _looks_like_version(text: str, pos: int) -> bool:
    before = text[max(0, pos - _VERSION_LOOKBACK) : pos]
    return _VERSION_CONTEXT_RE.search(before) is not None


def _date_from_match(
    match: re.Match[str], text: str, default_year: int | None
) -> datetime.date | None:
    has_prefix = match.group("weekday") is not None or match.group("den") is not None

    if match.group("txt") is not None:
        month = MONTH_SPELLINGS.get(match.group("tm").lower())
        raw_year, short_year = match.group("ty"), match.group("ty2")
        year = (
            _year4(raw_year)
            if raw_year is not None
            else _year2(short_year)
            if short_year is not None
            else default_year
        )
        if month is None or year is None:
            return None
        day, first = int(match.group("td")), match.group("td0")
        if first is not None and int(first) < day:
            day = int(first)  # "12.-13. marts 2024": the meeting starts on the 12th
        return _make_date(year, month, day)

    if match.group("mf") is not None:
        month = MONTH_SPELLINGS.get(match.group("fm").lower())
        year = _year4(match.group("fy"))
        if month is None or year is None:
            return None
        return _make_date(year, month, int(match.group("fd")))

    # Numeric forms: refuse things that look like software versions.
    for name in ("iso", "dmy", "sly", "sl"):
        if match.group(name) is not None:
            if not has_prefix and _looks_like_version(text, match.start(name)):
                return None
            break

    if match.group("iso") is not None:
        year = _year4(match.group("iy"))
        if year is None:
            return None
        return _make_date(year, int(match.group("im")), int(match.group("id")))

    if match.group("dmy") is not None:
        raw4 = match.group("ny4")
        if raw4 is not None:
            year = _year4(raw4)
        elif match.group("nsep") == "-":
            return None  # "04-06-20": too close to case numbers
        else:
            year = _year2(match.group("ny2"))
        if year is None:
            return None
        last = _make_date(year, int(match.group("nm")), int(match.group("nd")))
        if match.group("rd") is not None and match.group("nsep") == "." and last is not None:
            first = _make_date(year, int(match.group("rm")), int(match.group("rd")))
            return first if first is not None and first <= last else last
        return last

    if match.group("sly") is not None:
        raw4 = match.group("sy4")
        year = _year4(raw4) if raw4 is not None else _year2(match.group("sy2"))
        if year is None:
            return None
        return _make_date(year, int(match.group("sm")), int(match.group("sd")))

    if match.group("cmp") is not None:
        return _make_date(int(match.group("cy")), int(match.group("cm")), int(match.group("cd")))
    if match.group("sl") is not None and default_year is not None:
        return _make_date(default_year, int(match.group("qm")), int(match.group("qd")))
    if match.group("dot") is not None and default_year is not None:
        return _make_date(default_year, int(match.group("om")), int(match.group("od")))
    return None


def _clock(hour: str, minute: str | None) -> str | None:
    h = int(hour)
    m = int(minute) if minute is not None else 0
    if h > _MAX_HOUR or m > _MAX_MINUTE or (h == _MAX_HOUR and m != 0):
        return None
    return f"{h:02d}:{m:02d}"


def _time_from_match(match: re.Match[str], text: str) -> TimeRange | None:
    if match.group("kl") is not None:
        start = _clock(match.group("ah"), match.group("am"))
        if start is None:
            return None
        end_hour = match.group("bh")
        end = _clock(end_hour, match.group("bm")) if end_hour is not None else None
        if end is None and end_hour is not None:
            # Invalid end ("kl. 14-25"): keep only the start.
            return TimeRange(start, None, match.start(), match.end("ah") + _minutes_len(match))
        return TimeRange(start, end, match.start(), match.end())

    if match.group("fr") is not None:
        return _from_hours(match, text)

    if _looks_like_version(text, match.start()):
        return None

    if match.group("rg") is not None:
        end_marker = match.group("dap")
        start_marker = match.group("cap") or _same_half(match, end_marker)
        start = _clock(_hour24(match.group("ch"), start_marker), match.group("cm"))
        end = _clock(_hour24(match.group("dh"), end_marker), match.group("dm"))
        if start is None or end is None:
            return None
        return TimeRange(start, end, match.start(), match.end())

    start = _clock(_hour24(match.group("eh"), match.group("eap")), match.group("em"))
    if start is None:
        return None
    return TimeRange(start, None, match.start(), match.end())


_NOON: Final = 12


def _hour24(hour: str, marker: str | None) -> str:
    """The hour on a 24-hour clock: "2" PM is "14", "12" AM is "0"; unchanged without a marker
    or when the hour is no 12-hour clock's ("14:00 PM")."""
    if marker is None or not 1 <= int(hour) <= _NOON:
        return hour
    if marker.lower() == "p":
        return hour if int(hour) == _NOON else str(int(hour) + _NOON)
    return "0" if int(hour) == _NOON else hour


def _same_half(match: re.Match[str], end_marker: str | None) -> str | None:
    """ "1:30 - 3:00 PM": a start without a marker is in the end's half of the day when it
    comes before the end there."""
    if end_marker is None:
        return None
    start, end = int(match.group("ch")), int(match.group("dh"))
    return end_marker if start <= end < _NOON or (start == _NOON and end < _NOON) else None


def _minutes_len(match: re.Match[str]) -> int:
    """Length of the ".MM" part after the start hour of a "kl." match (0 if absent)."""
    return 0 if match.group("am") is None else match.end("am") - match.end("ah")


def _from_hours(match: re.Match[str], text: str) -> TimeRange | None:
    """ "fra 19-21", "mellem 19 og 21": hours when a time word ("kl.", "mødet", a weekday) or a
    date is near and the end comes after the start; a count otherwise ("fra 5-10 deltagere",
    "fra 2019-2021"). Refused, the digits may still start another time ("fra 19.00-21.00")."""
    start = _clock(match.group("fh"), match.group("fm"))
    end = _clock(match.group("gh"), match.group("gm"))
    if (
        start is not None
        and end is not None
        and start < end
        and _COUNT_AFTER.match(text, match.end()) is None
        and _time_context(text, match.start(), match.end())
    ):
        return TimeRange(start, end, match.start(), match.end())
    inner = _TIME_RE.match(text, match.start("fh"))
    return None if inner is None or inner.group("fr") else _time_from_match(inner, text)


def _time_context(text: str, start: int, end: int) -> bool:
    """A time word in or near the match ("fra 8 til 12 på mandag"), or a date on the same text."""
    if _TIME_CONTEXT.search(text, max(0, start - _TIME_CONTEXT_REACH), end + 20) is not None:
        return True
    return any(
        _date_from_match(m, text, 2000) is not None
        for m in _date_matches.of(text)
        if m.end() <= start or m.start() >= end
    )


_SENTENCE_END: Final = re.compile(r"[.!?]\s+(?=[A-ZÆØÅ])")


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]`` (a date's or a time's match): from
    the end of the sentence before it (a full stop, then a capital) to its own end ("Her kommer
    ... møde mandag d. 13. januar kl. 19-21.30 i klubhuset." without "Det fulde referat ...
    godkendt på næste møde")."""
    first = max((m.end() for m in _SENTENCE_END.finditer(text, 0, max(start, 0))), default=0)
    stop = _SENTENCE_END.search(text, max(end, 0))
    return text[first : stop.start() + 1 if stop is not None else len(text)]
