"""Onboarding of all three roles, through the real bot and the sandbox Bot API."""

from __future__ import annotations

from sqlalchemy import select

from bot.people import COMMANDS
from bot.sandbox import SandboxClient
from store.db import transaction
from store.models import AuditEntry, Person, Role
from tests.telegram.conftest import EN, RunningBot, invite_code, person_id, shows


async def test_three_roles_join_and_staff_are_told(bot: RunningBot, client: SandboxClient):
    # The first coordinator comes from the command line.
    issued = await bot.services.onboarding.issue(
        role=Role.COORDINATOR, issuer=None, counsellor_id=None, via="cli"
    )
    assert issued.link == f"https://t.me/polku_test_bot?start={issued.code}"
    assert len(issued.code) >= 16
    aino = await client.create_user("Aino", language_code="en")
    await client.send_text(aino, f"/start {issued.code}")
    welcome, picker = await client.wait_for_bot_messages(aino, count=2)
    assert shows(welcome, "start-welcome-coordinator", name="Aino")
    assert shows(picker, "language-first")
    # One button per language with locales, each named in its own language, in the order
    # of locales/languages.yml.
    assert picker.button_labels == [EN.text(code, "language-name") for code in EN.languages]
    assert {"English", "Suomi", "العربية", "Soomaali"} <= set(picker.button_labels)
    assert [c["command"] for c in await client.commands(aino)] == list(COMMANDS[Role.COORDINATOR])

    # The coordinator invites a counsellor from Telegram.
    await client.send_text(aino, "/invite")
    [choose] = await client.wait_for_bot_messages(aino)
    assert shows(choose, "invite-choose-role")
    await client.press_button(aino, "A career counsellor")
    [link_message] = await client.wait_for_bot_messages(aino)
    assert "https://t.me/polku_test_bot?start=" in link_message.text
    code = invite_code(link_message)

    mikko = await client.create_user("Mikko", language_code="fi")
    await client.send_text(mikko, f"/start {code}")
    welcome, _ = await client.wait_for_bot_messages(mikko, count=2)
    assert shows(welcome, "start-welcome-counsellor", "fi", name="Mikko")
    # The coordinator hears about it through the outbox.
    [notice] = await client.wait_for_bot_messages(aino)
    assert shows(notice, "notice-staff-joined", name="Mikko", role="counsellor")

    # The counsellor invites a learner; the learner is bound to that counsellor.
    await client.send_text(mikko, "/invite")
    [learner_link] = await client.wait_for_bot_messages(mikko)
    learner_code = invite_code(learner_link)
    amal = await client.create_user("Amal", language_code="ar")
    await client.send_text(amal, f"/start {learner_code}")
    welcome, _ = await client.wait_for_bot_messages(amal, count=2)
    assert shows(welcome, "start-welcome-learner", "ar", name="Amal")
    [notice] = await client.wait_for_bot_messages(mikko)
    assert shows(notice, "notice-learner-joined", "fi", name="Amal")
    assert [c["command"] for c in await client.commands(amal)] == list(COMMANDS[Role.LEARNER])

    async with transaction(bot.services.core.sessions) as session:
        people = {p.display_name: p for p in (await session.execute(select(Person))).scalars()}
        audit = [(a.action, a.via) for a in (await session.execute(select(AuditEntry))).scalars()]
    assert {n: p.role for n, p in people.items()} == {
        "Aino": Role.COORDINATOR,
        "Mikko": Role.COUNSELLOR,
        "Amal": Role.LEARNER,
    }
    assert ("invite_issued", "telegram") in audit and ("invite_issued", "cli") in audit
    amal_id = await person_id(bot, amal)
    assert people["Amal"].id == amal_id


async def test_text_that_databases_refuse_is_cleaned_on_the_way_in(
    bot: RunningBot, client: SandboxClient
):
    # Telegram passes on a NUL character; PostgreSQL refuses it in text.
    issued = await bot.services.onboarding.issue(
        role=Role.COUNSELLOR, issuer=None, counsellor_id=None, via="cli"
    )
    user = await client.create_user("Mar\x00ja", language_code="en")
    await client.send_text(user, f"/start {issued.code}")
    welcome, _ = await client.wait_for_bot_messages(user, count=2)
    assert shows(welcome, "start-welcome-counsellor", name="Marja")
    async with transaction(bot.side.sessions) as session:
        person = await session.get(Person, await person_id(bot, user))
    assert person is not None and person.display_name == "Marja"
