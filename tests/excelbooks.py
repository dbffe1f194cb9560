"""Stand-in workbooks laid out as Handmade Relist's, for the handlers' tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from addin.workbook import layout
from addin.workbook.sheets import Interpreters, lay_out
from tests.standin import Book, Excel

PROJECT = Path(__file__).resolve().parents[1]
TEMPLATE = PROJECT / layout.TEMPLATE_NAME


def relist_book(excel: Excel, folder: Path, language: str = "fr") -> Book:
    """A seller's workbook in ``folder``: the committed template, or its layout."""
    source = TEMPLATE
    if language != "fr":
        source = folder / f"layout.{language}.xlsx"
        lay_out(language, Interpreters()).save(source)
    return excel.open_book(source, folder / "relist.xlsm")


def set_named(book: Book, cell: layout.NamedCell, value: Any) -> None:
    """Type a value into a named cell, as a seller or the VBA dialog does."""
    book.names[cell.name].refers_to_range.value = value
