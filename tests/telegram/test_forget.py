"""/forget forgets: after it, no table holds the learner's name, answers or Telegram ids."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from bot.sandbox import SandboxClient
from store.db import transaction
from store.models import Base, OutboxMessage, Person, PlanStep
from tests.telegram.conftest import RunningBot, person_id, say, shows
from tests.telegram.learners import answer_everything, new_learner

NAME = "Zubeyda"
COUNTRY = "Zzlandia"
WORK = "zzwelding and zzcarpentry"


async def dump(bot: RunningBot) -> dict[str, list[str]]:
    """Every row of every table, as text."""
    async with transaction(bot.side.sessions) as session:
        return {
            table.name: [str(tuple(row)) for row in await session.execute(select(table))]
            for table in Base.metadata.sorted_tables
        }


def holding(tables: dict[str, list[str]], needle: str) -> list[str]:
    pattern = re.compile(rf"(?<![0-9]){re.escape(needle)}(?![0-9])", re.IGNORECASE)
    return [
        f"{name}: {row}" for name, rows in tables.items() for row in rows if pattern.search(row)
    ]


async def test_forget_leaves_nothing_of_the_learner_in_any_table(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor = await new_learner(bot, client, "en", name=NAME)
    await answer_everything(learner, name=NAME, country=COUNTRY, work=WORK)
    await learner.press("option-summary-confirm", count=5)
    await client.wait_for_bot_messages(counsellor, count=2)  # intake done, plan proposed
    pid = await person_id(bot, learner.user)

    # The counsellor confirms the starter plan.
    await client.send_text(counsellor, "/learners")
    await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, NAME)
    await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, say("plan-confirm"))
    await client.wait_for_bot_messages(counsellor)
    await client.wait_for_bot_messages(learner.user)  # plan ready

    # A reminder, and "I need help" on it: a notice that names the learner.
    async with transaction(bot.side.sessions) as session:
        cv = (
            (
                await session.execute(
                    select(PlanStep).where(PlanStep.learner_id == pid).order_by(PlanStep.position)
                )
            )
            .scalars()
            .first()
        )
        assert cv is not None
        first = (
            (
                await session.execute(
                    select(OutboxMessage)
                    .where(OutboxMessage.ref == f"plan_step:{cv.id}")
                    .order_by(OutboxMessage.not_before)
                )
            )
            .scalars()
            .first()
        )
        assert first is not None
    bot.clock.advance(first.not_before - bot.clock.now() + timedelta(seconds=1))
    await client.wait_for_bot_messages(learner.user, timeout=10)  # the reminder
    await client.press_button(learner.user, say("plan-need-help"))
    await client.wait_for_bot_messages(learner.user)
    [notice] = await client.wait_for_bot_messages(counsellor)
    assert shows(notice, "notice-needs-help", name=NAME, type=say("step-type-cv"))

    # A tick: the counsellor's digest goes out with the learner's name in it.
    [_view, _about] = await learner.type("/plan", count=2)
    await client.press_button(
        learner.user, say("plan-done-button", number=1, type=say("step-type-cv"))
    )
    await client.wait_for_bot_messages(learner.user, count=2)
    bot.clock.advance(timedelta(minutes=31))
    [digest] = await client.wait_for_bot_messages(counsellor, timeout=10)
    assert NAME in digest.text

    # A question for the counsellor, who begins to answer it (their place names the
    # learner); a second question waits for its button.
    await learner.type("zzquestion where is the centre?")
    await learner.press("ask-counsellor-button")
    [asked] = await client.wait_for_bot_messages(counsellor)
    assert "zzquestion" in asked.text
    await client.press_button(counsellor, say("ask-answer-button"))
    await client.wait_for_bot_messages(counsellor)
    await learner.type("zzsecond question, not sent")

    before = await dump(bot)
    assert holding(before, "zzquestion") and holding(before, "zzsecond")
    assert holding(before, NAME) and holding(before, "zzwelding")
    assert holding(before, str(learner.user.id))

    [confirm] = await learner.type("/forget")
    learner.expect(confirm, "forget-confirm")
    await client.press_button(learner.user, learner.label("forget-yes"))
    await client.wait_for(
        learner.user, lambda m: m.edited and m.text == learner.label("forget-done")
    )
    [left] = await client.wait_for_bot_messages(counsellor)
    assert shows(left, "notice-learner-left")
    assert NAME not in left.text

    after = await dump(bot)
    for needle in (
        NAME, COUNTRY, "zzwelding", "zzcarpentry", "zzquestion", "zzsecond", str(learner.user.id),
    ):  # fmt: skip
        assert holding(after, needle) == [], needle
    # The rows sent about the learner stay for reports, without their content.
    async with transaction(bot.side.sessions) as session:
        kinds = {
            row.kind
            for row in (await session.execute(select(OutboxMessage))).scalars()
            if row.payload == {"erased": True}
        }
    assert {"notice", "digest"} <= kinds


async def test_yes_erases_only_while_the_forget_question_is_open(
    bot: RunningBot, client: SandboxClient
):
    learner, _counsellor = await new_learner(bot, client, "fi", name=NAME)
    pid = await person_id(bot, learner.user)

    async def still_there() -> bool:
        async with transaction(bot.side.sessions) as session:
            return await session.get(Person, pid) is not None

    async def press_yes(message_id: int) -> None:
        # What an old button, or one made up, sends.
        await client.press(learner.user, message_id, "forget:yes", force=True)
        await client.wait_for(
            learner.user,
            lambda m: m.message_id == message_id and m.text == learner.label("forget-expired"),
        )

    # Never asked: a made-up "yes" under any message erases nothing.
    [question] = await learner.type("/intake")
    await press_yes(question.message_id)
    assert await still_there()

    # Asked and answered "no": the old "yes" under that question erases nothing.
    [confirm] = await learner.type("/forget")
    await client.press_button(learner.user, learner.label("forget-no"))
    await client.wait_for(learner.user, lambda m: m.text == learner.label("forget-kept"))
    await press_yes(confirm.message_id)
    assert await still_there()

    # Asked, then left open too long.
    [confirm] = await learner.type("/forget")
    bot.clock.advance(timedelta(minutes=31))
    await press_yes(confirm.message_id)
    assert await still_there()

    # Asked just now: "yes" erases.
    await learner.type("/forget")
    await client.press_button(learner.user, learner.label("forget-yes"))
    await client.wait_for(learner.user, lambda m: m.text == learner.label("forget-done"))
    assert not await still_there()
