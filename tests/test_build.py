"""Which build of the parser the tests run: pure Python (``make test``) or the mypyc-compiled
wheel (``make test-compiled``, which sets ``REFERAT_EXPECT_COMPILED=1``)."""

from __future__ import annotations

import os

from referat import _blocks, _closed, _coverage, _extract, _forward, _fuzzy, _scan, _source, _votes

COMPILED_MODULES = (
    _blocks,
    _closed,
    _coverage,
    _extract,
    _forward,
    _fuzzy,
    _scan,
    _source,
    _votes,
)


def test_the_build_under_test_is_the_one_asked_for() -> None:
    expected = os.environ.get("REFERAT_EXPECT_COMPILED") == "1"
    for module in COMPILED_MODULES:
        compiled = not str(module.__file__).endswith(".py")
        assert compiled == expected, f"{module.__name__} from {module.__file__}"
