"""Item head lines in the shapes real archives write them (``_items.head_of``)."""

from __future__ import annotations

import pytest

import referat
from referat import _scan, _unwrap
from referat._items import head_of


def _head(text: str) -> tuple[str, str] | None:
    line = _unwrap.unwrap(_scan.scan(text + "\n"))[0]
    head = head_of(line, 0)
    return (head.number, head.title) if head is not None else None


@pytest.mark.parametrize(
    ("written", "head"),
    [
        ("## 5. Budget", ("5", "Budget")),
        # what the item is for, in brackets after its title
        ("**Pkt. 3. Årsrapport 2023 og revisionsprotokollat** (beslutning)",
         ("3", "Årsrapport 2023 og revisionsprotokollat")),
        ("## 6. Orientering fra rektor (til orientering)", ("6", "Orientering fra rektor")),
        # a tick after the title and what follows it are the item's decision
        ("1️⃣ Referat fra sidst ✅ godkendt", ("1", "Referat fra sidst")),
        # hand-typed "ad N" in small letters over the minutes; a remark on an item is no head
        ("ad 3 økonomi", ("3", "økonomi")),
        ("ad 1 godkendelse af dagsorden", ("1", "godkendelse af dagsorden")),
        ("ad 3 blev behandlet efter punkt 4", None),
        # the number in brackets or parentheses on a heading (session 31)
        ("## [85] Godkendelse af dagsorden", ("85", "Godkendelse af dagsorden")),
        ("### (1) Godkendelse af referat", ("1", "Godkendelse af referat")),
        ("**(3) Status pr. arbejdsspor**", ("3", "Status pr. arbejdsspor")),
        ("(1) Kommunen kan yde tilskud", None),
        ("[1] Se bilag", None),
        # the number after the title, in parentheses, on a heading
        ("### Valg af dirigent (pkt. 1)", ("1", "Valg af dirigent")),
        ("## Beretning (punkt 2)", ("2", "Beretning")),
        ("Beretning (pkt. 2)", None),
        # "N af M": the item's number of all
        ("#### Dagsordenspunkt 1 af 4: Valg af dirigent og referent",
         ("1", "Valg af dirigent og referent")),
        ("Punkt 3 af 7 – Budget", ("3", "Budget")),
        # a pointer after the keyword's number; a time slot after the title
        ("## Pkt. 1 ▸ Velkomst og godkendelse af dagsorden 10:00–10:10",
         ("1", "Velkomst og godkendelse af dagsorden")),
        ("## 4. Budget kl. 19.30-20.00", ("4", "Budget")),
        # a small square between number and title (a Word template's bullet glyph)
        ("### 1 ▪ Godkendelse af dagsorden", ("1", "Godkendelse af dagsorden")),
        ("Pkt. 2 ▪ Budget", ("2", "Budget")),
        # a case number after the title, behind a middle dot or a bar (session 30)
        ("2. **Vejbelysning – LED, etape 3** · Sagsnr. 26/00134",
         ("2", "Vejbelysning – LED, etape 3")),
        ("## 2. Vejbelysning · Sagsnr. 26/00134", ("2", "Vejbelysning")),
        ("#### 2 · Trafiksikkerhedsplan 2020-2024 · [19/08812]",
         ("2", "Trafiksikkerhedsplan 2020-2024")),
        ("## 4. Lokalplan 12 | J.nr. 01.02.05-P16-3-19", ("4", "Lokalplan 12")),
        # a pointer or a bar after a bare number; a bold bullet with a bar
        ("2 ▸ FREDAGSCAFÉ – ØKONOMI", ("2", "FREDAGSCAFÉ – ØKONOMI")),
        ("- **1 | Godkendelse af referat fra 28/2**", ("1", "Godkendelse af referat fra 28/2")),
        ("- **3 Stemmer for**", None),
        ("- 1 | Godkendelse af referat", None),
        # a video's time stamp before the number (a council's web-TV chapters)
        ("▶ 00:02:10 · **1 — Godkendelse af dagsorden**", ("1", "Godkendelse af dagsorden")),
        ("1/ Velkomst", ("1", "Velkomst")),
        ("## 📌 1. Velkomst", ("1", "Velkomst")),
        ("## 🗓️ 3. Evt.", ("3", "Evt.")),
        ("## 1️⃣ Velkomst", ("1", "Velkomst")),
        ("**1️⃣0️⃣ Eventuelt**", ("10", "Eventuelt")),
        ("II. Økonomi", ("2", "Økonomi")),
        ("## XIV. Eventuelt", ("14", "Eventuelt")),
        ("IIII. Økonomi", None),
        ("I skal huske nøglerne", None),
        ("24/7 Vagtordning", None),
        # a case system's running number of the year, on a heading: the item's number
        ("#### 23/2025 Godkendelse af dagsorden", ("23/2025", "Godkendelse af dagsorden")),
        ("23/2025 Godkendelse af dagsorden", None),
        ("Punkt 4: Budget", ("4", "Budget")),
        ("Punkt nr. 4 - Budget", ("4", "Budget")),
        ("Pkt. nr. 12: Vejplan", ("12", "Vejplan")),
        ("Sag nr. 3: Vejplan", ("3", "Vejplan")),
        ("1 - Valg af dirigent", ("1", "Valg af dirigent")),
        ("2 – Regnskab", ("2", "Regnskab")),
        ("3: Eventuelt", ("3", "Eventuelt")),
        ("### 1 – Godkendelse af dagsorden", ("1", "Godkendelse af dagsorden")),
        ("**2 - Vejplan**", ("2", "Vejplan")),
        ("**Item 1 – Approval of agenda**", ("1", "Approval of agenda")),
        ("Item 12: AOB", ("12", "AOB")),
        ("Lukket punkt 7: Køb af grund", ("7", "Køb af grund")),
        # the status written after the number is the title as written
        ("7. Lukket punkt: Køb af grund", ("7", "Lukket punkt: Køb af grund")),
        ("## 12. Lukket sag: Personalesag", ("12", "Lukket sag: Personalesag")),
        ("## Åbent punkt 3 - Budget", ("3", "Budget")),
        ("Punkt 4 (lukket): Personalesag", ("4", "Personalesag")),
        # a time box before the title is no part of it (after it, it is kept as written)
        ("Punkt 1 (5 min.): Godkendelse af dagsorden", ("1", "Godkendelse af dagsorden")),
        ("Punkt 4 (ca. 25 minutter): Budget", ("4", "Budget")),
        ("Sag 12/2025: Budget", ("12/2025", "Budget")),  # the case of the year, as written
        ("Sag 12/25: Budget", ("12/25", "Budget")),
        # the item's number out of all, and a slash after the number
        ("Dagsordenspunkt 3/7: Helhedsplan", ("3", "Helhedsplan")),
        ("**Punkt 2/12 – Budget**", ("2", "Budget")),
        ("**Punkt 1 / Valg af ordstyrer**", ("1", "Valg af ordstyrer")),
        # a topic's number, the number sign, the clock time the item started
        ("#### Emne 2 – Fælles tal for 2023", ("2", "Fælles tal for 2023")),
        ("**#1 — Meddelelser / announcements**", ("1", "Meddelelser / announcements")),
        ("**[19:04] 1. Godkendelse af dagsorden**", ("1", "Godkendelse af dagsorden")),
        ("**19.31 — 3) Regnskab 2015**", ("3", "Regnskab 2015")),
        ("[19:04] Kaffe", None),
        # a dot or a bar after the number, a clock time and a bar before it, a heading's id
        ("**Pkt. 3 · Økonomi og kontingentrestancer**", ("3", "Økonomi og kontingentrestancer")),
        ("### kl. 16.05 | Pkt. 2 | Kvalitetsrapport", ("2", "Kvalitetsrapport")),
        ("## 7. Evt. {#h.4d34og8}", ("7", "Evt.")),
        ("kl. 16.05 Kaffe", None),
        ("#hashtag", None),
        ("Sag nr. 41-2024 Vejplan", ("41", "Vejplan")),
        ("Ad 1.: Godkendt.", ("1", "Godkendt.")),
        ("Punkt 2): Budget", ("2", "Budget")),
        ("Ad pkt. 3 - Eventuelt", ("3", "Eventuelt")),
        ("Ad 4a.", ("4.a", "")),
        ("Ad 1 og 2", ("1", "")),
        ("Ad 1 og 2: Begge godkendt.", ("1", "Begge godkendt.")),
        ("Ad 1, 2 og 3", ("1", "")),
        # a title that starts like a month is no date
        ("3. Julearrangement", ("3", "Julearrangement")),
        ("5. Juniorafdelingen", ("5", "Juniorafdelingen")),
        ("2. Marketing", ("2", "Marketing")),
        ("### Punkt 2b: Flagstang", ("2.b", "Flagstang")),
        ("Punkt 4ab", None),
        # not heads
        ("2 - 3 personer deltog", None),
        ("14:30 Kaffe", None),
        ("12. marts 2024", None),
        ("3. okt. 2024", None),
        ("14. Maj", None),
        # a remark about an item, not its head (a lower-case word after the number)
        ("Punkt 3 blev behandlet efter punkt 4.", None),
        ("*Pkt. 5 udsættes til næste møde.*", None),
        ("## Punkt 3 blev behandlet efter punkt 4", ("3", "blev behandlet efter punkt 4")),
    ],
)  # fmt: skip
def test_head_shapes(written: str, head: tuple[str, str] | None) -> None:
    assert _head(written) == head


def test_plain_dash_heads_make_an_agenda() -> None:
    text = (
        "Referat af generalforsamling 5. marts 2024\n"
        "1 - Valg af dirigent\nKurt Holm blev valgt.\n"
        "2 - Regnskab\nRegnskabet blev godkendt.\n"
        "3 - Eventuelt\nIntet.\n"
    )
    meeting = referat.parse(text)
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Valg af dirigent"),
        ("2", "Regnskab"),
        ("3", "Eventuelt"),
    ]
    assert [i.decision.outcome.value for i in meeting.agenda if i.decision] == [
        "approved",
        "approved",
        "none",
    ]


def test_a_known_topic_with_minutes_on_the_head_line() -> None:
    text = (
        "# Referat\n\nDato: 30. januar 2025\n\n"
        "1. Regnskab: Kassereren gennemgik regnskabet. Det blev godkendt.\n"
        "2. Evt.: Peter spurgte til en ny hjemmeside. Tages op på næste møde.\n"
        "Næste møde er 27. februar kl. 19.30.\n"
        "3. Budget: Status.\n"
    )
    meeting = referat.parse(text)
    assert [i.title for i in meeting.agenda] == ["Regnskab", "Evt.", "Budget: Status."]
    evt = meeting.agenda[1]
    assert [s.text for s in evt.sections] == [
        "Peter spurgte til en ny hjemmeside. Tages op på næste møde.",
        "Næste møde er 27. februar kl. 19.30.",
    ]
    assert evt.decision is not None
    assert evt.decision.outcome.value == "none"  # a topic for a later meeting: nothing put off


@pytest.mark.parametrize("written", ["## Eventuelt", "**Evt.**", "### Eventuelt", "Eventuelt:"])
def test_an_unnumbered_closing_topic_after_numbered_items(written: str) -> None:
    text = (
        "# Referat af bestyrelsesmøde 5. marts 2025\n## 1. Godkendelse af referat\nGodkendt.\n"
        f"## 2. Økonomi\nRegnskabet blev godkendt.\n{written}\nLone foreslog en sommerfest.\n"
    )
    meeting = referat.parse(text)
    assert [
        (i.number, i.decision.outcome.value if i.decision else None) for i in meeting.agenda
    ] == [
        ("1", "approved"),
        ("2", "approved"),
        (None, "none"),  # remarks under Eventuelt decide nothing
    ]
    assert [s.text for s in meeting.agenda[2].sections] == ["Lone foreslog en sommerfest."]


_LISTED = (
    "# Referat af bestyrelsesmøde\n\nDato: 4. februar 2025\n\nDagsorden:\n"
    "1. Godkendelse af dagsorden\n2. Meddelelser\n3. Økonomi\n4. Eventuelt\n\n"
)


@pytest.mark.parametrize(
    ("minutes", "texts"),
    [
        (  # the words after "Ad 1." are the text: a line of its own or a sentence
            "Ad 1. Godkendt.\n\nAd 2: Formanden orienterede om budgettet.\n"
            "Ad pkt. 3\nRegnskabet blev godkendt.\nAd 4. Intet.\n",
            [
                "Godkendt.",
                "Formanden orienterede om budgettet.",
                "Regnskabet blev godkendt.",
                "Intet.",
            ],
        ),
        (  # the listed title repeated before a colon
            "Ad 1. Godkendelse af dagsorden: Godkendt.\nAd 2. Meddelelser: Ingen.\n"
            "Ad 3. Økonomi\nRegnskabet blev godkendt.\n\nAd 4. Eventuelt\nIntet.\n",
            ["Godkendt.", "Ingen.", "Regnskabet blev godkendt.", "Intet."],
        ),
        (  # the listed title run together with a sentence (PDF text)
            "Ad 1. Godkendelse af dagsorden Godkendt.\nAd 2. Meddelelser Ingen.\n"
            "Ad 3. Økonomi Regnskabet blev godkendt.\nAd 4. Eventuelt Intet.\n",
            ["Godkendt.", "Ingen.", "Regnskabet blev godkendt.", "Intet."],
        ),
        (  # short titles over text stay titles (the item keeps its listed title)
            "### Ad 1 – Dagsorden\n\nGodkendt.\n\n### Ad 2 – Medd.\n\nIngen.\n\n"
            "### Ad 3 – Økonomi – status\n\nRegnskabet blev godkendt.\n\n"
            "### Ad 4 – Evt.\n\nIntet.\n",
            ["Godkendt.", "Ingen.", "Regnskabet blev godkendt.", "Intet."],
        ),
    ],
)
def test_ad_lines_after_a_listing_are_the_items_minutes(minutes: str, texts: list[str]) -> None:
    meeting = referat.parse(_LISTED + minutes)
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Meddelelser"),
        ("3", "Økonomi"),
        ("4", "Eventuelt"),
    ]
    assert [" ".join(s.text for s in i.sections) for i in meeting.agenda] == texts
    assert meeting.agenda[0].decision is not None
    assert meeting.agenda[0].decision.outcome.value == "approved"


def test_lettered_ad_lines_are_sub_points_of_the_listed_item() -> None:
    """ "Ad 4a." / "Ad 4b." with no "Ad 4.": sub-points a and b of item 4, not text of item 3."""
    meeting = referat.parse(
        _LISTED.replace("4. Eventuelt", "4. Forslag\n5. Eventuelt")
        + "Ad 1. Godkendt.\n\nAd 2.\nIngen.\n\nAd 3.\nRegnskabet blev godkendt.\n\n"
        "Ad 4a.\nForslaget blev vedtaget.\n\nAd 4b.\nForslaget blev forkastet.\n\n"
        "Ad 5.\nIntet.\n"
    )
    assert [i.number for i in meeting.agenda] == ["1", "2", "3", "4", "5"]
    assert meeting.agenda[2].decision is not None
    assert meeting.agenda[2].decision.text == "Regnskabet blev godkendt."
    subs = meeting.agenda[3].subitems
    assert [(s.number, s.decision.outcome.value if s.decision else None) for s in subs] == [
        ("4.a", "approved"),
        ("4.b", "rejected"),
    ]


def test_next_meeting_inside_the_last_item_stays_its_text() -> None:
    text = "# Referat\n\nDato: 5. marts 2025\n\n## 1. Eventuelt\nIntet.\n\nNæste møde: 11. april\n"
    assert len(referat.parse(text).agenda) == 1


@pytest.mark.parametrize("head", ["12.", "Punkt 12"])
def test_number_and_title_on_separate_lines(head: str) -> None:
    second = "13." if head == "12." else "Punkt 13"
    text = (
        f"# Referat\n\nDato: 3. april 2019\n\n{head}\nGodkendelse af dagsorden\nGodkendt.\n\n"
        f"{second}\nVejbelysning\nSagen blev udsat.\n"
    )
    meeting = referat.parse(text)
    assert [(i.number, i.title, [s.text for s in i.sections]) for i in meeting.agenda] == [
        ("12", "Godkendelse af dagsorden", ["Godkendt."]),
        ("13", "Vejbelysning", ["Sagen blev udsat."]),
    ]


def test_page_numbers_of_a_contents_list_are_not_titles() -> None:
    text = (
        "# Referat\n\nDato: 3. april 2019\n\nIndholdsfortegnelse\n\n"
        "1. Godkendelse af dagsorden 2\n2. Meddelelser 3\n\n"
        "## 1. Godkendelse af dagsorden\nGodkendt.\n\n## 2. Meddelelser\nIntet.\n"
    )
    meeting = referat.parse(text)
    assert [i.title for i in meeting.agenda] == ["Godkendelse af dagsorden", "Meddelelser"]


def test_outcomes_on_the_item_line_without_a_full_stop() -> None:
    text = (
        "# Referat\nDato: 3. maj 2025\n\n1. Velkomst\nIntet.\n\n2. Referat fra sidst: godkendt\n\n"
        "3. Takstblad - udsat til næste møde\n\n4. Indkomne forslag\n"
        "a) Forslag om trampolin – trukket tilbage af forslagsstiller.\n"
        "b) Forslag om ladestandere – udgår.\n\n5. Næste møde\nNæste møde: 14.01.2026 kl. 19.\n"
    )
    items = referat.parse(text).agenda
    assert [(i.title, i.decision.outcome.value if i.decision else None) for i in items[1:3]] == [
        ("Referat fra sidst", "approved"),
        ("Takstblad", "postponed"),
    ]
    assert [
        (s.title, s.decision.outcome.value if s.decision else None) for s in items[3].subitems
    ] == [
        ("Forslag om trampolin", "withdrawn"),
        ("Forslag om ladestandere", "withdrawn"),
    ]
    assert [s.text for s in items[4].sections] == ["Næste møde: 14.01.2026 kl. 19."]


def test_a_decision_after_a_list_of_sub_points_is_the_items() -> None:
    text = (
        "# Referat\n\nDato: 3. maj 2025\n\n## 1. Status på roadmap\nMartin præsenterede status.\n"
        "- 1.1 Rapportmodul: leveret i version 4.2\n- 1.2 Datavarehus: afventer test\n\n"
        "**Beslutning:** Styregruppen tog status til efterretning.\n\n## 2. Eventuelt\nIntet.\n"
    )
    item = referat.parse(text).agenda[0]
    assert item.decision is not None
    assert item.decision.outcome.value == "noted"
    assert [s.number for s in item.subitems] == ["1.1", "1.2"]
    assert all(not s.sections for s in item.subitems)


def test_listing_then_titles_under_a_minutes_heading() -> None:
    text = (
        "# Referat\n\nDato: 3. maj 2025\n\n## Dagsorden\n1. Godkendelse af dagsorden\n"
        "2. Økonomi\n3. Eventuelt\n## Referat\n**Godkendelse af dagsorden**\nGodkendt.\n"
        "**Økonomi**\nBestyrelsen bevilgede 21.000 kr. til nye trøjer.\n**Eventuelt**\nIntet.\n"
    )
    meeting = referat.parse(text)
    assert [(i.decision.outcome.value if i.decision else None) for i in meeting.agenda] == [
        "approved",
        "approved",
        "none",
    ]
    assert [i.listing_span.start_line if i.listing_span else None for i in meeting.agenda] == [
        6,
        7,
        8,
    ]


def test_an_invitations_text_after_its_list_is_a_note() -> None:
    text = (
        "# Indkaldelse til generalforsamling\n\n1. Valg af dirigent\n2. Indkomne forslag\n"
        "   a) Forslag om altaner\n   b) Forslag om høns\n3. Eventuelt\n\n"
        "Forslag skal være bestyrelsen i hænde senest 8 dage før.\n\nVel mødt!\n"
    )
    meeting = referat.parse(text)
    assert meeting.document_kind is not None
    assert meeting.document_kind.value == "indkaldelse"
    assert meeting.agenda[-1].sections == []
    assert "Vel mødt!" in meeting.notes[-1].text


def test_a_numbered_list_inside_an_item_is_its_text() -> None:
    text = (
        "# Referat af beboermøde\n\nDato: 3. maj 2025\n\n"
        "1. Vaskeriet\nRådet besluttede følgende:\n\n1. Ny booking-tavle opsættes\n"
        "2. Åbningstiden ændres\n\n2. Legepladsen\n"
        "Gyngen er defekt.\n\n3. Eventuelt\nIntet.\n"
    )
    meeting = referat.parse(text)
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Vaskeriet"),
        ("2", "Legepladsen"),
        ("3", "Eventuelt"),
    ]
    assert "Åbningstiden ændres" in meeting.agenda[0].sections[0].text


@pytest.mark.parametrize(
    "listing",
    [
        "1. Valg af dirigent\n2. Indkomne forslag\n   1. Forslag om nye vedtægter\n"
        "   2. Forslag om hegn mod stien\n3. Eventuelt\n",
        "    1) Valg af dirigent\n    2) Indkomne forslag\n        1) Forslag om nye vedtægter\n"
        "        2) Forslag om hegn mod stien\n    3) Eventuelt\n",
    ],
    ids=["markdown-list", "indented-block"],
)
def test_a_numbered_list_nested_under_a_listed_item_gives_sub_points(listing: str) -> None:
    text = "# Indkaldelse til generalforsamling i Haveforeningen Bøgely\n\n" + listing
    item = referat.parse(text).agenda[1]
    assert [(s.number, s.title) for s in item.subitems] == [
        ("2.1", "Forslag om nye vedtægter"),
        ("2.2", "Forslag om hegn mod stien"),
    ]
    assert not item.sections


def test_sub_points_nested_in_a_listing_stay_when_the_minutes_repeat_the_items() -> None:
    text = (
        "# Referat: OS2 projektmøde 11.03.2027\n\n### Dagsorden\n1. Formalia\n"
        "   1. Verifikation af deltagere\n   2. Godkendelse af dagsorden\n2. Tema 1: Udbud\n"
        "3. Eventuelt\n\n## Mødereferat\n\n### AD 1: Formalia\n- [x] Dagsorden godkendt\n\n"
        "### AD 2: Tema 1: Udbud\nUdbuddet blev drøftet.\n\n### AD 3: Eventuelt\nIntet.\n"
    )
    item = referat.parse(text).agenda[0]
    assert [(s.number, s.title) for s in item.subitems] == [
        ("1.1", "Verifikation af deltagere"),
        ("1.2", "Godkendelse af dagsorden"),
    ]
    assert "Dagsorden godkendt" in item.sections[0].text


def test_a_numbered_list_under_a_label_in_a_listed_item_stays_its_attachments() -> None:
    text = (
        "# Referat\n\nDato: 3. april 2024\n\n1. Høring om ledsagelse\n"
        "   Bilag:\n   1. Udkast til kvalitetsstandard\n   2. Høringsbrev\n2. Eventuelt\n"
    )
    item = referat.parse(text).agenda[0]
    assert not item.subitems
    assert [a.title for a in item.attachments] == ["Udkast til kvalitetsstandard", "Høringsbrev"]


_HEADER = "# Referat\n\nDato: 3. april 2024\n\n"


@pytest.mark.parametrize(
    ("body", "agenda"),
    [
        # "§ N" lines inside an item quote a statute: the item's text, not items
        (
            "Pkt 1 - Valg af dirigent\nBo Lund valgt.\n\nPkt 2 - Vedtægtsændringer\n"
            "Bestyrelsen foreslog:\n\n§ 4 stk. 2 ændres til: \"Kontingent fastsættes af GF.\"\n\n"
            "§ 7 Ny tekst: \"Indkaldes med 3 ugers varsel.\"\n\n§ 9 Udgår.\n\n"
            "Forslaget blev vedtaget.\n\nPkt 3 - Evt.\nIntet.\n",
            [("1", "Valg af dirigent"), ("2", "Vedtægtsændringer"), ("3", "Evt.")],
        ),
        # a PDF line break leaves a number and a capital word at a line start
        (
            "1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Meddelelser\n\n"
            "Tilskuddet på 80.000 kr. fordeles på\n3 Projekter: legeplads og belysning.\n\n"
            "3. Helhedsplan\n\nTaget til efterretning.\n",
            [("1", "Godkendelse af dagsorden"), ("2", "Meddelelser"), ("3", "Helhedsplan")],
        ),
        # Roman numerals in a sequence from I., as lines or headings: numbered 1, 2, 3
        (
            "I. Godkendelse af dagsorden\nGodkendt.\n\nII. Økonomi\nRegnskabet blev godkendt.\n\n"
            "III. Eventuelt\nIntet.\n",
            [("1", "Godkendelse af dagsorden"), ("2", "Økonomi"), ("3", "Eventuelt")],
        ),
        (
            "## I. Velkomst\n\nGodkendt.\n\n## II. Økonomi\n\nGodkendt.\n",
            [("1", "Velkomst"), ("2", "Økonomi")],
        ),
        # titles broken over two lines at a hyphen
        (
            "1. Velkomst\nGodkendt.\n\n2. Renovering af vaske-\nriet i blok C\n"
            "Tilbuddet blev godkendt.\n",
            [("1", "Velkomst"), ("2", "Renovering af vaskeriet i blok C")],
        ),
        (
            "**Punkt 1. Velkomst**\n\nGodkendt.\n\n**Punkt 2. Tilskud fra Kultur-**\n"
            "**og Fritidsudvalget**\n\n**Beslutning**\n\nGodkendt.\n",
            [("1", "Velkomst"), ("2", "Tilskud fra Kultur- og Fritidsudvalget")],
        ),
        (
            "1.\nVelkomst\n\n2.\nTakstblad og hvile-i-sig-\nselv-princippet\n\nGodkendt.\n",
            [("1", "Velkomst"), ("2", "Takstblad og hvile-i-sig-selv-princippet")],
        ),
        (
            "## 1. Velkomst\n\nGodkendt.\n\n## 2. Tilskud til Kultur-\nog Idrætsforeninger\n\n"
            "Godkendt.\n",
            [("1", "Velkomst"), ("2", "Tilskud til Kultur- og Idrætsforeninger")],
        ),
        # ... but a sentence after a hyphen is the item's text, not the rest of its title
        (
            "1. Velkomst\nGodkendt.\n\n2. Status på vand-\n"
            "og kloakprojektet er, at det er forsinket med to måneder.\n"
            "Beslutning: Taget til efterretning.\n\n3. Projekt Nord-\n"
            "Syd forbindelsen blev drøftet. Ingen beslutning.\n",
            [("1", "Velkomst"), ("2", "Status på vand-"), ("3", "Projekt Nord-")],
        ),
        # a case's history inside an item ("Behandlet i:" over "2 Økonomiudvalget 12.03.2024"):
        # the item's text, not items 2 and 3
        (
            "1. Budgetopfølgning\n\nSagsfremstilling\nMindreforbrug.\n\nBehandlet i\n"
            "2 Økonomiudvalget 12.03.2024\n3 Byrådet 21.03.2024\n\nBeslutning\nGodkendt.\n\n"
            "2. Salg af grund\n\nGodkendt.\n",
            [("1", "Budgetopfølgning"), ("2", "Salg af grund")],
        ),
        (
            "1 Velkomst\nGodkendt.\n\n2 Strategi\nSagen har været behandlet:\n"
            "1 Regionsrådet, 13.12.2023\n2 Teknik- og Miljøudvalget 6. marts 2024\n"
            "Beslutning\nVedtaget.\n\n3 Eventuelt\nIntet.\n",
            [("1", "Velkomst"), ("2", "Strategi"), ("3", "Eventuelt")],
        ),
        (
            "1. Velkomst\nGodkendt.\n\n2. Lokalplan for Skovparken\nSagsforløb:\n"
            "1 Plan- og Miljøudvalget 05.02.2024 Udsat\n2 Økonomiudvalget 11.03.2024 Anbefalet\n"
            "Beslutning:\nGodkendt.\n\n3. Orientering\nIntet.\n",
            [("1", "Velkomst"), ("2", "Lokalplan for Skovparken"), ("3", "Orientering")],
        ),
        # two history lines in a row, numbered like the items
        (
            "1. Budget\n\nBehandlet i\n2. Økonomiudvalget 12.03.2024\n3. Byrådet 21.03.2024\n\n"
            "Beslutning\nGodkendt.\n\n2. Salg af grund\n\nGodkendt.\n",
            [("1", "Budget"), ("2", "Salg af grund")],
        ),
        # ... but an item about a body's meeting keeps its head
        (
            "1 Velkomst\nGodkendt.\n\n2 Møde i Ældrerådet 12.03.2024\nFormanden orienterede.\n\n"
            "3 Eventuelt\nIntet.\n",
            [("1", "Velkomst"), ("2", "Møde i Ældrerådet 12.03.2024"), ("3", "Eventuelt")],
        ),
        # counts inside an item ("3 Stemmer for"), when the items are numbered otherwise
        (
            "1. Velkomst\nGodkendt.\n\n2. Salg af grund\nAfstemning:\n3 Stemmer for (V, C, O)\n"
            "2 Stemmer imod (A, F)\nVedtaget.\n\n3. Takster\nForslag:\n4 Kr. pr. time\nGodkendt.\n"
            "\n4. Eventuelt\nIntet.\n",
            [("1", "Velkomst"), ("2", "Salg af grund"), ("3", "Takster"), ("4", "Eventuelt")],
        ),
        (
            "1 Velkomst\nGodkendt.\n\n2 Medlemmer\nVi er nu 212 medlemmer.\n\n"
            "3 Eventuelt\nIntet.\n",
            [("1", "Velkomst"), ("2", "Medlemmer"), ("3", "Eventuelt")],
        ),
        # party letters are no Roman items
        (
            "## 1. Valg\n\nValgt blev:\n\nV. Hansen\n\nC. Jensen\n\n## 2. Evt.\n\nIntet.\n",
            [("1", "Valg"), ("2", "Evt.")],
        ),
    ],
)  # fmt: skip
def test_agenda_shapes(body: str, agenda: list[tuple[str | None, str]]) -> None:
    meeting = referat.parse(_HEADER + body)
    assert [(i.number, i.title) for i in meeting.agenda] == agenda
    assert meeting.unclassified == []


@pytest.mark.parametrize(
    ("body", "attachments"),
    [
        # a table under a "Bilag" label; its numbers are no twin of the agenda
        (
            "## 1. Cykelsti\n\n**Beslutning**\n\nGodkendt.\n\n**Bilag**\n\n"
            "| Nr. | Bilag | Størrelse |\n|---|---|---|\n"
            "| 1 | Projektbeskrivelse cykelsti | 2,1 MB |\n"
            "| 2 | Cykelsti økonomi | 88 KB |\n\n## 2. Eventuelt\n\nIntet.\n",
            [("1", "Projektbeskrivelse cykelsti"), ("2", "Cykelsti økonomi")],
        ),
        # under the label, the first column that is no number column names them
        (
            "## 1. Cykelsti\n\nGodkendt.\n\nBilag:\n\n| Dokument | Dato |\n|---|---|\n"
            "| Tidsplan | 1.3.2024 |\n\n## 2. Eventuelt\n\nIntet.\n",
            [(None, "Tidsplan")],
        ),
        # lines right under a bare "Bilag:" label, numbered or not
        (
            "## 1. Cykelsti\n\nGodkendt.\n\nBilag:\n1 Projektbeskrivelse cykelsti\n"
            "2 Cykelsti økonomi\n\n## 2. Eventuelt\n\nIntet.\n",
            [("1", "Projektbeskrivelse cykelsti"), ("2", "Cykelsti økonomi")],
        ),
        (
            "## 1. Cykelsti\n\nGodkendt.\n\n**Bilag**\nProjektbeskrivelse\n"
            "Bilag: Kort over ruten\n\n## 2. Eventuelt\n\nIntet.\n",
            [(None, "Projektbeskrivelse"), (None, "Kort over ruten")],
        ),
        # a reference by number to an entry of an unnumbered list is that entry, not another
        (
            "## 1. Cykelsti\n\nHøringssvarene er samlet i en hvidbog (bilag 2).\n\n"
            "**Bilag**\n- Trafiksikkerhedsplan\n- Hvidbog over høringssvar\n\n"
            "## 2. Eventuelt\n\nIntet.\n",
            [(None, "Trafiksikkerhedsplan"), (None, "Hvidbog over høringssvar")],
        ),
        # a PDF's bare "Bilag" label, a blank line, then the titles one a line
        (
            "## 1. Cykelsti\n\nGodkendt.\n\nBilag\n\nTakstoversigt 2024 - plejeboliger\n"
            "Beregningsgrundlag madservice 2024\n\n## 2. Eventuelt\n\nIntet.\n",
            [(None, "Takstoversigt 2024 - plejeboliger"),
             (None, "Beregningsgrundlag madservice 2024")],
        ),
        # Word's private-use bullet glyph (U+F0B7) under "Bilag:"
        (
            "## 1. Cykelsti\n\nGodkendt.\n\nBilag:\n\uf0b7 Projektbeskrivelse\n"
            "\uf0b7 Kort over ruten\n\n## 2. Eventuelt\n\nIntet.\n",
            [(None, "Projektbeskrivelse"), (None, "Kort over ruten")],
        ),
        # an en dash written as text before each entry under "Bilag:"
        (
            "## 1. Cykelsti\n\nGodkendt.\n\nBilag:\n  – Udkast til standard, version 0.9\n"
            "  – Plantegninger (stueetage)\n\n## 2. Eventuelt\n\nIntet.\n",
            [(None, "Udkast til standard, version 0.9"), (None, "Plantegninger (stueetage)")],
        ),
        # a PDF's sub-numbered entries under "Bilag:": attachments, no sub-points
        (
            "## 1. Cykelsti\n\nGodkendt.\n\nBilag:\n1.1 Årsrapport 2024 inkl. påtegning\n"
            "1.2 Revisionsprotokollat af 2. juni 2025\n\n## 2. Eventuelt\n\nIntet.\n",
            [("1.1", "Årsrapport 2024 inkl. påtegning"),
             ("1.2", "Revisionsprotokollat af 2. juni 2025")],
        ),
        # a "Bilag" column lists attachments without a label
        (
            "## 1. Cykelsti\n\nGodkendt.\n\n| Bilag | Beskrivelse |\n|---|---|\n"
            "| 1 | Kort over ruten |\n\n## 2. Eventuelt\n\nIntet.\n",
            [("1", "Kort over ruten")],
        ),
        # link texts: the whole file name, and "Bilag N - Title" inside a sentence
        (
            "## 1. Cykelsti\n\nGodkendt.\n\n**Bilag**\n\n"
            "[Cykelsti 2025-2030 endelig.pdf](https://x.dk/a.pdf), [Kort.pdf](https://x.dk/b.pdf)"
            "\n\nSe også [Bilag 3 - Økonomisk overblik](https://x.dk/c.pdf).\n\n"
            "## 2. Eventuelt\n\nIntet.\n",
            [(None, "Cykelsti 2025-2030 endelig.pdf"), (None, "Kort.pdf"),
             ("3", "Økonomisk overblik")],
        ),
        # attachments a sentence names by number ("vedhæftet som Bilag 1", "bilag 2 og 3")
        (
            "## 1. Cykelsti\n\nForslaget er vedhæftet som Bilag 1, og budgettet som bilag 2 og"
            " 3.\nHusk § 3 i bilag 4.2 til vedtægten.\n\n## 2. Eventuelt\n\nIntet.\n",
            [("1", None), ("2", None), ("3", None)],
        ),
        # numbered attachments after one label, parted by a PDF's wide gaps
        (
            "## 1. Cykelsti\n\nGodkendt.\n\nBilag: 1. Oversigt over ruten   2. Budget\n\n"
            "## 2. Eventuelt\n\nIntet.\n",
            [("1", "Oversigt over ruten"), ("2", "Budget")],
        ),
        # a title in quotes after the label, then a sentence
        (
            '## 1. Cykelsti\n\nGodkendt.\n\nBilag: "Kort over ruten" blev omdelt ved mødet.\n\n'
            "## 2. Eventuelt\n\nIntet.\n",
            [(None, "Kort over ruten")],
        ),
    ],
)  # fmt: skip
def test_attachment_shapes(body: str, attachments: list[tuple[str | None, str]]) -> None:
    meeting = referat.parse(_HEADER + body)
    assert [(i.number, i.title) for i in meeting.agenda] == [("1", "Cykelsti"), ("2", "Eventuelt")]
    assert [(a.number, a.title) for a in meeting.agenda[0].attachments] == attachments
    assert meeting.agenda[1].sections[0].text == "Intet."


def test_a_contents_list_of_the_items_own_numbers() -> None:
    meeting = referat.parse(
        _HEADER + "## Indhold\n\n1. [34. Godkendelse af dagsorden](#p34)\n"
        "2. [35. Takster for madservice 2026](#p35)\n\n## 34. Godkendelse af dagsorden\n\n"
        "Godkendt.\n\n## 35. Takster for madservice 2026\n\nGodkendt.\n"
    )
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("34", "Godkendelse af dagsorden"),
        ("35", "Takster for madservice 2026"),
    ]


def test_private_use_bullets_list_people() -> None:
    text = (
        _HEADER + "Til stede:\n\uf0b7 Hanne Bøgh, formand\n\uf0b7 Svend Kirk\n\n"
        "Afbud:\n\uf0a7 Gitte Rosendahl\n\n## 1. Budget\n\nGodkendt.\n"
    )
    meeting = referat.parse(text)
    assert [p.name for p in meeting.attendees] == ["Hanne Bøgh", "Svend Kirk"]
    assert [p.name for p in meeting.absentees] == ["Gitte Rosendahl"]
    assert meeting.notes == []


def test_a_table_of_proposals_inside_an_item() -> None:
    text = (
        _HEADER + "## 1. Valg af dirigent\n\nGodkendt.\n\n## 2. Indkomne forslag\n\n"
        "| Nr. | Forslag | Stillet af | Resultat |\n|---|---|---|---|\n"
        "| 2.1 | Cykelskur ved blok B | Ole Berg | Vedtaget |\n"
        "| 2.2 | Forbud mod trampoliner | Eva Lind | Forkastet |\n\n"
        "Forslagene sendes til organisationsbestyrelsen.\n\n## 3. Eventuelt\n\nIntet.\n"
    )
    meeting = referat.parse(text)
    item = meeting.agenda[1]
    assert [s.text for s in item.sections] == ["Forslagene sendes til organisationsbestyrelsen."]
    subs = [(s.number, s.title, s.decision and s.decision.outcome.value) for s in item.subitems]
    assert subs == [
        ("2.1", "Cykelskur ved blok B", "approved"),
        ("2.2", "Forbud mod trampoliner", "rejected"),
    ]
    assert [(s.heading, s.text) for s in item.subitems[0].sections] == [
        ("Stillet af", "Ole Berg"),
        ("Resultat", "Vedtaget"),
    ]
    assert meeting.unclassified == []


def test_a_task_table_after_the_last_item_is_its_text() -> None:
    text = (
        _HEADER + "## 1. Budget\n\nGodkendt.\n\n## 2. Eventuelt\n\nIntet.\n\n"
        "| Opgave | Hvem | Frist |\n|---|---|---|\n| Brev til kommunen | Ole Berg | 15/5 |\n"
    )
    meeting = referat.parse(text)
    assert len(meeting.agenda) == 2
    assert "Brev til kommunen" in meeting.agenda[1].sections[-1].text
    assert meeting.unclassified == []


def test_an_agenda_table_with_a_time_column_first() -> None:
    text = (
        "# Forældrerådsmøde\n\nDato: 19.03.2025\n\n"
        "| Tid | Pkt. | Emne | Ansvarlig |\n|---|---|---|---|\n"
        "| 17.00 | 1 | Velkomst og godkendelse af dagsorden | Sofie |\n"
        "| 17.25 | 2 | Budget 2025 og forældrebetaling | Dorte |\n\n"
        "### Ad 1 – Velkomst\nDagsorden godkendt.\n\n"
        "### Ad 2 – Budget\nDorte gennemgik budgettet.\n"
    )
    meeting = referat.parse(text)
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Velkomst og godkendelse af dagsorden"),
        ("2", "Budget 2025 og forældrebetaling"),
    ]
    assert [i.listing_span.start_line for i in meeting.agenda if i.listing_span] == [7, 8]
    assert all(not block.text for block in meeting.unclassified)  # (the table's rule line)


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("BAGGRUND FOR SAGEN", "sagsfremstilling"),
        ("Baggrund for sagen", "sagsfremstilling"),
        ("FORRETNINGSUDVALGETS BESLUTNING", "beslutning"),
    ],
)
def test_upper_case_section_labels(label: str, kind: str) -> None:
    text = f"# Referat\n\nDato: 10. juni 2025\n\n## 1. Regnskab 2024\n\n{label}\n\nTekst.\n"
    item = referat.parse(text).agenda[0]
    assert [(s.kind.value, s.heading) for s in item.sections] == [(kind, label)]


def test_html_line_breaks_divide_lines() -> None:
    text = (
        "# Referat\n\n<p>Dato: 11. marts 2025<br>Sted: Sognegården, Kirkegade 4, 6000 Kolding</p>"
        "\n\n## 1. Takster\n\nTakstbladet blev gennemgået.<br>Beslutning: Udsat.\n"
    )
    meeting = referat.parse(text)
    assert [(f.label, f.value) for f in meeting.fields] == [
        ("Dato", "11. marts 2025"),
        ("Sted", "Sognegården, Kirkegade 4, 6000 Kolding"),
    ]
    item = meeting.agenda[0]
    assert [(s.heading, s.text, s.span.start_line) for s in item.sections] == [
        (None, "Takstbladet blev gennemgået.", 7),
        ("Beslutning", "Udsat.", 7),
    ]
    assert item.decision is not None
    assert item.decision.outcome.value == "postponed"


def test_a_numbered_table_without_titles_and_decisions_is_item_text() -> None:
    text = (
        _HEADER + "## 1. Velkomst\n\nGodkendt.\n\n## 2. Økonomi\n\n"
        "| Nr. | Konto | Beløb | Bemærkning |\n|---|---|---|---|\n"
        "| 2.1 | Kontingent | 240.000 | Som budgetteret |\n"
        "| 2.2 | Sponsorater | 80.000 | Godkendt af sponsor |\n\n"
        "Beslutning: Regnskabet godkendt.\n\n## 3. Eventuelt\n\nIntet.\n"
    )
    meeting = referat.parse(text)
    item = meeting.agenda[1]
    assert item.subitems == []
    assert "2.2 | Sponsorater | 80.000 | Godkendt af sponsor" in item.sections[0].text
    assert item.decision is not None
    assert item.decision.text == "Regnskabet godkendt."
    assert meeting.unclassified == []


def test_a_table_with_a_result_column_inside_an_item_stays_there() -> None:
    text = (
        _HEADER + "## 1. Godkendelse af dagsorden\n\nGodkendt.\n\n## 2. Sportslig status\n\n"
        "| Nr. | Hold | Resultat |\n|---|---|---|\n"
        "| 1 | U13 drenge | Vundet 3-2 |\n| 2 | U15 piger | Tabt 1-4 |\n\n"
        "Orienteringen blev taget til efterretning.\n\n## 3. Eventuelt\n\nIntet.\n"
    )
    meeting = referat.parse(text)
    first, second = meeting.agenda[0], meeting.agenda[1]
    assert first.decision is not None
    assert first.decision.outcome.value == "approved"
    assert [s.text for s in first.sections] == ["Godkendt."]
    assert second.decision is not None
    assert second.decision.outcome.value == "noted"
    assert second.sections[0].text.startswith("Nr. | Hold | Resultat")
    assert second.sections[-1].text.endswith("Orienteringen blev taget til efterretning.")
    assert meeting.notes == []
    assert meeting.unclassified == []


@pytest.mark.parametrize(
    ("body", "sections"),
    [
        # a one-line field: the next line is the item's text again
        ("Ansvarlig: Peter Skov\nDer skal ryddes buske. Godkendt.",
         [("other", "Ansvarlig", "Peter Skov"),
          ("referat", None, "Der skal ryddes buske. Godkendt.")]),
        ("Tekst.\n- Ansvarlig: Mikkel Vang\n- Deadline: 31.01.2025",
         [("referat", None, "Tekst."), ("other", "Ansvarlig", "Mikkel Vang"),
          ("other", "Deadline", "31.01.2025")]),
        # a follow-up is no part of the decision
        ("Beslutning: Vedtaget.\nOpfølgning: Morten informerer forældrene.",
         [("beslutning", "Beslutning", "Vedtaget."),
          ("other", "Opfølgning", "Morten informerer forældrene.")]),
        # a label after a sentence on the same line opens its section there
        ("*Sagsfremstilling:* Målingen viser fremgang. *Beslutning:* Taget til efterretning.",
         [("sagsfremstilling", "Sagsfremstilling", "Målingen viser fremgang."),
          ("beslutning", "Beslutning", "Taget til efterretning.")]),
        ("Planen blev gennemgået. Beslutning: Godkendt. Referat: se bilag 2.",
         [("dagsordenstekst", None, "Planen blev gennemgået."),
          ("beslutning", "Beslutning", "Godkendt."),
          ("referat", "Referat", "se bilag 2.")]),
        ("Udvalget drøftede økonomi: budgettet holder.",
         [("referat", None, "Udvalget drøftede økonomi: budgettet holder.")]),
        # a label and a dash
        ("Beslutning – Udsat til august.", [("beslutning", "Beslutning", "Udsat til august.")]),
        ("Skolefoto – fotografen kommer i august.",
         [("referat", None, "Skolefoto – fotografen kommer i august.")]),
        # a label alone on its line keeps the lines under it
        ("**Tovholder:**\nKaren Dal og\nOle Bak",
         [("other", "Tovholder", "Karen Dal og\nOle Bak")]),
        # a decision numbered for the year ("Beslutning B 22/27", "Beslutning nr. 14")
        ("Beslutning B 22/27: Dagsordenen blev godkendt.",
         [("beslutning", "Beslutning B 22/27", "Dagsordenen blev godkendt.")]),
        ("Der var to tilbud.\n\nBeslutning nr. 14: Tilbuddet fra Vognmand Lund blev valgt.",
         [("dagsordenstekst", None, "Der var to tilbud."),
          ("beslutning", "Beslutning nr. 14", "Tilbuddet fra Vognmand Lund blev valgt.")]),
        ("Beslutning 2022-031: Udsat.", [("beslutning", "Beslutning 2022-031", "Udsat.")]),
    ],
)  # fmt: skip
def test_field_labels_in_items(body: str, sections: list[tuple[str, str | None, str]]) -> None:
    text = f"# Referat\n\nDato: 10. juni 2025\n\n## 1. Kirkegården\n\n{body}\n"
    item = referat.parse(text).agenda[0]
    assert [(s.kind.value, s.heading, s.text) for s in item.sections] == sections


@pytest.mark.parametrize(
    ("line", "sub"),
    [
        ("a) Støj fra vaskeriet – Mogens taler med viceværten.",
         ("4.a", "Støj fra vaskeriet", "Mogens taler med viceværten.", "discussed")),
        ("a) Byforskønnelse Algade – udsat til efteråret",
         ("4.a", "Byforskønnelse Algade", "udsat til efteråret", "postponed")),
        # a speaker's words are noted
        ("a) Formanden: Kommunen har godkendt budgettet.",
         ("4.a", "Formanden", "Kommunen har godkendt budgettet.", "noted")),
        ("a) Klage over hundeluftning – sendes videre til idrætsforeningen.",
         ("4.a", "Klage over hundeluftning", "sendes videre til idrætsforeningen.", "discussed")),
        # no sentence after the dash: the title
        ("a) Cykelkælder – oprydning i december",
         ("4.a", "Cykelkælder – oprydning i december", None, "none")),
    ],
)  # fmt: skip
def test_sub_point_topic_then_what_was_done(
    line: str, sub: tuple[str, str, str | None, str]
) -> None:
    text = (
        "# Referat\n\nDato: 19. november 2024\n\nAd 3. Regnskab\nGodkendt.\n\n"
        f"Ad 4. Henvendelser fra beboere\n{line}\nb) Andet – Intet.\n\nAd 5. Eventuelt\nIntet.\n"
    )
    first = referat.parse(text).agenda[1].subitems[0]
    texts = [s.text for s in first.sections]
    outcome = first.decision.outcome.value if first.decision else "none"
    assert (first.number, first.title, texts[0] if texts else None, outcome) == sub


def test_an_agenda_table_with_number_and_title_in_one_cell() -> None:
    text = (
        "# Dagsorden og referat – Skolebestyrelsen\n\nTirsdag 13. maj 2025 kl. 17.00-19.00\n\n"
        "| Tid | Punkt | Indhold | Beslutning/referat |\n|---|---|---|---|\n"
        "| 17.00 | 1. Godkendelse af dagsorden | | Godkendt |\n"
        "| 17.05 | 2. Skolens budget | Skolelederen orienterer | Taget til efterretning |\n"
        "| 17.30 | 3. Principper for lektier | Drøftelse | Udsat til juni |\n"
    )
    meeting = referat.parse(text)
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Skolens budget"),
        ("3", "Principper for lektier"),
    ]
    second = meeting.agenda[1]
    assert [(s.kind.value, s.heading) for s in second.sections] == [
        ("other", "Tid"),  # the time slot is no minutes
        ("dagsordenstekst", "Indhold"),
        ("beslutning", "Beslutning/referat"),
    ]
    assert [i.decision.outcome.value for i in meeting.agenda if i.decision] == [
        "approved",
        "noted",
        "postponed",
    ]
    assert any("Beslutning/referat" in n.text for n in meeting.notes)  # the header row
    assert all(not block.text for block in meeting.unclassified)  # (the table's rule line)


def test_a_running_page_header_inside_an_item_is_furniture() -> None:
    text = (
        "Referat - Landdistriktsudvalget\n\nMødedato: 12-06-2025\n\n"
        "## 2. Landsbypuljen 2025\nBeslutning\nGodkendt.\nHaderslev Kommune Side 2 af 2\n\n"
        "## 3. Orientering\nBeslutning\nBilaget findes på side 2 af 5\n"
    )
    meeting = referat.parse(text)
    assert [i.decision.text for i in meeting.agenda if i.decision] == [
        "Godkendt.",
        "Bilaget findes på side 2 af 5",  # a sentence's page reference stays text
    ]
    assert any(n.text == "Haderslev Kommune Side 2 af 2" for n in meeting.notes)


def test_a_title_that_says_the_item_was_withdrawn() -> None:
    text = (
        "# Referat\n\nDato: 12. maj 2025\n\n## 1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "## 2. Vejnavne (udgår)\n\n## 3. Kunstgræs – udgået\n\n## 4. Budget (udgår)\nGodkendt.\n"
    )
    items = referat.parse(text).agenda
    assert [(i.title, i.decision.outcome.value if i.decision else None) for i in items] == [
        ("Godkendelse af dagsorden", "approved"),
        ("Vejnavne (udgår)", "withdrawn"),
        ("Kunstgræs – udgået", "withdrawn"),
        ("Budget (udgår)", "approved"),  # its own text decides
    ]


def test_attachment_lines_are_a_bilag_section() -> None:
    text = (
        "# Referat\n\nDato: 2. juni 2025\n\n## 2. Handicappolitik\n\n"
        "Politikken er revideret.\nBilag 1: Udkast til handicappolitik\nBilag 2: Høringsnotat\n\n"
        "**Beslutning**\nAnbefales til byrådets godkendelse.\n\n"
        "## 3. Orientering\nBilag: Nyhedsbrev maj 2025.docx\nTaget til efterretning.\n"
    )
    second, third = referat.parse(text).agenda
    assert [(s.kind.value, s.text) for s in second.sections] == [
        ("dagsordenstekst", "Politikken er revideret."),
        ("bilag", "Bilag 1: Udkast til handicappolitik\nBilag 2: Høringsnotat"),
        ("beslutning", "Anbefales til byrådets godkendelse."),
    ]
    assert [(s.kind.value, s.text) for s in third.sections] == [
        ("bilag", "Nyhedsbrev maj 2025.docx"),
        ("referat", "Taget til efterretning."),  # the minutes after the attachment's line
    ]
    assert third.decision is not None
    assert third.decision.outcome.value == "noted"


def test_a_paragraph_after_attachment_lines_is_the_items_text_again() -> None:
    text = (
        "# Referat\n\nDato: 2. juni 2025\n\n**5. Indkøb af ny honningslynge**\n\n"
        "Bilag 1: Tilbud fra Bihuset, Sorø.\nBilag 2: Tilbud fra Ringsted Maskinhandel.\n\n"
        "Knud Erik gennemgik de to tilbud. Bestyrelsen besluttede at\nkøbe slyngen fra Bihuset.\n"
        "\n**6. Regnskab**\n\nBilag 1: Regnskab 1997\n\nBilag 2: Revisors påtegning\n\n"
        "Regnskabet blev godkendt.\n"
    )
    fifth, sixth = referat.parse(text).agenda
    assert [(s.kind.value, s.text) for s in fifth.sections] == [
        ("bilag", "Bilag 1: Tilbud fra Bihuset, Sorø.\nBilag 2: Tilbud fra Ringsted Maskinhandel."),
        ("referat", "Knud Erik gennemgik de to tilbud. Bestyrelsen besluttede at\nkøbe slyngen fra"
         " Bihuset."),
    ]  # fmt: skip
    assert [a.number for a in sixth.attachments] == ["1", "2"]
    assert sixth.decision is not None
    assert sixth.decision.outcome.value == "approved"


def test_minutes_run_together_with_the_title_in_a_pdf_line() -> None:
    text = (
        "REFERAT\nMenighedsrådsmøde tirsdag den 4. februar 2025 kl. 19.00\n"
        "1. Godkendelse af dagsorden Godkendt.\n"
        "2. Meddelelser fra formanden Formanden orienterede om provstiets\n"
        "budgetramme for 2026.\n"
        "3. Status på Grøn Omstilling, som blev vedtaget i 2023\n"
        "4. Orientering om projekt Grøn Omstilling i Nordby.\n"
        "5. Eventuelt Intet.\n"
    )
    items = referat.parse(text).agenda
    assert [(i.title, i.sections[0].text if i.sections else None) for i in items] == [
        ("Godkendelse af dagsorden", "Godkendt."),
        ("Meddelelser fra formanden", "Formanden orienterede om provstiets\nbudgetramme for 2026."),
        ("Status på Grøn Omstilling, som blev vedtaget i 2023", None),  # a name goes on
        ("Orientering om projekt Grøn Omstilling i Nordby.", None),  # records nothing
        ("Eventuelt", "Intet."),
    ]


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("3. Budget 2025 Resume Forvaltningen fremlægger udkast.", "Budget 2025"),
        ("2. Høring Sagsfremstilling", "Høring"),
        ("1. Regnskab Beslutning: Godkendt.", "Regnskab"),
        ("Punkt 4: Salg af grund Lukket sag", "Salg af grund"),
        ("5. Takster 2025 Åben sag Sagsnr.: 13.02.00-S55-2-24", "Takster 2025"),
        ("6. Budget 2025 Sagsnr. 00.30.00-S00-1-24", "Budget 2025"),
        # a long title is not cut at ordinary words, nor at a label that cannot start a section
        (
            "4. Orientering om status på implementering af den nye folkeskolereform i skolerne",
            "Orientering om status på implementering af den nye folkeskolereform i skolerne",
        ),
        ("5. Godkendelse af indstilling fra Handicaprådet", None),
        ("6. Forslag til Beslutning om ny vej", None),
        ("7. Status på Grøn Baggrund", None),
        ("8. Budget Beslutning Nord", None),
        ("9. Resume af året", None),
        ("10. Lukning af sag om Lukket sagsbehandling", None),
        ("11. Sagsnr. og journalisering", None),
    ],
)
def test_labels_glued_to_a_title_end_it(written: str, title: str | None) -> None:
    lines = _unwrap.unwrap(_scan.scan(written + "\n"))
    head = head_of(lines[0], 0)
    assert head is not None
    assert head.title == (title or written.split(" ", 1)[1].removeprefix("4: "))
    if title is None:
        assert len(lines) == 1  # not split


def test_listed_titles_that_start_like_a_month() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 4. marts 2024\n\nDagsorden:\n1. Velkomst\n2. Juniorafdelingen\n"
        "3. Julefrokost\n4. Eventuelt\n\nAd 1. Velkommen.\n\nAd 2. Der er 40 juniorer.\n\n"
        "Ad 3. Aflyst i år.\n\nAd 4. Intet.\n"
    )
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Velkomst"),
        ("2", "Juniorafdelingen"),
        ("3", "Julefrokost"),
        ("4", "Eventuelt"),
    ]


@pytest.mark.parametrize(
    ("line", "title", "text"),
    [
        (
            "a) Forslag om fartbump på Havbakken. Forslaget blev vedtaget med 19 stemmer mod 8.",
            "Forslag om fartbump på Havbakken",
            "Forslaget blev vedtaget med 19 stemmer mod 8.",
        ),
        ("a) Forslag om ny hæk. Forslaget blev forkastet.", "Forslag om ny hæk", None),
        # a full stop of an abbreviation is no end of the topic
        (
            "a) Forslag vedr. Kontingent og gebyrer. Forslaget blev vedtaget.",
            "Forslag vedr. Kontingent og gebyrer",
            "Forslaget blev vedtaget.",
        ),
        # a topic that records the outcome itself keeps its line as its own text
        ("a) Budgettet blev godkendt. Intet videre.", None, None),
    ],
)
def test_a_sub_points_topic_sentence_then_what_was_done(
    line: str, title: str | None, text: str | None
) -> None:
    """ "a) Topic. Sentence recording the outcome.": the topic is the sub-point's title."""
    second = "b) Forslag om bænke. Forslaget blev vedtaget."
    meeting = referat.parse(f"# Referat\n\n## 4. Indkomne forslag\n\n{line}\n{second}\n")
    sub = meeting.agenda[0].subitems[0]
    if title is not None:
        assert sub.title == title
    else:
        assert sub.title == line[3:]
    if text is not None:
        assert sub.decision is not None
        assert sub.decision.text == text


def test_dates_in_a_table_after_the_agenda_are_no_items() -> None:
    text = (
        "# Referat\n\nDato: 14.01.2025\n\n| Pkt. | Emne | Tid | Referat |\n|---|---|---|---|\n"
        "| 1 | Velkomst | 17.00 | Godkendt. |\n| 2 | Budget | 17.10 | Taget til efterretning. |\n"
        "| 3 | Evt. | 17.40 | Intet. |\n\n**Årshjul**\n\n| Møde | Punkter |\n|---|---|\n"
        "| 04.03.2025 | Mobilprincipper |\n| 06.05.2025 | Klassedannelse |\n"
    )
    assert [it.number for it in referat.parse(text).agenda] == ["1", "2", "3"]


def test_keycap_numbers_before_lower_case_titles_and_emoji_after_them() -> None:
    meeting = referat.parse(
        "# beboermøde 🏠\n\ndato: 12. marts 2025\n\n"
        "## 1️⃣ godkendelse af dagsorden\n\nok 👍\n\n## 2️⃣ vaskeriet 🧺\n\nny maskine godkendt.\n"
    )
    assert [(it.number, it.title) for it in meeting.agenda] == [
        ("1", "godkendelse af dagsorden"),
        ("2", "vaskeriet"),
    ]


def test_a_listing_entry_that_writes_its_number_twice() -> None:
    meeting = referat.parse(
        "# Møde\n\nDato: 3. maj 2024\n\n## Dagsorden\n1. [[#1. Status på projektering]]\n"
        "2. [[#2. Økonomi]]\n\n## 1. Status på projektering\nTaget til efterretning.\n\n"
        "## 2. Økonomi\nGodkendt.\n"
    )
    assert [(it.number, it.title) for it in meeting.agenda] == [
        ("1", "Status på projektering"),
        ("2", "Økonomi"),
    ]


def test_attachment_titles_without_the_file_size_a_web_page_writes() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 3. maj 2024\n\n## 1. Budget\n\nGodkendt.\n\n**Bilag:**\n"
        "- [Budget 2025 Hørmarkskolen](/b1.pdf) (PDF, 240 KB)\n"
        "- Budgetopfølgning januar 2025 (1,2 MB)\n"
    )
    assert [a.title for a in meeting.agenda[0].attachments] == [
        "Budget 2025 Hørmarkskolen",
        "Budgetopfølgning januar 2025",
    ]


def test_attachment_bullets_naming_their_items_are_no_item_heads() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 13. november 2024\n\n| Pkt. | Emne | Referat |\n|---|---|---|\n"
        "| 1 | Godkendelse af dagsorden | Godkendt. |\n"
        "| 2 | Budget 2025 | Budgettet blev godkendt med den ændring, at 40.000 kr. flyttes. |\n"
        "| 3 | Høringssvar | Udsat til næste møde. |\n\n"
        "Bilag:\n- Pkt. 2: Budgetudkast 2025\n- Pkt. 3: Høringsmateriale\n"
    )
    assert [
        (it.number, it.decision.outcome.value if it.decision else None) for it in meeting.agenda
    ] == [("1", "approved"), ("2", "approved_with_changes"), ("3", "postponed")]


def test_a_table_of_decisions_numbers_items_with_a_parenthesis() -> None:
    meeting = referat.parse(
        "# Beslutningsreferat – styregruppemøde\n\nDato: 17. juni 2025\n\n"
        "| Pkt. | Emne | Beslutning |\n|------|------|------------|\n"
        "| 1) | Godkendelse af dagsorden | Godkendt |\n"
        "| 2) | Budgetrevision 2025 | Ikke godkendt |\n"
    )
    assert [(it.number, it.title) for it in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Budgetrevision 2025"),
    ]
    assert [it.decision.outcome.value for it in meeting.agenda if it.decision] == [
        "approved",
        "rejected",
    ]


def test_a_clock_time_before_an_items_number_is_its_start() -> None:
    meeting = referat.parse(
        "**Emne:** Arbejdsgruppemøde 3\n**Tidspunkt:** torsdag 20. november 2025 10:00-11:30\n\n"
        "Hermed indkaldelse til 3. møde i arbejdsgruppen.\n\nDagsorden:\n\n"
        "10.00  1) Velkommen og tjek-ind\n10.05  2) Opsamling fra møde 2\n11.25  3) Evt.\n"
    )
    assert [(it.number, it.title) for it in meeting.agenda] == [
        ("1", "Velkommen og tjek-ind"),
        ("2", "Opsamling fra møde 2"),
        ("3", "Evt."),
    ]


def test_the_bold_words_before_a_colon_are_the_title() -> None:
    meeting = referat.parse(
        "Referat af følgegruppemødet 2. december 2025\n\n"
        "**1. Godkendelse af dagsorden:** Godkendt.\n\n"
        "**2. Ansøgning til Friluftsrådet om ny shelterplads ved Vorgod Å:** Følgegruppen bakker"
        " op, og ansøgningen sendes inden fristen.\n\n**3. Evt.:** Intet.\n"
    )
    assert [(it.number, it.title) for it in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Ansøgning til Friluftsrådet om ny shelterplads ved Vorgod Å"),
        ("3", "Evt."),
    ]
    assert [it.decision.outcome.value for it in meeting.agenda if it.decision] == [
        "approved",
        "approved",
        "none",
    ]


def test_attachments_after_a_table_of_items_go_to_the_items_they_name() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 13. november 2024\n\n| Pkt. | Emne | Referat |\n|---|---|---|\n"
        "| 1 | Godkendelse af dagsorden | Godkendt. |\n"
        "| 2 | Budget 2025 | Godkendt. |\n"
        "| 3 | Høringssvar | Udsat til næste møde. |\n\n"
        "Bilag:\n- Pkt. 2: Budgetudkast 2025\n- Høringsmateriale (til pkt. 3)\n"
    )
    assert [(it.number, [a.title for a in it.attachments]) for it in meeting.agenda] == [
        ("1", []),
        ("2", ["Budgetudkast 2025"]),
        ("3", ["Høringsmateriale"]),
    ]


def test_attachments_listed_under_a_sentence_label_name_sub_points() -> None:
    meeting = referat.parse(
        "# Dagsorden\n\nDato: 8. januar 2025\n\n1. Økonomi\n   a. Regnskab 2024\n"
        "   b. Budget 2025\n2. Sommerlejr\n3. Eventuelt\n\n"
        'Bilag ligger i den fælles Drive-mappe "Bestyrelse 2025":\n\n'
        "- Budgetforslag 2025 (til pkt. 1b)\n- Lejrbrochure (til pkt. 2)\n"
    )
    found = {
        it.number: [a.title for a in it.attachments]
        for top in meeting.agenda
        for it in [top, *top.subitems]
        if it.attachments
    }
    assert found == {"1.b": ["Budgetforslag 2025"], "2": ["Lejrbrochure"]}


def test_a_lone_lettered_item_after_an_item_with_text_is_an_inserted_item() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 11. november 2025\n\nPunkt 1: Godkendelse af dagsorden\n"
        "Godkendt med tilføjelse af punkt 2a.\n\nPunkt 2: Kalkning\nGodkendt.\n\n"
        "Punkt 2a: Lydanlæg\nUdsat.\n\nPunkt 3: Eventuelt\nIntet.\n"
    )
    assert [(it.number, it.title) for it in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Kalkning"),
        ("2a", "Lydanlæg"),
        ("3", "Eventuelt"),
    ]
    assert not meeting.agenda[1].subitems


def test_a_lettered_head_right_under_its_item_or_one_of_several_is_a_sub_point() -> None:
    under = referat.parse(
        "# Referat\n\nDato: 11. november 2025\n\nPunkt 1: Budget\nGodkendt.\n\n"
        "Punkt 2: Eventuelt\n\nPunkt 2a: Kirkekaffe\nBesluttet.\n"
    )
    assert [s.number for s in under.agenda[1].subitems] == ["2.a"]
    several = referat.parse(
        "# Referat\n\nDato: 11. november 2025\n\nPunkt 1: Budget\nKassereren fremlagde.\n\n"
        "Punkt 1a: Drift\nGodkendt.\n\nPunkt 1b: Anlæg\nGodkendt.\n\nPunkt 2: Eventuelt\nIntet.\n"
    )
    assert [s.number for s in several.agenda[0].subitems] == ["1.a", "1.b"]


def test_lettered_items_with_a_space_and_no_item_of_their_own_open_it() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 12. januar 2026\n\nPunkt 1 Godkendelse af dagsorden\nGodkendt.\n\n"
        "Punkt 2 Referat\nGodkendt.\n\nPunkt 3 a Sundhedshus - høring\nDrøftet.\n\n"
        "Punkt 3 b Stationsområdet\nUdsat.\n\nPunkt 4 Evt.\nIntet.\n"
    )
    assert [(it.number, [s.number for s in it.subitems]) for it in meeting.agenda] == [
        ("1", []),
        ("2", []),
        ("3", ["3.a", "3.b"]),
        ("4", []),
    ]
    assert meeting.agenda[1].decision is not None
    assert meeting.agenda[1].decision.outcome.value == "approved"


def test_a_numbered_list_of_page_links_over_the_title_is_a_breadcrumb() -> None:
    meeting = referat.parse(
        "1.  [Projekter](index.html)\n2.  [Bookingløsning](Booking_2359301.html)\n"
        "3.  [Mødereferater](Moedereferater_2359318.html)\n\n"
        "# Projekter : 2025-04-08 Styregruppemøde\n\n## Discussion items\n\n"
        "| Time | Item | Who | Notes |\n|---|---|---|---|\n"
        "| 5 min | Velkomst | Mikkel | Dagsordenen blev godkendt. |\n"
        "| 20 min | Status på pilotdrift | Anders | Taget til efterretning. |\n"
    )
    assert [(it.number, it.title) for it in meeting.agenda] == [
        (None, "Velkomst"),
        (None, "Status på pilotdrift"),
    ]
    assert not meeting.unclassified


def test_a_bold_eventuelt_under_the_last_case_number_heading_is_its_title() -> None:
    meeting = referat.parse(
        "# Beslutningsprotokol\n\nDato: 14. oktober 2025\n\n#### Sag nr. 119/2025\n"
        "**Busser i weekenden**\n\nBeslutning: Ikke godkendt.\n\n#### Sag nr. 120/2025\n"
        "**Eventuelt**\n\nCamilla Kure spurgte til Vestergade.\n"
    )
    assert [(it.number, it.title) for it in meeting.agenda] == [
        ("119/2025", "Busser i weekenden"),
        ("120/2025", "Eventuelt"),
    ]


def test_a_bilag_label_naming_two_titles_apart_by_a_comma_gives_two() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 8. januar 2025\n\n## 1. Økonomi\n\nGodkendt.\n\n"
        "Bilag: Budget 2025, Likviditetsbudget 2025\n\n## 2. Høring\n\nDrøftet.\n\n"
        "Bilag: Høringssvar fra Ældresagen, Dansk Handicap Forbund\n"
    )
    assert [[a.title for a in it.attachments] for it in meeting.agenda] == [
        ["Budget 2025", "Likviditetsbudget 2025"],
        ["Høringssvar fra Ældresagen, Dansk Handicap Forbund"],
    ]


def test_case_data_run_together_with_the_sections_on_one_line() -> None:
    meeting = referat.parse(
        "# Referat\n\nMødedato: Onsdag den 7. juni 2023\nDeltagere: Jens Hald (V), Kaj Mølbak (V),"
        " Jannik Ulsø (O) Fraværende: Jannik Ulsø (O) Bemærkninger: Kaj Mølbak forlod mødet kl."
        " 14.30. Konsulent Ditte Kirk var referent.\n\n"
        "## 45. Godkendelse af dagsorden\n\nSagsnr.: 23/2215 Beslutning: Godkendt.\n\n"
        "## 46. Orientering\n\nSagsnr.: 23/2216 Sagsfremstilling: Formanden orienterede."
        " Beslutning: Orienteringen blev taget til efterretning.\n\n"
        "## 47. Bilag\n\n1. Bilag: Forslag til trafikplan\n"
    )
    assert [
        (it.number, it.decision.outcome.value if it.decision else None) for it in meeting.agenda
    ][:2] == [("45", "approved"), ("46", "noted")]
    assert all(s.text != "1." for s in meeting.agenda[2].sections)  # "1. Bilag:" is no label
    assert [s.kind.value for s in meeting.agenda[1].sections] == [
        "sagsdata",
        "sagsfremstilling",
        "beslutning",
    ]
    assert [p.name for p in meeting.absentees] == ["Jannik Ulsø"]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Ditte Kirk"


def test_an_agenda_tables_bilag_column_gives_the_items_attachments() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 12. december 2024\n\n| Pkt. | Emne | Bilag |\n|---|---|---|\n"
        "| 1 | Godkendelse af dagsorden | – |\n"
        "| 2 | Budget 2025 | Bilag 2.1 Budgetforslag 2025<br>Bilag 2.2 Notat om forudsætninger |\n"
        "| 3 | Høring | Kvalitetsstandard 2026; Høringsbrev |\n\n"
        "#### Pkt. 1 – Godkendelse af dagsorden\n\nGodkendt.\n\n#### Pkt. 2 – Budget 2025\n\n"
        "Godkendt.\n\n#### Pkt. 3 – Høring\n\nDrøftet.\n"
    )
    assert [[(a.number, a.title) for a in it.attachments] for it in meeting.agenda] == [
        [],
        [("2.1", "Budgetforslag 2025"), ("2.2", "Notat om forudsætninger")],
        [(None, "Kvalitetsstandard 2026"), (None, "Høringsbrev")],
    ]


def test_a_pdf_lines_title_full_stop_then_minutes_and_a_topic_with_an_ordinal() -> None:
    meeting = referat.parse(
        "Referat fra MR møde onsdag d. 9. oktober 2024 kl 19.00\n"
        "Til stede: Jytte Damgaard, Carsten Bisgaard. Derudover deltog: Anders\n"
        "Vestergaard – kasserer, Hanne Bech – kirkeværge.\n"
        "1. Godkendelse af dagsordenen. Godkendt.\n"
        "2. Kvartalsrapport 3. kvartal: Anders gennemgik kvartalsrapporten. Den blev godkendt.\n"
        "3. Ny træner – Mette har snakket m. Sebastian, han vil gerne. Godkendt\n"
    )
    assert [
        (i.title, i.decision.outcome.value if i.decision else None) for i in meeting.agenda
    ] == [
        ("Godkendelse af dagsordenen", "approved"),
        ("Kvartalsrapport 3. kvartal", "approved"),
        ("Ny træner – Mette har snakket m. Sebastian, han vil gerne", "approved"),
    ]
    assert [(p.name, p.title) for p in meeting.guests] == [
        ("Anders Vestergaard", "kasserer"),
        ("Hanne Bech", "kirkeværge"),
    ]


def test_a_topic_ending_in_a_dash_and_long_lettered_proposals_with_their_outcomes() -> None:
    meeting = referat.parse(
        "Referat fra ordinær generalforsamling i Grundejerforeningen Kløvermarken den 18. april "
        "2024 kl. 19.00.\n\nValg af dirigent: Thomas Brix blev valgt.\n\n"
        "Regnskab: Pia forelagde regnskabet. Regnskabet blev godkendt.\n\nIndkomne forslag –\n\n"
        "a) Forslag fra bestyrelsen om at hæve kontingentet fra 1.200 kr. til 1.500 kr. årligt, så "
        "der kan spares op til ny asfalt på stamvejen om 5-6 år. Forslaget blev vedtaget.\n\n"
        "b) Forslag om to fartbump på stamvejen. Forslaget blev forkastet med 9 stemmer for.\n\n"
        "Eventuelt – intet.\n"
    )
    assert [i.title for i in meeting.agenda] == [
        "Valg af dirigent",
        "Regnskab",
        "Indkomne forslag",
        "Eventuelt",
    ]
    proposals = meeting.agenda[2].subitems
    assert [
        (s.title[:30], s.decision.outcome.value if s.decision else None) for s in proposals
    ] == [
        ("Forslag fra bestyrelsen om at ", "approved"),
        ("Forslag om to fartbump på stam", "rejected"),
    ]
    assert proposals[0].title.endswith("om 5-6 år")


def test_a_closing_topic_with_og_after_an_empty_bullet_is_an_item_of_its_own() -> None:
    meeting = referat.parse(
        "# OS2iot koordinationsgruppemøde 02.11.2026\n\n## Dagsorden\n#### 1. Formalia\n"
        "- 1.1 Godkendelse af referat og dagsorden\n\n#### 2. Temaer for dagens møde\n"
        "- 2.1 Erfaringer med LoRaWAN-gateways\n- \nEvt og kik til næste møde\n\n\n"
        "#### Links til evt. mødepræsentation og baggrundsmateriale\n"
    )
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Formalia"),
        ("2", "Temaer for dagens møde"),
        (None, "Evt og kik til næste møde"),
    ]


def test_a_transcripts_next_page_items_and_a_title_run_into_a_named_report() -> None:
    page_one = (
        "1 ! R e f e r a t MØDE Egedal Seniorråd Onsdag den 9. marts 2016 kl Byrådssalen Til "
        "stede: Aase Rosenkilde (formand), Ejner Bak. TEMA: FORMALIA 1. Godkendelse af dagsorden. "
        "Godkendt. D A G S O R D E N 2. Godkendelse af referat af møde Godkendt. TEMA: ÆLDRE 3. "
        "Værdighedspolitik for Egedal Kommune Lisbeth Rye Damsgaard gennemgik udkastet til "
        "værdighedspolitikken og de fem temaer, som loven kræver, og Seniorrådet drøftede det. "
        "Side! 1 af! 5"
    )
    page_two = (
        "2 ! Dagsordenen indeholdt sager om takster for madservice og om visitation til træning. "
        "4. Ny rehabiliteringsmodel i hjemmeplejen Tove Sandholt gennemgik modellen. Taget til "
        "efterretning. 5. Flextur og buslinje 551 Mogens Friis orienterede om, at linje 551 "
        "nedlægges. Taget til efterretning."
    )
    meeting = referat.parse(f"{page_one}\n\n{page_two}\n")
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden."),
        ("2", "Godkendelse af referat af møde"),
        ("3", "Værdighedspolitik for Egedal Kommune"),
        ("4", "Ny rehabiliteringsmodel i hjemmeplejen"),
        ("5", "Flextur og buslinje 551"),
    ]


def test_a_topic_and_a_named_report_broken_over_a_pdf_line() -> None:
    meeting = referat.parse(
        "Referat fra MR møde onsdag d. 9. oktober 2024 kl 19.00\n"
        "1. Godkendelse af dagsordenen. Godkendt.\n"
        "2. Kirkegården: Morten orienterede om nedlæggelse af 14 gravsteder, hvor\n"
        "fredningstiden er udløbet. Punktet udsættes til novembermødet.\n"
        "3. Eventuelt: Intet.\n"
    )
    assert [
        (i.title, i.decision.outcome.value if i.decision else None) for i in meeting.agenda
    ] == [
        ("Godkendelse af dagsordenen", "approved"),
        ("Kirkegården", "postponed"),
        ("Eventuelt", "none"),
    ]


def test_spaced_time_slots_alone_are_no_numbered_items() -> None:
    text = (
        "Skolebestyrelsesmøde oktober 2024\n\nReferat fra den 17. oktober 2024.\n\n"
        "17.00 - 17.15\n\nVelkommen\n\n • Dagsorden godkendt.\n\n"
        "17.15 - 17.45\n\nTrivsel\n\n • Orientering v. skolelederen.\n\n"
        "18.15 - 18.45\n\nMobilpolitik\n\n • Udkast drøftet.\n\n"
        "19.00 - 19.15\n\nEventuelt\n\n • Intet.\n"
    )
    meeting = referat.parse(text)
    assert [(i.number, i.title) for i in meeting.agenda] == [
        (None, "Velkommen"),
        (None, "Trivsel"),
        (None, "Mobilpolitik"),
        (None, "Eventuelt"),
    ]


def test_a_transcripts_contents_keep_dates_initials_and_lose_the_letterhead() -> None:
    page = (
        "1 Referat af OB-møde Mødedato: 4. juni 2014 kl Afbud: Finn Holm Protokoller: "
        "1. Godkendelse af referat fra sidste møde 2. Evaluering af temadag 23. august "
        "3. Satser til budget C. V. Bramsnæs Legat 4. Afdeling 9, Ny hovedtrappe ved Kornmarken "
        "Boligselskabet Hedebo Hedebovej 12 Tlf Taastrup Fax hedebo@hedebo.dk 5. Eventuelt"
    )
    meeting = referat.parse(page + "\n")
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Godkendelse af referat fra sidste møde"),
        ("2", "Evaluering af temadag 23. august"),
        ("3", "Satser til budget C. V. Bramsnæs Legat"),
        ("4", "Afdeling 9, Ny hovedtrappe ved Kornmarken"),
        ("5", "Eventuelt"),
    ]


def test_a_pdf_viewers_marked_page_number_is_no_part_of_a_title() -> None:
    page = (
        "1 ! R e f e r a t MØDE Ærø Seniorråd Onsdag den 9. marts 2016 kl Til stede: Aase Holm, "
        "Ejner Bak. 1. Godkendelse af dagsorden. Godkendt. 2. Godkendelse af referat Godkendt. "
        "3. Kommentarer fra Seniorrådet Velfærdsudvalgets møde den 14. marts Side! 1 af! 5"
    )
    meeting = referat.parse(page + "\n\n2 ! Dagsordenen indeholdt sager om takster.\n")
    assert meeting.agenda[2].title == (
        "Kommentarer fra Seniorrådet Velfærdsudvalgets møde den 14. marts"
    )


def test_a_transcripts_contents_regain_a_number_the_layout_lost() -> None:
    page = (
        "1 Referat af OB-møde Mødedato: 4. juni 2014 kl Afbud: Finn Holm Protokoller: "
        "1. Godkendelse af referat fra sidste møde 2. Evaluering af temadag 23. august "
        "Forsøg med energistyring i afdelingerne 4. Rammer for budget 2015 Vedligeholdelsesplaner, "
        "ny skabelon 6. Satser til budget C. V. Bramsnæs Legat 8. Eventuelt"
    )
    meeting = referat.parse(page + "\n")
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Godkendelse af referat fra sidste møde"),
        ("2", "Evaluering af temadag 23. august"),
        ("3", "Forsøg med energistyring i afdelingerne"),
        ("4", "Rammer for budget 2015"),
        ("5", "Vedligeholdelsesplaner, ny skabelon"),
        ("6", "Satser til budget"),
        ("7", "C. V. Bramsnæs Legat"),
        ("8", "Eventuelt"),
    ]


def test_lettered_sub_points_of_a_listing_stay_when_the_minutes_repeat_the_item() -> None:
    page = (
        "1 Referat af møde i Tobisudvalget den 3. marts 2016 Dagsorden 1. Velkomst "
        "2. Kvote for tobis 2016 a) Præsentation af rådgivningen v/ DTU Aqua b) Dansk holdning "
        "3. Eventuelt Referat Ad 1. Velkomst Formanden bød velkommen. Ad 2. Kvote for tobis "
        "2016 Rådgivningen blev gennemgået. Ad 3. Eventuelt Intet."
    )
    item = referat.parse(page + "\n").agenda[1]
    assert [(s.number, s.title) for s in item.subitems] == [
        ("2.a", "Præsentation af rådgivningen v/ DTU Aqua"),
        ("2.b", "Dansk holdning"),
    ]
    assert item.sections
    assert "gennemgået" in item.sections[-1].text


@pytest.mark.parametrize("head", ["8a Kirkens jubilæum", "8a. Kirkens jubilæum"])
def test_an_item_inserted_after_an_item_without_a_dot(head: str) -> None:
    text = (
        "Referat\n\nDato: 3. maj 2025\n\n7 Kirkegård\nFlyttes.\n\n8 Orienteringer\nIntet.\n\n"
        f"{head}\nFestudvalg nedsættes.\n\n9 Punkter til næste møde\nVarmeanlæg.\n\n"
        "10 Eventuelt\nIntet.\n"
    )
    assert [(i.number, i.title) for i in referat.parse(text).agenda] == [
        ("7", "Kirkegård"),
        ("8", "Orienteringer"),
        ("8a", "Kirkens jubilæum"),
        ("9", "Punkter til næste møde"),
        ("10", "Eventuelt"),
    ]


def test_letters_after_a_bare_item_number_are_its_sub_points() -> None:
    text = (
        "Referat\n\nDato: 3. maj 2025\n\n1 Velkomst\nIntet.\n\n2 Økonomi\n\n"
        "2a Budget vs. realiseret\nKassereren gennemgik regnskabet.\n\n2b Medlemstal\n"
        "812 aktive medlemmer.\n\n3 Eventuelt\nIntet.\n"
    )
    item = referat.parse(text).agenda[1]
    assert [(s.number, s.title) for s in item.subitems] == [
        ("2.a", "Budget vs. realiseret"),
        ("2.b", "Medlemstal"),
    ]


def test_capital_letters_of_sub_points_are_kept() -> None:
    text = (
        "Referat af bestyrelsesmøde 4. marts 2024\n\n1. Godkendelse af referat\nGodkendt.\n\n"
        "2. Sportsligt\nA. Ungdomsafdelingen\nTo nye trænere.\nB. Seniorafdelingen\n"
        "Holdet rykker op.\n\n3. Eventuelt\nIntet.\n"
    )
    item = referat.parse(text).agenda[1]
    assert [s.number for s in item.subitems] == ["2.A", "2.B"]


def test_a_page_of_one_item_over_its_numbered_points() -> None:
    """A regional council's page for one item ("4. Meddelelser fra formanden") over the points
    the chair raised, numbered from 1 under a line of prose; a point too long for a head (3.)
    does not end the list."""
    long_point = "Rokade i udvalg. " + "Formanden orienterede om en intern rokade. " * 8
    m = referat.parse(
        "Regionsrådet\n14-03-2022 14:00\n\n4. Meddelelser fra formanden\n\nReferat\n\n"
        "Følgende emner blev nævnt under dette punkt:\n\n"
        "1. Afbud. Der var afbud fra Karen Munk Bisgaard (A).\n\n"
        "2. Ukraine. Formanden orienterede om regionens forberedelser.\n\n"
        f"3. {long_point.strip()}\n\n"
        "4. Besøg fra Folketingets Sundhedsudvalg. Udvalget besøger Thisted den 2. maj 2022.\n"
    )
    assert [(it.number, it.title) for it in m.agenda] == [("4", "Meddelelser fra formanden")]


def test_links_alone_under_a_bilag_label_are_attachments() -> None:
    """A web page's attachments: "**Bilag**" over links, each with the file's kind and size;
    the link texts are the titles."""
    m = referat.parse(
        "## 4. Høring\n\nBeslutning: Drøftet.\n\n**Bilag**  \n"
        "[Helhedsplan – høringsudkast](https://x.dk/a.pdf) (PDF, 2,1 MB)  \n"
        "[Høringsbrev](https://x.dk/b.pdf) (PDF, 95 KB)\n\n## 5. Eventuelt\n\nIntet.\n"
    )
    assert [a.title for a in m.agenda[0].attachments] == [
        "Helhedsplan – høringsudkast",
        "Høringsbrev",
    ]


def test_right_aligned_numbers_of_an_indented_agenda() -> None:
    """A plain-text notice's agenda indented four spaces, its numbers right-aligned: "   10)"
    has one space less and is no code line, but it is the agenda's tenth item."""
    agenda = "".join(f"    {k}) Punkt nummer {k}.\n" for k in range(1, 10))
    m = referat.parse(
        "# Indkaldelse til generalforsamling\n\nDagsorden:\n\n" + agenda + "   10) Eventuelt.\n"
    )
    assert [it.number for it in m.agenda] == [str(k) for k in range(1, 11)]
    assert m.agenda[-1].title == "Eventuelt."


@pytest.mark.parametrize(
    "line", ["3. Evt.: Intet.", "3. Evt: ingenting", "3. Eventuelt: Intet at bemærke."]
)
def test_a_known_topic_with_nothing_on_the_head_line(line: str) -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 30. januar 2025\n\n1. Regnskab\nGodkendt.\n2. Budget\nGodkendt.\n"
        f"{line}\n"
    )
    last = meeting.agenda[-1]
    assert last.title == line[3:].split(":")[0]
    assert last.decision is not None
    assert last.decision.outcome.value == "none"


def test_what_follows_a_title_on_the_page_is_no_part_of_it() -> None:
    meeting = referat.parse(
        "# Referat\n\n1. Godkendelse af dagsorden (18:30-18:35)\nGodkendt.\n\n"
        "2. Økonomi #økonomi #budget\nTaget til efterretning.\n\n"
        "3. Budget xiii\nGodkendt.\n\n4. Eventuelt.\nIntet.\n\n5. Budget 2025 (10 min.)\nDrøftet.\n"
    )
    assert [i.title for i in meeting.agenda] == [
        "Godkendelse af dagsorden",  # a time slot
        "Økonomi",  # a note app's tags
        "Budget",  # a contents list's page number
        "Eventuelt.",  # the full stop as written
        "Budget 2025",  # the minutes it is given (session 51: no part of the title)
    ]


def test_a_title_broken_after_a_word_no_title_ends_with() -> None:
    meeting = referat.parse(
        "# Referat\n\n#### Pkt. 2 Anlægsbevilling til genopretning af havnemolen efter\n"
        "stormfloden\n\nBevillingen blev godkendt.\n\n"
        "#### Pkt. 3 Godkendelse af referat fra mødet den 20. novem-\n"
        "ber 2024 ........ 4\n\nGodkendt.\n"
    )
    assert [i.title for i in meeting.agenda] == [
        "Anlægsbevilling til genopretning af havnemolen efter stormfloden",
        "Godkendelse af referat fra mødet den 20. november 2024",  # its page number apart
    ]


def test_attachments_listed_in_the_agenda_of_items_minuted_apart() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 14. marts 2025\n\n## Dagsorden\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\n"
        "Punkt 2: Årsregnskab 2024\n- Bilag 2.1: Årsrapport 2024\n"
        "- Bilag 2.2: Revisionsprotokollat\n\nPunkt 3: Eventuelt\n\n## Referat\n\n"
        "Ad 1) Godkendt.\n\nAd 2) Årsrapporten blev godkendt.\n\nAd 3) Intet.\n"
    )
    assert [(i.number, [a.title for a in i.attachments]) for i in meeting.agenda] == [
        ("1", []),
        ("2", ["Årsrapport 2024", "Revisionsprotokollat"]),
        ("3", []),
    ]


def test_a_middle_dot_between_number_and_title() -> None:
    meeting = referat.parse(
        _HEADER + "#### 1 · Godkendelse af referat\n\nGodkendt.\n\n#### 2 · Budget 2021\n\n"
        "Udsat.\n\n👍 4 · 💬 1 kommentar\n"
    )
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Godkendelse af referat"),
        ("2", "Budget 2021"),
    ]


def test_sub_points_listed_then_minuted_under_their_numbers_again() -> None:
    meeting = referat.parse(
        _HEADER + "## 4. Vintertjeneste 2012/13\n\nSagen omfatter to delpunkter:\n\n"
        "4.1 Regulativ for vintervedligeholdelse\n4.2 Udbud af snerydning\n\n"
        "Ad 4.1: Regulativet er uændret, bortset fra at\nto cykelstier opklassificeres.\n\n"
        "Ad 4.2: Udbuddet er opdelt i 9 ruter.\n\nBeslutning:\n4.1 og 4.2 godkendt.\n"
    )
    (item,) = meeting.agenda
    assert [(s.number, s.title) for s in item.subitems] == [
        ("4.1", "Regulativ for vintervedligeholdelse"),
        ("4.2", "Udbud af snerydning"),
    ]
    first = item.subitems[0]
    assert [s.text for s in first.sections] == [
        "Regulativet er uændret, bortset fra at\nto cykelstier opklassificeres."
    ]
    assert first.listing_span is not None
    assert first.listing_span.start_line == 9  # the list line; the minutes from line 12
    assert first.span.start_line == 12


def test_attachments_an_agenda_tables_cells_name_by_number() -> None:
    meeting = referat.parse(
        _HEADER + "| Pkt. | Emne | Referat |\n|---|---|---|\n"
        "| 4. | Husorden | Udkast til ny husorden (bilag 1) blev gennemgået. Godkendt. |\n"
        "| 5. | Budget 2013 | Budgettet er vedlagt som bilag 2 og 3. Anbefales. |\n"
    )
    assert [[a.number for a in i.attachments] for i in meeting.agenda] == [["1"], ["2", "3"]]


def test_an_agenda_table_with_the_time_after_the_number() -> None:
    meeting = referat.parse(
        _HEADER + "| # | Tid | Emne | Ansvarlig | Noter |\n|---|---|---|---|---|\n"
        "| 1 | 13:00 | Velkomst | @Henrik | Dagsordenen blev godkendt. |\n"
        "| 2 | 13:10 | Status på release 2.8 | @Mette | Taget til efterretning. |\n"
    )
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Velkomst"),
        ("2", "Status på release 2.8"),
    ]


def test_a_teams_meetings_notes_under_a_bold_title_and_a_date() -> None:
    meeting = referat.parse(
        "**Styregruppe – Fælles Borgerservice Vestegnen**\n\n"
        "tirsdag 6. februar 2024 · 14:00 - 15:00\nMicrosoft Teams-møde\n\n---\n\nMødenoter\n\n"
        "**Noter**\n\n**Status på telefonløsning**\n- Styregruppen tog status til efterretning.\n\n"
        "**Budgetopfølgning**\n- ✔ Godkendt: overførsel af mindreforbruget.\n\n"
        "**Eventuelt**\n- Intet.\n\n---\n\n**Opfølgningsopgaver**\n\n- [ ] Sende noter\n"
    )
    assert (str(meeting.date), meeting.start_time) == ("2024-02-06", "14:00")
    assert meeting.document_kind is not None
    assert meeting.document_kind.value == "referat"
    assert [
        (i.title, i.decision.outcome.value if i.decision else None) for i in meeting.agenda
    ] == [
        ("Status på telefonløsning", "noted"),
        ("Budgetopfølgning", "approved"),
        ("Eventuelt", "none"),
    ]


def test_a_body_heading_over_the_meetings_date_is_no_topic() -> None:
    meeting = referat.parse(
        "Tjørneby Kommune\n\nBeslutningsprotokol\n===================\n\n"
        "Folkeoplysningsudvalget\n-----------------------\n\n"
        "Torsdag den 19. januar 2012 fra kl. 18.00 til kl. 20.30\n\n"
        "Godkendelse af dagsorden\n------------------------\n\nGodkendt.\n\n"
        "Lokaletilskud 2012\n------------------\n\nGodkendt.\n"
    )
    assert (str(meeting.date), meeting.start_time, meeting.body) == (
        "2012-01-19",
        "18:00",
        "Folkeoplysningsudvalget",
    )
    assert [i.title for i in meeting.agenda] == ["Godkendelse af dagsorden", "Lokaletilskud 2012"]


def test_a_bold_head_with_its_case_number_after_the_bold() -> None:
    meeting = referat.parse(
        _HEADER + "**4.0 Vedligeholdelsesplan**\n\nGodkendt.\n\n"
        "**5.0 Lukket punkt: Godkendelse af andelsoverdragelse** Sag nr. 2022-0417\n\n"
        "Bestyrelsen godkendte overdragelsen.\n\n**6.0 Gårdudvalget**\n\nDrøftet.\n"
    )
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("4", "Vedligeholdelsesplan"),
        ("5", "Lukket punkt: Godkendelse af andelsoverdragelse"),
        ("6", "Gårdudvalget"),
    ]


def test_an_item_about_points_for_the_next_meeting_is_an_item() -> None:
    meeting = referat.parse(
        _HEADER + "1) Velkomst\n\n2) Budget\n\n3) Sommerfest\n\n4) Punkter til næste møde\n\n"
        "5) Eventuelt\n"
    )
    assert [i.title for i in meeting.agenda] == [
        "Velkomst",
        "Budget",
        "Sommerfest",
        "Punkter til næste møde",
        "Eventuelt",
    ]


def test_each_item_a_table_of_labelled_rows() -> None:
    meeting = referat.parse(
        _HEADER + "| Punkt 1 | Godkendelse af dagsorden |\n|---|---|\n| Sagsnr. | 04/0001 |\n"
        "| Beslutning | Godkendt. |\n\n"
        "| Punkt 2 | Ventelister |\n|---|---|\n| Sagsnr. | 03/2280 |\n"
        "| Indstilling | Forvaltningen indstiller, at orienteringen tages til efterretning. |\n"
        "| Beslutning | Til efterretning. |\n"
    )
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Ventelister"),
    ]
    second = meeting.agenda[1]
    assert [(s.kind.value, s.text) for s in second.sections] == [
        ("sagsdata", "Sagsnr. | 03/2280"),  # (case data keeps its label, as ever)
        ("indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
        ("beslutning", "Til efterretning."),
    ]
    assert [i.decision.outcome.value if i.decision else None for i in meeting.agenda] == [
        "approved",
        "noted",
    ]


def test_a_label_with_an_arrow_before_its_text() -> None:
    meeting = referat.parse(
        "# Styregruppemøde\n\n📅 tor. 12-01-2023 · 10:00 – 11:00\n\n### Dagsorden og noter\n\n"
        "**1 · Go-live-dato**\n\n- Oprindelig plan: 1. februar\n"
        "- Beslutning ▸ Styregruppen besluttede go-live den 1. marts 2023.\n\n"
        "**2 · CR-07**\n\n- Beslutning → Punktet blev trukket tilbage.\n"
    )
    assert meeting.document_kind is not None
    assert meeting.document_kind.value == "referat"
    assert [i.decision.outcome.value if i.decision else None for i in meeting.agenda] == [
        "approved",
        "withdrawn",
    ]


def test_bold_heads_with_a_case_number_after_a_dot_are_items_like_the_others() -> None:
    meeting = referat.parse(
        "Dato: 20.01.2026\n\n1. **Godkendelse af dagsorden**\n   - Beslutning: Godkendt.\n\n"
        "2. **Vejbelysning – LED, etape 3** · Sagsnr. 26/00134\n   - Beslutning: Godkendt.\n\n"
        "3. **Meddelelser**\n   - Beslutning: Taget til efterretning.\n"
    )
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Vejbelysning – LED, etape 3"),
        ("3", "Meddelelser"),
    ]


@pytest.mark.parametrize("mark", ["– ", "— ", "• ", "- "])
def test_a_letters_bold_lines_over_a_dash_list_agenda(mark: str) -> None:
    """Bold lines of a letter (the sender, the greeting, the title) over "Dagsorden:" and its
    list: the list's entries are the items, also as dash lines Markdown reads as no list."""
    meeting = referat.parse(
        "**Foreningen Mosebakken**\n\n**Kære medlemmer**\n\n"
        "**INDKALDELSE TIL GENERALFORSAMLING**\n\n"
        "Torsdag den 30. marts 2017 kl. 19.30 i fælleshuset.\n\nDagsorden ifølge vedtægterne:\n\n"
        + "".join(f"{mark}{t}\n" for t in ("Valg af dirigent", "Beretning", "Eventuelt"))
    )
    assert [(i.number, i.title) for i in meeting.agenda] == [
        (None, "Valg af dirigent"),
        (None, "Beretning"),
        (None, "Eventuelt"),
    ]
    assert meeting.date is not None


def test_bold_topics_after_a_bulleted_agenda_stay_the_items() -> None:
    """The agenda's bullets first, then the topics as bold lines: the topics are the items."""
    meeting = referat.parse(
        "Dagsorden:\n\n- Økonomi\n- Sommerfest\n\n**Økonomi**\n\nGodkendt.\n\n"
        "**Sommerfest**\n\nDet blev besluttet at holde fest.\n"
    )
    assert [i.title for i in meeting.agenda] == ["Økonomi", "Sommerfest"]
    assert [s.text for s in meeting.agenda[0].sections] == ["Godkendt."]


@pytest.mark.parametrize("topic", ["Referat fra april", "Referat fra 12. marts"])
def test_the_last_minutes_by_month_are_a_bold_topic(topic: str) -> None:
    """ "**Referat fra april**" over "Godkendt ...": the previous minutes, a topic like the others,
    not a section label."""
    meeting = referat.parse(
        "**Kragholm Handelsstandsforening**\n\nReferat af bestyrelsesmøde onsdag 14. maj 2025\n\n"
        "Deltagere: Camilla Rask, Thomas Vind\n\n"
        f"**{topic}**\n\nGodkendt uden bemærkninger.\n\n**Sankt Hans på Torvet**\n\nDrøftet.\n\n"
        "**Eventuelt**\n\nIntet.\n"
    )
    assert [item.title for item in meeting.agenda] == [topic, "Sankt Hans på Torvet", "Eventuelt"]


def test_options_listed_under_a_colon_are_no_sub_points() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 3. maj 2024\n\n3) Nye frikvarterer\nSkolen overvejer to modeller:\n"
        "  A. Et langt frikvarter på 30 min.\n  B. To frikvarterer på 20 min.\n"
        "De fleste kan bedst lide model B.\n\n4) Evt.\nIntet.\n"
    )
    assert [it.number for it in meeting.agenda] == ["3", "4"]
    assert meeting.agenda[0].subitems == []
    assert "model B" in meeting.agenda[0].sections[0].text


def test_lettered_proposals_between_roman_items_are_its_sub_points() -> None:
    """ "IV. Indkomne forslag" over "A.", "B.", "C.", then "V. Budget": the letters count apart
    from the Roman numerals; they are item IV's sub-points, and V-VII items of their own."""
    text = "# Referat af generalforsamling\n\nDato: 3. maj 2024\n\n" + "\n".join(
        [
            "**I. Valg af dirigent**\n\nBo Lind blev valgt.\n",
            "**II. Beretning**\n\nTaget til efterretning.\n",
            "**III. Regnskab**\n\nGodkendt.\n",
            "**IV. Indkomne forslag**\n",
            "*A. Altaner*\nVedtaget.\n",
            "*B. Hønsehold*\nForkastet.\n",
            "*C. Fremleje*\nVedtaget.\n",
            "**V. Budget**\n\nBudgettet blev godkendt.\n",
            "**VI. Eventuelt**\n\nIntet.\n",
        ]
    )
    meeting = referat.parse(text)
    assert [it.number for it in meeting.agenda] == ["1", "2", "3", "4", "5", "6"]
    assert [s.number for s in meeting.agenda[3].subitems] == ["4.A", "4.B", "4.C"]
    assert meeting.agenda[4].decision is not None
    assert meeting.agenda[4].decision.outcome.value == "approved"


def test_proposals_lettered_with_a_dash_are_sub_points() -> None:
    meeting = referat.parse(
        "# Referat af afdelingsmøde\n\nDato: 3. maj 2024\n\n## 5. Indkomne forslag\n\n"
        "Forslag A – Tilladelse til at holde hund\nFor: 31 Imod: 47\nForslaget blev forkastet.\n\n"
        "Forslag B – Ladestandere til elbiler\nForslaget blev vedtaget.\n\n"
        "## 6. Eventuelt\n\nIntet.\n"
    )
    subs = meeting.agenda[0].subitems
    assert [(s.number, s.decision.outcome.value if s.decision else None) for s in subs] == [
        ("5.a", "rejected"),
        ("5.b", "approved"),
    ]


def test_a_decision_table_row_cut_inside_its_title_cell() -> None:
    """A PDF's row cut in its title, each half a cell short ("| 6 | Helhedsplan / renovering af |"
    over "| badeværelser | Taget til efterretning. |"): one row."""
    meeting = referat.parse(
        "# Referat af afdelingsmøde\n\nDato: 3. maj 2024\n\n| Pkt. | Emne | Beslutning |\n"
        "|---|---|---|\n| 5 | Budget 2024 | Godkendt. |\n| 6 | Helhedsplan / renovering af |\n"
        "| badeværelser | Taget til efterretning. |\n| 7 | Eventuelt | Intet. |\n"
    )
    assert [it.title for it in meeting.agenda] == [
        "Budget 2024",
        "Helhedsplan / renovering af badeværelser",
        "Eventuelt",
    ]
    assert meeting.agenda[1].decision is not None
    assert meeting.agenda[1].decision.outcome.value == "noted"


def test_an_item_whose_title_opens_with_a_number() -> None:
    """ "6) 1. maj" is item 6, "1. maj" (Markdown reads a list inside a list; item 6 had been
    merged into item 5)."""
    meeting = referat.parse(
        "# Referat\n\nDato: 4. marts 2025\n\n5) Forslag fra Kurt\nVedtaget.\n\n"
        "6) 1. maj\nVi deltager i fælles 1. maj.\nGodkendt.\n\n7) Kurser\nIntet.\n"
    )
    assert [(it.number, it.title) for it in meeting.agenda] == [
        ("5", "Forslag fra Kurt"),
        ("6", "1. maj"),
        ("7", "Kurser"),
    ]


def test_items_lettered_as_headings() -> None:
    """ "### a) ...", "### b) ...": a pupils' council's items, numbered by the letter's place
    (as "B. Økonomi" is); under "## 1." headings they stay its sub-points."""
    items = referat.parse(
        "# Elevrådsmøde\n\nDato: 4. marts 2025\n\n### a) Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "### b) Fredagscafé i kantinen\n\nVi starter i uge 12.\n\n### c) Evt.\n\nIntet.\n"
    ).agenda
    assert [(it.number, it.title) for it in items] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Fredagscafé i kantinen"),
        ("3", "Evt."),
    ]
    nested = referat.parse(
        "# Referat\n\nDato: 4. marts 2025\n\n## 1. Forslag\n\n### a) Forslag om bænke\n\n"
        "Vedtaget.\n\n### b) Forslag om hegn\n\nForkastet.\n\n## 2. Eventuelt\n\nIntet.\n"
    ).agenda
    assert [it.number for it in nested] == ["1", "2"]
    assert [s.number for s in nested[0].subitems] == ["1.a", "1.b"]


def test_a_decision_label_right_under_one_line_sub_points_in_a_list_entry() -> None:
    """ "7. Meddelelser" over "a) ...", "b) ...", "c) ...", then "Beslutning" and its text, no
    blank line between (one list entry of a PDF's lines): the item's decision, not sub-point
    c's."""
    item = referat.parse(
        "# Referat\n\nDato: 2. september 2024\n\n7. Meddelelser\nSagsfremstilling\n"
        "a) Status på skolebyggeriet i Vestbyen: Byggeriet er 3 uger forsinket pga. leverancer af\n"
        "   facadeelementer.\nb) Ny leder af Børnehuset Solsikken tiltræder 1. oktober 2024.\n"
        "c) Ministeriets nye regler om mobilforbud forventes fremlagt i efteråret.\n"
        "Beslutning\nTaget til efterretning.\n"
    ).agenda[0]
    assert item.decision is not None
    assert item.decision.outcome == "noted"
    assert [s.number for s in item.subitems] == ["7.a", "7.b", "7.c"]
    assert item.subitems[2].decision is None or item.subitems[2].decision.outcome == "none"


def test_a_contents_table_with_case_numbers_lists_the_items_once() -> None:
    """ "| Punkt | Sagsnr. | Overskrift | Side |": the case number is no title; the rows are the
    listing of the items below, not a second run of items."""
    meeting = referat.parse(
        "# Referat\n\nDato: 19-11-2024\n\n| Punkt | Sagsnr. | Overskrift | Side |\n"
        "|---|---|---|---|\n| 1 | 24/1102 | Godkendelse af dagsorden | 2 |\n"
        "| 2 | 24/8812 | Høring om ungdomsbus | 3 |\n\n"
        "### 1. Godkendelse af dagsorden\n\nGodkendt.\n\n### 2. Høring om ungdomsbus\n\n"
        "Anbefalet.\n"
    )
    assert [(it.number, it.title, it.listing_span is not None) for it in meeting.agenda] == [
        ("1", "Godkendelse af dagsorden", True),
        ("2", "Høring om ungdomsbus", True),
    ]


def test_a_heading_that_groups_the_items_ends_the_item_above() -> None:
    """ "## Punkter til drøftelse" between "## Pkt. 2" and "### Pkt. 3": a heading over the
    next items, no text of item 2 (its words had been glued to item 2's decision)."""
    meeting = referat.parse(
        "# Referat\n\nDato: 4. oktober 2024\n\n## Pkt. 2 – Orientering\n\n"
        "**Konklusion:** Rådet tog orienteringen til efterretning.\n\n"
        "## Punkter til drøftelse\n\n### Pkt. 3 – Samarbejde\n\nDrøftet.\n"
    )
    first = meeting.agenda[0]
    assert first.decision is not None
    assert first.decision.text == "Rådet tog orienteringen til efterretning."
    assert first.decision.outcome == "noted"
    assert [n.heading for n in meeting.notes if n.heading] == ["Punkter til drøftelse"]


def test_an_attachments_overview_after_the_signatures_is_no_items_minutes() -> None:
    """ "**Bilagsoversigt**" over a numbered list after the signature page ("2. Budget" over "1.
    Notat", "2. Oversigt"): the attachments, by item; no minutes of items 2 and 3 (their
    sub-points had been made of the attachments)."""
    meeting = referat.parse(
        "# Referat\n\nDato: 7. april 2025\n\n## 2. Budgetopfølgning\n\nGodkendt.\n\n"
        "## 3. Anlægsbevilling\n\nGodkendt.\n\n**Underskriftsblad**\n\nJette Friis · Ole Riis\n\n"
        "**Bilagsoversigt**\n\n2. Budgetopfølgning\n   1. Samlet notat (Åben)\n"
        "   2. Bevillingsoversigt (Åben)\n3. Anlægsbevilling\n   1. Byggeprogram (Åben)\n"
    )
    assert [(it.number, it.subitems) for it in meeting.agenda] == [("2", []), ("3", [])]
    assert all(it.minutes_span is None for it in meeting.agenda)


def test_a_summary_of_the_decisions_after_the_last_item_is_the_meetings() -> None:
    """ "Beslutningsoversigt" over a table of every item's decision after "Eventuelt": a note;
    its last row ("Udsat") is no outcome of "Eventuelt"."""
    meeting = referat.parse(
        "# Referat\n\nDato: 4. marts 2025\n\n**Sag 1/2025 Kontingent 2026**\n\nUdsat.\n\n"
        "**Sag 2/2025 Eventuelt**\n\nIntet.\n\nBeslutningsoversigt\n\n"
        "| Sag | Emne | Beslutning |\n|---|---|---|\n| 1/2025 | Kontingent 2026 | Udsat |\n"
    )
    last = meeting.agenda[-1]
    assert last.title == "Eventuelt"
    assert last.decision is None or last.decision.outcome == "none"


def test_a_listing_title_wrapped_inside_a_bracket_is_joined() -> None:
    """ "3. ... vedtægternes § 5 (kontingent opkræves" over an indented "kvartalsvis i stedet
    for årligt forud)": the bracket goes on, one title."""
    meeting = referat.parse(
        "# Referat\n\nDato: 3. februar 2025\n\nDagsorden:\n1. Valg af dirigent\n"
        "2. Bestyrelsens forslag om ændring af vedtægternes § 5 (kontingent opkræves\n"
        "   kvartalsvis i stedet for årligt forud)\n3. Eventuelt\n\n"
        "Ad 1: Ole Dam blev valgt.\n\nAd 2: Forslaget blev forkastet.\n\nAd 3: Intet.\n"
    )
    assert meeting.agenda[1].title == (
        "Bestyrelsens forslag om ændring af vedtægternes § 5 (kontingent opkræves kvartalsvis i"
        " stedet for årligt forud)"
    )


def test_an_overview_table_after_eventuelt_is_no_text_of_it() -> None:
    """ "#### Oversigt over behandlede ansøgninger" over a table after "Eventuelt": a summary;
    its "udsat" row is no outcome of "Eventuelt"."""
    meeting = referat.parse(
        "# Referat\n\nDato: 8. april 2025\n\n### 1. Ansøgning fra Ydby Sogn\n\nUdsat.\n\n"
        "### 2. Eventuelt\n\nIntet.\n\n#### Oversigt over behandlede ansøgninger\n\n"
        "| Sag | Sogn | Beløb | Resultat |\n|---|---|---|---|\n"
        "| 2025-0118 | Ydby | 420.000 | udsat |\n"
    )
    last = meeting.agenda[-1]
    assert last.decision is None or last.decision.outcome == "none"
