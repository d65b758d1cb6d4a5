"""A chat's export read as minutes (``_chat``): which documents are chats, and how they read."""

from __future__ import annotations

import datetime as dt

import referat
from referat import _chat

ANDROID = """\
11.02.2025 21.14 - Lone P: husk møde i morgen kl 19.30
12.02.2025 19.35 - Tina S: til stede: Lone, Kim, Per
12.02.2025 19.38 - Tina S: *pkt 1 godkendelse af referat*
referatet godkendt
12.02.2025 19.39 - Lone P: 👍
12.02.2025 19.40 - Beskeder og opkald er end-to-end-krypteret.
"""

IPHONE = """\
[12.02.25 19.35.02] Tina S: til stede: Lone, Kim, Per
[12.02.25 19.38.11] Tina S: *pkt 1 godkendelse af referat*
referatet godkendt
[12.02.25 19.39.40] Lone P: 👍
"""


def test_android_export_is_read_line_for_line() -> None:
    chat = _chat.read(ANDROID)
    assert chat is not None
    lines = chat.text.split("\n")
    assert len(lines) == len(ANDROID.split("\n"))  # every line stays where it was
    assert chat.writer == "Tina S"
    assert lines[1] == "til stede: Lone, Kim, Per"  # the writer's message, bare
    assert lines[2] == "**pkt 1 godkendelse af referat**"  # WhatsApp's bold as Markdown's
    assert lines[4] == "Lone P: 👍"  # another's reply keeps its sender
    assert lines[5] == "Beskeder og opkald er end-to-end-krypteret."  # a system line
    assert chat.day == dt.date(2025, 2, 12)  # most messages; not the reminder's day
    assert chat.day_line == 2


def test_iphone_export_with_seconds_and_a_short_year() -> None:
    chat = _chat.read(IPHONE)
    assert chat is not None
    assert chat.day == dt.date(2025, 2, 12)
    assert chat.text.split("\n")[0] == "til stede: Lone, Kim, Per"


def test_a_calendar_of_dated_lines_is_no_chat() -> None:
    calendar = (
        "# Mødeplan 2025\n\n"
        "12.03.2025 19.00 - Bestyrelsesmøde i klubhuset\n"
        "09.04.2025 19.00 - Bestyrelsesmøde i klubhuset\n"
        "14.05.2025 19.00 - Generalforsamling\n"
    )
    assert _chat.read(calendar) is None


def test_one_sender_alone_is_no_chat() -> None:
    log = "".join(f"12.02.2025 19.{m:02d} - Tina S: punkt {m}\n" for m in range(10, 16))
    assert _chat.read(log) is None


def test_a_few_stamped_lines_in_minutes_are_no_chat() -> None:
    minutes = "\n".join(
        ["# Referat af bestyrelsesmøde", "", "Dato: 12. februar 2025", ""]
        + [f"Linje {k} af referatet." for k in range(20)]
        + [
            "12.02.2025 10.01 - Kim: kan ikke komme",
            "12.02.2025 10.05 - Lone: ok",
            "12.02.2025 10.07 - Kim: tak",
        ]
    )
    assert _chat.read(minutes) is None


def test_parse_reports_the_chat_and_dates_it() -> None:
    meeting = referat.parse(ANDROID)
    codes = [d.code for d in meeting.diagnostics]
    assert "chat-export" in codes
    assert "date-from-timestamp" in codes
    assert meeting.date == dt.date(2025, 2, 12)
    assert [it.title for it in meeting.agenda] == ["godkendelse af referat"]
    assert meeting.agenda[0].decision is not None
    assert meeting.agenda[0].decision.outcome.value == "approved"
