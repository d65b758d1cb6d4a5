"""Stage 0c: a chat's export (WhatsApp, Signal), its messages read as the minutes they hold.

A board that meets without a secretary may keep its minutes in the group chat: one member
writes them as messages during the meeting, the others answer. The export puts a time stamp and
the sender before each message, and a message's further lines follow it bare::

    03.09.2025 19.10 - Rikke B: til stede: Søren (formand), mig (ref), Ib (kasserer)
    03.09.2025 19.11 - Rikke B: *pkt 1 vaskeriet*
    maskine 3 er i stykker IGEN
    03.09.2025 19.14 - Amalie: 👍

With three messages or more from two senders or more, making up a quarter of the document's
lines at least, the document is read as a chat (every line stays where it was):

- the minute-taker's messages (the sender with the most lines: who writes the minutes writes
  most) lose their time stamp and sender, so the heads, labels and lists in them are read as
  they would be in a document (``til stede: ...``, ``pkt 1 vaskeriet``);
- the other members' messages lose their time stamp and keep their sender (``Amalie: 👍``):
  they are the item's text, a reply named;
- a message in bold by the chat's own markup (``*pkt 1 vaskeriet*``: one star, WhatsApp's
  bold) is bold in Markdown too;
- the day most messages were written on is the meeting's, when the text names no date.

Android writes ``dd.mm.yyyy hh.mm - Sender: text`` (``dd/mm/yyyy, hh:mm - ``); an iPhone
``[dd.mm.yyyy hh.mm.ss] Sender: text``. A system line (``... - Beskeder og opkald er
end-to-end-krypteret``) has no sender and keeps only its text.
"""

from __future__ import annotations

from collections import Counter
import datetime as dt
import re
from typing import Final, NamedTuple

_MESSAGE: Final = re.compile(
    r"(?:\[(?P<d1>\d{1,2})[./-](?P<m1>\d{1,2})[./-](?P<y1>\d{2}(?:\d{2})?),? "
    r"\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\]"
    r"|(?P<d2>\d{1,2})[./-](?P<m2>\d{1,2})[./-](?P<y2>\d{2}(?:\d{2})?),? "
    r"\d{1,2}[.:]\d{2} [-–]) "
    r"(?:(?P<sender>[^\s:\d][^:\n]{0,39}?): )?"
)
"""A message's time stamp and its sender (a system line has none)."""
_BOLD: Final = re.compile(r"(?<![*\w])\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*(?![*\w])")
"""WhatsApp's bold: ``*pkt 1 vaskeriet*`` (one star each side)."""
_MIN_MESSAGES: Final = 3
_MIN_SHARE: Final = 4  # a quarter of the non-blank lines at least


class Chat(NamedTuple):
    """The document read as a chat: its text rewritten line for line."""

    text: str
    day: dt.date | None  # the day most messages were written on
    day_line: int  # the 1-based line of that day's first message
    messages: int
    writer: str  # the sender with the most lines: the minute-taker


def read(text: str) -> Chat | None:
    """The document as a chat's export, or None when it is not one (linear: one pass over its
    lines to find the messages, one to rewrite them)."""
    if " - " not in text and "] " not in text:
        return None
    lines = text.split("\n")
    found: list[tuple[int, re.Match[str]]] = []
    solid = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        solid += 1
        if line[:1].isdigit() or line[:1] == "[":
            m = _MESSAGE.match(line)
            if m is not None:
                found.append((i, m))
    senders = {m.group("sender") for _, m in found} - {None}
    said = sum(m.group("sender") is not None for _, m in found)
    if said < _MIN_MESSAGES or said * _MIN_SHARE < solid or len(senders) < 2:
        return None  # ("12.03.2025 19.00 - Bestyrelsesmøde" lines: a calendar, no chat)
    writer = _writer(lines, found)
    days: Counter[dt.date] = Counter()
    first_of: dict[dt.date, int] = {}
    for i, m in found:
        day = _day(m)
        if day is not None:
            days[day] += 1
            first_of.setdefault(day, i + 1)
        sender = m.group("sender")
        message = lines[i][m.end() :]
        lines[i] = message if sender is None or sender == writer else f"{sender}: {message}"
    day = days.most_common(1)[0][0] if days else None
    return Chat(
        "\n".join(_bold(line) if "*" in line else line for line in lines),
        day,
        first_of[day] if day is not None else 0,
        len(found),
        writer,
    )


def _writer(lines: list[str], found: list[tuple[int, re.Match[str]]]) -> str:
    """The sender with the most lines, a message's further lines counted (ties: who wrote
    first)."""
    count: Counter[str] = Counter()
    ends = [i for i, _ in found[1:]] + [len(lines)]
    for (i, m), end in zip(found, ends, strict=True):
        sender = m.group("sender")
        if sender is not None:
            count[sender] += end - i
    return count.most_common(1)[0][0] if count else ""


def _day(m: re.Match[str]) -> dt.date | None:
    """The date of a message's time stamp (day first, as Danish phones write it)."""
    day, month, year = (m.group("d1"), m.group("m1"), m.group("y1"))
    if day is None:
        day, month, year = (m.group("d2"), m.group("m2"), m.group("y2"))
    full = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return dt.date(full, int(month), int(day))
    except ValueError:  # "31.02.2025": no date
        return None


def _bold(line: str) -> str:
    """A line with WhatsApp's bold (``*pkt 1*``) written as Markdown's (``**pkt 1**``)."""
    return _BOLD.sub(r"**\1**", line)
