"""Problems found in a row: records with a code, a place and a message template.

Every check of the product yields :class:`Problem` records, collected whole and
never stopping at the first. The code table below is the one in the design's
decisions; the message of each code lives in the catalogues of
:mod:`addin.messages`, in French and English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from addin.messages import render


class Severity(StrEnum):
    """What a problem does to its row."""

    ERROR = "error"
    """The row stays out of the upload file."""
    WARNING = "warning"
    """The row goes out; the seller should look at it."""
    SKIP = "skip"
    """The row is left out on purpose and counted as skipped."""


#: The column a problem concerns when it is not one cell: the whole row.
ROW = "(row)"


@dataclass(frozen=True)
class ProblemKind:
    """One line of the problem-code table."""

    code: str
    severity: Severity
    column: str


def _kinds(*rows: tuple[str, Severity, str]) -> dict[str, ProblemKind]:
    return {
        code: ProblemKind(code, severity, column) for code, severity, column in rows
    }


E, W, S = Severity.ERROR, Severity.WARNING, Severity.SKIP

PROBLEM_KINDS: dict[str, ProblemKind] = _kinds(
    ("row-shape", E, ROW),
    ("sku-missing", E, "sku"),
    ("sku-too-long", E, "sku"),
    ("sku-duplicate", E, "sku"),
    ("sku-spaces", W, "sku"),
    ("sku-retyped", E, "sku"),
    ("asin-missing", E, "product-id"),
    ("asin-invalid", E, "product-id"),
    ("gtin-check-digit", E, "product-id"),
    ("product-id-type-invalid", E, "product-id-type"),
    ("price-missing", E, "price"),
    ("price-invalid", E, "price"),
    ("price-not-positive", E, "price"),
    ("price-decimals", E, "price"),
    ("price-far-from-report", W, "price"),
    ("condition-invalid", E, "item-condition"),
    ("condition-not-new", E, "item-condition"),
    ("quantity-invalid", E, "quantity"),
    ("quantity-needed", E, "quantity"),
    ("quantity-on-fba", E, "quantity"),
    ("add-delete-invalid", E, "add-delete"),
    ("add-delete-destructive", E, "add-delete"),
    ("fulfillment-center-invalid", E, "fulfillment-center-id"),
    ("control-character", E, "(any)"),
    ("not-encodable", E, "(any)"),
    ("text-damaged", W, "(any)"),
    ("already-active", S, ROW),
    ("template-value-missing", E, "(any)"),
)


@dataclass(frozen=True)
class Problem:
    """One problem of one row.

    Attributes:
        row: the row as Excel shows it in the stock sheet (2 is the first data row).
        column: the column concerned, or ``(row)`` for the whole row.
        code: a key of :data:`PROBLEM_KINDS`.
        line: the report's (or stock file's) line number, where there is a file.
        params: the values the message names (the value, the limit...).
    """

    row: int
    column: str
    code: str
    line: int | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def severity(self) -> Severity:
        """The severity the code table gives this problem."""
        return PROBLEM_KINDS[self.code].severity

    def message(self, language: str = "fr") -> str:
        """The message in the seller's language: the value, the rule, the fix."""
        return render(
            f"problem.{self.code}",
            language,
            column=self.column,
            row=self.row,
            line=self.line,
            **self.params,
        )

    def as_dict(self, language: str = "fr") -> dict[str, Any]:
        """The problem as plain data, for JSON output."""
        return {
            "row": self.row,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message(language),
        }


def problem(code: str, row: int, column: str | None = None, **params: Any) -> Problem:
    """Make a problem record; the column defaults to the one of the code table."""
    line = params.pop("line", None)
    return Problem(row, column or PROBLEM_KINDS[code].column, code, line, params)
