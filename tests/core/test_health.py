"""``polku health``: the database, the outbox's backlog and the inbox, judged by limits."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from bot.clock import FrozenClock
from bot.core import Core
from bot.health import HealthLimits, check
from store.db import create_engine, create_sessionmaker, transaction
from store.inbox import InboxRepository
from store.migrations import upgrade
from store.models import OutboxStatus, Person, Role
from store.outbox import NewOutboxRow, OutboxRepository
from tests.core.test_settings import polku
from tests.factories import add_person

TOKEN = "123456:TEST-token"


def row(key: str, person: Person, not_before: datetime, **fields: object) -> NewOutboxRow:
    return NewOutboxRow(
        key=key,
        chat_id=person.chat_id,
        person_id=person.id,
        kind="plan_reminder",
        payload={"text": "Muista CV huomenna"},
        not_before=not_before,
        created_at=not_before,
        **fields,  # type: ignore[arg-type]
    )


async def fill(core: Core, clock: FrozenClock) -> None:
    """Two due rows (the oldest due 20 minutes ago), one later, one in doubt, one held for
    a person who blocked the bot; two updates waiting, one of them for 90 seconds."""
    now = clock.now()
    amal = await add_person(core.sessions, clock, 501)
    omar = await add_person(core.sessions, clock, 502)
    async with transaction(core.sessions) as session:
        await OutboxRepository(session).enqueue(
            [
                row("a", amal, now - timedelta(minutes=20)),
                row("b", amal, now - timedelta(minutes=1)),
                row("c", amal, now + timedelta(hours=1)),
                row("d", amal, now - timedelta(hours=2), status=OutboxStatus.IN_DOUBT),
                row("e", omar, now - timedelta(hours=3)),
            ]
        )
        await session.execute(update(Person).where(Person.id == omar.id).values(blocked_at=now))
        inbox = InboxRepository(session)
        lease = timedelta(seconds=30)
        await inbox.store(
            [(1, 501, {"update_id": 1})], now=now - timedelta(seconds=90), lease=lease
        )
        await inbox.store([(2, 502, {"update_id": 2})], now=now, lease=lease)
        await inbox.store([(3, 502, {"update_id": 3})], now=now, lease=lease)
        await inbox.done([3], now)


async def test_health_counts_the_backlog_and_names_what_is_beyond_the_limits(
    core: Core, clock: FrozenClock
):
    await fill(core, clock)
    calm = await check(core.sessions, clock, HealthLimits(), backend="any")
    assert calm.healthy, calm.problems
    report = calm.to_json()
    assert report["status"] == "ok"
    assert report["database"] == {"backend": "any", "reachable": True, "migrations_at_head": True}
    # Due: a and b (c is later, d in doubt, e held for a person who blocked the bot).
    assert report["outbox"] == {"due": 2, "oldest_due_age_seconds": 1200.0, "in_doubt": 1}
    assert report["inbox"] == {
        "unhandled": 2,
        "oldest_unhandled_age_seconds": 90.0,
        "given_up": 0,
    }
    # Nothing a person wrote or is called, only counts and ages.
    assert "Muista" not in json.dumps(report) and "P501" not in json.dumps(report)

    strict = HealthLimits(max_due=1, max_due_age=600, max_in_doubt=0, max_unhandled_age=60)
    worried = await check(core.sessions, clock, strict, backend="any", sender_running=False)
    assert not worried.healthy
    assert worried.problems == (
        "outbox_backlog",
        "outbox_oldest_due_too_old",
        "outbox_in_doubt",
        "inbox_oldest_unhandled_too_old",
        "sender_stopped",
    )
    assert worried.to_json()["worker"] == {"leader": None, "sender_running": False}
    # A follower's sender rests by design: not a problem.
    follower = await check(
        core.sessions, clock, HealthLimits(), backend="any", sender_running=False, leader=False
    )
    assert follower.healthy
    assert follower.to_json()["worker"] == {"leader": False, "sender_running": False}
    # The limits are inclusive: exactly at a limit is still healthy.
    exact = HealthLimits(max_due=2, max_due_age=1200, max_in_doubt=1, max_unhandled_age=90)
    assert (await check(core.sessions, clock, exact, backend="any")).healthy


async def test_an_unreachable_database_is_a_problem_not_a_crash():
    # Nothing listens on port 1; the check answers within its timeout.
    engine = create_engine("postgresql+asyncpg://postgres@127.0.0.1:1/none")
    clock = FrozenClock(datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    try:
        report = await check(
            create_sessionmaker(engine), clock, HealthLimits(), backend="postgresql", wait_seconds=3
        )
    finally:
        await engine.dispose()
    assert report.problems == ("database_unreachable",)
    assert report.to_json()["database"] == {
        "backend": "postgresql",
        "reachable": False,
        "migrations_at_head": None,
    }
    assert "outbox" not in report.to_json()


def test_polku_health_exits_0_when_healthy_and_1_when_not(database_url: str):
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "POLKU_DATABASE_URL": database_url}
    healthy = polku("health", "--json", **env)
    assert healthy.returncode == 0, healthy.stderr
    report = json.loads(healthy.stdout)
    assert report["status"] == "ok" and report["problems"] == []
    assert report["outbox"]["due"] == 0 and report["inbox"]["unhandled"] == 0

    async def stale_row() -> None:
        engine = create_engine(database_url)
        sessions = create_sessionmaker(engine)
        clock = FrozenClock(datetime.now(UTC))
        amal = await add_person(sessions, clock, 601, Role.LEARNER)
        async with transaction(sessions) as session:
            await OutboxRepository(session).enqueue(
                [row("x", amal, clock.now() - timedelta(minutes=20))]
            )
        await engine.dispose()

    asyncio.run(stale_row())
    # The default allows 30 minutes; this deployment allows 10.
    assert polku("health", **env).returncode == 0
    stale = polku("health", **env, POLKU_HEALTH_MAX_DUE_AGE="600")
    assert stale.returncode == 1
    lines = stale.stdout.splitlines()
    assert "status\tunhealthy" in lines
    assert "outbox_due\t1" in lines
    assert "problem\toutbox_oldest_due_too_old" in lines
    assert TOKEN not in stale.stdout + stale.stderr


def test_polku_health_on_a_missing_or_old_database(tmp_path: Path):
    missing = tmp_path / "none" / "polku.db"
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "POLKU_DATABASE_URL": f"sqlite+aiosqlite:///{missing}"}
    result = polku("health", "--json", **env)
    assert result.returncode == 1
    assert json.loads(result.stdout)["problems"] == ["database_unreachable"]
    assert not missing.parent.exists()  # looking creates nothing

    old = tmp_path / "old.db"
    upgrade(f"sqlite+aiosqlite:///{old}", "0005")
    env["POLKU_DATABASE_URL"] = f"sqlite+aiosqlite:///{old}"
    result = polku("health", "--json", **env)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["database"]["migrations_at_head"] is False
    assert "migrations_not_at_head" in report["problems"]
