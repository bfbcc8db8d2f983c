"""The one error handler: log with the traceback, tell the user something went wrong."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, RetryAfter, TimedOut

from bot.context import Context

logger = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong on my side. Please try again in a minute."


async def on_error(update: object, context: Context) -> None:
    """Log an error no handler expected and, when it came from a chat, say so there."""
    error = context.error
    if isinstance(error, NetworkError) and not isinstance(update, Update):
        # Polling hiccups: PTB retries by itself; a traceback would only be noise.
        logger.warning("network error while polling: %s", error)
        return
    if isinstance(error, TimedOut):
        # A reply that timed out may well have arrived (Telegram was slow to say so): a
        # "sorry" after it would be a second message, and a wrong one.
        logger.warning("reply to %s timed out; it may have arrived", _describe(update))
        return
    if isinstance(error, Forbidden):
        # Blocked, or removed from the group: nothing to fix here, nothing to tell.
        logger.warning("cannot write to %s: %s", _describe(update), error.message)
        return
    logger.error("error while handling %s", _describe(update), exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(error, RetryAfter):
        return  # flood control: a "sorry" would only meet it again
    try:
        if update.effective_message is not None:
            await update.effective_message.reply_text(SORRY)  # same chat and forum topic
        else:
            await context.bot.send_message(update.effective_chat.id, SORRY)
    except Exception:  # the chat is gone or Telegram is down: the log has the story
        logger.warning("could not tell chat %s about the error", update.effective_chat.id)


def _describe(update: object) -> str:
    if isinstance(update, Update):
        chat = update.effective_chat
        return f"update {update.update_id} in chat {chat.id if chat else '?'}"
    return "a job" if update is None else type(update).__name__
