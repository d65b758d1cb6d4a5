"""Hardening properties on minutes-like documents (tests/minutes_strategies.py).

Never raises and never reports ``internal-error``; deterministic across processes (different
PYTHONHASHSEED); line endings, Unicode form, BOM, trailing whitespace and NBSP do not change the
Meeting; every span lies in the document and every non-blank line is covered; thread safety.
"""

from __future__ import annotations

import codecs
from concurrent.futures import ThreadPoolExecutor
import json
import os
from pathlib import Path
import subprocess
import sys
import threading
import unicodedata

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from minutes_strategies import documents
import pytest

import referat
from referat._source import looks_binary

from support import CASES, ROOT, normalised_lines, spans, uncovered_lines

PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _without_source(meeting: referat.Meeting) -> dict[str, object]:
    data = meeting.model_dump(mode="json")
    data.pop("source")
    return data


def _dump(text: str | bytes) -> dict[str, object]:
    return _without_source(referat.parse(text))


@PROPS
@given(documents())
def test_total_spans_and_coverage(text: str) -> None:
    meeting = referat.parse(text)
    assert "internal-error" not in {d.code for d in meeting.diagnostics}, meeting.diagnostics
    count = len(normalised_lines(text))
    assert meeting.source.lines == count
    for start, end in spans(meeting.model_dump(mode="json")):
        assert 1 <= start <= end <= max(count, 1)
    assert uncovered_lines(meeting, text) == []


@PROPS
@given(documents(), st.sampled_from(("\r\n", "\r")))
def test_line_endings_give_the_same_meeting(text: str, eol: str) -> None:
    assert _dump(text.replace("\n", eol)) == _dump(text)


@PROPS
@given(documents())
def test_nfd_gives_the_same_meeting(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    assert _dump(unicodedata.normalize("NFD", text)) == _dump(nfc)


@PROPS
@given(documents())
def test_bom_gives_the_same_meeting(text: str) -> None:
    # Bytes with many NULs and control bytes are binary content (their lines all unclassified,
    # with a diagnostic) whatever their BOM; a str is never read so. The property is about text.
    assume(not looks_binary(codecs.BOM_UTF8 + text.encode("utf-8")))
    plain = _dump(text)
    assert _dump("\ufeff" + text) == plain
    assert _dump(codecs.BOM_UTF8 + text.encode("utf-8")) == plain
    assert _dump(text.encode("utf-16")) == plain  # UTF-16 with BOM


@PROPS
@given(documents(), st.sampled_from((" ", "\t", "  ", " \t ")))
def test_trailing_whitespace_gives_the_same_meeting(text: str, tail: str) -> None:
    # A backslash that ends a line is a hard line break (no visible text); with white space
    # after it, a visible backslash (CommonMark): there the padding changes the document.
    assume(not any(line.endswith("\\") for line in text.split("\n")))
    padded = "\n".join(line + tail if line.strip() else line for line in text.split("\n"))
    assert _dump(padded) == _dump(text)


@PROPS
@given(documents(), st.sampled_from(("\u00a0", "\u202f")))
def test_nbsp_gives_the_same_meeting(text: str, nbsp: str) -> None:
    # Only spaces between words: NBSP is normalised to a space, so the Meeting is the same.
    with_nbsp = "\n".join(
        line[: len(line) - len(line.lstrip(" "))] + line.lstrip(" ").replace(" ", nbsp)
        for line in text.split("\n")
    )
    assert _dump(with_nbsp) == _dump(text)


_REPLAY = """
import json, sys
import referat
from referat._source import looks_binary
docs = json.loads(sys.stdin.read())
out = [referat.parse(d).model_dump(mode="json") for d in docs]
sys.stdout.write(json.dumps(out, ensure_ascii=True, sort_keys=True))
"""


def _in_subprocess(docs: list[str], hashseed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hashseed}
    done = subprocess.run(
        [sys.executable, "-c", _REPLAY],
        input=json.dumps(docs),
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    return done.stdout


@settings(max_examples=1, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents(), min_size=20, max_size=20))
def test_deterministic_across_processes(docs: list[str]) -> None:
    here = json.dumps(
        [referat.parse(d).model_dump(mode="json") for d in docs], ensure_ascii=True, sort_keys=True
    )
    assert _in_subprocess(docs, "1") == here
    assert _in_subprocess(docs, "4242") == here


def test_lone_surrogates_in_str_input_serialise() -> None:
    # parse(str) accepts lone surrogates (it encodes with surrogatepass); the Meeting it returns
    # must still be JSON-serialisable like every other Meeting.
    meeting = referat.parse("# Referat\n\nDeltagere: Bo \ud800 Bøgh\n")
    assert "internal-error" not in {d.code for d in meeting.diagnostics}
    assert referat.Meeting.model_validate_json(meeting.model_dump_json()) == meeting


def _fixture_texts() -> list[str]:
    return [
        p.read_bytes().decode("utf-8", errors="replace") for p in sorted(CASES.glob("*/input.md"))
    ]


def test_parse_from_8_threads_equals_serial() -> None:
    texts = _fixture_texts()
    serial = [referat.parse(t).model_dump_json() for t in texts]
    barrier = threading.Barrier(8)

    def work(offset: int) -> list[tuple[int, str]]:
        barrier.wait()  # all eight threads start parsing at the same moment
        order = list(range(len(texts)))
        order = order[offset:] + order[:offset]  # each thread walks the texts in another order
        return [(i, referat.parse(texts[i]).model_dump_json()) for i in order]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, [k * 7 for k in range(8)]))
    for result in results:
        assert len(result) == len(texts)
        for i, dumped in result:
            assert dumped == serial[i]


def test_parse_bytes_from_8_threads_equals_serial() -> None:
    datas = [p.read_bytes() for p in sorted(CASES.glob("*/input.md"))]
    serial = [referat.parse(d).model_dump_json() for d in datas]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda d: referat.parse(d).model_dump_json(), datas * 8))
    assert threaded == serial * 8


@pytest.mark.parametrize(
    "path", sorted(CASES.glob("*/input.md")), ids=lambda p: Path(p).parent.name
)
def test_fixture_variants_give_the_same_meeting(path: Path) -> None:
    raw = path.read_bytes().decode("utf-8", errors="replace")
    text = raw.removeprefix("\ufeff").replace("\r\n", "\n")
    plain = _dump(text)
    assert _dump(text.replace("\n", "\r")) == plain
    assert _dump(unicodedata.normalize("NFD", text)) == plain
    assert _dump("\ufeff" + text) == plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SÃ¸ren Ã˜stergaard â€“ referent", "Søren Østergaard – referent"),
        ("Regionsr├ądet", "Regionsrådet"),
        ("A Â… B", "A   B"),  # the repair gives NEL, a control character: a space as any other
        ("├─┤ tabel", "├─┤ tabel"),  # box drawing, no UTF-8 behind it: kept
    ],
)
def test_mojibake_repair_keeps_text_clean(text: str, expected: str) -> None:
    from referat._source import normalise

    assert normalise(text) == expected
    assert normalise(text).count("\n") == text.count("\n")


def test_a_document_that_escapes_its_markdown_is_read_unescaped() -> None:
    escaped = "\\# Referat\n\n\\*\\*Dato:\\*\\* 5. marts 2024\n\n\\#\\# 1\\. Økonomi\n\nGodkendt.\n"
    meeting = referat.parse(escaped)
    assert [(i.number, i.title) for i in meeting.agenda] == [("1", "Økonomi")]
    assert str(meeting.date) == "2024-03-05"
    assert "escaped-markup" in {d.code for d in meeting.diagnostics}
    assert meeting.source.lines == 7  # line numbers stay the source's


def test_one_escaped_character_is_no_escaped_document() -> None:
    text = "# Referat\n\nDato: 5. marts 2024\n\n## 1. Økonomi\n\nPris: 5 \\* 3 kr. \\# 4\n"
    meeting = referat.parse(text)
    assert "escaped-markup" not in {d.code for d in meeting.diagnostics}
    assert meeting.agenda[0].sections[0].text == "Pris: 5 * 3 kr. # 4"  # (Markdown's own reading)
