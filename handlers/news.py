"""``/news [N]``, ``/news regulation [jurisdiction]``, ``/news <coin>``."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Update

from bot.context import Context
from handlers.common import command_args, message_of, reply_html
from services.news.formatting import describe_no_news, news_heading, render_news
from services.news.query import MAX_STORIES, BadNewsQuery, parse_news_query
from services.prices.formatting import describe_unknown

USAGE = "Examples: /news, /news 15, /news regulation, /news regulation eu, /news btc"


async def news(update: Update, context: Context) -> None:
    """The latest stories, one line each, optionally regulation-only or about one coin."""
    message = message_of(update)
    if message is None:
        return
    services = context.bot_data.services
    try:
        query = parse_news_query(command_args(context))
    except BadNewsQuery as exc:
        await reply_html(message, f"Sorry, {exc}.\n{USAGE}")
        return
    coin = None
    if query.coin is not None:
        coins, unknown = await services.prices.resolve(query.coin.split())
        if unknown or len(coins) != 1:
            example = (
                "/news regulation eu or /news regulation btc"
                if query.regulation
                else "/news btc or /news regulation"
            )
            text = (
                describe_unknown(unknown[0], example=example)
                if unknown
                else "One coin at a time, e.g. /news btc"
            )
            await reply_html(message, text)
            return
        coin = coins[0]
    symbol = coin.symbol if coin else None
    stories = await services.news.latest(
        query.limit,
        regulation=query.regulation,
        jurisdiction=query.jurisdiction,
        coin_id=coin.id if coin else None,
    )
    if not stories:
        text = describe_no_news(
            regulation=query.regulation,
            coin_symbol=symbol,
            days=services.settings.news_retention_days,
            jurisdiction=query.jurisdiction,
        )
        await reply_html(message, text)
        return
    heading = news_heading(
        regulation=query.regulation, coin_symbol=symbol, jurisdiction=query.jurisdiction
    )
    if query.capped:
        heading += f" (the {MAX_STORIES} latest; /news shows at most {MAX_STORIES})"
    for text in render_news(stories, heading, datetime.now(UTC)):
        await reply_html(message, text)
