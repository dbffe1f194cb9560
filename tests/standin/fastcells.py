"""Reading and writing the fast store's rows with the stand-in's value rules.

What crosses to and from a cell follows the same rules as for pyOpenVBA's rows
(:mod:`tests.standin.cells`): floats for numbers, None for empty cells, a
Decimal on Windows for a currency-formatted cell, a Decimal written formats
its cell as currency, values xlwings cannot send are refused.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pyopenvba.interpreter._values import EMPTY

from tests.standin.cells import CURRENCY_FORMAT, from_cell, spelled_formula, to_cell
from tests.standin.store import Entry, Store, excel_spelling, retyped, text_of

if TYPE_CHECKING:
    from tests.standin.sheet import Sheet

Area = tuple[int, int, int, int]
TEXT = "@"


def _store(sheet: Sheet) -> Store:
    store = sheet.book.excel.store
    assert store is not None
    return store


def fast_write(sheet: Sheet, area: Area, grid: list[list[Any]]) -> None:
    """Write a block into the store, re-typing strings as a General cell does."""
    store, worksheet = _store(sheet), sheet.worksheet
    cells = store.cells(worksheet)
    top, left, _, _ = area
    for row, line in enumerate(grid, start=top):
        for column, item in enumerate(line, start=left):
            to_cell(item)  # refuses what xlwings cannot send
            code = store.format_at(worksheet, row, column)
            entry = _entry(item, code)
            if entry is None:
                cells.pop((row, column), None)
                continue
            cells[(row, column)] = entry
            if isinstance(item, Decimal) and code == "General":
                store.set_format(worksheet, (row, column, row, column), CURRENCY_FORMAT)


def _entry(item: Any, code: str) -> Entry | None:
    if item is None or (isinstance(item, float) and math.isnan(item)):
        return None
    if isinstance(item, str):
        return _typed(item, code)
    if isinstance(item, bool | dt.datetime):
        return Entry(item)
    if isinstance(item, dt.date):
        return Entry(dt.datetime.combine(item, dt.time()))
    return Entry(float(item))


def _typed(text: str, code: str) -> Entry | None:
    """A string as the cell keeps it: text, a formula, or a re-typed number."""
    if text == "":
        return None
    if code == TEXT:
        return Entry(text)
    if text.startswith("'"):
        return Entry(text[1:])
    if text.startswith(("=", "+")) and len(text) > 1:
        return Entry(None, "=" + text[1:])
    return Entry(retyped(text))


def fast_values(sheet: Sheet, area: Area, options: dict[str, Any]) -> list[list[Any]]:
    """A block's values as xlwings reads them, formulas calculated."""
    store, worksheet = _store(sheet), sheet.worksheet
    windows = sheet.book.excel.windows
    err_to_str = options.get("err_to_str", False)
    reader = _Reader(sheet)
    top, left, bottom, right = area
    return [
        [
            from_cell(
                _python(reader.value(worksheet, row, column)),
                store.format_at(worksheet, row, column),
                windows=windows,
                err_to_str=err_to_str,
            )
            for column in range(left, right + 1)
        ]
        for row in range(top, bottom + 1)
    ]


def _python(value: Any) -> Any:
    return EMPTY if value is None else value


def fast_formulas(sheet: Sheet, area: Area) -> list[list[str]]:
    """A block's formulas in Excel's spelling, constants as their text."""
    cells = _store(sheet).cells(sheet.worksheet)
    top, left, bottom, right = area
    grid = []
    for row in range(top, bottom + 1):
        line = []
        for column in range(left, right + 1):
            entry = cells.get((row, column))
            if entry is None:
                line.append("")
            elif entry.formula is not None:
                line.append(excel_spelling(spelled_formula(entry.formula)))
            else:
                line.append(_constant_text(entry.value))
        grid.append(line)
    return grid


def _constant_text(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return f"{value.month}/{value.day}/{value.year}"
    return text_of(value)


def fast_clear(sheet: Sheet, area: Area) -> None:
    """Empty a block of the store."""
    cells = _store(sheet).cells(sheet.worksheet)
    top, left, bottom, right = area
    for key in [
        key for key in cells if top <= key[0] <= bottom and left <= key[1] <= right
    ]:
        del cells[key]


class _Reader:
    """Cell values for one read: the store's calculated, pyOpenVBA's above it."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.store = _store(sheet)
        self.names: dict[str, Any] = {}

    def value(self, worksheet: Any, row: int, column: int) -> Any:
        """A cell's value in the store's terms (None for empty)."""
        if row < self.store.first_row:
            return self._above(worksheet, row, column)
        entry = self.store.cells(worksheet).get((row, column))
        if entry is None:
            return None
        if entry.formula is None:
            return entry.value

        def cells(name: str | None, at_row: int, at_column: int) -> Any:
            target = worksheet if name is None else self._worksheet(name)
            return self.value(target, at_row, at_column)

        return self.store.calculated(entry.formula, cells, self._name)

    def _above(self, worksheet: Any, row: int, column: int) -> Any:
        item = worksheet.vba_get("Cells", [row, column]).vba_get("Value")
        value = from_cell(item, "General", windows=False, err_to_str=False)
        return (
            float(value)
            if isinstance(value, int) and not isinstance(value, bool)
            else value
        )

    def _worksheet(self, name: str) -> Any:
        return self.sheet.book._workbook.sheet_named(name)

    def _name(self, name: str) -> Any:
        if name not in self.names:
            target = self.sheet.book.names[name].refers_to_range
            self.names[name] = self.value(
                target.sheet.worksheet, target.row, target.column
            )
        return self.names[name]
