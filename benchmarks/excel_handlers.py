"""Time the ribbon's handlers on a large report, in the test stand-in for xlwings.

This measures the stand-in, not COM (Windows) or AppleScript (Mac): every call
the handlers make to "Excel" is answered in-process by the stand-in book. The
stand-in records the time spent inside it, which is subtracted, so the figure
printed for each button is the handlers' own work (reading the report, the
engine's rules and checks, building the blocks they write, writing the upload
file). The time a real Excel takes for each round trip comes on top of it; the
round trips are printed too, and their number does not grow with the rows.

Usage:
    python benchmarks/excel_handlers.py [--rows 50000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

import addin.excel as excel_edge  # noqa: E402
from addin.workbook import layout  # noqa: E402
from tests.excelbooks import relist_book, set_named  # noqa: E402
from tests.standin import Excel  # noqa: E402
from tests.test_excel_round_trips import FAST_FROM_ROW, synthetic_report  # noqa: E402


def run(rows: int, folder: Path) -> None:
    """Click each button once on a report of ``rows`` rows and print the times."""
    excel = Excel(fast_from_row=FAST_FROM_ROW)
    book = relist_book(excel, folder)
    report = folder / "report.txt"
    report.write_bytes(synthetic_report(rows))
    set_named(book, layout.DEFAULT_QUANTITY, 2)
    print(f"{rows} rows; handler time = total - time inside the stand-in")
    print(
        f"{'button':<18}{'total s':>9}{'stand-in s':>12}{'handler s':>11}{'calls':>7}"
    )
    for control, path, answers in (
        ("btnImportReport", report, []),
        ("btnFill", None, []),
        ("btnCheck", None, []),
        ("btnExport", folder / "upload.txt", ["yes"]),
    ):
        if path is not None:
            set_named(book, layout.SELECTED_PATH, str(path))
        excel.answers[:] = answers
        excel.round_trips.reset()
        started = time.perf_counter()
        excel_edge.dispatch(control, book)
        total = time.perf_counter() - started
        inside = excel.round_trips.seconds
        calls = excel.round_trips.total
        own = total - inside
        print(f"{control:<18}{total:>9.2f}{inside:>12.2f}{own:>11.2f}{calls:>7}")
    print("last message:", excel.alerts[-1].prompt)


def main() -> None:
    """Parse the options and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, mock.patch("webbrowser.open"):
        run(args.rows, Path(folder))


if __name__ == "__main__":
    main()
