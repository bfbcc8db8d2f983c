"""Bot API requests over aiohttp: what reaches the server, what comes back, and failures."""

from __future__ import annotations

import asyncio
import base64
import socket
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot, InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.telegram_request import AiohttpRequest
from tests.fakes.telegram import TOKEN, FakeTelegram

pytestmark = pytest.mark.asyncio


def request_data(**values: object) -> RequestData:
    return RequestData([RequestParameter.from_input(name, v) for name, v in values.items()])


class Recorder:
    """A server that records each request and answers as told."""

    def __init__(self, delay: float = 0.0, status: int = 200) -> None:
        self.delay = delay
        self.status = status
        self.seen: list[dict[str, Any]] = []

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/{tail:.*}", self.handle)
        return app

    async def handle(self, request: web.Request) -> web.Response:
        form = await request.post()
        fields = {name: _field(value) for name, value in form.items()}
        self.seen.append(
            {
                "path": request.path,
                "content_type": request.content_type,
                "user_agent": request.headers.get("User-Agent", ""),
                "proxy_authorization": request.headers.get("Proxy-Authorization"),
                "fields": fields,
            }
        )
        await asyncio.sleep(self.delay)
        return web.Response(status=self.status, body=b'{"ok": true, "result": true}')


@asynccontextmanager
async def opened(request: AiohttpRequest) -> AsyncIterator[AiohttpRequest]:
    """The request initialized, and shut down afterwards."""
    await request.initialize()
    try:
        yield request
    finally:
        await request.shutdown()


def _field(value: object) -> object:
    if isinstance(value, web.FileField):
        return (value.filename, value.file.read())
    return value


async def test_parameters_are_form_encoded_and_the_answer_is_returned(
    aiohttp_server: Any,
) -> None:
    recorder = Recorder(status=429)
    server = await aiohttp_server(recorder.app())
    async with opened(AiohttpRequest()) as request:
        status, body = await request.do_request(
            str(server.make_url("/botT/sendMessage")),
            "POST",
            request_data(chat_id=42, text="<b>BTC</b> & more", parse_mode="HTML"),
        )
    assert (status, body) == (429, b'{"ok": true, "result": true}')
    [seen] = recorder.seen
    assert seen["path"] == "/botT/sendMessage"
    assert seen["content_type"] == "application/x-www-form-urlencoded"
    assert seen["fields"] == {"chat_id": "42", "text": "<b>BTC</b> & more", "parse_mode": "HTML"}
    assert "python-telegram-bot" in seen["user_agent"]


async def test_files_go_as_multipart(aiohttp_server: Any) -> None:
    recorder = Recorder()
    server = await aiohttp_server(recorder.app())
    async with opened(AiohttpRequest()) as request:
        photo = InputFile(b"\x89PNG fake", filename="chart.png")
        status, _ = await request.do_request(
            str(server.make_url("/botT/sendPhoto")),
            "POST",
            request_data(chat_id=42, photo=photo, caption="BTC 7d"),
        )
    assert status == 200
    [seen] = recorder.seen
    assert seen["content_type"] == "multipart/form-data"
    fields = seen["fields"]
    assert fields["chat_id"] == "42"
    assert fields["caption"] == "BTC 7d"
    assert fields["photo"] == ("chart.png", b"\x89PNG fake")


async def test_a_slow_answer_times_out(aiohttp_server: Any) -> None:
    server = await aiohttp_server(Recorder(delay=1.0).app())
    async with opened(AiohttpRequest(read_timeout=0.1)) as request:
        with pytest.raises(TimedOut):
            await request.do_request(str(server.make_url("/botT/getMe")), "POST")
        # A call's own timeout wins over the default.
        status, _ = await request.do_request(
            str(server.make_url("/botT/getMe")), "POST", read_timeout=3.0
        )
        assert status == 200


async def test_no_connection_in_time_is_a_network_error_a_reply_may_retry(
    aiohttp_server: Any,
) -> None:
    """Waiting for a free connection (or for one at all) past its time sends nothing: unlike
    a read that timed out, it is safe to try again."""
    server = await aiohttp_server(Recorder(delay=1.0).app())
    url = str(server.make_url("/botT/getMe"))
    async with opened(
        AiohttpRequest(connection_pool_size=1, pool_timeout=0.1, connect_timeout=0.1)
    ) as request:
        busy = asyncio.ensure_future(request.do_request(url, "POST", read_timeout=3.0))
        await asyncio.sleep(0.2)
        with pytest.raises(NetworkError, match="timed out connecting") as raised:
            await request.do_request(url, "POST")
        assert not isinstance(raised.value, TimedOut)
        assert (await busy)[0] == 200


async def test_a_refused_connection_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with opened(AiohttpRequest()) as request:
        with pytest.raises(NetworkError, match=r"aiohttp\.ClientConnectorError"):
            await request.do_request(f"http://127.0.0.1:{port}/botT/getMe", "POST")


async def test_a_proxy_from_the_environment_is_used(
    aiohttp_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = Recorder()
    server = await aiohttp_server(proxy.app())
    monkeypatch.setenv("HTTP_PROXY", str(server.make_url("")))
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    async with opened(AiohttpRequest()) as request:
        # Nothing listens at the Bot API's address: only the proxy can answer.
        status, _ = await request.do_request("http://api.telegram.invalid/botT/getMe", "POST")
    assert status == 200
    assert [seen["path"] for seen in proxy.seen] == ["/botT/getMe"]


async def test_proxy_credentials_in_its_url_are_sent_to_the_proxy(
    aiohttp_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = Recorder()
    server = await aiohttp_server(proxy.app())
    address = server.make_url("").with_user("bot").with_password("s3cret")
    monkeypatch.setenv("HTTP_PROXY", str(address))
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    async with opened(AiohttpRequest()) as request:
        status, _ = await request.do_request("http://api.telegram.invalid/botT/getMe", "POST")
    assert status == 200
    [seen] = proxy.seen
    assert seen["proxy_authorization"] == "Basic " + base64.b64encode(b"bot:s3cret").decode()


async def test_proxy_credentials_go_with_the_tunnel_to_an_https_api(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A proxy that records the CONNECT it is asked for, and refuses it.
    heads: list[bytes] = []

    async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        heads.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(refuse, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    monkeypatch.setenv("HTTPS_PROXY", f"http://bot:s3cret@127.0.0.1:{port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    try:
        async with opened(AiohttpRequest()) as request:
            with pytest.raises(NetworkError):
                await request.do_request("https://api.telegram.invalid/botT/getMe", "POST")
    finally:
        server.close()
        await server.wait_closed()
    [head] = heads
    assert head.startswith(b"CONNECT api.telegram.invalid:443 ")
    expected = "Basic " + base64.b64encode(b"bot:s3cret").decode()
    assert f"Proxy-Authorization: {expected}".encode() in head


async def test_no_proxy_hosts_are_reached_directly(
    aiohttp_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, telegram = Recorder(), Recorder()
    proxy_server = await aiohttp_server(proxy.app())
    telegram_server = await aiohttp_server(telegram.app())
    monkeypatch.setenv("HTTP_PROXY", str(proxy_server.make_url("")))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    async with opened(AiohttpRequest()) as request:
        status, _ = await request.do_request(str(telegram_server.make_url("/botT/getMe")), "POST")
    assert status == 200
    assert (len(proxy.seen), len(telegram.seen)) == (0, 1)


async def test_requests_need_no_worker_thread(
    aiohttp_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # aiohttp's trust_env looks up the proxy and ~/.netrc in a worker thread at every
    # request; the proxy is looked up once here, and a request runs on the loop alone.
    server = await aiohttp_server(Recorder().app())
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.invalid:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")

    class NoThreads(ThreadPoolExecutor):
        def submit(self, *args: Any, **kwargs: Any) -> Any:
            raise AssertionError("a request used a worker thread")

    asyncio.get_running_loop().set_default_executor(NoThreads())
    async with opened(AiohttpRequest()) as request:
        for _ in range(3):
            status, _ = await request.do_request(str(server.make_url("/botT/getMe")), "POST")
            assert status == 200


async def test_it_must_be_initialized_and_can_be_again_after_shutdown(
    aiohttp_server: Any,
) -> None:
    server = await aiohttp_server(Recorder().app())
    url = str(server.make_url("/botT/getMe"))
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request(url, "POST")
    await request.initialize()
    await request.shutdown()
    await request.shutdown()  # twice is harmless
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request(url, "POST")
    await request.initialize()
    try:
        assert (await request.do_request(url, "POST"))[0] == 200
    finally:
        await request.shutdown()


async def test_a_bot_sends_through_it(aiohttp_server: Any) -> None:
    telegram = FakeTelegram()
    server = await aiohttp_server(telegram.app())
    bot = Bot(
        TOKEN,
        base_url=f"{str(server.make_url('')).rstrip('/')}/bot",
        request=AiohttpRequest(),
        get_updates_request=AiohttpRequest(connection_pool_size=1),
    )
    async with bot:
        message = await bot.send_message(77, "<b>hello</b> &amp; welcome", parse_mode="HTML")
    assert message.chat.id == 77
    [sent] = telegram.sent
    assert sent.params["text"] == "<b>hello</b> &amp; welcome"
    assert sent.params["parse_mode"] == "HTML"
