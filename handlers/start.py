"""``/start`` and ``/help``: what the bot does and every command."""

from __future__ import annotations

import html

from telegram import Update

from bot.context import Context
from handlers.common import command_of, for_another_bot, message_of, reply_html

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


#: Commands the public interface names that this version does not have yet: each answers,
#: rather than leaving the chat in silence.
NOT_YET_AVAILABLE = (
    "subscribe",
    "unsubscribe",
    "alert",
    "alerts",
    "delalert",
    "chart",
    "settings",
)


async def not_yet_available(update: Update, context: Context) -> None:
    """Answer a command this version does not have yet, and point to what there is."""
    message = message_of(update)
    if message is None:
        return
    name = command_of(message)[0] or "That command"
    await reply_html(
        message,
        f"{html.escape(name)} is not available yet. Meanwhile: /price btc for prices, "
        "/news regulation for regulation stories. Send /help to see every command.",
    )


async def unknown_command(update: Update, context: Context) -> None:
    """Answer a command the bot does not have, where it was clearly meant for this bot."""
    message = message_of(update)
    if message is None:
        return
    name, addressee = command_of(message)
    if not name:
        return
    if for_another_bot(addressee, context) or (not addressee and message.chat.type != "private"):
        return  # another bot's, or in a group maybe meant for another bot
    await reply_html(
        message, f"I don't know {html.escape(name)}. Send /help to see every command."
    )


async def text_hint(update: Update, context: Context) -> None:
    """Answer words sent to the bot in private that are no command."""
    message = message_of(update)
    if message is None:
        return
    await reply_html(message, "Send me a command, e.g. /price btc or /news. /help lists them all.")
