"""The scheduler's jobs: thin, named, never overlapping themselves."""

from __future__ import annotations

import logging

from bot.context import BotApplication, Context
from services.backoff import doubling_delay
from services.news.service import PollStopped

logger = logging.getLogger(__name__)

UNIVERSE_REFRESH_SECONDS = 24 * 3600.0
PRUNE_SECONDS = 6 * 3600.0
UNIVERSE_RETRY_FIRST = 60.0
UNIVERSE_RETRY_MAX = 3600.0
#: Passed to APScheduler: a slow run makes the next one wait, never run beside it.
NO_OVERLAP = {"max_instances": 1, "coalesce": True, "misfire_grace_time": None}


async def refresh_prices(context: Context) -> None:
    """Re-price every watched coin in one batched request."""
    await context.bot_data.services.prices.refresh()


async def poll_news(context: Context) -> None:
    """Fetch every feed and store the new stories."""
    try:
        await context.bot_data.services.news.poll()
    except PollStopped:
        logger.info("news poll stopped: the bot is stopping")


async def prune_news(context: Context) -> None:
    """Delete stories past the retention period."""
    await context.bot_data.services.news.prune()


async def refresh_coin_universe(context: Context) -> None:
    """Reload CoinGecko's coin list and market caps; after a failure, try again soon (a
    minute, then twice as long each time, up to an hour), not at the next day's run."""
    if await context.bot_data.services.prices.refresh_universe():
        return
    job = context.job
    failures = (job.data if job is not None and isinstance(job.data, int) else 0) + 1
    delay = doubling_delay(failures - 1, UNIVERSE_RETRY_FIRST, UNIVERSE_RETRY_MAX)
    if context.job_queue is not None:
        context.job_queue.run_once(
            refresh_coin_universe, when=delay, data=failures, name="retry-coin-universe"
        )


def schedule_jobs(application: BotApplication) -> None:
    """Start every repeating job; the first runs come a second after start.

    Not at 0: APScheduler skips a first run whose time has passed when the scheduler starts.
    """
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("python-telegram-bot was installed without its job-queue extra")
    settings = application.bot_data.services.settings
    job_queue.run_repeating(
        refresh_coin_universe,
        interval=UNIVERSE_REFRESH_SECONDS,
        first=1.0,
        name="refresh-coin-universe",
        job_kwargs=NO_OVERLAP,
    )
    job_queue.run_repeating(
        refresh_prices,
        interval=settings.price_poll_seconds,
        first=1.0,
        name="refresh-prices",
        job_kwargs=NO_OVERLAP,
    )
    job_queue.run_repeating(
        poll_news,
        interval=settings.news_poll_seconds,
        first=1.0,
        name="poll-news",
        job_kwargs=NO_OVERLAP,
    )
    job_queue.run_repeating(
        prune_news, interval=PRUNE_SECONDS, first=60.0, name="prune-news", job_kwargs=NO_OVERLAP
    )
