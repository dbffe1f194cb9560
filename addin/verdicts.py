"""Amazon's verdict on each row: the processing report's problems put back on rows.

A problem line names a record number and, usually, a SKU. The record number
picks the upload file's data row (record 1 is the first data row); the SKU the
report gives is then checked against the SKU that record holds, from the export
log when there is one. A line whose record is past the last row, or whose SKU
is another one, matches nothing: it is kept and reported, never dropped, since
it means the report and the upload file do not belong together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from addin.errors import InputError
from addin.exportlog import ExportLog
from addin.processing import FILE_RECORD, ErrorType, ProcessingLine, ProcessingReport
from addin.stockfile import StockRow


class RowVerdict(StrEnum):
    """What Amazon did with a row, from the worst of its lines."""

    ACCEPTED = "accepted"
    WARNING = "warning"
    ERROR = "error"
    FATAL = "fatal"


#: Verdicts whose rows go into the retry file; warnings alone were applied.
RETRIED = frozenset({RowVerdict.ERROR, RowVerdict.FATAL})


class MismatchReason(StrEnum):
    """Why a problem line matches no row."""

    NO_SUCH_RECORD = "no-such-record"
    SKU_MISMATCH = "sku-mismatch"
    NO_SUCH_SKU = "no-such-sku"


@dataclass(frozen=True)
class Unmatched:
    """A problem line that matches no row, and the SKU its record holds, if any."""

    line: ProcessingLine
    reason: MismatchReason
    expected_sku: str = ""


@dataclass
class RowOutcome:
    """One data row of the upload file and the problem lines that concern it.

    Attributes:
        record: the record number (1 is the first data row).
        row: the upload file's row; ``row.row`` is its line in the file.
        stock_row: the stock row it was exported from, when the log says so.
        lines: the report's lines about this record, in the report's order.
        fatal: the whole file was not processed.
        unprocessed: the record lies past the number Amazon says it processed.
    """

    record: int
    row: StockRow
    stock_row: int | None = None
    lines: list[ProcessingLine] = field(default_factory=list)
    fatal: bool = False
    unprocessed: bool = False

    @property
    def verdict(self) -> RowVerdict:
        """The worst of the row's lines; every row is fatal when the file was.

        A record Amazon did not get to counts as not processed too: taking its
        silence for an acceptance would leave the offer inactive unnoticed.
        """
        types = {line.verdict for line in self.lines}
        if self.fatal or self.unprocessed or ErrorType.FATAL in types:
            return RowVerdict.FATAL
        if ErrorType.ERROR in types:
            return RowVerdict.ERROR
        if ErrorType.WARNING in types:
            return RowVerdict.WARNING
        return RowVerdict.ACCEPTED

    @property
    def retried(self) -> bool:
        """Whether the row goes into the retry file."""
        return self.verdict in RETRIED


@dataclass
class Verdicts:
    """Every upload row with its verdict, the file's own problems, the leftovers."""

    outcomes: list[RowOutcome]
    file_lines: list[ProcessingLine] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    by_export_log: bool = False
    by_sku: bool = False
    processed: int | None = None
    successful: int | None = None

    @property
    def all_matched(self) -> bool:
        """Whether every problem line found its row (or concerns the whole file)."""
        return not self.unmatched

    @property
    def counts_agree(self) -> bool:
        """Whether Amazon's summary counts fit the rows and their verdicts.

        Amazon counts a record as successful when it has no error (warnings
        allowed); a summary that says otherwise belongs to another upload, or
        holds records the report does not list.
        """
        if self.processed is not None and self.processed != len(self.outcomes):
            return False
        if self.successful is None or self.processed is None:
            return True
        refused = sum(
            o.verdict is RowVerdict.ERROR
            or (o.verdict is RowVerdict.FATAL and bool(o.lines))
            for o in self.outcomes
        )
        fatal = any(o.fatal for o in self.outcomes)
        return fatal or self.successful == self.processed - refused

    @property
    def retry_rows(self) -> list[StockRow]:
        """The rows to upload again, in the upload file's order."""
        return [outcome.row for outcome in self.outcomes if outcome.retried]

    def count(self, verdict: RowVerdict) -> int:
        """How many rows have this verdict."""
        return sum(outcome.verdict is verdict for outcome in self.outcomes)


def match(
    report: ProcessingReport, rows: list[StockRow], log: ExportLog | None = None
) -> Verdicts:
    """Put every problem line of the report on the upload row it concerns.

    Args:
        report: the processing report.
        rows: the upload file's data rows, in file order.
        log: the export log of that upload file; without it, the record number
            alone picks the row, checked against the row's own SKU.

    Raises:
        InputError: the export log belongs to another upload file.
    """
    expected = _expected_skus(rows, log)
    verdicts = _verdicts(report, rows, log)
    for line in report.lines:
        _place(line, verdicts, expected)
    return verdicts


def match_by_sku(
    report: ProcessingReport, rows: list[StockRow], log: ExportLog | None = None
) -> Verdicts:
    """Put every problem line on the row of its SKU: an upload through a template.

    No source says how Amazon numbers the records of a template workbook (from
    its data row, or from the sheet's first row), so the SKU picks the row; a
    line without a SKU falls back on its record number, counted from the first
    data row. SKUs are unique in an upload (a duplicate is an error).

    Raises:
        InputError: the export log belongs to another upload file.
    """
    expected = _expected_skus(rows, log)
    verdicts = _verdicts(report, rows, log)
    verdicts.by_sku = True
    positions = {sku: position for position, sku in enumerate(expected)}
    for line in report.lines:
        position = positions.get(line.sku)
        if line.record == FILE_RECORD or not line.sku:
            _place(line, verdicts, expected)
        elif position is None:
            verdicts.unmatched.append(Unmatched(line, MismatchReason.NO_SUCH_SKU))
        else:
            verdicts.outcomes[position].lines.append(line)
    return verdicts


def _verdicts(
    report: ProcessingReport, rows: list[StockRow], log: ExportLog | None
) -> Verdicts:
    stock_rows = {r.record: r.row for r in log.records} if log else {}
    processed = report.processed
    return Verdicts(
        [
            RowOutcome(
                number,
                row,
                stock_rows.get(number),
                fatal=report.fatal,
                unprocessed=processed is not None and number > processed,
            )
            for number, row in enumerate(rows, start=1)
        ],
        by_export_log=log is not None,
        processed=processed,
        successful=report.successful,
    )


def _expected_skus(rows: list[StockRow], log: ExportLog | None) -> list[str]:
    skus = [row.sku for row in rows]
    if log is None:
        return skus
    logged = [record.sku for record in sorted(log.records, key=lambda r: r.record)]
    if logged != skus:
        raise InputError(
            "export-log-mismatch",
            upload=log.upload,
            record=_first_difference(logged, skus),
            logged=len(logged),
            rows=len(skus),
        )
    return skus


def _first_difference(logged: list[str], skus: list[str]) -> int:
    for number, (first, second) in enumerate(zip(logged, skus, strict=False), 1):
        if first != second:
            return number
    return min(len(logged), len(skus)) + 1


def _place(line: ProcessingLine, verdicts: Verdicts, expected: list[str]) -> None:
    if line.record == FILE_RECORD:
        verdicts.file_lines.append(line)
        return
    if line.record > len(expected):
        verdicts.unmatched.append(Unmatched(line, MismatchReason.NO_SUCH_RECORD))
        return
    sku = expected[line.record - 1]
    # An empty SKU cell cannot contradict the record number, so it is trusted.
    if line.sku and line.sku != sku:
        verdicts.unmatched.append(Unmatched(line, MismatchReason.SKU_MISMATCH, sku))
        return
    verdicts.outcomes[line.record - 1].lines.append(line)
