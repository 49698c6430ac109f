"""What the ``polku`` subcommands do (the parser lives in :mod:`bot.cli`)."""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta
from urllib.parse import urlsplit

from telegram import Bot

from bot.core import open_core
from bot.onboarding import InviteError
from bot.settings import Settings, SettingsError
from store.db import transaction
from store.migrations import is_current, upgrade
from store.models import Role
from store.outbox import OutboxRepository
from store.people import PeopleRepository


def db_upgrade(settings: Settings) -> None:
    """Apply all migrations to the configured database."""
    upgrade(settings.database_url)
    print("database is up to date")


def run(settings: Settings, *, webhook: bool) -> int:
    """Run the bot against Telegram until interrupted."""
    from bot.telegram.app import ALLOWED_UPDATES, build_application

    settings.token  # noqa: B018 - fails early, naming TELEGRAM_BOT_TOKEN, when missing
    if not asyncio.run(is_current(settings.database_url)):
        print("polku: the database is not up to date: run `polku db upgrade`", file=sys.stderr)
        return 2
    app = build_application(settings, rate_limiter=True)
    if not webhook:
        app.run_polling(allowed_updates=ALLOWED_UPDATES)
        return 0
    if settings.webhook_url is None:
        raise SettingsError("POLKU_WEBHOOK_URL: not set (needed with --webhook)")
    if settings.webhook_secret is None:
        raise SettingsError("POLKU_WEBHOOK_SECRET: not set (needed with --webhook)")
    app.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
        webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret.get_secret_value(),
        allowed_updates=ALLOWED_UPDATES,
    )
    return 0


async def bot_username(settings: Settings) -> str:
    """The bot's username: from settings, or asked of the Bot API."""
    if settings.telegram_bot_username:
        return settings.telegram_bot_username
    async with Bot(
        settings.token,
        base_url=settings.telegram_api_base_url,
        base_file_url=settings.telegram_api_base_file_url,
    ) as bot:
        return bot.username


async def invite(
    settings: Settings, role: str, *, counsellor: int | None, uses: int, hours: int | None
) -> int:
    """Create an invite and print its link."""
    core = open_core(settings, bot_username=await bot_username(settings))
    try:
        issued = await core.onboarding.issue(
            role=Role(role),
            issuer=None,
            counsellor_id=counsellor,
            via="cli",
            uses=uses,
            ttl=timedelta(hours=hours) if hours else None,
        )
    except InviteError as exc:
        print(f"polku: cannot create the invite: {exc}", file=sys.stderr)
        return 2
    finally:
        await core.close()
    print(issued.link)
    print(
        f"role={issued.role.value} uses={issued.uses} "
        f"expires={issued.expires_at.isoformat(timespec='minutes')}",
        file=sys.stderr,
    )
    return 0


async def people(settings: Settings, role: str | None) -> int:
    """Print the people who have joined: id, role, language, name."""
    core = open_core(settings, bot_username="-")
    try:
        async with transaction(core.sessions) as session:
            repo = PeopleRepository(session)
            roles = [Role(role)] if role else list(Role)
            for each in roles:
                for person in await repo.with_role(each):
                    print(
                        f"{person.id}\t{person.role.value}\t{person.language}\t"
                        f"{person.display_name}"
                    )
    finally:
        await core.close()
    return 0


async def outbox(settings: Settings, action: str) -> int:
    """Print outbox counts per status, or requeue the rows in doubt."""
    core = open_core(settings, bot_username="-")
    try:
        async with transaction(core.sessions) as session:
            repo = OutboxRepository(session)
            if action == "requeue-in-doubt":
                print(f"requeued={await repo.requeue_in_doubt(core.clock.now())}")
            for status, count in sorted((await repo.counts()).items()):
                print(f"{status.value}\t{count}")
    finally:
        await core.close()
    return 0
