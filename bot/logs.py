"""Logging set-up: one format, quiet HTTP libraries, and no secret in any line."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

#: Control characters but tab, and the characters that end a line in Unicode, each shown
#: as its escape (``\n``, ``\x1b``, ``\x85``, ``\u2028``).
_ESCAPED_CONTROLS = {
    code: chr(code).encode("unicode_escape").decode("ascii")
    for code in [*range(0x00, 0x09), *range(0x0A, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]
}


class RedactingFormatter(logging.Formatter):
    """A formatter that blanks out secrets wherever they appear, tracebacks included, and
    keeps each message on its line."""

    def __init__(self, fmt: str, secrets: Iterable[str]) -> None:
        super().__init__(fmt)
        self._secrets = [secret for secret in secrets if secret]

    def formatMessage(self, record: logging.LogRecord) -> str:
        # A message quotes upstreams (an API's error text, a feed's redirect): their control
        # characters are shown escaped, so they cannot forge log lines or drive a terminal.
        # (A traceback, added after this, keeps its lines.)
        record.message = record.message.translate(_ESCAPED_CONTROLS)
        return super().formatMessage(record)

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self._secrets:
            text = text.replace(secret, "<redacted>")
        return text


def configure_logging(level: str, secrets: Iterable[str] = ()) -> None:
    """Log to stderr at ``level``, with ``secrets`` redacted from every line."""
    handler = logging.StreamHandler()
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets)
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO, and Bot API URLs carry the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # APScheduler warns whenever a job is skipped because its last run is still going: by
    # design here (jobs never overlap), so only its errors are worth a line.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)


#: A Bot API request's path, which carries the token: ``/bot123:ABC.../getMe``.
_TOKEN_PATH = re.compile(r"/bot\d+:[^/\s'\"]+/")


def redact_token_paths(text: str) -> str:
    """``text`` with the token of every Bot API path in it replaced (error messages of HTTP
    libraries quote the URL)."""
    return _TOKEN_PATH.sub("/bot<redacted>/", text)
