"""/news through the Application, on stories polled from the real captured feeds."""

from __future__ import annotations

import html
import re

import pytest

from tests.handlers.conftest import Chat

LINE = re.compile(
    r'^• (⚖️ ([A-Z]{2,4} · )?)?<a href="https://[^"]+">[^<]+</a> — [^<]+ · (\d+\w+|\d+ min) ago$'
)


@pytest.fixture
async def news_chat(chat: Chat) -> Chat:
    report = await chat.app.bot_data.services.news.poll()
    assert report.new_stories
    return chat


async def test_news_lists_the_eight_latest_stories(news_chat: Chat) -> None:
    [message] = await news_chat.send("/news")
    heading, *lines = message.text.splitlines()
    assert heading == "<b>Latest crypto news</b>"
    assert len(lines) == 8
    assert all(LINE.match(line) for line in lines), lines
    assert message.params["link_preview_options"] == {"is_disabled": True}
    assert message.params["parse_mode"] == "HTML"


async def test_news_n_and_the_cap(news_chat: Chat) -> None:
    lines = (await news_chat.reply("/news 3")).splitlines()
    assert len(lines) == 1 + 3
    text = await news_chat.reply("/news 50")
    heading, *lines = text.splitlines()
    assert heading == "<b>Latest crypto news (the 20 latest; /news shows at most 20)</b>"
    assert len(lines) == 20
    # One line per story even when several outlets carry it.
    shared = [
        line
        for line in lines
        if "— Cointelegraph, Decrypt" in line or "— Decrypt, Cointelegraph" in line
    ]
    assert shared


async def test_news_regulation_marks_jurisdictions(news_chat: Chat) -> None:
    heading, *lines = (await news_chat.reply("/news regulation")).splitlines()
    assert heading == "<b>Regulation news</b>"
    assert lines
    assert all(line.startswith("• ⚖️") for line in lines)
    assert any(line.startswith("• ⚖️ US · ") for line in lines)


async def test_news_regulation_of_one_jurisdiction(news_chat: Chat) -> None:
    heading, *lines = (await news_chat.reply("/news regulation us")).splitlines()
    assert heading == "<b>Regulation news (US)</b>"
    assert lines
    assert all(line.startswith("• ⚖️ US · ") for line in lines)
    everywhere = (await news_chat.reply("/news regulation 20")).splitlines()[1:]
    assert lines == [line for line in everywhere if line.startswith("• ⚖️ US · ")][:8]
    text = await news_chat.reply("/news regulation jp")
    assert text == (
        "No regulation stories (JP) in the last 3650 days. "
        "Try /news regulation for every jurisdiction."
    )


async def test_news_about_one_coin(news_chat: Chat) -> None:
    heading, *lines = (await news_chat.reply("/news btc")).splitlines()
    assert heading == "<b>News about BTC</b>"
    tagged = await news_chat.app.bot_data.services.news.latest(8, coin_id="bitcoin")
    assert len(lines) == len(tagged) == 8
    for line, story in zip(lines, tagged, strict=True):
        assert html.escape(story.title, quote=False) in line
        assert "bitcoin" in story.coins


async def test_news_about_a_coin_with_no_stories_suggests_another_query(news_chat: Chat) -> None:
    text = await news_chat.reply("/news ltc")
    assert text == "No stories about LTC in the last 3650 days. Try /news for every story."


async def test_news_about_a_coin_named_in_words(news_chat: Chat) -> None:
    text = await news_chat.reply("/news bitcoin sv")
    assert text == "No stories about BSV in the last 3650 days. Try /news for every story."


async def test_news_about_two_coins_asks_for_one(news_chat: Chat) -> None:
    assert await news_chat.reply("/news btc eth") == "One coin at a time, e.g. /news btc"


async def test_news_about_an_unknown_coin(news_chat: Chat) -> None:
    text = await news_chat.reply("/news etherium")
    assert text.startswith('I don\'t know "etherium". Did you mean ETH (Ethereum)')


@pytest.mark.parametrize(
    ("command", "reply"),
    [
        ("/news 0", "Sorry, the number of stories goes from 1 to 20.\n"),
        ("/news 5 6", "Sorry, one number at most, e.g. /news 5.\n"),
        # A digit Python's isdigit() knows and int() does not (Ethiopic one).
        ("/news \u1369", "Sorry, the number of stories goes from 1 to 20.\n"),
    ],
)
async def test_news_bad_input_gets_usage(news_chat: Chat, command: str, reply: str) -> None:
    text = await news_chat.reply(command)
    assert text == reply + (
        "Examples: /news, /news 15, /news regulation, /news regulation eu, /news btc"
    )


async def test_news_before_any_poll_says_so(chat: Chat) -> None:
    text = await chat.reply("/news")
    assert text == "No stories in the last 3650 days. Try again in a few minutes."
