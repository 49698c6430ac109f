"""The retention job: old content goes, recent content and live work stay."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from bot.clock import FrozenClock
from bot.retention import Retention
from store.db import transaction
from store.inbox import InboxRepository
from store.models import DialogueState, InboxUpdate, OutboxMessage, OutboxStatus
from store.outbox import BLANK, NewOutboxRow, OutboxRepository
from tests.core.test_settings import polku
from tests.factories import Sessions, add_person

DAY = timedelta(days=1)
STATUSES = (
    OutboxStatus.SENT,
    OutboxStatus.DEAD,
    OutboxStatus.EXPIRED,
    OutboxStatus.CANCELLED,
    OutboxStatus.IN_DOUBT,
    OutboxStatus.PENDING,
)


async def _outbox(sessions: Sessions, clock: FrozenClock, person_id: int, age: str) -> None:
    async with transaction(sessions) as session:
        await OutboxRepository(session).enqueue(
            [
                NewOutboxRow(
                    key=f"{age}:{status.value}",
                    chat_id=1,
                    person_id=person_id,
                    kind="notice",
                    payload={"reply": {"key": "secret", "args": {"name": "Zubeyda"}}},
                    not_before=clock.now(),
                    created_at=clock.now(),
                    status=status,
                )
                for status in STATUSES
            ]
        )


async def _dialogue(sessions: Sessions, clock: FrozenClock, person_id: int) -> None:
    async with transaction(sessions) as session:
        session.add(
            DialogueState(
                person_id=person_id,
                flow="intake",
                step="work_fields",
                slots={"preferred_name": "Zubeyda"},
                history=[],
                asked_at=clock.now(),
                updated_at=clock.now(),
            )
        )


async def _inbox(sessions: Sessions, clock: FrozenClock, update_id: int, handled: bool) -> None:
    async with transaction(sessions) as session:
        inbox = InboxRepository(session)
        await inbox.store([(update_id, 1, {"text": "hi"})], now=clock.now(), lease=DAY)
        if handled:
            await inbox.done([update_id], clock.now())


async def _populate(sessions: Sessions, clock: FrozenClock) -> None:
    """Rows 40 days old and rows 10 days old of every kind the job looks at."""
    idle = await add_person(sessions, clock, 1)
    active = await add_person(sessions, clock, 2)
    clock.advance(-40 * DAY)
    await _outbox(sessions, clock, idle.id, "old")
    await _dialogue(sessions, clock, idle.id)
    await _inbox(sessions, clock, 1, handled=True)
    await _inbox(sessions, clock, 2, handled=False)
    clock.advance(30 * DAY)
    await _outbox(sessions, clock, active.id, "new")
    await _dialogue(sessions, clock, active.id)
    await _inbox(sessions, clock, 3, handled=True)
    clock.advance(10 * DAY)


async def _payloads(sessions: Sessions) -> dict[str, dict[str, object]]:
    async with transaction(sessions) as session:
        rows = await session.execute(select(OutboxMessage))
        return {row.idempotency_key: row.payload for row in rows.scalars()}


async def test_purge_blanks_old_finished_messages_and_drops_abandoned_dialogues(
    sessions: Sessions, clock: FrozenClock
):
    await _populate(sessions, clock)
    retention = Retention(sessions, clock, keep=30 * DAY)

    purged = await retention.purge()

    assert purged.counts() == {"outbox_payloads": 4, "dialogue_states": 1, "inbox_updates": 1}
    payloads = await _payloads(sessions)
    assert len(payloads) == 2 * len(STATUSES)  # rows stay, for reports and their keys
    blanked = {key for key, payload in payloads.items() if payload == BLANK}
    assert blanked == {"old:sent", "old:dead", "old:expired", "old:cancelled"}
    async with transaction(sessions) as session:
        states = (await session.execute(select(DialogueState.person_id))).scalars().all()
        updates = (await session.execute(select(InboxUpdate.update_id))).scalars().all()
    assert len(states) == 1  # the learner active 10 days ago keeps their place
    assert sorted(updates) == [2, 3]  # unhandled and recent ones stay
    # Nothing is counted twice.
    assert (await retention.purge()).counts() == dict.fromkeys(purged.counts(), 0)


async def test_dry_run_counts_the_same_and_changes_nothing(sessions: Sessions, clock: FrozenClock):
    await _populate(sessions, clock)
    retention = Retention(sessions, clock, keep=30 * DAY)
    before = await _payloads(sessions)

    dry = await retention.purge(dry_run=True)

    assert await _payloads(sessions) == before
    async with transaction(sessions) as session:
        assert len((await session.execute(select(DialogueState))).scalars().all()) == 2
    assert await retention.purge() == dry


async def test_a_shorter_period_reaches_recent_rows(sessions: Sessions, clock: FrozenClock):
    await _populate(sessions, clock)
    purged = await Retention(sessions, clock, keep=5 * DAY).purge()
    assert purged.counts() == {"outbox_payloads": 8, "dialogue_states": 2, "inbox_updates": 2}


def test_polku_purge(tmp_path: Path):
    path = tmp_path / "polku.db"
    env = {"POLKU_DATABASE_URL": f"sqlite+aiosqlite:///{path}", "POLKU_RETENTION_DAYS": "30"}
    assert polku("db", "upgrade", **env).returncode == 0
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO outbox (idempotency_key, chat_id, kind, payload, status, attempts,"
            " not_before, created_at, priority) VALUES ('k', 1, 'notice',"
            " '{\"name\": \"Zubeyda\"}', 'sent', 1, '2020-01-01 00:00:00.000000',"
            " '2020-01-01 00:00:00.000000', 2)"
        )
    expected = "outbox_payloads\t1\ndialogue_states\t0\ninbox_updates\t0\n"

    dry = polku("purge", "--dry-run", **env)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.endswith(expected) and "nothing changed" in dry.stdout
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT payload FROM outbox").fetchone()[0] == '{"name": "Zubeyda"}'

    real = polku("purge", **env)
    assert real.returncode == 0, real.stderr
    assert real.stdout == expected
    with sqlite3.connect(path) as db:
        assert "Zubeyda" not in db.execute("SELECT payload FROM outbox").fetchone()[0]
    assert polku("purge", **env).stdout == expected.replace("\t1", "\t0")
