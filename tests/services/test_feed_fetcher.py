"""Fetching feeds: conditional GET, timeouts, size cap, failures that never stop the others."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult

from services.news.feeds import FeedFetcher, FeedRequest
from tests.fakes.feeds import FakeFeeds
from tests.fakes.server import fixture_bytes

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


@pytest.fixture
async def raw_site() -> AsyncIterator[tuple[dict[str, bytes], str]]:
    """A server that answers each path with the raw header lines given for it (aiohttp's own
    server will not send a header that is not UTF-8)."""
    headers_of: dict[str, bytes] = {}
    body = b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title></channel></rss>"

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        path = (await reader.readline()).split()[1].decode()
        while (await reader.readline()) not in (b"\r\n", b""):
            pass
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
            + headers_of[path]
            + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
            + body
        )
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    yield headers_of, f"http://127.0.0.1:{port}"
    server.close()
    await server.wait_closed()


@pytest.mark.parametrize(
    "header",
    [
        b'ETag: "caf\xe9"\r\n',  # not UTF-8: aiohttp hands it over as a lone surrogate
        b"Last-Modified: Fri, 12 D\xe9c 2025 10:00:00 GMT\r\n",
        b'ETag: "' + b"e" * 600 + b'"\r\n',  # longer than the store keeps
        b"Last-Modified: Fri, 12 Dec 2025 10:00:00 GMT" + b" " * 120 + b"x\r\n",
    ],
)
async def test_a_validator_that_cannot_be_kept_is_not_kept(
    raw_site: tuple[dict[str, bytes], str], fetcher: FeedFetcher, header: bytes
) -> None:
    headers_of, root = raw_site
    headers_of["/feed"] = header
    response = await fetcher.fetch(FeedRequest(f"{root}/feed"))
    assert response.error is None
    assert response.body is not None
    assert (response.etag, response.last_modified) == (None, None)


async def test_a_feed_that_moved_is_read_where_it_now_is(aiohttp_server: Any) -> None:
    fake = FakeFeeds()
    fake.add("/new", DECRYPT)
    new_site = await aiohttp_server(fake.app(), host="localhost")
    new = str(new_site.make_url("/new"))

    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently(new)

    app = web.Application()
    app.router.add_get("/old", moved)
    old_site = await aiohttp_server(app, host="127.0.0.1")
    old = str(old_site.make_url("/old"))
    async with aiohttp.ClientSession() as session:
        fetcher = FeedFetcher(session, timeout=2.0)
        moved_response = await fetcher.fetch(FeedRequest(old))
        direct = await fetcher.fetch(FeedRequest(new))
    assert moved_response.body == fixture_bytes(DECRYPT)
    # The base of the feed's relative links is where the feed now is.
    assert (moved_response.url, moved_response.location) == (old, new)
    assert direct.location is None


class _PublicNames(AbstractResolver):
    """Resolves ``*.example`` names, as if on the internet, to this machine's test servers."""

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        assert host.endswith(".example"), host  # nothing else may be looked up
        return [
            ResolveResult(
                hostname=host,
                host="127.0.0.1",
                port=port,
                family=socket.AF_INET,
                proto=0,
                flags=socket.AI_NUMERICHOST,
            )
        ]

    async def close(self) -> None:
        pass


@pytest.mark.parametrize(
    ("location", "error"),
    [
        ("http://127.0.0.1:{port}/secret", "redirected to an internal address (127.0.0.1)"),
        ("http://localhost:{port}/secret", "redirected to an internal address (localhost)"),
        ("http://169.254.169.254/latest/meta-data/", "redirected to an internal address"),
        ("http://[::1]:{port}/secret", "redirected to an internal address (::1)"),
        ("http://10.0.0.7/admin", "redirected to an internal address (10.0.0.7)"),
        ("ftp://outlet.example/feed.xml", "redirected to something not on the web"),
        ("/loop", "more than 5 redirects"),
    ],
)
async def test_an_outlet_cannot_redirect_the_bot_off_the_web_or_inside(
    aiohttp_server: Any, location: str, error: str
) -> None:
    fake = FakeFeeds()
    fake.add("/secret", DECRYPT)
    server = await aiohttp_server(fake.app(), host="127.0.0.1")

    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPFound(location.format(port=server.port))

    fake_app = fake.app()
    fake_app.router.add_get("/loop", moved)
    fake_app.router.add_get("/old", moved)
    outlet = await aiohttp_server(fake_app, host="127.0.0.1")
    connector = aiohttp.TCPConnector(resolver=_PublicNames())
    async with aiohttp.ClientSession(connector=connector) as session:
        fetcher = FeedFetcher(session, timeout=2.0)
        response = await fetcher.fetch(FeedRequest(f"http://outlet.example:{outlet.port}/old"))
    assert response.body is None
    assert response.error is not None
    assert response.error.startswith(error)
    assert fake.count("/secret") == 0  # not even asked
