"""People the minutes name outside their people lists, and who held the meeting's posts.

Item text names guests ("Deltog under punkt 3: ..."), speakers who are no attendees yet, who
came late, left or sat out an item, substitutes and vote counters; a signature block names who
signed. The chair and the minute-taker come from a label first, else from what the text says
someone did: led or opened the meeting, welcomed as chair, was elected dirigent or referent,
signed as formand; initials keys ("JH = Jens Hansen") and first names are matched to the people
listed. Nobody is added twice: a person named again adds the details the other mention lacks.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
import datetime as dt
import re
from typing import Any, Final

from referat import _new as new
from referat._agenda_item import LABELLED, NEXT_SENTENCE, SENTENCE_END
from referat._facts import LineKind
from referat._field_kinds import field_kind
from referat._first import anchored
from referat._footer import (
    SIGNATURE_RULE,
    closes_meeting,
    dated_signature,
    full_person,
    signer_alone,
)
from referat._header import (
    HeaderFacts,
    label_of,
    line_span,
    list_entries,
    one_entry,
    secretary_label,
    substitute_alone,
    substitutes_in,
    without_proposer,
)
from referat._identity import MINUTES_SENT, quoted_lines
from referat._items import Agenda
from referat._logical import layout_columns
from referat._memo import memo
from referat._people import (
    PersonParts,
    absence_sentence,
    chair_title,
    first_name_in,
    indefinite_title,
    is_name,
    is_organisation,
    known_title,
    own_initials,
    parse_person,
    role_sentence,
    starts_with_first_name,
    without_house_number,
)
from referat._prefix import casefolded, contains_any, lowered
from referat._scan import Line
from referat._sections import BROKEN_WORD
from referat.models import AgendaItem, DocumentKind, HeaderField, Person, Section, Span, span_of
from referat.vocabulary import (
    ASSEMBLY_CHAIR_ROLE,
    BOARD_GROUP_WORDS,
    CHAIR_BY_POST,
    CHAIR_OF_BODY,
    CHAIR_ROLES,
    ELECTED,
    ELECTION_TITLES,
    FIRST_NAMES,
    FOR_ONE_ITEM,
    ITEM_GUEST_SENTENCE,
    ITEM_PEOPLE_GATE,
    ITEM_TEXT_CHAIR_WORDS,
    LED_BY,
    LED_BY_REASON,
    LED_THE_MEETING,
    LEFT_OR_CAME,
    MINUTE_TAKER_ROLES,
    PEOPLE_HINTS,
    PERSON_ROLES,
    PRESENCE_LABELS,
    SELF_REFERENCES,
    SIGNATURE_HEADINGS,
    SPEAKER_VERBS,
    STAFF_TITLE_ENDINGS,
    STAFF_UNITS,
    STAND_IN_HINTS,
    STAND_IN_ROLES,
    TITLE_WORDS,
    VOTE_COUNTER_HINTS,
    VOTE_COUNTER_ROLE,
    VOTE_COUNTERS,
    WELCOMED_AS_CHAIR,
    FieldKind,
    normalise_label,
)


def fold(name: str) -> str:
    """A name as the people lists compare it (case, accents and dots aside); remembered."""
    return _folded.of(name)


def _fold_name(name: str) -> str:
    return " ".join(normalise_label.of(name).replace(".", " ").split())


_folded: Final = memo(_fold_name, 1024)


_AFBUD_FRA: Final = re.compile(
    r"\bafbud fra:?\s+(.+?)(?:(?<!\s[A-ZÆØÅ])\.\s+(?=[A-ZÆØÅ][a-zæøå])|\.?\s*$)", re.IGNORECASE
)


_AFTER_SENTENCE: Final = re.compile(r"\s(?<=[.;]\s)\s*")  # (?<=[.;])\s+


def _names_under(lines: tuple[Line, ...], i: int, item_lines: set[int]) -> list[str]:
    """The names written one per line (or as one list) right under a people label of item text
    with no value ("#### Fraværende" over "Pia Winther (F)"), up to a blank line or a label;
    none unless each line is a person."""
    names: list[str] = []
    j = i + 1
    while j in item_lines and lines[j].text and label_of(lines[j]) is None:
        if lines[j].kind is LineKind.HEADING or len(names) > 50:
            return []
        entries = list_entries(lines[j].text.lstrip("-*• "))
        if not all((parts := parse_person(e)) is not None and is_name(parts.name) for e in entries):
            return []
        names += entries
        j += 1
    return names


def _people_in_items(
    out: dict[str, Any], lines: tuple[Line, ...], item_lines: set[int], quoted: set[int]
) -> None:
    """Absence and roles written inside item text ("Fraværende: ...", "Kåre er referent").

    Not in an agenda, and not inside another body's quoted decision (``quoted`` line numbers):
    the absence recorded there is that body's."""
    absent = {fold(p.name) for p in out["absentees"]}
    present = {fold(p.name) for p in out["attendees"]}
    agenda = out["document_kind"] in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE)
    absences: list[list[tuple[str, PersonParts, Span]]] = []  # each absence line's people
    for i in sorted(item_lines):
        line = lines[i]
        text = line.text
        if not text:
            continue
        # with the next line when a hard wrap broke the sentence ("... foreslog Erik Holm som" /
        # "dirigent. Han blev valgt.")
        whole, whole_span = _with_wrapped_sentence(lines, i, item_lines)
        low = lowered.of(whole)
        if not contains_any(low, ITEM_PEOPLE_GATE):
            continue
        if not agenda and line.number not in quoted:
            if any(h in low for h in STAND_IN_HINTS):
                _substitutes_in_item(out, whole, whole_span, present)
            if contains_any(low, VOTE_COUNTER_HINTS):
                _vote_counters_in_item(out, whole, whole_span, present)
        if not any(hint in low for hint in PEOPLE_HINTS):
            continue
        elsewhere = agenda or line.number in quoted
        span = span_of(line.number, line.number)
        label = label_of(line)
        names: list[str] = []
        kind = field_kind(label[0]) if label is not None else None
        # "Dirigent: Ole Nørmark blev foreslået og valgt", "Dirigent: X. Referent: Y."
        sentences = NEXT_SENTENCE.split(text)
        labelled = [label] if label is not None else []
        labelled += [(m.group(1), m.group(2)) for t in sentences[1:] if (m := LABELLED.match(t))]
        for label_text, value in labelled:
            role_kind = field_kind(label_text)
            if role_kind not in (FieldKind.CHAIR, FieldKind.MINUTE_TAKER) or not value:
                continue
            key = "chair" if role_kind is FieldKind.CHAIR else "minute_taker"
            name = first_name_in(NEXT_SENTENCE.split(without_proposer(value))[0])
            if out[key] is None and name:
                role = "referent" if key == "minute_taker" else normalise_label.of(label_text)
                out[key] = new.Person(name=name, roles=[role], written=text, span=span)
        if elsewhere:
            names = []
        elif label is not None and kind is FieldKind.ABSENTEES and label[1]:
            # (its first sentence: "Henrik Mose (V), Maja Rosendahl (SF). Stedfortræder: ...")
            names = list_entries(NEXT_SENTENCE.split(label[1])[0])
        elif label is not None and kind is FieldKind.ABSENTEES:
            names = _names_under(lines, i, item_lines)  # "#### Fraværende" over "Pia Winther (F)"
        else:
            m = _AFBUD_FRA.search(text)
            if m:
                names = list_entries(m.group(1))
        found = [(e.strip(), parts) for e in names if (parts := parse_person(e)) is not None]
        if not elsewhere and not names:  # "Thomas Lind havde meldt afbud."
            found = [(text.strip(), parts) for parts in absence_sentence(text.lstrip("- ")) or []]
        if found:
            absences.append([(written, parts, span) for written, parts in found])
        sentences = _AFTER_SENTENCE.split(without_house_number(whole).lstrip("- "))
        if "(" in whole:  # "Mødeleder og referent udpeget (Frederik er både mødeleder og ...)"
            sentences += _PARENTHESISED.findall(whole)
        for sentence in sentences:
            for written_name, role_word in role_sentence(sentence):
                if _post_word(written_name) or _ONE_ITEM.search(sentence):
                    continue  # "Dirigenten førte protokol under punktet": no name, one item
                role = PERSON_ROLES.get(role_word, role_word)
                parts = parse_person(written_name)  # "Advokat Lise Bang": a title first
                if parts is None and not written_name[:1].isupper():
                    continue  # "Dirigent: spørg Erling (gjorde det sidste år)": a to-do
                name = parts.name if parts is not None else written_name
                title = parts.title if parts is not None else None
                person = new.Person(
                    name=name, title=title, roles=[role], written=sentence.strip(), span=whole_span
                )
                if role in CHAIR_ROLES and out["chair"] is None:
                    out["chair"] = person
                elif role in MINUTE_TAKER_ROLES and out["minute_taker"] is None:
                    out["minute_taker"] = person
    # a listed attendee named in some items' absence lines only (not all) left or came during
    # the meeting ("Fraværende: ..., Karsten Riis (O)" under the items after he left), and one
    # named only under later items left ("Fraværende med afbud: ..., Maja Rosendahl (SF)" under
    # item 5 of 6, with no absence line under item 1)
    named = [{fold(p.name) for _, p, _ in line} for line in absences]
    everywhere = set.intersection(*named) if named else set()
    # (and one named under a few first items only came later: "Fraværende: Niels Kyed" under
    # items 112 and 113 of 7, a listed member "til stede fra pkt. 114")
    starts = sorted(line[0][2].start_line for line in absences if line)
    covered = [  # per item: whether an absence line is in it (a search in the sorted starts)
        (k := bisect_left(starts, it.span.start_line)) < len(starts)
        and starts[k] <= it.span.end_line
        for it in out["agenda"]
    ]
    if covered and (not covered[0] or 2 * sum(covered) < len(covered) or _came_later(covered)):
        everywhere = set()
    for line_people in absences:
        for written, parts, span in line_people:
            key = fold(parts.name)
            if key in absent or (key in present and key not in everywhere):
                continue
            if _LEFT_OR_CAME.search(written):  # "..., der forlod mødet kl. 16.50": there before
                continue
            absent.add(key)
            out["absentees"].append(_person_from(parts, written, span))


_LEFT_OR_CAME: Final = re.compile(LEFT_OR_CAME)


_LATE_TAIL: Final = 2


def _came_later(covered: list[bool]) -> bool:
    """Absence lines under the first items and none under the last ``_LATE_TAIL`` or more
    ("Fraværende: Mette Rosenkvist (A)" under items 43-45 of 43-48): she came later."""
    last = max((k for k, c in enumerate(covered) if c), default=-1)
    return len(covered) - 1 - last >= _LATE_TAIL


_PARENTHESISED: Final = re.compile(r"\(([^()]{3,200})\)")


_TITLES_IN_ITEMS_LIMIT: Final = 200


_ONE_ITEM: Final = re.compile(
    r"\bunder (?:dette |det )?(?:punkt(?:et)?|pkt\.?)(?!\w)", re.IGNORECASE
)


def _post_word(written: str) -> bool:
    """A post in its definite form ("Dirigenten", "Sekretæren", "Formanden"): no name."""
    low = written.strip().casefold()
    if " " in low or not low.endswith("en"):
        return False
    stem = low[:-2]  # "dirigent", "sekretær", "formand"
    return low in CHAIR_BY_POST or stem in PERSON_ROLES or stem in TITLE_WORDS


_DETAILS: Final = ("title", "organisation", "party")


def _first_title(person: Person) -> Person:
    """A person's first title of several ("Kommunaldirektør, formand", "Formand,
    forældrerepræsentant", "Skoleleder, sekretær for bestyrelsen"): the title; a chair's post
    after it ("formand") is a role, and the whole stays in ``written``. A post of the body
    itself ("sekretær for rådet", "formand for udvalget") is the post."""
    title = person.title
    if title is not None and title.count(" ") == 2:
        post, word, body = title.split()
        if word in ("for", "i") and body.casefold() in BOARD_GROUP_WORDS and known_title(post):
            return new.updated(person, {"title": post})  # "sekretær for rådet": this body's
    if title is None or ", " not in title:
        return person
    first, *rest = (t.strip() for t in title.split(","))
    if first.endswith(".") or not known_title(first):
        return person  # "Dr., senior researcher"; "TR, overlæger"
    roles = list(person.roles)
    lead = chair_title(first)
    job = next((p for p in rest if known_title(p) and chair_title(p) is None), None)
    if lead is not None and job is not None:  # "formand, adm. direktør": the chair's post
        if lead not in roles:  # a role, her job the title
            roles.append(lead)
        first = job
    for post in rest:
        role = chair_title(post)
        if role is not None and role not in roles:
            roles.append(role)
    return new.updated(person, {"title": first, "roles": roles})


def _first_titles(out: dict[str, Any]) -> None:
    """Each person's first title (``_first_title``): the hand-written facts of new documents
    name one title per person, the first one written."""
    for key in ("attendees", "absentees", "guests"):
        out[key] = [_first_title(p) for p in out[key]]
    for key in ("chair", "minute_taker"):
        if out[key] is not None:
            out[key] = _first_title(out[key])


def _shared_details(out: dict[str, Any]) -> None:
    """The chair or minute-taker named on a label of their own ("Chair: Prof. Henrik Lykke
    Nørgaard (DTU)") and the same person in the attendance list ("Henrik Lykke Nørgaard (DTU
    Construct)") are one person: each record gets the details only the other gives, and both
    the role of the meeting ("mødeleder", or the chair's own "ordstyrer" / "dirigent";
    "referent")."""
    for key in ("chair", "minute_taker"):
        named: Person | None = out[key]
        if named is None:
            continue
        if key == "chair":
            meeting_roles = [r for r in named.roles if r in CHAIR_ROLES] or ["mødeleder"]
        else:
            meeting_roles = ["referent"]
        if any(r not in named.roles for r in meeting_roles):
            out[key] = named = new.updated(
                named,
                {"roles": [*named.roles, *(r for r in meeting_roles if r not in named.roles)]},
            )
        folded = fold(named.name)
        for group in ("attendees", "guests"):
            people: list[Person] = out[group]
            for k, person in enumerate(people):
                if fold(person.name) != folded:
                    continue
                to_listed = _details_given(named, person)
                to_named = _details_given(person, named)
                missing = [r for r in meeting_roles if r not in person.roles]
                if missing:
                    to_listed["roles"] = [*person.roles, *missing]
                if to_listed:
                    people[k] = new.updated(person, to_listed)
                if to_named:
                    out[key] = named = new.updated(named, to_named)
                break


def _details_given(source: Person, target: Person) -> dict[str, Any]:
    """The details (``_DETAILS``) ``source`` has that ``target`` lacks or names in short."""
    return {d: getattr(source, d) for d in _DETAILS if _gives(source, target, d)}


def with_details(target: Person, source: Person) -> Person:
    """``target`` with the details only ``source``, another entry of the same person, gives."""
    given = _details_given(source, target)
    return new.updated(target, given) if given else target


def _gives(source: Person, target: Person, detail: str) -> bool:
    """``source`` has the ``detail`` that ``target`` lacks, or the organisation ``target``
    names in short ("Kragsø Kommune" for "Kragsø", "SDS-sekretariatet" for "sekretariatet")."""
    theirs, mine = getattr(source, detail), getattr(target, detail)
    if theirs is None or mine is None:
        return mine is None and theirs is not None
    return detail == "organisation" and (
        theirs.startswith(mine + " ") or theirs.endswith("-" + mine)
    )


def with_member_details(absentees: list[Person], members: list[Person]) -> list[Person]:
    """ "Afbud: Pernille Thorup" under a list of the body's members that gives her title,
    organisation, party or group ("Ledelsessiden:" over "Direktør Pernille Thorup"): the
    absentee has what the list gives and the absence line does not."""
    listed = {fold(p.name): p for p in members}
    out: list[Person] = []
    for person in absentees:
        member = listed.get(fold(person.name))
        changes = {
            key: getattr(member, key)
            for key in ("title", "organisation", "party", "group")
            if member is not None and getattr(person, key) is None and getattr(member, key)
        }
        out.append(new.updated(person, changes) if changes else person)
    return out


_ITEM_GUEST_SENTENCE: Final = re.compile(ITEM_GUEST_SENTENCE)


def _guests_in_items(
    out: dict[str, Any], lines: tuple[Line, ...], item_lines: set[int], quoted: set[int]
) -> None:
    """ "Projektleder Søren Vammen, Teknik og Miljø, deltog under punktet og gennemgik ...":
    someone item text says took part in that item, and no list names, is a guest."""
    known = {fold(p.name) for p in out["attendees"] + out["guests"] + out["absentees"]}
    for i in sorted(item_lines):
        line = lines[i]
        text = line.text
        if ":" in text and line.number not in quoted and _labelled_guests(out, line, known):
            continue  # "Oplægsholder: Niels Odgaard, driftsleder, Vestjysk Affald I/S"
        if ("deltog" not in text and "deltager" not in text) or line.number in quoted:
            continue
        j = i + 1  # the sentence goes on over a wrapped line: "... Rasmus Gade, Aalborg" over
        while (  # "Universitetshospital."
            j in item_lines and lines[j].text and not text.endswith(".") and len(text) < 400
        ):
            text = f"{text} {lines[j].text}"
            j += 1
        for sentence in NEXT_SENTENCE.split(text):
            m = _ITEM_GUEST_SENTENCE.match(sentence.lstrip("- "))
            if m is None:
                continue
            # "Under punktet deltog Anja Kirk og Bo Lind": each
            who = m.group("who")
            if who is None:
                entries = list_entries(m.group("after"))
            elif " og " in who or " samt " in who:
                entries = list_entries(who)  # "..., Nørre Kærby Skole, og PPR-leder Annika Lau"
            else:
                entries = [who]  # "Afdelingsleder Kirsten Høg, Madservice Odder": one person
            for entry in entries:
                parts = parse_person(entry)
                if parts is None or " " not in parts.name or not full_person(parts.name):
                    continue  # "Ulla deltog under punktet": a first name, likely someone listed
                if fold(parts.name) in known:
                    continue
                known.add(fold(parts.name))
                out["guests"].append(_person_from(parts, sentence.strip(), line_span(line)))


_GUEST_LABEL_MAX: Final = 40  # "Gæst under punktet om budgettet:": the longest guest label


def _labelled_guests(out: dict[str, Any], line: Line, known: set[str]) -> bool:
    """A guest label and its people on a line of item text ("Gæst: Lise Holm, Rambøll",
    "Oplægsholder: Niels Odgaard, driftsleder, Vestjysk Affald I/S"): guests of the meeting
    (full names only; someone listed already stays as listed)."""
    colon = line.text.find(":")
    if not 1 < colon <= _GUEST_LABEL_MAX or field_kind(line.text[:colon]) is not FieldKind.GUESTS:
        return False  # (the label's words before its colon, a cheap test before ``label_of``)
    label = label_of(line)
    if label is None or not label[1] or field_kind(label[0]) is not FieldKind.GUESTS:
        return False
    value = NEXT_SENTENCE.split(label[1])[0]
    one = parse_person(value) if "," in value and one_entry(value) else None
    for parts in [one] if one is not None else map(parse_person, list_entries(value)):
        if parts is None or " " not in parts.name or not full_person(parts.name):
            continue
        if fold(parts.name) not in known:
            known.add(fold(parts.name))
            out["guests"].append(_person_from(parts, line.text.strip(), line_span(line)))
    return True


def _titles_in_items(out: dict[str, Any], lines: tuple[Line, ...], item_lines: set[int]) -> None:
    """ "Kasserer Ole Sandberg gennemgik regnskabet", "Formanden Niels Erik Bach bød velkommen":
    a title written in item text right before the full name of an attendee (or guest) the lists
    give without one is that person's title; a chair title ("formand") is also the person's
    role, so the formand chairs when no one else is named chair."""
    untitled = [
        (key, k, p)
        for key in ("attendees", "guests")
        for k, p in enumerate(out[key])
        if p.title is None and p.name.count(" ") >= 1 and len(p.name) >= 6
    ]
    if not untitled or not item_lines or len(untitled) > _TITLES_IN_ITEMS_LIMIT:
        return  # (a search per person: bounded, so a list of thousands stays linear)
    text = "\n".join(lines[i].text for i in sorted(item_lines))
    for key, k, person in untitled:
        at = text.find(person.name)
        while at >= 0:
            before = text[text.rfind("\n", 0, at) + 1 : at]
            word = before.split()[-1] if before.endswith(" ") and before.strip() else ""
            if word.endswith(",") and text.startswith(", ", at + len(person.name)):
                word = word[:-1]  # "Formanden, Karen Sønderby, bød velkommen": apposition
            titled = word.isalpha() and known_title(word)
            as_post = _AS_POST.match(text, at + len(person.name)) if not titled else None
            if as_post is not None and known_title(post := as_post.group(1)):
                # "... konstitueret sig med Hans Vestergaard som kasserer": his post
                roles = _with_role(person.roles, chair_title(post))
                out[key][k] = new.updated(person, {"title": post, "roles": roles})
                break
            parts = parse_person(f"{word} {person.name}") if titled else None
            if parts is not None and parts.name == person.name and parts.title == word:
                bare = word[:-2] if word.endswith("en") and not chair_title(word) else word
                role = (
                    chair_title(bare) if normalise_label.of(bare) in ITEM_TEXT_CHAIR_WORDS else None
                )
                title = indefinite_title(word) or word  # "Formanden Karsten Vind": formand
                out[key][k] = new.updated(
                    person, {"title": title, "roles": _with_role(person.roles, role)}
                )
                break
            at = text.find(person.name, at + len(person.name))


def _with_role(roles: list[str], role: str | None) -> list[str]:
    """The roles with ``role`` added, when there is one and it is not among them yet."""
    return roles if role is None or role in roles else [*roles, role]


_AS_POST: Final = re.compile(r"\s+som\s+([a-zæøå]{4,})\b")  # "Hans Vestergaard som kasserer"


_SPEAKER_VERB: Final = "|".join(v.replace(" ", r"\s+") for v in SPEAKER_VERBS)


SPEAKER: Final = re.compile(
    r"(?:^|[.!?:]\s+|^[-*•]\s+)(?:[A-ZÆØÅ][\w-]*[^\Ws]s\s+(?=[a-zæøå]))?"  # "Foreningens formand"
    r"(?:(?P<title>[A-ZÆØÅa-zæøå][\w-]+)\s+)?"
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w.-]*){1,3})"
    # "(V)", "(nr. 17)", "(plads B-17)", "(have 27)", "(Klitvej 17)": his party, house, berth,
    # garden or address
    r"(?:\s+\((?:[A-ZÆØÅ]{1,2}|(?:nr\.|plads|have|parcel)\s?[A-ZÆØÅ]?-?\d{1,4}\w?"
    r"|[A-ZÆØÅ][a-zæøå-]{2,30}\s\d{1,4}[A-Za-z]?)\))?,?\s+"
    rf"(?:{_SPEAKER_VERB})\b"
)
"""A sentence of item text that opens with a title and a full name before what the person did
at the meeting ("Kasserer Anja Mikkelsen gennemgik regnskabet.", "Formanden Rune Østergaard
bød velkommen.", "Borgmester Kim Haugaard (V) orienterede om ..."); the title may follow
whose post it is ("Foreningens formand Inger Thomsen bød velkommen"). The word before the
name may also be no title ("Andelshaver Peter Holm motiverede forslaget") or the first of the
name ("Jørgen Friis motiverede sit forslag"): the full name, opening with a first name, is
the speaker's."""


_SPEAKER_STARTS: Final = re.compile(r"[.!?:]")  # where a match of SPEAKER can start, but 0


def speaker_matches(text: str) -> list[re.Match[str]]:
    """``list(SPEAKER.finditer(text))``, tried only where a match can start (the text's start
    and its marks "." "!" "?" ":"): the pattern opens with "^" or a mark, so the engine would
    try it at every character of a long line."""
    found: list[re.Match[str]] = []
    m = SPEAKER.match(text)
    end = 0
    if m is not None:
        found.append(m)
        end = m.end()
    for mark in _SPEAKER_STARTS.finditer(text, end):
        at = mark.start()
        if at >= end and (m := SPEAKER.match(text, at)) is not None:
            found.append(m)
            end = m.end()
    return found


# substrings before SPEAKER: each verb's first word ("trak" of "trak sit forslag", not the
# common "forslag", which would let most lines of a general assembly through)
_SPEAKER_GATE: Final = tuple(v.split()[0] for v in SPEAKER_VERBS)


_VERB_FIRST_SPEAKER: Final = re.compile(  # (Danish word order after an adverbial)
    # (a title group that never matches: the speaker's reader asks for one)
    r"(?<=[a-zæøå,] )(?:trak|spurgte|præsenterede)\s+(?P<title>(?!))?"
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,2})"
    r"(?=\s*\([^()]{1,30}\)|\s+(?:sit|sine|sig|til|om)\b)"
)


_SPEAKERS_LIMIT: Final = 2_000  # lines with a verb: bounded, so a long text stays linear


def _name_prefixes(folded: Iterable[str]) -> set[str]:
    """The leading first names of folded full names: "poul erik" and "poul" of "poul erik
    sand" (a name written with them alone is that person's, not someone new)."""
    return {" ".join(k.split()[:n]) for k in folded for n in range(1, k.count(" ") + 1)}


def _speakers_in_items(
    out: dict[str, Any],
    lines: tuple[Line, ...],
    item_lines: set[int],
    quoted: set[int],
    heads: set[int],
) -> None:
    """Someone minutes name as speaking or presenting at the meeting, whom no list names: an
    attendee (``SPEAKER``); not inside another body's quoted decision. Those named with a
    title first, then those named without one (a later sentence may give her title)."""
    known = {fold(p.name) for key in ("attendees", "guests", "absentees") for p in out[key]}
    if out["minute_taker"] is not None:  # "Referent: Michael Dyhr, driftschef": staff, whom
        known.add(fold(out["minute_taker"].name))  # the lists read later (a guest)
    prefixes: set[str] | None = None
    untitled: list[Person] = []
    seen = 0
    for i in sorted(item_lines):
        text = lines[i].text
        if not text or lines[i].number in quoted or not contains_any(text, _SPEAKER_GATE):
            continue
        seen += 1
        if seen > _SPEAKERS_LIMIT:
            break
        found = speaker_matches(text)
        if " trak " in text or " spurgte " in text or " præsenterede " in text:
            found += _VERB_FIRST_SPEAKER.finditer(text)  # "Efter en kort debat trak Erik
        for m in found:  # Schou sit forslag.": the speaker after the verb
            title: str | None = m.group("title")
            name = m.group("name")
            if title is not None and not known_title(title):
                if title[:1].isupper() and starts_with_first_name(f"{title} {name}"):
                    name = f"{title} {name}"  # "Jørgen Friis motiverede ...": no title
                elif not title[:1].isupper() or not starts_with_first_name(name):
                    continue
                title = None  # "Andelshaver Peter Holm motiverede ...": a word, no title
            if title is None and not _untitled_speaker(
                name, lines, i, m.start(), item_lines, heads
            ):
                continue
            folded = fold(name)
            if folded in known:
                continue
            if prefixes is None:  # the first names of everyone listed ("poul erik"), once
                prefixes = _name_prefixes(known)
            if folded in prefixes:
                continue  # "Kassereren Poul Erik gennemgik ...": Poul Erik Thy of the list
            parts = parse_person(f"{title} {name}" if title else name)
            if parts is None or parts.name != name or not starts_with_first_name(name):
                continue
            person = new.Person(
                name=name,
                title=(indefinite_title(title) or title) if title else None,
                written=text[m.start("title" if title else "name") : m.end("name")],
                span=span_of(lines[i].number, lines[i].number),
            )
            if title is None:
                untitled.append(person)
                continue
            known.add(folded)
            out["attendees"].append(person)
    for person in untitled:
        if (folded := fold(person.name)) not in known:
            known.add(folded)
            out["attendees"].append(person)


def _untitled_speaker(
    name: str, lines: tuple[Line, ...], i: int, at: int, item_lines: set[int], heads: set[int]
) -> bool:
    """Whether a name before a speaker's verb with no title before it is a speaker's full name
    ("Jørgen Friis motiverede sit forslag"): its last word is no first name ("Poul Erik
    fortalte" names someone by his first names), and it does not open a line that goes on
    from the line above ("Kassereren" over "Ulla Mørup svarede ...": her title is there)."""
    if name.count(" ") > 3 or name.rsplit(" ", 1)[-1].casefold() in FIRST_NAMES:
        return False
    if (
        at == 0
        and i - 1 in item_lines
        and i - 1 not in heads
        and lines[i - 1].kind is not LineKind.HEADING
    ):
        above = lines[i - 1].text  # (a head over it ends no sentence: "Punkt 3: Eventuelt")
        return not above or above[-1] in ".!?:)"
    return True


def _with_wrapped_sentence(
    lines: tuple[Line, ...], i: int, item_lines: set[int]
) -> tuple[str, Span]:
    """Line ``i``'s text, with the next line when a hard wrap broke a sentence between them ("...
    Som stemmetællere" over "valgtes Inger Post og Bjarne Ejlers.", or a name after its first
    name), and its span."""
    line = lines[i]
    text = line.text
    nxt = lines[i + 1] if i + 1 < len(lines) and i + 1 in item_lines else None
    open_list = text.endswith((" og", " samt")) or text.count("(") > text.count(")")
    if (
        nxt is not None
        and (text[-1:].isalpha() or open_list)
        and nxt.kind is LineKind.TEXT
        and (
            nxt.text[:1].islower()  # ("... Som stemmetællere valgtes Asger" over "Bloch og
            or (nxt.text[:1].isupper() and starts_with_first_name(text.rpartition(" ")[2]))
            # ("... valgtes Jytte Holm og" over "Ahmad Karimi.", "... Anna Lund (nr." over "8,
            # 2. th.) og Mikkel Frost": a list or a bracket left open)
            or (open_list and (nxt.text[:1].isupper() or nxt.text[:1].isdigit()))
        )  # Pernille Ravn.": a name broken after its first name)
        and not (nxt.bullet or nxt.list_number is not None)
    ):
        return f"{text} {nxt.text}", span_of(line.number, nxt.number)
    return text, span_of(line.number, line.number)


def _attendance_in_items(
    out: dict[str, Any], lines: tuple[Line, ...], item_lines: set[int], quoted: set[int]
) -> bool:
    """An attendance list written in the first item's text (``item_lines``: "## 1. Velkomst og
    fremmøde" over "Til stede: Per Hald (formand), Maria Skov"), when the document lists its
    attendees nowhere else: the meeting's attendees (a later item's "Deltagere:" is about
    something else: a working group, an event). Only a plain attendance label (``Til
    stede``, ``Deltagere``, ``Fremmødte``; not "Deltagere i arbejdsgruppen"), its names on its
    line or one per line right under it. True when some were added."""
    present = {fold(p.name) for p in out["attendees"]}
    before = len(out["attendees"])
    for i in sorted(item_lines):
        line = lines[i]
        if not line.text or line.number in quoted or len(line.text) > 400:
            continue
        label = label_of(line)
        if label is None or normalise_label.of(label[0]) not in PRESENCE_LABELS:
            continue
        value = NEXT_SENTENCE.split(label[1])[0]  # "... og Ulrik Winge. Afbud: Nanna Hjort."
        entries = [(e, line) for e in list_entries(value)] if value else []
        j = i + 1
        while not label[1] and j in item_lines and lines[j].blank:
            j += 1  # "**Deltagere**", a blank line, then the names
        while not label[1] and j in item_lines and lines[j].text and label_of(lines[j]) is None:
            entries.append((lines[j].text, lines[j]))  # "Til stede:" over a name per line
            j += 1
        for written, at in entries:
            parts = parse_person(written)
            if parts is not None and full_person(parts.name):
                _add_attendee(out, present, parts, written, span_of(at.number, at.number))
    return len(out["attendees"]) > before


_LISTED_BY_ROLE: Final = frozenset(
    {VOTE_COUNTER_ROLE, *CHAIR_ROLES, *MINUTE_TAKER_ROLES, *STAND_IN_ROLES}
)


def _signers_present(out: dict[str, Any], lines: tuple[Line, ...], after: int) -> None:
    """A signature page as the only record of who attended ("Underskrifter:" or a rule of
    underscores after the last item, then a name under each rule; else the line that closes
    the meeting, then names, maybe in columns): the members who sign the protocol were at the
    meeting. Only when no list names two attendees or more (those named for one role, a
    substitute, the chair, the minute-taker, count for none); not the absentees; two signers
    or more, every line of the page a rule, a name, or a name with its post ("Inge Lise
    Abildgaard, borgmester")."""
    if sum(1 for p in out["attendees"] if not _LISTED_BY_ROLE.intersection(p.roles)) >= 2:
        return
    found = _signed_under(lines, after, _opens_signatures)
    if not found:  # (under the closing line: a members' page, not the dirigent and referent)
        found = _signed_under(lines, after, _closes_the_meeting)
        found = found if len(found) >= _MEMBERS_SIGNING else []
    if len(found) < 2:
        return
    away = {fold(p.name) for p in out["absentees"]}
    present = {fold(p.name) for p in out["attendees"]} | away
    for parts, line in found:
        _add_attendee(out, present, parts, line.text, span_of(line.number, line.number))


_MEMBERS_SIGNING: Final = 3
"""Signers under the line that closes the meeting who record its attendance: the members, not
only the two who sign every protocol (the dirigent and the referent)."""


def _opens_signatures(line: Line) -> bool:
    """ "Underskrifter:", "Underskrevet af", a rule of underscores."""
    if line.text and normalise_label.of(line.text) in SIGNATURE_HEADINGS:
        return True
    return SIGNATURE_RULE.match(line.text or line.raw.strip()) is not None


def _closes_the_meeting(line: Line) -> bool:
    """ "Mødet hævet kl. 22.10." (an old protocol's members sign under it)."""
    return bool(line.text) and closes_meeting(line.text)


def _signed_under(
    lines: tuple[Line, ...], after: int, opens: Callable[[Line], bool]
) -> list[tuple[PersonParts, Line]]:
    """The signers under the first line from ``after`` on that ``opens`` a signature page:
    none unless every line under it is a rule, a place and date, the protocol writer's mark
    ("/ J. Thomsen") or names ("Jens Peder Hvam, formand        Marianne Østergaard")."""
    start = next((i for i in range(after, len(lines)) if opens(lines[i])), None)
    if start is None:
        return []
    found: list[tuple[PersonParts, Line]] = []
    for line in lines[start + 1 :]:
        text = line.text or line.raw.strip()
        if not text or SIGNATURE_RULE.match(text) or dated_signature(text) or text[0] == "/":
            continue
        cells = layout_columns(line.raw) if "   " in line.raw.strip() else [text]
        for cell in cells:
            parts = signer_alone(cell)
            if parts is None:
                return []  # prose or a place and date: no page of signatures only
            found.append((parts, line))
    return found


_FOR_ONE_ITEM: Final = re.compile(FOR_ONE_ITEM, re.IGNORECASE)


def _substitutes_in_item(out: dict[str, Any], text: str, span: Span, present: set[str]) -> None:
    """A substitute named in item text ("Stedfortræder Pia Holt deltog i stedet for Mogens
    Dahl.", "Ole Bak deltog som suppleant for Eva Lind."): she attended the meeting, as under
    the people labels; not when the sentence is about one item ("... under behandlingen af
    punktet"). ``present``: the folded names of the attendees so far (grows)."""
    for sentence in NEXT_SENTENCE.split(text.lstrip("- ")):
        if _FOR_ONE_ITEM.search(sentence):
            continue
        # "Fraværende: Rikke Damgaard (Ø) - Frederik Aas (Ø) mødte som stedfortræder.": the
        # substitute after the dash
        found = substitutes_in(sentence.strip())
        if not found and " - " in sentence:
            found = [f for p in sentence.split(" - ")[1:] for f in substitute_alone(p.strip())]
        for written, parts in found:
            if fold(parts.name) in present:  # listed: she came as a substitute
                _with_roles(out, parts.name, parts.roles)
            _add_attendee(out, present, parts, written, span)


def _with_roles(out: dict[str, Any], name: str, roles: list[str]) -> None:
    """The listed attendee ``name`` with ``roles`` added ("Frank Sejer (V) deltog som
    stedfortræder for ..." under a list that names him)."""
    key = fold(name)
    out["attendees"] = [
        new.updated(p, {"roles": [*p.roles, *(r for r in roles if r not in p.roles)]})
        if fold(p.name) == key and any(r not in p.roles for r in roles)
        else p
        for p in out["attendees"]
    ]


_VOTE_COUNTERS: Final = re.compile(VOTE_COUNTERS, re.IGNORECASE)


_COUNTERS_CLAUSE: Final = re.compile(r",?\s+og\s+(?=som\s+stemme)", re.IGNORECASE)


def _vote_counters_in_item(out: dict[str, Any], text: str, span: Span, present: set[str]) -> None:
    """The vote counters a general assembly chose ("Stemmetællere: Ole Bak og Tina Friis", "Som
    stemmetællere valgtes Karin Holm og Jørgen Lauridsen."): attendees with the role
    stemmetæller."""
    clauses = (
        clause
        for sentence in NEXT_SENTENCE.split(text.lstrip("- "))
        # "Som referent valgtes Signe Munk, og som stemmetællere Ulla Vejlgaard og Mikkel Brandt."
        for clause in _COUNTERS_CLAUSE.split(sentence.strip())
    )
    for clause in clauses:
        m = _VOTE_COUNTERS.match(clause)
        if m is None:
            continue
        names = m.group("names") if m.group("names") is not None else m.group("before")
        for written in list_entries(names.strip().rstrip(".")):
            parts = parse_person(written)
            if parts is None or not (is_name(parts.name) or first_name_in(parts.name)):
                continue
            if VOTE_COUNTER_ROLE not in parts.roles:
                parts.roles = [*parts.roles, VOTE_COUNTER_ROLE]
            _add_attendee(out, present, parts, written, span)


def _officers_present(out: dict[str, Any]) -> list[Person]:
    """The chair and the minute-taker minutes name (``Mødeleder:``, ``Referent:``, a general
    assembly's dirigent elected under the first item or signing at the end) and no list does:
    they led the meeting and wrote its minutes, so they attended it. Outside a general assembly
    only a full name counts ("Referent: Lise" may be a listed Lise Holm)."""
    chair: Person | None = out["chair"]
    assembly = chair is not None and ASSEMBLY_CHAIR_ROLE in chair.roles
    added: list[Person] = []
    for person in (chair, out["minute_taker"]):
        if person is None or (not assembly and " " not in person.name):
            continue  # (elsewhere a full name: not "Lise", nor initials, of someone listed)
        key = fold(person.name)
        listed = {fold(p.name) for p in out["attendees"] + out["guests"] + out["absentees"]}
        if key not in listed and key not in _name_prefixes(listed):
            out["attendees"].append(person)  # (not "Poul Erik" of a listed Poul Erik Sand)
            added.append(person)
            if (person is out["minute_taker"] and _staff(person)) or (
                person.organisation is not None
                and person.organisation != out.get("organisation")
                and is_organisation.of(person.organisation)
            ):  # "Referent: HR-konsulent Kirsten Holmgaard", "Dirigent: advokat Henrik
                out["guests"].append(person)  # Stæhr-Olsen, Advokatfirmaet Stæhr & Friis"
    return added


def _staff(person: Person) -> bool:
    """A person the minutes call staff by her title or unit ("HR-konsulent", "økonomichef",
    ", sekretariatet")."""
    title = (person.title or "").casefold()
    unit = (person.organisation or "").casefold()
    return (bool(title) and title.endswith(STAFF_TITLE_ENDINGS)) or unit in STAFF_UNITS


def _add_attendee(
    out: dict[str, Any], present: set[str], parts: PersonParts, written: str, span: Span
) -> None:
    """One more attendee read from item text, unless already listed (``present``: folded
    names, grows)."""
    if fold(parts.name) in present:
        return
    present.add(fold(parts.name))
    out["attendees"].append(_person_from(parts, written.strip(), span))


def _person_from(
    parts: PersonParts, written: str, span: Span, roles: list[str] | None = None
) -> Person:
    """The ``Person`` of a name's parts as written on the line of ``span``."""
    return new.Person(
        name=parts.name,
        title=parts.title,
        organisation=parts.organisation,
        party=parts.party,
        roles=parts.roles if roles is None else roles,
        written=written,
        span=span,
    )


_INITIALS_VALUE: Final = anchored(
    r"^/?\s*([A-ZÆØÅ]{2,5})\.?(?:\s*[/,]\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?$"
)
"""A chair's or minute-taker's value that is initials ("KBJ", "Ref. DF / 29.01.2025": with the
date of the signature; "Ref. /LV": after a slash)."""


def _roles_by_initials(out: dict[str, Any], *, minutes: bool) -> None:
    """ "Mødeleder: AH", "Referent: KBJ": initials that one attendee (or guest) has, by an
    Initialer column or by the first letters of the name, make that person chair or minute-taker.
    Initials that no one listed has are the person as written (in ``minutes``, one who
    attended); initials several people have are not guessed."""
    for field in out["fields"]:
        kind = field_kind(field.label)
        key = (
            "chair"
            if kind is FieldKind.CHAIR
            else ("minute_taker" if kind is FieldKind.MINUTE_TAKER else None)
        )
        value = field.value.strip()
        if value.islower() and len(value) <= 3:
            value = value.upper()  # "ref: mj": initials in small letters
        m = _INITIALS_VALUE.match(value)
        if key is None or m is None or out[key] is not None:
            continue
        matches = [p for p in out["attendees"] + out["guests"] if m.group(1) in _initials_of(p)]
        names = {fold(p.name) for p in matches}
        role = "referent" if key == "minute_taker" else normalise_label.of(field.label)
        role = PERSON_ROLES.get(role, role)
        if not names and not any(m.group(1) in _initials_of(p) for p in out["absentees"]):
            initials = m.group(1)  # "Ref.: KBJ" and no list spells her name: KBJ
            out[key] = new.Person(
                name=initials,
                initials=initials,
                roles=[role],
                written=field.value.strip(),
                span=field.span,
            )
            if minutes:
                out["attendees"].append(out[key])
            continue
        if len(names) > 1:  # "Sanne Kofoed (SK)" beside Sabina Kowalska: the written ones
            written = [p for p in matches if (p.initials or "").upper() == m.group(1)]
            if len({fold(p.name) for p in written}) == 1:
                matches, names = written, {fold(written[0].name)}
        if len(names) != 1:
            continue  # several: not guessed
        person = matches[0]
        out[key] = new.updated(
            person,
            {
                "roles": [*person.roles, *([role] if role not in person.roles else [])],
                "written": field.value.strip(),
                "span": field.span,
            },
        )


_FIRST_AND_INITIAL: Final = re.compile(r"([A-ZÆØÅ][a-zæøå]+)\s+([A-ZÆØÅ])\.?")
"""A first name and a surname's initial ("Emma B.")."""


def _roles_by_first_name(out: dict[str, Any]) -> None:
    """ "Referent: Jette" over a list with Jette Bisgaard: a chair or minute-taker named by a
    first name (or a nickname: "Ordstyrer: Heino" over 'Henrik "Heino" Nielsen') that one
    attendee (or guest) alone has is that person."""
    for key in ("chair", "minute_taker"):
        named: Person | None = out[key]
        if named is None or not named.name[:1].isupper():
            continue
        first = fold(named.name)
        initial = _FIRST_AND_INITIAL.fullmatch(named.name)  # "Ref.: Emma B."
        if initial is not None:
            first = fold(initial.group(1))
        elif " " in first and not all(starts_with_first_name(w) for w in named.name.split()):
            continue  # "Poul Erik" (two first names) like "Jette"; not a full name
        nickname = f'"{named.name}"'  # 'Ordstyrer: Heino' over 'Henrik "Heino" Nielsen'
        matches = [
            p
            for p in out["attendees"] + out["guests"]
            if " " in p.name
            and p.name != named.name  # (not "Emma B." herself, already listed)
            and (fold(p.name).startswith(first + " ") or nickname in p.written)
            and (  # "Emma B.": Emma Bjerregaard, not Emma Holm
                initial is None or any(w[:1] == initial.group(2) for w in p.name.split()[1:])
            )
        ]
        if len({fold(p.name) for p in matches}) != 1:
            continue
        person = matches[0]
        roles = [*person.roles, *(r for r in named.roles if r not in person.roles)]
        out[key] = new.updated(
            person, {"roles": roles, "written": named.written, "span": named.span}
        )
        for listed in ("attendees", "guests"):  # "Ref.: Emma B." listed as herself: she is
            out[listed] = [  # Emma Bjerregaard, listed already
                p for p in out[listed] if not (p.name == named.name and p.span == named.span)
            ]


_KEY_ENTRY: Final = re.compile(  # "KH = Karina Holm", "DvM = Dirk van Meeteren", "THo = ..."
    r"(?<![\w])([A-ZÆØÅ](?:[a-zæøå]?[A-ZÆØÅ]){1,3}[a-zæøå]?)\s*=\s*(?=[A-ZÆØÅ])"
)


# "HB  Henrik Bruun, forælderrepr., formand": a key's line, the initials and the name apart
_KEY_LINE: Final = re.compile(r"^([A-ZÆØÅ]{2,4})\s+([A-ZÆØÅ][a-zæøå].*)$")


_MAIL_SENDER: Final = anchored(r"^(?:fra|from):\s+([^@<>]{3,60}?)\s+<?[\w.+-]+@[\w.-]+>?$", re.I)


_SURNAME_FIRST: Final = re.compile(r"([A-ZÆØÅ][\w-]+),\s+([A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?)")


_SELF_WRAPPED: Final = re.compile(
    rf"^(?:og|samt)\s+(?:{'|'.join(sorted(SELF_REFERENCES))})\b", re.IGNORECASE
)


def _writer_named(out: dict[str, Any], header_lines: list[Line]) -> None:
    """ "Til stede var: Inger Lauridsen, Svend Aage Holm og mig selv." in minutes sent by
    e-mail ("Fra: Karen Mølgaard <karen@...>"): the writer is the sender, an attendee and,
    when no one else is named, the minute-taker."""
    fields: list[HeaderField] = out["fields"]
    listed = [f for f in fields if f.value and field_kind(f.label) is FieldKind.ATTENDEES]
    # "Fra forvaltningen deltog teknisk direktør X og undertegnede.": she came as staff
    with_staff = any(
        field_kind(f.label) is FieldKind.GUESTS and _names_self(f.value) for f in fields if f.value
    )
    if (
        not with_staff
        and not any(_names_self(f.value) for f in listed)
        and not (listed and any(_SELF_WRAPPED.match(ln.text) for ln in header_lines))
    ):  # ("Vi var: Jens, Marianne, Poul" over "og mig selv. Lotte havde meldt afbud.")
        return
    sender = next(
        (m for ln in header_lines[:12] if (m := _MAIL_SENDER.match(ln.text)) is not None), None
    )
    if sender is None:
        return
    written = sender.group(1).strip("\"' ")
    if (turned := _SURNAME_FIRST.fullmatch(written)) is not None and starts_with_first_name(
        turned.group(2)
    ):  # "Fra: Kragh, Susanne <sukr@...>" (Outlook's "Surname, First names")
        written = f"{turned.group(2)} {turned.group(1)}"
    parts = parse_person(written)
    if parts is None or not full_person(parts.name):
        return
    known = {fold(p.name) for p in out["attendees"]}
    if fold(parts.name) in known:
        return
    line = next(ln for ln in header_lines if _MAIL_SENDER.match(ln.text) is not None)
    person = _person_from(parts, line.text, line_span(line), ["referent"])
    out["attendees"].append(person)
    if with_staff:
        out["guests"].append(person)  # the writer came with the administration's staff
    if out["minute_taker"] is None:
        out["minute_taker"] = person


def _names_self(value: str) -> bool:
    """A people field's value naming its writer ("... og undertegnede", "mig selv")."""
    low = value.casefold()
    return any(w in low for w in SELF_REFERENCES)


def _sender_sent_minutes(out: dict[str, Any], header_lines: list[Line]) -> None:
    """An e-mail whose sender sends the minutes in her own words ("Her kommer referatet fra
    mandagens møde ...") and is among those present: she wrote them, the minute-taker."""
    sender: re.Match[str] | None = None  # (the nearest sender above: a forwarded mail's own)
    for ln in header_lines[:40]:
        if ln.text[:4] in ("Fra:", "From"):
            sender = _MAIL_SENDER.match(ln.text) or sender
        elif ln.text[:1] == "H" and MINUTES_SENT.match(casefolded.of(ln.text)):
            break
    else:
        return
    parts = parse_person(sender.group(1).strip("\"' ")) if sender is not None else None
    if parts is None or not full_person(parts.name):
        return
    _listed_as_minute_taker(out, parts)


def _listed_as_minute_taker(out: dict[str, Any], parts: PersonParts) -> bool:
    """The attendee of the sender's name made the minute-taker; False when none is listed."""
    for k, person in enumerate(out["attendees"]):
        if fold(person.name) == fold(parts.name):
            taker = new.updated(person, {"roles": _with_role(person.roles, "referent")})
            out["attendees"][k] = taker
            out["minute_taker"] = taker
            return True
    return False


def _says_she_takes_minutes(text: str) -> bool:
    return "jeg " in text.casefold() and _I_TAKE_MINUTES.search(text.casefold()) is not None


def _sender_takes_minutes(
    out: dict[str, Any], header_lines: list[Line], own_lines: Sequence[Line]
) -> None:
    """An e-mail whose sender says she takes the minutes ("Henrik er mødeleder, og jeg tager
    referat som sædvanligt."): the sender is the minute-taker, and attends."""
    sender: re.Match[str] | None = None
    for ln in header_lines[:40]:
        if ln.text[:4] in ("Fra:", "From"):
            sender = _MAIL_SENDER.match(ln.text) or sender
        elif sender is not None and _says_she_takes_minutes(ln.text):
            break
    else:
        # ("Jeg tager referat som sædvanlig." under the agenda's "Eventuelt": before any
        # earlier e-mail quoted below)
        if sender is None or not any(_says_she_takes_minutes(ln.text) for ln in own_lines):
            return
    assert sender is not None  # (the loop breaks only after a sender)
    parts = parse_person(sender.group(1).strip("\"' "))
    if parts is None or not full_person(parts.name):
        return
    if _listed_as_minute_taker(out, parts):
        return
    line = next(ln for ln in header_lines if _MAIL_SENDER.match(ln.text) is not None)
    taker = _person_from(parts, line.text, line_span(line), ["referent"])
    out["attendees"].append(taker)
    out["minute_taker"] = taker


_I_TAKE_MINUTES: Final = re.compile(
    r"\bjeg\s+(?:tager|skriver|tog|skrev|fører)\s+(?:referat(?:et)?|protokol(?:len)?)\b"
    r"|\bjeg\s+(?:er|var)\s+referent\b"
)
"""The sender's own words that she takes the minutes ("... og jeg tager referat")."""


def _initials_key(lines: list[Line]) -> dict[str, PersonParts]:
    """A key of initials in the header ("(KH = Karina Holm, formand · BL = Bo Lykke)", or "- KH
    = Karina Holm" per line): the person each stands for, when the name starts with the same
    letter."""
    key: dict[str, PersonParts] = {}
    for line in lines:
        text = line.text
        if "=" not in text:
            continue
        starts = list(_KEY_ENTRY.finditer(text))
        if not starts or (len(starts) == 1 and starts[0].start() > 2):
            continue
        ends = [m.start() for m in starts[1:]] + [len(text)]
        for m, end in zip(starts, ends, strict=True):
            parts = parse_person(_balanced(text[m.end() : end].strip(" ·;,")))
            if (
                parts is not None
                and parts.name[:1] == m.group(1)[:1]
                and is_name(parts.name, allow_single=False)
            ):
                key[m.group(1)] = parts
    if not key:  # a key's lines without "=": the initials must be the name's own
        for line in lines:
            row = _KEY_LINE.match(line.text) if line.text[:2].isupper() else None
            named = parse_person(row.group(2)) if row is not None else None
            if row is not None and named is not None and own_initials(row.group(1), named.name):
                key[row.group(1)] = named
        if len(key) < 2:
            return {}
    return key


def _balanced(piece: str) -> str:
    """An entry of a key without a bracket around it ("(KH = Karina Holm)": "Karina Holm"),
    keeping its own ("Martin Kragh (CEO)")."""
    while piece[-1:] == ")" and piece.count(")") > piece.count("("):
        piece = piece[:-1].rstrip(" ·;,")
    while piece[:1] == "(" and piece.count("(") > piece.count(")"):
        piece = piece[1:].lstrip()
    return piece


def _named_by_key(out: dict[str, Any], header_lines: list[Line], lines: tuple[Line, ...]) -> None:
    """ "Tilstede: KH, BL, MN" over a key of the initials ("KH = Karina Holm, formand"), or the
    key at the end of the minutes: each person written as initials is the person the key
    names, with the key's details."""
    people = [*out["attendees"], *out["absentees"], *out["guests"], out["chair"]]
    if not any(
        p is not None and p.name.isupper() and _INITIALS_VALUE.match(p.name) for p in people
    ):
        return
    key = _initials_key(header_lines)
    if not key:  # "AH = Anne Holm, formand" under the last item
        last = header_lines[-1].number if header_lines else 0
        key = _initials_key([ln for ln in lines if ln.number > last])
    if not key:
        return

    def named(person: Person) -> Person:
        parts = key.get(person.name)  # the key's own initials: "AH", "DvM"
        if parts is None:
            return person
        changes: dict[str, Any] = {"name": parts.name, "initials": person.name}
        for detail in ("title", "organisation", "party"):
            if getattr(person, detail) is None and getattr(parts, detail) is not None:
                changes[detail] = getattr(parts, detail)
        roles = [r for r in parts.roles if r not in person.roles]
        if roles:
            changes["roles"] = [*person.roles, *roles]
        return new.updated(person, changes)

    for group in ("attendees", "absentees", "guests"):
        out[group] = [named(p) for p in out[group]]
    for role in ("chair", "minute_taker"):
        if out[role] is not None:
            out[role] = named(out[role])


def _named_by_initials(out: dict[str, Any]) -> None:
    """ "Deltagere: JHA, MKL" beside a key of names ("| JHA | Jens Hald | Aarhus Kommune |"): an
    attendee written as initials alone is the one other attendee or guest with those initials,
    listed once (in the place of the initials, with the key's name and organisation)."""
    attendees: list[Person] = out["attendees"]
    if not any(p.initials is not None and p.name == p.initials for p in attendees):
        return
    named = [p for p in attendees + out["guests"] if p.name != p.initials]
    taken: set[int] = set()  # ids of the named entries that took an attendee's place
    found: list[Person] = []
    for person in attendees:
        if person.initials is None or person.name != person.initials:
            found.append(person)
            continue
        matches = [p for p in named if person.name in _initials_of(p)]
        if len({fold(p.name) for p in matches}) != 1 or id(matches[0]) in taken:
            found.append(person)
            continue
        taken.add(id(matches[0]))
        found.append(matches[0])
    if taken:
        out["attendees"] = _without_later(found, taken)
        out["guests"] = [p for p in out["guests"] if id(p) not in taken]


def _without_later(people: list[Person], taken: set[int]) -> list[Person]:
    """``people`` with each entry in ``taken`` kept only at its first place."""
    seen: set[int] = set()
    kept: list[Person] = []
    for p in people:
        if id(p) in taken:
            if id(p) in seen:
                continue
            seen.add(id(p))
        kept.append(p)
    return kept


def _absent_by_initials(out: dict[str, Any]) -> None:
    """ "Afbud: BS" under a list with Birgitte Sand (BS): the absentee written by initials is
    that attendee, who was not there (she leaves the attendees)."""
    absent: list[Person] = out["absentees"]
    if not any(p.initials is not None and p.name == p.initials for p in absent):
        return
    kept: list[Person] = []
    for person in absent:
        if person.initials is None or person.name != person.initials:
            kept.append(person)
            continue
        if any(p is not person and person.name in _initials_of(p) for p in absent):
            continue  # already absent by name (an unticked "- [ ] Søren Bak (SB)")
        matches = [p for p in out["attendees"] if person.name in _initials_of(p)]
        if len({fold(p.name) for p in matches}) != 1:
            kept.append(person)
            continue
        found = matches[0]
        kept.append(new.updated(found, {"written": person.written, "span": person.span}))
        out["attendees"] = [p for p in out["attendees"] if fold(p.name) != fold(found.name)]
    out["absentees"] = kept


def _absent_by_first_name(out: dict[str, Any], *, minutes: bool) -> None:
    """ "Jannik har meldt afbud." under a list with Jannik Bech: the absentee named by a first
    name that one listed person alone has is that person. In minutes he leaves the attendees;
    an agenda's list of the invited keeps him (as for an absentee named in full)."""
    absent: list[Person] = out["absentees"]
    if not any(" " not in p.name and p.name[:1].isupper() for p in absent):
        return
    kept: list[Person] = []
    for person in absent:
        if " " in person.name or not person.name[:1].isupper():
            kept.append(person)
            continue
        first = fold(person.name)
        matches = [p for p in out["attendees"] if fold(p.name.split()[0]) == first]
        if not matches:  # "Mads har meldt afbud." with "- [ ] Mads Ebbesen" absent already
            named = {
                fold(p.name) for p in absent if " " in p.name and fold(p.name.split()[0]) == first
            }
            if len(named) == 1:
                continue
        if len({fold(p.name) for p in matches}) != 1 or " " not in matches[0].name:
            kept.append(person)
            continue
        found = matches[0]
        if any(fold(p.name) == fold(found.name) for p in absent):
            continue  # already absent by the full name
        kept.append(new.updated(found, {"written": person.written, "span": person.span}))
        if minutes:
            out["attendees"] = [p for p in out["attendees"] if fold(p.name) != fold(found.name)]
    out["absentees"] = kept


def _present_by_first_name(out: dict[str, Any]) -> None:
    """ "Til stede i beboerhuset: Lone, Per, Susanne, Jamal." under "Deltagere: Lone Kjær (...);
    Per Madsen (...); ...": an attendee named by a first name that one other attendee alone has
    is that attendee, listed once (by the full name)."""
    attendees: list[Person] = out["attendees"]
    if not any(" " not in p.name and p.name[:1].isupper() for p in attendees):
        return
    full: dict[str, set[str]] = {}
    for p in attendees:
        if " " in p.name:
            full.setdefault(fold(p.name.split()[0]), set()).add(fold(p.name))
    kept = [
        p
        for p in attendees
        if " " in p.name or not p.name[:1].isupper() or len(full.get(fold(p.name), ())) != 1
    ]
    if len(kept) != len(attendees):
        out["attendees"] = kept


def _initials_of(person: Person) -> set[str]:
    """The initials a person may go by: as written, or the first letters of the name's words
    (first and last name only, too: "Anne Marie Holm" is AMH and AH)."""
    words = [w for w in person.name.replace("-", " ").split() if w[:1].isupper()]
    found = {"".join(w[0] for w in words).upper()}
    if len(words) > 2:
        found.add((words[0][0] + words[-1][0]).upper())
    if person.initials:
        found.add(person.initials.upper())
    return found


MARKED_REFERENT: Final = re.compile(  # words of at most 61 characters: linear on endless "words"
    r"([A-ZÆØÅ][\w-]{1,60}(?:\s+[A-ZÆØÅ][\w.-]{0,60}){1,3})\s*\((?i:ref\.?|referent)\)"
)  # (capitalised words: not "og sekretær Tina Bro (referent)")


_REFERENT_MARK: Final = re.compile(r"\((?:ref\.?|referent)\)", re.IGNORECASE)


_LED_THE_MEETING: Final = re.compile(LED_THE_MEETING)


_LED_INVERTED: Final = re.compile(
    r"^[A-ZÆØÅ][^.]{2,60}?\s(?:ledede|ledte)\s+([^.]{3,80}?)\s+(?:mødet|generalforsamlingen)\b"
)
"""A chair named after the verb, when the sentence opens with something else ("I
borgmesterens fravær ledede viceborgmester Tove Engberg mødet.")."""


_LED_BY: Final = anchored(LED_BY)


_LED_SENTENCE_END: Final = re.compile(r"(?<!\d)\.(?:\s|$)|(?<=\d)\.(?=\s+[A-ZÆØÅ])")


_LED_BY_REASON: Final = re.compile(LED_BY_REASON)


_WELCOMED_AND: Final = re.compile(r"\s+bød\s+(?:\w+\s+){0,2}velkommen(?:\s+\w+){0,3}?\s+og$")


_POST_THEN_NAME: Final = re.compile(r"^([A-ZÆØÅ][a-zæøå]+),\s+([^,]{3,60}?),?\s*$")
"""A post, then the name in apposition: "Formanden, Karen Sønderby," (before "ledede mødet")."""


_RELATIVE_POST: Final = re.compile(r",\s+(?:der|som)\s+(?:er|var)\s+(\w+)[^,]*,?\s*$")


def _leader(before: str) -> PersonParts | None:
    """The person before "ledede mødet": "Borgmester Dorthe West (A)", or "Karen Bruun, der er
    formand for udvalget, bød velkommen og" (her post from the relative clause, the welcome
    left out)."""
    welcomed = "velkommen" in before
    before = _WELCOMED_AND.sub("", before) if welcomed else before
    post: str | None = None
    if "," in before and (apposition := _POST_THEN_NAME.match(before)) is not None:
        post = apposition.group(1).casefold().removesuffix("en")
        if chair_title(post) or known_title(post):  # "Formanden, Karen Sønderby, bød ..."
            before = apposition.group(2)
        else:
            post = None
    relative = _RELATIVE_POST.search(before) if "," in before else None
    parts = parse_person(before[: relative.start()] if relative is not None else before)
    if parts is None or (welcomed and not is_name(parts.name, allow_single=False)):
        return None  # "Formanden bød velkommen og ledede mødet": the chair's post, no name
    word = parts.name.casefold()
    if " " not in word and (known_title(word) or chair_title(word.removesuffix("en"))):
        return None  # "Bestyrelsesformanden ledede mødet": the post; the list names who holds it
    if relative is not None and parts.title is None and known_title(relative.group(1)):
        parts.title = relative.group(1)
    if post is not None and parts.title is None:
        parts.title = post
    return parts


_POST_LED: Final = re.compile(
    r"(?:^|[.!]\s+)(borgmesteren|viceborgmesteren|formanden|næstformanden|forpersonen"
    r"|udvalgsformanden|regionsrådsformanden)\s+(?:ledede|ledte)\s+mødet\b"
)


_OPENED: Final = re.compile(
    r"^(?:(?P<post>[A-ZÆØÅ][a-zæøå]+en),\s+)?(?P<who>[^.,]{3,60}?),?\s+"
    r"(?:åbnede|aabnede|abnede)\s+(?i:mødet|generalforsamlingen)\b"
)


def _opened_the_meeting(lines: tuple[Line, ...]) -> Person | None:
    """Who a sentence says opened the meeting ("Formanden, Gdr. Anders Bundgaard, aabnede
    Mødet."): the chair when nothing else names one."""
    for line in lines:
        if "bnede" not in line.text:
            continue
        for sentence in SENTENCE_END.split(line.text):
            m = _OPENED.match(sentence.strip())
            parts = parse_person(m.group("who")) if m is not None else None
            if parts is None or " " not in parts.name:
                continue
            post = normalise_label.of(m.group("post") or "") if m is not None else ""
            roles = [post[:-2]] if post in CHAIR_BY_POST else []
            return new.Person(
                name=parts.name,
                title=parts.title,
                party=parts.party,
                organisation=parts.organisation,
                roles=[*roles, "mødeleder"],
                written=sentence.strip(),
                span=line_span(line),
            )
    return None


def _post_led_the_meeting(lines: tuple[Line, ...]) -> str | None:
    """The post a sentence says led the meeting with no name ("Borgmesteren ledede mødet."):
    "borgmester", "formand", ..., or None."""
    for line in lines:
        if "lede" not in line.text and "ledte" not in line.text:
            continue
        m = _POST_LED.search(casefolded.of(line.text))
        if m is not None:
            post = m.group(1)
            return post[:-2] if post.endswith("en") else post  # ("borgmesteren": "borgmester")
    return None


def _led_the_meeting(lines: tuple[Line, ...]) -> Person | None:
    """ "Borgmester Dorthe West (A) ledede mødet." or "Mødet blev ledet af næstformand Jonas
    Lind." anywhere names the chair; one who took over the meeting later ("Marianne Juhl blev
    valgt som formand og overtog herefter ledelsen af mødet") beats the one who opened it."""
    took_over = any("overtog" in line.text for line in lines)  # "... og overtog ledelsen"
    first: Person | None = None
    for line in lines:
        text = line.text
        if "lede" not in text and "ledt" not in text:  # cheap: most lines say nothing of it
            continue
        by = _LED_BY.match(casefolded.of(text))
        if by is None and ". " in text:  # "Styregruppen ... holdt møde ... Mødet blev ledet af
            for brk in SENTENCE_END.finditer(text):  # formand Kasper Rønn."
                by = _LED_BY.match(casefolded.of(text[brk.end() :].lstrip()))
                if by is not None:
                    text = text[brk.end() :].lstrip()
                    break
        if by is not None:
            written = _LED_SENTENCE_END.split(text[by.end() :], maxsplit=1)[0]  # (not at "1.":
            # "Mødet lededes af 1. viceborgmester Lise Overgaard.")
            parts = parse_person(_LED_BY_REASON.split(written, maxsplit=1)[0])
        else:
            m = _LED_THE_MEETING.search(text)
            inverted = _LED_INVERTED.search(text) if m is None else None
            if inverted is not None:  # "I borgmesterens fravær ledede viceborgmester X mødet."
                parts = _leader(inverted.group(1))
            elif m is None:
                continue
            else:  # (the sentence of the verb: "Alle udvalgets medlemmer deltog. Udvalgsformand
                # Bo Søgaard (A) ledede"), after a label ("Bemærkninger: Borgmester X ledede")
                before = text[: m.start()]  # ("X (formand, ...) bød velkommen og ledte mødet")
                before = before.removesuffix(" bød velkommen og").removesuffix(" bød velkommen,")
                before = _ELECTED_AND.sub("", before)  # "X blev valgt som formand og overtog ..."
                ends = [m.end() for m in SENTENCE_END.finditer(before)]
                before = before[ends[-1] :] if ends else before  # (its own sentence: "..., og
                if len(before) > 80:  # uden Marianne Due. Poul Rytter ledede mødet.")
                    continue
                parts = _leader(before.rsplit(": ", 1)[-1])
        if parts is None:
            continue
        person = new.Person(
            name=parts.name,
            title=parts.title,
            party=parts.party,
            roles=["mødeleder"],
            written=text.strip(),
            span=line_span(line),
        )
        if "overtog" in text or not took_over:
            return person  # (the elected chair who took over from the oldest member)
        first = first or person
    return first


_ELECTED_AND: Final = re.compile(r"\s+blev\s+(?:valgt|genvalgt)\s+(?:som\s+|til\s+)?\w+\s+og$")
"""An election before the verb of leading ("Marianne Juhl blev valgt som formand og overtog
ledelsen af mødet"): the person is before it."""
_WELCOMED_AS_CHAIR: Final = re.compile(WELCOMED_AS_CHAIR)


def _welcomed_as_chair(lines: tuple[Line, ...]) -> Person | None:
    """ "Per Mikkelsen (formand) bød velkommen.", "Per Mikkelsen (chair) welcomed the board."
    anywhere: the one who welcomes, marked as the meeting's leader, is the chair."""
    for line in lines:
        text = line.text
        if "(" not in text or ("velkommen" not in text and "welcomed" not in text):
            continue  # (cheap: most lines welcome no one)
        m = _WELCOMED_AS_CHAIR.match(text.lstrip("-*• "))
        if m is None:
            continue
        parts = parse_person(m.group(1))
        if parts is None or parts.name != m.group(1):
            continue
        post = chair_title(m.group(2))  # ("chair", "mødeleder": no post on the body)
        roles = [post, "mødeleder"] if post is not None else ["mødeleder"]
        return new.Person(name=parts.name, roles=roles, written=text.strip(), span=line_span(line))
    return None


# "Velkomst ved formand for Vækstforum, regionsrådsformand Karen Holst Winther": who welcomes
_WELCOME_BY: Final = re.compile(r"^(?:velkomst|åbning af mødet)\s+ved\s+(.{3,120})$", re.IGNORECASE)


def _welcomed_by(items: list[AgendaItem]) -> Person | None:
    """The first item's title naming who welcomes the meeting ("Velkomst ved formand for
    Vækstforum, regionsrådsformand Karen Holst Winther"): that person leads it, the chair.
    The name is the title's last entry, and must open with a first name."""
    if not items or (m := _WELCOME_BY.match(items[0].title)) is None:
        return None
    written = m.group(1).rsplit(",", 1)[-1].strip()
    parts = parse_person(written)
    if parts is None or not starts_with_first_name(parts.name) or " " not in parts.name:
        return None
    return new.Person(
        name=parts.name,
        title=parts.title,
        roles=["mødeleder"],
        written=written,
        span=items[0].span,
    )


_ELECTED: Final = re.compile(ELECTED, re.IGNORECASE)


def _elected_by_title(out: dict[str, Any]) -> None:
    """ "## 1. Valg af dirigent" over "Bjarne Holm blev valgt.", or "1. Valg af dirigent: Jens
    Ravn": the person the title or the item's first sentence names is the chair (or, under
    "Valg af referent", the minute-taker). A sentence that names each with her role ("...
    foreslog Bent Strøyer som dirigent og Palle Jessen som referent") names both."""
    for item in out["agenda"]:
        title = item.title or ""
        # "Valg af dirigent og stemmetællere": the dirigent is the one the first sentence names
        key = normalise_label.of(title)
        if "stemmetæll" in key or key.endswith(" referent"):  # (the pattern's words: a gate)
            key = _VOTE_COUNTERS_TOO.sub("", key)
        role = ELECTION_TITLES.get(key)
        named: list[tuple[str, str, Span, str]] = []  # (written, role, where, context)
        if role is None:
            head, _, rest = title.partition(":")
            role = ELECTION_TITLES.get(normalise_label.of(head)) if rest.strip() else None
            if role is not None:
                named.append((rest.strip(), role, item.span, title))
        elif item.sections:
            section = item.sections[0]
            line = section.text.split("\n", 1)[0]
            if "velkommen" in line or "bød" in line:  # "Formand X bød velkommen til ..." over
                line = " ".join(section.text.split("\n")[:4])  # "... nye" / "medlemmer, ..."
            elif ":" not in line and not line.rstrip().endswith((".", "!")):  # wrapped ("...
                # der blev valgt uden" / "modkandidater.")
                wrapped = "\n".join(section.text.split("\n\n", 1)[0].split("\n")[:4])
                line = BROKEN_WORD.sub("", wrapped).replace("\n", " ")  # ("Holm-" / "gaard")
            line = without_house_number(line)  # "Jørgen Buhl (nr. 7) blev valgt": his address
            # "Bestyrelsen foreslog Rune Abrahamsen. Han blev valgt ...": one sentence
            opening, merged = _HE_WAS_ELECTED.subn(", som blev ", line, count=1)
            sentences = NEXT_SENTENCE.split(opening)
            if (
                len(sentences) > 1
                and _WELCOME.search(sentences[0])
                and "foreslog" not in sentences[0]  # ("... bød velkommen og foreslog X som ...")
            ):
                sentences = sentences[1:]  # "Formand Gitte Brøns bød velkommen. Bestyrelsen ..."
            first = sentences[0].strip()
            short = first.split(" og konstaterede", 1)[0].split(" og takkede", 1)[0]
            m = _ELECTED.match(first) if len(short) <= 120 else None  # (what the dirigent then
            # found is no part of the election: "..., og konstaterede, at mødet var lovligt ...")
            written = line.strip() if merged else first  # the sentences as written
            labelled = _labelled_roles(line, section.span) if ":" in line else []
            if labelled:  # "Dirigent: Finn Skovbo / referent: Marianne Toft"
                named = labelled
            elif m is not None and _elected(m.group("name").strip(), role, section.span, written):
                named.append((m.group("name").strip(), role, section.span, written))
            else:  # (not "Begge blev valgt." after the sentence that named them)
                named = _named_as_roles(section)
        for written, role, where, context in named:
            key = "minute_taker" if role in MINUTE_TAKER_ROLES else "chair"
            if out[key] is None or (
                key == "chair" and (_chair_by_post(out[key]) or _opened_only(out[key], role))
            ):
                # an elected dirigent, not the formand who chairs only when no one else is
                # named, nor the "Mødeleder" who opened the assembly until one was elected
                out[key] = _elected(written, role, where, context) or out[key]
            elif (elected := _elected(written, role, where, context)) is not None and fold(
                elected.name
            ) == fold(out[key].name):  # the dirigent who signs: the title the election gives
                out[key] = with_details(out[key], elected)


_AS_ROLE: Final = re.compile(
    r"(?P<name>[A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'.-]+){1,3})"
    r"(?:\s+fra\s+[\wæøå-]+(?:\s+\d+\w*)?)?"  # "Palle Jessen fra bestyrelsen som referent"
    r"(?:,\s+(?P<firm>[A-ZÆØÅ][^,;()]{1,60}?),)?"  # "advokat Jesper Riis, Riis & Bonde, som"
    # "Ulla Rask blev valgt som dirigent og Nikolaj Dreyer som referent"
    r"(?:\s+(?:blev\s+)?(?:enstemmigt\s+)?(?:valgt|genvalgt|valgtes))?"
    rf"(?:\s+som\s+(?P<role>{'|'.join(ELECTION_TITLES.values())})\b"
    # "Valgt blev Jakob Winther (ordstyrer) og Louise Kamp (referent).": the role in brackets
    rf"|\s+\((?P<role_in>{'|'.join(ELECTION_TITLES.values())})\))"
)


_AS_ROLE_SENTENCES: Final = 2


_ROLE_LABELLED: Final = re.compile(
    rf"(?:^|[.;/|–-]\s*)(?P<role>(?i:{'|'.join(ELECTION_TITLES.values())}))\s*:\s*"
    r"(?P<name>[A-ZÆØÅ][\w'-]+(?:[ \t]+[A-ZÆØÅ][\w'.-]+){1,3})"
)


def _labelled_roles(line: str, span: Span) -> list[tuple[str, str, Span, str]]:
    """The people an election item's first line names each after her role and a colon
    ("Dirigent: Mogens Friis. Referent: Tina Kruse.", "Dirigent : Finn Skovbo / referent :
    Marianne Toft"): (name, role, span, line), when the line opens with such a label."""
    found = list(_ROLE_LABELLED.finditer(line.strip()))
    if not found or found[0].start() != 0:
        return []
    return [(m.group("name"), m.group("role").casefold(), span, line.strip()) for m in found]


def _named_as_roles(section: Section) -> list[tuple[str, str, Span, str]]:
    """The people an election item's first sentences name each with her role ("Formanden bød
    velkommen og foreslog Bent Strøyer som dirigent og Palle Jessen fra bestyrelsen som
    referent."): (name, role, span, sentence), in the order written."""
    paragraph = " ".join(section.text.split("\n\n", 1)[0].split())
    paragraph = without_house_number(paragraph)  # "Maria Thorsen (nr. 11) som referent"
    sentences = NEXT_SENTENCE.split(paragraph)[:_AS_ROLE_SENTENCES]
    return [
        (
            _with_title_before(sentence, m.start(), m.group("name"))
            + (f", {m.group('firm')}" if m.group("firm") else ""),
            m.group("role") or m.group("role_in"),
            section.span,
            sentence,
        )
        for sentence in sentences
        for m in _AS_ROLE.finditer(sentence)
    ]


def _with_title_before(sentence: str, at: int, name: str) -> str:
    """The name at ``at`` with the title written right before it ("foreslog advokat Lotte
    Hammerich som dirigent": "advokat Lotte Hammerich"; "foreslog Bent Strøyer": the name)."""
    before = sentence[:at].rsplit(None, 1)
    word = before[-1] if before and sentence[:at].endswith(" ") else ""
    return f"{word} {name}" if word[:1].islower() and known_title(word) else name


_PARCEL_REMARK: Final = re.compile(r"\s*\([^()]{1,40}\)$")  # "Karsten Holm (parcel 31)"


_HE_WAS_ELECTED: Final = re.compile(
    r"\.\s+(?:han|hun|vedkommende)\s+blev\s+(?=(?:\w+\s+)?valgt)", re.I
)


_VOTE_COUNTERS_TOO: Final = re.compile(
    r"(?:,| og| samt)(?: to| 2)? stemmetæll\w*$|(?<=dirigent)(?:,| og| samt) referent$"
    r"|(?<=ordstyrer)(?:,| og| samt) referent$"
)


_FROM_PLOT: Final = re.compile(
    r"\s+fra\s+(?:have|parcel|nr\.?|lejlighed|opgang|afd\.?|afdeling)\s+\S+$", re.IGNORECASE
)


_WELCOME: Final = re.compile(r"\bbød\b.{0,40}\bvelkommen\b", re.IGNORECASE)


def _opened_only(chair: Person, role: str) -> bool:
    """A chair named as the meeting's leader ("Mødeleder: Line Kjeldsen (indtil dirigenten var
    valgt)") where an item elects the dirigent: she opened the assembly, the dirigent led it
    (not "Anne Skov ledede mødet", who led it)."""
    return (
        role == "dirigent"
        and not {"dirigent", "ordstyrer"} & set(chair.roles)
        and _UNTIL_ELECTED.search(chair.written or "") is not None
    )


_UNTIL_ELECTED: Final = re.compile(r"\b(?:indtil|til)\s+(?:dirigent|ordstyrer)|\båbne", re.I)


def _chair_by_post(chair: Person) -> bool:
    """A chair who is one only as the body's formand (her roles: the post and the mødeleder
    that follows from it), not one named to lead this meeting."""
    return bool({"formand", "forperson"} & set(chair.roles)) and not {
        "dirigent",
        "ordstyrer",
    } & set(chair.roles)


def _elected(written: str, role: str, where: Span, context: str) -> Person | None:
    """The person an election item names ("advokat Lise Bang"), when that is all it says;
    ``context``: the sentence or title that names her."""
    if written.endswith(f" som {role}"):  # "Bestyrelsen foreslog Jørgen Krag som dirigent."
        written = written[: -len(role) - 5]
    if " fra " in written:
        written = _FROM_PLOT.sub("", written)  # "Flemming Vad fra have 112": where she lives
    parts = parse_person(written)
    if parts is None or not full_person(parts.name) or " " not in parts.name:
        return None
    name = _PARCEL_REMARK.sub("", written) if written.endswith(")") else written
    if parts.title and name.casefold().startswith(parts.title.casefold() + " "):
        name = name[len(parts.title) + 1 :]
    if parts.organisation and name.endswith(f", {parts.organisation}"):
        name = name[: -len(parts.organisation) - 2]  # "advokat Lene Skov, Advokathuset Silkeborg"
    if name != parts.name and not (
        parts.organisation is not None
        and name.startswith(parts.name)
        and _FROM_BODY_AFTER.fullmatch(name[len(parts.name) :]) is not None
    ):  # ("Bjarne Hviid fra kredsbestyrelsen (Kolonihaveforbundet Kreds Fyn)": where she
        return None  # comes from) "Kåre Dam er referent.": more than a name
    return _person_from(parts, context, span_of(where.start_line, where.start_line), [role])


_FROM_BODY_AFTER: Final = re.compile(r"\s+fra\s+[\w -]{2,60}?(?:\s*\([^()]{2,60}\))?")


def _marked_minute_taker(lines: tuple[Line, ...]) -> Person | None:
    """ "..., Anja Boye (ref.)" anywhere in the text names the minute-taker."""
    for line in lines:
        if "(ref" not in casefolded.of(line.text):  # cheap: most lines have no mark
            continue
        m = marked_referent(line.text)
        if m is None:
            continue
        name = first_name_in(m.group(1))
        if name is None and is_organisation.of(m.group(1)):
            name = _name_before_organisation(line.text[: m.start()])
        elif name is None:
            name = m.group(1)
        if name is not None:
            return new.Person(
                name=name, roles=["referent"], written=m.group(0), span=line_span(line)
            )
    return None


_ENTRY_BEFORE_COMMA: Final = re.compile(r"([^,;:()]+),\s*$")


def _name_before_organisation(before: str) -> str | None:
    """The person whose organisation stands before a "(ref.)" mark: "sekretær Tove Lassen, Lindå
    Kommune (ref.)" names Tove Lassen, not her municipality."""
    m = _ENTRY_BEFORE_COMMA.search(before)
    parts = parse_person(m.group(1)) if m is not None else None
    return parts.name if parts is not None and " " in parts.name else None


def marked_referent(text: str) -> re.Match[str] | None:
    """``MARKED_REFERENT.search(text)``, tried only in front of each "(ref.)" mark.

    A name holds neither "(" nor more than four whitespace-separated words, so a match ending at
    a mark starts within the four words before it, after any earlier mark: searching from there
    finds the same leftmost match as searching the whole line, without trying every word of it.
    """
    for mark in _REFERENT_MARK.finditer(text):
        words = text[: mark.start()].rsplit(None, 4)
        start = len(words[0]) if len(words) == 5 else 0
        m = MARKED_REFERENT.search(text, start, mark.end())
        if m:
            return m
    return None


def people_in_text(
    out: dict[str, Any],
    header: HeaderFacts,
    footer: HeaderFacts,
    lines: tuple[Line, ...],
    quoted_from: int,
    header_lines: list[Line],
    item_lines: set[int],
    agenda: Agenda,
    members: list[Person],
    doc_kind: DocumentKind | None,
    kind_hint: DocumentKind | None,
    date: dt.date | None,
) -> tuple[bool, list[Person]]:
    """The people the text names outside the people lists (attendance and people in item text,
    signers, speakers), then the chair and the minute-taker by what the text says they did,
    written into ``out`` (``quoted_from``: where an earlier e-mail quoted under the minutes
    starts). Whether the document lists its attendance (not only vote counters),
    and the officers (dirigent, referent) found present by their election."""
    items = out["agenda"]
    agenda_hint = kind_hint in (DocumentKind.DAGSORDEN, DocumentKind.INDKALDELSE)
    quoted = quoted_lines(items, date, agenda=agenda_hint)
    # an attendance list: not only vote counters, nor those named in item text below
    listed = any(VOTE_COUNTER_ROLE not in p.roles for p in out["attendees"])
    if not listed and not agenda_hint and doc_kind is DocumentKind.REFERAT:
        second = max((o.start for o in agenda.items[1]), default=0) if len(agenda.items) > 1 else 0
        first_lines = {i for i in item_lines if i < second} if second else item_lines
        listed = _attendance_in_items(out, lines, first_lines, quoted)
    if doc_kind is DocumentKind.REFERAT and not agenda_hint:
        _signers_present(out, lines, items[-1].span.end_line if items else 0)
    known_absent = len(out["absentees"])
    _people_in_items(out, lines, item_lines, quoted)
    if doc_kind is DocumentKind.REFERAT and members and len(out["absentees"]) > known_absent:
        # "Fraværende: Morten Hviid (V)" in the items' text, under a list of the body's members
        away = {fold(p.name) for p in out["absentees"]}
        roster_names = {fold(p.name) for p in members}
        out["attendees"] = [
            p
            for p in out["attendees"]
            if not (fold(p.name) in away and fold(p.name) in roster_names)
        ]
    _guests_in_items(out, lines, item_lines, quoted)
    _titles_in_items(out, lines, item_lines)
    if doc_kind is DocumentKind.REFERAT:
        heads = {o.start for occs in agenda.items for o in occs}
        _speakers_in_items(out, lines, item_lines, quoted, heads)
    if out["minute_taker"] is None:
        out["minute_taker"] = _marked_minute_taker(lines)
    if out["chair"] is None:
        out["chair"] = (
            _led_the_meeting(lines) or _welcomed_by(out["agenda"]) or _welcomed_as_chair(lines)
        )
    elif out["agenda"] and out["chair"].span.start_line > out["agenda"][-1].span.end_line:
        # "Erik Dalsgaard, dirigent" signing under the minutes of a general assembly and the
        # board meeting after it, whose text says "Mødet blev ledet af Helle Ravn": she led it
        led = _led_the_meeting(lines)
        if led is not None and led.span.start_line < out["agenda"][0].span.start_line:
            out["chair"] = led
    if doc_kind is DocumentKind.REFERAT:  # also when named: the election gives the title
        _elected_by_title(out)
    officers = _officers_present(out) if doc_kind is DocumentKind.REFERAT else []
    _named_by_initials(out)
    _named_by_key(out, header_lines, lines)
    _writer_named(out, header_lines)
    if out["minute_taker"] is None:
        _sender_sent_minutes(out, header_lines)
    if out["minute_taker"] is None:
        _sender_takes_minutes(out, header_lines, lines[:quoted_from])
    if out["minute_taker"] is None and doc_kind is DocumentKind.REFERAT:
        out["minute_taker"] = _body_secretary(out)
    _roles_by_initials(out, minutes=doc_kind is DocumentKind.REFERAT)
    _roles_by_first_name(out)
    _absent_by_initials(out)
    _absent_by_first_name(out, minutes=doc_kind is DocumentKind.REFERAT)
    _present_by_first_name(out)
    host = header.facilitator or footer.facilitator
    if out["chair"] is None and host is not None:  # "Faciliteret af Lise Thorsø:" over the list
        found = next((p for p in out["attendees"] if fold(p.name) == fold(host)), None)
        if found is not None:
            out["chair"] = new.updated(found, {"roles": [*found.roles, "mødeleder"]})
    led_by = _post_led_the_meeting(lines) if out["chair"] is None else None
    if led_by is not None:  # "Borgmesteren ledede mødet.": the attendee of that post
        out["chair"] = next(
            (
                p
                for p in out["attendees"]
                if led_by in p.roles or (p.title and normalise_label.of(p.title) == led_by)
            ),
            None,
        )
    if out["chair"] is None:  # the chair of the body ("(formand)") chairs its meeting
        named_post = header.chair_post or footer.chair_post  # "Mødeleder: Formanden"
        posts = (named_post,) if named_post else ("formand", "forperson")
        out["chair"] = next(
            (p for post in posts for p in out["attendees"] if post in p.roles), None
        ) or _formand_by_title(out["attendees"], posts, out["body"])
    office = CHAIR_OF_BODY.get(normalise_label.of(out["body"] or ""))
    if out["chair"] is None and office is not None:  # the borgmester chairs the Byrådet
        out["chair"] = next(
            (p for p in out["attendees"] if p.title and normalise_label.of(p.title) == office), None
        )
    if out["chair"] is None:  # "Formanden, Gdr. Anders Bundgaard, aabnede Mødet.": who opened
        out["chair"] = _opened_the_meeting(lines)  # it, when nothing else names the chair
    _shared_details(out)
    _first_titles(out)
    return listed, officers


def _body_secretary(out: dict[str, Any]) -> Person | None:
    """The body's secretary named by the header's one "Sekretær:" field, when no one else is
    named as the minutes' writer: the secretary writes a committee's minutes ("Sekretær: Nanna
    Kirk, integrationskonsulent")."""
    fields = [f for f in out["fields"] if secretary_label(f.label) and f.value]
    if len(fields) != 1:
        return None
    line = fields[0].span.start_line
    found = [p for p in out["guests"] + out["attendees"] if p.span.start_line == line]
    return found[0] if len({fold(p.name) for p in found}) == 1 else None


def _formand_by_title(
    attendees: list[Person], posts: tuple[str, ...], body: str | None
) -> Person | None:
    """The one attendee whose title is the chair's post alone ("Hans Ole Bruun (V), formand,
    Skive Kommune"), not the chair of another body ("Stephanie Lose, formand for Syddansk
    Vækstforum" in a steering group of three such forums; "Ove Ravnkilde, formand, Morsø
    Museumsforening" under "Foreninger:", a group of those the body's members represent)."""
    found = [
        p
        for p in attendees
        if p.title
        and (p.group is None or _body_group_of(p.group, body))
        and normalise_label.of(p.title) in posts
        and " for " not in casefolded.of(p.written or "")
    ]
    return found[0] if len(found) == 1 else None


def _body_group_of(group: str, body: str | None) -> bool:
    """A people list's group that is the body itself ("Bestyrelsen:", "Udvalgets medlemmer:"),
    not those its members represent ("Foreninger:", "Erhverv:")."""
    key = normalise_label.of(group)
    return (
        key in BOARD_GROUP_WORDS
        or key.endswith(("bestyrelsen", "udvalget", "rådet", "styregruppen", "medlemmer"))
        or (body is not None and key == normalise_label.of(body))
    )
