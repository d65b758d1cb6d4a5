"""Helpers shared by the tests: paths, span coverage, golden JSON."""

from __future__ import annotations

from collections.abc import Iterator
import json
from pathlib import Path
from typing import Any

from referat import Meeting
from referat._source import decode, looks_binary, normalise, split_lines

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CASES = FIXTURES / "cases"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "real"
SEED = SHARED / "seed" / "beslutningsreferat.md"


def markdown_documents() -> list[Path]:
    """Every Markdown document at hand: fixture inputs, examples and (when present) the corpus
    and the seed."""
    paths = sorted(CASES.glob("*/input.md")) + sorted((ROOT / "examples").rglob("*.md"))
    if CORPUS.exists():
        paths += [*sorted(CORPUS.glob("*.md")), SEED]
    return paths


def spans(data: Any) -> Iterator[tuple[int, int]]:
    """Every span in a JSON-like structure (keys ``span`` and ``*_span``)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if (key == "span" or key.endswith("_span")) and isinstance(value, dict):
                yield value["start_line"], value["end_line"]
            else:
                yield from spans(value)
    elif isinstance(data, list):
        for value in data:
            yield from spans(value)


def normalised_lines(raw: bytes | str) -> list[str]:
    """The lines of the text as referat numbers them."""
    text = decode(raw).text if isinstance(raw, bytes) else raw
    return split_lines(normalise(text, binary=isinstance(raw, bytes) and looks_binary(raw)))


def uncovered_lines(meeting: Meeting, raw: bytes | str) -> list[int]:
    """Non-blank lines that lie in no span of the meeting (must be empty)."""
    data = meeting.model_dump(mode="json")
    covered: set[int] = set()
    for start, end in spans(data):
        covered.update(range(start, end + 1))
    lines = normalised_lines(raw)
    return [i + 1 for i, line in enumerate(lines) if line.strip() and i + 1 not in covered]


def golden_json(meeting: Meeting) -> str:
    """Deterministic JSON for golden files (source name relative, indent 2, trailing newline)."""
    data = meeting.model_dump(mode="json")
    data["source"]["name"] = Path(data["source"]["name"]).parent.name + "/input.md"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
