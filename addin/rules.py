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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from addin.settings import Settings
from addin.values import canonical_number, parse_number, parse_price

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

#: Whether a numeric report column may be written with a decimal comma.
_DECIMAL_COMMA = {"price": True, "quantity": False}

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


class RuleInput:
    """The report's rule columns as the rules read them: text, and numbers.

    Each column is read as numbers once, however many rules look at it.
    """

    def __init__(self, columns: Mapping[str, Sequence[str]], count: int) -> None:
        self.count = count
        self._columns = columns
        self._numbers: dict[str, list[str | None]] = {}

    def text(self, name: str) -> Sequence[str]:
        """A column's texts, or empty texts where the report lacks the column."""
        found = self._columns.get(name)
        return [""] * self.count if found is None else found

    def numbers(self, name: str) -> list[str | None]:
        """A numeric column in canonical spelling; None where it is no number."""
        if name not in self._numbers:
            comma = _DECIMAL_COMMA[name]
            self._numbers[name] = [canonical_number(t, comma) for t in self.text(name)]
        return self._numbers[name]


class Expr(ABC):
    """One piece of a rule: evaluated in Python, rendered as Excel.

    The engine evaluates a whole report column at once (a report can hold a
    hundred thousand rows); one row is a column of length one.
    """

    @abstractmethod
    def values(self, source: RuleInput, settings: Settings) -> list[str]:
        """The value for each report row, as text."""

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

    def values(self, source: RuleInput, settings: Settings) -> list[str]:
        return list(source.text(self.column))

    def formula(self, context: FormulaContext) -> str:
        # &"" turns an empty cell into "" instead of Excel's 0.
        return f'{context.report_cell(self.column)}&""'


@dataclass(frozen=True)
class Number(Expr):
    """A report column read as a number (kept as text when it is not one)."""

    column: str

    def values(self, source: RuleInput, settings: Settings) -> list[str]:
        texts, numbers = source.text(self.column), source.numbers(self.column)
        return [t if n is None else n for t, n in zip(texts, numbers, strict=True)]

    def formula(self, context: FormulaContext) -> str:
        cell = context.report_cell(self.column)
        return f'IF({cell}="","",{cell})'


@dataclass(frozen=True)
class Constant(Expr):
    """A fixed value: a number code or a letter."""

    value: str

    def values(self, source: RuleInput, settings: Settings) -> list[str]:
        return [self.value] * source.count

    def formula(self, context: FormulaContext) -> str:
        return self.value if self.value.isdigit() else f'"{self.value}"'


@dataclass(frozen=True)
class Blank(Expr):
    """An empty cell."""

    def values(self, source: RuleInput, settings: Settings) -> list[str]:
        return [""] * source.count

    def formula(self, context: FormulaContext) -> str:
        return '""'


@dataclass(frozen=True)
class DefaultQuantity(Expr):
    """The seller's default quantity from the settings, blank when unset."""

    def values(self, source: RuleInput, settings: Settings) -> list[str]:
        quantity = settings.default_quantity
        return ["" if quantity is None else str(quantity)] * source.count

    def formula(self, context: FormulaContext) -> str:
        cell = context.setting("default_quantity")
        return f'IF({cell}="","",{cell})'


@dataclass(frozen=True)
class FirstNonBlank(Expr):
    """The first of two values that is not blank."""

    first: Expr
    second: Expr

    def values(self, source: RuleInput, settings: Settings) -> list[str]:
        first = self.first.values(source, settings)
        second = self.second.values(source, settings)
        return [a or b for a, b in zip(first, second, strict=True)]

    def formula(self, context: FormulaContext) -> str:
        first = self.first.formula(context)
        return f'IF({first}<>"",{first},{self.second.formula(context)})'


def _choose(
    condition: Sequence[bool], then: Sequence[str], otherwise: Sequence[str]
) -> list[str]:
    return [t if c else o for c, t, o in zip(condition, then, otherwise, strict=True)]


@dataclass(frozen=True)
class IfEquals(Expr):
    """One value when a report column holds a given text, another otherwise."""

    column: str
    value: str
    then: Expr
    otherwise: Expr

    def values(self, source: RuleInput, settings: Settings) -> list[str]:
        condition = [v == self.value for v in source.text(self.column)]
        then = self.then.values(source, settings)
        return _choose(condition, then, self.otherwise.values(source, settings))

    def formula(self, context: FormulaContext) -> str:
        cell = Text(self.column).formula(context)
        then, otherwise = self.then.formula(context), self.otherwise.formula(context)
        return f'IF({cell}="{self.value}",{then},{otherwise})'


@dataclass(frozen=True)
class IfNone(Expr):
    """One value when a report column is blank or 0, another otherwise.

    A negative or unreadable quantity is not "none": it goes on to the stock file
    as it is, so that the checks name it instead of a default hiding it.
    """

    column: str
    then: Expr
    otherwise: Expr

    def values(self, source: RuleInput, settings: Settings) -> list[str]:
        texts, numbers = source.text(self.column), source.numbers(self.column)
        condition = [
            t.strip() == "" or n == "0" for t, n in zip(texts, numbers, strict=True)
        ]
        then = self.then.values(source, settings)
        return _choose(condition, then, self.otherwise.values(source, settings))

    def formula(self, context: FormulaContext) -> str:
        cell = context.report_cell(self.column)
        then, otherwise = self.then.formula(context), self.otherwise.formula(context)
        return f'IF(OR({cell}="",{cell}=0),{then},{otherwise})'


@dataclass(frozen=True)
class IfFulfilledByAmazon(Expr):
    """One value for an FBA row (channel not blank nor DEFAULT), another otherwise."""

    then: Expr
    otherwise: Expr

    def values(self, source: RuleInput, settings: Settings) -> list[str]:
        channels = source.text("fulfillment-channel")
        condition = [is_fulfilled_by_amazon(c) for c in channels]
        then = self.then.values(source, settings)
        return _choose(condition, then, self.otherwise.values(source, settings))

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

    def values(self, source: RuleInput, settings: Settings) -> list[str]:
        """The column's value for each report row."""
        return self.expr.values(source, settings)

    def evaluate(self, record: Mapping[str, str], settings: Settings) -> str:
        """The column's value for one report row."""
        source = RuleInput({name: [text] for name, text in record.items()}, 1)
        return self.expr.values(source, settings)[0]

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
        Blank(), IfNone("quantity", DefaultQuantity(), Number("quantity"))
    ),
    "add-delete": Constant(ADD),
    "fulfillment-center-id": IfFulfilledByAmazon(Text("fulfillment-channel"), Blank()),
}

#: One rule per upload column, in the upload file's order.
RULES: tuple[Rule, ...] = tuple(
    Rule(column, _RULES.get(column, Blank())) for column in UPLOAD_COLUMNS
)
