"""Meeting times and places read from the header and from the line that closes the meeting."""

from __future__ import annotations

import datetime as dt

import pytest

import referat
from referat._identity import bare_organisation

MINUTES = """# Referat af bestyrelsesmøde

Dato: 5. marts 2024 kl. 19.00

## 1. Regnskab

Regnskabet blev godkendt.

## 2. Eventuelt

Intet.

{closing}
"""


@pytest.mark.parametrize(
    ("closing", "end_time"),
    [
        ("Mødet sluttede kl. 21.15.", "21:15"),
        ("Mødet sluttede 21.40.", "21:40"),
        # start and close in one line: the time after the closing word is the end
        ("Mødet startede kl. 19.05 og sluttede 21.40.", "21:40"),
        ("Mødet startede kl. 19.00 og sluttede kl. 21.30.", "21:30"),
        ("Mødet begyndte kl. 19 og blev afsluttet kl. 20.45.", "20:45"),
        ("Generalforsamlingen blev åbnet kl. 19.02 og blev hævet kl. 22.10.", "22:10"),
        ("Mødet varede til kl. 21.25.", "21:25"),
        ("Mødet varede fra kl. 19.00 til kl. 21.05.", "21:05"),
        # a PDF's hard wrap inside the closing sentence
        (
            "Dirigenten takkede for god ro og orden, og generalforsamlingen sluttede\nkl. 21.50.",
            "21:50",
        ),
        ("Generalforsamlingen sluttede\nkl. 22.15, hvorefter der var kaffe.", "22:15"),
        # the chair's task done: the meeting is over
        ("Dirigenten nedlagde hvervet kl. 21.45.", "21:45"),
    ],
)
def test_closing_line_gives_end_time(closing: str, end_time: str) -> None:
    m = referat.parse(MINUTES.format(closing=closing))
    assert m.end_time == end_time
    assert m.agenda[-1].decision is not None
    assert m.agenda[-1].decision.text == "Intet."  # the closing line is a note
    assert [n.text for n in m.notes] == [closing]


def test_a_meal_before_the_meeting_is_not_its_start() -> None:
    m = referat.parse(
        "# Generalforsamling\n\nTirsdag den 4. marts 2025 i Kærby Kro\n"
        "Spisning kl. 18.00 – generalforsamling kl. 19.00.\n\n1. Valg af dirigent\n"
        "Bo Ek blev valgt.\n\n2. Eventuelt\nIntet.\n"
    )
    assert (m.start_time, m.end_time) == ("19:00", None)


def test_closing_line_in_a_web_pages_header_gives_end_time() -> None:
    items = "".join(
        f"## {n}. Sag nummer {n}\n\n### Sagsfremstilling\n\nForvaltningen orienterer.\n\n"
        f"### Beslutning\n\nTaget til efterretning.\n\nFraværende: Mikkel Dahl (V)\n\n"
        for n in range(44, 60)
    )
    m = referat.parse(
        "# Børne- og Skoleudvalget - Referat\n\n| | |\n|---|---|\n| **Mødedato** | 04.03.2025 |\n"
        "| **Mødetidspunkt** | 15:30 |\n\n**Fraværende:** Mikkel Dahl (V)\n\n"
        "Mødet hævet kl. 18:05\n\n" + items
    )
    assert (m.start_time, m.end_time) == ("15:30", "18:05")


@pytest.mark.parametrize(
    "closing",
    [
        "Tak for i aften – mødet sluttede kl. 21.20",
        "Formanden takkede, og mødet sluttede kl. 21.20.",
        "Næste møde: 7. maj kl. 19. Mødet sluttede kl. 21.20.",
    ],
)
def test_closing_sentence_inside_a_line_gives_end_time(closing: str) -> None:
    assert referat.parse(MINUTES.format(closing=closing)).end_time == "21:20"


@pytest.mark.parametrize(
    "closing",
    [
        "Referent: Hanne Bo. Mødet sluttede kl. 21.20",
        "Mødet sluttede 21.20. Referent: Hanne Bo",
        "Ref.: Hanne Bo. Mødet slut kl. 21.20.",
        "Referent: Hanne Bo, mødet sluttede kl. 21.20",
        "Referent: Hanne Bo – mødet hævet kl. 21.20",
    ],
)
def test_referent_and_closing_on_one_line(closing: str) -> None:
    """The minute-taker and the closing time in one line: both are read."""
    m = referat.parse(MINUTES.format(closing=closing))
    assert m.end_time == "21:20"
    assert m.minute_taker is not None
    assert (m.minute_taker.name, m.minute_taker.organisation) == ("Hanne Bo", None)
    assert m.agenda[-1].decision is not None
    assert m.agenda[-1].decision.text == "Intet."


@pytest.mark.parametrize(
    ("closing", "note"),
    [
        ("Underskrevet af dirigent Claus Bering", "Underskrevet af dirigent Claus Bering"),
        ("Referatet godkendt og underskrevet.", "Referatet godkendt og underskrevet."),
        ("Referatet er læst og godkendt.", "Referatet er læst og godkendt."),
        ("Protokollen læst op og godkendt.", "Protokollen læst op og godkendt."),
        ("Referatet er underskrevet elektronisk.", "Referatet er underskrevet elektronisk."),
        ("(godkendt pr. mail 13/1)", "(godkendt pr. mail 13/1)"),
        ("Godkendt og underskrevet:\nClaus Bering, dirigent", "Godkendt og underskrevet:"),
        ("Dato og underskrift:\n\nClaus Bering, dirigent", "Dato og underskrift:"),
    ],
)
def test_signature_lines_end_the_minutes(closing: str, note: str) -> None:
    """A line saying the minutes were signed, or a heading over the signers, after the last
    item: a note, not the last item's text (whose "Intet." keeps the outcome none)."""
    m = referat.parse(MINUTES.format(closing=closing))
    assert m.agenda[-1].decision is not None
    assert m.agenda[-1].decision.text == "Intet."
    assert note in [n.text.split("\n")[0] for n in m.notes] + [n.heading for n in m.notes]


def test_minutes_approved_stays_the_items_decision() -> None:
    """ "Referatet blev godkendt." under a last item about the minutes is its decision."""
    text = MINUTES.replace("## 2. Eventuelt", "## 2. Godkendelse af referat").format(
        closing="Referatet blev godkendt."
    )
    m = referat.parse(text)
    assert m.agenda[-1].decision is not None
    assert m.agenda[-1].decision.text == "Intet.\nReferatet blev godkendt."


@pytest.mark.parametrize(
    ("closing", "label", "end_time"),
    [("Slut kl. 21.00", "Slut", "21:00"), ("Mødeslut: 20.50", "Mødeslut", "20:50")],
)
def test_end_label_after_the_last_item(closing: str, label: str, end_time: str) -> None:
    """ "Slut kl. 21.00" under the last item ends the minutes: a field, not the item's text."""
    m = referat.parse(MINUTES.format(closing=closing))
    assert m.end_time == end_time
    assert m.agenda[-1].decision is not None
    assert m.agenda[-1].decision.text == "Intet."
    assert label in [f.label for f in m.fields]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Mødet blev holdt i klubhuset fra kl. 19 til 21.", "klubhuset"),
        ("Afholdt 5. marts 2024 kl. 19.30 i Sognegården.", "Sognegården"),
    ],
)
def test_place_in_a_sentence_with_the_time(line: str, place: str) -> None:
    m = referat.parse(
        f"# Referat af bestyrelsesmøde 5. marts 2024\n\n{line}\n\n## 1. Regnskab\n\nGodkendt.\n"
    )
    assert m.location is not None
    assert m.location.name == place


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Mødet starter kl. 16.00 og forventes at slutte kl. 18.00", "16:00", "18:00"),
        ("Mødet begynder kl. 19 og slutter ca. kl. 21.30", "19:00", "21:30"),
        ("Mødet starter kl. 16.00 og slutter senest kl. 15", "16:00", None),  # no end before
    ],
)
def test_end_after_a_closing_verb_in_the_sentence(line: str, start: str, end: str | None) -> None:
    m = referat.parse(f"# Referat\n\nDato: 12.03.2024\n{line}\n\n## 1. Sag\n\nGodkendt.\n")
    assert (m.start_time, m.end_time) == (start, end)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Møde: Byrådet 12. marts 2024", "Byrådet"),
        ("Møde: Økonomiudvalget den 12. marts 2024 kl. 16", "Økonomiudvalget"),
        ("Møde: Tirsdag den 12.03.2024, kl. 19-21", None),  # only when: no body
    ],
)
def test_body_field_without_its_date(line: str, body: str | None) -> None:
    m = referat.parse(f"# Referat\n\n{line}\n\n## 1. Sag\n\nGodkendt.\n")
    assert m.body == body
    assert m.date is not None
    assert m.date.isoformat() == "2024-03-12"


@pytest.mark.parametrize(
    ("header", "organisation"),
    [
        ("Referat af skolebestyrelsesmøde\nHårby Skole", "Hårby Skole"),
        ("AFDELINGSBESTYRELSESMØDE\nBoligselskabet Sjælland, afd. 207",
         "Boligselskabet Sjælland, afd. 207"),
        # a room after the school is no part of it
        ("Referat af Skolebestyrelsesmøde\nSkovboskolen, mødelokale K2", "Skovboskolen"),
        # a body alone, a meeting line: no organisation (but a region named in it)
        ("Referat\nSocial- og Sundhedsudvalget", None),
        ("Referat\nMøde i Børne- og Skoleudvalget", None),
        ("Beslutningsreferat\nMøde i Vækstforum for Region Syddanmark", "Region Syddanmark"),
        # a letterhead in capitals
        ("REGION SYDDANMARK\n\nRegionsrådet", "Region Syddanmark"),
    ],
)  # fmt: skip
def test_organisation_under_a_plain_title(header: str, organisation: str | None) -> None:
    m = referat.parse(f"{header}\n\nDato: 12.03.2024\n\n1. Sag\nGodkendt.\n")
    assert m.organisation == organisation


@pytest.mark.parametrize(
    ("header", "body", "organisation"),
    [
        # a name beside the meeting's word alone: whose meeting it is
        ("# Naturpark Karup Å-dalen – Styregruppemøde", "Styregruppe", "Naturpark Karup Å-dalen"),
        # a council over one of its committees: the committee meets, the council is its
        ("VESTER HASSING MENIGHEDSRÅD\nKirkegårdsudvalget\n\nReferat af møde",
         "Kirkegårdsudvalget", "Vester Hassing Menighedsråd"),
    ],
)  # fmt: skip
def test_body_and_organisation_of_the_letterhead(header: str, body: str, organisation: str) -> None:
    m = referat.parse(f"{header}\n\nDato: 12.03.2024\n\n1. Sag\nGodkendt.\n")
    assert (m.body, m.organisation) == (body, organisation)


@pytest.mark.parametrize("dot", ["·", "•"])
def test_fields_parted_by_a_middle_dot(dot: str) -> None:
    m = referat.parse(
        f"# Referat\n\nDato: 12.03.2024 {dot} Tid: 13-15 {dot} Sted: Teams\n\n"
        "## 1. Sag\n\nGodkendt.\n"
    )
    assert [(f.label, f.value) for f in m.fields] == [
        ("Dato", "12.03.2024"),
        ("Tid", "13-15"),
        ("Sted", "Teams"),
    ]


@pytest.mark.parametrize(
    ("line", "label", "value"),
    [
        ("**Date / Dato:** Friday 24 October 2025", "Date / Dato", "Friday 24 October 2025"),
        ("Apologies / Afbud: Søren Bach (DI)", "Apologies / Afbud", "Søren Bach (DI)"),
        ("**Project owner / Projektejer:** Region Sjælland", "Project owner / Projektejer",
         "Region Sjælland"),
    ],
)  # fmt: skip
def test_a_label_in_two_languages_is_one_field(line: str, label: str, value: str) -> None:
    m = referat.parse(f"# Referat\n\n{line}\nDato: 12.03.2024\n\n## 1. Sag\n\nGodkendt.\n")
    assert (m.fields[0].label, m.fields[0].value) == (label, value)


@pytest.mark.parametrize("bold", ["", "**"])
def test_a_title_ending_a_list_line_is_no_title_for_the_next_label(bold: str) -> None:
    m = referat.parse(
        f"# Referat\n\nDato: 11.03.2025\n\n{bold}Fra forvaltningen:{bold} Peter Krogh, direktør; "
        f"Maja Frandsen, vejchef\n{bold}Referent:{bold} Lone Bisgaard\n\n## 1. Sag\n\nGodkendt.\n"
    )
    assert [(p.name, p.title) for p in m.guests] == [
        ("Peter Krogh", "direktør"),
        ("Maja Frandsen", "vejchef"),
    ]
    assert m.minute_taker is not None
    assert m.minute_taker.name == "Lone Bisgaard"


def test_english_project_label_names_the_organisation() -> None:
    m = referat.parse("# Minutes\n\nProject: OS2borgerPC\nDate: 12.03.2024\n\n1. Status\nNoted.\n")
    assert m.organisation == "OS2borgerPC"


def test_fields_glued_together_by_a_pdf() -> None:
    m = referat.parse(
        "# Referat\n\nMødedato: 12.03.2024Mødetid: 16:00Mødested: Rådhuset\n\n"
        "## 1. Regnskab\n\nGodkendt.\n"
    )
    assert [(f.label, f.value) for f in m.fields] == [
        ("Mødedato", "12.03.2024"),
        ("Mødetid", "16:00"),
        ("Mødested", "Rådhuset"),
    ]
    assert m.location is not None
    assert m.location.name == "Rådhuset"


def test_letterhead_run_together_with_fields() -> None:
    """A PDF's first line: letterhead and fields in one line, cut before the first field."""
    m = referat.parse(
        "Faaborg-Midtfyn Kommune Social- og Sundhedsudvalget Referat Dato: 4. oktober 2021 "
        "Tidspunkt: 14:00 - 16:30 Sted: Ryslinge, mødelokale 1\n\n"
        "1. Meddelelser\nIngen meddelelser.\n\n2. Eventuelt\nIntet.\n"
    )
    assert m.date is not None
    assert m.date.isoformat() == "2021-10-04"
    assert (m.start_time, m.end_time) == ("14:00", "16:30")
    assert m.location is not None
    assert m.location.name == "Ryslinge"  # the room is in `written`
    assert m.title == "Faaborg-Midtfyn Kommune Social- og Sundhedsudvalget Referat"
    assert m.body == "Social- og Sundhedsudvalget"
    assert [f.label for f in m.fields] == ["Dato", "Tidspunkt", "Sted"]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Referat af bestyrelsesmøde", "Bestyrelse"),
        ("Bestyrelsesmøde i Vejle Roklub", "Bestyrelse"),
        ("Referat af skolebestyrelsesmøde på Søndervangskolen", "Skolebestyrelse"),
        ("Referat fra menighedsrådsmøde", "Menighedsråd"),
        ("OS2faktor styregruppemøde", "Styregruppe"),
        ("REFERAT AF BESTYRELSESMØDE", "Bestyrelse"),
        # a word naming the body beats the meeting word
        ("Referat af Teknik- og Miljøudvalgets møde", "Teknik- og Miljøudvalget"),
        ("Referat – Bestyrelsen for Vejle Roklub", "Bestyrelsen"),  # the club's board
        ("Referat – Teknisk Udvalg", "Teknisk Udvalg"),  # an adjective and "Udvalg"
        ("Referat af møde i Beredskabskommissionen", "Beredskabskommissionen"),
        ("Referat – møde i LokalMED", "LokalMED"),  # a workplace's cooperation committee
        ("Referat fra Område-MED Ældre", "Område-MED"),
        ("Møde i Hospitals-MED (HMU)", "Hospitals-MED (HMU)"),  # with its abbreviation
        ("Referat fra Område Nord", None),  # "Område" holds "råd", and names no council
        # what the body is for, in lower case or with a version or years, to the line's end
        ("Arbejdsgruppen for velfærdsteknologi", "Arbejdsgruppen for velfærdsteknologi"),
        (
            "Programstyregruppen for Fælles Borgerportal 2.0",
            "Programstyregruppen for Fælles Borgerportal 2.0",
        ),
        (
            "Styregruppen for amtets IT-strategi 1998-2000",
            "Styregruppen for amtets IT-strategi 1998-2000",
        ),
        ("Styregruppen for at sikre fremdrift", "Styregruppen"),  # a purpose, no name
        # a bare committee or council meeting names no body
        ("Referat af udvalgsmøde", None),
        ("Referat af rådsmøde", None),
    ],
)
def test_body_from_the_title(title: str, body: str | None) -> None:
    m = referat.parse(f"# {title}\n\nDato: 5. marts 2024\n\n## 1. Regnskab\n\nGodkendt.\n")
    assert m.body == body


@pytest.mark.parametrize(
    ("header", "body"),
    [
        # the letterhead writes the body the meeting's word names: as written
        ("Lundgårde Boldklub – Bestyrelsen\n\n# Referat af bestyrelsesmøde", "Bestyrelsen"),
        ("**Ørslev Menighedsråd**\n\n# Referat af menighedsrådsmøde", "Ørslev Menighedsråd"),
        # a council with its place beats the bare word of a site's menu or breadcrumb
        (
            "Menighedsrådet\n\n# Referat af menighedsrådsmøde\n\n"
            "**Hesselballe Sogns Menighedsråd**",
            "Hesselballe Sogns Menighedsråd",
        ),
        # no place: a menu's "Om" ("about"), a municipality (the organisation)
        ("[Om Seniorrådet](/om)\n\n# Referat af seniorrådsmøde", "Seniorrådet"),
        ("Ravnsø Kommune Handicaprådet\n\n# Referat af handicaprådsmøde", "Handicaprådet"),
        ("UNGDOMSRÅDET\n\n# Referat af ungdomsrådsmøde", "Ungdomsrådet"),
        # a definite body is not made bare by a bare word above it
        ("Forside / Bestyrelse\n\n# Referat – Bestyrelsen", "Bestyrelsen"),
    ],
)
def test_the_body_as_the_header_writes_it(header: str, body: str) -> None:
    m = referat.parse(f"{header}\n\nDato: 5. marts 2024\n\n## 1. Regnskab\n\nGodkendt.\n")
    assert m.body == body


@pytest.mark.parametrize(
    ("header", "later", "date"),
    [
        ("# Referat fra bestyrelsesmøde 12. marts", "Næste møde er 9. april 2024.", "2024-03-12"),
        # the year that puts the meeting nearest the full date
        ("# Referat\n\nDato: 12. december", "Næste møde: 9. januar 2025", "2024-12-12"),
        ("# Referat\n\nDato: tirsdag den 5/3 kl. 19", "Vedtaget 1. februar 2024.", "2024-03-05"),
        # a full date in the header wins; no full date anywhere: no date
        ("# Referat 12. marts\n\nDato: 14. marts 2024", "Næste møde: 9. april 2025", "2024-03-14"),
        ("# Referat fra bestyrelsesmøde 12. marts", "Næste møde i april.", None),
        # a year after a meeting word at the top is the meeting's year
        ("# Referat af generalforsamling 2024\n\nAfholdt den 14. marts kl. 19.", "", "2024-03-14"),
        ("# Bestyrelsesmøde 2023\n\nDato: 5. december", "Næste møde: 9. januar 2025", "2023-12-05"),
        ("# Referat om Budget 2025\n\nDato: 5. december", "Intet.", None),
        # a bare "10.05" may be a time: no date without a year
        ("# Referat\n\nTid: 10.05-11.30", "Godkendt 3. maj 2024.", None),
    ],
)
def test_meeting_date_without_a_year(header: str, later: str, date: str | None) -> None:
    m = referat.parse(f"{header}\n\n## 1. Regnskab\n\nGodkendt.\n\n## 2. Eventuelt\n\n{later}\n")
    assert (m.date.isoformat() if m.date else None) == date
    codes = [d.code for d in m.diagnostics]
    if date is None:
        assert "missing-date" in codes
    elif "14. marts 2024" not in header:
        assert "date-year-inferred" in codes


def test_a_weekday_gives_no_year() -> None:
    """ "Tirsdag d. 11. september" fits several years: no date, and the diagnostic names the
    day and month on their line."""
    m = referat.parse(
        "# Referat af bestyrelsesmøde\n\nTirsdag d. 11. september fra 19-21 hos Lene\n\n"
        "## 1. Regnskab\n\nGodkendt.\n"
    )
    assert (m.date, m.start_time, m.end_time) == (None, "19:00", "21:00")
    missing = next(d for d in m.diagnostics if d.code == "missing-date")
    assert missing.data == {"written": "Tirsdag d. 11. september", "month": 9, "day": 11}
    assert missing.span is not None
    assert missing.span.start_line == 3


def test_start_and_end_fields_without_a_date() -> None:
    text = "# Referat\n\nStart: kl. 19.00 Slut: kl. 21.00\n\n## 1. Regnskab\n\nGodkendt.\n"
    m = referat.parse(text)
    assert m.date is None
    assert (m.start_time, m.end_time) == ("19:00", "21:00")


@pytest.mark.parametrize(
    ("title", "organisation", "body"),
    [
        ("Referat af møde i Ældrerådet", None, "Ældrerådet"),  # the body, not an organisation
        ("Referat af møde i Festudvalget", None, "Festudvalget"),
        ("Bestyrelsesmøde i Vejle Roklub", "Vejle Roklub", "Bestyrelse"),
        ("Møde i Vejle Roklub", "Vejle Roklub", None),  # "Møde" capitalised
        # a name after "møde i" that starts with the body is the body's full name
        ("Referat af møde i Vækstforum Sjælland", None, "Vækstforum Sjælland"),
        # a part of a title cut by dashes that names an organisation
        ("Referat – Skolebestyrelsen – Vestbyskolen – 14-05-2024", "Vestbyskolen",
         "Skolebestyrelsen"),
        ("Referat af bestyrelsesmøde – Grundejerforeningen Solbakken",
         "Grundejerforeningen Solbakken", "Bestyrelse"),
        ("Board meeting – Nordlys ApS", "Nordlys ApS", "Board"),  # as "Bestyrelsesmøde"
        ("Referat – Økonomiudvalget – 12.03.2024", None, "Økonomiudvalget"),
        ("Teammøde Jobcenter Ikast-Brande – uge 10", None, None),
        # a body's bare name as a part is the body, no organisation
        ("Godkendt referat – Bestyrelsen", None, "Bestyrelsen"),
        # a file's name: underscores part the words
        ("Referat_Økonomiudvalget_12.03.2024", None, "Økonomiudvalget"),
    ],
)  # fmt: skip
def test_body_and_organisation_from_the_title(
    title: str, organisation: str | None, body: str | None
) -> None:
    m = referat.parse(f"# {title}\n\nDato: 5. marts 2024\n\n## 1. Regnskab\n\nGodkendt.\n")
    assert (m.organisation, m.body) == (organisation, body)


@pytest.mark.parametrize(
    ("opening", "organisation"),
    [
        ("Ordinær generalforsamling i Grundejerforeningen Bakkely, tirsdag den 5. marts 2024 "
         "kl. 19.30 i Fælleshuset", "Grundejerforeningen Bakkely"),
        ("Hermed indkaldes til generalforsamling i Andelsboligforeningen Solsikken den 5. marts "
         "2024", "Andelsboligforeningen Solsikken"),
        # a room after "møde i" is no organisation
        ("Bestyrelsesmøde i Fælleshuset den 5. marts 2024", None),
    ],
)  # fmt: skip
def test_organisation_in_the_line_under_a_bare_title(opening: str, organisation: str) -> None:
    m = referat.parse(f"# REFERAT\n\n{opening}\n\n## 1. Regnskab\n\nGodkendt.\n")
    assert m.organisation == organisation


def test_run_together_transcript_titles_end_before_the_text() -> None:
    """A whole page on one line: an item's title ends before a decision word, "Intet", or the
    subject of its first sentence ("Kassereren gennemgik ...")."""
    m = referat.parse(
        "Referat Bestyrelsesmøde Hjallerup Boldklub Dato: 13. marts 2024 Tid: 19.00-21.30 "
        "Sted: Klubhuset Til stede: Ole Sand, Bente Kjær, Mikkel Ravn Afbud: Jens Lund "
        "1. Godkendelse af dagsorden Godkendt. 2. Økonomi Kassereren gennemgik regnskabet. "
        "Regnskabet blev godkendt. 3. Valg af Revisor Bestyrelsen foreslog Per Dam. "
        "4. Eventuelt Intet.\n"
    )
    titles = [i.title for i in m.agenda]
    assert titles == ["Godkendelse af dagsorden", "Økonomi", "Valg af Revisor", "Eventuelt"]
    assert [i.decision.outcome.value if i.decision else None for i in m.agenda] == [
        "approved",
        "approved",
        "discussed",
        "none",
    ]


@pytest.mark.parametrize("mark", ["Side 3 af 5", "Side: 3 af 5", "- 3 -", "– 12 –", "3 af 5"])
def test_page_number_inside_an_item_is_a_note(mark: str) -> None:
    m = referat.parse(
        "# Referat\n\nDato: 5. marts 2024\n\n## 1. Regnskab\n\nRegnskabet blev gennemgået\n"
        f"{mark}\nog godkendt.\n\n## 2. Eventuelt\n\nIntet.\n"
    )
    assert m.agenda[0].sections[0].text == "Regnskabet blev gennemgået\nog godkendt."
    assert len(m.notes) == 1


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Side 2 af 3 Økonomiudvalget 05.03.2024", True),
        ("Referat Økonomiudvalget 05-03-2024 side 2/3", True),
        ("Økonomiudvalget, 5. marts 2024, side 2", True),
        # a sentence or a reference with a date and a page is the item's text
        ("I referatet fra 05.03.2024 side 3", False),
        ("Se Referat 05.03.2024 side 3", False),
    ],
)
def test_dated_running_header_inside_an_item(line: str, furniture: bool) -> None:
    m = referat.parse(
        "# Referat\n\nDato: 5. marts 2024\n\n## 1. Regnskab\n\nRegnskabet blev gennemgået\n"
        f"{line}\nog godkendt.\n\n## 2. Eventuelt\n\nIntet.\n"
    )
    assert (line not in m.agenda[0].sections[0].text) is furniture
    assert ([n.text for n in m.notes] == [line]) is furniture


def test_page_footer_inside_a_transcript_line_is_a_note() -> None:
    m = referat.parse(
        "Referat Bestyrelsesmøde Dato: 13. marts 2024 Tid: 19.00-21.30 Sted: Klubhuset "
        "1. Godkendelse af dagsorden Godkendt. 2. Økonomi Kassereren gennemgik regnskabet. "
        "Regnskabet blev godkendt. Side 2 af 3 3. Sponsorer Bestyrelsen godkendte en ny aftale "
        "med Brugsen. Side 3 af 3 4. Eventuelt Intet.\n"
    )
    texts = [s.text for i in m.agenda for s in i.sections]
    assert not any("Side" in t for t in texts)
    assert [n.text for n in m.notes] == ["Side 2 af 3\nSide 3 af 3"]


@pytest.mark.parametrize(
    ("line", "date", "start", "end", "place"),
    [
        ("Klokken: 19.00-21.00", None, "19:00", "21:00", None),
        ("Tidspunkt for mødet: 19-21", None, "19:00", "21:00", None),
        ("Tid: 9.30 til 15", None, "09:30", "15:00", None),
        ("Tid: 19 - ca. 21.30", None, "19:00", "21:30", None),
        ("Dato/tid: 05.03.2024 kl. 19-21", "2024-03-05", "19:00", "21:00", None),
        ("Dato & tid: 05.03.2024 kl. 19-21", "2024-03-05", "19:00", "21:00", None),
        ("Tid/sted: 5. marts 2024 kl. 19, Klubhuset", "2024-03-05", "19:00", None, "Klubhuset"),
        ("Hvor og hvornår: Klubhuset, 5.3.2024 kl. 19", "2024-03-05", "19:00", None, "Klubhuset"),
        ("Afholdt: 5. marts 2024", "2024-03-05", None, None, None),
        ("Mødedag: tirsdag 5. marts 2024", "2024-03-05", None, None, None),
        ("Mødelokation: Klubhuset", None, None, None, "Klubhuset"),
        # English labels
        ("Meeting: March 12, 2024, 10:00-11:30", "2024-03-12", "10:00", "11:30", None),
        ("When: 1:30 - 3:00 PM", None, "13:30", "15:00", None),
        ("Where: Microsoft Teams", None, None, None, "Microsoft Teams"),
    ],
)
def test_header_field_labels(
    line: str, date: str | None, start: str | None, end: str | None, place: str | None
) -> None:
    m = referat.parse(f"# Referat\n\n{line}\n\n## 1. Regnskab\n\nGodkendt.\n")
    assert (m.date.isoformat() if m.date else None) == date
    assert (m.start_time, m.end_time) == (start, end)
    assert (m.location.name if m.location else None) == place
    assert [f.label for f in m.fields] == [line.split(":")[0]]


def test_letterhead_of_a_body_at_a_place() -> None:
    """ "Skolebestyrelsen ved Hårby Skole" over the title: the body and its school."""
    m = referat.parse(
        "Skolebestyrelsen ved Hårby Skole\n\n# Referat af møde\n\nDato: 5. marts 2024\n\n"
        "## 1. Regnskab\n\nGodkendt.\n"
    )
    assert (m.organisation, m.body) == ("Hårby Skole", "Skolebestyrelsen")


@pytest.mark.parametrize("stamp", ["Offentliggjort 14. marts 2024", "Udgivet: 14.03.2024"])
def test_publication_date_is_not_the_meeting_date(stamp: str) -> None:
    m = referat.parse(
        f"# Referat\n\n{stamp}\nTirsdag den 12. marts 2024 kl. 19\n\n## 1. Regnskab\n\nGodkendt.\n"
    )
    assert m.date is not None
    assert m.date.isoformat() == "2024-03-12"


def test_a_bylines_far_date_and_time_are_not_the_meetings() -> None:
    """An intranet post's byline ("Skrevet af Pia Holt · Børnehuset Mælkebøtten · 14. nov. 2022
    kl. 09:12"): when the post was written, however far its date stands from the byline word."""
    m = referat.parse(
        "### Referat fra forældrebestyrelsesmøde 8/11\n\nSkrevet af **Pia Holt** · Børnehuset"
        " Mælkebøtten · 14. nov. 2022 kl. 09:12\n\n**Forældrebestyrelsen**\n\nReferat af møde"
        " tirsdag den 8. november 2022 kl. 17.00 – 18.30\n\n1) Velkommen\n\nGodkendt.\n"
    )
    assert (str(m.date), m.start_time, m.end_time) == ("2022-11-08", "17:00", "18:30")


def test_web_furniture_is_a_note_with_all_its_lines() -> None:
    """A web page's furniture is a note, not unclassified; a note shows every line it spans."""
    text = (
        "Spring over navigation\nSøg\nForside / Politik / Regionsrådet\n\n# Referat\n\n"
        "Møde den 26. juni 2024 kl. 13.00\n\n## 1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "Lyt til siden\nHvad synes du om siden?\nJa\nNej\nSiden er sidst opdateret 27. juni 2024\n"
        "Ansvarlig redaktør: Kommunikation\n"
    )
    m = referat.parse(text)
    assert m.unclassified == []
    assert "unclassified-text" not in {d.code for d in m.diagnostics}
    lines = text.split("\n")
    for note in m.notes:
        spanned = lines[note.span.start_line - 1 : note.span.end_line]
        assert [ln for ln in spanned if ln.strip()] == note.text.split("\n")
    assert [i.title for i in m.agenda] == ["Godkendelse af dagsorden"]


def test_print_and_pdf_links_are_furniture_no_organisation() -> None:
    m = referat.parse(
        "[Udskriv](javascript:window.print()) | [Hent som PDF](https://x.dk/FOU.pdf)\n\n"
        "# Referat\n\n**Folkeoplysningsudvalget**\n\nMødedato: 12. marts 2025\n\n"
        "## 9. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert m.organisation is None
    assert [n.text for n in m.notes][:1] == ["Udskriv | Hent som PDF"]


def test_follow_links_and_a_contact_footer_end_the_last_item() -> None:
    m = referat.parse(
        "# Referat – Skolebestyrelsen\n\nDato: 22. maj 2024 kl. 18.00\n\n## 1. Trivsel\n\n"
        "Skolelederen gennemgik resultaterne.\n\n## 2. Eventuelt\n\nIntet.\n\nFacebook\n"
        "Instagram\nLinkedIn\n\nNordskolen · Skolevej 4 · 6100 Haderslev · Tlf. 74 34 12 00\n"
        "Senest redigeret 23.05.2024\n"
    )
    assert [s.text for s in m.agenda[-1].sections] == ["Intet."]
    assert m.location is None
    assert m.unclassified == []
    assert "Instagram" in m.notes[-1].text


def test_a_list_of_networks_under_a_colon_stays_the_items_text() -> None:
    m = referat.parse(
        "# Referat\n\nDato: 22. maj 2024\n\n## 1. Kommunikation\n\nVi annoncerer på:\n\n"
        "Facebook\nInstagram\n"
    )
    assert m.agenda[0].sections[-1].text.endswith("Facebook\nInstagram")


def test_furniture_between_items_is_a_note_not_the_decision() -> None:
    m = referat.parse(
        "# Byrådet - Referat\n\nDato: 19. marts 2024\n\n## 1. Godkendelse af dagsorden\n\n"
        "Beslutning\nGodkendt.\n\nTil toppen\n\n## 2. Helhedsplan\n\nBeslutning\nGodkendt.\n\n"
        "Print | Del på Facebook\n\n## 3. Eventuelt\n\nIntet.\n"
    )
    assert [i.decision.text if i.decision else None for i in m.agenda[:2]] == ["Godkendt."] * 2
    assert [n.text for n in m.notes] == ["Til toppen", "Print | Del på Facebook"]


def test_read_more_links_and_a_contact_box_are_furniture() -> None:
    m = referat.parse(
        "Til hovedindhold\n\n# Økonomiudvalget 10.06.2024\n\n## 1. Godkendelse af dagsorden\n\n"
        "Beslutning\nGodkendt.\n\nLæs mere\n\n## 2. Eventuelt\n\nIntet.\n\nKontakt\n"
        "Økonomi og Analyse\nTlf. 99 99 99 99\n"
    )
    assert [[s.text for s in i.sections] for i in m.agenda] == [["Godkendt."], ["Intet."]]
    assert m.unclassified == []
    assert [n.text for n in m.notes] == [
        "Til hovedindhold",
        "Læs mere",
        "Kontakt\nØkonomi og Analyse\nTlf. 99 99 99 99",
    ]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Forside > Politik > Udvalg > Referater", True),
        ("Start » Kommunen » Politik", True),
        ("Forside > Politik", True),
        ("Forside / Politik / Byrådet / Referater", True),
        ("Du er her: Forside / Byråd / Dagsordener og referater", True),
        ("Forside / Politik", False),
        ("Ja / Nej", False),
        ("Hjem / skole-samarbejdet blev drøftet", False),
        ("Start / slut: 19.00-21.00", False),
        ("Anne Holm / Bo Lind / Carl Berg", False),
        # a link back to the list, behind its arrows
        ("<< Tilbage til oversigten", True),
        ("« Tilbage", True),
        ("<< Referat fra brugerrådsmøde", False),
    ],
)
def test_breadcrumb_trails(line: str, furniture: bool) -> None:
    from referat._header import is_furniture

    assert is_furniture(line) is furniture


def test_a_label_with_a_name_in_brackets_and_one_of_many_brackets() -> None:
    """The name in brackets after a label is no part of it; only the last bracket is read
    off (a label of thousands of brackets once recursed once per bracket)."""
    from referat._field_kinds import field_kind
    from referat.vocabulary import FieldKind

    assert field_kind("Fra administrator (DATEA)") is FieldKind.GUESTS
    assert field_kind("Afbud (meldt)") is FieldKind.ABSENTEES
    assert field_kind("(a)" * 5000) is None


def test_an_indented_signer_line_is_read_from_its_text() -> None:
    """Indentation is no column gap: one signer's line is read with its markup removed, as
    signers side by side are read from their columns."""
    from referat import _scan
    from referat._header import signers

    indented = _scan.scan("1. x\n\n   Per **Kjær**, dirigent\n")[2]
    assert [p.name for _, p in signers(indented)] == ["Per Kjær"]
    side_by_side = _scan.scan("Henrik Dahl, formand      Lone Frost, referent\n")[0]
    assert [p.name for _, p in signers(side_by_side)] == ["Henrik Dahl", "Lone Frost"]


def test_labels_and_posts_in_two_languages() -> None:
    m = referat.parse(
        "# Referat\n\nDato: 12.03.2024\n\n**Deltagere / Participants:**\n"
        "- Anne Mette Kaas, Region Syddanmark (formand / chair)\n"
        "- Thomas Iversen, Vejle Kommune\n\n"
        "**Gæst / Guest (pkt. 4):** Oliver Nash, Rambøll\n\n## 1. Sag\n\nGodkendt.\n"
    )
    assert [(p.name, p.title, p.organisation) for p in m.attendees if p not in m.guests] == [
        ("Anne Mette Kaas", "formand", "Region Syddanmark"),
        ("Thomas Iversen", None, "Vejle Kommune"),
    ]
    assert m.chair is not None
    assert m.chair.name == "Anne Mette Kaas"
    assert [(p.name, p.organisation) for p in m.guests] == [("Oliver Nash", "Rambøll")]


def test_the_meeting_date_label_beats_the_documents_date() -> None:
    meeting = referat.parse(
        "AARHUS UNIVERSITET\n\n"
        "Referat                                          Dato: 4. november 2024\n"
        "Møde i Akademisk Råd                             Ref.: LMJ\n"
        "Mødedato: 29. oktober 2024 kl. 14.00-16.00       Side 1 af 5\n"
        "Sted: Nobelparken, lokale 333                    Journalnr.: 2024-0418-11\n\n"
        "1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n"
    )
    assert (str(meeting.date), meeting.start_time, meeting.end_time) == (
        "2024-10-29",
        "14:00",
        "16:00",
    )
    assert "ambiguous-date" not in {d.code for d in meeting.diagnostics}


def test_a_body_for_two_joined_subjects_and_a_forperson_in_the_chair() -> None:
    meeting = referat.parse(
        "# Referat – Studienævnet for Bio- og Kemiteknologi\n\n"
        "**Mødedato:** onsdag den 19. februar 2025\n\n"
        "**Medlemmer:**  \nProfessor Anne-Mette Buus (forperson)  \nLektor Rasmus Thygesen\n\n"
        "**Pkt. 1 Godkendelse af dagsorden**\n\nGodkendt.\n"
    )
    assert meeting.body == "Studienævnet for Bio- og Kemiteknologi"
    assert meeting.chair is not None
    assert meeting.chair.name == "Anne-Mette Buus"


def test_a_posting_date_right_after_opslaaet_is_no_meeting_date() -> None:
    meeting = referat.parse(
        "# Indkaldelse til ordinær generalforsamling 2026\n\n"
        "*Opslået 18. februar 2026 af Merete Sand*\n\n"
        "Bestyrelsen indkalder hermed til ordinær generalforsamling\n\n"
        "**tirsdag den 24. marts 2026 kl. 19.00**\n\n"
        "Dørene åbnes kl. 18.30.\n\n## Dagsorden\n\n1. Valg af dirigent\n2. Eventuelt\n"
    )
    assert (str(meeting.date), meeting.start_time) == ("2026-03-24", "19:00")


def test_a_notice_take_down_date_is_no_meeting_date() -> None:
    meeting = referat.parse(
        "BOLIGFORENINGEN FJORDGLIMT                         Opslået: 12.08.2025\n"
        "Afdeling 23 – Skovlyhaven                          Må nedtages efter: 03.09.2025\n\n"
        "# INDKALDELSE TIL ORDINÆRT AFDELINGSMØDE\n\n"
        "TIRSDAG DEN 2. SEPTEMBER 2025 KL. 19.00\n\n"
        "**DAGSORDEN**\n\n 1. Valg af dirigent\n 2. Eventuelt\n"
    )
    assert (str(meeting.date), meeting.start_time) == ("2025-09-02", "19:00")


@pytest.mark.parametrize(
    "document",
    [
        "Hjortlund Sogns Menighedsråd                         Side 1 af 3\n\nDAGSORDEN\n\n"
        "til menighedsrådsmøde torsdag den 4. december 2025 kl. 19.00\n\n"
        "1) Godkendelse af dagsorden\n\n2) Underskrift af referat\n"
        "Referatet er udsendt pr. mail den 10. november.\n\n3) Eventuelt\n",
        "# Dagsorden\n\n**Teknik- og Miljøudvalget**\n\nMødedato: 16-09-2025\n\n"
        "### 1. Godkendelse af dagsorden\n\n**Beslutning**\n\n"
        "Teknik- og Miljøudvalget | 16-09-2025 &nbsp;&nbsp;&nbsp; Side 3 af 13\n\n"
        "### 2. Eventuelt\n\n**Beslutning**\n",
    ],
)
def test_agendas_with_a_broken_title_or_a_page_footer_under_beslutning(document: str) -> None:
    assert referat.parse(document).document_kind is referat.DocumentKind.DAGSORDEN


def test_a_two_day_meeting_is_dated_by_its_first_day() -> None:
    meeting = referat.parse(
        "## Referat – Økonomiudvalgets budgetseminar\n\n"
        "**Tid:** torsdag den 22. maj kl. 13.00 – fredag den 23. maj 2025 kl. 14.00\n\n"
        "### 1. Budgetforslag\n\nDrøftet.\n"
    )
    assert (str(meeting.date), meeting.start_time) == ("2025-05-22", "13:00")


def test_a_forwarded_mails_date_under_its_sender_is_no_meeting_date() -> None:
    meeting = referat.parse(
        "Fra: Mette Dahl <mette@example.dk>\nSendt: 9. december 2024 08:47\n"
        "Emne: VS: Referat lokalrådsmøde\n\nHej Kåre\n\nTil orientering.\n\n"
        "---------- Videresendt meddelelse ----------\n"
        "Fra: Sanne Hauge <sanne@example.dk>\nDato: tors. 5. dec. 2024 kl. 22.31\n"
        "Emne: Referat lokalrådsmøde 3. december\n\n"
        "SØNDER KIRKEBY LOKALRÅD\n"
        "Referat af møde tirsdag den 3. december 2024 kl. 19.00-21.00\n\n"
        "Ad 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert (str(meeting.date), meeting.start_time, meeting.end_time) == (
        "2024-12-03",
        "19:00",
        "21:00",
    )


def test_a_row_of_links_or_buttons_is_web_furniture_not_title_or_organisation() -> None:
    meeting = referat.parse(
        "[Spring til indhold](#main)\n\n**Vi bruger cookies**\n"
        "Vi bruger cookies til at lave statistik.\n"
        "[Accepter alle] [Kun nødvendige] [Indstillinger]\n\n"
        "* [Borger](/borger)\n* [Politik](/politik)\n\n[Søg](/soeg)  [English](/en)\n\n"
        "# Kultur- og Fritidsudvalget\n\n## Referat – 14.05.2024\n\n"
        "**Mødetidspunkt:** Tirsdag den 14. maj 2024 kl. 16:00\n\n"
        "## 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert meeting.body == "Kultur- og Fritidsudvalget"
    assert meeting.organisation is None


def test_an_outlook_invitations_required_and_optional_attendees_are_invited() -> None:
    meeting = referat.parse(
        "**Emne:** Styregruppemøde #7\n"
        "**Hvornår:** onsdag 10. september 2025 09:00-10:30 (UTC+01:00) København\n"
        "**Placering:** Microsoft Teams-møde\n\n"
        "**Obligatoriske deltagere:** Helle Wind; Anders Krogsgaard (Vejen Kommune)\n"
        "**Valgfrie deltagere:** Mikkel Aabo (Kolding Kommune)\n\n"
        "Hermed indkaldelse til styregruppemøde.\n\n**Dagsorden**\n\n"
        "1. Velkomst\n2. Status\n"
    )
    assert meeting.document_kind is referat.DocumentKind.INDKALDELSE
    assert [p.name for p in meeting.attendees] == ["Helle Wind", "Anders Krogsgaard", "Mikkel Aabo"]


def test_a_slash_ref_sign_off_with_initials_names_the_minute_taker() -> None:
    meeting = referat.parse(
        "**REFERAT af bestyrelsesmøde**\n\nDato: 18/11-25 kl. 17.00\n\n"
        "Til stede:\nIb Kronborg (IK), formand\nAnnette Vestergaard (AV)\n\n"
        "Fra administrationen:\nDirektør Claus Bertelsen (CB)\n"
        "Direktionssekretær Lone Kjær (LK)\n\n"
        "**Pkt. 1 – Godkendelse af dagsorden**\n\nGodkendt.\n\n"
        "**Pkt. 2 – Eventuelt**\n\nIntet.\n\n/ref. LK\n"
    )
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Lone Kjær"
    people = meeting.attendees + meeting.guests
    assert {tuple(p.roles) for p in people if p.name == "Lone Kjær"} == {("referent",)}
    # the administration's staff under the board's members serve it: guests
    assert [p.name for p in meeting.guests] == ["Claus Bertelsen", "Lone Kjær"]


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        (
            "REFERAT – BESTYRELSESMØDE I GRUNDEJERFORENINGEN MOSEVANGEN",
            "Grundejerforeningen Mosevangen",
        ),
        (
            "REFERAT FRA GENERALFORSAMLING I ANDELSBOLIGFORENINGEN SOLGÅRDEN",
            "Andelsboligforeningen Solgården",
        ),
    ],
)
def test_an_all_capitals_title_names_its_organisation(title: str, organisation: str) -> None:
    meeting = referat.parse(f"# {title}\n\nDato: 3. april 2025\n\n1. Godkendelse\n\nGodkendt.\n")
    assert meeting.organisation == organisation


@pytest.mark.parametrize(
    ("footer", "organisation"),
    [
        ("**Skovbo Kommune**\nTorvet 1 · 4140 Borup\nTlf. 46 11 20 00", "Skovbo Kommune"),
        ("Region Sjælland · Alléen 15 · 4180 Sorø", "Region Sjælland"),
    ],
)
def test_a_web_pages_footer_names_the_organisation(footer: str, organisation: str) -> None:
    meeting = referat.parse(
        "# Handicaprådet\n\n**Mødedato:** 24. oktober 2024\n\n"
        "### Punkt 1: Godkendelse af dagsorden\n\nGodkendt.\n\n---\n\n" + footer + "\n"
    )
    assert meeting.organisation == organisation


def test_a_closing_sentence_after_the_opening_one_gives_the_end_time() -> None:
    meeting = referat.parse(
        "ODDER KOMMUNE\nSocial- og Sundhedsudvalget\n\n**BESLUTNINGSPROTOKOL**\n\n"
        "Mødet den 3. juni 2024 kl. 16.00 i Byrådssalen, Odder Rådhus. Mødet hævet kl. 17.25.\n\n"
        "**Pkt. 23  Godkendelse af dagsorden**\nGodkendt.\n"
    )
    assert (meeting.start_time, meeting.end_time) == ("16:00", "17:25")


def test_the_dirigent_elected_with_the_vote_counters_chairs() -> None:
    meeting = referat.parse(
        "GRUNDEJERFORENINGEN KILDEBAKKEN\n\nReferat af ordinær generalforsamling torsdag den "
        "20. marts 2025 kl. 19.00\n\nFra bestyrelsen deltog formand Lars Kjeldsen og kasserer "
        "Birthe Nyholm.\n\n1) Valg af dirigent og stemmetællere\n\nBestyrelsen foreslog Hanne "
        "Toft (nr. 14), som blev valgt. Som stemmetællere valgtes Poul Erik Skov og Annie Hald."
        "\n\n2) Eventuelt\n\nIntet.\n"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == "Hanne Toft"


@pytest.mark.parametrize(
    "minutes",
    [
        "Afdelingsbestyrelsen foreslog Rune Abrahamsen. Han blev valgt uden modkandidater og "
        "konstaterede, at mødet var indkaldt rettidigt efter afdelingens forretningsorden "
        "(opslag og brev til alle husstande 19. august 2024).",
        "Bestyrelsen foreslog Rune Abrahamsen, som blev valgt og konstaterede, at "
        "generalforsamlingen var lovligt indkaldt med mere end 14 dages varsel ved opslag.",
    ],
)
def test_the_dirigent_proposed_in_one_sentence_and_elected_in_the_next(minutes: str) -> None:
    meeting = referat.parse(
        "# REFERAT\n\nOrdinært afdelingsmøde mandag den 16. september 2024 kl. 19.00\n\n"
        "**Fra afdelingsbestyrelsen:**\n* Jytte Holmgaard (formand)\n* Kenneth Bro\n\n"
        f"### 1. Valg af dirigent\n\n{minutes}\n\n### 2. Eventuelt\n\nIntet.\n"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == "Rune Abrahamsen"


def test_the_protocol_signed_closes_the_minutes() -> None:
    meeting = referat.parse(
        "# Bestyrelsesmøde i Hovmark Maskinfabrik A/S\n\nDato: 12. juni 2024\n\n"
        "Ad 1. Eventuelt\nIntet.\n\nProtokollatet er godkendt og underskrevet digitalt af "
        "samtlige deltagende bestyrelsesmedlemmer.\n"
    )
    assert meeting.agenda[0].decision is not None
    assert meeting.agenda[0].decision.outcome is referat.Outcome.NONE


def test_minutes_answering_an_invitation_by_mail_are_minutes_of_the_named_organisation() -> None:
    meeting = referat.parse(
        "**Fra:** Birgitte Lauesen <sekretaer@vestervang-if.dk>\n**Sendt:** 19. juni 2024 08:12\n"
        "**Emne:** SV: Indkaldelse til bestyrelsesmøde tirsdag 18/6\n\nHej alle\n\n"
        "Her kommer referatet.\n\n---\n\nREFERAT AF BESTYRELSESMØDE I VESTERVANG IDRÆTSFORENING\n\n"
        "Tirsdag d. 18. juni 2024 kl. 19.00-21.30 i klubhuset\n\n"
        "1) Godkendelse af referat\nGodkendt uden bemærkninger.\n\n"
        "2) Økonomi\nOrienteringen blev taget til efterretning.\n"
    )
    assert meeting.document_kind is not None
    assert meeting.document_kind.value == "referat"
    assert meeting.organisation == "Vestervang Idrætsforening"
    assert [it.decision.outcome.value for it in meeting.agenda if it.decision] == [
        "approved",
        "noted",
    ]


@pytest.mark.parametrize(
    ("top", "organisation"),
    [
        ("## Andelsboligforeningen Kastanjehaven\n\n**Referat af ordinær generalforsamling**",
         "Andelsboligforeningen Kastanjehaven"),
        ("# Grundejerforeningen Kløvermarken\n\n## Bestyrelsesmøde 19/8-2024",
         "Grundejerforeningen Kløvermarken"),
        ("IF Fremad Hvinningdal – bestyrelsesmøde", "IF Fremad Hvinningdal"),
    ],
)  # fmt: skip
def test_an_associations_name_alone_over_the_title_is_the_organisation(
    top: str, organisation: str
) -> None:
    meeting = referat.parse(f"{top}\n\nDato: 19. august 2024\n\n1. Budget\n\nGodkendt.\n")
    assert meeting.organisation == organisation


def test_a_sites_menu_after_its_name_is_no_part_of_the_organisation() -> None:
    meeting = referat.parse(
        "Spring til indhold\nFGU Skjernådalen   Uddannelser   For virksomheder   Om os   Kontakt\n"
        "Om os › Bestyrelse › Referater\n\nReferat af bestyrelsesmøde\n\n"
        "Dato: torsdag den 12. december 2024\n\n1. Budget\n\nGodkendt.\n"
    )
    assert meeting.organisation == "FGU Skjernådalen"


def test_a_school_and_its_room_under_the_title_and_an_item_after_an_empty_lists_dashes() -> None:
    meeting = referat.parse(
        "Referat af Skolebestyrelsesmøde\nEngparkskolen, personalerummet\n"
        "onsdag den 6. februar 2019 kl. 17.00 - 19.30\n\nDeltagere:\n"
        "Forældrevalgte: Rikke Amstrup, Michael Thybo.\n\nFraværende:\n"
        "Medarbejderrepræsentanter:  - - 1. Godkendelse af dagsorden og referat:\n"
        "  Dagsorden godkendt.\n\n 2. Elevrådet:\n  Intet nyt.\n"
    )
    assert meeting.organisation == "Engparkskolen"
    assert meeting.location is not None
    assert meeting.location.name == "Engparkskolen"
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden og referat"),
        ("2", "Elevrådet"),
    ]


def test_a_municipality_alone_on_a_line_under_the_title_is_the_organisation() -> None:
    meeting = referat.parse(
        "Økonomiudvalget – Referat – 7. oktober 2019\n\n\n\nGudenå Kommune\n"
        "Mødested: Rådhuset, Mødelokale 1\nMødedato: Mandag den 7. oktober 2019\n\n"
        "1. Godkendelse af dagsorden (B)\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert (meeting.organisation, meeting.body) == ("Gudenå Kommune", "Økonomiudvalget")


@pytest.mark.parametrize(
    "line", ["Lindehøjskolen, personalerummet (1. sal)", "Lindehøjskolen, mødelokale 2"]
)
def test_a_school_and_its_room_with_a_remark_under_a_plain_title(line: str) -> None:
    meeting = referat.parse(
        f"Referat af Skolebestyrelsesmøde\n{line}\nonsdag den 14. januar 2009 kl. 19.00 - 21.30\n"
        "\n\nDirigent: Torben Wulff\n"
    )
    assert meeting.organisation == "Lindehøjskolen"


@pytest.mark.parametrize(
    ("first", "chair"),
    [
        ("Velkomst ved formand for Vækstforum, regionsrådsformand Karen Holst Winther",
         "Karen Holst Winther"),
        ("Velkomst ved formanden", None),
        ("Velkomst ved Vækstforum", None),
    ],
)  # fmt: skip
def test_the_first_items_welcome_names_the_chair(first: str, chair: str | None) -> None:
    meeting = referat.parse(
        "Dagsorden for mødet i Vækstforum den 12. september 2007\n\n"
        f" 1. {first}\n 2. Godkendelse af dagsorden\n 3. Eventuelt\n"
    )
    assert (meeting.chair.name if meeting.chair else None) == chair


def test_a_pdf_forms_labels_first_and_values_after_them() -> None:
    page = (
        "1 Skjoldborg Kommune Kommunalbestyrelsen Referat Dato: Starttidspunkt for møde: Kl "
        "Sluttidspunkt for møde: Kl Mødested: Udsendelsesdato: Afbud fra: Onsdag den "
        "22-september-2004 19:00 22:35 Rådhusets mødesal 24-september-2004 Karin Høeg "
        "Fraværende: Mødedeltagere: Anton Kragh, Bente Lyhne, Carsten Wedel, Dorthe Ravnsborg "
        "åben"
    )
    meeting = referat.parse(page + "\n")
    assert str(meeting.date) == "2004-09-22"
    assert (meeting.start_time, meeting.end_time) == ("19:00", "22:35")
    assert meeting.location is not None
    assert meeting.location.name == "Rådhusets mødesal"
    assert [p.name for p in meeting.absentees] == ["Karin Høeg"]


@pytest.mark.parametrize(
    ("opening", "organisation"),
    [
        (
            "# Torsdag 13. maj 2021 kl 19:00 Ekstraordinær generalforsamling\n\n"
            "Hermed indkaldes til ekstraordinær generalforsamling i ThyLUG, for at vælge "
            "en kasserer.",
            "ThyLUG",
        ),
        (
            "# Torsdag 13. maj 2021 kl 19:00 Ekstraordinær generalforsamling\n\n"
            "# Referat for Limlug ekstraordinære generalforsamling d. 2021.05.13",
            "Limlug",
        ),
    ],
)
def test_the_association_holding_a_general_assembly(opening: str, organisation: str) -> None:
    meeting = referat.parse(f"{opening}\n\n1. Valg af dirigent\n2. Valg af kasserer\n")
    assert meeting.organisation == organisation


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Modellerne og deres økonomi for Vallensbæk Kommune er vedlagt.", "Vallensbæk Kommune"),
        ("Roskilde Kommunes idrætspolitik revideres.", "Roskilde Kommune"),
        ("Vallensbæk Kommune og Ishøj Kommune samarbejder om ruten.", None),
        ("Region Midtjylland indgav en klage.", "Region Midtjylland"),
        ("Ruten er aftalt med Skive Kommune; regionen betaler.", None),
    ],
)
def test_a_committees_sole_municipality(text: str, organisation: str | None) -> None:
    page = (
        "Referat\nTeknik- og Miljøudvalget mandag den 2. juni 2025 kl. 17.00\n\n"
        "Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        f"Affald\n\nSagsfremstilling\n\n{text}\n"
    )
    assert referat.parse(page).organisation == organisation


@pytest.mark.parametrize(
    "sentence",
    [
        "Referat af bestyrelsesmøde i Vesterbæk Sogneforening tirsdag d. 12.\nnovember 2024 kl."
        " 19.30 hos Jens, Møllebakken 3.",
        "Bestyrelsen holdt møde den 12.\nnovember 2024 kl. 19.30.",
    ],
)
def test_a_date_broken_after_its_day(sentence: str) -> None:
    """A prose date whose line breaks after the day ("d. 12." over "november 2024 ..."), as an
    e-mail's wrapped lines have it; the e-mail's own sending date is not the meeting's."""
    m = referat.parse(
        "Fra: Lone Bech <lone@mail.dk>\nSendt: 14. november 2024 21:37\nEmne: Referat\n\n"
        f"{sentence}\n\nTil stede: Jens Ågaard, Gitte Hvam\n\n1. Regnskab\nGodkendt.\n"
    )
    assert m.date is not None
    assert m.date.isoformat() == "2024-11-12"
    assert m.start_time == "19:30"


def test_a_listed_referent_beats_the_pages_author() -> None:
    """OS2's minutes template: "**Skrevet af**: ..." names who wrote the page; a list that marks
    someone else "(Referent)" names the minute-taker. The author alone is the minute-taker."""
    head = "# Referat : OS2 Affaldsruter 12.03.2026\n\n**Skrevet af**: Maja Thorup Kristiansen\n\n"
    listed = (
        "#### Faciliteret af Maja Thorup Kristiansen:\n\n- Maja Thorup Kristiansen (Mødeleder)\n"
    )
    tail = "\n## 1. Velkomst\n\nGodkendt.\n"
    m = referat.parse(head + listed + "- Oliver Brink Skaarup (Referent)\n" + tail)
    assert m.minute_taker is not None
    assert m.minute_taker.name == "Oliver Brink Skaarup"
    alone = referat.parse(head + listed + tail)
    assert alone.minute_taker is not None
    assert alone.minute_taker.name == "Maja Thorup Kristiansen"


def test_a_time_field_far_below_a_front_matters_date() -> None:
    """An Obsidian note: the front matter's "date:" and, under a long list of its keys, the
    page's own "**Hvornår:** tirsdag kl. 19:00 – 21:15": the meeting's times."""
    people = "".join(f'  - "[[Person {k}]]"\n' for k in range(12))
    m = referat.parse(
        f"---\ntitle: Bestyrelsesmøde\ndate: 2025-06-17\ndeltagere:\n{people}tags: [referat]\n"
        "---\n\n# Bestyrelsesmøde 17/6-2025\n\n**Hvor:** Fælleshuset\n"
        "**Hvornår:** tirsdag kl. 19:00 – 21:15\n\n## 1. Sag\n\nGodkendt.\n"
    )
    assert (m.start_time, m.end_time) == ("19:00", "21:15")


@pytest.mark.parametrize(
    ("heading", "organisation"),
    [
        ("Referat af møde i Tranum Lokalråd", "Tranum Lokalråd"),
        ("Ulvsig Sogns Menighedsråd – referat", "Ulvsig Sogns Menighedsråd"),
        ("Referat – Lokalrådet for Ølsted og Omegn", "Lokalrådet for Ølsted og Omegn"),
        ("Referat af møde i Bestyrelsen for Musikforeningen Tonen", "Musikforeningen Tonen"),
        # a body of another one: no organisation of its own
        ("Referat af møde i Udvalget for Klima og Miljø", None),
        ("Referat af møde i Teknisk Udvalg", None),
    ],
)
def test_a_body_that_is_its_own_organisation(heading: str, organisation: str | None) -> None:
    meeting = referat.parse(f"# {heading}\n\nDato: 3. maj 2025\n\n## 1. Sag\n\nGodkendt.\n")
    assert meeting.organisation == organisation


@pytest.mark.parametrize(
    ("heading", "body", "organisation"),
    [
        (
            "Referat af møde i Bestyrelsen for Vandværket Østerby",
            "Bestyrelsen",
            "Vandværket Østerby",
        ),
        (
            "Repræsentantskabet for Boligforeningen Vestbo – referat",
            "Repræsentantskabet",
            "Boligforeningen Vestbo",
        ),
        ("Referat – Brugerrådet for Lemvig Bibliotek", "Brugerrådet", "Lemvig Bibliotek"),
        # a group named for its task, and a council named for its place, keep their names
        ("Referat – Styregruppen for OS2borgerPC", "Styregruppen for OS2borgerPC", "OS2borgerPC"),
        (
            "Referat – Lokalrådet for Ølsted og Omegn",
            "Lokalrådet for Ølsted og Omegn",
            "Lokalrådet for Ølsted og Omegn",
        ),
    ],
)
def test_a_board_for_its_organisation(heading: str, body: str, organisation: str) -> None:
    meeting = referat.parse(f"# {heading}\n\nDato: 3. maj 2025\n\n## 1. Sag\n\nGodkendt.\n")
    assert (meeting.body, meeting.organisation) == (body, organisation)


@pytest.mark.parametrize(
    ("written", "organisation"),
    [
        ("Kulturhus Remisen – Bestyrelsen", "Kulturhus Remisen"),
        ("Engtoftskolen – skolebestyrelsen", "Engtoftskolen"),
        ("Rødkilde Badmintonklub 🏸 – Bestyrelsen", "Rødkilde Badmintonklub"),
        ("Lindeparkskolen Skolebestyrelsen", "Lindeparkskolen"),
        ("Teknik- og Miljøudvalget", "Teknik- og Miljøudvalget"),  # a body's own name
        # the name's abbreviation beside it; not a part after an abbreviation
        ("TIF – Tønnesby Idrætsforening", "Tønnesby Idrætsforening"),
        ("Hørby Gymnastik- og Idrætsforening (HGIF)", "Hørby Gymnastik- og Idrætsforening"),
        ("DGI – Sydvest", "DGI – Sydvest"),
    ],
)
def test_the_body_after_an_organisations_name_is_no_part_of_it(
    written: str, organisation: str
) -> None:
    assert bare_organisation(written) == organisation


def test_a_login_bar_is_furniture_and_the_crumb_over_the_board_is_the_organisation() -> None:
    meeting = referat.parse(
        "Log ind   Opret bruger\nSF Svendborg › Bestyrelsen › Referater\n\n"
        "Referat af bestyrelsesmøde d. 4/3/21 (onlinemøde, kl. 20-21.30)\n\n"
        "Til stede: Sanne, Mikkel, Hassan. Afbud: Lone K.\n\n"
        "1. Velkommen\nOk.\n\n2. Eventuelt\nIntet.\n"
    )
    assert meeting.organisation == "SF Svendborg"
    # a generic first crumb names no one's organisation
    other = referat.parse(
        "Klubben › Bestyrelsen › Referater\n\nReferat af bestyrelsesmøde 5. maj 2025\n\n"
        "1. Velkommen\nOk.\n\n2. Eventuelt\nIntet.\n"
    )
    assert other.organisation != "Klubben"


def test_a_stamp_before_the_letterheads_organisation_is_no_part_of_it() -> None:
    assert (
        bare_organisation("FORTROLIGT      Nordvang Maskinfabrik A/S")
        == "Nordvang Maskinfabrik A/S"
    )
    assert bare_organisation("FORTROLIGT") == "FORTROLIGT"


def test_an_aula_page_shared_with_groups_under_the_schools_crumbs() -> None:
    meeting = referat.parse(
        "Aula\n\nKløverbakkeskolen › Grupper › Skolebestyrelsen › Dokumenter › Referater\n\n"
        "# Referat skolebestyrelsesmøde januar 2025\n\n"
        "Delt med: Skolebestyrelsen (11), Kløverbakkeskolen – Personale\n\n"
        "**Tid og sted:** Tirsdag d. 14. januar 2025 kl. 17.00-19.30\n\n"
        "**4. Principper for lektiecafé (25 min)**\nBilag: Udkast til principper for lektiecafé\n"
        "Der var en længere drøftelse af om lektiecafé skal være frivillig for\n"
        "alle årgange. Drøftet.\n\n**5. Evt. (5 min)**\nIntet.\n"
    )
    assert meeting.organisation == "Kløverbakkeskolen"
    item = meeting.agenda[0]
    # the attachment named on the label's line, then the minutes a hard wrap broke
    assert [s.kind.value for s in item.sections] == ["bilag", "referat"]
    assert item.decision is not None
    assert item.decision.outcome.value == "discussed"


def test_a_business_council_named_before_its_place_is_its_own_organisation() -> None:
    meeting = referat.parse(
        "# Erhvervsråd Limfjord Vest\n\n## Referat – bestyrelsesmøde nr. 3/2025\n\n"
        "**Tid:** Torsdag den 12. juni 2025, kl. 8.00\n\n### Pkt. 1 – Godkendelse\n\nGodkendt.\n\n"
        "### Pkt. 2 – Eventuelt\n\nIntet.\n"
    )
    assert meeting.organisation == "Erhvervsråd Limfjord Vest"


@pytest.mark.parametrize(
    ("top", "organisation"),
    [
        # a menu behind its icon is no letterhead
        ("☰ Menu   Forside   Borger   Politik   🔍 Søg\n\n"
         "## Referat – Kommunalbestyrelsens møde 12. juni 2025", None),
        # nor is an e-mail's sender field; a logo's alt text names the organisation
        ("Fra: Bestyrelsen i Myretuen (Camilla Brøndum)\nSendt: 4. marts 2019 10:12\n\n"
         "# Referat", None),
        ("![Hjortholm Spejdergruppe logo](media/image1.png)\n\n# Referat af gruppebestyrelse",
         "Hjortholm Spejdergruppe"),
        # a town after the club's name is no part of it, nor is the newsletter's name
        ("# Dagsorden – bestyrelsesmøde\n\n**Modeljernbaneklubben Vestbanen, Holstebro**",
         "Modeljernbaneklubben Vestbanen"),
        ("#### Medlemsblad for Grundejerforeningen Strandengen\n\n# Referat",
         "Grundejerforeningen Strandengen"),
        # an emoji before a letterhead, a line under the title naming the assembly's
        # association, a page's place in an app, a hall
        ("🟢 Kulturforeningen Lyngå Mejeri\n\n# Referat af bestyrelsesmøde",
         "Kulturforeningen Lyngå Mejeri"),
        ("Hjortebjerg Vandværk a.m.b.a.                              Marts 2012\nIndkaldelse til"
         " generalforsamling\n\n# INDKALDELSE\n\ntil ordinær generalforsamling i Hjortebjerg"
         " Vandværk a.m.b.a.\n\n", "Hjortebjerg Vandværk"),
        ("Aula · Beskeder › Indbakke\n\n# Referat af forældrebestyrelsesmøde", None),
        ("Forsamlingshuset\n\n# Referat af bestyrelsesmøde", None),
        # nor is a salutation, however long
        ("# Indkaldelse til ordinær generalforsamling\n\n"
         "Kære andelshavere i Andelsboligforeningen Havnekanten", None),
        # the association a notice names after the assembly word, a compound and all
        ("# Indkaldelse\n\nHermed indkaldes til ordinær generalforsamling i Ørslev Borger- og"
         " Landsbyforening tirsdag den 7. marts 2017.", "Ørslev Borger- og Landsbyforening"),
        # a name's last word ending in s is whole; a genitive over its noun loses the s; a
        # house is a place, not a cut name ("Forsamlingshu")
        ("# Referat\n\nHer er referatet fra tirsdagens generalforsamling i Koret Nordlys."
         " Rettelser senest søndag.", "Koret Nordlys"),
        ("# Indkaldelse\n\nDer indkaldes til generalforsamling i Grundejerforeningen Engtoftens"
         " lokaler.", "Grundejerforeningen Engtoften"),
        ("# Protokol\n\nTorsdag den 6. marts kl. 19.30 afholdtes ordinær generalforsamling i"
         " Vester Tørslev Forsamlingshus.", None),
    ],
)  # fmt: skip
def test_organisation_not_from_a_menu_or_a_salutation(top: str, organisation: str | None) -> None:
    meeting = referat.parse(top + "\n\nDato: 12. juni 2025\n\n## 1. Budget\n\nGodkendt.\n")
    assert meeting.organisation == organisation


@pytest.mark.parametrize("year_word", ["År", "Aar"])
def test_a_protocols_opening_with_the_year_first(year_word: str) -> None:
    meeting = referat.parse(
        f"VESTER BJERRUM VANDVÆRK\n\nBestyrelsesmøde\n\n{year_word} 1998, mandag den 9. februar"
        " kl. 19.30 afholdtes bestyrelsesmøde\nhos formanden.\n\nMødt: Kaj Ibsen, Aksel"
        " Bundgaard\n\n1. Protokollen fra sidste møde\n\nGodkendt.\n"
    )
    assert (str(meeting.date), meeting.start_time) == ("1998-02-09", "19:30")


def test_a_right_aligned_letter_date_is_weaker_than_the_meetings() -> None:
    meeting = referat.parse(
        "NORDJYSK DIGITALISERINGSPARTNERSKAB                Sekretariatet\n"
        "                                                   Den 22. september 2008\n\n"
        "DAGSORDEN\n\ntil møde i Koordinationsgruppen\n"
        "torsdag den 2. oktober 2008 kl. 9.00 – 12.00\n\n"
        "Der serveres morgenbrød fra kl. 8.30.\n\nAd 1. Godkendelse af dagsorden\n\n"
        "Ad 2. Meddelelser\n"
    )
    assert (str(meeting.date), meeting.start_time, meeting.end_time) == (
        "2008-10-02",
        "09:00",
        "12:00",
    )


def test_a_label_and_its_value_in_one_cell_of_a_header_table() -> None:
    meeting = referat.parse(
        "| Vestkyst Amt | **REFERAT** |\n|---|---|\n| Social- og Sundhedsudvalget |"
        " Mødedato: 19.04.2004 |\n| | Mødetid: 13.00 - 16.00 |\n| | Mødested: Amtsgården |\n"
        "| | Adresse: Strandgade 18, 6960 Hvide Sande |\n\n## 1. Budget\n\nGodkendt.\n"
    )
    assert meeting.location is not None
    assert (meeting.location.name, meeting.location.street, meeting.location.city) == (
        "Amtsgården",
        "Strandgade 18",
        "Hvide Sande",
    )
    assert (str(meeting.date), meeting.start_time) == ("2004-04-19", "13:00")


@pytest.mark.parametrize(
    ("top", "organisation"),
    [
        ("**Hvidbjerg-Ørum Jagtforening**\nStiftet 1946", "Hvidbjerg-Ørum Jagtforening"),
        ("# Konservativ Vælgerforening for Fjerritslev og Omegn",
         "Konservativ Vælgerforening for Fjerritslev og Omegn"),
        ("Sallingsund Roklub                              Bestyrelsesmøde 14.11.2016",
         "Sallingsund Roklub"),
        ("![logo](logo.png)\n\nBådelauget Nørrevig", "Bådelauget Nørrevig"),
        ("| Vestkyst Amt | **REFERAT** |\n|---|---|", "Vestkyst Amt"),
        # a choir, a waterworks; a founding year; a dot before the body
        ("# Vestegnens Kammerkor\n\n## Bestyrelsesmøde", "Vestegnens Kammerkor"),
        ("Vester Bølling Vandværk – forhandlingsprotokol 1994-2003", "Vester Bølling Vandværk"),
        ("Tarm Boldklub af 1921 · Hovedbestyrelsen", "Tarm Boldklub af 1921"),
        ("Tennisklubben Lærkehøj 🎾", "Tennisklubben Lærkehøj"),
        ("Fil  Rediger  Vis  Indsæt  Formatér  Værktøjer  Hjælp", None),  # an editor's menu
        # no organisation: a field, a body alone, a sentence, one word
        ("Sted: Mødelokale 2, Rådhuset", None),
        ("Teknik- og Miljøudvalget", None),
        ("Konstituerende møde i bestyrelsen", None),
        ("Udvalg", None),
    ],
)  # fmt: skip
def test_an_organisations_name_alone_at_the_top(top: str, organisation: str | None) -> None:
    m = referat.parse(f"{top}\n\nDato: 5. marts 2024\n\n## 1. Regnskab\n\nGodkendt.\n")
    assert m.organisation == organisation


def test_the_notice_named_in_the_minutes_title_line_is_no_kind() -> None:
    # "(Teams-link udsendt med indkaldelsen)": the notice sent earlier, not this document
    document = (
        "**GRENAA BUSSER** | Bestyrelsen | Referat\n\n"
        "Bestyrelsesmøde nr. 2/2023 · 14. marts 2023 · kl. 10-12 · Havnevej 3, 8500 Grenaa"
        " (Teams-link udsendt med indkaldelsen)\n\n"
        "**Pkt. 1** Godkendelse af dagsorden\n\nBeslutning B 23/11: Dagsordenen blev godkendt.\n"
    )
    meeting = referat.parse(document)
    assert meeting.document_kind is referat.DocumentKind.REFERAT
    assert meeting.agenda[0].decision is not None
    assert meeting.agenda[0].decision.outcome is referat.Outcome.APPROVED


LETTERHEAD = """{left1}{gap}{right1}
{left2}{gap}{right2}

REFERAT

Mødested: Byrådssalen
Til stede: Per Bach (V), formand, Lene Kirk (A)

Punkt 1. Godkendelse af dagsorden
Godkendt.
"""


def test_a_two_line_letterhead_in_two_columns_is_read_column_by_column() -> None:
    """A PDF's letterhead: the body's names on the left, the minutes' fields on the right.
    Two lines are enough (three were needed): the fields are fields, the title is no merger."""
    meeting = referat.parse(
        LETTERHEAD.format(
            left1="Vesthimmerlands Kommune",
            right1="Dato: 12. marts 2024",
            left2="Børne- og Skoleudvalget",
            right2="Sagsnr.: 24/1234",
            gap=" " * 30,
        )
    )
    assert [(f.label, f.value) for f in meeting.fields[:2]] == [
        ("Dato", "12. marts 2024"),
        ("Sagsnr.", "24/1234"),
    ]
    assert meeting.title == "REFERAT"
    assert meeting.date is not None
    assert meeting.date.isoformat() == "2024-03-12"
    assert meeting.body == "Børne- og Skoleudvalget"


def test_signature_labels_over_two_names_keep_their_label_line() -> None:
    """ "Dirigent:    Referent:" over the two names: each is read with its label's line."""
    meeting = referat.parse(
        "# Referat af generalforsamling\n\nDato: 5. marts 2024\n\n## 1. Beretning\n\nGodkendt.\n\n"
        "Dirigent:                              Referent:\n"
        "Svend Aage Pedersen                    Bodil Krogh\n"
    )
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Bodil Krogh"
    assert meeting.minute_taker.span.start_line == 9  # "Dirigent:    Referent:"


NEWS_POST = """{stamp}

# Bestyrelsesmøde i Hobro Roklub

{sentence} Til stede var Jens, Mette, Ole og Sanne.

**1. Standerhejsning**
Standerhejsning bliver den 4. maj kl. 10. Godkendt.
"""


@pytest.mark.parametrize(
    ("stamp", "sentence", "date"),
    [
        # a page's date over a meeting day named by its weekday: the day, in the weeks before
        ("Nyheder | 02.05.2024", "Vi holdt møde mandag den 29. april kl. 19.", "2024-04-29"),
        ("Skrevet af Jens, 2. maj 2024", "Vi mødtes mandag den 29. april.", "2024-04-29"),
        ("14.01.2025", "Bestyrelsen holdt møde mandag den 30. december.", "2024-12-30"),
        # the weekday does not fit the page's year: the page's date stays
        ("Nyheder | 02.05.2024", "Vi holdt møde tirsdag den 29. april.", "2024-05-02"),
        # months before the page: no meeting the page tells of
        ("Nyheder | 02.05.2024", "Vi holdt møde fredag den 2. februar.", "2024-05-02"),
        # a deadline and another meeting are no meeting day
        ("Nyheder | 02.05.2024", "Tilmelding senest mandag den 29. april.", "2024-05-02"),
        ("Nyheder | 02.05.2024", "Referatet fra sidste møde mandag den 29. april.", "2024-05-02"),
        # a day with its weekday and year is the meeting's own, a line naming a meeting too
        ("Torsdag den 2. maj 2024", "Vi holdt møde mandag den 29. april.", "2024-05-02"),
        ("Referat 2. maj 2024", "Vi holdt møde mandag den 29. april.", "2024-05-02"),
    ],
)
def test_a_news_page_date_over_a_meeting_day_without_a_year(
    stamp: str, sentence: str, date: str
) -> None:
    meeting = referat.parse(NEWS_POST.format(stamp=stamp, sentence=sentence))
    assert meeting.date is not None
    assert meeting.date.isoformat() == date
    inferred = [d for d in meeting.diagnostics if d.code == "date-year-inferred"]
    assert bool(inferred) == (date != "2024-05-02")


@pytest.mark.parametrize(
    "sign_off", ["/Gitte (referent)", "/Gitte, ref.", "/Gitte Holm (Referent)"]
)
def test_a_sign_off_with_its_role_over_share_links_names_the_minute_taker(sign_off: str) -> None:
    meeting = referat.parse(
        "# Bestyrelsesmøde\n\nDato: 7. november 2023\n\nTil stede: Lars Mikkelsen, Gitte Holm\n\n"
        f"## 1. Eventuelt\n\nIntet.\n\n{sign_off}\n\n"
        "[Del på Facebook](#) · [Tilbage til nyheder](/nyheder)\n\n2 kommentarer\n"
    )
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Gitte Holm"
    assert [s.text for s in meeting.agenda[0].sections] == ["Intet."]


@pytest.mark.parametrize(
    ("stamp", "under_date", "start"),
    [
        # OneNote's page header: the title, the date, the time the page was made
        ("", "08:47\n\nMødet startede kl. 16.00 på kontoret.", "16:00"),
        ("", "08:47\n\nVi mødtes kl. 16.00 på kontoret.", "16:00"),
        # the stamp on the date's line, after a gap
        ("    19:04", "Mødet begyndte kl. 19.30.", "19:30"),
        # a clock alone and no other time: the meeting's
        ("", "19:00", "19:00"),
    ],
)
def test_a_clock_alone_under_the_date_is_weaker_than_a_time_in_words(
    stamp: str, under_date: str, start: str
) -> None:
    meeting = referat.parse(
        f"Bestyrelsesmøde maj\n\ntirsdag 13. maj 2014{stamp}\n\n{under_date}\n\n"
        "**Ad 1 Godkendelse af dagsorden**\n\nOK\n"
    )
    assert meeting.start_time == start


@pytest.mark.parametrize(
    "stamp",
    [
        "Udskrevet fra www.sydsund.dk 27-02-2025 10:14",
        "Printed from sydsund.dk 27-02-2025 10:14",
        "Udskrevet den 27.02.2025 kl. 10:14",
    ],
)
def test_a_print_stamp_over_the_page_dates_nothing(stamp: str) -> None:
    meeting = referat.parse(
        f"{stamp}\n\n# Kultur- og Fritidsudvalget\n\n### Dagsorden til ordinært møde\n\n"
        "Tirsdag den 4. marts 2025 kl. 16.00\n\n**Pkt. 1 Godkendelse af dagsorden**\n\nGodkendt.\n"
    )
    assert (meeting.date, meeting.start_time) == (dt.date(2025, 3, 4), "16:00")


@pytest.mark.parametrize(
    "attribution",
    [
        "Den 22. nov. 2018 kl. 21.47 skrev Birthe Laursen <kasserer@hvidbjergvand.dk>:",
        "On 22 Nov 2018, at 21:47, Birthe Laursen <kasserer@hvidbjergvand.dk> wrote:",
    ],
)
def test_an_e_mail_clients_reply_line_dates_nothing(attribution: str) -> None:
    """A reply quoting the minutes: the line over the quote says when that mail was sent."""
    meeting = referat.parse(
        f"Hej Birthe\n\nFint referat.\n\n{attribution}\n\n> Hvidbjerg Vandværk A.m.b.a.\n"
        "> Referat af bestyrelsesmøde tirsdag den 20. november 2018 kl. 19.00\n>\n"
        "> 1) Godkendelse af dagsorden\n> Godkendt.\n"
    )
    assert (meeting.date, meeting.start_time) == (dt.date(2018, 11, 20), "19:00")


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("## Ejerforeningen Solbakkegården – Bestyrelsen", "Ejerforeningen Solbakkegården"),
        ("**Bestyrelsen · Netværket Sydhavn Maritim**", "Netværket Sydhavn Maritim"),
        # a crumb trail, capitals and a lone word are no organisation's name
        ("Aula › Beskeder › Forældreforeningen – Bestyrelsen", None),
        ("LINDEBJERGSKOLEN – Bestyrelsen", None),
    ],
)
def test_an_organisation_beside_the_body_under_a_property_block(
    line: str, organisation: str | None
) -> None:
    meeting = referat.parse(
        "# Bestyrelsesmøde 2023-04-18\n\nType: Referat\nDato: 18. april 2023 kl. 19.00\n"
        "Status: Godkendt\n\n---\n\n"
        f"{line}\n\n**Referent:** Nanna Friis\n\n### 1. Regnskab\n\nGodkendt.\n"
    )
    assert (meeting.body, meeting.organisation) == ("Bestyrelsen", organisation)


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        # a name's abbreviation and a word ending in s inside it; houses in its name
        (
            "af ekstraordinær generalforsamling i Andelsboligforeningen Skt. Hans Gården",
            "Andelsboligforeningen Skt. Hans Gården",
        ),
        (
            "til ordinær generalforsamling i Ejerforeningen Nørregården",
            "Ejerforeningen Nørregården",
        ),
        # a room is no association
        ("til ordinær generalforsamling i Fælleshuset", None),
    ],
)
def test_the_association_holding_the_assembly(line: str, organisation: str | None) -> None:
    meeting = referat.parse(
        f"# REFERAT\n\n**{line}**\n\nOnsdag den 17. september 2008 kl. 19.00.\n\n"
        "## 1. Valg af dirigent\n\nBo Lind blev valgt.\n"
    )
    assert meeting.organisation == organisation


def test_the_body_as_a_running_headers_column_writes_it() -> None:
    meeting = referat.parse(
        "Fjordsted Gymnasium & HF – Bestyrelsen                          Referat 21.09.2016\n\n"
        "# Referat\n\n## Bestyrelsesmøde nr. 3/2016\n\nDato: Onsdag den 21. september 2016\n\n"
        "### 1. Regnskab\n\nGodkendt.\n"
    )
    assert (meeting.body, meeting.organisation) == ("Bestyrelsen", "Fjordsted Gymnasium & HF")


_GAP = " " * 40


@pytest.mark.parametrize(
    ("letterhead", "body", "organisation"),
    [
        (f"REGION VESTKYST{_GAP}Regionsrådet\n\n# REFERAT\n\n**Regionsrådet**", "Regionsrådet",
         "Region Vestkyst"),
        (f"Boligforeningen Fjordbo{_GAP}Afd. 31 Engparken\n\n## REFERAT\n\nMødeforum:"
         " Afdelingsbestyrelsen", "Afdelingsbestyrelsen", "Boligforeningen Fjordbo"),
        (f"NORDJYSK DIGITALISERINGSPARTNERSKAB{_GAP}Sekretariatet\n\nDAGSORDEN\n\ntil møde i"
         " Koordinationsgruppen", "Koordinationsgruppen", "Nordjysk Digitaliseringspartnerskab"),
        (f"VEJRUM KOMMUNE{_GAP}Folkeoplysningsudvalget\n\n{_GAP}Møde den 12. maj 1998\n\n"
         "# REFERAT", "Folkeoplysningsudvalget", "Vejrum Kommune"),
        (f"FABRIKANT VIGGO DAMS FOND{_GAP}CVR-nr. 18 44 27 91\nFondsbestyrelsen\n\n# Referat",
         "Fondsbestyrelsen", "Fabrikant Viggo Dams Fond"),
        (f"Hvidsten Landsbyråd{_GAP}*Delt dokument – kun til visning*\n\n# Referat fra"
         " bestyrelsesmøde", "Hvidsten Landsbyråd", "Hvidsten Landsbyråd"),  # (its own)
    ],
)  # fmt: skip
def test_a_letterheads_columns_are_read_apart(
    letterhead: str, body: str, organisation: str | None
) -> None:
    """A letterhead in two columns far apart: the organisation is the first column (or a later
    one that names an organisation), and the body is not the columns run together."""
    meeting = referat.parse(f"{letterhead}\n\nDato: 24. juni 2009\n\n## 1. Budget\n\nGodkendt.\n")
    assert (meeting.body, meeting.organisation) == (body, organisation)


@pytest.mark.parametrize(
    ("top", "body", "organisation"),
    [
        ("# Elevrådsmøde 4. oktober 2018\n\n**Elevrådet på Bakkeskolen**", "Elevrådet",
         "Bakkeskolen"),
        ("# Bestyrelsesmøde\n\n**Bestyrelsen ved Hårby Skole**", "Bestyrelsen", "Hårby Skole"),
    ],
)  # fmt: skip
def test_a_body_in_its_definite_form_at_its_institution(
    top: str, body: str, organisation: str
) -> None:
    """The meeting's word names the body ("Elevrådsmøde"), and a line writes it in the definite
    form at its institution: the body as written, the institution its organisation."""
    m = referat.parse(f"{top}\n\nDato: 4. oktober 2018\n\n## 1. Budget\n\nGodkendt.\n")
    assert (m.body, m.organisation) == (body, organisation)


@pytest.mark.parametrize(
    ("top", "organisation"),
    [
        ("# SKØDEBREVET\n\n## Medlemsblad for Sejlklubben Egebugt · Nr. 2 · April 2002\n\n"
         "### Referat fra generalforsamlingen", "Sejlklubben Egebugt"),
        ("# KIF-NYT\n\n**Medlemsblad for Kærby Idrætsforening · Nr. 2 · April 2003**\n\n"
         "## Referat af bestyrelsesmøde", "Kærby Idrætsforening"),
        # a village's paper names no association: the minutes' own line does
        ("# Hjelmsø-Posten\n\n*Lokalblad for Hjelmsø, Sønderby og omegn · april 2024*\n\n"
         "## Referat fra møde i Hjelmsø Landsbyråd", "Hjelmsø Landsbyråd"),
    ],
)  # fmt: skip
def test_a_newsletters_name_is_not_the_organisation(top: str, organisation: str) -> None:
    m = referat.parse(f"{top}\n\nDato: 9. april 2024\n\n1. Budget\n\nGodkendt.\n")
    assert m.organisation == organisation


@pytest.mark.parametrize("dated", ["Dato: 28.10.1996", "28.10.1996"])
def test_a_letters_reference_block_far_right_dates_the_letter(dated: str) -> None:
    """ "J.nr." / "Dato: 28.10.1996" / "Sagsbeh." far right under the letterhead: the letter's
    date, weaker than the meeting's in the text under the title."""
    right = " " * 40
    meeting = referat.parse(
        f"ØRSLEV KOMMUNE\nSocial- og sundhedsforvaltningen\n\n{right}J.nr. 27.00.00\n"
        f"{right}{dated}\n{right}Sagsbeh.: GL/kb\n\nTil medlemmerne af Ældrerådet\n\n"
        "# DAGSORDEN\n\ntil møde i Ældrerådet i Ørslev Kommune tirsdag den 5. november 1996\n"
        "kl. 14.00 på Ørslev Plejehjem.\n\n1. Godkendelse af dagsorden\n\n2. Eventuelt\n"
    )
    assert (str(meeting.date), meeting.start_time) == ("1996-11-05", "14:00")


@pytest.mark.parametrize(
    ("closing", "end"),
    [
        ("Karen takkede for et godt og konstruktivt møde, som sluttede kl. 19.05.", "19:05"),
        ("Formanden takkede for mødet og lukkede det kl. 12.40.", "12:40"),
        ("Der var ikke mere, hvorefter mødet sluttede kl. 15.20.", "15:20"),
        ("Slut ca. 21.15    /Kim", "21:15"),
        ("Vi mødtes i fælleshuset og var færdige ca. kl. 21.", "21:00"),
        ("Næste møde er tirsdag den 4. maj kl. 19.00.", None),
    ],
)
def test_the_end_time_in_a_closing_clause(closing: str, end: str | None) -> None:
    """The time the meeting closed, told in a clause of a sentence under the items."""
    meeting = referat.parse(
        f"# Referat\n\nDato: 4. marts 2025 kl. 10.00\n\n## 1. Meddelelser\n\nIntet.\n\n{closing}\n"
    )
    assert meeting.end_time == end


def test_the_meeting_itself_after_a_tour_gives_the_times() -> None:
    """ "Udvalget mødtes kl. 15.30 ... til rundvisning. Selve mødet startede kl. 16.00 og
    sluttede kl. 18.05.": the meeting's own start and end, not the tour's."""
    meeting = referat.parse(
        "# Referat\n\nDato: 4. marts 2025\n\nUdvalget mødtes kl. 15.30 ved roklubben til"
        " rundvisning. Selve mødet startede kl. 16.00 og sluttede kl. 18.05.\n\n"
        "## 1. Meddelelser\n\nIntet.\n"
    )
    assert (meeting.start_time, meeting.end_time) == ("16:00", "18:05")


@pytest.mark.parametrize(
    "remark",
    [
        "Forud for mødet er der rundvisning på skolen kl. 15.30-16.00.",
        "Inden mødet spiser udvalget sammen kl. 15.00-15.45.",
    ],
)
def test_an_event_before_the_meeting_gives_no_times(remark: str) -> None:
    """ "Mødetidspunkt: Kl. 16:00" and "Bemærkning: Forud for mødet er der rundvisning ... kl.
    15.30-16.00": the start is the meeting's, and the tour's end is no end of the meeting."""
    meeting = referat.parse(
        "# Dagsorden\n\n**Mødedato:** 7. april 2025\n**Mødetidspunkt:** Kl. 16:00\n"
        f"**Bemærkning:** {remark}\n\n## 1. Meddelelser\n\nIntet.\n"
    )
    assert (meeting.start_time, meeting.end_time) == ("16:00", None)


def test_the_association_named_in_small_letters_and_guests_from_another_body() -> None:
    """ "Ordinær generalforsamling i foreningen Ørsted Forsamlingshus": the association (its
    name ends like a place, but "foreningen" says what it is); the council that sent guests
    ("særligt til gæsterne fra Ørsted Lokalråd") is not the body that meets."""
    meeting = referat.parse(
        "# REFERAT\n\n## Ordinær generalforsamling i foreningen Ørsted Forsamlingshus\n\n"
        "Torsdag den 27. marts 2025 kl. 19.30 i forsamlingshusets sal\n\n"
        "Formand Ellen Kragh bød velkommen til de 44 fremmødte medlemmer og særligt til gæsterne"
        " fra Ørsted Lokalråd.\n\n### 1. Valg af dirigent\n\nPoul Bak blev valgt.\n"
    )
    assert meeting.organisation == "Ørsted Forsamlingshus"
    assert meeting.body == "Generalforsamling"


def test_an_old_protocols_writer_under_the_minutes() -> None:
    """ "Protokolført af Aase Kjær" (no colon) after the closing line: the minute-taker."""
    m = referat.parse(
        "# Referat\n\nDato: 11. marts 1987\n\nTil stede: Poul Sandager, Aase Kjær\n\n"
        "## 1. Godkendelse\n\nGodkendt.\n\nMødet hævet kl. 21.45.\n\nProtokolført af Aase Kjær\n"
    )
    assert m.minute_taker is not None
    assert m.minute_taker.name == "Aase Kjær"


def test_a_pages_drop_down_filter_ends_its_value() -> None:
    """ "Udvalg: Børne- og Skoleudvalget ▾ | År: 2025 ▾ | [Vis alle møder](#)": a case
    system's filter over the minutes; the body is the value before the arrow."""
    m = referat.parse(
        "Fjordby Kommune – Dagsordener og referater\n\n"
        "Udvalg: Børne- og Skoleudvalget ▾ | År: 2025 ▾ | [Vis alle møder](#)\n\n---\n\n"
        "# Referat\n\nMødedato: 12. marts 2025\n\n## 1. Godkendelse af dagsorden\n\n"
        "Godkendt.\n"
    )
    assert m.body == "Børne- og Skoleudvalget"
