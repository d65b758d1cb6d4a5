"""Stage 0: bytes -> normalised text.

Decoding (UTF-8 with or without BOM, UTF-16 with BOM, else cp1252/latin-1 with a diagnostic),
line-ending normalisation (CRLF and CR -> LF) and Unicode NFC. Line numbers everywhere in referat
refer to the text produced here.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
import hashlib
import re
import unicodedata

# C0 controls other than tab and newline, DEL, and C1 controls: shown as spaces so that the
# markdown tokenizer and the line model agree on line numbers and nothing odd leaks into output.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # (raw: mypyc takes no surrogate literal)
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# What the regular expressions above rewrite, found with C-speed byte operations: most texts have
# none of it, and then the whole-text regex passes (most of normalise's time) are skipped.
_REWRITTEN_BYTES = bytes([*range(9), *range(11, 32), 127])  # C0 controls but \t \n, CR, DEL
_C1_BYTES = re.compile(rb"\xc2[\x80-\x9f]")  # U+0080..U+009F (NEL among them) in UTF-8


# UTF-8 read as cp1252 ("bestyrelsesmÃ¸de", "SÃ¸ren Ã˜stergaard", "â€“") or as cp852
# ("Regionsr├ądet"), as web-scraped archives often are: a lead character and the one or two
# characters its other bytes became
_CP1252_HIGH = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE = re.compile(
    rf"[\u00c2\u00c3][{_CP1252_HIGH}]|\u00e2[{_CP1252_HIGH}]{{2}}|[├┬][^\x00-\x7f]"
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text of a byte string and how it was decoded."""

    text: str
    encoding: str
    fallback: bool


def decode(data: bytes) -> Decoded:
    """Decode bytes: BOMs first, then strict UTF-8, then cp1252 (latin-1 for its holes)."""
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig", fallback=False)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16", fallback=False)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", fallback=False)
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "cp1252", fallback=True)
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", fallback=True)


def normalise(text: str, *, repair: bool = True, binary: bool = False) -> str:
    """Normalise line endings to LF, strip a leading BOM, NFC-compose, blank control chars,
    drop soft hyphens; ``repair``: also undo mojibake, UTF-8 that was read as cp1252 or cp852
    ("SÃ¸ren" -> "Søren") before it reached referat; ``binary``: bytes that are no text keep
    their soft hyphens (as they came)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    clean = _clean(text)
    if not clean:
        text = _LINE_BREAKS.sub("\n", text)
        if _SURROGATE.search(text):  # lone surrogates cannot be written as UTF-8 JSON
            text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    # after NFC ("Ã" may come decomposed); what it gives back is composed already
    if repair and ("Ã" in text or "Â" in text or "â" in text or "├" in text or "┬" in text):
        text = _MOJIBAKE.sub(_repaired, text)
        clean = clean and not _CONTROL.search(text)  # "Â…" is UTF-8 for NEL, a control
    # NBSP and friends behave like spaces in minutes; keep line structure intact. A soft hyphen
    # is invisible ("Ældre\u00adrådet"): no part of the words.
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u200b", "")
    if not binary and "\u00ad" in text:  # (cp1252's 0xAD too: a soft hyphen there as well)
        text = text.replace("\u00ad", "")
    return text if clean else _CONTROL.sub(" ", text)


# A line that opens with escaped markup ("\# Referat", "\*\*Dato:\*\* ...", "\#\# 1\. Budget"):
# what an export that escapes every Markdown character writes for headings and bold labels
_ESCAPED_OPENING = re.compile(r"^[ \t]*(?:\\#|\\\*\\\*|\\_\\_)", re.MULTILINE)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_ESCAPED_LINES = 2


def unescaped(text: str) -> str | None:
    """The text without its backslash escapes when the document escapes its own Markdown (two
    lines or more open with "\\#", "\\*\\*" or "\\_\\_": a converter escaped the headings and
    bold labels a writer meant), else None. Lines stay as they are in number."""
    if "\\#" not in text and "\\*\\*" not in text and "\\_\\_" not in text:
        return None
    for found, _ in enumerate(_ESCAPED_OPENING.finditer(text), 1):
        if found >= _ESCAPED_LINES:
            return _ESCAPE.sub(r"\1", text)
    return None


def _repaired(m: re.Match[str]) -> str:
    """The character a piece of mojibake stands for ("Ã¸" -> "ø", "├ą" -> "å"), or the piece
    itself when its bytes are no UTF-8 ("Ã" and "©" in "Ã©" could be meant)."""
    piece = m.group()
    codec = "cp852" if piece[0] in "├┬" else "cp1252"
    try:
        return piece.encode(codec).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return piece


def _clean(text: str) -> bool:
    """True when the text has no line break but LF, no control character and no surrogate."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    if len(data.translate(None, _REWRITTEN_BYTES)) != len(data):
        return False
    if b"\xc2" in data and _C1_BYTES.search(data):
        return False
    return "\u2028" not in text and "\u2029" not in text


def split_lines(text: str) -> list[str]:
    """The lines of normalised text, as every span counts them (a final newline ends a line)."""
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


def sha256(data: bytes) -> str:
    """Hex digest of the raw input bytes."""
    return hashlib.sha256(data).hexdigest()


def looks_binary(data: bytes) -> bool:
    """True for inputs that are clearly not text (many NULs or undecodable control bytes)."""
    if not data:
        return False
    sample = data[:65536]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    nul = sample.count(0)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return (nul > 0 and (nul + controls) * 20 > len(sample)) or controls * 5 > len(sample)
