"""``parse`` and ``parse_file``: orchestration only."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from referat import _extract, _frontmatter, _ocr, _scan, _source, _unwrap
from referat._coverage import uncovered
from referat._facts import LineKind
from referat.diagnostics import Code, InputTooLargeError, MinutesError, Reporter, SourceError
from referat.models import Meeting, Source

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
    (``entity`` fields, ``agenda[].mentions``; see docs/registry.md).

    Raises:
        InputTooLargeError: the input is larger than ``max_bytes``.
    """
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
    meeting, normalised = _parse_text(raw_text, raw, source, encoding, reporter, binary=binary)
    if registry is not None:
        from referat._link import link  # only needed with a registry

        meeting = link(meeting, registry, text=normalised)
    return meeting


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
    raw_text: str, raw: bytes, name: str, encoding: str, reporter: Reporter, *, binary: bool
) -> tuple[Meeting, str]:
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
        fields: dict[str, Any] = {}
    elif not any(not ln.blank for ln in lines):
        reporter.report(Code.EMPTY_DOCUMENT, "the document is empty", None)
        fields = {}
    else:
        try:
            fields = _extract.build(lines, reporter, front.fields if front is not None else [])
        except Exception as exc:  # a bug must cost structure, never the caller's batch
            reporter.report(
                Code.INTERNAL_ERROR,
                f"internal error while reading the structure ({type(exc).__name__}: {exc}); "
                "all text is kept in unclassified",
                None,
            )
            fields = {}
    fields["unclassified"] = uncovered(lines, fields, reporter, quiet=binary)
    return Meeting(source=source, diagnostics=reporter.sorted(), **fields), text


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
