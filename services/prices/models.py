"""Plain values of the price domain."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Coin:
    """A coin of the universe, as CoinGecko knows it.

    Attributes:
        id: CoinGecko's id (``bitcoin``, ``bitcoin-cash-sv``), the key everywhere.
        symbol: the ticker in upper case (``BTC``, ``BSV``).
        name: the display name (``Bitcoin SV``).
        market_cap: the latest known market cap in USD, ``None`` when unranked.
    """

    id: str
    symbol: str
    name: str
    market_cap: float | None = None


@dataclass(frozen=True, slots=True)
class PriceQuote:
    """One coin's price in one currency at one moment.

    Attributes:
        coin: the coin quoted.
        currency: the quote currency, lower case (``usd``).
        price: the last price.
        change_24h_pct: the 24 h change in percent, ``None`` when the source gave none.
        volume_24h: the 24 h traded volume in the quote currency, ``None`` when unknown.
        market_cap: the market cap in the quote currency, ``None`` when unknown.
        updated_at: when the source last updated the price (Unix seconds).
        fetched_at: when we received it (Unix seconds).
        source: ``coingecko`` or ``cryptocompare``.
    """

    coin: Coin
    currency: str
    price: float
    change_24h_pct: float | None
    volume_24h: float | None
    market_cap: float | None
    updated_at: float
    fetched_at: float
    source: str
