"""Chair and minute-taker named in an item's sentences ("X blev valgt som dirigent ...")."""

from __future__ import annotations

import pytest

import referat
from referat._people import role_sentence

HEAD = "# Referat af generalforsamling\n\nDato: 7. marts 2024\n\n## 1. Valg af dirigent\n\n"


@pytest.mark.parametrize(
    ("sentence", "chair", "chair_title", "minute_taker"),
    [
        ("Advokat Lise Bang blev valgt som dirigent og Martin Kjær som referent.",
         "Lise Bang", "Advokat", "Martin Kjær"),
        ("Ole Nørmark blev valgt til dirigent, og Eva Holm til referent.",
         "Ole Nørmark", None, "Eva Holm"),
        ("Kåre Dam er referent.", None, None, "Kåre Dam"),
        ("Anna Holm er mødeleder.", "Anna Holm", None, None),
        ("Borgmester Dorthe West (A) ledede mødet.", "Dorthe West", "Borgmester", None),
        # the verb before the name, after an opening phrase; a post alone names no one
        ("I borgmesterens fravær ledede viceborgmester Tove Engberg mødet.",
         "Tove Engberg", "viceborgmester", None),
        ("Herefter ledede formanden mødet.", None, None, None),
        ("Karen Bruun, der er formand for udvalget, bød velkommen og ledte mødet.",
         "Karen Bruun", "formand", None),
        ("Formanden, Karen Sønderby, bød velkommen og ledede mødet.",
         "Karen Sønderby", "formand", None),
        ("Mødet lededes af borgmester Svend Aage Riis. Som protokolfører fungerede Bo Holm.",
         "Svend Aage Riis", "borgmester", "Bo Holm"),
        ("Dirigent: Kurt Pedersen. Referent: Mads Brink.", "Kurt Pedersen", None, "Mads Brink"),
        ("Som dirigent valgtes Kurt Pedersen og som referent Mads Brink.",
         "Kurt Pedersen", None, "Mads Brink"),
        ("Til dirigent valgtes Kurt Pedersen.", "Kurt Pedersen", None, None),
        ("Kurt Pedersen valgt som dirigent, Mads Brink som referent.",
         "Kurt Pedersen", None, "Mads Brink"),
        ("Kim Rasmussen var ordstyrer og Ulla Krog skrev referat.",
         "Kim Rasmussen", None, "Ulla Krog"),
        ("Bo Lind tog referatet.", None, None, "Bo Lind"),
        ("Bestyrelsen foreslog Erik Holm som dirigent.", "Erik Holm", None, None),
        ("Bestyrelsen foreslog Erik Holm som dirigent og Pia Lund som referent.",
         "Erik Holm", None, "Pia Lund"),
        ("Erik Holm blev foreslået og valgt som dirigent.", "Erik Holm", None, None),
        ("Bestyrelsen foreslog Erik Holm som\ndirigent. Han blev valgt.", "Erik Holm", None, None),
        ("Generalforsamlingen valgte Ole Bak som dirigent.", "Ole Bak", None, None),
        ("Bestyrelsen foreslog Camilla Bang som dirigent og referent. Hun blev valgt.",
         "Camilla Bang", None, "Camilla Bang"),
        ("Til dirigent blev Ole Bak valgt. Referent blev Eva Holm.", "Ole Bak", None, "Eva Holm"),
        ("Valgt som dirigent: Ole Bak. Som referent fungerede Eva Holm.",
         "Ole Bak", None, "Eva Holm"),
        ("Referent (se bilag 2).", None, None, None),
        ("Bestyrelsen pegede på Erik Lykke, som blev valgt med akklamation.",
         "Erik Lykke", None, None),
        # the way the assembly chose her ("med klapsalver") and her garden's number
        ("Bestyrelsen foreslog Hanne Lind (have 27), som blev valgt med klapsalver.",
         "Hanne Lind", None, None),
    ],
)  # fmt: skip
def test_roles_from_a_sentence(
    sentence: str, chair: str | None, chair_title: str | None, minute_taker: str | None
) -> None:
    meeting = referat.parse(HEAD + sentence + "\n")
    assert (meeting.chair.name if meeting.chair else None) == chair
    assert (meeting.chair.title if meeting.chair else None) == chair_title
    assert (meeting.minute_taker.name if meeting.minute_taker else None) == minute_taker


@pytest.mark.parametrize(
    ("sentence", "absentees"),
    [
        ("Thomas Lind havde meldt afbud.", ["Thomas Lind"]),
        ("Anna Holm og Bo Berg var fraværende.", ["Anna Holm", "Bo Berg"]),
        ("Karen deltog ikke.", ["Karen"]),
        ("Rådmand Eva Bak (V) meldte afbud.", ["Eva Bak"]),
        ("Jens Ole Dam, Pia Lund og Ib Holm mødte ikke op.",
         ["Jens Ole Dam", "Pia Lund", "Ib Holm"]),
        ("Oplægget udgik, da RF havde meldt afbud.", []),
        ("Bestyrelsen var forhindret i at deltage.", []),
        ("Det blev oplyst, at Bo Berg havde meldt afbud.", []),
        ("Fraværende: Bo Hartvig (A), Mette Aagaard (O)", ["Bo Hartvig", "Mette Aagaard"]),
        ("Fraværende: Bo Hartvig og Mette Aagaard", ["Bo Hartvig", "Mette Aagaard"]),
        ("Afbud fra Bo Hartvig (A) og Mette Aagaard (O).", ["Bo Hartvig", "Mette Aagaard"]),
    ],
)  # fmt: skip
def test_absentees_from_a_sentence(sentence: str, absentees: list[str]) -> None:
    text = "# Referat af bestyrelsesmøde\n\nDato: 7. marts 2024\n\n" + sentence + "\n\n"
    meeting = referat.parse(text + "## 1. Regnskab\n\nGodkendt.\n")
    assert [p.name for p in meeting.absentees] == absentees
    in_item = referat.parse(HEAD + sentence + "\n")  # in an item's text as well
    assert [p.name for p in in_item.absentees] == absentees


@pytest.mark.parametrize(
    ("value", "chair"),
    # two people's initials: not guessed; no one's: the chair as written
    [("AH", "Anna Holm"), ("KKL", "Karen Kirk Lund"), ("KL", "Karen Kirk Lund"), ("BB", None),
     ("XY", "XY")],
)  # fmt: skip
def test_chair_by_initials(value: str, chair: str | None) -> None:
    text = (
        "# Referat\n\nDato: 7. marts 2024\n\n"
        "Til stede: Anna Holm, Bo Berg, Bente Bak og Karen Kirk Lund\n\n"
        f"Mødeleder: {value}\n\n## 1. Regnskab\n\nGodkendt.\n"
    )
    meeting = referat.parse(text)
    assert (meeting.chair.name if meeting.chair else None) == chair


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_role_sentence_under_a_people_list(gap: str) -> None:
    meeting = referat.parse(
        "# Referat af menighedsrådsmøde\n\nDato: 11. april 2024\n\n"
        f"Til stede: Ditte Vind, Bo Lund{gap}Ditte Vind er referent.\n\n"
        "## 1. Regnskab\n\nGodkendt.\n"
    )
    assert [p.name for p in meeting.attendees] == ["Ditte Vind", "Bo Lund"]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Ditte Vind"
    assert not any(d.code == "person-listed-twice" for d in meeting.diagnostics)


@pytest.mark.parametrize(
    ("sentence", "substitutes"),
    [
        ("Stedfortræder Pia Holt deltog i stedet for Mogens Dahl.",
         [("Pia Holt", ["stedfortræder"], None)]),
        ("Ole Bak (O) deltog som suppleant for Karl Juhl. Formanden orienterede.",
         [("Ole Bak", ["suppleant"], "O")]),
        ("Som stedfortræder deltog Tina Bak (A) og Eva Lind (V).",
         [("Tina Bak", ["stedfortræder"], "A"), ("Eva Lind", ["stedfortræder"], "V")]),
        # about one item only: no statement about the meeting
        ("Tina Friis deltog som stedfortræder for Jens Holm under behandlingen af punktet.", []),
        ("Stedfortræderen for Jens Holm skal godkendes af byrådet.", []),
    ],
)  # fmt: skip
def test_substitutes_named_in_item_text(
    sentence: str, substitutes: list[tuple[str, list[str], str | None]]
) -> None:
    meeting = referat.parse(
        "# Referat af møde i Økonomiudvalget\n\nDato: 2. september 2025\n\n"
        "Til stede: Anne Bach (A), Jens Holm (V)\n\n## 1. Meddelelser\n\n" + sentence + "\n"
    )
    assert [(p.name, p.roles, p.party) for p in meeting.attendees[2:]] == substitutes
    assert "person-listed-twice" not in {d.code for d in meeting.diagnostics}


@pytest.mark.parametrize(
    ("text", "counters"),
    [
        ("Referent: Lis Holm\nStemmetællere: Ole Bak og Tina Friis", ["Ole Bak", "Tina Friis"]),
        ("Som referent valgtes Lis Holm. Som stemmetællere valgtes Karin Holm (nr. 14) og "
         "Jørgen Lauridsen (nr. 22).", ["Karin Holm", "Jørgen Lauridsen"]),
        ("Malene Ditlev valgt som referent. Stemmetællere: Gitte og Ahmed.", ["Gitte", "Ahmed"]),
        ("Ib Dahl og Karen Ny blev valgt som stemmetællere.", ["Ib Dahl", "Karen Ny"]),
        ("Valget af stemmetællere blev udsat.", []),
        # the counters as a committee
        ("Stemmeudvalg: Lise Berg og Tom Nør.", ["Lise Berg", "Tom Nør"]),
        ("Stemmeudvalget bestod af Ib Dahl og Karen Ny.", ["Ib Dahl", "Karen Ny"]),
        ("Ib Dahl og Karen Ny blev valgt til stemmeudvalget.", ["Ib Dahl", "Karen Ny"]),
        ("Valg af stemmeudvalg blev udsat.", []),
        # a hard wrap inside the sentence
        ("Niels Krogh blev valgt. Som stemmetællere\nvalgtes Inger Post og Bjarne Ejlers.",
         ["Inger Post", "Bjarne Ejlers"]),
        # ... after "og", or inside a bracket left open
        ("Som stemmetællere valgtes Jytte Holm og\nAhmad Karimi.", ["Jytte Holm", "Ahmad Karimi"]),
        ("Som stemmetællere valgtes Anna Lund (nr.\n8, 2. th.) og Mikkel Frost (nr. 16).",
         ["Anna Lund", "Mikkel Frost"]),
    ],
)  # fmt: skip
def test_vote_counters_are_attendees(text: str, counters: list[str]) -> None:
    meeting = referat.parse(
        "# Referat af generalforsamling\n\nDato: 7. marts 2024\n\n"
        "## 1. Valg af dirigent\n\nJens Ravn blev valgt som dirigent.\n\n"
        "## 2. Valg af referent og stemmetællere\n\n" + text + "\n"
    )
    assert [(p.name, p.roles) for p in meeting.attendees if "stemmetæller" in p.roles] == [
        (name, ["stemmetæller"]) for name in counters
    ]
    # the assembly's dirigent conducted it: an attendee too (and its referent, when named)
    others = [p for p in meeting.attendees if "stemmetæller" not in p.roles]
    assert others[:1]
    assert (others[0].name, others[0].roles) == ("Jens Ravn", ["dirigent"])
    assert all(p.roles in (["dirigent"], ["referent"]) for p in others)
    # vote counters are no list of the attendance: the referent is not missing from one
    assert "referent-not-attendee" not in {d.code for d in meeting.diagnostics}


@pytest.mark.parametrize(
    ("text", "chair", "title"),
    [
        ("Bjarne Holm blev valgt.", "Bjarne Holm", None),
        ("Valgt blev advokat Lise Bang.", "Lise Bang", "advokat"),
        ("Søren Vad blev valgt og konstaterede, at generalforsamlingen var lovligt indkaldt.",
         "Søren Vad", None),
        ("Ole Nørmark", "Ole Nørmark", None),
        # proposed with her firm after a comma
        ("Bestyrelsen foreslog advokat Lene Skov, Advokathuset Silkeborg, som blev valgt uden "
         "modkandidater.", "Lene Skov", "advokat"),
        ("Dirigenten konstaterede at generalforsamlingen var lovligt indvarslet.", None, None),
        ("Formanden bød velkommen.", None, None),
    ],
)  # fmt: skip
def test_the_person_an_election_item_names(text: str, chair: str | None, title: str | None) -> None:
    meeting = referat.parse(
        "# Generalforsamling\n\nDato: 2. marts 2025\n\n## 1. Valg af dirigent\n\n" + text + "\n\n"
        "## 2. Valg af referent\n\nKim Bach blev valgt.\n"
    )
    assert (meeting.chair.name if meeting.chair else None) == chair
    assert (meeting.chair.title if meeting.chair else None) == title
    assert meeting.minute_taker is not None
    assert (meeting.minute_taker.name, meeting.minute_taker.roles) == ("Kim Bach", ["referent"])


def test_an_elected_dirigent_chairs_rather_than_the_formand() -> None:
    meeting = referat.parse(
        "# Referat af årsmøde\n\nDato: 18. marts 2025\n\nFormand: Ninna Vestergaard\n\n"
        "**Ad 1. Valg af dirigent og to stemmetællere**\n\n"
        "Bestyrelsen foreslog Jørgen Krag som dirigent. Han blev valgt uden modkandidater.\n\n"
        "**Ad 2. Beretning**\n\nGodkendt.\n"
    )
    assert meeting.chair is not None
    assert (meeting.chair.name, meeting.chair.roles) == ("Jørgen Krag", ["dirigent"])


@pytest.mark.parametrize(
    ("title", "text", "chair"),
    [
        # the dirigent first under an item electing both: the first sentence names the dirigent
        ("Valg af dirigent og referent", "Bestyrelsen foreslog Bent Kousgaard, som blev valgt.",
         "Bent Kousgaard"),
        # a welcome before the election; a garden's number after the name
        ("Valg af dirigent", "Formand Gitte Brøns bød velkommen. Bestyrelsen foreslog Flemming "
         "Vad fra have 112, som blev valgt. Han konstaterede, at generalforsamlingen var "
         "lovligt indkaldt.", "Flemming Vad"),
    ],
)  # fmt: skip
def test_the_dirigent_after_a_welcome_or_beside_the_referent(
    title: str, text: str, chair: str
) -> None:
    meeting = referat.parse(
        f"# Generalforsamling\n\nDato: 26. marts 2017\n\n## 1. {title}\n\n{text}\n\n"
        "## 2. Beretning\n\nGodkendt.\n"
    )
    assert meeting.chair is not None
    assert (meeting.chair.name, meeting.chair.roles) == (chair, ["dirigent"])


def test_an_election_title_naming_the_person() -> None:
    meeting = referat.parse(
        "# Generalforsamling\n\nDato: 15. marts 2025\n\n1. Valg af dirigent: Jens Ravn\n"
        "Dirigenten konstaterede, at generalforsamlingen var lovligt indkaldt.\n\n"
        "2. Valg af referent: Lise Holm\n\n3. Eventuelt\nIntet.\n"
    )
    assert meeting.chair is not None
    assert (meeting.chair.name, meeting.chair.roles) == ("Jens Ravn", ["dirigent"])
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Lise Holm"


@pytest.mark.parametrize(
    "closing",
    [
        "Mødet hævet kl. 21.05 – referent: Hanne Bo",
        "Mødet sluttede 21.05. Ref. Hanne Bo",
        "Mødet sluttede 21.05, referent Hanne Bo",
        "Mødet sluttede kl. 21.05 – Hanne Bo, referent",
        "Mødet sluttede kl. 21.05 / ref. HB",
    ],
)
def test_the_minute_taker_after_the_closing_line(closing: str) -> None:
    meeting = referat.parse(
        "# Referat af bestyrelsesmøde 2. maj 2024\n\nDeltagere: Hanne Bo (HB), Ole Nørgaard\n\n"
        "## 1. Godkendelse af dagsorden\nGodkendt.\n\n## 2. Eventuelt\nIntet.\n\n" + closing + "\n"
    )
    assert meeting.end_time == "21:05"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Hanne Bo"
    assert not meeting.unclassified


def test_a_role_in_a_later_sentence_of_a_header_line() -> None:
    meeting = referat.parse(
        "# Referat fra beboermødet\n\nVi mødtes 9. oktober 2024 kl. 19.30 i gårdhuset. Vi var 17\n"
        "fremmødte fra 12 opgange. Ordstyrer var Mikkel Toft.\n\n"
        "1) Cykelstativer: Der mangler plads. Vi spørger kommunen om tilskud.\n"
        "2) Evt.: Intet.\n"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == "Mikkel Toft"
    assert meeting.start_time == "19:30"
    assert [
        (i.title, i.decision.outcome.value if i.decision else None) for i in meeting.agenda
    ] == [
        ("Cykelstativer", "discussed"),
        ("Evt.", "none"),
    ]


def test_a_prose_header_and_items_with_minutes_wrapped_after_the_colon() -> None:
    meeting = referat.parse(
        "Foreningen Norden – Egebæk lokalafdeling\n\n"
        "Referat af bestyrelsesmøde onsdag den 18. september 2024 kl. 19.00. Til stede: Inger\n"
        "Dahl (formand), Ove Kähler og Lena Svensson. Afbud fra Kirsten Mogensen.\n\n"
        "Pkt. 1. Godkendelse af dagsorden: Dagsordenen blev godkendt med den\n"
        "tilføjelse, at vi under evt. taler om julemødet.\n\n"
        "Pkt. 2. Landsmødet: Ingen fra bestyrelsen har mulighed for at deltage i\n"
        "landsmødet i Odense.\n\n"
        "Pkt. 3. Kirkegården: Nyt redskabshus                 Graver Finn Hedegaard\n"
        "deltog under dette punkt. Der foreligger kun ét tilbud.\n"
    )
    assert [p.name for p in meeting.attendees] == ["Inger Dahl", "Ove Kähler", "Lena Svensson"]
    assert [p.name for p in meeting.absentees] == ["Kirsten Mogensen"]  # "Afbud fra" sentence
    assert [i.title for i in meeting.agenda] == [
        "Godkendelse af dagsorden",  # the minutes on its line go on on the next
        "Landsmødet",
        "Kirkegården: Nyt redskabshus Graver Finn Hedegaard",  # a column beside: no minutes
    ]
    first = meeting.agenda[0].sections[0]
    assert first.text == "Dagsordenen blev godkendt med den"
    assert meeting.agenda[0].decision is not None
    assert (
        meeting.agenda[0].decision.outcome.value == "approved_with_changes"
    )  # "med den tilføjelse"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mødet ledes af næstformand Rikke Hvidt, da formand Kenneth Lau har meldt afbud.",
        "Mødet vil blive ledet af næstformand Rikke Hvidt i stedet for formanden.",
    ],
)
def test_the_chair_a_notice_names_with_a_reason(sentence: str) -> None:
    meeting = referat.parse(
        "# Indkaldelse\n\nTirsdag d. 16. september 2025 kl. 18.30\n\n"
        f"{sentence}\n\n## 1. Godkendelse af dagsorden\n\n## 2. Eventuelt\n"
    )
    assert meeting.chair is not None
    assert (meeting.chair.name, meeting.chair.title) == ("Rikke Hvidt", "næstformand")


@pytest.mark.parametrize(
    ("line", "chair", "minute_taker"),
    [
        ("- [x] Mødeleder (Anna Holm) og referent (Bo Lind) udpeget", "Anna Holm", "Bo Lind"),
        ("Referent (Bo Lind) og mødeleder (Anna Holm) fundet.", "Anna Holm", "Bo Lind"),
        ("Formalia: mødeleder (Anna Holm) og referent (Bo Lind) udpeget.", None, None),
        ("Referent (se bilag 2).", None, None),
    ],
)
def test_roles_with_the_name_in_brackets(
    line: str, chair: str | None, minute_taker: str | None
) -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 7. marts 2024\n\n### AD 1: Formalia\n"
        f"{line}\n- [x] Dagsorden godkendt\n\n### AD 2: Økonomi\nGodkendt.\n"
    )
    assert (meeting.chair.name if meeting.chair else None) == chair
    assert (meeting.minute_taker.name if meeting.minute_taker else None) == minute_taker


def test_an_attendance_line_in_the_first_item_stops_at_its_sentence() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 4. marts 2024\n\n## 1. Velkomst\n\n  • Til stede: Signe Brix, Mads K.,"
        " Halima Yusuf, Troels Dam og Ulrik Winge. Afbud: Nanna Hjort.\n  • Troels er mødeleder."
        "\n\n## 2. Sag\n\nGodkendt.\n"
    )
    assert [p.name for p in meeting.attendees] == [
        "Signe Brix", "Mads K.", "Halima Yusuf", "Troels Dam", "Ulrik Winge",
    ]  # fmt: skip
    assert meeting.chair is not None
    assert meeting.chair.name == "Troels Dam"  # "Troels er mødeleder": his first name


def test_a_listed_member_named_as_a_substitute_in_item_text_gets_the_role() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 3. maj 2024\n\nDeltagere:\n- Frank Sejer (V)\n- Bo Lind (A)\n\n"
        "## 1. Sag\n\nFrank Sejer (V) deltog som stedfortræder for Anette Kroghsbo (V).\n\n"
        "Godkendt.\n"
    )
    assert [(p.name, p.roles) for p in meeting.attendees] == [
        ("Frank Sejer", ["stedfortræder"]),
        ("Bo Lind", []),
    ]


def test_a_welcome_under_a_count_of_those_present() -> None:
    meeting = referat.parse(
        "# Referat\n\nTorsdag den 27. februar 2025 kl. 19.30\n\n"
        "Fremmødt: 31 stemmeberettigede medlemmer inkl. bestyrelsen.\n\n"
        "Formand Søren Kjærsgaard bød velkommen og mindedes Aage Nymark. Forsamlingen rejste sig."
        "\n\n**Pkt. 1 Valg af dirigent**\n\nGodkendt.\n\n**Pkt. 2 Beretning**\n\nGodkendt.\n"
    )
    # the count names no one, so the prose under it is read: the formand who welcomed came
    assert [(p.name, p.title) for p in meeting.attendees] == [("Søren Kjærsgaard", "formand")]


def test_the_facilitator_named_in_the_heading_chairs() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 20. januar 2026\n\n#### Deltagere:\n\n- Lise Thorsø\n- Bo Vinther\n\n"
        "#### Faciliteret af Lise Thorsø:\n\n- Lise Thorsø (Referent)\n\n"
        "### AD 1: Status\n\nDrøftet.\n\n### AD 2: Eventuelt\n\nIntet.\n"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == "Lise Thorsø"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Lise Thorsø"


def test_a_label_a_hard_wrap_left_at_the_end_of_a_prose_line() -> None:
    meeting = referat.parse(
        "Referat af bestyrelsesmøde onsdag den 18. september 2024 kl. 19.00. Til stede: Inger\n"
        "Dahl (formand), Ove Kähler og Lena Svensson. Afbud fra\n"
        "Kirsten Mogensen. Referent: Ove Kähler.\n\n"
        "Pkt. 1. Godkendelse af dagsorden: Godkendt.\n\nPkt. 2. Evt.: Intet.\n"
    )
    assert [p.name for p in meeting.attendees] == ["Inger Dahl", "Ove Kähler", "Lena Svensson"]
    assert [p.name for p in meeting.absentees] == ["Kirsten Mogensen"]


def test_a_proposed_dirigent_with_her_firm_after_the_name() -> None:
    meeting = referat.parse(
        "# Referat af generalforsamling\n\nDato: 5. marts 2025\n\n## 1. Valg af dirigent\n"
        "Bestyrelsen foreslog advokat Mette Brandt, Brandt & Kjeldsen Advokater, som dirigent og "
        "Trine Balslev som referent. Begge blev valgt.\n\n## 2. Beretning\nGodkendt.\n"
    )
    assert meeting.chair is not None
    assert (meeting.chair.name, meeting.chair.title) == ("Mette Brandt", "advokat")
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Trine Balslev"


def test_an_earlier_mail_quoted_under_the_minutes_makes_them_no_agenda() -> None:
    meeting = referat.parse(
        "**Fra:** Mette Hyldgaard <mette@example.dk>\n**Emne:** Referat bestyrelsesmøde 12/11\n\n"
        "Hej alle\n\nMødet var tirsdag d. 12. november 2024 kl. 18.00.\n\n"
        "1. Referat fra sidst: Godkendt uden bemærkninger.\n\n"
        "2. Gavekortordning: Udsat til januarmødet.\n\n"
        "-----Oprindelig meddelelse-----\n**Fra:** Jacob Brandt <jacob@example.dk>\n"
        "**Emne:** Dagsorden til tirsdag\n\nDagsorden:\n\n1. Referat\n2. Gavekort\n"
    )
    assert [
        (i.title, i.decision.outcome.value if i.decision else None) for i in meeting.agenda
    ] == [
        ("Referat fra sidst", "approved"),
        ("Gavekortordning", "postponed"),
    ]


def test_a_prose_header_of_a_general_assembly_names_board_staff_guest_and_officers() -> None:
    meeting = referat.parse(
        "# A/B Rosenvænget – ekstraordinær generalforsamling 13/6-2017\n\n"
        "Bestyrelsen var repræsenteret ved formand Susanne Lind, Anders Toft og Rami Haddad. "
        "Fra administrator, Boligadministration Nord A/S, deltog advokat Mette Kragh. "
        "Til punkt 2 deltog desuden arkitekt Jonas Riber fra Riber Arkitekter.\n\n"
        "Mette Kragh blev valgt som dirigent, og Anders Toft blev valgt som referent.\n\n"
        "## 1. Valg af dirigent og referent\n\nSom ovenfor.\n\n## 2. Altaner\n\nVedtaget.\n"
    )
    assert [p.name for p in meeting.attendees] == [
        "Susanne Lind", "Anders Toft", "Rami Haddad", "Mette Kragh", "Jonas Riber",
    ]  # fmt: skip
    assert [(p.name, p.organisation) for p in meeting.guests] == [
        ("Mette Kragh", "Boligadministration Nord A/S"),
        ("Jonas Riber", "Riber Arkitekter"),
    ]
    assert meeting.chair is not None
    assert meeting.chair.name == "Mette Kragh"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Anders Toft"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Mette Kragh blev valgt som dirigent, og Anders Toft blev valgt som referent.",
            [("Mette Kragh", "dirigent"), ("Anders Toft", "referent")],
        ),
        (
            "Kim Rasmussen var ordstyrer og Ulla Krog var referent.",
            [("Kim Rasmussen", "ordstyrer"), ("Ulla Krog", "referent")],
        ),
        # the second pair without its verb (only the signers' role words are read so)
        (
            "Henning Lau (have 27) blev dirigent og Jytte Bonde referent.",
            [("Henning Lau", "dirigent"), ("Jytte Bonde", "referent")],
        ),
        ("Ole Bak var dirigent og bestyrelsen referent.", [("Ole Bak", "dirigent")]),
        ("Inger Madsen blev udpeget som referent.", [("Inger Madsen", "referent")]),
        ("Lotte (undertegnede) tog referat.", [("Lotte", "referent")]),
        # a title before the name, abbreviated; the minutes first, then who wrote them
        (
            "Adm. direktør Jonna Friis førte protokollen.",
            [("Adm. direktør Jonna Friis", "referent")],
        ),
        (
            "Protokollen førtes af adm. direktør Søren Nordvig.",
            [("adm. direktør Søren Nordvig", "referent")],
        ),
        ("Referatet blev skrevet af Lone Vibe.", [("Lone Vibe", "referent")]),
        (
            "Ordstyrer er Ole, og Bente tager referat.",
            [("Ole", "ordstyrer"), ("Bente", "referent")],
        ),
    ],
)
def test_two_people_elected_in_one_sentence(sentence: str, found: list[tuple[str, str]]) -> None:
    assert role_sentence(sentence) == found


def test_the_board_present_in_full_in_brackets_in_a_table_cell() -> None:
    meeting = referat.parse(
        "Bådelauget Nørrevig\n\n| | |\n|---|---|\n| **Dato** | Lørdag 16. marts 2024 |\n"
        "| **Fremmødte** | 27 stemmeberettigede medlemmer. Bestyrelsen deltog fuldtalligt "
        "(Carsten Riis, Maja Krog, Thomas Bang) |\n\n1. **Valg af dirigent**\n   Valgt.\n"
    )
    assert [p.name for p in meeting.attendees] == ["Carsten Riis", "Maja Krog", "Thomas Bang"]


def test_a_wrapped_pdf_sentence_of_the_board_present_with_its_members() -> None:
    meeting = referat.parse(
        "REFERAT\n\naf den ordinære generalforsamling onsdag den 22. april 1998 kl. 19.30.\n\n"
        "Af vandværkets 214 andelshavere var 37 mødt frem. Bestyrelsen var til stede med\n"
        "Aksel Bjerg (formand), Henning Vestergaard (kasserer), Ruth Kjærulff og Jens\n"
        "Peder Bak. Afbud fra Kristian Overgaard.\n\nPkt. 1  Valg af dirigent\n\nValgt.\n"
    )
    assert [p.name for p in meeting.attendees] == [
        "Aksel Bjerg", "Henning Vestergaard", "Ruth Kjærulff", "Jens Peder Bak",
    ]  # fmt: skip
    assert [p.name for p in meeting.absentees] == ["Kristian Overgaard"]


@pytest.mark.parametrize(
    ("line", "guest"),
    [
        ("Referent: HR-konsulent Kirsten Holmgaard", True),
        ("Referent: Mikkel Juul Kragh, sekretariatet", True),
        ("Referent: sekretariatsmedarbejder Nanna Holt", True),
        # a board's own secretary, or a minute-taker without a staff title, is no guest
        ("Referent: sekretær Bo Lind", False),
        ("Referent: Bo Lind", False),
    ],
)
def test_a_minute_taker_of_the_staff_whom_no_list_names_is_a_guest(line: str, guest: bool) -> None:
    meeting = referat.parse(
        "# Referat af møde i Ældrerådet\n\nDato: 3. oktober 2023\n\n"
        f"Til stede: Inge Lund (formand), Ole Berg, Rita Mørk\n\n{line}\n\n"
        "## 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name in [p.name for p in meeting.attendees]
    assert (meeting.minute_taker.name in [p.name for p in meeting.guests]) is guest


def test_an_election_on_the_items_own_line() -> None:
    """ "1. Valg af dirigent og referent: X blev valgt som dirigent og Y som referent.": the
    title is no "og referent" label naming the taker, and both are named by their roles."""
    meeting = referat.parse(
        "# Referat\n\nDato: 7. marts 2024\n\n1. Valg af dirigent og referent: Ulla Rask blev"
        " valgt som dirigent og Nikolaj Dreyer som referent.\n2. Beretning: Godkendt.\n"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == "Ulla Rask"
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Nikolaj Dreyer"


@pytest.mark.parametrize(
    ("leader", "chair"),
    [
        ("Mødeleder: Line Kjær (indtil dirigenten var valgt)", "Ib Nørgaard"),
        ("Mødeleder: Line Kjær", "Line Kjær"),  # she led it, whoever the item elected
    ],
)
def test_a_leader_until_the_dirigent_is_elected(leader: str, chair: str) -> None:
    meeting = referat.parse(
        f"# Referat af grupperådsmøde\n\nDato: 7. marts 2024\n\n{leader}\n\n"
        "## 1. Valg af dirigent\n\nIb Nørgaard blev valgt som dirigent.\n"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == chair


@pytest.mark.parametrize(
    ("people", "sentence", "chair"),
    [
        ("Til stede: Borgmester Ib Lund (A), Eva Holm (V)", "Borgmesteren ledede mødet.",
         "Ib Lund"),
        ("Til stede: Ib Lund (formand), Eva Holm (næstformand)", "Næstformanden ledede mødet.",
         "Eva Holm"),
    ],
)  # fmt: skip
def test_a_post_that_led_the_meeting_names_its_attendee(
    people: str, sentence: str, chair: str
) -> None:
    meeting = referat.parse(
        f"# Referat\n\nDato: 3. maj 2024\n\n{people}\n\n{sentence}\n\n## 1. Sag\n\nGodkendt.\n"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == chair


def test_protokol_as_a_label_over_a_person_names_the_minute_taker() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 3. maj 2024\n\nProtokol: Amtsdirektør Leif Søndergaard\n\n"
        "## 1. Sag\n\nGodkendt.\n"
    )
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Leif Søndergaard"


def test_led_by_a_post_with_an_ordinal() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 3. maj 2024\n\nTil stede: Lise Overgaard (A), Bo Lind (V)\n\n"
        "Mødet lededes af 1. viceborgmester Lise Overgaard.\n\n## 1. Sag\n\nGodkendt.\n"
    )
    assert meeting.chair is not None
    assert (meeting.chair.name, meeting.chair.title) == ("Lise Overgaard", "1. viceborgmester")


def test_who_opened_the_meeting_chairs_when_nothing_else_says() -> None:
    meeting = referat.parse(
        "# Møde i Sognerådet\n\nDato: 7. marts 1967\n\n"
        "Formanden, Gdr. Anders Bundgaard, aabnede Mødet.\n\n1. Budget. Vedtaget.\n"
    )
    assert meeting.chair is not None
    assert meeting.chair.name == "Anders Bundgaard"


def test_a_to_do_for_a_later_meetings_chair_names_no_one() -> None:
    """ "- Dirigent: spørg Erling (gjorde det sidste år)." under an item preparing the general
    assembly: a task in small letters, no chair of this meeting."""
    m = referat.parse(
        "# Bestyrelsesmøde\n\nDato: 9. januar 2025\n\nTil stede: Jens Hald, Mie Kofoed\n\n"
        "## 1. Generalforsamling 27/2\n\n- Jens genopstiller som formand.\n"
        "- Dirigent: spørg Erling (gjorde det sidste år).\n\n## 2. Eventuelt\n\nIntet.\n"
    )
    assert m.chair is None or m.chair.name != "spørg Erling"


def test_an_item_named_by_the_post_alone_elects_the_chair() -> None:
    """ "1️⃣ Dirigent: Bjarne Hviid fra kredsbestyrelsen (Kolonihaveforbundet Kreds Fyn) blev
    valgt." (a post's item, its title the post alone, the person with where she comes from)."""
    m = referat.parse(
        "# Generalforsamling\n\nDato: 6. april 2025\n\n## 1. Dirigent\n\n"
        "Bjarne Hviid fra kredsbestyrelsen (Kolonihaveforbundet Kreds Fyn) blev valgt.\n\n"
        "## 2. Beretning\n\nGodkendt.\n"
    )
    assert m.chair is not None
    assert m.chair.name == "Bjarne Hviid"
    assert m.chair.organisation == "Kolonihaveforbundet Kreds Fyn"


def test_the_sender_who_writes_she_takes_the_minutes_under_an_item() -> None:
    """ "Jeg tager referat som sædvanlig." under an invitation's "Eventuelt": the mail's sender
    takes the minutes; "Jeg" is no one's name."""
    m = referat.parse(
        "**Fra:** Karen Stub <ks@example.dk>\n**Sendt:** 24. marts 2025 14:12\n"
        "**Emne:** Indkaldelse til bestyrelsesmøde tirsdag d. 8/4\n\nKære bestyrelse\n\n"
        "Hermed indkaldelse til bestyrelsesmøde tirsdag 8. april 2025 kl. 17.00.\n\n"
        "**1. Godkendelse af dagsorden**\n\n**2. Eventuelt**\n\n"
        "Jeg tager referat som sædvanlig.\n\nVenlig hilsen\n\nKaren Stub\n"
    )
    assert m.minute_taker is not None
    assert m.minute_taker.name == "Karen Stub"
    assert all(p.name != "Jeg" for p in [*m.attendees, *m.guests])
    assert role_sentence("Jeg tager referat som sædvanlig.") == []


def test_an_item_with_a_guests_participation() -> None:
    """ "Punkt 4 med deltagelse af revisor Anja Rask, PwC." in the header, right under the
    staff's line: a guest for item 4, with her title and firm."""
    m = referat.parse(
        "# Referat\n\nDato: 26. februar 2025\n\nTil stede: Ole Dam (formand), Per Lund\n\n"
        "Fra Vesthuset: Direktør Bo Holm og ref. Lis Bach, sekretær.\n"
        "Punkt 4 med deltagelse af revisor Anja Rask, PwC.\n\n## 1. Dagsorden\n\nGodkendt.\n"
    )
    guest = next(p for p in m.guests if p.name == "Anja Rask")
    assert (guest.title, guest.organisation) == ("revisor", "PwC")


@pytest.mark.parametrize("body", ["Skatteankestyrelsen", "Region Midtjylland"])
def test_a_secretariat_named_by_its_organisation_names_no_one(body: str) -> None:
    """ "Sekretariat: Skatteankestyrelsen": the body that serves the meeting, no person."""
    m = referat.parse(
        f"# Referat\n\nDato: 16. juni 2025\n\nSekretariat: {body}\n\n"
        "Til stede: Bent Ravn (formand), Grethe Fog\n\n## 1. Dagsorden\n\nGodkendt.\n"
    )
    assert body not in [p.name for p in [*m.attendees, *m.guests]]


def test_a_second_sentence_opening_with_a_title_names_the_next_person() -> None:
    """ "| **Desuden** | Driftsleder Tom Kristensen. Rådgiver Line Holt, PlanEnergi, under
    pkt. 5 |": two people, the second's title opening her sentence."""
    m = referat.parse(
        "# Referat\n\n| | |\n|---|---|\n| **Dato** | 12-11-2024 kl. 16.00 |\n"
        "| **Deltagere** | Ole Dalsgaard (formand), Gitte Aaen |\n"
        "| **Desuden** | Driftsleder Tom Kristensen. Rådgiver Line Holt, PlanEnergi, under pkt. 5 |"
        "\n\n## 1. Sag\n\nGodkendt.\n"
    )
    guests = {p.name: (p.title, p.organisation) for p in m.guests}
    assert guests["Line Holt"] == ("Rådgiver", "PlanEnergi")


def test_the_elected_chair_who_takes_over_leads_the_meeting() -> None:
    """A constituent meeting opened by its oldest member: "Marianne Juhl blev valgt som formand
    og overtog herefter ledelsen af mødet." makes her the chair; "Erik Vang førte protokollen."
    the minute-taker."""
    m = referat.parse(
        "KONSTITUERENDE MØDE\n\nTirsdag den 12. november 2024 kl. 19.00.\n\n"
        "Til stede: Marianne Juhl, Poul Erik Skov, Erik Vang\n\n"
        "Pkt. 1. Mødets åbning.\nMødet åbnedes af rådets ældste medlem, Erik Vang, som i henhold"
        " til loven ledede mødet, indtil formanden var valgt. Erik Vang førte protokollen.\n\n"
        "Pkt. 2. Valg af formand.\nMarianne Juhl blev valgt som formand og overtog herefter"
        " ledelsen af mødet.\n"
    )
    assert m.chair is not None
    assert m.chair.name == "Marianne Juhl"
    assert m.minute_taker is not None
    assert m.minute_taker.name == "Erik Vang"
