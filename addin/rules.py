"""The reactivation rules, described once per stock-file column.

Each column's rule is a small expression. The engine evaluates it on a report
row to get the stock-file value; the workbook renders the same expression as
the Excel formula of the stock sheet, so that a seller sees where a value comes
from and can overwrite any cell. A test recalculates those formulas in a real
spreadsheet engine and compares them with :meth:`Rule.evaluate`.

The formulas follow a row by its stored report-row number, never by looking the
SKU up: Excel's MATCH treats ``*``, ``?`` and ``~`` in a SKU as wildcards.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from addin.settings import Settings
from addin.values import number_text, parse_number, parse_price

#: The columns of the upload file, in the order the design decides (the
#: documented EU layout without the shipping-group column).
UPLOAD_COLUMNS = (
    "sku",
    "product-id",
    "product-id-type",
    "price",
    "minimum-seller-allowed-price",
    "maximum-seller-allowed-price",
    "item-condition",
    "quantity",
    "add-delete",
    "will-ship-internationally",
    "expedited-shipping",
    "item-note",
    "fulfillment-center-id",
)

ASIN_TYPE = "1"
CONDITION_NEW = "11"
ADD = "a"
SELLER_FULFILLED = "DEFAULT"

#: How a report column's text becomes the number the workbook's report table
#: holds; other report columns stay text.
NUMERIC_REPORT_COLUMNS: dict[str, Callable[[str], Decimal | None]] = {
    "price": parse_price,
    "quantity": parse_number,
}


class FormulaContext(ABC):
    """What a formula needs to know about the workbook it goes into."""

    @abstractmethod
    def report_cell(self, column: str) -> str:
        """An expression for this row's cell of a report column."""

    @abstractmethod
    def setting(self, name: str) -> str:
        """An expression for a setting's named cell."""


class Expr(ABC):
    """One piece of a rule: evaluated in Python, rendered as Excel."""

    @abstractmethod
    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        """The value for a report row, as text."""

    @abstractmethod
    def formula(self, context: FormulaContext) -> str:
        """The Excel expression (without the leading ``=``)."""


def is_fulfilled_by_amazon(channel: str) -> bool:
    """Whether a report's fulfillment-channel is an FBA network code."""
    return channel.upper() not in ("", SELLER_FULFILLED)


@dataclass(frozen=True)
class Text(Expr):
    """A report column's text, byte for byte."""

    column: str

    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        return record.get(self.column, "")

    def formula(self, context: FormulaContext) -> str:
        # &"" turns an empty cell into "" instead of Excel's 0.
        return f'{context.report_cell(self.column)}&""'


@dataclass(frozen=True)
class Number(Expr):
    """A report column read as a number (kept as text when it is not one)."""

    column: str

    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        text = record.get(self.column, "")
        amount = NUMERIC_REPORT_COLUMNS[self.column](text)
        return text if amount is None else number_text(amount)

    def formula(self, context: FormulaContext) -> str:
        cell = context.report_cell(self.column)
        return f'IF({cell}="","",{cell})'


@dataclass(frozen=True)
class Constant(Expr):
    """A fixed value: a number code or a letter."""

    value: str

    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        return self.value

    def formula(self, context: FormulaContext) -> str:
        return self.value if self.value.isdigit() else f'"{self.value}"'


@dataclass(frozen=True)
class Blank(Expr):
    """An empty cell."""

    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        return ""

    def formula(self, context: FormulaContext) -> str:
        return '""'


@dataclass(frozen=True)
class DefaultQuantity(Expr):
    """The seller's default quantity from the settings, blank when unset."""

    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        quantity = settings.default_quantity
        return "" if quantity is None else str(quantity)

    def formula(self, context: FormulaContext) -> str:
        cell = context.setting("default_quantity")
        return f'IF({cell}="","",{cell})'


@dataclass(frozen=True)
class FirstNonBlank(Expr):
    """The first of two values that is not blank."""

    first: Expr
    second: Expr

    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        return self.first.evaluate(record, settings) or self.second.evaluate(
            record, settings
        )

    def formula(self, context: FormulaContext) -> str:
        first = self.first.formula(context)
        return f'IF({first}<>"",{first},{self.second.formula(context)})'


@dataclass(frozen=True)
class IfEquals(Expr):
    """One value when a report column holds a given text, another otherwise."""

    column: str
    value: str
    then: Expr
    otherwise: Expr

    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        branch = (
            self.then if record.get(self.column, "") == self.value else self.otherwise
        )
        return branch.evaluate(record, settings)

    def formula(self, context: FormulaContext) -> str:
        cell = Text(self.column).formula(context)
        then, otherwise = self.then.formula(context), self.otherwise.formula(context)
        return f'IF({cell}="{self.value}",{then},{otherwise})'


@dataclass(frozen=True)
class IfPositive(Expr):
    """One value when a report column holds a number above 0, another otherwise."""

    column: str
    then: Expr
    otherwise: Expr

    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        amount = NUMERIC_REPORT_COLUMNS[self.column](record.get(self.column, ""))
        branch = self.then if amount is not None and amount > 0 else self.otherwise
        return branch.evaluate(record, settings)

    def formula(self, context: FormulaContext) -> str:
        cell = context.report_cell(self.column)
        then, otherwise = self.then.formula(context), self.otherwise.formula(context)
        return f"IF(AND(ISNUMBER({cell}),{cell}>0),{then},{otherwise})"


@dataclass(frozen=True)
class IfFulfilledByAmazon(Expr):
    """One value for an FBA row (channel not blank nor DEFAULT), another otherwise."""

    then: Expr
    otherwise: Expr

    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        fba = is_fulfilled_by_amazon(record.get("fulfillment-channel", ""))
        return (self.then if fba else self.otherwise).evaluate(record, settings)

    def formula(self, context: FormulaContext) -> str:
        channel = Text("fulfillment-channel").formula(context)
        then, otherwise = self.then.formula(context), self.otherwise.formula(context)
        # Excel compares text without case, as is_fulfilled_by_amazon does.
        return f'IF(OR({channel}="",{channel}="{SELLER_FULFILLED}"),{otherwise},{then})'


@dataclass(frozen=True)
class Rule:
    """The rule of one stock-file column."""

    column: str
    expr: Expr

    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        """The column's value for one report row."""
        return self.expr.evaluate(record, settings)

    def formula(self, context: FormulaContext) -> str:
        """The column's Excel formula for one row, with its leading ``=``."""
        return "=" + self.expr.formula(context)


_RULES = {
    "sku": Text("seller-sku"),
    "product-id": FirstNonBlank(
        Text("asin1"),
        IfEquals("product-id-type", ASIN_TYPE, Text("product-id"), Blank()),
    ),
    "product-id-type": Constant(ASIN_TYPE),
    "price": Number("price"),
    "item-condition": Constant(CONDITION_NEW),
    # 0 keeps an offer closed; a quantity on an FBA SKU strands its stock.
    "quantity": IfFulfilledByAmazon(
        Blank(), IfPositive("quantity", Number("quantity"), DefaultQuantity())
    ),
    "add-delete": Constant(ADD),
    "fulfillment-center-id": IfFulfilledByAmazon(Text("fulfillment-channel"), Blank()),
}

#: One rule per upload column, in the upload file's order.
RULES: tuple[Rule, ...] = tuple(
    Rule(column, _RULES.get(column, Blank())) for column in UPLOAD_COLUMNS
)
