"""People lists as archives write them: prose with details, tables, initials (``_header``)."""

from __future__ import annotations

import pytest

import referat
from referat._people import parse_person, split_name_list
from referat.models import Meeting, Person

HEAD = "# Referat af bestyrelsesmøde\n\nDato: 3. maj 2024\n\n"
ITEM = "\n\n## 1. Regnskab\n\nGodkendt.\n"


def _parse(block: str) -> Meeting:
    return referat.parse(HEAD + block + ITEM)


def _members(meeting: Meeting) -> list[Person]:
    """The attendees but the guests (who attended too, and are in both lists)."""
    return [p for p in meeting.attendees if p not in meeting.guests]


def _who(people: list[Person]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.title, p.organisation, p.party) for p in people]


@pytest.mark.parametrize(
    ("block", "attendees"),
    [
        ("Til stede: Anna Holm (Vejle Roklub, formand), Bo Lind (Socialdemokratiet), Ida Dahl",
         [("Anna Holm", "formand", "Vejle Roklub", None), ("Bo Lind", None, None, "A"),
          ("Ida Dahl", None, None, None)]),
        ("Deltagere: Jens Madsen, Lotte Skov (kasserer), Bjarne Kofoed samt Hanne Riis.",
         [("Jens Madsen", None, None, None), ("Lotte Skov", "kasserer", None, None),
          ("Bjarne Kofoed", None, None, None), ("Hanne Riis", None, None, None)]),
        ("Til stede: Line Juhl, Ole Hansen og tømrer Peter Møller.",
         [("Line Juhl", None, None, None), ("Ole Hansen", None, None, None),
          ("Peter Møller", "tømrer", None, None)]),
        # a protocol's "Mødt var:"
        ("Mødt var: formand Jens Peder Kjærgaard, kasserer Inga Mølgaard og Lis Thygesen.",
         [("Jens Peder Kjærgaard", "formand", None, None),
          ("Inga Mølgaard", "kasserer", None, None), ("Lis Thygesen", None, None, None)]),
        ("Deltagere: Jens Madsen (fmd.), Lotte Skov (kass.) og Bo Ek (næstfmd.)",
         [("Jens Madsen", "formand", None, None), ("Lotte Skov", "kasserer", None, None),
          ("Bo Ek", "næstformand", None, None)]),
        # an unknown first name with its association in brackets is a person of its own, and
        # an elided compound ("Kultur- og idrætsforeningerne") is an organisation
        ("Medlemmer: Grete Lund (V), formand, Lotte Hjort (Aftenskolerne), Ramazan Öztürk"
         " (Handicapidræt), Tue Bak (Kultur- og idrætsforeningerne)",
         [("Grete Lund", "formand", None, "V"), ("Lotte Hjort", None, "Aftenskolerne", None),
          ("Ramazan Öztürk", None, "Handicapidræt", None),
          ("Tue Bak", None, "Kultur- og idrætsforeningerne", None)]),
        # names in any Latin script's capitals
        ("Til stede: İlknur Şahin, Łukasz Nowak og Žaneta Horáková",
         [("İlknur Şahin", None, None, None), ("Łukasz Nowak", None, None, None),
          ("Žaneta Horáková", None, None, None)]),
        # a quick note's "+" joins two entries like "og"
        ("Til stede: Mette, Rasmus, Louise + Birgit (leder) og Jannik (pædagog)",
         [("Mette", None, None, None), ("Rasmus", None, None, None),
          ("Louise", None, None, None), ("Birgit", "leder", None, None),
          ("Jannik", "pædagog", None, None)]),
        ("Deltagere: Anna Holm <anna.holm@aarhus.dk>; Bo Lind <bo@magenta.dk>",
         [("Anna Holm", None, None, None), ("Bo Lind", None, None, None)]),
        ("Deltagere:\n- Thomas Winther, Magenta\n- Ole Berg (Systematic)",
         [("Thomas Winther", None, "Magenta", None), ("Ole Berg", None, "Systematic", None)]),
        ("Fremmødte: Bjarne (formand), Susse, Kim H., Lotte, Per Gade",
         [("Bjarne", "formand", None, None), ("Susse", None, None, None),
          ("Kim H.", None, None, None), ("Lotte", None, None, None),
          ("Per Gade", None, None, None)]),
        ("Til stede: Formand Knud Erik Hansen, næstformand Vibeke Storm, kasserer\n"
         "             Allan Juhl, bestyrelsesmedlem Rita Fischer",
         [("Knud Erik Hansen", "Formand", None, None), ("Vibeke Storm", "næstformand", None, None),
          ("Allan Juhl", "kasserer", None, None),
          ("Rita Fischer", "bestyrelsesmedlem", None, None)]),
        ("Til stede:\nPeter Sørensen (A), borgmester\nLene Hauge (V)",
         [("Peter Sørensen", "borgmester", None, "A"), ("Lene Hauge", None, None, "V")]),
        ("Deltagere: AB, NDa, BØ og PH",
         [("AB", None, None, None), ("NDa", None, None, None), ("BØ", None, None, None),
          ("PH", None, None, None)]),
        ("| Navn | Titel |\n|---|---|\n| Niels Damgaard | Næstformand, kirkeværge |\n"
         "| Hans Kjær | Bygningskyndig |",
         [("Niels Damgaard", "kirkeværge", None, None),  # the chair's post a role, her job hers
          ("Hans Kjær", "Bygningskyndig", None, None)]),
        ("Deltagere:\n\n| Navn | Repræsenterer | Til stede |\n|---|---|---|\n"
         "| Kim Rasmussen | Byrådet (A) | x |",
         [("Kim Rasmussen", None, "Byrådet", "A")]),
        ("Deltagere:\n- KLP\n- Mette Jensen\n- [x] BØ",
         [("KLP", None, None, None), ("Mette Jensen", None, None, None),
          ("BØ", None, None, None)]),
        # namesakes from two organisations are two people; the bare name is one of them
        ("Deltagere:\n- Anne Holm (Vejle Kommune)\n- Anne Holm (Region Syddanmark)\n"
         "- Anne Holm\n- Bo Lind (kun punkt 3)\n- Bo Lind (efter pausen)",
         [("Anne Holm", None, "Vejle Kommune", None),
          ("Anne Holm", None, "Region Syddanmark", None),
          ("Bo Lind", None, None, None)]),
        # posts written as labels inside the list are entries, not fields that end it
        ("Bestyrelsen:\n- Formand: Anna Holm\n- Kasserer: Bo Lind\n- Carsten Mikkelsen",
         [("Anna Holm", "formand", None, None), ("Bo Lind", "kasserer", None, None),
          ("Carsten Mikkelsen", None, None, None)]),
        ("Bestyrelsen:\nFormand: Anna Holm\nKasserer: Bo Lind\nSekretær: Eva Ulv\n"
         "Carsten Mikkelsen",
         [("Anna Holm", "formand", None, None), ("Bo Lind", "kasserer", None, None),
          ("Eva Ulv", "sekretær", None, None), ("Carsten Mikkelsen", None, None, None)]),
        ("Til stede:\n\n| Rolle | Navn |\n|---|---|\n| Formand | Anna Holm |\n"
         "| Kasserer | Bo Lind |",
         [("Anna Holm", "Formand", None, None), ("Bo Lind", "Kasserer", None, None)]),
        ("Deltagere:\nForældre: Sara Holm, Ida Bang\nLeder: Jette Mørk",
         [("Sara Holm", None, None, None), ("Ida Bang", None, None, None),
          ("Jette Mørk", "leder", None, None)]),
        # initials with details: each initials starts an entry
        ("Deltagere: AB (Aarhus Kommune), NDa (Magenta) og BØ",
         [("AB", None, "Aarhus Kommune", None), ("NDa", None, "Magenta", None),
          ("BØ", None, None, None)]),
        ("Deltagere: AB, Aarhus Kommune; NDa, Teknik og Miljø",
         [("AB", None, "Aarhus Kommune", None), ("NDa", None, "Teknik og Miljø", None)]),
        ("Deltagere:\n- AB (V)\n- NDa, Magenta",
         [("AB", None, None, "V"), ("NDa", None, "Magenta", None)]),
        # one entry per line, its title after the party: no wrapped list
        ("Medlemmer:\nborgmester Jan Boye (C), formand\nLone Berg (A), næstformand\n"
         "Brian Dybro (F)",
         [("Jan Boye", "borgmester", None, "C"), ("Lone Berg", "næstformand", None, "A"),
          ("Brian Dybro", None, None, "F")]),
        ("Til stede: borgmester Anna Holm (A), rådmand\nBo Lind (V), Carl Berg (F)",
         [("Anna Holm", "borgmester", None, "A"), ("Bo Lind", "rådmand", None, "V"),
          ("Carl Berg", None, None, "F")]),
        # a PDF's line breaks inside names; a title after the party without a comma
        ("Medlemmer: Kristian Bøgsted (V) formand, Hanne Kjær (A), Peter\nChristensen (C), Ole\n"
         "Bach (O)",
         [("Kristian Bøgsted", "formand", None, "V"), ("Hanne Kjær", None, None, "A"),
          ("Peter Christensen", None, None, "C"), ("Ole Bach", None, None, "O")]),
        ("Til stede: Erik Dahl, Grethe Poulsen samt sekretær Lisbeth\nHolmgren, Social og Sundhed.",
         [("Erik Dahl", None, None, None), ("Grethe Poulsen", None, None, None),
          ("Lisbeth Holmgren", "sekretær", "Social og Sundhed", None)]),
        ("Deltagere:\n- Anna Holm, Aarhus Kommune (formand)\n- Bo Lind (BL) fra Netcompany",
         [("Anna Holm", "formand", "Aarhus Kommune", None), ("Bo Lind", None, "Netcompany", None)]),
        # a role after a dash behind the organisation; own initials beside an organisation
        ("Deltagere:\n- [x] Anne Vestergaard (AV), Aarhus Kommune – mødeleder\n"
         "- [x] Thomas Winther (TW), Magenta",
         [("Anne Vestergaard", None, "Aarhus Kommune", None),
          ("Thomas Winther", None, "Magenta", None)]),
        # one person per line: her place of work after a comma or "v/"
        ("Deltagere:\n- Hanne Roed, LO Midtjylland\n- Lone Berg v/ Region Midtjylland\n"
         "- Jens Ry, Danmarks Radio",
         [("Hanne Roed", None, "LO Midtjylland", None),
          ("Lone Berg", None, "Region Midtjylland", None),
          ("Jens Ry", None, "Danmarks Radio", None)]),
        # the other order: the organisation, then who came for it ("v/", "ved")
        ("Deltagere:\n- Aarhus Kommune v/ Ib Ravn\n- Region Midtjylland ved direktør Anne Holm\n"
         "- Magenta v/ Ole Berg (konsulent)\n- Lone Berg ved Region Midtjylland\n"
         "- LO Midtjylland v/ Mette Holm",
         [("Ib Ravn", None, "Aarhus Kommune", None),
          ("Anne Holm", "direktør", "Region Midtjylland", None),
          ("Ole Berg", "konsulent", "Magenta", None),
          ("Lone Berg", None, "Region Midtjylland", None),
          ("Mette Holm", None, "LO Midtjylland", None)]),
        # initials, a dash, then the name; also in a numbered list
        ("Deltagere:\n- AH – Anna Holm, Aarhus Kommune\n- KBJ - Karen B. Jensen",
         [("Anna Holm", None, "Aarhus Kommune", None), ("Karen B. Jensen", None, None, None)]),
        ("Deltagere:\n1. AH – Anna Holm, Aarhus Kommune\n2. BL – Bo Lind, Magenta",
         [("Anna Holm", None, "Aarhus Kommune", None), ("Bo Lind", None, "Magenta", None)]),
        # a list item wrapped onto an indented line
        ("Til stede:\n* Louise Kjeldsen, formand (forælder i 3.a og\n  6.b)\n* Rasmus Holt",
         [("Louise Kjeldsen", "formand", "6.b", None), ("Rasmus Holt", None, None, None)]),
        ("Deltagere:\n• Anna Holm, formand (Aarhus\nKommune)\n• Bo Lind",
         [("Anna Holm", "formand", "Aarhus Kommune", None), ("Bo Lind", None, None, None)]),
        # a PDF's columns: name, party letter, title
        ("Medlemmer:\nJørgen Nørby          V     Borgmester\nKarin Liltorp         M",
         [("Jørgen Nørby", "Borgmester", None, "V"), ("Karin Liltorp", None, None, "M")]),
        # other separators: a slash or bar, or nothing after a PDF's parentheses
        ("Deltagere: Anna Holm / Bo Lind | Carl Berg",
         [("Anna Holm", None, None, None), ("Bo Lind", None, None, None),
          ("Carl Berg", None, None, None)]),
        ("Deltagere: Anna Holm (formand) Bo Lind (V) Carl Berg",
         [("Anna Holm", "formand", None, None), ("Bo Lind", None, None, "V"),
          ("Carl Berg", None, None, None)]),
        # a lower-case job after the name is a title, a place in parentheses the organisation
        ("Mødedeltagere:\nLone Berg (Økonomi) – projektejer\n"
         "Ole Bach (Rambøll) – ekstern konsulent\nBirgitte Krøll, indehaver, Krølls Gårdbutik\n"
         "Torben Klit, organisationsbestyrelsen",
         [("Lone Berg", "projektejer", "Økonomi", None),
          ("Ole Bach", "ekstern konsulent", "Rambøll", None),
          ("Birgitte Krøll", "indehaver", "Krølls Gårdbutik", None),
          ("Torben Klit", None, "organisationsbestyrelsen", None)]),
        # two people on a line of a list one per line, when the second starts with a first name
        ("Deltagere:\nAnna Holm, Yasmin Haddad\nBo Lind, LO Midtjylland",
         [("Anna Holm", None, None, None), ("Yasmin Haddad", None, None, None),
          ("Bo Lind", None, "LO Midtjylland", None)]),
        # first names with the writer last
        ("Til stede: Peter (formand), Dorte, Kasper, Line og undertegnede.",
         [("Peter", "formand", None, None), ("Dorte", None, None, None),
          ("Kasper", None, None, None), ("Line", None, None, None)]),
        # the body as a whole first: no one's organisation
        ("Deltagere: Bestyrelsen, administrator Lise Bang (DATEA)",
         [("Lise Bang", "administrator", "DATEA", None)]),
        # a remark on when or why someone came or went is a note, not a title or a place
        ("Til stede: Gudrun Laursen (beboerrepræsentant) – kom kl. 14.25, Dorthe Abildgaard, "
         "næstformand – gik kl. 20.45",
         [("Gudrun Laursen", "beboerrepræsentant", None, None),
          ("Dorthe Abildgaard", "næstformand", None, None)]),
        # ... also inside the brackets after her title or organisation
        ("Deltagere: Ahmad Nazari (forældrerepræsentant – deltog via Meet), Tove Kjær "
         "(Kærsø Vest Boligselskab – deltog via Teams)",
         [("Ahmad Nazari", "forældrerepræsentant", None, None),
          ("Tove Kjær", None, "Kærsø Vest Boligselskab", None)]),
        # an initial for a surname keeps its full stop
        ("Til stede: Jesper Holm (formand), Mette K., Lars H., Sanne Frost (kasserer)",
         [("Jesper Holm", "formand", None, None), ("Mette K.", None, None, None),
          ("Lars H.", None, None, None), ("Sanne Frost", "kasserer", None, None)]),
        # a full name broken before its last word, which opens the next line with its party;
        # a label opening the next line is no surname ("Gæst (pkt. 3): ...")
        ("Deltagere: Signe Thorup (Ø), Ib Mølgaard\nPedersen (O), Lars-Ove Hjort (C)",
         [("Signe Thorup", None, None, "Ø"), ("Ib Mølgaard Pedersen", None, None, "O"),
          ("Lars-Ove Hjort", None, None, "C")]),
        ("Deltagere: Lone Grarup\nGæst (pkt. 3): Anders Bruun (V)",
         [("Lone Grarup", None, None, None)]),
        # session 17: the member a substitute came for is no title
        ("Deltagere: Jonas Kirk (C), Rosenlund Kommune, for Gitte Krabbe",
         [("Jonas Kirk", None, "Rosenlund Kommune", "C")]),
        # an academic title before the name, an English job title after an organisation
        ("Deltagere: Prof. Anne Kirkegaard (AU), Julie Bech (DTU, project manager)",
         [("Anne Kirkegaard", "Prof.", "AU", None),
          ("Julie Bech", "project manager", "DTU", None)]),
        # two titles after the name (a chair's post first is a role, the job hers); a title of an
        # adjective and a title word
        ("Deltagere: Anne Marie Holm (V), formand, byrådsmedlem, statsautoriseret revisor Bo Lind",
         [("Anne Marie Holm", "byrådsmedlem", None, "V"),
          ("Bo Lind", "statsautoriseret revisor", None, None)]),
    ],
)  # fmt: skip
def test_attendees(
    block: str, attendees: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _who(_members(_parse(block))) == attendees


def test_outlook_last_first_and_guests_with_details() -> None:
    meeting = _parse(
        "Afbud: Holm, Jens; Lind, Karen\n"
        "Gæster: Lars Bech, Deloitte, og Mette Lund, BDO\n"
        "Desuden deltog: ældrechef Susanne Lynge under punkt 3"
    )
    assert [p.name for p in meeting.absentees] == ["Jens Holm", "Karen Lind"]
    assert _who(meeting.guests) == [
        ("Lars Bech", None, "Deloitte", None),
        ("Mette Lund", None, "BDO", None),
        ("Susanne Lynge", "ældrechef", None, None),
    ]


def test_an_agenda_table_after_an_empty_label_is_no_people_list() -> None:
    meeting = _parse(
        "Afbud:\n\n| Pkt. | Emne | Beslutning |\n|---|---|---|\n"
        "| 1 | Godkendelse af dagsorden | Godkendt. |\n| 2 | Økonomi | Godkendt. |"
    )
    assert meeting.absentees == []
    assert "unclassified-text" not in {d.code for d in meeting.diagnostics}


def test_a_compound_chair_title_chairs_the_meeting() -> None:
    meeting = _parse("Deltagere: Stephanie Lose (V), regionsrådsformand, Bo Lind (A)")
    assert meeting.chair is not None
    assert meeting.chair.name == "Stephanie Lose"


def test_absence_marked_inside_an_attendee_list() -> None:
    meeting = _parse(
        "Deltagere: Sara Jeppesen, Nicolai Frost (afbud), Amalie Bruun, Ole Dam - afbud, "
        "Eva Lind, afbud"
    )
    assert [p.name for p in meeting.attendees] == ["Sara Jeppesen", "Amalie Bruun"]
    assert [p.name for p in meeting.absentees] == ["Nicolai Frost", "Ole Dam", "Eva Lind"]


@pytest.mark.parametrize(
    ("block", "attendees", "absentees", "guests"),
    [
        ("Til stede: Anna Holm, Bo Lind og Carl Berg. Mødet startede kl. 19.",
         ["Anna Holm", "Bo Lind", "Carl Berg"], [], []),
        ("Til stede: Kirsten Ahl, Frank Loft. Meldt afbud: Lasse Juhl og Mia Brandt.",
         ["Kirsten Ahl", "Frank Loft"], ["Lasse Juhl", "Mia Brandt"], []),
        ("Til stede: Lars Mørch og Camilla Ørum. Desuden deltog administrator Peter Glad.",
         ["Lars Mørch", "Camilla Ørum"], [], ["Peter Glad"]),
        ("Til stede: Peter Holm og Dorte Kjær. Thomas Lind havde meldt afbud.",
         ["Peter Holm", "Dorte Kjær"], ["Thomas Lind"], []),
        ("Deltagere: Forældrevalgte: Anja Mose, Helle Bang. Medarbejdere: Lotte Friis.",
         ["Anja Mose", "Helle Bang", "Lotte Friis"], [], []),
        ("Til stede: Kim H. Larsen og Bo Dam.", ["Kim H. Larsen", "Bo Dam"], [], []),
        ("Desuden deltog: administrator Lise Bang fra DATEA og revisor Claus Vig fra Beierholm.",
         [], [], ["Lise Bang", "Claus Vig"]),
    ],
)  # fmt: skip
def test_sentences_of_a_one_line_people_list(
    block: str, attendees: list[str], absentees: list[str], guests: list[str]
) -> None:
    meeting = _parse(block)
    assert [p.name for p in _members(meeting)] == attendees
    assert [p.name for p in meeting.absentees] == absentees
    assert [p.name for p in meeting.guests] == guests


def test_headings_end_a_list_and_own_initials_are_initials() -> None:
    meeting = _parse(
        "## Deltagere\n* Jonas Riis (JR)\n* Mette Boye (KL)\n\n## Noter\nVi talte om budgettet.\n"
    )
    assert [(p.name, p.initials, p.organisation) for p in meeting.attendees] == [
        ("Jonas Riis", "JR", None),
        ("Mette Boye", None, "KL"),
    ]


def test_a_deltager_column_beside_names_is_presence() -> None:
    meeting = _parse(
        "**Deltagere**\n\n| Navn | Organisation | Deltager |\n|---|---|---|\n"
        "| Anna Holm | Aarhus Kommune | Ja |\n| Bo Lind | Magenta | Nej |"
    )
    assert [p.name for p in meeting.attendees] == ["Anna Holm"]
    assert [p.name for p in meeting.absentees] == ["Bo Lind"]


@pytest.mark.parametrize(
    "label", ["Desuden til stede", "Andre deltagere", "Herudover deltog", "Also attending"]
)
def test_guest_labels_after_absentees(label: str) -> None:
    meeting = _parse(
        f"Deltagere: Sarah Holm, Jonas Lind\nAfbud: Thomas Krag\n{label}: Louise Winther"
    )
    assert [p.name for p in meeting.absentees] == ["Thomas Krag"]
    assert [p.name for p in meeting.guests] == ["Louise Winther"]


@pytest.mark.parametrize(
    "line",
    [
        "Dato: 14.01.2025, Tid: 17.30-20.00, Sted: Personalerummet",
        "**Dato:** 14.01.2025 **Tid:** 17.30-20.00 **Sted:** Personalerummet",
    ],
)
def test_several_fields_on_one_line(line: str) -> None:
    meeting = referat.parse(f"# Referat\n\n{line}\n\n## 1. Regnskab\n\nGodkendt.\n")
    assert (meeting.start_time, meeting.end_time) == ("17:30", "20:00")
    assert meeting.location is not None
    assert meeting.location.name == "Personalerummet"


@pytest.mark.parametrize(
    "line",
    ["Dirigent: Torben Rye, referent: Pernille Rask",
     "Dirigent: Torben Rye / Referent: Pernille Rask",
     "Mødeleder: Torben Rye     Referent: Pernille Rask"],
)  # fmt: skip
def test_chair_and_minute_taker_on_one_line(line: str) -> None:
    meeting = _parse(line)
    assert meeting.chair is not None
    assert meeting.minute_taker is not None
    assert (meeting.chair.name, meeting.minute_taker.name) == ("Torben Rye", "Pernille Rask")


def test_substitutes() -> None:
    meeting = _parse(
        "Stedfortrædere: Marianne Karlsmose (K) for Jørgen Nørby, Jesper Kristensen (A) for "
        "Anders Kühnau\nFraværende: Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som "
        "stedfortræder.\nDeltagere: Brian Bech Nielsen, rektor for Aarhus Universitet"
    )
    assert [(p.name, p.party, p.roles) for p in meeting.attendees[:3]] == [
        ("Marianne Karlsmose", "K", ["stedfortræder"]),
        ("Jesper Kristensen", "A", ["stedfortræder"]),
        ("Marianne Kiærulff", "V", ["stedfortræder"]),
    ]
    assert [p.name for p in meeting.absentees] == ["Evan Lynnerup"]
    assert meeting.attendees[3].organisation == "Aarhus Universitet"
    meeting = _parse("Stedfortrædere: Karin Liltorp (M) for Poul-Erik Svendsen (A)")
    assert [(p.name, p.party) for p in meeting.attendees] == [("Karin Liltorp", "M")]


def test_emoji_labels_and_mentions() -> None:
    meeting = referat.parse(
        "# Referat\n\n📅 Dato: 3. maj 2024\n👥 **Deltagere:** Anne Vestergaard, Rasmus Kjeldsen\n"
        "📍 **Sted:** Mødelokale 2\nGæster: @Anne Holm, @Rasmus Dam\n\n## 1. Budget\n\nGodkendt.\n"
    )
    assert [p.name for p in _members(meeting)] == ["Anne Vestergaard", "Rasmus Kjeldsen"]
    assert [p.name for p in meeting.guests] == ["Anne Holm", "Rasmus Dam"]
    assert meeting.location is not None
    assert meeting.location.name == "Mødelokale 2"
    assert [f.label for f in meeting.fields][:3] == ["Dato", "Deltagere", "Sted"]


def test_more_phrasings_from_real_archives() -> None:
    meeting = _parse("Til stede var Ove Lund, Signe Mørk og Jonas Friis.")
    assert [p.name for p in meeting.attendees] == ["Ove Lund", "Signe Mørk", "Jonas Friis"]
    meeting = _parse(
        "Til stede:\nHans Mikkelsen\nAdm. direktør Ulrik Grøn (referent)\n"
        "Medarbejdervalgt bestyrelsesmedlem Jesper Borg\nOle Berg\n"
        "Administrativ medarbejder Susie Lind (referent)"  # a first name not in the tables
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Hans Mikkelsen", None),
        ("Ulrik Grøn", "Adm. direktør"),
        ("Jesper Borg", "Medarbejdervalgt bestyrelsesmedlem"),
        ("Ole Berg", None),
        ("Susie Lind", "Administrativ medarbejder"),
    ]
    meeting = _parse("Deltagere: Jens Kr. Hansen (V), Bo Lind (A)\nAfbud: Anders Chr. Madsen")
    assert [(p.name, p.party) for p in meeting.attendees] == [
        ("Jens Kr. Hansen", "V"),
        ("Bo Lind", "A"),
    ]
    assert [p.name for p in meeting.absentees] == ["Anders Chr. Madsen"]
    meeting = _parse(
        "Present: Karen Brask (Chair), Peter Olsen (Vice Chair), Ingrid Solberg (Treasurer)"
    )
    assert [p.title for p in meeting.attendees] == [None, "Vice Chair", "Treasurer"]


def test_signers_with_their_role_and_a_body_field_with_its_municipality() -> None:
    meeting = referat.parse(
        "# Referat af generalforsamling\n**Møde:** Ældrerådet, Hedensted Kommune\n"
        "Dato: 27. februar 2025\n**1. Valg af dirigent**\nPer Kjær blev valgt.\n"
        "**2. Eventuelt**\nIntet.\n\nHjallerup, den 28. februar 2025\n\n"
        "Per Kjær, dirigent\nMona Sand, referent\n"
    )
    assert (meeting.body, meeting.organisation) == ("Ældrerådet", "Hedensted Kommune")
    assert meeting.chair is not None
    assert meeting.minute_taker is not None
    assert (meeting.chair.name, meeting.minute_taker.name) == ("Per Kjær", "Mona Sand")


@pytest.mark.parametrize("sep", [" - ", " – ", " | "])
def test_a_second_label_after_a_dash_or_bar(sep: str) -> None:
    meeting = _parse(f"Tilstede: Ole, Bente, Kurt, Hanne{sep}Afbud: Jens")
    assert _who(meeting.attendees) == [
        ("Ole", None, None, None),
        ("Bente", None, None, None),
        ("Kurt", None, None, None),
        ("Hanne", None, None, None),
    ]
    assert [p.name for p in meeting.absentees] == ["Jens"]
    meeting = _parse(f"Til stede: Ole Holm og Bente Lund{sep}Afbud: Jens Dam")
    assert [p.name for p in meeting.attendees] == ["Ole Holm", "Bente Lund"]
    assert [p.name for p in meeting.absentees] == ["Jens Dam"]


def test_split_compound_titles() -> None:
    meeting = _parse(
        "Desuden deltog: Kultur- og fritidschef Birgit Juul, Kommunaldirektør Anne Kjær, "
        "By- og udviklingsdirektør Bo Lind og social- eller sundhedschef Eva Mørk"
    )
    assert _who(meeting.guests) == [
        ("Birgit Juul", "Kultur- og fritidschef", None, None),
        ("Anne Kjær", "Kommunaldirektør", None, None),
        ("Bo Lind", "By- og udviklingsdirektør", None, None),
        ("Eva Mørk", "social- eller sundhedschef", None, None),
    ]


def test_remarks_after_a_person_are_no_organisation() -> None:
    meeting = _parse(
        "Deltagere: Ole Vive (A), Bo Lind (V), deltog fra punkt 4\n"
        "Fraværende: Jens Vestergaard (K) – punkt 1-3\n"
        "Afbud: Casper Weis (C). Som stedfortræder deltog Mikkel Ruhl (C).\n"
        "Mødeleder: Borgmester Holger Schou Rasmussen (A) - i dennes fravær 1. viceborgmester "
        "Christian Bro (A)"
    )
    assert _who(meeting.attendees) == [
        ("Ole Vive", None, None, "A"),
        ("Bo Lind", None, None, "V"),
        ("Mikkel Ruhl", None, None, "C"),
        ("Christian Bro", "1. viceborgmester", None, "A"),  # the stand-in chair, no list's
    ]
    assert meeting.attendees[2].roles == ["stedfortræder"]
    assert _who(meeting.absentees) == [
        ("Jens Vestergaard", None, None, "K"),
        ("Casper Weis", None, None, "C"),
    ]
    assert meeting.chair is not None
    assert (meeting.chair.name, meeting.chair.title) == ("Christian Bro", "1. viceborgmester")
    for line in (
        "Derudover deltog: Emma Nørgaard (revisor, PwC) – kun punkt 3",
        "Also present: Emma Nørgaard (revisor, PwC) – item 3 only",
        "Gæster: Emma Nørgaard (revisor, PwC), deltog kun under punkt 3",
    ):
        assert _who(_parse(line).guests) == [("Emma Nørgaard", "revisor", "PwC", None)], line
    assert _who(_parse("Also present: Emma Nørgaard (auditor, PwC)").guests) == [
        ("Emma Nørgaard", "auditor", "PwC", None)
    ]
    in_item = referat.parse(HEAD + ITEM + "\nFraværende: Jens Vestergaard (K) – punkt 1-3\n")
    assert _who(in_item.absentees) == [("Jens Vestergaard", None, None, "K")]


@pytest.mark.parametrize("value", ["Ingen", "Ingen afbud.", "ingen"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_no_absentees_ends_the_list(value: str, gap: str) -> None:
    # (one word after the list, no name: "Indhold" was one until it became a table of contents'
    # heading)
    meeting = _parse(f"Deltagere: Bo Lund, Eva Holm\nAfbud: {value}{gap}Kaffe")
    assert [p.name for p in meeting.attendees] == ["Bo Lund", "Eva Holm"]
    assert meeting.absentees == []
    assert [n.text for n in meeting.notes] == ["Kaffe"]


@pytest.mark.parametrize("before", ["Fraværende: Flemming Kirk", "Til stede: Else Bisgaard"])
def test_referat_label_with_a_name_is_the_minute_taker(before: str) -> None:
    meeting = _parse(f"Deltagere: Kurt Mikkelsen, Lone Jakobsen\n{before}\nReferat: Lone")
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Lone Jakobsen"  # the one attendee called Lone
    assert meeting.minute_taker.written == "Lone"
    assert "Lone" not in [p.name for p in meeting.attendees + meeting.absentees]
    assert not any(d.code == "person-listed-twice" for d in meeting.diagnostics)
    meeting = _parse("Deltagere: Kurt Mikkelsen, Lone Jakobsen\nReferat: Lone Jakobsen")
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Lone Jakobsen"
    meeting = _parse("Deltagere: Kurt Mikkelsen\nReferat: Godkendt.")
    assert meeting.minute_taker is None
    meeting = referat.parse(
        HEAD + "Deltagere: Kurt Mikkelsen, Lone Jakobsen\nReferat: Lone" + ITEM
        + "\nMødet sluttede 21.40.\n\nRef. Lone Jakobsen\n"
    )  # fmt: skip
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Lone Jakobsen"


def test_first_name_of_one_attendee_names_her() -> None:
    meeting = _parse("Deltagere: Ole Hjort, Jette Bisgaard, Kim Sand\nReferent: Jette")
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Jette Bisgaard"
    assert meeting.minute_taker.roles == ["referent"]
    two = _parse("Deltagere: Jette Holm, Jette Bisgaard\nReferent: Jette")  # which Jette?
    assert two.minute_taker is not None
    assert two.minute_taker.name == "Jette"
    nobody = _parse("Deltagere: Ole Hjort, Kim Sand\nMødeleder: Jette")
    assert nobody.chair is not None
    assert nobody.chair.name == "Jette"


def test_signature_columns_name_chair_and_minute_taker() -> None:
    meeting = referat.parse(
        HEAD + ITEM + "\nMødet hævet kl. 20.55.\n\n"
        "Dirigent                                Referent\n"
        "Poul Erik Damgaard                      Hans Kjeldsen\n"
    )  # fmt: skip
    assert meeting.chair is not None
    assert meeting.minute_taker is not None
    assert meeting.chair.name == "Poul Erik Damgaard"
    assert meeting.minute_taker.name == "Hans Kjeldsen"
    assert [(f.label, f.value) for f in meeting.fields][-2:] == [
        ("Dirigent", "Poul Erik Damgaard"),
        ("Referent", "Hans Kjeldsen"),
    ]
    meeting = referat.parse(HEAD + ITEM + "\nDirigent            Referent\n\nTak for i aften.\n")
    assert meeting.chair is None
    assert "Dirigent Referent" in [n.text.split("\n")[0] for n in meeting.notes]


def test_a_page_number_after_a_wide_gap_is_no_part_of_the_value() -> None:
    meeting = referat.parse(
        HEAD + ITEM + "\nReferent: Yasmin Abdi                                 Side 2 af 2\n"
    )
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Yasmin Abdi"
    assert meeting.fields[-1].value == "Yasmin Abdi"


def test_a_label_without_names_under_it_ends_the_list() -> None:
    meeting = _parse(
        "Tilstede:\n- Ole Hansen\n- Bente Holm\n\nOpfølgning fra sidste møde:\n"
        "- [x] Ole kontakter kommunen\n- [ ] Bente bestiller telt"
    )
    assert [p.name for p in meeting.attendees] == ["Ole Hansen", "Bente Holm"]
    assert meeting.fields[-1].span.end_line == 7
    assert [n.text for n in meeting.notes] == [
        "Opfølgning fra sidste møde:\nOle kontakter kommunen\nBente bestiller telt"
    ]
    assert not any(d.code == "unparsed-person" for d in meeting.diagnostics)
    meeting = _parse(
        "Deltagere:\nForældrevalgte:\n- Anja Mose\n- Helle Bang\nMedarbejdere:\nLotte Friis"
    )
    assert [(p.name, p.group) for p in meeting.attendees] == [
        ("Anja Mose", "Forældrevalgte"),
        ("Helle Bang", "Forældrevalgte"),
        ("Lotte Friis", "Medarbejdere"),
    ]


def test_a_remark_read_as_organisation_tells_no_namesakes_apart() -> None:
    m = _parse(
        "Derudover deltog: Emma Nørgaard (revisor, PwC) – kun punkt 3\n"
        "Also present: Emma Nørgaard (auditor, PwC) – item 3 only"
    )
    assert [p.name for p in m.guests] == ["Emma Nørgaard"]
    assert [d.code for d in m.diagnostics].count("person-listed-twice") == 1


@pytest.mark.parametrize(
    "block",
    [
        "| Navn | Til stede |\n|---|---|\n| Rikke Dalsgaard | ✅ |\n| Mikkel Thorsen | ✔️ |\n"
        "| Hanne Skov | ☑ |\n| Jesper Kragh | ❌ |",
        "Deltagere:\n- ✅ Rikke Dalsgaard\n- ✔ Mikkel Thorsen\n- ☑️ Hanne Skov\n- ❌ Jesper Kragh",
        "Deltagere: ✅ Rikke Dalsgaard, ✓ Mikkel Thorsen, Hanne Skov ✅, ✖️ Jesper Kragh",
    ],
)
def test_presence_marks(block: str) -> None:
    meeting = _parse(block)
    assert [(p.name, p.present) for p in meeting.attendees] == [
        ("Rikke Dalsgaard", True),
        ("Mikkel Thorsen", True),
        ("Hanne Skov", True),
    ]
    assert [(p.name, p.present) for p in meeting.absentees] == [("Jesper Kragh", False)]
    assert not any(d.code == "unparsed-person" for d in meeting.diagnostics)


def test_a_presence_cell_with_a_note_is_present() -> None:
    meeting = _parse(
        "| Navn | Deltog |\n|---|---|\n| Line Thomsen | Ja (online) |\n"
        "| Kim Vesterby | Ja, fra kl. 10 |\n| Bo Lind | x (Teams) |\n| Eva Dam | Delvist |\n"
        "| Ole Sand | Nej |\n| Per Holm | |"
    )
    assert [p.name for p in meeting.attendees] == [
        "Line Thomsen",
        "Kim Vesterby",
        "Bo Lind",
        "Eva Dam",
    ]
    assert [p.name for p in meeting.absentees] == ["Ole Sand", "Per Holm"]


def test_a_school_class_after_a_name_is_the_organisation() -> None:
    meeting = _parse(
        "Til stede: Yasmin Haddad 9.a, Noah Bertelsen 7.b og Ida Winther 6.a\n"
        "Fraværende: Ahmed Yilmaz 9.b, Freja Dahl 8a"
    )
    assert _who(meeting.attendees) == [
        ("Yasmin Haddad", None, "9.a", None),
        ("Noah Bertelsen", None, "7.b", None),
        ("Ida Winther", None, "6.a", None),
    ]
    assert _who(meeting.absentees) == [
        ("Ahmed Yilmaz", None, "9.b", None),
        ("Freja Dahl", None, "8a", None),
    ]


@pytest.mark.parametrize(
    ("footer", "chair", "taker"),
    [
        ("Per Kjær, dirigent\nMona Sand, referent", "Per Kjær", "Mona Sand"),
        ("_Referent: Mona Sand_", None, "Mona Sand"),
        ("Referat godkendt af formanden 12.05.2025", None, None),
        ("The meeting closed at 20:40.", None, None),
    ],
)
def test_footer_lines_after_the_last_item(
    footer: str, chair: str | None, taker: str | None
) -> None:
    meeting = referat.parse(
        HEAD + "## 1. Regnskab\n\nGodkendt.\n\n## 2. Eventuelt\n\nIntet.\n\n" + footer
    )
    last = meeting.agenda[-1]
    assert last.decision is not None
    assert (last.decision.text, last.decision.outcome.value) == ("Intet.", "none")
    assert (meeting.chair.name if meeting.chair else None) == chair
    assert (meeting.minute_taker.name if meeting.minute_taker else None) == taker
    if "closed" in footer:
        assert meeting.end_time == "20:40"


def test_a_secretary_label_names_a_guest() -> None:
    meeting = _parse(
        "Medlemmer: Kirsten Lund, Erik Damgaard\n\nSekretær: Lisbeth Holmgren, Social og Sundhed\n"
        "Udvalgssekretær: Bo Ravn\nSecretary: Rasmus Bjerregaard"
    )
    assert [p.name for p in _members(meeting)] == ["Kirsten Lund", "Erik Damgaard"]
    assert _who(meeting.guests) == [
        ("Lisbeth Holmgren", "sekretær", "Social og Sundhed", None),
        ("Bo Ravn", "udvalgssekretær", None, None),
        ("Rasmus Bjerregaard", "secretary", None, None),
    ]
    assert not meeting.notes
    board = _parse("Bestyrelsen:\n- Sekretær: Bo Lind\n- Kasserer: Eva Dam")
    assert [p.name for p in board.attendees] == ["Bo Lind", "Eva Dam"]
    assert board.guests == []
    away = _parse("Fraværende\nAhmad Zaki\n\nSekretær: Nanna Bruun, Integrationsteamet")
    assert [p.name for p in away.absentees] == ["Ahmad Zaki"]
    assert _who(away.guests) == [("Nanna Bruun", "sekretær", "Integrationsteamet", None)]


def test_abbreviated_and_english_titles() -> None:
    meeting = _parse(
        "Til stede: Tobias Ravn (medarbejderrep.), Birgitte Qvist (pæd.), Sara Iversen "
        "(elevrådsrep. 9.b), Rasmus Holt (forælder Mariehønestuen), Katrine Ahlgren (investor "
        "representative, Seed Capital), Birgitte Skovgaard (President), Lars Lind (Vice President)"
    )
    assert _who(meeting.attendees) == [
        ("Tobias Ravn", "medarbejderrepræsentant", None, None),
        ("Birgitte Qvist", "pædagog", None, None),
        ("Sara Iversen", "elevrådsrepræsentant", "9.b", None),
        ("Rasmus Holt", "forælder", "Mariehønestuen", None),
        ("Katrine Ahlgren", "investor representative", "Seed Capital", None),
        ("Birgitte Skovgaard", "President", None, None),
        ("Lars Lind", "Vice President", None, None),
    ]
    assert meeting.chair is not None
    assert meeting.chair.name == "Birgitte Skovgaard"
    assert meeting.attendees[-1].roles == ["næstformand"]


def test_a_role_line_under_a_signer_names_the_signer() -> None:
    meeting = referat.parse(
        HEAD + "Til stede: Lars Gaardhøj (A), formand, Bo Lind (V)" + ITEM
        + "\nMødet hævet kl. 16.20.\n\nLars Gaardhøj\nformand\n"
    )  # fmt: skip
    assert [(f.label, f.value) for f in meeting.fields][-1] == ("formand", "Lars Gaardhøj")
    assert meeting.chair is not None
    assert (meeting.chair.name, meeting.chair.party) == ("Lars Gaardhøj", "A")
    assert "Lars Gaardhøj" not in [n.text for n in meeting.notes]
    meeting = referat.parse(HEAD + ITEM + "\nMødet hævet kl. 20.55.\n\nMona Sand\nReferent\n")
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Mona Sand"


def test_posts_inside_a_people_list_keep_chair_minute_taker_and_groups() -> None:
    meeting = _parse(
        "Bestyrelsen:\nForældrevalgte:\n- Formand: Anna Holm\n- Bo Lind\nPersonalevalgte:\n"
        "- Referent: Eva Ulv\n- Dorte Krag\n\nAfbud: Carl Berg"
    )
    assert [(p.name, p.group, p.roles) for p in meeting.attendees] == [
        ("Anna Holm", "Forældrevalgte", ["formand", "mødeleder"]),
        ("Bo Lind", "Forældrevalgte", []),
        ("Eva Ulv", "Personalevalgte", ["referent"]),
        ("Dorte Krag", "Personalevalgte", []),
    ]
    assert meeting.chair is not None
    assert meeting.chair.name == "Anna Holm"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Eva Ulv"
    assert [p.name for p in meeting.absentees] == ["Carl Berg"]
    assert meeting.notes == []


def test_a_referent_line_under_a_list_stays_the_field() -> None:
    meeting = _parse("Deltagere:\nAnna Holm\nBo Lind\nReferent: Eva Ulv")
    assert [p.name for p in meeting.attendees] == ["Anna Holm", "Bo Lind", "Eva Ulv"]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Eva Ulv"
    meeting = _parse("Deltagere:\n- Anna Holm\n- Bo Lind\nFormand: Anna Holm")
    assert [p.name for p in meeting.attendees] == ["Anna Holm", "Bo Lind"]
    assert meeting.chair is not None
    assert meeting.chair.name == "Anna Holm"
    assert "person-listed-twice" not in {d.code for d in meeting.diagnostics}


def test_chairs_from_titles_beside_parties_and_organisations() -> None:
    meeting = _parse("Medlemmer:\nborgmester Jan Boye (C), formand\nLone Berg (A), næstformand")
    assert meeting.chair is not None
    assert meeting.chair.name == "Jan Boye"
    meeting = _parse("Deltagere:\n- Bo Lind, Magenta\n- Anna Holm, Aarhus Kommune (formand)")
    assert meeting.chair is not None
    assert meeting.chair.name == "Anna Holm"


def test_a_labelled_line_after_a_bulleted_absence_list_is_no_absentee() -> None:
    meeting = _parse(
        "Afbud:\n- Næstformand: Claus Ørsted\n\nAdministrator: Lise Bang, DATEA\n\n"
        "Fra boligorganisationen: driftschef Lars Sommer"
    )
    assert [p.name for p in meeting.absentees] == ["Claus Ørsted"]
    # the administrator's post label names a guest (STAFF_POST_LABELS)
    assert [(p.name, p.title, p.organisation) for p in meeting.guests] == [
        ("Lise Bang", "administrator", "DATEA"),
        ("Lars Sommer", "driftschef", None),
    ]


def test_a_label_on_the_next_line_is_no_wrapped_surname() -> None:
    meeting = _parse("Tilstede: Kenneth, Lotte, Brian\nAfbud: Jimmi, Dorthe\nRef.: Lotte")
    assert [p.name for p in meeting.absentees] == ["Jimmi", "Dorthe"]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Lotte"


def test_roles_after_a_dash_and_initials_beside_an_organisation() -> None:
    meeting = _parse(
        "Deltagere:\n- Anne Vestergaard (AV), Aarhus Kommune – mødeleder\n"
        "- Mia Eskildsen (ME), OS2 – referent"
    )
    assert [(p.initials, p.roles) for p in meeting.attendees] == [
        ("AV", ["mødeleder"]),
        ("ME", ["referent"]),
    ]
    assert meeting.chair is not None
    assert meeting.chair.name == "Anne Vestergaard"


@pytest.mark.parametrize(
    "block",
    [
        "Fraværende med afbud: Per Holm (A). For Per Holm mødte stedfortræder Tina Bak (A).",
        "Afbud: Per Holm (A).\nFor Per Holm mødte Tina Bak (A).",
        "Afbud: Per Holm (A). Tina Bak (A) mødte for Per Holm.",
        "Afbud:\n- Per Holm (A)\n\nTina Bak (A) mødte som stedfortræder for Per Holm.",
        "Afbud: Per Holm (A).\nStedfortræder Tina Bak (A) deltog i stedet for Per Holm.",
        "Afbud:\nPer Holm (A) – stedfortræder: Tina Bak (A)",
        "Der var afbud fra Per Holm. Som stedfortræder for Per Holm deltog Tina Bak (A).",
    ],
)
def test_substitute_sentences(block: str) -> None:
    meeting = _parse(block)
    assert [(p.name, p.roles) for p in meeting.attendees] == [("Tina Bak", ["stedfortræder"])]
    assert [p.name for p in meeting.absentees] == ["Per Holm"]


def test_a_title_for_an_organisation_before_a_name_in_a_list_with_og() -> None:
    meeting = _parse(
        "Desuden deltog kommunaldirektør Ulrik Grøn og direktør for Teknik og Miljø Bente Skov."
    )
    assert _who(meeting.guests) == [
        ("Ulrik Grøn", "kommunaldirektør", None, None),
        ("Bente Skov", "direktør", "Teknik og Miljø", None),
    ]


def test_details_shared_by_a_whole_list_and_groups_from_the_label() -> None:
    meeting = _parse(
        "Deltagere fra Ældrerådet: Inge Mortensen, Bent Hansen\n"
        "Afbud: Anna Holm, Bo Lind og Carl Berg (alle fra Aarhus Universitet)"
    )
    assert [(p.name, p.group) for p in meeting.attendees] == [
        ("Inge Mortensen", "Ældrerådet"),
        ("Bent Hansen", "Ældrerådet"),
    ]
    assert [(p.name, p.organisation) for p in meeting.absentees] == [
        ("Anna Holm", "Aarhus Universitet"),
        ("Bo Lind", "Aarhus Universitet"),
        ("Carl Berg", "Aarhus Universitet"),
    ]


def test_english_minutes_label_names_the_minute_taker() -> None:
    meeting = _parse(
        "**Attendees:** Anne Holm, Jonas Riis\n**Absent:** Ida Dahl\n**Minutes:** Jonas Riis"
    )
    assert [p.name for p in meeting.absentees] == ["Ida Dahl"]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Jonas Riis"


def test_word_check_boxes_and_a_chair_named_by_post() -> None:
    meeting = _parse(
        "Deltagere:\n☒ Anne-Marie von Holstein (formand)\n☒ Peter de Neergaard (næstformand)\n"
        "☐ Jens Peter Kjærgaard\n☒ Lise Bang (via Teams)\n\nMødeleder: Næstformanden"
    )
    assert [(p.name, p.roles) for p in meeting.attendees] == [
        ("Anne-Marie von Holstein", ["formand"]),
        ("Peter de Neergaard", ["næstformand", "mødeleder"]),
        ("Lise Bang", ["virtuel"]),
    ]
    assert [p.name for p in meeting.absentees] == ["Jens Peter Kjærgaard"]
    assert meeting.chair is not None
    assert meeting.chair.name == "Peter de Neergaard"


@pytest.mark.parametrize(
    ("block", "absentees"),
    [
        ("Til stede: Hele menighedsrådet undtagen Jens Olesen", ["Jens Olesen"]),
        ("Til stede: Alle på nær Bo Lind og Eva Sand.", ["Bo Lind", "Eva Sand"]),
    ],
)
def test_everyone_but(block: str, absentees: list[str]) -> None:
    meeting = _parse(block)
    assert meeting.attendees == []
    assert [p.name for p in meeting.absentees] == absentees


def test_signers_name_over_its_role_word_under_the_last_item() -> None:
    meeting = referat.parse(
        "# Referat af generalforsamling\n\nDato: 22. marts 2025\n\n## 1. Valg\n\n"
        "Genvalg af kasserer Mona Sand.\n\nPer Kjær\ndirigent\n\nMona Sand\nreferent\n"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == "Per Kjær"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Mona Sand"
    assert meeting.agenda[0].sections[-1].text == "Genvalg af kasserer Mona Sand."


def test_groups_from_til_stede_fra_and_remarks_on_a_whole_list() -> None:
    meeting = _parse(
        "Til stede fra bestyrelsen: Anna Holm, formand; Bo Lind, kasserer; Carl Berg\n"
        "Afbud: Eva Sand og Frank Loft – begge pga. sygdom"
    )
    assert [(p.name, p.title, p.group) for p in meeting.attendees] == [
        ("Anna Holm", "formand", "bestyrelsen"),
        ("Bo Lind", "kasserer", "bestyrelsen"),
        ("Carl Berg", None, "bestyrelsen"),
    ]
    assert _who(meeting.absentees) == [
        ("Eva Sand", None, None, None),
        ("Frank Loft", None, None, None),
    ]


def test_from_an_organisation_attended_as_a_sentence_of_a_list() -> None:
    meeting = _parse(
        "Til stede var Kirsten Ahl og Frank Loft. Fra Ringkøbing-Skjern Kommune deltog "
        "planlægger Ole Bach."
    )
    assert [p.name for p in _members(meeting)] == ["Kirsten Ahl", "Frank Loft"]
    assert [(p.name, p.title) for p in meeting.guests] == [("Ole Bach", "planlægger")]


def test_an_absentee_by_initials_is_the_attendee_with_them() -> None:
    meeting = _parse(
        "| Navn | Initialer | Organisation |\n|---|---|---|\n"
        "| Karen Kirk Lund | KKL | Aarhus Kommune |\n| Birgitte Sand | BS | Magenta |\n\n"
        "Afbud: BS"
    )
    assert [p.name for p in meeting.attendees] == ["Karen Kirk Lund"]
    assert [(p.name, p.organisation) for p in meeting.absentees] == [("Birgitte Sand", "Magenta")]
    meeting = _parse("Deltagere:\n- [x] Anna Holm (AH)\n- [ ] Søren Bak (SB)\n\nFraværende: SB")
    assert [p.name for p in meeting.absentees] == ["Søren Bak"]


def test_more_people_labels() -> None:
    meeting = _parse(
        "Medlemmer af udvalget: Anna Holm (A), 1. næstformand, Bo Lind (V)\n"
        "Administrationen: direktør Lise Bang\nObservatør: Ida Dahl (KL)"
    )
    assert [(p.name, p.roles) for p in _members(meeting)] == [
        ("Anna Holm", ["næstformand"]),
        ("Bo Lind", []),
    ]
    assert [(p.name, p.title) for p in meeting.guests] == [
        ("Lise Bang", "direktør"),
        ("Ida Dahl", None),
    ]


def test_a_count_of_people_is_no_unread_name() -> None:
    meeting = _parse("Til stede: 34 beboere fra 27 husstande.")
    assert meeting.attendees == []
    assert "unparsed-person" not in {d.code for d in meeting.diagnostics}


@pytest.mark.parametrize(
    "footer",
    ["Referent: Ida Bang, 4. maj 2024", "Referat: Ida Bang", "Referat: Ida Bang, 4/5-2024"],
)
def test_a_minute_taker_signing_under_the_last_item(footer: str) -> None:
    meeting = _parse(f"Deltagere: Anna Holm, Bo Lind\n\n## 1. Regnskab\n\nGodkendt.\n\n{footer}")
    assert meeting.minute_taker is not None
    assert (meeting.minute_taker.name, meeting.minute_taker.organisation) == ("Ida Bang", None)
    assert meeting.agenda[-1].sections[-1].text == "Godkendt."


_NUMBERED_ITEMS = "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Regnskab\nGodkendt.\n"


@pytest.mark.parametrize(
    ("people", "gap"),
    [
        ("Deltagere:\n1. Anna Holm\n2. Bo Lind (kasserer)\n3. Carsten Mikkelsen", "\n\n"),
        ("Til stede:\n\n1. Anna Holm\n2. Bo Lind (kasserer)\n3. Carsten Mikkelsen", "\n"),
        ("**Bestyrelsen**\n1) Anna Holm\n2) Bo Lind (kasserer)\n3) Carsten Mikkelsen", "\n\n"),
        ("## Deltagere\n\n1. Anna Holm\n\n2. Bo Lind (kasserer)\n\n3. Carsten Mikkelsen", "\n\n"),
    ],
)
@pytest.mark.parametrize("items", [_NUMBERED_ITEMS, "## Dagsorden\n\n" + _NUMBERED_ITEMS])
def test_a_numbered_people_list_is_no_agenda(people: str, gap: str, items: str) -> None:
    meeting = referat.parse(f"{HEAD}{people}\nAfbud:\n1. Dorthe Jensen{gap}{items}")
    assert _who(meeting.attendees) == [
        ("Anna Holm", None, None, None),
        ("Bo Lind", "kasserer", None, None),
        ("Carsten Mikkelsen", None, None, None),
    ]
    assert [p.name for p in meeting.absentees] == ["Dorthe Jensen"]
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Regnskab"),
    ]


def test_a_numbered_list_of_things_under_a_label_stays_items() -> None:
    meeting = referat.parse(
        f"{HEAD}Deltagere: Anna Holm, Bo Lind\n\nDagsorden:\n1. Kunstmuseet\n2. Musikhuset\n\n"
        "1. Kunstmuseet\nGodkendt.\n\n2. Musikhuset\nGodkendt.\n"
    )
    assert [i.title for i in meeting.agenda] == ["Kunstmuseet", "Musikhuset"]
    assert [p.name for p in meeting.attendees] == ["Anna Holm", "Bo Lind"]


def test_vote_counters_in_the_header() -> None:
    meeting = _parse(
        "Dirigent: Søren Holm\nReferent: Trine Lund\nStemmetællere: Peter Ravn og Bo Dam"
    )
    # the assembly's dirigent and referent conducted it and wrote its minutes: they attended
    assert [(p.name, p.roles) for p in meeting.attendees] == [
        ("Peter Ravn", ["stemmetæller"]),
        ("Bo Dam", ["stemmetæller"]),
        ("Søren Holm", ["dirigent"]),
        ("Trine Lund", ["referent"]),
    ]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Trine Lund"
    assert "referent-not-attendee" not in {d.code for d in meeting.diagnostics}


def test_an_attendance_list_inside_the_first_item() -> None:
    meeting = referat.parse(
        "# Referat – bestyrelsesmøde\n\nDato: 14. januar 2025\n\n## 1. Velkomst og fremmøde\n\n"
        "Til stede: Per Hald (formand), Maria Skov, Niels Ebbe\nAfbud: Ulrik Bach\n\n"
        "## 2. Valg til bestyrelsen\n\nSuppleanter: Frank Loft\nBestyrelsen: Eva Ulv, Bo Ek\n\n"
        "## 3. Temadag\n\nDeltagere: Anna Holm og Ida Dahl\n"
    )
    assert [(p.name, p.roles) for p in meeting.attendees] == [
        ("Per Hald", ["formand", "mødeleder"]),
        ("Maria Skov", []),
        ("Niels Ebbe", []),
    ]
    assert [p.name for p in meeting.absentees] == ["Ulrik Bach"]
    assert meeting.chair is not None
    assert meeting.chair.name == "Per Hald"


@pytest.mark.parametrize(
    "tail",
    [
        "Fremmødte:\nGrethe Olsen (formand)\nBent Kjær\nAfbud: Hans Mølgaard",
        "Til stede: Grethe Olsen (formand), Bent Kjær\nAfbud: Hans Mølgaard",
    ],
)
def test_an_attendance_list_after_the_last_item(tail: str) -> None:
    meeting = referat.parse(
        "Referat af møde i Ældrerådet\n\nMødedato: 3. februar 2025\n\n1. Godkendelse af dagsorden"
        "\nGodkendt.\n\n2. Eventuelt\nIntet.\n\n" + tail + "\n"
    )
    assert [p.name for p in meeting.attendees] == ["Grethe Olsen", "Bent Kjær"]
    assert [p.name for p in meeting.absentees] == ["Hans Mølgaard"]
    assert meeting.agenda[-1].sections[-1].text == "Intet."


def test_elected_suppleants_in_the_last_item_are_no_attendees() -> None:
    meeting = referat.parse(
        "# Generalforsamling\n\nDato: 15. februar 2024\n\n## 1. Valg af dirigent\n\nValgt: Ole Bak."
        "\n\n## 2. Valg til bestyrelse\n\nNyvalgt: Kirsten Ahl.\nSuppleanter: Frank Loft\n"
    )
    assert [p.name for p in meeting.attendees] == ["Ole Bak"]  # the dirigent only
    assert "Suppleanter: Frank Loft" in meeting.agenda[-1].sections[-1].text


def test_a_numbered_attendance_list_between_items() -> None:
    meeting = referat.parse(
        "# Referat af møde i Seniorrådet\n\nDato: 22. oktober 2025\n\n"
        "## 1. Godkendelse af dagsorden\nGodkendt.\n\n**Deltagere**\n\n"
        "1. Inge Lund (formand)\n2. Bent Holm\n\n"
        "## 2. Eventuelt\nIntet.\n"
    )
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Eventuelt"),
    ]
    assert [p.name for p in meeting.attendees] == ["Inge Lund", "Bent Holm"]


def test_numbered_names_under_groups_of_a_people_list() -> None:
    meeting = referat.parse(
        f"{HEAD}Deltagere:\nForældrerepræsentanter:\n1. Mette Holm (formand)\n2. Jens Berg\n"
        "Medarbejderrepræsentanter:\n1. Lone Dahl\n\n## 1. Budget\nGodkendt.\n\n## 2. Eventuelt\n"
        "Intet.\n"
    )
    assert [(p.name, p.group) for p in meeting.attendees] == [
        ("Mette Holm", "Forældrerepræsentanter"),
        ("Jens Berg", "Forældrerepræsentanter"),
        ("Lone Dahl", "Medarbejderrepræsentanter"),
    ]
    assert [(i.number, i.title) for i in meeting.agenda] == [("1", "Budget"), ("2", "Eventuelt")]


def test_an_empty_guest_label_over_the_agenda() -> None:
    meeting = referat.parse(
        f"{HEAD}Deltagere: Anna Holm, Bo Lind\nGæster:\n1. Oplæg v/ Jens Holm\n2. Regnskab\n"
        "3. Eventuelt\n"
    )
    assert [i.title for i in meeting.agenda] == ["Oplæg v/ Jens Holm", "Regnskab", "Eventuelt"]


def test_a_sentence_after_a_presence_label_in_the_last_item_stays_its_text() -> None:
    meeting = referat.parse(
        f"{HEAD}Til stede: Eva Ulv, Ida Dahl\n\n## 1. Budget\nGodkendt.\n\n## 2. Eventuelt\n"
        "Kurset er booket.\nDeltagere: Anna Holm og Bo Lind deltager i kurset.\n"
    )
    assert [p.name for p in meeting.attendees] == ["Eva Ulv", "Ida Dahl"]
    assert meeting.agenda[-1].sections[-1].text.endswith("deltager i kurset.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ole Hansen, Gitte og Finn Brandt (nr. 16), Per Gade",
         ["Ole Hansen", "Gitte Brandt", "Finn Brandt (nr. 16)", "Per Gade"]),
        # a list of first names: no surname to share
        ("Bjarne, Susse og Per Gade", ["Bjarne", "Susse", "Per Gade"]),
        ("Ole Hansen, Per Gade og Gitte", ["Ole Hansen", "Per Gade", "Gitte"]),
        # two names: a couple too, but an initial is no surname
        ("Poul og Karen Brix", ["Poul Brix", "Karen Brix"]),
        ("Ebbe og Mads R.", ["Ebbe", "Mads R."]),
    ],
)  # fmt: skip
def test_a_couple_shares_the_surname(text: str, names: list[str]) -> None:
    assert split_name_list(text) == names


def test_a_couple_with_details_shares_the_surname() -> None:
    meeting = _parse(
        "Tilstede: Hanne Würtz (formand), Kim Bro\n"
        "Gæster: Ole og Bodil Kragh, nr. 6, 2. tv. (under pkt. 4)"
    )
    assert [p.name for p in meeting.guests] == ["Ole Kragh", "Bodil Kragh"]


def test_substitute_and_part_time_attendee_sentences_in_the_header() -> None:
    meeting = _parse(
        "Medlemmer: Kirsten Frahm (V), Bjarne Løgstrup (A), Torben Rask (O)\n"
        "Afbud: Torben Rask (O). I stedet deltog stedfortræder Allan Brink (O).\n"
        "Kirkeværge Niels Bruun deltog under punkt 1-5."
    )
    assert sorted(_who(meeting.attendees)) == [
        ("Allan Brink", None, None, "O"),
        ("Bjarne Løgstrup", None, None, "A"),
        ("Kirsten Frahm", None, None, "V"),
        ("Niels Bruun", "Kirkeværge", None, None),
    ]
    assert [p.roles for p in meeting.attendees if p.name == "Allan Brink"] == [["stedfortræder"]]
    assert [p.name for p in meeting.absentees] == ["Torben Rask"]


def test_a_lower_case_list_with_an_initial() -> None:
    # "peter w. lund": the initial's full stop goes on in the name (the last two had been lost)
    meeting = _parse(
        "til stede: birgitte holm (formand), sofie rahbek, jonas ekman og peter w. lund fra"
        " lydgruppen\n"
    )
    assert [p.name for p in meeting.attendees] == [
        "Birgitte Holm", "Sofie Rahbek", "Jonas Ekman", "Peter W. Lund"
    ]  # fmt: skip


def test_church_staff_for_some_items_is_a_guest() -> None:
    # the parish's organist serves the council, no member (a kirkeværge is one: above)
    meeting = _parse(
        "Til stede: Inge Holm, Bo Lind\n\nOrganist Karoline Vest deltog under punkt 4."
    )
    assert [p.name for p in meeting.guests] == ["Karoline Vest"]
    assert [p.title for p in meeting.guests] == ["Organist"]


def test_a_substitute_named_before_she_attended_instead() -> None:
    meeting = _parse(
        "Medlemmer: Peter Ladefoged (V), Lise Bjerre (F)\n\n"
        "Fraværende: Lise Bjerre (F). Stedfortræder Jonas Friis (F), Vesterå Kommune, "
        "deltog i stedet."
    )
    assert sorted((p.name, p.organisation, p.roles) for p in meeting.attendees) == [
        ("Jonas Friis", "Vesterå Kommune", ["stedfortræder"]),
        ("Peter Ladefoged", None, []),
    ]
    assert [p.name for p in meeting.absentees] == ["Lise Bjerre"]


def test_a_wrapped_attendance_sentence_breaks_before_a_post() -> None:
    meeting = _parse(
        "Der var mødt 41 medlemmer. Fra bestyrelsen deltog Inge Lauridsen\n"
        "(formand), Kurt Frandsen (kasserer), Pia Holmgaard og\n"
        "Anja Bisgaard. Bestyrelsen var dermed fuldtallig.\n\nPunkt 1: Valg af dirigent\n"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Inge Lauridsen", "formand"),
        ("Kurt Frandsen", "kasserer"),
        ("Pia Holmgaard", None),
        ("Anja Bisgaard", None),
    ]


def test_a_list_line_ending_in_samt_and_a_title() -> None:
    meeting = _parse(
        "Til stede: provst Mette Bøgh Laursen (formand), Birgit Hvass, Villy Engholm samt "
        "sognepræst\nAnders Kjeldgaard (præsterepræsentant, uden stemmeret)\n\n"
        "Fraværende: Jens Ole Frandsen"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Mette Bøgh Laursen", "provst"),
        ("Birgit Hvass", None),
        ("Villy Engholm", None),
        ("Anders Kjeldgaard", "sognepræst"),
    ]
    # after a body's name the title is the entry's second post: the next line is another entry
    meeting = _parse(
        "Deltagere:\n\nStephanie Lose, formand for Syddansk Vækstforum og regionsrådsformand\n"
        "Henrik Dam, rektor for SDU"
    )
    assert [p.name for p in meeting.attendees] == ["Stephanie Lose", "Henrik Dam"]


def test_a_count_and_a_named_person() -> None:
    meeting = _parse(
        "Til stede: 31 andelshavere, heraf 5 ved fuldmagt, samt administrator Lone Bak "
        "(Cobblestone)."
    )
    assert [(p.name, p.title, p.organisation) for p in meeting.attendees] == [
        ("Lone Bak", "administrator", "Cobblestone")
    ]
    assert "unparsed-person" not in {d.code for d in meeting.diagnostics}


@pytest.mark.parametrize(
    ("written", "party"),
    [
        ("Bo Ravn (løsgænger)", "UP"),
        ("Carl Dam (UP)", "UP"),
        ("Eva Lund (Uden for partierne)", "UP"),
    ],
)
def test_independent_members_have_party_up(written: str, party: str) -> None:
    meeting = referat.parse(
        f"# Byrådet\n\nDeltagere: Anna Holm (A), {written}\n\n## 1. Budget\n\nGodkendt.\n"
    )
    assert [(p.party, p.organisation) for p in meeting.attendees][1] == (party, None)


@pytest.mark.parametrize(
    ("value", "name", "initials", "unread"),
    [
        ("Birgit Sørensen", "Birgit Sørensen", None, False),
        ("BS (Birgit Sørensen)", "Birgit Sørensen", "BS", False),  # initials, then the name
        ("BS", "BS", "BS", False),  # initials no attendee has: the person as written
        ("se nedenfor", None, None, True),  # names no one: said, not silently dropped
        ("bestyrelsen", None, None, True),
        ("-", None, None, False),  # an empty field says nothing
    ],
)
def test_a_referent_field_names_a_person_or_says_it_names_none(
    value: str, name: str | None, initials: str | None, unread: bool
) -> None:
    meeting = _parse(f"Deltagere: Anna Holm, Bo Lind\nReferent: {value}")
    taker = meeting.minute_taker
    found = (taker.name, taker.initials) if taker is not None else (None, None)
    assert found == (name, initials)
    assert ("unparsed-person" in {d.code for d in meeting.diagnostics}) is unread


def test_referent_initials_an_attendee_has_are_that_attendee() -> None:
    meeting = _parse("Deltagere: Anna Holm, Bo Lind\nReferent: BL")
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Bo Lind"


def test_italic_group_label_that_reads_like_a_name() -> None:
    meeting = _parse(
        "**Til stede:**\n\n*Udpeget af DH Holmsted:*\n- Grethe Møller, Scleroseforeningen\n"
        "- Jørn Pallesen, Dansk Blindesamfund\n\n*Udpeget af Byrådet:*\n- Tove Bech (A)"
    )
    assert [(p.name, p.group) for p in meeting.attendees] == [
        ("Grethe Møller", "Udpeget af DH Holmsted"),
        ("Jørn Pallesen", "Udpeget af DH Holmsted"),
        ("Tove Bech", "Udpeget af Byrådet"),
    ]


def test_mentions_then_a_checklist_with_details() -> None:
    meeting = _parse(
        "Deltagere: @Anne Holm @Bo Lind @Tariq Aziz\n\n## Fremmøde\n\n"
        "- [x] Anne Holm (projektleder, Søby Lokalråd)\n- [x] Bo Lind (kasserer)\n"
        "- [x] Tariq Aziz (Søby Idrætsforening) — via Teams"
    )
    assert _who(meeting.attendees) == [
        ("Anne Holm", "projektleder", "Søby Lokalråd", None),
        ("Bo Lind", "kasserer", None, None),
        ("Tariq Aziz", None, "Søby Idrætsforening", None),
    ]


@pytest.mark.parametrize("first", ["Malte", "Tine", "Ørjan", "Lærke", "Kent", "Annelise"])
def test_common_first_names_start_a_second_person(first: str) -> None:
    meeting = _parse(f"Afbud:\nHelle Dam, {first} Fog (elevrådet)")
    assert _who(meeting.absentees) == [
        ("Helle Dam", None, None, None),
        (f"{first} Fog", None, "elevrådet", None),
    ]


def test_from_an_organisation_after_an_inline_absence_list_is_guests() -> None:
    meeting = _parse("Afbud: Dorthe Lauritsen\nFra Fjordbo: driftschef Michael Steen (pkt. 3)")
    assert _who(meeting.absentees) == [("Dorthe Lauritsen", None, None, None)]
    assert _who(meeting.guests) == [("Michael Steen", "driftschef", "Fjordbo", None)]
    # under a bare "Afbud:" label such lines are groups of the absent
    meeting = _parse("Afbud:\nFra KL: Jens Holm\nFra Region Midt: Bo Lind")
    assert _who(meeting.absentees) == [
        ("Jens Holm", None, "KL", None),
        ("Bo Lind", None, "Region Midt", None),
    ]
    assert meeting.guests == []


def test_guest_role_in_a_function_cell() -> None:
    meeting = _parse(
        "## Fremmøde\n\n| Navn | Funktion | Til stede |\n|---|---|---|\n"
        "| Karen Mikkelsen | Formand | X |\n"
        "| Søren Holt | Kirkegårdsleder (gæst, pkt. 4) | X |"
    )
    assert [p.name for p in _members(meeting)] == ["Karen Mikkelsen"]
    assert _who(meeting.guests) == [("Søren Holt", "Kirkegårdsleder", None, None)]


def test_bold_group_labels_without_a_colon() -> None:
    meeting = _parse(
        "## Til stede\n\n**Partirepræsentanter**\n- Jesper Lundholm (A), næstformand\n"
        "- Mia Kragelund (Ø)\n\n**Foreningsrepræsentanter**\n"
        "- Annemette Rye, Boligselskabet Lærkehøj (formand)\n\n**Mål**\n\nFlere medlemmer."
    )
    assert [(p.name, p.group) for p in meeting.attendees] == [
        ("Jesper Lundholm", "Partirepræsentanter"),
        ("Mia Kragelund", "Partirepræsentanter"),
        ("Annemette Rye", "Foreningsrepræsentanter"),
    ]
    assert [n.heading for n in meeting.notes if n.heading] == ["Mål"]


def test_from_the_body_and_from_an_organisation_as_first_labels() -> None:
    meeting = _parse(
        "**Fra brugerbestyrelsen:**  \nUlla Brandt (formand)  \nSvend Ove Mikkelsen\n\n"
        "**Afbud:** Erik Storm"
    )
    assert [p.name for p in meeting.attendees] == ["Ulla Brandt", "Svend Ove Mikkelsen"]
    meeting = _parse("**Fra plejecentret:**  \nBirthe Kjærgaard (centerleder)")
    assert _who(meeting.guests) == [("Birthe Kjærgaard", "centerleder", None, None)]


def test_staff_bullets_with_titles_and_a_sentence_after_the_list() -> None:
    meeting = _parse(
        "**Afbud:** Borgmester Birthe Korsgaard, Morsø Kommune (V) – stedfortræder Jens Peter "
        "Hedegaard deltog. Borgmester Mikael Frandsen, Brønderslev Kommune (V).\n\n"
        "**Øvrige deltagere:**\n- Sekretariatschef Helle Kirkeby, KKR Nordjylland\n"
        "- Konsulent Anders Lykkegaard, KKR Nordjylland (referent)\n\n"
        "Henrik Sønderby bød velkommen og ledede mødet."
    )
    assert _who(meeting.absentees) == [
        ("Birthe Korsgaard", "Borgmester", "Morsø Kommune", "V"),
        ("Mikael Frandsen", "Borgmester", "Brønderslev Kommune", "V"),
    ]
    assert _who(meeting.guests) == [
        ("Helle Kirkeby", "Sekretariatschef", "KKR Nordjylland", None),
        ("Anders Lykkegaard", "Konsulent", "KKR Nordjylland", None),
    ]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Anders Lykkegaard"


def test_absence_bullets_with_reason_and_substitute() -> None:
    meeting = _parse(
        "**Til stede:** Lars Ebbesen (A), Gitte Overgaard (A), Frank Kirkegaard (V)\n\n"
        "**Fraværende:**\n"
        "- Trine Bach Sørensen (A) – lovligt forfald (sygdom). Stedfortræder: Gitte Overgaard (A)\n"
        "- Ulla Krogh (V) – lovligt forfald (barsel). Stedfortræder: Frank Kirkegaard (V)\n\n"
        "**Fra administrationen:** byrådssekretær Lene Damgaard (protokol)."
    )
    assert _who(meeting.absentees) == [
        ("Trine Bach Sørensen", None, None, "A"),
        ("Ulla Krogh", None, None, "V"),
    ]
    assert [p.name for p in _members(meeting)] == [
        "Lars Ebbesen",
        "Gitte Overgaard",
        "Frank Kirkegaard",
    ]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Lene Damgaard"


def test_appointed_by_titles_and_a_sentence_after_a_line_list() -> None:
    meeting = _parse(
        "**Til stede:**\nBirgit Holmgaard, formand (udpeget af Slagelse Kommune)\n"
        "Mette Friis Kjær (udpeget af DI Vestsjælland)\nIda Mortensen (elevrepræsentant)\n\n"
        "**Endvidere deltog:**\nVicerektor Pernille Dahl\n\n"
        "Ida Mortensen forlod mødet kl. 17.30 under pkt. 6."
    )
    assert _who(_members(meeting)) == [
        ("Birgit Holmgaard", "formand", "Slagelse Kommune", None),
        ("Mette Friis Kjær", None, "DI Vestsjælland", None),
        ("Ida Mortensen", "elevrepræsentant", None, None),
    ]
    assert _who(meeting.guests) == [("Pernille Dahl", "Vicerektor", None, None)]


def test_appointed_by_and_head_of_after_a_comma() -> None:
    meeting = _parse(
        "Til stede: Samir Khalil, udpeget af Næstved Erhvervsråd; Olena Kovalenko\n\n"
        "Desuden deltog: Anja Frost, leder af Sprogcenter Sydsjælland"
    )
    assert _who(_members(meeting)) == [
        ("Samir Khalil", None, "Næstved Erhvervsråd", None),
        ("Olena Kovalenko", None, None, None),
    ]
    assert _who(meeting.guests) == [("Anja Frost", "leder", "Sprogcenter Sydsjælland", None)]


def test_owner_and_remarks_columns() -> None:
    meeting = _parse(
        "Deltagere fra bestyrelsen:\n\n| Navn | Interessent | Bemærkning |\n|---|---|---|\n"
        "| Kristian Vestergaard (V) | Skive Kommune | Formand |\n"
        "| Lone Broberg | Medarbejderrepræsentant | Uden stemmeret |"
    )
    assert _who(meeting.attendees) == [
        ("Kristian Vestergaard", "Formand", "Skive Kommune", "V"),
        ("Lone Broberg", "Medarbejderrepræsentant", None, None),
    ]
    assert meeting.chair is not None
    assert meeting.chair.name == "Kristian Vestergaard"


def test_board_line_with_an_absence_sentence_after_a_count() -> None:
    meeting = _parse(
        "Fremmødt: 31 stemmeberettigede andelshavere.\n\nBestyrelsen:\n"
        "Poul Erik Thygesen (formand), Jens Kristian Bøgh (næstformand) og Marianne Skov "
        "(sekretær). Torben Friis havde meldt afbud pga. sygdom.\n\n"
        "Desuden deltog vandværkets driftsleder Kim Vestergaard samt registreret revisor Lene "
        "Dahl, Vestjysk Revision."
    )
    assert [p.name for p in _members(meeting)] == [
        "Poul Erik Thygesen",
        "Jens Kristian Bøgh",
        "Marianne Skov",
    ]
    assert [p.name for p in meeting.absentees] == ["Torben Friis"]
    assert _who(meeting.guests) == [
        ("Kim Vestergaard", "vandværkets driftsleder", None, None),
        ("Lene Dahl", "registreret revisor", "Vestjysk Revision", None),
    ]


def test_guest_label_for_a_paragraph_and_abbreviated_substitute() -> None:
    meeting = _parse(
        "Til stede: Bent Lund (formand), Anne Kjær (kasserer)\n"
        "Ikke til stede: Vivi Hald, supp.\n"
        "Gæst under § 7: kredsformand Jytte Holck, Kolonihaveforbundet Kreds Vejle"
    )
    assert [(p.name, p.roles) for p in meeting.absentees] == [("Vivi Hald", ["suppleant"])]
    assert _who(meeting.guests) == [
        ("Jytte Holck", "kredsformand", "Kolonihaveforbundet Kreds Vejle", None)
    ]


def test_function_cell_place_and_side_column() -> None:
    meeting = _parse(
        "| Navn | Funktion | Repræsenterer | Til stede |\n|---|---|---|---|\n"
        "| Per Kold | Pædagogisk leder, Børnehuset Kløveren | Ledelsen | Ja |\n"
        "| Jonas Bak | Arbejdsmiljørepræsentant | Medarbejderne | Ja |\n"
        "| Eva Dam | Forælder | Ungdomsskolen | Ja |"
    )
    assert [(p.name, p.title, p.organisation, p.group) for p in meeting.attendees] == [
        ("Per Kold", "Pædagogisk leder", "Børnehuset Kløveren", "Ledelsen"),
        ("Jonas Bak", "Arbejdsmiljørepræsentant", None, "Medarbejderne"),
        ("Eva Dam", "Forælder", "Ungdomsskolen", None),
    ]


def test_item_guest_sentence_with_a_division() -> None:
    meeting = _parse("Under punkt 4 deltog divisionschef Anne-Mette Kold, Kalundborg Division.")
    assert _who(meeting.guests) == [
        ("Anne-Mette Kold", "divisionschef", "Kalundborg Division", None)
    ]


def test_item_guest_sentence_with_desuden() -> None:
    meeting = _parse(
        "Til stede: Anna Holm, Bo Lind\n\n"
        "Under pkt. 3 deltog desuden erhvervskonsulent Ane Winther, Business Vestfjord."
    )
    assert _who(meeting.guests) == [
        ("Ane Winther", "erhvervskonsulent", "Business Vestfjord", None)
    ]


def test_staff_label_naming_the_firm() -> None:
    meeting = _parse(
        "Til stede: Karina Lund (formand), Bent Mørup\n"
        "Fra administrator, Holm & Partnere Ejendomsadministration: Lotte Berg "
        "(deltog under pkt. 1-4)"
    )
    assert _who(meeting.guests) == [
        ("Lotte Berg", None, "Holm & Partnere Ejendomsadministration", None)
    ]


def test_a_minute_taker_in_turn() -> None:
    meeting = _parse(
        "Til stede: Mette, Kasper, Line, Jonas\nOrdstyrer: Line\n"
        "Referent: skiftes – i dag Jonas\n\nPunkt 1: Referat\nGodkendt.\n\n"
        "Referent næste gang: Kasper\n"
    )
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Jonas"


def test_two_item_guests_in_one_sentence_with_an_unknown_first_name() -> None:
    meeting = referat.parse(
        HEAD + "Deltagere: Aase Holm, Villy Dam\n\n## 1. Inklusion\n\n"
        "Skoleleder Peter Grøn, Nørre Kærby Skole, og PPR-leder Annika Lau deltog under "
        "punktet.\n\nDrøftet.\n\n## 2. Madservice\n\n"
        "Afdelingsleder Kirsten Høg, Madservice Odder, deltager under punktet.\n"
    )
    assert _who(meeting.guests) == [
        ("Peter Grøn", "Skoleleder", "Nørre Kærby Skole", None),
        ("Annika Lau", "PPR-leder", None, None),
        ("Kirsten Høg", "Afdelingsleder", "Madservice Odder", None),
    ]


def test_chair_and_ref_dot_on_one_line_and_more_organisations() -> None:
    meeting = _parse(
        "Til stede: Anders Krog (Tårup sogn), Inger Dam (Vesterå sogn)\n\n"
        "Desuden deltog under pkt. 3: kirkekonsulent Dorte Brink, Viborg Stift\n"
        "Gæst: direktør Nina Worm, Erhvervshus Midtjylland\n\n"
        "Mødeleder: Anders Krog                Ref.: Inger Dam"
    )
    assert meeting.chair is not None
    assert meeting.minute_taker is not None
    assert (meeting.chair.name, meeting.minute_taker.name) == ("Anders Krog", "Inger Dam")
    assert [(p.name, p.organisation) for p in meeting.guests] == [
        ("Dorte Brink", "Viborg Stift"),
        ("Nina Worm", "Erhvervshus Midtjylland"),
    ]


def test_a_role_in_brackets_for_some_items() -> None:
    meeting = _parse(
        "Deltagere:\n- [x] Mads Vinther, Horsens Kommune\n"
        "- [x] Lone Fabricius, Aarhus Vand (observatør under pkt. 3)"
    )
    assert [(p.name, p.organisation, p.roles) for p in meeting.attendees][-1] == (
        "Lone Fabricius",
        "Aarhus Vand",
        ["observatør"],
    )


def test_a_guest_named_with_som_gaest() -> None:
    meeting = _parse("Til stede: Anna Holm, Bo Lind og Rasmus Krog fra Norlys som gæst")
    assert [(p.name, p.organisation, p.roles) for p in meeting.attendees][-1] == (
        "Rasmus Krog",
        "Norlys",
        ["gæst"],
    )


def test_item_guest_by_the_clock() -> None:
    meeting = referat.parse(
        HEAD + "Deltagere: Aase Holm, Villy Dam\n\n## 1. Besøg af udvalgsformanden\n\n"
        "Udvalgsformand Kirsten Holmgaard (A) deltager kl. 10.00-10.45 og fortæller om "
        "udvalgets arbejde.\n"
    )
    assert _who(meeting.guests) == [("Kirsten Holmgaard", "Udvalgsformand", None, "A")]


def test_bold_group_rows_of_a_people_table() -> None:
    meeting = _parse(
        "| Navn | Funktion | Fremmøde |\n|---|---|---|\n"
        "| **Ledelsesrepræsentanter** | | |\n"
        "| Charlotte Vium | Ledende overlæge | Til stede |\n"
        "| Maiken Stald | Afsnitsleder | Afbud |\n"
        "| **Medarbejderrepræsentanter** | | |\n"
        "| Kenneth Lauesen | Fysioterapeut | Til stede |"
    )
    assert [(p.name, p.group) for p in meeting.attendees] == [
        ("Charlotte Vium", "Ledelsesrepræsentanter"),
        ("Kenneth Lauesen", "Medarbejderrepræsentanter"),
    ]
    assert [(p.name, p.group) for p in meeting.absentees] == [
        ("Maiken Stald", "Ledelsesrepræsentanter")
    ]


def test_absence_sentence_opening_der_var_afbud_fra() -> None:
    meeting = _parse(
        "Tilstede: Leif Damsgaard (formand), Bente Juhl\n\n"
        "Der var afbud fra Ove Lassen og Dorthe Krag."
    )
    assert [p.name for p in meeting.absentees] == ["Ove Lassen", "Dorthe Krag"]
    assert [p.name for p in meeting.attendees] == ["Leif Damsgaard", "Bente Juhl"]


def test_attendance_report_roles_are_no_titles() -> None:
    meeting = _parse(
        "| Navn | Første deltagelse | Sidste udtræden | Rolle |\n|---|---|---|---|\n"
        "| Karin Hvid | 07.10.2025 09.57.41 | 07.10.2025 11.02.10 | Organisator |\n"
        "| Jonas Brix | 07.10.2025 09.59.03 | 07.10.2025 11.02.05 | Præsentationsvært |\n"
        "| Lotte Skaarup | 07.10.2025 10.01.22 | 07.10.2025 11.01.58 | Deltager |"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Karin Hvid", None),
        ("Jonas Brix", None),
        ("Lotte Skaarup", None),
    ]


def test_a_sentence_about_someone_else_right_under_an_absence_list() -> None:
    meeting = _parse(
        "Deltagere: Karin Hvid, Jonas Brix\nAfbud: Peter Vang (ferie)\n"
        "Mai-Britt Holm fra Rambøll Management deltog som ekstern rådgiver på udbuddet.\n"
        "Lise Bak havde meldt afbud."
    )
    assert [p.name for p in meeting.absentees] == ["Peter Vang", "Lise Bak"]


def test_a_surname_initial_at_the_end_of_a_list_keeps_its_dot() -> None:
    meeting = _parse("Til stede: Jesper (formand), Niels og Thomas B.\nAfbud: Pernille, Thomas K.")
    assert [p.name for p in meeting.attendees] == ["Jesper", "Niels", "Thomas B."]
    assert [p.name for p in meeting.absentees] == ["Pernille", "Thomas K."]


def test_an_absence_sentence_after_a_guest_sentence() -> None:
    meeting = _parse(
        "Til stede: Vibeke Hald, Erik Bruun\n\n"
        "Fra direktionen deltager adm. direktør Anders Sejersen og økonomidirektør\n"
        "Rikke Holmgaard (dog ikke under pkt. 8).\n\n"
        "Henrik Tang har meldt afbud."
    )
    assert "Henrik Tang" not in [p.name for p in meeting.guests]
    assert [p.name for p in meeting.absentees] == ["Henrik Tang"]


def test_head_of_titles_and_partner_titles_before_names() -> None:
    meeting = _parse(
        "Chair: Head of Department Birgitte Lauesen\n\n"
        "Desuden deltog: HR-partner Ulla Brandt (under punkt 3)"
    )
    assert meeting.chair is not None
    assert (meeting.chair.name, meeting.chair.title) == ("Birgitte Lauesen", "Head of Department")
    assert _who(meeting.guests) == [("Ulla Brandt", "HR-partner", None, None)]


def test_a_unit_column_is_the_organisation() -> None:
    meeting = _parse(
        "| Navn | Titel | Enhed |\n|---|---|---|\n"
        "| Vibeke Mols | centerchef | Center for Ældre og Omsorg |\n"
        "| Hanne Skjold | områdeleder | Hjemmeplejen Syd |"
    )
    assert _who(meeting.attendees) == [
        ("Vibeke Mols", "centerchef", "Center for Ældre og Omsorg", None),
        ("Hanne Skjold", "områdeleder", "Hjemmeplejen Syd", None),
    ]


def test_afbud_in_a_remarks_column_makes_the_member_absent() -> None:
    meeting = _parse(
        "| Medlem | Parti | Funktion | Bemærkning |\n|---|---|---|---|\n"
        "| Helle Gjerløv | A | Formand | Afbud |\n"
        "| Kristian Ravn | V | Næstformand | |\n"
        "| Yasmin Kaur | SF | | Deltog fra pkt. 3 |"
    )
    assert [p.name for p in meeting.absentees] == ["Helle Gjerløv"]
    assert [p.name for p in meeting.attendees] == ["Kristian Ravn", "Yasmin Kaur"]


def test_a_firms_and_co_ends_no_sentence() -> None:
    meeting = _parse("Desuden deltog: Ulrik Friis, Kvist & Co. Administration, og Bo Lind.")
    assert _who(meeting.guests) == [
        ("Ulrik Friis", None, "Kvist & Co. Administration", None),
        ("Bo Lind", None, None, None),
    ]


def test_a_listed_attendee_under_afbud_is_absent_with_the_lists_details() -> None:
    meeting = _parse(
        "Deltagere:\nForældrerepræsentanter: Mia Holm (formand), Rasmus Bech, Sara Kjær\n"
        "Medarbejderrepræsentanter: Lone Friis, Ole Bang\nAfbud: Rasmus Bech"
    )
    assert [p.name for p in meeting.attendees] == [
        "Mia Holm",
        "Sara Kjær",
        "Lone Friis",
        "Ole Bang",
    ]
    assert [(p.name, p.group) for p in meeting.absentees] == [
        ("Rasmus Bech", "Forældrerepræsentanter")
    ]
    assert "present-and-absent" not in {d.code for d in meeting.diagnostics}


def test_initials_with_their_key_at_the_end_of_the_minutes() -> None:
    meeting = referat.parse(
        "Referat af bestyrelsesmøde tirsdag 17/9-2024 kl. 19.00\n\nDeltagere: AH, BL, DvM\n"
        "Afbud: EJ\nRef.: BL\n\nPkt. 1 Økonomi\nGodkendt.\n\n"
        "AH = Anne Holm, formand\nBL = Bent Lassen, kasserer\nDvM = Dirk van Meeteren, suppleant\n"
        "EJ = Else Juhl, bestyrelsesmedlem\n"
    )
    assert [(p.name, p.initials) for p in meeting.attendees] == [
        ("Anne Holm", "AH"),
        ("Bent Lassen", "BL"),
        ("Dirk van Meeteren", "DvM"),
    ]
    assert [p.name for p in meeting.absentees] == ["Else Juhl"]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Bent Lassen"


def test_an_abbreviated_organisation_with_its_place_is_no_second_person() -> None:
    meeting = referat.parse(
        "# Referat – Handicaprådet\n\nDato: 24. oktober 2024\n\n## Deltagere\n\n"
        "**Udpeget af DH Skovbo:**\n\n- Lars-Henrik Nøhr, DH Skovbo (formand)\n"
        "- Susanne Falk, Dansk Blindesamfund\n\n## 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert [(p.name, p.organisation) for p in meeting.attendees] == [
        ("Lars-Henrik Nøhr", "DH Skovbo"),
        ("Susanne Falk", "Dansk Blindesamfund"),
    ]


@pytest.mark.parametrize(("title", "still_listed"), [("Referat", False), ("Indkaldelse", True)])
def test_an_absentee_named_by_first_name_is_the_listed_person(
    title: str, still_listed: bool
) -> None:
    meeting = referat.parse(
        f"# {title} – klubbens bestyrelsesmøde\n\nDato: 12. juni 2025 kl. 16.00\n\n"
        "Deltagere:\n* Mona Friis, formand\n* Jannik Bech, TR Lager\n* Ole Dam\n\n"
        "Jannik har meldt afbud pga. ferie.\n\n## 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert [p.name for p in meeting.absentees] == ["Jannik Bech"]
    assert ("Jannik Bech" in [p.name for p in meeting.attendees]) is still_listed


def test_a_name_broken_at_the_end_of_a_prose_sentence_is_no_second_absentee() -> None:
    meeting = referat.parse(
        "# Referat af menighedsrådsmøde\n\nDato: 12. februar 2025\n\n"
        "Til stede: Birthe Kjærgaard (formand), Johannes Vad og Ditte Rask (1. suppleant).\n\n"
        "Afbud fra Karen Sønderby og Mogens Holt. Ditte Rask var indkaldt i stedet for Karen\n"
        "Sønderby.\n\n## 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert [p.name for p in meeting.absentees] == ["Karen Sønderby", "Mogens Holt"]


def test_a_double_first_name_and_a_parenthesis_broken_over_lines() -> None:
    meeting = referat.parse(
        "Tønder Kommune\nÆldrerådet\n\nREFERAT\n\nMødedato: 14. januar 2026\n\n"
        "Til stede: Formand Kirsten Ravn, Lis Mortensen (sekretær), Hans Peter\n"
        "Juhl, Grethe Lauritsen og Else Marie Kjær (1. suppleant, indkaldt for Inga\n"
        "Thomsen).\n\nAfbud: Inga Thomsen.\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert [p.name for p in meeting.attendees] == [
        "Kirsten Ravn",
        "Lis Mortensen",
        "Hans Peter Juhl",
        "Grethe Lauritsen",
        "Else Marie Kjær",
    ]


def test_a_presence_column_named_by_both_answers() -> None:
    meeting = referat.parse(
        "# Referat af skolebestyrelsesmøde\n\n**Dato:** 5. februar 2025\n\n"
        "| Navn | Funktion | Mødt / afbud |\n|---|---|---|\n"
        "| Maja Thorsen | Formand | Mødt |\n| Sidsel Ravn | Forældrerepræsentant | Afbud |\n\n"
        "## 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert [p.name for p in meeting.attendees] == ["Maja Thorsen"]
    assert [p.name for p in meeting.absentees] == ["Sidsel Ravn"]


def test_two_column_labels_side_by_side_over_their_lists() -> None:
    meeting = referat.parse(
        "REFERAT AF MENIGHEDSRÅDSMØDE\ntorsdag den 14. september 2023 kl. 19.00\n\n"
        "Til stede:                                          Afbud:\n"
        "Formand Inge Marie Sandholt                         Palle Kragh\n"
        "Næstformand Ove Lykke                               Kirkeværge Susanne Dahl\n"
        "Kasserer Bent Mølgaard\n\n"
        "Pkt. 1 Godkendelse af dagsorden\nGodkendt.\n"
    )
    assert [p.name for p in meeting.attendees] == [
        "Inge Marie Sandholt",
        "Ove Lykke",
        "Bent Mølgaard",
    ]
    assert [p.name for p in meeting.absentees] == ["Palle Kragh", "Susanne Dahl"]


def test_a_unit_of_a_region_is_an_organisation_not_a_person() -> None:
    parts = parse_person("Overlæge Peter Bruun, Hospitalsenheden Vest (under punkt 4)")
    assert parts is not None
    assert (parts.name, parts.organisation) == ("Peter Bruun", "Hospitalsenheden Vest")
    assert split_name_list("Overlæge Peter Bruun, Hospitalsenheden Vest") is None


def test_a_data_centre_after_a_name_is_its_organisation() -> None:
    assert split_name_list("Allan Vinding, Datacentralen Vest (ad 3)") is None
    meeting = referat.parse(
        "# Referat\n\nProjektgruppen for intranet\n\nDeltagere: JHP, KLA\n"
        "Desuden deltog: Allan Vinding, Datacentralen Vest (ad 3)\n\n"
        "## 1. Status\n\nTaget til efterretning.\n"
    )
    assert [(p.name, p.organisation) for p in meeting.guests] == [
        ("Allan Vinding", "Datacentralen Vest")
    ]


@pytest.mark.parametrize(
    ("entry", "title", "roles"),
    [
        (
            "Else Marie Kjær (1. suppleant, indkaldt for Inga Thomsen)",
            "1. suppleant",
            ["suppleant"],
        ),
        ("Dorthe Sand (DS), 1. suppleant", "1. suppleant", ["suppleant"]),
        (
            "Gunhild Møller (O), der deltog som stedfortræder for Ole Brask (O)",
            None,
            ["stedfortræder"],
        ),
    ],
)
def test_a_substitutes_title_or_clause_gives_the_role(
    entry: str, title: str | None, roles: list[str]
) -> None:
    parts = parse_person(entry)
    assert parts is not None
    assert (parts.title, parts.roles) == (title, roles)


def test_a_member_absent_under_some_items_only_came_late_or_left() -> None:
    meeting = referat.parse(
        "# Referat – Teknik- og Miljøudvalget\n\nDato: 8. april 2025\n\n"
        "**Medlemmer:** Lise Dam (V), Karsten Riis (O), Bent Holm (A)\n\n"
        "## 41. Godkendelse af dagsorden\n\nGodkendt.\n\nFraværende: Lise Dam (V)\n\n"
        "## 42. Vejplan\n\nGodkendt.\n\nKarsten Riis (O) forlod mødet kl. 10.30.\n\n"
        "Fraværende: Lise Dam (V)\n\n"
        "## 43. Trafiksikkerhed\n\nGodkendt.\n\nFraværende: Lise Dam (V), Karsten Riis (O)\n"
    )
    assert [p.name for p in meeting.absentees] == ["Lise Dam"]
    assert "Karsten Riis" in [p.name for p in meeting.attendees]


def test_english_role_words_in_parentheses() -> None:
    meeting = referat.parse(
        "# Minutes – Study Board\n\nDate: 24 September 2025\n\n**Deltagere:**\n\n"
        "- Professor Lars Hvidberg (Chair)\n- Heidi Thomsen, study board secretary (minutes)\n\n"
        "## 1. Approval of the agenda\n\nApproved.\n"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == "Lars Hvidberg"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Heidi Thomsen"


def test_an_organisation_broken_over_a_prose_lists_lines_is_joined() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 29. januar 2025\n\n"
        "Til stede: Borgmester Hans Fogh, Skive Kommune (formand),\n"
        "og vicepolitiinspektør Mette Høgh, Midt- og Vestjyllands\n"
        "Politi (stedfortræder for politidirektøren).\n\n"
        "## 1. Budget\n\nGodkendt.\n"
    )
    assert [(p.name, p.organisation) for p in meeting.attendees] == [
        ("Hans Fogh", "Skive Kommune"),
        ("Mette Høgh", "Midt- og Vestjyllands Politi"),
    ]


def test_a_key_of_initials_keeps_each_entrys_own_parenthesis() -> None:
    meeting = referat.parse(
        "# Ledermøde\n\nDato: 27-01-2026\n\nDeltagere: SE, MK, JT\n\n"
        "> SE = Sofie Engberg · MK = Martin Kragh (CEO) · JT = Julie Tang (økonomichef)\n\n"
        "**Ad 1. Status**\n\nTaget til efterretning.\n"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Sofie Engberg", None),
        ("Martin Kragh", "CEO"),
        ("Julie Tang", "økonomichef"),
    ]


def test_udvalget_and_indkaldt_er_label_members_and_staff_with_adjective_titles() -> None:
    meeting = referat.parse(
        "Kirkegårdsudvalget\n\nREFERAT\n\nMødedato: Tirsdag d. 20.05.2025, kl. 16.00-17.45\n\n"
        "Udvalget: Jørn Lykkegaard (formand), Birthe Mosegaard, Villy Sand\n"
        "Fra administrationen: kirkegårdsleder Tina Brejnholt og administrativ koordinator"
        " Nanna Flyvholm (referent)\n\nAd 1.\nGodkendt.\n"
    )
    assert [p.name for p in _members(meeting)] == [
        "Jørn Lykkegaard",
        "Birthe Mosegaard",
        "Villy Sand",
    ]
    assert [(p.name, p.title) for p in meeting.guests] == [
        ("Tina Brejnholt", "kirkegårdsleder"),
        ("Nanna Flyvholm", "administrativ koordinator"),
    ]
    invited = referat.parse(
        "Hermed indkaldes til bestyrelsesmøde torsdag den 27. marts 2025 kl. 17.00.\n\n"
        "Indkaldt er:\n\n- Formand Aksel Brandt\n- Lone Krogh, Museumsforeningen\n\n"
        "**Dagsorden**\n\n1. Godkendelse af dagsorden\n2. Årsregnskab 2024\n3. Eventuelt\n\n"
        "Bilag til punkt 2: Udkast til årsregnskab 2024, Revisionsprotokollat til årsregnskab"
        " 2024\n"
    )
    assert [p.name for p in invited.attendees] == ["Aksel Brandt", "Lone Krogh"]
    assert [a.title for a in invited.agenda[1].attachments] == [
        "Udkast til årsregnskab 2024",
        "Revisionsprotokollat til årsregnskab 2024",
    ]


def test_a_first_name_ending_a_line_after_a_lower_case_title_goes_on_with_the_surname() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 12. november 2024\n\nDeltagere: Jørgen Lykke (V), Lene Brix (A)\n"
        "Fra administrationen: Direktør Helle Kragh, chef for Vej og Park Morten\n"
        "Dyhr, sekretær Annette Pihl (referent)\n\n## 1. Budget\n\nGodkendt.\n"
    )
    assert [(p.name, p.title, p.organisation) for p in meeting.guests] == [
        ("Helle Kragh", "Direktør", None),
        ("Morten Dyhr", "chef", "Vej og Park"),
        ("Annette Pihl", "sekretær", None),
    ]


def test_unknown_first_names_with_a_persons_details_double_surnames_and_shared_units() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 8. april 2025\n\n"
        "Til stede: Amina Yusuf (formand), Tomas Kjærgaard (næstformand), Hodan Abdi\n"
        "Warsame, Lone Fiil, byrådsmedlem Kasper Brøndum (V), Mette\n"
        "Skov Lauridsen, Dansk Flygtningehjælp, Farid Nazari\n\n"
        "Fra forvaltningen: integrationskonsulent Rikke Dahl (referent) og\n"
        "afdelingsleder Bjarne Holm, begge Job og Integration\n\n"
        "Punkt 1: Godkendelse af dagsorden\nGodkendt.\n"
    )
    assert [(p.name, p.organisation) for p in _members(meeting)] == [
        ("Amina Yusuf", None),
        ("Tomas Kjærgaard", None),
        ("Hodan Abdi Warsame", None),
        ("Lone Fiil", None),
        ("Kasper Brøndum", None),
        ("Mette Skov Lauridsen", "Dansk Flygtningehjælp"),
        ("Farid Nazari", None),
    ]
    assert [(p.name, p.organisation) for p in meeting.guests] == [
        ("Rikke Dahl", "Job og Integration"),
        ("Bjarne Holm", "Job og Integration"),
    ]


def test_a_grid_table_with_people_in_columns_and_a_spanning_staff_row() -> None:
    meeting = referat.parse(
        "**Integrationsrådet**\n\n**Referat**\n\nDato: 6. marts 2025\n\n"
        "+--------------------------------+--------------------+\n"
        "| **Deltagere**                  | **Afbud**          |\n"
        "+================================+====================+\n"
        "| Abdi Warsame, formand          | Mirela Kovač       |\n"
        "|                                |                    |\n"
        "| Lone Gammelgaard (A)           | Tariq Mahmood      |\n"
        "|                                |                    |\n"
        "| Jytte Kragelund, Dansk         |                    |\n"
        "| Flygtningehjælp                |                    |\n"
        "+--------------------------------+--------------------+\n"
        "| **Fra forvaltningen:** Integrationschef Bo Hedegaard|\n"
        "+-----------------------------------------------------+\n\n"
        "1.  Godkendelse af dagsorden\n\nGodkendt.\n\n2.  Eventuelt\n\nIntet.\n"
    )
    assert [(p.name, p.organisation) for p in _members(meeting)] == [
        ("Abdi Warsame", None),
        ("Lone Gammelgaard", None),
        ("Jytte Kragelund", "Dansk Flygtningehjælp"),
    ]
    assert [p.name for p in meeting.absentees] == ["Mirela Kovač", "Tariq Mahmood"]
    assert [(p.name, p.title) for p in meeting.guests] == [("Bo Hedegaard", "Integrationschef")]


def test_a_key_of_initials_at_the_end_without_equals_signs_names_the_initials() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 8. oktober 2024\n\nTil stede: HB, MK, SL\nAfbud: TN\nRef.: SL\n\n"
        "1) Godkendelse af dagsorden\nGodkendt.\n\n2) Eventuelt\nIntet.\n\n"
        "--------\nInitialer:\nHB  Henrik Bruun, forælderrepr., formand\n"
        "MK  Maja Kirkegaard, forælderrepr.\nSL  Signe Lykkebo, forælderrepr.\n"
        "TN  Thomas Nyholm, forælderrepr.\n"
    )
    assert [p.name for p in meeting.attendees] == [
        "Henrik Bruun",
        "Maja Kirkegaard",
        "Signe Lykkebo",
    ]
    assert [p.name for p in meeting.absentees] == ["Thomas Nyholm"]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Signe Lykkebo"


def test_english_board_minutes_list_members_present_and_absent_with_apologies() -> None:
    meeting = referat.parse(
        "# MINUTES OF THE BOARD MEETING\n\n**Date:** Thursday, 3 April 2025\n\n"
        "**Board members present:**\nMikkel Aagaard Thorsen (Chairman)\nHenrik Baastrup\n\n"
        "**Absent with apologies:** Sofie Lindberg\n\n**Also present:**\nChristian Hvass, CEO\n\n"
        "## 1. Opening of the meeting\n\nThe agenda was adopted.\n"
    )
    assert [p.name for p in _members(meeting)] == ["Mikkel Aagaard Thorsen", "Henrik Baastrup"]
    assert [p.name for p in meeting.absentees] == ["Sofie Lindberg"]
    assert [p.name for p in meeting.guests] == ["Christian Hvass"]


def test_absentees_apart_by_a_dash_and_professions_before_names() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 6. marts 2025\n\nTil stede: Kirsten Holmgaard, Palle Gudme\n\n"
        "Fra forvaltningen:\nBiolog Frederik Sand, Natur og Vand (pkt. 4)\n\n"
        "Afbud: Ib Mørup (Friluftsrådet, suppleant) – Carl Erik Winther (Landbrug & Fødevarer)\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert [(p.name, p.organisation) for p in meeting.absentees] == [
        ("Ib Mørup", "Friluftsrådet"),
        ("Carl Erik Winther", "Landbrug & Fødevarer"),
    ]
    assert [(p.name, p.title) for p in meeting.guests] == [("Frederik Sand", "Biolog")]


def test_a_signers_posts_under_the_name_give_the_chair_and_the_minute_taker() -> None:
    meeting = referat.parse(
        "# Referat\n\nTirsdag den 21. januar 2025 kl. 19.00\n\n"
        "Til stede: Birgitte Skov Andersen, Torben Lind, Anna Krogh\n\n"
        "Pkt. 1 Godkendelse af dagsorden\nGodkendt.\n\nMødet sluttede kl. 21.40.\n\n"
        "_____________________________\nBirgitte Skov Andersen\nformand og mødeleder\n\n"
        "_____________________________\nTorben Lind\nsekretær, referent\n"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == "Birgitte Skov Andersen"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Torben Lind"


def test_an_agendas_members_table_with_a_person_in_each_cell_and_one_sending_apologies() -> None:
    meeting = referat.parse(
        "# Kommunalbestyrelsen\n\n## DAGSORDEN\n\ntil ordinært møde\ntorsdag den 22. maj 2025"
        " kl. 18.00\n\n**Medlemmer:**\n\n| | | |\n|---|---|---|\n"
        "| Frank Jessen (V), borgmester | Rikke Nørgaard (A) | Bo Kjærsgaard (V) |\n"
        "| Lone Smedegaard (A) | Anne-Mette Hald (F) | Mads Ahrenkiel (L) |\n\n"
        "Afbud: Lone Smedegaard (A).\n\n1. Godkendelse af dagsorden\n2. Eventuelt\n"
    )
    assert [(p.name, p.party) for p in meeting.attendees] == [
        ("Frank Jessen", "V"),
        ("Rikke Nørgaard", "A"),
        ("Bo Kjærsgaard", "V"),
        ("Lone Smedegaard", "A"),
        ("Anne-Mette Hald", "F"),
        ("Mads Ahrenkiel", "L"),
    ]
    assert [p.name for p in meeting.absentees] == ["Lone Smedegaard"]


def test_an_ordinal_title_in_a_bullet_is_not_a_list_number() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 1. marts 2025\n\nDeltagere:\n- Borgmester Hans Holm (V)\n"
        "- 1. viceborgmester Lene Skaarup (A)\n- 2. viceborgmester Poul Drejer (C)\n\n"
        "## 1. Budget\n\nGodkendt.\n"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Hans Holm", "Borgmester"),
        ("Lene Skaarup", "1. viceborgmester"),
        ("Poul Drejer", "2. viceborgmester"),
    ]


def test_a_substitute_after_an_absence_in_each_items_text_attended() -> None:
    meeting = referat.parse(
        "# Referat\n\nTirsdag, Januar 14, 2025 - 17:00\n\n## 1. Godkendelse af dagsorden\n\n"
        "Beslutning: Godkendt.\n\n  Fraværende: Rikke Damgaard (Ø) - Frederik Aas (Ø) mødte"
        " som stedfortræder.\n\n## 2. Meddelelser\n\nBeslutning: Taget til efterretning.\n\n"
        "  Fraværende: Rikke Damgaard (Ø) - Frederik Aas (Ø) mødte som stedfortræder.\n"
    )
    assert [(p.name, p.roles) for p in meeting.attendees] == [("Frederik Aas", ["stedfortræder"])]
    assert [p.name for p in meeting.absentees] == ["Rikke Damgaard"]


def test_an_invitations_groups_its_guests_and_the_meeting_date_beat_the_letters_date() -> None:
    meeting = referat.parse(
        "A/B Kastanjegården\nKastanjevej 10-18, 5000 Odense C\n\nOdense, 18. februar 2026\n\n"
        "# Indkaldelse til bestyrelsesmøde\n\nKære bestyrelse og suppleanter\n\n"
        "**onsdag d. 4.3.26 fra 16.00 til ca. 18**\n\nIndkaldt:\n\nBestyrelsen\n"
        "- Jonas Winther (formand)\n- Rikke Boll\n\nSuppleanter\n- Lea Bach\n\n"
        "Desuden indbudt: administrator Charlotte Wedel, Fyns Ejendomsadministration A/S\n\n"
        "## Dagsorden\n\n1. Valg af ordstyrer\n2. Eventuelt\n"
    )
    assert (str(meeting.date), meeting.start_time, meeting.end_time) == (
        "2026-03-04",
        "16:00",
        "18:00",
    )
    assert [(p.name, p.group) for p in meeting.attendees] == [
        ("Jonas Winther", "Bestyrelsen"),
        ("Rikke Boll", "Bestyrelsen"),
        ("Lea Bach", "Suppleanter"),  # a list of its own after a blank line: its label
    ]
    assert [p.name for p in meeting.guests] == ["Charlotte Wedel"]


def test_a_surname_alone_on_the_line_after_a_double_first_name() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 2. april 2025\n\nDeltagere: Birthe Kløvedal (formand), Kasper Vinther,"
        " Nadia Rasmussen, Poul Erik\nStrange\nAfbud fra Gitte Hjort\n\n"
        "**Ad punkt 1**\n\nGodkendt.\n"
    )
    assert [p.name for p in meeting.attendees] == [
        "Birthe Kløvedal",
        "Kasper Vinther",
        "Nadia Rasmussen",
        "Poul Erik Strange",
    ]


def test_a_members_table_headed_bestyrelsen_and_funktion_gives_titles() -> None:
    meeting = referat.parse(
        "# Referat\n\nTorsdag den 24. april 2025 kl. 19:00\n\n"
        "Til stede var 22 af foreningens 48 andelshavere.\n\n| Bestyrelsen | Funktion |\n"
        "|---|---|\n| Rikke Holst | formand |\n| Søren Vad Nielsen | kasserer |\n\n"
        "1. Valg af dirigent\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Rikke Holst", "formand"),
        ("Søren Vad Nielsen", "kasserer"),
    ]


def test_a_members_tables_unnamed_column_holds_their_posts() -> None:
    meeting = referat.parse(
        "# Dagsorden\n\nDato: 14. april 2026\n\n**Medlemmer**\n\n"
        "| Medlem | Parti | |\n|---|---|---|\n"
        "| Mette Rask | A | Formand |\n| Ulrik Svane | V | Næstformand |\n| Bo Lind | F | |\n\n"
        "1. Godkendelse af dagsorden\n2. Eventuelt\n"
    )
    assert [(p.name, p.party, p.title) for p in meeting.attendees] == [
        ("Mette Rask", "A", "Formand"),
        ("Ulrik Svane", "V", "Næstformand"),
        ("Bo Lind", "F", None),
    ]


def test_a_guest_label_gives_its_people_the_guest_role_and_a_project_post_is_a_title() -> None:
    meeting = referat.parse(
        "# Styregruppemøde\n\n**Tid**: 05.11.2026 kl. 13 - 14:30\n\n#### Deltagere:\n"
        "- [ ] Lene Fabricius (Produkt Owner)\n- [ ] Oliver Kjærsgaard (produktkoordinator)\n\n"
        "#### Gæster:\n- [ ] Rasmus Tange (KvalitetsIT)\n\n#### Observatører:\n- [ ] Bo Lind\n\n"
        "Desuden deltog: Eva Holm\n\n## Dagsorden\n#### 1. Formalia\n"
    )
    assert [(p.name, p.title, p.roles) for p in meeting.attendees] == [
        ("Lene Fabricius", "Produkt Owner", []),
        ("Oliver Kjærsgaard", "produktkoordinator", []),
    ]
    assert [(p.name, p.roles) for p in meeting.guests] == [
        ("Rasmus Tange", ["gæst"]),
        ("Bo Lind", ["observatør"]),
        ("Eva Holm", []),
    ]


def test_a_guest_labels_last_guest_word_gives_the_role_and_two_roles_joined_by_og() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 5.10.2026\n\nDeltagere: Bo Lind\n\n"
        "Evt. Observers/ Gæster: Mikael Strand, Magenta (under pkt. 3.1)\n\n"
        "#### Faciliteret af:\n- Camilla Frost (Mødeleder og referent)\n\n"
        "## 1. Formalia\n\nGodkendt.\n"
    )
    assert [(p.name, p.roles) for p in meeting.guests] == [("Mikael Strand", ["gæst"])]
    assert meeting.chair is not None
    assert (meeting.chair.name, meeting.chair.roles) == ("Camilla Frost", ["mødeleder", "referent"])
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Camilla Frost"


def test_a_first_name_absent_in_the_items_text_is_the_absentee_of_the_list() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 3.12.2026\n\n#### Deltagere:\n- [x] Henrik Vind\n"
        "- [ ] Mads Ebbesen Thorsager\n\n#### Afbud:\n- [x] Mads Ebbesen Thorsager\n\n"
        "## 1. Formalia\n\nMads har meldt afbud. Dagsorden godkendt.\n"
    )
    assert [p.name for p in meeting.absentees] == ["Mads Ebbesen Thorsager"]


def test_members_named_in_brackets_after_the_whole_board() -> None:
    meeting = referat.parse(
        "# Referat for MidtLUG generalforsamling d. 2026.03.04 kl 19:00\n\n"
        "Tilstede: hele bestyrelsen (Karsten Vind, Mette Hauge og Sofie Dam) samt 8 medlemmer, "
        "heraf 1 via Jitsi.\n\nAd 1. Valg af dirigent.\\\nGitte Kjær blev valgt.\n"
    )
    assert [p.name for p in meeting.attendees] == [  # the board, then the elected dirigent
        "Karsten Vind",
        "Mette Hauge",
        "Sofie Dam",
        "Gitte Kjær",
    ]
    assert meeting.organisation == "MidtLUG"
    # a board named by a compound ("afdelingsbestyrelsen"), and a person after the brackets
    meeting = _parse(
        "Deltagere: afdelingsbestyrelsen (Tove, Ib, Karin) samt ejendomsmester Frank Mølgaard"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Tove", None),
        ("Ib", None),
        ("Karin", None),
        ("Frank Mølgaard", "ejendomsmester"),
    ]


def test_a_pdf_transcripts_lettered_guests_with_their_themes() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 9. marts 2016\n\nGæster:\n"
        "a) Ældrechef Tove Sandholt kl Tema: Ny rehabiliteringsmodel (Referat, Bilag 1)\n"
        "b) Trafikplanlægger Morten Lind Overby og sekretariatschef Mie Gudmundsson kl Tema: "
        "Flextur (Referat, Bilag 2)\n\n1. Godkendelse af dagsorden.\n\nGodkendt.\n\n"
        "2. Eventuelt\n\nIntet.\n"
    )
    assert [(p.name, p.title) for p in meeting.guests] == [
        ("Tove Sandholt", "Ældrechef"),
        ("Morten Lind Overby", "Trafikplanlægger"),
        ("Mie Gudmundsson", "sekretariatschef"),
    ]


def test_a_pdf_viewers_flattened_table_of_names_and_posts() -> None:
    meeting = referat.parse(
        "1 Referat af OB-møde Mødedato: 12. marts 2014 kl Til stede: Lis Brandt Hansen, Formand "
        "Ejvind Holk, Næstformand Tove Ammitzbøll Rikke Lange Sørensen Hasse Juul Kurt Vinther "
        "Mads Egholm, Adm. Direktør Dorthe Fals, Direktionssekretær Kontaktperson Dorthe Fals "
        "Direktionssekretariatet Direkte tlf.: Dato 13. marts 2014 Afbud: Johnny Brems Næste "
        "møde 9. april 2014 Protokoller: 1. Godkendelse af referat 2. Revisionsprotokol 3. "
        "Eventuelt\n"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Lis Brandt Hansen", "Formand"),
        ("Ejvind Holk", "Næstformand"),
        ("Tove Ammitzbøll", None),
        ("Rikke Lange Sørensen", None),
        ("Hasse Juul", None),
        ("Kurt Vinther", None),
        ("Mads Egholm", "Adm. Direktør"),
        ("Dorthe Fals", "Direktionssekretær"),
    ]
    assert [p.name for p in meeting.absentees] == ["Johnny Brems"]


@pytest.mark.parametrize(
    ("absent", "names"),
    [
        ("Torben Hauge Jytte Saxild", ["Torben Hauge", "Jytte Saxild"]),
        ("Anne Marie Holm Jensen", ["Anne Marie Holm Jensen"]),
        ("Poul Erik Hansen", ["Poul Erik Hansen"]),
    ],
)
def test_two_absentees_without_a_separator_are_two(absent: str, names: list[str]) -> None:
    meeting = referat.parse(
        f"# Referat\n\nDato: 9. marts 2016\n\nTil stede: Bo Lind\n\nAfbud: {absent}\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert [p.name for p in meeting.absentees] == names


def test_people_counted_after_the_named_ones_are_no_name() -> None:
    meeting = referat.parse(
        "# Referat for SydvestLUG generalforsamling d. 2025.10.16 kl 19:30\n\n"
        "Tilstede: Jens Peder Dahl, Line Dalgas, Kurt Bøgh og Rasmus Ek fra bestyrelsen samt 6 "
        "medlemmer (heraf 1 via Jitsi).\\\nAfbud fra Søren Fogh.\n\n## 1) Valg af dirigent.\n"
        "Ole Kirkegaard blev valgt.\n\n## 2) Eventuelt.\nIntet.\n"
    )
    assert [p.name for p in meeting.attendees] == [
        "Jens Peder Dahl",
        "Line Dalgas",
        "Kurt Bøgh",
        "Rasmus Ek",
        "Ole Kirkegaard",  # the dirigent the first item elected: one of the six
    ]


def test_an_entry_that_took_part_as_an_observer_has_that_role_and_no_remark_for_organisation() -> (
    None
):
    meeting = referat.parse(
        "# Referat\n\nDato: 27.10.2026\n\n#### Deltagere:\n- [x] Ebbe Sønderskov\n\n#### Gæster:\n"
        "- [x] Anders Thygesen Bro (nyt medlem af styregruppen, deltog som observatør)\n\n"
        "## 1. Formalia\n\nGodkendt.\n"
    )
    assert [(p.name, p.organisation, p.roles) for p in meeting.guests] == [
        ("Anders Thygesen Bro", None, ["observatør"])
    ]


def test_a_transcripts_absence_label_without_a_colon_ends_the_people_before_it() -> None:
    page = (
        "1 Referat af møde i Rejeudvalget den 26. marts 2014 kl i mødelokale Havørnen "
        "Mødedeltagere: Center for Fiskeri: Morten Dyrholm Lassen, Pernille Aas (ref.) "
        "Afbud fra Levende Hav og WWF Verdensnaturfonden. Dagsorden 1. Velkomst 2. Status "
        "på rejebestanden 3. Evt."
    )
    meeting = referat.parse(page + "\n")
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Pernille Aas"


def test_a_facilitator_without_a_role_leads_the_meeting_and_is_no_extra_guest() -> None:
    text = (
        "# Referat: OS2 projektgruppemøde 23.09.2026\n\n#### Deltagere:\n"
        "- [x] Birgitte Lomholt, Randers Kommune\n- [x] Frederik Winther, OS2-sekretariatet\n\n"
        "#### Faciliteret af:\n- [x] Frederik Winther, OS2-sekretariatet\n\n"
        "#### Observers/ Gæster:\n- [x] Sarah Thygesen, Energistyrelsen\n\n"
        "## Dagsorden\n1. Formalia\n2. Eventuelt\n"
    )
    meeting = referat.parse(text)
    assert meeting.chair is not None
    assert meeting.chair.name == "Frederik Winther"
    assert [p.name for p in meeting.guests] == ["Sarah Thygesen"]


@pytest.mark.parametrize(
    "line",
    [
        "- [x] Mødeleder og referent udpeget (Frederik er både mødeleder og referent)",
        "Frederik Winther er mødeleder og referent.",
    ],
)
def test_one_person_named_for_two_roles_in_an_item(line: str) -> None:
    text = (
        "# Referat: OS2 projektgruppemøde 23.09.2026\n\n#### Deltagere:\n"
        "- [x] Birgitte Lomholt, Randers Kommune\n- [x] Frederik Winther, OS2-sekretariatet\n\n"
        f"## Dagsorden\n1. Formalia\n2. Eventuelt\n\n### AD 1: Formalia\n{line}\n\n"
        "### AD 2: Eventuelt\nIntet.\n"
    )
    meeting = referat.parse(text)
    assert meeting.chair is not None
    assert meeting.chair.name == "Frederik Winther"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Frederik Winther"


def test_one_pre_ticked_facilitator_leaves_an_agendas_members_invited() -> None:
    text = (
        "# Agenda: OS2 Energiloggen projektmøde 14.10.2026\n\n#### Deltagere\n"
        "- [ ] Louise Krogh Vestergaard, Horsens Kommune\n- [ ] Bjarke Nøhr, Vejle Kommune\n"
        "- [x] Simon Lykkegaard, Kvadrat Rådgivning\n\n#### Afbud\n- [ ] Mette Rosenkrans\n\n"
        "#### Faciliteret af\n- [x] Simon Lykkegaard, Kvadrat Rådgivning (mødeleder)\n\n"
        "### Dagsorden\n1. Formalia\n2. Eventuelt\n"
    )
    meeting = referat.parse(text)
    assert [(p.name, p.present) for p in meeting.attendees] == [
        ("Louise Krogh Vestergaard", None),
        ("Bjarke Nøhr", None),
        ("Simon Lykkegaard", None),
    ]
    assert [p.name for p in meeting.absentees] == ["Mette Rosenkrans"]


def test_a_remark_in_an_organisation_cell_is_no_part_of_the_organisation() -> None:
    text = (
        "# Referat: projektmøde 10.03.2026\n\n| Navn | Organisation | Init. |\n|---|---|---|\n"
        "| Jamal Haddad | Middelfart Kommune (deltog virtuelt) | JH |\n"
        "| Line Vejby | OS2-sekretariatet (kom kl. 10) | LV |\n\n## Dagsorden\n1. Formalia\n"
    )
    meeting = referat.parse(text)
    assert [(p.name, p.organisation, p.roles) for p in meeting.attendees] == [
        ("Jamal Haddad", "Middelfart Kommune", ["virtuel"]),
        ("Line Vejby", "OS2-sekretariatet", []),
    ]


def test_a_title_held_in_another_organisation_is_split_and_chairs_nothing() -> None:
    text = (
        "Referat af møde i Tobisudvalget den 3. marts 2016\n\nDeltagere: Niels Bech, "
        "Ib Hvidtfeldt (formand Thyborøn Fiskeriforening), Kirsten Lauridsen (mødeleder)\n\n"
        "1. Velkomst\n2. Eventuelt\n"
    )
    meeting = referat.parse(text)
    ib = next(p for p in meeting.attendees if p.name == "Ib Hvidtfeldt")
    assert (ib.title, ib.organisation, ib.roles) == ("formand", "Thyborøn Fiskeriforening", [])
    assert meeting.chair is not None
    assert meeting.chair.name == "Kirsten Lauridsen"


def test_a_flattened_table_of_groups_with_units_after_commas() -> None:
    """A PDF viewer's transcript puts every group's label first, then the groups' names in the
    same order; a label may name a unit after a comma ("Fiskeristyrelsen, Kontrol:")."""
    line = (
        "1 Ministeriet Institution: Fiskeristyrelsen Dato: 14. november 2022 Mødedeltagere: "
        "DTU Aqua: Fiskeristyrelsen, Kontrol: Fiskeristyrelsen, Fiskeripolitik: Line Hald, "
        "Rune Kjeldsen Nanna Holm Christian Ravn Petersen, Ida Kvist (ref.) Dagsorden 1. "
        "Velkomst 2. Eventuelt Referat Ad 1. Velkomst Godkendt."
    )
    m = referat.parse(f"Transkript\n\n{line}\n")
    assert m.organisation == "Fiskeristyrelsen"
    assert [(p.name, p.group) for p in m.attendees] == [
        ("Line Hald", "DTU Aqua"),
        ("Rune Kjeldsen", "DTU Aqua"),
        ("Nanna Holm", "Fiskeristyrelsen, Kontrol"),
        ("Christian Ravn Petersen", "Fiskeristyrelsen, Fiskeripolitik"),
        ("Ida Kvist", "Fiskeristyrelsen, Fiskeripolitik"),
    ]


def test_business_association_list_with_initials_after_a_dash() -> None:
    """A business association's board: "Name, Firm (post) – initials", an observer from a
    council ("..., Vejen Erhvervsråd (observatør)"), an absentee and her firm."""
    m = _parse(
        "Deltagere:\nKim Lindahl, Lindahl Revision (formand) – KL\n"
        "Søren Bak Nygaard, Nygaard El ApS (kasserer) – SBN\n"
        "Louise Krag, erhvervskonsulent, Vejen Erhvervsråd (observatør)\n\n"
        "Fraværende: Henrik Dam, Dam Transport"
    )
    people = [(p.name, p.organisation, p.initials) for p in m.attendees + m.guests]
    assert people[:2] == [
        ("Kim Lindahl", "Lindahl Revision", "KL"),
        ("Søren Bak Nygaard", "Nygaard El ApS", "SBN"),
    ]
    assert ("Louise Krag", "Vejen Erhvervsråd", None) in people
    assert "Vejen Erhvervsråd" not in {p.name for p in m.attendees + m.guests}
    assert [(p.name, p.organisation) for p in m.absentees] == [("Henrik Dam", "Dam Transport")]


def test_a_title_before_the_chair_and_a_referent_who_took_part() -> None:
    """A deanery committee: "Provst Hanne Quist (formand)" is Hanne Quist with the title provst,
    and "Provstisekretær Lærke Winther deltog som referent." makes her an attendee and the
    minute-taker."""
    m = _parse(
        "Til stede: Provst Hanne Quist (formand), Jørgen Bager, Birthe Ovesen.\n"
        "Provstisekretær Lærke Winther deltog som referent."
    )
    assert [(p.name, p.title) for p in m.attendees] == [
        ("Hanne Quist", "Provst"),
        ("Jørgen Bager", None),
        ("Birthe Ovesen", None),
        ("Lærke Winther", "Provstisekretær"),
    ]
    assert m.minute_taker is not None
    assert m.minute_taker.name == "Lærke Winther"


def test_everyone_but_over_the_bodys_members() -> None:
    """ "Til stede var hele rådet undtagen ..." names the absent; "Seniorrådet består af: ..."
    names the members, so the others attended."""
    m = _parse(
        "Til stede var hele rådet undtagen Kirsten Maegaard og Bent Olufsen, som havde meldt"
        " afbud.\n\nSeniorrådet består af: Erik Lysholt (formand), Grethe Bjerre, Kirsten"
        " Maegaard, Bent Olufsen og Solveig Ravn."
    )
    assert [p.name for p in m.attendees] == ["Erik Lysholt", "Grethe Bjerre", "Solveig Ravn"]
    assert [p.name for p in m.absentees] == ["Kirsten Maegaard", "Bent Olufsen"]


def test_a_prose_header_names_the_host_and_a_guest_from_an_organisation() -> None:
    """A general assembly's opening paragraph: the chairman who welcomed everyone attended, and
    "Fra DGI Midtjylland deltog foreningskonsulent Kasper Ahl." names a guest; "Fra bestyrelsen
    deltog ..." the body's own members."""
    m = referat.parse(
        "# Referat af ordinær generalforsamling 2025\n\nTorsdag den 6. marts 2025 kl. 19.00.\n\n"
        "Formand Lone Bech bød velkommen til de fremmødte. Der var mødt 34 medlemmer. Fra DGI"
        " Midtjylland deltog foreningskonsulent Kasper Ahl. Fra bestyrelsen deltog kasserer"
        " Arne Holm og Eva Lund.\n\n## 1. Beretning\n\nGodkendt.\n"
    )
    assert [p.name for p in _members(m)] == ["Lone Bech", "Arne Holm", "Eva Lund"]
    assert [(p.name, p.title, p.organisation) for p in m.guests] == [
        ("Kasper Ahl", "foreningskonsulent", "DGI Midtjylland")
    ]


def test_a_chats_minutes_name_the_note_taker() -> None:
    """Minutes posted in a chat: "(COO, tager noter)" makes her the minute-taker, and "–
    sendt kommentarer på mail" after an absentee is a note, not her organisation."""
    m = _parse(
        "**Deltagere:** @Jonas Fjeldstrøm (CEO) · @Sara Qvist (COO, tager noter)\n"
        "**Afbud:** @Per Gundersen (Vækstfonden) – sendt kommentarer på mail"
    )
    assert m.minute_taker is not None
    assert (m.minute_taker.name, m.minute_taker.title) == ("Sara Qvist", "COO")
    assert [(p.name, p.organisation) for p in m.absentees] == [("Per Gundersen", "Vækstfonden")]


def test_staff_label_inside_a_transcript_line() -> None:
    """A PDF transcript runs "Fra administrationen:" into the attendance line: it starts the
    staff's list (guests), and the names before it end with "Ali Çelik"."""
    line = (
        "1 Referat Mødedato: Torsdag den 14. marts 2013 kl. 17.00 Til stede: Karin Lund Bech,"
        " Formand Ejvind Rosager, Næstformand Birgitte Skaarup Hanne Dalgas Ali Çelik Fra"
        " administrationen: Torben Aastrup, Direktør Referent: Malene Fogh, Sekretær Dagsorden"
        " 1. Godkendelse af dagsorden 2. Eventuelt"
    )
    m = referat.parse(f"Transkript\n\n{line}\n")
    assert [p.name for p in m.attendees] == [
        "Karin Lund Bech", "Ejvind Rosager", "Birgitte Skaarup", "Hanne Dalgas", "Ali Çelik"
    ]  # fmt: skip
    assert [p.name for p in m.guests][:1] == ["Torben Aastrup"]


def test_an_english_summary_names_titles_and_the_chair() -> None:
    """An English meeting summary: "Name (party), Title, Organisation – Chair"."""
    m = _parse(
        "**Members present:**\n\n"
        "- Mette Fogh Lauridsen (A), Regional Councillor, Region Sjælland – Chair\n"
        "- Signe Halvorsen, Vice-Rector, Roskilde University\n\n"
        "**Apologies:** Lars-Erik Bundgaard (C), Mayor, Næstved Municipality"
    )
    assert _who(m.attendees) == [
        ("Mette Fogh Lauridsen", "Regional Councillor", "Region Sjælland", "A"),
        ("Signe Halvorsen", "Vice-Rector", "Roskilde University", None),
    ]
    assert m.chair is not None
    assert m.chair.name == "Mette Fogh Lauridsen"
    assert [(p.name, p.title) for p in m.absentees] == [("Lars-Erik Bundgaard", "Mayor")]


def test_a_prose_header_names_guests_after_desuden_deltog() -> None:
    """ "Desuden deltog vandværkets revisor, registreret revisor Per Ladefoged, Revisionsfirmaet
    Solbjerg, samt driftsleder Ib Kjærgaard." later in a prose line: two guests (the genitive
    post before the first one is no person)."""
    m = referat.parse(
        "# Referat af ordinær generalforsamling\n\nTirsdag den 22. april 2025 kl. 19.30.\n\n"
        "Formand Niels Kragelund bød velkommen. Desuden deltog vandværkets revisor, registreret"
        " revisor Per Ladefoged, Revisionsfirmaet Solbjerg, samt driftsleder Ib Kjærgaard.\n\n"
        "## 1. Beretning\n\nGodkendt.\n"
    )
    assert [(p.name, p.title, p.organisation) for p in m.guests] == [
        ("Per Ladefoged", "registreret revisor", "Revisionsfirmaet Solbjerg"),
        ("Ib Kjærgaard", "driftsleder", None),
    ]


def test_a_count_before_the_names_and_a_guest_sentence_over_two_lines() -> None:
    """ "Fremmødte: ca. 45 borgere, heraf bestyrelsen: A (formand), B ..." names A and B; "Som
    gæst deltog ..." broken after "i" names one guest, not the municipality on the next line."""
    m = _parse(
        "Fremmødte: ca. 45 borgere, heraf bestyrelsen: Lars Pallesen (formand), Tine Mogensen"
        " (sekretær) og Sofie Lindberg.\nSom gæst deltog byrådsmedlem Rikke Sølvsten (C),"
        " formand for Landdistriktsudvalget i\nHolbæk Kommune."
    )
    assert [p.name for p in _members(m)] == ["Lars Pallesen", "Tine Mogensen", "Sofie Lindberg"]
    assert [(p.name, p.party) for p in m.guests] == [("Rikke Sølvsten", "C")]


def test_a_title_for_a_section_before_the_name() -> None:
    """ "cheftræner for seniorafdelingen Kenneth Worm": an unlisted title "for" a part of the
    club, then the name."""
    m = _parse("Desuden deltog: cheftræner for seniorafdelingen Kenneth Worm")
    assert [(p.name, p.title) for p in m.guests] == [
        ("Kenneth Worm", "cheftræner for seniorafdelingen")
    ]


def test_a_clubs_president_chairs() -> None:
    """A Rotary club's minutes: "Præsident: Jørn Skovby" names the chair (its formand)."""
    m = _parse("Præsident: Jørn Skovby\nReferent: Finn Hauge")
    assert m.chair is not None
    assert (m.chair.name, m.chair.roles) == ("Jørn Skovby", ["formand", "mødeleder"])


def test_guests_of_minutes_are_attendees_too_and_an_agendas_are_not() -> None:
    minutes = _parse(
        "Til stede: Anne Holm, Bo Lind\nAfbud: Ida Dahl\n"
        "Desuden deltog: direktør Lis Bak, Bo Lind\nGæst under punkt 1: Jens Ravn"
    )
    assert [p.name for p in minutes.guests] == ["Lis Bak", "Bo Lind", "Jens Ravn"]
    # everyone who came, once: the members, then the guests no attendance list names
    assert [p.name for p in minutes.attendees] == ["Anne Holm", "Bo Lind", "Lis Bak", "Jens Ravn"]
    assert [p.name for p in minutes.absentees] == ["Ida Dahl"]
    agenda = referat.parse(
        "# Dagsorden til bestyrelsesmøde\n\nDato: 3. maj 2024\n\n"
        "Indkaldte: Anne Holm, Bo Lind\nDesuden indkaldt: direktør Lis Bak\n\n"
        "## 1. Regnskab\n\nSagsfremstilling: Regnskabet forelægges.\n"
    )
    assert agenda.document_kind is referat.DocumentKind.DAGSORDEN
    assert [p.name for p in agenda.attendees] == ["Anne Holm", "Bo Lind"]  # the invited
    assert [p.name for p in agenda.guests] == ["Lis Bak"]


def test_a_title_cell_with_a_department_and_compound_job_titles() -> None:
    meeting = _parse(
        "**Deltagere:**\n\n| Navn | Funktion |\n|---|---|\n"
        "| Kenneth Bro | Arbejdsmiljørepræsentant, Sprøjtestøb (næstformand) |\n"
        "| Gitte Holm | Direktør for Social, Sundhed og Ældre |\n"
        "| Bo Lind | Formand, Kasserer |\n\n"
        "Desuden deltog: Vejingeniør Martin Skovby, Teknik og Miljø"
    )
    assert _who(meeting.attendees) == [
        # after a one-word title, a capitalised piece that is no title: the department
        ("Kenneth Bro", "Arbejdsmiljørepræsentant", "Sprøjtestøb", None),
        # a title with the area it heads keeps its commas
        ("Gitte Holm", "Direktør", "Social, Sundhed og Ældre", None),
        ("Bo Lind", "Kasserer", None, None),  # ("Formand, Kasserer": the chair's post a role)
        # a compound of a job noun ("-ingeniør", "-tekniker", "-jurist") before a name
        ("Martin Skovby", "Vejingeniør", "Teknik og Miljø", None),
    ]


def test_the_labels_of_two_lists_or_more_group_the_present() -> None:
    meeting = _parse(
        "**Tilstedeværende med stemmeret (3):** Anna Sejer, Malik Hussein, Emil Sand\n\n"
        "**Observatører:** Mathias Holt\n\n**Sekretariatet:** Kim Rahbek\n\n**Afbud:** Ida Dahl"
    )
    assert [(p.name, p.group) for p in meeting.attendees] == [
        ("Anna Sejer", "Tilstedeværende med stemmeret"),
        ("Malik Hussein", "Tilstedeværende med stemmeret"),
        ("Emil Sand", "Tilstedeværende med stemmeret"),
        ("Mathias Holt", "Observatører"),
        ("Kim Rahbek", "Sekretariatet"),
    ]
    assert [(p.name, p.group) for p in meeting.guests] == [
        ("Mathias Holt", "Observatører"),
        ("Kim Rahbek", "Sekretariatet"),
    ]
    assert [(p.name, p.group) for p in meeting.absentees] == [("Ida Dahl", None)]
    # one list: its label is no group
    alone = _parse("Til stede: Anna Sejer, Malik Hussein\nAfbud: Ida Dahl")
    assert [p.group for p in alone.attendees] == [None, None]


def test_one_word_bodies_over_bullets_are_groups_of_the_list() -> None:
    meeting = _parse(
        "Deltagere:\n\nKommunalbestyrelsen\n- Borgmester Lene Vibholm (A), formand\n"
        "- Rune Falck (V)\n\nBeredskabet\n- Beredskabschef Michael Damsø\n"
        "- Politikommissær Anja Kirk\n\nAfbud:\nIngen"
    )
    assert [(p.name, p.title, p.group) for p in meeting.attendees] == [
        ("Lene Vibholm", "Borgmester", "Kommunalbestyrelsen"),
        ("Rune Falck", None, "Kommunalbestyrelsen"),
        ("Michael Damsø", "Beredskabschef", "Beredskabet"),
        ("Anja Kirk", "Politikommissær", "Beredskabet"),
    ]
    assert meeting.absentees == []


def test_from_lines_over_bullets_are_groups_of_the_list() -> None:
    meeting = _parse(
        "Deltagere:\n\nFra Regionen\n- Tina Bundgaard (A), formand\n- Karsten Holm (V)\n\n"
        "Fra PLO\n- Praktiserende læge Asger Winther, PLO-Nordjylland\n\n"
        "Fra kommunerne\n- Centerchef Niels Overby, Aalborg Kommune\n\n"
        "Desuden deltog: Projektleder Emil Bruun, Regionsklinik Thy"
    )
    assert [(p.name, p.group) for p in meeting.attendees if p.group != "Desuden deltog"] == [
        ("Tina Bundgaard", "Fra Regionen"),
        ("Karsten Holm", "Fra Regionen"),
        ("Asger Winther", "Fra PLO"),
        ("Niels Overby", "Fra kommunerne"),
    ]
    assert [(p.name, p.organisation) for p in meeting.guests] == [
        ("Emil Bruun", "Regionsklinik Thy")  # a clinic is an organisation
    ]


def test_a_bullet_of_one_person_and_her_unit() -> None:
    meeting = _parse(
        "Deltagere:\n\nPolitikere:\n- Regionsrådsmedlem Susanne Kvist (A), formand\n\n"
        "Fra administrationen:\n"
        "- Vicedirektør Anette Holm, Sundhedsstrategisk Planlægning (pkt. 1-4)\n"
        "- Specialkonsulent Christian Bay, Patientinddragelse (referent)\n"
        "- Ledelsen: skoleleder Tina Bregnhøj, viceskoleleder Jesper Vang"
    )
    assert sorted((p.name, p.organisation) for p in meeting.attendees) == [
        ("Anette Holm", "Sundhedsstrategisk Planlægning"),
        ("Christian Bay", "Patientinddragelse"),
        ("Jesper Vang", None),
        ("Susanne Kvist", None),
        ("Tina Bregnhøj", None),  # two people, each with a title
    ]
    # the administration's staff under the politicians serve the meeting: guests too
    assert [p.name for p in meeting.guests] == ["Anette Holm", "Christian Bay"]


def test_a_residents_flat_is_no_organisation() -> None:
    meeting = _parse(
        "Til stede:\n- Signe Hald, nr. 12, 2. tv. (formand)\n- Mathias Kold, nr. 14, st. th.\n"
        "- Bo Ravn, Fællesrådet"
    )
    assert [(p.name, p.organisation) for p in meeting.attendees] == [
        ("Signe Hald", None),
        ("Mathias Kold", None),
        ("Bo Ravn", "Fællesrådet"),
    ]


def test_an_organisations_abbreviation_after_a_group_is_no_party() -> None:
    meeting = _parse(
        "Deltagere:\n\nFra Danske Handicaporganisationer (DH):\nJytte Brinch, DH Næstved\n\n"
        "Venstre (V):\nBo Lind\n\nAfbud: Ib Ro"
    )
    assert [(p.name, p.party) for p in meeting.attendees] == [
        ("Jytte Brinch", None),
        ("Bo Lind", "V"),
    ]


def test_a_pdf_pages_groups_then_names_with_less_common_first_names() -> None:
    meeting = _parse(
        "Mødedeltagere: Dyrenes Beskyttelse: Aarhus Universitet, Institut for Bioscience: "
        "Miljøstyrelsen: Villum Ravn Jonas Teilmann Hjort Krista Hammer, Tove Nyborg (ref.)"
    )
    assert [(p.name, p.group) for p in meeting.attendees] == [
        ("Villum Ravn", "Dyrenes Beskyttelse"),
        ("Jonas Teilmann Hjort", "Aarhus Universitet, Institut for Bioscience"),
        ("Krista Hammer", "Miljøstyrelsen"),
        ("Tove Nyborg", "Miljøstyrelsen"),
    ]


def test_a_list_ending_in_a_first_name_is_not_joined_with_an_absence_line() -> None:
    meeting = _parse(
        "Til stede: Marianne Krogh (formand), Lars Friis, Kristoffer Ebbe\n"
        "Afbud fra Helle Mogensen og Niels Busk.\nReferent: Lars Friis"
    )
    assert [p.name for p in meeting.attendees] == [
        "Marianne Krogh",
        "Lars Friis",
        "Kristoffer Ebbe",
    ]
    assert [p.name for p in meeting.absentees] == ["Helle Mogensen", "Niels Busk"]


def test_staff_post_labels_and_the_school_are_guests() -> None:
    meeting = _parse(
        "Til stede:\n- Signe Hald (formand)\n- Bo Lind\n\n"
        "Administrator: Lene Dam, Boligadministration Nord ApS (deltog under pkt. 1-4)\n"
        "Fra skolen: forstander Thomas Grøn, viceforstander Lise Rask"
    )
    assert [(p.name, p.title, p.organisation) for p in meeting.guests] == [
        ("Lene Dam", "administrator", "Boligadministration Nord ApS"),
        ("Thomas Grøn", "forstander", None),
        ("Lise Rask", "viceforstander", None),
    ]
    # right under the names, the post is an entry of the list
    meeting = _parse("Til stede:\nSigne Hald (formand)\nAdministrator: Lene Dam")
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Signe Hald", "formand"),
        ("Lene Dam", "administrator"),
    ]


def test_the_estate_office_are_guests() -> None:
    meeting = _parse(
        "Til stede:\nKarin Stub, nr. 22 (formand)\nJamal Haddad, nr. 8\n\nAfbud: Poul Rask\n\n"
        "Ejendomskontoret: driftsleder Tina Mølgaard og ejendomsfunktionær Brian Lauritzen"
    )
    assert [(p.name, p.title, p.group) for p in meeting.guests] == [
        ("Tina Mølgaard", "driftsleder", "Ejendomskontoret"),
        ("Brian Lauritzen", "ejendomsfunktionær", "Ejendomskontoret"),
    ]


def test_a_one_word_post_label_in_a_list_is_the_title() -> None:
    meeting = _parse("Mødt: Hanne Bech (formand), Lise Dybdal\nSkoleleder: Bo Lind\nAfbud: Ib Ro")
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Hanne Bech", "formand"),
        ("Lise Dybdal", None),
        ("Bo Lind", "skoleleder"),
    ]


def test_the_first_of_several_titles_is_the_title() -> None:
    meeting = _parse(
        "| Navn | Funktion |\n|---|---|\n| Pernille Vognstrup | Kommunaldirektør, formand |\n"
        "| Ulrik Damsgaard | organist, medarbejderrepræsentant |\n"
        "| Ib Holm | SR, overlæger |"
    )
    assert [(p.name, p.title, p.roles) for p in meeting.attendees] == [
        # the chair's post is a role (the formand chairs: mødeleder)
        ("Pernille Vognstrup", "Kommunaldirektør", ["formand", "mødeleder"]),
        ("Ulrik Damsgaard", "organist", []),
        ("Ib Holm", "SR, overlæger", []),  # no known title first: kept whole
    ]
    assert "Kommunaldirektør, formand" in meeting.attendees[0].written


def test_a_post_of_the_body_itself_is_the_post() -> None:
    meeting = _parse(
        "Til stede: Eva Dahl (sekretær for rådet), Bo Lind (formand for udvalget), "
        "Mogens Krog (næstformand og referent)"
    )
    assert [(p.name, p.title, p.roles) for p in meeting.attendees] == [
        ("Eva Dahl", "sekretær", []),
        # the chair of the body named by its common noun: formand, and so the meeting's chair
        ("Bo Lind", "formand", ["formand", "mødeleder"]),
        # a title and a role of the meeting (the post is a role too, as for "(næstformand)")
        ("Mogens Krog", "næstformand", ["referent", "næstformand"]),
    ]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Mogens Krog"


def test_a_chair_label_naming_a_post_is_the_title() -> None:
    meeting = _parse(
        "Præsident: Ivar Lindholm\nSekretær: Gitte Fogh\n"
        "Fremmødte medlemmer: Ivar Lindholm, Gitte Fogh, Søren Krabbe"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Ivar Lindholm", "præsident"),
        ("Gitte Fogh", "sekretær"),  # a member, not a guest: she is in the list of members
        ("Søren Krabbe", None),
    ]
    assert meeting.guests == []
    assert meeting.chair is not None
    assert meeting.chair.name == "Ivar Lindholm"


def test_an_absence_column_marks_who_was_away() -> None:
    meeting = _parse(
        "| Navn | Repræsenterer | Afbud |\n|---|---|---|\n"
        "| Lene Skov (A), formand | Regionsrådet | |\n"
        "| Poul Wendt (V) | Regionsrådet | X |\n"
        "| Kurt Agerbo | Ældre Sagen | |"
    )
    assert [(p.name, p.organisation) for p in meeting.attendees] == [
        ("Lene Skov", "Regionsrådet"),
        ("Kurt Agerbo", "Ældre Sagen"),
    ]
    assert [p.name for p in meeting.absentees] == ["Poul Wendt"]


def test_an_absence_heading_in_item_text_over_a_name() -> None:
    meeting = referat.parse(
        f"{HEAD}Medlemmer:\nLone Brask (A), formand\nPia Winther (F)\nBo Holm (V)\n\n"
        "## 1. Godkendelse af dagsorden\n\n#### Beslutning\nGodkendt.\n\n"
        "#### Fraværende\nPia Winther (F)\n\n## 2. Meddelelser\n\n#### Beslutning\n"
        "Taget til efterretning.\n\n#### Fraværende\nPia Winther (F)\n"
    )
    assert [p.name for p in meeting.attendees] == ["Lone Brask", "Bo Holm"]
    assert [p.name for p in meeting.absentees] == ["Pia Winther"]


def test_a_head_of_school_and_a_firm_on_the_wrapped_line() -> None:
    meeting = _parse(
        "Til stede: Bo Holm, Eva Lund\n\nFra skolen: Forstander Asger Munch, viceforstander "
        "Ib Krog\n\nDesuden deltog driftsleder Bent Riis og statsautoriseret revisor Susanne "
        "Mørk,\nRevisionsfirmaet Nordtal."
    )
    assert _who(meeting.guests) == [
        ("Asger Munch", "Forstander", None, None),
        ("Ib Krog", "viceforstander", None, None),
        ("Bent Riis", "driftsleder", None, None),
        # a firm ("-firmaet") on the line the list wrapped to: her firm, no one else
        ("Susanne Mørk", "statsautoriseret revisor", "Revisionsfirmaet Nordtal", None),
    ]


@pytest.mark.parametrize(("kind", "invited"), [("Dagsorden", True), ("Referat", False)])
def test_a_member_marked_away_in_the_list_of_invited_members(kind: str, invited: bool) -> None:
    meeting = referat.parse(
        f"# {kind}\n\nMøde 26. august 2025 kl. 9.30\n\n**Indkaldte medlemmer:**\n"
        "- Gudrun Hvidt, formand\n- Kaj Sørensen (har meldt afbud)\n- Inga Mortensen\n\n"
        "## 1. Godkendelse af dagsorden\n\n## 2. Eventuelt\n"
    )
    names = ["Gudrun Hvidt", "Kaj Sørensen", "Inga Mortensen"]
    # an agenda's attendees are the invited members, those sending apologies included
    assert [p.name for p in meeting.attendees] == (names if invited else names[::2])
    assert [p.name for p in meeting.absentees] == ["Kaj Sørensen"]


def test_a_board_table_with_who_appointed_each_and_their_posts() -> None:
    meeting = _parse(
        "| Navn | Udpeget af | Funktion |\n|---|---|---|\n"
        "| Regionsrådsmedlem Inger Thygesen | Region Midtjylland | Formand |\n"
        "| Borgmester Jens Thorup | Holstebro Kommune | Næstformand |\n"
        "| Byrådsmedlem Lone Bach | Struer Kommune | |"
    )
    assert [(p.name, p.title, p.organisation) for p in meeting.attendees] == [
        # the title in the name cell; the chair's post in the column is a role
        ("Inger Thygesen", "Regionsrådsmedlem", "Region Midtjylland"),
        ("Jens Thorup", "Borgmester", "Holstebro Kommune"),
        ("Lone Bach", "Byrådsmedlem", "Struer Kommune"),
    ]
    assert "næstformand" in meeting.attendees[1].roles


def test_a_list_saying_where_its_people_come_from_groups_them() -> None:
    meeting = _parse(
        "Fremmødt: 31 stemmeberettigede medlemmer.\n\n"
        "Fra bestyrelsen deltog: Mikkel Lorentzen (formand), Sara Dahl (kasserer) og Jonas Winther."
    )
    assert [(p.name, p.group) for p in meeting.attendees] == [
        ("Mikkel Lorentzen", "Fra bestyrelsen deltog"),
        ("Sara Dahl", "Fra bestyrelsen deltog"),
        ("Jonas Winther", "Fra bestyrelsen deltog"),
    ]
    # one list of any other label is no group
    assert [p.group for p in _parse("Deltagere: Bo Holm, Eva Lund").attendees] == [None, None]


def test_a_title_cell_naming_the_church_the_post_is_held_at() -> None:
    meeting = _parse(
        "| Navn | Funktion |\n|---|---|\n| Ejnar Stampe | formand |\n"
        "| Vibeke Ladefoged | kirkeværge Vorgod Kirke |"
    )
    assert [(p.name, p.title, p.organisation) for p in meeting.attendees] == [
        ("Ejnar Stampe", "formand", None),
        ("Vibeke Ladefoged", "kirkeværge", "Vorgod Kirke"),
    ]


def test_a_coach_an_apology_after_a_dash_and_a_dash_for_an_empty_cell() -> None:
    meeting = _parse(
        "Deltagere:\n- Bjarne Holck (formand)\n- Gitte Brøndum, næstformand – har meldt afbud\n\n"
        "Desuden deltog: Cheftræner Jakob Munk\n\n"
        "| Navn | Forening | Til stede |\n|---|---|---|\n| Jytte Bang (sekretær) | – | Ja |"
    )
    assert [(p.name, p.title) for p in meeting.absentees] == [("Gitte Brøndum", "næstformand")]
    assert ("Jakob Munk", "Cheftræner") in [(p.name, p.title) for p in meeting.guests]
    bang = next(p for p in meeting.attendees if p.name == "Jytte Bang")
    assert bang.organisation is None


def test_a_count_and_then_the_board_named() -> None:
    meeting = _parse(
        "Tilstede: 9 beboere samt bestyrelsen: Hanne Ravn (formand), Bent Olsen (kasserer), "
        "Yasmin Ali og Søren Dahl (suppleant)"
    )
    assert [(p.name, p.title, p.organisation) for p in meeting.attendees] == [
        ("Hanne Ravn", "formand", None),
        ("Bent Olsen", "kasserer", None),
        ("Yasmin Ali", None, None),
        ("Søren Dahl", None, None),
    ]


@pytest.mark.parametrize(
    "label",
    [
        "Med på skærmen",
        "Bestyrelse til stede",
        "Bestyrelsen fremmødt",
        "Udvalget tilstede",
        "Styregruppe mødt",
        "Medlemmer til stede",
    ],
)
def test_the_body_present_as_a_label(label: str) -> None:
    meeting = _parse(f"{label}: Kim Thorsen (formand), Bodil Rask (kasserer), Jesper Due\n")
    assert _who(_members(meeting)) == [
        ("Kim Thorsen", "formand", None, None),
        ("Bodil Rask", "kasserer", None, None),
        ("Jesper Due", None, None, None),
    ]
    # another group present is not the body: its label is no attendance field
    assert _parse("Forvaltningen til stede: Kim Thorsen\n").attendees == []


@pytest.mark.parametrize(
    ("entry", "title", "organisation"),
    [
        # a title, a dash and the capitalised name of where the post is held
        ("Fatima Yilmaz, formand – Aaskov Kvindenetværk", "formand", "Aaskov Kvindenetværk"),
        ("Hamid Rahimi, næstformand - Afghansk Forening Aaskov", "næstformand",
         "Afghansk Forening Aaskov"),
        # (but a name after the dash is no organisation)
        ("Ole Hansen, kasserer – Jens Bo", "kasserer – Jens Bo", None),
        # "fra" and what the firm is, then its name; a note in brackets after it stays a note
        ("Peter Kragh, konsulent fra leverandøren Dokuflow ApS (pkt. 3)", "konsulent",
         "Dokuflow ApS"),
    ],
)  # fmt: skip
def test_title_and_where_the_post_is_held(entry: str, title: str, organisation: str | None) -> None:
    person = parse_person(entry)
    assert person is not None
    assert (person.title, person.organisation) == (title, organisation)


def test_posts_in_a_remarks_column_are_title_and_roles() -> None:
    meeting = _parse(
        "| Medlem | Parti | Bemærkning |\n|---|---|---|\n| Vibeke Holm | A | formand, mødeleder |\n"
        "| Claus Mejer | V | næstformand |\n| Lars Gjedde | V | afbud |"
    )
    assert _who(meeting.attendees) == [
        ("Vibeke Holm", "formand", None, "A"),
        ("Claus Mejer", "næstformand", None, "V"),
    ]
    assert meeting.chair is not None
    assert meeting.chair.name == "Vibeke Holm"
    assert [p.name for p in meeting.absentees] == ["Lars Gjedde"]


def test_why_the_chair_led_is_no_part_of_her() -> None:
    meeting = _parse("Mødeleder: næstformand Rasmus Bille (V) i formandens fravær")
    assert meeting.chair is not None
    assert _who([meeting.chair]) == [("Rasmus Bille", "næstformand", None, "V")]


def test_endvidere_names_guests_and_a_compound_keeps_its_og() -> None:
    meeting = _parse(
        "Til stede: Aage Villadsen (formand), Edith Rasmussen\n\n"
        "Endvidere: ældrechef Birte Kofoed og formand for Social- og sundhedsudvalget Ib"
        " Stærmose (A)"
    )
    assert _who(meeting.guests) == [
        ("Birte Kofoed", "ældrechef", None, None),
        ("Ib Stærmose", "formand", "Social- og sundhedsudvalget", "A"),
    ]


@pytest.mark.parametrize(
    ("entry", "title", "organisation", "notes"),
    [
        # a lower-case word and a capitalised unit in brackets: her job and her unit
        ("Louise Fabricius (superbruger, Teknik og Miljø)", "superbruger", "Teknik og Miljø", []),
        # (a note stays a note)
        ("Bo Holm (syg, Region Midt)", None, "Region Midt", ["syg"]),
        # "under ad 3" after a comma: the items she came for, no part of her organisation
        ("regionsrådsmedlem Ida Kragh (F), Region Midtjylland, under ad 3", "regionsrådsmedlem",
         "Region Midtjylland", ["under ad 3"]),
        # two posts in brackets: both are her title (the second had been dropped to a note)
        ("Mette Bak (pædagog, personalerepræsentant)", "pædagog, personalerepræsentant", None,
         []),
        ("Helle Kjeldsen (formand, digitaliseringschef)", "formand, digitaliseringschef", None,
         []),
        # a post "i" an organisation: the post to the title, the organisation hers
        ("Jens Hansen (formand, borgmester i Thisted Kommune)", "formand, borgmester",
         "Thisted Kommune", []),
    ],
)  # fmt: skip
def test_a_job_and_a_unit_in_brackets_and_items_after_ad(
    entry: str, title: str | None, organisation: str, notes: list[str]
) -> None:
    person = parse_person(entry)
    assert person is not None
    assert (person.title, person.organisation, person.notes) == (title, organisation, notes)


def test_staff_of_the_school_named_by_a_genitive_label_are_guests() -> None:
    meeting = _parse(
        "Til stede: Line Stokholm (formand), Rune Kjær\n\n"
        "Fra skolens ledelse: Skoleleder Henrik Dalsgaard, afdelingsleder Maria Juhl"
    )
    assert _who(meeting.guests) == [
        ("Henrik Dalsgaard", "Skoleleder", None, None),
        ("Maria Juhl", "afdelingsleder", None, None),
    ]


def test_officials_as_a_label_and_a_minute_taker_who_kept_the_protocol() -> None:
    meeting = _parse(
        "Til stede: Inger Vestergaard (formand), Karsten Lindholm\n\n"
        "Deltagende embedsmænd: kommunaldirektør Henrik Dalsgaard, økonomichef Lone Riis\n\n"
        "Endvidere deltog kommunaldirektør Aage Mørch, der førte protokollen."
    )
    assert [p.name for p in meeting.guests] == ["Henrik Dalsgaard", "Lone Riis", "Aage Mørch"]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Aage Mørch"


def test_icons_as_shortcodes_and_a_list_of_initials_and_first_names() -> None:
    meeting = referat.parse(
        "# Koordinationsgruppemøde\n\n:calendar: **Dato:** onsdag 2/11-2022\n"
        ":bust_in_silhouette: **Mødeleder:** SLH\n:pencil2: **Referent:** MKJ\n\n"
        "**Deltagere:** SLH, MKJ, Birthe, Rasmus, JøP\n\n### Status\n\nGodkendt.\n\n"
        "### Evt.\n\nIntet.\n"
    )
    assert [p.name for p in meeting.attendees] == ["SLH", "MKJ", "Birthe", "Rasmus", "JøP"]
    assert meeting.chair is not None
    assert meeting.chair.name == "SLH"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "MKJ"


def test_confluence_mentions_in_a_table_and_who_came_for_an_item() -> None:
    meeting = _parse(
        "| Navn | Kommune | Rolle | Til stede |\n|---|---|---|---|\n"
        "| @Henrik Dalsgaard | Egeskov Kommune | Formand | ✅ |\n"
        "| @Lise Overgaard | Sønderå Kommune | Medlem | ✅ (Teams) |\n"
        "| @Camilla Thye | Bakkely Kommune | Medlem | ❌ afbud |\n\n"
        "Øvrige deltagere: Jonas Vestergaard, løsningsarkitekt hos Digital Identity ApS, der"
        " deltog under punkt 3."
    )
    assert [p.name for p in meeting.attendees if p.present] == [
        "Henrik Dalsgaard",
        "Lise Overgaard",
    ]
    assert [p.name for p in meeting.absentees] == ["Camilla Thye"]
    assert _who(meeting.guests) == [
        ("Jonas Vestergaard", "løsningsarkitekt", "Digital Identity ApS", None)
    ]


def test_a_chair_of_the_body_named_by_its_common_noun() -> None:
    meeting = _parse(
        "Deltagere:\n\n* Louise Brandt (KIF) – formand for koordinationsgruppen\n"
        "* Rasmus Kjeldsen (Egholm Kommune)"
    )
    assert meeting.chair is not None
    assert (meeting.chair.name, meeting.chair.title) == ("Louise Brandt", "formand")


def test_a_minute_takers_label_after_a_sentence_on_one_line() -> None:
    meeting = _parse("Til stede: Jørgen, Bodil, Anders, Lis\n\nJørgen ledte mødet. Ref.: Bodil")
    assert meeting.chair is not None
    assert meeting.chair.name == "Jørgen"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Bodil"


def test_a_title_in_apposition_in_item_text() -> None:
    meeting = _parse(
        "Til stede: Otto Lauridsen, Mary Iversen\n\n## 2. Budget\n\nKassereren, Otto"
        " Lauridsen, gennemgik budgettet. Kirkeværgen, Mary Iversen, orienterede om taget.\n"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Otto Lauridsen", "kasserer"),
        ("Mary Iversen", "kirkeværge"),
    ]


def test_posts_the_board_constituted_itself_with() -> None:
    meeting = _parse(
        "Til stede: Carl Christian Friis, Inge-Lise Brandt, Hans Vestergaard\n\n"
        "## 2. Konstituering\n\nBestyrelsen har konstitueret sig med Carl Christian Friis som"
        " formand, Inge-Lise Brandt som næstformand og Hans Vestergaard som kasserer.\n"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Carl Christian Friis", "formand"),
        ("Inge-Lise Brandt", "næstformand"),
        ("Hans Vestergaard", "kasserer"),
    ]


@pytest.mark.parametrize(
    "label", ["Afbud fra afdelingsbestyrelsen", "Afbud er på forhånd modtaget fra"]
)
def test_a_long_absence_label(label: str) -> None:
    meeting = _parse(f"Til stede: Jens Holt, Birgit Lund\n\n{label}: Dorte Kristiansen")
    assert [p.name for p in meeting.absentees] == ["Dorte Kristiansen"]


def test_a_members_table_with_an_unlabelled_status_column() -> None:
    meeting = referat.parse(
        "# Referat – bestyrelsesmøde\n\nDato: 7. september 2023\n\n## Fremmøde\n\n"
        "| Bestyrelsesmedlem | Udpeget af | |\n|---|---|---|\n"
        "| Jørgen Skov, formand | Bøvling Kommune | til stede |\n"
        "| Peder Kloster | Harbo Kommune | afbud |\n"
        "| Bo Kragh | Bøvling Kommune | til stede |\n\n"
        "**Punkt 1: Godkendelse af dagsorden**\n\nGodkendt.\n"
    )
    assert [(p.name, p.title, p.organisation) for p in meeting.attendees] == [
        ("Jørgen Skov", "formand", "Bøvling Kommune"),
        ("Bo Kragh", None, "Bøvling Kommune"),
    ]
    assert [(p.name, p.organisation) for p in meeting.absentees] == [
        ("Peder Kloster", "Harbo Kommune")
    ]


@pytest.mark.parametrize(
    "label", ["Fra Erhvervshus Vadehavet", "Fra Erhvervshus Vadehavet:", "Fra administrationen"]
)
def test_a_from_label_after_the_absent_bullets_lists_guests(label: str) -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 3. maj 2024\n\nDeltagere\n- Jakob Tang, formand\n- Carsten Vig\n\n"
        f"Afbud\n- Birthe Kvist (Dansk Erhverv)\n\n{label}\n- Anders Høeg, direktør\n"
        "- Pia Vendelbo, sekretariatsleder – referent\n\n## 1. Godkendelse\n\nGodkendt.\n"
    )
    assert [p.name for p in meeting.absentees] == ["Birthe Kvist"]
    assert [p.name for p in meeting.guests] == ["Anders Høeg", "Pia Vendelbo"]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Pia Vendelbo"


def test_a_board_label_over_its_members_and_initials_no_list_spells() -> None:
    meeting = referat.parse(
        "# Bestyrelsesmøde fredag den 27. november 2015\n\n"
        "Bestyrelse:\nHenning Lassen – Sønderhavn Kommune (formand)\n"
        "Kaj Overgaard – Esbrand Kommune\n\nAfbud: Rasmus Kold – Tingby Kommune\n\n"
        "Ref.: KBJ\n\n#### 1 Godkendelse af dagsorden\n\nDagsordenen godkendt.\n"
    )
    assert [p.name for p in meeting.attendees] == ["Henning Lassen", "Kaj Overgaard", "KBJ"]
    assert meeting.chair is not None
    assert meeting.chair.name == "Henning Lassen"
    assert meeting.minute_taker is not None
    assert (meeting.minute_taker.name, meeting.minute_taker.initials) == ("KBJ", "KBJ")


def test_initials_of_an_absent_member_or_of_two_people_are_not_guessed() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 3. maj 2024\n\nDeltagere: Anne Holm, Anders Hviid\n\n"
        "Afbud: Karen Bøg\n\nMødeleder: AH\n\nReferent: KB\n\n## 1. Godkendelse\n\nGodkendt.\n"
    )
    assert meeting.chair is None
    assert meeting.minute_taker is None


def test_the_labels_of_teams_meeting_notes() -> None:
    meeting = referat.parse(
        "Koordinationsforum for iværksætterindsatsen | Erhvervshus Midtjylland\n"
        "tir. 07-11-2023 14.00 - 15.30\n\n**Inviterede, som deltog**\n"
        "@Kasper Dalgaard (Erhvervshus Midtjylland) – facilitator\n"
        "@Tina Harbo (Business Herning)\n\n"
        "**Kunne ikke deltage**\n@Niels Ebbesen (Skive Erhverv)\n\n**Eksterne gæster**\n"
        "Ditte Kromann, fundraiser, Innovationsfonden – under emne 3\n\n"
        "#### Emne 1 – Opsamling fra sidst\n\nNoteret.\n"
    )
    assert [p.name for p in meeting.attendees] == ["Kasper Dalgaard", "Tina Harbo", "Ditte Kromann"]
    assert [p.name for p in meeting.absentees] == ["Niels Ebbesen"]
    assert [(p.name, p.organisation) for p in meeting.guests] == [
        ("Ditte Kromann", "Innovationsfonden")
    ]


def test_a_people_table_with_titles_and_an_unlabelled_status_column() -> None:
    meeting = referat.parse(
        "| **Mødetype** | Styregruppemøde |\n|---|---|\n| **Dato** | 4. marts 2021 |\n\n"
        "**Deltagere**\n\n| Navn | Titel | Rolle | |\n|---|---|---|---|\n"
        "| Rikke Holm | afdelingschef | Formand | Til stede |\n"
        "| Bo Dalsgaard | økonomichef | Økonomi | Afbud |\n"
        "| Ib Sand | projektleder | Projektleder | Til stede (Teams) |\n\n"
        "## Punkt 1: Status\n\nTaget til efterretning.\n"
    )
    assert [p.name for p in meeting.attendees] == ["Rikke Holm", "Ib Sand"]
    assert [(p.name, p.title) for p in meeting.absentees] == [("Bo Dalsgaard", "økonomichef")]


@pytest.mark.parametrize(
    "label", ["Deltog under punkt 3", "Deltager under pkt. 4", "Til stede under punkt 2"]
)
def test_a_label_for_one_item_lists_guests(label: str) -> None:
    meeting = _parse(f"Deltagere: Anders Krog, Inger Dam\n\n{label}: Louise Bach, kundeansvarlig")
    assert [p.name for p in meeting.attendees] == ["Anders Krog", "Inger Dam", "Louise Bach"]
    assert [p.name for p in meeting.guests] == ["Louise Bach"]


@pytest.mark.parametrize(
    "line",
    [
        "Noter taget af: Emma Juhl",
        "Mødeleder: Bo Kjær · Noter taget af: Emma Juhl",
        "Referat taget af: Emma Juhl",
        "Protokollen ført af: Emma Juhl",
    ],
)
def test_who_took_the_notes_is_the_minute_taker(line: str) -> None:
    meeting = _parse(f"Deltagere: Bo Kjær, Emma Juhl, Ida Holm\n\n{line}")
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Emma Juhl"


@pytest.mark.parametrize(
    ("written", "title", "roles"),
    [
        ("Kirsten Dahl (A), borgmester og mødeleder", "borgmester", ["mødeleder"]),
        ("Jesper Ørum (A), borgmester og formand", "borgmester", ["formand", "mødeleder"]),
        ("Ib Holm, kasserer og referent", "kasserer", ["referent"]),
        ("Ole Dal, Kultur- og fritidschef", "Kultur- og fritidschef", []),
    ],
)
def test_a_post_and_a_role_after_the_comma(written: str, title: str, roles: list[str]) -> None:
    meeting = _parse(f"Deltagere: {written} · Bo Lund")
    person = meeting.attendees[0]
    assert (person.title, person.roles) == (title, roles)


def test_a_notes_apps_page_properties_end_the_people_lists() -> None:
    """ "Tags: arbejdsgruppe, LoRaWAN" under "Ikke til stede: ...": a page property, no group of
    absentees."""
    meeting = referat.parse(
        "# Smart Vand\n\nDato: 14. marts 2023\nDeltagere: Rasmus Thyregod, Ida Kjær\n"
        "Ikke til stede: Helle Stenbæk\nTags: arbejdsgruppe, LoRaWAN, vandmålere\n"
        "Labels: referat\n\n## 1. Status\n\nTaget til efterretning.\n"
    )
    assert [p.name for p in meeting.absentees] == ["Helle Stenbæk"]
    assert [(f.label, f.value) for f in meeting.fields][-2:] == [
        ("Tags", "arbejdsgruppe, LoRaWAN, vandmålere"),
        ("Labels", "referat"),
    ]


def test_a_teams_role_before_a_title_in_a_role_column() -> None:
    """A Teams attendance report's "Rolle" cell with the call's role first ("Deltager · lektor"):
    the call's role is no part of the title."""
    meeting = referat.parse(
        "# Studienævn\n\nDato: 14. april 2021\n\n| Navn | Rolle | Varighed |\n|---|---|---|\n"
        "| Anders Kvist | Deltager · lektor | 1 t 58 min |\n"
        "| Sofie Birk | Præsentationsvært · adjunkt | 2 t 0 min |\n\n"
        "## 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Anders Kvist", "lektor"),
        ("Sofie Birk", "adjunkt"),
    ]


def test_a_sharepoint_property_table_of_people() -> None:
    """A SharePoint list item's properties: people joined by ";#", and the rows after the last
    people row ("| Oprettet | ... af Marie Lauritsen |") are fields of their own, no people."""
    meeting = referat.parse(
        "# AR SUND – møde 7/2025\n\n| Egenskab | Værdi |\n|---|---|\n"
        "| Starttidspunkt | 07-10-2025 09:00 |\n"
        "| Deltagere | Birgitte Holst;#Mads Lund;#Marie Lauritsen |\n"
        "| Afbud | Rasmus Dahl;#Liv Hedegaard |\n"
        "| Oprettet | 09-10-2025 14:22 af Marie Lauritsen |\n"
        "| Ændret | 21-10-2025 08:05 af Birgitte Holst |\n\n"
        "## 1 ▸ Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert [p.name for p in meeting.attendees] == ["Birgitte Holst", "Mads Lund", "Marie Lauritsen"]
    assert [p.name for p in meeting.absentees] == ["Rasmus Dahl", "Liv Hedegaard"]


def test_a_double_first_name_at_a_lines_end_over_the_surname() -> None:
    """A PDF's hard wrap between a double first name and the surname, after a title."""
    meeting = referat.parse(
        "# Bestyrelsesmøde\n\nDato: 16. september 2003\n\n"
        "Til stede: Poul Erik Vestergaard (formand), Anna Marie Krogh, Hans\n"
        "Iversen og Kaj Nørgaard. Endvidere deltog forstander Jens Ole\n"
        "Bak og viceforstander Merete Bak, der førte protokollen.\n\n"
        "Pkt. 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert [p.name for p in meeting.guests] == ["Jens Ole Bak", "Merete Bak"]


@pytest.mark.parametrize(
    "text",
    [
        "Uden stemmeret deltog rektor Kirsten Hvid og vicerektor Lars Bech (referent).",
        "Uden stemmeret deltog rektor Kirsten Hvid og vicerektor Lars Bech (referent). Under "
        "pkt. 3 deltog\nrevisor Søren Lauridsen, Revisionsfirmaet Bak & Co.",
    ],
)
def test_those_who_took_part_without_a_vote_are_guests(text: str) -> None:
    meeting = referat.parse(
        f"# Bestyrelsesmøde\n\nDato: 5. marts 2014\n\n{text}\n\n1. Budget\nGodkendt.\n"
    )
    assert [(p.name, p.title) for p in meeting.guests][:2] == [
        ("Kirsten Hvid", "rektor"),
        ("Lars Bech", "vicerektor"),
    ]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Lars Bech"


def test_an_attendance_block_under_a_capital_heading_after_the_last_item() -> None:
    """A PDF that lists who came at the end ("FREMMØDE" over "Til stede:" and its names, one a
    line): the meeting's people, not the last item's text, however long the block."""
    members = "".join(
        f"                  {n} (V)\n"
        for n in (
            "Karin Holst",
            "Flemming Juul",
            "Jette Mogensen",
            "Tina Brandt",
            "Ole Friis",
            "Bent Lund",
            "Ib Kragh",
            "Lis Dam",
            "Per Holm",
            "Eva Berg",
        )
    )
    meeting = referat.parse(
        "Plan- og Miljøudvalget\n\nReferat af mødet 18. august 2014\n\n1) Lokalplan 12\n"
        "Godkendt.\n\n2) Eventuelt\n\nMødet hævet kl. 10.40.\n\nFREMMØDE\n\n"
        "Til stede:        Bo Vestergaard (V), formand\n"
        + members
        + "\nFraværende:       Ingen\n\nDesuden deltog:   byplanlægger Ida Laursen\n"
    )
    assert [p.name for p in meeting.attendees][:2] == ["Bo Vestergaard", "Karin Holst"]
    assert len(meeting.attendees) == 12
    assert all("Til stede" not in s.text for s in meeting.agenda[-1].sections)


@pytest.mark.parametrize(
    "block",
    [
        # the items one guest came for, between her and the next guest
        "Fra administrationen deltog ældrechef Hanne Wulff under pkt. 3 og sekretær Tina Bro"
        " (referent).",
        # ... in a remark's cell of a header table
        "| | |\n|---|---|\n| **Mødested:** | Rådhuset |\n| **Bemærkninger:** | Fra administrationen"
        " deltog ældrechef Hanne Wulff under pkt. 3 og sekretær Tina Bro (referent) |",
        # ... before the next guest, wrapped there
        "Desuden deltog: sekretær Tina Bro (referent) samt under pkt. 3\n"
        "ældrechef Hanne Wulff, Social og Sundhed.",
    ],
)
def test_guests_with_the_items_they_came_for_between_them(block: str) -> None:
    meeting = _parse(block)
    assert sorted(p.name for p in meeting.guests) == ["Hanne Wulff", "Tina Bro"]
    assert {p.name: p.title for p in meeting.guests} == {
        "Hanne Wulff": "ældrechef",
        "Tina Bro": "sekretær",
    }
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Tina Bro"


def test_a_typed_protocols_abbreviations_and_a_minute_takers_organisation() -> None:
    meeting = _parse(
        "Til stede:\n    Knud Erik Mortensen, Lindå Kommune (form.)\n    Inger Bach, Søholm Kommune"
        "\n\nEndv. deltog:\n    sekretær Tove Lassen, Lindå Kommune (ref.)\n"
        "    konsulent Bent Hvid, Jysk EDB-Central I/S (under pkt. 3)"
    )
    assert _who(meeting.guests) == [
        ("Tove Lassen", "sekretær", "Lindå Kommune", None),
        ("Bent Hvid", "konsulent", "Jysk EDB-Central I/S", None),
    ]
    assert meeting.absentees == []
    assert meeting.chair is not None
    assert meeting.minute_taker is not None
    assert (meeting.chair.name, meeting.minute_taker.name) == ("Knud Erik Mortensen", "Tove Lassen")
    # a "(ref.)" mark after an organisation alone names no one
    assert _parse("Gæster: Lindå Kommune (ref.)").minute_taker is None


@pytest.mark.parametrize(
    ("line", "guest"),
    [
        ("Gæst: godsforvalter Hans Ravn, Nørremølle Gods (deltog under punkt 2).",
         ("Hans Ravn", "godsforvalter", "Nørremølle Gods", None)),
        ("Gæster: museumsinspektør Lis Holm, Fjordlandets Museer",
         ("Lis Holm", "museumsinspektør", "Fjordlandets Museer", None)),
        # a deanery, an archives' cooperation, a national body's branch
        ("Desuden deltog: kirkegårdskonsulent Lise Brink, Skarum Provsti (under pkt. 3)",
         ("Lise Brink", "kirkegårdskonsulent", "Skarum Provsti", None)),
        ("Desuden deltog: Jørgen Fabricius, Ringkøbing Amts Arkivsamvirke (under pkt. 4).",
         ("Jørgen Fabricius", None, "Ringkøbing Amts Arkivsamvirke", None)),
        ("Desuden deltog: Vagn Eriksen, Dansk Metal Brønderslev, under pkt. 3",
         ("Vagn Eriksen", None, "Dansk Metal Brønderslev", None)),
    ],
)  # fmt: skip
def test_an_estate_or_a_museum_after_a_guest_is_her_organisation(
    line: str, guest: tuple[str, str | None, str, None]
) -> None:
    assert _who(_parse(line).guests) == [guest]


def test_a_chair_title_after_the_members_organisation_is_a_post_in_this_body() -> None:
    """ "Karsten Ølgaard (V), Region Vestkyst, formand": written after the organisation he comes
    from, the title is his post here; before it ("formand, Danmarks Naturfredningsforening") it
    is held there."""
    meeting = _parse(
        "**Deltagere:**\nKarsten Ølgaard (V), Region Vestkyst, formand\n"
        "Pia Fuglsang (A), Region Østsjælland, næstformand\n"
        "Jens Holm, formand, Danmarks Naturfredningsforening"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == "Karsten Ølgaard"
    assert [p.roles for p in meeting.attendees] == [["formand", "mødeleder"], ["næstformand"], []]


def test_an_institutions_leaders_are_guests_of_its_board_but_a_side_of_a_med_committee() -> None:
    board = _parse(
        "Forældrerepræsentanter: Lene Kjær (formand), Thomas Vestergaard\n"
        "Medarbejderrepræsentanter: Karen Lykke\n"
        "Fra ledelsen: skoleleder Poul Erik Mogensen og viceskoleleder Dorte Lund"
    )
    assert [p.name for p in board.guests] == ["Poul Erik Mogensen", "Dorte Lund"]
    assert {p.group for p in board.guests} == {"Fra ledelsen"}
    med = _parse(
        "**Deltagere**\nFra ledelsen: Birthe Kjær, dagtilbudschef (formand), Hanne Munk (leder)\n"
        "Fra medarbejderne: Jette Brix (BUPL, næstformand), Sonja Vang (FOA)"
    )
    assert med.guests == []
    assert [p.name for p in med.attendees] == [
        "Birthe Kjær",
        "Hanne Munk",
        "Jette Brix",
        "Sonja Vang",
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Formand Jørn Kristiansen bød velkommen.", "formand"),
        ("Formanden Aage Christiansen bød velkommen til de 42 fremmødte.", "formand"),
    ],
)
def test_who_welcomed_everyone_came(line: str, title: str) -> None:
    meeting = _parse(f"Fremmødte: 27 parceller var repræsenteret.\n\n{line}")
    assert _who(meeting.attendees) == [(line.split()[1] + " " + line.split()[2], title, None, None)]
    assert meeting.chair is not None
    assert meeting.chair.roles == ["formand", "mødeleder"]  # (no one else chairs)


def test_groups_from_another_organisation_under_the_bodys_own_people_are_guests() -> None:
    meeting = _parse(
        "Fremmødte: 27 husstande (54 stemmer)\n"
        "Afdelingsbestyrelsen: formand Poul Henning Krogh, Lis Bergmann og Ahmet Kaya\n"
        "Fra Søhusene: kundechef Finn Rask og byggeleder Anette Kirk\n"
        "Fra Bøgh & Vinther Arkitekter: arkitekt Jesper Bøgh"
    )
    assert _who(meeting.guests) == [
        ("Finn Rask", "kundechef", "Søhusene", None),
        ("Anette Kirk", "byggeleder", "Søhusene", None),
        ("Jesper Bøgh", "arkitekt", "Bøgh & Vinther Arkitekter", None),
    ]
    # a list of such groups only is the members'
    members = _parse("Deltagere:\nFra Aarhus Kommune: Anna Holm, Bo Berg\nFra Magenta: Carl Dahl")
    assert members.guests == []
    assert len(members.attendees) == 3


def test_an_auditor_who_came_for_one_item_after_a_count_of_those_present() -> None:
    """ "Der var mødt 23 andelshavere ... Værkets revisor, statsautoriseret revisor Anders
    Kloster, Brande Revision, deltog under punkt 3.": the sentence of the verb names him, his
    post in the genitive is no organisation, and from outside he is a guest."""
    meeting = _parse(
        "Der var mødt 23 andelshavere, heraf 4 ved fuldmagt, samt bestyrelsen. Værkets revisor,"
        " statsautoriseret revisor Anders Kloster, Brande Revision, deltog under punkt 3."
    )
    assert _who(meeting.guests) == [
        ("Anders Kloster", "statsautoriseret revisor", "Brande Revision", None)
    ]


def test_a_members_table_with_a_status_column_names_the_absent() -> None:
    meeting = _parse(
        "**Medlemmer**\n\n| Navn | Udpeget af | |\n|---|---|---|\n"
        "| Karin Fogh, formand | DH Hvidsten – Scleroseforeningen | Til stede |\n"
        "| Anders Kolding | DH Hvidsten – LEV | Afbud |\n"
        "| Susanne Nørgaard (A) | Byrådet | Til stede |"
    )
    assert [p.name for p in meeting.absentees] == ["Anders Kolding"]
    assert [p.name for p in meeting.attendees] == ["Karin Fogh", "Susanne Nørgaard"]


@pytest.mark.parametrize(
    ("entry", "title", "organisation"),
    [
        ("Mona Hald (MH), TR Hjemmeplejen Nord", "TR", "Hjemmeplejen Nord"),
        ("Lone Berg, leder Hjemmeplejen Syd", "leder", "Hjemmeplejen Syd"),
        (
            "Jonas Trier, arkitekt MAA, Trier & Holm Arkitekter",
            "arkitekt MAA",
            "Trier & Holm Arkitekter",
        ),
        ("Peder Hald, Venstre (formand)", "formand", None),
    ],
)
def test_a_post_and_where_it_is_held(entry: str, title: str, organisation: str | None) -> None:
    parts = parse_person(entry)
    assert parts is not None
    assert (parts.title, parts.organisation) == (title, organisation)


def test_a_party_written_in_full_after_a_comma_is_the_party() -> None:
    parts = parse_person("Mads Krog, Socialdemokratiet")
    assert parts is not None
    assert (parts.party, parts.organisation) == ("A", None)


@pytest.mark.parametrize("empty", ["*(ingen – på lejrskole)*", "–", "vakant"])
def test_people_table_row_naming_no_one_keeps_the_table(empty: str) -> None:
    """A class or seat with no one for it ("| 8.b | *(ingen – på lejrskole)* |", "| 8.b | – |")
    names no one, and the rows after it are read still."""
    meeting = _parse(
        "**Hvem var der?**\n\n| Klasse | Repræsentant(er) |\n|---|---|\n"
        f"| 6.a | Noah Kristensen |\n| 8.b | {empty} |\n| 9.a | Oliver Bendtsen (formand) |"
    )
    assert [p.name for p in meeting.attendees] == ["Noah Kristensen", "Oliver Bendtsen"]


def test_a_crowd_after_the_names_is_no_one() -> None:
    text = (
        "sognepræst Thomas Kjeldgaard, organist Rita Falk og graver Bo Jessen"
        " samt ca. 35 af sognenes beboere"
    )
    assert split_name_list(text) == [
        "sognepræst Thomas Kjeldgaard",
        "organist Rita Falk",
        "graver Bo Jessen",
    ]
    meeting = _parse(
        "Til stede: Jytte Frandsen (formand), Holger Vind\n\nDesuden deltog " + text + "."
    )
    assert _who(meeting.guests) == [
        ("Thomas Kjeldgaard", "sognepræst", None, None),
        ("Rita Falk", "organist", None, None),
        ("Bo Jessen", "graver", None, None),
    ]


def test_two_names_joined_by_og_in_a_table_cell_are_two_people() -> None:
    meeting = _parse(
        "| Navn | Rolle |\n| --- | --- |\n| Louise Kragh | Formand |\n"
        "| Emma Ravn og Yusuf Öztürk | Elevrådsrepræsentanter |\n| Henrik Stald | Skoleleder |"
    )
    assert [p.name for p in meeting.attendees] == [
        "Louise Kragh",
        "Emma Ravn",
        "Yusuf Öztürk",
        "Henrik Stald",
    ]


def test_a_group_label_in_small_letters_under_the_list() -> None:
    meeting = _parse(
        "Deltagere:\n\n| Navn | Post |\n|---|---|\n| Jamal Haddad | Formand |\n"
        "| Susanne Kirk | Næstformand |\n\n"
        "fra boligforeningen: Lene Brix (driftschef) og Mikkel Aagaard (ejendomsmester)"
    )
    assert _who(meeting.guests) == [
        ("Lene Brix", "driftschef", None, None),
        ("Mikkel Aagaard", "ejendomsmester", None, None),
    ]


def test_an_agendas_staff_who_takes_part_under_some_items() -> None:
    meeting = _parse(
        "Deltagere: Ole Bak, Pia Lund\n\nDriftsleder Kenneth Friis deltager under pkt. 3–5."
    )
    assert _who(meeting.guests) == [("Kenneth Friis", "Driftsleder", None, None)]


def test_two_boxed_people_on_one_line() -> None:
    """A PDF's form with two people on a line, each with her box ("☒ A (lærer) ☐ B")."""
    meeting = _parse(
        "Deltagere\n☒ Søren Hald (formand)\n☒ Pia Lund (lærer) ☐ Mikkel Ravn (pædagog)\n"
        "☒ Ida Fogh (9.B) ☒ Noah Ibsen (8.A)"
    )
    assert [p.name for p in meeting.attendees] == [
        "Søren Hald",
        "Pia Lund",
        "Ida Fogh",
        "Noah Ibsen",
    ]
    assert _who(meeting.absentees) == [("Mikkel Ravn", "pædagog", None, None)]


def test_one_who_left_under_fravaerende_attended() -> None:
    meeting = _parse(
        "Til stede: Lise Fogh (A), Erik Stampe (V), Allan Krog (O)\n"
        "Afbud: Jakob Winding (V)\n"
        "Fraværende: Allan Krog (O) forlod mødet efter punkt 2"
    )
    assert [p.name for p in meeting.attendees] == ["Lise Fogh", "Erik Stampe", "Allan Krog"]
    assert [p.name for p in meeting.absentees] == ["Jakob Winding"]
    assert not [d for d in meeting.diagnostics if d.code == "person-listed-twice"]


def test_a_substitute_named_in_a_remark_cell_attended() -> None:
    meeting = _parse(
        "| Navn | Parti | Bemærkning |\n|---|---|---|\n| Preben Kvist | V | Borgmester |\n"
        "| Claus Hviid | V | Afbud – stedfortræder Inger Toft (V) |\n| Jonas Mikkelsen | A | |"
    )
    assert [p.name for p in meeting.attendees] == ["Preben Kvist", "Inger Toft", "Jonas Mikkelsen"]
    assert [p.name for p in meeting.absentees] == ["Claus Hviid"]


def test_the_body_as_a_label_over_its_members() -> None:
    meeting = _parse(
        "**Provstiudvalget:** Provst Jens Ole Bach (formand), Inger Kjeldsen, Bent Riis\n"
        "**Afbud:** Bent Riis"
    )
    assert [p.name for p in meeting.attendees] == ["Jens Ole Bach", "Inger Kjeldsen"]
    assert [p.name for p in meeting.absentees] == ["Bent Riis"]
    assert meeting.chair is not None
    assert meeting.chair.name == "Jens Ole Bach"


@pytest.mark.parametrize(
    ("block", "attendees", "absentees", "guests"),
    [
        ("Til stede: Birthe Lund (formand), Anders Bøgh\nAfbud: Jytte Frandsen. Suppleant Svend"
         " Riis var indkaldt og mødt.",
         ["Birthe Lund", "Anders Bøgh", "Svend Riis"], ["Jytte Frandsen"], []),
        ("Medlemmer: Helle Brøndum, Søren Kalkau\nFraværende: Politidirektør Karsten Steen. Som"
         " stedfortræder for politidirektøren deltog vicepolitiinspektør Lotte Bjerregaard.",
         ["Lotte Bjerregaard", "Helle Brøndum", "Søren Kalkau"], ["Karsten Steen"], []),
        ("Medlemmer til stede: Lise Overgaard (V), Bo Sand (A)\n\nAfbud: Borgmester Gunnar Fris"
         " (V). Som stedfortræder var indkaldt Hans Munk.",
         ["Lise Overgaard", "Bo Sand", "Hans Munk"], ["Gunnar Fris"], []),
        ("Fraværende: Anders Bech (V). Lene Dalgas (V) deltog som stedfortræder.\nJonas Kirk (C)"
         " deltog ikke i behandlingen af pkt. 12.",
         ["Lene Dalgas", "Jonas Kirk"], ["Anders Bech"], []),
        ("Til stede: Birthe Lund, Anders Bøgh\nGæst under sag nr. 5: Arkitekt Rikke Fogh,"
         " Fogh & Ravn Arkitekter ApS",
         ["Birthe Lund", "Anders Bøgh", "Rikke Fogh"], [], ["Rikke Fogh"]),
    ],
)  # fmt: skip
def test_substitutes_and_guests_in_sentences_and_labels(
    block: str, attendees: list[str], absentees: list[str], guests: list[str]
) -> None:
    meeting = _parse(block)
    assert [p.name for p in meeting.attendees] == attendees
    assert [p.name for p in meeting.absentees] == absentees
    assert [p.name for p in meeting.guests] == guests


def test_a_substitute_column_and_a_presence_cell_saying_she_came() -> None:
    meeting = _parse(
        "| Ejerkommune | Bestyrelsesmedlem | Suppleant | Fremmøde |\n|---|---|---|---|\n"
        "| Saltbæk Kommune | Erik Lauridsen (V) | Gunnar Holt (V) | Til stede |\n"
        "| Vesterlund Kommune | Bjarne Kold (A) | Kirsten Dahl (A) | Afbud – suppleanten mødte |\n"
        "| Lundø Kommune | Pia Ravn (Ø) | Jakob Frisk (A) | Afbud |"
    )
    assert _who(meeting.attendees) == [
        ("Erik Lauridsen", None, "Saltbæk Kommune", "V"),
        ("Kirsten Dahl", None, "Vesterlund Kommune", "A"),
    ]
    assert [p.name for p in meeting.absentees] == ["Bjarne Kold", "Pia Ravn"]


def test_a_reason_after_a_dash_inside_an_absence_list() -> None:
    meeting = _parse(
        "Til stede: Sofie (8.a), Emil (9.b)\nIkke til stede: William (8.a) – syg, Clara (5.b)"
    )
    assert [(p.name, p.organisation) for p in meeting.absentees] == [
        ("William", "8.a"),
        ("Clara", "5.b"),
    ]


def test_a_group_appointed_by_a_council_over_a_wrapped_line() -> None:
    meeting = _parse(
        "Deltagere\n\nUdpeget af Strandhøj Kommunalbestyrelse: Flemming Rask (A), formand, og"
        " Mona\nKristiansen (C)."
    )
    assert _who(meeting.attendees) == [
        ("Flemming Rask", "formand", "Strandhøj Kommunalbestyrelse", "A"),
        ("Mona Kristiansen", None, "Strandhøj Kommunalbestyrelse", "C"),
    ]


def test_a_surname_wrapped_onto_the_next_line_before_a_full_name() -> None:
    meeting = _parse(
        "Til stede: Grethe Vestergaard (formand), Ib Nyholm, Else Thorup, Kurt Skov\n"
        "Jessen, Lis Damgaard, Aage Brøndum"
    )
    assert [p.name for p in meeting.attendees] == [
        "Grethe Vestergaard", "Ib Nyholm", "Else Thorup", "Kurt Skov Jessen", "Lis Damgaard",
        "Aage Brøndum",
    ]  # fmt: skip


def test_apologies_in_a_later_sentence_of_a_prose_header() -> None:
    meeting = _parse(
        "Generalforsamlingen blev afholdt den 17. marts i Kirkecentret, Vejle. Til stede var 23"
        " medlemmer. Afbud var meldt af Hanne Vestergaard, Peter Juul og Signe Rask."
    )
    assert [p.name for p in meeting.absentees] == ["Hanne Vestergaard", "Peter Juul", "Signe Rask"]


def test_people_in_a_remarks_row_of_the_header_table() -> None:
    meeting = _parse(
        "| | |\n|---|---|\n| Deltagere | Mads Dalsgaard (V), formand, Karen Brix (A) |\n"
        "| Bemærkninger | Mødet blev afbrudt kl. 16.20-16.35. Kommunaldirektør Anders Vinkel"
        " deltog. Referent: økonomichef Karin Frost |"
    )
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Karin Frost"
    assert [p.name for p in meeting.guests] == ["Anders Vinkel", "Karin Frost"]


def test_a_pdf_table_with_a_name_and_a_word_wrapped_into_rows_below() -> None:
    meeting = _parse(
        "Medlemmer:\n\n| Navn | Udpeget af / repræsenterer |\n|---|---|\n"
        "| Jens Peter Kirke- | Arbejdsgiverrepræsentant, Dansk |\n| gaard | Industri |\n"
        "| Mona Riis, skoleleder | Skolelederforeningen, Stensved |\n| Skole | |\n"
        "| Emil Stokholm | Elevrepræsentant |"
    )
    assert _who(meeting.attendees) == [
        ("Jens Peter Kirkegaard", "Arbejdsgiverrepræsentant", "Dansk Industri", None),
        ("Mona Riis", "skoleleder", "Skolelederforeningen, Stensved", None),
        ("Emil Stokholm", "Elevrepræsentant", None, None),
    ]


def test_a_members_table_broken_by_a_page_and_a_field_table_after_it() -> None:
    meeting = _parse(
        "| Medlemmer | |\n|---|---|\n"
        "| Lone Sejersen (formand) | DH Odsherred, Dansk Blindesamfund |\n"
        "| Ellen Brask | DH Odsherred, LEV |\n\nSide 1 af 5\n\n"
        "| Jørgen Pilegaard | DH Odsherred, Hjerne-\nskadeforeningen |\n"
        "| Marianne Kjær | Administrationen, afdelingschef, Social og Handicap |\n\n"
        "| Fraværende | Ellen Brask |\n|---|---|\n| Referent | Susanne Winther, sekretariatet |"
    )
    assert _who(meeting.attendees)[:4] == [
        ("Lone Sejersen", "formand", "DH Odsherred, Dansk Blindesamfund", None),
        ("Jørgen Pilegaard", None, "DH Odsherred, Hjerneskadeforeningen", None),
        ("Marianne Kjær", "afdelingschef", "Administrationen, Social og Handicap", None),
        ("Susanne Winther", None, "sekretariatet", None),
    ]
    assert [p.name for p in meeting.absentees] == ["Ellen Brask"]


def test_an_english_table_with_a_country_column_and_one_represented_by_another() -> None:
    meeting = _parse(
        "**Present:**\n\n| Name | Organisation | Country | |\n|---|---|---|---|\n"
        "| Hendrik de Vries | Provincie Groningen | NL | |\n"
        "| Ingrid Solberg | Stavanger kommune | NO | substitute |\n"
        "| Sara Lindqvist | RISE Research Institutes of Sweden | SE | online |\n\n"
        "**Apologies:** Bart Janssens (Ghent University, BE); Tomas Eriksen (Stavanger kommune,"
        " NO) – represented by Ingrid Solberg"
    )
    assert [(p.name, p.organisation) for p in meeting.attendees] == [
        ("Hendrik de Vries", "Provincie Groningen"),
        ("Ingrid Solberg", "Stavanger kommune"),
        ("Sara Lindqvist", "RISE Research Institutes of Sweden"),
    ]
    assert [(p.name, p.organisation) for p in meeting.absentees] == [
        ("Bart Janssens", "Ghent University"),
        ("Tomas Eriksen", "Stavanger kommune"),
    ]


def test_a_listed_member_who_sat_out_one_item_is_listed_once() -> None:
    meeting = _parse(
        "Anne Kjær (V) deltog ikke i behandlingen af punkt 1-3.\n\nMedlemmer:\n- Bo Lind (A)\n"
        "- Anne Kjær (V)"
    )
    assert [p.name for p in meeting.attendees] == ["Bo Lind", "Anne Kjær"]
    assert not [d for d in meeting.diagnostics if d.code == "person-listed-twice"]


def test_an_informal_post_of_who_came_with_emoji_and_the_writer_first() -> None:
    meeting = _parse(
        "Vi var: mig (Sofie, Idas mor 🙋‍♀️), Kasper (Vigga + Otto), Mette H., Jonas og så Louise"
        " fra personalet og Anja (leder) 🙌"
    )
    assert [p.name for p in meeting.attendees] == [
        "Sofie", "Kasper", "Mette H.", "Jonas", "Louise", "Anja"
    ]  # fmt: skip


def test_a_members_table_a_pdf_flattened_into_lines() -> None:
    meeting = _parse(
        "Medlemmer:\nNavn Udpeget af / funktion\nGitte Rosenkilde DH Kalvebod, formand\n"
        "Preben Asmussen Dansk Blindesam-\nfund\nSanne Thygesen Byrådet (C)\n"
        "Ahmad Karimi Byrådet (Ø),\nnæstformand"
    )
    assert _who(meeting.attendees) == [
        ("Gitte Rosenkilde", "formand", "DH Kalvebod", None),
        ("Preben Asmussen", None, "Dansk Blindesamfund", None),
        ("Sanne Thygesen", None, "Byrådet", "C"),
        ("Ahmad Karimi", "næstformand", "Byrådet", "Ø"),
    ]


def test_a_grouped_table_whose_organisation_cell_is_left_empty_below() -> None:
    meeting = _parse(
        "| Kommune | Navn | Funktion |\n|---|---|---|\n"
        "| Egeskov Kommune | Lise Overgaard (A) | Borgmester |\n"
        "| | Thomas Vrå (V) | Byrådsmedlem |\n"
        "| Strandhøj Kommune | Jens Dalgas (V) | Borgmester |\n"
        "| | Ulla Bredsten (SF) | Viceborgmester |"
    )
    assert [(p.name, p.organisation) for p in meeting.attendees] == [
        ("Lise Overgaard", "Egeskov Kommune"),
        ("Thomas Vrå", "Egeskov Kommune"),
        ("Jens Dalgas", "Strandhøj Kommune"),
        ("Ulla Bredsten", "Strandhøj Kommune"),
    ]


@pytest.mark.parametrize(
    ("fields", "chair", "attendees"),
    [
        # the meeting's leader beats the body's chair, who is there too
        (
            "**Formand:** Ulla Brix, hospitalsdirektør\n**Mødeleder denne gang:** Kirsten Dahl"
            " (næstformand)\n**Referent:** Bo Krarup",
            "Kirsten Dahl",
            ["Ulla Brix", "Kirsten Dahl", "Bo Krarup"],
        ),
        (
            "**Dirigent:** Kirsten Dahl\n**Formand:** Ulla Brix",
            "Kirsten Dahl",
            ["Ulla Brix", "Kirsten Dahl"],
        ),
        ("**Mødeleder i dag:** Kirsten Dahl", "Kirsten Dahl", ["Kirsten Dahl"]),
        ("Formand: Ulla Brix\nReferent i dag: Bo Krarup", "Ulla Brix", ["Ulla Brix", "Bo Krarup"]),
    ],
)
def test_the_meetings_leader_and_the_bodys_chair(
    fields: str, chair: str, attendees: list[str]
) -> None:
    """ "Mødeleder (denne gang):" names who leads this meeting, also under "Formand:" (a post
    taken in turn); the body's chair named beside her is an attendee."""
    doc = (
        f"# Referat af bestyrelsesmøde\n\nDato: 4. marts 2025\n\n{fields}\n\n"
        "## 1. Meddelelser\n\nTil efterretning.\n"
    )
    meeting = referat.parse(doc)
    assert meeting.chair is not None
    assert meeting.chair.name == chair
    assert [p.name for p in meeting.attendees] == attendees


def test_a_key_of_initials_as_the_people_list() -> None:
    """A building site meeting lists its people as a key of initials ("JH = Jens Hansen,
    projektleder, Holm & Vestergaard") and names the chair and the minute-taker by them."""
    meeting = referat.parse(
        "# Byggemøde nr. 7\n\nMødedato: 11.03.2025 kl. 10.00\nMødeleder: JH\nReferent: ML\n\n"
        "Deltagere:\nJH = Jens Hansen, projektleder, Holm & Vestergaard\n"
        "ML = Maria Lykke, byggeleder, Holm & Vestergaard\n\n"
        "Afbud:\nKE = Kim Enevoldsen, Fyns VVS A/S\n\n"
        "## 1. Godkendelse af referat\n\nGodkendt.\n"
    )
    assert [(p.name, p.initials, p.title, p.organisation) for p in meeting.attendees] == [
        ("Jens Hansen", "JH", "projektleder", "Holm & Vestergaard"),
        ("Maria Lykke", "ML", "byggeleder", "Holm & Vestergaard"),
    ]
    assert [(p.name, p.organisation) for p in meeting.absentees] == [
        ("Kim Enevoldsen", "Fyns VVS A/S")
    ]
    assert meeting.chair is not None
    assert meeting.chair.name == "Jens Hansen"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Maria Lykke"


@pytest.mark.parametrize(
    "table",
    [
        "| Navn | Organisation | Udpeget af |\n|---|---|---|\n"
        "| Mogens Birk | Dansk Industri Fyn | DA |\n| Helle Skov | 3F Odense | FH |\n",
        "| Navn | Udpeget af | Organisation |\n|---|---|---|\n"
        "| Mogens Birk | DA | Dansk Industri Fyn |\n| Helle Skov | FH | 3F Odense |\n",
    ],
)
def test_who_appointed_a_member_is_no_organisation_beside_hers(table: str) -> None:
    """A council's members table with her organisation and who appointed her (DA, FH, KKR):
    the organisation column gives her organisation, in either order."""
    meeting = referat.parse(
        f"# Referat af møde i RAR Fyn\n\nDato: 4. marts 2025\n\n{table}\n"
        "## 1. Meddelelser\n\nIntet.\n"
    )
    assert [(p.name, p.organisation) for p in meeting.attendees] == [
        ("Mogens Birk", "Dansk Industri Fyn"),
        ("Helle Skov", "3F Odense"),
    ]


def test_a_post_after_the_organisation_in_a_table_cell() -> None:
    """ "| Lindely Borgerforening – formand |": her organisation, then her post in it (the chair;
    "sekretær/referent" a title and the minute-taker's role); a firm's part in a building
    project after its name ("– totalrådgiver") is no post of hers."""
    meeting = referat.parse(
        "# Referat – Lindely Lokaludvalg\n\nDato: 4. marts 2025\n\n"
        "| Navn | Forening / rolle | Fremmøde |\n|---|---|---|\n"
        "| Jørgen Skytte | Lindely Borgerforening – formand | fysisk |\n"
        "| Kirsten Dalgaard | Grundejerforeningen Skovhaven – sekretær/referent | fysisk |\n"
        "| Ahmed Yilmaz | Lindely Boldklub – kasserer | Teams |\n"
        "| Sofie Lind | Lind & Holm Arkitekter – totalrådgiver | fysisk |\n\n"
        "## 1. Meddelelser\n\nIntet.\n"
    )
    assert [(p.name, p.title, p.organisation) for p in meeting.attendees] == [
        ("Jørgen Skytte", "formand", "Lindely Borgerforening"),
        ("Kirsten Dalgaard", "sekretær", "Grundejerforeningen Skovhaven"),
        ("Ahmed Yilmaz", "kasserer", "Lindely Boldklub"),
        ("Sofie Lind", None, "Lind & Holm Arkitekter"),
    ]
    assert meeting.chair is not None
    assert meeting.chair.name == "Jørgen Skytte"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Kirsten Dalgaard"


def test_later_sentences_of_names_with_their_post() -> None:
    """A one-line list's later sentences that name people with their post after a comma: one
    ("Tove Lind, medarbejderrepræsentant"), or several sharing a post in the plural ("Jonas
    Friis (9.a) og Ida Lauritsen (8.b), elevrådsrepræsentanter": each of them one)."""
    meeting = referat.parse(
        "# Referat\n\nDato: 4. marts 2025\n\nTil stede: Mette Kragh (formand), Sanne Overgaard"
        " – alle forældrevalgte. Jonas Friis (9.a) og Ida Lauritsen (8.b),"
        " elevrådsrepræsentanter. Tove Lind, medarbejderrepræsentant.\n\n"
        "## 1. Meddelelser\n\nIntet.\n"
    )
    assert [(p.name, p.title) for p in meeting.attendees] == [
        ("Mette Kragh", "formand"),
        ("Sanne Overgaard", None),
        ("Jonas Friis", "elevrådsrepræsentant"),
        ("Ida Lauritsen", "elevrådsrepræsentant"),
        ("Tove Lind", "medarbejderrepræsentant"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Afbud fra Birgitte Holm; Thomas Kjær ledede mødet indtil dirigenten var valgt.",
        "Til stede var 17 andelshavere. Afbud fra Birgitte Holm; Thomas Kjær ledede mødet.",
    ],
)
def test_a_clause_after_a_semicolon_is_no_entry_of_the_list(text: str) -> None:
    """ "Afbud fra Birgitte Holm; Thomas Kjær ledede mødet ...": the semicolon opens a clause
    of what another did; it is neither a label's colon nor a list's separator."""
    meeting = referat.parse(
        f"# Referat\n\nDato: 4. marts 2025\n\n{text}\n\n## 1. Meddelelser\n\nIntet.\n"
    )
    assert [p.name for p in meeting.absentees] == ["Birgitte Holm"]


@pytest.mark.parametrize(
    "label", ["Deltog under punkt 14/2025", "Deltog under pkt. 35/2025", "Gæst under sag 7/2024"]
)
def test_a_guest_label_naming_an_item_of_the_year(label: str) -> None:
    """An item numbered as a case of the year ("14/2025") in a guest's label."""
    meeting = referat.parse(
        f"# Referat\n\nDato: 4. marts 2025\n\n**{label}:** Arkitekt Sofie Lind, Lind & Krog"
        " Arkitekter\n\n## 14/2025 Byggesag\n\nGodkendt.\n"
    )
    assert [(p.name, p.organisation) for p in meeting.guests] == [
        ("Sofie Lind", "Lind & Krog Arkitekter")
    ]


@pytest.mark.parametrize("gap", [", ", ". "])
def test_the_minute_taker_named_inside_a_list_line(gap: str) -> None:
    """ "Fra forvaltningen: Børne- og skolechef Rikke Holmgaard, Ref.: Annette Poulsen": the
    staff member, then the minute-taker by her label (she had been lost, or taken for the list's
    only entry)."""
    meeting = referat.parse(
        "# Referat\n\nDato: 4. marts 2025\n\nTilstede: Ole Bak, Kim Dal\nFra forvaltningen:"
        f" Børne- og skolechef Rikke Holmgaard{gap}Ref.: Annette Poulsen\n\n"
        "## 1. Meddelelser\n\nIntet.\n"
    )
    assert ("Rikke Holmgaard", "Børne- og skolechef") in [
        (p.name, p.title) for p in meeting.attendees
    ]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Annette Poulsen"


def test_others_present_label_names_guests() -> None:
    """ "Øvrige fremmødte:" names the staff who attended beside the members: guests."""
    meeting = referat.parse(
        "# Referat\n\nDato: 4. marts 2025\n\nTil stede: Ole Bak, Kim Dal\n\n"
        "Øvrige fremmødte: Ulla Kirkegaard, kommunaldirektør; Erik Sand, plan- og udviklingschef"
        "\n\n## 1. Meddelelser\n\nIntet.\n"
    )
    assert [(p.name, p.title) for p in meeting.guests] == [
        ("Ulla Kirkegaard", "kommunaldirektør"),
        ("Erik Sand", "plan- og udviklingschef"),
    ]


def test_a_sentences_opening_before_people_is_no_group() -> None:
    """ "Bestyrelsen var fuldtallig: Niels Bonde (formand), ..." under "Fremmødte: ...": the
    words before the colon open a sentence (a verb), they name no group or organisation."""
    m = referat.parse(
        "# Generalforsamling\n\nDato: 3. april 2025\n\nFremmødte: 47 andelshavere.\n"
        "Bestyrelsen var fuldtallig: Niels Bonde (formand), Grethe Lassen (kasserer), Jørn Amdi.\n"
        "\n## 1. Valg af dirigent\n\nAksel Thorup blev valgt.\n"
    )
    board = [p for p in m.attendees if p.name in ("Niels Bonde", "Grethe Lassen", "Jørn Amdi")]
    assert len(board) == 3
    assert all(p.organisation is None and p.group is None for p in board)


def test_a_substitute_label_saying_for_whom() -> None:
    """ "**Stedfortræder:** For Kim Sejer deltog Ib Mortensen, suppleant, 3F": the one who
    came is the attendee, not "For Kim Sejer"."""
    m = referat.parse(
        "# Referat\n\nDato: 3. april 2025\n\n**Til stede:** Anne Holm, Bo Lind\n\n"
        "**Afbud:** Kim Sejer, 3F\n\n"
        "**Stedfortræder:** For Kim Sejer deltog Ib Mortensen, suppleant, 3F\n\n"
        "## 1. Godkendelse\n\nGodkendt.\n"
    )
    names = [p.name for p in m.attendees]
    assert "Ib Mortensen" in names
    assert not any(n.startswith("For ") for n in names)


def test_a_files_name_is_no_person() -> None:
    """A page's table of attachments ("| OS2iot_budget_2025_v3.xlsx | 48 kB | Mette Lykke |")
    lists files: a file's name is no one's."""
    from referat._people import parse_person

    assert parse_person("OS2iot_budget_2025_v3.xlsx") is None
    assert parse_person("Release-1.8-status.pptx") is None
    assert parse_person("Mette Lykke") is not None
