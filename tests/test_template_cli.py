"""``handmade-relist convert --template``: exit codes, output name and summary."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from addin.cli import main
from tests.test_template_classic import text_template

REPORT = "inactive_listings_report_en-headers_utf-8.txt"
IT_FILE = "offer_template_it_synthetic.xlsx"


@pytest.fixture
def report(shared: Path, tmp_path: Path) -> Path:
    """A copy of the sample report in a fresh folder."""
    copy = tmp_path / REPORT
    shutil.copy(shared / "samples" / REPORT, copy)
    return copy


@pytest.fixture
def it_template(shared: Path, tmp_path: Path) -> Path:
    """A copy of the IT offer template, named as the seller's download."""
    copy = tmp_path / "InventoryLoader_IT.xlsx"
    shutil.copy(shared / "samples" / "offer-templates" / IT_FILE, copy)
    return copy


def outputs(folder: Path) -> list[str]:
    """The files convert wrote into the report's folder."""
    return sorted(p.name for p in folder.glob("InventoryLoader_*_*"))


def test_convert_into_offer_template(
    report: Path, it_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["convert", str(report), "--marketplace", "IT", "--language", "en",
            "--template", str(it_template), "--default-quantity", "1",
            "--handling-time", "2"]  # fmt: skip

    code = main(argv)

    printed = capsys.readouterr().out
    assert code == 0
    assert "7 rows = 7 exported + 0 kept out by an error" in printed
    written = [n for n in outputs(report.parent) if n.endswith(".xlsx")]
    assert len(written) == 1
    assert written[0].startswith("InventoryLoader_IT_")
    sheet = openpyxl.load_workbook(report.parent / written[0])["Modello"]
    assert sheet["A7"].value == "HM-BOL-CER-001"
    assert sheet["E7"].value == "B0HMTEST01"
    assert (sheet["AM7"].value, sheet["AM7"].data_type) == (24.9, "n")
    assert sheet["AJ7"].value == 2
    assert sheet["A14"].value is None


def test_template_of_other_marketplace_exits_2(
    report: Path, it_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["convert", str(report), "--template", str(it_template)])

    captured = capsys.readouterr()
    assert code == 2
    assert "IT" in captured.err
    assert "--marketplace IT" in captured.err
    assert outputs(report.parent) == []


def test_template_of_unknown_layout_exits_2(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unknown = tmp_path / "notes.txt"
    unknown.write_text("a\tb\r\n", encoding="utf-8")

    code = main(
        ["convert", str(report), "--language", "en", "--template", str(unknown)]
    )

    assert code == 2
    assert "is not a template this product knows" in capsys.readouterr().err
    assert outputs(report.parent) == []


def test_handling_time_without_template_exits_2(
    report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["convert", str(report), "--handling-time", "2"])

    assert code == 2
    assert "--template" in capsys.readouterr().err


def test_value_missing_from_template_exits_1(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A classic template without fulfillment-center-id cannot carry the two FBA rows.
    fields = ["sku", "product-id", "product-id-type", "price", "item-condition",
              "quantity", "add-delete"]  # fmt: skip
    template = tmp_path / "Flat.File.txt"
    template.write_bytes(text_template([fields]))
    argv = ["convert", str(report), "--language", "en", "--default-quantity", "1",
            "--template", str(template)]  # fmt: skip

    code = main(argv)

    printed = capsys.readouterr().out
    assert code == 1
    assert "template-value-missing" in printed
    assert '"AMAZON_EU" in the column fulfillment-center-id' in printed
    assert "Reasons: template-value-missing 2." in printed
    assert outputs(report.parent) == []

    assert main([*argv, "--skip-invalid"]) == 1
    written = outputs(report.parent)
    assert [n for n in written if n.endswith(".txt")] != []


def test_a_workbook_template_holds_any_character(
    report: Path, it_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A SKU Windows-1252 cannot hold: fine in a workbook, whose XML is Unicode.
    text = report.read_text(encoding="utf-8").replace("HM-BOL-CER-001", "HM-BOL-ł-001")
    report.write_text(text, encoding="utf-8")
    argv = ["convert", str(report), "--marketplace", "IT", "--language", "en",
            "--template", str(it_template), "--default-quantity", "1"]  # fmt: skip

    assert main(argv) == 0

    printed = capsys.readouterr().out
    assert "a filled copy of your template" in printed
    assert "cp1252" not in printed
    (written,) = [n for n in outputs(report.parent) if n.endswith(".xlsx")]
    sheet = openpyxl.load_workbook(report.parent / written)["Modello"]
    assert sheet["A7"].value == "HM-BOL-ł-001"
