"""Diagnostic codes, their severities, the per-parse reporter, and the exception classes.

Codes are stable identifiers: add freely, never rename or reuse. The severity of a code comes from
the ``SEVERITY`` table, never from the call site.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from referat._kinds import Code as Code
from referat.models import Diagnostic, Severity, Span

SEVERITY: Mapping[Code, Severity] = MappingProxyType(
    {
        Code.EMPTY_DOCUMENT: Severity.ERROR,
        Code.BINARY_CONTENT: Severity.ERROR,
        Code.ENCODING_FALLBACK: Severity.WARNING,
        Code.ESCAPED_MARKUP: Severity.INFO,
        Code.OCR_REPAIRED: Severity.INFO,
        Code.CHAT_EXPORT: Severity.INFO,
        Code.MORE_MEETINGS: Severity.WARNING,
        Code.MISSING_DATE: Severity.ERROR,
        Code.UNPARSED_DATE: Severity.WARNING,
        Code.AMBIGUOUS_DATE: Severity.INFO,
        Code.DATE_YEAR_INFERRED: Severity.INFO,
        Code.DATE_FROM_TIMESTAMP: Severity.INFO,
        Code.NO_AGENDA: Severity.WARNING,
        Code.UNKNOWN_HEADING: Severity.INFO,
        Code.GUESSED_HEADING: Severity.INFO,
        Code.ITEM_NUMBER_GAP: Severity.WARNING,
        Code.DUPLICATE_ITEM_NUMBER: Severity.WARNING,
        Code.ITEM_NUMBERS_INFERRED: Severity.INFO,
        Code.UNMATCHED_MINUTES: Severity.WARNING,
        Code.PERSON_LISTED_TWICE: Severity.WARNING,
        Code.PRESENT_AND_ABSENT: Severity.WARNING,
        Code.REFERENT_NOT_ATTENDEE: Severity.INFO,
        Code.ROLE_GROUP_MISMATCH: Severity.WARNING,
        Code.UNPARSED_PERSON: Severity.INFO,
        Code.UNCLASSIFIED_TEXT: Severity.INFO,
        Code.NO_DECISION: Severity.INFO,
        Code.INTERNAL_ERROR: Severity.ERROR,
        Code.UNKNOWN_PERSON: Severity.WARNING,
        Code.AMBIGUOUS_PERSON: Severity.WARNING,
        Code.FUZZY_PERSON: Severity.INFO,
        Code.UNKNOWN_ORGANISATION: Severity.INFO,
        Code.AMBIGUOUS_ORGANISATION: Severity.WARNING,
    }
)


class Reporter:
    """Collects the diagnostics of one parse. Passed explicitly; never global."""

    __slots__ = ("_items",)

    def __init__(self) -> None:
        self._items: list[Diagnostic] = []

    def report(
        self,
        code: Code,
        message: str,
        span: Span | None = None,
        *,
        data: dict[str, str | int | float | None] | None = None,
    ) -> None:
        """Record one finding; its severity comes from ``SEVERITY``."""
        self._items.append(
            Diagnostic(
                code=code.value, severity=SEVERITY[code], message=message, span=span, data=data
            )
        )

    def absorb(self, other: Reporter) -> None:
        """Take over the findings of another reporter (one used for a trial reading)."""
        self._items.extend(other._items)

    def sorted(self) -> list[Diagnostic]:
        """All findings ordered by line, then code (deterministic output)."""
        return sorted(
            self._items,
            key=lambda d: (d.span.start_line if d.span else 0, d.code, d.message),
        )


class ReferatError(Exception):
    """Base class of every exception referat raises."""


class SourceError(ReferatError, OSError):
    """The input could not be read (missing, unreadable, a directory)."""


class InputTooLargeError(ReferatError, ValueError):
    """The input is larger than the configured size limit."""


class RegistryError(ReferatError, ValueError):
    """A registry file is malformed; the message names the file, the line and the problem."""


class MinutesError(ReferatError):
    """Raised on request (``raise_for_errors``/``--strict``): lists every error of a document."""

    def __init__(self, source_name: str, diagnostics: list[Diagnostic]) -> None:
        self.source_name = source_name
        self.diagnostics = diagnostics
        n = len(diagnostics)
        lines = [f"{n} error{'s' if n != 1 else ''} in {source_name}"]
        lines += [d.format(source_name) for d in diagnostics]
        super().__init__("\n".join(lines))
