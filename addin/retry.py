"""The retry file: the upload file again, holding only the rows Amazon refused.

A text upload keeps its header rows, its encoding (a BOM included), its line
ends and each kept line exactly as it was, so the seller's second upload differs
from the first only by the rows that went through. An upload made through the
seller's own template workbook gives a copy of that same filled template whose
data rows are the refused ones, each cell as it was sent, every other part of
the file untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from addin.exportlog import ExportLog
from addin.processing import ProcessingReport
from addin.settings import Settings
from addin.stockfile import StockFile, StockRow, read_stock_file
from addin.template import Layout, Template, read_template
from addin.templateexport import SKU as OFFER_SKU
from addin.textfile import decode, is_workbook
from addin.verdicts import Verdicts, match, match_by_sku
from addin.worksheet import CellValue, Package, write_rows

_CRLF = "\r\n"
_LF = "\n"


@dataclass(frozen=True)
class UploadFile:
    """An upload file as written: its rows, and how to write more like it.

    Attributes:
        stock: its header and data rows (``row.line`` is the line in the file).
        encoding: the Python codec it was read with (``utf-8-sig`` keeps a BOM).
        line_end: CRLF or LF, as the file uses.
        text_lines: its lines, without their line ends.
    """

    stock: StockFile
    encoding: str
    line_end: str
    text_lines: list[str]


def read_upload_file(
    data: bytes, settings: Settings, file_name: str = ""
) -> UploadFile:
    """Read an Inventory Loader upload file, keeping what writing it again needs.

    Raises:
        UnreadableFileError: not a tab-delimited text file.
        HeaderError: a header Amazon would reject.
    """
    stock = read_stock_file(data, settings, file_name)
    decoded = decode(data, settings.market.report_encoding, file_name)
    line_end = _CRLF if _CRLF in decoded.text else _LF
    text_lines = [line.removesuffix("\r") for line in decoded.text.split(_LF)]
    # Plain ASCII reads the same in every encoding: name the marketplace's.
    encoding = settings.export_encoding if data.isascii() else decoded.encoding
    return UploadFile(stock, encoding, line_end, text_lines)


@dataclass(frozen=True)
class FilledTemplate:
    """An upload made through the seller's template workbook, as it was sent.

    Attributes:
        template: the template, recognised again from the filled copy.
        stock: one row per filled data row (``row.row`` is its sheet row),
            holding its SKU.
        cells: each data row's cells, by sheet row, then column number.
    """

    template: Template
    stock: StockFile
    cells: dict[int, dict[int, CellValue]]


Upload = UploadFile | FilledTemplate


def read_upload(data: bytes, settings: Settings, file_name: str = "") -> Upload:
    """Read an upload file: tab-delimited text, or a filled template workbook.

    Raises:
        UnreadableFileError: neither a text upload nor a template this product
            fills (a legacy .xls file among them).
        UsageError: a template of another marketplace than the chosen one.
        HeaderError: a header Amazon would reject.
    """
    if is_workbook(data):
        return read_filled_template(data, settings, file_name)
    return read_upload_file(data, settings, file_name)


def read_filled_template(
    data: bytes, settings: Settings, file_name: str = ""
) -> FilledTemplate:
    """Read the data rows of a template workbook filled by the export.

    Raises:
        UnreadableFileError: not a template this product fills.
        UsageError: a template of another marketplace than the chosen one.
    """
    template = read_template(data, file_name, settings)
    assert template.sheet is not None, "a workbook template has a data sheet"
    cells = Package(data).data_cells(template.sheet, template.data_row)
    key = OFFER_SKU if template.layout is Layout.OFFER else "sku"
    sku_column = template.columns[key]
    rows = [
        StockRow(number, {"sku": _text(cells[number].get(sku_column))})
        for number in sorted(cells)
    ]
    stock = StockFile(list(template.columns), rows)
    return FilledTemplate(template, stock, cells)


def _text(value: CellValue | None) -> str:
    return "" if value is None else value.text


def match_upload(
    report: ProcessingReport, upload: Upload, log: ExportLog | None = None
) -> Verdicts:
    """Amazon's verdicts on an upload's rows: by record number, or by SKU.

    A text upload is matched by record number, checked against the SKU; an
    upload through a template workbook by SKU (:func:`addin.verdicts.match_by_sku`).
    """
    if isinstance(upload, FilledTemplate):
        return match_by_sku(report, upload.stock.rows, log)
    return match(report, upload.stock.rows, log)


def render_retry(upload: Upload, rows: list[StockRow]) -> bytes:
    """The retry file's bytes: the upload's header rows, then the given rows."""
    if isinstance(upload, FilledTemplate):
        return _template_retry(upload, rows)
    header = ["\t".join(fields) for fields in upload.stock.header_rows]
    body = [upload.text_lines[row.row - 1] for row in rows]
    text = upload.line_end.join(header + body) + upload.line_end
    return text.encode(upload.encoding, errors="strict")


def retry_path(upload: Path) -> Path:
    """The retry file's default path: beside the upload file, ``<name>.retry.<ext>``."""
    return upload.with_name(f"{upload.stem}.retry{upload.suffix}")


def _template_retry(upload: FilledTemplate, rows: list[StockRow]) -> bytes:
    template = upload.template
    assert template.sheet is not None, "a workbook template has a data sheet"
    package = Package(template.data)
    kept = [upload.cells[row.row] for row in rows]
    part = template.sheet.part
    return package.with_part(
        part, write_rows(package.part(part), template.data_row, kept)
    )
