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


#: The setting cell whose value each of the engine's settings errors refuses.
ENGINE_SETTING_ERRORS = {
    "marketplace-unknown": layout.MARKETPLACE,
    "default-quantity-invalid": layout.DEFAULT_QUANTITY,
    "handling-time-invalid": layout.HANDLING_TIME,
    "encoding-unknown": layout.EXPORT_ENCODING,
    "encoding-bom": layout.EXPORT_ENCODING,
}


def flag(value: Any) -> bool:
    """A TRUE/FALSE setting's value (a boolean, or its text in either language).

    Raises:
        ValueError: the value is neither.
    """
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("true", "vrai", "1", "1.0", "yes", "oui"):
        return True
    if text in ("", "false", "faux", "0", "0.0", "no", "non"):
        return False
    raise ValueError(value)


def whole(value: Any) -> int | None:
    """A whole-number setting's value; blank is None.

    Raises:
        ValueError: the value is not a whole number.
    """
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise ValueError(value)


def text(value: Any) -> str | None:
    """A text setting cell; blank is None."""
    return None if value is None or str(value).strip() == "" else str(value).strip()


def refused(
    book: Any, language: str, cell: layout.NamedCell, hint: str, **params: Any
) -> UsageError:
    """The error of a setting cell that holds a value it cannot take.

    It names the setting as the settings sheet labels it, its named cell and
    the sheet that holds it now, never a command-line option.

    Args:
        hint: the sub-message of ``excel-setting-invalid`` that says what the
            setting takes.
        **params: the value refused, and what the sub-message names.
    """
    sheet = book.names[cell.name].refers_to_range.sheet.name
    label = render(f"workbook.setting.{cell.name}", language)
    return UsageError(
        "excel-setting-invalid",
        **{**params, "label": label, "setting": cell.name, "sheet": sheet},
        hint=hint,
    )


def _read_flag(
    book: Any, language: str, cell: layout.NamedCell, blank: bool = False
) -> bool:
    value = named_value(book, cell)
    if value is None:
        return blank
    try:
        return flag(value)
    except ValueError as error:
        raise refused(book, language, cell, "flag", value=value) from error


def _read_whole(book: Any, language: str, cell: layout.NamedCell) -> int | None:
    value = named_value(book, cell)
    try:
        return whole(value)
    except ValueError as error:
        raise refused(book, language, cell, "whole", value=value) from error


def settings_of(book: Any, language: str) -> Settings:
    """The seller's settings, from the settings sheet's named cells.

    Raises:
        UsageError: a setting holds a value the product does not accept.
    """
    marketplace = text(named_value(book, layout.MARKETPLACE)) or DEFAULT_MARKETPLACE
    default_quantity = _read_whole(book, language, layout.DEFAULT_QUANTITY)
    allow_delete = _read_flag(book, language, layout.ALLOW_DELETE)
    handling_time = _read_whole(book, language, layout.HANDLING_TIME)
    try:
        return Settings(
            marketplace=marketplace.upper(),
            default_quantity=default_quantity,
            encoding=text(named_value(book, layout.EXPORT_ENCODING)),
            allow_delete=allow_delete,
            language=language,
            handling_time=handling_time,
        )
    except UsageError as error:
        # The engine's message names the command line's option: say which
        # cell of the settings sheet to correct instead.
        cell = ENGINE_SETTING_ERRORS.get(error.code)
        if cell is None:
            raise
        raise refused(book, language, cell, error.code, **error.params) from error


def keeps_overrides(book: Any, language: str) -> bool:
    """Whether a re-import keeps the seller's corrections (the default)."""
    return _read_flag(book, language, layout.KEEP_OVERRIDES, blank=True)


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


def file_bytes(path: Path, missing: str = "file-not-found") -> bytes:
    """The bytes of a file the seller chose, or the input error that says why not.

    Args:
        missing: the message code for a file that is not there.

    Raises:
        InputError: ``missing``; or ``file-unreadable`` with the system's reason
            (on Windows, a file open in another program cannot be read).
    """
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(missing, file=str(path)) from error
    except OSError as error:
        detail = error.strerror or str(error)
        raise InputError("file-unreadable", file=str(path), detail=detail) from error


def say(book: Any, language: str, sentences: list[str], buttons: str = "ok") -> Any:
    """Show the seller one message made of sentences; return the button pressed."""
    title = render("excel-title", language)
    return book.app.alert(" ".join(sentences), title=title, buttons=buttons)
