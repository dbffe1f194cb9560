"""Filling Amazon's unified offer template (IT and DE synthetic fixtures)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from lxml import etree

from addin.conversion import Checked, check_stock
from addin.errors import HeaderError, UnreadableFileError, UsageError
from addin.rules import UPLOAD_COLUMNS
from addin.settings import Settings
from addin.stockfile import StockFile, StockRow
from addin.template import Layout, Template, join_settings, read_template
from addin.templateexport import fill_template
from addin.worksheet import Package

IT_FILE = "offer_template_it_synthetic.xlsx"
DE_FILE = "offer_template_de_synthetic.xlsx"
DATA_SHEET = {IT_FILE: "Modello", DE_FILE: "Vorlage"}
HEADER_ROWS = 6


def template_bytes(shared: Path, name: str) -> bytes:
    """A fixture's bytes; the shared folder is never written to."""
    return (shared / "samples" / "offer-templates" / name).read_bytes()


def stock_row(row: int, **values: str) -> StockRow:
    """A stock-file row as the reactivation rules fill it, with overrides."""
    cells = dict.fromkeys(UPLOAD_COLUMNS, "")
    cells.update({"product-id-type": "1", "item-condition": "11", "add-delete": "a"})
    cells.update({key.replace("_", "-"): value for key, value in values.items()})
    return StockRow(row, cells, line=row)


FBM = stock_row(2, sku="TEST-FBM-0001", product_id="B0TEST0002", price="24.90",
                quantity="3")  # fmt: skip
FBA = stock_row(3, sku="000123", product_id="B0TEST0001", price="39.00",
                fulfillment_center_id="AMAZON_EU")  # fmt: skip
DATE_SKU = stock_row(4, sku="2024-03-01", product_id="B0TEST0003", price="12",
                     quantity="1")  # fmt: skip


def checked(rows: list[StockRow], settings: Settings) -> Checked:
    """The rows with every check of the text export run on them."""
    return check_stock(StockFile(list(UPLOAD_COLUMNS), rows), settings)


def filled(
    shared: Path, name: str, settings: Settings, rows: list[StockRow]
) -> tuple[Template, Checked, bytes]:
    """A fixture recognised and filled with the rows."""
    template = read_template(template_bytes(shared, name), name, settings)
    result, data = fill_template(template, checked(rows, settings), settings)
    return template, result, data


def cells_of(data: bytes, sheet: str, first: int, last: int) -> dict[str, object]:
    """Every non-empty cell of rows first..last: value and openpyxl data type."""
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    found: dict[str, object] = {}
    for row in workbook[sheet].iter_rows(min_row=first, max_row=last):
        for cell in row:
            if cell.value is not None:
                found[cell.coordinate] = (cell.value, cell.data_type)
    return found


IT = Settings(marketplace="IT", handling_time=2)
DE = Settings(marketplace="DE", handling_time=2)


def test_it_template_is_recognised(shared: Path) -> None:
    template = read_template(template_bytes(shared, IT_FILE), IT_FILE, IT)

    assert template.layout is Layout.OFFER
    assert template.data_row == 7
    assert template.sheet is not None
    assert template.sheet.name == "Modello"
    assert len(template.columns) == 140
    assert template.columns["merchant_suggested_asin#1.value"] == 5
    assert template.settings["contentLanguageTag"] == "it_IT"
    assert len(template.lists["condition_type#1.value"]) == 13


def test_settings_are_joined_across_cells_before_parsing(shared: Path) -> None:
    package = Package(template_bytes(shared, DE_FILE))
    first_row = package.cells(package.sheets[0], 1)

    joined = join_settings(first_row)

    assert not joined.startswith("settings=")
    assert "settings2=" not in joined
    assert "settings3=" not in joined
    assert "primaryMarketplaceId=amzn1.mp.o.A1PA6795UKMFR9" in joined
    assert len(joined) == sum(len(t.partition("=")[2]) for t in first_row.values())


def test_it_fbm_and_fba_offers(shared: Path) -> None:
    _, result, data = filled(shared, IT_FILE, IT, [FBM, FBA])

    assert result.summary.exported == 2
    assert result.problems == []
    assert cells_of(data, "Modello", 7, 9) == {
        "A7": ("TEST-FBM-0001", "s"),
        "B7": ("Crea o modifica", "s"),
        "E7": ("B0TEST0002", "s"),
        "I7": ("Nuovo", "s"),
        "AH7": ("Gestito dal venditore (default)", "s"),
        "AI7": (3, "n"),
        "AJ7": (2, "n"),
        "AM7": (24.9, "n"),
        "A8": ("000123", "s"),
        "B8": ("Crea o modifica", "s"),
        "E8": ("B0TEST0001", "s"),
        "I8": ("Nuovo", "s"),
        "AH8": ("Logistica di Amazon (UE)", "s"),
        "AM8": (39, "n"),
    }


def test_de_offers_found_by_attribute_name_not_position(shared: Path) -> None:
    # The DE fixture puts condition, channel and price in F, G and J, not in the
    # IT columns; its channel list starts with FBA.
    _, result, data = filled(shared, DE_FILE, DE, [FBM, FBA])

    assert result.summary.exported == 2
    assert cells_of(data, "Vorlage", 7, 8) == {
        "A7": ("TEST-FBM-0001", "s"),
        "B7": ("Erstellen oder Bearbeiten", "s"),
        "E7": ("B0TEST0002", "s"),
        "F7": ("Neu", "s"),
        "G7": ("Versand durch Händler (Standard)", "s"),
        "H7": (3, "n"),
        "I7": (2, "n"),
        "J7": (24.9, "n"),
        "A8": ("000123", "s"),
        "B8": ("Erstellen oder Bearbeiten", "s"),
        "E8": ("B0TEST0001", "s"),
        "F8": ("Neu", "s"),
        "G8": ("Versand durch Amazon (EU)", "s"),
        "J8": (39, "n"),
    }


@pytest.mark.parametrize(
    "sku",
    ["2024-03-01", "000123", "1E5", "00012345678905", " spaced "],
    ids=["date", "leading-zeros", "scientific", "gtin-like", "spaces"],
)
def test_sku_stays_text_byte_for_byte(shared: Path, sku: str) -> None:
    row = stock_row(2, sku=sku, product_id="B0TEST0003", price="12", quantity="1")
    _, _, data = filled(shared, IT_FILE, IT, [row])

    assert cells_of(data, "Modello", 7, 7)["A7"] == (sku, "s")


def test_ean_offer_uses_the_id_columns_as_text(shared: Path) -> None:
    row = stock_row(
        2, sku="EAN-1", product_id="0012345678905", product_id_type="4",
        price="10", quantity="2",
    )  # fmt: skip
    _, result, data = filled(shared, IT_FILE, IT, [row])

    found = cells_of(data, "Modello", 7, 7)
    assert result.problems == []
    assert found["C7"] == ("EAN", "s")
    assert found["D7"] == ("0012345678905", "s")
    assert "E7" not in found


def test_header_rows_and_other_sheets_unchanged(shared: Path) -> None:
    original = template_bytes(shared, IT_FILE)
    _, _, data = filled(shared, IT_FILE, IT, [FBM, DATE_SKU])

    before = cells_of(original, "Modello", 1, HEADER_ROWS)
    assert cells_of(data, "Modello", 1, HEADER_ROWS) == before
    assert len(before) == 3 + 1 + 7 + 3 * 140
    old, new = zipfile.ZipFile(io.BytesIO(original)), zipfile.ZipFile(io.BytesIO(data))
    assert old.namelist() == new.namelist()
    for name in old.namelist():
        if name != "xl/worksheets/sheet1.xml":
            assert new.read(name) == old.read(name), name


def test_validations_and_outline_survive(shared: Path) -> None:
    original = openpyxl.load_workbook(io.BytesIO(template_bytes(shared, IT_FILE)))
    _, _, data = filled(shared, IT_FILE, IT, [FBM])
    after = openpyxl.load_workbook(io.BytesIO(data))

    def validations(book: openpyxl.Workbook) -> list[tuple[str, str]]:
        rules = book["Modello"].data_validations.dataValidation
        return [(str(v.sqref), str(v.formula1)) for v in rules]

    assert validations(after) == validations(original)
    assert len(validations(after)) == 4
    hidden = [k for k, d in after["Modello"].column_dimensions.items() if d.hidden]
    assert hidden == [
        k for k, d in original["Modello"].column_dimensions.items() if d.hidden
    ]


def test_value_missing_from_the_vocabulary_keeps_the_row_out(shared: Path) -> None:
    # The DE fixture's id-type list has EAN only: a UPC offer has no label.
    upc = stock_row(
        3, sku="UPC-1", product_id="036000291452", product_id_type="3",
        price="10", quantity="2",
    )  # fmt: skip
    _, result, data = filled(shared, DE_FILE, DE, [FBM, upc])

    assert [(p.row, p.code, p.column) for p in result.problems] == [
        (3, "template-value-missing", "C externally_assigned_product_identifier#1.type")
    ]
    assert "upc" in result.problems[0].message("en")
    assert result.summary.errors == 1
    assert result.summary.exported == 1
    assert result.summary.reasons == {"template-value-missing": 1}
    assert "A8" not in cells_of(data, "Vorlage", 7, 8)


def test_label_comes_from_the_alias_table_not_the_list_order(shared: Path) -> None:
    template = read_template(template_bytes(shared, DE_FILE), DE_FILE, DE)
    channel = "fulfillment_availability#1.fulfillment_channel_code"

    assert template.lists[channel][0] == "Versand durch Amazon (EU)"
    assert template.label(channel, "DEFAULT") == "Versand durch Händler (Standard)"
    assert template.label(channel, "AMAZON_NA") is None


def test_rows_with_check_errors_stay_out(shared: Path) -> None:
    no_quantity = stock_row(3, sku="EMPTY-QTY", product_id="B0TEST0004", price="5")
    _, result, data = filled(shared, IT_FILE, IT, [FBM, no_quantity])

    assert [p.code for p in result.problems] == ["quantity-needed"]
    assert set(cells_of(data, "Modello", 8, 8)) == set()


def test_handling_time_left_blank_by_default(shared: Path) -> None:
    settings = Settings(marketplace="IT")
    _, _, data = filled(shared, IT_FILE, settings, [FBM])

    assert "AJ7" not in cells_of(data, "Modello", 7, 7)


def test_other_marketplace_is_refused(shared: Path) -> None:
    with pytest.raises(UsageError) as raised:
        read_template(template_bytes(shared, DE_FILE), DE_FILE, IT)

    assert raised.value.code == "template-other-marketplace"
    assert raised.value.params["found"] == "DE"
    assert "--marketplace DE" in raised.value.message("en")


def without_part(data: bytes, prefix: str, **replaced: bytes) -> bytes:
    """A copy of a workbook without the parts whose names start with prefix."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as copy:
        for entry in source.infolist():
            if not entry.filename.startswith(prefix):
                copy.writestr(entry, replaced.get(entry.filename, source.read(entry)))
    return output.getvalue()


def test_template_without_its_dropdown_lists_is_refused(shared: Path) -> None:
    data = template_bytes(shared, IT_FILE)
    workbook = zipfile.ZipFile(io.BytesIO(data)).read("xl/workbook.xml")
    workbook = workbook.replace(
        b'<sheet name="Dropdown Lists" sheetId="2" state="visible" r:id="rId2" />', b""
    )
    broken = without_part(
        data, "xl/worksheets/sheet2.xml", **{"xl/workbook.xml": workbook}
    )

    with pytest.raises(UnreadableFileError) as raised:
        read_template(broken, IT_FILE, IT)
    assert raised.value.code == "template-lists-missing"


def test_template_without_handling_time_column_is_refused(shared: Path) -> None:
    template = read_template(template_bytes(shared, IT_FILE), IT_FILE, IT)
    del template.columns["fulfillment_availability#1.lead_time_to_ship_max_days"]

    with pytest.raises(HeaderError) as raised:
        fill_template(template, checked([FBM], IT), IT)
    assert raised.value.code == "template-column-missing"


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
SHARED_STRINGS_RELATIONSHIP = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
)


def with_shared_strings(data: bytes) -> bytes:
    """A copy whose worksheets hold shared strings, as Excel saves them."""
    source = zipfile.ZipFile(io.BytesIO(data))
    strings: list[str] = []
    replaced: dict[str, bytes] = {}
    for name in source.namelist():
        if name.startswith("xl/worksheets/"):
            root = etree.fromstring(source.read(name))
            for cell in root.iter(f"{{{MAIN}}}c"):
                if cell.get("t") == "inlineStr":
                    text = "".join(cell.itertext())
                    for child in list(cell):
                        cell.remove(child)
                    cell.set("t", "s")
                    etree.SubElement(cell, f"{{{MAIN}}}v").text = str(len(strings))
                    strings.append(text)
            replaced[name] = etree.tostring(root)
    table = etree.Element(f"{{{MAIN}}}sst", nsmap={None: MAIN})
    for text in strings:
        etree.SubElement(
            etree.SubElement(table, f"{{{MAIN}}}si"), f"{{{MAIN}}}t"
        ).text = text
    types = source.read("[Content_Types].xml").replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="'
        + SHARED_STRINGS_TYPE.encode()
        + b'" /></Types>',
    )
    rels = source.read("xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Type="'
        + SHARED_STRINGS_RELATIONSHIP.encode()
        + b'" Target="sharedStrings.xml" Id="rId99" /></Relationships>',
    )
    replaced["[Content_Types].xml"] = types
    replaced["xl/_rels/workbook.xml.rels"] = rels
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as copy:
        for entry in source.infolist():
            copy.writestr(entry, replaced.get(entry.filename, source.read(entry)))
        copy.writestr("xl/sharedStrings.xml", etree.tostring(table))
    return output.getvalue()


def test_shared_strings_template_is_read_and_kept(shared: Path) -> None:
    data = with_shared_strings(template_bytes(shared, DE_FILE))
    assert b"<is>" not in zipfile.ZipFile(io.BytesIO(data)).read(
        "xl/worksheets/sheet1.xml"
    )

    template = read_template(data, "shared.xlsx", DE)
    _, out = fill_template(template, checked([FBM], DE), DE)

    assert cells_of(out, "Vorlage", 1, 5) == cells_of(data, "Vorlage", 1, 5)
    assert cells_of(out, "Vorlage", 7, 7)["G7"] == (
        "Versand durch Händler (Standard)",
        "s",
    )
    package = zipfile.ZipFile(io.BytesIO(out))
    assert package.read("xl/sharedStrings.xml") == zipfile.ZipFile(
        io.BytesIO(data)
    ).read("xl/sharedStrings.xml")
