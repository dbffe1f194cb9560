"""The workbook as the handlers address it: tables, named cells and settings.

Tables and named cells are found by name (a seller may rename sheets), and each
read or write is one call to Excel whatever its size, so that a button makes
the same number of round trips for ten rows as for ten thousand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from addin.errors import InputError, UsageError
from addin.marketplaces import DEFAULT_MARKETPLACE
from addin.messages import render
from addin.settings import Settings
from addin.workbook import layout

FIRST_DATA_ROW = 2


def table(book: Any, name: str) -> Any:
    """The Excel Table of that name, on whichever sheet holds it.

    Raises:
        InputError: no sheet holds it (the workbook is not Handmade Relist's).
    """
    for sheet in book.sheets:
        if name in sheet.tables:
            return sheet.tables[name]
    raise InputError("excel-table-missing", table=name)


def data_rows(found: Any) -> int:
    """How many data rows a table spans (an empty template row counts)."""
    body = found.data_body_range
    return 0 if body is None else int(body.shape[0])


def block(found: Any, rows: int, columns: int, first_column: int = 1) -> Any:
    """A block of a table's sheet from its first data row, ``rows`` high."""
    sheet = found.parent
    return sheet.range((FIRST_DATA_ROW, first_column)).resize(rows, columns)


def resize(found: Any, rows: int, columns: int) -> None:
    """Give a table ``rows`` data rows (at least one, as Excel keeps) and a width."""
    top_left = found.parent.range((1, 1))
    found.resize(top_left.resize(max(rows, 1) + 1, columns))


def grid(found: Any, rows: int, columns: int, member: str = "value") -> list[Any]:
    """A table's first ``rows`` data rows as a list of lists (one call)."""
    if rows == 0:
        return []
    cells = block(found, rows, columns).options(ndim=2)
    return list(getattr(cells, member))


def named_value(book: Any, cell: layout.NamedCell) -> Any:
    """What a named cell holds, as xlwings reads it."""
    if cell.name not in book.names:
        raise InputError("excel-name-missing", name=cell.name)
    return book.names[cell.name].refers_to_range.value


def flag(value: Any, cell: layout.NamedCell) -> bool:
    """A TRUE/FALSE setting cell (a boolean, or its text in either language)."""
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("true", "vrai", "1", "1.0", "yes", "oui"):
        return True
    if text in ("", "false", "faux", "0", "0.0", "no", "non"):
        return False
    raise UsageError("excel-setting-invalid", setting=cell.name, value=str(value))


def whole(value: Any, cell: layout.NamedCell) -> int | None:
    """A whole-number setting cell; blank is None."""
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise UsageError("excel-setting-invalid", setting=cell.name, value=str(value))


def text(value: Any) -> str | None:
    """A text setting cell; blank is None."""
    return None if value is None or str(value).strip() == "" else str(value).strip()


def settings_of(book: Any, language: str) -> Settings:
    """The seller's settings, from the settings sheet's named cells.

    Raises:
        UsageError: a setting holds a value the product does not accept.
    """
    marketplace = text(named_value(book, layout.MARKETPLACE)) or DEFAULT_MARKETPLACE
    return Settings(
        marketplace=marketplace.upper(),
        default_quantity=whole(
            named_value(book, layout.DEFAULT_QUANTITY), layout.DEFAULT_QUANTITY
        ),
        encoding=text(named_value(book, layout.EXPORT_ENCODING)),
        allow_delete=flag(named_value(book, layout.ALLOW_DELETE), layout.ALLOW_DELETE),
        language=language,
        handling_time=whole(
            named_value(book, layout.HANDLING_TIME), layout.HANDLING_TIME
        ),
    )


def keeps_overrides(book: Any) -> bool:
    """Whether a re-import keeps the seller's corrections (the default)."""
    value = named_value(book, layout.KEEP_OVERRIDES)
    return True if value is None else flag(value, layout.KEEP_OVERRIDES)


def selected_path(book: Any, folder: Path) -> Path:
    """The file the VBA dialog chose, made absolute from the workbook's folder.

    Raises:
        InputError: no file was chosen.
    """
    chosen = text(named_value(book, layout.SELECTED_PATH))
    if chosen is None:
        raise InputError("excel-no-path")
    path = Path(chosen)
    return path if path.is_absolute() else folder / path


def say(book: Any, language: str, sentences: list[str], buttons: str = "ok") -> Any:
    """Show the seller one message made of sentences; return the button pressed."""
    title = render("excel-title", language)
    return book.app.alert(" ".join(sentences), title=title, buttons=buttons)
