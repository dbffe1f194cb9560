"""The Inactive Listings Report (and the All Listings Report) read as a text table.

Columns are found by header name, never by position: Amazon inserts and renames
columns over time, amazon.fr has a shorter layout without ``asin1``, and a seller
whose Seller Central speaks French, German, Italian, Spanish or Japanese gets
localized headers. Every cell stays text: SKUs and identifiers never pass
through a number or a date.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field

from addin.errors import HeaderError, UnreadableFileError
from addin.problems import ROW, Problem, problem
from addin.textfile import DecodedText, Line, decode, split_table

logger = logging.getLogger(__name__)

#: Excel shows the first data row as row 2 (row 1 is the table header).
FIRST_DATA_ROW = 2

#: The report columns the reactivation rules read, in the order the workbook's
#: report table always puts them first, whatever the layout of the report.
RULE_COLUMNS = (
    "seller-sku",
    "asin1",
    "product-id",
    "product-id-type",
    "price",
    "quantity",
    "fulfillment-channel",
    "status",
)

#: Columns the rules cannot work without (the ASIN source is checked apart).
REQUIRED_COLUMNS = ("seller-sku", "price", "quantity", "fulfillment-channel")

# Localized names from two independent header-mapping tables (formats.md, 1.5),
# in the order French, German, Italian, Spanish, Japanese. Spanish "Estado del
# producto" is left out on purpose: the sources disagree on what it means.
_ALIASES: dict[str, tuple[str, ...]] = {
    "item-name": (
        "nom-produit",
        "Artikelbezeichnung",
        "Nome dell'articolo",
        "Título del producto",
        "商品名",
    ),
    "item-description": (
        "Artikelbeschreibung",
        "Descrizione dell'articolo",
        "Descripción del producto",
    ),
    "listing-id": (
        "id-offre",
        "Angebotsnummer",
        "Numero offerta",
        "Identificador del listing",
        "出品ID",
    ),
    "seller-sku": (
        "sku-vendeur",
        "Händler-SKU",
        "SKU venditore",
        "SKU del vendedor",
        "出品者SKU",
    ),
    "price": ("prix", "Preis", "Prezzo", "Precio", "価格"),
    "quantity": ("quantité", "Menge", "Quantità", "Cantidad", "在庫数", "数量"),
    "open-date": (
        "date-ouverture",
        "Erstellungsdatum",
        "Data di creazione",
        "Fecha de creación",
        "出品日",
    ),
    "image-url": (),
    "item-is-marketplace": (
        "Artikel ist Marketplace-Angebot",
        "Articolo per la vendita",
        "Producto para vender",
    ),
    "product-id-type": (
        "type-id-produit",
        "Produkt-ID-Typ",
        "Tipo di identificativo del prodotto",
        "Tipo de identificador de producto",
        "商品IDタイプ",
    ),
    "zshop-shipping-fee": (),
    "item-note": (
        "note-état-article",
        "Anmerkung zum Artikel",
        "Note sull'articolo",
        "Nota sobre el producto",
        "コンディション説明",
    ),
    "item-condition": (
        "état-produit",
        "Artikelzustand",
        "Condizione dell'articolo",
        "コンディション",
    ),
    "zshop-category1": (),
    "zshop-browse-path": (),
    "zshop-storefront-feature": (),
    "asin1": ("ASIN 1",),
    "asin2": ("ASIN 2",),
    "asin3": ("ASIN 3",),
    "will-ship-internationally": (
        "expédition-international",
        "Internationaler Versand",
        "Spedizione internazionale",
        "Envío internacional",
        "国外へ配送可",
    ),
    "expedited-shipping": (
        "livraison-express",
        "Expressversand",
        "Spedizione Express",
        "Envío urgente",
        "迅速な配送",
    ),
    "zshop-boldface": (),
    "product-id": (
        "id-produit",
        "Produkt-ID",
        "Identificativo del prodotto",
        "Identificador del producto",
        "商品ID",
    ),
    "bid-for-featured-placement": (),
    "add-delete": ("Aggiungi o elimina", "Añadir o eliminar"),
    "pending-quantity": ("Quantità in sospeso", "Cantidad pendiente"),
    "fulfillment-channel": (
        "canal-traitement",
        "Versender",
        "Canale di gestione",
        "Canal de gestión logística",
        "フルフィルメント・チャンネル",
    ),
    "merchant-shipping-group": (
        "groupe-expédition-vendeur",
        "Händlerversandgruppe",
        "gruppo-spedizione-venditore",
    ),
    "status": ("état", "Status", "stato", "ステータス"),
    "minimum-order-quantity": ("Mindestbestellmenge",),
    "sell-remainder": (
        "Vendre le stock restant",
        "Restposten verkaufen",
        "Vendi rimanenze",
        "Vender las unidades restantes",
    ),
}

_SEPARATORS = re.compile(r"[\s_]+")


def header_key(header: str) -> str:
    """The form headers are compared in: no case, accents, BOM or stray spaces."""
    text = unicodedata.normalize("NFKC", header).replace("\ufeff", "")
    text = text.strip().strip('"').strip().lower().replace("\u2019", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub("-", text)


_CANONICAL_BY_KEY: dict[str, str] = {
    header_key(alias): name
    for name, aliases in _ALIASES.items()
    for alias in (name, *aliases)
}

#: Report column names the product knows, in Amazon's English spelling.
KNOWN_COLUMNS: tuple[str, ...] = tuple(_ALIASES)


def canonical_column(header: str) -> str | None:
    """The English column name a report header stands for, or None if unknown."""
    return _CANONICAL_BY_KEY.get(header_key(header))


@dataclass(frozen=True)
class ReportColumn:
    """One column of the report as found in its header."""

    header: str
    """The header exactly as the file spells it."""
    name: str
    """The canonical English name, or the header itself for an unknown column."""
    known: bool


@dataclass
class Report:
    """A report read into text cells, with how it was read and what was noticed.

    ``rows[i]`` holds one value per column of ``columns`` (short rows are padded
    with empty values, but such rows carry a ``row-shape`` problem and are never
    exported); ``lines[i]`` is its line number in the file. Its stock-sheet row
    is ``i + 2``.
    """

    file_name: str
    encoding: str
    columns: list[ReportColumn]
    rows: list[list[str]]
    lines: list[int]
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index = {c.name: i for i, c in enumerate(self.columns)}

    def has(self, name: str) -> bool:
        """Whether the report has the column (canonical name)."""
        return name in self._index

    def column_values(self, name: str) -> list[str]:
        """Every value of a column, or empty strings where the layout lacks it."""
        index = self._index.get(name)
        if index is None:
            return [""] * len(self.rows)
        return [row[index] for row in self.rows]

    def record(self, position: int) -> dict[str, str]:
        """One row as a mapping from canonical column name to text."""
        values = self.rows[position]
        return {column.name: values[i] for i, column in enumerate(self.columns)}


def read_report(data: bytes, legacy_encoding: str, file_name: str = "") -> Report:
    """Read an Inactive (or All) Listings Report from its bytes.

    Args:
        data: the file exactly as Seller Central delivered it.
        legacy_encoding: the marketplace's code page, used when UTF-8 fails.
        file_name: named in messages.

    Raises:
        UnreadableFileError: empty, comma-separated, a workbook, not text.
        HeaderError: a column the rules need is missing, or one is there twice.
    """
    decoded = decode(data, legacy_encoding, file_name)
    numbers, rows = split_table(decoded.text)
    if not rows:
        raise UnreadableFileError("file-empty", file=file_name)

    columns = _read_header(Line(numbers[0], rows[0]), file_name)
    report = Report(file_name, decoded.encoding_name, columns, rows[1:], numbers[1:])
    _shape_rows(report)
    report.problems.extend(find_damage(decoded, report))
    logger.info("report %s: %d rows, %s", file_name, len(report.rows), report.encoding)
    return report


def _read_header(line: Line, file_name: str) -> list[ReportColumn]:
    headers = list(line.fields)
    while headers and headers[-1].strip() == "":
        headers.pop()  # trailing tabs after the last header
    if len(headers) <= 1:
        _refuse_other_delimiters(headers[0] if headers else "", file_name)

    columns = [_column(header, position) for position, header in enumerate(headers)]
    _require_columns(columns, file_name)
    _refuse_duplicates(columns, file_name)
    return columns


def _column(header: str, position: int) -> ReportColumn:
    name = canonical_column(header)
    if name is not None:
        return ReportColumn(header, name, True)
    cleaned = header.replace("\ufeff", "").strip()
    return ReportColumn(header, cleaned or f"column-{position + 1}", False)


def _refuse_other_delimiters(header: str, file_name: str) -> None:
    # A report saved as CSV, with the comma or (in a French Excel) the semicolon.
    for separator in (",", ";"):
        names = [canonical_column(part) for part in header.split(separator)]
        if sum(name is not None for name in names) >= 2:
            raise UnreadableFileError(
                "file-comma-separated", file=file_name, separator=separator
            )
    raise UnreadableFileError("file-not-tab-delimited", file=file_name)


def _require_columns(columns: list[ReportColumn], file_name: str) -> None:
    names = {c.name for c in columns if c.known}
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if "asin1" not in names:
        if "product-id" not in names:
            missing.append("asin1")
        elif "product-id-type" not in names:
            missing.append("product-id-type")
    if missing:
        raise HeaderError(
            "report-column-missing",
            file=file_name,
            missing=", ".join(missing),
            found=", ".join(c.header for c in columns),
        )


def _refuse_duplicates(columns: list[ReportColumn], file_name: str) -> None:
    seen: dict[str, str] = {}
    for column in columns:
        if column.name in seen:
            raise HeaderError(
                "report-column-twice",
                file=file_name,
                column=column.name,
                first=seen[column.name],
                second=column.header,
            )
        seen[column.name] = column.header


def _shape_rows(report: Report) -> None:
    width = len(report.columns)
    for position, fields in enumerate(report.rows):
        if len(fields) != width:
            report.rows[position] = _shaped(report, position, fields, width)


def _shaped(report: Report, position: int, fields: list[str], width: int) -> list[str]:
    if len(fields) > width and not any(f.strip() for f in fields[width:]):
        return fields[:width]  # trailing tabs: no value is lost
    report.problems.append(
        problem(
            "row-shape",
            position + FIRST_DATA_ROW,
            ROW,
            line=report.lines[position],
            found=len(fields),
            expected=width,
        )
    )
    return (fields + [""] * width)[:width]


# C1 controls mean the text went through Latin-1 where Windows-1252 was meant;
# U+FFFD is a character some program already gave up on; a "?" between two
# letters is what Amazon's own export writes for a letter its code page lacks.
_DAMAGE = re.compile(r"[\x80-\x9f\ufffd]|(?<=[^\W\d_])\?(?=[^\W\d_])")
_UNREADABLE = re.compile(r"[\x80-\x9f\ufffd]")


def is_damaged(text: str) -> bool:
    """Whether a text shows damage done before it reached us."""
    # The look-behind of the "?" test is slow on a whole file: run it only when
    # the text holds a "?" at all.
    return bool(_UNREADABLE.search(text)) or (
        "?" in text and bool(_DAMAGE.search(text))
    )


def find_damage(decoded: DecodedText, report: Report) -> list[Problem]:
    """Warn about text damaged before it reached us (one problem per cell)."""
    if not is_damaged(decoded.text):
        return []
    found = []
    for position, values in enumerate(report.rows):
        for index, value in enumerate(values):
            if is_damaged(value):
                found.append(
                    problem(
                        "text-damaged",
                        position + FIRST_DATA_ROW,
                        report.columns[index].header,
                        line=report.lines[position],
                        value=_excerpt(value),
                    )
                )
    return found


def _excerpt(value: str, width: int = 40) -> str:
    match = _DAMAGE.search(value)
    start = max(0, match.start() - width // 2) if match else 0
    text = value[start : start + width]
    return ("…" if start else "") + text + ("…" if start + width < len(value) else "")
