"""The public API: errors for unreadable input, encodings, size limit, strict opt-in, scale."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path
import subprocess
import sys
import time

from markdown_it import MarkdownIt
import pytest

import referat

from support import uncovered_lines

MINUTES = """# Referat af bestyrelsesmøde

Dato: 2. oktober 2017, kl. 14.00 – 17.00
Sted: Rådhuset, Torvet 1, 7100 Vejle
Deltagere: Åse Ærø, Søren Østergård og Bo Bøgh
Afbud: Ib Kristensen

## 1. Godkendelse af dagsorden

Godkendt.

## 2. Økonomi

**Indstilling:**
Det indstilles, at regnskabet godkendes.

**Beslutning:**
Indstillingen blev tiltrådt.

*Bilag 1: Regnskab 2017*
"""


def test_parse_minimal_document() -> None:
    m = referat.parse(MINUTES, source="mini.md")
    assert m.date is not None
    assert m.date.isoformat() == "2017-10-02"
    assert (m.start_time, m.end_time) == ("14:00", "17:00")
    assert [p.name for p in m.attendees] == ["Åse Ærø", "Søren Østergård", "Bo Bøgh"]
    assert [p.name for p in m.absentees] == ["Ib Kristensen"]
    assert [i.number for i in m.agenda] == ["1", "2"]
    decision = m.agenda[1].decision
    assert decision is not None
    assert decision.outcome is referat.Outcome.APPROVED
    assert decision.refers_to == "indstilling"
    assert [a.number for a in m.agenda[1].attachments] == ["1"]
    assert m.source.name == "mini.md"
    assert uncovered_lines(m, MINUTES) == []


def test_missing_file_raises_source_error_with_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    with pytest.raises(referat.SourceError, match=r"nope\.md"):
        referat.parse_file(missing)
    with pytest.raises(OSError, match=r"nope\.md"):  # SourceError is an OSError too
        referat.parse_file(missing)


def test_directory_raises_source_error(tmp_path: Path) -> None:
    folder = tmp_path / "x.md"
    folder.mkdir()
    with pytest.raises(referat.SourceError, match="directory"):
        referat.parse_file(folder)


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_text("x" * 2000, encoding="utf-8")
    with pytest.raises(referat.InputTooLargeError, match=r"big\.md"):
        referat.parse_file(big, max_bytes=1000)
    with pytest.raises(referat.ReferatError):
        referat.parse("x" * 2000, max_bytes=1000)


def test_cp1252_falls_back_with_a_diagnostic(tmp_path: Path) -> None:
    path = tmp_path / "gammel.md"
    path.write_bytes("Referat\n\nDato: 3. marts 2009\nDeltagere: Søren Ågård\n".encode("cp1252"))
    m = referat.parse_file(path)
    assert m.source.encoding == "cp1252"
    assert "encoding-fallback" in {d.code for d in m.diagnostics}
    assert [p.name for p in m.attendees] == ["Søren Ågård"]


def test_cp1252_soft_hyphens_are_dropped_as_in_utf8() -> None:
    """cp1252's 0xAD is a soft hyphen, invisible in the words and no line of its own (a fuzz
    find: a line of one soft hyphen was counted by the spans, not by the document's lines)."""
    doc = "# Referat\n\nDato: 3. marts 2009\nDeltagere: Ældre\u00adrådets formand Ib Bak\n\u00ad"
    m = referat.parse(doc.encode("cp1252"))
    assert m.source.encoding == "cp1252"
    assert [p.written for p in m.attendees] == ["Ældrerådets formand Ib Bak"]
    assert m.source.lines == 4


def test_utf16_with_bom() -> None:
    m = referat.parse("Referat\n\nDato: 3. marts 2009\n".encode("utf-16"))
    assert m.date is not None
    assert m.date.isoformat() == "2009-03-03"


def test_empty_and_binary_never_raise() -> None:
    assert "empty-document" in {d.code for d in referat.parse("").diagnostics}
    junk = bytes(range(256)) * 20
    m = referat.parse(junk)
    assert "binary-content" in {d.code for d in m.diagnostics}


def test_raise_for_errors_lists_every_error() -> None:
    m = referat.parse("# Noget\n\nTekst uden dato.\n", source="a.md")
    with pytest.raises(referat.MinutesError) as info:
        referat.raise_for_errors(m)
    assert "a.md" in str(info.value)
    assert info.value.diagnostics == m.errors()
    ok = referat.parse(MINUTES)
    assert referat.raise_for_errors(ok) is ok


def big_document(size: int) -> str:
    """Minutes with as many items as it takes to reach ``size`` bytes."""
    head, rest = MINUTES.split("## 1.")
    prose = " ".join(["Sagen blev gennemgået af forvaltningen, og udvalget drøftede den."] * 8)
    item = "Punkt {n}: Økonomi\n\n" + prose + "\n" + rest.split("## 2. Økonomi")[1]
    parts = [head]
    total = len(head.encode("utf-8"))
    n = 1
    while total < size:
        chunk = item.replace("{n}", str(n)).replace("Bilag 1", f"Bilag {n}")
        parts.append(chunk)
        total += len(chunk.encode("utf-8"))
        n += 1
    return "".join(parts)


def test_five_megabyte_document_is_linear() -> None:
    """A 5 MB document parses, covers every line, and costs a bounded multiple of tokenizing."""
    text = big_document(5_000_000)
    items = text.count("\nPunkt ")
    md = MarkdownIt("commonmark").enable("table")
    t0 = time.perf_counter()
    md.parse(text)
    tokenize = time.perf_counter() - t0
    t0 = time.perf_counter()
    m = referat.parse(text)
    parse = time.perf_counter() - t0
    assert len(m.agenda) == items
    assert uncovered_lines(m, text) == []
    assert parse / tokenize < 15, f"parse {parse:.2f}s vs tokenize {tokenize:.2f}s"


def test_version_matches_the_installed_package() -> None:
    assert referat.__version__ == importlib.metadata.version("referat")


def test_import_is_lazy_and_every_public_name_resolves() -> None:
    """``import referat`` loads neither pydantic, markdown-it nor the registry; names still work."""
    code = (
        "import sys, referat\n"
        "heavy = [m for m in ('pydantic', 'markdown_it', 'yaml', 'referat.registry') "
        "if m in sys.modules]\n"
        "print(heavy)\n"
        "[getattr(referat, name) for name in referat.__all__]\n"
        "referat.parse('# Referat')\n"
        "print('referat.registry' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["[]", "True"]
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        referat.nothing  # noqa: B018


def test_parse_does_not_load_the_registry() -> None:
    code = "import sys, referat\nreferat.parse('# R')\nprint('referat.registry' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
