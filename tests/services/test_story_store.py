"""The story store on SQLite and PostgreSQL: ingest, merge, list, filter, prune."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from services.db import create_engine, migrate, open_database
from services.errors import DatabaseUnavailable
from services.news.models import FeedItem
from services.news.regulation import RegulationVerdict
from services.news.store import FeedState, IncomingItem, StoryGroup, StoryStore
from services.schema import metadata
from tests.services.conftest import POSTGRES_URL, postgres_schema

NOW = datetime(2025, 12, 12, 12, 0, tzinfo=UTC)
OTHER = RegulationVerdict(False, 0.05, None, None, "no regulatory actor")
SEC = RegulationVerdict(True, 0.93, "US", "enforcement", "actor: SEC; action: sues")
ESMA = RegulationVerdict(True, 0.91, "EU", "policy", "actor: ESMA; action: warns")


def incoming(
    title: str,
    outlet: str = "Decrypt",
    hours_ago: float = 1.0,
    verdict: RegulationVerdict = OTHER,
    coins: frozenset[str] = frozenset(),
) -> IncomingItem:
    published = NOW - timedelta(hours=hours_ago)
    slug = title.lower().replace(" ", "-")
    item = FeedItem(
        outlet=outlet,
        title=title,
        summary=f"{title}. More below.",
        link=f"https://{outlet.lower()}.example/{slug}",
        guid=f"{outlet}:{slug}",
        published_at=published,
    )
    return IncomingItem(item, published, verdict, coins)


async def test_urls_without_a_driver_get_the_asyncio_ones(tmp_path: Path) -> None:
    engine = await open_database(f"sqlite:///{tmp_path / 'plain.db'}")
    try:
        assert engine.url.drivername == "sqlite+aiosqlite"
        assert (tmp_path / "plain.db").exists()
    finally:
        await engine.dispose()
    # postgres:// is how hosting platforms write it.
    plain = POSTGRES_URL.replace("postgresql+asyncpg://", "postgres://")
    async with postgres_schema():  # skips when PostgreSQL is not here
        engine = create_engine(plain)
        try:
            assert engine.url.drivername == "postgresql+asyncpg"
            async with engine.connect() as connection:
                assert (await connection.execute(text("SELECT 1"))).scalar_one() == 1
        finally:
            await engine.dispose()


async def test_a_sqlite_path_may_start_at_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    engine = await open_database("sqlite+aiosqlite:///~/data/bot.db")
    await engine.dispose()
    assert (tmp_path / "data" / "bot.db").exists()


async def test_sqlite_file_is_created_in_wal_mode(tmp_path: Path) -> None:
    engine = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'new' / 'dir' / 'bot.db'}")
    try:
        assert (tmp_path / "new" / "dir" / "bot.db").exists()
        async with engine.connect() as connection:
            mode = (await connection.execute(text("PRAGMA journal_mode"))).scalar_one()
            tables = await connection.run_sync(lambda c: inspect(c).get_table_names())
        assert mode == "wal"
        assert {"alembic_version", "feeds", "stories", "story_sources", "story_coins"} <= set(
            tables
        )
    finally:
        await engine.dispose()
    # A second start finds the schema current and changes nothing.
    engine = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'new' / 'dir' / 'bot.db'}")
    await engine.dispose()


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+asyncpg://nobody@127.0.0.1:9/none",
        "sqlite+nodriver:///x.db",
        "not a url",
        "mysql+pymysql://bot@127.0.0.1/cryptobot",  # no asyncio driver installed
    ],
)
async def test_unusable_database_is_one_clear_error(url: str) -> None:
    with pytest.raises(DatabaseUnavailable) as caught:
        await open_database(url)
    assert "DATABASE_URL" in str(caught.value)
    assert "\n" not in str(caught.value)


async def test_ingest_and_list_newest_first(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    ingested = await store.ingest(
        [
            StoryGroup(None, [incoming("Old story", hours_ago=5)]),
            StoryGroup(None, [incoming("New story", hours_ago=1, coins=frozenset({"bitcoin"}))]),
        ],
        NOW,
    )
    assert len(ingested.ids) == 2
    assert ingested.created == set(ingested.ids)
    latest = await store.latest(10)
    assert [s.title for s in latest] == ["New story", "Old story"]
    assert latest[0].coins == {"bitcoin"}
    assert latest[0].published_at == NOW - timedelta(hours=1)
    assert latest[0].published_at.tzinfo is UTC
    assert latest[0].link == "https://decrypt.example/new-story"
    assert await store.count() == 2


async def test_one_story_many_outlets(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    items = [
        incoming("SEC sues exchange", "Decrypt", hours_ago=2),
        incoming("Regulator takes exchange to court", "Cointelegraph", hours_ago=3),
    ]
    [story_id] = (await store.ingest([StoryGroup(None, items)], NOW)).ids
    # Later, a third outlet's item joins the stored story, with a stronger verdict and a coin.
    late = incoming("SEC files suit", "CoinDesk", 1, SEC, frozenset({"bitcoin"}))
    joined = await store.ingest([StoryGroup(story_id, [late])], NOW)
    assert (joined.ids, joined.created) == ([story_id], frozenset())
    [story] = await store.latest(5)
    assert story.outlets == ("Cointelegraph", "Decrypt", "CoinDesk")  # first carrier first
    assert story.title == "SEC sues exchange"
    assert story.published_at == NOW - timedelta(hours=3)
    assert (story.is_regulation, story.jurisdiction, story.kind) == (True, "US", "enforcement")
    assert story.coins == {"bitcoin"}


async def test_filters_by_regulation_coin_and_time(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    await store.ingest(
        [
            StoryGroup(None, [incoming("Price story", coins=frozenset({"bitcoin"}))]),
            StoryGroup(None, [incoming("SEC story", verdict=SEC, hours_ago=2)]),
            StoryGroup(None, [incoming("Doge story", coins=frozenset({"dogecoin"}), hours_ago=3)]),
            StoryGroup(None, [incoming("Ancient", hours_ago=24 * 40)]),
            StoryGroup(None, [incoming("ESMA story", verdict=ESMA, hours_ago=24 * 50)]),
        ],
        NOW,
    )
    assert [s.title for s in await store.latest(10, regulation=True)] == [
        "SEC story",
        "ESMA story",
    ]
    assert [s.title for s in await store.latest(10, jurisdiction="EU")] == ["ESMA story"]
    assert [s.title for s in await store.latest(10, regulation=True, jurisdiction="US")] == [
        "SEC story"
    ]
    assert await store.latest(10, regulation=True, jurisdiction="HK") == []
    assert [s.title for s in await store.latest(10, coin_id="dogecoin")] == ["Doge story"]
    assert [s.title for s in await store.latest(10, coin_id="monero")] == []
    recent = await store.latest(10, since=NOW - timedelta(days=30))
    assert [s.title for s in recent] == ["Price story", "SEC story", "Doge story"]
    assert await store.latest(10, jurisdiction="EU", since=NOW - timedelta(days=30)) == []
    assert [s.title for s in await store.latest(2)] == ["Price story", "SEC story"]


async def test_known_items_and_duplicate_sources_are_ignored(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    first = incoming("A story")
    [story_id] = (await store.ingest([StoryGroup(None, [first])], NOW)).ids
    key = (first.item.outlet, first.item.guid)
    assert await store.known_items([key, ("Decrypt", "other")]) == {key}
    # Ingesting the same item again adds no second source row.
    await store.ingest([StoryGroup(story_id, [first])], NOW)
    [story] = await store.latest(1)
    assert story.outlets == ("Decrypt",)


async def test_items_stored_since_the_check_join_the_story_that_holds_them(
    engine: AsyncEngine,
) -> None:
    # Two instances poll the same feeds into one database: both found the item new, and
    # the other one stored it first.
    mine, theirs = StoryStore(engine), StoryStore(engine)
    shared = incoming("SEC sues exchange", "Decrypt")
    [story_id] = (await theirs.ingest([StoryGroup(None, [shared])], NOW)).ids
    again = await mine.ingest([StoryGroup(None, [shared])], NOW)
    assert (again.ids, again.created) == ([story_id], frozenset())
    # An item of another outlet that came with it joins that story as a further outlet.
    extra = incoming("Regulator takes exchange to court", "Cointelegraph", hours_ago=2)
    joined = await mine.ingest([StoryGroup(None, [shared, extra])], NOW)
    assert (joined.ids, joined.created) == ([story_id], frozenset())
    [story] = await mine.latest(5)
    assert story.outlets == ("Cointelegraph", "Decrypt")
    assert await mine.count() == 1


async def test_instances_ingesting_at_once_store_a_story_once() -> None:
    # Instances share a database on PostgreSQL (SQLite serves one process).
    async with postgres_schema() as connect_args:
        engine = create_async_engine(POSTGRES_URL, connect_args=connect_args)
        try:
            await migrate(engine)
            stores = [StoryStore(engine) for _ in range(4)]
            items = [incoming(f"Story {n}", hours_ago=n) for n in range(1, 30)]
            groups = [StoryGroup(None, [item]) for item in items]
            results = await asyncio.gather(*(store.ingest(groups, NOW) for store in stores))
            assert all(result.ids == results[0].ids for result in results)
            assert sum(len(result.created) for result in results) == len(items)
            assert await stores[0].count() == len(items)
            async with engine.connect() as connection:
                query = text("SELECT count(*) FROM story_sources")
                sources = (await connection.execute(query)).scalar()
            assert sources == len(items)
        finally:
            await engine.dispose()


async def test_prune_deletes_old_stories_and_their_rows(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    await store.ingest(
        [
            StoryGroup(None, [incoming("Fresh", coins=frozenset({"bitcoin"}))]),
            StoryGroup(None, [incoming("Stale", hours_ago=24 * 31, coins=frozenset({"bitcoin"}))]),
        ],
        NOW,
    )
    assert await store.prune(NOW - timedelta(days=30)) == 1
    assert [s.title for s in await store.latest(10)] == ["Fresh"]
    async with engine.connect() as connection:
        sources = (await connection.execute(text("SELECT count(*) FROM story_sources"))).scalar()
        tags = (await connection.execute(text("SELECT count(*) FROM story_coins"))).scalar()
    assert (sources, tags) == (1, 1)


async def test_feed_states_round_trip(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    blank = await store.feed_states(["https://a.example/rss"])
    assert blank["https://a.example/rss"] == FeedState("https://a.example/rss")
    state = FeedState("https://a.example/rss", "A", '"v1"', "Fri, 12 Dec 2025 10:00:00 GMT")
    state.polled_at, state.failures = NOW, 2
    await store.save_feed_states([state])
    state.etag = '"v2"'
    await store.save_feed_states([state])
    loaded = (await store.feed_states(["https://a.example/rss"]))["https://a.example/rss"]
    assert (loaded.etag, loaded.polled_at, loaded.failures) == ('"v2"', NOW, 2)


async def test_validators_longer_than_their_columns_are_not_kept(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    state = FeedState("https://a.example/rss", "A", 'W/"' + "x" * 600 + '"', "Fri" + " " * 200)
    await store.save_feed_states([state])
    loaded = (await store.feed_states(["https://a.example/rss"]))["https://a.example/rss"]
    assert (loaded.outlet, loaded.etag, loaded.last_modified) == ("A", None, None)


async def test_instances_starting_at_once_migrate_one_after_the_other() -> None:
    async with postgres_schema() as connect_args:
        engines = [create_async_engine(POSTGRES_URL, connect_args=connect_args) for _ in range(3)]
        try:
            await asyncio.gather(*(migrate(engine) for engine in engines))
            async with engines[0].connect() as connection:
                tables = await connection.run_sync(lambda c: inspect(c).get_table_names())
            assert {"alembic_version", "stories", "story_sources"} <= set(tables)
        finally:
            for engine in engines:
                await engine.dispose()


async def test_the_migrations_make_the_schema_the_models_describe(engine: AsyncEngine) -> None:
    def differences(connection: Connection) -> list[Any]:
        return list(compare_metadata(MigrationContext.configure(connection), metadata))

    async with engine.connect() as connection:
        assert await connection.run_sync(differences) == []


async def test_an_item_matched_to_a_story_pruned_since_makes_a_new_story(
    engine: AsyncEngine,
) -> None:
    store = StoryStore(engine)
    [gone] = (
        await store.ingest([StoryGroup(None, [incoming("Old story", hours_ago=40)])], NOW)
    ).ids
    assert await store.prune(NOW - timedelta(days=1)) == 1
    # The de-duplicator still held the story when this poll matched an item to it.
    ingested = await store.ingest(
        [StoryGroup(gone, [incoming("Old story, retold", outlet="Cointelegraph")])], NOW
    )
    [story] = await store.latest(5)
    assert ingested.ids == [story.id]
    assert ingested.created == {story.id}
    assert (story.title, story.outlets) == ("Old story, retold", ("Cointelegraph",))


async def test_a_schema_from_a_newer_version_is_one_clear_error(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    engine = await open_database(url)
    async with engine.begin() as connection:
        await connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    await engine.dispose()
    with pytest.raises(DatabaseUnavailable) as caught:
        await open_database(url)
    message = str(caught.value)
    assert "a newer version migrated it" in message
    assert "0099_future" in message
    assert "\n" not in message
