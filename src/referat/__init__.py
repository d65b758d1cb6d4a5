"""referat: Danish meeting minutes in Markdown -> validated, typed data.

>>> import referat
>>> text = "# Referat\\n\\nDato: 2. oktober 2017\\n\\n## 1. Godkendelse\\n\\nGodkendt.\\n"
>>> meeting = referat.parse(text)
>>> meeting.date.isoformat(), meeting.agenda[0].decision.outcome.value
('2017-10-02', 'approved')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # kept equal to pyproject.toml by tests/test_docs.py

if TYPE_CHECKING:
    from referat._api import (
        DEFAULT_MAX_BYTES,
        parse,
        parse_file,
        parse_meetings,
        raise_for_errors,
    )
    from referat._batch import (
        BatchError,
        parse_many,
    )
    from referat._render import (
        Style,
        render,
    )
    from referat.diagnostics import (
        Code,
        InputTooLargeError,
        MinutesError,
        ReferatError,
        RegistryError,
        SourceError,
    )
    from referat.models import (
        SCHEMA_VERSION,
        AgendaItem,
        Attachment,
        Decision,
        Diagnostic,
        DocumentKind,
        Location,
        Meeting,
        Outcome,
        Person,
        Section,
        SectionKind,
        Severity,
        Span,
        Vote,
    )
    from referat.registry import (
        Registry,
        load_registry,
    )

# The public names load on first use (PEP 562): ``import referat`` stays cheap for tools that only
# need a type or the version, and pydantic, markdown-it and the registry load when first needed.
_EXPORTS: dict[str, str] = {
    "DEFAULT_MAX_BYTES": "referat._api",
    "parse": "referat._api",
    "parse_file": "referat._api",
    "parse_meetings": "referat._api",
    "raise_for_errors": "referat._api",
    "BatchError": "referat._batch",
    "parse_many": "referat._batch",
    "Style": "referat._render",
    "render": "referat._render",
    "Code": "referat.diagnostics",
    "InputTooLargeError": "referat.diagnostics",
    "MinutesError": "referat.diagnostics",
    "ReferatError": "referat.diagnostics",
    "RegistryError": "referat.diagnostics",
    "SourceError": "referat.diagnostics",
    "SCHEMA_VERSION": "referat.models",
    "AgendaItem": "referat.models",
    "Attachment": "referat.models",
    "Decision": "referat.models",
    "Diagnostic": "referat.models",
    "DocumentKind": "referat.models",
    "Location": "referat.models",
    "Meeting": "referat.models",
    "Outcome": "referat.models",
    "Person": "referat.models",
    "Section": "referat.models",
    "SectionKind": "referat.models",
    "Severity": "referat.models",
    "Span": "referat.models",
    "Vote": "referat.models",
    "Registry": "referat.registry",
    "load_registry": "referat.registry",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'referat' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


__all__ = (
    "DEFAULT_MAX_BYTES",
    "SCHEMA_VERSION",
    "AgendaItem",
    "Attachment",
    "BatchError",
    "Code",
    "Decision",
    "Diagnostic",
    "DocumentKind",
    "InputTooLargeError",
    "Location",
    "Meeting",
    "MinutesError",
    "Outcome",
    "Person",
    "ReferatError",
    "Registry",
    "RegistryError",
    "Section",
    "SectionKind",
    "Severity",
    "SourceError",
    "Span",
    "Style",
    "Vote",
    "__version__",
    "load_registry",
    "parse",
    "parse_file",
    "parse_many",
    "parse_meetings",
    "raise_for_errors",
    "render",
)
