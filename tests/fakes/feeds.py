"""A fake news site serving real captured feeds, with conditional GET and every failure."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from aiohttp import web

from tests.fakes.server import fixture_bytes

RSS = "application/rss+xml; charset=utf-8"


@dataclass
class FeedRoute:
    """What one path serves.

    Modes: ``ok``; ``500``; ``slow`` (waits ``delay`` seconds first); ``huge`` (streams
    ``size`` bytes of XML); ``html`` (a web page, status 200); ``empty`` (200, no body);
    ``garbage`` (binary junk).
    """

    body: bytes
    content_type: str = RSS
    etag: str | None = None
    last_modified: str | None = None
    mode: str = "ok"
    delay: float = 0.0
    size: int = 0


@dataclass
class FakeFeeds:
    """Feeds by path; tests add routes and read ``requests``."""

    routes: dict[str, FeedRoute] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def add(self, path: str, body: bytes | str = b"", **options: object) -> FeedRoute:
        """Serve ``body`` (bytes, or a file under ``tests/fixtures``) at ``path``."""
        content = fixture_bytes(body) if isinstance(body, str) else body
        route = FeedRoute(content, **options)  # type: ignore[arg-type]
        self.routes[path] = route
        return route

    def count(self, path: str) -> int:
        return sum(1 for seen, _headers in self.requests if seen == path)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/{path:.*}", self._serve)
        return app

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["path"]
        self.requests.append((path, dict(request.headers)))
        route = self.routes.get(path)
        if route is None:
            return web.Response(status=404, text="Not Found")
        if route.mode == "500":
            return web.Response(status=500, text="Internal Server Error")
        if route.mode == "slow":
            await asyncio.sleep(route.delay)
        if route.mode == "html":
            return web.Response(
                text="<!doctype html><html><body><h1>Welcome!</h1></body></html>",
                content_type="text/html",
            )
        if route.mode == "empty":
            return web.Response(body=b"", content_type="application/rss+xml")
        if route.mode == "garbage":
            return web.Response(body=bytes(range(256)) * 64, content_type="application/xml")
        if route.mode == "huge":
            return await self._huge(request, route)
        headers = {}
        if route.etag:
            headers["ETag"] = route.etag
            if request.headers.get("If-None-Match") == route.etag:
                return web.Response(status=304, headers=headers)
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
            if request.headers.get("If-Modified-Since") == route.last_modified:
                return web.Response(status=304, headers=headers)
        headers["Content-Type"] = route.content_type
        return web.Response(body=route.body, headers=headers)

    @staticmethod
    async def _huge(request: web.Request, route: FeedRoute) -> web.StreamResponse:
        # Streamed without Content-Length, so only counting the bytes read can stop it.
        response = web.StreamResponse(headers={"Content-Type": RSS})
        await response.prepare(request)
        await response.write(b"<?xml version='1.0'?><rss><channel><title>Huge</title>")
        chunk = b"<item><title>spam</title></item>" * 2048
        sent = 0
        try:
            while sent < route.size:
                await response.write(chunk)
                sent += len(chunk)
        except ConnectionResetError:
            return response
        await response.write_eof()
        return response
