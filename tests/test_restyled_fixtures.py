"""Metamorphic: every fixture's document written in another style keeps its facts.

Structure comes from meaning, not from heading depth: the same minutes with their headings one
level deeper, their numbered headings as ``Pkt. 4 ...`` lines or bold lines, their bold labels
plain, or their bold section labels as headings must give the same date, items (number, title,
outcome) and people. Each style runs over all fixture documents it changes; the few cases where
the style changes what the document means are listed with the reason (a list that only grows
if a style truly changes a document).
"""

from __future__ import annotations

from collections.abc import Callable
import re

import pytest

import referat

from support import CASES

_NUMBERED_HEADING = re.compile(r"^#{1,6} +(\d{1,3})\.? +(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)


def _deeper(text: str) -> str:
    """Every ATX heading of level 1-5 one level deeper."""
    return re.sub(r"^(#{1,5}) ", r"#\1 ", text, flags=re.MULTILINE)


def _pkt_lines(text: str) -> str:
    """ "## 4. Budget" -> "Pkt. 4 Budget" (a plain line)."""
    return _NUMBERED_HEADING.sub(r"Pkt. \1 \2", text)


def _bold_numbered(text: str) -> str:
    """ "## 4. Budget" -> "**4. Budget**"."""
    return _NUMBERED_HEADING.sub(r"**\1. \2**", text)


def _plain_labels(text: str) -> str:
    """ "**Dato:** ..." -> "Dato: ..." at the start of a line."""
    return re.sub(r"^\*\*([A-ZÆØÅ][^*\n]{1,40}:)\*\*", r"\1", text, flags=re.MULTILINE)


def _label_headings(text: str) -> str:
    """ "**Beslutning:**" alone on its line -> "### Beslutning"."""
    return re.sub(
        r"^\*\*(Beslutning|Indstilling|Sagsfremstilling|Referat|Bilag):?\*\*:?[ \t]*$",
        r"### \1",
        text,
        flags=re.MULTILINE,
    )


STYLES: dict[str, Callable[[str], str]] = {
    "deeper-headings": _deeper,
    "pkt-lines": _pkt_lines,
    "bold-numbered": _bold_numbered,
    "plain-labels": _plain_labels,
    "label-headings": _label_headings,
}

CHANGES_MEANING: dict[tuple[str, str], str] = {
    ("deeper-headings", "steering-group-decision-table-hash"): (
        "`### Næste møde` under `### Beslutninger` reads as a topic like the table's; at `##` "
        "it closes the minutes"
    ),
    ("pkt-lines", "header-table-cell-line-breaks"): (
        "`Pkt. 2 Skolens<br>budget`: the break in a plain line ends the title"
    ),
    ("pkt-lines", "lowercase-topics-with-slash-and-remark"): (
        "`Pkt. 1 velkommen`: a topic in small letters one space after `Pkt. 1` is no head (a "
        "sentence reads so); the list in the last item is then the only numbered run"
    ),
    ("pkt-lines", "lowercase-dotted-subpoint-headings"): (
        "`Pkt. 1 valg af dirigent og referent`: as above, a topic in small letters one space "
        "after `Pkt. 1` on a plain line is no head (`Pkt. 2 godkendt` is a decision)"
    ),
    ("plain-labels", "bold-colon-topics-village-council"): (
        "the document's topics are its bold `**Topic:**` lines; plain, they are labels"
    ),
}


def _facts(meeting: referat.Meeting) -> dict[str, object]:
    return {
        "date": meeting.date,
        "items": [
            (i.number, i.title, i.decision.outcome.value if i.decision else None)
            for i in meeting.agenda
        ],
        "attendees": sorted(p.name for p in meeting.attendees),
        "absentees": sorted(p.name for p in meeting.absentees),
    }


@pytest.mark.parametrize("style", sorted(STYLES))
def test_restyled_fixtures_keep_their_facts(style: str) -> None:
    restyle = STYLES[style]
    changed = 0
    differences: list[str] = []
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        try:
            text = (case / "input.md").read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue  # a case of another encoding: decoding is what it tests
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # (the styles read lines)
        restyled = restyle(text)
        if restyled == text or (style, case.name) in CHANGES_MEANING:
            continue
        changed += 1
        before, after = _facts(referat.parse(text)), _facts(referat.parse(restyled))
        if before != after:
            keys = [k for k in before if before[k] != after[k]]
            differences.append(f"{case.name}: {', '.join(keys)} differ")
    assert changed >= 20, f"the style changed only {changed} documents"
    assert not differences, "\n".join(differences)


def test_listed_exceptions_still_differ() -> None:
    """Each listed exception is still one (a fixed case leaves the list)."""
    for (style, name), _reason in CHANGES_MEANING.items():
        text = (CASES / name / "input.md").read_text(encoding="utf-8")
        restyled = STYLES[style](text)
        assert _facts(referat.parse(text)) != _facts(referat.parse(restyled)), (style, name)


def test_styles_change_what_they_say() -> None:
    sample = "## 4. Budget\n\n**Dato:** 3. maj\n\n**Beslutning:**\nGodkendt.\n"
    assert _pkt_lines(sample).startswith("Pkt. 4 Budget\n")
    assert _bold_numbered(sample).startswith("**4. Budget**\n")
    assert _deeper(sample).startswith("### 4. Budget")
    assert "\nDato: 3. maj\n" in _plain_labels(sample)
    assert "\n### Beslutning\n" in _label_headings(sample)
