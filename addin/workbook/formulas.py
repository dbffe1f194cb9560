"""The stock sheet's formulas, rendered from the engine's rules.

A stock row follows the report row whose sheet row number its ``report-row``
cell holds, through INDEX over the report column; never through a SKU lookup,
since MATCH reads ``*``, ``?`` and ``~`` in a SKU as wildcards. Only functions
every Excel since 2007 has (IF, INDEX, AND, OR, ISNUMBER), so no ``_xlfn.``
prefix is needed.
"""

from __future__ import annotations

from addin.rules import RULES, FormulaContext
from addin.workbook import layout


class StockRowContext(FormulaContext):
    """The workbook as one stock row's formulas see it.

    Args:
        row: the stock sheet row (2 is the first data row).
        report_sheet: the tab name of the sheet that holds the report table,
            as it is when the formulas are written (a seller may rename it).
    """

    def __init__(self, row: int, report_sheet: str) -> None:
        self.row = row
        self.report_sheet = report_sheet

    def report_cell(self, column: str) -> str:
        """INDEX of the report column at this row's report-row number."""
        sheet = layout.quoted_sheet_name(self.report_sheet)
        letter = layout.report_column(column)
        report_row = f"${layout.stock_column(layout.REPORT_ROW)}{self.row}"
        return f"INDEX({sheet}!${letter}:${letter},{report_row})"

    def setting(self, name: str) -> str:
        """The named cell of a setting."""
        return layout.SETTING_CELLS[name]


def stock_row_formulas(row: int, report_sheet: str) -> list[str]:
    """The formulas of one stock row's upload columns, in upload order.

    Args:
        row: the stock sheet row.
        report_sheet: the tab name of the report table's sheet.
    """
    context = StockRowContext(row, report_sheet)
    return [rule.formula(context) for rule in RULES]
