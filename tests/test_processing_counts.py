"""Amazon's summary counts against the rows: a record Amazon did not get to."""

from __future__ import annotations

from pathlib import Path

import pytest

from addin.cli import main

HEADER = "seller-sku\tprice\tquantity\tasin1\tfulfillment-channel"
SKUS = ("HM-1", "HM-2", "HM-3", "HM-4")


def uploaded(folder: Path) -> Path:
    """Convert a four-row report; return the upload file (its export log beside)."""
    lines = [f"{sku}\t9.90\t1\tB0AAAAAAA{i}\tDEFAULT" for i, sku in enumerate(SKUS)]
    report = folder / "report.txt"
    report.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    upload = folder / "upload.txt"
    assert main(["convert", str(report), "-o", str(upload), "--quiet"]) == 0
    return upload


def processing(folder: Path, processed: int, successful: int, *lines: str) -> Path:
    path = folder / "processing.txt"
    text = (
        "Feed Processing Summary:\n"
        f"\tNumber of records processed\t\t{processed}\n"
        f"\tNumber of records successful\t\t{successful}\n"
        "\n"
        "original-record-number\tsku\terror-code\terror-type\terror-message\n"
        + "".join(f"{line}\n" for line in lines)
    )
    path.write_text(text, encoding="utf-8")
    return path


def retried_skus(upload: Path) -> list[str]:
    lines = (upload.parent / "upload.retry.txt").read_bytes().split(b"\r\n")[1:-1]
    return [line.split(b"\t")[0].decode() for line in lines]


def test_records_past_the_processed_count_are_retried(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = uploaded(tmp_path)
    report = processing(tmp_path, 2, 1, "2\tHM-2\t8057\tError\tCondition differs.")
    code = main(["retry", str(report), "--upload", str(upload), "--language", "en"])
    out = capsys.readouterr().out
    assert code == 1
    assert retried_skus(upload) == ["HM-2", "HM-3", "HM-4"]
    assert "record 3 | line 4, stock row 4 | HM-3 | not processed" in out
    assert "rows past record 2 count as not processed" in out


def test_a_successful_count_the_lines_do_not_explain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = uploaded(tmp_path)
    report = processing(tmp_path, 4, 2, "1\tHM-1\t8057\tError\tCondition differs.")
    code = main(["retry", str(report), "--upload", str(upload), "--language", "en"])
    out = capsys.readouterr().out
    assert code == 1
    assert "Amazon reports 2 successful records out of 4" in out
    assert retried_skus(upload) == ["HM-1"]


def test_counts_that_agree_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = uploaded(tmp_path)
    report = processing(
        tmp_path,
        4,
        3,
        "1\tHM-1\t8057\tError\tCondition differs.",
        "2\tHM-2\t99001\tWarning\tCheck this.",
    )
    code = main(["retry", str(report), "--upload", str(upload), "--language", "en"])
    assert code == 0
    assert "successful records out of" not in capsys.readouterr().out
    assert retried_skus(upload) == ["HM-1"]


def test_a_log_left_behind_by_a_deleted_upload_is_replaced(tmp_path: Path) -> None:
    upload = uploaded(tmp_path)
    log = tmp_path / "upload.txt.records.json"
    upload.unlink()
    log.write_text("{}", encoding="utf-8")
    report = tmp_path / "report.txt"
    assert main(["convert", str(report), "-o", str(upload), "--quiet"]) == 0
    assert upload.exists()
    assert '"HM-1"' in log.read_text(encoding="utf-8")


def test_a_processing_report_with_cr_only_line_ends(tmp_path: Path) -> None:
    upload = uploaded(tmp_path)
    report = processing(tmp_path, 4, 3, "2\tHM-2\t8057\tError\tCondition differs.")
    report.write_bytes(report.read_bytes().replace(b"\n", b"\r"))
    assert main(["retry", str(report), "--upload", str(upload)]) == 0
    assert retried_skus(upload) == ["HM-2"]
