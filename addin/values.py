"""The value formats of the flat files: prices, quantities and product codes.

Shared by the rules (which read the report), the checks (which judge the stock
file) and the upload writer (which spells the values as Amazon wants them).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Amazon reads ASCII digits only: other scripts' digits are not a price.
_DOT_PRICE = re.compile(r"-?\d+(\.\d+)?|-?\.\d+", re.ASCII)
_COMMA_PRICE = re.compile(r"-?\d+,\d{1,2}", re.ASCII)
_WHOLE = re.compile(r"-?\d+", re.ASCII)
_ASIN = re.compile(r"[A-Z0-9]{10}")
_DIGITS = re.compile(r"\d+", re.ASCII)
_SCIENTIFIC = re.compile(r"\d[.,]\d+E\+?\d+", re.IGNORECASE)

GTIN_LENGTHS = (8, 12, 13, 14)


def parse_price(text: str) -> Decimal | None:
    """Read a price as the design decides, or None when it is not a price.

    A dot is a decimal point (``24.90``); with no dot, one comma followed by one
    or two digits is a decimal comma (``24,90``). Anything else (a thousands
    separator, a currency sign, ``1.249,00``) is refused rather than guessed.
    """
    text = text.strip()
    if _DOT_PRICE.fullmatch(text):
        return Decimal(text)
    if _COMMA_PRICE.fullmatch(text):
        return Decimal(text.replace(",", "."))
    return None


def decimals_of(amount: Decimal) -> int:
    """How many decimals a price is written with (``24.90`` has 2, ``24.9`` 1)."""
    exponent = amount.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def significant_decimals(amount: Decimal) -> int:
    """How many decimals a price needs (``24.90`` needs 1, ``24.999`` 3)."""
    return decimals_of(amount.normalize()) if amount else 0


def format_price(amount: Decimal, decimals: int) -> str:
    """A price with a dot and exactly the currency's decimals: ``24.90``, ``2490``."""
    return f"{amount:.{decimals}f}"


def parse_whole_number(text: str) -> int | None:
    """A quantity written as a whole number (``5``), or None (``5.0``, ``2,5``)."""
    text = text.strip()
    return int(text) if _WHOLE.fullmatch(text) else None


def parse_number(text: str) -> Decimal | None:
    """Any plain decimal number with a dot, or None."""
    text = text.strip()
    if not _DOT_PRICE.fullmatch(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None


def canonical_number(text: str, decimal_comma: bool) -> str | None:
    """The text :func:`number_text` gives for a parsed number, without Decimal.

    ``decimal_comma`` reads ``24,90`` as :func:`parse_price` does; otherwise the
    rules of :func:`parse_number` apply. A large report holds one price and one
    quantity a row, so this stays a few string operations; a property test holds
    it equal to the Decimal way.
    """
    text = text.strip()
    if decimal_comma and "," in text:
        if not _COMMA_PRICE.fullmatch(text):
            return None
        text = text.replace(",", ".")
    sign = "-" if text.startswith("-") else ""
    whole, dot, fraction = text[len(sign) :].partition(".")
    digits_only = text.isascii() and (whole.isdigit() or whole == "")
    if not digits_only or (dot and not fraction.isdigit()) or not (whole or dot):
        return None
    whole, fraction = whole.lstrip("0") or "0", fraction.rstrip("0")
    if whole == "0" and not fraction:
        return "0"
    return sign + whole + ("." + fraction if fraction else "")


def price_text(text: str, decimals: int) -> str:
    """A price as the upload file spells it (as :func:`format_price`), or the text."""
    canonical = canonical_number(text, decimal_comma=True)
    if canonical is None:
        return text
    whole, _, fraction = canonical.partition(".")
    if len(fraction) > decimals or canonical == "0" or canonical[0] == "-":
        # Rounding, and the sign of a zero, are left to Decimal; such a price
        # never passes the checks anyway.
        amount = parse_price(text)
        return text if amount is None else format_price(amount, decimals)
    return whole + ("." + fraction.ljust(decimals, "0") if decimals else "")


def number_text(amount: Decimal) -> str:
    """A number as the workbook and the rules show it: ``3``, ``24.9``."""
    if amount == amount.to_integral_value():
        return str(int(amount))
    return format(amount.normalize(), "f")


def is_asin(text: str) -> bool:
    """Ten capital letters or digits, as every ASIN is written."""
    return _ASIN.fullmatch(text) is not None


def looks_scientific(text: str) -> bool:
    """A code Excel displayed in scientific notation (``4.00638E+12``)."""
    return _SCIENTIFIC.fullmatch(text.strip()) is not None


def gtin_check_digit_ok(code: str) -> bool:
    """Whether a UPC/EAN/GTIN of 8, 12, 13 or 14 digits has a right check digit."""
    if not _DIGITS.fullmatch(code) or len(code) not in GTIN_LENGTHS:
        return False
    digits = [int(d) for d in code]
    body, check = digits[:-1], digits[-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def is_gtin_shape(code: str) -> bool:
    """Digits only, of a length a GTIN can have."""
    return _DIGITS.fullmatch(code) is not None and len(code) in GTIN_LENGTHS
