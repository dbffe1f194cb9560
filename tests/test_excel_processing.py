"""The Import processing report button on the stand-in book, and the template export.

A seller imports the sample report, exports it, then imports the processing
report Amazon gave for that upload: the refused rows are painted, their
problems column and the problems table say why, the lines that match no row
are listed, and the retry file the button writes is the one ``handmade-relist
retry`` writes for the same upload.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import addin.excel as excel_edge
from addin.cli import main
from addin.errorcodes import explain
from addin.workbook import layout
from addin.worksheet import column_letter
from tests.excelbooks import relist_book, set_named
from tests.standin import Book, Excel, Sheet
from tests.test_excel_round_trips import FAST_FROM_ROW, synthetic_report
from tests.test_processing_report import report_text

REPORT = "inactive_listings_report_en-headers_utf-8.txt"
PROCESSING = "processing_report_inventory_loader_text.txt"
IT_TEMPLATE = "offer-templates/offer_template_it_synthetic.xlsx"
DE_TEMPLATE = "offer-templates/offer_template_de_synthetic.xlsx"
FLAGS = column_letter(layout.FLAGS_FIRST_COLUMN)
PROBLEMS = layout.stock_column(layout.ROW_PROBLEMS)


def english_book(tmp_path: Path, report: bytes, marketplace: str = "FR") -> Book:
    """An English workbook with a report imported and a default quantity of 1."""
    book = relist_book(Excel(), tmp_path, "en")
    path = tmp_path / "report.txt"
    path.write_bytes(report)
    set_named(book, layout.DEFAULT_QUANTITY, 1)
    set_named(book, layout.MARKETPLACE, marketplace)
    set_named(book, layout.SELECTED_PATH, str(path))
    excel_edge.dispatch("btnImportReport", book)
    return book


def export(book: Book, path: Path, *answers: str) -> None:
    """Click Export, the save dialog having chosen ``path``."""
    set_named(book, layout.SELECTED_PATH, str(path))
    book.excel.answers[:] = list(answers)
    excel_edge.dispatch("btnExport", book)


def import_processing(book: Book, report: Path, *answers: str) -> str:
    """Click Import processing report on ``report``; the first message shown."""
    set_named(book, layout.SELECTED_PATH, str(report))
    book.excel.answers[:] = list(answers)
    shown = len(book.excel.alerts)
    excel_edge.dispatch("btnImportProcessing", book)
    return book.excel.alerts[shown].prompt


def stock(book: Book) -> Sheet:
    """The English stock sheet."""
    return book.sheets[layout.STOCK.title("en")]


def problem_lines(book: Book) -> list[list[Any]]:
    """The problems table's lines, without the link."""
    sheet = book.sheets[layout.PROBLEMS.title("en")]
    body = sheet.tables[layout.PROBLEMS_TABLE].data_body_range
    assert body is not None
    lines = sheet.range((2, 1)).resize(body.shape[0], 5).options(ndim=2).value
    return [line for line in lines if any(value is not None for value in line)]


def flags(book: Book, rows: int) -> list[float]:
    """The first flag of each stock row, from row 2."""
    return list(stock(book)[f"{FLAGS}2:{FLAGS}{rows + 1}"].value)


@pytest.fixture
def sample_book(shared: Path, tmp_path: Path) -> Book:
    """The sample report imported and exported as upload.txt (7 rows)."""
    book = english_book(tmp_path, (shared / "samples" / REPORT).read_bytes())
    export(book, tmp_path / "upload.txt")
    assert "7 rows = 7 exported" in book.excel.alerts[-1].prompt
    return book


def test_sample_report_paints_refused_rows_and_writes_the_cli_retry(
    sample_book: Book, shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = shared / "samples" / PROCESSING

    question = import_processing(sample_book, report, "yes")

    assert question.startswith(
        f"Processing report {PROCESSING} matched with the last export, upload.txt of "
    )
    assert "7 rows = 4 accepted + 0 accepted with warnings + 3 refused" in question
    assert question.endswith(
        "3 rows were refused or not processed. Write a retry file holding only them "
        "(upload.retry.txt, beside the upload file)?"
    )
    assert flags(sample_book, 7) == [0, 0, 2, 0, 0, 2, 2]
    sheet = stock(sample_book)
    assert sheet[f"{PROBLEMS}4"].value == "Amazon 8026: " + explain("8026", "", "en")
    assert sheet[f"{PROBLEMS}2"].value is None
    assert [line[:3] for line in problem_lines(sample_book)] == [
        [4.0, "(row)", "8026"],
        [7.0, "(row)", "13013"],
        [8.0, "(row)", "5503"],
    ]
    retry = tmp_path / "upload.retry.txt"
    assert sample_book.excel.alerts[-1].prompt.startswith(
        f"Retry file written: {retry} (3 rows), recorded in the Export log sheet."
    )
    cli_retry = tmp_path / "cli.retry.txt"
    argv = ["retry", str(report), "--upload", str(tmp_path / "upload.txt")]
    assert main([*argv, "-o", str(cli_retry)]) == 0
    capsys.readouterr()
    assert retry.read_bytes() == cli_retry.read_bytes()
    log = book_log(sample_book)
    assert [line[2:] for line in log[-3:]] == [
        [1.0, "HM-COLL-ARG-PERLE"],
        [2.0, "HM-VASE-GRES-8IN"],
        [3.0, "HM-BOITE-OLIV-COEUR"],
    ]


def book_log(book: Book) -> list[list[Any]]:
    """The export log table's lines."""
    sheet = book.sheets[layout.EXPORT_LOG.title("en")]
    body = sheet.tables[layout.EXPORT_LOG_TABLE].data_body_range
    assert body is not None
    return list(sheet.range((2, 1)).resize(body.shape[0], 4).options(ndim=2).value)


def test_declining_the_retry_writes_nothing(
    sample_book: Book, shared: Path, tmp_path: Path
) -> None:
    import_processing(sample_book, shared / "samples" / PROCESSING, "no")
    assert sample_book.excel.alerts[-1].prompt == "Nothing was exported."
    assert not (tmp_path / "upload.retry.txt").exists()


def written_report(folder: Path, processed: int, successful: int, *rows: str) -> Path:
    """A processing report the test writes, as Seller Central lays it out."""
    path = folder / "processing.txt"
    path.write_text(report_text(processed, successful, *rows), encoding="utf-8")
    return path


def test_all_records_successful(sample_book: Book, tmp_path: Path) -> None:
    message = import_processing(sample_book, written_report(tmp_path, 7, 7))
    assert message.endswith(
        "7 rows = 7 accepted + 0 accepted with warnings + 0 refused + 0 not "
        "processed. The Problems sheet says why. No row to upload again: no retry "
        "file written."
    )
    assert flags(sample_book, 7) == [0] * 7
    assert problem_lines(sample_book) == []


def test_a_fatal_header_error_retries_every_row(
    sample_book: Book, tmp_path: Path
) -> None:
    fatal = "0\t\t90111\tFatal\tThe header row is not valid (synthetic)."
    report = written_report(tmp_path, 0, 0, fatal)

    question = import_processing(sample_book, report, "yes")

    assert "0 refused + 7 not processed" in question
    assert "Amazon processed 0 records but upload.txt holds 7" in question
    assert flags(sample_book, 7) == [2] * 7
    assert stock(sample_book)[f"{PROBLEMS}3"].value == "not processed"
    [line] = problem_lines(sample_book)
    assert line[2:4] == ["90111", "error"]
    assert line[4].startswith("Whole file: ")
    retry = (tmp_path / "upload.retry.txt").read_bytes()
    assert retry == (tmp_path / "upload.txt").read_bytes()


def test_several_warnings_on_one_record_are_not_retried(
    sample_book: Book, tmp_path: Path
) -> None:
    report = written_report(
        tmp_path, 7, 7,
        "2\tHM-BOUG-SOJA-LAV\t99001\tWarning\tFirst warning (synthetic).",
        "2\tHM-BOUG-SOJA-LAV\t99002\tWarning\tSecond warning (synthetic).",
    )  # fmt: skip

    message = import_processing(sample_book, report)

    assert "1 accepted with warnings + 0 refused" in message
    assert message.endswith("No row to upload again: no retry file written.")
    assert flags(sample_book, 7) == [0, 1, 0, 0, 0, 0, 0]
    assert stock(sample_book)[f"{PROBLEMS}3"].value == (
        "Amazon 99001: " + explain("99001", "First warning (synthetic).", "en")
        + " | Amazon 99002: " + explain("99002", "Second warning (synthetic).", "en")
    )  # fmt: skip
    assert [line[3] for line in problem_lines(sample_book)] == ["warning"] * 2


def test_an_unknown_code_shows_amazons_own_message(
    sample_book: Book, tmp_path: Path
) -> None:
    amazon = "Something Amazon has never said before (synthetic)."
    report = written_report(
        tmp_path, 7, 6, f"5\tHM-SAVON-KARITE-3\t424242\tError\t{amazon}"
    )

    import_processing(sample_book, report, "no")

    assert amazon in str(stock(sample_book)[f"{PROBLEMS}6"].value)
    assert amazon in problem_lines(sample_book)[0][4]


def test_a_record_that_matches_no_row_is_listed(
    sample_book: Book, tmp_path: Path
) -> None:
    report = written_report(
        tmp_path, 7, 6,
        "3\tHM-COLL-ARG-PERLE\t8026\tError\tNot approved (synthetic).",
        "9\tHM-NOT-SENT\t13013\tError\tNo such SKU (synthetic).",
    )  # fmt: skip

    question = import_processing(sample_book, report, "no")

    assert "1 line of the report matches no row of upload.txt" in question
    lines = problem_lines(sample_book)
    assert [line[0] for line in lines] == [4.0, None]
    assert lines[1][4].startswith("Record 9 (HM-NOT-SENT) matches no row of the upload")


def test_without_an_export_it_says_to_export_first(
    shared: Path, tmp_path: Path
) -> None:
    book = english_book(tmp_path, synthetic_report(3))
    message = import_processing(book, shared / "samples" / PROCESSING)
    assert message.startswith("The Export log sheet records no export")


def test_the_upload_file_gone_says_so(
    sample_book: Book, shared: Path, tmp_path: Path
) -> None:
    (tmp_path / "upload.txt").unlink()
    import_processing(sample_book, shared / "samples" / PROCESSING, "yes")
    assert sample_book.excel.alerts[-1].prompt.startswith(
        f"The upload file {tmp_path / 'upload.txt'} is no longer there"
    )


# --- the seller's own template -------------------------------------------------


@pytest.fixture
def it_book(shared: Path, tmp_path: Path) -> Book:
    """The sample report in an IT workbook whose TemplatePath names the IT template."""
    book = english_book(tmp_path, (shared / "samples" / REPORT).read_bytes(), "IT")
    template = tmp_path / "InventoryLoader_IT.xlsx"
    shutil.copy(shared / "samples" / IT_TEMPLATE, template)
    set_named(book, layout.TEMPLATE_PATH, template.name)
    return book


def test_export_fills_a_copy_of_the_sellers_template(
    it_book: Book, tmp_path: Path
) -> None:
    export(it_book, tmp_path / "upload.txt")

    written = tmp_path / "upload.xlsx"
    assert it_book.excel.alerts[-1].prompt.startswith(f"File written: {written}")
    sheet = openpyxl.load_workbook(written)["Modello"]
    assert sheet["A7"].value == "HM-BOL-CER-001"
    assert (sheet["AM7"].value, sheet["AM7"].data_type) == (24.9, "n")
    assert sheet["A14"].value is None
    assert (tmp_path / "upload.xlsx.records.json").exists()
    assert [line[3] for line in book_log(it_book)][:2] == [
        "HM-BOL-CER-001",
        "HM-BOUG-SOJA-LAV",
    ]
    export(it_book, tmp_path / "upload.txt", "no")
    assert it_book.excel.alerts[-2].prompt == f"{written} already exists. Replace it?"


def test_processing_a_template_upload_matches_by_sku_and_retries_a_copy(
    it_book: Book, shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export(it_book, tmp_path / "upload.xlsx")
    # Records numbered from the sheet's first row: only the SKUs agree.
    report = written_report(
        tmp_path, 7, 6, "9\tHM-COLL-ARG-PERLE\t8026\tError\tNot approved (synthetic)."
    )

    question = import_processing(it_book, report, "yes")

    assert "6 accepted + 0 accepted with warnings + 1 refused" in question
    assert flags(it_book, 7) == [0, 0, 2, 0, 0, 0, 0]
    retry = tmp_path / "upload.retry.xlsx"
    cli_retry = tmp_path / "cli.retry.xlsx"
    argv = ["retry", str(report), "--upload", str(tmp_path / "upload.xlsx")]
    assert (
        main([*argv, "--marketplace", "IT", "--language", "en", "-o", str(cli_retry)])
        == 0
    )
    assert "records matched by SKU" in capsys.readouterr().out
    assert retry.read_bytes() == cli_retry.read_bytes()
    sheet = openpyxl.load_workbook(retry)["Modello"]
    assert (sheet["A7"].value, sheet["A8"].value) == ("HM-COLL-ARG-PERLE", None)


def test_a_value_the_template_lacks_is_painted_like_the_others(
    shared: Path, tmp_path: Path
) -> None:
    book = english_book(tmp_path, synthetic_report(3), "DE")
    template = tmp_path / "DE.xlsx"
    shutil.copy(shared / "samples" / DE_TEMPLATE, template)
    set_named(book, layout.TEMPLATE_PATH, str(template))
    sheet = stock(book)
    # The DE fixture's id-type list has EAN only: a UPC has no label in it.
    sheet["B3"].number_format = "@"
    sheet["B3"].value = "036000291452"
    sheet["C3"].value = "3"
    sheet["D3"].value = 10.5

    export(book, tmp_path / "upload.txt", "yes")

    assert book.excel.alerts[-2].prompt.startswith("1 row has errors")
    codes = [line[2] for line in problem_lines(book)]
    assert codes == ["template-value-missing"]
    # The template's column is no stock column: the whole row is flagged.
    assert flags(book, 3) == [0, 2, 0]
    assert "upc" in str(sheet[f"{PROBLEMS}3"].value)
    assert (tmp_path / "upload.xlsx").exists()


def test_a_template_path_that_is_gone_is_one_sentence(
    it_book: Book, tmp_path: Path
) -> None:
    (tmp_path / "InventoryLoader_IT.xlsx").unlink()
    export(it_book, tmp_path / "upload.txt")
    assert it_book.excel.alerts[-1].prompt.startswith(
        "The template named on the Settings sheet"
    )


# --- round trips ------------------------------------------------------------------


def processing_calls(folder: Path, rows: int) -> dict[str, int]:
    """The calls Import processing report makes, refusing every seventh record."""
    excel = Excel(fast_from_row=FAST_FROM_ROW)
    book = relist_book(excel, folder)
    report = folder / "report.txt"
    report.write_bytes(synthetic_report(rows))
    set_named(book, layout.DEFAULT_QUANTITY, 2)
    set_named(book, layout.SELECTED_PATH, str(report))
    excel_edge.dispatch("btnImportReport", book)
    set_named(book, layout.SELECTED_PATH, str(folder / "upload.txt"))
    excel.answers[:] = ["yes"]
    excel_edge.dispatch("btnExport", book)
    # Row 3 of the stock sheet has no price and was not exported.
    skus = [f"SKU-{n:06d}" for n in range(rows) if n != 1]
    lines = [
        f"{record}\t{sku}\t8026\tError\tNot approved (synthetic)."
        for record, sku in enumerate(skus, 1)
        if record % 7 == 0
    ]
    path = written_report(folder, len(skus), len(skus) - len(lines), *lines)
    set_named(book, layout.SELECTED_PATH, str(path))
    excel.answers[:] = ["yes"]
    excel.round_trips.reset()
    excel_edge.dispatch("btnImportProcessing", book)
    assert excel.alerts[-1].prompt.startswith("Fichier de reprise écrit")
    retry = (folder / "upload.retry.txt").read_bytes().split(b"\r\n")
    assert len(retry) == len(lines) + 2
    return dict(excel.round_trips.by_kind)


def test_round_trips_do_not_grow_with_rows(tmp_path: Path) -> None:
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    small = processing_calls(tmp_path / "small", 10)
    large = processing_calls(tmp_path / "large", 10_000)
    assert small == large
    assert sum(small.values()) < 60
