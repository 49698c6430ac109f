"""Finnish practice (/suomi) and a second language, end to end, for replies and for what the
bot starts itself (the outbox, a campaign)."""

from __future__ import annotations

from sqlalchemy import select

from bot.campaigns.file import parse_campaign
from bot.replies import Phrase, Reply
from bot.sandbox import SandboxClient
from store.db import transaction
from store.models import Person, Role
from store.people import PeopleRepository
from tests.telegram.conftest import RunningBot, join, person_id, plain, say, shows
from tests.telegram.learners import new_learner


def label(key: str, spec: str) -> str:
    from tests.telegram.conftest import EN

    return EN.read(spec, key, label=True)


async def test_finnish_practice_beneath_replies_buttons_and_outbox_messages(
    bot: RunningBot, client: SandboxClient
):
    learner, _ = await new_learner(bot, client, "ar")
    user = learner.user
    [on] = await learner.type("/suomi")
    assert shows(on, "practice-started", "ar+fi")
    assert say("practice-in-finnish", "ar") in on.text

    [help_text] = await learner.type("/help")
    assert shows(help_text, "help-learner", "ar+fi")
    assert help_text.text.startswith(say("help-learner", "ar"))
    assert help_text.text.endswith(say("help-learner", "fi"))

    # /mydata says how they read Polku.
    await client.send_text(user, "/mydata")
    none = Phrase("language-second-none")
    await client.wait_for(
        user, lambda m: shows(m, "mydata-reading", "ar+fi", second=none, practice="on")
    )

    # What the bot starts itself follows the person's reading at the time it was decided.
    async with transaction(bot.side.sessions) as session:
        person = await PeopleRepository(session).by_telegram_id(user.id)
        assert person is not None
        await bot.side.outbox.enqueue(
            session,
            key="practice:1",
            to=person,
            reply=Reply("notice-learner-joined", {"name": "Lea"}),
            kind="notice",
            now=bot.clock.now(),
        )
    notice = await client.wait_for(user, lambda m: "Lea" in m.text)
    assert shows(notice, "notice-learner-joined", "ar+fi", name="Lea")

    # Buttons show both languages on one line; the settings turn practice off again.
    off = label("language-practice-off", "ar+fi")
    await client.send_text(user, "/language")
    settings = await client.wait_for(user, lambda m: off in m.button_labels)
    assert "العربية" in settings.button_labels  # language names stay in their own language
    await client.press_button(user, off)
    await client.wait_for(user, lambda m: m.edited and shows(m, "practice-stopped", "ar"))
    await client.send_text(user, "/help")
    await client.wait_for(user, lambda m: shows(m, "help-learner", "ar"))
    async with bot.side.sessions() as session:
        stored = await session.execute(select(Person).where(Person.telegram_user_id == user.id))
        assert stored.scalar_one().finnish_practice is False


async def test_a_finnish_reader_is_told_practice_is_not_needed(
    bot: RunningBot, client: SandboxClient
):
    learner, _ = await new_learner(bot, client, "fi")
    [reply] = await learner.type("/suomi")
    assert shows(reply, "practice-finnish", "fi")
    [settings] = await learner.type("/language")
    assert say("language-practice-on", "fi") not in settings.button_labels


async def test_a_second_language_is_used_for_a_campaign_without_the_own_language(
    bot: RunningBot, client: SandboxClient
):
    coordinator = await join(bot, client, Role.COORDINATOR, "Coord")
    learner, counsellor = await new_learner(bot, client, "ar")
    [settings] = await learner.type("/language")
    assert say("language-second-button", "ar") in settings.button_labels
    await client.press_button(learner.user, say("language-second-button", "ar"))
    picker = await client.wait_for(learner.user, lambda m: shows(m, "language-second-choose", "ar"))
    assert "العربية" not in picker.button_labels  # not their own language again
    [finnish] = [b["callback_data"] for b in picker.inline_buttons if b["text"] == "Suomi"]
    await client.press(learner.user, picker.message_id, finnish)
    second = Phrase("option-languages_spoken-fi")
    await client.wait_for(
        learner.user, lambda m: shows(m, "language-second-set", "ar", second=second)
    )

    spec = parse_campaign(
        """
name: Info
audience: {}
messages:
  en: "Hello {first_name}."
  fi: "Hei {first_name}."
fallback: en
"""
    )
    campaign = await bot.side.campaigns.create(spec, created_by=await person_id(bot, coordinator))
    preview = await bot.side.campaigns.preview(campaign.id)
    assert preview.fell_back["ar"] == 0
    await bot.side.campaigns.confirm(campaign.id)
    message = await client.wait_for(learner.user, lambda m: plain(m.text).startswith("Hei"))
    assert plain(message.text) == "Hei Amal."
    assert counsellor is not None
