"""Commands sent as the caption of a photo or a file.

Telegram marks ``/price btc`` under a photo as a command, but the library's command handlers
read message text only: without this, such a command would get no answer.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from telegram import MessageEntity, Update

from bot.context import Context
from handlers.common import command_of, for_another_bot, message_of

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
        name, addressee = command_of(message)
        if for_another_bot(addressee, context):
            return
        callback = commands.get(name.removeprefix("/").lower())
        if callback is None:
            await unknown(update, context)
            return
        context.args = message.caption.split()[1:]
        await callback(update, context)

    return on_caption
