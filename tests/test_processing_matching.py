"""Every problem of the processing report back on its row, or reported unmatched."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from addin.errors import InputError, OutputExistsError, UnreadableFileError
from addin.exportlog import (
    ExportedRecord,
    export_log,
    export_log_path,
    read_export_log,
    render_export_log,
    write_upload_with_log,
)
from addin.processing import read_processing_report
from addin.stockfile import StockRow
from addin.verdicts import MismatchReason, RowVerdict, Verdicts, match
from tests.test_processing_report import report_text

SKUS = ("HM-A", "HM-B", "HM-C")


def upload_rows(*skus: str) -> list[StockRow]:
    """Upload-file rows as read back: row 2 is the first data row."""
    return [StockRow(n, {"sku": sku}, n) for n, sku in enumerate(skus, start=2)]


def verdicts_of(*lines: str, rows: tuple[str, ...] = SKUS) -> Verdicts:
    """Match a processing report made of these problem lines against the rows."""
    report = read_processing_report(
        report_text(len(rows), len(rows) - len(lines), *lines).encode(), "cp1252"
    )
    return match(report, upload_rows(*rows))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param((), ["accepted"] * 3, id="all-successful"),
        pytest.param(
            ("2\tHM-B\t8057\tError\tm",), ["accepted", "error", "accepted"], id="error"
        ),
        pytest.param(
            ("1\tHM-A\t99001\tWarning\tm", "1\tHM-A\t99010\tWarning\tn"),
            ["warning", "accepted", "accepted"],
            id="warnings-only",
        ),
        pytest.param(
            ("3\tHM-C\t99001\tWarning\tm", "3\tHM-C\t8057\tError\tn"),
            ["accepted", "accepted", "error"],
            id="warning-and-error",
        ),
        pytest.param(
            ("0\t\t5003\tFatal\tprocessing aborted",), ["fatal"] * 3, id="fatal-file"
        ),
        pytest.param(
            ("2\t\t8057\tError\tm",),
            ["accepted", "error", "accepted"],
            id="empty-sku-trusts-the-record",
        ),
    ],
)
def test_row_verdicts(lines: tuple[str, ...], expected: list[str]) -> None:
    verdicts = verdicts_of(*lines)

    assert [o.verdict.value for o in verdicts.outcomes] == expected
    assert verdicts.all_matched


def test_warnings_alone_are_not_retried() -> None:
    verdicts = verdicts_of("1\tHM-A\t99001\tWarning\tm", "2\tHM-B\t8057\tError\tn")

    assert [row.sku for row in verdicts.retry_rows] == ["HM-B"]
    assert verdicts.count(RowVerdict.WARNING) == 1


def test_fatal_file_retries_every_row() -> None:
    verdicts = verdicts_of("0\t\t5003\tFatal\tprocessing aborted")

    assert [row.sku for row in verdicts.retry_rows] == list(SKUS)
    assert [line.error_code for line in verdicts.file_lines] == ["5003"]


def test_record_zero_error_concerns_the_file_not_a_row() -> None:
    verdicts = verdicts_of("0\t\t90000\tError\tbad header")

    assert [line.record for line in verdicts.file_lines] == [0]
    assert verdicts.retry_rows == []
    assert verdicts.all_matched


@pytest.mark.parametrize(
    ("line", "reason", "expected_sku"),
    [
        pytest.param(
            "4\tHM-D\t8057\tError\tm", MismatchReason.NO_SUCH_RECORD, "", id="past-end"
        ),
        pytest.param(
            "2\tHM-Z\t8057\tError\tm",
            MismatchReason.SKU_MISMATCH,
            "HM-B",
            id="other-sku",
        ),
        pytest.param(
            "2\thm-b\t8057\tError\tm",
            MismatchReason.SKU_MISMATCH,
            "HM-B",
            id="sku-case",
        ),
    ],
)
def test_unmatched_lines_are_reported_not_dropped(
    line: str, reason: MismatchReason, expected_sku: str
) -> None:
    verdicts = verdicts_of(line, "1\tHM-A\t8057\tError\tn")

    assert not verdicts.all_matched
    assert [(u.reason, u.expected_sku) for u in verdicts.unmatched] == [
        (reason, expected_sku)
    ]
    assert verdicts.unmatched[0].line.line == 6
    assert [row.sku for row in verdicts.retry_rows] == ["HM-A"]


def test_export_log_gives_the_stock_rows() -> None:
    stock = [StockRow(5, {"sku": "HM-A"}, 9), StockRow(8, {"sku": "HM-B"}, 12)]
    log = export_log(stock, "up.txt", "cp1252", "2026-01-02T03:04:05")
    report = read_processing_report(
        report_text(2, 1, "2\tHM-B\t13013\tError\tm").encode(), "cp1252"
    )

    verdicts = match(report, upload_rows("HM-A", "HM-B"), log)

    assert verdicts.by_export_log
    assert [(o.record, o.stock_row, o.verdict.value) for o in verdicts.outcomes] == [
        (1, 5, "accepted"),
        (2, 8, "error"),
    ]


@pytest.mark.parametrize(
    ("logged", "record"),
    [
        pytest.param(("HM-A", "HM-X", "HM-C"), 2, id="other-sku"),
        pytest.param(("HM-A", "HM-B"), 3, id="fewer-records"),
    ],
)
def test_export_log_of_another_upload_is_refused(
    logged: tuple[str, ...], record: int
) -> None:
    log = export_log(upload_rows(*logged), "up.txt", "cp1252", "t")
    report = read_processing_report(report_text(3, 3).encode(), "cp1252")

    with pytest.raises(InputError) as caught:
        match(report, upload_rows(*SKUS), log)

    assert caught.value.code == "export-log-mismatch"
    assert caught.value.params["record"] == record


def test_export_log_exact_text() -> None:
    rows = [StockRow(2, {"sku": "HM-Été"}, 2), StockRow(4, {"sku": "HM-B"}, None)]
    log = export_log(rows, "up.txt", "cp1252", "2026-01-02T03:04:05")

    assert render_export_log(log).decode() == (
        "{\n"
        '  "format": 1,\n'
        '  "upload": "up.txt",\n'
        '  "encoding": "cp1252",\n'
        '  "written_at": "2026-01-02T03:04:05",\n'
        '  "records": [\n'
        '    {"record": 1, "sku": "HM-Été", "row": 2, "line": 2},\n'
        '    {"record": 2, "sku": "HM-B", "row": 4, "line": null}\n'
        "  ]\n"
        "}\n"
    )
    assert read_export_log(render_export_log(log)) == log
    assert log.by_record()[2] == ExportedRecord(2, "HM-B", 4, None)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"not json", id="not-json"),
        pytest.param(b'{"format": 2}', id="other-format"),
        pytest.param(b'{"format": 1, "upload": "u"}', id="no-records"),
    ],
)
def test_unreadable_export_log(data: bytes) -> None:
    with pytest.raises(UnreadableFileError) as caught:
        read_export_log(data, "up.txt.records.json")

    assert caught.value.code == "export-log-unreadable"


def test_upload_and_log_written_together(tmp_path: Path) -> None:
    path = tmp_path / "up.txt"
    log = export_log(upload_rows("HM-A"), path.name, "cp1252", "t")

    written = write_upload_with_log(path, b"upload", log)

    assert written == export_log_path(path) == tmp_path / "up.txt.records.json"
    assert path.read_bytes() == b"upload"
    assert read_export_log(written.read_bytes()) == log


def test_existing_upload_refuses_both_files(tmp_path: Path) -> None:
    path = tmp_path / "up.txt"
    path.write_bytes(b"old upload")
    export_log_path(path).write_bytes(b"old log")
    log = export_log(upload_rows("HM-A"), path.name, "cp1252", "t")

    with pytest.raises(OutputExistsError):
        write_upload_with_log(path, b"upload", log)

    assert path.read_bytes() == b"old upload"
    assert export_log_path(path).read_bytes() == b"old log"


def test_a_log_without_its_upload_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "up.txt"
    export_log_path(path).write_bytes(b"old log")
    log = export_log(upload_rows("HM-A"), path.name, "cp1252", "t")

    write_upload_with_log(path, b"upload", log)

    assert path.read_bytes() == b"upload"
    assert b"HM-A" in export_log_path(path).read_bytes()


@given(skus=st.lists(st.text(max_size=12), max_size=4))
def test_export_log_round_trips_any_sku(skus: list[str]) -> None:
    rows = [StockRow(n + 2, {"sku": sku}, n + 2) for n, sku in enumerate(skus)]
    log = export_log(rows, 'up "1".txt', "utf-8", "t")
    assert read_export_log(render_export_log(log)) == log
