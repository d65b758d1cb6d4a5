"""``_frontmatter``: a YAML front matter block is read as fields, anything else is left alone."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from minutes_strategies import documents
import pytest

import referat
from referat import _frontmatter
from referat._facts import LineKind
from referat._scan import scan

from support import uncovered_lines


def _read(text: str) -> _frontmatter.FrontMatter | None:
    return _frontmatter.read(scan(text))


def test_keys_the_header_reads_become_text_lines_the_others_fields() -> None:
    front = _read("---\ntitle: \"Referat\"\nlayout: post\ntags: [a, 'b']\n---\n# Møde")
    assert front is not None
    assert front.end == 5
    assert [ln.kind for ln in front.lines] == [
        LineKind.RULE,
        LineKind.TEXT,
        LineKind.BLANK,
        LineKind.BLANK,
        LineKind.RULE,
    ]
    assert front.lines[1].text == "title: Referat"
    assert [(f.label, f.value, f.span.start_line) for f in front.fields] == [
        ("layout", "post", 3),
        ("tags", "a, b", 4),
    ]


def test_a_block_list_under_a_people_label_becomes_bullets() -> None:
    front = _read('---\ndeltagere:\n  - Anna Holm\n  - "Bo Lind"\n---\n')
    assert front is not None
    assert [(ln.text, ln.bullet) for ln in front.lines[1:4]] == [
        ("deltagere:", False),
        ("Anna Holm", True),
        ("Bo Lind", True),
    ]


def test_wiki_links_in_front_matter_people_lists() -> None:
    meeting = referat.parse(
        '---\ndate: 2025-01-14\ndeltagere:\n  - "[[Rikke Skov]]"\n  - "[[Palle Juhl|Palle]]"\n'
        'afbud:\n  - "[[Gitte Rosendahl]]"\nreferent: "[[Anders Vinding]]"\n---\n\n'
        "# Styregruppemøde\n\n## 1. Status\n\nTaget til efterretning.\n"
    )
    # the referent no list names wrote the minutes there: an attendee too
    assert [p.name for p in meeting.attendees] == ["Rikke Skov", "Palle Juhl", "Anders Vinding"]
    assert [p.name for p in meeting.absentees] == ["Gitte Rosendahl"]
    assert meeting.minute_taker is not None
    assert meeting.minute_taker.name == "Anders Vinding"


def test_a_nested_mapping_is_one_field() -> None:
    front = _read("---\nforfatter:\n  navn: Bo Lind\n  mail: bo@example.dk\n...\nTekst")
    assert front is not None
    assert [(f.label, f.value, f.span.end_line) for f in front.fields] == [
        ("forfatter", "navn: Bo Lind, mail: bo@example.dk", 4)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "---\nReferat af bestyrelsesmøde\nDato: 12. marts 2024\n---",  # prose: minutes
        "---\n# kommentar\ndato: 2024-03-12\n---",  # a comment: left alone
        "---\ndato: 2024-03-12\n",  # never closed
        "---\n---\ndato: 2024-03-12",  # two rules
        "\n---\ndato: 2024-03-12\n---",  # not on the first line
        "---\n" + "x: 1\n" * 120 + "---",  # too long for a front matter
        "***\ndato: 2024-03-12\n***",
    ],
)
def test_other_openings_are_no_front_matter(text: str) -> None:
    assert _read(text) is None


_KEYS = st.sampled_from(["title", "dato", "sted", "layout", "tags", "deltagere", "Tid", "a b"])
_VALUES = st.sampled_from(["", "x", '"Referat: 1"', "'a'", "[a, b]", "2024-03-12", "kl. 19", "[]"])
_NESTED = st.sampled_from(["  - Anna Holm", "  - ", "  navn: Bo", "    dybt", ""])


@st.composite
def _front_matter(draw: st.DrawFn) -> str:
    lines = ["---"]
    for _ in range(draw(st.integers(1, 6))):
        value = draw(_VALUES)
        lines.append(f"{draw(_KEYS)}:{' ' + value if value else ''}")
        lines += draw(st.lists(_NESTED, max_size=3))
    lines.append(draw(st.sampled_from(["---", "...", "--- ", ""])))
    return "\n".join(lines)


@settings(max_examples=150, deadline=None)
@given(_front_matter(), documents())
def test_front_matter_over_any_minutes_is_total_and_covered(front: str, rest: str) -> None:
    text = front + "\n" + rest
    meeting = referat.parse(text)
    assert uncovered_lines(meeting, text.encode("utf-8")) == []
    assert meeting.model_dump() == referat.parse(text).model_dump()


STAMPED = (
    "---\nlayout: post\ndate: {stamp}\n---\n\n# Referat af bestyrelsesmøde\n\n{when}"
    "Til stede: Anne Holm, Bo Lind\n\n## 1. Regnskab\n\nRegnskabet blev godkendt.\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "2025-03-27 08:41:09 +0100",
        "2025-03-27T08:41:09+01:00",
        "2025-03-27T07:41:09Z",
        "'2025-03-27 08:41:09'",
    ],
)
def test_a_publishing_time_stamp_is_a_field_and_the_body_dates_the_meeting(stamp: str) -> None:
    text = STAMPED.format(stamp=stamp, when="Mødet blev holdt den 18. marts 2025 kl. 19.00.\n\n")
    front = _read(text)
    assert front is not None
    assert front.lines[2].kind is LineKind.BLANK  # not read by the header
    assert [f.label for f in front.fields] == ["layout", "date"]
    meeting = referat.parse(text)
    assert (meeting.date, meeting.start_time) == (dt.date(2025, 3, 18), "19:00")
    assert not [d for d in meeting.diagnostics if d.code == "date-from-timestamp"]


def test_a_publishing_time_stamp_dates_the_meeting_when_nothing_else_does() -> None:
    meeting = referat.parse(STAMPED.format(stamp="2025-03-27 08:41:09 +0100", when=""))
    assert (meeting.date, meeting.start_time, meeting.end_time) == (
        dt.date(2025, 3, 27),
        None,
        None,
    )
    [found] = [d for d in meeting.diagnostics if d.code == "date-from-timestamp"]
    assert found.severity == "info"
    assert found.span is not None
    assert found.span.start_line == 3
    assert not [d for d in meeting.diagnostics if d.code == "missing-date"]


@pytest.mark.parametrize("value", ["2025-03-18", "2025-03-18 19:00", "18. marts 2025 kl. 19.00"])
def test_a_date_key_a_person_wrote_dates_the_meeting(value: str) -> None:
    meeting = referat.parse(STAMPED.format(stamp=value, when=""))
    assert meeting.date == dt.date(2025, 3, 18)
    assert not [d for d in meeting.diagnostics if d.code in ("date-from-timestamp", "missing-date")]
