"""``referat registry suggest``: propose a reviewable registry patch from an archive of minutes.

Reads many minutes, groups spelling variants of the same name (with the registry's own matching
rules), and writes a YAML patch of *proposals*: new persons, new organisations, new aliases for
registered entities, and groups that need a human decision. Each proposal carries its evidence
(which files, how often, scores and reasons). Nothing is merged: a person reviews the patch and
copies what is right into the registry.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
import re
import sys
from typing import Any

import yaml

from referat._api import parse_file
from referat.diagnostics import ReferatError
from referat.models import Meeting, Person
from referat.registry import (
    WEAK,
    Candidate,
    Kind,
    LineContext,
    OrganisationRecord,
    PersonRecord,
    Registry,
    fold,
    load_registry,
)

__all__ = ["run_suggest", "suggest"]

_MAX_FILES = 10


@dataclass
class _Seen:
    """Every sighting of one spelling."""

    text: str
    count: int = 0
    files: dict[str, None] = field(default_factory=dict)
    organisations: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)


def run_suggest(archive: list[str], output: str, registry: str | None) -> int:
    """CLI entry: write the patch to ``output``; 0 on success, 2 on bad input."""
    try:
        reg = load_registry(registry) if registry else None
        files = _collect(archive)
        patch = suggest([(str(f), parse_file(f)) for f in files], reg)
    except (ReferatError, OSError) as exc:
        print(f"referat: {exc}", file=sys.stderr)
        return 2
    header = (
        "# referat registry suggest: PROPOSALS ONLY - review every entry before copying it into\n"
        "# the registry. Nothing has been merged. Evidence lists the files and counts behind\n"
        "# each proposal; scores are 0-100 similarities to the canonical spelling.\n"
    )
    body = yaml.safe_dump(patch, allow_unicode=True, sort_keys=False, width=100)
    try:
        Path(output).write_text(header + body, encoding="utf-8")
    except OSError as exc:
        print(f"referat: {output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    s = patch["summary"]
    print(
        f"{output}: {len(patch['new_persons'])} new persons, "
        f"{len(patch['new_organisations'])} new organisations, "
        f"{len(patch['new_aliases'])} new aliases, {len(patch['review'])} to review "
        f"(from {s['files']} files)",
        file=sys.stderr,
    )
    return 0


def _collect(archive: Sequence[str]) -> list[Path]:
    files: list[Path] = []
    for item in archive:
        p = Path(item)
        if p.is_dir():
            files += sorted(q for q in p.rglob("*.md") if q.is_file())
        elif p.is_file():
            files.append(p)
        else:
            raise ReferatError(f"{p}: no such file or directory")
    if not files:
        raise ReferatError("no minutes (*.md) found in " + ", ".join(archive))
    return files


def _people(m: Meeting) -> Iterable[Person]:
    yield from m.attendees
    yield from m.absentees
    by_line: dict[tuple[str, int], list[Person]] = {}  # (a lookup, not a scan per guest)
    for p in m.attendees:
        by_line.setdefault((p.name, p.span.start_line), []).append(p)
    # minutes list the guests among the attendees too: each person once
    yield from (g for g in m.guests if g not in by_line.get((g.name, g.span.start_line), []))
    if m.chair:
        yield m.chair
    if m.minute_taker:
        yield m.minute_taker


def suggest(documents: Sequence[tuple[str, Meeting]], registry: Registry | None) -> dict[str, Any]:
    """Build the patch (a plain dict, ready for YAML) from parsed documents."""
    persons: dict[str, _Seen] = {}
    orgs: dict[str, _Seen] = {}
    for name, meeting in documents:
        seen_people: set[tuple[str, int]] = set()
        for p in _people(meeting):
            if (p.name, p.span.start_line) in seen_people:
                continue  # the chair/minute-taker repeated from the attendee list
            seen_people.add((p.name, p.span.start_line))
            s = persons.setdefault(p.name, _Seen(p.name))
            s.count += 1
            s.files[name] = None
            if p.organisation:
                s.organisations[p.organisation] += 1
                _see(orgs, p.organisation, name)
            if p.title:
                s.titles[p.title] += 1
        if meeting.organisation:
            _see(orgs, meeting.organisation, name)
    used_ids = {e.id for e in (registry.persons if registry else [])}
    used_ids |= {e.id for e in (registry.organisations if registry else [])}
    patch: dict[str, Any] = {
        "summary": {
            "files": len(documents),
            "person_spellings": len(persons),
            "organisation_spellings": len(orgs),
        },
        "new_persons": [],
        "new_organisations": [],
        "new_aliases": [],
        "review": [],
    }
    tables: tuple[tuple[Kind, dict[str, _Seen]], ...] = (
        ("person", persons),
        ("organisation", orgs),
    )
    for kind, seen in tables:
        for cluster, links in _clusters(list(seen.values()), kind):
            _propose(patch, kind, cluster, links, registry, used_ids)
    return patch


def _see(table: dict[str, _Seen], text: str, file: str) -> None:
    s = table.setdefault(text, _Seen(text))
    s.count += 1
    s.files[file] = None


def _clusters(seen: list[_Seen], kind: Kind) -> list[tuple[list[_Seen], dict[str, Candidate]]]:
    """Group spellings that the matcher relates unambiguously (one other spelling only)."""
    if not seen:
        return []
    ids = [f"s{i}" for i in range(len(seen))]
    if kind == "person":
        temp = Registry(persons=[PersonRecord(i, s.text) for i, s in zip(ids, seen, strict=True)])
    else:
        temp = Registry(
            organisations=[OrganisationRecord(i, s.text) for i, s in zip(ids, seen, strict=True)]
        )
    parent = list(range(len(seen)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links: dict[str, Candidate] = {}
    for i, s in enumerate(seen):
        res = temp.resolve(s.text, kind, every=True)
        others = [c for c in res.candidates if c.id != ids[i] and c.strength >= WEAK]
        if len(others) == 1:
            j = int(others[0].id[1:])
            a, b = root(i), root(j)
            if a != b:
                parent[a] = b
            links[s.text] = others[0]
    groups: dict[int, list[_Seen]] = {}
    for i, s in enumerate(seen):
        groups.setdefault(root(i), []).append(s)
    out = []
    for members in groups.values():
        members.sort(key=lambda s: (-s.count, -len(s.files), s.text))
        out.append((members, links))
    out.sort(key=lambda g: g[0][0].text)
    return out


def _evidence(s: _Seen, score: Candidate | None = None) -> dict[str, Any]:
    ev: dict[str, Any] = {"text": s.text, "count": s.count, "files": list(s.files)[:_MAX_FILES]}
    if len(s.files) > _MAX_FILES:
        ev["more_files"] = len(s.files) - _MAX_FILES
    if score is not None:
        ev.update(score=round(score.score, 1), method=score.method, reasons=list(score.reasons))
    return ev


def _slug(prefix: str, text: str, used: set[str]) -> str:
    base = prefix + "-" + (re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x")
    out, n = base, 2
    while out in used:
        out, n = f"{base}-{n}", n + 1
    used.add(out)
    return out


def _propose(
    patch: dict[str, Any],
    kind: Kind,
    cluster: list[_Seen],
    links: dict[str, Candidate],
    registry: Registry | None,
    used_ids: set[str],
) -> None:
    canonical = cluster[0]
    variants = cluster[1:]
    resolved: dict[str, tuple[str, Candidate | None, str]] = {}
    if registry is not None:
        for s in cluster:
            ctx = LineContext(
                organisation=s.organisations.most_common(1)[0][0] if s.organisations else None,
                title=s.titles.most_common(1)[0][0] if s.titles else None,
            )
            res = registry.resolve(s.text, kind, context=ctx if kind == "person" else None)
            if res.entity is not None:
                cand = next((c for c in res.candidates if c.id == res.entity.id), None)
                resolved[s.text] = (res.entity.id, cand, res.entity.method)
    entity_ids = {v[0] for v in resolved.values()}
    if len(entity_ids) > 1:
        patch["review"].append(
            {
                "kind": kind,
                "note": "spellings grouped together resolve to different registered entities; "
                "decide by hand",
                "spellings": [
                    {**_evidence(s), "resolves_to": resolved.get(s.text, (None,))[0]}
                    for s in cluster
                ],
            }
        )
        return
    if len(entity_ids) == 1:
        eid = next(iter(entity_ids))
        entity = registry.get(eid) if registry else None
        assert entity is not None
        for s in cluster:
            hit = resolved.get(s.text)
            if hit is not None and hit[2] in {"exact", "alias", "folded"}:
                continue  # already recognised without help
            cand = hit[1] if hit else links.get(s.text)
            patch["new_aliases"].append(
                {
                    "id": eid,
                    "name": entity.name,
                    "alias": s.text,
                    "evidence": [_evidence(s, cand)],
                }
            )
        return
    prefix = "p" if kind == "person" else "o"
    entry: dict[str, Any] = {
        "id": _slug(prefix, canonical.text, used_ids),
        "name": canonical.text,
    }
    if variants:
        entry["aliases"] = [v.text for v in variants]
    entry["evidence"] = [_evidence(canonical)] + [_evidence(v, links.get(v.text)) for v in variants]
    if kind == "person":
        seen_with = Counter[tuple[str, str]]()
        for s in cluster:
            for org, n in s.organisations.items():
                seen_with[(org, s.titles.most_common(1)[0][0] if s.titles else "")] += n
        if seen_with:
            entry["seen_with"] = [
                {"organisation": org, "title": title or None, "count": n}
                for (org, title), n in seen_with.most_common(5)
            ]
        patch["new_persons"].append(entry)
    else:
        patch["new_organisations"].append(entry)
