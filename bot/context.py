"""The bot's shared state, typed, as handlers and jobs see it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import aiohttp
from sqlalchemy.ext.asyncio import AsyncEngine
from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.config import Settings
from bot.workers import WorkerPool
from services.news.service import NewsService
from services.prices.service import PriceService


@dataclass(slots=True)
class Services:
    """Everything the running bot owns, created in ``post_init`` and closed in ``post_shutdown``.

    Attributes:
        settings: the settings the bot started with.
        http: the process's one aiohttp session.
        database: the database engine.
        prices: the price service.
        news: the news service.
        workers: the worker processes for parsing and classifying feeds.
    """

    settings: Settings
    http: aiohttp.ClientSession
    database: AsyncEngine
    prices: PriceService
    news: NewsService
    workers: WorkerPool


class BotData:
    """``context.bot_data``: the services, once started."""

    def __init__(self) -> None:
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        """The running services.

        Raises:
            RuntimeError: before ``post_init`` or after ``post_shutdown``.
        """
        if self._services is None:
            raise RuntimeError("the services are not running")
        return self._services

    def attach(self, services: Services | None) -> None:
        """Set (or, with ``None``, clear) the running services."""
        self._services = services


#: The context every handler and job receives.
Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]
#: The running bot.
BotApplication = Application[
    ExtBot[None],
    Context,
    dict[Any, Any],
    dict[Any, Any],
    BotData,
    JobQueue[Context],
]
