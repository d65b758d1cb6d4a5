"""What a header label announces: ``field_kind("Afbud")`` is ``FieldKind.ABSENTEES``.

The label is read as ``vocabulary.FIELD_LABELS`` writes it, then without a name in brackets or
after a comma ("Fra administrator (DATEA)"), without a remark on the items it concerns ("Gæst
under punkt 5": a guest), and as a body's members ("Bestyrelsens medlemmer"), its staff ("Fra
forvaltningen") or a substitute ("Stedfortræder for Per Holm"). Remembered.
"""

from __future__ import annotations

import re
from typing import Final

from referat._memo import memo
from referat._prefix import Needs
from referat.vocabulary import (
    BOARD_GROUP_WORDS,
    DISCLOSURE_WORDS,
    ELECTION_TITLE_STARTS,
    FIELD_LABELS,
    ITEM_NUMBERS,
    ITEM_WORD,
    LABEL_OCCASIONS,
    MEMBERS_OF_OPENINGS,
    PRESENT_OPENINGS,
    STAFF_LABELS,
    FieldKind,
    normalise_label,
)

# After a word only (a run of spaces is tried once, not from each of its spaces)
_ROLE_PAIR_SPLIT: Final = Needs(
    r"\s+og\s+|\s*/\s*|\s*&\s*", ("og", "/", "&")
)  # "Ordstyrer/referent"


STAND_IN_FOR: Final = re.compile(r"(?<=^stedfortræder)\s+for\s.*|(?<=^suppleant)\s+for\s.*")


DISCLOSED_KINDS: Final = frozenset(
    (FieldKind.ATTENDEES, FieldKind.ABSENTEES, FieldKind.GUESTS, FieldKind.MEMBERS)
)


STAND_IN_WORDS: Final = ("stedfortræder", "suppleant")  # (the pattern's look-behinds: a gate)


LABEL_ITEM_REMARK: Final = re.compile(
    rf"\s+(?:under|til|ved|for)\s+(?:{ITEM_WORD}|ad\.?|sag(?:\s+nr\.?)?)\s*{ITEM_NUMBERS}\.?$"
    rf"|,\s+(?:{ITEM_WORD}|items?)\s*{ITEM_NUMBERS}(?:\s+only)?\.?$"  # "Guest, item 3 only"
    r"|\s+(?:under|til|ved)\s+(?:punktet|sagen)(?:\s+(?:om|vedr\.?|vedrørende)\s+\w.{0,60})?$"
)
"""The items a label's people came for ("Gæst under punkt 4", "Deltog til pkt. 2 og 3", "Gæst
under punktet om lokalrådene", "Gæst under punktet")."""


_BOARD_GROUPS: Final = frozenset(f"fra {body}" for body in BOARD_GROUP_WORDS)


_FROM_ITS_STAFF: Final = re.compile(  # "Fra skolens ledelse", "Fra personale og ledelse"
    r"^fra (?:[a-zæøå]+s )?(?:ledelse|administration|sekretariat|forvaltning|personale)[a-zæøå]*"
    r"(?: og (?:ledelse|administration|sekretariat|personale)[a-zæøå]*)?$"
    # the institution a parents' or users' council serves: "Fra børnehuset:", "Fra skolen:"
    r"|^fra [a-zæøå]*(?:huset|skolen|institutionen|børnehaven|vuggestuen|plejehjemmet|centret"
    r"|centeret|biblioteket|museet)$"
)


_PRESENT_TAILS: Final = (" til stede", " tilstede", " fremmødt", " fremmødte", " mødt")


_BODY_NOUN_ENDINGS: Final = (
    "udvalget", "rådet", "kommissionen", "nævnet", "bestyrelsen", "gruppen", "forummet",
    "repræsentantskabet", "komitéen", "komiteen",
)  # fmt: skip


_MEMBER_BODY_WORDS: Final = frozenset(
    {"grupperådet", "kommissionen", "nævnet", "forummet", "gruppen", "repræsentantskabet",
     "styrelsen", "komitéen", "komiteen"}
)  # fmt: skip


def _board_word(word: str) -> bool:
    """The body itself, with or without its article ("bestyrelse", "udvalget"), or its members
    ("medlemmer", "bestyrelsesmedlemmer")."""
    return word.endswith("medlemmer") or any(
        word + ending in BOARD_GROUP_WORDS for ending in ("", "n", "en", "et")
    )


_LABEL_PARTS_APART: Final = re.compile(r"\s+[–—-]\s+|,\s+")
_INVITED: Final = frozenset({"inviteret", "inviterede", "indkaldt", "indkaldte", "indbudt"})
_MINUTES_WORDS: Final = frozenset({"referat", "ref", "ref."})
_MINUTES_POSTS: Final = frozenset({"sekretær", "sekretariat", "sekretariatet", "skribent"})
"""A slash label's word for the minutes ("Sekretær / referat"): who writes them."""


def field_kind(label: str) -> FieldKind | None:
    """What a header label means, or None; a name in brackets or after a comma is no part of
    it ("Fra administrator (DATEA)", "Fra administrator, Holm & Partnere"). Remembered."""
    return _field_kind_memo.of(label)


def _field_kind_uncached(label: str) -> FieldKind | None:
    key = normalise_label.of(label)
    kind = _kind_of_key(key)
    bare = key  # ("Gæst / Guest (kun punkt 4 / item 4 only)": two words, read without it)
    if kind is None and key.endswith(")") and "(" in key:
        bare = normalise_label.of(key[: key.rindex("(")])
        kind = _kind_of_key(bare)
        inner = _kind_of_key(key[key.rindex("(") + 1 : -1].strip())
        if kind is None and bare in _MINUTES_POSTS and inner is FieldKind.MINUTE_TAKER:
            kind = inner  # "Sekretær (referent)": the post, then the task at this meeting
    if kind is None and key.startswith("fra ") and ", " in key:  # "Fra administrator, X A/S"
        kind = _kind_of_key(key.split(", ", 1)[0])
    if kind is None and key.endswith(LABEL_OCCASIONS):  # "Mødeleder denne gang", "... i dag"
        kind = _kind_of_key(without_occasion(key))
    if kind in (None, FieldKind.ATTENDEES) and (
        "punkt" in key
        or "pkt" in key
        or " ad" in key
        or " sag" in key
        or "§" in key
        or " item" in key
    ):
        remark, said = LABEL_ITEM_REMARK.search(key), key
        if remark is None:  # "Deltog under punkt 3 (fra 09:05)": the label without its bracket
            remark, said = LABEL_ITEM_REMARK.search(bare), bare
        head = said[: remark.start()] if remark is not None else ""
        if head.startswith("som "):  # "Som gæst under punkt 5"
            head = head[4:]
        if head:
            kind = _kind_of_key(head)
            if kind is FieldKind.ATTENDEES:  # "Deltog under punkt 3: X": there for one item
                kind = FieldKind.GUESTS
    if kind is None and (" – " in bare or " - " in bare or ", " in bare):
        first, *rest = _LABEL_PARTS_APART.split(bare)  # "Inviteret – deltog ikke": those
        if (  # invited who did not come, absent
            first.strip() in _INVITED
            and rest
            and _kind_of_key(rest[-1].strip()) is FieldKind.ABSENTEES
        ):
            kind = FieldKind.ABSENTEES
    if kind is None and "/" in bare:  # "Present / Til stede", "Sted/hvor": one label, two words
        # ("Gæst / Guest (pkt. 4)", "Gæst / Gast": the other language's word unknown;
        # "Sekretær/referent": the referent)
        parts = bare.split("/")
        kinds = {field_kind(part.strip()) for part in parts}
        if kinds == {None} and any(part.strip() in _MINUTES_WORDS for part in parts):
            # "Sekretær / referat": the minutes, written by the one named; the other word a
            # post (not "Referat / Protokoll", one heading in two languages)
            others = [part.strip() for part in parts if part.strip() not in _MINUTES_WORDS]
            if others and all(other in _MINUTES_POSTS for other in others):
                kinds = {FieldKind.MINUTE_TAKER}
        if len(parts) == 2 and (" / " in bare or kinds == {None, FieldKind.MINUTE_TAKER}):
            kinds -= {None}  # (two words of one label: not "Navn/Organisation/Parti")
        kind = kinds.pop() if len(kinds) == 1 else None
    if kind is None and " og " in bare and not bare.startswith(ELECTION_TITLE_STARTS):
        # "Sekretær og referent": the referent, another post (not "Valg af dirigent og
        # referent", an election's title)
        kinds = {field_kind(part.strip()) for part in bare.split(" og ")}
        kind = FieldKind.MINUTE_TAKER if kinds == {None, FieldKind.MINUTE_TAKER} else None
    return kind


_field_kind_memo: Final = memo(_field_kind_uncached, 2048)


def _kind_of_key(key: str) -> FieldKind | None:
    kind = FIELD_LABELS.get(key)
    if kind is not None:
        return kind
    if key.startswith("fra ") and key.endswith(("deltog", "deltager", "mødte", "indkaldt")):
        if key.rsplit(" ", 1)[0] in _BOARD_GROUPS:  # "Fra bestyrelsen deltog": its members
            return FieldKind.ATTENDEES
        return FieldKind.GUESTS
    if key in _BOARD_GROUPS:  # "Fra bestyrelsen: A, B": the body's own members
        return FieldKind.ATTENDEES
    if key.endswith(_PRESENT_TAILS):  # "Bestyrelse til stede: A, B"
        tail = next(t for t in _PRESENT_TAILS if key.endswith(t))
        # (or "Hele bestyrelsen var til stede: formand X, ...")
        board = key[: -len(tail)].removesuffix(" var").removeprefix("hele ")
        if _board_word(board):
            return FieldKind.ATTENDEES
    if key.startswith("deltog fra ") and len(key) < 40:  # "Deltog fra Ældresagen"
        return FieldKind.GUESTS
    if key in STAFF_LABELS or (
        key[:4] == "fra " and _FROM_ITS_STAFF.match(key)
    ):  # "Fra administrationen: ..."
        return FieldKind.GUESTS  # ("Fra skolens ledelse: Skoleleder Henrik Dalsgaard")
    if (
        key.startswith(STAND_IN_WORDS) and STAND_IN_FOR.search(key) and len(key) < 60
    ):  # "Stedfortræder for Birthe Kamp"
        return FieldKind.ATTENDEES
    if key.startswith("faciliteret af"):
        return FieldKind.FACILITATORS
    if key.endswith((" består af", " bestod af")) and len(key) < 50:
        return FieldKind.MEMBERS  # "Seniorrådet består af: ...": the body's members
    if key.startswith(DISCLOSURE_WORDS):  # a web page's "▼ Vis deltagere" over the list
        inner = FIELD_LABELS.get(key.split(" ", 1)[1])
        if inner in DISCLOSED_KINDS:
            return inner
    if key.startswith(("afbud", "fraværende")) and len(key) < 40:  # "Afbud fra bestyrelsen"
        return FieldKind.ABSENTEES
    if key.startswith(("deltagere", "til stede", "tilstede", "mødedeltagere")) and len(key) < 40:
        return FieldKind.ATTENDEES
    if key.startswith(PRESENT_OPENINGS) and len(key) < 40 and " ikke" not in key:
        return FieldKind.ATTENDEES  # "Fremmødte andelshavere:", "Mødte ejere:"
    if key.startswith(MEMBERS_OF_OPENINGS) and len(key) < 48:
        return FieldKind.MEMBERS  # "Medlemmer af udvalget:", "Medlemmer udpeget af Byrådet:"
    if (
        key.endswith("s medlemmer")
        and " " not in key[:-11]
        and (_board_word(key[:-11]) or key[:-11].endswith(_BODY_NOUN_ENDINGS))
    ):  # "Styregruppens medlemmer", "Bestyrelsens medlemmer", "Kommissionens medlemmer"
        return FieldKind.MEMBERS
    if key.startswith(("gæster", "observatører", "evt. observers")):
        return FieldKind.GUESTS
    if key in _MEMBER_BODY_WORDS:
        return FieldKind.MEMBERS  # "Grupperådet:" over its members (not "# Kommunalbestyrelsen")
    parts = [p.strip() for p in _ROLE_PAIR_SPLIT.split(key)]
    if len(parts) > 1 and all(
        FIELD_LABELS.get(p) in (FieldKind.CHAIR, FieldKind.MINUTE_TAKER) for p in parts
    ):
        return FieldKind.FACILITATORS
    return None


def without_occasion(key: str) -> str:
    """A normalised label without the occasion after it ("mødeleder denne gang": "mødeleder")."""
    for occasion in LABEL_OCCASIONS:
        if key.endswith(occasion):
            return key[: -len(occasion)]
    return key
