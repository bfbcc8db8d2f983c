"""The real ``cryptobot run`` process against a fake Bot API, CoinGecko and CryptoCompare."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.process import BotProcess
from tests.fakes.coingecko import FakeCoinGecko
from tests.fakes.cryptocompare import FakeCryptoCompare
from tests.fakes.telegram import TOKEN, FakeTelegram

pytestmark = pytest.mark.e2e


@pytest.fixture
async def fakes(aiohttp_server: Any) -> dict[str, Any]:
    telegram, coingecko, cryptocompare = FakeTelegram(), FakeCoinGecko(), FakeCryptoCompare()
    servers = {
        "telegram": await aiohttp_server(telegram.app()),
        "coingecko": await aiohttp_server(coingecko.app()),
        "cryptocompare": await aiohttp_server(cryptocompare.app()),
    }
    return {
        "telegram": telegram,
        "coingecko": coingecko,
        "cryptocompare": cryptocompare,
        "env": {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": str(servers["telegram"].make_url("")).rstrip("/"),
            "COINGECKO_API_URL": str(servers["coingecko"].make_url("")).rstrip("/"),
            "CRYPTOCOMPARE_API_URL": str(servers["cryptocompare"].make_url("")).rstrip("/"),
            "PRICE_POLL_SECONDS": "1",
            "NEWS_POLL_SECONDS": "3600",
            "NEWS_FEEDS": "http://127.0.0.1:9/unused.xml",
        },
    }


async def test_price_then_fallback_when_coingecko_goes_down(
    fakes: dict[str, Any], tmp_path: Path
) -> None:
    telegram: FakeTelegram = fakes["telegram"]
    coingecko: FakeCoinGecko = fakes["coingecko"]
    bot = await BotProcess(["run"], fakes["env"], tmp_path).start()
    try:
        telegram.push_text("/price btc")
        [reply] = await telegram.wait_for(10081232, timeout=20)
        assert reply.text == "BTC $63,733 ▲1.22% · Vol $21.39B"
        assert reply.params["parse_mode"] == "HTML"
        assert [c["command"] for c in telegram.commands] == ["price", "news", "help"]
        # A command under a group's photo; a command of the interface not built yet.
        group, channel = -100123, -1001310120257
        telegram.push_text(
            "/price@cryptotest_bot doge", caption=True, chat_id=group, chat_type="supergroup"
        )
        [under_photo] = await telegram.wait_for(group, timeout=20)
        assert under_photo.text == "DOGE $0.1043 ▲5.77% · Vol $1.05B"
        telegram.push_text("/subscribe regulation", chat_id=channel, chat_type="channel")
        [not_yet] = await telegram.wait_for(channel, timeout=20)
        assert not_yet.text.startswith("/subscribe is not available yet.")

        coingecko.mode = "500"
        coingecko.markets["bitcoin"].price = 70000.0
        fakes["cryptocompare"].markets["BTC"].price = 70000.0
        # The 1-second poll job finds CoinGecko failing and refreshes from CryptoCompare.
        await _until(lambda: bool(fakes["cryptocompare"].requests))
        telegram.push_text("/price btc")
        replies = await telegram.wait_for(10081232, count=2, timeout=20)
        # CryptoCompare's aggregate is 0.1% off CoinGecko's: the fresh price came from it.
        assert replies[1].text.startswith("BTC $70,070 ▲1.22% · Vol $21.39B")
        assert "⚠" not in replies[1].text
        assert fakes["cryptocompare"].requests
    finally:
        status = await bot.stop()
    assert status == 0, bot.stderr.decode()
    assert TOKEN not in bot.stderr.decode()
    print(bot.stderr.decode())


async def _until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)
