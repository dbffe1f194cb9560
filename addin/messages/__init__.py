"""Every text a seller reads, in French and English, rendered from one template.

A message is looked up by code in the catalogue of the language. A parameter
named ``hint`` selects a sub-message (``<code>.<hint>``) that is rendered and
put in the place of ``{hint}``, so a message can name the likely cause.

A count agrees with the words it governs through a plural format spec: in
``{rows} {rows:ligne a|lignes ont}`` the field ``{rows:…|…}`` becomes the
singular or the plural words for the value of ``rows``. French takes the
singular for 0 and 1, English for 1 only. A count that is not a number (``?``
for a total the report does not give) takes the plural. Any other format spec
means what it means to ``str.format``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from numbers import Real
from typing import Any

from addin.messages import en, fr

CATALOGUES: dict[str, dict[str, str]] = {"fr": fr.TEXTS, "en": en.TEXTS}

# Both forms are needed: a standard spec holds "|" only as its fill character,
# at its start.
PLURAL_SPEC = re.compile(r"(?P<singular>[^|]+)\|(?P<plural>[^|]+)")

_SINGULAR: dict[str, Callable[[float], bool]] = {
    "fr": lambda count: abs(count) < 2,
    "en": lambda count: count == 1,
}


class PluralFormatter(string.Formatter):
    """``str.format`` that also knows the plural spec ``{count:singular|plural}``."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.singular = _SINGULAR[language]

    def format_field(self, value: Any, format_spec: str) -> str:
        forms = PLURAL_SPEC.fullmatch(format_spec)
        if forms is None:
            return str(super().format_field(value, format_spec))
        count = _count(value)
        if count is not None and self.singular(count):
            return forms["singular"]
        return forms["plural"]


def _count(value: Any) -> float | None:
    """The number a value counts, or None when it is not one (``?``)."""
    if isinstance(value, Real):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


def render(code: str, language: str = "fr", /, **params: Any) -> str:
    """The text of a message code in a language, with its values filled in.

    Raises:
        KeyError: the code is not in the catalogue (a bug, caught by the tests).
    """
    if language not in CATALOGUES:
        language = "fr"
    texts = CATALOGUES[language]
    formatter = PluralFormatter(language)
    hint = params.get("hint")
    if hint:
        sub_message = formatter.format(texts[f"{code}.{hint}"], **params)
        params = {**params, "hint": sub_message}
    return formatter.format(texts[code], **params)
