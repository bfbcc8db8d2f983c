"""The price service: one cache for every chat, single-flight, fallback and stale prices."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest

from services.errors import TooManyCoins
from services.prices.coingecko import CoinGeckoClient
from services.prices.cryptocompare import CryptoCompareClient
from services.prices.service import PriceService
from tests.fakes.coingecko import FakeCoinGecko, Market
from tests.fakes.cryptocompare import FakeCryptoCompare


class Clock:
    """A clock tests move by hand."""

    def __init__(self) -> None:
        self.now = 1_764_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Rig:
    service: PriceService
    coingecko: FakeCoinGecko
    cryptocompare: FakeCryptoCompare
    clock: Clock

    @property
    def price_requests(self) -> int:
        return self.coingecko.count("/simple/price")


@pytest.fixture
async def rig(aiohttp_server: Any) -> AsyncIterator[Rig]:
    coingecko, cryptocompare, clock = FakeCoinGecko(), FakeCryptoCompare(), Clock()
    cg_server = await aiohttp_server(coingecko.app())
    cc_server = await aiohttp_server(cryptocompare.app())
    async with aiohttp.ClientSession() as http:
        service = PriceService(
            CoinGeckoClient(http, str(cg_server.make_url("")), timeout=1.0, clock=clock),
            CryptoCompareClient(http, str(cc_server.make_url("")), timeout=1.0, clock=clock),
            poll_seconds=60,
            default_coins=["BSV", "BTC", "BCH", "LTC", "DOGE"],
            clock=clock,
            hedge_after=0.3,
        )
        yield Rig(service, coingecko, cryptocompare, clock)


async def test_many_chats_at_once_make_one_upstream_request(rig: Rig) -> None:
    rig.coingecko.delay = 0.05  # all requests arrive while the first is in flight
    reports = await asyncio.gather(*(rig.service.lookup(["btc"]) for _ in range(200)))
    assert rig.price_requests == 1
    assert {r.priced[0].quote.price for r in reports} == {63733.21}


async def test_overlapping_requests_share_the_coins_in_flight(rig: Rig) -> None:
    rig.coingecko.delay = 0.05
    await asyncio.gather(
        rig.service.lookup(["btc", "eth"]),
        rig.service.lookup(["eth", "doge"]),
        rig.service.lookup(["eth"]),
    )
    asked = sorted(q["ids"] for path, q in rig.coingecko.requests if path == "/simple/price")
    assert asked == ["bitcoin,ethereum", "dogecoin"]


async def test_warm_cache_answers_without_upstream_requests(rig: Rig) -> None:
    await rig.service.refresh()
    before = rig.price_requests
    report = await rig.service.lookup(["BSV", "btc", "Bitcoin Cash", "ltc", "doge"])
    assert [p.quote.coin.symbol for p in report.priced] == ["BSV", "BTC", "BCH", "LTC", "DOGE"]
    assert rig.price_requests == before == 1


async def test_refresh_prices_every_watched_coin_in_one_request(rig: Rig) -> None:
    await rig.service.lookup(["eth"])
    await rig.service.lookup(["shib", "sol"])
    rig.clock.now += 61
    await rig.service.refresh()
    last = [q for path, q in rig.coingecko.requests if path == "/simple/price"][-1]
    assert set(last["ids"].split(",")) == {
        "bitcoin-cash-sv",
        "bitcoin",
        "bitcoin-cash",
        "litecoin",
        "dogecoin",
        "ethereum",
        "shiba-inu",
        "solana",
    }


async def test_coins_nobody_asked_for_lately_stop_being_watched(rig: Rig) -> None:
    await rig.service.lookup(["eth"])
    assert "ethereum" in {c.id for c in rig.service.watched("usd")}
    rig.clock.now += 25 * 3600
    assert "ethereum" not in {c.id for c in rig.service.watched("usd")}
    assert "bitcoin" in {c.id for c in rig.service.watched("usd")}  # a default, always


async def test_stale_quote_is_fetched_again(rig: Rig) -> None:
    await rig.service.lookup(["btc"])
    rig.coingecko.markets["bitcoin"].price = 65000.0
    rig.clock.now += 30
    assert (await rig.service.lookup(["btc"])).priced[0].quote.price == 63733.21
    rig.clock.now += 61  # past the poll interval and its grace (90 s in all)
    assert (await rig.service.lookup(["btc"])).priced[0].quote.price == 65000.0
    assert rig.price_requests == 2


@pytest.mark.parametrize("mode", ["429", "500", "html", "badjson", "down"])
async def test_cryptocompare_takes_over_when_coingecko_fails(rig: Rig, mode: str) -> None:
    rig.coingecko.mode = mode
    report = await rig.service.lookup(["btc", "doge"])
    assert [(p.quote.source, p.stale) for p in report.priced] == [
        ("cryptocompare", False),
        ("cryptocompare", False),
    ]
    assert report.priced[0].quote.price == pytest.approx(63733.21 * 1.001)


async def test_cryptocompare_takes_over_when_coingecko_times_out(rig: Rig) -> None:
    rig.coingecko.mode, rig.coingecko.delay = "slow", 5.0
    started = time.monotonic()
    report = await rig.service.lookup(["btc"])
    assert report.priced[0].quote.source == "cryptocompare"
    # Hedged: CryptoCompare is asked after 0.3 s, not after CoinGecko's 1 s timeout.
    assert time.monotonic() - started < 0.9


async def test_retry_after_is_honoured(rig: Rig) -> None:
    rig.coingecko.mode, rig.coingecko.retry_after = "429", "30"
    await rig.service.lookup(["btc"])
    rig.coingecko.mode = "ok"
    rig.clock.now += 20
    await rig.service.lookup(["eth"])
    assert rig.price_requests == 1  # still paused: CryptoCompare answered
    assert len(rig.cryptocompare.requests) == 2
    rig.clock.now += 11
    report = await rig.service.lookup(["doge"])
    assert report.priced[0].quote.source == "coingecko"
    assert rig.price_requests == 2


async def test_both_sources_down_serves_last_known_price_marked_stale(rig: Rig) -> None:
    await rig.service.lookup(["btc"])
    rig.coingecko.mode, rig.cryptocompare.mode = "500", "500"
    rig.clock.now += 600
    report = await rig.service.lookup(["btc", "eth"])
    [btc] = report.priced
    assert (btc.quote.price, btc.stale) == (63733.21, True)
    assert [c.id for c in report.unpriced] == ["ethereum"]


async def test_resolve_names_across_words_and_commas(rig: Rig) -> None:
    coins, unknown = await rig.service.resolve(["bitcoin", "sv", "eth,doge", "Bitcoin", "cash"])
    assert [c.id for c in coins] == ["bitcoin-cash-sv", "ethereum", "dogecoin", "bitcoin-cash"]
    assert unknown == []


async def test_unknown_coin_is_searched_then_suggested(rig: Rig) -> None:
    coins, unknown = await rig.service.resolve(["batcat", "etherium"])
    assert [c.id for c in coins] == ["batcat"]  # not a seed coin: found by /search
    [missing] = unknown
    assert missing.query == "etherium"
    assert missing.suggestions[0] == "ETH (Ethereum)"
    # Each miss is searched once an hour at most.
    await rig.service.resolve(["etherium"])
    assert rig.coingecko.count("/search") == 2


async def test_more_than_ten_coins_is_refused(rig: Rig) -> None:
    with pytest.raises(TooManyCoins) as caught:
        await rig.service.resolve([f"c{i}" for i in range(11)])
    assert (caught.value.asked, caught.value.limit) == (11, 10)


async def test_universe_resolves_ticker_collisions_by_market_cap(rig: Rig) -> None:
    await rig.service.refresh_universe()
    universe = rig.service.universe
    assert universe.complete
    assert [universe.resolve(q).id for q in ("btc", "eth", "doge")] == [  # type: ignore[union-attr]
        "bitcoin",
        "ethereum",
        "dogecoin",
    ]
    # With the full list known, a miss needs no search.
    await rig.service.resolve(["nothing-like-this"])
    assert rig.coingecko.count("/search") == 0


async def test_failed_universe_load_keeps_the_seed(rig: Rig) -> None:
    rig.coingecko.mode = "500"
    await rig.service.refresh_universe()
    assert not rig.service.universe.complete
    assert rig.service.universe.resolve("bsv").id == "bitcoin-cash-sv"  # type: ignore[union-attr]


# --- sources that fail, leave coins out, or cannot tell coins apart ---------------------------


async def test_cryptocompare_never_prices_a_small_coin_as_the_big_one_of_its_ticker(
    rig: Rig,
) -> None:
    await rig.service.refresh_universe()  # batcat, a small "BTC", is known
    rig.coingecko.mode = "500"  # CryptoCompare answers: its "BTC" is Bitcoin
    report = await rig.service.lookup(["bitcoin", "batcat"])
    assert [p.quote.coin.id for p in report.priced] == ["bitcoin"]
    assert [coin.id for coin in report.unpriced] == ["batcat"]
    assert rig.cryptocompare.requests[-1]["fsyms"] == "BTC"


async def test_a_slow_coingecko_still_prices_a_small_coin_itself(rig: Rig) -> None:
    await rig.service.refresh_universe()
    rig.coingecko.delay = 0.6  # slower than the hedge: CryptoCompare is asked too
    report = await rig.service.lookup(["batcat"])
    (priced,) = report.priced
    assert (priced.quote.coin.id, priced.quote.source) == ("batcat", "coingecko")
    assert priced.quote.price < 1


async def test_a_coin_coingecko_leaves_out_is_asked_of_cryptocompare(rig: Rig) -> None:
    await rig.service.refresh_universe()
    del rig.coingecko.markets["litecoin"]
    report = await rig.service.lookup(["btc", "ltc"])
    assert [(p.quote.coin.symbol, p.quote.source) for p in report.priced] == [
        ("BTC", "coingecko"),
        ("LTC", "cryptocompare"),
    ]
    assert rig.cryptocompare.requests[-1]["fsyms"] == "LTC"


async def test_a_price_of_zero_is_no_price(rig: Rig) -> None:
    rig.coingecko.markets["bitcoin"].price = 0.0
    (priced,) = (await rig.service.lookup(["btc"])).priced
    assert (priced.quote.source, priced.quote.price > 0) == ("cryptocompare", True)


async def test_requests_do_not_grow_with_users_while_both_sources_are_down(rig: Rig) -> None:
    rig.coingecko.mode = "500"
    rig.cryptocompare.mode = "500"
    for _user in range(50):  # 50 asks within 5 s, less than a poll interval
        report = await rig.service.lookup(["btc"])
        assert [coin.symbol for coin in report.unpriced] == ["BTC"]
        rig.clock.now += 0.1
    assert rig.price_requests + len(rig.cryptocompare.requests) == 2


async def test_requests_do_not_grow_with_users_for_a_coin_no_source_prices(rig: Rig) -> None:
    await rig.service.refresh_universe()
    del rig.coingecko.markets["dogecoin-2"]  # listed, but no price data
    rig.cryptocompare.markets.pop("DOGE")
    for _user in range(50):
        await rig.service.lookup(["dogecoin 2.0"])
        rig.clock.now += 0.1
    assert rig.price_requests + len(rig.cryptocompare.requests) <= 2


def _list_kaspa(rig: Rig) -> None:
    rig.coingecko.markets["kaspa"] = Market(
        "kaspa", "kas", "Kaspa", 0.1234, 2.0, 90_000_000, 3.0e9
    )


async def test_a_failed_search_is_no_verdict_on_the_coin(rig: Rig) -> None:
    _list_kaspa(rig)  # the coin list is not loaded: words beyond the seed coins are searched
    rig.coingecko.mode = "500"
    assert [u.query for u in (await rig.service.lookup(["kaspa"])).unknown] == ["kaspa"]
    rig.coingecko.mode = "ok"
    rig.clock.now += 120  # CoinGecko is back, and its pause over
    (priced,) = (await rig.service.lookup(["kaspa"])).priced
    assert (priced.quote.coin.symbol, priced.quote.price) == ("KAS", 0.1234)


async def test_asks_for_a_new_coin_at_once_share_one_search(rig: Rig) -> None:
    _list_kaspa(rig)
    rig.coingecko.delay = 0.05
    reports = await asyncio.gather(*(rig.service.lookup(["kaspa"]) for _ in range(3)))
    assert [[p.quote.coin.symbol for p in report.priced] for report in reports] == [["KAS"]] * 3
    assert rig.coingecko.count("/search") == 1
