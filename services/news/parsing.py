"""Feed bytes to normalised :class:`FeedItem` values.

Everything here is pure: no clock, no network. :func:`parse_feed` hands the bytes to feedparser
(never a URL or a path, so feedparser cannot be talked into I/O) and normalises what comes back:
plain-text titles and summaries, canonical links, UTC times and stable ids.
"""

from __future__ import annotations

import email.utils
import hashlib
import html
import io
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote_plus, urljoin, urlsplit, urlunsplit

import feedparser

from services.news.models import FeedItem

logger = logging.getLogger(__name__)

SUMMARY_MAX_CHARS = 600
"""Summaries are cut to this many characters, on a word boundary, with an ellipsis."""
TITLE_MAX_CHARS = 300
"""Titles too (headlines run to about 150); a title made of a whole article is not one."""
OUTLET_MAX_CHARS = 100
"""Outlet names too (the store keeps up to 200)."""
LINK_MAX_CHARS = 2048
"""A longer link is dropped: no reader can open it, and a message cannot carry it."""
UNTITLED_MAX_CHARS = 160
"""An item without a title is shown by this much of its summary."""

# Query parameters that only say where a click came from. Removing them makes the same article
# linked from two feeds (or two campaigns) one link.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "mc_cid",
        "mc_eid",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "_ga",
        "_gl",
        "igshid",
        "cmpid",
        "s_cid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "rb_clickid",
        "vero_conv",
        "vero_id",
        "wickedid",
        "spm",
        "ncid",
        "sr_share",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hmb_")

_DEFAULT_PORTS = {"http": 80, "https": 443}

EARLIEST_YEAR = 1995
"""An item dated earlier is dated by a placeholder (0001-01-01, 1970-01-01), not a real time."""

# Feedparser sets ``bozo`` for these although the feed parsed fine: a missing or non-XML
# content type, or a declared charset that disagrees with the document's own.
_BENIGN_BOZO = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)

_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
#: Markup opened and never closed (see ``_open_sections_as_text``).
#: What follows a tag's name up to its ``>``: quoted values (of at most 256 characters) may
#: hold ``<`` and ``>``, a stray quote is a character. Possessive: matched in linear time.
_TAG_BODY = r"""(?:[^<>"']|"[^"]{0,256}+"|'[^']{0,256}+'|["'])*+"""
_UNTERMINATED_TAG = re.compile(r"<(?!!--)(?=" + _TAG_BODY + r"(?:<|$))")
#: A tag and its attributes.
_TAG_WITH_ATTRIBUTES = re.compile(r"<(/?[A-Za-z][^\s/<>\"']*)" + _TAG_BODY + ">")
_SECTIONS = (("<!--", "-->"), ("<![", "]>"))
_INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title"})
_INVISIBLE_OPENING = re.compile(
    r"<(" + "|".join(sorted(_INVISIBLE_TAGS)) + r")(?=[\s/>])", re.IGNORECASE
)
_TAG_LIKE = re.compile(r"<[A-Za-z/!?][^<>]*>")
_ENTITY_LIKE = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
# Zero-width and bidi-control characters that feeds leak from CMS editors; they break matching
# and print as nothing.
_INVISIBLE_CHARS = dict.fromkeys(
    [
        0x200B,
        0x200C,
        0x200D,
        0x2060,
        0xFEFF,
        0x200E,
        0x200F,
        0x202A,
        0x202B,
        0x202C,
        0x202D,
        0x202E,
    ]
)
# Control characters other than the whitespace ones: they print as nothing (or as terminal
# escapes), and PostgreSQL refuses NUL in text.
_CONTROL_CHARS = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_INVISIBLE_CHARS.update(_CONTROL_CHARS)
# Character references to what no string may hold: surrogates, or beyond U+10FFFF.
_CHARREF = re.compile(rb"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));")
_OUTLET_SEPARATORS = re.compile(r"\s+[-|–—·:]\s+|:\s+|\s+\|\s*")
_OUTLET_DOMAIN = re.compile(
    r"^(?P<name>.+?)\.(?:com|co|io|net|org|news|xyz|info|media)(?:\s+(?:news|rss|feed))?$",
    re.IGNORECASE,
)
_OUTLET_FEED_WORDS = re.compile(r"\s+(?:rss|atom)(?:\s+feed)?$", re.IGNORECASE)
_HOST_PREFIXES = ("www.", "feeds.", "feed.", "rss.", "m.")


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """One fetched feed, normalised.

    Attributes:
        outlet: the outlet's display name, from the feed's title or else its host.
        items: the usable items, in feed order.
        malformed: the bytes were not a feed, or not well-formed XML; ``items`` then holds
            whatever could be salvaged, possibly nothing.
    """

    outlet: str
    items: tuple[FeedItem, ...]
    malformed: bool


def parse_feed(content: bytes, feed_url: str, *, content_type: str | None = None) -> ParsedFeed:
    """Parse one feed's bytes into normalised items; never raises.

    Items with neither a title nor a link are dropped; an item with a link but no title is
    titled by the start of its summary, or else by the link without its scheme. A link that
    is not a web link, or is over ``LINK_MAX_CHARS``, is dropped.
    Publication times are taken as the feed states them: a time in the future (clock skew,
    scheduled posts, typos) is kept as is, and clamping it to the fetch time is the caller's
    business, since only the caller has a clock.

    Args:
        content: the response body.
        feed_url: where the feed was fetched from; the base for relative links and the fallback
            for the outlet's name.
        content_type: the response's ``Content-Type`` header, which may carry the charset.

    Returns:
        The outlet's name, the items, and whether the feed was malformed.
    """
    headers = {"content-location": feed_url}
    if content_type:
        headers["content-type"] = content_type
    try:
        result = _feedparse(content, headers)
    except Exception:
        # feedparser is meant to report problems through ``bozo``, but it is a large parser fed
        # by strangers; a crash in it must cost one feed, not the poll. Its lenient parser
        # crashes on a reference to a surrogate (``&#xD800;``): one such item must not cost
        # the feed, so the feed gets a second chance with those references replaced.
        repaired = _CHARREF.sub(_repair_charref, content)
        try:
            if repaired == content:
                raise
            result = _feedparse(repaired, headers)
        except Exception:
            logger.warning("feedparser failed on %s", feed_url, exc_info=True)
            return ParsedFeed(outlet=_outlet_from_host(feed_url), items=(), malformed=True)

    feed = _mapping(result.get("feed"))
    feed_link = _text(feed.get("link"))
    base = canonical_url(feed_link, feed_url) if feed_link else feed_url
    outlet = outlet_name(feed, feed_url)
    items = tuple(_items(result.get("entries"), outlet, base))

    version = _text(result.get("version"))
    exception = result.get("bozo_exception")
    syntax_error = bool(result.get("bozo")) and not isinstance(exception, _BENIGN_BOZO)
    malformed = syntax_error or not (version or items)
    if malformed:
        logger.info("malformed feed %s: %r (%d items salvaged)", feed_url, exception, len(items))
    return ParsedFeed(outlet=outlet, items=items, malformed=malformed)


def _feedparse(content: bytes, headers: dict[str, str]) -> Any:
    # A stream, never the bytes themselves: given bytes, feedparser first tries to open them as
    # a file name.
    return feedparser.parse(
        io.BytesIO(content),
        response_headers=headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )


def outlet_name(feed: Mapping[str, Any], feed_url: str) -> str:
    """Derive an outlet's display name from a feed's title, or else from its host.

    Args:
        feed: feedparser's ``feed`` mapping (only ``title`` and ``link`` are read).
        feed_url: where the feed was fetched from.

    Returns:
        e.g. ``CoinDesk`` for "CoinDesk: Bitcoin, Ethereum, Crypto News and Price Data",
        ``Cointelegraph`` for "Cointelegraph.com News".
    """
    title = clean_text(_text(feed.get("title")))
    # Marketing tails follow a separator: "CoinDesk: Bitcoin, Ethereum, ...".
    name = _OUTLET_SEPARATORS.split(title, maxsplit=1)[0].strip()
    name = _OUTLET_FEED_WORDS.sub("", name).strip()
    if match := _OUTLET_DOMAIN.match(name):
        name = match["name"]
    if name:
        return _shorten(name, OUTLET_MAX_CHARS)
    return _outlet_from_host(_text(feed.get("link")) or feed_url)


def clean_text(html_or_text: str) -> str:
    """Turn HTML or text into one line of plain text.

    Tags are removed (block-level ones become spaces), the contents of ``script`` and ``style``
    are dropped, entities are decoded, including double-escaped ones such as ``&amp;amp;``,
    C1 control characters (cp1252 bytes mis-decoded as Latin-1) become the characters they
    meant, and whitespace is folded to single spaces.

    Args:
        html_or_text: an HTML fragment or plain text.

    Returns:
        The plain text, stripped.
    """
    text = html_or_text
    # Each round undoes one layer of escaping; three cover every feed seen in the wild, and the
    # bound keeps a hostile "&amp;amp;amp;..." from costing more.
    for _ in range(3):
        text = _strip_tags(text)
        if not (_TAG_LIKE.search(text) or _ENTITY_LIKE.search(text)):
            break
    text = _fix_c1_controls(text).translate(_INVISIBLE_CHARS)
    return " ".join(text.split())


def canonical_url(url: str, base: str | None = None) -> str:
    """Make a link canonical, so that one article has one link.

    The link is made absolute against ``base``; scheme and host are lower-cased; the fragment
    (unless it is an app's route, ``#!/…`` or ``#/…``), default ports and tracking parameters
    (``utm_*``, ``fbclid``, ``gclid``, ``ref``, ...) are dropped; other parameters are kept
    verbatim and in order. A link that cannot be parsed is
    returned stripped but otherwise untouched.

    Args:
        url: the link as found.
        base: what a relative link is relative to (a feed's link, or its URL).

    Returns:
        The canonical link, or ``""`` for an empty one.
    """
    url = url.translate(_CONTROL_CHARS).strip()
    if not url:
        return ""
    try:
        if base:
            url = urljoin(base.strip(), url)
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
    except ValueError:
        return url
    netloc = host
    if ":" in host:  # an IPv6 literal keeps its brackets
        netloc = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"
    path = parts.path or ("/" if netloc else "")
    query = "&".join(
        pair for pair in parts.query.split("&") if pair and not _is_tracking(pair.split("=")[0])
    )
    # A fragment names a place in the page, but a route in a page that is an app ("#!/news/1",
    # "#/news/1"): those are kept, or every story of such a site would have one link.
    fragment = parts.fragment if parts.fragment.startswith(("!", "/")) else ""
    return urlunsplit((scheme, netloc, path, query, fragment))


def link_text(link: str) -> str:
    """``example.com/markets/1`` for ``https://www.example.com/markets/1``."""
    text = link.split("://", 1)[-1].removeprefix("www.")
    return text.removesuffix("/")


def _items(entries: object, outlet: str, base: str) -> Iterable[FeedItem]:
    if not isinstance(entries, list):
        return
    for entry in entries:
        try:
            item = _item(_mapping(entry), outlet, base)
        except Exception:
            # One odd entry must not cost the rest of the feed.
            logger.warning("skipped an unreadable entry of %s", outlet, exc_info=True)
            continue
        if item is not None:
            yield item


def _item(entry: Mapping[str, Any], outlet: str, base: str) -> FeedItem | None:
    link = canonical_url(_text(entry.get("link")), base)
    if not _is_web_link(link) or len(link) > LINK_MAX_CHARS:
        # javascript:, mailto:, unparsable leftovers and monsters are not stories a reader
        # can open.
        link = ""
    title = clean_text(_text(entry.get("title")))
    if not title and not link:
        return None
    summary = clean_text(_text(entry.get("summary")))
    if not summary:
        summary = clean_text(
            " ".join(_text(_mapping(part).get("value")) for part in _contents(entry))
        )
    # A link titled by nothing but markup or spaces shows the summary's start instead, or
    # else the link itself: a line must have something to tap.
    title = title or _shorten(summary or link_text(link), UNTITLED_MAX_CHARS)
    guid = _text(entry.get("id")).translate(_CONTROL_CHARS).strip()
    if not guid:
        digest = hashlib.sha1(title.encode(), usedforsecurity=False).hexdigest()
        guid = link or f"sha1:{digest}"
    return FeedItem(
        outlet=outlet,
        title=_shorten(title, TITLE_MAX_CHARS),
        summary=_shorten(summary, SUMMARY_MAX_CHARS),
        link=link,
        guid=guid,
        published_at=_published_at(entry),
    )


def _published_at(entry: Mapping[str, Any]) -> datetime | None:
    """The item's time in UTC: published, else updated, else created. A date feedparser cannot
    read only because it names no zone ("Fri, 12 Dec 2025 19:00:00") is read as UTC; a
    placeholder (the year 1 or 1970, a Unix time read as a year) is no date."""
    for key in ("published", "updated", "created"):
        # dict.get, not FeedParserDict.get: asking FeedParserDict for ``updated_parsed`` when
        # only ``published_parsed`` exists emits a DeprecationWarning (feedparser issue 310).
        parsed = _plain_get(entry, f"{key}_parsed")
        found = _from_struct(parsed) if parsed is not None else _from_text(_plain_get(entry, key))
        if found is not None and found.year >= EARLIEST_YEAR:
            return found
    return None


def _plain_get(entry: Mapping[str, Any], key: str) -> object:
    return dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)


def _from_struct(parsed: object) -> datetime | None:
    # struct_time is a tuple; feedparser never gives anything else, but check anyway.
    if not (isinstance(parsed, tuple) and len(parsed) >= 6):
        return None
    try:
        # feedparser's *_parsed are UTC already, whatever offset the feed wrote.
        year, month, day, hour, minute, second = (int(v) for v in parsed[:6])
        return datetime(year, month, day, hour, minute, min(second, 59), tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _from_text(text: object) -> datetime | None:
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        found = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if found.tzinfo is None:
        return found.replace(tzinfo=UTC)
    try:
        return found.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _contents(entry: Mapping[str, Any]) -> list[object]:
    content = entry.get("content")
    return content if isinstance(content, list) else []


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    # No space in the last fifth means one huge "word" (a URL): cut it rather than lose it all.
    if space > limit * 4 // 5:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def _is_web_link(link: str) -> bool:
    try:
        parts = urlsplit(link)
        return parts.scheme in _DEFAULT_PORTS and bool(parts.hostname)
    except ValueError:
        return False


def _is_tracking(key: str) -> bool:
    name = unquote_plus(key).strip().lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def _outlet_from_host(url: str) -> str:
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:
        host = ""
    for prefix in _HOST_PREFIXES:
        host = host.removeprefix(prefix)
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in {"co", "com", "org", "net", "ac", "gov"}:
        name = labels[-3]  # example.co.uk
    elif len(labels) >= 2:
        name = labels[-2]
    else:
        name = labels[0]
    name = name[:1].upper() + name[1:] if name else url.translate(_CONTROL_CHARS).strip()
    return _shorten(name, OUTLET_MAX_CHARS) or "Unknown"


def _repair_charref(match: re.Match[bytes]) -> bytes:
    hexadecimal, decimal = match.groups()
    digits = hexadecimal or decimal
    if len(digits) <= 8:
        value = int(digits, 16 if hexadecimal else 10)
        if value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF:
            return match[0]
    return b"&#xFFFD;"


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INVISIBLE_TAGS:
            self._hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)

    def unknown_decl(self, data: str) -> None:
        # CDATA is not HTML, but summaries copied out of XML carry it; its text is text.
        if data.startswith("CDATA[") and not self._hidden:
            self.parts.append(data.removeprefix("CDATA["))


def _strip_tags(text: str) -> str:
    if "<" not in text and "&" not in text:
        return text
    extractor = _TextExtractor()
    try:
        extractor.feed(_unhide_unclosed(_open_sections_as_text(text)))
        extractor.close()
    except Exception:
        # html.parser is lenient, but a hostile fragment must not take the feed down with it.
        return html.unescape(_TAG_LIKE.sub(" ", text))
    return "".join(extractor.parts)


def _open_sections_as_text(text: str) -> str:
    """Escape what opens markup but is never closed: a ``<`` that another ``<`` follows
    before any ``>``, a comment without ``-->``, a ``<![CDATA[`` without ``]>``. It is text,
    and html.parser would take time growing with the square of its length to find so
    ("<a <a <a ...")."""
    for opening, closing in _SECTIONS:
        if opening in text:
            end = text.rfind(closing)
            cut = end + len(closing) if end >= 0 else 0
            text = text[:cut] + text[cut:].replace(opening, "&lt;" + opening[1:])
    # Attributes go too: only tags' names tell what text is (an attribute with a stray
    # quote would send html.parser looking for its end through the rest of the text).
    return _TAG_WITH_ATTRIBUTES.sub(_bare_tag, _UNTERMINATED_TAG.sub("&lt;", text))


def _bare_tag(tag: re.Match[str]) -> str:
    return f"<{tag[1]}/>" if tag[0].endswith("/>") else f"<{tag[1]}>"


def _unhide_unclosed(text: str) -> str:
    """Escape an opening ``<script>``, ``<title>``, ... that nothing closes: it is a word of
    the text ("Hackers used <script> tags"), and would hide every word after it."""
    if "<" not in text:
        return text
    lowered = text.lower()
    last_close: dict[str, int] = {}  # one search per tag name, not one per opening

    def escape(match: re.Match[str]) -> str:
        name = match[1].lower()
        if name not in last_close:
            last_close[name] = lowered.rfind(f"</{name}")
        if last_close[name] >= match.end():
            return match[0]
        return "&lt;" + match[0][1:]

    return _INVISIBLE_OPENING.sub(escape, text)


def _fix_c1_controls(text: str) -> str:
    # U+0080..U+009F are never meant in news text; they are cp1252 punctuation (smart quotes,
    # dashes, the euro sign) that something decoded as Latin-1.
    if not any("\x80" <= ch <= "\x9f" for ch in text):
        return text
    chars = []
    for ch in text:
        if "\x80" <= ch <= "\x9f":
            try:
                ch = ch.encode("latin-1").decode("cp1252")
            except UnicodeDecodeError:
                ch = ""
        chars.append(ch)
    return "".join(chars)
