"""Worker processes for CPU-heavy work, so that the event loop keeps answering chats."""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
import signal
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

_T = TypeVar("_T")


def _nothing() -> None:
    """A job that only makes the worker start."""


#: How much lower a worker's scheduling priority is than the bot's (``nice``).
WORKER_NICENESS = 10
#: How long a busy worker is given to finish its job when the bot stops.
CLOSE_GRACE = 2.0


def _preload() -> None:
    """Lower the worker's priority; import the heavy modules once, not at its first job,
    and freeze them out of the garbage collector's reach."""
    # Ctrl+C in a terminal reaches the whole process group: the bot stops its workers itself,
    # and a worker's own KeyboardInterrupt would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        os.nice(WORKER_NICENESS)
    except OSError:  # pragma: no cover - a platform without nice
        logger.debug("could not lower the worker's priority")
    import services.news.dedup
    import services.news.parsing
    import services.news.regulation  # noqa: F401
    from services.news.regulation_model import load_kind_model, load_model

    # The learned weights too, so that the first poll does not wait for them.
    load_model()
    load_kind_model()
    # The rule tables and the models live as long as the worker: keep the collector's
    # full passes off them (see ``start_services``).
    gc.collect()
    gc.freeze()


def default_workers() -> int:
    """One worker per core the process may use, at least one and at most four."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


class WorkerPool:
    """Worker processes for CPU-bound work (Python threads would share one core).

    A large news poll is split over the workers, one per core by default. They run at a
    lower priority than the bot's own process, so chat replies go first when every core is
    busy. The pool starts at :meth:`start` or at its first job. ``forkserver`` rather than
    ``fork``: the bot's process has threads, and forking them is unsafe.
    """

    def __init__(self, workers: int | None = None) -> None:
        self._workers = workers if workers is not None else default_workers()
        self._pool: ProcessPoolExecutor | None = None
        self._closed = False

    @property
    def size(self) -> int:
        """How many jobs run at once."""
        return self._workers

    async def start(self) -> None:
        """Start every worker now (each imports the news modules), not at the first job."""
        await asyncio.gather(*(self.run(_nothing) for _ in range(self._workers)))

    async def run(self, func: Callable[..., _T], /, *args: Any) -> _T:
        """Run ``func(*args)`` in the worker (in a thread once the pool is closed).

        When a worker dies (the out-of-memory killer, ``kill -9``), the pool it belonged
        to is done for: the job is tried once more in new workers.
        """
        try:
            return await self._submit(func, *args)
        except BrokenProcessPool:
            return await self._submit(func, *args)

    async def _submit(self, func: Callable[..., _T], /, *args: Any) -> _T:
        if self._closed:
            return await asyncio.to_thread(func, *args)
        pool = self._pool
        if pool is None:
            context = multiprocessing.get_context("forkserver")
            pool = self._pool = ProcessPoolExecutor(
                max_workers=self._workers, mp_context=context, initializer=_preload
            )
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, func, *args)
        except BrokenProcessPool:
            if self._pool is pool:  # the first job to find it broken replaces it
                logger.warning("a worker process died; starting new ones")
                self._pool = None
                pool.shutdown(wait=False, cancel_futures=True)
            raise

    def close(self) -> None:
        """Stop the workers; idempotent. A worker still busy after ``CLOSE_GRACE`` seconds
        (a hostile feed, say) is terminated: the bot does not wait on it to stop."""
        self._closed = True
        pool, self._pool = self._pool, None
        if pool is None:
            return
        # The executor has no way to stop a busy worker (Python 3.14 adds one): its processes.
        workers = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + CLOSE_GRACE
        for worker in workers:
            worker.join(max(0.0, deadline - time.monotonic()))
            if worker.is_alive():
                logger.warning("a worker was still busy at stop; terminating it")
                worker.terminate()
                worker.join(1.0)
