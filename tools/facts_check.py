"""Check hand-written facts of new documents: the facts that do not hold, per document.

    python tools/facts_check.py DIR_OR_FILE...

Each ``NAME.md`` with a ``NAME.facts.json`` beside it (the format of ``tests/facts.py`` and the
fixtures' ``facts.json``; a ``notes`` key is not checked) is parsed with the ``referat`` on
``sys.path``, so ``PYTHONPATH=<another checkout>/src`` compares two versions on the same
documents. Prints each mismatch and the total.
"""

from __future__ import annotations

import json
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import referat

from facts import mismatches


def _documents(args: list[str]) -> list[Path]:
    found: list[Path] = []
    for arg in args:
        path = Path(arg)
        found += sorted(path.glob("*.md")) if path.is_dir() else [path]
    return [p for p in found if p.with_suffix(".facts.json").exists()]


def main(args: list[str]) -> int:
    total = 0
    documents = _documents(args)
    for path in documents:
        facts = json.loads(path.with_suffix(".facts.json").read_text(encoding="utf-8"))
        facts.pop("notes", None)
        problems = mismatches(referat.parse_file(path), facts)
        total += len(problems)
        if problems:
            print(f"== {path} ({len(problems)})")
            for problem in problems:
                print("   ", problem[:400])
    print(f"TOTAL {total} over {len(documents)} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
