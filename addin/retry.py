"""The retry file: the upload file again, holding only the rows Amazon refused.

It keeps the upload file's header rows, its encoding (a BOM included), its line
ends and each kept line exactly as it was, so the seller's second upload differs
from the first only by the rows that went through.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from addin.settings import Settings
from addin.stockfile import StockFile, StockRow, read_stock_file
from addin.textfile import decode

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
    return UploadFile(stock, decoded.encoding, line_end, text_lines)


def render_retry(upload: UploadFile, rows: list[StockRow]) -> bytes:
    """The retry file's bytes: the upload's header rows, then the given rows."""
    header = ["\t".join(fields) for fields in upload.stock.header_rows]
    body = [upload.text_lines[row.row - 1] for row in rows]
    text = upload.line_end.join(header + body) + upload.line_end
    return text.encode(upload.encoding, errors="strict")


def retry_path(upload: Path) -> Path:
    """The retry file's default path: beside the upload file, ``<name>.retry.<ext>``."""
    return upload.with_name(f"{upload.stem}.retry{upload.suffix}")
