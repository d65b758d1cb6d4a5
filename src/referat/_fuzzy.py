"""The only module that imports rapidfuzz: small, typed wrappers around its scorers."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process
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
