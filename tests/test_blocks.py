"""``_blocks``, the fast block reader: it gives exactly the lines markdown-it gives, or declines.

The oracle is ``scan(text, fast=False)``: markdown-it-py's block parser for the whole document.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.common.utils import MD_TRIM_CHARS
from minutes_strategies import documents
import pytest

from referat import _blocks
from referat._facts import Facts
from referat._scan import scan
from referat._source import decode, normalise, split_lines

from support import markdown_documents


def _same(text: str) -> None:
    fast, oracle = scan(text), scan(text, fast=False)
    for ours, theirs in zip(fast, oracle, strict=True):
        assert ours == theirs, f"line {theirs.number}: {theirs.raw!r}"


def test_same_lines_as_markdown_it_on_every_document() -> None:
    for path in markdown_documents():
        _same(normalise(decode(path.read_bytes()).text))


def test_the_fast_reader_reads_most_of_themarkdown_documents() -> None:
    """Not about correctness: fails if a change makes the fast path decline nearly everything."""
    read = total = 0
    for path in markdown_documents():
        raws = split_lines(normalise(decode(path.read_bytes()).text))
        facts = [Facts() for _ in raws]
        total += len(raws)
        read += len(raws) if _blocks.Reader(raws, facts).read(0, len(raws)) else 0
    assert read > total * 0.25


# Line shapes where CommonMark's block rules are subtle: list markers of every kind, indentation
# around the content column, lazy continuations, rules that look like list items or setext
# underlines, headings without a space, ordered lists that may not interrupt a paragraph.
_INDENT = st.sampled_from(["", " ", "  ", "   ", "    ", "     ", "      ", "        "])
_MARKER = st.sampled_from(
    [
        "",
        "",
        "",
        "-",
        "*",
        "+",
        "1.",
        "2.",
        "1)",
        "3)",
        "10.",
        "0.",
        "007.",
        "123456789.",
        "1234567890.",
        "-1.",
        "•",
    ]
)
_GAP = st.sampled_from([" ", " ", "  ", "    ", "     ", "      ", ""])
_CONTENT = st.sampled_from(
    [
        "tekst",
        "Punkt 4: Budget",
        "**Beslutning:** Godkendt",
        "*Referat*",
        "`kode`",
        "# Overskrift",
        "## 2. Økonomi",
        "###### seks",
        "####### syv",
        "#ikke",
        "# lukket ##",
        "#",
        "---",
        "***",
        "- - -",
        "___",
        "===",
        "--",
        "-",
        "+",
        "* * *",
        "[x] gjort",
        "[ ] mangler",
        "- indre",
        "1. indre",
        "2) indre",
        "12. marts 2024",
        "a  ",
        "b\\",
        "æøå ÆØÅ",
        "Sagsnr. 1",
        "  ",
        "**fed",
        "fed**",
        "[link](x)",
        "\u2003",
        "> citat",
        "| a | b |",
        "<div>",
        "```",
        "~~~",
        "tab\there",
    ]
)


@st.composite
def _line(draw: st.DrawFn) -> str:
    marker = draw(_MARKER)
    gap = draw(_GAP) if marker else ""
    return draw(_INDENT) + marker + gap + draw(_CONTENT)


def _document(*lines: st.SearchStrategy[str], max_size: int = 14) -> st.SearchStrategy[str]:
    """Documents of 1 to ``max_size`` lines, each drawn from one of ``lines`` or blank."""
    return st.lists(st.one_of(*lines, st.just("")), min_size=1, max_size=max_size).map("\n".join)


def _markdown() -> st.SearchStrategy[str]:
    return _document(_line())


@settings(max_examples=3000, deadline=None)
@given(_markdown())
def test_same_lines_as_markdown_it_on_tricky_line_mixtures(text: str) -> None:
    _same(text)


# Block quotes: quote marks of every depth and spacing before the tricky lines, so that quotes
# nest, hold lists and code, end at blank lines, rules, items and headings, and go on lazily.
_QUOTE = st.sampled_from(
    ["", "", "", ">", "> ", ">  ", ">     ", "> > ", ">>", "   > ", "    > ", "  >"]
)


def _quoted_markdown() -> st.SearchStrategy[str]:
    return _document(st.builds(str.__add__, _QUOTE, _line()), _QUOTE)


@settings(max_examples=3000, deadline=None)
@given(_quoted_markdown())
def test_same_lines_as_markdown_it_on_quoted_line_mixtures(text: str) -> None:
    _same(text)


# Pipe tables: header rows, delimiter rows that fit or do not, escaped pipes, rows that are
# short, long or without a pipe, inside lists and quotes and after paragraph lines.
_TABLE_LINE = st.sampled_from(
    [
        "| Navn | Rolle |",
        "Navn | Rolle",
        "| Dato |",
        "|---|---|",
        "| --- | :-: |",
        "--|--",
        ":--|--:",
        "|-|",
        "---|",
        "| - |",
        "|:---|",
        "| :: | -- |",
        "- | -",
        "-- | -- | --",
        "| a \\| b | c |",
        "| a \\\\| b |",
        "| Anja | formand |",
        "| Bo |",
        "| 1 | 2 | 3 |",
        "tekst uden streg",
        "| |",
        "||",
        "|",
        "\u2003|",
    ]
)


_TABLE_PREFIX = st.sampled_from(["", "", "", "", " ", "    ", "- ", "  ", "1. ", "> ", ">"])


def _table_markdown() -> st.SearchStrategy[str]:
    return _document(st.builds(str.__add__, _TABLE_PREFIX, _TABLE_LINE), _line(), max_size=12)


@settings(max_examples=3000, deadline=None)
@given(_table_markdown())
def test_same_lines_as_markdown_it_on_table_line_mixtures(text: str) -> None:
    _same(text)


@settings(max_examples=200, deadline=None)
@given(documents())
def test_same_lines_as_markdown_it_on_generated_minutes(text: str) -> None:
    _same(text)


def test_trim_characters_are_markdown_its() -> None:
    assert _blocks._TRIM == MD_TRIM_CHARS


@pytest.mark.parametrize(
    "text",
    [
        "> ```\nkode\n> ```",  # a fence inside a quote
        "> <div>",
        "```\nkode\n```",  # fence
        "- ~~~\n  kode",
        "- | -\n  ```\n```\n\n| Navn | Rolle |",  # the item's fence ends with it: a new fence
        "<div>\nhtml\n</div>",  # HTML block
        "Titel\n=====",  # setext heading
        "Titel\n---",
        "-\ttabulator",
        "".join(f"{'  ' * d}- niveau {d}\n" for d in range(12)),  # deeper than _MAX_LEVEL
    ],
)
def test_declines_what_it_does_not_read_and_leaves_the_facts_alone(text: str) -> None:
    raws = split_lines(text)
    facts = [Facts() for _ in raws]
    assert not _blocks.Reader(raws, facts).read(0, len(raws))
    assert facts == [Facts() for _ in raws]
    _same(text)


@pytest.mark.parametrize(
    "text",
    [
        "# Referat\n\nTekst over\nto linjer.",
        "- Anja Boye\n- Bo Ørsted (ref.)\n  fortsat\n    - indre\n\n- efter blank",
        "1. Godkendelse\n2. Budget\n\n   Indstilling\n10) ny liste",
        "Tekst\n2. ikke en liste\n1. men denne\n- og en punktliste",
        "***\n- - -\n## Punkt 3 ##",
        "    indrykket kode\n\n      mere\nTekst",  # indented code
        "1.      Godkendelse af dagsorden\n\n        fortsat\n2. Budget",  # a PDF's wide gap
        "-\n  tomt punkt",  # empty list items
        "-\n\n  foo",
        "- a\n-\n- b\n- ",
        "> citat",  # block quotes
        "- > citat i et punkt\n  > videre",
        "| Navn | Rolle |\n|---|:-:|\n| Anja | formand |\n| Bo\nefter",  # tables
        "Tekst\nNavn | Rolle\n--|--\n- Bo | x",
        "> - 1.1 Formalia\nReferat godkendt.\n\n> #### 2. Temaer\n> - 2.1 Status\n>   - indre",
        "> - 2.2 Nyhedsbrev\n>  \nTekst efter et citat med et mellemrum",
        ">     kode i citat\n> > indre citat\nlad linje",
        "> # Overskrift\nikke lad\n>\nefter tomt citat",
        "> tekst\n- punkt afslutter citatet\n> ny\n---",
    ],
)
def test_reads_plain_minutes_shapes(text: str) -> None:
    raws = split_lines(text)
    assert _blocks.Reader(raws, [Facts() for _ in raws]).read(0, len(raws))
    _same(text)


def test_a_declined_stretch_leaves_the_reader_as_it_was_for_the_next_one() -> None:
    raws = ["- punkt", "  - indre", "    tekst", "    ===", "", "Tekst efter", "- ny liste"]
    facts = [Facts() for _ in raws]
    reader = _blocks.Reader(raws, facts)
    fresh = [len(s) - len(s.lstrip(" ")) for s in raws]
    assert not reader.read(0, 5)  # a setext underline two levels down, after two were opened
    assert reader.tshift == fresh
    assert reader.scount == fresh
    assert facts == [Facts() for _ in raws]
    assert reader.read(5, 7)
    assert facts[6].bullet
    assert facts[6].list_depth == 1
    assert facts[5].text == "Tekst efter"


def test_a_fence_in_a_list_item_ended_by_a_dedented_line_is_no_piece_boundary() -> None:
    """Found by hypothesis: "  ```" inside a list item, a line at the margin ends the item and
    its fence, so the next "  ```" opens a fence of its own that runs to the end."""
    _same("- | Navn | Rolle |\n  ```\n| Navn | Rolle |\n  ```\n\n| Navn | Rolle |")
