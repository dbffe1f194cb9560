"""The Excel edge: the ribbon's buttons reach :func:`dispatch`, which runs a handler.

The ribbon's one VBA callback runs ``import addin.excel;
addin.excel.dispatch('<control id>')``. The dispatcher takes the calling book
from xlwings, refuses a second click while a handler still runs (on a Mac,
``RunPython`` returns at once and a second click starts a second Python),
turns Excel's screen updating and automatic calculation off around the work and
back on in ``finally``, and shows every failure as one sentence in the
workbook's language; the details go to a log file beside the workbook.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from addin.errors import EnvironmentProblem, RelistError, UsageError
from addin.messages import render
from addin.settings import DEFAULT_LANGUAGE, LANGUAGES

logger = logging.getLogger(__name__)

Handler = Callable[[Any], None]

#: The handler of each ribbon control id, filled by :func:`handler`.
HANDLERS: dict[str, Handler] = {}

#: A lock older than this is left over from a Python that died: taken over.
STALE_LOCK_SECONDS = 30 * 60

LANGUAGE_NAME = "Language"
LOCK_SUFFIX = ".relist-lock"
LOG_SUFFIX = ".relist.log"


def handler(control_id: str) -> Callable[[Handler], Handler]:
    """Register a function as the handler of a ribbon control id."""

    def register(function: Handler) -> Handler:
        HANDLERS[control_id] = function
        return function

    return register


def dispatch(control_id: str, book: Any = None) -> None:
    """Run the handler of a ribbon control on the calling book.

    Args:
        control_id: the ribbon control's id (``btnImportReport``...).
        book: the workbook; None takes the one that called from Excel.
    """
    if book is None:  # pragma: no cover - Book.caller() needs Excel's RunPython
        # Only here: the handlers take any book, so the tests need no xlwings.
        import xlwings as xw  # noqa: PLC0415

        book = xw.Book.caller()
    log_file = log_path(book)
    language = DEFAULT_LANGUAGE
    try:
        language = workbook_language(book)
        run = HANDLERS.get(control_id)
        if run is None:
            raise UsageError("excel-control-unknown", control=control_id)
        with holding(book), excel_paused(book.app):
            run(book)
    except RelistError as error:
        _log(log_file, control_id, error)
        _show(book, error.message(language), language)
    except Exception as error:  # noqa: BLE001 - a seller must never see a traceback
        _log(log_file, control_id, error)
        _show(book, render("excel-unexpected", language, log=str(log_file)), language)


def workbook_language(book: Any) -> str:
    """The language of the workbook's named cell, French when it is unusable."""
    if LANGUAGE_NAME not in book.names:
        return DEFAULT_LANGUAGE
    value = book.names[LANGUAGE_NAME].refers_to_range.value
    text = str(value).strip().lower() if value else ""
    return text if text in LANGUAGES else DEFAULT_LANGUAGE


def book_folder(book: Any) -> Path:
    """The folder of the workbook's file; the home folder for an unsaved book."""
    # RunPython's working directory is the interpreter's folder on Windows:
    # every path is made absolute from the workbook's own.
    full = Path(book.fullname)
    return full.parent if full.is_absolute() else Path.home()


def log_path(book: Any) -> Path:
    """The absolute path of the log file beside the workbook."""
    return (book_folder(book) / (Path(book.fullname).stem + LOG_SUFFIX)).resolve()


def lock_path(book: Any) -> Path:
    """The absolute path of the lock file beside the workbook."""
    return (book_folder(book) / (Path(book.fullname).stem + LOCK_SUFFIX)).resolve()


@contextmanager
def holding(book: Any) -> Iterator[None]:
    """Hold the workbook's lock for the duration of one handler.

    Raises:
        EnvironmentProblem: another handler holds it (a second click).
    """
    path = lock_path(book)
    _take(path)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)


def _take(path: Path) -> None:
    try:
        handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        if time.time() - path.stat().st_mtime < STALE_LOCK_SECONDS:
            raise EnvironmentProblem("excel-busy", lock=str(path)) from None
        logger.info("taking over the stale lock %s", path)
        path.unlink(missing_ok=True)
        handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    with os.fdopen(handle, "w") as stream:
        stream.write(str(os.getpid()))


@contextmanager
def excel_paused(app: Any) -> Iterator[None]:
    """Screen updating and automatic calculation off, restored whatever happens."""
    updating, calculation = app.screen_updating, app.calculation
    app.screen_updating = False
    app.calculation = "manual"
    try:
        yield
    finally:
        app.calculation = calculation
        app.screen_updating = updating
        app.status_bar = False


def progress(app: Any, language: str, step: str, done: int, total: int) -> None:
    """Show a long job's progress in Excel's status bar."""
    percent = 100 * done // total if total else 100
    app.status_bar = render("excel-progress", language, step=step, percent=percent)


def _show(book: Any, sentence: str, language: str) -> None:
    book.app.alert(sentence, title=render("excel-title", language))


def _log(log_file: Path, control_id: str, error: BaseException) -> None:
    file_handler = logging.FileHandler(log_file, encoding="utf-8")
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(message)s")
    )
    logger.addHandler(file_handler)
    try:
        logger.error("%s failed: %r", control_id, error, exc_info=error)
    finally:
        logger.removeHandler(file_handler)
        file_handler.close()


# The handlers register themselves under their control ids when imported; they
# import this module's helpers, so they come last.
from addin.excel import (  # noqa: E402
    diagnostics,
    export,
    guide,
    problemsheet,
    processingreport,
    reportsheet,
    stocksheet,
)

__all__ = [
    "HANDLERS",
    "diagnostics",
    "dispatch",
    "export",
    "guide",
    "handler",
    "problemsheet",
    "processingreport",
    "progress",
    "reportsheet",
    "stocksheet",
]
