"""Burst of /price commands against the real ``cryptobot run`` process and local fakes.

1,000 ``/price`` commands from 200 group chats arrive within a few seconds. The fakes record
every upstream request and, for each command, when its update left the fake Bot API in a
``getUpdates`` answer and when the bot's reply reached ``sendMessage``.

Prints: upstream requests (with what the target allows), and reply latency p50/p90/p99/max,
for the first asks of new coins and for the warm burst (cache filled, HTTP connections open
after 100 unmeasured commands). ``--with-news`` adds the heaviest news load there is: 20 feeds
of 50 items, all new at every poll, polled every second. Run from the repository root:

    .venv/bin/python bench/price_burst.py [--commands 1000] [--chats 200] [--seconds 4]
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from aiohttp import web  # noqa: E402
from news_ingest import build_feed, outlet_stories  # noqa: E402

from tests.fakes.coingecko import FakeCoinGecko  # noqa: E402
from tests.fakes.cryptocompare import FakeCryptoCompare  # noqa: E402
from tests.fakes.server import serve  # noqa: E402
from tests.fakes.telegram import TOKEN, FakeTelegram  # noqa: E402

WATCHLIST = ["BSV", "BTC", "BCH", "LTC", "DOGE"]
EXTRA = ["eth", "sol", "xrp", "shib", "Bitcoin SV", "dogecoin", "bitcoin cash"]
POLL_SECONDS = 2.0


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = max(0, math.ceil(pct / 100 * len(ordered)) - 1)
    return ordered[index]


class Commands:
    """The commands pushed, so each reply can be matched to the message it quotes."""

    def __init__(self, telegram: FakeTelegram) -> None:
        self.telegram = telegram
        self.message_of: dict[int, tuple[int, int]] = {}

    def push(self, text: str, chat_id: int) -> int:
        update_id = self.telegram.push_text(text, chat_id=chat_id, chat_type="supergroup")
        message = self.telegram.pending_update(update_id)["message"]
        self.message_of[update_id] = (chat_id, message["message_id"])
        return update_id

    def latencies_ms(self, update_ids: list[int]) -> list[float]:
        """Delivery-to-reply time of each command, in milliseconds."""
        replied_at = {}
        for sent in self.telegram.sent:
            quoted = sent.params.get("reply_parameters") or {}
            if "message_id" in quoted:
                replied_at[(sent.chat_id, int(quoted["message_id"]))] = sent.received_at
        result = []
        for update_id in update_ids:
            replied = replied_at.get(self.message_of[update_id])
            delivered = self.telegram.delivered_at.get(update_id)
            if replied is not None and delivered is not None:
                result.append((replied - delivered) * 1000)
        return result


async def until(condition: Callable[[], bool], timeout: float) -> None:
    """Poll ``condition`` every 10 ms; give up after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up after {timeout}s waiting for the bot")
        await asyncio.sleep(0.01)


async def wait_replies(telegram: FakeTelegram, count: int, timeout: float) -> None:
    await until(lambda: len(telegram.sent) >= count, timeout)


def report(name: str, values: list[float]) -> None:
    print(
        f"{name}: n={len(values)} p50={percentile(values, 50):.2f} ms "
        f"p90={percentile(values, 90):.2f} ms p99={percentile(values, 99):.2f} ms "
        f"max={max(values):.2f} ms mean={statistics.fmean(values):.2f} ms"
    )


class BusyNewsSite:
    """20 outlets of 50 items. Quiet until :meth:`open`; then the first poll finds all 1,000
    items new (a cold poll), and every later poll finds one new item in every feed."""

    def __init__(self) -> None:
        pool = [story for stories in outlet_stories(20, 60) for story in stories]
        self.stories = [pool[i::20] for i in range(20)]  # 60 per outlet: 50 now, 10 to come
        self.polls = [0] * 20
        self.opened = False

    def open(self) -> None:
        self.opened = True

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/outlet{outlet:\\d+}.rss", self._feed)
        return app

    async def _feed(self, request: web.Request) -> web.Response:
        outlet = int(request.match_info["outlet"])
        if not self.opened:
            return web.Response(status=503)
        shown = min(self.polls[outlet], 10)
        self.polls[outlet] += 1
        stories = self.stories[outlet][10 - shown : 60 - shown]
        body = build_feed(outlet, stories, datetime.now(UTC))
        return web.Response(body=body, content_type="application/rss+xml")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commands", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument(
        "--with-news",
        action="store_true",
        help="meanwhile, poll 20 feeds every second: 1,000 new items, then 20 per poll",
    )
    args = parser.parse_args()
    rng = random.Random(7)

    telegram, coingecko, cryptocompare = FakeTelegram(), FakeCoinGecko(), FakeCryptoCompare()
    news = BusyNewsSite()
    async with (
        serve(telegram.app()) as telegram_url,
        serve(coingecko.app()) as coingecko_url,
        serve(cryptocompare.app()) as cryptocompare_url,
        serve(news.app()) as news_url,
    ):
        feeds = [f"{news_url}/outlet{i}.rss" for i in range(20)] if args.with_news else []
        env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(REPO),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": telegram_url,
            "COINGECKO_API_URL": coingecko_url,
            "CRYPTOCOMPARE_API_URL": cryptocompare_url,
            "PRICE_POLL_SECONDS": str(POLL_SECONDS),
            "NEWS_POLL_SECONDS": "1" if args.with_news else "3600",
            "NEWS_FEEDS": ",".join(feeds) or f"{news_url}/no-feed.xml",
            "LOG_LEVEL": "WARNING",
        }
        with tempfile.TemporaryDirectory() as workdir:
            bot = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=env, cwd=workdir
            )
            try:
                await _run(args, rng, telegram, coingecko, news)
            finally:
                bot.send_signal(signal.SIGTERM)
                await bot.wait()


async def _run(
    args: argparse.Namespace,
    rng: random.Random,
    telegram: FakeTelegram,
    coingecko: FakeCoinGecko,
    news: BusyNewsSite,
) -> None:
    # Wait until the bot polls, then let its first price refresh land (the warm cache).
    await until(lambda: "getUpdates" in telegram.methods(), 30)
    await until(lambda: coingecko.count("/simple/price") >= 1, 30)
    await asyncio.sleep(0.3)

    # Cold: the first /price of coins nobody watched yet; each costs at most one request.
    cold_before = coingecko.count("/simple/price")
    commands = Commands(telegram)
    cold_ids = [commands.push(f"/price {coin}", -1000 - i) for i, coin in enumerate(EXTRA)]
    await wait_replies(telegram, len(cold_ids), 20)
    cold_requests = coingecko.count("/simple/price") - cold_before
    report("cold replies (first ask of a new coin)", commands.latencies_ms(cold_ids))
    print(f"cold upstream price requests: {cold_requests} for {len(EXTRA)} new coins")

    # Warm-up, not measured: 100 commands over half a second, so that the bot's HTTP
    # connections to the Bot API are open, as they are in a bot that has been running.
    warm_before = len(telegram.sent)
    for i in range(100):
        commands.push("/price btc", -200_000 - i)
        await asyncio.sleep(0.005)
    await wait_replies(telegram, warm_before + 100, 30)

    # Warm burst: 1,000 commands from 200 chats, spread over a few seconds.
    sent_before = len(telegram.sent)
    before = {path: coingecko.count(path) for path in ("/simple/price",)}
    news.open()  # with --with-news: the next poll, during the burst, ingests 1,000 items
    started = time.monotonic()
    burst_ids = []
    for i in range(args.commands):
        chat_id = -100_000 - rng.randrange(args.chats)
        pick = rng.random()
        if pick < 0.3:
            text = "/price"
        else:
            coins = rng.sample(WATCHLIST + EXTRA, rng.randint(1, 3))
            text = "/price " + " ".join(coins)
        burst_ids.append(commands.push(text, chat_id))
        # Even spacing with jitter: the whole burst takes about --seconds.
        target = started + (i + 1) * args.seconds / args.commands
        delay = target - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
    await wait_replies(telegram, sent_before + args.commands, 60)
    elapsed = time.monotonic() - started
    requests = coingecko.count("/simple/price") - before["/simple/price"]
    polls = math.ceil(elapsed / POLL_SECONDS)
    print(
        f"burst: {args.commands} /price commands from {args.chats} chats in {elapsed:.2f} s "
        f"({args.commands / elapsed:.0f}/s)"
    )
    print(
        f"burst upstream price requests: {requests} "
        f"(target: at most one per {POLL_SECONDS:g} s poll = {polls}, plus 0 new coins)"
    )
    values = commands.latencies_ms(burst_ids)
    report("warm replies (update delivered -> reply received)", values)
    print(f"target p99 < 20 ms: {'met' if percentile(values, 99) < 20 else 'NOT met'}")


if __name__ == "__main__":
    asyncio.run(main())
