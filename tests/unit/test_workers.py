"""The worker pool: processes at a lower priority, and threads once it is closed."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from concurrent.futures.process import BrokenProcessPool

import pytest

from bot.workers import CLOSE_GRACE, WORKER_NICENESS, WorkerPool, default_workers


async def test_workers_run_jobs_in_other_processes_at_a_lower_priority() -> None:
    pool = WorkerPool(2)
    try:
        await pool.start()
        pids = {await pool.run(os.getpid) for _ in range(4)}
        niceness = await pool.run(os.nice, 0)
    finally:
        pool.close()

    assert pool.size == 2
    assert os.getpid() not in pids
    assert niceness >= min(19, os.nice(0) + WORKER_NICENESS)


async def test_a_closed_pool_runs_jobs_in_a_thread_of_this_process() -> None:
    pool = WorkerPool(1)
    pool.close()
    pool.close()  # idempotent

    assert await pool.run(os.getpid) == os.getpid()


def test_one_worker_per_core_at_most_four() -> None:
    assert 1 <= default_workers() <= 4
    assert WorkerPool().size == default_workers()


async def test_a_job_goes_on_in_new_workers_when_a_worker_dies() -> None:
    pool = WorkerPool(1)
    try:
        first = await pool.run(os.getpid)
        os.kill(first, signal.SIGKILL)  # the out-of-memory killer, say
        second = await pool.run(os.getpid)
        third = await pool.run(os.getpid)
    finally:
        pool.close()

    assert second != first
    assert third == second
    assert os.getpid() not in {first, second}


async def test_workers_leave_ctrl_c_to_the_bot() -> None:
    pool = WorkerPool(1)
    try:
        handler = await pool.run(signal.getsignal, signal.SIGINT)
    finally:
        pool.close()

    assert handler == signal.SIG_IGN


async def test_a_busy_worker_does_not_hold_the_bot_at_stop() -> None:
    pool = WorkerPool(1)
    await pool.start()
    [pid] = {await pool.run(os.getpid)}
    busy = asyncio.ensure_future(pool.run(time.sleep, 60))  # a hostile feed, say
    await asyncio.sleep(0.2)
    started = time.monotonic()
    pool.close()

    assert time.monotonic() - started < CLOSE_GRACE + 2
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone, not left running
    busy.cancel()
    with contextlib.suppress(asyncio.CancelledError, BrokenProcessPool):
        await busy
