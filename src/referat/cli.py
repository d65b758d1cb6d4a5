"""The ``referat`` command line. ``main(argv) -> int`` only returns exit codes.

Exit codes: 0 clean, 1 documents with errors (or warnings under ``--strict``) or failed files,
2 usage errors and unreadable input, 130 an interrupted ``convert`` (rerun with ``--resume``).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
import json
import os
from pathlib import Path
import sys
from typing import Final, Literal, TextIO

from pydantic import TypeAdapter

from referat import __version__, _batch
from referat._batch import SUFFIXES
from referat.diagnostics import ReferatError
from referat.models import Meeting, Severity

__all__ = ("SUFFIXES", "main", "schema_text")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (never exits)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on usage errors and --help
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except _UsageError as exc:
        print(f"referat: {exc}", file=sys.stderr)
        return EXIT_USAGE


class _UsageError(Exception):
    """Reported as ``referat: message`` with exit code 2."""


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {value!r}")
    return n


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="referat", description="Danish meeting minutes (Markdown) -> validated JSON."
    )
    parser.add_argument("--version", action="version", version=f"referat {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="print the Meeting JSON of one document")
    p.add_argument("file", help="a Markdown file, or - for standard input")
    p.add_argument("--registry", metavar="R", help="a registry of known names to link against")
    p.add_argument("--indent", type=int, default=2, help="JSON indent; 0 for one line (default 2)")
    p.add_argument("--strict", action="store_true", help="exit 1 when the document has errors")
    p.add_argument(
        "--meetings",
        action="store_true",
        help="print a JSON array of every meeting the file holds (parse_meetings)",
    )
    p.set_defaults(handler=_cmd_parse)

    c = sub.add_parser("check", help="lint minutes: print diagnostics")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--registry", metavar="R", help="a registry of known names to link against")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("--strict", action="store_true", help="warnings fail too")
    c.set_defaults(handler=_cmd_check)

    v = sub.add_parser(
        "convert",
        help="convert files, directories or globs to JSON Lines or a tree of JSON files",
        description="Convert an archive of minutes. SRC are files, directories (recursive: "
        + ", ".join(f"*{s}" for s in SUFFIXES)
        + ") or globs, taken in sorted order. One bad file never stops the batch: it is "
        "recorded in the errors file and the exit code is 1.",
    )
    v.add_argument("sources", nargs="+", metavar="SRC")
    v.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="a .jsonl file, or a directory"
    )
    v.add_argument(
        "--format",
        choices=("jsonl", "json"),
        default=None,
        help="jsonl: one Meeting per line; json: a tree of .json files mirroring the input "
        "(default: jsonl when OUT ends in .jsonl or .ndjson, else json)",
    )
    v.add_argument("--registry", metavar="R", help="a registry of known names to link against")
    v.add_argument(
        "--workers", type=_workers, default=None, metavar="N", help="processes (default: all cores)"
    )
    v.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run; documents already in OUT (same path and sha256) "
        "are not converted again",
    )
    v.add_argument(
        "--errors", metavar="E", help="where failed files are listed (default OUT.errors.jsonl)"
    )
    v.add_argument(
        "--meetings",
        action="store_true",
        help="every meeting of a file of several (parse_meetings): a line each, or with json "
        "a file each (NAME.json, NAME.2.json, ...); source.meeting numbers them",
    )
    v.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    v.set_defaults(handler=_cmd_convert)

    s = sub.add_parser("schema", help="print the JSON Schema of Meeting")
    s.set_defaults(handler=_cmd_schema)

    m = sub.add_parser("summary", help="summarise converted JSON files")
    m.add_argument("path", help="a directory of .json files or a .jsonl file")
    m.set_defaults(handler=_cmd_summary)

    f = sub.add_parser(
        "fmt",
        help="rewrite minutes in canonical form (see docs/render.md)",
        description="Rewrite each FILE in place as canonical minutes Markdown. Files whose text "
        "outside the agenda items would be lost are left unchanged and make the exit code 1.",
    )
    f.add_argument("files", nargs="+", metavar="FILE")
    f.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a file would be reformatted"
    )
    f.set_defaults(handler=_cmd_fmt)

    r = sub.add_parser("registry", help="work with registries of known names")
    rsub = r.add_subparsers(required=True, metavar="ACTION")
    rs = rsub.add_parser(
        "suggest", help="suggest registry entries from an archive, as a YAML patch"
    )
    rs.add_argument("archive", nargs="+", metavar="ARCHIVE")
    rs.add_argument("-o", "--output", required=True, metavar="PATCH", help="the YAML patch")
    rs.add_argument("--registry", metavar="R", help="an existing registry to extend")
    rs.set_defaults(handler=_cmd_registry_suggest)
    return parser


# -- registry -----------------------------------------------------------------------------------


def _load_registry(path: str | None) -> object:
    if path is None:
        return None
    try:
        return _batch.load_registry(path)
    except ReferatError as exc:  # RegistryError: missing or malformed file
        raise _UsageError(f"cannot load registry {path}: {exc}") from exc


def _cmd_registry_suggest(args: argparse.Namespace) -> int:
    from referat._suggest import run_suggest  # only needed by this command

    return run_suggest(archive=list(args.archive), output=args.output, registry=args.registry)


# -- parse / check ------------------------------------------------------------------------------


def _read(name: str, registry: object, *, every: bool = False) -> list[Meeting]:
    """The file's meeting (``every``: each of its meetings); ``-`` is standard input."""
    data = sys.stdin.buffer.read() if name == "-" else _batch.read_bytes(name)
    source = "<stdin>" if name == "-" else name
    return _batch.parse_file_bytes(data, source, registry, every=every)


def _print_diagnostics(meeting: Meeting, out: TextIO) -> None:
    for d in meeting.diagnostics:
        print(d.format(meeting.source.name), file=out)


def _cmd_parse(args: argparse.Namespace) -> int:
    registry = _load_registry(args.registry)
    try:
        meetings = _read(args.file, registry, every=args.meetings)
    except ReferatError as exc:
        print(f"referat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.meetings:
        dumped = _MEETINGS.dump_json(meetings, indent=args.indent or None).decode()
    else:
        dumped = meetings[0].model_dump_json(indent=args.indent or None)
    sys.stdout.write(dumped + "\n")
    for meeting in meetings:
        _print_diagnostics(meeting, sys.stderr)
    return EXIT_FAILED if args.strict and any(m.errors() for m in meetings) else EXIT_OK


_MEETINGS: Final = TypeAdapter(list[Meeting])


def _cmd_check(args: argparse.Namespace) -> int:
    registry = _load_registry(args.registry)
    failed = False
    unreadable = False
    for name in args.files:
        try:
            [meeting] = _read(name, registry)
        except ReferatError as exc:
            print(f"referat: {exc}", file=sys.stderr)
            unreadable = True
            continue
        if args.format == "json":
            for d in meeting.diagnostics:
                record = {"path": meeting.source.name, **d.model_dump(mode="json")}
                print(json.dumps(record, ensure_ascii=False))
        else:
            _print_diagnostics(meeting, sys.stdout)
        levels = {Severity.ERROR} | ({Severity.WARNING} if args.strict else set())
        failed = failed or any(d.severity in levels for d in meeting.diagnostics)
    if unreadable:
        return EXIT_USAGE
    return EXIT_FAILED if failed else EXIT_OK


# -- fmt ----------------------------------------------------------------------------------------


def _cmd_fmt(args: argparse.Namespace) -> int:
    from referat._render import render  # only needed here

    failed = unreadable = False
    for name in args.files:
        path = Path(name)
        try:
            data = _batch.read_bytes(name)
            meeting = _batch.parse_bytes(data, name, None)
        except ReferatError as exc:
            print(f"referat: {exc}", file=sys.stderr)
            unreadable = True
            continue
        new = render(meeting).encode("utf-8")
        if new == data:
            print(f"{name} unchanged", file=sys.stderr)
            continue
        lost = len(meeting.unclassified) + sum(1 for n in meeting.notes if n.text.strip())
        if args.check:
            print(f"would reformat {name}", file=sys.stderr)
            failed = True
        elif lost:
            print(
                f"referat: {name}: not reformatted: {lost} block(s) of text outside the agenda "
                "items would be lost",
                file=sys.stderr,
            )
            failed = True
        else:
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            try:
                tmp.write_bytes(new)
                tmp.replace(path)
            finally:
                tmp.unlink(missing_ok=True)
            print(f"reformatted {name}", file=sys.stderr)
    if unreadable:
        return EXIT_USAGE
    return EXIT_FAILED if failed else EXIT_OK


# -- convert ------------------------------------------------------------------------------------


def _cmd_convert(args: argparse.Namespace) -> int:
    missing = _batch.missing_sources(args.sources)
    if missing:
        raise _UsageError(f"{missing[0]}: no such file or directory (or no glob match)")
    out = Path(args.output)
    fmt: Literal["jsonl", "json"] = args.format or (
        "jsonl" if out.suffix.lower() in (".jsonl", ".ndjson") else "json"
    )
    if fmt == "jsonl" and out.is_dir():
        raise _UsageError(f"{out}: is a directory; --format jsonl writes one file")
    if fmt == "json" and out.exists() and not out.is_dir():
        raise _UsageError(f"{out}: is a file; --format json writes a directory")
    registry = _load_registry(args.registry)
    errors = Path(args.errors) if args.errors else out.with_name(out.name + ".errors.jsonl")
    stats = _batch.convert(
        args.sources,
        out,
        fmt=fmt,
        workers=args.workers,
        resume=args.resume,
        errors=errors,
        registry=registry,
        progress="none" if args.quiet else "auto",
        meetings=args.meetings,
    )
    rate = stats.converted / stats.seconds if stats.seconds > 0 else 0.0
    skipped = f", {stats.skipped} already done" if stats.skipped else ""
    print(
        f"referat: converted {stats.converted} of {stats.total} documents to {out} "
        f"({stats.failed} failed{skipped}) in {stats.seconds:.1f} s ({rate:.0f} files/s)",
        file=sys.stderr,
    )
    if stats.failed:
        print(f"referat: failed files are listed in {errors}", file=sys.stderr)
    if stats.interrupted:
        target = _batch.partial_path(out) if fmt == "jsonl" else out
        print(
            f"referat: interrupted; {target} holds the documents so far. "
            "Run the same command with --resume to continue.",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    return EXIT_FAILED if stats.failed else EXIT_OK


# -- schema / summary ---------------------------------------------------------------------------


def schema_text() -> str:
    """The JSON Schema of Meeting, as committed in docs/schema/meeting.schema.json."""
    return json.dumps(Meeting.model_json_schema(), ensure_ascii=False, indent=2) + "\n"


def _cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_text())
    return EXIT_OK


def _load_meetings(path: Path) -> Iterator[Meeting]:
    if path.is_dir():
        for file in sorted(path.rglob("*.json")):
            yield Meeting.model_validate_json(file.read_text(encoding="utf-8"))
    else:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield Meeting.model_validate_json(line)


def _cmd_summary(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if not path.exists():
        print(f"referat: {path}: no such file or directory", file=sys.stderr)
        return EXIT_USAGE
    outcomes: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    rows = []
    for m in _load_meetings(path):
        for item in m.agenda:
            if item.decision is not None:
                outcomes[item.decision.outcome.value] += 1
        for d in m.diagnostics:
            severities[d.severity.value] += 1
        kind = m.document_kind.value if m.document_kind else "-"
        date = m.date.isoformat() if m.date else "-"
        rows.append(
            f"{m.source.name:<48} {kind:<9} {date:<10} "
            f"{len(m.attendees):>3} present {len(m.absentees):>2} absent {len(m.agenda):>3} items"
        )
    print("\n".join(rows))
    print(f"\n{len(rows)} documents; decisions: {dict(sorted(outcomes.items()))}")
    print(f"diagnostics: {dict(sorted(severities.items()))}")
    return EXIT_OK
