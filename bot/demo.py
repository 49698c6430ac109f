"""``polku demo``: the sandbox Bot API, its chat page and the bot, on this machine only."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from pathlib import Path

from pydantic import SecretStr

from bot.core import Core, open_core
from bot.sandbox import SandboxClient, SandboxServer
from bot.settings import Settings
from bot.telegram.app import build_application, polling
from store.db import transaction
from store.migrations import upgrade_async
from store.models import Role
from store.people import PeopleRepository

log = logging.getLogger(__name__)

SANDBOX_TOKEN = "123456:SANDBOX"
SANDBOX_BOT = "polku_sandbox_bot"
DEMO_DATABASE = Path("var/demo.db")
DEMO_STAFF = (("Aino", "fi", Role.COORDINATOR), ("Mikko", "en", Role.COUNSELLOR))


def demo_database_url() -> str:
    """The demo database's URL, absolute: other ``polku`` commands can be pointed at it."""
    return f"sqlite+aiosqlite:///{DEMO_DATABASE.resolve()}"


def demo_settings(settings: Settings, server: SandboxServer) -> Settings:
    """The operator's settings, pointed at the sandbox and the demo database."""
    return settings.model_copy(
        update={
            "telegram_bot_token": SecretStr(SANDBOX_TOKEN),
            "telegram_api_base_url": server.base_url,
            "telegram_api_base_file_url": server.base_file_url,
            "telegram_bot_username": SANDBOX_BOT,
            "database_url": demo_database_url(),
        }
    )


async def run_demo(settings: Settings, *, host: str, port: int) -> int:
    """Run the demo until Ctrl+C; a fresh demo database each time."""
    _fresh_database()
    server = SandboxServer(bot_username=SANDBOX_BOT, bot_first_name="Polku")
    await server.start(host=host, port=port)
    config = demo_settings(settings, server)
    await upgrade_async(config.database_url)
    app = build_application(config)
    core = open_core(config, bot_username=SANDBOX_BOT)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    try:
        async with polling(app):
            await _invite_staff(core, server)
            server.persona_hook = lambda role: _persona_code(core, role)
            url = demo_database_url()
            path = url.removeprefix("sqlite+aiosqlite:///")
            print(
                f"\nPolku demo is running.\n"
                f"  Chat page:        {server.url}/\n"
                f"  Sandbox Bot API:  {server.base_url}\n"
                f"  Database:         {path} (a fresh one each start)\n"
                f"  Look into it:     POLKU_DATABASE_URL={url} polku people\n\n"
                "Open the chat page. Aino (coordinator) and Mikko (counsellor) have joined.\n"
                "Create a person with the role 'learner' to join as Mikko's learner, or pick\n"
                "Mikko and send /invite to make a link. Press Ctrl+C to stop.\n",
                flush=True,
            )
            await stop.wait()
    finally:
        await core.close()
        await server.stop()
    return 0


def _fresh_database() -> None:
    DEMO_DATABASE.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DEMO_DATABASE}{suffix}").unlink(missing_ok=True)


async def _invite_staff(core: Core, server: SandboxServer) -> None:
    async with SandboxClient(server.url) as client:
        for name, language, role in DEMO_STAFF:
            issued = await core.onboarding.issue(
                role=role, issuer=None, counsellor_id=None, via="cli"
            )
            user = await client.create_user(name, language_code=language)
            await client.send_text(user.id, f"/start {issued.code}")
            await client.wait_for_bot_messages(user.id, count=2, timeout=10)


async def _persona_code(core: Core, role: str) -> str | None:
    wanted = Role(role)
    counsellor_id = None
    if wanted is Role.LEARNER:
        async with transaction(core.sessions) as session:
            counsellors = await PeopleRepository(session).with_role(Role.COUNSELLOR)
        if not counsellors:
            return None
        counsellor_id = counsellors[0].id
    issued = await core.onboarding.issue(
        role=wanted, issuer=None, counsellor_id=counsellor_id, via="cli"
    )
    return issued.code
