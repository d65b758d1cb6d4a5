"""referat: Danish meeting minutes in Markdown -> validated, typed data.

>>> import referat
>>> text = "# Referat\\n\\nDato: 2. oktober 2017\\n\\n## 1. Godkendelse\\n\\nGodkendt.\\n"
>>> meeting = referat.parse(text)
>>> meeting.date.isoformat(), meeting.agenda[0].decision.outcome.value
('2017-10-02', 'approved')
"""

from importlib.metadata import PackageNotFoundError, version

from referat._api import DEFAULT_MAX_BYTES, parse, parse_file, raise_for_errors
from referat._batch import BatchError, parse_many
from referat._render import Style, render
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
)
from referat.registry import Registry, load_registry

try:
    __version__ = version("referat")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

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
    "__version__",
    "load_registry",
    "parse",
    "parse_file",
    "parse_many",
    "raise_for_errors",
    "render",
)
