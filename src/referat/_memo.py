"""``Memo``: a bounded memo of a pure function of one string, for the compiled pipeline.

The rules ask the same questions of the same texts many times (is this a name? what is the
fold of this line?). ``functools.lru_cache`` answers them, but from compiled code a call to it
is a call of a Python object: a global lookup, an argument tuple, a hash of the tuple. A
``Memo`` is a compiled class; from compiled code a call is a C call and one dict lookup.

It is bounded by count like ``lru_cache``, but emptied whole when full instead of dropping
the oldest entry (no order to keep up on every hit). The functions are pure, so the only
effect of emptying is the cost of computing answers again. Thread-safe under the GIL: a read
or a write is one dict operation. Stdlib only.

Interpreted, it is the other way round: a call of a ``Memo`` is a Python function call, and
``lru_cache``'s wrapper (written in C) is the cheaper memo. ``memo(func, limit)`` gives each
build its cheaper one; both have ``of(text)`` (what the pipeline calls) and ``cache_clear()``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Final, Generic, TypeVar, cast

T = TypeVar("T")

COMPILED: Final = not __file__.endswith((".py", ".pyc"))
"""Whether this module runs compiled (mypyc builds it into an extension module)."""


_MISSING: Final = object()  # no answer remembered (an answer may be None or False)


class Memo(Generic[T]):
    """``func(text)``, remembered for up to ``limit`` texts."""

    def __init__(self, func: Callable[[str], T], limit: int) -> None:
        self._func = func
        self._limit = limit
        self._known: dict[str, T] = {}

    def __call__(self, text: str) -> T:
        return self.of(text)

    def of(self, text: str) -> T:
        """``func(text)``, remembered. The pipeline calls this method, not the memo itself:
        from compiled code a method of a compiled class is a direct C call, while calling the
        object goes through Python's call protocol (a vectorcall into a wrapper that parses the
        arguments, then ``__call__``)."""
        known = self._known
        found: object = known.get(text, _MISSING)  # one lookup on a hit, not "in" and "[]"
        if found is not _MISSING:
            return cast("T", found)
        value = self._func(text)
        if len(known) >= self._limit:
            known.clear()
        known[text] = value
        return value

    def cache_clear(self) -> None:
        """Forget every answer (as ``functools.lru_cache`` does; benchmarks start cold)."""
        self._known.clear()

    def cache_size(self) -> int:
        """How many answers are remembered."""
        return len(self._known)


def memo(func: Callable[[str], T], limit: int) -> Memo[T]:
    """``func``, remembered for up to ``limit`` texts: a ``Memo`` when compiled, else
    ``functools.lru_cache`` (typed as a ``Memo``: interpreted, only its calls, ``of`` (the
    cache itself) and ``cache_clear`` are used)."""
    if COMPILED:
        return Memo(func, limit)
    cached = lru_cache(maxsize=limit)(func)
    cached.of = cached  # type: ignore[attr-defined]  # the method the pipeline calls
    return cast("Memo[T]", cached)
