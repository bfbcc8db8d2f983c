"""Polling real feeds into the store: de-duplication, broken feeds, warm polls, restarts."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from services.db import open_database
from services.news.coins import CoinTagger
from services.news.feeds import FeedFetcher
from services.news.models import FeedItem
from services.news.service import (
    MAX_ITEMS_PER_FEED,
    RETRY_AFTER_FAILURES,
    NewsService,
    PollReport,
    PollStopped,
    balanced_parts,
    newest,
    retry_delay,
)
from services.news.store import StoryStore
from services.prices.universe import CoinUniverse
from tests.fakes.feeds import FakeFeeds
from tests.fakes.server import fixture_bytes

#: The evening of the day the Cointelegraph and Decrypt feeds were captured.
NOW = datetime(2025, 12, 12, 20, 0, tzinfo=UTC)
COINTELEGRAPH = "news/cointelegraph_rss_2025-12-12.xml"
DECRYPT = "news/decrypt_feed_2025-12-12.xml"
COINDESK_2023 = "news/coindesk_rss_2023-03-13.xml"
TAGGER = CoinTagger(CoinUniverse.seed().top(100))


@dataclass
class Rig:
    feeds: FakeFeeds
    root: str
    engine: AsyncEngine
    http: aiohttp.ClientSession

    def service(self, *paths: str, retention_days: int = 30, parallel: int = 1) -> NewsService:
        return NewsService(
            FeedFetcher(self.http, timeout=1.0, max_bytes=2_000_000),
            StoryStore(self.engine),
            [f"{self.root}{path}" for path in paths],
            tagger=lambda: TAGGER,
            retention=timedelta(days=retention_days),
            clock=lambda: NOW,
            parallel=parallel,
        )


@pytest.fixture
async def rig(aiohttp_server: Any, engine: AsyncEngine) -> AsyncIterator[Rig]:
    feeds = FakeFeeds()
    feeds.add("/cointelegraph", COINTELEGRAPH, etag='"ct-1"')
    feeds.add("/decrypt", DECRYPT, last_modified="Fri, 12 Dec 2025 19:00:00 GMT")
    feeds.add("/coindesk", COINDESK_2023)  # no validators: change is told by content hash
    feeds.add("/down", mode="500")
    feeds.add("/slow", DECRYPT, mode="slow", delay=5.0)
    feeds.add("/huge", mode="huge", size=5_000_000)
    feeds.add("/html", mode="html")
    feeds.add("/empty", mode="empty")
    feeds.add("/garbage", mode="garbage")
    feeds.add("/truncated", fixture_bytes(DECRYPT)[:4000])
    server = await aiohttp_server(feeds.app())
    async with aiohttp.ClientSession() as http:
        yield Rig(feeds, str(server.make_url("")).rstrip("/"), engine, http)


async def test_cold_poll_stores_the_good_feeds_and_skips_the_broken(rig: Rig) -> None:
    broken = ["/down", "/slow", "/huge", "/html", "/empty", "/garbage"]
    service = rig.service("/cointelegraph", "/decrypt", *broken)
    report = await service.poll()
    assert sorted(url.removeprefix(rig.root) for url in report.failed) == sorted(broken)
    assert report.fetched == 2
    assert report.new_items == 30 + 58
    stories = await service.latest(200)
    # Shared stories are stored once: fewer stories than items, each outlet at most once.
    assert len(report.new_stories) == len(stories) < 88
    multi = [s for s in stories if len(s.outlets) > 1]
    assert len(multi) >= 3
    assert all(sorted(s.outlets) == ["Cointelegraph", "Decrypt"] for s in multi)
    for story in stories:
        assert story.title
        assert "<" not in story.title
        assert story.link.startswith("https://")
        assert "utm_" not in story.link
        assert story.published_at <= NOW


async def test_a_poll_split_over_workers_stores_what_one_worker_does(
    rig: Rig, tmp_path: Path
) -> None:
    paths = ("/cointelegraph", "/decrypt", "/coindesk", "/down", "/garbage")
    one = rig.service(*paths, retention_days=3650)
    one_report = await one.poll()
    one_stories = await one.latest(500)

    calls: list[int] = []

    async def in_a_thread(func: Any, /, *args: Any) -> Any:
        calls.append(len(args[0]))
        return await asyncio.to_thread(func, *args)

    fresh = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'split.db'}")
    try:
        split = NewsService(
            FeedFetcher(rig.http, timeout=1.0, max_bytes=2_000_000),
            StoryStore(fresh),
            [f"{rig.root}{path}" for path in paths],
            tagger=lambda: TAGGER,
            retention=timedelta(days=3650),
            clock=lambda: NOW,
            offload=in_a_thread,
            parallel=3,
        )
        split_report = await split.poll()
        split_stories = await split.latest(500)
    finally:
        await fresh.dispose()

    # Four answers (three feeds and the garbage) were parsed in three parts, and the new
    # items analysed in three parts.
    assert sorted(calls[:3]) == [1, 1, 2]
    assert len(calls) == 6
    assert sum(calls[3:]) == split_report.new_items
    assert split_report.new_items == one_report.new_items == 30 + 58 + 50
    assert sorted(split_report.failed) == sorted(one_report.failed)
    assert [(s.title, sorted(s.outlets), s.is_regulation, s.coins) for s in split_stories] == [
        (s.title, sorted(s.outlets), s.is_regulation, s.coins) for s in one_stories
    ]


def test_balanced_parts_deal_the_largest_first_and_keep_order() -> None:
    assert balanced_parts([5, 1, 1, 1, 4, 2], 2) == [[0, 1, 2], [3, 4, 5]]  # 7 and 7
    assert balanced_parts([3, 3], 4) == [[0], [1]]
    assert balanced_parts([], 3) == []
    assert balanced_parts([1, 2, 3], 1) == [[0, 1, 2]]


async def test_truncated_feed_keeps_what_it_can(rig: Rig) -> None:
    service = rig.service("/truncated")
    report = await service.poll()
    stored = await service.latest(50)
    # A cut-off document is malformed; whatever items came through whole are kept.
    assert report.new_items == len(stored)
    assert all(s.title for s in stored)


async def test_warm_poll_finds_nothing_new(rig: Rig) -> None:
    service = rig.service("/cointelegraph", "/decrypt", "/coindesk", retention_days=3650)
    cold = await service.poll()
    warm = await service.poll()
    assert cold.new_items == 30 + 58 + 50
    assert (warm.fetched, warm.unchanged, warm.new_items, warm.new_stories) == (0, 3, 0, ())
    # Cointelegraph and Decrypt answered 304 to our validators; CoinDesk sent the same bytes.
    assert rig.feeds.requests[-3:] != []
    statuses = {path: headers for path, headers in rig.feeds.requests[3:]}
    assert statuses["/cointelegraph"]["If-None-Match"] == '"ct-1"'
    assert statuses["/decrypt"]["If-Modified-Since"] == "Fri, 12 Dec 2025 19:00:00 GMT"


async def test_a_changed_feed_adds_only_its_new_item(rig: Rig) -> None:
    service = rig.service("/cointelegraph")
    await service.poll()
    body = fixture_bytes(COINTELEGRAPH)
    fresh = (
        b"<item><title>SEC approves first staking ETF for Solana</title>"
        b"<link>https://cointelegraph.com/news/sec-approves-staking-etf?utm_source=rss</link>"
        b"<guid>https://cointelegraph.com/news/sec-approves-staking-etf</guid>"
        b"<pubDate>Fri, 12 Dec 2025 19:30:00 +0000</pubDate>"
        b"<description>The regulator cleared the fund late on Friday.</description></item>"
    )
    rig.feeds.add("/cointelegraph", body.replace(b"<item>", fresh + b"<item>", 1), etag='"ct-2"')
    report = await service.poll()
    assert (report.new_items, len(report.new_stories)) == (1, 1)
    [story] = await service.latest(1)
    assert story.title == "SEC approves first staking ETF for Solana"
    assert story.link == "https://cointelegraph.com/news/sec-approves-staking-etf"
    assert story.is_regulation
    assert story.jurisdiction == "US"
    assert story.coins == {"solana"}


async def test_items_past_retention_are_not_stored(rig: Rig) -> None:
    service = rig.service("/coindesk")  # March 2023, far older than 30 days
    report = await service.poll()
    assert report.fetched == 1
    assert report.new_items == 0
    assert await service.latest(10) == []


async def test_a_restarted_bot_still_merges_with_stories_it_stored(rig: Rig) -> None:
    first = rig.service("/cointelegraph")
    await first.poll()
    before = len(await first.latest(200))
    second = rig.service("/cointelegraph", "/decrypt")  # a new process, the same database
    report = await second.poll()
    stories = await second.latest(200)
    merged = [s for s in stories if len(s.outlets) > 1]
    assert merged
    assert len(stories) == before + len(report.new_stories)
    assert len(report.new_stories) < 58


async def test_queries_by_regulation_and_coin(rig: Rig) -> None:
    service = rig.service("/cointelegraph", "/decrypt")
    await service.poll()
    regulation = await service.latest(20, regulation=True)
    assert regulation
    assert all(s.is_regulation for s in regulation)
    bitcoin = await service.latest(20, coin_id="bitcoin")
    assert bitcoin
    assert all("bitcoin" in s.coins for s in bitcoin)
    assert len(await service.latest(5)) == 5


async def test_prune_uses_the_retention_period(rig: Rig) -> None:
    service = rig.service("/cointelegraph")
    await service.poll()
    stored = await service.store.count()
    assert stored > 25
    assert await service.prune() == 0
    later = NewsService(
        FeedFetcher(rig.http),
        StoryStore(rig.engine),
        [],
        tagger=lambda: TAGGER,
        clock=lambda: NOW + timedelta(days=45),
    )
    assert await later.prune() == stored
    assert await later.store.count() == 0


def _one_item_feed(outlet: str, title: str, link: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{outlet}</title><link>https://odd.example/</link>"
        f"<item><title>{title}</title><link>{link}</link>"
        "<pubDate>Fri, 12 Dec 2025 18:00:00 GMT</pubDate></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("body", "options"),
    [
        # An outlet name longer than the store's 200 characters, without a separator.
        (_one_item_feed("Crypto " * 40, "Solana outage ends", "https://odd.example/a"), {}),
        # NUL, which PostgreSQL refuses in text, in a title, a link and a guid.
        (_one_item_feed("Odd", "Solana&#0; outage ends", "https://odd.example/a\x00b"), {}),
        # Validators longer than the store keeps.
        (
            _one_item_feed("Odd", "Solana outage ends", "https://odd.example/a"),
            {"etag": '"' + "e" * 600 + '"', "last_modified": "Fri" + " " * 200 + "x"},
        ),
    ],
)
async def test_one_odd_feed_never_fails_the_poll(
    rig: Rig, body: bytes, options: dict[str, str]
) -> None:
    rig.feeds.add("/odd", body, **options)  # type: ignore[arg-type]
    service = rig.service("/decrypt", "/odd")
    for _ in range(2):  # the second poll sends back whatever validators were kept
        report = await service.poll()
        assert report.failed == {}
    titles = {story.title for story in await service.latest(200)}
    assert "Solana outage ends" in titles
    assert len(titles) > 50  # Decrypt's stories, in the same ingest


def _without(feed: bytes, title_start: bytes) -> bytes:
    """The feed before the item whose title starts so was published."""
    pattern = rb"<item>\s*<title>(<!\[CDATA\[)?" + re.escape(title_start) + rb".*?</item>"
    earlier = re.sub(pattern, b"", feed, flags=re.DOTALL)
    assert earlier != feed
    return earlier


_SENTENCED = "Terraform co-founder sentenced to 15 years in prison after guilty plea"


async def _do_kwon_stories(service: NewsService) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (story.title, story.outlets)
        for story in await service.latest(200)
        if ("Kwon" in story.title or "Terraform" in story.title) and "Letters" not in story.title
    ]


async def test_a_restarted_bot_merges_with_every_wording_it_stored(rig: Rig) -> None:
    # Decrypt's "Morning Minute: Do Kwon Gets 15 Years ..." resembles Decrypt's own earlier
    # wording of the story more than Cointelegraph's, which titles the stored story.
    decrypt = fixture_bytes(DECRYPT)
    rig.feeds.add("/cointelegraph", COINTELEGRAPH)
    rig.feeds.add("/decrypt", _without(decrypt, b"Morning Minute"))
    await rig.service("/cointelegraph", "/decrypt").poll()
    rig.feeds.add("/decrypt", decrypt)
    restarted = rig.service("/cointelegraph", "/decrypt")  # a new process, the same database
    report = await restarted.poll()
    assert report.new_items == 1
    assert report.new_stories == ()
    assert await _do_kwon_stories(restarted) == [(_SENTENCED, ("Cointelegraph", "Decrypt"))]


async def test_an_instance_learns_the_stories_another_stored(rig: Rig) -> None:
    cointelegraph, decrypt = fixture_bytes(COINTELEGRAPH), fixture_bytes(DECRYPT)
    decrypt_early = _without(_without(decrypt, b"Morning Minute"), b"Do Kwon Sentenced")
    rig.feeds.add("/ct-a", cointelegraph)
    rig.feeds.add("/ct-b", _without(cointelegraph, b"Terraform co-founder"))
    rig.feeds.add("/dc", decrypt_early)
    a, b = rig.service("/ct-a", "/dc"), rig.service("/ct-b", "/dc")
    await b.poll()  # B polls first: Cointelegraph's Do Kwon item is not out yet
    await a.poll()  # A stores Cointelegraph's "Terraform co-founder sentenced ..."
    rig.feeds.add("/ct-b", cointelegraph)
    rig.feeds.add("/dc", _without(decrypt, b"Morning Minute"))  # Decrypt's wording is out
    report = await b.poll()  # ... and B polls first
    assert report.new_items == 1
    assert report.new_stories == ()
    assert await _do_kwon_stories(b) == [(_SENTENCED, ("Cointelegraph", "Decrypt"))]


async def _poll_waiting_on_a_feed(
    rig: Rig, *paths: str
) -> tuple[NewsService, asyncio.Task[PollReport]]:
    """A poll of ``paths`` and a feed that answers in a minute, once it asks that feed."""
    rig.feeds.add("/hanging", DECRYPT, mode="slow", delay=60.0)
    service = NewsService(
        FeedFetcher(rig.http, timeout=30.0),
        StoryStore(rig.engine),
        [f"{rig.root}{path}" for path in (*paths, "/hanging")],
        tagger=lambda: TAGGER,
        clock=lambda: NOW,
    )
    polling = asyncio.create_task(service.poll())
    for _ in range(500):
        if rig.feeds.count("/hanging"):
            return service, polling
        await asyncio.sleep(0.01)
    raise AssertionError("the poll never asked the feed")


async def test_stop_ends_a_poll_waiting_on_a_slow_feed(rig: Rig) -> None:
    service, polling = await _poll_waiting_on_a_feed(rig, "/cointelegraph")
    service.stop()
    with pytest.raises(PollStopped):
        await asyncio.wait_for(polling, 5)  # not the feed's 30 s
    with pytest.raises(PollStopped):
        await service.poll()
    assert await service.store.count() == 0  # stored at the next start, whole


async def test_a_caller_s_cancel_stays_a_cancel(rig: Rig) -> None:
    service, polling = await _poll_waiting_on_a_feed(rig)
    polling.cancel()
    with pytest.raises(asyncio.CancelledError):
        await polling
    rig.feeds.add("/hanging", DECRYPT)
    assert (await service.poll()).new_items == 58  # the service goes on


@pytest.mark.parametrize(
    "date",
    [
        "",
        # Dated ahead of our clock (a feed's clock, or "IST" read as UTC): stored with the time
        # it was first seen, like an undated item, and remembered like one.
        "<pubDate>Thu, 31 Dec 2099 09:00:00 +0000</pubDate>",
        "<pubDate>Mon, 01 Dec 2025 15:00:00 +0000</pubDate>",
    ],
    ids=["undated", "dated-2099", "dated-hours-ahead"],
)
async def test_an_undated_or_future_item_of_a_pruned_story_is_not_news_again(
    rig: Rig, date: str
) -> None:
    def feed(*items: str) -> bytes:
        return (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Regulator</title>"
            f"<link>https://reg.example/</link>{''.join(items)}</channel></rss>"
        ).encode()

    undated = (
        "<item><title>Guidance on crypto custody for banks</title>"
        f"<link>https://reg.example/guidance</link>{date}</item>"
    )
    dated = (
        "<item><title>Regulator fines exchange for AML failures</title>"
        "<link>https://reg.example/fine</link>"
        "<pubDate>Fri, 02 Jan 2026 09:00:00 +0000</pubDate></item>"
    )
    now = [datetime(2025, 12, 1, 12, 0, tzinfo=UTC)]
    service = NewsService(
        FeedFetcher(rig.http),
        StoryStore(rig.engine),
        [f"{rig.root}/regulator"],
        tagger=lambda: TAGGER,
        retention=timedelta(days=30),
        clock=lambda: now[0],
    )
    rig.feeds.add("/regulator", feed(undated))
    await service.poll()
    assert [s.title for s in await service.latest(10)] == ["Guidance on crypto custody for banks"]
    now[0] += timedelta(days=30, hours=2)  # the first sight is past retention, the date not
    assert await service.prune() == 1
    rig.feeds.add("/regulator", feed(dated, undated))  # still there, a month on
    report = await service.poll()
    assert report.new_items == 1
    assert [s.title for s in await service.latest(10)] == [
        "Regulator fines exchange for AML failures"
    ]


class _FetchingWhileAnotherPolls:
    """A fetcher during whose fetch another instance polls and stores."""

    def __init__(self, fetcher: FeedFetcher, meanwhile: Any) -> None:
        self._fetcher = fetcher
        self._meanwhile = meanwhile

    async def fetch_all(self, requests: Any) -> Any:
        responses = await self._fetcher.fetch_all(requests)
        await self._meanwhile()
        return responses


async def test_two_instances_polling_at_once_store_a_story_once(rig: Rig) -> None:
    decrypt = _without(fixture_bytes(DECRYPT), b"Morning Minute")
    rig.feeds.add("/cointelegraph", COINTELEGRAPH)
    rig.feeds.add("/decrypt", decrypt)
    b = rig.service("/cointelegraph")
    a = NewsService(
        _FetchingWhileAnotherPolls(FeedFetcher(rig.http, timeout=1.0), b.poll),
        StoryStore(rig.engine),
        [f"{rig.root}/cointelegraph", f"{rig.root}/decrypt"],
        tagger=lambda: TAGGER,
        clock=lambda: NOW,
    )
    await a.poll()  # B stores Cointelegraph's stories while A fetches both feeds
    assert await _do_kwon_stories(a) == [(_SENTENCED, ("Cointelegraph", "Decrypt"))]


def _one_item_feed(outlet: str, guid: str, title: str, published: datetime) -> bytes:
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel>"
        f"<title>{outlet}</title><link>https://{guid}.example/</link>"
        f"<item><title>{title}</title><link>https://{guid}.example/story</link>"
        f"<pubDate>{published.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate></item>"
        "</channel></rss>"
    ).encode()


@pytest.mark.parametrize("restarted", [False, True], ids=["same-process", "after-a-restart"])
async def test_an_item_arriving_late_still_joins_the_story_of_its_time(
    rig: Rig, restarted: bool
) -> None:
    """An outlet's item published an hour after another's, but read 38 hours on (its feed
    was down, or lags), is the same story: it is matched by when it was published."""
    now = [NOW]

    def service() -> NewsService:
        return NewsService(
            FeedFetcher(rig.http),
            StoryStore(rig.engine),
            [f"{rig.root}/first", f"{rig.root}/late"],
            tagger=lambda: TAGGER,
            clock=lambda: now[0],
        )

    rig.feeds.add("/first", _one_item_feed("First", "a", "Tether mints $1B USDT on Tron", NOW))
    rig.feeds.add("/late", mode="500")
    polling = service()
    await polling.poll()
    for _ in range(37):  # past the poll that would forget the story after one window
        now[0] += timedelta(hours=1)
        await polling.poll()
    now[0] += timedelta(hours=1)  # the down feed rests an hour between tries by now
    if restarted:
        polling = service()
    rig.feeds.add(
        "/late",
        _one_item_feed(
            "Late",
            "b",
            "Tether Issues Another $1 Billion in USDT on Tron Network",
            NOW + timedelta(hours=1),
        ),
    )
    report = await polling.poll()
    assert report.new_items == 1
    assert report.new_stories == ()
    [story] = await polling.latest(10)
    assert story.outlets == ("First", "Late")


def test_a_feed_with_undated_items_gives_its_first_items() -> None:
    """Feeds list their newest first; without every date, their order is all there is."""

    def item(n: int, published: datetime | None) -> FeedItem:
        return FeedItem("Outlet", f"Story {n}", "", f"https://o.example/{n}", str(n), published)

    dated = [item(n, NOW - timedelta(hours=n)) for n in range(5)]
    undated = [item(n, None) for n in range(5, 10)]
    assert newest(list(reversed(dated)), 3) == [dated[0], dated[1], dated[2]]
    assert newest(undated + dated, 3) == undated[:3]
    assert newest(dated + undated, 3) == dated[:3]


async def test_a_feed_of_thousands_of_items_gives_its_newest_few_hundred(rig: Rig) -> None:
    """An archive, or a flood: memory and time stay bounded."""
    items = "".join(
        f"<item><title>Acme Labs update number {n} on chain {n}</title>"
        f"<link>https://flood.example/{n}</link>"
        f"<pubDate>{(NOW - timedelta(minutes=n)).strftime('%a, %d %b %Y %H:%M:%S +0000')}"
        "</pubDate></item>"
        for n in reversed(range(MAX_ITEMS_PER_FEED + 300))  # oldest first
    )
    rig.feeds.add(
        "/flood",
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Flood</title>{items}"
        "</channel></rss>".encode(),
    )
    service = rig.service("/flood")
    report = await service.poll()
    assert report.new_items == MAX_ITEMS_PER_FEED
    stories = await service.latest(MAX_ITEMS_PER_FEED)
    assert stories[0].link == "https://flood.example/0"
    assert stories[-1].link == f"https://flood.example/{MAX_ITEMS_PER_FEED - 1}"


async def test_a_feed_that_keeps_failing_rests_between_tries(rig: Rig) -> None:
    now = [NOW]
    service = NewsService(
        FeedFetcher(rig.http),
        StoryStore(rig.engine),
        [f"{rig.root}/down", f"{rig.root}/cointelegraph"],
        tagger=lambda: TAGGER,
        clock=lambda: now[0],
    )
    for _ in range(RETRY_AFTER_FAILURES):
        now[0] += timedelta(seconds=1)
        assert list((await service.poll()).failed) == [f"{rig.root}/down"]
    assert rig.feeds.count("/down") == RETRY_AFTER_FAILURES

    now[0] += timedelta(seconds=1)
    report = await service.poll()
    assert (report.resting, report.failed) == (1, {})
    assert rig.feeds.count("/down") == RETRY_AFTER_FAILURES  # not asked
    assert rig.feeds.count("/cointelegraph") == RETRY_AFTER_FAILURES + 1  # the others are

    restarted = NewsService(
        FeedFetcher(rig.http),
        StoryStore(rig.engine),
        [f"{rig.root}/down"],
        tagger=lambda: TAGGER,
        clock=lambda: now[0],
    )
    assert (await restarted.poll()).resting == 0  # a restart asks every feed again
    assert rig.feeds.count("/down") == RETRY_AFTER_FAILURES + 1
    assert (await restarted.poll()).resting == 1

    now[0] += retry_delay(RETRY_AFTER_FAILURES + 1)
    rig.feeds.add("/down", COINTELEGRAPH)  # back
    report = await service.poll()
    assert (report.resting, report.failed) == (0, {})
    assert rig.feeds.count("/down") == RETRY_AFTER_FAILURES + 2
    assert report.new_items == 0  # the same stories as Cointelegraph's: stored once


def test_the_rest_doubles_from_a_minute_to_an_hour() -> None:
    delays = [retry_delay(failures).total_seconds() for failures in range(12)]
    assert delays == [0, 0, 0, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
