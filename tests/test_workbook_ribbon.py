"""The ribbon callback run in pyOpenVBA's VBA interpreter, button by button.

The real Ribbon module and the generated texts module run; xlwings' RunPython
and the Desktop module (file dialogs, environment, file system) are test-only
stand-ins that record what they are asked, since neither Excel nor the
seller's machine is here.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pyopenvba.apps.excel import ExcelApplication

from addin.messages import render
from addin.workbook import layout, package, ribbon, vba

PROJECT = Path(__file__).resolve().parents[1]
TEMPLATE = PROJECT / layout.TEMPLATE_NAME
CHOSEN = r"C:\Users\Zoé\Téléchargements\l'inventaire & co.txt"
LOCAL_APP_DATA = r"C:\Users\Zoé\AppData\Local"

RUN_PYTHON_STUB = """Attribute VB_Name = "xlwings"
Public Sub RunPython(command As String)
    Debug.Print "RunPython " & command
End Sub
"""

DESKTOP_STUB = f"""Attribute VB_Name = "Desktop"
Public Answer As String
Public Found As Boolean
Public Sub Prepare(chosen As String, exists As Boolean)
    Answer = chosen
    Found = exists
End Sub
Public Function IsMac() As Boolean
    IsMac = False
End Function
Public Function ChooseFileToOpen(title As String) As String
    Debug.Print "open dialog " & title
    ChooseFileToOpen = Answer
End Function
Public Function ChooseFileToSave(title As String) As String
    Debug.Print "save dialog " & title
    ChooseFileToSave = Answer
End Function
Public Function ExpandEnvironment(path As String) As String
    ExpandEnvironment = Replace(path, "%LOCALAPPDATA%", "{LOCAL_APP_DATA}")
End Function
Public Function FileExists(path As String) As Boolean
    FileExists = Found
End Function
"""

CLICKS = """Attribute VB_Name = "Clicks"
Public Sub Click(id As String, tag As String, answer As String, found As Boolean)
    Dim control As New FakeRibbonControl
    control.ID = id
    control.Tag = tag
    Prepare answer, found
    OnAction control
End Sub
"""

FAKE_CONTROL = """Attribute VB_Name = "FakeRibbonControl"
Public ID As String
Public Tag As String
"""


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def buttons() -> list[tuple[str, str]]:
    """Each button's id and tag, as the template's ribbon part has them."""
    with zipfile.ZipFile(TEMPLATE) as workbook:
        root = etree.fromstring(workbook.read(package.CUSTOM_UI_PART))
    return [
        (button.get("id"), button.get("tag", ""))
        for button in root.iter(f"{{{ribbon.CUSTOM_UI_NS}}}button")
    ]


def excel() -> ExcelApplication:
    """The template in pyOpenVBA's Excel, with our modules and the stand-ins."""
    app = ExcelApplication.open(TEMPLATE, with_vba=False)
    app.add_module(_crlf(RUN_PYTHON_STUB), name="xlwings")
    app.add_module(_crlf(DESKTOP_STUB), name="Desktop")
    app.add_module(vba.texts_source("fr"), name=vba.TEXTS_MODULE)
    app.add_module(vba.own_source("Ribbon"), name="Ribbon")
    app.add_module(_crlf(FAKE_CONTROL), name="FakeRibbonControl", kind="class")
    app.add_module(_crlf(CLICKS), name="Clicks")
    return app


def command(control: str) -> str:
    """The Python command the design decides for a button."""
    return f"import addin.excel; addin.excel.dispatch('{control}')"


def selected_path(app: ExcelApplication) -> object:
    return app.evaluate(
        f'ThisWorkbook.Names("{layout.SELECTED_PATH.name}").RefersToRange.Value'
    )


def test_the_template_has_the_decided_buttons() -> None:
    assert [control for control, _ in buttons()] == list(layout.RIBBON_BUTTONS)


@pytest.mark.parametrize(("control", "tag"), buttons(), ids=str)
def test_each_button_runs_its_command(control: str, tag: str) -> None:
    app = excel()

    app.run("Clicks.Click", control, tag, CHOSEN, True)

    assert app.console[-1] == f"RunPython {command(control)}"
    assert CHOSEN not in app.console[-1]


@pytest.mark.parametrize(
    ("tag", "title"), [("open", "vba.dialog-open"), ("save", "vba.dialog-save")]
)
def test_a_chosen_path_goes_into_the_named_cell(tag: str, title: str) -> None:
    control = next(c for c, t in buttons() if t == tag)
    app = excel()

    app.run("Clicks.Click", control, tag, CHOSEN, True)

    assert app.console == [
        f"{tag} dialog {render(title, 'fr')}",
        f"RunPython {command(control)}",
    ]
    assert selected_path(app) == CHOSEN


@pytest.mark.parametrize("tag", ["open", "save"])
def test_a_cancelled_dialog_runs_nothing(tag: str) -> None:
    control = next(c for c, t in buttons() if t == tag)
    app = excel()

    app.run("Clicks.Click", control, tag, "", True)

    assert not any(line.startswith("RunPython") for line in app.console)
    assert selected_path(app) in (None, "")


def test_diagnostics_says_the_interpreter_is_there_then_runs_python() -> None:
    app = excel()
    interpreter = layout.DEFAULT_INTERPRETER_WIN.replace(
        "%LOCALAPPDATA%", LOCAL_APP_DATA
    )

    app.run("Clicks.Click", "btnDiagnostics", "diagnostics", "", True)

    message = render("vba.interpreter-found", "fr", path=interpreter)
    assert [d[1] for d in app.dialogs] == [message]
    assert app.console == [f"RunPython {command('btnDiagnostics')}"]


def test_diagnostics_says_the_interpreter_is_missing_and_stops() -> None:
    app = excel()
    interpreter = layout.DEFAULT_INTERPRETER_WIN.replace(
        "%LOCALAPPDATA%", LOCAL_APP_DATA
    )

    app.run("Clicks.Click", "btnDiagnostics", "diagnostics", "", False)

    message = render(
        "vba.interpreter-missing", "fr", path=interpreter, key=layout.INTERPRETER_WIN
    )
    assert [d[1] for d in app.dialogs] == [message]
    assert app.console == []
