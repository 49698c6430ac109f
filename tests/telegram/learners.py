"""Playing learners in end-to-end tests: joining, answering the intake."""

from __future__ import annotations

from bot.sandbox import ChatMessage, SandboxClient, SandboxUser
from store.models import Role
from tests.telegram.conftest import RunningBot, join, person_id, say, shows


def language_name(code: str) -> str:
    """The picker's button for ``code``: the language's name in its own words."""
    return say("language-name", code)


class Learner:
    """Plays a learner: answers with buttons and text, and reads the replies."""

    def __init__(self, client: SandboxClient, user: SandboxUser, language: str) -> None:
        self.client = client
        self.user = user
        self.language = language

    def label(self, key: str, **args: str) -> str:
        return say(key, self.language, **args)

    async def press(self, key: str, count: int = 1, **args: str) -> list[ChatMessage]:
        await self.client.press_button(self.user, self.label(key, **args))
        return await self.client.wait_for_bot_messages(self.user, count=count)

    async def toggle(self, *keys: str) -> None:
        for key in keys:
            label = self.label(key)
            await self.client.press_button(self.user, label)
            await self.client.wait_for(
                self.user, lambda m, label=label: f"✅ {label}" in m.button_labels
            )

    async def type(self, text: str, count: int = 1) -> list[ChatMessage]:
        await self.client.send_text(self.user, text)
        return await self.client.wait_for_bot_messages(self.user, count=count)

    def expect(self, message: ChatMessage, key: str, **args: object) -> None:
        assert shows(message, key, self.language, **args), (message.text, key)


async def new_learner(
    bot: RunningBot, client: SandboxClient, language: str, name: str = "Amal"
) -> tuple[Learner, SandboxUser]:
    counsellor = await join(bot, client, Role.COUNSELLOR, "Mikko", "en")
    user = await join(
        bot, client, Role.LEARNER, name, language, counsellor_id=await person_id(bot, counsellor)
    )
    await client.wait_for_bot_messages(counsellor)  # "joined" notice
    learner = Learner(client, user, language)
    await client.press_button(user, language_name(language))
    [consent] = await client.wait_for_bot_messages(user)
    learner.expect(consent, "intake-consent")
    return learner, counsellor


WORK = {"en": "accounting, teaching", "fi": "kirjanpito ja opettaminen", "ar": "المحاسبة والتدريس"}


async def answer_everything(
    learner: Learner, name: str = "Amal", country: str = "Syria", work: str | None = None
) -> ChatMessage:
    """From the consent question to the summary; returns the summary."""
    [q] = await learner.press("option-consent-accepted")
    learner.expect(q, "intake-preferred-name")
    [q] = await learner.type(name)
    learner.expect(q, "intake-birth-year")
    [q] = await learner.type("1990")
    learner.expect(q, "intake-municipality")
    [q] = await learner.press("option-municipality", name="Espoo")
    learner.expect(q, "intake-residence-permit")
    [q] = await learner.press("option-residence_permit-yes")
    learner.expect(q, "intake-job-seeker")
    [q] = await learner.press("option-job_seeker-yes")
    learner.expect(q, "intake-languages-spoken")
    await learner.toggle("option-languages_spoken-ar", "option-languages_spoken-en")
    [q] = await learner.press("dialogue-done")
    learner.expect(q, "intake-finnish-level")
    [q] = await learner.press("option-level-a_little")
    [q] = await learner.press("option-level-none")
    learner.expect(q, "intake-english-level")
    [q] = await learner.press("option-level-good")
    learner.expect(q, "intake-education")
    [q] = await learner.press("option-education-university")
    learner.expect(q, "intake-education-country")
    [q] = await learner.type(country)
    learner.expect(q, "intake-work-fields")
    # A language without an example here answers with its own word for work.
    [q] = await learner.type(
        work or WORK.get(learner.language) or learner.label("slot-work_fields")
    )
    learner.expect(q, "intake-work-years")
    [q] = await learner.type("5")
    learner.expect(q, "intake-goal")
    [q] = await learner.press("option-goal-work_soon")
    await learner.toggle("option-interests-it")
    [q] = await learner.press("dialogue-done")
    learner.expect(q, "intake-support-needs")
    await learner.toggle("option-support_needs-childcare")
    [q] = await learner.press("dialogue-done")
    learner.expect(q, "intake-meeting-times")
    await learner.toggle("option-meeting_times-mornings")
    [summary] = await learner.press("dialogue-done")
    return summary


async def finished_learner(bot: RunningBot, client: SandboxClient) -> tuple[Learner, SandboxUser]:
    learner, counsellor = await new_learner(bot, client, "en")
    await answer_everything(learner)
    await learner.press("option-summary-confirm", count=5)
    await client.wait_for_bot_messages(counsellor, count=2)  # intake done, plan proposed
    return learner, counsellor
