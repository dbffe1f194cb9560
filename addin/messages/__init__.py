"""Every text a seller reads, in French and English, rendered from one template.

A message is looked up by code in the catalogue of the language. A parameter
named ``hint`` selects a sub-message (``<code>.<hint>``) that is rendered and
put in the place of ``{hint}``, so a message can name the likely cause.
"""

from __future__ import annotations

from typing import Any

from addin.messages import en, fr

CATALOGUES: dict[str, dict[str, str]] = {"fr": fr.TEXTS, "en": en.TEXTS}


def render(code: str, language: str = "fr", /, **params: Any) -> str:
    """The text of a message code in a language, with its values filled in.

    Raises:
        KeyError: the code is not in the catalogue (a bug, caught by the tests).
    """
    texts = CATALOGUES.get(language, fr.TEXTS)
    hint = params.get("hint")
    if hint:
        params = {**params, "hint": texts[f"{code}.{hint}"].format(**params)}
    return texts[code].format(**params)
