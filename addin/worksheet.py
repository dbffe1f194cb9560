"""A workbook package read and edited part by part, one worksheet at a time.

A seller's downloaded template holds parts this product must not disturb:
extension (x14) validations, a VBA project, outline groups, hidden sheets.
Loading and saving it with a workbook library drops what the library does not
know, so the template is edited here as a zip of XML parts instead: the data
worksheet's ``sheetData`` gets its cells, and every other part is copied as it
was, byte for byte.

Text cells are written as inline strings, so the shared-strings part stays as
it was too; numbers are written as plain numeric cells.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lxml import etree

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
SHARED_STRINGS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
)
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

_CELL_REFERENCE = re.compile(r"^([A-Z]+)([0-9]+)$")

#: A parser that will not fetch entities or grow without bound on a seller's file.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def _tag(name: str) -> str:
    return f"{{{MAIN}}}{name}"


def column_letter(index: int) -> str:
    """The Excel letters of a 1-based column number (1 is A, 27 is AA)."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_index(letters: str) -> int:
    """The 1-based column number of Excel letters (A is 1, AA is 27)."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index


def split_reference(reference: str) -> tuple[int, int]:
    """The (row, column) numbers of a cell reference such as ``AM7``."""
    found = _CELL_REFERENCE.match(reference.replace("$", ""))
    if found is None:
        raise ValueError(f"not a cell reference: {reference!r}")
    return int(found.group(2)), column_index(found.group(1))


@dataclass(frozen=True)
class CellValue:
    """A value to write: text (a text cell) or a number spelled as text."""

    text: str
    numeric: bool = False


@dataclass(frozen=True)
class Sheet:
    """One worksheet of the workbook: its tab name and its part in the zip."""

    name: str
    part: str


class Package:
    """A workbook file (.xlsx or .xlsm) opened as its zip of parts.

    Raises:
        zipfile.BadZipFile: the bytes are not a zip file.
        KeyError: the zip has no workbook part.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        self.workbook_part = self._workbook_part()
        self.sheets = self._sheets()
        self._shared_strings = self._read_shared_strings()

    def part(self, name: str) -> bytes:
        """The bytes of one part."""
        return self._zip.read(name)

    def part_names(self) -> list[str]:
        """The names of every part, in the zip's order."""
        return self._zip.namelist()

    def sheet(self, name: str) -> Sheet | None:
        """The worksheet with this tab name, if there is one."""
        return next((s for s in self.sheets if s.name == name), None)

    def cells(self, sheet: Sheet, last_row: int) -> dict[tuple[int, int], str]:
        """The text of every non-empty cell of rows 1 to ``last_row``.

        Returns:
            A mapping of (row, column) to the cell's text as Excel shows it
            unformatted: a shared or inline string, or a number's digits.
        """
        root = etree.fromstring(self.part(sheet.part), _PARSER)
        found: dict[tuple[int, int], str] = {}
        for row in root.iter(_tag("row")):
            if int(row.get("r", "0")) > last_row:
                break
            for cell in row.iter(_tag("c")):
                text = self._cell_text(cell)
                if text:
                    found[split_reference(cell.get("r", ""))] = text
        return found

    def data_cells(
        self, sheet: Sheet, first_row: int
    ) -> dict[int, dict[int, CellValue]]:
        """Every non-empty cell from ``first_row`` down, ready to be written again.

        Returns:
            By row number, a mapping of column number to the cell's value; a
            plain numeric cell is numeric, any other kind is text.
        """
        root = etree.fromstring(self.part(sheet.part), _PARSER)
        found: dict[int, dict[int, CellValue]] = {}
        for row in root.iter(_tag("row")):
            number = int(row.get("r", "0"))
            if number < first_row:
                continue
            for cell in row.iter(_tag("c")):
                text = self._cell_text(cell)
                if text:
                    column = split_reference(cell.get("r", ""))[1]
                    numeric = cell.get("t", "n") == "n"
                    found.setdefault(number, {})[column] = CellValue(text, numeric)
        return found

    def _cell_text(self, cell: etree._Element) -> str:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(_tag("is"))
            return "" if inline is None else _string_item_text(inline)
        value = cell.findtext(_tag("v")) or ""
        if kind == "s" and value:
            return self._shared_strings[int(value)]
        return value

    def _workbook_part(self) -> str:
        relationships = etree.fromstring(self.part("_rels/.rels"), _PARSER)
        for relationship in relationships:
            if relationship.get("Type") == OFFICE_DOCUMENT:
                return _resolve("", relationship.get("Target", ""))
        raise KeyError("no workbook part")

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        if rels not in self._zip.namelist():
            return {}
        root = etree.fromstring(self.part(rels), _PARSER)
        return {
            r.get("Id", ""): (r.get("Type", ""), _resolve(folder, r.get("Target", "")))
            for r in root
        }

    def _sheets(self) -> list[Sheet]:
        targets = self._relationships(self.workbook_part)
        root = etree.fromstring(self.part(self.workbook_part), _PARSER)
        sheets = []
        for element in root.iter(_tag("sheet")):
            target = targets.get(element.get(R_ID, ""))
            if target is not None and target[1] in self._zip.namelist():
                sheets.append(Sheet(element.get("name", ""), target[1]))
        return sheets

    def _read_shared_strings(self) -> list[str]:
        targets = self._relationships(self.workbook_part).values()
        part = next((t for kind, t in targets if kind == SHARED_STRINGS), None)
        if part is None or part not in self._zip.namelist():
            return []
        root = etree.fromstring(self.part(part), _PARSER)
        return [_string_item_text(item) for item in root.iter(_tag("si"))]

    def with_part(self, name: str, content: bytes) -> bytes:
        """The workbook's bytes with one part replaced and every other part as it was.

        Each entry keeps its name, order, date and compression method.
        """
        output = io.BytesIO()
        with zipfile.ZipFile(output, "w") as copy:
            for entry in self._zip.infolist():
                data = content if entry.filename == name else self._zip.read(entry)
                copy.writestr(entry, data)
        return output.getvalue()


def _resolve(folder: str, target: str) -> str:
    # A relationship target is relative to the part's folder unless it starts
    # with a slash; generators use both forms.
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target))


def _string_item_text(item: etree._Element) -> str:
    # Rich-text runs each hold a <t>; phonetic runs (<rPh>) are not shown text.
    return "".join(
        t.text or ""
        for t in item.iter(_tag("t"))
        if t.getparent() is not None and t.getparent().tag != _tag("rPh")
    )


def write_rows(
    sheet_xml: bytes, first_row: int, rows: Sequence[Mapping[int, CellValue]]
) -> bytes:
    """A worksheet part with its data rows replaced, the rows above kept as they were.

    Every cell from ``first_row`` down loses its value (its style stays), then
    ``rows`` are written from ``first_row``, one mapping of column number to
    value per row.
    """
    root = etree.fromstring(sheet_xml, _PARSER)
    sheet_data = root.find(_tag("sheetData"))
    if sheet_data is None:
        sheet_data = etree.SubElement(root, _tag("sheetData"))

    _clear_data_rows(sheet_data, first_row)
    column_styles = _column_styles(root)
    for offset, values in enumerate(rows):
        row = _row(sheet_data, first_row + offset)
        for column, value in sorted(values.items()):
            _set_cell(row, column, value, column_styles)
    _extend_dimension(root, first_row + len(rows) - 1, rows)
    return bytes(
        etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    )


def _clear_data_rows(sheet_data: etree._Element, first_row: int) -> None:
    for row in list(sheet_data):
        if int(row.get("r", "0")) < first_row:
            continue
        for cell in list(row):
            for child in list(cell):
                cell.remove(child)
            cell.attrib.pop("t", None)
            if "s" not in cell.attrib:
                row.remove(cell)


def _column_styles(root: etree._Element) -> dict[int, str]:
    # Excel gives a new cell the style of its column; doing the same keeps a
    # column's number format (a price's 0.00) on the cells written here.
    styles: dict[int, str] = {}
    for col in root.iter(_tag("col")):
        style = col.get("style")
        if style is not None:
            for index in range(int(col.get("min", "0")), int(col.get("max", "0")) + 1):
                styles[index] = style
    return styles


def _row(sheet_data: etree._Element, number: int) -> etree._Element:
    for position, row in enumerate(sheet_data):
        found = int(row.get("r", "0"))
        if found == number:
            row.attrib.pop("spans", None)
            return row
        if found > number:
            new = etree.Element(_tag("row"), r=str(number))
            sheet_data.insert(position, new)
            return new
    return etree.SubElement(sheet_data, _tag("row"), r=str(number))


def _set_cell(
    row: etree._Element,
    column: int,
    value: CellValue,
    column_styles: Mapping[int, str],
) -> None:
    reference = f"{column_letter(column)}{row.get('r')}"
    cell = _cell(row, column, reference)
    if "s" not in cell.attrib and column in column_styles:
        cell.set("s", column_styles[column])
    if value.numeric:
        etree.SubElement(cell, _tag("v")).text = value.text
        return
    cell.set("t", "inlineStr")
    text = etree.SubElement(etree.SubElement(cell, _tag("is")), _tag("t"))
    text.text = value.text
    if value.text != value.text.strip():
        text.set(XML_SPACE, "preserve")


def _cell(row: etree._Element, column: int, reference: str) -> etree._Element:
    for position, cell in enumerate(row):
        found = split_reference(cell.get("r", ""))[1]
        if found == column:
            return cell
        if found > column:
            new = etree.Element(_tag("c"), r=reference)
            row.insert(position, new)
            return new
    return etree.SubElement(row, _tag("c"), r=reference)


def _extend_dimension(
    root: etree._Element, last_row: int, rows: Sequence[Mapping[int, CellValue]]
) -> None:
    dimension = root.find(_tag("dimension"))
    if dimension is None or not rows:
        return
    start, _, end = dimension.get("ref", "A1").partition(":")
    end_row, end_column = split_reference(end or start)
    last_column = max((max(values, default=0) for values in rows), default=0)
    end = f"{column_letter(max(end_column, last_column))}{max(end_row, last_row)}"
    dimension.set("ref", f"{start}:{end}")
