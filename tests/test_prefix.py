"""``_prefix``: the starts of a pattern's matches, and word-prefiltered search (an oracle test
against the plain compiled pattern on texts built around generated matches)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from referat import _sections
from referat._prefix import FirstOf, WordPattern, starts, top_level_alternatives
from referat.vocabulary import ADOPTS_RECOMMENDATION, OUTCOME_PATTERNS, REPORTED_SPEECH


@pytest.mark.parametrize(
    ("pattern", "k", "expected"),
    [
        (r"\bok\b|\bjuhu\b", 3, {"ok", "juh"}),
        (r"(?:a|b){0,2}c", 2, {"c", "ac", "bc", "aa", "ab", "ba", "bb"}),
        (r"ab?c?", 3, {"a", "ab", "ac", "abc"}),
        (r"a{2}x", 3, {"aax"}),
        (r"[a-c]d", 2, {"ad", "bd", "cd"}),
        (r"tiltr(?:å|aa)d\w*", 3, {"til"}),
        (r"(?P<x>udsat)\b|(?!nej)udskudt", 3, {"uds"}),
        (r"ab\w+", 2, {"ab"}),
        # a look-behind takes no characters: "besluttet" not after "intet "
        (r"(?<=a)b|\bbesluttet\b(?<!intet besluttet)", 3, {"b", "bes"}),
    ],
)
def test_starts(pattern: str, k: int, expected: set[str]) -> None:
    assert starts(pattern, k) == frozenset(expected)


@pytest.mark.parametrize("pattern", [r"\w+x", r".b", r"[^a]b", r"(?i)b", r"(a)\1", r"a*"])
def test_starts_gives_up_where_a_match_could_start_anyhow(pattern: str) -> None:
    assert starts(pattern, 2) is None


_OUTCOME = r"\b(?:" + "|".join(f"(?P<o{i}>{p})" for i, (p, _) in enumerate(OUTCOME_PATTERNS)) + ")"
_PATTERNS = [_OUTCOME, ADOPTS_RECOMMENDATION, REPORTED_SPEECH]
_PIECES = sorted(
    {a.removeprefix(r"\b") for p, _ in OUTCOME_PATTERNS for a in top_level_alternatives(p)}
    | {a.removeprefix(r"\b") for a in top_level_alternatives(ADOPTS_RECOMMENDATION)}
    | {a.removeprefix(r"\b") for a in top_level_alternatives(REPORTED_SPEECH)}
)
_FILLER = st.sampled_from(
    ["", " ", "det", "blev", "ikke", "og", "at", "sagen", "x", ".", ",", "(a)", "god", "ud",
     "indstillingen", "punktet", "med", "til", "2/3", "-", "æ", "_", "²", "é"]
)  # fmt: skip


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        parts.append(draw(_FILLER))
        piece = draw(st.sampled_from(_PIECES))
        parts.append(draw(st.from_regex(re.compile(piece), fullmatch=True)))
    parts.append(draw(_FILLER))
    glue = draw(st.sampled_from([" ", "", "-", ", "]))
    return glue.join(parts).casefold()


def _same(found: list[re.Match[str]], expected: list[re.Match[str]]) -> None:
    assert [(m.span(), m.lastgroup) for m in found] == [(m.span(), m.lastgroup) for m in expected]


@settings(max_examples=500, deadline=None)
@given(text=_texts())
def test_word_pattern_finds_what_the_pattern_finds(text: str) -> None:
    for pattern in _PATTERNS:
        word = WordPattern(pattern)
        assert word.starts is not None  # else this test proves nothing
        _same(word.finditer(text), list(word.regex.finditer(text)))
        first = word.search(text)
        expected = word.regex.search(text)
        assert (first and first.span()) == (expected and expected.span())


@settings(max_examples=300, deadline=None)
@given(
    before=st.sampled_from(["", " ", "_", "x", "2", "²", "é", "-", "(", "\n"]),
    piece=st.sampled_from(_PIECES).flatmap(lambda p: st.from_regex(re.compile(p), fullmatch=True)),
)
def test_a_match_right_after_a_word_character_is_no_word_start(before: str, piece: str) -> None:
    # "\b" before a match: a word character ("_", "2", "²", "é") in front hides it
    text = ("ord" + before + piece).casefold()
    for pattern in _PATTERNS:
        word = WordPattern(pattern)
        _same(word.finditer(text), list(word.regex.finditer(text)))


@settings(max_examples=500, deadline=None)
@given(
    text=_texts(),
    edge=st.sampled_from(["", " ", "_", "x", "2", "²", "é", "-", "(", "\n", "\u2003", "ǅ"]),
)
def test_word_pattern_positions_are_the_word_starts_that_begin_like_a_match(
    text: str, edge: str
) -> None:
    """The candidate search ("\\W" before a start, the text's start as a space) finds the
    positions "\\b(?=start)" finds."""
    for pattern in _PATTERNS:
        word = WordPattern(pattern)
        assert word.starts is not None
        starts = sorted(word.starts, key=len, reverse=True)
        oracle = re.compile(r"\b(?=" + "|".join(re.escape(s) for s in starts) + ")")
        for probe in (text, edge + text, text + edge, edge + text[1:]):
            assert word.positions(probe) == [m.start() for m in oracle.finditer(probe)]


_FIRST_OF = FirstOf(tuple(p for p, _ in OUTCOME_PATTERNS))


@settings(max_examples=500, deadline=None)
@given(text=_texts())
def test_first_of_finds_what_the_whole_pattern_finds(text: str) -> None:
    """Only the phrases that can begin at a word are tried there: same matches, same rows."""
    _same(_FIRST_OF.finditer(text), list(_FIRST_OF.regex.finditer(text)))


@settings(max_examples=300, deadline=None)
@given(
    before=st.sampled_from(["", " ", "_", "x", "2", "é", "-", "("]),
    piece=st.sampled_from(_PIECES).flatmap(lambda p: st.from_regex(re.compile(p), fullmatch=True)),
)
def test_first_of_after_a_word_character(before: str, piece: str) -> None:
    text = ("ord" + before + piece).casefold()
    _same(_FIRST_OF.finditer(text), list(_FIRST_OF.regex.finditer(text)))


def test_the_outcome_table_keeps_its_word_starts() -> None:
    """Every phrase of the outcome table opens with a word whose first letters are read
    (``starts``): one phrase opening otherwise (a look-behind, a class) makes ``FirstOf`` run
    the whole table at every character of every sentence, the same matches 40 times slower."""
    assert _FIRST_OF._words.starts is not None
    assert _sections._ANY_OUTCOME._words.starts is not None
    assert _sections._ADOPTS.starts is not None
    assert _sections._REPORTED.starts is not None


def test_first_of_tries_a_few_phrases_per_word() -> None:
    rows = FirstOf((r"\bgodkendt\b|\budsat\b", r"\bok\b|\bgod\w+"))
    assert [(m.group(), FirstOf.row(m)) for m in rows.finditer("ok, godkendt og godt")] == [
        ("ok", 1),
        ("godkendt", 0),
        ("godt", 1),
    ]
    assert "uds" not in rows._pattern_at("god").pattern


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"a|b(c|d)|[|]|\||e", ["a", "b(c|d)", "[|]", "\\|", "e"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"[^]|]x|y", ["[^]|]x", "y"]),
        (r"(?:a|b)", ["(?:a|b)"]),
    ],
)
def test_top_level_alternatives(pattern: str, expected: list[str]) -> None:
    assert top_level_alternatives(pattern) == expected


@pytest.mark.parametrize("pattern", [p for p, _ in OUTCOME_PATTERNS])
def test_the_outcome_rows_cut_into_whole_alternatives(pattern: str) -> None:
    parts = top_level_alternatives(pattern)
    assert "|".join(parts) == pattern
    for part in parts:
        re.compile(part)  # balanced: no cut inside a group or a class


_SUFFIX_WORDS = st.text(alphabet="abcdefghijklmnoprstuvæøå-", max_size=14)


@settings(max_examples=300, deadline=None)
@given(_SUFFIX_WORDS, st.sampled_from(["title", "organisation"]))
def test_endings_answer_as_endswith(word: str, which: str) -> None:
    """``Endings.of`` is ``str.endswith`` with the whole tuple, for any word (also one that ends
    in an ending, built by appending one)."""
    from referat._prefix import Endings
    from referat.vocabulary import ORGANISATION_SUFFIXES, TITLE_SUFFIXES

    endings = TITLE_SUFFIXES if which == "title" else ORGANISATION_SUFFIXES
    grouped = Endings(endings)
    for text in (word, word + endings[len(word) % len(endings)]):
        assert grouped.of(text) == text.endswith(endings), text
