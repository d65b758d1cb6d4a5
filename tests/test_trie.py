"""``_trie.alternation`` matches what a longest-first alternation of the same words matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from referat._trie import alternation

_LETTERS = "abæå. -"
_words = st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=5), max_size=8)


def _longest_first(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(map(re.escape, ordered)) or "(?!)"


@settings(max_examples=500, deadline=None)
@given(_words, st.text(alphabet=_LETTERS + "ÆÅB", max_size=12), st.sampled_from(["", "b", "$"]))
def test_trie_matches_as_the_alternation(words: list[str], text: str, after: str) -> None:
    for flags in (0, re.IGNORECASE):
        trie = re.compile(f"(?:{alternation(words)}){after}", flags)
        plain = re.compile(f"(?:{_longest_first(words)}){after}", flags)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert trie.groups == 0


def test_trie_shape() -> None:
    assert alternation(["jan", "januar", "feb"]) == "(?:feb|jan(?:uar)?)"
    assert alternation(["a.b"]) == r"a\.b"
    assert re.fullmatch(alternation([]), "") is None
