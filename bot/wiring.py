"""Constructing services from settings, shared by the bot and the terminal commands."""

from __future__ import annotations

from datetime import timedelta

import aiohttp
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.workers import WorkerPool
from services.news.coins import CoinTagger
from services.news.feeds import FeedFetcher
from services.news.service import NewsService
from services.news.store import StoryStore
from services.prices.coingecko import CoinGeckoClient
from services.prices.cryptocompare import CryptoCompareClient
from services.prices.service import PriceService
from services.prices.universe import CoinUniverse

USER_AGENT = "cryptobot/0.1"
#: Stories are tagged with the coins of this many of the largest by market cap.
TAGGED_COINS = 500


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


class UniverseTagger:
    """The coin tagger of the price service's current universe, rebuilt when it changes."""

    def __init__(self, prices: PriceService) -> None:
        self._prices = prices
        self._universe: CoinUniverse | None = None
        self._tagger: CoinTagger | None = None

    def __call__(self) -> CoinTagger:
        universe = self._prices.universe
        if self._tagger is None or universe is not self._universe:
            self._universe, self._tagger = universe, CoinTagger(universe.top(TAGGED_COINS))
        return self._tagger


def build_news_service(
    settings: Settings,
    http: aiohttp.ClientSession,
    database: AsyncEngine,
    prices: PriceService,
    workers: WorkerPool,
) -> NewsService:
    """The news service on ``NEWS_FEEDS``, tagging with the price service's coins."""
    return NewsService(
        FeedFetcher(http),
        StoryStore(database),
        settings.news_feeds,
        tagger=UniverseTagger(prices),
        retention=timedelta(days=settings.news_retention_days),
        offload=workers.run,
        parallel=workers.size,
    )
