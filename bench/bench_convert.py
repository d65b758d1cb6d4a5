"""Throughput of ``referat convert`` (1 and 2 workers), its overhead over bare ``referat.parse``,
and (with ``--rss``) peak memory for a small versus a large archive.

    python bench/bench_convert.py [--count 20000] [--repeat 1] [--rss] [--rss-counts 10000,100000]

The archive is generated from tests/fixtures/cases/*/input.md and examples/ (varied styles),
every document made unique by an appended line, 100 files per directory.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
import subprocess
import sys
import tempfile
import time

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


def generate(root: Path, count: int) -> int:
    """Write ``count`` unique documents under ``root``; returns their total size in bytes."""
    docs = templates()
    total = 0
    for i in range(count):
        style, data = docs[i % len(docs)]
        folder = root / f"{i // 100:05d}"
        if i % 100 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        body = data + f"\n\nArkivnummer {i}.\n".encode()
        (folder / f"{style}-{i:07d}.md").write_bytes(body)
        total += len(body)
    return total


def time_convert(archive: Path, out: Path, workers: int) -> float:
    out.unlink(missing_ok=True)
    t0 = time.perf_counter()
    code = cli_main(["convert", str(archive), "-o", str(out), "--workers", str(workers), "-q"])
    elapsed = time.perf_counter() - t0
    assert code == 0, f"convert failed with {code}"
    return elapsed


def time_bare(archive: Path, *, dump: bool) -> float:
    files = sorted(archive.rglob("*.md"))
    docs = [(f.relative_to(archive).as_posix(), f.read_bytes()) for f in files]
    t0 = time.perf_counter()
    for name, data in docs:
        meeting = referat.parse(data, source=name)
        if dump:
            meeting.model_dump_json()
    return time.perf_counter() - t0


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000, help="documents (default 20000)")
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs (default 1)")
    parser.add_argument("--rss", action="store_true", help="also measure peak RSS")
    parser.add_argument("--rss-counts", default="10000,100000", help="archive sizes for --rss")
    parser.add_argument("--dir", help="work directory (default: a temporary one)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        archive = work / "archive"
        t0 = time.perf_counter()
        size = generate(archive, args.count)
        mb = size / 1e6
        print(
            f"archive: {args.count} documents, {mb:.1f} MB, {len(templates())} styles "
            f"(generated in {time.perf_counter() - t0:.1f} s); {os.cpu_count()} CPUs"
        )
        best: dict[str, float] = {}
        for _ in range(args.repeat):  # interleaved: these machines are noisy
            runs = {
                "bare parse": lambda: time_bare(archive, dump=False),
                "parse + JSON": lambda: time_bare(archive, dump=True),
                "convert -w1": lambda: time_convert(archive, work / "o1.jsonl", 1),
                "convert -w2": lambda: time_convert(archive, work / "o2.jsonl", 2),
            }
            for label, run in runs.items():
                elapsed = run()
                best[label] = min(best.get(label, elapsed), elapsed)
        assert (work / "o1.jsonl").read_bytes() == (work / "o2.jsonl").read_bytes()
        print(f"{'':<14} {'seconds':>8} {'docs/s':>8} {'MB/s':>6} {'ms/doc':>7}")
        for label, elapsed in best.items():
            print(
                f"{label:<14} {elapsed:8.2f} {args.count / elapsed:8.0f} {mb / elapsed:6.2f} "
                f"{1000 * elapsed / args.count:7.3f}"
            )
        scaling = best["convert -w1"] / best["convert -w2"]
        overhead = best["convert -w1"] / best["bare parse"] - 1
        json_part = best["parse + JSON"] / best["bare parse"] - 1
        print(f"scaling 1 -> 2 workers: {scaling:.2f}x")
        print(
            f"overhead of convert -w1 over bare referat.parse: {100 * overhead:.1f}% "
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
