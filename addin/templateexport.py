"""The export into the seller's own template: checked rows written where it wants them.

The rows and their checks are those of the text export (:mod:`addin.conversion`);
this module only places each value. In the unified offer template every value
that is a choice (the record action, the condition, the fulfilment channel, the
product-id type) is written as the seller's own label, looked up from the
canonical value through the template's alias table, never from a built-in
translation nor by taking the first item of a dropdown list (the German channel
list starts with FBA). A canonical value the template has no label for is a
``template-value-missing`` problem of the row, which keeps the row out.

A workbook template is changed only in its data sheet's rows from the data row
down (:func:`addin.worksheet.write_rows`); every other part stays as it was.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TypeVar

from addin.conversion import Checked, summarize
from addin.errors import HeaderError
from addin.problems import Problem, problem
from addin.rules import ASIN_TYPE, SELLER_FULFILLED
from addin.settings import Settings
from addin.stockfile import StockRow
from addin.template import Layout, Template
from addin.upload import LINE_END, render_upload
from addin.values import format_price, parse_price, parse_whole_number
from addin.worksheet import CellValue, Package, write_rows

logger = logging.getLogger(__name__)

CheckedT = TypeVar("CheckedT", bound=Checked)

# The offer template's attribute names (row 5 of Amazon's 2026 layout).
SKU = "contribution_sku#1.value"
RECORD_ACTION = "::record_action"
ID_TYPE = "externally_assigned_product_identifier#1.type"
ID_VALUE = "externally_assigned_product_identifier#1.value"
SUGGESTED_ASIN = "merchant_suggested_asin#1.value"
CONDITION = "condition_type#1.value"
CONDITION_NOTE = "condition_note#1.value"
CHANNEL = "fulfillment_availability#1.fulfillment_channel_code"
QUANTITY = "fulfillment_availability#1.quantity"
HANDLING_TIME = "fulfillment_availability#1.lead_time_to_ship_max_days"
OFFER = "purchasable_offer[marketplace_id={marketplace_id}][audience=ALL]#1."
PRICE = "our_price#1.schedule#1.value_with_tax"
MINIMUM_PRICE = "minimum_seller_allowed_price#1.schedule#1.value_with_tax"
MAXIMUM_PRICE = "maximum_seller_allowed_price#1.schedule#1.value_with_tax"

#: The columns a reactivation row always fills; a template without one is refused.
REQUIRED_ATTRIBUTES = (SKU, RECORD_ACTION, SUGGESTED_ASIN, CONDITION, CHANNEL, QUANTITY)

# Canonical values of the offer template for the stock file's codes.
ACTIONS = {"a": "partial_update", "d": "delete", "x": "delete"}
CONDITIONS = {"11": "new_new"}
ID_TYPES = {"2": "isbn", "3": "upc", "4": "ean"}
#: How the offer template clears a minimum or maximum price (the classic file
#: used the word "delete").
DELETE_FIELD = "amzn1.volt.cv.delete_ump_top_level_field"
CLASSIC_DELETE = "delete"

#: Classic field names that differ across template versions, to the stock column.
CLASSIC_FIELD_ALIASES = {
    "fulfillment_center_id": "fulfillment-center-id",
    "product_tax_code": "product-tax-code",
}
CLASSIC_HANDLING_FIELDS = ("handling-time", "leadtime-to-ship")
CLASSIC_NUMBERS = (
    "price",
    "minimum-seller-allowed-price",
    "maximum-seller-allowed-price",
    "quantity",
    *CLASSIC_HANDLING_FIELDS,
)

Placed = dict[str, CellValue]


def settings_for(template: Template | None, settings: Settings) -> Settings:
    """The settings a conversion into this template is checked with.

    A workbook's XML holds any character: unless the seller chose an export
    encoding, no code page limits the values that go into a workbook template.
    """
    if template is not None and template.is_workbook and settings.encoding is None:
        return dataclasses.replace(settings, encoding="utf-8")
    return settings


def fill_template(
    template: Template, checked: CheckedT, settings: Settings
) -> tuple[CheckedT, bytes]:
    """The seller's template filled with the rows that pass every check.

    Returns:
        The checked rows with the template's own problems added and the summary
        counted again, and the filled template's bytes.

    Raises:
        HeaderError: the template lacks a column every row needs.
    """
    _require_columns(template, settings)
    place = _offer_row if template.layout is Layout.OFFER else _classic_row

    placed: dict[int, Placed] = {}
    problems = list(checked.problems)
    for row in checked.exportable:
        placed[row.row], found = place(row, template, settings)
        problems.extend(found)
    problems.sort(key=lambda p: p.row)
    result = dataclasses.replace(
        checked, problems=problems, summary=summarize(checked.stock.rows, problems)
    )

    rows = [(row, placed[row.row]) for row in result.exportable]
    logger.info("%s: %d rows placed in the template", template.file_name, len(rows))
    return result, _template_bytes(template, rows, settings)


def _require_columns(template: Template, settings: Settings) -> None:
    if template.layout is Layout.OFFER:
        needed = [*REQUIRED_ATTRIBUTES, _offer_attribute(settings, PRICE)]
        if settings.handling_time is not None:
            needed.append(HANDLING_TIME)
    else:
        needed = []
        if settings.handling_time is not None and not any(
            name in template.columns for name in CLASSIC_HANDLING_FIELDS
        ):
            needed.append(CLASSIC_HANDLING_FIELDS[0])
    for key in needed:
        if key not in template.columns:
            raise HeaderError(
                "template-column-missing", file=template.file_name, column=key
            )


def _offer_attribute(settings: Settings, suffix: str) -> str:
    return OFFER.format(marketplace_id=settings.market.marketplace_id) + suffix


def _is_seller_fulfilled(row: StockRow) -> bool:
    return row.values.get("fulfillment-center-id", "") in ("", SELLER_FULFILLED)


class _OfferPlacement:
    """One row's cells in the offer template, and what the template lacked."""

    def __init__(self, row: StockRow, template: Template) -> None:
        self.row = row
        self.template = template
        self.cells: Placed = {}
        self.problems: list[Problem] = []

    def text(self, key: str, value: str) -> None:
        """A text cell (a SKU, an ASIN, an EAN: never a number)."""
        self._put(key, CellValue(value))

    def number(self, key: str, value: str, spelled: Callable[[str], str]) -> None:
        """A numeric cell, left empty when the value is blank."""
        if value:
            self._put(key, CellValue(spelled(value), numeric=True))

    def choice(self, key: str, canonical: str) -> None:
        """The seller's own label for a canonical value, from the alias table."""
        label = self.template.label(key, canonical)
        if label is None:
            self.problems.append(_missing(self.row, self.template, key, canonical))
        else:
            self.cells[key] = CellValue(label)

    def _put(self, key: str, value: CellValue) -> None:
        if key in self.template.columns:
            self.cells[key] = value
        else:
            self.problems.append(_missing(self.row, self.template, key, value.text))


def _offer_row(
    row: StockRow, template: Template, settings: Settings
) -> tuple[Placed, list[Problem]]:
    values = row.values
    place = _OfferPlacement(row, template)

    place.text(SKU, values.get("sku", ""))
    place.choice(RECORD_ACTION, ACTIONS.get(values.get("add-delete", ""), ""))
    _offer_product_id(values, place)
    place.choice(CONDITION, CONDITIONS.get(values.get("item-condition", ""), ""))

    seller_fulfilled = _is_seller_fulfilled(row)
    channel = values.get("fulfillment-center-id", "")
    place.choice(CHANNEL, SELLER_FULFILLED if seller_fulfilled else channel)
    place.number(QUANTITY, values.get("quantity", ""), _whole)
    if settings.handling_time is not None and seller_fulfilled:
        place.number(HANDLING_TIME, str(settings.handling_time), _whole)

    price = _price_text(settings)
    place.number(_offer_attribute(settings, PRICE), values.get("price", ""), price)
    for column, suffix in (
        ("minimum-seller-allowed-price", MINIMUM_PRICE),
        ("maximum-seller-allowed-price", MAXIMUM_PRICE),
    ):
        limit = values.get(column, "")
        if limit.lower() == CLASSIC_DELETE:
            place.choice(_offer_attribute(settings, suffix), DELETE_FIELD)
        else:
            place.number(_offer_attribute(settings, suffix), limit, price)

    if values.get("item-note"):
        place.text(CONDITION_NOTE, values["item-note"])
    # The offer template has no column for these classic fields.
    for column in ("will-ship-internationally", "expedited-shipping"):
        if values.get(column):
            place.problems.append(_missing(row, template, column, values[column]))
    return place.cells, place.problems


def _offer_product_id(values: dict[str, str], place: _OfferPlacement) -> None:
    product_id = values.get("product-id", "")
    id_type = values.get("product-id-type", "")
    if not product_id:
        return
    if id_type == ASIN_TYPE:
        place.text(SUGGESTED_ASIN, product_id)
        return
    place.choice(ID_TYPE, ID_TYPES.get(id_type, id_type))
    place.text(ID_VALUE, product_id)


def _missing(row: StockRow, template: Template, key: str, value: str) -> Problem:
    column = template.reference(key) if key in template.columns else key
    return problem(
        "template-value-missing", row.row, column, value=value, line=row.line
    )


def _whole(text: str) -> str:
    number = parse_whole_number(text)
    return text if number is None else str(number)


def _price_text(settings: Settings) -> Callable[[str], str]:
    decimals = settings.market.decimals

    def spelled(text: str) -> str:
        amount = parse_price(text)
        return text if amount is None else format_price(amount, decimals)

    return spelled


def _classic_row(
    row: StockRow, template: Template, settings: Settings
) -> tuple[Placed, list[Problem]]:
    cells: Placed = {}
    covered = set()
    for key in template.columns:
        source = CLASSIC_FIELD_ALIASES.get(key, key)
        covered.add(source)
        value = row.values.get(source, "")
        if key in CLASSIC_HANDLING_FIELDS and settings.handling_time is not None:
            value = str(settings.handling_time) if _is_seller_fulfilled(row) else ""
        if value:
            numeric = key in CLASSIC_NUMBERS and parse_price(value) is not None
            cells[key] = CellValue(_classic_text(key, value, settings), numeric)
    problems = [
        _missing(row, template, column, value)
        for column, value in row.values.items()
        if value and column not in covered
    ]
    return cells, problems


def _classic_text(key: str, value: str, settings: Settings) -> str:
    if key in ("quantity", *CLASSIC_HANDLING_FIELDS):
        return _whole(value)
    if key in CLASSIC_NUMBERS:
        return _price_text(settings)(value)
    return value


def _template_bytes(
    template: Template, rows: list[tuple[StockRow, Placed]], settings: Settings
) -> bytes:
    if template.layout is Layout.CLASSIC_TEXT:
        return _text_bytes(template, rows, settings)
    assert template.sheet is not None, "a workbook template has a data sheet"
    package = Package(template.data)
    by_column = [
        {template.columns[key]: value for key, value in cells.items()}
        for _, cells in rows
    ]
    sheet_xml = write_rows(
        package.part(template.sheet.part), template.data_row, by_column
    )
    return package.with_part(template.sheet.part, sheet_xml)


def _text_bytes(
    template: Template, rows: list[tuple[StockRow, Placed]], settings: Settings
) -> bytes:
    # The rows above the field names (TemplateType=, labels) go out as the seller
    # downloaded them; render_upload writes the field-name row and the data.
    above = "".join(
        "\t".join(fields) + LINE_END for fields in template.header_rows[:-1]
    )
    stock_rows = [
        StockRow(row.row, {key: value.text for key, value in cells.items()})
        for row, cells in rows
    ]
    encoding = settings.export_encoding
    body = render_upload(stock_rows, settings.market, encoding, list(template.columns))
    return above.encode(encoding) + body
