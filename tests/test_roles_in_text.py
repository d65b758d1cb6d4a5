"""Chair and minute-taker named in an item's sentences ("X blev valgt som dirigent ...")."""

from __future__ import annotations

import pytest

import referat

HEAD = "# Referat af generalforsamling\n\nDato: 7. marts 2024\n\n## 1. Valg af dirigent\n\n"


@pytest.mark.parametrize(
    ("sentence", "chair", "chair_title", "minute_taker"),
    [
        ("Advokat Lise Bang blev valgt som dirigent og Martin Kjær som referent.",
         "Lise Bang", "Advokat", "Martin Kjær"),
        ("Ole Nørmark blev valgt til dirigent, og Eva Holm til referent.",
         "Ole Nørmark", None, "Eva Holm"),
        ("Kåre Dam er referent.", None, None, "Kåre Dam"),
        ("Anna Holm er mødeleder.", "Anna Holm", None, None),
        ("Borgmester Dorthe West (A) ledede mødet.", "Dorthe West", "Borgmester", None),
    ],
)  # fmt: skip
def test_roles_from_a_sentence(
    sentence: str, chair: str | None, chair_title: str | None, minute_taker: str | None
) -> None:
    meeting = referat.parse(HEAD + sentence + "\n")
    assert (meeting.chair.name if meeting.chair else None) == chair
    assert (meeting.chair.title if meeting.chair else None) == chair_title
    assert (meeting.minute_taker.name if meeting.minute_taker else None) == minute_taker
