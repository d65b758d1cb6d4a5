"""The ``referat`` command line. ``main(argv) -> int`` only returns exit codes.

Exit codes: 0 clean, 1 documents with errors (or warnings under ``--strict``) or failed files,
2 usage errors and unreadable input.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator, Sequence
import json
import os
from pathlib import Path
import sys
import tempfile
from typing import TextIO

from referat import __version__
from referat._api import parse, parse_file
from referat.diagnostics import ReferatError
from referat.models import Meeting, Severity

SUFFIXES = (".md", ".markdown", ".txt")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on usage errors and --help
        return int(exc.code) if isinstance(exc.code, int) else 2
    handler = args.handler
    code: int = handler(args)
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="referat", description="Danish meeting minutes (Markdown) -> validated JSON."
    )
    parser.add_argument("--version", action="version", version=f"referat {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="print the Meeting JSON of one document")
    p.add_argument("file", help="a Markdown file, or - for standard input")
    p.add_argument("--indent", type=int, default=2)
    p.add_argument("--strict", action="store_true", help="exit 1 when the document has errors")
    p.set_defaults(handler=_cmd_parse)

    c = sub.add_parser("check", help="lint minutes: print diagnostics")
    c.add_argument("files", nargs="+")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("--strict", action="store_true", help="warnings fail too")
    c.set_defaults(handler=_cmd_check)

    v = sub.add_parser("convert", help="convert files or directories to JSON")
    v.add_argument("sources", nargs="+", metavar="SRC")
    v.add_argument("-o", "--output", required=True, help="output directory (json) or file (jsonl)")
    v.add_argument("--format", choices=("json", "jsonl"), default="json")
    v.set_defaults(handler=_cmd_convert)

    s = sub.add_parser("schema", help="print the JSON Schema of Meeting")
    s.set_defaults(handler=_cmd_schema)

    m = sub.add_parser("summary", help="summarise converted JSON files")
    m.add_argument("path", help="a directory of .json files or a .jsonl file")
    m.set_defaults(handler=_cmd_summary)
    return parser


# -- parse / check ----------------------------------------------------------------------------


def _read(name: str) -> Meeting:
    if name == "-":
        return parse(sys.stdin.buffer.read(), source="<stdin>")
    return parse_file(name)


def _print_diagnostics(meeting: Meeting, out: TextIO) -> None:
    for d in meeting.diagnostics:
        print(d.format(meeting.source.name), file=out)


def _cmd_parse(args: argparse.Namespace) -> int:
    try:
        meeting = _read(args.file)
    except ReferatError as exc:
        print(f"referat: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(meeting.model_dump_json(indent=args.indent or None) + "\n")
    _print_diagnostics(meeting, sys.stderr)
    return 1 if args.strict and meeting.errors() else 0


def _cmd_check(args: argparse.Namespace) -> int:
    failed = False
    unreadable = False
    for name in args.files:
        try:
            meeting = _read(name)
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
        return 2
    return 1 if failed else 0


# -- convert ----------------------------------------------------------------------------------


def iter_sources(sources: Sequence[str]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs in sorted order: directories are walked for Markdown/text files."""
    for src in sources:
        path = Path(src)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
            )
            for file in found:
                yield file, path
        elif any(ch in src for ch in "*?["):
            for file in sorted(Path().glob(src)):
                yield file, file.parent
        else:
            yield path, path.parent


def _atomic_write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _cmd_convert(args: argparse.Namespace) -> int:
    out = Path(args.output)
    failures = 0
    lines: list[str] = []
    count = 0
    for file, root in iter_sources(args.sources):
        relative = file.relative_to(root) if file.is_relative_to(root) else Path(file.name)
        try:
            meeting = parse_file(file)
        except ReferatError as exc:
            print(f"referat: {exc}", file=sys.stderr)
            failures += 1
            continue
        meeting = meeting.model_copy(
            update={"source": meeting.source.model_copy(update={"name": relative.as_posix()})}
        )
        count += 1
        if args.format == "jsonl":
            lines.append(meeting.model_dump_json())
        else:
            _atomic_write((out / relative).with_suffix(".json"), meeting.model_dump_json(indent=2))
    if args.format == "jsonl":
        _atomic_write(out, "".join(line + "\n" for line in lines))
    print(f"referat: converted {count} documents to {out} ({failures} failed)", file=sys.stderr)
    return 1 if failures else 0


# -- schema / summary -------------------------------------------------------------------------


def schema_text() -> str:
    """The JSON Schema of Meeting, as committed in docs/schema/meeting.schema.json."""
    return json.dumps(Meeting.model_json_schema(), ensure_ascii=False, indent=2) + "\n"


def _cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_text())
    return 0


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
        return 2
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
    return 0
