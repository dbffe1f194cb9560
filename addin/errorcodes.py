"""Amazon's processing-report error codes, each with a short fix for the seller.

Amazon refers to an "Error Code Explanations" page that no source we read holds,
so every meaning here comes from the evidence gathered in the research notes on
the formats, and each entry says how sure it is. The fix texts live in the
message catalogues under ``error-code.<code>``, in French and English; a code
missing from this table is shown with Amazon's own message.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from addin.messages import render


class Certainty(StrEnum):
    """How sure the meaning of a code is."""

    PRIMARY = "primary"
    """Amazon's own help or schema states it."""
    THIRD_PARTY = "third-party"
    """Connectors, wikis or forum posts agree on it; Amazon's list is not stored."""
    DISPUTED = "disputed"
    """Third-party sources word it differently."""


class Relevance(StrEnum):
    """How often a code is to be expected when reactivating Handmade offers."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class ErrorCode:
    """One of Amazon's processing-report error codes."""

    code: str
    certainty: Certainty
    relevance: Relevance = Relevance.LOW

    def fix(self, language: str = "fr") -> str:
        """The short fix for this code, in the seller's language."""
        return render(f"error-code.{self.code}", language)


P, T, D = Certainty.PRIMARY, Certainty.THIRD_PARTY, Certainty.DISPUTED
HIGH, MEDIUM = Relevance.HIGH, Relevance.MEDIUM


def _codes(*rows: ErrorCode) -> dict[str, ErrorCode]:
    return {row.code: row for row in rows}


#: The codes of the research notes on the formats, section 3.3.
ERROR_CODES: dict[str, ErrorCode] = _codes(
    ErrorCode("5000", T),
    ErrorCode("5002", T),
    ErrorCode("5003", T),
    ErrorCode("5004", T),
    ErrorCode("5461", D),
    ErrorCode("5500", T),
    ErrorCode("5501", T),
    ErrorCode("5503", T, HIGH),
    ErrorCode("5505", T),
    ErrorCode("5665", T),
    ErrorCode("6024", T, MEDIUM),
    ErrorCode("8005", T),
    ErrorCode("8026", T, MEDIUM),
    ErrorCode("8057", T, HIGH),
    ErrorCode("8541", T),
    ErrorCode("8542", T),
    ErrorCode("8556", T),
    ErrorCode("8560", P),
    ErrorCode("8566", T),
    ErrorCode("8571", T),
    ErrorCode("8572", T),
    ErrorCode("13013", T, HIGH),
    ErrorCode("20000", T),
    ErrorCode("90057", T),
    ErrorCode("99001", T),
    ErrorCode("99010", T),
    ErrorCode("90113", T),
    ErrorCode("90114", T),
    ErrorCode("90118", T),
    ErrorCode("90220", P),
    ErrorCode("99022", P),
)


def error_code(code: str) -> ErrorCode | None:
    """The table's entry for a code as the report spells it, or None if unknown."""
    return ERROR_CODES.get(code.strip())


def explain(code: str, amazon_message: str, language: str = "fr") -> str:
    """What the seller should do about a code: the fix, else Amazon's own words."""
    known = error_code(code)
    if known is None:
        return render("error-code.unknown", language, message=amazon_message)
    return known.fix(language)
