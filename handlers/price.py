"""``/price [coin …]``."""

from __future__ import annotations

import time

from telegram import Update

from bot.context import Context
from handlers.common import command_args, message_of, reply_html
from services.errors import TooManyCoins
from services.prices.formatting import render_price_report

USAGE_EXAMPLE = "/price btc eth sol"


async def price(update: Update, context: Context) -> None:
    """Tickers for the coins named, or for the chat's watchlist."""
    message = message_of(update)
    if message is None:
        return
    services = context.bot_data.services
    words = command_args(context) or services.settings.default_coins
    try:
        report = await services.prices.lookup(words)
    except TooManyCoins as exc:
        await reply_html(
            message,
            f"That is {exc.asked} coins; /price takes at most {exc.limit} at a time.\n"
            f"Example: {USAGE_EXAMPLE}",
        )
        return
    await reply_html(message, render_price_report(report, time.time()))
