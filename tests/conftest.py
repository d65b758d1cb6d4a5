"""Shared test configuration: the --update-golden switch and paths."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite golden expected.json files (the run still fails until you review and rerun)",
    )
