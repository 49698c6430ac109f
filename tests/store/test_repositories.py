"""The repository contract, run against every database backend."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FrozenClock
from store.audit import AuditRepository
from store.db import create_engine, create_sessionmaker, transaction
from store.invites import InviteRepository, hash_code
from store.models import OutboxStatus, Person, Role
from store.outbox import NewOutboxRow, OutboxRepository
from store.people import PeopleRepository
from tests.factories import add_person


def row(key: str, person: Person, when: datetime, **extra: Any) -> NewOutboxRow:
    return NewOutboxRow(
        key=key,
        chat_id=person.chat_id,
        person_id=person.id,
        kind="notice",
        payload=extra.get("payload", {}),
        not_before=when,
        created_at=when,
    )


Sessions = async_sessionmaker[AsyncSession]


async def test_person_roundtrip_keeps_aware_utc_times(sessions: Sessions, clock: FrozenClock):
    person = await add_person(sessions, clock, 5_000_000_001)
    async with sessions() as session:
        loaded = await PeopleRepository(session).by_telegram_id(5_000_000_001)
    assert loaded is not None and loaded.id == person.id
    assert loaded.created_at == clock.now()
    assert loaded.created_at.tzinfo is not None
    assert loaded.role is Role.LEARNER


async def test_telegram_user_is_unique(sessions: Sessions, clock: FrozenClock):
    await add_person(sessions, clock, 11)
    with pytest.raises(IntegrityError):
        await add_person(sessions, clock, 11)


async def test_assignment_and_learners_of(sessions: Sessions, clock: FrozenClock):
    counsellor = await add_person(sessions, clock, 1, Role.COUNSELLOR)
    other = await add_person(sessions, clock, 2, Role.COUNSELLOR)
    learner = await add_person(sessions, clock, 3)
    async with transaction(sessions) as session:
        await PeopleRepository(session).assign(learner.id, counsellor.id, clock.now(), other.id)
    async with sessions() as session:
        repo = PeopleRepository(session)
        assert [p.id for p in await repo.learners_of(counsellor.id)] == [learner.id]
        assert await repo.learners_of(other.id) == []
        assignment = await repo.assignment(learner.id)
    assert assignment is not None and assignment.backup_counsellor_id == other.id


async def test_invite_is_stored_hashed_and_used_atomically(sessions: Sessions, clock: FrozenClock):
    async with transaction(sessions) as session:
        invite = await InviteRepository(session).add(
            code="secret-code",
            role=Role.COUNSELLOR,
            counsellor_id=None,
            issued_by_id=None,
            now=clock.now(),
            expires_at=clock.now() + timedelta(days=1),
            uses=1,
        )
    assert invite.code_hash == hash_code("secret-code") != "secret-code"

    async def take() -> bool:
        async with transaction(sessions) as session:
            return await InviteRepository(session).use(invite.id, clock.now())

    results = await asyncio.gather(*(take() for _ in range(5)))
    assert sorted(results) == [False, False, False, False, True]


async def test_expired_invite_cannot_be_used(sessions: Sessions, clock: FrozenClock):
    async with transaction(sessions) as session:
        repo = InviteRepository(session)
        invite = await repo.add(
            code="c",
            role=Role.COORDINATOR,
            counsellor_id=None,
            issued_by_id=None,
            now=clock.now(),
            expires_at=clock.now() + timedelta(hours=1),
            uses=1,
        )
        assert not await repo.use(invite.id, clock.now() + timedelta(hours=2))
        assert await repo.by_code("c") is not None
        assert await repo.by_code("d") is None


async def test_outbox_enqueue_is_idempotent(sessions: Sessions, clock: FrozenClock):
    person = await add_person(sessions, clock, 21)
    for _ in range(2):
        async with transaction(sessions) as session:
            added = await OutboxRepository(session).enqueue(
                [row("k1", person, clock.now(), payload={"x": 1})]
            )
        assert added == (1 if _ == 0 else 0)
    async with sessions() as session:
        assert (await OutboxRepository(session).counts()) == {OutboxStatus.PENDING: 1}


async def test_outbox_claims_each_row_once_across_concurrent_workers(
    sessions: Sessions, clock: FrozenClock
):
    person = await add_person(sessions, clock, 22)
    async with transaction(sessions) as session:
        repo = OutboxRepository(session)
        for i in range(40):
            await repo.enqueue([row(f"k{i}", person, clock.now())])

    async def claim(worker: str) -> list[int]:
        got: list[int] = []
        while True:
            async with transaction(sessions) as session:
                items = await OutboxRepository(session).claim_due(
                    now=clock.now(), worker=worker, limit=3, lease=timedelta(minutes=1)
                )
            if not items:
                return got
            got.extend(item.id for item in items)

    claimed = await asyncio.gather(*(claim(f"w{i}") for i in range(4)))
    everything = [i for ids in claimed for i in ids]
    assert len(everything) == 40
    assert len(set(everything)) == 40


async def test_outbox_not_before_and_recovery(sessions: Sessions, clock: FrozenClock):
    person = await add_person(sessions, clock, 23)
    other = await add_person(sessions, clock, 24)
    lease = timedelta(seconds=30)
    async with transaction(sessions) as session:
        repo = OutboxRepository(session)
        await repo.enqueue([row("a", person, clock.now())])
        await repo.enqueue([row("b", other, clock.now())])
        await repo.enqueue([row("later", person, clock.now() + timedelta(hours=1))])
        assert await repo.next_due_at() == clock.now()
        items = await repo.claim_due(now=clock.now(), worker="w", limit=10, lease=lease)
        assert [i.idempotency_key for i in items] == ["a", "b"]
        assert await repo.mark_sending(items[0].id, "w", clock.now(), lease)
        assert not await repo.mark_sending(items[1].id, "someone-else", clock.now(), lease)
    clock.advance(timedelta(minutes=5))
    async with transaction(sessions) as session:
        repo = OutboxRepository(session)
        assert await repo.recover_expired(clock.now()) == (1, 1)
        counts = await repo.counts()
    assert counts == {OutboxStatus.PENDING: 2, OutboxStatus.IN_DOUBT: 1}


async def test_audit_log_appends(sessions: Sessions, clock: FrozenClock):
    actor = await add_person(sessions, clock, 31, Role.COORDINATOR)
    async with transaction(sessions) as session:
        await AuditRepository(session).record(
            at=clock.now(),
            actor_id=actor.id,
            action="invite_issued",
            via="telegram",
            details={"invite_id": 1},
        )
    async with sessions() as session:
        [entry] = await AuditRepository(session).recent()
    assert (entry.actor_id, entry.action, entry.details) == (
        actor.id,
        "invite_issued",
        {"invite_id": 1},
    )


async def test_outbox_claims_one_row_per_chat_so_a_busy_chat_holds_up_nobody(
    sessions: Sessions, clock: FrozenClock
):
    busy = await add_person(sessions, clock, 41)
    others = [await add_person(sessions, clock, 50 + i) for i in range(5)]
    async with transaction(sessions) as session:
        repo = OutboxRepository(session)
        # The busy chat's 100 rows are the oldest of all.
        await repo.enqueue(
            [row(f"busy{i}", busy, clock.now() - timedelta(hours=1)) for i in range(100)]
        )
        for person in others:
            await repo.enqueue([row(f"other{person.id}", person, clock.now())])
    async with transaction(sessions) as session:
        items = await OutboxRepository(session).claim_due(
            now=clock.now(), worker="w", limit=6, lease=timedelta(seconds=15)
        )
    assert sorted(i.idempotency_key for i in items) == sorted(
        ["busy0", *(f"other{p.id}" for p in others)]
    )


async def test_outbox_priority_goes_first(sessions: Sessions, clock: FrozenClock):
    people = [await add_person(sessions, clock, 60 + i) for i in range(3)]
    async with transaction(sessions) as session:
        repo = OutboxRepository(session)
        for person, priority in zip(people, (3, 2, 0), strict=True):
            await repo.enqueue(
                [replace(row(f"p{priority}", person, clock.now()), priority=priority)]
            )
        await repo.enqueue([replace(row("late-urgent", people[0], clock.now()), priority=0)])
    async with transaction(sessions) as session:
        items = await OutboxRepository(session).claim_due(
            now=clock.now(), worker="w", limit=2, lease=timedelta(seconds=15)
        )
    # The urgent rows go first; people[0]'s urgent row overtakes its own campaign row.
    assert sorted(i.idempotency_key for i in items) == ["late-urgent", "p0"]


async def test_outbox_a_worker_that_lost_its_row_changes_nothing(
    sessions: Sessions, clock: FrozenClock
):
    person = await add_person(sessions, clock, 42)
    lease = timedelta(seconds=15)
    async with transaction(sessions) as session:
        repo = OutboxRepository(session)
        await repo.enqueue([row("slow", person, clock.now())])
        [item] = await repo.claim_due(now=clock.now(), worker="old", limit=5, lease=lease)
        assert await repo.mark_sending(item.id, "old", clock.now(), lease)
    # The old worker's lease runs out: the row is in doubt, and an operator requeues it.
    clock.advance(timedelta(minutes=5))
    async with transaction(sessions) as session:
        repo = OutboxRepository(session)
        assert await repo.recover_expired(clock.now()) == (0, 1)
        assert await repo.requeue_in_doubt(clock.now()) == 1
        [again] = await repo.claim_due(now=clock.now(), worker="new", limit=5, lease=lease)
        assert await repo.mark_sending(again.id, "new", clock.now(), lease)
    # The old worker wakes up and reports its outcome: it is not its row any more.
    async with transaction(sessions) as session:
        repo = OutboxRepository(session)
        assert not await repo.finish(item.id, "old", OutboxStatus.DEAD, now=clock.now())
        assert not await repo.retry_later(item.id, "old", not_before=clock.now(), error="x")
        assert await repo.finish(item.id, "new", OutboxStatus.SENT, now=clock.now())
        assert (await repo.counts()) == {OutboxStatus.SENT: 1}


async def test_outbox_a_row_that_expired_after_its_claim_is_not_sent(
    sessions: Sessions, clock: FrozenClock
):
    person = await add_person(sessions, clock, 43)
    lease = timedelta(seconds=15)
    async with transaction(sessions) as session:
        repo = OutboxRepository(session)
        await repo.enqueue(
            [replace(row("soon-stale", person, clock.now()), expires_at=clock.now() + lease / 3)]
        )
        [item] = await repo.claim_due(now=clock.now(), worker="w", limit=5, lease=lease)
        assert not await repo.mark_sending(item.id, "w", clock.now() + lease / 2, lease)
        assert (await repo.counts()) == {OutboxStatus.EXPIRED: 1}


async def test_a_persons_outbox_rows_are_found_by_index_not_by_reading_the_outbox(
    sqlite_url: str, clock: FrozenClock
):
    # Every dialogue turn cancels the person's pending nudges: with 50,000 learners'
    # reminders pending, reading the whole outbox took 0.35 s a turn. SQLite's plan for
    # the statements that touch one person's rows names the index.
    engine = create_engine(sqlite_url)
    sessions = create_sessionmaker(engine)
    statements: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.startswith("UPDATE outbox"):
            statements.append((statement, params))

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        async with transaction(sessions) as session:
            repo = OutboxRepository(session)
            await repo.cancel_pending(7, "nudge", keep="nudge:7:x")
            await repo.cancel_for_person(7, clock.now())
        assert len(statements) == 2
        async with engine.connect() as connection:
            for statement, params in statements:
                plan = await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
                details = " ".join(str(row[-1]) for row in plan)
                assert "USING INDEX ix_outbox_person (person_id=? AND status=?)" in details, (
                    statement,
                    details,
                )
    finally:
        await engine.dispose()
