"""A fake CryptoCompare ``/data/pricemultifull`` speaking the real RAW/DISPLAY format."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.coingecko import DEFAULT_MARKETS, Market
from tests.fakes.server import fixture_json


@dataclass
class FakeCryptoCompare:
    """Prices by ticker; CryptoCompare knows one coin per ticker (the big one).

    Modes: ``ok``, ``500``, ``error`` (CryptoCompare's HTTP-200 error object).
    """

    markets: dict[str, Market] = field(
        default_factory=lambda: {
            m.symbol.upper(): copy.copy(m)
            for m in reversed(DEFAULT_MARKETS)  # reversed: the first (biggest) coin wins
        }
    )
    mode: str = "ok"
    price_factor: float = 1.001  # CryptoCompare's aggregate differs a little from CoinGecko's
    requests: list[dict[str, str]] = field(default_factory=list)

    def app(self) -> web.Application:
        """The aiohttp application; mount it at the root of a test server."""
        app = web.Application()
        app.router.add_get("/data/pricemultifull", self._pricemultifull)
        return app

    async def _pricemultifull(self, request: web.Request) -> web.Response:
        self.requests.append(dict(request.query))
        if self.mode == "500":
            return web.Response(status=500, text="Internal Server Error")
        fsyms = [s for s in request.query.get("fsyms", "").split(",") if s]
        tsym = request.query.get("tsyms", "USD").split(",")[0].upper()
        known = [s for s in fsyms if s.upper() in self.markets]
        if self.mode == "error" or not known:
            return web.json_response(
                {
                    "Response": "Error",
                    "Message": f"cccagg_or_exchange market does not exist for this coin pair "
                    f"({fsyms[0] if fsyms else ''}-{tsym})",
                    "HasWarning": False,
                    "Type": 2,
                    "RateLimit": {},
                    "Data": {},
                    "ParamWithError": "fsyms",
                }
            )
        real = fixture_json("cryptocompare/pricemultifull_BTC_USD_EUR_2021-04-10.json")
        raw_template = real["RAW"]["BTC"]["USD"]
        display_template = real["DISPLAY"]["BTC"]["USD"]
        raw: dict[str, Any] = {}
        display: dict[str, Any] = {}
        for symbol in known:
            market = self.markets[symbol.upper()]
            price = market.price * self.price_factor
            entry = dict(raw_template)
            entry.update(
                FROMSYMBOL=symbol.upper(),
                TOSYMBOL=tsym,
                PRICE=price,
                CHANGEPCT24HOUR=market.change_pct,
                CHANGE24HOUR=price * market.change_pct / 100,
                VOLUME24HOURTO=market.volume * 0.4,
                TOTALVOLUME24HTO=market.volume,
                MKTCAP=market.market_cap or 0,
                LASTUPDATE=market.updated_at(),
            )
            raw[symbol.upper()] = {tsym: entry}
            shown = dict(display_template)
            shown.update(FROMSYMBOL=symbol.upper(), PRICE=f"$ {price:,.2f}")
            display[symbol.upper()] = {tsym: shown}
        return web.json_response({"RAW": raw, "DISPLAY": display})
