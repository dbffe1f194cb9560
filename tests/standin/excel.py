"""The stand-in Excel: pyOpenVBA's in-memory Excel behind xlwings' names.

Tests make an :class:`Excel`, open a :class:`~tests.standin.book.Book` in it and
hand the book to the handlers exactly as ``xw.Book.caller()`` would. What the
tests inspect and what the handlers must not see (the round-trip counter, the
answers a seller gives to alerts, the status-bar history) lives on
:class:`Excel`, not on the xlwings-shaped objects.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pyopenvba.apps.excel import ExcelApplication

from tests.standin.book import Book
from tests.standin.store import Store

#: Excel's calculation modes as xlwings names them, and their COM numbers.
CALCULATION_MODES = {"automatic": -4105, "manual": -4135, "semiautomatic": 2}
ALERT_BUTTONS = {"ok": ("ok",), "ok_cancel": ("ok", "cancel"), "yes_no": ("yes", "no")}
ALERT_BUTTONS["yes_no_cancel"] = ("yes", "no", "cancel")


class RoundTrips:
    """Calls that would each cross to Excel (COM or AppleScript), by kind."""

    def __init__(self) -> None:
        self.by_kind: Counter[str] = Counter()
        self.seconds = 0.0
        """Time spent inside the stand-in, so a benchmark can leave it out."""

    @property
    def total(self) -> int:
        """Every counted call."""
        return sum(self.by_kind.values())

    def reset(self) -> None:
        """Start counting again."""
        self.by_kind.clear()
        self.seconds = 0.0


class Alert:
    """One alert shown to the seller."""

    def __init__(self, prompt: str, title: str | None, buttons: str) -> None:
        self.prompt = prompt
        self.title = title
        self.buttons = buttons


class Excel:
    """One stand-in Excel instance holding books."""

    def __init__(
        self, *, windows: bool = True, fast_from_row: int | None = None
    ) -> None:
        self.vba = ExcelApplication()
        self.windows = windows
        self.store = None if fast_from_row is None else Store(fast_from_row)
        """Rows from ``fast_from_row`` on live in the stand-in's fast store."""
        self.round_trips = RoundTrips()
        self.alerts: list[Alert] = []
        self.answers: list[str] = []
        """What the seller clicks in the next alerts, first first."""
        self.status_bars: list[str | bool] = []
        self.active_sheet: str | None = None
        """The sheet the last ``Sheet.activate`` showed."""
        self.app = App(self)

    def new_book(self, fullname: str | Path) -> Book:
        """An empty book whose file would be ``fullname`` (absolute)."""
        workbook = self.vba.add_workbook()
        return Book(self, workbook, str(fullname))

    def open_book(self, source: Path, fullname: str | Path) -> Book:
        """A book loaded from a saved workbook, as if its file were ``fullname``.

        pyOpenVBA calculates a formula when it is written, not when a file is
        loaded: formulas saved with no cached values read as empty until
        written again.
        """
        workbook = self.vba.open_workbook(source)
        return Book(self, workbook, str(fullname))

    @contextmanager
    def round_trip(self, kind: str) -> Iterator[None]:
        """Count one call to Excel and the time the stand-in spends on it."""
        started = time.perf_counter()
        self.round_trips.by_kind[kind] += 1
        try:
            yield
        finally:
            self.round_trips.seconds += time.perf_counter() - started


class App:
    """The xlwings ``App`` of the stand-in: the Excel-wide switches and alerts."""

    def __init__(self, excel: Excel) -> None:
        self._excel = excel
        self._application = excel.vba.application

    @property
    def version(self) -> str:
        """Excel's version number."""
        return str(self._application.vba_get("Version"))

    @property
    def screen_updating(self) -> bool:
        """Whether Excel redraws while cells change."""
        with self._excel.round_trip("app"):
            return bool(self._application.screen_updating)

    @screen_updating.setter
    def screen_updating(self, value: bool) -> None:
        with self._excel.round_trip("app"):
            self._application.screen_updating = bool(value)

    @property
    def calculation(self) -> str:
        """``automatic``, ``manual`` or ``semiautomatic``."""
        with self._excel.round_trip("app"):
            number = self._application.calculation
        return next(name for name, code in CALCULATION_MODES.items() if code == number)

    @calculation.setter
    def calculation(self, value: str) -> None:
        with self._excel.round_trip("app"):
            self._application.calculation = CALCULATION_MODES[value]

    @property
    def status_bar(self) -> str | bool:
        """The status-bar text, or False when Excel shows its own."""
        with self._excel.round_trip("app"):
            text = self._application.status_bar
        return False if text in (False, None, "") else str(text)

    @status_bar.setter
    def status_bar(self, value: str | bool) -> None:
        with self._excel.round_trip("app"):
            self._application.status_bar = value
            self._excel.status_bars.append(value)

    def calculate(self) -> None:
        """Recalculate every open book (Excel's F9), as manual mode needs."""
        with self._excel.round_trip("app"):
            self._application.vba_get("Calculate")

    def alert(
        self,
        prompt: str,
        title: str | None = None,
        buttons: str = "ok",
        mode: str | None = None,
        callback: str | None = None,
    ) -> str | None:
        """Show a message box; return the button the seller pressed."""
        with self._excel.round_trip("alert"):
            choices = ALERT_BUTTONS[buttons]
            self._excel.alerts.append(Alert(prompt, title, buttons))
            answer = self._excel.answers.pop(0) if self._excel.answers else choices[0]
            if answer not in choices:
                raise AssertionError(f"{answer!r} is not a button of {buttons!r}")
            return answer
