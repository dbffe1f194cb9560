"""The reactivation rules, one per stock-file column, evaluated and rendered."""

from __future__ import annotations

import pytest

from addin.rules import RULES, UPLOAD_COLUMNS, FormulaContext
from addin.settings import Settings

FBM = {
    "seller-sku": "HM-BOL-01",
    "asin1": "B0AAAAAAA1",
    "product-id": "B0AAAAAAA1",
    "product-id-type": "1",
    "price": "24.90",
    "quantity": "0",
    "fulfillment-channel": "DEFAULT",
}


def filled(record: dict[str, str], **settings: object) -> dict[str, str]:
    chosen = Settings(**settings)  # type: ignore[arg-type]
    return {rule.column: rule.evaluate(record, chosen) for rule in RULES}


def test_rules_cover_the_thirteen_upload_columns_in_order() -> None:
    assert tuple(rule.column for rule in RULES) == UPLOAD_COLUMNS
    assert len(UPLOAD_COLUMNS) == 13


def test_seller_fulfilled_row_with_default_quantity() -> None:
    assert filled(FBM, default_quantity=3) == {
        "sku": "HM-BOL-01",
        "product-id": "B0AAAAAAA1",
        "product-id-type": "1",
        "price": "24.9",
        "minimum-seller-allowed-price": "",
        "maximum-seller-allowed-price": "",
        "item-condition": "11",
        "quantity": "3",
        "add-delete": "a",
        "will-ship-internationally": "",
        "expedited-shipping": "",
        "item-note": "",
        "fulfillment-center-id": "",
    }


@pytest.mark.parametrize(
    ("changes", "settings", "column", "value"),
    [
        pytest.param(
            {"quantity": "5"},
            {"default_quantity": 3},
            "quantity",
            "5",
            id="report-quantity-wins",
        ),
        pytest.param({"quantity": "0"}, {}, "quantity", "", id="zero-no-default-blank"),
        pytest.param(
            {"quantity": ""},
            {"default_quantity": 2},
            "quantity",
            "2",
            id="blank-takes-default",
        ),
        pytest.param(
            {"quantity": "abc"},
            {"default_quantity": 2},
            "quantity",
            "abc",
            id="not-a-number-kept-for-the-checks",
        ),
        pytest.param(
            {"quantity": "-1"},
            {"default_quantity": 2},
            "quantity",
            "-1",
            id="negative-kept-for-the-checks",
        ),
        pytest.param(
            {"quantity": "0.0"},
            {"default_quantity": 2},
            "quantity",
            "2",
            id="zero-written-with-decimals",
        ),
        pytest.param(
            {"quantity": "4", "fulfillment-channel": "AMAZON_EU"},
            {"default_quantity": 2},
            "quantity",
            "",
            id="fba-quantity-blank",
        ),
        pytest.param(
            {"fulfillment-channel": "AMAZON_EU"},
            {},
            "fulfillment-center-id",
            "AMAZON_EU",
            id="fba-centre",
        ),
        pytest.param(
            {"fulfillment-channel": "default"},
            {},
            "fulfillment-center-id",
            "",
            id="default-any-case",
        ),
        pytest.param(
            {"fulfillment-channel": ""},
            {},
            "fulfillment-center-id",
            "",
            id="blank-channel",
        ),
        pytest.param(
            {"asin1": "", "product-id": "B0BBBBBBB2"},
            {},
            "product-id",
            "B0BBBBBBB2",
            id="empty-asin1-falls-back",
        ),
        pytest.param(
            {"asin1": "", "product-id": "2001234567893", "product-id-type": "4"},
            {},
            "product-id",
            "",
            id="ean-no-asin",
        ),
        pytest.param(
            {
                "asin1": "B0CCCCCCC3",
                "product-id": "2001234567893",
                "product-id-type": "4",
            },
            {},
            "product-id",
            "B0CCCCCCC3",
            id="asin1-over-ean",
        ),
        pytest.param({"price": "24,90"}, {}, "price", "24.9", id="decimal-comma"),
        pytest.param(
            {"price": "1.249,00"}, {}, "price", "1.249,00", id="unreadable-price-kept"
        ),
        pytest.param(
            {"seller-sku": " 00123 "}, {}, "sku", " 00123 ", id="sku-byte-for-byte"
        ),
    ],
)
def test_rule_values(
    changes: dict[str, str], settings: dict[str, object], column: str, value: str
) -> None:
    assert filled({**FBM, **changes}, **settings)[column] == value


def test_short_layout_without_asin1_column() -> None:
    record = {k: v for k, v in FBM.items() if k != "asin1"}
    assert filled(record)["product-id"] == "B0AAAAAAA1"


class Cells(FormulaContext):
    """Report cells as plain names, so a formula reads as its rule."""

    def report_cell(self, column: str) -> str:
        return f"R[{column}]"

    def setting(self, name: str) -> str:
        return f"S[{name}]"


def test_formulas_render_the_same_rules() -> None:
    formulas = {rule.column: rule.formula(Cells()) for rule in RULES}
    assert formulas["sku"] == '=R[seller-sku]&""'
    assert formulas["product-id-type"] == "=1"
    assert formulas["add-delete"] == '="a"'
    assert formulas["price"] == '=IF(R[price]="","",R[price])'
    assert formulas["product-id"] == (
        '=IF(R[asin1]&""<>"",R[asin1]&"",'
        'IF(R[product-id-type]&""="1",R[product-id]&"",""))'
    )
    assert formulas["quantity"] == (
        '=IF(OR(R[fulfillment-channel]&""="",R[fulfillment-channel]&""="DEFAULT"),'
        'IF(OR(R[quantity]="",R[quantity]=0),'
        'IF(S[default_quantity]="","",S[default_quantity]),'
        'IF(R[quantity]="","",R[quantity])),"")'
    )
    assert formulas["fulfillment-center-id"] == (
        '=IF(OR(R[fulfillment-channel]&""="",R[fulfillment-channel]&""="DEFAULT"),'
        '"",R[fulfillment-channel]&"")'
    )
    assert formulas["item-note"] == '=""'
