"""``cryptobot classify``: one verdict line per input line, streamed."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.process import REPO

pytestmark = pytest.mark.e2e

LINES = [
    "SEC sues crypto exchange over unregistered securities offerings\tThe regulator filed suit.",
    "Bitcoin price tops $100,000 for the first time\t",
    "",
    "EU Parliament approves MiCA crypto rules",
    "Hacker drains $30M from DeFi lending protocol\tFunds were bridged to Ethereum.",
    "\t",
]

#: The classifier's whole environment: nothing of the developer's own.
ENV = {
    "PATH": os.environ.get("PATH", ""),
    "PYTHONPATH": str(REPO),
    "PYTHONIOENCODING": "utf-8:strict",
}


async def start(tmp_path: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "classify",
        cwd=tmp_path,
        env=ENV,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_one_line_out_per_line_in(tmp_path: Path) -> None:
    process = await start(tmp_path)
    out, err = await process.communicate(("\n".join(LINES) + "\n").encode())
    assert process.returncode == 0, err.decode()
    rows = [line.split("\t") for line in out.decode().splitlines()]
    assert len(rows) == len(LINES)
    assert [row[0] for row in rows] == [
        "regulation",
        "other",
        "other",
        "regulation",
        "other",
        "other",
    ]
    assert rows[0][2:4] == ["US", "enforcement"]
    assert rows[3][2:4] == ["EU", "legislation"]
    for row in rows:
        assert len(row) == 5
        assert 0.0 <= float(row[1]) <= 1.0
        assert row[4]  # the reason


async def test_answers_each_line_as_it_comes(tmp_path: Path) -> None:
    process = await start(tmp_path)
    assert process.stdin is not None
    assert process.stdout is not None
    for line, expected in [(LINES[0], "regulation"), (LINES[1], "other")]:
        process.stdin.write(line.encode() + b"\n")
        await process.stdin.drain()
        answer = await asyncio.wait_for(process.stdout.readline(), 10)
        assert answer.decode().split("\t")[0] == expected
    process.stdin.close()
    await process.wait()
    assert process.returncode == 0


async def test_bytes_that_are_not_utf8_do_not_crash_it(tmp_path: Path) -> None:
    process = await start(tmp_path)
    out, err = await process.communicate(b"Caf\xe9 owner fined by SEC\t\nok\n")
    assert process.returncode == 0, err.decode()
    assert len(out.decode().splitlines()) == 2


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    # ``cryptobot classify < stories.tsv | head -1``: the reader leaves after one answer.
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "classify"],
        cwd=tmp_path,
        env=ENV,
        stdin=subprocess.PIPE,
        stdout=write_end,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    assert process.stdin is not None
    process.stdin.write(LINES[0].encode() + b"\n")
    process.stdin.flush()
    with os.fdopen(read_end, "rb") as reader:
        assert reader.readline().startswith(b"regulation\t")
    # The pipe has no reader now: the next answer it writes meets a broken pipe.
    _, err = process.communicate(("\n".join(LINES) + "\n").encode() * 50, timeout=30)
    assert err == b"", err.decode()
    assert process.returncode == 1


def _errors_of(command: str, cwd: Path, lines: int = 1) -> tuple[int, list[str]]:
    """Run a shell command line that starts ``cryptobot classify`` (``$BOT``) on a story
    given ``lines`` times; its exit status and the lines it wrote to stderr."""
    result = subprocess.run(
        ["sh", "-c", command],
        input=(LINES[0] + "\n").encode() * lines,
        capture_output=True,
        cwd=cwd,
        env={**ENV, "BOT": f'"{sys.executable}" -m bot classify'},
        timeout=60,
    )
    return result.returncode, result.stderr.decode().splitlines()


def test_a_full_disk_is_one_line(tmp_path: Path) -> None:
    status, errors = _errors_of("eval exec $BOT >/dev/full", tmp_path, lines=2000)
    assert status == 2
    assert errors == ["cryptobot: error: classify stopped: [Errno 28] No space left on device"]


@pytest.mark.parametrize("closed", ["<&-", ">&-"])
def test_a_closed_stdin_or_stdout_is_one_line(tmp_path: Path, closed: str) -> None:
    status, errors = _errors_of(f"eval exec $BOT {closed}", tmp_path)
    assert status == 2
    assert errors == ["cryptobot: error: classify reads stdin and writes stdout; give it both"]
