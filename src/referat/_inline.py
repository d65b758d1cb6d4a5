"""Inline Markdown -> plain text per line, with which text is emphasised.

``_scan`` lets markdown-it-py find the *block* structure only; the inline content of a paragraph,
heading or table cell comes here as source text. We need three facts per line, not an inline
tree: the plain text (markup removed, entities and escapes decoded, whitespace squashed), whether
all visible text of the line is emphasised (a bold-only line is a heading in minutes), and the
emphasised label a line starts with (``**Til stede:** Anna, Bo``). Emphasis follows CommonMark's
delimiter-run rules (flanking, ``_`` inside words, the rule of three, ``~~`` strikethrough), so
``snake_case`` and ``2 * 3`` stay text. Links and images keep their text (a reference link,
``[bilag 1][b1]``, whether or not its label is defined: markdown-it keeps the brackets of an
undefined one, and a document's definitions are not looked up here); inline HTML counts as
a space; code spans are literal. A notes app's wiki links keep their text without the
brackets (``[[Anna Holm]]``, the alias of ``[[Budget 2024|budgettet]]``, but the full target of
``[[Bo Lind|Bo]]``); an embed ``![[bilag.pdf]]`` stays as written. Pure Python, no imports
beyond the standard library.
"""

from __future__ import annotations

from bisect import bisect_left
import html
import re
from typing import Final
import unicodedata

from referat._first import anchored
from referat._fold import squash
from referat._memo import memo
from referat._prefix import contains_any

Segment = tuple[str, bool, str | None]
"""(plain text, every visible character emphasised, leading emphasised label)."""

_MARKUP: Final = "*_~`\\<&["  # a text with none of these is plain
# The characters a token can start with. _TOKEN opens with a look-ahead for them, which the
# engine tries at every character; _TOKEN_START (a class of literals) skips to one fast.
_TOKEN_CHARS: Final = r"[`!\[\\<&*_~]"
_TOKEN_START: Final = re.compile(_TOKEN_CHARS)
_TOKEN: Final = re.compile(  # searched from a candidate start (_next_token)
    rf"(?={_TOKEN_CHARS})"
    r"(?:(?P<code>`+)"
    r"|(?P<link>(?P<image>!)?\[)"
    r"|\\(?P<esc>[!-/:-@\[-`{-~]|\n)"
    r"|<(?P<auto>[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\x00-\x20]{0,4000}"
    r"|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]{1,200}@[A-Za-z0-9](?:[A-Za-z0-9\-.]{0,250}[A-Za-z0-9])?)>"
    r"|(?P<comment><!--)"  # its end: _Comments
    r"|(?P<html></?[A-Za-z][A-Za-z0-9\-]{0,60}"
    r"(?:\s+[A-Za-z_:][\w.:\-]{0,60}(?:\s*=\s*(?:[^\s\"'=<>`]{1,2000}|'[^']{0,2000}'|\"[^\"]{0,2000}\"))?){0,100}"
    r"\s*/?>)"
    r"|(?P<ent>&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)"
    r"|(?P<delim>\*+|_+|~~+))",
    re.DOTALL,
)
_TICK_RUN: Final = re.compile(r"`+")


def _next_token(text: str, pos: int) -> re.Match[str] | None:
    """``_TOKEN.search(text, pos)``, from the first character a token can start with."""
    start = _TOKEN_START.search(text, pos)
    return None if start is None else _TOKEN.search(text, start.start())


_DASH: Final = re.compile("-")
_MAX_NESTING: Final = 16  # links in images in links ...: deeper brackets are read as text
_BRACKET: Final = re.compile(r"\\.|[\[\]]", re.DOTALL)
_DESTINATION: Final = anchored(
    r"\(\s*(?:<[^<>\n]{0,4000}>|[^\s()]{0,4000}(?:\([^\s()]{0,4000}\)[^\s()]{0,4000})?)"
    r"(?:\s+(?:\"[^\"]{0,2000}\"|'[^']{0,2000}'|\([^()]{0,2000}\)))?\s*\)"
    # a reference link's label ("[bilag 1][b1]", "[bilag 2][]": pandoc's reference links, the
    # definitions at the document's end; read as a link whether or not one is defined)
    r"|\[(?:[^\[\]\\\n]|\\.){0,999}\]"
)
_ASCII_PUNCT: Final = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _is_punct(ch: str) -> bool:
    return ch in _ASCII_PUNCT or unicodedata.category(ch)[0] in "PS"


class _Run:
    """A delimiter run (``**``, ``_``, ``~~``) and how much of it emphasis used (a plain class,
    not a dataclass: see ``_facts.Record``)."""

    __slots__ = ("can_close", "can_open", "char", "closes", "left", "length", "opens")

    def __init__(self, char: str, length: int, can_open: bool, can_close: bool) -> None:
        self.char = char
        self.length = length
        self.left = length  # characters not yet matched
        self.can_open = can_open
        self.can_close = can_close
        self.opens = 0
        self.closes = 0


def _run(text: str, start: int, end: int, edge: str) -> _Run:
    before = text[start - 1] if start > 0 else edge
    after = text[end] if end < len(text) else " "
    before_ws, after_ws = before.isspace(), after.isspace()
    before_p, after_p = _is_punct(before), _is_punct(after)
    left = not after_ws and (not after_p or before_ws or before_p)
    right = not before_ws and (not before_p or after_ws or after_p)
    char = text[start]
    if char == "_":
        return _Run(
            char, end - start, left and (not right or before_p), right and (not left or after_p)
        )
    return _Run(char, end - start, left, right)


def _match(runs: list[_Run]) -> None:
    """CommonMark's "process emphasis": pair closers with the nearest fitting opener."""
    stack: list[int] = []  # indices of runs that may still open
    bottom: dict[tuple[str, bool, int], int] = {}  # openers below this run index cannot fit
    for c, closer in enumerate(runs):
        if closer.can_close:
            key = (closer.char, closer.can_open, closer.length % 3)
            need = 2 if closer.char == "~" else 1  # "~~" pairs; an odd "~" stays text
            while closer.left >= need:
                found = -1
                lowest = bottom.get(key, 0)
                for s in range(len(stack) - 1, -1, -1):
                    if stack[s] < lowest:
                        break
                    opener = runs[stack[s]]
                    if opener.char != closer.char or opener.left < need:
                        continue
                    if (
                        closer.char != "~"
                        and (opener.can_close or closer.can_open)
                        and (opener.length + closer.length) % 3 == 0
                        and (opener.length % 3 or closer.length % 3)
                    ):
                        continue
                    found = s
                    break
                if found < 0:
                    bottom[key] = c
                    break
                opener = runs[stack[found]]
                use = 2 if closer.char == "~" or (opener.left >= 2 and closer.left >= 2) else 1
                opener.left -= use
                closer.left -= use
                opener.opens += 1
                closer.closes += 1
                del stack[found + (1 if opener.left >= need else 0) :]
        if closer.can_open and closer.left >= (2 if closer.char == "~" else 1):
            stack.append(c)


def _links(text: str) -> dict[int, tuple[int, int]]:
    """Every ``[`` that opens a link or an image: its ``]`` and the end of its ``(destination)``.

    One pass over the brackets (escapes skipped), innermost pairs first: a pair is a link when a
    destination follows it, no link lies inside it (links never nest; one inside an image's alt
    text does not count, as in markdown-it) and no code span opened inside closes after it.
    """
    found: dict[int, tuple[int, int]] = {}
    open_at: list[list[int]] = []  # [position of "[", 1 when a link lies inside]
    ticks: _Ticks | None = None
    for m in _BRACKET.finditer(text):
        if m.group() == "[":
            open_at.append([m.start(), 0])
            continue
        if m.group() != "]" or not open_at:
            continue
        start, holds_link = open_at.pop()
        close = m.start()
        image = start > 0 and text[start - 1] == "!" and not _escaped(text, start - 1)
        target = _DESTINATION.match(text, close + 1)
        ok = target is not None and (image or not holds_link)
        short = close - start < 4000  # (a longer label is not searched for code spans)
        if ok and target is not None and short and text.find("`", start, close) >= 0:
            ticks = ticks or _Ticks(text)
            ok = not _code_escapes(text[start + 1 : close], ticks, target.end())
        if ok and target is not None:
            found[start] = (close, target.end())
        if open_at and ((ok and not image) or (holds_link and not (ok and image))):
            open_at[-1][1] = 1
    return found


def _escaped(text: str, index: int) -> bool:
    """True when an odd number of backslashes precede ``text[index]``."""
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _pieces(text: str, edge: str = " ", level: int = 0) -> list[tuple[str, int]]:
    """The visible pieces of inline source, each with its emphasis depth ("\n" = line break).

    ``edge`` is the character before ``text`` (``[`` for link text), as delimiter rules see it;
    ``level`` counts the link texts around it (deeper than ``_MAX_NESTING``, brackets are text).
    """
    items: list[str | _Run | list[tuple[str, int]]] = []
    ticks: _Ticks | None = None  # built on the first code span or link with a backtick
    links: dict[int, tuple[int, int]] | None = None  # built on the first link opener
    comments: _Comments | None = None  # built on the first "<!--"
    pos = 0
    while (m := _next_token(text, pos)) is not None:
        start = m.start()
        if start > pos:
            items.append(text[pos:start])
        kind = m.lastgroup
        pos = m.end()
        if kind == "link" and level < _MAX_NESTING:
            links = _links(text) if links is None else links
            bounds = links.get(pos - 1)
            if bounds is None:
                items.append(text[start])  # not a link: its "!" or "[" is text
                pos = start + 1
                continue
            close, end = bounds
            image = m.group("image") is not None  # markdown-it reads alt text on its own
            inner = _pieces(text[pos:close], " " if image else "[", level + 1)
            if image:
                inner = [("".join(piece for piece, _ in inner), 0)]
            items.append(inner)  # inline of its own: emphasis never pairs across it
            pos = end
            continue
        if kind == "link":  # nested too deep: plain text
            items.append(m.group())
            continue
        if kind == "code":
            opener = m.group()
            ticks = ticks or _Ticks(text)
            close = ticks.closing(pos, len(opener))
            if close < 0:
                items.append(opener)
                continue
            code = text[pos:close].replace("\n", " ")
            if len(code) > 2 and code[0] == " " and code[-1] == " " and code.strip():
                code = code[1:-1]
            items.append(code)
            pos = close + len(opener)
        elif kind == "esc":
            items.append(m.group("esc"))
        elif kind == "auto":
            items.append(m.group("auto"))
        elif kind == "comment":
            comments = comments or _Comments(text)
            end = comments.end(pos)
            if end >= 0:
                items.append(" ")
                pos = end
            else:  # not a comment: its "<" is text
                items.append("<")
                pos = start + 1
        elif kind == "html":
            items.append(" ")
        elif kind == "ent":
            items.append(html.unescape(m.group()))
        else:
            items.append(_run(text, start, pos, edge))
    if pos < len(text):
        items.append(text[pos:])
    _match([it for it in items if isinstance(it, _Run)])
    out: list[tuple[str, int]] = []
    depth = 0
    for it in items:
        if isinstance(it, str):
            out.append((it, depth))
        elif isinstance(it, list):
            out.extend((piece, depth + inner) for piece, inner in it)
        else:
            depth -= it.closes
            if it.left or it.closes:  # a close may end a leading label
                out.append((it.char * it.left, depth))
            depth += it.opens
    out.append(("", depth))  # where the last emphasis closed
    return out


class _Comments:
    """Where HTML comments end, as markdown-it reads them (``<!---?>`` or ``<!--`` ... ``-->``).

    After ``<!--`` the text is read in steps - a character other than ``-``, or ``-`` and one
    more character other than ``-``, or ``--`` and one more other than ``>`` - until ``-->``
    ends the comment; a ``-`` or ``--`` at the end of the text means there is no comment.
    Every step point of a failed reading is remembered: a later ``<!--`` whose reading reaches
    one fails too, so a line of unclosed comments is read once, not once per ``<!--``.
    """

    __slots__ = ("_dashes", "_failed", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._dashes = [m.start() for m in _DASH.finditer(text)]
        self._failed: set[int] = set()

    def end(self, start: int) -> int:
        """The end of the comment whose ``<!--`` ends at ``start``, or -1."""
        text = self._text
        if text.startswith(">", start) or text.startswith("->", start):
            return start + (1 if text[start] == ">" else 2)
        visited: list[int] = []
        q = start
        result = -1
        while True:
            k = bisect_left(self._dashes, q)  # characters before the next "-" are steps
            if k == len(self._dashes):
                break
            q = self._dashes[k]
            if q in self._failed:
                break
            visited.append(q)
            if text.startswith("-->", q):
                result = q + 3
                break
            if q + 1 >= len(text):
                break
            if text[q + 1] != "-":
                q += 2
            elif q + 2 >= len(text):
                break
            else:
                q += 3
        if result < 0:
            self._failed.update(visited)
        return result


class _Ticks:
    """Where the backtick runs of each length start in a text, for closing code spans.

    A code span closes at the next run of exactly its opener's length; looking that up by
    searching the text again for every opener is quadratic on lines full of unmatched runs.
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        self._starts: dict[int, list[int]] = {}
        for m in _TICK_RUN.finditer(text):
            self._starts.setdefault(m.end() - m.start(), []).append(m.start())

    def closing(self, start: int, size: int) -> int:
        """The start of the first run of exactly ``size`` backticks at or after ``start``."""
        runs = self._starts.get(size)
        if not runs:
            return -1
        i = bisect_left(runs, start)
        return runs[i] if i < len(runs) else -1


def _code_escapes(inner: str, ticks: _Ticks, end: int) -> bool:
    """True when a code span opened inside link text closes only after the link (at ``end``)."""
    inner_ticks = _Ticks(inner)
    pos = inner.find("`")
    while pos >= 0:
        size = 1
        while pos + size < len(inner) and inner[pos + size] == "`":
            size += 1
        close = inner_ticks.closing(pos + size, size)
        if close < 0:
            return ticks.closing(end, size) >= 0
        pos = inner.find("`", close + size)
    return False


# A notes app's wiki link (Obsidian, Logseq, Foam): "[[Anna Holm]]", "[[Bo Lind|Bo]]" (its
# alias). Not CommonMark, whose text keeps the brackets. An embed ("![[bilag.pdf]]") stays as
# written: the attachment rules know it.
# Word's own tags in a web page it saved ("<o:p></o:p>", "<st1:place>", "<w:Sdt ...>"): no HTML
# tags by CommonMark's rules (a colon in the name), but markup all the same
_OFFICE_TAG: Final = re.compile(r"</?[A-Za-z]{1,4}:[A-Za-z][\w\-]{0,60}(?:\s[^<>\n]{0,2000})?/?>")
_FOOTNOTE_MARK: Final = re.compile(r"\[\^[^\[\]\s]{1,30}\](?!:)")
_PANDOC_ATTRIBUTES: Final = re.compile(
    # "[Budget]{.underline}", "[]{#_Toc1 .anchor}"
    r"(?<!!)\[([^\[\]\n]{0,300})\]\{[#.][^{}\n]{0,200}\}"
    r"|(?<=\))\{(?:[#.]|\w+=)[^{}\n]{0,200}\}"  # an image's or link's '{width="2in"}'
)
"""Pandoc's attributes: a bracketed span keeps its text, an attribute block after an image or
a link goes."""

_WIKI_LINK: Final = re.compile(r"(?<!!)\[\[([^\[\]\n|]{1,300})(?:\|([^\[\]\n]{1,300}))?\]\]")


def _wiki_text(m: re.Match[str]) -> str:
    """The alias, or the target where the alias only shortens it ("[[Bo Lind|Bo]]": a person's
    note shown by first name); a link to a heading of the same note shows the heading
    ("[[#1. Status]]": "1. Status")."""
    target, alias = m.group(1).strip(), (m.group(2) or "").strip()
    if target[:1] == "#":
        target = target[1:].strip()
    return target if not alias or target.casefold().startswith(alias.casefold()) else alias


def wiki_links_as_text(text: str) -> str:
    """``text`` with each wiki link as its text ("[[Anna Holm]]" -> "Anna Holm")."""
    return _WIKI_LINK.sub(_wiki_text, text) if "[[" in text else text


_STATUS_MARK: Final = re.compile(
    "[\\s\u2190-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+"
)
"""Emoji, arrows and pictographs alone after emphasis (Notion's and Confluence's status marks:
"🟢", "✅", "⚠️"): they do not make an emphasised line less emphasised."""


def without_marks(text: str) -> str:
    """The text without status marks at its ends ("✅ To-do" -> "To-do", "Budget 🟡" ->
    "Budget")."""
    if text.isascii():
        return text
    start, end = 0, len(text)
    while start < end and _STATUS_MARK.match(text[start]):
        start += 1
    while end > start and _STATUS_MARK.match(text[end - 1]):
        end -= 1
    return text[start:end]


def segments(content: str) -> list[Segment]:
    """One ``Segment`` per line of a paragraph's, heading's or cell's inline source.
    Remembered (a table's cells and a block's lines are read again); a new list each call."""
    return list(_segments_memo.of(content))


def _segments(content: str) -> tuple[Segment, ...]:
    return tuple(_segments_of(content))


def _segments_of(content: str) -> list[Segment]:
    if "[[" in content:
        content = _WIKI_LINK.sub(_wiki_text, content)  # the link's text, as for Markdown links
    if ":p>" in content or ("</" in content and ":" in content):
        content = _OFFICE_TAG.sub(" ", content)
    if "[^" in content:  # a footnote's mark ("Notat om kursusudbud 2025[^2]"): no text
        content = _FOOTNOTE_MARK.sub("", content)
    if "]{" in content or "){" in content:
        content = _PANDOC_ATTRIBUTES.sub(r"\1", content)  # "[Budget]{.underline}": "Budget"
    if not contains_any(content, _MARKUP):  # substring tests: 4x faster than a regex class
        return [(squash(line), False, None) for line in content.split("\n")]
    result: list[Segment] = []
    parts: list[str] = []
    lead: list[str] | None = None
    lead_state = 0  # 0: nothing visible yet, 1: collecting a leading label, 2: decided
    inside = outside = False
    for piece, depth in _pieces(content):
        for k, chunk in enumerate(piece.split("\n")):
            if k:
                label = squash("".join(lead)) if lead is not None and lead_state == 2 else None
                result.append((squash("".join(parts)), inside and not outside, label or None))
                parts, lead, lead_state, inside, outside = [], None, 0, False, False
            if depth == 0 and lead_state == 1:
                lead_state = 2  # the leading emphasis closed
            if not chunk:
                continue
            parts.append(chunk)
            visible = not chunk.isspace()
            if depth > 0:
                inside = inside or visible
                if lead_state == 0 and visible:
                    lead, lead_state = [chunk], 1
                elif lead_state == 1 and lead is not None:
                    lead.append(chunk)
            else:
                if inside and visible and not chunk.isascii() and _STATUS_MARK.fullmatch(chunk):
                    visible = False  # "**Budgetopfølgning** 🟡": a status mark after it
                outside = outside or visible
                if lead_state == 0 and visible:
                    lead_state = 2
    label = squash("".join(lead)) if lead is not None and lead_state == 2 else None
    result.append((squash("".join(parts)), inside and not outside, label or None))
    return result


_segments_memo: Final = memo(_segments, 4096)


# GitHub's and HackMD's emoji shortcodes opening a line (":calendar: ", ":round_pushpin: ")
_LEADING_SHORTCODES: Final = re.compile(r"^(?::[a-z0-9_+-]{2,40}:[ \t]+)+(?=[^\s:])", re.MULTILINE)


def without_icons(content: str) -> str:
    """A block's inline source without the emoji shortcodes that open its lines (":calendar:
    **Dato:** 2/11-2022": an icon, no text; GitHub and HackMD render them as pictures). Kept
    apart from ``segments``, which reads exactly as markdown-it does."""
    if (content[:1] == ":" or "\n:" in content) and ": " in content:
        return _LEADING_SHORTCODES.sub("", content)
    return content


def plain(content: str) -> str:
    """The plain text of inline source (all lines joined by spaces)."""
    return " ".join(text for text, _, _ in segments(content) if text)


_CELL_BREAK: Final = re.compile(r"<br\s*/?>", re.IGNORECASE)


def cell_plain(content: str) -> str:
    """The plain text of a table cell's inline source. Its HTML line breaks (``<br>``) part
    entries where the next piece opens like one (a capital or a digit after a piece that does
    not end a sentence): "Maria Holm (formand)<br>Jakob Lind" is "Maria Holm (formand), Jakob
    Lind", "Skolevej 30<br>6000 Kolding" "Skolevej 30, 6000 Kolding"; elsewhere a break is a
    space ("Godkendelse af<br>budget", "Godkendt.<br>Næste møde ...")."""
    if "<" not in content or _CELL_BREAK.search(content) is None:
        return plain(content)
    out: list[str] = []  # joined once at the end: linear in the breaks
    for piece in (plain(p) for p in _CELL_BREAK.split(content)):
        if not piece:
            continue
        if out:
            opens = piece[0].isupper() or piece[0].isdigit()
            out.append(", " if opens and out[-1][-1] not in ".,;:!?" else " ")
        out.append(piece)
    return "".join(out)
