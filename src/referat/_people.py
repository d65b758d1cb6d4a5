"""Person entries: split "Borgmester Jan Boye (K), Odense Kommune" into name, title, party, ...

Pure functions over strings; the caller attaches spans and groups. Nothing here reports: callers
decide what an unparsable entry means in their context.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from referat._digit import has_digit
from referat._facts import Record
from referat._first import anchored
from referat._memo import memo
from referat._prefix import Endings, Needs, casefolded, contains_any
from referat.vocabulary import (
    ABSENCE_SENTENCE,
    ACADEMIC_PREFIX,
    APPOINTED_BY,
    BRANCH_REGIONS,
    CASED_TITLE_WORDS,
    CHAIR_TITLE_FORMS,
    COMPOUND_CONJUNCTIONS,
    ENGLISH_CHAIR_TITLES,
    ENGLISH_HEAD_OF,
    ENGLISH_TITLE_NOUNS,
    FIRST_NAMES,
    GUEST_ROLES,
    ITEM_REMARK,
    ITEM_REMARK_WORDS,
    MEETING_APP_ROLES,
    MONTHS,
    NOT_NAME_OPENINGS,
    NOT_TITLES,
    ORGANISATION_SUFFIXES,
    ORGANISATION_WORDS,
    PARTY_NAMES,
    PARTY_YOUTH,
    PATRONYMIC_ENDINGS,
    PERSON_ROLES,
    PRESENCE_REMARK,
    PRESENCE_REMARK_WORDS,
    SIGNER_ROLES,
    SUBORDINATE_OPENINGS,
    TITLE_ABBREVIATIONS,
    TITLE_SUFFIXES,
    TITLE_WORDS,
    WEEKDAYS,
    normalise_label,
)

_CHAIR_TITLES: Final = frozenset({"formand", "næstformand", "forperson"})

PARTY_CODES: Final = frozenset(
    {
        "A",
        "B",
        "C",
        "D",
        "F",
        "I",
        "K",
        "M",
        "O",
        "V",
        "Ø",
        "Å",
        "Æ",
        "SF",
        "EL",
        "DF",
        "RV",
        "LA",
        "KF",
        "ALT",
        "NB",
        "S",
        "UP",  # uden for partierne: an independent member
        "DD",  # Danmarksdemokraterne as written in text (its ballot letter is Æ)
        "Q",  # Frie Grønne
        "L",  # a local list's letter ("Mads Ahrenkiel (L)")
        "IA",  # Greenland: Inuit Ataqatigiit, Naleraq (Siumut's S, Demokraatit's D above)
        "N",
    }
)

_PAREN: Final = re.compile(r"\(([^()]{0,200})\)")
_PRESENCE_REMARK: Final = re.compile(PRESENCE_REMARK)
_APPOINTED_BY: Final = re.compile(APPOINTED_BY)
DASH_SPLIT: Final = Needs(r"\s+[–—-]\s+", ("-", "–", "—"))
_NAME_TOKEN: Final = re.compile(
    r"^(?:[A-ZÆØÅÄÖÜÉ][\w'’.-]*|[A-ZÆØÅ]\.(?:[A-ZÆØÅ]\.)*"
    r"|(?:von|van|de|la|le|af|du|di|da|el|al|á|í|við|av|úr)$)$"  # (Faroese: "Jógvan á Rógvi")
)
_NAME_REST: Final = re.compile(r"[\w'’.-]*")


def _name_token(token: str) -> bool:
    """A word of a name: capitalised (in any Latin script: "Çelik", "İlknur", "Łukasz", "Žaneta"),
    initials ("C.C."), or a particle ("von", "de", the Faroese "á", "í", "við")."""
    if _NAME_TOKEN.match(token) is not None:
        return True
    return (
        token[:1].isupper() and token[:1].isalpha() and _NAME_REST.fullmatch(token, 1) is not None
    )


_INITIALS: Final = re.compile(r"^[A-ZÆØÅ]{2,4}$")
_ITEM_REMARK: Final = re.compile(ITEM_REMARK, re.IGNORECASE)
_SYMBOLS: Final = re.compile("[\u2600-\u27bf\ufe0f\u200d\U0001f000-\U0001faff]+")
"""Emoji and pictographs, with their joiners and variation selectors: no part of a person."""
_NICKNAME: Final = re.compile(r'(?<=\w)\s+["“”„]\w[\w .-]{0,20}["“”](?=\s+[A-ZÆØÅ])')
"""A nickname in quotes between a person's names ('Morten "Mulle" Ladefoged')."""
_ITEM_REMARK_AT_END: Final = re.compile(rf"(?:\s+[–—-])?\s+({ITEM_REMARK})$", re.IGNORECASE)
_ITEM_REMARK_AT_START: Final = re.compile(rf"({ITEM_REMARK})\s+(?=\w)", re.IGNORECASE)
_LEADING_NAME: Final = anchored(
    r"^((?:[A-ZÆØÅÄÖÜÉ][\w'’-]*\.?|[A-ZÆØÅ]\.(?:[A-ZÆØÅ]\.)*)"
    r"(?:\s+(?:[A-ZÆØÅÄÖÜÉ][\w'’-]*\.?|[A-ZÆØÅ]\.(?:[A-ZÆØÅ]\.)*|von|van|de|af)){0,5})"
)
# "og" after a word ending in "-" joins a compound ("Kultur- og fritidschef"), not two entries
_AND: Final = r"(?<![-\s])\s+(?:og|samt|&|\+)\s+"  # not the "og" of "Kultur- og fritidschef"
_AND_WORDS: Final = ("og", "samt", "&", "+")  # "Louise + Birgit (leder)" in a quick note
AND_SPLIT: Final = Needs(_AND, _AND_WORDS)
_LIST_SPLIT: Final = Needs(  # r"\s*[,;]\s*|" + _AND, written to open with one class of
    # characters, which lets the engine skip to a candidate (tests/test_fast_patterns.py)
    r"[\s,;](?:(?<=[,;])\s*|(?<=\s)\s*[,;]\s*|(?<=\s)(?<![-\s]\s)\s*(?:og|samt|&|\+)\s+)",
    (",", ";", *_AND_WORDS),
)
# One to three lower-case words. (Written "(?:[a-zæøå]+\s*){1,3}" it split a long word every
# possible way before failing: cubic, minutes for a 1,000-letter word.)
_STRAY_WORDS: Final = re.compile(r"[a-zæøå]+(?:\s+[a-zæøå]+){0,2}\s*")
_STOP_NAMES: Final = (
    frozenset(
        {
            "ingen",
            "alle",
            "øvrige",  # "Øvrige medlemmer var til stede": the others, none named
            "resten",
            "bestyrelsen",
            "hele",
            "xxx",
            "nn",
            "n.n.",
            "tbd",
            "evt",
            "evt.",
            "se",
            "der",
            "den",
            "det",
            "de",
            "vi",
            "jeg",  # "Jeg tager referat som sædvanlig.": the writer, no one named
            "han",
            "hun",
            "man",
            "og",
            "i",
            "på",
            "fra",
            "til",
            "med",
            "ikke",
            "intet",
            "mødet",
            "referat",
            "dagsorden",
            "godkendt",
            "status",
            "link",
            "næste",
            "kl",
            "tema",
        }
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)


class PersonParts(Record):
    """The parts of one person entry (a plain record, see ``_facts.Record``)."""

    FIELDS: ClassVar[tuple[str, ...]] = (
        "name",
        "title",
        "organisation",
        "party",
        "roles",
        "initials",
        "notes",
        "held_at",
    )
    __slots__ = FIELDS

    def __init__(
        self,
        name: str,
        title: str | None = None,
        organisation: str | None = None,
        party: str | None = None,
        roles: list[str] | None = None,
        initials: str | None = None,
        notes: list[str] | None = None,
        held_at: str | None = None,
    ) -> None:
        self.name = name
        self.title = title
        self.organisation = organisation
        self.party = party
        self.roles: list[str] = [] if roles is None else roles
        self.initials = initials
        self.notes: list[str] = [] if notes is None else notes
        # where the title is held, written after it ("formand Thyborøn Fiskeriforening"): the
        # organisation, unless the person sits for another one
        self.held_at = held_at

    def copy(self) -> PersonParts:
        """A copy the caller may change (its lists too)."""
        return PersonParts(
            self.name,
            self.title,
            self.organisation,
            self.party,
            self.roles.copy(),
            self.initials,
            self.notes.copy(),
            self.held_at,
        )


def written_party(text: str) -> str | None:
    """The party a text names: by its name as its letter ("Venstre": V), by its letter or
    abbreviation as written ("SF"); None for any other text."""
    return PARTY_NAMES.get(normalise_label.of(text)) or (text if text in PARTY_CODES else None)


def _title_words(segment: str) -> bool:
    """A title ("Borgmester", "Kultur- og fritidschef", "1. viceborgmester"), by its words."""
    if segment.lstrip().partition(" ")[0].rstrip(",.") in CASED_TITLE_WORDS:
        return True  # "AMiR"
    words = normalise_label.of(segment).split()
    if len(words) >= 3 and words[0].endswith("-") and words[1] in COMPOUND_CONJUNCTIONS:
        words = words[2:]  # "Kultur- og fritidschef": the title is the last word's
    if not words:
        return False
    head = " ".join(words[:2])
    first = words[0].rstrip(".")
    if head in TITLE_WORDS or first in TITLE_WORDS or words[0] in TITLE_WORDS:
        return True
    if first.isdigit() and len(words) > 1:  # "1. viceborgmester"
        first = words[1]
    if _TITLE_ENDINGS.of(first) or first in TITLE_WORDS:
        return True
    if 2 <= len(words) <= 3 and all(w.endswith(_ADJECTIVE_ENDINGS) for w in words[:-1]):
        last = words[-1]  # "statsautoriseret revisor", "ledende overlæge", "fungerende leder"
        if last in TITLE_WORDS or _TITLE_ENDINGS.of(last):
            return True
    if 3 <= len(words) <= 5 and tuple(words[:2]) == ENGLISH_HEAD_OF:  # "Head of Production"
        return True
    return len(words) <= 4 and words[-1] in ENGLISH_TITLE_NOUNS  # "senior researcher"


_ADJECTIVE_ENDINGS: Final = ("eret", "ende", "ig", "isk", "lig", "iv", "al")  # "administrativ"
_TITLE_ENDINGS: Final = Endings(TITLE_SUFFIXES)
_PARTICIPLE_REMARK: Final = re.compile(r"^[a-zæøå]+ende\s+\S+\s+\S")  # "repræsenterende 60 % ..."
# A flat or house number after a resident's name ("nr. 12", "2. tv.", "st. th.", "nr. 6A",
# "lejl. 3"; not "hus 7": an institution's house is where she works)
_FLAT: Final = re.compile(
    r"^(?:(?:nr|lejl)\.?\s*\d{1,4}\s?[a-zA-Z]?|(?:\d{1,2}\.?|st\.?|kld\.?)\s*(?:sal|tv|th|mf)?\.?)$",
    re.IGNORECASE,
)
_BY_PROXY: Final = re.compile(r"^(?:iflg\.?|ifølge|ved|pr\.?|via|med)\s+fuldmagt\b", re.IGNORECASE)
_is_title: Final = memo(_title_words, 16384)


def indefinite_title(word: str) -> str | None:
    """The indefinite form of a title written in its definite form ("Formanden": "formand",
    "Sognepræsten": "sognepræst", "Borgmesteren": "borgmester"), else None."""
    low = casefolded.of(word)
    for ending in ("en", "n"):
        if low.endswith(ending) and low[: -len(ending)] in TITLE_WORDS:
            return low[: -len(ending)]
    return None


_PLURAL_ENDINGS: Final = ("merne", "erne", "rne", "ne", "mer", "er", "e")


def singular_title(word: str) -> str | None:
    """The singular of a title written in the plural ("elevrådsrepræsentanter":
    "elevrådsrepræsentant", "lærerne": "lærer", "medlemmer": "medlem"), else None."""
    low = casefolded.of(word)
    if not low.isalpha() or len(low) < 6:
        return None
    for ending in _PLURAL_ENDINGS:
        if low.endswith(ending) and _is_title.of(stem := low[: -len(ending)]):
            return stem
    return None


def _definite_title(word: str) -> bool:
    """A title in its definite form ("Formanden", "Sognepræsten", "Borgmesteren")."""
    return indefinite_title(word) is not None


def known_title(word: str) -> bool:
    """A title word of the vocabulary, as is or in its definite form ("Kasserer", "Formanden");
    not any lower-case word, as a verb before a name in a sentence may be one ("takkede")."""
    return _is_title.of(word) or _definite_title(word)


_WORD_GAPS: Final = re.compile(r"[\s,]+")


_ORGANISATION_WORD_SET: Final = frozenset(ORGANISATION_WORDS)  # (a tuple in the vocabulary)
_ORGANISATION_ENDINGS: Final = Endings(ORGANISATION_SUFFIXES)


def _organisation_words(segment: str) -> bool:
    """A word of the text names an organisation ("A/S", "Kommune", "...foreningen")."""
    low = casefolded.of(segment)
    words = _WORD_GAPS.split(low)
    if any(w in _ORGANISATION_WORD_SET for w in words):
        return True
    if len(words) == 2 and words[1] in BRANCH_REGIONS and words[0] not in FIRST_NAMES:
        return True  # "Metal Vestkyst", "3F Sydøst": a branch, not a person
    if (  # "DGI Midt- og Vestsjælland": a branch of two regions, the first one's word cut short
        len(words) == 4
        and words[3] in BRANCH_REGIONS
        and words[2] == "og"
        and words[1].endswith("-")
        and words[0] not in FIRST_NAMES
    ):
        return True
    if any(_ORGANISATION_ENDINGS.of(w) for w in words):
        return True
    if (
        2 <= len(words) <= 3
        and words[-1].endswith(("ere", "erne"))
        and len(words[-1]) >= 7
        and words[0] not in FIRST_NAMES
    ):
        return True  # "Lolland-Falsters Biavlere", "Vestjyske Lystfiskere": a body of members
    if not 2 <= len(words) <= 6 or words[0] not in _PARTY_FIRST_WORDS:
        return False
    branch = _PARTY_BRANCH.match(segment.strip())
    return branch is not None  # "Venstre i Ravnsø", "DSU Strandby": a party's local branch


_PARTY_BRANCH: Final = re.compile(
    rf"(?i:{'|'.join(sorted((*PARTY_NAMES, *PARTY_YOUTH), key=len, reverse=True))})"
    r"(?:\s+i)?\s+[A-ZÆØÅ][\w-]+(?:[\s-][A-ZÆØÅ][\w-]+)?$"
)


_PARTY_FIRST_WORDS: Final = frozenset(
    n.casefold().split()[0] for n in (*PARTY_NAMES, *PARTY_YOUTH)
)  # (a cheap gate before the pattern: "Venstre i Ravnsø" opens with one of them)


is_organisation: Final = memo(_organisation_words, 16384)


_ORDINAL: Final = re.compile(r"^\d{1,2}\.\s*")
# "Rasmus Krog fra Norlys som gæst": a guest's role after the entry (not after a verb: "...
# mødte som stedfortræder" is a sentence about a substitute)
_AS_ROLE_AT_END: Final = re.compile(r"(?<!\bmødte)(?<!\bdeltog)(?<!\bdeltager),?\s+som\s+(\w+)$")
_AS_ROLE: Final = re.compile(
    r"^(?:der|som)\s+(?:deltog|deltager|mødte|var\s+indkaldt)\s+som\s+(\w+)"
)


def _role(segment: str) -> str | None:
    return PERSON_ROLES.get(normalise_label.of(segment))


def _chair_word(segment: str) -> str | None:
    """A chair's title as a role ("formand", "forperson"), or None."""
    key = normalise_label.of(segment)
    return key if key in _CHAIR_TITLES else None


def starts_with_first_name(segment: str) -> bool:
    """True when the first word is a common Danish first name ("Karen Møller"), or a double
    first name that starts with one ("Poul-Erik Svendsen")."""
    words = segment.split()
    if not words:
        return False
    first = words[0].casefold()
    return first in FIRST_NAMES or first.partition("-")[0] in FIRST_NAMES  # "Poul-Erik"


def is_name(segment: str, *, allow_single: bool = True) -> bool:
    """True when the segment looks like a person's name ("Peer H. Kristensen", "C.C. Nielsen");
    with ``allow_single=False`` a name of one word is none ("Hansen")."""
    return _name_words.of(segment) and (allow_single or len(segment.split()) > 1)


def _looks_like_name(segment: str) -> bool:
    tokens = segment.split()
    if not tokens or len(tokens) > 6:
        return False
    if tokens[0].casefold() in _STOP_NAMES or tokens[0] in NOT_NAME_OPENINGS:
        return False
    if len(tokens) == 1 and (_INITIALS.match(tokens[0]) or len(tokens[0]) < 2):
        return False
    if any(not _name_token(t) for t in tokens) or tokens[-1][0].islower():
        return False  # a particle ends no name: "Hvis du er forhindret, ..."
    if any(t.isupper() and sum(c.isalpha() for c in t) > 3 for t in tokens):  # "GRUNDFOS"
        return False
    if len(tokens) > 1 and tokens[0].isalpha() and tokens[0].isupper():
        return False  # "DH Skovbo", "LO Aarhus": an abbreviated organisation and its place
    if _is_title.of(segment) or _role(segment):
        return False
    return not is_organisation.of(segment)


_name_words: Final = memo(_looks_like_name, 16384)

_ACADEMIC: Final = re.compile(rf"({ACADEMIC_PREFIX})\s+(?=[A-ZÆØÅ][a-zæøå])")
_ACADEMIC_ONLY: Final = re.compile(ACADEMIC_PREFIX)
_ACADEMIC_OPENINGS: Final = (
    "Prof",
    "Dr.",
    "Assoc",
    "Asst",
    "Ass.",
    "Assistant",
    "Adj",
    "Visiting",
    "Emer",
)
_GENITIVE: Final = anchored(  # "Kommunens", "vandværkets" (not "hendes", "deres")
    r"^(?!(?i:hendes|deres|sines)$)[A-ZÆØÅa-zæøå][a-zæøå]{3,}(?:ens|ets|ernes|s)$"
)


def _title_tokens(segment: str) -> list[str]:
    """The words of a segment, a split compound kept as one: "Kultur- og fritidschef Birgit
    Juul" -> ["Kultur- og fritidschef", "Birgit", "Juul"]."""
    tokens = segment.split()
    if "- " not in segment:
        return tokens
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if (
            k + 2 < len(tokens)
            and tokens[k].endswith("-")
            and len(tokens[k]) > 2
            and tokens[k + 1] in COMPOUND_CONJUNCTIONS
        ):
            out.append(" ".join(tokens[k : k + 3]))
            k += 3
            continue
        out.append(tokens[k])
        k += 1
    return out


_HEAD_OF: Final = ("Head of ", "Deputy Head of ", "Vice Head of ")
"""English titles of heads that name what they head ("Head of Department", "Head of Unit"),
before the name of the person."""


# a degree or a student's title, written with dots: "stud.mag.", "cand.scient.", "ph.d.-studerende"
# "cand.mag.", "cand.scient.-pol." and a title written short ("studieadm.", "sekr.")
_DOTTED_DEGREE: Final = re.compile(
    r"[a-zæøå]{2,6}\.(?:[a-zæøå]{1,8}\.)+(?:-[a-zæøå]{4,})?|[a-zæøå]{4,}\."
)


def _split_title_prefix(segment: str) -> tuple[str | None, str]:
    """ "Borgmester Jan Boye" -> ("Borgmester", "Jan Boye"). Remembered."""
    return _split_title_prefix_memo.of(segment)


def _split_title_prefix_uncached(segment: str) -> tuple[str | None, str]:
    pair = segment.split()
    if (
        len(pair) == 2
        and pair[0][:1].isupper()
        and pair[0][1:].islower()
        and pair[0].casefold() in FIRST_NAMES
    ):
        return None, segment  # "Henrik Dam": a first name opens it, no title (none is one)
    if segment.startswith(_ACADEMIC_OPENINGS) and (academic := _ACADEMIC.match(segment)):
        rest = segment[academic.end() :]
        if is_name(rest):  # "Prof. Henrik Lykke Nørgaard", "Assoc. Prof. Camilla Friis"
            return academic.group(1), rest
    if segment.startswith(_HEAD_OF):  # "Head of Department Birgitte Lauesen"
        words = segment.split()
        for cut in range(3, min(6, len(words) - 1)):
            rest = " ".join(words[cut:])
            if is_name(rest, allow_single=False) and starts_with_first_name(rest):
                return " ".join(words[:cut]), rest
    tokens = _title_tokens(segment)
    for cut in range(1, min(3, len(tokens) - 1) + 1):
        head, rest = " ".join(tokens[:cut]), " ".join(tokens[cut:])
        if tokens[cut - 1].casefold() in ("for", "i", "ved", "hos", "på", "af", "fra"):
            continue
        if (
            (_is_title.of(head) or (cut == 1 and _abbreviated_title(head)))
            and is_name(rest)
            and (cut == 1 or all(_is_title.of(t) or t[:1].islower() for t in tokens[:cut]))
        ):
            return head, rest  # ("medarbejderrep. Kasper Wulff", "fmd. Anna Holm")
        if cut == 1 and _definite_title(head) and is_name(rest):
            return head, rest  # "Formanden Inger Marie Dahl", "Sognepræsten Rasmus Lind"
        if (  # an English title of capitalised words: "Study Board Secretary Lene Abildgaard"
            cut >= 2
            and head[:1].isupper()
            and _is_title.of(head)
            and starts_with_first_name(rest)
            and is_name(rest, allow_single=False)
        ):
            return head, rest
        if (  # "Kommunens koordinator Maja Fyhn": a genitive before the title
            cut >= 2
            and _GENITIVE.match(tokens[0])
            and _is_title.of(" ".join(tokens[1:cut]))
            and is_name(rest)
        ):
            return head, rest
        if (  # "Adm. direktør Ulrik Grøn", "Medarbejdervalgt bestyrelsesmedlem Jesper Borg"
            cut >= 2
            and (tokens[0].endswith(".") or tokens[0][:1].isupper())
            and _is_title.of(tokens[cut - 1])
            and all(t[:1].islower() or t.endswith(".") for t in tokens[1:cut])
            and is_name(rest, allow_single=False)
            # "Administrativ medarbejder Susie Lind": an adjective opens a title, not a name
            and (starts_with_first_name(rest) or tokens[0].casefold().endswith(_ADJECTIVE_ENDINGS))
        ):
            return head, rest
    if (  # "faglig organisator Jacob Strøm", "pædagogisk leder Sanne Holm": an adjective and
        len(tokens) >= 4  # a title (listed, or lower-case) before a full name
        and tokens[0].isalpha()
        and tokens[0].islower()
        and tokens[0].endswith(_ADJECTIVE_ENDINGS)
        and tokens[1].isalpha()
        and tokens[1].islower()
        and len(tokens[1]) >= 4
        and tokens[1] not in NOT_TITLES
        and is_name(" ".join(tokens[2:]), allow_single=False)
        and starts_with_first_name(" ".join(tokens[2:]))
    ):
        return " ".join(tokens[:2]), " ".join(tokens[2:])
    if (  # "tømrer Peter Møller": an unlisted lower-case job title before a full name
        len(tokens) >= 3
        and (tokens[0].isalpha() or _DOTTED_DEGREE.fullmatch(tokens[0]) is not None)
        and tokens[0].islower()
        and len(tokens[0]) >= 4
        and tokens[0] not in NOT_TITLES
        and is_name(" ".join(tokens[1:]), allow_single=False)
        and starts_with_first_name(" ".join(tokens[1:]))
    ):
        return tokens[0], " ".join(tokens[1:])
    if (
        len(tokens) >= 5
        and tokens[1] in _TITLE_FOR
        and (_is_title.of(tokens[0]) or (tokens[0].islower() and tokens[0] not in NOT_TITLES))
    ):
        # "direktør for Teknik og Miljø Bente Skov": the name starts at a first name
        for k in range(3, min(len(tokens) - 1, 9)):
            rest = " ".join(tokens[k:])
            if starts_with_first_name(tokens[k]) and is_name(rest, allow_single=False):
                return " ".join(tokens[:k]), rest
    return None, segment


_split_title_prefix_memo: Final = memo(_split_title_prefix_uncached, 2048)


_TITLE_FOR: Final = frozenset({"for", "i", "ved", "hos"})


def ends_in_title(text: str) -> bool:
    """True when the last entry of a list is a lower-case title alone after an entry with its
    title in front ("..., næstformand Vibeke Storm, kasserer") or in parentheses ("..., Ulla
    Winther (sekretær), sognepræst"): its name follows on the next line. After "Peter Sørensen
    (A), borgmester" the title is Peter Sørensen's, and so is it after a line with only his
    entry ("borgmester Jan Boye, formand" over "Lone Berg, ..."): a wrapped list has another
    entry or its label before, unless the title is a job after his own job title
    ("Sundhedsdirektør Mads Winther, chefkonsulent" over "Anne-Mette Busk (referent)")."""
    head, _, last = text.rpartition(",")
    last = last.strip()
    if not last or not last.islower() or len(last.split()) > 2 or not _is_title.of(last):
        return False
    if "," not in head and ":" not in head:
        # "Sundhedsdirektør Mads Winther, chefkonsulent": a second job after his own is the next
        # person's; a chair title ("borgmester Jan Boye, formand") is his
        return chair_title(last) is None and _split_title_prefix(head.strip())[0] is not None
    entry = head.rpartition(",")[2].rpartition(":")[2]  # after the label too ("Fra ...: X")
    if _split_title_prefix(_PAREN.sub(" ", entry).strip())[0] is not None:
        return "," in head or chair_title(last) is None
    # "Ulla Winther (sekretær), sognepræst": the entry before has its title already
    return any(_is_title.of(m.group(1)) for m in _PAREN.finditer(entry))


def title_after(segment: str) -> tuple[str, str | None]:
    """ "Kristian Bøgsted formand" (from "Kristian Bøgsted (V) formand", a PDF's table row
    without its comma) -> ("Kristian Bøgsted", "formand"): a lower-case title after a name."""
    name, _, last = segment.rpartition(" ")
    if name and last.islower() and _is_title.of(last) and is_name(name, allow_single=False):
        return name, last
    return segment, None


def _abbreviated_title(word: str) -> bool:
    """ "fmd.", "kass.", "medarbejderrep.": a title written short, with its full stop."""
    if not word.endswith("."):
        return False
    head, dash, tail = word.rpartition("-")
    if dash and head and len(tail) >= 4 and tail[:-1].isalpha() and tail.islower():
        return True  # "TAP-repr. Hanne Lilleør", "ph.d.-stip. Sofie Brix": a compound's part short
    if not word[:1].islower():  # "Elevrådsrepr. Alma Schou"
        return word[:1].isupper() and _REP_ABBREVIATION.fullmatch(word.lower()) is not None
    return word[:-1] in TITLE_ABBREVIATIONS or _REP_ABBREVIATION.fullmatch(word) is not None


def without_title(segment: str) -> str:
    """The segment without a leading job title ("revisor Claus Vig" -> "Claus Vig")."""
    return _split_title_prefix(segment)[1]


_REP_ABBREVIATION: Final = re.compile(r"(?<![\w.])([a-zæøå]{2,})repr?\.(?!\w)")
_ABBREVIATION: Final = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(a) for a in TITLE_ABBREVIATIONS) + r")\.?(?![\w])",
    re.IGNORECASE,
)


# Up to four words, capitalised, lower-case words only as joiners: a name of a place of work.
_ORG_IN_PARENS: Final = re.compile(
    r"^(?:[A-ZÆØÅ]|\d[A-ZÆØÅ])[\w&.'-]*(?:\s+(?:[A-ZÆØÅ0-9][\w&.'-]*|og|for|i|&|of|and)"
    r"|(?<=-)\s+og\s+[a-zæøå][\w&.'-]*){0,3}$"
)
"""An organisation in brackets after a name: capitalised words and small joining words
("Ole Berg (Systematic)", "(Dansk Byggeri)"), a lower-case word after an elided compound
("(Kultur- og idrætsforeningerne)")."""
_INSTEAD_OF: Final = re.compile(r"^(stedfortræder|suppleant)\s+for\s+[A-ZÆØÅ]", re.IGNORECASE)
"""A substitute's remark naming whom she stands in for ("stedfortræder for Helle Steen")."""
_LABEL_WORD: Final = re.compile(
    r"^(?:afbud|fraværende|syg|ferie|barsel|deltog|delvis|gæst|ny|nyt|tidl)\b", re.IGNORECASE
)


_BODY_INITIALS: Final = re.compile(r"[A-ZÆØÅ]{2,5}")


def chair_title(title: str) -> str | None:
    """The chair title a title amounts to: "formand", "næstformand", "forperson"; a compound
    such as "regionsrådsformand" or "udvalgsformand" is a formand."""
    key = normalise_label.of(title)
    if key[:1].isdigit():  # "1. næstformand"
        key = key.lstrip("0123456789. ")
    if key in _CHAIR_TITLES:
        return key
    if key[-1:] == ")" and " (" in key:  # "Chair (VIP)", "Vice-chair (student)": the post
        key = key[: key.rindex(" (")]
    if " / " in key:  # "formand / Vorsitzender": one post in two languages, the first ours
        key = key.split(" / ", 1)[0]
        if key in _CHAIR_TITLES:
            return key
    if key in ENGLISH_CHAIR_TITLES:
        return ENGLISH_CHAIR_TITLES[key]  # "President"
    if key in CHAIR_TITLE_FORMS:
        return CHAIR_TITLE_FORMS[key]  # "forkvinde"
    # "formand for udvalget": the chair of this body (not "formand for Syddansk Vækstforum" or
    # "for Ældrerådet", a body named)
    head = key.partition(" for ")[0]
    whose = title.partition(" for ")[2].strip()
    lone_body = whose.islower() and " " not in whose and whose.endswith(("et", "en"))
    if lone_body and head in _CHAIR_TITLES:
        return head
    body, _, last = title.strip().rpartition(" ")  # "SC chair", "AMU formand": the chair of a
    if body and all(_BODY_INITIALS.fullmatch(w) for w in body.split()):  # body by its initials
        return "formand" if normalise_label.of(last) == "chair" else chair_title(last)
    if key.endswith("formand") and " " not in key and not key.endswith("næstformand"):
        return "formand"
    if " og " in key and " for " not in key:  # "udvalgsformand og kirkeværge": two posts
        first, _, second = key.partition(" og ")
        return chair_title(first) or chair_title(second)
    return None


def post_label(label: str) -> tuple[str | None, list[str]] | None:
    """What a post written as a label before a name in a people list amounts to ("Kasserer:
    Bo Lind", "Formand: Anna Holm", "Referent: Eva Ulv"): (title, roles), a chair title a role
    as well; None for any other label (a plural such as "Suppleanter:" heads a group)."""
    key = normalise_label.of(label)
    if not key or len(key.split()) > 3 or any(c.isdigit() for c in key):
        return None
    role = PERSON_ROLES.get(key)
    if role is not None:
        return None if key != role and key.startswith(role) else (None, [role])  # "suppleanter"
    if not _is_title.of(key):
        return None
    title = label.strip()
    title = title[:1].lower() + title[1:] if title[1:2].islower() else title
    chairs = chair_title(key)
    return title, [chairs] if chairs is not None else []


_FROM_ORG: Final = re.compile(  # "... fra (leverandøren) Dokuflow ApS": what it is, then its name
    r"^(.*?\S)\s+fra\s+(?:[a-zæøå]{4,}(?:en|et)\s+)?([A-ZÆØÅ0-9][\w&.'/-]*(?:\s+[A-ZÆØÅ0-9&][\w&.'/-]*){0,4})$"
)


_FROM_UNIT: Final = re.compile(  # "Ulla fra kantinen": a first name and where she works
    r"^([A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+)?) fra ([a-zæøå]{3,}(?:en|et))$"
)


def _at_unit(text: str) -> re.Match[str] | None:
    """ "Ulla fra kantinen": a first name (group 1) and where she works (group 2), or None."""
    unit = _FROM_UNIT.match(text) if " fra " in text else None
    return unit if unit is not None and starts_with_first_name(unit.group(1)) else None


def without_from(text: str) -> tuple[str, str | None]:
    """ "revisor Claus Vig fra Beierholm" -> ("revisor Claus Vig", "Beierholm"), also "Lone Berg
    v/ Region Midtjylland" ("ved"); "Marianne
    Karlsmose (K) for Jørgen Nørby" (a substitute) -> ("Marianne Karlsmose (K)", None)."""
    sub = _FOR_PERSON.match(text.strip()) if " for " in text else None
    if sub is not None and starts_with_first_name(sub.group(2)):
        core = " ".join(_PAREN.sub(" ", sub.group(1)).split())
        if is_name(core):
            return sub.group(1), None
    m = _FROM_ORG.match(text.strip()) if " fra " in text else None
    unit = _at_unit(text.strip()) if m is None else None
    if unit is not None:
        return unit.group(1), unit.group(2)  # "Ulla fra kantinen": where she works
    if m is None and (" v/" in text or " ved " in text):
        at = _ORG_AT_PERSON.match(text.strip())
        if at is not None and _organisation_at_person(at.group(1), at.group(2)):
            return at.group(2), at.group(1)  # "Aarhus Kommune v/ Ib Ravn"
        m = _AT_ORG.match(text.strip())  # "Lone Berg v/ Region Midtjylland"
        if m is not None and m.group(0)[len(m.group(1)) :].split()[0] == "ved":
            m = m if is_organisation.of(m.group(2)) and is_name(m.group(1)) else None
    if m is None and " fra " in text and text.endswith(")") and "(" in text:
        core, paren = text[: text.rindex("(")].rstrip(), text[text.rindex("(") :]
        core, org = without_from(core)  # "... fra Dokuflow ApS (pkt. 3)": the items stay
        return (f"{core} {paren}", org) if org is not None else (text, None)
    if m is None:
        return text, None
    return m.group(1), m.group(2)


_AT_ORG: Final = re.compile(
    r"^(.*?\S)\s+(?:v/\s*|ved\s+)([A-ZÆØÅ0-9][\w&.'/-]*(?:\s+[\w&.'/-]+){0,5})$"
)
# "Aarhus Kommune v/ Ib Ravn", "Region Midtjylland ved direktør Anne Holm": the other order
_ORG_AT_PERSON: Final = re.compile(  # ("Grønhøj Holding ApS, ved direktør Rasmus Grønhøj")
    r"^([A-ZÆØÅ0-9][^()]{1,60}?),?\s+(?:v/\s*|ved\s+)(\S[^()]{2,60}(?:\([^()]{1,60}\))?)$"
)


def _organisation_at_person(organisation: str, person: str) -> bool:
    """An organisation, then the person who came for it ("Viborg Kommune ved Per Due")."""
    if starts_with_first_name(organisation) or _is_title.of(organisation) or _role(organisation):
        return False  # "Formand v/ Ib Ravn": a post, not where she comes from
    core = without_title(_PAREN.sub(" ", person).strip())
    if core == organisation:
        return False
    if starts_with_first_name(core):
        return True  # "LO Midtjylland v/ Mette Holm": a first name after "v/" decides
    named = is_organisation.of(organisation) or not is_name(organisation, allow_single=False)
    return named and is_name(core, allow_single=False)


_FOR_PERSON: Final = re.compile(
    r"^(.*?\S)\s+for\s+([A-ZÆØÅ][\w.'-]*(?:\s+[A-ZÆØÅ][\w.'-]*){1,3})(?:\s*\([^()]{0,20}\))?$"
)


# A school class after a pupil's name ("Yasmin Haddad 9.a", "Noah Bertelsen 7b"): her
# organisation, as if written in parentheses
_CLASS_AFTER_NAME: Final = re.compile(  # ("9.A" with its dot; not a union's "3F")
    r"\s(?:(?<=[a-zæøå]\s)|(?<=[A-ZÆØÅ]\.\s))\s*(\d{1,2}\.?\s?[a-zæøå]|\d{1,2}\.[A-ZÆØÅ])$"
)
_CLASS_BEFORE_PAREN: Final = re.compile(  # "Alma 9.A (formand)", "Sofie K. 8.a (referent)"
    r"\s(?:(?<=[a-zæøå]\s)|(?<=[A-ZÆØÅ]\.\s))\s*(\d{1,2}\.[a-zæøåA-ZÆØÅ])(?=\s+\()"
)
_SCHOOL_CLASS: Final = anchored(r"\d{1,2}\.?\s?[a-zæøå]|\d{1,2}\.[A-ZÆØÅ]")


def without_class(text: str) -> str:
    """ "Yasmin Haddad 9.a" -> "Yasmin Haddad": the name without a school class after it."""
    return _CLASS_AFTER_NAME.sub("", text) if text[-1:].isalpha() else text


# Initials, a dash, then the name: "AH – Anna Holm", "KBJ - Karen B. Jensen"
_INITIALS_FIRST: Final = re.compile(r"^([A-ZÆØÅ][A-ZÆØÅa-zæøå]{1,3})\s*[–—=-]\s*([A-ZÆØÅ].*)$")
_INITIALS_THEN_NAME: Final = re.compile(r"([A-ZÆØÅ][A-ZÆØÅa-zæøå]{1,3})\s*\(([A-ZÆØÅ][^()]*)\)")
# A person's initials as her name in a list of initials: "AB", "NDa", "BØ", "KBJ", "AaB"
INITIALS_NAME: Final = re.compile(r"[A-ZÆØÅ][A-ZÆØÅa-zæøå]?[A-ZÆØÅ][A-ZÆØÅa-z]?")


_REPRESENTED: Final = re.compile(r"([^,()]{3,80}?)\s*(?:\([^()]*\))?,?\s+repræsenteret ved\s+(.+)$")
_FOR_PROXY: Final = re.compile(r"\s+(?:i henhold til|iflg\.?|ifølge|med)\s+fuldmagt\b.*$")
_POST_THEN_NAME: Final = re.compile(r"([A-ZÆØÅ][a-zæøå-]+)\s*\(([^()]+)\)")
_COMMA_OR_SEMICOLON: Final = re.compile(r"\s*[,;]\s*")
_SLASH: Final = re.compile(r"/\s*")
_SPACED_DASH: Final = re.compile(r"\s+(?:--?|[–—])\s+")


def _role_after_dash(piece: str) -> list[str]:
    """ "projektleder -- tager noter": a title and a role set apart by a dash, each a piece."""
    halves = _SPACED_DASH.split(piece)
    if len(halves) == 2 and halves[0] and _role(halves[1]) is not None:
        return halves
    return [piece]


_LOWER_WORD: Final = re.compile(r"\s[a-zæøå]")


_CAPITALS_FIRST: Final = re.compile(r"([A-ZÆØÅ]{2,4}) (?=[A-ZÆØÅ][a-zæøå])")


def _own_initials_first(text: str) -> PersonParts | None:
    """A person after her own initials in capitals ("JB Jens Berg, direktør, ...", "HN Hans
    Nørby"): the initials are the first letters of the name's words, so no word of a name
    ("AB Ejendomme" names no one)."""
    written = _CAPITALS_FIRST.match(text)
    if written is None:
        return None
    found = parse_person(text[written.end() :])
    if found is None or _initials_of(found.name) != written.group(1):
        return None
    found.initials = found.initials or written.group(1)
    return found


def _named_after_initials(text: str, written: re.Match[str] | None) -> PersonParts | None:
    """The person of a text read as initials (group 1) and a name (group 2), when the initials
    are a person's and the name begins with their first letter."""
    if written is None or not INITIALS_NAME.fullmatch(written.group(1)):
        return None
    found = parse_person(written.group(2))
    if found is None or found.name[:1] != text[0]:
        return None
    found.initials = found.initials or written.group(1)
    return found


_APP_ROLE_AFTER: Final = re.compile(
    rf"\s+[–—-]\s+(?i:{'|'.join(sorted(MEETING_APP_ROLES, key=len, reverse=True))})$"
)


def without_symbols(text: str) -> str:
    """The text without emoji and pictographs ("Sanne Poulsen 🎉" -> "Sanne Poulsen")."""
    return text if text.isascii() else _SYMBOLS.sub("", text).strip()


def without_nickname(text: str) -> tuple[str, str | None]:
    """'Morten "Mulle" Ladefoged' -> ("Morten Ladefoged", '"Mulle"'): a nickname in quotes
    between a person's names is no part of her name."""
    if '"' not in text and "“" not in text and "”" not in text:
        return text, None
    m = _NICKNAME.search(text)
    if m is None:
        return text, None
    return f"{text[: m.start()]} {text[m.end() :]}", m.group().strip()


def _title_then_name(text: str) -> bool:
    """ "formand Thyborøn Fiskeriforening": a title word alone, then a capitalised name (of
    where the person holds it), not one title of several words."""
    head, _, tail = text.partition(" ")
    return tail[:1].isupper() and _is_title.of(head)


def without_guest_role(text: str) -> tuple[str, str | None]:
    """ "Rasmus Krog fra Norlys som gæst" -> ("Rasmus Krog fra Norlys", "gæst"): a guest's or an
    observer's role written after the entry; other text as it is (after a verb, "... mødte som
    stedfortræder" is a sentence about a substitute)."""
    as_role = _AS_ROLE_AT_END.search(text) if " som " in text else None
    role = PERSON_ROLES.get(as_role.group(1).casefold()) if as_role is not None else None
    if as_role is None or role not in GUEST_ROLES:
        return text, None
    return text[: as_role.start()], role


_OWNED_TITLE: Final = re.compile(r"^vor(?:es|e)?\s+(?=[a-zæøå]+\s+[A-ZÆØÅ])")
"""A possessive before a title and a name ("vores dirigent Mikkel Vad", "vor kasserer ...")."""


_QUOTED_REMARK: Final = re.compile(r"\s+[–—-]\s+([\"“„«][^\"”“„«»]{1,200}[\"”“»])\s*\.?$")
"""A quoted comment after a dash ("Jakob Thorsen (Beredskab Midt) – "Sidder i kursus hele
dagen"", a meeting app's reply to an invitation)."""
_APP_MARK: Final = re.compile(r"\s*\((ekstern|external|uverificeret|unverified)\)", re.IGNORECASE)
"""A meeting app's mark on a participant ("Sanne Lilholt (Ekstern)"): no organisation."""
_APP_MARK_WORDS: Final = ("(ekstern)", "(external)", "(uverificeret)", "(unverified)")


def _without_presence_remark(text: str, notes: list[str]) -> str:
    """``text`` without the remark on presence after it ("– kom kl. 14.25", "– deltog via
    Meet", a quoted reply, a meeting app's "(Ekstern)"), which goes to ``notes``; a remark that
    is all of ``text`` stays."""
    if (
        "(" in text
        and contains_any(casefolded.of(text), _APP_MARK_WORDS)  # (cheap: most have none)
        and (mark := _APP_MARK.search(text)) is not None
        and mark.start() > 0
    ):
        notes.append(mark.group(1))
        text = text[: mark.start()] + text[mark.end() :]
    if (
        text[-1:] in '"”».'
        and (quoted := _QUOTED_REMARK.search(text)) is not None
        and quoted.start() > 0
    ):
        notes.append(quoted.group(1))
        text = text[: quoted.start()]
    if contains_any(text, PRESENCE_REMARK_WORDS) and (
        (remark := _PRESENCE_REMARK.search(text)) is not None and remark.start() > 0
    ):
        notes.append(remark.group(1))
        return text[: remark.start()]
    return text


def without_item_remarks(text: str, notes: list[str]) -> str:
    """``text`` without the items the person was there for, at its end ("vejingeniør Mette Holm
    under punkt 3") or its start ("under pkt. 5 organist Bo Riis"), which go to ``notes``."""
    if not contains_any(casefolded.of(text), ITEM_REMARK_WORDS):
        return text
    remark = _ITEM_REMARK_AT_END.search(text)
    if remark is not None and remark.start() > 0:
        notes.append(remark.group(1))
        text = text[: remark.start()]
    remark = _ITEM_REMARK_AT_START.match(text)
    if remark is not None and remark.end() < len(text) and text[:1].islower():
        notes.append(remark.group(1))
        text = text[remark.end() :]
    return text


_ALSO: Final = re.compile(r"(?:desuden|også|endvidere|tillige|yderligere|herudover)\s+(?=[A-ZÆØÅ])")
_OWNER_SHARE: Final = re.compile(
    r",\s+(ejer\s+af\s+(?:ca\.\s+)?\d[\d,.]*\s*(?:%|pct\.?|procent)[^,]*)$"
)
"""An owner's share after her name (a company's assembly): a note."""
_SAID_OF: Final = re.compile(
    r",\s+((?:der|som)\s+(?!.*\b(?:stedfortræder|suppleant|gæst|referent|deltog|deltager|"
    r"mødte|forlod|ankom|kom|gik|formand|næstformand|dirigent)\b)[a-zæøå].*)$"
)
"""A relative clause that says what the person did or is ("..., som besvarede tekniske
spørgsmål", "..., der er foreningens administrator"); not one of her presence or role, which
the entry's reading keeps ("..., der deltog som stedfortræder for Ole Brask")."""
_BECAUSE: Final = re.compile(
    rf",\s+((?:{'|'.join(w.strip() for w in SUBORDINATE_OPENINGS)})\s+[a-zæøå][^,]*\s[a-zæøå]+)$"
)
"""A clause of why or when after the entry ("..., da formanden havde meldt afbud"): a note."""


_BRACKETED_INITIALS: Final = re.compile(r"\[([A-ZÆØÅ][A-ZÆØÅa-zæøå]{1,3})\]")


def _round_initials(text: str) -> str:
    """Initials in square brackets written in round ones ("Ulrik [UK] Kragelund" -> "Ulrik
    (UK) Kragelund"), as the readers of names expect them."""
    return _BRACKETED_INITIALS.sub(r"(\1)", text) if "[" in text else text


_CONTACT: Final = re.compile(
    r",?\s+(?:(?:tlf|telefon|mobil|mob|tel)\.?:?\s*\+?\d[\d ]{6,14}\d"
    r"|(?:e-?mail:?\s*)?<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?)(?=,|\s*$)",
    re.IGNORECASE,
)
"""A phone number or mail address after a person's entry ("Lisbeth Dam, Sundhed og Omsorg, tlf.
73 33 45 12", "..., lisbeth@kommune.dk"): how to reach her, no part of her organisation."""


def _without_contact(text: str, notes: list[str]) -> str:
    """The entry without its phone numbers and mail addresses (kept in ``notes``)."""
    for m in _CONTACT.finditer(text):
        notes.append(m.group().strip(" ,"))
    return _CONTACT.sub("", text)


_GENITIVE_POST_FIRST: Final = re.compile(r"[a-zæøå]{3,}s\s+([a-zæøå]{4,}),\s+(?=[a-zæøå])")


_MEETING_TASKS: Final = frozenset({"referent", "ordstyrer", "mødeleder"})
"""Roles a title before the name gives for this meeting ("referent Louise Bach"; not a
choir's "dirigent", its conductor)."""


def parse_person(entry: str, *, initials_name: bool = False) -> PersonParts | None:
    """Split one entry into parts, or None when no name can be found. With ``initials_name``
    an entry may start with initials instead of a name ("NDa (Magenta)", "AB, Aarhus Kommune"):
    they are its name and its initials. Remembered (the readers of a list ask it of the same
    entries again); each caller gets its own copy to change."""
    found = (_parsed_initials_first if initials_name else _parsed).of(entry)
    return None if found is None else found.copy()


def _parse_initials_first(entry: str) -> PersonParts | None:
    return _parse_person(entry, initials_name=True)


_POST_COLON: Final = re.compile(r"([^\W\d_][\w-]{1,30}):\s+(?=[A-ZÆØÅ])")
_CHAIR_THEN_TITLE: Final = re.compile(
    r"((?:[Nn]æst)?[Ff]ormand|[Ff]orperson)\s*[,:]\s+(?=[a-zæøå]{3,}\s+[A-ZÆØÅ])"
)
"""The chair's post before her title and name ("Formand, dommer Anne-Lise Vang")."""
_POST_AFTER_PARENS: Final = re.compile(r"\)\s+([A-ZÆØÅ][\w-]+)$")


HANDLE_NAMED: Final = re.compile(r"@[\w.-]+\s*\(([A-ZÆØÅ][^()]{2,120})\)")
"""A chat's or wiki's handle with the person's name in a bracket after it ("@jbirk (Jonas
Birk, UX-designer, Bitvest ApS) – deltog under pkt. 3")."""


def named_by_handle(m: re.Match[str]) -> str:
    """A ``HANDLE_NAMED`` match as the name with the details in a bracket after it ("@tlund
    (Tom Lund, Skanderborg Kommune)": "Tom Lund (Skanderborg Kommune)"), for a list's text."""
    name, _, rest = m.group(1).partition(", ")
    return f"{name} ({rest})" if rest else name


_FILE_NAME: Final = re.compile(
    r"^[\w.-]+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|zip|png|jpe?g|msg|eml)$", re.IGNORECASE
)
"""A file's name alone ("Release-1.8-status.pptx"): no one's."""


def _parse_person(entry: str, *, initials_name: bool = False) -> PersonParts | None:
    text = entry.strip().strip(".;,").strip()
    if not text or len(text) > 300:
        return None
    if text[0] == "@" and (handle := HANDLE_NAMED.match(text)) is not None:
        # "@tlund (Tom Lund, Skanderborg Kommune)": a handle, the person named in its bracket
        after_handle = text[handle.end() :].strip()
        text = handle.group(1) + (f" {after_handle}" if after_handle else "")
    if "." in text and _FILE_NAME.search(text):
        return None  # "OS2iot_budget_2025_v3.xlsx" in a page's table of attachments: a file
    text = _round_initials(text)
    if " repræsenteret ved " in text and (owner := _REPRESENTED.match(text)) is not None:
        # "Aabenraa Kommune (nom. 6.000.000 kr. aktier), repræsenteret ved borgmester Kasper
        # Holmdal i henhold til fuldmagt fra byrådet": the person, for the shareholder
        who = parse_person(_FOR_PROXY.sub("", owner.group(2)))
        if who is not None and who.organisation is None:
            who.organisation = owner.group(1).strip()
            return who
    chair_first = _CHAIR_THEN_TITLE.match(text) if text[:1] in "FfNn" else None
    if chair_first is not None and chair_title(chair_first.group(1)):
        # "Formand, dommer Anne-Lise Vang": she chairs, and her own title comes with her name
        text = f"{text[chair_first.end() :]} ({chair_first.group(1).lower()})"
    # "Kasserer: Tom Lund": her post written as a label before her name
    elif ":" in text[:32] and (posted := _POST_COLON.match(text)) and known_title(posted.group(1)):
        text = f"{posted.group(1)} {text[posted.end() :]}"
    if text[:4] in ("vore", "vor ") and (owned := _OWNED_TITLE.match(text)) is not None:
        text = text[owned.end() :]  # "vores dirigent Mikkel Vad": the choir's conductor
    elif text[:1].islower() and (besides := _ALSO.match(text)) is not None:
        text = text[besides.end() :]  # "(deltog) desuden Kåre Mølgaard, driftsdirektør, ..."
    held = _GENITIVE_POST_FIRST.match(text) if text[:1].islower() else None
    if held is not None and known_title(held.group(1)):  # "selskabets revisor,
        text = text[held.end() :]  # statsautoriseret revisor Helle Rask, Nordjysk Revision":
        # her post in the body, then her own title and name
    dashed = "–" in text[:7] or "-" in text[:7] or "—" in text[:7] or "=" in text[:7]
    # "AH – Anna Holm, Aarhus Kommune", "JH = Jens Hansen, projektleder" (a key of initials),
    # "BS (Birgit Sørensen)": her initials, then her name
    if text[2:3] == " " or text[3:4] == " " or text[4:5] == " ":
        found = _own_initials_first(text)  # "JB Jens Berg, direktør, ...": a column of
        if found is not None:  # initials before each name (a key and the list in one)
            return found
    for written in (
        _INITIALS_FIRST.match(text) if dashed and text[:1].isupper() else None,
        _INITIALS_THEN_NAME.fullmatch(text) if text[-1:] == ")" else None,
    ):
        found = _named_after_initials(text, written)
        if found is not None:
            return found
    post_first = _POST_THEN_NAME.fullmatch(text) if text[-1:] == ")" else None
    if (
        post_first is not None
        and known_title(post := post_first.group(1))
        and is_name(post_first.group(2), allow_single=False)
    ):  # "Formanden (Lone Birk)": her post, then her name in brackets
        text = f"{indefinite_title(post) or post} {post_first.group(2)}"
    if text[-1:].isalpha() and (text[-2:-1] in (".", " ") or text[-2:-1].isdigit()):
        text = _CLASS_AFTER_NAME.sub(r" (\1)", text)
    elif text[-1:] == ")" and "." in text:  # "Yasmin Haddad 9.a (formand)": her class, then
        text = _CLASS_BEFORE_PAREN.sub(r" (\1)", text, count=1)  # her post
    text = without_symbols(text)  # "Freja Olesen (formand 👑)"
    if (
        text[-1:].isalpha()
        and ") " in text
        and (column := _POST_AFTER_PARENS.search(text)) is not None
        and known_title(column.group(1))
    ):  # "Søren Peschardt (V) Formand": a PDF's post column
        text = f"{text[: column.start() + 1]}, {column.group(1)}"
    if text[-1:].isalpha() and (app := _APP_ROLE_AFTER.search(text)) is not None:
        text = text[: app.start()]  # "Lars Bonde (DH Vesterå) – Member": a role in the call
    said = _SAID_OF.search(text) if ", der " in text or ", som " in text else None
    if said is None and ", " in text and text[-1:].isalpha():
        said = _BECAUSE.search(text)  # "(V), da formanden havde meldt afbud": why she chairs
    if said is None and ", ejer" in text:
        said = _OWNER_SHARE.search(text)  # "Lisbeth Grønhøj, ejer af 25 % af selskabskapitalen"
    if said is not None:  # "..., som besvarede tekniske spørgsmål": what is said of the
        text = text[: said.start()]  # person is a note, no part of her name or organisation
    text, nickname = without_nickname(text)
    text, role_at_end = without_guest_role(text)  # "Rasmus Krog fra Norlys som gæst"
    text, from_org = without_from(text)
    if "." in text or any(a in casefolded.of(text) for a in ("fmd", "kass", "sekr", "supp")):
        text = _ABBREVIATION.sub(lambda m: TITLE_ABBREVIATIONS[m.group(1).casefold()], text)
    if "rep." in text or "repr." in text:
        text = _REP_ABBREVIATION.sub(r"\1repræsentant", text)  # "(medarbejderrep.)", "repr."
    roles: list[str] = [role_at_end] if role_at_end is not None else []
    notes: list[str] = [said.group(1)] if said is not None else []
    party: str | None = None
    organisation: str | None = None
    paren_orgs: list[str] = []
    paren_title: str | None = None
    chair_alone: str | None = None  # "(formand)" alone: she chairs this body, wherever she works
    held_at: str | None = None  # the organisation named after the title, where it is held
    title_last = False  # the title after the organisation: a post in this body
    if nickname is not None:
        notes.append(nickname)
    text = _without_presence_remark(text, notes)  # "Gudrun Laursen (...) – kom kl. 14.25"
    text = without_item_remarks(text, notes)
    if "@" in text or "tlf" in text or "mobil" in text or "telefon" in text:
        text = _without_contact(text, notes)  # "..., Sundhed og Omsorg, tlf. 73 33 45 12"
    for inner in _PAREN.findall(text):
        if " / " in inner:  # "(formand / chair)": one post in two languages
            halves = inner.split(" / ")
            if all(_role(h) or _is_title.of(h) for h in halves):
                inner = halves[0]
        chair_alone = chair_alone or chair_title(inner)
        # "(forælderrepræsentant, formand)", "(OS2, produktkoordinator)": each piece on its own
        pieces = [p.strip() for p in _COMMA_OR_SEMICOLON.split(inner) if p.strip()] or [""]
        if " -" in inner or " –" in inner or " —" in inner:
            pieces = [q for p in pieces for q in _role_after_dash(p)]
        unread: list[str] = []
        for inner_s in pieces:
            inner_s = _without_presence_remark(inner_s, notes)  # "(... – deltog via Meet)"
            if _SCHOOL_CLASS.fullmatch(inner_s):
                paren_orgs.append(inner_s)  # "(9.a)": the pupil's class
                continue
            if inner_s[-1:].isalpha() and (klass := _CLASS_AFTER_NAME.search(inner_s)):
                paren_orgs.append(klass.group(1))  # "(elevrådsrepræsentant 9.b)"
                inner_s = inner_s[: klass.start()]
            role = _role(inner_s)
            if (
                role is None
                and " " in inner_s
                and ((when := _ITEM_REMARK_AT_END.search(inner_s)) is not None)
            ):
                role = _role(inner_s[: when.start()])  # "(observatør under pkt. 3)"
                if role is not None:
                    roles.append(role)
                    notes.append(when.group(1))
                    continue
            if role is None and (instead := _INSTEAD_OF.match(inner_s)) is not None:
                roles.append(instead.group(1).casefold())  # "(stedfortræder for Helle Steen)"
                notes.append(inner_s)  # whom she stood in for
                continue
            if paren_title is None and normalise_label.of(inner_s) in ENGLISH_CHAIR_TITLES:
                paren_title = inner_s  # "(Chairman)", "(Vice-Chairman)": her post, as "(President)"
                if role is not None:
                    roles.append(role)
            elif inner_s in PARTY_CODES:
                party = inner_s
            elif inner_s[:1].islower() and (by := _APPOINTED_BY.match(inner_s)) is not None:
                paren_orgs.append(by.group(1))  # "(udpeget af Slagelse Kommune)": she is its
            elif normalise_label.of(inner_s) in PARTY_NAMES:
                party = PARTY_NAMES[normalise_label.of(inner_s)]  # "(Socialdemokratiet)"
            elif role:
                roles.append(role)
            elif " og " in inner_s and all(_role(w) for w in inner_s.split(" og ")):
                roles.extend(r for w in inner_s.split(" og ") if (r := _role(w)))  # "(Mødeleder
                # og referent)": both
            elif (
                " og " in inner_s
                and paren_title is None
                and (both := inner_s.rsplit(" og ", 1))
                and _is_title.of(both[0])
                and (role := _role(both[1])) is not None
            ):
                paren_title = both[0]  # "(næstformand og referent)": her title and her role
                roles.append(role)
            elif (
                _is_title.of(inner_s)
                and " " in inner_s
                and paren_title is None
                and not _title_and_place(inner_s)
                and not _title_then_name(inner_s)
            ):
                paren_title = inner_s  # "(Vice Chair)", "(Adm. direktør)"
            elif _is_title.of(inner_s.split()[0] if inner_s else "") and paren_title is None:
                head, _, tail = inner_s.partition(" ")
                paren_title = head
                if tail.strip() and tail.strip()[0].isupper():
                    paren_orgs.append(tail.strip())
                    held_at = tail.strip()  # "(formand Thyborøn Fiskeriforening)": not ours
            elif normalise_label.of(inner_s) in _CHAIR_TITLES:
                roles.append(normalise_label.of(inner_s))  # a second title: "..., formand)"
            elif (
                paren_title is not None
                and " for " in inner_s
                and normalise_label.of(inner_s.split(" for ", 1)[0]) in _CHAIR_TITLES
            ):  # "(produktionschef, formand for AMU)": the chair of this body, by her post
                roles.append(normalise_label.of(inner_s.split(" for ", 1)[0]))
            elif (
                is_organisation.of(inner_s)
                and not _is_title.of(inner_s)
                and not inner_s.startswith(_NOT_AN_ORGANISATION)
            ):  # not "(nyt medlem af styregruppen, ...)": a remark
                paren_orgs.append(inner_s)
            else:
                role_words = [r for w in _SLASH.split(inner_s) if (r := _role(w.strip()))]
                if role_words:
                    roles.extend(role_words)
                else:
                    unread.append(inner_s)
        for piece in unread:
            if (
                paren_title is None
                and len(pieces) >= 2
                and piece == pieces[0]
                and (
                    (len(pieces) == 2 and pieces[1][:1].isupper())
                    or all(_role(q) is not None for q in pieces[1:])
                )
                and " " not in piece
                and len(piece) >= 5
                and _lower_title(piece)
            ):  # "(superbruger, Teknik og Miljø)": her job, then her unit; "(webredaktør --
                paren_title = piece  # tager noter)": her job, then her role at the meeting
            elif (
                len(pieces) >= 2
                and " " not in piece
                and len(piece) >= 5
                and _lower_title(piece)
                and (paren_title is not None or chair_title(pieces[0]) is not None)
            ):  # "(pædagog, personalerepræsentant)", "(formand, digitaliseringschef)": posts
                first = paren_title or pieces[0]
                paren_title = f"{first}, {piece}"
            elif (post_at := _title_in_organisation(piece)) is not None and (
                paren_title is not None or chair_title(pieces[0]) is not None
            ):  # "(formand, borgmester i Thisted Kommune)": her post, where she holds it
                paren_title = f"{paren_title or pieces[0]}, {post_at[0]}"
                paren_orgs.append(post_at[1])
            elif len(pieces) > 1 and piece[:1].isupper() and len(piece.split()) <= 6:
                paren_orgs.append(piece)  # beside a title or role: where the person is from
            elif len(pieces) == 1 and _ORG_IN_PARENS.match(piece) and not _LABEL_WORD.match(piece):
                paren_orgs.append(piece)  # "Ole Berg (Systematic)", "(IT-drift)", "(KMD)"
            else:
                notes.append(piece)
    text = _PAREN.sub(" ", text)
    text = " ".join(text.split()).strip(",").strip()
    segments: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        pieces = DASH_SPLIT.split(part)
        if len(pieces) > 1 and (
            is_name(_split_title_prefix(pieces[0].strip())[1])
            or _post_word(pieces[-1])
            or _role(pieces[0].strip()) is not None  # "Chair – adm. direktør"
            or (len(pieces) == 2 and _INITIALS.match(pieces[1].strip()) is not None)
            or (len(pieces) == 2 and _role(pieces[1].strip()) is not None)  # "... – Chair"
            or (len(pieces) == 2 and _title_then_body(pieces[0].strip(), pieces[1].strip()))
        ):  # "Anna Holm – formand", "Aarhus Kommune – mødeleder", "Lindahl Revision – KL"
            segments.extend(x.strip() for x in pieces if x.strip())
        elif part:
            segments.append(part)
    if not segments:
        return None
    name: str | None = None
    title: str | None = None
    initials: str | None = None
    rest: list[str] = []
    for seg in segments:
        if name is None and initials_name and INITIALS_NAME.fullmatch(seg):
            name = initials = seg
            continue
        if name is None:
            pre_title, bare = _split_title_prefix(seg)
            if is_name(bare):
                name, title = bare, pre_title or title
                continue
            if _is_title.of(seg) and title is None:
                title = seg
                continue
            if is_organisation.of(seg) and organisation is None and len(segments) > 1:
                organisation = seg
                continue
            bare, after = title_after(seg)
            if after is not None and title is None:
                name, title = bare, after
                continue
            lead = first_name_in(seg)
            if lead and len(lead.split()) >= 2:
                pre_title, bare = _split_title_prefix(lead)  # "Formanden Inger Dahl bød ..."
                name, title = (bare, pre_title) if pre_title else (lead, title)
                tail = seg[len(lead) :].strip()
                if tail:
                    notes.append(tail)
                continue
            rest.append(seg)
            continue
        role = _role(seg)
        if party is None and (named := written_party(seg)) is not None:
            party = named  # "Peder Hald, Venstre"
        elif _ITEM_REMARK.fullmatch(seg):
            notes.append(seg)  # "Jens Vestergaard (K) – punkt 1-3": the items he was away from
        elif role is None and (instead := _INSTEAD_OF.match(seg)) is not None:
            roles.append(instead.group(1).casefold())  # "..., suppleant for Ivan Petrov"
            notes.append(seg)  # whom she stood in for
        elif role:
            roles.append(role)
        elif _INITIALS.match(seg) and _initials_of(name) == seg:
            initials = seg
        elif (
            " og " in seg
            and title is None
            and (both := seg.rsplit(" og ", 1))
            and _is_title.of(both[0])
            and (also := _role(both[1]) or _chair_word(both[1])) is not None
        ):
            title = both[0]  # "Kirsten Dahl (A), borgmester og mødeleder": her post and role
            roles.append(also)
        elif (
            title is None
            and organisation is None
            and _title_and_place(seg)
            and not seg.partition(" ")[2].isupper()  # ("arkitekt MAA": a designation)
        ):
            title, _, organisation = seg.partition(" ")  # "TR Hjemmeplejen Nord": her post there
        elif _is_title.of(seg) and title is None:
            title = seg
            title_last = bool(rest)  # "..., Region Vestkyst, formand": after the organisation
        elif _is_title.of(seg) and title is not None and _ACADEMIC_ONLY.fullmatch(title):
            title = f"{title}, {seg}"  # "Dr. Maria Lindholm (Energinet), senior researcher"
        elif normalise_label.of(seg) in _CHAIR_TITLES:
            roles.append(normalise_label.of(seg))  # "..., forælderrepræsentant, formand"
        elif title is not None and seg[:1].islower() and _is_title.of(seg):
            title = f"{title}, {seg}"  # "Anne Holm (V), formand, byrådsmedlem": both titles
        elif (
            _LEADING_NAME.match(seg)
            and _LOWER_WORD.search(seg)
            and len(seg.split()) > 3
            and not _organisation_with_small_words(seg)  # "Midt- og Vestjyllands Politi"
        ):
            notes.append(seg)  # "Marianne Kiærulff mødte som stedfortræder"
        else:
            rest.append(seg)
    if name is None:
        return None
    if title is None and paren_title is not None:
        title = paren_title
    ours = _CHAIR_OF_OURS.match(title) if title is not None and " for " in title else None
    if ours is not None and (ours_title := chair_title(ours.group(1))) is not None:
        title = ours.group(1)  # "formand for koordinationsgruppen": she chairs this body
        roles.append(ours_title)
    chairs = chair_title(title.split(", ", 1)[0]) if title is not None else None
    ours_alone = organisation is None and not rest
    if chairs is not None and (ours_alone or title_last) and held_at is None:
        roles.append(chairs)  # "(V), formand", "(V), Region Vestkyst, formand": this body's
    if chair_alone is not None and chair_alone not in roles:
        roles.append(chair_alone)  # "Anna Holm, Aarhus Kommune (formand)"
    if title is not None:
        title, for_org = split_title_for(title)
        if for_org and organisation is None:
            organisation = for_org
    for seg in rest:
        if seg.startswith("for ") and is_name(seg[4:], allow_single=False):
            notes.append(seg)  # "Jonas Kirk (C), Rosenlund Kommune, for Gitte Krabbe": instead
            continue
        if _FLAT.match(seg) or _BY_PROXY.match(seg):
            notes.append(seg)  # "Signe Hald, nr. 12, 2. tv.": where she lives, no organisation
            continue  # (nor a title: "st. tv."); "Søren Lykke, iflg. fuldmagt": how he came
        if title is None and _lower_title(seg):
            title = seg  # "Lone Berg (Økonomi) – projektejer": lower-case words are no place
            continue
        if seg[:1].islower() and (as_role := _AS_ROLE.match(seg)) and (r := _role(as_role[1])):
            roles.append(r)  # "..., der deltog som stedfortræder for Ole Brask (O)"
            notes.append(seg)
            continue
        if _PARTICIPLE_REMARK.match(seg):
            notes.append(seg)  # "repræsenterende 60 % af selskabskapitalen": no organisation
            continue
        if seg[:1].islower() and (by := _APPOINTED_BY.match(seg)) is not None:
            seg = by.group(1)  # "Samir Khalil, udpeget af Næstved Erhvervsråd": its member
        organisation = seg if organisation is None else f"{organisation}, {seg}"
    own = [o for o in paren_orgs if own_initials(o, name)] if initials is None else []
    if own:  # "Thomas Winther (TW), Magenta"
        initials = own[0]
        paren_orgs = [o for o in paren_orgs if o != initials]
    if organisation is None and paren_orgs:
        organisation = paren_orgs[0]
    if organisation is None:
        organisation = from_org
    if organisation is not None and initials is None and own_initials(organisation, name):
        initials, organisation = organisation, from_org  # "Anna Holm (AH)", "... fra Netcompany"
    if name[-2:-1] == " " and name[-1:].isupper() and f"{name}." in entry:
        name += "."  # "Mette K.": an initial keeps its full stop
    if title is not None and title[:1].isdigit() and (post := _role(_ORDINAL.sub("", title))):
        roles.append(post)  # "(1. suppleant)": the title, and the role it names
    elif (
        title is not None
        and (task := _role(title.split(", ", 1)[0])) in _MEETING_TASKS
        and task not in roles
    ):
        roles.append(task)  # "ref. Louise Bach, bestyrelsessekretær", "ordstyrer Bo Lund": her
        # task at this meeting, as well as her title
    return PersonParts(
        name=name,
        title=title,
        organisation=organisation,
        party=party,
        roles=_unique(roles),
        initials=initials,
        notes=notes,
        held_at=held_at,
    )


_parsed: Final = memo(_parse_person, 1024)
_parsed_initials_first: Final = memo(_parse_initials_first, 256)


# "formand for koordinationsgruppen", "næstformand for bestyrelsen": a chair of the body
# named by its common noun in the definite form (not "formand for Vejle Roklub")
_CHAIR_OF_OURS: Final = re.compile(r"^(\w+) for (?:[a-zæøå]+-)?[a-zæøå]+(?:en|et)$")
_SMALL_WORDS: Final = frozenset({"og", "i", "for", "af", "på", "&"})


def _organisation_with_small_words(seg: str) -> bool:
    """ "Midt- og Vestjyllands Politi", "UCL Erhvervsakademi og Professionshøjskole": an
    organisation whose only lower-case words are small joining words (not "Skanderborg Kommune
    – suppleant for Peter Gram", a remark)."""
    words = seg.split()
    return (
        len(words) <= 6
        and all(w[:1].isupper() or w in _SMALL_WORDS for w in words)
        and is_organisation.of(seg)
    )


_IN_ORGANISATION: Final = re.compile(r"^([a-zæøå][\w.-]*(?: [\w.-]+)?) i ([A-ZÆØÅ].+)$")


def _title_in_organisation(piece: str) -> tuple[str, str] | None:
    """ "borgmester i Thisted Kommune", "direktør i Vestas": a post and where it is held."""
    m = _IN_ORGANISATION.match(piece) if " i " in piece else None
    if m is None or not _is_title.of(m.group(1)) or not is_organisation.of(m.group(2)):
        return None
    return m.group(1), m.group(2)


def _lower_title(seg: str) -> bool:
    """ "projektejer", "ekstern konsulent", "indehaver" after a name: a job in lower-case words;
    not a body in the definite form ("organisationsbestyrelsen") nor a note ("syg")."""
    return (
        seg[:1].islower()
        and len(seg.split()) <= 3
        and not has_digit(seg)
        and not seg.endswith(("en", "et", "ne"))
        and not _LABEL_WORD.match(seg)
    )


def _title_then_body(title: str, body: str) -> bool:
    """ "formand – Aaskov Kvindenetværk": a title, a dash and the capitalised name of where the
    post is held."""
    return _is_title.of(title) and body[:1].isupper() and not starts_with_first_name(body)


def _post_word(text: str) -> bool:
    """ "mødeleder", "referent", "formand": a lower-case role or title word after a dash."""
    word = text.strip()
    return word.islower() and (_role(word) is not None or chair_title(word) is not None)


def _title_and_place(text: str) -> bool:
    """ "forælder Mariehønestuen": a one-word title and a capitalised place after it (not a
    title of several words such as "Adm. Direktør")."""
    head, _, tail = text.partition(" ")
    return (
        tail[:1].isupper()
        and _is_title.of(head)
        and normalise_label.of(text) not in TITLE_WORDS
        and not (_role(head) or normalise_label.of(head) in _CHAIR_TITLES)
    )


_TITLE_AT_ORGANISATION: Final = re.compile(r"^(.*?)\s+(?:for|i|ved|hos|på|af)\s+([A-ZÆØÅ0-9].*)$")
_AND_LOWER: Final = re.compile(r"(?<!-)\s+og\s+(?=[a-zæøå])")  # not "Social- og sundhed..."


def split_title_for(title: str) -> tuple[str, str | None]:
    """Split "formand for Syddansk Vækstforum og ..." into ("formand", "Syddansk Vækstforum")."""
    m = _TITLE_AT_ORGANISATION.match(title)
    if not m or not _is_title.of(m.group(1)):
        return title, None
    org = _AND_LOWER.split(m.group(2))[0].strip()
    return m.group(1), org


def own_initials(text: str, name: str) -> bool:
    """ "AH" for Anna Holm, "AMH" or "AH" for Anne Marie Holm, "RS" for Rikke written alone; also
    the letters of a workplace's
    initials ("JHA" for Jens Hald, "MKL" for Mette Klit: the first name's initial, then a later
    name's initial and letters of it), unless they name an organisation ("KL", "DTU")."""
    if not _INITIALS.match(text):
        return False
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    if text in (_initials_of(name), (words[0][0] + words[-1][0]) if len(words) > 1 else ""):
        return True
    if len(words) == 1 and len(text) == 2 and text[0] == words[0][0]:
        # "Rikke (RS)", "Jonna (JP, biblioteket)": a first name alone with her initials
        return text.casefold() not in _ORGANISATION_WORD_SET
    if len(text) < 3 or len(words) < 2 or text[0] != words[0][0]:
        return False
    if text.casefold() in _ORGANISATION_WORD_SET:
        return False
    return any(text[1] == word[0] and _in_order(text[2:], word[1:].upper()) for word in words[1:])


def _in_order(letters: str, text: str) -> bool:
    """Whether ``letters`` occur in ``text`` in that order (not necessarily together)."""
    at = 0
    for letter in letters:
        at = text.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _initials_of(name: str) -> str:
    return "".join(t[0] for t in name.replace("-", " ").split() if t[:1].isupper())


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def split_outside_parens(pattern: re.Pattern[str] | Needs, text: str) -> list[str]:
    """``pattern.split(text)`` at the matches outside parentheses only (the pattern has no
    groups): "Anna Holm (Vejle Roklub, formand), Bo Lind" splits once, after the ")"."""
    if "(" not in text:
        return pattern.split(text)
    spans = [m.span() for m in _PAREN.finditer(text)]  # innermost pairs: no nesting in names
    parts: list[str] = []
    start = 0
    k = 0
    for m in pattern.finditer(text):
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1
        if k < len(spans) and spans[k][0] < m.start():
            continue  # inside "( ... )"
        parts.append(text[start : m.start()])
        start = m.end()
    parts.append(text[start:])
    return parts


_ABBREVIATED_LAST: Final = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ]\.$")
"""A list's last entry that is a first name and a surname's initial ("Thomas B.")."""


_LAST_SURNAME_ENDINGS: Final = ("sen", "søn", "gaard", "gård")
# "(nyt medlem af styregruppen)", "(ikke medlem af udvalget)": a remark on her, no place
_NOT_AN_ORGANISATION: Final = ("nyt ", "ny ", "tidligere ", "kommende ", "fhv. ", "ikke ", "kun ")


def split_name_run(text: str) -> str | None:
    """A two-column table of names and posts flattened into one line by a PDF viewer ("Lis
    Brandt Hansen, Formand Ejvind Holk, Næstformand Tove Ammitzbøll Rikke Lange Sørensen Hasse
    Juul"): each post after a comma is the post of the name before it, and a run of names apart
    by spaces splits where a first name follows a name of two words or more. Returns the list
    written out ("Lis Brandt Hansen (Formand), Ejvind Holk (Næstformand), Tove Ammitzbøll, ..."),
    or None when the text has no run of names (four capitalised words or more in a row, where
    a first name ends a name and starts the next). The run stops at a word that can start no
    name (a label after the list: "Kontaktperson ...", a date)."""
    names: list[list[str]] = []
    posts: dict[int, str] = {}
    run = False
    for k, segment in enumerate(text.split(",")):
        words = segment.split()
        if k > 0 and names and words:
            two = len(words) > 1 and words[0].endswith(".")
            n = 2 if two and _is_title.of(f"{words[0]} {words[1]}") else 1  # "Adm. Direktør"
            if _is_title.of(" ".join(words[:n])) and not starts_with_first_name(words[0]):
                posts[len(names) - 1] = " ".join(words[:n])  # "..., Formand Ejvind Holk"
                words = words[n:]
        current: list[str] = []
        for word in words:
            if not (word[:1].isupper() and word.replace("-", "").replace(".", "").isalpha()):
                break
            if not current and not starts_with_first_name(word):
                break  # "Kontaktperson Dorthe Fals ...": no name starts there
            if len(current) >= 2 and (
                starts_with_first_name(word) or current[-1].endswith(_LAST_SURNAME_ENDINGS)
            ):  # "... Rikke Lange Sørensen Hasse Juul": after "-sen", an unknown first name
                names.append(current)
                current = []
                run = True  # a name ended without a comma: a flattened table
            elif len(current) >= 4:
                break
            current.append(word)
        else:
            if current:
                names.append(current)
            continue
        if current:
            names.append(current)
        break
    if not run:
        return None
    return ", ".join(
        " ".join(name) + (f" ({posts[k]})" if k in posts else "") for k, name in enumerate(names)
    )


_STACKED_LABEL: Final = re.compile(r"([A-ZÆØÅ][^:,]{1,60}?(?:,\s[A-ZÆØÅ][^:,]{1,40}?)?):\s+")
"""A group's label in a flattened table: "DTU Aqua: ", also with its unit after a comma
("Fiskeristyrelsen, Kontrol: ")."""
_GROUP_TOKEN: Final = re.compile(r"\([^()]*\)|,|[^\s,()]+")


def stacked_groups(text: str) -> list[tuple[str, list[str]]] | None:
    """A PDF viewer's flattened table of groups and their people: the groups' labels first, then
    each group's names in the same order, groups apart only where a first name follows a full
    name with no comma ("Danmarks Fiskeriforening: DTU Aqua: Ole Lundberg Larsen, Henrik Lund
    Jens Kjærulf Petersen, Louise Poulsen"): [(label, entries), ...], or None when the labels
    (two at least) and the groups do not pair up one to one."""
    labels: list[str] = []
    at = 0
    while (m := _STACKED_LABEL.match(text, at)) is not None:
        labels.append(m.group(1).strip())
        at = m.end()
    if len(labels) < 2:
        return None
    groups: list[list[str]] = [[]]
    entry: list[str] = []
    words = 0  # words of the entry's name (not its remarks in parentheses)
    comma = False
    for token in _GROUP_TOKEN.findall(text, at):
        if token == ",":
            if entry:
                groups[-1].append(" ".join(entry))
            entry, words, comma = [], 0, True
            continue
        if token[0] != "(" and words >= 2 and not comma and starts_with_first_name(token):
            groups[-1].append(" ".join(entry))  # "... Sofus Iversen (næstformand) Viggo": the
            groups.append([])  # next group's first name
            entry, words = [], 0
        entry.append(token)
        words += token[0] != "("
        comma = False
    if entry:
        groups[-1].append(" ".join(entry))
    if len(groups) != len(labels) or not all(groups):
        return None
    return list(zip(labels, groups, strict=True))


_PLAIN_NAME: Final = re.compile(
    r"[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøå]+)?(?: [A-ZÆØÅ][a-zæøå]+){1,2}"
)


def _plain_name(core: str) -> bool:
    """Two or three capitalised words ending in a patronymic surname, and no organisation
    ("Aske Mortensen", a first name the list of first names lacks): a person after a titled
    one, not where that one works ("Skive Havn")."""
    return (
        _PLAIN_NAME.fullmatch(core) is not None
        and core.casefold().endswith(PATRONYMIC_ENDINGS)
        and not is_organisation.of(core)
    )


_CROWD_TAIL: Final = re.compile(
    r"\s+(?:samt|og)\s+(?:ca\.\s*|cirka\s+|omkring\s+|yderligere\s+)?\d{1,4}\s+[a-zæøå].*$"
)


_DASH_REASON: Final = re.compile(r"\s+[–—-]\s+[a-zæøå][\w ]{0,30}$")


def split_name_list(text: str) -> list[str] | None:
    """Split "A, B, C og D" into names when every part is a name; None otherwise."""
    cleaned = _round_initials(text.strip())
    if " samt " in cleaned or " og " in cleaned:  # "..., og graver Bo Jessen samt ca. 35 af
        cleaned = _CROWD_TAIL.sub("", cleaned)  # sognenes beboere": a crowd, no one named
    if cleaned[-3:-2] != " " or not _ABBREVIATED_LAST.search(cleaned):
        cleaned = cleaned.rstrip(".").strip()  # but "... og Thomas B.": his surname's initial
    if not cleaned:
        return None
    parts = [p.strip() for p in split_outside_parens(_LIST_SPLIT, cleaned) if p.strip()]
    if len(parts) < 2:
        return None
    parts = [p[2:].lstrip() if p.startswith("+ ") else p for p in parts]  # ", + Lærer Tine ..."
    if any(p.islower() for p in parts):
        return None  # ("Stephanie Lose, formand for ... og regionsrådsformand"): no name in it
    last = _PAREN.sub(" ", parts[-1]).strip()
    if not is_name(_split_title_prefix(last)[1]):
        lead, _, rest = last.partition(" ")  # "medarbejderrep. Kasper Wulff uden stemmeret"
        if not rest or not (_is_title.of(lead) or _abbreviated_title(lead)):
            lead, rest = "", last
        head = first_name_in(rest)
        tail = rest[len(head) :].strip() if head else ""
        if head and len(head.split()) >= 2 and _STRAY_WORDS.fullmatch(tail):
            # "..., Vibeke Rindom åben": a stray word from the page layout
            parts[-1] = f"{lead} {head}".lstrip()
    names: list[str] = []
    cores: list[str] = []
    titled = False  # the part before had a post before its name
    for part in parts:
        bare = without_item_remarks(_PAREN.sub(" ", part).strip(), [])  # "... under pkt. 3"
        if " – " in bare or " - " in bare:
            bare = _DASH_REASON.sub("", bare)  # "William (8.a) – syg": why she was away
        bare = without_class(" ".join(without_nickname(bare)[0].split()))  # 'Erik "Store Erik"'
        unit = _at_unit(bare)
        if unit is not None:
            bare = unit.group(1)  # "Ulla fra kantinen": where she works is no part of her name
        post, core = _split_title_prefix(bare)
        if titled and post is None and not starts_with_first_name(core) and not _plain_name(core):
            return None  # "Afdelingssygeplejerske Sanne Bülow, Afsnit E3": where she works
        titled = post is not None
        if not is_name(core) or (
            post is not None and post.isupper() and not starts_with_first_name(core)
        ):
            return None  # (", TR Hjemmeplejen Syd": a post and where it is held, no person)
        names.append(part)
        cores.append(core)
    if _details_between_names(cores):
        return None  # "Thomas Winther, Magenta, Ole Berg": the caller reads such entries
    return _couples(cleaned, names, cores)


def _couples(text: str, names: list[str], cores: list[str]) -> list[str]:
    """ "..., Gitte og Finn Brandt (nr. 16), ...": in a list of full names, a first name alone
    joined by "og" to a full name shares its surname (a couple: Gitte Brandt, Finn Brandt);
    so do several ("Hanne og Ole Bech, Lis og Frode Kjærgaard, Aksel Nyholm") when every first
    name alone is such a pair's ("Bjarne, Susse og Per Gade" is a list of first names). Two
    names are a couple too ("Desuden deltog: Poul og Karen Brix")."""
    singles = [k for k, c in enumerate(cores) if " " not in c]
    if not singles or len(singles) * 2 > len(cores):
        return names
    out = list(names)
    for k in singles:
        if k + 1 >= len(cores) or names[k] != cores[k]:
            return names
        couple = couple_name(cores[k], cores[k + 1])
        if couple is None or f"{names[k]} og {names[k + 1]}" not in text:
            return names
        out[k] = couple
    return out


def couple_name(first: str, partner: str) -> str | None:
    """ "Gitte" of "Gitte og Finn Brandt": the first name with the partner's surname, or None when
    ``first`` is no first name alone or the partner has no surname ("Ebbe og Mads R.": an
    initial is no shared surname)."""
    if " " in first or " " not in partner or not starts_with_first_name(first):
        return None
    surname = partner.split()[-1]
    if len(surname) < 3 or surname.endswith(".") or not surname[:1].isupper():
        return None
    return f"{first} {surname}"


def _details_between_names(cores: list[str]) -> bool:
    """True when single unknown words ("Magenta", "PwC") follow full names, in a list that
    starts with one: details of the person before, not people ("Bjarne, Susse, Per Gade" is a
    list of first names)."""
    singles = [k for k, c in enumerate(cores) if " " not in c]
    if not singles or " " not in cores[0]:
        return False  # a run of them too: "Lisbeth Holmgren, Social og Sundhed"
    return all(not starts_with_first_name(cores[k]) for k in singles)


def first_name_in(text: str) -> str | None:
    """The first name-like run of capitalised words (for "Ole Nørmark blev foreslået og valgt")."""
    m = _LEADING_NAME.match(text.strip())
    if not m:
        return None
    tokens: list[str] = []
    for token in m.group(1).split():
        if token.casefold().rstrip(".") in _STOP_NAMES:
            break
        tokens.append(token)
    candidate = " ".join(tokens).rstrip(".")
    return candidate if candidate and is_name(candidate) else None


_ABSENCE_SENTENCE: Final = re.compile(ABSENCE_SENTENCE)


def absence_sentence(text: str) -> list[PersonParts] | None:
    """The people a sentence says were absent ("Thomas Lind havde meldt afbud.",
    "Anna Holm og Bo Berg var fraværende"), or None when the line says no such thing."""
    if not any(w in text for w in _ABSENCE_WORDS):
        return None  # cheap: most lines say nothing of it
    m = _ABSENCE_SENTENCE.search(text)
    if m is None or not 2 <= m.start() <= 160 or not text[:1].isupper():
        return _absent_relative(text)
    if text[:9].casefold().startswith(SUBORDINATE_OPENINGS):
        return None  # "Da Mikkel havde afbud, blev punktet ikke behandlet.": about the item
    written = text[: m.start()].strip().rstrip(",")
    if ". " in written and _SENTENCE_BEFORE.search(written) is not None:
        # "A (formand), B. C havde meldt forfald.": the caller reads each sentence ("...
        # Bestyrelsen var til stede med undtagelse af D, der havde meldt afbud.": D)
        return _absent_relative(text)
    if " fra " in written:  # "Tove Lindgaard fra afdelingsbestyrelsen havde meldt afbud."
        written = _FROM_OWN_GROUP.sub("", written)
    entries = split_name_list(written)
    if entries is None:
        bare = " ".join(_PAREN.sub(" ", written).split())
        if not is_name(_split_title_prefix(bare)[1]):
            # "Oplægget udgik, da RF havde meldt afbud": not a list of names
            return _absent_relative(text)
        entries = [written]
    people = [parse_person(e) for e in entries]
    found = [p for p in people if p is not None and _absent_name(p.name)]
    if len(found) != len(people):
        return None
    # "A og B havde meldt afbud, mens C ikke var mødt op", "Lotte havde meldt afbud (ferie), og
    # Anders var desværre syg"
    for joint in (", mens ", ", og "):
        also = text.find(joint, m.end())
        if also > 0:
            found += absence_sentence(text[also + len(joint) :]) or []
            break
    return found


_SENTENCE_BEFORE: Final = re.compile(r"(?<=[a-zæøå)]{2})\.\s+(?=[A-ZÆØÅ])")
"""The end of a sentence before the one that says who was away (not an initial's "Anne K.
Holm"): a line of sentences is no one sentence of absence."""

_FROM_OWN_GROUP: Final = re.compile(r"\s+fra\s+(?:[a-zæøå]+s\s+)?[a-zæøå][\w-]*$")
"""The group an absentee belongs to, in small letters after the name ("... fra
afdelingsbestyrelsen", "fra foreningens bestyrelse"): no part of the name."""

_ABSENCE_WORDS: Final = (
    "afbud",
    "syg",
    "ikke",
    "fravær",
    "forhindr",
    "meldt",
    "declined",
    "apolog",
    "absent",
)

_ABSENT_RELATIVE: Final = re.compile(
    r"([A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}),?\s+(?:der|som)\s+(?:havde\s+)?"
    r"(?:meldt\s+|sendt\s+)?afbud\b"
)


def _absent_relative(text: str) -> list[PersonParts] | None:
    """ "... til stede med undtagelse af Bo Riisgaard, der havde meldt afbud.": the person the
    relative clause says sent apologies."""
    relative = _ABSENT_RELATIVE.search(text) if "afbud" in text else None
    parts = parse_person(relative.group(1)) if relative is not None else None
    return [parts] if parts is not None and _absent_name(parts.name) else None


def _absent_name(name: str) -> bool:
    """A full name, or a known first name alone ("Karen havde meldt afbud")."""
    return is_name(name, allow_single=False) or (
        " " not in name and is_name(name) and starts_with_first_name(name)
    )


_ROLE_WORD: Final = rf"(?:{'|'.join(SIGNER_ROLES)})"  # "referent", "dirigent", ...
_ROLE_NAME: Final = r"[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,3}"
_IS_ROLE: Final = re.compile(
    rf"^(?P<name>(?:[a-zæøå]+\s+)?{_ROLE_NAME}(?:\s+\([^()]{{1,30}}\))?)\s+"  # "Bo Dam (A)"
    r"(?:(?:er|var|blev)\s+(?:(?:enstemmigt\s+)?(?:foreslået\s+og\s+)?(?:valgt|udpeget)\s+(?:til|som)\s+)?"
    r"|valgt(?:es)?\s+(?:til|som)\s+|(?:deltog|fungerede)\s+som\s+)"
    rf"(?:både\s+)?(?P<role>{_ROLE_WORD})\b"
    # "Frederik er både mødeleder og referent": a second role of the same person
    rf"(?:\s+og\s+(?P<role3>{_ROLE_WORD})\b)?"
    # "... og Martin Kjær som referent", "..., og Anders Toft blev valgt som referent", "... og
    # Bo Lind var referent": a second person elected in the same sentence
    rf"(?:\s*,?\s+(?:og\s+)?(?P<name2>(?:[a-zæøå]+\s+)?{_ROLE_NAME})\s+"
    r"(?:(?:blev|var|er)\s+(?:(?:enstemmigt\s+)?(?:valgt|udpeget)\s+)?(?:(?:til|som)\s+)?|(?:til|som)\s+)?"
    rf"(?P<role2>{_ROLE_WORD})\b)?",
)
# "Som dirigent valgtes Kurt Pedersen og som referent Mads Brink."
# "Til dirigent blev Ole Bak valgt.", "Som referent fungerede Eva Holm.", "Dirigent blev Ole
# Bak.", "Valgt som dirigent: Ole Bak"
_ROLE_FIRST: Final = re.compile(
    rf"^(?:(?:[Ss]om|[Tt]il|[Vv]algt\s+(?:som|til))\s+(?P<role>{_ROLE_WORD})"
    rf"|(?P<role0>(?i:{_ROLE_WORD})))"
    r"\s*(?::|valgtes|blev\s+valgt|udpegedes|fungerede|blev|var|er)\s*"
    # (a title before the name: "Som dirigent valgtes advokat Morten Hjerl og som referent
    # administrator Louise Skaarup.")
    rf"(?P<name>(?:[a-zæøå]{{4,}}\s+)?{_ROLE_NAME})"
    rf"(?:\s*,?\s+og\s+(?:som|til)\s+(?P<role2>{_ROLE_WORD})\s+(?:valgtes\s+)?"
    rf"(?P<name2>(?:[a-zæøå]{{4,}}\s+)?{_ROLE_NAME}))?",
)


# "Mødeleder (Ulrik Stampe) og referent (Nanna Fog Sørensen) udpeget", "Referent (Bo Lind)
# valgt": a project meeting's formalities, the name in brackets after the role
_ROLE_BRACKETED: Final = re.compile(
    rf"^(?:\[[xX]\]\s*)?(?P<role>(?i:{_ROLE_WORD}))\s*\((?P<name>{_ROLE_NAME})\)"
    rf"(?:\s*,?\s+og\s+(?P<role2>(?i:{_ROLE_WORD}))\s*\((?P<name2>{_ROLE_NAME})\))?"
    r"\s*(?:(?:er\s+|blev\s+)?(?:udpeget|valgt|fundet|bekræftet|verificeret|aftalt)\b.*)?$"
)


# "Bestyrelsen foreslog Erik Holm som dirigent.": the one proposed for the role (and elected:
# minutes write down only a proposal that was followed)
_PROPOSED_ROLE: Final = re.compile(
    r"^[A-ZÆØÅ][\w-]*(?:\s+[a-zæøå][\w-]*)?\s+(?:foreslog|pegede\s+på|indstillede|valgte|udpegede)\s+"
    # "advokat Mette Brandt, Brandt & Kjeldsen Advokater, som dirigent": her firm or town too
    rf"(?P<name>(?:[a-zæøå]+\s+)?{_ROLE_NAME}(?:,\s+[A-ZÆØÅ][^,]{{1,60}}?,)?)\s+(?:som|til)\s+"
    rf"(?P<role>{_ROLE_WORD})\b"
    rf"(?:\s+og\s+(?P<role3>{_ROLE_WORD})\b)?"  # "... som dirigent og referent": both hers
    # "... som dirigent og Pia Lund som referent"
    rf"(?:,?\s+og\s+(?P<name2>{_ROLE_NAME})\s+(?:som|til)\s+(?P<role2>{_ROLE_WORD})\b)?"
)


_PROPOSING: Final = ("foreslog", "pegede", "indstillede", "valgte", "udpegede")


_HOUSE_NUMBER: Final = re.compile(
    r"\s*\((?:nr\.?|hus|matr\.?|afd\.?|afdeling|have|lejl\.?|opg\.?|opgang)\s*\d{1,4}[a-z]?"
    r"(?:,\s*(?:\d{1,2}\.?|st\.?|kld\.?)\s*(?:th|tv|mf|sal)?\.?)?\)",  # "(nr. 20, 3. th.)"
    re.IGNORECASE,
)  # ("Palle Winther (afd. 1)": his estate)


_HOUSE_THEN_NAMES: Final = re.compile(
    r"\b(?i:nr\.?|hus|matr\.?|have|lejl\.?|lejlighed|parcel|opg\.?|opgang)\s*\d{1,4}[a-zA-Z]?"
    r"\s*\(([A-ZÆØÅ][^()]{2,120})\)"  # (names: not "have 58 (kasserer)", her post)
)


_FROM_HOUSE: Final = re.compile(
    r"(?<=[a-zæøå])\s+fra\s+(?i:nr\.?|hus|have|lejl\.?|lejlighed|parcel|matr\.?)\s*\d{1,4}[a-zA-Z]?\b"
)


def names_for_houses(text: str) -> str:
    """A list naming households by their house first ("hus 3 (Pernille og Ole Dahl), hus 8
    (Vibeke Sand)"), or people by where they live ("Annette fra have 58 (kasserer)"): the
    names only ("Pernille og Ole Dahl, Vibeke Sand", "Annette (kasserer)")."""
    if "(" in text:
        text = _HOUSE_THEN_NAMES.sub(r"\1", text)
    return _FROM_HOUSE.sub("", text) if " fra " in text else text


_HOUSE_NUMBER_COMMAS: Final = re.compile(r",\s*(?:nr\.?|have)\s*\d{1,4}[a-z]?,(?=\s)")


def without_house_number(text: str) -> str:
    """The text without the house numbers written after names ("Jørgen Buhl (nr. 7) blev valgt
    som dirigent", "..., nr. 14, som dirigent": where he lives, no part of the sentence's
    names)."""
    if "(" in text:
        text = _HOUSE_NUMBER.sub("", text)
    if ", nr" in text or ", have" in text:  # "Anne-Mette Bisgaard, nr. 14, som dirigent"
        text = _HOUSE_NUMBER_COMMAS.sub("", text)
    return text


def role_sentence(sentence: str) -> list[tuple[str, str]]:
    """The (name as written, role word) pairs a sentence names: "Kåre Dam er referent.",
    "Som dirigent valgtes Kurt Pedersen og som referent Mads Brink.", "Kim Rasmussen var
    ordstyrer og Ulla Krog skrev referat."; none for other text."""
    sentence = without_house_number(sentence)
    lead = _DESCRIBED_FIRST.match(sentence) if ", " in sentence else None
    if lead is not None:  # "Bestyrelsens ældste medlem, Grethe Haslund, blev valgt som ..."
        sentence = f"{lead.group('name')} {sentence[lead.end() :]}"
    m = _IS_ROLE.match(sentence) or _ROLE_FIRST.match(sentence)
    if m is None and "(" in sentence:
        m = _ROLE_BRACKETED.match(sentence)
    if m is None and contains_any(sentence, _PROPOSING):
        m = _PROPOSED_ROLE.match(sentence)
    found = (
        [
            (m.group(name), (m.group(role) or m.group("role0")).casefold())
            for name, role in (("name", "role"), ("name2", "role2"))
            if name in m.re.groupindex and m.group(name) is not None
        ]
        if m is not None
        else []
    )
    if m is not None and "role3" in m.re.groupindex and m.group("role3") is not None:
        found.insert(1, (m.group("name"), m.group("role3").casefold()))  # "... og referent"
    if (
        "eferat" in sentence
        or "rotokol" in sentence
        or " noter" in sentence
        or "minutes" in sentence
    ) and all(role != "referent" for _, role in found):
        wrote = _WROTE_MINUTES.search(sentence) or _MINUTES_BY.match(sentence)
        if wrote is not None:  # "... og Ulla Krog skrev referat.", "Protokollen førtes af ..."
            found.append((wrote.group("name").rstrip("."), "referent"))  # (the sentence's end)
    # ("Jeg tager referat som sædvanlig.": the writer, no one named; the mail's sender is found
    # by ``_roles``)
    return [f for f in found if f[0].casefold() not in _WRITER_WORDS]


_WRITER_WORDS: Final = frozenset({"jeg", "undertegnede", "mig", "mig selv", "han", "hun", "vi"})


_MINUTES_BY: Final = re.compile(
    r"(?:[Pp]rotokollen|[Rr]eferatet)\s+(?:førtes|blev\s+ført|blev\s+skrevet|skrives|føres"
    r"|blev\s+taget)\s+af\s+"
    rf"(?P<name>(?:[a-zæøå]{{1,4}}\.\s+)?(?:[a-zæøå]+\s+)?{_ROLE_NAME})"
)
"""The minutes written by someone, the minutes first: "Protokollen førtes af adm. direktør Søren
Nordvig.", "Referatet blev skrevet af Lone Vibe"."""

_DESCRIBED_FIRST: Final = re.compile(
    r"^[A-ZÆØÅ][\w-]*(?:\s+[a-zæøå][\w-]*){1,6},\s+"
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}),\s+(?=(?:blev|var|er|fungerede)\s)"
)
"""Who a person is, before her name between commas ("Bestyrelsens ældste medlem, Grethe
Haslund, blev valgt som mødeleder."): the sentence is about the name."""


# "Ulla Krog skrev referat", "... og Bo Lind tog referat": the minute-taker (at the start of the
# sentence or after "og"/"mens"; "Sekretariatet ved Frederik Lausen tager referat")
_ROLE_TITLED_NAME: Final = rf"(?:[A-ZÆØÅ][a-zæøå]{{1,4}}\.\s+[a-zæøå]+\s+)?{_ROLE_NAME}"
"""A name, maybe with an abbreviated title before it ("Adm. direktør Jonna Friis")."""
_WROTE_MINUTES: Final = re.compile(
    rf"(?:^|\s(?:og|mens|ved)\s+|,\s+)(?P<name>{_ROLE_TITLED_NAME})(?:\s+\([^()]{{1,30}}\))?\s+"
    # ("Ungdomskonsulent Camilla Friis deltog som sekretær og tog referat.")
    r"(?:(?:deltog(?:\s+som\s+[a-zæøå]+)?|acted\s+as\s+[a-z]+)\s+(?:og|and)\s+)?"
    r"(?:skrev|skriver|tog|tager|førte|fører|kept|took|wrote)\s+"
    r"(?:referat(?:et)?|protokol(?:len)?|noter|(?:the\s+)?minutes)\b"  # ("Per tog noter.": a
    # notes app's writer; English: "Mads Vinkel acted as secretary and kept the minutes.")
)
