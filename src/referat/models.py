"""Pydantic models of a parsed meeting. Data only: no parsing logic lives here.

Every object taken from the text carries a :class:`Span` (1-based, inclusive line numbers in the
text after CRLF -> LF normalisation). The JSON produced by ``Meeting.model_dump_json()`` is a
versioned contract: keys are never renamed; an incompatible change bumps ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from collections.abc import Callable
import datetime as dt
from functools import lru_cache
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from referat._kinds import DocumentKind as DocumentKind
from referat._kinds import Outcome as Outcome
from referat._kinds import SectionKind as SectionKind
from referat._kinds import Severity as Severity

SCHEMA_VERSION = 2


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """Lines ``start_line..end_line`` (1-based, inclusive) of the normalised text."""

    start_line: int = Field(ge=1)
    end_line: int = Field(ge=1)


_validate_span: Final[Callable[[dict[str, int]], Span]] = (
    Span.__pydantic_validator__.validate_python
)


@lru_cache(maxsize=8192)
def span_of(start_line: int, end_line: int) -> Span:
    """The ``Span`` of lines ``start_line..end_line``, one instance per range: spans are
    frozen, so every node of every document with that range can share it (building and
    validating one costs microseconds, and a document makes one per node). Made by the model's
    validator directly: the same model, without ``BaseModel.__init__``'s Python frame."""
    return _validate_span({"start_line": start_line, "end_line": end_line})


class Diagnostic(_Model):
    """A finding about the document: stable ``code``, severity, message and where."""

    code: str
    severity: Severity
    message: str
    span: Span | None = None
    data: dict[str, str | int | float | None] | None = None

    def format(self, source_name: str) -> str:
        """Render as ``path:line: severity[code] message`` (clickable in editors)."""
        where = source_name if self.span is None else f"{source_name}:{self.span.start_line}"
        return f"{where}: {self.severity.value}[{self.code}] {self.message}"


class Source(_Model):
    """Where the document came from."""

    name: str
    sha256: str
    lines: int
    encoding: str = "utf-8"
    meeting: int = 1
    """Which meeting of the file this is: 1, and 2, 3 ... for the later meetings
    ``parse_meetings`` reads from a file of several (docs/format.md)."""
    meetings: int = 1
    """How many meetings the file holds (``parse`` gives the first and counts them all)."""


class EntityRef(_Model):
    """A link from a name in the text to an entity of the user's registry (see docs/registry.md).

    ``method`` is one of exact, alias, folded, initials, fuzzy; ``reasons`` says what fired.
    """

    id: str
    name: str
    score: float
    method: Literal["exact", "alias", "folded", "initials", "fuzzy"]
    reasons: list[str] = Field(default_factory=list)


class Mention(_Model):
    """A person or organisation named in an item's text, with its link when a registry is given."""

    text: str
    kind: Literal["person", "organisation"]
    entity: EntityRef | None = None
    span: Span


class HeaderField(_Model):
    """A labelled header line such as ``Tidspunkt: 2. oktober 2017, kl. 14.00``."""

    label: str
    value: str
    span: Span


class Location(_Model):
    """Where the meeting took place, split into parts where the text allows.

    ``virtual`` is True when the meeting can be attended online (Teams, Zoom, "online", ...);
    ``hybrid`` when it is held in a room and online at once (``virtual`` is then True too).
    ``room`` is the room inside the place, when the text names one ("Mødelokale 2" of
    "Mødelokale 2, Hvidå Rådhus, Torvet 1, 7860 Hvidå", whose ``name`` is "Hvidå Rådhus"); when
    the room is all the place has for a name, ``name`` is the room too.
    """

    name: str | None = None
    room: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    virtual: bool = False
    hybrid: bool = False
    written: str
    entity: EntityRef | None = None
    span: Span


class Person(_Model):
    """One person as listed; ``name`` is the bare name, the rest is split off the line.

    ``present`` is True/False when the document ticks presence (``[x]``/``[ ]``), else None.
    """

    name: str
    title: str | None = None
    organisation: str | None = None
    party: str | None = None
    group: str | None = None
    roles: list[str] = Field(default_factory=list)
    initials: str | None = None
    present: bool | None = None
    written: str
    entity: EntityRef | None = None
    organisation_entity: EntityRef | None = None
    group_entity: EntityRef | None = None
    span: Span


class Section(_Model):
    """A labelled part of an agenda item (Indstilling, Sagsfremstilling, Referat, ...)."""

    kind: SectionKind
    heading: str | None = None
    text: str
    span: Span


class Vote(_Model):
    """A vote taken on an item, as its minutes count it ("vedtaget med 22 stemmer for, 3 imod
    og 2 blanke", "For stemte: 15 (V, C, O, A)"). A count the text does not give is ``None``;
    ``*_by`` are the parties or people named for a role, as written; ``text`` is the paragraph
    that records the vote."""

    in_favour: int | None = None
    against: int | None = None
    abstained: int | None = None
    blank: int | None = None
    in_favour_by: list[str] = Field(default_factory=list)
    against_by: list[str] = Field(default_factory=list)
    abstained_by: list[str] = Field(default_factory=list)
    unanimous: bool = False
    text: str
    span: Span


class Decision(_Model):
    """The outcome of an item. ``refers_to`` is ``"indstilling"`` when the text adopts it;
    ``votes`` are the votes its text counts, in order (an amendment's, then the proposal's);
    ``forwarded_to`` is the body the decision recommends the matter to or sends it on to
    (``Anbefales over for Byrådet``: ``"Byrådet"``), which decides it finally."""

    outcome: Outcome
    text: str
    refers_to: Literal["indstilling"] | None = None
    span: Span | None = None
    votes: list[Vote] = Field(default_factory=list)
    forwarded_to: str | None = None


class Attachment(_Model):
    """A referenced attachment (``Bilag 4: Pressemeddelelse``)."""

    number: str | None = None
    title: str | None = None
    span: Span


class AgendaItem(_Model):
    """One agenda item with its sections, decision, attachments and sub-points.

    ``span`` is where the item's own text is. ``listing_span`` is the line of a leading agenda
    listing (table of contents) that announced it; ``minutes_span`` is where the minutes of the
    item were written when they come in a separate block (OS2-style "Mødereferat"). ``closed``:
    the item was dealt with behind closed doors ("Lukket punkt", "(lukket)", after "Lukket
    møde").
    """

    number: str | None = None
    title: str
    sections: list[Section] = Field(default_factory=list)
    decision: Decision | None = None
    attachments: list[Attachment] = Field(default_factory=list)
    subitems: list[AgendaItem] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    span: Span
    listing_span: Span | None = None
    minutes_span: Span | None = None
    closed: bool = False


class TextBlock(_Model):
    """Text outside the agenda items (meeting notes, signatures, page furniture)."""

    heading: str | None = None
    text: str
    span: Span


class Meeting(_Model):
    """A parsed minutes document: one document is one JSON object."""

    schema_name: Literal["referat.Meeting"] = "referat.Meeting"
    schema_version: int = SCHEMA_VERSION
    source: Source
    document_kind: DocumentKind | None = None
    organisation: str | None = None
    organisation_entity: EntityRef | None = None
    body: str | None = None
    body_entity: EntityRef | None = None
    title: str | None = None
    title_span: Span | None = None
    date: dt.date | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: Location | None = None
    fields: list[HeaderField] = Field(default_factory=list)
    attendees: list[Person] = Field(default_factory=list)
    absentees: list[Person] = Field(default_factory=list)
    guests: list[Person] = Field(default_factory=list)
    chair: Person | None = None
    minute_taker: Person | None = None
    agenda: list[AgendaItem] = Field(default_factory=list)
    notes: list[TextBlock] = Field(default_factory=list)
    unclassified: list[TextBlock] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)

    def errors(self) -> list[Diagnostic]:
        """The diagnostics with severity ``error``."""
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]
