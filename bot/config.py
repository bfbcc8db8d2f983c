"""The bot's settings, read once at start from the environment and ``.env``."""

from __future__ import annotations

import hashlib
import re
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

#: The feeds polled when ``NEWS_FEEDS`` is not set: the major crypto outlets.
DEFAULT_NEWS_FEEDS = (
    "https://www.coindesk.com/arc/outboundfeeds/rss/",
    "https://cointelegraph.com/rss",
    "https://decrypt.co/feed",
    "https://www.theblock.co/rss.xml",
    "https://coingeek.com/feed/",
    "https://bitcoinmagazine.com/.rss/full/",
    "https://cryptoslate.com/feed/",
    "https://bitcoinist.com/feed/",
    "https://www.newsbtc.com/feed/",
    "https://cryptopotato.com/feed/",
)
DEFAULT_COINS = ("BSV", "BTC", "BCH", "LTC", "DOGE")


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line naming the variable."""


def _split_list(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    """Every setting of the bot; names match the environment variables (see ``.env.example``)."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    coingecko_api_url: str = "https://api.coingecko.com/api/v3"
    coingecko_api_key: SecretStr = SecretStr("")
    cryptocompare_api_url: str = "https://min-api.cryptocompare.com"
    news_feeds: Annotated[list[str], NoDecode] = Field(default=list(DEFAULT_NEWS_FEEDS))
    database_url: str = "sqlite+aiosqlite:///data/cryptobot.db"
    # At most a day: the scheduler cannot take ``inf`` or ``1e15``, and no poll is that rare.
    price_poll_seconds: float = Field(default=60.0, ge=1.0, le=86400.0)
    news_poll_seconds: float = Field(default=300.0, ge=1.0, le=86400.0)
    default_coins: Annotated[list[str], NoDecode] = Field(default=list(DEFAULT_COINS))
    move_alert_percent: float = Field(default=5.0, gt=0.0, le=1000.0)
    move_alert_window_minutes: int = Field(default=60, ge=1, le=24 * 60)
    news_retention_days: int = Field(default=30, ge=1, le=36500)  # a century: "keep them all"
    log_level: str = "INFO"
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_secret_token: SecretStr | None = None

    @field_validator("news_feeds", "default_coins", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        return _split_list(value)

    @field_validator("news_feeds")
    @classmethod
    def _feeds_are_urls(cls, value: list[str]) -> list[str]:
        if not value:  # "NEWS_FEEDS=" reads as "not set": the built-in list, not no news
            return list(DEFAULT_NEWS_FEEDS)
        for url in value:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"not an http(s) URL: {url!r}")
        return value

    @field_validator("default_coins")
    @classmethod
    def _some_coins(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("name at least one coin, e.g. BTC,ETH")
        return value

    @field_validator("telegram_api_url", "coingecko_api_url", "cryptocompare_api_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"not an http(s) URL: {value!r}")
        return value.rstrip("/")

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("https://", "http://")):
            raise ValueError(f"not an http(s) URL: {value!r}")
        return value or None

    @field_validator("webhook_secret_token")
    @classmethod
    def _secret_token(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and -.
        if value is not None and not re.fullmatch(
            r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()
        ):
            raise ValueError("1 to 256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("telegram_bot_token", "webhook_secret_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    def require_token(self) -> str:
        """The bot token.

        Raises:
            SettingsError: it is not set.
        """
        if self.telegram_bot_token is None:
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is not set: put TELEGRAM_BOT_TOKEN=<token from @BotFather> "
                "in .env or the environment"
            )
        return self.telegram_bot_token.get_secret_value().strip()

    def require_webhook(self) -> tuple[str, str]:
        """The webhook's public URL and the secret Telegram sends with every update.

        Without ``WEBHOOK_SECRET_TOKEN``, the secret is derived from the bot token, so that
        every instance behind one proxy agrees on it without more configuration.

        Raises:
            SettingsError: ``WEBHOOK_URL`` is not set.
        """
        if not self.webhook_url:
            raise SettingsError(
                "WEBHOOK_URL is not set: put the public URL Telegram should post updates to, "
                "e.g. WEBHOOK_URL=https://bot.example.com/telegram, in .env"
            )
        if self.webhook_secret_token is not None:
            return self.webhook_url, self.webhook_secret_token.get_secret_value()
        digest = hashlib.sha256(b"cryptobot-webhook:" + self.require_token().encode())
        return self.webhook_url, digest.hexdigest()


def load_settings() -> Settings:
    """Read the settings.

    Raises:
        SettingsError: a value is malformed; the message names the variable and the problem.
    """
    try:
        return Settings()
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0]).upper() if error["loc"] else "settings"
        message = str(error["msg"]).removeprefix("Value error, ")
        given = error.get("input")
        secret = any(word in name for word in ("TOKEN", "KEY", "SECRET"))
        shown = (
            ""
            if secret or given is None or isinstance(given, list | dict)
            else f" (got {given!r})"
        )
        raise SettingsError(f"{name}: {message}{shown}") from None
