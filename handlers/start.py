"""``/start`` and ``/help``: what the bot does and every command."""

from __future__ import annotations

import html

from telegram import Update

from bot.context import Context
from handlers.common import message_of, reply_html

#: The command menu (``setMyCommands``): command, short description.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("price", "Prices: /price btc eth, or your watchlist"),
    ("news", "Latest news: /news, /news 15, /news regulation, /news regulation eu, /news btc"),
    ("help", "What this bot does and every command"),
)

HELP_TEXT = """\
<b>cryptobot</b>: crypto prices and news, in any chat.

<b>Prices</b>
/price: the watchlist ({coins})
/price btc eth: the coins you name, by ticker or name
/price bitcoin sv: names may have spaces
Each line: price, 24 h change, 24 h volume.

<b>News</b>
/news: the 8 latest stories, one line per story even when several outlets carry it
/news 15: the 15 latest (at most 20)
/news regulation: regulation stories (regulators, laws, courts), marked with their jurisdiction
/news regulation eu: regulation stories of one jurisdiction (us, eu, uk, hk, sg, ...)
/news btc: stories about one coin

/help: this message"""


async def help_command(update: Update, context: Context) -> None:
    """Answer ``/start`` and ``/help``."""
    message = message_of(update)
    if message is None:
        return
    coins = ", ".join(context.bot_data.services.settings.default_coins)
    await reply_html(message, HELP_TEXT.format(coins=coins))


async def unknown_command(update: Update, context: Context) -> None:
    """Answer a command the bot does not have, where it was clearly meant for this bot."""
    message = message_of(update)
    if message is None or not message.text:
        return
    command = message.text.split()[0]
    name, _, addressee = command.partition("@")
    if (
        message.chat.type != "private"
        and addressee.lower() != (context.bot.username or "").lower()
    ):
        return  # in groups, commands without our @name may be meant for another bot
    await reply_html(
        message, f"I don't know {html.escape(name[:32])}. Send /help to see every command."
    )
