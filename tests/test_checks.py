"""Every check of the problem-code table, row by row."""

from __future__ import annotations

import pytest

from addin.checks import check_rows
from addin.messages import CATALOGUES
from addin.problems import PROBLEM_KINDS, Problem, Severity
from addin.rules import UPLOAD_COLUMNS
from addin.settings import Settings
from addin.stockfile import StockRow

GOOD = {
    **dict.fromkeys(UPLOAD_COLUMNS, ""),
    "sku": "HM-BOL-01",
    "product-id": "B0AAAAAAA1",
    "product-id-type": "1",
    "price": "24.90",
    "item-condition": "11",
    "quantity": "3",
    "add-delete": "a",
}
FBA = {**GOOD, "quantity": "", "fulfillment-center-id": "AMAZON_EU"}


def codes(
    changes: dict[str, str],
    base: dict[str, str] = GOOD,
    report: dict[str, str] | None = None,
    **settings: object,
) -> list[tuple[str, str]]:
    row = StockRow(2, {**base, **changes}, line=2, report=report)
    found = check_rows([row], Settings(**settings))  # type: ignore[arg-type]
    return [(p.code, p.column) for p in found]


def test_a_good_row_has_no_problem() -> None:
    assert codes({}) == []
    assert codes({}, FBA) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        pytest.param({"sku": ""}, [("sku-missing", "sku")], id="sku-missing"),
        pytest.param({"sku": "   "}, [("sku-missing", "sku")], id="sku-blank"),
        pytest.param({"sku": "A" * 40}, [], id="sku-40-bytes"),
        pytest.param({"sku": "A" * 41}, [("sku-too-long", "sku")], id="sku-41-bytes"),
        pytest.param({"sku": "É" * 20}, [], id="sku-accents-40-bytes"),
        pytest.param(
            {"sku": "É" * 20 + "A"},
            [("sku-too-long", "sku")],
            id="sku-accents-41-bytes",
        ),
        pytest.param({"sku": " HM-1"}, [("sku-spaces", "sku")], id="sku-leading-space"),
        pytest.param(
            {"sku": "HM-1 "}, [("sku-spaces", "sku")], id="sku-trailing-space"
        ),
        pytest.param(
            {"product-id": ""}, [("asin-missing", "product-id")], id="asin-missing"
        ),
        pytest.param(
            {"product-id": "B0AAAAAA1"}, [("asin-invalid", "product-id")], id="asin-9"
        ),
        pytest.param(
            {"product-id": "b0aaaaaaa1"},
            [("asin-invalid", "product-id")],
            id="asin-lowercase",
        ),
        pytest.param(
            {"product-id": "9780306406157"},
            [("asin-invalid", "product-id")],
            id="isbn-as-asin",
        ),
        pytest.param(
            {"product-id": "036000291452", "product-id-type": "3"}, [], id="upc-ok"
        ),
        pytest.param(
            {"product-id": "36000291452", "product-id-type": "3"},
            [("gtin-check-digit", "product-id")],
            id="upc-lost-zero",
        ),
        pytest.param(
            {"product-id": "4006381333932", "product-id-type": "4"},
            [("gtin-check-digit", "product-id")],
            id="ean-check-digit",
        ),
        pytest.param(
            {"product-id": "4.00638E+12", "product-id-type": "4"},
            [("gtin-check-digit", "product-id")],
            id="ean-scientific",
        ),
        pytest.param(
            {"product-id": "B0AAAAAAA1", "product-id-type": "3"},
            [("gtin-check-digit", "product-id")],
            id="asin-as-upc",
        ),
        pytest.param(
            {"product-id-type": "5"},
            [("product-id-type-invalid", "product-id-type")],
            id="type-5",
        ),
        pytest.param(
            {"product-id-type": "1.0"},
            [("product-id-type-invalid", "product-id-type")],
            id="type-float",
        ),
        pytest.param({"price": ""}, [("price-missing", "price")], id="price-missing"),
        pytest.param(
            {"price": "€18,00"}, [("price-invalid", "price")], id="price-currency"
        ),
        pytest.param(
            {"price": "1.249,00"}, [("price-invalid", "price")], id="price-thousands-eu"
        ),
        pytest.param(
            {"price": "1,249.99"}, [("price-invalid", "price")], id="price-thousands-us"
        ),
        pytest.param({"price": "24,90"}, [], id="price-decimal-comma"),
        pytest.param(
            {"price": "0"}, [("price-not-positive", "price")], id="price-zero"
        ),
        pytest.param(
            {"price": "-3.00"}, [("price-not-positive", "price")], id="price-negative"
        ),
        pytest.param(
            {"price": "24.999"}, [("price-decimals", "price")], id="price-3-decimals"
        ),
        pytest.param({"price": "24.900"}, [], id="price-trailing-zero"),
        pytest.param(
            {"item-condition": "New"},
            [("condition-invalid", "item-condition")],
            id="condition-word",
        ),
        pytest.param(
            {"item-condition": "11.0"},
            [("condition-invalid", "item-condition")],
            id="condition-float",
        ),
        pytest.param(
            {"item-condition": "1"},
            [("condition-not-new", "item-condition")],
            id="condition-used",
        ),
        pytest.param(
            {"quantity": "5.0"}, [("quantity-invalid", "quantity")], id="quantity-float"
        ),
        pytest.param(
            {"quantity": "2.9999999999999996"},
            [("quantity-invalid", "quantity")],
            id="quantity-near-3",
        ),
        pytest.param(
            {"quantity": "-2"},
            [("quantity-invalid", "quantity")],
            id="quantity-negative",
        ),
        pytest.param(
            {"quantity": ""}, [("quantity-needed", "quantity")], id="quantity-blank"
        ),
        pytest.param(
            {"quantity": "0"}, [("quantity-needed", "quantity")], id="quantity-zero"
        ),
        pytest.param(
            {"fulfillment-center-id": "DEFAULT"}, [], id="default-is-seller-fulfilled"
        ),
        pytest.param(
            {"add-delete": "A"},
            [("add-delete-invalid", "add-delete")],
            id="add-delete-capital",
        ),
        pytest.param(
            {"add-delete": ""},
            [("add-delete-invalid", "add-delete")],
            id="add-delete-blank",
        ),
        pytest.param(
            {"add-delete": "d"}, [("add-delete-destructive", "add-delete")], id="delete"
        ),
        pytest.param(
            {"add-delete": "x"},
            [("add-delete-destructive", "add-delete")],
            id="delete-entirely",
        ),
        pytest.param(
            {"item-note": "ligne 1\nligne 2"},
            [("control-character", "item-note")],
            id="line-feed",
        ),
        pytest.param(
            {"fulfillment-center-id": "\r"},
            [
                ("quantity-on-fba", "quantity"),
                ("fulfillment-center-invalid", "fulfillment-center-id"),
                ("control-character", "fulfillment-center-id"),
            ],
            id="double-cr",
        ),
        pytest.param(
            {"item-note": "Köln ✓"}, [("not-encodable", "item-note")], id="not-cp1252"
        ),
        pytest.param({"item-note": "Köln – grösse"}, [], id="cp1252-holds-it"),
    ],
)
def test_each_code_of_the_table(
    changes: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert codes(changes) == expected


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        pytest.param(
            {"quantity": "4"}, [("quantity-on-fba", "quantity")], id="quantity-on-fba"
        ),
        pytest.param(
            {"quantity": "0"}, [("quantity-on-fba", "quantity")], id="zero-on-fba"
        ),
        pytest.param(
            {"fulfillment-center-id": "AMAZON_NA"},
            [("fulfillment-center-invalid", "fulfillment-center-id")],
            id="other-region",
        ),
        pytest.param(
            {"fulfillment-center-id": "AMAZON_XX"},
            [("fulfillment-center-invalid", "fulfillment-center-id")],
            id="unknown-code",
        ),
    ],
)
def test_fba_rows(changes: dict[str, str], expected: list[tuple[str, str]]) -> None:
    assert codes(changes, FBA) == expected


def test_canada_accepts_both_centres() -> None:
    for centre in ("AMAZON_NA", "AMAZON_CA"):
        assert codes({"fulfillment-center-id": centre}, FBA, marketplace="CA") == []


def test_delete_rows_need_only_a_sku_when_allowed() -> None:
    changes = {"add-delete": "d", "price": "", "quantity": "", "product-id": ""}
    assert codes(changes, allow_delete=True) == []


def test_japan_has_no_decimals_and_its_own_encoding() -> None:
    assert codes({"price": "2490"}, marketplace="JP") == []
    assert codes({"price": "2490.5"}, marketplace="JP") == [("price-decimals", "price")]
    assert codes({"price": "2490", "item-note": "手作り①"}, marketplace="JP") == []


def test_utf8_encoding_holds_any_character() -> None:
    assert codes({"item-note": "Köln ✓"}, encoding="utf-8") == []


def test_price_far_from_the_report_is_a_warning() -> None:
    report = {"price": "24.90", "status": ""}
    assert codes({"price": "249.00"}, report=report) == [
        ("price-far-from-report", "price")
    ]
    assert codes({"price": "30.00"}, report=report) == []
    assert codes({"price": "2.49"}, report=report) == [
        ("price-far-from-report", "price")
    ]


def test_active_listing_is_skipped_without_other_checks() -> None:
    report = {"status": "Active", "price": "24.90"}
    assert codes({"quantity": ""}, report=report) == [("already-active", "(row)")]


def test_duplicate_sku_flags_both_rows() -> None:
    rows = [
        StockRow(2, dict(GOOD), 2),
        StockRow(3, dict(GOOD), 3),
        StockRow(4, {**GOOD, "sku": "B"}, 4),
    ]
    found = check_rows(rows, Settings())
    assert [(p.code, p.row, p.params["rows"]) for p in found] == [
        ("sku-duplicate", 2, "2, 3"),
        ("sku-duplicate", 3, "2, 3"),
    ]


def test_rows_the_seller_excluded_are_not_checked() -> None:
    rows = [StockRow(2, {**GOOD, "price": ""}, 2, exported=False)]
    assert check_rows(rows, Settings()) == []


def test_misshapen_rows_get_no_further_checks() -> None:
    shape = Problem(2, "(row)", "row-shape", 2, {"found": 3, "expected": 13})
    rows = [StockRow(2, {**GOOD, "price": ""}, 2)]
    assert [p.code for p in check_rows(rows, Settings(), [shape])] == ["row-shape"]


def test_severities_follow_the_decisions_table() -> None:
    warnings = {c for c, k in PROBLEM_KINDS.items() if k.severity is Severity.WARNING}
    skips = {c for c, k in PROBLEM_KINDS.items() if k.severity is Severity.SKIP}
    assert warnings == {"sku-spaces", "price-far-from-report", "text-damaged"}
    assert skips == {"already-active"}
    assert len(PROBLEM_KINDS) == 28


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_problem_message_names_the_value(language: str) -> None:
    row = StockRow(7, {**GOOD, "price": "€18,00", "sku": " HM-ZZ-99"}, line=9)
    for found in check_rows([row], Settings()):
        assert f"problem.{found.code}" in CATALOGUES[language]
        message = found.message(language)
        assert str(found.params["value"]) in message


def written(
    changes: dict[str, str], written_in: str = "cp1252", **settings: object
) -> list[str]:
    """The codes for a row of a stock file that goes to Amazon as it is."""
    row = StockRow(2, {**GOOD, **changes}, line=2)
    chosen = Settings(**settings)  # type: ignore[arg-type]
    found = check_rows([row], chosen, written_in=written_in)
    return [p.code for p in found]


@pytest.mark.parametrize(
    ("changes", "settings", "expected"),
    [
        pytest.param({"price": "24,90"}, {}, ["price-invalid"], id="decimal-comma"),
        pytest.param({"price": "24.900"}, {}, ["price-decimals"], id="three-decimals"),
        pytest.param({"price": "24.9"}, {}, [], id="one-decimal"),
        pytest.param(
            {"price": "2490.00"}, {"marketplace": "JP"}, ["price-decimals"], id="yen"
        ),
        pytest.param({"sku": "1.23457E+11"}, {}, ["sku-retyped"], id="sku-scientific"),
    ],
)
def test_a_file_uploaded_as_it_is(
    changes: dict[str, str], settings: dict[str, str], expected: list[str]
) -> None:
    assert written(changes, **settings) == expected


def test_values_the_product_writes_itself_are_spelled_on_export() -> None:
    assert codes({"price": "24,90"}) == []
    assert codes({"price": "2490.00"}, marketplace="JP") == []
    assert codes({"sku": "1.23457E+11"}) == []


def test_a_file_in_another_encoding_than_the_marketplace_expects() -> None:
    assert written({"item-note": "Köln"}, written_in="utf-8") == ["not-encodable"]
    assert written({"item-note": "Köln"}, written_in="cp1252") == []
    assert written({"item-note": "plain"}, written_in="utf-8") == []
    row = StockRow(2, {**GOOD, "item-note": "Köln"}, line=2)
    (found,) = check_rows([row], Settings(), written_in="utf-8")
    assert "utf-8" in found.message("en")
    assert "cp1252" in found.message("en")


@pytest.mark.parametrize(
    ("code", "kind", "expected"),
    [
        pytest.param("036000291452", "4", ["gtin-check-digit"], id="upc-as-ean"),
        pytest.param("4006381333931", "3", ["gtin-check-digit"], id="ean-as-upc"),
        pytest.param("4006381333931", "4", [], id="ean-as-ean"),
        pytest.param("96385074", "4", [], id="ean-8"),
    ],
)
def test_the_code_length_names_its_type(
    code: str, kind: str, expected: list[str]
) -> None:
    found = codes({"product-id": code, "product-id-type": kind})
    assert [c for c, _ in found] == expected


@pytest.mark.parametrize("centre", ["", "DEFAULT", "default", "Default"])
def test_default_in_any_case_is_seller_fulfilled(centre: str) -> None:
    # As the rules read the report's channel, and as Excel compares text.
    assert codes({"fulfillment-center-id": centre}) == []
    assert codes({"fulfillment-center-id": centre, "quantity": ""}) == [
        ("quantity-needed", "quantity")
    ]
