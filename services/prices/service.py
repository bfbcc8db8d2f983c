"""Prices for every chat from one cache: batched, single-flight, with a fallback source."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from services.errors import (
    PricesUnavailable,
    RateLimited,
    TooManyCoins,
    UnknownCoin,
    UpstreamError,
)
from services.prices.models import Coin, PriceQuote
from services.prices.universe import CoinUniverse, build_universe, coin_label

logger = logging.getLogger(__name__)


MAX_COINS_PER_REQUEST = 10
#: The most words a coin name may span in a request (``bitcoin cash abc``).
MAX_NAME_WORDS = 4
#: Longest pause we accept from a ``Retry-After``; a broken header must not silence a source.
MAX_RETRY_AFTER = 15 * 60.0


class PrimarySource(Protocol):
    """What the service needs of CoinGecko."""

    async def simple_price(
        self, coins: Sequence[Coin], currency: str
    ) -> dict[str, PriceQuote]: ...  # pragma: no cover

    async def coins_list(self) -> list[Coin]: ...  # pragma: no cover

    async def markets(self, pages: int = 2) -> list[Coin]: ...  # pragma: no cover

    async def search(self, query: str) -> list[tuple[Coin, int | None]]: ...  # pragma: no cover


class FallbackSource(Protocol):
    """What the service needs of CryptoCompare."""

    async def price_multi_full(
        self, coins: Sequence[Coin], currency: str
    ) -> dict[str, PriceQuote]: ...  # pragma: no cover


@dataclass(frozen=True, slots=True)
class PricedCoin:
    """A quote as shown to a user.

    Attributes:
        quote: the latest price we have.
        stale: the latest refresh failed, so this is the last known price; show its age.
    """

    quote: PriceQuote
    stale: bool


@dataclass(frozen=True, slots=True)
class PriceReport:
    """The answer to one price request, in the order asked.

    Attributes:
        priced: coins with a price (fresh or last known).
        unpriced: coins no source could price and of which no price is known.
        unknown: queries that name no coin, with close matches.
    """

    priced: tuple[PricedCoin, ...]
    unpriced: tuple[Coin, ...] = ()
    unknown: tuple[UnknownCoin, ...] = ()


class PriceService:
    """Every price the bot shows comes through here.

    One cache serves every chat. A scheduler job calls :meth:`refresh` every poll interval
    to price every watched coin in one batched request; user requests are served from the
    cache and fetch only coins it lacks or holds stale. However many chats ask at once, one
    upstream request per coin is in flight. CoinGecko is asked first; CryptoCompare takes
    over when it fails, rate-limits or is slower than ``hedge_after`` seconds. When both
    fail, the last known price is served, marked stale.

    Args:
        primary: the CoinGecko client.
        fallback: the CryptoCompare client.
        poll_seconds: how often :meth:`refresh` runs; a quote is fresh for about that long.
        default_coins: queries (``BTC``, ``bitcoin sv``) always watched in ``default_currency``.
        clock: returns the current Unix time.
        hedge_after: seconds to wait for CoinGecko before asking CryptoCompare as well.
        failure_pause: seconds to leave a source alone after it failed (not rate-limited).
        watch_ttl: seconds a coin stays watched after the last user asked for it.
    """

    def __init__(
        self,
        primary: PrimarySource,
        fallback: FallbackSource,
        *,
        poll_seconds: float,
        default_coins: Sequence[str] = (),
        default_currency: str = "usd",
        clock: Callable[[], float] = time.time,
        hedge_after: float = 0.8,
        failure_pause: float = 15.0,
        watch_ttl: float = 24 * 3600.0,
    ) -> None:
        self._primary = primary
        self._fallback = fallback
        self._poll_seconds = poll_seconds
        self._fresh_for = poll_seconds + max(poll_seconds * 0.5, 5.0)
        self._default_coins = tuple(default_coins)
        self._default_currency = default_currency
        self._clock = clock
        self._hedge_after = hedge_after
        self._failure_pause = failure_pause
        self._watch_ttl = watch_ttl
        self.universe = CoinUniverse.seed()
        self._cache: dict[tuple[str, str], PriceQuote] = {}
        self._inflight: dict[tuple[str, str], asyncio.Future[dict[str, PriceQuote]]] = {}
        self._watched: dict[tuple[str, str], tuple[Coin, float]] = {}
        #: When each source may be asked again after a failure.
        self._paused_until = {"coingecko": 0.0, "cryptocompare": 0.0}
        self._misses: dict[str, float] = {}
        self._searches: dict[str, asyncio.Future[Coin | None]] = {}
        #: When a fetch last failed to price a coin, by coin id and currency.
        self._failed_at: dict[tuple[str, str], float] = {}

    # --- the coin universe -------------------------------------------------------------------

    async def refresh_universe(self) -> bool:
        """Load CoinGecko's coin list and market caps; keep the old universe on failure.

        Returns:
            Whether it loaded.
        """
        try:
            markets = await self._primary.markets()
            listed = await self._primary.coins_list()
        except UpstreamError as exc:
            logger.warning("could not load the coin universe: %s", exc)
            self._note_failure("coingecko", exc)
            return False
        self.universe = build_universe(listed, markets)
        logger.info("coin universe: %d coins, %d with market caps", len(listed), len(markets))
        return True

    async def resolve(self, words: Sequence[str]) -> tuple[list[Coin], list[UnknownCoin]]:
        """The coins ``words`` name, in order without repeats, and the words that name none.

        Names may span words (``bitcoin sv``); the longest name wins. Commas separate too.

        Raises:
            TooManyCoins: more than ``MAX_COINS_PER_REQUEST`` coins asked for.
        """
        tokens = [part for word in words for part in word.split(",") if part.strip()]
        queries: list[tuple[str, Coin | None]] = []
        index = 0
        while index < len(tokens):
            for width in range(min(MAX_NAME_WORDS, len(tokens) - index), 0, -1):
                query = " ".join(tokens[index : index + width])
                coin = self.universe.resolve(query)
                if coin is not None or width == 1:
                    queries.append((query, coin))
                    index += width
                    break
        # "btc bitcoin $btc" is one coin: repeats do not count against the limit.
        distinct = {coin.id if coin else query.lower() for query, coin in queries}
        if len(distinct) > MAX_COINS_PER_REQUEST:
            raise TooManyCoins(len(distinct), MAX_COINS_PER_REQUEST)
        coins: list[Coin] = []
        unknown: list[UnknownCoin] = []
        for query, known in queries:
            coin = known or await self._search(query)
            if coin is None:
                suggestions = [coin_label(c) for c in self.universe.suggest(query)]
                unknown.append(UnknownCoin(query, suggestions))
            elif coin not in coins:
                coins.append(coin)
        return coins, unknown

    async def lookup(self, words: Sequence[str], currency: str = "usd") -> PriceReport:
        """Resolve ``words`` and price the coins they name: the whole of a ``/price`` request.

        Raises:
            TooManyCoins: more than ``MAX_COINS_PER_REQUEST`` coins asked for.
        """
        if not any(part.strip() for word in words for part in word.split(",")):
            words = self._default_coins  # "/price ,": no coin named, the watchlist then
        coins, unknown = await self.resolve(words)
        report = await self.prices(coins, currency)
        return PriceReport(report.priced, report.unpriced, tuple(unknown))

    async def _search(self, query: str) -> Coin | None:
        """Ask CoinGecko's search for a coin the local universe lacks (a word it found no
        coin for, once an hour); callers asking the same word at once share one search."""
        key = query.strip().lower()
        now = self._clock()
        if self.universe.complete or not key or now - self._misses.get(key, -3600.0) < 3600.0:
            return None
        if now < self._paused_until["coingecko"]:
            return None
        searching = self._searches.get(key)
        if searching is None:
            searching = self._searches[key] = asyncio.ensure_future(self._search_upstream(key))
            searching.add_done_callback(lambda _done: self._searches.pop(key, None))
        return await asyncio.shield(searching)

    async def _search_upstream(self, key: str) -> Coin | None:
        try:
            found = await self._primary.search(key)
        except UpstreamError as exc:
            # Not a miss: the word may well name a coin. CoinGecko is left alone a while, so
            # the request's other words do not wait for it each in turn.
            logger.info("coin search for %r failed: %s", key, exc)
            self._note_failure("coingecko", exc)
            return None
        coin = CoinUniverse(coin for coin, _rank in found).resolve(key)
        if coin is None:
            self._misses[key] = self._clock()
        else:
            self.universe = self.universe.with_coins([coin])
        return coin

    # --- prices ------------------------------------------------------------------------------

    async def prices(self, coins: Sequence[Coin], currency: str = "usd") -> PriceReport:
        """Price ``coins`` for a user: from the cache, fetching only what it lacks or holds stale.

        The coins become watched, so the scheduler keeps them fresh from now on.
        """
        now = self._clock()
        for coin in coins:
            self._watched[(coin.id, currency)] = (coin, now)
        # A coin no source could price a moment ago is not asked again at every request: the
        # requests would grow with the users while the sources are down.
        lacking = [
            coin
            for coin in coins
            if not self._is_fresh(coin, currency, now)
            and now - self._failed_at.get((coin.id, currency), -math.inf) >= self._poll_seconds
        ]
        if lacking:
            await self._fetch(lacking, currency)
        now = self._clock()
        priced: list[PricedCoin] = []
        unpriced: list[Coin] = []
        for coin in coins:
            quote = self._cache.get((coin.id, currency))
            if quote is None:
                unpriced.append(coin)
            else:
                priced.append(PricedCoin(quote, stale=now - quote.fetched_at > self._fresh_for))
        return PriceReport(tuple(priced), tuple(unpriced))

    def watched(self, currency: str) -> list[Coin]:
        """Every coin kept fresh in ``currency``: the defaults and what users asked for lately."""
        now = self._clock()
        for key, (_coin, asked_at) in list(self._watched.items()):
            if now - asked_at > self._watch_ttl:
                del self._watched[key]
        coins: dict[str, Coin] = {}
        if currency == self._default_currency:
            for query in self._default_coins:
                coin = self.universe.resolve(query)
                if coin is not None:
                    coins[coin.id] = coin
        for (coin_id, watched_currency), (coin, _asked_at) in self._watched.items():
            if watched_currency == currency:
                coins.setdefault(coin_id, coin)
        return list(coins.values())

    def currencies(self) -> set[str]:
        """Every currency some watched coin is quoted in."""
        return {self._default_currency} | {currency for _id, currency in self._watched}

    async def refresh(self) -> dict[str, dict[str, PriceQuote]]:
        """Re-price every watched coin, one batched request per currency.

        Returns:
            The quotes fetched, by currency then coin id; coins that failed are left out.
        """
        fetched: dict[str, dict[str, PriceQuote]] = {}
        for currency in sorted(self.currencies()):
            coins = self.watched(currency)
            if coins:
                fetched[currency] = await self._fetch(coins, currency)
        return fetched

    # --- internals ---------------------------------------------------------------------------

    def _is_fresh(self, coin: Coin, currency: str, now: float) -> bool:
        quote = self._cache.get((coin.id, currency))
        return quote is not None and now - quote.fetched_at <= self._fresh_for

    async def _fetch(self, coins: Sequence[Coin], currency: str) -> dict[str, PriceQuote]:
        """Fetch ``coins`` into the cache, joining requests already in flight for any of them."""
        joined: list[asyncio.Future[dict[str, PriceQuote]]] = []
        own: list[Coin] = []
        for coin in coins:
            future = self._inflight.get((coin.id, currency))
            if future is None:
                own.append(coin)
            elif future not in joined:
                joined.append(future)
        results: dict[str, PriceQuote] = {}
        if own:
            future = asyncio.get_running_loop().create_future()
            keys = [(coin.id, currency) for coin in own]
            for key in keys:
                self._inflight[key] = future
            got: dict[str, PriceQuote] = {}
            try:
                try:
                    got = await self._from_sources(own, currency)
                except PricesUnavailable as exc:
                    logger.warning("no price source answered for %d coins: %s", len(own), exc)
                for coin_id, quote in got.items():
                    self._cache[(coin_id, currency)] = quote
                    self._failed_at.pop((coin_id, currency), None)
                failed_at = self._clock()
                for coin in own:
                    if coin.id not in got:
                        self._failed_at[(coin.id, currency)] = failed_at
            finally:
                for key in keys:
                    if self._inflight.get(key) is future:
                        del self._inflight[key]
                # Waiters see a failure, or our cancellation, as "nothing new".
                future.set_result(got)
            results.update(got)
        for future in joined:
            results.update(await asyncio.shield(future))
        return results

    async def _from_sources(self, coins: Sequence[Coin], currency: str) -> dict[str, PriceQuote]:
        """Ask CoinGecko, hedged by CryptoCompare; the first answer wins, and the other source
        is asked for what it left out.

        CryptoCompare knows one coin per ticker: it is asked only for coins that are the
        largest of their ticker, or it would price a small "BTC" as Bitcoin.

        Raises:
            PricesUnavailable: no source priced any of ``coins``.
        """
        errors: list[str] = []
        results: dict[str, PriceQuote] = {}
        pending: dict[asyncio.Task[dict[str, PriceQuote]], str] = {}
        wanted = {coin.id for coin in coins}
        try:
            if self._clock() >= self._paused_until["coingecko"]:
                task = asyncio.create_task(self._primary.simple_price(coins, currency))
                pending[task] = "coingecko"
                done, _ = await asyncio.wait(pending, timeout=self._hedge_after)
                for task in done:
                    results.update(self._outcome(task, pending.pop(task), errors))
                if wanted <= results.keys():
                    return results
            fallback = [
                coin
                for coin in coins
                if coin.id not in results and self.universe.resolve(coin.symbol) in (coin, None)
            ]
            if fallback and self._clock() >= self._paused_until["cryptocompare"]:
                task = asyncio.create_task(self._fallback.price_multi_full(fallback, currency))
                pending[task] = "cryptocompare"
            while pending and not wanted <= results.keys():
                done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    for coin_id, quote in self._outcome(task, pending.pop(task), errors).items():
                        results.setdefault(coin_id, quote)
        finally:
            for task in pending:
                task.cancel()
        if not results:
            raise PricesUnavailable("; ".join(errors) or "both sources paused")
        return results

    def _outcome(
        self, task: asyncio.Task[dict[str, PriceQuote]], source: str, errors: list[str]
    ) -> dict[str, PriceQuote]:
        """A finished source request's quotes; none after noting why it failed."""
        try:
            result = task.result()
        except UpstreamError as exc:
            errors.append(str(exc))
            logger.warning("price source failed: %s", exc)
            self._note_failure(source, exc)
            return {}
        if not result:
            errors.append(f"{source}: no quotes")
        return result

    def _note_failure(self, source: str, exc: UpstreamError) -> None:
        """Leave a failed source alone for a while (as long as it asks, when rate-limited)."""
        pause = self._failure_pause
        if isinstance(exc, RateLimited):
            pause = min(max(exc.retry_after, 1.0), MAX_RETRY_AFTER)
        self._paused_until[source] = self._clock() + pause
