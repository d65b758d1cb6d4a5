"""The pipeline's models, made by the validator directly (``_new``), are the models
``Model(**values)`` makes from the same values: equal, with the same field order, the same set
of fields given and the same type in every field (an enum where validation makes an enum, a
plain ``str`` where it makes one)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel
import pytest

import referat
from referat import _new as new
from referat.models import AgendaItem, Decision, Outcome, Person, Section, SectionKind, span_of

from support import ROOT, markdown_documents


def _models(value: Any) -> Iterator[BaseModel]:
    """Every model in a tree of models, lists and dicts."""
    if isinstance(value, BaseModel):
        yield value
        for name in type(value).model_fields:
            yield from _models(getattr(value, name))
    elif isinstance(value, list):
        for item in value:
            yield from _models(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _models(item)


def _same_types(a: Any, b: Any, where: str) -> None:
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same_types(x, y, f"{where}[{i}]")


def _check(model: BaseModel) -> None:
    cls = type(model)
    given = {name: getattr(model, name) for name in model.model_fields_set}
    validated = cls(**given)
    assert validated == model
    assert list(vars(validated)) == list(vars(model)), cls.__name__
    assert validated.model_fields_set == model.model_fields_set, cls.__name__
    assert validated.model_dump_json() == model.model_dump_json()
    for name in cls.model_fields:
        _same_types(getattr(model, name), getattr(validated, name), f"{cls.__name__}.{name}")


@pytest.mark.parametrize(
    "path", markdown_documents(), ids=lambda p: str(p.relative_to(ROOT.parent))
)
def test_every_model_of_a_parse_equals_its_validated_twin(path: Path) -> None:
    meeting = referat.parse_file(path)
    for model in _models(meeting):
        _check(model)


def test_built_from_the_same_values_as_validation() -> None:
    span = span_of(4, 4)
    cases: tuple[tuple[type[BaseModel], dict[str, Any]], ...] = (
        (Person, {"name": "Anna Holm", "written": "Anna Holm (A)", "party": "A", "span": span}),
        (Person, {"name": "Bo", "roles": ["referent"], "written": "Bo", "span": span}),
        (AgendaItem, {"number": "4", "title": "Budget", "span": span}),
        (Decision, {"outcome": Outcome.APPROVED, "text": "Godkendt.", "span": span}),
        (Section, {"kind": SectionKind.REFERAT, "text": "Drøftet.", "span": span}),
    )
    for cls, values in cases:
        built = getattr(new, cls.__name__)(**values)
        validated = cls(**values)
        assert built == validated
        assert built.model_fields_set == validated.model_fields_set == set(values)
        assert list(vars(built)) == list(vars(validated))
        _check(built)


def test_a_list_given_is_copied_and_default_lists_are_fresh() -> None:
    sections = [new.Section(kind=SectionKind.REFERAT, text="Godkendt.", span=span_of(2, 2))]
    item = new.AgendaItem(title="Budget", sections=sections, span=span_of(1, 2))
    sections.append(Section(kind=SectionKind.BILAG, text="x", span=span_of(3, 3)))
    assert len(item.sections) == 1
    first = new.AgendaItem(title="A", span=span_of(1, 1))
    second = new.AgendaItem(title="B", span=span_of(2, 2))
    assert first.attachments is not second.attachments
    _check(item)
    _check(first)


def test_models_stay_frozen() -> None:
    item = new.AgendaItem(title="Budget", span=span_of(1, 1))
    with pytest.raises(ValueError, match="frozen"):
        item.title = "Regnskab"  # type: ignore[misc]


def test_updated_is_model_copy_with_update() -> None:
    span = span_of(2, 3)
    item = new.AgendaItem(number="2", title="Budget", span=span_of(1, 3))
    decision = new.Decision(outcome=Outcome.APPROVED, text="Godkendt.", span=span)
    for model, changes in (
        (item, {"decision": decision}),
        (item, {"title": "Budget 2025", "minutes_span": span}),
        (decision, {"outcome": Outcome.NOTED}),
        (new.Person(name="Bo Lind", written="Bo Lind", span=span), {"roles": ["chair"]}),
    ):
        copied, expected = new.updated(model, changes), model.model_copy(update=changes)
        assert copied == expected
        assert list(vars(copied)) == list(vars(expected))
        assert copied.model_fields_set == expected.model_fields_set
        assert copied.__pydantic_extra__ == expected.__pydantic_extra__
        assert copied.__pydantic_private__ == expected.__pydantic_private__
        assert copied is not model
        assert vars(model) != vars(copied)  # the original is unchanged
