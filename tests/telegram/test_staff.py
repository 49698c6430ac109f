"""Staff management in Telegram: access, backup counsellors and moving learners, by buttons."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.clock import FrozenClock
from bot.sandbox import SandboxClient, SandboxUser
from store.db import transaction
from store.models import Assignment, AuditEntry, Person, Role
from store.people import PeopleRepository
from tests.factories import add_person
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
    assert shows(listing, "staff-list", page=1, pages=1)
    await client.press_button(coordinator, say("staff-deactivate-button", name=name, role=role))
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-deactivate-confirm", name=name, role=role)
    )
    await client.press_button(coordinator, say("staff-confirm-button"))


async def set_backup_with_buttons(
    client: SandboxClient,
    coordinator: SandboxUser,
    counsellor: str,
    learner: str,
    backup: str,
    *,
    offered: list[str],
) -> None:
    """From /staff: backups, the counsellor's learners, the learner, the backup, yes."""
    await client.press_button(coordinator, say("staff-backups-button"))
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-backups-choose-counsellor", page=1, pages=1)
    )
    await client.press_button(
        coordinator,
        say("staff-counsellor-learners-button", name=counsellor, count=1, active="yes"),
    )
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-learners-choose", name=counsellor, page=1, pages=1)
    )
    await client.press_button(coordinator, say("staff-learner-button", name=learner))
    choices = await client.wait_for(
        coordinator, lambda m: shows(m, "staff-backup-choose", name=learner, page=1, pages=1)
    )
    # Only other active counsellors: never the designated one.
    assert choices.button_labels == [
        *(say("staff-backup-choice-button", name=each) for each in offered),
        say("staff-back-button"),
    ]
    await client.press_button(coordinator, say("staff-backup-choice-button", name=backup))
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-backup-confirm", name=learner, backup=backup)
    )
    await client.press_button(coordinator, say("staff-backup-confirm-button"))
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-backup-done", name=learner, backup=backup)
    )


async def test_a_deactivated_counsellor_loses_access_and_help_reaches_the_backup(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor = await finished_learner(bot, client)
    backup = await join(bot, client, Role.COUNSELLOR, "Sari")
    coordinator = await join(bot, client, Role.COORDINATOR, "Kaisa")
    learner_id = await person_id(bot, learner.user)
    backup_id = await person_id(bot, backup)
    await open_plan(client, counsellor)
    await client.press_button(counsellor, say("plan-confirm"))
    await client.wait_for_bot_messages(counsellor)
    await client.wait_for_bot_messages(learner.user)  # plan ready

    # The coordinator sees the other staff (not themselves) and the way to backups.
    await client.send_text(coordinator, "/staff")
    [listing] = await client.wait_for_bot_messages(coordinator)
    assert shows(listing, "staff-list", page=1, pages=1)
    assert listing.button_labels == [
        say("staff-deactivate-button", name="Mikko", role="counsellor"),
        say("staff-deactivate-button", name="Sari", role="counsellor"),
        say("staff-backups-button"),
    ]
    # Sari becomes Amal's backup: counsellor, learner, backup, yes.
    await set_backup_with_buttons(client, coordinator, "Mikko", "Amal", "Sari", offered=["Sari"])
    async with transaction(bot.side.sessions) as session:
        found = await session.get(Assignment, learner_id)
        assert found is not None and found.backup_counsellor_id == backup_id
        [entry] = (
            await session.execute(select(AuditEntry).where(AuditEntry.action == "backup_set"))
        ).scalars()
    assert entry.actor_id == await person_id(bot, coordinator)
    assert (entry.subject_id, entry.details) == (
        learner_id,
        {"counsellor": backup_id, "previous": None},
    )
    # Both are told, each in their own language.
    [told] = await client.wait_for_bot_messages(backup)
    assert shows(told, "notice-backup-for-counsellor", name="Amal")
    [told] = await client.wait_for_bot_messages(learner.user)
    assert shows(told, "notice-backup-for-learner", backup="Sari", counsellor="Mikko")

    # Mikko leaves; the answer offers to move his learners at once.
    await deactivate_with_buttons(client, coordinator, "Mikko")
    done = await client.wait_for(
        coordinator, lambda m: shows(m, "staff-deactivated", name="Mikko", count=1)
    )
    assert done.button_labels == [say("staff-move-choice-button", name="Sari")]
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

    # Amal moves to Sari for good, from the deactivation's answer.
    await client.press_button(coordinator, say("staff-move-choice-button", name="Sari"))
    await client.wait_for(
        coordinator,
        lambda m: shows(m, "staff-move-confirm", name="Mikko", target="Sari", count=1),
    )
    await client.press_button(coordinator, say("staff-move-confirm-button"))
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-moved", name="Mikko", target="Sari", count=1)
    )
    async with transaction(bot.side.sessions) as session:
        assert await PeopleRepository(session).assignment(learner_id) is not None
        found = await session.get(Assignment, learner_id)
        assert found is not None
        assert (found.counsellor_id, found.backup_counsellor_id) == (backup_id, None)

    # Mikko comes back: listed with an Activate button; nobody moves back to him.
    await client.send_text(coordinator, "/staff")
    [listing] = await client.wait_for_bot_messages(coordinator)
    label = say("staff-activate-button", name="Mikko", role="counsellor")
    assert listing.button_labels[-2:] == [label, say("staff-backups-button")]
    await client.press_button(coordinator, label)
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-activate-confirm", name="Mikko", role="counsellor")
    )
    await client.press_button(coordinator, say("staff-activate-confirm-button"))
    await client.wait_for(coordinator, lambda m: shows(m, "staff-activated", name="Mikko", count=0))
    assert (await person(bot, counsellor)).active
    async with transaction(bot.side.sessions) as session:
        found = await session.get(Assignment, learner_id)
        assert found is not None and found.counsellor_id == backup_id


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
    learner_id = await person_id(bot, learner)

    forged_by_them = (
        f"staff:confirm:{coordinator_id}",
        f"staff:deactivate:{counsellor_id}",
        "staff:backups:0",
        f"staff:learners:{counsellor_id}:0",
        f"staff:backup-set:{learner_id}:{counsellor_id}",
        f"staff:activate-confirm:{counsellor_id}",
    )
    for user in (counsellor, learner):
        await client.send_text(user, "/staff")
        [refused] = await client.wait_for_bot_messages(user)
        assert shows(refused, "error-not-allowed")
        await client.send_text(user, "/help")
        [message] = await client.wait_for_bot_messages(user)
        for data in forged_by_them:
            await client.press(user, message.message_id, data, force=True)
        await eventually(
            lambda user=user: _toasted(client, user, "error-not-allowed", len(forged_by_them))
        )
    assert (await person(bot, coordinator)).active and (await person(bot, counsellor)).active

    # Mangled data, the coordinator themselves, or a learner: "this button no longer works".
    await client.send_text(coordinator, "/help")
    [message] = await client.wait_for_bot_messages(coordinator)
    forged = [
        "staff:confirm:99999999999999999999",
        "staff:confirm:2147483648",
        "staff:confirm:-1",
        "staff:confirm:",
        "staff:remove:1",
        f"staff:confirm:{coordinator_id}",
        f"staff:confirm:{learner_id}",
        "staff:",
        "staff:page:x",
        "staff:learners:1",
        "staff:backup-set:1:2:3",
        f"staff:backup-set:{learner_id}",
        f"staff:activate:{counsellor_id}",  # active: nothing to give back
        f"staff:move-set:{counsellor_id}:{counsellor_id}",  # he has not left
        f"staff:backup-set:{learner_id}:{counsellor_id}",  # the designated counsellor
        f"staff:backup-set:{counsellor_id}:{counsellor_id}",  # not a learner
    ]
    # One at a time: a burst of presses would meet the flood guard instead.
    for count, data in enumerate(forged, start=1):
        await client.press(coordinator, message.message_id, data, force=True)
        await eventually(
            lambda count=count: _toasted(client, coordinator, "error-stale-button", count)
        )
    assert (await person(bot, learner)).active and (await person(bot, coordinator)).active
    assert await backup_of(bot, learner_id) is None

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


async def backup_of(bot: RunningBot, learner_id: int) -> int | None:
    async with transaction(bot.side.sessions) as session:
        found = await session.get(Assignment, learner_id)
    return found.backup_counsellor_id if found else None


async def test_buttons_go_stale_when_the_backup_leaves_or_the_learner_is_forgotten(
    bot: RunningBot, client: SandboxClient
):
    coordinator = await join(bot, client, Role.COORDINATOR, "Kaisa")
    mikko = await join(bot, client, Role.COUNSELLOR, "Mikko")
    sari = await join(bot, client, Role.COUNSELLOR, "Sari")
    jussi = await join(bot, client, Role.COUNSELLOR, "Jussi")
    mikko_id, sari_id, jussi_id = [await person_id(bot, u) for u in (mikko, sari, jussi)]
    learner = await join(bot, client, Role.LEARNER, "Amal", counsellor_id=mikko_id)
    learner_id = await person_id(bot, learner)
    await client.wait_for_bot_messages(mikko)  # "joined" notice

    # Up to the confirmation of Sari as Amal's backup; Mikko is never offered.
    await client.send_text(coordinator, "/staff")
    await client.wait_for_bot_messages(coordinator)
    await client.press_button(coordinator, say("staff-backups-button"))
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-backups-choose-counsellor", page=1, pages=1)
    )
    await client.press_button(
        coordinator, say("staff-counsellor-learners-button", name="Mikko", count=1, active="yes")
    )
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-learners-choose", name="Mikko", page=1, pages=1)
    )
    await client.press_button(coordinator, say("staff-learner-button", name="Amal"))
    choices = await client.wait_for(
        coordinator, lambda m: shows(m, "staff-backup-choose", name="Amal", page=1, pages=1)
    )
    assert say("staff-backup-choice-button", name="Mikko") not in choices.button_labels
    await client.press_button(coordinator, say("staff-backup-choice-button", name="Sari"))
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-backup-confirm", name="Amal", backup="Sari")
    )

    # Sari leaves before the coordinator says yes: the yes no longer works.
    await bot.services.onboarding.staff.deactivate(sari_id)
    await client.press_button(coordinator, say("staff-backup-confirm-button"))
    await eventually(lambda: _toasted(client, coordinator, "error-stale-button", 1))
    assert await backup_of(bot, learner_id) is None

    # Back to the choices: Sari is gone from them.
    await client.press_button(coordinator, say("staff-back-button"))
    choices = await client.wait_for(
        coordinator,
        lambda m: (
            shows(m, "staff-backup-choose", name="Amal", page=1, pages=1)
            and say("staff-backup-choice-button", name="Sari") not in m.button_labels
        ),
    )
    assert choices.button_labels == [
        say("staff-backup-choice-button", name="Jussi"),
        say("staff-back-button"),
    ]

    # Amal erases her data: every button about her is stale, and nothing is recorded.
    await client.send_text(learner, "/forget")
    await client.wait_for_bot_messages(learner)
    await client.press_button(learner, say("forget-yes"))
    await client.wait_for(learner, lambda m: m.edited and m.text == say("forget-done"))
    await client.press_button(coordinator, say("staff-backup-choice-button", name="Jussi"))
    await eventually(lambda: _toasted(client, coordinator, "error-stale-button", 2))
    message = (await client.bot_messages(coordinator))[-1]
    await client.press(
        coordinator, message.message_id, f"staff:backup-set:{learner_id}:{jussi_id}", force=True
    )
    await eventually(lambda: _toasted(client, coordinator, "error-stale-button", 3))
    async with transaction(bot.side.sessions) as session:
        actions = (await session.execute(select(AuditEntry.action))).scalars().all()
    assert "backup_set" not in actions


async def test_learners_come_in_pages_of_eight(bot: RunningBot, client: SandboxClient):
    coordinator = await join(bot, client, Role.COORDINATOR, "Kaisa")
    mikko = await join(bot, client, Role.COUNSELLOR, "Mikko")
    mikko_id = await person_id(bot, mikko)
    for n in range(10):
        learner = await add_person(bot.side.sessions, FrozenClock(bot.clock.now()), 900_000 + n)
        async with transaction(bot.side.sessions) as session:
            await PeopleRepository(session).assign(learner.id, mikko_id, bot.clock.now())

    await client.send_text(coordinator, "/staff")
    await client.wait_for_bot_messages(coordinator)
    await client.press_button(coordinator, say("staff-backups-button"))
    await client.wait_for(
        coordinator, lambda m: shows(m, "staff-backups-choose-counsellor", page=1, pages=1)
    )
    await client.press_button(
        coordinator, say("staff-counsellor-learners-button", name="Mikko", count=10, active="yes")
    )
    first = await client.wait_for(
        coordinator, lambda m: shows(m, "staff-learners-choose", name="Mikko", page=1, pages=2)
    )
    names = [f"P{900_000 + n}" for n in range(10)]
    assert first.button_labels == [
        *(say("staff-learner-button", name=name) for name in names[:8]),
        say("staff-page-next"),
        say("staff-back-button"),
    ]
    await client.press_button(coordinator, say("staff-page-next"))
    second = await client.wait_for(
        coordinator, lambda m: shows(m, "staff-learners-choose", name="Mikko", page=2, pages=2)
    )
    assert second.button_labels == [
        *(say("staff-learner-button", name=name) for name in names[8:]),
        say("staff-page-previous"),
        say("staff-back-button"),
    ]
    # No other counsellor: nobody to choose as backup.
    await client.press_button(coordinator, say("staff-learner-button", name=names[8]))
    await client.wait_for(coordinator, lambda m: shows(m, "staff-backup-no-choice", name=names[8]))
