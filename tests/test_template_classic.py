"""The classic Inventory Loader template (text and workbook), and refused files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from addin.errors import HeaderError, UnreadableFileError
from addin.settings import Settings
from addin.template import Layout, read_template
from addin.templateexport import fill_template
from tests.test_template_offer import FBA, FBM, checked, stock_row

FR = Settings(marketplace="FR")
FIELDS = [
    "sku", "product-id", "product-id-type", "price", "minimum-seller-allowed-price",
    "maximum-seller-allowed-price", "item-condition", "quantity", "add-delete",
    "will-ship-internationally", "expedited-shipping", "standard-plus", "item-note",
    "fulfillment-center-id", "product-tax-code", "leadtime-to-ship",
]  # fmt: skip
TEMPLATE_ROWS = [
    ["TemplateType=InventoryLoader", "Version=2014.0415", "Ne pas modifier"],
    ["SKU", "Identifiant produit", "Type d'identifiant", "Prix"],
    FIELDS,
]
ONE_ROW = [FIELDS]


def text_template(rows: list[list[str]]) -> bytes:
    """A tab-delimited template, as Seller Central serves it (CRLF)."""
    return "".join("\t".join(r) + "\r\n" for r in rows).encode("cp1252")


def workbook_template(rows: list[list[str]], tmp_path: Path) -> bytes:
    """A classic template saved as a workbook, with a second sheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Modèle"
    for row in rows:
        sheet.append(row)
    book.create_sheet("Définitions")["A1"] = "sku: the seller's own code"
    path = tmp_path / "classic.xlsx"
    book.save(path)
    return path.read_bytes()


@pytest.mark.parametrize(
    ("rows", "data_row"),
    [(ONE_ROW, 2), (TEMPLATE_ROWS, 4)],
    ids=["field-names", "template-type"],
)
def test_classic_text_template(rows: list[list[str]], data_row: int) -> None:
    settings = Settings(marketplace="FR", handling_time=3)
    template = read_template(text_template(rows), "Flat.File.txt", settings)

    result, data = fill_template(template, checked([FBM, FBA], settings), settings)

    assert template.layout is Layout.CLASSIC_TEXT
    assert template.data_row == data_row
    assert template.suffix == ".txt"
    assert result.problems == []
    lines = data.decode("cp1252").split("\r\n")
    assert lines[: len(rows)] == ["\t".join(r) for r in rows]
    fbm = dict(zip(FIELDS, lines[len(rows)].split("\t"), strict=True))
    fba = dict(zip(FIELDS, lines[len(rows) + 1].split("\t"), strict=True))
    assert fbm["sku"] == "TEST-FBM-0001"
    assert (fbm["price"], fbm["quantity"], fbm["leadtime-to-ship"]) == (
        "24.90",
        "3",
        "3",
    )
    assert (fba["sku"], fba["fulfillment-center-id"], fba["leadtime-to-ship"]) == (
        "000123",
        "AMAZON_EU",
        "",
    )
    assert lines[len(rows) + 2 :] == [""]


@pytest.mark.parametrize(
    ("rows", "data_row"),
    [(ONE_ROW, 2), (TEMPLATE_ROWS, 4)],
    ids=["field-names", "template-type"],
)
def test_classic_workbook_template(
    rows: list[list[str]], data_row: int, tmp_path: Path
) -> None:
    original = workbook_template(rows, tmp_path)
    template = read_template(original, "classic.xlsx", FR)

    result, data = fill_template(template, checked([FBM, FBA], FR), FR)

    assert template.layout is Layout.CLASSIC_WORKBOOK
    assert template.data_row == data_row
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Modèle"]
    header = [[c.value for c in r] for r in sheet.iter_rows(max_row=len(rows))]
    assert header == [r + [None] * (len(header[0]) - len(r)) for r in rows]
    sku, price, quantity = (
        sheet.cell(data_row, FIELDS.index(name) + 1)
        for name in ("sku", "price", "quantity")
    )
    assert (sku.value, sku.data_type) == ("TEST-FBM-0001", "s")
    assert (price.value, price.data_type) == (24.9, "n")
    assert (quantity.value, quantity.data_type) == (3, "n")
    fba_sku = sheet.cell(data_row + 1, 1)
    assert (fba_sku.value, fba_sku.data_type) == ("000123", "s")
    assert result.summary.exported == 2
    old, new = zipfile.ZipFile(io.BytesIO(original)), zipfile.ZipFile(io.BytesIO(data))
    for name in old.namelist():
        if name != "xl/worksheets/sheet1.xml":
            assert new.read(name) == old.read(name), name


def test_classic_value_without_a_column_is_a_problem() -> None:
    short = ["sku", "product-id", "product-id-type", "price", "item-condition",
             "quantity", "add-delete"]  # fmt: skip
    template = read_template(text_template([short]), "short.txt", FR)

    result, data = fill_template(template, checked([FBM, FBA], FR), FR)

    assert [(p.row, p.code, p.column) for p in result.problems] == [
        (3, "template-value-missing", "fulfillment-center-id")
    ]
    assert b"000123" not in data


def test_classic_without_handling_time_column_refuses_the_option() -> None:
    settings = Settings(marketplace="FR", handling_time=2)
    short = ["sku", "product-id", "product-id-type", "price", "item-condition",
             "quantity", "add-delete"]  # fmt: skip
    template = read_template(text_template([short]), "short.txt", settings)

    with pytest.raises(HeaderError) as raised:
        fill_template(template, checked([FBM], settings), settings)
    assert raised.value.code == "template-column-missing"


def test_legacy_xls_is_refused_with_the_download_to_use() -> None:
    legacy = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)

    with pytest.raises(UnreadableFileError) as raised:
        read_template(legacy, "Flat.File.xls", FR)

    assert raised.value.code == "template-legacy-xls"
    assert ".xlsx" in raised.value.message("en")
    assert ".txt" in raised.value.message("fr")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"item-name\tprice\r\nBol\t24.90\r\n",
        b"sku,price,quantity\r\n",
    ],
    ids=["empty", "pdf", "other-text", "comma-separated"],
)
def test_text_of_unknown_layout_is_refused(data: bytes) -> None:
    with pytest.raises(UnreadableFileError) as raised:
        read_template(data, "mystery.txt", FR)

    assert raised.value.code == "template-layout-unknown"
    assert "sku" in raised.value.message("en")


def test_workbook_of_unknown_layout_is_refused(tmp_path: Path) -> None:
    original = workbook_template([["Titre", "Prix"], ["Bol", "24.90"]], tmp_path)

    with pytest.raises(UnreadableFileError) as raised:
        read_template(original, "classeur.xlsx", FR)
    assert raised.value.code == "template-layout-unknown"


def test_classic_text_with_sku_but_missing_field_names_it() -> None:
    with pytest.raises(HeaderError) as raised:
        read_template(text_template([["sku", "price"]]), "partial.txt", FR)
    assert raised.value.code == "stock-heading-missing"


def test_fill_rows_keep_their_row_numbers_in_problems() -> None:
    # Row numbers are those of the stock sheet, whatever the template's data row.
    fields = [f for f in FIELDS if f != "expedited-shipping"]
    template = read_template(text_template([fields]), "t.txt", FR)
    bad = stock_row(5, sku="X", product_id="B0TEST0009", price="1", quantity="1",
                    expedited_shipping="Y")  # fmt: skip

    result, _ = fill_template(template, checked([bad], FR), FR)

    assert [(p.row, p.code) for p in result.problems] == [(5, "template-value-missing")]
