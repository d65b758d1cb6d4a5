"""``_scan``: tokenizing a long document in pieces gives exactly the lines of one big parse.

(markdown-it alone, ``fast=False``; tests/test_blocks.py compares the fast reader with it.)
"""

from __future__ import annotations

from pathlib import Path
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from minutes_strategies import documents
import pytest

from referat._facts import LineKind
from referat._scan import _pieces, _quote_depth, scan
from referat._source import decode, normalise, split_lines

from support import markdown_documents

WHOLE = 1 << 30

TRICKY = """\
# Referat

```
kode

ikke en overskrift
```

<!-- en kommentar

## 2. Ikke et punkt
-->

<pre>
a

b
</pre>

~~~~
~~~

stadig kode
~~~~

- punkt a

- punkt b

  fortsat

1. første

2. anden

> citat

> andet citat

    indrykket kode

    mere kode

| a | b |
|---|---|
| 1 | 2 |

Titel
=====

Slut.
"""


def _text(path: Path) -> str:
    return normalise(decode(path.read_bytes()).text)


@pytest.mark.parametrize("size", [1, 2, 7])
def test_pieces_give_the_same_lines_on_every_document(size: int) -> None:
    for path in markdown_documents():
        text = _text(path)
        whole = scan(text, chunk_lines=WHOLE, fast=False)
        assert scan(text, chunk_lines=size, fast=False) == whole, path.name


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_pieces_never_cut_blocks_that_run_across_blank_lines(size: int) -> None:
    whole = scan(TRICKY, chunk_lines=WHOLE, fast=False)
    assert scan(TRICKY, chunk_lines=size, fast=False) == whole
    starts = [start for start, _ in _pieces(split_lines(TRICKY), size)]
    lines = split_lines(TRICKY)
    assert "## 2. Ikke et punkt" not in {lines[s] for s in starts}
    assert "ikke en overskrift" not in {lines[s] for s in starts}
    assert len(starts) > 5  # it does cut, between the blocks


@settings(max_examples=60, deadline=None)
@given(documents(), st.integers(1, 6))
def test_pieces_on_generated_minutes(text: str, size: int) -> None:
    assert scan(text, chunk_lines=size, fast=False) == scan(text, chunk_lines=WHOLE, fast=False)


def _quote_depth_by_loop(raw: str) -> int:
    """The definition: strip ``>`` (after up to three spaces) and one space, while possible."""
    depth, rest = 0, raw
    while (m := re.match(r" {0,3}>", rest)) is not None:
        depth += 1
        rest = rest[m.end() :]
        rest = rest[1:] if rest.startswith(" ") else rest
    return depth


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" >x\t", max_size=30))
def test_quote_depth_matches_its_definition(raw: str) -> None:
    assert _quote_depth(raw) == _quote_depth_by_loop(raw)


def test_a_line_of_other_unicode_spaces_is_not_a_blank_line_to_cut_after() -> None:
    text = "1. punkt\n\u2003\nfortsat doven linje"  # markdown-it: one paragraph in the item
    assert [start for start, _ in _pieces(split_lines(text), 1)] == [0]
    assert scan(text, chunk_lines=1, fast=False)[2].list_depth == 1
    assert scan(text)[2].list_depth == 1


def test_html_table_rows_are_table_rows() -> None:
    lines = scan(
        "<table>\n<tr><td>Dato</td><td>9. april 2024</td></tr>\n<tr>\n  <th>Sted</th>\n"
        "  <td>Klubhuset,<br>Silkeborg</td>\n</tr>\n<tr><td>Tid<td>19.00\n</table>"
    )
    rows = [(ln.number, ln.cells) for ln in lines if ln.kind is LineKind.TABLE_ROW]
    assert rows == [
        (2, ("Dato", "9. april 2024")),
        (3, ("Sted", "Klubhuset, Silkeborg")),
        (7, ("Tid", "19.00")),  # cells and the row left unclosed
    ]
    assert [ln.text for ln in lines[3:6]] == ["", "", ""]  # the row's other lines: markup


def test_html_comments_and_text_are_no_table_rows() -> None:
    lines = scan("<!-- <tr><td>a</td></tr> -->\n\nTekst med <tr> i")
    assert all(ln.kind is not LineKind.TABLE_ROW for ln in lines)


def test_grid_table_rows_are_table_rows() -> None:
    lines = scan(
        "+------+-------------+\n| Dato | 9. april    |\n+======+=============+\n"
        "| Sted | Sognehuset, |\n|      | **Horsens** |\n+------+-------------+"
    )
    assert [(ln.kind, ln.cells) for ln in lines if ln.cells] == [
        (LineKind.TABLE_ROW, ("Dato", "9. april")),
        (LineKind.TABLE_ROW, ("Sted", "Sognehuset, Horsens")),
    ]
    assert [ln.number for ln in lines if ln.kind is LineKind.TABLE_RULE] == [1, 3, 5, 6]


@pytest.mark.parametrize(
    "text",
    [
        "+------+------+\n| a | b |\n+------+------+",  # pipes off the columns
        "+------+\n| a    |",  # never closed
        "+------+\n+------+",  # no row
        "Tekst +--+ tekst",
    ],
)
def test_other_grids_are_left_alone(text: str) -> None:
    assert all(ln.kind is not LineKind.TABLE_ROW for ln in scan(text))


@pytest.mark.parametrize(
    ("html", "kind", "level", "strong"),
    [
        ("<h2>Referat af generalforsamling</h2>", LineKind.HEADING, 2, False),
        ('<h3 class="punkt">4. Budget</h3>', LineKind.HEADING, 3, False),
        ("<p>Dato: 15.03.2025&nbsp;kl. 14.00<br>Sted: Klubhuset</p>", LineKind.TEXT, 0, False),
        ("<p><b>Dagsorden:</b><br>", LineKind.TEXT, 0, True),
        ("<b>3. Regnskab</b>", LineKind.TEXT, 0, True),
        ("<p><b>3. Regnskab</b> Godkendt.</p>", LineKind.TEXT, 0, False),
        ("2. Bestyrelsens beretning<br>", LineKind.TEXT, 0, False),
        ("<td>Dato</td><td>9. april</td>", LineKind.HTML, 0, False),
        ("<script>var x = 1;</script>", LineKind.HTML, 0, False),
    ],
)
def test_html_lines_with_words_are_text_or_headings(
    html: str, kind: LineKind, level: int, strong: bool
) -> None:
    """A web page's paragraphs and headings are read as text: their items and labels count."""
    line = scan(f"<div>\n{html}\n</div>\n")[1]
    assert (line.kind, line.heading_level, line.strong) == (kind, level, strong)


def test_lines_inside_scripts_styles_and_tables_stay_html() -> None:
    """Code, styles, preformatted text and a table's lines are no paragraphs of the minutes."""
    text = (
        "<style>\n.punkt { color: red }\n1. Ikke et punkt\n</style>\n"
        "<script>\nvar dato = '1. marts';\n</script>\n"
        "<table>\n<tr>\n<td>Dato</td>\n</tr>\n</table>\n"
        "<p><b>1. Valg af dirigent</b><br>Per Bruun blev valgt.</p>\n"
    )
    lines = scan(text)
    assert {ln.kind for ln in lines[:-1] if ln.text} <= {LineKind.HTML, LineKind.TABLE_ROW}
    assert lines[-1].kind is LineKind.TEXT


SIMPLE_TABLE = (
    "**Medlemmer:**\n\n"
    "  **Navn**                   **Udpeget af**             **Bemærkning**\n"
    "  -------------------------- -------------------------- ---------------\n"
    "  Gitte Stærmose             DH Søhøj                   Formand\n"
    "  Ole Brandt                 DH Søhøj, LEV              Afbud\n"
    "\n"
    "Tekst efter tabellen.\n"
)


def test_a_pandoc_simple_table_gives_table_rows() -> None:
    lines = scan(SIMPLE_TABLE)
    kinds = [ln.kind for ln in lines]
    assert kinds[2:6] == [
        LineKind.TABLE_ROW,
        LineKind.TABLE_RULE,
        LineKind.TABLE_ROW,
        LineKind.TABLE_ROW,
    ]
    assert lines[2].cells == ("Navn", "Udpeget af", "Bemærkning")
    assert lines[5].cells == ("Ole Brandt", "DH Søhøj, LEV", "Afbud")
    assert lines[7].kind is LineKind.TEXT


@pytest.mark.parametrize(
    "text",
    [
        # a thematic break of dash groups under one word and over prose: no table
        "Referat\n------ ------\nMødet blev holdt i klubhuset, og alle var til stede.\n",
        # prose whose words run over the rule's column edges
        "Et afsnit med tekst\n---- ----\nEn lang sætning der løber hen over kolonnerne\n",
    ],
)
def test_dash_groups_that_are_no_simple_table(text: str) -> None:
    assert LineKind.TABLE_ROW not in [ln.kind for ln in scan(text)]
