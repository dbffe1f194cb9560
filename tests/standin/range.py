"""The stand-in's ``Range``: xlwings' names and call shapes over pyOpenVBA cells.

Every read or write of ``value``, ``formula`` or ``number_format`` is one round
trip, counted in the stand-in's :class:`~tests.standin.excel.RoundTrips`,
whatever the size of the block.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pyopenvba.interpreter._values import EMPTY, VBAArray

from tests.standin.cells import (
    CURRENCY_FORMAT,
    from_cell,
    spelled_formula,
    to_cell,
)
from tests.standin.fastcells import (
    fast_clear,
    fast_formulas,
    fast_values,
    fast_write,
)

if TYPE_CHECKING:
    from tests.standin.sheet import Sheet

#: The options of ``Range.options`` the stand-in knows; xlwings has more, and a
#: handler using another one should fail here rather than pass untested.
KNOWN_OPTIONS = frozenset({"ndim", "err_to_str", "chunksize"})
GENERAL = "General"


def column_letters(column: int) -> str:
    """``1`` is ``A``, ``28`` is ``AB``."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class Range:
    """A block of cells on one sheet, as ``xlwings.Range`` addresses it."""

    def __init__(
        self,
        sheet: Sheet,
        corners: tuple[int, int, int, int],
        options: dict[str, Any] | None = None,
    ) -> None:
        self._sheet = sheet
        self._top, self._left, self._bottom, self._right = corners
        self._options = dict(options or {})

    # --- where it is -------------------------------------------------------

    @property
    def sheet(self) -> Sheet:
        """The sheet of the range."""
        return self._sheet

    @property
    def row(self) -> int:
        """The first row."""
        return self._top

    @property
    def column(self) -> int:
        """The first column."""
        return self._left

    @property
    def shape(self) -> tuple[int, int]:
        """Rows and columns."""
        return (self._bottom - self._top + 1, self._right - self._left + 1)

    @property
    def count(self) -> int:
        """The number of cells."""
        rows, columns = self.shape
        return rows * columns

    @property
    def address(self) -> str:
        """The absolute A1 address, ``$A$1:$B$2``."""
        first = f"${column_letters(self._left)}${self._top}"
        if self.shape == (1, 1):
            return first
        return f"{first}:${column_letters(self._right)}${self._bottom}"

    @property
    def last_cell(self) -> Range:
        """The bottom right cell."""
        corner = (self._bottom, self._right, self._bottom, self._right)
        return Range(self._sheet, corner, self._options)

    def resize(
        self, row_size: int | None = None, column_size: int | None = None
    ) -> Range:
        """The range from the same top-left cell, with another size."""
        rows, columns = self.shape
        rows = rows if row_size is None else row_size
        columns = columns if column_size is None else column_size
        if rows < 1 or columns < 1:
            raise AssertionError("a range has at least one row and one column")
        corners = (
            self._top,
            self._left,
            self._top + rows - 1,
            self._left + columns - 1,
        )
        return Range(self._sheet, corners, self._options)

    def offset(self, row_offset: int = 0, column_offset: int = 0) -> Range:
        """The range moved by rows and columns."""
        corners = (
            self._top + row_offset,
            self._left + column_offset,
            self._bottom + row_offset,
            self._right + column_offset,
        )
        return Range(self._sheet, corners, self._options)

    def options(self, convert: Any = None, **options: Any) -> Range:
        """The same range read and written with other options (``ndim=2``...)."""
        if convert is not None:
            raise TypeError("the stand-in converts to plain lists only")
        unknown = set(options) - KNOWN_OPTIONS
        if unknown:
            raise TypeError(f"option(s) the stand-in does not model: {sorted(unknown)}")
        corners = (self._top, self._left, self._bottom, self._right)
        return Range(self._sheet, corners, {**self._options, **options})

    # --- what it holds -----------------------------------------------------

    @property
    def value(self) -> Any:
        """The cells' values: a scalar, a list, or a list of lists (``ndim``)."""
        with self._sheet.book.excel.round_trip("value-read"):
            exact, fast = self._parts()
            grid = exact._values() if exact else []
            if fast:
                grid += fast_values(self._sheet, fast, self._options)
        return self._shaped(grid)

    @value.setter
    def value(self, data: Any) -> None:
        with self._sheet.book.excel.round_trip("value-write"):
            self._put("Value", data)

    @property
    def formula(self) -> Any:
        """The cells' formulas in Excel's spelling, or their constants as text."""
        with self._sheet.book.excel.round_trip("formula-read"):
            exact, fast = self._parts()
            grid = exact._formulas() if exact else []
            if fast:
                grid += fast_formulas(self._sheet, fast)
        return self._shaped(grid)

    @formula.setter
    def formula(self, data: Any) -> None:
        with self._sheet.book.excel.round_trip("formula-write"):
            self._put("Formula", data)

    @property
    def number_format(self) -> str:
        """The number format of the cells (``@`` is text)."""
        with self._sheet.book.excel.round_trip("format-read"):
            exact, fast = self._parts()
            if exact is None and fast:
                store = self._sheet.book.excel.store
                assert store is not None
                return store.format_at(self._sheet.worksheet, fast[0], fast[1])
            assert exact is not None
            return str(exact._vba_range().vba_get("NumberFormat"))

    @number_format.setter
    def number_format(self, value: str) -> None:
        with self._sheet.book.excel.round_trip("format-write"):
            exact, fast = self._parts()
            if exact:
                exact._vba_range().vba_set("NumberFormat", value)
            if fast:
                store = self._sheet.book.excel.store
                assert store is not None
                store.set_format(self._sheet.worksheet, fast, value)

    def clear_contents(self) -> None:
        """Empty the cells, keeping their formats."""
        with self._sheet.book.excel.round_trip("clear"):
            exact, fast = self._parts()
            if exact:
                exact._vba_range().vba_get("ClearContents")
            if fast:
                fast_clear(self._sheet, fast)

    def __repr__(self) -> str:
        return f"<Range [{self._sheet.book.name}]{self._sheet.name}!{self.address}>"

    # --- inside ------------------------------------------------------------

    def _vba_range(self) -> Any:
        return self._sheet.vba_range(self.address.replace("$", ""))

    def _parts(self) -> tuple[Range | None, tuple[int, int, int, int] | None]:
        """The rows pyOpenVBA holds, and those of the fast store, if any."""
        store = self._sheet.book.excel.store
        corners = (self._top, self._left, self._bottom, self._right)
        if store is None or self._bottom < store.first_row:
            return self, None
        if self._top >= store.first_row:
            return None, corners
        above = (self._top, self._left, store.first_row - 1, self._right)
        below = (store.first_row, self._left, self._bottom, self._right)
        return Range(self._sheet, above, self._options), below

    def _values(self) -> list[list[Any]]:
        windows = self._sheet.book.excel.windows
        err_to_str = self._options.get("err_to_str", False)
        return [
            [
                from_cell(item, code, windows=windows, err_to_str=err_to_str)
                for item, code in line
            ]
            for line in self._cells_with_formats()
        ]

    def _formulas(self) -> list[list[str]]:
        block = _padded(_rows(self._vba_range().vba_get("Formula")), self.shape)
        return [
            [spelled_formula("" if item is EMPTY else str(item)) for item in line]
            for line in block
        ]

    def _put(self, member: str, data: Any) -> None:
        grid, scalar = _grid(data)
        if not grid:
            return
        target = self if scalar else self.resize(len(grid), len(grid[0]))
        if scalar:
            rows, columns = target.shape
            grid = [[grid[0][0]] * columns for _ in range(rows)]
        exact, fast = target._parts()
        if exact:
            exact._write(member, grid[: exact.shape[0]], scalar)
        if fast:
            fast_write(self._sheet, fast, grid[len(grid) - (fast[2] - fast[0] + 1) :])

    def _cells_with_formats(self) -> Iterator[list[tuple[object, str]]]:
        block = _padded(_rows(self._vba_range().vba_get("Value")), self.shape)
        worksheet = self._sheet.worksheet
        for row, line in enumerate(block, start=self._top):
            yield [
                (item, _format_of(worksheet, row, column, item))
                for column, item in enumerate(line, start=self._left)
            ]

    def _shaped(self, grid: list[list[Any]]) -> Any:
        ndim = self._options.get("ndim")
        if ndim == 2:
            return grid
        rows, columns = self.shape
        if ndim == 1 or rows == 1 or columns == 1:
            flat = [item for line in grid for item in line]
            return flat[0] if rows == columns == 1 and ndim is None else flat
        return grid

    def _write(self, member: str, grid: list[list[Any]], scalar: bool) -> None:
        cells = [[to_cell(item) for item in line] for line in grid]
        if member == "Value":
            self._format_currency(grid)
        target = self._vba_range()
        # pyOpenVBA grows a table over a row or column written beside it, as
        # typing in Excel does; a COM write does not (EXCEL.md).
        target._tables_follow = _tables_stay
        if scalar:
            target.vba_set(member, cells[0][0])
            return
        rows, columns = len(cells), len(cells[0])
        items = [cells[r][c] for c in range(columns) for r in range(rows)]
        target.vba_set(member, VBAArray([(1, rows), (1, columns)], items=items))

    def _format_currency(self, grid: list[list[Any]]) -> None:
        worksheet = self._sheet.worksheet
        for r, line in enumerate(grid, start=self._top):
            for c, item in enumerate(line, start=self._left):
                general = worksheet.style_at(r, c).number_format == GENERAL
                if isinstance(item, Decimal) and general:
                    worksheet.set_number_format(r, c, CURRENCY_FORMAT)


def _tables_stay() -> None:
    """Tables keep their size when cells beside them are written."""


def _format_of(worksheet: Any, row: int, column: int, item: object) -> str:
    if isinstance(item, int | float | Decimal) and not isinstance(item, bool):
        return str(worksheet.style_at(row, column).number_format)
    return GENERAL


def _rows(block: object) -> list[list[object]]:
    if not isinstance(block, VBAArray):
        return [[block]]
    (low_row, high_row), (low_column, high_column) = block.bounds
    return [
        [block.get([row, column]) for column in range(low_column, high_column + 1)]
        for row in range(low_row, high_row + 1)
    ]


def _padded(block: list[list[object]], shape: tuple[int, int]) -> list[list[object]]:
    # pyOpenVBA clips a block read to the used part of the sheet; Excel does not.
    rows, columns = shape
    lines = [line + [EMPTY] * (columns - len(line)) for line in block[:rows]]
    return lines + [[EMPTY] * columns for _ in range(rows - len(lines))]


def _grid(data: Any) -> tuple[list[list[Any]], bool]:
    if isinstance(data, list | tuple):
        if not data:
            return [], False
        grid = (
            [list(line) for line in data]
            if isinstance(data[0], list | tuple)
            else [list(data)]
        )
        if len({len(line) for line in grid}) != 1:
            raise ValueError("all rows of a block must have the same length")
        return grid, False
    return [[data]], True
