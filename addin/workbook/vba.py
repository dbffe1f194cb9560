"""The workbook's VBA project, written with pyOpenVBA from text sources.

Our modules are text files of the package (``sources/*.bas``) plus one module
generated from the message catalogue (the texts the macros show, in the
workbook's language). xlwings' standalone module and its Dictionary class come
from the installed, pinned xlwings, so that the VBA matches the Python side.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pyopenvba import ExcelFile, VBAModuleKind

from addin.messages import CATALOGUES

#: Our standard modules, in the package's sources folder.
OWN_MODULES = ("Ribbon", "Desktop")
TEXTS_MODULE = "RibbonTexts"

#: The VBA constants of the generated texts module, by message code.
VBA_TEXTS = {
    "DIALOG_OPEN": "vba.dialog-open",
    "DIALOG_SAVE": "vba.dialog-save",
    "DIAGNOSTICS_TITLE": "vba.diagnostics-title",
    "INTERPRETER_FOUND": "vba.interpreter-found",
    "INTERPRETER_MISSING": "vba.interpreter-missing",
}

# xlwings' files are CRLF text in Windows' code page, as the VBA editor exports.
XLWINGS_ENCODING = "cp1252"


@dataclass(frozen=True)
class Module:
    """One module to add: its name, its source text and its kind."""

    name: str
    source: str
    kind: VBAModuleKind = VBAModuleKind.standard


def own_source(name: str) -> str:
    """The text of one of our modules, exactly as the package holds it."""
    data = resources.files("addin.workbook.sources").joinpath(f"{name}.bas")
    return data.read_bytes().decode(XLWINGS_ENCODING)


def texts_source(language: str) -> str:
    """The generated module of the texts the macros show, in a language."""
    lines = [
        f'Attribute VB_Name = "{TEXTS_MODULE}"',
        "' Generated from the message catalogue when the workbook is built.",
        "Option Explicit",
    ]
    for constant, code in VBA_TEXTS.items():
        # The {placeholders} stay: the macros fill them with Replace.
        literal = CATALOGUES[language][code].replace('"', '""')
        lines.append(f'Public Const {constant} As String = "{literal}"')
    return "\r\n".join(lines) + "\r\n"


def xlwings_folder() -> Path:
    """The folder of the installed xlwings package."""
    return Path(str(resources.files("xlwings")))


def xlwings_sources() -> dict[str, str]:
    """xlwings' standalone module and Dictionary class, by module name."""
    folder = xlwings_folder()
    return {
        "xlwings": (folder / "xlwings.bas").read_bytes().decode(XLWINGS_ENCODING),
        "Dictionary": (folder / "addin" / "Dictionary.cls")
        .read_bytes()
        .decode(XLWINGS_ENCODING),
    }


def modules(language: str) -> list[Module]:
    """Every module the build adds, besides the document modules."""
    xlwings = xlwings_sources()
    return [
        Module("xlwings", xlwings["xlwings"]),
        Module("Dictionary", xlwings["Dictionary"], VBAModuleKind.other),
        *(Module(name, own_source(name)) for name in OWN_MODULES),
        Module(TEXTS_MODULE, texts_source(language)),
    ]


def add_vba_project(path: Path, language: str) -> None:
    """Give the workbook at ``path`` its VBA project, saved in place.

    pyOpenVBA makes ThisWorkbook and one document module per sheet, named
    after the sheets' code names, then takes our modules.
    """
    with ExcelFile(path) as workbook:
        project = workbook.add_vba_project()
        for module in modules(language):
            project.add_module(module.name, module.source, kind=module.kind)
        workbook.save()
