"""The stock file ("fichier de stock"): Inventory Loader rows, filled or read.

The rows come from a report through the reactivation rules (:func:`fill`), or
from a stock file a seller already has (:func:`read_stock_file`), or from the
workbook's stock sheet (the Excel edge). The checks and the upload writer work
on :class:`StockRow` whatever the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from addin.errors import HeaderError, UnreadableFileError
from addin.problems import ROW, Problem, problem
from addin.report import FIRST_DATA_ROW, RULE_COLUMNS, Report
from addin.rules import RULES, UPLOAD_COLUMNS, RuleInput
from addin.settings import Settings
from addin.textfile import Line, decode, split_lines


@dataclass(slots=True)
class StockRow:
    """One row of the stock file.

    Attributes:
        row: the row as Excel shows it (2 is the first data row).
        values: the cells, by upload column name, as text.
        line: the line of the report (or of the stock file) it comes from.
        report: the report values the checks compare the row with (its price,
            quantity and status, :data:`COMPARED_COLUMNS`), when it comes from a
            report.
        exported: False when the seller set the row's export flag to no.
    """

    row: int
    values: dict[str, str]
    line: int | None = None
    report: dict[str, str] | None = None
    exported: bool = True

    @property
    def sku(self) -> str:
        """The row's SKU cell."""
        return self.values.get("sku", "")


@dataclass
class StockFile:
    """Stock-file rows under their column headings, and what reading them found."""

    columns: list[str]
    rows: list[StockRow]
    problems: list[Problem] = field(default_factory=list)
    encoding: str = ""
    header_rows: list[list[str]] = field(default_factory=list)
    written_in: str | None = None
    """The codec of a stock file read from disk, which is uploaded as it is."""


#: The report columns a filled row keeps for the checks: the price, which a
#: price typed over it must stay near; the quantity, which a message names; and
#: the status, which skips an active row.
COMPARED_COLUMNS = ("price", "quantity", "status")


def fill(report: Report, settings: Settings) -> StockFile:
    """Apply the reactivation rules to every report row, in report order."""
    count = len(report.rows)
    present = [name for name in RULE_COLUMNS if report.has(name)]
    columns = {name: report.column_values(name) for name in present}
    source = RuleInput(columns, count)
    values = [rule.values(source, settings) for rule in RULES]
    compared = [name for name in COMPARED_COLUMNS if report.has(name)]
    records = [
        dict(zip(compared, cells, strict=True))
        for cells in zip(*(columns[name] for name in compared), strict=True)
    ]
    rows = [
        StockRow(
            position + FIRST_DATA_ROW,
            dict(zip(UPLOAD_COLUMNS, cells, strict=True)),
            report.lines[position],
            records[position] if records else {},
        )
        for position, cells in enumerate(zip(*values, strict=True))
    ]
    return StockFile(list(UPLOAD_COLUMNS), rows, list(report.problems), report.encoding)


#: Headings a stock file cannot be checked without.
REQUIRED_HEADINGS = (
    "sku",
    "product-id",
    "product-id-type",
    "price",
    "item-condition",
    "quantity",
    "add-delete",
)

#: The first cell of the first row of an Inventory Loader with template rows.
TEMPLATE_TYPE = "TemplateType="


def read_stock_file(data: bytes, settings: Settings, file_name: str = "") -> StockFile:
    """Read a tab-delimited Inventory Loader file, as a seller would upload it.

    The one-row header of field names and the ``TemplateType=`` form (a template
    row, a label row, then the field names) are both accepted. A row's number is
    its line in the file, which is its row when the file is opened in Excel.

    Raises:
        UnreadableFileError: not a tab-delimited text file.
        HeaderError: headings Amazon would reject the whole file for.
    """
    decoded = decode(data, settings.market.report_encoding, file_name)
    lines = split_lines(decoded.text)
    header_at = _header_position(lines, file_name)
    header = lines[header_at]
    columns = _headings(header, file_name)

    stock = StockFile(columns, [], encoding=decoded.encoding_name)
    stock.written_in = decoded.encoding
    stock.header_rows = [line.fields for line in lines[: header_at + 1]]
    for line in lines[header_at + 1 :]:
        stock.rows.append(_stock_row(line, columns, stock.problems))
    return stock


#: Codecs whose files begin with a byte order mark.
BOM_CODECS = ("utf-8-sig", "utf-16")


def refuse_bom(stock: StockFile, file_name: str) -> None:
    """Refuse a stock file that starts with a byte order mark.

    Amazon would read the BOM as part of the first heading, ``sku``, and reject
    the whole file.

    Raises:
        HeaderError: the file was read with a BOM.
    """
    if stock.written_in in BOM_CODECS:
        raise HeaderError("stock-file-bom", file=file_name, encoding=stock.encoding)


def _header_position(lines: list[Line], file_name: str) -> int:
    if not lines:
        raise UnreadableFileError("file-empty", file=file_name)
    if not lines[0].fields[0].startswith(TEMPLATE_TYPE):
        return 0
    for position, line in enumerate(lines[1:3], start=1):
        if line.fields[0].strip() == "sku":
            return position
    raise HeaderError(
        "stock-heading-missing",
        file=file_name,
        missing="sku",
        found=", ".join(lines[min(2, len(lines) - 1)].fields),
    )


def _headings(line: Line, file_name: str) -> list[str]:
    headings = list(line.fields)
    while headings and headings[-1] == "":
        headings.pop()
    if len(headings) <= 1 and "," in line.fields[0]:
        raise UnreadableFileError("file-comma-separated", file=file_name, separator=",")

    if headings and headings[-1].endswith("\r"):
        # Python's csv module on Windows without newline="" writes CR CR LF.
        raise HeaderError("stock-line-ends", file=file_name)
    # A missing heading first: its message lists every heading found, which
    # shows a renamed, spaced or doubled one at the same time.
    missing = [name for name in REQUIRED_HEADINGS if name not in headings]
    if missing:
        raise HeaderError(
            "stock-heading-missing",
            file=file_name,
            missing=", ".join(missing),
            found=", ".join(f'"{h}"' if h != h.strip() else h for h in headings),
        )
    for heading in headings:
        if heading != heading.strip():
            raise HeaderError("stock-heading-spaces", file=file_name, heading=heading)
    seen: set[str] = set()
    for heading in headings:
        if heading in seen:
            raise HeaderError("stock-heading-twice", file=file_name, heading=heading)
        seen.add(heading)
    return headings


def _stock_row(line: Line, columns: list[str], problems: list[Problem]) -> StockRow:
    fields = line.fields
    width = len(columns)
    if len(fields) > width and not any(f.strip() for f in fields[width:]):
        fields = fields[:width]
    row = StockRow(line.number, {}, line.number)
    if len(fields) != width:
        problems.append(
            problem(
                "row-shape",
                line.number,
                ROW,
                line=line.number,
                found=len(fields),
                expected=width,
            )
        )
        fields = (fields + [""] * width)[:width]
    row.values = dict(zip(columns, fields, strict=True))
    return row
