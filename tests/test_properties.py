"""Properties that must hold for any input: SKUs survive, the summary adds up."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from addin.conversion import convert
from addin.settings import Settings

HEADER = "item-name\tseller-sku\tprice\tquantity\tasin1\tfulfillment-channel"

# Any text a SKU can hold in a tab-delimited line, and that Windows-1252 can encode.
_sku_char = st.characters(
    codec="cp1252", blacklist_characters="\t\r\n\x00", blacklist_categories=("Cs",)
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
