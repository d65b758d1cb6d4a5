"""More than one meeting in a file: ``parse_meetings``, ``parse``'s first meeting with
``more-meetings``, and ``referat parse --meetings`` (the documents are fixtures' inputs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import referat
import referat._extract
import referat._meetings
from referat.cli import main

from support import CASES, ROOT

ASSEMBLIES = CASES / "two-meetings-assembly-then-extraordinary" / "input.md"
BOARDS = CASES / "two-meetings-board-standing-items" / "input.md"
ONE = CASES / "agenda-list-then-minutes-one-meeting" / "input.md"


def _lines_covered(meeting: referat.Meeting, text: str, first: int, last: int) -> None:
    """Every non-blank line from ``first`` to ``last`` lies in some span of the meeting."""
    spans = [
        (d["start_line"], d["end_line"])
        for d in _spans(json.loads(meeting.model_dump_json()))
        if d is not None
    ]
    lines = text.splitlines()
    for number in range(first, last + 1):
        if lines[number - 1].strip():
            assert any(a <= number <= b for a, b in spans), (number, lines[number - 1])


def _spans(value: object) -> list[dict[str, int]]:
    if isinstance(value, dict):
        if set(value) == {"start_line", "end_line"}:
            return [value]
        return [s for v in value.values() for s in _spans(v)]
    if isinstance(value, list):
        return [s for v in value for s in _spans(v)]
    return []


def test_ordinary_then_extraordinary_assembly() -> None:
    text = ASSEMBLIES.read_text(encoding="utf-8")
    first, second = referat.parse_meetings(text, source="gf.md")
    assert [i.title for i in first.agenda][-1] == "Eventuelt"
    assert [(i.number, i.title) for i in second.agenda] == [
        ("1", "Valg af dirigent"),
        ("2", "Endelig vedtagelse af ændring af § 5"),
        ("3", "Eventuelt"),
    ]
    assert second.agenda[1].decision is not None
    assert second.agenda[1].decision.outcome is referat.Outcome.APPROVED
    # "samme aften ..., samme sted": the first meeting's date, place and organisation
    assert second.date == first.date
    assert second.location == first.location
    assert second.organisation == first.organisation == "Grundejerforeningen Mosevang"
    assert "missing-date" not in [d.code for d in second.diagnostics]
    assert second.chair is not None
    assert second.chair.name == "Per Mølgaard"
    assert first.source == second.source.model_copy(update={"meeting": 1})
    assert (first.source.meeting, second.source.meeting, second.source.meetings) == (1, 2, 2)
    assert not first.unclassified
    assert not second.unclassified
    assert "more-meetings" not in [d.code for d in first.diagnostics + second.diagnostics]
    title = text.splitlines().index("## Referat af ekstraordinær generalforsamling") + 1
    _lines_covered(first, text, 1, title - 1)
    _lines_covered(second, text, title, len(text.splitlines()))
    own = json.loads(second.model_dump_json(include={"agenda", "attendees", "chair"}))
    assert all(s["start_line"] >= title for s in _spans(own))  # the document's line numbers
    assert second.location is not None
    assert second.location.span.end_line < title
    # where the document gives the place)


def test_parse_gives_the_first_and_says_so() -> None:
    text = ASSEMBLIES.read_text(encoding="utf-8")
    meeting = referat.parse(text)
    assert meeting == referat.parse_meetings(text)[0].model_copy(
        update={"unclassified": meeting.unclassified, "diagnostics": meeting.diagnostics}
    )
    more = [d for d in meeting.diagnostics if d.code == "more-meetings"]
    assert len(more) == 1
    assert more[0].severity is referat.Severity.WARNING
    title = text.splitlines().index("## Referat af ekstraordinær generalforsamling") + 1
    assert more[0].span is not None
    assert more[0].span.start_line == title
    assert f"line {title}" in more[0].message
    assert meeting.unclassified[0].span.start_line == title  # no line lost


def test_two_board_meetings_with_the_same_standing_items() -> None:
    first, second = referat.parse_meetings(BOARDS.read_text(encoding="utf-8"))
    assert (str(first.date), str(second.date)) == ("2025-03-04", "2025-04-08")
    assert [p.name for p in second.absentees] == ["Mona Riis"]
    titles = [i.title for i in second.agenda]
    assert titles == ["Godkendelse af dagsorden", "Sommerfest", "Eventuelt"]


@pytest.mark.parametrize("path", [ONE, *sorted((ROOT / "examples").glob("*.md"))])
def test_one_meeting_is_one(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert referat.parse_meetings(text, source="x.md") == [referat.parse(text, source="x.md")]


def test_bytes_and_registry_arguments_as_parse() -> None:
    data = BOARDS.read_bytes()
    assert referat.parse_meetings(data) == referat.parse_meetings(data.decode("utf-8"))
    with pytest.raises(referat.InputTooLargeError):
        referat.parse_meetings(data, max_bytes=10)


def test_cli_parse_meetings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--meetings", "--indent", "0", str(BOARDS)]) == 0
    out, err = capsys.readouterr()
    meetings = json.loads(out)
    assert [m["date"] for m in meetings] == ["2025-03-04", "2025-04-08"]
    assert "more-meetings" not in err
    assert main(["parse", str(BOARDS)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["date"] == "2025-03-04"
    assert "warning[more-meetings]" in err


def test_a_bug_in_finding_meetings_costs_the_split_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(lines: object) -> tuple[int, ...]:
        raise IndexError("boom")

    monkeypatch.setattr(referat._meetings, "starts", broken)
    text = BOARDS.read_text(encoding="utf-8")
    meeting = referat.parse(text)
    assert "internal-error" in [d.code for d in meeting.diagnostics]
    assert [i.title for i in meeting.agenda][:2] == ["Godkendelse af dagsorden", "Økonomi"]
    assert len(referat.parse_meetings(text)) == 1


def test_a_bug_in_reading_the_structure_keeps_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> dict[str, object]:
        raise KeyError("boom")

    monkeypatch.setattr(referat._extract, "build", broken)
    text = ONE.read_text(encoding="utf-8")
    meeting = referat.parse(text)
    assert "internal-error" in [d.code for d in meeting.diagnostics]
    assert meeting.agenda == []
    kept = "\n".join(b.text for b in meeting.unclassified)
    assert all(line.strip(" #-") in kept for line in text.splitlines() if line.strip(" #-"))


def test_lettered_parts_are_meetings_with_their_own_times() -> None:
    text = (CASES / "two-meetings-lettered-parts" / "input.md").read_text(encoding="utf-8")
    first, second = referat.parse_meetings(text)
    assert (str(first.start_time), str(first.end_time)) == ("19:00", "20:50")
    assert (str(second.start_time), str(second.end_time)) == ("21:00", "21:15")
    assert [i.number for i in second.agenda] == ["1", "2"]
    assert second.date == first.date


def _same_attendance_said(line: str) -> list[referat.Meeting]:
    """The meetings of the two-meetings case with its later meeting's attendance line
    ("Samme fremmøde som ovenfor, dog ikke Jens Kro, der var gået.") written as ``line``."""
    text = (CASES / "two-meetings-same-attendance" / "input.md").read_text(encoding="utf-8")
    said = "Samme fremmøde som ovenfor, dog ikke Jens Kro, der var gået."
    assert said in text
    return referat.parse_meetings(text.replace(said, line))


def test_same_attendance_as_above_is_the_first_meetings() -> None:
    text = (CASES / "two-meetings-same-attendance" / "input.md").read_text(encoding="utf-8")
    first, second = referat.parse_meetings(text)
    assert [p.name for p in first.attendees] == [
        "Lene Holm", "Per Bak", "Tina Lund", "Jens Kro", "Anne Skov"
    ]  # fmt: skip
    # "Samme fremmøde som ovenfor, dog ikke Jens Kro": the others, and he is absent
    assert [p.name for p in second.attendees] == ["Lene Holm", "Per Bak", "Tina Lund", "Anne Skov"]
    assert [p.name for p in second.absentees] == ["Mads Friis", "Jens Kro"]
    assert second.minute_taker is not None
    assert second.minute_taker.name == "Tina Lund"
    assert second.chair is not None
    assert second.chair.name == "Per Bak"
    assert str(second.start_time) == "20:15"
    assert not second.unclassified


@pytest.mark.parametrize(
    "line",
    [
        "Samme fremmøde som ovenfor.",
        "Til stede: Som ovenfor.",
        "Deltagere: Samme som ved den ordinære generalforsamling.",
        "Fremmødte: se ovenfor",
    ],
)
def test_ways_to_say_the_same_attendance(line: str) -> None:
    first, second = _same_attendance_said(line)
    assert [p.name for p in second.attendees] == [p.name for p in first.attendees]
    assert [p.name for p in second.absentees] == ["Mads Friis"]


def test_the_same_attendance_in_a_later_sentence_and_who_had_left() -> None:
    # "Til stede: 22 husstande. Deltagere som ovenfor, dog havde Jens Kro forladt mødet."
    _, second = _same_attendance_said(
        "Til stede: 22 husstande (36 stemmer). Deltagere som ovenfor, dog havde Jens Kro"
        " forladt mødet."
    )
    assert [p.name for p in second.attendees] == ["Lene Holm", "Per Bak", "Tina Lund", "Anne Skov"]
    assert [p.name for p in second.absentees] == ["Mads Friis", "Jens Kro"]


def test_a_meeting_with_its_own_list_keeps_it() -> None:
    _, second = _same_attendance_said("Til stede: Lene Holm, Per Bak")
    assert [p.name for p in second.attendees] == ["Lene Holm", "Per Bak"]
    assert second.absentees == []


def test_same_attendance_but_several_and_who_led_it() -> None:
    _, second = _same_attendance_said(
        "Samme fremmøde som ovenfor, dog uden Jens Kro, der var gået, og uden Lene Holm. "
        "Anne Skov ledede mødet."
    )
    assert [p.name for p in second.attendees] == ["Per Bak", "Tina Lund", "Anne Skov"]
    assert [p.name for p in second.absentees] == ["Mads Friis", "Jens Kro", "Lene Holm"]
    assert second.chair is not None
    assert second.chair.name == "Anne Skov"


def test_a_title_in_capitals_over_its_date_line_begins_a_meeting() -> None:
    """A constituting board meeting after the assembly: its title in capitals with the date
    line right under it, its items an ordered list numbered from 1 again."""
    text = (CASES / "two-meetings-capital-title-over-date-line" / "input.md").read_text()
    first, second = referat.parse_meetings(text)
    assert [it.title for it in first.agenda] == [
        "Valg af dirigent",
        "Bestyrelsens beretning",
        "Regnskab",
    ]
    assert [it.title for it in second.agenda] == ["Konstituering", "Næste møde"]
    assert (second.start_time, second.end_time) == ("21:10", "21:30")


def test_the_minutes_of_a_listing_with_time_slots_are_one_meeting() -> None:
    """A PDF's listing of the items, a page break with its running header (the title again),
    then each item's minutes with its time slot: one meeting, not a second one."""
    text = (
        "Referat – skolebestyrelsesmøde – Egeskov Skole – 12.03.2025\n\n"
        "Referat af skolebestyrelsesmøde\nonsdag den 12. marts 2025 kl. 17.00-19.00\n\n"
        "Dagsorden\n1) Godkendelse af dagsorden\n2) Nyt fra elevrådet\n3) Eventuelt\n\n"
        "Side 1 af 3\n\n"
        "Referat – skolebestyrelsesmøde – Egeskov Skole – 12.03.2025\n\n"
        "1) Godkendelse af dagsorden (17.00-17.05)\nGodkendt.\n\n"
        "2) Nyt fra elevrådet (17.05-17.20)\nTaget til efterretning.\n\n"
        "3) Eventuelt (17.20-17.30)\nIntet.\n"
    )
    meetings = referat.parse_meetings(text)
    assert len(meetings) == 1
    assert [it.title for it in meetings[0].agenda] == [
        "Godkendelse af dagsorden",
        "Nyt fra elevrådet",
        "Eventuelt",
    ]


def test_the_constituting_meeting_under_the_assembly_keeps_its_people() -> None:
    """The board's constituting meeting after the assembly, with no numbered items of its own:
    its "Til stede:" list is no attendance of the assembly (a newly elected member came only
    to the board's meeting), and its lines are no text of the last item."""
    text = (
        "# Referat af årsmøde\n\nDato: 3. april 2024\n\n"
        "Lokalrådet: Anne Fog (formand), Lasse Winther, Helle Juul\n\n"
        "## 1. Valg af medlemmer\n\nMaja Iversen blev nyvalgt for 2 år.\n\n"
        "## 2. Eventuelt\n\nIntet.\n\n---\n\n### Konstituerende møde i lokalrådet\n\n"
        "Til stede: Anne Fog, Lasse Winther, Helle Juul, Maja Iversen\n\n"
        "Lokalrådet konstituerede sig således:\n- Formand: Anne Fog\n- Kasserer: Lasse Winther\n"
    )
    meeting = referat.parse(text)
    assert [p.name for p in meeting.attendees] == ["Anne Fog", "Lasse Winther", "Helle Juul"]
    assert "Iversen" not in meeting.agenda[-1].sections[0].text


def test_a_meeting_title_with_its_clock_begins_a_meeting() -> None:
    """ "**Konstituerende bestyrelsesmøde – samme dag kl. 16:00**": a title, its colon a
    clock's, over items numbered from 1 again ("Ad 1.")."""
    text = (
        "# Generalforsamling i MC-klubben\n\nDato: 1. marts 2025 kl. 13.00\n\n"
        "**Pkt. 1** – Valg af dirigent\nKim blev valgt.\n\n**Pkt. 2** – Beretning\nGodkendt.\n\n"
        "**Pkt. 3** – Eventuelt\nIntet.\n\n"
        "**Konstituerende bestyrelsesmøde – samme dag kl. 16:00**\n\n"
        "Til stede: Rasmus Holt, Dennis Aa\n\nAd 1. Konstituering\nRasmus Holt er formand.\n\n"
        "Ad 2. Næste møde\nTorsdag 6/3 kl. 19.\n"
    )
    first, second = referat.parse_meetings(text)
    assert [it.title for it in first.agenda] == ["Valg af dirigent", "Beretning", "Eventuelt"]
    assert [it.title for it in second.agenda] == ["Konstituering", "Næste møde"]
    assert [p.name for p in second.attendees] == ["Rasmus Holt", "Dennis Aa"]


def test_a_page_of_committees_minutes_each_under_its_body_and_day() -> None:
    text = (
        "# Sognets udvalg – referater\n\n"
        "#### Kirkegårdsudvalget – onsdag den 14. august 2024\n\n"
        "Til stede: Kaj Sønderby, Ingrid Bæk\n\n"
        "1) Godkendelse af referat\n   Godkendt.\n\n2) Eventuelt\n   Intet.\n\n---\n\n"
        "#### Aktivitetsudvalget – onsdag den 7. august 2024\n\n"
        "Til stede: Hanne Toft, Lone Melgaard\n\n"
        "1) Høstgudstjeneste\n   Planlagt.\n\n2) Eventuelt\n   Intet.\n"
    )
    first, second = referat.parse_meetings(text)
    assert (str(first.date), str(second.date)) == ("2024-08-14", "2024-08-07")
    assert second.body == "Aktivitetsudvalget"
    assert [p.name for p in second.attendees] == ["Hanne Toft", "Lone Melgaard"]


def test_the_boards_constitution_under_its_heading_is_no_text_of_eventuelt() -> None:
    meeting = referat.parse(
        "# Referat af generalforsamling\n\nDato: 3. april 2025\n\n## 5. Valg\n\nGenvalgt.\n\n"
        "## 6. Eventuelt\n\n- Ønske om flere bænke.\n\n## Konstituering\n\n"
        "Bestyrelsen konstituerede sig efter generalforsamlingen:\nFormand Johnny Skov,"
        " næstformand Amira Haddad.\n"
    )
    last = meeting.agenda[-1]
    assert last.decision is not None
    assert last.decision.outcome.value == "none"
    assert "Johnny" not in last.decision.text


def test_a_page_that_opens_with_the_end_of_the_meeting_before() -> None:
    """A protocol's page: the last meeting's closing line, its signers and its date, a rule,
    then this meeting's header; the date and hours are this meeting's."""
    meeting = referat.parse(
        "Vestermølle Kommune     Kommunalbestyrelsens forhandlingsprotokol\n\n"
        "Mødet hævet kl. 22.15.\n\nGunnar Fris     Lise Overgaard\n\n(Mødet den 26/10 1993)\n\n"
        "________________________________________\n\n"
        "**Mødet den 9. november 1993 kl. 19.30 i Rådhusets mødesal**\n\n"
        "**Sag 118. Godkendelse af dagsorden**\n\nGodkendt.\n"
    )
    assert str(meeting.date) == "1993-11-09"
    assert str(meeting.start_time) == "19:30"


def test_an_agenda_listed_in_a_field_is_no_agenda_document() -> None:
    """ "**Dagsorden:** 1. Valg af dirigent – 2. ..." over the minutes of the items lists the
    agenda; the document is minutes, its decisions kept (it had been read as an agenda)."""
    text = (
        "## EKSTRAORDINÆR GENERALFORSAMLING 30.04.2025\n\n"
        "Til stede var 17 andelshavere.\n\n"
        "**Dagsorden:** 1. Valg af dirigent og referent – 2. Endelig vedtagelse af § 10\n\n"
        "**1. Valg af dirigent og referent**\n"
        "Helle Brink blev valgt som dirigent og Thomas Kjær som referent.\n\n"
        "**2. Endelig vedtagelse af § 10**\n"
        "Skriftlig afstemning: 16 ja, 3 nej, 0 blanke.\n"
        "Forslaget blev hermed endeligt vedtaget.\n"
    )
    meeting = referat.parse(text)
    assert meeting.document_kind == "referat"
    outcomes = [it.decision.outcome if it.decision else None for it in meeting.agenda]
    assert outcomes == ["approved", "approved"]


def test_parts_framed_by_typed_rules_are_two_meetings() -> None:
    """ "DEL 2: KONSTITUERENDE BESTYRELSESMØDE" between two lines typed as rules ("═══...")
    after the assembly's items: a second meeting with its own times, people and items (it had
    been read as notes of the first)."""
    rule = "═" * 30
    text = (
        "# Referat – Lystrup Efterskole 2025\n\nLørdag den 29. marts 2025\n\n"
        f"{rule}\nDEL 1: ORDINÆR GENERALFORSAMLING\nkl. 13.30 – 15.45, Foredragssalen\n{rule}\n\n"
        "1. Valg af dirigent\nSom dirigent valgtes Hans Bro.\n\n2. Eventuelt\nIntet.\n\n"
        f"{rule}\nDEL 2: KONSTITUERENDE BESTYRELSESMØDE\nkl. 16.00 – 16.30, Mødelokalet\n{rule}\n\n"
        "Til stede: Anne Kirk, Poul Dam, Line Thorsen\nReferent: Line Thorsen\n\n"
        "1. Valg af formand\nAnne Kirk blev valgt.\n\n"
        "2. Valg af næstformand\nPoul Dam blev valgt.\n"
    )
    first, second = referat.parse_meetings(text, source="efterskole.md")
    assert [i.title for i in first.agenda] == ["Valg af dirigent", "Eventuelt"]
    assert [i.title for i in second.agenda] == ["Valg af formand", "Valg af næstformand"]
    assert (second.start_time, second.end_time) == ("16:00", "16:30")
    assert second.minute_taker is not None
    assert second.minute_taker.name == "Line Thorsen"
    assert second.date == first.date
