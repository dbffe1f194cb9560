"""The stand-in's ``Sheet``, ``Tables`` and ``Table``, named as in xlwings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pyopenvba._a1 import quote_sheet
from pyopenvba.formula._parse import split_sheet, tokenize
from pyopenvba.interpreter._values import MISSING

from tests.standin.range import Range

if TYPE_CHECKING:
    from tests.standin.book import Book

#: ListObjects.Add's SourceType for a range of the sheet (xlSrcRange).
SOURCE_RANGE = 1
#: XlYesNoGuess's xlYes: xlwings' ``has_headers=True``.
HAS_HEADERS = 1


class Sheet:
    """One worksheet of the book."""

    def __init__(self, book: Book, worksheet: Any) -> None:
        self._book = book
        self.worksheet = worksheet

    @property
    def book(self) -> Book:
        """The book the sheet belongs to."""
        return self._book

    @property
    def name(self) -> str:
        """The sheet's tab name."""
        return str(self.worksheet.name)

    @name.setter
    def name(self, value: str) -> None:
        with self._book.excel.round_trip("sheet-name"):
            old = self.name
            self.worksheet.vba_set("Name", value)
            # pyOpenVBA renames the tab only; Excel also rewrites every formula
            # and defined name that points at the sheet, so they keep working.
            _follow_rename(self._book, self.worksheet, old)

    @property
    def tables(self) -> Tables:
        """The Excel Tables (ListObjects) of the sheet."""
        return Tables(self)

    def activate(self) -> None:
        """Show the sheet, as clicking its tab does."""
        with self._book.excel.round_trip("activate"):
            self.worksheet.vba_get("Activate")
            self._book.excel.active_sheet = self.name

    def range(self, cell1: str | tuple[int, int] | Range, cell2: Any = None) -> Range:
        """A range by A1 address, by (row, column), or spanning two ranges."""
        first = self._corners(cell1)
        if cell2 is None:
            return Range(self, first)
        last = self._corners(cell2)
        return Range(
            self,
            (
                min(first[0], last[0]),
                min(first[1], last[1]),
                max(first[2], last[2]),
                max(first[3], last[3]),
            ),
        )

    def __getitem__(self, address: str) -> Range:
        return self.range(address)

    def vba_range(self, address: str) -> Any:
        """pyOpenVBA's Range of an address (for the stand-in's own use)."""
        return self.worksheet.vba_get("Range", [address])

    def _corners(
        self, cell: str | tuple[int, int] | Range
    ) -> tuple[int, int, int, int]:
        if isinstance(cell, Range):
            rows, columns = cell.shape
            return (
                cell.row,
                cell.column,
                cell.row + rows - 1,
                cell.column + columns - 1,
            )
        if isinstance(cell, tuple):
            return (cell[0], cell[1], cell[0], cell[1])
        area = self.vba_range(cell).first
        return (area.top, area.left, area.bottom, area.right)

    def __repr__(self) -> str:
        return f"<Sheet [{self._book.name}]{self.name}>"


def renamed_references(formula: str, old: str, new: str) -> str:
    """A formula whose references to sheet ``old`` name sheet ``new`` instead."""
    text = formula
    for token in reversed(tokenize(formula.removeprefix("="))):
        if token.kind not in ("ref", "name"):
            continue
        sheet, body = split_sheet(token.text)
        if sheet.casefold() != old.casefold():
            continue
        at = token.at + (len(formula) - len(formula.removeprefix("=")))
        replacement = quote_sheet(new) + "!" + body
        text = text[:at] + replacement + text[at + len(token.text) :]
    return text


def _follow_rename(book: Book, worksheet: Any, old: str) -> None:
    workbook, new = worksheet.book, str(worksheet.name)
    for sheet in workbook.sheets_:
        for cell in sheet.cells_.values():
            if cell.formula:
                cell.formula = renamed_references(cell.formula, old, new)
    for entry in workbook.names_.entries:
        entry.refers_to = renamed_references(entry.refers_to, old, new)
    if book.excel.store is not None:
        for cells in book.excel.store.sheets.values():
            for entry in cells.values():
                if entry.formula:
                    entry.formula = renamed_references(entry.formula, old, new)
    # As pyOpenVBA does after renaming a defined name: every formula is read
    # again, and calculated when next read.
    workbook.calculator.rebuild()


class Table:
    """An Excel Table (ListObject)."""

    def __init__(self, sheet: Sheet, list_object: Any) -> None:
        self._sheet = sheet
        self._list_object = list_object

    @property
    def parent(self) -> Sheet:
        """The sheet holding the table."""
        return self._sheet

    @property
    def name(self) -> str:
        """The table's name, as structured references spell it."""
        return str(self._list_object.vba_get("Name"))

    @property
    def range(self) -> Range:
        """The whole table, header row included."""
        return self._range_of("Range")

    @property
    def header_row_range(self) -> Range | None:
        """The header row."""
        return self._range_of("HeaderRowRange")

    @property
    def data_body_range(self) -> Range | None:
        """The data rows, or None when the table has none."""
        area = self._list_object.table.area
        if area.bottom <= area.top:
            return None
        return self._range_of("DataBodyRange")

    def resize(self, range: Range) -> None:
        """Give the table a new extent, header row included."""
        self._list_object.vba_get("Resize", [self._sheet.vba_range(_plain(range))])

    def _range_of(self, member: str) -> Range:
        return self._sheet.range(
            _plain(Range(self._sheet, _area(self._list_object, member)))
        )

    def __repr__(self) -> str:
        return f"<Table '{self.name}' in {self._sheet!r}>"


def _area(list_object: Any, member: str) -> tuple[int, int, int, int]:
    area = list_object.vba_get(member).first
    return (area.top, area.left, area.bottom, area.right)


def _plain(range: Range) -> str:
    return range.address.replace("$", "")


class Tables:
    """The tables of a sheet, by name or by position."""

    def __init__(self, sheet: Sheet) -> None:
        self._sheet = sheet

    def _all(self) -> list[Table]:
        list_objects = self._sheet.worksheet.vba_get("ListObjects")
        count = int(list_objects.vba_get("Count"))
        return [
            Table(self._sheet, list_objects.vba_get("Item", [index]))
            for index in range(1, count + 1)
        ]

    def __getitem__(self, key: int | str) -> Table:
        tables = self._all()
        if isinstance(key, int):
            return tables[key]
        for table in tables:
            if table.name.lower() == key.lower():
                return table
        raise KeyError(key)

    def __contains__(self, key: str) -> bool:
        return any(table.name.lower() == key.lower() for table in self._all())

    def __iter__(self) -> Iterator[Table]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def add(self, source_range: Range, name: str | None = None) -> Table:
        """Make a table of a range whose first row is the header."""
        list_objects = self._sheet.worksheet.vba_get("ListObjects")
        source = self._sheet.vba_range(_plain(source_range))
        vba = list_objects.vba_get("Add", [SOURCE_RANGE, source, MISSING, HAS_HEADERS])
        if name is not None:
            vba.vba_set("Name", name)
        return Table(self._sheet, vba)
