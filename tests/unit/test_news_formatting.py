"""/news: reading the request, and one HTML line per story within Telegram's limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from services.news.formatting import (
    MESSAGE_LIMIT,
    describe_no_news,
    format_story_age,
    news_heading,
    render_news,
    shorten,
    story_line,
)
from services.news.query import BadNewsQuery, NewsQuery, parse_news_query
from services.news.store import Story

NOW = datetime(2025, 12, 12, 20, 0, tzinfo=UTC)


def story(**fields: object) -> Story:
    values: dict[str, object] = {
        "id": 1,
        "title": "SEC sues exchange",
        "summary": "",
        "link": "https://news.example/a?x=1&y=2",
        "published_at": NOW - timedelta(hours=2),
        "outlets": ("Cointelegraph", "Decrypt"),
        "coins": frozenset(),
        "is_regulation": False,
        "regulation_score": 0.1,
        "jurisdiction": None,
        "kind": None,
        "reason": "",
    }
    values.update(fields)
    return Story(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("words", "query"),
    [
        ([], NewsQuery()),
        (["15"], NewsQuery(limit=15)),
        (["50"], NewsQuery(limit=20, capped=True)),
        (["regulation"], NewsQuery(regulation=True)),
        (["Regulatory", "5"], NewsQuery(limit=5, regulation=True)),
        (["btc"], NewsQuery(coin="btc")),
        (["bitcoin", "sv", "3"], NewsQuery(limit=3, coin="bitcoin sv")),
        (["reg", "eth"], NewsQuery(regulation=True, coin="eth")),
        (["1.5"], NewsQuery(coin="1.5")),
        # After "regulation", a jurisdiction by code or name; without it, a coin's name.
        (["regulation", "eu"], NewsQuery(regulation=True, jurisdiction="EU")),
        (["reg", "Hong", "Kong", "3"], NewsQuery(limit=3, regulation=True, jurisdiction="HK")),
        (["regulation", "us", "eth"], NewsQuery(regulation=True, jurisdiction="US", coin="eth")),
        (["Europe", "regulation"], NewsQuery(regulation=True, jurisdiction="EU")),
        (["regulation", "intl"], NewsQuery(regulation=True, jurisdiction="INTL")),
        (["regulation", "bitcoin", "sv"], NewsQuery(regulation=True, coin="bitcoin sv")),
        (["eu"], NewsQuery(coin="eu")),
        # Last works too; a code that is also a ticker names the coin, the country its name.
        (["regulation", "eth", "us"], NewsQuery(regulation=True, jurisdiction="US", coin="eth")),
        (["regulation", "ar"], NewsQuery(regulation=True, coin="ar")),
        (["regulation", "argentina"], NewsQuery(regulation=True, jurisdiction="AR")),
        (["regulation", "el", "salvador"], NewsQuery(regulation=True, jurisdiction="SV")),
    ],
)
def test_parse_news_query(words: list[str], query: NewsQuery) -> None:
    assert parse_news_query(words) == query


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["0"], "the number of stories goes from 1 to 20"),
        (["-3"], "the number of stories goes from 1 to 20"),
        (["5", "6"], "one number at most, e.g. /news 5"),
        (["²"], "the number of stories goes from 1 to 20"),
        (["--5"], "the number of stories goes from 1 to 20"),
    ],
)
def test_parse_news_query_refuses(words: list[str], message: str) -> None:
    with pytest.raises(BadNewsQuery, match=message):
        parse_news_query(words)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(5, "just now"), (59, "just now"), (60, "1 min ago"), (7300, "2h ago"), (90000, "1d ago")],
)
def test_story_age(seconds: float, text: str) -> None:
    assert format_story_age(seconds) == text


def test_story_line_links_the_title_and_lists_outlets() -> None:
    assert story_line(story(), NOW) == (
        '• <a href="https://news.example/a?x=1&amp;y=2">SEC sues exchange</a>'
        " — Cointelegraph, Decrypt · 2h ago"
    )


def test_regulation_story_is_marked_with_its_jurisdiction() -> None:
    line = story_line(story(is_regulation=True, jurisdiction="US"), NOW)
    assert line.startswith("• ⚖️ US · <a href=")
    unknown = story_line(story(is_regulation=True, jurisdiction=None), NOW)
    assert unknown.startswith("• ⚖️ <a href=")


def test_feed_text_is_escaped() -> None:
    line = story_line(
        story(
            title="<script>alert(1)</script> & co",
            link='https://x.example/"><b>',
            outlets=("A&B <News>",),
        ),
        NOW,
    )
    assert "<script>" not in line
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in line
    assert 'href="https://x.example/&quot;&gt;&lt;b&gt;"' in line
    assert "A&amp;B &lt;News&gt;" in line


def test_a_link_that_is_not_http_is_not_linked() -> None:
    line = story_line(story(link="javascript:alert(1)"), NOW)
    assert "<a " not in line


def test_a_story_without_a_title_shows_its_link_to_tap() -> None:
    line = story_line(story(title=" ", link="https://news.example/a?x=1&y=2"), NOW)
    assert line.startswith(
        '• <a href="https://news.example/a?x=1&amp;y=2">news.example/a?x=1&amp;y=2</a>'
    )


def test_many_outlets_are_summed_up() -> None:
    line = story_line(story(outlets=tuple(f"O{i}" for i in range(7))), NOW)
    assert "— O0, O1, O2, O3 +3 ·" in line


def test_long_titles_are_shortened_on_a_word() -> None:
    assert shorten("word " * 100, 40).endswith("word…")
    assert len(shorten("word " * 100, 40)) <= 40
    assert shorten("short", 40) == "short"


def test_render_splits_messages_to_fit_telegram() -> None:
    stories = [
        story(id=i, title="T" * 150 + f" {i}", link="https://x.example/" + "p" * 900)
        for i in range(20)
    ]
    messages = render_news(stories, "Latest crypto news", NOW)
    assert len(messages) > 1
    assert all(len(m) <= MESSAGE_LIMIT for m in messages)
    lines = [line for m in messages for line in m.splitlines()]
    assert lines[0] == "<b>Latest crypto news</b>"
    assert len(lines) == 21


def test_messages_fit_telegram_as_it_counts_emoji() -> None:
    # Telegram counts UTF-16 units: each of these characters is two.
    stories = [story(id=i, title="🚀 𝐁𝐢𝐭𝐜𝐨𝐢𝐧 " * 40, link="") for i in range(20)]
    messages = render_news(stories, "Latest crypto news", NOW)
    assert len(messages) > 1
    assert all(len(m.encode("utf-16-le")) // 2 <= MESSAGE_LIMIT for m in messages)
    assert sum(len(m.splitlines()) for m in messages) == 21


def test_a_line_too_long_for_a_message_is_never_cut() -> None:
    monster = "https://news.example/amp?u=" + "a%2Fb&x=1&" * 450  # 4.5 kB, &amp; makes more
    stories = [
        story(id=1),
        story(id=2, title="Monster link", link=monster, outlets=("Outlet " * 60,)),
    ]
    messages = render_news(stories, "Latest crypto news", NOW)
    assert len(messages) == 1
    assert all(len(m.encode("utf-16-le")) // 2 <= MESSAGE_LIMIT for m in messages)
    first, second = messages[0].splitlines()[1:]
    assert '<a href="https://news.example/a?x=1&amp;y=2">' in first
    # The title stays, unlinked; the outlet's name is shortened; the HTML is whole.
    assert second.startswith("• Monster link — Outlet Outlet")
    assert "<a" not in second
    assert len(second) < 200


@pytest.mark.parametrize(
    ("regulation", "symbol", "heading"),
    [
        (False, None, "Latest crypto news"),
        (True, None, "Regulation news"),
        (False, "BTC", "News about BTC"),
        (True, "BTC", "Regulation news about BTC"),
    ],
)
def test_heading(regulation: bool, symbol: str | None, heading: str) -> None:
    assert news_heading(regulation=regulation, coin_symbol=symbol) == heading
    assert news_heading(regulation=regulation, coin_symbol=symbol, jurisdiction="EU") == (
        f"{heading} (EU)"
    )


def test_empty_results_suggest_another_query() -> None:
    assert describe_no_news(regulation=True, coin_symbol=None, days=30) == (
        "No regulation stories in the last 30 days. Try /news for every story."
    )
    assert describe_no_news(regulation=False, coin_symbol="LTC", days=30) == (
        "No stories about LTC in the last 30 days. Try /news for every story."
    )
    assert describe_no_news(regulation=True, coin_symbol=None, days=30, jurisdiction="JP") == (
        "No regulation stories (JP) in the last 30 days. Try /news regulation for every "
        "jurisdiction."
    )
