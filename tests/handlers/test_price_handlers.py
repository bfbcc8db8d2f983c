"""/start, /help, /price and unknown commands through the Application."""

from __future__ import annotations

import logging
import time

import pytest

from tests.handlers.conftest import Chat


async def test_help_lists_every_command_with_examples(chat: Chat) -> None:
    text = await chat.reply("/help")
    for command in ("/price", "/price btc eth", "/news", "/news regulation", "/news btc"):
        assert command in text
    assert await chat.reply("/start") == text


async def test_price_without_arguments_shows_the_default_watchlist(chat: Chat) -> None:
    lines = (await chat.reply("/price")).splitlines()
    assert lines == [
        "BSV $52.38 ▲3.50% · Vol $31.20M",
        "BTC $63,733 ▲1.22% · Vol $21.39B",
        "BCH $481.90 ▼2.05% · Vol $402.00M",
        "LTC $84.12 0.00% · Vol $512.30M",
        "DOGE $0.1043 ▲5.77% · Vol $1.05B",
    ]


async def test_price_of_named_coins_in_any_case(chat: Chat) -> None:
    [message] = await chat.send("/price BTC ethereum Shib")
    assert message.text.splitlines() == [
        "BTC $63,733 ▲1.22% · Vol $21.39B",
        "ETH $3,121 ▼0.35% · Vol $11.02B",
        "SHIB $0.00001234 ▼1.50% · Vol $201.00M",
    ]
    assert message.params["parse_mode"] == "HTML"
    assert message.params["link_preview_options"] == {"is_disabled": True}


async def test_price_unknown_coin_suggests_close_matches(chat: Chat) -> None:
    text = await chat.reply("/price btc etherium")
    assert text.splitlines() == [
        "BTC $63,733 ▲1.22% · Vol $21.39B",
        'I don\'t know "etherium". Did you mean ETH (Ethereum)?',
    ]


async def test_price_escapes_what_the_user_typed(chat: Chat) -> None:
    text = await chat.reply("/price <script>")
    assert "&lt;script&gt;" in text
    assert "<script>" not in text


async def test_price_of_too_many_coins_says_the_limit(chat: Chat) -> None:
    text = await chat.reply("/price " + " ".join(f"c{i}" for i in range(11)))
    assert text == (
        "That is 11 coins; /price takes at most 10 at a time.\nExample: /price btc eth sol"
    )


async def test_repeats_of_one_coin_are_one_coin(chat: Chat) -> None:
    text = await chat.reply("/price btc bitcoin BTC $btc btc,btc Bitcoin btc btc btc btc")
    assert text == "BTC $63,733 ▲1.22% · Vol $21.39B"


@pytest.mark.parametrize("command", ["/price ,", "/price , ,"])
async def test_price_of_no_coin_at_all_is_the_watchlist(chat: Chat, command: str) -> None:
    assert await chat.reply(command) == await chat.reply("/price")


async def test_price_in_a_group_quotes_the_command(chat: Chat) -> None:
    [message] = await chat.send(
        "/price@cryptotest_bot btc", chat_id=-100123, chat_type="supergroup"
    )
    assert message.text == "BTC $63,733 ▲1.22% · Vol $21.39B"
    assert message.params["reply_parameters"]["allow_sending_without_reply"] is True


async def test_price_in_a_channel(chat: Chat) -> None:
    [message] = await chat.send("/price doge", chat_id=-1001310120257, chat_type="channel")
    assert message.chat_id == -1001310120257
    assert message.text == "DOGE $0.1043 ▲5.77% · Vol $1.05B"


async def test_price_when_every_source_is_down_and_nothing_is_cached(chat: Chat) -> None:
    chat.upstreams.coingecko.mode = "500"
    chat.upstreams.cryptocompare.mode = "500"
    assert await chat.reply("/price btc") == "BTC: no price right now, try again in a minute."


async def test_a_price_its_source_stopped_updating_shows_its_age(chat: Chat) -> None:
    chat.upstreams.coingecko.markets["dogecoin"].last_updated = int(time.time()) - 5 * 3600
    assert await chat.reply("/price doge btc") == (
        "DOGE $0.1043 ▲5.77% · Vol $1.05B · ⚠ 5h old\nBTC $63,733 ▲1.22% · Vol $21.39B"
    )


async def test_unknown_command_answers_in_private_chats(chat: Chat) -> None:
    assert await chat.reply("/frobnicate") == (
        "I don't know /frobnicate. Send /help to see every command."
    )


async def test_unknown_command_in_a_group_is_left_to_other_bots(chat: Chat) -> None:
    assert await chat.send("/frobnicate", chat_id=-100123, chat_type="supergroup") == []
    reply = await chat.reply("/frobnicate@cryptotest_bot", chat_id=-100123, chat_type="group")
    assert reply.startswith("I don't know /frobnicate.")


async def test_commands_for_another_bot_are_ignored(chat: Chat) -> None:
    assert await chat.send("/price@other_bot btc", chat_id=-100123, chat_type="group") == []


async def test_an_unexpected_error_is_logged_and_the_user_told(
    chat: Chat, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(chat.app.bot_data.services.prices, "lookup", broken)
    with caplog.at_level(logging.ERROR, logger="handlers.errors"):
        text = await chat.reply("/price btc")
    assert text == "Sorry, something went wrong on my side. Please try again in a minute."
    [record] = [r for r in caplog.records if r.name == "handlers.errors"]
    assert record.exc_info is not None
    assert "boom" in str(record.exc_info[1])
