"""Every button makes as many calls to Excel for ten rows as for ten thousand."""

from __future__ import annotations

from pathlib import Path

import pytest

import addin.excel as excel_edge
from addin.workbook import layout
from tests.excelbooks import relist_book, set_named
from tests.standin import Excel

#: Above this row the stand-in keeps pyOpenVBA's cells: the settings, and the
#: first report and stock rows, which the fast store's tests compare with it.
FAST_FROM_ROW = 12

HEADER = "item-name\tseller-sku\tprice\tquantity\tasin1\tfulfillment-channel"


def synthetic_report(rows: int) -> bytes:
    """A report of ``rows`` rows: FBM and FBA offers, one row with no price."""
    lines = [HEADER]
    for number in range(rows):
        channel = "AMAZON_EU" if number % 4 == 3 else "DEFAULT"
        price = "" if number == 1 else f"{10 + number % 50}.90"
        asin = f"B0{number:08d}"
        lines.append(
            f"Article {number}\tSKU-{number:06d}\t{price}\t0\t{asin}\t{channel}"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def calls_per_button(folder: Path, rows: int) -> dict[str, dict[str, int]]:
    """The round trips each button made, by kind, on a report of ``rows`` rows."""
    excel = Excel(fast_from_row=FAST_FROM_ROW)
    book = relist_book(excel, folder)
    report = folder / "report.txt"
    report.write_bytes(synthetic_report(rows))
    set_named(book, layout.DEFAULT_QUANTITY, 2)
    counts = {}
    upload = folder / "upload.txt"
    # The export asks about the row with no price, then, the second time,
    # whether to replace the file.
    for control, path, answers in (
        ("btnImportReport", report, []),
        ("btnFill", None, []),
        ("btnCheck", None, []),
        ("btnExport", upload, ["yes"]),
        ("btnExport", upload, ["yes", "yes"]),
        ("btnHelp", None, []),
        ("btnDiagnostics", None, []),
    ):
        if path is not None:
            set_named(book, layout.SELECTED_PATH, str(path))
        excel.answers[:] = answers
        excel.round_trips.reset()
        excel_edge.dispatch(control, book)
        assert not any("imprévu" in alert.prompt for alert in excel.alerts)
        key = control if control not in counts else control + "-again"
        counts[key] = dict(excel.round_trips.by_kind)
    # Every row but the one with no price went out, header first.
    lines = upload.read_bytes().split(b"\r\n")
    assert (len(lines), lines[-1]) == (rows + 1, b"")
    return counts


def test_round_trips_do_not_grow_with_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("webbrowser.open", lambda uri: True)
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    small = calls_per_button(tmp_path / "small", 10)
    large = calls_per_button(tmp_path / "large", 10_000)
    assert small == large
    assert all(sum(kinds.values()) < 60 for kinds in small.values())
