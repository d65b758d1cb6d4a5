"""Compare a parsed Meeting with hand-written facts (``facts.json`` / ``corpus_facts.json``)."""

from __future__ import annotations

import re
from typing import Any

from referat import AgendaItem, DocumentKind, Meeting, Person


def _norm(text: str) -> str:
    text = re.sub(r"\s+", " ", text.casefold()).strip()
    return text.strip(" .:;,*_-–")


def _same_title(parsed: str, expected: str) -> bool:
    a, b = _norm(parsed), _norm(expected)
    return a == b or (len(b) >= 6 and (a.startswith(b) or b.startswith(a)))


def _find_item(items: list[AgendaItem], number: str) -> AgendaItem | None:
    """The item with this number; for unnumbered items, the one with this title."""
    for item in items:
        if item.number == number or (item.number is None and item.title == number):
            return item
        found = _find_item(item.subitems, number)
        if found is not None:
            return found
    return None


def _people(meeting: Meeting) -> list[Person]:
    extra = [p for p in (meeting.chair, meeting.minute_taker) if p is not None]
    return meeting.attendees + meeting.absentees + meeting.guests + extra


def mismatches(meeting: Meeting, facts: dict[str, Any]) -> list[str]:
    """Every fact that does not hold, as a readable line (empty list: all hold).

    ``known_gaps`` maps fact keys to the reason referat cannot get them yet: those facts must
    still FAIL (so a fix is noticed and the gap removed), and they are not reported otherwise.
    """
    gaps: dict[str, str] = facts.get("known_gaps", {})
    checked = {k: v for k, v in facts.items() if k not in gaps}
    problems = _mismatches(meeting, checked)
    for key in gaps:
        if not _mismatches(meeting, {key: facts[key]}):
            problems.append(f"known gap {key!r} now holds: remove it from known_gaps")
    return problems


KNOWN_KEYS = frozenset(
    {
        "date", "start_time", "end_time", "document_kind", "body", "location_virtual",
        "location_hybrid",
        "location_postal_code", "location_city", "attendees", "invited", "absentees", "guests",
        "minute_taker", "chair", "items", "outcomes", "subitems", "attachments",
        "attachment_titles", "persons", "diagnostic_codes", "groups", "renumbered",
        "organisation", "location_name", "location_room", "location_street", "unclassified",
        "note_headings",
        "known_gaps", "listing_lines", "votes", "titles", "forwarded_to", "closed",
        "notes",  # notes: the fact writer's remarks, not checked
    }
)  # fmt: skip


def _mismatches(meeting: Meeting, facts: dict[str, Any]) -> list[str]:
    out: list[str] = [
        f"unknown fact {key!r} (a typo?)" for key in sorted(facts.keys() - KNOWN_KEYS)
    ]

    def check(key: str, actual: object, expected: object) -> None:
        if actual != expected:
            out.append(f"{key}: expected {expected!r}, got {actual!r}")

    if "date" in facts:
        check("date", meeting.date.isoformat() if meeting.date else None, facts["date"])
    for key in ("start_time", "end_time"):
        if key in facts:
            check(key, getattr(meeting, key), facts[key])
    if "document_kind" in facts:
        kind = meeting.document_kind.value if meeting.document_kind else None
        check("document_kind", kind, facts["document_kind"])
    if "body" in facts:
        check("body", meeting.body, facts["body"])
    loc = meeting.location
    if "location_virtual" in facts:
        check("location_virtual", loc.virtual if loc else None, facts["location_virtual"])
    if "location_hybrid" in facts:
        check("location_hybrid", loc.hybrid if loc else None, facts["location_hybrid"])
    if "location_postal_code" in facts:
        check(
            "location_postal_code", loc.postal_code if loc else None, facts["location_postal_code"]
        )
    if "location_city" in facts:
        check("location_city", loc.city if loc else None, facts["location_city"])
    if "location_name" in facts:
        check("location_name", loc.name if loc else None, facts["location_name"])
    if "location_room" in facts:
        check("location_room", loc.room if loc else None, facts["location_room"])
    if "location_street" in facts:
        check("location_street", loc.street if loc else None, facts["location_street"])
    if "organisation" in facts:
        check("organisation", meeting.organisation, facts["organisation"])
    present = sorted(p.name for p in meeting.attendees if p.present is not False)
    if "attendees" in facts:
        check("attendees", present, sorted(facts["attendees"]))
    if "invited" in facts:
        invited = sorted(p.name for p in meeting.attendees if p.present is None)
        check("invited", invited, sorted(facts["invited"]))
    if "absentees" in facts:
        parsed = {p.name for p in meeting.absentees}
        ticked_off = {p.name for p in meeting.absentees if p.present is False}
        missing = sorted(set(facts["absentees"]) - parsed)
        extra = sorted(parsed - set(facts["absentees"]) - ticked_off)
        if missing or extra:
            out.append(f"absentees: missing {missing}, unexpected {extra}")
    if "guests" in facts:
        check("guests", sorted(p.name for p in meeting.guests), sorted(facts["guests"]))
    for key in ("minute_taker", "chair"):
        if key in facts:
            person = getattr(meeting, key)
            check(key, person.name if person else None, facts[key])
    if "items" in facts:
        expected_items = facts["items"]
        parsed_items = [(it.number, it.title) for it in meeting.agenda]
        if len(parsed_items) != len(expected_items):  # (more is as wrong as fewer)
            out.append(
                f"items: expected {len(expected_items)}, got {len(parsed_items)}: {parsed_items}"
            )
        for (num, title), got in zip(expected_items, parsed_items, strict=False):
            if got[0] != num or not _same_title(got[1], title):
                out.append(f"item: expected {num} {title!r}, got {got[0]} {got[1]!r}")
    for number, title in facts.get("titles", {}).items():  # exact, where "items" allows a
        item = _find_item(meeting.agenda, number)  # longer or shorter title
        check(f"title of {number}", item.title if item else None, title)
    agenda_doc = meeting.document_kind in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE)
    for number, outcome in facts.get("outcomes", {}).items():
        item = _find_item(meeting.agenda, number)
        if item is None:
            out.append(f"outcome {number}: no such item")
        elif item.decision is None:
            if not (agenda_doc and outcome == "none"):
                out.append(f"outcome {number}: expected {outcome}, got no decision")
        elif item.decision.outcome.value != outcome:
            out.append(f"outcome {number}: expected {outcome}, got {item.decision.outcome.value}")
    if "closed" in facts:  # the numbers of the items dealt with behind closed doors
        check("closed", [i.number for i in meeting.agenda if i.closed], facts["closed"])
    for number, body in facts.get("forwarded_to", {}).items():  # null: sent on to no one
        item = _find_item(meeting.agenda, number)
        sent = item.decision.forwarded_to if item is not None and item.decision else None
        check(f"forwarded_to of {number}", sent, body)
    for number, subs in facts.get("subitems", {}).items():
        item = _find_item(meeting.agenda, number)
        got_subs = [s.number for s in item.subitems] if item else None
        want = [s if "." in s else f"{number}.{s}" for s in subs]
        check(f"subitems {number}", got_subs, want)
    for number, attachments in facts.get("attachments", {}).items():
        item = _find_item(meeting.agenda, number)
        got_a = [a.number for a in item.attachments if a.number] if item else None
        check(f"attachments {number}", got_a, attachments)
    for number, titles in facts.get("attachment_titles", {}).items():
        item = _find_item(meeting.agenda, number)
        got_t = [a.title for a in item.attachments] if item else None
        check(f"attachment titles {number}", got_t, titles)
    for spec in facts.get("persons", []):
        matches = [p for p in _people(meeting) if p.name == spec["name"]]
        if not matches:
            out.append(f"person {spec['name']!r}: not found")
            continue
        p = matches[0]
        for key in ("title", "organisation", "party"):
            if key not in spec:
                continue
            got_v = getattr(p, key)
            if spec[key] is None:  # null: the person has none
                if got_v is not None:
                    out.append(f"person {p.name} {key}: expected none, got {got_v!r}")
            elif got_v is None or _norm(got_v) != _norm(spec[key]):
                out.append(f"person {p.name} {key}: expected {spec[key]!r}, got {got_v!r}")
        if spec.get("roles"):
            for role in spec["roles"]:
                if role not in p.roles:
                    out.append(f"person {p.name} roles: expected {role!r} in {p.roles}")
    codes = {d.code for d in meeting.diagnostics}
    if "listing_lines" in facts:  # item number -> the line of the agenda listing that names it
        listing = {i.number: i.listing_span.start_line for i in meeting.agenda if i.listing_span}
        check("listing_lines", listing, {k: int(v) for k, v in facts["listing_lines"].items()})
    if "votes" in facts:  # item number -> its decision's votes, each without its defaults,
        # text and span ({"in_favour": 22, "against": 3, "against_by": ["Ø"]})
        for number, expected in facts["votes"].items():
            found = _find_item(meeting.agenda, number)  # (a sub-point's too: "4.1")
            decision = found.decision if found is not None else None
            votes = [
                {
                    k: v
                    for k, v in vote.model_dump(exclude={"text", "span"}).items()
                    if v is not None and v != [] and v is not False  # (a count of 0 kept)
                }
                for vote in (decision.votes if decision else [])
            ]
            check(f"votes[{number}]", votes, expected)
    if "renumbered" in facts:
        check("renumbered", "item-numbers-inferred" in codes, facts["renumbered"])
    if "unclassified" in facts:  # the texts left unclassified, in order
        check("unclassified", [b.text for b in meeting.unclassified], facts["unclassified"])
    if "note_headings" in facts:  # the headings of the notes that have one, in order
        headings = [n.heading for n in meeting.notes if n.heading]
        check("note_headings", headings, facts["note_headings"])
    for code in facts.get("diagnostic_codes", []):
        if code not in codes:
            out.append(f"diagnostic {code}: missing (got {sorted(codes)})")
    for group, names in facts.get("groups", {}).items():
        got_g = sorted(p.name for p in meeting.attendees if p.group == group)
        check(f"group {group}", got_g, sorted(names))
    return out
