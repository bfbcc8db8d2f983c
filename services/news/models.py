"""Plain values of the news domain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One normalised item of one outlet's feed.

    Attributes:
        outlet: the outlet's display name (``CoinDesk``).
        title: plain text: no HTML, entities decoded, whitespace folded.
        summary: plain text as ``title``; may be empty.
        link: the canonical link (absolute, tracking parameters removed); may be empty.
        guid: the feed's own id for the item, or the link when it has none.
        published_at: when it was published, timezone-aware UTC; ``None`` when the feed gave none.
    """

    outlet: str
    title: str
    summary: str
    link: str
    guid: str
    published_at: datetime | None
