"""Stage 4c: the votes on an item, read from the lines of its decision ("vedtaget med 22 stemmer
for, 3 imod og 2 blanke", "For stemte: 15 (V, C, O, A)", "Enhedslisten stemte imod").

A paragraph of the decision that speaks of voting (a word with "stem" or "imod" in it) is read
for its counts in four shapes: a count before its role (``VOTE_COUNT_FIRST``), a role before
its count or who (``VOTE_ROLE_FIRST``), a role as a label over its count
(``VOTE_LABEL_COUNT``: "For: 44   Imod: 6", also as a list's entries), and who before the role
(``VOTE_SUBJECT_FIRST``). Each count or name fills a role of the paragraph's vote; a role
filled a second time opens the next
vote (an amendment's vote, then the proposal's). A bare count ("2 for, 2 imod" under
"Afstemning:") is a vote only beside a count against. The lines that speak of voting are found
once per document (``_Index``), so a long decision, or an item's and its sub-points' decisions
over the same lines, cost no second reading. Imports only the models, the scanner's lines and
the vocabulary.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise
import re
from typing import Any, Final

from referat import _new as new
from referat._facts import LineKind
from referat._people import PARTY_CODES
from referat._prefix import Needs, casefolded
from referat._scan import Line, index_range
from referat.models import AgendaItem, Decision, Vote, span_of
from referat.vocabulary import (
    VOTE_AGAINST_COUNT,
    VOTE_CARRIED_WITH,
    VOTE_COUNT_FIRST,
    VOTE_LABEL_COUNT,
    VOTE_LABEL_LINE,
    VOTE_NOT_SUBJECTS,
    VOTE_NUMBER_WORDS,
    VOTE_REJECTED,
    VOTE_ROLE_FIRST,
    VOTE_SCORE,
    VOTE_SUBJECT_FIRST,
    VOTE_TABLE_ROLES,
    VOTE_UNANIMOUS,
    VOTE_WHO_ENDS,
    WRAPPED_LINE,
)

_CARRIED_WITH: Final = re.compile(VOTE_CARRIED_WITH, re.IGNORECASE)
_COUNT_FIRST: Final = re.compile(VOTE_COUNT_FIRST, re.IGNORECASE)
_AGAINST_COUNT: Final = re.compile(VOTE_AGAINST_COUNT, re.IGNORECASE)
_LABEL_COUNT: Final = re.compile(VOTE_LABEL_COUNT, re.IGNORECASE)
_ROLE_FIRST: Final = re.compile(VOTE_ROLE_FIRST, re.IGNORECASE)
_SCORE: Final = re.compile(VOTE_SCORE, re.IGNORECASE)
_SUBJECT_FIRST: Final = re.compile(VOTE_SUBJECT_FIRST)
_UNANIMOUS: Final = re.compile(VOTE_UNANIMOUS, re.IGNORECASE)
_WHO_ENDS: Final = re.compile(VOTE_WHO_ENDS, re.IGNORECASE)
_WHO_SPLIT: Final = re.compile(  # (not inside a bracket: "Rie (rådgivende, stemmer ikke)")
    r"(?:\s*,\s*|\s+og\s+|\s*&\s*)(?![^()]*\))"
)
_PARTY_COUNT: Final = re.compile(r"(?:^|,|\bog)\s*([^()\n,]+?)\s*\((\d{1,5})\)")
_SENTENCE_END: Final = re.compile(r"(?<=[a-zæøå]{3})[.!?]\s+")  # (not an initial's "Aa. ")
_MAX_WHO_WORDS: Final = 6
_LABEL_LINE: Final = re.compile(VOTE_LABEL_LINE)

_SPEAKS_OF_VOTING: Final = Needs(
    "stem|imod|nej|vote|Stem|Imod|Nej|Vote|STEM|IMOD|NEJ|VOTE"
    r"|(?:edtaget|odkendt|orkastet|edstemt|fvist)\s+(?:med\s+)?\d{1,3}\s*[-–]\s*\d",
    (
        *("tem", "mod", "nej", "ote", "TEM", "MOD", "Nej", "NEJ", "OTE"),
        *("edtaget", "odkendt", "orkastet", "fvist"),  # a score: "Vedtaget 3-1"
    ),
)
"""What a paragraph that records a vote has in it ("stemmer", "Afstemning", "imod",
"enstemmigt", a ballot's "24 ja, 4 nej", English "votes", a score: "Vedtaget 3-1"); a vote's
table of "Ja" / "Nej" rows is under such a word too ("Skriftlig afstemning:"). Substring
searches first: most lines have none of them, and they cost less than the engine's look at
every "s" and "i"."""


def _role(word: str) -> str:
    """The field a vote's word fills: "for", "imod", "undlod at stemme", "blanke" ("ja" and
    "nej" as "for" and "imod")."""
    w = word.casefold()
    if w.startswith(("hverken", "undlod", "abstain", "abstention")):
        return "abstained"
    if w.startswith("blank"):
        return "blank"
    return "in_favour" if w in ("for", "ja") or w.startswith("in") else "against"


def _count(written: str) -> int:
    if written[:1].isdecimal():
        return int(written.replace(".", ""))  # "4.188" (fordelingstal): a thousands' point
    return VOTE_NUMBER_WORDS[written.casefold()]


def _who(written: str | None) -> list[str]:
    """The parties or people a vote's parenthesis or list names ("V, A, C, O og Borgerlisten"),
    none when the text is no such list (a reason, a sentence)."""
    if not written:
        return []
    written = _WHO_ENDS.sub("", written).strip(" .,:")
    if written.endswith(")") and written.count(")") > written.count("("):
        written = written[:-1].rstrip()  # "(For: A, B. Imod: C)": the vote's own bracket
    names = [w.strip(" .") for w in _WHO_SPLIT.split(written) if w.strip(" .")]
    if not names or any(len(n.split()) > _MAX_WHO_WORDS for n in names):
        return []
    merged: list[str] = []
    for name in names:  # "(Ali Demir, Ø)": a person and her party, one voter
        if merged and name in PARTY_CODES and " " in merged[-1] and "(" not in merged[-1]:
            merged[-1] = f"{merged[-1]} ({name})"
        else:
            merged.append(name)
    return merged


def _names(written: str | None) -> list[str]:
    """The parties or people a bracket beside a count names ("5 stemmer (V, A, C, O) mod 1
    (F)"): each a name of capitalised words, else none ("(Pia ønskede pengene brugt ...)": a
    reason)."""
    who = _who(written)
    if all(word[:1].isupper() or word == "og" for name in who for word in name.split()):
        return who
    return []


class _Event:
    """One count or name of a role found in a paragraph, at ``start..end`` of its text."""

    __slots__ = ("bare", "count", "end", "role", "start", "who")

    def __init__(
        self, start: int, end: int, role: str, count: int | None, who: list[str], *, bare: bool
    ) -> None:
        self.start, self.end, self.role = start, end, role
        self.count, self.who, self.bare = count, who, bare


def _events(text: str) -> list[_Event]:
    found: list[_Event] = []
    for m in _COUNT_FIRST.finditer(text):
        n, stem = m.group("n"), m.group("stem")
        if not n[:1].isdecimal() and stem is None:
            continue  # "to for": a count written as a word only beside "stemmer", "stemte"
        role = _role(m.group("role"))
        who = _who(m.group("w1") or m.group("w2"))
        bare = stem is None and role != "abstained"  # ("1 undlod at stemme": a vote's word)
        found.append(_Event(m.start(), m.end(), role, _count(n), who, bare=bare))
    for m in _ROLE_FIRST.finditer(text):
        role = _role(m.group("role") or m.group("role2"))
        n = m.group("n1") or m.group("n2") or m.group("n0") or m.group("n3")
        who = _who(m.group("w1") or m.group("w2") or m.group("w3") or m.group("w4"))
        if m.group("w5"):  # "For stemte: A (3), F (1), Ø (1) – i alt 5": each party counted
            counted = _PARTY_COUNT.findall(m.group("w5"))
            who = [party.strip() for party, _ in counted]
            n = m.group("n4") or str(sum(int(k) for _, k in counted))
        if n is None and len(who) == 1 and who[0].casefold() == "ingen":
            n, who = "0", []  # "Imod: ingen"
        if n is None and not who:
            continue
        found.append(_Event(m.start(), m.end(), role, int(n) if n else None, who, bare=False))
    for m in _LABEL_COUNT.finditer(text):  # "For: 44   Imod: 6   Blanke: 2"
        role = _role(m.group("role") or m.group("role2"))
        found.append(_Event(m.start(), m.end(), role, int(m.group("n")), [], bare=False))
    for m in _AGAINST_COUNT.finditer(text):  # "med 2 stemmer mod 3"
        first, second = int(m.group("n")), int(m.group("m"))
        first_by, second_by = _names(m.group("w1")), _names(m.group("w2"))
        # (a bracket that names no one, "(Mogens Friis stemte imod)", is left to be read alone)
        end = m.end() if second_by else m.end("m")
        if first > second and _rejected_before(text, m.start()):
            first, second = second, first  # "forkastet med 5 stemmer mod 3": 5 against
            first_by, second_by = second_by, first_by
        found.append(_Event(m.start(), m.start("m"), "in_favour", first, first_by, bare=False))
        found.append(_Event(m.start("m"), end, "against", second, second_by, bare=False))
    for m in _SCORE.finditer(text) if "-" in text or "–" in text else ():  # "Vedtaget 3-1"
        first, second = int(m.group("n")), int(m.group("m"))
        if first > second and _rejected_before(text, m.end()):
            first, second = second, first
        found.append(_Event(m.start("n"), m.start("m"), "in_favour", first, [], bare=False))
        found.append(_Event(m.start("m"), m.end("m"), "against", second, [], bare=False))
        if m.group("k") is not None:
            found.append(
                _Event(m.start("k"), m.end(), "abstained", int(m.group("k")), [], bare=False)
            )
    for m in _CARRIED_WITH.finditer(text) if "med " in text else ():  # "godkendt med 17 stemmer"
        who = _who(m.group("w")) if m.group("w") else []
        found.append(_Event(m.start(), m.end(), "in_favour", int(m.group("n")), who, bare=False))
    for m in _SUBJECT_FIRST.finditer(text):
        subject = _SENTENCE_END.split(m.group("w"))[-1]  # "Godkendt. Enhedslisten stemte imod"
        if subject.split(" ", 1)[0].casefold() in VOTE_NOT_SUBJECTS:
            continue
        role = _role(m.group("role") or m.group("role2"))
        found.append(_Event(m.start(), m.end(), role, None, _who(subject), bare=False))
    found.sort(key=lambda e: (e.start, -e.end))
    kept: list[_Event] = []
    for event in found:  # the first reading of a stretch of text wins
        if not kept or event.start >= kept[-1].end:
            kept.append(event)
    if any(e.bare for e in kept) and not any(
        e.role == "against" and e.count is not None for e in kept
    ):  # "punkt 5 for udvalget": no vote (but "4 for, Kim undlod at stemme": a count right
        kept = [e for e in kept if not e.bare or _abstention_after(e, kept, text)]  # before one)
    return kept


def _abstention_after(event: _Event, events: list[_Event], text: str) -> bool:
    """Whether an abstention follows ``event`` right after a comma or "og" ("4 for, Kim undlod
    at stemme", "4 for og 1 undlod at stemme")."""
    return any(
        e.role == "abstained"
        and not e.bare
        and e.start >= event.end
        and text[event.end : e.start].strip(" ,") in ("", "og")
        for e in events
    )


def _rejected_before(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` says the vote rejected the proposal ("Forslaget blev
    forkastet med ...", "Nedstemt med ...")."""
    before = text[max(0, at - 80) : at]
    start = max(before.rfind(". "), before.rfind("\n"))
    said = before[start + 1 :].casefold()
    return any(stem in said for stem in VOTE_REJECTED)


def _votes(text: str, span_lines: tuple[int, int]) -> list[Vote]:
    events = _events(text)
    unanimous = _UNANIMOUS.search(text) is not None
    if not events and not unanimous:
        return []
    span = span_of(*span_lines)
    shown = text.replace("\n", " ")
    tallies: list[dict[str, Any]] = []
    current: dict[str, Any] = {}
    for event in events:
        by = event.role + "_by"
        if event.role in current or (event.count is None and by in current):
            if event.count is None and event.who and by not in current:
                current[by] = event.who  # "... og 6 imod." / "Enhedslisten stemte imod."
                continue
            tallies.append(current)
            current = {}
        if event.count is not None:
            current[event.role] = event.count
        if event.who:
            current[by] = event.who
    if current or not tallies:
        tallies.append(current)
    return [
        new.Vote(**tally, unanimous=unanimous and k == 0, text=shown, span=span)
        for k, tally in enumerate(tallies)
    ]


def _table_vote(rows: list[Line]) -> Vote | None:
    """A vote written as a table's rows, one per role ("| For | 44 |", "| Imod | 12 |")."""
    tally: dict[str, Any] = {}
    counted: list[Line] = []
    for row in rows:
        role = VOTE_TABLE_ROLES.get(casefolded.of(row.cells[0]).strip(" *:")) if row.cells else None
        count = next((c.strip() for c in row.cells[1:] if c.strip().isdecimal()), None)
        if role is not None and count is not None and role not in tally:
            tally[role] = int(count)
            counted.append(row)
    if len(tally) < 2:  # (one row is no vote's table: "| For | 3 |" alone may be anything)
        return None
    text = "\n".join(row.text for row in counted)
    return new.Vote(**tally, text=text, span=span_of(counted[0].number, counted[-1].number))


def _table_runs(rows: list[int]) -> list[list[int]]:
    """The table rows (indexes) in runs, one per table (a rule between rows keeps a run)."""
    runs: list[list[int]] = []
    for k in rows:
        if runs and k - runs[-1][-1] <= 2:
            runs[-1].append(k)
        else:
            runs.append([k])
    return [run for run in runs if len(run) >= 2]


def _column_vote(rows: list[Line]) -> Vote | None:
    """A vote written as a table, a column per role ("| Parti | For | Imod | Undlod |"): the
    counts of its totals row ("| **I alt** | **2** | **5** | **0** |") or of its only row
    ("| 6 (A, V, Ø, SF, C) | 0 | 1 (DD) |"), who in brackets; a party's row above the totals
    names the party for each role it counted in."""
    header = rows[0].cells
    roles = {
        k: role
        for k, cell in enumerate(header)
        if (role := VOTE_TABLE_ROLES.get(casefolded.of(cell).strip(" *:"))) is not None
    }
    body = [r for r in rows[1:] if r.cells]
    if len(roles) < 2 or not body:
        return None
    totals = [r for r in body if casefolded.of(r.cells[0]).strip(" *:") in _TOTAL_WORDS]
    total = totals[0] if totals else (body[0] if len(body) == 1 else None)
    if total is None:
        return None
    tally: dict[str, Any] = {}
    for k, role in roles.items():
        cell = total.cells[k].strip(" *") if k < len(total.cells) else ""
        m = _COUNT_CELL.fullmatch(cell)
        if m is None:
            parties = _party_counts(cell)  # "V (4), A (3), C (1)": each party's count
            if parties:
                tally[role] = sum(n for _, n in parties)
                if role in _BY:
                    tally[_BY[role]] = [party for party, _ in parties]
            continue
        tally[role] = int(m.group(1))
        if m.group(2) and role in _BY:
            tally[_BY[role]] = _who(m.group(2))
    if len(tally) < 2:
        return None
    for row in body:  # "| Ø | 1 | | |": the party's vote, by role
        if row is total or not row.cells[0].strip():
            continue
        for k, role in roles.items():
            cell = row.cells[k].strip(" *") if k < len(row.cells) else ""
            if role in _BY and cell.isdecimal() and int(cell) > 0 and _BY[role] not in tally:
                tally.setdefault(f"_{role}", []).append(row.cells[0].strip(" *"))
    for role, field in _BY.items():
        if f"_{role}" in tally:
            tally[field] = tally.pop(f"_{role}")
    text = "\n".join(row.text for row in rows)
    return new.Vote(**tally, text=text, span=span_of(rows[0].number, rows[-1].number))


def _party_counts(cell: str) -> list[tuple[str, int]]:
    """ "V (4), A (3), C (1)" (also with "og"): each party letter with its count; empty when the
    cell holds anything else."""
    found = [(m.group(1), int(m.group(2))) for m in _PARTY_IN_CELL.finditer(cell)]
    rest = _PARTY_IN_CELL.sub("", cell).replace(",", " ").replace(" og ", " ").strip()
    return found if found and not rest else []


_PARTY_IN_CELL: Final = re.compile(r"\b([A-ZÆØÅ]{1,3})\s*\((\d{1,3})\)")
_TOTAL_WORDS: Final = frozenset(("i alt", "ialt", "total", "sum", "samlet"))
_COUNT_CELL: Final = re.compile(r"(\d{1,5})\s*(?:\(([^()]{1,80})\))?")
_BY: Final = {"in_favour": "in_favour_by", "against": "against_by", "abstained": "abstained_by"}


def _breaks_paragraph(line: Line) -> bool:
    """A line that no paragraph runs across: blank, a list's entry, a table's row or rule, a
    heading."""
    return (
        line.blank
        or line.kind is LineKind.HEADING
        or line.bullet
        or line.list_number is not None
        or line.kind is LineKind.TABLE_ROW
        or line.kind is LineKind.TABLE_RULE
    )


def _joins(line: Line, neighbour: Line) -> bool:
    """Whether ``line`` is in the paragraph of the line next to it: no break, and both in bold
    or italics or neither (a label or an item's head in bold over the text, maybe records of
    one line cut in several: "<b>3. Regnskab</b><br>Regnskabet blev godkendt med 22 stemmer
    for og 1 imod.")."""
    return not _breaks_paragraph(line) and line.strong is neighbour.strong


def _opens_entry(line: Line) -> bool:
    """A list's entry, which opens a paragraph of its own (the lines under it go on in it)."""
    return line.bullet or line.list_number is not None


def _count_entry(line: Line) -> bool:
    """A list's entry that is a role and its count ("- For: 11")."""
    return _opens_entry(line) and _LABEL_COUNT.match(line.text) is not None


class _Index:
    """Where a document's lines speak of voting, and its table rows: found once, on the first
    decision that speaks of voting, so decisions whose spans overlap (an item's and its
    sub-points') or cover most of a long document do not read the same lines again."""

    __slots__ = ("_hits", "_rows", "lines")

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self.lines = lines
        self._hits: list[int] | None = None
        self._rows: list[int] = []

    def between(self, first: int, last: int) -> tuple[list[int], list[int]]:
        """The indexes of the lines ``first..last`` that speak of voting, and of its rows."""
        if self._hits is None:
            self._hits = [k for k, ln in enumerate(self.lines) if _SPEAKS_OF_VOTING.search(ln.text)]
            self._rows = [k for k, ln in enumerate(self.lines) if ln.kind is LineKind.TABLE_ROW]
        hits, rows = self._hits, self._rows
        return (
            hits[bisect_left(hits, first) : bisect_right(hits, last)],
            rows[bisect_left(rows, first) : bisect_right(rows, last)],
        )


def _voting_paragraphs(
    lines: tuple[Line, ...], first: int, last: int, hits: list[int]
) -> list[tuple[str, int, int]]:
    """The paragraphs of lines ``first..last`` (indexes) around the lines ``hits`` that speak of
    voting: their text joined by line breaks (a list of who voted ends at its line's end unless
    a comma or "og" carries it on), and their first and last line numbers. A list's entry
    and a table's row are paragraphs of their own."""
    out: list[tuple[str, int, int]] = []
    done = first - 1  # the last line of the paragraph read before
    for k in hits:
        if k <= done:
            continue
        start = end = k
        if lines[k].kind is not LineKind.TABLE_ROW:
            if not _breaks_paragraph(lines[k]):  # back to its first line, which may be an
                while start > first and _joins(lines[start - 1], lines[start]):
                    start -= 1  # entry of a list ("- Forslaget blev vedtaget med 5" / "mod 2")
                if start > first and _opens_entry(lines[start - 1]):
                    start -= 1
            while end < last and _joins(lines[end + 1], lines[end]):
                end += 1
        if _opens_entry(lines[k]) and _LABEL_COUNT.match(lines[k].text):
            # a ballot's result as a list ("- For: 11" / "- Imod: 14" / "- Blank: 2"): one vote
            while start > first and _count_entry(lines[start - 1]):
                start -= 1
            while end < last and _count_entry(lines[end + 1]):
                end += 1
        text = _joined([lines[j].text.strip() for j in range(start, end + 1)])
        out.append((text, lines[start].number, lines[end].number))
        done = end
    return out


def _joined(texts: list[str]) -> str:
    """A paragraph's lines joined: a word broken at a line's end whole ("31 stem-" / "mer for"),
    by a space after a line a PDF wrapped (``WRAPPED_LINE`` long and no vote's label line: "For
    stemte Jens Peter Hald" / "(C) og Morten Lauridsen (O)."), else by a line break."""
    out = [texts[0]]
    for before, text in pairwise(texts):
        if before[-1:] == "-" and before[-2:-1].isalpha() and text[:1].islower():
            out[-1] = out[-1][:-1]  # "vedtaget med 31 stem-" / "mer for": a word broken
            out.append(text)
            continue
        wrapped = len(before) >= WRAPPED_LINE and _LABEL_LINE.match(before) is None
        out += (" " if wrapped else "\n", text)
    return "".join(out)


def _decision_votes(decision: Decision, index: _Index) -> Decision:
    span, lines = decision.span, index.lines
    if span is None or not _SPEAKS_OF_VOTING.search(decision.text):
        return decision  # (one search of the decision's text: most decisions count no vote)
    found = index_range(lines, span.start_line, span.end_line)
    if not found:
        return decision
    first, last = found.start, found.stop - 1
    hits, rows = index.between(first, last)
    votes: list[Vote] = []
    for text, start, end in _voting_paragraphs(lines, first, last, hits):
        votes += _votes(text, (start, end))
    table = _table_vote([lines[k] for k in rows]) if len(rows) >= 2 else None
    if table is not None:
        votes.append(table)
    else:  # a table of a column per role: each table apart, one of the decision's own text
        said = set(decision.text.split("\n"))
        for run in _table_runs(rows):
            if all(lines[k].text in said for k in run if lines[k].text):
                found_vote = _column_vote([lines[k] for k in run])
                votes += [found_vote] if found_vote is not None else []
    votes.sort(key=lambda v: v.span.start_line)
    return new.updated(decision, {"votes": _merged(votes)}) if votes else decision


_COUNTS: Final = ("in_favour", "against", "abstained", "blank")
_WHO: Final = ("in_favour_by", "against_by", "abstained_by")


def _same_vote(a: Vote, b: Vote) -> bool:
    """Two paragraphs that record one vote ("forkastet med 3 stemmer mod 8." over "For stemte:
    F og Ø (3)" / "Imod stemte: V, A og C (8)"): no count differs and one count is in both."""
    if a.text == b.text:  # (one paragraph's votes are apart: an amendment's, the proposal's)
        return False
    named, counted = (a, b) if a.in_favour is None and a.against is None else (b, a)
    if _counts_names(counted, named):
        return True  # "For: Nyborg, Assens" / "Imod: ..." over "forkastet med 2 stemmer mod 3"
    shared = False
    for field in _COUNTS:
        x, y = getattr(a, field), getattr(b, field)
        if x is not None and y is not None:
            if x != y:
                return False
            shared = True
    return shared or _roll_call_side(a, b)


def _roll_call_side(a: Vote, b: Vote) -> bool:
    """A roll call's next side in a paragraph of its own ("For stemte (15): A, B, ..." over
    "Imod stemte (8): C, D, ..." over "Undlod at stemme (1): E"): ``b`` fills one role, which
    ``a`` has not filled, and ``b``'s count is the number of names it gives."""
    filled = [f for f in _COUNTS if getattr(b, f) is not None]
    if len(filled) != 1 or b.unanimous:
        return False
    role = filled[0]
    if getattr(a, role) is not None or getattr(a, f"{role}_by"):
        return False
    names = getattr(b, f"{role}_by")
    return bool(names) and len(names) == getattr(b, role)


def _counts_names(counted: Vote, named: Vote) -> bool:
    """Whether ``counted`` counts the people ``named`` names: named has no count, counted has a
    count for and against, and each is the number of names given for it."""
    if counted.in_favour is None or counted.against is None or not named.in_favour_by:
        return False
    if any(getattr(named, f) is not None for f in _COUNTS):
        return False
    return all(
        not getattr(named, f"{f}_by") or len(getattr(named, f"{f}_by")) == getattr(counted, f)
        for f in ("in_favour", "against", "abstained")
    )


def _merged(votes: list[Vote]) -> list[Vote]:
    out: list[Vote] = []
    for vote in votes:
        if not out or not _same_vote(out[-1], vote):
            out.append(vote)
            continue
        last = out[-1]
        changes: dict[str, Any] = {f: getattr(vote, f) for f in _COUNTS if getattr(last, f) is None}
        changes |= {f: getattr(last, f) or getattr(vote, f) for f in _WHO}
        changes["unanimous"] = last.unanimous or vote.unanimous
        changes["text"] = f"{last.text}\n{vote.text}"
        changes["span"] = span_of(last.span.start_line, max(last.span.end_line, vote.span.end_line))
        out[-1] = new.updated(last, changes)
    return out


def with_votes(items: list[AgendaItem], lines: tuple[Line, ...]) -> list[AgendaItem]:
    """The items (and their sub-points) with the votes their decisions' lines count."""
    return _with_votes(items, _Index(lines))


def _with_votes(items: list[AgendaItem], index: _Index) -> list[AgendaItem]:
    out: list[AgendaItem] = []
    for item in items:
        changes: dict[str, object] = {}
        if item.decision is not None and not _sub_points_decision(item):
            decision = _decision_votes(item.decision, index)
            if decision is not item.decision:
                changes["decision"] = decision
        if item.subitems:
            subitems = _with_votes(item.subitems, index)
            if any(a is not b for a, b in zip(subitems, item.subitems, strict=True)):
                changes["subitems"] = subitems
        out.append(new.updated(item, changes) if changes else item)
    return out


def _sub_points_decision(item: AgendaItem) -> bool:
    """The item's decision is one of its sub-points' ("3. Regnskab og budget" over "3.1
    Årsregnskab ... godkendt enstemmigt", nothing of its own): the votes are the sub-point's."""
    span = item.decision.span if item.decision is not None else None
    return span is not None and any(
        s.span.start_line <= span.start_line and span.end_line <= s.span.end_line
        for s in item.subitems
    )
