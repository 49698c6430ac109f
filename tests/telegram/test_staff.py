"""Staff leave in Telegram: a coordinator ends a counsellor's access with a button."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.sandbox import SandboxClient, SandboxUser
from store.db import transaction
from store.models import AuditEntry, Person, Role
from tests.telegram.conftest import RunningBot, eventually, join, person_id, say, shows
from tests.telegram.learners import finished_learner
from tests.telegram.test_plan import open_plan, reminders, steps_of


async def person(bot: RunningBot, user: SandboxUser) -> Person:
    async with transaction(bot.side.sessions) as session:
        found = await session.get(Person, await person_id(bot, user))
    assert found is not None
    return found


async def deactivate_with_buttons(
    client: SandboxClient, coordinator: SandboxUser, name: str, role: str = "counsellor"
) -> None:
    await client.send_text(coordinator, "/staff")
    [listing] = await client.wait_for_bot_messages(coordinator)
    assert shows(listing, "staff-list")
    await client.press_button(coordinator, say("staff-deactivate-button", name=name, role=role))
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-deactivate-confirm", name=name, role=role)
    )
    await client.press_button(coordinator, say("staff-confirm-button"))


async def test_a_deactivated_counsellor_loses_access_and_help_reaches_the_backup(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor = await finished_learner(bot, client)
    backup = await join(bot, client, Role.COUNSELLOR, "Sari")
    coordinator = await join(bot, client, Role.COORDINATOR, "Kaisa")
    learner_id = await person_id(bot, learner.user)
    await bot.services.onboarding.staff.set_backup(learner_id, await person_id(bot, backup))
    await open_plan(client, counsellor)
    await client.press_button(counsellor, say("plan-confirm"))
    await client.wait_for_bot_messages(counsellor)
    await client.wait_for_bot_messages(learner.user)  # plan ready

    # The coordinator sees the other staff (not themselves) and ends Mikko's access.
    await client.send_text(coordinator, "/staff")
    [listing] = await client.wait_for_bot_messages(coordinator)
    assert listing.button_labels == [
        say("staff-deactivate-button", name="Mikko", role="counsellor"),
        say("staff-deactivate-button", name="Sari", role="counsellor"),
    ]
    await deactivate_with_buttons(client, coordinator, "Mikko")
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-deactivated", name="Mikko", count=1)
    )
    assert not (await person(bot, counsellor)).active
    async with transaction(bot.side.sessions) as session:
        [entry] = (
            await session.execute(
                select(AuditEntry).where(AuditEntry.action == "person_deactivated")
            )
        ).scalars()
    assert entry.actor_id == await person_id(bot, coordinator)
    assert entry.subject_id == await person_id(bot, counsellor)
    assert entry.details == {"role": "counsellor", "learners": [learner_id]}

    # Mikko's next /learners: as if he had never joined.
    await client.send_text(counsellor, "/learners")
    [refused] = await client.wait_for_bot_messages(counsellor)
    assert shows(refused, "start-no-invite")
    # A new invite does not bring him back either.
    issued = await bot.services.onboarding.issue(
        role=Role.COUNSELLOR, issuer=None, counsellor_id=None, via="cli"
    )
    await client.send_text(counsellor, f"/start {issued.code}")
    [again] = await client.wait_for_bot_messages(counsellor)
    assert shows(again, "start-no-invite")

    # The learner's "I need help" reaches the backup, never Mikko.
    cv = (await steps_of(bot, learner.user))[0]
    first = (await reminders(bot, cv.id))[0]
    bot.clock.advance(first.not_before - bot.clock.now() + timedelta(seconds=1))
    await client.wait_for_bot_messages(learner.user, timeout=10)
    await client.press_button(learner.user, say("plan-need-help"))
    [sent] = await client.wait_for_bot_messages(learner.user)
    learner.expect(sent, "plan-help-sent")
    [notice] = await client.wait_for_bot_messages(backup)
    assert shows(notice, "notice-needs-help", name="Amal", type=say("step-type-cv"))
    # Sari sees Amal's plan as the backup; Mikko heard nothing more.
    await client.send_text(backup, "/help")
    await client.wait_for_bot_messages(backup)
    mikko_seen = len(await client.bot_messages(counsellor))
    await client.send_text(learner.user, "/plan")
    await client.wait_for_bot_messages(learner.user, count=2)
    assert len(await client.bot_messages(counsellor)) == mikko_seen


async def _toasted(client: SandboxClient, user: SandboxUser, key: str, count: int) -> bool:
    answers = await client.callback_answers(user)
    return sum(a.get("text") == say(key) for a in answers) >= count


async def test_only_a_coordinator_may_use_staff_and_forged_buttons_change_nothing(
    bot: RunningBot, client: SandboxClient
):
    coordinator = await join(bot, client, Role.COORDINATOR, "Kaisa")
    counsellor = await join(bot, client, Role.COUNSELLOR, "Mikko")
    counsellor_id = await person_id(bot, counsellor)
    learner = await join(bot, client, Role.LEARNER, "Amal", counsellor_id=counsellor_id)
    await client.wait_for_bot_messages(counsellor)  # "joined" notice
    coordinator_id = await person_id(bot, coordinator)

    for user in (counsellor, learner):
        await client.send_text(user, "/staff")
        [refused] = await client.wait_for_bot_messages(user)
        assert shows(refused, "error-not-allowed")
        await client.send_text(user, "/help")
        [message] = await client.wait_for_bot_messages(user)
        for data in (f"staff:confirm:{coordinator_id}", f"staff:deactivate:{counsellor_id}"):
            await client.press(user, message.message_id, data, force=True)
        await eventually(lambda user=user: _toasted(client, user, "error-not-allowed", 2))
    assert (await person(bot, coordinator)).active and (await person(bot, counsellor)).active

    # Mangled data, the coordinator themselves, or a learner: "this button no longer works".
    await client.send_text(coordinator, "/help")
    [message] = await client.wait_for_bot_messages(coordinator)
    learner_id = await person_id(bot, learner)
    forged = [
        "staff:confirm:99999999999999999999",
        "staff:confirm:2147483648",
        "staff:confirm:-1",
        "staff:confirm:",
        "staff:remove:1",
        f"staff:confirm:{coordinator_id}",
        f"staff:confirm:{learner_id}",
        "staff:",
    ]
    for data in forged:
        await client.press(coordinator, message.message_id, data, force=True)
    await eventually(lambda: _toasted(client, coordinator, "error-stale-button", len(forged)))
    assert (await person(bot, learner)).active and (await person(bot, coordinator)).active

    # A second confirmation of the same deactivation is a stale button, not a second entry.
    await deactivate_with_buttons(client, coordinator, "Mikko")
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-deactivated", name="Mikko", count=1)
    )
    await client.press(
        coordinator, message.message_id, f"staff:confirm:{counsellor_id}", force=True
    )
    await eventually(lambda: _toasted(client, coordinator, "error-stale-button", len(forged) + 1))
    async with transaction(bot.side.sessions) as session:
        actions = (await session.execute(select(AuditEntry.action))).scalars().all()
    assert actions.count("person_deactivated") == 1
    # The coordinator's menu offers /staff.
    async def menu_has_staff() -> bool:
        return "staff" in [c["command"] for c in await client.commands(coordinator)]

    await eventually(menu_has_staff)
