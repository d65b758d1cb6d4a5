"""Golden files: every fixture case's full Meeting JSON, diagnostics included.

Regenerate with ``pytest tests/test_golden.py --update-golden`` (or ``make golden``): the run
rewrites the files and still fails, so an update is never silently green. Review the diff, rerun.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import referat

from support import CASES, golden_json

CASE_DIRS = sorted(p for p in CASES.iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASE_DIRS, ids=lambda p: p.name)
def test_golden(case: Path, request: pytest.FixtureRequest) -> None:
    meeting = referat.parse_file(case / "input.md")
    actual = golden_json(meeting)
    expected = case / "expected.json"
    update = request.config.getoption("--update-golden")
    if update and (not expected.exists() or expected.read_text(encoding="utf-8") != actual):
        expected.write_text(actual, encoding="utf-8")
        pytest.fail(f"updated {case.name}/expected.json; review the diff, then rerun")
    assert expected.exists(), f"no golden file; run pytest {__file__} --update-golden"
    assert json.loads(actual) == json.loads(expected.read_text(encoding="utf-8"))


def test_golden_cases_are_many() -> None:
    assert len(CASE_DIRS) >= 30
