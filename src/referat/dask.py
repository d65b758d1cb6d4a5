"""referat on a Dask cluster (optional extra: ``pip install 'referat[dask]'``).

The same per-file work as ``referat convert`` (read, parse, isolate failures), spread over the
workers of a Dask cluster and reading from anything ``fsspec`` can open: local or shared disks,
``s3://``, ``gs://``, ``abfs://`` ...::

    from dask.distributed import Client
    import referat.dask

    client = Client("tcp://scheduler:8786")
    referat.dask.convert("s3://archive/minutes/**/*.md", "s3://lake/meetings/")

    bag = referat.dask.read_minutes("/shared/minutes/")
    bag.filter(lambda m: m["date"] and m["date"] >= "2024").count().compute()

``urlpath`` is a directory (walked recursively for ``*.md``, ``*.markdown`` and ``*.txt``), a
glob, or a single file. Files are taken in sorted order and named, in ``source.name``, relative
to the directory or to the glob's fixed prefix, exactly as ``referat convert`` names them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
import functools
import importlib
from typing import TYPE_CHECKING, Any, Literal

from referat._batch import SUFFIXES, BatchError, EmptyFileError, is_glob, parse_file_bytes

if TYPE_CHECKING:
    from dask.bag import Bag

    from referat.models import Meeting

try:  # dask and fsspec are only partly typed: used through Any, checked by the tests
    dask: Any = importlib.import_module("dask")
    db: Any = importlib.import_module("dask.bag")
    fsspec: Any = importlib.import_module("fsspec")
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "referat.dask needs Dask: pip install 'referat[dask]' (dask[bag], distributed)"
    ) from exc

__all__ = ("ConvertResult", "convert", "list_minutes", "read_minutes")

OnError = Literal["skip", "keep", "raise"]
ERROR_SCHEMA = "referat.BatchError"


@dataclass(frozen=True, slots=True)
class ConvertResult:
    """What :func:`convert` wrote."""

    partitions: int
    converted: int
    failed: int
    skipped_partitions: int


def _fs(urlpath: str, storage_options: dict[str, Any] | None) -> tuple[Any, str]:
    fs, path = fsspec.core.url_to_fs(urlpath, **(storage_options or {}))
    return fs, str(path)


def _relative(path: str, root: str) -> str:
    root = root.rstrip("/")
    if root and path.startswith(root + "/"):
        return path[len(root) + 1 :]
    return path.rsplit("/", 1)[-1]


def list_minutes(
    urlpath: str, *, storage_options: dict[str, Any] | None = None
) -> list[tuple[str, str]]:
    """``(path, source name)`` pairs of the inputs under ``urlpath``, in sorted order."""
    fs, path = _fs(urlpath, storage_options)
    if is_glob(path):
        fixed = []
        for part in path.split("/"):
            if is_glob(part):
                break
            fixed.append(part)
        root = "/".join(fixed)
        paths = [p for p in fs.glob(path) if not fs.isdir(p)]
    elif fs.isdir(path):
        root = path
        paths = [p for p in fs.find(path) if p.lower().endswith(SUFFIXES)]
    else:
        root = path.rsplit("/", 1)[0] if "/" in path else ""
        paths = [path]
    return [(p, _relative(p, root)) for p in sorted(paths)]


@functools.lru_cache(maxsize=4)
def _registry_from_path(path: str) -> object:
    from referat._batch import load_registry

    return load_registry(path)


def _convert_one(
    fs: Any, registry: object, path: str, name: str, every: bool = False
) -> list[Meeting] | BatchError:
    """The file's Meeting (with ``every``, each of its meetings) or a BatchError; never raises."""
    try:
        data: bytes = fs.cat_file(path)
        if not data:
            raise EmptyFileError(f"{path}: file is empty (0 bytes)")
        reg = _registry_from_path(registry) if isinstance(registry, str) else registry
        return parse_file_bytes(data, name, reg, every=every)
    except Exception as exc:
        return BatchError(path, type(exc).__name__, str(exc))


def _error_record(error: BatchError) -> dict[str, str]:
    return {
        "schema_name": ERROR_SCHEMA,
        "path": error.path,
        "error_type": error.error_type,
        "message": error.message,
    }


def _read_partition(
    items: Sequence[tuple[str, str]],
    fs: Any,
    registry: object,
    on_error: OnError,
    every: bool = False,
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path, name in items:
        result = _convert_one(fs, registry, path, name, every)
        if isinstance(result, BatchError):
            if on_error == "raise":
                raise RuntimeError(f"{result.path}: {result.error_type}: {result.message}")
            if on_error == "keep":
                out.append(_error_record(result))
        else:
            out += (meeting.model_dump(mode="json") for meeting in result)
    return out


def read_minutes(
    urlpath: str,
    *,
    registry: object = None,
    files_per_partition: int = 256,
    on_error: OnError = "skip",
    storage_options: dict[str, Any] | None = None,
    meetings: bool = False,
) -> Bag:
    """A Dask bag of Meeting dicts (``Meeting.model_dump(mode="json")``), one per input file
    (with ``meetings``, one per meeting of each file: ``parse_meetings``).

    ``on_error``: files that cannot be converted are dropped (``"skip"``), kept as
    ``{"schema_name": "referat.BatchError", "path", "error_type", "message"}`` records
    (``"keep"``), or fail the computation (``"raise"``). ``registry`` is the path of a registry
    (loaded once per worker) or a loaded registry object.
    """
    fs, _ = _fs(urlpath, storage_options)
    items = list_minutes(urlpath, storage_options=storage_options)
    if not items:
        empty: Bag = db.from_sequence([], npartitions=1)
        return empty
    bag: Bag = db.from_sequence(items, partition_size=max(1, files_per_partition)).map_partitions(
        _read_partition, fs, registry, on_error, meetings
    )
    return bag


def _write_partition(
    items: Sequence[tuple[str, str]],
    index: int,
    fs: Any,
    registry: object,
    out_fs: Any,
    out_dir: str,
    resume: bool,
    every: bool = False,
) -> tuple[int, int, bool]:
    """Convert one partition to ``part-NNNNN.jsonl`` (+ its errors), written atomically."""
    final = f"{out_dir}/part-{index:05d}.jsonl"
    errors_final = f"{out_dir}/errors/part-{index:05d}.jsonl"
    if resume and out_fs.exists(final) and out_fs.exists(errors_final):
        return 0, 0, True
    converted = failed = 0
    lines: list[str] = []
    errors: list[str] = []
    for path, name in items:
        result = _convert_one(fs, registry, path, name, every)
        if isinstance(result, BatchError):
            errors.append(result.to_json() + "\n")
            failed += 1
        else:
            lines += (meeting.model_dump_json() + "\n" for meeting in result)
            converted += 1
    for target, text in ((errors_final, "".join(errors)), (final, "".join(lines))):
        tmp = target + ".tmp"
        with out_fs.open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
        out_fs.mv(tmp, target)  # a rename locally; object stores write whole objects anyway
    return converted, failed, False


def _partitions(items: list[tuple[str, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def convert(
    urlpath: str,
    out_dir: str,
    *,
    registry: object = None,
    files_per_partition: int = 256,
    resume: bool = False,
    storage_options: dict[str, Any] | None = None,
    out_storage_options: dict[str, Any] | None = None,
    meetings: bool = False,
) -> ConvertResult:
    """Convert every file under ``urlpath`` to partitioned JSON Lines under ``out_dir``.

    Writes ``out_dir/part-00000.jsonl``, ... (one Meeting per line, in input order within and
    across parts) and ``out_dir/errors/part-00000.jsonl``, ... (failed files). Runs on the current
    Dask scheduler (a ``distributed.Client`` if one is active). Each part appears atomically;
    ``resume=True`` skips parts that exist (partitioning is deterministic for the same input
    listing and ``files_per_partition``). With ``meetings``, every meeting of a file of several
    is a line (``parse_meetings``; ``source.meeting`` numbers them).
    """
    fs, _ = _fs(urlpath, storage_options)
    out_fs, out_path = _fs(out_dir, out_storage_options)
    out_path = out_path.rstrip("/")
    out_fs.makedirs(f"{out_path}/errors", exist_ok=True)
    items = list_minutes(urlpath, storage_options=storage_options)
    size = max(1, files_per_partition)
    tasks = [
        dask.delayed(_write_partition, pure=False)(
            part, i, fs, registry, out_fs, out_path, resume, meetings
        )
        for i, part in enumerate(_partitions(items, size))
    ]
    results: tuple[tuple[int, int, bool], ...] = dask.compute(*tasks)
    return ConvertResult(
        partitions=len(results),
        converted=sum(r[0] for r in results),
        failed=sum(r[1] for r in results),
        skipped_partitions=sum(1 for r in results if r[2]),
    )
