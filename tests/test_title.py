"""Title and organisation of documents whose first lines are plain text (no headings)."""

from __future__ import annotations

from pathlib import Path

import referat

CASES = Path(__file__).parent / "fixtures" / "cases"


def test_an_organisation_line_above_the_title_line() -> None:
    meeting = referat.parse((CASES / "organisation-above-title" / "input.md").read_bytes())
    assert meeting.title is not None
    assert meeting.title.startswith("Referat af bestyrelsesmøde")
    assert meeting.organisation == "Grundejerforeningen Lyngbakken"


def test_a_labelled_title_beats_the_first_plain_line() -> None:
    meeting = referat.parse((CASES / "email-minutes" / "input.md").read_bytes())
    assert meeting.title == "Referat fra bestyrelsesmøde 30/1"
