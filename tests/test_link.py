"""Linking a parsed meeting to a registry: people, organisations, location, mentions."""

from __future__ import annotations

import inspect
from pathlib import Path
import re

import pytest

import referat
from referat._link import link
from referat._source import decode, normalise
from referat.diagnostics import SEVERITY, Code
from referat.models import Meeting, Person
from referat.registry import OrganisationRecord, PersonRecord, Registry, load_registry

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "beslutningsreferat.md"
FIXTURES = Path(__file__).parent / "fixtures" / "registry"
SEED_REGISTRY = load_registry(FIXTURES / "seed.yaml")

DOC = """\
# Referat

Møde: **Styregruppen for Vestdansk Erhvervssamarbejde**
Tidspunkt: 2. oktober 2017, kl. 14.00
Sted: Dansk Skaldyrscenter, Øroddevej 80, 7900 Nykøbing Mors

**Deltagere:**

Lars Aagard, koncerndirektør, GRUNDFOS Holding A/S
Bent Hansen, formand, Vækstforum Midtjylland
Ib Kristensen, borgmester, Billund Kommune
Henrik Dam, rektor for SDU

**Afbud:** Peer H. Kristensen, direktør, VisitAarhus

## 1. Velkomst

Kim Kofod Hansen præsenterede arbejdet i Dansk Skaldyrcenter og SDU.

**Beslutning:** Godkendt.
"""

LINK_CODES = {
    Code.UNKNOWN_PERSON,
    Code.AMBIGUOUS_PERSON,
    Code.FUZZY_PERSON,
    Code.UNKNOWN_ORGANISATION,
    Code.AMBIGUOUS_ORGANISATION,
}


def _parse_accepts_registry() -> bool:
    return "registry" in inspect.signature(referat.parse).parameters


def _linked(text: str = DOC, registry: Registry = SEED_REGISTRY) -> Meeting:
    return link(referat.parse(text), registry, text=normalise(text))


def _person(m: Meeting, name: str) -> Person:
    people = [*m.attendees, *m.absentees, *m.guests]
    return next(p for p in people if p.name == name)


def test_fuzzy_name_confirmed_by_membership() -> None:
    p = _person(_linked(), "Lars Aagard")
    assert p.entity is not None
    assert (p.entity.id, p.entity.method) == ("p-lars-aagaard", "fuzzy")
    assert "membership Grundfos Holding A/S matches line" in p.entity.reasons
    assert p.organisation_entity is not None
    assert p.organisation_entity.id == "o-grundfos"


def test_ib_kristensen_is_not_linked_to_ib_kristiansen() -> None:
    m = _linked()
    p = _person(m, "Ib Kristensen")
    assert p.entity is None
    assert p.organisation_entity is not None
    assert p.organisation_entity.id == "o-billund"
    diag = next(d for d in m.diagnostics if d.code == "unknown-person" and d.span == p.span)
    assert diag.data is not None
    assert diag.data["candidate_1_id"] == "p-ib-kristiansen"
    assert isinstance(diag.data["candidate_1_score"], float)


def test_bent_hansen_links_to_bent_not_bente() -> None:
    p = _person(_linked(), "Bent Hansen")
    assert p.entity is not None
    assert p.entity.id == "p-bent-hansen"
    assert p.group_entity is None


def test_bent_hansen_links_to_nobody_when_only_bente_is_registered() -> None:
    reg = Registry(persons=[PersonRecord("p-bente", "Bente Hansen")])
    m = _linked(registry=reg)
    assert _person(m, "Bent Hansen").entity is None
    assert any(d.code == "unknown-person" and "Bente Hansen" in d.message for d in m.diagnostics)


def test_initials_alias_and_abbreviation() -> None:
    m = _linked()
    peer = _person(m, "Peer H. Kristensen")
    assert peer.entity is not None
    assert (peer.entity.id, peer.entity.method) == ("p-peer-kristensen", "initials")
    dam = _person(m, "Henrik Dam")
    assert dam.entity is not None
    assert (dam.entity.id, dam.entity.method) == ("p-henrik-dam", "alias")
    assert dam.organisation_entity is not None
    assert (dam.organisation_entity.id, dam.organisation_entity.method) == ("o-sdu", "alias")


def test_location_and_meeting_body() -> None:
    m = _linked()
    assert m.location is not None
    assert m.location.entity is not None
    assert m.location.entity.id == "o-dsc"
    assert m.body_entity is not None
    assert m.body_entity.id == "o-styregruppe"


def test_mentions_in_item_text_with_spans() -> None:
    m = _linked()
    mentions = [(x.text, x.kind, x.entity.id if x.entity else None) for x in m.agenda[0].mentions]
    assert mentions == [
        ("Kim Kofod Hansen", "person", "p-kim-kofod-hansen"),
        ("Dansk Skaldyrcenter", "organisation", "o-dsc"),
        ("SDU", "organisation", "o-sdu"),
    ]
    line = DOC.split("\n").index(
        "Kim Kofod Hansen præsenterede arbejdet i Dansk Skaldyrcenter og SDU."
    )
    assert {x.span.start_line for x in m.agenda[0].mentions} == {line + 1}


def test_mentions_without_text_use_the_section_span() -> None:
    m = link(referat.parse(DOC), SEED_REGISTRY)
    section = m.agenda[0].sections[0]
    assert all(x.span == section.span for x in m.agenda[0].mentions)


def test_running_text_needs_a_strong_match() -> None:
    text = DOC.replace("Kim Kofod Hansen præsenterede", "Kim Kofod Hanssen præsenterede")
    mentions = [x.text for x in _linked(text).agenda[0].mentions]
    assert "Kim Kofod Hanssen" not in mentions


def test_link_returns_a_new_valid_meeting() -> None:
    before = referat.parse(DOC)
    after = link(before, SEED_REGISTRY)
    assert before.attendees[0].entity is None
    assert after.attendees[0].entity is not None
    again = Meeting.model_validate_json(after.model_dump_json())
    assert again == after
    codes = [d.code for d in after.diagnostics]
    assert "fuzzy-person" in codes
    keys = [(d.span.start_line if d.span else 0, d.code, d.message) for d in after.diagnostics]
    assert keys == sorted(keys)


def test_link_diagnostics_have_severities_and_docs() -> None:
    for code in LINK_CODES:
        assert code in SEVERITY
    docs = [ROOT / "docs" / "diagnostics.md", ROOT / "docs" / "diagnostics-registry.md"]
    text = "\n".join(p.read_text(encoding="utf-8") for p in docs if p.exists())
    for code in LINK_CODES:
        assert re.search(rf"^## `{code.value}`", text, re.M), code


def test_empty_registry_links_nothing() -> None:
    m = _linked(registry=Registry())
    assert all(p.entity is None for p in m.attendees)
    assert m.agenda[0].mentions == []


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is absent (seed fixture test)")
def test_seed_document_with_its_registry() -> None:
    raw = SEED.read_bytes()
    m = link(referat.parse(raw), SEED_REGISTRY, text=normalise(decode(raw).text))
    by_name = {p.name: p for p in [*m.attendees, *m.absentees]}
    expected = {
        "Lars Aagard": ("p-lars-aagaard", "fuzzy"),
        "Bent Hansen": ("p-bent-hansen", "exact"),
        "Henrik Dam": ("p-henrik-dam", "alias"),
        "Peer H. Kristensen": ("p-peer-kristensen", "initials"),
        "Jeppe Kristensen": ("p-jeppe-kristensen", "exact"),
        "Kim Kofod Hansen": ("p-kim-kofod-hansen", "exact"),
        "Stephanie Lose": ("p-stephanie-lose", "exact"),
    }
    for name, (eid, method) in expected.items():
        ent = by_name[name].entity
        assert ent is not None, name
        assert (ent.id, ent.method) == (eid, method), name
    assert by_name["Ib Kristensen"].entity is None
    assert m.minute_taker is not None
    assert m.minute_taker.entity is not None
    assert m.minute_taker.entity.id == "p-jeppe-kristensen"
    assert m.organisation_entity is not None
    assert m.organisation_entity.id == "o-ves"
    item4 = next(it for it in m.agenda if it.number == "4")
    kim = next(x for x in item4.mentions if x.text == "Kim Kofod Hansen")
    assert kim.entity is not None
    assert kim.entity.id == "p-kim-kofod-hansen"
    assert "Kim Kofod Hansen præsenterede" in raw.decode().split("\n")[kim.span.start_line - 1]
    unknown = {d.data["name"] for d in m.diagnostics if d.code == "unknown-person" and d.data}
    assert "Ib Kristensen" in unknown
    assert "Lars Aagard" not in unknown


@pytest.mark.skipif(
    not _parse_accepts_registry(), reason="parse(registry=...) not integrated into _api.py yet"
)
def test_parse_with_registry() -> None:
    m = referat.parse(DOC, registry=SEED_REGISTRY)  # type: ignore[call-arg, unused-ignore]
    p = _person(m, "Lars Aagard")
    assert p.entity is not None
    assert p.entity.id == "p-lars-aagaard"
    assert m.agenda[0].mentions


@pytest.mark.skipif(
    not _parse_accepts_registry(), reason="parse_file(registry=...) not integrated yet"
)
def test_parse_file_with_registry(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    path.write_text(DOC, encoding="utf-8")
    m = referat.parse_file(path, registry=SEED_REGISTRY)  # type: ignore[call-arg, unused-ignore]
    assert _person(m, "Bent Hansen").entity is not None
    assert referat.parse(DOC).attendees[0].entity is None  # no registry: no links


def test_no_false_links_from_names_inside_longer_names_and_short_words(tmp_path: Path) -> None:
    registry_file = tmp_path / "registry.yaml"
    registry_file.write_text(
        "persons:\n"
        "  - {id: p-al, name: Anders Lund}\n"
        "  - {id: p-rf, name: Rikke Fries}\n"
        "  - {id: p-tkl, name: Thomas Kastrup-Larsen}\n"
        "  - {id: p-jb, name: Jan Boye}\n"
        "organisations:\n"
        "  - {id: o-novo, name: Novo Nordisk A/S}\n"
        "  - {id: o-kl, name: KL}\n"
        "  - {id: o-ida, name: Ingeniørforeningen, aliases: [IDA]}\n",
        encoding="utf-8",
    )
    registry = referat.load_registry(registry_file)
    text = (
        "# Referat\n\nDato: 1. marts 2024\n\nDeltagere:\n- Thomas Larsen\n\n## 1. Sag\n\n"
        "Anders Lund Madsen talte. Novo Nordisk Fonden betalte. Mødet startede Kl. 15. "
        "Ida Krogh talte. Rikke Friess talte. Borgmester Jan Boye og KL svarede. "
        "Novo Nordisk betalte.\n"
    )
    meeting = referat.parse(text, registry=registry)
    assert meeting.attendees[0].entity is None  # not Thomas Kastrup-Larsen
    linked = [(m.text, m.entity.id if m.entity else None) for m in meeting.agenda[0].mentions]
    assert linked == [("Jan Boye", "p-jb"), ("KL", "o-kl"), ("Novo Nordisk", "o-novo")]


NAMESAKES = load_registry(FIXTURES / "namesakes.yaml")


def _people_links(body: str, registry: Registry = NAMESAKES) -> list[tuple[str, str | None]]:
    text = f"# Referat\n\nDato: 1. marts 2024\n\n{body}\n\n## 1. Sag\n\nTekst.\n"
    m = _linked(text, registry)
    return [(p.name, p.entity.id if p.entity else None) for p in [*m.attendees, *m.absentees]]


@pytest.mark.parametrize(
    "body",
    [
        # Per Schmidt (Vejle) is ruled out by Grundfos, but that does not make it Per Schmitt
        "Deltagere: Per Schmidtt, Grundfos",
        # a group that is a registered organisation contradicts like an organisation does
        "Deltagere:\n\n**Grundfos:** Ole Bertelssen",
    ],
)
def test_contradicted_or_rival_close_names_do_not_link(body: str) -> None:
    assert [link for _, link in _people_links(body)] == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the folded alias "L. Aagaard" and the exact spelling of Lone Ågård fit equally
        ("Deltagere: L. Ågård", None),
        ("Deltagere: L. Aagaard", "p-lars-aagaard"),
        ("Deltagere: Lars Ågård", "p-lars-aagaard"),
        ("Deltagere: Lone Aagaard", "p-lone-agard"),
    ],
)
def test_exact_spelling_of_initials_rivals_a_folded_name(body: str, expected: str | None) -> None:
    assert [link for _, link in _people_links(body)] == [expected]


def test_namesakes_of_two_organisations_are_two_linked_people() -> None:
    body = "Deltagere:\n- Anne Holm (Vejle Kommune)\n- Anne Holm (Region Syddanmark)"
    assert _people_links(body) == [
        ("Anne Holm", "p-anne-holm-vejle"),
        ("Anne Holm", "p-anne-holm-syd"),
    ]


def test_ascii_spellings_and_initials_in_item_text() -> None:
    text = (
        "# Referat\n\nDato: 1. marts 2024\n\nDeltagere: KLP, MJ\n\n## 1. Sag\n\n"
        "Soren Ostergaard talte for forslaget. KLP fremlagde sagen, og MJ spurgte. Klp.\n"
    )
    m = _linked(text, NAMESAKES)
    assert [(p.name, p.entity.id if p.entity else None) for p in m.attendees] == [
        ("KLP", "p-karen-lund-petersen"),
        ("MJ", None),  # Mette Jensen and Morten Juul share the initials
    ]
    assert any(d.code == "ambiguous-person" and '"MJ"' in d.message for d in m.diagnostics)
    mentions = [(x.text, x.entity.id if x.entity else None) for x in m.agenda[0].mentions]
    assert mentions == [
        ("Soren Ostergaard", "p-soeren-oestergaard"),
        ("KLP", "p-karen-lund-petersen"),
    ]


def test_initials_that_are_also_an_acronym_are_no_mention() -> None:
    reg = Registry(
        persons=[PersonRecord("p-kl", "Kim Larsen", ("KL",))],
        organisations=[OrganisationRecord("o-kl", "Kommunernes Landsforening", ("KL",))],
    )
    text = "# Referat\n\nDato: 1. marts 2024\n\n## 1. Sag\n\nKL har svaret.\n"
    assert _linked(text, reg).agenda[0].mentions == []


def test_a_weak_initials_link_without_context_is_reported_for_review() -> None:
    reg = Registry(persons=[PersonRecord("p-amj", "Anne Marie Jensen")])
    text = "# Referat\n\nDato: 1. marts 2024\n\nDeltagere: Anne Jensen\n\n## 1. Sag\n\nTekst.\n"
    m = _linked(text, reg)
    assert m.attendees[0].entity is not None
    assert "no context to confirm" in m.attendees[0].entity.reasons
    diag = next(d for d in m.diagnostics if d.code == "fuzzy-person")
    assert "by initials or a left-out name" in diag.message


def test_initials_as_list_entries_link_when_unique() -> None:
    assert _people_links("Deltagere:\n- KLP\n- MJ") == [
        ("KLP", "p-karen-lund-petersen"),
        ("MJ", None),
    ]


COMMON_WORDS = Registry(
    persons=[PersonRecord("p-bo", "Bo Lind")],
    organisations=[
        OrganisationRecord("o-magenta", "Magenta"),
        OrganisationRecord("o-energi", "Energi"),
        OrganisationRecord("o-huset", "Huset"),
        OrganisationRecord("o-kl", "Kommunernes Landsforening", ("KL",)),
    ],
)


def _mentions(body: str, people: str = "Deltagere: Bo Lind") -> list[str]:
    text = f"# Referat\n\nDato: 1. marts 2024\n\n{people}\n\n## 1. Sag\n\n{body}\n"
    m = _linked(text, COMMON_WORDS)
    return [f"{x.text}={x.entity.id if x.entity else None}" for x in m.agenda[0].mentions]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a capital that opens a sentence or a line says nothing: Danish capitalises it there
        ("Energi er en vigtig del af planen. Huset skal males.", []),
        ("- Huset skal males\n- Energi: se bilag", []),
        ("Planen er klar: Energi kommer senere.", []),
        # inside a sentence a capital makes a name
        ("Planen blev lavet sammen med Energi og Huset.", ["Energi=o-energi", "Huset=o-huset"]),
        # written as a name elsewhere in the document: a name at the sentence start too
        ("Vi har talt med Energi. Energi svarer i næste uge.", ["Energi=o-energi"] * 2),
        # acronyms are names anywhere; "KL's" is KL
        ("KL's anbefaling følges. KL svarer.", ["KL=o-kl", "KL=o-kl"]),
    ],
)
def test_a_one_word_name_at_a_sentence_start_needs_evidence(body: str, expected: list[str]) -> None:
    assert _mentions(body) == expected


def test_a_person_s_organisation_is_evidence_for_its_name() -> None:
    body = "Magenta leverer koden."
    assert _mentions(body, people="Deltagere: Bo Lind") == []
    assert _mentions(body, people="Deltagere: Bo Lind (Magenta)") == ["Magenta=o-magenta"]
