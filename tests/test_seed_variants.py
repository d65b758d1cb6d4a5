"""The seed's facts survive rewriting it in other surface styles."""

from __future__ import annotations

from collections.abc import Callable
import json
from pathlib import Path
import re
from typing import Any
import unicodedata

import pytest

import referat

from facts import mismatches
from support import SEED, uncovered_lines

pytestmark = pytest.mark.skipif(
    not SEED.exists(), reason="../shared/seed is not present (a user's clone); seed tests skipped"
)
FACTS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "corpus_facts.json").read_text(encoding="utf-8")
)["SEED"]
ITEM_HEAD = re.compile(r"^#{2,4} (\*\*)?(\d+)\. (.*?)(\*\*)?$", re.MULTILINE)
LABEL = re.compile(
    r"^(?:#{2,4} )?\*\*(Indstilling|Sagsfremstilling|Referat):?\*\*:?$", re.MULTILINE
)


def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


def h2_items(text: str) -> str:
    return ITEM_HEAD.sub(lambda m: f"## {m.group(2)}. {m.group(3)}", text)


def bold_items(text: str) -> str:
    return ITEM_HEAD.sub(lambda m: f"**{m.group(2)}. {m.group(3)}**", text)


def punkt_items(text: str) -> str:
    return ITEM_HEAD.sub(lambda m: f"Punkt {m.group(2)}: {m.group(3)}", text)


def paren_items(text: str) -> str:
    return ITEM_HEAD.sub(lambda m: f"{m.group(2)}) {m.group(3)}", text)


def ad_items(text: str) -> str:
    return ITEM_HEAD.sub(lambda m: f"### Ad {m.group(2)}. {m.group(3)}", text)


def plain_labels(text: str) -> str:
    return LABEL.sub(lambda m: f"{m.group(1)}:", text)


def upper_labels(text: str) -> str:
    return LABEL.sub(lambda m: m.group(1).upper(), text)


def heading_labels(text: str) -> str:
    return LABEL.sub(lambda m: f"#### {m.group(1)}", text)


def typo_labels(text: str) -> str:
    return text.replace("**Sagsfremstilling:**", "**Sagsfremstiling:**")


def _date_variant(new: str) -> Callable[[str], str]:
    def variant(text: str) -> str:
        return text.replace("2. oktober 2017, kl. 14.00 – 17.00", new)

    variant.__name__ = "date " + new
    return variant


def bullets(text: str) -> str:
    lines = text.split("\n")
    out = []
    for line in lines[:44]:
        if re.match(r"^[A-ZÆØÅ][^:]+,", line) and not line.startswith("**"):
            line = "- " + line.rstrip()
        out.append(line)
    return "\n".join(out + lines[44:])


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def bom(text: str) -> str:
    return "\ufeff" + text


def web_navigation(text: str) -> str:
    return "Gå til indhold\nForsiden | Kontakt | Om os | Presse\n\n" + text


VARIANTS: list[Callable[[str], str]] = [
    h2_items,
    bold_items,
    punkt_items,
    paren_items,
    ad_items,
    plain_labels,
    upper_labels,
    heading_labels,
    typo_labels,
    _date_variant("mandag den 2. oktober 2017, kl. 14-17"),
    _date_variant("02.10.2017 kl. 14:00-17:00"),
    _date_variant("2/10-2017, fra kl. 14 til 17"),
    _date_variant("2017-10-02 14:00-17:00"),
    _date_variant("2. okt. 2017 kl. 14.00 - 17.00"),
    bullets,
    crlf,
    nfd,
    bom,
    web_navigation,
]


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda f: f.__name__)
def test_seed_variant_keeps_facts(variant: Callable[[str], str]) -> None:
    text = variant(_seed())
    meeting = referat.parse(text.encode("utf-8"), source="seed-variant.md")
    problems = mismatches(meeting, FACTS)
    assert not problems, "\n".join(problems)
    assert uncovered_lines(meeting, text.encode("utf-8")) == []


def test_seed_must_hold() -> None:
    meeting = referat.parse_file(SEED)
    assert meeting.organisation == "Vestdansk Erhvervssamarbejde"
    assert meeting.body == "Styregruppen for Vestdansk Erhvervssamarbejde"
    assert meeting.location is not None
    assert (meeting.location.postal_code, meeting.location.city) == ("7900", "Nykøbing Mors")
    assert len({p.group for p in meeting.attendees}) == 4
    assert [a.number for it in meeting.agenda for a in it.attachments] == [
        str(n) for n in range(1, 11)
    ]
    six = meeting.agenda[5]
    sagsfremstilling = [s for s in six.sections if s.kind is referat.SectionKind.SAGSFREMSTILLING]
    assert "Industri 4.0" in sagsfremstilling[0].text
    assert "Stærke klyngeorganisationer på energiområdet" in sagsfremstilling[0].text
    codes = {d.code for d in meeting.diagnostics}
    assert "role-group-mismatch" in codes
    assert meeting.unclassified == []
