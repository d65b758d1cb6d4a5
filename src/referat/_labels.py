"""Section labels inside agenda items ("**Indstilling:**", "Beslutning i Økonomiudvalget ...")."""

from __future__ import annotations

import re
from typing import Final

from referat._facts import LineKind
from referat._first import anchored
from referat._fuzzy import best_match
from referat._prefix import Needs, contains_any
from referat._scan import Line
from referat.diagnostics import Code, Reporter
from referat.models import SectionKind, span_of
from referat.vocabulary import (
    PREVIOUS_MINUTES_TOPICS,
    SECTION_LABELS,
    SECTION_PREFIXES,
    SETTLED_WORDS,
    normalise_label,
)

_INDSTILLER: Final = Needs(
    r"^(?:det indstilles|det foreslås|\w+(?:\s\w+)?\s+indstiller|forslag til beslutning)\b",
    ("ndst", "foresl", "forsl"),
    re.IGNORECASE,
    fold=True,
)
_PROPOSES_ALONE: Final = re.compile(r"^\w+(?:\s\w+)?\s+foreslår\s*[,:]?$")
"""Who proposes, alone on an emphasised line over the proposal's "at ..." clauses
("**Direktionen foreslår,**", "**Administrationen foreslår:**"): a recommendation's label."""
_BODY_RECOMMENDS: Final = re.compile(  # "KKR Sjælland indstiller til KL's bestyrelse, at ...",
    # "Styregruppen indstiller til ...": a body's decision to recommend onwards, no proposal to it
    r"^(?:[A-ZÆØÅ]{2,6}(?:\s\w+)?|\w*(?:udvalget|rådet|bestyrelsen|gruppen|nævnet|forummet))"
    r"\s+indstiller\s+(?:over\s*for|til)\b",
    re.IGNORECASE,
)
_FUZZY_LABELS: Final = tuple(k for k in SECTION_LABELS if len(k) >= 7)
_PREFIXES: Final = tuple(SECTION_PREFIXES)  # one startswith() call before looking for which
_SETTLED: Final = re.compile(SETTLED_WORDS)
_OUTCOME_WORDS: Final = frozenset({"besluttet"})
"""Section labels that are also a whole sentence of minutes ("Besluttet.")."""
_LABEL_COLON: Final = re.compile(r"^([^:;]{2,80}?)\s*[:;]\s*(.*)$")
_DASHES: Final = (" – ", " - ", " — ", " ▸ ", " ► ", " → ", " ➜ ")  # "Beslutning ▸ Drøftet."
_LABEL_DASH: Final = re.compile(r"^(\w[\w ]{1,40}?)\s+[–—\-▸►→➜]\s+(\S.*)$")
# "Beslutning Børne- og Ungeudvalget den 05-03-2024" (case systems that leave out the "i"): a
# section word, a body, and the date of that body's meeting ending the line.
_DATE: Final = r"\d{1,2}\s?[./-]\s?(?:\d{1,2}|[a-zæøå]{3,9})\.?\s?[./ -]\s?\d{2,4}"
_LABEL_BY_BODY: Final = anchored(
    r"^(beslutning|indstilling)\s+(?!af\b|om\b|til\b|fra\b|vedr)\w.{0,80}?\s(?:den\s+)?"
    + _DATE
    + "$"
)
# "Forretningsudvalgets beslutning den 11. juni 2024", "Regionsrådets beslutning": the body in
# the genitive before the section word, and maybe the date of that body's meeting.
_LABEL_OF_BODY: Final = Needs(
    r"^(?:[\w-]+\s+og\s+)?[\w-]{2,40}s\s+(beslutning|indstilling)(?:\s+(?:den\s+)?" + _DATE + ")?$",
    ("beslutning", "indstilling"),
)
# "Beslutning B 22/27", "Beslutning nr. 14", "Beslutning 2022-031": a decision numbered for the
# year, as a board's rules of procedure number them
_NUMBERED_LABEL: Final = Needs(
    r"^(beslutning|indstilling)\s+(?:nr\.?\s*)?(?:[a-zæøå]{1,3}[\s-]?|#)?\d{1,4}(?:[/.-]\d{1,4})?$",
    ("beslutning", "indstilling"),
)
# "Økonomiudvalget, 15-04-2024, pkt. 60" (case systems' web pages): a body, the date of its
# meeting and its item number, over that body's decision.
_DECISION_BY_ITEM: Final = Needs(
    r"^[\w-]+(?:\s+[\w-]+){0,5},\s+" + _DATE + r",\s+pkt\.?\s*\d{1,4}$", ("pkt",)
)


# "Byrådet 17-12-2019:", "Kultur- og Fritidsudvalget 26-11-2019:" (case systems that list each
# body's decision in turn): a body in its definite form and the date of its meeting, alone
# before a colon
_DECISION_OF_BODY_DATED: Final = Needs(
    r"^(?:[\w-]+\s+(?:og\s+)?){0,4}[\w-]*(?:udvalget|rådet|bestyrelsen|forummet|nævnet"
    r"|direktionen|repræsentantskabet|kommissionen|styregruppen)\s+(?:den\s+)?" + _DATE + "$",
    ("udvalget", "rådet", "bestyrelsen", "forummet", "nævnet", "direktionen",
     "repræsentantskabet", "kommissionen", "styregruppen"),
)  # fmt: skip


_CASE_NUMBER: Final = anchored(
    r"^(?:(?:åbent|lukket)\s+punkt\s*[·|•,–-]?\s*)?(?:sags?\s?nr|j\.?\s?nr|journalnr)\.?\s*\d",
    re.IGNORECASE,
)


_COUNTED: Final = re.compile(r"^(\w+(?: \w+)?)\s*\(\d{1,3}\)$")
"""A label with a count in brackets: a web page's fold-out of attachments ("▸ **Bilag (3)**")."""
_MISREAD_LETTERS: Final = re.compile(r"^[a-zæøå1]{5,}$")
_MISREADS: Final = (("i", "l"), ("1", "l"), ("rn", "m"), ("ii", "ll"))
"""A scan's confusions a label may carry: "i" or "1" for "l", "rn" for "m"."""


def _misread_label(key: str) -> SectionKind | None:
    """The kind of the one section label ``key`` is with one scan's confusion put right
    ("besiutning": beslutning, "sagsfrernstilling": sagsfremstilling), or None."""
    found: set[SectionKind] = set()
    for wrong, right in _MISREADS:
        at = key.find(wrong)
        while at >= 0:
            kind = SECTION_LABELS.get(key[:at] + right + key[at + len(wrong) :])
            if kind is not None:
                found.add(kind)
            at = key.find(wrong, at + 1)
    return found.pop() if len(found) == 1 else None


_SPACED_LABEL: Final = re.compile(
    r"(Beslutning|Indstilling|Sagsfremstilling|Høring|Økonomi|Baggrund)"
    r" +(?=[A-ZÆØÅ])(\S.*)$"
)
"""A case system's label in a PDF's left column, run into its text with no colon
("Beslutning Taget til efterretning.", "Indstilling Direktøren indstiller, at ..."):
capitalised, the text after it opening with a capital (not "Bilag 1. ...": an attachment's
line, read as one)."""
_SPACED_LABEL_INITIALS: Final = frozenset("BISHØ")


_SAID_BY: Final = re.compile(r"^([^()]{4,40}?)\s*\([^()]{1,40}\)$")
_SAID_BY_KINDS: Final = frozenset({SectionKind.OTHER, SectionKind.BESLUTNING})
DECIDED_MARKS: Final = "✅"
"""A check mark opening a line of an item's minutes ("✅ Dato fastlagt."): the decision taken,
as a "Besluttet:" label says (not a task list's "☑ Sende opsamling": done, no decision)."""


def section_label(line: Line, reporter: Reporter | None) -> tuple[SectionKind, str, str] | None:
    """(kind, heading as written, rest of the line) when the line opens a section."""
    text = line.text
    if not text or line.kind in (LineKind.TABLE_ROW, LineKind.CODE) or line.list_number is not None:
        return None
    if text[0] in DECIDED_MARKS and line.checkbox is None:
        rest = text[1:].lstrip("\ufe0f ")
        if rest and rest != text[1:]:  # "✅ Dato fastlagt." in a post's minutes: what was decided
            inner = Line(number=line.number, raw=rest, kind=LineKind.TEXT, text=rest)
            labelled = section_label(inner, reporter)  # ("✅ Besluttet: Vi søger fondsmidler.")
            if labelled is not None and (
                labelled[2] or ":" in rest or labelled[0] is not SectionKind.BESLUTNING
            ):
                return labelled
            return (SectionKind.BESLUTNING, text[0], rest)  # ("✅ besluttet": the word decides)
    emphasised = line.kind is LineKind.HEADING or line.strong
    candidates: list[tuple[str, str, bool]] = []  # (label, rest, strong evidence)
    if line.lead_label:
        rest = text[len(line.lead_label) :] if text.startswith(line.lead_label) else ""
        candidates.append((line.lead_label, rest.lstrip(" :;").strip(), True))
    m = _LABEL_COLON.match(text) if ":" in text or ";" in text else None
    split = m is not None and bool(m.group(2).strip())  # a label, then text after its colon
    if emphasised or len(text) <= 100:
        sentence = text.rstrip().endswith((".", "!", "?"))
        candidates.append((text, "", emphasised or text.rstrip().endswith(":") or not sentence))
    if m:
        candidates.append((m.group(1), m.group(2).strip(), True))
    if not emphasised and line.kind is LineKind.TEXT and text[:1] in _SPACED_LABEL_INITIALS:
        spaced = _SPACED_LABEL.match(text)  # "Beslutning Taget til efterretning.": a PDF's
        if spaced is not None:  # column of labels beside the text, the colon never written
            candidates.append((spaced.group(1), spaced.group(2).strip(), True))
    dash = _LABEL_DASH.match(text) if contains_any(text, _DASHES) else None
    if dash and normalise_label.of(dash.group(1)) in SECTION_LABELS:  # "Beslutning – Udsat."
        candidates.append((dash.group(1), dash.group(2).strip(), True))
    for label, rest, evidence in candidates:
        key = normalise_label.of(label)
        if not key:
            continue
        kind = SECTION_LABELS.get(key)
        if kind is None and key[-1:] == ")" and (counted := _COUNTED.match(key)) is not None:
            kind = SECTION_LABELS.get(counted.group(1))  # "Bilag (3)": how many, in brackets
            kind = kind if kind is SectionKind.BILAG else None
        if kind is None and evidence and key[-1:] == ")" and (said := _SAID_BY.match(key)):
            kind = SECTION_LABELS.get(said.group(1))  # "Mindretalsudtalelse (Ø og SF)": who
            kind = kind if kind in _SAID_BY_KINDS else None  # said it, in brackets
        if kind is None and evidence and _MISREAD_LETTERS.search(key) and " " not in key:
            kind = _misread_label(key)  # "Besiutning:": a scan's "i" for an "l"
        if kind is None and " / " in key:  # "Beslutning / Decision": one label in two languages
            first, _, second = key.partition(" / ")
            kind = SECTION_LABELS.get(first)
            kind = kind if kind is not None and SECTION_LABELS.get(second) is kind else None
        if (
            kind is None
            and evidence
            and len(key) <= 120
            and not (split and label is text)  # "Bilag til pkt. 2: Budgetnotat": the label
            and key.startswith(_PREFIXES)  # before the colon, the title after it
            and not key.startswith(PREVIOUS_MINUTES_TOPICS)
            and _SETTLED.search(key) is None  # "Referat fra 7. februar godkendt": minutes
        ):
            kind = next((k for p, k in SECTION_PREFIXES.items() if key.startswith(p)), None)
        if kind is None and evidence and len(key) <= 120 and (m := _LABEL_BY_BODY.match(key)):
            kind = SECTION_LABELS[m.group(1)]
        if kind is None and evidence and len(key) <= 120 and (m := _LABEL_OF_BODY.match(key)):
            kind = SECTION_LABELS[m.group(1)]
        if kind is None and evidence and len(key) <= 40 and (m := _NUMBERED_LABEL.match(key)):
            kind = SECTION_LABELS[m.group(1)]
        if kind is None and len(key) <= 120 and _DECISION_BY_ITEM.match(key):
            kind = SectionKind.BESLUTNING
        if (
            kind is None
            and len(key) <= 80
            and text.rstrip().endswith(":")  # (a running header's "Byrådet 17-12-2019": none)
            and _DECISION_OF_BODY_DATED.match(key)
        ):
            kind = SectionKind.BESLUTNING
        if kind is not None and not evidence and (key in _OUTCOME_WORDS or label[:1].islower()):
            continue  # "Besluttet." closing an item's text: what was done, no label; nor the
            # end of a sentence a PDF wrapped ("... godkendt uden" / "bemærkninger.")
        if kind is not None:
            return kind, label.strip().rstrip(":;").strip(), rest
    if len(text) < 200 and _INDSTILLER.match(text) and not _BODY_RECOMMENDS.match(text):
        return SectionKind.INDSTILLING, "", text
    if emphasised and len(text) <= 40 and _PROPOSES_ALONE.match(text):
        return SectionKind.INDSTILLING, text.rstrip(" ,:"), ""  # "**Direktionen foreslår,**"
    if len(text) <= 160 and _CASE_NUMBER.match(text):
        # "Sagsnr. 23/5001", "Åbent punkt · Sagsnr. 24/5102": case data without a colon
        return SectionKind.CASE_DATA, "", text
    emphasised = emphasised or line.lead_label is not None
    if emphasised or (len(text) <= 40 and text.rstrip().endswith(":")):
        label = line.lead_label or text
        key = normalise_label.of(label)
        if 6 <= len(key) <= 40 and " " not in key.strip():
            match = best_match(key, _FUZZY_LABELS, cutoff=88.0)
            if match is not None and match[0] != key:
                if reporter is not None:
                    reporter.report(
                        Code.GUESSED_HEADING,
                        f'read "{label.strip()}" as "{match[0]}"',
                        span_of(line.number, line.number),
                        data={
                            "written": label.strip(),
                            "read_as": match[0],
                            "score": round(match[1], 1),
                        },
                    )
                rest = text[len(label) :].lstrip(" :;") if text.startswith(label) else ""
                return SECTION_LABELS[match[0]], label.strip().rstrip(":;").strip(), rest
    return None
