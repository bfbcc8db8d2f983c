"""Dependencies the bot relies on without importing them itself."""

from __future__ import annotations

import importlib.util


def test_httpcore_finds_sniffio() -> None:
    # httpcore, under python-telegram-bot's httpx, imports sniffio on every Bot API
    # request; without it each import fails and searches the whole path again, which
    # costs about a quarter of the bot's CPU under a burst of commands.
    assert importlib.util.find_spec("sniffio") is not None
