"""The CoinGecko and CryptoCompare clients against local servers speaking their real formats."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from services.errors import BadPayload, RateLimited, UpstreamUnavailable
from services.prices.coingecko import (
    CoinGeckoClient,
    parse_coins_list,
    parse_markets,
    parse_search,
    parse_simple_price,
)
from services.prices.cryptocompare import CryptoCompareClient, parse_pricemultifull
from services.prices.models import Coin
from tests.fakes.coingecko import FakeCoinGecko
from tests.fakes.cryptocompare import FakeCryptoCompare
from tests.fakes.server import fixture_json

BTC = Coin("bitcoin", "BTC", "Bitcoin")
ETH = Coin("ethereum", "ETH", "Ethereum")
SHIB = Coin("shiba-inu", "SHIB", "Shiba Inu")


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def _coingecko(
    aiohttp_server: Any, http: aiohttp.ClientSession, **kw: Any
) -> tuple[FakeCoinGecko, CoinGeckoClient]:
    fake = FakeCoinGecko()
    server = await aiohttp_server(fake.app())
    return fake, CoinGeckoClient(http, str(server.make_url("")), clock=lambda: 5000.0, **kw)


# --- the real captured payloads ------------------------------------------------------------


def test_parse_real_simple_price_with_every_field() -> None:
    payload = fixture_json("coingecko/simple_price_bitcoin_usd_include_all_2020-03-02.json")
    quotes = parse_simple_price(payload, [BTC, ETH], "usd", fetched_at=1583162460.0)
    assert list(quotes) == ["bitcoin"]
    q = quotes["bitcoin"]
    assert (q.price, q.updated_at, q.fetched_at, q.source) == (
        8836.83,
        1583162452,
        1583162460.0,
        "coingecko",
    )
    assert q.change_24h_pct == pytest.approx(2.83953864074271)
    assert q.volume_24h == pytest.approx(47478012784.67546)
    assert q.market_cap == pytest.approx(161255769311.96457)


def test_parse_real_minimal_simple_price() -> None:
    payload = fixture_json("coingecko/jkorf_simple_price.json")
    q = parse_simple_price(payload, [ETH], "usd", fetched_at=7.0)["ethereum"]
    assert (q.price, q.change_24h_pct, q.volume_24h, q.updated_at) == (1498.64, None, None, 7.0)


def test_parse_real_markets_list_and_search() -> None:
    [btc] = parse_markets(fixture_json("coingecko/jkorf_coins_markets.json"))
    assert btc == Coin("bitcoin", "BTC", "Bitcoin", 1381651251183)
    listed = parse_coins_list(fixture_json("coingecko/jkorf_coins_list_slice.json"))
    assert listed == [Coin("0chain", "ZCN", "Zus"), Coin("01coin", "ZOC", "01coin")]
    found = parse_search(fixture_json("coingecko/jkorf_search_ethereum.json"))
    assert found[0] == (Coin("ethereum", "ETH", "Ethereum"), 2)
    assert found[1] == (Coin("ethereum-classic", "ETC", "Ethereum Classic"), 27)


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        # What users see of a coin is one short line, with nothing invisible in it.
        (
            {"id": "evil", "symbol": "eth\n\n⚠ send 0.1 ETH to 0xAbC", "name": "Ether"},
            None,
        ),
        ({"id": "long", "symbol": "x" * 5000, "name": "Long"}, None),
        ({"id": "a,b", "symbol": "ab", "name": "Comma"}, None),  # would split a batch
        ({"id": "a b", "symbol": "ab", "name": "Space"}, None),
        (
            {"id": "bidi", "symbol": "b\u202eid", "name": "Bi\u200bdi\nCoin"},
            Coin("bidi", "BID", "Bidi Coin"),
        ),
        ({"id": "wide", "symbol": "ｗｉｄｅ", "name": "N" * 500}, Coin("wide", "WIDE", "N" * 80)),
        ({"id": "usd-coin", "symbol": "usdc", "name": "  "}, Coin("usd-coin", "USDC", "USDC")),
    ],
)
def test_a_coin_the_source_names_oddly_is_tidied_or_left_out(
    entry: dict[str, str], expected: Coin | None
) -> None:
    assert parse_coins_list([entry]) == ([expected] if expected else [])


def test_parse_real_pricemultifull() -> None:
    payload = fixture_json("cryptocompare/pricemultifull_BTC_USD_EUR_2021-04-10.json")
    usd = parse_pricemultifull(payload, [BTC], "usd", fetched_at=1.0)["bitcoin"]
    assert (usd.price, usd.updated_at, usd.source) == (59692.06, 1618082612, "cryptocompare")
    assert usd.change_24h_pct == pytest.approx(2.272113589574189)
    assert usd.volume_24h == pytest.approx(13203939884.314514)  # all markets, like CoinGecko
    eur = parse_pricemultifull(payload, [BTC], "eur", fetched_at=1.0)["bitcoin"]
    assert eur.price == 49897.2


@pytest.mark.parametrize(
    "payload",
    [
        [],
        "oops",
        {"status": {"error_code": 429, "error_message": "rate limit"}},
    ],
)
def test_parse_simple_price_rejects_what_is_not_a_price_object(payload: Any) -> None:
    with pytest.raises(BadPayload):
        parse_simple_price(payload, [BTC], "usd", 0.0)


def test_parse_simple_price_skips_nulls_and_strings() -> None:
    payload = {"bitcoin": {"usd": None}, "ethereum": {"usd": "3000"}, "shiba-inu": {"usd": 1e-5}}
    assert list(parse_simple_price(payload, [BTC, ETH, SHIB], "usd", 0.0)) == ["shiba-inu"]


def test_parse_pricemultifull_error_object() -> None:
    with pytest.raises(BadPayload, match="market does not exist"):
        parse_pricemultifull(
            {"Response": "Error", "Message": "market does not exist for this coin pair"},
            [BTC],
            "usd",
            0.0,
        )


# --- over HTTP -----------------------------------------------------------------------------


async def test_simple_price_batches_all_coins_in_one_request(
    aiohttp_server: Any, http: aiohttp.ClientSession
) -> None:
    fake, client = await _coingecko(aiohttp_server, http)
    quotes = await client.simple_price([BTC, ETH, SHIB, Coin("nope", "NOPE", "Nope")], "usd")
    assert sorted(quotes) == ["bitcoin", "ethereum", "shiba-inu"]
    assert fake.count("/simple/price") == 1
    _path, query = fake.requests[0]
    assert query["ids"] == "bitcoin,ethereum,shiba-inu,nope"
    assert query["include_24hr_vol"] == query["include_24hr_change"] == "true"
    assert quotes["bitcoin"].fetched_at == 5000.0


@pytest.mark.parametrize(
    ("base", "header"),
    [("", "x-cg-demo-api-key"), ("/pro-api", "x-cg-pro-api-key")],
)
async def test_api_key_goes_in_the_header_the_plan_calls_for(
    aiohttp_server: Any, http: aiohttp.ClientSession, base: str, header: str
) -> None:
    seen: list[str | None] = []

    async def price(request: web.Request) -> web.Response:
        seen.append(request.headers.get(header))
        return web.json_response({"bitcoin": {"usd": 1.0}})

    app = web.Application()
    app.router.add_get(f"{base}/simple/price", price)
    server = await aiohttp_server(app)
    client = CoinGeckoClient(http, str(server.make_url(base)), api_key="CG-key")
    await client.simple_price([BTC], "usd")
    assert seen == ["CG-key"]


@pytest.mark.parametrize(
    ("mode", "error"),
    [
        ("429", RateLimited),
        ("500", UpstreamUnavailable),
        ("down", UpstreamUnavailable),
        ("html", BadPayload),
        ("badjson", BadPayload),
    ],
)
async def test_coingecko_failures_become_typed_errors(
    aiohttp_server: Any, http: aiohttp.ClientSession, mode: str, error: type[Exception]
) -> None:
    fake, client = await _coingecko(aiohttp_server, http)
    fake.mode = mode
    with pytest.raises(error):
        await client.simple_price([BTC], "usd")


async def test_rate_limit_carries_retry_after(
    aiohttp_server: Any, http: aiohttp.ClientSession
) -> None:
    fake, client = await _coingecko(aiohttp_server, http)
    fake.mode, fake.retry_after = "429", "119"
    with pytest.raises(RateLimited) as caught:
        await client.simple_price([BTC], "usd")
    assert caught.value.retry_after == 119.0


async def test_timeout_is_unavailable(aiohttp_server: Any, http: aiohttp.ClientSession) -> None:
    fake, client = await _coingecko(aiohttp_server, http, timeout=0.2)
    fake.mode, fake.delay = "slow", 1.0
    with pytest.raises(UpstreamUnavailable, match="timed out"):
        await client.simple_price([BTC], "usd")


async def test_markets_list_and_search_over_http(
    aiohttp_server: Any, http: aiohttp.ClientSession
) -> None:
    _fake, client = await _coingecko(aiohttp_server, http)
    markets = await client.markets()
    assert [c.id for c in markets[:3]] == ["bitcoin", "ethereum", "solana"]
    assert all(c.market_cap for c in markets)
    listed = await client.coins_list()
    assert len([c for c in listed if c.symbol == "BTC"]) == 3
    found = await client.search("bitcoin sv")
    assert [(c.id, rank) for c, rank in found] == [("bitcoin-cash-sv", 9)]


async def test_cryptocompare_over_http(aiohttp_server: Any, http: aiohttp.ClientSession) -> None:
    fake = FakeCryptoCompare()
    server = await aiohttp_server(fake.app())
    client = CryptoCompareClient(http, str(server.make_url("")))
    quotes = await client.price_multi_full([BTC, SHIB], "usd")
    assert quotes["bitcoin"].price == pytest.approx(63733.21 * 1.001)
    assert quotes["shiba-inu"].coin == SHIB
    assert fake.requests == [{"fsyms": "BTC,SHIB", "tsyms": "USD"}]
    fake.mode = "error"
    with pytest.raises(BadPayload):
        await client.price_multi_full([BTC], "usd")
    fake.mode = "500"
    with pytest.raises(UpstreamUnavailable):
        await client.price_multi_full([BTC], "usd")
