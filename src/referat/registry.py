"""A registry of people and organisations, and Danish-aware name resolution against it.

>>> reg = Registry(
...     persons=[PersonRecord(id="p-lars", name="Lars Aagaard")],
...     organisations=[
...         OrganisationRecord(id="o-sdu", name="Syddansk Universitet", aliases=("SDU",))
...     ],
... )
>>> r = reg.resolve_person("Lars Ågård")
>>> r.status, r.entity.id, r.entity.method, r.entity.reasons
('linked', 'p-lars', 'folded', ['fold aa/å'])
>>> reg.resolve_organisation("SDU").entity.method
'alias'

File formats and the matching rules are described in docs/registry.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
import csv
import dataclasses
from dataclasses import dataclass
import datetime as dt
import functools
import io
import itertools
import json
from pathlib import Path
import re
import sqlite3
from typing import Any, Literal, NamedTuple
import unicodedata

import yaml

from referat import _fuzzy, _index
from referat.diagnostics import RegistryError
from referat.models import EntityRef

__all__ = [
    "Candidate",
    "Membership",
    "NameForm",
    "OrganisationRecord",
    "PersonRecord",
    "Registry",
    "RegistryError",
    "Resolution",
    "clean",
    "fold",
    "load_registry",
    "organisation_form",
    "person_form",
]

Method = Literal["exact", "alias", "folded", "initials", "fuzzy"]
Kind = Literal["person", "organisation"]
Status = Literal["linked", "ambiguous", "unknown"]

STRONG, WEAK, NONE = 2, 1, 0
"""Candidate strength: STRONG links on its own, WEAK needs a clear lead and no contradicting
context, NONE is only reported (as a best guess in diagnostics)."""

MARGIN = 5.0
"""A weak candidate must be this many points ahead of the next candidate."""

MEMORY_INDEX_LIMIT = 200_000
"""With ``index="auto"``, registries with more names than this use the SQLite index."""

_STAGE1_CAP = 200
_STAGE2_CAP = 1500
_SCORE_TOP = 40
_MIN_SCORE = 60.0

# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_PUNCT = re.compile(r"[\W_]+")
_LEGAL = re.compile(
    r"(?<!\w)(?:a/s|aps|i/s|p/s|k/s|a\.m\.b\.a\.?|amba|f\.m\.b\.a\.?|fmba|s\.m\.b\.a\.?|smba)(?!\w)"
)
_FOLD = str.maketrans({"å": "aa", "ø": "oe", "æ": "ae", "ä": "ae", "ö": "oe", "ü": "ue"})
_ASCII = str.maketrans({"å": "a", "ø": "o", "æ": "ae", "ä": "a", "ö": "o", "ü": "u"})
_DANISH = (("å", "aa"), ("ø", "oe"), ("æ", "ae"))


def _casefold(text: str) -> str:
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    t = text.casefold()
    return (
        t if t.isascii() or unicodedata.is_normalized("NFC", t) else unicodedata.normalize("NFC", t)
    )


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """NFKC, casefold, punctuation to spaces, whitespace collapsed: the *exact* comparison key."""
    t = _casefold(text)
    if not t.replace(" ", "").isalnum():
        t = _PUNCT.sub(" ", t)
    return " ".join(t.split())


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """``clean`` plus Danish letters spelt out (å->aa, ø->oe, æ->ae) and accents dropped."""
    return _strip_marks(clean(text).translate(_FOLD))


@functools.lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """``fold`` of one word, cached (running text repeats its words)."""
    return fold(word)


def _ascii(cleaned: str) -> str:
    return _strip_marks(cleaned.translate(_ASCII))


@dataclass(frozen=True, slots=True)
class NameForm:
    """The normalised forms of one name used for comparison."""

    text: str
    clean: str
    fold: str
    ascii: str
    bare: str
    tokens: tuple[str, ...]
    reordered: bool = False


@functools.lru_cache(maxsize=65536)
def person_form(text: str) -> NameForm:
    """Normalise a person's name; ``"Surname, First names"`` is put in the usual order."""
    reordered = False
    if text.count(",") == 1:
        last, first = (p.strip() for p in text.split(","))
        if last and first and not any(ch.isdigit() for ch in text):
            text, reordered = f"{first} {last}", True
    c = clean(text)
    f = _strip_marks(c.translate(_FOLD))
    return NameForm(text, c, f, _ascii(c), f, tuple(f.split()), reordered)


def organisation_form(text: str) -> NameForm:
    """Normalise an organisation name; ``bare`` drops legal forms (A/S, ApS, I/S, P/S, K/S...)."""
    c = clean(text)
    f = _strip_marks(c.translate(_FOLD))
    stripped = clean(_LEGAL.sub(" ", _casefold(text)))
    b = _strip_marks(stripped.translate(_FOLD)) if stripped else f
    return NameForm(text, c, f, _ascii(c), b, tuple(b.split()))


def _fold_reasons(a: str, b: str) -> list[str]:
    reasons = [f"fold {rep}/{ch}" for ch, rep in _DANISH if a.count(ch) != b.count(ch)]
    return reasons or ["accents"]


def _ascii_reasons(a: str, b: str) -> list[str]:
    pairs = (("å", "a"), ("ø", "o"), ("æ", "ae"))
    reasons = [f"fold {rep}/{ch}" for ch, rep in pairs if a.count(ch) != b.count(ch)]
    return reasons or ["accents"]


# ---------------------------------------------------------------------------
# Records and results
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Membership:
    """A person's membership of an organisation (dates optional, inclusive)."""

    organisation: str
    role: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def active_on(self, day: dt.date | None) -> bool:
        """True when ``day`` is unknown or lies within ``start..end``."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class PersonRecord(NamedTuple):
    """A registered person (a named tuple: cheap to create by the million)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    memberships: tuple[Membership, ...] = ()

    @property
    def kind(self) -> Kind:
        return "person"


class OrganisationRecord(NamedTuple):
    """A registered organisation."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def kind(self) -> Kind:
        return "organisation"


Record = PersonRecord | OrganisationRecord


@dataclass(frozen=True, slots=True)
class Candidate:
    """One registered entity considered for a name, with why and how well it matched."""

    id: str
    name: str
    matched: str
    score: float
    method: Method
    reasons: tuple[str, ...] = ()
    strength: int = NONE

    def ref(self, extra: Sequence[str] = ()) -> EntityRef:
        """The ``EntityRef`` stored on the model."""
        return EntityRef(
            id=self.id,
            name=self.name,
            score=round(self.score, 1),
            method=self.method,
            reasons=[*self.reasons, *extra],
        )


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of resolving one name: linked (``entity`` set), ambiguous or unknown."""

    query: str
    kind: Kind
    status: Status
    entity: EntityRef | None = None
    candidates: tuple[Candidate, ...] = ()

    def data(self, limit: int = 3) -> dict[str, str | int | float | None]:
        """Flat diagnostic data: the query and the best candidates with their scores."""
        out: dict[str, str | int | float | None] = {"name": self.query}
        for i, c in enumerate(self.candidates[:limit], start=1):
            out[f"candidate_{i}_id"] = c.id
            out[f"candidate_{i}_name"] = c.name
            out[f"candidate_{i}_score"] = round(c.score, 1)
            out[f"candidate_{i}_method"] = c.method
        return out

    def describe(self, limit: int = 3) -> str:
        """``Name (id) 95.7 fuzzy; ...`` for messages."""
        return "; ".join(
            f"{c.name} ({c.id}) {c.score:.1f} {c.method}" for c in self.candidates[:limit]
        )


@dataclass(frozen=True, slots=True)
class LineContext:
    """What the document says around a person's name, used to confirm or reject close calls."""

    organisation: str | None = None
    group: str | None = None
    title: str | None = None
    written: str | None = None
    date: dt.date | None = None


_NO_CONTEXT = LineContext()

# ---------------------------------------------------------------------------
# Blocking keys
# ---------------------------------------------------------------------------


def _person_keys(form: NameForm) -> list[str]:
    keys = [f"Pf {form.fold}", f"S {form.tokens[0]}" if form.tokens else "S"]
    if form.ascii != form.fold:
        keys.append(f"Pf {form.ascii}")
        first = form.ascii.split()[0]
        if form.tokens and first != form.tokens[0]:  # "Soren" starts Søren Østergaard too
            keys.append(f"S {first}")
    t = form.tokens
    if len(t) >= 2:
        first, last = t[0], t[-1]
        if len(t) > 2:
            keys.append(f"Pl {first} {last}")
        keys.append(f"Pp {first} {last[:3]}")
        keys.append(f"Pi {first[0]} {last}")
        if len(last) >= 6:
            keys.append(f"Ps {first} {last[-4:]}")
    return keys


def _org_keys(form: NameForm) -> list[str]:
    keys = dict.fromkeys((f"Of {form.fold}", f"Of {form.ascii}", f"Of {form.bare}"))
    keys[f"Of {_ascii(form.bare)}"] = None
    for text in (form.fold, form.bare, form.ascii):
        if text:
            keys[f"S {text.split()[0]}"] = None
    for tok in form.tokens:
        if len(tok) >= 3:
            keys[f"Ot {tok}"] = None
        if len(tok) >= 5:
            keys[f"Op {tok[:4]}"] = None
    return list(keys)


def _person_query_keys(form: NameForm) -> tuple[list[str], list[str], list[str]]:
    t = form.tokens
    stage1 = [f"Pf {form.fold}", f"Pf {form.ascii}"]
    if 2 <= len(t) <= 4 and not form.reordered:
        stage1 += [f"Pf {' '.join(p)}" for p in itertools.permutations(t) if p != t]
    stage2: list[str] = []
    stage3: list[str] = []
    if len(t) >= 2:
        first, last = t[0], t[-1]
        stage2 = [f"Pf {first} {last}", f"Pl {first} {last}", f"Pp {first} {last[:3]}"]
        stage2.append(f"Pi {first[0]} {last}")
        if len(last) >= 5:
            stage3 = [f"Ps {first} {last[-4:]}"]
    return stage1, stage2, stage3


def _org_query_keys(form: NameForm) -> tuple[list[str], list[str]]:
    stage1 = list(dict.fromkeys((f"Of {form.fold}", f"Of {form.ascii}", f"Of {form.bare}")))
    stage1.append(f"Of {_ascii(form.bare)}")
    stage2 = [k for k in _org_keys(form) if not k.startswith("Of ")]
    return stage1, stage2


# ---------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------

_Match = tuple[float, Method, list[str], int]


def _one_slip(q: tuple[str, ...], c: tuple[str, ...], *, person: bool) -> str | None:
    """A single one-letter slip in one long token (the only uncorroborated fuzziness allowed)."""
    if len(q) != len(c) or not q:
        return None
    diffs = [i for i, (a, b) in enumerate(zip(q, c, strict=True)) if a != b]
    if len(diffs) != 1 or (person and diffs[0] == 0):
        return None
    a, b = q[diffs[0]], c[diffs[0]]
    if min(len(a), len(b)) < 5 or max(len(a), len(b)) < 6 or _fuzzy.edit_distance(a, b) != 1:
        return None
    return f"one letter differs: {a}/{b}"


_LETTER_FOLDS = {"aa": "Å", "oe": "Ø", "ae": "Æ"}
"""Folded tokens that were one letter: "Å." is the initial of Aagaard, Åse, ..."""


def _is_initial(tok: str) -> bool:
    return len(tok) == 1 or tok in _LETTER_FOLDS


def _letter(tok: str) -> str:
    return _LETTER_FOLDS.get(tok, tok.upper())


def _initials(q: tuple[str, ...], c: tuple[str, ...]) -> _Match | None:
    if len(q) < 2 or len(c) < 2 or q[-1] != c[-1]:
        return None
    reasons: list[str] = []
    strong = True
    qf, cf = q[0], c[0]
    if qf != cf:
        if _is_initial(qf) and cf.startswith(qf):
            reasons.append(f"first initial {_letter(qf)} = {cf.capitalize()}")
        elif _is_initial(cf) and qf.startswith(cf):
            reasons.append(f"registered initial {_letter(cf)} = {qf.capitalize()}")
        else:
            return None
        strong = False
    qm, cm = list(q[1:-1]), list(c[1:-1])
    j = 0
    for tok in qm:
        while j < len(cm) and not (cm[j] == tok or cm[j].startswith(tok) or tok.startswith(cm[j])):
            j += 1
        if j == len(cm):
            return None
        other = cm[j]
        if other != tok:
            if _is_initial(tok) and other.startswith(tok):
                reasons.append(f"middle initial {_letter(tok)} = {other.capitalize()}")
            elif _is_initial(other) and tok.startswith(other):
                reasons.append(f"middle initial {_letter(other)} = {tok.capitalize()}")
            else:
                return None
        j += 1
    if len(qm) < len(cm):
        reasons.append("middle name omitted")
        strong = False
    elif len(qm) > len(cm):  # pragma: no cover - guarded by the alignment loop
        return None
    if not reasons:
        return None
    return (90.0 if strong else 85.0), "initials", reasons, (STRONG if strong else WEAK)


def _extra_middle(q: tuple[str, ...], c: tuple[str, ...]) -> _Match | None:
    """The text has a middle name the registry lacks ("Kim Kofod Hansen" vs "Kim Hansen")."""
    if len(q) > len(c) >= 2 and q[0] == c[0] and q[-1] == c[-1]:
        rest = list(q[1:-1])
        for tok in c[1:-1]:
            if tok not in rest:
                return None
            rest.remove(tok)
        return 85.0, "initials", ["middle name not in registry"], WEAK
    return None


def _whole_surnames(q: NameForm, c: NameForm) -> bool:
    """Every part of ``c``'s hyphenated surname is in ``q`` ("Kastrup-Larsen" is one surname:
    "Thomas Larsen" has left out no middle name, he is someone else)."""
    words = c.text.split()
    if not words or "-" not in words[-1]:
        return True
    parts = person_form(words[-1].replace("-", " ")).tokens
    return all(part in q.tokens for part in parts)


def _compare_person(q: NameForm, c: NameForm) -> _Match | None:
    if q.clean == c.clean:
        return 100.0, "exact", [], STRONG
    if q.fold == c.fold:
        return 96.0, "folded", _fold_reasons(q.clean, c.clean), STRONG
    if q.ascii == c.ascii:
        return 93.0, "folded", _ascii_reasons(q.clean, c.clean), STRONG
    if sorted(q.tokens) == sorted(c.tokens) and min(map(len, q.tokens)) > 1:
        return 94.0, "folded", ["token order"], STRONG
    found = None
    if _whole_surnames(q, c) and _whole_surnames(c, q):  # not "Thomas Larsen" for Kastrup-Larsen
        found = _initials(q.tokens, c.tokens) or _extra_middle(q.tokens, c.tokens)
    if found is not None:
        return found
    score = _fuzzy.ratio(q.fold, c.fold)
    if score < _MIN_SCORE:
        return None
    slip = _one_slip(q.tokens, c.tokens, person=True)
    if slip is not None:
        return score, "fuzzy", [slip], WEAK
    if q.tokens and c.tokens and q.tokens[0] != c.tokens[0]:
        return score, "fuzzy", ["different first name"], NONE
    return score, "fuzzy", ["similar name"], NONE


def _compare_org(q: NameForm, c: NameForm) -> _Match | None:
    if q.clean == c.clean:
        return 100.0, "exact", [], STRONG
    if q.fold == c.fold:
        return 96.0, "folded", _fold_reasons(q.clean, c.clean), STRONG
    if q.bare == c.bare:
        return 95.0, "folded", ["legal form ignored"], STRONG
    if q.ascii == c.ascii or _ascii(q.bare) == _ascii(c.bare):
        return 93.0, "folded", _ascii_reasons(q.clean, c.clean), STRONG
    if sorted(q.tokens) == sorted(c.tokens):
        return 93.0, "folded", ["token order"], STRONG
    score = _fuzzy.ratio(q.bare, c.bare)
    if score < _MIN_SCORE:
        return None
    slip = _one_slip(q.tokens, c.tokens, person=False)
    if slip is not None:
        return score, "fuzzy", [slip], WEAK
    return score, "fuzzy", ["similar name"], NONE


# ---------------------------------------------------------------------------
# The registry
# ---------------------------------------------------------------------------


class Registry:
    """Registered persons and organisations with an index for fast, explainable resolution.

    Build one from records (``Registry(persons=..., organisations=...)``) or load a file with
    :meth:`Registry.load` / :func:`load_registry`. Instances are read-only.
    """

    def __init__(
        self,
        persons: Iterable[PersonRecord] = (),
        organisations: Iterable[OrganisationRecord] = (),
        *,
        source: str = "<memory>",
        index: Literal["auto", "memory", "sqlite"] = "auto",
        _index_file: Path | None = None,
        _sources: Sequence[Path] = (),
    ) -> None:
        self.source = source
        entities: list[Record] = [*organisations, *persons]
        by_id = {e.id: i for i, e in enumerate(entities)}
        if len(by_id) != len(entities):
            seen: set[str] = set()
            for e in entities:
                if e.id in seen:
                    raise RegistryError(f"{source}: duplicate id {e.id!r}")
                seen.add(e.id)
        names: list[str] = []
        owner: list[int] = []
        add_name, add_owner = names.append, owner.append
        for i, e in enumerate(entities):
            if not e.id:
                raise RegistryError(f"{source}: {e.kind} {e.name!r} has no id")
            if not e.name or not e.name.strip():
                raise RegistryError(f"{source}: {e.kind} {e.id!r} has no name")
            add_name(e.name)
            add_owner(i)
            if e.aliases:
                for text in e.aliases:
                    if text.strip() and text != e.name:
                        add_name(text)
                        add_owner(i)
            if type(e) is PersonRecord and e.memberships:
                for m in e.memberships:
                    target = by_id.get(m.organisation)
                    if target is None or type(entities[target]) is not OrganisationRecord:
                        raise RegistryError(
                            f"{source}: person {e.id!r} has a membership of unknown "
                            f"organisation {m.organisation!r}"
                        )
        self._entities = entities
        self._by_id = by_id
        self._names = names
        self._owner = owner
        self._org_cache: dict[str, Resolution] = {}
        use_sqlite = index == "sqlite" or (index == "auto" and len(names) > MEMORY_INDEX_LIMIT)
        self._store: _index.MemoryStore | _index.SqliteStore
        self.index_file: Path | None = None
        if use_sqlite and _index_file is not None:
            try:
                fp = _index.fingerprint(_sources)
                self._store = _index.open_or_build(_index_file, fp, self._pairs)
                self.index_file = _index_file
                return
            except (OSError, sqlite3.Error):
                pass  # read-only directory or similar: fall back to memory
        self._store = _index.MemoryStore(self._pairs())

    def _pairs(self) -> Iterator[tuple[str, int]]:
        entities, owner = self._entities, self._owner
        for row, text in enumerate(self._names):
            if isinstance(entities[owner[row]], PersonRecord):
                for key in _person_keys(person_form(text)):
                    yield key, row
            else:
                for key in _org_keys(organisation_form(text)):
                    yield key, row

    # -- loading --------------------------------------------------------------------------

    @classmethod
    def load(
        cls,
        path: str | Path,
        *,
        memberships: str | Path | None = None,
        index: Literal["auto", "memory", "sqlite"] = "auto",
    ) -> Registry:
        """Read a registry file (``.yaml``/``.yml``, ``.json`` or ``.csv``).

        A CSV registry may come with a memberships CSV: ``memberships=`` or, by default, a file
        named ``<stem>.memberships.csv`` beside it. Large registries keep their index in
        ``<file>.referat-index.sqlite`` (rebuilt when a source file changes).

        Raises:
            RegistryError: the file is missing or malformed (the message names file, line and
                problem). Nothing is loaded in that case.
        """
        p = Path(path)
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise RegistryError(f"{p}: cannot read: {exc.strerror or exc}") from exc
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise RegistryError(f"{p}: not valid UTF-8 ({exc.reason})") from exc
        suffix = p.suffix.lower()
        sources = [p]
        if suffix in {".yaml", ".yml"}:
            persons, orgs = _from_mapping(p, _load_yaml(p, text), _yaml_locator(text))
        elif suffix == ".json":
            try:
                raw = json.loads(text)
            except json.JSONDecodeError as exc:
                raise RegistryError(f"{p}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
            persons, orgs = _from_mapping(p, raw, _json_locator(text))
        elif suffix == ".csv":
            persons, orgs = _from_csv(p, text)
            mpath = Path(memberships) if memberships else p.with_name(p.stem + ".memberships.csv")
            if memberships is not None or mpath.exists():
                sources.append(mpath)
                persons = _attach_memberships(mpath, persons, orgs)
        else:
            raise RegistryError(f"{p}: unknown registry format {suffix!r} (use .yaml, .json, .csv)")
        if memberships is not None and suffix != ".csv":
            raise RegistryError(f"{p}: a memberships file goes with a CSV registry only")
        return cls(
            persons,
            orgs,
            source=str(p),
            index=index,
            _index_file=_index.index_path(p),
            _sources=sources,
        )

    # -- access ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def get(self, entity_id: str) -> Record | None:
        """The record with this id, or None."""
        i = self._by_id.get(entity_id)
        return None if i is None else self._entities[i]

    @property
    def persons(self) -> list[PersonRecord]:
        """Every registered person, in file order."""
        return [e for e in self._entities if isinstance(e, PersonRecord)]

    @property
    def organisations(self) -> list[OrganisationRecord]:
        """Every registered organisation, in file order."""
        return [e for e in self._entities if isinstance(e, OrganisationRecord)]

    def names(self) -> Iterator[tuple[str, str, Kind]]:
        """Every registered name and alias as ``(text, entity id, kind)``."""
        for row, text in enumerate(self._names):
            e = self._entities[self._owner[row]]
            yield text, e.id, e.kind

    # -- resolution -----------------------------------------------------------------------

    def resolve(
        self,
        name: str,
        kind: Kind = "person",
        *,
        context: LineContext | None = None,
        weak: bool = True,
        every: bool = False,
    ) -> Resolution:
        """Resolve ``name`` to one registered entity of ``kind``, or explain why not.

        ``weak=False`` accepts only exact, alias, folded and full-initials matches (used for
        names found in running text, where there is no line context to confirm a close call).
        ``every=True`` also gathers close candidates when a strong match exists (slower; used
        to find spelling variants).
        """
        if kind == "organisation":
            return self.resolve_organisation(name, weak=weak, every=every)
        return self.resolve_person(name, context=context, weak=weak, every=every)

    def resolve_person(
        self,
        name: str,
        *,
        context: LineContext | None = None,
        weak: bool = True,
        every: bool = False,
    ) -> Resolution:
        """Resolve a person's name; ``context`` is what the line says (organisation, title)."""
        q = person_form(name)
        if not q.tokens:
            return Resolution(name, "person", "unknown")
        stage1, stage2, stage3 = _person_query_keys(q)
        capped: list[bool] = []
        cands = self._candidates(q, stage1, _STAGE1_CAP, "person", capped)
        first = set(cands)
        # a folded spelling alone still looks for initials spelt as written (see _spelt_alike)
        if every or not any(c.strength == STRONG and not _by_folding(c) for c in cands.values()):
            self._merge(
                cands, self._candidates(q, stage2, _STAGE2_CAP, "person", capped, prefilter=True)
            )
            if stage3 and (every or not any(c.strength >= WEAK for c in cands.values())):
                more = self._candidates(q, stage3, _STAGE2_CAP, "person", capped, prefilter=True)
                self._merge(cands, more)
        limited = self._limit(cands, first, capped)
        res = self._decide(name, "person", cands, context or _NO_CONTEXT, weak=weak)
        if limited and res.status == "unknown":
            return Resolution(name, "person", "ambiguous", None, res.candidates)
        return res

    def resolve_organisation(
        self, name: str, *, weak: bool = True, every: bool = False
    ) -> Resolution:
        """Resolve an organisation name (legal forms ignored, aliases such as SDU honoured)."""
        key = f"{int(weak)}{int(every)}{name}"
        hit = self._org_cache.get(key)
        if hit is not None:
            return hit
        q = organisation_form(name)
        if not q.tokens:
            return Resolution(name, "organisation", "unknown")
        stage1, stage2 = _org_query_keys(q)
        capped: list[bool] = []
        cands = self._candidates(q, stage1, _STAGE1_CAP, "organisation", capped)
        first = set(cands)
        if every or not any(c.strength == STRONG for c in cands.values()):
            more = self._candidates(q, stage2, _STAGE2_CAP, "organisation", capped, prefilter=True)
            self._merge(cands, more)
        limited = self._limit(cands, first, capped)
        res = self._decide(name, "organisation", cands, _NO_CONTEXT, weak=weak)
        if limited and res.status == "unknown":
            res = Resolution(name, "organisation", "ambiguous", None, res.candidates)
        if len(self._org_cache) < 10_000:
            self._org_cache[key] = res
        return res

    @staticmethod
    def _limit(cands: dict[str, Candidate], first: set[str], capped: list[bool]) -> bool:
        """When a blocking key hit its cap, the candidates found through it are incomplete: a
        unique-looking match may have unseen rivals, so none of them may link."""
        if not capped:
            return False
        limited = False
        for cid, c in list(cands.items()):
            if cid not in first and c.strength > NONE:
                reasons = (*c.reasons, "too many similar registered names to decide")
                cands[cid] = dataclasses.replace(c, strength=NONE, reasons=reasons)
                limited = True
        return limited

    @staticmethod
    def _merge(into: dict[str, Candidate], more: dict[str, Candidate]) -> None:
        for cid, c in more.items():
            if cid not in into or _rank(c) > _rank(into[cid]):
                into[cid] = c

    def starters(self, words: Iterable[str]) -> set[str]:
        """Which folded words begin some registered name or alias (to skip the rest fast)."""
        keys = {f"S {w}": w for w in words}
        return {keys[k] for k in self._store.present(keys)}

    def present(self, folded: Iterable[str]) -> set[str]:
        """Which folded texts are registered names or aliases (of either kind), for scanning."""
        keys = {f"{p} {t}": t for t in folded for p in ("Pf", "Of")}
        return {keys[k] for k in self._store.present(keys)}

    def _candidates(
        self,
        q: NameForm,
        keys: list[str],
        cap: int,
        kind: Kind,
        capped: list[bool],
        *,
        prefilter: bool = False,
    ) -> dict[str, Candidate]:
        rows = self._store.rows(keys, cap=cap)
        if not rows:
            return {}
        if len(rows) >= cap:
            capped.append(True)  # the caller's flag: this key set hit its cap
        is_person = kind == "person"
        form = person_form if is_person else organisation_form
        if prefilter and len(rows) > _SCORE_TOP:
            target = q.fold if is_person else q.bare
            folds = [(fold(self._names[r]), r) for r in rows]
            scored = sorted(((_fuzzy.ratio(target, f), r) for f, r in folds), reverse=True)
            keep = {r for s, r in scored[:_SCORE_TOP] if s >= _MIN_SCORE - 10}
            if is_person and len(q.tokens) >= 2:
                # Names with the same first and last word are initials/middle-name candidates
                # however low their ratio: keep them all, or a rival could go unseen.
                first = q.tokens[0]
                head = first if len(first) == 1 else f"{first} "
                tail = f" {q.tokens[-1]}"
                keep.update(r for f, r in folds if f.startswith(head) and f.endswith(tail))
            rows = [r for r in rows if r in keep]
        compare = _compare_person if is_person else _compare_org
        out: dict[str, Candidate] = {}
        for row in rows:
            entity = self._entities[self._owner[row]]
            if entity.kind != kind:
                continue  # a hash collision in the SQLite index
            text = self._names[row]
            found = compare(q, form(text))
            if found is None:
                continue
            score, method, reasons, strength = found
            if text != entity.name:
                if method == "exact":
                    score, method = 98.0, "alias"
                else:
                    reasons = [f"alias {text}", *reasons]
                if method == "initials" and strength > NONE and _name_differs(q, entity, compare):
                    # "Lone Aagaard" fits the alias "L. Aagaard", but the person is Lars
                    strength = NONE
                    reasons = [*reasons, f"registered name {entity.name} differs"]
            if q.reordered:
                reasons = [*reasons, "surname first"]
            cand = Candidate(entity.id, entity.name, text, score, method, tuple(reasons), strength)
            old = out.get(entity.id)
            if old is None or _rank(cand) > _rank(old):
                out[entity.id] = cand
        return out

    def _context(self, cand: Candidate, ctx: LineContext) -> tuple[int, list[str]]:
        """+1 the line agrees with the registry memberships, -1 contradicts, 0 says nothing."""
        person = self.get(cand.id)
        if not isinstance(person, PersonRecord) or not person.memberships:
            return 0, []
        written = f" {organisation_form(ctx.written).bare} " if ctx.written else ""
        agree: list[str] = []
        names: list[str] = []
        for m in person.memberships:
            org = self.get(m.organisation)
            assert isinstance(org, OrganisationRecord)
            names.append(org.name)
            match = any(
                text and self._org_is(text, org) for text in (ctx.organisation, ctx.group)
            ) or (
                bool(written)
                and any(
                    f" {organisation_form(n).bare} " in written for n in (org.name, *org.aliases)
                )
            )
            if not match:
                continue
            if not m.active_on(ctx.date):
                agree.append(f"membership {org.name} matches line but not active on {ctx.date}")
                continue
            agree.append(f"membership {org.name} matches line")
            if m.role and ctx.title and fold(m.role) == fold(ctx.title):
                agree.append(f"role {m.role} matches line")
        if any("not active" not in r for r in agree):
            return 1, agree
        listed = ", ".join(names)
        if ctx.organisation:
            return -1, [f"line organisation {ctx.organisation} is not among memberships ({listed})"]
        if ctx.group and self.resolve_organisation(ctx.group, weak=False).entity is not None:
            # listed under "Grundfos:": a group that is a registered organisation speaks too
            return -1, [f"line group {ctx.group} is not among memberships ({listed})"]
        return 0, agree

    def _org_is(self, text: str, org: OrganisationRecord) -> bool:
        res = self.resolve_organisation(text, weak=True)
        return res.entity is not None and res.entity.id == org.id

    def _decide(
        self,
        query: str,
        kind: Kind,
        cands: Mapping[str, Candidate],
        ctx: LineContext,
        *,
        weak: bool,
    ) -> Resolution:
        order = sorted(cands.values(), key=_rank, reverse=True)
        shown = tuple(order[:5])
        if not order or order[0].strength == NONE:
            return Resolution(query, kind, "unknown", None, shown)
        has_ctx = kind == "person" and ctx != _NO_CONTEXT
        verdicts: dict[str, tuple[int, list[str]]] = {}

        def verdict(c: Candidate) -> tuple[int, list[str]]:
            if not has_ctx:
                return 0, []
            if c.id not in verdicts:
                verdicts[c.id] = self._context(c, ctx)
            return verdicts[c.id]

        top = order[0]
        if top.strength == STRONG:
            tied = [c for c in order if c.strength == STRONG and c.score >= top.score]
            if kind == "person" and _by_folding(top):
                tied += _spelt_alike(query, order[1:])
            if len(tied) > 1:
                agreeing = [c for c in tied if verdict(c)[0] > 0]
                if len(agreeing) == 1:
                    return self._linked(query, kind, agreeing[0], verdict(agreeing[0])[1], shown)
                return Resolution(query, kind, "ambiguous", None, shown)
            return self._linked(query, kind, top, verdict(top)[1], shown)
        if not weak:
            return Resolution(query, kind, "unknown", None, shown)
        viable = [c for c in order if c.strength == WEAK and verdict(c)[0] >= 0]
        if not viable:
            return Resolution(query, kind, "unknown", None, shown)
        best = viable[0]
        # A contradicted candidate still competes: the name fits it as well as ``best``, and
        # a line that rules one person out does not say that it is the other one.
        rivals = [
            c
            for c in order
            if c is not best and (c.strength == WEAK or c.score >= best.score - MARGIN)
        ]
        if rivals:
            agreeing = [c for c in (best, *rivals) if verdict(c)[0] > 0 and c.strength == WEAK]
            if len(agreeing) == 1:
                return self._linked(query, kind, agreeing[0], verdict(agreeing[0])[1], shown)
            return Resolution(query, kind, "ambiguous", None, shown)
        extra = verdict(best)[1] or ([] if not has_ctx else ["no context to confirm"])
        if not has_ctx:
            extra = ["no context to confirm"] if kind == "person" else []
        return self._linked(query, kind, best, extra, shown)

    @staticmethod
    def _linked(
        query: str, kind: Kind, cand: Candidate, extra: list[str], shown: tuple[Candidate, ...]
    ) -> Resolution:
        return Resolution(query, kind, "linked", cand.ref(extra), shown)


def _rank(c: Candidate) -> tuple[int, float]:
    return c.strength, c.score


def _name_differs(
    q: NameForm, entity: Record, compare: Callable[[NameForm, NameForm], _Match | None]
) -> bool:
    """The written name does not fit the entity's own name (only an abbreviating alias)."""
    found = compare(q, person_form(entity.name))
    return found is None or found[3] == NONE


def _by_folding(c: Candidate) -> bool:
    """The match needed Danish letters folded (aa/å, oe/ø, o/ø, accents)."""
    return c.method == "folded" and any(r.startswith("fold ") or r == "accents" for r in c.reasons)


def _spelt_alike(query: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """Initials/middle-name candidates whose letters are exactly as written ("L. Ågård" for
    Lone Ågård): they fit as well as a folded spelling of the full name ("Lars Aagaard", alias
    "L. Aagaard"), so neither beats the other on its own."""
    written = tuple(person_form(query).clean.split())
    out = []
    for c in cands:
        if c.strength == NONE or c.method != "initials":
            continue
        registered = tuple(person_form(c.matched).clean.split())
        if _initials(written, registered) or _extra_middle(written, registered):
            out.append(c)
    return out


def load_registry(
    path: str | Path,
    *,
    memberships: str | Path | None = None,
    index: Literal["auto", "memory", "sqlite"] = "auto",
) -> Registry:
    """Read a registry file; see :meth:`Registry.load`."""
    return Registry.load(path, memberships=memberships, index=index)


# ---------------------------------------------------------------------------
# File parsing
# ---------------------------------------------------------------------------

_Locator = Callable[[tuple[str | int, ...]], int | None]
_PERSON_KEYS = frozenset({"id", "name", "aliases", "memberships", "notes"})
_ORG_KEYS = frozenset({"id", "name", "aliases", "notes"})
_MEMBERSHIP_KEYS = frozenset({"organisation", "role", "start", "end"})


class _YamlLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader (libyaml's when available), with dates left as text for us to check."""


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_YamlLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def _load_yaml(path: Path, text: str) -> Any:
    try:
        return yaml.load(text, Loader=_YamlLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise RegistryError(f"{path}{line}: invalid YAML: {problem}") from exc


def _yaml_locator(text: str) -> _Locator:
    def locate(where: tuple[str | int, ...]) -> int | None:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            node = yaml.compose(text, Loader=loader)
        except yaml.YAMLError:  # pragma: no cover - the text parsed a moment ago
            return None
        line = None
        for step in where:
            if node is None:
                break
            line = node.start_mark.line + 1
            if isinstance(node, yaml.MappingNode) and isinstance(step, str):
                node = next((v for k, v in node.value if k.value == step), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
                node = node.value[step] if step < len(node.value) else None
            else:
                break
        if node is not None:
            line = node.start_mark.line + 1
        return line

    return locate


def _json_locator(text: str) -> _Locator:
    """Line of ``[section, index, ...]``: the index-th object of a top-level array."""

    def locate(where: tuple[str | int, ...]) -> int | None:
        if len(where) < 2 or not isinstance(where[0], str) or not isinstance(where[1], int):
            return None
        section, index = where[0], where[1]
        m = re.search(rf'"{re.escape(section)}"\s*:\s*\[', text)
        if m is None:
            return None
        depth, count, in_str, esc = 0, -1, False, False
        for pos in range(m.end(), len(text)):
            ch = text[pos]
            if in_str:
                esc = not esc and ch == "\\"
                if ch == '"' and not esc:
                    in_str = False
                continue
            if ch == '"':
                in_str = True
            elif ch in "{[":
                if depth == 0 and ch == "{":
                    count += 1
                    if count == index:
                        return text.count("\n", 0, pos) + 1
                depth += 1
            elif ch in "}]":
                if depth == 0:
                    return None
                depth -= 1
        return None

    return locate


class _Problems:
    """Builds ``file:line: problem`` messages."""

    def __init__(self, path: Path, locate: _Locator | None = None) -> None:
        self.path = path
        self.locate = locate

    def error(
        self, problem: str, where: tuple[str | int, ...] = (), line: int | None = None
    ) -> Any:
        if line is None and self.locate is not None and where:
            line = self.locate(where)
        at = f":{line}" if line else ""
        dotted = "".join(f"[{w}]" if isinstance(w, int) else f".{w}" for w in where).lstrip(".")
        suffix = f" (at {dotted})" if dotted else ""
        raise RegistryError(f"{self.path}{at}: {problem}{suffix}")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip()
    return None


def _date(value: Any, errors: _Problems, where: tuple[str | int, ...]) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    return errors.error(f"invalid date {value!r} (use YYYY-MM-DD)", where)  # type: ignore[no-any-return]


def _aliases(value: Any, errors: _Problems, where: tuple[str | int, ...]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        errors.error("aliases must be a list of names", where)
    out = []
    for a in value:
        t = _text(a)
        if not t:
            errors.error(f"alias {a!r} is not a name", where)
        out.append(str(t))
    return tuple(out)


def _from_mapping(
    path: Path, raw: Any, locate: _Locator
) -> tuple[list[PersonRecord], list[OrganisationRecord]]:
    errors = _Problems(path, locate)
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        errors.error("the registry must be a mapping with 'persons' and 'organisations'", (), 1)
    unknown = set(raw) - {"persons", "organisations"}
    if unknown:
        errors.error(f"unknown top-level key {sorted(map(str, unknown))[0]!r}", (), 1)
    seen: dict[str, tuple[str | int, ...]] = {}
    orgs: list[OrganisationRecord] = []
    persons: list[PersonRecord] = []
    pending: list[tuple[tuple[str | int, ...], str]] = []
    for section in ("organisations", "persons"):
        items = raw.get(section) or []
        if not isinstance(items, list):
            errors.error(f"'{section}' must be a list", (section,))
        for i, item in enumerate(items):
            where: tuple[str | int, ...] = (section, i)
            if not isinstance(item, dict):
                errors.error(f"{section[:-1]} entry must be a mapping", where)
            allowed = _PERSON_KEYS if section == "persons" else _ORG_KEYS
            extra = set(item) - allowed
            if extra:
                errors.error(f"unknown field {sorted(map(str, extra))[0]!r}", where)
            eid = _text(item.get("id"))
            if not eid:
                errors.error(f"{section[:-1]} without an id", where)
            assert eid is not None
            if eid in seen:
                errors.error(f"duplicate id {eid!r}", where)
            seen[eid] = where
            name = _text(item.get("name"))
            if not name:
                errors.error(f"{section[:-1]} {eid!r} has no name", where)
            assert name is not None
            aliases = _aliases(item.get("aliases"), errors, (*where, "aliases"))
            if section == "organisations":
                orgs.append(OrganisationRecord(eid, name, aliases))
                continue
            ms = item.get("memberships") or []
            if not isinstance(ms, list):
                errors.error("memberships must be a list", (*where, "memberships"))
            members: list[Membership] = []
            for j, m in enumerate(ms):
                mw: tuple[str | int, ...] = (*where, "memberships", j)
                if not isinstance(m, dict):
                    errors.error("membership must be a mapping", mw)
                if set(m) - _MEMBERSHIP_KEYS:
                    errors.error(f"unknown field {sorted(set(m) - _MEMBERSHIP_KEYS)[0]!r}", mw)
                org = _text(m.get("organisation"))
                if not org:
                    errors.error("membership without an organisation", mw)
                assert org is not None
                pending.append((mw, org))
                members.append(
                    Membership(
                        org,
                        _text(m.get("role")) or None,
                        _date(m.get("start"), errors, mw),
                        _date(m.get("end"), errors, mw),
                    )
                )
            persons.append(PersonRecord(eid, name, aliases, tuple(members)))
    org_ids = {o.id for o in orgs}
    for mw, org in pending:
        if org not in org_ids:
            errors.error(f"unknown organisation {org!r} in membership", mw)
    return persons, orgs


def _csv_rows(
    path: Path, text: str, required: Sequence[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    errors = _Problems(path)
    header = next(reader, None)
    if header is None:
        errors.error("empty CSV file (expected a header row)", (), 1)
    assert header is not None
    cols = [h.strip().lower() for h in header]
    missing = [c for c in required if c not in cols]
    if missing:
        errors.error(f"missing column {missing[0]!r} in the header", (), 1)
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(cols):
            errors.error(f"{len(row)} fields, but the header has {len(cols)}", (), reader.line_num)
        yield (
            reader.line_num,
            {c: (row[i].strip() if i < len(row) else "") for i, c in enumerate(cols)},
        )


def _from_csv(path: Path, text: str) -> tuple[list[PersonRecord], list[OrganisationRecord]]:
    errors = _Problems(path)
    persons: list[PersonRecord] = []
    orgs: list[OrganisationRecord] = []
    seen: set[str] = set()
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        errors.error("empty CSV file (expected a header row)", (), 1)
    assert header is not None
    cols = [h.strip().lower() for h in header]
    for col in ("id", "kind", "name"):
        if col not in cols:
            errors.error(f"missing column {col!r} in the header", (), 1)
    i_id, i_kind, i_name = cols.index("id"), cols.index("kind"), cols.index("name")
    i_alias = cols.index("aliases") if "aliases" in cols else -1
    width = len(cols)
    add_person, add_org = persons.append, orgs.append
    new_person = tuple.__new__  # PersonRecord(...) without the Python-level __new__: 3x faster
    for row in reader:
        if len(row) != width:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > width:
                errors.error(f"{len(row)} fields, but the header has {width}", (), reader.line_num)
            row = row + [""] * (width - len(row))
        eid, kind, name = row[i_id].strip(), row[i_kind], row[i_name]
        if kind != "person":
            kind = kind.strip().lower()
        if not eid:
            errors.error("row without an id", (), reader.line_num)
        if eid in seen:
            errors.error(f"duplicate id {eid!r}", (), reader.line_num)
        seen.add(eid)
        if not name or name[0] == " " or name[-1] == " ":
            name = name.strip()
        if not name:
            errors.error(f"{kind or 'entity'} {eid!r} has no name", (), reader.line_num)
        raw = row[i_alias] if i_alias >= 0 else ""
        aliases = tuple(a.strip() for a in raw.split("|") if a.strip()) if raw else ()
        if kind == "person":
            add_person(new_person(PersonRecord, (eid, name, aliases, ())))
        elif kind in {"organisation", "organization"}:
            add_org(OrganisationRecord(eid, name, aliases))
        else:
            errors.error(f"kind must be person or organisation, not {kind!r}", (), reader.line_num)
    return persons, orgs


def _fixed_line(line: int) -> _Locator:
    def locate(_where: tuple[str | int, ...]) -> int | None:
        return line

    return locate


def _attach_memberships(
    path: Path, persons: list[PersonRecord], orgs: list[OrganisationRecord]
) -> list[PersonRecord]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not valid UTF-8 ({exc.reason})") from exc
    errors = _Problems(path)
    person_ids = {p.id: i for i, p in enumerate(persons)}
    org_ids = {o.id for o in orgs}
    extra: dict[int, list[Membership]] = {}
    for line, row in _csv_rows(path, text, ("person", "organisation")):
        pid, oid = row["person"], row["organisation"]
        if pid not in person_ids:
            errors.error(f"unknown person {pid!r} in membership", (), line)
        if oid not in org_ids:
            errors.error(f"unknown organisation {oid!r} in membership", (), line)
        at_line = _Problems(path, _fixed_line(line))
        m = Membership(
            oid,
            row.get("role") or None,
            _date(row.get("start"), at_line, ("start",)),
            _date(row.get("end"), at_line, ("end",)),
        )
        extra.setdefault(person_ids[pid], []).append(m)
    out = list(persons)
    for i, ms in extra.items():
        p = out[i]
        out[i] = PersonRecord(p.id, p.name, p.aliases, (*p.memberships, *ms))
    return out
