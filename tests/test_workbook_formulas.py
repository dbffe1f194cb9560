"""The stock formulas, recalculated by LibreOffice, equal what the engine fills.

A copy of the template is built from each sample report by the build's own
code; it holds formulas with no cached values, so the values read after
LibreOffice's headless recalculation are LibreOffice's own. LibreOffice only
converts a copy: it never saves the template.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from lxml import etree

from addin.report import FIRST_DATA_ROW, Report, read_report
from addin.rules import UPLOAD_COLUMNS
from addin.settings import Settings
from addin.stockfile import fill
from addin.workbook import layout, package
from addin.workbook.build import build
from tools import libreoffice

SAMPLES = [
    "inactive_listings_report_en-headers_utf-8.txt",
    "inactive_listings_report_en-headers_windows-1252.txt",
    "inactive_listings_report_fr-localized-headers_utf-8.txt",
    "inactive_listings_report_fr-localized-headers_windows-1252.txt",
    "all_listings_report_fr-short-layout_en-headers_windows-1252.txt",
]
MAIN_NS = {"s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
ERROR_VALUES = ("#NAME?", "#REF!", "#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!")


def _report(shared: Path, name: str) -> Report:
    data = (shared / "samples" / name).read_bytes()
    return read_report(data, Settings().market.report_encoding, name)


def _stock_sheet_xml(path: Path) -> etree._Element:
    index = layout.SHEETS.index(layout.STOCK) + 1
    data = package.read_parts(path)[f"xl/worksheets/sheet{index}.xml"]
    return etree.fromstring(data)


def _recalculate(soffice: str, workbook: Path, folder: Path) -> Path:
    return libreoffice.convert(soffice, workbook, folder / "out", "xlsx")


def _same(cell: object, expected: str) -> bool:
    if cell is None:
        return expected == ""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return Decimal(str(cell)) == Decimal(expected)
    return str(cell) == expected


@pytest.mark.parametrize("sample", SAMPLES)
def test_recalculated_formulas_equal_the_engine(
    shared: Path, soffice: str, tmp_path: Path, sample: str
) -> None:
    report = _report(shared, sample)
    filled = build(tmp_path / "filled.xlsm", "fr", report=report)

    formulas = _stock_sheet_xml(filled).findall(".//s:c[s:f]", MAIN_NS)
    assert len(formulas) == len(report.rows) * len(UPLOAD_COLUMNS)
    assert all(not c.findtext("s:v", "", MAIN_NS) for c in formulas)

    converted = _recalculate(soffice, filled, tmp_path)
    book = openpyxl.load_workbook(converted, data_only=True, read_only=True)
    sheet = book[layout.STOCK.title("fr")]
    width = len(UPLOAD_COLUMNS)
    rows = list(
        sheet.iter_rows(min_row=FIRST_DATA_ROW, max_col=width, values_only=True)
    )
    book.close()

    expected = fill(report, Settings()).rows
    assert all(cell is None for cells in rows[len(expected) :] for cell in cells)
    rows = rows[: len(expected)]
    for cells, row in zip(rows, expected, strict=True):
        assert not any(str(c) in ERROR_VALUES for c in cells), row.row
        for cell, column in zip(cells, UPLOAD_COLUMNS, strict=True):
            assert _same(cell, row.values[column]), (row.row, column, cell)
