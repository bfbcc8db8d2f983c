"""CoinGecko's public API: batched prices, the coin universe and search."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from typing import Any

import aiohttp

from services.errors import BadPayload
from services.http import as_number, get_json
from services.prices.models import Coin, PriceQuote
from services.text import fold

SOURCE = "coingecko"
#: CoinGecko accepts long id lists, but URLs past a few KB are refused by proxies.
IDS_PER_REQUEST = 200
MARKETS_PER_PAGE = 250
#: Bounds on what users see of a coin; a coin the source gives outside them is left out.
MAX_SYMBOL_CHARS = 24
MAX_NAME_CHARS = 80
MAX_ID_CHARS = 120
_ID = re.compile(r"[A-Za-z0-9._~-]+")  # URL-safe, and no separator of a batched request


def parse_simple_price(
    payload: Any, coins: Sequence[Coin], currency: str, fetched_at: float
) -> dict[str, PriceQuote]:
    """Turn a ``/simple/price`` body into quotes keyed by coin id.

    Coins the body leaves out (unknown ids) or prices as null are left out too.

    Raises:
        BadPayload: when the body is not the object ``/simple/price`` returns.
    """
    if not isinstance(payload, dict):
        raise BadPayload(SOURCE, "simple/price: expected an object")
    if "status" in payload and isinstance(payload["status"], dict):
        raise BadPayload(SOURCE, f"simple/price: error {payload['status']}")
    quotes: dict[str, PriceQuote] = {}
    for coin in coins:
        entry = payload.get(coin.id)
        if not isinstance(entry, dict):
            continue
        price = as_number(entry.get(currency))
        if price is None or price <= 0:  # no market: a price of 0 is none
            continue
        updated = as_number(entry.get("last_updated_at"))
        quotes[coin.id] = PriceQuote(
            coin=coin,
            currency=currency,
            price=price,
            change_24h_pct=as_number(entry.get(f"{currency}_24h_change")),
            volume_24h=as_number(entry.get(f"{currency}_24h_vol")),
            market_cap=as_number(entry.get(f"{currency}_market_cap")),
            updated_at=updated if updated is not None else fetched_at,
            fetched_at=fetched_at,
            source=SOURCE,
        )
    return quotes


def _coin(entry: Any, market_cap: float | None = None) -> Coin | None:
    if not isinstance(entry, dict):
        return None
    coin_id, symbol, name = entry.get("id"), entry.get("symbol"), entry.get("name")
    if not (isinstance(coin_id, str) and isinstance(symbol, str) and isinstance(name, str)):
        return None
    # What users see of a coin comes from the source: one line, short, nothing invisible.
    # An id goes into batched requests (``ids=a,b``): no commas, no spaces.
    symbol, name = fold(symbol).strip(), fold(" ".join(name.split()))[:MAX_NAME_CHARS].strip()
    if not (0 < len(symbol) <= MAX_SYMBOL_CHARS) or any(c.isspace() for c in symbol):
        return None
    if not (0 < len(coin_id) <= MAX_ID_CHARS) or not _ID.fullmatch(coin_id):
        return None
    return Coin(
        id=coin_id, symbol=symbol.upper(), name=name or symbol.upper(), market_cap=market_cap
    )


def parse_coins_list(payload: Any) -> list[Coin]:
    """Turn a ``/coins/list`` body into coins (without market caps)."""
    if not isinstance(payload, list):
        raise BadPayload(SOURCE, "coins/list: expected an array")
    return [coin for entry in payload if (coin := _coin(entry)) is not None]


def parse_markets(payload: Any) -> list[Coin]:
    """Turn a ``/coins/markets`` body into coins with their market caps."""
    if not isinstance(payload, list):
        raise BadPayload(SOURCE, "coins/markets: expected an array")
    coins = []
    for entry in payload:
        cap = as_number(entry.get("market_cap")) if isinstance(entry, dict) else None
        coin = _coin(entry, cap or None)
        if coin is not None:
            coins.append(coin)
    return coins


def parse_search(payload: Any) -> list[tuple[Coin, int | None]]:
    """Turn a ``/search`` body into coins with their market-cap rank, in CoinGecko's order."""
    if not isinstance(payload, dict) or not isinstance(payload.get("coins"), list):
        raise BadPayload(SOURCE, "search: expected an object with coins")
    found = []
    for entry in payload["coins"]:
        coin = _coin(entry)
        if coin is None:
            continue
        rank = entry.get("market_cap_rank")
        found.append((coin, rank if isinstance(rank, int) and rank > 0 else None))
    return found


class CoinGeckoClient:
    """A thin client of the CoinGecko v3 API.

    Args:
        session: the process's shared aiohttp session.
        base_url: the API root, e.g. ``https://api.coingecko.com/api/v3``.
        api_key: a demo or pro key; sent in the header the base URL calls for.
        timeout: seconds allowed per request.
        clock: returns the current Unix time; tests pass their own.
    """

    def __init__(
        self,
        session: aiohttp.ClientSession,
        base_url: str,
        api_key: str = "",
        *,
        timeout: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._session = session
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._clock = clock
        self._headers = {"Accept": "application/json"}
        if api_key:
            header = "x-cg-pro-api-key" if "pro-api" in self._base_url else "x-cg-demo-api-key"
            self._headers[header] = api_key

    async def _get(self, path: str, params: dict[str, str] | None = None) -> Any:
        return await get_json(
            self._session,
            SOURCE,
            f"{self._base_url}{path}",
            params=params,
            headers=self._headers,
            timeout=self._timeout,
        )

    async def simple_price(self, coins: Sequence[Coin], currency: str) -> dict[str, PriceQuote]:
        """Price ``coins`` in ``currency`` with 24 h change, volume and market cap."""
        quotes: dict[str, PriceQuote] = {}
        for start in range(0, len(coins), IDS_PER_REQUEST):
            chunk = coins[start : start + IDS_PER_REQUEST]
            payload = await self._get(
                "/simple/price",
                {
                    "ids": ",".join(coin.id for coin in chunk),
                    "vs_currencies": currency,
                    "include_market_cap": "true",
                    "include_24hr_vol": "true",
                    "include_24hr_change": "true",
                    "include_last_updated_at": "true",
                    "precision": "full",
                },
            )
            quotes.update(parse_simple_price(payload, chunk, currency, self._clock()))
        return quotes

    async def coins_list(self) -> list[Coin]:
        """Every coin CoinGecko lists (about 17,000), without market caps."""
        return parse_coins_list(await self._get("/coins/list"))

    async def markets(self, pages: int = 2) -> list[Coin]:
        """The largest coins by market cap, ``MARKETS_PER_PAGE`` per page."""
        coins: list[Coin] = []
        for page in range(1, pages + 1):
            payload = await self._get(
                "/coins/markets",
                {
                    "vs_currency": "usd",
                    "order": "market_cap_desc",
                    "per_page": str(MARKETS_PER_PAGE),
                    "page": str(page),
                },
            )
            batch = parse_markets(payload)
            coins.extend(batch)
            if len(batch) < MARKETS_PER_PAGE:
                break
        return coins

    async def search(self, query: str) -> list[tuple[Coin, int | None]]:
        """Coins matching ``query`` by name or symbol, with their market-cap rank."""
        return parse_search(await self._get("/search", {"query": query}))
