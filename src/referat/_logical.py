"""A header's lines as logical lines: one field, one people list or one entry each.

PDF and Word exports wrap a people list or a field over several lines ("Deltagere: Anne Holm
(A), Jens" / "Berg (V), ...") and set fields side by side in columns ("Dato: 4. marts 2025
Sted: Rådhuset"). ``logical_lines`` joins a line to the one before when the text shows it goes
on (an open list, a name, a title, an organisation, a bracket left open, a clock or a date cut
at the line's end), sets columns apart, and splits a line at the labels inside it ("... Afbud:
Per Holm"). Each test of "goes on" is a function of the last line's end and the next line's
start, gated by cheap checks first.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from referat._danish import find_dates, find_time_range
from referat._digit import has_digit
from referat._facts import LineKind
from referat._field_kinds import field_kind
from referat._first import anchored
from referat._memo import memo
from referat._people import (
    DASH_SPLIT,
    ends_in_title,
    is_name,
    is_organisation,
    known_title,
    parse_person,
    singular_title,
    split_outside_parens,
    starts_with_first_name,
    title_after,
    without_from,
    without_guest_role,
    without_item_remarks,
    without_nickname,
    without_symbols,
    without_title,
)
from referat._prefix import Needs, Opening, casefolded, contains_any, word_starts_at
from referat._scan import Line
from referat._trie import alternation
from referat.vocabulary import (
    ATTENDEE_GROUPS,
    FACT_SYMBOLS,
    FIELD_LABELS,
    ITEM_REMARK,
    ITEM_REMARK_WORDS,
    MEETING_CLOSED,
    MONTHS,
    SUSPENDED_COMPOUND_JOINS,
    FieldKind,
    normalise_label,
)

LIST_KINDS: Final = {
    FieldKind.ATTENDEES: "attendees",
    FieldKind.MEMBERS: "members",
    FieldKind.ABSENTEES: "absentees",
    FieldKind.GUESTS: "guests",
    FieldKind.FACILITATORS: "facilitators",
}


NO_COLON_LABELS: Final = anchored(
    # "Der var afbud fra ...", "Der er modtaget afbud fra ..."
    r"^(?:der\s+(?:var|er)\s+(?:meldt\s+|modtaget\s+)?(?=afbud\s+fra\s))?"
    # "Mødet blev holdt med deltagelse af A (formand), B og C.": a prose sentence's list
    r"(?:mødet\s+(?:blev\s+)?(?:af)?holdt(?:es)?\s+)?"
    r"(med\s+deltagelse\s+af(?=\s)|ref\.|afbud\s+(?:(?:er|var|blev)\s+(?:modtaget|meldt)\s+)?fra(?=\s)|"
    r"afbud\s+(?:er|var|blev)\s+meldt\s+af(?=\s)|"  # "Afbud var meldt af A, B og C."
    # "Afbud Jonas", "ref mette": informal minutes' labels without a colon, before a name
    r"afbud(?=(?-i:\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w.-]*)*\s*(?:[,(]|og\s|$)))|"
    r"ref(?=\s+[A-ZÆØÅa-zæøå][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?\.?$)|"
    r"(?:referent|dirigent|ordstyrer|mødeleder)(?!\s+(?:er|var|blev)\s)|"
    r"til stede på mødet var|"
    # "tilstede fra afd.best. Jytte Lund (fmd.), ...": whence they came, then their names
    r"(?:til stede|tilstede)\s+fra\s+[a-zæøå][\w.-]*(?=(?-i:\s+[A-ZÆØÅ]))|"
    r"til stede (?:fra\s+[a-zæøå]+\s+)?var|tilstede var|til stede|tilstede|desuden deltog|"
    r"derudover deltog|"  # ("Til stede fra bestyrelsen var formand X, ...")
    r"endvidere deltog|fraværende|for referatet|slut|mødet slut"
    r"|(?:minutes|notes)\s+taken\s+by(?=\s)"  # a Teams recap's "Notes taken by X · ..."
    # an old protocol's "Protokolført af Aase Kjær", "Referatet ført af ..." under the minutes
    r"|(?:protokolført|protokolleret|referatet\s+ført|protokollen\s+ført)\s+af(?=\s)"
    r"|start(?=\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}))"
    r"\s*[–—-]?\s+(.+)$",  # "Start 16.30 / Slut 18"
    re.IGNORECASE,
)


_INLINE_LABEL: Final = Needs(
    r"\s(?<=[.;]\s)\s*(?=(?:Derudover deltog|Desuden deltog|Afbud(?: fra)?|Fraværende|Gæster|"
    r"Referent|Til stede|Tilstede|Mødeleder|Dirigent|Fra [a-zæøå]+(?: deltog)?)\s*:"
    r"|Afbud fra\s+[A-ZÆØÅ])",
    (":", "Afbud fra"),
)


PAREN_RE: Final = re.compile(r"\([^()]{0,200}\)")


ENTRY_SPLIT: Final = re.compile(r"[,;]")


_COLUMN_GAP: Final = re.compile(r"\s(?:\s{2,}|(?<=\t)\t*)")  # \s{3,}|\t+


def layout_columns(raw: str) -> list[str]:
    """The cells of a line laid out in columns by runs of spaces (a PDF's text layer)."""
    return [c.strip("*_ ") for c in _COLUMN_GAP.split(raw.strip()) if c.strip("*_ ")]


def person_columns(line: Line) -> list[str]:
    """ "Bente Vestergaard (A), formand          Jørgen Pihl (V), næstformand": a PDF's people
    list in columns, each cell a full name first, then her party or post; none for any other
    line ("Jørgen Nørby          V     Borgmester": one person's columns)."""
    if line.kind is not LineKind.TEXT or len(line.raw) > ROLE_COLUMNS_RAW:
        return []
    cells = layout_columns(line.raw)
    if len(cells) < 2:
        return []
    for cell in cells:
        parts = parse_person(cell) if len(cell) <= 80 else None
        if (
            parts is None
            or not cell.startswith(parts.name)
            or not is_name(parts.name, allow_single=False)
        ):
            return []
    return cells


def _people_in_columns(line: Line, below: Line) -> bool:
    """Whether ``line`` or the line ``below`` it is a PDF's people columns (``person_columns``):
    each physical line its own entries, never wrapped into the next."""
    return ("   " in line.raw and bool(person_columns(line))) or (
        "   " in below.raw and bool(person_columns(below))
    )


ROLE_COLUMNS_RAW: Final = 200


def full_name(part: str) -> bool:
    """Whether a list entry is one person's full name, with the details only a person has
    when her first name is unknown ("Tomas Kjærgaard (næstformand)"). Remembered."""
    return _full_name_memo.of(part)


def _full_name_uncached(part: str) -> bool:
    plain = without_nickname(without_symbols(part))[0]  # 'Morten "Mulle" Lund 🎉'
    plain = without_guest_role(plain)[0]  # "Rasmus Krog fra Norlys som gæst"
    bare = without_item_remarks(without_from(plain)[0], [])  # "under pkt. 3 revisor Bo Holm"
    bare = " ".join(PAREN_RE.sub(" ", bare).split())
    bare = title_after(without_title(DASH_SPLIT.split(bare)[0]))[0]  # "Ida Bøg (V) formand"
    if len(bare.split()) < 2 or not is_name(bare):
        return False
    if starts_with_first_name(bare):
        return parse_person(plain) is not None  # symbols and nickname already gone
    # a first name we do not know, and details only a person has: "Tomas Kjærgaard (næstformand)",
    # a title before the name ("PPR-leder Annika Lau")
    head = plain.split(",", 1)[0].strip()
    rest = without_title(head)
    titled = rest != head and rest[:1].isupper()
    if ("(" not in plain and not titled) or bare.split(" ", 1)[0].casefold().endswith(
        _ADJECTIVE_ENDS
    ):
        return False  # "Fynsk Kompetencealliance (referent)"
    if is_organisation.of(bare):
        return False
    parts = parse_person(plain)
    return parts is not None and bool(
        parts.party or parts.roles or parts.title or parts.organisation  # "(Handicapidræt)"
    )


_full_name_memo: Final = memo(_full_name_uncached, 1024)


_ADJECTIVE_ENDS: Final = ("sk", "al", "ig", "iv", "ens", "ns")


ATTENDEE_GROUP_SET: Final = frozenset(ATTENDEE_GROUPS)


class Logical(Line):
    """A logical line made of several physical lines (a wrapped prose list)."""

    FIELDS: ClassVar[tuple[str, ...]] = (*Line.FIELDS, "end")
    __slots__ = ("end",)

    def __init__(
        self,
        *,
        number: int,
        raw: str,
        kind: LineKind,
        text: str,
        end: int,
        list_depth: int = 0,
        list_number: str | None = None,
        bullet: bool = False,
        checkbox: bool | None = None,
        quote: int = 0,
        strong: bool = False,
    ) -> None:
        super().__init__(
            number=number,
            raw=raw,
            kind=kind,
            text=text,
            list_depth=list_depth,
            list_number=list_number,
            bullet=bullet,
            checkbox=checkbox,
            quote=quote,
            strong=strong,
        )
        self.end = end


def ends_in_and(text: str) -> bool:
    """The text ends in the word "og" or "samt" (as ``\\b(og|samt)$`` matches; a string test,
    not a pattern tried at every position)."""
    if text.endswith("\n"):
        text = text[:-1]
    for word in ("og", "samt"):
        if text.endswith(word):
            return word_starts_at(text, len(text) - len(word))
    return False


def joined_wrapped(parts: list[str]) -> str:
    """Wrapped lines as one text: joined by a space, but a word a PDF broke over two lines is
    whole again ("Mona Dyr-" over "berg, Lene Bak" is "Mona Dyrberg, Lene Bak"; "Social-" over
    "og Sundhedsudvalget" keeps its hyphen and space; "Mette Lund-" over "Holm (V)" is the
    double surname "Lund-Holm")."""
    pieces = [parts[0]]  # joined once at the end: linear in the lines
    for part in parts[1:]:
        last = pieces[-1]
        if last[-1:] == "-" and part[:1].islower() and _BROKEN_WORD.search(last) is not None:
            first = part.split(" ", 1)[0].rstrip(",.;:")
            if first not in SUSPENDED_COMPOUND_JOINS:
                word = last[:-1].rsplit(None, 1)[-1] if last[:-1].strip() else ""
                if not (len(word) >= 2 and word.isupper()):  # "ADHD-" + "foreningen": kept
                    pieces[-1] = last[:-1]  # "Dyr-" + "berg": no hyphen, no space
                pieces.append(part)
                continue
        if last[-1:] == "-" and part[:1].isupper() and _BROKEN_NAME.search(last) is not None:
            pieces.append(part)  # "Mette Lund-" + "Holm (V)": a double surname, hyphen kept
            continue
        pieces.append(" ")
        pieces.append(part)
    return "".join(pieces)


_BROKEN_WORD: Final = re.compile(r"[^\W\d_]{2}-$")


_BROKEN_NAME: Final = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå]+-$")  # "Lund-" (not "Lars-Ove-")


_GROUP_LABEL: Final = re.compile(r"([A-ZÆØÅ][^:;().]{1,60}):\s+(?=[A-ZÆØÅ])")


def _group_opens(text: str) -> bool:
    """A line that opens with a group's label over its members' names ("Byggegruppen: Jan
    Nørgaard, Bent Pedersen" under "Helle Ravn, næstformand"): an entry of its own, however the
    line above ends."""
    m = _GROUP_LABEL.match(text) if ":" in text[:62] else None
    return (
        m is not None
        and starts_with_first_name(text[m.end() :])
        and not starts_with_first_name(m.group(1))  # ("Ole Bak, Peter Holm; Fraværende: ...")
    )


def continues_list(last: str) -> bool:
    """Whether a wrapped list goes on after the line ``last``.

    Asked of the last line, not of the text joined so far (which ends the same way: the joining
    space is a word boundary just as the start of the line is): that kept this linear.
    Remembered.
    """
    return _continues_list_memo.of(last)


def _continues_list_uncached(last: str) -> bool:
    return (
        (last.endswith((",", "–", "-")) and not _EMPTY_ENTRY.search(last))
        or ends_in_and(last)
        or ("," in last and ends_in_title(last))  # "..., kasserer" / "Allan Juhl, ..."
        or ("," in last and _and_title_last(last))  # "..., Villy Engholm samt sognepræst"
        or _and_item_remark_last(last)  # "... (referent) samt under pkt. 3" over the guest
        or _title_and_first_name_last(last)  # "... og chefkonsulent Ask" / "Brøndum (referent)"
    )


_continues_list_memo: Final = memo(_continues_list_uncached, 1024)


_EMPTY_ENTRY: Final = re.compile(r":\s*[–—-]$")  # "1.c: –": a group with no one, not a wrap


def _post_each(last: str, following: str) -> bool:
    """One entry on each line, its post after a comma ("Lektor Rikke Egede,
    medarbejderrepræsentant" over "Benjamin Skov Hald, elevrepræsentant 2.c"): the post at the
    line's end is its own person's, as the next person has hers (no wrapped list)."""
    head, _, post = last.rpartition(",")
    if not head or "," in head or ":" in head or not post.strip()[:1].islower():
        return False
    name, comma, details = following.partition(",")
    word = details.split(None, 1)[0] if details.strip() else ""
    return bool(comma) and word[:1].islower() and known_title(word) and full_name(name)


def _title_and_first_name_last(last: str) -> bool:
    """A list line ending in a post and a first name: the surname is on the next line."""
    words = last.rsplit(None, 2)
    return (
        len(words) == 3
        and words[1][:1].islower()
        and known_title(words[1])
        and starts_with_first_name(words[2])
        and is_name(words[2])
    )


_AND_ITEM_REMARK_AT_END: Final = re.compile(rf"\s(?:og|samt)\s+(?:{ITEM_REMARK})$", re.IGNORECASE)


def _and_item_remark_last(last: str) -> bool:
    """A list line ending in "og" or "samt" and the items the next person came for: the person
    is on the next line ("Desuden deltog: adm. direktør Torben Viuf (referent) samt under pkt. 3"
    over "statsautoriseret revisor Claus Ebbesen, ...")."""
    return (
        contains_any(casefolded.of(last), ITEM_REMARK_WORDS)
        and _AND_ITEM_REMARK_AT_END.search(last) is not None
    )


_AND_TITLE_AT_END: Final = re.compile(r"\s(?:og|samt)\s+([a-zæøå]+)$")


def _and_title_last(last: str) -> bool:
    """A list line ending in a person's name, "og" or "samt" and a lower-case title: the next
    person's name is on the next line ("..., Villy Engholm samt sognepræst" over "Anders
    Kjeldgaard (...)")."""
    m = _AND_TITLE_AT_END.search(last) if last[-1:].isalpha() else None
    if m is None or not known_title(m.group(1)):
        return False
    # a person's name before the "og" ("Stephanie Lose, formand for Syddansk Vækstforum og
    # regionsrådsformand": her second post, after a body's name, ends her entry)
    words = last[: m.start()].rsplit(",", 1)[-1].split()
    return any(starts_with_first_name(" ".join(words[-k:])) for k in (2, 3) if len(words) >= k)


# a trie: see _trie; a group's label inside a list ("Til stede: Forældrerepræsentanter: ...;
# Medarbejdere: ...") is no field of its own
FIELD_WORDS: Final = alternation(
    k for k in FIELD_LABELS if len(k) >= 3 and k not in ATTENDEE_GROUP_SET
)


# "Online (Teams): Kenneth", "Til stede (fysisk): ...": a label may carry a short qualifier
_FIRST_FIELD: Final = re.compile(
    rf"^(?:{FIELD_WORDS})(?:\s*\([^()\n]{{1,30}}\))?\s*:", re.IGNORECASE
)


# The next "Label:" on a line that starts with one: after a comma, " / ", " - ", " – " or " | "
# in any case ("Dirigent: Torben Rye, referent: Pernille Rask", "Tilstede: Ole, Bente - Afbud:
# Jens"), after a space only when capitalised ("Dato: 14.01.2025 Tid: 17.30 Sted: Lokale 2", a
# PDF's or Word table's row).
_NEXT_FIELD: Final = re.compile(
    rf"(?:\s*,\s*|\s+[/|–—·•-]\s+)(?=(?i:{FIELD_WORDS})\s*:\s*\S)"
    rf"|\s+(?=[A-ZÆØÅ])(?=(?i:{FIELD_WORDS})\.?\s*:\s*\S)"  # "... Ref.: Inger Dam" too
    # a PDF's run-together fields: "Mødedato: 12.03.2024Mødetid: 16:00Mødested: Rådhuset"
    rf"|(?<=[0-9a-zæøå.)])(?=[A-ZÆØÅ])(?=(?i:{FIELD_WORDS})\s*:\s*\S)"
)


# One field after a sentence on the line, behind a dash, slash, bar or comma ("Mødet hævet kl.
# 21.05 – referent: Hanne Bo")
_SEPARATED_FIELD: Final = Needs(
    # "- ref.: Trine Holm"; (?:\s*,\s*|\s+[/|–—·•-]\s+) written to open with one class
    rf"[\s,](?:(?<=,)\s*|(?<=\s)\s*,\s*|(?<=\s)\s*[/|–—·•-]\s+)"
    rf"(?=(?i:{FIELD_WORDS})\.?\s*:\s*\S)",
    (",", "/", "|", "–", "—", "·", "•", "-"),
)


_SYMBOL_SEPARATOR: Final = re.compile(r"\s+[·|•]\s+")


def _symbol_segments(text: str) -> list[str]:
    """ "📅 tirsdag 7/9-2021 · ⏰ 19.00–21.00 · 📍 Ulvehulen, Skovvej 40": a fact after each
    symbol, cut at the dots or bars between them (every segment opens with one of
    ``FACT_SYMBOLS``)."""
    if "·" not in text and "|" not in text and "•" not in text:
        return [text]
    parts = _SYMBOL_SEPARATOR.split(text)
    if len(parts) < 2:
        return [text]
    if _FIRST_FIELD.match(parts[0]) and any(NO_COLON_LABELS.match(p) for p in parts[1:]):
        return parts  # "Chair: Camilla Vestergaard · Notes taken by Thomas Ibsen · ...": fields
    if not all(p[:1] in FACT_SYMBOLS for p in parts):
        return [text]  # ("👍 14 · 💬 3 kommentarer": a page's buttons, one line of furniture)
    return parts


def _split_fields(text: str) -> list[str]:
    """ "Dato: 14.01.2025, Tid: 17.30-20.00, Sted: Personalerummet" -> three fields.

    A PDF's letterhead run together with the fields ("Faaborg-Midtfyn Kommune Social- og
    Sundhedsudvalget Referat Dato: 4. oktober 2021 Tidspunkt: 14:00 - 16:30 Sted: Ryslinge")
    is cut before its first field when at least two fields follow and the text before them
    has no label of its own; a single field is cut off a sentence only behind a dash, slash,
    bar or comma ("Mødet hævet kl. 21.05 – referent: Hanne Bo").
    """
    if ":" not in text:
        return [text]
    if text.count(":") < 2:  # "Mødet hævet kl. 21.05 – referent: Hanne Bo"
        m = _SEPARATED_FIELD.search(text)
        if m is None or not m.start() or _bilingual_label(text[: m.start()], m.group()):
            return [text]  # "Date / Dato: Friday 24 October 2025": one label in two languages
        return [text[: m.start()], text[m.end() :]]
    if _FIRST_FIELD.match(text):
        fields = [p for p in _NEXT_FIELD.split(text) if p.strip()]
        if len(fields) > 1 and _posts_listed(fields[0], fields[1]):
            fields[:2] = [f"{fields[0]} {fields[1]}"]
        return fields
    pieces = [p for p in _NEXT_FIELD.split(text) if p.strip()]
    lead = pieces[0]
    if len(pieces) < 3 or ":" in lead or len(lead) > 120:
        return [text]
    return pieces


def posts_as_labels(value: str) -> bool:
    """ "Formand: Eva Moe, Kasserer: Tom Lund": every entry a person's post (in the singular)
    and her name, as a label and its value; no group of people ("Medarbejdere: Ole, Bo")."""
    for entry in ENTRY_SPLIT.split(value):
        post, colon, name = entry.partition(":")
        post = post.strip()
        if (
            not colon
            or not name.strip()
            or not known_title(post)
            or singular_title(post) is not None
        ):
            return False
    return True


def _posts_listed(lead: str, following: str) -> bool:
    """ "Til stede:" right before "Formand: Eva Moe, Kasserer: Tom Lund": the list's entries
    name each one's post like a label; the post is no field of its own."""
    label = lead.strip().rstrip(":")
    return (
        lead.rstrip().endswith(":")
        and field_kind(label) is FieldKind.ATTENDEES
        and posts_as_labels(following)
    )


def _bilingual_label(lead: str, separator: str) -> bool:
    """ "Date" before " / Dato: ...": the same label in another language, no text of its own."""
    return (
        separator.strip() == "/"
        and len(lead.split()) <= 3
        and lead[:1].isupper()
        and not any(c.isdigit() for c in lead)
    )


_SURNAME_START: Final = re.compile(  # one surname or two ("Skov Lauridsen, ...")
    r"^[A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+)?"
    r"(?:\s*[(,]|\s+(?:og|samt|fra|[–—])\s|\.(?:\s+[A-ZÆØÅ]|$))"
)


_SURNAME_DETAILS: Final = re.compile(r"^[A-ZÆØÅ][a-zæøå'-]+\s*\(")


_SURNAME_THEN_NAME: Final = re.compile(r"^([A-ZÆØÅ][a-zæøå'-]+),\s+([A-ZÆØÅ][\w-]+)\s+[A-ZÆØÅ]")


_SURNAME_ENDING_SENTENCE: Final = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?\.$")


_PLACE_START: Final = re.compile(
    # "i Falling Forsamlingshus", or a place named by its noun with an address after it ("på
    # kommunekontoret, Skolevej 2.")
    r"(?:i|på|hos)\s+(?:[A-ZÆØÅ]|[a-zæøå]{3,}(?:et|en)\b"
    r"(?=[^.]*,\s*[A-ZÆØÅ][\w.-]*(?:\s+[\w.-]+){0,3}?\s+\d))"
)


def _place_next(last: str, following: str) -> bool:
    """ "Mødet blev holdt onsdag den 11. september 2024 fra kl. 19.00 til kl. 21.15" over "i
    Falling Forsamlingshus, Bygaden 14, 8300 Odder.": the place of a date's sentence, broken."""
    return (
        following[:1] in "iph"
        and _PLACE_START.match(following) is not None
        and last[-1:] not in ".:;!?"
        and has_digit(last)
        and (find_time_range(last) is not None or bool(find_dates(last)))
    )


_OPEN_WORDS: Final = frozenset(("i", "for", "af", "på", "til", "ved", "hos", "fra", "med", "og"))


def _preposition_last(last: str) -> bool:
    """ "..., formand for Landdistriktsudvalget i" over "Holbæk Kommune.": a line that ends in
    a preposition or "og" goes on on the next line."""
    return last[-1:].isalpha() and last.rsplit(" ", 1)[-1] in _OPEN_WORDS


_ABBREVIATION_LAST: Final = re.compile(r"\s[a-zæøå]{2,9}\.$")


_FIRM_CO_LAST: Final = re.compile(r"\s&\s*Co\.$")


_FIRM_WORD_NEXT: Final = re.compile(r"[A-ZÆØÅ][\w-]+(?:,|\s+og\s|$)")


def _sentence_goes_on(parts: list[str], following: str) -> bool:
    """A people sentence broken before its last word: "... Julie Barfoed førte" over
    "protokollen." (the line opens in lower case, the last ends in a letter, not a list's
    separator)."""
    return following[:1].islower() and parts[-1][-1:].isalpha() and " deltog " in parts[0]


_RANK_OPENS: Final = re.compile(r"(?:suppl|stedfortr)", re.IGNORECASE)
_STAND_IN_VERB_LAST: Final = re.compile(r"\s(?:mødte|deltog|var|indkaldt|indkaldtes)$")


def _rank_next(last: str, following: Line) -> bool:
    """ "Afbud fra: Dorte Friis (O). I hendes sted mødte" over "1. suppleant Ejner Krog (O).":
    a substitute's rank opens the next line, which Markdown reads as a numbered list's first
    entry; it ends the sentence."""
    return (
        following.list_number is not None
        and _RANK_OPENS.match(following.text) is not None
        and _STAND_IN_VERB_LAST.search(last) is not None
    )


def _abbreviation_last(last: str, following: str) -> bool:
    """ "..., og statsaut." over "revisor Kim Lauritsen, ...": a line that ends in a lower-case
    word's abbreviation goes on when the next line opens in lower case (no sentence does); so
    does a firm's "& Co." over the rest of its name ("Brandt & Co." over
    "Ejendomsadministration, og ...": one word, then a comma, "og" or the line's end)."""
    if following[:1].islower():
        return _ABBREVIATION_LAST.search(last) is not None
    return _FIRM_CO_LAST.search(last) is not None and _FIRM_WORD_NEXT.match(following) is not None


def _people_opening(text: str) -> bool:
    """A line that opens a people entry ("Som gæst deltog ...", "Afbud: ..."): only such lines
    are joined across a preposition at their end (prose keeps its line breaks)."""
    if " deltog " in text:
        return True
    label = text.split(":", 1)[0] if ":" in text[:40] else ""
    return bool(label) and field_kind(label) in LIST_KINDS


def _entry_ends_next(parts: list[str], following: str) -> bool:
    """A people list parted by semicolons, broken inside an entry: the next line's first words,
    up to its semicolon, end that entry ("Deltagere: ..., Per Vedel, regionsrådsmedlem, Region"
    over "Sjælland; Erik Hjorth, direktør, ..."; "..., Sydsjællands Fødevarer" over "A/S; ...")."""
    last = parts[-1]
    if last[-1:] in ".;:," or ";" not in following[:60]:
        return False
    if ";" not in last and not _people_opening(parts[0]):
        return False
    end = following.split(";", 1)[0]
    return 0 < len(end.split()) <= 3 and ":" not in end and "." not in end.rstrip(".")


def _lower_case_next(parts: list[str], following: str) -> bool:
    """A people list broken after a capitalised word, whose next line opens in small letters,
    mid-entry ("..., Direktør for Teknik" over "og Miljø Claus Brandstrup, HR-chef ..."): no new
    field opens so."""
    return (
        following[:1].islower()
        and parts[-1][-1:] not in ".:;!?"
        and parts[-1].rsplit(None, 1)[-1][:1].isupper()  # (not "... Fra bestyrelsen deltog")
        and _people_opening(parts[0])
        and not following.startswith(("kl.", "kl "))
    )


def _presence_opening(text: str) -> bool:
    """A prose line that ends opening the list of who came ("... Bestyrelsen var til stede
    med", "... var repræsenteret ved", "... Fra bestyrelsen deltog"): it goes on on the next
    line."""
    return text.endswith(_PRESENCE_OPENINGS)


_PRESENCE_OPENINGS: Final = (
    " til stede med", " repræsenteret ved", " mødt med", " deltog", " deltog desuden",
    " mødte", " var mødt", " til stede var",
)  # fmt: skip


_DAY_AT_END: Final = re.compile(r"(?:\bd\.|\bden)\s+\d{1,2}\.$")


_MONTH_AND_YEAR: Final = re.compile(r"^[a-zæøå]+\.?\s+(?:19|20)\d\d\b")


_CLOCK_AT_END: Final = re.compile(r"\bkl\.?$", re.IGNORECASE)


_TIME_FIRST: Final = re.compile(r"^(?:[01]?\d|2[0-3])[.:][0-5]\d\b")


def _clock_next(last: str, following: str) -> bool:
    """ "... lørdag den 1. marts 2025 kl." over "14.00 i skyttehuset, ...": a time broken after
    "kl."; the hour opens the next line."""
    return (
        last[-2:].casefold() in ("l.", "kl")
        and _CLOCK_AT_END.search(last) is not None
        and _TIME_FIRST.match(following) is not None
    )


def _date_next(last: str, following: str) -> bool:
    """ "Referat af bestyrelsesmøde ... tirsdag d. 12." over "november 2024 kl. 19.30 hos ...":
    a date broken after its day; the month and the year open the next line."""
    return (
        last[-1:] == "."
        and _DAY_AT_END.search(last) is not None
        and _MONTH_AND_YEAR.match(following) is not None
        and following.split(maxsplit=1)[0].rstrip(".") in MONTHS
    )


def _names_go_on(last: str, following: str) -> bool:
    """ "... Jonas Frederiksen" over "og Bitten Kragh havde meldt afbud, ...": a prose line that
    ends in a full name (maybe with details in brackets: "... Rikke Nissen (ref.)" over "og
    fuldmægtig Thomas Vejby"), and a line that adds one more with "og" or "samt"."""
    if not following.startswith(("og ", "samt ")) or last[-1:] in ".:;!?":
        return False
    if last[-1:] == ")":
        last = _DETAILS_LAST.sub("", last)
    words = last.rsplit(None, 4)  # a name of two to four words ("Rikke Holmgaard Nissen")
    return any(  # (after some word: a line that is the name alone is no list)
        starts_with_first_name(words[k])
        and all(w[:1].isupper() and w[1:].replace("-", "").isalpha() for w in words[k + 1 :])
        for k in range(1, len(words) - 1)
    )


def _names_open(following: str) -> bool:
    """The next line opens with a full name ("Jørgen Staal (formand), Marianne Lykke, ...")."""
    return _FULL_NAME_OPENS.match(following) is not None and starts_with_first_name(following)


_DETAILS_LAST: Final = re.compile(r"\s*\([^()]{1,40}\)$")


_FULL_NAME_OPENS: Final = re.compile(
    r"[A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+){1,3}(?:\s*[(,.]|\s+(?:og|samt)\s|$)"
)


def _title_last(last: str, following: str) -> bool:
    """A people line that ends in a lower-case title over the name it belongs to ("... samt
    økonomichef" over "Susanne Bak, sidstnævnte under Ad 2 og Ad 3.")."""
    words = last.rsplit(None, 2)
    return (
        len(words) == 3
        and words[1][:1].islower()  # ("samt", "og"; not "Grete Holm, formand" over "Arne Lind")
        and words[1][-1:].isalpha()
        and words[2][:1].islower()
        and known_title(words[2])
        and _FULL_NAME_OPENS.match(following) is not None
    )


def _word_before_name(word: str) -> bool:
    """A lower-case word, or a title ("Formand Bent Ove" over "Christiansen, ..."), before the
    first name that ends a line."""
    return word[:1].islower() or known_title(word)


def _continues_name(last: str, following: str) -> bool:
    """Whether a PDF's line break split a name in a prose list: "..., Lise Larsen (F), Ole" over
    "Bach (O)", "... samt sekretær Lisbeth" over "Holmgren, ..." (a first name alone at the end
    of a list line, after a separator or a lower-case word; a capitalised word starting the
    next before its entry's "(" or "," or an "og", or ending its sentence: "Fra
    organisationsbestyrelsen: Kurt" over "Jeppesen. Fra administrationen: ..."; "Ref.: BH" or
    "Dagsorden" is no surname)."""
    words = last.rsplit(None, 2)
    if (  # "... Endvidere deltog forstander Jens Ole" over "Bak og viceforstander ...": two
        len(words) == 3  # first names after a lower-case word (or a title) end the line
        and starts_with_first_name(words[1])
        and starts_with_first_name(words[2])
        and _SURNAME_START.match(following) is not None
        and _word_before_name(words[0].rsplit(None, 1)[-1])
    ):
        return True
    if "," not in last and ":" not in last:
        # "... i stedet for Karen" over "Sønderby.": a sentence's last name, broken
        end = last.rsplit(None, 2)
        return (
            len(end) == 3
            and end[1][:1].islower()
            and starts_with_first_name(end[2])
            and (
                _SURNAME_ENDING_SENTENCE.match(following) is not None
                # "Desuden deltog ... og ejendomsadministrator Julie" over "Barfoed, begge ..."
                or (" deltog " in last and _SURNAME_START.match(following) is not None)
            )
        )
    name = words[-1]
    before = words[-2] if len(words) > 1 else ""
    alone = before.endswith((",", ":", "(")) or before[:1].islower()
    if (  # "..., Lis Mortensen (sekretær), Hans Peter" over "Juhl, Grethe Lauritsen, ...": two
        not alone  # first names end the line, the surname starts the next (in a list of full
        and len(words) == 3  # names)
        and words[0].endswith(",")
        and len(last.rsplit(",", 2)[-2].split()) >= 2
        and starts_with_first_name(before)
        and starts_with_first_name(name)
        and _SURNAME_START.match(following) is not None
    ):
        return True
    if (
        (alone or before[:1].isupper())
        and starts_with_first_name(name)
        and LONE_SURNAME.fullmatch(following.strip())
        and FIELD_LABELS.get(normalise_label.of(following)) is None
    ):  # "..., Nadia Rasmussen, Poul Erik" over "Strange" alone: the surname ends the list
        return True
    if (
        not alone
        and len(words) == 3
        and words[0].endswith((",", ":"))
        and not _word_before_name(before)  # ("Fra værket: Driftsleder Michael": a title)
    ):  # "..., Ib Mølgaard" over "Pedersen (O), ...": a full name's last word on the next line,
        # right before the entry's details
        if not (starts_with_first_name(before) and name[:1].isupper() and name[1:].isalpha()):
            return False
        if _SURNAME_DETAILS.match(following) is not None:
            return following.partition(")")[2].lstrip()[:1] != ":"  # ("Gæst (pkt. 3): ...")
        # "..., Kurt Skov" over "Jessen, Lis Damgaard, ...": a third name alone before the
        # next full name is his surname's end, no one of its own
        after = _SURNAME_THEN_NAME.match(following)
        return (
            after is not None
            and not starts_with_first_name(after.group(1))
            and starts_with_first_name(after.group(2))
        )
    if (
        before.endswith(",")
        and LONE_SURNAME.fullmatch(name)
        and _SURNAME_START.match(following) is not None
        and _full_names_before(last)
    ):  # "..., Torben Lykke (kasserer), Aylin" over "Demir, Jesper ...": among full names, a
        return True  # first name the vocabulary does not know, its surname on the next line
    # "..., chef for Vej og Park Morten" over "Dyhr, miljøchef ...": a lower-case title (with
    # the unit it heads) opens the entry, its first name ends the line
    titled = not alone and last.rsplit(",", 1)[-1].strip()[:1].islower()
    return (
        all(p[:1].isupper() and p[1:].isalpha() and p[1:].islower() for p in name.split("-"))
        and starts_with_first_name(name)  # ("Anne-Mette" over "Povlsen og Villads Krog.")
        and _SURNAME_START.match(following) is not None
        # (or a title before it: "Fra værket: Driftsleder Michael" over "Brandt (referent)")
        and (alone or titled or _word_before_name(before))
        # (not a first name opening a sentence of its own: "Afbud: Birgitte" over "Jacob
        # (havnefoged) kiggede forbi under punkt 3.")
        and not (_SUBJECT_WITH_POST.match(following) and starts_with_first_name(following))
    )


_SUBJECT_WITH_POST: Final = re.compile(r"[A-ZÆØÅ][\w-]+\s+\([^()]{2,40}\)\s+[a-zæøå]")
"""A first name, a post in brackets and a verb: a sentence's subject ("Jacob (havnefoged)
kiggede forbi ..."), no surname of the line above."""


LONE_SURNAME: Final = re.compile(r"[A-ZÆØÅ][a-zæøå'-]+")


_BRACKETS: Final = re.compile(r"\([^()]*\)")


def _full_names_before(last: str) -> bool:
    """Whether the entries of a list line before its last one are two or more full names
    ("Til stede: Hanne Vestergaard (formand), Torben Lykke (kasserer), ...")."""
    entries = _BRACKETS.sub("", last.rsplit(":", 1)[-1]).split(",")[:-1]
    return len(entries) >= 2 and all(
        len(words := e.split()) >= 2 and all(w[:1].isupper() for w in words) for e in entries
    )


def _closes_parenthesis(opened: int, following: str) -> bool:
    """A people line that leaves a parenthesis open ("... Else Marie Kjær (1. suppleant,
    indkaldt for Inga"; ``opened``: the parentheses opened and not closed so far) and a next
    line that closes it ("Thomsen)."): one entry's details broken over the lines."""
    return opened == 1 and ")" in following[:80] and "(" not in following.split(")", 1)[0]


def _unclosed(text: str) -> int:
    """How many more parentheses ``text`` opens than it closes."""
    return text.count("(") - text.count(")") if "(" in text or ")" in text else 0


def _details_next(last: str, following: str) -> bool:
    """A PDF's line break before an entry's details: "..., Bent Ravn (kasserer), Lisa Kjær" over
    "(kirkeværge), Ole Vestergaard, ..." (a list line, or a line that opens one, ending in a
    name, the next line opening with its parenthesis)."""
    return (
        following.startswith("(")
        and ")" in following
        and ("," in last or _people_opening(last))  # "Fra bestyrelsen deltog Inge Lauridsen"
        and last[-1:].isalpha()
        and last.rsplit(None, 1)[-1][:1].isupper()
    )


_FIRST_WORD: Final = re.compile(r"^[A-ZÆØÅ][\w&-]*")


def _organisation_next(last: str, following: str) -> bool:
    """A PDF's line break inside an entry's organisation: "..., Mette Høgh, Midt- og
    Vestjyllands" over "Politi (stedfortræder ...)": the last words and the next line's first
    word name an organisation that the last words alone do not."""
    if "," not in last or not last[-1:].isalpha():
        return False
    word = _FIRST_WORD.match(following)
    if word is None:
        return False
    tail = last.rsplit(",", 1)[-1].strip()
    return not is_organisation.of(tail) and is_organisation.of(f"{tail} {word.group()}")


_PAGE_COLUMN_GAP: Final = re.compile(r"\S( {8,})(?=\S)")
"""A gap of eight spaces or more inside a line: a PDF's text laid out in two columns."""


_COLUMN_LABEL: Final = re.compile(r"^[A-ZÆØÅ][\w\s/.-]{1,40}?:(?:\s|$)")
"""A column's text opening with a label ("Mødedato: ...", "Fra forvaltningen:")."""


_DEEP_INDENT: Final = 20
"""Indentation of a line holding only the right column ("              Lars Broe, ...")."""


_LABEL_ALONE: Final = re.compile(r"^[^\W\d][\w .-]{0,40}:$")


def _column_cells(line: Line) -> tuple[str, str] | None:
    """The left and right column of a plain line a PDF laid out in two ("Mødedato:   3. juni
    2025            Til stede:   Bodil Mortensen"), or None. A label alone before the first gap
    ("Mødeleder:          Bodil Mortensen") keeps its value."""
    raw = line.raw
    if line.kind is not LineKind.TEXT or "        " not in raw or line.bullet or line.quote:
        return None
    if "**" in raw:  # "**Deltagere:**          **Afbud:**": each column's label in bold
        raw = raw.replace("**", "")
    if " ".join(raw.split()) != line.text:
        return None  # other markup in the line: its raw text is not its text
    body = raw.strip()
    gaps = list(_PAGE_COLUMN_GAP.finditer(body))
    if (
        gaps
        and body[: gaps[0].start() + 1].endswith(":")
        and len(body[: gaps[0].start()]) < 30
        # "Til stede:      Afbud:", "Deltagere:      Sted: Genbrugscenter Nord,": two columns
        and not _COLUMN_LABEL.match(body[gaps[0].end() :])
    ):
        gaps = gaps[1:]  # the label's own gap
    if not gaps:
        return None
    cut = gaps[0]
    return " ".join(body[: cut.start() + 1].split()), " ".join(body[cut.end() :].split())


def _columns_apart(lines: list[Line]) -> list[Line]:
    """Lines a PDF laid out in two columns, read column by column: each block of three or more
    consecutive lines with text in the right column on two or more (or one label with its value
    there, ``_right_column``; both columns on one at least) and two or more labels in either
    column (the header's fields beside a people list,
    "Afbud:" beside "Fra forvaltningen:" over staff) becomes its left column's lines,
    then its right column's (each keeps its physical line's number), so a people list in the
    right column is read as one list and no value runs on into the other column's text."""
    if not any("        " in raw for raw in {ln.number: ln.raw for ln in lines}.values()):
        return lines  # each physical line once (a transcript's long line gives many pieces)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        cells: list[tuple[Line, str, str]] = []
        while (
            j < len(lines)
            and lines[j].kind is LineKind.TEXT
            and (j == i or lines[j].number == lines[j - 1].number + 1)  # one stretch of the page
        ):
            ln = lines[j]
            pair = _column_cells(ln)
            if pair is not None:
                cells.append((ln, pair[0], pair[1]))
            elif len(ln.raw) - len(ln.raw.lstrip(" ")) >= _DEEP_INDENT:
                cells.append((ln, "", ln.text))  # the right column alone
            else:
                cells.append((ln, ln.text, ""))
            j += 1
        if (
            (
                j - i >= 3
                or (j - i == 2 and all(_two_fields(left, right) for _, left, right in cells))
            )
            and any(left and right for _, left, right in cells)
            and _right_column(cells, j - i)
            and sum(1 for _, left, right in cells for c in (left, right) if _COLUMN_LABEL.match(c))
            >= 2  # fields, or a label over a list
        ):
            # (a line of the left column only stays as it is: its emphasis and label kept)
            lefts = [ln if not right else _cell_line(ln, left) for ln, left, right in cells if left]
            rights = [_cell_line(ln, right) for ln, _, right in cells if right]
            if not any(_COLUMN_LABEL.match(ln.text) for ln in rights):
                # a right column of no label goes on the left column's rows beside it ("Til
                # stede: A (formand)   B" over "C   D" over "E", then "Afbud: F"): its entries
                # come before the left column's later labels, not after them
                beside = max(ln.number for ln in rights)
                at = sum(1 for ln in lefts if ln.number <= beside)
                lefts[at:at] = rights
                rights = []
            out.extend(lefts)
            out.extend(rights)
        else:
            out.extend(lines[i:j])  # (each line is looked at once: linear in the lines)
        if j == i:
            out.append(lines[i])
            j += 1
        i = j
    return out


_NEXT_BOX: Final = re.compile(r"\s+[-*•]?\s*\[([ xX])\]\s+(?=\S)")
"""A second tick box on a line of a tick list ("- [x] Lise Toft, centerleder - [ ] Nadia
Hansen, SL"): two columns of boxes that a PDF's conversion put on one line."""


def _boxes_apart(lines: list[Line]) -> list[Line]:
    """Each tick box of a line of a tick list as a line of its own, with its own tick (the
    line's number kept): the left column's entry, then the right's."""
    if not any(ln.checkbox is not None and "]" in ln.text for ln in lines):
        return lines
    out: list[Line] = []
    for ln in lines:
        boxes = list(_NEXT_BOX.finditer(ln.text)) if ln.checkbox is not None else []
        if not boxes:
            out.append(ln)
            continue
        out.append(ln.with_text(ln.text[: boxes[0].start()]))
        for k, box in enumerate(boxes):
            end = boxes[k + 1].start() if k + 1 < len(boxes) else len(ln.text)
            entry = ln.with_text(ln.text[box.end() : end])
            entry.checkbox = box.group(1) != " "
            out.append(entry)
    return out


def _right_column(cells: list[tuple[Line, str, str]], rows: int) -> bool:
    """Text in the right column on two lines or more; or one label with its value there, beside
    three lines or more of the left ("Deltagere: A" beside "Afbud: K", over B, C, D under A)."""
    rights = [right for _, _, right in cells if right]
    return len(rights) >= 2 or (
        len(rights) == 1 and rows >= 3 and _COLUMN_LABEL.match(rights[0]) is not None
    )


def _two_fields(left: str, right: str) -> bool:
    """Both columns of a line filled, neither with a label alone: a letterhead's two lines
    ("Ravnsø Kommune        Dato: 12. marts 2024" over "Handicaprådet        Sagsnr.: 24/1"),
    not signature labels over their names ("Dirigent:        Referent:")."""
    return bool(left and right) and not _LABEL_ALONE.match(left) and not _LABEL_ALONE.match(right)


def _cell_line(line: Line, text: str) -> Line:
    """One column's text of ``line`` as a line of its own (the same number)."""
    return Line(number=line.number, raw=text, kind=LineKind.TEXT, text=text)


def _one_substitute(pieces: list[str]) -> list[str]:
    """ "Fraværende: Birthe Hald (V) – stedfortræder: Ib Lassen (V), Finn Krog (O)": one
    substitute (the label in the singular) for the member before it; the names after hers are
    more of the absentees."""
    label, _, value = pieces[1].partition(":")
    first, comma, rest = value.partition(", ")
    if (
        not comma
        or field_kind(pieces[0].split(":", 1)[0]) is not FieldKind.ABSENTEES
        or not all(full_name(e) for e in split_outside_parens(ENTRY_SPLIT, rest))
    ):
        return pieces
    return [f"{pieces[0]}, {rest}", f"{label}:{first}"]


_ITEM_OPENS: Final = re.compile(r"(?:punkt|pkt\.?|under\s+punkt|under\s+pkt\.?)\s*\d", re.I)
"""A line that opens with an item's number ("Punkt 4 med deltagelse af revisor Anja Rask"): a
sentence of its own, no part of the people line above it."""


def logical_lines(lines: list[Line]) -> list[Line]:
    """Join wrapped prose-list lines and split at inline labels ("... Derudover deltog: ...")."""
    lines = _boxes_apart(_columns_apart(lines))
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (
            line.kind is LineKind.TEXT
            and not line.bullet
            and line.checkbox is None
            and line.list_number is None
        ):
            j = i
            parts = [line.text]
            opened = _unclosed(line.text)  # kept as the parts grow: no join per line
            while (
                j + 1 < len(lines)
                and lines[j + 1].kind is LineKind.TEXT
                and lines[j + 1].number >= lines[j].number  # (not back to a column's top)
                and lines[j + 1].quote == line.quote
                and not lines[j + 1].bullet
                and (
                    (continues_list(parts[-1]) and not _post_each(parts[-1], lines[j + 1].text))
                    or _continues_name(parts[-1], lines[j + 1].text)
                    or _details_next(parts[-1], lines[j + 1].text)
                    or _organisation_next(parts[-1], lines[j + 1].text)
                    or _closes_parenthesis(opened, lines[j + 1].text)
                    or _names_go_on(parts[-1], lines[j + 1].text)
                    or _place_next(parts[-1], lines[j + 1].text)
                    or _date_next(parts[-1], lines[j + 1].text)
                    or _clock_next(parts[-1], lines[j + 1].text)
                    or _sentence_goes_on(parts, lines[j + 1].text)
                    or _rank_next(parts[-1], lines[j + 1])
                    or _entry_ends_next(parts, lines[j + 1].text)
                    or _lower_case_next(parts, lines[j + 1].text)
                    or (_people_opening(parts[0]) and _title_last(parts[-1], lines[j + 1].text))
                    or (_presence_opening(parts[-1]) and _names_open(lines[j + 1].text))
                    or (
                        (
                            _preposition_last(parts[-1])
                            or _abbreviation_last(parts[-1], lines[j + 1].text)
                        )
                        and (_people_opening(parts[0]) or _presence_opening(parts[-1]))
                    )
                )
                and not _FIRST_FIELD.match(lines[j + 1].text)  # "**Referent:** Lone Bisgaard"
                and not (  # "... bestyrelsessekretær." over "Punkt 4 med deltagelse af ..."
                    parts[-1].endswith(".") and _ITEM_OPENS.match(lines[j + 1].text)
                )
                and not NO_COLON_LABELS.match(lines[j + 1].text)  # "Afbud fra Helle Mogensen."
                and not _group_opens(lines[j + 1].text)  # "Byggegruppen: Jan Nørgaard, ..."
                and not _people_in_columns(lines[j], lines[j + 1])
            ):
                j += 1
                parts.append(lines[j].text)
                opened += _unclosed(lines[j].text)
            text = joined_wrapped(parts)
            pieces = [
                f
                for segment in _symbol_segments(text)
                for piece in _INLINE_LABEL.split(segment)
                for f in _split_fields(piece)
            ]
            if len(pieces) == 1 and j == i and has_digit(text):
                pieces = _after_closing(text)  # "Mødet sluttede kl. 21.05 / ref. HB"
            elif len(pieces) == 2 and pieces[1][:14].casefold() == "stedfortræder:":
                pieces = _one_substitute(pieces)
            if j > i or len(pieces) > 1:
                for piece in pieces:
                    out.append(
                        Logical(
                            number=line.number,
                            raw=line.raw,
                            kind=line.kind,
                            text=piece.strip(),
                            quote=line.quote,
                            end=lines[j].number,
                        )
                    )
                i = j + 1
                continue
        j = i
        while (  # "* Louise Kjeldsen (forælder 3.a og" over "  6.b)": one list entry
            (line.bullet or line.checkbox is not None or line.list_number is not None)
            and j + 1 < len(lines)
            and _continues_entry(lines[j].text, line, lines[j + 1])
        ):
            j += 1
        if j > i:
            text = joined_wrapped([ln.text for ln in lines[i : j + 1]])
            out.append(
                Logical(
                    number=line.number,
                    raw=line.raw,
                    kind=line.kind,
                    text=text,
                    list_depth=line.list_depth,
                    list_number=line.list_number,
                    bullet=line.bullet,
                    checkbox=line.checkbox,
                    quote=line.quote,
                    strong=line.strong,
                    end=lines[j].number,
                )
            )
            i = j + 1
            continue
        out.append(line)
        i += 1
    return out


CLOSING: Final = Opening(MEETING_CLOSED)


_BARE_TIME: Final = re.compile(r"\b(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?![.:]?\d)")


_CLOSING_TAIL: Final = re.compile(r"\s*(?:[.,;]|\s[/–—-])\s*(?=\S)")


def _after_closing(text: str) -> list[str]:
    """A line closing the meeting at a time, then more after a full stop, a comma, a dash or a
    slash ("Mødet sluttede 21.05. Ref. Hanne Bo", "Mødet hævet kl. 21.05 – Hanne Bo, referent"):
    the close and the rest (read as a line of its own: the signer), else the line."""
    if CLOSING.match(casefolded.of(text)) is None:
        return [text]
    found = find_time_range(text)
    bare = _BARE_TIME.search(text) if found is None else None  # "Mødet sluttede 21.05."
    end = found.end_offset if found is not None else bare.end() if bare is not None else -1
    tail = _CLOSING_TAIL.match(text, end) if end > 0 else None
    if tail is None:
        return [text]
    return [text[:end], text[tail.end() :]]


def _continues_entry(last: str, entry: Line, line: Line) -> bool:
    """An indented line inside a list item (Markdown's continuation) that goes on with an entry
    broken off (``last``, its last line so far, ends in "," or "og" or leaves a "(" open), or
    a line not indented that closes its open parenthesis."""
    open_paren = last.count("(") > last.count(")")
    return (
        (continues_list(last) or open_paren)
        and line.kind is LineKind.TEXT
        and entry.kind is LineKind.TEXT
        # a line not indented (Markdown's lazy continuation) only to close the parenthesis:
        # "• Anna Holm, formand (Aarhus" over "Kommune)"
        and (line.indent > 0 or (open_paren and ")" in line.text and ":" not in line.text))
        and line.list_depth == entry.list_depth
        and not line.bullet
        and line.checkbox is None
        and line.list_number is None
        and line.quote == entry.quote
        and bool(line.text)
    )
