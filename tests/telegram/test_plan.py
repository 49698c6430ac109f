"""Plans end to end: the counsellor builds, the learner follows, reminders come on time."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.sandbox import ChatMessage, SandboxClient, SandboxUser
from bot.staff import Staff
from store.db import transaction
from store.models import OutboxMessage, OutboxStatus, PlanStep, Signal, StepStatus
from store.plans import PlanRepository
from tests.telegram.conftest import RunningBot, eventually, person_id, plain, say, shows
from tests.telegram.learners import finished_learner

HKI = ZoneInfo("Europe/Helsinki")


async def open_plan(client: SandboxClient, counsellor: SandboxUser) -> None:
    await client.send_text(counsellor, "/learners")
    [listing] = await client.wait_for_bot_messages(counsellor)
    assert "Amal" in listing.text
    await client.press_button(counsellor, "Amal")
    await client.wait_for_bot_messages(counsellor)


async def reminders(bot: RunningBot, step_id: int) -> list[OutboxMessage]:
    async with transaction(bot.side.sessions) as session:
        rows = await session.execute(
            select(OutboxMessage)
            .where(OutboxMessage.ref == f"plan_step:{step_id}")
            .order_by(OutboxMessage.not_before)
        )
        return list(rows.scalars())


async def steps_of(bot: RunningBot, learner: SandboxUser) -> list[PlanStep]:
    pid = await person_id(bot, learner)
    async with transaction(bot.side.sessions) as session:
        rows = await session.execute(
            select(PlanStep).where(PlanStep.learner_id == pid).order_by(PlanStep.position)
        )
        return list(rows.scalars())


async def number_of(bot: RunningBot, step_id: int) -> int:
    """The step's number as the plan shows it (by date)."""
    async with transaction(bot.side.sessions) as session:
        step = await session.get(PlanStep, step_id)
        assert step is not None
        steps = await PlanRepository(session).steps(step.learner_id)
    return next(i for i, s in enumerate(steps, 1) if s.id == step_id)


async def add_step(
    client: SandboxClient, counsellor: SandboxUser, step_type: str, due: str | None
) -> list[ChatMessage]:
    """Add a step with the counsellor's buttons; returns the replies to the date."""
    await client.press_button(counsellor, say("plan-add"))
    await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, say(f"step-type-{step_type}"))
    await client.wait_for_bot_messages(counsellor)
    if due is None:
        await client.press_button(counsellor, say("dialogue-skip"))
    else:
        await client.send_text(counsellor, due)
    return await client.wait_for_bot_messages(counsellor)


async def finish_step(client: SandboxClient, counsellor: SandboxUser) -> None:
    """Skip the place and the note; back to the plan."""
    await client.press_button(counsellor, say("dialogue-skip"))
    await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, say("dialogue-skip"))
    await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, say("plan-back-to-plan"))
    await client.wait_for_bot_messages(counsellor)


async def test_steps_in_date_order_and_a_past_date_asked_about(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor = await finished_learner(bot, client)
    await open_plan(client, counsellor)
    today = bot.clock.now().astimezone(HKI).date()
    # An undated step goes after the dated ones.
    await add_step(client, counsellor, "document", None)
    await finish_step(client, counsellor)
    # A date that has passed: the counsellor is asked, and may write another ...
    past = today - timedelta(days=2)
    [asked] = await add_step(client, counsellor, "health_check", f"{past:%d.%m.%Y}")
    assert shows(asked, "dialogue-past-date-confirm", date=past)
    await client.press_button(counsellor, say("dialogue-past-change"))
    [again] = await client.wait_for_bot_messages(counsellor)
    assert shows(again, "plan-add-due")
    # The "keep it?" message shows the choice, and its buttons are gone.
    edited = await client.wait_for(
        counsellor, lambda m: m.message_id == asked.message_id and m.edited
    )
    assert edited.button_labels == [] and plain(edited.text).endswith(say("dialogue-past-change"))
    await client.send_text(counsellor, f"{past:%d.%m.%Y}")
    await client.wait_for_bot_messages(counsellor)
    # ... or keep it (say, to record a check already done).
    await client.press_button(counsellor, say("dialogue-past-keep"))
    [place] = await client.wait_for_bot_messages(counsellor)
    assert shows(place, "plan-add-place")
    await finish_step(client, counsellor)
    view = (await client.bot_messages(counsellor))[-1]
    lines = [line for line in plain(view.text).splitlines() if line[:2] in ("1.", "6.")]
    assert lines[0].startswith(f"1. {say('step-type-health_check')}")
    assert lines[1].startswith(f"6. {say('step-type-document')} – {say('plan-no-date')}")
    # "next" in /learners is the earliest open step, for the counsellor as for the learner.
    await client.send_text(counsellor, "/learners")
    [listing] = await client.wait_for_bot_messages(counsellor)
    assert f"next: {say('step-type-health_check')}" in plain(listing.text)
    await client.press_button(counsellor, "Amal")
    await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, say("plan-confirm"))
    await client.wait_for_bot_messages(counsellor)
    await client.wait_for_bot_messages(learner.user)
    mine, _about = await learner.type("/plan", count=2)
    assert plain(mine.text).index("Health check") < plain(mine.text).index("CV")
    assert plain(mine.text).index("CV") < plain(mine.text).index("Document")


async def test_counsellor_builds_confirms_and_learner_follows(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor = await finished_learner(bot, client)
    # The starter plan for the work path is a proposal: no reminders until confirmed.
    starter = await steps_of(bot, learner.user)
    assert [s.step_type for s in starter] == [
        "cv",
        "employment_office",
        "job_application",
        "work_tryout",
    ]
    assert await reminders(bot, starter[0].id) == []
    [empty] = await learner.type("/plan")
    learner.expect(empty, "plan-learner-empty")

    await open_plan(client, counsellor)
    await client.press_button(counsellor, say("plan-add"))
    [q] = await client.wait_for_bot_messages(counsellor)
    assert shows(q, "plan-add-type")
    await client.press_button(counsellor, say("step-type-health_check"))
    await client.wait_for_bot_messages(counsellor)
    due = (bot.clock.now().astimezone(HKI) + timedelta(days=6)).date()
    await client.send_text(counsellor, f"{due:%d.%m.%Y} 14:30")
    await client.wait_for_bot_messages(counsellor)
    await client.send_text(counsellor, "Leppävaara health station")
    await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, say("dialogue-skip"))
    [added] = await client.wait_for_bot_messages(counsellor)
    assert shows(added, "plan-step-added")
    await client.press_button(counsellor, say("plan-back-to-plan"))
    [view] = await client.wait_for_bot_messages(counsellor)
    assert "Health check" in plain(view.text) and "Leppävaara" in plain(view.text)
    assert "This is a proposal" in plain(view.text)

    pressed = await client.press_button(counsellor, say("plan-confirm"))
    [confirmed] = await client.wait_for_bot_messages(counsellor)
    assert "This is a proposal" not in confirmed.text
    # The view pressed on says what happened, and has no buttons left.
    told = await client.wait_for(
        counsellor, lambda m: m.message_id == pressed.message_id and m.edited
    )
    assert shows(told, "plan-confirmed-told", name="Amal") and told.button_labels == []
    [ready] = await client.wait_for_bot_messages(learner.user)
    # The learner hears what changed: how many steps, and the first by date (the health
    # check in 6 days comes before the CV in 7, though the counsellor added it last).
    text = plain(ready.text)
    assert text.startswith("Your counsellor confirmed your plan: 5 steps.")
    assert f"The first is {say('step-type-health_check')} (" in text

    health = (await steps_of(bot, learner.user))[-1]
    assert health.due_has_time and health.due_at is not None
    assert health.due_at.astimezone(HKI).strftime("%d.%m.%Y %H:%M") == f"{due:%d.%m.%Y} 14:30"
    rows = await reminders(bot, health.id)
    assert [r.not_before.astimezone(HKI).strftime("%d %H:%M") for r in rows] == [
        f"{(due - timedelta(days=d)):%d} 09:00" for d in (3, 1, 0, -1)
    ]

    view, about = await learner.type("/plan", count=2)
    assert plain(view.text).startswith("Your plan")
    # By date: the health check (in 6 days) before the CV (in 7), the counsellor's order
    # notwithstanding; "about" explains the earliest open step.
    assert plain(view.text).index("Health check") < plain(view.text).index("CV")
    learner.expect(about, "step-type-health_check-about")
    await client.press_button(
        learner.user, say("plan-done-button", number=2, type=say("step-type-cv"))
    )
    [after, _about] = await client.wait_for_bot_messages(learner.user, count=2)
    assert "✅" in after.text
    assert plain(after.text).index("Job application") < plain(after.text).index("CV")
    assert await reminders(bot, starter[0].id) and all(
        r.status is OutboxStatus.CANCELLED for r in await reminders(bot, starter[0].id)
    )
    # The counsellor hears about it once, batched.
    bot.clock.advance(timedelta(minutes=31))
    [digest] = await client.wait_for_bot_messages(counsellor, timeout=10)
    assert plain(digest.text).startswith("Your learners marked these steps as done")
    assert "CV" in plain(digest.text)


async def test_reminder_arrives_and_help_reaches_the_counsellor(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor = await finished_learner(bot, client)
    await open_plan(client, counsellor)
    await client.press_button(counsellor, say("plan-confirm"))
    await client.wait_for_bot_messages(counsellor)
    await client.wait_for_bot_messages(learner.user)  # plan ready
    cv = (await steps_of(bot, learner.user))[0]
    first = (await reminders(bot, cv.id))[0]
    bot.clock.advance(first.not_before - bot.clock.now() + timedelta(seconds=1))
    [reminder] = await client.wait_for_bot_messages(learner.user, timeout=10)
    assert plain(reminder.text).startswith("In 3 days: CV")
    await client.press_button(learner.user, say("plan-need-help"))
    [sent] = await client.wait_for_bot_messages(learner.user)
    learner.expect(sent, "plan-help-sent")
    [notice] = await client.wait_for_bot_messages(counsellor)
    assert shows(notice, "notice-needs-help", name="Amal", type=say("step-type-cv"))
    async with transaction(bot.side.sessions) as session:
        [signal] = (await session.execute(select(Signal))).scalars()
    assert (signal.kind, signal.ref) == ("help", f"plan_step:{cv.id}")


async def test_editing_the_date_replaces_the_reminders(bot: RunningBot, client: SandboxClient):
    learner, counsellor = await finished_learner(bot, client)
    await open_plan(client, counsellor)
    await client.press_button(counsellor, say("plan-confirm"))
    await client.wait_for_bot_messages(counsellor)
    cv = (await steps_of(bot, learner.user))[0]
    before = await reminders(bot, cv.id)
    await client.press_button(
        counsellor, say("plan-step-button", number=1, type=say("step-type-cv"))
    )
    await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, say("plan-change-date"))
    await client.wait_for_bot_messages(counsellor)
    new_due = (bot.clock.now().astimezone(HKI) + timedelta(days=20)).date()
    await client.send_text(counsellor, f"{new_due:%d.%m.%Y}")
    [changed] = await client.wait_for_bot_messages(counsellor)
    assert shows(changed, "plan-date-changed")
    after = await reminders(bot, cv.id)
    old_ids = {r.id for r in before}
    assert all(r.status is OutboxStatus.CANCELLED for r in after if r.id in old_ids)
    fresh = [r for r in after if r.id not in old_ids]
    assert [r.not_before.astimezone(HKI).date() for r in fresh] == [
        new_due - timedelta(days=3),
        new_due - timedelta(days=1),
        new_due,
        new_due + timedelta(days=1),
    ]
    # Removing the step cancels everything it had (its number follows its new date).
    await client.press_button(counsellor, say("plan-back-to-plan"))
    await client.wait_for_bot_messages(counsellor)
    await client.press_button(
        counsellor,
        say("plan-step-button", number=await number_of(bot, cv.id), type=say("step-type-cv")),
    )
    await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, say("plan-remove"))
    await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, say("plan-remove-yes"))
    await client.wait_for_bot_messages(counsellor)
    assert all(r.status is OutboxStatus.CANCELLED for r in await reminders(bot, cv.id))
    remaining = await steps_of(bot, learner.user)
    assert remaining[0].step_type == "employment_office"


async def test_downtime_sends_what_is_still_relevant_once_and_drops_the_rest(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor = await finished_learner(bot, client)
    await open_plan(client, counsellor)
    await client.press_button(counsellor, say("plan-confirm"))
    await client.wait_for_bot_messages(counsellor)
    await client.wait_for_bot_messages(learner.user)
    cv = (await steps_of(bot, learner.user))[0]  # due in 7 days, reminders at -3, -1, 0, +1
    await bot.stop()
    # Down until two hours after the 3-day reminder was due: late, but its words are still
    # true that day, so it goes, once; nothing else is due yet.
    rows = await reminders(bot, cv.id)
    bot.clock.advance(rows[0].not_before - bot.clock.now() + timedelta(hours=2))
    await bot.start()
    [late] = await client.wait_for_bot_messages(learner.user, timeout=10)
    assert plain(late.text).startswith("In 3 days: CV")
    await bot.stop()
    # Down past the due date and the overdue nudge's relevance: those are dropped.
    bot.clock.advance(timedelta(days=10))
    await bot.start()

    async def settled() -> bool:
        statuses = [r.status for r in await reminders(bot, cv.id)]
        return OutboxStatus.PENDING not in statuses

    await eventually(settled, seconds=10)
    statuses = [r.status for r in await reminders(bot, cv.id)]
    assert statuses == [OutboxStatus.SENT] + [OutboxStatus.EXPIRED] * 3
    assert [m.text for m in await client.bot_messages(learner.user)].count(late.text) == 1


async def test_learner_cannot_touch_another_learners_step(bot: RunningBot, client: SandboxClient):
    learner, counsellor = await finished_learner(bot, client)
    cv = (await steps_of(bot, learner.user))[0]
    await client.send_text(counsellor, "/help")
    [message] = await client.wait_for_bot_messages(counsellor)
    await client.press(counsellor, message.message_id, f"pl:ld:{cv.id}", force=True)

    async def refused() -> bool:
        answers = await client.callback_answers(counsellor)
        return any(a.get("text") == say("error-not-allowed") for a in answers)

    await eventually(refused)
    assert (await steps_of(bot, learner.user))[0].status is StepStatus.TODO


async def test_counsellor_can_cancel_adding_a_step(bot: RunningBot, client: SandboxClient):
    learner, counsellor = await finished_learner(bot, client)
    await open_plan(client, counsellor)
    await client.press_button(counsellor, say("plan-add"))
    await client.wait_for_bot_messages(counsellor)
    await client.send_text(counsellor, "/cancel")
    [stopped] = await client.wait_for_bot_messages(counsellor)
    assert shows(stopped, "dialogue-cancelled")
    assert len(await steps_of(bot, learner.user)) == 4


async def test_spring_and_autumn_switch_end_to_end(bot: RunningBot, client: SandboxClient):
    """Reminders around both daylight-saving switches arrive at 09:00 (08:00 when quiet
    hours end later than the reminder), once each, none lost."""
    learner, counsellor = await finished_learner(bot, client)
    await open_plan(client, counsellor)
    await client.press_button(counsellor, say("plan-confirm"))
    await client.wait_for_bot_messages(counsellor)
    await client.wait_for_bot_messages(learner.user)  # plan ready
    for before, due_text, expected in (
        # Spring: 03:00 -> 04:00 on Sunday 28 March 2027. A step at 08:30 on the 29th.
        (
            datetime(2027, 3, 24, 10, 0, tzinfo=HKI),
            "29.03.2027 08:30",
            ["26.03 09:00", "28.03 09:00", "29.03 08:00", "30.03 09:00"],
        ),
        # Autumn: 04:00 -> 03:00 on Sunday 31 October 2027. A date without a time.
        (
            datetime(2027, 10, 27, 10, 0, tzinfo=HKI),
            "01.11.2027",
            ["29.10 09:00", "31.10 09:00", "01.11 09:00", "02.11 09:00"],
        ),
    ):
        bot.clock.advance(before - bot.clock.now())
        await client.press_button(counsellor, say("plan-add"))
        await client.wait_for_bot_messages(counsellor)
        await client.press_button(counsellor, say("step-type-health_check"))
        await client.wait_for_bot_messages(counsellor)
        await client.send_text(counsellor, due_text)
        await client.wait_for_bot_messages(counsellor)
        await client.press_button(counsellor, say("dialogue-skip"))  # no place
        await client.wait_for_bot_messages(counsellor)
        await client.press_button(counsellor, say("dialogue-skip"))  # no note
        await client.wait_for_bot_messages(counsellor)
        await client.press_button(counsellor, say("plan-back-to-plan"))
        await client.wait_for_bot_messages(counsellor)
        step = (await steps_of(bot, learner.user))[-1]
        rows = await reminders(bot, step.id)
        assert [r.not_before.astimezone(HKI).strftime("%d.%m %H:%M") for r in rows] == expected
        # Let simulated time pass through each reminder: each arrives once, in order.
        for row in rows:
            bot.clock.advance(row.not_before - bot.clock.now() + timedelta(seconds=1))
            [arrived] = await client.wait_for_bot_messages(learner.user, timeout=10)
            assert "Health check" in plain(arrived.text)

        async def all_sent(step_id: int = step.id) -> bool:
            return [r.status for r in await reminders(bot, step_id)] == [OutboxStatus.SENT] * 4

        await eventually(all_sent)


async def _toasted(client: SandboxClient, user: SandboxUser, key: str, count: int) -> bool:
    answers = await client.callback_answers(user)
    return sum(a.get("text") == say(key) for a in answers) >= count


async def test_a_learner_cannot_tick_a_step_of_a_plan_still_proposed(
    bot: RunningBot, client: SandboxClient
):
    learner, _ = await finished_learner(bot, client)
    cv = (await steps_of(bot, learner.user))[0]  # the starter plan awaits confirmation
    [message] = await learner.type("/plan")
    for data in (f"pl:ld:{cv.id}", f"pl:help:{cv.id}"):
        await client.press(learner.user, message.message_id, data, force=True)
    await eventually(lambda: _toasted(client, learner.user, "error-stale-button", 2))
    assert (await steps_of(bot, learner.user))[0].status is StepStatus.TODO
    async with transaction(bot.side.sessions) as session:
        kinds = (await session.execute(select(OutboxMessage.kind))).scalars().all()
    assert "digest" not in kinds


FORGED = [
    "pl:v:99999999999999999999",
    "pl:v:2147483648",
    "pl:v:-1",
    "pl:ld:²",
    "pl:s:",
    "pl:d:",
    "pl:ld:",
    "pl:",
    "pl:v:12:34",
]


async def test_forged_plan_buttons_get_a_kind_answer(bot: RunningBot, client: SandboxClient):
    learner, counsellor = await finished_learner(bot, client)
    for user in (learner.user, counsellor):
        await client.send_text(user, "/help")
        [message] = await client.wait_for_bot_messages(user)
        for data in FORGED:
            await client.press(user, message.message_id, data, force=True)
        await eventually(lambda user=user: _toasted(client, user, "error-stale-button", 9))
        await client.send_text(user, "/help")  # and still answering
        await client.wait_for_bot_messages(user)


async def test_help_when_no_counsellor_can_be_told_says_so_honestly(
    bot: RunningBot, client: SandboxClient
):
    """The learner's only counsellor leaves between a reminder and the learner's "I need
    help": the bot does not say it told anyone, says what to do, and queues nothing."""
    learner, counsellor = await finished_learner(bot, client)
    await open_plan(client, counsellor)
    await client.press_button(counsellor, say("plan-confirm"))
    await client.wait_for_bot_messages(counsellor)
    await client.wait_for_bot_messages(learner.user)  # plan ready
    cv = (await steps_of(bot, learner.user))[0]
    first = (await reminders(bot, cv.id))[0]
    bot.clock.advance(first.not_before - bot.clock.now() + timedelta(seconds=1))
    [reminder] = await client.wait_for_bot_messages(learner.user, timeout=10)
    assert plain(reminder.text).startswith("In 3 days: CV")
    heard = len(await client.bot_messages(counsellor))
    side = bot.side
    await Staff(side.sessions, bot.clock, side.outbox).deactivate(
        await person_id(bot, counsellor), via="cli"
    )

    await client.press_button(learner.user, say("plan-need-help"))
    [said] = await client.wait_for_bot_messages(learner.user)
    learner.expect(said, "plan-help-nobody")
    assert "office" in plain(said.text)
    async with transaction(bot.side.sessions) as session:
        keys = (await session.execute(select(OutboxMessage.idempotency_key))).scalars().all()
    assert not [key for key in keys if key.startswith("help:")]
    # Ticking the step off: praise, but no promise that a counsellor will see it.
    await client.press_button(learner.user, say("plan-mark-done"))
    await eventually(lambda: _toasted(client, learner.user, "plan-done-well-done", 1))
    bot.clock.advance(timedelta(minutes=31))
    await asyncio.sleep(1)  # the sender is awake: anything queued for them would go now
    assert len(await client.bot_messages(counsellor)) == heard


async def test_old_single_letter_buttons_on_phones_still_work(
    bot: RunningBot, client: SandboxClient
):
    """A reminder sent before the operations had names carries ``pl:ld:<id>``."""
    learner, counsellor = await finished_learner(bot, client)
    await open_plan(client, counsellor)
    await client.press_button(counsellor, say("plan-confirm"))
    await client.wait_for_bot_messages(counsellor)
    [ready] = await client.wait_for_bot_messages(learner.user)
    cv = (await steps_of(bot, learner.user))[0]
    await client.press(learner.user, ready.message_id, f"pl:ld:{cv.id}", force=True)
    await eventually(lambda: _toasted(client, learner.user, "plan-done-thanks", 1))
    assert (await steps_of(bot, learner.user))[0].status is StepStatus.DONE
