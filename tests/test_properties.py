"""Properties that must hold for any input: SKUs survive, the summary adds up."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from addin.checks import CheckContext, detailed_problems, plainly_valid
from addin.conversion import convert
from addin.rules import UPLOAD_COLUMNS
from addin.settings import Settings
from addin.stockfile import StockRow
from addin.values import (
    canonical_number,
    format_price,
    number_text,
    parse_number,
    parse_price,
    price_text,
)

HEADER = "item-name\tseller-sku\tprice\tquantity\tasin1\tfulfillment-channel"

# Any text a SKU can hold in a tab-delimited line, and that Windows-1252 can encode.
_sku_char = st.characters(
    codec="cp1252", exclude_characters="\t\r\n\x00", exclude_categories=["Cs"]
)
skus = st.text(alphabet=_sku_char, min_size=1, max_size=40).filter(lambda s: s.strip())


@given(sku_list=st.lists(skus, min_size=1, max_size=6, unique=True))
@settings(max_examples=200)
def test_arbitrary_skus_come_out_byte_identical(sku_list: list[str]) -> None:
    # The é of the title is not UTF-8 in Windows-1252, so the file reads as such.
    lines = [
        f"Bol émaillé\t{sku}\t9.90\t1\tB0AAAAAAA{i}\tDEFAULT"
        for i, sku in enumerate(sku_list)
    ]
    data = ("\n".join([HEADER, *lines]) + "\n").encode("cp1252")
    conversion = convert(data, Settings())
    upload = conversion.upload_bytes(Settings())
    written = [line.split(b"\t")[0] for line in upload.split(b"\r\n")[1:-1]]
    expected = [
        sku.encode("cp1252") for sku in sku_list if len(sku.encode("utf-8")) <= 40
    ]
    assert written == expected


_price = st.sampled_from(["9.90", "0", "", "abc", "12,5", "3.999", "-1"])
_quantity = st.sampled_from(["0", "1", "", "2.5", "-3", "7"])
_channel = st.sampled_from(["DEFAULT", "AMAZON_EU", "AMAZON_NA", ""])
_asin = st.sampled_from(["B0AAAAAAA1", "", "short"])


@given(
    rows=st.lists(st.tuples(skus, _price, _quantity, _asin, _channel), max_size=12),
    default=st.sampled_from([None, 1, 5]),
)
def test_summary_always_adds_up(
    rows: list[tuple[str, str, str, str, str]], default: int | None
) -> None:
    lines = ["\t".join(["Bol", *row]) for row in rows]
    data = ("\n".join([HEADER, *lines]) + "\n").encode("cp1252")
    conversion = convert(data, Settings(default_quantity=default))
    summary = conversion.summary
    assert summary.adds_up()
    assert summary.exported == len(conversion.exportable)


_cells = {
    "sku": st.sampled_from(["HM-1", " HM-1", "", "A" * 41, "É" * 21, "a\tb", "00123"]),
    "product-id": st.sampled_from(
        ["B0AAAAAAA1", "b0aaaaaaa1", "B0AAAAAA1", "", "036000291452"]
    ),
    "product-id-type": st.sampled_from(["1", "3", "4", "1.0", ""]),
    "price": st.sampled_from(
        ["24.90", "24.999", "0", "0.00", "24,90", "", "7", "249.0"]
    ),
    "item-condition": st.sampled_from(["11", "1", "New", ""]),
    "quantity": st.sampled_from(["3", "0", "", "5.0", "-2", "007"]),
    "add-delete": st.sampled_from(["a", "d", "A", ""]),
    "item-note": st.sampled_from(["", "Köln", "✓", "x\ny"]),
    "fulfillment-center-id": st.sampled_from(["", "DEFAULT", "AMAZON_EU", "AMAZON_NA"]),
}


PLAIN = {
    **dict.fromkeys(UPLOAD_COLUMNS, ""),
    "sku": "HM-1",
    "product-id": "B0AAAAAAA1",
    "product-id-type": "1",
    "price": "24.90",
    "item-condition": "11",
    "quantity": "3",
    "add-delete": "a",
}


@st.composite
def near_plain_rows(draw: st.DrawFn) -> dict[str, str]:
    """A plain row with none, one or two cells replaced by a tricky value."""
    changed = draw(st.lists(st.sampled_from(sorted(_cells)), max_size=2, unique=True))
    return {**PLAIN, **{column: draw(_cells[column]) for column in changed}}


def test_the_plain_row_is_recognised() -> None:
    context = CheckContext.from_settings(Settings())
    assert plainly_valid(StockRow(2, dict(PLAIN)), context)


@given(
    values=near_plain_rows(),
    report_price=st.sampled_from([None, "24.90", "2.00", "0"]),
    market=st.sampled_from(["FR", "JP", "US"]),
)
@settings(max_examples=500)
def test_a_plainly_valid_row_has_no_problem(
    values: dict[str, str], report_price: str | None, market: str
) -> None:
    row = StockRow(
        2, values, report=None if report_price is None else {"price": report_price}
    )
    context = CheckContext.from_settings(Settings(marketplace=market))
    if plainly_valid(row, context):
        assert detailed_problems(row, context) == []


_number_texts = st.one_of(
    st.from_regex(r"\s?-?\d{0,4}([.,]\d{0,4})?\s?", fullmatch=True),
    st.sampled_from(["", "abc", "1E5", "1.249,00", "€18", ".", "-", "0,5", "-.5"]),
)


@given(text=_number_texts)
def test_canonical_numbers_equal_the_decimal_way(text: str) -> None:
    for parse, comma in ((parse_price, True), (parse_number, False)):
        amount = parse(text)
        expected = None if amount is None else number_text(amount)
        assert canonical_number(text, comma) == expected


@given(text=_number_texts, decimals=st.sampled_from([0, 2]))
def test_price_text_equals_the_decimal_way(text: str, decimals: int) -> None:
    amount = parse_price(text)
    expected = text if amount is None else format_price(amount, decimals)
    assert price_text(text, decimals) == expected
