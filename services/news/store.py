"""Stories in the database: ingest a poll's items, list the latest, prune the old."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, delete, func, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from services.news.models import FeedItem
from services.news.regulation import RegulationVerdict
from services.schema import (
    MAX_ETAG_CHARS,
    MAX_LAST_MODIFIED_CHARS,
    UTCDateTime,
    feeds,
    pruned_undated,
    stories,
    story_coins,
    story_sources,
)

_T = TypeVar("_T")

#: Rows per ``IN (...)`` list, well under SQLite's and asyncpg's parameter limits.
_CHUNK = 500
#: How long the undated items of pruned stories are remembered (see ``StoryStore.prune``).
UNDATED_MEMORY = timedelta(days=365)
#: Rows per INSERT: a large poll is written in pieces, letting replies through in between.
_WRITE_BATCH = 200
#: The PostgreSQL advisory lock that makes instances sharing a database ingest one at a
#: time (an arbitrary constant: "news" in ASCII).
_INGEST_LOCK = 0x6E657773


@dataclass(frozen=True, slots=True)
class Story:
    """One story as ``/news`` shows it.

    Attributes:
        outlets: every outlet that carried it, the first one first.
        coins: CoinGecko ids of the coins it is about.
    """

    id: int
    title: str
    summary: str
    link: str
    published_at: datetime
    outlets: tuple[str, ...]
    coins: frozenset[str]
    is_regulation: bool
    regulation_score: float
    jurisdiction: str | None
    kind: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class IncomingItem:
    """A feed item ready to store: classified, tagged, with a trustworthy time."""

    item: FeedItem
    published_at: datetime
    verdict: RegulationVerdict
    coins: frozenset[str]


@dataclass(frozen=True, slots=True)
class StoryGroup:
    """Items that are one story: a new one (``story_id`` is None) or one already stored.

    A new story's first item gives its title, summary and link.
    """

    story_id: int | None
    items: list[IncomingItem]


@dataclass(frozen=True, slots=True)
class Ingested:
    """What :meth:`StoryStore.ingest` did.

    Attributes:
        ids: the story of each group, in the order of the groups.
        created: the stories it created (a group whose items another instance stored in
            the meantime joins that instance's story instead).
    """

    ids: list[int]
    created: frozenset[int]


@dataclass(frozen=True, slots=True)
class Wording:
    """One outlet's title of a stored story, as the de-duplicator learns it.

    Attributes:
        source_id: the row's id: rows are numbered in the order they were stored.
        story_id: the story it belongs to.
        title: the outlet's title.
        summary: the story's summary (each outlet's own is not kept).
        published_at: when the outlet published it (the story's time when unknown).
    """

    source_id: int
    story_id: int
    title: str
    summary: str
    published_at: datetime


@dataclass(frozen=True, slots=True)
class IngestSession:
    """What :meth:`StoryStore.ingesting` gives: reads and writes in its one transaction."""

    store: StoryStore
    connection: AsyncConnection

    async def wordings_after(self, source_id: int, since: datetime) -> tuple[list[Wording], int]:
        """:meth:`StoryStore.wordings_after`, in this transaction."""
        return await self.store.wordings_after(source_id, since, self.connection)

    async def ingest(self, groups: Sequence[StoryGroup], seen_at: datetime) -> Ingested:
        """:meth:`StoryStore.ingest`, in this transaction."""
        return await self.store._ingest_in(self.connection, groups, seen_at)


@dataclass(slots=True)
class FeedState:
    """What we remember of a feed between polls."""

    url: str
    outlet: str = ""
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    polled_at: datetime | None = None
    status: str = ""
    failures: int = 0


class StoryStore:
    """Story persistence on one async engine (SQLite or PostgreSQL)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    # --- feeds -------------------------------------------------------------------------------

    async def feed_states(self, urls: Iterable[str]) -> dict[str, FeedState]:
        """The remembered state of each of ``urls`` (a blank state for a new feed)."""
        wanted = list(urls)
        states = {url: FeedState(url) for url in wanted}
        async with self._engine.connect() as connection:
            for chunk in _chunks(wanted):
                rows = await connection.execute(select(feeds).where(feeds.c.url.in_(chunk)))
                for row in rows.mappings():
                    states[row["url"]] = FeedState(**dict(row))
        return states

    async def save_feed_states(self, states: Sequence[FeedState]) -> None:
        """Insert or update ``states``."""
        if not states:
            return
        async with self._engine.begin() as connection:
            for state in states:
                values = {
                    "outlet": state.outlet[:200],
                    # A validator over its column is worth nothing cut: not kept.
                    "etag": _fitting(state.etag, MAX_ETAG_CHARS),
                    "last_modified": _fitting(state.last_modified, MAX_LAST_MODIFIED_CHARS),
                    "content_hash": state.content_hash,
                    "polled_at": state.polled_at,
                    "status": state.status[:200],
                    "failures": state.failures,
                }
                statement = _insert(connection, feeds).values(url=state.url, **values)
                await connection.execute(
                    statement.on_conflict_do_update(index_elements=["url"], set_=values)
                )

    # --- stories -----------------------------------------------------------------------------

    async def known_items(self, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which ``(outlet, guid)`` pairs are stored already, or were undated items of
        stories pruned since."""
        wanted = set(keys)
        guids = {guid for _outlet, guid in wanted}
        async with self._engine.connect() as connection:
            known = set(await _stored_sources(connection, guids))
            for chunk in _chunks(sorted(guids)):
                rows = await connection.execute(
                    select(pruned_undated.c.outlet, pruned_undated.c.guid).where(
                        pruned_undated.c.guid.in_(chunk)
                    )
                )
                known.update((outlet, guid) for outlet, guid in rows)
        return known & wanted

    async def ingest(self, groups: Sequence[StoryGroup], seen_at: datetime) -> Ingested:
        """Store a poll's items in one transaction.

        A group without ``story_id`` becomes a new story (its first item gives the title,
        link and summary); a group with one adds its items to that story as further outlets.
        The story keeps the highest-scoring regulation verdict and the union of coin tags.

        Several instances may poll the same feeds into one database: their ingests take
        turns (on PostgreSQL), and items stored since the caller checked
        (:meth:`known_items`) are not stored again; their group joins the story that holds
        them.
        """
        if not groups:
            return Ingested([], frozenset())
        async with self.ingesting() as session:
            return await session.ingest(groups, seen_at)

    @asynccontextmanager
    async def ingesting(self) -> AsyncIterator[IngestSession]:
        """One transaction in which to learn what is stored and store more: several
        instances' sessions take turns (on PostgreSQL), so what one learns at the start of
        its session is everything stored until it stores."""
        async with self._engine.begin() as connection:
            await _take_ingest_turn(connection)
            yield IngestSession(self, connection)

    async def _ingest_in(
        self, connection: AsyncConnection, groups: Sequence[StoryGroup], seen_at: datetime
    ) -> Ingested:
        groups = await self._settle(connection, groups)
        groups = await _without_pruned_stories(connection, groups)
        fresh = [group for group in groups if group.story_id is None]
        new_ids: list[int] = []
        for new in _chunks(fresh, _WRITE_BATCH):
            result = await connection.execute(
                stories.insert().returning(stories.c.id, sort_by_parameter_order=True),
                [_story_row(group, seen_at) for group in new],
            )
            new_ids.extend(row[0] for row in result)
        assigned = iter(new_ids)
        ids = [next(assigned) if g.story_id is None else g.story_id for g in groups]
        for group, story_id in zip(groups, ids, strict=True):
            if group.story_id is not None and group.items:
                await self._merge_into(connection, story_id, group.items)
        sources = [
            _source_row(story_id, incoming)
            for group, story_id in zip(groups, ids, strict=True)
            for incoming in group.items
        ]
        for batch in _chunks(sources, _WRITE_BATCH):
            await connection.execute(
                _insert(connection, story_sources).on_conflict_do_nothing(), batch
            )
        tags = [
            {"story_id": story_id, "coin_id": coin}
            for group, story_id in zip(groups, ids, strict=True)
            for coin in sorted(set().union(*(i.coins for i in group.items)))
        ]
        for batch in _chunks(tags, _WRITE_BATCH):
            await connection.execute(
                _insert(connection, story_coins).on_conflict_do_nothing(), batch
            )
        return Ingested(ids, frozenset(new_ids))

    async def _settle(
        self, connection: AsyncConnection, groups: Sequence[StoryGroup]
    ) -> list[StoryGroup]:
        """``groups`` without the items already stored; a new group with some of them
        joins the story that holds them."""
        guids = {i.item.guid for group in groups for i in group.items}
        stored = await _stored_sources(connection, guids)
        if not stored:
            return list(groups)
        settled = []
        for group in groups:
            rest: list[IncomingItem] = []
            holders: list[int] = []
            for incoming in group.items:
                holder = stored.get((incoming.item.outlet, incoming.item.guid))
                if holder is None:
                    rest.append(incoming)
                else:
                    holders.append(holder)
            story_id = group.story_id if group.story_id is not None else next(iter(holders), None)
            settled.append(StoryGroup(story_id, rest))
        return settled

    async def _merge_into(
        self, connection: AsyncConnection, story_id: int, items: Sequence[IncomingItem]
    ) -> None:
        """Let a stored story take an earlier time or a stronger verdict from new items."""
        row = (
            await connection.execute(
                select(stories.c.published_at, stories.c.regulation_score).where(
                    stories.c.id == story_id
                )
            )
        ).first()
        if row is None:
            return
        values: dict[str, Any] = {}
        earliest = min(i.published_at for i in items)
        if earliest < row.published_at:
            values["published_at"] = earliest
        best = max(items, key=lambda i: i.verdict.score)
        if best.verdict.score > row.regulation_score:
            values.update(_verdict_columns(best.verdict))
        if values:
            await connection.execute(
                update(stories).where(stories.c.id == story_id).values(**values)
            )

    async def wordings_after(
        self, source_id: int, since: datetime, connection: AsyncConnection | None = None
    ) -> tuple[list[Wording], int]:
        """The wordings stored after row ``source_id`` of stories published since ``since``,
        in the order stored, and the id of the last one (``source_id`` when none).

        After a restart, ``source_id`` 0 gives every wording of the last hours; then, at each
        poll, what was stored since, by this instance or another on the same database.
        """
        query = (
            select(
                story_sources.c.id,
                story_sources.c.story_id,
                story_sources.c.title,
                stories.c.summary,
                story_sources.c.published_at,
                stories.c.published_at.label("story_published_at"),
            )
            .join(stories, stories.c.id == story_sources.c.story_id)
            .where(story_sources.c.id > source_id, stories.c.published_at >= since)
            .order_by(story_sources.c.id)
        )
        if connection is None:
            async with self._engine.connect() as own:
                rows = list(await own.execute(query))
        else:
            rows = list(await connection.execute(query))
        # Only as far as read, in one statement: a row committed meanwhile is read next time.
        last = max((row.id for row in rows), default=source_id)
        wordings = [
            Wording(
                row.id,
                row.story_id,
                row.title,
                row.summary,
                row.published_at or row.story_published_at,
            )
            for row in rows
        ]
        return wordings, last

    async def latest(
        self,
        limit: int,
        *,
        regulation: bool = False,
        jurisdiction: str | None = None,
        coin_id: str | None = None,
        since: datetime | None = None,
    ) -> list[Story]:
        """The newest stories, optionally only regulation stories (of one jurisdiction) or
        those about one coin."""
        query = select(stories)
        if regulation or jurisdiction is not None:
            query = query.where(stories.c.is_regulation.is_(True))
        if jurisdiction is not None:
            query = query.where(stories.c.jurisdiction == jurisdiction)
        if coin_id is not None:
            query = query.where(
                stories.c.id.in_(
                    select(story_coins.c.story_id).where(story_coins.c.coin_id == coin_id)
                )
            )
        if since is not None:
            query = query.where(stories.c.published_at >= since)
        return await self._stories(query.order_by(*_NEWEST_FIRST).limit(limit))

    async def count(self) -> int:
        """How many stories are stored."""
        async with self._engine.connect() as connection:
            return int((await connection.execute(select(func.count(stories.c.id)))).scalar_one())

    async def prune(self, older_than: datetime) -> int:
        """Delete stories published before ``older_than``; return how many.

        Their undated items are remembered for ``UNDATED_MEMORY`` more, so that an item
        still in its feed is not taken for news again.
        """
        async with self._engine.begin() as connection:
            await _take_ingest_turn(connection)  # not while an ingest joins a story
            old = select(stories.c.id).where(stories.c.published_at < older_than)
            undated = select(
                story_sources.c.outlet, story_sources.c.guid, literal(older_than, UTCDateTime())
            ).where(story_sources.c.story_id.in_(old), story_sources.c.published_at.is_(None))
            await connection.execute(
                _insert(connection, pruned_undated)
                .from_select(["outlet", "guid", "pruned_at"], undated)
                .on_conflict_do_nothing()
            )
            await connection.execute(
                delete(pruned_undated).where(
                    pruned_undated.c.pruned_at < older_than - UNDATED_MEMORY
                )
            )
            # Children first: not every backend cascades (SQLite needs its pragma).
            await connection.execute(delete(story_coins).where(story_coins.c.story_id.in_(old)))
            await connection.execute(
                delete(story_sources).where(story_sources.c.story_id.in_(old))
            )
            result = await connection.execute(
                delete(stories).where(stories.c.published_at < older_than)
            )
            return int(result.rowcount or 0)

    async def _stories(self, query: Select[Any]) -> list[Story]:
        async with self._engine.connect() as connection:
            rows = list((await connection.execute(query)).mappings())
            ids = [row["id"] for row in rows]
            outlets: dict[int, list[str]] = {i: [] for i in ids}
            coins: dict[int, set[str]] = {i: set() for i in ids}
            for chunk in _chunks(ids):
                sources = await connection.execute(
                    select(story_sources.c.story_id, story_sources.c.outlet)
                    .where(story_sources.c.story_id.in_(chunk))
                    .order_by(
                        story_sources.c.published_at.asc().nulls_last(), story_sources.c.id.asc()
                    )
                )
                for story_id, outlet in sources:
                    if outlet not in outlets[story_id]:
                        outlets[story_id].append(outlet)
                tags = await connection.execute(
                    select(story_coins.c.story_id, story_coins.c.coin_id).where(
                        story_coins.c.story_id.in_(chunk)
                    )
                )
                for story_id, coin_id in tags:
                    coins[story_id].add(coin_id)
        return [
            Story(
                id=row["id"],
                title=row["title"],
                summary=row["summary"],
                link=row["link"],
                published_at=row["published_at"],
                outlets=tuple(outlets[row["id"]]),
                coins=frozenset(coins[row["id"]]),
                is_regulation=bool(row["is_regulation"]),
                regulation_score=float(row["regulation_score"]),
                jurisdiction=row["jurisdiction"],
                kind=row["kind"],
                reason=row["reason"],
            )
            for row in rows
        ]


_NEWEST_FIRST = (stories.c.published_at.desc(), stories.c.id.desc())


async def _take_ingest_turn(connection: AsyncConnection) -> None:
    """On PostgreSQL, wait for the other instances' ingests and prunes; held until the
    transaction ends. (SQLite has one writer at a time anyway.)"""
    if connection.dialect.name == "postgresql":
        await connection.execute(select(func.pg_advisory_xact_lock(_INGEST_LOCK)))


def _fitting(value: str | None, limit: int) -> str | None:
    return value if value is not None and len(value) <= limit else None


async def _without_pruned_stories(
    connection: AsyncConnection, groups: list[StoryGroup]
) -> list[StoryGroup]:
    """``groups``, those joining a story pruned since it was matched made new stories."""
    targets = sorted({group.story_id for group in groups if group.story_id is not None})
    alive: set[int] = set()
    for chunk in _chunks(targets):
        rows = await connection.execute(select(stories.c.id).where(stories.c.id.in_(chunk)))
        alive.update(row[0] for row in rows)
    return [
        group
        if group.story_id is None or group.story_id in alive
        else StoryGroup(None, group.items)
        for group in groups
    ]


async def _stored_sources(
    connection: AsyncConnection, guids: Iterable[str]
) -> dict[tuple[str, str], int]:
    """The stored feed items among those with ``guids``: ``(outlet, guid)`` to story id."""
    stored: dict[tuple[str, str], int] = {}
    for chunk in _chunks(sorted(set(guids))):
        rows = await connection.execute(
            select(story_sources.c.outlet, story_sources.c.guid, story_sources.c.story_id).where(
                story_sources.c.guid.in_(chunk)
            )
        )
        stored.update(((outlet, guid), story_id) for outlet, guid, story_id in rows)
    return stored


def _chunks(values: Sequence[_T], size: int = _CHUNK) -> Iterable[Sequence[_T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _insert(connection: AsyncConnection, table: Any) -> Any:
    """An INSERT that can ignore or update on conflict, in the connection's dialect.

    Executed with a list of rows, SQLAlchemy sends them in batches of one statement.
    """
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def _verdict_columns(verdict: RegulationVerdict) -> dict[str, Any]:
    return {
        "is_regulation": verdict.is_regulation,
        "regulation_score": verdict.score,
        "jurisdiction": verdict.jurisdiction,
        "kind": verdict.kind,
        "reason": verdict.reason,
    }


def _story_row(group: StoryGroup, seen_at: datetime) -> dict[str, Any]:
    first = group.items[0]
    best = max(group.items, key=lambda i: i.verdict.score)
    return {
        "title": first.item.title,
        "summary": first.item.summary,
        "link": first.item.link,
        "published_at": min(i.published_at for i in group.items),
        "first_seen_at": seen_at,
        **_verdict_columns(best.verdict),
    }


def _source_row(story_id: int, incoming: IncomingItem) -> dict[str, Any]:
    return {
        "story_id": story_id,
        "outlet": incoming.item.outlet[:200],
        "guid": incoming.item.guid[:2048],
        "link": incoming.item.link,
        "title": incoming.item.title,
        # NULL for an undated item, or one dated ahead of our clock (and so dated when it was
        # first seen): the story carries when that was, and pruning remembers the item.
        "published_at": (
            incoming.published_at if incoming.item.published_at == incoming.published_at else None
        ),
    }
