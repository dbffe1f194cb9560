"""Excel's values turned back into what the seller meant, per stock column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from addin.excel.values import stock_cell, stock_row, text_of
from tests.standin import Excel


@pytest.mark.parametrize(
    ("value", "text"),
    [
        pytest.param(None, "", id="empty"),
        pytest.param(5.0, "5", id="whole-float"),
        pytest.param(12.99, "12.99", id="price"),
        pytest.param(24.9, "24.9", id="shortest-repr"),
        pytest.param(0.1 + 0.2, "0.30000000000000004", id="float-sum-kept"),
        pytest.param(Decimal("12.9900"), "12.99", id="currency-decimal"),
        pytest.param(Decimal("5.0000"), "5", id="currency-whole"),
        pytest.param(-3.0, "-3", id="negative"),
        pytest.param(1e20, "100000000000000000000", id="large"),
        pytest.param("a", "a", id="text"),
        pytest.param(" a ", " a ", id="spaces-kept"),
        pytest.param(True, "TRUE", id="boolean"),
        pytest.param(dt.datetime(2024, 3, 1), "2024-03-01", id="date"),
        pytest.param(dt.datetime(2024, 3, 1, 9, 5), "2024-03-01 09:05:00", id="time"),
    ],
)
def test_text_of(value: object, text: str) -> None:
    assert text_of(value) == text


@pytest.mark.parametrize(
    ("value", "kind", "shown"),
    [
        pytest.param(123.0, "number", "123", id="leading-zeros-lost"),
        pytest.param(100000.0, "number", "100000", id="scientific"),
        pytest.param(dt.datetime(2024, 3, 1), "date", "2024-03-01", id="mar1"),
        pytest.param(Decimal("12.0000"), "number", "12", id="currency"),
    ],
)
@pytest.mark.parametrize("column", ["sku", "product-id"])
def test_a_retyped_identifier_is_a_problem(
    value: object, kind: str, shown: str, column: str
) -> None:
    cell = stock_cell(value, column, 7)
    assert cell.problem is not None
    assert (cell.problem.code, cell.problem.row, cell.problem.column) == (
        "sku-retyped",
        7,
        column,
    )
    assert cell.problem.params == {"hint": kind, "value": shown}
    assert shown in cell.problem.message("en")
    assert shown in cell.problem.message("fr")


def test_a_number_in_another_column_is_no_problem() -> None:
    assert stock_cell(5.0, "quantity", 2).problem is None
    assert stock_cell("00123", "sku", 2).problem is None
    assert stock_cell(None, "sku", 2).problem is None


def test_stock_row_collects_the_retyped_cells() -> None:
    texts, problems = stock_row(
        [123.0, "B0ABCDEFGH", 5.0], ["sku", "product-id", "quantity"], 4
    )
    assert texts == {"sku": "123", "product-id": "B0ABCDEFGH", "quantity": "5"}
    assert [(p.code, p.column) for p in problems] == [("sku-retyped", "sku")]


@given(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)
)
def test_a_float_text_reads_back_as_the_same_float(value: float) -> None:
    assert float(text_of(value)) == value


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        pytest.param("00123", True, id="leading-zeros"),
        pytest.param("MAR1", True, id="month-day"),
        pytest.param("1E5", True, id="scientific"),
        pytest.param("SKU-7", False, id="text"),
    ],
)
def test_a_sku_typed_in_the_stand_in(tmp_path: Path, typed: str, problem: bool) -> None:
    sheet = Excel().new_book(tmp_path / "relist.xlsm").sheets[0]
    sheet["A1"].value = typed
    cell = stock_cell(sheet["A1"].value, "sku", 2)
    assert (cell.problem is not None) is problem
