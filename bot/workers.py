"""A worker process for CPU-heavy work, so that the event loop keeps answering chats."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

_T = TypeVar("_T")


def _nothing() -> None:
    """A job that only makes the worker start."""


def _preload() -> None:
    """Import the heavy modules once per worker, not at its first job."""
    import services.news.dedup
    import services.news.parsing
    import services.news.regulation  # noqa: F401


class WorkerPool:
    """One worker process (Python threads share one core; a process gets the other one).

    It starts at :meth:`start` or at its first job. ``forkserver`` rather than ``fork``: the
    bot's process has threads, and forking them is unsafe.
    """

    def __init__(self, workers: int = 1) -> None:
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._closed = False

    async def start(self) -> None:
        """Start the worker now (it imports the news modules) rather than at the first job."""
        await self.run(_nothing)

    async def run(self, func: Callable[..., _T], /, *args: Any) -> _T:
        """Run ``func(*args)`` in the worker (in a thread once the pool is closed)."""
        if self._closed:
            return await asyncio.to_thread(func, *args)
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            self._pool = ProcessPoolExecutor(
                max_workers=self._workers, mp_context=context, initializer=_preload
            )
        return await asyncio.get_running_loop().run_in_executor(self._pool, func, *args)

    def close(self) -> None:
        """Stop the worker; idempotent."""
        self._closed = True
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
