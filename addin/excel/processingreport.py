"""The Import processing report button: Amazon's verdicts painted on the stock rows.

The processing report the seller chose is matched against the last export the
export log table records (file, time, record number, SKU): by record number,
checked against the SKU, for a text upload; by SKU for an upload made through
the seller's own template workbook. Each record's stock row is found by its
SKU, since the seller may have re-imported or refilled the sheet since. The
failed rows are painted through the problem-flag block, their problems column
and the problems table get the plain-language fix in the workbook's language,
and the lines that match no row are listed too, never dropped. Then the seller
may write a retry file of the refused rows only, made by the engine from the
upload file as it was sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from addin.errorcodes import explain
from addin.errors import InputError
from addin.excel import book_folder, handler, progress, workbook_language
from addin.excel.book import (
    FIRST_DATA_ROW,
    data_rows,
    file_bytes,
    grid,
    say,
    selected_path,
    settings_of,
    table,
)
from addin.excel.export import ask, confirm_replace, record_export
from addin.excel.problemsheet import (
    stock_sheet_name,
    write_flags,
    write_problem_lines,
    write_row_problems,
)
from addin.excel.values import text_of
from addin.exportlog import (
    ExportedRecord,
    ExportLog,
    write_upload_with_log,
)
from addin.messages import render
from addin.problems import ROW
from addin.processing import (
    ErrorType,
    ProcessingLine,
    ProcessingReport,
    read_processing_report,
)
from addin.retry import match_upload, read_upload, render_retry, retry_path
from addin.rules import UPLOAD_COLUMNS
from addin.settings import Settings
from addin.stockfile import StockRow
from addin.verdicts import RowVerdict, Verdicts, match, match_by_sku
from addin.workbook import layout

#: Upload files of these kinds were made through the seller's template workbook.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
#: How many SKUs a sentence names before "...".
NAMED_SKUS = 10

_FLAGS = {
    RowVerdict.WARNING: layout.FLAG_WARNING,
    RowVerdict.ERROR: layout.FLAG_ERROR,
    RowVerdict.FATAL: layout.FLAG_ERROR,
}
_SEVERITIES = {
    ErrorType.WARNING: "cli.severity.warning",
    ErrorType.ERROR: "cli.severity.error",
    ErrorType.FATAL: "cli.severity.error",
}


@dataclass(frozen=True)
class Export:
    """One export the log table records: its file, time and records in order."""

    file: str
    time: Any
    skus: list[str]

    @property
    def path(self) -> Path:
        """The upload file's path."""
        return Path(self.file)

    @property
    def through_template(self) -> bool:
        """Whether the upload was a filled template workbook."""
        return self.path.suffix.lower() in WORKBOOK_SUFFIXES

    def time_text(self) -> str:
        """The export's time as the log table shows it."""
        if isinstance(self.time, dt.datetime):
            return self.time.strftime("%Y-%m-%d %H:%M:%S")
        return text_of(self.time)


@handler("btnImportProcessing")
def import_processing(book: Any) -> None:
    """Read the chosen processing report and paint Amazon's verdicts on the rows."""
    language = workbook_language(book)
    settings = settings_of(book, language)
    path = selected_path(book, book_folder(book))
    step = render("excel-step.processing", language)
    progress(book.app, language, step, 0, 2)
    report = read_processing_report(
        file_bytes(path), settings.market.report_encoding, path.name
    )
    export = last_export(book)
    stock_rows, sheet_rows = _stock_rows(book)
    rows = [StockRow(stock_rows.get(sku, 0), {"sku": sku}) for sku in export.skus]
    matcher = match_by_sku if export.through_template else match
    verdicts = matcher(report, rows)

    progress(book.app, language, step, 1, 2)
    _paint(book, verdicts, sheet_rows, language)
    sentences = _summary(path.name, report.processed, export, verdicts, language)
    failed = sum(outcome.retried for outcome in verdicts.outcomes)
    if not failed:
        say(book, language, [*sentences, render("cli.retry-nothing", language)])
        return
    question = render(
        "excel-processing-retry-ask",
        language,
        count=failed,
        file=retry_path(export.path).name,
    )
    if ask(book, language, " ".join([*sentences, question])):
        _retry(book, settings, export, report, stock_rows)
    else:
        say(book, language, [render("excel-export-cancelled", language)])


def last_export(book: Any) -> Export:
    """The last export the export log table records.

    Raises:
        InputError: the table records no export.
    """
    found = table(book, layout.EXPORT_LOG_TABLE)
    lines = [
        line
        for line in grid(found, data_rows(found), len(layout.EXPORT_LOG_COLUMNS))
        if line[0] not in (None, "")
    ]
    if not lines:
        raise InputError("excel-processing-no-export")
    file, time = lines[-1][0], lines[-1][1]
    records = [line for line in lines if line[0] == file and line[1] == time]
    records.sort(key=lambda line: float(line[2] or 0))
    return Export(str(file), time, [text_of(line[3]) for line in records])


def _stock_rows(book: Any) -> tuple[dict[str, int], int]:
    """Each SKU of the stock sheet and its row, and how many rows the sheet spans."""
    found = table(book, layout.STOCK_TABLE)
    cells = grid(found, data_rows(found), 1)
    rows: dict[str, int] = {}
    for offset, line in enumerate(cells):
        # A SKU on two rows was never exported (sku-duplicate): the first is kept.
        rows.setdefault(text_of(line[0]), offset + FIRST_DATA_ROW)
    rows.pop("", None)
    return rows, len(cells)


def _paint(book: Any, verdicts: Verdicts, rows: int, language: str) -> None:
    stock_sheet = stock_sheet_name(book)
    texts: list[list[str | None]] = [[None] for _ in range(rows)]
    flags = [[layout.FLAG_NONE] * len(UPLOAD_COLUMNS) for _ in range(rows)]
    lines = [
        _other_line(line, "excel-processing-file-line", language)
        for line in verdicts.file_lines
    ]
    for outcome in verdicts.outcomes:
        row = outcome.row.row
        if row and outcome.verdict is not RowVerdict.ACCEPTED:
            problems = [_problem_text(line, language) for line in outcome.lines]
            verdict = render(f"cli.verdict.{outcome.verdict.value}", language)
            texts[row - FIRST_DATA_ROW] = [" | ".join(problems) or verdict]
            flag = _FLAGS[outcome.verdict]
            flags[row - FIRST_DATA_ROW] = [flag] * len(UPLOAD_COLUMNS)
        for line in outcome.lines:
            lines.append(_row_line(row, outcome.record, line, language, stock_sheet))
    lines += [
        _other_line(unmatched.line, "excel-processing-unmatched-line", language)
        for unmatched in verdicts.unmatched
    ]
    write_row_problems(book, texts)
    write_flags(book, flags)
    write_problem_lines(book, lines)


def _problem_text(line: ProcessingLine, language: str) -> str:
    return render(
        "excel-processing-problem",
        language,
        code=line.error_code,
        fix=explain(line.error_code, line.error_message, language),
    )


def _severity(line: ProcessingLine, language: str) -> str:
    return render(_SEVERITIES[line.verdict], language)


def _row_line(
    row: int, record: int, line: ProcessingLine, language: str, stock_sheet: str
) -> list[Any]:
    fix = explain(line.error_code, line.error_message, language)
    if not row:
        # The record's SKU is no longer in the stock sheet: listed, not lost.
        message = render(
            "excel-processing-row-gone", language, record=record, sku=line.sku, fix=fix
        )
        return [None, None, _code(line), _severity(line, language), message, None]
    link = layout.cell_link(row, "sku", stock_sheet)
    return [row, ROW, _code(line), _severity(line, language), fix, link]


def _other_line(line: ProcessingLine, code: str, language: str) -> list[Any]:
    fix = explain(line.error_code, line.error_message, language)
    message = render(code, language, record=line.record, sku=line.sku, fix=fix)
    return [None, None, _code(line), _severity(line, language), message, None]


def _code(line: ProcessingLine) -> str:
    # The apostrophe keeps Amazon's code text: Excel would make 8026 a number.
    return "'" + line.error_code


def _summary(
    file: str,
    processed: int | None,
    export: Export,
    verdicts: Verdicts,
    language: str,
) -> list[str]:
    counts = {verdict.value: verdicts.count(verdict) for verdict in RowVerdict}
    sentences = [
        render(
            "excel-processing-read",
            language,
            file=file,
            upload=export.path.name,
            time=export.time_text(),
        ),
        render("excel-processing-summary", language, rows=len(export.skus), **counts),
    ]
    if processed is not None and processed != len(export.skus):
        sentences.append(
            render(
                "excel-processing-count-differs",
                language,
                processed=processed,
                rows=len(export.skus),
                upload=export.path.name,
            )
        )
    if verdicts.unmatched:
        sentences.append(
            render(
                "excel-processing-unmatched",
                language,
                count=len(verdicts.unmatched),
                upload=export.path.name,
            )
        )
    gone = [o.row.sku for o in verdicts.outcomes if not o.row.row and o.lines]
    if gone:
        named = ", ".join(gone[:NAMED_SKUS]) + (
            ", ..." if len(gone) > NAMED_SKUS else ""
        )
        sentences.append(
            render("excel-processing-gone", language, count=len(gone), skus=named)
        )
    return sentences


def _retry(
    book: Any,
    settings: Settings,
    export: Export,
    report: ProcessingReport,
    stock_rows: dict[str, int],
) -> None:
    """Write the retry file of the refused rows, from the upload file as sent."""
    language = settings.language
    data = file_bytes(export.path, missing="excel-processing-upload-missing")
    upload = read_upload(data, settings, export.path.name)
    records = [
        ExportedRecord(number, sku, stock_rows.get(sku, 0))
        for number, sku in enumerate(export.skus, 1)
    ]
    log = ExportLog(export.path.name, "", export.time_text(), records)
    rows = match_upload(report, upload, log).retry_rows

    target = retry_path(export.path)
    if not confirm_replace(book, language, target):
        say(book, language, [render("excel-export-cancelled", language)])
        return
    written_at = dt.datetime.now().replace(microsecond=0)
    retry_log = ExportLog(
        target.name,
        settings.export_encoding,
        written_at.isoformat(),
        [
            ExportedRecord(number, row.sku, stock_rows.get(row.sku, 0))
            for number, row in enumerate(rows, 1)
        ],
    )
    write_upload_with_log(target, render_retry(upload, rows), retry_log, force=True)
    record_export(book, target, written_at, rows)
    written = render(
        "excel-processing-retry-written", language, file=str(target), count=len(rows)
    )
    say(book, language, [written, render("cli.upload-hint", language)])
