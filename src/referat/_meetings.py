"""Where a document holds more than one meeting: the lines at which another one begins.

An association's ordinary general assembly is often followed, the same evening and in the same
file, by an extraordinary one ("## Referat af ekstraordinær generalforsamling", its items
numbered from 1 again); an archive's PDF may bundle two board meetings. ``starts`` finds the
title line of each meeting after the first: a heading, a bold line or a line alone that names
a meeting (a word ending as ``MEETING_TITLE_ENDINGS``; not "næste møde",
``OTHER_MEETING_WORDS``), below an item with text of its own, and over items that begin at 1
again, most of the titles above them not among theirs (an agenda's list followed by the
minutes of the same items is one meeting) or the title dated on another day than the header
above it. ``same_people``: a later meeting that says its people are the earlier one's ("Samme
fremmøde som ovenfor, dog ikke Jens Kro") has them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise
import re
from typing import Any, Final

from referat._danish import find_dates
from referat._digit import has_digit
from referat._facts import LineKind
from referat._fold import fold
from referat._items import Head, head_of
from referat._scan import Line
from referat.models import Meeting, Person
from referat.vocabulary import (
    MEETING_TITLE_ENDINGS,
    OTHER_MEETING_WORDS,
    SAME_ATTENDANCE,
    SAME_ATTENDANCE_EXCEPT,
)

_NUMBERED: Final = re.compile(r"(?:(?:punkt|pkt\.?|ad|sag)\s*)?\d{1,3}\b", re.IGNORECASE)
_ONE: Final = re.compile(r"(?:(?:punkt|pkt\.?|ad|sag)\s*)?0?1(?:[.):\s]|$)", re.IGNORECASE)
_SAME: Final = re.compile(SAME_ATTENDANCE, re.IGNORECASE)
_EXCEPT: Final = re.compile(SAME_ATTENDANCE_EXCEPT, re.IGNORECASE)
_PARTS: Final = re.compile(r"\s*(?:[,;]|\bog\b)\s*")
_AGAIN: Final = re.compile(r"^(?:uden|ikke)\s+", re.IGNORECASE)  # "dog uden X og uden Y"
_SENTENCE_STARTS: Final = re.compile(r"[.!]\s+(?=[A-ZÆØÅ])")
_LEFT_TAIL: Final = re.compile(r"\s+(?:forladt|gået|taget\s+hjem|smuttet)(?:\s+mødet)?\.?$")
_TITLE_MAX: Final = 100
"""A meeting's title is a short line ("Referat af ekstraordinær generalforsamling 18. april
2024"): a longer one is a sentence about a meeting."""
_BODY_WORDS: Final = ("udvalget", "udvalg", "rådet", "bestyrelsen", "styregruppen", "nævnet")
"""A body's name among a heading's first words ("Aktivitetsudvalget – onsdag den 7. august")."""
_LABEL_COLON: Final = re.compile(r"(?<!\d):|:(?!\d)")
"""A label's colon, not a clock's ("kl. 16:00")."""
_SLOT_AFTER: Final = re.compile(r"\s*\((?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}\)$")
"""A time slot after an item's title ("Nyt fra elevrådet (17.05-17.20)")."""


def same_attendance(lines: tuple[Line, ...], before: int) -> list[str] | None:
    """Whether a meeting says its people are the earlier meeting's ("Samme fremmøde som
    ovenfor", ``SAME_ATTENDANCE``) on a line numbered below ``before`` (its first item's):
    None if it does not; else the parts of that line after "dog ikke", "undtagen" ...
    (``SAME_ATTENDANCE_EXCEPT``), among them the names of those who were not there."""
    for line in lines:
        if line.number >= before:
            break
        text = line.text
        found = None if line.blank else _SAME.match(text)
        if found is None and ". " in text:  # "Til stede: 22 husstande. Deltagere som ovenfor,
            for k in _SENTENCE_STARTS.finditer(text):  # ...": a later sentence of the line
                found = _SAME.match(text[k.end() :])
                if found is not None:
                    text = text[k.end() :]
                    break
        if found is not None:
            but = _EXCEPT.search(text, found.end())
            rest = "" if but is None else text[but.end() :].split(". ", 1)[0]
            rest = _LEFT_TAIL.sub("", rest)  # "dog havde Aisha Yusuf forladt mødet"
            parts = (_AGAIN.sub("", q.strip(" .")) for q in _PARTS.split(rest))
            return [p for p in parts if p]
    return None


def same_people(earlier: Meeting, later: Meeting, lines: tuple[Line, ...]) -> dict[str, Any]:
    """The people of ``later`` when it says they are those of ``earlier``: its attendees but
    the ones it excepts ("dog ikke Jens Kro"), who are absent, then any it names itself; its
    absentees and guests too, and its chair and minute-taker where it names none."""
    first_item = later.agenda[0].span.start_line if later.agenda else lines[-1].number + 1
    excepted = same_attendance(lines, first_item)
    if excepted is None:
        return {}
    gone = {fold(name) for name in excepted}

    def joined(*groups: list[Person]) -> list[Person]:
        seen: set[str] = set()
        people = []
        for person in (p for group in groups for p in group):
            if fold(person.name) not in seen:
                seen.add(fold(person.name))
                people.append(person)
        return people

    stayed = [p for p in earlier.attendees if fold(p.name) not in gone]
    left = [p for name in excepted for p in earlier.attendees if fold(p.name) == fold(name)]
    return {
        "attendees": joined(stayed, later.attendees),
        "absentees": joined(earlier.absentees, left, later.absentees),
        "guests": joined([p for p in earlier.guests if fold(p.name) not in gone], later.guests),
        "chair": later.chair or earlier.chair,
        "minute_taker": later.minute_taker or earlier.minute_taker,
    }


def starts(lines: tuple[Line, ...]) -> tuple[int, ...]:
    """The positions in ``lines`` at which a meeting after the first begins (its title)."""
    titles = [i for i in range(1, len(lines)) if _meeting_title(lines, i)]
    if titles:  # (cheap first: a line that may number an item above the title, one that may
        # number item 1 below it; the item heads are read only then)
        first = next((k for k, ln in enumerate(lines) if _NUMBERED.match(ln.content)), len(lines))
        last = next(
            (k for k in range(len(lines) - 1, -1, -1) if _ONE.match(lines[k].content)), -1
        )  # (an ordered list's entry: its number is no part of its text)
        titles = [t for t in titles if first < t < last]
    if not titles:
        return ()
    heads = [
        (i, h.number, _SLOT_AFTER.sub("", fold(h.title)).strip(" .:")) for i, h in _top_heads(lines)
    ]  # ("Nyt fra elevrådet (17.05-17.20)" in the minutes: the listing's "Nyt fra elevrådet")
    at = [i for i, _, _ in heads]  # (the heads around each title found by bisection: a file of
    found: list[int] = []  # many meetings is read in linear time)
    since = 0  # where the meeting read last begins
    for title in titles:
        before = heads[bisect_left(at, since) : bisect_left(at, title)]
        after = bisect_right(at, title)  # the first head below the title
        if not before or after == len(heads) or heads[after][1] != "1":
            continue
        ends = next((k for k in range(after + 1, len(heads)) if heads[k][1] == "1"), len(heads))
        new_titles = {t for _, _, t in heads[after:ends]}
        old_titles = {t for _, _, t in before}
        if 3 * len(old_titles & new_titles) >= 2 * len(old_titles) and not _other_date(
            lines, since, before[0][0], title
        ):
            continue  # the minutes of the items an agenda listed above them
        if not _text_under(lines, [i for i, _, _ in before], title):
            continue  # a bare list of items over the meeting's title
        found.append(title)
        since = title
    return tuple(found)


def _top_heads(lines: tuple[Line, ...]) -> list[tuple[int, Head]]:
    found: list[tuple[int, Head]] = []
    for i, line in enumerate(lines):
        if line.kind is LineKind.BLANK or line.kind is LineKind.CODE:
            continue
        head = head_of(line, i)
        if (
            head is not None
            and head.number.isdigit()
            and not head.symbolic  # ("## A. Ordinær generalforsamling": a part, no item)
            and not head.indent
            and not line.indent
        ):
            found.append((i, head))  # (not a numbered list's entries inside an item)
    return found


def _other_date(lines: tuple[Line, ...], start: int, first_head: int, title: int) -> bool:
    """Whether the title is dated and its date is none of the meeting's header above
    ("Referat af bestyrelsesmøde 8. april 2025" after the items of the meeting of 4 March: the
    same standing items, another meeting)."""
    text = lines[title].text
    dates = {h.date for h in find_dates(text)} if has_digit(text) else set()
    if not dates:
        return False
    header = {
        h.date
        for k in range(start, first_head)
        if has_digit(lines[k].text)
        for h in find_dates(lines[k].text)
    }
    return not dates & header


def _text_under(lines: tuple[Line, ...], heads: list[int], end: int) -> bool:
    """Whether a line of text stands between one of the item heads and the next (or ``end``)."""
    bounds = [*heads, end]
    return any(
        lines[k].kind is not LineKind.BLANK for a, b in pairwise(bounds) for k in range(a + 1, b)
    )


_PART: Final = re.compile(r"(?i:del|part)\s+\d{1,2}\s*[:.–—-]\s+(?=\S)")
"""A part of a file of two meetings numbered before its title ("DEL 2: KONSTITUERENDE ...")."""
_RULE_TEXT: Final = re.compile(r"([═=*~_─-])\1{9,}")
"""A line of one symbol typed as a rule ("═══════════"), framing a title as a blank line does."""


def _meeting_title(lines: tuple[Line, ...], i: int) -> bool:
    line = lines[i]
    if not (
        line.kind is LineKind.HEADING
        or line.strong
        or (
            line.kind is LineKind.TEXT
            and (lines[i - 1].kind is LineKind.BLANK or _RULE_TEXT.fullmatch(lines[i - 1].text))
            and (
                i + 1 == len(lines)
                or lines[i + 1].kind is LineKind.BLANK
                or line.text.isupper()  # "REFERAT AF KONSTITUERENDE BESTYRELSESMØDE" over
            )  # its date line
        )
    ):
        return False
    text = line.text.strip(" *_#")
    if (part := _PART.match(text)) is not None:
        text = text[part.end() :]  # "DEL 2: KONSTITUERENDE BESTYRELSESMØDE": the part's meeting
    if not text or len(text) > _TITLE_MAX or text[-1] in ".?!:" or _LABEL_COLON.search(text):
        return False  # a sentence ("Generalforsamlingen blev hævet kl. 20.35."), a field (not
        # a clock's colon: "**Konstituerende bestyrelsesmøde – samme dag kl. 16:00**")
    words = [w.strip(".,–-") for w in fold(text).split()]
    return (
        (
            any(w.endswith(MEETING_TITLE_ENDINGS) for w in words)
            # "#### Aktivitetsudvalget – onsdag den 7. august 2024": a body and its meeting's day
            # as a heading (a page of several committees' minutes)
            or (
                line.kind is LineKind.HEADING
                and any(w.endswith(_BODY_WORDS) for w in words[:3])
                and has_digit(text)
                and bool(find_dates(text))
            )
        )
        and not any(w in OTHER_MEETING_WORDS for w in words)
        # (not "Ad 2. Godkendelse af referat fra mødet den 3. maj"; a part lettered "B." is
        # no item: "## B. Ekstraordinær generalforsamling kl. 21.00")
        and ((head := head_of(line, i)) is None or head.symbolic)
    )
