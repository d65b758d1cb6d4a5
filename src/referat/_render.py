"""Write a :class:`~referat.models.Meeting` back as clean, consistent Danish minutes Markdown.

Pure functions only: ``render(meeting, style) -> str``. The output uses one heading scheme, one
label style and one people-list layout, chosen by a :class:`Style`. Every style is written so
that ``referat.parse`` reads the same facts back (see docs/render.md), which makes the renderer
an oracle for the parser, and ``render(parse(render(m))) == render(m)``.

What is written: title, date and time, place, attendees / absentees / guests, chair and
minute-taker, extra header fields (``Næste møde:``, ``Sagsnr.:``, ...), and every agenda item
with its sections, decision, attachments and sub-points (a closed item with ``(Lukket punkt)``
after its title). What is not: spans, raw ``written``
forms of people, presence ticks, groups, mentions, notes and unclassified text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
import datetime as dt
import re
from types import MappingProxyType
from typing import Literal

from referat.models import AgendaItem, Attachment, Meeting, Person, SectionKind
from referat.vocabulary import FIELD_LABELS, MONTHS, WEEKDAYS, FieldKind, normalise_label

# -- Danish words (data) -------------------------------------------------------------------------

MONTH_NAMES = tuple(MONTHS)  # januar ... december, in calendar order
WEEKDAY_NAMES = WEEKDAYS

DEFAULT_TITLE = "Referat"
LABEL_DATE = "Dato"
LABEL_TIME = "Tid"
LABEL_END = "Sluttidspunkt"
LABEL_PLACE = "Sted"
LABEL_ATTENDEES = "Deltagere"
LABEL_ABSENTEES = "Afbud"
LABEL_GUESTS = "Gæster"
LABEL_CHAIR = "Mødeleder"
LABEL_MINUTE_TAKER = "Referent"
WORD_CLOCK = "kl."
WORD_THE = "den"
WORD_AND = "og"
WORD_ITEM = "Punkt"
CLOSED_MARK = "(Lukket punkt)"  # after a closed item's title
WORD_ATTACHMENT = "Bilag"
TABLE_COLUMNS = ("Navn", "Titel", "Organisation", "Parti")

SECTION_LABEL: Mapping[SectionKind, str] = MappingProxyType(
    {
        SectionKind.INDSTILLING: "Indstilling",
        SectionKind.SAGSFREMSTILLING: "Sagsfremstilling",
        SectionKind.REFERAT: "Referat",
        SectionKind.BESLUTNING: "Beslutning",
        SectionKind.BILAG: "Bilag",
        SectionKind.ECONOMY: "Økonomi",
        SectionKind.COMPETENCE: "Kompetence",
        SectionKind.CASE_DATA: "Sagsdata",
    }
)
"""The label written for each section kind. ``dagsordenstekst`` is written without a label and
``other`` with its own heading."""

# Header fields copied as they are (the renderer writes the date, times, place and people itself).
_COPIED_FIELDS = frozenset({FieldKind.OTHER_DATE, FieldKind.INFO})

# -- styles --------------------------------------------------------------------------------------

ItemHead = Literal["heading", "punkt", "bold", "list"]
LabelStyle = Literal["bold-block", "bold-inline", "plain", "heading"]
DateFormat = Literal["long", "weekday", "numeric", "iso"]
PeopleLayout = Literal["bullets", "prose"]


@dataclass(frozen=True)
class Style:
    """How a meeting is written.

    Attributes:
        heading_level: Markdown heading level of item heads (``## 1. Titel`` is 2); sub-points
            and heading labels use one level more.
        item_head: ``heading`` (``## 1. Titel``), ``punkt`` (``Punkt 1: Titel``), ``bold``
            (``**1. Titel**``) or ``list`` (``1. Titel``, a Markdown ordered list).
        labels: item section labels: ``bold-block`` (``**Beslutning:**`` alone on its line),
            ``bold-inline`` (``**Beslutning:** Godkendt.``), ``plain`` (``Beslutning: ...``) or
            ``heading`` (``### Beslutning``).
        header_bold: write header labels bold (``**Dato:** ...``) instead of ``Dato: ...``.
        date_format: ``long`` (``2. oktober 2017``), ``weekday`` (``mandag den 2. oktober
            2017``), ``numeric`` (``02.10.2017``) or ``iso`` (``2017-10-02``).
        people: ``bullets`` (one ``- Navn, titel (P)`` per line under a label; a list in which
            someone has an organisation is written as a table Navn | Titel | Organisation |
            Parti) or ``prose`` (``Deltagere: Navn (P), Navn og Navn`` on one line; titles and
            organisations are not written).
        date_and_time: write date and time on one line (``Dato: 2. oktober 2017, kl. 14.00``).
    """

    heading_level: int = 2
    item_head: ItemHead = "heading"
    labels: LabelStyle = "bold-block"
    header_bold: bool = False
    date_format: DateFormat = "long"
    people: PeopleLayout = "bullets"
    date_and_time: bool = False


STYLES: Mapping[str, Style] = MappingProxyType(
    {
        "canonical": Style(),
        "bold-labels": Style(
            heading_level=3, labels="bold-inline", header_bold=True, date_format="weekday"
        ),
        "punkt": Style(
            item_head="punkt", labels="plain", date_format="numeric", date_and_time=True
        ),
        "numbered-list": Style(item_head="list", date_format="iso"),
        "bold-items": Style(item_head="bold", labels="plain", date_format="weekday"),
        "headings": Style(heading_level=2, labels="heading", header_bold=True),
        "compact": Style(heading_level=4, labels="plain", people="prose", date_format="numeric"),
    }
)
"""The named styles; ``canonical`` is what ``referat fmt`` writes."""


def get_style(style: str | Style) -> Style:
    """Resolve a style name (a key of :data:`STYLES`) or return a :class:`Style` as is.

    Raises:
        ValueError: ``style`` is not a known name, or its heading level is not 1-5.
    """
    if isinstance(style, Style):
        resolved = style
    else:
        try:
            resolved = STYLES[style]
        except KeyError:
            known = ", ".join(STYLES)
            raise ValueError(f"unknown style {style!r}; known styles: {known}") from None
    if not 1 <= resolved.heading_level <= 5:
        raise ValueError(f"heading_level must be 1-5, not {resolved.heading_level}")
    return resolved


# -- rendering -----------------------------------------------------------------------------------


def render(meeting: Meeting, style: str | Style = "canonical") -> str:
    """Write ``meeting`` as Danish minutes Markdown.

    Args:
        meeting: a parsed or constructed Meeting.
        style: a name from :data:`STYLES` (``canonical``, ``bold-labels``, ``punkt``,
            ``numbered-list``, ``compact``) or a :class:`Style`.

    Returns:
        The document, ending in one newline, with blank lines between blocks.

    Raises:
        ValueError: unknown style name.
    """
    s = get_style(style)
    blocks = [f"# {_clean(meeting.title) or DEFAULT_TITLE}"]
    blocks.extend(_header(meeting, s))
    blocks.extend(_people_blocks(meeting, s))
    for item in meeting.agenda:
        blocks.extend(_item(item, s, s.heading_level))
    return "\n\n".join(b for b in blocks if b) + "\n"


def format_date(date: dt.date, date_format: DateFormat = "long") -> str:
    """Write a date the Danish way (``2. oktober 2017``, ``02.10.2017``, ...)."""
    if date_format == "numeric":
        return f"{date.day:02d}.{date.month:02d}.{date.year}"
    if date_format == "iso":
        return date.isoformat()
    long = f"{date.day}. {MONTH_NAMES[date.month - 1]} {date.year}"
    if date_format == "weekday":
        return f"{WEEKDAY_NAMES[date.weekday()]} {WORD_THE} {long}"
    return long


def _clock(time: str) -> str:
    return time.replace(":", ".")


def _label(label: str, value: str, bold: bool) -> str:
    head = f"**{label}:**" if bold else f"{label}:"
    return f"{head} {value}".rstrip()


def _header(meeting: Meeting, s: Style) -> list[str]:
    lines: list[str] = []
    time = None
    if meeting.start_time:
        time = f"{WORD_CLOCK} {_clock(meeting.start_time)}"
        if meeting.end_time:
            time += f"-{_clock(meeting.end_time)}"
    if meeting.date is not None:
        date = format_date(meeting.date, s.date_format)
        if s.date_and_time and time:
            date, time = f"{date}, {time}", None
        lines.append(_label(LABEL_DATE, date, s.header_bold))
    if time:
        lines.append(_label(LABEL_TIME, time, s.header_bold))
    elif meeting.end_time and not meeting.start_time:
        lines.append(_label(LABEL_END, _clock(meeting.end_time), s.header_bold))
    if meeting.location is not None and _clean(meeting.location.written):
        lines.append(_label(LABEL_PLACE, _clean(meeting.location.written), s.header_bold))
    for field in meeting.fields:
        kind = FIELD_LABELS.get(normalise_label.of(field.label))
        if kind in _COPIED_FIELDS and _clean(field.value):
            lines.append(_label(_clean(field.label), _clean(field.value), s.header_bold))
    return ["\n".join(lines)] if lines else []


def person_line(person: Person, *, detail: bool = True) -> str:
    """``Navn, titel (P)``; with ``detail=False`` only ``Navn (P)``.

    Organisations are not written here: people lists with organisations are written as tables
    (``Navn, Organisation`` would be read as two names).
    """
    text = _clean(person.name)
    if detail and _clean(person.title):
        text += f", {_clean(person.title)}"
    if person.party:
        text += f" ({_clean(person.party)})"
    return text


def people_table(people: list[Person]) -> str:
    """A Markdown table with the columns Navn, Titel, Organisation and Parti."""
    rows = [TABLE_COLUMNS, ("---",) * len(TABLE_COLUMNS)]
    rows += [tuple(_cell(v) for v in (p.name, p.title, p.organisation, p.party)) for p in people]
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def _cell(value: str | None) -> str:
    return _clean(value).replace("|", "/")


def _people_blocks(meeting: Meeting, s: Style) -> list[str]:
    blocks: list[str] = []
    guests = {p.name for p in meeting.guests}  # among the attendees too: written once, as guests
    for label, people in (
        (LABEL_ATTENDEES, [p for p in meeting.attendees if p.name not in guests]),
        (LABEL_ABSENTEES, meeting.absentees),
        (LABEL_GUESTS, meeting.guests),
    ):
        if not people:
            continue
        if s.people == "prose":
            names = [person_line(p, detail=False) for p in people]
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {WORD_AND} "
            if len(names) > 1:
                joined += names[-1]
            blocks.append(_label(label, joined, s.header_bold))
        else:
            head = f"**{label}:**" if s.header_bold or s.labels != "plain" else f"{label}:"
            if any(_clean(p.organisation) for p in people):
                blocks.append(f"{head}\n\n{people_table(people)}")
            else:
                blocks.append("\n".join([head, *(f"- {person_line(p)}" for p in people)]))
    roles = [
        _label(label, _clean(p.name), s.header_bold)
        for label, p in ((LABEL_CHAIR, meeting.chair), (LABEL_MINUTE_TAKER, meeting.minute_taker))
        if p is not None and _clean(p.name)
    ]
    if roles:
        blocks.append("\n".join(roles))
    return blocks


def _item_head(item: AgendaItem, s: Style, level: int) -> str:
    title = _clean(item.title)
    if item.closed and level == s.heading_level and "lukket" not in title.casefold():
        title = f"{title} {CLOSED_MARK}"  # (its sub-points are closed with it)
    if item.number is None:
        return f"{'#' * level} {title}" if s.item_head == "heading" else f"**{title}**"
    sub = "." in item.number
    number = item.number if sub else f"{item.number}."
    lettered = _LETTERED.match(item.number)
    if lettered:  # "3.a" is written "a)", the form the parser reads as a lettered sub-point
        number = f"{lettered.group(1)})"
    if s.item_head == "punkt" and not sub:
        return f"{WORD_ITEM} {item.number}: {title}"
    if s.item_head == "bold":
        return f"**{number} {title}**"
    if s.item_head == "list":
        return f"{number} {title}"
    return f"{'#' * level} {number} {title}"


_LETTERED = re.compile(r"^\d+\.([a-zæøå])$")


def _item(item: AgendaItem, s: Style, level: int) -> list[str]:
    blocks = [_item_head(item, s, level)]
    listed = [a for a in item.attachments if a.number and a.title]
    has_decision_text = False
    for section in item.sections:
        text = _strip_attachments(section.text, listed)
        if section.kind is SectionKind.BILAG and not text.strip() and section.heading is None:
            continue  # "Bilag 1: ..." lines only: written with the attachments below
        if section.kind in (SectionKind.BESLUTNING, SectionKind.REFERAT):
            has_decision_text = True
        if section.kind is SectionKind.AGENDA_TEXT:
            label = None
        elif section.kind is SectionKind.OTHER:
            label = _clean(section.heading) or None
        else:
            label = SECTION_LABEL[section.kind]
        blocks.append(_section(label, text, s, level + 1))
    decision = item.decision
    if decision is not None and not has_decision_text and _clean(decision.text):
        blocks.append(_section(SECTION_LABEL[SectionKind.BESLUTNING], decision.text, s, level + 1))
    if listed:
        blocks.append("\n".join(_attachment_line(a) for a in listed))
    for sub in item.subitems:
        blocks.extend(_item(sub, s, min(level + 1, 6)))
    return blocks


def _section(label: str | None, text: str, s: Style, level: int) -> str:
    body = "\n".join(line.strip() for line in text.strip().splitlines() if line.strip())
    if label is None:
        return body
    if s.labels == "heading":
        head = f"{'#' * min(level, 6)} {label}"
    elif s.labels == "plain":
        head = f"{label}:"
    else:
        head = f"**{label}:**"
    if not body:
        return head
    if s.labels in ("plain", "bold-inline"):
        first, _, rest = body.partition("\n")
        return f"{head} {first}" + (f"\n{rest}" if rest else "")
    return f"{head}\n{body}"


def _attachment_line(attachment: Attachment) -> str:
    return f"{WORD_ATTACHMENT} {attachment.number}: {_clean(attachment.title)}"


_ATTACHMENT_LINE = re.compile(
    rf"^[*_\s]*{WORD_ATTACHMENT}\s+(\S+?)\s*[:.\-–]\s*(.+)$", re.IGNORECASE
)


def attachment_listed(line: str) -> tuple[str, str] | None:
    """(number, title) of a line "Bilag 3: Title", closing emphasis and spaces cut off the title.

    The cut is done here, not by the pattern: a lazy title followed by emphasis or spaces up to the
    end tried every end on a long run of ``*`` or spaces (quadratic).
    """
    m = _ATTACHMENT_LINE.match(line)
    if m is None:
        return None
    title = m.group(2)
    end = len(title)
    while end > 1 and (title[end - 1] in "*_" or title[end - 1].isspace()):
        end -= 1
    return m.group(1), title[:end]


def _strip_attachments(text: str, listed: list[Attachment]) -> str:
    """Drop the lines of ``text`` that list one of ``listed`` (they are written after the item)."""
    if not listed:
        return text
    keys = {(a.number or "", _fold(a.title or "")) for a in listed}
    kept = []
    for line in text.splitlines():
        found = attachment_listed(line)
        if found and (found[0], _fold(found[1])) in keys:
            continue
        kept.append(line)
    return "\n".join(kept)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _clean(text: str | None) -> str:
    return " ".join(text.split()) if text else ""
