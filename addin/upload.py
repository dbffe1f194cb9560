"""The upload file: the exact bytes Seller Central takes as an Inventory Loader File.

One header row of field names, tab-delimited, no quoting, CRLF, no BOM; prices
with a dot and the currency's decimals, whole-number quantities, blank cells
blank. Written atomically, and never over an existing file unless asked.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from itertools import repeat
from pathlib import Path

from addin.errors import OutputExistsError, WriteError
from addin.marketplaces import Marketplace
from addin.rules import UPLOAD_COLUMNS
from addin.stockfile import StockRow
from addin.values import parse_whole_number, price_text

logger = logging.getLogger(__name__)

#: Excel writes CRLF in its "Text (Tab delimited)" files; Amazon's samples too.
LINE_END = "\r\n"


def upload_value(column: str, value: str, market: Marketplace) -> str:
    """A checked cell spelled as the upload file wants it."""
    if column == "price" and value:
        return price_text(value, market.decimals)
    if column == "quantity" and value:
        number = parse_whole_number(value)
        return value if number is None else str(number)
    return value


def render_upload(
    rows: Iterable[StockRow],
    market: Marketplace,
    encoding: str,
    columns: Sequence[str] = UPLOAD_COLUMNS,
) -> bytes:
    """The upload file's bytes for rows that passed the checks.

    Raises:
        UnicodeEncodeError: a value the encoding cannot hold; the checks report
            such values as ``not-encodable`` first, so this means a caller skipped
            them.
    """
    # A catalogue repeats its prices and quantities: each is spelled once.
    spelled: dict[int, dict[str, str]] = {
        i: {} for i, column in enumerate(columns) if column in _SPELLED
    }
    lines = ["\t".join(columns)]
    for row in rows:
        cells = list(map(row.values.get, columns, repeat("")))
        for index, known in spelled.items():
            value = cells[index]
            if value:
                if value not in known:
                    known[value] = upload_value(columns[index], value, market)
                cells[index] = known[value]
        lines.append("\t".join(cells))
    return (LINE_END.join(lines) + LINE_END).encode(encoding, errors="strict")


#: The columns whose values the upload file spells its own way.
_SPELLED = ("price", "quantity")


_DEFAULT_MODE = 0o666


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes, force: bool = False) -> None:
    """Write a file whole or not at all; refuse to replace one unless forced.

    Raises:
        OutputExistsError: the file exists and ``force`` is False.
        WriteError: the folder is missing or not writable.
    """
    if path.exists() and not force:
        raise OutputExistsError("output-exists", file=str(path))
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    except OSError as error:
        raise WriteError(
            "output-unwritable", file=str(path), detail=error.strerror
        ) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private; the seller's file gets the usual mode.
        os.chmod(temporary, _DEFAULT_MODE & ~_umask())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise WriteError(
            "output-unwritable", file=str(path), detail=error.strerror
        ) from error
    logger.info("wrote %s (%d bytes)", path, len(data))
