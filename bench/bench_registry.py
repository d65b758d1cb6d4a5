"""Registry benchmarks: load time, memory, lookup latency, agreement with an exhaustive scan,
and the cost of linking in a normal parse.

    python bench/bench_registry.py                    # 1,000,000 persons (a few minutes)
    python bench/bench_registry.py --size 100000      # quicker
    python bench/bench_registry.py --parse-only       # only the parse-slowdown measurement

The generated registry (CSV) and its SQLite index go to ``build/bench-registry/`` (reused by later
runs while the generator settings stay the same; the index is rebuilt if the CSV changes).
"""

from __future__ import annotations

import argparse
import csv
import gc
import itertools
import json
from pathlib import Path
import random
import resource
import statistics
import subprocess
import sys
import time

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "beslutningsreferat.md"
SEED_REGISTRY = ROOT / "tests" / "fixtures" / "registry" / "seed.yaml"
OUT = ROOT / "build" / "bench-registry"


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    "Anders Anne Bent Bente Birgitte Bo Brian Camilla Charlotte Christian Dorthe Erik "
    "Erling Eva Frederik Grethe Hanne Hans Helle Henning Henrik Ib Inge Ivar Jacob Jakob "
    "Jane Jens Jeppe Jesper Johanne Jonas Jørgen Karen Kim Kirsten Klaus Kristian Lars "
    "Lene Lone Louise Mads Maja Malene Margrethe Mette Michael Mikkel Morten Niels Ole "
    "Peer Per Peter Pia Poul Rasmus Rikke Rune Signe Sofie Stephanie Susanne Svend Søren "
    "Thomas Tine Tove Trine Ulla Viggo Åse Æbbe Øjvind Aase Aage Gitte Jytte Lærke Asger "
    "Troels Villads Ebbe Knud Torben Allan Dennis"
)
COMMON = _words(
    "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen "
    "Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen "
    "Møller Mortensen"
)
STEMS = _words(
    "Aa Bjerre Dal Ege Fjord Gade Holm Kjær Lund Mølle Nør Ris Skov Stær Søn Vest Øster "
    "Bro Kirke Lyng Krog Hede Bæk Birke Ager Strand Høj Eng Toft Kloster Mose Sand Berg "
    "Hvid Sort Grøn Lille Store Ny Gammel Vester Nørre Sønder Kors Borg Hjort Ravn Ulf "
    "Ørn Rav Thing Lin"
)
SUFFIXES = _words(
    "gaard gård sen mose holm lund bjerg dal bæk strup rup by toft høj vig skov strøm "
    "mark næs bo hus ager berg feldt kjær kær rød løkke"
)
MIDDLE = _words("Kofod Bech Friis Kjerulf Stengaard Hasselbalch Dam Juul Krogh Lind Bay Holst")


def generate(n: int, seed: int = 7) -> list[tuple[str, str, list[str]]]:
    """``n`` persons ``(id, name, aliases)``: realistic, skewed Danish names with some variants."""
    rng = random.Random(seed)
    surnames = list(COMMON) + [s + x.lower() for s in STEMS for x in SUFFIXES]
    weights = [40.0] * len(COMMON) + [1.0] * (len(surnames) - len(COMMON))
    cum = list(itertools.accumulate(weights))
    out = []
    for i in range(n):
        first = rng.choice(FIRST)
        parts = [first]
        r = rng.random()
        if r < 0.25:
            parts.append(rng.choice(MIDDLE))
        elif r < 0.35:
            parts.append(rng.choice(FIRST))
        parts.append(rng.choices(surnames, cum_weights=cum)[0])
        if rng.random() < 0.2:
            parts.append(rng.choices(surnames, cum_weights=cum)[0])
        name = " ".join(parts)
        aliases = []
        if rng.random() < 0.1:
            aliases.append(f"{first[0]}. {' '.join(parts[1:])}")
        out.append((f"p-{i:07d}", name, aliases))
    return out


def noisy(name: str, rng: random.Random) -> tuple[str, str]:
    """A spelling variant of ``name`` and the kind of noise applied."""
    tokens = name.split()
    kind = rng.choice(
        ["exact", "case", "fold", "ascii", "typo", "order", "comma", "initial", "drop-middle"]
    )
    if kind == "case":
        return name.upper(), kind
    if kind == "fold":
        out = name.replace("Aa", "Å").replace("aa", "å").replace("ø", "oe").replace("æ", "ae")
        out = out.replace("gård", "gaard")
        return out, kind
    if kind == "ascii":
        return name.replace("ø", "o").replace("å", "a").replace("æ", "ae"), kind
    if kind == "typo":
        last = tokens[-1]
        pos = rng.randrange(1, len(last))
        op = rng.choice(["del", "ins", "sub"])
        ch = rng.choice("aeinorst")
        if op == "del":
            last = last[:pos] + last[pos + 1 :]
        elif op == "ins":
            last = last[:pos] + ch + last[pos:]
        else:
            last = last[:pos] + ch + last[pos + 1 :]
        return " ".join([*tokens[:-1], last]), kind
    if kind == "order":
        return " ".join([tokens[-1], *tokens[:-1]]), kind
    if kind == "comma":
        return f"{tokens[-1]}, {' '.join(tokens[:-1])}", kind
    if kind == "initial" and len(tokens) > 2:
        return " ".join([tokens[0], tokens[1][0] + ".", *tokens[2:]]), kind
    if kind == "drop-middle" and len(tokens) > 2:
        return f"{tokens[0]} {tokens[-1]}", kind
    return name, "exact"


def write_csv(path: Path, persons: list[tuple[str, str, list[str]]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "kind", "name", "aliases"])
        for pid, name, aliases in persons:
            w.writerow([pid, "person", name, "|".join(aliases)])


def child_load(path: str) -> None:
    """Run in a fresh process: load once, print seconds and peak RSS (MB) as JSON."""
    from referat.registry import load_registry

    t0 = time.perf_counter()
    reg = load_registry(path)
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "peak_mb": peak, "index": str(reg.index_file)}))


def measure_load(path: Path) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child-load", str(path)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def lookups(
    path: Path, persons: list[tuple[str, str, list[str]]], queries: int, exhaustive: int
) -> None:
    from referat import _fuzzy
    from referat.registry import fold, load_registry

    reg = load_registry(path)
    rng = random.Random(11)
    sample = rng.sample(persons, queries)
    qs = [(noisy(name, rng), pid) for pid, name, _ in sample]
    times: list[float] = []
    results = []
    for (text, kind), truth in qs:
        t0 = time.perf_counter()
        res = reg.resolve_person(text)
        times.append((time.perf_counter() - t0) * 1000)
        results.append((text, kind, truth, res))
    times.sort()
    linked = [r for r in results if r[3].entity is not None]
    right = sum(1 for r in linked if r[3].entity is not None and r[3].entity.id == r[2])
    # A query that *is* another registered person's exact name (e.g. "Søren Gammelbo" after
    # dropping the middle name of "Søren Hasselbalch Gammelbo") rightly links to that person.
    other_exact = sum(
        1
        for r in linked
        if r[3].entity is not None
        and r[3].entity.id != r[2]
        and r[3].entity.method in {"exact", "folded"}
    )
    print(f"lookups: {queries} noisy queries")
    print(
        f"  median {statistics.median(times):.3f} ms   p99 {times[int(len(times) * 0.99)]:.3f} ms"
    )
    print(f"  max {times[-1]:.1f} ms   mean {statistics.mean(times):.3f} ms")
    print(
        f"  linked {len(linked)}/{queries}; to the source person {right}; to another person "
        f"whose registered name the query is (exact/folded) {other_exact}; "
        f"wrong {len(linked) - right - other_exact}; "
        f"others ambiguous/unknown (common names are shared by many registered people)"
    )
    by_kind: dict[str, list[int]] = {}
    for _, kind, truth, res in results:
        ok = res.entity is not None and res.entity.id == truth
        by_kind.setdefault(kind, []).append(int(ok))
    print(
        "  linked-to-truth by noise: "
        + ", ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(by_kind.items()))
    )
    # Exhaustive scan over every registered name (rapidfuzz ratio on folded text).
    names = [n for n, _, _ in reg.names()]
    owners = [i for _, i, _ in reg.names()]
    folded = [fold(n) for n in names]
    subset = results[:exhaustive]
    agree = 0
    t_scan = 0.0
    for text, _, _, res in subset:
        t0 = time.perf_counter()
        best = _fuzzy.top_matches(fold(text), folded, limit=50, cutoff=0)
        t_scan += time.perf_counter() - t0
        top = best[0][1] if best else 0.0
        tied = {owners[i] for i, s in best if s >= top - 1e-9}
        ours = (
            {
                c.id
                for c in res.candidates
                if c.strength == res.candidates[0].strength and c.score >= res.candidates[0].score
            }
            if res.candidates
            else set()
        )
        # Agreement: our best candidate is among the exhaustive scan's best (ties count), or the
        # scan's best is a name our stricter rules rank above (exact/folded beats raw ratio).
        if ours & tied or (res.entity is not None and res.entity.id in tied):
            agree += 1
        elif res.candidates and res.candidates[0].method in {
            "exact",
            "alias",
            "folded",
            "initials",
        }:
            agree += 1  # rule-based match the plain ratio does not see as best (e.g. token order)
    n = max(len(subset), 1)
    print(f"  agreement with exhaustive rapidfuzz scan: {agree}/{len(subset)} = {agree / n:.1%}")
    print(f"  exhaustive scan: {t_scan / n * 1000:.0f} ms per query over {len(folded):,} names")


def parse_slowdown(size: int, repeat: int) -> None:
    import referat
    from referat._link import link
    from referat.registry import PersonRecord, Registry, load_registry

    if not SEED.exists():
        print("parse slowdown: skipped (../shared/seed is absent)")
        return
    seed = load_registry(SEED_REGISTRY)
    extra = [PersonRecord(pid, name, tuple(al)) for pid, name, al in generate(size, seed=3)]
    reg = Registry(seed.persons + extra, seed.organisations)
    raw = SEED.read_bytes()
    meeting = referat.parse(raw)
    names = len(meeting.attendees) + len(meeting.absentees) + len(meeting.guests)
    plain, linked = [], []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        m = referat.parse(raw)
        t1 = time.perf_counter()
        link(m, reg)
        t2 = time.perf_counter()
        plain.append(t1 - t0)
        linked.append(t2 - t0)
    p, q = min(plain), min(linked)
    print(
        f"parse slowdown: seed ({names} names) with a {len(reg):,}-entity registry: "
        f"parse {p * 1000:.1f} ms, parse+link {q * 1000:.1f} ms -> +{(q - p) / p:.0%}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--exhaustive", type=int, default=200)
    ap.add_argument("--parse-only", action="store_true")
    ap.add_argument("--warm-only", action="store_true", help="skip the cold (index build) load")
    ap.add_argument("--child-load")
    args = ap.parse_args()
    if args.child_load:
        child_load(args.child_load)
        return
    parse_slowdown(10_000, 15)
    if args.parse_only:
        return
    path = OUT / f"persons-{args.size}.csv"
    t0 = time.perf_counter()
    persons = generate(args.size)
    if not path.exists():
        write_csv(path, persons)
    print(f"generated {args.size:,} persons in {time.perf_counter() - t0:.1f} s -> {path}")
    if not args.warm_only:
        path.with_name(path.name + ".referat-index.sqlite").unlink(missing_ok=True)
    cold = measure_load(path)
    warm = measure_load(path)
    label = "load (first, index reused)" if args.warm_only else "load (cold, builds the index)"
    print(f"{label}: {cold['seconds']:.1f} s, peak RSS {cold['peak_mb']:.0f} MB")
    print(
        f"load (warm, index reused):     {warm['seconds']:.1f} s, peak RSS {warm['peak_mb']:.0f} MB"
    )
    print(f"  index file: {warm['index']}")
    lookups(path, persons, args.queries, args.exhaustive)


if __name__ == "__main__":
    main()
