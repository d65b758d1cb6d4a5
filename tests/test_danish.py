"""Tests for referat._danish: fixture files plus hypothesis properties."""

from __future__ import annotations

from dataclasses import dataclass
import datetime
from pathlib import Path
import re
import time
from typing import Final

from hypothesis import given, settings
from hypothesis import strategies as st
from minutes_strategies import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
import pytest

from referat import _danish
from referat._danish import DateHit, find_dates, find_time_range, parse_date

FIXTURES: Final = Path(__file__).parent / "fixtures"
_DEFAULT_YEAR_RE: Final = re.compile(r"\(default_year=(\d{4})\)\s*$")


@dataclass(frozen=True)
class FixtureCase:
    line: int  # 1-based line number of the title
    title: str
    input: str
    expected: str

    @property
    def id(self) -> str:
        return f"{self.line}-{self.title}"


def read_fixture_file(path: Path) -> list[FixtureCase]:
    """Read a markdown-it style fixture file: title / . / input / . / expected / ."""
    lines = path.read_text(encoding="utf-8").splitlines()
    cases: list[FixtureCase] = []
    i = 0
    while i < len(lines):
        if lines[i] == "." and i > 0 and lines[i - 1].strip():
            title = lines[i - 1].strip()
            sections: list[list[str]] = [[], []]
            j = i + 1
            for section in sections:
                while j < len(lines) and lines[j] != ".":
                    section.append(lines[j])
                    j += 1
                j += 1  # skip the closing "."
            cases.append(FixtureCase(i, title, "\n".join(sections[0]), "\n".join(sections[1])))
            i = j
        else:
            i += 1
    return cases


DATE_CASES: Final = read_fixture_file(FIXTURES / "dates.md")
TIME_CASES: Final = read_fixture_file(FIXTURES / "times.md")


def test_fixture_files_are_large_enough() -> None:
    assert len(DATE_CASES) >= 60
    assert len(TIME_CASES) >= 35


@pytest.mark.parametrize("case", DATE_CASES, ids=[c.id for c in DATE_CASES])
def test_date_fixture(case: FixtureCase) -> None:
    match = _DEFAULT_YEAR_RE.search(case.title)
    default_year = int(match.group(1)) if match else None
    hits = find_dates(case.input, default_year=default_year)
    actual = hits[0].date.isoformat() if hits else "none"
    assert actual == case.expected
    first = parse_date(case.input, default_year=default_year)
    assert (first.isoformat() if first else "none") == case.expected


@pytest.mark.parametrize("case", TIME_CASES, ids=[c.id for c in TIME_CASES])
def test_time_fixture(case: FixtureCase) -> None:
    found = find_time_range(case.input)
    actual = "none" if found is None else f"{found.start or ''}-{found.end or ''}"
    assert actual == case.expected


def test_hits_carry_offsets_and_text() -> None:
    text = "Referat fra mandag den 2. oktober 2017, næste møde 6/11-2017."
    hits = find_dates(text)
    assert [h.date for h in hits] == [datetime.date(2017, 10, 2), datetime.date(2017, 11, 6)]
    assert hits[0].text == "mandag den 2. oktober 2017"
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text


def test_a_day_range_hit_starts_at_its_first_day_only_when_it_is_one() -> None:
    assert [h.text for h in find_dates("Dato: 12.-13. marts 2024")] == ["12.-13. marts 2024"]
    assert [h.text for h in find_dates("kl. 14 - 2. oktober 2024")] == ["2. oktober 2024"]


def test_time_range_offsets() -> None:
    text = "Møde fra kl. 14 til 17 i salen"
    found = find_time_range(text)
    assert found is not None
    assert text[found.start_offset : found.end_offset] == "fra kl. 14 til 17"  # with its "fra"


def test_large_input_is_fast_enough() -> None:
    blobs = [
        "1" * 50_000,
        "1." * 25_000,
        "1/" * 25_000,
        "kl. " * 12_000,
        "mandag den " * 5_000,
        "2. " * 15_000,
        " " * 50_000 + "x",
        "12:" * 15_000,
        "oktober 1 " * 5_000,
    ]
    for blob in blobs:
        started = time.perf_counter()
        hits = find_dates(blob, default_year=2020)
        find_time_range(blob)
        assert all(isinstance(h, DateHit) for h in hits)
        assert time.perf_counter() - started < 5.0, blob[:20]


# --- hypothesis ------------------------------------------------------------

# Independent of referat's vocabulary (an oracle): the same tables the minutes strategies use.
DANISH_MONTHS: Final = tuple(MONTHS)
DANISH_ABBREVIATIONS: Final = tuple(MONTH_ABBREVIATIONS)
DANISH_WEEKDAYS: Final = tuple(WEEKDAYS)
ENGLISH_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def render(date: datetime.date, style: int) -> str:
    """Render ``date`` in one of the common Danish styles (0..9)."""
    d, m, y = date.day, date.month, date.year
    month = DANISH_MONTHS[m - 1]
    renderings = (
        f"{d}. {month} {y}",
        f"{DANISH_WEEKDAYS[date.weekday()].capitalize()} den {d}. {month} {y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}/{m} {y}",
        f"{d}/{m}-{y}",
        date.isoformat(),
        f"d. {d}. {DANISH_ABBREVIATIONS[m - 1]} {y}",
        f"{d:02d}.{m:02d}.{y % 100:02d}",
        f"{d:02d}-{m:02d}-{y}",
        f"{ENGLISH_MONTHS[m - 1]} {d}, {y}",
    )
    return renderings[style]


@given(
    date=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2060, 12, 31)),
    style=st.integers(min_value=0, max_value=9),
)
def test_rendered_dates_round_trip(date: datetime.date, style: int) -> None:
    text = render(date, style)
    assert parse_date(text) == date
    hits = find_dates(f"Referat af mødet {text}. Kl. 14-17.")
    assert [h.date for h in hits] == [date]


@settings(max_examples=300)
@given(text=st.text())
def test_never_raises(text: str) -> None:
    hits = find_dates(text)
    find_dates(text, default_year=2020)
    parse_date(text)
    find_time_range(text)
    previous_end = 0
    for hit in hits:
        assert previous_end <= hit.start < hit.end
        assert text[hit.start : hit.end] == hit.text
        previous_end = hit.end


@given(text=st.text(alphabet="0123456789.-/:, kltidmajoktober\u2013\n", max_size=60))
def test_never_raises_on_date_like_noise(text: str) -> None:
    for hit in find_dates(text, default_year=2020):
        assert datetime.date(1900, 1, 1) <= hit.date <= datetime.date(2099, 12, 31)
    found = find_time_range(text)
    if found is not None:
        for value in (found.start, found.end):
            if value is not None:
                hours, minutes = map(int, value.split(":"))
                assert 0 <= hours <= 24
                assert 0 <= minutes <= 59


_WORDS = st.sampled_from(
    ["Wednesday,", "onsdag", "den", "d.", "September", "sept.", "marts", "kl.", "klokken",
     "2.", "14", "2024", "13.00-15.00", "/", "-", "'24", ",", "Referat", "\u00a0", " ", "  "]
)  # fmt: skip


@settings(max_examples=400)
@given(words=st.lists(_WORDS, max_size=14))
def test_search_from_the_first_digit_finds_the_same(words: list[str]) -> None:
    """Dates and times are searched from shortly before the text's first digit: the same hits
    as a search of the whole text."""
    text = " ".join(words)
    whole = [
        (_danish._hit_start(m), m.end()) for m in _danish._DATE_RE.finditer(text)
        if _danish._date_from_match(m, text, 2020) is not None
    ]  # fmt: skip
    assert [(h.start, h.end) for h in find_dates(text, default_year=2020)] == whole
    times = [_danish._time_from_match(m, text) for m in _danish._TIME_RE.finditer(text)]
    assert find_time_range(text) == next((t for t in times if t is not None), None)


@pytest.mark.parametrize(
    ("text", "start", "end", "written"),
    [
        ("Aar 1967, Tirsdag d. 7/3, Kl. 19½ afholdtes Møde", "19:30", None, "Kl. 19½"),
        ("Mødet holdtes kl. 9¾-11 i salen", "09:45", "11:00", "kl. 9¾-11"),
    ],
)
def test_an_old_protocols_hour_with_a_fraction(
    text: str, start: str, end: str | None, written: str
) -> None:
    found = find_time_range(text)
    assert found is not None
    assert (found.start, found.end) == (start, end)
    assert text[found.start_offset : found.end_offset] == written
