"""Databases for store tests: SQLite in a temporary folder, and PostgreSQL when it runs here."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from services.db import migrate, open_database

POSTGRES_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)


@asynccontextmanager
async def postgres_schema() -> AsyncIterator[dict[str, Any]]:
    """A PostgreSQL schema of its own, dropped afterwards: yields the ``connect_args`` that
    put an engine on ``POSTGRES_URL`` in it. Skips the test when PostgreSQL is not here."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(POSTGRES_URL)
    try:
        async with admin.begin() as connection:
            await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except (OSError, ConnectionError) as exc:  # pragma: no cover - depends on the machine
        await admin.dispose()
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {exc}")
    try:
        yield {"server_settings": {"search_path": schema}}
    finally:
        async with admin.begin() as connection:
            await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
async def engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A migrated database: SQLite, then PostgreSQL in a schema of its own."""
    if request.param == "sqlite":
        engine = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'data' / 'bot.db'}")
        yield engine
        await engine.dispose()
        return
    async with postgres_schema() as connect_args:
        engine = create_async_engine(POSTGRES_URL, connect_args=connect_args)
        try:
            await migrate(engine)
            yield engine
        finally:
            await engine.dispose()
