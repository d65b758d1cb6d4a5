"""atheris fuzz target: checks.check_parse (see docs/hardening.md).

Run (see make fuzz): .venv/bin/python fuzz/fuzz_parse.py build/fuzz/parse tests/fuzz/parse
    -max_total_time=20
"""

from __future__ import annotations

import sys

try:
    import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - atheris is in the dev extra
    print("atheris is not installed (pip install atheris); skipping", file=sys.stderr)
    raise SystemExit(0) from None

with atheris.instrument_imports(include=["referat", "markdown_it", "checks"]):
    from checks import check_parse


def main() -> None:
    atheris.Setup(sys.argv, check_parse)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
