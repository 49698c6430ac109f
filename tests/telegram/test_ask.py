""" "Ask my counsellor": a question Polku cannot answer goes to the counsellor and back."""

from __future__ import annotations

from sqlalchemy import select

from bot.sandbox import SandboxClient, SandboxUser
from bot.staff import Staff
from store.db import transaction
from store.models import DialogueState, OutboxMessage, Role
from tests.telegram.conftest import RunningBot, eventually, join, person_id, plain, say, shows
from tests.telegram.learners import finished_learner

QUESTION = "Where is the centre? <b>Is it</b> near Leppävaara & the station?"


async def toasted(client: SandboxClient, user: SandboxUser, key: str) -> bool:
    answers = await client.callback_answers(user)
    return any(a.get("text") == say(key) for a in answers)


async def test_a_question_goes_to_the_counsellor_and_the_answer_comes_back(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor = await finished_learner(bot, client)
    # Not "I did not understand": the commands that may help, and the button.
    [offer] = await learner.type(QUESTION)
    learner.expect(offer, "ask-not-understood")
    assert offer.button_labels == [say("ask-counsellor-button")]
    [sent] = await learner.press("ask-counsellor-button")
    learner.expect(sent, "ask-sent", counsellor="Mikko")
    # The counsellor gets the question through the outbox, as typed (escaped, not HTML).
    [notice] = await client.wait_for_bot_messages(counsellor)
    assert shows(notice, "ask-notice", name="Amal", text=QUESTION)
    assert notice.button_labels == [say("ask-answer-button")]
    pid = await person_id(bot, learner.user)
    async with transaction(bot.side.sessions) as session:
        row = (
            await session.execute(
                select(OutboxMessage).where(OutboxMessage.idempotency_key.like("ask:%"))
            )
        ).scalar_one()
        # Marked as being about the learner: /forget erases it with their own data.
        assert row.subject_id == pid
        assert await session.get(DialogueState, pid) is None  # the question left the place
    # The counsellor answers; the answer reaches the learner through the outbox.
    await client.press_button(counsellor, say("ask-answer-button"))
    [ask] = await client.wait_for_bot_messages(counsellor)
    assert shows(ask, "ask-answer-ask", name="Amal")
    await client.send_text(counsellor, "Leppävaara, Espoo <3 – next to the station")
    [done] = await client.wait_for_bot_messages(counsellor)
    assert shows(done, "ask-answer-sent", name="Amal")
    [answer] = await client.wait_for_bot_messages(learner.user)
    learner.expect(
        answer,
        "ask-answer-to-learner",
        counsellor="Mikko",
        text="Leppävaara, Espoo <3 – next to the station",
    )


async def test_only_the_learners_counsellor_may_answer(bot: RunningBot, client: SandboxClient):
    learner, counsellor = await finished_learner(bot, client)
    await learner.type("when is the next course?")
    await learner.press("ask-counsellor-button")
    [notice] = await client.wait_for_bot_messages(counsellor)
    data = next(b["callback_data"] for b in notice.inline_buttons)
    # Another counsellor, and the learner, press the same button (a forged press).
    other = await join(bot, client, Role.COUNSELLOR, "Sari", "en")
    for who in (other, learner.user):
        anchor = (await client.bot_messages(who))[-1]
        await client.press(who, anchor.message_id, data, force=True)
        await eventually(lambda who=who: toasted(client, who, "error-not-allowed"))
        async with transaction(bot.side.sessions) as session:
            assert await session.get(DialogueState, await person_id(bot, who)) is None


async def test_new_words_replace_a_question_not_yet_sent(bot: RunningBot, client: SandboxClient):
    learner, counsellor = await finished_learner(bot, client)
    await learner.type("first question")
    [offer] = await learner.type("second question, better put")
    learner.expect(offer, "ask-not-understood")
    await learner.press("ask-counsellor-button")
    [notice] = await client.wait_for_bot_messages(counsellor)
    assert plain(notice.text).endswith("second question, better put")


async def test_with_no_counsellor_in_polku_the_learner_is_told_so(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor = await finished_learner(bot, client)
    side = bot.side
    await Staff(side.sessions, bot.clock, side.outbox).deactivate(
        await person_id(bot, counsellor), via="cli"
    )
    await learner.type("where is the centre?")
    [said] = await learner.press("ask-counsellor-button")
    learner.expect(said, "ask-nobody")
    async with transaction(bot.side.sessions) as session:
        rows = await session.execute(
            select(OutboxMessage).where(OutboxMessage.idempotency_key.like("ask:%"))
        )
        assert list(rows.scalars()) == []
