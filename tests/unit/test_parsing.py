"""Feed bytes to FeedItems: real captured feeds, feedparser's own edge cases, and junk."""

from __future__ import annotations

import random
import re
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from services.news.models import FeedItem
from services.news.parsing import (
    OUTLET_MAX_CHARS,
    SUMMARY_MAX_CHARS,
    TITLE_MAX_CHARS,
    UNTITLED_MAX_CHARS,
    ParsedFeed,
    canonical_url,
    clean_text,
    outlet_name,
    parse_feed,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"
NEWS = FIXTURES / "news"
EDGE = FIXTURES / "feedparser_edge"

_TAG = re.compile(r"<[A-Za-z/!?]")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)


def _read(path: Path) -> bytes:
    return path.read_bytes()


def _assert_clean(item: FeedItem) -> None:
    """What every item of every feed must look like."""
    for text in (item.title, item.summary):
        assert not _TAG.search(text), text
        assert not _ENTITY.search(text), text
        assert text == text.strip()
        assert "  " not in text
        assert "\n" not in text
    assert len(item.summary) <= SUMMARY_MAX_CHARS
    assert item.title or item.link
    assert item.guid
    if item.link:
        assert item.link.startswith(("http://", "https://"))
        assert "utm_" not in item.link
        assert "#" not in item.link
    if item.published_at is not None:
        assert item.published_at.tzinfo is not None
        assert item.published_at.utcoffset() == UTC.utcoffset(None)


# --- real feeds -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RealFeed:
    file: str
    url: str
    outlet: str
    count: int
    first_title: str
    first_link: str
    first_guid: str
    first_published: datetime


REAL_FEEDS = [
    RealFeed(
        file="coindesk_rss_2023-03-13.xml",
        url="https://www.coindesk.com/arc/outboundfeeds/rss/",
        outlet="CoinDesk",
        count=50,
        first_title=(
            "Bitcoin, U.S. Stock Futures Erase Early Gains as First Republic Bank Tanks 50% in "
            "Pre-Market Trading"
        ),
        first_link=(
            "https://www.coindesk.com/markets/2023/03/13/bitcoin-us-stock-futures-erase-early-"
            "gains-as-first-republic-bank-tanks-50-in-pre-market-trading/"
        ),
        first_guid="GAHBBCJVKFCXDLONTKPLD5TODI",
        first_published=datetime(2023, 3, 13, 10, 13, 50, tzinfo=UTC),
    ),
    RealFeed(
        file="cointelegraph_rss_2025-12-12.xml",
        url="https://cointelegraph.com/rss",
        outlet="Cointelegraph",
        count=30,
        first_title=(
            "Figure Technology files ‘second IPO’ to bring native equity issuance to Solana"
        ),
        first_link="https://cointelegraph.com/news/figure-technology-solana-onchain-equity-second-ipo",
        first_guid="https://cointelegraph.com/news/figure-technology-solana-onchain-equity-second-ipo",
        first_published=datetime(2025, 12, 12, 16, 57, 28, tzinfo=UTC),
    ),
    RealFeed(
        file="decrypt_feed_2025-12-12.xml",
        url="https://decrypt.co/feed",
        outlet="Decrypt",
        count=58,
        first_title=(
            "Vanguard Exec Calls Bitcoin a 'Digital Labubu', Even as Firm Offers Crypto ETF "
            "Trading"
        ),
        first_link=(
            "https://decrypt.co/352201/vanguard-exec-calls-bitcoin-digital-labubu-firm-offers-"
            "crypto-etf-trading"
        ),
        first_guid="https://decrypt.co/?p=352201",
        first_published=datetime(2025, 12, 12, 21, 59, 32, tzinfo=UTC),
    ),
]


def test_every_real_feed_fixture_is_covered() -> None:
    assert {feed.file for feed in REAL_FEEDS} == {p.name for p in NEWS.glob("*.xml")}


@pytest.mark.parametrize("content_type", [None, "application/rss+xml; charset=utf-8"])
@pytest.mark.parametrize("feed", REAL_FEEDS, ids=lambda feed: feed.outlet)
def test_real_feed(feed: RealFeed, content_type: str | None) -> None:
    parsed = parse_feed(_read(NEWS / feed.file), feed.url, content_type=content_type)

    assert parsed.outlet == feed.outlet
    assert not parsed.malformed
    assert len(parsed.items) == feed.count
    first = parsed.items[0]
    assert first.title == feed.first_title
    assert first.link == feed.first_link
    assert first.guid == feed.first_guid
    assert first.published_at == feed.first_published
    for item in parsed.items:
        _assert_clean(item)
        assert item.outlet == feed.outlet
        assert item.title
        assert item.published_at is not None
    assert len({item.guid for item in parsed.items}) == feed.count


def test_cointelegraph_summary_is_the_text_without_the_image() -> None:
    parsed = parse_feed(
        _read(NEWS / "cointelegraph_rss_2025-12-12.xml"), "https://cointelegraph.com/rss"
    )

    assert parsed.items[0].summary == (
        "Figure is planning a second IPO to issue blockchain-native equity on Solana, enabling "
        "onchain trading and DeFi use cases beyond traditional stock markets."
    )


def test_decrypt_long_summaries_are_cut_on_a_word_boundary() -> None:
    parsed = parse_feed(_read(NEWS / "decrypt_feed_2025-12-12.xml"), "https://decrypt.co/feed")

    cut = [item for item in parsed.items if item.summary.endswith("…")]
    assert cut, "the video recaps' descriptions are longer than the limit"
    recap = next(item for item in parsed.items if item.title.startswith("2-4% Crypto Dip!"))
    assert recap.summary.startswith("Crypto majors were broadly lower, falling 2–4% with BTC down")
    assert recap in cut
    # An item without a description keeps an empty summary.
    assert any(item.summary == "" for item in parsed.items)


def test_feedparser_deprecation_fallback_is_never_touched() -> None:
    # Cointelegraph gives pubDate only: asking FeedParserDict for updated_parsed would warn.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parse_feed(
            _read(NEWS / "cointelegraph_rss_2025-12-12.xml"), "https://cointelegraph.com/rss"
        )


# --- feedparser's edge cases: each file's "Expect:" restated on our normalised output ---------


def _with_link(content: bytes) -> bytes:
    # Our items need a title or a link; feedparser's single-purpose test feeds often have neither.
    return content.replace(b"<item>", b"<item><link>https://example.com/story</link>", 1)


def _expect_demoronize(parsed: ParsedFeed, content: bytes) -> None:
    # Expect: not bozo and entries[0]['description'] == 'don\u2019t'. The item has neither title
    # nor link, so we drop it; with a link it carries the repaired apostrophe, whatever charset
    # the server claims (a cp1252 byte read as UTF-8 or Latin-1 is a C1 control character).
    assert not parsed.malformed
    assert parsed.items == ()
    for content_type in (None, "application/rss+xml; charset=utf-8", "text/xml"):
        item = parse_feed(
            _with_link(content), "https://example.com/feed", content_type=content_type
        )
        assert item.items[0].summary == "don’t"


def _expect_atom03(parsed: ParsedFeed, content: bytes) -> None:
    assert not parsed.malformed
    assert parsed.outlet == "Sample Feed"
    assert parsed.items == (
        FeedItem(
            outlet="Sample Feed",
            title="First entry title",
            summary="Watch out for nasty tricks",
            link="http://example.org/entry/3",  # relative href, resolved against xml:base
            guid="tag:feedparser.org,2004-04-20:/docs/examples/atom03.xml:3",
            published_at=datetime(2004, 4, 20, 0, 23, 47, tzinfo=UTC),  # <issued>
        ),
    )


def _expect_atom10(parsed: ParsedFeed, content: bytes) -> None:
    assert not parsed.malformed
    assert parsed.items == (
        FeedItem(
            outlet="Sample Feed",
            title="First entry title",
            summary="Watch out for nasty tricks",
            link="http://example.org/entry/3",
            guid="tag:feedparser.org,2005-11-09:/docs/examples/atom10.xml:3",
            published_at=datetime(
                2005, 11, 9, 0, 23, 47, tzinfo=UTC
            ),  # <published>, not <updated>
        ),
    )


def _expect_rss10(parsed: ParsedFeed, content: bytes) -> None:
    assert not parsed.malformed
    assert parsed.items == (
        FeedItem(
            outlet="Sample Feed",
            title="First of all",
            summary=(
                "Americans are fat. Smokers are stupid. "
                "People who don't speak Perl are irrelevant."
            ),
            link="http://example.org/archives/2002/09/04.html",  # the fragment is dropped
            guid="http://www.example.org/1",
            published_at=datetime(2004, 5, 30, 20, 23, 54, tzinfo=UTC),  # -06:00 made UTC
        ),
    )


def _expect_bozo_nothing_usable(parsed: ParsedFeed, content: bytes) -> None:
    # Expect: bozo.
    assert parsed.malformed
    assert parsed.items == ()


def _expect_incomplete_cdata(parsed: ParsedFeed, content: bytes) -> None:
    # Expect: bozo. The channel is readable; the one item's title is cut inside its CDATA.
    assert parsed.malformed
    assert parsed.outlet == "can feedparser read this xml"
    assert parsed.items == ()


def _expect_corrupted_ampersands(parsed: ParsedFeed, content: bytes) -> None:
    # Expect: entries[0].link == 'http://link/get?a=1&b=2'. The document ends in "</rss", so it
    # is malformed, and the item is salvaged all the same.
    assert parsed.malformed
    (item,) = parsed.items
    assert item.link == "http://link/get?a=1&b=2"
    assert item.title == "link/get?a=1&b=2"  # untitled: the link is what there is to tap
    assert item.guid == item.link
    assert item.published_at is None


def _expect_plain_text_title(parsed: ParsedFeed, content: bytes) -> None:
    # Expect: not bozo and entries[0]['title'] == 'Example <b>Atom</b>'. Our titles are plain
    # text, so the markup is gone (and a title alone is enough to keep the item).
    assert not parsed.malformed
    (item,) = parsed.items
    assert item.title == "Example Atom"
    assert item.link == ""
    assert item.guid.startswith("sha1:")


def _expect_relative_uri_inherit(parsed: ParsedFeed, content: bytes) -> None:
    # Expect: not bozo and the feed title's link resolved against the inherited xml:base; the
    # outlet is that title as plain text.
    assert not parsed.malformed
    assert parsed.outlet == "Example test"
    assert parsed.items == ()


def _expect_dc_date(parsed: ParsedFeed, content: bytes) -> None:
    # Expect: not bozo and entries[0]['updated_parsed'] == (2003, 12, 31, 10, 14, 55, ...). The
    # item has nothing else, so we drop it; with a link it carries the date, in UTC.
    assert not parsed.malformed
    assert parsed.items == ()
    (item,) = parse_feed(_with_link(content), "https://example.com/feed").items
    assert item.published_at == datetime(2003, 12, 31, 10, 14, 55, tzinfo=UTC)


EDGE_EXPECTATIONS = {
    "encoding__demoronize-1.xml": _expect_demoronize,
    "examples_atom03.xml": _expect_atom03,
    "examples_atom10.xml": _expect_atom10,
    "examples_rss10.rdf": _expect_rss10,
    "illformed__rss_empty_document.xml": _expect_bozo_nothing_usable,
    "illformed__rss_incomplete_cdata.xml": _expect_incomplete_cdata,
    "illformed__rss_item_link_corrupted_ampersands.xml": _expect_corrupted_ampersands,
    "illformed__undeclared_namespace.xml": _expect_bozo_nothing_usable,
    "wellformed__atom__entry_title_escaped_markup.xml": _expect_plain_text_title,
    "wellformed__atom__entry_title_naked_markup.xml": _expect_plain_text_title,
    "wellformed__atom__relative_uri_inherit.xml": _expect_relative_uri_inherit,
    "wellformed__rss__item_dc_date_parsed.xml": _expect_dc_date,
}


def test_every_edge_fixture_has_an_expectation() -> None:
    assert set(EDGE_EXPECTATIONS) == {p.name for p in EDGE.iterdir()}


@pytest.mark.parametrize("name", sorted(EDGE_EXPECTATIONS))
def test_feedparser_edge_case(name: str) -> None:
    content = _read(EDGE / name)
    parsed = parse_feed(content, "https://example.com/feed")
    for item in parsed.items:
        _assert_clean(item)
    EDGE_EXPECTATIONS[name](parsed, content)


# --- junk -----------------------------------------------------------------------------------

_COINTELEGRAPH = NEWS / "cointelegraph_rss_2025-12-12.xml"
_BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">'.encode()
        for p, n in zip("abcdef", "bcdefg", strict=True)
    )
    + b']><rss version="2.0"><channel><title>&g;</title><item><title>x &g;</title></item>'
    b"</channel></rss>"
)


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        pytest.param(b"", None, id="empty"),
        pytest.param(b"   \n\t ", None, id="whitespace"),
        pytest.param(b"\x00" * 64, None, id="nul-bytes"),
        pytest.param(
            b"<!DOCTYPE html><html><head><title>Just a page</title></head>"
            b"<body><h1>Hello</h1><a href='/x'>x</a></body></html>",
            "text/html; charset=utf-8",
            id="html-page",
        ),
        pytest.param(b'{"results": [{"title": "not a feed"}]}', "application/json", id="json"),
        pytest.param(
            (NEWS / "cryptopanic_free_v1_posts_public_2025-02-26.json").read_bytes(),
            "application/json",
            id="cryptopanic-json",
        ),
        pytest.param("<rss>ünïcödé</rss>".encode("utf-16"), None, id="utf16-no-channel"),
        pytest.param(_BILLION_LAUGHS, "application/xml", id="billion-laughs"),
        *(
            pytest.param(random.Random(seed).randbytes(4096), None, id=f"random-{seed}")
            for seed in range(5)
        ),
    ],
)
def test_junk_is_malformed_and_never_raises(content: bytes, content_type: str | None) -> None:
    parsed = parse_feed(content, "https://www.theblock.co/rss.xml", content_type=content_type)

    assert parsed.malformed
    assert parsed.outlet
    for item in parsed.items:
        # Whatever was salvaged is text, and small: no entity was expanded. (An undefined
        # entity such as the bomb's "&g;" stays as the literal text it is.)
        assert not _TAG.search(item.title + item.summary)
        assert len(item.title) < 200


@pytest.mark.parametrize("fraction", [0.05, 0.3, 0.5, 0.9, 0.999])
def test_truncated_feed_salvages_what_it_can(fraction: float) -> None:
    content = _read(_COINTELEGRAPH)
    parsed = parse_feed(content[: int(len(content) * fraction)], "https://cointelegraph.com/rss")

    assert parsed.malformed
    assert parsed.outlet == "Cointelegraph"
    for item in parsed.items:
        _assert_clean(item)
    if fraction >= 0.5:
        assert len(parsed.items) >= 14
        assert parsed.items[0].title.startswith("Figure Technology files")


def test_bytes_are_never_taken_for_a_file_name(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(_read(_COINTELEGRAPH))

    parsed = parse_feed(str(feed).encode(), "https://cointelegraph.com/rss")

    assert parsed.malformed
    assert parsed.items == ()


# --- item rules, on small hand-written feeds ------------------------------------------------


def _rss(items: str, channel: str = "<title>Example News</title>") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<rss version="2.0"><channel>{channel}{items}</channel></rss>'
    ).encode()


def test_items_without_title_and_link_are_dropped() -> None:
    parsed = parse_feed(
        _rss(
            "<item><title>Only a title</title></item>"
            "<item><link>https://www.example.com/only-a-link/</link></item>"
            "<item><description>Only a description</description></item>"
            "<item><title>  </title><link>javascript:alert(1)</link></item>"
        ),
        "https://example.com/feed",
    )

    assert [(item.title, item.link) for item in parsed.items] == [
        ("Only a title", ""),
        ("example.com/only-a-link", "https://www.example.com/only-a-link/"),
    ]


@pytest.mark.parametrize("title", ["&lt;br/&gt;", "   ", "&lt;img src='x.png'&gt;", "&#160;", ""])
def test_a_link_titled_by_markup_alone_is_titled_by_its_summary(title: str) -> None:
    long_summary = "Bitcoin fell 5% overnight as traders sold. " * 10
    parsed = parse_feed(
        _rss(
            f"<item><title>{title}</title><link>https://example.com/a</link>"
            "<description>Bitcoin fell 5% overnight.</description></item>"
            f"<item><title>{title}</title><link>https://example.com/b</link>"
            f"<description>{long_summary}</description></item>"
        ),
        "https://example.com/feed",
    )

    short, long = parsed.items
    assert short.title == "Bitcoin fell 5% overnight."
    assert len(long.title) <= UNTITLED_MAX_CHARS
    assert long.title.startswith("Bitcoin fell 5% overnight as traders sold.")
    assert long.title.endswith("…")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # Atom says type="text": "<script>" is a word of the title, and hides nothing.
        (
            b"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            b"<title>Outlet</title><entry><title type='text'>Hackers used &lt;script&gt; tags to "
            b"drain DeFi wallets</title><link href='https://example.com/x'/><id>x</id></entry>"
            b"</feed>",
            "Hackers used <script> tags to drain DeFi wallets",
        ),
        (
            _rss("<item><title>Why the &lt;title&gt; tag still matters</title></item>"),
            "Why the <title> tag still matters",
        ),
        (
            _rss("<item><title>Attack hid in a &lt;style&gt; block, Ledger says</title></item>"),
            "Attack hid in a <style> block, Ledger says",
        ),
        # A real section is still hidden.
        (
            _rss(
                "<item><title>Markets &lt;style&gt;b{}&lt;/style&gt;rally</title>"
                "<link>https://example.com/m</link></item>"
            ),
            "Markets rally",
        ),
    ],
)
def test_a_tag_named_in_a_title_keeps_the_words_after_it(content: bytes, expected: str) -> None:
    (item,) = parse_feed(content, "https://example.com/feed").items
    assert item.title == expected


def test_a_tag_named_in_a_summary_keeps_the_words_after_it() -> None:
    parsed = parse_feed(
        _rss(
            "<item><title>t</title><description>&lt;p&gt;Use &amp;lt;script&amp;gt; blocks "
            "with care, said the auditor.&lt;/p&gt;</description></item>"
        ),
        "https://example.com/feed",
    )

    (item,) = parsed.items
    assert item.summary == "Use <script> blocks with care, said the auditor."


@pytest.mark.parametrize(
    "title", ["Bitcoin&#0; hits a record", "Bitcoin\x00 hits a record", "Bitcoin\x01\x1b[31m hits"]
)
def test_control_characters_never_reach_an_item(title: str) -> None:
    content = _rss(
        f"<item><title>{title}</title><link>https://example.com/a\x00b</link>"
        f"<guid isPermaLink='false'>id\x00-1</guid><description>Up\x00 5%</description></item>"
    )
    (item,) = parse_feed(content, "https://example.com/feed").items

    for text in (item.title, item.summary, item.link, item.guid, item.outlet):
        assert not any(ord(ch) < 32 or ord(ch) == 127 for ch in text), repr(text)
    assert item.title.startswith("Bitcoin hits") or item.title.startswith("Bitcoin[31m")
    assert (item.link, item.guid, item.summary) == ("https://example.com/ab", "id-1", "Up 5%")


def test_one_reference_to_a_surrogate_costs_nothing_but_that_character() -> None:
    content = _rss(
        "<item><title>Good story</title><link>https://example.com/good</link></item>"
        "<item><title>Bad &#xD800; story &#99999999999;</title>"
        "<link>https://example.com/bad</link></item>"
    )
    parsed = parse_feed(content, "https://example.com/feed")

    assert [item.title for item in parsed.items] == ["Good story", "Bad \ufffd story \ufffd"]


def test_titles_outlets_and_links_are_kept_within_bounds() -> None:
    title = "Bitcoin " * 1000
    outlet = "X" * 500
    content = (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>{outlet}</title>"
        f"<item><title>{title}</title><link>https://example.com/{'a' * 3000}</link></item>"
        f"<item><title>Short</title><link>https://example.com/ok</link></item>"
        "</channel></rss>"
    ).encode()
    long, short = parse_feed(content, "https://example.com/feed").items

    assert len(long.title) <= TITLE_MAX_CHARS
    assert long.title.endswith("…")
    assert long.link == ""  # no reader can open a link of 3,000 characters
    assert len(long.outlet) <= OUTLET_MAX_CHARS
    assert short.link == "https://example.com/ok"


def test_guid_falls_back_to_the_link_then_a_hash_of_the_title() -> None:
    content = _rss(
        "<item><title>A</title><guid isPermaLink='false'> id-1 </guid>"
        "<link>https://example.com/a</link></item>"
        "<item><title>B</title><link>https://example.com/b?utm_source=rss</link></item>"
        "<item><title>C</title></item>"
    )
    first = parse_feed(content, "https://example.com/feed").items
    again = parse_feed(content, "https://example.com/feed").items

    assert [item.guid for item in first[:2]] == ["id-1", "https://example.com/b"]
    assert first[2].guid.startswith("sha1:")
    assert first[2].guid == again[2].guid


def test_relative_links_resolve_against_the_feed() -> None:
    parsed = parse_feed(
        _rss("<item><title>A</title><link>/news/1?utm_source=rss&amp;id=3#top</link></item>"),
        "https://example.com/feeds/all.xml",
    )

    assert parsed.items[0].link == "https://example.com/news/1?id=3"


def test_markup_in_a_description_leaves_only_its_text() -> None:
    # feedparser's own sanitiser is off (the summary is made plain text here): scripts,
    # styles and attributes must still leave nothing but the visible words.
    description = (
        '<![CDATA[<p onclick="steal()">SEC <b>sues</b> exchange</p>'
        "<script>alert('x')</script><style>p { color: red }</style>"
        '<img src="/x.png" onerror="steal()"><a href="/more">Read more</a>]]>'
    )
    parsed = parse_feed(
        _rss(f"<item><title>T</title><description>{description}</description></item>"),
        "https://example.com/feed",
    )

    assert parsed.items[0].summary == "SEC sues exchange Read more"


def test_summary_falls_back_to_content_and_is_cut_to_length() -> None:
    long_text = " ".join(f"word{n}" for n in range(400))
    parsed = parse_feed(
        _rss(
            '<item><title>A</title><content:encoded xmlns:content="http://purl.org/rss/1.0/'
            f'modules/content/"><![CDATA[<p>{long_text}</p>]]></content:encoded></item>'
        ),
        "https://example.com/feed",
    )

    summary = parsed.items[0].summary
    assert len(summary) <= SUMMARY_MAX_CHARS
    assert summary.endswith("…")
    kept = summary.removesuffix("…")
    assert long_text.startswith(kept)
    assert long_text[len(kept)] == " "  # cut between words


def test_future_dates_are_kept_for_the_caller_to_clamp() -> None:
    parsed = parse_feed(
        _rss("<item><title>A</title><pubDate>Thu, 31 Dec 2099 23:00:00 -0100</pubDate></item>"),
        "https://example.com/feed",
    )

    assert parsed.items[0].published_at == datetime(2100, 1, 1, 0, 0, tzinfo=UTC)


def test_updated_date_is_used_when_there_is_no_published_date() -> None:
    parsed = parse_feed(
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title>'
        b"<updated>2025-12-12T10:00:00+02:00</updated></entry></feed>",
        "https://example.com/atom",
    )

    assert parsed.items[0].published_at == datetime(2025, 12, 12, 8, 0, tzinfo=UTC)


# --- the pure helpers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        ("CoinDesk: Bitcoin, Ethereum, Crypto News and Price Data", "https://x.com/", "CoinDesk"),
        ("Cointelegraph.com News", "https://x.com/", "Cointelegraph"),
        ("Decrypt", "https://x.com/", "Decrypt"),
        ("The Block", "https://x.com/", "The Block"),
        (
            "Bitcoin Magazine - Bitcoin News, Articles and Expert Insights",
            "https://x.com/",
            "Bitcoin Magazine",
        ),
        ("CryptoSlate | Crypto News", "https://x.com/", "CryptoSlate"),
        ("U.Today - IT, AI and Fintech Daily News for You Today", "https://x.com/", "U.Today"),
        ("The Defiant RSS Feed", "https://x.com/", "The Defiant"),
        ("Sample Feed", "https://x.com/", "Sample Feed"),
        ("<b>Bold</b> &amp; Co", "https://x.com/", "Bold & Co"),
        ("", "https://www.theblock.co/rss.xml", "Theblock"),
        ("", "https://feeds.bbci.co.uk/news/rss.xml", "Bbci"),
        (None, "https://rss.example.org/feed", "Example"),
    ],
)
def test_outlet_name(title: str | None, url: str, expected: str) -> None:
    assert outlet_name({"title": title}, url) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain text", "plain text"),
        ("  folded \n\t whitespace  ", "folded whitespace"),
        ("<p>Hello</p><p>World</p>", "Hello World"),
        ("line<br>break", "line break"),
        ("<b>bold</b> and <i>italic</i>", "bold and italic"),
        ('<a href="https://x.example">link</a> text', "link text"),
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("Tom &amp;amp; Jerry", "Tom & Jerry"),
        ("What&amp;#039;s new", "What's new"),
        ("&#8220;quoted&#8221; &hellip;", "“quoted” …"),
        ("&lt;b&gt;escaped&lt;/b&gt; markup", "escaped markup"),
        ("<script>alert('x')</script>Hi<style>p { color: red }</style>", "Hi"),
        ("<!-- a comment -->text", "text"),
        ("<![CDATA[inside]]> outside", "inside outside"),
        ('<img src="x.png" alt="a picture">', ""),
        ("<p>unclosed", "unclosed"),
        ("don\x92t \x93quote\x94", "don’t “quote”"),
        ("zero\u200bwidth\xa0space", "zerowidth space"),
        ("BTC < $50K & ETH > $3K", "BTC < $50K & ETH > $3K"),
        ("AT&T", "AT&T"),
        ("", ""),
    ],
)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        ("https://Example.COM/Path?q=1", None, "https://example.com/Path?q=1"),
        ("HTTPS://example.com:443/a", None, "https://example.com/a"),
        ("http://example.com:80/a", None, "http://example.com/a"),
        ("http://example.com:8080/a", None, "http://example.com:8080/a"),
        ("https://example.com/a#section", None, "https://example.com/a"),
        (
            "https://example.com/#!/news/1?utm_source=x",
            None,
            "https://example.com/#!/news/1?utm_source=x",
        ),
        ("https://example.com/app#/news/2", None, "https://example.com/app#/news/2"),
        ("https://example.com", None, "https://example.com/"),
        ("https://example.com./a", None, "https://example.com/a"),
        ("  https://example.com/a \n", None, "https://example.com/a"),
        (
            "https://example.com/a?utm_source=rss&utm_medium=feed&id=7",
            None,
            "https://example.com/a?id=7",
        ),
        (
            "https://example.com/a?b=2&fbclid=x&a=1&gclid=1&mc_cid=1&mc_eid=2&ref=tw&ref_src=x"
            "&_ga=1&igshid=1&cmpid=rss&utm_campaign=c",
            None,
            "https://example.com/a?b=2&a=1",
        ),
        ("https://example.com/a?UTM_Source=x&keep=1", None, "https://example.com/a?keep=1"),
        ("https://example.com/a?x=2&x=1&flag", None, "https://example.com/a?x=2&x=1&flag"),
        ("https://example.com/a?q=a%20b+c&utm_term=d", None, "https://example.com/a?q=a%20b+c"),
        ("https://example.com/?ref=", None, "https://example.com/"),
        ("https://user:pw@Example.com/a", None, "https://user:pw@example.com/a"),
        ("https://[2001:DB8::1]:443/x", None, "https://[2001:db8::1]/x"),
        ("http://[::1", None, "http://[::1"),
        ("/news/1?utm_source=x", "https://decrypt.co/feed", "https://decrypt.co/news/1"),
        (
            "story.html",
            "https://example.com/feeds/rss.xml",
            "https://example.com/feeds/story.html",
        ),
        ("//cdn.example.com/x", "https://example.com/", "https://cdn.example.com/x"),
        ("", None, ""),
        ("", "https://example.com/", ""),
        (
            "https://cointelegraph.com/news/x?utm_source=rss_feed&utm_medium=rss"
            "&utm_campaign=rss_partner_inbound",
            None,
            "https://cointelegraph.com/news/x",
        ),
    ],
)
def test_canonical_url(url: str, base: str | None, expected: str) -> None:
    assert canonical_url(url, base) == expected


def test_canonical_url_is_idempotent() -> None:
    for url in ("HTTPS://Example.com:443/a?utm_x=1&b=2#f", "http://a.example/?ref=1&q=%41"):
        once = canonical_url(url)
        assert canonical_url(once) == once


# --- defences: feedparser or one entry failing ---------------------------------------------


class _ExplodingEntry(dict[str, object]):
    """An entry whose every read fails, as a feedparser bug might make one."""

    def get(self, key: str, default: object = None) -> object:
        raise RuntimeError(key)


def test_a_crash_inside_feedparser_costs_only_this_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*args: object, **kwargs: object) -> object:
        raise RecursionError("deeply nested junk")

    monkeypatch.setattr("services.news.parsing.feedparser.parse", crash)

    parsed = parse_feed(b"<rss/>", "https://www.coindesk.com/arc/outboundfeeds/rss/")

    assert parsed == ParsedFeed(outlet="Coindesk", items=(), malformed=True)


def test_an_unreadable_entry_costs_only_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(*args: object, **kwargs: object) -> object:
        return {
            "bozo": False,
            "version": "rss20",
            "feed": {"title": "Example News"},
            "entries": [
                {"title": "Before"},
                _ExplodingEntry(),
                "not a mapping",
                {"title": "After"},
            ],
        }

    monkeypatch.setattr("services.news.parsing.feedparser.parse", parse)

    parsed = parse_feed(b"<rss/>", "https://example.com/feed")

    assert [item.title for item in parsed.items] == ["Before", "After"]
    assert not parsed.malformed


@pytest.mark.parametrize(
    "link",
    ["javascript:alert(1)", "mailto:news@example.com", "http://[::1", "ftp://example.com/a", "/x"],
)
def test_links_a_reader_cannot_open_are_dropped(link: str) -> None:
    parsed = parse_feed(
        _rss(f"<item><title>A</title><link><![CDATA[{link}]]></link></item>"), "not a url"
    )

    assert parsed.items[0].link == ""
    assert parsed.items[0].title == "A"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        # feedparser reads no date where a zone is missing after a weekday: read as UTC.
        ("Fri, 12 Dec 2025 19:00:00", datetime(2025, 12, 12, 19, 0, tzinfo=UTC)),
        ("Fri, 12 Dec 2025 19:00:00 +0100", datetime(2025, 12, 12, 18, 0, tzinfo=UTC)),
        ("12 Dec 2025 19:00:00", datetime(2025, 12, 12, 19, 0, tzinfo=UTC)),
        # Placeholders of content systems are no date, not an ancient one.
        ("0001-01-01T00:00:00Z", None),
        ("Thu, 01 Jan 1970 00:00:00 GMT", None),
        ("1765566000", None),  # a Unix time, which feedparser reads as the year 1765
        ("not a date at all", None),
    ],
)
def test_published_dates_feedparser_misreads(date: str, expected: datetime | None) -> None:
    parsed = parse_feed(
        _rss(f"<item><title>A</title><pubDate>{date}</pubDate></item>"),
        "https://example.com/feed",
    )

    assert parsed.items[0].published_at == expected


def test_a_placeholder_published_date_gives_way_to_the_updated_one() -> None:
    parsed = parse_feed(
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title>'
        b"<published>0001-01-01T00:00:00Z</published>"
        b"<updated>2025-12-12T10:00:00+02:00</updated></entry></feed>",
        "https://example.com/atom",
    )

    assert parsed.items[0].published_at == datetime(2025, 12, 12, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("unit", ["<a ", "<script ", "</ ", "<!--x>", "<![CDATA[>", "<a b='>'"])
def test_markup_opened_and_never_closed_is_text(unit: str) -> None:
    # html.parser alone takes time growing with the square of such a text's length
    # (bench/news_components.py measures it): 3,000 of these took seconds.
    text = unit * 3000 + "end"
    kept = clean_text(text)
    assert kept.endswith("end")
    if unit != "<a b='>'":  # a tag with a stray quote: its name goes, the quote stays
        assert kept == " ".join(text.split())


def test_attributes_never_leak_into_the_text() -> None:
    assert clean_text('<img alt="a > b">Price <b>up</b>') == "Price up"
    assert clean_text("<p class='lead' data-x=\"1\">Hello</p><p>World</p>") == "Hello World"
    assert clean_text("<a title='it's'>x</a>") == "x"  # a stray quote is a character
    assert clean_text("<!-- <b>hidden</b> -->shown") == "shown"
    # A "<" in a quoted value is part of the value.
    assert clean_text('<img src="https://x.example/c.png" alt="BTC <$100K"> Bitcoin slips') == (
        "Bitcoin slips"
    )
    assert clean_text('<a title="I <3 crypto">x</a> y') == "x y"
