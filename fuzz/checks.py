"""Invariant checks shared by the atheris fuzz targets and tests/test_fuzz_corpus.py.

Each ``check_*`` takes the raw fuzz input (bytes) and raises ``AssertionError`` (or lets any
unexpected exception escape) when referat misbehaves. They import nothing from atheris, so the
deterministic corpus replay in the normal test suite runs without it.
"""

from __future__ import annotations

import atexit
from pathlib import Path
import re
import shutil
import sys
import tempfile

import referat
from referat import _danish, _scan
from referat._source import normalise

# The span and line helpers of the test suite (tests/support.py) serve the fuzz targets too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from support import normalised_lines, spans

# A small document that names people and organisations, parsed with every registry the
# registry target manages to load (exercises linking with hostile names and aliases).
LINK_DOC = (
    "# Referat\n\nDato: 2. oktober 2017\n\nDeltagere: Lars Aagaard (Grundfos), Ib Kristiansen\n"
    "Afbud: Bente Hansen\n\n## 1. Godkendelse\n\nLars Aagaard orienterede. Godkendt.\n"
)
REGISTRY_FORMATS = {ord("y"): ".yaml", ord("j"): ".json", ord("c"): ".csv"}
_CLOCK = re.compile(r"^(?:[01]\d|2[0-4]):[0-5]\d$")
_DEFAULT_YEARS = (None, 2017, 1, 9999)
_TMP = Path(tempfile.mkdtemp(prefix="referat-fuzz-"))
atexit.register(shutil.rmtree, _TMP, ignore_errors=True)


def check_meeting(meeting: referat.Meeting, doc: str | bytes) -> None:
    """The invariants every parse result must satisfy."""
    codes = {d.code for d in meeting.diagnostics}
    assert "internal-error" not in codes, meeting.diagnostics
    lines = normalised_lines(doc)
    data = meeting.model_dump(mode="json")
    covered: set[int] = set()
    for start, end in spans(data):
        assert 1 <= start <= end <= max(len(lines), 1), (start, end, len(lines))
        covered.update(range(start, end + 1))
    uncovered = [i + 1 for i, ln in enumerate(lines) if ln.strip() and i + 1 not in covered]
    assert not uncovered, f"lines not in any span: {uncovered[:10]}"
    assert referat.Meeting.model_validate_json(meeting.model_dump_json()) == meeting
    assert meeting.source.lines == len(lines), ("source.lines", meeting.source.lines, len(lines))


def check_parse(data: bytes) -> None:
    """``referat.parse`` on the bytes and on their text (invalid UTF-8 replaced)."""
    check_meeting(referat.parse(data), data)
    text = data.decode("utf-8", errors="replace")
    check_meeting(referat.parse(text), text)


def check_blocks(data: bytes) -> None:
    """The fast block reader gives exactly markdown-it's lines (``_scan.scan`` with and without)."""
    text = normalise(data.decode("utf-8", errors="replace"))  # what scan is given in parse
    fast, oracle = _scan.scan(text), _scan.scan(text, fast=False)
    assert fast == oracle, next((a, b) for a, b in zip(fast, oracle, strict=True) if a != b)


def registry_input(data: bytes) -> tuple[str, bytes]:
    """Split a registry fuzz input: first byte picks the format (y/j/c), the rest is the file."""
    if not data:
        return ".yaml", b""
    suffix = REGISTRY_FORMATS.get(data[0], (".yaml", ".json", ".csv")[data[0] % 3])
    return suffix, data[1:]


def check_registry(data: bytes) -> None:
    """``referat.load_registry`` raises only ``RegistryError``; a loaded registry links."""
    suffix, body = registry_input(data)
    path = _TMP / f"registry{suffix}"
    path.write_bytes(body)
    try:
        registry = referat.load_registry(path, index="memory")
    except referat.RegistryError as exc:
        message = str(exc)
        registry = None
    if registry is None:
        assert message, "RegistryError without a message"
        return
    assert len(registry) == len(registry.persons) + len(registry.organisations)
    check_meeting(referat.parse(LINK_DOC, registry=registry), LINK_DOC)


def check_dates(data: bytes) -> None:
    """``find_dates`` / ``parse_date`` / ``find_time_range``: offsets and values consistent."""
    default_year = _DEFAULT_YEARS[data[0] % len(_DEFAULT_YEARS)] if data else None
    text = data[1:].decode("utf-8", errors="replace")
    hits = _danish.find_dates(text, default_year=default_year)
    previous_end = 0
    for hit in hits:
        assert previous_end <= hit.start < hit.end <= len(text), (hit, previous_end)
        assert text[hit.start : hit.end] == hit.text, hit
        previous_end = hit.end
    first = _danish.parse_date(text, default_year=default_year)
    assert first == (hits[0].date if hits else None), (first, hits[:1])
    found = _danish.find_time_range(text)
    if found is not None:
        assert 0 <= found.start_offset < found.end_offset <= len(text), found
        for clock in (found.start, found.end):
            assert clock is None or _CLOCK.match(clock), found
        assert found.start is not None or found.end is None, found
