"""The report sheet: the Import report button, and the report read back.

The report goes into the report table in one write: the rule columns first,
always in the same order, then the report's other columns. Identifier columns
are formatted as text before the write, or Excel would turn ``00123`` into 123
and ``MAR1`` into a date; price and quantity go in as numbers (floats, since a
Decimal would give the cell a currency format).
"""

from __future__ import annotations

from typing import Any

from addin.excel import book_folder, handler, progress, workbook_language
from addin.excel.book import (
    block,
    data_rows,
    file_bytes,
    grid,
    keeps_overrides,
    resize,
    say,
    selected_path,
    settings_of,
    table,
)
from addin.excel.stocksheet import lay_stock, read_overrides, report_skus
from addin.excel.values import text_of
from addin.messages import render
from addin.report import Report, read_report
from addin.rules import NUMERIC_REPORT_COLUMNS
from addin.workbook import layout

TEXT_FORMAT = "@"
GENERAL = "General"
#: How many SKUs that left the report the summary names before "...".
NAMED_SKUS = 10


@handler("btnImportReport")
def import_report(book: Any) -> None:
    """Read the chosen report into the report table and lay out the stock sheet."""
    language = workbook_language(book)
    settings = settings_of(book, language)
    path = selected_path(book, book_folder(book))
    progress(book.app, language, render("excel-step.import", language), 0, 3)
    report = read_report(file_bytes(path), settings.market.report_encoding, path.name)
    if not report.rows:
        say(book, language, [render("excel-report-empty", language, file=path.name)])
        return

    old_skus = report_skus(book)
    overrides = read_overrides(book, language, old_skus)
    kept_on = keeps_overrides(book, language)
    progress(book.app, language, render("excel-step.import", language), 1, 3)
    write_report(book, report)
    new_skus = report.column_values("seller-sku")
    kept = lay_stock(book, language, new_skus, overrides if kept_on else {})

    present = set(new_skus)
    gone = [sku for sku in dict.fromkeys(old_skus) if sku and sku not in present]
    sentences = [
        render("excel-imported", language, file=path.name, rows=len(report.rows)),
        _overrides_sentence(language, kept_on, kept, len(overrides)),
    ]
    if gone:
        sentences.append(_gone_sentence(language, gone))
    say(book, language, [s for s in sentences if s])


def _overrides_sentence(language: str, kept_on: bool, kept: int, found: int) -> str:
    if not found:
        return ""
    if not kept_on:
        return render("excel-overrides-discarded", language, count=found)
    return render("excel-overrides-kept", language, count=kept)


def _gone_sentence(language: str, gone: list[str]) -> str:
    named = ", ".join(gone[:NAMED_SKUS]) + (", ..." if len(gone) > NAMED_SKUS else "")
    return render("excel-skus-gone", language, count=len(gone), skus=named)


def report_columns(report: Report) -> list[str]:
    """The report table's columns: the rule columns, then the report's others."""
    others = [c.name for c in report.columns if c.name not in layout.REPORT_COLUMNS]
    return [*layout.REPORT_COLUMNS, *others]


def write_report(book: Any, report: Report) -> None:
    """Replace the report table's contents with a report, in one write."""
    found = table(book, layout.REPORT_TABLE)
    columns = report_columns(report)
    rows = len(report.rows)
    sheet = found.parent
    found.range.clear_contents()

    # Text before the write: a text cell keeps the string as it is.
    for first, last in _text_spans(columns):
        block(found, rows, last - first + 1, first).number_format = TEXT_FORMAT
    for name in layout.REPORT_NUMBER_COLUMNS:
        number = columns.index(name) + 1
        block(found, rows, 1, number).number_format = GENERAL

    lines: list[list[str | float | None]] = [list(columns)]
    records = (report.record(position) for position in range(rows))
    lines += [
        [_cell(name, record.get(name, "")) for name in columns] for record in records
    ]
    sheet.range((1, 1)).value = lines
    resize(found, rows, len(columns))


def _text_spans(columns: list[str]) -> list[tuple[int, int]]:
    """The runs of text columns, as (first, last) column numbers."""
    spans: list[tuple[int, int]] = []
    for number, name in enumerate(columns, start=1):
        if name in layout.REPORT_NUMBER_COLUMNS:
            continue
        if spans and spans[-1][1] == number - 1:
            spans[-1] = (spans[-1][0], number)
        else:
            spans.append((number, number))
    return spans


def _cell(name: str, value: str) -> str | float | None:
    parse = NUMERIC_REPORT_COLUMNS.get(name)
    amount = parse(value) if parse else None
    if amount is not None:
        return float(amount)
    return value or None


def report_records(book: Any) -> list[dict[str, str]]:
    """The rule columns of every report row, as the engine's text."""
    found = table(book, layout.REPORT_TABLE)
    width = len(layout.REPORT_COLUMNS)
    lines = grid(found, data_rows(found), width)
    return [
        {
            name: text_of(value)
            for name, value in zip(layout.REPORT_COLUMNS, line, strict=True)
        }
        for line in lines
    ]
