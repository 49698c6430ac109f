"""Fixtures for the sandbox tests: a running server, a real PTB bot and a client."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import telegram

from bot.sandbox import SandboxClient, SandboxServer, SandboxUser

TOKEN = "123456:TEST"


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to PTB's timedelta periods; the int form warns (and warnings are errors)."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def server() -> AsyncIterator[SandboxServer]:
    """A sandbox on a free loopback port."""
    srv = SandboxServer(bot_username="polku_sandbox_bot", bot_first_name="Polku")
    await srv.start()
    try:
        yield srv
    finally:
        await srv.stop()


@pytest.fixture
async def bot(server: SandboxServer) -> AsyncIterator[telegram.Bot]:
    """An unmodified python-telegram-bot Bot pointed at the sandbox."""
    ptb = telegram.Bot(token=TOKEN, base_url=server.base_url, base_file_url=server.base_file_url)
    async with ptb:
        yield ptb


@pytest.fixture
async def sc(server: SandboxServer) -> AsyncIterator[SandboxClient]:
    """The control-API client."""
    async with SandboxClient(server.url) as client:
        yield client


@pytest.fixture
async def user(sc: SandboxClient) -> SandboxUser:
    """A Finnish-speaking user who has opened the chat."""
    return await sc.create_user("Aino", language_code="fi", started=True)
