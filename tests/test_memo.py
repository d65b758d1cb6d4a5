"""``_memo``: the bounded memo of the compiled pipeline, and the choice of memo per build."""

from __future__ import annotations

import functools

from referat import _memo, _people, _prefix
from referat._memo import Memo, memo


def test_a_memo_remembers_answers_up_to_its_limit() -> None:
    calls: list[str] = []

    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    remembered = Memo(shout, 2)
    assert [remembered("a"), remembered("a"), remembered("b")] == ["A", "A", "B"]
    assert calls == ["a", "b"]
    assert remembered.cache_size() == 2
    assert remembered("c") == "C"  # full: emptied, then "c" remembered
    assert remembered.cache_size() == 1
    assert remembered("a") == "A"
    assert calls == ["a", "b", "c", "a"]
    remembered.cache_clear()
    assert remembered.cache_size() == 0


def test_a_memo_remembers_false_and_empty_answers() -> None:
    calls: list[str] = []

    def empty(text: str) -> str:
        calls.append(text)
        return ""

    remembered = Memo(empty, 8)
    assert remembered("x") == remembered("x") == ""
    assert calls == ["x"]

    def nothing(text: str) -> None:
        calls.append(text)

    forgotten = Memo(nothing, 8)
    assert forgotten("y") is None
    assert forgotten("y") is None
    assert calls == ["x", "y"]


def test_each_build_gets_its_cheaper_memo() -> None:
    """Compiled: a ``Memo`` (a C call from compiled code); interpreted: ``lru_cache``."""
    for remembered in (_prefix.casefolded, _prefix.lowered, _people.is_organisation):
        assert isinstance(remembered, Memo) is _memo.COMPILED
        assert isinstance(remembered, functools._lru_cache_wrapper) is not _memo.COMPILED
    assert memo(str.upper, 4)("ab") == "AB"
    assert _prefix.casefolded("Ærø") == "ærø"
    assert memo(str.upper, 4).of("ab") == "AB"
    assert _prefix.casefolded.of("Ærø") == "ærø"


def test_of_is_the_call() -> None:
    """``of`` (what the pipeline calls: a direct C call when compiled) remembers with the call."""
    calls: list[str] = []

    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    for remembered in (Memo(shout, 4), memo(shout, 4)):
        calls.clear()
        assert [remembered.of("a"), remembered("a"), remembered.of("a")] == ["A"] * 3
        assert calls == ["a"]
