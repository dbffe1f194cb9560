"""``handmade-relist retry`` on an upload made through a seller's template workbook."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from addin.cli import main
from tests.test_processing_report import report_text

REPORT = "inactive_listings_report_en-headers_utf-8.txt"
IT_TEMPLATE = "offer-templates/offer_template_it_synthetic.xlsx"


@pytest.fixture
def upload(shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The sample report converted into a filled copy of the IT template."""
    shutil.copy(shared / "samples" / REPORT, tmp_path / REPORT)
    shutil.copy(shared / "samples" / IT_TEMPLATE, tmp_path / "template.xlsx")
    path = tmp_path / "upload.xlsx"
    argv = ["convert", str(tmp_path / REPORT), "--marketplace", "IT",
            "--template", str(tmp_path / "template.xlsx"), "--default-quantity", "1",
            "-o", str(path)]  # fmt: skip
    assert main(argv) == 0
    capsys.readouterr()
    return path


def retry(
    capsys: pytest.CaptureFixture[str], upload: Path, *rows: str
) -> tuple[int, str]:
    report = upload.with_name("processing.txt")
    report.write_text(report_text(7, 7 - len(rows), *rows), encoding="utf-8")
    argv = ["retry", str(report), "--upload", str(upload), "--marketplace", "IT"]
    code = main([*argv, "--language", "en"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_sku_the_upload_lacks_matches_no_row(
    upload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = retry(capsys, upload, "4\tHM-NEVER-SENT\t13013\tError\tGone.")
    assert code == 1
    assert (
        "  report line 6 | record 4 | HM-NEVER-SENT | no row of the upload file holds "
        "that SKU | 13013 (Error): "
    ) in out
    assert not upload.with_name("upload.retry.xlsx").exists()


def test_a_line_without_a_sku_falls_back_on_its_record(
    upload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = retry(capsys, upload, "2\t\t8026\tError\tNot approved.")
    assert code == 0
    assert "  record 2 | line 8, stock row 3 | HM-BOUG-SOJA-LAV | refused" in out
    sheet = openpyxl.load_workbook(upload.with_name("upload.retry.xlsx"))["Modello"]
    assert (sheet["A7"].value, sheet["A8"].value) == ("HM-BOUG-SOJA-LAV", None)


def test_a_legacy_xls_upload_is_refused_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = tmp_path / "upload.xls"
    upload.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    code, printed = retry(capsys, upload, "1\tA\t8026\tError\tNot approved.")
    assert code == 2
    assert "upload.xls" in printed
    assert ".xlsx" in printed
