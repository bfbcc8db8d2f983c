"""What every handler shares: where to reply, and how."""

from __future__ import annotations

from telegram import LinkPreviewOptions, Message, Update

#: The bot's defaults (see ``bot.app``) turn previews off; a reply may turn them back on.
WITH_PREVIEW = LinkPreviewOptions(is_disabled=False)


def message_of(update: Update) -> Message | None:
    """The message (or channel post) a command came in."""
    return update.effective_message


async def reply_html(message: Message, text: str, *, preview: bool = False) -> None:
    """Reply with Telegram HTML in the same chat and topic.

    Link previews are off unless asked for. In groups the reply quotes the command, so busy
    chats see what it answers (it is still sent when the command was deleted meanwhile).
    """
    if preview:
        await message.reply_text(text, link_preview_options=WITH_PREVIEW)
    else:
        await message.reply_text(text)
