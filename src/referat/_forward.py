"""Stage 4d: the body a decision sends its matter on to ("Anbefales over for Byrådet",
"Styregruppen indstiller til KL's bestyrelse, at ...", "Sagen oversendes til Økonomiudvalget"):
``Decision.forwarded_to``. A committee that recommends has decided (the outcome stays what the
text says, mostly approved); the body named decides finally. A bare "Anbefales." takes the
body the item's recommendation (Indstilling) names."""

from __future__ import annotations

import re
from typing import Final

from referat import _new as new
from referat._prefix import lowered
from referat.models import AgendaItem, Decision, Outcome, SectionKind
from referat.vocabulary import FORWARD_ONLY, FORWARDED_TO

_FORWARDED: Final = re.compile(FORWARDED_TO, re.IGNORECASE)
_FORWARD_ONLY: Final = re.compile(FORWARD_ONLY, re.IGNORECASE)
_STEMS: Final = ("anbefal", "indstill", "send", "forelæg")  # every verb of FORWARDED_TO has one
_WORDS: Final = (*_STEMS, *(stem.capitalize() for stem in _STEMS))  # (written as they come)
_BROKEN_WORD: Final = re.compile(r"(?<=[a-zæøå])-\n(?=[a-zæøå])")
_NOT_FORWARDED: Final = (Outcome.REJECTED, Outcome.WITHDRAWN, Outcome.POSTPONED, Outcome.NONE)
_MAX_BODY: Final = 80
_DEFINITE: Final = ("en", "et", "ne")
"""The endings of a body named in small letters, with its article ("generalforsamlingen",
"byrådet", "budgetforhandlingerne"); a noun without one names no body ("tilsagn")."""


def forwarded_to(text: str) -> str | None:
    """The body a decision's text recommends its matter to or sends it on to, or None."""
    if not any(w in text for w in _WORDS):
        return None  # cheap: most decisions send nothing on
    if "-\n" in text:  # "Kultur- og Fritids-" / "udvalget": a word broken at the line's end
        text = _BROKEN_WORD.sub("", text)
    low = lowered.of(text)
    if len(low) == len(text):  # the pattern tried where its verbs begin, not at every character
        matches = (_FORWARDED.match(text, at) for at in _verb_starts(low))
    else:  # (a lower case of another length: "İ")
        matches = (m for m in _FORWARDED.finditer(text))
    found = None
    for m in matches:
        if m is not None:  # the last: "Anbefales over for Økonomiudvalget. Sagen oversendes
            found = m  # til Byrådet."
    if found is None:
        return None
    genitive = found.group("gen") or found.group("gen2") or found.group("gen3")
    if genitive:  # "til generalforsamlingens godkendelse": the body, "generalforsamlingen"
        return genitive if genitive[:1].isupper() or genitive.endswith(_DEFINITE) else None
    body = (
        found.group("to")
        or found.group("to2")
        or found.group("to3")
        or found.group("to4")
        or found.group("to5")
        or found.group("to6")
    )
    body = (body or "").strip(" .'’")
    first = body.split(" ", 1)[0]
    if not body or len(body) > _MAX_BODY or (first.endswith("-") and " og " not in body):
        return None  # ("... indstilles til re-" / "præsentantskabet": a word broken at the line)
    if first[:1].islower() and not first.endswith(_DEFINITE):
        return None  # "indstilles til tilsagn": a grant, no body ("til byrådet": one)
    return body


def _verb_starts(low: str) -> list[int]:
    """Where the words that hold a verb of ``FORWARDED_TO`` begin ("anbefales", "indstiller",
    "oversendes", "sendes"), in order: the pattern can match only there."""
    found: set[int] = set()
    for stem in _STEMS:
        at = low.find(stem)
        while at >= 0:
            start = at
            while start > 0 and low[start - 1].isalpha():
                start -= 1  # ("oversendes": the word's start)
            found.add(start)
            at = low.find(stem, at + len(stem))
    return sorted(found)


def with_forwarding(items: list[AgendaItem]) -> list[AgendaItem]:
    """The items (and their sub-points) with ``forwarded_to`` on their decisions."""
    out: list[AgendaItem] = []
    for item in items:
        changes: dict[str, object] = {}
        decision = item.decision
        if decision is not None and decision.outcome not in _NOT_FORWARDED:
            body = _body_of(item, decision)
            if body is not None:
                changes["decision"] = new.updated(decision, {"forwarded_to": body})
        if item.subitems:
            subitems = with_forwarding(item.subitems)
            if any(a is not b for a, b in zip(subitems, item.subitems, strict=True)):
                changes["subitems"] = subitems
        out.append(new.updated(item, changes) if changes else item)
    return out


def _body_of(item: AgendaItem, decision: Decision) -> str | None:
    body = forwarded_to(decision.text)
    if body is not None or not _FORWARD_ONLY.match(decision.text.strip()):
        return body
    for section in item.sections:  # "Anbefales." under "Direktøren indstiller, at udvalget
        if section.kind is SectionKind.INDSTILLING:  # anbefaler over for Byrådet, at ..."
            return forwarded_to(section.text)
    return None
