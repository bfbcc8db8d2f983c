"""``/news`` replies: one line per story, in messages that fit Telegram's limit."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from services.ages import format_age
from services.news.parsing import link_text
from services.news.store import Story

#: Telegram's limit on a message's text, in UTF-16 code units after entities are parsed; we
#: keep the raw HTML's units under it, which is stricter.
MESSAGE_LIMIT = 4096
TITLE_LIMIT = 160
OUTLET_LIMIT = 40
MAX_OUTLETS_SHOWN = 4
#: A longer link is not linked (the title is shown alone), so that any line fits a message.
LINK_LIMIT = 2048


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters on a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def format_story_age(seconds: float) -> str:
    """``just now``, ``12 min ago``, ``2h ago``, ``3d ago``."""
    return "just now" if seconds < 60 else f"{format_age(seconds)} ago"


def story_line(story: Story, now: datetime) -> str:
    """One story as Telegram HTML: mark, linked title, outlets, age.

    ``• ⚖️ US · <a href="…">SEC sues …</a> — Cointelegraph, Decrypt · 2h ago``
    """
    # Stored before titles were required, or by another version: the link is what to tap.
    text = story.title.strip() or link_text(story.link) or "(untitled)"
    title = html.escape(shorten(text, TITLE_LIMIT), quote=False)
    href = html.escape(story.link, quote=True)
    if story.link.startswith(("https://", "http://")) and utf16_units(href) <= LINK_LIMIT:
        title = f'<a href="{href}">{title}</a>'
    outlets = ", ".join(shorten(name, OUTLET_LIMIT) for name in story.outlets[:MAX_OUTLETS_SHOWN])
    if len(story.outlets) > MAX_OUTLETS_SHOWN:
        outlets += f" +{len(story.outlets) - MAX_OUTLETS_SHOWN}"
    mark = ""
    if story.is_regulation:
        mark = f"⚖️ {html.escape(story.jurisdiction)} · " if story.jurisdiction else "⚖️ "
    age = format_story_age((now - story.published_at).total_seconds())
    return f"• {mark}{title} — {html.escape(outlets)} · {age}"


def render_news(stories: Sequence[Story], heading: str, now: datetime) -> list[str]:
    """The reply's messages: a bold heading, then one line per story, split to fit."""
    messages: list[str] = []
    current = f"<b>{html.escape(heading)}</b>"
    size = utf16_units(current)
    for story in stories:
        # Bounded parts (title, outlets, link) keep every line far under the limit.
        line = story_line(story, now)
        line_size = utf16_units(line)
        if size + 1 + line_size > MESSAGE_LIMIT:
            messages.append(current)
            current, size = line, line_size
        else:
            current += "\n" + line
            size += 1 + line_size
    messages.append(current)
    return messages


def utf16_units(text: str) -> int:
    """The length Telegram counts: UTF-16 code units (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


def news_heading(
    *, regulation: bool, coin_symbol: str | None, jurisdiction: str | None = None
) -> str:
    """The heading of a ``/news`` reply: ``Latest crypto news``, ``News about BTC``,
    ``Regulation news (EU)``, …"""
    if coin_symbol and regulation:
        heading = f"Regulation news about {coin_symbol}"
    elif coin_symbol:
        heading = f"News about {coin_symbol}"
    else:
        heading = "Regulation news" if regulation else "Latest crypto news"
    return f"{heading} ({jurisdiction})" if jurisdiction else heading


def describe_no_news(
    *, regulation: bool, coin_symbol: str | None, days: int, jurisdiction: str | None = None
) -> str:
    """An empty result, and another query to try."""
    about = f" about {html.escape(coin_symbol)}" if coin_symbol else ""
    kind = "regulation stories" if regulation else "stories"
    if jurisdiction:
        kind += f" ({jurisdiction})"
        suggestion = "/news regulation for every jurisdiction"
    elif regulation or coin_symbol:
        suggestion = "/news for every story"
    else:
        suggestion = "again in a few minutes"
    return f"No {kind}{about} in the last {days} days. Try {suggestion}."
