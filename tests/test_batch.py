"""The batch machinery: discovery order, ordered parallel results, error isolation, resume keys."""

from __future__ import annotations

from collections.abc import Iterator
import json
from pathlib import Path

import pytest

from referat import Meeting, parse
import referat._api
from referat._batch import (
    CRASH_HOOK,
    RAISE_HOOK,
    BatchError,
    Job,
    Task,
    _line_key,
    _line_source,
    _repair,
    convert,
    execute,
    iter_tasks,
    json_line,
    load_registry,
    missing_sources,
    parse_many,
    read_bytes,
    run_task,
)
from referat.diagnostics import InputTooLargeError, SourceError

from support import CASES

DOC = "# Referat\n\nDato: 2. oktober 2017\n\n## 1. Godkendelse\n\nGodkendt.\n"


def _archive(root: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        p = root / f"y{i % 3}" / f"doc-{i:03d}.md"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(DOC + f"\nLinje {i}.\n", encoding="utf-8")
        paths.append(p)
    return sorted(paths)


def test_discovery_is_sorted_recursive_and_relative(tmp_path: Path) -> None:
    for rel in ["b/2.md", "b/10.markdown", "a.txt", "a/z.MD", "c/skip.json", ".hidden/x.md"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(DOC, encoding="utf-8")
    (tmp_path / "dir.md").mkdir()  # a directory named like a file is an input (and fails)
    names = [t.name for t in iter_tasks([str(tmp_path)])]
    assert names == ["a/z.MD", "a.txt", "b/10.markdown", "b/2.md", "dir.md"]


def test_discovery_of_files_and_globs(tmp_path: Path) -> None:
    for rel in ["x/2023/a.md", "x/2024/b.md", "x/2024/c.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(DOC, encoding="utf-8")
    glob = str(tmp_path / "x" / "*" / "*.md")
    single = str(tmp_path / "x" / "2024" / "c.txt")
    tasks = list(iter_tasks([glob, single]))
    assert [t.name for t in tasks] == ["2023/a.md", "2024/b.md", "c.txt"]
    assert missing_sources([glob, str(tmp_path / "nope"), str(tmp_path / "*.none")]) == [
        str(tmp_path / "nope"),
        str(tmp_path / "*.none"),
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_is_ordered_and_isolates_errors(
    tmp_path: Path, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths: list[str | Path] = list(_archive(tmp_path, 30))
    paths.insert(5, str(tmp_path / "missing.md"))
    monkeypatch.setenv(RAISE_HOOK, "doc-017")
    results = list(parse_many(iter(paths), workers=workers, chunksize=3))
    assert [p for p, _ in results] == paths  # the very objects, in input order
    for path, value in results:
        if "missing" in str(path):
            assert isinstance(value, BatchError)
            assert value.error_type == "SourceError"
        elif "doc-017" in str(path):
            assert isinstance(value, BatchError)
            assert value.error_type == "RuntimeError"
            assert RAISE_HOOK in value.message
        else:
            assert isinstance(value, Meeting)
            assert value.source.name == str(path)
            assert value == parse(Path(path).read_bytes(), source=str(path))


def test_parse_many_is_lazy(tmp_path: Path) -> None:
    """A bounded window: an endless input still yields results."""
    (tmp_path / "a.md").write_text(DOC, encoding="utf-8")

    def endless() -> Iterator[Path]:
        while True:
            yield tmp_path / "a.md"

    results = parse_many(endless(), workers=2, chunksize=2)
    first = [next(results) for _ in range(50)]
    results.close()
    assert all(isinstance(m, Meeting) for _, m in first)


def test_a_dying_worker_costs_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _archive(tmp_path, 24)
    monkeypatch.setenv(CRASH_HOOK, "doc-010")
    results = list(parse_many(paths, workers=2, chunksize=4))
    assert [p for p, _ in results] == paths
    failed = {p.name: v for p, v in results if isinstance(v, BatchError)}
    assert list(failed) == ["doc-010.md"]
    assert failed["doc-010.md"].error_type == "WorkerCrashed"


def test_crash_hook_does_not_kill_the_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _archive(tmp_path, 3)
    monkeypatch.setenv(CRASH_HOOK, "doc-001")
    assert all(isinstance(m, Meeting) for _, m in parse_many(paths, workers=1))


def test_run_task_failures(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "dir.md").mkdir()
    (tmp_path / "big.md").write_text(DOC * 10, encoding="utf-8")
    job = Job.create("meeting", max_bytes=100)
    kinds = {
        name: run_task(job, Task(str(tmp_path / name), name)).error
        for name in ["empty.md", "dir.md", "big.md", "nope.md"]
    }
    assert {k: v.error_type for k, v in kinds.items() if v} == {
        "empty.md": "EmptyFileError",
        "dir.md": "SourceError",
        "big.md": "InputTooLargeError",
        "nope.md": "SourceError",
    }


def test_read_bytes_reads_whole_files_with_the_same_errors(tmp_path: Path) -> None:
    for size in (1, 4095, 65536, 65537, 300_001):  # one read, and the multi-read path
        data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
        (tmp_path / "f.md").write_bytes(data)
        assert read_bytes(str(tmp_path / "f.md")) == data
    (tmp_path / "empty.md").write_bytes(b"")
    assert read_bytes(str(tmp_path / "empty.md")) == b""
    (tmp_path / "dir.md").mkdir()
    with pytest.raises(SourceError, match=r"dir\.md: is a directory"):
        read_bytes(str(tmp_path / "dir.md"))
    with pytest.raises(InputTooLargeError, match="300001 bytes, over the limit of 1000 bytes"):
        read_bytes(str(tmp_path / "f.md"), max_bytes=1000)
    with pytest.raises(SourceError, match=r"nope\.md: cannot read: No such file"):
        read_bytes(str(tmp_path / "nope.md"))


def test_json_lines_are_the_bytes_of_model_dump_json() -> None:
    for path in sorted(CASES.glob("*/input.md")):
        meeting = parse(path.read_bytes(), source=path.parent.name)
        assert json_line(meeting) == meeting.model_dump_json().encode("utf-8")


def test_execute_matches_serial(tmp_path: Path) -> None:
    paths = [str(p) for p in sorted(CASES.glob("*/input.md"))]
    tasks = list(iter_tasks(paths))
    job = Job.create("jsonl")
    serial = [r.value for r in execute(tasks, job, workers=1)]
    parallel = [r.value for r in execute(tasks, job, workers=2, chunksize=5)]
    assert serial == parallel
    assert len(serial) == len(paths)


def test_resume_keys_and_repair(tmp_path: Path) -> None:
    meeting = parse(DOC, source='dir/"odd" name.md')
    line = meeting.model_dump_json()
    key = _line_key(line)
    assert key is not None
    reordered = json.dumps({"source": json.loads(line)["source"]})
    assert _line_key(reordered) == key  # the slow path agrees with the fast one
    partial = tmp_path / "out.jsonl.partial"
    partial.write_text(line + "\n" + line[:50], encoding="utf-8")
    _repair(partial)
    assert partial.read_text(encoding="utf-8") == line + "\n"


TWO = CASES / "two-meetings-same-attendance" / "input.md"


def _sources(path: Path) -> list[dict[str, object]]:
    return [json.loads(line)["source"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_convert_meetings_writes_a_line_per_meeting(tmp_path: Path) -> None:
    one = tmp_path / "one.md"
    one.write_text(DOC, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    convert([str(TWO), str(one)], out, workers=1, progress="none", meetings=True)
    sources = _sources(out)
    assert [(s["meeting"], s["meetings"]) for s in sources] == [(1, 2), (2, 2), (1, 1)]
    lines = out.read_text(encoding="utf-8").splitlines()
    second = Meeting.model_validate_json(lines[1])
    assert second == referat.parse_meetings(TWO.read_bytes(), source=str(sources[1]["name"]))[1]
    convert([str(TWO)], out, workers=1, progress="none")  # without: the first, counting both
    assert [(s["meeting"], s["meetings"]) for s in _sources(out)] == [(1, 2)]


def test_convert_meetings_to_a_tree_of_json_files(tmp_path: Path) -> None:
    doc = tmp_path / "in" / "gf.md"
    doc.parent.mkdir()
    doc.write_bytes(TWO.read_bytes())
    out = tmp_path / "out"
    stats = convert([str(doc.parent)], out, fmt="json", workers=1, progress="none", meetings=True)
    assert (stats.converted, stats.failed) == (1, 0)
    assert sorted(p.name for p in out.iterdir()) == ["gf.2.json", "gf.json"]
    second = json.loads((out / "gf.2.json").read_text(encoding="utf-8"))
    assert (second["source"]["name"], second["source"]["meeting"]) == ("gf.md", 2)
    stats = convert(
        [str(doc.parent)], out, fmt="json", workers=1, progress="none", meetings=True, resume=True
    )
    assert (stats.converted, stats.skipped) == (0, 1)


def test_resume_with_meetings_rewrites_a_file_held_in_part(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    one = tmp_path / "one.md"
    one.write_text(DOC, encoding="utf-8")
    convert([str(one), str(TWO)], out, workers=1, progress="none", meetings=True)
    whole = out.read_text(encoding="utf-8")
    lines = whole.splitlines(keepends=True)
    assert len(lines) == 3
    # a run killed after the first meeting of the second file: its line is taken out, and the
    # file written again; the first file is not converted again
    out.unlink()
    (tmp_path / "out.jsonl.partial").write_text(lines[0] + lines[1], encoding="utf-8")
    stats = convert(
        [str(one), str(TWO)], out, workers=1, progress="none", meetings=True, resume=True
    )
    assert (stats.converted, stats.skipped) == (1, 1)
    assert out.read_text(encoding="utf-8") == whole
    # a run without --meetings wrote one line for the file of two: resumed with, it is redone
    convert([str(TWO)], out, workers=1, progress="none")
    stats = convert([str(TWO)], out, workers=1, progress="none", meetings=True, resume=True)
    assert (stats.converted, stats.skipped) == (1, 0)
    assert [s["meeting"] for s in _sources(out)] == [1, 2]


def test_line_source_counts_meetings() -> None:
    first = referat.parse_meetings(TWO.read_text(encoding="utf-8"), source="gf.md")[0]
    line = first.model_dump_json()
    found = _line_source(line)
    assert found is not None
    assert found == (_line_key(line), 2)
    reordered = json.dumps({"source": json.loads(line)["source"]})
    assert _line_source(reordered) == found
    old = json.dumps({"source": {"name": "gf.md", "sha256": "0" * 64}})  # before source.meetings
    assert _line_source(old) == (_line_key(old), 1)


def test_malformed_registry_raises_registry_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"persons": [{"id": "p1"}]}', encoding="utf-8")
    with pytest.raises(referat.RegistryError, match=r"bad\.json"):
        load_registry(bad)
