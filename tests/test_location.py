"""Places split into name, street, postcode and town (``_header.parse_location``)."""

from __future__ import annotations

import pytest

from referat._header import parse_location
from referat.models import Span

SPAN = Span(start_line=1, end_line=1)


@pytest.mark.parametrize(
    ("written", "name", "street", "postal_code", "city"),
    [
        ("Dansk Skaldyrscenter, Øroddevej 80, 7900 Nykøbing Mors",
         "Dansk Skaldyrscenter", "Øroddevej 80", "7900", "Nykøbing Mors"),
        # a numbered room is a name, not a street and number
        ("Mødelokale 1, Frederiksgade 9, Haslev",
         "Mødelokale 1", "Frederiksgade 9", None, "Haslev"),
        ("Udvalgsværelse 1", "Udvalgsværelse 1", None, None, None),
        ("Mødelokale 3, Rådhuset, Torvet 1, 7500 Holstebro",
         "Mødelokale 3, Rådhuset", "Torvet 1", "7500", "Holstebro"),
        ("Lokale 2.14, Campusvej 55, 5230 Odense M",
         "Lokale 2.14", "Campusvej 55", "5230", "Odense M"),
        ("Klubhuset, Ry Stadion, Skanderborgvej 40, 8680 Ry",
         "Klubhuset", "Skanderborgvej 40", "8680", "Ry"),
    ],
)  # fmt: skip
def test_location_parts(
    written: str, name: str, street: str | None, postal_code: str | None, city: str | None
) -> None:
    loc = parse_location(written, SPAN)
    assert (loc.name, loc.street, loc.postal_code, loc.city) == (name, street, postal_code, city)
    assert loc.written == written
