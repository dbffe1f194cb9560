"""The export log: which stock row and SKU each record of an upload file holds.

Amazon's processing report names a problem by its record number (record 1 is
the upload file's first data row) and, usually, its SKU. The export log keeps,
for every record written, the SKU and the stock row it came from, so that the
report's problems go back to the right rows even after the stock sheet changed.
The command line writes it beside the upload file as ``<upload>.records.json``;
the workbook keeps the same facts in its export log table.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from json.encoder import encode_basestring  # the C encoder of one JSON string
from pathlib import Path
from typing import Any

from addin.errors import OutputExistsError, UnreadableFileError
from addin.stockfile import StockRow
from addin.upload import write_atomic

#: Bumped when the file's layout changes, so an old file is refused, not misread.
LOG_FORMAT = 1
LOG_SUFFIX = ".records.json"


@dataclass(frozen=True)
class ExportedRecord:
    """One record of an upload file.

    Attributes:
        record: its number in the processing report (1 is the first data row).
        sku: the SKU written, byte for byte.
        row: the stock row it came from, as Excel shows it (2 is the first).
        line: the line of the report the stock row was filled from, if any.
    """

    record: int
    sku: str
    row: int
    line: int | None = None


@dataclass(frozen=True)
class ExportLog:
    """The records of one upload file."""

    upload: str
    encoding: str
    written_at: str
    records: list[ExportedRecord]

    def by_record(self) -> dict[int, ExportedRecord]:
        """The records keyed by record number."""
        return {record.record: record for record in self.records}


def export_log(
    rows: Iterable[StockRow], upload: str, encoding: str, written_at: str
) -> ExportLog:
    """The log of rows written in this order into the upload file ``upload``."""
    records = [
        ExportedRecord(number, row.sku, row.row, row.line)
        for number, row in enumerate(rows, start=1)
    ]
    return ExportLog(upload, encoding, written_at, records)


def export_log_path(upload: Path) -> Path:
    """Where the log of an upload file lives: beside it."""
    return upload.with_name(upload.name + LOG_SUFFIX)


def render_export_log(log: ExportLog) -> bytes:
    """The log as UTF-8 JSON, one record a line, keys in a fixed order.

    Spelled out by hand rather than by ``json.dumps(indent=...)``, whose
    indented form runs in pure Python: an upload of a hundred thousand rows
    would spend longer on its log than on its conversion.
    """
    head = {
        "format": LOG_FORMAT,
        "upload": log.upload,
        "encoding": log.encoding,
        "written_at": log.written_at,
    }
    lines = ["{", *(f"  {_json(k)}: {_json(v)}," for k, v in head.items())]
    records = [_record_line(record) for record in log.records]
    lines += (
        ['  "records": [', ",\n".join(records), "  ]", "}"]
        if records
        else [
            '  "records": []',
            "}",
        ]
    )
    return ("\n".join(lines) + "\n").encode()


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _record_line(record: ExportedRecord) -> str:
    line = "null" if record.line is None else str(record.line)
    return (
        f'    {{"record": {record.record}, "sku": {encode_basestring(record.sku)}, '
        f'"row": {record.row}, "line": {line}}}'
    )


def read_export_log(data: bytes, file_name: str = "") -> ExportLog:
    """Read a log written by :func:`render_export_log`.

    Raises:
        UnreadableFileError: not such a log, or of another format.
    """
    try:
        document = json.loads(data.decode("utf-8"))
        if document["format"] != LOG_FORMAT:
            raise ValueError(document["format"])
        return ExportLog(
            upload=str(document["upload"]),
            encoding=str(document["encoding"]),
            written_at=str(document["written_at"]),
            records=[_record(item) for item in document["records"]],
        )
    except (ValueError, KeyError, TypeError) as error:
        raise UnreadableFileError(
            "export-log-unreadable", file=file_name, detail=str(error)
        ) from error


def _record(item: dict[str, Any]) -> ExportedRecord:
    line = item["line"]
    return ExportedRecord(
        record=int(item["record"]),
        sku=str(item["sku"]),
        row=int(item["row"]),
        line=None if line is None else int(line),
    )


def write_upload_with_log(
    path: Path, upload: bytes, log: ExportLog, force: bool = False
) -> Path:
    """Write the upload file and its log, both atomically; return the log's path.

    The log belongs to its upload file: one left behind by an upload file that
    is gone describes nothing any more and is replaced with the new one.

    Raises:
        OutputExistsError: the upload file exists and ``force`` is False.
        WriteError: a file cannot be written.
    """
    log_path = export_log_path(path)
    if path.exists() and not force:
        raise OutputExistsError("output-exists", file=str(path))
    write_atomic(path, upload, force=force)
    write_atomic(log_path, render_export_log(log), force=True)
    return log_path
