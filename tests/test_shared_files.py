"""The synthetic sample files and the field-failure cases of the shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from addin.cli import main
from addin.conversion import check_stock, convert
from addin.errors import HeaderError, UnreadableFileError
from addin.report import read_report
from addin.settings import Settings
from addin.stockfile import read_stock_file

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(
    ("name", "encoding", "rows"),
    [
        ("inactive_listings_report_en-headers_utf-8.txt", "UTF-8", 7),
        ("inactive_listings_report_en-headers_windows-1252.txt", "Windows-1252", 7),
        ("inactive_listings_report_fr-localized-headers_utf-8.txt", "UTF-8", 7),
        (
            "inactive_listings_report_fr-localized-headers_windows-1252.txt",
            "Windows-1252",
            7,
        ),
        (
            "all_listings_report_fr-short-layout_en-headers_windows-1252.txt",
            "Windows-1252",
            8,
        ),
    ],
)
def test_sample_reports_read_the_same_offers(
    shared: Path, name: str, encoding: str, rows: int
) -> None:
    report = read_report((shared / "samples" / name).read_bytes(), "cp1252", name)
    assert (report.encoding, len(report.rows)) == (encoding, rows)
    skus = report.column_values("seller-sku")
    assert skus[0] == "HM-BOL-CER-001"
    titles = report.column_values("item-name")
    assert titles[1] == "Bougie parfumée à la lavande, cire de soja « Douce Provence »"
    assert report.problems == []


@pytest.mark.parametrize(
    ("name", "golden", "options"),
    [
        pytest.param(
            "inactive_listings_report_en-headers_utf-8.txt",
            "sample_en_default_quantity_2.txt",
            [],
            id="en-utf-8",
        ),
        pytest.param(
            "inactive_listings_report_en-headers_windows-1252.txt",
            "sample_en_default_quantity_2.txt",
            [],
            id="en-windows-1252",
        ),
        pytest.param(
            "inactive_listings_report_fr-localized-headers_windows-1252.txt",
            "sample_fr_localized_skip_invalid.txt",
            ["--skip-invalid"],
            id="fr-localized",
        ),
    ],
)
def test_golden_upload_files(
    shared: Path, tmp_path: Path, name: str, golden: str, options: list[str]
) -> None:
    out = tmp_path / "up.txt"
    argv = ["convert", str(shared / "samples" / name), "-o", str(out), "--quiet"]
    main([*argv, "--default-quantity", "2", *options])
    assert out.read_bytes() == (GOLDEN / golden).read_bytes()


def test_short_layout_skips_the_active_row(shared: Path) -> None:
    name = "all_listings_report_fr-short-layout_en-headers_windows-1252.txt"
    data = (shared / "samples" / name).read_bytes()
    conversion = convert(data, Settings(default_quantity=1))
    summary = conversion.summary
    assert (summary.rows, summary.exported, summary.skipped, summary.errors) == (
        8,
        6,
        1,
        1,
    )
    assert summary.reasons == {"already-active": 1, "asin-missing": 1}
    assert summary.adds_up()


def test_sample_stock_file_has_no_problem(shared: Path) -> None:
    name = "inventory_loader_reactivation_fr_tab-delimited.txt"
    stock = read_stock_file((shared / "samples" / name).read_bytes(), Settings(), name)
    checked = check_stock(stock, Settings())
    assert checked.problems == []
    assert checked.summary.exported == 7


@pytest.mark.parametrize(
    ("case", "marketplace", "expected"),
    [
        ("case01-jp-report-cp932.txt", "JP", ("Windows-31J (cp932)", 3, [])),
        ("case02-us-report-cp1252.txt", "US", ("Windows-1252", 4, [])),
        (
            "case03-report-question-marks.txt",
            "PL",
            ("Windows-1252", 3, ["text-damaged"] * 2),
        ),
        ("case04-report-utf8-bom.txt", "FR", ("UTF-8 (BOM)", 1, [])),
        ("case06-report-commas-in-title.txt", "US", ("UTF-8", 2, [])),
        ("case13-report-leading-zeros.txt", "US", ("UTF-8", 3, [])),
        ("case21-report-handmade-asin.txt", "US", ("UTF-8", 1, [])),
        ("case25-report-fba-rows.txt", "US", ("UTF-8", 2, [])),
    ],
)
def test_report_cases(
    shared: Path, case: str, marketplace: str, expected: tuple[str, int, list[str]]
) -> None:
    data = (shared / "cases" / case).read_bytes()
    conversion = convert(data, Settings(marketplace=marketplace, default_quantity=1))
    assert conversion.report is not None
    codes = [p.code for p in conversion.problems]
    assert (conversion.report.encoding, conversion.summary.rows, codes) == expected


def test_leading_zeros_survive(shared: Path) -> None:
    data = (shared / "cases" / "case13-report-leading-zeros.txt").read_bytes()
    conversion = convert(data, Settings(marketplace="US", default_quantity=1))
    assert [r.sku for r in conversion.stock.rows] == ["00123", "0042", "7001"]
    upload = conversion.upload_bytes(Settings(marketplace="US")).split(b"\r\n")
    assert upload[1].startswith(b"00123\tB0XXXXXXZ1\t1\t38.00\t")


def test_fba_rows_get_no_quantity(shared: Path) -> None:
    data = (shared / "cases" / "case25-report-fba-rows.txt").read_bytes()
    rows = convert(data, Settings(marketplace="US", default_quantity=4)).stock.rows
    fba, fbm = (r.values for r in rows)
    assert (fba["quantity"], fba["fulfillment-center-id"]) == ("", "AMAZON_NA")
    assert (fbm["quantity"], fbm["fulfillment-center-id"]) == ("4", "")


@pytest.mark.parametrize(
    ("case", "error", "code"),
    [
        (
            "case09-report-comma-separated.csv",
            UnreadableFileError,
            "file-comma-separated",
        ),
        ("case11-report-empty.txt", UnreadableFileError, "file-empty"),
        ("case07-report-localized-headers.txt", HeaderError, "report-column-missing"),
    ],
)
def test_report_cases_refused(
    shared: Path, case: str, error: type[Exception], code: str
) -> None:
    with pytest.raises(error) as raised:
        convert((shared / "cases" / case).read_bytes(), Settings())
    assert getattr(raised.value, "code", None) == code


def test_header_only_case_has_no_rows(shared: Path) -> None:
    data = (shared / "cases" / "case11-report-header-only.txt").read_bytes()
    assert convert(data, Settings()).summary.rows == 0


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("case14-stock-scientific-notation.txt", ["gtin-check-digit"] * 3),
        (
            "case16-stock-price-formats.txt",
            ["price-invalid"] * 5 + ["price-not-positive"],
        ),
        (
            "case17-stock-float-quantity.txt",
            ["quantity-invalid"] * 3 + ["quantity-needed"],
        ),
        ("case19-stock-bad-check-digit.txt", ["gtin-check-digit"] * 2),
        (
            "case20-stock-wrong-product-id-type.txt",
            ["gtin-check-digit"] * 3 + ["asin-invalid"],
        ),
        ("case21-stock-handmade-upc-instead-of-asin.txt", []),
        ("case24-stock-utf8-for-latin1-marketplace.txt", ["not-encodable"]),
        ("case25-stock-fba-with-quantity.txt", []),
        ("case27-stock-condition-text.txt", ["condition-invalid"] * 3),
    ],
)
def test_stock_file_cases(shared: Path, case: str, expected: list[str]) -> None:
    data = (shared / "cases" / case).read_bytes()
    checked = check_stock(
        read_stock_file(data, Settings(marketplace="FR"), case), Settings()
    )
    assert [p.code for p in checked.problems] == expected
    assert checked.summary.adds_up()


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("case22-stock-bad-header.txt", "stock-heading-missing"),
        (
            "case26-stock-blank-zero-quantity-duplicate-column.txt",
            "stock-heading-twice",
        ),
    ],
)
def test_stock_file_headers_refused(shared: Path, case: str, code: str) -> None:
    with pytest.raises(HeaderError) as raised:
        read_stock_file((shared / "cases" / case).read_bytes(), Settings(), case)
    assert raised.value.code == code
