"""Batch machinery shared by ``referat convert`` and :func:`parse_many`.

One pipeline, four parts:

1. **Discovery** (:func:`iter_tasks`): files, directories (walked recursively in sorted order,
   streaming: memory is bounded by the largest directory, not the archive) and globs become
   :class:`Task` objects carrying the path to read and the name to record (relative to the root).
2. **Execution** (:func:`execute`): tasks are cut into small chunks and sent to a process pool with
   a bounded window of chunks in flight; results come back **in input order** and nothing else is
   held in memory. One worker runs in-process without a pool. A worker that dies (segfault, out of
   memory, killed) breaks only the files it might have been working on: they are retried one at a
   time in a fresh pool and the culprit becomes an error.
3. **Error isolation** (:func:`run_task`): every per-file failure (unreadable, a directory named
   like a file, a 0-byte file, too large, an unexpected exception inside the parser) becomes a
   :class:`BatchError` result instead of an exception.
4. **Sinks** (:func:`convert`): JSON Lines are appended, one complete line at a time and flushed,
   to ``OUT.partial`` which is renamed to ``OUT`` when the run completes; the JSON tree is written
   file by file (temp file + rename) by the workers themselves. ``resume`` skips documents already
   in the output, keyed by source name + sha256.

Test hooks (read in the parent process when a batch starts, so they work with any start method):
``REFERAT_TEST_RAISE_ON=substring`` makes the parse of matching paths raise ``RuntimeError``;
``REFERAT_TEST_CRASH_ON=substring`` makes a *worker process* exit abruptly on matching paths;
``REFERAT_TEST_INTERRUPT_AFTER=K`` raises ``KeyboardInterrupt`` in ``convert`` after K documents
have been written (simulates Ctrl-C).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
import glob
import hashlib
import json
import multiprocessing
import os
from pathlib import Path
import re
import shutil
import signal
import stat
import sys
import tempfile
import time
import traceback
from typing import Any, BinaryIO, Literal, TextIO, TypeVar

from pydantic import TypeAdapter

from referat import _api
from referat.diagnostics import InputTooLargeError, ReferatError, SourceError
from referat.models import Meeting

SUFFIXES = (".md", ".markdown", ".txt")
"""File suffixes picked up when walking a directory (case-insensitive)."""

RAISE_HOOK = "REFERAT_TEST_RAISE_ON"
CRASH_HOOK = "REFERAT_TEST_CRASH_ON"
INTERRUPT_HOOK = "REFERAT_TEST_INTERRUPT_AFTER"

DEFAULT_CHUNKSIZE = 32
"""Files per task sent to a worker: small documents parse in milliseconds, so a chunk amortises
the inter-process round trip (futures, pickling, queue threads: with 8 files per chunk this cost
the main process 0.12-0.16 ms of CPU per document, with 32 about 0.07 ms) while keeping the
in-order window short (``4 * workers`` chunks)."""

Mode = Literal["meeting", "jsonl", "json"]
P = TypeVar("P", bound="str | os.PathLike[str]")


class EmptyFileError(SourceError):
    """The file has no bytes at all (typically a failed export or copy)."""


@dataclass(frozen=True, slots=True)
class BatchError:
    """A file of a batch that could not be converted. The batch itself carries on."""

    path: str
    error_type: str
    message: str

    def to_json(self) -> str:
        """One line of the errors file."""
        record = {"path": self.path, "error_type": self.error_type, "message": self.message}
        return json.dumps(record, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Task:
    """One input: the path to read and the ``source.name`` to record for it."""

    path: str
    name: str
    problem: str | None = None  # a failure found during discovery (e.g. unreadable directory)


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of one task: a Meeting, a JSON line (UTF-8, no newline), nothing
    (written/skipped) or an error."""

    task: Task
    value: Meeting | bytes | None = None
    error: BatchError | None = None
    skipped: bool = False


@dataclass(frozen=True, slots=True)
class Job:
    """What every worker needs to know; sent once per worker, not per file."""

    mode: Mode
    out_dir: str | None = None
    registry: object = None
    resume: bool = False
    done: frozenset[bytes] = frozenset()
    max_bytes: int = _api.DEFAULT_MAX_BYTES
    raise_on: str | None = None
    crash_on: str | None = None
    every: bool = False  # every meeting of a file (parse_meetings), not only the first

    @classmethod
    def create(cls, mode: Mode, **kwargs: Any) -> Job:
        """A job with the test hooks taken from the environment of the calling process."""
        return cls(
            mode=mode,
            raise_on=os.environ.get(RAISE_HOOK) or None,
            crash_on=os.environ.get(CRASH_HOOK) or None,
            **kwargs,
        )


# -- discovery ----------------------------------------------------------------------------------


def is_glob(source: str) -> bool:
    """True when the source contains glob metacharacters."""
    return any(ch in source for ch in "*?[")


def _glob_root(pattern: str) -> str:
    parts = Path(pattern).parts
    fixed: list[str] = []
    for part in parts:
        if is_glob(part):
            break
        fixed.append(part)
    return str(Path(*fixed)) if fixed else "."


def _relative(path: str, root: str) -> str:
    rel = os.path.relpath(path, root)
    if rel.startswith(".."):
        rel = Path(path).name
    return rel.replace(os.sep, "/")


def _looks_like_minutes(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def _walk(directory: str, prefix: str) -> Iterator[Task]:
    """Sorted, streaming walk. Hidden entries are skipped, symlinked directories not followed."""
    try:
        with os.scandir(directory) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield Task(directory, prefix or ".", problem=f"cannot list directory: {exc.strerror}")
        return
    for entry in entries:
        name = prefix + entry.name
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = not is_dir and entry.is_file()
        except OSError:  # pragma: no cover - vanished between listing and stat
            continue
        if is_dir:
            if _looks_like_minutes(entry.name):
                yield Task(entry.path, name)  # fails as "is a directory": worth reporting
            yield from _walk(entry.path, name + "/")
        elif is_file and _looks_like_minutes(entry.name):
            yield Task(entry.path, name)


def iter_tasks(sources: Iterable[str]) -> Iterator[Task]:
    """The inputs of a batch in order: each source in turn, each walked or matched in sorted order.

    A directory contributes its ``*.md``, ``*.markdown`` and ``*.txt`` files (recursively), named
    relative to the directory; a glob its matches, named relative to its non-glob prefix; a file
    itself, named by its file name.
    """
    for src in sources:
        if is_glob(src):
            root = _glob_root(src)
            for match in sorted(_glob(src)):
                rel = _relative(match, root)
                if Path(match).is_dir():
                    if _looks_like_minutes(match):
                        yield Task(match, rel)
                    yield from _walk(match, rel + "/")
                else:
                    yield Task(match, rel)
        elif Path(src).is_dir():
            yield from _walk(src, "")
        else:
            yield Task(src, Path(src).name or src)


def _glob(pattern: str) -> Iterator[str]:
    return glob.iglob(pattern, recursive=True)  # noqa: PTH207 - recursive patterns, str results


def missing_sources(sources: Sequence[str]) -> list[str]:
    """Sources that name nothing: paths that do not exist and globs without matches."""
    missing = []
    for src in sources:
        if is_glob(src):
            if next(_glob(src), None) is None:
                missing.append(src)
        elif not os.path.lexists(src):
            missing.append(src)
    return missing


# -- per-file work (runs in the workers) --------------------------------------------------------


def _key(name: str, sha256: str) -> bytes:
    return hashlib.blake2b(f"{name}\0{sha256}".encode(), digest_size=16).digest()


def read_bytes(path: str, max_bytes: int = _api.DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, with the same errors as ``parse_file``.

    One ``open``, one ``fstat`` and the reads: no ``Path`` objects and no buffered file object on
    this per-document path (it runs once for every file of an archive).
    """
    try:
        try:
            fd = os.open(path, _OPEN_FLAGS)
        except OSError:
            if Path(path).is_dir():  # where directories cannot be opened (Windows)
                raise SourceError(f"{path}: is a directory") from None
            raise
        try:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise SourceError(f"{path}: is a directory")
            if st.st_size > max_bytes:
                raise InputTooLargeError(
                    f"{path}: file is {st.st_size} bytes, over the limit of {max_bytes} bytes"
                )
            return _read_all(fd, st.st_size)
        finally:
            os.close(fd)
    except OSError as exc:
        if isinstance(exc, ReferatError):
            raise
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from exc


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _read_all(fd: int, size: int) -> bytes:
    """Read to the end of the file; ``size`` (from fstat) is a hint, the file may have changed."""
    parts: list[bytes] = []
    chunk = os.read(fd, size + 1)  # usually the whole file; the next read sees the end
    while chunk:
        parts.append(chunk)
        chunk = os.read(fd, 65536)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def parse_bytes(
    data: bytes, name: str, registry: object = None, max_bytes: int | None = None
) -> Meeting:
    """``referat.parse`` with the registry passed only when one is given."""
    return parse_file_bytes(data, name, registry, max_bytes, every=False)[0]


def parse_file_bytes(
    data: bytes, name: str, registry: object = None, max_bytes: int | None = None, *, every: bool
) -> list[Meeting]:
    """``[referat.parse(...)]``, or with ``every`` each meeting of the file
    (``referat.parse_meetings``); the registry passed only when one is given."""
    extra: dict[str, Any] = {} if registry is None else {"registry": registry}
    limit = _api.DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if every:
        return _api.parse_meetings(data, source=name, max_bytes=limit, **extra)
    return [_api.parse(data, source=name, max_bytes=limit, **extra)]


def _json_target(out_dir: str, name: str, index: int = 0) -> str:
    """Where the JSON of meeting ``index`` of file ``name`` goes: ``a/b.json`` for ``a/b.md``,
    and for the meetings after the first (``--meetings``) ``a/b.2.json``, ``a/b.3.json`` ..."""
    rel = Path(name)
    suffix = ".json" if index == 0 else f".{index + 1}.json"
    return str(Path(out_dir) / (rel.with_suffix(suffix) if rel.suffix else f"{name}{suffix}"))


def _json_done(target: str, name: str, sha256: str) -> bool:
    try:
        with open(target, encoding="utf-8") as handle:  # noqa: PTH123
            source = json.load(handle).get("source", {})
    except (OSError, ValueError, AttributeError):
        return False
    return (
        isinstance(source, dict) and source.get("name") == name and source.get("sha256") == sha256
    )


_MEETING = TypeAdapter(Meeting)


def json_line(meeting: Meeting) -> bytes:
    """``meeting.model_dump_json().encode()`` without the round trip through ``str``: the bytes
    pydantic serialises are written as they are."""
    return _MEETING.dump_json(meeting)


def atomic_write(target: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``target`` via a temporary file in the same directory and a rename."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ReferatError):
        return str(exc)
    frames = traceback.extract_tb(exc.__traceback__)
    where = ""
    if frames:
        last = frames[-1]
        where = f" (at {Path(last.filename).name}:{last.lineno} in {last.name})"
    return f"{exc}{where}"


def run_task(job: Job, task: Task, *, in_worker: bool = False) -> Result:
    """Convert one file; every failure is returned as a :class:`BatchError`, never raised."""
    try:
        if task.problem is not None:
            raise SourceError(f"{task.path}: {task.problem}")
        data = read_bytes(task.path, job.max_bytes)
        if not data:
            raise EmptyFileError(f"{task.path}: file is empty (0 bytes)")
        if job.resume:
            sha = hashlib.sha256(data).hexdigest()
            if job.mode == "json" and job.out_dir is not None:
                if _json_done(_json_target(job.out_dir, task.name), task.name, sha):
                    return Result(task, skipped=True)
            elif _key(task.name, sha) in job.done:
                return Result(task, skipped=True)
        if in_worker and job.crash_on is not None and job.crash_on in task.path:
            os._exit(70)  # test hook: a worker dying mid-file
        if job.raise_on is not None and job.raise_on in task.path:
            raise RuntimeError(f"test hook {RAISE_HOOK} matched {task.path}")
        meetings = parse_file_bytes(data, task.name, job.registry, job.max_bytes, every=job.every)
        if job.mode == "meeting":
            return Result(task, meetings[0])
        if job.mode == "jsonl":  # (a file's meetings in one write: resume sees all or none)
            return Result(task, b"\n".join(map(json_line, meetings)))
        assert job.out_dir is not None
        for index in reversed(range(len(meetings))):  # the first last: resume looks for it
            target = _json_target(job.out_dir, task.name, index)
            atomic_write(target, meetings[index].model_dump_json(indent=2))
        return Result(task)
    except Exception as exc:
        return Result(task, error=BatchError(task.path, type(exc).__name__, _describe(exc)))


_WORKER_JOB: Job | None = None


def _init_worker(job: Job) -> None:
    global _WORKER_JOB
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    _WORKER_JOB = job


def _run_chunk(chunk: list[Task]) -> list[Result]:
    job = _WORKER_JOB
    assert job is not None, "worker not initialised"
    return [run_task(job, task, in_worker=True) for task in chunk]


# -- ordered parallel execution -----------------------------------------------------------------


def default_workers() -> int:
    """All usable cores."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _context() -> Any:
    # fork is fast and inherits the loaded parser; from 3.12 on it warns in threaded processes,
    # so prefer forkserver there (the hooks travel in the Job, not the environment).
    methods = multiprocessing.get_all_start_methods()
    if sys.version_info >= (3, 12) and "forkserver" in methods:
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context()


class _Pool:
    def __init__(self, job: Job, workers: int) -> None:
        self.job, self.workers = job, workers
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(self.job,),
        )

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()

    def submit(self, chunk: list[Task]) -> Future[list[Result]]:
        return self.executor.submit(_run_chunk, chunk)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _one_by_one(pool: _Pool, suspects: list[Task]) -> Iterator[Result]:
    """After a worker died: run the files that were in flight one at a time to find the culprit."""
    for task in suspects:
        try:
            yield from pool.submit([task]).result()
        except BrokenProcessPool:
            message = "the worker process died while converting this file (crash, memory, kill)"
            yield Result(task, error=BatchError(task.path, "WorkerCrashed", message))
            pool.restart()


def execute(
    tasks: Iterable[Task], job: Job, *, workers: int, chunksize: int = DEFAULT_CHUNKSIZE
) -> Generator[Result, None, None]:
    """Run ``job`` over ``tasks``; yields one :class:`Result` per task, in input order.

    At most ``4 * workers`` chunks are in flight, so memory does not grow with the input.
    """
    if workers <= 1:
        for task in tasks:
            yield run_task(job, task)
        return
    pool = _Pool(job, workers)
    window = 4 * workers
    pending: deque[tuple[list[Task], Future[list[Result]]]] = deque()
    chunks = _chunks(tasks, max(1, chunksize))
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.append((chunk, pool.submit(chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                suspects = chunk + [task for c, _ in pending for task in c]
                pending.clear()
                pool.restart()
                yield from _one_by_one(pool, suspects)
                continue
            yield from results
    finally:
        pool.close()


# -- registry -----------------------------------------------------------------------------------


def load_registry(path: str | os.PathLike[str]) -> object:
    """Load a registry file (``referat.registry.load_registry``).

    Raises:
        RegistryError: the file is missing or malformed.
    """
    from referat.registry import load_registry as load  # the registry is loaded on demand

    return load(Path(path))


def _resolve_registry(registry: object) -> object:
    if isinstance(registry, str | os.PathLike):
        return load_registry(registry)
    return registry


# -- Python API ---------------------------------------------------------------------------------


def _fspath(path: str | os.PathLike[str]) -> str:
    return os.fspath(path)


def parse_many(
    paths: Iterable[P],
    *,
    registry: object = None,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Generator[tuple[P, Meeting | BatchError], None, None]:
    """Parse many files in parallel; yields ``(path, Meeting | BatchError)`` in input order.

    The same machinery as ``referat convert``: a process pool over all cores by default
    (``workers=1`` parses in this process), a bounded window of work in flight (``paths`` may be
    a lazy iterable of any length) and per-file error isolation: a file that cannot be read or
    makes the parser fail yields a :class:`BatchError`; the rest carry on. ``registry`` is a
    loaded registry or the path of one. ``source.name`` of each Meeting is ``str(path)``.
    """
    job = Job.create("meeting", registry=_resolve_registry(registry))
    originals: deque[P] = deque()

    def tasks() -> Iterator[Task]:
        for path in paths:
            originals.append(path)
            name = _fspath(path)
            yield Task(name, name)

    n = default_workers() if workers is None else workers
    for result in execute(tasks(), job, workers=n, chunksize=chunksize):
        original = originals.popleft()
        if result.error is not None:
            yield original, result.error
        else:
            assert isinstance(result.value, Meeting)
            yield original, result.value


# -- progress -----------------------------------------------------------------------------------


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


@dataclass(slots=True)
class Progress:
    """A progress bar on a terminal, a line every ``interval`` seconds otherwise, or nothing."""

    total: int
    stream: TextIO
    style: Literal["bar", "lines", "none"]
    interval: float = 10.0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.monotonic)
    _shown: float = field(default_factory=time.monotonic)

    def update(self, result: Result) -> None:
        """Count one result and redraw when due."""
        self.done += 1
        if result.error is not None:
            self.failed += 1
        elif result.skipped:
            self.skipped += 1
        if self.style == "none":
            return
        now = time.monotonic()
        due = 0.1 if self.style == "bar" else self.interval
        if now - self._shown >= due:
            self._shown = now
            self._draw(now)

    def _status(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        remaining = (self.total - self.done) / rate if rate > 0 else 0.0
        pct = 100 * self.done / self.total if self.total else 100.0
        return (
            f"{self.done}/{self.total} files {pct:3.0f}%  {rate:.1f} files/s  "
            f"ETA {_clock(remaining)}  {self.failed} failed"
        )

    def _draw(self, now: float) -> None:
        if self.style == "bar":
            width = 24
            filled = int(width * self.done / self.total) if self.total else width
            bar = "#" * filled + "." * (width - filled)
            self.stream.write(f"\r[{bar}] {self._status(now)}\x1b[K")
        else:
            self.stream.write(f"referat: {self._status(now)}\n")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final state (and end the bar's line)."""
        if self.style == "bar":
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


# -- convert ------------------------------------------------------------------------------------

_SOURCE_RE = re.compile(
    r'"source":\{"name":("(?:[^"\\]|\\.)*"),"sha256":"([0-9a-f]{64})"'
    r'(?:,"lines":\d+,"encoding":"(?:[^"\\]|\\.)*","meeting":\d+,"meetings":(\d+))?'
)


def _line_key(line: str) -> bytes | None:
    found = _line_source(line)
    return None if found is None else found[0]


def _line_source(line: str) -> tuple[bytes, int] | None:
    """The key of the file a JSON line is from, and how many meetings that file holds."""
    match = _SOURCE_RE.search(line, 0, 4096)
    if match is not None:
        count = int(match.group(3)) if match.group(3) else 1
        return _key(json.loads(match.group(1)), match.group(2)), count
    try:
        source = json.loads(line)["source"]
        return _key(source["name"], source["sha256"]), int(source.get("meetings", 1))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _done(partial: Path, every: bool) -> frozenset[bytes]:
    """The files a JSON Lines file holds whole: a line each, or with ``every`` (``--meetings``)
    a line for each of their meetings. The lines of a file held in part (its meetings cut by a
    kill, or written by a run without ``--meetings``) are taken out, to be written again."""
    counts: Counter[bytes] = Counter()
    needed: dict[bytes, int] = {}
    with partial.open(encoding="utf-8") as existing:
        for found in map(_line_source, existing):
            if found is not None:
                counts[found[0]] += 1
                needed[found[0]] = found[1] if every else 1
    short = {key for key, n in counts.items() if n < needed[key]}
    if short:
        with partial.open(encoding="utf-8") as existing:
            kept = [line for line in existing if _line_key(line) not in short]
        atomic_write(partial, "".join(kept))
    return frozenset(counts.keys() - short)


def _repair(partial: Path) -> None:
    """Cut a trailing half-written line (after a kill) so that the file holds whole lines."""
    with partial.open("rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            return
        pos = size
        block = 65536
        while pos > 0:
            start = max(0, pos - block)
            handle.seek(start)
            chunk = handle.read(pos - start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                handle.truncate(start + newline + 1)
                return
            pos = start
        handle.truncate(0)


@dataclass(slots=True)
class ConvertStats:
    """What a ``convert`` run did."""

    total: int = 0
    converted: int = 0
    skipped: int = 0
    failed: int = 0
    interrupted: bool = False
    seconds: float = 0.0


def partial_path(out: Path) -> Path:
    """Where JSON Lines are appended until the run completes."""
    return out.with_name(out.name + ".partial")


def convert(
    sources: Sequence[str],
    out: str | os.PathLike[str],
    *,
    fmt: Literal["jsonl", "json"] = "jsonl",
    workers: int | None = None,
    resume: bool = False,
    errors: str | os.PathLike[str] | None = None,
    registry: object = None,
    progress: Literal["auto", "bar", "lines", "none"] = "auto",
    stream: TextIO | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    meetings: bool = False,
) -> ConvertStats:
    """Convert an archive; see ``referat convert``. Failures go to the errors file, not up.
    With ``meetings``, every meeting of a file (``parse_meetings``), each a line or a file."""
    stream = sys.stderr if stream is None else stream
    out_path = Path(out)
    errors_path = (
        Path(errors) if errors is not None else out_path.with_name(out_path.name + ".errors.jsonl")
    )
    total = sum(1 for _ in iter_tasks(sources))
    style: Literal["bar", "lines", "none"] = (
        ("bar" if stream.isatty() else "lines") if progress == "auto" else progress
    )
    bar = Progress(total=total, stream=stream, style=style)
    stats = ConvertStats(total=total)
    interrupt_after = int(os.environ.get(INTERRUPT_HOOK) or 0)

    done: frozenset[bytes] = frozenset()
    partial = partial_path(out_path)
    handle: BinaryIO | None = None
    if fmt == "jsonl":
        out_path.parent.mkdir(parents=True, exist_ok=True)
        if resume and not partial.exists() and out_path.exists():
            shutil.copyfile(out_path, partial)
        if resume and partial.exists():
            _repair(partial)
            done = _done(partial, meetings)
            handle = partial.open("ab")
        else:
            handle = partial.open("wb")
    else:
        out_path.mkdir(parents=True, exist_ok=True)
    job = Job.create(
        fmt,
        out_dir=str(out_path) if fmt == "json" else None,
        registry=registry,
        resume=resume,
        done=done,
        every=meetings,
    )
    errors_path.parent.mkdir(parents=True, exist_ok=True)
    errors_partial = errors_path.with_name(errors_path.name + ".partial")
    n = default_workers() if workers is None else workers
    written = 0
    results: Generator[Result, None, None] = execute(
        iter_tasks(sources), job, workers=n, chunksize=chunksize
    )
    with errors_partial.open("w", encoding="utf-8") as error_log:
        try:
            for result in results:
                if result.error is not None:
                    error_log.write(result.error.to_json() + "\n")
                    error_log.flush()
                    stats.failed += 1
                elif result.skipped:
                    stats.skipped += 1
                else:
                    if handle is not None:
                        assert isinstance(result.value, bytes)
                        handle.write(result.value + b"\n")
                        handle.flush()  # whole lines only: resume cuts at most a torn last one
                    stats.converted += 1
                    written += 1
                    if interrupt_after and written >= interrupt_after:
                        raise KeyboardInterrupt
                bar.update(result)
        except KeyboardInterrupt:
            stats.interrupted = True
        finally:
            results.close()  # stops the pool now, also on Ctrl-C
            if handle is not None:
                handle.close()
            bar.close()
            stats.seconds = time.monotonic() - bar.started
    errors_partial.replace(errors_path)
    if handle is not None and not stats.interrupted:
        partial.replace(out_path)
    return stats
