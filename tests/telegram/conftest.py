"""End-to-end harness: the real python-telegram-bot application against the sandbox Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.clock import ShiftedClock
from bot.core import open_core
from bot.i18n import Translator
from bot.outbox import SenderLimits
from bot.replies import Arg
from bot.sandbox import ChatMessage, SandboxClient, SandboxServer, SandboxUser
from bot.telegram.app import build_application, polling
from bot.telegram.runtime import PolkuApp, Services
from store.models import Role
from tests.conftest import make_settings

# Fast enough for tests; the per-chat spacing test sets Telegram's real 1 s.
TEST_LIMITS = SenderLimits(per_chat_interval=0.05, backoff_base=0.05, idle_poll=0.2)


class RunningBot:
    """Starts, stops and restarts the real application on one database."""

    def __init__(
        self, server: SandboxServer, database_url: str, clock: ShiftedClock, limits: SenderLimits
    ) -> None:
        self.settings = make_settings(
            database_url,
            TELEGRAM_API_BASE_URL=server.base_url,
            TELEGRAM_API_BASE_FILE_URL=server.base_file_url,
        )
        self.clock = clock
        self.limits = limits
        # As `polku run` builds it (replies paced, a 429 held by its chat) when set.
        self.rate_limiter = False
        self.app: PolkuApp | None = None
        # Another process on the same database: works while the bot is down, too.
        self.side = open_core(self.settings, bot_username="polku_test_bot", clock=clock)
        self._running: AbstractAsyncContextManager[PolkuApp] | None = None

    @property
    def services(self) -> Services:
        assert self.app is not None
        return self.app.bot_data.services

    async def start(self) -> None:
        app = build_application(
            self.settings,
            clock=self.clock,
            sender_limits=self.limits,
            rate_limiter=self.rate_limiter,
        )
        self._running = polling(app, long_poll=1)
        self.app = await self._running.__aenter__()

    async def stop(self) -> None:
        running, self._running, self.app = self._running, None, None
        if running is not None:
            await running.__aexit__(None, None, None)

    async def close(self) -> None:
        await self.stop()
        await self.side.close()

    async def restart(self) -> None:
        await self.stop()
        await self.start()


@pytest.fixture
async def sandbox() -> AsyncIterator[SandboxServer]:
    server = SandboxServer(bot_username="polku_test_bot", bot_first_name="Polku")
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[SandboxClient]:
    async with SandboxClient(sandbox.url) as sandbox_client:
        yield sandbox_client


# Tests run at any hour, but the bot keeps quiet hours: simulated time starts on a
# weekday morning in Helsinki and flows on from there.
E2E_START = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Helsinki"))


@pytest.fixture
def e2e_clock() -> ShiftedClock:
    return ShiftedClock(E2E_START)


@pytest.fixture
async def bot(
    sandbox: SandboxServer, database_url: str, e2e_clock: ShiftedClock
) -> AsyncIterator[RunningBot]:
    # Every end-to-end test runs on SQLite and on PostgreSQL.
    running = RunningBot(sandbox, database_url, e2e_clock, TEST_LIMITS)
    await running.start()
    try:
        yield running
    finally:
        await running.close()


EN = Translator()


def say(key: str, language: str = "en", **args: Arg) -> str:
    """What a phone shows for message ``key``: the text without HTML tags."""
    import html
    import re

    text = EN.read(language, key, args)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def shows(message: ChatMessage, key: str, language: str = "en", **args: Arg) -> bool:
    return message.text == say(key, language, **args)


async def join(
    bot: RunningBot,
    client: SandboxClient,
    role: Role,
    name: str,
    language: str = "en",
    counsellor_id: int | None = None,
) -> SandboxUser:
    """A person joins with a fresh invite from an operator; returns them after the welcome."""
    issued = await bot.services.onboarding.issue(
        role=role, issuer=None, counsellor_id=counsellor_id, via="cli"
    )
    user = await client.create_user(name, language_code=language)
    await client.send_text(user, f"/start {issued.code}")
    await client.wait_for_bot_messages(user, count=2)
    return user


async def person_id(bot: RunningBot, user: SandboxUser) -> int:
    from store.db import transaction
    from store.people import PeopleRepository

    async with transaction(bot.services.core.sessions) as session:
        person = await PeopleRepository(session).by_telegram_id(user.id)
    assert person is not None
    return person.id


def invite_code(message: ChatMessage) -> str:
    """The start code of the invite link in ``message``."""
    import re

    match = re.search(r"https://t\.me/[A-Za-z0-9_]+\?start=([A-Za-z0-9_-]+)(\s|$)", message.text)
    assert match, f"no invite link in {message.text!r}"
    return match.group(1)


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 5.0) -> None:
    """Wait until ``check`` holds (for effects that follow a reply, such as the menu)."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"still not true after {seconds}s")
        await asyncio.sleep(0.02)


BIDI_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200f"))


def plain(text: str) -> str:
    """``text`` without the bidi marks Polku adds (isolates, RLM): for substring checks."""
    return text.translate(BIDI_MARKS)
