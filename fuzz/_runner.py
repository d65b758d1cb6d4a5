"""The body shared by the atheris fuzz scripts: instrument referat, run one check of checks.py."""

from __future__ import annotations

import sys


def run(check_name: str) -> None:
    """Fuzz ``checks.<check_name>`` with atheris (exit 0 with a note when it is not installed)."""
    try:
        import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - atheris is in the dev extra
        print("atheris is not installed (pip install atheris); skipping", file=sys.stderr)
        raise SystemExit(0) from None

    with atheris.instrument_imports(include=["referat", "markdown_it", "checks"]):
        import checks

    atheris.Setup(sys.argv, getattr(checks, check_name))
    atheris.Fuzz()
