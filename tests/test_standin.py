"""The stand-in book behaves as EXCEL.md says Excel and xlwings do."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tests.standin import Book, Excel, Sheet


@pytest.fixture
def excel() -> Excel:
    """A fresh stand-in Excel (Windows unless a test says otherwise)."""
    return Excel()


@pytest.fixture
def book(excel: Excel, tmp_path: Path) -> Book:
    """An empty book whose file would sit in a temporary folder."""
    return excel.new_book(tmp_path / "relist.xlsm")


@pytest.fixture
def sheet(book: Book) -> Sheet:
    """The book's first sheet."""
    return book.sheets[0]


def test_numbers_read_as_floats(sheet: Sheet) -> None:
    sheet["A1"].value = [[5, 123, 12.99]]
    assert sheet["A1:C1"].value == [5.0, 123.0, 12.99]
    assert all(type(item) is float for item in sheet["A1:C1"].value)


def test_an_empty_cell_and_an_empty_string_read_none(sheet: Sheet) -> None:
    sheet["A1"].value = ""
    assert sheet["A1:A2"].value == [None, None]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        pytest.param("00123", 123.0, id="leading-zeros"),
        pytest.param("1E5", 100000.0, id="scientific"),
        pytest.param("-12", -12.0, id="negative"),
        pytest.param("1-2", dt.datetime(dt.date.today().year, 1, 2), id="day-month"),
        pytest.param("MAR1", dt.datetime(dt.date.today().year, 3, 1), id="month-day"),
        pytest.param("=1+2", 3.0, id="formula"),
        pytest.param("AB-12", "AB-12", id="plain-text"),
    ],
)
def test_strings_are_retyped_in_a_general_cell(
    sheet: Sheet, typed: str, kept: object
) -> None:
    sheet["A1"].value = typed
    assert sheet["A1"].value == kept


@pytest.mark.parametrize("typed", ["00123", "1-2", "MAR1", "1E5", "=A1"])
def test_a_text_cell_keeps_the_string_formula_included(
    sheet: Sheet, typed: str
) -> None:
    sheet["A1"].number_format = "@"
    sheet["A1"].value = typed
    assert sheet["A1"].value == typed
    assert sheet["A1"].formula == typed


def test_an_invalid_formula_is_refused(sheet: Sheet) -> None:
    with pytest.raises(Exception, match="1004"):
        sheet["A1"].value = "=SUM(1,"


def test_a_date_cell_reads_a_naive_datetime(sheet: Sheet) -> None:
    sheet["A1"].value = dt.datetime(2024, 3, 1, 12, 30)
    read = sheet["A1"].value
    assert read == dt.datetime(2024, 3, 1, 12, 30)
    assert read.tzinfo is None


def test_an_error_cell_reads_none_unless_err_to_str(sheet: Sheet) -> None:
    sheet["A1"].value = "=1/0"
    assert sheet["A1"].value is None
    assert sheet["A1"].options(err_to_str=True).value == "#DIV/0!"


def test_a_currency_cell_reads_a_decimal_on_windows(sheet: Sheet) -> None:
    sheet["A1"].number_format = '#,##0.00 "€"'
    sheet["A1"].value = 12.99
    assert sheet["A1"].value == Decimal("12.9900")


def test_a_currency_cell_reads_a_float_on_a_mac(tmp_path: Path) -> None:
    mac = Excel(windows=False).new_book(tmp_path / "relist.xlsm").sheets[0]
    mac["A1"].number_format = "$#,##0.00"
    mac["A1"].value = 12.99
    assert mac["A1"].value == 12.99


def test_writing_a_decimal_formats_the_cell_as_currency(sheet: Sheet) -> None:
    sheet["A1"].value = Decimal("24.9")
    assert sheet["A1"].number_format != "General"
    assert sheet["A1"].value == Decimal("24.9000")


def test_values_xlwings_cannot_send_are_refused(sheet: Sheet) -> None:
    with pytest.raises(TypeError):
        sheet["A1"].value = object()


def test_none_and_nan_clear_cells(sheet: Sheet) -> None:
    sheet["A1"].value = [[1, 2]]
    sheet["A1"].value = [[None, float("nan")]]
    assert sheet["A1:B1"].value == [None, None]


def test_formulas_are_calculated_and_follow_their_inputs(sheet: Sheet) -> None:
    sheet["A1"].value = 5
    sheet["B1"].formula = "=A1*2"
    assert sheet["B1"].value == 10.0
    sheet["A1"].value = 7
    assert sheet["B1"].value == 14.0


def test_formulas_read_back_in_excels_spelling(sheet: Sheet) -> None:
    sheet["A1"].formula = '=_xlfn.CONCAT("a","b")'
    assert sheet["A1"].formula == '=CONCAT("a","b")'
    assert sheet["A1"].value == "ab"


def test_structured_references_read_back_with_the_row_marker(sheet: Sheet) -> None:
    sheet["A1"].value = [["report-row", "twice"], [3, None]]
    table = sheet.tables.add(sheet["A1:B2"], name="StockTable")
    sheet["B2"].formula = "=StockTable[@report-row]*2"
    assert sheet["B2"].formula == "=[@[report-row]]*2"
    assert sheet["B2"].value == 6.0
    assert table.name == "StockTable"


def test_formula_of_a_constant_is_its_text(sheet: Sheet) -> None:
    sheet["A1"].value = [["x", 2.5, None]]
    assert sheet["A1:C1"].formula == ["x", "2.5", ""]


def test_reading_shapes_follow_xlwings(sheet: Sheet) -> None:
    sheet["A1"].value = [[1, 2], [3, 4]]
    assert sheet["A1"].value == 1.0
    assert sheet["A1:B1"].value == [1.0, 2.0]
    assert sheet["A1:A2"].value == [1.0, 3.0]
    assert sheet["A1:B2"].value == [[1.0, 2.0], [3.0, 4.0]]
    assert sheet["A1"].options(ndim=2).value == [[1.0]]
    assert sheet["A1:A2"].options(ndim=2).value == [[1.0], [3.0]]


def test_writing_shapes_follow_xlwings(sheet: Sheet) -> None:
    sheet["A1"].value = [1, 2, 3]
    sheet["A2"].value = [[4], [5]]
    sheet["C2:C3"].value = 9
    assert sheet["A1:C3"].value == [
        [1.0, 2.0, 3.0],
        [4.0, None, 9.0],
        [5.0, None, 9.0],
    ]


def test_ragged_blocks_are_refused(sheet: Sheet) -> None:
    with pytest.raises(ValueError, match="same length"):
        sheet["A1"].value = [[1, 2], [3]]


def test_only_modelled_options_are_accepted(sheet: Sheet) -> None:
    with pytest.raises(TypeError, match="does not model"):
        sheet["A1"].options(dates=dt.date)


def test_a_table_does_not_grow_when_written_below_or_beside(sheet: Sheet) -> None:
    sheet["A1"].value = [["sku"], ["a"]]
    table = sheet.tables.add(sheet["A1:A2"], name="StockTable")
    sheet["A3"].value = [["b"], ["c"]]
    sheet["B1"].value = "note"
    assert table.range.address == "$A$1:$A$2"
    table.resize(sheet["A1:A4"])
    assert table.range.address == "$A$1:$A$4"
    assert table.data_body_range is not None
    assert table.data_body_range.value == ["a", "b", "c"]
    assert table.header_row_range is not None
    assert table.header_row_range.value == "sku"


def test_tables_are_found_by_name_whatever_the_case(sheet: Sheet) -> None:
    sheet["A1"].value = [["sku"], ["a"]]
    sheet.tables.add(sheet["A1:A2"], name="StockTable")
    assert "stocktable" in sheet.tables
    assert sheet.tables["STOCKTABLE"].parent.name == sheet.name
    assert [table.name for table in sheet.tables] == ["StockTable"]


def test_names_refer_to_their_cells(book: Book, sheet: Sheet) -> None:
    book.names.add("Language", f"={sheet.name}!$B$2")
    sheet["B2"].value = "en"
    assert "language" in book.names
    assert book.names["Language"].refers_to == f"={sheet.name}!$B$2"
    assert book.names["Language"].refers_to_range.value == "en"


def test_sheets_by_name_and_position(book: Book) -> None:
    book.sheets.add("Stock")
    assert [sheet.name for sheet in book.sheets] == ["Sheet1", "Stock"]
    assert book.sheets["Stock"].book is book
    assert "stock" in book.sheets
    assert len(book.sheets) == 2


def test_a_renamed_sheet_keeps_the_formulas_and_names_pointing_at_it(
    book: Book, sheet: Sheet
) -> None:
    other = book.sheets.add("Stock")
    sheet["E2"].value = 12.5
    other["A2"].formula = f"=INDEX({sheet.name}!$E:$E,2)"
    book.names.add("Price", f"={sheet.name}!$E$2")
    sheet.name = "Mon rapport"
    assert other["A2"].formula == "=INDEX('Mon rapport'!$E:$E,2)"
    assert book.names["Price"].refers_to == "='Mon rapport'!$E$2"
    sheet["E2"].value = 7.0
    assert other["A2"].value == 7.0


def test_a_sheet_name_taken_by_another_sheet_is_refused(book: Book) -> None:
    book.sheets.add("Stock")
    with pytest.raises(Exception, match="already there"):
        book.sheets[0].name = "stock"


def test_ranges_resize_and_offset(sheet: Sheet) -> None:
    block = sheet.range((2, 3))
    assert block.resize(3, 2).address == "$C$2:$D$4"
    assert block.offset(1, 1).address == "$D$3"
    assert sheet.range("A1", "B3").shape == (3, 2)
    assert sheet.range("A1:B3").last_cell.address == "$B$3"


def test_each_read_or_write_is_one_round_trip(excel: Excel, sheet: Sheet) -> None:
    excel.round_trips.reset()
    sheet["A1"].value = [[str(n) for n in range(5)] for _ in range(1000)]
    sheet["F1"].formula = [["=A1&B1"] for _ in range(1000)]
    assert sheet["A1:F1000"].value[999][5] == "01"
    assert dict(excel.round_trips.by_kind) == {
        "value-write": 1,
        "formula-write": 1,
        "value-read": 1,
    }


def test_app_switches_and_status_bar(excel: Excel, book: Book) -> None:
    book.app.screen_updating = False
    book.app.calculation = "manual"
    book.app.status_bar = "Import: 50 %"
    assert book.app.screen_updating is False
    assert book.app.calculation == "manual"
    assert book.app.status_bar == "Import: 50 %"
    book.app.status_bar = False
    assert book.app.status_bar is False
    assert excel.status_bars == ["Import: 50 %", False]


def test_alerts_are_recorded_and_answered(excel: Excel, book: Book) -> None:
    excel.answers.append("no")
    assert book.app.alert("Export only valid rows?", buttons="yes_no") == "no"
    assert book.app.alert("Done.") == "ok"
    assert [alert.prompt for alert in excel.alerts] == [
        "Export only valid rows?",
        "Done.",
    ]


def test_book_knows_its_file(book: Book, tmp_path: Path) -> None:
    assert book.fullname == str(tmp_path / "relist.xlsm")
    assert book.name == "relist.xlsm"
