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

from addin.conversion import Checked
from addin.excel import book_folder, handler, workbook_language
from addin.excel.book import (
    FIRST_DATA_ROW,
    data_rows,
    file_bytes,
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
from addin.exportlog import export_log, write_upload_with_log
from addin.messages import render
from addin.settings import Settings
from addin.stockfile import StockRow
from addin.template import Template, read_template
from addin.templateexport import fill_template, settings_for
from addin.textfile import ENCODING_NAMES
from addin.workbook import layout

YES = "yes"
TEXT_FORMAT = "@"
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
#: The number format of the export log's columns that need one: the file and
#: the SKU as text, so that Excel re-types neither; the time as date and time.
EXPORT_LOG_FORMATS = {"file": TEXT_FORMAT, "time": TIME_FORMAT, "sku": TEXT_FORMAT}


@handler("btnExport")
def export(book: Any) -> None:
    """Check, then write the upload file to the path the save dialog chose."""
    language = workbook_language(book)
    settings = settings_of(book, language)
    template = seller_template(book, settings)
    settings = settings_for(template, settings)
    # Before any question: with no file chosen, there is nothing to ask about.
    path = upload_path(book, template)
    checked, upload = _checked(book, settings, template)
    if not _confirm_errors(book, language, checked):
        say(book, language, [render("excel-export-cancelled", language)])
        return
    if not checked.exportable:
        say(book, language, [render("excel-export-nothing", language)])
        return
    if not confirm_replace(book, language, path):
        say(book, language, [render("excel-export-cancelled", language)])
        return

    if upload is None:
        upload = checked.upload_bytes(settings)
    _write(book, path, upload, checked.exportable, settings.export_encoding)
    exported = render(
        "excel-exported",
        language,
        file=str(path),
        encoding=ENCODING_NAMES.get(settings.export_encoding, settings.export_encoding),
    )
    summary = summary_sentence(checked, language, "excel-export-summary")
    say(book, language, [exported, summary, render("cli.upload-hint", language)])


def upload_path(book: Any, template: Template | None) -> Path:
    """The file the save dialog chose, with the template's extension if any.

    Raises:
        InputError: no file was chosen.
    """
    path = selected_path(book, book_folder(book))
    if template is None:
        return path
    # The copy is a workbook or text like the template, whatever the dialog said.
    return path.with_suffix(template.suffix)


def _checked(
    book: Any, settings: Settings, template: Template | None
) -> tuple[Checked, bytes | None]:
    """The stock sheet checked and painted; the filled template, if any."""
    checked, sheet_rows = run_checks(book, settings)
    upload = None
    if template is not None:
        checked, upload = fill_template(template, checked, settings)
    paint_problems(book, checked.problems, sheet_rows, settings.language)
    return checked, upload


def _confirm_errors(book: Any, language: str, checked: Checked) -> bool:
    """Whether to go on: no row has errors, or the seller exports the others."""
    summary = checked.summary
    if not summary.errors:
        return True
    question = render(
        "excel-export-errors", language, errors=summary.errors, valid=summary.exported
    )
    return ask(book, language, question)


def confirm_replace(book: Any, language: str, path: Path) -> bool:
    """Whether to go on: the file is not there, or the seller replaces it.

    Only the file itself is asked about: an export record left behind by an
    upload file that is gone describes nothing and is replaced without a word.
    """
    if not path.exists():
        return True
    return ask(book, language, render("excel-export-replace", language, file=str(path)))


def _write(
    book: Any, path: Path, upload: bytes, rows: list[StockRow], encoding: str
) -> None:
    """Write the upload file and its export record, and log them in the workbook."""
    written_at = dt.datetime.now().replace(microsecond=0)
    log = export_log(rows, path.name, encoding, written_at.isoformat())
    # Asked about already when the file was there.
    write_upload_with_log(path, upload, log, force=True)
    record_export(book, path, written_at, rows)


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
    data = file_bytes(path, missing="excel-template-missing")
    return read_template(data, path.name, settings)


def ask(book: Any, language: str, question: str) -> bool:
    """Ask the seller a yes/no question; True for yes."""
    return bool(say(book, language, [question], buttons="yes_no") == YES)


def record_export(
    book: Any, path: Path, written_at: dt.datetime, rows: list[StockRow]
) -> None:
    """Add the records of one upload file under the export log table's rows."""
    found = table(book, layout.EXPORT_LOG_TABLE)
    columns = layout.EXPORT_LOG_COLUMNS
    first_column = grid(found, data_rows(found), 1)
    used = sum(1 for line in first_column if line[0] not in (None, ""))
    records = [
        {"file": str(path), "time": written_at, "record": number, "sku": row.sku}
        for number, row in enumerate(rows, 1)
    ]
    lines = [[record[name] for name in columns] for record in records]

    sheet = found.parent
    top = FIRST_DATA_ROW + used
    for number, name in enumerate(columns, 1):
        if name in EXPORT_LOG_FORMATS:
            cells = sheet.range((top, number)).resize(len(lines), 1)
            cells.number_format = EXPORT_LOG_FORMATS[name]
    sheet.range((top, 1)).value = lines
    resize(found, used + len(lines), len(columns))
