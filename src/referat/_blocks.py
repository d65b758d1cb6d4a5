"""Stage 1, fast path: the block structure of plain minutes Markdown, read without markdown-it.

Most minutes use seven Markdown blocks only: paragraphs, ATX headings (``## Punkt 1``), thematic
breaks, lists, nested or not, block quotes (a web export's "> - 1.1 Formalia", with the lazy
lines under it), pipe tables (GFM, as markdown-it's ``table`` rule reads them) and indented code
(the wide gaps of PDF conversions: "1.      Godkendelse", an address indented four spaces). For
a stretch of lines that uses nothing else, ``read`` works out the same line facts markdown-it-py's
block parser would give, at a fraction of the cost: it is a port of markdown-it-py's own
algorithm for those seven rules (same order of rules, same indentation arithmetic, same
paragraph terminators, same empty list items, same lazy continuation lines), writing facts
instead of tokens.

Anything else - fenced code, HTML blocks, setext headings, tabs, very deep nesting - makes
``read`` answer ``False``, and ``_scan`` gives that stretch to markdown-it. A declined stretch
keeps none of the facts read so far, so each stretch is read by exactly one of the two.
tests/test_blocks.py checks that both give identical ``Line`` records on every fixture, example
and corpus document and on generated ones; fuzz/fuzz_blocks.py does the same under
coverage-guided fuzzing.

Stdlib only; writes the same ``Facts`` as ``_scan``'s token reader, through ``record_inline``
and ``record_row``.
"""

from __future__ import annotations

import re
from typing import Final

from referat._facts import Facts, LineKind, PendingItem, record_inline, record_row

# CommonMark's whitespace for trimming inline content (markdown-it-py's MD_TRIM_CHARS; a test
# keeps the two equal).
_TRIM: Final = (
    "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
_RULE_STARTS: Final = frozenset("*-_+#=0123456789")
"""First characters of a rule, list item, heading or setext underline: others are paragraph."""
_MAX_LEVEL: Final = 16
"""Deeper nesting is left to markdown-it (it stops reading at ``_scan._MAX_NESTING`` open tokens:
a list opens two, a block quote one). Eight lists; or fewer, and quotes."""


_DELIMITER_CELL: Final = re.compile(r":?-+:?")  # a table's "---", ":--", "--:" or ":-:"
_DELIMITER_CHARS: Final = "|-:"
_MAX_AUTOCOMPLETED_CELLS: Final = 0x10000  # markdown-it's bound on the cells missing from rows


class _UnsupportedError(Exception):
    """The stretch uses a block this reader does not know."""


def _ordered_marker(s: str, start: int) -> int:
    """Position after an ordered list marker (``12.`` or ``12)``) at ``start``, or -1."""
    maximum = len(s)
    if start + 1 >= maximum or not "0" <= s[start] <= "9":
        return -1
    pos = start + 1
    while True:
        if pos >= maximum:
            return -1
        ch = s[pos]
        pos += 1
        if "0" <= ch <= "9":
            if pos - start >= 10:
                return -1
            continue
        if ch in (")", "."):
            break
        return -1
    if pos < maximum and s[pos] not in (" ", "\t"):
        return -1
    return pos


def _bullet_marker(s: str, start: int) -> int:
    """Position after a bullet list marker (``-``, ``*``, ``+``) at ``start``, or -1."""
    if start >= len(s) or s[start] not in ("*", "-", "+"):
        return -1
    pos = start + 1
    if pos < len(s) and s[pos] not in (" ", "\t"):
        return -1
    return pos


def _foreign(s: str) -> bool:
    """True for a line that may belong to a block this reader lacks, wherever it stands."""
    if "\t" in s or "\x00" in s:  # tab stops; NUL (markdown-it: U+FFFD)
        return True
    first = s.lstrip(" >")[:3]  # also inside block quotes ("> ```")
    return first[:1] == "<" or first in ("```", "~~~")  # HTML, fences


class Reader:
    """markdown-it-py's block tokenizer, cut down to paragraphs, headings, rules and lists.

    One reader serves a whole document; ``read`` reads one stretch of it as a document of its
    own (``_scan`` hands it the stretches markdown-it could also tokenize separately).

    Attribute names follow markdown-it's ``StateBlock`` (``tshift``, ``scount``, ``blk_indent``,
    ``list_indent``, ``parent``, ``line``) so the port can be read side by side with it. Lines
    hold no tabs, so a line's indentation in columns equals its leading spaces.
    """

    __slots__ = (
        "blk_indent",
        "depth",
        "end",
        "facts",
        "foreign",
        "line",
        "lines",
        "list_indent",
        "parent",
        "pending",
        "quotes",
        "scount",
        "tshift",
    )

    def __init__(self, lines: list[str], facts: list[Facts]) -> None:
        self.lines = lines
        self.facts = facts
        self.tshift = [len(s) - len(s.lstrip(" ")) for s in lines]
        self.scount = list(self.tshift)
        self.foreign = [_foreign(s) for s in lines]
        self.end = len(lines)
        self.blk_indent = 0
        self.list_indent = -1
        self.parent = "root"
        self.line = 0
        self.depth = 0  # open lists
        self.quotes = 0  # open block quotes
        self.pending: PendingItem | None = None

    def read(self, start: int, end: int) -> bool:
        """Fill ``facts[start:end]`` for ``lines[start:end]`` read as a document of its own.

        Returns ``False``, with those facts left as they were (fresh), when the stretch needs a
        block rule this reader lacks.
        """
        if any(self.foreign[start:end]):
            return False
        self.end = end
        self.blk_indent, self.list_indent, self.parent = 0, -1, "root"
        self.depth, self.quotes, self.pending = 0, 0, None
        try:
            self.tokenize(start, end)
        except _UnsupportedError:
            self.facts[start:end] = [Facts() for _ in range(start, end)]
            self.scount[start:end] = self.tshift[start:end] = [
                len(s) - len(s.lstrip(" ")) for s in self.lines[start:end]
            ]
            return False
        return True

    def _empty(self, line: int) -> bool:
        return self.tshift[line] >= len(self.lines[line])

    def tokenize(self, line: int, end: int) -> None:
        """Read blocks from ``line`` until ``end`` or a line indented less than the container."""
        count = self.end
        while line < end:
            while line < count and self._empty(line):
                line += 1
            self.line = line
            if line >= end or self.scount[line] < self.blk_indent:
                break
            self._block(line, end)
            line = self.line
            if line < end and self._empty(line):
                line += 1
                self.line = line

    def _block(self, line: int, end: int) -> None:
        """The rules in markdown-it's order; the ones this reader lacks raise an error."""
        if "|" in self.lines[line] and self._table(line, end, silent=False):
            return
        if self.scount[line] - self.blk_indent >= 4:
            self._code(line, end)
            return
        s = self.lines[line]
        first = s[self.tshift[line] : self.tshift[line] + 3]
        if first[:1] == ">":
            self._quote(line, end)
            return
        if first[:1] == "<" or first in ("```", "~~~"):
            raise _UnsupportedError  # HTML or a fence inside a list item or quote
        if first[:1] not in _RULE_STARTS:
            self._paragraph(line)
        elif self._hr(line):
            self.line = line + 1
            f = self.facts[line]
            f.kind, f.text = LineKind.RULE, ""
            self.pending = None
        elif self._list(line, end, silent=False):
            pass
        elif self._heading(line, silent=False):
            self.line = line + 1
        else:
            self._paragraph(line)

    def _code(self, line: int, end: int) -> None:
        """An indented code block: lines indented four columns past the container (a PDF's
        "1.      Title" holds one after its marker), with the blank lines between them."""
        last = next_line = line + 1
        while next_line < end:
            if self._empty(next_line):
                next_line += 1
            elif self.scount[next_line] - self.blk_indent >= 4:
                next_line += 1
                last = next_line
            else:
                break
        for n in range(line, last):
            self.facts[n].kind = LineKind.CODE
        self.pending = None
        self.line = last

    def _hr(self, line: int) -> bool:
        s = self.lines[line]
        pos = self.tshift[line]
        if self.scount[line] - self.blk_indent >= 4 or pos >= len(s):
            return False
        marker = s[pos]
        if marker not in ("*", "-", "_"):
            return False
        count = 0
        for ch in s[pos:]:
            if ch == marker:
                count += 1
            elif ch != " ":
                return False
        return count >= 3

    def _heading(self, line: int, *, silent: bool) -> bool:
        s = self.lines[line]
        pos = self.tshift[line]
        maximum = len(s)
        if self.scount[line] - self.blk_indent >= 4 or pos >= maximum or s[pos] != "#":
            return False
        level = 1
        pos += 1
        while pos < maximum and s[pos] == "#" and level <= 6:
            level += 1
            pos += 1
        if level > 6 or (pos < maximum and s[pos] != " "):
            return False
        if silent:
            return True
        maximum = len(s.rstrip(" "))
        maximum = max(maximum, pos)
        tmp = len(s[:maximum].rstrip("#"))
        tmp = max(tmp, pos)
        if tmp > pos and s[tmp - 1] == " ":
            maximum = tmp
        content = s[pos:maximum].strip(_TRIM)
        self.pending = record_inline(self.facts, line, line + 1, content, level, self.pending)
        return True

    def _paragraph(self, line: int) -> None:
        count = self.end
        next_line = line + 1
        old_parent = self.parent
        self.parent = "paragraph"
        while next_line < count:
            if self._empty(next_line):
                break
            if self.scount[next_line] - self.blk_indent > 3:
                next_line += 1  # lazy continuation whatever it looks like
                continue
            if self.scount[next_line] < 0:
                next_line += 1  # a lazy line of a block quote
                continue
            rest = self.lines[next_line][self.tshift[next_line] :]
            if "|" in rest and self._table(next_line, count, silent=True):
                break
            marker = rest[:1]
            if marker == ">":
                break  # a block quote
            if marker not in _RULE_STARTS:
                next_line += 1  # no rule can start here: the paragraph goes on
                continue
            underline = marker in ("-", "=") and not rest.lstrip(marker).strip(" ")
            if underline and self.scount[next_line] >= self.blk_indent:
                raise _UnsupportedError  # setext heading underline
            if (
                self._hr(next_line)
                or self._list(next_line, count, silent=True)
                or self._heading(next_line, silent=True)
            ):
                break
            next_line += 1
        self.parent = old_parent
        content = self._get_lines(line, next_line, self.blk_indent).strip(_TRIM)
        self.line = next_line
        self.pending = record_inline(self.facts, line, next_line, content, 0, self.pending)

    def _get_lines(self, begin: int, end: int, indent: int) -> str:
        """markdown-it's ``getLines``: the lines with up to ``indent`` columns cut off each."""
        parts = []
        for line in range(begin, end):
            s = self.lines[line]
            shift = self.tshift[line]  # on an item's first line: past its marker
            cut = len(s) - len(s[shift:].lstrip(" "))
            parts.append(s[min(cut, indent) :])
        return "\n".join(parts)

    def _list(self, line: int, end: int, *, silent: bool) -> bool:
        scount, tshift, lines = self.scount, self.tshift, self.lines
        if scount[line] - self.blk_indent >= 4:
            return False
        if (
            self.list_indent >= 0
            and scount[line] - self.list_indent >= 4
            and scount[line] < self.blk_indent
        ):
            return False
        terminating = silent and self.parent == "paragraph" and scount[line] >= self.blk_indent
        s = lines[line]
        start = tshift[line]
        after = _ordered_marker(s, start)
        if after >= 0:
            ordered = True
            if terminating and int(s[start : after - 1]) != 1:
                return False
        else:
            after = _bullet_marker(s, start)
            if after < 0:
                return False
            ordered = False
        if terminating and not s[after:].strip(" "):
            return False
        if silent:
            return True
        if 2 * self.depth + self.quotes + 2 > _MAX_LEVEL:
            raise _UnsupportedError
        marker = s[after - 1]
        self.depth += 1
        old_parent = self.parent
        self.parent = "list"
        next_line = line
        while next_line < end:
            s = lines[next_line]
            initial = scount[next_line] + after - tshift[next_line]
            content_start = len(s) - len(s[after:].lstrip(" "))
            empty = content_start >= len(s)  # "- " alone
            indent_after = 1 if empty else content_start - after
            if indent_after > 4:
                indent_after = 1  # the rest is indented code
            indent = initial + indent_after
            self.pending = (next_line, s[start : after - 1] if ordered else None, not ordered)
            old_tshift, old_scount = tshift[next_line], scount[next_line]
            old_list_indent = self.list_indent
            self.list_indent = self.blk_indent
            self.blk_indent = indent
            tshift[next_line] = content_start
            scount[next_line] = initial + (content_start - after)
            if empty and (next_line + 1 >= self.end or self._empty(next_line + 1)):
                self.line = min(next_line + 2, end)  # an empty item ends before a blank line
            else:
                self.tokenize(next_line, end)
            self.blk_indent = self.list_indent
            self.list_indent = old_list_indent
            tshift[next_line], scount[next_line] = old_tshift, old_scount
            item_end = self.line
            for n in range(next_line, item_end):
                if self.facts[n].list_depth < self.depth:
                    self.facts[n].list_depth = self.depth
            next_line = item_end
            if next_line >= end or scount[next_line] < self.blk_indent:
                break
            if scount[next_line] - self.blk_indent >= 4 or self._hr(next_line):
                break
            s = lines[next_line]
            start = tshift[next_line]
            after = _ordered_marker(s, start) if ordered else _bullet_marker(s, start)
            if after < 0 or s[after - 1] != marker:
                break
        self.depth -= 1
        self.parent = old_parent
        self.line = next_line
        return True

    def _quote(self, line: int, end: int) -> None:
        """markdown-it's ``blockquote`` rule without tabs. Moving a line's start past its ``>``
        (markdown-it's ``bMarks``) is done by putting the rest of the line in ``lines``; a lazy
        line (one without ``>`` that goes on a paragraph) gets ``scount`` -1. Every line is
        given back as it was, also when a rule inside declines."""
        if 2 * self.depth + self.quotes + 1 > _MAX_LEVEL:
            raise _UnsupportedError
        lines, tshift, scount = self.lines, self.tshift, self.scount
        saved: list[tuple[int, str, int, int]] = []  # line, text, tshift, scount
        old_end, old_parent, old_indent = self.end, self.parent, self.blk_indent
        try:
            last_empty = self._enter_quote(line, saved)
            self.parent = "blockquote"
            next_line = line + 1
            while next_line < end:
                s = lines[next_line]
                pos = tshift[next_line]
                if pos >= len(s):
                    break  # a blank line ends the quote
                if s[pos] == ">" and scount[next_line] >= self.blk_indent:
                    last_empty = self._enter_quote(next_line, saved)
                    next_line += 1
                    continue
                if last_empty:
                    break
                if self._ends_quote(next_line):
                    self.end = next_line  # what follows is no lazy line of a paragraph in it
                    if self.blk_indent != 0:
                        saved.append((next_line, s, pos, scount[next_line]))
                        scount[next_line] -= self.blk_indent
                    break
                saved.append((next_line, s, pos, scount[next_line]))
                scount[next_line] = -1  # a lazy line
                next_line += 1
            self.blk_indent = 0
            self.quotes += 1
            self.tokenize(line, next_line)
            self.quotes -= 1
        finally:
            for n, s, shift, count in saved:
                lines[n], tshift[n], scount[n] = s, shift, count
            self.end, self.parent, self.blk_indent = old_end, old_parent, old_indent

    def _enter_quote(self, line: int, saved: list[tuple[int, str, int, int]]) -> bool:
        """Start ``line`` past its ``>`` and one space; whether nothing follows them."""
        s = self.lines[line]
        pos = self.tshift[line] + 1
        if pos < len(s) and s[pos] == " ":
            pos += 1
        saved.append((line, s, self.tshift[line], self.scount[line]))
        rest = s[pos:]
        shift = len(rest) - len(rest.lstrip(" "))
        self.lines[line] = rest
        self.tshift[line] = self.scount[line] = shift
        return shift >= len(rest)

    def _ends_quote(self, line: int) -> bool:
        """markdown-it's terminator rules of a block quote, on a line without a quote mark
        (fences and HTML blocks are foreign to this reader): another quote (outdented), a
        rule, a list item or a heading."""
        if self.scount[line] - self.blk_indent >= 4:
            return False
        s = self.lines[line]
        return (
            s[self.tshift[line]] == ">"
            or self._hr(line)
            or self._list(line, self.end, silent=True)
            or self._heading(line, silent=True)
        )

    def _table(self, line: int, end: int, *, silent: bool) -> bool:
        """markdown-it's ``table`` rule (GFM pipe tables): a header row, a delimiter row of as
        many columns, then body rows up to a blank line or another block."""
        if line + 2 > end:
            return False
        count = self._delimiter_columns(line + 1)
        if count < 0:
            return False
        text = self.lines[line][self.tshift[line] :].strip(_TRIM)
        if "|" not in text or self.scount[line] - self.blk_indent >= 4:
            return False
        header = row_cells(text)
        if not header or len(header) != count:
            return False
        if silent:
            return True
        facts = self.facts
        record_row(facts, line, [c.strip(_TRIM) for c in header])
        rule = facts[line + 1]
        rule.kind, rule.text = LineKind.TABLE_RULE, ""
        next_line = line + 2
        missing = 0
        while next_line < end:
            if self.scount[next_line] < self.blk_indent:
                break
            text = self.lines[next_line][self.tshift[next_line] :].strip(_TRIM)
            if not text or self.scount[next_line] - self.blk_indent >= 4:
                break
            if self._ends_quote(next_line):  # markdown-it ends a table where it ends a quote
                break
            row = row_cells(text)
            missing += count - len(row)
            if missing > _MAX_AUTOCOMPLETED_CELLS:
                break
            record_row(
                facts,
                next_line,
                [row[i].strip(_TRIM) if i < len(row) else "" for i in range(count)],
            )
            next_line += 1
        self.line = next_line
        return True

    def _delimiter_columns(self, line: int) -> int:
        """The number of columns of a table's delimiter row ("|---|:--:|") on ``line``, or -1."""
        if self.scount[line] < self.blk_indent or self.scount[line] - self.blk_indent >= 4:
            return -1
        s = self.lines[line]
        pos = self.tshift[line]
        if pos + 1 >= len(s):
            return -1
        first, second = s[pos], s[pos + 1]
        if first not in _DELIMITER_CHARS or (second not in _DELIMITER_CHARS and second != " "):
            return -1
        if first == "-" and second == " ":
            return -1
        for ch in s[pos + 2 :]:
            if ch not in _DELIMITER_CHARS and ch != " ":
                return -1
        columns = s[pos:].split("|")
        count = 0
        last = len(columns) - 1
        for i, column in enumerate(columns):
            cell = column.strip(_TRIM)
            if not cell:
                if i == 0 or i == last:
                    continue
                return -1
            if _DELIMITER_CELL.fullmatch(cell) is None:
                return -1
            count += 1
        return count


def row_cells(text: str) -> list[str]:
    """A table row's cells: markdown-it's ``escapedSplit`` at the pipes a backslash does not
    escape (an escaped pipe stays in its cell, without the backslash), without the empty cells
    outside the first and last pipe."""
    if "\\|" in text:
        cells: list[str] = []
        current = ""
        last = 0
        escaped = False
        for pos, ch in enumerate(text):
            if ch == "|":
                if not escaped:
                    cells.append(current + text[last:pos])
                    current = ""
                    last = pos + 1
                else:
                    current += text[last : pos - 1]
                    last = pos
            escaped = ch == "\\"
        cells.append(current + text[last:])
    else:
        cells = text.split("|")
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return cells
