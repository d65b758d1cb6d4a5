"""Reading text recognised from a scan (referat._ocr): letters and digits put right only in a
document that has several words with a one for an "l", line by line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

import referat
from referat import _ocr
from referat._ocr import repaired

from support import ROOT

SCAN = (
    "Torsdag den l6. apri1 1998 k1. 19.3O\n"
    "Tilstede: E1se Krog (forrnand), Nie1s Ager\n"
    "Pkt. l. Godkende1se af referat fra rnødet\n"
    "Provstiudva1get har bevilget 85.OOO kr.\n"
)


def test_a_scan_is_read_with_its_confusions_undone() -> None:
    found = repaired(SCAN)
    assert found is not None
    assert found.text == (
        "Torsdag den 16. april 1998 kl. 19.30\n"
        "Tilstede: Else Krog (formand), Niels Ager\n"
        "Pkt. 1. Godkendelse af referat fra mødet\n"
        "Provstiudvalget har bevilget 85.000 kr.\n"
    )
    assert found.example == "apri1"
    assert found.changes == 14  # (each of "OOO" counts)


@pytest.mark.parametrize(
    "text",
    [
        "Version 3.1 af OS2, H1-stillingen, mp3, CO2, IPv4, side 12 og Bilag B1.",
        "Kommentar cmnt1, id a1e6f7b3c0d5e21 og XYZ1abc, ABC1d, kap1 og ref1.",
        "Punkt 1: Ole (1. suppleant) og 11 stemmer for, 1 imod.",
        "Kun ét ord: E1se.",  # one misread word may be a code: no scan
        "",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert repaired(text) is None


def test_every_corpus_document_and_the_seed_are_no_scan() -> None:
    corpus = sorted((ROOT.parent / "shared" / "corpus" / "real").glob("*.md"))
    seed = ROOT.parent / "shared" / "seed" / "beslutningsreferat.md"
    for path in [*corpus, seed] if seed.exists() else corpus:
        assert repaired(path.read_text(encoding="utf-8")) is None, path.name


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab1lOI0 .:\nrnkPt", max_size=300))
def test_lines_stay_lines(text: str) -> None:
    found = repaired(SCAN + text)
    assert found is not None
    assert found.text.count("\n") == (SCAN + text).count("\n")
    assert len(found.text) <= len(SCAN + text)


def test_parse_reports_the_repair() -> None:
    meeting = referat.parse(SCAN, source="scan.md")
    codes = [d.code for d in meeting.diagnostics]
    assert "ocr-repaired" in codes
    assert meeting.date is not None
    assert meeting.date.isoformat() == "1998-04-16"
    assert meeting.start_time == "19:30"


def test_a_one_for_an_l_with_other_confusions_is_a_scan() -> None:
    """One word with a one for an "l" and other confusions beside it (a year and a clock with
    an "O" and an "l" among their digits, "rn" for "m") make a scan: each is put right, and
    "PUNKT S." is item five."""
    found = repaired(
        "Onsdag den 22. januar 2O25 kl. l9.00 i Konfirrnandstuen.\n"
        "Kirkegårdsudva1get har holdt møde.\n**PUNKT S. ORGELRENOVERING**\n"
    )
    assert found is not None
    assert found.text == (
        "Onsdag den 22. januar 2025 kl. 19.00 i Konfirmandstuen.\n"
        "Kirkegårdsudvalget har holdt møde.\n**PUNKT 5. ORGELRENOVERING**\n"
    )
    assert repaired("Kun ét ord: E1se, og version 2.0 af appen.") is None


def test_a_typewritten_protocol_with_l_for_one_in_its_numbers_is_a_scan() -> None:
    """No word with a one for an "l", but many numbers with an "l" for a one ("l987", "l9.30")
    and an "rn" for an "m": a scan. Its day before the month ("ll. marts") and a zero opening
    a word of capitals ("0RSLEV") are put right too."""
    found = repaired(
        "VESTER 0RSLEV SOGNS MENIGHEDSRÅD\n\n"
        "Ar l987, onsdag den ll. marts kl. l9.30 afholdtes møde.\n"
        "Alle rnedlemmer var til stede. Regnskab l986: l2.4l5 kr.\n"
        "Næste møde l0. april kl. l9.00. Mødet hævet kl. 2l.45.\n"
    )
    assert found is not None
    assert found.example == "l987"
    assert found.text == (
        "VESTER ORSLEV SOGNS MENIGHEDSRÅD\n\n"
        "Ar 1987, onsdag den 11. marts kl. 19.30 afholdtes møde.\n"
        "Alle medlemmer var til stede. Regnskab 1986: 12.415 kr.\n"
        "Næste møde 10. april kl. 19.00. Mødet hævet kl. 21.45.\n"
    )


def test_a_few_numbers_with_letters_alone_are_no_scan() -> None:
    assert repaired("Lokale l2, bygning I3 og rum 2O, version l.5 og l.6.") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="rnmaeøbt _-1.\nRÅ", max_size=80))
def test_the_rn_words_are_where_the_pattern_matches(text: str) -> None:
    """The "rn" for an "m" is looked for at each "rn" before a vowel, not at every character:
    the same words as the pattern finds."""
    assert _ocr._rn_words(text) == {
        _ocr._word_at(text, m.start()) for m in _ocr._RN_FOR_M.finditer(text)
    }


def test_numbers_with_an_l_make_a_scan_only_with_an_rn_for_an_m() -> None:
    """With no one for an "l" in a word, many numbers with an "l" make a scan only beside an
    "rn" for an "m" (``repaired`` looks for the "rn" first, and counts numbers only then)."""
    numbers = " ".join(f"l{n}" for n in range(10, 30))
    assert repaired(f"Bilag {numbers}.") is None
    assert repaired(f"Bilag {numbers}. Alle rnedlemmer mødte.") is not None
