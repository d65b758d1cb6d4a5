"""Where a parse spends its instructions, per function, counted by callgrind.

    python bench/profile_instructions.py [--repeat 2] [--top 60] [--self] [--all]
                                         [--callees FUNCTION] [FILES...]

Two processes run under ``valgrind --tool=callgrind``: both load the documents and parse each
once (warm), then one stops and the other parses them ``--repeat`` times more, emptying
referat's caches before each pass (as ``bench_instructions.py --archive``). The difference of
the two profiles, per function and divided by ``--repeat``, is what one pass costs in that
function: inclusive (the default) or its own instructions (``--self``); with ``--callees F``,
what ``F`` spends in each function it calls, with the number of calls per pass. Without
FILES: the corpus. The compiled build (``make compiled``) only: there each of referat's
functions is a function of its own; in the pure build they are all the interpreter's loop.
Without ``--all``, only referat's functions are listed. Needs valgrind and
``callgrind_annotate`` on PATH.

Each of referat's functions is a C function named after its module and name
(``CPyDef__header___HeaderReader____line`` is ``_header.HeaderReader._line``); the warm parse,
which compiles the vocabulary's patterns, drops out of the difference.
"""

from __future__ import annotations

import argparse
from pathlib import Path
import re
import shutil
import subprocess
import sys
import tempfile

from bench_instructions import BUILDS, ROOT, SHARED

_WORK = r"""
import gc, sys
from pathlib import Path
import referat
from referat._source import decode, normalise
sys.path.insert(0, "bench")
from bench_parse import clear_caches
repeat = int(sys.argv[1])
texts = [normalise(decode(Path(p).read_bytes()).text) for p in sys.argv[2:]]
for text in texts:
    referat.parse(text)
gc.collect()
gc.freeze()
for _ in range(repeat):
    clear_caches()
    for text in texts:
        referat.parse(text)
"""

_ROW = re.compile(r"\s*([\d,]+) \([^)]*\)\s+([<>*]?)\s*(\S+?):(\S+)(?: \(([\d,]+)x\))?")


def _profile(python: Path, repeat: int, files: list[str], out: Path) -> None:
    subprocess.run(
        [
            *("valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"),
            *(str(python), "-c", _WORK, str(repeat), *files),
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _annotate(out: Path, *options: str) -> str:
    return subprocess.run(
        ["callgrind_annotate", "--threshold=100", *options, str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _summary(text: str) -> int:
    """The profile's total instructions."""
    m = re.search(r"^\s*([\d,]+) \([^)]*\)\s+PROGRAM TOTALS", text, re.MULTILINE)
    return int(m.group(1).replace(",", "")) if m is not None else 0


def _totals(text: str) -> dict[str, int]:
    """Instructions per function name (a name listed under several source files: summed)."""
    found: dict[str, int] = {}
    for line in text.splitlines():
        m = _ROW.match(line)
        if m is not None and not m.group(2):
            found[m.group(4)] = found.get(m.group(4), 0) + int(m.group(1).replace(",", ""))
    return found


def _callees(text: str, function: str) -> dict[str, tuple[int, int]]:
    """What ``function`` spends in each function it calls, and how many calls."""
    found: dict[str, tuple[int, int]] = {}
    inside = False
    for line in text.splitlines():
        m = _ROW.match(line)
        if m is None:
            if not line.strip():
                inside = False
            continue
        if m.group(2) == "*":
            inside = m.group(4) == function
        elif inside and m.group(2) == ">":
            cost, calls = found.get(m.group(4), (0, 0))
            count = int((m.group(5) or "0").replace(",", ""))
            found[m.group(4)] = (cost + int(m.group(1).replace(",", "")), calls + count)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--self", action="store_true", help="own instructions, not inclusive")
    parser.add_argument("--all", action="store_true", help="every function, not only referat's")
    parser.add_argument("--callees", metavar="FUNCTION")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    if shutil.which("valgrind") is None or shutil.which("callgrind_annotate") is None:
        sys.exit("needs valgrind and callgrind_annotate on PATH")
    files = args.files or [str(p) for p in sorted((SHARED / "corpus" / "real").glob("*.md"))]
    python = BUILDS["compiled"]
    with tempfile.TemporaryDirectory() as tmp:
        warm, passes = Path(tmp) / "warm.out", Path(tmp) / "passes.out"
        _profile(python, 0, files, warm)
        _profile(python, args.repeat, files, passes)
        if args.callees:
            options = ("--tree=calling", "--inclusive=yes")
            before = _callees(_annotate(warm, *options), args.callees)
            after = _callees(_annotate(passes, *options), args.callees)
            rows = [
                ((c - before.get(k, (0, 0))[0]) / args.repeat, (n - before.get(k, (0, 0))[1]), k)
                for k, (c, n) in after.items()
            ]
            for cost, calls, name in sorted(rows, reverse=True)[: args.top]:
                print(f"{cost / 1e6:9.2f} M {calls // args.repeat:9d} calls  {name}")
            return
        inclusive = "--inclusive=no" if args.self else "--inclusive=yes"
        warm_text, passes_text = _annotate(warm, inclusive), _annotate(passes, inclusive)
        before_totals, after_totals = _totals(warm_text), _totals(passes_text)
    rows_total = [((v - before_totals.get(k, 0)) / args.repeat, k) for k, v in after_totals.items()]
    print(f"{(_summary(passes_text) - _summary(warm_text)) / args.repeat / 1e6:9.2f} M  a pass")
    if not args.all:
        rows_total = [(cost, name) for cost, name in rows_total if name.startswith("CPyDef_")]
    for cost, name in sorted(rows_total, reverse=True)[: args.top]:
        print(f"{cost / 1e6:9.2f} M  {name}")


if __name__ == "__main__":
    main()
