"""Deterministic replay of the fuzz corpus: every file under tests/fuzz/*/ through its check.

``tests/fuzz/<target>/`` holds the seeds and interesting inputs of the atheris target
``fuzz/fuzz_<target>.py``; ``tests/fuzz/found/<target>-<name>`` holds minimised crashes (regression
fixtures). The checks live in ``fuzz/checks.py`` and do not need atheris.
"""

from __future__ import annotations

from collections.abc import Callable
import importlib.util
from pathlib import Path
import sys

import pytest

from support import ROOT

CORPUS = ROOT / "tests" / "fuzz"
TARGETS = ("parse", "registry", "dates", "blocks")
# Known, not yet fixed parser bugs: file name under tests/fuzz/found -> reason (strict xfail).
KNOWN_BUGS: dict[str, str] = {}


def _load_checks() -> dict[str, Callable[[bytes], None]]:
    spec = importlib.util.spec_from_file_location(
        "referat_fuzz_checks", ROOT / "fuzz" / "checks.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return {target: getattr(module, f"check_{target}") for target in TARGETS}


CHECKS = _load_checks()


def _cases() -> list[object]:
    cases: list[object] = []
    for target in TARGETS:
        for path in sorted((CORPUS / target).iterdir()):
            if path.is_file():
                cases.append(pytest.param(target, path, id=f"{target}/{path.name}"))
    for path in sorted((CORPUS / "found").iterdir()):
        if not path.is_file() or path.name.startswith((".", "README")):
            continue
        target = path.name.split("-", 1)[0]
        assert target in TARGETS, f"{path}: name must start with one of {TARGETS} and '-'"
        marks = []
        if path.name in KNOWN_BUGS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[path.name]))
        cases.append(pytest.param(target, path, id=f"found/{path.name}", marks=marks))
    return cases


def test_every_target_has_seeds() -> None:
    for target in TARGETS:
        assert any((CORPUS / target).iterdir()), target


@pytest.mark.parametrize(("target", "path"), _cases())
def test_corpus_file(target: str, path: Path) -> None:
    CHECKS[target](path.read_bytes())
