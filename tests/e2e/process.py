"""Running the real ``cryptobot`` program as a child process."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


class BotProcess:
    """``python -m bot <args>`` with a clean environment of exactly the settings given.

    Args:
        args: the subcommand and its arguments.
        env: settings (CONTRACT names) to set; nothing else of ours leaks in.
        cwd: the working directory (where ``.env`` and ``data/`` are looked for).
    """

    def __init__(self, args: list[str], env: Mapping[str, str], cwd: Path) -> None:
        self.args = args
        self.env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(REPO),
            "PYTHONUNBUFFERED": "1",
            **env,
        }
        self.cwd = cwd
        self.process: asyncio.subprocess.Process | None = None
        self.stderr = b""

    async def start(self) -> BotProcess:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            *self.args,
            env=self.env,
            cwd=self.cwd,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        return self

    async def stop(self, timeout: float = 15.0) -> int:
        """Send SIGTERM and wait; return the exit status (the test fails if it hangs)."""
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            _out, self.stderr = await asyncio.wait_for(self.process.communicate(), timeout)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
            raise AssertionError(f"cryptobot did not stop within {timeout}s of SIGTERM") from None
        assert self.process.returncode is not None
        return self.process.returncode

    async def finish(self, timeout: float = 30.0) -> tuple[int, str, str]:
        """Wait for a process that exits by itself; return status, stdout, stderr."""
        assert self.process is not None
        out, err = await asyncio.wait_for(self.process.communicate(), timeout)
        assert self.process.returncode is not None
        return self.process.returncode, out.decode(), err.decode()
