"""Where the minutes end and what is page furniture, and the times the text says the meeting began
and closed.

After the last item come signatures, a referent's line, appendices ("# Formandens beretning"),
a site's or a letter's footer: they are cut off the last item (an invitation that only lists
its items keeps its letter's text apart too). Page numbers and a letterhead repeated at the top
of each page inside the items ("Side 6 af 6", "Syddjurs Kommune") are marked, to be kept as
notes. "Mødet startede kl. 19" and "Mødet sluttede kl. 18.32" (near the end, or in the header)
give the times the meeting began and closed.
"""

from __future__ import annotations

from collections import Counter
import datetime as dt
import re
from typing import Final

from referat._danish import find_dates, find_time_range
from referat._digit import has_digit
from referat._facts import LineKind
from referat._field_kinds import field_kind
from referat._first import anchored
from referat._header import (
    BARE_REF,
    FIRST_NAME_TAKER,
    PRINT_STAMP_LINE,
    SLASH_REF,
    SLASH_SIGNATURE,
    HeaderFacts,
    announces_posts,
    constituting_heading,
    contact_line,
    is_furniture,
    label_of,
    links_only,
    list_entries,
    name_columns,
    page_mark,
    signer_line,
    taker_by_minutes_label,
)
from referat._identity import MEETING_WORD, is_letterhead, kind_words
from referat._items import Agenda, Occurrence, letter_head
from referat._labels import section_label
from referat._people import PersonParts, is_name, parse_person, starts_with_first_name
from referat._prefix import Needs, Opening, casefolded
from referat._scan import Line
from referat._sections import link_definition
from referat.models import DocumentKind
from referat.vocabulary import (
    CLOSING_GREETING,
    CLOSING_TOPICS,
    COMMENT_COUNT_WORDS,
    DECISION_SUMMARY_HEADINGS,
    EARLIER_MAIL,
    HEADER_HEADINGS,
    MEETING_CLOSED,
    MEETING_CLOSED_INSIDE,
    MEETING_STARTED_AND_CLOSED,
    MINUTES_SIGNED,
    NEXT_MEETING_LABELS,
    NOTE_HEADINGS,
    OUTCOME_SUMMARY_HEADINGS,
    POST_SIGN_OFF,
    PRESENCE_LABELS,
    SIGNATURE_HEADINGS,
    SOCIAL_NETWORKS,
    TASK_HEADINGS,
    FieldKind,
    normalise_label,
)


def _follow_links(lines: tuple[Line, ...], j: int, end: int) -> bool:
    """A social network's name alone on a line over another one ("Facebook" over "Instagram"),
    not under a line ending in a colon ("Vi annoncerer på:"): a web page's follow links."""
    if casefolded.of(lines[j].text) not in SOCIAL_NETWORKS:
        return False
    k = next_text(lines, j)
    if k >= end or casefolded.of(lines[k].text) not in SOCIAL_NETWORKS:
        return False
    i = j - 1
    while i > 0 and lines[i].blank:
        i -= 1
    return not lines[i].text.rstrip().endswith(":")


def next_text(lines: tuple[Line, ...], i: int) -> int:
    """The index of the first non-blank line after ``i`` ("## Beslutninger" over its table)."""
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j


def _table_at(lines: tuple[Line, ...], j: int) -> bool:
    return j < len(lines) and lines[j].kind is LineKind.TABLE_ROW


def _members_below(line: Line, lines: tuple[Line, ...], j: int, last: Occurrence) -> bool:
    """A bold members' label alone after the last item's own text, over their names ("Lukket
    sag." / "**Medlemmer**" / "Lise Vangsgaard (A), formand"): the body's members, as a
    portal lists them under its minutes, not the item's text."""
    label = label_of(line)
    return (
        label is not None
        and not label[1]
        and field_kind(label[0]) in (FieldKind.ATTENDEES, FieldKind.MEMBERS)
        and any(lines[k].text for k in range(last.start + 1, j))
        and _people_follow(label, lines, j, last.end)
    )


def _people_follow(
    label: tuple[str, str] | None, lines: tuple[Line, ...], j: int, end: int
) -> bool:
    """A people label at ``j`` names people: on its line ("Til stede: Grethe Olsen, Bent
    Kjær") or on the next one ("Fremmødte:" over "Grethe Olsen (formand)")."""
    if label is None:
        return False
    if label[1]:
        value = label[1]
    else:
        k = next_text(lines, j)
        if k >= end:
            return False
        value = lines[k].text
    # names only: "Deltagere: Anna Holm og Bo Lind deltager i kurset." is a sentence
    value = value.rstrip(".")
    found = [parse_person(e) for e in list_entries(value)]
    if not found or any(p is None or not full_person(p.name) for p in found):
        return False
    allowed = set(_NAME_JOINERS)
    for p in found:
        if p is not None:
            allowed.update((p.title or "").casefold().split())
            allowed.update(r.casefold() for r in p.roles)
    words = _PARENTHESES.sub(" ", value).replace(",", " ").split()
    return all(not w[:1].islower() or w.casefold() in allowed for w in words)


_PARENTHESES: Final = re.compile(r"\([^()]*\)")


_NAME_JOINERS: Final = ("og", "samt", "fra", "v/", "ved", "&")


_PEOPLE_KINDS: Final = (
    FieldKind.ATTENDEES,
    FieldKind.MEMBERS,
    FieldKind.ABSENTEES,
    FieldKind.GUESTS,
)


_SIGNATURE_KINDS: Final = (
    FieldKind.MINUTE_TAKER,
    FieldKind.CHAIR,
    FieldKind.FACILITATORS,
    FieldKind.OTHER_DATE,  # "Næste møde: 11. april 2023"
)


def _page_furniture(line: Line) -> bool:
    """A web page's furniture line ("Til toppen", "[Del på Facebook](#) · [Tilbage](/)")."""
    return line.kind is not LineKind.TABLE_ROW and (is_furniture(line.text) or links_only(line))


def _people_before_greeting(lines: tuple[Line, ...], j: int, end: int) -> bool:
    """The label at ``j`` is over one or two lines of names and then an e-mail's greeting (or
    the end): the names are no text of the item above."""
    k = next_text(lines, j)
    for _ in range(2):
        if k >= end or lines[k].kind is not LineKind.TEXT:
            return False
        k = next_text(lines, k)
        if k >= end or _GREETING.match(casefolded.of(lines[k].text)):
            return True
    return False


def cut_footer(agenda: Agenda, lines: tuple[Line, ...]) -> None:
    """Signatures and appendices after the last item ("Referent: ...", "# Formandens beretning")."""
    occs = [o for item in agenda.items for o in item]
    if not occs:
        return
    last = max((o for o in occs if o.role != "decision"), key=lambda o: o.end)
    head_line = lines[last.start]
    level = head_line.heading_level if head_line.kind is LineKind.HEADING else 0
    closing_item = normalise_label.of(last.head.title) in CLOSING_TOPICS
    tail_start = last.end
    seen = 0
    while tail_start > last.start + 1 and seen < 12:
        tail_start -= 1
        seen += not lines[tail_start].blank
    page = _signature_page(lines, tail_start, last) if tail_start > last.start + 1 else None
    definitions = last.end  # where the link reference definitions that end the document begin
    while definitions > last.start + 1 and (
        lines[definitions - 1].blank or link_definition(lines[definitions - 1].text)
    ):
        definitions -= 1
    while definitions < last.end and lines[definitions].blank:
        definitions += 1
    for j in range(last.start + 1, last.end):
        line = lines[j]
        if page is not None and j == page:
            break  # "Underskrifter:" over a rule and a name for each member: a signature page
        if j == definitions:
            break  # "[b1]: https://.../bilag1.pdf": where the text's reference links go
        if j >= tail_start and _site_footer(line, lines, j, last.end):
            break  # "---" over "Svendborg Kommune · Ramsherred 5 · 5700 Svendborg"
        if line.kind is LineKind.RULE and _next_meeting_under(lines, j, last):
            break  # "---" over "**Næste møde:** Torsdag den 24. november ...": the page's own
        if line.blank or not line.text:
            continue
        emphasised = line.kind is LineKind.HEADING or line.strong or _capitals_label(line)
        if emphasised and normalise_label.of(line.text) in NOTE_HEADINGS:
            break
        if emphasised and (
            normalise_label.of(line.text) in OUTCOME_SUMMARY_HEADINGS
            or (
                normalise_label.of(line.text).startswith("oversigt over ")
                and _table_at(lines, next_text(lines, j))
            )
        ):  # "OVERSIGT OVER AFGØRELSER", "#### Oversigt over behandlede ansøgninger" over a
            break  # table of the cases: a summary, no text
        if emphasised and _COUNTED_WORD.sub("", normalise_label.of(line.text)) in (
            COMMENT_COUNT_WORDS
        ):
            break  # "**Kommentarer (2)**", "## 3 kommentarer": the readers' comments follow
        if emphasised and constituting_heading(line):
            break  # "### Konstituerende møde i lokalrådet": the board's meeting after it
        if line.kind is LineKind.HEADING and normalise_label.of(line.text) in HEADER_HEADINGS:
            break  # "### Mødeoplysninger" under the items: the meeting's facts follow
        if (
            emphasised
            and normalise_label.of(line.text) in TASK_HEADINGS
            and (
                not _table_at(lines, next_text(lines, j))
                or closing_item
                or last.role == "minutes"  # ("Ad 7) Udsat." in a list of decisions)
                or head_line.text[:3].casefold() == "ad "
                or (line.kind is LineKind.HEADING and (not level or line.heading_level <= level))
            )
        ):
            break  # "**Opgaver**" over a list after the last item: a note (a table stays, but
            # not under a heading as high as the item's, "## Handlingsliste" over a table, or a
            # heading over items on bold lines, nor after "Eventuelt": the meeting's tasks)
        if level and line.kind is LineKind.HEADING and line.heading_level < level:
            break
        if (
            level
            and line.kind is LineKind.HEADING
            and line.heading_level <= level
            and field_kind(line.text.rstrip(":"))
            in (FieldKind.ATTENDEES, FieldKind.MEMBERS, FieldKind.ABSENTEES)
        ):
            break  # "## Medlemmer" after the last "## 60. Eventuelt": the meeting's people
        if (
            not level
            and line.kind is LineKind.HEADING
            and field_kind(line.text.rstrip(":")) is FieldKind.ATTENDEES
        ):
            break  # "#### Zoom-deltagerliste" after "**5. Eventuelt**": the meeting's people
        if line.text.isupper() and normalise_label.of(line.text) in PRESENCE_LABELS:
            under = label_of(lines[k]) if (k := next_text(lines, j)) < last.end else None
            if under is not None and field_kind(under[0]) in (
                FieldKind.ATTENDEES,
                FieldKind.MEMBERS,
            ):
                break  # "FREMMØDE" over "Til stede: ..." after the last item: the attendance
        if line.strong and _members_below(line, lines, j, last):
            break  # "**Medlemmer**" over the committee's members: a portal's list of them
        if emphasised and normalise_label.of(line.text) in SIGNATURE_HEADINGS:
            break  # "**Underskriftsblad**", however far from the end (an appendix after it)
        if (
            j > last.start + 1
            and normalise_label.of(line.text) in DECISION_SUMMARY_HEADINGS
            and _table_at(lines, next_text(lines, j))
        ):
            break  # "Beslutningsoversigt" over a table of every item's decision: the meeting's
        if line.text[-1:] == ":" and _people_before_greeting(lines, j, last.end):
            label = label_of(line)
            if label is not None and field_kind(label[0]) in (
                FieldKind.MEMBERS,
                FieldKind.ATTENDEES,
            ):
                break  # "Udvalgets medlemmer:" over a line of them, then "Med venlig hilsen":
                # an invitation's list of whom it calls, after its agenda
        if (
            j > last.start + 1
            and line.text[:3] in ("Det", "det")
            and _SIGN_OFF.match(casefolded.of(line.text))
        ):
            break  # "Det var det hele – spørgsmål er velkomne i kommentarerne": a post's end
        if (
            j > last.start + 1
            and len(line.text) <= 30
            and _GREETING.match(casefolded.of(line.text))
            and _signed_below(lines, j, last.end)
        ):
            break  # "Venlig hilsen" over "Sanne Bak": a mail's signature, however long its tail
        if j < tail_start and not closes_meeting(line.text):
            continue  # (a closing line ends the item wherever it stands: "Dirigenten ... hævede
            # generalforsamlingen" over the board's constitution and the appendices)
        if closes_meeting(line.text):
            if _closes_inside(line.text) and j > last.start + 1:
                j += 1  # "X opfordrede alle til ... Dirigenten ... hævede generalforsamlingen kl.
                # 21.10.": the item's text, closed by its last sentence; what follows is not
            break  # "Mødet hævet kl. 21.40": what follows are signatures
        if normalise_label.of(line.text) in SIGNATURE_HEADINGS:
            break  # "Underskrifter:" over the names
        low = casefolded.of(line.text)
        own_text = last.head.base != "table" and not any(  # (a table row holds its text)
            lines[k].text for k in range(last.start + 1, j)
        )
        if (
            (_MINUTES_SIGNED.match(low) and not own_text)
            or _GREETING.match(low)
            or (low[:4] in ("refe", "prot") and _MINUTES_SIGNED_ON.match(low))
        ):  # ("Referatet godkendt 21.06.2023 – Erik Lauridsen": signed on a day, not decided)
            break  # "Referatet er godkendt af ..." (unless it is the item's decision), "Mvh"
        below = next_text(lines, j) if line.text == "--" else len(lines)
        if below < len(lines) and _GREETING.match(casefolded.of(lines[below].text)):
            break  # "--" over "Med venlig hilsen": an e-mail's signature
        if _signature_start(line, lines, j):
            break  # "Holstebro, den 12. juni 2025" + signers
        if (
            (
                (line.text[:1] == "/")
                and (SLASH_SIGNATURE.match(line.text) or SLASH_REF.match(line.text))
            )
            or (line.text[:3].casefold() == "ref" and BARE_REF.match(line.text))
            or (line.text[-1:] == ")" and FIRST_NAME_TAKER.fullmatch(line.text))
        ) and (
            (after := next_text(lines, j)) >= last.end or _page_furniture(lines[after])
        ):  # "/Poul Erik", "/ref. LK", "Ref Henrik Bøgh", "Lis (ref.)": the writer's sign-off
            break  # (or over links)
        if signer_line(line) and all(signer_line(ln) for ln in lines[j + 1 : last.end] if ln.text):
            break  # "Per Kjær, dirigent" / "Mona Sand, referent" at the very end
        if _page_furniture(line):
            break  # "Til toppen", "Senest opdateret: ...": the web page's furniture
        if _follow_links(lines, j, last.end):
            break  # "Facebook" over "Instagram": the web page's follow links
        if _contact_footer(lines, j, last.end):
            break  # "Kontakt: Rådhuset, Torvet 1 · Tlf. 96 28 28 28", "© 2025 Kommunen · ..."
        if PRINT_STAMP_LINE.match(line.text):
            break  # "Udskrevet den 15.11.2022 kl. 09:12": the PDF's print stamp
        label = label_of(line)
        kind = field_kind(label[0]) if label is not None else None
        if kind is None and label is not None and taker_by_minutes_label(*label):
            kind = FieldKind.MINUTE_TAKER  # "Referat: Ida Bang" under the last item
        if kind in _SIGNATURE_KINDS and _posts_announced(lines, j, last.start):
            continue  # "Bestyrelsen konstituerede sig således:" over "Formand: Niels Krog"
        if kind in _SIGNATURE_KINDS:
            tail = [ln for ln in lines[j : last.end] if not ln.blank]
            mail = (  # "Referent: ..." over "--" / "Med venlig hilsen" and an e-mail's footer
                k
                for k, ln in enumerate(tail)
                if ln.text == "--" or _GREETING.match(casefolded.of(ln.text))
            )
            tail = tail[: next(mail, len(tail))]
            only_text = (
                kind is FieldKind.OTHER_DATE
                and last.head.base != "table"
                and not last.head.rest
                and not any(lines[k].text for k in range(last.start + 1, j))
            )  # "## 2. Næste møde" / "Næste møde: 14.01.2026": the item's own text
            short = all(len(ln.text) <= 80 or name_columns(ln) for ln in tail)
            if not only_text and len(tail) <= 12 and short:
                above = lines[j - 1].text if j - 1 > last.start else ""
                if label is not None and not label[1] and is_name(above, allow_single=False):
                    j -= 1  # "Per Kjær" over "dirigent": the signer's name goes with it
                break
        presence = label is not None and normalise_label.of(label[0]) in PRESENCE_LABELS
        if last.head.base == "table" and kind in _PEOPLE_KINDS:
            break  # "Fraværende: Lis Dam" under a table of items: the meeting's people
        if presence and not own_text and _people_follow(label, lines, j, last.end):
            break  # "Fremmødte:" over names after the last item's text: the meeting's people
    else:
        return
    end = j
    while end > last.start + 1 and lines[end - 1].blank:
        end -= 1
    last.end = end


def _posts_announced(lines: tuple[Line, ...], j: int, start: int) -> bool:
    """Line ``j`` ("Formand: Niels Krog") is one of the posts a sentence over it announces, in a
    run of labelled lines with no blank line between ("Efter generalforsamlingen konstituerede
    bestyrelsen sig således:"): the board's new posts, the item's text, no signer."""
    k = j - 1
    while k > start and lines[k].text and label_of(lines[k]) is not None:
        k -= 1  # ("Næstformand: ..." under "Formand: ...": the same run)
    return k > start and announces_posts(lines[k])


CLOSES_MEETING: Final = Opening(MEETING_CLOSED)


_MEETING_CLOSED_INSIDE: Final = re.compile(MEETING_CLOSED_INSIDE)


STARTED_AND_CLOSED: Final = Opening(MEETING_STARTED_AND_CLOSED)


_MINUTES_SIGNED: Final = anchored(MINUTES_SIGNED)


_GREETING: Final = anchored(CLOSING_GREETING)


_COUNTED_WORD: Final = re.compile(r"^\d{1,4}\s+|\s*\(\d{1,4}\)$")
"""A count before or after a heading's word ("3 kommentarer", "Kommentarer (2)")."""


def _capitals_label(line: Line) -> bool:
    """A short plain line in capitals ("OPFØLGNING", "OVERSIGT OVER AFGØRELSER"): a heading as a
    PDF or a typed document writes it."""
    text = line.text
    return (
        line.kind is LineKind.TEXT
        and 4 <= len(text) <= _CAPITALS_MAX
        and text.isupper()
        and not line.bullet
        and line.list_number is None
    )


_CAPITALS_MAX: Final = 40


def _signed_below(lines: tuple[Line, ...], j: int, end: int) -> bool:
    """A full name alone on the first line with text under ``j`` (a mail's signature)."""
    k = next_text(lines, j)
    if k >= end:
        return False
    text = lines[k].text.strip()
    return len(text) <= 40 and is_name(text, allow_single=False) and starts_with_first_name(text)


_SIGN_OFF: Final = re.compile(POST_SIGN_OFF)


_MINUTES_SIGNED_ON: Final = re.compile(
    r"(?:referat(?:et)?|protokol(?:len)?)\s+(?:er\s+|blev\s+)?(?:godkendt|underskrevet)\s+"
    r"(?:den\s+|d\.\s*)?\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}"
)


EARLIER_MAIL_LINE: Final = re.compile(EARLIER_MAIL)


_PLACE_AND_DATE: Final = anchored(
    r"^[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2},?\s+(?:d\.|den)?\s*\d"
)


def _signature_page(lines: tuple[Line, ...], tail_start: int, last: Occurrence) -> int | None:
    """Where a signature page longer than the tail ``cut_footer`` reads starts in the last
    item (``tail_start``: its last 12 lines): the lines up to its end are rules of underscores,
    places and dates, names (two or more), "Underskrifter:" and "Mødet hævet kl. 21.15."
    (then the first of those), else None. Read from the end, so each line once."""
    start: int | None = None
    names = 0
    for k in range(last.end - 1, last.start, -1):
        line = lines[k]
        text = line.text or line.raw.strip()
        if not text:
            continue
        if SIGNATURE_RULE.match(text) or dated_signature(text):
            start = k
            continue
        if normalise_label.of(text) in SIGNATURE_HEADINGS or closes_meeting(text):
            start = k
            continue
        if not signer_alone(text):
            break
        names += 1
        start = k
    return start if start is not None and start < tail_start and names >= 2 else None


_LEADING_MARKS: Final = re.compile(r"^[^\w(\"“„]+")
"""Pictographs and marks before a line's words ("🏁 ", "→ ", "– ")."""


def closes_meeting(text: str) -> bool:
    """ "Mødet hævet kl. 21.40", "..., og generalforsamlingen blev hævet kl. 21.15.", "🏁 Mødet
    sluttede kl. 21.15"."""
    if text[:1] and not text[0].isalnum():
        text = _LEADING_MARKS.sub("", text)
    low = casefolded.of(text)
    return (
        bool(CLOSES_MEETING.match(low))
        or (("hæve" in low or "erklære" in low) and _MEETING_CLOSED_INSIDE.search(low) is not None)
        or STARTED_AND_CLOSED.match(low) is not None
    )


def _closes_inside(text: str) -> bool:
    """A line that closes the meeting after sentences of its own ("Frederik Aagaard opfordrede
    alle til ... Dirigenten takkede ... og hævede generalforsamlingen kl. 21.10.")."""
    low = casefolded.of(text)
    if CLOSES_MEETING.match(low) or STARTED_AND_CLOSED.match(low):
        return False
    closing = closing_sentence(text)  # (not "Da der ikke var mere at drøfte, hævede ...": one
    before = low[: len(low) - len(closing)].rstrip() if closing else ""  # sentence that closes)
    return before[-1:] in (".", "!", "?") and len(before) > 1


def cut_after_listing(agenda: Agenda, lines: tuple[Line, ...]) -> None:
    """An invitation or agenda that only lists its items ("1. Valg af dirigent", ...,
    "3. Eventuelt"): paragraphs after the list are the letter's text ("Forslag skal være
    formanden i hænde ..."), not the last item's."""
    occs = [occ for item in agenda.items for occ in item]
    if len(agenda.items) < 3 or len(occs) != len(agenda.items):
        return
    if any(lines[o.start].kind is LineKind.HEADING for o in occs):
        return  # headed items ("#### 3. Temaer") are no list: text under the last is its own
    if any(not _listed_only(lines[j]) for o in occs[:-1] for j in range(o.start + 1, o.end)):
        return  # (sub-points listed under an item, "a) Forslag om altaner", are no text)
    first = next((ln for ln in lines if ln.text), None)
    if first is None or kind_words(first.text) not in (
        DocumentKind.DAGSORDEN,
        DocumentKind.INDKALDELSE,
    ):
        return
    last = occs[-1]
    if last.end > last.start + 1 and lines[last.start + 1].blank:
        last.end = last.start + 1


def _listed_only(line: Line) -> bool:
    """A blank line, or a short entry of a list (a sub-point of a listed item)."""
    if line.blank:
        return True
    entry = line.bullet or line.list_number is not None or letter_head(line) is not None
    return entry and len(line.text) <= 100


_NEXT_MEETING_LABEL: Final = re.compile(rf"(?:{NEXT_MEETING_LABELS})\b")


def _next_meeting_under(lines: tuple[Line, ...], j: int, last: Occurrence) -> bool:
    """A rule after the last item's text, right over the date of the next meeting (a label,
    "**Næste møde:** Torsdag den 24. november 2022 kl. 14.00"): where the minutes end."""
    if j <= last.start + 1 or not lines[j - 1].blank:
        return False
    if not any(lines[k].text for k in range(last.start + 1, j)):
        return False  # (the rule right under the head: the item's text comes after it)
    below = next_text(lines, j)
    if below >= last.end:
        return False
    label = label_of(lines[below])
    return (
        label is not None
        and _NEXT_MEETING_LABEL.fullmatch(normalise_label.of(label[0])) is not None
    )


def _site_footer(line: Line, lines: tuple[Line, ...], j: int, end: int) -> bool:
    """A rule with a few short lines after it at the end ("---", "Svendborg Kommune ·
    Ramsherred 5 · 5700 Svendborg"): a web page's or document's footer; not a rule right under
    a line ("2. Ny selvbetjeningsløsning" over "---": a list entry underlined as a heading)."""
    if line.kind is not LineKind.RULE or (j > 0 and not lines[j - 1].blank):
        return False
    rest = [ln for ln in lines[j + 1 : end] if not ln.blank]
    return 0 < len(rest) <= 6 and all(
        (len(ln.text) <= 100 or contact_line(ln.text))  # (a long line of the site's address)
        and section_label(ln, None) is None
        for ln in rest
    )


def _contact_footer(lines: tuple[Line, ...], j: int, end: int) -> bool:
    """A contact or copyright line at the end, with only such lines or web furniture after
    it: the web page's footer, not the last item's text."""
    if not contact_line(lines[j].text):
        return False
    rest = [ln.text for ln in lines[j + 1 : end] if ln.text]
    return len(rest) <= 4 and all(contact_line(t) or is_furniture(t) for t in rest)


def _signature_start(line: Line, lines: tuple[Line, ...], j: int) -> bool:
    """A line of underscores, or a place and date ("Holstebro, den 12. juni 2025") with only a
    few short lines after it: the signatures under the minutes."""
    text = line.text or line.raw.strip()
    if SIGNATURE_RULE.match(text):
        return True
    if not _PLACE_AND_DATE.match(text) or len(text) > 60:
        return False
    if section_label(line, None) is not None:
        return False  # "Beslutning Byrådet den 20-03-2024": a decision label, not a place
    hits = find_dates(text)
    if not hits or text[hits[0].end :].strip(" .") or len(text[: hits[0].start].split()) > 4:
        return False
    rest = [ln for ln in lines[j + 1 : j + 8] if not ln.blank]
    return all(len(ln.text) <= 60 for ln in rest)


def mark_page_furniture(agenda: Agenda, lines: tuple[Line, ...]) -> list[Line]:
    """Page numbers inside items ("Side 6 af 6") and the letterhead repeated at the top of a
    page ("Syddjurs Kommune", "Økonomiudvalget"): left out of the sections, kept as notes."""
    found: list[Line] = []
    counts: Counter[str] | None = None
    header_dates: frozenset[dt.date] = frozenset()
    letterhead = _letterhead_lines(agenda, lines)
    for n, occs in enumerate(agenda.items):
        for occ in occs:
            if n < len(agenda.items) - 1:  # (after the last item the minutes' end is sought)
                occ.furniture.extend(_trailing_furniture(occ, lines))
            marks = []
            trailing = set(occ.furniture)  # (a page's footer closing the item: furniture once)
            for j in range(occ.start + 1, occ.end):
                line = lines[j]
                if j in trailing:
                    continue
                # a piece of a run-together line (``_unwrap``) is read as its text, and so is
                # a line with HTML entities ("16-09-2025 &nbsp;&nbsp; Side 3 af 13")
                raw = line.raw if len(line.raw) <= 200 and "&" not in line.raw else line.text
                if not line.text or len(raw) > 200:
                    continue
                if line.text in letterhead and _in_letterhead_block(lines, j, letterhead):
                    occ.furniture.append(j)
                elif not has_digit(raw):
                    continue  # every page mark has its number (a cheap test first)
                elif page_mark(casefolded.of(raw)) or dated_page_header(raw):
                    marks.append(j)
            if not marks:
                if occ.furniture:
                    found.extend(lines[j] for j in occ.furniture)
                continue
            if counts is None:
                counts = Counter(ln.text for ln in lines if ln.text)
                header_dates = _header_dates(agenda, lines)
            # A running header or footer beside the page number: a short line that is written
            # on every page ("Social- og Sundhedsudvalget 07-04-2025") or that carries the
            # meeting's date ("Teknik- og Miljøudvalget 12. marts 2024" over "Side 2 af 2"); a
            # section label ("Beslutning", written under every item) opens the next section.
            # A header of two or three lines ("Vejle Kommune    Teknisk Udvalg" over "Referat
            # 12. juni 2024") goes on from the line beside the number.
            for j in marks:
                for step in (-1, 1):
                    k = j
                    for _ in range(_RUNNING_HEADER_LINES):
                        k = _text_beside(lines, k, step, occ.start + 1, occ.end)
                        if k >= 0 and lines[k].kind is LineKind.RULE and k not in occ.furniture:
                            occ.furniture.append(k)  # "---" between a page's footer and the
                            k = _text_beside(lines, k, step, occ.start + 1, occ.end)  # next
                            # page's running header: the page break
                        if k < 0 or k in occ.furniture:
                            break
                        text = lines[k].text
                        repeated = counts[text] >= (2 if has_digit(text) else 3)
                        header_like = len(text) <= 100 and not text.endswith((".", ":", "!", "?"))
                        label = section_label(lines[k], None)
                        if not (
                            (repeated or _dated_header(text, header_dates))
                            and header_like
                            # (a label over a meeting's name is the document's title: "Referat
                            # – ordinær generalforsamling 2024" on every page)
                            and (label is None or (repeated and MEETING_WORD.search(label[2])))
                            and not lines[k].bullet  # ("- Bilag 2: Høringsnotat" over the
                            and lines[k].list_number is None  # page's number, under two items)
                        ):
                            break
                        occ.furniture.append(k)
                occ.furniture.append(j)
            occ.furniture.sort()
            found.extend(lines[j] for j in occ.furniture)
    return found


def _trailing_furniture(occ: Occurrence, lines: tuple[Line, ...]) -> list[int]:
    """A web page's furniture closing an item's text before the next item ("Godkendt." over
    "Til toppen"): a few plain lines at the end, never the item's only text."""
    found: list[int] = []
    j = occ.end - 1
    while j > occ.start + 1 and len(found) < 3:
        line = lines[j]
        if not line.blank:
            if line.kind is not LineKind.TEXT or not line.text or not is_furniture(line.text):
                break
            found.append(j)
        j -= 1
    if found and not any(lines[k].text for k in range(occ.start + 1, found[-1])):
        return []  # the item's only text
    return found[::-1]


def _header_dates(agenda: Agenda, lines: tuple[Line, ...]) -> frozenset[dt.date]:
    """The dates written before the first item (the meeting's date among them)."""
    first_item = min((o.start for occs in agenda.items for o in occs), default=0)
    return frozenset(
        hit.date for ln in lines[:first_item] if has_digit(ln.text) for hit in find_dates(ln.text)
    )


_RUNNING_HEADER_WORDS: Final = 8  # words beside the date in a running page header


def _dated_header(text: str, header_dates: frozenset[dt.date]) -> bool:
    """A short line naming a date of the header ("Teknik- og Miljøudvalget 12. marts 2024"):
    a page's running header, when it stands beside a page number."""
    if not header_dates or not has_digit(text):
        return False
    hits = find_dates(text)
    if not hits or not any(hit.date in header_dates for hit in hits):
        return False
    rest = text[: hits[0].start] + text[hits[-1].end :]
    return len(rest.split()) <= _RUNNING_HEADER_WORDS


_LETTERHEAD_REACH: Final = 3  # the document's first lines that can be a letterhead


def _letterhead_lines(agenda: Agenda, lines: tuple[Line, ...]) -> frozenset[str]:
    """The plain lines that open the document before any field or heading ("Syddjurs
    Kommune", "Økonomiudvalget"), short and without digits: a PDF's letterhead, which a page
    break may repeat inside an item."""
    first_item = min((o.start for occs in agenda.items for o in occs), default=0)
    out: set[str] = set()
    for line in lines[:first_item]:
        if line.blank:
            continue
        if (
            len(out) >= _LETTERHEAD_REACH
            or line.kind is not LineKind.TEXT
            or line.strong
            or ":" in line.text
            or field_kind(line.text) is not None  # "UDVALG" over its value: a label
            or not is_letterhead(line.text)
            or section_label(line, None) is not None
        ):
            break
        out.add(line.text)
    return frozenset(out)


def _in_letterhead_block(lines: tuple[Line, ...], j: int, letterhead: frozenset[str]) -> bool:
    """Line ``j`` and a line next to it both repeat the letterhead ("Syddjurs Kommune" over
    "Økonomiudvalget"): a page's top, not a committee named alone in an item's text."""
    if lines[j].kind is not LineKind.TEXT:
        return False
    return any(lines[k].text in letterhead for k in _neighbours(lines, j, 0, len(lines)))


_PAGE_AT_END: Final = re.compile(
    r"^(?P<text>.{3,80}?)[\s,|–-]+(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)


_PAGE_AT_START: Final = re.compile(
    r"^\s*(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?[\s,|–-]+(?P<text>.{3,80})$",
    re.IGNORECASE,
)


_REFERENCE_WORDS: Final = frozenset({"se", "jf", "jævnfør", "på", "i", "fra", "til", "bilag"})


_NUMBER_AT_END: Final = re.compile(r"^\s*(?P<text>\S.{2,80}?)\s{6,}\d{1,4}\s*$")


_HEADER_SMALL_WORDS: Final = frozenset({"og", "i", "for", "af", "-", "–", "|", "den", "d."})


def dated_page_header(raw: str) -> bool:
    """A page number beside a date and a name in capitals, at either end ("Side 2 af 3
    Økonomiudvalget 12.03.2024", "Økonomiudvalget, 12. marts 2024, side 2", "Referat
    Økonomiudvalget 12-03-2024 side 2/3", or a bare number after a wide gap: "Teknik- og
    Miljøudvalget, 08-04-2025      2"): a running page header. A sentence ("I referatet fra
    12.03.2024 side 3") has lower-case words and is none."""
    low = casefolded.of(raw)
    if "side " in low or "page " in low:
        m = _PAGE_AT_END.match(raw) or _PAGE_AT_START.match(raw)
    elif "      " in raw:  # "Teknik- og Miljøudvalget, 08-04-2025" and, far to the right, "2"
        m = _NUMBER_AT_END.match(raw)
    else:
        return False
    if m is None:
        return False
    text = m.group("text")
    hits = find_dates(text)
    if not hits:
        return False
    rest = text[: hits[0].start] + " " + text[hits[-1].end :]
    words = rest.replace(",", " ").split()
    if not words or words[0].casefold().rstrip(".") in _REFERENCE_WORDS:
        return False  # "Se Referat 12.03.2024 side 3": a reference
    return all(w[:1].isupper() or w in _HEADER_SMALL_WORDS for w in words)


_RUNNING_HEADER_LINES: Final = 3  # lines of a page's running header or footer


def _text_beside(lines: tuple[Line, ...], j: int, step: int, start: int, end: int) -> int:
    """The nearest non-blank line from line ``j`` in the direction ``step`` within
    ``start..end``, or -1."""
    k = j + step
    while start <= k < end and lines[k].blank:
        k += step
    return k if start <= k < end else -1


def _neighbours(lines: tuple[Line, ...], j: int, start: int, end: int) -> list[int]:
    """The nearest non-blank lines before and after line ``j`` within ``start..end``."""
    return [k for step in (-1, 1) if (k := _text_beside(lines, j, step, start, end)) >= 0]


def closing_time(lines: tuple[Line, ...]) -> str | None:
    """The time of the line that closes the meeting ("Mødet sluttede kl. 18.32"), if any."""
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.text:
            continue
        seen += 1
        if seen > CLOSING_WINDOW:
            break  # the meeting closes at the end of the minutes, not in the middle of them
        text = line.text
        if not has_digit(text):
            continue  # no time to read (both readers below need a digit): skip the phrases
        if not text[0].isalnum():
            text = _LEADING_MARKS.sub("", text)  # "🏁 Mødet sluttede kl. 21.15"
        above = lines[i - 1] if i else None
        if (
            above is not None
            and above.kind is LineKind.TEXT
            and line.kind is LineKind.TEXT
            and above.number == line.number - 1
            and (above.text[-1:] not in ("", ".", ":", "!", "?") or above.text.endswith(" kl."))
        ):  # "... og generalforsamlingen sluttede" over "kl. 21.50.": a wrapped sentence
            text = f"{above.text} {text}"
        sentence = closing_sentence(text)  # "Referent: Hanne Bo. Mødet sluttede kl. 21.20",
        if sentence and CLOSES_MEETING.match(casefolded.of(text)):
            pass  # "Generalforsamlingen sluttede kl. 21.40. Dirigenten takkede ...": the first
        elif sentence or not closes_meeting(text):  # "Mødet den 3. juni kl. 16.00 i Byrådssalen.
            text = sentence  # Mødet hævet kl. 17.25.": the closing sentence, not the opening
        if text:
            later = text.casefold().find(". næste møde")  # "Mødet slut 21.05. Næste møde ...
            text = text[:later] if later > 0 else text  # kl. 19.00": not the next one's time
            text = _after_start(text)
            found = find_time_range(text)  # "Mødet startede kl. 19.35 og sluttede 21.40"
            if found is not None:
                return found.end or found.start
            bare = BARE_CLOCK.search(text)  # "Mødet sluttede 21.40."
            if bare is not None:
                return f"{int(bare.group(1)):02d}:{bare.group(2)}"
        clause = _CLOSING_CLAUSE.search(casefolded.of(line.text))
        if clause is not None and int(clause.group(1)) < 24:  # "..., hvorefter mødet sluttede
            return f"{int(clause.group(1)):02d}:{clause.group(2) or '00'}"  # kl. 15.20."
    return None


_CLOSING_CLAUSE: Final = Needs(
    r"(?:\bmøde(?:t)?,?\s+(?:som|der)\s+(?:blev\s+)?(?:sluttede|hævet|afsluttet)"
    r"|\b(?:hvorefter|og|så)\s+(?:mødet|generalforsamlingen)\s+(?:blev\s+)?"
    r"(?:sluttede|hævet|hævedes|afsluttet|afsluttedes|lukket)"
    r"|\blukkede\s+(?:det|mødet)|^slut|\bvar\s+færdige?)"
    r"\s+(?:ca\.?\s*)?(?:kl\.?\s*|klokken\s+)?(\d{1,2})(?:[.:](\d{2}))?(?![\d.:]\d)",
    ("slut", "hæve", "lukke", "færdig"),
)
"""A clause inside a sentence that closes the meeting, with its time ("Karen takkede for et
godt møde, som sluttede kl. 19.05.", "Formanden takkede for mødet og lukkede det kl. 12.40.",
"..., hvorefter mødet sluttede kl. 15.20.", "Slut ca. 21.15 /Kim", "... og var færdige ca. kl.
21"), casefolded."""


_STARTED_AT: Final = re.compile(
    r"(?:^|[.!]\s+)(?:selve\s+)?(?:mødet|generalforsamlingen)\s+(?:startede|begyndte|blev\s+åbnet)\s+"
    r"(?:kl\.?\s*|klokken\s+)(\d{1,2})(?:[.:](\d{2}))?(?![\d.:])"
)
"""A sentence that says when the meeting began ("Mødet startede kl. 19 og sluttede 21.15",
"Selve mødet startede kl. 16.00" after a guided tour at 15.30), casefolded."""


def started_at(lines: tuple[Line, ...]) -> str | None:
    """The time a line says the meeting began, as "HH:MM", if any."""
    for line in lines:
        text = line.text
        if "startede" not in text and "begyndte" not in text and "åbnet" not in text:
            continue  # (cheap: most lines say nothing of it)
        m = _STARTED_AT.search(casefolded.of(text))
        if m is not None and int(m.group(1)) < 24:
            return f"{int(m.group(1)):02d}:{m.group(2) or '00'}"
    return None


def _after_start(text: str) -> str:
    """A sentence that gives the start and the close ("Mødet startede kl. 19.35 og sluttede
    21.40") from its closing word on, where the end time stands; other text as it is."""
    both = STARTED_AND_CLOSED.match(casefolded.of(text))
    return text[both.end() :] if both is not None else text


def closing_in_header(header: HeaderFacts) -> str | None:
    """The time of a header line that closes the meeting ("Mødet hævet kl. 18:05" under the
    people of a committee's web page) or of its sentence that does ("Mødet blev holdt mandag
    d. 6/11-2023 kl. 19.30 hos Karen. Vi sluttede kl. 21.45."), if any."""
    for line, _ in header.free:
        text = line.text
        if not has_digit(text):
            continue
        if len(text) > 60 or not CLOSES_MEETING.match(casefolded.of(text)):
            text = closing_sentence(text)
        text = _after_start(text) if text else text  # ("... startede kl. 16.00 og sluttede
        found = find_time_range(text) if text else None  # kl. 18.05": the close)
        if found is not None:
            return found.end or found.start
    return None


def closing_sentence(text: str) -> str:
    """A sentence after the first one of a line that closes the meeting ("Referent: Hanne Bo.
    Mødet sluttede kl. 21.20", "Tak for i aften – mødet sluttede kl. 21.05"), from its start
    (casefolded); "" when there is none. Only a line naming a closing word is split."""
    low = casefolded.of(text)
    if not any(word in low for word in _CLOSING_WORDS):
        return ""
    for brk in _SENTENCE_BREAK.finditer(low):  # ("slut" is in every "beslutning": many lines)
        at = brk.end()
        if not (CLOSES_MEETING.may_match_at(low, at) or STARTED_AND_CLOSED.may_match_at(low, at)):
            continue
        sentence = low[at:]
        if CLOSES_MEETING.match(sentence) or STARTED_AND_CLOSED.match(sentence):
            return sentence
    return ""


# ". ", "; ", ", og ", " – ", " / ": where a closing sentence may start inside a line
_SENTENCE_BREAK: Final = re.compile(  # (?:[.;,]\s+|\s[–—/-]\s*)(?:og\s+)?
    r"[.;,\s](?:(?<=[.;,])\s+|(?<=\s)[–—/-]\s*)(?:og\s+)?"
)


_CLOSING_WORDS: Final = (
    "slut",
    "hæve",
    "lukke",
    "endte",
    "ophørte",
    "takkede",  # "Dirigenten takkede for god ro og orden kl. 11:45."
    "closed",
    "ended",
    "adjourned",
)


CLOSING_WINDOW: Final = 60  # non-blank lines from the end of the document


BARE_CLOCK: Final = re.compile(r"\b([01]?\d|2[0-3])[.:]([0-5]\d)\b(?![.:]?\d)")


SIGNATURE_RULE: Final = anchored(r"^[_.]{5,}\s*$|^_{3,}")


_SIGNER_DETAILS: Final = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s*[\w.-]+(?:\s+[\w.-]+){0,2})?")


def signer_alone(text: str) -> PersonParts | None:
    """A signature's line: a full name alone, or with her party or post ("Inge Lise Abildgaard,
    borgmester", "Per Dyhr (Ø)"); None for a sentence that opens with a name ("Karen Møller
    sagde ...")."""
    parts = parse_person(text) if len(text) <= 60 else None
    if parts is None or not text.startswith(parts.name):
        return None
    if not _SIGNER_DETAILS.fullmatch(text, len(parts.name)):
        return None
    return parts if is_name(parts.name, allow_single=False) else None


def dated_signature(text: str) -> bool:
    """ "Hvidø, den 27. februar 2025", "Dato: 3/3-2025": a signature's place and date."""
    return len(text) <= 60 and bool(find_dates(text))


def full_person(name: str) -> bool:
    """A full name ("Maria Skov") or a known first name ("Susse"), not prose read as one."""
    return is_name(name, allow_single=False) or starts_with_first_name(name)
