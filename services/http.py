"""Fetching JSON from upstream APIs with aiohttp, mapping failures to ``UpstreamError``."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp

from services.errors import BadPayload, RateLimited, UpstreamUnavailable

#: Largest JSON body we read; CoinGecko's full coin list is about 1.5 MB.
MAX_JSON_BYTES = 8 * 1024 * 1024
DEFAULT_RETRY_AFTER = 60.0


def as_number(value: Any) -> float | None:
    """Return a JSON value as a finite float, or ``None`` for null, strings, booleans and NaN."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


class BodyTooLarge(Exception):
    """A response body went past the size its reader allows."""


async def read_capped(content: aiohttp.StreamReader, limit: int) -> bytes:
    """Read a whole body, refusing to hold more than ``limit`` bytes of it.

    Raises:
        BodyTooLarge: the body is longer than ``limit``.
    """
    chunks: list[bytes] = []
    size = 0
    async for chunk in content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_retry_after(
    value: str | None, now: float, default: float = DEFAULT_RETRY_AFTER
) -> float:
    """Return the seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date).

    Args:
        value: the header's value, or ``None`` when absent.
        now: the current Unix time, for the HTTP-date form.
        default: what to wait when the header is absent or unreadable.
    """
    if not value:
        return default
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    if when.tzinfo is None:
        return default
    return max(0.0, when.timestamp() - now)


async def get_json(
    session: aiohttp.ClientSession,
    source: str,
    url: str,
    *,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float,
) -> Any:
    """GET ``url`` and return its decoded JSON body.

    Redirects are not followed: the API key in ``headers`` would go wherever they lead.

    Raises:
        RateLimited: on 429, with the server's ``Retry-After``.
        UpstreamUnavailable: on connection errors, timeouts and 5xx.
        BadPayload: on any other non-2xx status, a body too large, or a body that is not JSON.
    """
    try:
        async with session.get(
            url,
            params=params,
            headers=headers,
            timeout=aiohttp.ClientTimeout(total=timeout),
            allow_redirects=False,
        ) as response:
            if response.status == 429:
                retry_after = parse_retry_after(response.headers.get("Retry-After"), time.time())
                raise RateLimited(source, "429 Too Many Requests", retry_after)
            if response.status >= 500:
                raise UpstreamUnavailable(source, f"HTTP {response.status}")
            if response.status >= 300:  # a redirect too: see above
                raise BadPayload(source, f"HTTP {response.status}")
            body = await read_capped(response.content, MAX_JSON_BYTES)
    except BodyTooLarge as exc:
        raise BadPayload(source, "response too large") from exc
    except TimeoutError as exc:
        raise UpstreamUnavailable(source, f"timed out after {timeout:g}s") from exc
    except aiohttp.ClientError as exc:
        raise UpstreamUnavailable(source, f"{type(exc).__name__}: {exc}") from exc
    try:
        return json.loads(body)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # "[[[[…" recurses
        raise BadPayload(source, f"not JSON: {body[:60]!r}") from exc
