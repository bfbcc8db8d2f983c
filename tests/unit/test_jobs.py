"""The scheduler's jobs: a coin list that failed to load is tried again soon."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from bot.jobs import UNIVERSE_RETRY_MAX, refresh_coin_universe


class Prices:
    def __init__(self, loads: bool) -> None:
        self.loads = loads

    async def refresh_universe(self) -> bool:
        return self.loads


class JobQueue:
    def __init__(self) -> None:
        self.scheduled: list[tuple[float, Any]] = []

    def run_once(self, callback: Any, *, when: float, data: Any, name: str) -> None:
        assert callback is refresh_coin_universe
        assert name == "retry-coin-universe"
        self.scheduled.append((when, data))


def context(loads: bool, job_data: Any, queue: JobQueue) -> Any:
    services = SimpleNamespace(prices=Prices(loads))
    return SimpleNamespace(
        bot_data=SimpleNamespace(services=services),
        job=SimpleNamespace(data=job_data),
        job_queue=queue,
    )


@pytest.mark.parametrize(
    ("job_data", "delay", "failures"),
    [
        (None, 60.0, 1),  # the daily run failed: try again in a minute
        (1, 120.0, 2),  # and then twice as long each time
        (3, 480.0, 4),
        (10, UNIVERSE_RETRY_MAX, 11),  # up to an hour
    ],
)
async def test_a_failed_load_is_tried_again_after_a_growing_wait(
    job_data: Any, delay: float, failures: int
) -> None:
    queue = JobQueue()
    await refresh_coin_universe(context(False, job_data, queue))
    assert queue.scheduled == [(delay, failures)]


async def test_a_load_that_works_schedules_nothing_more() -> None:
    queue = JobQueue()
    await refresh_coin_universe(context(True, 3, queue))
    assert queue.scheduled == []
