"""``referat registry suggest``: reviewable proposals from an archive, never silent merges."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import referat
from referat._suggest import _people, run_suggest

TEMPLATE = """\
# Referat

Møde: **Bestyrelsen**
Dato: {day}. marts 2020

**Deltagere:**

{people}

## 1. Godkendelse

Godkendt.
"""


def _archive(tmp_path: Path, docs: list[list[str]]) -> Path:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    for i, people in enumerate(docs, start=1):
        text = TEMPLATE.format(day=i, people="\n".join(people))
        (folder / f"m{i}.md").write_text(text, encoding="utf-8")
    return folder


DOCS = [
    ["Lars Aagaard, koncerndirektør, Grundfos Holding A/S", "Bent Hansen, formand, Dansk Vand"],
    ["Lars Aagaard, koncerndirektør, Grundfos Holding A/S", "Bente Hansen, direktør, Dansk Vand"],
    ["Lars Aagard, koncerndirektør, GRUNDFOS Holding A/S", "Bente Hansen, direktør, Dansk Vand"],
]


def _run(tmp_path: Path, registry: str | None = None) -> dict[str, Any]:
    out = tmp_path / "patch.yaml"
    assert run_suggest([str(_archive(tmp_path, DOCS))], str(out), registry) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# referat registry suggest: PROPOSALS ONLY")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def test_clusters_spelling_variants_with_evidence(tmp_path: Path) -> None:
    data = _run(tmp_path)
    assert data["summary"]["files"] == 3
    lars = next(p for p in data["new_persons"] if p["name"] == "Lars Aagaard")
    assert lars["aliases"] == ["Lars Aagard"]
    main, variant = lars["evidence"]
    assert (main["count"], len(main["files"])) == (2, 2)
    assert variant["text"] == "Lars Aagard"
    assert variant["method"] == "fuzzy"
    assert variant["score"] > 90
    assert variant["files"][0].endswith("m3.md")
    assert lars["seen_with"][0]["organisation"] == "Grundfos Holding A/S"


def test_different_people_are_not_merged(tmp_path: Path) -> None:
    data = _run(tmp_path)
    names = {p["name"] for p in data["new_persons"]}
    assert {"Bent Hansen", "Bente Hansen"} <= names
    bent = next(p for p in data["new_persons"] if p["name"] == "Bent Hansen")
    assert "aliases" not in bent


def test_organisation_variants_are_proposed_as_one(tmp_path: Path) -> None:
    data = _run(tmp_path)
    grundfos = [o for o in data["new_organisations"] if "rundfos" in o["name"].lower()]
    assert len(grundfos) == 1
    assert grundfos[0]["id"] == "o-grundfos-holding-a-s"


def test_with_a_registry_proposes_aliases_not_duplicates(tmp_path: Path) -> None:
    reg = tmp_path / "reg.yaml"
    reg.write_text(
        "persons:\n  - {id: p-lars, name: Lars Aagaard}\n"
        "organisations:\n  - {id: o-grundfos, name: Grundfos Holding A/S}\n",
        encoding="utf-8",
    )
    data = _run(tmp_path, str(reg))
    assert "Lars Aagaard" not in {p["name"] for p in data["new_persons"]}
    alias = next(a for a in data["new_aliases"] if a["id"] == "p-lars")
    assert alias["alias"] == "Lars Aagard"
    assert alias["evidence"][0]["count"] == 1
    assert not [o for o in data["new_organisations"] if "rundfos" in o["name"].lower()]


def test_conflicting_clusters_go_to_review(tmp_path: Path) -> None:
    reg = tmp_path / "reg.yaml"
    reg.write_text(
        "persons:\n  - {id: p-1, name: Lars Aagaard}\n  - {id: p-2, name: Lars Aagård}\n",
        encoding="utf-8",
    )
    docs = [["Lars Aagaard, direktør, X"], ["Lars Aagård, direktør, X"]]
    out = tmp_path / "patch.yaml"
    assert run_suggest([str(_archive(tmp_path, docs))], str(out), str(reg)) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["review"]
    assert {s["resolves_to"] for s in data["review"][0]["spellings"]} == {"p-1", "p-2"}


def test_bad_input_returns_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "patch.yaml"
    assert run_suggest([str(tmp_path / "missing")], str(out), None) == 2
    assert "no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("persons:\n  - {id: p-1}\n", encoding="utf-8")
    folder = _archive(tmp_path, DOCS[:1])
    assert run_suggest([str(folder)], str(out), str(bad)) == 2
    assert "has no name" in capsys.readouterr().err
    assert not out.exists()


def test_a_guest_listed_among_the_attendees_too_is_one_person() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 3. marts 2020\n\nDeltagere: Bente Hansen, Lars Aagaard\n"
        "Desuden deltog: direktør Ida Holm\n\n## 1. Godkendelse\n\nGodkendt.\n"
    )
    assert [p.name for p in meeting.guests] == ["Ida Holm"]
    assert [p.name for p in _people(meeting)] == ["Bente Hansen", "Lars Aagaard", "Ida Holm"]
