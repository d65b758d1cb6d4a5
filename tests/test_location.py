"""Places split into name, street, postcode and town (``_header.parse_location``)."""

from __future__ import annotations

import pytest

import referat
from referat._header import parse_location, postal_code_and_town
from referat.models import Span

SPAN = Span(start_line=1, end_line=1)


@pytest.mark.parametrize(
    ("written", "name", "street", "postal_code", "city"),
    [
        ("Dansk Skaldyrscenter, Øroddevej 80, 7900 Nykøbing Mors",
         "Dansk Skaldyrscenter", "Øroddevej 80", "7900", "Nykøbing Mors"),
        # a numbered room is a name, not a street and number
        ("Mødelokale 1, Frederiksgade 9, Haslev",
         "Mødelokale 1", "Frederiksgade 9", None, "Haslev"),
        ("Udvalgsværelse 1", "Udvalgsværelse 1", None, None, None),
        # a room written after the building or the town is no part of the name (`written` has it)
        ("Aalborg Universitet, Fredrik Bajers Vej 7K, 9220 Aalborg Ø – mødelokale 4.117 (hybrid)",
         "Aalborg Universitet", "Fredrik Bajers Vej 7K", "9220", "Aalborg Ø"),
        ("Torvet 1, 7100 Vejle – Byrådssalen", "Byrådssalen", "Torvet 1", "7100", "Vejle"),
        # a building with its number is part of the name, not a street
        ("Mødelokale 2.14, Bygning 1530, Langelandsgade 140, 8000 Aarhus C",
         "Mødelokale 2.14, Bygning 1530", "Langelandsgade 140", "8000", "Aarhus C"),
        ("Mødelokale 3, Rådhuset, Torvet 1, 7500 Holstebro",
         "Rådhuset", "Torvet 1", "7500", "Holstebro"),
        ("Lokale 2.14, Campusvej 55, 5230 Odense M",
         "Lokale 2.14", "Campusvej 55", "5230", "Odense M"),
        # every part before the address names the place: room, building, site
        ("Klubhuset, Ry Stadion, Skanderborgvej 40, 8680 Ry",
         "Klubhuset, Ry Stadion", "Skanderborgvej 40", "8680", "Ry"),
        ("Regionshuset, mødelokale F2", "Regionshuset", None, None, None),
        ("Fjordstrup Rådhus, byrådssalen", "Fjordstrup Rådhus", None, None, None),
        ("Hovedbiblioteket, mødelokalet på 1. sal, Kirkegade 2, 6700 Esbjerg",
         "Hovedbiblioteket", "Kirkegade 2", "6700", "Esbjerg"),
        ("Sønderå Kulturhus, Salen", "Sønderå Kulturhus", None, None, None),
        # a room written first, then its building: the building is the place
        ("Byrådssalen, Rådhuset", "Rådhuset", None, None, None),
        ("byrådssalen på Hjortsø Rådhus", "Hjortsø Rådhus", None, None, None),
        # a canteen, a café or an assembly hall is a room too, also after "i" ("Ågerup Skole i
        # skolens aula")
        ("Strandengshallen, cafeteriet", "Strandengshallen", None, None, None),
        ("Fjordskolen, kantinen", "Fjordskolen", None, None, None),
        ("Ågerup Skole i skolens aula, Skolevej 3, 4000 Roskilde", "Ågerup Skole", "Skolevej 3",
         "4000", "Roskilde"),
        ("Aulaen på Fjordskolen", "Fjordskolen", None, None, None),
        ("Kantinen", "Kantinen", None, None, None),
        ("Kulturhuset i Ry", "Kulturhuset i Ry", None, None, None),
        # a room with its owner's genitive, a room "hos" its house
        ("arkivets lokaler i Den gamle Skole", "Den gamle Skole", None, None, None),
        ("baglokalet hos Kragholm Boghandel", "Kragholm Boghandel", None, None, None),
        # a numbered building is no place's name alone; a floor is none at all
        ("Bygning 101, mødelokale S09, Anker Engelunds Vej 1, 2800 Kgs. Lyngby",
         "Bygning 101, mødelokale S09", "Anker Engelunds Vej 1", "2800", "Kgs. Lyngby"),
        ("Mødelokale Fyrtårnet, 3. sal, Havnegade 22, 5300 Kølby",
         "Mødelokale Fyrtårnet", "Havnegade 22", "5300", "Kølby"),
        ("Virtuelt møde / Teams", "Virtuelt møde / Teams", None, None, None),
        ("Fælleslokalet, Solgårdsvej 12 kld., 2500 Valby",
         "Fælleslokalet", "Solgårdsvej 12 kld.", "2500", "Valby"),
        ("Beboerhuset, Parkvej 4, 1. sal", "Beboerhuset", "Parkvej 4", None, None),
        # a floor after the street is never the place's name
        ("Vestergade 12, 1. sal, 8000 Aarhus C", None, "Vestergade 12", "8000", "Aarhus C"),
        ("Parkvej 4, st. tv., 2500 Valby", None, "Parkvej 4", "2500", "Valby"),
        # a room written after the address is no part of the name either
        ("Ballerup Rådhus, Hold-an Vej 7, 2750 Ballerup, lokale B1.12",
         "Ballerup Rådhus", "Hold-an Vej 7", "2750", "Ballerup"),
    ],
)  # fmt: skip
def test_location_parts(
    written: str, name: str, street: str | None, postal_code: str | None, city: str | None
) -> None:
    loc = parse_location(written, SPAN)
    assert (loc.name, loc.street, loc.postal_code, loc.city) == (name, street, postal_code, city)
    assert loc.written == written


def test_a_street_without_postcode_takes_the_letterheads() -> None:
    meeting = referat.parse(
        "NØRRE TVEDE VANDVÆRK\nKildevej 3, Nørre Tvede · 4171 Glumsø · CVR 18 44 27 63\n\n"
        "# Referat af bestyrelsesmøde\n\nTirsdag den 11. februar 2025 kl. 19.00 i vandværkets "
        "mødelokale, Kildevej 3\n\n## 1. Regnskab\n\nGodkendt.\n"
    )
    loc = meeting.location
    assert loc is not None
    assert (loc.street, loc.postal_code, loc.city) == ("Kildevej 3", "4171", "Glumsø")


def test_a_letterheads_contact_line_is_not_the_meetings_place() -> None:
    """The organisation's address with its web site under the letterhead, and the meeting's
    place on a line of its own further down: the meeting was there."""
    meeting = referat.parse(
        "Hedegaard Vandværk a.m.b.a.\nHedegaardvej 40 · 7330 Brande · www.hedegaard-vand.dk\n\n"
        "**REFERAT**\n\n**Ordinær generalforsamling tirsdag den 17. april 2012 kl. 19.00**\n\n"
        "**Hedegaard Forsamlingshus, Skolebakken 12, 7330 Brande**\n\nDer var mødt 23"
        " andelshavere.\n\n**Dagsorden**\n\n1. Valg af dirigent\n2. Beretning\n\n"
        "**Ad 1. Valg af dirigent**\n\nGodkendt.\n"
    )
    loc = meeting.location
    assert loc is not None
    assert (loc.name, loc.street, loc.postal_code, loc.city) == (
        "Hedegaard Forsamlingshus",
        "Skolebakken 12",
        "7330",
        "Brande",
    )


def test_a_site_footer_with_its_address_is_no_part_of_the_last_item() -> None:
    meeting = referat.parse(
        "# Referat af bestyrelsesmøde\n\nDato: 3. maj 2024\n\n## 1. Eventuelt\n\nIntet.\n\n"
        "/Birgitte\n\nA/B Solhøjen · Solhøjvej 2 · 8200 Aarhus N · www.ab-solhoejen.dk\n"
    )
    # the footer is the page's furniture, so the signature over it closes the minutes: the
    # minute-taker's, no text of the item
    assert meeting.agenda[-1].sections[-1].text == "Intet."
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Birgitte"
    assert meeting.location is None


def test_a_pin_before_the_place_is_no_part_of_it() -> None:
    loc = parse_location("📍 Ungdomshuset Remisen, Stationsvej 5, 6880 Hedeby", SPAN)
    assert (loc.name, loc.street, loc.postal_code) == (
        "Ungdomshuset Remisen",
        "Stationsvej 5",
        "6880",
    )
    assert loc.written == "Ungdomshuset Remisen, Stationsvej 5, 6880 Hedeby"


@pytest.mark.parametrize(
    ("written", "name", "street"),
    [
        ("Mødet blev holdt på værkets kontor", "værkets kontor", None),
        ("Mødet blev afholdt i rytterstuen, Skovlystvej 2", "rytterstuen", "Skovlystvej 2"),
        ("Mødet afholdes hos Karin, Birkevej 7", "hos Karin", "Birkevej 7"),
    ],
)
def test_place_in_a_sentence(written: str, name: str, street: str | None) -> None:
    """ "Mødet blev holdt på ...": the place without the sentence's words."""
    loc = parse_location(written, SPAN)
    assert (loc.name, loc.street) == (name, street)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Tirsdag den 9. april 2024 kl. 19.00 i konfirmandstuen", "konfirmandstuen"),
        ("Mødet holdes 4. maj 2024 kl. 17 på biblioteket", "biblioteket"),
        ("Torsdag den 7. marts 2024 kl. 17.30 i Klubhuset", "Klubhuset"),
        ("Mandag den 3. juni 2024 kl. 19 i alt 2 timer", None),
        # a room in small letters, then the place ("i aften, ..." is a time, no room)
        ("Onsdag den 12. juni 2024 kl. 19.00 i cafeteriet, Vestbyhallen, Holstebro",
         "Vestbyhallen, Holstebro"),
        ("Onsdag den 12. juni 2024 kl. 19.00 i aften, Mødet sluttede kl. 21", None),
        ("Tirsdag d. 3. oktober 2023 kl. 19.00 hos formanden, Kildebakken 27", "hos formanden"),
        ("Mandag den 4. marts 2024 kl. 19 hos Bente, Mosevej 4", "hos Bente"),
        ("Sted og tid: Klubhuset, 5. marts 2024 kl. 19.30", "Klubhuset"),
        ("Tid og sted: 5. marts 2024 kl. 19.30, Klubhuset", "Klubhuset"),
        # the place ends with its sentence
        ("Afholdt 14. april 2024 kl. 14 i foreningshuset. Der var 31 fremmødte.",
         "foreningshuset"),
        # bare hours after "fra"/"mellem" are the time, not part of the place
        ("Mødet afholdes 14. maj 2024 mellem 9 og 11 i mødelokale Sal A.", "mødelokale Sal A"),
        ("Tirsdag den 12. marts 2024 fra 19-21 hos Lene, Birkevej 4", "hos Lene"),
        # a line cut by bars with a date and a time is the meeting's, no web navigation
        ("12.03.2024 | 16:00-18:00 | Rådhuset", "Rådhuset"),
        # a genitive before a lower-case place word
        ("Afholdt den 14. maj 2024 kl. 19.00 i foreningens fælleslokale",
         "foreningens fælleslokale"),
        ("Tirsdag den 22. april 2025 kl. 19.00 i skolens gymnastiksal, Kærbyvej 14, 6971 Spjald",
         "skolens gymnastiksal"),  # a hall ("-sal", "-hal") is a place word too
        ("Lørdag den 5. april 2025 kl. 10 i idrætshal", "idrætshal"),
        ("7. Marts 2019 – Klubhuset kl. 19.00", "Klubhuset"),  # after a dash, before the time
        # a hard wrap after "kl.": the hour opens the next line
        ("Generalforsamling lørdag den 1. marts 2025 kl.\n14.00 i skyttehuset, Skovvej 21, "
         "7400 Herning.", "skyttehuset"),
        # a PDF's header line: the place right after the time
        ("Skolebestyrelsen 12.03.2025 Kl. 17.00 – 19.00 Mødelokale 1", "Mødelokale 1"),
        # the body's name, then where it was held and when it began
        ("Lyngså Sogns Menighedsråd. Mødet blev holdt i konfirmandstuen i Præstegården, Kirkevej"
         " 3, og begyndte kl. 19.00.", "Præstegården"),
        # an address block under the date: its "i" is no part of the name
        ("Onsdag den 24. april 2024 kl. 19.00\n\ni fælleslokalet, Solvej 12, 5000 Odense C.",
         "fælleslokalet"),
    ],
)  # fmt: skip
def test_place_after_the_date_line(line: str, name: str | None) -> None:
    meeting = referat.parse(
        f"# Referat af bestyrelsesmøde\n\n{line}\n\n## 1. Regnskab\n\nGodkendt.\n"
    )
    assert (meeting.location.name if meeting.location else None) == name


@pytest.mark.parametrize(
    ("value", "name", "start", "end"),
    [
        ("Sognehuset kl. 19.00", "Sognehuset", "19:00", None),
        ("kl. 19.00 i Sognehuset", "Sognehuset", "19:00", None),
        ("Klubhuset, kl. 19-21", "Klubhuset", "19:00", "21:00"),
        ("Sognehuset (kl. 19.00)", "Sognehuset", "19:00", None),
        ("Sognehuset kl. 19 (nyt lokale)", "Sognehuset (nyt lokale)", "19:00", None),
        ("Lokale 1.12, Rådhuset kl. 17:00-19:00", "Rådhuset", "17:00", "19:00"),
        ("Lokale 2.14, Rådhuset", "Rådhuset", None, None),
    ],
)  # fmt: skip
def test_time_in_a_place_field(value: str, name: str, start: str | None, end: str | None) -> None:
    meeting = referat.parse(
        f"# Referat af bestyrelsesmøde\n\nDato: 4. april 2024\nSted: {value}\n\n"
        "## 1. Regnskab\n\nGodkendt.\n"
    )
    assert meeting.location is not None
    assert meeting.location.name == name
    assert (meeting.start_time, meeting.end_time) == (start, end)


@pytest.mark.parametrize(
    ("written", "virtual"),
    [
        ("Google Meet", True),
        ("Webex", True),
        ("Microsoft Teams (link i invitationen)", True),
        ("Sognegården", False),
    ],
)
def test_virtual_places(written: str, virtual: bool) -> None:
    assert parse_location(written, SPAN).virtual is virtual


def test_virtual_meeting_named_as_written() -> None:
    """A line naming only an online meeting ("Teams-møde") gives its service as written."""
    m = referat.parse(
        "Dagsorden\n\nVækstforum\n12/3-2024 kl. 13:00-15:30\nTeams-møde\n\n"
        "1. Velkomst\n2. Eventuelt\n"
    )
    assert m.location is not None
    assert (m.location.name, m.location.virtual) == ("Teams", True)


def test_address_field_beside_the_place_field() -> None:
    m = referat.parse(
        "# Referat\n\nMødedato:    12. marts 2025          Mødested:   Mødelokale 3, Rådhuset\n"
        "Mødetidspunkt: Kl. 16:00 - 18:15      Adresse:    Torvegade 4, 7480 Lyngsø\n\n"
        "## 1. Sag\n\nGodkendt.\n"
    )
    assert m.location is not None
    assert (m.location.name, m.location.street, m.location.postal_code, m.location.city) == (
        "Rådhuset",
        "Torvegade 4",
        "7480",
        "Lyngsø",
    )


@pytest.mark.parametrize(
    ("block", "name"),
    [
        (
            "## Sted:\n    Medborgerhuset Lyshøj\n    Mødelokale 3 (1. sal)\n    Skovvangen 12\n"
            "    6000 Kolding\n",
            "Medborgerhuset Lyshøj",
        ),
        (
            "Mødet blev holdt i bestyrelseslokalet på selskabets\nadresse, Skovvangen 12, 6000"
            " Kolding.\n",
            "bestyrelseslokalet på selskabets adresse",
        ),
    ],
)
def test_an_address_goes_on_under_the_place(block: str, name: str) -> None:
    """The lines right under a place without an address (a room, then the street and the
    postal code; a sentence broken over two lines) are its address."""
    m = referat.parse(f"# Referat 24. marts 2022\n\n{block}\n## 1. Sag\n\nGodkendt.\n")
    assert m.location is not None
    assert (m.location.name, m.location.street, m.location.postal_code, m.location.city) == (
        name,
        "Skovvangen 12",
        "6000",
        "Kolding",
    )


def test_a_place_line_under_the_date_beats_a_web_pages_footer_address() -> None:
    meeting = referat.parse(
        "# Børne- og Ungeudvalget\n\n## Referat\n\nTirsdag 8. oktober 2024 kl. 15:30\n\n"
        "Udvalgsværelse 1, Rådhuset\n\n### 1. Godkendelse af dagsorden\n\nGodkendt.\n\n---\n\n"
        "**Lemvig Kommune**\nRådhusgade 2\n7620 Lemvig\nTlf. 96 63 11 00\n"
    )
    assert meeting.location is not None
    assert meeting.location.name == "Rådhuset"


def test_a_place_at_a_company_drops_hos_and_at_a_persons_home_keeps_it() -> None:
    company = referat.parse(
        "# Referat\n\nDato: 2. oktober 2024\nSted: hos Aars Maskinfabrik A/S, Industrivej 11,"
        " 9600 Aars\n\n## 1. Velkomst\n\nGodkendt.\n"
    )
    assert company.location is not None
    assert company.location.name == "Aars Maskinfabrik A/S"
    home = referat.parse(
        "# Referat\n\nDato: 2. oktober 2024\nSted: hos Karen, Birkevej 7, 8600 Silkeborg\n\n"
        "## 1. Velkomst\n\nGodkendt.\n"
    )
    assert home.location is not None
    assert home.location.name == "hos Karen"


def test_a_row_of_site_menu_words_is_no_organisation() -> None:
    meeting = referat.parse(
        "Spring til indhold\n\nFavrskov Kommune\nMenu   Søg   Selvbetjening\n\n"
        "# Teknik- og Miljøudvalget\n\n## Referat\n\nDato: 8. april 2025\n\n"
        "### 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert meeting.organisation == "Favrskov Kommune"


@pytest.mark.parametrize(
    ("place", "virtual", "hybrid"),
    [
        ("Mødelokale 3.07, KL-huset, 2300 København S (Birgitte deltog via Teams)", False, False),
        (
            "Mødelokale Kattegat, 8700 Horsens (der var mulighed for at deltage via Teams)",
            True,
            True,
        ),
        ("Teams", True, False),
    ],
)
def test_one_person_joining_online_makes_no_meeting_virtual(
    place: str, virtual: bool, hybrid: bool
) -> None:
    meeting = referat.parse(f"# Referat\n\nDato: 3. december 2026\n\nSted: {place}\n")
    assert meeting.location is not None
    assert (meeting.location.virtual, meeting.location.hybrid) == (virtual, hybrid)


def test_a_line_saying_where_the_meeting_was_held_after_the_bodys_name() -> None:
    meeting = referat.parse(
        "Referat af Menighedsrådsmøde d. 12. april 2023 kl. 19.00\n\n"
        "Sønderby Menighedsråd – mødet blev holdt i konfirmandstuen, Præstegården, "
        "Kirkebakken 3.\n\n1. Godkendelse af dagsorden\n\nGodkendt\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert meeting.location is not None
    assert (meeting.location.name, meeting.location.street) == (
        "Præstegården",
        "Kirkebakken 3",
    )


def test_a_place_labels_street_and_postcode_on_lines_of_their_own_in_a_block() -> None:
    meeting = referat.parse(
        "# Ekstraordinær generalforsamling\n\n## Generalforsamlingen afholdes\n"
        "    Tirsdag d. 18. november 2025 kl 19:30.\n\n"
        "## Sted (vi har lånt et lokale, der er kaffe på kanden):\n"
        "    Dalum Kulturhus, lokale 4\n    Dalumvej 90\n    5250 Odense SV\n\n"
        "## Dagsorden\n\n    1) Valg af dirigent.\n    2) Eventuelt.\n"
    )
    assert meeting.location is not None
    assert (meeting.location.street, meeting.location.postal_code, meeting.location.city) == (
        "Dalumvej 90",
        "5250",
        "Odense SV",
    )


@pytest.mark.parametrize(
    ("written", "name", "city", "virtual"),
    [
        # the sentence after the town is no part of it, but it can say the meeting was online
        ("Mødelokale Skovsøen, Rådhuspladsen 4, 3370 Østerlund. Mødet blev afholdt hybridt, så"
         " medlemmer kunne deltage via Teams.", "Mødelokale Skovsøen", "Østerlund", True),
        ("Dokk1, Hack Kampmanns Plads 2, 8000 Aarhus C. Der var 31 fremmødte.",
         "Dokk1", "Aarhus C", False),
        ("Sønderfjord Roklubs klubhus, Fjordvej 31, 6100 Haderslev. Pga.",
         "Sønderfjord Roklubs klubhus", "Haderslev", False),
        # a sentence after a place without a postcode ends it too, and may say who was online
        ("Rådhuset, lokale B. Faxe og Vordingborg deltog via Lync.", "Rådhuset", None,
         True),
        # a name, then a verb: the chair's welcome after the place
        ("Vester Tørslev Forsamlingshus. Formanden Aage Christiansen bød velkommen.",
         "Vester Tørslev Forsamlingshus", None, False),
        # an abbreviation inside the place's name is no sentence's end
        ("Kulturhuset Skt. Jørgens Gård ved Kolding", "Kulturhuset Skt. Jørgens Gård ved Kolding",
         None, False),
        # the day and hour a sentence starts with are no part of the place after them
        ("tirsdag 14/9-2021 kl. 19:30 i mødelokale 2.3 på Dokk1, Hack Kampmanns Plads 2, 8000"
         " Aarhus C", "Dokk1", "Aarhus C", False),
    ],
)  # fmt: skip
def test_a_place_ends_with_its_town(
    written: str, name: str, city: str | None, virtual: bool
) -> None:
    location = parse_location(written, SPAN)
    assert (location.name, location.city, location.virtual) == (name, city, virtual)


def test_a_page_edited_stamp_is_not_the_meeting_date() -> None:
    meeting = referat.parse(
        "*Denne side blev sidst redigeret 17. sep 2021 kl. 22:41 af mfriis.*\n\n"
        "## Referat: Generalforsamling i Aarhus Linux Brugergruppe 2021\n\n"
        "Generalforsamlingen blev afholdt tirsdag 14/9-2021 kl. 19:30 på Dokk1.\n\n"
        "1. Valg af dirigent\n\nMads blev valgt.\n"
    )
    assert (str(meeting.date), meeting.start_time) == ("2021-09-14", "19:30")


@pytest.mark.parametrize(
    ("header", "virtual", "hybrid"),
    [
        ("Sted: Nørrebakke Skole, Skolevej 40, 6000 Kolding\n\nMødet blev afholdt som hybridmøde."
         " Jesper Aagaard deltog via Teams.", True, True),
        ("Sted: Remisen, Sporvej 3, 7400 Vindholm\n\nGeneralforsamlingen afholdes hybridt.",
         True, True),
        ("Sted: Byrådssalen, Havnevej 7, 5970 Fanholm\n\nMødet var et hybridmøde.", True, True),
        ("| | |\n|---|---|\n| Sted | Rådhuset, Torvegade 2, 4690 Haslev |\n| Online | Det er"
         " muligt at deltage via Microsoft Teams |", True, True),
        # (a proposal to let members take part by video is no online meeting)
        ("Sted: Medborgerhuset, Mejerivej 3, 6430 Nordborg\n\nBestyrelsen ønsker, at medlemmer"
         " kan deltage og stemme via video.", False, False),
        # a label naming the online room beside a place with an address: both at once
        ("Sted: Odense Makerspace, Østre Stationsvej 20, 5000 Odense C\n"
         "Online: mumble.flug.dk, kanal GF", True, True),
        # with no place named, the sentence is the place
        ("Mødet blev holdt online.", True, False),
        ("**tirsdag den 16. marts 2021 kl. 19.30**\n\nPå grund af forsamlingsforbuddet holdes"
         " generalforsamlingen **online via Zoom**. Link sendes i et nyt opslag på Aula et par"
         " dage før.", True, False),
        # a heading over how to take part online, under a place with an address
        ("Sted: Bakkensbro 6, 6400 Sønderborg\n\n## Online-deltagelse\n\nKontakt bestyrelsen.",
         True, True),
        # a meeting about online things is no online meeting
        ("Sted: Rådhuset, Torvet 1, 7100 Vejle\n\nMødet handlede om online-booking.", False, False),
    ],
)  # fmt: skip
def test_a_sentence_saying_the_meeting_was_held_online(
    header: str, virtual: bool, hybrid: bool
) -> None:
    meeting = referat.parse(
        f"# Referat\n\nDato: 3. maj 2024\n\n{header}\n\n## 1. Budget\n\nGodkendt.\n"
    )
    assert meeting.location is not None
    assert (meeting.location.virtual, meeting.location.hybrid) == (virtual, hybrid)


def test_a_dated_line_ending_in_a_preposition_has_its_place_on_the_next() -> None:
    meeting = referat.parse(
        "R E F E R A T\n\naf møde i Ældrerådet mandag den 25. maj 1998 kl. 14.00 på\n"
        "Plejecentret Birkely, Skolevej 40, Ellebæk.\n\n1. Budget\n\nGodkendt.\n"
    )
    assert meeting.location is not None
    assert (meeting.location.name, meeting.location.street, meeting.location.city) == (
        "Plejecentret Birkely",
        "Skolevej 40",
        "Ellebæk",
    )
    assert meeting.location.span == Span(start_line=3, end_line=4)


def test_a_typed_title_over_its_place_is_no_part_of_the_address() -> None:
    meeting = referat.parse(
        "                         R E F E R A T\n\n"
        "          af møde i Styregruppen for amtets IT-strategi 1998-2000\n\n"
        "          onsdag den 14. oktober 1998 kl. 14.00 - 16.15\n\n"
        "          i Amtsgården, lokale 112, Skovvej 10, 8600 Silkeborg\n\n"
        "Til stede: Jens Ole Brix\n\nAd 1. Budget\n\nGodkendt.\n"
    )
    assert meeting.location is not None
    assert (meeting.location.name, meeting.location.street, meeting.location.city) == (
        "Amtsgården",
        "Skovvej 10",
        "Silkeborg",
    )


def test_the_place_under_a_dated_line_beats_the_letterheads_address() -> None:
    meeting = referat.parse(
        "ERHVERVSFORENINGEN MIDTPUNKTET\nBirkevej 8 · 7400 Herning\n\n"
        "# Indkaldelse til ordinær generalforsamling\n\n**torsdag den 5. marts 2015 kl. 17.30**\n\n"
        "på Hotel Søparken, Søvej 2, 7400 Herning.\n\n1. Valg af dirigent\n2. Beretning\n"
    )
    assert meeting.location is not None
    assert (meeting.location.name, meeting.location.street) == ("Hotel Søparken", "Søvej 2")


@pytest.mark.parametrize(
    ("written", "name", "hybrid"),
    [
        ("Klubhuset og Microsoft Teams (hybridmøde)", "Klubhuset", True),
        ("Hybrid – Bymose Rådhus", "Bymose Rådhus", True),
        ("Mødelokale 3.12, Jobcentret / Teams", "Jobcentret", True),
        ("Lokale B2.07, Søndersø Universitet + Zoom", "Søndersø Universitet", True),
        (
            "Mødelokale Fjorden, Havnegade 14, 5792 Fjordby, samt virtuelt via Microsoft Teams",
            "Mødelokale Fjorden",
            True,
        ),
        # nothing but the service: it is the name
        ("Virtuelt møde / Teams", "Virtuelt møde / Teams", False),
        ("Online (Zoom)", "Online (Zoom)", False),
    ],
)
def test_the_online_service_beside_a_place_is_no_part_of_its_name(
    written: str, name: str, hybrid: bool
) -> None:
    loc = parse_location(written, SPAN)
    assert (loc.name, loc.virtual, loc.hybrid) == (name, True, hybrid)


@pytest.mark.parametrize("written", ["Grønbæk Forsamlingshus 🏡", "Grønbæk Forsamlingshus ⚓️"])
def test_a_picture_after_a_place_is_no_part_of_its_name(written: str) -> None:
    assert parse_location(written, SPAN).name == "Grønbæk Forsamlingshus"


@pytest.mark.parametrize(
    ("sentence", "hybrid"),
    [
        ("På grund af corona blev mødet afholdt online via Microsoft Teams.", False),
        ("På grund af forsamlingsforbuddet var generalforsamlingen hybrid.", True),
    ],
)
def test_a_meeting_mode_said_with_the_verb_first(sentence: str, hybrid: bool) -> None:
    """The mode in a later sentence of the line that dates the meeting, verb before subject."""
    meeting = referat.parse(
        "# Referat af bestyrelsesmøde\n\nBestyrelsen holdt møde tirsdag den 9. februar 2021 fra"
        f" kl. 19.00 til 20.15. {sentence}\n\n1. **Budget**\n   Godkendt.\n"
    )
    assert meeting.location is not None
    assert (meeting.location.virtual, meeting.location.hybrid) == (True, hybrid)


@pytest.mark.parametrize(
    "place",
    ["i udvalgsværelse 3, Hjortsø Rådhus", "i Hjortsø Rådhus, udvalgsværelse 3"],
)
def test_a_numbered_room_before_its_house_after_the_time(place: str) -> None:
    """The place after the time on the dated line, its room (lower case, numbered) first."""
    meeting = referat.parse(
        "Børne- og Ungeudvalget\n\nREFERAT\n\nOrdinært møde onsdag den 7. marts 2007 kl. 15.00 "
        f"{place}\n\nPkt. 12 Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert meeting.location is not None
    assert meeting.location.name == "Hjortsø Rådhus"


@pytest.mark.parametrize(
    ("line", "postal"),
    [
        ("Børne- og Ungeudvalget, 7. marts 2007                 Side 2", None),
        ("Rådhuspladsen 1, 4780 Kalvø", ("4780", "Kalvø")),
        ("Mødet 7. marts 2007, Rådhuspladsen 1, 4780 Kalvø", ("4780", "Kalvø")),
    ],
)
def test_a_dates_year_is_no_postal_code(line: str, postal: tuple[str, str] | None) -> None:
    """ "7. marts 2007 Side 2" (a PDF's running header) names no postal code "2007" and town."""
    assert postal_code_and_town(line) == postal
