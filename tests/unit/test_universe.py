"""Which coin a user means: tickers, ids and names in any case, collisions by market cap."""

from __future__ import annotations

import pytest

from services.prices.models import Coin
from services.prices.universe import CoinUniverse, build_universe, normalize_query

LISTED = [
    Coin("bitcoin", "BTC", "Bitcoin"),
    Coin("bitcoin-bep2", "BTC", "Bitcoin BEP2"),
    Coin("batcat", "BTC", "batcat"),
    Coin("ethereum", "ETH", "Ethereum"),
    Coin("ethereum-wormhole", "ETH", "Ethereum (Wormhole)"),
    Coin("bitcoin-cash-sv", "BSV", "Bitcoin SV"),
    Coin("bitcoin-cash", "BCH", "Bitcoin Cash"),
    Coin("dogecoin", "DOGE", "Dogecoin"),
    Coin("dogecoin-2", "DOGE", "Dogecoin 2.0"),
    Coin("obscure-coin", "OBS", "Obscure Coin"),
    Coin("fake-bitcoin", "BITCOIN", "Bitcoin"),
]
MARKETS = [
    Coin("bitcoin", "BTC", "Bitcoin", 1.26e12),
    Coin("ethereum", "ETH", "Ethereum", 3.75e11),
    Coin("dogecoin", "DOGE", "Dogecoin", 1.5e10),
    Coin("bitcoin-cash", "BCH", "Bitcoin Cash", 9.5e9),
    Coin("bitcoin-cash-sv", "BSV", "Bitcoin SV", 1.0e9),
    Coin("bitcoin-bep2", "BTC", "Bitcoin BEP2", 7.1e6),
    Coin("ethereum-wormhole", "ETH", "Ethereum (Wormhole)", 4.0e7),
]


@pytest.fixture
def universe() -> CoinUniverse:
    return build_universe(LISTED, MARKETS)


@pytest.mark.parametrize(
    ("query", "coin_id"),
    [
        ("btc", "bitcoin"),
        ("BTC", "bitcoin"),
        ("$btc", "bitcoin"),
        ("bitcoin", "bitcoin"),
        ("Bitcoin", "bitcoin"),
        ("bitcoin sv", "bitcoin-cash-sv"),
        ("Bitcoin  SV", "bitcoin-cash-sv"),
        ("bsv", "bitcoin-cash-sv"),
        ("bitcoin cash", "bitcoin-cash"),
        ("bitcoin-cash", "bitcoin-cash"),
        ("eth", "ethereum"),
        ("Dogecoin", "dogecoin"),
        ("DOGE", "dogecoin"),
        ("dogecoin-2", "dogecoin-2"),
        ("obs", "obscure-coin"),
        ("obscure_coin", "obscure-coin"),
        ("bitcoin bep2", "bitcoin-bep2"),
    ],
)
def test_resolve(universe: CoinUniverse, query: str, coin_id: str) -> None:
    coin = universe.resolve(query)
    assert coin is not None
    assert coin.id == coin_id


@pytest.mark.parametrize("query", ["xyz", "", "bit coin", "btcc"])
def test_resolve_unknown(universe: CoinUniverse, query: str) -> None:
    assert universe.resolve(query) is None


def test_seed_universe_knows_the_default_watchlist_before_coingecko_answers() -> None:
    seed = CoinUniverse.seed()
    resolved = {q: seed.resolve(q) for q in ["BSV", "BTC", "BCH", "LTC", "DOGE"]}
    assert {q: c.id if c else None for q, c in resolved.items()} == {
        "BSV": "bitcoin-cash-sv",
        "BTC": "bitcoin",
        "BCH": "bitcoin-cash",
        "LTC": "litecoin",
        "DOGE": "dogecoin",
    }
    assert not seed.complete


def test_without_market_caps_seed_coins_win_ticker_collisions() -> None:
    universe = build_universe(LISTED, markets=[])
    assert universe.complete
    assert [universe.resolve(q).id for q in ("btc", "eth", "doge")] == [  # type: ignore[union-attr]
        "bitcoin",
        "ethereum",
        "dogecoin",
    ]


@pytest.mark.parametrize(
    ("query", "first"),
    [("etherium", "ETH"), ("bitcon", "BTC"), ("dogcoin", "DOGE"), ("ethh", "ETH")],
)
def test_suggest(universe: CoinUniverse, query: str, first: str) -> None:
    suggestions = universe.suggest(query)
    assert suggestions
    assert suggestions[0].symbol == first


def test_suggest_nothing_for_gibberish(universe: CoinUniverse) -> None:
    assert universe.suggest("qqqqqqqq") == []


def test_top_is_ordered_by_market_cap(universe: CoinUniverse) -> None:
    assert [c.id for c in universe.top(3)] == ["bitcoin", "ethereum", "dogecoin"]


@pytest.mark.parametrize(
    ("raw", "normal"), [("  $BTC ", "btc"), ("Bitcoin   SV", "bitcoin sv"), ("a_b", "a b")]
)
def test_normalize_query(raw: str, normal: str) -> None:
    assert normalize_query(raw) == normal
