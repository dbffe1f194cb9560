"""Each button's own behaviour on a small report, in either language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import addin.excel as excel_edge
from addin.excel import guide
from addin.excel.export import record_export
from addin.excel.stocksheet import formula_key
from addin.exportlog import export_log_path, read_export_log
from addin.messages import render
from addin.stockfile import StockRow
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
    assert "The corrections of 1 row were discarded" in last_alert(book)
    assert formula_key(sheet["D3"].formula).startswith("=IF(INDEX(REPORT!$E:$E")


def test_fill_keeps_a_text_sku_typed_over_its_formula(book: Book) -> None:
    sheet = book.sheets[layout.STOCK.title("en")]
    sheet["A2"].number_format = "@"
    sheet["A2"].value = "00123"
    excel_edge.dispatch("btnFill", book)
    assert last_alert(book) == "Stock file filled: 5 rows. 1 row kept your corrections."
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
    assert excel.alerts[-2].prompt.startswith("1 row has errors")
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
        'The setting "Default quantity (blank: none)" (cell DefaultQuantity of the '
        'Settings sheet) holds "lots": it takes a whole number, or nothing. '
        "Correct it there."
    )


@pytest.mark.parametrize(
    ("cell", "typed", "rule"),
    [
        pytest.param(
            layout.MARKETPLACE, "XX", "no marketplace has that code", id="market"
        ),
        pytest.param(
            layout.DEFAULT_QUANTITY, 0, "of at least 1, or nothing", id="quantity"
        ),
        pytest.param(layout.HANDLING_TIME, -1, "0 or more, or nothing", id="days"),
        pytest.param(
            layout.EXPORT_ENCODING, "klingon", "no encoding has that name", id="enc"
        ),
        pytest.param(layout.EXPORT_ENCODING, "utf-16", "byte order mark", id="bom"),
        pytest.param(layout.ALLOW_DELETE, "maybe", "TRUE or FALSE", id="flag"),
    ],
)
def test_a_setting_error_names_its_cell_not_an_option(
    book: Book, cell: layout.NamedCell, typed: object, rule: str
) -> None:
    book.sheets[layout.SETTINGS.title("en")].name = "My settings"
    set_named(book, cell, typed)
    excel_edge.dispatch("btnCheck", book)
    label = render(f"workbook.setting.{cell.name}", "en")
    assert last_alert(book).startswith(
        f'The setting "{label}" (cell {cell.name} of the My settings sheet) holds '
    )
    assert rule in last_alert(book)
    assert "--" not in last_alert(book)


def test_a_french_setting_error_names_the_reglages_sheet(
    excel: Excel, tmp_path: Path
) -> None:
    book = relist_book(excel, tmp_path)
    set_named(book, layout.MARKETPLACE, "XX")
    excel_edge.dispatch("btnCheck", book)
    assert last_alert(book).startswith(
        "Le réglage « Place de marché (FR, DE, ES...) » (cellule Marketplace de la "
        "feuille Réglages) contient « XX » : aucune place de marché n'a ce code"
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


def test_fill_after_renaming_the_report_sheet_calculates(book: Book) -> None:
    book.sheets[layout.REPORT.title("en")].name = "Inactive (May)"
    excel_edge.dispatch("btnFill", book)
    assert last_alert(book) == "Stock file filled: 5 rows."
    assert stock(book)["A2:D2"].value == ["SKU-000000", "B000000000", 1.0, 10.9]
    assert stock(book)["A2"].formula.startswith("=INDEX('Inactive (May)'!$A:$A,")


def test_import_after_renaming_the_report_sheet_calculates(
    book: Book, tmp_path: Path
) -> None:
    book.sheets[layout.REPORT.title("en")].name = "Inactive (May)"
    set_named(book, layout.KEEP_OVERRIDES, False)
    set_named(book, layout.SELECTED_PATH, str(tmp_path / "report.txt"))
    excel_edge.dispatch("btnImportReport", book)
    assert stock(book)["A6:D6"].value == ["SKU-000004", "B000000004", 1.0, 14.9]


def test_export_with_no_file_chosen_asks_nothing(excel: Excel, book: Book) -> None:
    set_named(book, layout.SELECTED_PATH, None)
    excel.alerts.clear()
    excel_edge.dispatch("btnExport", book)
    assert [alert.prompt for alert in excel.alerts] == [render("excel-no-path", "en")]


def test_a_leftover_export_record_is_replaced_without_a_question(
    excel: Excel, book: Book, tmp_path: Path
) -> None:
    upload = tmp_path / "upload.txt"
    leftover = export_log_path(upload)
    leftover.write_bytes(b"the record of an upload file deleted since")
    set_named(book, layout.SELECTED_PATH, str(upload))
    excel.alerts.clear()
    excel.answers[:] = ["yes"]  # export the valid rows
    excel_edge.dispatch("btnExport", book)
    assert [alert.buttons for alert in excel.alerts] == ["yes_no", "ok"]
    assert last_alert(book).startswith(f"File written: {upload}")
    assert read_export_log(leftover.read_bytes()).upload == "upload.txt"


@pytest.mark.parametrize(
    ("button", "cell"),
    [
        pytest.param("btnImportReport", layout.SELECTED_PATH, id="report"),
        pytest.param("btnImportProcessing", layout.SELECTED_PATH, id="processing"),
        pytest.param("btnExport", layout.TEMPLATE_PATH, id="template"),
    ],
)
def test_a_file_open_in_another_program_is_one_sentence(
    book: Book,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    cell: layout.NamedCell,
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_bytes(b"sku\n")
    read_bytes = Path.read_bytes

    def open_elsewhere(path: Path) -> bytes:
        # What Windows answers for a file another program holds open.
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", open_elsewhere)
    set_named(book, cell, str(locked))
    excel_edge.dispatch(button, book)
    assert last_alert(book) == f"Cannot read {locked}: Permission denied."


def test_the_export_log_formats_follow_its_columns(
    book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "EXPORT_LOG_COLUMNS", ("sku", "record", "time", "file"))
    upload, written_at = tmp_path / "upload.txt", dt.datetime(2026, 5, 1, 9, 30)
    record_export(book, upload, written_at, [StockRow(3, {"sku": "00123"})])
    log = book.sheets[layout.EXPORT_LOG.title("en")]
    assert log["A2:D2"].value == ["00123", 1.0, written_at, str(upload)]
    formats = [log[f"{column}2"].number_format for column in "ACD"]
    assert formats == ["@", "yyyy-mm-dd hh:mm:ss", "@"]


def test_problem_links_follow_a_renamed_stock_sheet(book: Book) -> None:
    book.sheets[layout.STOCK.title("en")].name = "To upload"
    stock_sheet = book.sheets["To upload"]
    stock_sheet["D3"].value = "abc"  # a price the checks refuse
    excel_edge.dispatch("btnCheck", book)
    problems = book.sheets[layout.PROBLEMS.title("en")]
    link_column = layout.PROBLEMS_COLUMNS.index("link") + 1
    link = problems.range((2, link_column)).formula
    assert link == '=HYPERLINK("#\'To upload\'!D3","D3")'
