"""The motivation service on every backend: escalations, cool-down, timeouts, crisis, erase."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select

from bot.clock import FrozenClock
from bot.core import Core
from bot.errors import NotAllowed
from bot.motivation.config import SignalKind
from bot.outbox import Priority
from store.db import transaction
from store.models import (
    CheckIn,
    Escalation,
    EscalationKind,
    EscalationStatus,
    OutboxMessage,
    Person,
    Role,
    Signal,
)
from store.motivation import MotivationRepository
from store.people import PeopleRepository
from tests.factories import add_person


async def cast(core: Core, clock: FrozenClock) -> dict[str, Person]:
    people = {
        "counsellor": await add_person(core.sessions, clock, 1, Role.COUNSELLOR),
        "backup": await add_person(core.sessions, clock, 2, Role.COUNSELLOR),
        "coordinator": await add_person(core.sessions, clock, 3, Role.COORDINATOR),
        "learner": await add_person(core.sessions, clock, 4, Role.LEARNER),
    }
    async with transaction(core.sessions) as session:
        await PeopleRepository(session).assign(
            people["learner"].id,
            people["counsellor"].id,
            clock.now(),
            backup_id=people["backup"].id,
        )
    return people


async def outbox(core: Core) -> list[OutboxMessage]:
    async with core.sessions() as session:
        rows = await session.execute(select(OutboxMessage).order_by(OutboxMessage.id))
        return list(rows.scalars())


async def test_low_moods_cross_the_threshold_with_reasons(core: Core, clock: FrozenClock):
    people = await cast(core, clock)
    learner = people["learner"].id
    first = await core.motivation.record_check_in(learner, 4)
    assert first.escalation is None
    clock.advance(timedelta(days=7))
    await core.motivation.record_check_in(learner, 4)
    clock.advance(timedelta(days=7))
    one_bad_day = await core.motivation.record_check_in(learner, 2, hardest=["money"])
    # One bad day (mood 2 after 4, 4): low mood 2, a drop of 2 (1) and a falling trend
    # 4, 4, 2 (1.5): 4.5 < 7 - no escalation.
    assert one_bad_day.escalation is None
    assert one_bad_day.score is not None and one_bad_day.score.total == pytest.approx(4.5)
    clock.advance(timedelta(days=2))
    again = await core.motivation.record_check_in(learner, 1)
    assert again.created and again.escalation is not None
    escalation = again.escalation
    assert escalation.kind is EscalationKind.SCORE
    assert escalation.counsellor_id == people["counsellor"].id
    codes = [r["code"] for r in escalation.reasons]
    assert codes[0] == "low_mood" and "mood_drop" in codes
    assert escalation.reasons[0]["mood"] == 1 and escalation.reasons[0]["count"] == 2
    rows = await outbox(core)
    notice = next(r for r in rows if r.idempotency_key == f"escalation:{escalation.id}")
    assert notice.person_id == people["counsellor"].id
    assert notice.subject_id == learner
    assert notice.priority == Priority.ESCALATION
    assert notice.payload["reply"]["key"] == "motivation-notice"
    async with core.sessions() as session:
        check_ins = list((await session.execute(select(CheckIn))).scalars())
    assert [c.mood for c in check_ins] == [4, 4, 2, 1]
    assert check_ins[2].hardest == ["money"]


async def test_cool_down_and_a_stronger_new_reason(core: Core, clock: FrozenClock):
    people = await cast(core, clock)
    learner = people["learner"].id
    motivation = core.motivation
    outcome = None
    for n in range(3):  # 3 + 3 + 3 = 9 >= 7 at the third
        outcome = await motivation.record_signal(learner, SignalKind.OVERDUE_STEP, ref=f"s{n}")
    assert outcome is not None and outcome.created
    # Same situation again within the cool-down: no second escalation.
    clock.advance(timedelta(days=1))
    more = await motivation.record_signal(learner, SignalKind.OVERDUE_STEP, ref="s5")
    assert not more.created
    # A new, stronger reason ("I need help", weight >= stronger_min_weight) escalates.
    clock.advance(timedelta(days=1))
    missed = await motivation.record_signal(learner, SignalKind.HELP, ref="help")
    assert missed.created and missed.escalation is not None
    assert {r["code"] for r in missed.escalation.reasons} == {"overdue_step", "help"}
    # A missed meeting (weight 1 < stronger_min_weight 2) is not stronger.
    weak = await motivation.record_signal(learner, SignalKind.MISSED_MEETING, ref="m")
    assert not weak.created
    # After the cool-down the same reasons may escalate again (the score is still high).
    clock.advance(timedelta(days=motivation.config.cooldown_days))
    created = [
        (await motivation.record_signal(learner, SignalKind.OVERDUE_STEP, ref=f"t{n}")).created
        for n in range(4)
    ]
    assert created.count(True) == 1


async def test_acknowledge_tells_the_learner_kindly(core: Core, clock: FrozenClock):
    people = await cast(core, clock)
    learner = people["learner"].id
    outcome = await core.motivation.request(learner)
    assert outcome.created and outcome.escalation is not None
    # Asking twice the same day makes no second escalation.
    assert not (await core.motivation.request(learner)).created
    with pytest.raises(NotAllowed):
        await core.motivation.acknowledge(outcome.escalation.id, people["learner"].id)
    done = await core.motivation.acknowledge(outcome.escalation.id, people["counsellor"].id)
    assert done.status is EscalationStatus.ACKNOWLEDGED
    assert done.acknowledged_by == people["counsellor"].id
    rows = await outbox(core)
    told = [r for r in rows if r.person_id == learner]
    assert [r.payload["reply"]["key"] for r in told] == ["motivation-learner-will-contact"]
    # Nothing is forwarded once acknowledged.
    clock.advance(timedelta(days=7))
    assert await core.motivation.forward_unacknowledged() == (0, 0)


async def test_timeout_goes_to_backup_then_coordinators(core: Core, clock: FrozenClock):
    people = await cast(core, clock)
    learner = people["learner"].id
    outcome = await core.motivation.request(learner)  # Tuesday 10:00 Helsinki
    assert outcome.escalation is not None
    clock.advance(timedelta(hours=23))
    assert await core.motivation.forward_unacknowledged() == (0, 0)
    clock.advance(timedelta(hours=1))
    assert await core.motivation.forward_unacknowledged() == (1, 0)
    assert await core.motivation.forward_unacknowledged() == (0, 0)
    clock.advance(timedelta(days=1))
    assert await core.motivation.forward_unacknowledged() == (0, 1)
    keys = {r.idempotency_key: r.person_id for r in await outbox(core)}
    eid = outcome.escalation.id
    assert keys[f"escalation:{eid}"] == people["counsellor"].id
    assert keys[f"escalation:{eid}:backup"] == people["backup"].id
    assert keys[f"escalation:{eid}:coordinator:{people['coordinator'].id}"] == (
        people["coordinator"].id
    )
    async with core.sessions() as session:
        row = await session.get(Escalation, eid)
        assert row is not None
        assert row.escalated_to_backup_at is not None
        assert row.escalated_to_coordinators_at is not None


async def test_crisis_is_urgent_to_counsellor_and_backup_at_once(core: Core, clock: FrozenClock):
    people = await cast(core, clock)
    learner = people["learner"].id
    screening = await core.motivation.screen_text(learner, "haluun vaan kuolla", "fi")
    assert screening.crisis is not None and screening.outcome is not None
    # Detection alone asks the person first: nothing is sent yet.
    assert screening.outcome.escalation is None and await outbox(core) == []
    confirmed = await core.motivation.crisis(learner)
    escalation = confirmed.escalation
    assert escalation is not None and escalation.kind is EscalationKind.CRISIS
    assert escalation.reasons[0]["list"] == "crisis"
    rows = await outbox(core)
    assert {r.person_id for r in rows} == {people["counsellor"].id, people["backup"].id}
    assert all(r.priority == Priority.URGENT for r in rows)
    async with core.sessions() as session:
        signal = (await session.execute(select(Signal))).scalar_one()
    assert signal.kind == "crisis" and signal.evidence is not None
    assert "kuolla" not in str(signal.evidence)  # ids only, never the text
    # A second confirmed crisis while the first is open: no second round of notices.
    await core.motivation.screen_text(learner, "I want to die", "fi")
    again = await core.motivation.crisis(learner)
    assert again.escalation is not None and not again.created


async def test_discouraged_words_are_a_signal(core: Core, clock: FrozenClock):
    people = await cast(core, clock)
    screening = await core.motivation.screen_text(
        people["learner"].id, "en mä jaksa enää tätä kurssia", "fi"
    )
    assert screening.crisis is None and screening.discouraged is not None
    signals = await core.motivation.signals(people["learner"].id)
    assert [s.kind for s in signals] == ["discouraged"]


async def test_silence_and_overdue_are_derived(core: Core, clock: FrozenClock):
    people = await cast(core, clock)
    learner = people["learner"].id
    clock.advance(timedelta(days=core.motivation.config.silence_days * 2))
    report = await core.motivation.sweep()
    assert report.learners == 1
    kinds = [s.kind for s in await core.motivation.signals(learner)]
    assert kinds.count("silence") == 1
    await core.motivation.sweep()  # nothing twice
    assert [s.kind for s in await core.motivation.signals(learner)].count("silence") == 1


async def test_forgetting_the_learner_erases_motivation_rows(core: Core, clock: FrozenClock):
    people = await cast(core, clock)
    learner = people["learner"].id
    await core.motivation.record_check_in(learner, 1)
    await core.motivation.request(learner)
    async with transaction(core.sessions) as session:
        await session.execute(delete(Person).where(Person.id == learner))
    async with core.sessions() as session:
        for model in (Signal, CheckIn, Escalation):
            count = await session.execute(select(func.count()).select_from(model))
            assert count.scalar_one() == 0, model


async def test_the_check_in_job_reads_learners_in_batches_and_asks_the_due_ones(
    core: Core, clock: FrozenClock
):
    # Ids in order: a counsellor, then five learners; batches of two cut them
    # anywhere. Learner 1 was never asked; 2 was asked twice, last two days on; 3 chose
    # Wednesdays at 15:00; 4 has left; 5 was asked three days on (their own /mood).
    start = clock.now()  # Tuesday 24 November 2026, 10:00 in Helsinki
    counsellor = await add_person(core.sessions, clock, 1, Role.COUNSELLOR)
    learners = [await add_person(core.sessions, clock, 10 + n, Role.LEARNER) for n in range(5)]
    one, two, three, four, five = (person.id for person in learners)
    async with transaction(core.sessions) as session:
        repo = MotivationRepository(session)
        await repo.ask_check_in(two, start + timedelta(days=1))
        await repo.ask_check_in(two, start + timedelta(days=2))
        await repo.ask_check_in(five, start + timedelta(days=3))
        await PeopleRepository(session).set_check_in_time(three, weekday=2, hour=15)
        await PeopleRepository(session).deactivate(four)
    async with core.sessions() as session:
        rhythms = await MotivationRepository(session).check_in_rhythms(after_id=0, limit=10)
    assert [r.learner_id for r in rhythms] == [one, two, three, five]  # no staff, no leaver
    by_id = {r.learner_id: r for r in rhythms}
    assert by_id[one].last_asked_at is None
    assert by_id[two].last_asked_at == start + timedelta(days=2)
    assert (by_id[three].check_in_weekday, by_id[three].check_in_hour) == (2, 15)
    assert by_id[five].created_at == start
    async with core.sessions() as session:
        page = await MotivationRepository(session).check_in_rhythms(after_id=one, limit=2)
    assert [r.learner_id for r in page] == [two, three]

    async def asked() -> list[int]:
        async with core.sessions() as session:
            rows = await session.execute(
                select(OutboxMessage.person_id)
                .where(OutboxMessage.kind == "check_in")
                .order_by(OutboxMessage.id)
            )
            return list(rows.scalars())

    motivation = core.motivation
    assert await motivation.ask_due_check_ins(batch=2) == 0
    # A week on: learner 1 (a week after joining); 3 waits for Wednesday at 15:00 (at
    # least 4 days on), 2 and 5 for a week after their last check-in.
    clock.advance(start + timedelta(days=7, minutes=1) - clock.now())
    assert await motivation.ask_due_check_ins(batch=2) == 1
    assert await asked() == [one]
    assert await motivation.ask_due_check_ins(batch=2) == 0  # nothing twice
    clock.advance(start + timedelta(days=8, hours=5, minutes=1) - clock.now())  # Wed 15:01
    assert await motivation.ask_due_check_ins(batch=2) == 1
    assert await asked() == [one, three]
    clock.advance(start + timedelta(days=9, minutes=1) - clock.now())
    assert await motivation.ask_due_check_ins(batch=2) == 1
    assert await asked() == [one, three, two]
    clock.advance(start + timedelta(days=10, minutes=1) - clock.now())
    assert await motivation.ask_due_check_ins(batch=2) == 1
    assert await motivation.ask_due_check_ins(batch=10) == 0
    assert await asked() == [one, three, two, five]
    assert counsellor.id not in await asked() and four not in await asked()
