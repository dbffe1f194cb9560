"""A SKU twice in a report is two rows: each keeps its own corrections."""

from __future__ import annotations

from pathlib import Path

import addin.excel as excel_edge
from addin.excel.stocksheet import row_keys
from addin.workbook import layout
from tests.excelbooks import relist_book, set_named
from tests.standin import Excel

REPORT = (
    b"seller-sku\tasin1\tprice\tquantity\tfulfillment-channel\r\n"
    b"DUP\tB000000001\t10.00\t1\tDEFAULT\r\n"
    b"DUP\tB000000002\t12.00\t1\tDEFAULT\r\n"
    b"ONE\tB000000003\t14.00\t1\tDEFAULT\r\n"
)


def test_row_keys_count_each_sku_apart() -> None:
    assert row_keys(["DUP", "ONE", "DUP", "DUP"]) == [
        ("DUP", 0),
        ("ONE", 0),
        ("DUP", 1),
        ("DUP", 2),
    ]


def test_a_correction_stays_on_the_row_it_was_typed_on(tmp_path: Path) -> None:
    book = relist_book(Excel(), tmp_path, "en")
    report = tmp_path / "report.txt"
    report.write_bytes(REPORT)
    set_named(book, layout.SELECTED_PATH, str(report))
    excel_edge.dispatch("btnImportReport", book)
    sheet = book.sheets[layout.STOCK.title("en")]
    export = layout.stock_column(layout.EXPORT)

    # The seller settles the duplicate: row 3 stays out, with its own price.
    sheet[f"{export}3"].value = "no"
    sheet["D3"].value = 15.0
    excel_edge.dispatch("btnFill", book)

    assert [sheet[f"{export}{row}"].value for row in (2, 3, 4)] == ["yes", "no", "yes"]
    assert sheet["D2"].formula.startswith("=")
    assert sheet["D3"].value == 15.0
    assert "1 row kept your corrections" in book.excel.alerts[-1].prompt

    # A newer report with the same rows keeps the same correction on the same row.
    excel_edge.dispatch("btnImportReport", book)
    assert [sheet[f"{export}{row}"].value for row in (2, 3, 4)] == ["yes", "no", "yes"]
    assert sheet["D3"].value == 15.0
