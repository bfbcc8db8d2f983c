"""Replies that meet the Bot API's errors: flood control, 5xx, a migrated group, a kick."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

import pytest
from telegram.error import TimedOut

from bot.app import build_application
from handlers import common
from tests.conftest import Upstreams
from tests.fakes.server import fixture_json
from tests.handlers.conftest import Chat

BTC = "BTC $63,733 ▲1.22% · Vol $21.39B"


def flood_control(seconds: int) -> dict[str, Any]:
    error = fixture_json("telegram/nutgram_error_too_many_requests.json")
    error["description"] = f"Too Many Requests: retry after {seconds}"
    error["parameters"]["retry_after"] = seconds
    return error


async def test_a_reply_waits_out_flood_control(chat: Chat) -> None:
    chat.upstreams.telegram.fail_next("sendMessage", flood_control(1))
    started = time.monotonic()
    [message] = await chat.send("/price btc")
    assert message.text == BTC
    assert time.monotonic() - started >= 1  # as long as Telegram asked
    assert chat.upstreams.telegram.methods().count("sendMessage") == 2


async def test_a_reply_too_long_in_flood_control_is_given_up_without_a_sorry(
    chat: Chat, caplog: pytest.LogCaptureFixture
) -> None:
    chat.upstreams.telegram.fail_next("sendMessage", flood_control(600))
    assert await chat.send("/price btc") == []
    assert chat.upstreams.telegram.methods().count("sendMessage") == 1
    assert "error while handling update" in caplog.text


async def test_a_reply_is_sent_again_after_a_bad_gateway(chat: Chat) -> None:
    chat.upstreams.telegram.fail_next(
        "sendMessage", {"ok": False, "error_code": 502, "description": "Bad Gateway"}
    )
    [message] = await chat.send("/price btc")
    assert message.text == BTC


async def test_a_reply_to_a_group_that_became_a_supergroup_goes_to_the_supergroup(
    chat: Chat,
) -> None:
    error = fixture_json("telegram/error_400_migrate_to_chat_id.json")
    chat.upstreams.telegram.fail_next("sendMessage", error)
    [message] = await chat.send("/price btc", chat_id=-4008338308, chat_type="group")
    assert (message.chat_id, message.text) == (-1001557912345, BTC)


async def test_a_kicked_bot_logs_one_quiet_line(
    chat: Chat, caplog: pytest.LogCaptureFixture
) -> None:
    error = fixture_json("telegram/unreal4u_SendMessage-botWasKicked.json")
    chat.upstreams.telegram.fail_next("sendMessage", error)
    caplog.set_level(logging.INFO)
    assert await chat.send("/price btc", chat_id=-100123, chat_type="supergroup") == []
    assert [(r.levelname, r.exc_info) for r in caplog.records if r.levelno >= logging.WARNING] == [
        ("WARNING", None)
    ]
    assert "bot was kicked from the group chat" in caplog.text


async def test_an_unknown_command_is_quoted_as_text(chat: Chat) -> None:
    text = await chat.reply("/foo<3")
    assert text == "I don't know /foo&lt;3. Send /help to see every command."


async def test_a_command_menu_refused_does_not_stop_the_bot(
    upstreams: Upstreams, tmp_path: Path
) -> None:
    upstreams.telegram.fail_next("setMyCommands", flood_control(5))
    app = build_application(upstreams.settings(tmp_path))
    await app.initialize()
    assert app.post_init is not None
    assert app.post_shutdown is not None
    await app.post_init(app)  # raised RetryAfter before
    try:
        assert app.bot_data.services.prices is not None
    finally:
        await app.post_shutdown(app)
        await app.shutdown()


async def test_a_reply_that_timed_out_is_not_followed_by_a_sorry(
    chat: Chat, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Telegram delivered the reply but answered after the read timeout."""
    send = common._send

    async def delivered_then_timed_out(*args: Any, **kwargs: Any) -> None:
        await send(*args, **kwargs)
        raise TimedOut

    monkeypatch.setattr(common, "_send", delivered_then_timed_out)
    [message] = await chat.send("/price btc")
    assert message.text == BTC
    assert chat.upstreams.telegram.methods().count("sendMessage") == 1
    assert "timed out; it may have arrived" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
