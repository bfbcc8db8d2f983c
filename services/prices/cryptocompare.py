"""CryptoCompare's ``pricemultifull``: the fallback price source."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import aiohttp

from services.errors import BadPayload
from services.http import as_number, get_json
from services.prices.models import Coin, PriceQuote

SOURCE = "cryptocompare"
#: CryptoCompare refuses an ``fsyms`` longer than 300 characters.
MAX_FSYMS_CHARS = 300


def parse_pricemultifull(
    payload: Any, coins: Sequence[Coin], currency: str, fetched_at: float
) -> dict[str, PriceQuote]:
    """Turn a ``/data/pricemultifull`` body into quotes keyed by coin id.

    Raises:
        BadPayload: when the body is CryptoCompare's error object or lacks ``RAW``.
    """
    if not isinstance(payload, dict):
        raise BadPayload(SOURCE, "pricemultifull: expected an object")
    if payload.get("Response") == "Error":
        raise BadPayload(SOURCE, f"pricemultifull: {payload.get('Message', 'error')}")
    raw = payload.get("RAW")
    if not isinstance(raw, dict):
        raise BadPayload(SOURCE, "pricemultifull: no RAW section")
    quotes: dict[str, PriceQuote] = {}
    tsym = currency.upper()
    for coin in coins:
        by_currency = raw.get(coin.symbol)
        entry = by_currency.get(tsym) if isinstance(by_currency, dict) else None
        if not isinstance(entry, dict):
            continue
        price = as_number(entry.get("PRICE"))
        if price is None or price <= 0:  # no market: a price of 0 is none
            continue
        volume = as_number(entry.get("TOTALVOLUME24HTO"))
        if volume is None:
            volume = as_number(entry.get("VOLUME24HOURTO"))
        updated = as_number(entry.get("LASTUPDATE"))
        quotes[coin.id] = PriceQuote(
            coin=coin,
            currency=currency,
            price=price,
            change_24h_pct=as_number(entry.get("CHANGEPCT24HOUR")),
            volume_24h=volume,
            market_cap=as_number(entry.get("MKTCAP")),
            updated_at=updated if updated is not None else fetched_at,
            fetched_at=fetched_at,
            source=SOURCE,
        )
    return quotes


def _symbol_batches(coins: Sequence[Coin]) -> list[list[Coin]]:
    batches: list[list[Coin]] = []
    current: list[Coin] = []
    length = 0
    for coin in coins:
        extra = len(coin.symbol) + (1 if current else 0)
        if current and length + extra > MAX_FSYMS_CHARS:
            batches.append(current)
            current, length, extra = [], 0, len(coin.symbol)
        current.append(coin)
        length += extra
    if current:
        batches.append(current)
    return batches


class CryptoCompareClient:
    """A thin client of CryptoCompare's min-api.

    Args:
        session: the process's shared aiohttp session.
        base_url: the API root, e.g. ``https://min-api.cryptocompare.com``.
        timeout: seconds allowed per request.
        clock: returns the current Unix time; tests pass their own.
    """

    def __init__(
        self,
        session: aiohttp.ClientSession,
        base_url: str,
        *,
        timeout: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._session = session
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._clock = clock

    async def price_multi_full(
        self, coins: Sequence[Coin], currency: str
    ) -> dict[str, PriceQuote]:
        """Price ``coins`` (by ticker) in ``currency``."""
        quotes: dict[str, PriceQuote] = {}
        for batch in _symbol_batches(coins):
            # Two coins may share a ticker; CryptoCompare knows one coin per ticker.
            symbols = list(dict.fromkeys(coin.symbol for coin in batch))
            payload = await get_json(
                self._session,
                SOURCE,
                f"{self._base_url}/data/pricemultifull",
                params={"fsyms": ",".join(symbols), "tsyms": currency.upper()},
                headers={"Accept": "application/json"},
                timeout=self._timeout,
            )
            quotes.update(parse_pricemultifull(payload, batch, currency, self._clock()))
        return quotes
