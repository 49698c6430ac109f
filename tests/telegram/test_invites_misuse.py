"""Bad, used and expired invites, and roles checked on every action."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.sandbox import SandboxClient
from store.db import transaction
from store.models import Person, Role
from tests.telegram.conftest import EN, RunningBot, eventually, join, say, shows


async def people_count(bot: RunningBot) -> int:
    async with transaction(bot.services.core.sessions) as session:
        return int((await session.execute(select(func.count()).select_from(Person))).scalar_one())


async def test_plain_start_explains_in_the_app_language(bot: RunningBot, client: SandboxClient):
    # Every language with locales is served (Somali among them); any other falls back to English.
    assert {"fi", "ar", "en", "so"} <= set(EN.languages)
    assert "de" not in EN.languages
    for language in ("fi", "ar", "en", "so", "de"):
        visitor = await client.create_user("V", language_code=language)
        await client.send_text(visitor, "/start")
        [reply] = await client.wait_for_bot_messages(visitor)
        expected = language if language in EN.languages else "en"
        assert shows(reply, "start-no-invite", expected)
    assert await people_count(bot) == 0  # least data: visitors are not stored


async def test_bad_used_and_expired_codes(bot: RunningBot, client: SandboxClient):
    visitor = await client.create_user("V", language_code="fi")
    for code in ("nonsense", "x" * 64, "../../etc", "<b>"):
        await client.send_text(visitor, f"/start {code}")
        [reply] = await client.wait_for_bot_messages(visitor)
        assert shows(reply, "start-invite-invalid", "fi")

    issued = await bot.services.onboarding.issue(
        role=Role.COUNSELLOR, issuer=None, counsellor_id=None, via="cli"
    )
    first = await client.create_user("First", language_code="en")
    await client.send_text(first, f"/start {issued.code}")
    await client.wait_for_bot_messages(first, count=2)
    second = await client.create_user("Second", language_code="en")
    await client.send_text(second, f"/start {issued.code}")
    [reply] = await client.wait_for_bot_messages(second)
    assert shows(reply, "start-invite-used")
    # The one who joined gets a friendly note, and the code is not spent again.
    await client.send_text(first, f"/start {issued.code}")
    already, _help = await client.wait_for_bot_messages(first, count=2)
    assert shows(already, "start-already-joined", name="First")

    late = await bot.services.onboarding.issue(
        role=Role.COORDINATOR, issuer=None, counsellor_id=None, via="cli", ttl=timedelta(hours=1)
    )
    bot.clock.advance(timedelta(hours=2))
    third = await client.create_user("Third", language_code="ar")
    await client.send_text(third, f"/start {late.code}")
    [reply] = await client.wait_for_bot_messages(third)
    assert shows(reply, "start-invite-expired", "ar")
    assert await people_count(bot) == 1


async def test_roles_are_checked_on_every_action(bot: RunningBot, client: SandboxClient):
    mikko = await join(bot, client, Role.COUNSELLOR, "Mikko")
    from tests.telegram.conftest import person_id

    learner = await join(
        bot, client, Role.LEARNER, "Lea", counsellor_id=await person_id(bot, mikko)
    )
    await client.wait_for_bot_messages(mikko)  # the join notice
    await client.send_text(learner, "/invite")
    [reply] = await client.wait_for_bot_messages(learner)
    assert shows(reply, "error-not-allowed")

    # A forged button press: a counsellor may not invite coordinators.
    await client.send_text(mikko, "/help")
    [help_message] = await client.wait_for_bot_messages(mikko)
    await client.press(mikko, help_message.message_id, "inv:coordinator", force=True)
    await eventually(lambda: _toast(client, mikko, say("error-not-allowed")))
    # A visitor cannot invite or change language.
    visitor = await client.create_user("V", language_code="en")
    for command in ("/invite", "/language"):
        await client.send_text(visitor, command)
        [reply] = await client.wait_for_bot_messages(visitor)
        assert shows(reply, "start-no-invite")


async def _toast(client: SandboxClient, user, text: str) -> bool:
    return any(a.get("text") == text for a in await client.callback_answers(user))
