"""Which texts a vocabulary pattern can start with: a cheap test before running the pattern.

Python's regex engine tries a pattern that opens with ``\\b`` at every position of a text; for
the big phrase tables of the vocabulary (decision phrases: a hundred alternatives) that is most
of the time a decision costs. ``starts`` reads such a pattern and lists every text of ``k``
characters a match can begin with (``"godkend\\w*"`` -> ``"god"``), so a caller tries the pattern
only at the words that begin that way.

Only the syntax the vocabulary uses is understood: literals, escapes, ``\\b``, classes,
groups (``(?:``, ``(?P<name>``), look-aheads (ignored: they only narrow), alternatives and
quantifiers. Anything that could start with too many texts (``\\w``, ``.``, a negated class)
makes ``starts`` answer ``None``: no prefilter, the pattern runs everywhere. Stdlib only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
import re
from typing import Final

from referat._fold import fold, lower
from referat._memo import memo

_SPECIAL: Final = frozenset("\\[]().|?*+{}^$")
_LIMIT: Final = 2000  # more distinct starts than this: no useful filter


class _UnfilterableError(Exception):
    """The pattern can start with too many texts to list."""


@dataclass
class _Node:
    """One element of a pattern: a set of characters, or alternatives of sequences."""

    chars: frozenset[str] | None = None  # a character (one of these)
    options: list[list[_Node]] = field(default_factory=list)  # a group's alternatives
    low: int = 1
    high: int = 1
    zero_width: bool = False
    wild: bool = False  # \\w, \\d, ".", a negated class: too many characters to list


def _class(pattern: str, pos: int) -> tuple[frozenset[str] | None, int]:
    """The characters of ``[...]`` at ``pos``; ``None`` for a negated or shorthand class."""
    pos += 1
    wild = pattern[pos] == "^"
    chars: set[str] = set()
    first = True
    while pattern[pos] != "]" or first:
        first = False
        ch = pattern[pos]
        if ch == "\\":
            nxt = pattern[pos + 1]
            wild = wild or nxt.isalpha()  # \w, \d, \s ...
            chars.add(nxt)
            pos += 2
            continue
        if pattern[pos + 1] == "-" and pattern[pos + 2] != "]":
            chars.update(chr(c) for c in range(ord(ch), ord(pattern[pos + 2]) + 1))
            pos += 3
            continue
        chars.add(ch)
        pos += 1
    return (None if wild else frozenset(chars)), pos + 1


def _parse(pattern: str, pos: int) -> tuple[list[list[_Node]], int]:
    """Alternatives (sequences of nodes) from ``pos`` up to a closing ")" or the end."""
    options: list[list[_Node]] = [[]]
    while pos < len(pattern) and pattern[pos] != ")":
        ch = pattern[pos]
        node: _Node
        if ch == "|":
            options.append([])
            pos += 1
            continue
        if ch == "(":
            pos += 1
            lookahead = False
            if pattern.startswith("?:", pos):
                pos += 2
            elif pattern.startswith("?P<", pos):
                pos = pattern.index(">", pos) + 1
            elif pattern.startswith(("?=", "?!"), pos):
                pos += 2
                lookahead = True
            elif pattern.startswith(("?<=", "?<!"), pos):
                pos += 3  # a look-behind takes no characters either
                lookahead = True
            elif pattern[pos] == "?":
                raise _UnfilterableError  # flags
            inner, pos = _parse(pattern, pos)
            pos += 1  # ")"
            node = _Node(zero_width=True) if lookahead else _Node(options=inner)
        elif ch == "[":
            chars, pos = _class(pattern, pos)
            node = _Node(chars=chars, wild=chars is None)
        elif ch == "\\":
            nxt = pattern[pos + 1]
            pos += 2
            if nxt == "b":
                node = _Node(zero_width=True)
            elif nxt.isdigit():
                raise _UnfilterableError  # a back-reference
            elif nxt.isalpha():
                node = _Node(wild=True)  # \w, \d, \s
            else:
                node = _Node(chars=frozenset(nxt))
        elif ch == ".":
            node = _Node(wild=True)
            pos += 1
        elif ch in "^$":
            node = _Node(zero_width=True)
            pos += 1
        else:
            run = pos + 1  # a run of plain characters, up to one a quantifier may bind
            while (
                run + 1 < len(pattern)
                and pattern[run] not in _SPECIAL
                and (pattern[run + 1] not in "?*+{")
            ):
                run += 1
            node = _Node(chars=frozenset([pattern[pos:run]]))
            pos = run
        pos = _quantifier(pattern, pos, node)
        options[-1].append(node)
    return options, pos


def _quantifier(pattern: str, pos: int, node: _Node) -> int:
    if pos >= len(pattern) or pattern[pos] not in "?*+{":
        return pos
    ch = pattern[pos]
    if ch == "{":
        end = pattern.index("}", pos)
        low, _, high = pattern[pos + 1 : end].partition(",")
        node.low = int(low or 0)
        node.high = int(high) if high else (node.low if "," not in pattern[pos:end] else 99)
        pos = end + 1
    else:
        node.low, node.high = {"?": (0, 1), "*": (0, 99), "+": (1, 99)}[ch]
        pos += 1
    if pos < len(pattern) and pattern[pos] in "?+":
        pos += 1  # lazy or possessive: the same texts
    return pos


_CUT: Final = "\x00"
"""Marks a prefix cut short by a wildcard (``starts(..., cut=True)``): it grows no further."""


def _done(prefix: str, k: int) -> bool:
    return len(prefix) >= k or prefix.endswith(_CUT)


def _extend(prefixes: set[str], seq: list[_Node], k: int, cut: bool = False) -> set[str]:
    """Every text of at most ``k`` characters that ``seq`` can add to each of ``prefixes``
    (texts already ``k`` long stay as they are; with ``cut``, a wildcard ends a prefix where
    it stands instead of making the pattern unfilterable)."""
    for node in seq:
        if node.zero_width:
            continue
        if node.wild and cut:  # whatever follows: what is read so far is all a match begins with
            return {p if _done(p, k) else p + _CUT for p in prefixes}
        grown: set[str] = {p for p in prefixes if _done(p, k)}
        current = {p for p in prefixes if not _done(p, k)}
        for count in range(node.high + 1):
            if count >= node.low:
                grown |= current
            if not current or count == node.high:
                break
            current = _once(current, node, k, cut)
            grown |= {p for p in current if _done(p, k)}
            current = {p for p in current if not _done(p, k)}
        prefixes = grown
        if len(prefixes) > _LIMIT:
            raise _UnfilterableError
    return prefixes


def _once(prefixes: set[str], node: _Node, k: int, cut: bool) -> set[str]:
    if node.wild:
        raise _UnfilterableError  # within the first k characters
    if node.chars is not None:  # (a run of plain characters counts as one "character")
        return {(p + c)[:k] for p in prefixes for c in node.chars}
    out: set[str] = set()
    for option in node.options:
        out |= _extend(set(prefixes), option, k, cut)
    return out


def starts(pattern: str, k: int, *, cut: bool = False) -> frozenset[str] | None:
    """Every text of ``k`` characters a match of ``pattern`` can begin with, and every whole
    match shorter than that; ``None`` when the pattern can begin too many ways to list. With
    ``cut``, the shorter texts are prefixes of matches instead (a wildcard such as ``\\s`` or
    ``.`` within the first ``k`` characters ends the prefix there: "☰" for ``[☰≡]\\s*menu``)."""
    try:
        options, pos = _parse(pattern, 0)
        if pos != len(pattern):
            return None  # an unbalanced ")"
        found: set[str] = set()
        for option in options:
            found |= _extend({""}, option, k, cut)
    except (_UnfilterableError, ValueError, IndexError):
        return None
    found = {p.rstrip(_CUT) for p in found}
    return None if "" in found or len(found) > _LIMIT else frozenset(found)


_FEW_STARTS: Final = 12  # see WordPattern._few
_END_MARKS: Final = ".,:;!?)"  # (no word character: see WordPattern._word_starts)


def word_starts_at(text: str, pos: int) -> bool:
    """Whether ``\\b`` holds before ``text[pos]``, a word character: ``pos`` is the start of the
    text or follows no word character (a letter, a digit or "_", as the regex engine counts
    them)."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


class WordPattern:
    """A pattern whose every match starts at a word, tried only at the words that begin like
    one of its matches (``starts``). Same matches as the compiled pattern; for patterns on
    casefolded text (no flags), since the starts are compared as they are written."""

    __slots__ = ("_by_length", "_few", "regex", "starts")

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        found = starts(pattern, 3)
        if found is not None and not all(s[0].isalnum() for s in found):
            found = None  # a match could start elsewhere than at a word: try everywhere
        self.starts = found
        known = sorted(found or (), key=len, reverse=True)
        # The starts by length (1 to 3 characters): a word begins like a match when its first
        # one, two or three characters are one of them.
        self._by_length = tuple(frozenset(s for s in known if len(s) == k) for k in (1, 2, 3))
        # Few starts: one substring search per start beats looking at every word.
        self._few = tuple(known) if len(known) <= _FEW_STARTS else None

    def positions(self, text: str) -> list[int]:
        """Where a match can start, in order: the word starts that begin like one."""
        if self._few is None:
            return self._word_starts(text)
        found: set[int] = set()
        for start in self._few:
            pos = text.find(start)
            while pos >= 0:
                if word_starts_at(text, pos):
                    found.add(pos)
                pos = text.find(start, pos + 1)
        return sorted(found)

    def _word_starts(self, text: str) -> list[int]:
        """The word starts of ``text`` that begin like a match, found piece by piece between
        single spaces: a piece of letters and digits only, or with one mark after them
        ("vedtaget.", "A,"), starts one word, at its first character; in any other piece
        ("(godkendt", "2/3", "a_b") each character is looked at. (A regex that tried
        ``\\W(?=start|...)`` at every character cost more.) A word character is
        what ``\\w`` matches: ``isalnum`` or "_"; the marks are none."""
        ones, twos, threes = self._by_length
        found: list[int] = []
        pos = 0
        for piece in text.split(" "):
            end = pos + len(piece)
            if not piece:
                pass
            elif piece.isalnum() or (piece[-1] in _END_MARKS and piece[:-1].isalnum()):
                if text[pos : pos + 3] in threes or text[pos : pos + 2] in twos or piece[0] in ones:
                    found.append(pos)
            else:
                after_word = False  # (a space or the text's start before the piece)
                for i in range(pos, end):
                    char = text[i]
                    word = char.isalnum() or char == "_"
                    if (
                        word
                        and not after_word
                        and (text[i : i + 3] in threes or text[i : i + 2] in twos or char in ones)
                    ):
                        found.append(i)
                    after_word = word
            pos = end + 1
        return found

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every match, as ``regex.finditer`` finds them."""
        if self.starts is None:
            return list(self.regex.finditer(text))
        found: list[re.Match[str]] = []
        end = 0
        for pos in self.positions(text):
            if pos >= end and (m := self.regex.match(text, pos)) is not None:
                found.append(m)
                end = max(m.end(), pos + 1)
        return found

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, as ``regex.search`` finds it."""
        if self.starts is None:
            return self.regex.search(text)
        for pos in self.positions(text):
            if (m := self.regex.match(text, pos)) is not None:
                return m
        return None


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (not inside a group, a class or after ``\\``)."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # "[]...]": a "]" first is a member
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


class FirstOf:
    """Numbered rows of phrases at word starts, the first row in order that matches winning:
    the matches of ``\\b(?:(?P<a0>row0)|(?P<a1>row1)|...)``, with ``row(match)`` the number of
    the row that matched. At a word only the phrases that can begin there are tried (each row
    is an alternation of phrases, cut at its top-level ``|``): a sentence's candidate words
    meet a pattern of a few phrases, not the whole table (the outcome table has over a
    hundred). Same matches as the whole pattern (``regex``); tests/test_prefix.py checks it."""

    __slots__ = ("_by_start", "_phrases", "_words", "regex")

    def __init__(self, rows: tuple[str, ...]) -> None:
        self._phrases = [[(p, starts(p, 3)) for p in top_level_alternatives(row)] for row in rows]
        self._words = WordPattern(
            r"\b(?:" + "|".join(f"(?P<a{i}>{r})" for i, r in enumerate(rows)) + ")"
        )
        self.regex = self._words.regex
        self._by_start: dict[str, re.Pattern[str]] = {}  # filled as words turn up

    @staticmethod
    def row(match: re.Match[str]) -> int:
        """The number of the row that matched."""
        name = match.lastgroup
        assert name is not None  # every row is a named group
        return int(name[1:])

    def _pattern_at(self, key: str) -> re.Pattern[str]:
        """The phrases that can match at a word beginning with ``key`` (3 characters, fewer at
        the end), in their rows. Remembered per longest known start of ``key``: which phrases
        can begin there depends on nothing else, so the memory is bounded by the table's
        starts."""
        known = self._words.starts or frozenset()
        start = key
        for k in (3, 2, 1):  # (a loop, not next() over a generator: no generator object)
            if key[:k] in known:
                start = key[:k]
                break
        found = self._by_start.get(start)
        if found is None:
            rows = []
            for i, phrases in enumerate(self._phrases):
                kept = [p for p, s in phrases if s is None or any(start.startswith(x) for x in s)]
                if kept:
                    rows.append(f"(?P<a{i}>" + "|".join(kept) + ")")
            found = re.compile(r"\b(?:" + "|".join(rows) + ")" if rows else "(?!)")  # never
            self._by_start[start] = found
        return found

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every match, as ``regex.finditer`` finds them."""
        if self._words.starts is None:
            return list(self.regex.finditer(text))
        found: list[re.Match[str]] = []
        end = 0
        for pos in self._words.positions(text):
            if pos >= end and (m := self._pattern_at(text[pos : pos + 3]).match(text, pos)):
                found.append(m)
                end = max(m.end(), pos + 1)
        return found


def contains_any(text: str, parts: str | tuple[str, ...]) -> bool:
    """Whether one of ``parts`` (words, or the characters of a string) is in the text."""
    for part in parts:  # noqa: SIM110 (any() over a generator is 3x slower uncompiled)
        if part in text:
            return True
    return False


class Endings:
    """Whether a word ends in one of many endings (the vocabulary's title and organisation
    suffixes, 50 to 80 of them): grouped by their last character, so a word is compared with
    the few that end as it does, not with all of them (``str.endswith`` with a tuple tries each
    in turn). No ending may be empty."""

    def __init__(self, endings: tuple[str, ...]) -> None:
        groups: dict[str, list[str]] = {}
        for ending in endings:
            groups.setdefault(ending[-1], []).append(ending)
        self._by_last: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in groups.items()}

    def of(self, word: str) -> bool:
        """``word.endswith(endings)``."""
        found = self._by_last.get(word[-1:])
        return found is not None and word.endswith(found)


_FOLD_MEMORY: Final = 4096  # texts: more than the lines of most documents


casefolded: Final = memo(fold, _FOLD_MEMORY)
"""``text.casefold()``, remembered: the rules of every stage ask for the fold of the same lines
(a casefold costs about as much as the regex that reads it). Thread-safe; bounded by count,
so after a document of huge lines the last few stay in memory until later texts replace them."""

lowered: Final = memo(lower, _FOLD_MEMORY)
"""``text.lower()``, remembered (for the rules that compare lower-case text)."""


class Needs:
    """A pattern every match of which contains one of ``words``: on a text with none of them it
    is not run at all. For patterns the engine tries at every character (they open with a
    look-around, ``\\s*`` or a class such as ``\\d``) on texts that mostly cannot match.

    ``fold``: the words are looked for in the casefolded text (for patterns that ignore case;
    such words avoid "i", which ignoring case also matches "ı" and "İ"). A word must be text
    of every match as written: the digits "0"-"9" are no gate for ``\\d``, which matches the
    digits of other scripts too. Same answers as the compiled pattern (``regex``);
    tests/test_gates.py checks every instance against it.
    """

    __slots__ = ("fold", "regex", "words")

    def __init__(self, pattern: str, words: tuple[str, ...], flags: int = 0, *, fold: bool = False):
        self.regex = re.compile(pattern, flags)
        self.words = words
        self.fold = fold

    def possible(self, text: str) -> bool:
        """Whether the text has one of the words (else the pattern cannot match)."""
        return contains_any(casefolded.of(text) if self.fold else text, self.words)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.regex.search(text, pos) if self.possible(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text) if self.possible(text) else None

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(self.regex.finditer(text)) if self.possible(text) else []

    def split(self, text: str) -> list[str]:
        return self.regex.split(text) if self.possible(text) else [text]

    def sub(self, repl: str, text: str) -> str:
        return self.regex.sub(repl, text) if self.possible(text) else text


class AnchoredNeeds(Needs):
    """A ``Needs`` whose every match *starts* at one of its words, or at one of the ``lead``
    characters right before one ("(Punkt 2 udgik.)"). Its matches are tried only there: for a
    pattern that opens with look-behinds (tried at every character of a long line, even with
    the gate open). Same answers as the compiled pattern (tests/test_gates.py)."""

    __slots__ = ("lead",)

    def __init__(
        self, pattern: str, words: tuple[str, ...], flags: int = 0, *, fold: bool, lead: str = ""
    ):
        super().__init__(pattern, words, flags, fold=fold)
        self.lead = lead

    def _starts(self, text: str) -> list[int] | None:
        """Where a match can start, in order; None when casefolding changed the text's length
        (then positions in the fold are not positions in the text)."""
        folded = casefolded.of(text) if self.fold else text
        if len(folded) != len(text):
            return None
        found: set[int] = set()
        for word in self.words:
            at = folded.find(word)
            while at >= 0:
                found.add(at)
                if at and text[at - 1] in self.lead:
                    found.add(at - 1)
                at = folded.find(word, at + 1)
        return sorted(found)

    def finditer(self, text: str) -> list[re.Match[str]]:
        if not self.possible(text):
            return []
        starts = self._starts(text)
        if starts is None:
            return list(self.regex.finditer(text))
        found: list[re.Match[str]] = []
        end = 0
        for at in starts:
            if at >= end and (m := self.regex.match(text, at)) is not None:
                found.append(m)
                end = max(m.end(), at + 1)
        return found

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if not self.possible(text):
            return None
        starts = self._starts(text)
        if starts is None:
            return self.regex.search(text, pos)
        for at in starts:
            if at >= pos and (m := self.regex.match(text, at)) is not None:
                return m
        return None

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """``regex.sub(repl, text)`` (``repl`` a template or a function of the match)."""
        matches = self.finditer(text)
        if not matches:
            return text
        out: list[str] = []
        pos = 0
        for m in matches:
            out.append(text[pos : m.start()])
            out.append(repl(m) if callable(repl) else m.expand(repl))
            pos = m.end()
        out.append(text[pos:])
        return "".join(out)


_OPENING_LENGTH: Final = 3  # characters of a text compared with the starts of an Opening's matches


class Opening:
    """A pattern matched at the start of casefolded texts (``match``), run only on a text that
    begins like one of its matches (``starts``): most lines of a document open with other
    words, and one lookup in a set is cheaper than entering the pattern's alternatives. Same
    answers as ``regex.match`` (tests/test_gates.py)."""

    __slots__ = ("_short", "_starts", "regex")

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        found = starts(pattern, _OPENING_LENGTH, cut=True)  # (its short starts are prefixes)
        self._starts = found
        # whole matches shorter than the starts ("slut" would be one with a length of 5)
        self._short = tuple(s for s in found or () if len(s) < _OPENING_LENGTH)

    def may_match_at(self, text: str, pos: int) -> bool:
        """Whether ``text[pos:]`` begins like a match: the gate of ``match``, without cutting
        the text (a caller trying many positions of a long line slices only where it passes)."""
        found = self._starts
        return (
            found is None
            or text[pos : pos + _OPENING_LENGTH] in found
            or (bool(self._short) and text.startswith(self._short, pos))
        )

    def match(self, text: str) -> re.Match[str] | None:
        found = self._starts
        if (
            found is not None
            and text[:_OPENING_LENGTH] not in found
            and not (self._short and text.startswith(self._short))
        ):
            return None
        return self.regex.match(text)
