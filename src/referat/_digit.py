"""Whether a text has a digit, and where the first is: the gate in front of every date, time,
number and page-mark rule.

``re.compile(r"\\d").search(text)`` asks the regex engine about each character in turn
(10 ns a character: a microsecond for a line of prose without digits). ``has_digit`` gives the
same answer from two passes in C over a Latin-1 text (its bytes, and those bytes without
"0"-"9": a digit was there if they are shorter); only a text with a character past Latin-1,
where a digit of another script could hide, still goes to the engine. ``first_ascii_digit``
finds the first of "0"-"9" with one string search (``memchr``) per digit, for the date and
time readers, which start their search shortly before the first digit. Stdlib only.
"""

from __future__ import annotations

import re
from typing import Final

_ASCII_DIGITS: Final = "0123456789"
_ASCII_DIGIT_BYTES: Final = _ASCII_DIGITS.encode("ascii")
_DIGIT: Final = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """``re.search(r"\\d", text) is not None``: a decimal digit of any script (``str.isdecimal``;
    Latin-1 has none but "0"-"9")."""
    data = text.encode("latin-1", "ignore")
    if len(data) == len(text):  # every character in Latin-1: are "0"-"9" among them?
        return len(data.translate(None, _ASCII_DIGIT_BYTES)) != len(data)
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
