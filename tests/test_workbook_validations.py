"""Excel's own feedback: every validation warns in the workbook's language."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from addin.messages import render
from addin.report import FIRST_DATA_ROW
from addin.workbook import layout
from addin.workbook.sheets import Interpreters, lay_out

TEMPLATE = Path(__file__).resolve().parents[1] / layout.TEMPLATE_NAME

#: The rule each validated stock column explains.
STOCK_RULES = (
    "sku",
    "product-id-type",
    "price",
    "item-condition",
    "quantity",
    "add-delete",
    "export",
)
#: The rule each validated setting explains.
SETTING_RULES = {
    layout.MARKETPLACE: "Marketplace",
    layout.DEFAULT_QUANTITY: "DefaultQuantity",
    layout.ALLOW_DELETE: "boolean",
    layout.HANDLING_TIME: "HandlingTime",
    layout.KEEP_OVERRIDES: "boolean",
    layout.LANGUAGE: "Language",
}


def expected_warnings(language: str) -> dict[tuple[str, str], str]:
    """The warning text of each validated range, by sheet and range."""
    keep = render("workbook.validation.keep", language)
    stock = layout.STOCK.title(language)
    warnings = {}
    for column in STOCK_RULES:
        letter = layout.stock_column(column)
        cells = f"{letter}{FIRST_DATA_ROW}:{letter}{layout.LAST_ROW}"
        text = render(f"workbook.validation.{column}", language)
        warnings[(stock, cells)] = f"{text} {keep}"
    settings = layout.SETTINGS.title(language)
    for cell, rule in SETTING_RULES.items():
        row = layout.NAMED_CELLS.index(cell) + FIRST_DATA_ROW
        text = render(f"workbook.validation.{rule}", language)
        warnings[(settings, f"B{row}")] = f"{text} {keep}"
    return warnings


def warnings_of(book: openpyxl.Workbook, language: str) -> dict[tuple[str, str], str]:
    """The warning of each validation, checking it is one a seller can pass."""
    found = {}
    for sheet in book.worksheets:
        for validation in sheet.data_validations.dataValidation:
            assert validation.showErrorMessage, (sheet.title, validation.sqref)
            assert validation.errorStyle == "warning"
            assert validation.errorTitle == render(
                "workbook.validation.title", language
            )
            # Excel refuses a title over 32 characters and a text over 255.
            assert len(validation.errorTitle) <= 32
            assert len(validation.error) <= 255
            found[(sheet.title, str(validation.sqref))] = validation.error
    return found


def test_the_template_warns_in_french() -> None:
    book = openpyxl.load_workbook(TEMPLATE, keep_vba=True)
    assert warnings_of(book, "fr") == expected_warnings("fr")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_layout_warns_in_its_language(language: str) -> None:
    book = lay_out(language, Interpreters())
    assert warnings_of(book, language) == expected_warnings(language)


@pytest.mark.parametrize("cell", [layout.ALLOW_DELETE, layout.KEEP_OVERRIDES])
def test_yes_no_settings_take_excels_booleans_not_english_words(
    cell: layout.NamedCell,
) -> None:
    book = lay_out("fr", Interpreters())
    sheet = book[layout.SETTINGS.title("fr")]
    row = layout.NAMED_CELLS.index(cell) + FIRST_DATA_ROW
    (validation,) = [
        v for v in sheet.data_validations.dataValidation if str(v.sqref) == f"B{row}"
    ]
    assert (validation.type, validation.formula1) == ("custom", f"ISLOGICAL(B{row})")
    assert isinstance(sheet[f"B{row}"].value, bool)
    assert "VRAI ou FAUX" in validation.error
