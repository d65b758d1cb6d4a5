"""Stage 0b: text recognised from a scan (OCR), its letters and digits read back.

A scanned page run through text recognition mixes up "l" and "1" and "O" and "0": "E1se Marie
Krog", "b1ev godkendt", "apri1 1998", "k1. 19.3O", "Pkt. l.". One such word may be a code
("B1"); several in one document are a scan, and so are many numbers with an "l" for a one
("l987", "l9.30": a typewriter's) with an "rn" for an "m" besides. Then the document is read
with each confusion undone, within its lines (every line stays where it was):

- a "1" inside a word of letters, or ending one after two small letters: "l" ("E1se", "ti1");
- an "O", "l" or "I" in a number that has a digit: the digit ("19.3O", "85.OOO", "l6.");
- "k1." before a clock: "kl."; "Pkt. l." and "Punkt I": item one; a "0" opening a word of
  small letters or of capitals: "O" ("0liver", "0RSLEV"); a day read as letters before its
  month: its ones ("ll. marts");
- "rn" for "m" where no Danish word has it: before a vowel, opening a word or after a consonant
  ("rnarts", "menighedsrådsrnøde", "forrnand").

Other confusions of "rn" and "m" need a dictionary ("Darn" for "Dam") and are left as written.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

_LETTER_ONE: Final = re.compile(
    r"1(?:(?<=[^\W\d_]1)(?=[a-zæøå])|(?<=[a-zæøå]{2}1)(?![\w.,:/-]*\d))"
)
"""A "1" between letters ("E1se", "b1ev") or ending a word after two small letters ("apri1",
"ti1"; not "mp3"'s like, nor "side1.2"): an "l" read as a one."""
_CLOCK_WORD: Final = re.compile(r"\bk1\.(?= ?[\dlIO])")
"""OCR's "k1. 19.30": the "kl." before a clock."""
_NUMBER: Final = re.compile(
    r"(?<![\w.])(?=[\dOlI]*\d)(?=[\d.:]*[OlI])[\dOlI]+(?:[.:][\dOlI]+)*(?![\w])"
)
"""A number with an "O", "l" or "I" among its digits ("19.3O", "85.OOO", "l6", "1O.OO")."""
_ITEM_ONE: Final = re.compile(
    r"(?<=\b[Pp]kt\. )[lI](?=[.):\s])|(?<=\b[Pp]unkt )[lI](?=[.):\s])"
    r"|(?<=\bPUNKT )[lI](?=[.):\s])"
)
"""Item one of an OCR'd agenda: "Pkt. l.", "Punkt I:"."""
_ITEM_FIVE: Final = re.compile(
    r"(?<=\b[Pp]kt\. )S(?=[.):\s])|(?<=\b[Pp]unkt )S(?=[.):\s])|(?<=\bPUNKT )S(?=[.):\s])"
)
"""Item five of an OCR'd agenda, its "5" read as an "S": "PUNKT S. ORGELRENOVERING"."""
_ZERO_OPENS: Final = re.compile(r"(?<![\w.,])0(?=[a-zæøå]{2,}\b)")
"""A zero opening a word of small letters ("0liver", "0dense"): the capital "O"."""
_ZERO_OPENS_CAPITALS: Final = re.compile(r"(?<![\w.,])0(?=[A-ZÆØÅ]{2,}\b)")
"""A zero opening a word of capitals ("VESTER 0RSLEV"): the capital "O"."""
_DAY_BEFORE_MONTH: Final = re.compile(
    r"(?<![\w.])[lI]{1,2}(?=\.\s+(?:januar|februar|marts|april|maj|juni|juli|august|september"
    r"|oktober|november|december)\b)"
)
"""A day of the month read as letters before its month ("den ll. marts"): its ones."""
_NUMBERS_ALONE: Final = 5
"""Numbers with an "l" or "O" for a digit that make a document a scan with no one for an "l"
among its words ("l987", "l9.30", "2l.45", "l0.00", "l8"), with an "rn" for an "m" besides."""
_DIGITS: Final = str.maketrans({"O": "0", "l": "1", "I": "1"})
_RN_FOR_M: Final = re.compile(r"(?:\b|(?<=[bcdfghjklmnpqrstvwxz]))rn(?=[aeiouyæøå])")
""""rn" where OCR read an "m" and no Danish word has "rn": opening a word or after a consonant,
before a vowel ("rnøde", "menighedsrådsrnøde", "forrnand")."""
_RN_BEFORE_VOWEL: Final = re.compile(r"rn(?=[aeiouyæøå])")
"""Where ``_RN_FOR_M`` may match: its letters first, so the engine skips to each "rn" (a pattern
opening with a look-behind is tried at every character of the document)."""
_CONSONANTS: Final = frozenset("bcdfghjklmnpqrstvwxz")
_VOWELS: Final = frozenset("aeiouyæøå")
_LEAST: Final = 3
"""Confusions of letters and digits in words that make a document a scan (one may be a code)."""


class Repaired(NamedTuple):
    text: str
    changes: int  # places put right
    example: str  # the first word with a one for an "l" ("E1se"), else the first number
    # with a letter for a digit ("l987"), as written


def _word_at(text: str, at: int) -> str:
    """The word around position ``at`` (letters and digits)."""
    start = at
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    end = at + 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


def _misread(word: str) -> bool:
    """A word of letters with a one among them and a vowel: "E1se", "apri1", "bestyre1sesmøde";
    not a code or a hash ("cmnt1", "a1e6f7b3", "ABC1d", "XYZ1abc")."""
    letters = word.replace("1", "")
    return (
        len(letters) >= 2
        and letters.isalpha()
        and letters[1:].islower()
        and any(v in _VOWELS for v in letters.casefold())
    )


def _rn_words(text: str) -> set[str]:
    """The words where ``_RN_FOR_M`` matches: an "rn" before a vowel opening a word or after a
    consonant."""
    words = set()
    for m in _RN_BEFORE_VOWEL.finditer(text):
        at = m.start()
        before = text[at - 1] if at else " "
        if before in _CONSONANTS or not (before.isalnum() or before == "_"):  # (as ``\b``)
            words.add(_word_at(text, at))
    return words


def _as_letter(m: re.Match[str]) -> str:
    return "l" if _misread(_word_at(m.string, m.start())) else "1"


def repaired(text: str) -> Repaired | None:
    """The text with OCR's letter and digit confusions undone, when it has ``_LEAST`` or more
    words with a one for an "l"; else None. The same lines, each perhaps a little shorter."""
    if "1" not in text and "O" not in text and "rn" not in text:
        return None
    words: list[str] = []
    for m in _LETTER_ONE.finditer(text):
        word = _word_at(text, m.start())
        if _misread(word) and word not in words:
            words.append(word)
            if len(words) >= _LEAST:
                break
    example = words[0] if words else ""
    if len(words) < _LEAST:  # (other confusions count too)
        rn = _rn_words(text)  # "Konfirrnand"
        if not words and not rn:
            return None  # (no one for an "l": its numbers read with "l"s, many, and an "rn")
        numbers = dict.fromkeys(m.group() for m in _NUMBER.finditer(text))  # "2O25", "l9.00",
        if words and len(words) + len(numbers) + len(rn) < _LEAST:
            return None
        if not words and len(numbers) < _NUMBERS_ALONE:
            return None
        example = example or next(iter(numbers))
    fixed = _LETTER_ONE.sub(_as_letter, text) if words else text
    fixed = _CLOCK_WORD.sub("kl.", fixed)
    fixed = _DAY_BEFORE_MONTH.sub(lambda m: m.group().translate(_DIGITS), fixed)
    fixed = _NUMBER.sub(lambda m: m.group().translate(_DIGITS), fixed)
    fixed = _ITEM_ONE.sub("1", fixed)
    fixed = _ITEM_FIVE.sub("5", fixed)
    fixed = _ZERO_OPENS.sub("O", fixed)
    fixed = _ZERO_OPENS_CAPITALS.sub("O", fixed)
    count = sum(1 for a, b in zip(text, fixed, strict=True) if a != b)
    fixed, merged = _RN_FOR_M.subn("m", fixed)
    return Repaired(fixed, count + merged, example)
