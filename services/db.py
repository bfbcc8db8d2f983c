"""The database: one async engine per process, schema brought up to date at start."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import event, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from services.errors import DatabaseUnavailable

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: SQLAlchemy's default drivers, which block, and the asyncio ones the bot uses instead.
_ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+pysqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+asyncpg",
    "postgresql+psycopg2": "postgresql+asyncpg",
}
#: "postgres://", as hosting platforms write it; SQLAlchemy knows only "postgresql://".
_POSTGRES_SCHEME = re.compile(r"^postgres(?=(\+\w+)?://)")
#: The PostgreSQL advisory lock that migrations take (an arbitrary constant).
_MIGRATE_LOCK = 0x6D696772


def create_engine(url: str) -> AsyncEngine:
    """An async engine for ``url``; SQLite gets its folder created and WAL mode.

    Raises:
        DatabaseUnavailable: the URL is malformed or names a driver that is not installed.
    """
    try:
        parsed = _async_driver(make_url(_POSTGRES_SCHEME.sub("postgresql", url, count=1)))
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:" and not database.startswith("file:"):
                path = Path(database).expanduser()  # sqlite3 itself would not expand "~"
                path.parent.mkdir(parents=True, exist_ok=True)
                parsed = parsed.set(database=str(path))
            engine = create_async_engine(parsed, connect_args={"timeout": 15})
            event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
            return engine
        return create_async_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=5)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise DatabaseUnavailable(
            f"DATABASE_URL is not usable ({exc}): use sqlite+aiosqlite:///path/to/file.db "
            "or postgresql+asyncpg://user:password@host/dbname"
        ) from None
    except OSError as exc:
        raise DatabaseUnavailable(f"cannot create the database folder: {exc}") from None


def _async_driver(url: URL) -> URL:
    """``sqlite:///…`` and ``postgresql://…`` as the bot runs them: on their asyncio drivers
    (aiosqlite, asyncpg) rather than the blocking ones SQLAlchemy picks by default."""
    driver = _ASYNC_DRIVERS.get(url.drivername)
    return url.set(drivername=driver) if driver else url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets /news read while a poll writes; NORMAL is durable enough under WAL.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()


async def migrate(engine: AsyncEngine) -> None:
    """Apply every Alembic migration not yet applied.

    Raises:
        DatabaseUnavailable: the database cannot be reached or migrated.
    """
    try:
        async with engine.begin() as connection:
            await connection.execute(text("SELECT 1"))
            if connection.dialect.name == "postgresql":
                # Instances that start together migrate one after the other: the later
                # ones find the schema current. Held until this transaction ends.
                await connection.execute(text(f"SELECT pg_advisory_xact_lock({_MIGRATE_LOCK})"))
            await connection.run_sync(_upgrade)
    except CommandError as exc:  # a revision unknown here: a newer version migrated it
        raise DatabaseUnavailable(
            f"the database at DATABASE_URL={engine.url.render_as_string()} has a schema this "
            f"cryptobot does not know ({exc}); a newer version migrated it: run that version, "
            "or restore a backup"
        ) from None
    except (SQLAlchemyError, OSError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise DatabaseUnavailable(
            f"cannot open the database at DATABASE_URL={engine.url.render_as_string()}: {reason}"
        ) from None


def _upgrade(connection: Connection) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


async def open_database(url: str) -> AsyncEngine:
    """Create the engine and bring the schema up to date; the caller disposes of it.

    Raises:
        DatabaseUnavailable: the database cannot be opened or migrated.
    """
    engine = create_engine(url)
    try:
        await migrate(engine)
    except BaseException:
        await engine.dispose()
        raise
    logger.info("database ready at %s", engine.url.render_as_string())
    return engine
