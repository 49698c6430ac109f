"""The outbox sender's guarantees, with a recording transport, on every backend.

End-to-end outbox behaviour against the sandbox Bot API is in tests/telegram.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as time_

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import outbox as ob
from bot.clock import FrozenClock
from bot.outbox import Message, Outbox, OutboxSender, SenderLimits
from bot.plan.config import ReminderRule
from bot.plan.reminders import plan_reminders
from bot.replies import Reply
from store.db import transaction
from store.models import OutboxStatus, Person, Role
from store.outbox import OutboxItem, OutboxRepository
from store.people import PeopleRepository
from tests.factories import add_person

Sessions = async_sessionmaker[AsyncSession]
FAST = SenderLimits(per_chat_interval=0.05, backoff_base=0.01, idle_poll=0.05, max_attempts=3)


class RecordingTransport:
    """Records deliveries; ``script`` decides per key what happens on each attempt."""

    def __init__(self, script: Callable[[OutboxItem, int], Exception | None] | None = None):
        self.delivered: list[tuple[str, float]] = []
        self.attempts: dict[str, int] = {}
        self._script = script

    async def deliver(self, item: OutboxItem) -> int:
        n = self.attempts.get(item.idempotency_key, 0) + 1
        self.attempts[item.idempotency_key] = n
        outcome = self._script(item, n) if self._script else None
        if outcome is not None:
            raise outcome
        self.delivered.append((item.idempotency_key, time.monotonic()))
        return len(self.delivered)


async def queue(sessions: Sessions, outbox: Outbox, to: Person, keys: list[str], clock) -> None:
    async with transaction(sessions) as session:
        for key in keys:
            await outbox.enqueue(
                session,
                key=key,
                to=to,
                reply=Reply("notice-learner-joined", {"name": "A"}),
                kind="notice",
                now=clock.now(),
            )


async def counts(sessions: Sessions) -> dict[OutboxStatus, int]:
    async with sessions() as session:
        return await OutboxRepository(session).counts()


async def test_sends_each_once_in_order_with_per_chat_spacing(sessions, clock: FrozenClock):
    outbox = Outbox()
    a = await add_person(sessions, clock, 101, Role.COUNSELLOR)
    b = await add_person(sessions, clock, 102, Role.COUNSELLOR)
    await queue(sessions, outbox, a, ["a1", "a2", "a3"], clock)
    await queue(sessions, outbox, b, ["b1", "b2"], clock)
    transport = RecordingTransport()
    sender = OutboxSender(sessions, outbox, transport, clock, FAST)
    while await sender.drain_once():
        pass
    keys = [k for k, _ in transport.delivered]
    assert sorted(keys) == ["a1", "a2", "a3", "b1", "b2"]
    assert [k for k in keys if k[0] == "a"] == ["a1", "a2", "a3"]
    times = [t for k, t in transport.delivered if k[0] == "a"]
    assert all(t2 - t1 >= 0.045 for t1, t2 in itertools.pairwise(times))
    assert await counts(sessions) == {OutboxStatus.SENT: 5}
    assert await sender.drain_once() == 0


async def test_flood_wait_is_honoured_without_losing_an_attempt(sessions, clock: FrozenClock):
    outbox = Outbox()
    a = await add_person(sessions, clock, 103)
    await queue(sessions, outbox, a, ["x"], clock)
    transport = RecordingTransport(lambda item, n: ob.RetryAfter(0.2) if n == 1 else None)
    sender = OutboxSender(sessions, outbox, transport, clock, FAST)
    await sender.drain_once()
    assert transport.delivered == []
    async with sessions() as session:
        row = await OutboxRepository(session).by_key("x")
    assert row is not None and row.status is OutboxStatus.PENDING and row.attempts == 0
    assert row.not_before == clock.now() + timedelta(seconds=0.2)
    started = time.monotonic()
    clock.advance(timedelta(seconds=1))
    while not transport.delivered:
        await sender.drain_once()
    assert time.monotonic() - started >= 0.15  # the chat waited for its flood wait
    assert [k for k, _ in transport.delivered] == ["x"]


async def test_transient_errors_retry_then_go_dead(sessions, clock: FrozenClock):
    outbox = Outbox()
    a = await add_person(sessions, clock, 104)
    await queue(sessions, outbox, a, ["flaky", "broken"], clock)

    def script(item: OutboxItem, n: int) -> Exception | None:
        if item.idempotency_key == "flaky" and n < 2:
            return ob.Transient("connect error")
        if item.idempotency_key == "broken":
            return ob.Transient("connect error")
        return None

    transport = RecordingTransport(script)
    sender = OutboxSender(sessions, outbox, transport, clock, FAST)
    for _ in range(6):
        clock.advance(timedelta(minutes=1))
        while await sender.drain_once():
            pass
    assert [k for k, _ in transport.delivered] == ["flaky"]
    assert transport.attempts == {"flaky": 2, "broken": 3}
    assert await counts(sessions) == {OutboxStatus.SENT: 1, OutboxStatus.DEAD: 1}


async def test_a_block_holds_the_queue_and_an_unblock_releases_it_in_order(sessions, clock):
    outbox = Outbox()
    a = await add_person(sessions, clock, 105)
    await queue(sessions, outbox, a, ["m1"], clock)
    blocked = {"now": True}

    def script(item: OutboxItem, n: int) -> Exception | None:
        return ob.Unreachable("Forbidden: bot was blocked") if blocked["now"] else None

    transport = RecordingTransport(script)
    sender = OutboxSender(sessions, outbox, transport, clock, FAST)
    await sender.drain_once()
    async with sessions() as session:
        person = await PeopleRepository(session).get(a.id)
        row = await OutboxRepository(session).by_key("m1")
    assert person is not None and person.blocked_at == clock.now()
    # Only the failed row is touched: it waits again, without spending an attempt.
    assert row is not None and row.status is OutboxStatus.PENDING and row.attempts == 0
    # Rows queued while the person is away wait too; the sender holds them, never tries.
    await queue(sessions, outbox, person, ["m2", "m3"], clock)
    clock.advance(timedelta(hours=20))
    assert await sender.drain_once() == 0
    assert transport.attempts == {"m1": 1}
    async with sessions() as session:
        assert await OutboxRepository(session).next_due_at() is None  # no busy waiting
        assert await OutboxRepository(session).held() == 3
    # A day later the person unblocks the bot: everything still relevant goes, in order.
    blocked["now"] = False
    async with transaction(sessions) as session:
        await PeopleRepository(session).set_blocked(a.id, None)
    while await sender.drain_once():
        pass
    assert [k for k, _ in transport.delivered] == ["m1", "m2", "m3"]
    assert await counts(sessions) == {OutboxStatus.SENT: 3}


async def test_quiet_hours_are_checked_when_sending(sessions, clock: FrozenClock):
    outbox = Outbox()
    a = await add_person(sessions, clock, 111)
    # Queued for the afternoon; the sender was down until 22:30 Helsinki time.
    await queue(sessions, outbox, a, ["notice"], clock)
    async with transaction(sessions) as session:
        await outbox.enqueue(
            session,
            key="urgent",
            to=a,
            reply=Reply("notice-learner-joined", {"name": "A"}),
            kind="crisis",
            now=clock.now(),
            priority=ob.Priority.URGENT,
        )
    clock.set(datetime(2026, 11, 24, 20, 30, tzinfo=UTC))  # 22:30 in Helsinki
    transport = RecordingTransport()
    sender = OutboxSender(
        sessions, outbox, transport, clock, FAST, quiet_hours=(time_(20, 0), time_(8, 0))
    )
    while await sender.drain_once():
        pass
    # Only an urgent message may break quiet hours; the rest waits for 08:00 their time.
    assert [k for k, _ in transport.delivered] == ["urgent"]
    async with sessions() as session:
        row = await OutboxRepository(session).by_key("notice")
    assert row is not None and row.status is OutboxStatus.PENDING and row.attempts == 0
    assert row.not_before == datetime(2026, 11, 25, 6, 0, tzinfo=UTC)  # 08:00 Helsinki
    clock.set(datetime(2026, 11, 25, 6, 0, tzinfo=UTC))
    while await sender.drain_once():
        pass
    assert [k for k, _ in transport.delivered] == ["urgent", "notice"]


async def test_after_downtime_only_the_newest_relevant_reminder_goes(sessions, clock):
    outbox = Outbox()
    a = await add_person(sessions, clock, 112)
    due = datetime(2026, 12, 9, 22, 0, tzinfo=UTC)  # 10 December, a date without a time
    rule = ReminderRule(
        days_before=(3, 1), morning=time_(9, 0), on_the_day=True, overdue_nudge=True
    )
    night = (time_(20, 0), time_(8, 0))
    planned = plan_reminders(due, False, "Europe/Helsinki", rule, night, clock.now())
    async with transaction(sessions) as session:
        await outbox.enqueue_many(
            session,
            a,
            [
                Message(
                    p.kind, Reply("error-generic"), "reminder", p.at, "plan_step:1", p.expires_at
                )
                for p in planned
            ],
            now=clock.now(),
        )
    transport = RecordingTransport()
    sender = OutboxSender(sessions, outbox, transport, clock, FAST, quiet_hours=night)
    # Down from before the first reminder until 22:30 the evening before the due date.
    clock.set(datetime(2026, 12, 9, 20, 30, tzinfo=UTC))
    while await sender.drain_once():
        pass
    assert transport.delivered == []  # quiet hours; "in 3 days" is no longer true anyway
    clock.set(datetime(2026, 12, 10, 6, 0, tzinfo=UTC))  # 08:00 on the due date
    while await sender.drain_once():
        pass
    assert transport.delivered == []  # "tomorrow" expired at midnight; "today" is at 09:00
    clock.set(datetime(2026, 12, 10, 7, 0, tzinfo=UTC))
    while await sender.drain_once():
        pass
    assert [k for k, _ in transport.delivered] == ["day"]
    async with sessions() as session:
        assert await OutboxRepository(session).counts() == {
            OutboxStatus.SENT: 1,
            OutboxStatus.EXPIRED: 2,
            OutboxStatus.PENDING: 1,  # the overdue nudge, for the morning after
        }


async def test_an_unexpected_failure_during_the_request_leaves_the_row_in_doubt(
    sessions, clock: FrozenClock
):
    outbox = Outbox()
    a = await add_person(sessions, clock, 113)
    await queue(sessions, outbox, a, ["odd"], clock)
    transport = RecordingTransport(lambda item, n: RuntimeError("something odd"))
    sender = OutboxSender(sessions, outbox, transport, clock, FAST)
    for _ in range(3):
        clock.advance(timedelta(minutes=5))
        while await sender.drain_once():
            pass
    assert transport.attempts == {"odd": 1}
    assert await counts(sessions) == {OutboxStatus.IN_DOUBT: 1}


async def test_rejected_and_ambiguous_are_never_retried(sessions, clock: FrozenClock):
    outbox = Outbox()
    a = await add_person(sessions, clock, 106)
    await queue(sessions, outbox, a, ["bad", "timeout"], clock)
    transport = RecordingTransport(
        lambda item, n: (
            ob.Rejected("Bad Request")
            if item.idempotency_key == "bad"
            else ob.Ambiguous("ReadTimeout")
        )
    )
    sender = OutboxSender(sessions, outbox, transport, clock, FAST)
    for _ in range(3):
        clock.advance(timedelta(minutes=5))
        await sender.recover()
        while await sender.drain_once():
            pass
    assert transport.attempts == {"bad": 1, "timeout": 1}
    assert await counts(sessions) == {OutboxStatus.DEAD: 1, OutboxStatus.IN_DOUBT: 1}


async def test_crash_after_claim_loses_nothing(sessions, clock: FrozenClock):
    outbox = Outbox()
    a = await add_person(sessions, clock, 107)
    b = await add_person(sessions, clock, 114)
    await queue(sessions, outbox, a, ["c1"], clock)
    await queue(sessions, outbox, b, ["c2"], clock)
    # A worker claims the rows, then dies before sending anything.
    async with transaction(sessions) as session:
        claimed = await OutboxRepository(session).claim_due(
            now=clock.now(), worker="dead-worker", limit=10, lease=timedelta(minutes=2)
        )
    assert len(claimed) == 2
    transport = RecordingTransport()
    sender = OutboxSender(sessions, outbox, transport, clock, FAST)
    await sender.recover()
    assert await sender.drain_once() == 0  # still leased by the dead worker
    clock.advance(timedelta(minutes=3))
    assert await sender.recover() == (2, 0)
    while await sender.drain_once():
        pass
    assert sorted(k for k, _ in transport.delivered) == ["c1", "c2"]


async def test_crash_mid_request_never_sends_twice(sessions, clock: FrozenClock):
    outbox = Outbox()
    a = await add_person(sessions, clock, 108)
    await queue(sessions, outbox, a, ["d1"], clock)
    entered = asyncio.Event()

    class Hanging:
        async def deliver(self, item: OutboxItem) -> int:
            entered.set()
            await asyncio.sleep(3600)
            return 1

    first = OutboxSender(sessions, outbox, Hanging(), clock, FAST)
    task = asyncio.create_task(first.drain_once())
    await entered.wait()
    task.cancel()  # the process dies while the request is in flight
    await asyncio.gather(task, return_exceptions=True)
    clock.advance(timedelta(minutes=5))
    transport = RecordingTransport()
    second = OutboxSender(sessions, outbox, transport, clock, FAST)
    assert await second.recover() == (0, 1)
    assert await second.drain_once() == 0
    assert transport.delivered == []
    assert await counts(sessions) == {OutboxStatus.IN_DOUBT: 1}


async def test_enqueue_wakes_the_sender_only_after_commit(sessions, clock: FrozenClock):
    outbox = Outbox()
    a = await add_person(sessions, clock, 109)
    async with sessions() as session:
        async with session.begin():
            await outbox.enqueue(
                session,
                key="w",
                to=a,
                reply=Reply("error-generic"),
                kind="notice",
                now=clock.now(),
            )
            assert not outbox._wake.is_set()
        assert outbox._wake.is_set()
    # A rolled-back decision leaves no row and no wake-up.
    outbox._wake.clear()
    async with sessions() as session:
        transaction_ = await session.begin()
        await outbox.enqueue(
            session,
            key="gone",
            to=a,
            reply=Reply("error-generic"),
            kind="notice",
            now=clock.now(),
        )
        await transaction_.rollback()
    assert not outbox._wake.is_set()
    assert await counts(sessions) == {OutboxStatus.PENDING: 1}


async def test_a_busy_chat_does_not_hold_up_the_others(sessions, clock: FrozenClock):
    outbox = Outbox()
    busy = await add_person(sessions, clock, 110)
    others = [await add_person(sessions, clock, 200 + i) for i in range(5)]
    await queue(sessions, outbox, busy, [f"busy{i}" for i in range(10)], clock)
    for person in others:
        await queue(sessions, outbox, person, [f"other{person.id}"], clock)
    limits = SenderLimits(per_chat_interval=0.5, idle_poll=0.05, batch=60)
    transport = RecordingTransport()
    sender = OutboxSender(sessions, outbox, transport, clock, limits)
    started = time.monotonic()
    await sender.drain_once()
    first = {k: t - started for k, t in transport.delivered}
    # One message to every chat in the first batch, the busy chat included.
    assert sorted(first) == ["busy0", *sorted(f"other{p.id}" for p in others)]
    assert max(first.values()) < 0.4


async def notice(
    sessions: Sessions, outbox: Outbox, to: Person, key: str, clock, about: Person | None
) -> None:
    async with transaction(sessions) as session:
        await outbox.enqueue(
            session,
            key=key,
            to=to,
            reply=Reply("notice-learner-joined", {"name": "A"}),
            kind="notice",
            now=clock.now(),
            about=about,
        )


async def test_a_counsellor_who_left_after_the_notice_was_queued_does_not_get_it(
    sessions, clock: FrozenClock
):
    """Who gets a notice is checked again when it is sent: a notice about a learner goes
    to the learner's acting counsellor (the backup) instead, and one that nobody else can
    take is dead, with the reason."""
    outbox = Outbox()
    designated = await add_person(sessions, clock, 120, Role.COUNSELLOR)
    backup = await add_person(sessions, clock, 121, Role.COUNSELLOR)
    learner = await add_person(sessions, clock, 122)
    async with transaction(sessions) as session:
        await PeopleRepository(session).assign(learner.id, designated.id, clock.now(), backup.id)
    await notice(sessions, outbox, designated, "help", clock, about=learner)
    await notice(sessions, outbox, designated, "general", clock, about=None)
    transport = RecordingTransport()
    sender = OutboxSender(sessions, outbox, transport, clock, FAST)
    # The sender has claimed both rows when the counsellor's access ends (cancelling
    # pending rows on deactivation does not reach rows already claimed).
    async with transaction(sessions) as session:
        claimed = await OutboxRepository(session).claim_due(
            now=clock.now(), worker=sender.worker, limit=10, lease=timedelta(minutes=2)
        )
        assert len(claimed) == 1  # one row per chat per batch
    async with transaction(sessions) as session:
        assert await PeopleRepository(session).deactivate(designated.id)
    await sender._send_waves(claimed)
    while await sender.drain_once():
        pass

    assert sorted(k for k, _ in transport.delivered) == [f"help:to:{backup.id}"]
    async with sessions() as session:
        repo = OutboxRepository(session)
        help_row, general, rerouted = (
            await repo.by_key("help"),
            await repo.by_key("general"),
            await repo.by_key(f"help:to:{backup.id}"),
        )
    assert help_row is not None and general is not None and rerouted is not None
    assert (help_row.status, help_row.last_error) == (
        OutboxStatus.CANCELLED,
        f"recipient inactive, sent to {backup.id}",
    )
    assert (general.status, general.last_error) == (
        OutboxStatus.DEAD,
        "recipient inactive, nobody to send it to",
    )
    assert (rerouted.person_id, rerouted.chat_id, rerouted.subject_id) == (
        backup.id,
        backup.chat_id,
        learner.id,
    )
    assert rerouted.payload["reply"] == help_row.payload["reply"]
    assert sender.stats.rerouted == 1 and sender.stats.sent == 1


async def test_a_notice_about_a_learner_with_no_counsellor_left_is_dead_not_sent(
    sessions, clock: FrozenClock
):
    outbox = Outbox()
    designated = await add_person(sessions, clock, 130, Role.COUNSELLOR)
    backup = await add_person(sessions, clock, 131, Role.COUNSELLOR)
    learner = await add_person(sessions, clock, 132)
    async with transaction(sessions) as session:
        await PeopleRepository(session).assign(learner.id, designated.id, clock.now(), backup.id)
    await notice(sessions, outbox, designated, "help", clock, about=learner)
    async with transaction(sessions) as session:
        for counsellor in (designated, backup):
            await PeopleRepository(session).deactivate(counsellor.id)
    transport = RecordingTransport()
    sender = OutboxSender(sessions, outbox, transport, clock, FAST)
    while await sender.drain_once():
        pass
    assert transport.attempts == {}
    assert await counts(sessions) == {OutboxStatus.DEAD: 1}
    async with sessions() as session:
        row = await OutboxRepository(session).by_key("help")
    assert row is not None and row.last_error == "recipient inactive, nobody to send it to"


class SendingCountTransport(RecordingTransport):
    """Also records how many rows are marked "sending" when each request starts."""

    def __init__(self, sessions: Sessions) -> None:
        super().__init__()
        self._sessions = sessions
        self.sending_seen: list[int] = []

    async def deliver(self, item: OutboxItem) -> int:
        self.sending_seen.append((await counts(self._sessions)).get(OutboxStatus.SENDING, 0))
        return await super().deliver(item)


async def _learners(sessions: Sessions, clock: FrozenClock, count: int) -> list[Person]:
    return [await add_person(sessions, clock, 5000 + n) for n in range(count)]


async def test_at_telegrams_free_rate_each_row_is_marked_right_before_its_request(
    sessions, clock: FrozenClock
):
    """At 30 messages/s a wave is one row, paced before it is marked: no wait lies between
    a row's mark and its request, so a crash leaves only rows really on their way (or just
    delivered and not yet recorded) in doubt."""
    outbox = Outbox()
    for person in await _learners(sessions, clock, 6):
        await queue(sessions, outbox, person, [f"free:{person.id}"], clock)
    transport = SendingCountTransport(sessions)
    sender = OutboxSender(sessions, outbox, transport, clock, SenderLimits.for_rate(30.0))
    assert sender._wave_size() == 1
    events: list[str] = []
    acquire = sender._limiter.acquire

    async def paced(amount: float = 1) -> None:
        await acquire(amount)
        events.append(f"pace {amount}")

    sender._limiter.acquire = paced  # type: ignore[method-assign]
    deliver = transport.deliver

    async def delivered(item: OutboxItem) -> int:
        events.append("request")
        return await deliver(item)

    transport.deliver = delivered  # type: ignore[method-assign]
    while await sender.drain_once():
        pass
    assert len(transport.delivered) == 6
    assert events == ["pace 1", "request"] * 6
    # This row and at most the one before, whose outcome is recorded with this mark.
    assert max(transport.sending_seen) <= 2
    assert (await counts(sessions)).get(OutboxStatus.SENT) == 6


async def test_at_a_high_rate_rows_are_marked_and_closed_in_waves(sessions, clock: FrozenClock):
    """At 1,000 messages/s (paid broadcasts) a commit per message would be the bottleneck:
    rows are marked "sending" and recorded as sent a wave (50) at a time."""
    from sqlalchemy import event

    outbox = Outbox()
    people = await _learners(sessions, clock, 120)
    for person in people:
        await queue(sessions, outbox, person, [f"fast:{person.id}"], clock)
    transport = RecordingTransport()
    sender = OutboxSender(sessions, outbox, transport, clock, SenderLimits.for_rate(1000.0))
    commits = 0

    def count(_connection) -> None:
        nonlocal commits
        commits += 1

    engine = sessions.kw["bind"].sync_engine
    event.listen(engine, "commit", count)
    try:
        while await sender.drain_once():
            pass
    finally:
        event.remove(engine, "commit", count)
    assert sorted(k for k, _ in transport.delivered) == sorted(f"fast:{p.id}" for p in people)
    assert sender._wave_size() == 50
    assert (await counts(sessions)).get(OutboxStatus.SENT) == 120
    # A claim, three waves' marks and the last record, plus the empty claim that ends the
    # loop: far fewer than the 240 commits of a mark and a close per message.
    assert commits <= 12, commits


async def test_a_flood_wait_in_a_wave_gives_the_rest_back_unsent(sessions, clock: FrozenClock):
    outbox = Outbox()
    people = await _learners(sessions, clock, 120)
    for person in people:
        await queue(sessions, outbox, person, [f"flood:{person.id}"], clock)
    # Two chats answer 429: Telegram holds the whole bot, everything pauses.
    flooded = {f"flood:{people[0].id}", f"flood:{people[1].id}"}
    transport = RecordingTransport(
        lambda item, n: ob.RetryAfter(0.05) if item.idempotency_key in flooded and n == 1 else None
    )
    sender = OutboxSender(sessions, outbox, transport, clock, SenderLimits.for_rate(1000.0))
    await sender.drain_once()
    # The first wave's other requests were already on their way; nothing after it went.
    assert len(transport.delivered) <= sender._wave_size() - 2
    assert sender.stats.flood_waits == 2
    statuses = await counts(sessions)
    assert statuses.get(OutboxStatus.SENDING, 0) == 0
    assert statuses.get(OutboxStatus.CLAIMED, 0) == 0
    clock.advance(timedelta(seconds=1))  # the flood wait is over
    while await sender.drain_once():
        pass
    assert sorted(transport.attempts) == sorted(f"flood:{p.id}" for p in people)
    assert len(transport.delivered) == 120  # every row once, the flooded ones on their retry
    assert all(n == 1 for k, n in transport.attempts.items() if k not in flooded)


async def test_a_429_of_one_chat_holds_only_that_chat(sessions, clock: FrozenClock):
    """A 429 does not say whether it holds one chat or the bot: the first holds its chat
    only, and the other chats' messages go on."""
    outbox = Outbox()
    people = await _learners(sessions, clock, 40)
    for person in people:
        await queue(sessions, outbox, person, [f"one:{person.id}"], clock)
    flooded = f"one:{people[0].id}"
    transport = RecordingTransport(
        lambda item, n: ob.RetryAfter(5.0) if item.idempotency_key == flooded and n == 1 else None
    )
    sender = OutboxSender(sessions, outbox, transport, clock, SenderLimits.for_rate(1000.0))
    await sender.drain_once()
    assert sorted(k for k, _ in transport.delivered) == sorted(f"one:{p.id}" for p in people[1:])
    assert sender._paused_until < time.monotonic()  # nothing else is paused
    async with sessions() as session:
        row = await OutboxRepository(session).by_key(flooded)
    assert row is not None and row.status is OutboxStatus.PENDING and row.attempts == 0
