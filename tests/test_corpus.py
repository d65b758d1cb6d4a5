"""Facts found by reading real documents of ../shared/corpus/real; totality on all of them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import referat

from facts import mismatches
from support import CORPUS, SEED, uncovered_lines

FACTS: dict[str, dict[str, Any]] = json.loads(
    (Path(__file__).parent / "corpus_facts.json").read_text(encoding="utf-8")
)
needs_shared = pytest.mark.skipif(
    not CORPUS.is_dir(),
    reason="../shared/corpus is not present (a user's clone); corpus tests skipped",
)


def _path(name: str) -> Path:
    return SEED if name == "SEED" else CORPUS / name


@needs_shared
@pytest.mark.parametrize("name", sorted(FACTS))
def test_corpus_facts(name: str) -> None:
    meeting = referat.parse_file(_path(name))
    problems = mismatches(meeting, FACTS[name])
    assert not problems, "\n".join(problems)


CORPUS_FILES = sorted(p.name for p in CORPUS.glob("*.md")) if CORPUS.is_dir() else []


@needs_shared
@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_total_and_covered(name: str) -> None:
    path = CORPUS / name
    meeting = referat.parse_file(path)
    assert uncovered_lines(meeting, path.read_bytes()) == []
    assert referat.Meeting.model_validate_json(meeting.model_dump_json()) == meeting
