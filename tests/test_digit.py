"""``has_digit`` is ``re.search(r"\\d", text) is not None``, on every kind of text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from referat._digit import first_ascii_digit, has_digit

_CODE_POINTS = sorted(
    {
        *range(0x800),  # Latin-1 and past it: the string search, then the engine
        *(c for c in range(0x110000) if chr(c).isdecimal()),  # every digit of every script
        *range(0x800, 0x110000, 97),
    }
    - set(range(0xD800, 0xE000))
)

_DIGIT = re.compile(r"\d")
_TEXT_CHARS = st.sampled_from(
    [*"abc æøå ÆØÅ.,:-–“”’…²½", "\u00a0", "0", "7", "\u0663", "\uff11", "\U0001d7d9", "ı", "€"]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_TEXT_CHARS, max_size=120).map("".join) | st.text(max_size=120))
def test_has_digit_is_the_digit_search(text: str) -> None:
    assert has_digit(text) == (_DIGIT.search(text) is not None)


def test_has_digit_on_every_code_point() -> None:
    """Each code point alone, after Latin-1 text, and after a wide character (a text that goes
    to the engine)."""
    for code in _CODE_POINTS:
        ch = chr(code)
        expected = ch.isdecimal()
        assert has_digit(ch) == expected, hex(code)
        assert has_digit("æ" + ch) == expected, hex(code)
        assert has_digit("–" + ch) == expected, hex(code)
        for lead in ("æ" * 60, "a" * 60, "–" * 60):  # long texts: the string searches
            assert has_digit(lead + ch) == expected, hex(code)
            assert has_digit(ch + lead) == expected, hex(code)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_TEXT_CHARS, max_size=30).map("".join) | st.text(max_size=30))
def test_first_ascii_digit_is_the_class_search(text: str) -> None:
    found = re.search("[0-9]", text)
    assert first_ascii_digit(text) == (-1 if found is None else found.start())
