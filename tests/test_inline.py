"""``_inline.segments`` against markdown-it-py's own inline parser (the oracle) and by example."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
import pytest

from referat._inline import Segment, cell_plain, plain, segments

_FULL = MarkdownIt("commonmark", {"html": True}).enable(["strikethrough"])


def _squash(text: str) -> str:
    return " ".join(text.split())


def _alt(image: Token) -> str:
    text: dict[str, Callable[[str], str]] = {"text": str, "text_special": str, "code_inline": str}
    text |= {"softbreak": lambda _: "\n", "hardbreak": lambda _: "\n", "html_inline": lambda _: " "}
    return "".join(
        _alt(c) if c.type == "image" else text[c.type](c.content)
        for c in image.children or []
        if c.type in text or c.type == "image"
    )


def _oracle(content: str) -> list[Segment]:
    """Flatten markdown-it's inline tokens per line: text, all-emphasised, leading label."""
    tokens = _FULL.parseInline(content)
    children: list[Token] = tokens[0].children or [] if tokens else []
    result: list[Segment] = []
    parts: list[str] = []
    depth = 0
    inside = outside = False
    lead: list[str] | None = None
    state = 0

    def close() -> None:
        label = _squash("".join(lead)) if lead is not None and state == 2 else None
        result.append((_squash("".join(parts)), inside and not outside, label or None))

    for child in children:
        kind = child.type
        if kind in ("softbreak", "hardbreak"):
            close()
            parts, inside, outside, lead, state = [], False, False, None, 0
            continue
        if kind in ("strong_open", "em_open", "s_open"):
            depth += 1
            continue
        if kind in ("strong_close", "em_close", "s_close"):
            depth -= 1
            if depth == 0 and state == 1:
                state = 2
            continue
        if kind in ("text", "code_inline"):
            pieces = [child.content]
        elif kind == "image":  # plain alt text (``content`` keeps escapes); its lines stay lines
            pieces = _alt(child).split("\n")
        elif kind == "html_inline":
            pieces = [" "]
        else:
            continue
        for k, piece in enumerate(pieces):
            if k:
                close()
                parts, inside, outside, lead, state = [], False, False, None, 0
            parts.append(piece)
            visible = bool(piece.strip())
            if depth:
                inside = inside or visible
                if state == 0 and visible:
                    lead, state = [piece], 1
                elif state == 1 and lead is not None:
                    lead.append(piece)
            else:
                outside = outside or visible
                if state == 0 and visible:
                    state = 2
    close()
    return result


EXAMPLES = [
    ("**Til stede:** Anna, Bo Ibsen", [("Til stede: Anna, Bo Ibsen", False, "Til stede:")]),
    ("**Punkt 4. Godkendelse**", [("Punkt 4. Godkendelse", True, "Punkt 4. Godkendelse")]),
    ("snake_case og 2 * 3 * 4", [("snake_case og 2 * 3 * 4", False, None)]),
    ("`**kode**` tekst", [("**kode** tekst", False, None)]),
    ("\\*ikke fed\\*", [("*ikke fed*", False, None)]),
    ("[**Bilag 1**](https://x.dk/b1.pdf) side 2", [("Bilag 1 side 2", False, "Bilag 1")]),
    ("![logo](logo.png) Referat", [("logo Referat", False, None)]),
    ("a <b>c</b> &amp; &#229;&aring;", [("a c & åå", False, None)]),
    ("~~udgår~~ bevares", [("udgår bevares", False, "udgår")]),
    ("<https://kommune.dk/dagsorden>", [("https://kommune.dk/dagsorden", False, None)]),
    ("Beslutning:\\\n**Godkendt**", [("Beslutning:", False, None), ("Godkendt", True, "Godkendt")]),
    ("**a*", [("*a", False, None)]),
]


@pytest.mark.parametrize(("content", "expected"), EXAMPLES)
def test_examples(content: str, expected: list[Segment]) -> None:
    assert segments(content) == expected


@pytest.mark.parametrize(("content", "expected"), EXAMPLES[:10])
def test_examples_agree_with_markdown_it(content: str, expected: list[Segment]) -> None:
    assert _oracle(content) == expected


def test_plain_joins_lines() -> None:
    assert plain("**Navn**\nrolle") == "Navn rolle"


_TEXT = ["*", "**", "***", "_", "__", "~~", "~", "\\", "\\*", "&amp;", "&nbsp;", "<br>", " ", "  ",
         "\n", "a", "ord", "Æbl", "1", ".", ":", ",", "(", ")", "-", "æ_ø", "x*y"]  # fmt: skip
_CODE = ["`", "``"]
_LINKS = ["[", "](u)", "![", "<a@b.dk>"]


def _sources(pieces: list[str]) -> st.SearchStrategy[str]:
    """Inline sources of up to 14 pieces, without leading or trailing line breaks."""
    return st.lists(st.sampled_from(pieces), max_size=14).map(lambda p: "".join(p).strip("\n"))


def _assert_agrees(content: str) -> None:
    if content.strip():
        assert segments(content) == _oracle(content)


@settings(max_examples=1500, deadline=None)
@given(_sources(_TEXT + _CODE))
def test_agrees_with_markdown_it(content: str) -> None:
    """Emphasis, code spans, escapes, entities and HTML read exactly as markdown-it reads them."""
    _assert_agrees(content)


@settings(max_examples=1500, deadline=None)
@given(_sources(_TEXT + _LINKS))
def test_links_agree_with_markdown_it(content: str) -> None:
    """Links and images (not code spans with brackets inside link text: a known difference)."""
    _assert_agrees(content)


_COMMENTS = ["<!--", "-->", "<!-- x -->", "->", ">", "-", "<"]


@settings(max_examples=1500, deadline=None)
@given(_sources(_TEXT + _COMMENTS))
def test_html_comments_agree_with_markdown_it(content: str) -> None:
    """HTML comments (closed, unclosed, back to back) count as one space, as in markdown-it."""
    _assert_agrees(content)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[[Anna Holm]], [[Bo Lind|Bo]]", "Anna Holm, Bo Lind"),  # the alias only shortens
        ("Se [[Budget 2024|budgettet]]", "Se budgettet"),
        ("**Deltagere:** [[Anna Holm]]", "Deltagere: Anna Holm"),
        ("![[bilag.pdf]]", "![[bilag.pdf]]"),  # an embed: as written
        ("[[ikke lukket", "[[ikke lukket"),
        ("[[a]b]]", "[[a]b]]"),
    ],
)
def test_wiki_links_keep_their_text(content: str, expected: str) -> None:
    assert plain(content) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Se [bilag 1][b1] og [bilag 2][].", "Se bilag 1 og bilag 2."),
        ("[Statusrapport][1] (PDF)", "Statusrapport (PDF)"),
        ("[b1]: https://example.dk/a.pdf", "[b1]: https://example.dk/a.pdf"),  # a definition
        ("[kun tekst] i klammer", "[kun tekst] i klammer"),
    ],
)
def test_reference_links_keep_their_text(content: str, expected: str) -> None:
    assert plain(content) == expected


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("Maria Holm (formand)<br>Jakob Lind", "Maria Holm (formand), Jakob Lind"),
        ("Skolevej 30<br/>6000 Kolding", "Skolevej 30, 6000 Kolding"),
        ("Godkendelse af<br>budget", "Godkendelse af budget"),
        ("Godkendt.<BR>Næste møde i maj", "Godkendt. Næste møde i maj"),
        ("Deltagere:<br>Bo Lind", "Deltagere: Bo Lind"),
        ("<br>**Bo Lind**<br>", "Bo Lind"),
        ("Bo < Eva", "Bo < Eva"),
    ],
)
def test_cell_breaks_part_entries(cell: str, text: str) -> None:
    assert cell_plain(cell) == text
