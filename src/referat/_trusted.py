"""Models built by the pipeline without pydantic's validation: ``new.Person(name=..., ...)``.

Pydantic validates every model it builds, field by field. The pipeline builds a few dozen
models per document (items, sections, decisions, people), and validating them was about a
twelfth of a parse. Their values need no checking: mypy --strict checks every call against the
model's fields (each name here is typed as the model class, so ``new.Person(...)`` is checked
exactly like ``Person(...)``), and ``Meeting``, which holds them all, is still validated in
``_api``. So the pipeline fills the models' fields directly, as ``model_construct`` does, but
in compiled code: field order, defaults (a fresh list per default list) and the set of fields
given come out as validation makes them, and a list given is copied as validation copies it.

Users' code keeps pydantic's checks: only the pipeline calls these. ``tests/test_trusted.py``
checks that each model built here equals, field by field and type by type, the model pydantic
validates from the same values, for every model of every fixture.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar, cast

from referat import models

if TYPE_CHECKING:
    from pydantic import BaseModel

M = TypeVar("M", bound="BaseModel")

_setattr: Final = object.__setattr__


class _Builder(Generic[M]):
    """Builds one model class from its fields' values, without validation."""

    def __init__(self, cls: type[M]) -> None:
        self._cls = cls
        self._template: dict[str, Any] = {}  # every field, in order: its default, or None
        self._factories: list[tuple[str, Callable[[], Any]]] = []
        for name, info in cls.model_fields.items():
            factory = info.default_factory
            if factory is not None:
                self._factories.append((name, cast("Callable[[], Any]", factory)))
                self._template[name] = None
            else:
                self._template[name] = None if info.is_required() else info.default

    def __call__(self, **values: Any) -> M:
        fields = self._template.copy()
        for name, value in values.items():
            fields[name] = list(value) if type(value) is list else value
        for name, factory in self._factories:
            if name not in values:
                fields[name] = factory()
        model = self._cls.__new__(self._cls)
        _setattr(model, "__dict__", fields)
        _setattr(model, "__pydantic_fields_set__", set(values))
        _setattr(model, "__pydantic_extra__", None)
        _setattr(model, "__pydantic_private__", None)
        return model


def trusted(cls: type[M]) -> type[M]:
    """A builder of ``cls`` typed as ``cls`` itself, so that mypy checks its calls."""
    return cast("type[M]", _Builder(cls))


AgendaItem: Final = trusted(models.AgendaItem)
Attachment: Final = trusted(models.Attachment)
Decision: Final = trusted(models.Decision)
HeaderField: Final = trusted(models.HeaderField)
Location: Final = trusted(models.Location)
Person: Final = trusted(models.Person)
Section: Final = trusted(models.Section)
TextBlock: Final = trusted(models.TextBlock)
