"""The only module that imports rapidfuzz: small, typed wrappers around its scorers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from rapidfuzz.utils import default_process


def similarity(a: str, b: str) -> float:
    """Token-order-insensitive similarity of two short texts, 0..100."""
    return float(fuzz.token_set_ratio(a, b, processor=default_process))


def best_match(query: str, choices: Iterable[str], *, cutoff: float) -> tuple[str, float] | None:
    """The closest choice by plain edit-distance ratio, or None under ``cutoff``."""
    found = process.extractOne(query, list(choices), scorer=fuzz.ratio, score_cutoff=cutoff)
    if found is None:
        return None
    return str(found[0]), float(found[1])


def ratio(a: str, b: str) -> float:
    """Normalised indel similarity of two already-normalised strings, 0..100 (no processing)."""
    return float(fuzz.ratio(a, b))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert, delete, substitute all cost 1)."""
    return int(Levenshtein.distance(a, b))


def top_matches(
    query: str, choices: Sequence[str], *, limit: int, cutoff: float
) -> list[tuple[int, float]]:
    """Exhaustive scan: indices and ``ratio`` scores of the best ``limit`` choices (benchmarks)."""
    found = process.extract(
        query, choices, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff, processor=None
    )
    return [(int(index), float(score)) for _, score, index in found]
