"""``parse`` and ``parse_file``: orchestration only."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from referat import _chat, _extract, _frontmatter, _meetings, _ocr, _scan, _source, _unwrap
from referat._coverage import uncovered
from referat._facts import LineKind
from referat.diagnostics import Code, InputTooLargeError, MinutesError, Reporter, SourceError
from referat.models import Meeting, Source, Span, span_of

if TYPE_CHECKING:  # the registry module (YAML, SQLite) loads only when a registry is used
    from referat.registry import Registry

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Inputs larger than this raise ``InputTooLargeError`` (override with ``max_bytes``)."""


def parse(
    text: str | bytes,
    *,
    source: str = "<string>",
    max_bytes: int = DEFAULT_MAX_BYTES,
    registry: Registry | None = None,
) -> Meeting:
    """Parse one minutes document. Never raises on malformed minutes; see ``Meeting.diagnostics``.

    With a ``registry``, every person, organisation, place and mention is linked to it
    (``entity`` fields, ``agenda[].mentions``; see docs/registry.md). A document that holds
    more than one meeting gives its first (``more-meetings``; ``parse_meetings`` reads all).

    Raises:
        InputTooLargeError: the input is larger than ``max_bytes``.
    """
    return _parse(text, source, max_bytes, registry, every=False)[0]


def parse_meetings(
    text: str | bytes,
    *,
    source: str = "<string>",
    max_bytes: int = DEFAULT_MAX_BYTES,
    registry: Registry | None = None,
) -> list[Meeting]:
    """Every meeting of a document, in order: one for most documents; an ordinary general
    assembly and the extraordinary one after it in the same file are two (see
    docs/format.md, "More than one meeting in a file"). Arguments and errors as ``parse``.
    """
    return _parse(text, source, max_bytes, registry, every=True)


def _parse(
    text: str | bytes, source: str, max_bytes: int, registry: Registry | None, *, every: bool
) -> list[Meeting]:
    data = text if isinstance(text, bytes) else None
    size = len(text) if isinstance(text, bytes) else _utf8_len(text)
    if size > max_bytes:
        raise InputTooLargeError(
            f"{source}: input is {size} bytes, over the limit of {max_bytes} bytes"
        )
    reporter = Reporter()
    if data is not None:
        decoded = _source.decode(data)
        raw_text, encoding = decoded.text, decoded.encoding
        if decoded.fallback:
            reporter.report(Code.ENCODING_FALLBACK, f"not valid UTF-8; decoded as {encoding}", None)
        raw = data
    else:
        assert isinstance(text, str)
        raw_text, encoding = text, "utf-8"
        raw = text.encode("utf-8", errors="surrogatepass")
    binary = data is not None and _source.looks_binary(data)
    meetings, normalised = _parse_text(
        raw_text, raw, source, encoding, reporter, binary=binary, every=every
    )
    if registry is not None:
        from referat._link import link  # only needed with a registry

        meetings = [link(m, registry, text=normalised) for m in meetings]
    return meetings


def parse_file(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    registry: Registry | None = None,
) -> Meeting:
    """Read and parse a file (UTF-8 with or without BOM; otherwise cp1252 with a diagnostic).

    Raises:
        SourceError: the file is missing, a directory or unreadable.
        InputTooLargeError: the file is larger than ``max_bytes``.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise SourceError(f"{p}: is a directory")
        if size > max_bytes:
            raise InputTooLargeError(
                f"{p}: file is {size} bytes, over the limit of {max_bytes} bytes"
            )
        data = p.read_bytes()
    except OSError as exc:
        if isinstance(exc, SourceError):
            raise
        raise SourceError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    return parse(data, source=str(path), max_bytes=max_bytes, registry=registry)


def raise_for_errors(meeting: Meeting) -> Meeting:
    """Return the meeting, or raise ``MinutesError`` listing every error diagnostic."""
    errors = meeting.errors()
    if errors:
        raise MinutesError(meeting.source.name, errors)
    return meeting


def _utf8_len(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8", errors="surrogatepass"))


def _parse_text(
    raw_text: str,
    raw: bytes,
    name: str,
    encoding: str,
    reporter: Reporter,
    *,
    binary: bool,
    every: bool = False,
) -> tuple[list[Meeting], str]:
    """The document's first meeting (its other meetings' lines unclassified), or with
    ``every`` each of its meetings (``_meetings``), and the text as read."""
    # mojibake is repaired only in text that was Unicode already (bytes read as cp1252 are not)
    text = _source.normalise(
        raw_text, repair=not binary and encoding.startswith("utf"), binary=binary
    )
    plain = None if binary else _source.unescaped(text)
    if plain is not None:
        text = plain
        reporter.report(
            Code.ESCAPED_MARKUP,
            "the document escapes its own Markdown (a backslash before its markup characters); "
            "read with the escapes removed",
            None,
        )
    scanned = None if binary else _ocr.repaired(text)
    if scanned is not None:
        text = scanned.text
        reporter.report(
            Code.OCR_REPAIRED,
            f'the text looks recognised from a scan ("{scanned.example}"); read with '
            f"{scanned.changes} letters and digits it mixed up put right",
            None,
        )
    chat = None if binary else _chat.read(text)
    day: tuple[dt.date, Span] | None = None
    if chat is not None:
        text = chat.text
        if chat.day is not None:
            day = (chat.day, span_of(chat.day_line, chat.day_line))
        reporter.report(
            Code.CHAT_EXPORT,
            f"the text looks exported from a chat ({chat.messages} messages with a time stamp); "
            f"read with the time stamps removed, the senders kept before others' messages than "
            f"{chat.writer or 'the minute-taker'}'s",
            None,
        )
    front: _frontmatter.FrontMatter | None = None
    if binary:
        lines = _binary_lines(text)
    else:
        lines = _scan.scan(text)
        front = _frontmatter.read(lines)
        if front is not None:  # its lines rewritten: keys as fields, the "---" as rules
            lines = front.lines + lines[front.end :]
        lines = _unwrap.unwrap(lines)
    count = lines[-1].number if lines else 0  # unwrap may split one line in several records
    source = Source(name=name, sha256=_source.sha256(raw), lines=count, encoding=encoding)
    if binary:
        reporter.report(Code.BINARY_CONTENT, "the input looks like binary data, not text", None)
        return [_meeting(lines, source, reporter, {}, binary=True)], text
    if not any(not ln.blank for ln in lines):
        reporter.report(Code.EMPTY_DOCUMENT, "the document is empty", None)
        return [_meeting(lines, source, reporter, {})], text
    header = front.fields if front is not None else []
    try:
        cuts = _meetings.starts(lines)
    except Exception as exc:  # (as in _build: a bug costs the split, never the document)
        _internal_error(reporter, exc)
        cuts = ()
    if not cuts:
        return [_meeting(lines, source, reporter, _build(lines, reporter, header, day))], text
    bounds = [0, *cuts, len(lines)]
    source = source.model_copy(update={"meetings": len(bounds) - 1})
    if not every:  # the first meeting; the others' lines stay unclassified
        titles = "; ".join(f'line {lines[c].number}, "{lines[c].text}"' for c in cuts)
        reporter.report(
            Code.MORE_MEETINGS,
            f"the document holds {len(bounds) - 1} meetings and this is the first; "
            f"referat.parse_meetings reads them all (the others begin at {titles})",
            span_of(lines[cuts[0]].number, lines[-1].number),
        )
        blanked = tuple(ln if ln.blank else _blank(ln.number) for ln in lines[cuts[0] :])
        first = _build(lines[: cuts[0]] + blanked, reporter, header, day)
        return [_meeting(lines, source, reporter, first)], text
    parts = [lines[a:b] for a, b in pairwise(bounds)]  # each read from its own lines (linear)
    meetings = []
    for k, part in enumerate(parts):
        own = Reporter()
        own.absorb(reporter)  # (the document's own findings: encoding, escapes, a scan)
        fields = _build(part, own, header if k == 0 else [], day if k == 0 else None)
        numbered = source.model_copy(update={"meeting": k + 1})
        meetings.append(_meeting(part, numbered, own, fields))
    return _same_occasion(meetings, parts), text


def _blank(number: int) -> _scan.Line:
    return _scan.Line(number=number, raw="", kind=LineKind.BLANK, text="")


def _build(
    lines: tuple[_scan.Line, ...],
    reporter: Reporter,
    header: list[Any],
    day: tuple[dt.date, Span] | None = None,
) -> dict[str, Any]:
    try:
        return _extract.build(lines, reporter, header, day)
    except Exception as exc:  # a bug must cost structure, never the caller's batch
        _internal_error(reporter, exc)
        return {}


def _internal_error(reporter: Reporter, exc: Exception) -> None:
    reporter.report(
        Code.INTERNAL_ERROR,
        f"internal error while reading the structure ({type(exc).__name__}: {exc}); "
        "all text is kept in unclassified",
        None,
    )


def _meeting(
    lines: tuple[_scan.Line, ...],
    source: Source,
    reporter: Reporter,
    fields: dict[str, Any],
    *,
    binary: bool = False,
) -> Meeting:
    """The Meeting of ``fields``; the lines of ``lines`` no field spans are unclassified."""
    fields["unclassified"] = uncovered(lines, fields, reporter, quiet=binary)
    return Meeting(source=source, diagnostics=reporter.sorted(), **fields)


def _same_occasion(meetings: list[Meeting], parts: list[tuple[_scan.Line, ...]]) -> list[Meeting]:
    """A later meeting that names no organisation, date or place of its own ("Afholdt samme
    aften ..., samme sted") has the first meeting's; one that says its people are the earlier
    meeting's ("Samme fremmøde som ovenfor") has that one's people (``_meetings.same_people``)."""
    first = meetings[0]
    out = [first]
    for m, part in zip(meetings[1:], parts[1:], strict=True):
        update: dict[str, Any] = {
            key: getattr(first, key)
            for key in ("organisation", "date", "location")
            if getattr(m, key) is None and getattr(first, key) is not None
        }
        if "date" in update:  # (dated after all: its missing-date finding goes)
            kept = [d for d in m.diagnostics if d.code != Code.MISSING_DATE.value]
            update["diagnostics"] = kept
        update |= _meetings.same_people(out[-1], m, part)
        out.append(m.model_copy(update=update) if update else m)
    return out


def _binary_lines(text: str) -> tuple[_scan.Line, ...]:
    raws = _source.split_lines(text)
    return tuple(
        _scan.Line(
            number=i + 1,
            raw=r,
            kind=LineKind.TEXT if r.strip() else LineKind.BLANK,
            text=" ".join(r.split()),
        )
        for i, r in enumerate(raws)
    )
