"""Mutated real-shaped documents: never an exception, never an internal error, every line kept."""

from __future__ import annotations

import random

import pytest

import referat

from support import CASES, CORPUS, SEED, uncovered_lines


def _texts() -> list[str]:
    paths = sorted(CASES.glob("*/input.md"))
    if CORPUS.is_dir():
        paths += [*sorted(CORPUS.glob("*.md")), SEED]
    return [p.read_bytes().decode("utf-8", errors="replace") for p in paths]


def _mutate(rng: random.Random, texts: list[str]) -> str:
    lines = rng.choice(texts).split("\n")
    op = rng.randrange(7)
    if op == 0:
        rng.shuffle(lines)
    elif op == 1:
        lines = lines[rng.randrange(len(lines)) :]
    elif op == 2:
        lines = [line for line in lines if rng.random() < 0.7]
    elif op == 3:
        other = rng.choice(texts).split("\n")
        k = rng.randrange(len(lines) + 1)
        lines = lines[:k] + other[: rng.randrange(len(other) + 1)] + lines[k:]
    elif op == 4:
        lines = [line[: rng.randrange(len(line) + 1)] for line in lines]
    elif op == 5:
        lines = [("> " + line if rng.random() < 0.3 else line) for line in lines]
    else:
        lines = [" ".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]  # run-together
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(8))
def test_mutated_documents(seed: int) -> None:
    rng = random.Random(seed)
    texts = _texts()
    for _ in range(60):
        text = _mutate(rng, texts)
        meeting = referat.parse(text)
        codes = {d.code for d in meeting.diagnostics}
        assert "internal-error" not in codes, text[:500]
        assert uncovered_lines(meeting, text) == []
        assert referat.Meeting.model_validate_json(meeting.model_dump_json()) == meeting
