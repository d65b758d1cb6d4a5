"""Start-up cost and memory: ``import referat``, the first parse, and peak memory per MB of input.

Every figure comes from fresh interpreters (best of N; these machines are noisy):

    python bench/bench_startup.py [--repeat 7] [--sizes 1,10]

- import: ``python -c "import referat"`` minus ``python -c "pass"`` (interpreter start-up).
- first parse: ``import referat; referat.parse(<seed>)``: what a one-shot script pays, including
  pydantic, markdown-it-py and referat's own modules loading on first use.
- CLI: ``import referat.cli`` (what ``referat --help`` pays before argparse runs).
- memory: peak RSS of parsing a synthetic document of N MB minus the RSS of the same process
  just before, divided by N.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
import subprocess
import sys
import time

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "beslutningsreferat.md"
EXAMPLE = ROOT / "examples" / "vaekstforum-2023-11-21.md"

MEMORY = """
import json, resource, sys
import referat
from pathlib import Path
text = Path(sys.argv[1]).read_text(encoding="utf-8")
target = int(float(sys.argv[2]) * 1_000_000)
big = (text + "\\n\\n") * (target // (len(text) + 2) + 1)
big = big[:target]
referat.parse("# Referat")  # load everything first
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
meeting = referat.parse(big, max_bytes=10**12)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"before_mb": before / 1024, "peak_mb": peak / 1024, "mb": len(big) / 1e6}))
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with bytecode caches, as installed
    return env


def _best(code: str, repeat: int) -> float:
    env = _env()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)  # write .pyc files
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--sizes", default="1,10", help="document sizes in MB for memory")
    args = parser.parse_args()
    doc = SEED if SEED.exists() else EXAMPLE
    base = _best("pass", args.repeat)
    rows = {
        "import referat": _best("import referat", args.repeat),
        "first parse": _best(
            f"import referat; referat.parse(open({str(doc)!r}, 'rb').read())", args.repeat
        ),
        "import referat.cli": _best("import referat.cli", args.repeat),
    }
    print(f"interpreter start-up: {base * 1e3:.0f} ms (subtracted below)")
    for label, seconds in rows.items():
        print(f"{label:<20} {(seconds - base) * 1e3:7.0f} ms")
    for size in args.sizes.split(","):
        done = subprocess.run(
            [sys.executable, "-c", MEMORY, str(doc), size],
            check=True,
            capture_output=True,
            text=True,
            env=_env(),
        )
        m = json.loads(done.stdout)
        per_mb = (m["peak_mb"] - m["before_mb"]) / m["mb"]
        print(
            f"peak memory, {m['mb']:.1f} MB document: +{m['peak_mb'] - m['before_mb']:.0f} MB "
            f"over {m['before_mb']:.0f} MB before = {per_mb:.0f} MB per MB of input"
        )


if __name__ == "__main__":
    main()
