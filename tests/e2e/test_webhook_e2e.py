"""``cryptobot webhook``: the real process receiving updates over HTTP, as behind a proxy."""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path

import aiohttp
import pytest

from tests.conftest import Upstreams
from tests.e2e.process import BotProcess
from tests.fakes.telegram import make_update

pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_registers_and_answers(upstreams: Upstreams, tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    env = upstreams.env(
        WEBHOOK_URL=url,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
        WEBHOOK_SECRET_TOKEN="s3cret-Value_1",
    )
    bot = await BotProcess(["webhook"], env, tmp_path).start()
    try:
        deadline = time.monotonic() + 20
        while "setWebhook" not in upstreams.telegram.methods():
            assert time.monotonic() < deadline, "the bot never called setWebhook"
            await asyncio.sleep(0.05)
        [params] = [p for m, p in upstreams.telegram.calls if m == "setWebhook"]
        assert params["url"] == url
        assert params["secret_token"] == "s3cret-Value_1"
        update = make_update("/price btc", update_id=77, message_id=5)
        async with aiohttp.ClientSession() as http:
            for _ in range(100):  # the listener starts just after setWebhook
                try:
                    async with http.post(url, json=update) as refused:
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.05)
            assert refused.status == 403  # no secret header: not Telegram
            headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-Value_1"}
            async with http.post(url, json=update, headers=headers) as accepted:
                assert accepted.status == 200
        [reply] = await upstreams.telegram.wait_for(10081232, timeout=20)
        assert reply.text == "BTC $63,733 ▲1.22% · Vol $21.39B"
    finally:
        status = await bot.stop()
    assert status == 0, bot.stderr.decode()


async def test_webhook_without_url_says_what_to_set(upstreams: Upstreams, tmp_path: Path) -> None:
    status, _out, err = await (
        await BotProcess(["webhook"], upstreams.env(), tmp_path).start()
    ).finish()
    assert status == 2
    assert err.strip().splitlines() == [
        "cryptobot: error: WEBHOOK_URL is not set: put the public URL Telegram should post "
        "updates to, e.g. WEBHOOK_URL=https://bot.example.com/telegram, in .env"
    ]
