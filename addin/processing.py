"""The processing report Seller Central returns after an upload, read by structure.

The text report starts with a summary block (a title line, then the records
processed and the records successful, each a label and a number separated by
tabs), a blank line, then a table from its ``original-record-number`` header:
one line per problem with the record number, the SKU, Amazon's error code, the
error type and Amazon's message. The labels and the messages follow the
language of the seller's account, the column names do not, so nothing here
reads an English word except those column names. Record 0 concerns the whole
file (its header, its format); a ``Fatal`` line means the file was not processed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import StrEnum

from addin.errors import HeaderError, UnreadableFileError
from addin.textfile import decode, is_workbook, split_table

logger = logging.getLogger(__name__)


#: The first heading of the problem table, the same in every language seen.
RECORD_HEADING = "original-record-number"
SKU_HEADING = "sku"
CODE_HEADING = "error-code"
TYPE_HEADING = "error-type"
MESSAGE_HEADING = "error-message"
_REQUIRED_HEADINGS = (RECORD_HEADING, CODE_HEADING, TYPE_HEADING, MESSAGE_HEADING)

#: The record number Amazon gives to problems of the whole file (header, format).
FILE_RECORD = 0


class ErrorType(StrEnum):
    """What a line of the processing report did to its record."""

    WARNING = "warning"
    """The record was applied; Amazon points something out."""
    ERROR = "error"
    """The record was not applied."""
    FATAL = "fatal"
    """The whole file was not processed."""


# Only the English types are documented. A type in another word is taken as an
# error so that its row is offered for a retry rather than silently accepted.
_ERROR_TYPES = {"warning": ErrorType.WARNING, "fatal": ErrorType.FATAL}


@dataclass(frozen=True)
class ProcessingLine:
    """One line of the problem table.

    Attributes:
        line: its line number in the processing report, as an editor shows it.
        record: ``original-record-number``; 1 is the upload file's first data row.
        sku: the SKU Amazon names, empty for problems of the whole file.
        error_code: Amazon's code, as text (codes are identifiers, not numbers).
        error_type: the type as Amazon spells it.
        error_message: Amazon's own message, in the account's language.
    """

    line: int
    record: int
    sku: str
    error_code: str
    error_type: str
    error_message: str

    @property
    def verdict(self) -> ErrorType:
        """What the line means for the record, whatever the type's spelling."""
        return _ERROR_TYPES.get(self.error_type.strip().lower(), ErrorType.ERROR)


@dataclass
class ProcessingReport:
    """The summary and the problem lines of a processing report."""

    processed: int | None
    successful: int | None
    lines: list[ProcessingLine] = field(default_factory=list)
    encoding: str = ""

    @property
    def fatal(self) -> bool:
        """Whether Amazon processed none of the file."""
        return any(line.verdict is ErrorType.FATAL for line in self.lines)

    def records(self) -> dict[int, list[ProcessingLine]]:
        """The problem lines grouped by record number, in the report's order."""
        grouped: dict[int, list[ProcessingLine]] = {}
        for line in self.lines:
            grouped.setdefault(line.record, []).append(line)
        return grouped


def read_processing_report(
    data: bytes, legacy_encoding: str, file_name: str = ""
) -> ProcessingReport:
    """Read a text processing report, whatever the language of its labels.

    Args:
        data: the report's bytes, as downloaded.
        legacy_encoding: the marketplace's code page, tried when UTF-8 fails.
        file_name: named in error messages.

    Raises:
        UnreadableFileError: a workbook, not text, or neither a summary nor a
            problem table.
        HeaderError: a problem table without the columns the product reads.
    """
    if is_workbook(data):
        raise UnreadableFileError("processing-report-is-workbook", file=file_name)
    decoded = decode(data, legacy_encoding, file_name)
    numbers, lines = split_table(decoded.text)

    header_at = _header_position(lines)
    summary = _summary_numbers(lines[:header_at])
    if header_at == len(lines) and len(summary) < 2:
        raise UnreadableFileError("processing-report-unrecognized", file=file_name)

    report = ProcessingReport(*_processed_successful(summary))
    report.encoding = decoded.encoding_name
    if header_at < len(lines):
        report.lines = _table(lines, numbers, header_at, file_name)
    logger.info("read %d processing-report lines", len(report.lines))
    return report


def _header_position(lines: list[list[str]]) -> int:
    for position, fields in enumerate(lines):
        if fields[0].strip().lower() == RECORD_HEADING:
            return position
    return len(lines)


def _summary_numbers(lines: list[list[str]]) -> list[int]:
    # Each summary line is a label and a number, in whichever language the
    # account uses, so only the number is read: the last non-empty field.
    numbers = []
    for fields in lines:
        values = [value.strip() for value in fields if value.strip()]
        if len(values) >= 2 and values[-1].isdigit():
            numbers.append(int(values[-1]))
    return numbers


def _processed_successful(numbers: list[int]) -> tuple[int | None, int | None]:
    if len(numbers) < 2:
        return None, None
    return numbers[0], numbers[1]


def _table(
    lines: list[list[str]], numbers: list[int], header_at: int, file_name: str
) -> list[ProcessingLine]:
    headings = [heading.strip().lower() for heading in lines[header_at]]
    missing = [name for name in _REQUIRED_HEADINGS if name not in headings]
    if missing:
        raise HeaderError(
            "processing-heading-missing",
            file=file_name,
            missing=", ".join(missing),
            found=", ".join(headings),
        )
    result = []
    for position in range(header_at + 1, len(lines)):
        fields = lines[position]
        if not any(value.strip() for value in fields):
            continue
        result.append(_line(fields, headings, numbers[position], file_name))
    return result


def _line(
    fields: list[str], headings: list[str], number: int, file_name: str
) -> ProcessingLine:
    width = len(headings)
    # Amazon's message is the last column and may itself hold a tab.
    if len(fields) > width and headings[-1] == MESSAGE_HEADING:
        fields = [*fields[: width - 1], "\t".join(fields[width - 1 :])]
    cells = dict(zip(headings, fields + [""] * (width - len(fields)), strict=False))

    record = cells[RECORD_HEADING].strip()
    if not record.isdigit():
        raise UnreadableFileError(
            "processing-record-invalid", file=file_name, line=number, value=record
        )
    return ProcessingLine(
        line=number,
        record=int(record),
        sku=cells.get(SKU_HEADING, ""),
        error_code=cells[CODE_HEADING].strip(),
        error_type=cells[TYPE_HEADING].strip(),
        error_message=cells[MESSAGE_HEADING].strip(),
    )
