"""The zip-level finish of the workbook package: what no library writes for us.

openpyxl writes the ``.xlsx`` content type into a workbook without VBA, and
pyOpenVBA does not change it; neither writes a ribbon. So after both, this
module gives the workbook part its macro-enabled content type, adds the
customUI14 part with its Office 2010 (``2007/.../ui/extensibility``)
relationship, and fixes every timestamp, so that the same sources give the same
bytes. It must run last: openpyxl drops that relationship on any later save.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from lxml import etree

CONTENT_TYPES = "[Content_Types].xml"
PACKAGE_RELATIONSHIPS = "_rels/.rels"
CORE_PROPERTIES = "docProps/core.xml"
WORKBOOK_PART = "/xl/workbook.xml"
CUSTOM_UI_PART = "customUI/customUI14.xml"

MACRO_ENABLED_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
CUSTOM_UI_CONTENT_TYPE = "application/xml"
UI_EXTENSIBILITY = (
    "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
)
UI_EXTENSIBILITY_2006 = (
    "http://schemas.microsoft.com/office/2006/relationships/ui/extensibility"
)
CUSTOM_UI_RELATIONSHIP_ID = "rIdCustomUI14"

CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DCTERMS_NS = "http://purl.org/dc/terms/"

#: The time of every zip entry and of the core properties: the zip format's
#: earliest date, so that nothing of the build machine's clock gets in.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
CORE_TIME = "2026-01-01T00:00:00Z"

# Office writes its declarations with double quotes; lxml's own uses single.
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def finish(path: Path, custom_ui: bytes) -> None:
    """Turn the package at ``path`` into the finished macro-enabled workbook.

    Args:
        path: the workbook openpyxl and pyOpenVBA wrote; replaced in place.
        custom_ui: the customUI14 part, complete.
    """
    parts = read_parts(path)

    parts[CONTENT_TYPES] = macro_enabled(parts[CONTENT_TYPES])
    parts[PACKAGE_RELATIONSHIPS] = with_ribbon(parts[PACKAGE_RELATIONSHIPS])
    parts[CORE_PROPERTIES] = fixed_times(parts[CORE_PROPERTIES])
    parts[CUSTOM_UI_PART] = custom_ui

    write_parts(path, parts)


def read_parts(path: Path) -> dict[str, bytes]:
    """Every part of a package by name, in the package's order."""
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def write_parts(path: Path, parts: dict[str, bytes]) -> None:
    """Write a package with fixed entry times, the content types first."""
    staged = path.with_name(path.name + ".part")
    names = [CONTENT_TYPES, *sorted(name for name in parts if name != CONTENT_TYPES)]
    with zipfile.ZipFile(staged, "w", zipfile.ZIP_DEFLATED) as package:
        for name in names:
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            package.writestr(entry, parts[name])
    os.replace(staged, path)


def macro_enabled(content_types: bytes) -> bytes:
    """The content types with the macro-enabled workbook and the ribbon part."""
    root = etree.fromstring(content_types)
    for override in root.iter(f"{{{CONTENT_TYPES_NS}}}Override"):
        if override.get("PartName") == WORKBOOK_PART:
            override.set("ContentType", MACRO_ENABLED_MAIN)
        if override.get("PartName") == f"/{CUSTOM_UI_PART}":
            root.remove(override)
    etree.SubElement(
        root,
        f"{{{CONTENT_TYPES_NS}}}Override",
        PartName=f"/{CUSTOM_UI_PART}",
        ContentType=CUSTOM_UI_CONTENT_TYPE,
    )
    return serialise(root)


def with_ribbon(relationships: bytes) -> bytes:
    """The package relationships with exactly one relationship to the ribbon."""
    root = etree.fromstring(relationships)
    for relationship in list(root):
        if relationship.get("Type") in (UI_EXTENSIBILITY, UI_EXTENSIBILITY_2006):
            root.remove(relationship)
    etree.SubElement(
        root,
        f"{{{RELATIONSHIPS_NS}}}Relationship",
        Id=CUSTOM_UI_RELATIONSHIP_ID,
        Type=UI_EXTENSIBILITY,
        Target=CUSTOM_UI_PART,
    )
    return serialise(root)


def fixed_times(core: bytes) -> bytes:
    """The core properties with the build's fixed creation and change times."""
    root = etree.fromstring(core)
    for name in ("created", "modified"):
        for element in root.iter(f"{{{DCTERMS_NS}}}{name}"):
            element.text = CORE_TIME
    return serialise(root)


def serialise(root: etree._Element) -> bytes:
    """An XML part as Office writes it: UTF-8 with a double-quoted declaration."""
    body: bytes = etree.tostring(root, encoding="UTF-8")
    return XML_DECLARATION + body
