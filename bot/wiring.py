"""Constructing services from settings, shared by the bot and the terminal commands."""

from __future__ import annotations

import aiohttp

from bot.config import Settings
from services.prices.coingecko import CoinGeckoClient
from services.prices.cryptocompare import CryptoCompareClient
from services.prices.service import PriceService

USER_AGENT = "cryptobot/0.1"


def open_http_session() -> aiohttp.ClientSession:
    """The process's one HTTP session; call inside the running event loop."""
    return aiohttp.ClientSession(headers={"User-Agent": USER_AGENT})


def build_price_service(settings: Settings, http: aiohttp.ClientSession) -> PriceService:
    """The price service on CoinGecko with CryptoCompare as fallback."""
    return PriceService(
        CoinGeckoClient(
            http, settings.coingecko_api_url, settings.coingecko_api_key.get_secret_value()
        ),
        CryptoCompareClient(http, settings.cryptocompare_api_url),
        poll_seconds=settings.price_poll_seconds,
        default_coins=settings.default_coins,
    )
