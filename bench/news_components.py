"""Speed of the news pipeline's pure parts: feed parsing, coin tagging, story matching.

Prints per-item times on the real captured feeds (and the time of a feed whose title is
120 KB of unclosed markup), with a tagger of 500 coins and a matcher
holding 2,000 recent stories. Run from the repository root:

    .venv/bin/python bench/news_components.py
"""

from __future__ import annotations

import random
import string
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from services.news.coins import CoinTagger  # noqa: E402
from services.news.dedup import StoryMatcher, signature  # noqa: E402
from services.news.parsing import parse_feed  # noqa: E402
from services.prices.models import Coin  # noqa: E402
from services.prices.universe import CoinUniverse  # noqa: E402

FEEDS = REPO / "tests" / "fixtures" / "news"
NOW = datetime(2025, 12, 12, 20, 0, tzinfo=UTC)


def best_of(rounds: int, work: Callable[[], int]) -> float:
    """The fastest of ``rounds`` runs, in seconds per item (``work`` returns its item count)."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        count = work()
        best = min(best, (time.perf_counter() - started) / count)
    return best


def main() -> None:
    feeds = [path.read_bytes() for path in sorted(FEEDS.glob("*.xml"))]
    items = [item for body in feeds for item in parse_feed(body, "https://x.example/").items]

    def parse_all() -> int:
        return sum(len(parse_feed(body, "https://x.example/").items) for body in feeds)

    print(f"feed parsing: {best_of(3, parse_all) * 1e6:.0f} µs per item ({len(items)} items)")

    # Markup opened and never closed, in a title: html.parser alone takes time growing with
    # the square of its length (30 s for these 120 KB).
    for unit in ("&lt;a ", "&lt;a b='&gt;'", "&lt;!--x&gt;"):
        hostile = (
            "<rss version='2.0'><channel><title>H</title><item><title>"
            + unit * (120_000 // len(unit.replace("&lt;", "<").replace("&gt;", ">")))
            + "</title><link>https://h.example/1</link></item></channel></rss>"
        ).encode()
        seconds = best_of(
            1, lambda body=hostile: len(parse_feed(body, "https://h.example/").items)
        )
        print(f"hostile title of 120 KB ({unit!r} repeated): {seconds * 1e3:.0f} ms")

    rng = random.Random(5)
    coins = list(CoinUniverse.seed().top(100))
    while len(coins) < 500:
        name = rng.choice(string.ascii_uppercase) + "".join(
            rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9))
        )
        symbol = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(2, 5)))
        coins.append(Coin(f"coin-{len(coins)}", symbol, name, rng.random() * 1e9))
    tagger = CoinTagger(coins)

    def tag_all() -> int:
        for item in items:
            tagger.tag(item.title, item.summary)
        return len(items)

    per_tag = best_of(3, tag_all)
    print(f"coin tagging (500 coins): {per_tag * 1e6:.0f} µs per story, {1 / per_tag:,.0f}/s")

    def sign_all() -> int:
        for item in items:
            signature(item.title, item.summary)
        return len(items)

    print(f"story signature: {best_of(3, sign_all) * 1e6:.0f} µs per story")

    # 2,000 recent stories made of real headlines' words, each with a name of its own.
    matcher = StoryMatcher()
    for n in range(2000):
        a, b = rng.sample(items, 2)
        words_a, words_b = a.title.split(), b.title.split()
        title = " ".join([*words_a[: len(words_a) // 2], f"Zy{n}x", *words_b[len(words_b) // 2 :]])
        matcher.add(n, signature(title, b.summary), NOW - timedelta(minutes=n))
    queries = [signature(item.title, item.summary) for item in items]

    def match_all() -> int:
        for query in queries:
            matcher.match(query, NOW)
        return len(queries)

    print(f"story matching (2,000 held): {best_of(3, match_all) * 1e6:.0f} µs per match")


if __name__ == "__main__":
    main()
