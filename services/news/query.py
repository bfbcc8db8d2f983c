"""What a `/news` request asks for: `/news 15`, `/news regulation`, `/news btc`,
`/news regulation eu`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from services.errors import InvalidQuery
from services.news.regulation_rules import JURISDICTIONS

DEFAULT_STORIES = 8
MAX_STORIES = 20
REGULATION_WORDS = frozenset({"regulation", "regulations", "regulatory", "reg", "regs", "legal"})
#: Codes that are also coins' tickers (Arweave, Magic Eden, MX Token, SPACE ID, MANTRA, and
#: Bitcoin SV's last word): after ``regulation`` they name the coin; the country goes by its
#: name.
TICKER_CODES = frozenset({"AR", "ME", "MX", "ID", "OM", "SV"})
#: The jurisdictions a regulation story can be marked with, by code (``eu``, ``us``, ``hk``).
JURISDICTION_CODES = frozenset(code for code, _fragments in JURISDICTIONS) - TICKER_CODES
#: Names people type for the busiest jurisdictions.
JURISDICTION_NAMES = {
    "usa": "US",
    "america": "US",
    "united states": "US",
    "europe": "EU",
    "european union": "EU",
    "britain": "UK",
    "united kingdom": "UK",
    "england": "UK",
    "gb": "UK",
    "hong kong": "HK",
    "hongkong": "HK",
    "singapore": "SG",
    "japan": "JP",
    "korea": "KR",
    "south korea": "KR",
    "australia": "AU",
    "canada": "CA",
    "india": "IN",
    "uae": "AE",
    "dubai": "AE",
    "china": "CN",
    "switzerland": "CH",
    "brazil": "BR",
    "germany": "DE",
    "france": "FR",
    "russia": "RU",
    "turkey": "TR",
    "thailand": "TH",
    "nigeria": "NG",
    "spain": "ES",
    "italy": "IT",
    "netherlands": "NL",
    "ireland": "IE",
    "luxembourg": "LU",
    "malta": "MT",
    "sweden": "SE",
    "poland": "PL",
    "austria": "AT",
    "argentina": "AR",
    "mexico": "MX",
    "indonesia": "ID",
    "montenegro": "ME",
    "oman": "OM",
    "el salvador": "SV",
    "philippines": "PH",
    "vietnam": "VN",
    "pakistan": "PK",
    "kazakhstan": "KZ",
    "ukraine": "UA",
    "israel": "IL",
    "taiwan": "TW",
    "south africa": "ZA",
    "global": "INTL",
    "international": "INTL",
}


class BadNewsQuery(InvalidQuery):
    """A ``/news`` request that cannot be read; the message says what was wrong."""


@dataclass(frozen=True, slots=True)
class NewsQuery:
    """A parsed ``/news`` request.

    Attributes:
        limit: how many stories to show.
        regulation: only regulation stories.
        jurisdiction: only regulation stories of this jurisdiction (``EU``), or ``None``.
        coin: the words naming a coin (``bitcoin sv``), or ``None`` for every coin.
        capped: the user asked for more than ``MAX_STORIES``; ``limit`` was lowered.
    """

    limit: int = DEFAULT_STORIES
    regulation: bool = False
    jurisdiction: str | None = None
    coin: str | None = None
    capped: bool = False


def parse_news_query(words: Sequence[str]) -> NewsQuery:
    """Read a ``/news`` request's words, in any order. A jurisdiction right after
    ``regulation`` (``regulation eu``, ``regulation hong kong``), last (``regulation eth
    us``), or as the only other words narrows the stories to it; any other words name a coin
    (``regulation bitcoin sv``). Codes that are also tickers (``ar``) name the coin.

    Raises:
        BadNewsQuery: a count below 1, or two counts.
    """
    limit: int | None = None
    capped = False
    regulation = False
    coin_words: list[str] = []
    after_regulation = 0
    for word in words:
        if word.lstrip("-").isdigit():
            if limit is not None:
                raise BadNewsQuery("one number at most, e.g. /news 5")
            try:
                asked = int(word)
            except ValueError:  # "²" and "--5" pass isdigit, not int
                asked = 0
            if asked < 1:
                raise BadNewsQuery(f"the number of stories goes from 1 to {MAX_STORIES}")
            limit, capped = min(asked, MAX_STORIES), asked > MAX_STORIES
        elif word.lower() in REGULATION_WORDS:
            regulation = True
            after_regulation = len(coin_words)
        else:
            coin_words.append(word)
    jurisdiction = None
    if regulation:
        jurisdiction, coin_words = _jurisdiction(coin_words, after_regulation)
    return NewsQuery(
        limit=limit or DEFAULT_STORIES,
        regulation=regulation,
        jurisdiction=jurisdiction,
        coin=" ".join(coin_words) or None,
        capped=capped,
    )


def _jurisdiction(words: list[str], start: int) -> tuple[str | None, list[str]]:
    """The jurisdiction that all of ``words`` name, or the one or two words at ``start``
    (right after ``regulation``) or at the end name; and the words left."""
    whole = _code(" ".join(words))
    if whole is not None:
        return whole, []
    for at in dict.fromkeys((start, len(words) - 2, len(words) - 1)):
        for size in (2, 1):
            if at < 0 or at + size > len(words):
                continue
            named = _code(" ".join(words[at : at + size]))
            if named is not None:
                return named, words[:at] + words[at + size :]
    return None, words


def _code(name: str) -> str | None:
    """The jurisdiction code ``name`` stands for (``eu``, ``Hong Kong``), or None."""
    lowered = name.lower()
    if lowered in JURISDICTION_NAMES:
        return JURISDICTION_NAMES[lowered]
    return lowered.upper() if lowered.upper() in JURISDICTION_CODES else None
