"""Bad input never crashes or silences the bot: every kind through the real stack."""

from __future__ import annotations

import logging

import pytest

from bot.sandbox import SandboxClient, SandboxUser
from store.db import transaction
from store.models import Role
from store.people import PeopleRepository
from tests.telegram.conftest import RunningBot, eventually, join, person_id, say, shows


@pytest.fixture
async def member(bot: RunningBot, client: SandboxClient) -> SandboxUser:
    return await join(bot, client, Role.COORDINATOR, "Aino", "fi")


@pytest.mark.parametrize(
    ("send", "key"),
    [
        (lambda c, u: c.send_sticker(u), "input-media"),
        (lambda c, u: c.send_photo(u), "input-media"),
        (lambda c, u: c.send_photo(u, caption="my CV"), "input-media"),
        (lambda c, u: c.send_voice(u), "input-media"),
        (lambda c, u: c.send_video(u), "input-media"),
        (lambda c, u: c.send_animation(u), "input-media"),
        (lambda c, u: c.send_document(u), "input-media"),
        (lambda c, u: c.send_location(u), "input-private-data"),
        (lambda c, u: c.send_contact(u, "+358401234567", "Aino"), "input-private-data"),
        (lambda c, u: c.send_text(u, "/nosuchcommand"), "input-unknown-command"),
        (lambda c, u: c.send_text(u, "/start@other_bot"), "input-unknown-command"),
        (lambda c, u: c.send_text(u, "hello 👋🏽"), "input-text"),
        # Telegram's longest message; apps split longer text into several messages.
        (lambda c, u: c.send_text(u, "ä" * 4096), "input-text"),
        (lambda c, u: c.send_text(u, "<b>not html</b> & <script>"), "input-text"),
    ],
)
async def test_each_kind_gets_a_kind_reply(
    bot: RunningBot, client: SandboxClient, member: SandboxUser, send, key: str
):
    await send(client, member)
    [reply] = await client.wait_for_bot_messages(member)
    assert shows(reply, key, "fi")


async def test_edited_message(bot: RunningBot, client: SandboxClient, member: SandboxUser):
    sent = await client.send_text(member, "hello")
    await client.wait_for_bot_messages(member)
    await client.edit(member, sent.message_id, "hello again")
    [reply] = await client.wait_for_bot_messages(member)
    assert shows(reply, "input-edited", "fi")


@pytest.mark.parametrize("data", ["lang:xx", "nonsense", "inv:", "inv:learner", "x" * 64])
async def test_stale_or_forged_buttons(
    bot: RunningBot, client: SandboxClient, member: SandboxUser, data: str
):
    await client.send_text(member, "/help")
    [message] = await client.wait_for_bot_messages(member)
    await client.press(member, message.message_id, data, force=True)
    expected = {say("error-stale-button", "fi"), say("error-not-allowed", "fi")}

    async def toasted() -> bool:
        return any(a.get("text") in expected for a in await client.callback_answers(member))

    await eventually(toasted)
    # Still answering afterwards.
    await client.send_text(member, "/help")
    [reply] = await client.wait_for_bot_messages(member)
    assert shows(reply, "help-coordinator", "fi")


async def test_visitor_media_gets_the_invite_explanation(bot: RunningBot, client: SandboxClient):
    visitor = await client.create_user("V", language_code="ar")
    await client.send_sticker(visitor)
    [reply] = await client.wait_for_bot_messages(visitor)
    assert shows(reply, "start-no-invite", "ar")


async def test_a_crash_in_a_handler_gets_an_apology_and_the_bot_goes_on(
    bot: RunningBot, client: SandboxClient, member: SandboxUser, caplog
):
    # Make the database unreachable for one update: the handler fails deep in the core.
    services = bot.services
    real = services.core.onboarding._sessions

    def broken():
        raise RuntimeError("database down")

    services.core.onboarding._sessions = broken  # type: ignore[assignment]
    with caplog.at_level(logging.ERROR):
        await client.send_text(member, "/help")
        [reply] = await client.wait_for_bot_messages(member)
    services.core.onboarding._sessions = real
    # The person could not be looked up: the apology is in their app's language.
    assert shows(reply, "error-generic", "fi")
    assert any("update_failed" in r.getMessage() for r in caplog.records)
    assert all("Aino" not in r.getMessage() for r in caplog.records)
    await client.send_text(member, "/help")
    [reply] = await client.wait_for_bot_messages(member)
    assert shows(reply, "help-coordinator", "fi")


async def test_long_text_split_by_the_app_gets_answers_in_order(
    bot: RunningBot, client: SandboxClient, member: SandboxUser
):
    await client.send_text(member, "a" * 4096)
    await client.send_text(member, "/help")
    first, second = await client.wait_for_bot_messages(member, count=2)
    assert shows(first, "input-text", "fi")
    assert shows(second, "help-coordinator", "fi")


async def test_blocking_and_coming_back(bot: RunningBot, client: SandboxClient, member):
    await client.block(member, True)

    async def blocked(expected: bool) -> bool:
        async with transaction(bot.services.core.sessions) as session:
            person = await PeopleRepository(session).get(await person_id(bot, member))
        return person is not None and (person.blocked_at is not None) is expected

    await eventually(lambda: blocked(True))
    await client.block(member, False)
    await eventually(lambda: blocked(False))
