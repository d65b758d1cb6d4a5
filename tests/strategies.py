"""Hypothesis strategies that build whole Meetings, and the facts used to compare them.

The Meetings are what a clean minutes document would parse to: Danish names with æøå, capitalised
item titles, section kinds from the closed vocabulary, decision texts the parser classifies back
to their outcome, dates, times, places, people lists and attachments.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from referat.models import (
    AgendaItem,
    Attachment,
    Decision,
    Location,
    Meeting,
    Outcome,
    Person,
    Section,
    SectionKind,
    Source,
    Span,
)

SPAN = Span(start_line=1, end_line=1)

FIRST_NAMES = ("Søren", "Åse", "Jørgen", "Mette", "Bjørn", "Ida", "Kåre", "Helle", "Anders", "Æbbe")
LAST_NAMES = ("Østergård", "Bødker", "Kjærgaard", "Ravn", "Lykke", "Nørgaard", "Holm", "Aagaard")
TITLES = ("næstformand", "direktør", "kasserer", "sekretær", "konsulent", "skoleleder")
ORGANISATIONS = ("Randers Kommune", "Region Midtjylland", "Port Esbjerg", "Aalborg Universitet")
PARTIES = ("A", "V", "C", "SF", "Ø")

ITEM_TITLES = (
    "Godkendelse af dagsorden",
    "Budget 2025",
    "Økonomi og regnskab",
    "Trafiksikkerhed på Østergade",
    "Høring om skolestruktur",
    "Meddelelser fra formanden",
    "Valg af revisor",
    "Eventuelt",
)
SECTION_TEXTS: dict[SectionKind, tuple[str, ...]] = {
    SectionKind.SAGSFREMSTILLING: (
        "Forvaltningen har udarbejdet et forslag til ny plan.",
        "Sagen blev rejst på sidste møde af Åse Bødker.",
    ),
    SectionKind.INDSTILLING: (
        "Forvaltningen indstiller, at planen sendes i høring.",
        "Det indstilles, at rammen på 2,5 mio. kr. fastholdes.",
    ),
    SectionKind.ECONOMY: ("Udgiften holdes inden for rammen.", "Der er ingen udgifter."),
    SectionKind.COMPETENCE: ("Udvalget har kompetence til at træffe beslutning.",),
}
OTHER_HEADINGS = ("Høring", "Tidsplan", "Lovgrundlag")
DECISION_TEXTS: dict[Outcome, tuple[str, ...]] = {
    Outcome.APPROVED: ("Godkendt.", "Indstillingen blev godkendt."),
    Outcome.NOTED: ("Taget til efterretning.",),
    Outcome.DISCUSSED: ("Drøftet.", "Punktet blev drøftet."),
    Outcome.POSTPONED: ("Udsat.", "Sagen genoptages på næste møde."),
    Outcome.REJECTED: ("Forkastet.", "Forslaget blev ikke godkendt."),
    Outcome.WITHDRAWN: ("Udgår.", "Punktet blev trukket tilbage."),
    Outcome.APPROVED_WITH_CHANGES: (
        "Godkendt med følgende ændringer: beløbet hæves til 3 mio. kr.",
        "Godkendt med den ændring, at der holdes to borgermøder.",
    ),
}
PLACES = ("Rådhuset", "Klubhuset", "Mødelokalet", "Kulturhuset")  # "Mødelokale 3" is a street
STREETS = ("Torvet 2", "Strandvejen 12", "Søndergade 7")
TOWNS = (("8900", "Randers C"), ("7100", "Vejle"), ("9000", "Aalborg"), ("6900", "Skjern"))
ATTACHMENT_TITLES = ("Budgetoversigt", "Tilbud fra Ærø Tømrer", "Kortbilag", "Høringssvar")


@st.composite
def names(draw: st.DrawFn) -> str:
    """A Danish full name: one or two first names and a surname."""
    first = draw(st.lists(st.sampled_from(FIRST_NAMES), min_size=1, max_size=2, unique=True))
    return " ".join([*first, draw(st.sampled_from(LAST_NAMES))])


def _person(name: str, title: str | None, organisation: str | None, party: str | None) -> Person:
    return Person(
        name=name, title=title, organisation=organisation, party=party, written=name, span=SPAN
    )


@st.composite
def people(draw: st.DrawFn, taken: set[str], *, max_size: int = 4) -> list[Person]:
    """People with names not in ``taken`` (which is updated); some with title, party, org."""
    out: list[Person] = []
    for _ in range(draw(st.integers(0, max_size))):
        name = draw(names())
        if name in taken:
            continue
        taken.add(name)
        title = draw(st.none() | st.sampled_from(TITLES))
        organisation = draw(st.none() | st.sampled_from(ORGANISATIONS))
        party = draw(st.none() | st.sampled_from(PARTIES))
        out.append(_person(name, title, organisation, party))
    return out


@st.composite
def items(draw: st.DrawFn, number: int) -> AgendaItem:
    """Agenda item ``number``: some sections, then a decision written as a Beslutning section."""
    title = draw(st.sampled_from(ITEM_TITLES))
    sections: list[Section] = []
    kinds = draw(
        st.lists(st.sampled_from([*SECTION_TEXTS, SectionKind.OTHER]), max_size=3, unique=True)
    )
    for i, kind in enumerate(kinds):
        if kind is SectionKind.OTHER:
            if i != 0:  # only a heading at the start of an item is a section (docs/format.md)
                continue
            heading = draw(st.sampled_from(OTHER_HEADINGS))
            text = "Ingen bemærkninger til processen."
        else:
            heading, text = None, draw(st.sampled_from(SECTION_TEXTS[kind]))
        sections.append(Section(kind=kind, heading=heading, text=text, span=SPAN))
    decision = None
    outcome = draw(st.none() | st.sampled_from(list(DECISION_TEXTS)))
    if outcome is not None:
        text = draw(st.sampled_from(DECISION_TEXTS[outcome]))
        sections.append(Section(kind=SectionKind.BESLUTNING, text=text, span=SPAN))
        decision = Decision(outcome=outcome, text=text, span=SPAN)
    attachments: list[Attachment] = []
    if sections:  # attachment lines go into the last section's text when read back
        chosen = draw(st.lists(st.sampled_from(ATTACHMENT_TITLES), max_size=2, unique=True))
        attachments = [
            Attachment(number=str(n), title=t, span=SPAN) for n, t in enumerate(chosen, start=1)
        ]
    return AgendaItem(
        number=str(number),
        title=title,
        sections=sections,
        decision=decision,
        attachments=attachments,
        span=SPAN,
        closed=draw(st.integers(0, 4)) == 0,  # now and then dealt with behind closed doors
    )


@st.composite
def locations(draw: st.DrawFn) -> Location:
    """A physical place (name, street?, postal code and town?) or a virtual one."""
    if draw(st.booleans()):
        name = draw(st.sampled_from(("Teams", "Zoom", "Online")))
        return Location(name=name, virtual=True, written=name, span=SPAN)
    name = draw(st.sampled_from(PLACES))
    street = draw(st.none() | st.sampled_from(STREETS))
    town = draw(st.none() | st.sampled_from(TOWNS))
    parts = [name, *([street] if street else []), *([" ".join(town)] if town else [])]
    return Location(
        name=name,
        street=street,
        postal_code=town[0] if town else None,
        city=town[1] if town else None,
        written=", ".join(parts),
        span=SPAN,
    )


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    """A whole minutes document as a Meeting (never empty: at least one agenda item)."""
    date = draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
    start = end = None
    if date is not None and draw(st.booleans()):
        hour = draw(st.integers(7, 19))
        start = f"{hour:02d}:{draw(st.sampled_from((0, 15, 30))):02d}"
        if draw(st.booleans()):
            end = f"{hour + draw(st.integers(1, 3)):02d}:{draw(st.sampled_from((0, 30))):02d}"
    taken: set[str] = set()
    attendees = draw(people(taken))
    absentees = draw(people(taken, max_size=2))
    guests = draw(people(taken, max_size=2))
    chair = minute_taker = None
    with_chair: bool = draw(st.booleans())
    if attendees and with_chair:
        chair = _person(attendees[0].name, None, None, None)
    if draw(st.booleans()):
        if attendees:
            minute_taker = _person(draw(st.sampled_from(attendees)).name, None, None, None)
        else:  # she wrote the minutes at the meeting, so she attended: a name nobody else has
            name = draw(names().filter(lambda n: n not in taken))
            taken.add(name)
            minute_taker = _person(name, None, None, None)
            attendees = [minute_taker]
    count = draw(st.integers(1, 5))
    agenda = [draw(items(n)) for n in range(1, count + 1)]
    return Meeting(
        source=Source(name="<generated>", sha256="0" * 64, lines=1),
        title="Referat",
        date=date,
        start_time=start,
        end_time=end,
        location=draw(st.none() | locations()),
        attendees=attendees + guests,  # the guests attended too
        absentees=absentees,
        guests=guests,
        chair=chair,
        minute_taker=minute_taker,
        agenda=agenda,
    )


def facts(meeting: Meeting, *, detail: bool = True) -> dict[str, Any]:
    """The normalised projection compared by the round-trip tests (no spans, no raw texts).

    ``detail=False`` leaves out people's titles and organisations (styles that do not write
    them).
    """

    def person(p: Person) -> tuple[str | None, ...]:
        return (p.name, p.party, p.title, p.organisation) if detail else (p.name, p.party)

    loc = meeting.location
    return {
        "date": meeting.date,
        "start_time": meeting.start_time,
        "end_time": meeting.end_time,
        "location": (loc.name, loc.postal_code, loc.city, loc.virtual) if loc else None,
        "attendees": [person(p) for p in meeting.attendees],
        "absentees": [person(p) for p in meeting.absentees],
        "guests": [person(p) for p in meeting.guests],
        "chair": meeting.chair.name if meeting.chair else None,
        "minute_taker": meeting.minute_taker.name if meeting.minute_taker else None,
        "items": [
            {
                "number": item.number,
                "title": item.title,
                "outcome": item.decision.outcome if item.decision else Outcome.NONE,
                "closed": item.closed,
                "attachments": [(a.number, a.title) for a in item.attachments],
                # a "bilag" section holds the attachment lines, compared as attachments
                "sections": [s.kind for s in item.sections if s.kind is not SectionKind.BILAG],
            }
            for item in meeting.agenda
        ],
    }
