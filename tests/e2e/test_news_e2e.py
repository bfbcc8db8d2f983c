"""The real ``cryptobot run`` process polling real feeds (and a broken one), answering /news."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from tests.conftest import Upstreams
from tests.e2e.process import BotProcess

pytestmark = pytest.mark.e2e
CHAT = 10081232


async def _until_fetched(upstreams: Upstreams, path: str, *, times: int) -> None:
    """Wait until the bot has fetched the feed at ``path`` ``times`` times."""
    deadline = time.monotonic() + 20
    while upstreams.feeds.count(path) < times:
        assert time.monotonic() < deadline, "the bot never polled the feeds"
        await asyncio.sleep(0.05)


async def test_news_commands_against_polled_feeds(upstreams: Upstreams, tmp_path: Path) -> None:
    telegram = upstreams.telegram
    env = upstreams.env(NEWS_POLL_SECONDS="1", DATABASE_URL="sqlite+aiosqlite:///db/bot.db")
    bot = await BotProcess(["run"], env, tmp_path).start()
    try:
        # The first poll runs a second after start; then every second (304s from now on).
        await _until_fetched(upstreams, "/decrypt.rss", times=2)
        assert upstreams.feeds.count("/down") >= 1

        telegram.push_text("/news")
        telegram.push_text("/news regulation")
        telegram.push_text("/news btc")
        replies = await telegram.wait_for(CHAT, count=3, timeout=20)
        by_heading = {m.text.splitlines()[0]: m.text.splitlines()[1:] for m in replies}
        latest = by_heading["<b>Latest crypto news</b>"]
        assert len(latest) == 8
        assert all(line.startswith("• ") and '<a href="https://' in line for line in latest)
        regulation = by_heading["<b>Regulation news</b>"]
        assert regulation
        assert all(line.startswith("• ⚖️") for line in regulation)
        about_btc = by_heading["<b>News about BTC</b>"]
        assert len(about_btc) == 8
        assert all(m.params["link_preview_options"] == {"is_disabled": True} for m in replies)
        # Only the updates the bot answers: none the library cannot read, no needless traffic.
        polls = [params for method, params in telegram.calls if method == "getUpdates"]
        assert polls
        assert all(p["allowed_updates"] == ["message", "channel_post"] for p in polls)
    finally:
        status = await bot.stop()
    log = bot.stderr.decode()
    assert status == 0, log
    assert "feed " in log
    assert "/down skipped: HTTP 500" in log
    assert (tmp_path / "db" / "bot.db").exists()


async def test_sigterm_during_a_poll_waiting_on_a_feed_stops_at_once(
    upstreams: Upstreams, tmp_path: Path
) -> None:
    # The feed's timeout is 15 s, more than docker stop's 10 s of grace before SIGKILL.
    upstreams.feeds.add("/hanging", mode="slow", delay=600)
    feeds = ",".join([*upstreams.feed_urls, f"{upstreams.urls['feeds']}/hanging"])
    env = upstreams.env(NEWS_POLL_SECONDS="1", NEWS_FEEDS=feeds)
    bot = await BotProcess(["run"], env, tmp_path).start()
    try:
        await _until_fetched(upstreams, "/hanging", times=1)
    finally:
        status = await bot.stop(timeout=8)
    log = bot.stderr.decode()
    assert status == 0, log
    assert "news poll stopped: the bot is stopping" in log
    assert "Traceback" not in log
