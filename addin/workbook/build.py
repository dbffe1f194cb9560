"""The build of the workbook: openpyxl, then pyOpenVBA, then the zip finish.

The order matters: openpyxl lays out the sheets and saves once; pyOpenVBA adds
the VBA project; the package then gets its content type, ribbon and fixed
times. Nothing opens the result with openpyxl or LibreOffice and saves it
again. The same sources and pinned build dependencies give the same bytes.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from addin.errors import OutputExistsError, UsageError
from addin.report import Report
from addin.settings import DEFAULT_LANGUAGE
from addin.upload import write_atomic
from addin.workbook import layout, package, ribbon, vba
from addin.workbook.sheets import Interpreters, lay_out

logger = logging.getLogger(__name__)


def build(
    destination: Path,
    language: str = DEFAULT_LANGUAGE,
    interpreters: Interpreters | None = None,
    report: Report | None = None,
) -> Path:
    """Build the workbook into ``destination`` (replaced if it exists).

    Args:
        destination: the ``.xlsm`` file to write.
        language: ``fr`` or ``en`` for the ribbon, headings and read-me.
        interpreters: the xlwings.conf interpreters (default: the documented
            install's paths).
        report: fill the copy from a report (used to test the formulas).
    """
    with tempfile.TemporaryDirectory(prefix="handmade-relist-build-") as scratch:
        staged = Path(scratch) / layout.TEMPLATE_NAME
        workbook = lay_out(language, interpreters or Interpreters(), report)
        workbook.save(staged)

        vba.add_vba_project(staged, language)
        package.finish(staged, ribbon.custom_ui(language))

        # Never a half-written workbook: the bytes go in whole, or not at all.
        write_atomic(destination, staged.read_bytes(), force=True)
    logger.info("workbook built: %s (%s)", destination, language)
    return destination


def new_workbook(destination: Path, language: str = DEFAULT_LANGUAGE) -> Path:
    """A seller's own workbook, bound to the Python that runs this.

    Raises:
        OutputExistsError: the file is there; it is never overwritten.
    """
    if destination.suffix.lower() != ".xlsm":
        # Excel opens macros only from .xlsm; any other name also risks the
        # workbook being mistaken for the upload file.
        raise UsageError("workbook-extension", file=str(destination))
    if destination.exists():
        raise OutputExistsError("workbook-exists", file=str(destination))
    return build(destination, language, running_interpreters())


def running_interpreters() -> Interpreters:
    """The interpreters for xlwings.conf: this Python for this platform."""
    if sys.platform == "win32":  # pragma: no cover - needs Windows
        # pythonw.exe, so that no console window opens at each click.
        windowed = Path(sys.executable).with_name("pythonw.exe")
        return Interpreters(
            windows=str(windowed if windowed.exists() else sys.executable)
        )
    if sys.platform == "darwin":  # pragma: no cover - needs a Mac
        return Interpreters(mac=sys.executable)
    return Interpreters()
