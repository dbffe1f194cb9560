"""Every check of the problem-code table, run on stock-file rows.

The checks judge what would be uploaded: the stock-file cells, whatever wrote
them (the rules, a seller in Excel, another tool). They collect every problem
of every row; which rows go out is decided from the severities alone.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from addin.marketplaces import KNOWN_FULFILLMENT_CENTER_IDS, Marketplace
from addin.problems import Problem, Severity, problem
from addin.rules import (
    ADD,
    ASIN_TYPE,
    CONDITION_NEW,
    UPLOAD_COLUMNS,
    is_fulfilled_by_amazon,
)
from addin.settings import Settings
from addin.stockfile import StockRow
from addin.values import (
    decimals_of,
    gtin_check_digit_ok,
    is_asin,
    is_gtin_shape,
    looks_scientific,
    parse_price,
    parse_whole_number,
    significant_decimals,
)

#: Amazon counts the SKU limit in bytes, not characters (error 90118).
SKU_MAX_BYTES = 40

#: A price more than this many times above, or below, the report's price is
#: probably a typing slip (24.90 typed as 249.0 or 2.49): a warning, not an error.
PRICE_FAR_FACTOR = Decimal(3)

PRODUCT_ID_TYPES = ("1", "2", "3", "4")
GTIN_TYPES = ("3", "4")
#: A 12-digit code is a UPC (type 3), a 13-digit one an EAN (type 4).
GTIN_LENGTH_TYPES = {12: "3", 13: "4"}
#: 1-8 used and collectible grades, 9 used, 10 refurbished, 11 new.
CONDITION_CODES = tuple(str(code) for code in range(1, 12))
ADD_DELETE_CODES = (ADD, "d", "x")
DESTRUCTIVE = ("d", "x")
STATUS_ACTIVE = "active"

_CONTROL = re.compile(r"[\t\r\n]")
_SEPARATOR = "\x00"


@dataclass(frozen=True)
class CheckContext:
    """What the checks need besides the rows."""

    market: Marketplace
    encoding: str
    allow_delete: bool
    written_in: str | None = None
    """The encoding of a stock file that is uploaded as it is, byte for byte; None
    when the product writes the upload file itself (and spells every value)."""

    @classmethod
    def from_settings(
        cls, settings: Settings, written_in: str | None = None
    ) -> CheckContext:
        """The context of a seller's settings."""
        return cls(
            settings.market, settings.export_encoding, settings.allow_delete, written_in
        )

    @property
    def as_written(self) -> bool:
        """Whether the values go to Amazon exactly as they are written."""
        return self.written_in is not None


def check_rows(
    rows: Iterable[StockRow],
    settings: Settings,
    known: Iterable[Problem] = (),
    written_in: str | None = None,
) -> list[Problem]:
    """Check every row the seller wants exported; return every problem found.

    Args:
        rows: the stock-file rows.
        settings: the marketplace, export encoding and delete permission.
        known: problems already found while reading (row-shape, text-damaged);
            they are kept, and a misshapen row gets no further checks.
        written_in: the encoding of a stock file uploaded as it is (``check``);
            its prices must then be written as Amazon reads them, and its bytes
            be those of the export encoding.
    """
    context = CheckContext.from_settings(settings, written_in)
    found = list(known)
    misshapen = {p.row for p in found if p.code == "row-shape"}
    checked = [r for r in rows if r.exported and r.row not in misshapen]
    for row, plain in zip(checked, plain_rows(checked, context), strict=True):
        if not plain:
            found.extend(_row_problems(row, context))
    found.extend(_duplicates(checked, found))
    found.sort(key=lambda p: (p.row, _column_order(p.column)))
    return found


def _column_order(column: str) -> int:
    return UPLOAD_COLUMNS.index(column) if column in UPLOAD_COLUMNS else -1


def check_row(row: StockRow, context: CheckContext) -> list[Problem]:
    """Every problem of one row (the duplicate-SKU check needs all rows)."""
    return [] if plainly_valid(row, context) else _row_problems(row, context)


def _row_problems(row: StockRow, context: CheckContext) -> list[Problem]:
    if _is_active(row):
        return [problem("already-active", row.row, line=row.line, sku=row.sku)]
    return detailed_problems(row, context)


def _is_active(row: StockRow) -> bool:
    status = row.report.get("status", "") if row.report else ""
    return status.strip().lower() == STATUS_ACTIVE


def detailed_problems(row: StockRow, context: CheckContext) -> list[Problem]:
    """Every problem of one row, each check run and explained."""
    values = row.values
    found = list(_check_sku(values.get("sku", ""), context))
    action = values.get("add-delete", "")
    found.extend(_check_add_delete(action, context))
    if action not in DESTRUCTIVE:
        found.extend(_check_product_id(values))
        found.extend(_check_price(values.get("price", ""), row, context))
        found.extend(_check_condition(values.get("item-condition", "")))
        found.extend(_check_fulfillment(row, context))
    found.extend(_check_characters(values, context))
    return [_placed(p, row) for p in found]


def plainly_valid(row: StockRow, context: CheckContext) -> bool:
    """Whether a row is the ordinary reactivation row that no check can fault."""
    return plain_rows([row], context)[0]


def plain_rows(rows: Sequence[StockRow], context: CheckContext) -> list[bool]:
    """For each row, whether it is the ordinary row that no check can fault.

    Nearly every row of a large report is such a row; recognising it a column at
    a time, in a few comparisons, spares it the detailed checks, which alone say
    what is wrong. A property test holds that a row passing here has no problem
    there.
    """

    def cells(column: str) -> list[str]:
        return [row.values.get(column, "") for row in rows]

    codes = zip(
        cells("add-delete"),
        cells("product-id-type"),
        cells("item-condition"),
        strict=True,
    )
    verdicts = zip(
        [_plain_sku(sku, context) for sku in cells("sku")],
        [c == (ADD, ASIN_TYPE, CONDITION_NEW) for c in codes],
        [_plain_asin(code) for code in cells("product-id")],
        [
            _plain_price(p, r, context)
            for p, r in zip(cells("price"), rows, strict=True)
        ],
        [_plain_fulfillment(row.values, context) for row in rows],
        [_plain_text(row.values) and not _is_active(row) for row in rows],
        strict=True,
    )
    return [all(verdict) for verdict in verdicts]


def _plain_sku(sku: str, context: CheckContext) -> bool:
    plain = sku.isascii() and 0 < len(sku) <= SKU_MAX_BYTES and sku == sku.strip()
    return plain and not (context.as_written and looks_scientific(sku))


def _plain_text(values: dict[str, str]) -> bool:
    # ASCII is held by every export encoding the marketplaces use.
    joined = _SEPARATOR.join(values.values())
    return joined.isascii() and _CONTROL.search(joined) is None


def _plain_asin(code: str) -> bool:
    return (
        len(code) == 10 and code.isascii() and code.isalnum() and code == code.upper()
    )


def _plain_price(text: str, row: StockRow, context: CheckContext) -> bool:
    whole, dot, fraction = text.partition(".")
    plain = (
        whole.isascii()
        and whole.isdigit()
        and (not dot or (fraction.isascii() and fraction.isdigit()))
        and len(fraction if context.as_written else fraction.rstrip("0"))
        <= context.market.decimals
        and text.strip("0.") != ""
    )
    if not plain or not row.report or not row.report.get("price"):
        return plain
    # Floats are precise enough to tell a price three times off; a reference
    # that is not a plain positive number leaves the row to the detailed checks.
    try:
        amount, reference = float(text), float(row.report["price"].replace(",", "."))
    except ValueError:
        return False
    return reference > 0 and not (
        amount > reference * float(PRICE_FAR_FACTOR)
        or amount * float(PRICE_FAR_FACTOR) < reference
    )


def _plain_fulfillment(values: dict[str, str], context: CheckContext) -> bool:
    centre, quantity = (
        values.get("fulfillment-center-id", ""),
        values.get("quantity", ""),
    )
    if not is_fulfilled_by_amazon(centre):
        return quantity.isascii() and quantity.isdigit() and quantity.strip("0") != ""
    return centre in context.market.fulfillment_center_ids and quantity == ""


def _placed(found: Problem, row: StockRow) -> Problem:
    return Problem(row.row, found.column, found.code, row.line, found.params)


def _at(code: str, column: str | None = None, **params: object) -> Problem:
    return problem(code, 0, column, **params)


def _check_sku(sku: str, context: CheckContext) -> Iterator[Problem]:
    if sku.strip() == "":
        yield _at("sku-missing")
        return
    if context.as_written and looks_scientific(sku):
        # A file saved from Excel: the SKU's digits were cut to a float's.
        yield _at("sku-retyped", value=sku, hint="number")
    size = len(sku.encode("utf-8"))
    if size > SKU_MAX_BYTES:
        yield _at("sku-too-long", value=sku, size=size, limit=SKU_MAX_BYTES)
    if sku != sku.strip():
        yield _at("sku-spaces", value=sku)


def _check_product_id(values: dict[str, str]) -> Iterator[Problem]:
    code, kind = values.get("product-id", ""), values.get("product-id-type", "")
    if kind not in PRODUCT_ID_TYPES:
        yield _at("product-id-type-invalid", value=kind)
    if code == "":
        yield _at("asin-missing", kind=kind)
    elif kind == ASIN_TYPE and not is_asin(code):
        yield _at("asin-invalid", value=code, hint=_asin_hint(code))
    elif kind in GTIN_TYPES and not gtin_check_digit_ok(code):
        yield _at("gtin-check-digit", value=code, kind=kind, hint=_gtin_hint(code))
    elif kind in GTIN_TYPES and len(code) in GTIN_LENGTH_TYPES:
        expected = GTIN_LENGTH_TYPES[len(code)]
        if kind != expected:
            yield _at(
                "gtin-check-digit",
                value=code,
                kind=kind,
                hint="type",
                expected=expected,
            )


def _asin_hint(code: str) -> str:
    if is_gtin_shape(code):
        return "gtin"
    return "lowercase" if is_asin(code.upper()) else "shape"


def _gtin_hint(code: str) -> str:
    if looks_scientific(code):
        return "scientific"
    if is_asin(code):
        return "asin"
    return "digit" if is_gtin_shape(code) else "length"


def _check_price(text: str, row: StockRow, context: CheckContext) -> Iterator[Problem]:
    if text.strip() == "":
        yield _at("price-missing")
        return
    amount = parse_price(text)
    if amount is None:
        yield _at("price-invalid", value=text, hint="format")
        return
    if context.as_written and "," in text:
        # A file uploaded as it is must hold the dot Amazon reads.
        yield _at("price-invalid", value=text, hint="comma")
        return
    if amount <= 0:
        yield _at("price-not-positive", value=text)
    decimals = context.market.decimals
    written = (
        decimals_of(amount) if context.as_written else significant_decimals(amount)
    )
    if written > decimals:
        yield _at(
            "price-decimals",
            value=text,
            decimals=decimals,
            currency=context.market.currency,
        )
    reference = parse_price(row.report.get("price", "")) if row.report else None
    if reference and amount > 0 and _far(amount, reference):
        yield _at(
            "price-far-from-report",
            value=text,
            report=str(reference),
            factor=str(PRICE_FAR_FACTOR),
        )


def _far(amount: Decimal, reference: Decimal) -> bool:
    return (
        amount > reference * PRICE_FAR_FACTOR or amount * PRICE_FAR_FACTOR < reference
    )


def _check_condition(text: str) -> Iterator[Problem]:
    if text not in CONDITION_CODES:
        yield _at("condition-invalid", value=text)
    elif text != CONDITION_NEW:
        yield _at("condition-not-new", value=text)


def _check_fulfillment(row: StockRow, context: CheckContext) -> Iterator[Problem]:
    values = row.values
    centre = values.get("fulfillment-center-id", "")
    quantity = values.get("quantity", "")
    fba = is_fulfilled_by_amazon(centre)
    if fba:
        if centre not in context.market.fulfillment_center_ids:
            yield _at(
                "fulfillment-center-invalid",
                value=centre,
                expected=" / ".join(context.market.fulfillment_center_ids),
                known="yes" if centre in KNOWN_FULFILLMENT_CENTER_IDS else "no",
            )
        if quantity != "":
            yield _at("quantity-on-fba", value=quantity, centre=centre)
        return
    if quantity.strip() == "":
        if row.report is not None and "quantity" in row.report:
            report = row.report["quantity"]
            yield _at("quantity-needed", value=quantity, hint="report", report=report)
        else:
            yield _at("quantity-needed", value=quantity, hint="blank")
        return
    number = parse_whole_number(quantity)
    if number is None or number < 0:
        yield _at("quantity-invalid", value=quantity)
    elif number == 0:
        yield _at("quantity-needed", value=quantity, hint="zero")


def _check_add_delete(action: str, context: CheckContext) -> Iterator[Problem]:
    if action not in ADD_DELETE_CODES:
        yield _at("add-delete-invalid", value=action)
    elif action in DESTRUCTIVE and not context.allow_delete:
        yield _at("add-delete-destructive", value=action)


def _check_characters(
    values: dict[str, str], context: CheckContext
) -> Iterator[Problem]:
    cells = [values.get(column, "") for column in UPLOAD_COLUMNS]
    joined = _SEPARATOR.join(cells)
    if _CONTROL.search(joined):
        for column, value in zip(UPLOAD_COLUMNS, cells, strict=True):
            if _CONTROL.search(value):
                yield _at(
                    "control-character", column, value=value, char=_control_name(value)
                )
    if context.written_in and not joined.isascii() and not _same_codec(context):
        for column, value in zip(UPLOAD_COLUMNS, cells, strict=True):
            if not value.isascii():
                yield _at(
                    "not-encodable",
                    column,
                    value=value,
                    chars=" ".join(sorted({c for c in value if not c.isascii()})),
                    encoding=context.encoding,
                    hint="file-encoding",
                    file_encoding=context.written_in,
                )
        return
    try:
        joined.encode(context.encoding)
    except UnicodeEncodeError:
        for column, value in zip(UPLOAD_COLUMNS, cells, strict=True):
            bad = _unencodable(value, context.encoding)
            if bad:
                yield _at(
                    "not-encodable",
                    column,
                    value=value,
                    chars=bad,
                    encoding=context.encoding,
                    hint="encoding",
                )


def _same_codec(context: CheckContext) -> bool:
    assert context.written_in is not None
    return (
        codecs.lookup(context.written_in).name == codecs.lookup(context.encoding).name
    )


def _control_name(value: str) -> str:
    return ", ".join(
        name
        for char, name in (("\t", "TAB"), ("\r", "CR"), ("\n", "LF"))
        if char in value
    )


def _unencodable(value: str, encoding: str) -> str:
    bad = []
    for char in value:
        try:
            char.encode(encoding)
        except UnicodeEncodeError:
            if char not in bad:
                bad.append(char)
    return " ".join(bad)


def _duplicates(rows: list[StockRow], found: list[Problem]) -> Iterator[Problem]:
    skipped = {p.row for p in found if p.severity is Severity.SKIP}
    counts = Counter(row.values.get("sku", "") for row in rows)
    twice = {sku for sku, count in counts.items() if count > 1 and sku.strip()}
    by_sku: dict[str, list[StockRow]] = defaultdict(list)
    for row in rows:
        sku = row.values.get("sku", "")
        if sku in twice and row.row not in skipped:
            by_sku[sku].append(row)
    for sku, same in by_sku.items():
        if len(same) > 1:
            numbers = ", ".join(str(r.row) for r in same)
            for row in same:
                yield problem(
                    "sku-duplicate", row.row, line=row.line, value=sku, rows=numbers
                )


def rows_with(problems: Iterable[Problem], severity: Severity) -> set[int]:
    """The rows that have at least one problem of a severity."""
    return {p.row for p in problems if p.severity is severity}
