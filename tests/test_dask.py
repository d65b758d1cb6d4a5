"""referat.dask on a two-process LocalCluster, and the DuckDB queries of docs/scale.md."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
import json
from pathlib import Path
import re
import shutil
from typing import Any

import pytest

from referat.cli import main

from support import CASES, ROOT

SCALE_DOC = ROOT / "docs" / "scale.md"


def _archive(root: Path) -> Path:
    """The examples and the fixture inputs, plus a 0-byte file, as one archive."""
    shutil.copytree(ROOT / "examples", root / "examples")
    for case in sorted(CASES.glob("*/input.md")):
        target = root / "cases" / f"{case.parent.name}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(case, target)
    (root / "cases" / "zero-bytes.md").write_bytes(b"")
    return root


def _empty_files(archive: Path) -> list[str]:
    return sorted(p.name for p in archive.rglob("*.md") if p.stat().st_size == 0)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _archive(tmp_path_factory.mktemp("archive"))


@pytest.fixture(scope="module")
def cli_output(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "meetings.jsonl"
    assert main(["convert", str(archive), "-o", str(out), "-q", "--workers", "2"]) == 1
    return out


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    distributed = pytest.importorskip(
        "distributed", reason="dask.distributed is not installed (pip install 'referat[dask]')"
    )
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


def test_dask_convert_matches_the_cli(
    client: Any, archive: Path, cli_output: Path, tmp_path: Path
) -> None:
    import referat.dask

    out = tmp_path / "parts"
    result = referat.dask.convert(str(archive), str(out), files_per_partition=16)
    assert result.failed == len(_empty_files(archive)) >= 1
    assert result.converted == len(_jsonl(cli_output))
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == result.partitions > 1
    joined = b"".join(p.read_bytes() for p in parts)
    assert joined == cli_output.read_bytes()  # same documents, names and order as the CLI
    errors = [r for p in sorted((out / "errors").glob("*.jsonl")) for r in _jsonl(p)]
    assert [Path(e["path"]).name for e in errors] == _empty_files(archive)
    assert errors[0]["error_type"] == "EmptyFileError"
    assert not list(out.rglob("*.tmp"))

    again = referat.dask.convert(str(archive), str(out), files_per_partition=16, resume=True)
    assert again.skipped_partitions == result.partitions
    assert again.converted == 0


def test_dask_read_minutes(client: Any, archive: Path, cli_output: Path) -> None:
    import referat.dask

    bag: Any = referat.dask.read_minutes(str(archive / "**" / "*.md"), files_per_partition=8)
    meetings = bag.compute()
    assert meetings == _jsonl(cli_output)
    assert bag.npartitions > 2
    dated = bag.filter(lambda m: m["date"] is not None).count().compute()
    assert dated == sum(1 for m in meetings if m["date"] is not None)
    keep: Any = referat.dask.read_minutes(str(archive / "cases"), on_error="keep")
    kept = keep.compute()
    failed = [m for m in kept if m["schema_name"] == "referat.BatchError"]
    assert [Path(m["path"]).name for m in failed] == _empty_files(archive)


def test_dask_meetings_match_the_cli(client: Any, archive: Path, tmp_path: Path) -> None:
    import referat.dask

    cli = tmp_path / "cli.jsonl"
    assert main(["convert", str(archive), "-o", str(cli), "-q", "--meetings"]) == 1
    lines = _jsonl(cli)
    assert any(m["source"]["meeting"] == 2 for m in lines)  # the fixtures of two meetings
    out = tmp_path / "parts"
    result = referat.dask.convert(str(archive), str(out), files_per_partition=16, meetings=True)
    joined = b"".join(p.read_bytes() for p in sorted(out.glob("part-*.jsonl")))
    assert joined == cli.read_bytes()
    assert result.converted < len(lines)  # files, not meetings
    bag: Any = referat.dask.read_minutes(str(archive), files_per_partition=8, meetings=True)
    assert bag.compute() == lines


def _sql_blocks() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", SCALE_DOC.read_text(encoding="utf-8"), re.DOTALL)


def test_duckdb_queries_of_the_docs(
    cli_output: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed")
    meetings = _jsonl(cli_output)
    monkeypatch.chdir(cli_output.parent)  # the docs read 'meetings.jsonl'
    attendance_sql, decisions_sql, votes_sql, *others = _sql_blocks()

    con = duckdb.connect()
    attendance = dict(con.sql(attendance_sql).fetchall())
    expected = Counter(p["name"] for m in meetings for p in m["attendees"])
    assert attendance == dict(expected)
    assert max(attendance.values()) >= 1

    decisions = {(b, y): n for b, y, n in con.sql(decisions_sql).fetchall()}
    expected_decisions: Counter[tuple[str | None, int | None]] = Counter()
    for m in meetings:
        year = int(m["date"][:4]) if m["date"] else None
        for item in m["agenda"]:
            if item["decision"] is not None and item["decision"]["outcome"] != "none":
                expected_decisions[m["body"], year] += 1
    assert decisions == dict(expected_decisions)
    assert sum(decisions.values()) > 20

    against = dict(con.sql(votes_sql).fetchall())
    expected_against = Counter(
        who
        for m in meetings
        for item in m["agenda"]
        if item["decision"] is not None
        for vote in item["decision"]["votes"]
        for who in vote["against_by"]
    )
    assert against == dict(expected_against)
    assert sum(against.values()) > 10

    for sql in others:  # e.g. the Parquet export
        con.sql(sql.replace("meetings.parquet", str(tmp_path / "meetings.parquet")))
    parquet = tmp_path / "meetings.parquet"
    assert con.sql(f"SELECT count(*) FROM '{parquet}'").fetchall() == [(len(meetings),)]
