"""Reading a server's Retry-After header, in both of its forms; bodies that are not JSON."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from aiohttp import web

from services.errors import BadPayload
from services.http import get_json, parse_retry_after

#: 2025-12-12 20:00:00 UTC, as a Unix time.
NOW = 1765569600.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 2.5 ", 2.5),
        ("-3", 0.0),  # never a negative wait
        ("Fri, 12 Dec 2025 20:01:30 GMT", 90.0),
        ("Fri, 12 Dec 2025 19:59:00 GMT", 0.0),  # a date already past: retry now
        ("Fri, 12 Dec 2025 20:01:30", 60.0),  # no zone: unreadable, the default
        ("soon", 60.0),
        ("", 60.0),
        (None, 60.0),
    ],
)
def test_retry_after_seconds_or_http_date(value: str | None, expected: float) -> None:
    assert parse_retry_after(value, NOW, default=60.0) == pytest.approx(expected)


async def test_a_deeply_nested_body_is_a_bad_payload(aiohttp_server: Any) -> None:
    async def nested(request: web.Request) -> web.Response:
        return web.Response(body=b"[" * 100_000, content_type="application/json")

    app = web.Application()
    app.router.add_get("/", nested)
    server = await aiohttp_server(app)
    async with aiohttp.ClientSession() as http:
        with pytest.raises(BadPayload, match="not JSON"):
            await get_json(http, "coingecko", str(server.make_url("/")), timeout=2.0)


async def test_a_redirect_is_not_followed_with_the_api_key(aiohttp_server: Any) -> None:
    """The key goes to the API's host only, not wherever a redirect leads."""
    seen: list[str | None] = []

    async def elsewhere(request: web.Request) -> web.Response:
        seen.append(request.headers.get("x-cg-demo-api-key"))
        return web.json_response({"bitcoin": {"usd": 1.0}})

    other = web.Application()
    other.router.add_get("/", elsewhere)
    target = await aiohttp_server(other)

    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPFound(str(target.make_url("/")))

    api = web.Application()
    api.router.add_get("/", moved)
    server = await aiohttp_server(api)
    async with aiohttp.ClientSession() as http:
        with pytest.raises(BadPayload, match="HTTP 302"):
            await get_json(
                http,
                "coingecko",
                str(server.make_url("/")),
                headers={"x-cg-demo-api-key": "CG-SECRET"},
                timeout=2.0,
            )
    assert seen == []
