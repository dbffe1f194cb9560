"""The Check button: the engine's checks on what the stock sheet holds.

The stock sheet is read in one call; Excel's values are turned back into what
the seller meant (:mod:`addin.excel.values`), and the engine's checks run on
them. The problems go back in three writes: the row's problems column, the
problem-flag block the conditional formats read, and the problems table.
"""

from __future__ import annotations

from typing import Any

from addin.conversion import Checked, check_stock
from addin.excel import handler, progress, workbook_language
from addin.excel.book import (
    FIRST_DATA_ROW,
    block,
    data_rows,
    resize,
    say,
    settings_of,
    table,
)
from addin.excel.reportsheet import report_records
from addin.excel.stocksheet import read_stock
from addin.messages import render
from addin.problems import Problem, Severity
from addin.rules import UPLOAD_COLUMNS
from addin.settings import Settings
from addin.workbook import layout

FLAGS = {Severity.ERROR: layout.FLAG_ERROR, Severity.WARNING: layout.FLAG_WARNING}


@handler("btnCheck")
def check(book: Any) -> None:
    """Check every stock row and show where the rows would go."""
    language = workbook_language(book)
    checked = check_book(book, settings_of(book, language))
    say(book, language, [summary_sentence(checked, language, "excel-checked")])


def summary_sentence(checked: Checked, language: str, code: str, **params: Any) -> str:
    """The summary that adds up: rows = exported + errors + skipped + excluded."""
    summary = checked.summary
    return render(
        code,
        language,
        rows=summary.rows,
        exported=summary.exported,
        errors=summary.errors,
        skipped=summary.skipped,
        excluded=summary.excluded,
        warnings=summary.warnings,
        **params,
    )


def check_book(book: Any, settings: Settings) -> Checked:
    """Run the checks on the stock sheet and paint what they found."""
    checked, rows = run_checks(book, settings)
    paint_problems(book, checked.problems, rows, settings.language)
    return checked


def run_checks(book: Any, settings: Settings) -> tuple[Checked, int]:
    """The engine's checks on the stock sheet, and how many sheet rows it spans."""
    language = settings.language
    step = render("excel-step.check", language)
    progress(book.app, language, step, 0, 2)
    # Calculation is manual while a handler runs: formulas that read cells
    # written since would still show their old values.
    book.app.calculate()
    stock, values = read_stock(book, report_records(book))
    checked = check_stock(stock, settings)
    progress(book.app, language, step, 1, 2)
    return checked, len(values)


def paint_problems(
    book: Any, problems: list[Problem], rows: int, language: str
) -> None:
    """The problems column, the flag block and the problems table, a write each."""
    _write_row_problems(book, problems, rows, language)
    _write_flags(book, problems, rows)
    _write_problems_table(book, problems, language)


def _write_row_problems(
    book: Any, problems: list[Problem], rows: int, language: str
) -> None:
    texts: list[list[str | None]] = [[None] for _ in range(rows)]
    for found in problems:
        cell = texts[found.row - FIRST_DATA_ROW]
        message = found.message(language)
        cell[0] = message if cell[0] is None else f"{cell[0]} | {message}"
    write_row_problems(book, texts)


def write_row_problems(book: Any, texts: list[list[str | None]]) -> None:
    """Fill the stock table's problems column from its first row, in one write."""
    if texts:
        column = layout.STOCK_COLUMNS.index(layout.ROW_PROBLEMS) + 1
        stock = table(book, layout.STOCK_TABLE)
        block(stock, len(texts), 1, column).value = texts


def _write_flags(book: Any, problems: list[Problem], rows: int) -> None:
    flags = [[layout.FLAG_NONE] * len(UPLOAD_COLUMNS) for _ in range(rows)]
    for found in problems:
        flag = FLAGS.get(found.severity, layout.FLAG_NONE)
        line = flags[found.row - FIRST_DATA_ROW]
        # A problem of the whole row, or of any cell, flags every cell of it.
        positions = (
            [UPLOAD_COLUMNS.index(found.column)]
            if found.column in UPLOAD_COLUMNS
            else range(len(UPLOAD_COLUMNS))
        )
        for position in positions:
            line[position] = max(line[position], flag)
    write_flags(book, flags)


def write_flags(book: Any, flags: list[list[int]]) -> None:
    """Fill the problem-flag block the conditional formats read, in one write."""
    if flags:
        stock = table(book, layout.STOCK_TABLE)
        columns = len(UPLOAD_COLUMNS)
        block(stock, len(flags), columns, layout.FLAGS_FIRST_COLUMN).value = flags


def _write_problems_table(book: Any, problems: list[Problem], language: str) -> None:
    stock_sheet = stock_sheet_name(book)
    lines: list[list[Any]] = [
        [
            found_problem.row,
            found_problem.column,
            found_problem.code,
            render(f"cli.severity.{found_problem.severity.value}", language),
            found_problem.message(language),
            _link(found_problem, stock_sheet),
        ]
        for found_problem in problems
    ]
    write_problem_lines(book, lines)


def write_problem_lines(book: Any, lines: list[list[Any]]) -> None:
    """Replace the problems table's lines (row, column, code, severity...)."""
    found = table(book, layout.PROBLEMS_TABLE)
    width = len(layout.PROBLEMS_COLUMNS)
    old = data_rows(found)
    if old:
        block(found, old, width).clear_contents()
    if lines:
        block(found, len(lines), width).value = lines
    resize(found, len(lines), width)


def stock_sheet_name(book: Any) -> str:
    """The stock sheet's name as it is now, found through its table."""
    return str(table(book, layout.STOCK_TABLE).parent.name)


def _link(found: Problem, stock_sheet: str) -> str:
    column = found.column if found.column in layout.STOCK_COLUMNS else "sku"
    return layout.cell_link(found.row, column, stock_sheet)
