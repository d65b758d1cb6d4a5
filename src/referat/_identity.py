"""What the document is and whose meeting it holds: its title, document kind (referat, dagsorden,
indkaldelse), organisation and body (the committee, board or assembly that meets).

Each is read from where real documents put it, most telling first: the title's own words
("Referat fra bestyrelsesmøde i Grundejerforeningen Solbakken"), a letterhead or logo line above
it, a web page's breadcrumb, menu or footer, the header's fields, the opening sentence ("Mødet
blev holdt hos ..."), and last the decisions ("Bestyrelsen godkendte ..."). A body named with
its organisation ("Teknik- og Miljøudvalget, Aarhus Kommune") is split into both.
"""

from __future__ import annotations

import datetime as dt
from itertools import islice, pairwise
import re
from typing import Final

from referat import _new as new
from referat._danish import find_dates
from referat._digit import has_digit
from referat._facts import LineKind
from referat._first import anchored
from referat._header import (
    SLASH_SIGNATURE,
    HeaderFacts,
    breadcrumb,
    contact_line,
    crumbs,
    has_page_mark,
    has_postcode,
    is_street,
    joined,
    looks_like_place,
    without_pictures_after,
)
from referat._logical import joined_wrapped
from referat._memo import memo
from referat._people import is_name, is_organisation
from referat._prefix import Needs, casefolded, contains_any, lowered
from referat._scan import Line
from referat._sections import closed_notice, decide, records_outcome
from referat.models import AgendaItem, DocumentKind, Location, Section, SectionKind
from referat.vocabulary import (
    AGENDA_HEADINGS,
    ASSEMBLY_MEETINGS,
    BOARD_GROUP_WORDS,
    BOARD_OF_ORGANISATION,
    BODY_ABBREVIATIONS,
    BODY_MEETING_WORDS,
    COMPANY_FORMS,
    DEPARTMENT_WORDS,
    DOCUMENT_KINDS,
    DOCUMENT_MARKS,
    FIELD_LABELS,
    GREETINGS,
    MINUTES_HEADINGS,
    MINUTES_TITLE_OPENINGS,
    NOT_AN_ADJECTIVE,
    NUMBERED_ROOM,
    ORGANISATION_SUFFIXES,
    PAGE_MARK,
    PAGE_TAIL,
    PLACE_ORGANISATION,
    PLACE_WORD_ENDINGS,
    POST_STAMP,
    SELF_STANDING_COUNCILS,
    SITE_SECTIONS,
    TITLE_HEADINGS,
    TITLE_OPENINGS,
    WEEKDAYS,
    FieldKind,
    normalise_label,
)

_BODY_WORD: Final = Needs(
    # "Rønnede Lokalråd", "Vindinge Menighedsråd", "Valby Lokaludvalg": named with its town
    # (in two or three words: "Amager Vest Lokaludvalg", "Hvidbjerg Sogns Menighedsråd",
    # "Vestervig og Omegns Lokalråd", "Nørre Tolstrup Sogns Menighedsråd")
    r"\b((?!(?i:referat|dagsorden|møde|mødet|kommune|region|sogn|om)\b)[A-ZÆØÅ][\w-]+"
    r"(?:\s+(?:og\s+)?(?!(?i:kommune|region|kommunes|regions)\b)[A-ZÆØÅ][\w-]*){0,2}"
    r"\s+(?:[A-ZÆØÅ][\w-]*råd|Lokaludvalg)(?:et)?(?![\w-])"
    # ("Regionalt Vækstforum", "Tværkommunalt Samarbejdsforum": a neuter adjective before it)
    r"|(?:[A-ZÆØÅ][a-zæøå]+(?:alt|elt|igt|iskt?)\s+)?"
    # ("Klima-, Natur- og Miljøudvalget": words of a compound listed before it)
    r"(?:[A-ZÆØÅ][\w]*-,\s+){0,3}"
    # ("Ph.d.-udvalget": full stops inside the word)
    r"[A-ZÆØÅ](?:[\w-]|\.(?=[\w-]))*(?:\s+og\s+[A-ZÆØÅ]?[\w-]+)?"
    # (not a room named for the body: "Byrådssalen", "Udvalgsværelse 2")
    r"(?:udvalget|udvalg(?!s(?:sal|værelse|lokale|stue))|(?<!om)rådet"
    r"|(?<!om)råd(?!e|s(?:sal|værelse|lokale|stue))"
    r"|bestyrelsen|bestyrelse|"  # (not "Trekantområdets": an area)
    r"forum|gruppen|styregruppe|styregruppen|koordinationsgruppe|koordinationsgruppen|kommunalbestyrelsen|"
    r"byrådet|regionsrådet|menighedsrådet|seniorråd|ældreråd|ældrerådet|formandskab|formandskabet|"
    r"nævnet|nævn|kommissionen|kommission)"
    # "for Bio- og Kemi", "for Fælles Borgerportal 2.0" ("Center for", "I/S"; not a letterhead's
    # "Referat" column after it)
    r"(?:\s+for\s+[A-ZÆØÅ][\w/-]*(?:\s+(?:og\s+|for\s+|&\s+)?(?!Referat\b|Dagsorden\b)[A-ZÆØÅ][\w/-]*)*"
    r"(?:\s+\d+(?:\.\d+)?\b(?![./-]\d))?)?"
    # "Udvalget for Trafik og Kollektiv Transport": a body named by what it is for
    r"|(?:Udvalg(?:et)?|Rådet|Bestyrelsen|Forummet|Repræsentantskabet)\s+for\s+[A-ZÆØÅ][\w/-]*"
    r"(?:,?\s+(?:og\s+|&\s+)?(?!Referat\b|Dagsorden\b)[A-ZÆØÅ][\w/-]*(?:\.(?=\s+[A-ZÆØÅ]))?)*"
    # "Udvalg for regional udvikling" (a region's committees): what it is for in small letters,
    # up to the date or place of the meeting
    r"|Udvalg(?:et)?\s+for\s+(?!den\b)[a-zæøå][\w-]*"
    r"(?:\s+(?:og\s+)?(?!(?:den|d|kl|i|på|ved|mødet?|om|til|fra)\b)[a-zæøå][\w-]*){0,3}"
    # "Teknisk Udvalg", "Grønt Råd": an adjective before a capitalised "Udvalg" or "Råd"
    r"|[A-ZÆØÅ][a-zæøå]+\s+(?:Udvalg|Råd)(?:et)?(?![\w-])"
    # "Teknisk referencegruppe", "Politisk følgegruppe": an adjective before a group in small
    # letters
    r"|[A-ZÆØÅ][a-zæøå]+(?:isk|ig|al|el)\s+[a-zæøå]{3,}(?:gruppe|gruppen|udvalg|udvalget|forum)(?![\w-])"
    # a project's group by its bare word: "# Styregruppe – Borgerrejsen 2.0"
    # (with the project's name after it: "Projektgruppe Cykelsuperstien Roskilde–Køge")
    r"|(?:Styre|Styrings|Projekt|Arbejds|Koordinations|Følge|Reference)gruppen?(?![\w-])"
    r"(?:\s(?!Referat\b|Dagsorden\b|Møde\b|Mødereferat\b)[A-ZÆØÅ][\w–-]*){0,3}"
    # a workplace's cooperation committee: "LokalMED", "HovedMED", "Område-MED",
    # "Hospitals-MED (HMU)"
    r"|(?:(?:Lokal|Hoved|Område|Center|Fælles|Afdelings|Sektor|Enheds)-?|[A-ZÆØÅ][a-zæøå]{2,}-)"
    r"MED\b(?:\s+\([A-ZÆØÅ]{2,5}\))?"
    # English boards: "Board of Directors", "Steering Committee", "Advisory Board"
    r"|Board\s+of\s+(?:Directors|Trustees|Governors)"
    r"|(?:Steering|Executive|Advisory|Management)\s+(?:Committee|Group|Board)"
    # a region's municipal contact council, by its abbreviation: "KKR Sydjylland" (not who
    # appointed a member: "udpeget af KKR Nordvestjylland")
    r"|(?<!\baf\s)(?<!\bfra\s)KKR\s+[A-ZÆØÅ][\w-]+)",
    # every match has one of these words as written
    (
        "udvalg",
        "råd",
        "bestyrelse",
        "forum",
        "gruppe",
        "formandskab",
        "Repræsentantskab",
        "nævn",
        "kommission",
        "MED",
        "Udvalg",
        "Råd",
        "Bestyrelse",
        "Forum",
        "Board",
        "Committee",
        "Group",
        "KKR",
    ),
)


# A meeting word made of a body's name ("bestyrelsesmøde", "menighedsrådsmøde",
# "styregruppemøde"): the body is the first part, in any case.
_BODY_HELD_MEETING: Final = re.compile(
    r"\b(?:afholdt|holdt)\s+([a-zæøå]*(?:bestyrelsen|rådet|udvalget|gruppen))\b"
    r"(?:\s+for\s+[A-ZÆØÅ][\w/&-]*(?:\s+[A-ZÆØÅ/][\w/&-]*){0,3})?()"
    r"(?:\s+(?:et\s+)?(?:\w+\s+)?møde\b|\s*$)"  # (or the line wraps before "møde")
)
"""A protocol's opening sentence: "År 2002, torsdag den 21. marts kl. 19.30, afholdt bestyrelsen
for Østrup Vandværk I/S møde på vandværket" (the body; its organisation is read elsewhere)."""


_HELD_BODY_MEETING: Final = re.compile(
    r"\b(?:afholdtes|afholdt|holdtes|holdt)\s+(?:(?:ordinært|ekstraordinært)\s+)?"
    rf"([a-zæøå-]*{BODY_MEETING_WORDS})s?møde\b()"
)
"""A protocol's opening sentence: "År 2025, torsdag den 27. februar kl. 16.00, afholdtes
bestyrelsesmøde i Fjordlys Fjernvarme A.m.b.A." (the body the meeting word is made of)."""


_BODY_MEETING_OPENS: Final = re.compile(
    rf"(?:(?:(?:referat|protokol|protokollat)\s+)?(?:af|fra|for)\s+)?"
    r"(?:(?:ordinært|ekstraordinært|ordinære|ekstraordinære|konstituerende)\s+)?"
    rf"([a-zæøå-]*{BODY_MEETING_WORDS})s?møde\b",
    re.IGNORECASE,
)
"""A header line that opens with the meeting of a body ("Bestyrelsesmøde i Affald Vest I/S", "fra
ordinært bestyrelsesmøde" under "PROTOKOLLAT")."""


_MEETING_OF_BODY: Final = re.compile(
    r"\b[Mm]øde(?:t)?\s+i\s+([a-zæøå]*(?:bestyrelsen|rådet|udvalget|gruppen|forummet|nævnet"
    r"|[a-zæøå]+forum"  # ("mødet i vækstforum")
    r"|repræsentantskabet|komitéen|formandskabet))\b"
    # what a group is for: "møde i følgegruppen for ESDH-implementering"
    r"(?:(\s+for\s+[A-ZÆØÅ][\w/&-]*(?:\s+(?:og\s+)?(?:[A-ZÆØÅ0-9&][\w/&-]*|[\w-]+-[\w-]+)){0,3}))?"
)
"""A meeting of a body written in small letters: "Indkaldelse til møde i forældrerådet"."""


_BODY_MEETING: Final = re.compile(
    # ("Bestyrelsesreferat 22. maj 2024": the minutes of the body's meeting)
    rf"\b([a-zæøå-]*{BODY_MEETING_WORDS})s?(?:møde(?:t|r|rne)?|referat(?:et|er)?)\b"
    # English: "Minutes of the Board Meeting", "Steering Group meeting"
    r"|\b((?:(?:Steering|Executive|Advisory|Management|Project|Working|Academic|Study|PhD"
    r"|Works|Supervisory|Audit|Scientific|Research|Faculty|Ethics|Programme|Program)\s+)?"
    r"(?:Board|Committee|Council|Group))\s+meeting\b"
    # "Meeting of the PhD Committee, Faculty of Health Sciences"
    r"|\bmeeting\s+of\s+the\s+((?:(?-i:[A-Z])[\w-]*\s+){0,3}(?:Board|Committee|Council))\b",
    re.IGNORECASE,
)


_BODY_AFTER_DASH: Final = re.compile(
    r"\s[–-]\s+((?:[A-ZÆØÅa-zæøå][a-zæøå-]*)?(?:[Bb]estyrelsen|[Bb]estyrelse|[Uu]dvalget"
    r"|[Uu]dvalg|[Rr]ådet|[Rr]åd|[Gg]ruppen|[Gg]ruppe))\s*$"  # ("Kulturnat 2024 – arbejdsgruppen")
)
"""A body after its organisation and a dash, ending the line ("Børnehuset Mælkebøtten –
forældrebestyrelsen", "Ejstrup Vandværk a.m.b.a. – Bestyrelsen")."""


_POSSESSOR: Final = re.compile(r"s\s+(?!møde)[a-zæøå]")
"""A body's genitive before a noun of its own ("Ungdomsudvalget*s formand*", "Bestyrelsen*s
forslag*"): the body owns someone or something there; it is not the body that meets (as in
"Økonomiudvalgets møde")."""


_TOP_LINES: Final = 12
"""The lines at the top of a document where a letterhead stands."""


_NAMED_FOR_PLACE: Final = re.compile(r"^(?:Lokal|Landsby|Fælles|Sogne|Beboer)rådet for [A-ZÆØÅ]")


_GROUP_FOR: Final = re.compile(
    r"^(?:Bestyrelsen|Styregruppen|Følgegruppen|Koordinationsgruppen|Styrelsen) for "
    r"([A-ZÆØÅ][\w-]*(?: [\w-]+){0,4})$"
)


def _self_standing(body: str | None) -> str | None:
    """The organisation a body's own name gives: a council that is an organisation of its own,
    a place's name before it ("Tranum Lokalråd", "Ulvsig Sogns Menighedsråd", "Halsnæs
    Seniorråd", "Amager Vest Lokaludvalg") or the place after it ("Lokalrådet for Ølsted og
    Omegn") or its kind before the place ("Erhvervsråd Limfjord Vest"); the organisation a
    board is "for" ("Bestyrelsen for Brugsforeningen Æbelø").
    None for a body of another one ("Økonomiudvalget", "Udvalget for Klima og Miljø")."""
    if body is None or " " not in body:
        return None
    if _NAMED_FOR_PLACE.match(body):
        return body
    board = _GROUP_FOR.match(body)
    if board is not None:
        return board.group(1)
    words = body.split()
    if not all(w[:1].isupper() for w in words):
        return None
    first, last = words[0].casefold(), words[-1]
    own = (
        last.isalpha()
        and last.casefold().endswith(("råd", "lokaludvalg"))
        and not first.endswith(("råd", "udvalg"))
    )
    # "Erhvervsråd Limfjord Vest", "Lokalråd Sønderby": a council of its own before the place
    return body if own or first in SELF_STANDING_COUNCILS else None


_STAMP: Final = re.compile(r"^(?:FORTROLIGT|CONFIDENTIAL|UDKAST|KLADDE|DRAFT)\s+(?=\S)")


_ADDRESSEE: Final = re.compile(r"Til\s+(?:[a-zæøå]|Bestyrelsen\b|Medlemmerne\b|Alle\b)")


LETTER_SPACED: Final = re.compile(r"\b(?:\w ){3,}\w\b")


def may_be_letter_spaced(text: str) -> bool:
    """Whether ``LETTER_SPACED`` can match ("R E F E R A T"): its inner letters stand alone
    between single spaces, so two one-letter pieces of ``text.split(" ")`` follow each other
    (a cheap test: the pattern opens with ``\\b`` and would be tried at every character)."""
    alone = False
    for piece in text.split(" "):
        if len(piece) == 1:
            if alone:
                return True
            alone = True
        else:
            alone = False
    return False


_AGENDA_DONE: Final = re.compile(
    r"\b(?:dagsorden(?:en)?|agenda)\s+(?:was\s+|blev\s+|er\s+)?"
    r"(?:sent|udsendt|rundsendt|circulated|approved|godkendt)\b"
    # "Kommunalbestyrelsen godkendte dagsordenen.": the verb first
    r"|\b(?:godkendte|godkendtes|vedtog|approved)\s+(?:den\s+)?(?:udsendte\s+)?"
    r"(?:dagsorden(?:en)?|(?:the\s+)?agenda)\b"
)


def kind_words(text: str) -> DocumentKind | None:
    """The kind of document a line names ("Dagsorden", "Referat", "Beslutningsprotokol"), or
    None. Remembered."""
    return _kind_words_memo.of(text)


def _kind_words_uncached(text: str) -> DocumentKind | None:
    low = casefolded.of(text)
    if "dagsordener" in low:  # "Dagsordener og referater": a web site's archive, no kind
        low = _ARCHIVE_NAME.sub("", low)
    if may_be_letter_spaced(low):
        low = LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), low)
    if _AGENDA_AND_MINUTES.search(low):
        return DocumentKind.DAGSORDEN
    if _AGENDA_AND_NOTES.search(low):  # the agenda with what was noted: no agenda alone
        return None
    if "indkaldelsen" in low:  # "(link udsendt med indkaldelsen)": another document, named
        low = low.replace("indkaldelsen", "")
    if "dagsordenens" in low:  # "Dagsordenens punkter blev behandlet således:": its parts
        low = low.replace("dagsordenens", "")
    if "agenda " in low or "dagsorden" in low:  # "Agenda sent 2/4 – no changes.": the agenda
        low = _AGENDA_DONE.sub("", low)  # sent or approved, another document than this
    for word, kind in DOCUMENT_KINDS:
        if word in low:
            return kind
    return None


_kind_words_memo: Final = memo(_kind_words_uncached, 1024)


_STAMP_LINE: Final = re.compile(POST_STAMP, re.IGNORECASE)


_LINKS_ONLY: Final = re.compile(r"(?:\[[^\]]{1,80}\]\([^)]{0,300}\)[\s·|•›/-]*){2,}")
"""A line of Markdown links and nothing else but separators."""


def title_of(header: HeaderFacts) -> tuple[Line | None, str | None]:
    free = [
        ln
        for ln, _ in header.free
        if ln.text
        and ln.kind is not LineKind.TABLE_ROW
        and not PAGE_MARK_START.match(casefolded.of(ln.text))  # "Side 1 af 3" over the letterhead
        and not ("·" in ln.text and _STAMP_LINE.match(ln.text))  # "Noter · 3. apr. 2025 kl. ..."
        and not _ADDRESSEE.match(ln.text)  # "Til medlemmerne af Pårørenderådet på ...": whom
        # the letter is for, no letterhead; nor a row of links ("[Tillad alle](#) · [Kun
        # nødvendige](#) · [Læs mere](#)": a cookie banner's buttons, a menu)
        and not (ln.raw.count("](") >= 2 and _LINKS_ONLY.fullmatch(ln.raw.strip(" >")))
    ]
    # "# Dagsorden" as the first heading is the title; further down, over the list of items, the
    # same words are only a region heading (minutes have them too).
    top = next((ln for ln in header.headings if ln.kind is LineKind.HEADING), None)
    regions = [
        ln
        for ln in header.headings
        if ln.kind is LineKind.HEADING
        and kind_words(ln.text)
        and (not _agenda_heading(ln.text) or (ln is top and ln.heading_level == 1))
    ]
    headings = sorted(
        [ln for ln in free if ln.kind is LineKind.HEADING] + regions, key=lambda ln: ln.number
    )
    if len(headings) > 1 and casefolded.of(headings[0].text) in SITE_SECTIONS:
        headings = headings[1:]  # "## Nyheder" over "### Dagsorden – bestyrelsesmøde"
    if headings:
        first = headings[0]
        kinded = [
            h
            for h in headings[:4]
            if kind_words(h.text) and not (h is not first and _agenda_heading(h.text))
        ]
        h1 = [h for h in headings if h.heading_level == 1]
        # "# AAB afdeling 47" over "## Referat af ordinært afdelingsmøde"
        above = [ln for ln in free if ln.number < first.number]
        if (
            above
            and not kinded
            and above[0].number <= _TOP_LINES
            and MEETING_WORD.search(above[0].text) is not None
            and MEETING_WORD.search(first.text) is None
            and not _prose(above[0].text)
        ):  # "Meeting recap: Bestyrelsesmøde – X" over "## AI-generated notes": the first line
            return above[0], None
        if kinded and kinded[0] is not first and is_letterhead(first.text):
            # "Silkeborg Kommune" over "# Økonomiudvalget" (a body) over "## Beslutningsprotokol"
            over = above[-1] if above and _letterhead_line(above[-1]) else None
            between = next(  # "# Studienævnet for Biologi" / "Syddansk Universitet" / "## Referat"
                (
                    ln
                    for ln in free
                    if first.number < ln.number < kinded[0].number
                    and is_letterhead(ln.text)
                    and is_organisation.of(ln.text)
                ),
                None,
            )
            return kinded[0], (
                _letterhead_of(first)
                or (_letterhead_of(over) if over is not None else None)
                or (_letterhead_of(between) if between is not None else None)
            )
        if h1 and h1[0] is not first and kind_words(first.text) and len(first.text) < 30:
            return h1[0], None
        if (
            len(above) == 1
            and kind_words(first.text)
            and is_letterhead(above[0].text)
            and first.number - above[0].number <= 3
        ):  # "Boligforeningen Vesterhøj, afdeling 14" over "# Referat af afdelingsmøde"
            return first, _letterhead_of(above[0])
        if above and not kind_words(first.text) and is_letterhead(first.text):
            # "Referat fra ordinært afdelingsmøde" over "# Lejerbo afdeling 211, Solgården"
            kind_line = above[-1]
            if (
                kind_words(kind_line.text)
                and not _prose(kind_line.text)
                and first.number - kind_line.number <= 3
                and first.number <= _TOP_LINES
                and is_organisation.of(first.text)
            ):
                return kind_line, _letterhead_of(first)
        if 1 < len(above) <= 3 and kind_words(first.text) and first.number - above[0].number <= 6:
            # "Region Midtjylland" / "Regional Udvikling" over "# Beslutningsprotokol"
            named = next(
                (
                    ln
                    for ln in above
                    if not ln.bullet  # a menu's entry ("- [Udvalg](/politik/udvalg)") is none
                    and is_letterhead(ln.text)
                    and is_organisation.of(ln.text)
                ),
                None,
            )
            if named is not None:
                with_department = _with_department(named, above)
                if with_department == named.text:  # (a line in columns is read column-wise)
                    return first, _letterhead_of(named)
                return first, _letterhead_organisation(with_department)
        under = next((ln for ln in free if first.number < ln.number <= first.number + 3), None)
        if under is not None and _MEETING_START.match(under.text):
            if normalise_label.of(first.text) in AGENDA_HEADINGS:  # "# Dagsorden" over the meeting
                return under, organisation_by_meeting_word(under.text)
            if normalise_label.of(first.text) in MINUTES_HEADINGS:  # "# Referat" over it
                name = organisation_by_meeting_word(under.text)  # (not a room: "Fælleshuset")
                return first, name if name and " " in name else None
        elif under is not None and is_letterhead(under.text) and _body_only(under.text):
            # "# Dagsorden" / "**Teknik- og Miljøudvalget**" / "Svendborg Kommune"
            below = next((ln for ln in free if under.number < ln.number <= under.number + 2), None)
            if below is not None and is_letterhead(below.text) and is_organisation.of(below.text):
                return first, _letterhead_of(below)
        elif under is not None and is_letterhead(under.text) and is_organisation.of(under.text):
            return first, _letterhead_of(under)  # "**Boligforeningen X, afd. 12**"
        return first, None
    if free and header.title is None:  # else a labelled title ("Emne: ...") beats a free line
        # "Referat" alone on a line under the letterhead ("Syddjurs Kommune", "Social- og
        # Sundhedsudvalget", "Referat") is read as a heading; here it is the title.
        top = free[0]
        broken = _broken_title(top, free, header)
        if broken is not None:
            return broken, None
        free = sorted(
            free
            + [
                ln
                for ln in header.headings
                if ln.kind is LineKind.TEXT
                and ln.number > top.number
                and normalise_label.of(ln.text) in TITLE_HEADINGS
            ],
            key=lambda ln: ln.number,
        )
        titled = next(
            (ln for ln in free[1:4] if kind_words(ln.text) and not _prose(ln.text)), None
        ) or next((ln for ln in free[1:4] if _MEETING_START.match(ln.text)), None)
        if (
            titled is not None
            and is_letterhead(top.text)
            # (a web page's menu, breadcrumb and "Udskriv  Del" between them do not count)
            and titled.number - top.number - _furniture_between(header, top, titled) <= 6
        ):  # "Grundejerforeningen Lyngbakken" over "Referat af bestyrelsesmøde ..."
            named = top
            if not is_organisation.of(top.text):  # a shop's name over its society's
                named = next(
                    (
                        ln
                        for ln in free[1:]
                        if ln.number < titled.number
                        and is_letterhead(ln.text)
                        and is_organisation.of(ln.text)
                        and not _body_only(ln.text)  # "Provstiudvalget" under "EGHOLM PROVSTI"
                    ),
                    top,
                )
            return titled, _letterhead_of(named)
        if titled is not None and titled.strong and (_prose(top.text) or _greeting(top.text)):
            return titled, None  # "Hej alle" / "Her er referatet." over "**Referat af ...**"
        if _greeting(top.text):  # "Kære forældreråd" over "Hermed indkaldelse til ...": no title
            return titled, None
        return top, _organisation_under(top, free)
    return None, None


def _furniture_between(header: HeaderFacts, top: Line, below: Line) -> int:
    """The lines of web-page furniture between two header lines."""
    return sum(1 for ln in header.furniture if top.number < ln.number < below.number)


_LOGO: Final = re.compile(r"^([A-ZÆØÅ][\w.&'-]*(?:\s+[\w.&'-]+){0,5}?)\s+logo\b")


_LOGO_REACH: Final = 8  # the header's first free lines, where a web page's logo is


def _organisation_by_logo(header: HeaderFacts) -> str | None:
    """ "Region Nordjylland logo", "Hjørring Kommune logo - link til forsiden", or a link to the
    site's front page alone on its line ("[Region Syddanmark](https://www.regionsyddanmark.dk/)"):
    a web page's logo names the organisation whose page it is."""
    lines = header.furniture + [ln for ln, _ in header.free[:_LOGO_REACH]]
    for line in lines:
        home = _HOME_LINK.fullmatch(line.raw.strip()) if "](" in line.raw else None
        if home is not None and is_organisation.of(home.group(1)):
            return home.group(1)
        if "logo" not in line.text:
            image = _LOGO_IMAGE.fullmatch(line.raw.strip()) if "logo" in line.raw else None
            if image is not None and _LOGO_NAME.fullmatch(image.group(1)):
                return image.group(1)  # "[![Destination Limfjordslandet](/static/logo.svg)](/)"
            continue
        m = _LOGO.match(line.text)
        if m is not None and is_organisation.of(m.group(1)):
            return m.group(1)
    return None


_HOME_LINK: Final = re.compile(r"\[([^\]\[]{3,60})\]\(https?://[^/\s()]+/?\)")


_LOGO_IMAGE: Final = re.compile(
    r"\[!\[([^\]\[]{3,60})\]\([^()\s]*logo[^()\s]*\)\]\((?:/|https?://[^/\s()]+/?)\)",
    re.IGNORECASE,
)
"""A logo's image linking to the site's front page: its text names the site's owner."""


_LOGO_NAME: Final = re.compile(r"[A-ZÆØÅ][\w.&'-]*(?:\s+[\w.&'-]+){0,5}")


def _prose(text: str) -> bool:
    """A sentence of a letter or an e-mail ("Her er referatet fra mødet."), no title line."""
    return (
        text.endswith((".", "!"))
        and len(text.split()) >= 4
        and not text[-2:-1].isdigit()
        and not casefolded.of(text).startswith(TITLE_OPENINGS)  # "Referat af ... kl. 19 hos X."
    )


def _greeting(text: str) -> bool:
    """A letter's or an e-mail's salutation ("Hej alle", "Kære bestyrelse,", "Kære andelshavere i
    Andelsboligforeningen Havnekanten")."""
    words = casefolded.of(text).rstrip(",!:").split()
    first = words[0].strip(",!") if words else ""
    return first in GREETINGS and len(words) <= (8 if first in ("kære", "hej", "dear") else 4)


def _broken_title(top: Line, free: list[Line], header: HeaderFacts) -> Line | None:
    """ "Dagsorden" / "til" / "mødet i Udvalg for regional udvikling": a title a layout broke
    over lines at a lone connecting word, as one logical line (the kind word above it, the word,
    the line under it)."""
    if top.text.strip().casefold() not in _CONNECTING_WORDS:
        return None
    under = next((ln for ln in free[1:2] if ln.number == top.number + 1), None)
    if under is None:
        return None
    above = next(
        (ln for ln in header.headings if ln.number == top.number - 1 and kind_words(ln.text)),
        None,
    )
    return joined([*([above] if above is not None else []), top, under])


_CONNECTING_WORDS: Final = frozenset({"til", "for", "fra", "af", "over", "vedrørende", "vedr."})


def _organisation_under(top: Line, free: list[Line]) -> str | None:
    """ "Referat af skolebestyrelsesmøde" over "Hårby Skole", "AFDELINGSBESTYRELSESMØDE" over
    "Boligselskabet Sjælland, afd. 207": a plain title naming the meeting, and right under it
    a line naming an organisation (a body's name alone is none: "Økonomiudvalget")."""
    under = free[1] if len(free) > 1 else None
    # "Lindehøjskolen, personalerummet (1. sal)": a remark on the room is no part of a name
    text = _PAREN_AT_END.sub("", under.text) if under is not None else ""
    if (
        under is None
        or under.number - top.number > _UNDER_REACH
        or not (kind_words(top.text) or _MEETING_START.match(top.text))
        or not is_letterhead(text)
        or not is_organisation.of(text)
        or find_dates(text)
    ):
        return None
    if MEETING_WORD.search(text):  # "Møde i Vækstforum for Region Syddanmark"
        return _organisation_by_place_word(text)
    # "Skovboskolen, mødelokale K2": the school, not its room
    named = ", ".join(p for p in text.split(", ") if not _ROOM.match(p))
    return _letterhead_organisation(named) if named else None


def _with_department(named: Line, letterhead: list[Line]) -> str:
    """A letterhead's organisation with its housing department on the line under or over it
    ("Boligselskabet Fjordbo" over "Afdeling 7 – Engparken": "Boligselskabet Fjordbo,
    Afdeling 7 – Engparken")."""
    k = letterhead.index(named)
    after = letterhead[k + 1] if k + 1 < len(letterhead) else None
    if after is not None and after.number == named.number + 1 and _DEPARTMENT.match(after.text):
        return f"{named.text}, {after.text}"
    before = letterhead[k - 1] if k else None
    if (
        before is not None
        and before.number == named.number - 1
        and _DEPARTMENT.match(named.text)
        and is_letterhead(before.text)
    ):
        return f"{before.text}, {named.text}"
    return named.text


_DEPARTMENT: Final = re.compile(
    rf"(?:{'|'.join(re.escape(w) for w in DEPARTMENT_WORDS)})\s*\d+\b", re.IGNORECASE
)


_UNDER_REACH: Final = 3  # lines between a plain title and the organisation under it


_PAREN_AT_END: Final = re.compile(r"\s*\([^()]*\)$")


_ROOM: Final = re.compile(NUMBERED_ROOM, re.IGNORECASE)


def _bare_agenda_heading(text: str) -> bool:
    """ "Dagsorden", "**Dagsorden** (tjekket af undervejs)": the heading over the list of items
    alone, a remark after it or not."""
    if ")" in text:
        text = _TRAILING_REMARK.sub("", text)
    key = normalise_label.of(text)
    if "/" in key:  # "Agenda / Dagsorden": the heading in two languages
        return all(part.strip() in AGENDA_HEADINGS for part in key.split("/"))
    return key in AGENDA_HEADINGS


def _agenda_heading(text: str) -> bool:
    """ "Dagsorden", "Dagsorden iht. vedtægterne": a heading over the list of items."""
    key = normalise_label.of(text)
    return key in AGENDA_HEADINGS or key.split(" ", 1)[0] in AGENDA_HEADINGS


def is_letterhead(text: str) -> bool:
    """A short line without digits that is no title itself: an organisation over the title."""
    return (
        2 <= len(text) <= 80
        and not kind_words(text)
        and not _DATE_LIKE.search(text)
        and not has_page_mark(lowered.of(text))
        and not _greeting(text)  # "Hej alle" over the minutes sent by e-mail
        and not _MAIL_FIELD.match(text)  # "Fra: Bestyrelsen i Myretuen (Camilla Brøndum)"
        and normalise_label.of(text) not in DOCUMENT_MARKS  # "FORTROLIGT", "Udkast"
        and not SLASH_SIGNATURE.match(text)  # "/Ulla" over the minutes she sent: her sign-off
        and not _FIELD_LINE.match(text)  # "Tilknyttede børn/grupper: Alle": a page's field
        and not MEETING_WORD.search(text)  # "Bestyrelsesmøde maj": a page's title, no sender
    )


def _letterhead_line(line: Line) -> bool:
    """A letterhead line: a menu's entries ("* [Politik](/politik)") are a list, no letterhead."""
    return not line.bullet and is_letterhead(line.text)


_SYMBOLS_BEFORE: Final = re.compile(r"^[^\w(\"']+")


_PLACE_ENDINGS: Final = ("huset", "salen", "lokalet", "stuen", "kælderen")  # a room, a hall


_TOWN: Final = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+)?")  # "Holstebro"


_PUBLICATION_OF: Final = ("Medlemsblad for ", "Nyhedsbrev fra ", "Nyhedsbrev for ", "Blad for ")


_PUBLICATION_LINE: Final = re.compile(
    r"^(?:medlemsblad|lokalblad|klubblad|foreningsblad|beboerblad|sogneblad|nyhedsbrev)"
    r"\s+(?:for|fra)\s+([^·|,]+)",
    re.IGNORECASE,
)


def unless_publication(organisation: str, lines: tuple[Line, ...]) -> str | None:
    """A newsletter's name over the line that says whose paper it is ("# SKØDEBREVET" over
    "Medlemsblad for Sejlklubben Egebugt · Nr. 2"): that association, or none when the paper is
    a village's ("Lokalblad for Hjelmsø, Sønderby og omegn"); any other organisation as it is."""
    seen: Line | None = None
    for line in lines[:_TOP_LINES]:
        if line.blank or line.kind is LineKind.RULE:
            continue
        m = _PUBLICATION_LINE.match(line.text.strip(" *_#"))
        if m is not None and seen is not None:
            if _organisation_case(seen.text.strip(" *_#")).casefold() != organisation.casefold():
                return organisation
            named = m.group(1).strip()
            return named if is_organisation.of(named) else None
        seen = line
    return organisation


_FIELD_LINE: Final = re.compile(r"[^:]{1,40}:\s+\S")


_MAIL_FIELD: Final = re.compile(r"(?:fra|til|sendt|emne|cc|from|to|sent|subject)\s*:", re.I)


_LOGO_TAIL: Final = re.compile(r"\s+logo$", re.IGNORECASE)  # an image's alt text


_DATE_LIKE: Final = re.compile(r"\d{4}|\d[./:-]\d|\d\.\s")  # years, dates, times, "3. marts"


def _letterhead_of(line: Line) -> str | None:
    """The organisation a letterhead's line names; of a line in columns ("REGION VESTKYST
    [wide gap] Regionsrådet"), the first column, or a later one with an organisation's word
    (a stamp such as "FORTROLIGT" skipped), not the columns run together."""
    columns = _columns_of(line)
    if len(columns) == 1:  # (not a stamp: "FORTROLIGT – Kun til bestyrelsens brug")
        return _letterhead_organisation(columns[0]) if not _STAMP.match(columns[0] + " ") else None
    columns = [c for c in columns if _STAMP.match(c + " ") is None]
    for k, column in enumerate(columns):
        if k == 0 or is_organisation.of(_organisation_case(column)):
            named = _letterhead_organisation(column)
            if named is not None:
                return named
    return None


def _columns_of(line: Line) -> list[str]:
    """A letterhead line's columns far apart ("REGION VESTKYST   Regionsrådet"), each without its
    emphasis; a line without such gaps is its text alone."""
    raw = line.raw.strip(" #*_")
    if "   " not in raw:
        return [line.text]
    return [c.strip(" *_") for c in _COLUMNS_APART_WIDE.split(raw)]


def _letterhead_organisation(text: str) -> str | None:
    """The organisation a letterhead names: "Vejle Kommune" of "Integrationsrådet, Vejle
    Kommune"; none for a body alone ("Teknik- og Miljøudvalget" is the body)."""
    named = _organisation_case(_PAGE_TAIL.sub("", text).strip())  # "...   Side 1 af 3"
    if named[:1] and not named[:1].isalnum() and named[:1] not in "(\"'":
        named = _SYMBOLS_BEFORE.sub("", named)  # "🟢 Kulturforeningen Lyngå Mejeri"
    if named[:1].islower():  # "til ordinær generalforsamling i Hjortebjerg Vandværk a.m.b.a."
        held = _ASSEMBLY_IN.search(named)
        return held.group("name") if held is not None else None
    if " › " in named or " » " in named:
        return None  # "Aula · Beskeder › Indbakke": where the page is, no letterhead
    if casefolded.of(named) in SITE_SECTIONS or named.count(" / ") >= 2:
        return None  # "## Nyheder" over the post, "Foreningen / Bestyrelse / Referater": the site
    if " " not in named and named.casefold().endswith(_PLACE_ENDINGS):
        return None  # "Forsamlingshuset": a place
    if named[-4:].casefold() == "logo":  # "Hjortholm Spejdergruppe logo": its logo's alt text
        named = _LOGO_TAIL.sub("", named)
    if " " in named and (nav := _NAV_TAIL.search(named)) is not None and nav.start():
        named = named[: nav.start()]  # "FGU Skjernådalen   Uddannelser   Om os   Kontakt"
    if "CVR" in named or "cvr" in named:  # "Nordlys Emballage ApS (CVR 38 41 02 77)"
        named = _CVR_NUMBER.sub("", named).strip(" ,·|–-")
    if " · " in named:  # "Syddansk Universitet · Det Naturvidenskabelige Fakultet"
        # ("Forældrebestyrelsen · Børnehuset Mælkebøtten": the body, then its institution)
        dotted = [p for p in named.split(" · ") if is_organisation.of(p)]
        named = next((p for p in dotted if not _body_only(p)), dotted[0] if dotted else named)
    place = _organisation_by_place_word(named)
    if place is not None:
        return place
    if _body_only(named):
        return None
    parts = [p.strip() for p in named.split(",")]
    if len(parts) > 1 and is_street(parts[1]):  # "Klubhuset, Skovvej 4": a place and its street
        return _letterhead_organisation(parts[0]) if is_organisation.of(parts[0]) else None
    if len(parts) == 1:  # "Hjallerup Idrætsforening – Hovedbestyrelsen"
        parts = [p.strip() for p in _TITLE_PARTS.split(named)]
    if len(parts) == 3 and _body_only(parts[0]) and _TOWN.fullmatch(parts[2]):
        parts = parts[:2]  # "Skolebestyrelsen, Søndervangskolen, Holstebro": and its town
    if len(parts) == 2 and _body_only(parts[0]) != _body_only(parts[1]):
        return parts[1] if _body_only(parts[0]) else parts[0]  # "Skolebestyrelsen, Vestre Skole"
    if len(parts) == 2 and _meeting_only(parts[1]) and not _meeting_only(parts[0]):
        return parts[0]  # "Foreningen Ærø Fællesspisning – bestyrelsesmøde"
    if len(parts) == 2 and parts[1][:1].islower() and PLACE_WORDS.match(parts[1]):
        return parts[0]  # "Engparkskolen, personalerummet": the school, and its room
    if (
        len(parts) == 2
        and _TOWN.fullmatch(parts[1])
        and not parts[0][-1:].isdigit()  # ("KAB afdeling 14, Engtoften": the department's name)
        and is_organisation.of(parts[0])
        and not is_organisation.of(parts[1])
    ):
        return parts[0]  # "Modeljernbaneklubben Vestbanen, Holstebro": the club, and its town
    for lead in _PUBLICATION_OF:
        if named.startswith(lead) and is_organisation.of(named[len(lead) :]):
            return named[len(lead) :]  # "Medlemsblad for Grundejerforeningen Strandengen"
    return named


_NAV_TAIL: Final = re.compile(
    r"(?:\s+(?:uddannelser|for virksomheder|om os|kontakt|nyheder|job|menu|søg|english"
    r"|borger|erhverv|politik|selvbetjening|arrangementer|presse|for borgere|om kommunen)){2,}$",
    re.IGNORECASE,
)
"""A site's menu after its name on one line ("... Uddannelser For virksomheder Om os Kontakt")."""


_CVR_NUMBER: Final = re.compile(
    r"[\s,·|–-]*\(?\b(?i:cvr)(?:[-\s.]*(?i:nr)\.?)?\s*:?\s*\d[\d ]{6,10}\d\)?"
)
"""A company's registration number after its name ("(CVR 38 41 02 77)", ", CVR-nr.
31452790")."""


def _meeting_only(text: str) -> bool:
    """The text names a meeting and nothing else ("bestyrelsesmøde", "Ordinær
    generalforsamling")."""
    return len(text.split()) <= 2 and MEETING_WORD.search(text) is not None


def _body_only(text: str) -> bool:
    """The text is a body's name and nothing else ("Teknik- og Miljøudvalget", "Bestyrelsen",
    "Samarbejdsudvalget (SU)": with its abbreviation)."""
    if casefolded.of(text.strip(" .:")) in _BOARDS_ALONE:
        return True
    if text[-1:] == ")":
        text = _ABBREVIATION_AFTER.sub("", text)
    body = _BODY_WORD.search(text)
    return body is not None and body.group(1).strip() == text.strip(" .:")


_ABBREVIATION_AFTER: Final = re.compile(r"\s+\([A-ZÆØÅ][A-ZÆØÅa-zæøå-]{1,7}\)$")  # " (SU)"


_FORM_CASE: Final = {form.lower(): form for form in reversed((*COMPANY_FORMS, "ApS", "IVS"))}
"""Company forms as they are written, by their lower case (the first spelling listed wins)."""


def _organisation_in_kind_line(header: HeaderFacts) -> str | None:
    """The organisation a line naming the document's kind names ("REFERAT AF BESTYRELSESMØDE I
    VESTERVANG IDRÆTSFORENING" under an e-mail's headers, whose subject is the title)."""
    for line, _ in header.free[:_TOP_LINES]:
        if len(line.text) <= 120 and kind_words(line.text) is not None:
            named = _organisation_from(line.text)
            if named:
                return _with_company_form(named, header)
    return None


_COMPANY_END: Final = re.compile(
    r"\s(?:ApS|IVS|A/S|I/S|P/S|K/S|[AaFfSs]\.?m\.?b\.?a\.?)$", re.IGNORECASE
)


def _company_line(header: HeaderFacts) -> str | None:
    """A company's name on a line of its own at the top ("NORDLYS VENTILATION ApS" under "fra
    bestyrelsesmøde i", its CVR number under it): the organisation, in name case."""
    for line, _ in header.free[:_TOP_LINES]:
        low = lowered.of(line.text)
        if (
            "/" not in low
            and "aps" not in low
            and "ivs" not in low
            and "mb" not in low
            and "m.b" not in low
        ):
            continue  # no company form can end it (a cheap test before the patterns)
        text = _CVR_NUMBER.sub("", line.text).strip(" ,·|–-") if "cvr" in low else line.text
        if (
            len(text) <= 80
            and "," not in text
            and _COMPANY_END.search(text)
            and is_letterhead(text)
        ):
            return _organisation_case(text)
    return None


_MUNICIPALITY_ALONE: Final = anchored(rf"^(?:{PLACE_ORGANISATION})$")


def _municipality_line(header: HeaderFacts) -> str | None:
    """ "Gudenå Kommune" or "Region Midtjylland" alone on a line at the top (under the title,
    over the meeting's fields): the organisation."""
    for line, _ in header.free[:_TOP_LINES]:
        text = line.text.strip()
        if ("ommune" in text or "egion" in text) and _MUNICIPALITY_ALONE.match(text):
            return text
    return None


_CAPITALS_WORD: Final = re.compile(r"\b[A-ZÆØÅ]{4,}\b")  # a word in capitals among others


_SHORT_NAME_WORDS: Final = frozenset({"amt", "hus", "sø", "by"})
"""Short words of a name in capitals that are no abbreviation ("VESTJYLLANDS AMT")."""


def _organisation_case(text: str) -> str:
    """ "REGION SJÆLLAND" -> "Region Sjælland": a letterhead in capitals, in name case (short
    words such as "KL" or "OS" stay as they are, "og"/"i"/"for"/"af" go lower-case)."""
    words_in = [w for w in text.split(" ") if w]
    if (
        len(text) < 6
        or not any(c.isupper() for c in text)
        or not all(w == w.upper() or w.lower() in _FORM_CASE for w in words_in)
    ):  # "NORDLYS VENTILATION ApS" is in capitals too
        return text
    words = []
    pieces = text.split(" ")
    for k, word in enumerate(pieces):
        low = word.lower()
        if low in ("og", "i", "for", "af", "på") and not (low == "i" and k == len(pieces) - 1):
            words.append(low)  # (but "EJERFORENINGEN STRANDPARKEN I": its number, "I")
        elif low in _FORM_CASE:  # "A.M.B.A." -> "a.m.b.a.", "APS" -> "ApS"
            words.append(_FORM_CASE[low])
        elif len(word) <= 3 and low not in _SHORT_NAME_WORDS:
            words.append(word)
        else:
            words.append("-".join(p.capitalize() for p in word.split("-")))
    return " ".join(words)


def written_as_minutes(
    header: HeaderFacts,
    title: Line | None,
    items: list[AgendaItem],
    minutes_headings: list[int],
    *,
    chat: bool = False,
) -> bool:
    """Items read as an agenda's text that record what happened ("Budgettet blev godkendt."):
    in a "Dagsorden og referat" document (an OS2 template for both), in one titled only
    "Dagsorden", above a minutes heading ("## Beslutninger") that repeats none of the items, or
    in a chat's export (``_chat``: a message's "dagsorden som sidst: ..." is no agenda's title).
    Then they are the minutes."""
    texts = ([title.text] if title is not None else []) + [ln.text for ln in header.headings]
    texts += [ln.text for ln, _ in header.free[:8]]
    # an agenda named above its date, like a template for both, is minutes when most items
    # record what happened ("Bestyrelsen drøftede på sidste møde ..." in one is no minutes)
    template = (
        chat
        or _agenda_above_date(header)
        or any(_AGENDA_AND_MINUTES.search(casefolded.of(t)) for t in texts)
    )
    bare = _agenda_titled(header)  # minutes that open with their agenda say "Dagsorden" too
    unmatched = bool(minutes_headings) and all(it.minutes_span is None for it in items)
    if not (template or bare or unmatched):
        return False
    agenda_texts = [
        " ".join(s.text for s in it.sections if s.kind is SectionKind.AGENDA_TEXT) for it in items
    ]
    settled = [t for t in agenda_texts if t and records_outcome(t)]
    if chat or (bare and not template):  # a bare "# Dagsorden" says little, nor does a chat
        return bool(settled)  # (written as it goes): any recorded outcome decides
    return len(settled) * 2 >= len(items) > 0


def _dated_lines(header: HeaderFacts) -> list[int]:
    """The header's lines that date the meeting: free lines with a date, and date or time
    fields ("Dato:", "Tidspunkt: Onsdag den 7. maj 2025 kl. 9:00")."""
    return [ln.number for ln, has_date in header.free if has_date] + [
        f.span.start_line
        for f in header.fields
        if FIELD_LABELS.get(normalise_label.of(f.label)) in (FieldKind.DATE, FieldKind.TIME)
    ]


def _agenda_above_date(header: HeaderFacts) -> bool:
    """An agenda heading stands above the meeting's date ("**DAGSORDEN**" over "Onsdag den 14.
    januar 2026, kl. 18:30"): the document's name, not a heading over the list of items."""
    dated = _dated_lines(header)
    return bool(dated) and any(
        ln.number < max(dated) and normalise_label.of(ln.text) in AGENDA_HEADINGS
        for ln in header.headings
    )


def _agenda_titled(header: HeaderFacts) -> bool:
    """The document's first heading is "# Dagsorden" (or another bare agenda heading)."""
    top = next((ln for ln in header.headings if ln.kind is LineKind.HEADING), None)
    first_free = next((ln for ln, _ in header.free if ln.kind is LineKind.HEADING), None)
    if first_free is not None and (top is None or first_free.number < top.number):
        return False
    return (
        top is not None
        and top.heading_level == 1
        and normalise_label.of(top.text) in AGENDA_HEADINGS
    )


_ARCHIVE_NAME: Final = re.compile(
    r"dagsordener\s+(?:og|&)\s+referater|referater\s+(?:og|&)\s+dagsordener"
)


_AGENDA_AND_MINUTES: Final = Needs(  # "Dagsorden og referat", "Agenda and minutes"
    r"(?:dagsorden|agenda)\s*(?:og|and|&|/)\s*(?:referat|minutes)\b", ("dagsorden", "agenda")
)


_AGENDA_AND_NOTES: Final = Needs(  # "## Agenda & notes" over the items of a meeting's notes
    r"(?:dagsorden|agenda)\s*(?:og|and|&|/)\s*(?:noter|notes)\b", ("dagsorden", "agenda")
)


_PLACE_ORGANISATION: Final = re.compile(PLACE_ORGANISATION)


_TRAILING_REMARK: Final = re.compile(r"\s*\([^()]*\)\W*$")


_REPLY_PREFIX: Final = re.compile(r"^(?:(?:sv|re|vs|fw|fwd|aw|wg)\s*:\s*)+", re.IGNORECASE)


_AGENDA_LISTED: Final = re.compile(r"(?i:dagsorden|agenda)\s*:\s*1[.)]?\s+[A-ZÆØÅ]")
"""A line that lists the agenda's items after its label ("Dagsorden: 1. Valg af dirigent – 2.
..."): minutes name the agenda so too, it says nothing of the document's kind."""


def kind_by_layout(header: HeaderFacts, title: Line | None) -> DocumentKind | None:
    if title is not None and title.text[:4].casefold() in ("til ", "for "):
        for ln in header.headings:  # "DAGSORDEN" over "til menighedsrådsmøde torsdag ...":
            if 0 < title.number - ln.number <= 2 and _agenda_heading(ln.text):  # one title
                return DocumentKind.DAGSORDEN
    # "Dagsorden" over the list of items appears in minutes too: it says nothing of the kind (a
    # free line below the first says so only over the meeting's date)
    free = header.free[:8]
    last_dated = max(_dated_lines(header), default=-1)
    texts = [title.text] if title is not None else []
    texts += [
        ln.text
        for k, (ln, _) in enumerate(free)
        if (k == 0 or not _bare_agenda_heading(ln.text) or ln.number < last_dated)
        and not _AGENDA_LISTED.match(ln.text)
    ]
    texts += [ln.text for ln in header.headings if not _bare_agenda_heading(ln.text)]
    kinds = [k for t in texts if (k := kind_words(t)) is not None]
    if not kinds:
        agenda = _agenda_titled(header) or _agenda_above_date(header)
        return DocumentKind.DAGSORDEN if agenda else None
    if title is not None and (k := kind_words(title.text)) is not None:
        return k
    if (
        title is None
        and header.title
        and not _REPLY_PREFIX.match(header.title)  # "SV: Indkaldelse ...": the minutes answer it
        and (k := kind_words(header.title)) is not None
    ):
        return k  # "Emne: Indkaldelse til bestyrelsesmøde 12/11" over the mail's text
    return kinds[0]


def reply_kind(header: HeaderFacts) -> DocumentKind | None:
    """The kind a mail's reply subject names ("SV: Indkaldelse til ..."), which
    ``kind_by_layout`` leaves aside: the minutes may answer it."""
    if header.title and _REPLY_PREFIX.match(header.title):
        return kind_words(header.title)
    return None


def _organisation_from(title: str | None) -> str | None:
    """The organisation a title names ("Referat af bestyrelsesmøde i Grundejerforeningen
    Bakkedraget"), or None. Remembered (the title and the header's lines are asked again)."""
    return _organisation_from_memo.of(title) if title else None


def _organisation_from_uncached(title: str) -> str | None:
    if title.isupper() and " " in title:  # "REFERAT – BESTYRELSESMØDE I GRUNDEJERFORENINGEN ..."
        title = _without_capitals(title)
    return (
        _organisation_by_place_word(title)
        or organisation_by_meeting_word(title)
        or _organisation_by_assembly(title)
        or _organisation_by_segment(title)
        or _organisation_after_meeting(title)
        or _organisation_by_product(title)
        or _organisation_in_brackets(title)
    )


def _organisation_in_brackets(title: str) -> str | None:
    """One organisation in brackets at the end of a meeting's title ("Meeting recap:
    Projektgruppemøde – Udfasning af ESDH (Region Midtjylland)"); not two ("(Hjørring Kommune ×
    Datalab Nord ApS)") and not a body or a document's kind."""
    m = _BRACKETED_AT_END.search(title) if title[-1:] == ")" else None
    if m is None or not MEETING_WORD.search(title[: m.start()]):
        return None
    named = m.group(1).strip()
    if _MORE_THAN_ONE.search(named) or kind_words(named) or _BODY_WORD.search(named):
        return None
    return named if is_organisation.of(named) else None


_BRACKETED_AT_END: Final = re.compile(r"\(([A-ZÆØÅ][^()]{2,60})\)$")


_MORE_THAN_ONE: Final = re.compile(r"\s(?:×|x|&|og|and|/|\+)\s|,")


_organisation_from_memo: Final = memo(_organisation_from_uncached, 512)


_PRODUCT: Final = r"[A-ZÆØÅ]{1,5}\d[a-zæøå][\w-]*"
"""A product's name in OS2's style: capitals, a digit, small letters ("OS2mo", "OS2valghalla")."""


_PRODUCT_WORDS: Final = r"[A-ZÆØÅ]{1,5}\d(?:\s+[A-ZÆØÅ][\w-]*){1,4}"
"""A product's name as the community's prefix and capitalised words ("OS2 AI Heat Control")."""


_PRODUCT_BESIDE_MEETING: Final = re.compile(
    # "OS2mo koordinationsgruppemøde", "OS2rollekatalog koordinationsgruppe"
    rf"(?<![\w-])({_PRODUCT}|{_PRODUCT_WORDS}?)\s+"  # (the fewest words before the meeting's)
    r"(?=(?i:[a-zæøå-]*(?:møde|gruppe|udvalg|råd|forum|bestyrelse))"
    r"|(?i:(?:project|steering|working)\s+group|board|committee))"
    # "Styregruppemøde – OS2valghalla", "OS2wayfinder – Project group meeting", "Referat :
    # OS2 AI Heat Control - projektgruppemøde" (the community's prefix and the product's words)
    r"|^(?:(?i:referat|dagsorden|minutes)\s*[:–—-]\s*)?"
    rf"({_PRODUCT}|{_PRODUCT_WORDS})\s+[–—|-]\s"
    rf"|\s[–—|-]\s+({_PRODUCT})\s*(?:$|[–—|-]\s)"
)


_PRODUCT_NAME: Final = re.compile(rf"{_PRODUCT}|{_PRODUCT_WORDS}")


_GROUP_AFTER_PRODUCT: Final = re.compile(
    rf"([a-zæøå-]*{BODY_MEETING_WORDS})(?:s?møde\b.*)?$|[a-zæøå-]*møde\b.*$", re.IGNORECASE
)


def _body_beside_product(body: str, product: str) -> str | None:
    """The body of a product's meeting, without the product's name the title reads it with
    ("OS2 AI Heat Control projektgruppe": "Projektgruppe"; "OS2 AI Heat Control Projektmøde nr.
    3" and "OS2 Ai Heat Control" name no body but the meeting), else the body as it was."""
    if not body.casefold().startswith(product.casefold()):
        return body
    rest = body[len(product) :].strip(" –—-")
    if not rest:
        return None
    m = _GROUP_AFTER_PRODUCT.match(rest)
    if m is None:
        return body
    return m.group(1)[:1].upper() + m.group(1)[1:] if m.group(1) else None


def _organisation_by_product(title: str) -> str | None:
    """The product a project's meeting is about, its community being whose meeting it is ("OS2mo
    koordinationsgruppemøde", "Styregruppemøde – OS2valghalla"): a product's name beside the
    meeting's or the group's word, or a part of a title cut by dashes beside one."""
    m = _PRODUCT_BESIDE_MEETING.search(title) if _MEETING_OR_GROUP.search(title) else None
    return m.group(m.lastindex or 0) if m is not None else None


_MEETING_OR_GROUP: Final = re.compile(
    r"møde|gruppe|udvalg|råd|forum|bestyrelse|meeting|group|board|committee", re.IGNORECASE
)


def _organisation_after_body(body: str, title: str) -> str | None:
    """The organisation a title names right after the body and "ved", "på", "i" or a comma
    ("Referat – Brugerrådet ved Sønderhede Bibliotek", "Patient- og Pårørenderådet, Sygehus
    Lillebælt")."""
    at = title.find(body)
    if at < 0 or title[at + len(body) : at + len(body) + 1] not in (" ", ","):
        return None
    m = _AT_ORGANISATION.match(title, at + len(body))
    return m.group(1) if m is not None and is_organisation.of(m.group(1)) else None


_AT_ORGANISATION: Final = re.compile(
    r"(?:\s+(?:ved|på|i)|,)\s+([A-ZÆØÅ][\w'&-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\w'&-]*){0,3})\s*(?:$|[,–—|(])"
)


_MEETING_THEN_NAME: Final = re.compile(
    rf"(?i:{BODY_MEETING_WORDS}s?møde)(?:\s*[,–—]|\s+-)?\s+"
    rf"([A-ZÆØÅ0-9][\w'&/-]*(?:\s+[A-ZÆØÅ][\w'&-]*){{0,3}})\s*$"  # ("H/F Solbakken")
)


def _organisation_after_meeting(title: str) -> str | None:
    """ "Referat bestyrelsesmøde Thyholm Boldklub", "12. jun. 2025 | Bestyrelsesmøde,
    Grundejerforeningen Kildebakken": an organisation's name right after the meeting word (no
    "i" between), ending the title."""
    m = (
        _MEETING_THEN_NAME.search(_without_tail.of(title).rstrip(" –—-|"))  # ("... – 3/4-25")
        if "møde" in casefolded.of(title)
        else None
    )
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[-1].casefold() in WEEKDAYS:  # "... Handelsstandsforening Tirsdag"
        words.pop()  # (den 18. marts 2025)
    name = " ".join(words)
    return name if name and is_organisation.of(name) else None


# "Referat for MidtLUG generalforsamling d. ...": a name (no genitive) before the assembly word
_NAME_BEFORE_ASSEMBLY: Final = re.compile(
    r"\b(?:for|fra|af)\s+([A-ZÆØÅ][\w'-]*[^\Ws](?:\s+[A-ZÆØÅ][\w'-]*[^\Ws]){0,3})\s+"
    r"(?:(?:ordinær|ordinære|ekstraordinær|ekstraordinære|årlige)\s+)?generalforsamling"
)


def _organisation_by_assembly(title: str) -> str | None:
    """ "Referat for MidtLUG generalforsamling": only an association or a company holds a general
    assembly, so the name before the word is its name."""
    if "generalforsamling" not in title:
        return None
    m = _NAME_BEFORE_ASSEMBLY.search(title)
    return m.group(1) if m is not None and not kind_words(m.group(1)) else None


# "... til ekstraordinær generalforsamling i ThyLUG.": the association after the assembly word
_ASSEMBLY_WORD: Final = (  # "Borger- og Lands...", "Skt. Hans Gården" (a name's abbreviation)
    r"(?:(?:Skt|Sct|St|Gl|Ndr|Sdr|Nr|Kgs)\.|[A-ZÆØÅ][\w'-]*s(?=\s+[A-ZÆØÅ])"
    r"|[A-ZÆØÅ][\w'-]*[^\Ws](?=s\s+[a-zæøå])"  # a genitive over its noun: "Klubbens lokaler"
    r"|[A-ZÆØÅ][\w'-]*\w(?:-\s+og\s+[\w'-]*\w)?(?![\w'-]))"  # a whole word: "Forsamlingshus"
)


_ASSEMBLY_IN: Final = re.compile(
    # ("i foreningen Ørsted Forsamlingshus": the kind of body in small letters, then its name)
    r"generalforsamling\s+i\s+(?:(?P<kind>foreningen|selskabet|klubben)\s+)?"
    rf"(?P<name>{_ASSEMBLY_WORD}(?:\s+{_ASSEMBLY_WORD}){{0,3}})"
)


_ASSEMBLY_LINES: Final = 60  # how far into the document such a line may stand


_HELD_ASSEMBLY: Final = re.compile(  # a sentence opening with who held the assembly
    r"([A-ZÆØÅ][\w/&'.-]*(?:\s+(?:[A-ZÆØÅ0-9][\w/&'.-]*|af|for|og|i)){0,5})"
    r"\s+(?:af)?holdt\s+(?:sin\s+|den\s+)?(?:årlige\s+)?"
    r"(?:ordinære?\s+|ekstraordinære?\s+)?generalforsamling\b"
)


_COLUMNS_APART: Final = re.compile(r"\s(?:\s{2,}|\s*[|–—·]\s+)")  # \s{3,}|\s+[|–—·]\s+


_COLUMNS_APART_WIDE: Final = re.compile(r"\s{3,}")


_ATOP_LINES: Final = 3


def _organisation_atop(lines: tuple[Line, ...]) -> str | None:
    """Where nothing else names it, an organisation's name alone at the top of the document,
    in one of its first three lines (a logo's image skipped): "**Hvidbjerg-Ørum Jagtforening**",
    "# Konservativ Vælgerforening for Fjerritslev og Omegn", "VESTBUS" over "Trafikselskabet
    Vestbus", or the left column of a running header ("Sallingsund Roklub        Bestyrelsesmøde
    14.11.2016"); not a body ("Teknik- og Miljøudvalget") nor a title."""
    seen = 0
    for line in lines:
        if line.blank or line.raw.lstrip().startswith("!["):  # (its text is the image's alt)
            continue
        seen += 1
        if seen > _ATOP_LINES or line.bullet or line.kind is LineKind.TABLE_ROW:
            return None
        part = _COLUMNS_APART.split(line.raw.strip(" #*_"), maxsplit=1)[0].strip(" *_")
        words = part.split()
        while words and not any(c.isalnum() for c in words[-1]):  # "Tennisklubben Kildeparken 🎾"
            words.pop()
        part = " ".join(words)
        if (
            2 <= len(words) <= 8
            and ":" not in part
            and all(w[:1].isupper() or w in _NAME_SMALL_WORDS or w.isdigit() for w in words)
            and is_letterhead(_FOUNDED.sub("", part))  # "Brørup Boldklub af 1921"
            and is_organisation.of(part)
            and _BODY_WORD.search(part) is None  # "Møde i Børne- og Skoleudvalget"
            and "møde" not in part.casefold()  # "Teammøde Jobcenter Ikast-Brande – uge 10"
            and sum(w.casefold() in _EDITOR_MENU for w in words) < 3  # "Fil Rediger Vis ..."
        ):
            return _letterhead_organisation(part)
    return None


# an editor's menu bar copied with the document ("Fil  Rediger  Vis  Indsæt  ...  Hjælp")
_EDITOR_MENU: Final = frozenset(
    ("fil", "rediger", "vis", "indsæt", "formatér", "formater", "værktøjer", "hjælp", "file",
     "edit", "view", "insert", "format", "tools", "help")
)  # fmt: skip


_FOUNDED: Final = re.compile(r"\s+af\s+1[89]\d\d$")  # a club's founding year in its name


_NAME_SMALL_WORDS: Final = frozenset(("for", "og", "i", "af", "ved", "på", "&", "a.m.b.a.", "-"))


def _organisation_holding_assembly(lines: tuple[Line, ...]) -> str | None:
    """Where nothing else names it, the association a general assembly is held in: a heading
    with the name before the assembly word ("# Referat for Alslug ekstraordinære
    generalforsamling"), or a line of the notice naming it after the word ("indkaldes ... til
    ekstraordinær generalforsamling i AlsLUG, for at ..."), not a room ("i Fælleshuset")."""
    for i, line in enumerate(lines[:_ASSEMBLY_LINES]):
        if "generalforsamling" not in line.text:
            continue
        if line.kind is LineKind.HEADING and (named := _organisation_by_assembly(line.text)):
            return named
        text = line.text
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if text[-1:] == "-" and nxt is not None and nxt.number == line.number + 1 and nxt.text:
            text = joined_wrapped([text, nxt.text])  # "... i Gjer-" over "lev Idrætsforening"
        held = _HELD_ASSEMBLY.match(text) if " holdt " in text or "afholdt" in text else None
        if held is not None and is_organisation.of(held.group(1)) and not kind_words(held.group(1)):
            return held.group(1)  # "Andelsboligforeningen Mågevej 12-26 afholdt ordinær ..."
        m = _ASSEMBLY_IN.search(text)
        if m is None:
            continue
        named = m.group("name")
        first_word = named.split(" ", 1)[0]
        if kind_words(named) is None and (
            m.group("kind") is not None  # "i foreningen Ørsted Forsamlingshus": it says so
            # "Andelsboligforeningen Skt. Hans Gården": an association named for its houses
            or (" " in named and is_organisation.of(first_word))
            or (not named.casefold().endswith(PLACE_WORD_ENDINGS) and not looks_like_place(named))
        ):
            return named
    return None


# "... for Vallensbæk Kommune, vedlagt ...", "Roskilde Kommunes ...": a municipality named
# inside a sentence (after a word in small letters, so no sentence's first word)
_MUNICIPALITY: Final = re.compile(
    r"(?:(?<=[a-zæøå,] )([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) kommunes?"
    r"|\b([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) Kommunes?)\b"
)  # "Ishøj kommune" mid-sentence; "Albertslund Kommune" anywhere


_REGION: Final = re.compile(r"\bRegion (?:[A-ZÆØÅ][a-zæøå]+)\b")


_PUBLIC_BODY: Final = re.compile(
    r"udvalg|kommunalbestyrelse|byråd|ældreråd|seniorråd|handicapråd|regionsråd|vækstforum"
)


def _sole_authority(
    body: str | None, lines: tuple[Line, ...], location: Location | None
) -> str | None:
    """A public body's minutes that name no organisation: the one municipality or region the
    text names ("Udvalget for Ældre og Sundhed" and "... for Vallensbæk Kommune, ...",
    "Regionsrådet" and "... besøger Region Nordjylland ..."), none when it names two or more
    (the case may be about another one). The meeting's place ("i Herning Kommune, Torvet 5")
    names a host, not the body's own."""
    if body is None or _PUBLIC_BODY.search(casefolded.of(body)) is None:
        return None
    found: set[str] = set()
    # "... finansieres af regionen", a "regionsrådsformand" among the members, a growth forum:
    # a region's body, not a municipality's
    regional = _REGIONAL_BODY.search(casefolded.of(body)) is not None
    place = range(location.span.start_line, location.span.end_line + 1) if location else range(0)
    for line in lines:
        text = line.text
        if line.number in place:
            continue
        if "ommune" in text:
            found.update(
                f"{m.group(1) or m.group(2)} Kommune" for m in _MUNICIPALITY.finditer(text)
            )
        if "egion" in text:
            found.update(_REGION.findall(text))
            regional = regional or _THE_REGION.search(text) is not None
        if len(found) > 1:
            return None
    if regional and found and not next(iter(found)).startswith("Region "):
        return None
    return found.pop() if found else None


_SITE_OWNER: Final = re.compile(
    r"^(?:©\s*)?((?:[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?\s+Kommune)|Region\s+[A-ZÆØÅ][a-zæøå]+)"
    r"\s*(?:[·|•–]\s|$)"
)


_FOOTER_REACH: Final = 5  # the last lines, where a web page's footer is


def _site_owner(lines: tuple[Line, ...]) -> str | None:
    """A municipality's or region's web page whose footer opens with its name ("Vordingborg
    Kommune · Senest opdateret 21.11.2024 · Tilgængelighedserklæring"): the organisation."""
    for text in islice((line.text for line in reversed(lines) if line.text), _FOOTER_REACH):
        m = _SITE_OWNER.match(text) if "ommune" in text or "egion" in text else None
        if m is not None:
            return m.group(1)
    return None


_THE_REGION: Final = re.compile(r"\b(?:regionen|regionens|regionsråd\w*)\b")


_REGIONAL_BODY: Final = re.compile(r"regionsråd|vækstforum")


def _without_capitals(text: str) -> str:
    """An all-capitals title written as a title is ("BESTYRELSESMØDE I GRUNDEJERFORENINGEN
    MOSEVANGEN": "Bestyrelsesmøde i Grundejerforeningen Mosevangen"): each word capitalised, the
    small words between names lower-case, abbreviations ("A/S", "GF") kept."""
    words = []
    for word in text.split(" "):
        low = word.casefold()
        if low in _SMALL_WORDS:
            words.append(low)
        elif len(word) <= 3 or "/" in word or "." in word:
            words.append(word)  # "A/S", "GF", "I/S", "A.m.b.a."
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


_SMALL_WORDS: Final = frozenset({"i", "og", "for", "af", "på", "til", "ved", "med", "om", "hos"})


_OPENING_LINES: Final = 3  # the free lines under a bare title that may name the meeting


_CALLER: Final = re.compile(r"([A-ZÆØÅ][\w'-]*(?:\s+[A-ZÆØÅ][\w'-]*){0,3})\s+indkalder\b")
"""An organisation calling its meeting at the start of a line ("Bådelauget Nordhavn indkalder
hermed til ordinær generalforsamling")."""


def _with_company_form(named: str, header: HeaderFacts) -> str:
    """The name with the company form a header line writes after it ("Fjernvarme Brande Øst"
    of an opening line, "Fjernvarme Brande Øst a.m.b.a." in the letterhead above it)."""
    texts = [ln.text for ln, _ in header.free[:_OPENING_LINES]] + [header.title or ""]
    for text in texts:
        at = text.find(named + " ")
        if at >= 0:
            rest = text[at + len(named) + 1 :]
            form = next((f for f in COMPANY_FORMS if rest.startswith(f)), None)
            if form is not None and rest[len(form) : len(form) + 1] in ("", " "):
                return f"{named} {form}"
    return named


def _organisation_in_opening(header: HeaderFacts, title: Line | None) -> str | None:
    """Under a bare title ("REFERAT"), an opening line naming the meeting and its organisation
    ("Ordinær generalforsamling i Grundejerforeningen Bakkely, tirsdag den 12. marts ...",
    "Bådelauget Nordhavn indkalder hermed til generalforsamling",
    "Hermed indkaldes til generalforsamling i Andelsboligforeningen Solsikken"): the name after
    "i" when it names an organisation and no room ("... i Fælleshuset"). Further down (under an
    e-mail's headers and greeting) only a minutes title names it ("Referat af bestyrelsesmøde i
    Antenneforeningen Kirkebakken")."""
    for ln, _ in header.free[:_OPENING_LINES]:
        if ln is title or not MEETING_WORD.search(ln.text):
            continue
        calling = _CALLER.match(ln.text)  # "Bådelauget Nordhavn indkalder hermed til ..."
        if (
            calling is not None
            and is_organisation.of(calling.group(1))
            and _BODY_LAST.search(casefolded.of(calling.group(1))) is None  # not "Bestyrelsen"
        ):
            return calling.group(1)
        text = ln.text
        held = _HELD_VERB.search(text) if text[:1] in "ÅA" else None
        if held is not None:  # "År 2025, torsdag ..., afholdtes bestyrelsesmøde i Fjordlys
            text = _PLACE_IN_SMALL.sub("", text[held.end() :])  # Fjernvarme A.m.b.A. på
        named = organisation_by_meeting_word(text.split(",", 1)[0])  # selskabets kontor"
        if (
            named is not None
            and is_organisation.of(named)
            and not named.casefold().endswith(PLACE_WORD_ENDINGS)
        ):
            return _with_company_form(named, header)
    for ln, _ in header.free[_OPENING_LINES:]:  # under an e-mail's headers and greeting
        if ln is title:
            continue
        low = casefolded.of(ln.text)
        titled = low.startswith(MINUTES_TITLE_OPENINGS)
        # (or a mail's sentence that sends them: "Her kommer referatet fra mandagens møde i
        # Ulvsbjerg Borgerforening. Sig til ...", up to its full stop)
        sent = low.startswith("her") and MINUTES_SENT.match(low) is not None
        if titled or sent or _BODY_MEETING_OPENS.match(ln.text):  # "**Bestyrelsesmøde i X**"
            text = ln.text.split(". ", 1)[0] if sent else ln.text
            named = organisation_by_meeting_word(text.split(",", 1)[0])
            if named is not None and is_organisation.of(named):
                return _with_company_form(named, header)
        elif _TITLE_PARTS.search(ln.text) and MEETING_WORD.search(ln.text):
            named = _organisation_by_segment(ln.text)  # "A/B Ørnehøj – bestyrelsesmøde torsdag
            if named is not None:  # d. 28/8 kl 19-21"
                return named
    return None


MINUTES_SENT: Final = re.compile(
    r"(?:hermed|her)\s+(?:kommer|er|følger|sendes|fremsendes)\s+(?:hermed\s+)?referatet?\s+(?:fra|af)\s"
)
"""A mail's sentence that sends the minutes ("Her kommer referatet fra mandagens møde i X")."""


_HELD_VERB: Final = re.compile(r"\b(?:afholdtes|afholdt|holdtes|holdt)\s+")


_PLACE_IN_SMALL: Final = re.compile(r"\s+(?:på|hos)\s+[a-zæøå][^,]*")
"""A place in small letters after the organisation ("... på selskabets kontor")."""


def _organisation_by_breadcrumb(header: HeaderFacts) -> str | None:
    """A web page's breadcrumb trail whose first crumb names a municipality or region ("Region
    Sjælland › Politik › Regionsrådet › Møder"), or whose board it is the crumb over ("SF
    Svendborg › Bestyrelsen › Referater"): the site's owner, the organisation."""
    for line in header.furniture[:4]:
        text = line.text
        if "›" not in text and " > " not in text:
            continue
        crumbs = [c.strip() for c in re.split(r"\s+[›>]\s+", text)]
        first = _YOU_ARE_HERE.sub("", crumbs[0])  # "Du er her: Forside › Menighedsrådet › ..."
        if normalise_label.of(first) in _HOME_CRUMBS:
            continue  # the site's home page names no one
        if _PLACE_ORGANISATION.fullmatch(first):
            return first
        board = any(
            (key := normalise_label.of(c)) in BOARD_GROUP_WORDS or key.endswith("bestyrelsen")
            for c in crumbs[1:4]
        )
        if (  # "SF Svendborg › Bestyrelsen › Referater", "Kløverbakkeskolen › Grupper ›
            # Skolebestyrelsen › ...": the board's own association or school
            len(crumbs) > 2
            and board
            and first[:1].isupper()
            # a name, not "Klubben › Bestyrelsen › Referater", "Om selskabet › Bestyrelsen"
            and (" " in first or (is_organisation.of(first) and not _generic(first)))
            and not casefolded.of(first).startswith(("om ", "about "))
        ):
            return first
    return None


_CRUMB_BODY_TAIL: Final = re.compile(r" (?:for|i|ved|på) [A-ZÆØÅ]")


_YOU_ARE_HERE: Final = re.compile(r"^(?:du\s+er\s+her|you\s+are\s+here)\s*:\s*", re.IGNORECASE)


_HOME_CRUMBS: Final = frozenset({"forside", "forsiden", "hjem", "home", "start", "startside"})


def _body_by_crumb(body: str, header: HeaderFacts) -> str | None:
    """A crumb of a page's trail naming the body in full, where the title names it short
    ("Spaces / Studienævn for Datalogi og IT / Møder" over "2025-04-08 Studienævnsmøde")."""
    for line in header.furniture[:4]:
        if not breadcrumb(line.text) and line.text.count(" / ") < 2:
            continue
        for crumb in crumbs(line.text):
            if (
                len(crumb) <= 80
                and crumb[: len(body)].casefold() == body.casefold()
                and _CRUMB_BODY_TAIL.match(crumb, len(body)) is not None
            ):
                return crumb
    return None


def _generic(word: str) -> bool:
    """A word that is only an organisation's kind ("Klubben", "Skolen"), no one's name."""
    return word.casefold() in ORGANISATION_SUFFIXES


def _organisation_by_site_footer(footer: HeaderFacts) -> str | None:
    """A web page's footer of contact details opening with a name ("Sorø Kommune · Rådhusvej 8
    · 4180 Sorø · Tlf. ...", "© Kærbygaard Golfklub 2025 | Privatlivspolitik"): the site's
    owner, the organisation, when nothing above names one."""
    lines = sorted(footer.furniture + [ln for ln, _ in footer.free], key=lambda ln: ln.number)
    for k, line in enumerate(lines):
        text = line.text
        below = lines[k + 1] if k + 1 < len(lines) else None
        if (  # "**Skovbo Kommune**" over "Torvet 1 · 4140 Borup": the name over its address
            below is not None
            and below.number == line.number + 1
            and (has_postcode(below.text) or contact_line(below.text))
            and 3 <= len(text) <= 60
            and " " in text
            and not has_digit(text)
            and not _FOOTER_SEGMENT.search(text)
            and is_organisation.of(text)
        ):
            return _letterhead_organisation(text)
        if not contact_line(text) and not (("·" in text or "|" in text) and has_postcode(text)):
            continue  # "Region Sjælland · Alléen 15 · 4180 Sorø": a name and its address
        first = _FOOTER_SEGMENT.split(text.lstrip("© "), maxsplit=1)[0]
        first = _FOOTER_YEAR.sub("", first).strip(" ,")
        if (
            3 <= len(first) <= 60
            and " " in first  # "Kommunen" alone names no one
            and ":" not in first  # "Kontakt: Rådhuset" is an address
            and not has_digit(first)
            and is_organisation.of(first)
        ):
            return _letterhead_organisation(first)
    return None


_FOOTER_SEGMENT: Final = re.compile(r"\s+[·|]\s+|,\s+")


_FOOTER_YEAR: Final = re.compile(r"(?:^|\s)(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?\b")


_TITLE_SEGMENTS: Final = re.compile(r"\s+[–—|-]\s+|\.\s+|,\s+")


def _organisation_by_place_word(title: str) -> str | None:
    """ "... Sønderborg Kommune", "Region Syddanmark ...": a part of the title naming one."""
    for seg in _TITLE_SEGMENTS.split(title):
        words = seg.casefold().split()
        if words and ("kommune" in words or "region" in words or words[-1] in ("universitet",)):
            cased = _organisation_case(seg)
            m = _PLACE_ORGANISATION.search(cased)  # "REGION SYDDANMARK"
            if m:
                named = [m.group(0)]
                for word in reversed(cased[: m.start()].split()[-3:]):
                    if (
                        not m.group(0).startswith("Region")
                        or not _NAME_BEFORE_REGION.fullmatch(word)
                        or kind_words(word) is not None
                        or MEETING_WORD.search(word) is not None
                    ):
                        break
                    named.insert(0, word)  # "Business Region Vestkyst", "DGI Håndbold Region
                return " ".join(named)  # Syd": named with the region, no region itself
    return None


_NAME_BEFORE_REGION: Final = re.compile(r"[A-ZÆØÅ](?:[a-zæøå]{2,}|[A-ZÆØÅ]{1,5})")
_BODY_LAST: Final = re.compile(
    r"(?:bestyrelse|udvalg|råd|gruppe|forum|formandskab|repræsentantskab|komit[ée]|panel)"
    r"(?:n|et|en|s)?$"
)


_TITLE_PARTS: Final = re.compile(r"\s+[–—|·-]\s+")


_WHEN_AFTER: Final = re.compile(
    r"\s+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\b|den\b|d\.|kl\.?|\d"
    # a month alone, written out or short ("LAG Djursland – bestyrelsesmøde aug.")
    r"|(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)(?:\.|\b)).*$",
    re.IGNORECASE,
)


_NAME_WORD: Final = re.compile(r"[A-ZÆØÅ][\w'./-]*|og|i|for|af")


_SHORT_FORM: Final = re.compile(r"\s+\([A-ZÆØÅ][A-ZÆØÅ0-9&/-]{1,7}\)$")  # "(HHK)", "(AAB)"


_MAX_NAME_WORDS: Final = 4


def _without_opening(text: str) -> str:
    """A title's part without the document's kind it opens with ("Referat af LokalMED-møde":
    "LokalMED-møde")."""
    low = casefolded.of(text)
    for opening in TITLE_OPENINGS:
        if low.startswith(opening):
            return text[len(opening) :]
    return text


def _organisation_by_segment(title: str) -> str | None:
    """ "Referat – Skolebestyrelsen – Vestbyskolen – 14-05-2024": a part of a title cut by dashes
    or bars (or, without them, after its last comma: "Skolebestyrelsen, Vestbyskolen") that is
    a name of an organisation ("...skolen", "...foreningen", "A/S"), neither the
    document's kind nor a body ("Skolebestyrelsen")."""
    parts = _TITLE_PARTS.split(title)
    if len(parts) == 1 and ", " in title:
        # "Møde i Forældrerådet, Mariehøj Børnehus": the part after the last comma only (a
        # name may hold commas: "Ministeriet for Fødevarer, Landbrug og Fiskeri")
        parts = title.rsplit(", ", 1)[1:]
    # "Naturpark Karup Å-dalen – Styregruppemøde": a name beside the meeting's word alone is
    # whose meeting it is, whatever words the name has
    meeting_beside = len(parts) == 2 and any(  # (its date and time after it: "Vokalensemblet
        MEETING_WORD.search(p) is not None
        # (a label before it: "Meeting recap: Styregruppemøde – Destination Kystlandet")
        and len(_WHEN_AFTER.sub("", _without_opening(p.rsplit(": ", 1)[-1])).split()) == 1
        for p in parts  # Cantilena – bestyrelsesmøde 2025-01-28, kl. 19:00-21:00")
    )  # (and the document's kind before it: "Referat af LokalMED-møde – Hjemmeplejen Nord")
    for part in parts:
        if part[-1:] == ")" and (short := _SHORT_FORM.search(part)) is not None:
            part = part[: short.start()]  # "Hedegårds Håndboldklub (HHK)": its short form apart
        words = part.split()
        if (
            0 < len(words) <= _MAX_NAME_WORDS
            and words[0][:1].isupper()
            and all(_NAME_WORD.fullmatch(w) for w in words)
            and (is_organisation.of(part) or (meeting_beside and len(words) >= 2))
            and kind_words(part) is None
            and _BODY_WORD.search(part) is None
            and _BODY_LAST.search(casefolded.of(part)) is None  # "Bestyrelsen", "Styregruppen"
            and MEETING_WORD.search(part) is None  # "Teammøde Jobcenter Ikast-Brande"
        ):
            return part
    return None


def organisation_by_meeting_word(title: str) -> str | None:
    """ "... møde i Bestyrelsen": the title ends in "i" and a name after a meeting word.

    The name must end the title and "i" is never part of it, so the name can stand in one place
    only: it is found first and the meeting word looked for before it (no digit in between).
    That scans the title once, not once per "møde".
    """
    title = _without_tail.of(title)  # "... i Odense Fotoklub den 15. marts 2025"
    m = _NAME_AT_END.search(title)
    if m is None:
        return None
    name = m.group(2)
    longer = _BRANCH_BEFORE.search(title, 0, m.start() + 1) if m.group(1) == "i" else None
    if (
        longer is not None
        and longer.end() == m.start()
        and MEETING_WORD.search(longer.group(2)) is None  # ("møde i Møde i Bestyrelsen")
        and not kind_words(longer.group(2))  # ("møde i Referat i Kommune")
        and is_organisation.of(f"{longer.group(2)} i {name}")
    ):  # "bestyrelsesmøde i Socialdemokratiet i Egebjerg": a party's branch, named for its town
        m, name = longer, f"{longer.group(2)} i {name}"
    if (
        m.group(1) != "i"
        and not casefolded.of(name).endswith(_SCHOOL_ENDINGS)
        and not casefolded.of(name).startswith(_INSTITUTION_STARTS)
    ):  # "på"/"ved" only before a school or an institution: "Skolebestyrelsesmøde på
        return None  # Vestskolen", "brugerrådsmøde på Plejecenter Kastanjegården"
    before = title[: m.start()]
    digit = next((k for k in range(len(before) - 1, -1, -1) if before[k].isdecimal()), -1)
    if MEETING_WORD.search(before, digit + 1) and not kind_words(name):
        return name
    return None


_BRANCH_BEFORE: Final = re.compile(r"\s(i)\s+([A-ZÆØÅ][\w']*(?:\s+[A-ZÆØÅ][\w']*)?)(?=\s$)")


TITLE_TAIL: Final = re.compile(
    rf",\s*(?i:{'|'.join(WEEKDAYS)}|den|d\.)\s.*\d.*"  # "..., onsdag d. 22/1 2025, 17.00-19.00"
    # "... i Højby Vandværk mandag den 13. maj kl. 19"
    rf"|\s+(?i:{'|'.join(WEEKDAYS)})(?:\s+(?:den|d\.))?\s+\d.*"
    r"|(?:\s+(?:den|d\.)\s+\d.*|\s+\d{1,2}\.\s*[a-zæøå]+\s+\d{4}|\s+\d{4}|\s*\([^()]{1,40}\)"
    r"|\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s+kl\.?\s.*)?)\s*$"  # ("4/6-24 kl. 10 hos Edith")
)


def _without_title_tail(title: str) -> str:
    """The title without its date, time or remark at the end (``TITLE_TAIL``; every one of
    them holds a digit or a bracket, so a title with neither is as it is)."""
    return TITLE_TAIL.sub("", title) if "(" in title or has_digit(title) else title


_without_tail: Final = memo(_without_title_tail, 1024)  # (asked of a title by several readers)


# "... i Odense Fotoklub", "... i Nordlys Energi A/S", "... på Vestskolen": the preposition in
# group 1, the name (up to four capitalised words and a company form) in group 2
_NAME_AT_END: Final = re.compile(  # (capitals joined: "LAG Thy-Mors", "A/B Solsikken")
    r"\s(i|på|ved)\s+((?:(?:Skt|Sct|St|Gl|Ndr|Sdr|Nr|Kgs)\.\s*)?"  # ("i Sct. Pauls Sogn")
    r"[A-ZÆØÅ][\w']*(?:[-/][A-ZÆØÅ][\w']*)*"
    r"(?:\s+[A-ZÆØÅ][\w']*(?:[-/][A-ZÆØÅ][\w']*)*){0,3}"
    rf"(?:\s+(?:{'|'.join(re.escape(f) for f in COMPANY_FORMS)})"
    rf"|,?\s+(?:{'|'.join(re.escape(f) for f in DEPARTMENT_WORDS)})\s*\d+[a-zA-Z]?"
    r"(?:,?\s+[A-ZÆØÅ][\w'-]*(?:\s+[A-ZÆØÅ][\w'-]*){0,2})?)?)\s*\.?$"
)


_SCHOOL_ENDINGS: Final = ("skole", "skolen", "gymnasium", "gymnasiet")


_INSTITUTION_STARTS: Final = (
    "plejecenter", "plejehjem", "børnehuset", "børnehaven", "vuggestuen", "dagtilbud",
    "aktivitetscenter", "demenscenter", "efterskole", "højskole", "bosted", "botilbud",
)  # fmt: skip
"""An institution's name opening with its kind ("på Plejecenter Kastanjegården")."""


# "Møde i ...", "Bestyrelsesreferat 22. maj" (a body's minutes: its meeting)
MEETING_WORD: Final = re.compile(r"(?:møde|forsamling|samling|sreferat)\b", re.IGNORECASE)


_MEETING_START: Final = re.compile(r"(?:\w+\s)?\w*(?:møde|forsamling)\b", re.IGNORECASE)
"""A line opening with a meeting ("Bestyrelsesmøde d. 3/4-24", "Ordinær generalforsamling")."""


_COMMITTEE: Final = re.compile(r"[A-ZÆØÅ][\w-]+udvalget")


def _committee_of(header: HeaderFacts) -> tuple[str, str] | None:
    """ "VESTER HASSING MENIGHEDSRÅD" over "Kirkegårdsudvalget": a council named on a line of its
    own and, on the line right under it, one of its committees. The committee is the body and
    the council its organisation."""
    free = [ln for ln, _ in header.free[:6]]
    for upper, lower in pairwise(free):
        if lower.number != upper.number + 1 or _COMMITTEE.fullmatch(lower.text.strip()) is None:
            continue
        name = _organisation_case(upper.text.strip())
        m = _BODY_WORD.search(name)
        if m is not None and m.group(1).strip() == name and " " in name:
            return lower.text.strip(), name
    return None


def _body_from(header: HeaderFacts, title: Line | None, top: list[Line]) -> str | None:
    """The body the title or the first free lines name; else the one the meeting's word names
    ("Referat af bestyrelsesmøde": "Bestyrelse"). A body named by its word alone is as the
    header's lines write it when one of them does (``top``: the lines above the first item):
    "Bestyrelsen" for "bestyrelsesmøde", "Ørslev Menighedsråd" for a menu's "Menighedsråd"."""
    body = _body_named(header, title)
    if body is None:
        body = _letterhead_body(top)
    if body is None or " " in body:
        return body
    return _body_written(body, top) or body


def _letterhead_body(top: list[Line]) -> str | None:
    """A body's name alone on one of the first lines of a letterhead ("FOA Vestfjord" over
    "Afdelingsbestyrelsen"; no colon, no names under it as a list's label)."""
    lines = [ln for ln in top[:_TOP_LINES] if not ln.blank][:3]
    if _general_assembly(lines):
        return None  # the board at a general assembly is not the body that meets
    for k, ln in enumerate(lines):
        text = ln.text.strip(" *_#")
        if ":" in text or ln.bullet or not _body_only(text) or " " in text:
            continue
        below = lines[k + 1] if k + 1 < len(lines) else None
        if below is not None and (below.bullet or is_name(below.text, allow_single=False)):
            continue  # "Bestyrelsen" over "- Anna Holm": the label of a list of people
        return text
    return None


_REGION_AFTER: Final = re.compile(
    r"\s+(?:Nordjylland|Midtjylland|Syddanmark|Sjælland|Hovedstaden|Bornholm)\b"
)
"""The region a regional body is named for ("Vækstforum *Midtjylland*")."""


_PURPOSE: Final = re.compile(
    r"(\s+(?:for|om)\s+(?!(?:at|den|det|de|en|et|os|dig|mig)\b)[^\W\d][\w-]*"
    r"(?:\s+(?:og\s+)?[^\W\d][\w-]*){0,3}(?:\s+\d+(?:[.-]\d+)?)?)"  # "... 2.0", "... 1998-2000"
    r"\s*(?:$|\||[–—]\s|-\s|,)"
)
"""What a body is for or about, in lower case, up to the end of the line or a separator:
"Arbejdsgruppen *for velfærdsteknologi*", "Koordinationsforum *for iværksætterindsatsen* |
Erhvervshus Midtjylland", "Programstyregruppen *for Fælles Borgerportal 2.0*", "Arbejdsgruppe
*om demensvenlige boliger* – møde 3"."""


_ENGLISH_TITLE: Final = re.compile(r"(?:minutes|agenda|meeting|notes)\b", re.IGNORECASE)


_SENT_FROM: Final = re.compile(
    r"\b(?:gæst\w*|repræsentant\w*|deltager\w*|medlem\w*|folk)\s+fra\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
"""People sent from a body, right before its name ("gæsterne fra Ørsted Lokalråd"): another
body than the one that meets."""


def _body_named(header: HeaderFacts, title: Line | None) -> str | None:
    # the title line, or a labelled title ("Emne: Referat af bestyrelsesmøde 3. april")
    title_text = title.text if title is not None else header.title
    if title_text and " / " in title_text:  # "Referat af møde i institutbestyrelsen / Minutes
        danish, _, english = title_text.partition(" / ")  # of the Department Board meeting"
        if _ENGLISH_TITLE.match(english):
            title_text = danish
    texts = [title_text] if title_text else []
    free = [ln for ln, _ in header.free if ln.kind is not LineKind.HTML]
    for ln in free[:6]:  # a letterhead's columns apart ("REGION VESTKYST   Regionsrådet")
        texts += _columns_of(ln)
    # the first headings or bold lines further down ("# Skolebestyrelsen – Lindebjergskolen"
    # under a converter's notes, "**Indkaldelse til ekstraordinært møde i Regionsrådet**" under
    # a letter's head)
    texts += [ln.text for ln in free[6:] if ln.kind is LineKind.HEADING or ln.strong][:2]
    for k, text in enumerate(texts):
        text = text.replace("_", " ")  # a file's name: "Referat_Økonomiudvalget_12.03.2024"
        cased = _organisation_case(text)
        if cased is text and _CAPITALS_WORD.search(text):  # "UNGDOMSRÅDET – Vesterlund Kommune"
            cased = _CAPITALS_WORD.sub(lambda w: w.group().capitalize(), text)
        after = _BODY_AFTER_DASH.search(text) if "–" in text or " - " in text else None
        if after is not None:  # "Børnehuset Mælkebøtten – forældrebestyrelsen"
            return after.group(1)[:1].upper() + after.group(1)[1:]
        m = _BODY_WORD.search(cased)  # "ÆLDRERÅDET I VIBORG KOMMUNE"
        if m and k > 0 and _POSSESSOR.match(cased, m.end()):
            continue  # "Ungdomsudvalgets formand Mira Holt var inviteret ...": whose, not who met
        if m and k > 0 and text[:1].islower():
            continue  # "hvis ... ellers lægger jeg det i Facebook-gruppen": a sentence goes on
        if m and k > 0 and _SENT_FROM.search(cased, 0, m.start()):
            continue  # "... særligt til gæsterne fra Ørsted Lokalråd": a body that sent guests
        if m:
            body = m.group(1).strip()
            if body.endswith("råd"):  # "Tørring Menighedsråd – Kirkegårdsudvalget", or the
                # committee on the next line: the council's committee meets
                committee = _COMMITTEE_AFTER.match(cased, m.end(1))
                if committee is not None:
                    return committee.group(1)
                if k + 1 < len(texts) and _COMMITTEE_ALONE.fullmatch(texts[k + 1].strip(" *_#")):
                    return texts[k + 1].strip(" *_#")
            if body.casefold() not in ("udvalg", "råd"):
                region = _REGION_AFTER.match(cased, m.end(1))  # "Vækstforum Midtjylland"
                if region is not None:
                    return body + region.group()
                purpose = _PURPOSE.match(cased, m.end(1)) if " for " not in body else None
                return body + purpose.group(1) if purpose is not None else body
    meeting = (
        _BODY_MEETING.search(_organisation_case(title_text.replace("_", " ")))
        if title_text
        else None
    )
    if meeting is None and title is not None and normalise_label.of(title.text) in TITLE_HEADINGS:
        for ln, _ in header.free[:4]:  # "# Referat" over "**Foreningen X – bestyrelsesmøde**"
            if ln is not title and 0 < ln.number - title.number <= 3:  # (below the title)
                meeting = _BODY_MEETING.search(ln.text)
                if meeting is not None:
                    break
    if meeting is not None:  # "Referat af bestyrelsesmøde", "OS2faktor styregruppemøde"
        stem = meeting.group(1) or meeting.group(2) or meeting.group(3)
        if stem.casefold() not in ("udvalg", "råd"):
            return stem[:1].upper() + stem[1:]
    for text in texts[1:]:  # a free line that opens with the meeting ("Bestyrelsesmøde i
        if text[:10].casefold() == "meeting of":  # "Meeting of the PhD Committee, Faculty of
            of_the = _BODY_MEETING.match(text)  # Health Sciences" under a bare title
            if of_the is not None and of_the.group(3):
                return of_the.group(3)
        opening = _BODY_MEETING_OPENS.match(text)  # Affald Vest I/S", "Bestyrelsesmøde torsdag
        if opening is not None and opening.group(1).casefold() not in ("udvalg", "råd"):
            stem = opening.group(1)  # (den 16. januar ...)", "BESTYRELSESMØDE")
            return stem.capitalize() if stem.isupper() else stem[:1].upper() + stem[1:]
    for text in texts:  # "Indkaldelse til møde i forældrerådet": the body in small letters
        held = (
            _MEETING_OF_BODY.search(text)
            or _BODY_HELD_MEETING.search(text)
            or _HELD_BODY_MEETING.search(text)
        )
        if held is not None:
            return held.group(1)[:1].upper() + held.group(1)[1:] + (held.group(2) or "")
    for text in texts if "møde" in "".join(texts) else ():  # "Referat af OB-møde": the
        abbreviated = _ABBREVIATED_BODY_MEETING.search(text)  # body its letters stand for
        if abbreviated is not None:
            return BODY_ABBREVIATIONS[abbreviated.group(1)]
    return _bare_body_part(title_text) if title_text else None


_ABBREVIATED_BODY_MEETING: Final = re.compile(
    rf"(?<![\w-])({'|'.join(BODY_ABBREVIATIONS)})(?:-|\s)?møde(?:t|r)?\b"
)


_COMMITTEE_NAME: Final = r"[A-ZÆØÅ][\w-]*udvalg(?:et)?"  # "Kirkegårdsudvalget"


_COMMITTEE_AFTER: Final = re.compile(rf"\s+[–—|·-]\s+({_COMMITTEE_NAME})\s*(?:$|[–—|·-]\s)")
"""A council's committee after it in a title ("Tørring Menighedsråd – *Kirkegårdsudvalget*")."""


_COMMITTEE_ALONE: Final = re.compile(_COMMITTEE_NAME)


_LETTERHEAD_PARTS: Final = re.compile(r"\s+[–—|·-]\s+|,\s+")


_DASH_PARTS: Final = re.compile(r"\s+[–—|·-]\s+")


_LETTERHEAD_COLUMNS: Final = re.compile(  # \s+[–—|·-]\s+|,\s+|\s{3,}
    r"[\s,](?:(?<=,)\s+|(?<=\s)\s*[–—|·-]\s+|(?<=\s)\s{2,})"
)


_NOT_A_PLACE: Final = frozenset(
    ("om", "referat", "dagsorden", "møde", "mødet", "kommune", "amtskommune", "region", "amt")
)


_CRUMB_MARKS: Final = ("›", "»", " / ", ">")  # (not the slash of "A/S")


COLUMN_GAP: Final = re.compile(r"\s{5,}")


_ONE_WORD_ORGANISATION: Final = 10


def _organisation_beside_body(body: str | None, top: list[Line]) -> str | None:
    """An organisation's name beside the body on a header line of their own ("##
    Ejerforeningen Solbakkegården – Bestyrelsen", "Fjordlandets Museer · Bestyrelsen"), where
    nothing else names the organisation."""
    if body is None:
        return None
    folded = body.casefold()
    committee = folded.endswith(("udvalg", "udvalget"))  # (a council's, perhaps)
    before: Line | None = None  # the line over this one
    for ln in top[: _TOP_LINES * 4]:
        over, before = before, (before if ln.blank else ln)
        if over is not None and committee and ln.text.strip(" *_#") == body:
            # "**VESTER AABY MENIGHEDSRÅD**" over "**Kirkegårdsudvalget**": the council's
            above = _self_standing(_organisation_case(over.text.strip(" *_#")))
            if above is not None:
                return above
        # (a running header's left column: "Kirkebakkeskolen · Skolebestyrelsen      Referat")
        text = ln.text
        if "     " in ln.raw:
            text = " ".join(COLUMN_GAP.split(ln.raw.strip(), maxsplit=1)[0].split())
        if ln.blank or "](" in ln.raw or len(text) > 80 or folded not in text.casefold():
            continue
        parts = [p.strip(" *_#") for p in _DASH_PARTS.split(text)]  # (the dash first: "... –
        if len(parts) != 2:  # Boligforeningen Ringgården, afd. 9 Engkrogen")
            parts = [p.strip(" *_#") for p in _LETTERHEAD_PARTS.split(text)]
        # (or "Møde i gruppebestyrelsen – KFUM-Spejderne Tranehøj Gruppe": the meeting's part)
        named = [p.casefold() == folded or p.casefold().endswith(" i " + folded) for p in parts]
        if len(parts) == 2 and any(named):
            other = parts[1] if named[0] else parts[0]
            # "Tørring Menighedsråd – Kirkegårdsudvalget": the council whose committee it is
            council = committee and other.endswith("råd")
            if (
                other[:1].isupper()
                and (" " in other or len(other) >= _ONE_WORD_ORGANISATION)  # "Kirkebakkeskolen"
                and not other.isupper()
                and not contains_any(other, _CRUMB_MARKS)
                and (is_organisation.of(other) or council)
                and (not _BODY_WORD.search(other) or council)
            ):
                return other
    return None


def _body_written(found: str, top: list[Line]) -> str | None:
    """The body ``found`` ("Bestyrelse", "Menighedsråd") as a header's line writes it by
    itself or beside its organisation: "Lundgårde Boldklub – Bestyrelsen", "# Nørrebakke Skole
    – Skolebestyrelsen", a council with its place ("**Ørslev Menighedsråd**", "Hesselballe Sogns
    Menighedsråd"). The place's name beats the bare word (a menu's "Menighedsrådet" over it);
    the definite form ("Bestyrelsen") beats the word of "bestyrelsesmøde". Link texts, capitals
    (but for the bare word: "REFERAT – GRUPPERÅDET" gives "Grupperådet") and a municipality
    before the body ("Ravnsø Kommune Handicaprådet") are no candidates. None when no line
    writes it otherwise."""
    folded = found.casefold()
    stem = folded[:-2] if folded.endswith("et") else folded
    stem = stem[:-1] if stem.endswith("en") else stem
    written = re.compile(
        rf"((?:[A-ZÆØÅ][\w-]*\s+){{0,3}}){re.escape(stem)}(?:en|et|n|t)?"
        r"(\s+for\s+[A-ZÆØÅ][\w-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\w-]*){0,3})?",
        re.IGNORECASE,
    )
    bare: str | None = None
    held_in = (
        re.compile(rf"\bmøde i ((?:[A-ZÆØÅ][\w-]*\s+){{1,3}}(?i:{re.escape(stem)})(?:et)?)\b")
        if stem.endswith("råd")
        else None
    )
    for ln in top[: _TOP_LINES * 4]:
        if held_in is not None and "møde i " in ln.text:  # "Referat af møde i Ravnholt-Ellested
            held = held_in.search(ln.text)  # Lokalråd mandag 8/4-2019 kl. 19.00 i ...": the
            if held is not None:  # council with its place, in a sentence
                return held.group(1)
        if ln.blank or "](" in ln.raw or len(ln.text) > 120 or _site_menu(ln.text):
            continue
        text = ln.raw.strip() if "   " in ln.raw else ln.text  # a running header's columns
        for part in _LETTERHEAD_COLUMNS.split(text):
            part = part.strip(" *_#")
            m = written.fullmatch(part)
            if m is None:
                continue
            place = m.group(1).split()
            if part.isupper():  # "REFERAT – GRUPPERÅDET, RAVNSBORG GRUPPE": the bare word only
                if bare is None and not place and not m.group(2) and folded == stem:
                    bare = part.capitalize()
                continue
            if m.group(2):  # "... for X": a council named for its place, a group for its work
                named = m.group(2).split()[1][:1].isupper()  # (not "for at sikre ...")
                if not place and named and not stem.endswith("bestyrelse"):  # (a board's X is its
                    return part  # organisation) "Landsbyrådet for Bøstrup og Omegn",
                continue  # "**Styregruppen for Midtjysk IT-samarbejde**"
            if not place:
                if bare is None and folded == stem and part.casefold() != stem:
                    bare = part[:1].upper() + part[1:]  # "Bestyrelsen" for "bestyrelsesmøde"
            elif (
                stem.endswith("råd")
                and all(w[:1].isupper() and w.casefold() not in _NOT_A_PLACE for w in place)
                and not is_organisation.of(" ".join(place))
            ):
                return part
    return bare


def _site_menu(text: str) -> bool:
    """A site's menu on one line ("Forside · Træningstider · Bestyrelsen · Kontakt"): its
    entries are pages, no body's name (a breadcrumb's last crumb may be: "Aula › Beskeder ›
    Forældreforeningen – Bestyrelsen")."""
    return (text.count(" · ") >= 2 or text.count(" | ") >= 2) and breadcrumb(text)


_BOARDS_ALONE: Final = frozenset(("bestyrelsen", "repræsentantskabet", "direktionen"))


def _general_assembly(top: list[Line]) -> str | None:
    """The assembly of all members the first lines of the header name ("Referat af ordinær
    generalforsamling", "Mødetype: Ekstraordinær generalforsamling", "Referat af afdelingsmøde"):
    the assembly is the body that meets, not the board that calls it."""
    for ln in top[:_TOP_LINES]:
        low = casefolded.of(ln.text)
        if "møde" in low or "generalforsamling" in low:
            for word, body in ASSEMBLY_MEETINGS.items():
                at = low.find(word)
                if at == 0 or (at > 0 and not low[at - 1].isalpha()):  # not "forårsmøde"
                    return body
    return None


def _board_alone(top: list[Line]) -> str | None:
    """A board named by its word alone on a heading or bold line of the header, by itself or
    beside the kind of the document ("## Bestyrelsen", "**Bestyrelsen**", "# Bestyrelsen –
    beslutningsreferat"); not a label over its members ("**Bestyrelsen:**") nor the board of a
    general assembly's minutes."""
    lines = top[:_TOP_LINES]
    if _general_assembly(lines):
        return None
    for ln in lines:
        if ln.blank or ":" in ln.text:
            continue
        emphasised = ln.kind is LineKind.HEADING or ln.strong
        parts = [p.strip(" *_#") for p in _LETTERHEAD_PARTS.split(ln.text)]
        for k, part in enumerate(parts):
            if part.casefold() in _BOARDS_ALONE and (
                (len(parts) == 1 and emphasised)
                or (len(parts) > 1 and all(kind_words(p) for i, p in enumerate(parts) if i != k))
            ):  # (a plain line too: "Bestyrelsen – referat af møde onsdag den 19. marts 2025")
                return part
    return None


_BODY_DECIDED: Final = re.compile(r"^(.{3,80}?),\s+(\S.{5,25}?),\s+pkt\.?\s*\d{1,4}$")


def _body_by_decisions(items: list[AgendaItem], date: dt.date | None) -> str | None:
    """ "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42" over the decision of every item (a case
    system's web page) and no body named above: the body that decided on the meeting's date."""
    bodies: set[str] = set()
    for item in items:
        for section in item.sections:
            m = _BODY_DECIDED.match(section.heading or "")
            if section.kind is not SectionKind.BESLUTNING or m is None:
                continue
            hits = find_dates(m.group(2))
            if date is not None and hits and hits[0].date == date:
                bodies.add(m.group(1).strip())
    return bodies.pop() if len(bodies) == 1 else None


def _bare_body_part(title: str) -> str | None:
    """ "Godkendt referat – Bestyrelsen", "Referat – OS2mo koordinationsgruppe": a part after
    the first that is a body's bare name (one word, or a product's or project's name before
    it)."""
    for part in _TITLE_PARTS.split(title)[1:]:
        words = part.split()
        if (
            part[:1].isupper()
            and len(words) <= _BODY_PART_WORDS
            and _BODY_LAST.search(casefolded.of(words[-1]))
            and all(_NAMED_BEFORE_BODY.fullmatch(w) for w in words[:-1])
        ):
            return part
    return None


_BODY_PART_WORDS: Final = 2


_NAMED_BEFORE_BODY: Final = re.compile(r"[A-ZÆØÅ0-9][\w.-]*|[a-z]+[A-Z0-9][\w.-]*")
"""A name before a body word ("OS2mo", "Projekt", "IT"): capitalised, or a product name with a
capital or digit inside ("os2mo" is no such name, "OS2mo" is)."""


def document_kind(
    items: list[AgendaItem],
    hint: DocumentKind | None,
    date: dt.date | None,
    reply: DocumentKind | None = None,
) -> DocumentKind | None:
    """``reply``: the kind a reply's subject names ("SV: Indkaldelse ..."), taken when no item
    records an outcome (a reply may hold the minutes, or correct the notice it quotes)."""
    notice = reply in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE)
    if hint is None and notice and not any(map(_settled, items)):
        hint = reply  # "SV: Indkaldelse ... – RETTELSE AF TIDSPUNKT" over the notice
    agenda_hint = hint in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE)

    def minutes(item: AgendaItem) -> bool:
        return (
            item.minutes_span is not None
            or any(
                s.kind in (SectionKind.REFERAT, SectionKind.BESLUTNING)
                and s.text.strip()
                and not _quoted(s, date, agenda=agenda_hint)
                and not _case_description(item.sections, k)
                and not closed_notice(s.text)
                for k, s in enumerate(item.sections)
            )
            or any(minutes(s) for s in item.subitems)
        )

    minuted = [it for it in items if minutes(it)]
    if minuted and not (agenda_hint and not any(map(_settled, minuted))):
        return DocumentKind.REFERAT  # (a notice's "Ad 4 b: Bestyrelsen anbefaler ikke ..."
    if hint is not None:  # remarks to its agenda record nothing: it stays a notice)
        return hint
    return DocumentKind.DAGSORDEN if items else None


def _settled(item: AgendaItem) -> bool:
    """The item's (or a sub-point's) minutes record an outcome."""
    return any(
        s.kind in (SectionKind.REFERAT, SectionKind.BESLUTNING) and records_outcome(s.text)
        for s in item.sections
    ) or any(_settled(sub) for sub in item.subitems)


def _case_description(sections: list[Section], k: int) -> bool:
    """Unlabelled text right under a case system's "Sagsid: ..." that records no outcome: an
    agenda's description of the case as much as minutes, so no evidence of either."""
    return (
        k > 0
        and sections[k].heading is None
        and sections[k - 1].kind is SectionKind.CASE_DATA
        and not records_outcome(sections[k].text)
    )


_DECISION_OF_BODY: Final = re.compile(
    r"^beslutning(?:\s+(?:i|på|fra))?\s+[A-ZÆØÅ].*\d"
    r"|^[A-ZÆØÅ][\w-]*(?:\s+og\s+[\w-]+)?s\s+beslutning\b.*\d"
    r"|^[A-ZÆØÅ][\w -]*,\s+\d.*\bpkt\b"
    # a step of the case's way through the bodies: "Regionsrådet 25.02.2025"
    r"|^[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,2}\s+\d{1,2}[.-]\d{1,2}[.-](?:\d{4}|\d{2})$",
    re.IGNORECASE,
)  # "Beslutning i Økonomiudvalget den 12-03-2024", "Beslutning Børneudvalget 05-03-2024",


def _quoted(section: Section, date: dt.date | None, *, agenda: bool) -> bool:
    """ "Beslutning i Økonomiudvalget den 12-03-2024" under an item of a meeting on another day:
    the decision of the body that prepared the case (or of one that decides it later), not
    minutes of this meeting."""
    heading = section.heading or ""
    if section.kind is not SectionKind.BESLUTNING or not _DECISION_OF_BODY.match(heading):
        return False
    hits = find_dates(heading)
    if hits and date is not None:
        return hits[0].date != date
    return agenda


def own_decision(item: AgendaItem, date: dt.date | None) -> AgendaItem:
    """The decision of this meeting, not of the committee whose decision the item quotes."""
    own = [s for s in item.sections if not _quoted(s, date, agenda=False)]
    if len(own) == len(item.sections) or not any(
        s.kind in (SectionKind.BESLUTNING, SectionKind.REFERAT) and s.text.strip() for s in own
    ):
        return item
    return new.updated(item, {"decision": decide(own)})


def quoted_lines(items: list[AgendaItem], date: dt.date | None, *, agenda: bool) -> set[int]:
    """Line numbers of quoted decisions of other bodies (their "Fraværende" is not ours)."""
    found: set[int] = set()
    for item in items:
        for section in item.sections:
            if _quoted(section, date, agenda=agenda):
                found.update(range(section.span.start_line, section.span.end_line + 1))
        found |= quoted_lines(item.subitems, date, agenda=agenda)
    return found


def strip_decisions(item: AgendaItem) -> AgendaItem:
    return new.updated(
        item, {"decision": None, "subitems": [strip_decisions(s) for s in item.subitems]}
    )


PAGE_MARK_START: Final = anchored(PAGE_MARK)


_PAGE_TAIL: Final = re.compile(PAGE_TAIL, re.IGNORECASE)


PLACE_WORDS: Final = re.compile(
    # (not the adjective: "Det lokale uddannelsesudvalg")
    rf"\b{NOT_AN_ADJECTIVE}(?:møde)?lokale[t]?\b|\brådhus(?:et)?\b|\bsognehus(?:et)?\b"
    r"|\bregionshus(?:et)?\b|\bhotel\b|"
    r"\bkantine(?:n)?\b|\bmødesal(?:en)?\b|\bhuset\b|\bklubhus(?:et)?\b"
    r"|\bpersonalerum(?:met)?\b|\blærerværelse(?:t)?\b|\bfestsal(?:en)?\b",
    re.IGNORECASE,
)


_DEFINITE: Final = ("et", "en", "n", "t")  # a body word's definite form: "Elevrådet", "Bestyrelsen"


_AT_PLACE: Final = re.compile(r"(?:ved|på|i)\s+(?=[A-ZÆØÅ])")  # "Skolebestyrelsen ved Hårby Skole"


_BOARD_OF: Final = re.compile(rf"^({BOARD_OF_ORGANISATION})\s+for\s+(.+)$", re.IGNORECASE)


# "Skolebestyrelsen – Søndervangskolen": one word for the body, a dash, a name of its own
_BODY_DASH_ORGANISATION: Final = re.compile(
    r"^(\w+)\s+[–—-]\s+([A-ZÆØÅ][\w./-]*(?:\s+[A-ZÆØÅ][\w./-]*){0,3}"
    # (and its department: "Afdelingsbestyrelsen – Boligforeningen Ringgården, afd. 9 Engkrogen")
    rf"(?:,?\s+(?:{'|'.join(re.escape(w) for w in DEPARTMENT_WORDS)})\s*\d+[a-zA-Z]?"
    r"(?:,?\s+[A-ZÆØÅ][\w'-]*(?:\s+[A-ZÆØÅ][\w'-]*){0,2})?)?)$"
)


_NAME_OF_ORGANISATION: Final = r"[A-ZÆØÅ][\w./&-]*(?:\s+[\w./&-]+){0,3}"


_BODY_AT_ORGANISATION: Final = re.compile(
    rf"^(\w+)\s+(?:i|ved|på|for)\s+({_NAME_OF_ORGANISATION})$"
)


_ORGANISATION_DASH_BODY: Final = re.compile(rf"^({_NAME_OF_ORGANISATION})\s+[–—-]\s+(\w+)$")


def body_and_organisation(
    header: HeaderFacts,
    footer: HeaderFacts,
    title_line: Line | None,
    title: str | None,
    header_lines: list[Line],
    lines: tuple[Line, ...],
    items: list[AgendaItem],
    date: dt.date | None,
    organisation: str | None,
) -> tuple[str | None, str | None]:
    """The body holding the meeting and its organisation, as the header, the title, the text
    around them and the decisions name them (``organisation``: the one the title line gave);
    a name that holds both is split ("Forældrerådet i Børnehuset Mælkebøtten")."""
    body_found: str | None
    committee = _committee_of(header) if header.body is None else None
    if committee is not None:  # "VESTER HASSING MENIGHEDSRÅD" over "Kirkegårdsudvalget"
        body_found, organisation = committee[0], organisation or committee[1]
    else:
        body_found = (
            header.body
            or _body_from(header, title_line, header_lines)
            or _body_by_decisions(items, date)
            or _board_alone(header_lines)
            or _general_assembly(header_lines)
            # (the title under a web page's furniture: "# Referat af ordinær generalforsamling")
            or (_general_assembly([title_line]) if title_line is not None else None)
        )
        if body_found is not None and " " not in body_found:
            body_found = _body_by_crumb(body_found, header) or body_found
    named = (
        organisation
        or _organisation_from(title)
        or _organisation_in_opening(header, title_line)
        or _organisation_by_logo(header)
        or _organisation_by_breadcrumb(header)
        or _organisation_by_site_footer(footer)
        or _company_line(header)
        or _organisation_in_kind_line(header)
        or _municipality_line(header)
        or _organisation_holding_assembly(lines)
        or _organisation_atop(lines)
        or _organisation_beside_body(body_found, header_lines)
    )
    if named is not None and body_found is not None and _PRODUCT_NAME.fullmatch(named):
        body_found = _body_beside_product(body_found, named)
    body = body_found
    if named is not None and body is not None and named.casefold() == body.casefold():
        named = None  # "Referat af møde i Ældrerådet": the body, not its organisation
    elif named is not None and body is not None and named.startswith(body + " "):
        rest = named[len(body) + 1 :]
        at = _AT_PLACE.match(rest)
        if at is not None:  # "Skolebestyrelsen ved Hårby Skole": the body and its school
            named = rest[at.end() :]
        elif any(named in ln.text for ln in header_lines):  # (not a site's footer under it)
            body_found, named = named, None  # "Møde i Vækstforum Sjælland": the full name
    elif named is not None and body is not None and " " in named:
        lead, rest = named.split(" ", 1)
        at = _AT_PLACE.match(rest)
        if at is not None and lead.casefold() in {body.casefold() + e for e in _DEFINITE}:
            body_found, named = lead, rest[at.end() :]  # "Elevrådet på Bakkeskolen" (elevråd)
    dash = _BODY_DASH_ORGANISATION.match(body_found or "")
    if dash is not None:  # "Skolebestyrelsen – Søndervangskolen": the body and its school
        body_found = dash.group(1)
        named = named if named is not None and named != dash.group(0) else dash.group(2)
    split = _body_beside_organisation(body_found or "")
    after_for = split is not None and (body_found or "").split()[1] == "for"
    if split is not None and (
        named == split[0]  # "Brugerrådet for X Bibliotekerne" over "møde i Brugerrådet"
        or (not after_for and (named is None or named in (split[1], body_found)))
    ):
        body_found, named = split  # "Forældrerådet i Børnehuset Mælkebøtten"
    if named is None and body_found and title:  # "Brugerrådet ved Sønderhede Bibliotek"
        named = _organisation_after_body(body_found, title)
    return body_found, bare_organisation(header.organisation or named)


def organisation_otherwise(
    body: str | None, organisation: str | None, location: Location | None, lines: tuple[Line, ...]
) -> tuple[str | None, str | None]:
    """The organisation when nothing above the items named it: the one authority the text
    names, a web site's owner, the body's own name ("Tranum Lokalråd"), the one a board is
    for ("Bestyrelsen for Vandværket Østerby": then the body is the board)."""
    if organisation is None:
        organisation = _sole_authority(body, lines, location)
    if organisation is None:
        organisation = _site_owner(lines)
    if organisation is None:
        organisation = _self_standing(body)  # "Tranum Lokalråd": its own
    board = _BOARD_OF.match(body or "") if " for " in (body or "") else None
    if board is not None and organisation is None and is_organisation.of(board.group(2)):
        organisation = board.group(2)  # "Brugerrådet for Lemvig Bibliotek"
    if board is not None and _without_form(board.group(2)) == _without_form(organisation):
        body = board.group(1)  # "Bestyrelsen for Vandværket Østerby": its board
    return body, organisation


def _body_beside_organisation(body: str) -> tuple[str, str] | None:
    """A body named with its organisation, the body's word in its definite form: after it
    ("Forældrerådet i Børnehuset Mælkebøtten", "Elevrådet ved Vestskolen", "Brugerrådet for
    Ikast-Brande Bibliotekerne") or before it after a
    dash ("Hjortkær Menighedsråd – Valgbestyrelsen"): (body, organisation), else None."""
    m = _BODY_AT_ORGANISATION.match(body) if " " in body else None
    if m is not None:
        word, organisation = m.group(1), m.group(2)
    elif (m := _ORGANISATION_DASH_BODY.match(body) if " " in body else None) is not None:
        organisation, word = m.group(1), m.group(2)
    else:
        return None
    definite = casefolded.of(word).endswith(("en", "et"))
    if definite and _BODY_LAST.search(casefolded.of(word)) and is_organisation.of(organisation):
        return word, organisation
    return None


_COMPANY_FORM: Final = re.compile(
    rf"(?<!\S)(?:{'|'.join(re.escape(f.rstrip('.')) for f in COMPANY_FORMS)}|ApS|IVS)\.?(?!\S)"
)


def _without_form(name: str | None) -> str:
    """An organisation's name without its company form, casefolded ("I/S Fælles Forbrænding
    Sydøst" and "Fælles Forbrænding Sydøst I/S" are one)."""
    return " ".join(_COMPANY_FORM.sub(" ", name or "").split()).casefold()


_BODY_AFTER_ORGANISATION: Final = re.compile(
    r"(?:\s+\W)?\s*(?:[–—|-]\s*)?\b(?:[a-zæøå]*bestyrelsen|udvalget|styregruppen)$", re.IGNORECASE
)


# "TIF – Tønnesby Idrætsforening", "Hørby Gymnastik- og Idrætsforening (HGIF)": the name's
# abbreviation beside it
_ABBREVIATION_BESIDE: Final = re.compile(
    r"^[A-ZÆØÅ]{2,5}\s+[–—-]\s+(?=[A-ZÆØÅ][a-zæøå])|\s+\([A-ZÆØÅ]{2,6}\)$"
)


_SPACE_BEFORE_COMMA: Final = re.compile(r" +,")


def bare_organisation(organisation: str | None) -> str | None:
    """The organisation without its body written after it ("Kulturhus Remisen – Bestyrelsen",
    "Engtoftskolen – skolebestyrelsen", "Rødkilde Badmintonklub 🏸 – Bestyrelsen"), without the
    pictures after it ("Hjortshøj Boldklub ✅") and without
    a stamp before it on the letterhead ("FORTROLIGT   Nordvang Maskinfabrik A/S") or its
    abbreviation beside it ("TIF – Tønnesby Idrætsforening", "... Idrætsforening (HGIF)"), and
    without the spaces typed before a comma."""
    if organisation is None:
        return None
    organisation = without_pictures_after(organisation)  # "Hjortshøj Boldklub ✅"
    if " ," in organisation:  # hand-typed "Boligforeningen Fjordhjem , afd. 34"
        organisation = _SPACE_BEFORE_COMMA.sub(",", organisation)
    stamp = _STAMP.match(organisation)
    if stamp is not None:
        organisation = organisation[stamp.end() :] or organisation  # "FORTROLIGT   Nordvang A/S"
    short = _ABBREVIATION_BESIDE.search(organisation)
    if short is not None:
        name = organisation[: short.start()] + organisation[short.end() :]
        if name[:1] == short.group().strip(" ()–—-")[:1]:  # (not "DGI – Sydvest": a part of it)
            organisation = name
    if not organisation.casefold().endswith(("en", "et")):
        return organisation
    cut = _BODY_AFTER_ORGANISATION.search(organisation)
    return organisation[: cut.start()].rstrip(" –—|-") or organisation if cut else organisation
