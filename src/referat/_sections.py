"""Stage 3b: the lines of one agenda item -> sections, attachments, sub-points and a decision."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
import re
from typing import ClassVar, Final
from urllib.parse import unquote

from referat import _new as new
from referat._digit import has_digit
from referat._facts import LineKind, Record
from referat._first import anchored
from referat._items import (
    Head,
    head_of,
    letter_head,
    letter_row,
    suffix_letter_head,
    text_above,
)
from referat._labels import DECIDED_MARKS, section_label
from referat._memo import memo
from referat._people import is_name, is_organisation
from referat._prefix import FirstOf, Needs, WordPattern, casefolded
from referat._scan import Line, strip_inline
from referat.diagnostics import Code, Reporter
from referat.models import Attachment, Decision, Outcome, Section, SectionKind, Span, span_of
from referat.vocabulary import (
    ADOPTS_RECOMMENDATION,
    AGENDA_TOPICS,
    ATTACHMENT_ACCESS,
    ATTACHMENT_COLUMNS,
    ATTACHMENT_ITEM_COLUMNS,
    ATTACHMENT_NUMBER_COLUMNS,
    ATTACHMENT_TITLE_COLUMNS,
    CLOSED_NOTICE,
    DECIDED_HEADINGS,
    DISSENT,
    EARLIER_MEETING,
    FIELD_LABELS,
    FILE_EXTENSION,
    ITEM_WORD,
    MIDLINE_LABELS,
    NEXT_MEETING_LABELS,
    NOT_TITLE_ENDS,
    ONE_ITEM_PART_HEADINGS,
    ONE_LINE_LABELS,
    OUTCOME_PATTERNS,
    PROPOSAL_HEAD,
    REFUSING_RECOMMENDATION,
    REPORT_VERBS,
    REPORTED_SPEECH,
    SECTION_LABELS,
    SETTLED_WORDS,
    SHORT_ANSWER,
    STATUS_NOTICE,
    SUBORDINATE_OPENINGS,
    UNNUMBERED_ATTACHMENT,
    VOTE_LABEL_LINE,
    VOTES_AGAINST,
    VOTES_FOR,
    WORD_ABBREVIATIONS,
    WRAPPED_LINE,
    FieldKind,
    normalise_label,
)

_ACCESS_PREFIX: Final = re.compile(
    r"^(?:" + "|".join(ATTACHMENT_ACCESS) + r")\s*[-–—:]\s+(?=\S)", re.IGNORECASE
)


_ACCESS_SUFFIX: Final = re.compile(
    r"\s*\((?:" + "|".join(ATTACHMENT_ACCESS) + r")\)(?:\s*\(\d{3,7}/\d{2,4}\))?$",
    re.IGNORECASE,
)  # (and the case system's document number after it: "(Åben) (189211/24)")


def _without_access(title: str) -> str:
    """ "Åben - Notat om sygedagpenge", "Notat om sygedagpenge (Åben)" -> "Notat om
    sygedagpenge": a case system's access mark before or after the title (after it, with the
    document's number: "(Åben) (189211/24)")."""
    if title.endswith(")"):
        title = _ACCESS_SUFFIX.sub("", title, count=1) or title
    return _ACCESS_PREFIX.sub("", title, count=1) if title[:1] in "ÅåLlFf" else title


_ATTACHMENT_WORD: Final = r"(?:bilag|attachment|appendix|annex)"
_REF_NUMBER_TEXT: Final = (
    r"(?:\d{1,3}(?:\.\d{1,2}(?:\.\d{1,2})?|\.[a-z]\b)?[a-z]?|(?-i:[A-ZÆØÅ])(?!\w))"
)
"""An attachment's number in a reference: "3", "3a", "3.1", "6.1.1", "3.a", or a capital letter
("bilag A")."""
_ATTACHMENT_LINE: Final = Needs(
    # "Bilag 1: Titel", "Bilag 3.1 Halvårsregnskab" (a sub-number, then the title without a mark;
    # two levels too: "Bilag 6.1.1: Budgetnotat"),
    # "Bilag 3.a: Ansøgning" (a lettered sub-number); English minutes' "Attachment 3.1: Budget"
    # (not "(bilag 3.2). Bestyrelsen ...": a reference wrapped to a line's start); in two
    # languages: "Bilag / Appendix 3.1: ...", "Attachment / Bilag 3a: ..."
    rf"^\W{{0,3}}{_ATTACHMENT_WORD}(?:\s*/\s*{_ATTACHMENT_WORD})?\s+(\d{{1,3}}"
    r"[a-z]?(?:\.\d{1,2}(?:\.\d{1,2})?|\.[a-z](?!\w))?"
    r"|(?-i:[A-ZÆØÅ])(?=\s*[:.\-–—]))"  # ("Bilag A: Høringssvar": a letter, then a mark)
    r"(?!\.\d)(?:\s*[:.\-–—]\s*|\s+(?=(?-i:[A-ZÆØÅ])))"
    r"(.+?\)?)[^\w)]{0,3}$",
    ("lag", "attachment", "appendix", "annex"),
    re.IGNORECASE,
    fold=True,
)
# "(bilag 3)", "(se bilag 1)", "(jf. bilag 2)"
_ATTACHMENT_REF: Final = re.compile(
    rf"\(\s*(?:se\s+|jf\.?\s+|see\s+|cf\.?\s+)?{_ATTACHMENT_WORD}\s+"
    rf"({_REF_NUMBER_TEXT}(?:\s*(?:,|og|samt|and|&|[-–])\s*(?:{_ATTACHMENT_WORD}\s+)?"
    rf"{_REF_NUMBER_TEXT})*)"
    r"\s*\)",
    re.IGNORECASE,
)
"""Attachments a title or text names in parentheses: "(bilag 1)", "(se bilag 4 og 5)", "(bilag
2, 3 og 4)", "(bilag 2 og bilag 3)", with sub-numbers too: "(bilag 3.1 og 3.2)", "(Bilag 3.a og
3.b)", a range: "(bilag 4.1–4.4)", "(bilag 1-3)"; in English minutes "(appendix 1)", "(see
attachment 2 and 3)", "(annex 4)"."""
_REF_RANGE: Final = re.compile(
    r"(\d{1,3})(?:\.(\d{1,2}))?\s*[-–]\s*(\d{1,3})(?:\.(\d{1,2}))?(?![\d.])"
)
_RANGE_MAX: Final = 20  # attachments a range may name
_REF_NUMBER: Final = re.compile(_REF_NUMBER_TEXT)
_NEXT_TITLED: Final = re.compile(r";\s*bilag\s+(\d{1,3}[a-z]?)\s*:\s*", re.IGNORECASE)
"""A second titled attachment in the same brackets: "(bilag 2: Tegninger; bilag 3: Plan)"."""
_TITLED_REF: Final = re.compile(
    # ("(se 📎 Bilag 2: Inspektionsrapport)": a pointer or a clip before the word)
    r"\(\s*(?:(?:se|jf\.?)\s+)?(?:[^\w\s()]{1,3}\s*)?bilag\s+(\d{1,3}[a-z]?|[A-Z])\s*:\s*([^()]{2,120}?)\s*\)",
    re.IGNORECASE,
)
"""An attachment a sentence names with its title in parentheses ("(Bilag 1: Årsrapport 2023)",
"(se 📎 Bilag 2: Inspektionsrapport, december 2024)", "(bilag B: budgetoversigt pr. 31/10)")."""
_QUOTED_REF: Final = re.compile(
    r"\bbilag(?:et)?(?:\s*:)?\s+[\"“„]([^\"“”„\n]{2,120})[\"”“]", re.IGNORECASE
)
"""An attachment a sentence names by its title in quotes ('se vedlagte bilag "Strategi 2025"',
'Bilag: "Budget 2025 i hovedtal" blev omdelt ved mødet')."""
# "vedlagt som bilag 1", "henvises til bilag 1 (...) og bilag 2", "vedhæftet som Bilag 1 og 2",
# "fremgår af bilag 2", "jf. vedlagte bilag 3", "Bilag 1 og 2 var udsendt." (a sentence's start):
# attachments a sentence names by number
_MENTION_NUMBER: Final = r"(\d{1,3}[a-z]?\b(?![.,]\d)|(?-i:[A-ZÆØÅ])(?!\w))"  # "2", "4a", "A"
_ATTACHMENT_MENTION: Final = re.compile(
    r"(?:\b(?:som|se|jf\.?|til|i|og|samt|af|vedlagte"
    # a verb in the past: "Mette gennemgik bilag 1"
    r"|gennemgik|fremlagde|præsenterede|omdelte|udsendte|udleverede|fremsendte|rundsendte"
    r"|vedlagde|viste)\s+"
    r"|^|(?<=[.!?] )"  # (or a sentence's start)
    r"|(?<=\w, ))"  # (or after what it is: "Revisionsprotokollatet, bilag 2, blev fremlagt")
    rf"bilag\s+{_MENTION_NUMBER}"
    rf"(?:\s+(?:og|samt)\s+{_MENTION_NUMBER})?",
    re.IGNORECASE,
)
_UNNUMBERED_ATTACHMENT: Final = anchored(UNNUMBERED_ATTACHMENT, re.IGNORECASE)
ITEM_REFERENCE: Final = r"\d{1,3}(?:\.\d{1,2})?[a-h]?"
"""The number of an item or sub-point a reference names ("3", "3b", "5.1")."""
_BILAG_FOR_ITEM: Final = (
    rf"^(?:bilag|vedlagt|vedhæftet)\s+(?:til|for|under|vedr\.?)\s+{ITEM_WORD}\s*({ITEM_REFERENCE})"
)
FOR_ITEM: Final = re.compile(_BILAG_FOR_ITEM + r"\s*:\s*(\S.*)$", re.IGNORECASE)
"""A line naming the attachments of one item ("Bilag til punkt 3: Årsregnskab 2024,
Revisionsprotokollat"): the item as written, and the titles."""
FOR_ITEM_HEAD: Final = re.compile(_BILAG_FOR_ITEM + r"(?:\s*\([^()]{1,40}\))?\s*:?$", re.IGNORECASE)
"""A label over the attachments of one item ("Bilag til punkt 4 (fortroligt):")."""
_EXTENSION: Final = FILE_EXTENSION
_FILE_LINE: Final = re.compile(rf"^[\w][\w .,&'()+-]{{0,120}}{_EXTENSION}$", re.IGNORECASE)
_FILE: Final = re.compile(rf"\b[\w.-]{{2,80}}{_EXTENSION}", re.IGNORECASE)
_FILE_EXTENSION: Final = re.compile(_EXTENSION, re.IGNORECASE)  # cheap test before _FILE
_EMBEDDED_FILE: Final = re.compile(
    rf"!\[\[([^\[\]|]{{2,120}}?{_EXTENSION})(?:\|[^\[\]]*)?\]\]", re.I
)
"""A notes app's embed of a file ("![[Bilag 1 - Tilbud Dreyer Anlæg.pdf]]"): its name whole."""
_NUMBERED_FILE: Final = re.compile(
    r"(?i:bilag)\s+(\d{1,3}(?:\.\d{1,2})?[a-z]?|[A-Z])\s*[-–:]\s*(\S.*)$"
)
# Sentence ends, found from the mark: a pattern that opens with literals (here every
# alternative) lets the engine skip to a candidate fast; one that opens with a look-behind
# ("(?<=[.!?])\s+|\n+") is tried at every character.
_SENTENCE_ENDS: Final = re.compile(r"\n\n*|\.\s+|!\s+|\?\s+")


_VOTE_LABEL_LINE: Final = re.compile(VOTE_LABEL_LINE)


def split_sentences(text: str) -> list[str]:
    """The text cut after ".", "!" and "?" (and the white space after them) and at line
    breaks: the cuts of the look-behind pattern above; not after a full stop that a digit or a
    lower-case word follows on the same line (an abbreviation: "indstillingens pkt. 1, mens
    pkt. 2 blev udsat", "bl.a. af")."""
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_ENDS.finditer(text):
        mark, after = text[m.start()], text[m.end() : m.end() + 1]
        if (
            mark == "."
            and "\n" not in m.group()
            and (after.isdigit() or after.islower() or after in (",", ";", ":"))
        ):
            continue
        before = text[m.start() - 1 : m.start()]
        if m.group() == "\n" and (before.isalpha() or before in (",", "-")):
            if after.islower():
                continue  # "... godkendt med" / "den ændring, at ...": a line wrapped in a sentence
            line_start = text.rfind("\n", 0, m.start()) + 1
            if (
                after.isupper()
                and m.start() - line_start >= WRAPPED_LINE
                and not _VOTE_LABEL_LINE.match(text, line_start)
            ):
                continue  # "... i fremgang, trak" / "Kurt Iversen forslaget tilbage.": a long
                # line ending inside a sentence (a PDF's hard wrap), a name opening the next
        cut = m.start() if mark == "\n" else m.start() + 1
        pieces.append(text[start:cut])
        start = m.end()
    pieces.append(text[start:])
    return pieces


_NOTHING: Final = anchored(  # on casefolded text, the whole of it
    r"^\W*(?:intet(?: at bemærke| nyt(?: siden sidst)?| til referat| til beslutning"
    r"| (?:til|under) dette punkt"
    r"| under (?:evt|eventuelt|punktet))?"
    r"|ingenting|ingen bilag(?: vedlagt| til (?:punktet|sagen))?"
    r"|ingen(?: bemærkninger| punkter| spørgsmål)?(?: (?:til|under) (?:evt|eventuelt|punktet))?"
    r"|-+|—|–|ikke behandlet|ikke besluttet|ikke noget|none|nothing|n/a|no comments|no items"
    r"|fortrolig(?:t)?|confidential)\W*$"  # a closed item's "Fortrolig."
    r"|^\W*ingen (?:indkomne )?forslag(?: (?:er )?(?:modtaget|indkommet|indsendt|fremsat))?\W*$"
    rf"|{CLOSED_NOTICE}"
)
_CLOSED_PROTOCOL: Final = re.compile(
    r"\b(?:(?:indført|ført|protokolleret|noteret) i|fremgår af|står i) "
    r"(?:den )?lukke(?:de|t) protokol\b"
    # "Punktet er behandlet for lukkede døre. Beslutningen offentliggøres ikke."
    r"|\bbeslutningen (?:offentliggøres|gengives|refereres) ikke\b"
)
"""A closed item's decision written in the closed protocol, not in these minutes."""
_NOTHING_INSIDE: Final = WordPattern(  # on casefolded text, anywhere
    r"ikke rejst (?:yderligere|nogen) punkter"
    r"|der var ingen (?:indkomne )?(?:forslag|punkter|bemærkninger|spørgsmål)\b(?! om\b| til\b)"
    r"|der (?:var|er) ikke (?:indkommet|kommet|modtaget) (?:nogen )?forslag\b"
)
_NEXT_MEETING_LINE: Final = re.compile(  # one sentence alone on its line
    rf"(?m)^\W*(?i:{NEXT_MEETING_LABELS})\b(?:[^.\n]|\.(?!\s+[A-ZÆØÅ]))*$"
)
_OUTCOMES: Final = tuple(o for _, o in OUTCOME_PATTERNS)
# "besluttede at god-" / "kende indstillingen": a word a PDF broke over two lines (not "Kultur-"
# / "og fritidsudvalget", where the hyphen is the compound's)
BROKEN_WORD: Final = re.compile(r"(?<=[a-zæøå])-\n(?=[a-zæøå])(?!og\b|eller\b)")
"""A word broken at a hyphen over a line break ("Holm-" / "gaard"), not "Kultur-" / "og"."""
_AMENDMENT: Final = "ændringsforslag"
_AMENDMENT_CITED: Final = re.compile(r"\bjf\.? (?:\w+ )?ændringsforslag")


def _about_amendment(sentence: str) -> bool:
    """A sentence about an amendment ("Ændringsforslag fra SF blev ikke vedtaget"), not one
    that only cites it for the change it decides ("Godkendt med den ændring, at ..., jf.
    ændringsforslag fra F.")."""
    return _AMENDMENT in sentence and _AMENDMENT_CITED.search(sentence) is None


# On casefolded text, so without IGNORECASE (3x faster); tried only at words that can start a
# phrase ("god", "uds", "ok", ...), not at every position (see _prefix).
_ANY_OUTCOME: Final = FirstOf(tuple(p for p, _ in OUTCOME_PATTERNS))
_APPROVED_ROW: Final = _OUTCOMES.index(Outcome.APPROVED)
_CHANGES_ROW: Final = _OUTCOMES.index(Outcome.APPROVED_WITH_CHANGES)
_WITH_CHANGES: Final = re.compile(OUTCOME_PATTERNS[_CHANGES_ROW][0])
_ADOPTS: Final = WordPattern(ADOPTS_RECOMMENDATION)  # on casefolded text
_REPORTED: Final = WordPattern(REPORTED_SPEECH)  # on casefolded text
_DISSENT_WORDS: Final = (
    "(", "mindretal", "imod", "forbehold", "undlod", " kan", " kunne", " vil", " ønske",
    " stemte", " tog", " tager",
)  # fmt: skip
_DISSENT: Final = Needs(DISSENT, _DISSENT_WORDS)  # casefolded text
_DECISIVE: Final = {
    Outcome.WITHDRAWN,
    Outcome.POSTPONED,
    Outcome.REJECTED,
    Outcome.APPROVED_WITH_CHANGES,
    Outcome.APPROVED,
}


class Body(Record):
    """What the lines of one item occurrence contain (a plain record, see ``_facts.Record``)."""

    FIELDS: ClassVar[tuple[str, ...]] = ("sections", "attachments", "subs")
    __slots__ = FIELDS

    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.attachments: list[Attachment] = []
        self.subs: list[tuple[str, str, int, int]] = []  # number, title, start, end


def _line_text(line: Line) -> str:
    text = line.content
    if line.checkbox is not None:
        text = f"[{'x' if line.checkbox else ' '}] {text}".rstrip()
    if line.bullet:
        text = f"- {text}"
    if line.list_depth > 1 and (line.bullet or line.list_number is not None):
        text = "  " * (line.list_depth - 1) + text
    return text


def numbered_sub_heads(
    lines: tuple[Line, ...],
    start: int,
    end: int,
    parent: str,
    heads: Mapping[int, Head] | None = None,
) -> list[tuple[str, str, int]]:
    """Sub-points numbered one level below ``parent`` ("2.1" in "2", "2.2.1" in "2.2")."""
    numbered: list[tuple[str, str, int]] = []
    for i in range(start, end):
        head = heads.get(i) if heads is not None else head_of(lines[i], i)
        if (
            head is not None
            and head.number.startswith(parent + ".")
            and head.number.count(".") == parent.count(".") + 1
        ):
            numbered.append((head.number, head.title, i))
    return numbered


def sub_heads(
    lines: tuple[Line, ...],
    start: int,
    end: int,
    parent: str,
    heads: Mapping[int, Head] | None = None,
    under: Line | None = None,
) -> list[tuple[str, str, int]]:
    """Numbered ("2.1") or lettered ("a)") sub-points inside an item: (number, title, index);
    ``under``, the item's head line: a list nested below an item that is a list entry."""
    numbered = numbered_sub_heads(lines, start, end, parent, heads)
    if numbered and not _remarks_on_lettered(numbered, lines, start, parent, heads):
        return numbered
    if under is not None and not numbered:
        nested = _nested_entries(lines, start, end, under)
        if nested:
            return nested
    lettered = _suffix_lettered(lines, start, end, parent)
    if len(lettered) >= 2:
        return lettered
    lettered = []
    expected = 0
    for i in range(start, end):
        found = letter_head(lines[i]) or letter_row(lines[i])
        if found is None:
            continue
        letter, title = found
        if ord(letter.lower()) - ord("a") == expected:
            lettered.append((letter, title, i))  # "A." stays "2.A", as written
            expected += 1
    if len(lettered) >= 2 and not _clauses(lettered, lines):
        return lettered
    return _proposals(lines, start, end, parent)


def _suffix_lettered(
    lines: tuple[Line, ...], start: int, end: int, parent: str
) -> list[tuple[str, str, int]]:
    """The run of sub-points lettered after item ``parent``'s number from "a" on ("2a. Ny
    redaktør", "2b. Open access" under item 2, or table rows "| 5a. ... |"): (letter, title,
    index) each."""
    lettered: list[tuple[str, str, int]] = []
    if not parent.isdecimal():
        return lettered
    for i in range(start, end):
        found = suffix_letter_head(lines[i], parent)
        if found is not None and ord(found[0]) - ord("a") == len(lettered):
            lettered.append((found[0], found[1], i))
    return lettered


def _remarks_on_lettered(
    numbered: list[tuple[str, str, int]],
    lines: tuple[Line, ...],
    start: int,
    parent: str,
    heads: Mapping[int, Head] | None,
) -> bool:
    """ "Ad 5b: Forslaget opnåede simpelt flertal, ..." under a table of the item's lettered
    proposals ("| 5b. Ændring af vedtægternes § 4 | ... | Ikke vedtaget |"): remarks on the
    lettered sub-points written above them, not sub-points of their own (two or more lettered
    above the first remark, and every "numbered" one a remark on a letter)."""
    if not parent.isdecimal() or heads is None:
        return False
    for _, _, i in numbered:
        head = heads.get(i)
        if head is None or not head.regarding or not head.number[-1:].isalpha():
            return False
    return len(_suffix_lettered(lines, start, numbered[0][2], parent)) >= 2


_CODE_ENTRY: Final = re.compile(r"(\d{1,2})[.)]\s+(\S.*)")


def _nested_entries(
    lines: tuple[Line, ...], start: int, end: int, under: Line
) -> list[tuple[str, str, int]]:
    """ "4) Indkomne forslag" over "    1) Bestyrelsens forslag: ...", "    2) ...": a numbered
    list nested below an item that is itself a list entry (a Markdown list, or the lines of an
    indented block) gives sub-points, numbered "<item>.1", ... (a run counting up from 1, two or
    more, that begins right under the head)."""
    code = under.kind is LineKind.CODE
    if not code and under.list_number is None:
        return []  # under a heading, a numbered list is the item's text
    found: list[tuple[str, str, int]] = []
    depth = 0
    for i in range(start, end):
        line = lines[i]
        if line.blank:
            continue
        if code:
            m = _CODE_ENTRY.match(line.text) if line.kind is LineKind.CODE else None
            number, title, deeper = (m.group(1), m.group(2), line.indent) if m else (None, "", 0)
            if deeper <= under.indent:
                number = None
        else:
            number, title, deeper = line.list_number, line.text, line.list_depth
            if deeper <= under.list_depth:
                number = None
        if number is None and not found:
            return []  # "Bilag:" over a numbered list: the item's text comes first
        if number is None or (depth and deeper != depth):
            continue
        if int(number) != len(found) + 1:
            return []
        depth = deeper
        found.append((number, title.strip(), i))
    return found if len(found) >= 2 else []


def _clauses(lettered: list[tuple[str, str, int]], lines: tuple[Line, ...]) -> bool:
    """Lettered lines that go on a sentence ("Indstillingen omfattede:" over "a) teknisk
    beskrivelse af linjen,", "b) finansiering via ...,"): lower-case entries under a line
    ending in a colon, or entries on the lines right under it, one after the other (the
    options it names); no sub-points."""
    if all(title[:3] == "at " for _, title, _ in lettered):
        return True  # "Administrationen indstiller," over "a) at høringsudkastet godkendes ...":
        # the points of one recommendation, each a clause
    above = text_above(lines, lettered[0][2])
    if above < 0 or not lines[above].text.rstrip().endswith(":"):
        return False
    if all(_decided_entry(title) for _, title, _ in lettered):
        return False  # "Der var indkommet tre ansøgninger:" over "a) Sommerfest – 25.000 kr.:
        # Bevilget.", "b) ...: Afslag.": each entry decided, a sub-point of its own
    if all(title[:1].islower() for _, title, _ in lettered):
        return True
    # "Skolen overvejer to modeller:" over "A. Et langt frikvarter", "B. To frikvarterer" on
    # the lines right after it, and the item's text after them: the options, no sub-points
    indices = [i for _, _, i in lettered]
    return indices[0] == above + 1 and all(b == a + 1 for a, b in pairwise(indices))


def _decided_entry(title: str) -> bool:
    """A lettered entry whose text after its last colon records a decision ("Valby Sommerfest
    – 25.000 kr.: Bevilget.", "Skaterbane – 40.000 kr.: Afslag, da ...")."""
    head, colon, rest = title.rpartition(": ")
    return (
        bool(colon) and bool(head.strip()) and classify(rest, labelled=True)[0] in _ENTRY_DECISIONS
    )


_ENTRY_DECISIONS: Final = frozenset(
    {Outcome.APPROVED, Outcome.APPROVED_WITH_CHANGES, Outcome.REJECTED, Outcome.POSTPONED,
     Outcome.WITHDRAWN}
)  # fmt: skip
_PROPOSAL: Final = re.compile(PROPOSAL_HEAD, re.IGNORECASE)


def _proposals(
    lines: tuple[Line, ...], start: int, end: int, parent: str
) -> list[tuple[str, str, int]]:
    """ "Forslag 1: Altaner", "Forslag 2: Grillforbud" under "Indkomne forslag": sub-points
    numbered "<item>.1", "<item>.2" (only a run counting up from 1, two or more)."""
    found: list[tuple[str, str, int]] = []
    for i in range(start, end):
        line = lines[i]
        if not line.text or len(line.text) > 300 or line.text[0] not in "FfÆæ":
            continue  # ("Forslag 1: Fra bestyrelsen: Der indføres ... <a sentence>": its title)
        m = _PROPOSAL.match(line.text)
        mark = m.group(1).lower() if m else ""
        if mark and (int(mark) if mark.isdecimal() else ord(mark) - ord("a") + 1) == len(found) + 1:
            number = f"{parent}.{mark}" if parent else mark  # "Forslag b: ...": "5.b"
            found.append((number, line.text.strip().rstrip(":"), i))
    return found if len(found) >= 2 else []


def read_body(
    lines: tuple[Line, ...],
    start: int,
    end: int,
    *,
    default_kind: SectionKind,
    reporter: Reporter,
    skip_quoted: bool = False,
    skip: frozenset[int] = frozenset(),
) -> Body:
    """Sections and attachments of lines ``start..end`` (exclusive)."""
    body = Body()
    current: tuple[SectionKind, str | None, list[str], int, int] | None = None

    def flush() -> None:
        nonlocal current
        if current is None:
            return
        kind, heading, texts, first, last = current
        body.sections.append(
            new.Section(
                kind=kind,
                heading=heading,
                text="\n".join(texts),
                span=span_of(lines[first].number, lines[last].number),
            )
        )
        current = None

    def bilag_list_ended(i: int) -> bool:
        """Line ``i`` is plain text after a blank line that follows a list entry."""
        line, before = lines[i], lines[i - 1]
        entry = line.bullet or line.list_number is not None
        if entry or not before.blank:
            return False
        j = i - 1
        while j > start and lines[j].blank:
            j -= 1
        return lines[j].bullet or lines[j].list_number is not None

    def add(text: str, i: int) -> None:
        """Append a line's text to the current section; a label after a sentence inside it
        ("Sagen blev drøftet. Beslutning: Godkendt.") opens the next section there."""
        nonlocal current
        pos = 0
        for m in _midline_labels(text):
            head = text[pos : m.start()].rstrip()
            if head.strip():
                if current is None:
                    current = (default_kind, None, [], i, i)
                current[2].append(head)
            flush()
            current = (SECTION_LABELS[normalise_label.of(m.group(1))], m.group(1), [], i, i)
            pos = m.end()
        if current is None:
            current = (default_kind, None, [], i, i)
        current[2].append(text[pos:] if pos else text)
        current = (current[0], current[1], current[2], current[3], i)

    columns: tuple[int, int, int] | None = None  # (number, title, item) columns of an
    # attachment table
    plain_entry = -2  # a bare "Bilag:" label line or the plain attachment line after it
    numbered_entries = False  # the plain entries so far open with their numbers ("4.1 Budget")
    for i in range(start, end):
        line = lines[i]
        if i in skip or line.blank or (skip_quoted and line.quote > 0):
            if (
                line.blank
                and plain_entry == i - 1
                and current is not None
                and (
                    not current[2]  # "Bilag" / (blank) / "Takstoversigt 2024": entries follow
                    or (  # "4.1 Budget 2026" / (blank) / "4.2 Flerårsoverslag": a loose list
                        current[0] is SectionKind.BILAG
                        and i + 1 < end
                        and _SUB_ENTRY.match(lines[i + 1].text) is not None
                    )
                )
            ):
                plain_entry = i
            if (
                line.blank
                and current is not None
                and current[0] is SectionKind.INDSTILLING
                and current[1] is None
                and current[2]
                and current[2][-1].rstrip().endswith(".")
            ):  # "Forvaltningen indstiller, at ... imødekommes." (no label): its paragraph
                flush()  # ends it (not "..., at" over the points of a list)
            continue
        if line.kind is LineKind.TABLE_ROW:
            if i == 0 or lines[i - 1].kind not in _TABLE_KINDS:  # a table's header row
                under_bilag = current is not None and current[0] is SectionKind.BILAG
                columns = _attachment_columns(line.cells, under_bilag=under_bilag)
            elif columns is not None:
                _table_attachment(line, columns, body)
        # Entries of a "Bilag" list are attachments, even one called "Tidsplan" (also a label).
        listed = (
            current is not None
            and current[0] is SectionKind.BILAG
            and (
                line.bullet
                or line.list_number is not None
                # "1.      Kvartalsrapport" (Word's wide gap): a list entry read as code
                or (line.kind is LineKind.CODE and line.list_depth > 0)
            )
        )
        if (
            not listed
            and plain_entry == i - 1
            and current is not None
            and current[0] is SectionKind.BILAG
            and line.kind is LineKind.TEXT
            and 0 < len(line.text) <= 150
            # links name their files: read as links everywhere, but for a link alone on its
            # line ("[Høringsbrev](...pdf) (PDF, 95 KB)"): its text is the title
            and ("](" not in line.raw or _ONE_LINK.fullmatch(line.raw.strip()) is not None)
            and not _ATTACHMENT_LINE.match(line.text)  # "Bilag 1 - Kortbilag": as everywhere
            # ("Bilag: 4.1 Regnskab" / "4.2 Restancer" / "Morten gennemgik ...": the numbered
            # entries ended, the item's text goes on in the same paragraph)
            and (line.text[:1].isdecimal() or not numbered_entries)
            and section_label(line, None) is None  # "Bilag: Sprogvurderinger": a label again
        ):  # "Bilag:" / "1 Kvalitetsstandarder 2025 - udkast" / "2 Høringssvar": one a line
            _plain_attachment(line, body)
            plain_entry = i
            numbered_entries = line.text[:1].isdecimal()
            current[2].append(_line_text(line))
            current = (current[0], current[1], current[2], current[3], i)
            continue
        _attachments(line, body, listed=listed)
        found = None if listed else section_label(line, reporter) or labelled_row(line)
        if (
            found is not None
            and current is not None
            and current[0] is found[0]
            and (not found[1] or not current[2])
            and not has_digit(found[1])
        ):
            # "Borgmesteren indstiller, at ..." right under an "Indstilling" label; a dated
            # label ("Økonomiudvalget, 15-04-2024, pkt. 60" under "Beslutning") names a meeting
            # and opens its own section
            found = None
        if found is not None and found[0] is SectionKind.CASE_DATA and found[2]:
            # "Sagsnr.: 1-01-72-6-23", "Sagsbehandler: ...": one section of labelled lines
            if current is None or current[0] is not SectionKind.CASE_DATA:
                flush()
                current = (SectionKind.CASE_DATA, None, [], i, i)
            text = _line_text(line)
            labels = _midline_labels(text) if len(text) > 20 else []
            current[2].append(text[: labels[0].start()].rstrip() if labels else text)
            current = (current[0], current[1], current[2], current[3], i)
            if labels:  # "Sagsnr.: 23/2215 Beslutning: Godkendt.": a page run together
                flush()
                first = labels[0]
                label = first.group(1)
                current = (SECTION_LABELS[normalise_label.of(label)], label, [], i, i)
                add(text[first.end() :], i)
            continue
        if found is not None:
            kind, heading, rest = found
            flush()
            current = (kind, heading or None, [], i, i)
            if rest:
                add(rest, i)
            if rest and normalise_label.of(heading) in ONE_LINE_LABELS:
                flush()  # "Ansvarlig: Peter Skov": the next line is the item's text again
            if kind is SectionKind.BILAG and (not rest or _DOTTED_ENTRY.match(rest)):
                plain_entry = i  # (or "Bilag:   3. Budgetforslag" over "4. Likviditet ...")
                numbered_entries = bool(rest)
            elif kind is SectionKind.BILAG and line.kind is LineKind.TABLE_ROW:
                value_attachments(rest, line, body)  # "| **Bilag** | Bilag 1: Referat ... |"
            continue
        if current is not None and current[0] is SectionKind.CASE_DATA:
            flush()  # unlabelled text after "Sagsnr.: ..." is the item's text, not case data
        if not line.text:
            if current is not None:
                current = (current[0], current[1], current[2], current[3], i)
            continue
        if line.kind is LineKind.HEADING and current is None:
            reporter.report(
                Code.UNKNOWN_HEADING,
                f'heading "{line.text}" is not a known section label; kept as kind "other"',
                span_of(line.number, line.number),
            )
            current = (SectionKind.OTHER, line.text, [], i, i)
            continue
        in_bilag = current is not None and current[0] is SectionKind.BILAG
        if (
            current is not None
            and in_bilag
            and (
                bilag_list_ended(i)
                or (numbered_entries and plain_entry == i - 1)  # (an unnumbered line after them)
                or _sentence_after_named(lines, i, current)
                or _sentence_after_attachment_lines(lines, i, current, skip)
            )
        ):
            flush()  # plain text after the list of attachments is the item's text again
            in_bilag = False
        if (
            not in_bilag
            and (_titled_attachment(line.text) or _NUMBERS_ONLY_LINE.fullmatch(line.text))
            and not line.bullet
            and not _goes_on_with_sentence(lines, i, start)
        ):  # "Bilag 1: Udkast til handicappolitik", "Bilag 4 og 5": a list of attachments
            flush()
            current = (SectionKind.BILAG, None, [], i, i)
            if _FIRST_ON_LABEL.match(line.text):  # "Bilag 1. Forbrugsoversigt ..." over "2.
                plain_entry, numbered_entries = i, True  # Kort over saltruter": numbered on
        elif len(line.text) <= 16 and _STATUS_NOTICE.match(line.text):
            flush()  # "Åben sag" over "Intet.": the item's status, no minutes
            current = (SectionKind.AGENDA_TEXT, None, [_line_text(line)], i, i)
            flush()
            continue
        add(_line_text(line), i)
    flush()
    _titles_before_proposal(lines, start, end, body)
    if default_kind is SectionKind.REFERAT:
        labelled = [
            i
            for i, s in enumerate(body.sections)
            if s.heading and s.kind in (SectionKind.REFERAT, SectionKind.BESLUTNING)
        ]
        if labelled:
            body.sections = [
                new.updated(s, {"kind": SectionKind.AGENDA_TEXT})
                if i < labelled[0] and s.heading is None and s.kind is SectionKind.REFERAT
                else s
                for i, s in enumerate(body.sections)
            ]
    return body


_CLOCK: Final = re.compile(r"\bkl\.?\s?\d")  # "Tirsdag den 15. maj 2006, kl. 14-17": no title


def _titles_before_proposal(lines: tuple[Line, ...], start: int, end: int, body: Body) -> None:
    """ "Punkt 4: Forretningsorden" / "Forslag til forretningsorden" / "Det indstilles, ...":
    a web agenda's links to its documents are bare lines of their own (up to four) between the
    item's head and its proposal; they are the item's attachments, kept as its "Bilag"
    section. A sentence, or a line with a clock time, is the item's text."""
    sections = body.sections
    if (
        len(sections) < 2
        or body.attachments
        or sections[0].kind is not SectionKind.AGENDA_TEXT
        or sections[0].heading is not None
        or sections[1].kind is not SectionKind.INDSTILLING
        or not (sections[1].heading or "").lower().startswith("det indstilles")
    ):
        return
    first, last = sections[0].span.start_line, sections[0].span.end_line
    texts = [
        i for i in range(start, end) if first <= lines[i].number <= last and not lines[i].blank
    ]
    if not texts or len(texts) > 4:
        return
    for i in texts:
        line = lines[i]
        text = line.text
        if (
            line.kind is not LineKind.TEXT
            or line.bullet
            or line.list_number is not None
            or not 3 <= len(text) <= 100
            or not text[0].isupper()
            or not (text[-1].isalnum() or text[-1] in ')"')
            or _CLOCK.search(text)
        ):
            return
    for i in texts:
        _plain_attachment(lines[i], body)
    sections[0] = new.updated(sections[0], {"kind": SectionKind.BILAG})


# "... Beslutning: ..." after ".", "!" or "?" (the space first, the look-behind after it)
# after a sentence, or after a case number ("Sagsnr.: 23/2215 Beslutning: Godkendt.", a PDF
# viewer's page run together on one line)
_MIDLINE_LABEL: Final = re.compile(r"\s(?<=[.!?\d]\s)\s*([A-ZÆØÅ][a-zæøå]+)\s*:\s+(?=\S)")


def _midline_labels(text: str) -> list[re.Match[str]]:
    """ "... Beslutning: ..." after a sentence, for the labels of ``MIDLINE_LABELS``."""
    if ":" not in text:
        return []
    return [
        m
        for m in _MIDLINE_LABEL.finditer(text)
        if normalise_label.of(m.group(1)) in MIDLINE_LABELS
        and any(c.isalpha() for c in text[: m.start()])  # not "1. Bilag: ..." (a list's number)
    ]


def _sentence_after_named(
    lines: tuple[Line, ...], i: int, current: tuple[SectionKind, str | None, list[str], int, int]
) -> bool:
    """ "Bilag: Nyhedsbrev maj 2025.docx" / "Taget til efterretning.": a sentence right after a
    "Bilag" label that named its attachment on its own line is the item's text again."""
    line = lines[i]
    return (
        current[1] is not None  # opened by a label ...
        and len(current[2]) == 1  # ... with its value on that one line
        and all(lines[k].blank for k in range(current[3] + 1, i))
        and line.kind is LineKind.TEXT
        and not line.bullet
        and line.list_number is None
        # (or the first line of a sentence a hard wrap broke: "Der var en længere drøftelse af
        # om lektiecafé skal være frivillig for")
        and (line.text.endswith(".") or len(line.text.split()) >= 9)
        and not _ATTACHMENT_LINE.match(line.text)
        and _FILE_EXTENSION.search(line.text) is None
    )


def _goes_on_with_sentence(lines: tuple[Line, ...], i: int, start: int) -> bool:
    """Line ``i`` goes on with the sentence of the line above ("Resultaterne fremgår af" over
    "[Bilag 2 - Trivselsmåling 2025](...)."): a reference inside the text, no list of
    attachments (the line above is text ending in a small letter or a comma)."""
    if i <= start:
        return False
    before = lines[i - 1]
    last = before.text[-1:]
    return (
        before.kind is LineKind.TEXT
        and not before.bullet
        and before.list_number is None
        and (last == "," or last.islower())
    )


_SENTENCE_INSIDE: Final = re.compile(r"(?:[a-zæøå]{2}|[A-ZÆØÅ]{3})\. [A-ZÆØÅ][a-zæøå]")
"""A sentence ending inside a line ("... af dagsorden. Rådet ...", "... for morgen-SFO. Rådet")."""


def _sentence_after_attachment_lines(
    lines: tuple[Line, ...],
    i: int,
    current: tuple[SectionKind, str | None, list[str], int, int],
    skip: frozenset[int] = frozenset(),
) -> bool:
    """ "Bilag 3.1: Udkast til princip" / "Bilag 3.2: Høringssvar" / "Bestyrelsen drøftede
    udkastet.": a sentence right under attachment lines (no "Bilag" label over them) is the
    item's text again, and so is a paragraph after a blank line under them (its first line
    perhaps hard-wrapped: "Knud Erik gennemgik de to tilbud. Bestyrelsen besluttede at", or a
    sentence of one word: "Godkendt."; a page's foot and head between them are as blank); a
    lower-case line goes on with the attachment's title."""
    line = lines[i]
    text = line.text
    last = current[4]
    gap = last < i - 1
    return (
        current[1] is None
        and (not gap or all(lines[k].blank or k in skip for k in range(last + 1, i)))
        and line.kind is LineKind.TEXT
        and not line.bullet
        and line.list_number is None
        and text[:1].isupper()
        and (
            text.endswith((".", "!", "?"))
            or (gap and text.count(" ") >= 3)
            # "Camilla Hvid gennemgik udkastet. Funktionærer kan ... hjem-": a sentence ends
            # inside the line (hard-wrapped at its end)
            or _SENTENCE_INSIDE.search(text) is not None
        )
        and (text.count(" ") >= 2 or (gap and text.endswith((".", "!"))))  # "Godkendt."
        and (
            _ATTACHMENT_LINE.match(lines[last].text or "") is not None
            or _NUMBERS_ONLY_LINE.fullmatch(lines[last].text or "") is not None
        )
        and not _ATTACHMENT_LINE.match(text)
        and _FILE_EXTENSION.search(text) is None
    )


_TABLE_KINDS: Final = (LineKind.TABLE_ROW, LineKind.TABLE_RULE)
_CELL_NUMBER: Final = anchored(r"^\d{1,3}[a-z]?\.?$")


def _attachment_columns(
    cells: tuple[str, ...], *, under_bilag: bool
) -> tuple[int, int, int] | None:
    """The (number, title, item) columns of a table of attachments, from its header row: a
    "Bilag" column anywhere; under a "Bilag" label also a "Titel" column or the first column
    that is no number or item column; the item column ("Punkt", "Pkt.") names the item each
    attachment belongs to. -1: no such column. None: not a table of attachments."""
    keys = [normalise_label.of(c) for c in cells]
    number = next((k for k, key in enumerate(keys) if key in ATTACHMENT_NUMBER_COLUMNS), -1)
    item = next((k for k, key in enumerate(keys) if key in ATTACHMENT_ITEM_COLUMNS), -1)
    title = next((k for k, key in enumerate(keys) if key in ATTACHMENT_COLUMNS), -1)
    if title < 0 and under_bilag:
        title = next((k for k, key in enumerate(keys) if key in ATTACHMENT_TITLE_COLUMNS), -1)
        if title < 0:
            title = next((k for k in range(len(keys)) if k not in (number, item)), -1)
    return (number, title, item) if title >= 0 else None


def _table_attachment(line: Line, columns: tuple[int, int, int], body: Body) -> None:
    """One row of a table of attachments ("| 1 | Statusrapport Klimaplan 2030 | 4,6 MB |"); with
    an item column ("| 3 | Miljøscreening | PDF |" under "| Punkt | Bilag | Type |") its title
    names the item as a list's entry does ("Pkt. 3: Miljøscreening"): it is that item's."""
    cells = [c.strip(" *_") for c in line.cells]
    number_at, title_at, item_at = columns
    number = cells[number_at].rstrip(".") if 0 <= number_at < len(cells) else None
    title = cells[title_at] if title_at < len(cells) else ""
    if _CELL_NUMBER.match(title) and title_at + 1 < len(cells):  # "| Bilag | Beskrivelse |"
        number, title = title.rstrip("."), cells[title_at + 1]
    if number is not None and not _CELL_NUMBER.match(number):
        number = None
    owner = cells[item_at].rstrip(".") if 0 <= item_at < len(cells) else ""
    if title and _ITEM_CELL.fullmatch(owner):
        title = f"Pkt. {owner}: {title}"
    if title:
        body.attachments.append(new.Attachment(number=number, title=title, span=_line_span(line)))


_ITEM_CELL: Final = re.compile(r"\d{1,3}[a-h]?")


_TEXT_MARK: Final = re.compile(r"^[–—•·▪‣-]\s+")  # a list mark written as text ("  – Notat")
_NUMBERED_ENTRY: Final = re.compile(r"^(\d{1,3}(?:\.\d{1,2})?[a-z]?)[.)]?\s+(\S.*)$")


def _plain_attachment(line: Line, body: Body) -> None:
    """A line right under a bare "Bilag:" label: "1 Kvalitetsstandarder 2025", or a title
    ("– Notat om ...": a dash or bullet written as text is no part of it)."""
    text = _TEXT_MARK.sub("", line.text.strip(" *_"))
    low = casefolded.of(text)
    if _NOTHING.match(low) or _NOTHING_INSIDE.regex.match(low):
        return
    m = _NUMBERED_ENTRY.match(text)
    number, title = (m.group(1), m.group(2)) if m else (None, text)
    title = _without_access(title)  # "3. Forslag til takstblad 2025 (Åben)"
    body.attachments.append(new.Attachment(number=number, title=title, span=_line_span(line)))


# "Bilag 1: X, Bilag 2: Y", and a grid table's cell of two paragraphs run together ("Bilag 1:
# Ansøgning fra Fjordfestival Bilag 2: Budget og regnskab 2024")
_BILAG_SPLIT: Final = re.compile(
    r"\s*[,;·•|]\s+(?=bilag\s+\d)|\s+(?=(?-i:B)ilag\s+\d{1,3}[a-z]?\s*:)", re.IGNORECASE
)


def value_attachments(value: str, line: Line, body: Body) -> bool:
    """A label's value that names numbered attachments in full ("Bilag 1: Referat af
    12.04.2016", "Bilag 1: Årsregnskab, Bilag 2: Revisionsprotokollat": a table cell's lines
    run together): adds them and says True; False, adding nothing, for any other value."""
    if not names_attachment(value):
        return False
    found = [_ATTACHMENT_LINE.match(piece) for piece in _BILAG_SPLIT.split(value)]
    if not all(found):
        return False
    body.attachments += [_numbered_attachment(m, line) for m in found if m is not None]
    return True


def names_attachment(text: str) -> bool:
    """Whether a text may name an attachment ("Bilag 1", "Attachment 2"): a cheap test first."""
    return "ilag" in text or "ttachment" in text or "ppendix" in text or "nnex" in text


def _numbered_attachment(m: re.Match[str], line: Line) -> Attachment:
    """The attachment an ``_ATTACHMENT_LINE`` match names: its number and title (without a
    case system's access word)."""
    title = _without_access(m.group(2).strip(" *_"))
    return new.Attachment(number=m.group(1), title=title, span=_line_span(line))


def _titled_attachment(text: str) -> re.Match[str] | None:
    """An attachment's number and title on a line ("Bilag 1: Årsrapport 2024"); not more numbers
    ("Bilag 8 og 9": references) nor a sentence after the number ("Bilag 3. Bestyrelsen
    drøftede ..."). Remembered."""
    return _titled_attachment_memo.of(text)


def _titled_attachment_uncached(text: str) -> re.Match[str] | None:
    m = _ATTACHMENT_LINE.match(text)
    if m is None or _MORE_NUMBERS.match(m.group(2)) or _SENTENCE_AFTER.match(m.group(2)):
        return None
    return m


_titled_attachment_memo: Final = memo(_titled_attachment_uncached, 2048)


def _line_span(line: Line) -> Span:
    return span_of(line.number, line.number)


def _attachments(line: Line, body: Body, *, listed: bool) -> None:
    """Attachments named on a line; ``listed``: the line is an entry of a "Bilag" list."""
    text = line.text
    if link_definition(text):
        return  # "[b1]: https://.../bilag1.pdf": where a reference link goes; its text names it
    m = _titled_attachment(text)
    if m:  # "Bilag 4.1: Takstforslag 2026 · Bilag 4.2: Sammenligning": each of them
        if text.count("ilag") < 2 or not value_attachments(text, line, body):
            body.attachments.append(_numbered_attachment(m, line))
        return
    named = FOR_ITEM.match(text) if ":" in text and text[:1] in "BbVv" else None
    if named is not None:  # "Bilag til pkt. 2: Budgetnotat 2025 (pdf)": the item's, whichever
        for title in bilag_titles(named.group(2)):  # item the line is under (_extract moves it)
            body.attachments.append(new.Attachment(number=None, title=title, span=_line_span(line)))
        return
    m = _UNNUMBERED_ATTACHMENT.match(text) if ":" in text else None
    if m:  # "Bilag: Kvartalsrapport Q3 2024.pdf"
        title = m.group(1).strip(" *_")
        if value_attachments(title, line, body):  # "Bilag: Bilag 1: Referat, Bilag 2: Budget"
            return
        entries = (
            (numbered_entries(title) or _gap_entries(line.raw) or _dotted_entry(title))
            if title[:1].isdecimal()
            else file_entries(title)
        )
        for number, entry in entries or [(None, title)]:  # "Bilag: 4.1 Årsrapport, 4.2 ..."
            body.attachments.append(
                new.Attachment(number=number, title=entry, span=_line_span(line))
            )
        return
    if listed:  # "- Uheldsstatistik 2019-2023", "2. Projektbeskrivelse.pdf" under "Bilag"
        title = _without_access(_TEXT_MARK.sub("", text.strip(" *_")))  # "- Åben - Notat om ..."
        number = line.list_number
        numbered = _NUMBERED_PIECE.match(title) if number is None and title[:1].isdigit() else None
        if numbered is not None and not (
            line.kind is LineKind.CODE or _LETTERED_NUMBER.fullmatch(numbered.group(1))
        ):
            numbered = None  # ("- 12 måneders plan": a title; "- 4a Budget": bilag 4a)
        if numbered is not None:  # the entry's own number kept in a code line's text
            number, title = numbered.group(1).rstrip("."), numbered.group(2).strip()
        body.attachments.append(new.Attachment(number=number, title=title, span=_line_span(line)))
        return
    if "](" in line.raw:  # "[Psykiatriplan 2025-2030 endelig.pdf](...)": the whole link text
        text = _linked_attachments(line, text, body)
    if "ilag" in text and ":" in text:  # "... gennemgik regnskabet (Bilag 1: Årsrapport 2023)."
        for titled in _TITLED_REF.finditer(text):
            number, title = titled.group(1), titled.group(2).strip()
            more = _NEXT_TITLED.split(title)  # "(bilag 2: Tegninger; bilag 3: Finansieringsplan)"
            for k in range(0, len(more), 2):
                body.attachments.append(
                    new.Attachment(number=number, title=more[k].strip(), span=_line_span(line))
                )
                number = more[k + 1] if k + 1 < len(more) else number
    if "ilag" in text and ('"' in text or "“" in text or "„" in text):
        for quoted in _QUOTED_REF.finditer(text):  # 'Se vedlagte bilag "Strategi 2025-2030"'
            body.attachments.append(
                new.Attachment(number=None, title=quoted.group(1).strip(), span=_line_span(line))
            )
    for number in referenced_attachments(text):  # "(se bilag 1)", "vedlagt som bilag 2"
        body.attachments.append(new.Attachment(number=number, title=None, span=_line_span(line)))
    if _FILE_EXTENSION.search(text):  # cheap: the file pattern backtracks on every word
        if line.kind is LineKind.TABLE_ROW and _file_cells(line, body):
            return  # "| Bilag: | Ledighed januar 2024.pdf |": a cell that is one file name
        if "![[" in text:  # "Se ![[Bilag 1 - Tilbud Dreyer Anlæg.pdf]]": a notes app's embed
            for embed in _EMBEDDED_FILE.finditer(text):  # of a file, spaces and all
                numbered = _NUMBERED_FILE.match(embed.group(1))
                number, title = numbered.groups() if numbered else (None, embed.group(1))
                body.attachments.append(
                    new.Attachment(number=number, title=title, span=_line_span(line))
                )
            text = _EMBEDDED_FILE.sub(" ", text)
        whole = text.strip(" *_")
        while whole and ord(whole[0]) >= 0x2000 and not whole[0].isalnum():
            whole = whole[1:].lstrip()  # "📎 Statusrapport udbud juni.pdf": a clip before it
        if _one_file_name(whole):  # a line that is one file name, spaces and all
            body.attachments.append(new.Attachment(number=None, title=whole, span=_line_span(line)))
            return
        for name in _FILE.findall(text):
            body.attachments.append(new.Attachment(number=None, title=name, span=_line_span(line)))


_LINK_DEFINITION: Final = re.compile(
    r"\[[^\[\]\n]{1,999}\]:\s*(?:<[^<>\n]*>|\S+)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*$"
)
"""A Markdown link reference definition ("[b1]: https://example.dk/bilag1.pdf "Statusrapport"")."""


def link_definition(text: str) -> bool:
    """A Markdown link reference definition ("[b1]: https://example.dk/bilag1.pdf")."""
    return text[:1] == "[" and _LINK_DEFINITION.match(text) is not None


_ENTRY_SPLIT: Final = re.compile(r"\s*[,;·•|]\s+(?=\d{1,3}(?:\.\d{1,2})?[a-z]?\.?\s)")  # (or "·")
_NUMBERS_ONLY_LINE: Final = re.compile(
    r"bilag\s+\d{1,3}[a-z]?(?:\s*(?:,|og|samt|-|–)\s*\d{1,3}[a-z]?)+\.?", re.IGNORECASE
)
"""A line of attachments' numbers alone ("Bilag 4 og 5", "Bilag 1, 2 og 3")."""
_SENTENCE_AFTER: Final = re.compile(
    rf"[A-ZÆØÅ][\w-]+\s+(?:{REPORT_VERBS}|drøftede|besluttede|godkendte|vedtog|tog|var|blev|har)\b"
)
"""A sentence after an attachment's number in running text ("Bilag 3. Bestyrelsen drøftede
..."): its subject, then its verb; no title."""
_MORE_NUMBERS: Final = re.compile(r"\s*(?:og|samt|,|-|–)\s*\d{1,3}[a-z]?\s*\.?\s*$")
"""What follows an attachment's number that is more numbers, no title ("Bilag 8 og 9")."""
_LETTERED_NUMBER: Final = re.compile(r"\d{1,3}[a-z]|\d{1,3}\.\d{1,2}[a-z]?")
"""An attachment's number with a letter or a sub-number ("4a", "3.2"): no title's words."""
_NUMBERED_PIECE: Final = re.compile(r"^(\d{1,3}(?:\.\d{1,2})?[a-z]?)\.?\s+(\D.*)$")


_FILE_KIND: Final = re.compile(
    r"(?:\((?:pdf|excel|word|powerpoint|xlsx?|docx?|pptx?)\b[^()]{0,20}\)|" + _EXTENSION + r")$",
    re.IGNORECASE,
)


def bilag_titles(value: str) -> list[str]:
    """The titles a "Bilag til punkt 3:" line names: one, or several apart by commas."""
    value = value.strip().rstrip(".")
    entries = file_entries(value)
    return [t for _, t in entries] if entries else [value]


def file_entries(value: str) -> list[tuple[str | None, str]]:
    """ "Statusnotat (PDF), Tiltagsoversigt (Excel)": a label's value naming two files or more,
    each with its file kind, as (None, title); "Budgetoversigt 2026; Elevtalsprognose": titles
    apart by semicolons; [] for any other value (one title with commas in it: "Notat om
    drift, anlæg og service")."""
    if "; " in value:
        return [(None, p.strip()) for p in value.split("; ") if p.strip()]
    if " · " in value:  # "[Årsregnskab 2024 (pdf)](...) · [Budget 2025 (pdf)](...)": links
        return [(None, p.strip()) for p in value.split(" · ") if p.strip()]
    if ", " not in value:
        return []
    pieces = [p.strip() for p in value.split(", ")]
    if all(_FILE_KIND.search(p) for p in pieces):
        return [(None, p) for p in pieces]
    if all(_title_piece(p) for p in pieces):  # "Budget 2025, Likviditetsbudget 2025"
        return [(None, p) for p in pieces]
    return []


def _title_piece(piece: str) -> bool:
    """A piece that is a title of its own: capitalised, of two words or more, no organisation
    ("Høringssvar fra Ældresagen, Dansk Handicap Forbund" is one title)."""
    return (
        piece[:1].isupper()
        and " " in piece
        and not is_organisation.of(piece)
        and not piece.split(" ", 1)[0].casefold().startswith(("kommune", "region"))
    )


_SUB_ENTRY: Final = re.compile(r"\d{1,3}\.\d{1,2}\s+[A-ZÆØÅ]")
"""A sub-numbered attachment ("4.2 Flerårsoverslag"); "4. Økonomi" may be the next item."""
_DOTTED_ENTRY: Final = re.compile(r"(\d{1,3}\.\d{1,2}|\d{1,3}(?=\.))\.?\s+([A-ZÆØÅ].*)$")
"""One numbered attachment with its number's full stop ("3. Budgetforslag 2025") or a
sub-number ("5.1 Statusrapport rammekontrakt 2025")."""


def _dotted_entry(value: str) -> list[tuple[str | None, str]]:
    """ "Bilag: 3. Budgetforslag 2025": one attachment with its number; [] for any other value
    ("Bilag: 12 måneders plan" is a title)."""
    m = _DOTTED_ENTRY.match(value)
    return [(m.group(1), m.group(2).strip())] if m is not None else []


_GAP: Final = re.compile(r"\s{3,}|\t+")


def _gap_entries(raw: str) -> list[tuple[str | None, str]]:
    """ "Bilag: 1. Oversigt over ansøgninger   2. Beregningsmodel": numbered attachments parted
    by wide gaps (a PDF's columns), as (number, title); [] for any other line."""
    after = raw.split(":", 1)[1].strip() if ":" in raw else ""
    return _numbered_pieces([p.strip(" *_") for p in _GAP.split(after) if p.strip(" *_")])


def numbered_entries(value: str) -> list[tuple[str | None, str]]:
    """ "4.1 Årsrapport 2023, 4.2 Revisionsprotokollat": a label's value naming two numbered
    attachments or more, as (number, title); [] for any other value."""
    return _numbered_pieces(_ENTRY_SPLIT.split(value))


def _numbered_pieces(pieces: list[str]) -> list[tuple[str | None, str]]:
    """Two pieces or more, each a number and a title, as (number, title); else []."""
    if len(pieces) < 2:
        return []
    found: list[tuple[str | None, str]] = []
    for piece in pieces:
        m = _NUMBERED_PIECE.match(piece)
        if m is None:
            return []
        found.append((m.group(1), m.group(2).strip()))
    return found


_FIRST_ON_LABEL: Final = re.compile(r"[Bb]ilag\s+1[.)]\s+\S")
"""A list of attachments whose first stands on its label's line, numbered with a full stop
("Bilag 1. Forbrugsoversigt ..."): the numbered lines under it are the next ones."""
_ONE_LINK: Final = re.compile(r"\[[^\[\]]{2,200}\]\([^()\s]*\)(?:\s*\([^()]{1,30}\))?")
"""A line that is one link, maybe with the file's kind and size after it."""
_LINK_TEXT: Final = re.compile(r"\[([^\[\]]{2,200})\]\(\s*<?([^\s()<>]{0,2000})")
_LINK_WORDS: Final = frozenset(
    {"bilag", "bilaget", "vedlagte bilag", "bilag her", "attachment", "appendix", "her", "link"}
)
"""Link texts that only point at the file ("se [bilag](.../budget2025.pdf)"): the file's name,
from the link's address, is the attachment's title."""
_LINKED_BILAG: Final = re.compile(r"^bilag\s+(\d{1,3}[a-z]?)\s*[:.\-–—]\s*(\S.*)$", re.IGNORECASE)


def _one_file_name(text: str) -> bool:
    """The text is one file's name, spaces and all ("Ledighed januar 2024.pdf")."""
    return _FILE_LINE.match(text) is not None and len(_FILE_EXTENSION.findall(text)) == 1


def _file_cells(line: Line, body: Body) -> bool:
    """The cells of a table row that are each one file name, spaces and all ("| Bilag: |
    Ledighed januar 2024.pdf |"), as attachments; False when no cell is."""
    found = False
    for cell in line.cells:
        name = strip_inline(cell).strip(" *_")
        if _one_file_name(name):
            body.attachments.append(new.Attachment(number=None, title=name, span=_line_span(line)))
            found = True
    return found


def _linked_file(address: str) -> str | None:
    """The file name a link's address ends in ("https://os2.eu/budget2025.pdf":
    "budget2025.pdf"; "%20" read as a space), or None when it names no file."""
    name = unquote(address.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1])
    return name if name and _FILE_LINE.match(name) else None


def _linked_attachments(line: Line, text: str, body: Body) -> str:
    """Attachments that are link texts: a file name ("[Høringsnotat 2025.pdf](...)") or "Bilag
    N - Title"; returns the text without them (for the other attachment patterns)."""
    for m in _LINK_TEXT.finditer(line.raw):
        label = strip_inline(m.group(1)).strip(" *_")
        bilag = _LINKED_BILAG.match(label)
        if bilag is not None:
            number: str | None = bilag.group(1)
            title = bilag.group(2).strip()
        elif _FILE_LINE.match(label):
            number, title = None, label
        elif label.casefold() in _LINK_WORDS and (file := _linked_file(m.group(2))) is not None:
            number, title = None, file  # "se [bilag](https://os2.eu/budget2025.pdf)"
        else:
            continue
        body.attachments.append(new.Attachment(number=number, title=title, span=_line_span(line)))
        text = text.replace(label, " ", 1)
    return text


def listed_attachment(line: Line, *, under_label: bool = False) -> Attachment | None:
    """The attachment a line of a list of attachments names ("Bilag 1 – Udkast til årsregnskab
    2024"; ``under_label``: also "1. Kvartalsrapport" under a "Bilag:" label), if it names one
    with its number and title."""
    m = _ATTACHMENT_LINE.match(line.text) if names_attachment(line.text) else None
    if m is None and under_label:
        entry = _NUMBERED_PIECE.match(line.text.strip(" *_"))
        number = line.list_number or (entry.group(1).rstrip(".") if entry else None)
        title = entry.group(2).strip() if entry else line.text.strip(" *_")
        if number is not None and title and (entry is not None or line.list_number is not None):
            return new.Attachment(
                number=number, title=_without_access(title), span=_line_span(line)
            )
        return None
    if m is None:
        return None
    return _numbered_attachment(m, line)


def _ref_numbers(refs: str) -> list[str]:
    """The numbers a reference's text names, a range whole ("4.1–4.4": 4.1, 4.2, 4.3, 4.4)."""
    if "-" not in refs and "–" not in refs:
        return _REF_NUMBER.findall(refs)
    out: list[str] = []
    pos = 0
    for m in _REF_RANGE.finditer(refs):
        out += _REF_NUMBER.findall(refs, pos, m.start())
        major, sub, last_major, last_sub = m.groups()
        if sub is not None and last_sub is not None and major == last_major:
            span = range(int(sub), int(last_sub) + 1)
            names = [f"{major}.{k}" for k in span]
        elif sub is None and last_sub is None:
            span = range(int(major), int(last_major) + 1)
            names = [str(k) for k in span]
        else:  # "3.2-4": no range of one kind
            span, names = range(0), []
        out += names if 0 < len(span) <= _RANGE_MAX else _REF_NUMBER.findall(m.group(0))
        pos = m.end()
    return out + _REF_NUMBER.findall(refs, pos)


def referenced_attachments(text: str) -> list[str]:
    """The numbers of attachments a title or text refers to ("... til godkendelse (bilag 1)",
    "(bilag 2: Tegninger)")."""
    if not names_attachment(text):
        return []
    found = [n for m in _ATTACHMENT_REF.finditer(text) for n in _ref_numbers(m.group(1))]
    if ":" in text:  # "Økonomi (bilag B: budgetoversigt pr. 31/10)": the number its title has
        found += [n for m in _TITLED_REF.finditer(text) if (n := m.group(1)) not in found]
    for m in _ATTACHMENT_MENTION.finditer(text):  # "... vedlagt som bilag 1 og 2"
        found += [n for n in m.groups() if n is not None and n not in found]
    return found


_FILE_SIZE: Final = re.compile(
    r"\s*[(\[](?:(?:pdf|docx?|xlsx?|pptx?|word|excel)\s*,?\s*)?[\d.,]+\s*(?:kb|mb|gb)[)\]]?$"
    r"|\s*[(\[](?:pdf|docx?|xlsx?|pptx?|word|excel)[)\]]?$",  # (the closing one cut off)
    re.IGNORECASE,
)
"""A web page's file kind and size after an attachment's title ("(PDF, 182 KB)", "(1,2 MB)",
"(PDF)", "[PDF]")."""


def merge_attachments(found: list[Attachment]) -> list[Attachment]:
    """Drop bare references ("(bilag 8)") when the same number is listed with a title, or the
    list has no numbers and as many entries (the second of three is "bilag 2"), and a title
    again without the number it has elsewhere; a title loses
    the file kind and size a web page writes after it ("Budget 2025 (PDF, 240 KB)")."""
    found = [
        new.updated(a, {"title": _FILE_SIZE.sub("", a.title)})
        if a.title and ("(" in a.title or "[" in a.title)
        else a
        for a in found
    ]
    titled = {a.number for a in found if a.title and a.number}
    listed = [a for a in found if a.title]
    if listed and not titled:  # "(bilag 2)" in the text over an unnumbered list of three:
        titled = {str(k) for k in range(1, len(listed) + 1)}  # the list's second entry
    numbered = {a.title for a in found if a.title and a.number}
    out: list[Attachment] = []
    seen: set[tuple[str | None, str | None]] = set()
    for a in found:
        if a.title is None and a.number in titled:
            continue
        if a.number is None and a.title in numbered:
            continue  # the same title again without its number (read by two routes)
        key = (a.number, a.title)
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def labelled_row(line: Line) -> tuple[SectionKind, str, str] | None:
    """A table row of a label and its text ("| Sagsnr.: | 05.13.00-P15-3-25 |", "| Beslutning |
    Godkendt. |", under a case system's item head in a Word table): a section as the same
    labelled line would be."""
    if line.kind is not LineKind.TABLE_ROW or len(line.cells) != 2:
        return None
    label, value = (c.strip() for c in line.cells)
    kind = SECTION_LABELS.get(normalise_label.of(label)) if value else None
    if kind is None:
        return None
    return kind, label.rstrip(":.").strip(), value


def outcome_phrases(sentence: str) -> list[int]:
    """The rows of ``OUTCOME_PATTERNS`` whose phrases a casefolded sentence holds, in order."""
    return list(_phrase_rows.of(sentence))


def _outcome_rows(sentence: str) -> tuple[int, ...]:
    rows = tuple(FirstOf.row(m) for m in _ANY_OUTCOME.finditer(sentence))
    if "," in sentence and _APPROVED_ROW in rows and _CHANGES_ROW not in rows:
        # an approval's phrase found from an earlier word ("bestyrelsen bevilger", "kan
        # anbefale") hides the same approval's change ("... bevilger op til 3.500 kr. ..., under
        # forudsætning af at ...", "... kan anbefale X, dog med den bemærkning, at ...")
        changed = _WITH_CHANGES.search(sentence)
        if changed is not None:
            at = rows.index(_APPROVED_ROW)
            rows = (*rows[:at], _CHANGES_ROW, *rows[at:])
    return rows


_phrase_rows: Final = memo(_outcome_rows, 2048)
"""The outcome table's rows of a sentence, remembered: the decision's readers ask it of the
same sentences again (``classify``, then ``_changed_elsewhere`` and the sub-points' readers)."""


_OTHERS_APPROVAL: Final = re.compile(
    r"\b(?:godkendt|bevilget|bevilliget|vedtaget)\s+af\s+(?:kommunen|regionen|staten|landsbyggefonden"
    r"|ministeriet|styrelsen|byrådet|kommunalbestyrelsen|organisationsbestyrelsen|[a-zæøå]+udvalget)\b"
)
"""Another body's approval, told ("Lån godkendt af kommunen forventes i efteråret")."""
_APPROVED_BY: Final = re.compile(
    r"\b(?:er|var|er blevet) (?:\w+ )?(?:godkendt|bevilget|bevilliget|vedtaget) af\b"
    r"|\bhar (?:\w+ )?(?:bevilget|bevilliget|godkendt|vedtaget|besluttet)\b"
)
"""A state of approval by someone ("Regnskabet er godkendt af organisationsbestyrelsen",
"Provstiudvalget har bevilget 85.000 kr."): news, when a later sentence takes note of it."""
_FOLLOW_UP: Final = re.compile(
    r"\b(?:aftalt|enige? om),? at (?!(?:punktet|sagen|beslutningen|forslaget|godkendelsen"
    r"|behandlingen|emnet|spørgsmålet|indstillingen)\b)"
    r"|, som\b"
)
"""A clause about something other than the item ("aftalt, at kontingentet ...", "et udkast,
som ..."): a postponement in it is a follow-up."""


def _without_follow_up(sentence: str, found: list[int]) -> list[int]:
    """``found`` (the rows of a sentence's outcome phrases) without a postponement inside a
    clause about something other than the item ("Det blev aftalt, at kontingentet drøftes på
    næste møde.", "... et udkast, som tages op på næste møde"): a follow-up."""
    clause = _FOLLOW_UP.search(sentence)
    if clause is None:
        return found
    return [
        FirstOf.row(m)
        for m in _ANY_OUTCOME.finditer(sentence)
        if m.start() < clause.end() or _OUTCOMES[FirstOf.row(m)] is not Outcome.POSTPONED
    ]


_STRONG_POSTPONEMENT: Final = re.compile(
    r"\budsat|\budsæt|\budskyd|\budskudt|\bsat i bero\b|\bikke (?:blevet )?(?:behandlet|nået)\b"
    r"|\bnåede ikke\b|\bvent(?:e|er|ede)? med\b|\btilbage\b|\bpostponed\b|\bdeferred\b"
)
"""A postponement proper; "genoptages", "tages op på næste møde", "vedtages på næste møde"
after a discussion only say the discussion goes on."""
_DISCUSSED: Final = re.compile(r"\bdrøft(?:et|ede|else|edes)\b|\bdiskuter(?:et|ede)\b")
# "Halvårsregnskabet blev taget til efterretning.", "Styregruppen tog status til efterretning."
# on a line of its own under a report: what the report says was approved elsewhere is no outcome
_NOTED_CLOSING: Final = re.compile(
    r"^(?:[\wæøå-]+ ){1,3}(?:blev taget|tog (?:[\wæøå-]+ ){0,2}?)til efterretning\.?$"
    r"|^til orientering\.?$"  # the groups' reports, then "Til orientering."
)
_NOTED_FORMULA: Final = re.compile(
    r"^(?:(?:orienteringen|sagen|punktet|meddelelserne) (?:blev )?)?"
    r"(?:taget til efterretning|taget til orientering)\.?$"
)
"""A first sentence that is only the formula of taking note ("Taget til efterretning.")."""


_WHEN_CLAUSE: Final = re.compile(r", når [^.;:,\"”]*")
"""A clause of a time to come (", når budgettet er vedtaget i byrådet"): it decides nothing now."""
_AGREED_LABEL: Final = re.compile(r"aftalt\s*:\s*")  # (casefolded)
_DEEMED_APPROVED: Final = re.compile(
    r",?\s*ellers\s+(?:betragtes|anses|regnes)\s+[^.;]{0,60}?\bsom\s+godkendt\b", re.IGNORECASE
)
_DECIDED_LABEL: Final = re.compile(
    r"(?:^[\Wℹ]*|\s[–—-]\s+)(?:besluttet|beslutning|konklusion)\s*:\s*"
)
"""A decision label inside a text ("ℹ️ Besluttet: ...", the information sign is a letter to
``\\w``; after a dash: "Indkøb af ny trailer – Beslutning: Godkendt"): what follows it
decides."""
_WEAK_DECISIVE: Final = re.compile(
    r"\bfasthold(?:es|t)\b|\b(?:er|var) (?:blevet )?(?:udskudt|udsat)\b(?! til (?:næste|senere))"
    r"|\bvar (?:\w+ )?(?:godkendt|vedtaget|bevilget)\b"
    r"|\b(?:er|er blevet) (?:\w+ )?(?:godkendt|vedtaget|bevilget) af\b"
)
"""What a report keeps or says is put off ("Vandprisen fastholdes", "Målingen er udskudt"), or
says was approved before or by others ("Referatet var godkendt pr. mail i juli", "(Takstbladet
er godkendt af Varde Kommune ...)"): news, when the body takes note of the report in another
sentence."""
_TAKES_NOTE: Final = re.compile(r"\b(?:taget |tog (?:[\wæøå-]+ ){0,3}?)ti[l1] efterretning\b")


def _takes_note(sentences: list[str]) -> bool:
    """One of the sentences takes note ("Styregruppen tog status til efterretning")."""
    return any("efterretning" in s and _TAKES_NOTE.search(s) for s in sentences)


def _without_bullet(sentence: str) -> str:
    """A terse bullet's words without the bullet ("  - ok", "- godk." under other bullets: "ok"),
    read as a sentence that opens there; a longer bullet keeps it (the patterns that open with
    "^" are for a decision's own sentence, not for a bullet of news: "- Der skal købes ...")."""
    if sentence[:1] in (" ", "-", "*", "•"):
        bare = sentence.lstrip(" \t")
        if bare[:2] in ("- ", "* ", "• ") and bare.count(" ") <= 3:
            return bare[2:].lstrip()
    return sentence


def _with_lead_ins(sentences: list[str]) -> list[str]:
    """The sentences, a lead-in ending in "at:" joined to what follows it ("Vækstforum besluttede
    at:" over "a) afvise ansøgningen ..."): the decision is the two together."""
    out: list[str] = []
    for sentence in sentences:
        if out and out[-1].endswith(" at:"):
            out[-1] += " " + sentence
        else:
            out.append(sentence)
    return out


_WHEN_ONLY: Final = re.compile(
    r"^(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\.?(?:\s+(?:d\.|den))?|d\.|den)"
    r"\s*\d{1,2}[./ ]"
)
_NOT_YET: Final = re.compile(
    r"\bikke (?:blevet )?(?:godkend|bevilg|bevillig|vedtag)\w* endnu\b"
    r"|\bendnu ikke (?:blevet )?(?:godkend|bevilg|bevillig|vedtag)"
)


_UNTICKED: Final = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\[ \][^\n]*\n?", re.MULTILINE)


_GLUED_COMMA: Final = re.compile(r",(?=[^\W\d_])")
"""A comma with a word right after it ("Godkendt,dog blev ..."), not one inside a number."""


def _tidy_sentence(sentence: str) -> str:
    """One space between words, a word broken over a line whole again, and a comma typed after
    a space or right before the next word put after the word ("blev godkendt ,dog med den
    rettelse", "Godkendt,dog blev pkt. 6 flyttet")."""
    text = BROKEN_WORD.sub("", sentence).replace(" ,", ", ")
    return " ".join(_GLUED_COMMA.sub(", ", text).split())


_BUTTON_LINES: Final = re.compile(
    r"^(?:[ \t]*\[(?:print|udskriv|del|share|download|hent)\b[^\]\n]{0,20}\](?:\([^)\s]*\))?)+"
    r"[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def classify(text: str, *, labelled: bool = False, decided: bool = False) -> tuple[Outcome, bool]:
    """The outcome a decision text records, and whether it adopts the recommendation.

    The last sentence with a decisive phrase (approved, rejected, postponed, ...) wins, and in
    it the first such phrase (a plain approval is one with changes when the decisive sentence
    before it approves with changes); sentences about an amendment ("Ændringsforslag fra SF
    blev ikke vedtaget") or a member's or minority's position ("Peter Kjeldgaard (C) kunne ikke
    tiltræde indstillingen") count only when no other sentence records an outcome (not even
    taking note), and the words of a report ("... orienterede om, at byrådet har vedtaget ...")
    decide nothing. Without a decisive phrase,
    the last sentence that records taking note or discussing; any other text: discussed.

    Remembered per text and flags (the decision's readers ask it of the same texts again).
    """
    if labelled:
        return (_classified_both if decided else _classified_labelled).of(text)
    return (_classified_decided if decided else _classified_plain).of(text)


_SHORT_ANSWER: Final = re.compile(SHORT_ANSWER, re.MULTILINE)


def _short_answer(low: str) -> Outcome | None:
    """The outcome of a decision that opens, or ends on a line of its own, with a short answer
    ("ja - begge optages" under the applications; not "Nej" under a question)."""
    at = low.rfind("\n") + 1
    for start in (0, at) if at else (0,):
        if low[start : start + 2] != "ja" and low[start : start + 3] != "nej":
            continue
        if start and low[:start].rstrip().endswith("?"):
            continue  # "Er der nogen vi kan opfordre?" over "Nej": an answer to a question
        m = _SHORT_ANSWER.match(low, start)
        if m is not None:
            return Outcome.APPROVED if m.group(1) else Outcome.REJECTED
    return None


_NO_DECISIONS: Final = re.compile(
    r"\b(?:blev|er|var) ikke truffet (?:nogen )?beslutning(?:er)?\b(?! om)"
    r"|\bingen beslutninger (?:blev )?truffet\b"
)
"""A text saying that no decisions were taken: whatever it recommends or reports, discussed."""
_RESULT_ARROW: Final = re.compile(r"\s*(?:→|\s->)\s*(\w)")


def _result_sentence(m: re.Match[str]) -> str:
    return ". " + m.group(1).upper()


def _classify(text: str, *, labelled: bool, decided: bool) -> tuple[Outcome, bool]:
    outcome, adopts = _classify_text(text, labelled=labelled, decided=decided)
    if outcome in _MIXABLE and "\n" in text and _mixed(text, labelled=labelled):
        return Outcome.NONE, False  # "EA 7: ... Godkendt." / "EA 8: ... Afvist.": one of each
    if (
        outcome in (Outcome.APPROVED, Outcome.APPROVED_WITH_CHANGES)
        and "beslutning" in text
        and _NO_DECISIONS.search(casefolded.of(text))
    ):  # "Der blev ikke truffet beslutninger på workshoppen. Deltagerne anbefaler ...": what it
        return Outcome.DISCUSSED, False  # recommends approves nothing (a postponement stays)
    return outcome, adopts


def _classify_text(text: str, *, labelled: bool, decided: bool) -> tuple[Outcome, bool]:
    stripped = _without_absences(text).strip()
    if "[ ]" in stripped:  # "- [ ] Dagsorden godkendt": a box not ticked records nothing
        stripped = _UNTICKED.sub("", stripped).strip()
    if "[" in stripped:  # "[Print punkt] [Del punkt]": a web page's buttons under the item
        stripped = _BUTTON_LINES.sub("", stripped).strip()
    if stripped[:2] in ("- ", "* ", "• ") and "\n" not in stripped:
        stripped = stripped[2:].lstrip()  # "- OK": one bullet, its words alone
    if "æste " in stripped or "ext meeting" in stripped:  # "Intet." over "Næste møde: ...": none
        stripped = _NEXT_MEETING_LINE.sub("", stripped).strip()
    if "ellers " in stripped:  # "..., ellers betragtes referatet som godkendt.": a rule for the
        stripped = _DEEMED_APPROVED.sub("", stripped).strip()  # minutes, no decision taken
    if not stripped:
        return Outcome.NONE, False
    if "ukke" in stripped and closed_notice(stripped):  # "Beslutningen fremgår af det lukkede
        return Outcome.NONE, False  # referat.": the decision is in another protocol
    if "\n" in stripped and _names_only(stripped):
        return Outcome.NONE, False  # "Underskriftsark" over the signers' names: no decision
    if "→" in stripped or " -> " in stripped:  # "For: RS, HE. Imod: MK → vedtaget": the arrow
        stripped = _RESULT_ARROW.sub(_result_sentence, stripped)  # leads to the result, a
        # sentence of its own
    low = casefolded.of(stripped)
    if ("protokol" in low or "ikke" in low) and _CLOSED_PROTOCOL.search(low):
        return Outcome.NONE, False  # "Beslutningen er indført i den lukkede protokol.": secret
    if ("orientering" in low or "efterretning" in low) and _closing_note(
        low
    ):  # news bullets over "Orienteringen blev
        return Outcome.NOTED, False  # taget til efterretning."
    short = _short_answer(low)  # "ja, vi søger", "Nej tak – men ...": the answer
    if short is not None:
        return short, False
    adopts = _ADOPTS.search(low) is not None
    if _NOTHING.match(low):
        return Outcome.NONE, False
    # "Der var ingen bemærkninger.": nothing, unless another sentence decides ("Referatet blev
    # godkendt og underskrevet.")
    nothing_said = _NOTHING_INSIDE.search(low) is not None
    # a question decides nothing ("Hvem vælges som formand?")
    remarks: list[str] = []
    if "(" in stripped and _BRACKETED_SENTENCE.search(stripped) is not None:
        # "Regnskabet blev taget til efterretning. (Regnskabet godkendes af bestyrelsen, jf.
        # § 9.)": a remark in brackets, weighed after the sentences outside them
        kept = _BRACKETED_SENTENCE.sub("", stripped).strip()
        if kept:
            remarks = [casefolded.of(m.group(1)) for m in _BRACKETED_SENTENCE.finditer(stripped)]
            stripped = kept
    sentences = [  # one space between words: "godkendt med" / "den ændring" over a line break
        casefolded.of(_tidy_sentence(s) if "\n" in s or " ," in s or _GLUED_COMMA.search(s) else s)
        for s in map(_without_bullet, _with_lead_ins(split_sentences(stripped)))
        if s.strip() and not s.endswith("?")
    ]
    # "Intet til referat. Spørgsmål til referatet kan sendes til ...": nothing, then a remark
    first_sentence = sentences[0] if sentences else ""
    last_sentence = sentences[-1] if sentences else ""  # "Afholdt med graver. Intet at bemærke."
    sentences.reverse()
    # stable: amendments and a member's or minority's position last, else the last sentence first
    aside = [_about_amendment(s) or _DISSENT.match(s) is not None for s in sentences]
    sentences = [s for s, a in zip(sentences, aside, strict=True) if not a] + [
        s for s, a in zip(sentences, aside, strict=True) if a
    ]
    main_count = aside.count(False)
    sentences += remarks
    soft: Outcome | None = None
    for k, sentence in enumerate(sentences):
        if k == main_count and soft is not None:
            break  # "Taget til efterretning. X (Ø) kunne ikke tiltræde ...": noted
        if k == main_count and (votes := _votes(casefolded.of(stripped))) is not None:
            return votes, False  # "For stemte: S, SF, EL (5)" / "Imod stemte: V, DF (3)" / "V
            # og DF kan ikke anbefale lokalplanen": the vote decides, not the minority
        if "endnu" in sentence and _NOT_YET.search(sentence):
            continue  # "... er ikke bevilget endnu": a state of things, no outcome
        if (
            ": " in sentence
            and (told := _SPEAKER_REPORT.match(sentence)) is not None
            and told.group(1) not in _NOT_SPEAKERS
        ):  # "Tina Brodersen: Børne- og Familieudvalget har vedtaget ...": news of another
            continue  # body's decision
        reported = _REPORTED.search(sentence)
        if reported is not None:  # "... orienterede om, at byrådet har vedtaget ...": a report
            clause = sentence.find("; ", reported.end())  # (up to a clause of the body's own:
            sentence = sentence[: reported.end()] + (sentence[clause:] if clause >= 0 else "")
            # "Sabina fortalte, at ...; bestyrelsen besluttede at betale kurset.")
        if ", når " in sentence:  # "..., når budgettet er vedtaget": a time to come
            sentence = _WHEN_CLAUSE.sub("", sentence)
        if "beslut" in sentence and (label := _DECIDED_LABEL.search(sentence)) is not None:
            rest = sentence[label.end() :]  # "Besluttet: Til orientering – taget til efterretning"
            if outcome_phrases(rest):
                sentence = rest
            elif _DECIDED_STATEMENT.search(rest):  # "EM fortalte om ... Beslutning: Favrskov
                return Outcome.APPROVED, False  # Kommune optages i samarbejdet": what was done
        if sentence[:6] == "aftalt" and (agreed := _AGREED_LABEL.match(sentence)) is not None:
            rest = sentence[agreed.end() :]  # "Aftalt: Entreprenørerne tilrettelægger arbejdet
            if rest and not outcome_phrases(rest):  # herefter.": what was agreed, decided
                return Outcome.APPROVED, False
        found = outcome_phrases(sentence)
        if found and (", som " in sentence or " at " in sentence):
            found = _without_follow_up(sentence, found)
        decisive = [_OUTCOMES[i] for i in found if _OUTCOMES[i] in _DECISIVE]
        if (
            decisive
            and soft is Outcome.NOTED
            and decisive[0] is Outcome.APPROVED
            and _APPROVED_BY.search(sentence) is not None
        ):
            # "Takstbladet er godkendt af kommunen. ... Taget til efterretning.": another's
            # approval, reported; the body took note of it
            return Outcome.NOTED, False
        if (
            decisive
            and decisive[0] is Outcome.APPROVED
            and _OTHERS_APPROVAL.search(sentence) is not None
            and _takes_note(sentences[:main_count])
        ):
            # "Taget til efterretning. Lån godkendt af kommunen forventes i efteråret.":
            # another body's approval, told; the meeting took note
            return Outcome.NOTED, False
        if decisive and _WEAK_DECISIVE.search(sentence) and _takes_note(sentences[:main_count]):
            # "Go-live fastholdes til 1. marts. Styregruppen tog status til efterretning.": what
            # the report keeps or puts off is news; the body took note of it
            return Outcome.NOTED, False
        if decisive:
            outcome = decisive[0]
            if outcome is Outcome.APPROVED and Outcome.APPROVED_WITH_CHANGES in decisive:
                # "Det blev besluttet at godkende aftalen, dog med den ændring, at ...": one
                # approval, with its changes
                outcome = Outcome.APPROVED_WITH_CHANGES
            if (
                outcome is Outcome.POSTPONED
                and _STRONG_POSTPONEMENT.search(sentence) is None
                and any(_discussed_here(s) for s in sentences[k:main_count])
            ):
                # "Drøftet. Sagen genoptages på mødet i marts.": discussed, to be taken up again
                # (and noted when a later sentence takes note: "... Taget til efterretning.")
                return (soft if soft is Outcome.NOTED else Outcome.DISCUSSED), False
            if outcome is Outcome.POSTPONED and _SIDE_MATTER.match(sentence):
                # "Regnskabet blev taget til efterretning. Spørgsmålet om kontingent udsættes
                # til budgetmødet.": a question the item raised is put off, the item decided
                earlier = [
                    _OUTCOMES[i] for s in sentences[k + 1 : main_count] for i in outcome_phrases(s)
                ]
                if earlier:
                    return min(earlier, key=_OUTCOMES.index), False
            if outcome is Outcome.POSTPONED and _BRACKETED_LATER.search(sentence):
                # "3 for, 4 imod → falder. Vi prøver med en forårsfest i stedet (tages op
                # senere).": a remark in brackets on what comes next, the vote decided
                earlier = [
                    _OUTCOMES[i] for s in sentences[k + 1 : main_count] for i in outcome_phrases(s)
                ]
                if Outcome.REJECTED in earlier or Outcome.APPROVED in earlier:
                    outcome = min(earlier, key=_OUTCOMES.index)
            if outcome is Outcome.POSTPONED and "tilbage" in sentence:
                # "Ikke godkendt. Sagen sendes tilbage til ...": sent back after a rejection
                earlier = [
                    _OUTCOMES[i] for s in sentences[k + 1 : main_count] for i in outcome_phrases(s)
                ]
                if Outcome.REJECTED in earlier:
                    outcome = Outcome.REJECTED
            if (
                outcome is Outcome.APPROVED
                and "fasthold" in sentence
                and _rejected_before(sentences[k + 1 : main_count])
            ):
                # "Forslaget blev ikke vedtaget. Kontingentet fastholdes.": the proposal fell,
                # what was kept is the state before it
                outcome = Outcome.REJECTED
            if outcome is Outcome.APPROVED and _changed_elsewhere(sentences[k + 1 : main_count]):
                outcome = Outcome.APPROVED_WITH_CHANGES
            if outcome is Outcome.APPROVED and _amendment_adopted(sentences[main_count:]):
                # "Ændringsforslaget blev vedtaget. ... fastholdes uændret.": with the change
                outcome = Outcome.APPROVED_WITH_CHANGES
            return outcome, adopts and outcome is Outcome.APPROVED
        if found:
            soft = soft or _OUTCOMES[min(found)]  # the table's order ranks note over discussion
    if nothing_said and soft is not Outcome.NOTED:
        return Outcome.NONE, False  # (but "Der var ingen spørgsmål. Budgettet blev taget til
        # efterretning.": noted)
    if (
        soft is Outcome.DISCUSSED
        and (_NOTED_FORMULA.match(first_sentence) or _NOTED_CLOSING.match(first_sentence))
        and not any(_DISCUSSED.search(s) for s in sentences)
    ):  # "Taget til efterretning. Hanne Kold bemærkede stigningen ...": a remark on the news
        # ("Rådet tog orienteringen til efterretning. Rådet bemærkede, at ...")
        soft = Outcome.NOTED
    if adopts:
        return Outcome.APPROVED, True
    counted = _votes(casefolded.of(stripped))
    if counted is not None:
        return counted, False
    if soft is None and any(_NOTHING.match(s) for s in (first_sentence, last_sentence) if s):
        return Outcome.NONE, False
    if soft is None and len(sentences) == 1 and _WHEN_ONLY.match(first_sentence):
        return Outcome.NONE, False  # "Tirsdag d. 26. august kl. 16.00 samme sted.": a date
    if soft is None and labelled and (decided or _DECIDED_STATEMENT.search(first_sentence)):
        if " med " in first_sentence and _CHANGE_CLAUSE.search(first_sentence):
            # "Forslaget sendes i høring, dog med den ændring, at ...": done with a change
            return Outcome.APPROVED_WITH_CHANGES, False
        return Outcome.APPROVED, False  # ("Besluttet: Januar-koncerten aflyses."): what was done
    if soft is None and labelled and any(s.rstrip(". ") == "enstemmigt" for s in sentences):
        return Outcome.APPROVED, False  # "Frokostordningen fortsætter uændret. Enstemmigt."
    return (soft or Outcome.DISCUSSED), False


_SPEAKER_REPORT: Final = re.compile(
    r"^([a-zæøå]+(?: [a-zæøå]+){0,2}): (?:[\w-]+ ){1,5}(?:har|havde) (?:nu |netop |også )?"
    r"(?:vedtaget|godkendt|besluttet|bevilget|vedtog|godkendte)\b"
)
"""A speaker's news of a decision taken elsewhere ("tina brodersen: børne- og familieudvalget har
vedtaget ny model"; casefolded)."""
_NOT_SPEAKERS: Final = frozenset(
    {"beslutning", "besluttet", "konklusion", "referat", "status", "resultat", "afgørelse",
     "indstilling", "udvalget", "bestyrelsen", "rådet", "aftale", "aftalt"}
)  # fmt: skip
_BRACKETED_SENTENCE: Final = re.compile(r"(?<=[.!])\s+\(([A-ZÆØÅ][^()]{2,300}?[.!]?)\)\.?(?=\s|$)")
"""A whole sentence in brackets after another ("... taget til efterretning. (Regnskabet godkendes
af bestyrelsen, jf. § 9.)"): a remark on the matter."""
_BRACKETED_LATER: Final = re.compile(r"\((?:[^()]*\s)?tages op (?:igen )?(?:senere|igen)[^()]*\)")
"""A postponement in brackets after a decision ("(tages op senere)"): a remark, not the
item's outcome."""

_SIDE_MATTER: Final = re.compile(
    r"(?:spørgsmålet|drøftelsen|emnet|resten|den\s+del)\s+(?:om|vedr\.?|vedrørende|af|angående)\s"
)
"""The subject of a sentence that puts off a question the item raised, not the item ("Spørgsmålet
om kontingent udsættes ..."; casefolded)."""


_NAME_LINE_MAX: Final = 60
_CHANGE_CLAUSE: Final = re.compile(
    r",\s+(?:dog|men)\s+med\s+(?:den|de|følgende|en|et)\s+(?:[\w-]+\s+)?"
    r"(?:ændringer|ændring|rettelser|rettelse|tilføjelser|tilføjelse|justeringer|justering)\b",
    re.IGNORECASE,
)
"""A change the decision was made with, after a comma ("..., dog med den ændring, at ...",
"..., men med følgende rettelser: ...")."""
_MIXABLE: Final = (Outcome.APPROVED, Outcome.APPROVED_WITH_CHANGES, Outcome.REJECTED)
_ENTRY_START: Final = re.compile(r"^\s*(?:[-*•]\s+|[A-ZÆØÅ]{1,4}\s?\d{1,3}\s*[:.)]\s)")
"""A line that opens an entry of its own: a bullet, or a numbered matter ("EA 7: ...")."""


def _mixed(text: str, *, labelled: bool) -> bool:
    """Entries of one decision each (bullets, "EA 7:", "EA 8:"), one approved and another
    rejected: a mixed result, no one outcome of the item (an amendment that fell is read
    apart, by the sentences' rules, not here)."""
    entries: list[list[str]] = []
    for line in text.split("\n"):
        if _ENTRY_START.match(line):
            entries.append([line])
        elif entries:
            entries[-1].append(line)
    entries = [e for e in entries if not _TALLY_ENTRY.match(e[0])]  # "- For: 9", "- Imod: 27"
    if len(entries) < _MIXED_ENTRIES:
        return False
    found = {_classify_text(" ".join(e), labelled=labelled, decided=False)[0] for e in entries}
    approved = bool(found & {Outcome.APPROVED, Outcome.APPROVED_WITH_CHANGES})
    return approved and Outcome.REJECTED in found


_MIXED_ENTRIES: Final = 2
_TALLY_ENTRY: Final = re.compile(
    r"^\s*[-*•]\s*(?:for|imod|blank\w*|undl\w*|stemte\s+\w+|ja|nej)\s*[:=]?\s*\d",
    re.IGNORECASE,
)


def _names_only(text: str) -> bool:
    """Every line of the text is a person's full name (a signature sheet's names)."""
    return all(
        len(line) <= _NAME_LINE_MAX and is_name(line.strip(" -*"), allow_single=False)
        for line in text.split("\n")
        if line.strip()
    )


def _discussed_here(sentence: str) -> bool:
    """Whether the sentence says the matter was discussed, not in a clause of reason ("Sagen
    blev udsat, da KKR ønsker strategien drøftet i kommunalbestyrelserne først")."""
    m = _DISCUSSED.search(sentence)
    return m is not None and not any(
        f", {w}" in sentence[: m.start()] for w in SUBORDINATE_OPENINGS
    )


_classified_plain: Final = memo(lambda t: _classify(t, labelled=False, decided=False), 1024)
_classified_decided: Final = memo(lambda t: _classify(t, labelled=False, decided=True), 256)
_classified_labelled: Final = memo(lambda t: _classify(t, labelled=True, decided=False), 1024)
_classified_both: Final = memo(lambda t: _classify(t, labelled=True, decided=True), 256)
# what a "Beslutning:" records when it states what is to be done ("Forældreaftenen afholdes
# tirsdag den 22. april", "Der bevilges 20.000 kr."): a decision taken
_DECIDED_STATEMENT: Final = re.compile(
    r"\b(?:afholdes|holdes|bevilges|bevilliges|nedsættes|iværksættes|gennemføres|indkøbes"
    r"|ansættes|udbetales|fastsættes|fastholdes|etableres|oprettes|indføres|sendes i høring"
    r"|afsættes|bevilger|bevilliger|afsætter"  # "Bestyrelsen bevilger op til 6.000 kr."
    r"|betaler|betales|dækker|dækkes"  # "Klubben betaler tabt arbejdsfortjeneste."
    # "Release 3.4 sættes i drift tirsdag", "Vi tilmelder foreningen forløbet"
    r"|sættes i (?:drift|gang|værk)|igangsættes|tilmelder|tilmeldes"
    # "Bestyrelsen giver formand og næstformand mandat til at ...", "går videre med tilbuddet"
    r"|mandat til|går videre med|arbejder videre med"
    # "Favrskov Kommune optages i samarbejdet", "OS2F-412 prioriteres i sprint 28", "Der
    # anskaffes en ny trailer", "Lokalrådet skriver til udvalget og beder om ..."
    r"|optages|prioriteres|anskaffes|købes|skriver til|retter henvendelse til"
    # "Restancen sendes til inkasso", "Susanne sender en påmindelse", "Vi holder arbejdsdag
    # lørdag", "Vi bestiller 40 veste", "Formanden udarbejder brev", "Dato fastlagt"
    r"|sendes|sender|fremsendes|holder|bestiller|bestilles|udarbejder|udarbejdes|indhenter"
    r"|indhentes|fastlagt|fastlægges|fortsætter uændret"
    r"|udsendes|udsender"  # "Der udsendes en sidste rykker med frist 15. maj."
    r"|skriver (?:et |en )?(?:høringssvar|brev|udkast|svar))\b"
)


_LISTED: Final = re.compile(r"[-*•]|\d{1,2}[.)]\s")
"""A line of a bulleted or numbered list ("- ...", "2. Datakvalitet", "3) ...")."""


def _closing_note(low: str) -> bool:
    """Whether the closing line of a decision text (casefolded) takes note of the orientation over
    a bulleted list of news ("- Provstiudvalget har bevilget 180.000 kr. ..." over
    "Orienteringen blev taget til efterretning.", or the bullet "- Taget til efterretning." last
    of them): what the list reports (another body's grant,
    a decision made elsewhere) is no outcome of the item, the closing line is."""
    lines = [line.strip() for line in low.split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    last = lines[-1]
    if (listed := _LISTED.match(last)) is not None:  # "- Taget til efterretning." closing the
        last = last[listed.end() :].strip()  # bullets: the formula alone
        if not _NOTED_FORMULA.match(last):
            return False
    if not any(_LISTED.match(x) for x in lines) and not _NOTED_CLOSING.match(last):
        return False
    found = outcome_phrases(last) if "orientering" in last or "efterretning" in last else []
    return bool(found) and all(_OUTCOMES[i] is Outcome.NOTED for i in found)


def _amendment_adopted(asides: list[str]) -> bool:
    """A sentence about an amendment ("Ændringsforslaget blev vedtaget.") adopts it."""
    for sentence in asides:
        if _AMENDMENT not in sentence:
            continue
        decisive = [_OUTCOMES[i] for i in outcome_phrases(sentence) if _OUTCOMES[i] in _DECISIVE]
        if decisive and decisive[0] in (Outcome.APPROVED, Outcome.APPROVED_WITH_CHANGES):
            return True
    return False


def _rejected_before(sentences: list[str]) -> bool:
    """The latest decisive sentence before (``sentences`` run backwards) rejects."""
    for sentence in sentences:
        decisive = [_OUTCOMES[i] for i in outcome_phrases(sentence) if _OUTCOMES[i] in _DECISIVE]
        if decisive:
            return decisive[0] is Outcome.REJECTED
    return False


def _changed_elsewhere(sentences: list[str]) -> bool:
    """An earlier sentence approves with changes ("Strategy approved, subject to adding a KPI."
    over a summary's "Decision: godkendt"): the approval the last sentence records is the same
    one, with its changes."""
    for sentence in sentences:
        found = outcome_phrases(sentence)
        decisive = [_OUTCOMES[i] for i in found if _OUTCOMES[i] in _DECISIVE]
        if decisive:
            return decisive[0] is Outcome.APPROVED_WITH_CHANGES
    return False


def _without_absences(text: str) -> str:
    """The text without its lines of absences ("Fraværende: Kim Drescher (A)", "Afbud: ..."):
    who was away records no outcome, so "Intet." over such a line still decides nothing."""
    if ":" not in text:
        return text
    kept = [
        line
        for line in text.split("\n")
        if ":" not in line
        or FIELD_LABELS.get(normalise_label.of(line.split(":", 1)[0])) is not FieldKind.ABSENTEES
    ]
    return "\n".join(kept)


_VOTES_FOR: Final = Needs(  # one of these in each of its forms
    VOTES_FOR, ("for stemte", "stemte for", "stemmer for", "afgivet for", "imod", "for:", "ja:")
)
_VOTES_AGAINST: Final = re.compile(VOTES_AGAINST)


def _votes(text: str) -> Outcome | None:
    """Approved or rejected by the vote counts of a text (casefolded), if it gives any."""
    pro = _VOTES_FOR.search(text)
    if pro is None:
        return None
    con = _VOTES_AGAINST.search(text)
    count_for = int(next(g for g in pro.groups() if g))
    count_against = 0
    if con is not None:
        written = next(g for g in con.groups() if g)
        count_against = 0 if written == "ingen" else int(written)
    return Outcome.APPROVED if count_for > count_against else Outcome.REJECTED


_SPEAKER: Final = re.compile(
    r"^([^:]{2,40}):\s+(\S+(?:\s+\S+){2,}[.!?])$"
)  # "Præsten: Der er 14 ..."
_INLINE_MINUTES: Final = re.compile(r"^(.{2,60}?)(?::|\s[–—-])\s+(\S.*[.!?])$")
_SETTLED: Final = re.compile(SETTLED_WORDS, re.IGNORECASE)
_EARLIER_MEETING: Final = re.compile(EARLIER_MEETING)  # on casefolded text
_INLINE_MINUTES_BARE: Final = re.compile(r"^(.{2,60}?)(?::|\s[–—-])\s+(\S.{0,40})$")
# A speaker: a role in the definite form ("Formanden", "Præsten", "Kassereren", "Skolelederen")
# or a person's name of two or three words.
_SPEAKER_LABEL: Final = re.compile(
    r"^(?:[A-ZÆØÅ][a-zæøå]+(?:en|eren|ren)|[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+){1,2})$"
)
# "a) Støj fra vaskeriet – Mogens taler med viceværten.": a sub-point's topic, a dash and a
# sentence of at least three words
# "Forslag om fartbump på Havbakken. Forslaget blev vedtaget med 19 stemmer mod 8.": a topic,
# a full stop (not an abbreviation's) and the sentence that records what was done
_TITLE_SENTENCE: Final = re.compile(
    r"^(.{2,160}?[a-zæøå0-9)]"
    + "".join(rf"(?<!\b{re.escape(a)})" for a in WORD_ABBREVIATIONS)
    + r")\.\s+([A-ZÆØÅ]\S*(?:\s+\S+)+[.!?])$"
)
_SUB_DASH: Final = re.compile(r"^(.{2,60}?)\s[–—-]\s+(\S+(?:\s+\S+){2,}[.!?])$")
_TOPIC_NOTHING: Final = re.compile(r"^([A-ZÆØÅ][\w .-]{1,40}?)\s*:\s+(\S.{0,30})$")
_TOPIC_FIRST: Final = Needs(r"^([A-ZÆØÅ][\w .-]{1,40}?)\s*:\s+(\S+(?:\s+\S+){2,}[.!?])$", (":",))


def inline_minutes(
    title: str, span: Span, *, sub_point: bool = False
) -> tuple[str, Section] | None:
    """Minutes written on the item's own line, with no text under it (e-mail and short minutes):
    "Økonomi: Kassebeholdningen er 48.000 kr. Budget godkendt." is the item "Økonomi" with that
    text; "Referat fra december godkendt." keeps its title and is its own text as well.
    Only a line that records what happened (a past-tense outcome word) counts, except that a
    sub-point may report a speaker's words: "b) Præsten: Der er 14 konfirmander tilmeldt.", or
    say what was done after a dash: "a) Støj fra vaskeriet – Mogens taler med viceværten."."""
    colon = title.find(": ")
    if colon > 0 and (decided := _decision_after_last_colon(title, span)) is not None:
        return decided  # "Budget 2026: ramme på 4,8 mio. kr. (bilag 1): Anbefales over for ..."
    dash = title.find(" - ")  # ("Kassen - Freja: 18.900 på kontoen": the topic before the dash)
    if 0 < colon <= 40 and not 0 < dash < colon:  # "Tøj: ny aftale med Sport24 godkendt. ..."
        noted = topic_minutes(title, span) or _colon_note(title, span)
        if noted is not None:
            return noted
    spaced = _spaced_dash(title)
    dashed = _DASH_MINUTES.match(title) if spaced else None
    if dashed is None and spaced:
        short = _DASH_SHORT.match(title)  # "Evt. – intet.": a known topic, then a word or two
        known = (
            short is not None
            and (
                normalise_label.of(short.group(1)).startswith(AGENDA_TOPICS)
                or (  # "Velkommen + godkend dagsorden – ok": a word or two that decide
                    short.group(2)[:1].islower()
                    and any(
                        _OUTCOMES[i] in _DECISIVE
                        for i in outcome_phrases(casefolded.of(short.group(2)))
                    )
                )
            )
        )
        dashed = short if known else None
    if dashed is not None and _goes_on_as_minutes(dashed.group(1), dashed.group(2)):
        return dashed.group(1).strip(), new.Section(  # "2) Kasse – 41.312 kr på kontoen, ..."
            kind=SectionKind.REFERAT, heading=None, text=dashed.group(2).strip(), span=span
        )
    if not title.endswith((".", "!", "?")):
        if ":" in title and (topic := topic_minutes(title, span)) is not None:
            return topic  # "Evt: ingenting"
        m = _INLINE_MINUTES_BARE.match(title)  # "Referat fra sidst: godkendt" (no full stop)
        if m is None or not _SETTLED.search(m.group(2)) or _SETTLED.search(m.group(1)):
            return None
        return m.group(1).strip(), new.Section(
            kind=SectionKind.REFERAT, heading=None, text=m.group(2).strip(), span=span
        )
    text = title
    topic = topic_minutes(title, span)
    if topic is not None:
        return topic
    topic_first = _TOPIC_SENTENCE.match(title) if ". " in title[:42] else None
    if topic_first is not None and normalise_label.of(topic_first.group(1)) in AGENDA_TOPICS:
        title, text = topic_first.group(1), topic_first.group(2)  # "6. Eventuelt. Husmand ..."
    elif ". " in title and (parted := _sentence_then_outcome(title)) is not None:
        title, text = parted  # "b) Forslag fra Ole Stig om cykelskur. Forslaget blev trukket.",
        # "2. Ansøgning fra Enke Karen Marie Thomsen om Hjælp til Brændsel. Bevilget 150 Kr."
    elif _SETTLED.search(title):
        m = _INLINE_MINUTES.match(title) or _TITLE_SENTENCE.match(title)
        if m and not _SETTLED.search(m.group(1)):
            title, text = m.group(1).strip(), m.group(2).strip()
    elif sub_point and (m := _SPEAKER.match(title) or _SUB_DASH.match(title)):
        title, text = m.group(1).strip(), m.group(2).strip()
    else:
        return None
    return title, new.Section(kind=SectionKind.REFERAT, heading=None, text=text, span=span)


def _colon_note(title: str, span: Span) -> tuple[str, Section] | None:
    """A short topic, a colon and a note in small letters that records an outcome ("Tøj: ny
    aftale med Sport24 godkendt.", "Dommere til hjemmekampe: drøftet, vi mangler folk"): the
    topic is the title, the note its minutes."""
    m = _COLON_NOTE.match(title)
    if m is None or m.group(2).count(" ") < 2:
        return None
    rest = casefolded.of(m.group(2))
    known = normalise_label.of(m.group(1)).startswith(AGENDA_TOPICS)  # "Evt: der mangler ..."
    if not known and _SETTLED.search(rest) is None and not outcome_phrases(rest):
        return None
    return m.group(1).strip(), new.Section(
        kind=SectionKind.REFERAT, heading=None, text=m.group(2).strip(), span=span
    )


_COLON_NOTE: Final = re.compile(r"^([A-ZÆØÅ0-9][^:!?]{1,40}?):\s+([a-zæøå0-9].*)$")
_DASH_MINUTES: Final = re.compile(r"^([^–—]{2,60}?)\s[–—-]\s+(\S+(?:\s+\S+){2,}.*)$")
_DASH_SHORT: Final = re.compile(r"^([^–—]{2,30}?)\s[–—-]\s+(\S.{0,30})$")


def _goes_on_as_minutes(topic: str, rest: str) -> bool:
    """After a short topic and a dash, what was said or done ("Kasse – 41.312 kr på kontoen,
    taget til efterretning", "Vejene – hullerne ved nr 2-8 er værre ... Godkendt", "Evt – Lone
    nævnte hundeposer"): it goes on in small letters or a number and records something (an
    outcome word, a decisive phrase or a second sentence), or the topic is a known one. A
    title's second part ("Lokalplan 301 – Dagligvarebutik ved Vestergade") opens with a
    capital."""
    first = rest[:1]
    known = normalise_label.of(topic).startswith(AGENDA_TOPICS)
    if first.isupper() and rest.endswith(".") and _NEXT_SENTENCE.search(rest):
        return True  # "Sommermarked 5. juli – Erik fortalte om ... Det vil vi gerne vente med
        # til næste møde ...": sentences after the dash, not a title's second part
    said = first.isupper() and _FIRST_NAME_COLON.match(rest) is not None  # "Kassen - Freja:
    if not (first.islower() or first.isdigit() or known or said):  # 18.900 på kontoen ..."
        return False
    return (
        known
        or _SETTLED.search(rest) is not None
        or _NEXT_SENTENCE.search(rest) is not None
        # "Princip for vikardækning – sendes til høring ..., tages op på næste møde."
        or any(_OUTCOMES[i] in _DECISIVE for i in outcome_phrases(casefolded.of(rest)))
    )


_NEXT_SENTENCE: Final = re.compile(r"[a-zæøå]\.\s+[A-ZÆØÅ]")  # (not "hver 3. uge")


def _spaced_dash(title: str) -> bool:
    """A dash between spaces in a head line (hand-typed: a hyphen): a topic and its text."""
    return " – " in title or " — " in title or " - " in title


_FIRST_NAME_COLON: Final = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?:\s")


_CLOSED_NOTICE: Final = anchored(CLOSED_NOTICE, re.IGNORECASE)
_STATUS_NOTICE: Final = anchored(STATUS_NOTICE, re.IGNORECASE)


def closed_notice(text: str) -> bool:
    """The text only says the item is closed to the public ("Lukket sag", "Lukket punkt."): it
    records nothing, in an agenda or in minutes."""
    return _CLOSED_NOTICE.match(text.strip()) is not None


def records_outcome(text: str) -> bool:
    """Whether a text records what happened (a past-tense outcome word: "godkendt", "udsat");
    a box not ticked ("- [ ] Dagsorden godkendt") records nothing."""
    if "[ ]" in text:
        text = _UNTICKED.sub("", text)
    if _SETTLED.search(text) is None:
        return False
    low = casefolded.of(text)
    if "møde" not in low and "generalforsamlingen" not in low:
        return True
    # "På mødet 13. maj blev det besluttet at ...": an earlier meeting's outcome, not this one's
    return any(
        _SETTLED.search(s) is not None and _EARLIER_MEETING.search(casefolded.of(s)) is None
        for s in split_sentences(text)
    )


def reported(decision: Decision, speaker: str) -> Decision:
    """The decision of a line that reports a speaker's words ("Formanden: Provstiudvalget har
    godkendt tagrenoveringen."): what was said is noted here, not decided."""
    if decision.outcome is Outcome.NONE or not _SPEAKER_LABEL.match(speaker):
        return decision
    return new.Decision(outcome=Outcome.NOTED, text=decision.text, span=decision.span)


# "Meddelelser fra formanden Formanden orienterede om ...": a capitalised word after a word that
# ends in a small letter or a digit, and no preposition or conjunction before it
# white space after a lower-case letter, a digit, ")" or a full stop ("1. Godkendelse af
# dagsordenen. Godkendt.") (the space first, the look-behind after it:
# the engine skips to each space in C), then a capitalised word
_RUN_TOGETHER: Final = re.compile(r"\s(?<=[a-zæøå0-9).]\s)\s*(?=[A-ZÆØÅ][a-zæøå]+\b)")


def _sentence_then_outcome(title: str) -> tuple[str, str] | None:
    """A sub-point's line of a title's sentence, then minutes that record an outcome ("b)
    Forslag fra Ole Stig (nr. 24) om cykelskur. Forslagsstilleren trak forslaget tilbage."):
    (title, minutes), parted at the first full stop after which they do; the title records
    none itself, and its last word is no abbreviation ("ca.", "vedr.", but "(bilag B)." ends)."""
    for m in _SENTENCE_END.finditer(title, 0, _SENTENCE_REACH):
        head, rest = title[: m.start()], title[m.end() :]
        words = head.rsplit(None, 1)
        if not words:
            continue  # (a title opening with its full stop: no sentence before it)
        last = words[-1]
        if len(last) <= _ABBREVIATION_LENGTH and last[-1:] != ")":
            continue  # "ca", "nr", "vedr": an abbreviation's full stop
        if outcome_phrases(casefolded.of(head)):
            return None  # ("Forslaget blev vedtaget. ..."): the line is its minutes
        if outcome_phrases(casefolded.of(rest)):
            return head.strip(), rest.strip()
    return None


_SENTENCE_END: Final = re.compile(r"\.\s+(?=[A-ZÆØÅ][a-zæøå])")
_TOPIC_SENTENCE: Final = re.compile(r"^([^.]{2,40})\.\s+(?=[A-ZÆØÅ])(.+)$")
_SENTENCE_REACH: Final = 200  # a sub-point's title is its first sentence, short
_ABBREVIATION_LENGTH: Final = 4  # a word this short before a full stop may be abbreviated


def run_together_minutes(title: str) -> tuple[str, str] | None:
    """A PDF line where the minutes follow the item's title with no mark between them ("2.
    Godkendelse af referat fra sidste møde Godkendt og underskrevet."): (title, minutes) when
    the words from a capitalised word inside the title on record an outcome, a report or
    "Intet", and the word before it is no preposition and no capitalised word of a name."""
    for m in _RUN_TOGETHER.finditer(title, 3, 81):
        head, rest = title[: m.start()], title[m.end() :]
        words = head.split()
        if head[-1] == "." and len(words[-1]) <= 4:
            continue  # "... har snakket m. Sebastian": an abbreviation's full stop
        if words[-1].casefold().rstrip(".") in NOT_TITLE_ENDS or (
            len(words) > 1 and words[-1][0].isupper()
        ):
            continue  # "Ansøgning fra Vestby", "Status på Grøn Omstilling": a name goes on
        low = casefolded.of(rest)
        if outcome_phrases(low) or _NOTHING.match(low) is not None:
            return head.strip().rstrip("."), rest.strip()  # "... dagsordenen. Godkendt."
    return None


# "Cykelstativer: Der mangler plads. Vi spørger kommunen ...": a short topic, a colon, prose
# (a full stop inside the topic only before a digit or a small word: "Kvartalsrapport 3. kvartal")
_ENDS_INSIDE: Final = re.compile(r"[a-zæøå0-9)]\.\s+[A-ZÆØÅ]")
"""A sentence ending inside a text, not an abbreviation's full stop ("matr. nr. 7c")."""
_COLON_MINUTES: Final = re.compile(
    r"^([A-ZÆØÅ](?:[^:.!?]|\.(?=\s[a-zæøå]|\d)){1,40}):\s+([A-ZÆØÅ]\S*(?:\s+\S+){3,})$"
)


# "Morten orienterede om ...", "Anders Holm gennemgik ...": a named person's report opens the text
_REPORT_OPENS: Final = re.compile(
    r"[A-ZÆØÅ][a-zæøå]+(?:\s[A-ZÆØÅ][a-zæøå]+){0,2}\s"
    rf"(?:{REPORT_VERBS})\b"
)


def _decision_after_last_colon(title: str, span: Span) -> tuple[str, Section] | None:
    """A decision list's line, "title: decision." ("Budget 2026: anlægsramme på 4,8 mio. kr.
    (bilag 1): Anbefales over for Økonomiudvalget.", "Lokalplan nr. 1187 – Stationsvej,
    endelig vedtagelse: Et flertal (A, F, Ø) godkendte indstillingen."): after the title's last
    colon a sentence that records an outcome (not a discussion: "Drøftelse af strategi.")."""
    last = title.rfind(": ")
    tail = title[last + 2 :].strip()
    if not (0 < last <= 200 and tail[:1].isupper() and tail[-1:] in ".!" and len(tail) <= 240):
        return None
    if not any(_OUTCOMES[i] is not Outcome.DISCUSSED for i in outcome_phrases(casefolded.of(tail))):
        return None
    return title[:last].strip(), new.Section(
        kind=SectionKind.REFERAT, heading=None, text=tail, span=span
    )


def colon_minutes(title: str, span: Span) -> tuple[str, Section] | None:
    """Minutes after a short topic and a colon on the item's own line ("2) Cykelstativer: Der
    mangler plads. Vi spørger kommunen om tilskud."), also when they record no outcome: the
    topic (five words at most) is the title when what follows is prose (a sentence that ends,
    or goes on after a full stop), not a subtitle ("Budget: Drift og anlæg 2026", "Workshop:
    Kerneproduktet – hvad er det vigtigste?"). A heading's words are its title (the caller)."""
    m = _COLON_MINUTES.match(title)
    if m is None or len(m.group(1).split()) > 5:
        return None
    text = m.group(2).strip()
    if not (text.endswith((".", "!")) or _ENDS_INSIDE.search(text) or _REPORT_OPENS.match(text)):
        return None  # (a named report may go on past a PDF's line break: "Morten orienterede om")
    if m.group(1).strip().casefold() in ONE_ITEM_PART_HEADINGS:
        return None  # "LUKKET SAG: Køb af jord, matr. nr. 7c": the item's status, then its title
    return m.group(1).strip(), new.Section(
        kind=SectionKind.REFERAT, heading=None, text=text, span=span
    )


def topic_minutes(title: str, span: Span) -> tuple[str, Section] | None:
    """A known agenda topic, a colon (or a dash) and what was said, on the item's line ("Evt.:
    Peter spurgte om en ny hjemmeside."): the topic is the title, the rest its minutes."""
    m = _TOPIC_FIRST.match(title)
    if m is not None and " - " in m.group(1):
        m = None  # "Evt - Jonas: nøglen er væk": the topic ends at the dash
    if m is None and _spaced_dash(title):
        m = _DASH_MINUTES.match(title)  # "Evt – Lise-Lotte: husk generalforsamlingen 27/2."
        if m is not None and (":" in m.group(1) or m.group(2)[-1:] not in ".!?"):
            m = None  # (not "Evt: ... – ...", nor "Budget 2024 – orientering om ...": a title)
    if m is None and ":" in title:  # "Evt.: Intet.", "Evt: ingenting": nothing to record
        m = _TOPIC_NOTHING.match(title)
        if m is not None and _NOTHING.match(casefolded.of(m.group(2))) is None:
            m = None
    if m is None or not normalise_label.of(m.group(1)).startswith(AGENDA_TOPICS):
        return None
    text = m.group(2).strip()
    return m.group(1).strip(), new.Section(
        kind=SectionKind.REFERAT, heading=None, text=text, span=span
    )


_REFUSING: Final = re.compile(REFUSING_RECOMMENDATION)


def _refused(sections: list[Section]) -> bool:
    """The item's recommendation is one refusal: one indstilling, one point, to refuse."""
    recommended = [s.text for s in sections if s.kind is SectionKind.INDSTILLING and s.text]
    if len(recommended) != 1 or _SECOND_POINT.search(recommended[0]):
        return False
    return _REFUSING.search(casefolded.of(recommended[0])) is not None


_SECOND_POINT: Final = re.compile(r"\n\s*(?:2[.)]|[-*•]\s)")  # "1. ... / 2. ...", bullets


def decide(sections: list[Section]) -> Decision:
    """The decision of an item from its sections (Beslutning first, then Referat)."""
    for kinds in ((SectionKind.BESLUTNING,), (SectionKind.REFERAT,)):
        chosen = [s for s in sections if s.kind in kinds and s.text.strip()]
        if chosen:
            text = "\n".join(s.text for s in chosen)
            beslutning = kinds[0] is SectionKind.BESLUTNING
            decided = beslutning and any(
                normalise_label.of(s.heading or "") in DECIDED_HEADINGS
                or (s.heading or " ")[:1] in DECIDED_MARKS  # "✅ Vi søger fondsmidler."
                for s in chosen
            )
            outcome, adopts = classify(text, labelled=beslutning, decided=decided)
            if adopts and outcome is Outcome.APPROVED and _refused(sections):
                outcome = Outcome.REJECTED  # "Indstillingen følges." under "..., at der gives
                # afslag på ansøgningen": the refusal adopted
            span = span_of(chosen[0].span.start_line, chosen[-1].span.end_line)
            return new.Decision(
                outcome=outcome, text=text, refers_to="indstilling" if adopts else None, span=span
            )
    return new.Decision(outcome=Outcome.NONE, text="", span=None)
