"""The main job end to end, and the summary that adds up."""

from __future__ import annotations

from addin.conversion import convert, summarize
from addin.settings import Settings

HEADER = "seller-sku\tprice\tquantity\tasin1\tfulfillment-channel\tstatus"


def report(*lines: str) -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode()


def test_summary_adds_up_with_every_fate() -> None:
    data = report(
        "OK-1\t10.00\t2\tB0AAAAAAA1\tDEFAULT\tInactive",
        "ERR-1\t\t2\tB0AAAAAAA2\tDEFAULT\tInactive",
        "ACT-1\t10.00\t2\tB0AAAAAAA3\tDEFAULT\tActive",
        " WARN-1\t10.00\t2\tB0AAAAAAA4\tDEFAULT\tInactive",
        "SHAPE-1\t10.00",
    )
    conversion = convert(data, Settings())
    summary = conversion.summary
    assert (summary.rows, summary.exported, summary.errors, summary.skipped) == (
        5,
        2,
        2,
        1,
    )
    assert summary.warnings == 1
    assert summary.adds_up()
    assert summary.reasons == {"already-active": 1, "price-missing": 1, "row-shape": 1}
    assert [r.sku for r in conversion.exportable] == ["OK-1", " WARN-1"]


def test_excluded_rows_count_apart() -> None:
    conversion = convert(report("OK-1\t10.00\t2\tB0AAAAAAA1\tDEFAULT\t"), Settings())
    conversion.stock.rows[0].exported = False
    summary = summarize(conversion.stock.rows, [])
    assert (summary.excluded, summary.exported) == (1, 0)
    assert summary.adds_up()


def test_upload_holds_only_exportable_rows() -> None:
    data = report(
        "OK-1\t10.00\t2\tB0AAAAAAA1\tDEFAULT\t",
        "ERR-1\t0\t2\tB0AAAAAAA2\tDEFAULT\t",
    )
    upload = convert(data, Settings()).upload_bytes(Settings())
    lines = upload.decode("cp1252").split("\r\n")
    assert [line.split("\t")[0] for line in lines[1:-1]] == ["OK-1"]
