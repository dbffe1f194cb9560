"""The committed template: every independent check, its rebuild, broken copies."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import openpyxl
import pytest
from lxml import etree

from addin.messages import CATALOGUES
from addin.workbook import layout, package, ribbon, vba
from addin.workbook.build import build
from addin.workbook.verify import Finding, vba_modules, verify

PROJECT = Path(__file__).resolve().parents[1]
TEMPLATE = PROJECT / layout.TEMPLATE_NAME


@pytest.fixture(scope="module")
def schema(shared: Path) -> Path:
    """Microsoft's customUI14 schema, in its lxml-loadable form."""
    return shared / "schemas" / "customUI14.lxml.xsd"


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template built again from the sources."""
    return build(tmp_path_factory.mktemp("rebuilt") / layout.TEMPLATE_NAME)


def checks(findings: list[Finding]) -> set[str]:
    return {finding.check for finding in findings}


def test_the_template_passes_every_check(schema: Path) -> None:
    assert verify(TEMPLATE, schema, "fr") == []


def test_an_english_build_passes_every_check(schema: Path, tmp_path: Path) -> None:
    built = build(tmp_path / "en.xlsm", "en")

    assert verify(built, schema, "en") == []


def _canonical(data: bytes) -> bytes:
    canonical: bytes = etree.tostring(etree.fromstring(data), method="c14n")
    return canonical


def test_the_rebuild_has_the_same_parts(rebuilt: Path) -> None:
    committed, fresh = package.read_parts(TEMPLATE), package.read_parts(rebuilt)

    assert list(fresh) == list(committed)
    for name, data in committed.items():
        if name.endswith((".xml", ".rels")):
            assert _canonical(fresh[name]) == _canonical(data), name
    assert vba_modules(rebuilt) == vba_modules(TEMPLATE)


def _pinned() -> dict[str, str]:
    lines = (PROJECT / "constraints.txt").read_text().splitlines()
    return dict(line.split("==") for line in lines if "==" in line)


def test_the_rebuild_is_byte_identical_under_the_pinned_versions(
    rebuilt: Path,
) -> None:
    pinned = _pinned()
    builders = ("openpyxl", "pyOpenVBA", "xlwings", "lxml")
    if any(version(name) != pinned[name] for name in builders):
        pytest.skip("byte identity holds only under the versions of constraints.txt")

    assert rebuilt.read_bytes() == TEMPLATE.read_bytes()


def _broken(tmp_path: Path, part: str, edit: object) -> Path:
    parts = package.read_parts(TEMPLATE)
    root = etree.fromstring(parts[part])
    assert callable(edit)
    edit(root)
    parts[part] = package.serialise(root)
    path = tmp_path / "broken.xlsm"
    path.write_bytes(TEMPLATE.read_bytes())
    package.write_parts(path, parts)
    return path


def _xlsx_content_type(root: etree._Element) -> None:
    for override in root:
        if override.get("PartName") == package.WORKBOOK_PART:
            override.set(
                "ContentType",
                "application/vnd.openxmlformats-officedocument.spreadsheetml"
                ".sheet.main+xml",
            )


def _drop_ribbon_relationship(root: etree._Element) -> None:
    for relationship in list(root):
        if relationship.get("Type") == package.UI_EXTENSIBILITY:
            root.remove(relationship)


def _missing_callback(root: etree._Element) -> None:
    button = next(root.iter(f"{{{ribbon.CUSTOM_UI_NS}}}button"))
    button.set("onAction", "Ribbon.OnClick")


def _invalid_ribbon(root: etree._Element) -> None:
    next(root.iter(f"{{{ribbon.CUSTOM_UI_NS}}}button")).set("size", "huge")


@pytest.mark.parametrize(
    ("part", "edit", "check"),
    [
        (package.CONTENT_TYPES, _xlsx_content_type, "content-type"),
        (
            package.PACKAGE_RELATIONSHIPS,
            _drop_ribbon_relationship,
            "ribbon-relationship",
        ),
        (package.CUSTOM_UI_PART, _missing_callback, "ribbon-callback"),
        (package.CUSTOM_UI_PART, _invalid_ribbon, "customUI14-schema"),
    ],
    ids=["xlsx-content-type", "no-ribbon-relationship", "missing-callback", "schema"],
)
def test_a_broken_file_fails_its_check(
    schema: Path, tmp_path: Path, part: str, edit: object, check: str
) -> None:
    assert checks(verify(_broken(tmp_path, part, edit), schema, "fr")) == {check}


def test_every_ribbon_control_has_french_and_english_labels() -> None:
    root = etree.fromstring(ribbon.source())
    controls = [e.get("id") for e in root.iter() if e.get("id")]
    for texts in CATALOGUES.values():
        for control in controls:
            assert texts[f"ribbon.{control}"]
        for control in ribbon.button_ids():
            assert texts[f"ribbon.{control}.tip"]


def test_the_texts_module_is_exact() -> None:
    source = vba.texts_source("en")

    assert source.split("\r\n")[:4] == [
        'Attribute VB_Name = "RibbonTexts"',
        "' Generated from the message catalogue when the workbook is built.",
        "Option Explicit",
        'Public Const DIALOG_OPEN As String = "Choose the file to import"',
    ]
    assert "Python interpreter not found: {path} (key {key}" in source


def test_the_conf_sheet_is_laid_out_as_xlwings_reads_it() -> None:
    # Read only: openpyxl never saves the template (it drops the ribbon).
    book = openpyxl.load_workbook(TEMPLATE, read_only=True)
    sheet = book[layout.CONF.title("fr")]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    state = sheet.sheet_state
    book.close()

    assert rows == [
        ["INTERPRETER_WIN", r"%LOCALAPPDATA%\handmade-relist\venv\Scripts\pythonw.exe"],
        ["INTERPRETER_MAC", "$HOME/.handmade-relist/venv/bin/python"],
        ["ADD_WORKBOOK_TO_PYTHONPATH", "False"],
    ]
    assert state == "hidden"
