"""The ribbon's handlers on the stand-in book: each button, and a seller's work.

The end-to-end tests walk through each sample report as a seller would in
Excel, and hold the file the export writes to what ``handmade-relist convert``
writes for a report that carries the same edits.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import addin.excel as excel_edge
from addin.conversion import convert
from addin.report import canonical_column, read_report
from addin.settings import Settings
from addin.workbook import layout
from addin.workbook.sources import __file__ as sources_init
from tests.excelbooks import relist_book, set_named
from tests.standin import Book, Excel

SOURCES = Path(sources_init).parent
SAMPLES = (
    "inactive_listings_report_en-headers_utf-8.txt",
    "inactive_listings_report_en-headers_windows-1252.txt",
    "inactive_listings_report_fr-localized-headers_utf-8.txt",
    "inactive_listings_report_fr-localized-headers_windows-1252.txt",
    "all_listings_report_fr-short-layout_en-headers_windows-1252.txt",
)
SETTINGS = Settings(default_quantity=1)
CUSTOM_UI = "{http://schemas.microsoft.com/office/2009/07/customui}"


def ribbon_controls() -> set[str]:
    """The ids of the ribbon's buttons, from the workbook's customUI source."""
    tree = etree.parse(str(SOURCES / "customUI14.xml"))
    return {button.get("id") for button in tree.iter(f"{CUSTOM_UI}button")}


def test_every_control_has_a_handler_and_every_handler_a_control() -> None:
    assert ribbon_controls() == set(excel_edge.HANDLERS)
    assert set(layout.RIBBON_BUTTONS) == set(excel_edge.HANDLERS)


# --- a report edited as the seller edits the stock sheet ----------------------


class ReportText:
    """A report's lines as bytes, edited field by field, others kept byte for byte."""

    def __init__(self, data: bytes) -> None:
        report = read_report(data, "cp1252", "sample")
        self.encoding = report.encoding
        self.lines = data.split(b"\n")
        header = self.lines[0].decode(self.encoding).split("\t")
        self.columns = {canonical_column(name): i for i, name in enumerate(header)}

    def set(self, position: int, column: str, value: str) -> None:
        """Give the report row at ``position`` (0 is the first) a new value."""
        fields = self.lines[position + 1].split(b"\t")
        fields[self.columns[column]] = value.encode(self.encoding)
        self.lines[position + 1] = b"\t".join(fields)

    def get(self, position: int, column: str) -> str:
        """A report cell as text."""
        fields = self.lines[position + 1].split(b"\t")
        return fields[self.columns[column]].decode(self.encoding)

    def drop(self, position: int) -> None:
        """Leave a report row out."""
        del self.lines[position + 1]

    @property
    def rows(self) -> int:
        """The data rows."""
        return len([line for line in self.lines[1:] if line.strip()])

    def data(self) -> bytes:
        """The report's bytes."""
        return b"\n".join(self.lines)


def converted(report: ReportText) -> bytes:
    """What handmade-relist convert writes for the report, valid rows only."""
    return convert(report.data(), SETTINGS, "edited").upload_bytes(SETTINGS)


def seller_fulfilled(report: ReportText, positions: range) -> int:
    """The first report row in ``positions`` that the seller ships."""
    for position in positions:
        if report.get(position, "fulfillment-channel") in ("", "DEFAULT"):
            return position
    raise AssertionError("no seller-fulfilled row")


def click(book: Book, control: str, path: Path | None = None) -> str:
    """Click a ribbon button (after the dialog chose ``path``); the last alert."""
    if path is not None:
        set_named(book, layout.SELECTED_PATH, str(path))
    excel = book.excel
    shown = len(excel.alerts)
    excel_edge.dispatch(control, book)
    assert len(excel.alerts) > shown, f"{control} said nothing"
    return excel.alerts[-1].prompt


def fr(count: int, word: str) -> str:
    """A count and its French word, singular for 0 and 1 as French writes it."""
    return f"{count} {word if count < 2 else word + 's'}"


@pytest.mark.parametrize("sample", SAMPLES)
def test_a_sellers_work_on_each_sample(
    shared: Path, tmp_path: Path, sample: str
) -> None:
    source = shared / "samples" / sample
    excel = Excel()
    book = relist_book(excel, tmp_path)
    set_named(book, layout.DEFAULT_QUANTITY, 1)
    stock = book.sheets[layout.STOCK.title("fr")]

    assert click(book, "btnImportReport", source).startswith("Rapport importé")
    assert click(book, "btnFill").startswith("Fichier de stock rempli")

    # The seller's edits, and the same edits made to the report itself.
    expected = ReportText(source.read_bytes())
    stock["D2"].value = 19.5
    expected.set(0, "price", "19.50")
    quantity_at = seller_fulfilled(expected, range(1, 3))
    stock[f"H{quantity_at + 2}"].value = 3
    expected.set(quantity_at, "quantity", "3")
    stock["A5"].value = "HM-RETAPE-1"
    expected.set(3, "seller-sku", "HM-RETAPE-1")
    stock["A6"].value = "00123"  # Excel keeps the number 123: an error row
    retyped_sku = expected.get(4, "seller-sku")

    expected_first = ReportText(expected.data())
    expected_first.drop(4)
    cli = convert(expected_first.data(), SETTINGS, "edited").summary
    check = click(book, "btnCheck")
    assert f"{cli.errors + 1} en erreur + {fr(cli.skipped, 'ignorée')}" in check
    problems = book.sheets[layout.PROBLEMS.title("fr")]
    codes = [line[:3] for line in problems["A2:C40"].value if line[0]]
    assert [6.0, "sku", "sku-retyped"] in codes
    assert stock["R6"].value == layout.FLAG_ERROR
    assert "nombre (123)" in str(stock["P6"].value)

    first = tmp_path / "first.txt"
    excel.answers.append("yes")  # export only the valid rows
    summary = click(book, "btnExport", first)
    assert first.read_bytes() == converted(expected_first)
    assert (
        f"{fr(cli.rows + 1, 'ligne')} = {fr(cli.exported, 'exportée')} + "
        f"{fr(cli.errors + 1, 'écartée')} par une erreur + "
        f"{fr(cli.skipped, 'ignorée')} + 0 exclue"
    ) in summary

    # A newer report: its last row gone, a price changed by Amazon's side.
    newer = ReportText(source.read_bytes())
    gone_sku = newer.get(newer.rows - 1, "seller-sku")
    newer.drop(newer.rows - 1)
    newer.set(5, "price", "31.00")
    newer_path = tmp_path / "newer.txt"
    newer_path.write_bytes(newer.data())
    imported = click(book, "btnImportReport", newer_path)
    assert "4 lignes ont gardé vos corrections" in imported
    assert gone_sku in imported

    second = tmp_path / "second.txt"
    excel.answers.append("yes")
    click(book, "btnExport", second)
    expected_second = ReportText(newer.data())
    expected_second.set(0, "price", "19.50")
    expected_second.set(quantity_at, "quantity", "3")
    expected_second.set(3, "seller-sku", "HM-RETAPE-1")
    expected_second.drop(4)
    assert second.read_bytes() == converted(expected_second)
    assert retyped_sku not in second.read_text(encoding="cp1252")

    log = book.sheets[layout.EXPORT_LOG.title("fr")]
    records = [line for line in log["A2:D40"].value if line[0]]
    second_cli = convert(expected_second.data(), SETTINGS, "edited").summary
    assert [line[0] for line in records] == [str(first)] * cli.exported + [
        str(second)
    ] * second_cli.exported
    assert records[0][2:] == [1.0, expected_first.get(0, "seller-sku")]
