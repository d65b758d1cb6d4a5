"""Stage 1b: split run-together lines (PDF and web-page transcripts) into logical lines.

A PDF viewer's "transcript" puts a whole page on one line: "... Dato: 17. september 2013 Referat
af møde ... Mødedeltagere: ... Dagsorden 1. Velkomst 2. Præsentation ...". Here such a line is
split at labels ("Dato:", "Afbud:") and at runs of item numbers, into several ``Line`` records
that keep the physical line's number, so every span still points at the source line.
"""

from __future__ import annotations

from itertools import pairwise
import re
from typing import Final

from referat._danish import find_dates
from referat._facts import LineKind
from referat._first import anchored
from referat._people import is_organisation, starts_with_first_name
from referat._prefix import Needs
from referat._scan import Line, strip_inline
from referat._trie import alternation
from referat.vocabulary import (
    COLONLESS_INLINE_LABELS,
    FIELD_LABELS,
    INLINE_LABELS,
    MONTH_SPELLINGS,
    NOT_TITLE_ENDS,
    REPORT_VERBS,
    SENTENCE_SUBJECTS,
    TITLE_RUN_ON_CASE_LABELS,
    TITLE_RUN_ON_LABELS,
    TITLE_RUN_ON_MARKS,
    FieldKind,
    normalise_label,
)

_LONG: Final = 250
_LISTED_LONG: Final = 120  # a page under a contents list may be shorter
# Cut points are just after a space: patterns that start with the space itself (not a look-behind)
# let the regex engine skip to the next whitespace character in C. A cut is ``m.start() + 1``.
# every label of _LABEL_AT is followed by a colon
_LABEL_AT: Final = Needs(
    r"\s(?=(?:" + "|".join(re.escape(w) for w in INLINE_LABELS) + r")\s*:)", (":",)
)
_COLONLESS_AT: Final = Needs(
    r"\s(?=(?:" + "|".join(re.escape(w) for w in COLONLESS_INLINE_LABELS) + r")\s+[A-ZÆØÅ])",
    COLONLESS_INLINE_LABELS,
)
_GUESTS_AT: Final = re.compile(
    r"\s(?=Gæst(?:er)?\s+(?:under|til|ved)\s+(?:pkt|punkt)\.?\s*\d[\d,\s-]*(?:og\s+\d+\s*)?:)"
)
"""A guests' label that names their items ("... Referent: Pernille Damgaard Gæst under pkt. 3:
Citychef ...")."""
_SECTION_WORDS: Final = ("Dagsorden", "Referat", "D A G S O R D E N")
_NEXT_MEETING: Final = "Næste møde"
_SECTION_AT: Final = Needs(
    rf"\s(?=(?:{'|'.join(_SECTION_WORDS)}):?\s+(?:Ad\s+)?1\.\s"
    rf"|{_NEXT_MEETING}:?\s+(?:\d|den\b|d\.))",
    (*_SECTION_WORDS, _NEXT_MEETING),
)
# "... blev godkendt. Side 2 af 3 3. Sponsorer ...": a page footer inside a transcript line is
# cut out as a line of its own (a page mark, kept as a note).
_PAGE_AT: Final = Needs(  # "Side 3 af 7", "Side! 1 af! 5" (a PDF viewer's marks)
    r"\s((?:Side|Page)!? \d{1,4} (?:af|of)!? \d{1,4})(?=\s|$)", ("Side", "Page")
)
_ITEM_AT: Final = re.compile(
    r"(?<=\s)(?<!Ad\s)(?:Ad\s+(?=\d{1,3}\)\s)|(?:Ad\s+)?(?=\d{1,3}\.\s))"  # "Ad 6. X": one
    r"(\d{1,3})[.)]\s+(?=[A-ZÆØÅ\"“])"  # piece; "Ad 1) Referat: ..." (the bracket after "Ad")
    rf"(?!{alternation(m.capitalize() for m in MONTH_SPELLINGS)}"
    r"(?![a-zæøå]))"
)
# "... (måske er det gået galt?). 1. Godkendelse af referat:", "Medarbejderrepræsentanter:  - -
# 1. Godkendelse af dagsorden og referat:" (an empty list's dashes)
_TRAILING_ITEM: Final = re.compile(r"(?<=[.!?)-]\s)(\d{1,2})\.\s+[A-ZÆØÅ][^.]{2,80}:?\s*$")
_TRAILING_ITEM_REACH: Final = 120
_DECISION_AT: Final = re.compile(
    r"\s(?=(?:Godkendt|Vedtaget|Tiltrådt|Taget til efterretning|Drøftet|Udsat|Forkastet|Intet"
    r"|Ingen bemærkninger)\b)"
    rf"|\s(?=(?:{'|'.join(SENTENCE_SUBJECTS)})\s+[a-zæøå])"  # "Økonomi Kassereren gennemgik"
)
# " Lisbeth Rye Damsgaard gennemgik ...": a name of two to four words and a reporting verb
_REPORTER_AT: Final = re.compile(
    r"\s([A-ZÆØÅ][a-zæøå]+)(?:\s[A-ZÆØÅ][\w-]+){1,3}\s"
    rf"(?=(?:{REPORT_VERBS})\b)"
)
_PAGE_NUMBER: Final = re.compile(r"^\d{1,3}\s+(?:!\s+)?(?=[A-ZÆØÅ])")
_STARTS_ITEM: Final = anchored(r"^(?:Ad\s+)?\d{1,3}\.\s")
_AD_AT: Final = re.compile(r"\s(?=Ad\s+\d{1,2}\.\s+[A-ZÆØÅ])")
_LETTER_AT: Final = re.compile(r"(?<=\s)([a-h])\)\s+(?=[A-ZÆØÅ])")
_LINE_HEAD: Final = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+\S")
# A gate for _ITEM_AT (tests/test_gates.py): "\d\.\s", in every match, looked for from its dot.
# The engine skips to a literal first character fast, but tests a class such as \d at every
# character (ten times slower).
_DIGIT_DOT: Final = re.compile(r"[.)](?<=\d[.)])\s")


# "5. Budget 2025 Resume Forvaltningen ...": a section label glued to an item's title, then a
# colon, the end of the line or a capitalised word
_RUN_ON_LABEL: Final = re.compile(
    r"\s(" + "|".join(re.escape(w) for w in TITLE_RUN_ON_LABELS) + r")(?=\s*:|\s*$|\s+[A-ZÆØÅ])"
)
_HEAD_NUMBER: Final = re.compile(r"^(?:(?:Punkt|Pkt\.?|Ad)\s*)?\d{1,3}[.):]?\s+(?=\S)")
_RUN_ON_REACH: Final = 300  # longer lines are paragraphs, not titles


_MARK_ALTERNATIVES: Final = "|".join(re.escape(w) for w in TITLE_RUN_ON_MARKS)
_CASE_ALTERNATIVES: Final = "|".join(re.escape(w) for w in TITLE_RUN_ON_CASE_LABELS)
# "2. Salg af grund Lukket sag", "1. Budget 2025 Sagsnr. 00.30.00-S00-1-24": a status or a case
# number glued to the title
_MARK_AT: Final = re.compile(
    rf"\s(?:(?:{_MARK_ALTERNATIVES})(?=[\s.,:·|]|$)|(?:{_CASE_ALTERNATIVES})\s*:?\s*\d)"
)
_MARK_START: Final = re.compile(rf"(?:{_MARK_ALTERNATIVES})[.,:·|]?(?=\s|$)")
_CASE_START: Final = re.compile(rf"(?:{_CASE_ALTERNATIVES})\s*:?\s*\S+")
_LABEL_START: Final = re.compile(
    "(" + "|".join(re.escape(w) for w in TITLE_RUN_ON_LABELS) + r")(?=\s*:|\s*$|\s+[A-ZÆØÅ])"
)


def _run_on_title(text: str, title_at: int) -> list[str]:
    """An item's head line with a section label, a status or a case number glued to its title
    (``_run_on_label``, ``_marked``); [] for any other line."""
    label = _run_on_label(text, title_at)
    reach = _RUN_ON_REACH
    if label is not None:
        reach = min(reach, len(text) - len(label[1]))  # a mark before the label ends the title
    mark = _MARK_AT.search(text, title_at + 2) if _has_mark(text) else None
    if mark is None or mark.start() >= reach or not text[title_at : mark.start()].strip():
        return label[0] if label is not None else []
    return [text[: mark.start()].strip(), *_marked(text[mark.start() :].strip())]


def _has_mark(text: str) -> bool:
    """A cheap gate for ``_MARK_AT``: the words every match contains."""
    return "sag" in text or "punkt" in text or "nr" in text or "Sags" in text


def _marked(rest: str) -> list[str]:
    """The pieces after a title that a status or case number ended: "Åben sag", "Sagsnr.:
    00.30.10-S55-2-24", then a label and its text, or plain text."""
    pieces: list[str] = []
    while rest:
        m = _MARK_START.match(rest) or _CASE_START.match(rest)
        if m is None:
            break
        pieces.append(m.group().rstrip(".,:·|") if m.re is _MARK_START else m.group())
        rest = rest[m.end() :].lstrip(" .,:·|")
    if rest:
        label = _LABEL_START.match(rest)
        after = rest[label.end() :].strip() if label else ""
        if label is not None and after[:1] == ":":
            pieces += _sentence_labels(rest, label.end() + 1)
        elif label is not None:
            pieces += [label.group(1), *_sentence_labels(after, 0)]
        else:
            pieces.append(rest)
    return pieces


def _run_on_label(text: str, title_at: int) -> tuple[list[str], str] | None:
    """An item's head line with a section label glued to its title, as [head, label, text]
    (or [head, "Label: value"], [head, label]), and the text from the label on; None for any
    other line. The title keeps at least three characters, the word before the label is no
    preposition or conjunction, and a label at the end of the line follows no capitalised word
    of a name ("Status på Grøn Baggrund")."""
    for m in _RUN_ON_LABEL.finditer(text, title_at + 2):
        if m.start() > _RUN_ON_REACH:
            break
        words = text[title_at : m.start()].split()
        if not words or words[-1].casefold().rstrip(".,") in NOT_TITLE_ENDS:
            continue
        head, after = text[: m.start()].strip(), text[m.end() :].strip()
        label = m.group(1)
        tail = text[m.start() + 1 :]
        if not after:
            if len(words) > 1 and words[-1][0].isupper():
                continue
            return [head, label], tail
        if after[0] == ":":
            if not after[1:].strip():
                return [head, label], tail
            return [head, *_sentence_labels(f"{label}{after}", len(label) + 1)], tail
        if len(after.split()) < 2 and after[-1] not in ".!?":
            continue  # "Budget Beslutning Nord": a one-word name goes on
        return [head, label, *_sentence_labels(after, 0)], tail
    return None


# "... et revideret udkast. Indstilling Det indstilles, ...": a label after a sentence
_SENTENCE_LABEL: Final = re.compile(
    r"[.!?]\s+(" + "|".join(re.escape(w) for w in TITLE_RUN_ON_LABELS) + r")(?=\s*:|\s+[A-ZÆØÅ])"
)


def _sentence_labels(text: str, start: int) -> list[str]:
    """The text after a label glued to an item's title, cut before each further label that
    follows a sentence ("... udkast. Indstilling Det indstilles, at ... Beslutning Godkendt."):
    [text, label, text, ...]; a label with a colon keeps its value ("Beslutning: Godkendt.")."""
    out: list[str] = []
    prev = 0
    for m in _SENTENCE_LABEL.finditer(text, start):
        out.append(text[prev : m.start() + 1].strip())
        label = m.group(1)
        after = text[m.end() :].lstrip()
        if after[:1] == ":":
            prev = m.start(1)  # "Beslutning: Godkendt." stays one line
        else:
            out.append(label)
            prev = m.end()
    out.append(text[prev:].strip())
    return [p for p in out if p]


def _label_pieces(line: Line) -> list[str]:
    """``_run_on_title`` for a line that opens like an item head (a number, "Punkt 4", an
    ordered list item)."""
    if line.list_number is not None:
        return _run_on_title(line.text, 0)
    return _label_split(line.text)


def _label_split(text: str) -> list[str]:
    """``_run_on_title`` for a text that starts with an item's number ("4.", "Punkt 4:")."""
    if not text or not (text[0].isdecimal() or text[0] in "PA"):
        return []
    m = _HEAD_NUMBER.match(text)
    return _run_on_title(text, m.end()) if m else []


def _trailing_item(text: str) -> re.Match[str] | None:
    """_TRAILING_ITEM in the last _TRAILING_ITEM_REACH characters. No dot follows the number's
    dot in a match, so the match is looked for only at the digits before the last dot."""
    dot = text.rfind(".")
    if dot < 1 or not text[dot - 1].isdigit():
        return None
    return _TRAILING_ITEM.search(text, max(0, len(text) - _TRAILING_ITEM_REACH, dot - 2))


def _item_splits(text: str) -> list[int]:
    """Positions of a run of increasing item numbers (at least three) inside one line.

    From each number the run goes on at the first later number one or two higher (a number lost
    in the page layout is tolerated); the longest run wins, the earliest among equals. A run
    from one number continues exactly as the run from the number it goes on at, so each
    number's successor and run length are worked out once, from the right (linear, not a scan
    of the rest of the line per number).
    """
    if not _DIGIT_DOT.search(text):
        return []
    found = [(int(m.group(1)), m.start()) for m in _ITEM_AT.finditer(text)]
    successor = [-1] * len(found)
    length = [1] * len(found)
    nearest: dict[int, int] = {}  # number -> its first occurrence right of the current one
    for i in range(len(found) - 1, -1, -1):
        number = found[i][0]
        later = [j for j in (nearest.get(number + 1), nearest.get(number + 2)) if j is not None]
        if later:
            successor[i] = min(later)
            length[i] = 1 + length[successor[i]]
        nearest[number] = i
    if not found or max(length) < 3:
        return []
    i = length.index(max(length))
    run: list[int] = []
    while i >= 0:
        run.append(found[i][1])
        i = successor[i]
    return run


# an item piece's number and its title's first two words ("112. Til efterretning - ...")
_NUMBER_WORDS: Final = re.compile(r"^(?:Ad\s+)?(\d{1,3})\.\s+(\S+\s+\S+)")


def _listed_pieces(text: str, listed: dict[int, str]) -> list[str]:
    """A PDF viewer's page of minutes on one line, under a contents list split earlier ("3 Side i
    Til efterretning - for åbne døre 112. Til efterretning - Budgetopfølgning ... Beslutning:
    Taget til efterretning."): cut before each number the list named, where the list's first
    words of its title follow, and before the numbers that follow the last item met, one by one
    (a transcript's next page: "... 4. Ny rehabiliteringsmodel ... 5. Flextur ..."), and at the
    labels; else no pieces."""
    if not _DIGIT_DOT.search(text):
        return []  # no item number in the line (a cheap test before the pattern)
    cuts: set[int] = set()
    expected = max(listed) + 1  # the items after the last one met: "... 4. Ny rehabiliteringsmodel"
    for m in _ITEM_AT.finditer(text):
        number = int(m.group(1))
        words = listed.get(number)
        if number == expected or (words is not None and text.startswith(words, m.end())):
            cuts.add(m.start())
            expected = max(expected, number + 1)
    if not cuts:
        return []
    cuts |= _label_cuts(text)
    cuts.add(0)
    bounds = [*sorted(cuts), len(text)]
    return [p for a, b in pairwise(bounds) if (p := text[a:b].strip())]


# a page's letterhead, its numbers lost: "Svend Aukens Plads 9 Tlf København S Fax aab@aab.dk"
_LETTERHEAD: Final = Needs(
    r"\s\d{1,4}[A-Za-z]?\s+Tlf\b[^@]{0,60}? Fax \s*\S+@[\w.-]*\w", (" Fax ",)
)
_WORD: Final = re.compile(r"\S+")


def _letterhead_cuts(text: str) -> set[int]:
    """Where a PDF page's letterhead begins and ends in a line ("... Altanprojekt Toftegården
    Boligforeningen Kildebo Toftegårds Allé 12 Tlf Valby Fax post@kildebo.dk"): at the
    organisation named before its street (one or two words, the street one to three), else at
    the street's first of up to three capitalised words."""
    cuts: set[int] = set()
    for m in _LETTERHEAD.finditer(text):
        words = list(_WORD.finditer(text, max(0, m.start() - 120), m.start()))[-6:]
        street = 0
        while street < min(3, len(words) - 1) and words[-street - 1].group()[:1].isupper():
            street += 1
        if street == 0:
            continue
        start = words[-street].start()
        for k in range(1, street + 1):
            named = [
                n
                for n in (2, 1)
                if len(words) > k + n
                and is_organisation(" ".join(w.group() for w in words[-k - n : -k]))
            ]
            if named:
                start = words[-k - named[0]].start()
                break
        cuts |= {start, m.end()}
    return cuts


# a capitalised word inside a title: where a contents list's next title may begin
_TITLE_START: Final = re.compile(r"(\S+) (?=([A-ZÆØÅ]\S*))")


def _lost_numbers(text: str, items: list[int]) -> dict[int, int]:
    """A contents list run together whose numbers skip one ("5. Rammer for budget 2015
    Vedligeholdelsesplaner, ny skabelon 7. Forsikringsudbud"): the number the page layout lost
    (6), at the one place in the title before it where the lost title may begin: a capitalised
    word after a word in small letters or digits that is no preposition or conjunction ("2015
    Vedligeholdelsesplaner", not "Bramsnæs Legat"), or the first word of another title of the
    list ("Hedeparken Afdeling 9, ..." among "Afdeling 4, ...", "Afdeling 15, ..."). None where
    there is no such place or more than one. Position -> number."""
    found = [m for pos in items if (m := _ITEM_AT.match(text, pos)) is not None]
    openers = {text[m.end() :].split(" ", 1)[0] for m in found}
    lost: dict[int, int] = {}
    for first, second in pairwise(found):
        if int(second.group(1)) != int(first.group(1)) + 2 or second.start() - first.end() > 200:
            continue
        places = [
            m.end()
            for m in _TITLE_START.finditer(text, first.end(), second.start() - 1)
            if m.group(2) in openers
            or (
                m.group(1)[-1:].isalnum()
                and not m.group(1)[:1].isupper()
                and m.group(1).lower() not in NOT_TITLE_ENDS
            )
        ]
        if len(places) == 1:
            lost[places[0]] = int(first.group(1)) + 1
    return lost


def _label_cuts(text: str) -> set[int]:
    """Where a transcript line is cut before its labels ("Afbud: ...", "Afbud fra ...",
    "Dagsorden 1. ..."), and around a page's letterhead."""
    cuts = {m.start() + 1 for m in (*_LABEL_AT.finditer(text), *_SECTION_AT.finditer(text))}
    cuts |= {m.start() + 1 for m in _COLONLESS_AT.finditer(text)}
    if "Gæst" in text:
        cuts |= {m.start() + 1 for m in _GUESTS_AT.finditer(text)}
    if " Fax " in text:
        cuts |= _letterhead_cuts(text)
    return cuts


def _pieces(text: str) -> list[str]:
    cuts = _label_cuts(text)
    items = _item_splits(text)
    if len(cuts) < 2 and not items:
        return [text]
    cuts.add(0)
    cuts |= {p for m in _PAGE_AT.finditer(text) for p in m.span(1)}
    cuts |= set(items)
    lost = _lost_numbers(text, items) if len(items) >= 3 else {}
    cuts |= set(lost)
    cuts |= {m.start() + 1 for m in _AD_AT.finditer(text)}
    letters = [(m.group(1), m.start()) for m in _LETTER_AT.finditer(text)]
    expected = "a"
    for letter, pos in letters:
        if letter == expected:
            cuts.add(pos)
            expected = chr(ord(expected) + 1)
        elif letter == "a":
            cuts.add(pos)
            expected = "b"
    bounds = sorted(c for c in cuts if 0 < c < len(text))
    out: list[str] = []
    prev = 0
    for cut in [*bounds, len(text)]:
        piece = text[prev:cut].strip()
        if piece:
            out.append(f"{lost[prev]}. {piece}" if prev in lost else piece)
        prev = cut
    return out


_NUMBERED_SENTENCE: Final = re.compile(r"^((?:Ad\s+)?\d{1,2}\.\s+[^.]{3,120}\.)\s+(\S.*)$")
# what follows a full stop that does not end a title: a date's month ("Repræsentantskabsmøde 28.
# november"), an ordinal's word ("BL s 3. kreds"), an initial's next initial ("C. V. Bramsnæs")
_NOT_A_TITLE_STOP: Final = re.compile(
    rf"(?<=\d\.)\s+(?:(?i:{alternation(MONTH_SPELLINGS)})\b|[a-zæøå])"
    r"|(?<=\s[A-ZÆØÅ]\.)\s+[A-ZÆØÅ]\."
)


def _split_title(piece: str) -> list[str]:
    """Split "1. Godkendelse af dagsorden. Godkendt." into title and decision, and "3.
    Værdighedspolitik for Egedal Kommune Lisbeth Rye Damsgaard gennemgik udkastet ..." into
    the title and the text a named person's report opens."""
    m = _DECISION_AT.search(piece, 5)
    if m and m.start() + 1 <= 160:
        cut = m.start() + 1
        return [piece[:cut].strip(), piece[cut:].strip()]
    at = 5
    while (m := _REPORTER_AT.search(piece, at, 161)) is not None:
        if starts_with_first_name(m.group(1)):  # a name, not "... Kommune Lisbeth": its start
            cut = m.start() + 1
            return [piece[:cut].strip(), piece[cut:].strip()]
        at = m.start() + 1
    m = _NUMBERED_SENTENCE.match(piece)
    if m and not _NOT_A_TITLE_STOP.match(piece, m.end(1)):
        return [m.group(1), m.group(2)]
    return [piece]


def unwrap(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Lines with transcript-style run-together lines split; others unchanged."""
    out: list[Line] = []
    changed = False
    listed: dict[int, str] = {}  # a contents list's items: number -> its title's first words
    for index, line in enumerate(lines):
        if "<" in line.raw and line.kind in _BREAKABLE:
            broken = _broken(line)
            if len(broken) > 1:  # "Dato: 11. marts 2025<br>Sted: Sognegården"
                changed = True
                bold = _BOLD_PIECE.match(_BR.split(line.raw, 1)[0]) is not None
                out.append(line.with_text(broken[0], strong=bold))  # "<b>1. Velkomst</b><br>"
                out.extend(line.with_text(p, markup=False) for p in broken[1:])
                continue
        if line.kind is not LineKind.TEXT:
            out.append(line)
            continue
        if "  " in line.raw and (case := _HEAD_OVER_CASE.match(line.raw)) is not None:
            changed = True  # "Sag nr. 38          J.nr. 00.01A00" over the title: two records
            out.append(line.with_text(case.group(1)))
            out.append(line.with_text(case.group(2), markup=False, numbered=False))
            continue
        if (len(line.text) < _LONG or line.list_number is not None) and (
            run_on := _label_pieces(line)
        ):
            changed = True  # "3. Budget 2025 Resume Forvaltningen ...": title, label, text
            out.append(line.with_text(run_on[0]))
            out.extend(line.with_text(p, markup=False, numbered=False) for p in run_on[1:])
            continue
        if line.list_number is not None:
            out.append(line)
            continue
        pieces: list[str] = []
        found = _pieces(line.text) if len(line.text) >= _LONG else []
        if listed and len(line.text) >= _LISTED_LONG and not any(map(_STARTS_ITEM.match, found)):
            # a page of the minutes under a contents list, or the next page of a transcript
            found = _listed_pieces(line.text, listed) or found
        if found:
            for k, piece in enumerate(found):
                if k == 0:
                    piece = _PAGE_NUMBER.sub("", piece)  # "1 Egebjerg Kommune ...": page number
                    if piece.isdecimal():
                        continue  # "2 Ad 5. Godkendelse af ...": the page's number alone
                if not _STARTS_ITEM.match(piece):
                    pieces.append(piece)
                else:
                    head = _NUMBER_WORDS.match(piece)
                    if head is not None:
                        listed.setdefault(int(head.group(1)), head.group(2))
                    pieces.extend(_label_split(piece) or _split_title(piece))
        else:
            # the item's number stands at most ~90 characters before the end (texts are squashed)
            m = _trailing_item(line.text)
            if m and _next_head(lines, index) == int(m.group(1)) + 1:
                pieces = [line.text[: m.start()].strip(), line.text[m.start() :].strip()]
        if len(pieces) <= 1:
            out.append(line)
            continue
        changed = True
        if ": " in line.text:
            pieces = _stacked_values(pieces)
        out.extend(line.with_text(p, markup=False) for p in pieces)
    return tuple(out) if changed else lines


_HEAD_OVER_CASE: Final = re.compile(
    r"^\s{0,3}((?:[Ss]ag|SAG|[Pp]unkt|PUNKT|[Pp]kt\.?)\s*(?:nr\.?\s*)?\d{1,3}[a-z]?\.?)\s{3,}"
    r"((?:[Jj]\.\s?nr|[Jj]ournal\s?nr|[Ss]ags\s?nr|[Ss]ag\s+nr|[Dd]ok\.\s?nr|[Aa]cadre)\b.*\S)\s*$"
)
"""A typed protocol's item head with its case number far to the right, the title on the next
line ("Sag nr. 38" ... "J.nr. 00.01A00"): the head and the case number are records of their
own (the whole line had been no item's head, so the items were taken from the contents)."""

# a label right after another label's colon: "Mødested: Udsendelsesdato: ..."
_NEXT_LABEL: Final = re.compile(r"(?<=:)\s+(?=[A-ZÆØÅ][a-zæøå]+(?:\s[a-zæøå]+){0,3}:)")
_LABELLED: Final = re.compile(r"^([A-ZÆØÅ][a-zæøå]+(?:\s[a-zæøå]+){0,3})\s*:\s*(.*)$")
_CLOCK_AT_START: Final = re.compile(r"(?:[Kk]l\.?\s*)?(\d{1,2}[:.]\d{2})\b\s*")
_EMPTY_VALUES: Final = frozenset({"", "kl", "kl."})


def _stacked_values(pieces: list[str]) -> list[str]:
    """A PDF form's header as a transcript gives it: its labels first, with no values ("Dato:
    Starttidspunkt for møde: Kl Sluttidspunkt for møde: Kl Mødested: Udsendelsesdato: Afbud
    fra:"), then the values in the same order ("Onsdag den 22-september-2004 19:00 22:35
    Rådhusets mødesal 24-september-2004 Karin Høeg"). Each label gets its value: a date, a
    clock time, a place (up to the next date), and the last one the rest. Three labels or more
    in a row; else the pieces are left as they are."""
    split: list[str] = []
    for piece in pieces:
        split.extend(p.strip() for p in _NEXT_LABEL.split(piece) if p.strip())
    labelled = [_LABELLED.match(p) for p in split]
    k = 0
    while k < len(split):
        run = k
        while (
            run < len(split)
            and (m := labelled[run]) is not None
            and m.group(2).casefold() in _EMPTY_VALUES
            and normalise_label.of(m.group(1)) in FIELD_LABELS
        ):
            run += 1
        last = labelled[run] if run < len(split) else None
        if run - k < 3 or last is None or normalise_label.of(last.group(1)) not in FIELD_LABELS:
            k = max(k + 1, run)  # each piece is looked at once: linear in the pieces
            continue
        found = [m for m in labelled[k : run + 1] if m is not None]
        labels = [m.group(1) for m in found]
        values = _values_in_order(labels, last.group(2))
        if values is None:
            return pieces
        kept = [m.group(2) if i < len(found) - 1 else "" for i, m in enumerate(found)]  # "Kl"
        given = [
            " ".join(f"{label}: {mark} {value}".split())
            for label, mark, value in zip(labels, kept, values, strict=True)
        ]
        return [*split[:k], *given, *split[run + 1 :]]
    return pieces


def _name_start(text: str) -> int:
    """Where the people after a place begin ("Byrådssalen, Rådhuset Gunhild Aarup": at
    "Gunhild"), or the end of the text."""
    for m in _WORD.finditer(text):
        if m.start() > 0 and starts_with_first_name(m.group()):
            return m.start()
    return len(text)


def _values_in_order(labels: list[str], text: str) -> list[str] | None:
    """The values of ``labels`` read off ``text`` in order, by each label's kind; None when a
    date label's value is no date (the values are not in the labels' order)."""
    values: list[str] = []
    rest = text.strip()
    kinds = [FIELD_LABELS[normalise_label.of(label)] for label in labels]
    for k, kind in enumerate(kinds):
        if k == len(kinds) - 1:
            values.append(rest)
            break
        if kind in (FieldKind.DATE, FieldKind.OTHER_DATE):
            hits = find_dates(rest)
            if not hits or hits[0].start > 0:
                if kind is FieldKind.DATE:
                    return None
                values.append("")
                continue
            values.append(rest[: hits[0].end])
            rest = rest[hits[0].end :].strip()
        elif kind in (FieldKind.START, FieldKind.END, FieldKind.TIME):
            m = _CLOCK_AT_START.match(rest)
            values.append(m.group(1) if m else "")
            rest = rest[m.end() :] if m else rest
        elif kind is FieldKind.PLACE:
            later_date = any(x in (FieldKind.DATE, FieldKind.OTHER_DATE) for x in kinds[k + 1 :])
            hits = find_dates(rest) if later_date else []
            cut = hits[0].start if hits else _name_start(rest)
            values.append(rest[:cut].strip())
            rest = rest[cut:].strip()
        else:
            return None  # a people list before the last label: no order to read
    return values


_BREAKABLE: Final = frozenset({LineKind.TEXT, LineKind.HTML})
_BR: Final = re.compile(r"<br\s*/?>", re.IGNORECASE)
# a piece before a line break that is all in bold: "<p><b>1. Godkendelse af dagsorden</b>"
_BOLD_PIECE: Final = re.compile(
    r"^\s*(?:<p[^>]*>\s*)?(?:<(b|strong)>[^<]*</\1>|\*\*[^*]+\*\*)\s*$", re.IGNORECASE
)


def _broken(line: Line) -> list[str]:
    """The pieces of a line that HTML line breaks (``<br>``) divide, when they are the whole
    of its text (else the line is left alone: no text may get lost or change)."""
    if not _BR.search(line.raw):
        return []
    pieces = [strip_inline(p) for p in _BR.split(line.raw)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2 or " ".join(pieces) != line.text:
        return []
    return pieces


def _next_head(lines: tuple[Line, ...], index: int) -> int | None:
    for line in lines[index + 1 : index + 12]:
        m = _LINE_HEAD.match(line.content)
        if m:
            return int(m.group(1))
    return None
