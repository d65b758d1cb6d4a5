"""Link a parsed :class:`Meeting` to a :class:`Registry`: people, organisations, mentions.

``link(meeting, registry)`` returns a new meeting (``model_copy``) in which every person (with
their organisation and group), the location, the meeting's organisation and body carry an
``EntityRef`` or ``None``; names of registered persons and organisations found in item text are
listed in ``agenda[].mentions``. Unresolved, ambiguous and fuzzy links become diagnostics.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
import re

from referat.diagnostics import SEVERITY, Code
from referat.models import (
    AgendaItem,
    Diagnostic,
    EntityRef,
    Location,
    Meeting,
    Mention,
    Person,
    Span,
)
from referat.registry import LineContext, Registry, Resolution, fold_word
from referat.vocabulary import TITLE_WORDS, normalise_label

__all__ = ["link"]

_WORD = re.compile(r"[^\W_]\w*(?:[-'’./&][^\W_]\w*)*")
_CONNECTORS = frozenset({"for", "og", "of", "i", "af", "de", "and", "the", "&", "på", "ved"})
_MAX_TOKENS = 6
_UPPER_WORD = r"[A-ZÀ-ÖØ-Þ][^\W_]*(?:[-'’./&][^\W_]+)*"
_RUN = re.compile(
    rf"(?<!\w){_UPPER_WORD}(?:(?:[ -]+(?:(?:{'|'.join(sorted(_CONNECTORS - {'&'}))}|&) +)*)"
    rf"{_UPPER_WORD})*"
)


def link(meeting: Meeting, registry: Registry, *, text: str | None = None) -> Meeting:
    """Return ``meeting`` with entity links, mentions and linking diagnostics added.

    ``text`` is the normalised document text (optional): with it, mention spans point at the
    exact line; without it they cover the section the mention is in.
    """
    return _Linker(meeting, registry, text).run()


class _Linker:
    def __init__(self, meeting: Meeting, registry: Registry, text: str | None) -> None:
        self.meeting = meeting
        self.reg = registry
        self.lines = text.split("\n") if text is not None else None
        self.diagnostics: dict[tuple[str, int, str], Diagnostic] = {}
        self.people: dict[tuple[str | None, ...], Resolution] = {}
        self.starter_cache: dict[str, bool] = {}
        self._named: set[str] | None = None

    # -- diagnostics ----------------------------------------------------------------------

    def report(
        self,
        code: Code,
        message: str,
        span: Span | None,
        data: dict[str, str | int | float | None] | None = None,
    ) -> None:
        key = (code.value, span.start_line if span else 0, message)
        if key not in self.diagnostics:
            self.diagnostics[key] = Diagnostic(
                code=code.value, severity=SEVERITY[code], message=message, span=span, data=data
            )

    # -- people and organisations ---------------------------------------------------------

    def person(self, p: Person) -> Person:
        ctx = LineContext(p.organisation, p.group, p.title, p.written, self.meeting.date)
        key = (p.name, p.organisation, p.group, p.title, p.written)
        res = self.people.get(key)
        if res is None:
            res = self.people[key] = self.reg.resolve_person(p.name, context=ctx)
        if res.status == "unknown":
            closest = f" (closest: {res.describe()})" if res.candidates else ""
            self.report(
                Code.UNKNOWN_PERSON,
                f'"{p.name}" is not in the registry{closest}',
                p.span,
                res.data(),
            )
        elif res.status == "ambiguous":
            self.report(
                Code.AMBIGUOUS_PERSON,
                f'"{p.name}" matches several registry entries: {res.describe()}',
                p.span,
                res.data(),
            )
        elif res.entity is not None and (
            res.entity.method == "fuzzy" or "no context to confirm" in res.entity.reasons
        ):
            # every weak link unconfirmed by the line is reviewed, not only close spellings
            e = res.entity
            how = "a close spelling" if e.method == "fuzzy" else "initials or a left-out name"
            self.report(
                Code.FUZZY_PERSON,
                f'"{p.name}" linked to {e.name} ({e.id}) by {how}, score {e.score:.1f}: '
                + "; ".join(e.reasons),
                p.span,
                res.data(),
            )
        return p.model_copy(
            update={
                "entity": res.entity,
                "organisation_entity": self.organisation(p.organisation, p.span, report=True),
                "group_entity": self.organisation(p.group, p.span, report=False),
            }
        )

    def organisation(
        self, name: str | None, span: Span | None, *, report: bool
    ) -> EntityRef | None:
        if not name:
            return None
        res = self.reg.resolve_organisation(name)
        if report and res.status == "ambiguous":
            self.report(
                Code.AMBIGUOUS_ORGANISATION,
                f'organisation "{name}" matches several registry entries: {res.describe()}',
                span,
                res.data(),
            )
        elif report and res.status == "unknown":
            closest = f" (closest: {res.describe()})" if res.candidates else ""
            self.report(
                Code.UNKNOWN_ORGANISATION,
                f'organisation "{name}" is not in the registry{closest}',
                span,
                res.data(),
            )
        return res.entity

    def location(self, loc: Location | None) -> Location | None:
        if loc is None or not loc.name:
            return loc
        return loc.model_copy(
            update={"entity": self.organisation(loc.name, loc.span, report=False)}
        )

    # -- mentions -------------------------------------------------------------------------

    def fold_token(self, token: str) -> str:
        return fold_word(token)

    def starts(self, runs: list[list[tuple[int, int, str]]]) -> set[str]:
        words = {fold_word(w) for run in runs for _, _, w in run if w[0].isupper()}
        unknown = words - self.starter_cache.keys()
        if unknown:
            hits = self.reg.starters(unknown)
            for w in unknown:
                self.starter_cache[w] = w in hits
        return {w for w in words if self.starter_cache[w]}

    def ngrams(self, text: str) -> Iterator[tuple[int, int, str, str]]:
        """Capitalised runs (connectors allowed inside): (start, end, surface, folded)."""
        runs = []
        for run in _RUN.finditer(text):
            base = run.start()
            runs.append([_without_possessive(base, m) for m in _WORD.finditer(run.group())])
        if not runs:
            return
        starters = self.starts(runs)
        if not starters:
            return
        for words in runs:
            for i, (start, _, word) in enumerate(words):
                if not word[0].isupper() or fold_word(word) not in starters:
                    continue
                parts = [fold_word(word)]
                yield start, words[i][1], word, parts[0]
                for j in range(i + 1, min(i + _MAX_TOKENS, len(words))):
                    w = words[j][2]
                    parts.append(fold_word(w))
                    if w[0].isupper():
                        end = words[j][1]
                        yield start, end, text[start:end], " ".join(parts)

    def mentions_in(self, text: str, span: Span) -> list[Mention]:
        grams = list(self.ngrams(text))
        keys = {g[3] for g in grams}
        keys |= {g[3][:-1] for g in grams if g[3].endswith("s") and len(g[3]) > 3}
        hits = self.reg.present(keys)
        if not hits:
            return []
        found: list[tuple[str, int, EntityRef, str]] = []
        taken_until = -1
        by_start: dict[int, list[tuple[int, int, str, str]]] = {}
        for g in grams:
            by_start.setdefault(g[0], []).append(g)
        for start in sorted(by_start):
            if start < taken_until:
                continue
            for s, e, surface, key in sorted(by_start[start], key=lambda g: -g[1]):
                if not _whole_run(text, s, e):
                    continue  # "Anders Lund" inside "Anders Lund Madsen": another name
                # "Friess" is no genitive of "Fries": names in s take an apostrophe
                genitive = (
                    key not in hits
                    and key.endswith("s")
                    and not key.endswith(("ss", "xs", "zs"))
                    and key[:-1] in hits
                )
                if key not in hits and not genitive:
                    continue
                base = key[:-1] if genitive else key
                if " " not in surface and not self.named_here(text, s, surface, base):
                    continue  # "Energi er ...": a capital that only opens the sentence
                link = self.mention(surface, genitive=genitive)
                if link is not None:
                    found.append((surface, s, *link))
                    taken_until = e
                    break
        spans = _Locator(text, span, self.lines).spans([(f[0], f[1]) for f in found])
        return [
            Mention(
                text=surface,
                kind="person" if kind == "person" else "organisation",
                entity=ref,
                span=where,
            )
            for (surface, _, ref, kind), where in zip(found, spans, strict=True)
        ]

    def mention(self, surface: str, *, genitive: bool) -> tuple[EntityRef, str] | None:
        """The registry entry a surface names, and whether it is a person or an organisation."""
        query = surface[:-1] if genitive else surface
        if " " not in query.strip() and len(query) <= 4 and not query.isupper():
            return None  # "Kl.", "Dr.", "Ida": not the acronyms KL, DR, IDA
        if len(query.strip()) < 2:
            return None  # "afsnit A", "bilag B": not the parties A and B
        ref: EntityRef | None = None
        kind: str = "person"
        if " " in query.strip():
            ref = self.reg.resolve_person(query, weak=False).entity
        elif query.isupper():  # "KLP": a person's registered initials, unless also an acronym
            ref = self.reg.resolve_person(query, weak=False).entity
            if ref is not None and self.reg.resolve_organisation(query, weak=False).entity:
                return None
        if ref is None:
            res = self.reg.resolve_organisation(query, weak=False)
            ref, kind = res.entity, "organisation"
        if ref is None:
            return None
        if genitive:
            ref = ref.model_copy(update={"reasons": [*ref.reasons, "genitive s"]})
        return ref, kind

    def named_here(self, text: str, start: int, word: str, folded: str) -> bool:
        """Whether one capitalised word at ``start`` is written as a name: anywhere but at the
        start of a sentence or line, where Danish capitalises every word ("Energi er en del af
        planen", "Huset skal males"), or there when the document writes the word with its
        capital elsewhere too ("Bo Lind (Magenta)" ... "Magenta leverer koden"). Acronyms and
        words with capitals or digits inside ("SDU", "OS2", "GovTech") are names anywhere."""
        if not _sentence_start(text, start) or not word[1:].islower():
            return True
        if self._named is None:
            self._named = _named_words(self.meeting)
        return folded in self._named

    def item(self, item: AgendaItem) -> AgendaItem:
        first = item.span.start_line
        mentions = self.mentions_in(item.title, Span(start_line=first, end_line=first))
        for section in item.sections:
            mentions += self.mentions_in(section.text, section.span)
        return item.model_copy(
            update={
                "mentions": mentions,
                "subitems": [self.item(sub) for sub in item.subitems],
            }
        )

    # -- the whole meeting ----------------------------------------------------------------

    def run(self) -> Meeting:
        m = self.meeting
        for d in m.diagnostics:
            self.diagnostics[(d.code, d.span.start_line if d.span else 0, d.message)] = d
        update: dict[str, object] = {
            "attendees": [self.person(p) for p in m.attendees],
            "absentees": [self.person(p) for p in m.absentees],
            "guests": [self.person(p) for p in m.guests],
            "chair": self.person(m.chair) if m.chair else None,
            "minute_taker": self.person(m.minute_taker) if m.minute_taker else None,
            "location": self.location(m.location),
            "organisation_entity": self.organisation(m.organisation, m.title_span, report=False),
            "body_entity": self.organisation(m.body, m.title_span, report=False),
            "agenda": [self.item(it) for it in m.agenda],
        }
        update["diagnostics"] = sorted(
            self.diagnostics.values(),
            key=lambda d: (d.span.start_line if d.span else 0, d.code, d.message),
        )
        return m.model_copy(update=update)


_POSSESSIVE = ("'s", "’s")


def _without_possessive(base: int, m: re.Match[str]) -> tuple[int, int, str]:
    """A word of a run as (start, end, word); "KL's" is the name "KL" ("KL's anbefaling")."""
    word = m.group()
    if word.endswith(_POSSESSIVE) and len(word) > 2:
        return base + m.start(), base + m.end() - 2, word[:-2]
    return base + m.start(), base + m.end(), word


_OPENING_MARKS = frozenset(" \t#>*_-+•–—\"'«»([")
_SENTENCE_ENDS = frozenset(".!?:)\n")


def _sentence_start(text: str, start: int) -> bool:
    """Whether ``text[start]`` opens a line or a sentence: only blanks and markup ("## ", "- ",
    "**", "4. ", "a) ") stand between it and the text's start, a line break or a sentence end.
    The walk back stops at the first other character, so it is linear over a text's words."""
    k = start - 1
    while k >= 0 and text[k] in _OPENING_MARKS:
        k -= 1
    return k < 0 or text[k] in _SENTENCE_ENDS


def _named_words(meeting: Meeting) -> set[str]:
    """The folded words a meeting writes as names: capitalised words that do not open a
    sentence in its title and item texts, and the words of its people's organisations and
    groups ("Bo Lind (Magenta)"). A word in *s* counts without it too ("Magentas")."""
    named: set[str] = set()
    for p in (*meeting.attendees, *meeting.absentees, *meeting.guests):
        for name in (p.organisation, p.group):
            named |= {fold_word(w) for w in (name or "").split() if w[:1].isupper()}
    texts = [meeting.title or ""]
    stack = list(meeting.agenda)
    while stack:
        item = stack.pop()
        texts.append(item.title)
        texts += [s.text for s in item.sections]
        stack += item.subitems
    for text in texts:
        for m in _WORD.finditer(text):
            _, _, word = _without_possessive(0, m)
            if word[:1].isupper() and not _sentence_start(text, m.start()):
                named.add(fold_word(word))
    return named | {w[:-1] for w in named if w.endswith("s") and len(w) > 3}


def _whole_run(text: str, start: int, end: int) -> bool:
    """The mention ``text[start:end]`` is not part of a longer name: no capitalised word is
    written right after it ("Anders Lund Madsen", "Novo Nordisk Fonden"), nor right before it
    unless that word is a title or an abbreviation ("Borgmester Jan Boye", "Adm. dir.")."""
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1)[:1].isupper():
        return False
    before = _PREVIOUS_WORD.search(text, max(0, start - 80), start)  # a window: linear
    if before is None:
        return True
    word = before.group(1)
    return not word[:1].isupper() or normalise_label.of(word) in TITLE_WORDS


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w-]*)[ \t]+$")


class _Locator:
    """The source lines of mentions in a text that spans several lines.

    The n-th occurrence of a surface in the text is taken to be its n-th occurrence in the
    source lines of the span (occurrences as ``str.count`` counts them: non-overlapping, left to
    right). All surfaces of a text are found in one pass over the text and one over its source
    lines, so the cost is linear in their size however many different names there are.
    """

    def __init__(self, text: str, span: Span, lines: list[str] | None) -> None:
        self.text = text
        self.span = span
        self.lines = lines

    def spans(self, wanted: list[tuple[str, int]]) -> list[Span]:
        """The line of each ``(surface, offset)`` occurrence in the text (else the whole span)."""
        if self.lines is None or self.span.start_line == self.span.end_line:
            # a text of one line (also a piece of a transcript's run-together line, which many
            # items share: scanning the line for each of them would cost its length each time)
            return [self.span for _ in wanted]
        surfaces = {surface for surface, _ in wanted if surface}
        in_text = _occurrences(self.text, surfaces)
        first = self.span.start_line
        source = self.lines[first - 1 : min(self.span.end_line, len(self.lines))]
        line_starts = [0]
        for line in source[:-1]:
            line_starts.append(line_starts[-1] + len(line) + 1)
        in_source = _occurrences("\n".join(source), surfaces)
        found: list[Span] = []
        for surface, at in wanted:
            # occurrences wholly before ``at`` (as ``str.count(surface, 0, at)`` counts them)
            nth = bisect_right(in_text.get(surface, ()), at - len(surface))
            starts = in_source.get(surface, ())
            if not surface or nth >= len(starts):
                found.append(self.span)
                continue
            number = first + bisect_right(line_starts, starts[nth]) - 1
            found.append(Span(start_line=number, end_line=number))
        return found


def _occurrences(text: str, surfaces: set[str]) -> dict[str, list[int]]:
    """Start offsets of each surface's occurrences that ``str.count`` counts, left to right.

    One pass over the positions where some surface could start (a regex skips the rest);
    at each, only the lengths of the surfaces starting with that character are tried.
    """
    lengths: dict[str, set[int]] = {}  # first character -> lengths of surfaces starting with it
    for surface in surfaces:
        lengths.setdefault(surface[0], set()).add(len(surface))
    if not lengths:
        return {}
    found: dict[str, list[int]] = {}
    free_from: dict[str, int] = {}  # a surface's next occurrence may not start before this
    candidates = re.compile("[" + "".join(re.escape(c) for c in lengths) + "]")
    for m in candidates.finditer(text):
        at = m.start()
        for size in lengths[m.group()]:
            piece = text[at : at + size]
            if piece in surfaces and at >= free_from.get(piece, 0):
                found.setdefault(piece, []).append(at)
                free_from[piece] = at + size
    return found
