"""Which coins a story is about, from the tickers and names in its title and summary.

The rules are what a crypto reader expects:

* names match as whole words in any case, longest first, and consume their words: "Bitcoin SV"
  is Bitcoin SV and not also Bitcoin, "Wrapped Bitcoin" is not Bitcoin;
* some names are also ordinary words or other things' names. Those in ``PROPER_NAMES``
  ("Ripple", "Tether", "Avalanche") count only when capitalised; those in ``COMMON_WORD_NAMES``
  ("Flow", "Maker", "Stacks") only next to a word that makes them crypto ("Flow blockchain",
  "Maker Foundation"), or through their ticker;
* tickers match as whole words in upper case ("ETH", not the "eth" of "Methodology" or "ETHENA"),
  or as cashtags in any case ("$eth"); tickers that are words or too short ("ONE", "GAS", "NEAR",
  "AI", "S", "BIG") need the cashtag or the name;
* when several coins share a ticker or a name, the one with the largest market cap has it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from services.prices.models import Coin

# Other names outlets use for a coin, by CoinGecko id; used only for coins in the universe.
ALIASES: dict[str, tuple[str, ...]] = {
    "bitcoin": ("Bitcoin",),
    "ethereum": ("Ethereum", "Ether"),
    "bitcoin-cash-sv": ("Bitcoin SV", "Bitcoin Satoshi Vision"),
    "bitcoin-cash": ("Bitcoin Cash",),
    "ethereum-classic": ("Ethereum Classic",),
    "ripple": ("XRP", "Ripple"),
    "binancecoin": ("BNB", "Binance Coin", "BNB Chain"),
    "dogecoin": ("Dogecoin",),
    "litecoin": ("Litecoin",),
    "the-open-network": ("Toncoin", "The Open Network"),
    "near": ("NEAR Protocol",),
    "harmony": ("Harmony ONE", "Harmony Protocol"),
    "maker": ("MakerDAO", "Maker DAO"),
    "avalanche-2": ("Avalanche",),
    "tether": ("Tether",),
    "usd-coin": ("USD Coin",),
    "staked-ether": ("Lido Staked Ether", "stETH"),
    "wrapped-bitcoin": ("Wrapped Bitcoin",),
    "shiba-inu": ("Shiba Inu",),
    "polkadot": ("Polkadot",),
    "matic-network": ("Polygon",),
    "polygon-ecosystem-token": ("Polygon",),
}

# Names that are also English words or other things' names: they count only when capitalised.
PROPER_NAMES = frozenset(
    {
        "ripple",
        "tether",
        "avalanche",
        "polygon",
        "stellar",
        "cosmos",
        "cosmos hub",
        "optimism",
        "render",
        "jupiter",
        "celestia",
        "pepe",
        "bonk",
        "sui",
        "tron",
        "immutable",
        "arbitrum",
        "the open network",
        "internet computer",
        "official trump",
        "injective",
        "kava",
        "aave",
        "compound",
        "hedera",
        "algorand",
        "chiliz",
        "pyth network",
        "ondo",
        "ethena",
        "sonic",
        "blast",
        "mantle",
        "ronin",
        "ocean protocol",
        "floki",
        "brett",
        "popcat",
        "echelon",
    }
)

# Names that are everyday words ("near", "cash flow", "coffee maker", "stacks of cash", "47
# Ronin", "Sonic the Hedgehog"): they count only next to a word that makes them crypto.
COMMON_WORD_NAMES = frozenset(
    {
        "flow",
        "maker",
        "stacks",
        "dash",
        "core",
        "gala",
        "beam",
        "harmony",
        "ronin",
        "sonic",
        "theta",
        "theta network",
        "mantle",
        "the graph",
        "mantra",
        "gas",
        "safe",
        "blur",
        "magic",
        "curve",
        "amp",
        "origin",
        "space",
        "moonbeam",
        "big",
    }
)

# Words after a common-word name that make it the coin: "Flow blockchain", "Maker Foundation".
CRYPTO_QUALIFIERS = frozenset(
    {
        "network",
        "protocol",
        "blockchain",
        "chain",
        "token",
        "tokens",
        "coin",
        "price",
        "foundation",
        "ecosystem",
        "mainnet",
        "testnet",
        "dao",
        "labs",
        "bridge",
        "staking",
        "validators",
        "layer",
        "defi",
        "holders",
        "governance",
        "wallet",
    }
)

# Tickers that are English words, people, or the acronyms of news ("ONE", "TRUMP", "SEC"): in
# upper case they are far more often that than the coin, so they need the cashtag or the name.
# Tickers of one or two letters ("S", "OM", "AI", "OP") need it too.
AMBIGUOUS_TICKERS = frozenset(
    """
    ONE GAS NEAR BIG ME FUN ANY MOVE TRUMP SUN JUST HOT CAT DOG ACE SAFE REAL ART KEY TIME CORE
    MAGIC BEAM FLOW ROSE MASK BAT BOND HIGH MINT POWER PEOPLE PUMP GOLD SAND BLUR AMP WIN TRUE
    LOOKS GAL ALT PRIME HOOK MAX NEXT NOT TURBO GRASS DOGS CATS MEW SPACE ORIGIN DASH GALA
    THE FOR NEW NOW TOP ALL CAN OUT MORE BANK CASH RARE EDGE PORTAL LESS OPEN HOLD
    USD EUR GBP JPY CEO CFO CTO ETF ETFS SEC NFT NFTS DAO IPO API ATH ATL USA FED GDP CPI PCE TVL
    DEX CEX OTC KYC AML FBI DOJ IRS CFTC OCC FDIC IMF ECB BIS FSB FATF CBDC RWA FUD FOMO HODL DYOR
    NYSE CME GPT LLM SDK UAE EU UK US AI OK TV PR VC
    """.split()
)

_MIN_TICKER_LENGTH = 3
_TOKEN = re.compile(r"(\$?)([^\W_]+)(?:['’][sS]\b)?")
_PARENTHESES = re.compile(r"\([^)]*\)")
_NAME_GAP = re.compile(r"[\s\-]+")


class _Kind(Enum):
    DISTINCTIVE = "distinctive"
    PROPER = "proper"
    COMMON = "common"


@dataclass(frozen=True, slots=True)
class _Name:
    coin_id: str
    kind: _Kind
    market_cap: float


class CoinTagger:
    """Tags stories with the ids of the coins they are about."""

    def __init__(self, coins: Iterable[Coin]) -> None:
        """Index the coin universe.

        Args:
            coins: the universe, typically the top few hundred coins by market cap.
        """
        self._symbols: dict[str, tuple[str, float]] = {}
        self._names: dict[tuple[str, ...], _Name] = {}
        for coin in coins:
            cap = coin.market_cap if coin.market_cap is not None else -1.0
            symbol = "".join(ch for ch in coin.symbol.upper() if ch.isalnum())
            if symbol and not symbol.isdigit():
                known = self._symbols.get(symbol)
                if known is None or cap > known[1]:
                    self._symbols[symbol] = (coin.id, cap)
            for name in (coin.name, *ALIASES.get(coin.id, ())):
                self._add_name(name, coin.id, cap)
        self._longest = max((len(words) for words in self._names), default=0)

    def tag(self, title: str, summary: str = "") -> frozenset[str]:
        """Find the coins a story is about.

        Args:
            title: the story's plain-text title.
            summary: its plain-text summary.

        Returns:
            The coin ids, e.g. ``{"bitcoin", "bitcoin-cash-sv"}``.
        """
        found: set[str] = set()
        self._tag_text(title, found)
        if summary:
            self._tag_text(summary, found)
        return frozenset(found)

    def _add_name(self, name: str, coin_id: str, cap: float) -> None:
        words = tuple(m.group(2).lower() for m in _TOKEN.finditer(_PARENTHESES.sub(" ", name)))
        if not words or len("".join(words)) < 3:
            return
        phrase = " ".join(words)
        if phrase in COMMON_WORD_NAMES:
            kind = _Kind.COMMON
        elif phrase in PROPER_NAMES:
            kind = _Kind.PROPER
        else:
            kind = _Kind.DISTINCTIVE
        known = self._names.get(words)
        if known is None or cap > known.market_cap:
            self._names[words] = _Name(coin_id=coin_id, kind=kind, market_cap=cap)

    def _tag_text(self, text: str, found: set[str]) -> None:
        tokens = list(_TOKEN.finditer(text))
        words = [m.group(2) for m in tokens]
        lowered = [w.lower() for w in words]
        count = len(tokens)
        i = 0
        while i < count:
            if tokens[i].group(1):  # a cashtag is a ticker, whatever its case
                coin = self._symbols.get(words[i].upper())
                if coin is not None:
                    found.add(coin[0])
                i += 1
                continue
            span = self._name_at(text, tokens, words, lowered, i)
            if span:
                found.add(span[0])
                i += span[1]
                continue
            word = words[i]
            if (
                len(word) >= _MIN_TICKER_LENGTH
                and word.isupper()
                and word not in AMBIGUOUS_TICKERS
                and (coin := self._symbols.get(word)) is not None
            ):
                found.add(coin[0])
            i += 1

    def _name_at(
        self,
        text: str,
        tokens: list[re.Match[str]],
        words: list[str],
        lowered: list[str],
        i: int,
    ) -> tuple[str, int] | None:
        """The longest acceptable name starting at token ``i``: its coin and length in tokens."""
        longest = 1
        while longest < self._longest and _joined(text, tokens, i + longest - 1):
            longest += 1
        for n in range(longest, 0, -1):
            name = self._names.get(tuple(lowered[i : i + n]))
            if name is None:
                continue
            if name.kind is _Kind.PROPER and not all(w[0].isupper() for w in words[i : i + n]):
                continue
            if name.kind is _Kind.COMMON and not (
                _joined(text, tokens, i + n - 1) and lowered[i + n] in CRYPTO_QUALIFIERS
            ):
                continue
            return name.coin_id, n
        return None


def _joined(text: str, tokens: list[re.Match[str]], j: int) -> bool:
    """Whether token ``j`` runs on into the next as one phrase.

    Only spaces and hyphens join words: "Bitcoin, Cash App" is no Bitcoin Cash. A cashtag
    starts a phrase of its own.
    """
    return (
        j + 1 < len(tokens)
        and not tokens[j + 1].group(1)
        and _NAME_GAP.fullmatch(text, tokens[j].end(), tokens[j + 1].start()) is not None
    )
