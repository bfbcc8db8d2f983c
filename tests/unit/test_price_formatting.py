"""Ticker formatting: numbers, changes, volumes, whole lines and replies."""

from __future__ import annotations

import pytest

from services.ages import format_age
from services.errors import UnknownCoin
from services.prices.formatting import (
    format_change,
    format_compact,
    format_number,
    format_price,
    format_ticker,
    render_price_report,
)
from services.prices.models import Coin, PriceQuote
from services.prices.service import PricedCoin, PriceReport

BTC = Coin("bitcoin", "BTC", "Bitcoin")
DOGE = Coin("dogecoin", "DOGE", "Dogecoin")


def quote(coin: Coin = BTC, price: float = 63733.21, **fields: object) -> PriceQuote:
    values: dict[str, object] = {
        "coin": coin,
        "currency": "usd",
        "price": price,
        "change_24h_pct": 1.2234,
        "volume_24h": 21_390_000_000.0,
        "market_cap": None,
        "updated_at": 1000.0,
        "fetched_at": 1000.0,
        "source": "coingecko",
    }
    values.update(fields)
    return PriceQuote(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (63733.21, "63,733"),
        (1000.0, "1,000"),
        (999.999, "1,000.00"),
        (84.123, "84.12"),
        (1.0, "1.00"),
        (0.10432, "0.1043"),
        (0.5, "0.5000"),
        (0.0000123449, "0.00001234"),
        (0.000000001234, "0.000000001234"),
        (0.0, "0"),
        (float("nan"), "?"),
        # No market's price, but an upstream may say so: short, not 324 digits.
        (5e-324, "4.941e-324"),
        (1.5e300, "1.500e+300"),
    ],
)
def test_format_number(value: float, expected: str) -> None:
    assert format_number(value) == expected


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        (63733.2, "usd", "$63,733"),
        (0.1043, "eur", "€0.1043"),
        (9_800_000.0, "jpy", "¥9,800,000"),
        (58000.0, "chf", "58,000 CHF"),
        (0.05, "btc", "0.05000 BTC"),
    ],
)
def test_format_price(value: float, currency: str, expected: str) -> None:
    assert format_price(value, currency) == expected


@pytest.mark.parametrize(
    ("percent", "expected"),
    [
        (1.2234, "▲1.22%"),
        (-0.351, "▼0.35%"),
        (0.0, "0.00%"),
        (-0.001, "0.00%"),
        (12.345, "▲12.35%"),
        (None, "—"),
        (float("inf"), "—"),
    ],
)
def test_format_change(percent: float | None, expected: str) -> None:
    assert format_change(percent) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (21_390_000_000.0, "$21.39B"),
        (1_234_000_000_000.0, "$1.23T"),
        (512_300_000.0, "$512.30M"),
        (45_600.0, "$45.60K"),
        (940.0, "$940"),
        (999_999_999.0, "$1.00B"),  # not $1000.00M
        (999_996.0, "$1.00M"),
        (999_994.0, "$999.99K"),
        (999.4, "$999"),
        (1e300, "$1.00e+300"),
    ],
)
def test_format_compact(value: float, expected: str) -> None:
    assert format_compact(value, "usd") == expected


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(-5, "0s"), (45, "45s"), (60, "1 min"), (719, "11 min"), (7200, "2h"), (200_000, "2d")],
)
def test_format_age(seconds: float, expected: str) -> None:
    assert format_age(seconds) == expected


@pytest.mark.parametrize(
    ("q", "stale_for", "expected"),
    [
        (quote(), None, "BTC $63,733 ▲1.22% · Vol $21.39B"),
        (
            quote(DOGE, 0.10432, change_24h_pct=-3.0, volume_24h=1.05e9),
            None,
            "DOGE $0.1043 ▼3.00% · Vol $1.05B",
        ),
        (quote(volume_24h=None), None, "BTC $63,733 ▲1.22%"),
        (quote(change_24h_pct=None), None, "BTC $63,733 — · Vol $21.39B"),
        (quote(), 720.0, "BTC $63,733 ▲1.22% · Vol $21.39B · ⚠ 12 min old"),
    ],
)
def test_format_ticker(q: PriceQuote, stale_for: float | None, expected: str) -> None:
    assert format_ticker(q, stale_for=stale_for) == expected


def test_report_marks_stale_prices_and_escapes_user_text() -> None:
    report = PriceReport(
        priced=(PricedCoin(quote(fetched_at=1000.0), stale=True),),
        unpriced=(DOGE,),
        unknown=(UnknownCoin("<b>x&y", ["XYO (XYO Network)"]),),
    )
    text = render_price_report(report, now=1000.0 + 3 * 3600)
    assert text.splitlines() == [
        "⚠ Price sources are not answering; showing the last known prices.",
        "BTC $63,733 ▲1.22% · Vol $21.39B · ⚠ 3h old",
        "DOGE: no price right now, try again in a minute.",
        'I don\'t know "&lt;b&gt;x&amp;y". Did you mean XYO (XYO Network)?',
    ]


def test_report_of_unknown_coin_without_suggestions_gives_an_example() -> None:
    text = render_price_report(PriceReport((), (), (UnknownCoin("zzzz"),)), now=0.0)
    assert text == (
        'I don\'t know "zzzz". Try a ticker or a name, e.g. /price btc or /price bitcoin sv'
    )


def test_report_truncates_a_very_long_unknown_query() -> None:
    text = render_price_report(PriceReport((), (), (UnknownCoin("a" * 5000),)), now=0.0)
    assert len(text) < 200
    assert "a" * 31 + "…" in text


T = 1_764_000_000.0  # a Unix time of late 2025


@pytest.mark.parametrize(
    ("updated_at", "stale", "shown"),
    [
        # Just fetched, but its source last updated it two hours before: shown with its age.
        (T - 2 * 3600, False, "BTC $63,733 ▲1.22% · Vol $21.39B · ⚠ 2h old"),
        # Updated within the hour: a fresh price.
        (T - 3000, False, "BTC $63,733 ▲1.22% · Vol $21.39B"),
        # Not refreshed, and older at its source than when fetched: its age at the source.
        (T - 3600, True, "BTC $63,733 ▲1.22% · Vol $21.39B · ⚠ 2h old"),
        # A source's time that cannot be: none (0), or after the fetch.
        (0.0, False, "BTC $63,733 ▲1.22% · Vol $21.39B"),
        (T + 600, False, "BTC $63,733 ▲1.22% · Vol $21.39B"),
    ],
)
def test_a_price_its_source_has_not_updated_for_long_is_marked_with_its_age(
    updated_at: float, stale: bool, shown: str
) -> None:
    now = T + (3600 if stale else 10)
    report = PriceReport(
        priced=(PricedCoin(quote(updated_at=updated_at, fetched_at=T), stale=stale),),
        unpriced=(),
    )
    assert render_price_report(report, now=now).splitlines()[-1] == shown
