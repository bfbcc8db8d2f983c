"""Fixtures shared by the suite: fake upstream servers on 127.0.0.1 and settings aimed at them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from tests.fakes.coingecko import FakeCoinGecko
from tests.fakes.cryptocompare import FakeCryptoCompare
from tests.fakes.feeds import FakeFeeds
from tests.fakes.telegram import TOKEN, FakeTelegram


@dataclass
class Upstreams:
    """The fakes, their servers' root URLs, and settings pointing the bot at them."""

    telegram: FakeTelegram
    coingecko: FakeCoinGecko
    cryptocompare: FakeCryptoCompare
    feeds: FakeFeeds
    urls: dict[str, str]

    @property
    def feed_urls(self) -> list[str]:
        """The fake news site's feeds: two real outlets of one day, and a broken one."""
        return [f"{self.urls['feeds']}{path}" for path in ("/ct.rss", "/decrypt.rss", "/down")]

    def env(self, **extra: str) -> dict[str, str]:
        """Environment variables (CONTRACT names) for a ``cryptobot`` process."""
        return {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": self.urls["telegram"],
            "COINGECKO_API_URL": self.urls["coingecko"],
            "CRYPTOCOMPARE_API_URL": self.urls["cryptocompare"],
            "PRICE_POLL_SECONDS": "60",
            "NEWS_POLL_SECONDS": "3600",
            "NEWS_FEEDS": ",".join(self.feed_urls),
            # The captured feeds are from December 2025: keep their stories.
            "NEWS_RETENTION_DAYS": "3650",
            **extra,
        }

    def settings(self, tmp_path: Path, **extra: Any) -> Settings:
        """Settings as the bot would read them from ``env()``, with a database in ``tmp_path``."""
        values: dict[str, Any] = {
            "telegram_bot_token": TOKEN,
            "telegram_api_url": self.urls["telegram"],
            "coingecko_api_url": self.urls["coingecko"],
            "cryptocompare_api_url": self.urls["cryptocompare"],
            "news_feeds": self.feed_urls,
            "news_retention_days": 3650,
            "database_url": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
            **extra,
        }
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
async def upstreams(aiohttp_server: Any) -> Upstreams:
    feeds = FakeFeeds()
    feeds.add("/ct.rss", "news/cointelegraph_rss_2025-12-12.xml", etag='"ct"')
    feeds.add("/decrypt.rss", "news/decrypt_feed_2025-12-12.xml", etag='"dc"')
    feeds.add("/down", mode="500")
    fakes = FakeTelegram(), FakeCoinGecko(), FakeCryptoCompare(), feeds
    names = ("telegram", "coingecko", "cryptocompare", "feeds")
    urls = {}
    for name, fake in zip(names, fakes, strict=True):
        server = await aiohttp_server(fake.app())
        urls[name] = str(server.make_url("")).rstrip("/")
    return Upstreams(*fakes, urls=urls)


@pytest.fixture(autouse=True)
def _no_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see only the settings they set, not variables exported in the shell."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
