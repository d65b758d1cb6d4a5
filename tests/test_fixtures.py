"""Hand-written facts for every fixture case (tests/fixtures/cases/*/facts.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import referat

from facts import mismatches
from support import CASES, uncovered_lines

CASE_DIRS = sorted(p for p in CASES.iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASE_DIRS, ids=lambda p: p.name)
def test_fixture_facts(case: Path) -> None:
    facts = json.loads((case / "facts.json").read_text(encoding="utf-8"))
    meeting = referat.parse_file(case / "input.md")
    problems = mismatches(meeting, facts)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("case", CASE_DIRS, ids=lambda p: p.name)
def test_fixture_spans_cover_every_line(case: Path) -> None:
    raw = (case / "input.md").read_bytes()
    meeting = referat.parse_file(case / "input.md")
    assert uncovered_lines(meeting, raw) == []
