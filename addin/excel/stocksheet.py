"""The stock sheet: the Fill button, the seller's corrections, the rows read back.

Each stock row holds the rules' formulas, which follow its report row through
the ``report-row`` cell. A seller corrects a value by typing over its formula;
such a cell is an override. Overrides are found by comparing each cell with the
formula the rules give for its row, both in Excel's spelling (Excel drops the
quotes of a sheet name that needs none and the ``_xlfn.`` prefixes), and are
carried to the new stock row of the same report ``seller-sku`` when the stock
sheet is laid out again. The formulas name the report sheet by its tab name as
it is when they are written: Excel keeps them pointing at a sheet the seller
renames, so the formulas the rules give must name it the same way.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any

from addin.excel import handler, progress, workbook_language
from addin.excel.book import (
    FIRST_DATA_ROW,
    block,
    data_rows,
    grid,
    keeps_overrides,
    resize,
    say,
    table,
)
from addin.excel.values import stock_row, text_of
from addin.messages import render
from addin.problems import Problem
from addin.rules import UPLOAD_COLUMNS
from addin.stockfile import StockFile, StockRow
from addin.workbook import layout
from addin.workbook.formulas import stock_row_formulas

#: An override: the cell's new content by stock column position.
#: A report row by its seller-sku and which of the rows with that SKU it is (0 for
#: the first): a SKU twice in a report is two rows, each with its own corrections.
RowKey = tuple[str, int]
Overrides = dict[RowKey, dict[int, Any]]


def row_keys(skus: list[str]) -> list[RowKey]:
    """The key of each report row, in sheet order."""
    seen: dict[str, int] = {}
    keys = []
    for sku in skus:
        keys.append((sku, seen.get(sku, 0)))
        seen[sku] = seen.get(sku, 0) + 1
    return keys


WIDTH = len(layout.STOCK_COLUMNS)
UPLOAD_WIDTH = len(UPLOAD_COLUMNS)
REPORT_ROW_AT = layout.STOCK_COLUMNS.index(layout.REPORT_ROW)
EXPORT_AT = layout.STOCK_COLUMNS.index(layout.EXPORT)
PROBLEMS_AT = layout.STOCK_COLUMNS.index(layout.ROW_PROBLEMS)

_XLFN = re.compile(r"_xlfn\.", re.IGNORECASE)
_QUOTED_SHEET = re.compile(r"'((?:[^']|'')+)'!")
_STRINGS = re.compile(r'("(?:[^"]|"")*")')


@handler("btnFill")
def fill_stock(book: Any) -> None:
    """Write the stock formulas for every report row, keeping the corrections."""
    language = workbook_language(book)
    progress(book.app, language, render("excel-step.fill", language), 0, 2)
    skus = report_skus(book)
    overrides: Overrides = {}
    if keeps_overrides(book, language):
        overrides = read_overrides(book, language, skus)
    kept = lay_stock(book, language, skus, overrides)
    sentences = [render("excel-filled", language, rows=len(skus))]
    if overrides:
        sentences.append(render("excel-overrides-kept", language, count=kept))
    say(book, language, sentences)


def report_skus(book: Any) -> list[str]:
    """The report table's seller-sku of every row, in sheet order."""
    found = table(book, layout.REPORT_TABLE)
    lines = grid(found, data_rows(found), 1)
    return [text_of(line[0]) for line in lines]


#: Stands for a row's own number, so that every row's formulas share one key.
ROW_MARK = "#"
#: A row number no sheet reaches: its formulas, with it replaced by ROW_MARK.
_ANY_ROW = 9_999_999
_REPORT_ROW_CELL = "$" + layout.stock_column(layout.REPORT_ROW)


def row_free(formula: str, row: int) -> str:
    """A formula with its row's own report-row reference marked, not numbered."""
    return formula.replace(f"{_REPORT_ROW_CELL}{row}", _REPORT_ROW_CELL + ROW_MARK)


def report_sheet_name(book: Any) -> str:
    """The tab name of the sheet that holds the report table now."""
    return str(table(book, layout.REPORT_TABLE).parent.name)


@lru_cache(maxsize=64)
def generated_keys(report_sheet: str) -> tuple[str, ...]:
    """The keys of the formulas the rules give a stock row, for any row."""
    formulas = stock_row_formulas(_ANY_ROW, report_sheet)
    return tuple(formula_key(row_free(formula, _ANY_ROW)) for formula in formulas)


@lru_cache(maxsize=4096)
def formula_key(formula: str) -> str:
    """A formula spelled so that Excel's spelling and ours compare equal."""
    parts = _STRINGS.split(_XLFN.sub("", formula))
    # Outside string literals: no sheet-name quotes, no spaces, one case.
    return "".join(
        part if index % 2 else _QUOTED_SHEET.sub(r"\1!", part).replace(" ", "").upper()
        for index, part in enumerate(parts)
    )


def read_overrides(book: Any, language: str, report_skus: list[str]) -> Overrides:
    """The seller's corrections, keyed by the report's seller-sku of their row."""
    keys = row_keys(report_skus)
    found = table(book, layout.STOCK_TABLE)
    rows = data_rows(found)
    formulas = grid(found, rows, WIDTH, "formula")
    values = grid(found, rows, WIDTH)
    default = layout.EXPORT_CHOICES[language][0]
    expected = generated_keys(report_sheet_name(book))
    overrides: Overrides = {}
    for offset, (written, shown) in enumerate(zip(formulas, values, strict=True)):
        key = _report_key(shown[REPORT_ROW_AT], keys)
        if key is None:
            continue
        row = offset + FIRST_DATA_ROW
        changed = {
            column: _content(shown[column], written[column])
            for column in range(UPLOAD_WIDTH)
            if formula_key(row_free(written[column], row)) != expected[column]
        }
        export = shown[EXPORT_AT]
        if export is not None and str(export).strip().lower() != default:
            changed[EXPORT_AT] = _content(export, written[EXPORT_AT])
        if changed:
            overrides[key] = changed
    return overrides


def _report_key(report_row: Any, keys: list[RowKey]) -> RowKey | None:
    if not isinstance(report_row, float | int) or isinstance(report_row, bool):
        return None
    position = int(report_row) - FIRST_DATA_ROW
    return keys[position] if 0 <= position < len(keys) else None


def _content(value: Any, formula: str) -> Any:
    """What to write back so the cell holds what the seller left in it."""
    if formula.startswith("="):
        return formula
    if isinstance(value, str):
        # The apostrophe keeps text as text, as when a seller types it.
        return "'" + value
    if isinstance(value, Decimal):
        return float(value)
    return value


def lay_stock(book: Any, language: str, skus: list[str], overrides: Overrides) -> int:
    """Lay out one stock row per report row in one write; return the rows kept.

    Args:
        skus: the report's seller-sku of each row, in sheet order.
        overrides: corrections to carry over, by :func:`row_keys`.
    """
    found = table(book, layout.STOCK_TABLE)
    old = data_rows(found)
    if old:
        block(found, old, WIDTH).clear_contents()
    export = layout.EXPORT_CHOICES[language][0]
    report_sheet = report_sheet_name(book)
    lines, kept = [], 0
    for offset, key in enumerate(row_keys(skus)):
        row = offset + FIRST_DATA_ROW
        line: list[Any] = [*stock_row_formulas(row, report_sheet), row, export, None]
        for column, content in overrides.get(key, {}).items():
            line[column] = content
        kept += key in overrides
        lines.append(line)
    if lines:
        block(found, len(lines), WIDTH).value = lines
    resize(found, len(lines), WIDTH)
    flags = found.parent.range((FIRST_DATA_ROW, layout.FLAGS_FIRST_COLUMN))
    flags.resize(layout.LAST_ROW - 1, UPLOAD_WIDTH).clear_contents()
    return kept


def read_stock(
    book: Any, records: list[dict[str, str]]
) -> tuple[StockFile, list[list[Any]]]:
    """The stock sheet's rows as the engine reads them, and the values read.

    Args:
        records: the report's rule columns of each report row, for the checks
            that compare with the report (price far from it, status).
    """
    found = table(book, layout.STOCK_TABLE)
    values = grid(found, data_rows(found), WIDTH)
    rows: list[StockRow] = []
    problems: list[Problem] = []
    for offset, line in enumerate(values):
        row = offset + FIRST_DATA_ROW
        if all(value is None for value in line[:REPORT_ROW_AT]):
            continue  # the empty row a table keeps when it holds no data
        texts, retyped = stock_row(line[:UPLOAD_WIDTH], UPLOAD_COLUMNS, row)
        rows.append(
            StockRow(
                row,
                texts,
                report=_record(line[REPORT_ROW_AT], records),
                exported=not layout.is_excluded(line[EXPORT_AT]),
            )
        )
        problems.extend(retyped)
    return StockFile(list(UPLOAD_COLUMNS), rows, problems), values


def _record(report_row: Any, records: list[dict[str, str]]) -> dict[str, str] | None:
    if not isinstance(report_row, float | int) or isinstance(report_row, bool):
        return None
    position = int(report_row) - FIRST_DATA_ROW
    return records[position] if 0 <= position < len(records) else None
