"""What crosses between Python and a cell, as xlwings on Windows or a Mac sees it.

pyOpenVBA's in-memory Excel holds the cells and re-types what is written into
them as Excel does. This module adds the rules it does not model (EXCEL.md):
every number reads as a float, an error cell reads as None, a currency- or
accounting-formatted cell reads as a Decimal on Windows, ``_xlfn.`` prefixes
are dropped from formulas, a Decimal written formats its cell as currency.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from typing import Any

from pyopenvba.interpreter._values import (
    EMPTY,
    MISSING,
    VBACurrency,
    VBADate,
    VBAErrorValue,
)

#: The format Excel gives a cell when a Decimal (a COM Currency) is written.
CURRENCY_FORMAT = '#,##0.00 "€"'

# Excel reads a cell as Currency when its format shows a currency sign.
_CURRENCY_SIGN = re.compile(r"[$€£¥]|\[\$[^\]]")
_XLFN = re.compile(r"_xlfn\.", re.IGNORECASE)
_ERROR_TEXTS = {
    2000: "#NULL!",
    2007: "#DIV/0!",
    2015: "#VALUE!",
    2023: "#REF!",
    2029: "#NAME?",
    2036: "#NUM!",
    2042: "#N/A",
}
_CURRENCY_PLACES = Decimal("0.0001")


def is_currency_format(code: str) -> bool:
    """Whether Excel hands a number in a cell of this format as a COM Currency."""
    return _CURRENCY_SIGN.search(code) is not None


def to_cell(value: Any) -> object:
    """A Python value as COM passes it to Excel, or TypeError as COM refuses it."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return EMPTY
    if isinstance(value, bool | str):
        return value
    if isinstance(value, Decimal | int | float):
        # A Decimal crosses COM as a Currency: a number, and a currency format
        # on its cell, which the range writer sets.
        return float(value)
    if isinstance(value, dt.datetime | dt.date):
        return VBADate.from_datetime(value)
    raise TypeError(f"Objects of type {type(value).__name__} are not supported.")


def from_cell(
    value: object, number_format: str, *, windows: bool, err_to_str: bool
) -> Any:
    """A cell's value as xlwings reads it from COM (Windows) or AppleScript (Mac)."""
    if value is EMPTY or value is MISSING or value == "":
        return None
    if isinstance(value, VBAErrorValue):
        return _ERROR_TEXTS.get(value.number, "#VALUE!") if err_to_str else None
    if isinstance(value, VBADate):
        return value.to_datetime().replace(microsecond=0)
    if isinstance(value, bool | str):
        return value
    if isinstance(value, Decimal | int | float):
        return _number(value, number_format, windows)
    return value


def _number(value: Decimal | float, number_format: str, windows: bool) -> Any:
    currency = isinstance(value, VBACurrency) or is_currency_format(number_format)
    if currency and windows:
        return Decimal(value).quantize(_CURRENCY_PLACES)
    return float(value)


def spelled_formula(text: str) -> str:
    """A formula as Range.Formula hands it back: English names, no ``_xlfn.``."""
    return _XLFN.sub("", text)
