"""Commands sent as the caption of a photo or a file.

Telegram marks ``/price btc`` under a photo as a command, but the library's command handlers
read message text only: without this, such a command would get no answer.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from telegram import MessageEntity, Update

from bot.context import Context
from handlers.common import message_of
from services.text import fold

Callback = Callable[[Update, Context], Coroutine[Any, Any, None]]


def caption_commands(commands: Mapping[str, Callback], unknown: Callback) -> Callback:
    """A handler that runs the command a caption opens with, as if it were sent as text:
    ``commands`` maps names to handlers, ``unknown`` answers any other command. Commands
    addressed to another bot (``/price@other_bot``) are left to it."""

    async def on_caption(update: Update, context: Context) -> None:
        message = message_of(update)
        if message is None or not message.caption:
            return
        if not any(
            entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0
            for entity in message.caption_entities
        ):
            return  # "/r/Bitcoin ...": Telegram marks no command there
        command, *args = message.caption.split()
        name, _, addressee = fold(command).removeprefix("/").partition("@")
        if addressee and addressee.lower() != (context.bot.username or "").lower():
            return
        callback = commands.get(name.lower())
        if callback is None:
            await unknown(update, context)
            return
        context.args = args
        await callback(update, context)

    return on_caption
