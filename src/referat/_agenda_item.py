"""One ``AgendaItem`` from the places its item occurs: its head in the agenda's body, a line of a
leading listing (table of contents), a block of minutes written apart ("Mødereferat", "Ad 3"),
a row of a decision table.

The title comes from the head (or the line under a bare "Punkt 5"), the sections from the
occurrences' text (the default kind is the agenda's text above minutes written apart, else the
minutes), the attachments from the text and an agenda table's "Bilag" column, the sub-points
from numbered or lettered lines and tables under the item. An item whose text says what was
decided without a label (an election naming the elected, "Eventuelt" with remarks only) gets
its outcome here; the rest is ``_sections.decide``'s.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import pairwise
import re
from typing import Any, Final

from referat import _new as new
from referat._cell_points import with_cell_points
from referat._facts import LineKind
from referat._first import anchored
from referat._header import line_span
from referat._items import (
    Agenda,
    Head,
    Occurrence,
    letter_lead,
    row_columns,
    time_column,
    title_below,
)
from referat._labels import section_label
from referat._logical import joined_wrapped
from referat._people import first_name_in, is_name, split_name_list
from referat._prefix import AnchoredNeeds, casefolded, lowered
from referat._scan import Line
from referat._sections import (
    Body,
    colon_minutes,
    decide,
    file_entries,
    inline_minutes,
    labelled_row,
    listed_attachment,
    merge_attachments,
    names_attachment,
    numbered_entries,
    numbered_sub_heads,
    outcome_phrases,
    read_body,
    records_outcome,
    referenced_attachments,
    reported,
    run_together_minutes,
    sub_heads,
    topic_minutes,
)
from referat.diagnostics import Reporter
from referat.models import (
    AgendaItem,
    Attachment,
    Decision,
    DocumentKind,
    Outcome,
    Section,
    SectionKind,
    Span,
    span_of,
)
from referat.vocabulary import (
    AGENDA_ITEM_WORD,
    ANY_OTHER_BUSINESS,
    DECISION_COLUMNS,
    ELECTION_TITLE_STARTS,
    ITEM_STATUS_REMARK,
    NEWS_TITLES,
    NOTE_TAKEN,
    OTHER_ITEM_WITHDRAWN,
    OUTCOME_PATTERNS,
    PAGE_COLUMNS,
    PERSON_ROLES,
    RESULT_COLUMNS,
    SECTION_LABELS,
    TITLE_COLUMNS,
    WELCOME_TITLES,
    WITHDRAWN_MARK,
    WITHDRAWN_TITLE,
    normalise_label,
)


def agenda_item(
    position: int,
    occs: list[Occurrence],
    lines: tuple[Line, ...],
    agenda: Agenda,
    reporter: Reporter,
    hint: DocumentKind | None,
    minutes_headings: list[int],
    tables: list[int],
) -> AgendaItem:
    body_occ = next((o for o in occs if o.role == "body"), occs[0])
    listing = next((o for o in occs if o.role == "listing"), None)
    minutes = [o for o in occs if o.role == "minutes"]
    decided = [o for o in occs if o.role == "decision"]
    number: str | None = body_occ.head.number or None
    if agenda.renumbered:
        number = str(position + 1)
    in_order = sorted(occs, key=lambda o: o.start)
    title = next((o.head.title for o in in_order if o.head.title), "")
    body_title = body_occ.head.title
    listed = title.startswith(body_title) and title != body_title
    if body_title and listed and _PAGE_NUMBER_AFTER.fullmatch(title[len(body_title) :]):
        title = body_title  # "Godkendelse af dagsorden 2" in a contents list: its page number
    # "2. Økonomi Kassereren gennemgik ..." under a listed "2. Økonomi": the text after the
    # listed title is the item's own text
    beyond = _beyond_listed(body_title, title) if body_occ.head.base == "line" else ""
    if not beyond and _text_as_title(body_occ, listing, title, lines[body_occ.start]):
        beyond = body_title  # "**Ad punkt 3.** Årsrapporten er vedlagt som bilag 1. ...": text
    head_line = lines[body_occ.start].number  # ("Sag nr. 38   J.nr. ...": two records, _unwrap)
    if not title and not body_occ.head.letters:  # "## Punkt 5" with the title on the next line
        following = next(
            (
                ln
                for ln in lines[body_occ.start + 1 : body_occ.end]
                if ln.text and ln.number != head_line
            ),
            None,
        )
        if (
            following is not None
            and len(following.text) <= 120
            and section_label(following, None) is None
            and not following.text.endswith(".")
            and listed_attachment(following) is None  # "Ad 2." over "Bilag 2: Høringsmateriale"
        ):
            title = title_below(following.text)
    first_body = body_occ.first_body_line
    extra = set(body_occ.extra)  # "Pkt. 42" again over the title again (a web page's card)
    while first_body < body_occ.end and (lines[first_body].blank or first_body in extra):
        first_body += 1
    if title and first_body < body_occ.end and title_below(lines[first_body].text) == title:
        body_occ.body_start = first_body + 1  # the title line is not the item's text
    elif title and first_body < body_occ.end and lines[first_body].number == head_line:
        below = next(
            (j for j in range(first_body + 1, body_occ.end) if not lines[j].blank), body_occ.end
        )  # the case number cut from the head's line stays the item's: the title under it not
        if below < body_occ.end and below not in extra and title_below(lines[below].text) == title:
            body_occ.extra = [*body_occ.extra, below]  # (once: the items may be read twice)
    # minutes_headings is in line order: its ends say whether one comes before or after
    minutes_before = bool(minutes_headings) and minutes_headings[0] < body_occ.start
    minutes_after = bool(minutes_headings) and minutes_headings[-1] > body_occ.start
    regarding = _AD.match(lines[body_occ.start].text) is not None  # "Ad 2": minutes of item 2
    if (minutes_before or regarding) and not minutes:
        default = SectionKind.REFERAT
    elif minutes or minutes_after or hint in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE):
        default = SectionKind.AGENDA_TEXT
    else:
        default = SectionKind.REFERAT
    if body_occ.role == "listing":  # only listed (e.g. the excerpt stops before its body)
        default = SectionKind.AGENDA_TEXT
    elif body_occ.role == "minutes":  # only in the minutes: its text is minutes, read once
        default = SectionKind.REFERAT
    sections, attachments, subitems = _read_occurrence(
        body_occ, number, lines, reporter, default, tables, quoted_echo=False, heads=agenda.heads
    )
    later_subitems: list[AgendaItem] = []
    reopened: list[Section] = []  # the minutes of the item taken up again further down
    for occ in minutes:
        if occ is body_occ:
            continue  # minutes only (no body occurrence): read once, as the body
        s2, a2, sub2 = _read_occurrence(
            occ,
            number,
            lines,
            reporter,
            SectionKind.REFERAT,
            tables,
            quoted_echo=True,
            heads=agenda.heads,
        )
        sections += s2
        attachments += a2
        later_subitems += sub2
        if body_occ.role == "body" and occ.start > body_occ.end:
            reopened += s2
    if (
        listing is not None
        and listing is not body_occ
        and lines[listing.start].kind is LineKind.TABLE_ROW
    ):  # an agenda table's "Bilag" column names the item's attachments
        cells = _table_sections(lines, listing.start, tables[listing.start], default)
        in_cells = _bilag_cells(cells, lines[listing.start])
        if any(a.title for a in attachments) and not any(a.title for a in in_cells):
            # "| 3 | Principper | 2 |" over the minutes' "Bilag 3.1: ..." and "Bilag 3.2: ...":
            # a bare number is a count or names one of them (merged by its number)
            numbers = {a.number for a in attachments}
            in_cells = [a for a in in_cells if a.number in numbers]
        attachments = in_cells + attachments  # (first)
        # The row's minutes and its other cells under section columns are the item's too ("| 5 |
        # Aktiviteter | Se underpunkter nedenfor. Planen blev vedtaget. |" over "Ad punkt 5";
        # "| 3 | Lokalplan | Forvaltningen indstiller, at ... | For stemte: A, V (6) ... |" over
        # "**Pkt. 3**" and its case text further down: they had been in no section)
        written = {s.text for s in sections}
        sections = [s for s in cells if _row_cell_kept(s) and s.text not in written] + sections
    if listing is not None and listing is not body_occ and listing.first_body_line is not None:
        # "Punkt 4: Årsregnskab" over "- Bilag 4.1: Årsrapport 2024" in the agenda, the item
        # minuted apart ("Ad 4)"): the listing's attachments are the item's
        for j in range(listing.first_body_line, listing.end):
            named = listed_attachment(lines[j])
            if named is not None:
                attachments.append(named)
    agenda_text_of: Occurrence | None = None  # the listing whose lines are the item's agenda text
    if listing is not None and listing is not body_occ:  # "2. Opfølgning" over "   1. Status",
        # "3. Kvote for tobis 2016 a) Rådgivningen b) ...": the listing's own sub-points
        nested = sub_heads(
            lines,
            listing.first_body_line,
            listing.end,
            listing.head.number,
            agenda.heads,
            lines[listing.start],
        )
        if nested:
            subitems = _with_listed_subitems(
                _sub_items(
                    nested,
                    lines,
                    listing.end,
                    number,
                    Reporter(),
                    SectionKind.AGENDA_TEXT,
                    tables,
                    quoted_echo=False,
                    skip=frozenset(),
                    in_table=False,
                    heads=agenda.heads,
                ),
                subitems,
            )
        elif lines[listing.start].kind is not LineKind.TABLE_ROW:  # (a row's cells are read)
            agenda_text_of = listing
    subitems = _merge_subitems(subitems, later_subitems)  # once: each merge decides again
    if not title and body_occ.head.letters:  # "Ad 4a. Budget", "Ad 4b. Træner", no "Ad 4."
        title = " / ".join(s.title for s in subitems if s.title)
    for occ in decided:
        sections += _decision_row(lines, occ)
    span = _range(lines, body_occ.start, body_occ.end)
    head_span = _range(lines, body_occ.start, body_occ.start + 1)
    if names_attachment(title):  # "## 2. Regnskab 2023 (bilag 2 og 3)": the title's own
        titled_at = next((o for o in in_order if o.head.title == title), body_occ)
        attachments = [
            new.Attachment(
                number=n, title=None, span=_range(lines, titled_at.start, titled_at.start + 1)
            )
            for n in referenced_attachments(title)
        ] + attachments
    if body_title != title and "ilag" in body_title:  # "**Ad 4 – Budget** (bilag 4 og 5)"
        in_title = set(referenced_attachments(title))  # under a listed "4. Budget": the head's
        attachments += [
            new.Attachment(number=n, title=None, span=head_span)
            for n in referenced_attachments(body_title)
            if n not in in_title
        ]
    if default is SectionKind.REFERAT and not beyond:
        bare = not sections and not subitems
        found = inline_minutes(title, head_span) if bare else topic_minutes(title, head_span)
        if found is None and ": " in title and "**" in lines[body_occ.start].raw:
            found = _after_bold_colon(lines[body_occ.start].raw, title, head_span)
        if found is None and ": " in title and body_occ.head.base != "heading":
            found = colon_minutes(title, head_span)  # "2) Cykelstativer: Der mangler plads."
        if found is None and ": " in title and body_occ.head.base != "heading":
            found = _wrapped_minutes(title, lines, body_occ.start, head_span)
        pdf = run_together_minutes(title) if body_occ.head.base == "line" else None
        if pdf is not None and (found is None or found[0] == title):  # no mark between them
            title, sections = pdf[0], _minutes_first(pdf[1], head_span, sections)
        elif found is not None:  # minutes on the item's own line
            title, first = found
            sections = [first, *sections]
    elif beyond:
        sections = _minutes_first(beyond, head_span, sections, kind=default)
        attachments += [
            new.Attachment(number=n, title=None, span=head_span)
            for n in referenced_attachments(beyond)
        ]
    decision = _elected_outcome(title, _about_other_items(decide(sections), sections, number))
    if reopened and decision.outcome in _UNSETTLED:  # "Decision: Not concluded – item reopened
        later = decide(reopened)  # later" over "## 2. Budget (genoptaget)": "... approved"
        decision = later if later.outcome not in _UNSETTLED else decision
    if decision.outcome is Outcome.APPROVED and _granted_otherwise(decision.text, title, sections):
        decision = new.updated(decision, {"outcome": Outcome.APPROVED_WITH_CHANGES})
    if subitems and _SEE_SUB_POINTS.fullmatch(decision.text.strip()):
        # "Se a-c.": the decision is in the sub-points; settled differently, none of its own
        decision = new.updated(decision, {"outcome": Outcome.NONE})
    if decision.outcome is Outcome.NONE and subitems:
        decision = _from_subitems(subitems) or decision
    labelled = any(s.kind is SectionKind.BESLUTNING for s in sections)
    decision = _other_business_outcome(title, decision, labelled=labelled)  # (sub-points too)
    if not sections and not subitems and _WITHDRAWN_TITLE.match(title):
        head_span = _range(lines, body_occ.start, body_occ.start + 1)
        decision = new.Decision(outcome=Outcome.WITHDRAWN, text=title, span=head_span)
    elif decision.outcome is Outcome.NONE and (mark := _WITHDRAWN_MARK.search(title)):
        head_span = _range(lines, body_occ.start, body_occ.start + 1)
        text = mark.group(0).strip(" ()[]-–—")
        decision = new.Decision(outcome=Outcome.WITHDRAWN, text=text, span=head_span)
    item = new.AgendaItem(
        number=number,
        title=_tidy_title(title),
        sections=sections
        + _text_under_table(body_occ, lines)
        + _listing_text(agenda_text_of, lines, sections),
        decision=decision,
        attachments=merge_attachments(attachments),
        subitems=subitems,
        span=span,
        listing_span=_range(lines, listing.start, listing.end)
        if listing and listing is not body_occ
        else None,
        minutes_span=_minutes_span(lines, minutes or decided),
    )
    row = lines[body_occ.start]
    if body_occ.head.base == "table" and len(row.raw) <= _BREAK_ROW_MAX and "<br" in row.raw:
        # "| 3 | Meddelelser<br>a) Formanden<br>b) Præsten | ... |": its sub-points
        header = lines[tables[body_occ.start]].cells
        item = with_cell_points(item, row, row_columns(row.cells, header)[1])
    return item


_BREAK_ROW_MAX: Final = 5_000  # characters of a table row whose cells are read for line breaks

_UNSETTLED: Final = frozenset((Outcome.NONE, Outcome.DISCUSSED, Outcome.POSTPONED))
"""Outcomes that leave an item open: a later reading of it may settle it."""


_ITEM_TITLE_TAIL: Final = re.compile(
    r"(?:\s+#[\w-]+)+$"  # "Økonomi #økonomi": a note app's tags
    # the time it is given: "(5 min.)", "– 10 min.", ", 15 minutter", "(ca. 20 min)"
    r"|\s*(?:[,–—-]\s*)?\((?:ca\.\s*)?\d{1,3}\s*(?:min\.?|minutter)\)\.?$"
    r"|\s*(?:,|\s[–—-])\s*(?:ca\.\s*)?\d{1,3}\s*(?:min\.?|minutter)$"
    r"|\s+\((?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}\)$"  # "(18:30-18:35)"
    r"|\s+(?:i[ivx]|v|vi{1,3}|x|x[iv]|xi{2,3}|xvi{0,3}|xix|xx)$"  # "Budget xii": a page number
)


def _tidy_title(title: str) -> str:
    """An item's title without what only follows it on the page: a time slot ("Budget 2025
    (18.00-18.40)"), the minutes it is given ("Meddelelser (O) – 10 min."), a note app's tags
    ("Økonomi #økonomi"), a contents list's page number in Roman numerals ("Budget xii"). A full
    stop stays, as written."""
    if (title[-1:] and title[-1] in ")ivx") or "#" in title or "min" in title[-16:]:
        tail = _ITEM_TITLE_TAIL.search(title)
        if tail is not None and tail.start():
            title = title[: tail.start()]
    return title


def _wrapped_minutes(
    title: str, lines: tuple[Line, ...], at: int, span: Span
) -> tuple[str, Section] | None:
    """ "Pkt. 7. Evt.: Julemødet holdes tirsdag den 10. december kl. 18.00 i" over "sognegården
    med gløgg. ...": minutes after a topic's colon that a hard wrap broke off mid-sentence (the
    next line goes on in lower case) are minutes as the whole sentence would be; the head
    line's part of them is the item's first text."""
    nxt = lines[at + 1].text if at + 1 < len(lines) else ""
    if not nxt[:1].islower() or lines[at + 1].kind is not LineKind.TEXT:
        return None
    if not title.rsplit(" ", 1)[-1][:1].islower():
        return None  # "Kirkegården: Nyt redskabshus   Graver Finn Hedegaard": a column beside it
    end = nxt.find(". ")
    sentence = f"{title} {nxt[: end + 1] if end >= 0 else nxt}"
    found = topic_minutes(sentence, span) or colon_minutes(sentence, span)
    if found is None:
        return None
    topic = found[0]
    text = title[len(topic) :].lstrip(" :")
    return topic, new.Section(kind=SectionKind.REFERAT, heading=None, text=text, span=span)


_BOLD_COLON: Final = re.compile(r"^\s*(?:[-*+]\s+)?\*\*[^*\n]+:\*\*\s*(\S.*)$")


def _after_bold_colon(raw: str, title: str, span: Span) -> tuple[str, Section] | None:
    """ "**3. Ansøgning om shelterplads:** Følgegruppen bakker op, ...": the bold words up to
    the colon are the title, the text after them the item's minutes (the line's own markup says
    where the title ends, whatever the text records)."""
    m = _BOLD_COLON.match(raw)
    if m is None:
        return None
    rest = _MARKUP_CHARS.sub("", m.group(1)).strip()
    for colon in (k for k, ch in enumerate(title) if ch == ":"):
        after = title[colon + 1 :].strip()
        if after and after[:15] == rest[:15]:
            text = new.Section(kind=SectionKind.REFERAT, heading=None, text=after, span=span)
            return title[:colon].strip(), text
    return None


_MARKUP_CHARS: Final = re.compile(r"[*_`]")


def _other_business_outcome(title: str, decision: Decision, *, labelled: bool) -> Decision:
    """ "Eventuelt" with remarks and no phrase of an outcome ("Der blev spurgt til belysningen.
    Dorthe tager det med til kommunen."), or with news told and no note taken of it ("Rune
    orienterede om åbent hus."): nothing is decided under it, the outcome is none."""
    key = normalise_label.of(title)
    welcome = decision.outcome is Outcome.DISCUSSED and key.startswith(WELCOME_TITLES)
    if welcome and _only_remarks(decision.text):
        # "Formanden bød velkommen.", "... Deltagerne præsenterede sig.": nothing decided
        return new.updated(decision, {"outcome": Outcome.NONE})
    if decision.outcome is Outcome.DISCUSSED and key.startswith(NEWS_TITLES):
        if _only_remarks(decision.text):
            # "Meddelelser" over news told, nothing discussed or decided: the body took note
            return new.updated(decision, {"outcome": Outcome.NOTED})
        return decision
    if not key.startswith(ANY_OTHER_BUSINESS):
        return decision
    text = casefolded.of(" ".join(decision.text.split()))
    remarks = not labelled  # (a "Beslutning:" that puts the item off or records a discussion)
    if remarks and decision.outcome is Outcome.POSTPONED and not _PUT_OFF.search(text):
        # "Jørn foreslog en ny hjemmeside. Tages op på næste møde.": a topic for later, and
        # nothing put off of this item
        return new.updated(decision, {"outcome": Outcome.NONE})
    if decision.outcome not in _REMARKS_ONLY:
        return decision
    if remarks and decision.outcome is Outcome.DISCUSSED and not _discussion_recorded(text):
        # "Der blev talt om at flytte månedsmøderne. Ingen beslutning.": remarks, no discussion
        # the minutes record as such ("Julefrokosten blev drøftet.", "Der var en længere debat
        # om skarven.")
        return new.updated(decision, {"outcome": Outcome.NONE})
    if decision.outcome is Outcome.NOTED:
        if _NOTE_TAKEN.search(text):
            return decision  # "Formanden orienterede om svaret. Taget til efterretning."
    elif outcome_phrases(text) or _discussion_recorded(text):
        return decision  # "Eventuelt" over "Julefrokosten blev drøftet.": discussed
    return new.updated(decision, {"outcome": Outcome.NONE})


def _only_remarks(decision_text: str) -> bool:
    """A decision's text records no discussion as such and no phrase of an outcome beyond a
    discussion's: remarks and news told."""
    text = casefolded.of(" ".join(decision_text.split()))
    found = [_OUTCOME_OF_ROW[i] for i in outcome_phrases(text)]
    return not _discussion_recorded(text) and all(o is Outcome.DISCUSSED for o in found)


def _discussion_recorded(text: str) -> bool:
    """The casefolded text records a discussion as such ("blev drøftet", "en længere debat",
    "blev diskuteret"), not only remarks made."""
    return "drøft" in text or (
        ("debat" in text or "diskut" in text) and _DISCUSSION.search(text) is not None
    )


# (not "takkede for debatten om mødedagen", of another item)
_DISCUSSION: Final = re.compile(r"\b(?:en|længere|kort|livlig)\s+debat\b|\bdebatter|\bdiskut")


_REMARKS_ONLY: Final = (Outcome.DISCUSSED, Outcome.NOTED)


_PUT_OFF: Final = re.compile(r"udsat|udsæt")


_OUTCOME_OF_ROW: Final = tuple(o for _, o in OUTCOME_PATTERNS)  # a phrase's row -> its outcome


_NOTE_TAKEN: Final = re.compile(NOTE_TAKEN)


_ELECTION_RESULT: Final = re.compile(
    r"\((?:genvalg|nyvalg|genvalgt|nyvalgt)\)|\bresultatet af valget\b", re.IGNORECASE
)


_NUMBERED_SEAT: Final = re.compile(
    r"^\d\.\s*(?:supp?l\.?|suppleant|revisorsuppleant|revisor|bestyrelsesmedlem)\s*:?\s+(?=[A-ZÆØÅ])",
    re.IGNORECASE,
)
"""The first seat an election item fills, numbered ("1. suppl.: Peter Vad (1 år)", "1. suppl.
Ole Smed, 2. suppl. Gitte Brix"), then the name elected to it."""


_NAME_LINE: Final = 60


_SEAT_NOTE: Final = re.compile(r"\s*\([^()]{1,40}\)")
"""A note in brackets after an elected person's name ("(1. suppleant)", "(genvalg)")."""


def _elected_outcome(title: str, decision: Decision) -> Decision:
    """An election item ("Valg af dirigent og referent") whose text starts by naming who was
    chosen for a role ("Dirigent: Mogens Friis. Referent: Tina Kruse.") or gives the result
    ("Resultatet af valget:" over a table, "Hans Krag (genvalg)"): approved."""
    if decision.outcome is not Outcome.DISCUSSED or not normalise_label.of(title).startswith(
        ELECTION_TITLE_STARTS
    ):
        return decision
    if _ELECTION_RESULT.search(decision.text) is not None:
        return new.updated(decision, {"outcome": Outcome.APPROVED})
    first_line = decision.text.strip().split("\n", 1)[0]  # "Dirigent: X / referent: Y" over
    seat = _NUMBERED_SEAT.match(first_line)  # "1. suppl.: Peter Vad (1 år)", "1. suppleant:"
    if seat is not None:
        name = first_name_in(first_line[seat.end() :])
        if name is not None and " " in name:
            return new.updated(decision, {"outcome": Outcome.APPROVED})
    m = LABELLED.match(NEXT_SENTENCE.split(first_line, maxsplit=1)[0])  # what he said
    if (
        m is None
        and len(first_line) <= _NAME_LINE
        and is_name(first_line.rstrip(". "), allow_single=False)
    ):
        return new.updated(decision, {"outcome": Outcome.APPROVED})  # "Flemming Rask."
    if m is None and len(first_line) <= 2 * _NAME_LINE and " og " in first_line:
        names = split_name_list(_SEAT_NOTE.sub("", first_line).rstrip(". "))
        if names and all(" " in name for name in names):  # "Yusuf Demir og Kaj Ibsen.", "Kaj
            return new.updated(decision, {"outcome": Outcome.APPROVED})  # Ibsen (1. suppleant)
            # og Maria Holt (2. suppleant)."
    if m is None or normalise_label.of(m.group(1)) not in PERSON_ROLES:
        return decision
    name = first_name_in(m.group(2))
    if name is None or " " not in name:
        return decision
    return new.updated(decision, {"outcome": Outcome.APPROVED})


def joint_minutes(items: list[AgendaItem], occurrences: list[list[Occurrence]]) -> list[AgendaItem]:
    """Minutes of several items at once ("Ad 1 og 2" over "Begge godkendt."): they are read under
    the first item, and every other item they name that has no text of its own gets the same
    sections and decision, with the shared lines as its ``minutes_span``. A named item that is
    nowhere else (no listing) is made after the first one, under the same title."""
    joint = {
        k: occ.head.joint
        for k, occs in enumerate(occurrences[: len(items)])
        for occ in occs
        if occ.head.joint and occ.role != "listing" and items[k].sections
    }
    if not joint:
        return items
    by_number = {it.number: k for k, it in enumerate(items) if it.number}
    shared_with: dict[int, int] = {}  # item index -> the item whose minutes it shares
    added: dict[int, list[str]] = {}  # item index -> numbers made after it
    for k, numbers in joint.items():
        for number in numbers:
            other = by_number.get(number)
            if other is None:
                added.setdefault(k, []).append(number)
                by_number[number] = -1
            elif other != k and not (items[other].sections or items[other].subitems):
                shared_with.setdefault(other, k)
    out: list[AgendaItem] = []
    for k, item in enumerate(items):
        if k in shared_with and item.minutes_span is None:
            source = items[shared_with[k]]
            update = {"sections": list(source.sections), "decision": source.decision}
            item = new.updated(item, {**update, "minutes_span": _sections_span(source)})
        out.append(item)
        for number in added.get(k, []):
            shared = _sections_span(item)
            out.append(
                new.updated(
                    item,
                    {
                        "number": number,
                        "subitems": [],
                        "listing_span": None,
                        "minutes_span": shared,
                    },
                )
            )
    return out


def _sections_span(item: AgendaItem) -> Span:
    """The lines of an item's sections, from the first to the last (it has some)."""
    return span_of(item.sections[0].span.start_line, item.sections[-1].span.end_line)


def _minutes_first(
    text: str, head: Span, sections: list[Section], *, kind: SectionKind = SectionKind.REFERAT
) -> list[Section]:
    """The minutes (or other text) on the head line, joined to the unlabelled text that goes on
    under it ("... orienterede om provstiets" / "budgetramme for 2026.")."""
    first = sections[0] if sections else None
    if (
        first is not None
        and first.heading is None
        and first.kind is kind
        and not text.endswith((".", "!", "?"))
    ):
        span = span_of(head.start_line, first.span.end_line)
        joined = new.updated(first, {"text": f"{text}\n{first.text}", "span": span})
        return [joined, *sections[1:]]
    return [new.Section(kind=kind, heading=None, text=text, span=head), *sections]


def _text_as_title(body: Occurrence, listing: Occurrence | None, listed: str, line: Line) -> bool:
    """The minutes of a listed item ("**Ad punkt 3.**", or its number again over a sentence:
    "2) Lis gennemgik kontoudtog. Der er ...") whose head line goes on with the item's
    text, not its title: no form of the listed title, and sentences ("Årsrapporten er vedlagt
    som bilag 1. Bestyrelsen foreslår, at ..." under "3. Forelæggelse af årsrapport") or words
    after the bold head ("**Ad punkt 5.** Der er rettidigt indkommet ét forslag")."""
    own = body.head.title
    return (
        listing is not None
        and body is not listing
        and (body.head.regarding or _SENTENCE_INSIDE.search(own) is not None)
        and bool(own)
        and bool(listed)
        and not own.startswith(listed)
        and not listed.startswith(own)
        and (_prose_head(own) or (line.lead_label is not None and own not in line.lead_label))
    )


def _prose_head(own: str) -> bool:
    """A head's "title" that is a sentence of the item's text: one ending inside it, a clause
    after a comma, a colon before what follows ("Der er indkommet følgende forslag:"), or words
    enough for a sentence ("Protokollen fra mødet den 3. marts blev oplæst og godkendt")."""
    return (
        _SENTENCE_INSIDE.search(own) is not None
        or "," in own
        or own.endswith(":")
        or len(own.split()) >= _PROSE_WORDS
    )


_PROSE_WORDS: Final = 8


_SENTENCE_INSIDE: Final = re.compile(r"[a-zæøå0-9)]\.\s+[A-ZÆØÅ][a-zæøå]")


def _beyond_listed(own: str, listed: str) -> str:
    """The text of an item's head line after the title it is listed with ("Økonomi Kassereren
    gennemgik regnskabet." under the listed "Økonomi"), or ""."""
    if not listed or len(own) <= len(listed) + 1 or not own.startswith(listed):
        return ""
    after = own[len(listed) :]
    mark = _MARK_THEN_TEXT.match(after)
    if mark is not None and _prose_head(rest := after[mark.end() :]):
        return rest  # "Takstblad 2025 – Lis foreslog at m³-prisen hæves ...", "Evt.: Hans ..."
    if after[0] != " " or not after[1].isalnum():
        return ""  # "Økonomi – status", "Økonomi (bilag)": the title goes on
    return after.strip()


_MARK_THEN_TEXT: Final = re.compile(r"\s*[:–—-]\s+(?=\S)")
"""Between a listed title and the minutes on its line: a dash or a colon ("Ny hjemmeside – Tove
har indhentet to tilbud ...")."""


def _minutes_span(lines: tuple[Line, ...], occs: list[Occurrence]) -> Span | None:
    return _range(lines, occs[0].start, occs[-1].end) if occs else None


def _decision_row(lines: tuple[Line, ...], occ: Occurrence) -> list[Section]:
    """The cells of a row of a closing table of decisions, labelled by its header row, or the
    text of a closing "Ad 1: ..." line; the first one's section also holds the table's header
    row or the block's heading."""
    row = lines[occ.first_body_line]
    span = span_of(lines[occ.start].number, row.number)
    if occ.header_row < 0:  # "Ad 1: Regnskabet godkendt." under "Beslutninger"
        return [
            new.Section(kind=SectionKind.BESLUTNING, heading=None, text=occ.head.rest, span=span)
        ]
    header = lines[occ.header_row].cells
    sections: list[Section] = []
    for k, cell in enumerate(row.cells):
        if k in occ.skip_cells or not cell.strip():
            continue
        label = header[k].strip() if k < len(header) else ""
        key = normalise_label.of(label)
        kind = (
            SectionKind.BESLUTNING
            # (a short status beside it: "| ... | Vedtaget |", "| ... | Afvist |")
            if key in DECISION_COLUMNS or (key == "status" and len(cell.split()) <= 3)
            else SECTION_LABELS.get(key, SectionKind.REFERAT)
        )
        sections.append(new.Section(kind=kind, heading=label or None, text=cell.strip(), span=span))
    if not sections:  # a row with only its numbers: kept, empty
        sections.append(new.Section(kind=SectionKind.BESLUTNING, heading=None, text="", span=span))
    return sections


_OTHER_ITEM_WITHDRAWN: Final = re.compile(OTHER_ITEM_WITHDRAWN, re.IGNORECASE)


_WITHDRAWN_TITLE: Final = anchored(WITHDRAWN_TITLE, re.IGNORECASE)


_WITHDRAWN_MARK: Final = re.compile(WITHDRAWN_MARK, re.IGNORECASE)


# every remark starts at its word (or an opening parenthesis before it): tried only there
_STATUS_REMARK: Final = AnchoredNeeds(
    ITEM_STATUS_REMARK,
    ("pkt", "punkt", "sag", "dagsordenspunkt"),
    re.IGNORECASE,
    fold=True,
    lead="(",
)


_SETTLED_OUTCOMES: Final = (
    Outcome.APPROVED,
    Outcome.APPROVED_WITH_CHANGES,
    Outcome.REJECTED,
    Outcome.WITHDRAWN,
)


def _about_other_items(decision: Decision, sections: list[Section], number: str | None) -> Decision:
    """ "Godkendt. Punkt 2 udgik." or "Pkt. 3 udsættes til næste møde." in item 1: the
    withdrawal is item 2's (the delay item 3's); item 1 is decided without that sentence (and
    "Forslaget om, at punkt 3 udgår af vedtægterne, blev vedtaget." without that clause)."""
    if decision.outcome not in (Outcome.WITHDRAWN, Outcome.POSTPONED):
        return decision
    own = (number or "").split(".")[0]
    weighed = [new.updated(s, {"text": _without_clauses(s.text, own)}) for s in sections]
    if all(a.text == b.text for a, b in zip(weighed, sections, strict=True)):
        return decision
    found = decide(weighed)
    shown = decide([new.updated(s, {"text": _without_sentences(s.text, own)}) for s in sections])
    return new.Decision(
        outcome=found.outcome, text=shown.text, refers_to=found.refers_to, span=shown.span
    )


_REMARK_NUMBER: Final = re.compile(r"\d+")


_NAMED_BY_TOPIC: Final = re.compile(r"\(?punktet\s+(?:om|vedr\.?|vedrørende)\s", re.IGNORECASE)


def _other_remark(m: re.Match[str], own: str) -> bool:
    """A remark about another item: by its number, or by its topic ("Punktet om
    affaldssortering blev flyttet til næste møde." under "Godkendelse af dagsorden")."""
    if m.group(1) is None:
        return _NAMED_BY_TOPIC.match(m.group(0)) is not None
    return own not in _REMARK_NUMBER.findall(m.group(1))


def _without_clauses(text: str, own: str) -> str:
    """The text without remarks about other items, each up to its first comma."""
    if not _STATUS_REMARK.possible(text):
        return text

    def cut(m: re.Match[str]) -> str:
        if not _other_remark(m, own):
            return m.group(0)
        comma = m.group(0).find(",")
        return "" if comma < 0 else m.group(0)[comma:]

    rest = _STATUS_REMARK.sub(cut, _OTHER_ITEM_WITHDRAWN.sub(cut, text))
    return rest if any(c.isalnum() for c in rest) else ""  # (a full stop left alone)


SENTENCE_END: Final = re.compile(r"[.!?](?=\s+[A-ZÆØÅ(]|\s*$)")


def _sentence_start(text: str, at: int) -> bool:
    return at < 2 or text[at - 2] in ".!?:"


def _sentence_end(text: str, at: int) -> int:
    found = SENTENCE_END.search(text, at)
    return found.end() if found is not None else len(text)


def _without_sentences(text: str, own: str) -> str:
    """The text without the sentences that start with a remark about another item."""
    if not _STATUS_REMARK.possible(text):
        return text
    kept: list[str] = []
    pos = 0
    for m in _STATUS_REMARK.finditer(text):
        if m.start() < pos or not _other_remark(m, own) or not _sentence_start(text, m.start()):
            continue
        kept.append(text[pos : m.start()])
        pos = _sentence_end(text, m.end())
    kept.append(text[pos:])
    return "".join(kept).strip()


def status_remarks(items: list[AgendaItem], lines: tuple[Line, ...]) -> list[AgendaItem]:
    """ "Punkt 2 udgik." or "Pkt. 3 udsættes til næste møde." outside item 2's (3's) own text (a
    remark before the items, in the listing, under another item; in the middle of a sentence
    only under the item that approves the agenda): that item's decision, unless
    its own text settles it (approved, rejected, withdrawn). "Punktet udgår." in a listing
    under the item decides an item with no outcome. The remark stays where it was written."""
    numbers = Counter(it.number for it in items if it.number)
    by_number = {
        it.number: k for k, it in enumerate(items) if it.number and numbers[it.number] == 1
    }
    spans = sorted(
        (span.start_line, span.end_line, k)
        for k, it in enumerate(items)
        for span in (it.span, it.listing_span, it.minutes_span)
        if span is not None
    )
    starts = [start for start, _, _ in spans]
    found: dict[int, Decision] = {}
    for line in lines:
        for m in _STATUS_REMARK.finditer(line.text):
            at = bisect_right(starts, line.number) - 1
            owner = spans[at][2] if at >= 0 and spans[at][1] >= line.number else None
            if not _sentence_start(line.text, m.start()) and (
                owner is None or AGENDA_ITEM_WORD not in casefolded.of(items[owner].title)
            ):
                continue  # "..., at punkt 4 udgår" only where the agenda is approved
            listed: list[str] = _REMARK_NUMBER.findall(m.group(1)) if m.group(1) else []
            if not listed and owner is not None and _under_subitem(items[owner], line.number):
                continue  # ("Punktet udsættes." under sub-point 2.2: the sub-point's own)
            targets = [by_number.get(n) for n in listed] if listed else [owner]
            remark = Outcome.WITHDRAWN if m.group(3) else Outcome.POSTPONED
            text = (
                line.text[m.start() : _sentence_end(line.text, m.end())]
                if _sentence_start(line.text, m.start())
                else m.group(0)
            )
            decision = new.Decision(
                outcome=remark, text=text.strip().lstrip("(").rstrip(")"), span=line_span(line)
            )
            for target in targets:
                if target is None or target in found:
                    continue
                own = items[target].decision
                outcome = own.outcome if own is not None else Outcome.NONE
                if outcome in _SETTLED_OUTCOMES or (m.group(2) and outcome is not Outcome.NONE):
                    continue
                if remark is not outcome:
                    found[target] = decision
    return [
        new.updated(it, {"decision": found[k]}) if k in found else it for k, it in enumerate(items)
    ]


def _under_subitem(item: AgendaItem, number: int) -> bool:
    """Whether line ``number`` is in the text of one of the item's sub-points."""
    return any(
        span is not None and span.start_line <= number <= span.end_line
        for sub in item.subitems
        for span in (sub.span, sub.minutes_span)
    )


def _listing_text(
    listing: Occurrence | None, lines: tuple[Line, ...], sections: list[Section]
) -> list[Section]:
    """The text under an item's entry in the agenda (``listing``, with no sub-points) when the
    item is minuted apart ("6. Høring om valgkampsevaluering:" over "• Hvad skal evalueringen
    indeholde?"): the item's agenda text (``SectionKind.AGENDA_TEXT``, deciding nothing), but
    for its attachments (read as such) and for lines the minutes repeat. It had been dropped."""
    if listing is None or listing.first_body_line >= listing.end:
        return []
    first, end = listing.first_body_line, listing.end
    said = {casefolded.of(s.text) for s in sections}
    body_text = read_body(
        lines,
        first,
        end,
        default_kind=SectionKind.AGENDA_TEXT,
        reporter=Reporter(),
        skip=frozenset(listing.extra + listing.furniture),
    )
    listed = {a.span.start_line for a in body_text.attachments}
    kept = []
    for section in body_text.sections:
        if section.kind is SectionKind.BILAG or section.span.start_line in listed:
            continue  # (read as attachments)
        rest = [
            ln
            for ln in section.text.split("\n")
            if ln.strip() and not any(casefolded.of(ln.strip(" -•*")) in s for s in said)
        ]
        if rest:
            kept.append(
                new.Section(
                    kind=SectionKind.AGENDA_TEXT,
                    heading=section.heading,
                    text="\n".join(rest),
                    span=section.span,
                )
            )
    return kept


def _rows_under(lines: tuple[Line, ...], row: int, end: int) -> list[int]:
    """The rows of the table holding ``row`` that come after it, up to ``end``."""
    rows: list[int] = []
    j = row + 1
    while j < end and lines[j].kind in _TABLE_KINDS:
        if lines[j].kind is LineKind.TABLE_ROW:
            rows.append(j)
        j += 1
    return rows


def _text_under_table(occ: Occurrence, lines: tuple[Line, ...]) -> list[Section]:
    """The text under the table whose last row is the item ("Næste møde: tirsdag den 10.
    marts ...", a page's running header between the table's pages), other than its attachments:
    the item's, after all it decided (``SectionKind.OTHER``, deciding nothing). It had been
    dropped."""
    if (
        lines[occ.start].kind is not LineKind.TABLE_ROW
        or occ.body_start is not None
        or _heads_own_table(lines, occ.start, occ.end)
    ):
        return []
    below = _table_end(lines, occ.start, occ.end)
    if below is None:
        return []
    skip = frozenset(occ.extra + occ.furniture)
    body = read_body(
        lines, below, occ.end, default_kind=SectionKind.OTHER, reporter=Reporter(), skip=skip
    )
    return [
        new.updated(s, {"kind": SectionKind.OTHER})
        for s in body.sections
        if s.kind is not SectionKind.BILAG
    ]


def _read_occurrence(
    occ: Occurrence,
    number: str | None,
    lines: tuple[Line, ...],
    reporter: Reporter,
    default: SectionKind,
    tables: list[int],
    *,
    quoted_echo: bool,
    heads: dict[int, Head] | None = None,
) -> tuple[list[Section], list[Attachment], list[AgendaItem]]:
    start, end = occ.first_body_line, occ.end
    skip = frozenset(occ.extra + occ.furniture)
    if (
        lines[occ.start].kind is LineKind.TABLE_ROW
        and occ.body_start is None
        and not _heads_own_table(lines, occ.start, end)
    ):
        sections = _table_sections(lines, occ.start, tables[occ.start], default)
        cells = _bilag_cells(sections, lines[occ.start])  # "| 3 | Høring | Notat; Høringsbrev |"
        cells += _cell_references(sections, lines[occ.start], cells)
        below = _table_end(lines, occ.start, end)
        rows = _rows_under(lines, occ.start, below or end)
        # "| 7.1 | Dagsorden og indkaldelse | Indkaldelse udsendes ... |" under the item's row:
        # its sub-points (they had been dropped), or, unnumbered, more of its text
        subs = [
            s
            for s in sub_heads(lines, start, below or end, occ.head.number, heads, lines[occ.start])
            if s[2] in rows
        ]
        subitems = (
            _sub_items(
                subs,
                lines,
                below or end,
                number,
                reporter,
                default,
                tables,
                quoted_echo=quoted_echo,
                skip=skip,
                in_table=True,
                heads=heads,
            )
            if subs
            else []
        )
        numbered = {s[2] for s in subs}
        for j in rows:
            if j not in numbered and j not in skip:
                row_sections = _table_sections(lines, j, tables[j], default, like=occ.start)
                sections += row_sections
                cells += _bilag_cells(row_sections, lines[j])
        if below is None:
            return sections, cells, subitems
        # "Bilag:" under the table's last row: the attachments listed after the table
        trailing = read_body(
            lines, below, end, default_kind=default, reporter=Reporter(), skip=skip
        )
        listed = [s for s in trailing.sections if s.kind is SectionKind.BILAG]
        attachments = [
            a
            for a in trailing.attachments
            if any(s.span.start_line <= a.span.start_line <= s.span.end_line for s in listed)
        ]
        return sections + listed, cells + attachments, subitems
    if occ.head.rest and occ.body_start is None:  # "Eventuelt – Intet.": the text is on the head
        head_line = lines[occ.start]
        span = span_of(head_line.number, head_line.number)
        first = new.Section(kind=default, heading=None, text=occ.head.rest, span=span)
        body = read_body(lines, start, end, default_kind=default, reporter=reporter, skip=skip)
        named = [  # "**Ad punkt 3.** Årsrapporten er vedlagt som bilag 1."
            new.Attachment(number=n, title=None, span=span)
            for n in referenced_attachments(occ.head.rest)
        ]
        return [first, *body.sections], named + body.attachments, []
    subs = sub_heads(lines, start, end, occ.head.number, heads, lines[occ.start])
    if occ.role == "listing" and not subs:
        body = read_body(
            lines, start, end, default_kind=SectionKind.AGENDA_TEXT, reporter=Reporter(), skip=skip
        )
        return body.sections, body.attachments, []
    in_table = bool(subs) and lines[subs[0][2]].kind is LineKind.TABLE_ROW
    if in_table and not _sub_points_table(lines, tables[subs[0][2]]):
        subs, in_table = [], False  # "| 3.1 | Kontingent | 240.000 |": a table of the item's text
    own_end = subs[0][2] if subs else end
    if in_table:  # "| 2.1 | Ladestandere | Vedtaget |": the header row is no text of the item
        own_end = min(own_end, tables[subs[0][2]])
    body = read_body(
        lines,
        start,
        own_end,
        default_kind=default,
        reporter=reporter,
        skip_quoted=quoted_echo,
        skip=skip,
    )
    if in_table:
        tail: int | None = _table_end(lines, subs[-1][2], end)
    else:
        tail = _parent_tail(lines, [index for _, _, index in subs], end) if subs else None
        if tail is None and subs:
            tail = _after_one_line_subs(lines, [index for _, _, index in subs], end)
        if tail is None and subs:
            tail = _dedented_tail(lines, subs[-1][2], end, skip)
        if tail is None and len(subs) >= 2:
            tail = _shared_tail(lines, [index for _, _, index in subs], end)
    remarks: list[tuple[str, int]] = []
    if tail is not None:  # "**Beslutning:** ..." after a list of sub-points: the item's own
        if in_table and heads is not None:
            remarks = _remarks_on_rows(lines, tail, end, [f"{number}.{s[0]}" for s in subs], heads)
        after = read_body(
            lines,
            tail,
            remarks[0][1] if remarks else end,
            default_kind=default,
            reporter=reporter,
            skip_quoted=quoted_echo,
            skip=skip,
        )
        body.sections += after.sections
        body.attachments += after.attachments
    subitems = _sub_items(
        subs,
        lines,
        end if tail is None else tail,
        number,
        reporter,
        default,
        tables,
        quoted_echo=quoted_echo,
        skip=skip,
        in_table=in_table,
        heads=heads,
    )
    for k, (sub_number, at) in enumerate(remarks):
        last = k + 1 == len(remarks)
        stop = _paragraph_end(lines, at, end) if last else remarks[k + 1][1]
        remark = read_body(lines, at, stop, default_kind=default, reporter=reporter, skip=skip)
        subitems = [
            _with_remark(sub, remark) if sub.number == sub_number else sub for sub in subitems
        ]
        if last and stop < end:  # "*Bilag 4: Forslag 5a–5c*" under the last remark: the item's
            rest = read_body(lines, stop, end, default_kind=default, reporter=reporter, skip=skip)
            body.sections += rest.sections
            body.attachments += rest.attachments
    return body.sections, body.attachments, subitems


def _paragraph_end(lines: tuple[Line, ...], start: int, end: int) -> int:
    """The first blank line after the paragraph opening at ``start`` (or ``end``)."""
    i = start + 1
    while i < end and not lines[i].blank:
        i += 1
    return i


def _remarks_on_rows(
    lines: tuple[Line, ...], start: int, end: int, numbers: list[str], heads: dict[int, Head]
) -> list[tuple[str, int]]:
    """ "Ad 5b: Forslaget opnåede simpelt flertal, ..." under a table of lettered proposals
    (``sub_heads``): (the sub-point's number, the remark's line), in order; the text from the
    first is theirs, not the item's."""
    return [
        (head.number, i)
        for i in range(start, end)
        if (head := heads.get(i)) is not None and head.regarding and head.number in numbers
    ]


def _with_remark(sub: AgendaItem, remark: Body) -> AgendaItem:
    """A table's sub-point with the remark written on it below the table: its text and
    attachments; the table's decision cell stays its decision (decided from the remark only
    where the row recorded none)."""
    decision = sub.decision
    if decision is None or decision.outcome is Outcome.NONE:
        decision = decide([*sub.sections, *remark.sections])
    return new.updated(
        sub,
        {
            "sections": [*sub.sections, *remark.sections],
            "attachments": [*sub.attachments, *remark.attachments],
            "decision": decision,
        },
    )


_SENTENCE_AFTER_TITLE: Final = re.compile(r"(?<=[a-zæøå0-9)])\.\s+(?=[A-ZÆØÅ][a-zæøå])")


_SUB_TITLE_MAX: Final = 100
_COUNTED: Final = re.compile(r"\b\d{1,5}\s+(?:for|imod|ja|nej|stemmer)\b")
"""A count of votes in a sub-point's text ("14 for, 22 imod")."""


def _first_sentence_title(title: str, limit: int = 0) -> tuple[str, str] | None:
    """A sub-point's line of several sentences, with text under it: its first sentence is the
    title, the others open its text ("Freja Holst, Biologisk Institut" / "Vejleder: lektor Søren
    Vinther Dal. ..."). None for a line of one sentence, or a first one too long for a title."""
    m = _SENTENCE_AFTER_TITLE.search(title, 3, (limit or _SUB_TITLE_MAX) + 1)
    if m is None:
        return None
    return title[: m.start()], title[m.end() :]


def _wrapped_sub_point(
    lines: tuple[Line, ...], index: int, title: str, end: int
) -> tuple[str, int]:
    """A sub-point's line wrapped over the lines under it (a PDF's "a) Formanden: Stiftet har
    godkendt ansøgningen om ny" over "varmepumpe i præstegården. Arbejdet udføres i ok-" and
    "tober."): the whole text, and where the text under it starts. A line goes on the one
    above when it opens in small letters, or the one above ends in a broken word."""
    parts = [title]
    k = index + 1
    written = lines[index].text
    if written[:3].casefold() == "ad " or not written.rstrip().endswith(title.rstrip()):
        return title, k  # ("Ad 4.1: ..." under a listing that gave the title): its minutes
    while k < end and len(parts) <= _WRAPPED_SUB_LINES:
        line = lines[k]
        above, above_raw = parts[-1], lines[k - 1].raw.rstrip("\n")
        broken = above[-1:] == "-" and above[-2:-1].isalpha()  # ("Høstgudstje-"; not " -")
        if (
            line.kind is not LineKind.TEXT
            or line.blank
            or line.bullet
            or line.list_number is not None
            or not line.text
            or len(above_raw.strip()) < _WRAPPED_WIDTH  # a short line ends where it was meant to
            or above_raw.endswith(("  ", "\\"))  # a hard line break
            or (above[-1:] in ".!?:" and not (above[-1:] == "." and above[-2:-1].isdigit()))
            or not (line.text[:1].islower() or broken)
        ):
            break
        parts.append(line.text)
        k += 1
    return (joined_wrapped(parts), k) if len(parts) > 1 else (title, index + 1)


_WRAPPED_SUB_LINES: Final = 6  # lines of one wrapped sub-point
_WRAPPED_TITLE_MAX: Final = 160  # a wrapped sub-point's first sentence, its title


_WRAPPED_WIDTH: Final = 40  # a line shorter than this was not wrapped by the page's width


def _sub_items(
    subs: list[tuple[str, str, int]],
    lines: tuple[Line, ...],
    end: int,
    number: str | None,
    reporter: Reporter,
    default: SectionKind,
    tables: list[int],
    *,
    quoted_echo: bool,
    skip: frozenset[int],
    in_table: bool,
    heads: dict[int, Head] | None,
) -> list[AgendaItem]:
    """The sub-points found in an item (``sub_heads``), each with its text up to the next one;
    a numbered sub-point's own numbered sub-points ("2.2.1" under "2.2") are its sub-points.
    Lettered sub-points number as "3.a" (a capital as written: "3.A"); numbered ones keep
    their own number."""
    subitems: list[AgendaItem] = []
    for k, (sub_number, sub_title, index) in enumerate(subs):
        sub_end = subs[k + 1][2] if k + 1 < len(subs) else end
        if in_table:
            sub_end = index + 1
        while sub_end > index + 1 and lines[sub_end - 1].blank:
            sub_end -= 1
        start = index + 1  # the sub-point's text under its line (a wrapped line goes on it)
        if not in_table:
            sub_title, start = _wrapped_sub_point(lines, index, sub_title, sub_end)
        nested = (
            []
            if in_table or "." not in sub_number
            else numbered_sub_heads(lines, start, sub_end, sub_number, heads)
        )
        sub_body: Body = read_body(
            lines,
            start,
            nested[0][2] if nested else sub_end,
            default_kind=default,
            reporter=reporter,
            skip_quoted=quoted_echo,
            skip=skip,
        )
        sub_sections = sub_body.sections
        sub_attachments = sub_body.attachments
        if in_table:  # the other cells, labelled by the header row
            sub_sections = _table_sections(lines, index, tables[index], default)
            sub_attachments = sub_attachments + _bilag_cells(sub_sections, lines[index])
        lead = letter_lead(lines[index]) if not in_table and start == index + 1 else None
        if lead is None and sub_sections and not in_table and start == index + 1:
            lead = _first_sentence_title(sub_title)  # "a) Freja Holst, Biologisk Institut.
            # Vejleder: ..." over "Beslutning: Godkendt.": the case, then what is said of it
        if lead is not None:  # "a. *Forslag om nyt tag.* Kræver 2/3 flertal.": its title, then
            sub_title, said = lead  # its text
            first = new.Section(
                kind=default, heading=None, text=said, span=_range(lines, index, index + 1)
            )
            sub_sections = [first, *sub_sections]
            sub_attachments = _references_in(first) + sub_attachments
        speaker: str | None = None
        wrapped = start > index + 1  # its line wrapped: a title and its text, perhaps
        if (not sub_sections or wrapped) and not nested and default is SectionKind.REFERAT:
            found = inline_minutes(sub_title, _range(lines, index, start), sub_point=True)
            if found is not None:
                written = sub_title
                sub_title, first = found
                sub_sections = [first, *sub_sections]
                sub_attachments = _references_in(first) + sub_attachments
                if written[len(sub_title) :].lstrip().startswith(":"):
                    speaker = sub_title  # not a topic before a dash
        # (a wrapped line's first sentence may be longer: "b) Forslag fra andelshaver Kaj Brøns
        # om, at vandværket skal indlede for-" / "handlinger om sammenlægning med Galten Vand.")
        again = (
            _first_sentence_title(sub_title, _WRAPPED_TITLE_MAX) if wrapped and not nested else None
        )
        if again is not None and (records_outcome(again[1]) or _COUNTED.search(again[1])):
            # "5.2 Forslag fra Jytte og Ole Nygaard, ..., om etablering af to vejbump ud for" /
            # "legepladsen. Afstemning ved håndsoprejsning: 14 for, 22 imod, ...": the wrapped
            # line's first sentence is the title, the next ones its text (when they record
            # an outcome or a vote: "Byggeriet er forsinket. Forventet ibrugtagning ..." is one)
            sub_title, said = again
            first = new.Section(
                kind=default, heading=None, text=said, span=_range(lines, index, start)
            )
            sub_sections = [first, *sub_sections]
        if names_attachment(sub_title):  # "**4a. Forslag fra Sakskøbing IF ...** (bilag 2)"
            sub_attachments = [
                new.Attachment(number=n, title=None, span=_range(lines, index, index + 1))
                for n in referenced_attachments(sub_title)
            ] + sub_attachments
        sub_decision = _elected_outcome(sub_title, decide(sub_sections))  # "b) Valg af ...: A og B"
        if speaker is not None:  # "a) Formanden: Provstiudvalget har godkendt ..."
            sub_decision = reported(sub_decision, speaker)
        inner = _sub_items(
            nested,
            lines,
            sub_end,
            sub_number,
            reporter,
            default,
            tables,
            quoted_echo=quoted_echo,
            skip=skip,
            in_table=False,
            heads=heads,
        )
        if sub_decision.outcome is Outcome.NONE and inner:
            sub_decision = _from_subitems(inner) or sub_decision
        if sub_decision.outcome is Outcome.APPROVED and _granted_otherwise(
            sub_decision.text, sub_title, sub_sections
        ):  # "| 40/2025 b | ... (ansøgt 1.200.000 kr.) | ... | Bevilget med 900.000 kr. |"
            sub_decision = new.updated(sub_decision, {"outcome": Outcome.APPROVED_WITH_CHANGES})
        subitems.append(
            new.AgendaItem(
                number=sub_number if "." in sub_number or not number else f"{number}.{sub_number}",
                title=sub_title,
                sections=sub_sections,
                decision=sub_decision,
                attachments=merge_attachments(sub_attachments),
                subitems=inner,
                span=_range(lines, index, sub_end),
                minutes_span=None,
            )
        )
    if len(subitems) >= 4 and len({s.number for s in subitems}) < len(subitems):
        subitems = _minuted_apart(subitems, default)
    return subitems


def _minuted_apart(subitems: list[AgendaItem], default: SectionKind) -> list[AgendaItem]:
    """Sub-points listed by title, then minuted one by one under their numbers again ("4.1
    Regulativ for vintertjeneste" / "4.2 Udbud af snerydning" / "Ad 4.1: Regulativet er
    uændret ..." / "Ad 4.2: ..."): one sub-point each, its title from the list and its text
    from the second head (whose "title" is the first line of that text)."""
    out: list[AgendaItem] = []
    first_of: dict[str | None, int] = {}
    grown: set[int] = set()
    for sub in subitems:
        k = first_of.get(sub.number)
        if k is None:
            first_of[sub.number] = len(out)
            out.append(sub)
            continue
        listed = out[k]
        head = sub.span.start_line
        said = new.Section(kind=default, heading=None, text=sub.title, span=span_of(head, head))
        rest = sub.sections
        if rest and rest[0].heading is None and rest[0].span.start_line == head + 1:
            # "Ad 4.1: Regulativet er uændret ..., bortset fra at" / "to cykelstier ...": one text
            text = f"{sub.title}\n{rest[0].text}"
            said = new.Section(
                kind=rest[0].kind,
                heading=None,
                text=text,
                span=span_of(head, rest[0].span.end_line),
            )
            rest = rest[1:]
        out[k] = new.updated(
            listed,
            {
                "sections": [*listed.sections, said, *rest],
                "attachments": merge_attachments([*listed.attachments, *sub.attachments]),
                "subitems": listed.subitems + sub.subitems,
                "span": sub.span,
                "listing_span": listed.span,
            },
        )
        grown.add(k)
    for k in grown:  # decided once on all its sections, as ``_merge_subitems`` does
        out[k] = new.updated(out[k], {"decision": decide(out[k].sections)})
    return out


_TABLE_KINDS: Final = (LineKind.TABLE_ROW, LineKind.TABLE_RULE)


def _parent_tail(lines: tuple[Line, ...], rows: list[int], end: int) -> int | None:
    """Where the item's own text goes on after its last sub-point: when the sub-points are list
    entries ("- 1.2 Datavarehus: afventer test"), the first labelled line after a blank line
    that is no list entry ("**Beslutning:** Styregruppen tog status til efterretning."); none
    when every other sub-point has such a labelled line of its own (it is the last one's)."""
    last_sub = rows[-1]
    head = lines[last_sub]
    if not (head.bullet or head.list_number is not None or head.list_depth > 0):
        return None
    if len(rows) >= 2 and all(
        any(section_label(lines[j], None) is not None for j in range(a + 1, b))
        for a, b in pairwise(rows)
    ):
        return None
    for j in range(last_sub + 1, end):
        line = lines[j]
        if line.blank or not lines[j - 1].blank:
            continue
        if line.bullet or line.list_number is not None or line.list_depth > 0 or line.indent:
            continue
        if section_label(line, None) is not None:
            return j
    return None


def _dedented_tail(
    lines: tuple[Line, ...], last_sub: int, end: int, skip: frozenset[int]
) -> int | None:
    """Sub-points whose text is indented under them ("   3.4 Fra kontaktpersonen" over "
    Intet.") and, after a blank line, a paragraph back at the sub-points' own indent ("
    Meddelelserne blev taget til efterretning."): the paragraph is the item's."""
    indent = lines[last_sub].indent
    deeper = False
    for j in range(last_sub + 1, end):
        line = lines[j]
        if line.blank or j in skip:  # (a page's foot and head)
            continue
        if line.indent > indent:
            deeper = True
            continue
        if (
            not deeper
            or line.indent < indent  # ("Side 1 af 2" at the margin: a page's foot)
            or not lines[j - 1].blank
            or line.bullet
            or line.list_number is not None
        ):
            return None
        return j
    return None


def _wraps_on(lines: tuple[Line, ...], j: int) -> bool:
    """Line ``j`` goes on the text line right above it: it opens in small letters, or the line
    above ends in a broken word ("bygnings-" over "sagkyndig.")."""
    line, above = lines[j], lines[j - 1]
    if line.kind is not LineKind.TEXT or above.blank or line.bullet or line.list_number is not None:
        return False
    return line.text[:1].islower() or (above.text[-1:] == "-" and above.text[-2:-1].isalpha())


def _after_one_line_subs(lines: tuple[Line, ...], rows: list[int], end: int) -> int | None:
    """Sub-points of one line each, in a row ("4.1 Kontaktforældrenes rolle", "4.2 ...", "4.3
    ..."), perhaps a blank line apart, and a paragraph after them ("Skolebestyrelsen drøfter
    udkastet ...", "Bilag 2: ...", "**Indstilling**"): the paragraph is the item's, as no
    sub-point but the last would have text. A sub-point's line may wrap ("c) ... en bygnings-"
    over "sagkyndig.")."""
    if len(rows) < 2:
        return None
    for a, b in pairwise(rows):
        if any(not lines[j].blank and not _wraps_on(lines, j) for j in range(a + 1, b)):
            return None
    j = rows[-1] + 1
    while j < end and not lines[j].blank and _wraps_on(lines, j):
        j += 1
    while j < end and lines[j].blank:
        j += 1
    if j >= end:
        return None
    line = lines[j]
    if line.bullet or line.list_number is not None or line.indent:
        return None
    if line.list_depth:  # inside the item's own list entry ("7. Meddelelser" over "a) ...",
        same = line.list_depth == lines[rows[-1]].list_depth  # "c) ...", "Beslutning"): a label
        return j if same and section_label(line, None) is not None else None
    if line.text[:1].isupper():
        return j
    return j if rows[-1] - rows[0] != len(rows) - 1 and section_label(line, None) else None


_SENT_ON: Final = ("anbefales", "indstilles", "oversendes", "videresendes")
"""How a decision cell that recommends the matter on opens (no past-tense word records it)."""


def _row_cell_kept(section: Section) -> bool:
    """A cell of an agenda table's row kept beside the item's minutes written apart: its
    minutes (``_row_minutes``), and any cell under a column that names a section ("Indstilling",
    "Beslutning", "Resultat", "Ansvarlig", "Frist") however short; not a cell under a column of
    another kind ("Type", "Side", "Ca. kl.": the contents' furniture), an attachment cell (read
    as attachments) or a dash."""
    if _row_minutes(section):
        return True
    if section.kind is SectionKind.BILAG or not any(c.isalnum() for c in section.text):
        return False
    if section.kind in (SectionKind.INDSTILLING, SectionKind.BESLUTNING):
        return True
    label = normalise_label.of(section.heading) if section.heading else ""
    words = section.text.split()  # (not a code: "| B |" under "Formål", "| LK |")
    return (
        label in SECTION_LABELS
        and not time_column(section.heading or "")
        and (len(words) >= 2 or len(words[0]) >= 4)
    )


def _row_minutes(section: Section) -> bool:
    """A cell of an agenda table's row that holds the item's minutes: prose under a minutes or
    decision column ("Planen for foråret blev vedtaget."), not a responsible person, a time or
    the kind of item ("Beslutning", "Orientering"); a decision cell that records an outcome,
    however short ("Taget til efterretning")."""
    if section.kind is SectionKind.BESLUTNING and records_outcome(section.text):
        return True  # "| 2 | Økonomisk status | Taget til efterretning |": the decision, short
    if section.kind is SectionKind.BESLUTNING and casefolded.of(section.text).startswith(_SENT_ON):
        return True  # "| 6 | Operationsrobot | Anbefales over for Investeringsrådet |"
    return (
        section.kind in (SectionKind.REFERAT, SectionKind.BESLUTNING)
        and section.text.rstrip().endswith((".", "!"))
        and len(section.text.split()) >= 3
    )


def _bilag_cells(sections: list[Section], row: Line) -> list[Attachment]:
    """The attachments an agenda table's "Bilag" cell names ("Kvalitetsstandard 2026;
    Høringsbrev"; not "–")."""
    found: list[Attachment] = []
    for section in sections:
        text = section.text.strip()
        if section.kind is not SectionKind.BILAG or not text or text.strip("–—-") == "":
            continue
        if normalise_label.of(text) in ("ingen", "nej", "intet"):
            continue
        if _CELL_NUMBERS.match(text):  # "Bilag 2, Bilag 3", "2 og 3": numbers, no titles
            found += [
                new.Attachment(number=n, title=None, span=line_span(row))
                for n in _CELL_NUMBER.findall(text)
            ]
            continue
        listed = numbered_entries(text) or (  # "1. Fordelingsoversigt, 2. Klager fra ..."
            [(m.group(1), m.group(2).strip())] if (m := _CELL_ENTRY.match(text)) else []
        )  # (or one: "7. Indstillinger (LUKKET)")
        if listed:
            found += [new.Attachment(number=n, title=t, span=line_span(row)) for n, t in listed]
            continue
        entries = file_entries(text)  # (a grid cell's two paragraphs run together: "Bilag 3:
        for title in [t for _, t in entries] if entries else _CELL_BILAG_RUN.split(text):
            numbered = _CELL_BILAG.match(title)  # Budget Q1 Bilag 4: Konto"; "Bilag 3.1 Budget")
            number = numbered.group(1) if numbered is not None else None
            title = numbered.group(2) if numbered is not None else title
            found.append(new.Attachment(number=number, title=title, span=line_span(row)))
    return found


_CELL_NUMBER: Final = re.compile(r"\d{1,3}(?:\.\d{1,2})?[a-z]?")


_CELL_BILAG_RUN: Final = re.compile(r"\s+(?=Bilag\s+\d{1,3}(?:\.\d{1,2})?[a-z]?\s*:)")


_CELL_ENTRY: Final = re.compile(r"(\d{1,3}[a-z]?)\.\s+([A-ZÆØÅ]\D.*)$")


_CELL_NUMBERS: Final = re.compile(
    r"^(?:bilag\s+)?\d{1,3}(?:\.\d{1,2})?[a-z]?"
    r"(?:\s*(?:,|;|og|&|\+)\s*(?:bilag\s+)?\d{1,3}(?:\.\d{1,2})?[a-z]?)*\.?$",
    re.IGNORECASE,
)
"""A "Bilag" cell that only numbers its attachments ("Bilag 1", "Bilag 2, Bilag 3", "2 og 3")."""


def _references_in(section: Section) -> list[Attachment]:
    """The attachments a sub-point's text on its own line names by number ("b) Skolelederen:
    ... Fraværsstatistik for august vedlagt (bilag 1).")."""
    return [
        new.Attachment(number=n, title=None, span=section.span)
        for n in dict.fromkeys(referenced_attachments(section.text))
    ]


def _cell_references(
    sections: list[Section], row: Line, found: list[Attachment]
) -> list[Attachment]:
    """The attachments an agenda table's cells name by number ("Udkast til ny husorden (bilag
    1) blev gennemgået."): numbers only, those the row's "Bilag" cell did not list."""
    have = {a.number for a in found}
    numbers = [n for s in sections for n in referenced_attachments(s.text) if n not in have]
    return [
        new.Attachment(number=n, title=None, span=line_span(row)) for n in dict.fromkeys(numbers)
    ]


_CELL_BILAG: Final = re.compile(
    r"^bilag(?:\s+(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*[:.\-–—]?|\s*:)\s+(\S.*)$", re.IGNORECASE
)
"""A cell that is one attachment: "Bilag 1: Halvårsregnskab", "Bilag: Udkast til takstblad"."""


_SHARED_KINDS: Final = (SectionKind.INDSTILLING, SectionKind.BILAG, SectionKind.BESLUTNING)


def _shared_tail(lines: tuple[Line, ...], rows: list[int], end: int) -> int | None:
    """Sub-points with text and no labels ("**4.1 Økonomirapport**", "**4.2 Revideret budget**")
    and, after the last one's text, "**Indstilling:** ... (4.1), ... (4.2)", "**Beslutning /
    Decision:**" or "**Bilag:**": the item's own, shared by its sub-points, not the last
    sub-point's (and so is a paragraph of attachment lines right over the shared decision)."""
    if not any(
        lowered.of(lines[j].text).lstrip("*_ ").startswith(("indstilling", "bilag", "beslutning"))
        for j in range(rows[-1] + 1, end)
    ):
        return None  # (a cheap test before the labels of every line above)
    for k in range(len(rows) - 1):
        if any(section_label(lines[j], None) for j in range(rows[k] + 1, rows[k + 1])):
            return None
    text = False
    listed = -1  # where the paragraph of attachment lines that the last blank opened starts
    for j in range(rows[-1] + 1, end):
        line = lines[j]
        if line.blank:
            continue
        found = section_label(line, None) if lines[j - 1].blank else None
        if found is not None:
            if not text or found[0] not in _SHARED_KINDS:
                return None
            # "Bilag 1: Halvårsregnskab.pdf" / "Bilag 2: ..." right over the shared decision:
            # the item's attachments too
            return listed if listed >= 0 and found[0] is SectionKind.BESLUTNING else j
        if lines[j - 1].blank:
            listed = j if listed_attachment(line) is not None and text else -1
        elif listed >= 0 and listed_attachment(line) is None:
            listed = -1
        text = True
    return None


def _sub_points_table(lines: tuple[Line, ...], start: int) -> bool:
    """A table of sub-points ("| Nr. | Forslag | Resultat |"): its header row has a title column
    and a decision column; other tables with numbered rows (a budget) are the item's text."""
    if start + 1 >= len(lines) or lines[start + 1].kind is not LineKind.TABLE_RULE:
        return False
    keys = {normalise_label.of(c.strip()) for c in lines[start].cells}
    return any(map(_decision_column, keys)) and bool(keys & TITLE_COLUMNS)


def _decision_column(key: str) -> bool:
    """ "Beslutning", "Resultat", and a body's ("Bestyrelsens beslutning", "Udvalgets
    beslutning"), also beside another ("Referat / beslutning")."""
    if key in DECISION_COLUMNS:
        return True
    if "/" in key:
        return any(_decision_column(part.strip()) for part in key.split("/"))
    words = key.split()
    return len(words) == 2 and words[0].endswith("s") and words[1] in DECISION_COLUMNS


def _table_end(lines: tuple[Line, ...], row: int, end: int) -> int | None:
    """The first line after the table holding ``row`` when the item goes on after it."""
    j = row + 1
    while j < end and lines[j].kind in _TABLE_KINDS:
        j += 1
    while j < end and lines[j].blank:
        j += 1
    return j if j < end else None


def table_starts(lines: tuple[Line, ...]) -> list[int]:
    """For every line of a table, the index of the table's first line (others: their own)."""
    starts: list[int] = []
    for i, line in enumerate(lines):
        inside = i > 0 and line.kind in _TABLE_KINDS and lines[i - 1].kind in _TABLE_KINDS
        starts.append(starts[i - 1] if inside else i)
    return starts


def _heads_own_table(lines: tuple[Line, ...], index: int, end: int) -> bool:
    """The row is the header of a table of its own, and text follows that table ("| **112** |
    **Godkendelse af dagsorden** |" over "| Sagsnr.: | 00.01.00 |", then "**Beslutning**"): a
    case system's item head as a Word table, whose item text is the lines below, not its cells."""
    if index + 1 >= end or lines[index + 1].kind is not LineKind.TABLE_RULE:
        return False
    if _table_end(lines, index, end) is not None:
        return True
    j = index + 2  # "| Punkt 2 | Ventelister |" over "| Beslutning | Til efterretning. |"
    while j < end and lines[j].kind is LineKind.TABLE_ROW:
        if labelled_row(lines[j]) is not None:
            return True
        j += 1
    return False


def _table_sections(
    lines: tuple[Line, ...], index: int, first: int, default: SectionKind, *, like: int = -1
) -> list[Section]:
    """The cells after number and title of an agenda-table row, labelled by the header row.

    ``first`` is the index of the table's first line (``table_starts``); ``like``, the item's
    own row when ``index`` is a row under it ("| | Ingen yderligere bemærkninger. |" under "| 2.
    Opfølgning | Traileren er synet. |"): its number and title columns are the item's.
    """
    header = next(  # (a grid table opens with its rule "+----+----+", the header under it)
        (lines[k].cells for k in range(first, index) if lines[k].kind is LineKind.TABLE_ROW), ()
    )
    row = lines[index]
    span = span_of(row.number, row.number)
    sections: list[Section] = []
    own = lines[like].cells if like >= 0 else row.cells
    number_at, title_at = row_columns(own, header)  # the number and title: no sections
    # under the item's row, a row with no number: its cell in the title column is the case's
    # text a PDF wrapped under the title ("| | Forslag til nye takster for ... |")
    cells = row.cells
    case_text = like >= 0 and 0 <= number_at < len(cells) and title_at != number_at
    case_text = case_text and not cells[number_at].strip()
    for k, cell in enumerate(row.cells):
        if (k == number_at or (k == title_at and not case_text)) or not cell.strip():
            continue
        label = header[k].strip() if k < len(header) else ""
        if cell.strip().isdigit() and normalise_label.of(label) in PAGE_COLUMNS:
            continue  # "| 114 | Vinterberedskab | 5 |" under "| Nr. | Sag | Side |"
        kind = _column_kind(normalise_label.of(label), default) if label else default
        if k == title_at:
            kind = SectionKind.SAGSFREMSTILLING
        if k < number_at or time_column(label):  # "| 17.00 | 1 | Velkomst |": the time slot
            kind = SectionKind.OTHER
        elif like >= 0 and _CELL_BILAG.match(cell.strip()):  # "| | Bilag 1: Halvårsregnskab |"
            kind = SectionKind.BILAG  # under the item's row: a cell of its own, an attachment
        elif (labelled := _labelled_cell(cell.strip(), row)) is not None:
            kind, heading, text = labelled  # "Beslutning: Skema B blev godkendt ...": that
            sections.append(new.Section(kind=kind, heading=heading, text=text, span=span))
            continue  # section, whatever its column
        sections.append(new.Section(kind=kind, heading=label or None, text=cell.strip(), span=span))
    return sections


def _labelled_cell(cell: str, row: Line) -> tuple[SectionKind, str, str] | None:
    """A cell that opens with a section's label and its text after the colon ("Beslutning:
    Bestyrelsen godkendte regnskabet ..."): (kind, label, text); None for any other cell."""
    if ":" not in cell[:40]:
        return None
    found = section_label(Line(number=row.number, raw=cell, kind=LineKind.TEXT, text=cell), None)
    if found is None or not found[1] or not found[2] or found[0] is SectionKind.BILAG:
        return None
    return found


def _column_kind(key: str, default: SectionKind) -> SectionKind:
    """The kind of an agenda table's column by its header ("Beslutning/referat": its first
    part that is a label)."""
    for part in key.split("/"):
        part = part.strip()
        if part in RESULT_COLUMNS:
            return SectionKind.BESLUTNING
        if part in SECTION_LABELS:
            return SECTION_LABELS[part]
        if " " in part and _decision_column(part):  # "Bestyrelsens beslutning"
            return SectionKind.BESLUTNING
    return default


def _with_listed_subitems(listed: list[AgendaItem], read: list[AgendaItem]) -> list[AgendaItem]:
    """The sub-points a listing names ("3. Kvote for tobis a) Rådgivningen b) ...") with those
    read in the item's text: one read under the same number is that sub-point, its listing line
    its ``listing_span`` (and its title, when the text gives none); a listed one not read is
    kept as listed, in the listing's order; one read but not listed follows."""
    by_number = {s.number: s for s in read}
    out: list[AgendaItem] = []
    for sub in listed:
        found = by_number.pop(sub.number, None)
        if found is None:
            out.append(sub)
            continue
        changes: dict[str, Any] = {"listing_span": sub.span}
        own = found.title or ""
        if not own:
            changes["title"] = sub.title
        elif (
            sub.title
            and _prose_head(own)
            and not own.startswith(sub.title)
            and not sub.title.startswith(own)
        ):  # "**Ad 5a)** Bestyrelsen foreslår, at § 6 ..." under the listed "a) Bestyrelsens
            # forslag om ...": the head's words are the sub-point's text, its title the listed
            head = found.span.start_line
            kind = found.sections[0].kind if found.sections else SectionKind.REFERAT
            said = new.Section(kind=kind, heading=None, text=own, span=span_of(head, head))
            sections = [said, *found.sections]
            changes |= {"title": sub.title, "sections": sections, "decision": decide(sections)}
        out.append(new.updated(found, changes))
    return out + [s for s in read if s.number in by_number]


def _merge_subitems(first: list[AgendaItem], second: list[AgendaItem]) -> list[AgendaItem]:
    """Sub-points of the minutes merged into the agenda's sub-points with the same number."""
    out = list(first)
    position = {s.number: k for k, s in enumerate(out)}
    grown: set[int] = set()
    for s in second:
        k = position.get(s.number)
        if k is None:
            position[s.number] = len(out)
            out.append(s)
            continue
        existing = out[k]
        out[k] = new.updated(
            existing,
            {
                "sections": existing.sections + s.sections,
                "attachments": merge_attachments(existing.attachments + s.attachments),
                "minutes_span": s.span,
            },
        )
        grown.add(k)
    for k in grown:  # decided once on all its sections (after each merge: quadratic in repeats)
        out[k] = new.updated(out[k], {"decision": decide(out[k].sections)})
    return out


_PREFERENCE: Final = (
    Outcome.APPROVED_WITH_CHANGES,
    Outcome.APPROVED,
    Outcome.REJECTED,
    Outcome.POSTPONED,
    Outcome.WITHDRAWN,
    Outcome.NOTED,
    Outcome.DISCUSSED,
)


_SETTLED_FAMILIES: Final = {
    Outcome.APPROVED: "yes",
    Outcome.APPROVED_WITH_CHANGES: "yes",
    Outcome.REJECTED: "no",
    Outcome.POSTPONED: "later",
    Outcome.WITHDRAWN: "withdrawn",
}


def _granted_otherwise(decided: str, title: str, sections: list[Section]) -> bool:
    """A grant of another amount than the one applied for or recommended ("Vestkyst Food Hub
    (ansøgt 1.200.000 kr.)", "Bevilling 1.200.000 kr." over "Bevilget med 900.000 kr."): the
    approval with a change. The decision must name one amount, the title or recommendation
    others, none of them that one."""
    if "kr" not in decided or not _GRANT_WORD.search(decided):
        return False
    granted = {_amount(m) for m in _AMOUNT_KR.finditer(decided)}
    if len(granted) != 1:
        return False
    asked = {
        _amount(m)
        for text in [title] + [s.text for s in sections if s.kind is SectionKind.INDSTILLING]
        for m in _AMOUNT_KR.finditer(text)
    }
    return bool(asked) and not (granted & asked)


def _amount(m: re.Match[str]) -> int:
    """An amount in kroner ("1.200.000 kr.", "1,2 mio. kr.")."""
    whole = int(m.group(1).replace(".", ""))
    part = m.group(2) or ""
    scale = int(10 ** len(part))  # (the decimals' place: 1, 10 or 100)
    value = whole * scale + (int(part) if part else 0)
    return value * (1_000_000 // scale) if m.group(3) else value // scale


_AMOUNT_KR: Final = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{1,9})(?:,(\d{1,2}))?\s*(mio\.?\s*)?kr\b"
)
_GRANT_WORD: Final = re.compile(r"(?i)\b(?:bevilge[st]|bevilget|tilsagn|tildel(?:es|t))\b")

_SEE_SUB_POINTS: Final = re.compile(
    r"(?i)(?:se|jf\.?)\s+(?:under\s+)?(?:(?:pkt\.?|punkt(?:erne)?)\s+)?"
    r"(?:[a-h]\s*[-–]\s*[a-h]|underpunkter(?:ne)?|nedenfor|herunder)\.?"
)
"""A parent item's decision that only points to its sub-points ("Se a-c.", "Jf. underpunkterne")."""


def _from_subitems(subitems: list[AgendaItem]) -> Decision | None:
    """An item's decision from its sub-points' when it has none of its own ("5. Indkomne
    forslag" over "a. ... Vedtaget"): the first by ``_PREFERENCE``; none when they settled
    differently (one proposal adopted, the other voted down: each keeps its own)."""
    decided = [
        s.decision
        for s in subitems
        if s.decision is not None and s.decision.outcome is not Outcome.NONE
    ]
    if len({_SETTLED_FAMILIES.get(d.outcome) for d in decided} - {None}) > 1:
        return None
    for outcome in _PREFERENCE:
        for d in decided:
            if d.outcome is outcome:
                return d
    return None


def _range(lines: tuple[Line, ...], start: int, end: int) -> Span:
    """The span of line indexes ``start..end`` (end exclusive)."""
    last = max(start, end - 1)
    return span_of(lines[start].number, lines[last].number)


_PAGE_NUMBER_AFTER: Final = re.compile(r"\s+\d{1,3}")


_AD: Final = anchored(r"^ad\.?\s+(?:pkt\.?\s*|punkt\s+)?\d", re.IGNORECASE)


NEXT_SENTENCE: Final = re.compile(  # (?<=[.;])\s+(?=...), not after an initial ("Kim H. Lund",
    r"\s(?<=[.;]\s)(?<!\s[A-ZÆØÅ]\.\s)\s*(?=[A-ZÆØÅ])"  # "Nykøbing F. Sygehus")
)


LABELLED: Final = re.compile(r"^([A-ZÆØÅ][\w ]{1,30}?)\s*:\s*(\S.*)$")
