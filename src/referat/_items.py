"""Stage 2: find the agenda items, by meaning rather than by heading depth.

Every line that *could* open an item ("## 5.", "**4. ...**", "Punkt 4:", "Pkt. 4", "4)", "Ad 4",
"Sag 129", an ordered-list entry) is a candidate. Candidates of one visual class form runs of
increasing numbers. The strongest run is the agenda; runs repeating its numbers and titles are
*twins*: a leading listing (table of contents), the item bodies, or a separate minutes block
(OS2 "Mødereferat"). Runs nested inside an item's text are that item's business, not items.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
import re
from typing import ClassVar, Final
import unicodedata

from referat._danish import find_dates, find_time_range
from referat._digit import has_digit
from referat._facts import LineKind, Record
from referat._first import anchored
from referat._fuzzy import similarity
from referat._inline import plain, without_marks
from referat._labels import section_label
from referat._memo import memo
from referat._people import is_name, parse_person, starts_with_first_name
from referat._prefix import Needs, casefolded
from referat._scan import Line
from referat._trie import alternation
from referat.models import SectionKind
from referat.vocabulary import (
    ACTION_DUE_COLUMNS,
    ACTION_OWNER_COLUMNS,
    AGENDA_GROUP_HEADINGS,
    AGENDA_HEADINGS,
    AGENDA_ITEM_COLUMNS,
    AGENDA_TABLE_COLUMNS,
    AGENDA_TOPICS,
    ATTACHMENT_ACCESS,
    BREAK_WORDS,
    CLOSING_TOPICS,
    COMMENT_COUNT_WORDS,
    COUNT_UNITS,
    DECISION_COLUMNS,
    DECISION_SUMMARY_HEADINGS,
    FACT_SYMBOLS,
    FAR_RIGHT_INDENT,
    FIELD_LABELS,
    FOLLOW_UP_LABELS,
    HEADER_HEADINGS,
    HYPHEN_CONJUNCTIONS,
    ITEM_CONJUNCTIONS,
    ITEM_REFERENCE_COLUMNS,
    MAIL_HEADER_LABELS,
    MEETING_PART_HEADINGS,
    MEETING_REPORT_KEYS,
    MEETING_REPORT_SECTIONS,
    MINUTES_HEADINGS,
    MONTH_SPELLINGS,
    NOT_TITLE_ENDS,
    NOTE_HEADINGS,
    ONE_ITEM_PART_HEADINGS,
    PEOPLE_COLUMNS,
    SECTION_LABELS,
    STATUS_NOTICE,
    SUMMARY_HEADINGS,
    TASK_HEADINGS,
    TIME_COLUMNS,
    TITLE_COLUMNS,
    TOPIC_COLUMNS,
    TOPIC_END_ABBREVIATIONS,
    TOPIC_LIST_HEADINGS,
    WEB_FURNITURE,
    FieldKind,
    normalise_label,
)

_KEYWORD: Final = anchored(
    # ("TOP 3": German minutes' Tagesordnungspunkt, in capitals only: not "Top 5 ønsker")
    r"^(?:(?:ad\.?\s+|(?:lukket|åbent?)\s+)?(?:dagsordens?punkt|(?:dagsordenens\s+)?(?:punkt|pkt\.?)|item"
    r"|(?-i:TOP))(?:\s*nr\.?)?"
    r"|ad\.?(?:\s*§)?|(?:[a-zæøå]{2,3}-)?sag(?:\s*nr\.?)?|emne|§)\s*"  # ("LS-sag 45/2023")
    # "Ad 4a", "Punkt 4 b"
    # "Sag 2025-009": a case numbered within its year, as written
    r"((?<=sag )(?:19|20)\d{2}-\d{2,4}|\d{1,4}(?:\.\d{1,2})*)(?!\d)"
    r"([a-h](?![\w/-])|\s[a-h](?=\s+[A-ZÆØÅ]))?"
    # "Sag 12/2025", "Sag 12/25": 12/2025, as written; "Dagsordenspunkt 3/7": the 3rd of 7
    r"(/(?:\d{4}|\d{1,2})\b|-(?:19|20)\d{2}\b)?(?!/\d)"  # (not "Sag nr. 10/412": a case)
    r"(?:\s+af\s+\d{1,3}\b)?"  # "Dagsordenspunkt 1 af 4": the 1st of 4
    # "Ad 1.: Godkendt.", "Punkt 1 / Valg", "Pkt. 1 ▸ Velkomst"
    r"\s*(?:(?:[.)]\s*)?:\s*|[.)\-–—·|▪▸►›»→;]\s*|/\s+)?(.*)$",
    re.IGNORECASE,
)
_LETTER_OPENS: Final = re.compile(r"[a-h]\)\s+\S")  # "a) Finn orienterede ..."
_SET_APART: Final = re.compile(  # "Pkt. 1  godkendelse", "Punkt 2: nyt fra formanden"
    r"^[\s*_#]*(?i:punkt|pkt\.?)\s*\d{1,3}(?:[ \t]{2,}|\s*[:;–—-]\s*)[a-zæøå]"
)
# "4. Budget", "4) Budget", "4/ Budget", "4.a) Budget"
_NUMBERED: Final = re.compile(
    r"^(\d{1,3})\s*(?:\.\s*([a-z])\s*|([a-z])(?=[.)]))?(?:[.)]|/(?=\s))\s*(.*)$"
)  # "4. Budget", "4.a Budget", "4a. Budget"
_MULTI: Final = re.compile(r"^(\d{1,3}(?:\.\d{1,2})+)\.?(?:\s+(.*)|$)")
_BARE: Final = re.compile(
    r"^(\d{1,3})([a-z])?(?:\s*[-–—:|·•▪▸►›»→➜]\s+|\s+)([A-ZÆØÅ\"“].*)$"
)  # "4 Budget", "4 - Budget", "## 4 | Budget", "#### 4 · Budget", "8a Jubilæum", "4 ▸ BUDGET"
_LINKED_ENTRY: Final = re.compile(r"\s*[-*+]\s\[\d{1,3}[a-z]?\s[^\]]{2,200}\]\(#")
_MARKED_NUMBER: Final = re.compile(r"\d{1,3}[a-z]?\s*[·–—]\s")  # "1 · Godkendelse" (not "1 | ...")
_PAREN_MARK: Final = re.compile(r"\s*\d{1,3}\)")  # "1) ..." as written (a list's marker)
_LIST_MARK: Final = re.compile(r"[\s>]*\d{1,9}([.)])")  # a list line's marker, as written
_BARE_SMALL: Final = re.compile(r"^(\d{1,3})([a-z])?(?:\s*[-–—:|·]\s+|\s+)([a-zæøå].*)$")
_CASE_OF_YEAR: Final = re.compile(r"^((\d{1,3})/(?:19|20)\d\d)\s+([A-ZÆØÅ].*)$")
_BRACKETED: Final = re.compile(r"^(?:\[(\d{1,3})\]|\((\d{1,3})\))\s*[.:\-–—·|]?\s+([A-ZÆØÅ\"“].*)$")
"""A heading's number in brackets or parentheses ("## [85] Godkendelse af dagsorden", "### (1)
Godkendelse af referat"); on a plain line such a number is a clause's ("(1) Kommunen kan ...")."""
_NUMBER_AFTER: Final = re.compile(
    r"^([A-ZÆØÅ].{2,120}?)\s*\((?:(?:dagsordens)?punkt|pkt\.?)\s*(\d{1,3})\)$", re.IGNORECASE
)
"""A heading with its number after the title ("### Valg af dirigent (pkt. 1)"); not a law's
paragraph ("Kvalitetsstandard for støtte (§ 85)")."""
_LETTER: Final = anchored(r"^([a-zA-Z])\s*[).]\s+(\S.*)$")
# "12. marts", "4. jun.": a date, no item; "4. Juniortræning", "5. Julefrokost" are items
_DATE_START: Final = re.compile(
    rf"^\d{{1,2}}\.\s*{alternation(MONTH_SPELLINGS)}(?![a-zæøå])",  # a trie
    re.IGNORECASE,
)
_TIME_START: Final = re.compile(r"^\d{1,2}[.:]\d{2}\b")
_MARKERS: Final = frozenset("▸▹▶►▼▾›»")
_DASH_MARKS: Final = frozenset("–—•▪◦")
# with digits: what every item head pattern starts with ("Lukket punkt 7", "Åbent punkt 3")
_HEAD_START: Final = frozenset("§aApPsSſdDiIVXlLåÅeET")  # (T: "TOP 3")
_ALSO_ITEM: Final = anchored(
    rf"^(?:(?:{'|'.join(sorted(ITEM_CONJUNCTIONS))})\s+|[&+,]\s*)(\d{{1,3}})\b\.?\s*[:.)\-–—]?\s*"
)  # "og 2" in "Ad 1 og 2"
_ROMAN_HEAD: Final = re.compile(r"^([IVX]{1,6})\.\s+(\S.*)$")  # "II. Økonomi"; the dot is required
_ROMAN_VALUES: Final = {"I": 1, "V": 5, "X": 10}
_KEYCAP_HEAD: Final = re.compile(r"^(\d{1,3})\s+(\S.*)$")  # keycap digits, then the title
_CAPITAL_HEAD: Final = re.compile(r"^([A-HJ-UWYZ])[.)]\s+(\S.*)$")  # "B. Økonomi" (not I, V, X)
_SMALL_LETTER_HEAD: Final = re.compile(r"^([a-h])\)\s+(\S.*)$")  # "### a) Godkendelse ..."
_KEYCAP_TITLE_MAX: Final = 80  # characters of a topic after a keycap on a plain line
_KEYCAPS: Final = re.compile(r"^(?:\d\ufe0f?\u20e3)+")  # "1️⃣ Velkomst"
_PICTOGRAPH_JOINERS: Final = frozenset("\ufe0f\u200d ")

_PART_KINDS: Final = frozenset(
    {
        SectionKind.INDSTILLING,
        SectionKind.SAGSFREMSTILLING,
        SectionKind.REFERAT,
        SectionKind.BESLUTNING,
        SectionKind.BILAG,
    }
)
_TOPIC_HEAD: Final = re.compile(r"^([A-ZÆØÅ][^:–—]{2,60}?)\s*(?::|\s[–—-](?=\s|$))\s*(.*)$")
_DATE_ONLY: Final = re.compile(r"^[\d./ -]+$")
VOCABULARY_KEYS: Final = (
    frozenset(FIELD_LABELS) | AGENDA_HEADINGS | MINUTES_HEADINGS | NOTE_HEADINGS | HEADER_HEADINGS
)
# labels over a list of people ("Deltagere:", "Afbud:", "Gæster:", "Medlemmer:")
_PEOPLE_LIST_KINDS: Final = frozenset(
    {FieldKind.ATTENDEES, FieldKind.MEMBERS, FieldKind.ABSENTEES, FieldKind.GUESTS}
)
_WEIGHT: Final = {
    "heading": 3.0,
    "keyword": 3.0,
    "line": 2.0,
    "code": 2.0,
    "table": 2.5,
    "statute": 1.5,
}


HeadClass = tuple[str, bool, int]
"""A head's visual class: base, quoted and indent."""


class Head(Record):
    """A line that can open an agenda item (a plain record, see ``_facts.Record``; not to be
    changed once made: ``but`` makes a changed copy)."""

    FIELDS: ClassVar[tuple[str, ...]] = (
        "index",  # position in the line tuple
        "number",
        "top",
        "title",
        "base",
        "quoted",
        "indent",
        "rest",  # text after the title on the head line ("Eventuelt – Intet.")
        "symbolic",  # "I.", "II." or "A.", "B." (bold): an item only in a sequence from the first
        "regarding",  # "Ad 1.", "Ad pkt. 1": the minutes of item 1 of a listing
        "letters",  # "Ad 4a." standing for item 4, which has no "Ad 4." of its own
        "joint",  # "Ad 1 og 2": the other items whose minutes these are too ("2",)
        "mark",  # ")" or "." after a line's number ("1) ...", "1. ..."): two kinds of list
    )
    __slots__ = FIELDS

    def __init__(
        self,
        index: int,
        number: str,
        top: int,
        title: str,
        base: str,
        quoted: bool,
        indent: int = 0,
        rest: str = "",
        symbolic: bool = False,
        regarding: bool = False,
        letters: bool = False,
        joint: tuple[str, ...] = (),
        mark: str = "",
    ) -> None:
        self.index = index
        self.number = number
        self.top = top
        self.title = title
        self.base = base
        self.quoted = quoted
        self.indent = indent
        self.rest = rest
        self.symbolic = symbolic
        self.regarding = regarding
        self.letters = letters
        self.joint = joint
        self.mark = mark

    def but(
        self,
        *,
        index: int | None = None,
        number: str | None = None,
        top: int | None = None,
        title: str | None = None,
        base: str | None = None,
        rest: str | None = None,
        letters: bool | None = None,
        regarding: bool | None = None,
    ) -> Head:
        """A copy with the given fields changed (``dataclasses.replace`` for this record)."""
        return Head(
            self.index if index is None else index,
            self.number if number is None else number,
            self.top if top is None else top,
            self.title if title is None else title,
            self.base if base is None else base,
            self.quoted,
            self.indent,
            self.rest if rest is None else rest,
            self.symbolic,
            self.regarding if regarding is None else regarding,
            self.letters if letters is None else letters,
            self.joint,
            self.mark,
        )

    @property
    def cls(self) -> HeadClass:
        """The visual class: runs are built within one class."""
        return (self.base, self.quoted, self.indent)


class Run(Record):
    """Candidates of one class with increasing numbers (a plain record, see
    ``_facts.Record``)."""

    FIELDS: ClassVar[tuple[str, ...]] = ("heads", "dups", "auto")
    __slots__ = FIELDS

    def __init__(self, heads: list[Head]) -> None:
        self.heads = heads
        self.dups: list[Head] = []
        self.auto = False

    @property
    def first(self) -> int:
        """Index of the first head line."""
        return self.heads[0].index

    @property
    def last(self) -> int:
        """Index of the last head line."""
        return self.heads[-1].index

    def numbers(self) -> list[str]:
        """Item numbers in order."""
        return [h.number for h in self.heads]


class Occurrence(Record):
    """Where one item appears: head line index and the end (exclusive) of its text (a plain
    record, see ``_facts.Record``)."""

    FIELDS: ClassVar[tuple[str, ...]] = (
        "head",
        "start",
        "end",
        "role",  # "listing" | "body" | "minutes"
        "extra",  # duplicate head lines absorbed
        "furniture",  # page numbers inside (kept as notes)
        "body_start",  # first body line when it is not the line after the head
        "header_row",  # a row of a closing table of decisions: the table's header row
        "skip_cells",  # ... and its columns that only number the row or item
    )
    __slots__ = FIELDS

    def __init__(
        self,
        head: Head,
        start: int,
        end: int,
        role: str,
        *,
        body_start: int | None = None,
        header_row: int = -1,
        skip_cells: tuple[int, ...] = (),
    ) -> None:
        self.head = head
        self.start = start
        self.end = end
        self.role = role
        self.extra: list[int] = []
        self.furniture: list[int] = []
        self.body_start = body_start
        self.header_row = header_row
        self.skip_cells = skip_cells

    @property
    def first_body_line(self) -> int:
        """Index of the first line of the item's text."""
        return self.start + 1 if self.body_start is None else self.body_start


class Agenda(Record):
    """The items found, each as its occurrences, in agenda order (a plain record, see
    ``_facts.Record``)."""

    FIELDS: ClassVar[tuple[str, ...]] = ("items", "renumbered", "region_lines", "heads")
    __slots__ = FIELDS

    def __init__(
        self,
        items: list[list[Occurrence]],
        renumbered: bool,
        region_lines: set[int],
        heads: dict[int, Head],
    ) -> None:
        self.items = items
        self.renumbered = renumbered
        self.region_lines = region_lines
        self.heads = heads


_TIME_SLOT: Final = re.compile(
    r"(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}(?:\s*[:|·]|\s*[-–—](?=\s))?\s+",
    re.IGNORECASE,
)
_DATE_BEFORE_SLOT: Final = re.compile(
    r"\d{1,2}\.\d{1,2}\.\d{2,4}\s*[·|]\s*(?=\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2})"
)
"""The meeting's date before a topic's time slot ("## 11.03.2025 · 17.00–17.05 · Punkt 1: ...")."""
_TIME_THEN_NUMBER: Final = re.compile(
    r"\[?\d{1,2}[.:]\d{2}(?::\d{2})?\]?(?:\s+[–—·-])?\s+"
    r"(?=\d{1,3}[.)]\s+\S|\d{1,3}\s+[–—|·-]\s+[A-ZÆØÅ]|(?:pkt|punkt)\.?\s*\d)"  # "18:30 – Punkt 1:"
    r"|(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*\|\s*(?=(?:pkt|punkt)\.?\s*\d)",  # "kl. 16.05 | Pkt. 2 |"
    re.IGNORECASE,
)
"""A clock time before an item's number ("10.05  2) Opsamling", "[19:04] 1. Godkendelse",
"19.31 — 3) Regnskab", a video's "00:02:10 · 1 — Godkendelse"): the time the item starts."""
_SLOT_IN_TITLE: Final = re.compile(
    r"^\(\s*(?:(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}"
    r"|(?:ca\.?\s*)?\d{1,3}\s*min(?:\.|utter)?"
    r"|(?:lukket|åbent?)(?:\s+(?:punkt|møde|sag))?)\s*\)\s*[:.\-–—]?\s*",
    re.IGNORECASE,
)  # "Punkt 1 (16.00-16.15): Velkomst", "Punkt 1 (5 min.): ...", "Punkt 4 (lukket): Personalesag"
_SLOT_AFTER_TITLE: Final = re.compile(
    r"\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}$", re.IGNORECASE
)  # "Velkomst og godkendelse af dagsorden 10:00–10:10": the topic's time slot after it
_LEADERS: Final = re.compile(
    r"\s*(?:\.\s*){3,}\s*\d{0,4}\s*$|\s*(?:…\s*)+\.*\s*\d{0,4}\s*$"
    r"|\.{3,}(?:[ivxlc]{1,6}|\d{1,4})(?:\s.*)?$"
    r"|\s+\.\s+\d{1,4}\s*$"  # (one dot left where the title filled the line: "Slagelse . 4")
    # dot leaders to what a programme writes at the margin: "Velkomst ...... (HJ)", "Opfølgning
    # på handlingsliste ........ bilag 2"
    r"|\s*\.{4,}\s+\S.{0,40}$"
)
# A table of contents' dot leaders and page number ("Meddelelser ....... 3"), also a roman page
# number and what a PDF viewer ran together after it ("Budgetopfølgning...i", "Revisionsberetning
# ...ii Til behandling - for åbne døre...iii": the next group's label)


_STATUS_AFTER_TITLE: Final = re.compile(
    r"\s*\((?:lukket|åbent?)(?:\s+(?:punkt|sag|møde))?\)$"
    # "Årsrapport 2023 (beslutning)", "Orientering fra rektor (orientering)": what the item is
    # for, written after its title
    r"|\s*\((?:til\s+)?(?:beslutning|orientering|drøftelse|godkendelse|information|høring"
    r"|debat|efterretning)\)$",
    re.IGNORECASE,
)


_HEADING_ID: Final = re.compile(r"\s*\{#[\w.:-]+(?:\s+[.#]?[\w.:=-]+)*\}$")
"""A heading's id after its title, as Google Docs or pandoc export it ("{#h.4d34og8}")."""


def _title(text: str) -> str:
    """An item head's title without its markup, heading id, time slot, case number, status
    and pictures. Remembered."""
    return _title_memo.of(text)


def _title_uncached(text: str) -> str:
    title = text.strip().strip("*_").strip().rstrip(":").strip()
    if title[:1] in _LEADING_SEPARATORS and title[1:2] == " ":
        title = title[2:].lstrip()  # "Punkt 1: – Godkendelse af dagsorden": a second separator
    if title[-1:] == "}" and (anchor := _HEADING_ID.search(title)) and anchor.start():
        title = title[: anchor.start()]  # "Evt. {#h.4d34og8}": an exported heading's id
    if title[:1].isdecimal() and (slot := _TIME_SLOT.match(title)) and title[slot.end() :]:
        title = title[slot.end() :]  # "17.05-17.15 Godkendelse af referat": a time-boxed topic
    if title[:1] == "(":
        title = _SLOT_IN_TITLE.sub("", title)
    if title[-1:].isdecimal() and (slot := _SLOT_AFTER_TITLE.search(title)) and slot.start():
        title = title[: slot.start()]
    if ("·" in title or "|" in title) and (case := _CASE_AFTER_TITLE.search(title)):
        title = title[: case.start()] or title  # "Vejbelysning · Sagsnr. 26/00134"
    if title[-2:] in (" ·", " |"):  # the case number after it was cut off as case data
        title = title[:-2].rstrip() or title
    if title[-1:] == ")" and (status := _STATUS_AFTER_TITLE.search(title)) and status.start():
        title = title[: status.start()]  # "Personalesag (Lukket sag)"
    if (
        "..." in title
        or "…" in title
        or ". ." in title
        or (" . " in title and title[-1:].isdigit())
    ):
        title = _LEADERS.sub("", title).strip()
    if title and ord(title[-1]) >= 0x2000:  # "vaskeriet 🧺": a pictograph after the title
        k = len(title)
        while k and _pictograph(title[k - 1]):
            k -= 1
        title = title[:k].rstrip() or title
    return title


_title_memo: Final = memo(_title_uncached, 2048)
_LEADING_SEPARATORS: Final = frozenset("–—-·|▸")
_REMARK_AFTER_BOLD: Final = re.compile(  # "(beslutning)", "Sag nr. 2022-0417" after the bold
    r"\s*(?:\([^()]{1,40}\)[.:]?"
    r"|(?:[·|]\s*)?(?:sag\s*nr\.?|sagsnr\.?|j\.\s?nr\.?)\s*:?\s*[\w./-]{2,30}"
    r"|[·|])\s*",  # (the case number after the dot cut off as the item's case data)
    re.IGNORECASE,
)
_CASE_AFTER_TITLE: Final = re.compile(
    r"\s+[·|]\s*(?:(?:sag\s*nr|sagsnr|j\.\s?nr|journalnr)\.?\s*:?\s*[\w./-]{2,30}"
    r"|\[\d{2,4}[/-]\d{2,6}\])$",
    re.IGNORECASE,
)
"""A case number after a title, behind a middle dot or a bar ("Vejbelysning · Sagsnr.
26/00134", "Trafiksikkerhedsplan · [19/08812]", "Lokalplan 12 | J.nr. 01.02.05-P16")."""


def _bold_with_remark(line: Line) -> bool:
    """A bold head with a short remark in parentheses after the bold ("**Punkt 3: Principper**
    (beslutning)", "**Punkt 1: Godkendelse** (5 min.)"): the same visual class as the bold
    heads without one."""
    lead = line.lead_label
    text = line.text
    return (
        lead is not None
        and text is not None
        and (text.endswith(")") or text[-1:].isdigit() or text[-1:] in "·|")
        and text.startswith(lead)
        and _REMARK_AFTER_BOLD.fullmatch(text, len(lead)) is not None
    )


_NO_WORDS: Final = re.compile(r"[\d\W]*")


_NUMBER_AGAIN: Final = re.compile(r"(?:item|punkt|pkt\.?)\s*(\d{1,3})\s*[:.–—-]\s*", re.IGNORECASE)
"""A bilingual head's number said again in the other language ("Punkt 1 – Item 1: ...")."""


def slot_start(line: Line) -> str | None:
    """The time slot or clock time a head opens with ("## 11.03.2025 · 17.00–17.05 · Punkt 1:
    ...", "18:30 – Punkt 1: ..."), as written; ``None`` where it has none."""
    text = line.content.strip().lstrip("*_ ")
    if not text[:1].isdecimal() and text[:2].casefold() != "kl":
        return None
    if (dated := _DATE_BEFORE_SLOT.match(text)) is not None:
        text = text[dated.end() :]
    slot = _TIME_SLOT.match(text) or _TIME_THEN_NUMBER.match(text)
    return slot.group(0) if slot is not None else None


def head_of(line: Line, index: int) -> Head | None:
    """The item head on a line, or None. Numbers are normalised: "01" -> "1", "3.0" -> "3"."""
    head = _head_of(line, index)
    if head is not None and head.title and not head.rest and _breaks_in(line.raw):
        head = _broken_head(head, line)
    if head is not None and not head.rest and (mark := _CHECK_INSIDE.search(head.title)):
        # "1️⃣ Referat fra sidst ✅ godkendt": the tick and what follows are its decision
        head = head.but(
            title=head.title[: mark.start()].rstrip(" –-:"), rest=head.title[mark.start() :]
        )
    again = (
        _NUMBER_AGAIN.match(head.title) if head is not None and head.title[:1] in "IiPp" else None
    )
    if head is not None and again is not None and again.group(1) == head.number:
        head = head.but(title=head.title[again.end() :])  # "Punkt 1 – Item 1: Godkendelse ..."
    if head is not None and not head.title and line.text.startswith(("pkt", "punkt")):
        return None  # "... under" / "pkt. 9.": a sentence wrapped before its reference
    if head is not None and ")" in head.title and _NO_WORDS.fullmatch(head.title):
        return None  # "4.2)." wrapped from "(bilag" above: the rest of a reference, no item
    if head is None or (head.number.isdigit() and not head.number.startswith("0")):
        return head
    if "/" in head.number or "-" in head.number:  # "23/2025", "2025-009": a case of the year,
        return head  # as written
    parts = [p.lstrip("0") or "0" for p in head.number.split(".")]
    while len(parts) > 1 and parts[-1] == "0":
        parts.pop()  # "1.0 Velkomst" is item 1
    number = ".".join(parts)
    return head.but(number=number, top=int(parts[0]))


_CHECK_INSIDE: Final = Needs(r"(?<=\w)\s*[✅✔☑]\s*\w", ("✅", "✔", "☑"))
_LINE_BREAK: Final = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BREAK_LINE_MAX: Final = 1_000


def _breaks_in(raw: str) -> bool:
    """An HTML line break on a head's source line, looked for only on a line of an item's size
    (the pieces of a transcript's one long line share its source: searching it for each piece
    would cost the square of its length)."""
    return len(raw) <= _BREAK_LINE_MAX and "<br" in raw


def _broken_head(head: Head, line: Line) -> Head:
    """A head whose line goes on after an HTML line break ("2. Økonomi<br>Kassereren
    orienterede. ..."): the head of the line's text up to the break, the text after it the
    item's (when it opens as a sentence does; "Valg af<br>revisor" is one title)."""
    parts = _LINE_BREAK.split(line.raw, 1)
    after = plain(parts[1]).strip() if len(parts) == 2 else ""
    if not after or not (after[0].isupper() or after[0].isdigit()):
        return head
    text = line.text.rstrip()
    if not text.endswith(after) or len(text) == len(after):
        return head
    broken = _head_of(line.with_text(text[: len(text) - len(after)].rstrip()), head.index)
    if broken is None or not broken.title or broken.number != head.number:
        return head
    return broken.but(rest=after)


def _number_mark(line: Line, before_title: str) -> str:
    """What follows a numbered line's number, as written: ")" ("1) Budget") or "." (also
    "1 / Budget"). A list line's text has its number again, so the marker is read from the
    source line."""
    if line.list_number is not None and (m := _LIST_MARK.match(line.raw)) is not None:
        return m.group(1)
    return ")" if ")" in before_title else "."


def _of_total(m: re.Match[str], text: str) -> bool:
    """ "Dagsordenspunkt 3/7", "Punkt 2/12": the item's number out of all (not a case's year,
    which "Sag 12/25" and four digits write)."""
    total = m.group(3)[1:]
    return len(total) <= 2 and text[:3].casefold() != "sag" and int(total) >= int(m.group(1))


_STATUS_PREFIX: Final = re.compile(
    rf"\[(?:{alternation(ATTACHMENT_ACCESS)})(?:\s+(?:sag|punkt|møde))?\]\s*(?=\S)",
    re.IGNORECASE,
)
"""A case system's status in brackets before an item's number ("[Åben sag] 41. ...")."""


_NESTED_MARKERS: Final = re.compile(r"^[ >]*(\d{1,3})[.)]\s+(\d{1,2}\.\s+\S.*)$")
"""An item's line whose title opens with a number and a dot ("6) 1. maj", "3. 2. behandling af
budgettet"): Markdown reads a list inside a list, the outer number lost from the text."""


def _head_of(line: Line, index: int) -> Head | None:
    if line.kind in (LineKind.BLANK, LineKind.RULE, LineKind.TABLE_RULE, LineKind.HTML):
        return None
    if line.kind is LineKind.TABLE_ROW:
        return _table_head(line, index)
    text = line.content.strip()
    depth = line.list_depth
    if depth > 1 and line.list_number is None and text[:1].isdecimal():
        nested = _NESTED_MARKERS.match(line.raw)
        if nested is not None:  # "6) 1. maj": Markdown's list in a list, a title with a number
            text, depth = f"{nested.group(1)}. {nested.group(2)}", depth - 1
    if line.checkbox is not None and not text[:1].isdecimal():
        return None  # a to-do; "- [ ] 3. Økonomi" is an item of an agenda written as boxes
    if text[:1] in _MARKERS:  # "▸ 23. Godkendelse af dagsorden": an accordion's marker
        text = text.lstrip("".join(_MARKERS) + " ")
    elif (text and ord(text[0]) >= 0x2000) or "\u20e3" in text[:3]:
        keycap = "\u20e3" in text[:4]
        text = _without_pictographs(text)
        if keycap and (line.kind is LineKind.HEADING or line.strong):
            m = _KEYCAP_HEAD.match(text)  # "## 1️⃣ godkendelse af dagsorden": a number however
            if m is not None:  # the title is written
                number = m.group(1)
                return Head(index, number, int(number), _title(m.group(2)), "heading", False, 0)
        elif keycap and line.kind is LineKind.TEXT and not line.bullet and line.quote == 0:
            m = _KEYCAP_HEAD.match(text)  # "1️⃣ forårskoncerten lør 26/4 kl 14": a post's topic
            if m is not None and len(m.group(2)) <= _KEYCAP_TITLE_MAX:
                number = m.group(1)
                return Head(index, number, int(number), _title(m.group(2)), "line", False, 0)
    if text[:1] == "[" and (status := _STATUS_PREFIX.match(text)) is not None:
        text = text[status.end() :]  # "[Åben sag] 41. Godkendelse af dagsorden": its status
    if (
        text[1:2] in (".", ")")
        and "A" <= text[0] <= "Z"
        and (lettered := _capital_head(text, index, quoted=line.quote > 0)) is not None
    ):  # "**B. Økonomi**"; on a plain line too ("B. Meddelelser fra formand og direktion"),
        # kept only in a sequence from A
        if line.kind is LineKind.HEADING or line.strong:
            return lettered
        if not line.bullet and line.list_depth == 0 and line.kind is LineKind.TEXT:
            return lettered.but(base="line")
    if (
        text[1:2] == ")"
        and "a" <= text[0] <= "h"
        and line.kind is LineKind.HEADING
        and (m := _SMALL_LETTER_HEAD.match(text)) is not None
        and _plausible_title(title := _title(m.group(2)))
        and title[0].isupper()
    ):  # "### a) Godkendelse af dagsorden": a pupils' council's items, lettered (kept only in
        # a sequence from a, where no numbered heading is an item: ``_symbol_sequences``)
        place = ord(m.group(1)) - ord("a") + 1
        return Head(index, str(place), place, title, "heading", line.quote > 0, 0, symbolic=True)
    if (
        text[:3] == "Ad "
        and text[4:5] in (".", ")")
        and "A" <= text[3] <= "Z"
        and (lettered := _capital_head(text[3:], index, quoted=line.quote > 0)) is not None
    ):  # "Ad C. Revisionsprotokollat ...": the minutes of item C
        return lettered.but(base="keyword", regarding=True)
    if text and (line.kind is LineKind.HEADING or line.strong):
        m = _BRACKETED.match(text) if text[0] in "[(" else None
        if m is not None:  # "## [85] Godkendelse af dagsorden", "### (1) Godkendelse af referat"
            number = m.group(1) or m.group(2)
            title = _title(m.group(3))
            return Head(index, number, int(number), title, "heading", line.quote > 0, 0)
        m = _NUMBER_AFTER.match(text) if text[-1:] == ")" else None
        if m is not None:  # "### Valg af dirigent (pkt. 1)"
            number = m.group(2)
            title = _title(m.group(1))
            return Head(index, number, int(number), title, "heading", line.quote > 0, 0)
    if not text or not (text[0] in _HEAD_START or text[0].isdecimal() or text[0] in "#[kK"):
        return None
    if len(text) > 300 and (len(text) > 2000 or text[:3].casefold() not in ("ad ", "ad.")):
        return None  # a long paragraph is no head; "Ad 4. <the item's minutes>" may be one
    if text[0].isdecimal() and _SLOT_ALONE.fullmatch(text):
        return None  # "17.00 - 17.15" alone: a school board's time slot over its topics
    if text[0] == "#" and text[1:2].isdecimal():
        text = text[1:]  # "#1 — Meddelelser", "**#3 Budget**": the number sign
    if text[0].isdecimal() and (dated := _DATE_BEFORE_SLOT.match(text)) is not None:
        text = text[dated.end() :]  # "11.03.2025 · 17.00–17.05 · Punkt 1: ..."
    if (text[0].isdecimal() or text[0] in "[kK") and (
        slot := _TIME_SLOT.match(text) or _TIME_THEN_NUMBER.match(text)
    ):
        text = text[slot.end() :]  # "16.00-16.15 Punkt 1: Velkomst", "10.05  2) Opsamling"
        if not text or not (text[0] in _HEAD_START or text[0].isdecimal()):
            return None
    elif text[0] in "#[kK":
        return None
    digit = text[0].isdecimal()  # what "\d" matches: _MULTI, _NUMBERED and _BARE open with it
    quoted = line.quote > 0
    indent = 0
    if line.kind is LineKind.HEADING or line.strong:
        base = "heading"
    elif _bold_with_remark(line):
        base = "heading"
        if text[-1:].isdigit() and line.lead_label and text.startswith(line.lead_label):
            text = line.lead_label  # "**5.0 Salg af andel** Sag nr. 2022-0417": case data
    elif line.kind is LineKind.CODE and line.list_depth == 0:
        base, indent = "code", max(0, line.indent - 4) // 4
    else:
        base = "line"
        indent = depth - 1 if depth > 1 else (1 if line.indent >= 4 and depth == 0 else 0)
    m = _KEYWORD.match(text)
    if m:
        number = m.group(1) + (f".{m.group(2)[-1].lower()}" if m.group(2) else "")
        if m.group(3) and m.group(3)[0] == "/" and not m.group(2) and not _of_total(m, text):
            number += m.group(3)  # "Sag nr. 112/2025": the case of the year
        title = _title(m.group(4))
        regarding = text[:2].casefold() == "ad"
        joint: tuple[str, ...] = ()
        while regarding and title and (also := _ALSO_ITEM.match(title)) is not None:
            joint += (also.group(1),)  # "Ad 1 og 2", "Ad 1, 2 og 3": read under item 1, shared
            title = title[also.end() :]
        if (
            title
            and title[0].islower()
            and line.kind is not LineKind.HEADING
            and not (regarding and _LETTER_OPENS.match(title))  # ("**Ad 2)** a) Finn ...": its
            # sub-points' minutes run on); "Pkt. 1  godkendelse af dagsorden": set apart from
            # its number, a topic in small letters
            and not (_SET_APART.match(line.raw) and _set_apart_topic(title))
            and not (line.strong and _small_topic(title))  # "**Pkt. 6 evt.**": bold alone
            # "ad 3 økonomi" alone on its line, over its minutes: hand-typed, all small
            and not (regarding and text[:2] == "ad" and _small_topic(title) and not _clause(title))
        ):
            return None  # "*Punkt 3 blev behandlet efter punkt 4.*": a remark, not a head
        if text[0] == "§":  # "§ 4 stk. 2 ændres til: ...": a statute's paragraph, a class apart
            if title and not _plausible_title(title):
                return None
            base, indent = "statute", 0
        elif base in ("line", "code"):
            base, indent = "keyword", 0
        top = int(number.split(".")[0].split("/")[0].rsplit("-", 1)[-1])  # ("2025-009": 9)
        return Head(
            index, number, top, title, base, quoted, indent, regarding=regarding, joint=joint
        )
    m = _MULTI.match(text) if digit else None
    if m:
        number = m.group(1)
        title = _title(m.group(2) or "")
        if (
            title
            and not _plausible_title(title)
            # "### 4.1 flytte øvning fra tirsdag til onsdag (forslag fra bas-gruppen)": a
            # sub-point's Markdown heading in small letters, however long, unless a sentence
            and not (line.kind is LineKind.HEADING and _heading_topic(title))
        ):
            return None
        return Head(index, number, int(number.split(".")[0]), title, base, quoted, indent)
    m = _NUMBERED.match(text) if digit else None
    if m:
        if _DATE_START.match(text) or _TIME_START.match(text):
            return None
        letter = m.group(2) or m.group(3)
        number = m.group(1) + (f".{letter}" if letter else "")
        title = _title(m.group(4))
        if title.startswith(f"{number}. "):  # "1. [[#1. Status]]": the number written twice
            title = title[len(number) + 2 :]
        inner = _INNER_NUMBER.match(title) if line.list_number is not None and not letter else None
        if inner is not None and int(inner.group(1)) > int(number):
            # "1. [34. Godkendelse af dagsorden](#p34)": a contents list of the items' own numbers
            number, title = inner.group(1), inner.group(2)
            return Head(index, number, int(number), title, base, quoted, indent)
        if not title and base != "heading" and line.list_number is None:
            return None
        if (
            title
            and not _plausible_title(title)
            # "**1. referat fra sidst**", "1) godkendelse af dagsorden": a topic in small letters,
            # on a bold line or after a parenthesis (not "1. at ...": a clause)
            and not (
                (
                    base == "heading"
                    or ")" in text[: m.start(4)]
                    or _PAREN_MARK.match(line.raw)
                    or (line.list_number is not None and not _clause(title))
                )
                and _small_topic(title)
            )
        ):
            return None
        mark = "" if base != "line" else _number_mark(line, text[: m.start(4)])
        return Head(index, number, int(m.group(1)), title, base, quoted, indent, mark=mark)
    if text[0] in "IVX" and (m := _ROMAN_HEAD.match(text)):
        value = _roman_value(m.group(1))
        title = _title(m.group(2))
        if value is None or not title or not _plausible_title(title):
            return None
        return Head(index, str(value), value, title, base, quoted, indent, symbolic=True)
    if (
        digit
        and base in ("line", "heading", "code")
        and len(text) <= 120
        # (a bullet's number with a mark after it: "- 1 · Godkendelse af dagsorden", Notion)
        and (
            not line.bullet
            or base == "heading"
            or _MARKED_NUMBER.match(text) is not None
            # "- [85 Godkendelse af dagsorden](#p85)": a web page's contents, linked to its items
            or (line.raw.lstrip()[2:3] == "[" and _LINKED_ENTRY.match(line.raw) is not None)
        )
        and line.list_number is None
    ):
        m = _BARE.match(text)
        if m is None and base == "heading":  # "**1 referat fra sidst**": bold, in small letters
            m = _BARE_SMALL.match(text)
            m = m if m is not None and _small_topic(m.group(3)) else None
        if (
            m
            and line.bullet
            and not text[len(m.group(1)) : m.start(3)].strip()
            and _LINKED_ENTRY.match(line.raw) is None
        ):
            m = None  # "- **3 Stemmer**"; "- **1 | Godkendelse af referat**" (a bar) is a head
        if m and not _DATE_START.match(text):
            number = m.group(1) + (f".{m.group(2)}" if m.group(2) else "")
            return Head(index, number, int(m.group(1)), _title(m.group(3)), base, quoted, indent)
        m = _CASE_OF_YEAR.match(text) if base == "heading" and "/" in text[:4] else None
        if m is not None:  # "#### 23/2025 Godkendelse af dagsorden": item 23/2025, the 23rd
            return Head(index, m.group(1), int(m.group(2)), _title(m.group(3)), base, quoted, 0)
    return None


_INNER_NUMBER: Final = re.compile(r"^(\d{1,3})\.\s+([A-ZÆØÅ].*)$")


def _italic_sentence(line: Line) -> bool:
    """A line in italics alone (``*...*``, ``_..._``, not bold) that ends a sentence: a remark or
    a decision written in italics, no topic's title."""
    raw = line.raw.strip()
    return (
        raw[:1] in "*_"
        and raw[1:2] not in "*_"
        and line.text.rstrip().endswith((".", "!"))
        and " " in line.text
    )


def _capital_head(text: str, index: int, *, quoted: bool) -> Head | None:
    """A heading or bold line numbered by a capital letter ("B. Økonomi", "C) Eventuelt"): its
    letter's place in the alphabet is its number (as a Roman numeral's value is), kept only in
    a sequence from A (``_symbol_sequences``)."""
    m = _CAPITAL_HEAD.match(text)
    if m is None:
        return None
    title = _title(m.group(2))
    if not title or not title[0].isupper() or not _plausible_title(title):
        return None
    value = ord(m.group(1)) - ord("A") + 1
    return Head(index, str(value), value, title, "heading", quoted, 0, symbolic=True)


def _pictograph(char: str) -> bool:
    """An emoji or other pictograph, or a joiner inside one ("📌", "🧺", the variation selector)."""
    return char in _PICTOGRAPH_JOINERS or unicodedata.category(char) == "So"


def _without_pictographs(text: str) -> str:
    """ "📌 1. Velkomst" -> "1. Velkomst", "1️⃣ Velkomst" -> "1 Velkomst": emoji before a head."""
    keycaps = _KEYCAPS.match(text)
    if keycaps:
        digits = "".join(c for c in keycaps.group() if c.isdecimal())
        return digits + text[keycaps.end() :]
    k = 0
    while k < min(len(text), 8) and _pictograph(text[k]):
        k += 1
    return text[k:] if k else text


def _roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral up to 39, None for a non-canonical one ("IIII", "VX")."""
    total = 0
    for k, char in enumerate(numeral):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[numeral[k + 1]] if k + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if total > 0 and _roman(total) == numeral else None


def _roman(value: int) -> str:
    tens, units = divmod(value, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


_CELL_NUMBER: Final = anchored(
    r"^(?:(?:punkt|pkt\.?|ad)\s*)?(\d{1,3}(?:\.\d{1,2})*)[.)]?$", re.IGNORECASE
)
_CELL_LETTERED: Final = re.compile(r"^(\d{1,3})([a-z])[.)]?$")
"""A table row's number with a sub-point's letter ("| 4a | Forslag fra bestyrelsen | ... |")."""
_CELL_TIME: Final = re.compile(r"^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?$")


_CELL_HEAD: Final = re.compile(
    r"^(?:(?:punkt|pkt\.?)\s*)?(\d{1,3})(?:[.):]\s*|\s+)(\S.*)$", re.IGNORECASE
)


_CASE_CELL: Final = re.compile(r"^\d{1,4}(?:[/.-]\d{1,6}){1,3}[A-ZÆØÅ]?\d{0,3}$")
"""A case number alone in a cell ("24/8812", "00.01.00P20", "2024-0417"), not a title."""


def table_columns(cells: tuple[str, ...]) -> tuple[int, int]:
    """The columns of an agenda-table row's item number and title: (0, 1), or (1, 2) after a
    time column ("| 17.00 | 1 | Velkomst | Sofie |"); the same column twice when one cell holds
    both ("| 17.00 | 1. Velkomst | | Godkendt |")."""
    first = 1 if len(cells) >= 3 and _CELL_TIME.match(cells[0].strip()) else 0
    cell = cells[first].strip() if first < len(cells) else ""
    m = None if _CELL_NUMBER.match(cell) else _CELL_HEAD.match(cell)
    if m is not None and _plausible_title(m.group(2)) and not _DATE_START.match(cell):
        return first, first
    lettered = _SUFFIX_LETTER.match(cell) if m is None and cell[:1].isdecimal() else None
    if lettered is not None and _plausible_title(lettered.group(3)):
        return first, first  # "| 4a. Efterårslejr | Lejren holdes ... |": a sub-point's head
    if first == 0 and len(cells) >= 4 and _CELL_TIME.match(cells[1].strip()):
        return 0, 2  # "| 1 | 13:00 | Velkomst | Henrik |": the number, the time, the title
    if len(cells) > first + 2 and _CASE_CELL.match(cells[first + 1].strip()):
        return first, first + 2  # "| 3 | 24/8812 | Høring: ... | 3 |": the case, then the title
    return first, first + 1


def topic_column(header: tuple[str, ...]) -> int | None:
    """The column of topics in a table header ("| Time | Item | Who | Notes |": 1), if any."""
    return next((k for k, c in enumerate(header) if normalise_label.of(c) in TOPIC_COLUMNS), None)


def row_columns(row: tuple[str, ...], header: tuple[str, ...]) -> tuple[int, int]:
    """``table_columns`` of an agenda-table row; for a row with no number under a header with a
    topic column, (-1, that column)."""
    number_at, title_at = table_columns(row)
    if not header or number_at >= len(row):
        return number_at, title_at
    cell = row[number_at].strip()
    if (
        number_at != title_at
        and not _CELL_NUMBER.match(cell)
        and not _CELL_LETTERED.match(cell)
        and not _CELL_OF_YEAR.match(cell)  # ("| 37/2025 | Godkendelse af dagsorden |")
    ):
        column = topic_column(header)  # (a number, "7a" too, is the row's number)
        if column is not None:
            return -1, column
    return number_at, title_at


def time_column(label: str) -> bool:
    """A header cell of time slots or durations ("Time", "Tid", "Varighed")."""
    return normalise_label.of(label) in TIME_COLUMNS


def _heading_over_table(
    table: Run, candidates: list[tuple[int, int, list[Head]]], lines: tuple[Line, ...]
) -> bool:
    """The topics table stands right under a heading of a candidate run ("## Discussion items"
    over "| Time | Item | Who | Notes |"): those headings are the page's parts, the table's
    rows its topics."""
    j = table.heads[0].index - 1
    while j >= 0 and lines[j].kind in (LineKind.TABLE_ROW, LineKind.TABLE_RULE):
        j -= 1  # (the header row and its rule)
    while j >= 0 and lines[j].blank:
        j -= 1
    return any(h.index == j for c in candidates for h in c[2])


def _table_topic_run(lines: tuple[Line, ...]) -> Run | None:
    """A table whose header names a topic column and whose rows have no numbers ("| 5 min |
    Status på porteføljen | Mette | Taget til efterretning. |"): each row is an item, the
    table with the most such rows (two at least)."""
    best: list[Head] = []
    for i in range(len(lines) - 1):
        line = lines[i]
        if line.kind is not LineKind.TABLE_ROW or lines[i + 1].kind is not LineKind.TABLE_RULE:
            continue
        if i > 0 and lines[i - 1].kind is LineKind.TABLE_ROW:
            continue
        column = topic_column(line.cells)
        if column is None:
            continue
        heads: list[Head] = []
        j = i + 2
        while j < len(lines) and lines[j].kind is LineKind.TABLE_ROW:
            cells = lines[j].cells
            title = without_marks(cells[column].strip()) if column < len(cells) else ""
            if title and _plausible_title(title):
                heads.append(Head(j, "", 0, _title(title), "table", False, 0))
            j += 1
        if len(heads) >= 2 and len(heads) > len(best):
            best = heads
    return Run(best) if best else None


def _table_head(line: Line, index: int) -> Head | None:
    """A table row "| 4 | Budget | Godkendt |" (or "| 17.00 | 4 | Budget |", "| 17.00 | 4.
    Budget | |"): an item in an agenda table; or a table of its own per item, headed by its
    topic ("| Emne | 3. Høring om bostøtte |" over "| Beslutning | ... |")."""
    cells = [c.strip() for c in line.cells]
    if (
        len(cells) == 2
        and cells[1][:1].isdecimal()
        and normalise_label.of(cells[0]) in TITLE_COLUMNS
    ):
        m = _CELL_HEAD.match(cells[1])
        if m is None or _NUMERIC_DATE.match(cells[1]):
            return None
        return Head(index, m.group(1), int(m.group(1)), _title(m.group(2)), "table", False, 0)
    first, title_at = table_columns(line.cells)
    if title_at == first:  # "1. Velkomst" in one cell
        m = _CELL_HEAD.match(cells[first])
        if m is None or _NUMERIC_DATE.match(cells[first]):
            return None  # "| 11.03.2025 | Mobilprincipper ... |": a date, no item number
        number, title = m.group(1), _title(m.group(2))
        return Head(index, number, int(number), title, "table", False, 0)
    if len(cells) < title_at + 1 or not cells[title_at]:
        return None
    if (year := _CELL_OF_YEAR.match(cells[first])) is not None and _plausible_title(
        cells[title_at]
    ):  # "| 37/2025 | Godkendelse af dagsorden |", "| 40/2025 a | ... |": a case of the year
        number = year.group(1) + (f".{year.group(2)}" if year.group(2) else "")
        return Head(
            index, number, int(number.split("/")[0]), _title(cells[title_at]), "table", False
        )
    m = _CELL_NUMBER.match(cells[first]) or _CELL_LETTERED.match(cells[first])
    if not m or not _plausible_title(cells[title_at]) or _NUMERIC_DATE.match(cells[first]):
        return None
    number = m.group(1) if m.lastindex == 1 else f"{m.group(1)}.{m.group(2)}"  # "4a": "4.a"
    title = _title(cells[title_at])
    return Head(index, number, int(number.split(".")[0]), title, "table", False, 0)


_CELL_OF_YEAR: Final = re.compile(r"^(\d{1,3}/(?:19|20)\d{2})(?:\s?([a-h]))?$")
"""A table row's item numbered within its year ("37/2025"), perhaps lettered ("40/2025 a")."""
_AMOUNT: Final = re.compile(r"^\d+\s*(kr|mio|%|stk|timer|min)")
_NUMERIC_DATE: Final = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")  # "11.03.2025"


_SMALL_TOPIC: Final = re.compile(  # ("kantinen/madordningen", "boldbanen + nye mål",
    # "økonomi / kontingent"; a short word may be abbreviated: "kass. orientering", "... areal
    # v. Grindsted Å")
    r"[a-zæøå][\w-]*(?:(?<=^\w{3})\.|(?<=^\w{4})\.|(?<=^\w{5})\.)?(?:/[\w-]+)*"
    # (a remark in brackets: "bestyrelsens beretning (mig)")
    r"(?: (?:[\w–-]+(?:/[\w-]+)*(?:(?<= \w)\.|(?<= \w\w)\.|(?<= \w{3})\.)?|v/|&|\+|/"
    r"|\((?![A-ZÆØÅ]{1,3}\))[\w .,/–-]{1,30}\))){0,9}"  # (not a party's "(A)": a person)
    r"(?: ?[?!]+)?"
)
_NO_TOPIC_START: Final = frozenset(
    (
        "at", "der", "som", "og", "men", "hvis", "når", "fordi", "til", "for", "med", "i", "på",
        "af", "om", "det", "den", "de", "en", "et", "vi", "jeg", "man", "kan", "skal", "vil", "er",
        "var", "blev", "har", "ikke", "så", "eller", "samt", "hvor", "hvordan", "hvad", "maj",
    )
)  # fmt: skip


def _without_abbreviation_stop(title: str) -> str:
    """The title without the full stop of an abbreviation it ends with ("evt." -> "evt";
    ``TOPIC_END_ABBREVIATIONS``)."""
    if title[-1:] == "." and title.rsplit(" ", 1)[-1] in TOPIC_END_ABBREVIATIONS:
        return title[:-1]
    return title


def _small_topic(title: str) -> bool:
    """A topic written in small letters ("godkendelse af dagsorden", "siden sidst", "evt"): a
    few words, no sentence, not opening as a clause does ("at kommunen ...", "der er ...")."""
    title = _without_abbreviation_stop(title)
    return (
        len(title) <= 60  # "praktik – problemer med godkendelse af praktiksteder"
        and _SMALL_TOPIC.fullmatch(title) is not None
        and title.split(" ", 1)[0] not in _NO_TOPIC_START
        and (title.count(" ") <= 7 or not _clause(title))  # (a long one: no sentence)
    )


_FINITE_VERBS: Final = frozenset(
    (
        "er", "var", "blev", "bliver", "skal", "skulle", "kan", "kunne", "vil", "ville", "har",
        "havde", "må", "måtte", "bør", "burde", "gives", "ønsker", "mener", "får", "fik",
    )
)  # fmt: skip


def _clause(title: str) -> bool:
    """A numbered list's line in small letters that says something ("dagsorden for mødet bliver
    godkendt"): a finite verb among its words, a point of the text rather than a topic."""
    return not _FINITE_VERBS.isdisjoint(title.split())


def _set_apart_topic(title: str) -> bool:
    """A topic in small letters after its number and a gap or a colon ("Pkt. 4  forslag om
    "Kvindernes Café" i Multihuset"): a few words, not a sentence and not a clause's start."""
    title = _without_abbreviation_stop(title)  # "Pkt 8 – evt."
    return (
        len(title) <= 80
        and title[-1:] not in ".!?"
        and title.split(" ", 1)[0] not in _NO_TOPIC_START
        and (_small_topic(title) or title.count(" ") <= 8)
    )


def _heading_topic(title: str) -> bool:
    """A topic in small letters on a Markdown heading of its own: a title of any words up to an
    item's length, not a sentence ("... blev godkendt."), not a clause's start and not an amount
    ("2.5 mio. kr. ...")."""
    title = _without_abbreviation_stop(title)
    first = title.split(" ", 1)[0]
    return (
        len(title) <= 120
        and title[-1:] not in ".!?"
        and first not in _NO_TOPIC_START
        and first.rstrip(".") not in _UNITS
        and not _clause(title)
    )


_UNITS: Final = frozenset(("mio", "mia", "mill", "kr", "pct", "procent", "timer", "min", "km", "m"))


def _plausible_title(title: str) -> bool:
    first = title[0]
    if first.islower():
        return False
    return not (first.isdigit() and _AMOUNT.match(title))


def letter_head(line: Line) -> tuple[str, str] | None:
    """A lettered sub-point head ("a) Medlemsfolder", "B. Midler ...")."""
    if line.kind not in (LineKind.TEXT, LineKind.HEADING, LineKind.CODE):
        return None
    m = _LETTER.match(line.content.strip())
    if not m:
        return None
    return m.group(1), _title(m.group(2))


def letter_row(line: Line) -> tuple[str, str] | None:
    """A table row lettered in its first cell with text, the cells before it empty ("| | a)
    Formanden | Orienterede om budgetmødet. |" under "| 5 | Meddelelser | |")."""
    if line.kind is not LineKind.TABLE_ROW:
        return None
    cell = next((c.strip() for c in line.cells if c.strip()), "")
    if not line.cells or line.cells[0].strip() or not cell:
        return None
    m = _LETTER.match(cell)
    if not m:
        return None
    return m.group(1), _title(m.group(2))


_EMPHASISED_AFTER_LETTER: Final = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\d{1,3}\s?)?[a-zA-Z]\s*[.)]\s+(\*\*|__|\*|_)(?=[^\s*_])([^*_]+?)(?<=\S)\1"
    r"(?![*_])\s+\S"
)


def letter_lead(line: Line) -> tuple[str, str] | None:
    """A lettered sub-point whose emphasised title has its text after it on the line ("a.
    *Forslag om nyt tag.* Kræver 2/3 flertal af de fremmødte."): (title, the text after it);
    None for any other line (a title that runs to the end of its line)."""
    m = _EMPHASISED_AFTER_LETTER.match(line.raw)
    if m is None or line.kind is not LineKind.TEXT:
        return None
    plain = _LETTER.match(line.content.strip()) or _SUFFIX_LETTER.match(line.content.strip())
    if plain is None:
        return None
    text = plain.group(plain.lastindex or 0)
    said = m.group(2).strip()
    if not text.startswith(said):
        return None  # markup inside the emphasis: not cut by its plain text
    title, rest = _title(said).rstrip("."), text[len(said) :].strip()
    if not (title and rest) or not (said[-1] in ".:!?" or rest[0].isupper() or rest[0].isdigit()):
        return None  # "b. *Lys* på bane 5": a word stressed in the title
    return title, rest


_SUFFIX_LETTER: Final = re.compile(r"^(\d{1,3})\s?([a-z])\s*[.)]\s+(\S.*)$")
_LETTER_CELL: Final = re.compile(r"^(\d{1,3})\s?([a-z])[.)]?$")  # "| 3a |" over its title


def suffix_letter_head(line: Line, parent: str) -> tuple[str, str] | None:
    """A sub-point lettered after its item's number ("2a. Ny redaktør", "#### 2b) Vejbump", a
    table row's first cell) under item ``parent``: (letter, title)."""
    if line.kind is LineKind.TABLE_ROW and line.cells:  # "| 4a. Efterårslejr | Lejren ... |"
        m = _SUFFIX_LETTER.match(line.cells[0].strip())
        alone = _LETTER_CELL.match(line.cells[0].strip()) if m is None else None
        if alone is not None and alone.group(1) == parent and len(line.cells) > 1:
            title = line.cells[1].strip()  # "| 3a | Shelterplads ved Rindum Sø | ... |"
            return (alone.group(2), _title(title)) if title else None
    elif line.kind not in (LineKind.TEXT, LineKind.HEADING) or not line.text[:1].isdecimal():
        return None
    else:
        m = _SUFFIX_LETTER.match(line.content.strip())
    if not m or m.group(1) != parent:
        return None
    return m.group(2), _title(m.group(3))


def _continues(run: Run, head: Head) -> str | None:
    prev = run.heads[-1]
    if head.number == prev.number and similarity(head.title, prev.title) >= 80:
        return "dup"
    if not head.title and head.number == prev.number:
        return "dup"
    if head.number[-1:] == "a" and head.number[:-1] == prev.number:
        return "next"  # "Punkt 6a" inserted after "Punkt 6"
    if (
        (run.auto or len(run.heads) == 1)
        and head.top == 1
        and prev.top == 1
        and head.title != prev.title
    ):
        return "auto"
    if head.number == prev.number and not run.auto and head.title and prev.title:
        return "next"  # a duplicate number; reported later as duplicate-item-number
    if prev.top < head.top <= prev.top + 3 and not run.auto:
        return "next"
    if (
        prev.top < head.top <= prev.top + _HEADING_GAP
        and not run.auto
        and head.base == prev.base
        and head.base in ("heading", "keyword")
        and head.title
        and prev.title
    ):
        return "next"  # "### 7.", "### 12.", "Punkt 19:": an extract of some items only
    return None


_HEADING_GAP: Final = 15
"""How far apart the numbers of two items written as headings or with a keyword may be (an
extract of a protocol: "### 7. ...", "### 12. ...", "Punkt 19: ..."); other lines of text keep
the gap of 3."""


def _same_list(runs: list[Run], mark: str) -> Run:
    """The run a head of this mark may go on: the last one, unless its lines are numbered with
    the other mark ("1." inside item "3)": Markdown's two kinds of list) and the one before it
    with this mark ("3)" ... "1.", "2.", "3." ... "4)": item 4 goes on after item 3)."""
    last = runs[-1]
    if not mark or _mark_of(last) in ("", mark) or len(runs) < 2:
        return last
    return runs[-2] if _mark_of(runs[-2]) == mark else last


def _mark_of(run: Run) -> str:
    return next((h.mark for h in run.heads if h.mark), "")


def _lone_lettered_rows(heads: list[Head]) -> list[Head]:
    """A table's row lettered after an item's number with no sibling, right under that item's
    row ("| 7a | Forlig i voldgiftssag |" under "| 7 |", no "| 7b |"): an item inserted after
    item 7, numbered "7a" as written (as "## 7a. ..." is), not item 7's only sub-point. (A row
    "| 3b |" of a table of tasks with no row 3 stays sub-point 3.b's.)"""
    lettered = [h for h in heads if h.base == "table" and h.number[-2:-1] == "."]
    lettered = [h for h in lettered if h.number[-1:].isalpha()]
    if not lettered:
        return heads
    tops = Counter(h.number.split(".")[0] for h in lettered)
    rows = {h.index: h.number for h in heads if h.base == "table"}
    lone = {
        h.index
        for h in lettered
        if tops[top := h.number.split(".")[0]] == 1 and rows.get(h.index - 1) == top
    }
    return [h.but(number=h.number.replace(".", "")) if h.index in lone else h for h in heads]


def _parentless_points(heads: list[Head]) -> dict[int, Head]:
    """Heads numbered 4.1, 4.2, 4.3 ... under no head numbered 4 (a meeting's number, then its
    items': "**Punkt 4.1: Godkendelse af dagsorden**"): the items themselves, each taken as the
    item of its second number (by index)."""
    points = [h for h in heads if "." in h.number]
    if len(points) < 2 or len({h.top for h in points}) != 1:
        return {}
    top = points[0].top
    if any(h.top == top for h in heads if "." not in h.number):
        return {}
    minors = [h.number.split(".")[1] for h in points]
    if not all(m.isdecimal() for m in minors) or minors[0] not in ("1", "2"):
        return {}
    return {h.index: h.but(top=int(m)) for h, m in zip(points, minors, strict=True)}


def _runs(heads: list[Head]) -> list[Run]:
    by_class: dict[HeadClass, list[Run]] = {}
    parentless = _parentless_points(heads)
    for head in heads:
        if "." in head.number:
            if head.index not in parentless:
                continue
            head = parentless[head.index]
        runs = by_class.setdefault(head.cls, [])
        if runs:
            run = _same_list(runs, head.mark)
            verdict = _continues(run, head)
            if verdict == "dup":
                run.dups.append(head)
                continue
            if verdict is not None:
                run.heads.append(head)
                run.auto = run.auto or verdict == "auto"
                continue
        runs.append(Run([head]))
    _right_aligned_numbers(by_class)
    return [r for runs in by_class.values() for r in _out_of_order(runs)]


def _right_aligned_numbers(by_class: dict[HeadClass, list[Run]]) -> None:
    """An indented list of a plain-text notice whose numbers are right-aligned ("    9) Valg af
    revisor." over "   10) Eventuelt."): the two-digit number's line has one space less, so
    it is no indented code but a list line of its own. A run of one such head right under the
    last head of a code run, numbered next, joins that run."""
    code_runs = [r for cls, runs in by_class.items() if cls[0] == "code" for r in runs]
    if not code_runs:
        return
    for cls, runs in by_class.items():
        if cls[0] != "line":
            continue
        for run in list(runs):
            head = run.heads[0]
            if len(run.heads) != 1 or head.top < 10:
                continue
            for code in code_runs:
                last = code.heads[-1]
                if head.index == last.index + 1 and head.top == last.top + 1:
                    code.heads.append(head)
                    runs.remove(run)
                    break


def _out_of_order(runs: list[Run]) -> list[Run]:
    """Items taken out of order ("Punkt 1", "Punkt 3", "Punkt 2", "Punkt 4"): two runs in a row
    of one class, the second of at least two heads (or one heading or "Pkt." head), whose
    numbers together are 1..n without repeats are one run, in document order (linear: each
    run is compared with the one before it, whose numbers are kept in a set)."""
    merged: list[Run] = []
    numbers: list[set[int]] = []  # the numbers of each merged run
    for run in runs:
        tops = {h.top for h in run.heads}
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and not prev.auto
            and not run.auto
            and not prev.dups
            # not a stray "3 Relaterede dokumenter" (a page number); a heading or a keyword's
            # head may be one alone ("## 5. Høring" over "## 4. Budget" last, "Pkt. 4 ...")
            and (len(run.heads) >= 2 or run.heads[0].base in ("heading", "keyword"))
            and run.heads[0].top < prev.heads[-1].top
            and _one_sequence(numbers[-1], tops, len(prev.heads) + len(run.heads))
        ):
            prev.heads.extend(run.heads)
            prev.dups.extend(run.dups)
            numbers[-1] |= tops
            continue
        merged.append(run)
        numbers.append(tops)
    return merged


def _one_sequence(first: set[int], second: set[int], heads: int) -> bool:
    """The numbers of two runs together are 1..n (or 0..n), each once."""
    if len(first) + len(second) != heads or not first.isdisjoint(second):
        return False
    low, high = min(min(first), min(second)), max(max(first), max(second))
    return low in (0, 1) and high - low + 1 - heads in (0, 1 if heads >= 4 else 0)


_PAGE_LINK: Final = re.compile(r"^\s*\d{1,3}[.)]\s+\[[^\[\]]+\]\((?!#)[^()\s]+\)\s*$")


def _breadcrumb(run: Run, lines: tuple[Line, ...]) -> bool:
    """A numbered list of links to other pages at the very top of a page, over its first
    heading (Confluence's "1. [MIF Projekter](index.html)" / "2. [Fælles bookingløsning](...)"):
    the page's place in its site, not an agenda."""
    first = run.heads[0].index
    if any(not lines[i].blank for i in range(first)):
        return False
    if not all(_PAGE_LINK.match(lines[h.index].raw) for h in run.heads):
        return False
    j = _text_below(lines, run.heads[-1].index)
    return j < len(lines) and lines[j].kind is LineKind.HEADING


def _keep(run: Run, lines: tuple[Line, ...]) -> bool:
    """Runs of one line-class candidate count only when a section label follows it."""
    if len(run.heads) >= 2 and run.heads[0].index < 3 and _breadcrumb(run, lines):
        return False
    if len(run.heads) >= 2 or run.heads[0].base in ("heading", "keyword"):
        return True
    above = text_above(lines, run.heads[0].index)
    if above >= 0 and (lines[above].kind is LineKind.HEADING or lines[above].strong):
        key = normalise_label.of(lines[above].text)
        if key in MEETING_PART_HEADINGS or key in ONE_ITEM_PART_HEADINGS:
            return True  # "## Lukket punkt" over "11. Personalesag": a closed item, by title
    start = run.heads[0].index + 1
    return any(
        section_label(lines[i], None) is not None for i in range(start, min(start + 12, len(lines)))
    )


def _only_item(run: Run, lines: tuple[Line, ...]) -> bool:
    """A document's one numbered line, "1. Sommerfest" or "1) Sommerfest", with its text right
    under it and no other head anywhere: its one item (not a point under a line of prose that
    ends in ":", and not a line whose text is more list)."""
    head = run.heads[0]
    if len(run.heads) != 1 or head.base != "line" or head.number != "1" or head.indent:
        return False
    if not head.title or not _plausible_title(head.title) or _after_prose(lines, head.index):
        return False
    below = _text_below(lines, head.index)
    return (
        below < len(lines)
        and below - head.index <= 2
        and lines[below].kind is LineKind.TEXT
        and lines[below].list_number is None
        and not lines[below].bullet
    )


def _score(run: Run) -> float:
    return len(run.heads) * _WEIGHT[run.heads[0].base] + (
        0.5 if run.heads[0].base == "heading" else 0
    )


def _twins(a: Run, b: Run, facts: _RunFacts) -> bool:
    na, keys_a = facts.titles(a)
    nb, _ = facts.titles(b)
    shared = na.keys() & nb.keys()
    if not shared or len(shared) * 2 < min(len(na), len(nb)):
        return False
    if a.auto != b.auto:
        return False
    if _regarding(a, b, facts) or _regarding(b, a, facts):
        return True
    if _sentence_minutes(a, b, facts) or _sentence_minutes(b, a, facts):
        return True
    sims = [_title_similarity(na[n], nb[n], keys_a) for n in shared]
    return sum(sims) / len(sims) >= 55


def _regarding(minutes: Run, listing: Run, facts: _RunFacts) -> bool:
    """ "Ad 1. Godkendt." / "Ad 2: Regnskabet blev godkendt." after a listing of the items: the
    "Ad" lines name the listed items by number, whatever text follows the number."""
    first = minutes.heads[0]
    return (
        first.regarding
        and listing.last < minutes.first
        and listing.heads[0].title != ""
        and facts.dense(listing)
    )


def _sentence_minutes(minutes: Run, listing: Run, facts: _RunFacts) -> bool:
    """ "1) Godkendt." / "2) Rasmus gennemgik kassebeholdningen. Taget til efterretning." after
    a listing "1) Godk. af referat" / "2) Økonomi" numbered the same: each item's minutes
    written in sentences after its number, whatever the listed titles are."""
    return (
        listing.last < minutes.first
        and len(minutes.heads) >= 2
        and [h.number for h in minutes.heads] == [h.number for h in listing.heads]
        and all(h.title[-1:] in ".!?" for h in minutes.heads)
        and not all(h.title[-1:] in ".!?" for h in listing.heads)
        and facts.dense(listing)
    )


class _RunFacts:
    """What the twin test asks about a run, worked out once per run while the agenda is
    found (every run is compared with the runs of every group: recomputing made the test
    cost grow with the square of the runs): whether it is a listing (``_dense``), its titles
    by number and the keys of its titles."""

    __slots__ = ("_dense", "_lines", "_titles")

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self._lines = lines
        self._dense: dict[int, bool] = {}
        self._titles: dict[int, tuple[dict[str, str], set[str]]] = {}

    def dense(self, run: Run) -> bool:
        known = self._dense.get(id(run))
        if known is None:
            known = self._dense[id(run)] = _dense(run, self._lines)
        return known

    def titles(self, run: Run) -> tuple[dict[str, str], set[str]]:
        known = self._titles.get(id(run))
        if known is None:
            by_number = {h.number: h.title for h in run.heads}
            keys = {_title_key.of(t) for t in by_number.values() if t}
            known = self._titles[id(run)] = (by_number, keys)
        return known


def _regarding_text(items: list[list[Occurrence]], lines: tuple[Line, ...]) -> None:
    """An "Ad 1." line whose words are no title listed under 1 but a sentence ("Ad 3. Sagen
    blev udsat.") or the item's only text ("Ad 1. Godkendt."): the words are the item's
    minutes. A short title over text ("### Ad 5 – Jul", "Ad 6. Evt.") stays a title; after the
    listed title and a colon ("Ad 1. Godkendelse af dagsorden: Godkendt.") the rest is text."""
    for occs in items:
        listed = next((o.head.title for o in occs if o.role == "listing"), "")
        for occ in occs:
            head = occ.head
            if head.letters:
                occ.body_start = occ.start  # its own line is sub-point a
            if occ.role == "listing" or not head.title or not listed:
                continue
            if not head.regarding:  # "1) Godkendt uden bemærkninger." under the agenda's
                if (  # "1) Godk. af referat fra 26/11": the minutes of item 1, in a sentence
                    head.title[-1] in ".!?"
                    # "3) Intet.", "1) Godkendt." under a title of several words
                    and (" " in head.title or " " in listed or len(head.title) > len(listed))
                    and not _same_title(_title_key.of(head.title), _title_key.of(listed))
                    and not _after_listed_title(head.title, listed, plain=False)
                    and not head.title.casefold().startswith(listed.casefold().rstrip("."))
                ):
                    occ.head = head.but(title="", rest=head.title)
                continue
            after = _after_listed_title(head.title, listed, plain=head.base == "keyword")
            if after:  # "Ad 1. Godkendelse af dagsorden: Godkendt."
                occ.head = head.but(title=listed, rest=after)
                continue
            if _same_title(_title_key.of(head.title), _title_key.of(listed)):
                continue
            sentence = head.title[-1] in ".!?" and " " in head.title  # not "Evt."
            if sentence or (_paragraph_alone(occ, lines) and similarity(head.title, listed) < 80):
                occ.head = head.but(title="", rest=head.title)


def _after_listed_title(title: str, listed: str, *, plain: bool) -> str:
    """The words after the listed title and a colon or dash on an "Ad" line ("Godkendelse af
    dagsorden: Godkendt." under "Godkendelse af dagsorden" -> "Godkendt."), or a sentence right
    after it ("Velkomst Kim bød velkommen."), else ""."""
    if len(title) <= len(listed) or title[: len(listed)].casefold() != listed.casefold():
        return ""
    rest = title[len(listed) :]
    stripped = rest.lstrip()
    if stripped and rest[0] == " " and stripped[0].isupper() and stripped[-1] in ".!?":
        return stripped  # run together: "Ad 1. Velkomst Kim bød velkommen."
    if not stripped or stripped[0] not in ":–—-" or (stripped[0] == "-" and rest[0] != " "):
        return ""
    after = stripped[1:].strip()
    # a sentence, or after a colon on a plain line; not "### Ad 2. Økonomi – status pr. 1. marts"
    return after if after[-1:] in ".!?" or (stripped[0] == ":" and plain) else ""


def _sub_numbered(head: Head) -> bool:
    """ "Ad 4a." (number "4.a"), or "Ad 3.1" (an "Ad" line with a dotted number), or a table's
    row "| 4a |" or "| 4.1 |": a sub-point's minutes."""
    number = head.number
    if number[-2:-1] == "." and number[-1:].isalpha():
        return True
    dotted = number.count(".") == 1 and number.replace(".", "").isdecimal()
    return dotted and (head.regarding or head.base == "table")


def _lettered_parents(heads: list[Head]) -> list[Head]:
    """ "Ad 4a." and "Ad 4b." (or "Punkt 3 a", "Punkt 3 b", "Ad 3.1", a table's rows "| 4a |" or
    "| 4.1 |") with no "Ad 4." line (row) before them since item 3: the first one opens item 4 as
    well (it keeps its own head in the index of heads, so it is read as sub-point a of item 4)."""
    if not any(_sub_numbered(h) for h in heads):
        return heads
    last: dict[HeadClass, int] = {}  # per class: the last item number opened
    out: list[Head] = []
    before: int | None = None  # the item of the last "Ad" line (a run of minutes)
    for head in heads:
        lettered = _sub_numbered(head)
        if (
            lettered
            and not head.number[-1:].isalpha()
            and head.base != "table"
            and before in (None, head.top)
        ):
            lettered = False  # ("Ad pkt. 5.1:" alone under a table of items, or after "Ad
            # 4.1" under "## 4.": the item's own)
        if head.regarding:
            before = head.top
        if lettered and last.get(head.cls) != head.top:
            head = head.but(number=str(head.top), title="", letters=True)
        if "." not in head.number:
            last[head.cls] = head.top
        out.append(head)
    return out


_NEXT_AGENDA: Final = re.compile(
    r"^(?:(?:forslag til |foreløbig )?dagsorden (?:til|for) (?:det )?næste møde"
    r"|punkter til (?:det )?næste møde(?:s dagsorden)?|næste mødes dagsorden"
    r"|agenda for (?:the )?next meeting)\b"
)


def _without_next_agenda(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """ "## Dagsorden til næste møde" over a numbered list after the items: the next meeting's
    agenda, a note; its entries are no items of this meeting (nor twins of them)."""
    if len(heads) < 4:
        return heads
    first = heads[0].index
    numbered = {h.index for h in heads}
    for i in range(heads[-1].index - 1, first, -1):
        line = lines[i]
        if not line.text or ("ste m" not in line.text and "next" not in line.text):
            continue
        if i in numbered:
            continue  # "8) Punkter til næste møde" among the items: an item itself
        if _NEXT_AGENDA.match(normalise_label.of(line.text)):
            before = sum(1 for h in heads if h.index < i)
            return heads if before < 2 else [h for h in heads if h.index < i]
    return heads


def _without_summary(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """ "## Summary in English" after the items over "- Item 1: Agenda ... approved.", "- Item
    2: ...": a summary of the meeting retelling the items by their numbers, a note; its lines
    are no items (nor twins of them). Heads under it up to the next heading of its rank or
    above go when their numbers are the items' above it (one pass over the heads)."""
    if len(heads) < 4:
        return heads
    at = {h.index for h in heads}
    summary = -1
    for i in range(heads[1].index + 1, heads[-1].index):
        line = lines[i]
        if i in at or line.kind is not LineKind.HEADING or len(line.text) > _SUMMARY_HEADING_MAX:
            continue  # (a bold "**Resumé**" inside an item is its case's summary, a label)
        key = normalise_label.of(line.text).split(" (", 1)[0]  # ("... (for international
        if key in SUMMARY_HEADINGS and key not in SECTION_LABELS:  # staff)": a remark)
            summary = i
            break
    if summary < 0:
        return heads
    above = {h.number for h in heads if h.index < summary}
    rank = lines[summary].heading_level
    end = next(
        (
            j
            for j in range(summary + 1, len(lines))
            if lines[j].kind is LineKind.HEADING and lines[j].heading_level <= rank
        ),
        len(lines),
    )
    kept = [h for h in heads if not (summary < h.index < end and h.number in above)]
    return heads if len(kept) == len(heads) else kept


_SUMMARY_HEADING_MAX: Final = 60


def _without_follow_up(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """ "**Opfølgning fra sidste møde**" over "- Pkt. 3 UV-anlæg: ...", "- Pkt. 5 ...": the last
    meeting's items followed up in a list, not items of this one, when items come after it."""
    at = {h.index: h for h in heads}
    last = max(at, default=-1)  # (the last head: items must come after the list)
    dropped: set[int] = set()
    for i, line in enumerate(lines):
        if i in at or not line.text or line.bullet:
            continue
        if "lg" not in line.text and "ollow" not in line.text:
            continue  # (a cheap test: "Opfølgning", "Follow-up")
        if not normalise_label.of(line.text).startswith(FOLLOW_UP_LABELS):
            continue
        j = i + 1
        listed: list[int] = []
        while j < len(lines) and (lines[j].blank or lines[j].bullet):
            if j in at and lines[j].bullet:
                listed.append(j)
            j += 1
        if listed and last >= j:
            dropped.update(listed)
    return [h for h in heads if h.index not in dropped] if dropped else heads


def _repeated_first_items(heads: list[Head]) -> list[Head]:
    """ "1. Opfølgning på tidligere punkter", "1. Nye klubtrøjer", "1. Sponsoraftale", then
    "2. Økonomiopfølgning", "3. ...": Word lost the numbers of item 1's sub-points, not of the
    items after it; the repeated "1"s (two or more after the first) are its sub-points 1.1,
    1.2, ... (only where "2" and "3" follow them, "2" no deeper than the first "1")."""
    for k, head in enumerate(heads):
        if head.number != "1":
            continue
        end = k + 1
        while end < len(heads) and heads[end].number == "1":
            end += 1
        if (
            end >= k + 3
            and end + 1 < len(heads)
            and heads[end].number == "2"
            and heads[end + 1].number == "3"
            and heads[end].indent <= head.indent
        ):
            subs = [h.but(number=f"1.{n}") for n, h in enumerate(heads[k + 1 : end], 1)]
            return [*heads[: k + 1], *subs, *heads[end:]]
        return heads  # only the first "1" of the document is looked at
    return heads


_LONE_LETTER: Final = re.compile(r"^(\d{1,3})\.a$")


def _inserted_items(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """ "Punkt 6a: Julekoncert" after "Punkt 6: Aktivitetskalender" and its text, and no "Punkt
    6b": an item inserted into the agenda, numbered "6a", not sub-point a of item 6 (a lettered
    head right under its item's head, "Punkt 8 – Eventuelt" over "Punkt 8a – Kirkekaffe", or
    one of several letters, stays a sub-point)."""
    if not any(h.number[-2:] == ".a" for h in heads):
        return heads
    numbers = {h.number for h in heads}
    first: dict[str, Head] = {}
    out: list[Head] = []
    for head in heads:
        m = _LONE_LETTER.match(head.number) if not head.regarding else None
        if m and f"{m.group(1)}.b" not in numbers:
            parent = first.get(m.group(1))
            if (
                parent is not None
                and parent.cls == head.cls
                and parent.index < head.index
                and any(not lines[i].blank for i in range(parent.index + 1, head.index))
            ):
                head = head.but(number=m.group(1) + "a")
        first.setdefault(head.number, head)
        out.append(head)
    return out


def _paragraph_alone(occ: Occurrence, lines: tuple[Line, ...]) -> bool:
    """The head line is a paragraph of its own: a plain line ("Ad 1. Godkendt.") before a blank
    line or the next item, or a heading over no text."""
    if occ.head.base == "keyword":
        return occ.start + 1 >= occ.end or lines[occ.start + 1].blank
    return all(lines[j].blank for j in range(occ.start + 1, occ.end))


def _title_similarity(a: str, b: str, keys_a: set[str]) -> float:
    """How alike two titles under one number are; a title that the other run lists under
    another number counts as the same (minutes numbered anew after an item was dropped)."""
    if not a or not b:
        return 70.0
    return 100.0 if _title_key.of(b) in keys_a else similarity(a, b)


class _Extents:
    """The line ranges of a group of twin runs, sorted. Twins follow each other: a run between
    two heads of another (a table of attachments numbered 1, 2 inside item 1) is not its twin.
    ``apart`` tells whether a run overlaps none of the group's runs with one binary search
    (they are apart from each other, so only the last one starting at or before the run's last
    line can overlap it): checking each run in turn was quadratic in repeated blocks."""

    __slots__ = ("firsts", "lasts")

    def __init__(self, run: Run) -> None:
        self.firsts = [run.first]
        self.lasts = [run.last]

    def add(self, run: Run) -> None:
        k = bisect_right(self.firsts, run.first)
        self.firsts.insert(k, run.first)
        self.lasts.insert(k, run.last)

    def apart(self, run: Run) -> bool:
        k = bisect_right(self.firsts, run.last) - 1
        return k < 0 or self.lasts[k] < run.first


def _dense(run: Run, lines: tuple[Line, ...]) -> bool:
    """A listing: at most one line per entry between the heads, and none of it a paragraph of
    its own (a sentence after a blank line): "### 1. Høring" / "" / "Forvaltningen har sendt
    ..." is an item's text, not a table of contents."""
    if len(run.heads) < 2:
        return False
    heads = {h.index for h in run.heads}
    between = 0
    for i in range(run.first, run.last):
        if i in heads or lines[i].blank or not lines[i].text:
            continue
        if lines[i - 1].blank and _sentence(lines[i].text):
            return False
        between += 1
    return between <= len(run.heads) - 1


def _sentence(text: str) -> bool:
    """A sentence of prose, not a label between listed entries ("Lukkede punkter")."""
    return text.rstrip().endswith(".") and text.count(" ") >= 3


def is_region_heading(line: Line) -> bool:
    """Headings like "Dagsorden", "Mødereferat", "Underskrifter" that open a region."""
    if line.blank or not line.text:
        return False
    key = normalise_label.of(line.text)
    if key in AGENDA_HEADINGS or key in MINUTES_HEADINGS or key in MEETING_PART_HEADINGS:
        return True  # ("Lukket møde" alone on a line marks a part, emphasised or not)
    if line.kind is LineKind.HEADING or line.strong:
        if key in ONE_ITEM_PART_HEADINGS:
            return True  # "## Lukket punkt" (under an item's head, plain, it is its status)
        if key in NOTE_HEADINGS or key in AGENDA_GROUP_HEADINGS:
            return True
        if joint_heading(key):
            return True
        return key.startswith(("referat for", "referat af", "referat fra"))
    return False


def joint_heading(key: str) -> list[str]:
    """The two parts of a heading that joins two region headings ("dagsorden + noter",
    "dagsorden og referat", "agenda & minutes"), or [] for any other label."""
    if " og " not in key and " & " not in key and " + " not in key and "/" not in key:
        return []
    parts = [p.strip() for p in _HEADING_JOIN.split(key)]
    if len(parts) == 2 and all(
        p in AGENDA_HEADINGS or p in MINUTES_HEADINGS or p in NOTE_HEADINGS for p in parts
    ):
        return parts
    return []


_HEADING_JOIN: Final = re.compile(r" (?:og|&|\+|and) |\s*/\s*")


@dataclass(slots=True)
class DecisionTable:
    """A table of decisions after the items ("| # | Beslutning | Punkt |"): each row is about
    the item named in its reference column."""

    header: int  # index of the header row
    skip: tuple[int, ...]  # the reference column, and a row-number column "#"/"Nr."
    rows: list[tuple[int, str]]  # (line index, item number)


def find_agenda(lines: tuple[Line, ...]) -> Agenda:
    """Locate the agenda items and all their occurrences."""
    tables = _decision_tables(lines)
    if tables:
        rows = frozenset(r for t in tables for r, _ in t.rows)
        agenda = _find_agenda(lines, rows)
        if _attach_decisions(agenda, tables, lines):
            return agenda
    agenda = _find_agenda(lines, frozenset())
    _closing_decisions(agenda, lines)
    return agenda


_REGARDING: Final = re.compile(  # ("- Pkt. 1: Referatet blev godkendt." in the list too)
    r"^(?:ad\.?\s+(?:pkt\.?\s*|punkt\s+)?|pkt\.?\s*|punkt\s+)(\d{1,3})\s*[.:)\-–—]?\s+(\S.*)$",
    re.I,
)
_TITLED: Final = re.compile(r"^([^:]{3,80}):\s+(\S.*)$")


def _closing_decisions(agenda: Agenda, lines: tuple[Line, ...]) -> None:
    """A "Beslutninger" heading at the end of the last item over lines that each name an item
    ("Ad 1: Regnskabet godkendt.", "- Ferieplanlægning: fristen godkendt"): each line is a
    decision of the item it names, not text of the last item (linear: one pass over the block,
    the items looked up by number and title key)."""
    occs = [o for item in agenda.items for o in item]
    if len(agenda.items) < 2 or agenda.renumbered or any(o.role == "decision" for o in occs):
        return
    last = max(occs, key=lambda o: o.end)
    reach = min(len(lines), last.end + _DECISIONS_REACH)  # (or under a rule after it)
    start = next(
        (
            j
            for j in range(last.first_body_line, reach)
            if (lines[j].kind is LineKind.HEADING or lines[j].strong)
            and _decisions_heading(lines[j])
        ),
        None,
    )
    if start is None:
        return
    by_number: dict[str, list[Occurrence]] = {}
    by_title: dict[str, list[Occurrence]] = {}
    for item in agenda.items:
        body = next((o for o in item if o.role == "body"), item[0])
        if body.head.number:
            by_number.setdefault(body.head.number, item)
        by_title.setdefault(_title_key.of(body.head.title), item)
    entries: list[tuple[int, list[Occurrence], str]] = []  # (line, item, decision text)
    for j in range(start + 1, max(last.end, reach)):
        line = lines[j]
        if line.blank:
            continue
        if entries and (line.kind is LineKind.HEADING or line.strong):
            break  # "**Opgaver**" after the decisions: outside the items
        found = _named_item(line, by_number, by_title)
        if found is None and len(entries) >= 2 and lines[j - 1].blank:
            break  # "Næste møde: ..." after the decisions and a blank line: the minutes' end
        if found is None:
            return  # a line naming no item: the block stays the last item's text
        entries.append((j, found[0], found[1]))
    if len(entries) < 2:
        return
    last.end = min(last.end, _trim(last.start, start, lines))
    for k, (j, item, text) in enumerate(entries):
        head = item[0].head.but(index=j, title="", rest=text)
        occ = Occurrence(
            head=head, start=start if k == 0 else j, end=j + 1, role="decision", body_start=j
        )
        item.append(occ)


_DECISIONS_REACH: Final = 6  # lines after the last item a "## Beslutninger" may start within


def _named_item(
    line: Line, by_number: dict[str, list[Occurrence]], by_title: dict[str, list[Occurrence]]
) -> tuple[list[Occurrence], str] | None:
    """The item a closing decision line names ("Ad 1: ...", "- Title: ...") and its text."""
    text = line.content.strip() if line.bullet else line.text
    regarding = _REGARDING.match(text)
    if regarding is not None:
        item = by_number.get(regarding.group(1))
        return (item, regarding.group(2)) if item is not None else None
    titled = _TITLED.match(text)
    if titled is not None:
        item = by_title.get(_title_key.of(titled.group(1)))
        return (item, titled.group(2)) if item is not None else None
    return None


def _decisions_heading(line: Line) -> bool:
    """ "Beslutninger", "Beslutning:" as a heading."""
    label = section_label(line, None)
    key = normalise_label.of(line.text)
    return (label is not None and label[0] is SectionKind.BESLUTNING) or key in DECISION_COLUMNS


def _decision_tables(lines: tuple[Line, ...]) -> list[DecisionTable]:
    """Tables whose header has a decision column and an item column but no title column."""
    found: list[DecisionTable] = []
    for i, line in enumerate(lines[:-1]):
        if line.kind is not LineKind.TABLE_ROW or lines[i + 1].kind is not LineKind.TABLE_RULE:
            continue
        if i > 0 and lines[i - 1].kind is LineKind.TABLE_ROW:
            continue
        cells = [c.strip() for c in line.cells]
        keys = [normalise_label.of(c) for c in cells]
        ref = next((k for k, key in enumerate(keys) if key in ITEM_REFERENCE_COLUMNS), None)
        # "**Beslutningsoversigt**" over "| Punkt | Emne | Status |": the items' decisions,
        # each row's title the item's again
        summary = ref is not None and _under_summary_heading(lines, i)
        titled = [k for k, key in enumerate(keys) if key in TITLE_COLUMNS]
        decided = any(_decision_column(k) or (summary and k == "status") for k in keys)
        if not decided or (titled and not summary):
            continue
        counter = 0 if cells and (cells[0] == "#" or keys[0] == "nr") else None
        if ref is None:
            ref, counter = counter, None
        if ref is None:
            continue
        rows: list[tuple[int, str]] = []
        j = i + 2
        while j < len(lines) and lines[j].kind is LineKind.TABLE_ROW:
            row = lines[j].cells
            cell = row[ref].strip() if ref < len(row) else ""
            m = _CELL_NUMBER.match(cell)
            if m is None and summary and _CELL_SUB_NUMBER.match(cell):
                rows.append((j, ""))  # "| 4a | Altaner | Godkendt |": a sub-item's, read in it
                j += 1
                continue
            if m is None:
                break
            rows.append((j, m.group(1)))
            j += 1
        if rows and (j == len(lines) or lines[j].kind is not LineKind.TABLE_ROW):
            skip = (ref,) if counter is None else (counter, ref)
            found.append(DecisionTable(header=i, skip=(*skip, *titled), rows=rows))
    return found


def _attach_decisions(agenda: Agenda, tables: list[DecisionTable], lines: tuple[Line, ...]) -> bool:
    """Each row of a table of decisions after the items joins the item it names, as an
    occurrence of role "decision"; False (nothing changed) when a row names no item."""
    if agenda.renumbered or not agenda.items:
        return False
    by_number: dict[str, list[Occurrence]] = {}
    for occs in agenda.items:
        body = next((o for o in occs if o.role == "body"), occs[0])
        by_number.setdefault(body.head.number, occs)
    last_head = max(o.start for occs in agenda.items for o in occs)
    for table in tables:
        if not _closing_table(table, last_head, lines):
            return False
        if any(n and n not in by_number for _, n in table.rows):
            return False
    for table in tables:
        cut = _above_table(table.header, lines)
        for occs in agenda.items:  # the last item's text ends before the table and its heading
            for occ in occs:
                if occ.start < table.header < occ.end:
                    occ.end = _trim(occ.start, cut if cut > occ.start else table.header, lines)
        numbered = [(row, number) for row, number in table.rows if number]
        for k, (row, number) in enumerate(numbered):
            head = Head(row, number, int(number.split(".")[0]), "", "table", False, 0)
            occ = Occurrence(
                head=head,
                start=table.header if k == 0 else row,
                end=row + 1,
                role="decision",
                body_start=row,
                header_row=table.header,
                skip_cells=table.skip,
            )
            by_number[number].append(occ)
    return True


_CELL_SUB_NUMBER: Final = re.compile(r"^\d{1,3}\.?\s?[a-h]\)?$")


def _under_summary_heading(lines: tuple[Line, ...], header: int) -> bool:
    """The nearest text above a table is a heading over a summary of the decisions
    ("**Beslutningsoversigt**", "## Oversigt over beslutninger")."""
    j = text_above(lines, header)
    if j < 0:
        return False
    line = lines[j]
    return (line.kind is LineKind.HEADING or line.strong) and normalise_label.of(
        line.text
    ) in DECISION_SUMMARY_HEADINGS


def _closing_table(table: DecisionTable, last_head: int, lines: tuple[Line, ...]) -> bool:
    """A table of decisions after every item head, under a heading of its own ("## Beslutninger")
    or as the document's last block; not a table inside an item ("| Nr. | Hold | Resultat |")."""
    if table.header < last_head:
        return False
    if _above_table(table.header, lines) != table.header:
        return True
    return all(line.blank for line in lines[table.rows[-1][0] + 1 :])


def _decision_column(key: str) -> bool:
    """A header cell of decisions ("Beslutning", "Decision / Action", "Beslutninger og
    opfølgning")."""
    return key in DECISION_COLUMNS or key.split(" ", 1)[0] in DECISION_COLUMNS


def _above_table(header: int, lines: tuple[Line, ...]) -> int:
    """The heading right above a table of decisions ("## Beslutninger"), else the table."""
    j = header - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    if j < 0 or not (lines[j].kind is LineKind.HEADING or lines[j].strong):
        return header
    label = section_label(lines[j], None)
    key = normalise_label.of(lines[j].text)
    decisions = label is not None and label[0] is SectionKind.BESLUTNING
    # "Decisions log", "Beslutningslog", "Beslutninger og aftaler"
    logged = _decision_column(key) or key.startswith("beslutning")
    return j if decisions or logged or key in MINUTES_HEADINGS else header


_CASE_OPENING: Final = re.compile(r"(?i:(?:[a-zæøå]{2,3}-)?sag(?:\s*nr\.?)?)\s*(\d{1,4})\b")


def _case_numbered(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Heads numbered by their case ("### Sag nr. 112 Godkendelse af dagsorden") under a
    listing that numbers the items and names each one's case ("Punkt 1 – Sag nr. 112
    Godkendelse af dagsorden"): each takes the number of the listed item of its case (the
    minutes may take the cases in another order: an item moved)."""
    listed: dict[str, str] = {}
    for head in heads:
        m = _CASE_OPENING.match(head.title) if head.title[:3].casefold() == "sag" else None
        if m is not None and m.group(1) != head.number:
            listed.setdefault(m.group(1), head.number)
    if len(listed) < 2:
        return heads
    out: list[Head] = []
    for head in heads:
        item = listed.get(head.number)
        if item is not None and item.isdecimal():
            m = _CASE_OPENING.match(lines[head.index].text.lstrip("*_ "))
            if m is not None and m.group(1) == head.number:
                head = head.but(number=item, top=int(item))
        out.append(head)
    return out


_OVER_RULE: Final = 3  # lines of a head's paragraph over a rule of dashes at most


def _over_page_rules(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """A head whose title wraps onto a second line right over a rule of dashes ("Ad 2.
    Skolestrukturen ..." / "J.nr. 17.01.00" / "-----"): the lines stay text (a setext heading
    of two lines is none: docs/format.md), but the head is of the class of the one-line heads
    over such rules ("Ad 1. ..." / "-----", a heading), so the items number on together."""
    out: list[Head] = []
    for head in heads:
        i = head.index
        if head.base in ("line", "keyword") and lines[i].kind is LineKind.TEXT and not head.quoted:
            k = i + 1
            while k < len(lines) and k - i < _OVER_RULE and lines[k].kind is LineKind.TEXT:
                k += 1
            if k > i + 1 and k < len(lines) and _dash_rule(lines[k]):
                head = head.but(base="heading")
        out.append(head)
    return out


def _dash_rule(line: Line) -> bool:
    raw = line.raw.strip()
    return line.kind is LineKind.RULE and raw[:3] == "---" and not raw.strip("-")


def _find_agenda(lines: tuple[Line, ...], skip: frozenset[int]) -> Agenda:
    heads = [
        h for i, line in enumerate(lines) if i not in skip and (h := head_of(line, i)) is not None
    ]
    # "Punkt 45 Åben sag": a status, the title on a line below (where _split_heads finds one;
    # "6. Lukket punkt" over "Se lukket protokol." keeps its status as its title)
    status = {h.index for h in heads if len(h.title) <= _STATUS_MAX and _STATUS_ONLY.match(h.title)}
    below = _split_heads(lines, {h.index for h in heads} - status)
    titled = {h.index for h in below}
    heads = [h for h in heads if h.index not in titled] + below
    heads.sort(key=lambda h: h.index)
    heads = _over_page_rules(heads, lines)
    heads = _without_people_lists(heads, lines)
    heads = _without_report_sections(heads, lines)
    heads = _without_item_guests(heads, lines)
    heads = _without_inner_lists(heads, lines)
    heads = _without_wrapped_numbers(heads, lines)
    heads = _without_case_history(heads, lines)
    heads = _without_quantities(heads, lines)
    heads = [h for h in heads if casefolded.of(h.title) not in COMMENT_COUNT_WORDS]
    heads = _without_clock_rows(heads, lines)
    heads = _without_attachment_entries(heads, lines)
    heads = _without_attachments_run_on(heads, lines)
    heads = _without_action_rows(heads, lines)
    heads = _symbol_sequences(heads, lines)
    heads = _lone_lettered_rows(heads)
    heads = _repeated_first_items(heads)
    by_index = {h.index: h for h in heads}
    heads = _lettered_parents(heads)
    heads = _inserted_items(heads, lines)
    heads = _without_next_agenda(heads, lines)
    heads = _without_follow_up(heads, lines)
    heads = _without_summary(heads, lines)
    heads = _case_numbered(heads, lines)
    candidates = _runs(heads)
    runs = [r for r in candidates if _keep(r, lines)]
    if not runs and len(candidates) == 1 and _only_item(candidates[0], lines):
        runs = candidates
    if runs and _lists_inside_one_topic(runs) and _topics_possible(runs, lines):
        topics = _unnumbered_run(lines)
        if topics is not None and (
            _inside_one_topic(runs, topics, lines) or _table_over_lists(runs, topics, lines)
        ):
            runs = []  # "### Forårsudflugt" over "1. Bustur ...", "2. Sejltur ...": options
    if not runs:
        topics = _unnumbered_run(lines)
        bulleted = _bulleted_agenda(lines) or _bold_bullet_run(lines) or _outline_run(lines)
        if bulleted is not None and (
            topics is None
            or topics.last < bulleted.first
            or _list_heading_over(topics, bulleted, lines)
        ):  # bold lines over "Dagsorden:" and its bullets: a letter's opening; "## Emner" over
            topics = None  # "- **Vedligehold af fællesvejen**": the bullets are the topics
        unnumbered = topics or bulleted
        if unnumbered is None:
            return Agenda(items=[], renumbered=False, region_lines=set(), heads=by_index)
        runs = [unnumbered]
    ranked = sorted(runs, key=lambda r: (-_score(r), r.first))
    gap = (
        next((r for r in ranked[1:] if _fills_gap(r, ranked[0])), None) if len(ranked) > 1 else None
    )
    if (
        gap is not None
    ):  # "Pkt. 2. ..." / "**Pkt. 3: Meddelelser**" / "### Pkt. 4 ..." / "Pkt. 5 ...":
        joined = Run(sorted([*ranked[0].heads, *gap.heads], key=lambda h: h.index))
        ranked = [joined, *(r for r in ranked[1:] if r is not gap)]  # one run, written two ways
    facts = _RunFacts(lines)
    primary = ranked[0]
    groups: list[list[Run]] = [[primary]]
    extents = [_Extents(primary)]  # per group: whether a run lies apart from all its runs
    chosen: list[Run] = [primary]  # sorted by first line
    group_of = {id(primary): 0}
    for run in ranked[1:]:
        twin_of = next(
            (
                k
                for k, g in enumerate(groups)
                if extents[k].apart(run) and any(_twins(run, m, facts) for m in g)
            ),
            None,
        )
        if twin_of is not None and not _inside_any(run, chosen, lines, group_of, twin_of):
            groups[twin_of].append(run)
            extents[twin_of].add(run)
            insort(chosen, run, key=_first)
            group_of[id(run)] = twin_of
            continue
        if _inside_any(run, chosen, lines, group_of, None) and not _goes_on(run, primary, lines):
            continue
        if (
            (len(run.heads) >= 2 or _goes_on(run, primary, lines))  # "## Lukket punkt" / "11. ..."
            and not run.auto
            and run.heads[0].base != "code"
        ):
            groups.append([run])
            extents.append(_Extents(run))
            insort(chosen, run, key=_first)
            group_of[id(run)] = len(groups) - 1
    ends = _run_ends(chosen, lines)
    region_lines: set[int] = set()
    occurrences: dict[int, list[Occurrence]] = {}
    for run in chosen:
        end = ends[id(run)]
        occs = _occurrences(run, end, lines)
        _end_tight_list(occs, lines)
        occurrences[id(run)] = occs
        tail = occs[-1].end if occs else end
        region_lines.update(i for i in range(tail, end) if not lines[i].blank)
    _orphan_minutes(
        heads, chosen, max(groups, key=lambda g: max(_score(r) for r in g)), occurrences, lines
    )
    items: list[list[Occurrence]] = []
    renumbered = False
    for group in sorted(groups, key=lambda g: min(r.first for r in g)):
        group.sort(key=lambda r: r.first)
        roles = _roles(group, lines)
        for run in group:
            if roles[id(run)] == "listing":
                _shorten_listing(occurrences[id(run)], lines)
        # An item's key: its number, and which copy of that number in its run it is (the same
        # number twice in one run: two items; the n-th copies of twin runs merge).
        merged: dict[tuple[str, int], list[Occurrence]] = {}
        order: list[tuple[str, int]] = []
        listed: dict[str, str] = {}  # title key -> number, in the group's listing
        listed_titles: dict[str, str] = {}  # number -> title key
        for run in group:
            copies: dict[str, int] = {}  # number -> copies of it taken so far in this run
            position = {id(h): k for k, h in enumerate(run.heads)}
            for occ in occurrences[id(run)] + occurrences.get(-id(run), []):
                if occ.body_start is None:
                    occ.role = roles[id(run)]
                if occ.role == "listing":
                    title = _title_key.of(occ.head.title)
                    listed.setdefault(title, occ.head.number)
                    listed_titles.setdefault(occ.head.number, title)
                elif not run.auto:
                    _renumbered_by_title(occ, listed, listed_titles)
                k = position.get(id(occ.head)) if occ.body_start is None else None
                number = str(k + 1) if run.auto and k is not None else occ.head.number
                number = number or f"@{occ.head.index}"  # unnumbered items never merge
                taken = copies.get(number, 0)
                if occ.body_start is None:  # a new copy; an orphan minutes block joins the first
                    key = (number, taken)
                    copies[number] = taken + 1
                else:
                    key = (number, 0)
                    copies[number] = max(taken, 1)
                if key not in merged:
                    merged[key] = []
                    order.append(key)
                merged[key].append(occ)
            renumbered = renumbered or run.auto
        body_order = (  # one run: document order (items taken out of order stay so)
            order if len(group) == 1 else sorted(order, key=lambda k: _sort_key(k, merged[k]))
        )
        items.extend(merged[k] for k in body_order)
    _regarding_text(items, lines)
    _wrapped_titles(items, lines, by_index)
    _column_titles(items, lines)
    _bodies_by_title(items, lines)
    _closing_topic(items, lines)
    return Agenda(items=items, renumbered=renumbered, region_lines=region_lines, heads=by_index)


def _renumbered_by_title(
    occ: Occurrence, listed: dict[str, str], listed_titles: dict[str, str]
) -> None:
    """Minutes numbered anew after an item was dropped ("2. Nye kajakker" listed, withdrawn,
    and "## 2. Eventuelt" in the minutes): an item whose title is another listed item's title,
    and not the one listed under its number, is that item."""
    key = _title_key.of(occ.head.title)
    number = listed.get(key)
    own = listed_titles.get(occ.head.number)
    if number is None or number == occ.head.number or own is None or _same_title(key, own):
        return
    occ.head = occ.head.but(number=number, top=_top(number))


def _top(number: str) -> int:
    """The item number a head's number starts with ("6" of "6.2" and of "6a")."""
    digits = len(number) - len(number.lstrip("0123456789"))
    return int(number[:digits])


def _wrapped_titles(
    items: list[list[Occurrence]], lines: tuple[Line, ...], heads: dict[int, Head]
) -> None:
    """A title broken over two lines at a hyphen ("2. Takstblad 2024 og regnskabs-" /
    "principper", "**Punkt 2. ... for Lol-**" / "**land Kommune**"), at a spaced dash before
    small letters ("... i skoletiden -" / "revision efter høring"), before a date's year ("...
    fra mødet den 8. januar" / "2025"), inside a bracket ("... § 5 (kontingent opkræves" /
    "kvartalsvis ...)") or after a word no title ends with ("#### Pkt. 2 ...
    havnemolen i Spodsbjerg efter" / "stormfloden", a contents list's "102. ... til unge
    under" / "18 år ........ 7"): joined; the second line is no text of the item."""
    for occs in items:
        for occ in occs:
            title = occ.head.title
            if occ.body_start is not None or len(title) < 3:
                continue
            hyphen = title[-1] == "-" and title[-2].isalpha()  # not "Budget -": a dash
            quoted = _open_quote(title)  # 'projekt "Fremtidens' / 'Fødevareproduktion"'
            day = _DAY_AT_END.search(title) is not None  # "... fra mødet den 20." / "august 2024"
            month = _MONTH_AT_END.search(title) is not None  # "... den 8. januar" / "2025"
            dash = title[-2:] in (" -", " –")  # "... i skoletiden -" / "revision efter høring"
            # "... vedtægternes § 5 (kontingent opkræves" / "kvartalsvis i stedet for årligt forud)"
            bracket = "(" in title and title.count("(") > title.count(")")
            if (
                not hyphen
                and not quoted
                and not day
                and not month
                and not dash
                and not bracket
                and title.rsplit(" ", 1)[-1].casefold() not in NOT_TITLE_ENDS
            ):
                continue
            j = occ.start + 1  # the line after the head, or after the title of a split head
            if j < occ.end and _title(lines[j].text) == title:
                j += 1
            more = lines[j] if j < occ.end else None
            if (
                more is None
                or more.kind is not LineKind.TEXT
                or j in heads
                or more.bullet
                or more.list_number is not None
                or not _title_rest(_title(more.text))
                or section_label(more, None) is not None
                or (quoted and not _open_quote(more.text, closing=True))
                or (day and not _MONTH_FIRST.match(more.text))
                or (month and not _YEAR_ALONE.fullmatch(more.text.strip()))
                or (dash and not more.text[:1].islower())
                or (bracket and ")" not in more.text)
            ):
                continue
            rest = _title(more.text)
            occ.head = occ.head.but(title=_joined(title, rest) if hyphen else f"{title} {rest}")
            occ.body_start = j + 1


def _column_titles(items: list[list[Occurrence]], lines: tuple[Line, ...]) -> None:
    """Items in a table laid out with spaces (a PDF's agenda as ``pdftotext -layout`` writes
    it: "  Nr.   Emne          Bilag   Ansvarlig" over "  2.    Godkendelse af referat fra
    mødet den 4. september   Formanden" and "        2025"): each title is its cells in the
    title column, the row's wrapped lines included; the other columns are no part of it."""
    headers = _column_headers(lines)
    if not headers:
        return
    for occs in items:
        for occ in occs:
            k = bisect_right(headers, occ.start, key=_header_line) - 1
            if k < 0 or occ.body_start is not None:
                continue
            _, start, stop = headers[k]
            title = _column_cell(lines[occ.start].raw, start, stop)
            if title is None:
                continue
            j = occ.start + 1
            while j < occ.end and j < occ.start + 4:
                more = _column_cell(lines[j].raw, start, stop, alone=True)
                if more is None:
                    break
                title = f"{title} {more}"
                j += 1
            if title != occ.head.title:
                occ.head = occ.head.but(title=_title(title))
                occ.body_start = j if j > occ.start + 1 else None


def _header_line(header: tuple[int, int, int]) -> int:
    return header[0]


_CELL: Final = re.compile(r"\S+(?: \S+)*")  # a cell: words parted by single spaces


def _column_headers(lines: tuple[Line, ...]) -> list[tuple[int, int, int]]:
    """The header rows of tables laid out with spaces ("  Nr.   Emne    Bilag   Ansvarlig"):
    (line index, where the title column starts, where the next column starts)."""
    found: list[tuple[int, int, int]] = []
    for i, line in enumerate(lines):
        raw = line.raw
        if len(raw) > 160 or "   " not in raw or raw.lstrip()[:2].casefold() not in _NUMBER_CELLS:
            continue
        cells = [(m.start(), m.group()) for m in _CELL.finditer(raw)]
        keys = [normalise_label.of(c) for _, c in cells]
        if len(cells) < 3 or keys[0] not in AGENDA_ITEM_COLUMNS or keys[1] not in TITLE_COLUMNS:
            continue
        if all(key in AGENDA_TABLE_COLUMNS for key in keys):
            found.append((i, cells[1][0], cells[2][0]))
    return found


_NUMBER_CELLS: Final = frozenset({"nr", "pk", "pu"})  # "Nr.", "Pkt.", "Punkt": cheap first


def _column_cell(raw: str, start: int, stop: int, *, alone: bool = False) -> str | None:
    """The text of a row's title cell: from near ``start`` to the gap before ``stop`` (with
    ``alone``, a wrapped line: nothing before the title column)."""
    cells = [(m.start(), m.group()) for m in _CELL.finditer(raw)]
    if alone and (not cells or cells[0][0] < start - 2):
        return None
    inside = [c for at, c in cells if start - 2 <= at < stop - 1]
    return " ".join(inside) if inside else None


_DAY_AT_END: Final = re.compile(r"d(?<=\bd)(?:en|\.)\s+\d{1,2}\.$")  # \b(?:den|d\.)...
_MONTHS: Final = (
    r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
)
_MONTH_AT_END: Final = re.compile(rf"\b\d{{1,2}}\.\s*{_MONTHS}$")
_YEAR_ALONE: Final = re.compile(r"(?:19|20)\d{2}\.?")
_MONTH_FIRST: Final = re.compile(rf"{_MONTHS}\b")


def _open_quote(text: str, *, closing: bool = False) -> bool:
    """A quotation opened and not closed ('projekt "Fremtidens', "om „Grøn by"): a title
    wrapped inside it goes on. With ``closing``: the line closes one opened before it."""
    if closing:
        return text.count('"') % 2 == 1 or text.count("“") > text.count("„")
    return text.count('"') % 2 == 1 or text.count("„") > text.count("“")


def _title_rest(text: str) -> bool:
    """The rest of a title broken at a hyphen ("og Idrætsforeninger"): short, and no sentence
    ("og kloakprojektet er forsinket." after "Status på vand-" is the item's text)."""
    text = text.strip()
    return (
        0 < len(text) <= 60
        and len(text.split()) <= 8
        and text[-1] not in ".!?"
        and ". " not in text
    )


def _joined(title: str, more: str) -> str:
    """ "regnskabs-" + "principper" -> "regnskabsprincipper"; "Kultur-" + "og Fritid" ->
    "Kultur- og Fritid"; "hvile-i-sig-" + "selv-princippet" keeps its hyphen."""
    if more.split(" ", 1)[0].casefold() in HYPHEN_CONJUNCTIONS:
        return f"{title} {more}"
    last_word = title.rsplit(" ", 1)[-1]
    stem = last_word[:-1]
    if more[:1].islower() and "-" not in stem and not (len(stem) >= 2 and stem.isupper()):
        return title[:-1] + more  # (not "KOL-" + "patienter": an abbreviation keeps its hyphen)
    return title + more


def _bodies_by_title(items: list[list[Occurrence]], lines: tuple[Line, ...]) -> None:
    """A numbered agenda listing ("1. Valg af dirigent", "2. Regnskab") whose items are then
    written under their titles only ("**Valg af dirigent**", "## Regnskab"): each title line
    after the listing opens that item's body, and the numbered lines become its listing."""
    if len(items) < 2 or any(len(occs) != 1 for occs in items):
        return
    occs = [o[0] for o in items]
    if any(
        _own_text(lines[o.start], lines[j]) for o in occs[:-1] for j in range(o.start + 1, o.end)
    ):
        return  # the listed items have text of their own
    last = occs[-1]
    titles = [_title_key.of(o.head.title) for o in occs]
    matches: list[tuple[int, int]] = []  # (item, line index of its title)
    k = 0
    # to the end of the document: a "## Referat" heading may have ended the last item's lines
    for j in range(last.start + 1, len(lines)):
        text = lines[j].text
        if k == len(titles) or not text or len(text) > 120 or lines[j].bullet:
            continue
        key = _title_key.of(text)
        found = next((t for t in range(k, len(titles)) if _same_title(key, titles[t])), None)
        if found is not None:
            matches.append((found, j))
            k = found + 1
    if len(matches) < max(2, (len(items) + 1) // 2):
        return
    stop = max(last.end, len(lines) if matches[-1][1] >= last.end else last.end)
    last.end = _trim(last.start, min(matches[0][1], last.end), lines)
    for n, (t, j) in enumerate(matches):
        end = matches[n + 1][1] if n + 1 < len(matches) else stop
        listed = occs[t]
        listed.role = "listing"
        listed.end = listed.start + 1
        head = listed.head.but(index=j, base="heading", title=_title(lines[j].text))
        items[t].append(Occurrence(head=head, start=j, end=_trim(j, end, lines), role="body"))


def _own_text(head: Line, line: Line) -> bool:
    """A line under a listed item's head that is text of its own: not blank, and not the rest of
    the head's table row (a grid table's wrapped cells and rules)."""
    if line.blank:
        return False
    table = (LineKind.TABLE_ROW, LineKind.TABLE_RULE)
    return not (head.kind in table and line.kind in table)


_CLOSING_AND: Final = tuple(f"{t} og " for t in ("evt", "evt.", "eventuelt"))


def _closing_topic(items: list[list[Occurrence]], lines: tuple[Line, ...]) -> None:
    """An unnumbered "## Eventuelt" (or "**Evt.**", "Eventuelt: ...") after numbered items: an
    item of its own, not text of the last numbered one."""
    if not items or not items[-1][-1].head.number:
        return
    last = max(items[-1], key=lambda o: o.start)
    if last.role != "body" or _title_key.of(last.head.title).startswith(tuple(CLOSING_TOPICS)):
        return  # the last item is "Eventuelt" itself: "Næste møde: ..." in it is its text
    for j in range(last.first_body_line, last.end):
        line = lines[j]
        text = line.text
        if not text or line.bullet or line.list_number is not None or len(text) > 200:
            continue
        if line.kind is LineKind.TABLE_ROW:  # "| Emne | Eventuelt |": a table of its own
            cells = [c.strip() for c in line.cells]
            if len(cells) != 2 or normalise_label.of(cells[0]) not in TITLE_COLUMNS:
                continue
            text = cells[1]
        topic, _, rest = text.partition(":")
        key = _title_key.of(topic)
        if key not in CLOSING_TOPICS and not (
            key.startswith(_CLOSING_AND) and len(key) <= 60  # "Evt og kik til næste møde"
        ):
            continue
        emphasised = line.kind is LineKind.HEADING or line.strong
        if key == "næste møde" and not (emphasised and not rest.strip()):
            continue  # "Næste møde: 11. april 2023" is a date, not a topic
        if not (emphasised or rest.strip() or text.rstrip().endswith(":") or key == text.lower()):
            continue
        if not last.head.title and not any(lines[k].text for k in range(last.first_body_line, j)):
            return  # "#### Sag nr. 120/2025" over "**Eventuelt**": the last item's own title
        base = "table" if line.kind is LineKind.TABLE_ROW else "heading" if emphasised else "line"
        head = Head(j, "", 0, _title(text), base, False, 0)
        items.append([Occurrence(head=head, start=j, end=last.end, role="body")])
        last.end = _trim(last.start, j, lines)
        return


def _without_inner_lists(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Leave out a numbered list inside an item's text ("Rådet besluttede følgende:", "1. Ny
    booking-tavle", "2. Åbningstiden ændres"): a block of list lines with no text between them
    (blank lines may be), numbered again from 1 after earlier heads (any number: a page of
    one item, "4. Meddelelser fra formanden", over its points "1. Afbud. ..."), right under a
    line of prose (linear: each head is looked at once, the earlier titles kept in a set)."""
    dropped: set[int] = set()
    earlier: set[str] = set()  # title keys of the heads before ``k``
    opened = {h.index for h in heads}  # the lines that are heads
    k = 0
    while k < len(heads):
        head = heads[k]
        line = lines[head.index]
        first = head.index if head.top == 1 else _point_one(lines, head.index, opened)
        if first < 0 or head.base != "line" or line.list_number is None or not k:
            earlier.add(_title_key.of(head.title))
            k += 1
            continue
        block = [head]
        attachments = _under_attachments_label(lines, first)
        while k + len(block) < len(heads):
            nxt = heads[k + len(block)]
            if (
                nxt.top != block[-1].top + 1
                or nxt.base != "line"
                or lines[nxt.index].list_number is None
                or not _only_blank_between(lines, block[-1].index, nxt.index)
                or (not attachments and _heads_item(lines, block[-1].index, nxt.index))
            ):
                break  # (a head in bold, a heading or a head over "Referat" is the next item)
            block.append(nxt)
        keys = [_title_key.of(h.title) for h in block]
        inner = _after_prose(lines, first) or _under_item_label(lines, first)
        listed = (  # (long points: no heads; a "Bilag" list over "Beslutning" is a list too)
            len(block) >= 2 or _list_length(lines, first) >= 2 or attachments
        )
        if listed and inner and earlier.isdisjoint(keys):
            dropped.update(h.index for h in block)  # (repeated titles: a twin, the minutes)
            last = _list_end(lines, head.index)  # a point too long to be a head breaks the
            while k + len(block) < len(heads):  # block: the points after it are the list's
                nxt = heads[k + len(block)]
                if nxt.index > last or nxt.base != "line" or lines[nxt.index].list_number is None:
                    break
                dropped.add(nxt.index)
                block.append(nxt)
        earlier.update(keys)
        k += len(block)
    return [h for h in heads if h.index not in dropped] if dropped else heads


def _point_one(lines: tuple[Line, ...], index: int, heads: set[int]) -> int:
    """The line of point 1 of the numbered list that the point at line ``index`` goes on (its
    points numbered down to 1 right above it, blank lines between), or -1, also when one of
    those points is a head (``heads``: the list is looked at from there; and the walk back
    stops at once under a list of item heads). When point 1 is no head ("Forvaltningen
    indstiller, at" / "1. fordelingen ... godkendes som beskrevet i bilag 1", a sentence) the
    list is looked at from it: "2. restpuljen overføres ..." is its point, not an item 2."""
    number = lines[index].list_number
    if number is None or not number.isdecimal():
        return -1
    want = int(number) - 1
    j = index - 1
    while want >= 1 and j >= 0:
        if lines[j].blank:
            j -= 1
            continue
        if lines[j].list_number != str(want) or j in heads:
            return -1
        if want == 1:
            return j
        want, j = want - 1, j - 1
    return -1


def _list_end(lines: tuple[Line, ...], index: int) -> int:
    """The line of the last point of the numbered list opening at line ``index`` (points
    numbered 1, 2, 3, ... that follow each other, blank lines between)."""
    count, last = 1, index
    j = _text_below(lines, index)
    while j < len(lines) and lines[j].list_number == str(count + 1) and not _label_below(lines, j):
        count, last = count + 1, j
        j = _text_below(lines, j)
    return last


def _list_length(lines: tuple[Line, ...], index: int) -> int:
    """How many points the numbered list opening at line ``index`` has: the lines numbered 1, 2,
    3, ... that follow each other, blank lines between (a point of a sentence or two is text of
    the list, not an item head, and still counts)."""
    count, before = 1, index
    j = _text_below(lines, index)
    while (
        j < len(lines)
        and lines[j].list_number == str(count + 1)
        and not _heads_item(lines, before, j)
    ):
        count, before = count + 1, j
        j = _text_below(lines, j)
    return count


def _heads_item(lines: tuple[Line, ...], before: int, index: int) -> bool:
    """The numbered line ``index``, the point after the one at ``before``, heads an item: it
    stands over a section label, apart from the point before it (a tight list's last point
    over "Beslutning" stays the list's: the label is the item's)."""
    return index != before + 1 and _label_below(lines, index)


def _label_below(lines: tuple[Line, ...], index: int) -> bool:
    """The nearest non-blank line under ``index`` is a section label alone ("Referat",
    "Beslutning:"): line ``index`` heads an item with sections, not a point of a list."""
    j = _text_below(lines, index)
    if j >= len(lines) or lines[j].list_number is not None or len(lines[j].text) > 60:
        return False
    found = section_label(lines[j], None)
    return found is not None and not found[2]


def _only_blank_between(lines: tuple[Line, ...], first: int, second: int) -> bool:
    """Nothing but blank lines between lines ``first`` and ``second`` (a list written loose,
    "1. Afbud ..." / "" / "2. Formandsbeslutning ...", is one block like a tight one)."""
    return all(lines[j].blank for j in range(first + 1, second))


_LIST_LABEL_KINDS: Final = frozenset(
    {SectionKind.BILAG, SectionKind.INDSTILLING, SectionKind.BESLUTNING}
)


def _under_item_label(lines: tuple[Line, ...], index: int) -> bool:
    """The nearest non-blank line above ``index`` is a section label alone that a numbered
    list goes under ("Bilag" over "1. Årsregnskab 2023", "Indstilling" over "1. planen
    godkendes")."""
    j = text_above(lines, index)
    if j < 0 or lines[j].list_number is not None or len(lines[j].text) > 60:
        return False
    found = section_label(lines[j], None)
    return found is not None and found[0] in _LIST_LABEL_KINDS and not found[2]


def _without_attachment_entries(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Leave out the bullets of a list under an attachments label that name the item each
    belongs to ("Bilag:" over "- Pkt. 4: Budgetudkast 2025", "- Pkt. 6: Høringsmateriale"), and
    the sub-numbered lines of one ("Bilag:" over "4.1 Årsrapport 2024"): attachments, no item
    heads (linear: one pass finds where each run of such lines starts)."""
    if not any(lines[h.index].bullet or _entry_line(lines[h.index]) for h in heads):
        return heads
    run_start: dict[int, int] = {}
    opened: dict[int, int] = {}  # per indent, where the run of entries at that indent began
    for i, line in enumerate(lines):
        if line.bullet or _entry_line(line):  # "Bilag:" over "4.1 Årsrapport 2024" too
            before = i - 1  # (a blank line between sub-numbered entries: pandoc's loose list,
            if (  # "4.1 Budget 2026" / "" / "4.2 Flerårsoverslag"; "4. Økonomi" is an item)
                i > 0
                and before not in run_start
                and lines[before].kind is LineKind.BLANK
                and _SUB_NUMBER.match(line.text) is not None
            ):
                before -= 1
            if before not in run_start:
                opened = {}  # (the entries above ended: this one opens a run)
            indent = line.indent
            # the next entry at an indent, after entries nested deeper ("2. Budget" over
            # "   1. Notat", "   2. Oversigt", then "3. Anlæg"): the same run
            run_start[i] = opened.get(indent, i) if before in run_start else i
            opened = {k: v for k, v in opened.items() if k <= indent}
            opened[indent] = run_start[i]
    under: dict[int, bool] = {}  # the run's first line: under an attachments label
    kept = []
    for head in heads:
        first = run_start.get(head.index)
        if first is not None:
            if first not in under:
                under[first] = _under_attachments_label(lines, first)
            if under[first]:
                continue
        kept.append(head)
    return kept


def _without_attachments_run_on(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """ "Bilag 1. Budgetopfølgning ... (189211/24)" over "2. Aktivitetstal hjemmepleje 2024
    (Åben) (189377/24)" (a PDF's label column, the first attachment on the label's line): the
    numbered lines right under it that go on counting are its attachments, no items (one pass
    over the heads)."""
    dropped: dict[int, int] = {}  # line index -> the attachment number it had
    kept = []
    for head in heads:
        i = head.index
        if head.base == "line" and i > 0 and lines[i - 1].text:
            above = dropped.get(i - 1)
            if above is None:
                named = _ATTACHMENT_ON_LABEL.match(lines[i - 1].text)
                above = int(named.group(1)) if named is not None else None
            if above is not None and head.number == str(above + 1):
                dropped[i] = above + 1
                continue
        kept.append(head)
    return kept


_ATTACHMENT_ON_LABEL: Final = re.compile(r"(?i:bilag)\s*:?\s*(\d{1,2})[.)]\s+\S")


def _without_action_rows(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Leave out the numbered rows of a table of things to do: its header names who does them
    and by when, and no agenda column ("| # | Hvad | Hvem | Deadline |" under "Action items")."""
    if not any(h.base == "table" for h in heads):
        return heads
    header_of: dict[int, int] = {}
    for i, line in enumerate(lines):
        if line.kind in _TABLE_LINES:
            header_of[i] = header_of.get(i - 1, i)
    actions: dict[int, bool] = {}
    kept = []
    for head in heads:
        header = header_of.get(head.index)
        if head.base == "table" and _ballot_row(lines[head.index]):
            continue  # "| 2.2 | Låneoptagelse | ☐ | ☐ | ☐ |": a proxy form's line to tick
        if head.base == "table" and header is not None:
            if header not in actions:
                keys = {normalise_label.of(c) for c in lines[header].cells}
                actions[header] = (
                    not keys.isdisjoint(ACTION_OWNER_COLUMNS)
                    and not keys.isdisjoint(ACTION_DUE_COLUMNS)
                    and keys.isdisjoint(AGENDA_ITEM_COLUMNS | DECISION_COLUMNS)
                )
            if actions[header]:
                continue
        kept.append(head)
    return kept


_TABLE_LINES: Final = (LineKind.TABLE_ROW, LineKind.TABLE_RULE)
_EMPTY_BOXES: Final = frozenset({"☐", "□", "▢", "[ ]", "[]", "○", "❏"})


def _ballot_row(row: Line) -> bool:
    """A row whose cells after its number and title are empty boxes to tick (a proxy form or
    a ballot: "| 2.2 | Låneoptagelse | ☐ | ☐ | ☐ |"): no item of the meeting."""
    rest = [c.strip() for c in row.cells[2:]]
    return len(rest) >= 2 and all(c in _EMPTY_BOXES for c in rest)


def _entry_line(line: Line) -> bool:
    """A plain line that opens with a sub-number ("4.1 Årsrapport 2024") or a number ("3.
    Ansøgning fra Haslev Rock", "2 Anlægsoversigt"), as a PDF writes the entries of an
    attachments list, or an entry of a numbered list."""
    text = line.text
    return (
        line.kind is LineKind.TEXT
        and not line.strong
        and (
            line.list_number is not None  # "Bilag" over "1. Oversigt ..." / "2. Beregningsmodel"
            or (text[:1].isdecimal() and _SUB_NUMBERED_ENTRY.match(text) is not None)
        )
    )


_SUB_NUMBER: Final = re.compile(r"\d{1,3}\.\d{1,2}\s")
# "4.1 Årsrapport", "3. Ansøgning", "2 Anlægsoversigt 3. kvartal" (a PDF's list without dots)
_SUB_NUMBERED_ENTRY: Final = re.compile(r"^\d{1,3}(?:\.\d{1,2}|[a-z])?\.?\s+[^\W\d]")


def _under_attachments_label(lines: tuple[Line, ...], index: int) -> bool:
    """The nearest non-blank line above ``index`` is an attachments label alone ("Bilag" over
    "1. Udkast til trafiksikkerhedsplan"): the list is the item's attachments, never items."""
    j = text_above(lines, index)
    if j < 0 or lines[j].list_number is not None or len(lines[j].text) > 60:
        return False
    found = section_label(lines[j], None)
    if found is None or found[0] is not SectionKind.BILAG:
        return False
    if not found[2]:
        return True
    # "Bilag: 4.1 Kvartalsregnskab" right over "4.2 Oversigt ..." in one paragraph: the label's
    # line holds the first entry
    return (
        j == index - 1
        and lines[index].list_number is None
        and _SUB_NUMBERED_ENTRY.match(found[2]) is not None
    )


def _without_people_lists(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Leave out a numbered list of people under a people label ("Deltagere:", "Afbud:",
    "## Til stede" over "1. Anna Holm", "2. Bo Lind (kasserer)"): the header reads them as
    people. The list counts from 1, its entries are consecutive (blank lines between them
    allowed), and most of them, the first included, are person names; a numbered list of
    things ("Dagsorden:" over "1. Kunstmuseet") stays items (linear: each head is looked at
    once, the look-back crosses only blank lines)."""
    dropped: set[int] = set()
    k = 0
    while k < len(heads):
        head = heads[k]
        if (
            head.top != 1
            or head.base != "line"
            or not _under_people_label(lines, head.index, dropped)
        ):
            k += 1
            continue
        block = [head]
        while k + len(block) < len(heads):
            nxt, last = heads[k + len(block)], block[-1]
            if nxt.base != "line" or nxt.top != last.top + 1:
                break
            if any(not lines[j].blank for j in range(last.index + 1, nxt.index)):
                break
            block.append(nxt)
        named = [_person_entry(h.title) for h in block]
        if not (named[0] and 2 * sum(named) >= len(named)):
            k += len(block)  # "Gæster:" left empty over the agenda: "1. Oplæg v/ Jens Holm", ...
            continue
        while not named[-1]:  # "3. Godkendelse af dagsorden" after the names: an item
            named.pop()
        dropped.update(h.index for h in block[: len(named)])
        k += len(named)
    return [h for h in heads if h.index not in dropped] if dropped else heads


_REPORT_ROWS: Final = 12  # the rows of a table looked at for a report's keys


def _without_report_sections(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Leave out the sections of a Teams attendance report pasted above the minutes ("1.
    Oversigt" over "| Mødetitel | ... |", "2. Deltagere" over "| Navn | Første deltagelse | ...
    |"): the header reads the report's people; its section lines are no agenda items. Only a
    section whose table has one of the report's keys (linear: each such head looks at the
    first rows of the table below it)."""
    dropped: set[int] = set()
    for head in heads:
        if normalise_label.of(head.title) not in MEETING_REPORT_SECTIONS:
            continue
        j = _text_below(lines, head.index)
        rows = 0
        while j < len(lines) and rows < _REPORT_ROWS and lines[j].kind in _TABLE_KINDS:
            cells = lines[j].cells
            keys = cells if lines[j].kind is LineKind.TABLE_ROW else []
            if any(normalise_label.of(c) in MEETING_REPORT_KEYS for c in keys):
                dropped.add(head.index)
                break
            j += 1
            rows += 1
    return [h for h in heads if h.index not in dropped] if dropped else heads


_TABLE_KINDS: Final = (LineKind.TABLE_ROW, LineKind.TABLE_RULE)


def _without_item_guests(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Leave out the entries of a bulleted people list that name the item a person came for
    ("**Gæster:**" over "- Pkt. 3: Ledende overlæge Rasmus Feldt, Akutmodtagelsen"): people,
    not items (linear: each head looks only at the line above it)."""
    dropped: set[int] = set()
    for head in heads:
        line = lines[head.index]
        if not line.bullet or not head.title:
            continue
        above = text_above(lines, head.index)
        if above < 0 or not (above in dropped or _people_label(lines[above])):
            continue
        if _person_entry(head.title):
            dropped.add(head.index)
    return [h for h in heads if h.index not in dropped] if dropped else heads


def _under_people_label(lines: tuple[Line, ...], index: int, dropped: set[int]) -> bool:
    """The nearest non-blank line above ``index`` is a people label alone ("Deltagere:",
    "**Afbud**", "## Til stede", "Deltagere fra bestyrelsen:"), or a group label inside a
    people list ("Deltagere:" / "Forældrerepræsentanter:" over "1. Mette Holm", or after the
    previous group's numbered names, ``dropped``)."""
    j = text_above(lines, index)
    if j < 0:
        return False
    if _people_label(lines[j]):
        return True
    if not _group_label(lines[j]):
        return False
    above = text_above(lines, j)
    return above >= 0 and (above in dropped or _people_label(lines[above]))


def text_above(lines: tuple[Line, ...], index: int) -> int:
    """The nearest non-blank line above ``index``, or -1."""
    j = index - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    return j


def _text_below(lines: tuple[Line, ...], index: int) -> int:
    """The nearest non-blank line below ``index``, or ``len(lines)``."""
    j = index + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j


def _group_label(line: Line) -> bool:
    """ "Forældrerepræsentanter:", "Ledelse:": a short label alone, no heading of the agenda."""
    text = line.text.strip()
    if not text.endswith(":") or len(text) > 40 or line.list_number is not None or line.bullet:
        return False
    key = normalise_label.of(text)
    return (
        0 < len(key.split()) <= 3
        and not any(c.isdigit() for c in key)
        and key not in VOCABULARY_KEYS
        and key not in SECTION_LABELS
    )


def _people_label(label: Line) -> bool:
    """ "Deltagere:", "**Afbud**", "## Til stede": a people label alone on its line."""
    emphasised = label.kind is LineKind.HEADING or label.strong
    text = label.text.strip()
    if not (emphasised or text.endswith(":")) or len(text) > 50 or label.list_number is not None:
        return False
    key = normalise_label.of(text)
    words = key.split()
    return any(
        FIELD_LABELS.get(" ".join(words[:n])) in _PEOPLE_LIST_KINDS for n in (len(words), 2, 1)
    )


def _person_entry(title: str) -> bool:
    """A numbered entry that names a person ("Bo Lind (kasserer)", "Aarhus Kommune v/ Ib
    Ravn", "Sognepræst Lise Bach"): a readable name of capitalised words; a shareholder
    represented by a person ("Aabenraa Kommune (nom. 6.000.000 kr. aktier), repræsenteret ved
    borgmester Kasper Holmdal ...")."""
    parts = parse_person(title)
    if parts is None:
        return False
    name = parts.name
    if starts_with_first_name(name):
        return True
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and is_name(name)


def _symbol_sequences(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Keep heads numbered by Roman numerals or letters only in a sequence I., II., III., ... or
    A., B., C., ... (or a), b), c) as headings, where no numbered heading is an item): "V.
    Hansen" or "C." alone (a party letter) is no item. The two kinds
    count apart: "IV. Indkomne forslag" over its proposals "A.", "B.", "C.", then "V. Budget"
    (linear: each head looks at the next of its kind once)."""
    symbolic = [h for h in heads if h.symbolic]
    if not symbolic:
        return heads
    if any(not h.symbolic and h.base == "heading" for h in heads):  # "## 1. ..." over "### a)
        small = {h.index for h in symbolic if lines[h.index].text[:1].islower()}  # ...": its
        if small:  # sub-points, read inside it
            heads = [h for h in heads if h.index not in small]
            symbolic = [h for h in symbolic if h.index not in small]
    roman = [_roman_symbol(lines[h.index].text) for h in symbolic]
    following: list[int | None] = [None] * len(symbolic)  # the next head's top, of its kind
    seen: dict[bool, int] = {}
    for k in range(len(symbolic) - 1, -1, -1):
        following[k] = seen.get(roman[k])
        seen[roman[k]] = symbolic[k].top
    kept: set[int] = set()
    last: dict[bool, int] = {}  # per kind, the top of the last head kept
    before: Head | None = None
    for k, head in enumerate(symbolic):
        after_kept = before is not None and before.index in kept and before.top == head.top - 1
        same_kind = last.get(roman[k]) == head.top - 1 and before is not None
        opens = head.top == 1 and following[k] == 2
        if after_kept or same_kind or opens:
            kept.add(head.index)
            last[roman[k]] = head.top
        before = head
    # letters between two Roman items that count on ("IV." / "A.", "B.", "C." / "V."): the
    # sub-points of the first, read inside it
    numerals = [h for k, h in enumerate(symbolic) if roman[k] and h.index in kept]
    inside = [
        (a.index, b.index) for a, b in pairwise(numerals) if b.top == a.top + 1
    ]  # (in line order: a bisection finds the span around a letter)
    starts = [a for a, _ in inside]
    for k, head in enumerate(symbolic):
        if roman[k] or head.index not in kept:
            continue
        j = bisect_right(starts, head.index) - 1
        if j >= 0 and inside[j][0] < head.index < inside[j][1]:
            kept.discard(head.index)
    return [h for h in heads if not h.symbolic or h.index in kept]


def _roman_symbol(text: str) -> bool:
    """Whether a symbolic head's symbol is a Roman numeral ("IV.", "V.", "I."), not a letter."""
    symbol = text.strip("*_# ").split(".", 1)[0].split(")", 1)[0].strip()
    if symbol[:3].casefold() == "ad ":
        symbol = symbol[3:].strip()
    return (
        bool(symbol)
        and all(c in "IVXLCDM" for c in symbol)
        and (len(symbol) > 1 or symbol in "IVX")
    )


_BARE_NUMBER: Final = re.compile(r"^\d{1,3}\s+[A-ZÆØÅ]")  # "3 Projekter", not "3." / "3)" / "3 -"


def _without_wrapped_numbers(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Leave out a number that a PDF line break put at a line start ("Beløbet fordeles på" /
    "3 Projekter: legeplads og belysning."): a bare number and a capitalised word, right under a
    line of prose that does not end a sentence and is no head itself."""
    indices = {h.index for h in heads}
    dropped: set[int] = set()
    for head in heads:
        i = head.index
        line = lines[i]
        if head.base != "line" or i == 0 or i - 1 in indices or line.list_number is not None:
            continue
        before = lines[i - 1]
        if (
            _BARE_NUMBER.match(line.text)
            and before.kind is LineKind.TEXT
            and before.text
            and not before.bullet
            and before.list_number is None
            and before.text.rstrip()[-1:].isalpha()
            and before.text.rstrip()[-1:].islower()
        ):
            dropped.add(i)
    return [h for h in heads if h.index not in dropped] if dropped else heads


# "2 Økonomiudvalget 12.03.2024", "3 Teknik- og Miljøudvalget, 5. marts 2024 Anbefalet": where
# a case went, and what came of it
_CASE_HISTORY: Final = anchored(
    r"^\d{1,3}[.)]?\s+(?:[A-ZÆØÅ]\w*-,?\s+(?:\w+-,?\s+){0,3}og\s+)?[A-ZÆØÅ][\w-]*"
    r"(?:udvalg|råd|bestyrelse|forum|gruppe|repræsentantskab)(?:et|en|n)?,?\s+(?:den\s+|d\.\s*)?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4})"
    r"(?:\s+[A-ZÆØÅa-zæøå][\w-]*){0,3}$"  # "... 04.03.2024 Anbefalet": the step's outcome
)


def _case_history(head: Head, lines: tuple[Line, ...]) -> bool:
    """A number, a body's name and a date on a plain line ("2 Økonomiudvalget 12.03.2024", "3.
    Byrådet 21.03.2024"): a line of a case's history (where it was or goes next)."""
    if head.base != "line" or not any(c.isdigit() for c in head.title):
        return False
    return _CASE_HISTORY.match(lines[head.index].text.strip()) is not None


def _without_case_history(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Leave out the lines of a case's history ("Behandlet i:" over "2 Økonomiudvalget
    12.03.2024", "3 Byrådet 21.03.2024"), the item's text: two such lines or more in a row, or
    one with a bare number when the document has item heads of another kind."""
    history = [h.index for h in heads if _case_history(h, lines)]
    if not history or len(history) == len(heads):
        return heads
    found = set(history)
    dropped = {
        i
        for i in history
        if i - 1 in found or i + 1 in found or _BARE_START.match(lines[i].text.strip())
    }
    return [h for h in heads if h.index not in dropped] if dropped else heads


# the first word of "3 Stemmer for (V, C, O)", "4 Kr. pr. time", "12 Deltagere": a count
_QUANTITY_WORDS: Final = frozenset(COUNT_UNITS) | frozenset(
    {"stemme", "deltagere", "personer", "medlemmer", "stemmeberettigede", "kroner", "millioner"}
)
_BARE_START: Final = re.compile(
    r"^\d{1,3}[a-z]?\s+\S"
)  # "3 Stemmer", "8a Jubilæum": no "." / ")" / dash after the number


def _quantity(head: Head, lines: tuple[Line, ...]) -> bool:
    """A bare number and a unit on a plain line ("3 Stemmer for (V, C, O)", "4 Kr. pr. time"):
    a count inside an item's text, not an item head."""
    if head.base != "line" or not head.title:
        return False
    first = head.title.split(None, 1)[0].rstrip(".,:").casefold()
    line = lines[head.index]
    return (
        first in _QUANTITY_WORDS
        and line.list_number is None
        and _BARE_START.match(line.text.strip()) is not None
    )


def _without_quantities(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Leave out counts read as bare heads ("Afstemning:" over "3 Stemmer for", "2 Stemmer
    imod") when some item head is written otherwise ("2. Salg af grund", "## 2", "Punkt 2"):
    the items are numbered differently, so a bare number is no item's."""
    counts = {h.index for h in heads if _quantity(h, lines)}
    if not counts:
        return heads
    other = any(
        h.base != "line" or _BARE_START.match(lines[h.index].text.strip()) is None
        for h in heads
        if h.index not in counts and "." not in h.number  # not "8a." (a sub-point or insert)
    )
    return [h for h in heads if h.index not in counts] if other else heads


def _without_clock_rows(heads: list[Head], lines: tuple[Line, ...]) -> list[Head]:
    """Leave out table rows whose "number" stands under a time column ("| Tid | |" over "| 09.00
    | Velkomst |", "| 10.15 | Gruppearbejde |"): a programme's clock times, no item numbers;
    and rows whose "title" stands under a column of names ("| Parcel | Navn | Bemærkning |" over
    "| 2 | Jens Aagaard | formand |"): people, numbered by their plot or seat (linear: each
    table's start is found once, its header looked at once)."""
    table_heads = [h for h in heads if h.base == "table"]
    if not table_heads:
        return heads
    kinds = (LineKind.TABLE_ROW, LineKind.TABLE_RULE)
    starts: dict[int, int] = {}  # line -> the first line of its table
    start = -1
    for i, line in enumerate(lines):
        if line.kind in kinds:
            if i == 0 or lines[i - 1].kind not in kinds:
                start = i
            starts[i] = start
    clocked: set[int] = set()  # the first lines of the tables of times or names
    seen: set[int] = set()
    for h in table_heads:
        start = starts.get(h.index, -1)
        if start < 0 or start in seen:
            continue
        seen.add(start)
        if start + 1 >= len(lines) or lines[start + 1].kind is not LineKind.TABLE_RULE:
            continue  # no header row
        number_at, title_at = table_columns(lines[h.index].cells)
        header = lines[start].cells
        keys = [normalise_label.of(c) for c in header]
        if (number_at < len(header) and time_column(header[number_at])) or (
            (title_at < len(keys) and keys[title_at] in PEOPLE_COLUMNS)
            # "| Kreds | Delegeret | Mødt |" over "| 1 Salling Nord | Kristian Holmgaard | ja |"
            or (
                any(k in PEOPLE_COLUMNS for k in keys)
                and not any(k in AGENDA_ITEM_COLUMNS or k in TITLE_COLUMNS for k in keys)
            )
        ):
            clocked.add(start)
    if not clocked:
        return heads
    return [h for h in heads if h.base != "table" or starts.get(h.index, -1) not in clocked]


def _after_prose(lines: tuple[Line, ...], index: int) -> bool:
    """The nearest non-blank line before ``index`` is prose ending in ":" or ".", or in "at"
    before the points it introduces ("Direktøren indstiller, at" / "1. orienteringen ...")."""
    j = index - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    if j < 0:
        return False
    before = lines[j]
    return (
        before.kind is LineKind.TEXT
        and not before.strong
        and before.list_number is None
        and not before.bullet
        and before.text.rstrip().endswith((":", ".", ", at", " at"))
        and normalise_label.of(before.text) not in VOCABULARY_KEYS  # not "Referat:"
    )


_NUMBER_ONLY: Final = anchored(
    r"^(?:(?:(?:dagsordens)?punkt|pkt\.?)(?:\s*nr\.?)?\s*:?\s*)?(\d{1,3})\.?"
    r"(\s+(?:lukket|åben|åbent)\s+(?:sag|punkt))?$",
    re.IGNORECASE,
)  # "12.", "Punkt 12", "Punkt: 12" (a case system's fields: "Punkt: 12" / "Titel: Budget"),
# "Punkt 45 Åben sag" (the item's status after its number, group 2)
_TITLE_FIELD: Final = anchored(r"^(?:titel|overskrift|emne|sagstitel)\s*:\s*(?=\S)", re.IGNORECASE)


def title_below(text: str) -> str:
    """The title a line under a head without one writes: its text without emphasis, a closing
    colon or a case system's title field ("Titel: Budgetopfølgning")."""
    title = text.strip("*_ ").rstrip(":")
    field = _TITLE_FIELD.match(title)
    return title if field is None else title[field.end() :]


_STATUS_ONLY: Final = anchored(STATUS_NOTICE, re.IGNORECASE)
_STATUS_MAX: Final = 16  # characters of a status alone ("Lukket punkt.")
_SPLIT_HEAD_MAX: Final = 32  # characters of a head without its title ("Punkt 123 Åbent punkt")


def _split_heads(lines: tuple[Line, ...], taken: set[int]) -> list[Head]:
    """ "12." (or "Punkt 12") alone on a line with the title on the next one, as PDF
    conversions write item heads: a head with that title."""
    found: list[Head] = []
    for i, line in enumerate(lines[:-1]):
        if i in taken or line.kind is not LineKind.TEXT or len(line.text) > _SPLIT_HEAD_MAX:
            continue
        if line.raw.startswith(FAR_RIGHT_INDENT):
            continue  # a page number far right, over the next page's running header
        m = _NUMBER_ONLY.match(line.text)
        following = lines[i + 1]
        if m is not None and m.group(2) is not None and following.blank and i + 2 < len(lines):
            following = lines[i + 2]  # "Punkt 45 Åben sag", a blank line, then the title
        if m is None or following.kind is not LineKind.TEXT or following.bullet:
            continue
        title = title_below(following.text)
        if not title or len(title) > 120 or not _plausible_title(title):
            continue
        if title.endswith(".") and title.casefold().rstrip(".") not in CLOSING_TOPICS:
            continue  # a sentence, not a title; "Evt." is one
        label = section_label(following, None)
        if label is not None and following.text[len(label[1]) :].lstrip()[:1] not in "–—-":
            continue  # "Beslutning:" under "4."; "Økonomi – status pr. 30. september" is a title
        number = m.group(1).lstrip("0") or "0"
        found.append(Head(i, number, int(number), _title(title), "line", line.quote > 0, 0))
    return found


def _same_title(key: str, listed: str) -> bool:
    """The same title, or one shortened from the other ("Budget og takster" for "Budget og
    takster 2025"), keeping at least half of it."""
    if not key or not listed:
        return False
    if key == listed:
        return True
    short, long = sorted((key, listed), key=len)
    return len(short) >= 6 and long.startswith(short) and len(short) * 2 >= len(long)


def _comparable_title(text: str) -> str:
    """A title as compared between runs."""
    return normalise_label.of(_title(text)).strip(" .:")


_title_key: Final = memo(_comparable_title, 4096)  # twin runs compare the same titles


_RULED_LEVEL: Final = 8


def _ruled_topic(line: Line, lines: tuple[Line, ...], i: int) -> bool:
    """A short plain line right under a rule, over a blank line and text, that ends no sentence
    (Acadre's and Word's topics between rules: "____" / "Integrationsprisen 2025" / text)."""
    if line.kind is not LineKind.TEXT or line.bullet or line.list_number is not None:
        return False
    if len(line.text) > 80 or line.text.endswith((".", ":", "?", "!", ",")):
        return False
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j > i + 1 and j < len(lines) and lines[j].kind is LineKind.TEXT


def _lists_inside_one_topic(runs: list[Run]) -> bool:
    """Only short numbered lists of plain lines (no numbered heading): maybe options or points
    inside one topic of unnumbered topic headings."""
    return (
        all(h.base == "line" for r in runs for h in r.heads)
        and sum(len(r.heads) for r in runs) <= 6
    )


def _goes_on(run: Run, primary: Run, lines: tuple[Line, ...]) -> bool:
    """A run after the agenda's last item that goes on with its numbers under a heading of its
    own ("### 14. Orientering ..." / "### Lukkede punkter" over "15. Salg af ejendom"): more
    items (a council's closed items, listed by title only), not text of the last one."""
    first = run.heads[0]
    if first.top != primary.heads[-1].top + 1 or first.index <= primary.last or run.auto:
        return False
    above = text_above(lines, first.index)
    return above > primary.last and (lines[above].kind is LineKind.HEADING or lines[above].strong)


def _topics_possible(runs: list[Run], lines: tuple[Line, ...]) -> bool:
    """Cheap first: enough emphasised lines or a table for topics to outnumber the numbered
    lines twice (``_inside_one_topic``, ``_table_over_lists``)."""
    needed = max(4, 2 * sum(len(r.heads) for r in runs))
    seen = 0
    for line in lines:
        if line.kind is LineKind.TABLE_ROW:
            return True
        if line.kind is LineKind.HEADING or line.strong:
            seen += 1
            if seen >= needed:
                return True
    return False


def _table_over_lists(runs: list[Run], topics: Run, lines: tuple[Line, ...]) -> bool:
    """A table of topics with at least twice as many rows as the numbered lines after it (a
    "Beslutninger" list under Confluence's "Discussion items" table): the table is the agenda."""
    numbered = [h.index for r in runs for h in r.heads]
    return (
        topics.heads[0].base == "table"
        and len(topics.heads) >= 2 * len(numbered)
        and min(numbered) > topics.heads[-1].index
    )


def _inside_one_topic(runs: list[Run], topics: Run, lines: tuple[Line, ...]) -> bool:
    """Every numbered line lies under the same one of at least four topic headings, and those
    headings are at least twice as many as the numbered lines; when a line ending in a colon
    opens the list ("Efter afstemning blev følgende rækkefølge besluttet:"), three headings
    and as many as the numbered lines."""
    starts = [h.index for h in topics.heads]
    numbered = [h.index for r in runs for h in r.heads]
    above = text_above(lines, min(numbered))
    opened = above >= 0 and lines[above].text.endswith(":")
    if len(starts) < (3 if opened else 4) or len(starts) < (1 if opened else 2) * len(numbered):
        return False
    sections = {bisect_right(starts, i) for i in numbered}
    return len(sections) == 1 and 0 not in sections


_PAGE_FURNITURE: Final = anchored(WEB_FURNITURE, re.IGNORECASE)
_PEOPLE_FIELDS: Final = frozenset(
    {FieldKind.ATTENDEES, FieldKind.MEMBERS, FieldKind.ABSENTEES, FieldKind.GUESTS}
    | {FieldKind.MINUTE_TAKER, FieldKind.CHAIR}
)
# "**Fra biblioteket:**" over a list of the library's staff: a people label, no topic
_FROM_LABEL: Final = re.compile(r"^fra\s+\w+(?:\s+\w+)?:$")


def _people_line(text: str) -> bool:
    """ "*Referent: Morten Skibsted*", "**Fra biblioteket:**": a people field, no topic."""
    if ":" not in text:
        return False
    label = normalise_label.of(text[: text.index(":")])
    return FIELD_LABELS.get(label) in _PEOPLE_FIELDS or bool(_FROM_LABEL.match(text.casefold()))


def _unnumbered_run(lines: tuple[Line, ...]) -> Run | None:
    """Without numbered items: the most frequent level of topic headings ("## Økonomi"), up to
    the page's furniture after them ("Del: Facebook · LinkedIn", "Relaterede sider")."""
    by_level: dict[int, list[Head]] = {}
    after_rule = False  # the last line that was not blank is a rule ("____" between topics)
    found = 0
    colon_heads: list[Head] = []  # "Kassen: Allan oplyste ...": a paragraph led by its topic
    for i, line in enumerate(lines):
        ruled, after_rule = (
            after_rule,
            (line.kind is LineKind.RULE or (after_rule and line.kind is LineKind.BLANK)),
        )
        if found < 2 and ":" in line.text[:_COLON_TOPIC_MAX] and line.kind is LineKind.TEXT:
            colon = _colon_topic(line, lines, i)
            if colon is not None:
                colon_heads.append(colon)
                continue
        if not line.text or line.quote or len(line.text) > 120:
            continue
        if found >= 2 and len(line.text) <= 80 and _PAGE_FURNITURE.match(line.text):
            break  # the page's furniture under its content: no more topics
        if _people_line(line.text):
            continue
        if " · " in line.text and find_dates(line.text):
            continue  # "*Skrevet af Anne-Mette · 8. november 2023 · Kategori: ...*": a byline
        if (line.strong or line.kind is LineKind.HEADING) and _when_line(line.text):
            continue  # "**Torsdag d. 14/11-2024 kl. 14.00-15.30 i cafeen**": the meeting's when
        if line.kind is LineKind.HEADING:
            level = line.heading_level
        elif line.strong and not line.bullet and line.list_number is None:
            if _italic_sentence(line):
                continue  # "*Dagsordenen blev godkendt.*" under a bold topic: its decision
            level = 7
        elif ruled and _ruled_topic(line, lines, i):
            level = _RULED_LEVEL  # "____" over "Godkendelse af dagsorden" over its text
        elif _capitals_topic(line):
            level = _CAPITALS_LEVEL  # "GODKENDELSE AF DAGSORDEN" over "Godkendt." (a PDF's)
        else:
            continue
        key = normalise_label.of(without_marks(line.text))
        label = section_label(line, None)
        if key in VOCABULARY_KEYS and key not in AGENDA_TOPICS:
            continue  # "**Deltagere**"; but "**Næste møde**" over its text is a topic
        if joint_heading(key):
            continue  # "**Dagsorden + noter**" over the topics
        if _DATE_ONLY.match(key) or _label_with_remark(key):
            continue
        if key[:1].isdecimal() and _break_slot(key):
            continue  # "18.15-18.30 Pause – der er sandwich": no topic
        if label and label[0] in _PART_KINDS:
            continue
        if len(key) <= _STATUS_MAX and _STATUS_ONLY.match(key):
            continue  # "LUKKET PUNKT", "## Åbne punkter": a part of the agenda, no topic
        head = Head(i, "", 0, _title(without_marks(line.text)), "heading", False, 0)
        by_level.setdefault(level, []).append(head)
        found += 1
    ruled_heads = by_level.get(_RULED_LEVEL)
    if ruled_heads:  # a page's running header after each page break is no topic
        seen = Counter(_title_key.of(h.title) for h in ruled_heads)
        by_level[_RULED_LEVEL] = [h for h in ruled_heads if seen[_title_key.of(h.title)] == 1]
    for level_heads in by_level.values():  # "**Opgaver**" after the topics: no topic itself
        if _title_key.of(without_marks(level_heads[-1].title)) in TASK_HEADINGS:
            level_heads.pop()
    candidates = [(len(h), -lvl, h) for lvl, h in by_level.items() if lvl >= 2 and len(h) >= 2]
    table = _table_topic_run(lines)
    if table is not None and (
        all(len(table.heads) > c[0] for c in candidates)
        or _heading_over_table(table, candidates, lines)
    ):
        return table  # Confluence's "Discussion items" table over fewer headings, or under one
    if not candidates:
        found_run = _topic_run(lines)
        if found_run is None and len(colon_heads) >= _COLON_TOPICS:
            return Run(colon_heads)  # "Kassen: ...", "Vejen: ...", "Evt.: ...": the topics
        return found_run
    level, heads = max(((-c[1], c[2]) for c in candidates), key=lambda c: (len(c[1]), -c[0]))
    while len(heads) >= 3 and _people_section_under(heads[0], heads[1], level, lines):
        heads = heads[1:]  # "**Haderslev Bibliotekerne**" over "**Deltagere**": a letterhead
    if len(heads) >= 3 and _dated_title(heads[0], lines):
        heads = heads[1:]  # "**Styregruppe – Fælles Borgerservice**" over "tirsdag 6. februar ..."
    titles = next(
        (k + 1 for k in range(min(3, len(heads) - 2)) if _people_fields_under(heads, k, lines)), 0
    )
    return Run(heads[titles:])  # "**Bestyrelsen for ...**" over "Deltagere: ...": the title


_CAPITALS_LEVEL: Final = 9
_COLON_TOPIC_MAX: Final = 32
_COLON_TOPICS: Final = 3  # paragraphs led by a topic and a colon that make the topics
_CLOCK_OR_DATE: Final = re.compile(r"\d\s*[.:/-]\s*\d|^\d")
_PARAGRAPH_TOPIC: Final = re.compile(r"^([A-ZÆØÅ][\w.&/ -]{1,29}?)\s*:\s+(\S.*)$")


def _colon_topic(line: Line, lines: tuple[Line, ...], i: int) -> Head | None:
    """A paragraph led by its topic and a colon ("Kassen: Allan oplyste, at ...", "Evt.: Poul
    har bedt om nøgle ..."), as a board's informal minutes write their topics: the topic as
    the head's title, the paragraph's text as its ``rest``. Not a header's field ("Tilstede:",
    "Referent:"), a section's label ("Beslutning:"), nor a person speaking ("Henrik: ...")."""
    if line.bullet or line.list_number is not None or line.strong or line.quote:
        return None
    if i and not lines[i - 1].blank:
        return None
    m = _PARAGRAPH_TOPIC.match(line.text)
    if m is None or m.group(1).count(" ") > 3:
        return None
    label = m.group(1).strip()
    key = normalise_label.of(label)
    if (key in VOCABULARY_KEYS and key not in AGENDA_TOPICS) or key in FIELD_LABELS:
        return None
    if section_label(line, None) is not None or (has_digit(label) and _CLOCK_OR_DATE.search(label)):
        return None  # (not "Kl. 19.30:", "D. 4/3:"; but "Generalforsamling 2025:" is a topic)
    if (" " not in label and starts_with_first_name(label)) or is_name(label, allow_single=False):
        return None  # "Henrik: Jeg synes ...": who said it
    return Head(i, "", 0, _title(label), "heading", False, 0, rest=m.group(2).strip())


def _capitals_topic(line: Line) -> bool:
    """A plain line in capitals, as a PDF writes its topics ("GODKENDELSE AF DAGSORDEN",
    "KIRKEGÅRDEN – BELYSNING AF STIERNE"): words, not a sentence or a label."""
    text = line.text
    return (
        line.kind is LineKind.TEXT
        and not line.bullet
        and line.list_number is None
        and 4 <= len(text) <= 80
        and text.isupper()
        and text[-1:] not in ".:;,"
        and "  " not in line.raw.strip()  # (not a letterhead's columns)
        and sum(c.isalpha() for c in text) * 3 >= len(text) * 2
    )


def _when_line(text: str) -> bool:
    """A line that dates the meeting and gives its hours ("Torsdag d. 14/11-2024 kl. 14.00-15.30
    i cafeen"): the header's, no topic."""
    return has_digit(text) and find_time_range(text) is not None and bool(find_dates(text))


def _break_slot(key: str) -> bool:
    """A time slot for a break ("18.15-18.30 pause", "12.00-12.30 frokost"), no topic."""
    slot = _TIME_SLOT.match(key)
    return slot is not None and key[slot.end() :].startswith(BREAK_WORDS)


def _bulleted_agenda(lines: tuple[Line, ...]) -> Run | None:
    """An agenda written as bullets under its label ("Dagsorden:" over "- Godkendelse af
    referat", "- Økonomi", ...): one unnumbered item per bullet of the list's first level."""
    for i, line in enumerate(lines):
        if line.bullet or line.quote or line.kind not in (LineKind.TEXT, LineKind.HEADING):
            continue
        key = normalise_label.of(without_marks(line.text))
        bold_only = key in TOPIC_LIST_HEADINGS  # "## Notes" over "- **Vejvedligehold**"
        if (
            not bold_only
            and not _agenda_heading(key)
            and not (
                line.text.endswith(":")
                and len(key) <= 60
                and key.split(" ", 1)[0] in AGENDA_HEADINGS
            )
        ):  # (also "Dagsorden i henhold til vedtægternes § 9:")
            continue
        heads = _bullet_topics(lines, i + 1, bold_only=bold_only)
        if heads is not None and len(heads) >= 2:
            return Run(heads)
        if not bold_only:  # (a note template's heading: its topics may be under a later one)
            return None
    return None


def _list_heading_over(topics: Run, bulleted: Run, lines: tuple[Line, ...]) -> bool:
    """The topics' last heading over the bulleted ones, or the heading right over them ("##
    Mødenoter" under a Teams recap's "## Opsummering"), is a heading of a topic list ("##
    Emner", "## Notes", "## Dagsorden"): it heads them, it is none of them."""
    over = [h for h in topics.heads if h.index < bulleted.first]
    if over and _topic_list_heading(over[-1].title):
        return True
    j = text_above(lines, bulleted.first)
    return (
        j >= 0
        and (lines[j].kind is LineKind.HEADING or lines[j].strong)
        and _topic_list_heading(_title(lines[j].text))
    )


def _topic_list_heading(title: str) -> bool:
    key = normalise_label.of(title)
    return key in TOPIC_LIST_HEADINGS or key in AGENDA_HEADINGS


_BOLD_BULLETS: Final = 3  # topics written as bold bullets alone, with no label over them


def _bold_bullet_run(lines: tuple[Line, ...]) -> Run | None:
    """Three or more first-level bullets in one list, each bold alone and each with text of its
    own under it (nested bullets or an indented paragraph): "- **Skolebal for 7.–9. klasse**" over
    "  Vi har fået lov ...", a notes app's topics with no heading over them. Unnumbered items."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if not (line.bullet and line.list_depth <= 1 and line.strong):
            i += 1
            continue
        heads: list[Head] = []
        j = i
        while j < len(lines) and (lines[j].blank or lines[j].list_depth >= 1 or lines[j].bullet):
            item = lines[j]
            if item.bullet and item.list_depth <= 1:
                text = item.content.strip()
                if not item.strong or not text or len(text) > 120 or text.endswith(":"):
                    break
                if not _has_text_under(lines, j):
                    break
                heads.append(Head(j, "", 0, _title(without_marks(text)), "line", False, 0))
            j += 1
        if len(heads) >= _BOLD_BULLETS:
            return Run(heads)
        i = max(j, i + 1)
    return None


_OUTLINE_TOPICS: Final = 3  # a document written as one outline: its topics, with no label over them


def _outline_run(lines: tuple[Line, ...]) -> Run | None:
    """A document written as one bulleted outline to its end: the first-level bullets with
    entries of their own under them are its topics ("- Økonomi" over "  - Taget til
    efterretning"), three or more. Leading bullets whose entries carry header fields ("-
    Skovlund Jagtforening – bestyrelsesmøde" over "  - Til stede: ...") are its header, and a
    first-level bullet alone after the topics ("- Næste møde 21/8-25") is part of the last one.
    A list with text after it (a web page's menu over its article) is no outline."""
    first = next((i for i, ln in enumerate(lines) if not ln.blank), None)
    if first is None or lines[first].list_depth != 1 or not lines[first].bullet:
        return None
    if any(not ln.blank and ln.list_depth < 1 for ln in lines[first:]):
        return None
    heads: list[Head] = []
    in_header = True
    for j in range(first, len(lines)):
        item = lines[j]
        if not (item.bullet and item.list_depth == 1):
            continue
        text = without_marks(item.content.strip())
        if in_header and _fields_under(lines, j):
            continue
        in_header = False
        if not _has_text_under(lines, j):
            continue  # (a closing remark, read with the topic above it)
        if not text or len(text) > 120 or text.endswith(":") or _people_line(f"{text}:"):
            return None  # a people list written as an outline ("- Til stede" over names)
        heads.append(Head(j, "", 0, _title(text), "line", False, 0))
    return Run(heads) if len(heads) >= _OUTLINE_TOPICS else None


def _fields_under(lines: tuple[Line, ...], j: int) -> bool:
    """Whether one of the entries under the first-level bullet ``j`` is a header field ("Til
    stede: ...", "Dato: ...")."""
    for k in range(j + 1, len(lines)):
        line = lines[k]
        if line.blank:
            continue
        if line.list_depth <= 1 and line.bullet:
            return False
        text = line.content.strip()
        if ":" in text and normalise_label.of(text[: text.index(":")]) in FIELD_LABELS:
            return True
    return False


def _has_text_under(lines: tuple[Line, ...], j: int) -> bool:
    """A bullet's own text under it: the next non-blank line is a deeper entry or the bullet's
    indented paragraph (a lazy continuation is part of the bullet's line itself)."""
    k = j + 1
    while k < len(lines) and lines[k].blank:
        k += 1
    if k >= len(lines):
        return False
    nxt = lines[k]
    return (nxt.list_depth > 1) or (nxt.list_depth >= 1 and not nxt.bullet and bool(nxt.text))


def _bullet_topics(lines: tuple[Line, ...], start: int, *, bold_only: bool) -> list[Head] | None:
    """The first-level bullets of the list from ``start`` as unnumbered heads (``bold_only``:
    each bold alone, "- **Vejvedligehold**"); None when one is no topic."""
    heads: list[Head] = []
    j = start
    while j < len(lines) and (
        lines[j].blank or lines[j].list_depth > 1 or lines[j].bullet or _dash_entry(lines[j])
    ):
        item = lines[j]
        if (item.bullet and item.list_depth <= 1) or _dash_entry(item):
            if bold_only and not item.strong:
                return None  # notes, not topics: "- Kristian har kigget på ..."
            text = item.content.strip()  # "- [x] Økonomi" too: a ticked topic
            if not item.bullet:
                text = text[1:].strip()  # "– Formandens beretning": Word's dash list
            if not text or len(text) > 120:
                return None
            heads.append(Head(j, "", 0, _title(without_marks(text)), "line", False, 0))
        j += 1
    return heads


def _dash_entry(line: Line) -> bool:
    """A plain line opening with a dash or bullet character and a space ("– Formandens
    beretning", "• Regnskab"): an entry of a list a word processor wrote, which Markdown does
    not read as one."""
    text = line.text
    return (
        line.kind is LineKind.TEXT
        and line.list_depth == 0
        and text[:1] in _DASH_MARKS
        and text[1:2] == " "
        and line.raw.lstrip()[:1] in _DASH_MARKS
    )


def _agenda_heading(key: str) -> bool:
    """ "Dagsorden", and the agenda named with the minutes ("Dagsorden / referat", "Dagsorden
    og referat")."""
    if key in AGENDA_HEADINGS:
        return True
    parts = [p.strip() for p in key.replace(" og ", " / ").split(" / ")]
    return len(parts) == 2 and any(p in AGENDA_HEADINGS for p in parts) and "referat" in parts


def _people_section_under(head: Head, nxt: Head, level: int, lines: tuple[Line, ...]) -> bool:
    """A people label emphasised like the topics between the first two of them ("**Deltagere
    (initialer)**" under a bold letterhead line): the first is no topic but the header's."""
    for j in range(head.index + 1, nxt.index):
        line = lines[j]
        same = line.heading_level == level if level < 7 else line.strong and not line.heading_level
        if same and _people_label(line):
            return True
    return False


def _people_fields_under(heads: list[Head], k: int, lines: tuple[Line, ...]) -> bool:
    """Topic ``k`` over the header's people fields ("**Bestyrelsen for Solstrålen**" over
    "Deltagere: Mette Lauridsen, ..." and "Afbud fra Peter Holm"): the document's title, no
    topic, when nothing stands above it but the topics before it (a letterhead's
    "**Lindeskov Fjernvarmeværk a.m.b.a.**" over "**Referat af bestyrelsesmøde**") and at most
    two short plain lines ("Distrikt 1450 · Stiftet 1961")."""
    head, nxt = heads[k], heads[k + 1]
    above = {h.index for h in heads[:k]}
    # "**Bestyrelsesmøde mandag d. 25. august 2025 kl. 19.00 i ...**" under the shop's and the
    # society's names: a dated line is the meeting's, whatever stands over it; so is the
    # organisation's name over the line that dates the meeting ("**Erhvervsforeningen Gribskov
    # Nord**" over "📅 tirsdag 9/9-2025 · ⏰ 8.00–9.30 · ...")
    dated = (
        bool(above)
        or bool(find_dates(head.title))
        or any(_when_line(lines[j].text) for j in range(head.index + 1, nxt.index))
    )
    plain = 0
    for j in range(front_matter_end(lines), head.index):
        line = lines[j]
        if not line.text or j in above or line.kind is LineKind.RULE or _navigation(line):
            continue
        if _CLOCK_ALONE.match(line.text):  # a OneNote page's "21:04" under its date: when
            continue  # the page was written, furniture
        plain += 1
        if plain > 2 or not dated or ":" in line.text or len(line.text) > 60 or line.bullet:
            return False
    for j in range(head.index + 1, nxt.index):
        line = lines[j]
        if line.kind is not LineKind.TEXT or line.bullet or ":" not in line.text[:30]:
            continue
        label, _, value = line.text.partition(":")
        if FIELD_LABELS.get(normalise_label.of(label)) in _PEOPLE_LIST_KINDS and (
            value.strip() or _bullet_follows(lines, j + 1, nxt.index)
        ):  # "Deltagere: Mette ..." or "Deltagere:" over "- Ejnar Bødker, formand"
            return True
    return False


_CLOCK_ALONE: Final = re.compile(r"^\d{1,2}[:.]\d{2}$")


def front_matter_end(lines: tuple[Line, ...]) -> int:
    """The index after a front matter's closing rule (``_frontmatter`` writes its ``---`` lines
    as rules), or 0 when the document opens with none."""
    if not lines or lines[0].kind is not LineKind.RULE:
        return 0
    return next((j + 1 for j in range(1, len(lines)) if lines[j].kind is LineKind.RULE), 0)


def _bullet_follows(lines: tuple[Line, ...], start: int, stop: int) -> bool:
    """The first non-blank line from ``start`` (before ``stop``) is a bullet."""
    j = start
    while j < stop and not lines[j].text:
        j += 1
    return j < stop and lines[j].bullet


def _navigation(line: Line) -> bool:
    """A web page's menu or breadcrumb over its content: a line of two links or more ("[Forside]
    (/) > [Politik](/politik) > ...")."""
    return line.raw.count("](") >= 2


def _dated_title(head: Head, lines: tuple[Line, ...]) -> bool:
    """A topic's look-alike over a line that dates the meeting, under nothing but a few short
    letterhead and title lines (a Teams meeting's notes: "**Styregruppe – ...**" over "tirsdag
    6. februar 2024 · 14:00"; "Folkeoplysningsudvalget" / "---" under "Beslutningsprotokol"):
    the title or the body, no topic."""
    under = head.index + 1
    if (
        under < len(lines)
        and lines[under].text[:1] in FACT_SYMBOLS
        and has_digit(lines[under].text)
        and find_dates(lines[under].text)
    ):
        return True  # "**SFO Solsikken – forældreråd**" right over "📅 man. 3/2-25 kl. 19-20.30"
    above = [lines[j] for j in range(head.index) if lines[j].text and not _navigation(lines[j])]
    if len(above) > 4 or any(
        len(ln.text) > 60 or ":" in ln.text or ln.bullet or ln.kind is LineKind.TABLE_ROW
        for ln in above
    ):
        return False
    j = head.index + 1
    while j < len(lines) and not lines[j].text:
        j += 1
    return (
        j < len(lines)
        and j - head.index <= 3  # (a setext heading's underline is a line of its own)
        and lines[j].kind is LineKind.TEXT
        and has_digit(lines[j].text)
        and bool(find_dates(lines[j].text))
    )


def _label_with_remark(key: str) -> bool:
    """A known label with a remark in parentheses ("Deltagere (initialer)", "Afbud (2)")."""
    if not key.endswith(")") or "(" not in key:
        return False
    return key[: key.rindex("(")].rstrip() in VOCABULARY_KEYS


def _topic_run(lines: tuple[Line, ...]) -> Run | None:
    """Paragraphs opened by a known agenda topic ("Valg af revisorer: ...", "Eventuelt – ...")."""
    heads: list[Head] = []
    for i, line in enumerate(lines):
        if line.kind is not LineKind.TEXT or line.quote or line.bullet:
            continue
        m = _TOPIC_HEAD.match(line.text)
        if not m:
            continue
        key = normalise_label.of(m.group(1))
        if not key.startswith(AGENDA_TOPICS):
            continue
        if key in FIELD_LABELS and is_name(m.group(2).strip().rstrip(".")):
            continue  # "Dirigent: Kurt Holm" under the minutes signs them; "... blev valgt" not

        title = _title(m.group(1))
        heads.append(Head(i, "", 0, title, "line", False, 0, rest=m.group(2).strip()))
    if len(heads) >= 3:
        bold = _bold_lead_run(lines)  # (six bold topics beat the three known ones among them)
        return bold if bold is not None and len(bold.heads) > len(heads) else Run(heads)
    return (
        _dash_topic_run(lines)
        or _slot_topic_run(lines)
        or _label_topic_run(lines)
        or _bold_lead_run(lines)
        or _colon_line_run(lines)
    )


_BOLD_LEAD: Final = re.compile(
    r"^\s*(\*\*|__)([A-ZÆØÅ][^*_:]{1,80}?)(:?)\1(:?)[ \t]+([A-ZÆØÅ0-9].*)$"
)


def _bold_lead_run(lines: tuple[Line, ...]) -> Run | None:
    """Paragraphs that each open with a short bold topic and go on with what was said, a colon
    or nothing between ("**Økonomi** Kassebeholdningen er 21.640 kr. ...", "**Trafik på
    Kirkevej:** Drøftet. ..."), three or more
    in a row: the topics are the items (a village council's minutes in plain paragraphs). A
    header label in bold ("**Afbud** Ebbe Holst") is no topic."""
    return _topic_streak(lines, _bold_lead)


def _bold_lead(line: Line) -> tuple[str, str] | None:
    """A paragraph's bold topic and what follows it ("**Økonomi** Kassebeholdningen ..."), if
    it opens so."""
    if line.kind is not LineKind.TEXT or line.bullet or line.quote:
        return None
    m = _BOLD_LEAD.match(line.raw)
    if m is None:
        return None
    topic = m.group(2).strip()
    most = 9 if m.group(3) or m.group(4) else 6  # (a colon ends a longer topic)
    if len(topic.split()) > most or normalise_label.of(topic) in VOCABULARY_KEYS:
        return None
    return topic, m.group(5).strip()


def _topic_streak(
    lines: tuple[Line, ...], topic_of: Callable[[Line], tuple[str, str] | None]
) -> Run | None:
    """The longest streak of paragraphs or bullets in a row (blank lines between) that each
    open with a topic (``topic_of``: the topic and the text after it) and go on with a
    sentence; three or more."""
    best: list[Head] = []
    heads: list[Head] = []
    wrapped = False  # the line before goes on in this one (a paragraph's wrapped lines)
    for i, line in enumerate(lines):
        if line.blank:
            wrapped = False
            continue
        found = topic_of(line)
        if found is not None and (
            found[1].endswith((".", "!", "?"))
            or ". " in found[1]
            or (i + 1 < len(lines) and not lines[i + 1].blank)
        ):  # (a paragraph wrapped after its topic: "Julefrokosten: Afholdes ... inkl." / "1 ...")
            heads.append(Head(i, "", 0, _title(found[0]), "line", False, 0, rest=found[1]))
            wrapped = True
            continue
        if wrapped and heads and line.kind is LineKind.TEXT and not line.bullet:
            continue  # the topic's paragraph goes on
        if len(heads) > len(best):
            best = heads
        heads = []
    if len(heads) > len(best):
        best = heads
    return Run(best) if len(best) >= 3 else None


_OPENING_KINDS: Final = frozenset(
    {SectionKind.SAGSFREMSTILLING, SectionKind.INDSTILLING, SectionKind.BESLUTNING}
)


def _label_topic_run(lines: tuple[Line, ...]) -> Run | None:
    """A portal's minutes in plain lines, no numbers: each item's title on a line of its own
    over a bare section label ("Trafiksikkerhedsplan 2025-2030" over "Sagsfremstilling",
    "Godkendelse af dagsorden" over "Beslutning"). A line under a label is its text, not a
    title. Two titles at least."""
    heads: list[Head] = []
    for i, line in enumerate(lines):
        text = line.text
        if (
            line.kind is not LineKind.TEXT
            or line.bullet
            or line.list_number is not None
            or line.quote
            or not 3 <= len(text) <= 150
            or not text[0].isupper()
            or text[-1] in ".:;,!?"
        ):
            continue
        below = _text_below(lines, i)
        label = section_label(lines[below], None) if below < len(lines) else None
        if label is None or label[0] not in _OPENING_KINDS or label[2]:
            continue
        above = text_above(lines, i)
        if above >= 0 and section_label(lines[above], None) is not None:
            continue  # "Beslutning" / "Godkendt" / "Sagsfremstilling": the label's text
        if normalise_label.of(text) in VOCABULARY_KEYS or section_label(line, None) is not None:
            continue
        heads.append(Head(i, "", 0, _title(text), "line", False, 0))
    return Run(heads) if len(heads) >= 2 else None


_SLOT_ALONE: Final = re.compile(r"(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}")


def _slot_topic_run(lines: tuple[Line, ...]) -> Run | None:
    """A school board's web page: time slots on lines of their own ("17.20 - 17.50"), each over
    the topics of that part of the meeting. A slot's first paragraph opens with a topic
    ("Skolens budget 2024"), and so does a later paragraph of one line over a list ("Nyt fra
    ledelsen" over its bullets); a slot's break ("Pause") is none. Two slots at least."""
    slots = {i for i, ln in enumerate(lines) if ln.kind is LineKind.TEXT and not ln.bullet
             and ln.text[:1].isdecimal() and _SLOT_ALONE.fullmatch(ln.text)}  # fmt: skip
    if len(slots) < 2:
        return None
    heads: list[Head] = []
    after_slot = False
    for i in range(min(slots), len(lines)):
        line = lines[i]
        if i in slots:
            after_slot = True
            continue
        if line.blank:
            continue
        opens = line.kind is LineKind.TEXT and not line.bullet and not line.quote and (
            i == 0 or lines[i - 1].blank or i - 1 in slots
        )  # fmt: skip
        if opens and len(line.text) <= 100:
            below = _text_below(lines, i)
            over_list = below < len(lines) and lines[below].bullet and below > i + 1
            key = normalise_label.of(line.text)
            if (after_slot or over_list) and not key.startswith(BREAK_WORDS):
                heads.append(Head(i, "", 0, _title(line.text.rstrip(".")), "line", False, 0))
        after_slot = False
    return Run(heads) if len(heads) >= 2 else None


_DASH_TOPIC: Final = re.compile(r"^([A-ZÆØÅ][\w'.-]*(?:\s[\w'.-]+){0,5})\s[–—]\s([A-ZÆØÅ].*)$")
_SECTION_ONLY: Final = frozenset(
    {
        SectionKind.INDSTILLING,
        SectionKind.SAGSFREMSTILLING,
        SectionKind.REFERAT,
        SectionKind.BESLUTNING,
        SectionKind.BILAG,
        SectionKind.CASE_DATA,
    }
)
"""Section labels that are never a topic of their own ("Beslutning:", "Bilag:")."""
_COLON_LINE_TOPIC: Final = re.compile(r"([A-ZÆØÅ][\w'.-]*(?:\s[\w'.-]+){0,4}):")
_COLON_TOPIC: Final = re.compile(r"^([A-ZÆØÅ][\w'.-]*(?:\s[\w'.-]+){0,5}):\s+([A-ZÆØÅ].*)$")


def _dash_topic_run(lines: tuple[Line, ...]) -> Run | None:
    """Three paragraphs or more in a row, each a short topic, a dash and what was said ("Sankt
    Hans – Bålet bliver på boldbanen.", "Hjemmesiden – Poul opdaterer den."), or three bullets
    or more, each a short topic, a colon and what was said ("- Økonomi: Hanne har lukket
    regnskabet."): the topics are the items (minutes posted or mailed as a message: no
    headings, no numbers). Only paragraphs or bullets next to each other (blank lines between)
    count, each text is a sentence, and no topic is a header label ("Afbud: ...")."""
    return _topic_streak(lines, _dash_topic)


def _dash_topic(line: Line) -> tuple[str, str] | None:
    """A paragraph's topic before a dash, or a bullet's before a colon, and the text after it."""
    text = line.text
    m = None
    if line.kind is LineKind.TEXT and not line.bullet and (" – " in text or " — " in text):
        m = _DASH_TOPIC.match(text)
    elif line.kind is LineKind.TEXT and ": " in text:  # a bullet's, or a paragraph's
        m = _COLON_TOPIC.match(text)  # ("Julefrokosten: Afholdes lørdag d. 6/12 ...")
        if m is not None and (
            (key := normalise_label.of(m.group(1))) in VOCABULARY_KEYS
            or key in MAIL_HEADER_LABELS
            or (not line.bullet and section_label(line, None) is not None)
        ):
            m = None  # "- Afbud: Jens Eskildsen." is no topic, nor "Beslutning: Godkendt.",
            # nor a mail's "Fra: Kirsten Ahlmann"
    return (m.group(1), m.group(2).strip()) if m is not None else None


def _colon_line_run(lines: tuple[Line, ...]) -> Run | None:
    """A short topic and a colon alone on a line, over what was said on the next ("Økonomi:" /
    "Kontingentindtægter for forårssæsonen er ..."), three times or more: the topics are the
    items (a club's minutes mailed as plain text). No header label ("Til stede:"), section label
    ("Beslutning:") or list's label (a bullet or a number under it) is a topic."""
    heads: list[Head] = []
    for i, line in enumerate(lines[:-1]):
        text = line.text
        if line.kind is not LineKind.TEXT or line.bullet or not text.endswith(":"):
            continue
        m = _COLON_LINE_TOPIC.fullmatch(text)
        following = lines[i + 1]
        if (
            m is None
            or following.kind is not LineKind.TEXT
            or following.bullet
            or following.list_number is not None
            or not (following.text.endswith((".", "!", "?")) or ". " in following.text)
            or normalise_label.of(m.group(1)) in VOCABULARY_KEYS
            or ((label := section_label(line, None)) is not None and label[0] in _SECTION_ONLY)
        ):
            continue  # ("Økonomi:" may be a topic: a section of a municipal item too)
        heads.append(Head(i, "", 0, _title(m.group(1)), "line", False, 0))
    return Run(heads) if len(heads) >= 3 else None


def _orphan_minutes(
    heads: list[Head],
    chosen: list[Run],
    group: list[Run],
    occurrences: dict[int, list[Occurrence]],
    lines: tuple[Line, ...],
) -> None:
    """Minutes written under repeated sub-points ("> - 1.2 ...") after the agenda, and under the
    listed items that have none."""
    occs = [o for run in group for o in occurrences[id(run)]]
    if not occs:
        return
    last_end = max(o.end for o in occs)
    later = [r.first for r in chosen if r.first >= last_end]
    zone_end = min(later) if later else len(lines)
    titles = {o.head.top: _title_key.of(o.head.title) for o in occs if "." not in o.head.number}
    zone = [h for h in heads if last_end <= h.index < zone_end and h.top in titles]
    if not any("." in h.number for h in zone):
        return
    # ("> 3 Eventuelt" among them: an item without sub-points, under its own listed title)
    orphans = [
        h for h in zone if "." in h.number or _same_title(_title_key.of(h.title), titles[h.top])
    ]
    found: list[Occurrence] = []
    k = 0
    while k < len(orphans):
        first = orphans[k]
        j = k
        while j + 1 < len(orphans) and orphans[j + 1].top == first.top:
            j += 1
        stop = orphans[j + 1].index if j + 1 < len(orphans) else zone_end
        stop = _trim(first.index, stop, lines)
        head = Head(
            first.index, str(first.top), first.top, "", first.base, first.quoted, first.indent
        )
        found.append(
            Occurrence(
                head=head, start=first.index, end=stop, role="minutes", body_start=first.index
            )
        )
        k = j + 1
    occurrences[-id(group[0])] = found


def _sort_key(key: tuple[str, int], occs: list[Occurrence]) -> tuple[int, int]:
    try:
        return (int(key[0].split(".")[0]), min(o.start for o in occs))
    except ValueError:
        return (10**6, occs[0].start)


def _roles(group: list[Run], lines: tuple[Line, ...]) -> dict[int, str]:
    roles: dict[int, str] = {}
    if len(group) == 1:
        return {id(group[0]): "body"}
    dense = [_dense(r, lines) for r in group]
    body_seen = False
    for i, run in enumerate(group):
        if dense[i] and i < len(group) - 1 and not body_seen:
            roles[id(run)] = "listing"
        elif not body_seen:
            roles[id(run)] = "body"
            body_seen = True
        else:
            roles[id(run)] = "minutes"
    return roles


def _first(run: Run) -> int:
    return run.first


def _fills_gap(run: Run, primary: Run) -> bool:
    """``run`` holds exactly the numbers ``primary`` skips where it stands ("Pkt. 2" ... "**Pkt.
    3: Meddelelser**", "### Pkt. 4 Regnskab" ... "Pkt. 5"): the items written another way."""
    if run.auto or primary.auto or len(run.heads) > 3:
        return False
    k = bisect_left(primary.heads, run.first, key=lambda h: h.index)
    if k == 0 or k >= len(primary.heads) or run.last > primary.heads[k].index:
        return False
    before, after = primary.heads[k - 1].top, primary.heads[k].top
    return [h.top for h in run.heads] == list(range(before + 1, after)) and all(
        "." not in h.number for h in run.heads
    )


def _inside_any(
    run: Run,
    chosen: list[Run],
    lines: tuple[Line, ...],
    group_of: dict[int, int],
    exclude: int | None,
) -> bool:
    """True when ``run`` lies between a chosen run (not of group ``exclude``) and the next one.

    ``chosen`` is sorted by first line and no two runs start on the same line, so only the last
    chosen run that starts before ``run`` can hold it.
    """
    k = bisect_left(chosen, run.first, key=_first) - 1
    if k < 0:
        return False
    if exclude is not None and group_of[id(chosen[k])] == exclude:
        return False
    end = chosen[k + 1].first if k + 1 < len(chosen) else len(lines)
    return run.last < end


def _run_ends(chosen: list[Run], lines: tuple[Line, ...]) -> dict[int, int]:
    ends: dict[int, int] = {}
    for i, run in enumerate(chosen):
        end = chosen[i + 1].first if i + 1 < len(chosen) else len(lines)
        # Leave region headings ("## Mødereferat", "Referat:") and blank lines to the next part.
        j = end
        while j > run.last + 1 and (
            lines[j - 1].blank or is_region_heading(lines[j - 1]) or not lines[j - 1].text
        ):
            j -= 1
        ends[id(run)] = j
    return ends


def _occurrences(run: Run, end: int, lines: tuple[Line, ...]) -> list[Occurrence]:
    occs: list[Occurrence] = []
    dups = sorted({d.index for d in run.dups})
    for k, head in enumerate(run.heads):
        stop = run.heads[k + 1].index if k + 1 < len(run.heads) else _region_stop(head, end, lines)
        if k + 1 == len(run.heads):
            stop = _members_below(head.index, stop, lines)
        stop = _trim(head.index, stop, lines)
        if k + 1 < len(run.heads) and _region_stop(head, stop, lines, start=stop - 1) < stop:
            stop = _trim(head.index, stop - 1, lines)  # "## Tillægsdagsorden" before the next item
        elif k + 1 < len(run.heads) and _part_marker(lines[stop - 1]) and stop - 1 > head.index:
            stop = _trim(head.index, stop - 1, lines)  # "Lukket møde" before the next item
        occ = Occurrence(head=head, start=head.index, end=stop, role="body")
        occ.extra = dups[bisect_right(dups, head.index) : bisect_left(dups, stop)]
        occs.append(occ)
    return occs


def _members_below(start: int, stop: int, lines: tuple[Line, ...]) -> int:
    """A web page's list of the body's members under the last item ("Medlemmer" over "Tove Rask
    (A), formand", "Ib Kähler (V), næstformand", ...): the last item stops over its label. The
    label is a people label alone on its line (with or without a colon), and every line after
    it, up to the page's furniture, names a person (three at least)."""
    for j in range(start + 1, stop):
        line = lines[j]
        if line.bullet or line.list_number is not None or not line.text or len(line.text) > 50:
            continue
        key = normalise_label.of(line.text.rstrip(":"))
        if FIELD_LABELS.get(key) not in _PEOPLE_LIST_KINDS or not lines[j - 1].blank:
            continue
        names = 0
        for k in range(j + 1, stop):
            below = lines[k]
            if below.blank:
                continue
            if _PAGE_FURNITURE.match(below.text) or len(below.text) > 80:
                break
            if names >= 3 and (" | " in below.text or " · " in below.text):
                break  # "Slagelse Kommune | Rådhuspladsen 11 | 4200 Slagelse": the site's footer
            if not _person_entry(below.content if below.bullet else below.text):
                names = 0
                break
            names += 1
        if names >= 3:
            return j
    return stop


def _end_tight_list(occs: list[Occurrence], lines: tuple[Line, ...]) -> None:
    """Items that are the entries of one tight list ("- Velkomst", "- Budget", "- Evt."): the
    last ends with the list, and the paragraph after it ("Hvis du er forhindret, ...") is the
    document's, as it is no other entry's."""
    if len(occs) < 3:
        return
    for k, occ in enumerate(occs):
        head = lines[occ.start]
        if not (head.bullet or head.list_number is not None):
            return
        if k + 1 < len(occs) and occs[k + 1].start != occ.end:
            return
    last = occs[-1]
    j = last.start + 1
    while j < last.end:
        if lines[j].blank:
            following = next((n for n in lines[j + 1 : last.end] if not n.blank), None)
            if following is None or following.list_depth == 0:
                break
        j += 1
    last.end = _trim(last.start, j, lines)


def _part_marker(line: Line) -> bool:
    """ "Lukket møde", "Åbne punkter" alone on a line, or a heading that groups the items ("##
    Punkter til drøftelse"): the next items' part, no item's text."""
    if not line.text:
        return False
    key = normalise_label.of(line.text)
    if key in MEETING_PART_HEADINGS:
        return True
    return key in AGENDA_GROUP_HEADINGS and (line.kind is LineKind.HEADING or line.strong)


def _region_stop(head: Head, end: int, lines: tuple[Line, ...], *, start: int | None = None) -> int:
    """The last item of a run stops at a region heading ranked above it ("## Mødereferat");
    ``start``: look only from that line on (the line before the next item's head)."""
    first = lines[head.index]
    level = first.heading_level if first.kind is LineKind.HEADING else 3
    for j in range(max(head.index + 1, start or 0), end):
        line = lines[j]
        if line.kind is LineKind.HEADING and line.heading_level < level and is_region_heading(line):
            key = normalise_label.of(line.text)
            if (
                line.heading_level <= 2
                or key not in SECTION_LABELS  # "### Referat" over "#### 4.": a label; over
                or line.heading_level < level - 1  # "##### 4.", two ranks above: a region
            ):
                return j
        if (
            start is None
            and (line.kind is LineKind.HEADING or line.strong)
            and (key := normalise_label.of(line.text)) in SUMMARY_HEADINGS
            and (
                key not in SECTION_LABELS  # "**Resume**" right under the head: the item's own
                or any(lines[k].text for k in range(head.index + 1, j))  # summary, a label
            )
        ):
            return j  # "### Summary in English" under the last item: the meeting's, not its
    return end


def _shorten_listing(occs: list[Occurrence], lines: tuple[Line, ...]) -> None:
    """A listing's last entry ends at its first blank line, not at the next part."""
    if not occs:
        return
    last = occs[-1]
    j = last.start + 1
    while j < last.end and not lines[j].blank and not is_region_heading(lines[j]):
        j += 1
    last.end = j


def _trim(start: int, stop: int, lines: tuple[Line, ...]) -> int:
    while stop > start + 1 and lines[stop - 1].blank:
        stop -= 1
    return stop
