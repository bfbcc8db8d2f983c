"""Which coins a headline is about: a table of headlines against a small realistic universe."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.news.coins import CoinTagger
from services.news.parsing import parse_feed
from services.prices.models import Coin

# CoinGecko ids, tickers and names; market caps roughly as of late 2025. Collisions on purpose:
# two "BTC", two "TON", two "Polygon".
UNIVERSE = [
    Coin("bitcoin", "BTC", "Bitcoin", 1.8e12),
    Coin("batcat", "BTC", "batcat", 1.2e5),
    Coin("ethereum", "ETH", "Ethereum", 3.8e11),
    Coin("tether", "USDT", "Tether", 1.8e11),
    Coin("ripple", "XRP", "XRP", 1.2e11),
    Coin("binancecoin", "BNB", "BNB", 1.2e11),
    Coin("solana", "SOL", "Solana", 7.5e10),
    Coin("usd-coin", "USDC", "USDC", 7.6e10),
    Coin("staked-ether", "STETH", "Lido Staked Ether", 2.6e10),
    Coin("dogecoin", "DOGE", "Dogecoin", 2.2e10),
    Coin("tron", "TRX", "TRON", 2.6e10),
    Coin("cardano", "ADA", "Cardano", 1.5e10),
    Coin("wrapped-bitcoin", "WBTC", "Wrapped Bitcoin", 1.1e10),
    Coin("chainlink", "LINK", "Chainlink", 9.5e9),
    Coin("bitcoin-cash", "BCH", "Bitcoin Cash", 1.1e10),
    Coin("ethena", "ENA", "Ethena", 2.0e9),
    Coin("stellar", "XLM", "Stellar", 8.0e9),
    Coin("avalanche-2", "AVAX", "Avalanche", 5.5e9),
    Coin("sui", "SUI", "Sui", 5.5e9),
    Coin("litecoin", "LTC", "Litecoin", 6.3e9),
    Coin("the-open-network", "TON", "Toncoin", 4.0e9),
    Coin("tokamak-network", "TON", "Tokamak Network", 2.0e7),
    Coin("shiba-inu", "SHIB", "Shiba Inu", 5.0e9),
    Coin("polkadot", "DOT", "Polkadot", 3.3e9),
    Coin("monero", "XMR", "Monero", 7.0e9),
    Coin("pepe", "PEPE", "Pepe", 1.8e9),
    Coin("near", "NEAR", "NEAR Protocol", 2.2e9),
    Coin("ethereum-classic", "ETC", "Ethereum Classic", 2.0e9),
    Coin("uniswap", "UNI", "Uniswap", 3.5e9),
    Coin("polygon-ecosystem-token", "POL", "POL (ex-MATIC)", 1.3e9),
    Coin("matic-network", "MATIC", "Polygon", 9.0e8),
    Coin("official-trump", "TRUMP", "Official Trump", 1.2e9),
    Coin("bitcoin-cash-sv", "BSV", "Bitcoin SV", 4.0e8),
    Coin("maker", "MKR", "Maker", 1.1e9),
    Coin("flow", "FLOW", "Flow", 3.0e8),
    Coin("stacks", "STX", "Stacks", 5.0e8),
    Coin("harmony", "ONE", "Harmony", 7.0e7),
    Coin("gas", "GAS", "Gas", 1.3e8),
    Coin("sonic-3", "S", "Sonic", 4.0e8),
    Coin("mantra-dao", "OM", "MANTRA", 1.0e8),
    Coin("sleepless-ai", "AI", "Sleepless AI", 8.0e6),
    Coin("bigtime", "BIGTIME", "Big Time", 5.0e7),
    Coin("big-token", "BIG", "BIG Token", 3.0e6),
    Coin("bonk", "BONK", "Bonk", 1.0e9),
    Coin("ronin", "RON", "Ronin", 1.5e8),
    Coin("unranked-coin", "UNR", "Unranked Coin", None),
]

TAGGER = CoinTagger(UNIVERSE)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Names, longest first, consuming their words.
        ("Bitcoin SV jumps 20% after court ruling", {"bitcoin-cash-sv"}),
        (
            "Bitcoin Cash and Bitcoin SV rally while Bitcoin stalls",
            {"bitcoin-cash", "bitcoin-cash-sv", "bitcoin"},
        ),
        ("Bitcoin Satoshi Vision miners regroup", {"bitcoin-cash-sv"}),
        ("Ethereum Classic hard fork goes live", {"ethereum-classic"}),
        ("Wrapped Bitcoin (WBTC) supply shrinks", {"wrapped-bitcoin"}),
        ("Lido Staked Ether and stETH depeg fears", {"staked-ether"}),
        ("Shiba Inu burn rate soars", {"shiba-inu"}),
        ("Bitcoin-based ETFs see inflows", {"bitcoin"}),
        ("bitcoin slips as ether holds", {"bitcoin", "ethereum"}),
        ("BITCOIN HITS NEW HIGH", {"bitcoin"}),
        # A name runs on across spaces and hyphens, not across punctuation.
        ("Bitcoin, Cash App and PayPal: payments roundup", {"bitcoin"}),
        # Possessives.
        ("Bitcoin's dominance climbs as BTC tops $100K", {"bitcoin"}),
        ("XRP's rally stalls; Ripple’s CEO speaks", {"ripple"}),
        # Aliases.
        ("Ether ETFs record inflows", {"ethereum"}),
        ("Dogecoin and DOGE futures", {"dogecoin"}),
        ("BSV and BCH holders", {"bitcoin-cash-sv", "bitcoin-cash"}),
        ("LTC halving: Litecoin explained", {"litecoin"}),
        ("BNB Chain upgrade lands", {"binancecoin"}),
        ("Binance lists new pairs", set()),  # the exchange is not its coin
        ("The Open Network and TON wallets", {"the-open-network"}),
        ("Toncoin jumps", {"the-open-network"}),
        ("MakerDAO votes to rebrand", {"maker"}),
        ("Harmony ONE bridge exploit", {"harmony"}),
        ("NEAR Protocol launches AI agents", {"near"}),
        ("Official Trump memecoin unlock", {"official-trump"}),
        # "Polygon" names both of Polygon's tokens: the larger one, POL, has it.
        ("Polygon upgrades its network", {"polygon-ecosystem-token"}),
        ("MATIC holders migrate to POL", {"matic-network", "polygon-ecosystem-token"}),
        # Tickers: whole words in upper case, or cashtags in any case.
        ("ETH, SOL and ADA lead gains", {"ethereum", "solana", "cardano"}),
        ("ETHENA rallies while ENA unlock looms", {"ethena"}),
        ("A new methodology for eth staking yields", set()),
        ("Eth staking yields", set()),
        ("$eth and $sol lead, $Pepe follows", {"ethereum", "solana", "pepe"}),
        ("ETH2 merge anniversary", set()),
        ("LINK gains 18% as SUI jumps", {"chainlink", "sui"}),
        ("Click the link in bio", set()),
        ("USDT and USDC supply", {"tether", "usd-coin"}),
        # Ticker collisions: the largest market cap has the ticker.
        ("BTC and TON lead", {"bitcoin", "the-open-network"}),
        ("$BTC", {"bitcoin"}),
        ("Tokamak Network upgrade", {"tokamak-network"}),
        ("batcat memecoin moons", {"batcat"}),
        # Tickers that are words or too short need the cashtag or the name.
        ("ONE more rate cut priced in", set()),
        ("$ONE rallies", {"harmony"}),
        ("GAS fees spike on Ethereum", {"ethereum"}),
        ("$GAS pumps on Neo", {"gas"}),
        ("Bitcoin price near $90K", {"bitcoin"}),
        ("Price NEAR record as traders wait", set()),
        ("$NEAR breaks out", {"near"}),
        ("IT giants and AI chips", set()),
        ("$AI and Sleepless AI", {"sleepless-ai"}),
        ("OM crashes 90%", set()),
        ("$OM crashes 90%", {"mantra-dao"}),
        ("S token migration", set()),
        ("$S token migration", {"sonic-3"}),
        ("The BIG Crypto Fake-Out! Saylor & Tether FUD!", {"tether"}),
        ("Big Time and BIGTIME rewards", {"bigtime"}),
        ("TRUMP says crypto is great", set()),
        ("Trump's new AI order", set()),
        ("$TRUMP unlock", {"official-trump"}),
        ("SEC and CFTC sign MOU; ETF deadline", set()),
        # Names that are everyday words count only in a crypto sense.
        ("Cash flow concerns at banks", set()),
        ("Flow blockchain hit by exploit", {"flow"}),
        ("Cash flow. Blockchain firms worry", set()),
        ("FLOW and $FLOW", {"flow"}),
        ("Coffee maker recall", set()),
        ("Maker Foundation dissolves", {"maker"}),
        ("Maker (MKR) votes", {"maker"}),
        ("Stacks of cash seized", set()),
        ("Stacks price jumps after upgrade", {"stacks"}),
        ("Sonic the Hedgehog 3 box office", set()),
        ("Sonic mainnet goes live", {"sonic-3"}),
        ("“47 Ronin” director guilty of fraud", set()),
        ("Ronin bridge reopens", {"ronin"}),
        ("A harmony of voices", set()),
        ("Mantra of the bull market", set()),
        ("MANTRA chain relaunch", {"mantra-dao"}),
        ("Gas prices at the pump", set()),
        # Proper names that are also words count only when capitalised.
        ("Ripple wins against the SEC", {"ripple"}),
        ("A ripple effect across markets", set()),
        ("Tether mints $1B", {"tether"}),
        ("Prices remain tethered to the dollar", set()),
        ("Avalanche Foundation buys back AVAX", {"avalanche-2"}),
        ("An avalanche of liquidations", set()),
        ("Stellar and Cardano partner", {"stellar", "cardano"}),
        ("A stellar quarter for Coinbase", set()),
        ("Pepe and Bonk lead memecoins", {"pepe", "bonk"}),
        ("TRON founder speaks", {"tron"}),
        # Nothing there.
        ("", set()),
        ("Fed holds rates steady", set()),
        ("Unranked Coin lists on DEX", {"unranked-coin"}),
    ],
)
def test_tag_headline(title: str, expected: set[str]) -> None:
    assert TAGGER.tag(title) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Florida Seizes $1.5M in Dogecoin, Pepe and Solana Over Case Tied to Chinese National",
            "Prosecutors used a fugitive disentitlement statute to seize Dogecoin, Solana, and "
            "other tokens tied to a Citrus County fraud case.",
            {"dogecoin", "pepe", "solana"},
        ),
        (
            "XRP Is Launching on Ethereum and Solana—Here's Why (and How)",
            "The Ripple-linked XRP will soon be usable in DeFi on other major layer-1 networks "
            "like Solana and Ethereum. Here's how.",
            {"ripple", "ethereum", "solana"},
        ),
        (
            "Ether price rallied 260% last time this happened: Can ETH reach $5K?",
            "A buying opportunity from Ether’s realized price projected a major rally.",
            {"ethereum"},
        ),
        (
            "Jennifer Garner to Star in Netflix Crypto Comedy 'One Attempt Remaining'",
            "The film focuses on a divorced couple racing to recover access to their crypto.",
            set(),
        ),
        (
            "Hollywood Director Guilty of Scamming Netflix out of $11M, Spending It on Crypto",
            "“47 Ronin” director Carl Rinsch faces a maximum prison sentence of up to 90 years.",
            set(),
        ),
        (
            "Crypto is GREEN! MON launches at $3.9Billion FDV!",
            "Crypto majors rallied, with BTC up 2% to $87,400, ETH up 4% to $2,920, BNB up 1% "
            "to $850, and SOL up 5% to $136, while KAS (+22%), ENA (+13%), and SUI (+11%) led.",
            {"bitcoin", "ethereum", "binancecoin", "solana", "ethena", "sui"},
        ),
    ],
)
def test_tag_title_and_summary(title: str, summary: str, expected: set[str]) -> None:
    assert TAGGER.tag(title, summary) == expected


def test_universe_defines_what_can_be_found() -> None:
    small = CoinTagger([Coin("bitcoin", "BTC", "Bitcoin", 1.0)])
    assert small.tag("Bitcoin and ETH and Solana") == {"bitcoin"}
    assert CoinTagger([]).tag("Bitcoin and ETH") == frozenset()


def test_collision_goes_to_the_larger_market_cap_whatever_the_order() -> None:
    small = Coin("batcat", "BTC", "batcat", 1e5)
    large = Coin("bitcoin", "BTC", "Bitcoin", 1e12)
    unranked = Coin("btc-fork", "BTC", "BTC Fork", None)
    for coins in ([small, large, unranked], [unranked, large, small], [large, small]):
        assert CoinTagger(coins).tag("BTC") == {"bitcoin"}
    assert CoinTagger([unranked, small]).tag("BTC") == {"batcat"}


def test_tags_every_real_feed_item_without_trouble() -> None:
    news = Path(__file__).parent.parent / "fixtures" / "news"
    items = [
        item
        for name in ("cointelegraph_rss_2025-12-12.xml", "decrypt_feed_2025-12-12.xml")
        for item in parse_feed((news / name).read_bytes(), "https://example.com/").items
    ]
    tags = {item.title: TAGGER.tag(item.title, item.summary) for item in items}
    assert tags["Bitcoin decouples from stocks in second half of 2025"] == {"bitcoin"}
    assert (
        tags["Trump’s New AI Order Sets Up Federal Fight With US States Over Industry Regulation"]
        == set()
    )
    assert tags["Ripple expands European footprint with AMINA stablecoin payment partnership"] == {
        "ripple"
    }
