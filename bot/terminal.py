"""``cryptobot price``: the ``/price`` ticker, printed in a terminal."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Sequence

from bot.config import Settings
from bot.wiring import build_price_service, open_http_session
from services.errors import TooManyCoins
from services.prices.formatting import render_price_report

_TAGS = re.compile(r"<[^>]+>")


async def print_prices(settings: Settings, words: Sequence[str]) -> int:
    """Print the tickers of ``words`` (or the default watchlist); 1 when nothing was priced."""
    async with open_http_session() as http:
        prices = build_price_service(settings, http)
        try:
            report = await prices.lookup(list(words) or settings.default_coins)
        except TooManyCoins as exc:
            print(f"at most {exc.limit} coins at a time, e.g. cryptobot price btc eth")
            return 2
    print(html.unescape(_TAGS.sub("", render_price_report(report, time.time()))))
    return 0 if report.priced else 1
