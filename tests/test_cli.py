"""The command line, in-process through ``main(argv) -> int``: exit codes, streams, files."""

from __future__ import annotations

import importlib.util
import inspect
import io
import json
from pathlib import Path
import subprocess
import sys
from typing import Any

import pytest

from referat import parse
import referat._api
from referat._batch import INTERRUPT_HOOK, RAISE_HOOK, Progress, Result, Task, partial_path
from referat.cli import main

from support import CASES, ROOT

GOOD = "# Referat\n\nDato: 2. oktober 2017\n\n## 1. Godkendelse\n\nGodkendt.\n"
NO_DATE = "# Referat\n\n## 1. Godkendelse\n\nGodkendt.\n"
# Invalid UTF-8 and, for 0x81/0x8D/0x9D, not cp1252 either (the parser falls back to latin-1).
CORRUPT = b"# Referat\n\nDato: 2. oktober 2017\n\n## 1. M\x81de \x8d\x9d\xff\n\nGodkendt.\n"


def _write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _archive(root: Path, n: int = 12) -> Path:
    for i in range(n):
        _write(root / f"{2020 + i % 3}" / f"m{i:02d}.md", GOOD + f"\nLinje {i}.\n")
    return root


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _registry_supported() -> bool:
    has_param = "registry" in inspect.signature(referat._api.parse).parameters
    return has_param and importlib.util.find_spec("referat.registry") is not None


# -- parse ----------------------------------------------------------------------------------------


def test_parse_prints_json_and_diagnostics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _write(tmp_path / "a.md", NO_DATE)
    assert main(["parse", str(doc)]) == 0
    out, err = capsys.readouterr()
    meeting = json.loads(out)
    assert meeting["source"]["name"] == str(doc)
    assert out.startswith('{\n  "schema_name"')
    assert f"{doc}: error[missing-date]" in err
    assert main(["parse", str(doc), "--strict", "--indent", "0"]) == 1
    out, _ = capsys.readouterr()
    assert out.count("\n") == 1  # one line


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    assert main(["parse", "-", "--strict"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["date"] == "2017-10-02"
    assert err == ""


def test_parse_usage_and_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "missing.md")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["parse", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err
    assert main(["parse"]) == 2
    assert main(["parse", "x.md", "--indent", "many"]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["--help"]) == 0
    assert main(["--version"]) == 0


REGISTRY = Path(__file__).parent / "fixtures" / "registry" / "seed.yaml"


def test_registry_option_links_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _write(tmp_path / "a.md", GOOD)
    assert main(["parse", str(doc), "--registry", str(REGISTRY)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "attendees" in data
    assert all("entity" in p for p in data["attendees"])


def test_bad_registry_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _write(tmp_path / "a.md", GOOD)
    bad = tmp_path / "bad.yaml"
    bad.write_text("persons:\n  - {id: p1}\n", encoding="utf-8")  # no name
    assert main(["parse", str(doc), "--registry", str(bad)]) == 2
    assert "bad.yaml" in capsys.readouterr().err
    assert main(["convert", str(doc), "-o", str(tmp_path / "o.jsonl"), "--registry", str(bad)]) == 2
    assert not (tmp_path / "o.jsonl").exists()


def test_registry_suggest_requires_output() -> None:
    assert main(["registry", "suggest", "examples"]) == 2  # -o is required


# -- check ----------------------------------------------------------------------------------------


def test_check_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path / "good.md", GOOD)
    bad = _write(tmp_path / "bad.md", NO_DATE)
    assert main(["check", str(good)]) == 0
    capsys.readouterr()
    assert main(["check", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}: error[missing-date]" in out
    assert main(["check", str(bad), "--format", "json"]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"path": str(bad), "code": "missing-date", "severity": "error"}.items() <= records[
        0
    ].items()
    assert main(["check", str(tmp_path / "missing.md"), str(good)]) == 2


# -- convert --------------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", ["1", "2"])
def test_convert_jsonl_in_sorted_order_with_relative_names(
    tmp_path: Path, workers: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _archive(tmp_path / "arkiv")
    out = tmp_path / "out" / "all.jsonl"
    assert main(["convert", str(src), "-o", str(out), "--workers", workers]) == 0
    records = _lines(out)
    names = [r["source"]["name"] for r in records]  # type: ignore[index]
    assert names == sorted(names)
    assert len(names) == 12
    assert names[0] == "2020/m00.md"
    first = src / "2020" / "m00.md"
    assert records[0] == json.loads(
        parse(first.read_bytes(), source="2020/m00.md").model_dump_json()
    )
    assert not partial_path(out).exists()
    assert (tmp_path / "out" / "all.jsonl.errors.jsonl").read_text(encoding="utf-8") == ""
    assert "converted 12 of 12 documents" in capsys.readouterr().err


def test_convert_json_tree_mirrors_input(tmp_path: Path) -> None:
    src = _archive(tmp_path / "arkiv", 4)
    out = tmp_path / "tree"
    assert main(["convert", str(src), "-o", str(out), "-q", "--workers", "2"]) == 0
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    assert files == [
        "2020",
        "2020/m00.json",
        "2020/m03.json",
        "2021",
        "2021/m01.json",
        "2022",
        "2022/m02.json",
    ]
    assert json.loads((out / "2021" / "m01.json").read_text())["source"]["name"] == "2021/m01.md"
    assert main(["summary", str(out)]) == 0


def test_convert_globs_and_files(tmp_path: Path) -> None:
    src = _archive(tmp_path / "arkiv", 6)
    out = tmp_path / "o.jsonl"
    glob = str(src / "202[01]" / "*.md")
    single = str(src / "2022" / "m02.md")
    assert main(["convert", glob, single, "-o", str(out), "-q"]) == 0
    names = [r["source"]["name"] for r in _lines(out)]  # type: ignore[index]
    assert names == ["2020/m00.md", "2020/m03.md", "2021/m01.md", "2021/m04.md", "m02.md"]


def test_convert_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(tmp_path / "nope"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["convert", str(tmp_path), "-o", str(tmp_path / "o"), "--workers", "0"]) == 2
    assert main(["convert", str(tmp_path)]) == 2  # -o missing
    assert main(["convert", str(tmp_path), "-o", str(tmp_path), "--format", "jsonl"]) == 2


@pytest.mark.parametrize("workers", ["1", "2"])
def test_one_bad_file_never_stops_the_batch(
    tmp_path: Path,
    workers: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = _archive(tmp_path / "arkiv", 9)
    _write(src / "2020" / "corrupt.md", CORRUPT)
    _write(src / "2020" / "empty.md", b"")
    (src / "2021" / "folder.md").mkdir()
    _write(src / "2021" / "folder.md" / "inside.md", GOOD)
    _write(src / "2022" / "boom.md", GOOD)
    monkeypatch.setenv(RAISE_HOOK, "boom")
    out = tmp_path / "o.jsonl"
    errors = tmp_path / "failed.jsonl"
    code = main(
        ["convert", str(src), "-o", str(out), "--errors", str(errors), "--workers", workers]
    )
    assert code == 1
    names = [r["source"]["name"] for r in _lines(out)]  # type: ignore[index]
    expected = sorted(
        [f"{2020 + i % 3}/m{i:02d}.md" for i in range(9)]
        + ["2020/corrupt.md", "2021/folder.md/inside.md"]
    )
    assert sorted(names) == expected
    assert len(names) == len(expected)
    corrupt: dict[str, Any] = next(
        r
        for r in _lines(out)
        if r["source"]["name"] == "2020/corrupt.md"  # type: ignore[index]
    )
    assert corrupt["source"]["encoding"] in {"cp1252", "latin-1"}
    assert any(d["code"] == "encoding-fallback" for d in corrupt["diagnostics"])
    failed = {Path(r["path"]).name: r for r in _lines(errors)}  # type: ignore[arg-type]
    assert sorted(failed) == ["boom.md", "empty.md", "folder.md"]
    assert failed["boom.md"]["error_type"] == "RuntimeError"
    assert failed["empty.md"]["error_type"] == "EmptyFileError"
    assert failed["folder.md"]["error_type"] == "SourceError"
    assert "is a directory" in str(failed["folder.md"]["message"])
    err = capsys.readouterr().err
    assert "3 failed" in err
    assert str(errors) in err


@pytest.mark.parametrize("workers", ["1", "2"])
def test_interrupted_then_resumed_equals_uninterrupted(
    tmp_path: Path,
    workers: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = _archive(tmp_path / "arkiv", 20)
    _write(src / "2021" / "empty.md", b"")
    whole, resumed = tmp_path / "whole.jsonl", tmp_path / "resumed.jsonl"
    args = ["--workers", workers, "-q"]
    assert main(["convert", str(src), "-o", str(whole), *args]) == 1

    monkeypatch.setenv(INTERRUPT_HOOK, "7")
    assert main(["convert", str(src), "-o", str(resumed), *args]) == 130
    assert "--resume" in capsys.readouterr().err
    assert not resumed.exists()
    partial = partial_path(resumed)
    assert len(partial.read_text(encoding="utf-8").splitlines()) == 7
    with partial.open("a", encoding="utf-8") as handle:  # a kill mid-line
        handle.write('{"schema_name":"referat.Meeting","sour')

    monkeypatch.delenv(INTERRUPT_HOOK)
    assert main(["convert", str(src), "-o", str(resumed), "--resume", *args]) == 1
    assert "7 already done" in capsys.readouterr().err
    assert resumed.read_bytes() == whole.read_bytes()
    assert not partial.exists()
    errors = (tmp_path / "resumed.jsonl.errors.jsonl").read_text(encoding="utf-8")
    assert errors == (tmp_path / "whole.jsonl.errors.jsonl").read_text(encoding="utf-8")
    assert len(errors.splitlines()) == 1

    # Resuming a finished run converts nothing again; a changed file is converted again.
    _write(src / "2022" / "m05.md", GOOD + "\nÆndret.\n")
    assert main(["convert", str(src), "-o", str(resumed), "--resume", *args]) == 1
    assert "converted 1 of 21 documents" in capsys.readouterr().err
    assert len(_lines(resumed)) == 21  # 20 + the new version of m05 (old one kept)


def test_resume_json_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _archive(tmp_path / "arkiv", 10)
    out = tmp_path / "tree"
    monkeypatch.setenv(INTERRUPT_HOOK, "4")
    assert main(["convert", str(src), "-o", str(out), "-q", "--workers", "1"]) == 130
    assert len(list(out.rglob("*.json"))) == 4
    assert not list(out.rglob("*.tmp"))
    monkeypatch.delenv(INTERRUPT_HOOK)
    capsys.readouterr()
    assert main(["convert", str(src), "-o", str(out), "-q", "--resume"]) == 0
    assert "converted 6 of 10 documents" in capsys.readouterr().err
    assert len(list(out.rglob("*.json"))) == 10


def test_progress_styles() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    bar = Progress(total=4, stream=stream, style="bar")
    task = Task("a.md", "a.md")
    for _ in range(3):
        bar.update(Result(task))
    bar._shown = 0.0  # force a redraw
    bar.update(Result(task, error=None, skipped=True))
    bar.close()
    text = stream.getvalue()
    assert "\r[" in text
    assert "4/4 files" in text
    assert "files/s" in text
    assert "ETA" in text
    assert text.endswith("0 failed\x1b[K\n")

    lines = io.StringIO()
    quiet = Progress(total=2, stream=lines, style="lines", interval=0.0)
    quiet.update(Result(task))
    assert lines.getvalue().startswith("referat: 1/2 files  50%")
    assert "\r" not in lines.getvalue()


def test_convert_progress_when_not_a_tty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _archive(tmp_path / "arkiv", 3)
    assert main(["convert", str(src), "-o", str(tmp_path / "o.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err
    assert err.count("\n") == 1


def test_make_demo_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo"
    assert main(["convert", str(ROOT / "examples"), "-o", str(out), "--format", "json"]) == 0
    assert main(["summary", str(out)]) == 0
    assert "8 documents" in capsys.readouterr().out


def test_fixture_cases_convert_like_parse(tmp_path: Path) -> None:
    out = tmp_path / "cases.jsonl"
    code = main(["convert", str(CASES), "-o", str(out), "-q"])
    empty = [p for p in CASES.glob("*/input.md") if p.stat().st_size == 0]
    assert code == (1 if empty else 0)
    records = _lines(out)
    for record in records[:5]:
        name = str(record["source"]["name"])  # type: ignore[index]
        expected = parse((CASES / name).read_bytes(), source=name)
        assert record == json.loads(expected.model_dump_json())


def test_python_dash_m_exits_with_the_code(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "referat", "parse", str(tmp_path / "missing.md")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "cannot read" in done.stderr
