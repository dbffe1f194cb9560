"""Fixtures shared by the tests: the shared sample files and LibreOffice.

Tests that need ``../shared`` or LibreOffice skip with a reason on a machine
without them, and fail instead when ``CI=true``, so that a green CI never means
that nothing was checked.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"


def in_ci() -> bool:
    """Whether the tests run in CI, where nothing may be skipped for lack of a tool."""
    return os.environ.get("CI", "").lower() == "true"


def skip_or_fail(reason: str) -> None:
    """Skip on a developer's machine; fail in CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: this test must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder beside the checkout, with the sample files and cases."""
    if not (SHARED / "samples").is_dir():
        skip_or_fail(f"the shared sample files are not beside the checkout ({SHARED})")
    return SHARED


@pytest.fixture(scope="session")
def soffice() -> str:
    """The LibreOffice program, for recalculating formulas headless."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        skip_or_fail(
            "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)"
        )
    assert program is not None
    return program
