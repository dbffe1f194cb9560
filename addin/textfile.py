"""Bytes as Seller Central delivers them, turned into lines of tab-separated text.

Amazon's flat files come in several encodings (UTF-8, Windows-1252 in Europe and
the US, Windows-31J in Japan), sometimes with a BOM after a seller re-saved them,
sometimes gzip-compressed through the API. This module decides how to read the
bytes and says which encoding it used; it never guesses the delimiter.
"""

from __future__ import annotations

import codecs
import gzip
import logging
import zlib
from dataclasses import dataclass
from typing import NamedTuple

from addin.errors import UnreadableFileError

logger = logging.getLogger(__name__)

_GZIP_MAGIC = b"\x1f\x8b"
#: The first bytes of a zip file: an .xlsx or .xlsm workbook.
ZIP_SIGNATURE = b"PK\x03\x04"
#: The first bytes of an OLE2 compound file: a legacy .xls workbook.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF_MAGIC = b"%PDF"

#: Python codec name -> the name a seller reads in messages.
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16 (BOM)",
    "cp1252": "Windows-1252",
    "cp932": "Windows-31J (cp932)",
}


@dataclass(frozen=True)
class DecodedText:
    """The text of a file and how it was read."""

    text: str
    encoding: str
    compressed: bool = False

    @property
    def encoding_name(self) -> str:
        """The encoding as a seller would name it."""
        name = ENCODING_NAMES.get(self.encoding, self.encoding)
        return f"{name}, gzip" if self.compressed else name


def decode(data: bytes, legacy_encoding: str, file_name: str = "") -> DecodedText:
    """Decode a flat file: gzip, then a BOM, then strict UTF-8, then the legacy page.

    Args:
        data: the file's bytes, exactly as downloaded.
        legacy_encoding: the marketplace's code page, tried when UTF-8 fails.
        file_name: named in error messages.

    Raises:
        UnreadableFileError: the bytes are empty, a workbook, or no text at all.
    """
    compressed = data.startswith(_GZIP_MAGIC)
    if compressed:
        data = _gunzip(data, file_name)
    _refuse_non_text(data, file_name)

    text, encoding = _decode_text(data, legacy_encoding, file_name)
    logger.info("read %s as %s", file_name or "input", encoding)
    return DecodedText(text, encoding, compressed)


def _gunzip(data: bytes, file_name: str) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as error:
        raise UnreadableFileError(
            "file-gzip-broken", file=file_name, detail=str(error)
        ) from error


def is_workbook(data: bytes) -> bool:
    """Whether the bytes are an Excel workbook (.xlsx, .xlsm or a legacy .xls)."""
    return data.startswith(ZIP_SIGNATURE) or data.startswith(OLE_SIGNATURE)


def _refuse_non_text(data: bytes, file_name: str) -> None:
    if not data.strip():
        raise UnreadableFileError("file-empty", file=file_name)
    if is_workbook(data):
        raise UnreadableFileError("file-is-workbook", file=file_name)
    if data.startswith(_PDF_MAGIC):
        raise UnreadableFileError("file-not-text", file=file_name)


def _decode_text(data: bytes, legacy: str, file_name: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data, "utf-16", file_name), "utf-16"
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", file_name), "utf-8-sig"
    if b"\x00" in data:
        # UTF-16 without a BOM or a binary file: neither is a report.
        raise UnreadableFileError("file-not-text", file=file_name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _strict(data, legacy, file_name), legacy


def _strict(data: bytes, encoding: str, file_name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableFileError(
            "file-undecodable",
            file=file_name,
            encoding=ENCODING_NAMES.get(encoding, encoding),
            offset=error.start,
        ) from error


class Line(NamedTuple):
    """One line of a flat file: its number as a text editor shows it, its fields."""

    number: int
    fields: list[str]


def split_table(text: str) -> tuple[list[int], list[list[str]]]:
    """Split text into tab-separated fields: the line numbers and the lines' fields.

    Quoting is off on purpose: titles hold unbalanced ``"`` (inch marks) and Amazon
    never quotes. Lines end in LF or CRLF; a CR elsewhere stays in its value so
    that the checks can name it. Lines with no value at all are left out, and the
    others keep their numbers.
    """
    if "\n" not in text and "\r" in text:
        # Lines ended by CR alone, as old Mac programs wrote them.
        text = text.replace("\r", "\n")
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    numbers = [n for n, line in enumerate(lines, start=1) if line.strip(" \t")]
    return numbers, [lines[n - 1].split("\t") for n in numbers]


def split_lines(text: str) -> list[Line]:
    """The lines of :func:`split_table`, each with its number and fields."""
    return [Line(n, f) for n, f in zip(*split_table(text), strict=True)]
