"""The stand-in's fast store reads what pyOpenVBA's rows read, for the same writes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from addin.workbook import layout
from addin.workbook.formulas import stock_row_formulas
from tests.excelbooks import relist_book, set_named
from tests.standin import Excel
from tests.standin.store import NotModelled, Parser, compare, excel_spelling

REPORT_ROWS = [
    ["SKU-1", "B0HMTEST01", None, None, 24.9, 0.0, "DEFAULT", "Inactive"],
    ["00123", "B0HMTEST02", None, None, 18.5, 4.0, "default", None],
    ["MAR-1", None, "B0HMTEST03", "1", 59.0, None, "AMAZON_EU", None],
    ["X", None, "4006381333931", "4", None, None, None, None],
]


def stock_after_writes(tmp_path: Path, fast_from_row: int | None) -> Any:
    """The stock cells after the same report and formulas were written."""
    excel = Excel(fast_from_row=fast_from_row)
    book = relist_book(excel, tmp_path)
    set_named(book, layout.DEFAULT_QUANTITY, 3)
    report = book.sheets[layout.REPORT.title("fr")]
    report["A2:D5"].number_format = "@"
    report["G2:H5"].number_format = "@"
    report["A2"].value = REPORT_ROWS
    stock = book.sheets[layout.STOCK.title("fr")]
    stock["A2"].value = [
        [*stock_row_formulas(row, layout.REPORT.title("fr")), row]
        for row in range(2, 2 + len(REPORT_ROWS))
    ]
    stock["P2"].value = [["00123"], ["1E5"], ["text"], [None]]
    return stock["A2:P5"].value, stock["A2:P5"].formula


def test_the_fast_store_reads_as_pyopenvba_does(tmp_path: Path) -> None:
    exact = stock_after_writes(tmp_path / "exact", None)
    fast = stock_after_writes(tmp_path / "fast", 2)
    assert fast == exact
    values, _ = exact
    assert values[1][:4] == ["00123", "B0HMTEST02", 1.0, 18.5]
    assert values[1][7] == 4.0  # "default" is seller-fulfilled: no case in Excel
    assert values[2][7] is None
    assert values[2][12] == "AMAZON_EU"
    assert values[0][7] == 3.0  # quantity 0: the default quantity
    assert [line[15] for line in values] == [123.0, 100000.0, "text", None]


@pytest.fixture
def excel_book(tmp_path: Path) -> Any:
    """A stand-in book whose rows from 2 on are all in the fast store."""
    excel = Excel(fast_from_row=2)
    return relist_book(excel, tmp_path)


def test_text_cells_of_the_store_keep_strings(excel_book: Any) -> None:
    sheet = excel_book.sheets[0]
    sheet["A2:A3"].number_format = "@"
    sheet["A2"].value = [["00123"], ["=A1"]]
    assert sheet["A2:A3"].value == ["00123", "=A1"]
    assert sheet["A2"].number_format == "@"


def test_the_store_clears_and_refuses_what_xlwings_cannot_send(
    excel_book: Any,
) -> None:
    sheet = excel_book.sheets[0]
    sheet["A2"].value = [[1, "'0042"]]
    assert sheet["A2:B2"].value == [1.0, "0042"]
    sheet["A2:B2"].clear_contents()
    assert sheet["A2:B2"].value == [None, None]
    with pytest.raises(TypeError):
        sheet["A2"].value = object()


def test_a_decimal_written_into_the_store_reads_as_currency(excel_book: Any) -> None:
    sheet = excel_book.sheets[0]
    sheet["A2"].value = Decimal("24.9")
    assert sheet["A2"].value == Decimal("24.9000")


def test_formulas_the_store_does_not_model_are_refused() -> None:
    with pytest.raises(NotModelled):
        Parser("=VLOOKUP(A1,B:C,2,FALSE)").parse()
    with pytest.raises(NotModelled):
        Parser("=SUM(A1:B2)").parse()


@pytest.mark.parametrize(
    ("left", "right", "order"),
    [
        pytest.param(None, "", 0, id="empty-is-empty-text"),
        pytest.param(None, 0.0, 0, id="empty-is-zero"),
        pytest.param("Default", "DEFAULT", 0, id="no-case"),
        pytest.param(5.0, "1", -1, id="numbers-before-text"),
        pytest.param("a", True, -1, id="text-before-booleans"),
    ],
)
def test_comparisons_follow_excel(left: Any, right: Any, order: int) -> None:
    assert compare(left, right) == order


def test_formulas_read_back_with_excels_sheet_quotes() -> None:
    assert excel_spelling("=INDEX('Rapport'!$A:$A,$N2)") == "=INDEX(Rapport!$A:$A,$N2)"
    assert excel_spelling("='Fichier de stock'!A1") == "='Fichier de stock'!A1"
