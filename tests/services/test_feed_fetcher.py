"""Fetching feeds: conditional GET, timeouts, size cap, failures that never stop the others."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from services.news.feeds import FeedFetcher, FeedRequest
from tests.fakes.feeds import FakeFeeds

DECRYPT = "news/decrypt_feed_2025-12-12.xml"


@pytest.fixture
async def site(aiohttp_server: Any) -> tuple[FakeFeeds, str]:
    fake = FakeFeeds()
    server = await aiohttp_server(fake.app())
    return fake, str(server.make_url("")).rstrip("/")


@pytest.fixture
async def fetcher() -> AsyncIterator[FeedFetcher]:
    async with aiohttp.ClientSession() as session:
        yield FeedFetcher(session, timeout=0.5, max_bytes=200_000)


async def test_conditional_get_with_etag(
    site: tuple[FakeFeeds, str], fetcher: FeedFetcher
) -> None:
    fake, root = site
    fake.add("/feed", DECRYPT, etag='"abc"')
    first = await fetcher.fetch(FeedRequest(f"{root}/feed"))
    assert first.body is not None
    assert first.body.startswith(b"<?xml")
    assert (first.etag, first.not_modified, first.error) == ('"abc"', False, None)
    assert first.content_type == "application/rss+xml; charset=utf-8"
    second = await fetcher.fetch(FeedRequest(f"{root}/feed", etag=first.etag))
    assert (second.body, second.not_modified, second.etag) == (None, True, '"abc"')
    assert fake.requests[1][1]["If-None-Match"] == '"abc"'


async def test_conditional_get_with_last_modified(
    site: tuple[FakeFeeds, str], fetcher: FeedFetcher
) -> None:
    fake, root = site
    stamp = "Fri, 12 Dec 2025 10:00:00 GMT"
    fake.add("/feed", DECRYPT, last_modified=stamp)
    first = await fetcher.fetch(FeedRequest(f"{root}/feed"))
    second = await fetcher.fetch(FeedRequest(f"{root}/feed", last_modified=first.last_modified))
    assert second.not_modified
    assert fake.requests[1][1]["If-Modified-Since"] == stamp


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"mode": "500"}, "HTTP 500"),
        ({"mode": "slow", "delay": 3.0}, "timed out after 0.5s"),
        ({"mode": "huge", "size": 10_000_000}, "too large"),
    ],
)
async def test_failures_are_reported_not_raised(
    site: tuple[FakeFeeds, str], fetcher: FeedFetcher, options: dict[str, Any], error: str
) -> None:
    fake, root = site
    fake.add("/bad", DECRYPT, **options)
    response = await fetcher.fetch(FeedRequest(f"{root}/bad"))
    assert response.body is None
    assert response.error is not None
    assert response.error.startswith(error)


async def test_too_large_by_content_length(
    site: tuple[FakeFeeds, str], fetcher: FeedFetcher
) -> None:
    fake, root = site
    fake.add("/big", b"x" * 300_000)
    response = await fetcher.fetch(FeedRequest(f"{root}/big"))
    assert response.error == "too large (300000 bytes)"


async def test_one_feed_down_does_not_stop_the_others(
    site: tuple[FakeFeeds, str], fetcher: FeedFetcher
) -> None:
    fake, root = site
    fake.add("/ok", DECRYPT)
    fake.add("/slow", DECRYPT, mode="slow", delay=3.0)
    responses = await fetcher.fetch_all(
        [
            FeedRequest(f"{root}/ok"),
            FeedRequest(f"{root}/slow"),
            FeedRequest(f"{root}/missing"),
            FeedRequest("http://127.0.0.1:9/refused"),
        ]
    )
    assert [r.error is None for r in responses] == [True, False, False, False]
    assert responses[2].error == "HTTP 404"
    assert responses[3].error is not None
    assert responses[3].error.startswith("ClientConnectorError")
