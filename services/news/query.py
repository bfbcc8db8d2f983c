"""What a `/news` request asks for: `/news 15`, `/news regulation`, `/news btc`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from services.errors import InvalidQuery

DEFAULT_STORIES = 8
MAX_STORIES = 20
REGULATION_WORDS = frozenset({"regulation", "regulations", "regulatory", "reg", "regs", "legal"})


class BadNewsQuery(InvalidQuery):
    """A ``/news`` request that cannot be read; the message says what was wrong."""


@dataclass(frozen=True, slots=True)
class NewsQuery:
    """A parsed ``/news`` request.

    Attributes:
        limit: how many stories to show.
        regulation: only regulation stories.
        coin: the words naming a coin (``bitcoin sv``), or ``None`` for every coin.
        capped: the user asked for more than ``MAX_STORIES``; ``limit`` was lowered.
    """

    limit: int = DEFAULT_STORIES
    regulation: bool = False
    coin: str | None = None
    capped: bool = False


def parse_news_query(words: Sequence[str]) -> NewsQuery:
    """Read a ``/news`` request's words, in any order.

    Raises:
        BadNewsQuery: a count below 1, or two counts.
    """
    limit: int | None = None
    capped = False
    regulation = False
    coin_words: list[str] = []
    for word in words:
        if word.lstrip("-").isdigit():
            if limit is not None:
                raise BadNewsQuery("one number at most, e.g. /news 5")
            asked = int(word)
            if asked < 1:
                raise BadNewsQuery(f"the number of stories goes from 1 to {MAX_STORIES}")
            limit, capped = min(asked, MAX_STORIES), asked > MAX_STORIES
        elif word.lower() in REGULATION_WORDS:
            regulation = True
        else:
            coin_words.append(word)
    return NewsQuery(
        limit=limit or DEFAULT_STORIES,
        regulation=regulation,
        coin=" ".join(coin_words) or None,
        capped=capped,
    )
