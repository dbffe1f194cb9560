"""Write the message catalogues as plain text, one message a line, for the spell check.

Placeholders (``{file}``) and the Inventory Loader's field names are left out:
they are names, not words of either language; the singular and plural words of
a count (``{rows:ligne|lignes}``) stay in.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from addin.messages import CATALOGUES

_PLACEHOLDER = re.compile(r"\{[^}]*\}")
#: ``{rows:ligne|lignes}``: the two words are text to check, not a name.
_PLURAL = re.compile(r"\{[^}:]*:([^}|]*)\|([^}]*)\}")
_FIELD_NAME = re.compile(r"(?<![\w-])--?[a-z][\w-]*|\b[a-z]+(?:-[a-z0-9]+)+\b")


def plain(text: str) -> str:
    """A message without placeholders and field names."""
    words = _PLURAL.sub(r" \1 \2 ", text)
    return _FIELD_NAME.sub(" ", _PLACEHOLDER.sub(" ", words))


def main(folder: str) -> int:
    """Write ``messages.fr.txt`` and ``messages.en.txt`` into a folder."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for language, texts in CATALOGUES.items():
        lines = [plain(text) for text in texts.values()]
        path = target / f"messages.{language}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
