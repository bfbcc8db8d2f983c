"""Ticker lines: ``BTC $63,733 ▲1.22% · Vol $21.39B``."""

from __future__ import annotations

import html
import math

from services.ages import format_age
from services.errors import UnknownCoin
from services.prices.models import PriceQuote
from services.prices.service import PriceReport
from services.text import fold

#: Currencies written with a sign before the amount; others get their code after it.
CURRENCY_SIGNS = {
    "usd": "$",
    "eur": "€",
    "gbp": "£",
    "jpy": "¥",
    "cny": "¥",
    "krw": "₩",
    "inr": "₹",
    "rub": "₽",
    "try": "₺",
    "uah": "₴",
    "ngn": "₦",
    "php": "₱",
    "ils": "₪",
    "vnd": "₫",
}
SIGNIFICANT_DIGITS_BELOW_ONE = 4
_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))

#: A price its source last updated longer ago than this is shown with its age (a coin no
#: market trades any more, a source stuck on an old price), even when just fetched.
SOURCE_STALE_AFTER = 3600.0
_EARLIEST_UPDATE = 1e9  # September 2001: an earlier "last updated" is no time at all


def format_number(value: float) -> str:
    """A price's digits: whole units past 1,000, cents past 1, four significant digits below.

    >>> format_number(63733.2), format_number(84.123), format_number(0.00001234)
    ('63,733', '84.12', '0.00001234')
    """
    if not math.isfinite(value):
        return "?"
    magnitude = abs(value)
    if magnitude >= 1e15 or 0 < magnitude < 1e-12:  # no market's price: keep it short
        return f"{value:.3e}"
    if magnitude >= 1000:
        return f"{value:,.0f}"
    if magnitude >= 1 or magnitude == 0:
        return f"{value:,.2f}" if magnitude else "0"
    decimals = SIGNIFICANT_DIGITS_BELOW_ONE - 1 - math.floor(math.log10(magnitude))
    return f"{value:.{decimals}f}"


def with_currency(amount: str, currency: str) -> str:
    """``$63,733`` or ``63,733 CHF``."""
    sign = CURRENCY_SIGNS.get(currency.lower())
    if sign is None:
        return f"{amount} {currency.upper()}"
    if amount.startswith("-"):
        return f"-{sign}{amount[1:]}"
    return f"{sign}{amount}"


def format_price(value: float, currency: str) -> str:
    """``$63,733``, ``$0.1043``, ``0.0523 BTC``."""
    return with_currency(format_number(value), currency)


def format_compact(value: float, currency: str) -> str:
    """A large amount in short form: ``$21.39B``, ``€512.30M``, ``$940``."""
    if not math.isfinite(value):
        return "?"
    if abs(value) >= 1e15:
        return with_currency(f"{value:.2e}", currency)
    for scale, suffix in _SCALES:
        # Compared as rounded: 999,999,999 is $1.00B, not $1000.00M.
        if abs(value) >= scale * 0.999995:
            return with_currency(f"{value / scale:.2f}{suffix}", currency)
    return with_currency(f"{value:.0f}", currency)


def format_change(percent: float | None) -> str:
    """``▲1.22%``, ``▼0.35%``, ``0.00%``, or ``—`` when unknown."""
    if percent is None or not math.isfinite(percent):
        return "—"
    rounded = round(percent, 2)
    if rounded == 0:
        return "0.00%"
    arrow = "▲" if rounded > 0 else "▼"
    return f"{arrow}{abs(rounded):.2f}%"


def format_ticker(quote: PriceQuote, *, stale_for: float | None = None) -> str:
    """One ticker line, ``BTC $63,733 ▲1.22% · Vol $21.39B``.

    Args:
        quote: the quote to show.
        stale_for: when given, the price is the last known one, this many seconds old.
    """
    parts = [
        f"{quote.coin.symbol} {format_price(quote.price, quote.currency)}",
        format_change(quote.change_24h_pct),
    ]
    line = " ".join(parts)
    if quote.volume_24h is not None:
        line += f" · Vol {format_compact(quote.volume_24h, quote.currency)}"
    if stale_for is not None:
        line += f" · ⚠ {format_age(stale_for)} old"
    return line


def price_time(quote: PriceQuote) -> float:
    """When the price was made: when its source last updated it, if the source says so
    plausibly (not after we fetched it, not before 2001), else when we fetched it."""
    if _EARLIEST_UPDATE <= quote.updated_at <= quote.fetched_at:
        return quote.updated_at
    return quote.fetched_at


def render_price_report(report: PriceReport, now: float) -> str:
    """The whole ``/price`` reply, as Telegram HTML.

    A price the sources could not refresh, or that its source last updated over
    ``SOURCE_STALE_AFTER`` ago, is marked with its age.

    Args:
        report: what the price service answered.
        now: the current Unix time, to tell how old a stale price is.
    """
    lines: list[str] = []
    if any(priced.stale for priced in report.priced):
        lines.append("⚠ Price sources are not answering; showing the last known prices.")
    for priced in report.priced:
        age = now - price_time(priced.quote)
        stale_for = age if priced.stale or age > SOURCE_STALE_AFTER else None
        lines.append(html.escape(format_ticker(priced.quote, stale_for=stale_for)))
    for coin in report.unpriced:
        lines.append(f"{html.escape(coin.symbol)}: no price right now, try again in a minute.")
    for unknown in report.unknown:
        lines.append(describe_unknown(unknown))
    return "\n".join(lines)


def describe_unknown(
    unknown: UnknownCoin, example: str = "/price btc or /price bitcoin sv"
) -> str:
    """``I don't know "xyz". Did you mean XYO (XYO)?``, as Telegram HTML."""
    query = fold(unknown.query)
    query = query if len(query) <= 32 else query[:31] + "…"
    text = f'I don\'t know "{html.escape(query)}".'
    if unknown.suggestions:
        text += " Did you mean " + ", ".join(html.escape(s) for s in unknown.suggestions) + "?"
    else:
        text += f" Try a ticker or a name, e.g. {example}"
    return text
