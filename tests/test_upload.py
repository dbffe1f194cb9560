"""The upload file's exact bytes, and writing it safely."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from addin.errors import OutputExistsError, WriteError
from addin.marketplaces import marketplace
from addin.rules import UPLOAD_COLUMNS
from addin.stockfile import StockRow
from addin.upload import render_upload, upload_value, write_atomic

HEADER = (
    "sku\tproduct-id\tproduct-id-type\tprice\tminimum-seller-allowed-price\t"
    "maximum-seller-allowed-price\titem-condition\tquantity\tadd-delete\t"
    "will-ship-internationally\texpedited-shipping\titem-note\tfulfillment-center-id"
)


def row(**values: str) -> StockRow:
    return StockRow(2, {**dict.fromkeys(UPLOAD_COLUMNS, ""), **values})


def test_exact_bytes_of_a_small_file() -> None:
    rows = [
        row(
            sku="00123",
            **{"product-id": "B0AAAAAAA1", "product-id-type": "1"},
            price="24.9",
            **{"item-condition": "11"},
            quantity="3",
            **{"add-delete": "a"},
        ),
        row(sku="FBA-1", price="7", **{"fulfillment-center-id": "AMAZON_EU"}),
    ]
    data = render_upload(rows, marketplace("FR"), "cp1252")
    assert data == (
        HEADER + "\r\n"
        "00123\tB0AAAAAAA1\t1\t24.90\t\t\t11\t3\ta\t\t\t\t\r\n"
        "FBA-1\t\t\t7.00\t\t\t\t\t\t\t\t\tAMAZON_EU\r\n"
    ).encode("ascii")
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r\r\n" not in data


@pytest.mark.parametrize(
    ("column", "value", "code", "expected"),
    [
        pytest.param("price", "24.9", "FR", "24.90", id="two-decimals"),
        pytest.param("price", "24,90", "FR", "24.90", id="decimal-comma"),
        pytest.param("price", "1249", "FR", "1249.00", id="no-thousands"),
        pytest.param("price", "2490", "JP", "2490", id="yen-no-decimals"),
        pytest.param("price", "", "FR", "", id="blank-stays-blank"),
        pytest.param("quantity", "05", "FR", "5", id="whole-number"),
        pytest.param("quantity", "", "FR", "", id="blank-quantity"),
        pytest.param("sku", "00123", "FR", "00123", id="sku-untouched"),
    ],
)
def test_value_spelling(column: str, value: str, code: str, expected: str) -> None:
    assert upload_value(column, value, marketplace(code)) == expected


def test_encoding_is_strict() -> None:
    with pytest.raises(UnicodeEncodeError):
        render_upload([row(**{"item-note": "✓"})], marketplace("FR"), "cp1252")


def test_write_atomic_refuses_to_replace_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_atomic(target, b"first")
    with pytest.raises(OutputExistsError):
        write_atomic(target, b"second")
    assert target.read_bytes() == b"first"
    write_atomic(target, b"second", force=True)
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_write_atomic_into_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as raised:
        write_atomic(tmp_path / "missing" / "out.txt", b"x")
    assert "missing" in raised.value.message("fr")


def test_written_files_get_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_atomic(target, b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
