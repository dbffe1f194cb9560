"""Both edges check a workbook template's values against no code page."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from addin.cli import main
from addin.workbook import layout
from tests.excelbooks import set_named
from tests.test_excel_processing import english_book, export

TEMPLATE = "offer-templates/offer_template_it_synthetic.xlsx"
# A SKU Windows-1252 cannot hold, which a workbook's Unicode XML can.
REPORT = (
    "seller-sku\tasin1\tprice\tquantity\tfulfillment-channel\r\n"
    "BOL-ŁÓDŹ\tB000000001\t10.00\t1\tDEFAULT\r\n"
).encode()


def first_sku(workbook: Path) -> object:
    return openpyxl.load_workbook(workbook)["Modello"]["A7"].value


def test_the_command_line_and_the_workbook_agree(shared: Path, tmp_path: Path) -> None:
    template = tmp_path / "InventoryLoader_IT.xlsx"
    shutil.copy(shared / "samples" / TEMPLATE, template)
    report = tmp_path / "r.txt"
    report.write_bytes(REPORT)
    argv = ["convert", str(report), "--marketplace", "IT", "--quiet",
            "--default-quantity", "1", "--template", str(template),
            "-o", str(tmp_path / "cli.xlsx")]  # fmt: skip
    assert main(argv) == 0

    book = english_book(tmp_path, REPORT, "IT")
    set_named(book, layout.TEMPLATE_PATH, template.name)
    export(book, tmp_path / "excel.txt", "yes")

    assert first_sku(tmp_path / "cli.xlsx") == "BOL-ŁÓDŹ"
    assert first_sku(tmp_path / "excel.xlsx") == "BOL-ŁÓDŹ"
