"""The closed vocabularies of the models and the diagnostics: document, section and outcome
kinds, severities and diagnostic codes (``referat.models`` and ``referat.diagnostics`` export
them; they are defined here so that the compiled pipeline reads their members as C constants).

mypyc compiles ``Outcome.APPROVED`` to a load of a C variable when the enum's module is compiled
with the reading module; an enum of an interpreted module (``models`` holds pydantic classes and
stays interpreted) is looked up as a class attribute every time, through the enum metaclass's
``__getattr__`` hook (about 120 ns). Stdlib only.
"""

from __future__ import annotations

from enum import StrEnum

# Each class's docstring is given at the end of the module (``_describe``).


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class DocumentKind(StrEnum):
    REFERAT = "referat"
    DAGSORDEN = "dagsorden"
    INDKALDELSE = "indkaldelse"


class SectionKind(StrEnum):
    INDSTILLING = "indstilling"
    SAGSFREMSTILLING = "sagsfremstilling"
    REFERAT = "referat"
    BESLUTNING = "beslutning"
    BILAG = "bilag"
    ECONOMY = "oekonomi"
    COMPETENCE = "kompetence"
    CASE_DATA = "sagsdata"
    AGENDA_TEXT = "dagsordenstekst"
    OTHER = "other"


class Outcome(StrEnum):
    APPROVED = "approved"
    APPROVED_WITH_CHANGES = "approved_with_changes"
    NOTED = "noted"
    DISCUSSED = "discussed"
    POSTPONED = "postponed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    NONE = "none"


class Code(StrEnum):
    EMPTY_DOCUMENT = "empty-document"
    BINARY_CONTENT = "binary-content"
    ENCODING_FALLBACK = "encoding-fallback"
    ESCAPED_MARKUP = "escaped-markup"
    OCR_REPAIRED = "ocr-repaired"
    CHAT_EXPORT = "chat-export"
    MORE_MEETINGS = "more-meetings"
    MISSING_DATE = "missing-date"
    UNPARSED_DATE = "unparsed-date"
    AMBIGUOUS_DATE = "ambiguous-date"
    DATE_YEAR_INFERRED = "date-year-inferred"
    DATE_FROM_TIMESTAMP = "date-from-timestamp"
    NO_AGENDA = "no-agenda"
    UNKNOWN_HEADING = "unknown-heading"
    GUESSED_HEADING = "guessed-heading"
    ITEM_NUMBER_GAP = "item-number-gap"
    DUPLICATE_ITEM_NUMBER = "duplicate-item-number"
    ITEM_NUMBERS_INFERRED = "item-numbers-inferred"
    UNMATCHED_MINUTES = "unmatched-minutes"
    PERSON_LISTED_TWICE = "person-listed-twice"
    PRESENT_AND_ABSENT = "present-and-absent"
    REFERENT_NOT_ATTENDEE = "referent-not-attendee"
    ROLE_GROUP_MISMATCH = "role-group-mismatch"
    UNPARSED_PERSON = "unparsed-person"
    UNCLASSIFIED_TEXT = "unclassified-text"
    NO_DECISION = "no-decision"
    INTERNAL_ERROR = "internal-error"
    UNKNOWN_PERSON = "unknown-person"
    AMBIGUOUS_PERSON = "ambiguous-person"
    FUZZY_PERSON = "fuzzy-person"
    UNKNOWN_ORGANISATION = "unknown-organisation"
    AMBIGUOUS_ORGANISATION = "ambiguous-organisation"


def _describe(cls: type, doc: str) -> None:
    """Give ``cls`` its docstring. mypyc replaces the docstring of a class it compiles that is
    not a native class (an enum) with a filler, and pydantic's JSON schema describes each enum
    by its docstring (``docs/schema/meeting.schema.json``), so the docstrings are set here."""
    setattr(cls, "__doc__", doc)  # noqa: B010 (mypyc compiles no assignment to a class's attribute)


_describe(Severity, "How much a diagnostic matters.")
_describe(DocumentKind, "What the document is: minutes, agenda only, or an invitation.")
_describe(
    SectionKind,
    "Closed vocabulary of section kinds inside an agenda item (``vocabulary.SECTION_LABELS``).",
)
_describe(Outcome, "What was decided on an agenda item.")
_describe(Code, "Stable diagnostic codes (documented one by one in ``docs/diagnostics.md``).")
