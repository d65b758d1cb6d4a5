"""Invariants of the vocabulary tables that the parser relies on."""

from __future__ import annotations

from pathlib import Path
import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from referat import vocabulary
from referat.vocabulary import MONTH_SPELLINGS, OUTCOME_PATTERNS, WEEKDAY_SPELLINGS


def test_outcome_patterns_are_casefolded() -> None:
    """They are matched on casefolded text without IGNORECASE (``_sections._ANY_OUTCOME``)."""
    for pattern, _ in OUTCOME_PATTERNS:
        assert pattern == pattern.casefold(), pattern
        assert pattern.startswith(r"\b"), pattern
        re.compile(pattern)


def test_spellings_are_lower_case_and_in_range() -> None:
    assert all(w == w.lower() and 1 <= n <= 12 for w, n in MONTH_SPELLINGS.items())
    assert all(w == w.lower() and 0 <= n <= 6 for w, n in WEEKDAY_SPELLINGS.items())
    assert set(MONTH_SPELLINGS.values()) == set(range(1, 13))
    assert set(WEEKDAY_SPELLINGS.values()) == set(range(7))


def test_whitespace_is_what_python_calls_whitespace() -> None:
    every = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    assert every == vocabulary.WHITESPACE
    assert re.fullmatch(r"\s+", every)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("**Referat:**", "referat"),
        ("📍 Sted :", "sted"),
        ("- Til  stede;", "til stede"),
        ("(Afbud)", "(afbud)"),
        ("Dato\u00a0—", "dato"),
        ("*Beslutning*", "beslutning"),
        ("  ", ""),
    ],
)
def test_normalise_label(text: str, label: str) -> None:
    assert vocabulary.normalise_label(text) == label


def test_item_people_gate_covers_every_hint() -> None:
    """The gate in front of the people rules of item text may not hide a line they read."""
    for hint in (
        *vocabulary.PEOPLE_HINTS,
        *vocabulary.STAND_IN_HINTS,
        *vocabulary.VOTE_COUNTER_HINTS,
    ):
        assert any(word in hint for word in vocabulary.ITEM_PEOPLE_GATE), hint


def _normalised_label_reference(text: str) -> str:
    """The label as first written: NFC, casefold, strip the lead, the tail and collapse."""
    text = unicodedata.normalize("NFC", text).casefold()
    start = 0
    while start < len(text) and not (text[start].isalnum() or text[start] in "_(["):
        start += 1
    return " ".join(text[start:].rstrip(vocabulary._TRAILING).split())


_LABEL_PIECES = st.sampled_from(
    [
        *["Beslutning", "STRASSE", "ß", "µ", "Å", "A\u030a", " ", "  ", "\t", "\n", "\xa0"],
        *["\u2003", ":", "*", "**", "-", "–", "#", "(", "_", "1", ".", "📍", "\x00", "\u200b"],
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_LABEL_PIECES, max_size=12).map("".join) | st.text(max_size=30))
def test_normalise_label_is_its_reference(text: str) -> None:
    assert vocabulary._normalised_label(text) == _normalised_label_reference(text)


def test_no_first_name_is_a_title() -> None:
    """``_people._split_title_prefix`` reads "Henrik Dam" as a name without asking whether
    "Henrik" is a title: it relies on no first name, capitalised, being one."""
    from referat._people import _title_words

    titles = [n for n in vocabulary.FIRST_NAMES if _title_words(n.capitalize())]
    assert titles == []


def test_no_table_is_defined_twice() -> None:
    """Each name of the vocabulary is assigned once: a second table of the same name silently
    replaces the first for every module that imports it."""
    import ast

    # (the source in the checkout: a compiled build's module file is no Python source)
    source = (Path(__file__).resolve().parents[1] / "src/referat/vocabulary.py").read_text(
        encoding="utf-8"
    )
    names = [
        target.id
        for node in ast.parse(source).body
        if isinstance(node, ast.AnnAssign | ast.Assign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    ]
    twice = sorted({n for n in names if names.count(n) > 1})
    assert twice == []
