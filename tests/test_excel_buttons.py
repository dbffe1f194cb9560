"""Each button's own behaviour on a small report, in either language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import addin.excel as excel_edge
from addin.excel import guide
from addin.excel.stocksheet import formula_key
from addin.workbook import layout
from tests.excelbooks import relist_book, set_named
from tests.standin import Book, Excel, Sheet
from tests.test_excel_round_trips import synthetic_report


@pytest.fixture
def excel() -> Excel:
    """A fresh stand-in Excel."""
    return Excel()


@pytest.fixture
def book(excel: Excel, tmp_path: Path) -> Book:
    """An English workbook holding a five-row report, imported."""
    book = relist_book(excel, tmp_path, "en")
    report = tmp_path / "report.txt"
    report.write_bytes(synthetic_report(5))
    set_named(book, layout.DEFAULT_QUANTITY, 2)
    set_named(book, layout.SELECTED_PATH, str(report))
    excel_edge.dispatch("btnImportReport", book)
    return book


def last_alert(book: Book) -> str:
    """The last message the seller saw."""
    return book.excel.alerts[-1].prompt


def stock(book: Book) -> Sheet:
    """The stock sheet of the English workbook."""
    return book.sheets[layout.STOCK.title("en")]


def test_import_reports_rows_in_the_workbook_language(book: Book) -> None:
    assert last_alert(book) == (
        "Report imported: report.txt, 5 rows; the stock file is filled from it."
    )
    report = book.sheets[layout.REPORT.title("en")]
    assert report["A2:F2"].value == [
        "SKU-000000",
        "B000000000",
        None,
        None,
        10.9,
        0.0,
    ]
    assert report["A2"].number_format == "@"


def test_a_date_typed_over_a_sku_is_a_problem_in_english(book: Book) -> None:
    sheet = book.sheets[layout.STOCK.title("en")]
    sheet["A4"].value = "MAR1"
    assert isinstance(sheet["A4"].value, dt.datetime)
    excel_edge.dispatch("btnCheck", book)
    assert "Excel turned the sku typed into a date" in str(sheet["P4"].value)


def test_a_second_import_can_discard_the_corrections(
    book: Book, tmp_path: Path
) -> None:
    sheet = book.sheets[layout.STOCK.title("en")]
    sheet["D3"].value = 99.5
    set_named(book, layout.KEEP_OVERRIDES, False)
    set_named(book, layout.SELECTED_PATH, str(tmp_path / "report.txt"))
    excel_edge.dispatch("btnImportReport", book)
    assert "The corrections of 1 rows were discarded" in last_alert(book)
    assert formula_key(sheet["D3"].formula).startswith("=IF(INDEX(REPORT!$E:$E")


def test_fill_keeps_a_text_sku_typed_over_its_formula(book: Book) -> None:
    sheet = book.sheets[layout.STOCK.title("en")]
    sheet["A2"].number_format = "@"
    sheet["A2"].value = "00123"
    excel_edge.dispatch("btnFill", book)
    assert (
        last_alert(book) == "Stock file filled: 5 rows. 1 rows kept your corrections."
    )
    assert sheet["A2"].value == "00123"


def test_an_existing_file_is_replaced_only_when_the_seller_says_so(
    excel: Excel, book: Book, tmp_path: Path
) -> None:
    upload = tmp_path / "upload.txt"
    upload.write_bytes(b"keep me")
    set_named(book, layout.SELECTED_PATH, str(upload))
    excel.answers[:] = ["yes", "no"]  # export the valid rows; do not replace
    excel_edge.dispatch("btnExport", book)
    assert upload.read_bytes() == b"keep me"
    assert last_alert(book) == "Nothing was exported."
    assert [a.buttons for a in excel.alerts[-3:]] == ["yes_no", "yes_no", "ok"]


def test_refusing_to_export_with_errors_writes_nothing(
    excel: Excel, book: Book, tmp_path: Path
) -> None:
    set_named(book, layout.SELECTED_PATH, str(tmp_path / "upload.txt"))
    excel.answers[:] = ["no"]
    excel_edge.dispatch("btnExport", book)
    assert excel.alerts[-2].prompt.startswith("1 rows have errors")
    assert not (tmp_path / "upload.txt").exists()


def test_excluded_rows_count_in_the_summary(
    excel: Excel, book: Book, tmp_path: Path
) -> None:
    sheet = book.sheets[layout.STOCK.title("en")]
    sheet["O4"].value = "no"
    set_named(book, layout.SELECTED_PATH, str(tmp_path / "upload.txt"))
    excel.answers[:] = ["yes"]
    excel_edge.dispatch("btnExport", book)
    assert (
        "5 rows = 3 exported + 1 kept out by an error + 0 skipped + 1 excluded."
        in last_alert(book)
    )


def test_an_empty_report_changes_nothing(book: Book, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(synthetic_report(0))
    set_named(book, layout.SELECTED_PATH, str(empty))
    excel_edge.dispatch("btnImportReport", book)
    assert last_alert(book).startswith("empty.txt holds only its header row")
    assert stock(book)["A6"].value == "SKU-000004"


def test_help_opens_the_guide_of_the_workbook_language(
    book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def open_uri(uri: str) -> bool:
        opened.append(uri)
        return True

    monkeypatch.setattr("webbrowser.open", open_uri)
    excel_edge.dispatch("btnHelp", book)
    assert opened == [guide.guide_path("en").as_uri()]
    assert opened[0].endswith("/docs/guide.en.md")


def test_help_without_the_guide_shows_the_read_me_sheet(
    excel: Excel, book: Book, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(guide, "DOCS", tmp_path / "nowhere")
    excel_edge.dispatch("btnHelp", book)
    assert excel.active_sheet == layout.READ_ME.title("en")


def test_diagnostics_name_versions_paths_and_settings(book: Book) -> None:
    excel_edge.dispatch("btnDiagnostics", book)
    text = last_alert(book)
    assert "xlwings 0.37.8" in text
    assert f"Workbook: {book.fullname}." in text
    assert "DefaultQuantity=2" in text
    assert "Marketplace=FR" in text


def test_a_setting_it_cannot_take_is_one_sentence(book: Book) -> None:
    set_named(book, layout.DEFAULT_QUANTITY, "lots")
    excel_edge.dispatch("btnCheck", book)
    assert last_alert(book) == (
        'The setting DefaultQuantity holds "lots", which it cannot take. Correct '
        "it on the Settings sheet."
    )


@pytest.mark.parametrize(
    ("ours", "excels"),
    [
        pytest.param(
            "=INDEX('Rapport'!$A:$A,$N2)&\"\"", '=INDEX(Rapport!$A:$A,$N2)&""'
        ),
        pytest.param('=_xlfn.CONCAT("a","b")', '=concat("a","b")', id="xlfn"),
    ],
)
def test_formulas_compare_in_excels_spelling(ours: str, excels: str) -> None:
    assert formula_key(ours) == formula_key(excels)
    assert formula_key('="a b"') != formula_key('="A B"')
