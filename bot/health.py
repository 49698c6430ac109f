"""Health: is the database there and up to date, and is the work flowing?

``polku health`` and the webhook server's ``GET /healthz`` give the same report: counts,
ages in seconds and problem names; never a person, a message or a secret. Every worker
reads the same database, so every worker gives the same answer about it; the webhook
server adds whether its own outbox sender is running.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.settings import Settings
from store.db import create_engine, create_sessionmaker, is_sqlite, sqlite_file, transaction
from store.health import Backlog, at_head, backlog

log = logging.getLogger(__name__)

# A health check that waits longer than this for the database reports it unreachable.
TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True)
class HealthLimits:
    """Where healthy ends (see the ``POLKU_HEALTH_*`` settings)."""

    max_due: int = 50_000
    max_due_age: float = 1800.0
    max_in_doubt: int = 10
    max_unhandled_age: float = 120.0

    @classmethod
    def from_settings(cls, settings: Settings) -> HealthLimits:
        """The limits the deployment configured."""
        return cls(
            max_due=settings.health_max_due,
            max_due_age=float(settings.health_max_due_age),
            max_in_doubt=settings.health_max_in_doubt,
            max_unhandled_age=float(settings.health_max_unhandled_age),
        )


@dataclass(frozen=True)
class HealthReport:
    """One look at the deployment; ``problems`` is empty when it is healthy."""

    checked_at: datetime
    backend: str
    reachable: bool
    migrations_at_head: bool | None  # None: the database could not be asked
    backlog: Backlog | None
    problems: tuple[str, ...]
    sender_running: bool | None = None  # only a running worker knows
    leader: bool | None = None  # whether that worker runs the sender (bot/leadership.py)

    @property
    def healthy(self) -> bool:
        """Whether nothing is wrong."""
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        """The report as JSON-ready values: counts, seconds, names."""
        now = self.checked_at
        report: dict[str, Any] = {
            "status": "ok" if self.healthy else "unhealthy",
            "problems": list(self.problems),
            "checked_at": now.isoformat(),
            "database": {
                "backend": self.backend,
                "reachable": self.reachable,
                "migrations_at_head": self.migrations_at_head,
            },
        }
        if self.backlog is not None:
            b = self.backlog
            report["outbox"] = {
                "due": b.due,
                "oldest_due_age_seconds": _age(now, b.oldest_due),
                "in_doubt": b.in_doubt,
            }
            report["inbox"] = {
                "unhandled": b.unhandled,
                "oldest_unhandled_age_seconds": _age(now, b.oldest_unhandled),
                "given_up": b.given_up,
            }
        if self.sender_running is not None:
            report["worker"] = {"leader": self.leader, "sender_running": self.sender_running}
        return report


def _age(now: datetime, since: datetime | None) -> float | None:
    if since is None:
        return None
    return round(max((now - since).total_seconds(), 0.0), 1)


def judge(
    limits: HealthLimits, now: datetime, found: Backlog, *, sender_stopped: bool = False
) -> tuple[str, ...]:
    """The problem names for what was found in a database at head (empty: healthy)."""
    problems: list[str] = []
    if found.due > limits.max_due:
        problems.append("outbox_backlog")
    due_age = _age(now, found.oldest_due)
    if due_age is not None and due_age > limits.max_due_age:
        problems.append("outbox_oldest_due_too_old")
    if found.in_doubt > limits.max_in_doubt:
        problems.append("outbox_in_doubt")
    unhandled_age = _age(now, found.oldest_unhandled)
    if unhandled_age is not None and unhandled_age > limits.max_unhandled_age:
        problems.append("inbox_oldest_unhandled_too_old")
    if sender_stopped:
        problems.append("sender_stopped")
    return tuple(problems)


async def check(
    sessions: async_sessionmaker[AsyncSession],
    clock: Clock,
    limits: HealthLimits,
    *,
    backend: str,
    sender_running: bool | None = None,
    leader: bool | None = None,
    wait_seconds: float = TIMEOUT_SECONDS,
) -> HealthReport:
    """Look at the database through ``sessions`` (an unreachable one is a problem, not an error).

    Args:
        sessions: the database to look at.
        clock: for the ages.
        limits: where healthy ends.
        backend: ``sqlite`` or ``postgresql``, for the report.
        sender_running: whether this process's outbox sender runs (a worker knows).
        leader: whether this process should run it (a follower's sender rests).
        wait_seconds: how long to wait for the database.
    """
    now = clock.now()

    async def look() -> tuple[bool, Backlog | None]:
        async with transaction(sessions) as session:
            if not await at_head(session):
                # Another schema: the counting queries may not even run on it.
                return False, None
            return True, await backlog(session, now)

    try:
        head, found = await asyncio.wait_for(look(), wait_seconds)
    except Exception as exc:
        # The exception's text may name the host or the user, never a password
        # (hide_parameters); the type is enough for the log.
        log.warning("health_database_unreachable error=%s", type(exc).__name__)
        return HealthReport(
            now, backend, False, None, None, ("database_unreachable",), sender_running, leader
        )
    if found is None:
        problems: tuple[str, ...] = ("migrations_not_at_head",)
    else:
        # A follower's sender rests by design; only the leader's must run.
        stopped = sender_running is False and leader is not False
        problems = judge(limits, now, found, sender_stopped=stopped)
    return HealthReport(now, backend, True, head, found, problems, sender_running, leader)


async def check_settings(settings: Settings, clock: Clock) -> HealthReport:
    """``polku health``: look at the configured database with an engine of its own.

    A SQLite file that is not there is reported unreachable, not created.
    """
    backend = "sqlite" if is_sqlite(settings.database_url) else "postgresql"
    limits = HealthLimits.from_settings(settings)
    path = sqlite_file(settings.database_url)
    if path is not None and not path.is_file():
        return HealthReport(
            clock.now(), backend, False, None, None, ("database_unreachable",), None
        )
    engine = create_engine(settings.database_url)
    try:
        return await check(create_sessionmaker(engine), clock, limits, backend=backend)
    finally:
        await engine.dispose()


def describe(report: HealthReport) -> list[str]:
    """The report as lines for a terminal (``polku health`` without ``--json``)."""
    data = report.to_json()
    lines = [f"status\t{data['status']}"]
    database = data["database"]
    lines.append(f"database\t{database['backend']}")
    lines.append(f"database_reachable\t{_word(database['reachable'])}")
    if database["migrations_at_head"] is not None:
        lines.append(f"migrations_at_head\t{_word(database['migrations_at_head'])}")
    for section in ("outbox", "inbox", "worker"):
        for key, value in data.get(section, {}).items():
            shown = "-" if value is None else _word(value) if isinstance(value, bool) else value
            lines.append(f"{section}_{key}\t{shown}")
    lines += [f"problem\t{name}" for name in report.problems]
    return lines


def _word(value: bool) -> str:
    return "yes" if value else "no"
