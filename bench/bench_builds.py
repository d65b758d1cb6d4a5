"""The pure and the compiled build measured alternately, each in fresh processes.

    make compiled && python bench/bench_builds.py [--rounds 3] [--cold]

Each round runs ``bench_parse``'s measurement (best of 5 per document, referat.parse ÷
markdown-it's tokenize of the same text, in the same process) once with ``.venv`` (pure Python)
and once with ``.venv-compiled`` (mypyc), and prints the range over the rounds of the seed's and
the 1 MB document's ratio and of the median and total ratio over all documents. Alternating
keeps the noise of this machine from favouring either build. ``--cold`` empties referat's
caches before every timed parse (``bench_parse --cold``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
import subprocess
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUILDS = {
    "pure": ROOT / ".venv" / "bin" / "python",
    "compiled": ROOT / ".venv-compiled" / "bin" / "python",
}
SEED, BIG = "beslutningsreferat.md", "synthetic-1MB.md"

_ONE_RUN = r"""
import json, statistics, sys
sys.path.insert(0, sys.argv[1])
import bench_parse as b
from markdown_it import MarkdownIt
md = MarkdownIt("commonmark").enable("table")
out, ratios, parse_total, tokenize_total, rows = {}, [], 0.0, 0.0, []
cold = b.clear_caches if sys.argv[2] == "cold" else None
for name, text in b._documents([]):
    tok = b._best(lambda: md.parse(text), 5)
    par = b._best(lambda: b.referat.parse(text, source=name), 5, cold)
    ratios.append(par / tok)
    parse_total, tokenize_total = parse_total + par, tokenize_total + tok
    out[name] = [par * 1e3, par / tok]
    rows.append((name, par, tok))
out["median"], out["total"] = statistics.median(ratios), parse_total / tokenize_total
out["sets"] = {k: p / t for k, (n, p, t) in b.set_totals(rows).items()}
print(json.dumps(out))
"""


def _run(python: Path, caches: str) -> dict[str, Any]:
    done = subprocess.run(
        [str(python), "-c", _ONE_RUN, str(ROOT / "bench"), caches],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _span(values: list[float], fmt: str) -> str:
    return f"{min(values):{fmt}}-{max(values):{fmt}}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="empty referat's caches first")
    args = parser.parse_args()
    missing = [name for name, python in BUILDS.items() if not python.exists()]
    if missing:
        raise SystemExit(f"missing build(s) {missing}: run make venv and make compiled first")
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in BUILDS}
    for _ in range(args.rounds):
        for name, python in BUILDS.items():
            runs[name].append(_run(python, "cold" if args.cold else "warm"))
    caches = "cold" if args.cold else "warm"
    print(f"ratio to markdown-it tokenize, range over {args.rounds} alternating rounds, {caches}")
    for name, results in runs.items():
        parts = []
        for doc in (SEED, BIG):
            if doc in results[0]:
                ms = [float(r[doc][0]) for r in results]
                ratio = [float(r[doc][1]) for r in results]
                parts.append(f"{doc.split('.')[0]} {_span(ratio, '.2f')}x ({_span(ms, '.1f')} ms)")
        for kind in results[0]["sets"]:
            if kind not in ("seed", "1 MB"):
                totals = [float(r["sets"][kind]) for r in results]
                parts.append(f"{kind} total {_span(totals, '.2f')}x")
        median = [float(r["median"]) for r in results]
        total = [float(r["total"]) for r in results]
        parts += [f"median {_span(median, '.2f')}x", f"total {_span(total, '.2f')}x"]
        print(f"{name:9} " + " | ".join(parts))


if __name__ == "__main__":
    main()
