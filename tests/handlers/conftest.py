"""Handler tests: updates through the real ``Application``, replies to a fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.app import build_application
from bot.context import BotApplication
from tests.conftest import Upstreams
from tests.fakes.telegram import SentMessage, make_update


@dataclass
class Chat:
    """Sends commands through the application and returns what the bot answered."""

    app: BotApplication
    upstreams: Upstreams
    _next_id: int = 1

    async def send(self, text: str, **chat: Any) -> list[SentMessage]:
        before = len(self.upstreams.telegram.sent)
        self._next_id += 1
        data = make_update(text, update_id=self._next_id, message_id=self._next_id, **chat)
        await self.app.process_update(Update.de_json(data, self.app.bot))
        return self.upstreams.telegram.sent[before:]

    async def reply(self, text: str, **chat: Any) -> str:
        """The one message the bot sent in answer to ``text``."""
        [message] = await self.send(text, **chat)
        return message.text


@pytest.fixture
async def chat(upstreams: Upstreams, tmp_path: Path) -> AsyncIterator[Chat]:
    app = build_application(upstreams.settings(tmp_path))
    await app.initialize()
    assert app.post_init is not None
    assert app.post_shutdown is not None
    await app.post_init(app)
    try:
        yield Chat(app, upstreams)
    finally:
        await app.post_shutdown(app)
        await app.shutdown()
