"""Rewrites that made superlinear code linear give the results of the code they replaced.

Each oracle below is the old (quadratic) formulation, kept here only to compare against on
generated inputs of the shapes that matter (short enough for the old code to be quick).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from referat import _identity, _link, _logical, _people, _render, _roles, _source, _unwrap
from referat.models import Span

_OLD_ORGANISATION = re.compile(  # the meeting word in any case ("Møde i Vejle Roklub")
    r"(?i:møde|forsamling|samling)\b[^\d]*?\si\s+"
    r"([A-ZÆØÅ][\w']*(?:\s+[A-ZÆØÅ][\w']*){0,3})\s*\.?$"
)
_TITLE_WORDS = st.sampled_from(
    ["møde", "Møde", "fællesmøde", "generalforsamling", "samling", "samlinger", "i", "I", "af",
     "Bestyrelsen", "Sønderborg", "Ældrerådet", "O'Brien", "2024", "3.", "Referat", "Kommune",
     "udvalg", "og", ".", "x", "møde3", "Å"]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(_TITLE_WORDS, max_size=12), st.sampled_from([" ", "  ", " \t"]), st.booleans())
def test_organisation_by_meeting_word_matches_the_old_pattern(
    words: list[str], sep: str, dot: bool
) -> None:
    title = sep.join(words) + ("." if dot else "")
    # both see the title without a trailing date or year ("... i Odense Fotoklub 2025")
    m = _OLD_ORGANISATION.search(_identity.TITLE_TAIL.sub("", title))
    expected = m.group(1) if m and not _identity.kind_words(m.group(1)) else None
    found = _identity.organisation_by_meeting_word(title)
    # the one rule the old pattern lacks: a name "i" its town, when together they name an
    # organisation ("bestyrelsesmøde i Socialdemokratiet i Egebjerg"), is the whole name
    branch = (
        expected is not None
        and found is not None
        and found.endswith(" i " + expected)
        and _people.is_organisation.of(found)
    )
    assert found == expected or branch


_LINE_ENDS = st.sampled_from(["Anna Hansen", "Bo,", "og", "samt", "Karen og", "x-", "y –", "",
                              "Boog", "samt.", "OG", "Åse og"])  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(_LINE_ENDS, min_size=1, max_size=6))
def test_wrapped_list_continues_as_the_joined_text_said(texts: list[str]) -> None:
    for k in range(1, len(texts) + 1):
        joined = " ".join(texts[:k])
        old = joined.endswith((",", "–", "-")) or re.search(r"\b(og|samt)$", joined) is not None
        assert _logical.continues_list(texts[k - 1]) == old, texts[:k]


def _old_item_splits(text: str) -> list[int]:
    found = [(int(m.group(1)), m.start()) for m in _unwrap._ITEM_AT.finditer(text)]
    best: list[int] = []
    for i, (number, _) in enumerate(found):
        run = [found[i][1]]
        last = number
        for later, pos in found[i + 1 :]:
            if last < later <= last + 2:
                run.append(pos)
                last = later
        if len(run) > len(best):
            best = run
    return best if len(best) >= 3 else []


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.integers(0, 12), max_size=40),
    st.lists(st.sampled_from(["Ad ", ""]), min_size=40, max_size=40),
)
def test_item_splits_find_the_run_the_old_scan_found(numbers: list[int], ads: list[str]) -> None:
    text = "Dagsorden " + " ".join(
        f"{ads[k]}{n}. Punkt {'Marts' if n == 7 else 'Budget'}" for k, n in enumerate(numbers)
    )
    assert _unwrap._item_splits(text) == _old_item_splits(text)


def _old_line_of(surface: str, text: str, at: int, span: Span, lines: list[str]) -> Span:
    nth = text.count(surface, 0, at)
    seen = 0
    for n in range(span.start_line, min(span.end_line, len(lines)) + 1):
        count = lines[n - 1].count(surface)
        if seen + count > nth:
            return Span(start_line=n, end_line=n)
        seen += count
    return span


_PIECES = st.sampled_from(["Lars Aagaard", "SDU", "Lars", "aa", "a", " ", "\n", "og", "Aagaard"])


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(_PIECES, max_size=30),
    st.lists(st.lists(_PIECES, max_size=8), min_size=1, max_size=6),
    st.lists(st.sampled_from(["Lars Aagaard", "SDU", "aa", "a", "Aagaard", "Lars"]), min_size=1),
    st.integers(1, 4),
)
def test_mention_lines_as_the_old_count(
    text_pieces: list[str], line_pieces: list[list[str]], surfaces: list[str], first: int
) -> None:
    text = "".join(text_pieces)
    lines = ["x"] * (first - 1) + ["".join(p) for p in line_pieces]
    span = Span(start_line=first, end_line=len(lines) + 1)
    wanted = [(surface, at) for surface in surfaces for at in range(len(text) + 1)]
    expected = [_old_line_of(surface, text, at, span, lines) for surface, at in wanted]
    assert _link._Locator(text, span, lines).spans(wanted) == expected


_OLD_STRAY_WORDS = re.compile(r"(?:[a-zæøå]+\s*){1,3}")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="abø \tA!", max_size=14))
def test_stray_words_pattern_accepts_what_the_old_one_did(text: str) -> None:
    old = _OLD_STRAY_WORDS.fullmatch(text) is not None
    assert (_people._STRAY_WORDS.fullmatch(text) is not None) == old


_OLD_ATTACHMENT_LINE = re.compile(
    r"^[*_\s]*Bilag\s+(\S+?)\s*[:.\-–]\s*(.+?)[*_\s]*$", re.IGNORECASE
)


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(
        st.sampled_from(["**", "_", " ", "Bilag", "bilag", "3", ":", ".", "-", "–", "Plan", "x"]),
        max_size=14,
    )
)
def test_attachment_lines_read_as_the_old_pattern(pieces: list[str]) -> None:
    line = "".join(pieces)
    m = _OLD_ATTACHMENT_LINE.match(line)
    assert _render.attachment_listed(line) == (m.groups() if m else None)


_REFERENT_PIECES = st.sampled_from(
    ["Anja", "Boye", "anne-Marie", "K.", "Dr.Bo", "1Eva", "(ref.)", "(Ref)", "(referent)", "(ref",
     "(ref.)(ref.)", "Åse", "ø", ",", "x" * 70, "Hansen(ref.)", "-", "og", "_Bo", ".", "(", ")"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_REFERENT_PIECES, max_size=12), st.sampled_from([" ", "  ", "\u00a0", "\t "]))
def test_marked_referent_finds_what_a_whole_line_search_found(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    old = _roles.MARKED_REFERENT.search(text)
    new = _roles.marked_referent(text)
    assert (new and (new.span(), new.group(1))) == (old and (old.span(), old.group(1))), text


def _old_normalise(text: str) -> str:
    """normalise before its byte-level fast path: every regular expression on every text."""
    import unicodedata

    if text.startswith("\ufeff"):
        text = text[1:]
    text = _source._LINE_BREAKS.sub("\n", text)
    text = _source._SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    text = _source._MOJIBAKE.sub(_source._repaired, text)  # (its own gate: lead characters)
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u200b", "")
    return _source._CONTROL.sub(" ", text)


_TEXT_PIECES = st.sampled_from(
    ["Referat", " ", "\n", "\r\n", "\r", "\t", "\x00", "\x07", "\x0b", "\x0c", "\x1f", "\x7f",
     "\x80", "\x85", "\x9f", "\xa0", "§", "é", "e\u0301", "å", "\u2028", "\u2029", "\u202f",
     "\u200b", "\ufeff", "\ud800", "\udfff", "💡", "\u00c2"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_TEXT_PIECES, max_size=20))
def test_normalise_fast_path_matches_the_regular_expressions(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _source.normalise(text) == _old_normalise(text)
