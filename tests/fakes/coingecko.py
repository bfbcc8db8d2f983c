"""A fake CoinGecko v3 API speaking the real response formats, failures included."""

from __future__ import annotations

import asyncio
import copy
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.server import fixture_json


@dataclass
class Market:
    """One coin as the fake prices it."""

    id: str
    symbol: str
    name: str
    price: float
    change_pct: float
    volume: float
    market_cap: float | None
    #: When the source last updated the price (Unix seconds); ``None``: when it is asked.
    last_updated: int | None = None

    def updated_at(self) -> int:
        return int(time.time()) if self.last_updated is None else self.last_updated


#: A small universe with the collisions the real list has (several coins with symbol btc).
DEFAULT_MARKETS: tuple[Market, ...] = (
    Market("bitcoin", "btc", "Bitcoin", 63733.21, 1.2234, 21_390_000_000, 1.26e12),
    Market("ethereum", "eth", "Ethereum", 3120.55, -0.351, 11_020_000_000, 3.75e11),
    Market("bitcoin-cash-sv", "bsv", "Bitcoin SV", 52.38, 3.5, 31_200_000, 1.03e9),
    Market("bitcoin-cash", "bch", "Bitcoin Cash", 481.9, -2.05, 402_000_000, 9.5e9),
    Market("litecoin", "ltc", "Litecoin", 84.123, 0.0, 512_300_000, 6.3e9),
    Market("dogecoin", "doge", "Dogecoin", 0.10432, 5.77, 1_050_000_000, 1.52e10),
    Market("shiba-inu", "shib", "Shiba Inu", 0.0000123449, -1.5, 201_000_000, 7.2e9),
    Market("solana", "sol", "Solana", 142.7, 2.2, 3_100_000_000, 6.6e10),
    Market("ripple", "xrp", "XRP", 0.5234, 0.4, 1_200_000_000, 2.9e10),
    # Lesser coins that share a ticker or a name with a big one.
    Market("bitcoin-bep2", "btc", "Bitcoin BEP2", 63500.0, 1.1, 120_000, 7.1e6),
    Market("batcat", "btc", "batcat", 0.0004, -9.0, 1_000, None),
    Market("ethereum-wormhole", "eth", "Ethereum (Wormhole)", 3119.0, -0.3, 5_000_000, 4.0e7),
    Market("dogecoin-2", "doge", "Dogecoin 2.0", 0.002, 12.0, 3_000, None),
)


@dataclass
class FakeCoinGecko:
    """The fake's state; tests change ``mode`` and ``markets`` between requests.

    Modes: ``ok``, ``429`` (real body, ``Retry-After``), ``500``, ``slow`` (``delay`` seconds),
    ``html`` (an error page with status 200), ``badjson``, ``down`` (connection dropped).
    """

    markets: dict[str, Market] = field(
        default_factory=lambda: {m.id: copy.copy(m) for m in DEFAULT_MARKETS}
    )
    mode: str = "ok"
    delay: float = 0.0
    retry_after: str = "30"
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def count(self, path: str) -> int:
        """How many requests reached ``path`` (``/simple/price``)."""
        return sum(1 for seen, _query in self.requests if seen == path)

    def app(self) -> web.Application:
        """The aiohttp application; mount it at the root of a test server."""
        app = web.Application(middlewares=[self._failures])
        app.router.add_get("/simple/price", self._simple_price)
        app.router.add_get("/coins/list", self._coins_list)
        app.router.add_get("/coins/markets", self._coins_markets)
        app.router.add_get("/search", self._search)
        return app

    @web.middleware
    async def _failures(self, request: web.Request, handler: Any) -> web.StreamResponse:
        self.requests.append((request.path, dict(request.query)))
        if self.mode == "429":
            return web.json_response(
                fixture_json("coingecko/error_429_rate_limit.json"),
                status=429,
                headers={"Retry-After": self.retry_after},
            )
        if self.mode == "500":
            return web.Response(status=500, text="Internal Server Error")
        if self.mode == "html":
            return web.Response(
                text="<html><head><title>Just a moment...</title></head><body></body></html>",
                content_type="text/html",
            )
        if self.mode == "badjson":
            return web.Response(text='{"bitcoin": {"usd": 6', content_type="application/json")
        if self.mode == "down":
            assert request.transport is not None
            request.transport.close()
            raise ConnectionResetError
        if self.mode == "slow" or self.delay:
            await asyncio.sleep(self.delay)
        response: web.StreamResponse = await handler(request)
        return response

    async def _simple_price(self, request: web.Request) -> web.Response:
        ids = [i for i in request.query.get("ids", "").split(",") if i]
        currency = request.query.get("vs_currencies", "usd").split(",")[0].lower()
        body: dict[str, Any] = {}
        for coin_id in ids:
            market = self.markets.get(coin_id)
            if market is None:
                continue  # CoinGecko leaves unknown ids out
            rate = _RATES.get(currency, 1.0)
            # The key order and names of the real body (simple_price_..._include_all).
            body[coin_id] = {
                currency: market.price * rate,
                f"{currency}_market_cap": (market.market_cap or 0.0) * rate,
                f"{currency}_24h_vol": market.volume * rate,
                f"{currency}_24h_change": market.change_pct,
                "last_updated_at": market.updated_at(),
            }
        return web.json_response(body)

    async def _coins_list(self, request: web.Request) -> web.Response:
        template = fixture_json("coingecko/jkorf_coins_list_slice.json")[1]
        rows = []
        for market in self.markets.values():
            row = dict(template)
            row.update(id=market.id, symbol=market.symbol, name=market.name)
            row.pop("platforms", None)
            rows.append(row)
        return web.json_response(rows)

    async def _coins_markets(self, request: web.Request) -> web.Response:
        template = fixture_json("coingecko/jkorf_coins_markets.json")[0]
        page = int(request.query.get("page", "1"))
        per_page = int(request.query.get("per_page", "100"))
        ranked = sorted(
            (m for m in self.markets.values() if m.market_cap),
            key=lambda m: m.market_cap or 0.0,
            reverse=True,
        )
        rows = []
        for rank, market in enumerate(ranked, start=1):
            row = dict(template)
            row.update(
                id=market.id,
                symbol=market.symbol,
                name=market.name,
                current_price=market.price,
                market_cap=market.market_cap,
                market_cap_rank=rank,
                total_volume=market.volume,
                price_change_percentage_24h=market.change_pct,
            )
            rows.append(row)
        return web.json_response(rows[(page - 1) * per_page : page * per_page])

    async def _search(self, request: web.Request) -> web.Response:
        query = request.query.get("query", "").lower()
        body = fixture_json("coingecko/jkorf_search_ethereum.json")
        template = body["coins"][0]
        ranked = sorted(self.markets.values(), key=lambda m: m.market_cap or 0.0, reverse=True)
        coins = []
        for rank, market in enumerate(ranked, start=1):
            if query in market.name.lower() or query == market.symbol:
                row = dict(template)
                row.update(
                    id=market.id,
                    name=market.name,
                    api_symbol=market.id,
                    symbol=market.symbol.upper(),
                    market_cap_rank=rank if market.market_cap else None,
                )
                coins.append(row)
        body["coins"] = coins
        return web.json_response(body)


#: Conversion rates for quotes in other currencies.
_RATES = {"usd": 1.0, "eur": 0.92, "gbp": 0.79, "jpy": 151.0, "btc": 1 / 63733.21}
