"""The build-workbook and new-workbook commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from addin.cli import main
from addin.messages import render
from addin.workbook import package


def test_build_workbook_writes_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "template.xlsm"

    assert main(["build-workbook", "-o", str(target), "--language", "en"]) == 0

    assert (
        capsys.readouterr().out
        == render("cli.workbook-built", "en", file=str(target)) + "\n"
    )
    assert package.CUSTOM_UI_PART in package.read_parts(target)


def test_new_workbook_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.xlsm"
    target.write_bytes(b"the seller's own work")

    assert main(["new-workbook", str(target)]) == 2

    message = render("workbook-exists", "fr", file=str(target))
    assert capsys.readouterr().err == render("cli.error", "fr", message=message) + "\n"
    assert target.read_bytes() == b"the seller's own work"


def test_new_workbook_creates_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.xlsm"

    assert main(["new-workbook", str(target), "--language", "en"]) == 0

    assert (
        capsys.readouterr().out
        == render("cli.workbook-created", "en", file=str(target)) + "\n"
    )
    assert package.read_parts(target)[package.CUSTOM_UI_PART]


def test_new_workbook_must_be_an_xlsm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "relist.txt"
    assert main(["new-workbook", str(target), "--language", "en"]) == 2
    assert ".xlsm" in capsys.readouterr().err
    assert not target.exists()
