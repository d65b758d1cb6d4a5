"""Property tests: totality, invariance under line endings and Unicode form, spans, round-trip."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import referat

from support import normalised_lines, spans

# Minutes-like building blocks so that generated documents exercise the parser, not just text.
_HEADERS = ["# Referat", "## Dagsorden", "Dato: 2. oktober 2017", "Tid: kl. 14-17", "Sted: Teams"]
_PEOPLE = ["Deltagere:", "Afbud: Søren Østergård", "- [x] Åse Ærø", "- [ ] Bo Bøgh", "Referent: Ib"]
_ITEMS = ["## 1. Godkendelse", "**2. Økonomi**", "Punkt 3: Evt.", "4) Næste møde", "Pkt. 5 Valg"]
_LABELS = ["**Indstilling:**", "Beslutning:", "### Referat", "Sagsfremstiling", "Bilag 1: Plan"]
_TEXT = ["Godkendt.", "Udsat.", "Drøftet.", "Taget til efterretning.", "> citat", "| a | b |"]
_LINE = st.one_of(
    st.sampled_from(_HEADERS + _PEOPLE + _ITEMS + _LABELS + _TEXT),
    st.text(max_size=40),
    st.just(""),
)
DOCUMENTS = st.one_of(st.lists(_LINE, max_size=40).map("\n".join), st.text(max_size=400))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _without_source(meeting: referat.Meeting) -> dict[str, object]:
    data = meeting.model_dump(mode="json")
    data.pop("source")
    return data


@FAST
@given(DOCUMENTS)
def test_total_and_spans_in_range(text: str) -> None:
    meeting = referat.parse(text)
    assert "internal-error" not in {d.code for d in meeting.diagnostics}
    count = len(normalised_lines(text))
    for start, end in spans(meeting.model_dump(mode="json")):
        assert 1 <= start <= end <= max(count, 1)
    assert meeting.source.lines == count


@FAST
@given(DOCUMENTS)
def test_crlf_gives_the_same_meeting(text: str) -> None:
    lf = referat.parse(text.replace("\r", ""))
    crlf = referat.parse(text.replace("\r", "").replace("\n", "\r\n"))
    assert _without_source(lf) == _without_source(crlf)


@FAST
@given(DOCUMENTS)
def test_nfd_gives_the_same_meeting(text: str) -> None:
    nfc = referat.parse(unicodedata.normalize("NFC", text))
    nfd = referat.parse(unicodedata.normalize("NFD", text))
    assert _without_source(nfc) == _without_source(nfd)
    assert nfd.model_dump_json() == unicodedata.normalize("NFC", nfd.model_dump_json())


@FAST
@given(DOCUMENTS)
def test_json_round_trip(text: str) -> None:
    meeting = referat.parse(text)
    assert referat.Meeting.model_validate_json(meeting.model_dump_json()) == meeting


@FAST
@given(DOCUMENTS)
def test_deterministic(text: str) -> None:
    assert referat.parse(text) == referat.parse(text)


@FAST
@given(st.binary(max_size=300))
def test_total_on_bytes(data: bytes) -> None:
    meeting = referat.parse(data)
    assert referat.Meeting.model_validate_json(meeting.model_dump_json()) == meeting
