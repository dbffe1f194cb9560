"""The workbook checked by every independent reader that runs without Excel.

Each check looks at the finished file only, as Excel would get it: the package
structure (content types, relationships), the ribbon part against Microsoft's
schema, the VBA project as pyOpenVBA and oletools read it, and the match
between the two (code names, callbacks). The build's tests run it on the
committed template and on deliberately broken files. What a check finds is for
the engineer who builds the workbook, so it is written in English.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pyopenvba
from lxml import etree

from addin.workbook import layout, package, ribbon, vba

# oletools 0.60 calls pyparsing names that pyparsing 3.3 deprecates, at import.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from oletools.mraptor import MacroRaptor
    from oletools.olevba import VBA_Parser

SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
VBA_PROJECT_TYPE = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
VBA_PROJECT_CONTENT_TYPE = "application/vnd.ms-office.vbaProject"
_CALLBACK_ATTRIBUTE = re.compile(r"^(on[A-Z]\w*|get[A-Z]\w*)$")
_DOCUMENT_BASE = 'Attribute VB_Base = "0{000208'
_XLWINGS_VERSION = re.compile(r'XLWINGS_VERSION As String = "([^"]+)"')


@dataclass(frozen=True)
class Finding:
    """One failed check: its name and what was found."""

    check: str
    detail: str


def verify(path: Path, schema: Path, language: str) -> list[Finding]:
    """Every check of the finished workbook; an empty list means it passed.

    Args:
        path: the workbook.
        schema: the lxml-loadable customUI14 schema.
        language: the language it was built in (which fixes the texts module).
    """
    parts = package.read_parts(path)
    modules = vba_modules(path)
    findings = [
        *_check_file(path),
        *_content_types(parts),
        *_vba_relationship(parts),
        *_ribbon_relationship(parts),
    ]
    if package.CUSTOM_UI_PART in parts:
        custom_ui = parts[package.CUSTOM_UI_PART]
        findings += _schema(custom_ui, schema)
        findings += _callbacks(custom_ui, modules)
    findings += _code_names(parts, modules)
    findings += _sources(modules, language)
    findings += _xlwings_version(modules)
    findings += _macro_raptor(path)
    return findings


def vba_modules(path: Path) -> dict[str, str]:
    """Every VBA module's source as olevba reads it, by module name."""
    parser = VBA_Parser(str(path))
    try:
        return {Path(name).stem: code for _, _, name, code in parser.extract_macros()}
    finally:
        parser.close()


def _check_file(path: Path) -> list[Finding]:
    report = pyopenvba.check_file(path)
    if report.ok:
        return []
    return [Finding("check_file", "; ".join(str(i) for i in report.issues))]


def _content_type(parts: dict[str, bytes], part: str) -> str | None:
    root = etree.fromstring(parts[package.CONTENT_TYPES])
    for override in root.iter(f"{{{package.CONTENT_TYPES_NS}}}Override"):
        if override.get("PartName") == f"/{part}":
            return str(override.get("ContentType"))
    extension = part.rsplit(".", 1)[-1]
    for default in root.iter(f"{{{package.CONTENT_TYPES_NS}}}Default"):
        if default.get("Extension") == extension:
            return str(default.get("ContentType"))
    return None


def _content_types(parts: dict[str, bytes]) -> list[Finding]:
    found = _content_type(parts, package.WORKBOOK_PART.lstrip("/"))
    if found != package.MACRO_ENABLED_MAIN:
        return [Finding("content-type", f"workbook part is {found}")]
    return []


def _relationships(parts: dict[str, bytes], name: str) -> list[tuple[str, str]]:
    if name not in parts:
        return []
    root = etree.fromstring(parts[name])
    return [(r.get("Type", ""), r.get("Target", "")) for r in root]


def _vba_relationship(parts: dict[str, bytes]) -> list[Finding]:
    findings = []
    targets = [
        target
        for kind, target in _relationships(parts, "xl/_rels/workbook.xml.rels")
        if kind == VBA_PROJECT_TYPE
    ]
    if targets != ["vbaProject.bin"] or "xl/vbaProject.bin" not in parts:
        findings.append(Finding("vba-project", f"relationships to {targets}"))
    elif _content_type(parts, "xl/vbaProject.bin") != VBA_PROJECT_CONTENT_TYPE:
        findings.append(Finding("vba-project", "wrong content type"))
    return findings


def _ribbon_relationship(parts: dict[str, bytes]) -> list[Finding]:
    relationships = _relationships(parts, package.PACKAGE_RELATIONSHIPS)
    targets = [t for kind, t in relationships if kind == package.UI_EXTENSIBILITY]
    if targets != [package.CUSTOM_UI_PART]:
        return [Finding("ribbon-relationship", f"2007 ui relationships: {targets}")]
    if package.CUSTOM_UI_PART not in parts:
        return [Finding("ribbon-relationship", "the customUI14 part is missing")]
    found = _content_type(parts, package.CUSTOM_UI_PART)
    if found != package.CUSTOM_UI_CONTENT_TYPE:
        return [Finding("ribbon-relationship", f"customUI14 content type {found}")]
    return []


def _schema(custom_ui: bytes, schema: Path) -> list[Finding]:
    validator = etree.XMLSchema(etree.parse(str(schema)))
    if validator.validate(etree.fromstring(custom_ui)):
        return []
    return [Finding("customUI14-schema", str(validator.error_log))]


def _callbacks(custom_ui: bytes, modules: dict[str, str]) -> list[Finding]:
    findings = []
    for element in etree.fromstring(custom_ui).iter():
        for attribute, callback in element.attrib.items():
            if not _CALLBACK_ATTRIBUTE.match(str(attribute)):
                continue
            module, _, procedure = str(callback).rpartition(".")
            signature = re.compile(
                rf"^Public Sub {procedure}\(control As IRibbonControl\)\s*$",
                re.MULTILINE | re.IGNORECASE,
            )
            if not signature.search(modules.get(module, "")):
                findings.append(Finding("ribbon-callback", f"{callback} is missing"))
    return findings


def _code_names(parts: dict[str, bytes], modules: dict[str, str]) -> list[Finding]:
    names = {layout.WORKBOOK_CODE_NAME}
    workbook = etree.fromstring(parts["xl/workbook.xml"])
    for properties in workbook.iter(f"{{{SPREADSHEET_NS}}}workbookPr"):
        names = {properties.get("codeName", "")}
    for name, data in parts.items():
        if name.startswith("xl/worksheets/sheet"):
            sheet = etree.fromstring(data)
            for properties in sheet.iter(f"{{{SPREADSHEET_NS}}}sheetPr"):
                names.add(properties.get("codeName", ""))
    # Document modules are based on the Workbook and Worksheet classes.
    documents = {name for name, code in modules.items() if _DOCUMENT_BASE in code}
    if names != documents:
        return [
            Finding("code-names", f"sheets {sorted(names)}, VBA {sorted(documents)}")
        ]
    return []


def _without_attributes(source: str) -> list[str]:
    lines = source.replace("\r\n", "\n").split("\n")
    return [line for line in lines if not line.startswith("Attribute ")]


def _sources(modules: dict[str, str], language: str) -> list[Finding]:
    findings = []
    for module in vba.modules(language):
        # olevba gives the code without the class preamble and Attribute lines.
        expected = _without_attributes(module.source)
        if module.name == "Dictionary":
            expected = expected[expected.index("END") + 1 :]
        found = _without_attributes(modules.get(module.name, ""))
        if found != expected:
            findings.append(Finding("vba-source", f"{module.name} differs"))
    return findings


def _xlwings_version(modules: dict[str, str]) -> list[Finding]:
    embedded = _XLWINGS_VERSION.search(modules.get("xlwings", ""))
    installed = version("xlwings")
    if embedded is None or embedded.group(1) != installed:
        found = embedded.group(1) if embedded else None
        return [Finding("xlwings-version", f"{found} != installed {installed}")]
    return []


def _macro_raptor(path: Path) -> list[Finding]:
    parser = VBA_Parser(str(path))
    try:
        raptor = MacroRaptor(parser.get_vba_code_all_modules())
    finally:
        parser.close()
    raptor.scan()
    if raptor.suspicious:
        return [Finding("mraptor", f"suspicious: {raptor.get_flags()}")]
    return []


def ribbon_button_ids(path: Path) -> list[str]:
    """The ids of the buttons of a finished workbook's ribbon."""
    with zipfile.ZipFile(path) as workbook:
        return ribbon.button_ids(workbook.read(package.CUSTOM_UI_PART))
