"""``handmade-relist retry``: exit codes, the whole output, golden retry files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from addin.cli import main
from tests.test_processing_report import report_text

GOLDEN = Path(__file__).parent / "golden" / "processing"
UPLOAD_HEADER = (
    "sku\tproduct-id\tproduct-id-type\tprice\tminimum-seller-allowed-price\t"
    "maximum-seller-allowed-price\titem-condition\tquantity\tadd-delete\t"
    "will-ship-internationally\texpedited-shipping\titem-note\tfulfillment-center-id"
)
SAMPLE_UPLOAD = "samples/inventory_loader_reactivation_fr_tab-delimited.txt"
SAMPLE_REPORT = "samples/processing_report_inventory_loader_text.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def upload_line(sku: str, asin: str, price: str, quantity: str) -> str:
    return f"{sku}\t{asin}\t1\t{price}\t\t\t11\t{quantity}\ta\t\t\t\t"


def write_upload(folder: Path, encoding: str, *skus: str) -> Path:
    """An upload file as ``convert`` writes it: CRLF, one header row."""
    lines = [UPLOAD_HEADER]
    lines += [
        upload_line(s, f"B0HMTEST0{n}", "24.90", "2") for n, s in enumerate(skus, 1)
    ]
    path = folder / "upload.txt"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_retry_of_the_sample_upload(
    shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = tmp_path / "upload.txt"
    shutil.copyfile(shared / SAMPLE_UPLOAD, upload)
    report = shared / SAMPLE_REPORT

    code, out, err = run(
        capsys, "retry", str(report), "--upload", str(upload), "--language", "en"
    )

    assert (code, err) == (0, "")
    retry = tmp_path / "upload.retry.txt"
    assert out == (GOLDEN / "sample_retry_output.en.txt").read_text().format(
        retry=retry
    )
    assert retry.read_bytes() == (GOLDEN / "sample_retry.txt").read_bytes()


def test_retry_in_french(
    shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = tmp_path / "upload.txt"
    shutil.copyfile(shared / SAMPLE_UPLOAD, upload)
    retry = tmp_path / "again.txt"

    code, out, _ = run(
        capsys,
        "retry",
        str(shared / SAMPLE_REPORT),
        "--upload",
        str(upload),
        "-o",
        str(retry),
    )

    assert code == 0
    assert "  enregistrement 6 | ligne 7 | HM-VASE-GRES-8IN | refusée\n" in out
    assert "      8057" not in out
    assert "faute de frappe" in out
    assert out.endswith(
        f"Fichier de reprise écrit : {retry} (3 lignes, Windows-1252).\n"
    )
    assert retry.read_bytes() == (GOLDEN / "sample_retry.txt").read_bytes()


def test_convert_then_retry_through_the_export_log(
    shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = shared / "samples/inactive_listings_report_en-headers_utf-8.txt"
    upload = tmp_path / "up.txt"
    code, _, _ = run(
        capsys, "convert", str(report), "-o", str(upload), "--default-quantity", "1"
    )
    assert code == 0
    log = json.loads((tmp_path / "up.txt.records.json").read_text(encoding="utf-8"))
    assert [(r["record"], r["row"]) for r in log["records"]] == [
        (n, n + 1) for n in range(1, 8)
    ]
    processing = tmp_path / "processing.txt"
    processing.write_bytes((shared / SAMPLE_REPORT).read_bytes())

    code, out, err = run(
        capsys, "retry", str(processing), "--upload", str(upload), "--language", "en"
    )

    assert (code, err) == (0, "")
    assert "Records matched through the export log up.txt.records.json.\n" in out
    assert "  record 6 | line 7, stock row 7 | HM-VASE-GRES-8IN | refused\n" in out
    retried = (tmp_path / "up.retry.txt").read_bytes().split(b"\r\n")
    assert [line.split(b"\t")[0] for line in retried] == [
        b"sku",
        b"HM-COLL-ARG-PERLE",
        b"HM-VASE-GRES-8IN",
        b"HM-BOITE-OLIV-COEUR",
        b"",
    ]


@pytest.mark.parametrize(
    ("encoding", "golden"),
    [
        pytest.param("cp1252", "accented_retry_cp1252.txt", id="cp1252"),
        pytest.param("utf-8", "accented_retry_utf-8.txt", id="utf-8"),
        pytest.param("utf-8-sig", "accented_retry_utf-8-bom.txt", id="utf-8-bom"),
    ],
)
def test_retry_keeps_the_upload_encoding(
    encoding: str, golden: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = write_upload(tmp_path, encoding, "HM-THÉIÈRE", "HM-BOL", "HM-CŒUR-ÉTÉ")
    report = tmp_path / "processing.txt"
    text = report_text(
        3,
        1,
        "1\tHM-THÉIÈRE\t8057\tError\tCondition différente.",
        "3\tHM-CŒUR-ÉTÉ\t5503\tError\tASIN différent.",
    )
    report.write_bytes(text.encode(encoding))

    code, _, err = run(capsys, "retry", str(report), "--upload", str(upload))

    assert (code, err) == (0, "")
    assert (tmp_path / "upload.retry.txt").read_bytes() == (
        GOLDEN / golden
    ).read_bytes()


def test_unmatched_records_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = write_upload(tmp_path, "utf-8", "HM-A", "HM-B")
    report = tmp_path / "processing.txt"
    report.write_text(
        report_text(
            3,
            0,
            "1\tHM-A\t99001\tWarning\tCheck this.",
            "2\tHM-X\t8057\tError\tOther SKU.",
            "3\tHM-C\t12345\tError\tSomething new.",
        ),
        encoding="utf-8",
    )

    code, out, err = run(
        capsys, "retry", str(report), "--upload", str(upload), "--language", "en"
    )

    assert (code, err) == (1, "")
    assert out == (
        "Processing report read: processing.txt (UTF-8): 3 records processed, 0 "
        "successful, 3 problem lines.\n"
        "No export log upload.txt.records.json: records matched by data row order "
        "(record 1 is the first data row), checked against the SKUs the report "
        "gives.\n"
        "Amazon processed 3 records but the upload file holds 2 rows: the report "
        "counts records this file does not hold. Check that this report belongs to "
        "this upload file.\n"
        "  record 1 | line 2 | HM-A | accepted with warnings\n"
        "      99001 (Warning): A required value is missing: check every column of "
        "the row.\n"
        "  record 2 | line 3 | HM-B | accepted\n"
        "Lines that match no row (2):\n"
        "  report line 7 | record 2 | HM-X | that record holds HM-B | 8057 (Error): "
        "The condition differs from the SKU's condition in the catalog: keep "
        "item-condition 11 (new).\n"
        "  report line 8 | record 3 | HM-C | the upload file has only 2 data rows | "
        "12345 (Error): Amazon says: Something new.\n"
        "Summary: 2 rows = 1 accepted + 1 accepted with warnings + 0 refused + 0 not "
        "processed; 2 lines match no row.\n"
        "No row to upload again: no retry file written.\n"
        "Some lines match no row: check that the processing report belongs to this "
        "upload file (--upload).\n"
    )
    assert not (tmp_path / "upload.retry.txt").exists()


def test_fatal_report_retries_every_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = write_upload(tmp_path, "utf-8", "HM-A", "HM-B")
    report = tmp_path / "processing.txt"
    report.write_text(
        report_text(2, 0, "0\t\t5003\tFatal\tToo many errors."), encoding="utf-8"
    )

    code, out, err = run(
        capsys, "retry", str(report), "--upload", str(upload), "--language", "en"
    )

    assert (code, err) == (0, "")
    retry = tmp_path / "upload.retry.txt"
    assert out == (
        "Processing report read: processing.txt (UTF-8): 2 records processed, 0 "
        "successful, 1 problem line.\n"
        "No export log upload.txt.records.json: records matched by data row order "
        "(record 1 is the first data row), checked against the SKUs the report "
        "gives.\n"
        "Amazon did not process the file (fatal error): every row goes into the "
        "retry file.\n"
        "  whole file | 5003 (Fatal): Amazon stopped after too many errors: fix the "
        "file's format (headings, tabs) and upload it again.\n"
        "  record 1 | line 2 | HM-A | not processed\n"
        "  record 2 | line 3 | HM-B | not processed\n"
        "Summary: 2 rows = 0 accepted + 0 accepted with warnings + 0 refused + 2 not "
        "processed; 0 lines match no row.\n"
        f"Retry file written: {retry} (2 rows, Windows-1252).\n"
    )
    assert retry.read_bytes() == upload.read_bytes()


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    upload = write_upload(tmp_path, "utf-8", "HM-A", "HM-B")
    report = tmp_path / "processing.txt"
    report.write_text(
        report_text(2, 1, "2\tHM-B\t13013\tError\tNo such SKU."), encoding="utf-8"
    )

    code, out, err = run(
        capsys,
        "retry",
        str(report),
        "--upload",
        str(upload),
        "--json",
        "--language",
        "en",
    )

    assert (code, err) == (0, "")
    document = json.loads(out)
    assert document["summary"] == {
        "rows": 2,
        "accepted": 1,
        "warning": 0,
        "error": 1,
        "fatal": 0,
        "unmatched": 0,
    }
    assert document["matched_by"] == "row-order"
    assert document["rows"][1]["problems"] == [
        {
            "line": 6,
            "record": 2,
            "sku": "HM-B",
            "error_code": "13013",
            "error_type": "Error",
            "error_message": "No such SKU.",
            "fix": "This SKU no longer exists on the marketplace: check it for a typo, "
            "or the offer was deleted and must be created again.",
            "certainty": "third-party",
        }
    ]
    assert document["output"] == str(tmp_path / "upload.retry.txt")


@pytest.mark.parametrize(
    ("report_bytes", "expected"),
    [
        pytest.param(
            b"PK\x03\x04workbook",
            "Error: processing.txt is a workbook: the product reads the processing "
            "report in its text format only, since no source documents the layout of "
            "the Excel one. In Seller Central, download the processing report again "
            "as a text file (.txt) and give that file.\n",
            id="workbook",
        ),
        pytest.param(
            b"sku\tprice\nA\t1\n",
            "Error: processing.txt is not a processing report: it has neither the "
            "summary block (records processed, records successful) nor the table "
            "starting with original-record-number. Give the processing report of the "
            "upload, as Seller Central downloaded it.\n",
            id="not-a-processing-report",
        ),
    ],
)
def test_unreadable_processing_report_exits_2(
    report_bytes: bytes,
    expected: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    upload = write_upload(tmp_path, "utf-8", "HM-A")
    report = tmp_path / "processing.txt"
    report.write_bytes(report_bytes)

    code, out, err = run(
        capsys, "retry", str(report), "--upload", str(upload), "--language", "en"
    )

    assert (code, out, err) == (2, "", expected)


def test_existing_retry_file_needs_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = write_upload(tmp_path, "utf-8", "HM-A")
    report = tmp_path / "processing.txt"
    report.write_text(report_text(1, 0, "1\tHM-A\t8057\tError\tm"), encoding="utf-8")
    retry = tmp_path / "upload.retry.txt"
    retry.write_bytes(b"kept")

    code, _, err = run(capsys, "retry", str(report), "--upload", str(upload))
    assert code == 2
    assert err.startswith(f"Erreur : {retry} ")
    assert retry.read_bytes() == b"kept"

    code, _, _ = run(capsys, "retry", str(report), "--upload", str(upload), "--force")
    assert code == 0
    assert retry.read_bytes() == upload.read_bytes()


def test_stale_export_log_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = write_upload(tmp_path, "utf-8", "HM-A", "HM-B")
    (tmp_path / "upload.txt.records.json").write_text(
        json.dumps(
            {
                "format": 1,
                "upload": "upload.txt",
                "encoding": "utf-8",
                "written_at": "t",
                "records": [{"record": 1, "sku": "HM-Z", "row": 2, "line": 2}],
            }
        ),
        encoding="utf-8",
    )
    report = tmp_path / "processing.txt"
    report.write_text(report_text(2, 2), encoding="utf-8")

    code, out, err = run(
        capsys, "retry", str(report), "--upload", str(upload), "--language", "en"
    )

    assert (code, out) == (2, "")
    assert err == (
        "Error: The export log does not belong to the upload file upload.txt: they "
        "differ from record 1 (1 record logged, 2 rows in the file). Give the upload "
        "file that was sent to Amazon (--upload), or delete the stale export log "
        "beside it.\n"
    )
