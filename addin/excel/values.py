"""What Excel hands back for a stock cell, turned into what the seller meant.

Excel gives every number as a float, an empty cell as None, a date as a
datetime and, on Windows, a currency-formatted cell as a Decimal. The engine
reads stock-file cells as text, so each is turned back here: ``5.0`` is the
quantity ``5``, ``12.99`` the price ``12.99`` (the float's shortest spelling,
never its binary expansion). An identifier is different: a SKU or an ASIN that
Excel turned into a number or a date has lost its original text (``00123`` is
``123`` now), so it becomes a ``sku-retyped`` problem, never a silent guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from addin.problems import Problem, problem
from addin.values import number_text

#: Stock columns that hold identifiers: text from the first byte to the last.
IDENTIFIER_COLUMNS = ("sku", "product-id")

KIND_NUMBER = "number"
KIND_DATE = "date"


@dataclass(frozen=True)
class Cell:
    """A stock cell as the engine reads it, and the problem Excel made, if any."""

    text: str
    problem: Problem | None = None


def number_of(value: float | Decimal) -> str:
    """A number as the seller typed it: ``5.0`` is ``5``, ``24.9`` is ``24.9``."""
    if isinstance(value, Decimal):
        return number_text(value)
    # repr gives the shortest text that reads back as the same float.
    return number_text(Decimal(repr(value)))


def date_of(value: dt.datetime | dt.date) -> str:
    """A date as the seller would read it back, ``2024-03-01`` (time if any)."""
    if isinstance(value, dt.datetime) and value.time() != dt.time():
        return value.isoformat(sep=" ")
    return value.strftime("%Y-%m-%d")


def text_of(value: object) -> str:
    """Any value Excel gives, as the text the engine reads."""
    if value is None:
        return ""
    if isinstance(value, bool):
        # Excel spells its booleans in capitals, in English through COM.
        return "TRUE" if value else "FALSE"
    if isinstance(value, float | int | Decimal):
        return number_of(value)
    if isinstance(value, dt.datetime | dt.date):
        return date_of(value)
    return str(value)


def stock_cell(value: object, column: str, row: int) -> Cell:
    """One stock cell read from Excel, as the engine's text.

    Args:
        value: what ``Range.value`` gave for the cell.
        column: the stock column (an upload field name).
        row: the row as Excel shows it, for the problem.
    """
    text = text_of(value)
    if column not in IDENTIFIER_COLUMNS or isinstance(value, str | None):
        return Cell(text)
    is_date = isinstance(value, dt.datetime | dt.date)
    kind = KIND_DATE if is_date else KIND_NUMBER
    return Cell(text, problem("sku-retyped", row, column, hint=kind, value=text))


def stock_row(
    values: list[object], columns: tuple[str, ...] | list[str], row: int
) -> tuple[dict[str, str], list[Problem]]:
    """A stock row read from Excel: its cells as text, and the re-typed ones."""
    cells = {
        column: stock_cell(value, column, row)
        for column, value in zip(columns, values, strict=True)
    }
    texts = {column: cell.text for column, cell in cells.items()}
    return texts, [cell.problem for cell in cells.values() if cell.problem]
