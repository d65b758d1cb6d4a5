"""Candidate generation for registry look-ups: a blocking-key -> name-row inverted index.

The registry (``registry.py``) turns every registered name and alias into a handful of short
*blocking keys* (folded full name, first name + surname, first name + surname prefix, ...; see
docs/registry.md). This module only stores ``key -> rows`` and answers "which name rows carry any
of these keys". Two stores implement that:

* :class:`MemoryStore` - a dict; built at load time. Used for ordinary registries.
* :class:`SqliteStore` - a table of (64-bit key hash, row) in an SQLite file beside the source
  (``<registry>.referat-index.sqlite``), keyed by the source files' SHA-256 so it is rebuilt
  automatically when a source changes. Used for large registries, where building the keys takes
  longer than reading them back and a dict of millions of keys would cost too much memory.

A hash collision in the SQLite store only adds a spurious candidate, which the scorer discards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
import contextlib
import hashlib
import os
from pathlib import Path
import sqlite3
from typing import Protocol

INDEX_VERSION = 3
"""Bump when the key scheme changes: old index files are then rebuilt."""

INDEX_SUFFIX = ".referat-index.sqlite"
_CHUNK = 500  # SQLite variable limit is 32766 in modern builds; stay far below.


def key_hash(key: str) -> int:
    """A stable signed 64-bit hash of a key (Python's ``hash`` is salted per process)."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class Store(Protocol):
    """Maps blocking keys to name rows."""

    def rows(self, keys: Iterable[str], *, cap: int) -> list[int]:
        """Distinct rows carrying any of ``keys`` (at most ``cap``; order unspecified)."""
        ...

    def present(self, keys: Iterable[str]) -> set[str]:
        """The subset of ``keys`` that occur in the index."""
        ...


class MemoryStore:
    """A plain dict index: fastest look-ups, memory grows with the registry."""

    __slots__ = ("_map",)

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        index: dict[str, list[int]] = {}
        for key, row in pairs:
            bucket = index.get(key)
            if bucket is None:
                index[key] = [row]
            elif bucket[-1] != row:
                bucket.append(row)
        self._map = index

    def __len__(self) -> int:
        return len(self._map)

    def rows(self, keys: Iterable[str], *, cap: int) -> list[int]:
        out: dict[int, None] = {}
        for key in keys:
            for row in self._map.get(key, ()):
                out[row] = None
                if len(out) >= cap:
                    return list(out)
        return list(out)

    def present(self, keys: Iterable[str]) -> set[str]:
        return {k for k in keys if k in self._map}


class SqliteStore:
    """Postings in an SQLite file; opened read-only after it is built."""

    __slots__ = ("_db", "path")

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def close(self) -> None:
        self._db.close()

    def rows(self, keys: Iterable[str], *, cap: int) -> list[int]:
        hashes = list(dict.fromkeys(key_hash(k) for k in keys))
        out: dict[int, None] = {}
        for start in range(0, len(hashes), _CHUNK):
            chunk = hashes[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT row FROM k WHERE h IN ({marks}) LIMIT {cap - len(out)}"
            for (row,) in self._db.execute(query, chunk):
                out[int(row)] = None
            if len(out) >= cap:
                break
        return list(out)

    def present(self, keys: Iterable[str]) -> set[str]:
        by_hash: dict[int, list[str]] = {}
        for k in keys:
            by_hash.setdefault(key_hash(k), []).append(k)
        hashes = list(by_hash)
        found: set[str] = set()
        for start in range(0, len(hashes), _CHUNK):
            chunk = hashes[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT DISTINCT h FROM k WHERE h IN ({marks})"
            for (h,) in self._db.execute(query, chunk):
                found.update(by_hash[int(h)])
        return found


def index_path(source: Path) -> Path:
    """Where the persisted index of ``source`` lives."""
    return source.with_name(source.name + INDEX_SUFFIX)


def fingerprint(sources: Iterable[Path]) -> str:
    """SHA-256 over the bytes of every source file (and the index version)."""
    h = hashlib.sha256(f"referat-index-{INDEX_VERSION}".encode())
    for src in sources:
        h.update(str(src.name).encode("utf-8") + b"\0")
        with src.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


def _stored_fingerprint(path: Path) -> str | None:
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = db.execute("SELECT value FROM meta WHERE name = 'fingerprint'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        db.close()
    return str(row[0]) if row else None


def open_or_build(
    path: Path, fp: str, pairs: Callable[[], Iterator[tuple[str, int]]]
) -> SqliteStore:
    """Open the index at ``path`` when its fingerprint is ``fp``; otherwise (re)build it.

    The build writes a temporary file and renames it into place, so a reader never sees a half
    written index and concurrent builders do not corrupt each other. Raises ``OSError`` or
    ``sqlite3.Error`` when the directory is not writable (the caller falls back to memory).
    """
    if path.exists() and _stored_fingerprint(path) == fp:
        return SqliteStore(path)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    db = sqlite3.connect(tmp)
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
        db.execute("CREATE TABLE k (h INTEGER NOT NULL, row INTEGER NOT NULL)")
        db.executemany(
            "INSERT INTO k VALUES (?, ?)", ((key_hash(key), row) for key, row in pairs())
        )
        db.execute("CREATE INDEX k_h ON k (h)")
        db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fp,))
        db.execute("INSERT INTO meta VALUES ('version', ?)", (str(INDEX_VERSION),))
        db.commit()
    except BaseException:
        db.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    db.close()
    tmp.replace(path)
    return SqliteStore(path)
