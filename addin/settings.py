"""The seller's settings: one set for the command line and the workbook alike."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from addin.errors import UsageError
from addin.marketplaces import DEFAULT_MARKETPLACE, Marketplace, marketplace

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


@dataclass(frozen=True)
class Settings:
    """What the seller chose; every field has the design's default.

    Attributes:
        marketplace: the marketplace code (FR, DE, ...), never guessed.
        default_quantity: the quantity for seller-fulfilled rows whose report
            quantity is 0 or blank; None leaves them with a ``quantity-needed``.
        encoding: the export encoding; None takes the marketplace's.
        allow_delete: whether ``add-delete`` ``d`` or ``x`` may be exported.
        language: ``fr`` or ``en``, for every message.
        handling_time: days to ship, written only into a seller's own template.
    """

    marketplace: str = DEFAULT_MARKETPLACE
    default_quantity: int | None = None
    encoding: str | None = None
    allow_delete: bool = False
    language: str = DEFAULT_LANGUAGE
    handling_time: int | None = None

    def __post_init__(self) -> None:
        marketplace(self.marketplace)  # refuses an unknown code early
        if self.language not in LANGUAGES:
            raise UsageError("language-unknown", value=self.language)
        if self.default_quantity is not None and self.default_quantity < 1:
            raise UsageError("default-quantity-invalid", value=self.default_quantity)
        if self.handling_time is not None and self.handling_time < 0:
            raise UsageError("handling-time-invalid", value=self.handling_time)
        if self.encoding is not None:
            _check_encoding(self.encoding)

    @property
    def market(self) -> Marketplace:
        """The marketplace record of :attr:`marketplace`."""
        return marketplace(self.marketplace)

    @property
    def export_encoding(self) -> str:
        """The encoding the upload file is written in."""
        return self.encoding or self.market.export_encoding


#: Codecs that begin a file with a byte order mark, which Amazon would read as
#: part of the first heading.
_BOM_WRITERS = ("utf-8-sig", "utf-16", "utf-32")


def _check_encoding(name: str) -> None:
    try:
        codec = codecs.lookup(name)
    except LookupError as error:
        raise UsageError("encoding-unknown", value=name) from error
    if codec.name in _BOM_WRITERS:
        raise UsageError("encoding-bom", value=name)
