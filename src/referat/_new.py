"""The models the pipeline builds, made by pydantic-core's validator directly:
``new.Person(name=..., ...)`` is ``Person(name=..., ...)``, one call shorter.

``Person(...)`` runs ``BaseModel.__init__``, a Python function, which hands the values to the
model's validator. From compiled code that interpreted frame costs about as much as validating
a small model (a ``Section`` validates in two thirds of the time its ``__init__`` takes). The
pipeline builds a few dozen models per document, so it calls the validator itself: the same
validation, the same model (checked for every model of every fixture by ``tests/test_new.py``).

Each name here is typed as the model class, so mypy checks ``new.Person(...)`` against the
model's fields exactly like ``Person(...)``. ``new.updated(model, {...})`` is
``model.model_copy(update={...})`` without its interpreted frames.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar, cast

from referat import models

if TYPE_CHECKING:
    from pydantic import BaseModel

M = TypeVar("M", bound="BaseModel")


class _Builder(Generic[M]):
    """Builds one model class from its fields' values with the class's validator."""

    def __init__(self, cls: type[M]) -> None:
        self._validate: Callable[[dict[str, Any]], M] = cls.__pydantic_validator__.validate_python

    def __call__(self, **values: Any) -> M:
        return self._validate(values)


_setattr: Final = object.__setattr__


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
Vote: Final = _builder(models.Vote)
