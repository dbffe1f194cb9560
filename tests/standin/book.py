"""The stand-in's ``Book``, ``Sheets``, ``Names`` and ``Name``, named as in xlwings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from tests.standin.range import Range
from tests.standin.sheet import Sheet

if TYPE_CHECKING:
    from tests.standin.excel import App, Excel


class Book:
    """A workbook open in the stand-in Excel."""

    def __init__(self, excel: Excel, workbook: Any, fullname: str) -> None:
        self.excel = excel
        self._workbook = workbook
        self._fullname = fullname

    @property
    def app(self) -> App:
        """The Excel instance (screen updating, calculation, status bar, alerts)."""
        return self.excel.app

    @property
    def name(self) -> str:
        """The file name of the book."""
        return self._fullname.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def fullname(self) -> str:
        """The absolute path of the book's file."""
        return self._fullname

    @property
    def sheets(self) -> Sheets:
        """The worksheets, by name or position."""
        return Sheets(self, self._workbook)

    @property
    def names(self) -> Names:
        """The book's defined names."""
        return Names(self, self._workbook)

    def __repr__(self) -> str:
        return f"<Book [{self.name}]>"


class Sheets:
    """The sheets of a book."""

    def __init__(self, book: Book, workbook: Any) -> None:
        self._book = book
        self._workbook = workbook

    def _all(self) -> list[Sheet]:
        return [Sheet(self._book, sheet) for sheet in self._workbook.sheets_]

    def __getitem__(self, key: int | str) -> Sheet:
        if isinstance(key, int):
            return self._all()[key]
        return Sheet(self._book, self._workbook.sheet_named(key))

    def __contains__(self, key: str) -> bool:
        return any(sheet.name.lower() == key.lower() for sheet in self._all())

    def __iter__(self) -> Iterator[Sheet]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._workbook.sheets_)

    def add(self, name: str | None = None) -> Sheet:
        """Add a sheet at the end."""
        return Sheet(self._book, self._workbook.add_sheet(name or ""))


class Name:
    """A defined name."""

    def __init__(self, book: Book, vba_name: Any) -> None:
        self._book = book
        self._vba_name = vba_name

    @property
    def name(self) -> str:
        """The name as defined."""
        return str(self._vba_name.vba_get("Name"))

    @property
    def refers_to(self) -> str:
        """What the name stands for, as a formula (``=Settings!$B$2``)."""
        return str(self._vba_name.vba_get("RefersTo"))

    @property
    def refers_to_range(self) -> Range:
        """The cells the name stands for."""
        target = self._vba_name.vba_get("RefersToRange")
        area = target.first
        sheet = Sheet(self._book, target.sheet)
        return Range(sheet, (area.top, area.left, area.bottom, area.right))


class Names:
    """The defined names of a book."""

    def __init__(self, book: Book, workbook: Any) -> None:
        self._book = book
        self._vba_names = workbook.vba_get("Names")

    def _all(self) -> list[Name]:
        count = int(self._vba_names.vba_get("Count"))
        return [
            Name(self._book, self._vba_names.vba_get("Item", [index]))
            for index in range(1, count + 1)
        ]

    def __getitem__(self, key: int | str) -> Name:
        if isinstance(key, int):
            return self._all()[key]
        for name in self._all():
            if name.name.lower() == key.lower():
                return name
        raise KeyError(key)

    def __contains__(self, key: str) -> bool:
        return any(name.name.lower() == key.lower() for name in self._all())

    def __iter__(self) -> Iterator[Name]:
        return iter(self._all())

    def __len__(self) -> int:
        return int(self._vba_names.vba_get("Count"))

    def add(self, name: str, refers_to: str) -> Name:
        """Define a name (``refers_to`` is a formula, ``=Sheet1!$A$1``)."""
        return Name(self._book, self._vba_names.vba_get("Add", [name, refers_to]))
