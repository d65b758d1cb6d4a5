"""Parse time per document, and its ratio to markdown-it-py's bare tokenize of the same text.

Both are measured in the same run, interleaved, best of N repeats (these machines are noisy):

    python bench/bench_parse.py [--repeat 7] [--stages] [--cold] [--archive] [--primed] [FILES...]

With ``--stages`` it also prints where referat's time goes, summed over all documents, each stage
as a multiple of markdown-it's tokenize time (what the speed target of docs/hardening.md counts).

referat memoises a few pure functions of words (is this a name, a title, a label?) with
``lru_cache`` or ``_memo.Memo``. Repeating the same document keeps those caches warm, which an
archive of different documents does only in part (the same members and labels recur, new names
do not). ``--cold`` empties the caches before every timed parse, outside the timed window: the
warm and the cold figure bound what a real archive sees. ``--archive`` also times each set as an
archive is converted: the caches emptied once, then every document of the set parsed once, in
order (what one document leaves in the caches helps the next only as far as they share labels,
names and lines); best of N such passes, interleaved with tokenize passes over the same set.
``--primed`` times the same passes after the test fixtures' documents (some 650 other minutes)
have filled the caches, untimed: a large archive's steady state, where what minutes share is
remembered and only each document's own lines and names are new.

Run it with ``.venv-compiled/bin/python`` (``make compiled``) to measure the compiled build.

Without FILES it uses the seed, the corpus (when ../shared is present), the examples, and a
synthetic 1 MB document: one meeting whose items are made of the seed's, the corpus' and the
examples' sentences, mixed (``synthetic_meeting``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
import random
import re
import statistics
import sys
import time

from markdown_it import MarkdownIt

import referat
from referat import _extract, _scan, _unwrap
from referat._source import decode, normalise
from referat.diagnostics import Reporter

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


SETS: dict[str, str] = {}
"""The set each benchmarked document belongs to (seed, corpus, examples, 1 MB, files)."""


def _documents(files: list[str]) -> list[tuple[str, str]]:
    paths = [Path(f) for f in files]
    if not paths:
        seed = SHARED / "seed" / "beslutningsreferat.md"
        paths = [seed] if seed.exists() else []
        paths += sorted((SHARED / "corpus" / "real").glob("*.md"))
        paths += sorted((ROOT / "examples").rglob("*.md"))
    for p in paths:
        where = p.resolve().parents
        SETS[p.name] = (
            "files"
            if files
            else "seed"
            if p.parent.name == "seed"
            else "corpus"
            if SHARED.resolve() in where
            else "examples"
        )
    docs = [(p.name, normalise(decode(p.read_bytes()).text)) for p in paths]
    if not files:
        docs.append(("synthetic-1MB.md", synthetic_meeting([t for _, t in docs], 1_000_000)))
        SETS["synthetic-1MB.md"] = "1 MB"
    return docs


_FIRST = ("Anne", "Bo", "Camilla", "Dorte", "Erik", "Freja", "Gitte", "Hans", "Ida", "Jens")
_LAST = ("Andersen", "Bech", "Dahl", "Friis", "Holm", "Juhl", "Krogh", "Lund", "Møller", "Skov")
_SECTIONS = ("Sagsfremstilling", "Indstilling", "Økonomi", "Høring")
_OUTCOMES = (
    "Godkendt.",
    "Taget til efterretning.",
    "Udsat til næste møde.",
    "Indstillingen blev godkendt.",
    "Forslaget blev forkastet.",
    "Drøftet.",
)
_PROSE = re.compile(r"[A-ZÆØÅ][^#|*>\[\]<]{40,}")
_SENTENCE_END = re.compile(r"(?<=[a-zæøå]\.) (?=[A-ZÆØÅ])")


def synthetic_meeting(texts: list[str], size: int) -> str:
    """One meeting of about ``size`` characters: a header with ten attendees, then numbered
    items, each with sections of prose (sentences of ``texts``' prose lines, mixed by a seeded
    shuffle so that hardly a paragraph repeats: the memo caches do not read it for free), a
    decision and now and then attachments. Timing it times one document's full parse at
    1 MB (the concatenated corpus would be read as many meetings, of which ``parse`` builds
    the first)."""
    sentences = [
        s
        for text in texts
        for line in text.splitlines()
        if _PROSE.fullmatch(line.strip())
        for s in _SENTENCE_END.split(line.strip())
        if len(s.split()) >= 5 and "møde" not in s.casefold()
    ]
    rng = random.Random(2024)
    people = [f"{f} {last}" for f in _FIRST for last in _LAST]
    rng.shuffle(people)
    out = [
        "# Referat af udvalgsmødet",
        "",
        "**Dato:** 12. marts 2024 kl. 16.00–18.30  ",
        "**Sted:** Rådhuset, mødelokale 2",
        "",
        "**Deltagere:** " + ", ".join(people[:10]),
        "",
        "**Afbud:** " + people[10],
        "",
    ]
    length, number = sum(len(x) + 1 for x in out), 0
    while length < size:
        number += 1
        title = " ".join(rng.choice(sentences).rstrip(".").split()[:6])
        item = [f"## Punkt {number}: {title}", ""]
        for section in rng.sample(_SECTIONS, 2):
            paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))
            item += [f"### {section}", "", paragraph, ""]
        item += ["### Beslutning", "", rng.choice(_OUTCOMES), ""]
        if number % 3 == 0:
            item += [f"Bilag {number}.1: {title}", f"Bilag {number}.2: Notat", ""]
        out += item
        length += sum(len(x) + 1 for x in item)
    return "\n".join(out)[:size]


def set_totals(rows: list[tuple[str, float, float]]) -> dict[str, tuple[int, float, float]]:
    """Per set: documents, summed parse and summed tokenize time (from (name, parse, tok))."""
    out: dict[str, tuple[int, float, float]] = {}
    for name, par, tok in rows:
        n, p, k = out.get(SETS.get(name, "files"), (0, 0.0, 0.0))
        out[SETS.get(name, "files")] = (n + 1, p + par, k + tok)
    return out


def clear_caches() -> None:
    """Empty every memo of referat's modules (``lru_cache`` and ``_memo.Memo``)."""
    for name, module in list(sys.modules.items()):
        if name == "referat" or name.startswith("referat."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear) and not isinstance(value, type):  # not the class Memo
                    clear()


def _best(fn: object, repeat: int, before: object = None) -> float:
    assert callable(fn)
    times = []
    for _ in range(repeat):
        if callable(before):
            before()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def _stages(docs: list[tuple[str, str]], repeat: int, md: MarkdownIt) -> None:
    """Best-of-``repeat`` time of each stage, summed over the documents."""
    totals: dict[str, float] = {}

    def add(label: str, fn: object) -> None:
        totals[label] = totals.get(label, 0.0) + _best(fn, repeat)

    for name, text in docs:
        lines = _scan.scan(text)
        logical = _unwrap.unwrap(lines)
        add("markdown-it tokenize (reference)", lambda text=text: md.parse(text))
        add("parse (all)", lambda text=text, name=name: referat.parse(text, source=name))
        add("  normalise", lambda text=text: normalise(text))
        add("  markdown-it block rules", lambda text=text: _scan._MD.parse(text))
        add("  scan (block rules included)", lambda text=text: _scan.scan(text))
        add("  unwrap", lambda lines=lines: _unwrap.unwrap(lines))
        add("  extract", lambda logical=logical: _extract.build(logical, Reporter()))
    reference = totals["markdown-it tokenize (reference)"]
    known = sum(totals[k] for k in ("  normalise", "  scan (block rules included)", "  unwrap"))
    totals["  models, coverage, rest"] = totals["parse (all)"] - known - totals["  extract"]
    print("\nwhere the time goes (sum over documents, multiple of markdown-it tokenize):")
    for label, seconds in totals.items():
        print(f"{label:<36} {seconds * 1e3:9.1f} ms {seconds / reference:6.2f}x")


def _archive(
    docs: list[tuple[str, str]], repeat: int, md: MarkdownIt, primer: list[str] | None = None
) -> None:
    """Each set read as an archive: caches emptied, each document parsed once; best of
    ``repeat`` passes, each followed by a tokenize pass over the same documents. With
    ``primer``, those other documents are parsed after the caches are emptied and before the
    timed pass (untimed): the caches as far into a large archive, full of what other minutes
    share (labels, common names, vocabulary) but not of this set's own lines."""
    by_set: dict[str, list[tuple[str, str]]] = {}
    for name, text in docs:
        by_set.setdefault(SETS.get(name, "files"), []).append((name, text))
    how = f"primed by {len(primer)} other documents" if primer else "caches emptied"
    print(f"\nas an archive ({how}, then each document of the set parsed once):")
    for kind, members in by_set.items():
        best_parse = best_tok = float("inf")
        for _ in range(repeat):
            clear_caches()
            for text in primer or ():
                referat.parse(text)
            t0 = time.perf_counter()
            for name, text in members:
                referat.parse(text, source=name)
            best_parse = min(best_parse, time.perf_counter() - t0)
            t0 = time.perf_counter()
            for _, text in members:
                md.parse(text)
            best_tok = min(best_tok, time.perf_counter() - t0)
        share = f"{best_parse * 1e3:9.2f} ms / {best_tok * 1e3:8.2f} ms"
        print(f"  {kind:<9} {len(members):3} documents: {share} = {best_parse / best_tok:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--stages", action="store_true", help="also time each stage")
    parser.add_argument("--cold", action="store_true", help="empty referat's caches before parses")
    parser.add_argument("--archive", action="store_true", help="also time each set as an archive")
    parser.add_argument(
        "--primed",
        action="store_true",
        help="also time each set as an archive after parsing the test fixtures' documents",
    )
    args = parser.parse_args()
    md = MarkdownIt("commonmark").enable("table")
    docs = _documents(args.files)
    compiled = not str(_scan.__file__).endswith(".py")
    build = "compiled (mypyc, make compiled)" if compiled else "pure Python"
    print(f"referat build: {build}, caches {'cold' if args.cold else 'warm'}\n")
    before = clear_caches if args.cold else None
    print(f"{'document':<66} {'KB':>7} {'parse ms':>9} {'tokenize ms':>11} {'ratio':>6}")
    ratios = []
    rows: list[tuple[str, float, float]] = []
    total_parse = total_tok = 0.0
    for name, text in docs:
        tok = _best(lambda text=text: md.parse(text), args.repeat)
        par = _best(
            lambda text=text, name=name: referat.parse(text, source=name), args.repeat, before
        )
        ratio = par / tok if tok else float("nan")
        ratios.append(ratio)
        rows.append((name, par, tok))
        total_parse += par
        total_tok += tok
        print(
            f"{name[:66]:<66} {len(text) / 1024:7.1f} "
            f"{par * 1e3:9.2f} {tok * 1e3:11.2f} {ratio:6.2f}"
        )
    print(
        f"\n{len(docs)} documents: median ratio {statistics.median(ratios):.2f}, "
        f"total ratio {total_parse / total_tok:.2f} (referat.parse / markdown-it tokenize)"
    )
    for kind, (n, par, tok) in set_totals(rows).items():
        share = f"{par * 1e3:9.2f} ms / {tok * 1e3:8.2f} ms"
        print(f"  {kind:<9} {n:3} documents: {share} = {par / tok:.2f}x")
    if args.archive:
        _archive(docs, args.repeat, md)
    if args.primed:
        fixtures = sorted((ROOT / "tests" / "fixtures" / "cases").glob("*/input.md"))
        primer = [normalise(decode(p.read_bytes()).text) for p in fixtures]
        _archive(docs, args.repeat, md, primer)
    if args.stages:
        _stages(docs, args.repeat, md)


if __name__ == "__main__":
    main()
