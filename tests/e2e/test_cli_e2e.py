"""The ``cryptobot`` program as a user starts it: help, bad settings, the terminal ticker."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.conftest import Upstreams
from tests.e2e.process import BotProcess
from tests.fakes.telegram import TOKEN

pytestmark = pytest.mark.e2e


async def run(args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    return await (await BotProcess(args, env, cwd).start()).finish()


async def test_help_lists_every_subcommand(tmp_path: Path) -> None:
    status, out, _err = await run(["--help"], {}, tmp_path)
    assert status == 0
    for command in ("run", "webhook", "classify", "price"):
        assert command in out


async def test_run_without_a_token_says_what_to_set(tmp_path: Path) -> None:
    status, out, err = await run(["run"], {}, tmp_path)
    assert status == 2
    assert out == ""
    assert err.strip().splitlines() == [
        "cryptobot: error: TELEGRAM_BOT_TOKEN is not set: put TELEGRAM_BOT_TOKEN=<token from "
        "@BotFather> in .env or the environment"
    ]


async def test_token_is_read_from_dotenv_and_a_refused_token_is_one_line(
    upstreams: Upstreams, tmp_path: Path
) -> None:
    env = upstreams.env()
    secret = "4242:not-the-right-token"
    del env["TELEGRAM_BOT_TOKEN"]
    (tmp_path / ".env").write_text(f"TELEGRAM_BOT_TOKEN={secret}\n")
    status, _out, err = await run(["run"], env, tmp_path)
    assert status == 2
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == (
        "cryptobot: error: Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized); "
        "check the token in .env"
    )
    assert secret not in err


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("PRICE_POLL_SECONDS", "often", "PRICE_POLL_SECONDS: Input should be a valid number"),
        ("PRICE_POLL_SECONDS", "0", "PRICE_POLL_SECONDS: Input should be greater than or equal"),
        ("NEWS_FEEDS", "ftp://x", "NEWS_FEEDS: not an http(s) URL: 'ftp://x'"),
        ("TELEGRAM_API_URL", "api.telegram.org", "TELEGRAM_API_URL: not an http(s) URL"),
    ],
)
async def test_malformed_setting_is_one_clear_line(
    upstreams: Upstreams, tmp_path: Path, name: str, value: str, message: str
) -> None:
    status, _out, err = await run(["run"], upstreams.env(**{name: value}), tmp_path)
    assert status == 2
    [line] = err.strip().splitlines()
    assert line.startswith(f"cryptobot: error: {message}")


async def test_unreachable_bot_api_is_one_clear_line(upstreams: Upstreams, tmp_path: Path) -> None:
    env = upstreams.env(TELEGRAM_API_URL="http://127.0.0.1:9")
    status, _out, err = await run(["run"], env, tmp_path)
    assert status == 2
    assert "Traceback" not in err
    assert (
        err.strip()
        .splitlines()[-1]
        .startswith(
            "cryptobot: error: cannot reach the Bot API at TELEGRAM_API_URL=http://127.0.0.1:9"
        )
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:99999",  # aiohttp's error quotes the whole URL, token and all
        "http://127.0.0.1:{not_http}",  # an answer that is not HTTP: the same
    ],
)
async def test_a_bot_api_error_never_shows_the_token(
    upstreams: Upstreams, tmp_path: Path, url: str
) -> None:
    async def not_http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readline()
        writer.write(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(not_http, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        env = upstreams.env(TELEGRAM_API_URL=url.format(not_http=port))
        status, out, err = await run(["run"], env, tmp_path)
    finally:
        server.close()
    assert status == 2
    assert TOKEN not in out + err
    assert TOKEN.split(":")[1] not in out + err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("cryptobot: error: cannot reach the Bot API at TELEGRAM_API_URL=")


async def test_price_in_the_terminal(upstreams: Upstreams, tmp_path: Path) -> None:
    status, out, _err = await run(["price", "btc", "eth"], upstreams.env(), tmp_path)
    assert status == 0
    assert out.splitlines() == [
        "BTC $63,733 ▲1.22% · Vol $21.39B",
        "ETH $3,121 ▼0.35% · Vol $11.02B",
    ]


async def test_price_in_the_terminal_defaults_to_the_watchlist(
    upstreams: Upstreams, tmp_path: Path
) -> None:
    status, out, _err = await run(["price"], upstreams.env(DEFAULT_COINS="doge,bsv"), tmp_path)
    assert status == 0
    assert out.splitlines() == [
        "DOGE $0.1043 ▲5.77% · Vol $1.05B",
        "BSV $52.38 ▲3.50% · Vol $31.20M",
    ]


async def test_unreachable_database_is_one_clear_line(
    upstreams: Upstreams, tmp_path: Path
) -> None:
    env = upstreams.env(DATABASE_URL="postgresql+asyncpg://bot@127.0.0.1:9/cryptobot")
    status, _out, err = await run(["run"], env, tmp_path)
    assert status == 2
    assert "Traceback" not in err
    assert (
        err.strip()
        .splitlines()[-1]
        .startswith(
            "cryptobot: error: cannot open the database at "
            "DATABASE_URL=postgresql+asyncpg://bot@127.0.0.1:9/cryptobot: "
        )
    )
