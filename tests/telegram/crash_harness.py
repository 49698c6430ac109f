"""The real ``polku run`` as a child process that a test kills with SIGKILL and restarts.

The crash tests (``test_crash.py``) need what an in-process bot cannot give: a death with
no ``finally``, no ``post_stop`` and no last ``getUpdates`` that confirms what was fetched.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.sandbox import SandboxClient, SandboxServer, SandboxUser
from store.db import transaction
from store.models import LanguageSource, Person, Role
from store.people import PeopleRepository

BOT_USERNAME = "polku_test_bot"
ROOT = Path(__file__).resolve().parents[2]
BOT_TOKEN = "123456:TEST-token"
START_TIMEOUT = 30.0


def quiet_hours_elsewhere(now: datetime, zone: str = "Europe/Helsinki") -> str:
    """A one-minute quiet window twelve hours from ``now``: notices may go at any test time.

    Quiet hours are the deployment's policy, not what these tests are about; the default
    20:00-08:00 would hold every notice of a test that happens to run in the evening.
    """
    start = now.astimezone(ZoneInfo(zone)) + timedelta(hours=12)
    end = start + timedelta(minutes=1)
    return f"{start:%H:%M}-{end:%H:%M}"


@dataclass
class KillLog:
    """The seed and every kill, for assertion messages: enough to rerun the same schedule."""

    seed: int
    kills: list[str] = field(default_factory=list)

    def add(self, label: str, seconds: float) -> None:
        """Record one kill ``seconds`` after the moment named by ``label``."""
        self.kills.append(f"{label}+{seconds:.3f}s")

    def __len__(self) -> int:
        return len(self.kills)

    def __str__(self) -> str:
        return f"seed={self.seed} (POLKU_CRASH_SEED) kills=[{', '.join(self.kills)}]"


class BotProcess:
    """``polku run`` in long-polling mode against the in-process sandbox, on one database.

    Each start is a fresh process with its own log file under ``log_dir``; ``kill`` sends
    SIGKILL, so nothing in the process gets to clean up. ``close`` (teardown) kills whatever
    still runs.
    """

    def __init__(
        self,
        sandbox: SandboxServer,
        database_url: str,
        log_dir: Path,
        **env: str,
    ) -> None:
        self._sandbox = sandbox
        self._log_dir = log_dir
        self._process: asyncio.subprocess.Process | None = None
        self._logs: list[Path] = []
        inherited = {
            k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))
        }
        self.env = {
            **inherited,
            "TELEGRAM_BOT_TOKEN": BOT_TOKEN,
            "TELEGRAM_BOT_USERNAME": BOT_USERNAME,
            "TELEGRAM_API_BASE_URL": sandbox.base_url,
            "TELEGRAM_API_BASE_FILE_URL": sandbox.base_file_url,
            "POLKU_DATABASE_URL": database_url,
            "POLKU_LOG_LEVEL": "WARNING",
            # This checkout's code, also from a git worktree (the child runs in a temporary
            # folder, where `-m bot` would find the installed checkout instead).
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(ROOT), inherited.get("PYTHONPATH", "")) if p
            ),
            **env,
        }
        self.starts = 0

    @property
    def running(self) -> bool:
        """Whether a child process is alive."""
        return self._process is not None and self._process.returncode is None

    async def start(self) -> None:
        """Start a new process and return once it asks the sandbox for updates.

        A new ``getUpdates`` call (the sandbox counts them as poll generations) comes after
        ``post_init`` (database, outbox sender) and after python-telegram-bot's bootstrap.

        Raises:
            RuntimeError: the process exited or did not poll within ``START_TIMEOUT``.
        """
        assert not self.running, "the bot is already running"
        self.starts += 1
        log_path = self._log_dir / f"bot-{self.starts:02d}.log"
        self._logs.append(log_path)
        generation = self._sandbox.state.poll_generation
        with log_path.open("wb") as log:
            # The child holds its own copy of the descriptor; ours can close at once.
            self._process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                cwd=self._log_dir,
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=asyncio.subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while self._sandbox.state.poll_generation == generation:
            if self._process.returncode is not None:
                raise RuntimeError(
                    f"the bot exited with {self._process.returncode}:\n{self.log_tail()}"
                )
            if time.monotonic() > deadline:
                await self.kill()
                raise RuntimeError(f"the bot did not poll within {START_TIMEOUT}s")
            await asyncio.sleep(0.02)

    async def kill(self) -> None:
        """SIGKILL the process (no clean-up of any kind) and reap it."""
        process, self._process = self._process, None
        if process is None or process.returncode is not None:
            return
        process.send_signal(signal.SIGKILL)
        await process.wait()

    async def restart(self) -> None:
        """Kill (if running) and start again."""
        await self.kill()
        await self.start()

    async def close(self) -> None:
        """Teardown: never leave a child behind."""
        await self.kill()

    def log_tail(self, lines: int = 40) -> str:
        """The end of the newest process's log (for failure messages)."""
        if not self._logs or not self._logs[-1].exists():
            return "(no log)"
        text = self._logs[-1].read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:]) or "(empty log)"

    def errors(self) -> list[str]:
        """Tracebacks and ERROR lines of every process so far, first lines only."""
        found: list[str] = []
        for path in self._logs:
            if path.exists():
                for line in path.read_text(errors="replace").splitlines():
                    if "Traceback" in line or " ERROR " in line or "CRITICAL" in line:
                        found.append(f"{path.name}: {line[:200]}")
        return found


async def add_person(
    sessions: async_sessionmaker[AsyncSession],
    client: SandboxClient,
    name: str,
    role: Role,
    now: datetime,
) -> tuple[SandboxUser, Person]:
    """A sandbox user who has started the bot, and their ``people`` row (no bot traffic)."""
    user = await client.create_user(name, language_code="en", started=True)
    async with transaction(sessions) as session:
        person = await PeopleRepository(session).add(
            telegram_user_id=user.id,
            chat_id=user.id,
            role=role,
            display_name=name,
            language="en",
            language_source=LanguageSource.CLIENT,
            time_zone="Europe/Helsinki",
            now=now,
        )
    return user, person


async def settle(
    fingerprint: Callable[[], Awaitable[Hashable]],
    *,
    done: Callable[[], Awaitable[bool]],
    quiet: float,
    limit: float,
) -> float:
    """Wait until nothing changes for ``quiet`` seconds (shorter once ``done``), at most ``limit``.

    Returns:
        The seconds waited.
    """
    started = last_change = time.monotonic()
    seen = await fingerprint()
    while True:
        await asyncio.sleep(0.25)
        now = time.monotonic()
        current = await fingerprint()
        if current != seen:
            seen, last_change = current, now
        calm = now - last_change
        if calm >= quiet or (calm >= min(1.0, quiet) and await done()) or now - started > limit:
            return now - started
