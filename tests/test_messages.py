"""Every text exists in French and English, and every code has its message."""

from __future__ import annotations

import string

import pytest

from addin.messages import CATALOGUES, render
from addin.problems import PROBLEM_KINDS


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_the_same_codes() -> None:
    assert set(CATALOGUES["fr"]) == set(CATALOGUES["en"])


@pytest.mark.parametrize("code", sorted(CATALOGUES["fr"]))
def test_both_languages_name_the_same_values(code: str) -> None:
    fr, en = CATALOGUES["fr"][code], CATALOGUES["en"][code]
    assert placeholders(fr) == placeholders(en)


@pytest.mark.parametrize("code", sorted(PROBLEM_KINDS))
def test_every_problem_code_has_a_message(code: str) -> None:
    for language in CATALOGUES:
        assert f"problem.{code}" in CATALOGUES[language]


def test_hint_selects_a_sub_message() -> None:
    text = render("problem.asin-invalid", "en", value="123", hint="lowercase")
    assert text.endswith("Write it in capital letters.")
