"""What every handler shares: where to reply, and how."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from telegram import LinkPreviewOptions, Message, Update
from telegram.error import ChatMigrated, NetworkError, RetryAfter, TimedOut

from bot.context import Context
from services.text import fold

#: How often a reply is tried, and the longest flood-control wait it sits out.
SEND_ATTEMPTS = 3
MAX_FLOOD_WAIT = 30.0
#: The bot's defaults (see ``bot.app``) turn previews off; a reply may turn them back on.
WITH_PREVIEW = LinkPreviewOptions(is_disabled=False)


def message_of(update: Update) -> Message | None:
    """The message (or channel post) a command came in."""
    return update.effective_message


def command_of(message: Message) -> tuple[str, str]:
    """The command a message (or a photo's caption) opens with, as typed and cut to 32
    characters, and the bot it names after ``@``: ``("/price", "cryptobot")``; empty
    strings when it opens with none."""
    words = (message.text or message.caption or "").split(maxsplit=1)
    if not words or not words[0].startswith("/"):
        return "", ""
    name, _, addressee = fold(words[0]).partition("@")
    return name[:32], addressee


def for_another_bot(addressee: str, context: Context) -> bool:
    """Whether a command names a bot after ``@`` that is not this one."""
    return bool(addressee) and addressee.lower() != (context.bot.username or "").lower()


def command_args(context: Context) -> list[str]:
    """The command's words as meant (``ＢＴＣ`` is ``BTC``; see :func:`services.text.fold`),
    without those that were nothing but invisible characters."""
    return [word for arg in context.args or () for word in fold(arg).split()]


async def reply_html(message: Message, text: str, *, preview: bool = False) -> None:
    """Reply with Telegram HTML in the same chat and topic.

    Link previews are off unless asked for. In groups the reply quotes the command, so busy
    chats see what it answers (it is still sent when the command was deleted meanwhile).

    A reply is not lost to a passing failure: after flood control (429) it is sent again
    once the wait Telegram asks for is over (up to ``MAX_FLOOD_WAIT``), after a failed
    connection or a 5xx twice more; to a group that became a supergroup, it goes to the
    supergroup. A timeout is not retried: the message may have arrived.
    """
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            await _send(message, text, preview)
            return
        except RetryAfter as exc:
            wait = _seconds(exc.retry_after)
            if attempt == SEND_ATTEMPTS or wait > MAX_FLOOD_WAIT:
                raise
            await asyncio.sleep(wait)
        except ChatMigrated as exc:
            await _send(message, text, preview, to_chat=exc.new_chat_id)
            return
        except TimedOut:
            raise
        except NetworkError:  # a failed connection, a 502: nothing was sent
            if attempt == SEND_ATTEMPTS:
                raise
            await asyncio.sleep(0.5 * attempt)


async def _send(message: Message, text: str, preview: bool, to_chat: int | None = None) -> None:
    """Reply to ``message``, or send ``text`` to another chat (the options left out fall to
    the bot's defaults: previews off)."""
    if to_chat is not None:
        bot = message.get_bot()
        if preview:
            await bot.send_message(to_chat, text, link_preview_options=WITH_PREVIEW)
        else:
            await bot.send_message(to_chat, text)
    elif preview:
        await message.reply_text(text, link_preview_options=WITH_PREVIEW)
    else:
        await message.reply_text(text)


def _seconds(wait: int | timedelta) -> float:
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
