"""The table of Amazon's error codes and the fixes it gives in French and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from addin.errorcodes import ERROR_CODES, Certainty, Relevance, error_code, explain
from addin.messages import en, fr


def _codes_in_formats_notes(shared: Path) -> set[str]:
    text = (shared / "research/formats.md").read_text(encoding="utf-8")
    section = text.split("### 3.3", 1)[1].split("\n#", 1)[0]
    codes: set[str] = set()
    for row in section.splitlines():
        if row.startswith("| ") and not row.startswith("| Code"):
            codes.update(re.findall(r"\b\d{4,5}\b", row.split("|")[1]))
    return codes


def test_every_code_of_the_research_notes_is_in_the_table(shared: Path) -> None:
    codes = _codes_in_formats_notes(shared)

    assert len(codes) >= 30
    assert codes == set(ERROR_CODES)


@pytest.mark.parametrize("code", sorted(ERROR_CODES))
def test_every_code_has_a_fix_in_both_languages(code: str) -> None:
    key = f"error-code.{code}"

    assert fr.TEXTS[key] != en.TEXTS[key]
    assert ERROR_CODES[code].fix("fr") == fr.TEXTS[key]
    assert ERROR_CODES[code].fix("en") == en.TEXTS[key]


@pytest.mark.parametrize(
    ("code", "language", "words"),
    [
        pytest.param("8057", "en", "keep item-condition 11", id="8057-en"),
        pytest.param("8057", "fr", "gardez item-condition 11", id="8057-fr"),
        pytest.param("13013", "en", "check it for a typo", id="13013-en"),
        pytest.param("13013", "fr", "faute de frappe", id="13013-fr"),
        pytest.param("5503", "en", "use the SKU's own ASIN", id="5503-en"),
        pytest.param("5503", "fr", "l'ASIN propre au SKU", id="5503-fr"),
        pytest.param(" 8057 ", "en", "keep item-condition 11", id="padded-code"),
    ],
)
def test_fix_of_the_codes_that_matter_most(
    code: str, language: str, words: str
) -> None:
    assert words in explain(code, "Amazon's own words", language)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        pytest.param("en", "Amazon says: Something new.", id="en"),
        pytest.param("fr", "Amazon indique : Something new.", id="fr"),
    ],
)
def test_unknown_code_shows_amazons_message(language: str, expected: str) -> None:
    assert error_code("77777") is None
    assert explain("77777", "Something new.", language) == expected


@pytest.mark.parametrize(
    ("code", "certainty", "relevance"),
    [
        pytest.param("8560", Certainty.PRIMARY, Relevance.LOW, id="seller-help"),
        pytest.param("90220", Certainty.PRIMARY, Relevance.LOW, id="json-example"),
        pytest.param("5461", Certainty.DISPUTED, Relevance.LOW, id="two-wordings"),
        pytest.param("5503", Certainty.THIRD_PARTY, Relevance.HIGH, id="5503"),
        pytest.param("8057", Certainty.THIRD_PARTY, Relevance.HIGH, id="8057"),
        pytest.param("13013", Certainty.THIRD_PARTY, Relevance.HIGH, id="13013"),
        pytest.param("6024", Certainty.THIRD_PARTY, Relevance.MEDIUM, id="6024"),
    ],
)
def test_how_sure_each_meaning_is(
    code: str, certainty: Certainty, relevance: Relevance
) -> None:
    known = error_code(code)

    assert known is not None
    assert (known.certainty, known.relevance) == (certainty, relevance)
