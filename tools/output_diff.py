"""Full-output regression check: dump every document's Meeting, then compare two dumps.

    python tools/output_diff.py dump OUT.json [GLOB...]
    python tools/output_diff.py diff BEFORE.json AFTER.json [--lines N] [--new-defaults]

``dump`` parses the fixtures, the examples, the fuzz seeds, the seed and the corpus (when
``../shared`` is present) and any further globs with the ``referat`` on ``sys.path``
(``PYTHONPATH=<another checkout>/src`` dumps another version); ``diff`` lists the documents
whose output changed, with the first N lines of each JSON difference. With
``--new-defaults``, a key that only AFTER has is left out where its value is a default (false,
null, an empty list): a field added to the model shows only where it says something.
"""

from __future__ import annotations

import difflib
import glob
import json
from pathlib import Path
import sys
from typing import Any

import referat

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GLOBS = (
    "tests/fixtures/**/*.md",
    "examples/**/*.md",
    "tests/fuzz/**/*",
    "../shared/seed/*.md",
    "../shared/corpus/real/*.md",
)


def dump(out: Path, globs: list[str]) -> int:
    patterns = [str(ROOT / g) for g in DEFAULT_GLOBS] + globs
    found = (f for p in patterns for f in glob.glob(p, recursive=True))  # noqa: PTH207
    # (an answer sheet beside a blind document, "NN-slug.EXPECTED.md", is no document)
    files = sorted({f for f in found if Path(f).is_file() and not f.endswith(".EXPECTED.md")})
    result: dict[str, Any] = {}
    for name in files:
        try:
            result[name] = referat.parse(Path(name).read_bytes()).model_dump(mode="json")
        except Exception as error:  # a crash is output too
            result[name] = {"error": repr(error)}
    out.write_text(json.dumps(result, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{len(files)} documents")
    return 0


def _without_new_defaults(old: Any, new: Any) -> Any:
    """``new`` without the keys ``old`` lacks whose value is false, null or empty."""
    if isinstance(new, dict):
        known = old if isinstance(old, dict) else {}
        return {
            k: _without_new_defaults(known.get(k), v)
            for k, v in new.items()
            if k in known or v not in (False, None, [], {})
        }
    if isinstance(new, list) and isinstance(old, list):
        return [_without_new_defaults(o, n) for o, n in zip(old, new, strict=False)] + new[
            len(old) :
        ]
    return new


def diff(before: Path, after: Path, lines: int, *, new_defaults: bool = False) -> int:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    if new_defaults:
        b = {name: _without_new_defaults(a.get(name), meeting) for name, meeting in b.items()}
    changed = [name for name in sorted(a.keys() | b.keys()) if a.get(name) != b.get(name)]
    for name in changed:
        print("CHANGED", name)
        x = json.dumps(a.get(name), indent=1, ensure_ascii=False, sort_keys=True).splitlines()
        y = json.dumps(b.get(name), indent=1, ensure_ascii=False, sort_keys=True).splitlines()
        for line in list(difflib.unified_diff(x, y, lineterm="", n=1))[:lines]:
            print("  ", line)
    print(f"documents changed: {len(changed)} of {len(a.keys() | b.keys())}")
    return 0


def main(args: list[str]) -> int:
    if len(args) >= 2 and args[0] == "dump":
        return dump(Path(args[1]), args[2:])
    if len(args) >= 3 and args[0] == "diff":
        rest = args[3:]
        lines = int(rest[rest.index("--lines") + 1]) if "--lines" in rest[:-1] else 0
        return diff(Path(args[1]), Path(args[2]), lines, new_defaults="--new-defaults" in rest)
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
