"""The ribbon dispatcher: one entry point, a lock, one sentence per failure."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

import addin.excel as excel_edge
from addin.errors import InputError
from tests.standin import Book, Excel


@pytest.fixture
def excel() -> Excel:
    """A fresh stand-in Excel."""
    return Excel()


@pytest.fixture
def book(excel: Excel, tmp_path: Path) -> Book:
    """A book with the Language named cell, set to English."""
    book = excel.new_book(tmp_path / "relist.xlsm")
    book.names.add("Language", "=Sheet1!$A$1")
    book.sheets[0]["A1"].value = "en"
    return book


def register(monkeypatch: pytest.MonkeyPatch, control: str, run: Any) -> None:
    """Give a control id a handler for one test."""
    monkeypatch.setitem(excel_edge.HANDLERS, control, run)


def test_a_known_control_runs_its_handler_on_the_book(
    monkeypatch: pytest.MonkeyPatch, excel: Excel, book: Book
) -> None:
    seen: list[Any] = []
    register(monkeypatch, "btnTest", seen.append)
    excel_edge.dispatch("btnTest", book)
    assert seen == [book]
    assert excel.alerts == []


def test_an_unknown_control_is_one_sentence_in_the_workbook_language(
    excel: Excel, book: Book
) -> None:
    excel_edge.dispatch("btnNowhere", book)
    assert [alert.prompt for alert in excel.alerts] == [
        'The button "btnNowhere" has no action in this version of Handmade Relist. '
        "Create the workbook again with handmade-relist new-workbook."
    ]


def test_a_book_without_language_speaks_french(excel: Excel, tmp_path: Path) -> None:
    book = excel.new_book(tmp_path / "other.xlsm")
    excel_edge.dispatch("btnNowhere", book)
    assert excel.alerts[0].prompt.startswith("Le bouton « btnNowhere »")


def test_an_input_error_shows_its_message_and_logs_details(
    monkeypatch: pytest.MonkeyPatch, excel: Excel, book: Book, tmp_path: Path
) -> None:
    def refuse(_: Any) -> None:
        raise InputError("file-not-found", file="report.txt")

    register(monkeypatch, "btnTest", refuse)
    excel_edge.dispatch("btnTest", book)
    assert [alert.prompt for alert in excel.alerts] == [
        "File not found: report.txt. Check the path."
    ]
    log = (tmp_path / "relist.relist.log").read_text(encoding="utf-8")
    assert "btnTest failed" in log
    assert "file-not-found" in log


def test_an_unexpected_error_names_the_log_and_hides_the_traceback(
    monkeypatch: pytest.MonkeyPatch, excel: Excel, book: Book, tmp_path: Path
) -> None:
    def crash(_: Any) -> None:
        raise ZeroDivisionError("boom")

    register(monkeypatch, "btnTest", crash)
    excel_edge.dispatch("btnTest", book)
    log_file = tmp_path / "relist.relist.log"
    (alert,) = excel.alerts
    assert str(log_file) in alert.prompt
    assert "Traceback" not in alert.prompt
    assert "ZeroDivisionError: boom" in log_file.read_text(encoding="utf-8")
    assert Path(excel_edge.log_path(book)).is_absolute()


def test_screen_and_calculation_are_restored_after_a_failure(
    monkeypatch: pytest.MonkeyPatch, book: Book
) -> None:
    during: list[tuple[bool, str]] = []

    def crash(b: Any) -> None:
        during.append((b.app.screen_updating, b.app.calculation))
        raise RuntimeError("stop")

    register(monkeypatch, "btnTest", crash)
    excel_edge.dispatch("btnTest", book)
    assert during == [(False, "manual")]
    assert (book.app.screen_updating, book.app.calculation) == (True, "automatic")
    assert book.app.status_bar is False


def test_a_second_click_while_a_handler_runs_is_refused(
    monkeypatch: pytest.MonkeyPatch, excel: Excel, book: Book
) -> None:
    inner: list[str] = []

    def click_again(b: Any) -> None:
        excel_edge.dispatch("btnInner", b)

    register(monkeypatch, "btnTest", click_again)
    register(monkeypatch, "btnInner", inner.append)
    excel_edge.dispatch("btnTest", book)
    assert inner == []
    assert excel.alerts[0].prompt.startswith("Another action is still running")
    assert not excel_edge.lock_path(book).exists()


def test_a_stale_lock_is_taken_over(
    monkeypatch: pytest.MonkeyPatch, excel: Excel, book: Book
) -> None:
    lock = excel_edge.lock_path(book)
    lock.write_text("1", encoding="utf-8")
    old = time.time() - excel_edge.STALE_LOCK_SECONDS - 1
    os.utime(lock, (old, old))
    seen: list[Any] = []
    register(monkeypatch, "btnTest", seen.append)
    excel_edge.dispatch("btnTest", book)
    assert seen == [book]
    assert not lock.exists()


def test_progress_shows_in_the_status_bar(
    monkeypatch: pytest.MonkeyPatch, excel: Excel, book: Book
) -> None:
    def work(b: Any) -> None:
        excel_edge.progress(b.app, "en", "import", 50, 200)

    register(monkeypatch, "btnTest", work)
    excel_edge.dispatch("btnTest", book)
    assert excel.status_bars == ["Handmade Relist: import (25 %)", False]


def test_handlers_register_under_their_control_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(excel_edge, "HANDLERS", {})

    @excel_edge.handler("btnTest")
    def run(_: Any) -> None:
        """Nothing to do."""

    registered = excel_edge.HANDLERS
    assert registered == {"btnTest": run}
