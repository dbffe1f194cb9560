"""LibreOffice headless as a second spreadsheet engine: recalculate and convert.

LibreOffice never saves the workbook it reads here: it writes a converted copy
(xlsx to read the recalculated values back, pdf to take pictures of the sheets).
A scratch profile per run keeps it from touching, or waiting on, a user's one.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

#: Long enough for a cold start on a slow machine; a hang is an error, not a wait.
TIMEOUT_SECONDS = 180


def convert(soffice: str, workbook: Path, folder: Path, target: str) -> Path:
    """Convert ``workbook`` with LibreOffice headless; return the converted file.

    Args:
        soffice: the LibreOffice program.
        workbook: the file to read.
        folder: where the scratch profile and the converted file go.
        target: LibreOffice's ``--convert-to`` argument (``xlsx``, ``pdf:...``).
    """
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
    )
    return folder / f"{workbook.stem}.{target.split(':', maxsplit=1)[0]}"
