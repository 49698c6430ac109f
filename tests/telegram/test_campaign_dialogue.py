"""The guided ``/campaign`` dialogue end to end, in English and in Finnish: name, audience
filters chosen with buttons, texts per language with a fallback, reply buttons, the
schedule, the preview and the confirmation; escaping, roles and forged or stale buttons."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

from sqlalchemy import select

from bot.sandbox import ChatMessage, SandboxClient, SandboxUser
from store.db import transaction
from store.models import Campaign, CampaignRepeat, CampaignStatus, DialogueState, Person, Role
from tests.telegram.conftest import RunningBot, eventually, join, person_id, plain, say


def prefix(text: str) -> str:
    """The start of a message up to its first argument (arguments vary), as a phone shows it."""
    return plain(text.split("\n")[0].split("\u2068")[0].split("{")[0])[:30]


async def toasted(client: SandboxClient, user: SandboxUser, key: str, language: str = "en") -> None:
    """Wait until a press was answered with message ``key`` on the button (an error note)."""
    expected = say(key, language)

    async def answered() -> bool:
        return any(
            plain(a.get("text") or "") == expected for a in await client.callback_answers(user)
        )

    await eventually(answered)


class Chat:
    """One person's side of the dialogue: each step waits for the bot's next question."""

    def __init__(self, client: SandboxClient, user: SandboxUser, language: str = "en") -> None:
        self.client, self.user, self.language = client, user, language
        self.last = 0

    async def expect(self, start: str) -> ChatMessage:
        """The next bot message (after the last one expected) that starts with ``start``."""
        message = await self.client.wait_for(
            self.user,
            lambda m: (
                m.from_bot and m.message_id > self.last and plain(m.text).startswith(plain(start))
            ),
            timeout=10,
        )
        self.last = message.message_id
        return message

    def say(self, key: str, **args: str | int) -> str:
        return say(key, self.language, **args)

    def start_of(self, key: str) -> str:
        """Message ``key`` up to its first argument (arguments vary)."""
        from tests.core.test_locales import ENGLISH
        from tests.telegram.conftest import EN

        cut = "\x01"
        text = EN.text(self.language, key, dict.fromkeys(ENGLISH[key], cut))
        return prefix(html.unescape(re.sub(r"<[^>]+>", "", text)).split(cut)[0])

    async def type(self, text: str, then: str) -> ChatMessage:
        await self.client.send_text(self.user, text)
        return await self.expect(self.start_of(then))

    async def press(self, key: str, then: str) -> ChatMessage:
        await self.client.press_button(self.user, self.say(key))
        return await self.expect(self.start_of(then))


async def _people(bot: RunningBot, client: SandboxClient) -> dict[str, SandboxUser]:
    mikko = await join(bot, client, Role.COUNSELLOR, "Mikko")
    sari = await join(bot, client, Role.COUNSELLOR, "Sari")
    mikko_id, sari_id = await person_id(bot, mikko), await person_id(bot, sari)
    return {
        "Mikko": mikko,
        "Sari": sari,
        "Amal": await join(bot, client, Role.LEARNER, "Amal", "en", counsellor_id=mikko_id),
        "Aino": await join(bot, client, Role.LEARNER, "Aino", "fi", counsellor_id=mikko_id),
        "Omar": await join(bot, client, Role.LEARNER, "Omar", "ar", counsellor_id=mikko_id),
        "Pekka": await join(bot, client, Role.LEARNER, "Pekka", "en", counsellor_id=sari_id),
    }


async def test_a_coordinator_writes_previews_and_sends_a_campaign_in_english(
    bot: RunningBot, client: SandboxClient
):
    people = await _people(bot, client)
    me = Chat(client, await join(bot, client, Role.COORDINATOR, "Coord"))

    await client.send_text(me.user, "/campaign")
    await me.expect(me.say("campaign-list-empty")[:30])
    await me.press("campaign-new-button", "campaign-new-name")
    # What is typed is shown as typed: never read as HTML.
    await me.type("Info <b>session</b> & more", "campaign-new-audience")
    # A filter: Mikko's learners (Pekka, Sari's learner, is left out).
    await me.press("campaign-filter-counsellor", "campaign-new-counsellor")
    await client.press_button(me.user, "Mikko")
    await client.wait_for(me.user, lambda m: "✅ Mikko" in m.button_labels)
    menu = await me.press("dialogue-done", "campaign-new-audience")
    assert "Counsellor: Mikko" in plain(menu.text)
    # A filter chosen and removed again (Skip) is no filter.
    await me.press("campaign-filter-path", "campaign-new-path")
    menu = await me.press("dialogue-skip", "campaign-new-audience")
    assert f"Path: {say('dialogue-no-answer')}" in plain(menu.text)
    await me.press("campaign-filter-done", "campaign-new-fallback")

    # The fallback language first: its text (placeholders checked) and reply buttons.
    await me.press("option-languages_spoken-en", "campaign-new-text")
    await client.send_text(me.user, "Hello {name}!")
    await me.expect(me.say("campaign-new-bad-placeholder")[:30])
    await me.type(
        "Hello {first_name}!\nThe <i>info session</i> is on Thursday at 10.",
        "campaign-new-buttons",
    )
    more = await me.type("I'll come\nNot interested", "campaign-new-more")
    # Another language: Finnish, with as many buttons as English has.
    await me.press("campaign-more-add", "campaign-new-other-language")
    await me.press("option-languages_spoken-en", "campaign-new-language-given")
    await me.press("option-languages_spoken-fi", "campaign-new-text")
    await me.type(
        "Hei {first_name}!\nInfotilaisuus on torstaina klo 10.", "campaign-new-other-buttons"
    )
    await client.send_text(me.user, "Tulen")
    await me.expect(me.say("campaign-new-buttons-count", count=2)[:30])
    await me.type("Tulen\nEn tule", "campaign-new-more")
    # Back to the Finnish buttons, and a correction: the Finnish text is replaced, not added.
    await me.press("dialogue-back", "campaign-new-other-buttons")
    await me.type("Tulen\nEn tule, kiitos", "campaign-new-more")
    await me.press("campaign-more-done", "campaign-new-schedule")
    await client.press_button(me.user, me.say("campaign-schedule-now"))

    # The preview: who by language, how many get the fallback, one example per language.
    saved = await me.expect("I saved the campaign “")
    assert "Info <b>session</b> & more" in plain(saved.text)
    assert me.say("campaign-when-now") in plain(saved.text)
    preview = await me.expect("Campaign ")
    assert "Learners: 3" in plain(preview.text)
    assert "1 get the text in English" in plain(preview.text)  # Omar reads Arabic
    english = await me.expect("Example in English")
    assert "The <i>info session</i> is on Thursday" in plain(english.text)
    await me.expect("Example in Finnish")
    await me.expect(me.say("campaign-confirm", count=3)[:20])
    async with bot.side.sessions() as session:
        [campaign] = (await session.execute(select(Campaign))).scalars()
    assert campaign.status is CampaignStatus.DRAFT
    assert campaign.audience == {"counsellor": [await person_id(bot, people["Mikko"])]}
    assert campaign.messages == {
        "en": "Hello {first_name}!\nThe <i>info session</i> is on Thursday at 10.",
        "fi": "Hei {first_name}!\nInfotilaisuus on torstaina klo 10.",
    }
    assert campaign.buttons == {
        "en": ["I'll come", "Not interested"],
        "fi": ["Tulen", "En tule, kiitos"],
    }
    assert campaign.fallback == "en"

    # Nothing goes before the explicit confirmation.
    assert not [m for m in await client.bot_messages(people["Amal"]) if "Hello" in m.text]
    await client.press_button(me.user, me.say("campaign-button-confirm"))
    # The confirmation becomes the answer (the message is edited); sent now, it says so.
    await client.wait_for(
        me.user,
        lambda m: (
            plain(m.text)
            == plain(me.say("campaign-sending-now", name="Info <b>session</b> & more"))
        ),
    )
    amal = await client.wait_for(
        people["Amal"], lambda m: plain(m.text).startswith("Hello Amal!"), timeout=10
    )
    assert "The <i>info session</i> is on Thursday" in amal.text
    assert amal.button_labels[:2] == ["I'll come", "Not interested"]
    await client.wait_for(people["Aino"], lambda m: plain(m.text).startswith("Hei Aino!"))
    await client.wait_for(people["Omar"], lambda m: plain(m.text).startswith("Hello Omar!"))
    assert not [m for m in await client.bot_messages(people["Pekka"]) if "Hello" in m.text]

    # An answered question has lost its buttons; a press that still comes for one (a second
    # device, a slow network) does nothing.
    [answered] = [m for m in await client.messages(me.user) if m.message_id == more.message_id]
    assert me.say("campaign-more-add") not in answered.button_labels
    await client.press(me.user, more.message_id, "q:more:0", force=True)
    await toasted(client, me.user, "error-stale-button")
    async with bot.side.sessions() as session:
        assert await session.get(DialogueState, await person_id(bot, me.user)) is None
        assert len((await session.execute(select(Campaign))).scalars().all()) == 1


async def test_a_weekly_campaign_in_finnish(bot: RunningBot, client: SandboxClient):
    people = await _people(bot, client)
    me = Chat(client, await join(bot, client, Role.COORDINATOR, "Koordinaattori", "fi"), "fi")

    await me.type("/campaign", "campaign-list-empty")
    await me.press("campaign-new-button", "campaign-new-name")
    await me.type("Viikkomuistutus", "campaign-new-audience")
    await me.press("campaign-filter-language", "campaign-new-language")
    await client.press_button(me.user, me.say("option-languages_spoken-fi"))
    await client.press_button(me.user, me.say("option-languages_spoken-ar"))
    await client.wait_for(
        me.user, lambda m: sum(label.startswith("✅") for label in m.button_labels) == 2
    )
    await me.press("dialogue-done", "campaign-new-audience")
    await me.press("campaign-filter-done", "campaign-new-fallback")
    await me.press("option-languages_spoken-fi", "campaign-new-text")
    await me.type("Muista ilmoittautua työvoimatoimistoon, {first_name}.", "campaign-new-buttons")
    await me.press("dialogue-skip", "campaign-new-more")
    await me.press("campaign-more-done", "campaign-new-schedule")
    await me.press("campaign-schedule-weekly", "campaign-new-send-at")
    # A day without a time, then a time that has passed, then a good one.
    await me.type("25.11.2026", "campaign-new-need-time")
    # The engine refuses a time that has passed before the campaign's own checks.
    await me.type("23.11.2026 9:00", "dialogue-invalid-date-past")
    await me.type("25.11.2026 9:00", "campaign-new-until")
    await me.type("24.11.2026", "campaign-new-until-early")
    await client.send_text(me.user, "9.12.2026")
    saved = await me.expect("Tallensin kampanjan ”Viikkomuistutus”")
    assert "joka viikko" in plain(saved.text)
    preview = await me.expect("Kampanja ")
    assert "Opiskelijoita: 2" in plain(preview.text)  # Aino (fi) and Omar (ar)
    await me.expect("Esimerkki, kieli suomi")
    await client.press_button(me.user, me.say("campaign-button-confirm"))
    await client.wait_for(
        me.user,
        lambda m: (
            plain(m.text) == plain(me.say("campaign-scheduled", name="Viikkomuistutus"))
        ),  # at its time
    )

    async with bot.side.sessions() as session:
        [campaign] = (await session.execute(select(Campaign))).scalars()
    assert campaign.status is CampaignStatus.SCHEDULED
    assert campaign.repeat is CampaignRepeat.WEEKLY
    assert campaign.audience == {"language": ["fi", "ar"]}
    assert campaign.buttons == {}
    # 9:00 in Helsinki (UTC+2 in November); the last day runs to its end there.
    assert campaign.send_at.astimezone(UTC) == datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    assert campaign.until is not None
    assert campaign.until.astimezone(UTC).date().isoformat() == "2026-12-09"
    # Nothing goes before its time.
    assert not [m for m in await client.bot_messages(people["Aino"]) if "Muista" in m.text]


async def test_roles_are_checked_on_every_step_and_button(bot: RunningBot, client: SandboxClient):
    people = await _people(bot, client)
    learner = Chat(client, people["Amal"])
    counsellor = Chat(client, people["Mikko"])

    # A learner's forged press, and a counsellor's while counsellors may not send.
    last = (await client.bot_messages(learner.user))[-1].message_id
    await client.press(learner.user, last, "campaign:new", force=True)
    await toasted(client, learner.user, "error-not-allowed")
    await client.send_text(counsellor.user, "/campaign")
    await counsellor.expect(say("error-not-allowed"))
    last = (await client.bot_messages(counsellor.user))[-1].message_id
    await client.press(counsellor.user, last, "campaign:new", force=True)
    await toasted(client, counsellor.user, "error-not-allowed")

    # A coordinator who loses the role mid-dialogue is stopped at the next answer.
    coordinator = await join(bot, client, Role.COORDINATOR, "Coord")
    me = Chat(client, coordinator)
    await me.type("/campaign", "campaign-list-empty")
    await me.press("campaign-new-button", "campaign-new-name")
    await me.type("Soon demoted", "campaign-new-audience")
    # A forged press on the waiting question: an option that is not there.
    await client.press(me.user, me.last, "q:audience:99", force=True)
    await toasted(client, me.user, "error-stale-button")
    me_id = await person_id(bot, me.user)
    async with transaction(bot.side.sessions) as session:
        row = await session.get(Person, me_id)
        assert row is not None
        row.role = Role.COUNSELLOR
    await client.send_text(me.user, "hello")
    await me.expect(say("error-not-allowed"))
    async with bot.side.sessions() as session:
        assert await session.get(DialogueState, me_id) is None

    # Where the deployment allows it, a counsellor writes to their own learners only.
    bot.services.core.campaigns.counsellors_may_send = True
    await counsellor.type("/campaign", "campaign-list-empty")
    await counsellor.press("campaign-new-button", "campaign-new-name")
    await counsellor.type("Mikko's group", "campaign-new-audience")
    await counsellor.press("campaign-filter-counsellor", "campaign-new-counsellor")
    question = await client.wait_for(
        counsellor.user, lambda m: m.message_id == counsellor.last and bool(m.button_labels)
    )
    assert "Sari" not in question.button_labels
    assert "Mikko" in question.button_labels
    await counsellor.press("dialogue-skip", "campaign-new-audience")
    await counsellor.press("campaign-filter-done", "campaign-new-fallback")
    await counsellor.press("option-languages_spoken-en", "campaign-new-text")
    await counsellor.type("Hi {first_name}", "campaign-new-buttons")
    await counsellor.press("dialogue-skip", "campaign-new-more")
    await counsellor.press("campaign-more-done", "campaign-new-schedule")
    await client.press_button(counsellor.user, say("campaign-schedule-now"))
    preview = await counsellor.expect("Campaign ")
    assert "Learners: 3" in plain(preview.text)  # Amal, Aino, Omar; not Sari's Pekka
