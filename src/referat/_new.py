"""The models the pipeline builds, made without validation: ``new.Person(name=..., ...)``
is ``Person.model_construct(name=..., ...)`` in a compiled class.

The pipeline's values are typed (``mypy --strict`` checks every ``new.Person(...)`` against
the model's fields, as each name here is typed as the model class) and made by the pipeline
itself, so running pydantic's validator on them again costs time and checks nothing the types
do not: it was about 4 % of a compiled parse. ``tests/test_new.py`` checks, for every model of
every document the tests parse, that validating its values again gives an equal model, with
the same field order, the same fields given and the same type in every field. A ``Meeting``
made from them is validated as usual. ``new.updated(model, {...})`` is
``model.model_copy(update={...})`` without its interpreted frames.
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
    """Builds one model class from its fields' values, as ``model_construct`` does: the
    defaults filled in, the fields in the model's order, lists copied (as validation copies
    them), no validation run."""

    def __init__(self, cls: type[M]) -> None:
        self._cls = cls
        self._name = cls.__name__
        self._fields: list[tuple[str, bool, Any, Callable[[], Any] | None]] = []
        for name, info in cls.model_fields.items():
            factory = cast("Callable[[], Any] | None", info.default_factory)
            self._fields.append((name, info.is_required(), info.default, factory))

    def __call__(self, **values: Any) -> M:
        fields: dict[str, Any] = {}
        given = 0
        for name, required, default, factory in self._fields:
            if name in values:
                given += 1
                value = values[name]
                fields[name] = value.copy() if type(value) is list else value
            elif factory is not None:
                fields[name] = factory()
            elif required:
                raise TypeError(f"{self._name}: the field {name!r} is required")
            else:
                fields[name] = default
        if given != len(values):  # (the models forbid extra fields)
            raise TypeError(f"{self._name}: unknown fields {sorted(set(values) - set(fields))}")
        built = self._cls.__new__(self._cls)
        _setattr(built, "__dict__", fields)
        _setattr(built, "__pydantic_fields_set__", set(values))
        _setattr(built, "__pydantic_extra__", None)
        _setattr(built, "__pydantic_private__", None)
        return built


def updated(model: M, changes: dict[str, Any]) -> M:
    """``model.model_copy(update=changes)``: a shallow copy with the fields changed and added to
    the fields given, not validated (as ``model_copy`` validates nothing), made without its
    interpreted frames. The pipeline's models have no extra fields and no private attributes
    (``extra="forbid"``), so those stay ``None``."""
    cls = type(model)
    copied = cls.__new__(cls)
    fields = vars(model).copy()
    fields.update(changes)
    _setattr(copied, "__dict__", fields)
    _setattr(copied, "__pydantic_fields_set__", model.model_fields_set | changes.keys())
    _setattr(copied, "__pydantic_extra__", None)
    _setattr(copied, "__pydantic_private__", None)
    return copied


def _builder(cls: type[M]) -> type[M]:
    """A builder of ``cls`` typed as ``cls`` itself, so that mypy checks its calls."""
    return cast("type[M]", _Builder(cls))


AgendaItem: Final = _builder(models.AgendaItem)
Attachment: Final = _builder(models.Attachment)
Decision: Final = _builder(models.Decision)
HeaderField: Final = _builder(models.HeaderField)
Location: Final = _builder(models.Location)
Person: Final = _builder(models.Person)
Section: Final = _builder(models.Section)
TextBlock: Final = _builder(models.TextBlock)
