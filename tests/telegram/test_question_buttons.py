"""A typed answer takes the old question's buttons away, as a press does (issue 11)."""

from __future__ import annotations

import logging
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.replies import Phrase
from bot.sandbox import ChatMessage, SandboxClient, SandboxUser
from store.db import transaction
from store.models import DialogueState
from tests.telegram.conftest import RunningBot, eventually, person_id, plain, say, shows
from tests.telegram.learners import Learner, finished_learner, new_learner
from tests.telegram.test_plan import add_step, open_plan

HKI = ZoneInfo("Europe/Helsinki")


async def toasted(client: SandboxClient, user: SandboxUser, key: str) -> bool:
    """Whether a press was answered with message ``key`` on the button."""
    return any(a.get("text") == say(key) for a in await client.callback_answers(user))


async def now_showing(client: SandboxClient, user: SandboxUser, message_id: int) -> ChatMessage:
    """The message as the phone shows it now."""
    return next(m for m in await client.messages(user) if m.message_id == message_id)


async def turn_done(client: SandboxClient, user: SandboxUser) -> None:
    """A sticker and its answer: the turn before has been shown in full, its last edits
    too (one person's updates are handled in order)."""
    await client.send_sticker(user)
    await client.wait_for_bot_messages(user)


async def edited(client: SandboxClient, user: SandboxUser, message: ChatMessage) -> ChatMessage:
    """Wait until ``message`` has been edited (earlier messages are edited after the
    answer's new ones went); returns it."""
    return await client.wait_for(user, lambda m: m.message_id == message.message_id and m.edited)


async def answered(
    client: SandboxClient, user: SandboxUser, asked: ChatMessage, question: str, answer: object
) -> ChatMessage:
    """Wait until ``asked`` reads "question ✅ answer" and has no buttons; returns it."""
    text = say("dialogue-answered", question=Phrase(question), answer=answer)  # type: ignore[arg-type]
    return await client.wait_for(
        user,
        lambda m: m.message_id == asked.message_id and m.text == text and m.button_labels == [],
    )


async def remembered(bot: RunningBot, user: SandboxUser) -> list[int]:
    """The message ids the database keeps for the person's waiting question."""
    async with transaction(bot.side.sessions) as session:
        state = await session.get(DialogueState, await person_id(bot, user))
    assert state is not None
    return [entry["message"] for entry in state.question_messages or []]


async def remembers(bot: RunningBot, user: SandboxUser, *messages: ChatMessage) -> None:
    """Wait until the database keeps exactly ``messages`` for the waiting question (the id
    is stored after the message went, while the person's next update waits its turn)."""
    wanted = [m.message_id for m in messages]

    async def kept() -> bool:
        return await remembered(bot, user) == wanted

    await eventually(kept)


async def test_a_typed_answer_edits_the_question_and_a_refused_one_keeps_its_buttons(
    bot: RunningBot, client: SandboxClient
):
    learner, _ = await new_learner(bot, client, "en")
    back = [learner.label("dialogue-back")]
    [name_q] = await learner.press("option-consent-accepted")
    assert name_q.button_labels == back
    [year_q] = await learner.type("Amal")
    learner.expect(year_q, "intake-birth-year")
    await answered(client, learner.user, name_q, "intake-preferred-name", "Amal")

    # Refused: the question is still open, so the first copy keeps its buttons (the edits
    # would have come before the explanation).
    explanation, again = await learner.type("nineteen ninety", count=2)
    learner.expect(explanation, "dialogue-invalid-year")
    learner.expect(again, "intake-birth-year")
    await turn_done(client, learner.user)
    first = await now_showing(client, learner.user, year_q.message_id)
    assert not first.edited and first.button_labels == back
    assert again.button_labels == back
    await remembers(bot, learner.user, year_q, again)

    # Accepted: both copies show the answer, without buttons; the next question follows.
    [municipality] = await learner.type("1990")
    learner.expect(municipality, "intake-municipality")
    for asked in (year_q, again):
        await answered(client, learner.user, asked, "intake-birth-year", "1990")
    await remembers(bot, learner.user, municipality)

    # Typing where buttons are expected is refused: the buttons stay.
    explanation, again = await learner.type("Espoo", count=2)
    learner.expect(explanation, "dialogue-use-buttons")
    await turn_done(client, learner.user)
    first = await now_showing(client, learner.user, municipality.message_id)
    assert not first.edited and learner.label("option-municipality", name="Espoo") in (
        first.button_labels
    )


async def test_a_restart_between_question_and_answer_still_edits(
    bot: RunningBot, client: SandboxClient
):
    learner, _ = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    [year_q] = await learner.type("Amal")
    await remembers(bot, learner.user, year_q)
    await bot.restart()
    [municipality] = await learner.type("1990")
    learner.expect(municipality, "intake-municipality")
    await answered(client, learner.user, year_q, "intake-birth-year", "1990")


async def test_a_failed_edit_is_logged_and_the_answer_goes_on(
    bot: RunningBot, client: SandboxClient, caplog: pytest.LogCaptureFixture
):
    learner, _ = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    [year_q] = await learner.type("Amal")
    await turn_done(client, learner.user)  # the name question's edit went
    await client.inject_fault(
        "editMessageText",
        chat_id=learner.user.id,
        error_code=400,
        description="Bad Request: message to edit not found",
    )
    with caplog.at_level(logging.DEBUG, logger="bot.telegram.render"):
        [municipality] = await learner.type("1990")
        await turn_done(client, learner.user)
    learner.expect(municipality, "intake-municipality")
    left = await now_showing(client, learner.user, year_q.message_id)
    assert not left.edited and left.button_labels == [learner.label("dialogue-back")]
    [record] = [r for r in caplog.records if r.getMessage().startswith("message_edit_failed")]
    assert record.levelno == logging.DEBUG
    assert record.getMessage() == (
        f"message_edit_failed chat_id={learner.user.id} message_id={year_q.message_id}"
        " error=BadRequest"
    )


async def test_cancel_takes_the_buttons_of_the_question_left_and_an_old_offer_is_stale(
    bot: RunningBot, client: SandboxClient
):
    learner, _ = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    [year_q] = await learner.type("Amal")
    [stopped] = await learner.type("/cancel")
    learner.expect(stopped, "dialogue-cancelled-intake")
    left = await edited(client, learner.user, year_q)
    assert left.button_labels == [] and left.text == year_q.text
    # An offer to send words to the counsellor is made again under new words
    # (dialogues/ask_counsellor.yml, tidy: false): the old one is not edited, and its
    # button no longer works: it cannot send the newest words by mistake.
    [offer] = await learner.type("where is the centre")
    learner.expect(offer, "ask-not-understood")
    assert offer.button_labels == [say("ask-counsellor-button")]
    [second] = await learner.type("what about the bus")
    learner.expect(second, "ask-not-understood")
    assert second.button_labels == [say("ask-counsellor-button")]
    assert offer.inline_buttons[0]["callback_data"] != second.inline_buttons[0]["callback_data"]
    await client.press(learner.user, offer.message_id, offer.inline_buttons[0]["callback_data"])
    await eventually(lambda: toasted(client, learner.user, "error-stale-button"))
    assert not (await now_showing(client, learner.user, offer.message_id)).edited
    # The newest offer's button works.
    await client.press(learner.user, second.message_id, second.inline_buttons[0]["callback_data"])
    await client.wait_for(
        learner.user, lambda m: shows(m, "ask-sent", counsellor="Mikko"), timeout=5
    )


async def test_a_typed_date_after_a_past_one_settles_the_keep_it_question(
    bot: RunningBot, client: SandboxClient
):
    _, counsellor = await finished_learner(bot, client)
    await open_plan(client, counsellor)
    today = bot.clock.now().astimezone(HKI).date()
    past, later = today - timedelta(days=2), today + timedelta(days=9)
    [asked] = await add_step(client, counsellor, "health_check", f"{past:%d.%m.%Y}")
    assert shows(asked, "dialogue-past-date-confirm", date=past)
    due_q = (await client.bot_messages(counsellor))[-2]
    assert shows(due_q, "plan-add-due")
    assert due_q.button_labels == [say("dialogue-skip"), say("dialogue-back")]
    # "No, I will write another date": that message shows the choice (the press's own
    # edit, not undone by the edit of the messages remembered), the question comes again.
    await client.press_button(counsellor, say("dialogue-past-change"))
    [due_again] = await client.wait_for_bot_messages(counsellor)
    assert shows(due_again, "plan-add-due")
    changed = await now_showing(client, counsellor, asked.message_id)
    assert changed.button_labels == []
    assert plain(changed.text).endswith(say("dialogue-past-change"))
    [asked_again] = await add_step_date(client, counsellor, f"{past:%d.%m.%Y}")
    # Another date typed instead of a press: "keep it?" keeps its text, loses its buttons;
    # both date questions show the date kept.
    [place] = await add_step_date(client, counsellor, f"{later:%d.%m.%Y}")
    assert shows(place, "plan-add-place")
    settled = await client.wait_for(
        counsellor, lambda m: m.message_id == asked_again.message_id and m.edited
    )
    assert settled.button_labels == [] and settled.text == asked_again.text
    for due in (due_q, due_again):
        await answered(client, counsellor, due, "plan-add-due", later)
    assert (await now_showing(client, counsellor, asked.message_id)).text == changed.text
    # A typed place: the place question (with Skip) shows it, the note question follows.
    await client.send_text(counsellor, "Room 2")
    [note] = await client.wait_for_bot_messages(counsellor)
    assert shows(note, "plan-add-note")
    await answered(client, counsellor, place, "plan-add-place", "Room 2")


async def add_step_date(
    client: SandboxClient, counsellor: SandboxUser, typed: str
) -> list[ChatMessage]:
    await client.send_text(counsellor, typed)
    return await client.wait_for_bot_messages(counsellor)


async def test_a_typed_check_in_line_edits_its_question(bot: RunningBot, client: SandboxClient):
    learner, _ = await finished_learner(bot, client)
    await check_in_low(learner)
    [note_q] = await learner.press("dialogue-skip")
    learner.expect(note_q, "check-in-note")
    [thanks] = await learner.type("The bus is late every day")
    learner.expect(thanks, "check-in-thanks-low")
    await answered(client, learner.user, note_q, "check-in-note", "The bus is late every day")


async def check_in_low(learner: Learner) -> None:
    """``/mood`` and the lowest face: on to what is hardest."""
    [question] = await learner.type("/mood")
    learner.expect(question, "check-in-mood")
    [hardest] = await learner.press("check-in-mood-1")
    learner.expect(hardest, "check-in-hardest")
