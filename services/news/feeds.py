"""Fetching feeds: concurrent, conditional (ETag / Last-Modified), bounded in time and size."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import aiohttp

from services.http import BodyTooLarge, read_capped
from services.schema import MAX_ETAG_CHARS, MAX_LAST_MODIFIED_CHARS

logger = logging.getLogger(__name__)

#: A real feed is well under 1 MB; anything far larger is a mistake or an attack.
MAX_FEED_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class FeedRequest:
    """A feed to fetch, with the validators of our last copy."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FeedResponse:
    """The outcome of one fetch.

    Attributes:
        url: the feed.
        body: the bytes fetched; ``None`` when unchanged or failed.
        not_modified: the server answered 304: our last copy is current.
        error: why the fetch failed, or ``None``.
        content_type: the server's ``Content-Type``, for the parser's encoding detection.
        etag: the validator to send next time.
        last_modified: the validator to send next time.
        location: where the body came from, after redirects (the base of relative links);
            ``None`` when it is ``url``.
    """

    url: str
    body: bytes | None = None
    not_modified: bool = False
    error: str | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None


class FeedFetcher:
    """Fetches feeds over the process's aiohttp session.

    Args:
        session: the shared aiohttp session.
        timeout: seconds allowed per feed, from connecting to the last byte.
        max_bytes: the largest body accepted (after decompression).
        concurrency: feeds fetched at once.
    """

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        timeout: float = 15.0,
        max_bytes: int = MAX_FEED_BYTES,
        concurrency: int = 16,
    ) -> None:
        self._session = session
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._slots = asyncio.Semaphore(concurrency)

    async def fetch_all(self, requests: Sequence[FeedRequest]) -> list[FeedResponse]:
        """Fetch every feed concurrently; one feed's failure never stops the others."""
        return list(await asyncio.gather(*(self.fetch(request) for request in requests)))

    async def fetch(self, request: FeedRequest) -> FeedResponse:
        """Fetch one feed; failures come back as ``FeedResponse.error``, never raised."""
        headers = {"Accept": ACCEPT}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        async with self._slots:
            try:
                return await self._get(request, headers)
            except TimeoutError:
                return self._failed(request, f"timed out after {self._timeout:g}s")
            except (aiohttp.ClientError, UnicodeError, ValueError) as exc:
                return self._failed(request, f"{type(exc).__name__}: {exc}")

    async def _get(self, request: FeedRequest, headers: dict[str, str]) -> FeedResponse:
        """GET the feed, following redirects ourselves: one that leaves the web, or leads
        from the internet to this machine or its private network, is refused before it is
        followed (an outlet's site must not make the bot fetch what only it can reach)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._timeout
        url = request.url
        for _hop in range(MAX_REDIRECTS + 1):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError
            async with self._session.get(
                url,
                headers=headers,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(total=remaining),
            ) as response:
                target = response.headers.get("Location")
                if response.status in _REDIRECTS and target:
                    url = urljoin(str(response.url), target)
                    refusal = _refused_redirect(request.url, url)
                    if refusal is not None:
                        return self._failed(request, refusal)
                    continue
                return await self._read(request, response, moved=url != request.url)
        return self._failed(request, f"more than {MAX_REDIRECTS} redirects")

    async def _read(
        self, request: FeedRequest, response: aiohttp.ClientResponse, *, moved: bool
    ) -> FeedResponse:
        etag = _validator(response.headers.get("ETag"), MAX_ETAG_CHARS)
        last_modified = _validator(response.headers.get("Last-Modified"), MAX_LAST_MODIFIED_CHARS)
        if response.status == 304:
            return FeedResponse(
                request.url,
                not_modified=True,
                etag=etag or request.etag,
                last_modified=last_modified or request.last_modified,
            )
        if response.status >= 300:
            return self._failed(request, f"HTTP {response.status}")
        declared = response.content_length
        if declared is not None and declared > self._max_bytes:
            return self._failed(request, f"too large ({declared} bytes)")
        try:
            body = await read_capped(response.content, self._max_bytes)
        except BodyTooLarge:
            return self._failed(request, f"too large (over {self._max_bytes} bytes)")
        return FeedResponse(
            request.url,
            body=body,
            content_type=response.headers.get("Content-Type"),
            etag=etag,
            last_modified=last_modified,
            location=str(response.url) if moved else None,
        )

    @staticmethod
    def _failed(request: FeedRequest, error: str) -> FeedResponse:
        logger.warning("feed %s skipped: %s", request.url, error)
        return FeedResponse(
            request.url, error=error, etag=request.etag, last_modified=request.last_modified
        )


def _refused_redirect(origin: str, target: str) -> str | None:
    """Why a redirect from ``origin`` to ``target`` is not followed, or ``None``."""
    parts = urlsplit(target)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "redirected to something not on the web"
    if _is_internal(parts.hostname) and not _is_internal(urlsplit(origin).hostname or ""):
        return f"redirected to an internal address ({parts.hostname})"
    return None


def _is_internal(host: str) -> bool:
    """Whether ``host`` names this machine or a private network (by name or address; names
    are not resolved)."""
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_global


def _validator(value: str | None, limit: int) -> str | None:
    """A validator header worth keeping and sending back: printable ASCII, as HTTP has it,
    and within ``limit`` (a cut one would never match). aiohttp hands over a byte that is
    not UTF-8 as a lone surrogate, which no database stores."""
    if value and len(value) <= limit and value.isascii() and value.isprintable():
        return value
    return None
