"""The Diagnostics button: versions, interpreter, paths and settings in one message.

The VBA side first checks that the configured interpreter exists, since Python
cannot say so when it does not start; this is what Python adds once it runs.
"""

from __future__ import annotations

import platform
import sys
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from addin import __version__
from addin.excel import handler, log_path, workbook_language
from addin.excel.book import say
from addin.excel.values import text_of
from addin.messages import render
from addin.workbook import layout

#: Packages whose versions matter when a seller reports a problem.
PACKAGES = ("xlwings", "openpyxl", "pandas")


def package_version(name: str) -> str:
    """The installed version of a package, or a dash when it is not installed."""
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def settings_text(book: Any) -> str:
    """Every named cell of the settings sheet with its value."""
    values = []
    for cell in layout.NAMED_CELLS:
        if cell.name in book.names:
            value = text_of(book.names[cell.name].refers_to_range.value)
            values.append(f"{cell.name}={value}")
    return ", ".join(values)


@handler("btnDiagnostics")
def diagnostics(book: Any) -> None:
    """Show what a support request needs to know."""
    language = workbook_language(book)
    packages = ", ".join(f"{name} {package_version(name)}" for name in PACKAGES)
    made_for = ""
    if layout.XLWINGS_VERSION.name in book.names:
        made_for = text_of(
            book.names[layout.XLWINGS_VERSION.name].refers_to_range.value
        )
    text = render(
        "excel-diagnostics",
        language,
        version=__version__,
        packages=packages,
        workbook_xlwings=made_for or "-",
        python=platform.python_version(),
        interpreter=sys.executable,
        workbook=book.fullname,
        log=str(log_path(book)),
        settings=settings_text(book),
    )
    say(book, language, [text])
