"""The body a decision recommends its matter to or sends it on to (``Decision.forwarded_to``)."""

from __future__ import annotations

import pytest

import referat
from referat._forward import forwarded_to
from referat.models import Outcome


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Anbefales over for Byrådet.", "Byrådet"),
        # the matter named between the verb and the body
        (
            "Styregruppen anbefaler skitseprojektet over for Teknik- og Miljøudvalget med den"
            " bemærkning, at medfinansieringen afklares.",
            "Teknik- og Miljøudvalget",
        ),
        (
            "Indstillingen anbefales over for Økonomiudvalget og Byrådet.",
            "Økonomiudvalget og Byrådet",
        ),
        (
            "Udvalget anbefaler over for Økonomiudvalget, at SFO'erne holder åbent.",
            "Økonomiudvalget",
        ),
        ("Styregruppen indstiller til OS2's bestyrelse, at modellen indføres.", "OS2's bestyrelse"),
        ("Oversendes til Økonomiudvalget med udvalgets anbefaling.", "Økonomiudvalget"),
        (
            "Budgettet blev godkendt og sendes videre til afdelingsmødet 15. april.",
            "afdelingsmødet",
        ),
        ("Forslaget indstilles til generalforsamlingen.", "generalforsamlingen"),
        (
            "Anbefales over for forretningsudvalget og regionsrådet. Ø kunne ikke.",
            "forretningsudvalget og regionsrådet",
        ),
        # the last of two: the committee recommends, the finance committee sends it on
        ("Anbefales over for Økonomiudvalget. Sagen oversendes til Byrådet.", "Byrådet"),
        # the body in the genitive, the approval it is sent for, a word broken at the line
        ("Vedtaget. Indstilles til generalforsamlingens godkendelse.", "generalforsamlingen"),
        ("Regnskabet sendes til byrådets godkendelse.", "byrådet"),
        ("Indstilles til KL's godkendelse.", "KL"),
        (
            "Forslaget sendes til godkendelse i Kultur- og Fritidsudvalget.",
            "Kultur- og Fritidsudvalget",
        ),
        (
            "Godkendt og indstilles til godkendelse i Kultur- og Fritids-\nudvalget.",
            "Kultur- og Fritidsudvalget",
        ),
        # a list of places after the body; the body before the approval it is put forward for
        (
            "Bestyrelsen anbefaler over for kommunalbestyrelserne i Esbjerg, Varde og Fanø, at"
            " planen vedtages.",
            "kommunalbestyrelserne i Esbjerg, Varde og Fanø",
        ),
        ("Taksterne forelægges Silkeborg Byråd til godkendelse.", "Silkeborg Byråd"),
        # a body by its word, after "forelægges", "sendes til", "til vedtagelse på"
        ("Årsrapporten forelægges generalforsamlingen den 24. april.", "generalforsamlingen"),
        # an annual meeting by its word, and an adverb between "sendes" and "videre"
        (
            "Bestyrelsen godkendte regnskabet, som forelægges årsmødet til endelig godkendelse.",
            "årsmødet",
        ),
        (
            "Forslaget blev vedtaget. Sagen sendes derfor videre til organisationsbestyrelsen.",
            "organisationsbestyrelsen",
        ),
        ("Høringssvaret sendes til skolebestyrelsen.", "skolebestyrelsen"),
        (
            "Udvalget anbefaler Økonomiudvalget og Byrådet, at punkt 2 og 3 godkendes.",
            "Økonomiudvalget og Byrådet",
        ),
        (
            "Bestyrelsen indstiller forslaget til vedtagelse på generalforsamlingen.",
            "generalforsamlingen",
        ),
        # a committee named by two fields, sent to by its word
        ("Anbefalingen sendes til Børn- og Ungeudvalget.", "Børn- og Ungeudvalget"),
        (
            "Høringssvaret sendes til Social- og Sundhedsudvalget senest 17. februar.",
            "Social- og Sundhedsudvalget",
        ),
    ],
)
def test_forwarded_to(text: str, body: str) -> None:
    assert forwarded_to(text) == body
    # (a lower case of another length is read too: "İ" is two characters in small letters)
    assert forwarded_to(f"İ. {text}") == body


@pytest.mark.parametrize(
    "text",
    [
        "Godkendt.",
        "Prioriteret – indstilles til tilsagn.",  # a grant, no body
        "Direktøren indstiller til udvalget, at planen godkendes.",  # the administration's own
        "Udvalget kunne ikke anbefale forslaget.",
        "Sagen sendes tilbage til forvaltningen.",
        "Referatet sendes til medlemmerne.",  # plain "sendes" only with an approval
        "Forslaget sendes til høring.",
        "Budgetforslaget oversendes til 2. behandling.",  # a second reading is no body
        "Forslaget sendes til regionsbestyrelsen til orientering.",  # for its information
    ],
)
def test_nothing_forwarded(text: str) -> None:
    assert forwarded_to(text) is None


_ITEM = """# Referat – Børne- og Skoleudvalget

Dato: 4. marts 2025

## 12. Ændring af skoledistrikt

### Indstilling
Direktøren indstiller, at udvalget anbefaler over for Økonomiudvalget og Byrådet, at
distriktsgrænsen ændres.

### Beslutning
{decision}
"""


def test_a_bare_recommendation_takes_the_body_its_indstilling_names() -> None:
    meeting = referat.parse(_ITEM.format(decision="Indstillingen anbefales."))
    decision = meeting.agenda[0].decision
    assert decision is not None
    assert decision.outcome is Outcome.APPROVED
    assert decision.forwarded_to == "Økonomiudvalget og Byrådet"


def test_a_rejected_recommendation_forwards_nothing() -> None:
    meeting = referat.parse(_ITEM.format(decision="Indstillingen kunne ikke anbefales."))
    decision = meeting.agenda[0].decision
    assert decision is not None
    assert decision.outcome is Outcome.REJECTED
    assert decision.forwarded_to is None


def test_a_body_recommending_onwards_has_decided() -> None:
    text = "KKR Sjælland indstiller til KL's bestyrelse, at kommunerne indgår en aftale."
    meeting = referat.parse(_ITEM.format(decision=text))
    decision = meeting.agenda[0].decision
    assert decision is not None
    assert decision.outcome is Outcome.APPROVED
    assert decision.forwarded_to == "KL's bestyrelse"
