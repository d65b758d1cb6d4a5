"""Patterns and code rewritten for speed find what the plain formulations they replaced found.

A pattern that opens with ``\\s*`` or a look-behind is tried at every character of a text; one
that opens with a single class of characters lets the regex engine skip to the next character
of that class. Each rewrite below must give the same matches, at the same places, as the plain
formulation it replaced (kept here as the oracle), on generated texts made of the characters
and words that matter to it.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from referat import _agenda_item, _footer, _header, _identity, _items, _logical, _people, _roles
from referat._prefix import Needs
from referat.models import Person, Span


def test_list_split_examples() -> None:
    split = _people._LIST_SPLIT.regex.split
    assert split("Anna Holm, Bo Lind og Per Ring") == ["Anna Holm", "Bo Lind", "Per Ring"]
    assert split(" og Bo") == ["", "Bo"]  # at the start of the text, as the plain pattern
    assert split("Kultur- og fritidschef") == ["Kultur- og fritidschef"]
    assert split("Anna ;  Bo  &  Eva + Per") == ["Anna", "Bo", "Eva", "Per"]


_PIECES = st.sampled_from(
    [" ", "  ", "   ", "\t", "\n", "\u00a0", ",", ";", ".", ":", "-", "–", "—", "/", "|", "·",
     "•", "(", ")", "[", "]", "og ", "d.", "den", "12", "3.", "Anna", "Referent", "Afbud fra",
     "Afbud", "punktet", "Punktet", "udgår", "udgik", "aflyst", "x", "å", "Ref.", "9", "a", "A",
     "K.", "Haddad", "9.a", "7b", "samt", "&", "+", "Kultur-", "ogsaa"]
)  # fmt: skip


def _compiled(name: str, module: object) -> re.Pattern[str]:
    pattern = getattr(module, name)
    compiled = pattern.regex if isinstance(pattern, Needs) else pattern
    assert isinstance(compiled, re.Pattern)
    return compiled


def _field_words_lookahead(tail: str) -> str:
    return rf"(?=(?i:{_logical.FIELD_WORDS}){tail})"


# the plain formulation each rewrite replaced, with its flags
_OLD: dict[str, tuple[object, str, int]] = {
    "_LIST_SPLIT": (_people, r"\s*[,;]\s*|(?<![-\s])\s+(?:og|samt|&|\+)\s+", 0),
    "_DAY_AT_END": (_items, r"\b(?:den|d\.)\s+\d{1,2}\.$", 0),
    "_COLUMNS_APART": (_identity, r"\s{3,}|\s+[|–—·]\s+", 0),
    "_LETTERHEAD_COLUMNS": (_identity, r"\s+[–—|·-]\s+|,\s+|\s{3,}", 0),
    "_SENTENCE_BREAK": (_footer, r"(?:[.;,]\s+|\s[–—/-]\s*)(?:og\s+)?", 0),
    # (not after a lone initial: "Kim H. Lund", "Nykøbing F. Sygehus")
    "NEXT_SENTENCE": (_agenda_item, r"(?<=[.;])(?<!\s[A-ZÆØÅ]\.)\s+(?=[A-ZÆØÅ])", 0),
    "_AFTER_SENTENCE": (_roles, r"(?<=[.;])\s+", 0),
    "_COLUMN_GAP": (_logical, r"\s{3,}|\t+", 0),
    "_INLINE_LABEL": (
        _logical,
        r"(?<=[.;])\s+(?=(?:Derudover deltog|Desuden deltog|Afbud(?: fra)?|Fraværende|Gæster|"
        r"Referent|Til stede|Tilstede|Mødeleder|Dirigent|Fra [a-zæøå]+(?: deltog)?)\s*:"
        r"|Afbud fra\s+[A-ZÆØÅ])",
        0,
    ),
    "_SEPARATED_FIELD": (
        _logical,
        r"(?:\s*,\s*|\s+[/|–—·•-]\s+)" + _field_words_lookahead(r"\.?\s*:\s*\S"),
        0,
    ),
    "_CLASS_AFTER_NAME": (
        _people,
        r"(?:(?<=[a-zæøå])|(?<=[A-ZÆØÅ]\.))\s+(\d{1,2}\.?\s?[a-zæøå]|\d{1,2}\.[A-ZÆØÅ])$",
        0,
    ),
    "_CLASS_BEFORE_PAREN": (
        _people,
        r"(?:(?<=[a-zæøå])|(?<=[A-ZÆØÅ]\.))\s+(\d{1,2}\.[a-zæøåA-ZÆØÅ])(?=\s+\()",
        0,
    ),
    "_WITHDRAWN_MARK": (
        _agenda_item,
        r"(?:\s*[(\[]\s*(?:punktet\s+)?|\s+[-–—]\s+(?:punktet\s+)?)"
        r"(?:udgår|udgik|udgået|bortfaldt|bortfalder|trukket|aflyst)\s*[)\]]?\.?$",
        re.IGNORECASE,
    ),
}


def _matches(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[object, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(sorted(_OLD)), st.lists(_PIECES, max_size=14))
def test_rewritten_patterns_match_where_the_plain_ones_did(name: str, pieces: list[str]) -> None:
    module, old, flags = _OLD[name]
    new = _compiled(name, module)
    plain = re.compile(old, flags)
    assert new.flags == plain.flags
    text = "".join(pieces)
    assert _matches(new, text) == _matches(plain, text)
    assert new.split(text) == plain.split(text)
    for start in range(len(text)):  # search from every position (and with $ at the end)
        found, expected = new.search(text, start), plain.search(text, start)
        assert (found and found.span()) == (expected and expected.span())


_SPEAKER_PIECES = st.sampled_from(
    [" ", "  ", ". ", "! ", "? ", ": ", ".", ":", "- ", "• ", "Formanden ", "Kasserer ", "Anja ",
     "Anja Mikkelsen ", "Bo Lind (V) ", "gennemgik ", "bød velkommen", "spurgte", "regnskabet",
     "Foreningens ", "formand ", "og ", "\n", "x", "Å"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_SPEAKER_PIECES, max_size=16))
def test_speakers_are_the_matches_of_the_whole_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [(m.span(), m.groups()) for m in _roles.SPEAKER.finditer(text)]
    assert [(m.span(), m.groups()) for m in _roles.speaker_matches(text)] == expected


_PEOPLE = st.builds(
    Person,
    name=st.sampled_from(["Anna Holm", "Bo Lind"]),
    title=st.sampled_from([None, "formand"]),
    roles=st.sampled_from([[], ["referent"]]),
    span=st.sampled_from([Span(start_line=1, end_line=1), Span(start_line=2, end_line=2)]),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PEOPLE, max_size=6), st.lists(_PEOPLE, max_size=3), st.data())
def test_people_dropped_as_pydantic_compares_them(
    people: list[Person], drop: list[Person], data: st.DataObject
) -> None:
    drop = drop + data.draw(st.lists(st.sampled_from(people), max_size=2)) if people else drop
    assert _header._without_people(people, drop) == [p for p in people if p not in drop]


_SHORT_PIECES = [" ", "\t", ",", ";", ".", "(", "[", "-", "–", "|", "og ", "udgår", "Referent: x",
                 "Afbud fra B", "a", "A", "9.a", "K."]  # fmt: skip


def test_rewritten_patterns_on_every_short_text() -> None:
    """Every text of up to three pieces: the places a rewrite's branches differ (a mark where
    the plain pattern wanted white space first, "((udgår", ",- ") are all among them."""
    texts = [""]
    for _ in range(3):
        texts += [t + p for t in texts if len(t) < 40 for p in _SHORT_PIECES]
    for name, (module, old, flags) in _OLD.items():
        new, plain = _compiled(name, module), re.compile(old, flags)
        for text in set(texts):
            assert _matches(new, text) == _matches(plain, text), (name, text)
