"""Campaigns on every backend: audience filters, fallback, deliveries once, cancel, report."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.campaigns.file import parse_campaign
from bot.campaigns.service import CampaignError, Campaigns
from bot.clock import FrozenClock
from bot.core import Core
from store.db import transaction
from store.models import (
    CampaignDelivery,
    CampaignStatus,
    LearnerProfile,
    OutboxMessage,
    OutboxStatus,
    Person,
    Role,
)
from store.people import PeopleRepository
from store.plans import PlanRepository
from tests.factories import add_person


async def learner(
    core: Core,
    clock: FrozenClock,
    telegram_id: int,
    *,
    language: str = "en",
    counsellor: int | None = None,
    answers: dict[str, object] | None = None,
    path: str | None = None,
    step: str | None = None,
    time_zone: str = "Europe/Helsinki",
) -> Person:
    person = await add_person(core.sessions, clock, telegram_id)
    async with transaction(core.sessions) as session:
        people = PeopleRepository(session)
        await people.set_language(person.id, language, person.language_source)
        found = await people.get(person.id)
        assert found is not None
        found.time_zone = time_zone
        if counsellor is not None:
            await people.assign(person.id, counsellor, clock.now())
        if answers is not None or path is not None:
            session.add(
                LearnerProfile(
                    person_id=person.id,
                    consent_at=clock.now(),
                    answers=answers or {},
                    eligible=True,
                    path=path,
                    path_reasons=[],
                    completed_at=clock.now(),
                    updated_at=clock.now(),
                )
            )
        if step is not None:
            plans = PlanRepository(session)
            await plans.ensure_plan(person.id, path or "work_first", clock.now())
            await plans.add_step(
                person.id,
                step_type=step,
                due_at=None,
                due_has_time=False,
                note=None,
                place=None,
                by=None,
                now=clock.now(),
            )
    return person


SPEC = """
name: Info session
audience: {}
messages:
  en: "Hello {first_name}, the info session is on {date}. <b>{counsellor_name}</b>"
  fi: "Hei {first_name}!"
fallback: en
buttons:
  en: ["I'll come", "Not interested"]
  fi: ["Tulen", "En tule"]
"""


async def outbox_rows(core: Core) -> list[OutboxMessage]:
    async with core.sessions() as session:
        return list(
            (
                await session.execute(select(OutboxMessage).where(OutboxMessage.kind == "campaign"))
            ).scalars()
        )


async def test_audience_filters(core: Core, clock: FrozenClock):
    mikko = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    a = await learner(
        core, clock, 1, counsellor=mikko.id, answers={"goal": "work"}, path="work_first"
    )
    b = await learner(
        core,
        clock,
        2,
        language="ar",
        answers={"goal": "study", "fields": ["it", "health"]},
        path="education_first",
        step="cv",
    )
    c = await learner(core, clock, 3, language="fi")
    clock.advance(timedelta(days=10))
    d = await learner(core, clock, 4)

    async def audience(filters: str) -> set[int]:
        spec = parse_campaign(f"name: t\naudience: {filters}\nmessages: {{en: hi}}\nfallback: en\n")
        campaign = await core.campaigns.create(spec)
        async with core.sessions() as session:
            found = await core.campaigns.audience(campaign, session, clock.now())
        return {learner.id for learner in found}

    assert await audience("{}") == {a.id, b.id, c.id, d.id}
    assert await audience("{path: work}") == {a.id}
    assert await audience(f"{{counsellor: {mikko.id}}}") == {a.id}
    assert await audience("{language: [ar, fi]}") == {b.id, c.id}
    assert await audience("{answers: {goal: study}}") == {b.id}
    assert await audience("{answers: {fields: health}}") == {b.id}
    assert await audience("{step_not_done: cv}") == {b.id}
    assert await audience("{status: new}") == {c.id, d.id}
    assert await audience("{status: intake_done}") == {a.id, b.id}
    assert await audience("{inactive_days: 7}") == {a.id, b.id, c.id}
    assert await audience("{active_within_days: 2}") == {d.id}
    assert await audience(f"{{learners: [{a.id}, {c.id}]}}") == {a.id, c.id}


async def test_send_once_fallback_cancel_and_report(core: Core, clock: FrozenClock):
    coordinator = await add_person(core.sessions, clock, 200, Role.COORDINATOR)
    mikko = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    en = await learner(core, clock, 1, counsellor=mikko.id)
    fi = await learner(core, clock, 2, language="fi")
    ar = await learner(core, clock, 3, language="ar")
    muted = await learner(core, clock, 4)
    blocked = await learner(core, clock, 5)
    async with transaction(core.sessions) as session:
        await session.get(Person, muted.id)
        (await session.get(Person, muted.id)).campaigns_muted_at = clock.now()  # type: ignore[union-attr]
        await PeopleRepository(session).set_blocked(blocked.id, clock.now())

    campaign = await core.campaigns.create(parse_campaign(SPEC), created_by=coordinator.id)
    preview = await core.campaigns.preview(campaign.id)
    assert preview.audience == 5
    assert preview.by_language == {"en": 3, "fi": 1, "ar": 1}
    assert preview.fell_back == {"ar": 1}
    assert preview.muted == 1 and preview.blocked == 1
    assert preview.examples["fi"] == "Hei P2!"
    assert "P1" in preview.examples["en"]
    assert await outbox_rows(core) == []  # a draft sends nothing

    await core.campaigns.confirm(campaign.id)
    with pytest.raises(CampaignError):
        await core.campaigns.confirm(campaign.id)
    # Planning again (a restart, a second process) adds nothing.
    await core.campaigns.run_due()
    rows = await outbox_rows(core)
    assert sorted(r.person_id for r in rows) == [en.id, fi.id, ar.id]
    assert all(r.priority == 3 for r in rows)
    by_person = {r.person_id: r.payload for r in rows}
    assert by_person[fi.id]["reply"]["args"]["text"] == "Hei P2!"
    # Arabic has no text: the English fallback, placeholders filled, markup left as typed
    # (the renderer escapes the whole argument).
    assert by_person[ar.id]["reply"]["args"]["text"].startswith("Hello P3, the info session is on")
    assert "<b></b>" in by_person[ar.id]["reply"]["args"]["text"]
    assert "<b>P100</b>" in by_person[en.id]["reply"]["args"]["text"]
    buttons = by_person[fi.id]["reply"]["buttons"]
    assert [b["args"]["label"] for b in buttons[0]] == ["Tulen", "En tule"]
    assert buttons[1][0]["key"] == "campaign-mute"

    async with core.sessions() as session:
        deliveries = list((await session.execute(select(CampaignDelivery))).scalars())
    assert len(deliveries) == 5
    delivery = {d.learner_id: d for d in deliveries}
    # Answers: only the learner's own delivery, only buttons that exist.
    fi_person = await _person(core, fi.id)
    en_person = await _person(core, en.id)
    assert await core.campaigns.answer(fi_person, delivery[fi.id].id, 1)
    assert not await core.campaigns.answer(fi_person, delivery[fi.id].id, 3)
    assert not await core.campaigns.answer(en_person, delivery[fi.id].id, 2)

    # One is sent, then the campaign is cancelled: the rest never go.
    async with transaction(core.sessions) as session:
        row = await session.get(OutboxMessage, delivery[fi.id].outbox_id)
        assert row is not None
        row.status = OutboxStatus.SENT
    assert await core.campaigns.cancel(campaign.id) == 2
    report = await core.campaigns.report(campaign.id)
    assert report.audience == 5
    assert dict(report.outcomes) == {"sent": 1, "cancelled": 2, "muted": 1, "blocked": 1}
    assert report.by_language["fi"] == {"sent": 1}
    assert report.answers == {1: 1}
    with pytest.raises(CampaignError):
        await core.campaigns.cancel(campaign.id)


async def test_report_to_coordinator_when_send_finishes(core: Core, clock: FrozenClock):
    coordinator = await add_person(core.sessions, clock, 200, Role.COORDINATOR)
    one = await learner(core, clock, 1)
    campaign = await core.campaigns.create(parse_campaign(SPEC), created_by=coordinator.id)
    await core.campaigns.confirm(campaign.id)
    [row] = await outbox_rows(core)
    async with transaction(core.sessions) as session:
        found = await session.get(OutboxMessage, row.id)
        assert found is not None
        found.status = OutboxStatus.SENT
    await core.campaigns.run_due()
    await core.campaigns.run_due()
    async with core.sessions() as session:
        reports = list(
            (
                await session.execute(
                    select(OutboxMessage).where(OutboxMessage.kind == "campaign_report")
                )
            ).scalars()
        )
    assert [r.person_id for r in reports] == [coordinator.id]
    assert reports[0].payload["reply"]["args"]["sent"] == 1
    # Nothing in doubt: no line about it.
    assert reports[0].payload["reply"]["args"]["in_doubt"]["lines"] == []
    assert (await core.campaigns.get(campaign.id)).status is CampaignStatus.DONE
    assert one.id


async def test_weekly_occurrences_until_the_end(core: Core, clock: FrozenClock):
    await learner(core, clock, 1)
    spec = parse_campaign(
        "name: weekly\nmessages: {en: hi}\nfallback: en\nrepeat: weekly\nuntil: 2026-12-09\n"
    )
    campaign = await core.campaigns.create(spec)
    await core.campaigns.confirm(campaign.id)
    for _ in range(4):
        clock.advance(timedelta(days=7))
        await core.campaigns.run_due()
    async with core.sessions() as session:
        occurrences = (
            await session.execute(select(func.count()).select_from(CampaignDelivery))
        ).scalar_one()
    # 24 Nov, 1 Dec and 8 Dec; 15 Dec is after the end.
    assert occurrences == 3
    assert len(await outbox_rows(core)) == 3


async def _person(core: Core, person_id: int) -> Person:
    async with core.sessions() as session:
        person = await session.get(Person, person_id)
    assert person is not None
    return person


async def test_a_send_cut_off_mid_way_plans_the_rest_exactly_once(core: Core, clock: FrozenClock):
    people = [await learner(core, clock, i) for i in range(1, 8)]
    campaign = await core.campaigns.create(parse_campaign(SPEC))
    small = Campaigns(core.sessions, core.outbox, clock, time_zone="Europe/Helsinki", batch=3)
    planned = 0
    real = small._plan_batch

    async def dies_after_two_batches(*args: Any, **kwargs: Any) -> int:
        nonlocal planned
        if planned == 2:
            raise KeyboardInterrupt  # the process is killed here
        planned += 1
        return await real(*args, **kwargs)

    small._plan_batch = dies_after_two_batches  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        await small.confirm(campaign.id)
    assert len(await outbox_rows(core)) == 6
    # Back up: the next run plans the rest; planning again adds nothing.
    await core.campaigns.run_due()
    await core.campaigns.run_due()
    rows = await outbox_rows(core)
    assert sorted(r.person_id for r in rows) == sorted(p.id for p in people)
    async with core.sessions() as session:
        deliveries = list((await session.execute(select(CampaignDelivery))).scalars())
    assert sorted(d.learner_id for d in deliveries) == sorted(p.id for p in people)
    assert {d.outbox_id for d in deliveries} == {r.id for r in rows}


async def test_a_delivery_in_doubt_is_its_own_outcome_not_a_failure(core: Core, clock: FrozenClock):
    coordinator = await add_person(core.sessions, clock, 200, Role.COORDINATOR)
    sent, doubt, dead, waiting = [await learner(core, clock, i) for i in (1, 2, 3, 4)]
    finnish = await learner(core, clock, 5, language="fi")
    campaign = await core.campaigns.create(parse_campaign(SPEC), created_by=coordinator.id)
    await core.campaigns.confirm(campaign.id)
    # What the sender leaves: one sent, two in doubt (a crash mid-request, a lost answer),
    # one rejected, one still waiting.
    ends = {
        sent.id: OutboxStatus.SENT,
        doubt.id: OutboxStatus.IN_DOUBT,
        finnish.id: OutboxStatus.IN_DOUBT,
        dead.id: OutboxStatus.DEAD,
    }
    async with transaction(core.sessions) as session:
        for row in await session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "campaign")
        ):
            row.status = ends.get(row.person_id, row.status)
    report = await core.campaigns.report(campaign.id)
    assert dict(report.outcomes) == {"sent": 1, "in_doubt": 2, "failed": 1, "pending": 1}
    assert report.by_language["fi"] == {"in_doubt": 1}
    assert report.by_language["en"] == {"sent": 1, "in_doubt": 1, "failed": 1, "pending": 1}
    outcomes = {d.learner_id: o for d, o in await core.campaigns.deliveries(campaign.id)}
    assert outcomes == {
        sent.id: "sent",
        doubt.id: "in_doubt",
        finnish.id: "in_doubt",
        dead.id: "failed",
        waiting.id: "pending",
    }

    # A row in doubt is not "underway": when the last one ends, the coordinator's report
    # goes, with the line about the two that may have arrived.
    async with transaction(core.sessions) as session:
        last = await session.get(OutboxMessage, await _outbox_id(core, waiting.id))
        assert last is not None
        last.status = OutboxStatus.SENT
    await core.campaigns.run_due()
    async with core.sessions() as session:
        [message] = (
            await session.scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "campaign_report")
            )
        ).all()
    args = message.payload["reply"]["args"]
    assert (args["sent"], args["failed"], args["pending"]) == (2, 1, 0)
    assert args["in_doubt"]["lines"] == [
        {"phrase": "campaign-report-in-doubt", "args": {"count": 2}}
    ]
    assert (await core.campaigns.get(campaign.id)).status is CampaignStatus.DONE


async def _outbox_id(core: Core, learner_id: int) -> int:
    async with core.sessions() as session:
        found = await session.scalar(
            select(CampaignDelivery.outbox_id).where(CampaignDelivery.learner_id == learner_id)
        )
    assert found is not None
    return int(found)


async def test_a_cancel_while_the_sender_starts_a_row_reports_that_row_as_sent(
    core: Core, clock: FrozenClock, database_url: str
):
    """PostgreSQL: the sender marks a row "sending" and the coordinator cancels at the same
    moment. The cancel waits for the sender's row and leaves it alone; its delivery must not
    be reported as cancelled (it was, when the deliveries were marked first)."""
    if not database_url.startswith("postgresql"):
        pytest.skip("two transactions at once: PostgreSQL (SQLite has one writer)")
    first, second = [await learner(core, clock, i) for i in (1, 2)]
    campaign = await core.campaigns.create(parse_campaign(SPEC))
    await core.campaigns.confirm(campaign.id)
    starting = await _outbox_id(core, first.id)
    async with core.sessions() as sender:
        async with sender.begin():
            # The sender's wave: the row goes from claimed to sending (row locked until commit).
            row = await sender.get(OutboxMessage, starting, with_for_update=True)
            assert row is not None
            row.status = OutboxStatus.SENDING
            await sender.flush()
            cancel = asyncio.create_task(core.campaigns.cancel(campaign.id))
            await asyncio.sleep(0.3)  # the cancel is under way, waiting for that row
            assert not cancel.done()
        assert await cancel == 1  # the other learner's row only
    outcomes = {d.learner_id: o for d, o in await core.campaigns.deliveries(campaign.id)}
    assert outcomes[second.id] == "cancelled"
    assert outcomes[first.id] == "pending"  # on its way: sent or in doubt, never "cancelled"
