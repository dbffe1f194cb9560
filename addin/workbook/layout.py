"""The names the workbook is addressed by: sheets, tables, columns, named cells.

The Excel handlers and the build both read these names, so a handler never
guesses where a value lives. Tables are addressed by name, so a seller may
rename sheets; each table's header is row 1 of its sheet, so a row number means
the same on every sheet. This module holds names and small pure functions only:
it imports neither openpyxl nor xlwings.
"""

from __future__ import annotations

from dataclasses import dataclass

from addin.report import RULE_COLUMNS
from addin.rules import NUMERIC_REPORT_COLUMNS, UPLOAD_COLUMNS
from addin.worksheet import column_letter

#: The file name of the committed template, at the top of the project.
TEMPLATE_NAME = "workbook_template.xlsm"

#: The last sheet row that validations, conditional formats and the problem-flag
#: block cover. Amazon's Inventory Loader takes far fewer rows in one file.
LAST_ROW = 20001


@dataclass(frozen=True)
class Sheet:
    """One sheet: its VBA code name (fixed) and its tab name in each language."""

    code_name: str
    titles: dict[str, str]

    def title(self, language: str) -> str:
        """The sheet's tab name in a language."""
        return self.titles[language]


READ_ME = Sheet("wsReadMe", {"fr": "Lisez-moi", "en": "Read me"})
REPORT = Sheet("wsReport", {"fr": "Rapport", "en": "Report"})
STOCK = Sheet("wsStock", {"fr": "Fichier de stock", "en": "Stock file"})
PROBLEMS = Sheet("wsProblems", {"fr": "Problèmes", "en": "Problems"})
EXPORT_LOG = Sheet("wsExportLog", {"fr": "Journal des exports", "en": "Export log"})
SETTINGS = Sheet("wsSettings", {"fr": "Réglages", "en": "Settings"})
# xlwings finds its configuration by this exact name, whatever the language.
CONF = Sheet("wsConf", {"fr": "xlwings.conf", "en": "xlwings.conf"})

#: The sheets in tab order.
SHEETS = (READ_ME, REPORT, STOCK, PROBLEMS, EXPORT_LOG, SETTINGS, CONF)

#: The VBA code name of the workbook's document module.
WORKBOOK_CODE_NAME = "ThisWorkbook"

REPORT_TABLE = "ReportTable"
STOCK_TABLE = "StockTable"
PROBLEMS_TABLE = "ProblemsTable"
EXPORT_LOG_TABLE = "ExportLogTable"

# The report table: the rule columns first, always in this order, so that the
# stock formulas are the same for every report layout; the report's other
# columns follow them at import.
REPORT_COLUMNS = RULE_COLUMNS

#: Report columns that hold numbers; every other report column is text ("@").
REPORT_NUMBER_COLUMNS = tuple(NUMERIC_REPORT_COLUMNS)

REPORT_ROW = "report-row"
EXPORT = "export"
ROW_PROBLEMS = "problems"

#: Stock-table columns after the upload columns, never exported.
STOCK_HELPER_COLUMNS = (REPORT_ROW, EXPORT, ROW_PROBLEMS)

#: The stock table's columns: Amazon's field names, then the helper columns.
STOCK_COLUMNS = (*UPLOAD_COLUMNS, *STOCK_HELPER_COLUMNS)

#: What the export column holds: the first value exports the row, the second
#: leaves it out (counted as excluded).
EXPORT_CHOICES = {"fr": ("oui", "non"), "en": ("yes", "no")}

# The problem-flag block sits on the stock sheet, one empty column after the
# table: one cell per upload column and row, FLAG_* values, written by Python
# in one call. The conditional formats of the stock cells read it.
FLAG_NONE = 0
FLAG_WARNING = 1
FLAG_ERROR = 2
FLAGS_FIRST_COLUMN = len(STOCK_COLUMNS) + 2
#: The defined name of the problem-flag block (rows 2 to LAST_ROW).
PROBLEM_FLAGS = "ProblemFlags"

PROBLEMS_COLUMNS = ("row", "column", "code", "severity", "message", "link")
EXPORT_LOG_COLUMNS = ("file", "time", "record", "sku")

#: Headings of the problems and export-log tables, by language.
HEADINGS: dict[str, dict[str, str]] = {
    "fr": {
        "row": "ligne",
        "column": "colonne",
        "code": "code",
        "severity": "gravité",
        "message": "message",
        "link": "lien",
        "file": "fichier",
        "time": "heure",
        "record": "enregistrement",
        "sku": "sku",
    },
    "en": {name: name for name in (*PROBLEMS_COLUMNS, *EXPORT_LOG_COLUMNS)},
}


@dataclass(frozen=True)
class NamedCell:
    """A setting or a value the VBA and Python exchange, as a workbook name.

    Attributes:
        name: the defined name.
        field: the :class:`addin.settings.Settings` field it holds, if any.
    """

    name: str
    field: str | None = None


MARKETPLACE = NamedCell("Marketplace", "marketplace")
DEFAULT_QUANTITY = NamedCell("DefaultQuantity", "default_quantity")
EXPORT_ENCODING = NamedCell("ExportEncoding", "encoding")
ALLOW_DELETE = NamedCell("AllowDelete", "allow_delete")
HANDLING_TIME = NamedCell("HandlingTime", "handling_time")
TEMPLATE_PATH = NamedCell("TemplatePath")
KEEP_OVERRIDES = NamedCell("KeepOverrides")
LANGUAGE = NamedCell("Language", "language")
#: The file path a VBA dialog chose, read by Python (never in the command).
SELECTED_PATH = NamedCell("SelectedPath")
#: The xlwings version the VBA module came from, for the diagnostics.
XLWINGS_VERSION = NamedCell("XlwingsVersion")

#: The named cells of the settings sheet, in the order it lists them.
NAMED_CELLS = (
    MARKETPLACE,
    DEFAULT_QUANTITY,
    EXPORT_ENCODING,
    ALLOW_DELETE,
    HANDLING_TIME,
    TEMPLATE_PATH,
    KEEP_OVERRIDES,
    LANGUAGE,
    SELECTED_PATH,
    XLWINGS_VERSION,
)

#: The named cell of each Settings field the formulas or handlers read.
SETTING_CELLS = {cell.field: cell.name for cell in NAMED_CELLS if cell.field}

#: The settings sheet: named cells in column B, labels in column A, from row 2.
SETTINGS_VALUE_COLUMN = 2

# The xlwings.conf keys, from A1 with no header and no blank row (xlwings stops
# at the first empty cell). The paths are the documented install's, with
# environment variables; new-workbook writes the running Python instead.
INTERPRETER_WIN = "INTERPRETER_WIN"
INTERPRETER_MAC = "INTERPRETER_MAC"
ADD_WORKBOOK_TO_PYTHONPATH = "ADD_WORKBOOK_TO_PYTHONPATH"
DEFAULT_INTERPRETER_WIN = r"%LOCALAPPDATA%\handmade-relist\venv\Scripts\pythonw.exe"
DEFAULT_INTERPRETER_MAC = "$HOME/.handmade-relist/venv/bin/python"

#: The ribbon's buttons, by control id, in the order the tab shows them.
RIBBON_BUTTONS = (
    "btnImportReport",
    "btnFill",
    "btnCheck",
    "btnExport",
    "btnImportProcessing",
    "btnHelp",
    "btnDiagnostics",
)


def stock_column(name: str) -> str:
    """The column letter of a stock-table column."""
    return column_letter(STOCK_COLUMNS.index(name) + 1)


def report_column(name: str) -> str:
    """The column letter of a report rule column (they never move)."""
    return column_letter(REPORT_COLUMNS.index(name) + 1)


def flag_column(name: str) -> str:
    """The column letter of an upload column's cell in the problem-flag block."""
    return column_letter(FLAGS_FIRST_COLUMN + UPLOAD_COLUMNS.index(name))


def sheet_reference(sheet: Sheet, language: str) -> str:
    """The sheet's name in a language as a formula writes it, quoted."""
    return quoted_sheet_name(sheet.title(language))


def quoted_sheet_name(name: str) -> str:
    """A sheet's tab name as a formula writes it, quoted."""
    quoted = name.replace("'", "''")
    return f"'{quoted}'"


def cell_link(row: int, column: str, stock_sheet: str) -> str:
    """A HYPERLINK formula to a cell of the stock sheet (for the problems table).

    Args:
        stock_sheet: the stock sheet's name as it is now: a seller may rename it.
    """
    address = f"{stock_column(column)}{row}"
    target = f"#{quoted_sheet_name(stock_sheet)}!{address}"
    return f'=HYPERLINK("{target}","{address}")'


def is_excluded(export_value: object) -> bool:
    """Whether an export cell leaves its row out (no / non, any case)."""
    refusals = {choices[1] for choices in EXPORT_CHOICES.values()}
    return str(export_value or "").strip().lower() in refusals
