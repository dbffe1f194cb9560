"""The Help button: the user guide, or the read-me sheet where it is not installed."""

from __future__ import annotations

import webbrowser
from pathlib import Path
from typing import Any

from addin.excel import handler, workbook_language
from addin.workbook import layout

#: The guides sit in docs/ beside the package in a source install.
DOCS = Path(__file__).resolve().parents[2] / "docs"


def guide_path(language: str) -> Path:
    """Where the guide in a language would be installed."""
    return DOCS / f"guide.{language}.md"


@handler("btnHelp")
def show_help(book: Any) -> None:
    """Open the guide in the workbook's language, else show the read-me sheet."""
    language = workbook_language(book)
    guide = guide_path(language)
    if guide.is_file() and webbrowser.open(guide.as_uri()):
        return
    title = layout.READ_ME.title(language)
    sheet = book.sheets[title] if title in book.sheets else book.sheets[0]
    sheet.activate()
