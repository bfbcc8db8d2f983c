"""Settings: CONTRACT names, defaults, lists, and one clear line for bad values."""

from __future__ import annotations

import logging

import pytest

from bot.config import DEFAULT_NEWS_FEEDS, Settings, SettingsError, load_settings
from bot.logs import RedactingFormatter


def test_defaults_match_the_contract(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.chdir(tmp_path)  # type: ignore[arg-type]
    settings = load_settings()
    assert settings.telegram_bot_token is None
    assert settings.telegram_api_url == "https://api.telegram.org"
    assert settings.coingecko_api_url == "https://api.coingecko.com/api/v3"
    assert settings.coingecko_api_key.get_secret_value() == ""
    assert settings.cryptocompare_api_url == "https://min-api.cryptocompare.com"
    assert settings.news_feeds == list(DEFAULT_NEWS_FEEDS)
    assert settings.database_url == "sqlite+aiosqlite:///data/cryptobot.db"
    assert (settings.price_poll_seconds, settings.news_poll_seconds) == (60, 300)
    assert settings.default_coins == ["BSV", "BTC", "BCH", "LTC", "DOGE"]
    assert (settings.move_alert_percent, settings.move_alert_window_minutes) == (5, 60)


def test_values_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", " 42:abc ")
    monkeypatch.setenv("NEWS_FEEDS", "http://a.example/rss, https://b.example/feed ,")
    monkeypatch.setenv("DEFAULT_COINS", "btc,eth")
    monkeypatch.setenv("PRICE_POLL_SECONDS", "1")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:8081/")
    settings = load_settings()
    assert settings.require_token() == "42:abc"
    assert settings.news_feeds == ["http://a.example/rss", "https://b.example/feed"]
    assert settings.default_coins == ["btc", "eth"]
    assert settings.price_poll_seconds == 1
    assert settings.telegram_api_url == "http://127.0.0.1:8081"


@pytest.mark.parametrize("value", ["", " , "])
def test_empty_news_feeds_mean_the_built_in_list(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("NEWS_FEEDS", value)
    assert load_settings().news_feeds == list(DEFAULT_NEWS_FEEDS)


def test_dotenv_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.chdir(tmp_path)  # type: ignore[arg-type]
    with open(".env", "w") as env:
        env.write("TELEGRAM_BOT_TOKEN=7:from-dotenv\nNEWS_POLL_SECONDS=5\n")
    settings = load_settings()
    assert settings.require_token() == "7:from-dotenv"
    assert settings.news_poll_seconds == 5


def test_token_never_shows_in_repr() -> None:
    settings = Settings(_env_file=None, telegram_bot_token="42:very-secret")  # type: ignore[call-arg]
    assert "very-secret" not in repr(settings)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("PRICE_POLL_SECONDS", "soon", "PRICE_POLL_SECONDS: Input should be a valid number"),
        ("NEWS_POLL_SECONDS", "0.5", "NEWS_POLL_SECONDS: Input should be greater than or equal"),
        ("NEWS_POLL_SECONDS", "inf", "NEWS_POLL_SECONDS: Input should be less than or equal"),
        ("PRICE_POLL_SECONDS", "1e15", "PRICE_POLL_SECONDS: Input should be less than or equal"),
        ("DEFAULT_COINS", " , ", "DEFAULT_COINS: name at least one coin, e.g. BTC,ETH"),
        ("NEWS_FEEDS", "feeds.example/rss", "NEWS_FEEDS: not an http(s) URL"),
        ("MOVE_ALERT_PERCENT", "-1", "MOVE_ALERT_PERCENT: Input should be greater than 0"),
        ("LOG_LEVEL", "loud", "LOG_LEVEL: one of DEBUG, INFO"),
        # A million days would overflow every date it is taken from.
        ("NEWS_RETENTION_DAYS", "1000000", "NEWS_RETENTION_DAYS: Input should be less than"),
    ],
)
def test_malformed_values_fail_with_one_line(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    text = str(caught.value)
    assert text.startswith(message)
    assert "\n" not in text


def test_missing_token_says_what_to_set() -> None:
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN is not set"):
        Settings(_env_file=None).require_token()  # type: ignore[call-arg]


def test_log_lines_never_carry_the_token() -> None:
    formatter = RedactingFormatter("%(message)s", ["42:secret"])
    try:
        raise RuntimeError("POST https://api.telegram.org/bot42:secret/getMe failed")
    except RuntimeError as exc:
        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "url %s", ("/bot42:secret/x",), (type(exc), exc, None)
        )
    text = formatter.format(record)
    assert "42:secret" not in text
    assert text.count("<redacted>") == 2


def test_a_message_quoting_an_upstream_keeps_to_its_line() -> None:
    """An API's error text or a feed's redirect cannot forge a log line or drive a terminal."""
    formatter = RedactingFormatter("%(levelname)s %(message)s", [])
    forged = "bad\n2026-01-01 00:00:00 CRITICAL bot.app: rotate the token\x1b[2J\r\x85\u2028\x9b"
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        record = logging.LogRecord(
            "x",
            logging.WARNING,
            __file__,
            1,
            "upstream said %s",
            (forged,),
            (type(exc), exc, exc.__traceback__),
        )
    first, *traceback = formatter.format(record).splitlines()
    assert first == (
        "WARNING upstream said bad\\n2026-01-01 00:00:00 CRITICAL bot.app: rotate the token"
        "\\x1b[2J\\r\\x85\\u2028\\x9b"
    )
    assert traceback[0] == "Traceback (most recent call last):"  # its lines kept
    assert traceback[-1] == "RuntimeError: boom"
