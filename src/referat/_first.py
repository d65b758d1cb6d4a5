"""Which characters a regex match can begin with: a one-character gate in front of
``pattern.match(text, pos)``.

The pipeline matches many patterns at the start of every line ("Afbud fra ...", "Sag nr. ...",
"1. ...", "Side 2 af 5"); most lines open with a character none of them can begin with, and a
set lookup is ten times cheaper than entering the regex engine to find that out. ``Anchored``
wraps a compiled pattern with the set of Latin-1 characters (U+0000-U+00FF, the characters of
almost every line of Danish text) its matches can begin with, read from Python's own regex
parser (``re._parser``, present since 3.11):

- literals, classes (``[a-z]``, ``[^,]``, ``\\d``, ``\\w``, ``\\s``) and alternatives give their
  characters; each is compiled on its own, with the pattern's flags, and asked about every
  Latin-1 character, so ignoring case ("k" for "K" and the Kelvin sign) is the engine's own;
- anchors, ``\\b`` and look-arounds take no character: they only narrow the matches;
- optional parts (``?``, ``*``, ``{0,n}``) add their characters and let the next part add its own.

A pattern that can match the empty text, or opens with anything else (a back-reference, a
conditional group, ``.``), gets no gate; so does any character past Latin-1. The answers are
``pattern.match``'s own in every case (tests/test_first.py checks ``Anchored`` on every pattern
of the package made by ``anchored``, in both builds). The gate pays in the compiled build only:
interpreted, ``anchored`` gives the plain pattern. Stdlib only.
"""

from __future__ import annotations

import importlib
import re
from typing import Any, Final, cast

from referat._fold import LATIN1
from referat._memo import COMPILED

_parser: Any = importlib.import_module("re._parser")

_FLAGS: Final = re.IGNORECASE | re.ASCII  # the flags that change which characters a class takes
_CATEGORIES: Final = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
}


class _OpenError(Exception):
    """The opening of a pattern uses syntax not read here: no gate."""


def _char(code: int) -> str:
    """A character as a class member, escaped whatever it is."""
    return f"\\U{code:08x}"


def _members(items: list[tuple[Any, Any]]) -> str:
    """The inside of ``[...]`` for a parsed class."""
    out: list[str] = []
    for op, value in items:
        name = op.name
        if name == "NEGATE":
            out.insert(0, "^")
        elif name == "LITERAL":
            out.append(_char(value))
        elif name == "RANGE":
            out.append(f"{_char(value[0])}-{_char(value[1])}")
        elif name == "CATEGORY" and value.name in _CATEGORIES:
            out.append(_CATEGORIES[value.name])
        else:
            raise _OpenError(name)
    return "".join(out)


def _chars(cls: str, flags: int) -> set[str]:
    """The Latin-1 characters the class ``[cls]`` takes under ``flags``."""
    return set(re.findall(f"[{cls}]", LATIN1, flags & _FLAGS))


def _first(items: list[tuple[Any, Any]], flags: int, found: set[str]) -> bool:
    """Add to ``found`` the characters a match of the sequence ``items`` can begin with; whether
    the sequence can match the empty text (then what follows it can begin a match too)."""
    return all(_item_first(op.name, value, flags, found) for op, value in items)


def _item_first(name: str, value: Any, flags: int, found: set[str]) -> bool:
    """``_first`` for one parsed item; whether it can match the empty text."""
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return True
    if name == "LITERAL":
        found |= _chars(_char(value), flags)
        return False
    if name == "NOT_LITERAL":
        found |= _chars("^" + _char(value), flags)
        return False
    if name == "IN":
        found |= _chars(_members(value), flags)
        return False
    if name == "CATEGORY" and value.name in _CATEGORIES:
        found |= _chars(_CATEGORIES[value.name], flags)
        return False
    if name == "SUBPATTERN":
        _group, add, remove, sub = value
        return _first(list(sub), (flags | add) & ~remove, found)
    if name == "ATOMIC_GROUP":
        return _first(list(value), flags, found)
    if name == "BRANCH":
        empty = False
        for alternative in value[1]:
            empty = _first(list(alternative), flags, found) or empty
        return empty
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = value
        if high == 0:
            return True
        return _first(list(sub), flags, found) or low == 0
    raise _OpenError(name)


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The Latin-1 characters a match of ``pattern`` can begin with; ``None`` when it can match
    the empty text or its opening is not read here (then every text must go to the engine)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        found: set[str] = set()
        if _first(list(tree), pattern.flags, found):
            return None
    except (_OpenError, re.error, AttributeError, TypeError, ValueError):
        return None
    return frozenset(found)


class Anchored:
    """A pattern matched at a position (``match``, ``fullmatch``) that is not run where the text
    has a Latin-1 character no match begins with, or no character at all. Same answers as
    ``regex.match``/``regex.fullmatch`` for a position from 0 to the text's length."""

    __slots__ = ("_starts", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._starts = first_chars(regex)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        starts = self._starts
        if starts is not None:
            pos = max(pos, 0)  # as the engine reads a negative position
            if pos >= len(text):
                return None  # a gated pattern takes at least one character
            char = text[pos]
            if char < "\u0100" and char not in starts:
                return None
        return self.regex.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        starts = self._starts
        if starts is not None:
            if not text:
                return None
            char = text[0]
            if char < "\u0100" and char not in starts:
                return None
        return self.regex.fullmatch(text)


made: Final[list[re.Pattern[str]]] = []
"""Every pattern ``anchored`` compiled (tests/test_first.py checks ``Anchored`` on each)."""


def anchored(pattern: str, flags: int = 0) -> Anchored:
    """``Anchored(re.compile(pattern, flags))`` in the compiled build. Interpreted, the compiled
    pattern itself (typed as an ``Anchored``: only ``match`` and ``fullmatch`` are used): there
    the gate, a few lines of Python, costs more than the engine's failing match it saves."""
    regex = re.compile(pattern, flags)
    made.append(regex)
    return Anchored(regex) if COMPILED else cast("Anchored", regex)
