"""The workbook's sheets laid out with openpyxl: tables, formats, validations.

This is the first step of the build and the only one that uses openpyxl: the
VBA project and the ribbon come after it, and openpyxl never opens the result
again (it would drop the ribbon's relationship). Given a report, the same code
lays out a filled copy, which is how the formulas are tested.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import version

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from addin.marketplaces import DEFAULT_MARKETPLACE, MARKETPLACES
from addin.messages import render
from addin.report import FIRST_DATA_ROW, Report
from addin.rules import NUMERIC_REPORT_COLUMNS, UPLOAD_COLUMNS
from addin.workbook import layout
from addin.workbook.formulas import stock_row_formulas
from addin.worksheet import column_letter

#: The package's creation and modification time: fixed, so that two builds of
#: the same sources give the same bytes.
BUILD_TIME = datetime(2026, 1, 1)

TEXT_FORMAT = "@"
TABLE_STYLE = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ERROR_FILL = PatternFill(
    start_color="FFF4C7CE", end_color="FFF4C7CE", fill_type="solid"
)
WARNING_FILL = PatternFill(
    start_color="FFFFEB9C", end_color="FFFFEB9C", fill_type="solid"
)
WIDE, MEDIUM, NARROW = 48, 18, 10


@dataclass(frozen=True)
class Interpreters:
    """The Python interpreters the xlwings.conf sheet names, per platform."""

    windows: str = layout.DEFAULT_INTERPRETER_WIN
    mac: str = layout.DEFAULT_INTERPRETER_MAC


def lay_out(
    language: str, interpreters: Interpreters, report: Report | None = None
) -> Workbook:
    """The workbook's sheets, empty or filled from a report.

    Args:
        language: ``fr`` or ``en``: sheet names, headings and the read-me.
        interpreters: written into the xlwings.conf sheet.
        report: when given, its rows fill the report table and the stock
            table gets one row of formulas per report row.
    """
    book = Workbook()
    book.remove(book.active)
    for sheet in layout.SHEETS:
        worksheet = book.create_sheet(sheet.title(language))
        worksheet.sheet_properties.codeName = sheet.code_name

    _read_me(book[layout.READ_ME.title(language)], language)
    _report(book[layout.REPORT.title(language)], report)
    _stock(book, language, len(report.rows) if report else 0)
    _problems(book[layout.PROBLEMS.title(language)], language)
    _export_log(book[layout.EXPORT_LOG.title(language)], language)
    _settings(book, language)
    _conf(book[layout.CONF.title(language)], interpreters)

    book.properties.creator = "Handmade Relist"
    book.properties.created = BUILD_TIME
    book.properties.modified = BUILD_TIME
    return book


def _read_me(sheet: Worksheet, language: str) -> None:
    sheet["A1"] = render("workbook.readme.title", language)
    sheet["A1"].font = Font(bold=True, size=14)
    for line in range(1, 7):
        sheet.cell(line + 2, 1, render(f"workbook.readme.{line}", language))
    sheet.column_dimensions["A"].width = 100


def _report(sheet: Worksheet, report: Report | None) -> None:
    columns = list(layout.REPORT_COLUMNS)
    if report is not None:
        columns += [c.name for c in report.columns if c.name not in columns]
    sheet.append(columns)
    if report is not None:
        for position in range(len(report.rows)):
            record = report.record(position)
            sheet.append(
                [_report_value(name, record.get(name, "")) for name in columns]
            )

    for number, name in enumerate(columns, start=1):
        dimension = sheet.column_dimensions[column_letter(number)]
        dimension.width = MEDIUM
        # Per column, not per cell: rows Python adds later stay text too.
        if name not in NUMERIC_REPORT_COLUMNS:
            dimension.number_format = TEXT_FORMAT
            for row in sheet.iter_rows(min_col=number, max_col=number, min_row=2):
                row[0].number_format = TEXT_FORMAT
    _table(sheet, layout.REPORT_TABLE, len(columns), _rows(report))
    sheet.freeze_panes = "A2"


def _report_value(name: str, text: str) -> str | float:
    """A report cell as the report table holds it: numbers for price and quantity."""
    parse = NUMERIC_REPORT_COLUMNS.get(name)
    amount = parse(text) if parse else None
    return text if amount is None else float(amount)


def _rows(report: Report | None) -> int:
    return len(report.rows) if report else 0


def _stock(book: Workbook, language: str, rows: int) -> None:
    sheet = book[layout.STOCK.title(language)]
    sheet.append(list(layout.STOCK_COLUMNS))
    export = layout.EXPORT_CHOICES[language][0]
    report_sheet = layout.REPORT.title(language)
    for row in range(FIRST_DATA_ROW, FIRST_DATA_ROW + rows):
        # The report row is the sheet row the stock row was filled from.
        sheet.append([*stock_row_formulas(row, report_sheet), row, export, ""])

    _table(sheet, layout.STOCK_TABLE, len(layout.STOCK_COLUMNS), rows)
    _flag_block(book, sheet, language)
    _stock_validations(sheet, language)
    for name in layout.STOCK_COLUMNS:
        width = NARROW if name in ("product-id-type", "item-condition") else MEDIUM
        sheet.column_dimensions[layout.stock_column(name)].width = width
    sheet.freeze_panes = "B2"


def _flag_block(book: Workbook, sheet: Worksheet, language: str) -> None:
    first, last = (
        layout.flag_column(UPLOAD_COLUMNS[0]),
        layout.flag_column(UPLOAD_COLUMNS[-1]),
    )
    for name in UPLOAD_COLUMNS:
        letter = layout.flag_column(name)
        sheet[f"{letter}1"] = name
        sheet.column_dimensions[letter].hidden = True
    reference = layout.sheet_reference(layout.STOCK, language)
    block = f"{reference}!${first}${FIRST_DATA_ROW}:${last}${layout.LAST_ROW}"
    book.defined_names[layout.PROBLEM_FLAGS] = DefinedName(
        layout.PROBLEM_FLAGS, attr_text=block
    )

    # Relative references: each stock cell reads its own flag cell.
    cells = f"A{FIRST_DATA_ROW}:{layout.stock_column(UPLOAD_COLUMNS[-1])}"
    cells += str(layout.LAST_ROW)
    flag = f"{first}{FIRST_DATA_ROW}"
    for value, fill in (
        (layout.FLAG_ERROR, ERROR_FILL),
        (layout.FLAG_WARNING, WARNING_FILL),
    ):
        rule = FormulaRule(formula=[f"{flag}={value}"], fill=fill, stopIfTrue=True)
        sheet.conditional_formatting.add(cells, rule)


def _stock_validations(sheet: Worksheet, language: str) -> None:
    export = ",".join(layout.EXPORT_CHOICES[language])
    rules = (
        ("product-id-type", "list", None, '"1,2,3,4"'),
        ("item-condition", "list", None, '"11"'),
        ("add-delete", "list", None, '"a,d,x"'),
        ("export", "list", None, f'"{export}"'),
        ("quantity", "whole", "greaterThanOrEqual", "0"),
        ("price", "decimal", "greaterThan", "0"),
        # Amazon counts 40 bytes; Excel can only count characters.
        ("sku", "textLength", "lessThanOrEqual", "40"),
    )
    for column, kind, operator, formula in rules:
        letter = layout.stock_column(column)
        validation = _validation(language, column, kind, formula, operator)
        validation.allow_blank = True
        validation.add(f"{letter}{FIRST_DATA_ROW}:{letter}{layout.LAST_ROW}")
        sheet.add_data_validation(validation)


def _validation(
    language: str, rule: str, kind: str, formula: str, operator: str | None = None
) -> DataValidation:
    """A validation whose warning explains its rule in the workbook's language.

    A warning, not a stop: the seller may keep a value, which the engine's
    checks then explain with the row, the rule and the fix.
    """
    text = render(f"workbook.validation.{rule}", language)
    return DataValidation(
        kind,
        formula1=formula,
        operator=operator,
        showErrorMessage=True,
        errorStyle="warning",
        errorTitle=render("workbook.validation.title", language),
        error=f"{text} {render('workbook.validation.keep', language)}",
    )


def _problems(sheet: Worksheet, language: str) -> None:
    _headed_table(sheet, layout.PROBLEMS_TABLE, layout.PROBLEMS_COLUMNS, language)
    sheet.column_dimensions["E"].width = 90


def _export_log(sheet: Worksheet, language: str) -> None:
    columns = layout.EXPORT_LOG_COLUMNS
    _headed_table(sheet, layout.EXPORT_LOG_TABLE, columns, language)
    sheet.column_dimensions[_letter(columns, "file")].width = WIDE
    sheet.column_dimensions[_letter(columns, "sku")].number_format = TEXT_FORMAT


def _letter(columns: tuple[str, ...], name: str) -> str:
    return column_letter(columns.index(name) + 1)


def _headed_table(
    sheet: Worksheet, name: str, columns: tuple[str, ...], language: str
) -> None:
    sheet.append([layout.HEADINGS[language][column] for column in columns])
    for number in range(1, len(columns) + 1):
        sheet.column_dimensions[column_letter(number)].width = MEDIUM
    _table(sheet, name, len(columns), 0)
    sheet.freeze_panes = "A2"


def _settings(book: Workbook, language: str) -> None:
    sheet = book[layout.SETTINGS.title(language)]
    sheet.append(
        [render(f"workbook.settings.{key}", language) for key in ("setting", "value")]
    )
    for cell in layout.NAMED_CELLS:
        sheet.append([render(f"workbook.setting.{cell.name}", language)])
        value = sheet.cell(sheet.max_row, layout.SETTINGS_VALUE_COLUMN)
        value.value = _setting_default(cell, language)
        if cell in (layout.TEMPLATE_PATH, layout.SELECTED_PATH, layout.EXPORT_ENCODING):
            value.number_format = TEXT_FORMAT
        reference = layout.sheet_reference(layout.SETTINGS, language)
        book.defined_names[cell.name] = DefinedName(
            cell.name, attr_text=f"{reference}!${value.column_letter}${value.row}"
        )
    _settings_validations(sheet, language)
    sheet.column_dimensions["A"].width = WIDE
    sheet.column_dimensions["B"].width = WIDE
    sheet.freeze_panes = "A2"


def _setting_default(cell: layout.NamedCell, language: str) -> str | bool | None:
    defaults: dict[str, str | bool | None] = {
        layout.MARKETPLACE.name: DEFAULT_MARKETPLACE,
        layout.ALLOW_DELETE.name: False,
        layout.KEEP_OVERRIDES.name: True,
        layout.LANGUAGE.name: language,
        layout.XLWINGS_VERSION.name: version("xlwings"),
    }
    return defaults.get(cell.name)


def _settings_validations(sheet: Worksheet, language: str) -> None:
    def row_of(cell: layout.NamedCell) -> str:
        return f"B{layout.NAMED_CELLS.index(cell) + FIRST_DATA_ROW}"

    rules = [
        (layout.MARKETPLACE, "list", None, f'"{",".join(MARKETPLACES)}"'),
        (layout.LANGUAGE, "list", None, '"fr,en"'),
        (layout.DEFAULT_QUANTITY, "whole", "greaterThanOrEqual", "1"),
        (layout.HANDLING_TIME, "whole", "greaterThanOrEqual", "0"),
    ]
    for cell, kind, operator, formula in rules:
        validation = _validation(language, cell.name, kind, formula, operator)
        validation.allow_blank = kind == "whole"
        validation.add(row_of(cell))
        sheet.add_data_validation(validation)
    # A list of TRUE,FALSE would hold text in English whatever Excel's
    # language; Excel shows a boolean as VRAI or FAUX in French, and reads
    # either word typed in the seller's language as a boolean.
    for cell in (layout.ALLOW_DELETE, layout.KEEP_OVERRIDES):
        validation = _validation(
            language, "boolean", "custom", f"ISLOGICAL({row_of(cell)})"
        )
        validation.add(row_of(cell))
        sheet.add_data_validation(validation)


def _conf(sheet: Worksheet, interpreters: Interpreters) -> None:
    # From A1, no header, no blank row: xlwings stops at the first empty key.
    sheet.append([layout.INTERPRETER_WIN, interpreters.windows])
    sheet.append([layout.INTERPRETER_MAC, interpreters.mac])
    sheet.append([layout.ADD_WORKBOOK_TO_PYTHONPATH, "False"])
    sheet.sheet_state = "hidden"
    sheet.column_dimensions["A"].width = 32
    sheet.column_dimensions["B"].width = 64


def _table(sheet: Worksheet, name: str, columns: int, rows: int) -> None:
    # A table holds at least one data row: an empty one in the template.
    last = f"{column_letter(columns)}{max(rows, 1) + 1}"
    table = Table(displayName=name, ref=f"A1:{last}", tableStyleInfo=TABLE_STYLE)
    sheet.add_table(table)
