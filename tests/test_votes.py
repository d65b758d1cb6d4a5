"""Votes read from a decision's lines: counts, who cast them, and what is no vote."""

from __future__ import annotations

from typing import Any

import pytest

import referat

_DOC = "# Referat\n\nDato: 3. maj 2024\n\n## 1. Forslag om altaner\n\n**Beslutning**\n\n{text}\n"


def _votes(text: str) -> list[dict[str, Any]]:
    meeting = referat.parse(_DOC.format(text=text))
    decision = meeting.agenda[0].decision
    assert decision is not None
    return [
        {
            k: v
            for k, v in vote.model_dump(exclude={"text", "span"}).items()
            if v is not None and v != [] and v is not False
        }
        for vote in decision.votes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forslaget blev vedtaget med 22 stemmer for, 3 imod og 2 blanke.",
            [{"in_favour": 22, "against": 3, "blank": 2}],
        ),
        ("Forslaget blev forkastet, kun 3 stemte for.", [{"in_favour": 3}]),
        ("Afstemning: 2 for, 2 imod.", [{"in_favour": 2, "against": 2}]),
        (
            "Model A blev vedtaget med 9 stemmer for, 3 imod og 1, der undlod at stemme.",
            [{"in_favour": 9, "against": 3, "abstained": 1}],
        ),
        ("Forslaget blev forkastet med 2 stemmer mod 3.", [{"in_favour": 2, "against": 3}]),
        ("Vedtaget med 5 mod 2 stemmer.", [{"in_favour": 5, "against": 2}]),
        # who in brackets after each count
        (
            "Godkendt med 5 stemmer (V, A, C, O) mod 1 (F).",
            [
                {
                    "in_favour": 5,
                    "against": 1,
                    "in_favour_by": ["V", "A", "C", "O"],
                    "against_by": ["F"],
                }
            ],
        ),
        # a bracket that is a sentence names no one: read as a sentence of its own
        (
            "Vedtaget med 4 stemmer mod 1 (Mogens Friis stemte imod).",
            [{"in_favour": 4, "against": 1, "against_by": ["Mogens Friis"]}],
        ),
        (
            "Vedtaget med 3 stemmer mod 1 (Pia ønskede en anden løsning).",
            [{"in_favour": 3, "against": 1}],
        ),
        # a ballot's words without colons; counts of shares with a thousands' point
        (
            "Forslaget blev vedtaget. Ja 34 / nej 22 / blank 2.",
            [{"in_favour": 34, "against": 22, "blank": 2}],
        ),
        (
            "Vedtaget med 4.188 fordelingstal for og 1.210 imod.",
            [{"in_favour": 4188, "against": 1210}],
        ),
        # a score after its verb; a date after one is none
        ("Vedtaget 3-1 (Johanne imod).", [{"in_favour": 3, "against": 1}]),
        ("Godkendt 6-1-1.", [{"in_favour": 6, "against": 1, "abstained": 1}]),
        ("Forslaget blev forkastet 5-2.", [{"in_favour": 2, "against": 5}]),
        ("Godkendt 12-03-2025.", []),
        ("Bo blev genvalgt for 2 år.", []),
        (
            "Godkendt med 6 stemmer for. 1 (Ø) stemte imod, idet Ø ønsker en anden løsning.",
            [{"in_favour": 6, "against": 1, "against_by": ["Ø"]}],
        ),
        ("Afstemning: For stemte 25. Ingen stemte imod.", [{"in_favour": 25, "against": 0}]),
        ("To stemte imod.", [{"against": 2}]),
        (
            "For stemte: 15 (V, C, O, A)\nImod stemte: 4 (F, Ø)\nUndlod at stemme: 0",
            [
                {
                    "in_favour": 15,
                    "against": 4,
                    "abstained": 0,
                    "in_favour_by": ["V", "C", "O", "A"],
                    "against_by": ["F", "Ø"],
                }
            ],
        ),
        (
            "For stemte 3: Ø, F\nImod stemte 16: A, V, C, O, I",
            [
                {
                    "in_favour": 3,
                    "against": 16,
                    "in_favour_by": ["Ø", "F"],
                    "against_by": ["A", "V", "C", "O", "I"],
                }
            ],
        ),
        (
            "For stemte: V, C\nImod stemte: A, idet A ønsker, at rækkehusene udgår af planen.",
            [{"in_favour_by": ["V", "C"], "against_by": ["A"]}],
        ),
        (
            "For ændringsforslaget stemte: O (3)\nImod stemte: A, B og V (24)\n"
            "For forslaget stemte: A, B og V (24)\nImod stemte: O (3)",
            [
                {
                    "in_favour": 3,
                    "against": 24,
                    "in_favour_by": ["O"],
                    "against_by": ["A", "B", "V"],
                },
                {
                    "in_favour": 24,
                    "against": 3,
                    "in_favour_by": ["A", "B", "V"],
                    "against_by": ["O"],
                },
            ],
        ),
        ("Godkendt. Enhedslisten stemte imod.", [{"against_by": ["Enhedslisten"]}]),
        (
            "Indstillingen blev vedtaget. Poul Erik Damgaard stemte imod, da han ville vente.",
            [{"against_by": ["Poul Erik Damgaard"]}],
        ),
        ("Bo Ravn (løsgænger) undlod at stemme.", [{"abstained_by": ["Bo Ravn (løsgænger)"]}]),
        ("Budgettet blev enstemmigt vedtaget.", [{"unanimous": True}]),
        ("Alle stemte for.", [{"unanimous": True}]),
        (
            "Forslaget blev forkastet med 3 stemmer mod 8.\n\n"
            "For stemte: F og Ø (3)\nImod stemte: V, A og C (8)",
            [
                {
                    "in_favour": 3,
                    "against": 8,
                    "in_favour_by": ["F", "Ø"],
                    "against_by": ["V", "A", "C"],
                }
            ],
        ),
        (
            "Skriftlig afstemning:\n\n| Stemme | Antal |\n|---|---|\n| Ja | 38 |\n| Nej | 12 |\n"
            "| Blanke | 2 |",
            [{"in_favour": 38, "against": 12, "blank": 2}],
        ),
        # a role as a label over its count: not "44 Imod" (44 against) and "6 Blanke"
        (
            "Der blev holdt skriftlig afstemning:\nFor: 44   Imod: 6   Blanke: 2\n"
            "Forslaget blev vedtaget.",
            [{"in_favour": 44, "against": 6, "blank": 2}],
        ),
        (
            "Skriftlig afstemning: Ja: 12, Nej: 3, blanke: 1. Vedtaget.",
            [{"in_favour": 12, "against": 3, "blank": 1}],
        ),
        # the total cast is no count of a role ("142 (...) Ja" is not 142 for: "Ja:" labels 118)
        (
            "Skriftlig afstemning.\n  Afgivne stemmer i alt: 142 (heraf 38 ved fuldmagt)\n"
            "  Ja: 118\n  Nej: 21\n  Blanke/ugyldige: 3\n\nForslaget blev vedtaget.",
            [{"in_favour": 118, "against": 21, "blank": 3}],
        ),
        (
            "For: 9 – Imod: 30 – Undlod: 2. Forslaget blev forkastet.",
            [{"in_favour": 9, "against": 30, "abstained": 2}],
        ),
        (  # as a list's entries: one vote, though only "Imod" speaks of voting
            "Afstemning ved håndsoprækning:\n\n- For: 11\n- Imod: 14\n- Blank: 2\n\n"
            "Forslaget faldt.",
            [{"in_favour": 11, "against": 14, "blank": 2}],
        ),
        # who voted as labels, a line each: a list ends at its line's end (it had run on into
        # the next label and the next sentence, and been cut after 100 characters)
        (
            "For stemte: Viktor Rask, Magnus Friis, Lærke Damsgaard\nImod: Alma Winther, Noah"
            " Bech, Zainab Ali, Ella Kragh, William Østergaard\nForslaget er faldet.",
            [
                {
                    "in_favour_by": ["Viktor Rask", "Magnus Friis", "Lærke Damsgaard"],
                    "against_by": [
                        "Alma Winther",
                        "Noah Bech",
                        "Zainab Ali",
                        "Ella Kragh",
                        "William Østergaard",
                    ],
                }
            ],
        ),
        (  # separators between the sides; "ingen" is a count of none
            "Afstemning: for: Kim, Ole, Søren / imod: ingen",
            [{"against": 0, "in_favour_by": ["Kim", "Ole", "Søren"]}],
        ),
        (  # a reason after the name, a remark in brackets, the vote's own brackets
            "Vedtaget (For: Ib, Mikkel, Rie (rådgivende, stemmer ikke). Imod: Susanne Fjord,"
            " der ønskede, at børne- og ungeforeninger friholdes for reduktionen)",
            [
                {
                    "in_favour_by": ["Ib", "Mikkel", "Rie (rådgivende, stemmer ikke)"],
                    "against_by": ["Susanne Fjord"],
                }
            ],
        ),
        (  # a PDF's wrapped line carries the list on
            "Forslaget blev forkastet med 2 stemmer mod 3. For stemte Jens Peter Hald\n"
            "(C) og Morten Lauridsen (O).",
            [
                {
                    "in_favour": 2,
                    "against": 3,
                    "in_favour_by": ["Jens Peter Hald (C)", "Morten Lauridsen (O)"],
                }
            ],
        ),
        (  # the names in one paragraph, the counts in the next: one vote
            "For: Nyborg, Assens\nImod: Svendborg, Odense, Faaborg-Midtfyn\n\n"
            "Forslaget blev forkastet med 2 stemmer mod 3.",
            [
                {
                    "in_favour": 2,
                    "against": 3,
                    "in_favour_by": ["Nyborg", "Assens"],
                    "against_by": ["Svendborg", "Odense", "Faaborg-Midtfyn"],
                }
            ],
        ),
        # a ballot's result in "ja" and "nej" (an association's written vote)
        ("Resultat: 24 ja, 4 nej, 1 blank.", [{"in_favour": 24, "against": 4, "blank": 1}]),
        (
            "Afgivet 59 stemmer: 47 ja, 9 nej, 3 blanke/ugyldige.",
            [{"in_favour": 47, "against": 9, "blank": 3}],
        ),
        (
            "Forslaget blev vedtaget med 22 ja-stemmer og 14 nej-stemmer.",
            [{"in_favour": 22, "against": 14}],
        ),
        # after a word of rejection the larger count is against, the smaller for
        (
            "Forslaget blev forkastet med 5 stemmer mod 3, 1 undlod at stemme.",
            [{"in_favour": 3, "against": 5, "abstained": 1}],
        ),
        ("Nedstemt med 12 stemmer mod 7.", [{"in_favour": 7, "against": 12}]),
        ("Vedtaget med 9 stemmer mod 4.", [{"in_favour": 9, "against": 4}]),
        # a word broken at the line's end
        (
            "Forslaget blev vedtaget med 31 stem-\nmer for, 9 imod og 4 blanke.",
            [{"in_favour": 31, "against": 9, "blank": 4}],
        ),
        # minutes written in English
        (
            "Approved with 8 votes in favour, 1 against and 1 abstention.",
            [{"in_favour": 8, "against": 1, "abstained": 1}],
        ),
        # each party's count and their sum; an abstention counted bare, its voter a person
        # and her party; two people, each with her party, who abstained
        (
            "Godkendt. For stemte: A (3), F (1), Ø (1) – i alt 5. Imod stemte: V (2), C (1) – i "
            "alt 3.",
            [
                {
                    "in_favour": 5,
                    "against": 3,
                    "in_favour_by": ["A", "F", "Ø"],
                    "against_by": ["V", "C"],
                }
            ],
        ),
        (
            "Godkendt med 5 stemmer for. 1 undlod at stemme (Ali Demir, Ø).",
            [{"in_favour": 5, "abstained": 1, "abstained_by": ["Ali Demir (Ø)"]}],
        ),
        (
            "For stemte 13. Simon Rask (LA) og Hanne Lund (DD) undlod at stemme.",
            [{"in_favour": 13, "abstained_by": ["Simon Rask (LA)", "Hanne Lund (DD)"]}],
        ),
        (
            "Ikke godkendt. For stemte: Bo Frederiksen (Ø) (1). Imod stemte: A og V (4).",
            [
                {
                    "in_favour": 1,
                    "against": 4,
                    "in_favour_by": ["Bo Frederiksen (Ø)"],
                    "against_by": ["A", "V"],
                }
            ],
        ),
        # a table of a column per role: its totals row, each party's row; or its only row
        (
            "Forslaget blev forkastet.\n\n| Parti | For | Imod | Undlod |\n|---|---|---|---|\n"
            "| A | | 2 | |\n| Ø | 1 | | |\n| SF | 1 | | |\n| V | | 3 | |\n"
            "| **I alt** | **2** | **5** | **0** |",
            [
                {
                    "in_favour": 2,
                    "against": 5,
                    "abstained": 0,
                    "in_favour_by": ["Ø", "SF"],
                    "against_by": ["A", "V"],
                }
            ],
        ),
        # who in brackets after a count of votes with no role
        (
            "Godkendt med 4 stemmer (A, F, Ø). Thomas Grøn (V) undlod at stemme.",
            [
                {
                    "in_favour": 4,
                    "in_favour_by": ["A", "F", "Ø"],
                    "abstained_by": ["Thomas Grøn (V)"],
                }
            ],
        ),
        # a count of blanks in brackets after the count against is no one's name
        (
            "Forslaget blev forkastet med 11 stemmer for og 35 imod (3 blanke).",
            [{"in_favour": 11, "against": 35, "blank": 3}],
        ),
        # a bare count right before an abstention is a vote's count
        (
            "Budgettet blev godkendt – 4 for, Kim undlod at stemme (han vil hellere noget andet).",
            [{"in_favour": 4, "abstained_by": ["Kim"]}],
        ),
        (
            "Budgettet blev godkendt – 4 for, 1 undlod at stemme.",
            [{"in_favour": 4, "abstained": 1}],
        ),
        # its only row giving each party's count in brackets, under "Stemte for" and the like
        (
            "Indstillingen blev anbefalet med følgende stemmer:\n\n"
            "| Stemte for | Stemte imod | Undlod |\n|---|---|---|\n"
            "| V (4), A (3), C (1) | Ø (1), F (1) | O (1) |",
            [
                {
                    "in_favour": 8,
                    "against": 2,
                    "abstained": 1,
                    "in_favour_by": ["V", "A", "C"],
                    "against_by": ["Ø", "F"],
                    "abstained_by": ["O"],
                }
            ],
        ),
        (
            "Anbefales.\n\n> | For | Imod | Undlod |\n> |---|---|---|\n"
            "> | 6 (A, V, Ø, SF, C) | 0 | 1 (DD) |",
            [
                {
                    "in_favour": 6,
                    "against": 0,
                    "abstained": 1,
                    "in_favour_by": ["A", "V", "Ø", "SF", "C"],
                    "abstained_by": ["DD"],
                }
            ],
        ),
        (
            "Anbefalingen blev godkendt med 17 stemmer. 4 undlod at stemme (Ø, F).",
            [{"in_favour": 17, "abstained": 4, "abstained_by": ["Ø", "F"]}],
        ),
    ],
)
def test_votes(text: str, expected: list[dict[str, Any]]) -> None:
    assert _votes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Godkendt.",
        "Punkt 5 for udvalget blev drøftet, og 3 for alle andre.",
        "Bestyrelsen er imod forslaget, som sendes tilbage.",
        "Der var to for meget i budgettet.",
        "Derefter stemte for sig selv ingen.",
        "Flertallet stemte for.",
        "Stemmesedler blev delt ud.",
        "| For | 3 |",
        "Nej tak til flere møder i år, 2 ja tak.",
        "Bestyrelsen siger ja til 3 nye bænke.",
        "Punkt 5 for udvalget blev drøftet.",
        # a ballot's tally of candidates, one per line with dot leaders: no for or against
        "Marianne Juhl ........ 5 stemmer\nPoul Erik Skov ....... 3 stemmer\nBlanke ........ 0",
    ],
)
def test_no_vote(text: str) -> None:
    assert _votes(text) == []


def test_vote_span_and_text() -> None:
    text = "Der var debat.\n\nForslaget blev vedtaget med 4 stemmer for og 1 imod (Kim)."
    meeting = referat.parse(_DOC.format(text=text))
    decision = meeting.agenda[0].decision
    assert decision is not None
    (vote,) = decision.votes
    assert vote.text == "Forslaget blev vedtaget med 4 stemmer for og 1 imod (Kim)."
    assert (vote.span.start_line, vote.span.end_line) == (11, 11)
    assert vote.against_by == ["Kim"]


def test_a_roll_call_side_by_side_paragraphs_is_one_vote() -> None:
    """A council's roll call: each side a paragraph of its own, its count in brackets before
    the names ("For stemte (3): ..."): one vote, every count and name kept."""
    assert _votes(
        "Indstillingen blev godkendt ved navneopråb.\n\n"
        "For stemte (3): Jens Ole Munk (A), Lisbeth Skov (A), Carsten Hede (V)\n\n"
        "Imod stemte (2): Sofie Nygaard (F), Mads Hjort (F)\n\n"
        "Undlod at stemme (1): Gry Andersen (C)"
    ) == [
        {
            "in_favour": 3,
            "against": 2,
            "abstained": 1,
            "in_favour_by": ["Jens Ole Munk (A)", "Lisbeth Skov (A)", "Carsten Hede (V)"],
            "against_by": ["Sofie Nygaard (F)", "Mads Hjort (F)"],
            "abstained_by": ["Gry Andersen (C)"],
        }
    ]
