"""The ribbon part (customUI14.xml) in the workbook's language.

The source in the package names the controls, their pictures and their one
callback; the labels and screentips come from the message catalogue
(``ribbon.<id>`` and ``ribbon.<id>.tip``), set through the XML tree.
"""

from __future__ import annotations

from importlib import resources

from lxml import etree

from addin.messages import render
from addin.workbook.package import serialise

CUSTOM_UI_NS = "http://schemas.microsoft.com/office/2009/07/customui"
SOURCE = "customUI14.xml"
#: The one callback every button calls, as ``onAction`` names it.
CALLBACK = "Ribbon.OnAction"
LABELLED = ("tab", "group", "button")


def source() -> bytes:
    """The ribbon source exactly as the package holds it."""
    return resources.files("addin.workbook.sources").joinpath(SOURCE).read_bytes()


def button_ids(part: bytes | None = None) -> list[str]:
    """The ids of the ribbon's buttons, in the order the tab shows them."""
    root = etree.fromstring(part or source())
    return [button.get("id") for button in root.iter(f"{{{CUSTOM_UI_NS}}}button")]


def custom_ui(language: str) -> bytes:
    """The customUI14 part, labelled in a language."""
    root = etree.fromstring(source())
    for kind in LABELLED:
        for element in root.iter(f"{{{CUSTOM_UI_NS}}}{kind}"):
            control = element.get("id")
            element.set("label", render(f"ribbon.{control}", language))
            if kind == "button":
                element.set("screentip", render(f"ribbon.{control}.tip", language))
    return serialise(root)
