Attribute VB_Name = "Ribbon"
' The ribbon's one callback. Every button of customUI14.xml calls OnAction, and
' Python's addin.excel.dispatch does the work. A button's tag says what VBA asks
' first: "open" and "save" show a file dialog whose path goes into the named
' cell SelectedPath, never into the Python command; "diagnostics" checks that
' the configured interpreter exists, since Python cannot say so if it is missing.
Option Explicit

Public Sub OnAction(control As IRibbonControl)
    Select Case control.Tag
        Case "open"
            If Not StorePath(ChooseFileToOpen(DIALOG_OPEN)) Then Exit Sub
        Case "save"
            If Not StorePath(ChooseFileToSave(DIALOG_SAVE)) Then Exit Sub
        Case "diagnostics"
            If Not InterpreterFound() Then Exit Sub
    End Select
    RunPython PythonCommand(control.ID)
End Sub

' Single quotes only: the command ends up inside double quotes on the cmd.exe
' and AppleScript command lines.
Public Function PythonCommand(controlId As String) As String
    PythonCommand = "import addin.excel; addin.excel.dispatch('" & controlId & "')"
End Function

' An empty path means the seller cancelled the dialog: nothing runs.
Private Function StorePath(path As String) As Boolean
    If path = "" Then Exit Function
    ThisWorkbook.Names("SelectedPath").RefersToRange.Value = path
    StorePath = True
End Function

Private Function InterpreterFound() As Boolean
    Dim key As String
    Dim path As String
    If IsMac() Then key = "INTERPRETER_MAC" Else key = "INTERPRETER_WIN"
    path = ExpandEnvironment(ConfValue(key))
    InterpreterFound = FileExists(path)
    If InterpreterFound Then
        MsgBox Replace(INTERPRETER_FOUND, "{path}", path), vbInformation, DIAGNOSTICS_TITLE
    Else
        MsgBox Replace(Replace(INTERPRETER_MISSING, "{path}", path), "{key}", key), _
            vbExclamation, DIAGNOSTICS_TITLE
    End If
End Function

' Read as xlwings reads it: keys in column A from A1 down to the first blank.
Private Function ConfValue(key As String) As String
    Dim sheet As Worksheet
    Dim row As Long
    Set sheet = ThisWorkbook.Worksheets("xlwings.conf")
    row = 1
    Do While sheet.Cells(row, 1).Value <> ""
        If UCase(sheet.Cells(row, 1).Value) = key Then
            ConfValue = sheet.Cells(row, 2).Value
            Exit Function
        End If
        row = row + 1
    Loop
End Function
