"""Whether a text has a digit, and where the first is: the gate in front of every date, time,
number and page-mark rule.

``re.compile(r"\\d").search(text)`` asks the regex engine about each character in turn
(10 ns a character: a microsecond for a line of prose without digits). ``has_digit`` gives the
same answer for a longer text with one string search (``memchr``) per ASCII digit; only a text
with a character past Latin-1 and none of "0"-"9", where a digit of another script could hide,
still goes to the engine, and so does a short text (the ten searches have a fixed cost).
``first_ascii_digit`` finds the first of "0"-"9" with one string search per digit, for the
date and time readers, which start their search shortly before the first digit. Stdlib only.
"""

from __future__ import annotations

import re
from typing import Final

_ASCII_DIGITS: Final = "0123456789"
_SHORT: Final = 48  # characters: below this the engine's scan costs less than ten searches
_DIGIT: Final = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """``re.search(r"\\d", text) is not None``: a decimal digit of any script (``str.isdecimal``;
    Latin-1 has none but "0"-"9")."""
    if len(text) < _SHORT:
        return _DIGIT.search(text) is not None
    for digit in _ASCII_DIGITS:
        if digit in text:
            return True
    if text.isascii() or len(text.encode("latin-1", "ignore")) == len(text):
        return False  # every character in Latin-1, and no "0"-"9" among them
    return _DIGIT.search(text) is not None


def first_ascii_digit(text: str) -> int:
    """Where the first of "0"-"9" is in ``text`` (``re.search("[0-9]", text)``), -1 if nowhere:
    one string search per digit, each only up to the first found so far."""
    first = len(text)
    for digit in _ASCII_DIGITS:
        at = text.find(digit, 0, first)
        if at >= 0:
            first = at
    return first if first < len(text) else -1
