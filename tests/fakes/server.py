"""Running a fake upstream on 127.0.0.1 outside pytest (benchmarks, e2e helpers)."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from aiohttp import web

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_json(relative: str) -> Any:
    """A captured payload from ``tests/fixtures`` (a fresh copy: callers may change it)."""
    return copy.deepcopy(_parsed(relative))


@functools.cache
def _parsed(relative: str) -> Any:
    return json.loads((FIXTURES / relative).read_text(encoding="utf-8"))


def fixture_bytes(relative: str) -> bytes:
    """A captured file from ``tests/fixtures``, byte for byte."""
    return (FIXTURES / relative).read_bytes()


@asynccontextmanager
async def serve(app: web.Application, port: int = 0) -> AsyncIterator[str]:
    """Serve ``app`` on 127.0.0.1 and yield its root URL (``http://127.0.0.1:PORT``)."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    server = site._server
    assert server is not None
    sockets = getattr(server, "sockets", None) or []
    bound = sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{bound}"
    finally:
        await runner.cleanup()
