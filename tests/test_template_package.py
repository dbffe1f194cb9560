"""The seller's workbook changes only where the data goes: x14 validations and VBA.

The synthetic fixtures have neither an extension list nor a VBA project, so the
tests give a copy both, as a real .xlsm download may have them, and check that
every other part comes out byte for byte.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from addin.settings import Settings
from addin.template import read_template
from addin.templateexport import fill_template
from addin.worksheet import CellValue, Package, write_rows
from tests.test_template_offer import FBM, IT_FILE, checked, template_bytes

DATA_SHEET_PART = "xl/worksheets/sheet1.xml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
X14_VALIDATIONS = (
    b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    b'<x14:dataValidations count="1" '
    b'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    b'<x14:dataValidation type="list" allowBlank="1" showErrorMessage="1">'
    b"<x14:formula1><xm:f>'Dropdown Lists'!$C$4:$C$16</xm:f></x14:formula1>"
    b"<xm:sqref>H7:H5006</xm:sqref></x14:dataValidation></x14:dataValidations>"
    b"</ext></extLst>"
)
#: Not a real VBA project: its bytes only have to come out as they went in.
VBA_PROJECT = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8
VBA_TYPE = b"application/vnd.ms-office.vbaProject"
MACRO_WORKBOOK_TYPE = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
PLAIN_WORKBOOK_TYPE = (
    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
)
VBA_RELATIONSHIP = (
    b'<Relationship Type="http://schemas.microsoft.com/office/2006/relationships/'
    b'vbaProject" Target="vbaProject.bin" Id="rId90" />'
)


def macro_copy(data: bytes) -> bytes:
    """An .xlsm copy with an x14 list validation and a VBA project part."""
    source = zipfile.ZipFile(io.BytesIO(data))
    sheet = source.read(DATA_SHEET_PART).replace(
        b"</worksheet>", X14_VALIDATIONS + b"</worksheet>"
    )
    types = (
        source.read("[Content_Types].xml")
        .replace(PLAIN_WORKBOOK_TYPE, MACRO_WORKBOOK_TYPE)
        .replace(
            b"</Types>",
            b'<Default Extension="bin" ContentType="' + VBA_TYPE + b'" /></Types>',
        )
    )
    rels = source.read("xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>", VBA_RELATIONSHIP + b"</Relationships>"
    )
    replaced = {
        DATA_SHEET_PART: sheet,
        "[Content_Types].xml": types,
        "xl/_rels/workbook.xml.rels": rels,
    }
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as copy:
        for entry in source.infolist():
            copy.writestr(entry, replaced.get(entry.filename, source.read(entry)))
        copy.writestr("xl/vbaProject.bin", VBA_PROJECT)
    return output.getvalue()


def header_cells(data: bytes) -> list[list[str]]:
    """Rows 1-6 of the data sheet, every cell's XML as it is in the part."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(DATA_SHEET_PART))
    return [
        [etree.tostring(cell).decode() for cell in row]
        for row in root.iter(f"{{{MAIN}}}row")
        if int(row.get("r", "0")) <= 6
    ]


def test_macro_copy_keeps_every_other_part(shared: Path) -> None:
    settings = Settings(marketplace="IT", handling_time=2)
    original = macro_copy(template_bytes(shared, IT_FILE))
    template = read_template(original, "InventoryLoader_IT.xlsm", settings)

    _, data = fill_template(template, checked([FBM], settings), settings)

    old, new = zipfile.ZipFile(io.BytesIO(original)), zipfile.ZipFile(io.BytesIO(data))
    assert new.namelist() == old.namelist()
    assert "xl/vbaProject.bin" in new.namelist()
    for name in old.namelist():
        if name != DATA_SHEET_PART:
            assert new.read(name) == old.read(name), name
    assert [e.compress_type for e in new.infolist()] == [
        e.compress_type for e in old.infolist()
    ]
    assert template.suffix == ".xlsm"


def test_macro_copy_keeps_header_rows_and_x14_validation(shared: Path) -> None:
    settings = Settings(marketplace="IT")
    original = macro_copy(template_bytes(shared, IT_FILE))
    template = read_template(original, "InventoryLoader_IT.xlsm", settings)

    _, data = fill_template(template, checked([FBM], settings), settings)

    assert header_cells(data) == header_cells(original)
    assert len(header_cells(data)) == 6
    sheet = zipfile.ZipFile(io.BytesIO(data)).read(DATA_SHEET_PART).decode()
    assert "<x14:dataValidation " in sheet
    assert "<xm:sqref>H7:H5006</xm:sqref>" in sheet
    assert sheet.count("<dataValidation ") == 4
    assert '<dimension ref="A1:EJ7"/>' in sheet
    # openpyxl would warn and drop the x14 validation: read with the product's
    # own part reader instead.
    package = Package(data)
    assert package.cells(package.sheets[0], 7)[(7, 1)] == "TEST-FBM-0001"


SHEET = (
    f'<worksheet xmlns="{MAIN}"><dimension ref="A1:C2"/>'
    '<cols><col min="3" max="3" width="9" style="5"/></cols><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>sku</t></is></c></row>'
    '<row r="2" spans="1:3"><c r="A2" s="2"><v>1</v></c>'
    '<c r="B2" t="inlineStr"><is><t>old</t></is></c></row>'
    "</sheetData></worksheet>"
).encode()


def test_write_rows_exact_xml() -> None:
    rows = [
        {1: CellValue("000123"), 3: CellValue("24.90", numeric=True)},
        {2: CellValue(" x ")},
    ]

    written = write_rows(SHEET, 2, rows).decode()

    assert written == (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<worksheet xmlns="{MAIN}"><dimension ref="A1:C3"/>'
        '<cols><col min="3" max="3" width="9" style="5"/></cols><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>sku</t></is></c></row>'
        '<row r="2"><c r="A2" s="2" t="inlineStr"><is><t>000123</t></is></c>'
        '<c r="C2" s="5"><v>24.90</v></c></row>'
        '<row r="3"><c r="B3" t="inlineStr"><is><t xml:space="preserve"> x </t>'
        "</is></c></row>"
        "</sheetData></worksheet>"
    )
