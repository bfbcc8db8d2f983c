"""The database's tables, in SQLAlchemy Core; Alembic migrations create them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A UTC timestamp: stored naive (portable across SQLite and PostgreSQL), read back aware."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # SQLite hands strings back through raw SQL
            value = datetime.fromisoformat(value)
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


#: The longest feed validators kept (a longer one is dropped, never cut: it would not match).
MAX_ETAG_CHARS = 512
MAX_LAST_MODIFIED_CHARS = 128

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

#: One row per polled feed: what conditional GET and change detection need.
feeds = Table(
    "feeds",
    metadata,
    Column("url", String(2048), primary_key=True),
    Column("outlet", String(200), nullable=False, server_default=""),
    Column("etag", String(MAX_ETAG_CHARS)),
    Column("last_modified", String(MAX_LAST_MODIFIED_CHARS)),
    Column("content_hash", String(64)),
    Column("polled_at", UTCDateTime()),
    Column("status", String(200), nullable=False, server_default=""),
    Column("failures", Integer, nullable=False, server_default="0"),
)

#: One row per story, however many outlets carry it.
stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", Text, nullable=False),
    Column("summary", Text, nullable=False, server_default=""),
    Column("link", Text, nullable=False, server_default=""),
    # When it was published (the earliest outlet), clamped to when we first saw it.
    Column("published_at", UTCDateTime(), nullable=False),
    Column("first_seen_at", UTCDateTime(), nullable=False),
    Column("is_regulation", Boolean, nullable=False, server_default="0"),
    Column("regulation_score", Float, nullable=False, server_default="0"),
    Column("jurisdiction", String(16)),
    Column("kind", String(32)),
    Column("reason", Text, nullable=False, server_default=""),
    Index(None, "published_at"),
    Index(None, "is_regulation", "published_at"),
)

#: One row per feed item: which outlet carried which story, and under which id.
story_sources = Table(
    "story_sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("outlet", String(200), nullable=False),
    Column("guid", String(2048), nullable=False),
    Column("link", Text, nullable=False, server_default=""),
    Column("title", Text, nullable=False),
    Column("published_at", UTCDateTime()),
    UniqueConstraint("outlet", "guid"),
    Index(None, "story_id"),
)

#: Undated feed items whose stories were pruned. An undated item is dated when first seen, so
#: one still in its feed after its story is pruned would otherwise come back as news.
pruned_undated = Table(
    "pruned_undated",
    metadata,
    Column("outlet", String(200), primary_key=True),
    Column("guid", String(2048), primary_key=True),
    Column("pruned_at", UTCDateTime(), nullable=False),
    Index(None, "pruned_at"),
)

#: Which coins (CoinGecko ids) a story is about.
story_coins = Table(
    "story_coins",
    metadata,
    Column(
        "story_id",
        Integer,
        ForeignKey("stories.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("coin_id", String(200), primary_key=True),
    Index(None, "coin_id", "story_id"),
)
