"""The counsellor's plan notices: the step-done digest under concurrency, and "I need help"."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

from sqlalchemy import select, update

from bot.clock import FrozenClock
from bot.core import Core
from bot.people import Sender
from bot.plan.book import NewStep
from bot.replies import Lines, Phrase, Reply
from store.db import transaction
from store.models import OutboxMessage, OutboxStatus, Person, Role, Signal
from store.people import PeopleRepository
from store.plans import PlanRepository
from tests.factories import add_person

LEARNERS = 10


def sender(person: Person) -> Sender:
    return Sender(person.telegram_user_id, person.chat_id, person.display_name)


async def learner_with_a_step(
    core: Core, clock: FrozenClock, telegram_id: int, counsellor: Person
) -> tuple[Person, int]:
    """A learner of ``counsellor`` with a confirmed plan of one step; returns the step id."""
    learner = await add_person(core.sessions, clock, telegram_id)
    async with transaction(core.sessions) as session:
        await PeopleRepository(session).assign(learner.id, counsellor.id, clock.now())
        step = await core.plans.book.add(
            session, learner, NewStep("cv", date(2026, 12, 10)), counsellor.id
        )
        await core.plans.book.confirm(session, learner)
    return learner, step.id


async def outbox(core: Core, kind: str) -> list[OutboxMessage]:
    async with transaction(core.sessions) as session:
        rows = await session.execute(
            select(OutboxMessage).where(OutboxMessage.kind == kind).order_by(OutboxMessage.id)
        )
        return list(rows.scalars())


async def help_notices(core: Core) -> list[OutboxMessage]:
    return [row for row in await outbox(core, "notice") if row.idempotency_key.startswith("help:")]


def digest_names(row: OutboxMessage) -> list[str]:
    reply = Reply.from_json(row.payload["reply"])
    assert reply.key == "notice-steps-done"
    lines = reply.args["lines"]
    assert isinstance(lines, Lines)
    return [str(line.args["name"]) for line in lines.items if isinstance(line, Phrase)]


async def test_simultaneous_ticks_all_reach_the_one_digest(core: Core, clock: FrozenClock):
    """Ten learners tick a step off at the same moment: one digest row with ten lines.

    On PostgreSQL the presses run in ten transactions on ten connections at once; reading
    the pending digest and writing it back without a row lock lost most of the lines.
    """
    counsellor = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    ticks = [await learner_with_a_step(core, clock, 200 + n, counsellor) for n in range(LEARNERS)]

    answers = await asyncio.gather(
        *(core.plans.press(sender(learner), f"pl:ld:{step_id}") for learner, step_id in ticks)
    )

    assert all(answer.toast == "plan-done-thanks" for answer in answers)
    [digest] = await outbox(core, "digest")
    assert digest.person_id == counsellor.id
    assert digest.status is OutboxStatus.PENDING
    assert sorted(digest_names(digest)) == sorted(learner.display_name for learner, _ in ticks)


async def test_a_tick_that_loses_the_race_to_add_the_digest_joins_it(
    core: Core, clock: FrozenClock
):
    """The window's row is being added by another transaction: the insert adds nothing,
    and the tick waits for that row and adds its line to it."""
    counsellor = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    first, first_step = await learner_with_a_step(core, clock, 201, counsellor)
    second, second_step = await learner_with_a_step(core, clock, 202, counsellor)

    async with transaction(core.sessions) as session:
        step = await PlanRepository(session).step(first_step)
        assert step is not None
        # The first tick's digest, not yet committed; the second tick starts meanwhile and,
        # on PostgreSQL, finds no row, inserts and waits for this transaction to end.
        await core.plans._tell_counsellor_done(session, first, step)
        second_tick = asyncio.create_task(core.plans.press(sender(second), f"pl:ld:{second_step}"))
        await asyncio.sleep(0.5)
        assert not second_tick.done()
    await second_tick

    [digest] = await outbox(core, "digest")
    assert digest_names(digest) == ["P201", "P202"]


async def test_a_later_tick_in_the_window_joins_the_digest_and_the_next_window_starts_anew(
    core: Core, clock: FrozenClock
):
    counsellor = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    first, first_step = await learner_with_a_step(core, clock, 201, counsellor)
    second, second_step = await learner_with_a_step(core, clock, 202, counsellor)
    third, third_step = await learner_with_a_step(core, clock, 203, counsellor)

    await core.plans.press(sender(first), f"pl:ld:{first_step}")
    clock.advance(timedelta(minutes=10))
    await core.plans.press(sender(second), f"pl:ld:{second_step}")
    # Pressing Done again on a step that is done already adds no line.
    await core.plans.press(sender(second), f"pl:ld:{second_step}")
    clock.advance(timedelta(minutes=30))
    await core.plans.press(sender(third), f"pl:ld:{third_step}")

    digests = await outbox(core, "digest")
    assert [digest_names(row) for row in digests] == [["P201", "P202"], ["P203"]]


async def test_a_tick_after_the_windows_digest_left_gets_a_message_of_its_own(
    core: Core, clock: FrozenClock
):
    counsellor = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    first, first_step = await learner_with_a_step(core, clock, 201, counsellor)
    second, second_step = await learner_with_a_step(core, clock, 202, counsellor)
    await core.plans.press(sender(first), f"pl:ld:{first_step}")
    async with transaction(core.sessions) as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.kind == "digest")
            .values(status=OutboxStatus.SENT, sent_at=clock.now())
        )

    clock.advance(timedelta(minutes=5))
    await core.plans.press(sender(second), f"pl:ld:{second_step}")

    digests = await outbox(core, "digest")
    assert [(row.status, digest_names(row)) for row in digests] == [
        (OutboxStatus.SENT, ["P201"]),
        (OutboxStatus.PENDING, ["P202"]),
    ]
    assert digests[1].idempotency_key == f"{digests[0].idempotency_key}:{second_step}"


async def test_help_pressed_three_times_in_a_day_is_one_notice(core: Core, clock: FrozenClock):
    counsellor = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    learner, step_id = await learner_with_a_step(core, clock, 201, counsellor)

    said = []
    for _ in range(3):
        answer = await core.plans.press(sender(learner), f"pl:help:{step_id}")
        said.append([reply.key for reply in answer.replies])
        clock.advance(timedelta(hours=2))  # 10:00, 12:00 and 14:00 in Helsinki

    assert said == [["plan-help-sent"], ["plan-help-already-sent"], ["plan-help-already-sent"]]
    [notice] = await help_notices(core)
    assert notice.person_id == counsellor.id
    assert Reply.from_json(notice.payload["reply"]).key == "notice-needs-help"
    assert notice.idempotency_key == f"help:{learner.id}:{step_id}:2026-11-24"
    async with transaction(core.sessions) as session:
        signals = (await session.execute(select(Signal))).scalars().all()
    assert [(s.kind, s.ref) for s in signals] == [("help", f"plan_step:{step_id}")] * 3

    # The next day in the learner's zone (past midnight in Helsinki, still the 24th in UTC)
    # is a new request.
    clock.set(clock.now().replace(hour=22, minute=30))
    answer = await core.plans.press(sender(learner), f"pl:help:{step_id}")
    assert [reply.key for reply in answer.replies] == ["plan-help-sent"]
    assert [row.idempotency_key for row in await help_notices(core)] == [
        f"help:{learner.id}:{step_id}:2026-11-24",
        f"help:{learner.id}:{step_id}:2026-11-25",
    ]


async def test_help_with_no_counsellor_to_tell_says_so_and_queues_nothing(
    core: Core, clock: FrozenClock
):
    """No assignment, or the designated and the backup counsellor have both left: the
    learner hears that nobody could be told and what to do, and no notice is queued."""
    designated = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    backup = await add_person(core.sessions, clock, 101, Role.COUNSELLOR)
    learner, step_id = await learner_with_a_step(core, clock, 201, designated)
    async with transaction(core.sessions) as session:
        people = PeopleRepository(session)
        await people.assign(learner.id, designated.id, clock.now(), backup.id)
        await people.deactivate(designated.id)
    # The backup is acting now: they hear of it.
    answer = await core.plans.press(sender(learner), f"pl:help:{step_id}")
    assert [reply.key for reply in answer.replies] == ["plan-help-sent"]
    assert [row.person_id for row in await help_notices(core)] == [backup.id]

    async with transaction(core.sessions) as session:
        await PeopleRepository(session).deactivate(backup.id)
    clock.advance(timedelta(days=1))  # a new day: a notice would have a new key
    answer = await core.plans.press(sender(learner), f"pl:help:{step_id}")
    assert [reply.key for reply in answer.replies] == ["plan-help-nobody"]
    assert len(await help_notices(core)) == 1

    # A learner never assigned to anyone (their plan confirmed from the command line).
    alone = await add_person(core.sessions, clock, 202)
    async with transaction(core.sessions) as session:
        step = await core.plans.book.add(session, alone, NewStep("cv", date(2026, 12, 10)), None)
        await core.plans.book.confirm(session, alone)
    answer = await core.plans.press(sender(alone), f"pl:help:{step.id}")
    assert [reply.key for reply in answer.replies] == ["plan-help-nobody"]
    assert len(await help_notices(core)) == 1
    async with transaction(core.sessions) as session:
        signals = (await session.execute(select(Signal.person_id))).scalars().all()
    # The requests are still recorded for the learners' follow-up.
    assert sorted(signals) == sorted([learner.id, learner.id, alone.id])
