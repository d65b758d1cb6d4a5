"""Instructions, not seconds: referat.parse ÷ markdown-it's tokenize, counted by callgrind.

    python bench/bench_instructions.py [--build pure|compiled|both] [--repeat 3] [FILES...]

Wall-clock ratios on these shared two-core machines move by 20-40 % from one run to the next
(``bench_builds.py`` prints their range). ``valgrind --tool=callgrind`` counts the machine
instructions a process executes instead: the same program on the same input (and the same
salt of string hashes: every process runs with ``PYTHONHASHSEED=0``) gives the same count
whatever else the machine is doing, so two versions of the parser can be compared exactly.
An instruction is not a nanosecond (cache misses and branch mispredictions cost time, not
instructions), so this complements the timed benchmarks; it does not replace them.

For each build, three processes run under callgrind with the same documents loaded and parsed
once (warm), then their heap frozen (``gc.freeze()``: a collection during the passes walks
only what the passes allocate, so where a full walk of the heap happens to fall does not move
one count and not another): one that stops there, one that then tokenizes every document
``--repeat`` times with markdown-it, and one that parses every document ``--repeat`` times
with referat. With
``--archive`` referat's caches are emptied before every pass (``bench_parse.clear_caches``, in
both the tokenize and the parse process, so its own small cost counts on both sides): each
pass reads the documents as an archive read once does. The
differences to the first are the instructions of the work itself, without interpreter start,
imports or file reading. Without FILES: the seed, the corpus and the examples, each counted
alone, and all of them together. Needs valgrind (on PATH); about a minute per build.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BUILDS = {
    "pure": ROOT / ".venv" / "bin" / "python",
    "compiled": ROOT / ".venv-compiled" / "bin" / "python",
}

_WORK = r"""
import sys
from pathlib import Path
import referat
import gc
from markdown_it import MarkdownIt
from referat._source import decode, normalise
sys.path.insert(0, "bench")
from bench_parse import clear_caches
md = MarkdownIt("commonmark").enable("table")
what, repeat, archive = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "archive"
texts = [normalise(decode(Path(p).read_bytes()).text) for p in sys.argv[4:]]
for text in texts:
    referat.parse(text)
    md.parse(text)
gc.collect()
gc.freeze()  # the heap built so far is no garbage: the passes' collections walk their own objects
for _ in range(repeat if what != "none" else 0):
    if archive:
        clear_caches()
    for text in texts:
        if what == "referat":
            referat.parse(text)
        else:
            md.parse(text)
"""
_COLLECTED = re.compile(r"Collected : (\d+)")
# String hashes are salted per process: the order of sets and the collisions in dicts, and so
# the instructions of the same work, move by about 2 % from one run to the next (markdown-it's
# tokenize of the seed: 39.2 M in one run, 40.0 M in another). One fixed salt for every process
# makes two runs of the same code give the same counts.
_FIXED_HASHES = {**os.environ, "PYTHONHASHSEED": "0"}


def _count(python: Path, what: str, repeat: int, files: list[Path], *, archive: bool) -> int:
    """Instructions executed by one process (callgrind's total)."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={tmp}/out",
                str(python),
                "-c",
                _WORK,
                what,
                str(repeat),
                "archive" if archive else "warm",
                *map(str, files),
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=_FIXED_HASHES,
        )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def _ratio(
    python: Path, repeat: int, files: list[Path], *, archive: bool
) -> tuple[float, float, float]:
    """(referat instructions per parse, markdown-it's, their ratio), per pass over ``files``."""
    base = _count(python, "none", repeat, files, archive=archive)
    tokenize = (_count(python, "md", repeat, files, archive=archive) - base) / repeat
    parse = (_count(python, "referat", repeat, files, archive=archive) - base) / repeat
    return parse, tokenize, parse / tokenize


def _default_groups() -> dict[str, list[Path]]:
    seed = SHARED / "seed" / "beslutningsreferat.md"
    corpus = sorted((SHARED / "corpus" / "real").glob("*.md"))
    examples = sorted((ROOT / "examples").rglob("*.md"))
    groups = {"seed": [seed] if seed.exists() else [], "corpus": corpus, "examples": examples}
    groups["all"] = groups["seed"] + corpus + examples
    return {name: paths for name, paths in groups.items() if paths}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", choices=["pure", "compiled", "both"], default="both")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--archive",
        action="store_true",
        help="empty referat's caches before every pass, as an archive read once sees them",
    )
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    builds = list(BUILDS) if args.build == "both" else [args.build]
    groups = {"files": [Path(f) for f in args.files]} if args.files else _default_groups()
    version = sys.version.split()[0]
    kind = "as an archive (caches emptied before each pass)" if args.archive else "warm"
    print(f"instructions per pass (callgrind), referat.parse ÷ markdown-it tokenize, {version}")
    print(f"caches: {kind}")
    for build in builds:
        python = BUILDS[build]
        if not python.exists():
            raise SystemExit(f"missing {python}: run make venv / make compiled first")
        for name, files in groups.items():
            parse, tokenize, ratio = _ratio(python, args.repeat, files, archive=args.archive)
            print(
                f"{build:9} {name:9} {len(files):3d} docs  referat {parse / 1e6:8.1f} M"
                f"  markdown-it {tokenize / 1e6:8.1f} M  ratio {ratio:5.2f}x"
            )


if __name__ == "__main__":
    main()
