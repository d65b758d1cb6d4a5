"""``Anchored`` answers as its pattern: the first-character gate never turns away a match.

The gate's characters are read from Python's regex parser (``referat._first``); these tests
check them against the engine itself, for every pattern the package makes with ``anchored``, on
generated matches with each Latin-1 character (and a few wider ones that ignoring case treats
specially) put in front of them and in place of their first character."""

from __future__ import annotations

import importlib
import pkgutil
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import pytest

import referat
from referat import _first
from referat._first import Anchored, anchored, first_chars
from referat._memo import COMPILED

_OPTIONAL = ("__main__", "dask")  # the command line's entry, the optional Dask extra
_MODULES = [
    importlib.import_module(f"referat.{m.name}")
    for m in pkgutil.iter_modules(referat.__path__)
    if m.name not in _OPTIONAL
]
# every pattern of the package made by ``anchored`` (after importing every module), gated
_GATED = [Anchored(regex) for regex in dict.fromkeys(_first.made)]
_IDS = [gated.regex.pattern[:40] for gated in _GATED]
_FRONTS = [chr(c) for c in range(256)] + ["K", "ſ", "İ", "ı", "μ", "—", "–", "“", "Ω"]


def test_every_module_was_imported() -> None:
    assert len(_GATED) >= 30


def test_each_build_gets_its_cheaper_form() -> None:
    """Compiled, the modules hold ``Anchored`` patterns; interpreted, the plain patterns (the
    gate's Python costs more than it saves there)."""
    wrapped = [
        value
        for module in _MODULES
        for value in vars(module).values()
        if isinstance(value, Anchored)
    ]
    if COMPILED:
        assert len(wrapped) >= 30
        assert all(value.regex in _first.made for value in wrapped)
    else:
        assert wrapped == []


@pytest.mark.parametrize("gated", _GATED, ids=_IDS)
def test_every_instance_has_a_gate(gated: Anchored) -> None:
    """A pattern without first characters gains nothing from the wrapper."""
    assert first_chars(gated.regex) is not None


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    return (found and (found.span(), found.groups())) == (
        expected and (expected.span(), expected.groups())
    )


@pytest.mark.parametrize("gated", _GATED, ids=_IDS)
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_anchored_matches_as_its_pattern(gated: Anchored, data: st.DataObject) -> None:
    regex = gated.regex
    text = data.draw(st.from_regex(regex))  # holds a match, with text around it
    for pos in range(-1, len(text) + 2):
        assert _same(gated.match(text, pos), regex.match(text, pos)), (text, pos)
    assert _same(gated.fullmatch(text), regex.fullmatch(text))
    for front in _FRONTS:  # every character before the text and in place of its first
        for variant in (front + text, front + text[1:]):
            assert _same(gated.match(variant), regex.match(variant)), variant
            assert _same(gated.fullmatch(variant), regex.fullmatch(variant)), variant


def _chars(pattern: str, flags: int = 0) -> set[str]:
    found = first_chars(re.compile(pattern, flags))
    assert found is not None
    return set(found)


def test_first_characters_of_literals_classes_and_alternatives() -> None:
    assert _chars(r"^(?:x+|n\.?n\.?|-+|\.+|tbd)$") == set("xn-.t")
    assert _chars(r"^\s*(?:[-*_=]\s*){3,}$") == {
        *"-*_=",
        *(c for c in map(chr, range(256)) if c.isspace()),  # \s: "\x1c", "\x85", "\xa0" too
    }
    assert _chars(r"(?:ad\s+)?\d") == set("a0123456789")
    assert _chars(r"a{0}b") == {"b"}
    assert _chars(r"(?<=x)\bab") == {"a"}  # look-behinds take no character
    letters = {c for c in map(chr, range(256)) if c.isalnum() and not c.isdecimal()}  # and "²"
    assert _chars(r"[^\W\d_]") == letters


def test_flags_are_the_engines_own() -> None:
    assert _chars("k", re.IGNORECASE) == {"k", "K"}
    assert _chars(r"(?i:k)|x") == {"k", "K", "x"}
    assert _chars(r"(?-i:k)", re.IGNORECASE) == {"k"}
    assert "µ" in _chars("μ", re.IGNORECASE)  # micro sign folds to mu
    assert _chars(r"\w", re.ASCII) == set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
    )
    # the Kelvin sign matches "k" when ignoring case: past Latin-1, the gate lets it through
    assert anchored("k", re.IGNORECASE).match("\u212a") is not None


@pytest.mark.parametrize(
    "pattern", [r"a?", r"x*|y", r"^$", r"\b", r"(a)?\1", r".x", r"(a)?(?(1)a|b)"]
)
def test_no_gate_where_the_opening_is_not_read_or_may_be_empty(pattern: str) -> None:
    assert first_chars(re.compile(pattern)) is None
    for text in ("", "bx", "aax"):
        assert _same(anchored(pattern).match(text), re.match(pattern, text))


def test_positions_and_empty_texts() -> None:
    gated = anchored(r"\d+")
    assert gated.match("") is None
    assert gated.match("ab12", 2) is not None
    assert gated.match("ab12", 4) is None
    assert gated.match("12", -3) is not None  # a negative position reads from the start
    assert gated.fullmatch("12x") is None
    assert gated.fullmatch("12") is not None
