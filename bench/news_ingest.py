"""News ingestion: 20 feeds of 50 items from a local server into a fresh database.

Each feed is RSS 2.0 as the outlets write it (HTML descriptions, tracking parameters in
links, RFC 822 dates over the last day). Its items come from the real captured feeds and
1,114 labelled headlines (``tests/fixtures/dedup``); about one item in five appears in a
second feed, as when several outlets carry one story. Prints the time of a cold poll
(everything new), of warm polls (nothing new: answered 304, or the same bytes again), the
stories stored, and the classifier's headlines per second on one core. Run from the
repository root:

    .venv/bin/python bench/news_ingest.py [--feeds 20] [--items 50] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import html
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.workers import WorkerPool  # noqa: E402
from services.db import open_database  # noqa: E402
from services.news.coins import CoinTagger  # noqa: E402
from services.news.feeds import FeedFetcher  # noqa: E402
from services.news.parsing import parse_feed  # noqa: E402
from services.news.regulation import classify  # noqa: E402
from services.news.service import NewsService  # noqa: E402
from services.news.store import StoryStore  # noqa: E402
from services.prices.universe import CoinUniverse  # noqa: E402
from tests.fakes.feeds import FakeFeeds  # noqa: E402
from tests.fakes.server import serve  # noqa: E402

REAL_FEEDS = (
    "news/coindesk_rss_2023-03-13.xml",
    "news/cointelegraph_rss_2025-12-12.xml",
    "news/decrypt_feed_2025-12-12.xml",
)


def story_pool() -> list[tuple[str, str]]:
    """(title, summary) of every distinct real and labelled story we have."""
    pool: dict[str, str] = {}
    for name in REAL_FEEDS:
        feed = parse_feed((REPO / "tests/fixtures" / name).read_bytes(), "https://x.example/")
        for item in feed.items:
            pool.setdefault(item.title, item.summary)
    headlines = REPO / "tests/fixtures/dedup/labelled_headlines.tsv"
    for line in headlines.read_text(encoding="utf-8").splitlines():
        title, summary = line.split("\t")
        pool.setdefault(title, summary)
    return list(pool.items())


def build_feed(
    outlet: int, stories: list[tuple[str, str]], now: datetime, edition: int = 0
) -> bytes:
    """An outlet's RSS 2.0 document carrying ``stories``, newest first.

    Each ``edition`` gives every item a new id, as if the whole feed were new.
    """
    host = f"outlet{outlet}.example"
    items = []
    footer = f'<p>The post <a href="https://{host}/">appeared first</a> on Outlet {outlet}.</p>'
    for index, (title, summary) in enumerate(stories):
        slug = "-".join(title.lower().split()[:8]).strip("?!.,'\"")
        published = now - timedelta(minutes=25 * index + outlet)
        items.append(
            f"""<item>
  <title><![CDATA[{title}]]></title>
  <link>https://{host}/news/{index}-{html.escape(slug)}?utm_source=rss&amp;utm_medium=feed</link>
  <guid isPermaLink="false">{host}-{edition}-{index}</guid>
  <pubDate>{format_datetime(published)}</pubDate>
  <dc:creator><![CDATA[Staff]]></dc:creator>
  <category><![CDATA[Markets]]></category>
  <description><![CDATA[<p>{html.escape(summary)}</p>{footer}]]></description>
</item>"""
        )
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Outlet {outlet} News</title>
<link>https://{host}/</link>
<description>Crypto news from Outlet {outlet}</description>
<language>en</language>
{body}
</channel>
</rss>""".encode()


def outlet_stories(feeds: int, per_feed: int) -> list[list[tuple[str, str]]]:
    """``feeds`` outlets of ``per_feed`` items: four in five are the outlet's own stories, the
    fifth are stories another outlet carries too (a wire story: the same title, the outlet's
    own shorter summary)."""
    rng = random.Random(11)
    pool = story_pool()
    rng.shuffle(pool)
    own = per_feed * 4 // 5  # one item in five is another outlet's story
    unique = pool[: feeds * own]
    carried: list[list[tuple[str, str]]] = [[] for _ in range(feeds)]
    for index, story in enumerate(unique):
        carried[index % feeds].append(story)
    for stories in carried:
        while len(stories) < per_feed:
            title, summary = rng.choice(unique)
            if all(title.lower() != other.lower() for other, _ in stories):
                stories.append((title, summary.split(". ")[0]))
    for stories in carried:
        rng.shuffle(stories)
    return carried


def build_site(feeds: int, per_feed: int, now: datetime) -> FakeFeeds:
    """A fake news site serving ``feeds`` outlets' feeds, with ETags."""
    site = FakeFeeds()
    for outlet, stories in enumerate(outlet_stories(feeds, per_feed)):
        site.add(f"/outlet{outlet}.rss", build_feed(outlet, stories, now), etag=f'"o{outlet}-v1"')
    return site


def classifier_rate(pool: list[tuple[str, str]], rounds: int = 20_000) -> float:
    started = time.perf_counter()
    for index in range(rounds):
        title, summary = pool[index % len(pool)]
        classify(title, summary)
    return rounds / (time.perf_counter() - started)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--repeat", type=int, default=5, help="warm polls to time")
    args = parser.parse_args()
    now = datetime.now(UTC)
    site = build_site(args.feeds, args.items, now)
    tagger = CoinTagger(CoinUniverse.seed().top(500))
    with tempfile.TemporaryDirectory() as workdir:
        url = args.database_url or f"sqlite+aiosqlite:///{workdir}/bench.db"
        engine = await open_database(url)
        try:
            async with serve(site.app()) as root, aiohttp.ClientSession() as http:
                urls = [f"{root}/outlet{i}.rss" for i in range(args.feeds)]
                # As the bot runs it: parsing and classifying in worker processes, one per core.
                workers = WorkerPool()
                await workers.start()
                news = NewsService(
                    FeedFetcher(http),
                    StoryStore(engine),
                    urls,
                    tagger=lambda: tagger,
                    offload=workers.run,
                    parallel=workers.size,
                )
                cold = await news.poll()
                print(
                    f"cold poll: {args.feeds} feeds x {args.items} items = {cold.new_items} "
                    f"items -> {len(cold.new_stories)} stories in {cold.seconds:.3f} s "
                    f"(target < 2 s)"
                )
                warm = [(await news.poll()).seconds for _ in range(args.repeat)]
                print(
                    f"warm poll, 304 Not Modified: median {statistics.median(warm):.3f} s, "
                    f"max {max(warm):.3f} s over {len(warm)} polls (target < 0.3 s)"
                )
                for route in site.routes.values():
                    route.etag = None  # a server without validators: the same bytes again
                same = [(await news.poll()).seconds for _ in range(args.repeat)]
                print(
                    f"warm poll, same bytes without validators: median "
                    f"{statistics.median(same):.3f} s, max {max(same):.3f} s"
                )
                stored = await news.store.count()
                regulation = await news.latest(10_000, regulation=True)
                print(f"stories stored: {stored}, of which regulation: {len(regulation)}")
        finally:
            workers.close()
            await engine.dispose()
    print(f"classifier: {classifier_rate(story_pool()):,.0f} headlines/second on one core")


if __name__ == "__main__":
    asyncio.run(main())
