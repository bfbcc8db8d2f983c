"""Building the bot: one ``Application``, its services, handlers and jobs."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from functools import partial

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    filters,
)

from bot.config import Settings
from bot.context import BotApplication, BotData, Context, Services
from bot.jobs import schedule_jobs
from bot.telegram_request import AiohttpRequest
from bot.wiring import build_news_service, build_price_service, open_http_session
from bot.workers import WorkerPool
from handlers.captions import Callback, caption_commands
from handlers.errors import on_error
from handlers.news import news
from handlers.price import price
from handlers.start import (
    COMMANDS,
    NOT_YET_AVAILABLE,
    help_command,
    not_yet_available,
    text_hint,
    unknown_command,
)
from services.db import open_database

logger = logging.getLogger(__name__)

#: Every message is HTML (user and feed text is escaped where it is put in), without link
#: previews unless asked for, and quotes still send when the quoted command was deleted.
REPLY_DEFAULTS = Defaults(
    parse_mode=ParseMode.HTML,
    link_preview_options=LinkPreviewOptions(is_disabled=True),
    allow_sending_without_reply=True,
)

#: Commands are answered in chats and channels, not when a message is edited, nor in the
#: copy of a channel's post that Telegram forwards to its discussion group (the post itself
#: is answered in the channel).
COMMAND_UPDATES = (
    filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST
) & ~filters.IS_AUTOMATIC_FORWARD


async def start_services(settings: Settings, application: BotApplication) -> None:
    """``post_init``: open the HTTP session, create the services, register the menu."""
    database = await open_database(settings.database_url)
    workers = WorkerPool()
    # Started in the background: the bot answers at once, and the worker is ready before
    # the first news poll.
    warm_up = asyncio.create_task(workers.start(), name="start-worker")
    warm_up.add_done_callback(_log_failure)
    http = open_http_session()
    prices = build_price_service(settings, http)
    news = build_news_service(settings, http, database, prices, workers)
    bot_data: BotData = application.bot_data
    bot_data.attach(
        Services(
            settings=settings,
            http=http,
            database=database,
            prices=prices,
            news=news,
            workers=workers,
        )
    )
    try:
        await application.bot.set_my_commands([BotCommand(n, text) for n, text in COMMANDS])
    except TelegramError as exc:  # the menu is a nicety: a 429 or a 502 must not stop the bot
        logger.warning("could not set the command menu: %s", exc.message)
    schedule_jobs(application)
    # What start-up made (modules, the classifier's tables, the libraries' caches) lives
    # as long as the bot: freezing it keeps the collector's full passes from walking it
    # again and again, which otherwise stalls replies for 50 ms or more.
    gc.collect()
    gc.freeze()
    logger.info("cryptobot started as @%s", application.bot.username)


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.error("the worker processes did not start", exc_info=task.exception())


async def stop_services(application: BotApplication) -> None:
    """``post_shutdown``: close what ``start_services`` opened."""
    bot_data: BotData = application.bot_data
    try:
        services = bot_data.services
    except RuntimeError:
        return
    bot_data.attach(None)
    await services.http.close()
    await services.database.dispose()
    services.workers.close()
    logger.info("cryptobot stopped")


class CryptobotApplication(BotApplication):
    """The application, stopping the news poll before it waits for the running jobs: a poll
    waiting on a slow feed would hold a shutdown (SIGTERM) for the feed's whole timeout."""

    async def stop(self) -> None:
        with contextlib.suppress(RuntimeError):  # the services never started
            self.bot_data.services.news.stop()
        await super().stop()


def build_application(settings: Settings) -> BotApplication:
    """The bot, ready to run: the one place handlers, jobs and lifecycles are wired."""
    token = settings.require_token()
    # PTB's builder cannot type the job queue's context from context_types; it is ours.
    application: BotApplication = (
        ApplicationBuilder()
        .application_class(CryptobotApplication)
        .token(token)
        .base_url(f"{settings.telegram_api_url}/bot")
        .base_file_url(f"{settings.telegram_api_url}/file/bot")
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(connection_pool_size=1))
        .context_types(ContextTypes(bot_data=BotData))
        .defaults(REPLY_DEFAULTS)
        .concurrent_updates(True)
        .post_init(partial(start_services, settings))
        .post_shutdown(stop_services)
        .build()  # type: ignore[assignment]
    )
    add_handlers(application)
    return application


def add_handlers(application: BotApplication) -> None:
    """Every handler. Order matters: the catch-alls come last."""
    commands: dict[str, Callback] = {
        "start": help_command,
        "help": help_command,
        "price": price,
        "news": news,
        **dict.fromkeys(NOT_YET_AVAILABLE, not_yet_available),
    }
    for name, callback in commands.items():
        application.add_handler(CommandHandler(name, callback, filters=COMMAND_UPDATES))
    application.add_handler(MessageHandler(COMMAND_UPDATES & filters.COMMAND, unknown_command))
    application.add_handler(
        MessageHandler(
            COMMAND_UPDATES & filters.CaptionRegex(r"^/\w"),
            caption_commands(commands, unknown_command),
        )
    )
    application.add_handler(
        MessageHandler(
            COMMAND_UPDATES
            & filters.ChatType.PRIVATE
            & filters.TEXT
            & ~filters.COMMAND
            & ~filters.FORWARDED  # shared with the bot, not said to it
            & ~filters.VIA_BOT,
            text_hint,
        )
    )
    application.add_error_handler(on_error)


__all__ = ["BotApplication", "Context", "build_application"]
