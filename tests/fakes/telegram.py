"""A fake Telegram Bot API server: long polling, sending, and a record of every call.

Requests arrive at ``{root}/bot{token}/{method}`` as python-telegram-bot sends them (form
fields whose values may be JSON); answers follow the real ``{"ok": ..., "result": ...}`` shape
and the real error bodies of ``tests/fixtures/telegram``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.server import fixture_json

#: Not a real token: real ones have 8-10 digits and 35 characters after the colon.
TOKEN = "4242:fake-token-for-tests"
BOT_USER = {
    "id": 4242,
    "is_bot": True,
    "first_name": "Crypto Bot",
    "username": "cryptotest_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


@dataclass
class SentMessage:
    """One call of a sending method, as the fake received it."""

    method: str
    chat_id: int
    params: dict[str, Any]
    received_at: float

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")


@dataclass
class FakeTelegram:
    """The fake's state. Tests push updates and read what the bot sent."""

    token: str = TOKEN
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    sent: list[SentMessage] = field(default_factory=list)
    delivered_at: dict[int, float] = field(default_factory=dict)
    commands: list[dict[str, str]] = field(default_factory=list)
    #: Error answers queued per method, as the Bot API gives them (``fail_next``).
    failures: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    _pending: list[dict[str, Any]] = field(default_factory=list)
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Event | None = None

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._dispatch)
        app.router.add_get("/bot{token}/{method}", self._dispatch)
        return app

    # --- what tests do -------------------------------------------------------------------

    def push_text(self, text: str, **chat: Any) -> int:
        """Queue a message update (see :func:`make_update`); return its update id."""
        update = make_update(
            text, update_id=next(self._update_ids), message_id=next(self._message_ids), **chat
        )
        self._pending.append(update)
        self._wake()
        return int(update["update_id"])

    def pending_update(self, update_id: int) -> dict[str, Any]:
        """An update pushed but not yet confirmed by the bot."""
        return next(u for u in self._pending if u["update_id"] == update_id)

    async def wait_for(
        self, chat_id: int, *, count: int = 1, timeout: float = 10.0
    ) -> list[SentMessage]:
        """Wait until the bot has sent ``count`` messages to ``chat_id``; return them."""
        deadline = time.monotonic() + timeout
        while True:
            found = [m for m in self.sent if m.chat_id == chat_id]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"chat {chat_id}: {len(found)} of {count} messages after {timeout}s; "
                    f"calls: {[c[0] for c in self.calls][-10:]}"
                )
            await asyncio.sleep(0.01)

    def fail_next(self, method: str, error: dict[str, Any]) -> None:
        """Answer the next call of ``method`` with a Bot API error body (``{"ok": false,
        "error_code": 429, ...}``, as captured in ``fixtures/telegram``)."""
        self.failures.setdefault(method, []).append(error)

    def methods(self) -> list[str]:
        return [method for method, _params in self.calls]

    # --- the Bot API ---------------------------------------------------------------------

    def _wake(self) -> None:
        if self._changed is not None:
            self._changed.set()

    async def _dispatch(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                fixture_json("telegram/unreal4u_GetMe-invalidBotToken.json"), status=401
            )
        method = request.match_info["method"]
        params = await _params(request)
        self.calls.append((method, params))
        if self.failures.get(method):
            body = self.failures[method].pop(0)
            return web.json_response(body, status=int(body["error_code"]))
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return _ok(True)
        result = await handler(params)
        if isinstance(result, web.Response):
            return result
        return _ok(result)

    async def _api_getMe(self, params: dict[str, Any]) -> Any:
        return BOT_USER

    async def _api_setMyCommands(self, params: dict[str, Any]) -> Any:
        self.commands = list(params.get("commands") or [])
        return True

    async def _api_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        self._pending = [u for u in self._pending if u["update_id"] >= offset]
        if self._changed is None:
            self._changed = asyncio.Event()
        if not self._pending and timeout > 0:
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), timeout)
        batch = self._pending[:limit]
        now = time.perf_counter()
        for update in batch:
            self.delivered_at.setdefault(update["update_id"], now)
        return batch

    async def _api_sendMessage(self, params: dict[str, Any]) -> Any:
        return self._record("sendMessage", params)

    async def _api_sendPhoto(self, params: dict[str, Any]) -> Any:
        return self._record("sendPhoto", params)

    def _record(self, method: str, params: dict[str, Any]) -> Any:
        chat_id = int(params["chat_id"])
        self.sent.append(SentMessage(method, chat_id, params, time.perf_counter()))
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        if chat_id < 0:
            chat["title"] = "Crypto desk"
        else:
            chat["first_name"] = "Luca"
        result = fixture_json("telegram/unreal4u_SendMessage.json")["result"]
        result.update(
            message_id=next(self._message_ids),
            date=int(time.time()),
            chat=chat,
            text=params.get("text", ""),
            **{"from": BOT_USER},
        )
        return result


def make_update(
    text: str,
    *,
    update_id: int = 1,
    message_id: int = 1,
    chat_id: int = 10081232,
    chat_type: str = "private",
    user_id: int | None = 10081232,
    title: str = "Crypto desk",
    caption: bool = False,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """An update carrying ``text``, built on the captured ``nutgram_update_command.json``.

    Channel chats get a ``channel_post`` with ``sender_chat`` and no ``from``, as Telegram sends.
    With ``caption``, ``text`` is a photo's caption. ``extra`` fields are added to the message.
    """
    template = fixture_json("telegram/nutgram_update_command.json")["message"]
    message: dict[str, Any] = {"message_id": message_id, "date": int(time.time())}
    if caption:
        message["photo"] = [
            {"file_id": "AgADBAADq6cxG", "file_unique_id": "AQADq6cxG", "width": 90, "height": 90}
        ]
        message["caption"] = text
    else:
        message["text"] = text
    if chat_type == "private":
        message["chat"] = {**template["chat"], "id": chat_id}
    else:
        message["chat"] = {"id": chat_id, "title": title, "type": chat_type}
    if user_id is not None and chat_type != "channel":
        message["from"] = {**template["from"], "id": user_id}
    if chat_type == "channel":
        message["sender_chat"] = message["chat"]
    if text.startswith("/"):
        command = text.split()[0]
        entities = [{"offset": 0, "length": len(command), "type": "bot_command"}]
        message["caption_entities" if caption else "entities"] = entities
    message.update(extra or {})
    kind = "channel_post" if chat_type == "channel" else "message"
    return {"update_id": update_id, kind: message}


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


async def _params(request: web.Request) -> dict[str, Any]:
    """The call's parameters, whether sent as JSON, a form or a query string."""
    raw: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        raw.update(await request.json())
    elif request.can_read_body:
        form = await request.post()
        raw.update({key: value for key, value in form.items() if isinstance(value, str)})
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, str) and value[:1] in "[{":
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        params[key] = value
    return params
