Attribute VB_Name = "Desktop"
' What the ribbon asks of the machine: file dialogs, environment variables and
' whether a file exists. It is apart from Ribbon so that tests can stand in for
' it where no Excel and no file system of the seller's machine are at hand.
Option Explicit

Public Function IsMac() As Boolean
    IsMac = Application.OperatingSystem Like "*Mac*"
End Function

' GetOpenFilename gives False, not a text, when the seller cancels.
Public Function ChooseFileToOpen(title As String) As String
    Dim chosen As Variant
    chosen = Application.GetOpenFilename(Title:=title)
    If VarType(chosen) = vbString Then ChooseFileToOpen = chosen
End Function

Public Function ChooseFileToSave(title As String) As String
    Dim chosen As Variant
    chosen = Application.GetSaveAsFilename(Title:=title)
    If VarType(chosen) = vbString Then ChooseFileToSave = chosen
End Function

' Windows: every %NAME%. Mac: a leading $HOME, as xlwings expands it.
Public Function ExpandEnvironment(path As String) As String
    Dim parts() As String
    Dim i As Long
    If IsMac() Then
        If Left(path, 5) = "$HOME" Then path = Environ("HOME") & Mid(path, 6)
        ExpandEnvironment = path
        Exit Function
    End If
    parts = Split(path, "%")
    For i = 1 To UBound(parts) - 1 Step 2
        parts(i) = Environ(parts(i))
    Next i
    ExpandEnvironment = Join(parts, "")
End Function

Public Function FileExists(path As String) As Boolean
    If path = "" Then Exit Function
    On Error Resume Next
    FileExists = Dir(path) <> ""
End Function
