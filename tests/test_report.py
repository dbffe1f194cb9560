"""Reading the Inactive Listings Report: headers by name, rows as text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from addin.errors import HeaderError, UnreadableFileError
from addin.report import RULE_COLUMNS, canonical_column, header_key, read_report

HEADER = "item-name\tseller-sku\tprice\tquantity\tasin1\tfulfillment-channel"


def report_bytes(*lines: str, header: str = HEADER, eol: str = "\n") -> bytes:
    return (eol.join([header, *lines]) + eol).encode("utf-8")


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        pytest.param("seller-sku", "seller-sku", id="english"),
        pytest.param("\ufeffitem-name", "item-name", id="bom"),
        pytest.param(" Seller-SKU ", "seller-sku", id="case-and-spaces"),
        pytest.param("seller_sku", "seller-sku", id="underscore"),
        pytest.param("sku-vendeur", "seller-sku", id="french"),
        pytest.param("quantité", "quantity", id="french-accent"),
        pytest.param("quantite", "quantity", id="french-no-accent"),
        pytest.param("état", "status", id="french-status"),
        pytest.param("état-produit", "item-condition", id="french-condition"),
        pytest.param("Händler-SKU", "seller-sku", id="german"),
        pytest.param("Versender", "fulfillment-channel", id="german-channel"),
        pytest.param("SKU venditore", "seller-sku", id="italian"),
        pytest.param("Nome dell’articolo", "item-name", id="italian-curly-apostrophe"),
        pytest.param("ASIN 1", "asin1", id="italian-asin"),
        pytest.param("SKU del vendedor", "seller-sku", id="spanish"),
        pytest.param(
            "Canal de gestión logística", "fulfillment-channel", id="spanish-2"
        ),
        pytest.param("出品者SKU", "seller-sku", id="japanese"),
        pytest.param("在庫数", "quantity", id="japanese-quantity"),
        pytest.param("数量", "quantity", id="japanese-quantity-2"),
        pytest.param("Sell remainder", "sell-remainder", id="newer-column"),
        pytest.param("卖家 SKU", None, id="chinese-unknown"),
        pytest.param("Estado del producto", None, id="spanish-ambiguous-left-out"),
    ],
)
def test_header_aliases(header: str, canonical: str | None) -> None:
    assert canonical_column(header) == canonical


def test_header_key_ignores_case_accents_and_separators() -> None:
    assert header_key("  Groupe_Expédition Vendeur ") == "groupe-expedition-vendeur"


def test_columns_by_name_not_position_and_unknown_columns_kept() -> None:
    header = "brand-new-column\tfulfillment-channel\tasin1\tquantity\tprice\tseller-sku"
    report = read_report(
        report_bytes("x\tDEFAULT\tB0AAAAAAA1\t3\t9.50\tSKU-1", header=header), "cp1252"
    )
    assert report.record(0)["seller-sku"] == "SKU-1"
    assert report.record(0)["price"] == "9.50"
    assert report.columns[0].name == "brand-new-column"
    assert not report.columns[0].known
    assert report.record(0)["brand-new-column"] == "x"


def test_every_cell_stays_text() -> None:
    line = "Bol\t00123\t1,50\t0042\tB0AAAAAAA1\tDEFAULT"
    record = read_report(report_bytes(line), "cp1252").record(0)
    assert record["seller-sku"] == "00123"
    assert record["price"] == "1,50"
    assert record["quantity"] == "0042"


def test_crlf_and_trailing_tabs_are_tolerated() -> None:
    lines = [
        "Bol\tS1\t1.00\t1\tB0AAAAAAA1\tDEFAULT\t\t",
        "Tasse\tS2\t2.00\t2\tB0AAAAAAA2\tDEFAULT",
    ]
    report = read_report(
        report_bytes(*lines, header=HEADER + "\t", eol="\r\n"), "cp1252"
    )
    assert [r[1] for r in report.rows] == ["S1", "S2"]
    assert report.problems == []
    assert report.record(1)["fulfillment-channel"] == "DEFAULT"


@pytest.mark.parametrize(
    ("line", "found"),
    [
        pytest.param("Bol\tS1\t1.00\t1\tB0AAAAAAA1", 5, id="one-field-short"),
        pytest.param(
            "Bol\tS1\t1.00\t1\tB0AAAAAAA1\tDEFAULT\textra", 7, id="one-field-long"
        ),
    ],
)
def test_row_shape_problem_names_the_line(line: str, found: int) -> None:
    good = "Tasse\tS2\t2.00\t2\tB0AAAAAAA2\tDEFAULT"
    report = read_report(report_bytes(good, line), "cp1252")
    (shape,) = report.problems
    assert (shape.code, shape.row, shape.line) == ("row-shape", 3, 3)
    assert shape.params == {"found": found, "expected": 6}
    assert "3" in shape.message("en")
    assert report.rows[1] == (line.split("\t") + [""] * 6)[:6]


def test_blank_lines_keep_line_numbers() -> None:
    data = report_bytes("", "Bol\tS1\t1.00\t1\tB0AAAAAAA1\tDEFAULT")
    report = read_report(data, "cp1252")
    assert report.lines == [3]


def test_header_only_report_has_no_rows() -> None:
    report = read_report(HEADER.encode() + b"\n", "cp1252")
    assert report.rows == []


def test_short_french_layout_without_asin1_is_accepted() -> None:
    header = (
        "seller-sku\tprice\tquantity\tproduct-id-type\tproduct-id\tfulfillment-channel"
    )
    report = read_report(
        report_bytes("S1\t1.00\t0\t1\tB0AAAAAAA1\tDEFAULT", header=header), "cp1252"
    )
    assert not report.has("asin1")
    assert report.column_values("asin1") == [""]


@pytest.mark.parametrize(
    ("header", "missing"),
    [
        pytest.param(
            "seller-sku\tprice\tquantity\tfulfillment-channel", "asin1", id="no-asin"
        ),
        pytest.param(
            "seller-sku\tprice\tquantity\tproduct-id\tfulfillment-channel",
            "product-id-type",
            id="no-type",
        ),
        pytest.param(
            "item-name\tprice\tquantity\tasin1\tfulfillment-channel",
            "seller-sku",
            id="no-sku",
        ),
    ],
)
def test_missing_column_names_it_and_the_columns_found(
    header: str, missing: str
) -> None:
    with pytest.raises(HeaderError) as raised:
        read_report(report_bytes(header=header), "cp1252", "r.txt")
    assert raised.value.code == "report-column-missing"
    assert raised.value.params["missing"] == missing
    message = raised.value.message("fr")
    assert missing in message
    assert header.split("\t")[1] in message


def test_same_column_twice_is_refused() -> None:
    header = HEADER + "\tsku-vendeur"
    with pytest.raises(HeaderError) as raised:
        read_report(report_bytes(header=header), "cp1252", "r.txt")
    assert raised.value.code == "report-column-twice"
    assert raised.value.params["column"] == "seller-sku"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(
            b'item-name,seller-sku,price,quantity\n"Mug, blue",M1,3.00,1\n',
            "file-comma-separated",
            id="csv",
        ),
        pytest.param(
            b"seller-sku;price;quantity\nM1;3,00;1\n",
            "file-comma-separated",
            id="semicolon",
        ),
        pytest.param(
            b"hello world\nsecond line\n", "file-not-tab-delimited", id="prose"
        ),
    ],
)
def test_other_delimiters_are_refused(data: bytes, code: str) -> None:
    with pytest.raises(UnreadableFileError) as raised:
        read_report(data, "cp1252", "r.csv")
    assert raised.value.code == code


@pytest.mark.parametrize(
    ("title", "damaged"),
    [
        pytest.param("R?cznie robiony", True, id="question-mark-in-word"),
        pytest.param("Why Not? Mug", False, id="question-mark-at-end-of-word"),
        pytest.param("Bougie\ufffd lavande", True, id="replacement-character"),
        pytest.param("Caf\x82 sign", True, id="c1-control"),
        pytest.param("Café « Atelier »", False, id="clean-accents"),
    ],
)
def test_text_damage_is_a_warning_of_its_cell(title: str, damaged: bool) -> None:
    report = read_report(
        report_bytes(f"{title}\tS1\t1.00\t1\tB0AAAAAAA1\tDEFAULT"), "cp1252"
    )
    codes = [(p.code, p.row, p.column) for p in report.problems]
    assert codes == ([("text-damaged", 2, "item-name")] if damaged else [])


def test_rule_columns_are_the_ones_the_rules_read() -> None:
    assert RULE_COLUMNS[0] == "seller-sku"
    assert set(RULE_COLUMNS) >= {"asin1", "product-id", "product-id-type", "price"}


_cell = st.text(
    alphabet=st.characters(exclude_characters="\t\r\n\x00", exclude_categories=["Cs"]),
    max_size=12,
)


@given(rows=st.lists(st.lists(_cell, min_size=6, max_size=6), min_size=1, max_size=8))
def test_every_report_cell_comes_out_identical(rows: list[list[str]]) -> None:
    # A row of blank cells is no row at all; give each a non-blank first cell.
    rows = [["x" + row[0], *row[1:]] for row in rows]
    data = report_bytes(*("\t".join(row) for row in rows))
    report = read_report(data, "cp1252")
    assert report.rows == rows
