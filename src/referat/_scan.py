"""Stage 1: normalised text -> one ``Line`` record per source line.

This is the only module that imports ``markdown_it``. The block structure says what each line
*is* in Markdown terms (heading and level, list item and its number, table row and cells, code,
HTML, rule): ``_blocks`` reads it for plain stretches (paragraphs, headings, rules, lists) and
markdown-it-py for the rest, and ``_inline`` gives the plain text of each line with inline
markup removed. Everything semantic happens later, on these records, so later stages never
depend on Markdown tree shapes: minutes converted from PDF or Word break Markdown structure all
the time, their meaning survives.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise
import re
from typing import ClassVar, Final

from markdown_it import MarkdownIt
from markdown_it.token import Token

from referat import _blocks, _inline
from referat._facts import Facts, LineKind, PendingItem, Record, record_inline, record_row
from referat._first import anchored
from referat._fold import fold, squash
from referat._source import split_lines
from referat._trie import alternation
from referat.vocabulary import (
    ABSENCE_COLUMNS,
    AGENDA_TABLE_COLUMNS,
    DETAIL_COLUMNS,
    MEMBER_COLUMNS,
    MONTH_SPELLINGS,
    NOT_TITLE_ENDS,
    PAGE_MARK,
    PRESENCE_COLUMNS,
    TITLE_COLUMNS,
    WRAPPED_ORGANISATION_TAILS,
)


class Line(Record):
    """One source line with its Markdown facts and its plain text.

    Treated as immutable (``with_text`` makes changed copies); not frozen, because a frozen
    record costs more to make and every source line makes one.
    """

    FIELDS: ClassVar[tuple[str, ...]] = (
        "number",
        "raw",
        "kind",
        "text",
        "heading_level",
        "list_depth",
        "list_number",
        "bullet",
        "checkbox",
        "quote",
        "indent",
        "strong",
        "lead_label",
        "cells",
    )
    __slots__ = FIELDS

    def __init__(
        self,
        *,
        number: int,
        raw: str,
        kind: LineKind,
        text: str,
        heading_level: int = 0,
        list_depth: int = 0,
        list_number: str | None = None,
        bullet: bool = False,
        checkbox: bool | None = None,
        quote: int = 0,
        indent: int = 0,
        strong: bool = False,
        lead_label: str | None = None,
        cells: tuple[str, ...] = (),
    ) -> None:
        self.number = number
        self.raw = raw
        self.kind = kind
        self.text = text
        self.heading_level = heading_level
        self.list_depth = list_depth
        self.list_number = list_number
        self.bullet = bullet
        self.checkbox = checkbox
        self.quote = quote
        self.indent = indent
        self.strong = strong
        self.lead_label = lead_label
        self.cells = cells

    def with_text(
        self, text: str, *, markup: bool = True, numbered: bool = True, strong: bool = False
    ) -> Line:
        """A copy with another text; ``markup=False`` also drops what the line's markup said
        (bold, a lead label, a bullet): a piece cut out of a run-together line;
        ``numbered=False`` drops an ordered list item's number (a piece after the item's
        title); ``strong``: the piece is in bold of its own ("<b>1. Velkomst</b><br>...")."""
        return Line(
            number=self.number,
            raw=self.raw,
            kind=self.kind,
            text=text,
            heading_level=self.heading_level,
            list_depth=self.list_depth,
            list_number=self.list_number if numbered else None,
            bullet=self.bullet and markup,
            checkbox=self.checkbox,
            quote=self.quote,
            indent=self.indent,
            strong=(self.strong and markup) or strong,
            lead_label=self.lead_label if markup else None,
            cells=self.cells,
        )

    def as_markup(self, kind: LineKind) -> Line:
        """This source line as markup with no text of its own (a table's border, the other lines
        of a row whose text is in its cells, a front matter's delimiter)."""
        return Line(number=self.number, raw=self.raw, kind=kind, text="")

    @property
    def content(self) -> str:
        """The text, with the number of an ordered list item put back in front ("4. Title")."""
        if self.list_number is not None:
            return f"{self.list_number}. {self.text}" if self.text else f"{self.list_number}."
        return self.text

    @property
    def blank(self) -> bool:
        """True for lines without any non-space character in the source."""
        return self.kind is LineKind.BLANK


def _number_of(line: Line) -> int:
    return line.number


def index_range(lines: tuple[Line, ...], first: int, last: int) -> range:
    """The indexes of the records of source lines ``first..last`` (line numbers): a line split
    in several records (``_unwrap``) has them all, and ``lines`` may be one meeting's part of a
    document (its first record's number is then no 1). Numbers never decrease along ``lines``."""
    lo = bisect_left(lines, first, key=_number_of)
    return range(lo, max(lo, bisect_right(lines, last, key=_number_of)))


def numbered(lines: tuple[Line, ...], first: int, last: int) -> tuple[Line, ...]:
    """The records of source lines ``first..last`` (see ``index_range``)."""
    found = index_range(lines, first, last)
    return lines[found.start : found.stop]


def line_at(lines: tuple[Line, ...], number: int) -> Line | None:
    """The first record of source line ``number``, or None when ``lines`` has none."""
    at = bisect_left(lines, number, key=_number_of)
    return lines[at] if at < len(lines) and lines[at].number == number else None


# Block structure only: inline markup is read per line by ``_inline`` (much cheaper than an inline
# token tree we would flatten again).
_MAX_NESTING: Final = 100
_MD: Final = (
    # maxNesting: commonmark's 20 open tokens (ten lists) is reached by a letter's cut line ("-
    # - - - ... klip - - -", sixteen list marks), and what markdown-it does there (the rest of
    # its input stays inside the last list item, unread) depends on where its input ends; at
    # 100 such a line is a list like any other, and its input's end does not matter
    MarkdownIt("commonmark", {"html": True, "maxNesting": _MAX_NESTING})
    .enable(["table", "strikethrough"])
    .disable(["inline", "text_join", "reference"])  # "[x]: url" lines stay text lines
)

_CHECKBOX: Final = re.compile(r"^\[([ xX✓✔]?)\]\s*")
_QUOTE_MARKERS: Final = re.compile(r"(?: {0,3}> ?)*")  # one pass: nested quotes stay linear
_QUOTE_PREFIX: Final = re.compile(r"^(?: {0,3}>)*")
_HEADING_MARK: Final = re.compile(r"^ {0,3}#{1,6}(?=\s|$)|\s#+\s*$")
# "•" and the private-use bullets of Word's Symbol/Wingdings fonts that PDF text keeps
# (U+F0B7, U+F0A7, U+F0D8, U+F076, U+F0FC, U+F0A8, U+F0E8)
_BULLET_GLYPHS: Final = "•▪◦●‣⁃∙\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf0e8"
_BULLET_MARK: Final = re.compile(rf"^\s*(?:[-*+{_BULLET_GLYPHS}]|\u0335)\s+")
_RULE_LINE: Final = anchored(r"^\s*(?:[-*_=]\s*){3,}$")
_RULE_CHARS: Final = frozenset("-*_=")
_MARKUP_START: Final = frozenset("*_~|")
_BULLETS: Final = frozenset("-*+\u0335" + _BULLET_GLYPHS)
_MONTH_START: Final = anchored(  # "marts 2024", "okt.": not "Julearrangement", "Juniorafdelingen"
    rf"^{alternation(MONTH_SPELLINGS)}\.?(?:\s+\d{{2,4}}\b|$)",  # a trie
    re.IGNORECASE,
)


def strip_inline(raw: str) -> str:
    """Plain text of a raw line markdown-it gave no inline text for (HTML, reference lines)."""
    text = _QUOTE_PREFIX.sub("", raw, count=1)
    return _inline.plain(_HEADING_MARK.sub(" ", text))


def _markup_only(text: str) -> bool:
    """Emphasis marks or table pipes with nothing between them ("**", "__", "| |", "|---|")."""
    if not text or text[0] not in _MARKUP_START:
        return False
    return not text.strip("*_~| ") or ("|" in text and not text.strip("|:- "))


def _quote_depth(raw: str) -> int:
    """How many block quote markers (``>``, each with an optional space after it) a line has."""
    markers = _QUOTE_MARKERS.match(raw)  # always matches (possibly empty)
    return markers.group().count(">") if markers else 0


CHUNK_LINES: Final = 4000
"""Documents longer than this are tokenized in pieces cut where no Markdown block can continue."""

_FENCE: Final = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST_ITEM: Final = anchored(r"^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_RAW_HTML_START: Final = re.compile(
    r"^ {0,3}(?:(?P<tag><(?:script|pre|style|textarea)(?:\s|>|$))|(?P<comment><!--)"
    r"|(?P<pi><\?)|(?P<cdata><!\[CDATA\[)|(?P<decl><![A-Za-z]))",
    re.IGNORECASE,
)
_RAW_HTML_END: Final = {
    "tag": ("</script>", "</pre>", "</style>", "</textarea>"),
    "comment": ("-->",),
    "pi": ("?>",),
    "cdata": ("]]>",),
    "decl": (">",),
}


def _pieces(raws: list[str], size: int) -> list[tuple[int, int]]:
    """Line ranges of at most about ``size`` lines that markdown-it can tokenize separately.

    A piece starts only at a line that begins a new top-level block whatever came before: it
    follows a blank line, is not indented, is not a list item (a list goes on after a blank line)
    and is outside fenced code and raw HTML blocks (``<pre>``, ``<!-- -->``, ...), the only other
    blocks that run on across blank lines. So every line gets the facts of one big parse.
    """
    pieces: list[tuple[int, int]] = []
    start = 0
    fence: str | None = None  # the marker of an open fenced code block
    fence_indent = 0  # where it was opened
    html_end: tuple[str, ...] = ()  # the end markers of an open raw HTML block
    unsure = False  # whether a fence may have ended unseen: no more cuts
    for i, raw in enumerate(raws):
        if fence is not None:
            if fence_indent and raw.strip() and len(raw) - len(raw.lstrip(" ")) < fence_indent:
                # "- item" / "  ```" / "text": the item and its fence may end here, or (a fence
                # indented at the top) the text is the fence's: which fences pair is unknown
                unsure = True
            m = _FENCE.match(raw)
            closes = m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence)
            if m and closes and not raw[m.end() :].strip():
                indent = len(raw) - len(raw.lstrip(" "))
                if indent < fence_indent:
                    # "- item" / "  ```" / "```": the item (and its fence) may have ended
                    # before this line, which then opens a fence of its own: no cut until a
                    # later fence line settles it
                    fence, fence_indent = m.group(1), indent
                else:
                    fence = None
            continue
        if html_end:
            if any(end in raw for end in html_end):
                html_end = ()
            continue
        if (
            i - start >= size
            and not unsure
            and raw[:1] not in ("", " ", "\t")
            and not raws[i - 1].strip(" \t")  # blank as markdown-it sees it (no U+2003)
            and not _LIST_ITEM.match(raw)  # a list may go on after a blank line
        ):
            pieces.append((start, i))
            start = i
        first = raw.lstrip(" ")[:1]
        if first in ("`", "~"):
            m = _FENCE.match(raw)
            if m and not (m.group(1)[0] == "`" and "`" in raw[m.end() :]):
                fence, fence_indent = m.group(1), len(raw) - len(raw.lstrip(" "))
        elif first == "<" and (h := _RAW_HTML_START.match(raw)) and h.lastgroup:
            ends = _RAW_HTML_END[h.lastgroup]
            if not any(end in raw[h.end() :] for end in ends):
                html_end = ends
    pieces.append((start, len(raws)))
    return pieces


def scan(text: str, *, chunk_lines: int = CHUNK_LINES, fast: bool = True) -> tuple[Line, ...]:
    """Turn normalised text into ``Line`` records (one per line, numbered from 1).

    Plain stretches are read by ``_blocks`` (``fast``); the rest by markdown-it, in regions of
    at most about ``chunk_lines`` lines. Both give the same records (tests/test_blocks.py).
    """
    raws = split_lines(text)
    facts = [Facts() for _ in raws]
    for start, end in _markdown_it_regions(raws, facts, chunk_lines, fast=fast):
        _read_tokens(_MD.parse("\n".join(raws[start:end])), facts, raws, start, end)
    lines = [_line(n, raws[n], facts[n]) for n in range(len(raws))]
    if any(f.kind is LineKind.HTML for f in facts):
        _html_table_rows(lines)
        _html_text_lines(lines)
    if "+-" in text or "+=" in text:
        _grid_table_rows(lines)
    if "--- " in text or "-- --" in text:
        _multiline_table_rows(lines)
        _simple_table_rows(lines)
    if "   " in text:
        _spaced_table_rows(lines)
        _spaced_agenda_rows(lines)
    if "|" in text:
        if "\n|" in text or text[:1] == "|":
            _broken_pipe_rows(lines)
            _bare_pipe_rows(lines)
        _continued_rows(lines)
    return tuple(lines)


def _table_row(line: Line, cells: tuple[str, ...]) -> Line:
    """A table row of these cells read from another table syntax (HTML, a grid table), with
    the text a Markdown table row gets ("Dato | 9. april 2024")."""
    cells = _en_dashes(cells)
    text = " | ".join(c for c in cells if c)
    return Line(number=line.number, raw=line.raw, kind=LineKind.TABLE_ROW, text=text, cells=cells)


def _joined_lines(parts: list[str]) -> str:
    """A grid cell's lines as one text; a word broken at a hyphen over them is whole again
    ("Danske Handicap-" / "organisationer"), a hyphen before "og" stays ("Kultur- og ...")."""
    out = ""
    for part in (p for p in parts if p):
        if out.endswith(" -"):
            out = f"{out} {part}"  # a dash: "Solsikkeparken -" / "godkendelse af skema B"
        elif out.endswith("-") and part[:1].islower() and not part.startswith(("og ", "eller ")):
            out = (out[:-1] if out[-2:-1].isalpha() else out) + part  # ("5 %-" / "midler")
        elif out.endswith("-") and out[-2:-1].isalpha() and part[:1].isupper():
            out += part  # a double name broken at its hyphen: "Bjerre-" / "Olsen"
        else:
            out = f"{out} {part}" if out else part
    return out


def _bare_pipe_row(line: Line) -> int:
    """The number of cells of a paragraph's line written as a pipe table's row ("| 1 |
    Godkendelse | Godkendt. |"), or 0."""
    raw = line.raw.strip()
    if line.kind is not LineKind.TEXT or line.quote or len(raw) < 5:
        return 0
    return raw.count("|") - 1 if raw[0] == "|" and raw[-1] == "|" else 0


_ROW_KINDS: Final = (LineKind.TABLE_ROW, LineKind.TABLE_RULE)
_BROKEN_KINDS: Final = (LineKind.TEXT, LineKind.TABLE_ROW)


def _broken_pipe_rows(lines: list[Line]) -> None:
    """A table's row broken over two lines by a PDF's line break inside a cell, beside rows of
    the table ("| Sanne Holt | Ringsted Kom-" over "mune | Afbud |", "| Kirsten Lau | O |
    Ankom kl. 13:20 un-" over "der pkt. 2 |"): the row, whole ("| Sanne Holt | Ringsted
    Kommune | Afbud |"), on its first line; the second becomes a row with no cells."""
    for k in range(len(lines) - 1):
        line, below = lines[k], lines[k + 1]
        if line.kind not in _BROKEN_KINDS or below.kind not in _BROKEN_KINDS:
            continue  # (a table reader may have read each piece as a row of its own)
        first, second = line.raw.strip(), below.raw.strip()
        if first.endswith("-|") or first.endswith("- |"):  # "| Navn | Parti | Bemærk- |" over
            cells = [c.strip() for c in first[1:-1].split("|")]  # "| ning |": a header's cell
            rest = second[1:-1].strip() if second[:1] == "|" and second[-1:] == "|" else ""
            if len(cells) >= 2 and rest[:1].islower() and "|" not in rest:
                joined = (*cells[:-1], _joined_lines([cells[-1], rest]))
                lines[k] = _table_row(line, joined)
                lines[k + 1] = below.as_markup(LineKind.TABLE_ROW)
            continue
        if not (
            first.startswith("|")
            and not first.endswith("|")
            and second.endswith("|")
            and not second.startswith("|")
        ):
            continue
        beside = (k > 0 and (lines[k - 1].kind in _ROW_KINDS or _bare_pipe_row(lines[k - 1]))) or (
            k + 2 < len(lines) and (lines[k + 2].kind in _ROW_KINDS or _bare_pipe_row(lines[k + 2]))
        )
        if not beside:
            continue
        whole = _joined_lines([first, second])
        lines[k] = _table_row(line, tuple(c.strip() for c in whole[1:-1].split("|")))
        lines[k + 1] = below.as_markup(LineKind.TABLE_ROW)


def _bare_pipe_rows(lines: list[Line]) -> None:
    """A pipe table with no delimiter row under its first line (a PDF's or a mail's table:
    "| Pkt. | Dagsorden | Beslutning |" over "| 1 | Godkendelse | Godkendt. |"), which Markdown
    reads as a paragraph: two lines or more in a run, each opening and closing with "|" and of
    as many cells (two or more), are table rows; so is one such line beside a table's row of
    as many cells."""
    i = 0
    while i < len(lines):
        count = _bare_pipe_row(lines[i])
        end = i + 1
        if count >= 2:
            while end < len(lines) and _bare_pipe_row(lines[end]) == count:
                end += 1
            above = i - 1  # (past a broken row's second line, a row with no cells now)
            while above > 0 and lines[above].kind is LineKind.TABLE_ROW and not lines[above].cells:
                above -= 1
            beside = (above >= 0 and len(lines[above].cells) == count) or (
                end < len(lines) and len(lines[end].cells) == count
            )  # (one line between rows of as many cells, a broken row's joined ones)
            if end - i >= 2 or beside:
                for k in range(i, end):
                    cells = lines[k].raw.strip()[1:-1].split("|")
                    lines[k] = _table_row(lines[k], tuple(c.strip() for c in cells))
        i = end


_ROW_NUMBER: Final = re.compile(r"(?i:pkt\.?\s*|punkt\s*)?\d{1,3}[a-z]?[.)]?")


def _continued_rows(lines: list[Line]) -> None:
    """A numbered table's rows whose cells wrap over several rows with the number cell empty
    (a PDF's agenda table: "| 3 | Meddelelser fra formand, kontakt- | Taget til" over "|  |
    person og kirkeværge | efterretning. |"): each such row's cells are joined to the row
    above, and its line becomes a row with no cells (not a rule: a rule under a row makes it a
    header). Numbered: every first cell below the header is a number or empty, two or more
    numbers."""
    i = 0
    while i < len(lines):
        if lines[i].kind is not LineKind.TABLE_ROW:
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].kind in (LineKind.TABLE_ROW, LineKind.TABLE_RULE):
            end += 1
        rows = [k for k in range(i + 1, end) if lines[k].kind is LineKind.TABLE_ROW]
        _join_unclosed(lines, rows)
        _join_shifted(lines, rows)
        firsts = [lines[k].cells[0] if lines[k].cells else "" for k in rows]
        numbered = sum(1 for f in firsts if f)
        if (
            numbered >= 2
            and numbered < len(rows)
            and all(not f or _ROW_NUMBER.fullmatch(f) for f in firsts)
        ):
            _join_continued(lines, rows)
        elif len(rows) >= 2:
            _join_hyphen_rows(lines, rows)
        i = end


def _join_shifted(lines: list[Line], rows: list[int]) -> None:
    """A row a PDF cut inside its title cell, each half a cell short of the table ("| 6 |
    Helhedsplan / renovering af |" over "| badeværelser (orientering) | Taget til efterretning.
    |"): the second's first cell goes on the first's last, its other cells follow; the second's
    line becomes a row with no cells."""
    for above, k in pairwise(rows):
        top, below = lines[above].cells, lines[k].cells
        width = len(top)
        if (
            width >= _SHIFTED_WIDTH
            and len(below) == width
            and not top[-1]
            and not below[-1]
            and top[0]
            and _ROW_NUMBER.fullmatch(top[0])
            and below[0][:1].islower()
            and _bars(lines[above].raw) == width - 1  # (the table's reader filled each one in)
            and _bars(lines[k].raw) == width - 1
        ):
            joined = (*top[:-2], _joined_lines([top[-2], below[0]]), *below[1:-1])
            lines[above] = _table_row(lines[above], joined)
            lines[k] = lines[k].as_markup(LineKind.TABLE_ROW)


_SHIFTED_WIDTH: Final = 3


def _bars(raw: str) -> int:
    """The number of cells a pipe row writes ("| a | b |": 2)."""
    return raw.strip().strip("|").count("|") + 1


def _join_unclosed(lines: list[Line], rows: list[int]) -> None:
    """A row whose last cell a line break cut, the rest of the cell on the next line without a
    leading bar ("| 4 | Juletræstænding | Vedtaget. ... MLK kontakter" over "nissen og spejderne
    om fakler |"): the next line goes on that row's last cell, and its line becomes a row with
    no cells."""
    for above, k in pairwise(rows):
        cells = lines[above].cells
        raw = lines[k].raw.strip()
        if (
            cells
            and cells[-1]
            and lines[k].text  # (not a row joined to the one above already)
            and raw.endswith("|")
            and not raw.startswith("|")
            and not lines[above].raw.rstrip().endswith("|")
        ):
            rest = raw[:-1].strip()
            if "|" in rest:
                continue  # "a | b |": a row of its own without its leading bar
            joined = (*cells[:-1], _joined_lines([cells[-1], rest]))
            lines[above] = _table_row(lines[above], joined)
            lines[k] = lines[k].as_markup(LineKind.TABLE_ROW)


def _join_hyphen_rows(lines: list[Line], rows: list[int]) -> None:
    """A row that only goes on with words broken at a hyphen in the row above (a PDF's table
    of people: "| Henrik Bjerre- | Favrskov Kommune |" over "| Olsen | |", "| Asger Plum |
    Skanderborg Kom- |" over "| | mune |"): its cells are joined to that row's, and its line
    becomes a row with no cells."""
    kept = rows[0]
    for k in rows[1:]:
        above, row = lines[kept].cells, lines[k].cells
        if (
            len(row) == len(above)
            and any(row)
            and (
                all(
                    not b or (a[-1:] == "-" and a[-2:-1].isalpha())
                    for a, b in zip(above, row, strict=True)
                )
                or _row_goes_on(above, row)
            )
        ):
            cells = tuple(_joined_lines([a, b]) for a, b in zip(above, row, strict=True))
            lines[kept] = _table_row(lines[kept], cells)
            lines[k] = lines[k].as_markup(LineKind.TABLE_ROW)
        else:
            kept = k


def _row_goes_on(above: tuple[str, ...], row: tuple[str, ...]) -> bool:
    """A PDF's row of a person that a narrow column wrapped into the row under it ("| Jørgen
    Kvist- | Lejre Kommune, |" over "| gaard | sundhedschef |", "| Malene Sejr | Kalundborg |"
    over "| | Kommune |", "| Morten Riis | PLO-Sjælland |" over "| (næstformand) | |"): the
    first cell below opens no row of its own (empty, in small letters, or a bracket), and
    every cell below goes on the one above it (a broken word, a list after a comma, words in
    small letters, a bracket, or a municipality's or firm's last word)."""
    first = row[0]
    if _closes_bracket(above[0], first):  # "| Ib Lund, suppleant (for | x |" / "| Eva Bak) | |"
        return not any(row[1:])
    if not above[0] or not (not first or first[0].islower() or first[0] == "("):
        return False
    # "| Jens Peter Kirke- | ..., Dansk |" over "| gaard | Industri |": a name broken across
    # the rows carries the row's other short cells along with it
    broken = bool(first) and above[0][-1:] == "-" and above[0][-2:-1].isalpha()
    for a, b in zip(above, row, strict=True):
        if not b:
            continue
        if broken and a and b.count(" ") <= 1 and b[0].isupper():
            continue
        if not a or not (
            (a[-1:] == "-" and a[-2:-1].isalpha())
            or a[-1:] == ","
            or b[0].islower()
            or (b[0] == "(" and b[-1] == ")")
            or b in WRAPPED_ORGANISATION_TAILS
        ):
            return False
    return True


def _closes_bracket(above: str, first: str) -> bool:
    """The cell ``first`` closes a bracket the cell ``above`` left open ("(indkaldt for" /
    "Rikke Sand)")."""
    return above.count("(") > above.count(")") and first.count(")") > first.count("(")


def _join_continued(
    lines: list[Line], rows: list[int], breaks: frozenset[int] | None = None
) -> None:
    """Each column of a numbered row and its continuation rows as paragraphs: a cell that goes
    on with the paragraph above in its column (``_goes_on_cell``) joins it; a cell that opens a
    paragraph (a new sentence, "Bilag: ...", "a) Formanden") fills the latest row's empty cell
    in its column, or opens a row of its own at its line, without a number, which its line
    becomes. A line whose cells all went on becomes a row with no cells. So "| 4 | Takster |
    Graveren deltog under |" over "| | Forslag til nye takster for | punktet. |" gives "| 4 |
    Takster | Graveren deltog under punktet. |" and "| | Forslag til nye takster for | |": the
    case text a PDF wrapped under the title is the item's text, not part of its title. A row in
    ``breaks`` (after a blank line) goes on no paragraph. In a table laid out with spaces
    (``breaks`` given), where blank lines part paragraphs, a line empty in a column also ends
    that column's paragraph, and a cell on the next line goes on but for a new sentence
    (``_goes_on_line``: "Helhedsplan afd. 7" / "Solsikkeparken -" / "godkendelse af skema
    B", "Socialchef" / "Per Dam")."""
    spaced = breaks is not None
    breaks = breaks or frozenset()
    kept: list[tuple[int, list[str]]] = []  # the rows of the current item: (line, cells)
    last: list[int] = []  # per column, the row in ``kept`` with its open paragraph (-1: none)
    seen: list[int] = []  # per column, the line it last had text on
    before = -1  # the line of the row before
    written: dict[int, list[str]] = {}  # the rows kept, by line
    for k in rows:
        row = lines[k].cells
        if row and row[0]:
            kept, last = [(k, list(row))], [0 if c else -1 for c in row]
            seen, before = [k if c else -1 for c in row], k
            continue
        if not kept or not any(row) or len(row) != len(kept[0][1]):
            kept = []  # ("|  | 10.20 | *Pause* |" under rows of another width: its own)
            continue
        going = [
            bool(cell)
            and last[c] >= 0
            and k not in breaks
            and (not spaced or seen[c] == before)
            and (
                _goes_on_cell(kept[last[c]][1][c], cell)
                or (spaced and _goes_on_line(kept[last[c]][1][c], cell))
            )
            for c, cell in enumerate(row)
        ]
        opens = any(cell and not going[c] and kept[-1][1][c] for c, cell in enumerate(row))
        written.setdefault(kept[0][0], kept[0][1])  # (the cell lists change in place)
        if opens:
            kept.append((k, [""] * len(row)))
            written[k] = kept[-1][1]
        for c, cell in enumerate(row):
            if not cell:
                continue
            seen[c] = k
            if going[c]:
                cells = kept[last[c]][1]
                cells[c] = _joined_lines([cells[c], cell])
            else:
                kept[-1][1][c] = cell
                last[c] = len(kept) - 1
        before = k
        if not opens:
            lines[k] = lines[k].as_markup(LineKind.TABLE_ROW)
    _write_rows(lines, written)  # (each row written once, at the end: linear)


def _write_rows(lines: list[Line], rows: dict[int, list[str]]) -> None:
    """The rows ``_join_continued`` kept, their cells as joined."""
    for line, cells in rows.items():
        lines[line] = _table_row(lines[line], tuple(cells))


def _goes_on_line(before: str, after: str) -> bool:
    """A spaced table's cell on the line under ``before``, no blank line between, goes on with
    it: not a new sentence after one that ended, a label or a lettered point."""
    return not _OPENS_PARAGRAPH.match(after) and not (before[-1:] in ".!?" and after[:1].isupper())


def _goes_on_cell(before: str, after: str) -> bool:
    """A wrapped table cell ``after`` goes on with the paragraph ``before`` above it in its
    column: a word broken at a hyphen ("regnskabs-" / "fører"), words in small letters or a
    number after a word ("Godkendt med 5 stemmer for og" / "1 imod."), or any word after a
    word no sentence ends with ("... med entré i" / "Spjald Kirke"); not a new sentence after
    one that ended, a label ("Bilag: ...") or a lettered point ("a) Formanden")."""
    if not before or _OPENS_PARAGRAPH.match(after):
        return False
    if before[-1:] == "-" and before[-2:-1].isalpha():
        return True
    first = after[:1]
    if first.islower():
        return True
    if before[-1:] in ".!?:;":
        return False
    if first.isdigit():
        return before[-1:].isalpha()  # (not "09.30" / "10.20": a time slot's row)
    return before.rsplit(" ", 1)[-1].casefold() in NOT_TITLE_ENDS


_OPENS_PARAGRAPH: Final = re.compile(r"(?:[a-zæøå]|\d{1,2})[.)] |[-•*] |[A-ZÆØÅ]\w*(?: [\w.]+)?: ")
"""A lettered or numbered point ("a) Formanden", "2. ..."), a bullet, or a label ("Bilag: ")."""


_ENTRY_LENGTH: Final = 60
"""A grid cell's paragraph this short, not ending a sentence, is an entry of a list in it."""


def _joined_paragraphs(parts: list[str]) -> str:
    """A grid cell's lines as one text, its paragraphs (apart by a line where this cell is
    blank) as well: entries of a list ("Mette Brogaard, formand" over a blank and "Kasper Friis
    Nielsen, næstformand") are parted by a comma when each is short, does not end a sentence,
    and the next opens with a capital or a digit; other paragraphs by a space."""
    paragraphs: list[list[str]] = [[]]
    for part in parts:
        if part:
            paragraphs[-1].append(part)
        elif paragraphs[-1]:
            paragraphs.append([])
    texts = [_joined_lines(p) for p in paragraphs if p]
    out = texts[0] if texts else ""
    for before, text in pairwise(texts):
        entries = (
            len(before) <= _ENTRY_LENGTH
            and len(text) <= _ENTRY_LENGTH
            and before[-1] not in ".,;:!?"
            and (text[0].isupper() or text[0].isdigit())
        )
        out += (", " if entries else " ") + text
    return out


def _spanned_row(line: Line, source: str) -> Line:
    """A grid table's row spanning all its columns as a line of text ("**Fra forvaltningen:**
    Integrationschef Bo Hedegaard, konsulent Rikke Dalsgaard"), with its emphasis and label."""
    segments = _inline.segments(source)
    text, strong, label = segments[0] if segments else ("", False, None)
    return Line(
        number=line.number,
        raw=line.raw,
        kind=LineKind.TEXT,
        text=text,
        strong=strong,
        lead_label=label,
    )


_GRID_BORDER: Final = re.compile(r"\s{0,3}\+(?:[-=:]+\+)+\s*")
_GRID_ROW: Final = re.compile(r"\s{0,3}\|.*\|\s*")


def _grid_table_rows(lines: list[Line]) -> None:
    """pandoc's grid tables (a Word file's tables: ``+------+------+`` borders, ``| a | b |``
    rows, a cell's text over several lines) as table rows: a row's first line gets the cells,
    each cell's lines joined; its other lines and the borders are markup. Columns are where the
    border has its ``+``; a table with a line that does not fit them is left as it is."""
    i = 0
    while i < len(lines):
        border = _GRID_BORDER.fullmatch(lines[i].raw)
        if border is None or lines[i].quote:
            i += 1
            continue
        top = lines[i].raw
        columns = [k for k, ch in enumerate(top) if ch == "+"]
        end = i + 1
        while end < len(lines) and (
            _GRID_ROW.fullmatch(lines[end].raw) or _GRID_BORDER.fullmatch(lines[end].raw)
        ):
            end += 1
        rows = _grid_rows(lines, i, end, columns)
        if rows is None:
            i += 1
            continue
        lines[i] = lines[i].as_markup(LineKind.TABLE_RULE)
        for first, rest, cells, spanned in rows:
            lines[first] = (
                _spanned_row(lines[first], cells[0]) if spanned else _table_row(lines[first], cells)
            )
            for k in rest:
                lines[k] = lines[k].as_markup(LineKind.TABLE_RULE)
        i = end


_SIMPLE_RULE: Final = re.compile(r"\s{0,3}-{3,}(?:\s+-{3,})+\s*")
_DASHES: Final = re.compile(r"-+")


def _simple_table_rows(lines: list[Line]) -> None:
    """pandoc's simple tables (``-------- --------`` under a header line whose cells stand over
    the dashes, rows down to a blank line; or rows between two such rules): the rows as table
    rows, each cell the text over its dashes, the rules as markup. A table whose header has
    text over fewer than two columns, or with a line that a column's edge cuts through a word,
    is left as it is (Markdown reads such a rule as a thematic break)."""
    i = 0
    while i < len(lines):
        rule = lines[i].raw
        if (
            lines[i].quote
            or lines[i].kind is LineKind.TABLE_RULE
            or not _SIMPLE_RULE.fullmatch(rule)
        ):
            i += 1
            continue
        starts = _column_starts(rule)
        end = i + 1
        while (
            end < len(lines)
            and lines[end].raw.strip()
            and not _SIMPLE_RULE.fullmatch(lines[end].raw)
        ):
            end += 1
        closing = end < len(lines) and _column_starts(lines[end].raw) == starts
        header = i - 1 if i > 0 and lines[i - 1].raw.strip() else None
        if header is not None and (
            _SIMPLE_RULE.fullmatch(lines[header].raw) or not _fits(lines[header].raw, starts)
        ):
            header = None
        head_cells = _simple_cells(lines[header].raw, starts) if header is not None else ()
        rows = range(i + 1, end)
        if (
            not rows
            or (header is None and not closing)
            or (header is not None and sum(1 for c in head_cells if c) < 2)
            or not all(_fits(lines[k].raw, starts) for k in rows)
        ):
            i += 1
            continue
        if header is not None:
            lines[header] = _table_row(lines[header], head_cells)
        lines[i] = lines[i].as_markup(LineKind.TABLE_RULE)
        for k in rows:
            lines[k] = _table_row(lines[k], _simple_cells(lines[k].raw, starts))
        if closing:
            lines[end] = lines[end].as_markup(LineKind.TABLE_RULE)
        i = end + 1


_GAP: Final = re.compile(r"\S(?:\S| (?! ))*")  # a cell: words one space apart
_SPACED_NAME_HEADS: Final = MEMBER_COLUMNS | {"navn", "name", "deltagere", "medlemmer"}
_SPACED_OTHER_HEADS: Final = (
    DETAIL_COLUMNS
    | PRESENCE_COLUMNS
    | ABSENCE_COLUMNS
    | {"bemærkning", "bemærkninger", "note", "noter", "repræsenterer", "afdeling", "enhed"}
)


def _spaced_table_rows(lines: list[Line]) -> None:
    """A PDF's people table as text in columns apart by runs of spaces, with no rules: a header
    line of known column names ("Deltagere      Funktion      Til stede", "Medlemmer   Parti
    Bemærkning") over rows down to a blank line, each cell the text under its heading. A line
    that only goes on with the row above ("Sidsel Hjorth-" over "Andersen") is joined to it and
    becomes markup. A table with a line whose word runs over a column's edge is left as it is."""
    i = 0
    while i < len(lines):
        head = lines[i]
        if head.kind is not LineKind.TEXT or head.quote or "  " not in head.raw:
            i += 1
            continue
        cells = list(_GAP.finditer(head.raw))
        names = [squash(c.group().casefold()) for c in cells]
        if (
            len(cells) < 2
            or names[0] not in _SPACED_NAME_HEADS
            or not all(n in _SPACED_OTHER_HEADS for n in names[1:])
            or any(head.raw[c.start() - 2 : c.start()] != "  " for c in cells[1:])
        ):
            i += 1
            continue
        starts = [0, *(c.start() for c in cells[1:])]
        end = i + 1
        while end < len(lines) and lines[end].raw.strip() and lines[end].kind is LineKind.TEXT:
            end += 1
        rows = range(i + 1, end)
        if len(rows) < 2 or not all(_fits(lines[k].raw, starts) for k in rows):
            i += 1
            continue
        lines[i] = _table_row(head, tuple(c.group() for c in cells))
        last: int | None = None
        pieces: list[list[str]] = []
        for k in rows:
            row = list(_simple_cells(lines[k].raw, starts))
            if last is not None and _goes_on(pieces[-1][0], row):
                pieces[-1] = [_joined_name(a, b) for a, b in zip(pieces[-1], row, strict=True)]
                lines[k] = lines[k].as_markup(LineKind.TABLE_RULE)
                lines[last] = _table_row(lines[last], tuple(pieces[-1]))
                continue
            last = k
            pieces.append(row)
            lines[k] = _table_row(lines[k], tuple(row))
        i = end


def _spaced_agenda_rows(lines: list[Line]) -> None:
    """A PDF's agenda table laid out with spaces (``pdftotext -layout``): a header line of an
    item column, a title column and others ("Pkt.  Emne        Referat / beslutning") over
    numbered rows whose cells wrap over the lines below ("1.    Godkendelse af    Dagsordenen
    blev godkendt." over "      dagsorden"). Each line down to the first one that opens at
    the margin without an item number becomes a row of its cells (the text over each column),
    joined as paragraphs column by column (``_join_continued``; a blank line ends each
    column's paragraph); blank lines and a page's foot ("... side 1/2") inside it become rows
    with no cells, so that the table goes on over them."""
    i = 0
    while i < len(lines):
        head = lines[i]
        raw = head.raw
        if (
            head.kind is not LineKind.TEXT
            or raw.lstrip()[:2].casefold() not in ("nr", "pk", "pu")
            or (starts := _agenda_header(raw)) is None
        ):
            i += 1
            continue
        rows: list[tuple[int, tuple[str, ...]]] = []
        breaks: set[int] = set()
        numbered = 0
        k = i + 1
        while k < len(lines):
            line = lines[k]
            if line.blank or _PAGE_FOOT.search(fold(line.raw)):
                k += 1
                continue
            if line.quote or line.kind not in (LineKind.TEXT, LineKind.CODE):
                break
            cells = _spaced_cells(line.raw, starts)
            if cells[0]:
                if not _ROW_NUMBER.fullmatch(cells[0]) or not cells[1]:
                    break  # "Mødet sluttede kl. 19.10." at the margin: the table has ended
                numbered += 1
            if rows and rows[-1][0] != k - 1:
                breaks.add(k)  # after a blank line: each column's paragraph has ended
            rows.append((k, cells))
            k += 1
        if numbered < 2 or not rows:
            i += 1
            continue
        end = rows[-1][0] + 1
        lines[i] = _table_row(head, tuple(c.group() for c in _GAP.finditer(raw)))
        for j in range(i + 1, end):
            lines[j] = lines[j].as_markup(LineKind.TABLE_ROW)  # (a blank line, a page's foot)
        for j, cells in rows:
            lines[j] = _table_row(lines[j], cells)
        _join_continued(lines, [j for j, _ in rows], frozenset(breaks))
        i = end


def _agenda_header(raw: str) -> list[int] | None:
    """Where the columns of a spaced agenda table's header line start ("Pkt.  Emne   Referat /
    beslutning": an item column, a title column, then others an agenda table has), or None."""
    if len(raw) > 200:
        return None
    cells = list(_GAP.finditer(raw))
    if len(cells) < 3 or any(raw[c.start() - 2 : c.start()] != "  " for c in cells[1:]):
        return None
    keys = [squash(c.group().casefold()).strip(".:") for c in cells]
    if keys[0] not in ("pkt", "punkt", "nr") or keys[1] not in _SPACED_TITLE_HEADS:
        return None
    if not all(
        all(part.strip() in AGENDA_TABLE_COLUMNS for part in key.split("/")) for key in keys[2:]
    ):
        return None
    return [c.start() for c in cells]


_SPACED_TITLE_HEADS: Final = TITLE_COLUMNS | {"dagsorden", "dagsordenspunkt"}
_PAGE_FOOT: Final = re.compile(PAGE_MARK)  # on the casefolded raw line: "... side 1/2"


def _spaced_cells(raw: str, starts: list[int]) -> tuple[str, ...]:
    """A spaced table's line as its cells: each piece of words (apart by two spaces or more)
    in the column whose start is at or before it (but by two characters)."""
    cells = [""] * len(starts)
    for m in _GAP.finditer(raw):
        column = bisect_right(starts, m.start() + 2) - 1
        c = max(column, 0)
        cells[c] = f"{cells[c]} {m.group()}" if cells[c] else m.group()
    return tuple(cells)


def _goes_on(before: str, row: list[str]) -> bool:
    """A spaced table's line that goes on with the row above: its first cell empty, or its
    other cells empty after a first cell that broke at a hyphen or over a small word."""
    first = row[0]
    if not first:
        return True
    return not any(row[1:]) and (before.endswith("-") or first[:1].islower())


def _joined_name(before: str, after: str) -> str:
    """Two pieces of a cell broken over lines; a name broken at its hyphen is whole again
    ("Hjorth-" / "Andersen")."""
    if not after:
        return before
    if before.endswith("-") and after[:1].isupper():
        return before + after
    return _joined_lines([before, after])


_FULL_RULE: Final = re.compile(r"\s{0,3}-{10,}\s*")


def _multiline_table_rows(lines: list[Line]) -> None:
    """pandoc's multiline tables (a Word table whose cells wrap): a rule of one run of dashes,
    the header's lines, a rule of the columns' dashes, rows a blank line apart whose cells go
    on over several lines, and a closing rule of one run. Each row's first line gets the
    cells, each cell's lines joined; its other lines and the rules are markup. A table with a
    line that a column's edge cuts through a word is left as it is."""
    i = 0
    while i < len(lines):
        if lines[i].quote or not _FULL_RULE.fullmatch(lines[i].raw):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i <= 4 and lines[j].raw.strip():
            if _SIMPLE_RULE.fullmatch(lines[j].raw):
                break
            j += 1
        if j == i + 1 or j >= len(lines) or not _SIMPLE_RULE.fullmatch(lines[j].raw):
            i += 1
            continue
        starts = _column_starts(lines[j].raw)
        end = j + 1  # (the scan stops at the next rule of one run: each line is read once)
        while end < len(lines) and not _FULL_RULE.fullmatch(lines[end].raw):
            end += 1
        if end >= len(lines):
            return  # no closing rule below: no table can close further down either
        groups: list[list[int]] = [[]]
        for k in range(j + 1, end):
            if lines[k].raw.strip():
                groups[-1].append(k)
            elif groups[-1]:
                groups.append([])
        groups = [g for g in groups if g]
        head = list(range(i + 1, j))
        if not groups or not all(_fits(lines[k].raw, starts) for k in range(i + 1, end)):
            i += 1
            continue
        for rule in (i, j, end):
            lines[rule] = lines[rule].as_markup(LineKind.TABLE_RULE)
        for group in (head, *groups):
            pieces = [_simple_cells(lines[k].raw, starts) for k in group]
            cells = tuple(_joined_lines([p[c] for p in pieces]) for c in range(len(starts)))
            lines[group[0]] = _table_row(lines[group[0]], cells)
            for k in group[1:]:
                lines[k] = lines[k].as_markup(LineKind.TABLE_RULE)
        i = end + 1


def _column_starts(rule: str) -> list[int]:
    """Where each column of a simple table's rule starts (its runs of dashes)."""
    return [m.start() for m in _DASHES.finditer(rule)]


_OVERRUN: Final = 2
"""How many characters a cell may run over its column's right edge (pandoc writes a cell a
little wider than its dashes: "Økonomichef (administrationen) X")."""


def _edges(raw: str, starts: list[int]) -> list[int] | None:
    """Where each column of the line starts: at its dashes' edge, or a little right of it when
    the cell before runs over (up to ``_OVERRUN`` characters, to the next space); None when a
    word runs further over an edge."""
    edges = [0]
    for s in starts[1:]:
        if len(raw) <= s or raw[s - 1] == " ":
            edges.append(s)
            continue
        space = raw.find(" ", s, s + _OVERRUN + 1)
        if space < 0 or space + 1 <= edges[-1]:
            return None
        edges.append(space + 1)
    return edges


def _fits(raw: str, starts: list[int]) -> bool:
    """No word of the line runs over a column's left edge (the character before it is blank),
    but by a character or two."""
    return _edges(raw, starts) is not None


def _simple_cells(raw: str, starts: list[int]) -> tuple[str, ...]:
    """The line's text over each column of a simple table (the last column to the line's end)."""
    found = _edges(raw, starts)
    lefts = found if found is not None else [0, *starts[1:]]
    rights = [*lefts[1:], len(raw)]
    return tuple(_inline.plain(raw[lefts[c] : rights[c]].strip()) for c in range(len(starts)))


def _grid_rows(
    lines: list[Line], start: int, end: int, columns: list[int]
) -> list[tuple[int, list[int], tuple[str, ...], bool]] | None:
    """The rows between ``start`` and ``end``: (first line, its other lines and the border
    under it, cells, whether the row spans all columns); None when a line's pipes or pluses
    are not at the columns. A row whose lines have pipes only at the table's edges spans the
    columns ("| **Fra forvaltningen:** Bo Hedegaard |" under a two-column table)."""
    rows: list[tuple[int, list[int], tuple[str, ...], bool]] = []
    body: list[int] = []
    spanned = False
    edges = (columns[0], columns[-1])
    for k in range(start, end):
        raw = lines[k].raw.rstrip()
        if _GRID_BORDER.fullmatch(raw):
            pluses = [p for p, ch in enumerate(raw) if ch == "+"]
            if (pluses[0], pluses[-1]) != edges or not set(pluses) <= set(columns):
                return None
            if body:
                rows += _grid_row(lines, body, k, columns, spanned=spanned)
                body, spanned = [], False
            elif k > start:
                return None  # two borders in a row
            continue
        if all(raw[p : p + 1] == "|" for p in columns) and not spanned:
            body.append(k)
        elif all(raw[p : p + 1] == "|" for p in edges) and (spanned or not body):
            spanned = True
            body.append(k)
        else:
            return None  # a cell's text where a column's border should be
    return rows if rows and not body else None


def _grid_row(
    lines: list[Line], body: list[int], border: int, columns: list[int], *, spanned: bool
) -> list[tuple[int, list[int], tuple[str, ...], bool]]:
    """One row of a grid table (its lines ``body``, ``border`` under it) as rows of cells. A
    row whose cells hold paragraphs side by side ("| Abdi Warsame, formand | Mirela Kovač |",
    a line of blank cells, "| Lone Gammelgaard (A) | Tariq Mahmood |") is one row per
    paragraph when each paragraph fills the first cell (a list in columns); otherwise a cell's
    lines are joined."""
    bounds = (
        [(columns[0], columns[-1])]
        if spanned
        else [(columns[c], columns[c + 1]) for c in range(len(columns) - 1)]
    )

    def cell(k: int, c: int) -> str:
        a, b = bounds[c]
        return lines[k].raw[a + 1 : b].strip()

    groups: list[list[int]] = [[]]
    for k in body:
        if all(not cell(k, c) for c in range(len(bounds))):
            if groups[-1]:
                groups.append([])
            continue
        groups[-1].append(k)
    groups = [g for g in groups if g]
    if spanned or len(groups) < 2 or any(not cell(g[0], 0) for g in groups):
        filled = [k for k in body if any(cell(k, c) for c in range(len(bounds)))]
        # (one row: its lines from the first filled one to the last, blank ones between them
        # parting a cell's paragraphs)
        groups = [[k for k in body if filled[0] <= k <= filled[-1]] if filled else body[:1]]
    out: list[tuple[int, list[int], tuple[str, ...], bool]] = []
    for n, group in enumerate(groups):
        pieces = [_joined_paragraphs([cell(k, c) for k in group]) for c in range(len(bounds))]
        cells = tuple(_inline.plain(p) for p in pieces) if not spanned else tuple(pieces)
        until = groups[n + 1][0] if n + 1 < len(groups) else border + 1
        rest = [k for k in range(group[0] + 1, until) if k in body or k == border]
        out.append((group[0], rest, cells, spanned))
    if out and out[0][0] != body[0]:  # blank cells before the first paragraph: markup too
        first, rest, cells, span = out[0]
        out[0] = (first, [k for k in body if k < first] + rest, cells, span)
    return out


_TR: Final = re.compile(r"<tr\b", re.IGNORECASE)
_TR_END: Final = re.compile(r"</tr\s*>|</t(?:able|body|head|foot)\s*>", re.IGNORECASE)
_CELL: Final = re.compile(
    r"<t[dh]\b[^>]*>(.*?)(?=</t[dh]\s*>|<t[dh]\b|</tr|$)", re.IGNORECASE | re.DOTALL
)
_ROW_LINES: Final = 50
"""A row (``<tr>`` to ``</tr>``) longer than this many lines is left as HTML text."""


def _html_table_rows(lines: list[Line]) -> None:
    """The rows of an HTML table as table rows (a web page's header table, ``<tr><td>Dato</td>
    <td>9. april 2024</td></tr>``): the row's first line gets its cells, the other lines of the
    row are markup (their text is in the cells). Rows on one line or over several lines."""
    i = 0
    while i < len(lines):
        line = lines[i]
        html = line.kind is LineKind.HTML and not line.raw.lstrip().startswith("<!--")
        opening = _TR.search(line.raw) if html else None
        if opening is None:
            i += 1
            continue
        end, rest = i, line.raw[opening.end() :]
        while not _TR_END.search(rest) and end + 1 < len(lines) and end - i < _ROW_LINES:
            following = lines[end + 1]
            if following.kind is not LineKind.HTML or _TR.search(following.raw):
                break  # the row ends with its block, or a row opens without this one closing
            end, rest = end + 1, following.raw
        source = "\n".join(ln.raw for ln in lines[i : end + 1])
        cells = tuple(squash(strip_inline(c)) for c in _CELL.findall(source))
        if cells:
            lines[i] = _table_row(line, cells)
            for k in range(i + 1, end + 1):
                lines[k] = lines[k].as_markup(LineKind.HTML)
        i = end + 1


def _markdown_it_regions(
    raws: list[str], facts: list[Facts], chunk_lines: int, *, fast: bool
) -> list[tuple[int, int]]:
    """Read what ``_blocks`` can read; return the line ranges left for markdown-it."""
    if not fast:
        return _pieces(raws, chunk_lines)
    regions: list[tuple[int, int]] = []
    reader = _blocks.Reader(raws, facts)
    for start, end in _pieces(raws, 1):
        if reader.read(start, end):
            continue
        if regions and regions[-1][1] == start and start - regions[-1][0] < chunk_lines:
            regions[-1] = (regions[-1][0], end)
        else:
            regions.append((start, end))
    return regions


def _read_tokens(
    tokens: list[Token], facts: list[Facts], raws: list[str], offset: int, count: int
) -> None:
    """Record what markdown-it's block tokens say about lines ``offset`` to ``count`` - 1."""
    list_depth = 0
    pending_item: PendingItem | None = None
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        kind = tok.type
        if tok.nesting == -1 and kind not in ("bullet_list_close", "ordered_list_close"):
            i += 1  # other closing tokens carry nothing
            continue
        mp = tok.map
        if mp is not None and offset:
            mp = [mp[0] + offset, mp[1] + offset]
        if kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "list_item_open" and mp:
            ordered = tok.markup in (".", ")")
            pending_item = (mp[0], tok.info if ordered else None, not ordered)
            for n in range(mp[0], min(mp[1], count)):
                facts[n].list_depth = list_depth
        elif kind in ("paragraph_open", "heading_open") and mp and i + 1 < len(tokens):
            level = int(tok.tag[1]) if kind == "heading_open" else 0
            content = tokens[i + 1].content
            end = min(mp[1], count)
            if level and tok.markup == "-" and end == mp[1] and _dash_placeholder(raws[end - 1]):
                level, end = 0, end - 1  # "Ad 4. Evt." over "-": a text and "nothing"
            elif level and end == mp[1] and end - mp[0] > 2:
                # a paragraph of several lines over a PDF's page rule ("Som dirigent:    Som
                # referent:" / "Poul Erik Vinther    Anni Toft" / "-----"): no heading is written
                # over two lines; the text, then a rule
                level, end = 0, end - 1
                facts[end].kind = LineKind.RULE
                facts[end].text = ""
            pending_item = record_inline(facts, mp[0], end, content, level, pending_item)
        elif kind == "tr_open" and mp:
            contents: list[str] = []
            j = i + 1
            while j < len(tokens) and tokens[j].type != "tr_close":
                if tokens[j].type == "inline":
                    contents.append(tokens[j].content)
                j += 1
            if mp[0] < count:
                record_row(facts, mp[0], contents)
            i = j
        elif kind == "table_open" and mp:
            for n in range(mp[0], min(mp[1], count)):
                facts[n].kind = LineKind.TABLE_RULE
                facts[n].text = ""
        elif kind in ("code_block", "fence") and mp:
            for n in range(mp[0], min(mp[1], count)):
                facts[n].kind = LineKind.CODE
            if kind == "fence":
                facts[mp[0]].text = ""
                last = min(mp[1], count) - 1
                if last > mp[0] and raws[last].strip().startswith(("```", "~~~")):
                    facts[last].text = ""
        elif kind == "html_block" and mp:
            for n in range(mp[0], min(mp[1], count)):
                facts[n].kind = LineKind.HTML
        elif kind == "hr" and mp:
            for n in range(mp[0], min(mp[1], count)):
                facts[n].kind = LineKind.RULE
                facts[n].text = ""
        if pending_item is not None and kind in ("code_block", "fence", "html_block", "hr"):
            pending_item = None
        i += 1


def _dash_placeholder(raw: str) -> bool:
    """A setext underline of one or two dashes ("Evt." over "-"): minutes write a lone dash for
    "nothing", and nobody underlines a heading that short."""
    return raw.strip(" \t") in ("-", "--")


_HTML_HEADING: Final = re.compile(r"^<h([1-6])\b[^>]*>.*</h\1\s*>$", re.IGNORECASE | re.DOTALL)
_HTML_SUMMARY: Final = re.compile(
    r"^(?:<details\b[^>]*>\s*)?<summary\b[^>]*>.*</summary\s*>$", re.IGNORECASE | re.DOTALL
)
"""A ``<details>`` block's title on its line ("<summary>45. Godkendelse af dagsorden</summary>"):
a web page's agenda item folded out."""
_SUMMARY_LEVEL: Final = 3
_HTML_TEXT_START: Final = re.compile(
    r"^(?:[^<\s]|<(?:p|div|span|b|strong|em|i|u|font|br|li|section|article|main)\b)",
    re.IGNORECASE,
)
_HTML_STRONG: Final = re.compile(
    r"^(?:<(?:p|div|li)\b[^>]*>\s*)?<(b|strong)\b[^>]*>[^<]*</\1\s*>(?:<br\s*/?>)?\s*$",
    re.IGNORECASE,
)


# Raw HTML whose lines are no text of the minutes: code, styles, preformatted text, tables
# (their rows are read by ``_html_table_rows``)
_HTML_RAW_OPEN: Final = re.compile(r"<(script|style|pre|textarea|table)\b", re.IGNORECASE)


def _html_text_lines(lines: list[Line]) -> None:
    """Lines of raw HTML that are a web page's paragraphs or headings, as text and headings
    (``_html_text``); lines inside a comment, a script, a style, a ``<pre>``, a ``<textarea>``
    or a table stay HTML."""
    closing: str | None = None  # the closing tag of the raw element open
    for i, line in enumerate(lines):
        if line.kind is not LineKind.HTML:
            continue
        low = line.raw.lower()
        if closing is not None:
            if closing in low:
                closing = None
            continue
        stripped = line.raw.strip()
        if stripped.startswith("<!--"):  # a comment (a converter's notes): no text, to its end
            closing = None if "-->" in stripped[4:] else "-->"
            continue
        opened = _HTML_RAW_OPEN.search(line.raw)
        if opened is not None:
            end = f"</{opened.group(1).lower()}"
            closing = None if end in low[opened.end() :] else end
            continue
        html = _html_text(stripped) if line.text else None
        if html is not None:
            kind, level, strong = html
            lines[i] = Line(
                number=line.number,
                raw=line.raw,
                kind=kind,
                text=line.text,
                heading_level=level,
                indent=line.indent,
                strong=strong,
            )


def _html_text(stripped: str) -> tuple[LineKind, int, bool] | None:
    """The kind of a line of raw HTML that holds words: a heading (``<h2>Referat</h2>``, with its
    level; a ``<summary>`` line as a third-level one) or a paragraph's text (``<p>Dato:
    15.03.2025<br>``, a line inside one, bold when one ``<b>`` holds all of it); None for other
    HTML (tables, scripts, comments), kept as HTML."""
    heading = _HTML_HEADING.match(stripped)
    if heading is not None:
        return LineKind.HEADING, int(heading.group(1)), False
    if _HTML_SUMMARY.match(stripped) is not None:  # a fold-out section's title, as a heading
        return LineKind.HEADING, _SUMMARY_LEVEL, False
    if _HTML_TEXT_START.match(stripped) is None:
        return None
    return LineKind.TEXT, 0, _HTML_STRONG.match(stripped) is not None


def _line(index: int, raw: str, f: Facts) -> Line:
    stripped = raw.strip()
    if not stripped:  # no facts: whether a list "contains" a blank line is markdown-it's detail
        return Line(number=index + 1, raw=raw, kind=LineKind.BLANK, text="")
    kind = f.kind
    if kind is LineKind.CODE:
        text = squash(raw)
    elif kind is LineKind.HTML:
        text = strip_inline(raw)
        if stripped.startswith("<!--"):
            text = squash(raw.replace("<!--", " ").replace("-->", " "))
    else:
        text = f.text if f.text is not None else strip_inline(raw)
    if " -- " in text:  # pandoc's en dash from Word ("Økonomi -- budgetopfølgning")
        text = text.replace(" -- ", " – ")
    list_number = f.list_number
    if list_number is not None and _MONTH_START.match(text):
        text, list_number = f"{list_number}. {text}", None  # "12. marts 2024" is a date, not a list
    if kind is LineKind.BLANK:
        kind = LineKind.TEXT
    checkbox: bool | None = None
    bullet = f.bullet
    if kind is LineKind.TEXT and f.list_number is None and not bullet and text[:1] in _BULLETS:
        # Bullets markdown-it did not see (inside lazy continuations, "•" from Word, "̵" dashes).
        m = _BULLET_MARK.match(text)
        if m and not _RULE_LINE.match(text):
            bullet = True
            text = text[m.end() :]
    if text[:2] == ": " and kind is LineKind.TEXT and stripped[:1] == ":":
        text = text[2:]  # a definition list's value (pandoc: "Dato" over ":   9. april 2024")
    if text[:1] == "[":
        m = _CHECKBOX.match(text)
        if m:
            checkbox = m.group(1) not in ("", " ")
            text = text[m.end() :].strip()
    rule = kind is LineKind.TEXT and stripped[0] in _RULE_CHARS and _RULE_LINE.match(raw)
    if rule and not text.strip("-*_= "):
        kind, text = LineKind.RULE, ""
    elif kind is LineKind.TEXT and _markup_only(text):
        text = ""  # a lone "**", "__" or "| |": markup with no words, like a rule
    return Line(
        number=index + 1,
        raw=raw,
        kind=kind,
        text=text,
        heading_level=f.heading_level,
        list_depth=f.list_depth,
        list_number=list_number,
        bullet=bullet,
        checkbox=checkbox,
        quote=_quote_depth(raw) if ">" in raw else 0,
        indent=len(raw) - len(raw.lstrip(" \t>")),
        strong=f.strong,
        lead_label=f.lead_label,
        cells=_en_dashes(f.cells),
    )


def _en_dashes(cells: tuple[str, ...]) -> tuple[str, ...]:
    """A table row's cells with pandoc's " -- " read as the en dash it stands for (the same
    tuple when no cell has one)."""
    if not any(" -- " in c for c in cells):
        return cells
    return tuple(c.replace(" -- ", " – ") for c in cells)
