"""Every text exists in French and English, and every code has its message."""

from __future__ import annotations

import string

import pytest

from addin.messages import CATALOGUES, PLURAL_SPEC, PluralFormatter, render
from addin.problems import PROBLEM_KINDS
from tools.texts import plain


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


PLURALS = [
    pytest.param("fr", 0, "0 ligne a", id="fr-0"),
    pytest.param("fr", 1, "1 ligne a", id="fr-1"),
    pytest.param("fr", 2, "2 lignes ont", id="fr-2"),
    pytest.param("en", 0, "0 rows have", id="en-0"),
    pytest.param("en", 1, "1 row has", id="en-1"),
    pytest.param("en", 2, "2 rows have", id="en-2"),
    pytest.param("fr", "?", "? lignes ont", id="fr-unknown"),
    pytest.param("en", "?", "? rows have", id="en-unknown"),
]


@pytest.mark.parametrize(("language", "count", "expected"), PLURALS)
def test_plural_spec_agrees_with_the_count(
    language: str, count: int | str, expected: str
) -> None:
    template = {"fr": "{n} {n:ligne a|lignes ont}", "en": "{n} {n:row has|rows have}"}
    text = PluralFormatter(language).format(template[language], n=count)
    assert text == expected


FR_REFUSED = "{} serait refusée : corrigez-la avant l'envoi."
FR_REFUSED_MANY = "{} seraient refusées : corrigez-les avant l'envoi."
EN_REFUSED = "{} would be refused: fix {} before uploading."


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        pytest.param("fr", 0, FR_REFUSED.format("0 ligne"), id="fr-0"),
        pytest.param("fr", 1, FR_REFUSED.format("1 ligne"), id="fr-1"),
        pytest.param("fr", 2, FR_REFUSED_MANY.format("2 lignes"), id="fr-2"),
        pytest.param("en", 0, EN_REFUSED.format("0 rows", "them"), id="en-0"),
        pytest.param("en", 1, EN_REFUSED.format("1 row", "it"), id="en-1"),
        pytest.param("en", 2, EN_REFUSED.format("2 rows", "them"), id="en-2"),
    ],
)
def test_messages_agree_with_their_counts(
    language: str, count: int, expected: str
) -> None:
    assert render("cli.check-errors", language, errors=count) == expected


@pytest.mark.parametrize(
    "template",
    [
        pytest.param("{n:.2f}", id="precision"),
        pytest.param("{n:>6}", id="align"),
        pytest.param("{n:|>6}", id="bar-as-fill"),
        pytest.param("{n!r:>6}", id="conversion"),
        pytest.param("{n} {{n:a|b}}", id="escaped-braces"),
    ],
)
def test_other_format_specs_mean_what_they_mean_to_format(template: str) -> None:
    for language in CATALOGUES:
        text = PluralFormatter(language).format(template, n=7.5)
        assert text == template.format(n=7.5)


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_every_format_spec_is_a_plural_spec(language: str) -> None:
    specs = {
        (code, spec)
        for code, text in CATALOGUES[language].items()
        for _, _, spec, _ in string.Formatter().parse(text)
        if spec
    }
    assert specs
    assert {
        (code, spec) for code, spec in specs if not PLURAL_SPEC.fullmatch(spec)
    } == set()


def test_an_unknown_language_reads_french() -> None:
    assert render("cli.written", "de", file="a.txt", count=1, encoding="UTF-8") == (
        "Fichier écrit : a.txt (1 ligne, UTF-8)."
    )


def test_the_spell_check_reads_the_words_of_a_count() -> None:
    assert plain("{rows} {rows:ligne|lignes} {exported}").split() == [
        "ligne",
        "lignes",
    ]
