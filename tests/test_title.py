"""Title and organisation of documents whose first lines are plain text (no headings)."""

from __future__ import annotations

from pathlib import Path

import pytest

import referat

CASES = Path(__file__).parent / "fixtures" / "cases"


def test_an_organisation_line_above_the_title_line() -> None:
    meeting = referat.parse((CASES / "organisation-above-title" / "input.md").read_bytes())
    assert meeting.title is not None
    assert meeting.title.startswith("Referat af bestyrelsesmøde")
    assert meeting.organisation == "Grundejerforeningen Lyngbakken"


def test_a_labelled_title_beats_the_first_plain_line() -> None:
    meeting = referat.parse((CASES / "email-minutes" / "input.md").read_bytes())
    assert meeting.title == "Referat fra bestyrelsesmøde 30/1"


@pytest.mark.parametrize(
    ("letterhead", "organisation"),
    [
        ("REGION SJÆLLAND", "Region Sjælland"),
        ("ÆLDRERÅDET I VIBORG KOMMUNE", "Viborg Kommune"),  # the body is Ældrerådet
        ("Teknik- og Miljøudvalget", None),  # a body, not an organisation
        ("Skolebestyrelsen, Vestre Skole", "Vestre Skole"),
        ("Boligforeningen Vesterhøj, afdeling 14", "Boligforeningen Vesterhøj, afdeling 14"),
        ("KL", "KL"),
        ("Side 1 af 4", None),  # page furniture, not a letterhead
        ("12. marts 2024", None),
    ],
)  # fmt: skip
def test_a_letterhead_above_a_heading_title(letterhead: str, organisation: str | None) -> None:
    text = f"{letterhead}\n\n# Referat af bestyrelsesmøde\n\nDato: 3. april 2024\n\n"
    meeting = referat.parse(text + "## 1. Regnskab\n\nGodkendt.\n")
    assert meeting.title == "Referat af bestyrelsesmøde"
    assert meeting.organisation == organisation


@pytest.mark.parametrize(
    "title",
    [
        "Referat af generalforsamling i Odense Fotoklub den 15. marts 2025",
        "Referat af generalforsamling i Odense Fotoklub 2025",
        "Referat af generalforsamling i Odense Fotoklub (OFK)",
    ],
)
def test_organisation_in_a_title_with_a_tail(title: str) -> None:
    meeting = referat.parse(f"# {title}\n\n## 1. Regnskab\n\nGodkendt.\n")
    assert meeting.organisation == "Odense Fotoklub"


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("Skolebestyrelsesmøde på Vestskolen", "Vestskolen"),
        ("Skolebestyrelsesmøde ved Hårby Skole", "Hårby Skole"),
        ("Skolebestyrelsens møde på Egebjerg Skole", "Egebjerg Skole"),
        ("Skolebestyrelsesmøde på Rådhuset", None),  # a room, no school
        ("Bestyrelsesmøde i Grundejerforeningen Sol", "Grundejerforeningen Sol"),
    ],
)
def test_a_school_board_meets_at_its_school(title: str, organisation: str | None) -> None:
    meeting = referat.parse(f"# {title}\n\nDato: 1. maj 2025\n\n## 1. Regnskab\nGodkendt.\n")
    assert meeting.organisation == organisation


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("Jagtlauget Hedebo indkalder hermed til generalforsamling", "Jagtlauget Hedebo"),
        (
            "Grundejerforeningen Sol indkalder til ordinær generalforsamling",
            "Grundejerforeningen Sol",
        ),
        ("Bestyrelsen indkalder hermed til generalforsamling", None),  # the body, not its own
        ("Jens Hansen indkalder til møde", None),  # a person
    ],
)
def test_the_organisation_calling_the_meeting(line: str, organisation: str | None) -> None:
    text = f"Indkaldelse\n\n{line} den 19. marts 2025 kl. 19.00.\n\nDagsorden:\n1. Valg\n2. Evt.\n"
    assert referat.parse(text).organisation == organisation


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("Møde i Forældrerådet, Mariehøj Børnehus", "Mariehøj Børnehus"),
        ("Skolebestyrelsen, Vestbyskolen", "Vestbyskolen"),
        ("Bestyrelsesmøde, Grundejerforeningen Sol", "Grundejerforeningen Sol"),
        ("Referat af bestyrelsesmøde, tirsdag den 5. marts 2025", None),
        ("Referat, Anne Hansen", None),  # a person
        ("Dagsorden, Økonomiudvalget", None),  # the body
        # a name holding a comma: not its last part ("Landbrug og Fiskeri"); alone at the top
        # of the document it is the organisation, whole
        (
            "Ministeriet for Fødevarer, Landbrug og Fiskeri",
            "Ministeriet for Fødevarer, Landbrug og Fiskeri",
        ),
    ],
)
def test_an_organisation_after_the_titles_last_comma(title: str, organisation: str | None) -> None:
    meeting = referat.parse(f"# {title}\n\nDato: 1. maj 2025\n\n## 1. Regnskab\nGodkendt.\n")
    assert meeting.organisation == organisation


@pytest.mark.parametrize(
    ("top", "body"),
    [
        ("**EGNSHUS VESTHIMMERLAND**\n\n# Bestyrelsen – beslutningsreferat", "Bestyrelsen"),
        ("EGNSHUS VESTHIMMERLAND\n\n## Bestyrelsen\n\n**Beslutningsprotokol** · 3. møde",
         "Bestyrelsen"),
        ("# Venstre i Vesthimmerland\n\n**Bestyrelsen**\n\nReferat af møde", "Bestyrelsen"),
        # a label over the members, and the board at a general assembly: not the body (the
        # assembly is)
        ("# Referat\n\n**Bestyrelsen:**\n\n- Ole Dal\n- Bo Ring", None),
        ("# Referat af ordinær generalforsamling\n\n## Bestyrelsen", "Generalforsamling"),
    ],
)  # fmt: skip
def test_a_board_named_alone_on_a_header_line_is_the_body(top: str, body: str | None) -> None:
    meeting = referat.parse(f"{top}\n\nDato: 5. marts 2024\n\n## 1. Regnskab\n\nGodkendt.\n")
    assert meeting.body == body


@pytest.mark.parametrize("sign_off", ["/Ulla", "/ Ulla Maj", "/Ulla (referent)"])
def test_a_sign_off_over_the_title_is_no_organisation(sign_off: str) -> None:
    """ "/Ulla" over the minutes she mailed: her sign-off, no letterhead."""
    meeting = referat.parse(
        f"{sign_off}\n\n"
        "# Referat af bestyrelsesmøde lørdag d. 2. maj 2009\n\n"
        "Deltagere: Erik Thorsø, Grethe Vind\n\nad 1 - Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert meeting.organisation is None


@pytest.mark.parametrize(
    "top", ["Bestyrelsesmøde maj", "Konstituerende møde", "Ordinær generalforsamling"]
)
def test_a_line_naming_a_meeting_is_no_letterhead(top: str) -> None:
    """A page's own title over the minutes' title ("Bestyrelsesmøde maj" over "**Bestyrelsesmøde
    i Kildebjerg Træ ApS**", OneNote) names a meeting, no organisation."""
    meeting = referat.parse(
        f"{top}\n\ntirsdag 13. maj 2014\n\n**Referat af bestyrelsesmøde**\n\n"
        "Bestyrelsen: Poul Kildebjerg (formand), Jørgen Vase\n\n**Ad 1 Godkendelse**\n\nOK\n"
    )
    assert meeting.organisation is None


def test_an_assemblys_association_broken_over_two_lines() -> None:
    """ "... generalforsamling i Gjer-" over "lev Gymnastik- og Idrætsforening torsdag ...": a
    word a PDF broke over the lines is whole again."""
    meeting = referat.parse(
        "# Generalforsamling 2003\n\nReferat af ordinær generalforsamling i Gjer-\n"
        "lev Gymnastik- og Idrætsforening torsdag\nden 27. februar 2003 kl. 19.30.\n\n"
        "**1. Valg af dirigent.** Finn Østergaard blev valgt.\n"
    )
    assert meeting.organisation == "Gjerlev Gymnastik- og Idrætsforening"


def test_the_agendas_items_named_in_minutes_make_no_agenda() -> None:
    """ "Dagsordenens punkter blev behandlet således:" over the items: minutes that name the
    agenda's parts, no agenda (``dagsordenens``, a genitive, names another document)."""
    meeting = referat.parse(
        "**Forløb af ordinær generalforsamling**\n\nGeneralforsamlingen blev afholdt onsdag den "
        "27. april 2011 kl. 15.00.\n\nDagsordenens punkter blev behandlet således:\n\n"
        "**1 |** Godkendelse af årsrapport 2010\n— Årsrapporten blev godkendt.\n\n"
        "**2 |** Eventuelt\n— Ingen indlæg.\n"
    )
    assert meeting.document_kind is not None
    assert meeting.document_kind.value == "referat"
    assert meeting.agenda[0].decision is not None
    assert meeting.agenda[0].decision.outcome.value == "approved"


def test_a_breadcrumb_from_the_home_page_names_no_organisation() -> None:
    meeting = referat.parse(
        "Du er her: Forside › Menighedsrådet › Referater › 2023\n\n"
        "## Referat af menighedsrådsmøde 7. juni 2023\n\n## 1. Godkendelse\n\nGodkendt.\n"
    )
    assert meeting.organisation != "Du er her: Forside"
    assert meeting.organisation is None or "Forside" not in meeting.organisation
