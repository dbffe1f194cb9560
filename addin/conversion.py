"""The main job: a report in, checked stock-file rows and the upload bytes out.

Both edges call this module; neither holds a rule of its own. It also keeps the
summary that must add up: every report row is exported, kept out by an error,
skipped on purpose, or excluded by the seller.
"""

from __future__ import annotations

import gc
import logging
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from addin.checks import check_rows
from addin.problems import Problem, Severity
from addin.report import Report, read_report
from addin.settings import Settings
from addin.stockfile import StockFile, StockRow, fill
from addin.upload import render_upload

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Summary:
    """Where every row went. ``rows == exported + errors + skipped + excluded``."""

    rows: int
    exported: int
    errors: int
    skipped: int
    excluded: int
    warnings: int
    reasons: dict[str, int] = field(default_factory=dict)
    """Rows kept out, counted by problem code (a row may count under two codes)."""

    def adds_up(self) -> bool:
        """Whether every row is accounted for exactly once."""
        return self.rows == self.exported + self.errors + self.skipped + self.excluded

    def as_dict(self) -> dict[str, object]:
        """The summary as plain data, for JSON output."""
        return {
            "rows": self.rows,
            "exported": self.exported,
            "errors": self.errors,
            "skipped": self.skipped,
            "excluded": self.excluded,
            "warnings": self.warnings,
            "reasons": dict(self.reasons),
        }


def summarize(rows: list[StockRow], problems: list[Problem]) -> Summary:
    """Count where each row goes, from the severities of its problems."""
    severities: dict[int, set[Severity]] = {}
    for found in problems:
        severities.setdefault(found.row, set()).add(found.severity)
    counts: Counter[str] = Counter()
    for row in rows:
        counts[_fate(row, severities.get(row.row, set()))] += 1
    reasons = Counter(
        p.code
        for p in {(p.row, p.code): p for p in problems}.values()
        if p.severity is not Severity.WARNING
    )
    return Summary(
        rows=len(rows),
        exported=counts["exported"],
        errors=counts["errors"],
        skipped=counts["skipped"],
        excluded=counts["excluded"],
        warnings=sum(Severity.WARNING in s for s in severities.values()),
        reasons=dict(sorted(reasons.items())),
    )


def _fate(row: StockRow, severities: set[Severity]) -> str:
    if not row.exported:
        return "excluded"
    if Severity.SKIP in severities:
        return "skipped"
    if Severity.ERROR in severities:
        return "errors"
    return "exported"


@dataclass
class Checked:
    """Stock-file rows with their problems and summary."""

    stock: StockFile
    problems: list[Problem]
    summary: Summary

    @cached_property
    def exportable(self) -> list[StockRow]:
        """The rows that go into the upload file (worked out once)."""
        kept_out = {p.row for p in self.problems if p.severity is not Severity.WARNING}
        return [r for r in self.stock.rows if r.exported and r.row not in kept_out]

    def upload_bytes(self, settings: Settings) -> bytes:
        """The upload file for the exportable rows."""
        with collector_paused():
            rows = self.exportable
            return render_upload(rows, settings.market, settings.export_encoding)


@dataclass
class Conversion(Checked):
    """A report turned into a checked stock file."""

    report: Report | None = None


def check_stock(stock: StockFile, settings: Settings) -> Checked:
    """Run every check on a stock file and count where its rows go."""
    problems = check_rows(stock.rows, settings, stock.problems, stock.written_in)
    return Checked(stock, problems, summarize(stock.rows, problems))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a job over a large report.

    A large report makes millions of small lists and dicts, none of them in a
    cycle; the collector's passes over them would cost a fifth of the job's
    time, and its first pass after the job another second a million rows.
    Reference counting still frees everything. Pauses nest.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


#: Told the name of each step of :func:`convert` as it ends (read, fill, check).
Progress = Callable[[str], None]


def convert(
    data: bytes,
    settings: Settings,
    file_name: str = "",
    progress: Progress | None = None,
) -> Conversion:
    """Read a report, fill the stock file by the rules, and check it.

    Raises:
        InputError: the report cannot be read (see :func:`read_report`).
    """
    told = progress or (lambda step: None)
    with collector_paused():
        report = read_report(data, settings.market.report_encoding, file_name)
        told("read")
        stock = fill(report, settings)
        told("fill")
        checked = check_stock(stock, settings)
        told("check")
    logger.info(
        "converted %s: %d rows, %d exportable",
        file_name,
        checked.summary.rows,
        checked.summary.exported,
    )
    return Conversion(checked.stock, checked.problems, checked.summary, report)
