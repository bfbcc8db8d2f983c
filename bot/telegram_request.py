"""python-telegram-bot's requests to the Bot API, sent with aiohttp.

python-telegram-bot sends through httpx by default. Under a burst of commands the bot's
CPU goes mostly to its own HTTP requests, and httpx's stack (httpx, httpcore, anyio)
spends about three times as much CPU per request as aiohttp, which the bot already uses
for every other outbound call. :class:`AiohttpRequest` implements the library's
``BaseRequest`` the way its ``HTTPXRequest`` does: the same form-encoded parameters (or
multipart when files are sent), the same default timeouts, and the same errors
(``TimedOut``, ``NetworkError``).

A proxy in the environment (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``)
is used as httpx would use it, looked up once per host: aiohttp's own ``trust_env`` looks
it up, and reads ``~/.netrc``, in a worker thread at every request, which under a burst of
replies costs more than the requests themselves. Proxy credentials go in the proxy's URL.
"""

from __future__ import annotations

import base64
import urllib.parse
import urllib.request
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.logs import redact_token_paths

__all__ = ["AiohttpRequest"]


class AiohttpRequest(BaseRequest):
    """Bot API requests over one aiohttp session, opened at :meth:`initialize`.

    Args:
        connection_pool_size: most connections open at once (python-telegram-bot's
            application default for its main requests is 256).
        read_timeout, write_timeout, connect_timeout, pool_timeout: defaults in seconds,
            used when a call does not give its own (``None``: wait forever), as in
            ``HTTPXRequest``.
        media_write_timeout: the write timeout when files are sent.
    """

    __slots__ = (
        "_connect_timeout",
        "_limit",
        "_media_write_timeout",
        "_pool_timeout",
        "_proxies",
        "_read_timeout",
        "_session",
        "_write_timeout",
    )

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._limit = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        #: The proxy options of each ``(scheme, host)`` asked for so far (empty: direct).
        self._proxies: dict[tuple[str, str], dict[str, Any]] = {}

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (python-telegram-bot adds the long-poll time to it)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (again, after :meth:`shutdown`)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._limit, limit_per_host=self._limit)
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.USER_AGENT},
                # Bot API answers are JSON that python-telegram-bot parses itself; aiohttp
                # must not turn a missing content type or a proxy's cookies into work.
                cookie_jar=aiohttp.DummyCookieJar(),
            )
            # HTTPS_PROXY and its kin reach the Bot API as they did through httpx, where
            # Telegram is reachable only through a proxy: read again after a restart.
            self._proxies.clear()

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; return the status code and the body.

        Raises:
            TimedOut: a timeout passed once the request was under way (it may have
                arrived).
            NetworkError: the request failed otherwise (refused, reset, closed early, or
                no connection in time: nothing was sent).
        """
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data is not None else None
        if isinstance(read_timeout, DefaultValue):
            read_timeout = self._read_timeout
        if isinstance(connect_timeout, DefaultValue):
            connect_timeout = self._connect_timeout
        if isinstance(pool_timeout, DefaultValue):
            pool_timeout = self._pool_timeout
        if isinstance(write_timeout, DefaultValue):
            write_timeout = self._media_write_timeout if files else self._write_timeout
        # aiohttp has no write timeout of its own: with every timeout finite, the whole
        # exchange may take as long as waiting, connecting, writing and reading together.
        waits = (pool_timeout, connect_timeout, write_timeout, read_timeout)
        timeout = aiohttp.ClientTimeout(
            total=sum(wait for wait in waits if wait is not None) if None not in waits else None,
            connect=None
            if pool_timeout is None or connect_timeout is None
            else (pool_timeout + connect_timeout),
            sock_connect=connect_timeout,
            sock_read=read_timeout,
        )
        data: dict[str, str] | aiohttp.FormData | None = None
        if request_data is not None:
            parameters = request_data.json_parameters
            data = _form(parameters, files) if files else parameters
        try:
            async with session.request(
                method, url, data=data, timeout=timeout, **self._proxy_for(url)
            ) as response:
                return response.status, await response.read()
        except aiohttp.ConnectionTimeoutError as error:
            # No connection, so nothing was sent: a failure a reply may safely try again.
            raise NetworkError("timed out connecting to the Bot API") from error
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            # aiohttp's messages may quote the URL, and so the token.
            raise NetworkError(
                f"aiohttp.{type(error).__name__}: {redact_token_paths(str(error))}"
            ) from error

    def _proxy_for(self, url: str) -> dict[str, Any]:
        """The request options that send ``url`` through the environment's proxy, looked
        up once per host."""
        parsed = urllib.parse.urlsplit(url)
        key = (parsed.scheme, parsed.hostname or "")
        found = self._proxies.get(key)
        if found is None:
            found = self._proxies[key] = _environment_proxy(*key)
        return found


def _environment_proxy(scheme: str, host: str) -> dict[str, Any]:
    """The request options for the proxy the environment names for ``scheme``
    (``NO_PROXY`` heeded), with its credentials; empty when there is none."""
    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(host):
        return {}
    proxy = proxy if "://" in proxy else f"http://{proxy}"
    address = urllib.parse.urlsplit(proxy)
    if address.username is None:
        return {"proxy": proxy}
    credentials = (
        f"{urllib.parse.unquote(address.username)}:{urllib.parse.unquote(address.password or '')}"
    )
    auth = {"Proxy-Authorization": "Basic " + base64.b64encode(credentials.encode()).decode()}
    host = address.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if address.port is not None:
        netloc += f":{address.port}"
    # Through a tunnel (HTTPS) the credentials go with the CONNECT; a plain HTTP request
    # goes to the proxy itself, with them among its own headers.
    where = "proxy_headers" if scheme == "https" else "headers"
    return {"proxy": urllib.parse.urlunsplit(address._replace(netloc=netloc)), where: auth}


def _form(parameters: dict[str, str], files: dict[str, Any]) -> aiohttp.FormData:
    """Parameters and files as one multipart body, as python-telegram-bot sends them."""
    form = aiohttp.FormData()
    for name, value in parameters.items():
        form.add_field(name, value)
    for name, upload in files.items():
        if isinstance(upload, tuple):
            filename, content, *rest = upload
            content_type = rest[0] if rest else None
        else:
            filename, content, content_type = name, upload, None
        form.add_field(name, content, filename=filename, content_type=content_type)
    return form
