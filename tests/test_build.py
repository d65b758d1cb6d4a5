"""Which build of the parser the tests run: pure Python (``make test``) or the mypyc-compiled
wheel (``make test-compiled``, which sets ``REFERAT_EXPECT_COMPILED=1``)."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
import tomllib

ROOT = Path(__file__).resolve().parent.parent


def _compiled_modules() -> list[str]:
    """The modules pyproject.toml's mypyc hook compiles (``src/referat/x.py`` -> ``referat.x``)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    return [f"referat.{Path(path).stem}" for path in hook["include"]]


def test_the_compiled_list_names_the_pipeline() -> None:
    names = set(_compiled_modules())
    assert {"referat._extract", "referat._header", "referat._when", "referat._scan"} <= names
    for name in names:
        assert (ROOT / "src" / "referat" / f"{name.split('.')[1]}.py").exists(), name


def test_the_build_under_test_is_the_one_asked_for() -> None:
    expected = os.environ.get("REFERAT_EXPECT_COMPILED") == "1"
    for name in _compiled_modules():
        module = importlib.import_module(name)
        compiled = not str(module.__file__).endswith(".py")
        assert compiled == expected, f"{module.__name__} from {module.__file__}"
