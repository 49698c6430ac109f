"""``polku demo``: the sandbox Bot API, its chat page and the bot, on this machine only.

The demo keeps its SQLite database (``var/demo.db``) between runs unless started with
``--fresh``. The sandbox keeps its world in memory, so on a kept database the people the
bot knows come back to the page (without their chat history) under their old Telegram
ids, and new updates are numbered after the ones the bot has stored.

The demo's clock is a :class:`~bot.clock.ShiftedClock` that the page's "+1 hour" and
"+1 day" buttons move (see :class:`DemoTime`); ``polku run`` has no such control.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import shlex
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import SecretStr
from sqlalchemy import func, select

from bot.clock import ShiftedClock, SystemClock
from bot.core import Core
from bot.outbox import SenderLimits
from bot.sandbox import SandboxClient, SandboxServer
from bot.settings import Settings
from bot.telegram.app import build_application, polling
from bot.telegram.runtime import PolkuApp
from store.db import transaction
from store.migrations import upgrade_async
from store.models import InboxUpdate, Person, Role
from store.people import PeopleRepository

log = logging.getLogger(__name__)

SANDBOX_TOKEN = "123456:SANDBOX"
SANDBOX_BOT = "polku_sandbox_bot"
DEMO_DATABASE = Path("var/demo.db")
DEMO_STAFF = (("Aino", "fi", Role.COORDINATOR), ("Mikko", "en", Role.COUNSELLOR))
# Jobs that look for the work of dead processes (claims and updates whose lease ran out).
# A jump of the clock would make this process's own work in progress look abandoned, so
# "+1 hour" does not run them; they still run on their own schedule.
_WORKER_JOBS = frozenset({"outbox-recover", "inbox-sweep", "inbox-purge"})
_MESSAGE_ID_EPOCH = 1_700_000_000


def demo_settings(settings: Settings, server: SandboxServer, database: Path) -> Settings:
    """The operator's settings, pointed at the sandbox and the demo database."""
    return settings.model_copy(
        update={
            "telegram_bot_token": SecretStr(SANDBOX_TOKEN),
            "telegram_api_base_url": server.base_url,
            "telegram_api_base_file_url": server.base_file_url,
            "telegram_bot_username": SANDBOX_BOT,
            "database_url": database_url(database),
        }
    )


def database_url(database: Path) -> str:
    """The SQLite URL of ``database``, absolute so that it works from any directory."""
    return f"sqlite+aiosqlite:///{database.resolve()}"


class DemoTime:
    """The demo's clock control: the page's "+1 hour" and "+1 day".

    It moves the injected clock of this process only, then runs at once the scheduled
    jobs whose period fits into the jump (the check-ins, the escalation hand-over,
    campaigns; the daily sweep on "+1 day") and wakes the outbox, so that reminders,
    digests and the intake reminder that fell due go out within seconds. The offset is
    saved next to the database, so a kept database does not see time go backwards.
    """

    def __init__(self, clock: ShiftedClock, offset_file: Path) -> None:
        self.clock = clock
        self.app: PolkuApp | None = None
        self._offset_file = offset_file

    def now(self) -> datetime:
        """The demo's time."""
        return self.clock.now()

    def offset(self) -> timedelta:
        """How far the demo's time is ahead of the real time."""
        return self.clock.now() - SystemClock().now()

    async def advance(self, delta: timedelta) -> None:
        """Jump ahead by ``delta`` and let the scheduler and the outbox notice."""
        self.clock.advance(delta)
        save_offset(self._offset_file, self.offset())
        log.info("demo_clock_advanced seconds=%d", delta.total_seconds())
        app = self.app
        if app is None:
            return
        if app.job_queue is not None:
            for job in app.job_queue.jobs():
                interval = getattr(job.job.trigger, "interval", None)
                if job.name in _WORKER_JOBS or not isinstance(interval, timedelta):
                    continue
                if interval <= delta:
                    await job.run(app)
        app.bot_data.services.outbox.wake()


def save_offset(offset_file: Path, offset: timedelta) -> None:
    """Keep the demo clock's offset for the next run on the same database."""
    offset_file.write_text(json.dumps({"offset_seconds": round(offset.total_seconds())}) + "\n")


def saved_offset(offset_file: Path) -> timedelta:
    """The demo clock's offset saved by an earlier run (zero if none or unreadable)."""
    try:
        data = json.loads(offset_file.read_text())
        return timedelta(seconds=float(data["offset_seconds"]))
    except (OSError, ValueError, KeyError, TypeError):
        return timedelta(0)


@dataclass
class Demo:
    """A running demo (see :func:`open_demo`)."""

    server: SandboxServer
    app: PolkuApp
    time: DemoTime
    database: Path
    kept: bool
    restored: int

    @property
    def core(self) -> Core:
        """The bot's services."""
        return self.app.bot_data.services.core


@asynccontextmanager
async def open_demo(
    settings: Settings,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    database: Path = DEMO_DATABASE,
    fresh: bool = False,
    start: datetime | None = None,
    sender_limits: SenderLimits | None = None,
) -> AsyncIterator[Demo]:
    """Start the sandbox, the database and the bot, with the demo staff joined.

    Args:
        settings: the operator's settings (token, URLs and database are replaced).
        host: address of the sandbox and its page.
        port: port of the page (0: a free one).
        database: the SQLite file; kept between runs.
        fresh: delete the database (and the saved clock offset) first.
        start: the demo's time at start (tests); else the real time plus the saved offset.
        sender_limits: outbox limits (tests shorten the idle poll).

    Yields:
        The running demo; everything stops when the block ends.
    """
    offset_file = database.with_suffix(".clock.json")
    kept = _prepare_database(database, offset_file, fresh=fresh)
    clock = ShiftedClock(start or SystemClock().now() + saved_offset(offset_file))
    time = DemoTime(clock, offset_file)
    server = SandboxServer(
        bot_username=SANDBOX_BOT, bot_first_name="Polku", clock=clock, time_control=time
    )
    await server.start(host=host, port=port)
    try:
        config = demo_settings(settings, server, database)
        await upgrade_async(config.database_url)
        app = build_application(config, clock=clock, sender_limits=sender_limits)
        async with polling(app):
            time.app = app
            core = app.bot_data.services.core
            restored = await _restore_people(core, server)
            await _invite_missing_staff(core, server)
            server.persona_hook = lambda role: _persona_code(core, role)
            server.people_hook = lambda: _bot_roles(core)
            yield Demo(server, app, time, database, kept, restored)
    finally:
        await server.stop()


async def run_demo(
    settings: Settings,
    *,
    host: str,
    port: int,
    fresh: bool = False,
    database: Path = DEMO_DATABASE,
) -> int:
    """Run the demo until Ctrl+C, keeping its database unless ``fresh``."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    async with open_demo(settings, host=host, port=port, database=database, fresh=fresh) as demo:
        print(banner(demo, settings.time_zone), flush=True)
        await stop.wait()
    return 0


def banner(demo: Demo, time_zone: str) -> str:
    """What ``polku demo`` prints once it is ready."""
    path = demo.database.resolve()
    if demo.kept:
        state = (
            f"kept from the last run ({demo.restored} people are back on the page; their "
            "chat history is not).\n"
            "                    Start over with: polku demo --fresh"
        )
    else:
        state = "fresh (a new database). The next `polku demo` keeps it; --fresh starts over."
    now = demo.time.now().astimezone(ZoneInfo(time_zone))
    ahead = demo.time.offset()
    shift = f" (real time + {_span(ahead)})" if ahead >= timedelta(minutes=1) else ""
    command = f"POLKU_DATABASE_URL={shlex.quote(database_url(demo.database))} {_polku()} people"
    return (
        f"\nPolku demo is running.\n"
        f"  Chat page:        {demo.server.url}/\n"
        f"  Sandbox Bot API:  {demo.server.base_url}\n"
        f"  Database:         {path}\n"
        f"                    {state}\n"
        f"  Demo time:        {now:%Y-%m-%d %H:%M} {time_zone}{shift}; the page's "
        "+1 hour and +1 day buttons move it\n\n"
        "Open the chat page. Aino (coordinator) and Mikko (counsellor) have joined.\n"
        "Create a person with the role 'learner' to join as Mikko's learner, or pick\n"
        "Mikko and send /invite to make a link.\n\n"
        "The people in this database, from another terminal:\n"
        f"  {command}\n\n"
        "Press Ctrl+C to stop.\n"
    )


def _polku() -> str:
    """How to call ``polku`` from here: the running script's path, else the bare name."""
    script = Path(sys.argv[0])
    if script.name != "polku":
        return "polku"
    with contextlib.suppress(ValueError):
        relative = os.path.relpath(script)
        if not relative.startswith(".."):
            return relative if os.sep in relative else f".{os.sep}{relative}"
    return str(script)


def _span(delta: timedelta) -> str:
    days, rest = divmod(round(delta.total_seconds() / 60), 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [f"{days} d" if days else "", f"{hours} h" if hours else "", f"{minutes} min"]
    return " ".join(p for p in parts[:2] if p) or parts[2]


def _prepare_database(database: Path, offset_file: Path, *, fresh: bool) -> bool:
    """Whether an earlier run's database is kept; else make room for a new one."""
    if database.exists() and not fresh:
        return True
    database.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    offset_file.unlink(missing_ok=True)
    return False


async def _restore_people(core: Core, server: SandboxServer) -> int:
    """Bring the people of a kept database back to the sandbox, under their old ids."""
    async with transaction(core.sessions) as session:
        people = (await session.scalars(select(Person).order_by(Person.id))).all()
        last_update = await session.scalar(select(func.max(InboxUpdate.update_id)))
    state = server.state
    if last_update is not None:
        # The bot drops an update whose id it has stored: a new run must not reuse one.
        state.continue_update_ids(last_update)
    # Message ids go on from above the last run's too: the bot may have stored some (to
    # edit a question's buttons away) and must not meet them again on other messages.
    # Seconds since late 2023 grow faster than a person in the demo writes.
    first_message_id = max(1, int(SystemClock().now().timestamp()) - _MESSAGE_ID_EPOCH)
    restored = 0
    for person in people:
        if person.telegram_user_id in state.users:
            continue
        user = state.add_user(
            person.display_name or "?",
            language_code=person.language,
            started=True,
            user_id=person.telegram_user_id,
        )
        user.blocked = person.blocked_at is not None
        state.chat(user.id).next_message_id = first_message_id
        restored += 1
    return restored


async def _invite_missing_staff(core: Core, server: SandboxServer) -> None:
    """Aino and Mikko join, unless the database already has a coordinator and a counsellor."""
    async with SandboxClient(server.url) as client:
        for name, language, role in DEMO_STAFF:
            async with transaction(core.sessions) as session:
                if await PeopleRepository(session).with_role(role):
                    continue
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


async def _bot_roles(core: Core) -> dict[int, str]:
    """Telegram user id -> role as the bot has recorded it (the page's sidebar)."""
    async with core.sessions() as session:
        rows = await session.execute(select(Person.telegram_user_id, Person.role, Person.active))
        return {
            telegram_id: Role(role).value if active else f"{Role(role).value}, access ended"
            for telegram_id, role, active in rows
        }
