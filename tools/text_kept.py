"""Find text a parse lost: source lines whose words reach no field of the Meeting.

    python tools/text_kept.py [--lines] FILE_OR_GLOB...

Every line of a document should end up in some node of the Meeting (the mission's "never lose
text"). Spans alone do not show it: an item's span may cover a line whose text no section holds.
This check takes each line's words of five letters or more (link targets, HTML tags, e-mail and
web addresses left out; HTML entities read as their characters) and looks for them in the
Meeting's JSON (``source`` left out). A line
with two such words or more missing is reported. Table header rows, item-head words
("Punkt", "Ad dagsordenens punkt") and a title written in capitals show up too: read the lines,
the count is a guide, not a verdict. Uses the ``referat`` on ``sys.path``.
"""

from __future__ import annotations

import glob
import html
import json
from pathlib import Path
import re
import sys

import referat
from referat._source import decode, normalise

_WORD = re.compile(r"[A-Za-zÆØÅæøå]{5,}")
_MARKUP = re.compile(r"\]\([^)]*\)|<[^>]+>|https?://\S+|\S+@\S+|www\.\S+")


def lost_lines(raw: bytes) -> list[tuple[int, list[str], str]]:
    """(line number, words missing, line) of each line with two words or more lost."""
    dumped = referat.parse(raw).model_dump(mode="json")
    dumped.pop("source", None)
    blob = json.dumps(dumped, ensure_ascii=False)
    lost: list[tuple[int, list[str], str]] = []
    for number, line in enumerate(normalise(decode(raw).text).splitlines(), 1):
        text = html.unescape(line) if "&" in line else line  # "S&oslash;ren" is "Søren"
        missing = [w for w in _WORD.findall(_MARKUP.sub(" ", text)) if w not in blob]
        if len(missing) >= 2:
            lost.append((number, missing, line))
    return lost


def main(args: list[str]) -> int:
    show = "--lines" in args
    patterns = [a for a in args if a != "--lines"]
    paths = sorted({p for pattern in patterns for p in glob.glob(pattern, recursive=True)})  # noqa: PTH207
    documents = lines = 0
    for path in paths:
        lost = lost_lines(Path(path).read_bytes())
        if not lost:
            continue
        documents += 1
        lines += len(lost)
        if show:
            print(f"== {path} ({len(lost)})")
            for number, missing, line in lost:
                print(f"   {number}: {missing[:5]} {line[:110]!r}")
    print(f"{lines} lines with words lost, in {documents} of {len(paths)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
