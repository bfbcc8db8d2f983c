"""Exceptions raised by the services.

The tree::

    ServiceError                  anything a service reports on purpose
    ├── UpstreamError             a remote source (price API, feed) failed
    │   ├── UpstreamUnavailable   refused connection, timeout, 5xx
    │   ├── RateLimited           429 or an equivalent; carries ``retry_after``
    │   └── BadPayload            an answer we cannot parse or that lacks what we asked
    ├── PricesUnavailable         every price source failed and nothing is cached
    ├── DatabaseUnavailable       the database cannot be opened or migrated
    └── InvalidQuery              user input the services cannot act on
        ├── UnknownCoin           a coin nobody knows; carries close matches
        └── TooManyCoins          more coins than one request may ask for

Handlers turn ``InvalidQuery`` and ``PricesUnavailable`` into replies; anything else reaching
the error handler is a bug and is logged with its traceback.
"""

from __future__ import annotations

from collections.abc import Sequence


class ServiceError(Exception):
    """Base of every error a service raises on purpose."""


class UpstreamError(ServiceError):
    """A remote source failed.

    Attributes:
        source: a short name of the source (``coingecko``, a feed URL).
    """

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source


class UpstreamUnavailable(UpstreamError):
    """The source refused the connection, timed out or answered 5xx."""


class RateLimited(UpstreamError):
    """The source asked us to slow down.

    Attributes:
        retry_after: seconds to wait before asking again.
    """

    def __init__(self, source: str, message: str, retry_after: float) -> None:
        super().__init__(source, message)
        self.retry_after = retry_after


class BadPayload(UpstreamError):
    """The source answered something we cannot use (HTML, bad JSON, missing fields)."""


class PricesUnavailable(ServiceError):
    """No source could price the coins and no earlier price is known."""


class DatabaseUnavailable(ServiceError):
    """The database cannot be opened or migrated; the message says why, in one line."""


class InvalidQuery(ServiceError):
    """The user asked for something the services cannot act on."""


class UnknownCoin(InvalidQuery):
    """No coin answers to the query.

    Attributes:
        query: what the user typed.
        suggestions: display labels of close matches, best first (may be empty).
    """

    def __init__(self, query: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(f"unknown coin {query!r}")
        self.query = query
        self.suggestions = tuple(suggestions)


class TooManyCoins(InvalidQuery):
    """More coins than one request may ask for.

    Attributes:
        asked: how many were asked for.
        limit: how many are allowed.
    """

    def __init__(self, asked: int, limit: int) -> None:
        super().__init__(f"{asked} coins asked, at most {limit} allowed")
        self.asked = asked
        self.limit = limit
