"""The guide's pictures: the workbook's sheets filled from the demo report.

Run from the project folder: ``python -m tools.pictures``. The workbook is laid
out by the build's own code from the bundled demo report, read with no default
quantity so that some rows have problems; the problems are those the engine
finds, written where the Check button writes them. LibreOffice (headless, with
a scratch profile) recalculates the formulas and prints each sheet on a page of
its own to PDF; pdftoppm turns the pages into small PNGs in ``docs/images/``.
These are LibreOffice renderings: Excel's look and the ribbon cannot be shown.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from importlib import resources
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from addin.cli import DEMO_REPORT
from addin.conversion import Conversion, convert
from addin.messages import render
from addin.problems import Problem, Severity
from addin.rules import UPLOAD_COLUMNS
from addin.settings import LANGUAGES, Settings
from addin.workbook import layout
from addin.workbook.sheets import Interpreters, lay_out
from addin.worksheet import column_letter
from tools import libreoffice

IMAGES = Path(__file__).resolve().parents[1] / "docs" / "images"

#: Pixels per inch of the PNGs: enough to read, small enough to commit.
RESOLUTION = 72

FLAGS = {Severity.ERROR: layout.FLAG_ERROR, Severity.WARNING: layout.FLAG_WARNING}


#: The sheets pictured, each with how many of its first columns the picture
#: shows: the report's rule columns and item name, the stock file's upload and
#: helper columns, the whole problems table.
PICTURED = {
    "report": (layout.REPORT, 9),
    "stock": (layout.STOCK, len(layout.STOCK_COLUMNS) - 1),
    "problems": (layout.PROBLEMS, len(layout.PROBLEMS_COLUMNS)),
}

# LibreOffice's PDF export: one page per sheet, as large as the printed range.
PDF_FILTER = "pdf:calc_pdf_Export:" + json.dumps(
    {"SinglePageSheets": {"type": "boolean", "value": "true"}}
)


def demo_conversion(language: str) -> Conversion:
    """The demo report converted with no default quantity: some rows need one."""
    source = resources.files("addin.samples").joinpath(DEMO_REPORT)
    return convert(source.read_bytes(), Settings(language=language), DEMO_REPORT)


def filled_workbook(conversion: Conversion, language: str) -> Workbook:
    """The workbook laid out from the report, with the Check button's results."""
    assert conversion.report is not None
    book = lay_out(language, Interpreters(), conversion.report)
    stock = book[layout.STOCK.title(language)]
    problems = conversion.problems

    column = layout.STOCK_COLUMNS.index(layout.ROW_PROBLEMS) + 1
    for found in problems:
        cell = stock.cell(found.row, column)
        message = found.message(language)
        cell.value = f"{cell.value} | {message}" if cell.value else message
    for found in problems:
        _flag(stock, found)

    sheet = book[layout.PROBLEMS.title(language)]
    for found in problems:
        sheet.append(_problem_line(found, language))
    last_column = column_letter(len(layout.PROBLEMS_COLUMNS))
    last_row = max(len(problems), 1) + 1  # a table keeps one row, even empty
    sheet.tables[layout.PROBLEMS_TABLE].ref = f"A1:{last_column}{last_row}"

    _crop(book, language)
    return book


def _crop(book: Workbook, language: str) -> None:
    # The picture shows a sheet's first columns only: the others are hidden in
    # this copy, which LibreOffice then leaves off the sheet's page.
    for sheet, columns in PICTURED.values():
        worksheet = book[sheet.title(language)]
        for number in range(columns + 1, worksheet.max_column + 1):
            letter = column_letter(number)
            worksheet.column_dimensions[letter].hidden = True


def _flag(stock: Worksheet, found: Problem) -> None:
    flag = FLAGS.get(found.severity, layout.FLAG_NONE)
    names = [found.column] if found.column in UPLOAD_COLUMNS else UPLOAD_COLUMNS
    for name in names:
        cell = stock[f"{layout.flag_column(name)}{found.row}"]
        cell.value = max(cell.value or layout.FLAG_NONE, flag)


def _problem_line(found: Problem, language: str) -> list[object]:
    column = found.column if found.column in layout.STOCK_COLUMNS else "sku"
    return [
        found.row,
        found.column,
        found.code,
        render(f"cli.severity.{found.severity.value}", language),
        found.message(language),
        layout.cell_link(found.row, column, layout.STOCK.title(language)),
    ]


def render_pdf(soffice: str, workbook: Path, folder: Path) -> Path:
    """Recalculate the workbook in LibreOffice headless and print it to PDF."""
    return libreoffice.convert(soffice, workbook, folder, PDF_FILTER)


def render_png(pdf: Path, page: int, destination: Path) -> Path:
    """One page of the PDF as a PNG (pdftoppm adds the .png suffix)."""
    stem = destination.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-singlefile",
            "-r",
            str(RESOLUTION),
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(stem),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return destination


def pictures(
    language: str, soffice: str, folder: Path, images: Path = IMAGES
) -> list[Path]:
    """Render the pictured sheets of the workbook in one language into ``images``."""
    workbook = folder / f"relist-{language}.xlsx"
    filled_workbook(demo_conversion(language), language).save(workbook)
    pdf = render_pdf(soffice, workbook, folder)

    # Every sheet is one page, in tab order, hidden ones included.
    return [
        render_png(
            pdf, layout.SHEETS.index(sheet) + 1, images / f"{name}.{language}.png"
        )
        for name, (sheet, _) in PICTURED.items()
    ]


def main(argv: list[str] | None = None) -> int:
    """Write every picture of the guide, in French and English."""
    parser = argparse.ArgumentParser(prog="python -m tools.pictures")
    parser.parse_args(argv)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        print("LibreOffice (soffice) and pdftoppm are needed", file=sys.stderr)
        return 2
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="handmade-relist-pictures-") as scratch:
        for language in LANGUAGES:
            folder = Path(scratch) / language
            folder.mkdir()
            for path in pictures(language, soffice, folder):
                print(path.relative_to(IMAGES.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
