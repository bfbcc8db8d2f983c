"""Commands as people send them in private chats, groups and channels: every command the
public interface names answers, whatever way it is typed, and nothing meant for another bot
or sent twice is answered."""

from __future__ import annotations

import pytest

from handlers.start import NOT_YET_AVAILABLE
from tests.handlers.conftest import Chat

GROUP = {"chat_id": -100123, "chat_type": "supergroup"}
CHANNEL = {"chat_id": -1001310120257, "chat_type": "channel"}
BTC = "BTC $63,733 ▲1.22% · Vol $21.39B"


@pytest.mark.parametrize("name", NOT_YET_AVAILABLE)
@pytest.mark.parametrize("where", [{}, GROUP, CHANNEL], ids=["private", "group", "channel"])
async def test_every_command_of_the_interface_answers(
    chat: Chat, name: str, where: dict[str, object]
) -> None:
    text = await chat.reply(f"/{name} btc", **where)
    assert text.startswith(f"/{name} is not available yet.")
    assert "/help" in text


async def test_a_command_not_yet_available_for_another_bot_is_left_to_it(chat: Chat) -> None:
    assert await chat.send("/subscribe@other_bot regulation", **GROUP) == []


@pytest.mark.parametrize("where", [{}, GROUP], ids=["private", "group"])
async def test_a_command_for_another_bot_is_left_to_it_in_every_chat(
    chat: Chat, where: dict[str, object]
) -> None:
    assert await chat.send("/price@other_bot btc", **where) == []
    assert await chat.send("/frobnicate@other_bot", **where) == []


@pytest.mark.parametrize(
    ("where", "command"),
    [({}, "/price btc"), (GROUP, "/price@cryptotest_bot btc"), (CHANNEL, "/PRICE btc")],
    ids=["private", "group", "channel"],
)
async def test_a_command_in_a_photo_s_caption_is_answered(
    chat: Chat, where: dict[str, object], command: str
) -> None:
    assert await chat.reply(command, caption=True, **where) == BTC


async def test_a_caption_command_for_another_bot_or_unknown_is_treated_as_in_text(
    chat: Chat,
) -> None:
    assert await chat.send("/price@other_bot btc", caption=True, **GROUP) == []
    assert await chat.send("/frobnicate", caption=True, **GROUP) == []
    assert await chat.reply("/frobnicate", caption=True) == (
        "I don't know /frobnicate. Send /help to see every command."
    )
    assert await chat.send("a photo of my desk", caption=True) == []


@pytest.mark.parametrize(
    "command",
    [
        "/price ＢＴＣ",
        "/price btc\u200b",
        "/price b\u200btc",
        "/price \u2068btc\u2069",
        "/price $ｂｔｃ",
    ],
)
async def test_a_coin_typed_in_full_width_or_with_invisible_characters_is_the_coin(
    chat: Chat, command: str
) -> None:
    assert await chat.reply(command) == BTC


@pytest.mark.parametrize(
    "command", ["/price \u202eabc", "/news \u202eabc", "/foo\u202e", "/price \u200b\u202e"]
)
async def test_a_reply_never_quotes_a_bidi_override_back(chat: Chat, command: str) -> None:
    text = await chat.reply(command)
    assert not {"\u202e", "\u200b"} & set(text)


async def test_news_words_in_full_width_are_read(chat: Chat) -> None:
    assert await chat.reply("/news ０") == await chat.reply("/news 0")
    assert await chat.reply("/news ＲＥＧＵＬＡＴＩＯＮ ０") == await chat.reply("/news 0")
    assert await chat.reply("/news ²") == await chat.reply("/news 2")


async def test_a_channel_post_forwarded_to_its_discussion_group_is_not_answered_twice(
    chat: Chat,
) -> None:
    copy = {
        "is_automatic_forward": True,
        "sender_chat": {"id": -1001310120257, "title": "Crypto desk", "type": "channel"},
        "forward_origin": {
            "type": "channel",
            "date": 1765566000,
            "chat": {"id": -1001310120257, "title": "Crypto desk", "type": "channel"},
            "message_id": 7,
        },
    }
    assert await chat.send("/price btc", user_id=777000, extra=copy, **GROUP) == []
    assert await chat.reply("/price btc", **GROUP) == BTC  # posted in the group itself


async def test_words_without_a_command_get_a_hint_in_private_only(chat: Chat) -> None:
    text = await chat.reply("btc")
    assert "/price btc" in text
    assert "/help" in text
    assert await chat.reply("／price btc") == text  # a full-width slash is no command
    assert await chat.send("btc", **GROUP) == []


@pytest.mark.parametrize(
    "extra",
    [
        {"forward_origin": {"type": "hidden_user", "date": 1765566000, "sender_user_name": "A"}},
        {"via_bot": {"id": 777, "is_bot": True, "first_name": "gif", "username": "gif"}},
    ],
    ids=["forwarded", "via-another-bot"],
)
async def test_what_is_shared_with_the_bot_gets_no_hint(
    chat: Chat, extra: dict[str, object]
) -> None:
    assert await chat.send("btc to the moon", extra=extra) == []


async def test_a_caption_telegram_marks_no_command_in_is_not_one(chat: Chat) -> None:
    caption = {"caption_entities": [{"offset": 0, "length": 10, "type": "url"}]}
    assert await chat.send("/r/Bitcoin is busy today", caption=True, extra=caption) == []
