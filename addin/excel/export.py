"""The Export button: the upload file written through the engine, and its log.

The stock sheet is checked first. When the TemplatePath setting names the
seller's own downloaded template, the rows fill a copy of it through the engine
(:mod:`addin.templateexport`), whose own problems (a value the template's
vocabulary lacks) are painted with the others, and the file takes the
template's extension. With errors, the seller chooses whether to export only
the valid rows; an existing file is replaced only when the seller says so; the
file and the record of what it holds are written atomically. The export log
table keeps, for every record, its number and SKU: what Amazon's processing
report is matched against.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from addin.errors import InputError
from addin.excel import book_folder, handler, workbook_language
from addin.excel.book import (
    FIRST_DATA_ROW,
    data_rows,
    grid,
    named_value,
    resize,
    say,
    selected_path,
    settings_of,
    table,
    text,
)
from addin.excel.problemsheet import paint_problems, run_checks, summary_sentence
from addin.exportlog import export_log, export_log_path, write_upload_with_log
from addin.messages import render
from addin.settings import Settings
from addin.stockfile import StockRow
from addin.template import Template, read_template
from addin.templateexport import fill_template, settings_for
from addin.workbook import layout

YES = "yes"
TEXT_FORMAT = "@"
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


@handler("btnExport")
def export(book: Any) -> None:
    """Check, then write the upload file to the path the save dialog chose."""
    language = workbook_language(book)
    settings = settings_of(book, language)
    template = seller_template(book, settings)
    settings = settings_for(template, settings)
    checked, sheet_rows = run_checks(book, settings)
    upload = None
    if template is not None:
        checked, upload = fill_template(template, checked, settings)
    paint_problems(book, checked.problems, sheet_rows, language)
    summary = checked.summary
    if summary.errors and not ask(
        book,
        language,
        render(
            "excel-export-errors",
            language,
            errors=summary.errors,
            valid=summary.exported,
        ),
    ):
        say(book, language, [render("excel-export-cancelled", language)])
        return
    rows = checked.exportable
    if not rows:
        say(book, language, [render("excel-export-nothing", language)])
        return

    path = selected_path(book, book_folder(book))
    if template is not None:
        # The copy is a workbook or text like the template, whatever the dialog said.
        path = path.with_suffix(template.suffix)
    replace = any(p.exists() for p in (path, export_log_path(path)))
    if replace and not ask(
        book, language, render("excel-export-replace", language, file=str(path))
    ):
        say(book, language, [render("excel-export-cancelled", language)])
        return
    written_at = dt.datetime.now().replace(microsecond=0)
    log = export_log(rows, path.name, settings.export_encoding, written_at.isoformat())
    if upload is None:
        upload = checked.upload_bytes(settings)
    write_upload_with_log(path, upload, log, force=replace)
    record_export(book, path, written_at, rows)

    sentences = [
        render(
            "excel-exported",
            language,
            file=str(path),
            encoding=settings.export_encoding,
        ),
        summary_sentence(checked, language, "excel-export-summary"),
        render("cli.upload-hint", language),
    ]
    say(book, language, sentences)


def seller_template(book: Any, settings: Settings) -> Template | None:
    """The seller's template the TemplatePath setting names; None for text.

    Raises:
        InputError: the file is missing, or not a template the product fills.
    """
    chosen = text(named_value(book, layout.TEMPLATE_PATH))
    if chosen is None:
        return None
    path = Path(chosen)
    if not path.is_absolute():
        path = book_folder(book) / path
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise InputError("excel-template-missing", file=str(path)) from error
    return read_template(data, path.name, settings)


def ask(book: Any, language: str, question: str) -> bool:
    """Ask the seller a yes/no question; True for yes."""
    return bool(say(book, language, [question], buttons="yes_no") == YES)


def record_export(
    book: Any, path: Path, written_at: dt.datetime, rows: list[StockRow]
) -> None:
    """Add the records of one upload file under the export log table's rows."""
    found = table(book, layout.EXPORT_LOG_TABLE)
    width = len(layout.EXPORT_LOG_COLUMNS)
    first_column = grid(found, data_rows(found), 1)
    used = sum(1 for line in first_column if line[0] not in (None, ""))
    lines = [
        [str(path), written_at, number, row.sku] for number, row in enumerate(rows, 1)
    ]

    sheet = found.parent
    top = FIRST_DATA_ROW + used
    for column, code in ((1, TEXT_FORMAT), (2, TIME_FORMAT), (4, TEXT_FORMAT)):
        sheet.range((top, column)).resize(len(lines), 1).number_format = code
    sheet.range((top, 1)).value = lines
    resize(found, used + len(lines), width)
