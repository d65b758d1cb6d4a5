"""Throughput of ``referat convert`` (1 and 2 workers), its overhead over bare ``referat.parse``,
and (with ``--rss``) peak memory for a small versus a large archive.

    python bench/bench_convert.py [--count 20000] [--repeat 1] [--slice 2000] [--rss]

The archive is generated from tests/fixtures/cases/*/input.md and examples/ (varied styles),
every document made unique by an appended line, 100 files per directory, and cut into slices
(top-level directories) of ``--slice`` documents.

The four runs (bare ``referat.parse`` of the bytes in memory, parse + JSON, ``convert -w1``,
``convert -w2``) are **interleaved slice by slice**: each slice is timed in all four ways before
the next one, and the order of the four is rotated every repeat. On a shared machine the load
changes over minutes; whole-archive runs one after the other measured that load as much as the
code (the same build gave -12 % to +30 % "overhead"). Paired slices see the same load, so the
overhead is computed from the sums over all slices and repeats. Every run starts with the parser's
caches cleared (as a fresh ``referat`` process would), after an untimed warm-up that imports and
compiles everything once. ``convert`` runs once per slice, so its per-run costs (discovery count,
pool start-up) are paid once per slice: the measured overhead is, if anything, too high.
``--slice 0`` times the whole archive in one go per run (the old way).

CPU seconds (this process, plus the pool workers for -w2) are shown next to the wall time: they
are much less affected by other jobs than the wall time.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
import contextlib
import io
import json
import os
from pathlib import Path
import resource
import subprocess
import sys
import tempfile
import time

from bench_parse import clear_caches  # empties referat's caches, so no run starts warm

import referat
from referat._source import decode
from referat.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent

RSS_SCRIPT = """
import json, resource, sys
from referat.cli import main
code = main(sys.argv[1:])
self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": code, "main_mb": self_kb / 1024, "worker_mb": children_kb / 1024}))
"""


def templates() -> list[tuple[str, bytes]]:
    """The source documents: every non-empty fixture input and example (UTF-16 skipped)."""
    paths = sorted((ROOT / "tests" / "fixtures" / "cases").glob("*/input.md"))
    paths += sorted((ROOT / "examples").rglob("*.md"))
    out = []
    for p in paths:
        data = p.read_bytes()
        if data and decode(data).encoding != "utf-16":
            style = p.parent.name if p.name == "input.md" else p.stem
            out.append((style, data))
    return out


def generate(root: Path, count: int, slice_size: int = 0) -> int:
    """Write ``count`` unique documents under ``root``; returns their total size in bytes.

    With ``slice_size``, the documents are cut into top-level directories ``s000``, ``s001`` ...
    of ``slice_size`` documents each (with 100 files per directory below them).
    """
    docs = templates()
    total = 0
    for i in range(count):
        style, data = docs[i % len(docs)]
        top = root / f"s{i // slice_size:03d}" if slice_size else root
        folder = top / f"{i // 100:05d}"
        if i % 100 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        body = data + f"\n\nArkivnummer {i}.\n".encode()
        (folder / f"{style}-{i:07d}.md").write_bytes(body)
        total += len(body)
    return total


def warm_up() -> None:
    """Untimed: parse and serialise every template once (imports, regexes, pydantic)."""
    for style, data in templates():
        referat.parse(data, source=style).model_dump_json()


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(run: Callable[[], None]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of ``run``, started with cold parser caches."""
    clear_caches()
    c0, t0 = cpu_seconds(), time.perf_counter()
    run()
    return time.perf_counter() - t0, cpu_seconds() - c0


def convert_run(source: Path, out: Path, workers: int) -> Callable[[], None]:
    def run() -> None:
        out.unlink(missing_ok=True)
        argv = ["convert", str(source), "-o", str(out), "--workers", str(workers), "-q"]
        with contextlib.redirect_stderr(io.StringIO()):  # the summary line of every run
            code = cli_main(argv)
        assert code == 0, f"convert failed with {code}"

    return run


def bare_run(source: Path, *, dump: bool) -> Callable[[], None]:
    """``referat.parse`` of the slice's files, read into memory first (reading is not timed)."""
    files = sorted(source.rglob("*.md"))
    docs = [(f.relative_to(source).as_posix(), f.read_bytes()) for f in files]

    def run() -> None:
        for name, data in docs:
            meeting = referat.parse(data, source=name)
            if dump:
                meeting.model_dump_json()

    return run


def rss(archive: Path, out: Path, workers: int) -> dict[str, float]:
    argv = ["convert", str(archive), "-o", str(out), "-q", "--workers", str(workers)]
    done = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT, *argv],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


LABELS = ("bare parse", "parse + JSON", "convert -w1", "convert -w2")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000, help="documents (default 20000)")
    parser.add_argument("--repeat", type=int, default=1, help="rounds over the archive (default 1)")
    parser.add_argument(
        "--slice", type=int, default=2000, help="documents per interleaved slice (0: no slicing)"
    )
    parser.add_argument("--rss", action="store_true", help="also measure peak RSS")
    parser.add_argument("--rss-counts", default="10000,100000", help="archive sizes for --rss")
    parser.add_argument("--dir", help="work directory (default: a temporary one)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        archive = work / "archive"
        t0 = time.perf_counter()
        size = generate(archive, args.count, args.slice)
        mb = size / 1e6
        slices = sorted(archive.iterdir()) if args.slice else [archive]
        print(
            f"archive: {args.count} documents, {mb:.1f} MB, {len(templates())} styles "
            f"(generated in {time.perf_counter() - t0:.1f} s); {os.cpu_count()} CPUs; "
            f"{len(slices)} slice(s), {args.repeat} round(s)"
        )
        warm_up()
        # wall[label][round], cpu[label][round]: sums over the slices of one round
        wall = {label: [0.0] * args.repeat for label in LABELS}
        cpu = {label: [0.0] * args.repeat for label in LABELS}
        for rnd in range(args.repeat):
            order = LABELS[rnd % 4 :] + LABELS[: rnd % 4]  # nobody always runs first
            for k, part in enumerate(slices):
                runs = {
                    "bare parse": bare_run(part, dump=False),
                    "parse + JSON": bare_run(part, dump=True),
                    "convert -w1": convert_run(part, work / f"o1-{k}.jsonl", 1),
                    "convert -w2": convert_run(part, work / f"o2-{k}.jsonl", 2),
                }
                for label in order:
                    w, c = timed(runs[label])
                    wall[label][rnd] += w
                    cpu[label][rnd] += c
                one, two = (work / f"o{n}-{k}.jsonl" for n in (1, 2))
                assert one.read_bytes() == two.read_bytes()
            print(
                f"round {rnd + 1}: "
                + ", ".join(f"{label} {wall[label][rnd]:.1f} s" for label in LABELS)
            )
        print(f"{'':<14} {'seconds':>8} {'docs/s':>8} {'MB/s':>6} {'ms/doc':>7} {'CPU ms/doc':>10}")
        for label in LABELS:
            best = min(wall[label])
            print(
                f"{label:<14} {best:8.2f} {args.count / best:8.0f} {mb / best:6.2f} "
                f"{1000 * best / args.count:7.3f} {1000 * min(cpu[label]) / args.count:10.3f}"
            )

        def ratio(a: str, b: str, table: dict[str, list[float]]) -> float:
            return sum(table[a]) / sum(table[b])  # paired: the same slices, interleaved

        print(f"scaling 1 -> 2 workers: {ratio('convert -w1', 'convert -w2', wall):.2f}x")
        for table, what in (
            (wall, "overhead of convert -w1 over bare referat.parse"),
            (cpu, "  the same in CPU time"),
        ):
            overhead = ratio("convert -w1", "bare parse", table) - 1
            json_part = ratio("parse + JSON", "bare parse", table) - 1
            print(
                f"{what}: {100 * overhead:.1f}% "
                f"(of which JSON serialisation {100 * json_part:.1f}%)"
            )

        if args.rss:
            for n in (int(c) for c in args.rss_counts.split(",")):
                big = work / f"rss-{n}"
                generate(big, n)
                r = rss(big, work / f"rss-{n}.jsonl", 2)
                print(
                    f"peak RSS, {n} documents, 2 workers: main {r['main_mb']:.0f} MB, "
                    f"largest worker {r['worker_mb']:.0f} MB"
                )


if __name__ == "__main__":
    main()
