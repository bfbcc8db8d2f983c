"""The ``cryptobot`` command line: ``run``, ``webhook``, ``classify``, ``price``."""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import sys
from collections.abc import Sequence
from urllib.parse import urlsplit

from bot.config import Settings, SettingsError, load_settings
from bot.logs import configure_logging, redact_token_paths
from services.errors import DatabaseUnavailable

#: How often the start (deleting a webhook, setting one) is retried on a Bot API failure
#: before the bot gives up in one line.
BOOTSTRAP_RETRIES = 5


class StartupError(Exception):
    """The bot cannot start; the message is one line saying what to fix."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cryptobot",
        description="A Telegram bot for crypto prices and news, with regulation stories marked.",
        epilog="Settings come from the environment and a .env file; see .env.example.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    commands.add_parser("run", help="run the bot with long polling (the usual way)")
    commands.add_parser(
        "webhook", help="run the bot receiving updates by webhook (behind a proxy)"
    )
    commands.add_parser(
        "classify",
        help="read 'title<TAB>summary' lines on stdin; print 'regulation' or 'other' for each",
        description=(
            "Read news stories as 'title<TAB>summary' lines on stdin (the summary may be "
            "empty) and write one line per story: 'regulation' or 'other', then tab-separated "
            "score (0..1), jurisdiction, kind and the reason for the verdict."
        ),
    )
    price = commands.add_parser("price", help="print tickers in the terminal: price btc eth")
    price.add_argument("coins", nargs="*", help="tickers or names (default: DEFAULT_COINS)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; return the process's exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "classify":
            return _classify()
        settings = load_settings()
        if args.command == "price":
            configure_logging("WARNING")
            from bot.terminal import print_prices

            return asyncio.run(print_prices(settings, args.coins))
        return _serve(settings, webhook=args.command == "webhook")
    except (SettingsError, StartupError, DatabaseUnavailable) as exc:
        print(f"cryptobot: error: {redact_token_paths(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``cryptobot classify < stories.tsv | head``): stop quietly.
        _drop_stdout()
        return 1


def _classify() -> int:
    from bot.classify import classify_stream

    if sys.stdin is None or sys.stdout is None:  # started with "<&-" or ">&-"
        print(
            "cryptobot: error: classify reads stdin and writes stdout; give it both",
            file=sys.stderr,
        )
        return 2
    # Headlines come from anywhere: a stray byte must not end the stream.
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        return classify_stream(sys.stdin, sys.stdout)
    except BrokenPipeError:
        raise  # the reader went away: see main
    except OSError as exc:  # a full disk, a device error
        _drop_stdout()
        print(f"cryptobot: error: classify stopped: {exc}", file=sys.stderr)
        return 2


def _drop_stdout() -> None:
    """Keep the interpreter's last flush of stdout from failing once more on exit."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _serve(settings: Settings, *, webhook: bool) -> int:
    from telegram import Update
    from telegram.error import TelegramError

    from bot.app import build_application

    token = settings.require_token()
    configure_logging(settings.log_level, secrets=[token])
    asyncio.run(_check_bot_api(settings, token))
    webhook_url, secret = settings.require_webhook() if webhook else ("", "")
    application = build_application(settings)
    # Only what the handlers answer: fewer updates, and none the library cannot read.
    allowed = [Update.MESSAGE, Update.CHANNEL_POST]
    try:
        if not webhook:
            application.run_polling(allowed_updates=allowed, bootstrap_retries=BOOTSTRAP_RETRIES)
            return 0
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=urlsplit(webhook_url).path.lstrip("/"),
            webhook_url=webhook_url,
            secret_token=secret,
            allowed_updates=allowed,
            bootstrap_retries=BOOTSTRAP_RETRIES,
        )
    except OSError as exc:
        raise StartupError(
            f"cannot listen on WEBHOOK_LISTEN={settings.webhook_listen} "
            f"WEBHOOK_PORT={settings.webhook_port}: {exc.strerror or exc}"
        ) from None
    except TelegramError as exc:  # the start failed every retry
        raise StartupError(f"the Bot API failed the start: {exc.message}") from None
    return 0


async def _check_bot_api(settings: Settings, token: str) -> None:
    """Ask the Bot API who we are, so a bad token or URL fails in one line, not a traceback.

    Raises:
        StartupError: the token is refused or the Bot API cannot be reached.
    """
    from telegram import Bot
    from telegram.error import InvalidToken, NetworkError, TelegramError

    from bot.telegram_request import AiohttpRequest

    bot = Bot(
        token,
        base_url=f"{settings.telegram_api_url}/bot",
        request=AiohttpRequest(connection_pool_size=1),
        get_updates_request=AiohttpRequest(connection_pool_size=1),
    )
    try:
        async with bot:
            pass  # entering initializes the bot, which calls getMe
    except InvalidToken:
        # The exception's own message quotes the token: never print it.
        raise StartupError(
            "Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized); check the token in .env"
        ) from None
    except NetworkError as exc:
        raise StartupError(
            f"cannot reach the Bot API at TELEGRAM_API_URL={settings.telegram_api_url} "
            f"({exc.message})"
        ) from None
    except TelegramError as exc:
        raise StartupError(f"the Bot API refused to start the bot: {exc.message}") from None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
