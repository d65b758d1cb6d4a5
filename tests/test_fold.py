"""``fold``, ``lower`` and ``fold_nfc`` are ``str.casefold``, ``str.lower`` and NFC-then-casefold,
on every Latin-1 character and on generated texts of Latin-1 and wider characters; ``squash`` is
split-and-join."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from referat._fold import LATIN1, fold, fold_nfc, lower, squash

_LATIN1 = [chr(c) for c in range(256)]
_WIDE = ["ſ", "İ", "ı", "K", "Å", "μ", "ẞ", "–", "“", "€", "🙂", "e\u0301", "A\u030a", "ﬁ"]
_TEXTS = st.lists(st.sampled_from(_LATIN1 + _WIDE), max_size=40).map("".join)


def test_every_latin1_character() -> None:
    for ch in _LATIN1:
        for text in (ch, "Æ" + ch + "x", ch * 3):
            assert fold(text) == text.casefold(), hex(ord(ch))
            assert lower(text) == text.lower(), hex(ord(ch))
            assert fold_nfc(text) == unicodedata.normalize("NFC", text).casefold(), hex(ord(ch))


@settings(max_examples=3000, deadline=None)
@given(_TEXTS | st.text(max_size=40))
def test_the_standard_methods(text: str) -> None:
    assert fold(text) == text.casefold()
    assert lower(text) == text.lower()
    assert fold_nfc(text) == unicodedata.normalize("NFC", text).casefold()


def test_the_exceptions_fold_to_other_text() -> None:
    assert fold("Straße") == "strasse"
    assert fold("µm") == "μm"
    assert lower("STRASSE ÆØÅ") == "strasse æøå"
    assert fold_nfc("A\u030aRHUS") == "århus"  # composed first, then folded


_SPACES = [" ", "  ", "\t", "\n", "\xa0", "\u2009", "\u3000", "\x1f", "\x85", "a", "æ", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPACES), max_size=12).map("".join) | st.text())
def test_squash_is_split_and_join(text: str) -> None:
    assert squash(text) == " ".join(text.split())


def test_latin1_is_every_latin1_character_in_order() -> None:
    assert [ord(c) for c in LATIN1] == list(range(256))
