"""The marketplaces the product knows: ids, currencies, FBA centres and encodings.

One table, one place. The marketplace is always chosen by the seller (the
``--marketplace`` option or the settings cell), never guessed from a file.
"""

from __future__ import annotations

from dataclasses import dataclass

from addin.errors import UsageError


@dataclass(frozen=True)
class Marketplace:
    """One Amazon marketplace as the stock file needs it."""

    code: str
    marketplace_id: str
    currency: str
    decimals: int
    fulfillment_center_ids: tuple[str, ...]
    report_encoding: str
    export_encoding: str

    @property
    def fulfillment_center_id(self) -> str:
        """The FBA network code written for this marketplace's FBA rows."""
        return self.fulfillment_center_ids[0]


def _eu(code: str, marketplace_id: str, currency: str = "EUR") -> Marketplace:
    return Marketplace(
        code, marketplace_id, currency, 2, ("AMAZON_EU",), "cp1252", "cp1252"
    )


def _na(code: str, marketplace_id: str, currency: str, *extra: str) -> Marketplace:
    centres = ("AMAZON_NA", *extra)
    return Marketplace(code, marketplace_id, currency, 2, centres, "cp1252", "cp1252")


MARKETPLACES: dict[str, Marketplace] = {
    m.code: m
    for m in (
        _eu("FR", "A13V1IB3VIYZZH"),
        _eu("DE", "A1PA6795UKMFR9"),
        _eu("IT", "APJ6JRA9NG5V4"),
        _eu("ES", "A1RKKUPIHCS9HS"),
        _eu("NL", "A1805IZSGTT6HS"),
        _eu("BE", "AMEN7PMS3EDWL"),
        _eu("SE", "A2NODRKZP88ZB9", "SEK"),
        _eu("PL", "A1C3SOZRARQ6R3", "PLN"),
        # AMAZON_EU for the UK is unverified after 2021 (docs: known limitations).
        _eu("UK", "A1F83G8C2ARO7P", "GBP"),
        _na("US", "ATVPDKIKX0DER", "USD"),
        _na("CA", "A2EUQ1WTGCTBG2", "CAD", "AMAZON_CA"),
        _na("MX", "A1AM78C64UM0Y8", "MXN"),
        Marketplace("JP", "A1VC38T7YXB528", "JPY", 0, ("AMAZON_JP",), "cp932", "cp932"),
        Marketplace("IN", "A21TJRUUN4KGV", "INR", 2, ("AMAZON_IN",), "cp1252", "utf-8"),
    )
}

DEFAULT_MARKETPLACE = "FR"

#: Every FBA network code any marketplace accepts; others are not FBA codes at all.
KNOWN_FULFILLMENT_CENTER_IDS: frozenset[str] = frozenset(
    code for m in MARKETPLACES.values() for code in m.fulfillment_center_ids
)


def marketplace(code: str) -> Marketplace:
    """Return the marketplace for a code such as ``FR`` (any case).

    Raises:
        UsageError: the code is not in the table.
    """
    found = MARKETPLACES.get(code.strip().upper())
    if found is None:
        raise UsageError(
            "marketplace-unknown", value=code, choices=", ".join(MARKETPLACES)
        )
    return found
