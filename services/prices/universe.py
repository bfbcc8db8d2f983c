"""The coin universe: which coins exist, and which one a user means by `btc` or `bitcoin sv`."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from services.prices.models import Coin
from services.text import fold

#: Coins known before CoinGecko's list arrives, so the bot answers from its first second.
#: Ordered by market cap, roughly; when the full list has no market caps, these win ties.
SEED_COINS: tuple[Coin, ...] = (
    Coin("bitcoin", "BTC", "Bitcoin"),
    Coin("ethereum", "ETH", "Ethereum"),
    Coin("tether", "USDT", "Tether"),
    Coin("ripple", "XRP", "XRP"),
    Coin("binancecoin", "BNB", "BNB"),
    Coin("solana", "SOL", "Solana"),
    Coin("usd-coin", "USDC", "USDC"),
    Coin("dogecoin", "DOGE", "Dogecoin"),
    Coin("tron", "TRX", "TRON"),
    Coin("cardano", "ADA", "Cardano"),
    Coin("hyperliquid", "HYPE", "Hyperliquid"),
    Coin("chainlink", "LINK", "Chainlink"),
    Coin("stellar", "XLM", "Stellar"),
    Coin("bitcoin-cash", "BCH", "Bitcoin Cash"),
    Coin("avalanche-2", "AVAX", "Avalanche"),
    Coin("sui", "SUI", "Sui"),
    Coin("hedera-hashgraph", "HBAR", "Hedera"),
    Coin("litecoin", "LTC", "Litecoin"),
    Coin("the-open-network", "TON", "Toncoin"),
    Coin("shiba-inu", "SHIB", "Shiba Inu"),
    Coin("monero", "XMR", "Monero"),
    Coin("polkadot", "DOT", "Polkadot"),
    Coin("dai", "DAI", "Dai"),
    Coin("uniswap", "UNI", "Uniswap"),
    Coin("pepe", "PEPE", "Pepe"),
    Coin("aave", "AAVE", "Aave"),
    Coin("near", "NEAR", "NEAR Protocol"),
    Coin("aptos", "APT", "Aptos"),
    Coin("internet-computer", "ICP", "Internet Computer"),
    Coin("ethereum-classic", "ETC", "Ethereum Classic"),
    Coin("cosmos", "ATOM", "Cosmos Hub"),
    Coin("polygon-ecosystem-token", "POL", "POL (ex-MATIC)"),
    Coin("arbitrum", "ARB", "Arbitrum"),
    Coin("filecoin", "FIL", "Filecoin"),
    Coin("bitcoin-cash-sv", "BSV", "Bitcoin SV"),
)

_SPACES = re.compile(r"[\s_]+")


def normalize_query(query: str) -> str:
    """Fold a user's coin query: width and invisible characters (see
    :func:`services.text.fold`), case, a leading ``$``, runs of spaces and underscores."""
    return _SPACES.sub(" ", fold(query).strip().lstrip("$").lower()).strip()


def coin_label(coin: Coin) -> str:
    """How a coin is named in suggestions: ``BSV (Bitcoin SV)``."""
    return f"{coin.symbol} ({coin.name})"


class CoinUniverse:
    """An immutable index of coins by id, ticker and name.

    A ticker or name several coins share resolves to the one with the largest market cap;
    coins without a known market cap come after those with one, seed coins first among them.

    Args:
        coins: every coin to know; a later duplicate id replaces an earlier one.
        complete: whether this is CoinGecko's full list (when not, a miss may be worth a search).
    """

    def __init__(self, coins: Iterable[Coin], *, complete: bool = False) -> None:
        self.complete = complete
        self._by_id: dict[str, Coin] = {}
        for coin in coins:
            self._by_id[coin.id] = coin
        seed_order = {coin.id: index for index, coin in enumerate(SEED_COINS)}
        self._rank = {
            coin.id: (
                coin.market_cap is not None,
                coin.market_cap or 0.0,
                -seed_order.get(coin.id, len(seed_order)),
            )
            for coin in self._by_id.values()
        }
        self._by_key: dict[str, Coin] = {}
        for coin in self._by_id.values():
            for key in {coin.symbol.lower(), coin.id, normalize_query(coin.name)}:
                known = self._by_key.get(key)
                if known is None or self._rank[coin.id] > self._rank[known.id]:
                    self._by_key[key] = coin
        ranked = [
            c for c in self._by_id.values() if c.market_cap is not None or c.id in seed_order
        ]
        self._ranked = sorted(ranked, key=lambda c: self._rank[c.id], reverse=True)
        self._suggestion_keys: dict[str, Coin] = {}
        for coin in reversed(self._ranked):
            self._suggestion_keys[coin.symbol.lower()] = coin
            self._suggestion_keys[normalize_query(coin.name)] = coin

    @classmethod
    def seed(cls) -> CoinUniverse:
        """The universe of the built-in seed coins."""
        return cls(SEED_COINS)

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, coin_id: str) -> Coin | None:
        """The coin with CoinGecko id ``coin_id``, if known."""
        return self._by_id.get(coin_id)

    def resolve(self, query: str) -> Coin | None:
        """The coin a user means by a ticker, id or name in any case, or ``None``."""
        return self._by_key.get(normalize_query(query))

    def suggest(self, query: str, limit: int = 3) -> list[Coin]:
        """Ranked coins whose ticker or name is close to ``query``, best first."""
        matches = difflib.get_close_matches(
            normalize_query(query), self._suggestion_keys, n=limit * 2, cutoff=0.75
        )
        found: list[Coin] = []
        for key in matches:
            coin = self._suggestion_keys[key]
            if coin not in found:
                found.append(coin)
        return found[:limit]

    def top(self, limit: int) -> list[Coin]:
        """The largest coins by market cap (seed coins when caps are unknown)."""
        return self._ranked[:limit]

    def with_coins(self, coins: Iterable[Coin]) -> CoinUniverse:
        """A new universe with ``coins`` added or updated."""
        return CoinUniverse([*self._by_id.values(), *coins], complete=self.complete)


def build_universe(listed: Iterable[Coin], markets: Iterable[Coin]) -> CoinUniverse:
    """Merge CoinGecko's full list with the market caps of its largest coins.

    Args:
        listed: ``/coins/list``; may be empty when it could not be fetched.
        markets: ``/coins/markets`` pages; they carry the market caps.
    """
    listed = list(listed)
    return CoinUniverse([*SEED_COINS, *listed, *markets], complete=bool(listed))
