"""The seller's own downloaded template: which kind it is, and where its data goes.

Three kinds are recognised, never by file name alone:

- the unified offer template (2026, .xlsm): a settings string split over the
  first cells of row 1 of its data sheet (``settings=``, ``settings2=``...),
  which names the label, attribute and data rows and the marketplace, and holds
  the alias table from the seller's localized dropdown labels to canonical
  values; every column is keyed by its attribute name on the attribute row;
- the classic Inventory Loader as a workbook (.xlsx/.xlsm): one header row of
  field names, or the ``TemplateType=`` rows above them;
- the classic Inventory Loader as tab-delimited text, in the same two forms.

A legacy .xls file is refused with a message asking for the .xlsx or text
download; anything else is refused with a message saying what was expected.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import zipfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePath
from urllib.parse import unquote

from addin.errors import HeaderError, InputError, UnreadableFileError, UsageError
from addin.marketplaces import MARKETPLACES, Marketplace
from addin.settings import Settings
from addin.stockfile import TEMPLATE_TYPE, read_stock_file
from addin.textfile import OLE_SIGNATURE, ZIP_SIGNATURE
from addin.worksheet import Package, Sheet, column_letter

logger = logging.getLogger(__name__)

SETTINGS_PREFIX = "settings"
SKU_FIELD = "sku"
DROPDOWN_LISTS = "Dropdown Lists"
#: In the Dropdown Lists sheet, row 3 names the attribute, rows 4+ its values.
LIST_ATTRIBUTE_ROW = 3
OFFER_FLAVOR = "seller-empty-add-offer"
MARKETPLACE_ID_PREFIX = "amzn1.mp.o."
#: How far down a classic workbook's field-name row may be (TemplateType form).
CLASSIC_HEADER_ROWS = 3

_MARKETPLACE_IN_ATTRIBUTE = re.compile(r"\[marketplace_id=([A-Z0-9]+)\]")


class Layout(StrEnum):
    """The kinds of template the product can fill."""

    OFFER = "offer"
    """Amazon's unified offer template, keyed by attribute names."""
    CLASSIC_WORKBOOK = "classic-workbook"
    """The classic Inventory Loader saved as a workbook."""
    CLASSIC_TEXT = "classic-text"
    """The classic Inventory Loader as tab-delimited text."""


@dataclass
class Template:
    """A seller's template, recognised and ready to be filled.

    Attributes:
        file_name: the template's file name, for messages.
        data: the template's bytes, as the seller gave them.
        layout: which kind of template it is.
        columns: each column's key (attribute or field name) to its 1-based
            column number.
        data_row: the first row the data goes in, as Excel numbers rows.
        sheet: the data sheet of a workbook template.
        header_rows: the rows above the data of a text template.
        aliases: for each attribute, the (label, canonical value) pairs of the
            alias table, in the table's order.
        lists: for each attribute, the values of its dropdown list.
        settings: the offer template's decoded settings string.
    """

    file_name: str
    data: bytes
    layout: Layout
    columns: dict[str, int]
    data_row: int
    sheet: Sheet | None = None
    header_rows: list[list[str]] = field(default_factory=list)
    aliases: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def suffix(self) -> str:
        """The template's own file extension, for the filled copy's name."""
        return PurePath(self.file_name).suffix.lower() or ".txt"

    def label(self, attribute: str, canonical: str) -> str | None:
        """The seller's own label for a canonical value of an attribute.

        The label comes from the template's alias table; when the template
        has a dropdown list for the attribute, the label must be one of its
        values. None when the template's vocabulary has no such value.
        """
        listed = self.lists.get(attribute)
        for label, value in self.aliases.get(attribute, []):
            if value == canonical and (listed is None or label in listed):
                return label
        return None

    def reference(self, key: str) -> str:
        """A column named as the seller finds it: its letter and its key."""
        return f"{column_letter(self.columns[key])} {key}"

    @property
    def is_workbook(self) -> bool:
        """Whether the template is a workbook, which holds any character."""
        return self.layout is not Layout.CLASSIC_TEXT


def read_template(data: bytes, file_name: str, settings: Settings) -> Template:
    """Recognise the seller's template and read where its data goes.

    Raises:
        UnreadableFileError: a legacy .xls file, or a file of no known layout.
        UsageError: a template of another marketplace than the chosen one.
        HeaderError: a template missing a column or holding one twice.
    """
    if data.startswith(OLE_SIGNATURE):
        raise UnreadableFileError("template-legacy-xls", file=file_name)
    if data.startswith(ZIP_SIGNATURE):
        return _read_workbook(data, file_name, settings.market)
    return _read_text(data, file_name, settings)


def _read_workbook(data: bytes, file_name: str, market: Marketplace) -> Template:
    try:
        package = Package(data)
    except (zipfile.BadZipFile, KeyError) as error:
        raise UnreadableFileError("template-layout-unknown", file=file_name) from error
    for sheet in package.sheets:
        first = package.cells(sheet, 1).get((1, 1), "")
        if first.startswith(f"{SETTINGS_PREFIX}="):
            return _read_offer(package, sheet, file_name, market)
    for sheet in package.sheets:
        classic = _read_classic_sheet(package, sheet, file_name)
        if classic is not None:
            return classic
    raise UnreadableFileError("template-layout-unknown", file=file_name)


def _read_text(data: bytes, file_name: str, settings: Settings) -> Template:
    try:
        stock = read_stock_file(data, settings, file_name)
    except HeaderError as error:
        # A header with "sku" is a stock file with a fault worth naming; any
        # other text is simply not a template.
        if SKU_FIELD in str(error.params.get("found", "")).split(", "):
            raise
        raise UnreadableFileError("template-layout-unknown", file=file_name) from error
    except InputError as error:
        raise UnreadableFileError("template-layout-unknown", file=file_name) from error
    columns = {name: index for index, name in enumerate(stock.columns, start=1)}
    return Template(
        file_name,
        data,
        Layout.CLASSIC_TEXT,
        columns,
        data_row=len(stock.header_rows) + 1,
        header_rows=stock.header_rows,
    )


def _read_classic_sheet(
    package: Package, sheet: Sheet, file_name: str
) -> Template | None:
    cells = package.cells(sheet, CLASSIC_HEADER_ROWS)
    first_rows = range(1, CLASSIC_HEADER_ROWS + 1)
    if not cells.get((1, 1), "").startswith(TEMPLATE_TYPE):
        first_rows = range(1, 2)
    for row in first_rows:
        names = {c: text for (r, c), text in cells.items() if r == row}
        if SKU_FIELD in (text.strip() for text in names.values()):
            columns = _unique_columns(names, file_name)
            return Template(
                file_name,
                package.data,
                Layout.CLASSIC_WORKBOOK,
                columns,
                data_row=row + 1,
                sheet=sheet,
            )
    return None


def _unique_columns(names: dict[int, str], file_name: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    for column, name in sorted(names.items()):
        key = name.strip()
        if key in columns:
            raise HeaderError("template-column-twice", file=file_name, column=key)
        columns[key] = column
    return columns


def _read_offer(
    package: Package, sheet: Sheet, file_name: str, market: Marketplace
) -> Template:
    first_row = package.cells(sheet, 1)
    values = parse_settings(join_settings(first_row), file_name)
    label_row, attribute_row, data_row = (
        _row_setting(values, key, file_name)
        for key in ("labelRow", "attributeRow", "dataRow")
    )
    _check_marketplace(values.get("primaryMarketplaceId", ""), file_name, market)
    if values.get("flavor") != OFFER_FLAVOR:
        # Only the documented flavour was seen; another one is filled the same
        # way, since every column is found by its attribute name or refused.
        logger.info(
            "%s: flavor %r, not %s", file_name, values.get("flavor"), OFFER_FLAVOR
        )

    cells = package.cells(sheet, attribute_row)
    names = {c: text for (r, c), text in cells.items() if r == attribute_row}
    columns = _unique_columns(names, file_name)
    for attribute in columns:
        for found in _MARKETPLACE_IN_ATTRIBUTE.findall(attribute):
            _check_marketplace(MARKETPLACE_ID_PREFIX + found, file_name, market)
    logger.info(
        "%s: offer template, sheet %s, labels row %d, data from row %d",
        file_name,
        sheet.name,
        label_row,
        data_row,
    )
    return Template(
        file_name,
        package.data,
        Layout.OFFER,
        columns,
        data_row,
        sheet=sheet,
        aliases=_aliases(values, file_name),
        lists=_dropdown_lists(package, file_name),
        settings=values,
    )


def join_settings(first_row: dict[tuple[int, int], str]) -> str:
    """The settings string, joined from ``settings=``, ``settings2=``... in row 1.

    Amazon splits the string over several cells because one cell holds at most
    32,767 characters; the cuts fall anywhere, even inside base64.
    """
    parts = []
    for column in range(1, len(first_row) + 1):
        prefix = SETTINGS_PREFIX + ("" if column == 1 else str(column)) + "="
        text = first_row.get((1, column), "")
        if not text.startswith(prefix):
            break
        parts.append(text[len(prefix) :])
    return "".join(parts)


def parse_settings(joined: str, file_name: str) -> dict[str, str]:
    """The settings string's keys and URL-decoded values."""
    values: dict[str, str] = {}
    for pair in joined.split("&"):
        key, equals, value = pair.partition("=")
        if not equals:
            raise UnreadableFileError(
                "template-settings-invalid", file=file_name, key=key[:40]
            )
        # unquote, not unquote_plus: base64 values spell + as %2B, and a bare +
        # must stay a +.
        values[key] = unquote(value)
    return values


def _row_setting(values: dict[str, str], key: str, file_name: str) -> int:
    text = values.get(key, "")
    if not text.isdigit() or int(text) < 1:
        raise UnreadableFileError("template-settings-invalid", file=file_name, key=key)
    return int(text)


def _check_marketplace(found: str, file_name: str, market: Marketplace) -> None:
    marketplace_id = found.removeprefix(MARKETPLACE_ID_PREFIX)
    if marketplace_id == market.marketplace_id:
        return
    codes = [
        m.code for m in MARKETPLACES.values() if m.marketplace_id == marketplace_id
    ]
    raise UsageError(
        "template-other-marketplace",
        file=file_name,
        found=codes[0] if codes else marketplace_id or "?",
        chosen=market.code,
    )


def _aliases(
    values: dict[str, str], file_name: str
) -> dict[str, list[tuple[str, str]]]:
    try:
        table = json.loads(base64.b64decode(values.get("attributeSettings", "")))
    except (binascii.Error, ValueError) as error:
        raise UnreadableFileError(
            "template-settings-invalid", file=file_name, key="attributeSettings"
        ) from error
    aliases: dict[str, list[tuple[str, str]]] = {}
    for entry in table if isinstance(table, list) else []:
        pairs = entry.get("aliases", {}) if isinstance(entry, dict) else {}
        attribute = str(entry.get("attribute", "")) if isinstance(entry, dict) else ""
        aliases.setdefault(attribute, []).extend(
            (str(label), str(canonical)) for label, canonical in pairs.items()
        )
    return aliases


def _dropdown_lists(package: Package, file_name: str) -> dict[str, list[str]]:
    sheet = package.sheet(DROPDOWN_LISTS)
    if sheet is None:
        raise UnreadableFileError(
            "template-lists-missing", file=file_name, sheet=DROPDOWN_LISTS
        )
    cells = package.cells(sheet, 1_048_576)
    lists: dict[str, list[str]] = {}
    for (row, column), attribute in sorted(cells.items()):
        if row != LIST_ATTRIBUTE_ROW:
            continue
        values: list[str] = []
        # A list ends at its first empty cell.
        while text := cells.get((row + 1 + len(values), column), ""):
            values.append(text)
        lists[attribute] = values
    return lists
