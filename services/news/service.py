"""The news side: poll feeds, keep one story per event, answer ``/news``."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar

from services.backoff import doubling_delay
from services.news.dedup import StoryMatcher, StorySignature, signature
from services.news.feeds import FeedRequest, FeedResponse
from services.news.models import FeedItem
from services.news.parsing import ParsedFeed, parse_feed
from services.news.regulation import RegulationVerdict, classify
from services.news.store import (
    FeedState,
    IncomingItem,
    Ingested,
    Story,
    StoryGroup,
    StoryStore,
    Wording,
)

logger = logging.getLogger(__name__)

#: How far apart two outlets' items of one story may be published.
DEDUP_WINDOW = timedelta(hours=36)
#: How long stories are remembered for matching: an item may be read up to a window after it
#: was published (its feed was down, or lags), and then match a story a window before that.
MATCH_MEMORY = 2 * DEDUP_WINDOW
#: Items read of one feed at one poll, the newest: outlets' feeds carry 10 to 100; more is
#: an archive or a flood, and would only cost memory and time.
MAX_ITEMS_PER_FEED = 200
#: A feed failing this many polls in a row rests between tries (see :func:`retry_delay`).
RETRY_AFTER_FAILURES = 3
FIRST_RETRY_DELAY = timedelta(minutes=1)
MAX_RETRY_DELAY = timedelta(hours=1)
#: Items matched between two chances for the event loop to run something else.
YIELD_EVERY = 50
_T = TypeVar("_T")


class Fetcher(Protocol):
    """What the service needs of :class:`services.news.feeds.FeedFetcher`."""

    async def fetch_all(
        self, requests: Sequence[FeedRequest]
    ) -> list[FeedResponse]: ...  # pragma: no cover


class Offload(Protocol):
    """Runs a CPU-bound function away from the event loop: a thread, or another process.

    The function and its arguments must be picklable for a process pool: the service passes
    module-level functions and plain values only.
    """

    def __call__(self, func: Callable[..., _T], /, *args: Any) -> Awaitable[_T]: ...


class Tagger(Protocol):
    """What the service needs of :class:`services.news.coins.CoinTagger`."""

    def tag(self, title: str, summary: str = "") -> frozenset[str]: ...  # pragma: no cover


@dataclass(frozen=True, slots=True)
class PollReport:
    """What one poll did.

    Attributes:
        fetched: feeds whose content was read and parsed.
        unchanged: feeds that answered 304 or sent the same bytes as last time.
        failed: feeds that were down, slow, too large or not a feed, with why.
        new_items: items not seen before.
        new_stories: ids of the stories created (an item of a known story adds an outlet).
        seconds: how long the poll took.
        resting: feeds not asked this time: they failed at the last polls (see
            :func:`retry_delay`). A restart asks them all again.
    """

    fetched: int
    unchanged: int
    failed: dict[str, str]
    new_items: int
    new_stories: tuple[int, ...]
    seconds: float
    resting: int = 0


@dataclass(frozen=True, slots=True)
class _Analysed:
    item: FeedItem
    published_at: datetime
    verdict: RegulationVerdict
    coins: frozenset[str]
    sig: StorySignature


class NewsService:
    """Feeds in, stories out.

    Args:
        fetcher: fetches feeds (conditional GET, timeouts, size cap).
        store: the story store.
        feed_urls: the feeds to poll.
        tagger: returns the coin tagger of the current coin universe.
        retention: how long stories are kept; older items are not ingested.
        clock: returns the current time, timezone-aware UTC.
        offload: where parsing and classifying run; a worker thread by default. The bot
            passes a process pool, so that a large poll never slows its replies.
        parallel: how many jobs ``offload`` runs at once; a large poll is split into that
            many parts.
    """

    def __init__(
        self,
        fetcher: Fetcher,
        store: StoryStore,
        feed_urls: Sequence[str],
        *,
        tagger: Callable[[], Tagger],
        retention: timedelta = timedelta(days=30),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        offload: Offload = asyncio.to_thread,
        parallel: int = 1,
    ) -> None:
        self._fetcher = fetcher
        self._store = store
        self._feed_urls = list(dict.fromkeys(feed_urls))
        self._tagger = tagger
        self._retention = retention
        self._clock = clock
        self._offload = offload
        self._parallel = max(1, parallel)
        self._matcher = StoryMatcher(window=DEDUP_WINDOW)
        #: The last stored wording the matcher has learned (see :meth:`_catch_up`).
        self._learned_up_to = 0
        #: The stories this instance stored at its last poll, whose wordings it knows.
        self._just_stored: set[int] = set()
        self._started = False  # the first poll asks every feed, resting or not
        self._lock = asyncio.Lock()
        self._stopping = False
        self._running: asyncio.Task[PollReport] | None = None

    @property
    def store(self) -> StoryStore:
        """The story store, for queries."""
        return self._store

    async def poll(self) -> PollReport:
        """Fetch every feed, store what is new; never two polls at once.

        Raises:
            PollStopped: :meth:`stop` was called, before or during the poll.
        """
        async with self._lock:
            if self._stopping:
                raise PollStopped
            self._running = running = asyncio.ensure_future(self._poll())
            try:
                return await running
            except asyncio.CancelledError:
                this = asyncio.current_task()
                if running.cancelled() and not (this is not None and this.cancelling()):
                    raise PollStopped from None  # cancelled by stop(), not the caller
                raise
            finally:
                self._running = None

    def stop(self) -> None:
        """Stop polling, at shutdown: a poll in progress ends now rather than when its
        slowest feed times out. What it had not stored yet is fetched again at the next start
        (a poll stores everything in one transaction, or nothing)."""
        self._stopping = True
        if self._running is not None:
            self._running.cancel()

    async def _poll(self) -> PollReport:
        started = time.perf_counter()
        now = self._clock()
        if not self._learned_up_to:
            # After a restart, the bulk of the last hours, outside the ingest turn; later
            # polls learn what others stored inside it (below).
            await self._catch_up(now)
        known = await self._store.feed_states(self._feed_urls)
        states = {url: s for url, s in known.items() if not self._started or _due(s, now)}
        self._started = True
        responses = await self._fetcher.fetch_all(
            [FeedRequest(url, states[url].etag, states[url].last_modified) for url in states]
        )
        failed: dict[str, str] = {}
        unchanged = 0
        changed: list[tuple[FeedResponse, str]] = []
        for response in responses:
            state = states[response.url]
            state.polled_at = now
            state.etag, state.last_modified = response.etag, response.last_modified
            if response.error is not None:
                failed[response.url] = response.error
                state.status, state.failures = response.error, state.failures + 1
                continue
            digest = hashlib.sha256(response.body).hexdigest() if response.body else None
            if response.not_modified or (digest and digest == state.content_hash):
                unchanged += 1
                state.status, state.failures = "unchanged", 0
                continue
            changed.append((response, digest or ""))
        parsed = await self._parse([response for response, _ in changed])
        items: list[FeedItem] = []
        read = 0
        for (response, digest), feed in zip(changed, parsed, strict=True):
            state = states[response.url]
            if feed.malformed and not feed.items:
                failed[response.url] = "not a feed, or malformed"
                state.status, state.failures = "malformed", state.failures + 1
                logger.warning("feed %s skipped: not a feed, or malformed", response.url)
                continue
            state.outlet, state.content_hash = feed.outlet, digest
            state.status, state.failures = f"ok: {len(feed.items)} items", 0
            items.extend(newest(feed.items, MAX_ITEMS_PER_FEED))
            read += 1
        fresh = await self._new_items(items, now)
        analysed = await self._analyse(fresh, now)
        groups, ingested = await self._store_analysed(analysed, now)
        new_stories = []
        for group, story_id in zip(groups, ingested.ids, strict=True):
            for entry in group.entries:
                self._matcher.add(story_id, entry.sig, entry.published_at)
            if story_id in ingested.created:
                new_stories.append(story_id)
        # Nothing older than the retention is matched: it may be pruned.
        self._matcher.prune(max(now - MATCH_MEMORY, now - self._retention))
        await self._store.save_feed_states(list(states.values()))
        report = PollReport(
            fetched=read,
            unchanged=unchanged,
            failed=failed,
            new_items=len(analysed),
            new_stories=tuple(new_stories),
            seconds=time.perf_counter() - started,
            resting=len(known) - len(states),
        )
        # A poll that finds nothing new is not worth a line at every poll.
        logger.log(
            logging.INFO if report.new_items or report.failed else logging.DEBUG,
            "news poll: %d feeds read, %d unchanged, %d failed, %d resting; %d new items, "
            "%d new stories in %.2fs",
            report.fetched,
            report.unchanged,
            len(report.failed),
            report.resting,
            report.new_items,
            len(report.new_stories),
            report.seconds,
        )
        return report

    async def _store_analysed(
        self, analysed: list[_Analysed], now: datetime
    ) -> tuple[list[_Group], Ingested]:
        """Group new items into stories and store them, in one ingest turn."""
        if not analysed:
            return [], Ingested([], frozenset())
        async with self._store.ingesting() as session:
            # Others' stories stored while this poll fetched: matched under the same turn as
            # the storing, or two instances polling at once would each store one story twice.
            await self._catch_up(now, session.wordings_after)
            groups = await self._group(analysed)
            ingested = await session.ingest([g.to_store() for g in groups], now)
        self._just_stored = set(ingested.ids)
        return groups, ingested

    async def _parse(self, responses: list[FeedResponse]) -> list[ParsedFeed]:
        """Parse feeds in ``parallel`` parts of about equal size, in their order."""
        parts = balanced_parts([len(r.body or b"") for r in responses], self._parallel)
        results = await asyncio.gather(
            *(self._offload(_parse_all, [responses[i] for i in part]) for part in parts)
        )
        parsed: dict[int, ParsedFeed] = {}
        for part, feeds in zip(parts, results, strict=True):
            parsed.update(zip(part, feeds, strict=True))
        return [parsed[index] for index in range(len(responses))]

    async def _analyse(self, items: list[FeedItem], now: datetime) -> list[_Analysed]:
        """Classify, tag and sign items in ``parallel`` parts, in their order."""
        tagger = self._tagger()
        size = -(-len(items) // self._parallel) or 1
        results = await asyncio.gather(
            *(
                self._offload(_analyse, items[start : start + size], now, self._retention, tagger)
                for start in range(0, len(items), size)
            )
        )
        return [entry for part in results for entry in part]

    async def _catch_up(self, now: datetime, read: WordingReader | None = None) -> None:
        """Teach the de-duplicator every wording stored since it last looked: at the first
        poll, the last hours' stories (after a restart); at the others, what another instance
        on the same database stored. Its own last poll's wordings it knows already."""
        read = read or self._store.wordings_after
        wordings, self._learned_up_to = await read(self._learned_up_to, now - MATCH_MEMORY)
        wordings = [w for w in wordings if w.story_id not in self._just_stored]
        if not wordings:
            return
        # Signing is CPU work: a restart's few thousand wordings go to the workers.
        sigs = await self._offload(_sign_all, [(w.title, w.summary) for w in wordings])
        for wording, sig in zip(wordings, sigs, strict=True):
            self._matcher.add(wording.story_id, sig, wording.published_at)

    async def _new_items(self, items: list[FeedItem], now: datetime) -> list[FeedItem]:
        """Items not stored yet, each once (feeds repeat items, and outlets their guids)."""
        unique: dict[tuple[str, str], FeedItem] = {}
        for item in items:
            unique.setdefault((item.outlet, item.guid[:2048]), item)
        known = await self._store.known_items(unique)
        return [item for key, item in unique.items() if key not in known]

    async def _group(self, analysed: list[_Analysed]) -> list[_Group]:
        """Put items of one story together: with a stored story, or with each other."""
        groups: list[_Group] = []
        batch = StoryMatcher(window=DEDUP_WINDOW)  # keys: indexes into ``groups``
        group_of_story: dict[int, int] = {}
        for count, entry in enumerate(sorted(analysed, key=lambda a: a.published_at), 1):
            if count % YIELD_EVERY == 0:
                await asyncio.sleep(0)  # let replies through during a large poll
            index = batch.match(entry.sig, entry.published_at)
            if not isinstance(index, int):
                story_id = self._matcher.match(entry.sig, entry.published_at)
                if isinstance(story_id, int) and story_id in group_of_story:
                    index = group_of_story[story_id]
                else:
                    index = len(groups)
                    known = story_id if isinstance(story_id, int) else None
                    groups.append(_Group(known, []))
                    if known is not None:
                        group_of_story[known] = index
            groups[index].entries.append(entry)
            batch.add(index, entry.sig, entry.published_at)
        return groups

    async def latest(
        self,
        limit: int,
        *,
        regulation: bool = False,
        jurisdiction: str | None = None,
        coin_id: str | None = None,
    ) -> list[Story]:
        """The newest stories within the retention period."""
        return await self._store.latest(
            limit,
            regulation=regulation,
            jurisdiction=jurisdiction,
            coin_id=coin_id,
            since=self._clock() - self._retention,
        )

    async def prune(self) -> int:
        """Delete stories past the retention period; return how many."""
        async with self._lock:  # never between a poll's matching and its storing
            pruned = await self._store.prune(self._clock() - self._retention)
        if pruned:
            logger.info("pruned %d stories older than %s", pruned, self._retention)
        return pruned


#: Reads the wordings stored after a row, of stories published since a time.
WordingReader = Callable[[int, datetime], Awaitable[tuple[list[Wording], int]]]


class PollStopped(Exception):
    """The news service was stopped (the bot is shutting down)."""


@dataclass(slots=True)
class _Group:
    """Items of one story found in one poll: a new story, or one stored before."""

    story_id: int | None
    entries: list[_Analysed]

    def to_store(self) -> StoryGroup:
        return StoryGroup(
            self.story_id,
            [IncomingItem(e.item, e.published_at, e.verdict, e.coins) for e in self.entries],
        )


def retry_delay(failures: int) -> timedelta:
    """How long a feed that failed ``failures`` polls in a row rests before it is asked
    again: not at all for the first two failures, then a minute, doubling up to an hour."""
    if failures < RETRY_AFTER_FAILURES:
        return timedelta(0)
    return timedelta(
        seconds=doubling_delay(
            failures - RETRY_AFTER_FAILURES,
            FIRST_RETRY_DELAY.total_seconds(),
            MAX_RETRY_DELAY.total_seconds(),
        )
    )


def _due(state: FeedState, now: datetime) -> bool:
    return state.polled_at is None or now - state.polled_at >= retry_delay(state.failures)


def newest(items: Sequence[FeedItem], limit: int) -> Sequence[FeedItem]:
    """The ``limit`` newest items: by date when every item has one, else the feed's first
    (feeds list their newest first)."""
    if len(items) <= limit:
        return items
    dated = [(item.published_at, item) for item in items if item.published_at is not None]
    if len(dated) < len(items):
        return items[:limit]
    return [item for _, item in sorted(dated, key=lambda pair: pair[0], reverse=True)[:limit]]


def balanced_parts(sizes: Sequence[int], parts: int) -> list[list[int]]:
    """Indexes of ``sizes`` dealt into at most ``parts`` non-empty parts of about equal sum.

    The largest go first, each to the lightest part; each part keeps its indexes in order.
    """
    loads = [0] * max(1, parts)
    dealt: list[list[int]] = [[] for _ in loads]
    for index in sorted(range(len(sizes)), key=lambda i: -sizes[i]):
        lightest = loads.index(min(loads))
        loads[lightest] += sizes[index]
        dealt[lightest].append(index)
    return [sorted(part) for part in dealt if part]


def _parse_all(responses: list[FeedResponse]) -> list[ParsedFeed]:
    """Parse feeds (runs in a worker thread: feedparser is slow, pure Python)."""
    return [
        parse_feed(
            response.body or b"",
            response.location or response.url,
            content_type=response.content_type,
        )
        for response in responses
    ]


def _sign_all(texts: list[tuple[str, str]]) -> list[StorySignature]:
    """Sign titles with their summaries (runs in a worker)."""
    return [signature(title, summary) for title, summary in texts]


def _analyse(
    items: list[FeedItem], now: datetime, retention: timedelta, tagger: Tagger
) -> list[_Analysed]:
    """Classify, tag and sign new items (runs in a worker thread: it is all CPU)."""
    oldest = now - retention
    analysed = []
    for item in items:
        # A feed's clock may run ahead, or give no date: we never list a story as newer
        # than the moment we first saw it.
        published = min(item.published_at or now, now)
        if published < oldest:
            continue
        analysed.append(
            _Analysed(
                item=item,
                published_at=published,
                verdict=classify(item.title, item.summary),
                coins=tagger.tag(item.title, item.summary),
                sig=signature(item.title, item.summary),
            )
        )
    return analysed
