"""Registry loading, normalisation, matching methods, hard negatives, the index."""

from __future__ import annotations

import json
from pathlib import Path
import random
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import pytest

from referat import _fuzzy
from referat.diagnostics import ReferatError, RegistryError
from referat.registry import (
    LineContext,
    Membership,
    OrganisationRecord,
    PersonRecord,
    Registry,
    clean,
    fold,
    load_registry,
    organisation_form,
    person_form,
)

FIXTURES = Path(__file__).parent / "fixtures" / "registry"


def _reg() -> Registry:
    return Registry(
        persons=[
            PersonRecord(
                "p-lars",
                "Lars Aagaard",
                ("L. Aagaard",),
                (Membership("o-grundfos", "koncerndirektør"),),
            ),
            PersonRecord("p-ib", "Ib Kristiansen", (), (Membership("o-vejle", "borgmester"),)),
            PersonRecord("p-bent", "Bent Hansen"),
            PersonRecord("p-bente", "Bente Hansen"),
            PersonRecord("p-peer", "Peer Hasselbalch Kristensen"),
            PersonRecord("p-soeren", "Søren Møller"),
            PersonRecord("p-jeppe", "Kristensen, Jeppe"),
        ],
        organisations=[
            OrganisationRecord("o-grundfos", "Grundfos Holding A/S"),
            OrganisationRecord("o-vejle", "Vejle Kommune"),
            OrganisationRecord("o-billund", "Billund Kommune"),
            OrganisationRecord("o-sdu", "Syddansk Universitet", ("SDU",)),
            OrganisationRecord("o-judex", "Judex ApS"),
            OrganisationRecord("o-midt", "Region Midtjylland"),
        ],
    )


REG = _reg()


# -- normalisation ------------------------------------------------------------------------


def test_clean_casefolds_collapses_whitespace_and_punctuation() -> None:
    assert clean("  LARS\u00a0 Aagaard. ") == "lars aagaard"
    assert clean("Anne-Marie O'Neill") == "anne marie o neill"


def test_clean_applies_nfkc_and_composes_nfd() -> None:
    assert clean("Ａｓｇｅｒ") == "asger"  # full-width letters (NFKC)
    assert clean(unicodedata.normalize("NFD", "Ågård")) == "ågård"


@pytest.mark.parametrize(
    ("a", "b"),
    [("Aagaard", "Ågård"), ("Søren", "Soeren"), ("Ærø", "Aeroe"), ("René", "Rene")],
)
def test_fold_makes_danish_spellings_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_person_form_puts_surname_first_in_order() -> None:
    form = person_form("Aagaard, Lars")
    assert form.tokens == ("lars", "aagaard")
    assert form.reordered


@pytest.mark.parametrize("form", ["A/S", "ApS", "I/S", "P/S", "K/S"])
def test_organisation_form_ignores_legal_forms(form: str) -> None:
    assert organisation_form(f"Grundfos Holding {form}").bare == "grundfos holding"


# -- methods ------------------------------------------------------------------------------


def test_exact_match() -> None:
    r = REG.resolve_person("lars  AAGAARD")
    assert r.status == "linked"
    assert r.entity is not None
    assert (r.entity.id, r.entity.method, r.entity.score) == ("p-lars", "exact", 100.0)


def test_alias_match() -> None:
    r = REG.resolve_person("L. Aagaard")
    assert r.entity is not None
    assert r.entity.method == "alias"
    org = REG.resolve_organisation("SDU")
    assert org.entity is not None
    assert (org.entity.id, org.entity.method) == ("o-sdu", "alias")


def test_folded_match_explains_the_fold() -> None:
    r = REG.resolve_person("Lars Ågård")
    assert r.entity is not None
    assert r.entity.method == "folded"
    assert r.entity.reasons == ["fold aa/å"]
    r = REG.resolve_person("Soeren Moeller")
    assert r.entity is not None
    assert (r.entity.id, r.entity.reasons) == ("p-soeren", ["fold oe/ø"])


def test_ascii_spelling_of_danish_letters() -> None:
    r = REG.resolve_person("Soren Moller")
    assert r.entity is not None
    assert (r.entity.id, r.entity.method) == ("p-soeren", "folded")
    assert "fold o/ø" in r.entity.reasons


def test_token_order_and_surname_first() -> None:
    r = REG.resolve_person("Aagaard Lars")
    assert r.entity is not None
    assert (r.entity.method, r.entity.reasons) == ("folded", ["token order"])
    r = REG.resolve_person("Aagaard, Lars")
    assert r.entity is not None
    assert (r.entity.method, r.entity.reasons) == ("exact", ["surname first"])
    r = REG.resolve_person("Jeppe Kristensen")  # registered as "Kristensen, Jeppe"
    assert r.entity is not None
    assert r.entity.id == "p-jeppe"


def test_middle_initial() -> None:
    r = REG.resolve_person("Peer H. Kristensen")
    assert r.entity is not None
    assert (r.entity.id, r.entity.method) == ("p-peer", "initials")
    assert r.entity.reasons == ["middle initial H = Hasselbalch"]


def test_first_initial_is_weak_but_links_when_unique() -> None:
    r = REG.resolve_person("P. Hasselbalch Kristensen")
    assert r.entity is not None
    assert r.entity.method == "initials"
    assert "first initial P = Peer" in r.entity.reasons


def test_fuzzy_one_letter_slip_links_with_reason() -> None:
    r = REG.resolve_person("Lars Aagard")
    assert r.entity is not None
    assert (r.entity.id, r.entity.method) == ("p-lars", "fuzzy")
    assert r.entity.reasons[0] == "one letter differs: aagard/aagaard"
    assert 90 < r.entity.score < 100


def test_exact_spelling_beats_folded_spelling() -> None:
    reg = Registry(persons=[PersonRecord("p-1", "Lars Aagaard"), PersonRecord("p-2", "Lars Ågård")])
    a, b = reg.resolve_person("Lars Ågård"), reg.resolve_person("Lars Aagaard")
    assert a.entity is not None
    assert b.entity is not None
    assert (a.entity.id, a.entity.method) == ("p-2", "exact")
    assert (b.entity.id, b.entity.method) == ("p-1", "exact")
    assert reg.resolve_person("LARS AAGÅRD").status == "ambiguous"


def test_organisation_legal_form_and_fuzzy() -> None:
    r = REG.resolve_organisation("GRUNDFOS Holding")
    assert r.entity is not None
    assert (r.entity.id, r.entity.reasons) == ("o-grundfos", ["legal form ignored"])
    r = REG.resolve_organisation("Judex A/S")
    assert r.entity is not None
    assert r.entity.id == "o-judex"


# -- context and hard negatives -----------------------------------------------------------


def test_context_confirms_a_fuzzy_candidate() -> None:
    ctx = LineContext(
        organisation="GRUNDFOS Holding A/S",
        title="koncerndirektør",
        written="Lars Aagard, koncerndirektør, GRUNDFOS Holding A/S",
    )
    r = REG.resolve_person("Lars Aagard", context=ctx)
    assert r.entity is not None
    assert "membership Grundfos Holding A/S matches line" in r.entity.reasons
    assert "role koncerndirektør matches line" in r.entity.reasons


def test_contradicting_organisation_blocks_a_fuzzy_candidate() -> None:
    r = REG.resolve_person("Lars Aagard", context=LineContext(organisation="Vestas Wind Systems"))
    assert r.status == "unknown"
    assert r.entity is None
    assert r.candidates[0].id == "p-lars"  # still reported as the best guess


def test_ib_kristensen_of_billund_is_not_ib_kristiansen_of_vejle() -> None:
    ctx = LineContext(organisation="Billund Kommune", title="borgmester")
    r = REG.resolve_person("Ib Kristensen", context=ctx)
    assert r.entity is None
    assert r.candidates[0].id == "p-ib"
    assert REG.resolve_person("Ib Kristensen").entity is None  # and not without context either


def test_bent_is_not_bente() -> None:
    r = REG.resolve_person("Bent Hansen")
    assert r.entity is not None
    assert r.entity.id == "p-bent"
    only_bente = Registry(persons=[PersonRecord("p-bente", "Bente Hansen")])
    r = only_bente.resolve_person("Bent Hansen")
    assert r.entity is None
    assert r.status == "unknown"
    assert r.data()["candidate_1_id"] == "p-bente"


@pytest.mark.parametrize(
    ("registered", "query"),
    [
        ("Vejle Kommune", "Vejen Kommune"),
        ("Region Midtjylland", "Region Nordjylland"),
        ("Aarhus Universitet", "Aalborg Universitet"),
    ],
)
def test_similar_organisations_do_not_link(registered: str, query: str) -> None:
    reg = Registry(organisations=[OrganisationRecord("o-1", registered)])
    assert reg.resolve_organisation(query).entity is None


@pytest.mark.parametrize(
    ("registered", "query"),
    [
        ("Kim Hansen", "Tim Hansen"),
        ("Lars Møller", "Lars Müller Jensen"),
        ("Hanne Nielsen", "Hans Nielsen"),
        ("Ole Jensen", "Ole Jensen Kjærgaard"),
        ("Anne Holm", "Anne Holt"),
    ],
)
def test_hard_negatives_do_not_link(registered: str, query: str) -> None:
    reg = Registry(persons=[PersonRecord("p-1", registered)])
    res = reg.resolve_person(query, context=LineContext(organisation="Et Andet Firma A/S"))
    assert res.entity is None, res


def test_two_people_with_one_name_are_ambiguous_unless_context_decides() -> None:
    reg = Registry(
        persons=[
            PersonRecord("p-1", "Henrik Hansen", (), (Membership("o-viborg"),)),
            PersonRecord("p-2", "Henrik Hansen", (), (Membership("o-odense"),)),
        ],
        organisations=[
            OrganisationRecord("o-viborg", "Viborg Kommune"),
            OrganisationRecord("o-odense", "Odense Kommune"),
        ],
    )
    r = reg.resolve_person("Henrik Hansen")
    assert r.status == "ambiguous"
    assert {c.id for c in r.candidates} == {"p-1", "p-2"}
    r = reg.resolve_person("Henrik Hansen", context=LineContext(organisation="Viborg Kommune"))
    assert r.entity is not None
    assert r.entity.id == "p-1"
    assert "membership Viborg Kommune matches line" in r.entity.reasons


def test_membership_dates_matter() -> None:
    import datetime as dt

    reg = Registry(
        persons=[
            PersonRecord(
                "p-1",
                "Henrik Hansen",
                (),
                (Membership("o-viborg", start=dt.date(2020, 1, 1)),),
            ),
            PersonRecord("p-2", "Henrik Hansen", (), (Membership("o-odense"),)),
        ],
        organisations=[
            OrganisationRecord("o-viborg", "Viborg Kommune"),
            OrganisationRecord("o-odense", "Odense Kommune"),
        ],
    )
    ctx = LineContext(organisation="Viborg Kommune", date=dt.date(2017, 10, 2))
    assert reg.resolve_person("Henrik Hansen", context=ctx).status == "ambiguous"


def test_running_text_mode_refuses_weak_matches() -> None:
    assert REG.resolve_person("Lars Aagard", weak=False).entity is None
    assert REG.resolve_person("Lars Aagaard", weak=False).entity is not None


# -- property: every registered name and alias resolves to itself -------------------------

PROPERTY_NAMES = [
    "Lars Aagaard",
    "Søren Kjærsgaard",
    "Åse Bæk",
    "Mette Frederiksen",
    "Jens Kjerulf Petersen",
    "Peer Hasselbalch Kristensen",
    "Ærtebjerg Holm",
    "Bent Hansen",
    "Bente Hansen",
    "Kim Kofod Hansen",
    "Hanne Lund",
]
PROPERTY_REG = Registry(
    persons=[
        PersonRecord(f"p-{i}", n, (f"{n.split()[0][0]}. {n.split()[-1]}",) if i == 0 else ())
        for i, n in enumerate(PROPERTY_NAMES)
    ],
    organisations=[
        OrganisationRecord("o-sdu", "Syddansk Universitet", ("SDU",)),
        OrganisationRecord("o-skaldyr", "Dansk Skaldyrcenter"),
        OrganisationRecord("o-aero", "Ærø Kommune"),
    ],
)
_SWAPS = [("å", "aa"), ("aa", "å"), ("ø", "oe"), ("oe", "ø"), ("æ", "ae"), ("ae", "æ")]


def _respell(text: str, swaps: list[int], case: int, nfd: bool) -> str:
    for i in swaps:
        a, b = _SWAPS[i]
        text = text.replace(a, b).replace(a.capitalize(), b.capitalize())
    text = [text, text.upper(), text.lower(), text.title()][case]
    return unicodedata.normalize("NFD", text) if nfd else text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.sampled_from([(t, i, k) for t, i, k in PROPERTY_REG.names()]),
    swaps=st.lists(st.integers(0, len(_SWAPS) - 1), max_size=3),
    case=st.integers(0, 3),
    nfd=st.booleans(),
)
def test_every_name_and_alias_resolves_to_itself(
    which: tuple[str, str, str], swaps: list[int], case: int, nfd: bool
) -> None:
    text, entity_id, kind = which
    query = _respell(text, swaps, case, nfd)
    res = PROPERTY_REG.resolve(query, "person" if kind == "person" else "organisation")
    assert res.entity is not None, (query, res)
    assert res.entity.id == entity_id
    assert res.entity.method in {"exact", "alias", "folded"}


# -- loading ------------------------------------------------------------------------------

YAML_OK = """\
persons:
  - id: p-lars
    name: Lars Aagaard
    aliases: [L. Aagaard]
    memberships:
      - {organisation: o-grundfos, role: koncerndirektør, start: 2015-01-01, end: null}
organisations:
  - {id: o-grundfos, name: Grundfos Holding A/S}
  - {id: o-sdu, name: Syddansk Universitet, aliases: [SDU]}
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _check_same(reg: Registry) -> None:
    assert len(reg) == 3
    lars = reg.get("p-lars")
    assert isinstance(lars, PersonRecord)
    assert lars.aliases == ("L. Aagaard",)
    assert lars.memberships[0].organisation == "o-grundfos"
    assert str(lars.memberships[0].start) == "2015-01-01"
    r = reg.resolve_organisation("SDU")
    assert r.entity is not None
    assert r.entity.id == "o-sdu"


def test_load_yaml_json_and_csv_agree(tmp_path: Path) -> None:
    import yaml

    data = yaml.safe_load(YAML_OK)
    data["persons"][0]["memberships"][0]["start"] = "2015-01-01"
    _check_same(load_registry(_write(tmp_path, "r.yaml", YAML_OK)))
    _check_same(load_registry(_write(tmp_path, "r.json", json.dumps(data))))
    csv_text = (
        "id,kind,name,aliases\n"
        "p-lars,person,Lars Aagaard,L. Aagaard\n"
        "o-grundfos,organisation,Grundfos Holding A/S,\n"
        "o-sdu,organisation,Syddansk Universitet,SDU\n"
    )
    _write(
        tmp_path,
        "r.memberships.csv",
        "person,organisation,role,start,end\np-lars,o-grundfos,koncerndirektør,2015-01-01,\n",
    )
    _check_same(Registry.load(_write(tmp_path, "r.csv", csv_text)))


def test_seed_registry_fixture_loads() -> None:
    reg = load_registry(FIXTURES / "seed.yaml")
    lars = reg.get("p-lars-aagaard")
    assert isinstance(lars, PersonRecord)
    assert lars.memberships[0].organisation == "o-grundfos"
    grundfos = reg.get("o-grundfos")
    assert grundfos is not None
    assert grundfos.name == "Grundfos Holding A/S"


@pytest.mark.parametrize(
    ("name", "text", "line", "problem"),
    [
        (
            "dup.yaml",
            "persons:\n  - {id: p-1, name: A B}\n  - {id: p-1, name: C D}\n",
            3,
            "duplicate id 'p-1'",
        ),
        ("noname.yaml", "persons:\n  - id: p-1\n  - id: p-2\n    name: X\n", 2, "has no name"),
        (
            "member.yaml",
            "organisations:\n  - {id: o-1, name: X}\npersons:\n  - id: p-1\n    name: A B\n"
            "    memberships:\n      - {organisation: o-2}\n",
            7,
            "unknown organisation 'o-2'",
        ),
        ("syntax.yaml", "persons:\n  - {id: p-1, name: [\n", 3, "invalid YAML"),
        ("key.yaml", "persons:\n  - {id: p-1, name: A, alias: [B]}\n", 2, "unknown field 'alias'"),
        (
            "date.yaml",
            "organisations: [{id: o-1, name: X}]\npersons:\n  - id: p-1\n    name: A\n"
            "    memberships: [{organisation: o-1, start: 2015-13-45}]\n",
            5,
            "invalid date",
        ),
        (
            "dup.json",
            '{"persons": [\n  {"id": "p-1", "name": "A"},\n  {"id": "p-1", "name": "B"}\n]}',
            3,
            "duplicate id 'p-1'",
        ),
        ("bad.json", '{"persons": [\n  {"id": "p-1",, }\n]}', 2, "invalid JSON"),
        ("dup.csv", "id,kind,name\np-1,person,A\np-1,person,B\n", 3, "duplicate id 'p-1'"),
        ("noname.csv", "id,kind,name\np-1,person,\n", 2, "has no name"),
        ("kind.csv", "id,kind,name\np-1,animal,Rex\n", 2, "kind must be person or organisation"),
        ("cols.csv", "id,name\np-1,A\n", 1, "missing column 'kind'"),
    ],
)
def test_registry_errors_name_file_line_and_problem(
    tmp_path: Path, name: str, text: str, line: int, problem: str
) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert problem in message
    assert isinstance(info.value, ReferatError)
    assert isinstance(info.value, ValueError)
    assert not list(tmp_path.glob("*.sqlite")), "nothing half-built"


def test_memberships_csv_unknown_organisation(tmp_path: Path) -> None:
    reg = _write(tmp_path, "r.csv", "id,kind,name\np-1,person,A B\no-1,organisation,X\n")
    _write(tmp_path, "r.memberships.csv", "person,organisation\np-1,o-1\np-1,o-9\n")
    with pytest.raises(RegistryError, match=r"r\.memberships\.csv:3: unknown organisation 'o-9'"):
        load_registry(reg)


def test_missing_file_and_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry(tmp_path / "nope.yaml")
    with pytest.raises(RegistryError, match="unknown registry format"):
        load_registry(_write(tmp_path, "r.txt", "x"))


def test_programmatic_registry_validates() -> None:
    with pytest.raises(RegistryError, match="duplicate id"):
        Registry(persons=[PersonRecord("p", "A"), PersonRecord("p", "B")])
    with pytest.raises(RegistryError, match="unknown organisation 'o-x'"):
        Registry(persons=[PersonRecord("p", "A", (), (Membership("o-x"),))])


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    evil = "persons: !!python/object/apply:os.system ['echo pwned']\n"
    with pytest.raises(RegistryError, match="invalid YAML"):
        load_registry(_write(tmp_path, "evil.yaml", evil))


# -- index --------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words("Lars Lene Kim Karen Bent Bente Søren Åse Mette Jens Ib Peer Ulla Hans Hanne Jørgen")
LAST = _words(
    "Hansen Jensen Nielsen Aagaard Kristensen Kristiansen Møller Sørensen Kjærgaard Holm "
    "Lund Bæk Skov Dahl Friis Bech Vestergaard Østergaard Bjerre Toft"
)
STEMS = _words("Aa Bjerre Dal Holm Kjær Lund Mølle Nør Skov Vest Øster Bro Lyng Krog Hede Bæk")
SUFFIX = _words("gaard sen holm lund bjerg dal bæk strup rup by toft høj skov")


def generate(n: int, seed: int = 1) -> list[PersonRecord]:
    """A small generator of realistic Danish names (the full one is in bench/)."""
    rng = random.Random(seed)
    last = LAST + [s + x for s in STEMS for x in SUFFIX]
    out = []
    for i in range(n):
        parts = [rng.choice(FIRST)]
        if rng.random() < 0.3:
            parts.append(rng.choice(["Kofod", "Bech", "Friis", "Juul", "Krogh", "Bay"]))
        parts.append(rng.choice(last))
        out.append(PersonRecord(f"p-{i}", " ".join(parts)))
    return out


def _noisy(name: str, rng: random.Random) -> str:
    tokens = name.split()
    last = tokens[-1]
    pos = rng.randrange(1, len(last))
    choice = rng.randrange(4)
    if choice == 0:
        last = last[:pos] + last[pos + 1 :]
    elif choice == 1:
        last = last[:pos] + "e" + last[pos:]
    elif choice == 2:
        return name.replace("aa", "å").replace("ø", "oe").upper()
    else:
        return f"{tokens[-1]}, {' '.join(tokens[:-1])}"
    return " ".join([*tokens[:-1], last])


def test_index_agrees_with_an_exhaustive_scan() -> None:
    persons = generate(20_000)
    reg = Registry(persons=persons)
    names = [p.name for p in persons]
    folded = [fold(n) for n in names]
    rng = random.Random(5)
    agree = total = 0
    for p in rng.sample(persons, 60):
        query = _noisy(p.name, rng)
        res = reg.resolve_person(query)
        best = _fuzzy.top_matches(person_form(query).fold, folded, limit=30, cutoff=0)
        top = best[0][1]
        tied = {persons[i].id for i, s in best if s >= top}
        ours = res.candidates[0] if res.candidates else None
        total += 1
        if ours is not None and (ours.id in tied or ours.method != "fuzzy"):
            agree += 1
    assert agree / total >= 0.95, (agree, total)


def test_sqlite_index_is_built_reused_and_rebuilt(tmp_path: Path) -> None:
    rows = ["id,kind,name,aliases"] + [f"{p.id},person,{p.name}," for p in generate(500)]
    src = _write(tmp_path, "big.csv", "\n".join(rows) + "\n")
    mem = load_registry(src, index="memory")
    reg = load_registry(src, index="sqlite")
    assert reg.index_file is not None
    assert reg.index_file.name == "big.csv.referat-index.sqlite"
    stamp = reg.index_file.stat().st_mtime_ns
    for q in ["Lars Aagard", "Hansen, Bent", "SØREN MØLLER", "Lene Kristiansen"]:
        a, b = mem.resolve_person(q), reg.resolve_person(q)
        assert (a.status, a.entity) == (b.status, b.entity), q
    again = load_registry(src, index="sqlite")
    assert again.index_file is not None
    assert again.index_file.stat().st_mtime_ns == stamp  # reused
    src.write_text("\n".join([*rows, "p-new,person,Zacharias Ørnebjerg,"]) + "\n", "utf-8")
    rebuilt = load_registry(src, index="sqlite")
    assert rebuilt.resolve_person("Zacharias Oernebjerg").status == "linked"


def test_an_initials_alias_does_not_stand_for_another_first_name() -> None:
    reg = Registry(
        persons=[PersonRecord("p-lars", "Lars Aagaard", ("L. Aagaard", "L. P. Aagaard"))]
    )
    r = reg.resolve_person("Lone Aagaard")
    assert r.entity is None
    assert "registered name Lars Aagaard differs" in r.candidates[0].reasons
    assert reg.resolve_person("Lars Aagaard").status == "linked"
    assert reg.resolve_person("L. Aagaard").status == "linked"


def test_a_folded_name_and_an_exactly_spelt_initial_are_equally_good() -> None:
    reg = Registry(
        persons=[
            PersonRecord("p-lars", "Lars Aagaard", ("L. Aagaard",), (Membership("o-g"),)),
            PersonRecord("p-lone", "Lone Ågård", (), (Membership("o-v"),)),
        ],
        organisations=[OrganisationRecord("o-g", "Grundfos"), OrganisationRecord("o-v", "Vejle")],
    )
    assert reg.resolve_person("L. Ågård").status == "ambiguous"
    r = reg.resolve_person("L. Ågård", context=LineContext(organisation="Vejle"))
    assert r.entity is not None
    assert r.entity.id == "p-lone"


def test_initials_of_danish_letters() -> None:
    """ "Å." folds to "aa", yet it is one letter: the initial of Aagaard or Åse."""
    reg = Registry(
        persons=[
            PersonRecord("p-mette", "Mette Aagaard Nielsen"),
            PersonRecord("p-aase", "Åse Nielsen"),
            PersonRecord("p-oejvind", "Øjvind Lund"),
        ]
    )
    r = reg.resolve_person("Mette Å. Nielsen")
    assert r.entity is not None
    assert (r.entity.id, r.entity.method) == ("p-mette", "initials")
    assert r.entity.reasons == ["middle initial Å = Aagaard"]
    r = reg.resolve_person("Ø. Lund")
    assert r.entity is not None
    assert r.entity.id == "p-oejvind"
    assert "first initial Ø = Oejvind" in r.entity.reasons
    assert reg.resolve_person("Mette Ø. Nielsen").entity is None  # Ø is not Aagaard
