"""Motivation end to end: weekly check-ins, escalations with reasons, acknowledgement, the
backup after the timeout, the cool-down, an explicit request, and crisis safety in three
languages, through the real stack and the sandbox, with the clock driven by the test."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.sandbox import ChatMessage, SandboxClient, SandboxUser
from store.db import transaction
from store.models import (
    Appointment,
    AuditEntry,
    CheckIn,
    Escalation,
    EscalationKind,
    EscalationStatus,
    OutboxMessage,
    Role,
)
from store.people import PeopleRepository
from tests.telegram.conftest import RunningBot, eventually, join, person_id, plain, say
from tests.telegram.learners import Learner, new_learner


async def cast(
    bot: RunningBot, client: SandboxClient, language: str = "en"
) -> tuple[Learner, SandboxUser, SandboxUser]:
    """A learner (who has not started the intake), their counsellor and a backup."""
    counsellor = await join(bot, client, Role.COUNSELLOR, "Mikko", "en")
    backup = await join(bot, client, Role.COUNSELLOR, "Sari", "en")
    user = await join(
        bot, client, Role.LEARNER, "Amal", language, counsellor_id=await person_id(bot, counsellor)
    )
    await client.wait_for_bot_messages(counsellor)  # "joined" notice
    await set_backup(bot, user, backup)
    return Learner(client, user, language), counsellor, backup


async def set_backup(bot: RunningBot, user: SandboxUser, backup: SandboxUser) -> None:
    learner_id, backup_id = await person_id(bot, user), await person_id(bot, backup)
    async with transaction(bot.side.sessions) as session:
        assert await PeopleRepository(session).set_backup(learner_id, backup_id)


async def escalations(bot: RunningBot) -> list[Escalation]:
    async with transaction(bot.side.sessions) as session:
        rows = await session.execute(select(Escalation).order_by(Escalation.id))
        return list(rows.scalars())


async def next_week(bot: RunningBot, learner: Learner) -> None:
    """A week on: the scheduler's job queues the check-in, which arrives."""
    bot.clock.advance(timedelta(days=7))
    assert await bot.services.motivation.ask_due_check_ins() == 1
    bot.services.outbox.wake()
    [question] = await learner.client.wait_for_bot_messages(learner.user, timeout=10)
    learner.expect(question, "check-in-mood")
    labels = [say(f"check-in-mood-{m}", learner.language) for m in range(1, 6)]
    assert question.button_labels == [*labels, say("check-in-when-button", learner.language)]


async def answer(learner: Learner, mood: int, *, line: str | None = None) -> None:
    """Press a face; for the lower three, say money is hardest and maybe write a line."""
    [reply] = await learner.press(f"check-in-mood-{mood}")
    if mood > 3:
        learner.expect(reply, "check-in-thanks")
        return
    learner.expect(reply, "check-in-hardest")
    await learner.toggle("option-hardest-money")
    [reply] = await learner.press("dialogue-done")
    learner.expect(reply, "check-in-note")
    if line is None:
        [reply] = await learner.press("dialogue-skip")
    else:
        [reply] = await learner.type(line)
    learner.expect(reply, "check-in-thanks-low")
    assert reply.button_labels == [
        say("motivation-button-counsellor", learner.language),
        say("appointment-book-button", learner.language),
    ]


def is_notice(message: ChatMessage, head: str) -> bool:
    return plain(message.text).startswith(plain(say(head)))


async def test_falling_mood_escalates_with_reasons_then_backup_then_cool_down(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor, backup = await cast(bot, client)
    # Weeks 1-2: fine, then so-so. Nothing goes to the counsellor.
    await next_week(bot, learner)
    await answer(learner, 4)
    await next_week(bot, learner)
    await answer(learner, 3, line="the bus card is expensive")
    [relayed] = await client.wait_for_bot_messages(counsellor, timeout=10)
    assert "the bus card is expensive" in relayed.text and "3/5" in plain(relayed.text)
    assert await escalations(bot) == []
    # Week 3: bad. Still one low answer: no notice yet.
    await next_week(bot, learner)
    await answer(learner, 2)
    assert await escalations(bot) == []
    # Week 4: very bad, the second low answer in a row: the counsellor hears why.
    await next_week(bot, learner)
    await answer(learner, 1)
    [escalation] = await escalations(bot)
    assert escalation.kind is EscalationKind.SCORE
    codes = [r["code"] for r in escalation.reasons]
    assert codes[0] == "low_mood" and "mood_drop" in codes
    [notice] = await client.wait_for_bot_messages(counsellor, timeout=10)
    assert is_notice(notice, "motivation-head-score")
    text = plain(notice.text)
    assert "Amal · score" in text and "low mood 2 times lately, lowest 1/5" in text
    assert "mood fell from about 3 to 1/5" in text
    assert notice.button_labels == [
        say("motivation-button-ack"),
        say("motivation-button-message"),
        say("motivation-button-book"),
        say("motivation-button-not-needed"),
    ]
    # Nobody answers for a working day: the backup gets it.
    bot.clock.advance(timedelta(days=1, hours=1))
    assert await bot.services.core.motivation.forward_unacknowledged() == (1, 0)
    bot.services.outbox.wake()
    [forwarded] = await client.wait_for_bot_messages(backup, timeout=10)
    assert is_notice(forwarded, "motivation-head-forwarded")
    # The backup acknowledges; the learner is told kindly, never that they were flagged.
    await client.press_button(backup, say("motivation-button-ack"))
    # The notice itself now says what was done (it must not look open when scrolled back
    # to; nor ask "can you help?" any longer); writing to the learner and booking stay.
    done = await client.wait_for(
        backup, lambda m: m.message_id == forwarded.message_id and m.edited
    )
    _head, *rest = plain(forwarded.text).split("\n")
    assert plain(done.text).startswith(
        "\n".join([plain(say("motivation-head-score")), *rest]) + "\n\n"
    )
    assert plain(done.text).endswith("✅ " + plain(say("motivation-acknowledged", name="Amal")))
    assert done.button_labels == [say("motivation-button-message"), say("motivation-button-book")]
    [kind] = await client.wait_for_bot_messages(learner.user, timeout=10)
    learner.expect(kind, "motivation-learner-will-contact", counsellor="Mikko")
    # The counsellor's own button now says someone was first.
    await client.press_button(counsellor, say("motivation-button-ack"))
    [late] = await client.wait_for_bot_messages(counsellor)
    assert plain(late.text) == plain(say("motivation-already-handled", name="Amal"))
    # Cool-down: another very bad week soon after is no new notice for the same situation.
    await next_week(bot, learner)
    await answer(learner, 1)
    assert len(await escalations(bot)) == 1


async def test_one_bad_day_does_not_escalate(bot: RunningBot, client: SandboxClient):
    learner, _counsellor, _backup = await cast(bot, client)
    for mood in (4, 5, 1, 4):
        await next_week(bot, learner)
        await answer(learner, mood)
    assert await escalations(bot) == []
    async with transaction(bot.side.sessions) as session:
        moods = (await session.execute(select(CheckIn.mood).order_by(CheckIn.id))).scalars()
        assert list(moods) == [4, 5, 1, 4]


async def test_request_mood_any_time_and_counsellor_buttons(bot: RunningBot, client: SandboxClient):
    learner, counsellor, _backup = await cast(bot, client)
    # /mood any time, with the dialogue's own buttons.
    [question] = await learner.type("/mood")
    learner.expect(question, "check-in-mood")
    [thanks] = await learner.press("check-in-mood-5")
    learner.expect(thanks, "check-in-thanks")
    # An explicit request: at once, and not twice while it is open.
    [sent] = await learner.type("/counsellor")
    learner.expect(sent, "motivation-request-sent", counsellor="Mikko")
    [notice] = await client.wait_for_bot_messages(counsellor, timeout=10)
    assert is_notice(notice, "motivation-head-request")
    await learner.type("/counsellor")
    [escalation] = await escalations(bot)
    assert escalation.kind is EscalationKind.REQUEST
    # /escalations lists it with the same buttons.
    await client.send_text(counsellor, "/escalations")
    head, listed = await client.wait_for_bot_messages(counsellor, count=2)
    assert plain(head.text) == plain(say("motivation-escalations-head"))
    assert is_notice(listed, "motivation-head-request")
    # "Send a message" relays what they type, and counts as acknowledging: the notice
    # leaves the list and goes to nobody else; the learner hears from the counsellor.
    await client.press_button(counsellor, say("motivation-button-message"))
    [ask] = await client.wait_for_bot_messages(counsellor)
    assert plain(ask.text) == plain(say("motivation-message-ask", name="Amal"))
    await client.send_text(counsellor, "Can we meet on Friday at 10? <b>Bring</b> your CV")
    [ok] = await client.wait_for_bot_messages(counsellor)
    assert plain(ok.text) == plain(say("motivation-message-sent", name="Amal"))
    [relayed] = await client.wait_for_bot_messages(learner.user, timeout=10)
    assert "Can we meet on Friday at 10? <b>Bring</b> your CV" in plain(relayed.text)
    [escalation] = await escalations(bot)
    assert escalation.status is EscalationStatus.ACKNOWLEDGED
    assert escalation.acknowledged_by == await person_id(bot, counsellor)
    await client.send_text(counsellor, "/escalations")
    [none] = await client.wait_for_bot_messages(counsellor)
    assert plain(none.text) == plain(say("motivation-escalations-none"))
    bot.clock.advance(timedelta(days=3))
    assert await bot.services.core.motivation.forward_unacknowledged() == (0, 0)
    async with transaction(bot.side.sessions) as session:
        rows = (await session.execute(select(OutboxMessage.idempotency_key))).scalars()
        keys = list(rows)
    assert f"escalation:{escalation.id}:learner" not in keys  # no "will contact you"
    assert not [k for k in keys if k.startswith(f"escalation:{escalation.id}:")]
    # A new request; "Not needed" closes it as feedback; the list is empty then.
    await learner.type("/counsellor")
    await client.wait_for_bot_messages(counsellor, timeout=10)
    await client.send_text(counsellor, "/escalations")
    await client.wait_for_bot_messages(counsellor, count=2)
    pressed = await client.press_button(counsellor, say("motivation-button-not-needed"))
    noted = plain(say("motivation-not-needed-thanks", name="Amal"))
    closed = await client.wait_for(
        counsellor,
        lambda m: m.message_id == pressed.message_id and plain(m.text).endswith("✅ " + noted),
    )
    assert closed.button_labels == [say("motivation-button-message"), say("motivation-button-book")]
    await client.send_text(counsellor, "/escalations")
    [none] = await client.wait_for_bot_messages(counsellor)
    assert plain(none.text) == plain(say("motivation-escalations-none"))
    # /mydata counts it all.
    [*_, counts, _forget] = await learner.type("/mydata", count=3)
    # Three requests (signals), two escalations: the second joined the open one.
    learner.expect(counts, "mydata-motivation", check_ins=1, signals=3, escalations=2)


# Written apart from the lists: no punctuation, inflected or dialect forms, phone typos.
CRISIS = {
    "ar": "صراحة افكر انتحر",
    "fi": "mä en jaksa enää elää haluun kuolla",
    "en": "i dont want to live anymore",
}


async def test_crisis_words_interrupt_the_intake_in_three_languages(
    bot: RunningBot, client: SandboxClient
):
    users = {}
    for language, text in CRISIS.items():
        learner, counsellor = await new_learner(bot, client, language, name=f"L{language}")
        users[language] = (learner, counsellor)
        [question] = await learner.type(text)
        learner.expect(question, "motivation-crisis-confirm")
        assert "112" in question.text
        assert question.button_labels == [
            say("motivation-crisis-yes", language),
            say("motivation-crisis-no", language),
        ]
    async with transaction(bot.side.sessions) as session:
        actions = (await session.execute(select(AuditEntry.action))).scalars()
        assert list(actions).count("crisis_detected") == 3
    assert await escalations(bot) == []  # asked first: nothing sent yet
    # "No, I am safe": where help is, and the intake question again.
    learner, _ = users["fi"]
    safe, again = await learner.press("motivation-crisis-no", count=2)
    learner.expect(safe, "motivation-crisis-safe")
    learner.expect(again, "intake-consent")
    # "Yes", at night: 112 and the crisis line, and an urgent notice at once, quiet hours
    # or not, to the counsellor and the backup.
    learner, counsellor = users["ar"]
    backup = await join(bot, client, Role.COUNSELLOR, "Sari", "en")
    await set_backup(bot, learner.user, backup)
    night = bot.clock.now().replace(hour=21, minute=30)  # 23:30 in Helsinki
    bot.clock.advance(night - bot.clock.now())
    [help_] = await learner.press("motivation-crisis-yes")
    learner.expect(help_, "motivation-crisis-help")
    [urgent] = await client.wait_for_bot_messages(counsellor, timeout=10)
    assert is_notice(urgent, "motivation-head-crisis")
    [urgent_backup] = await client.wait_for_bot_messages(backup, timeout=10)
    assert is_notice(urgent_backup, "motivation-head-crisis")
    [escalation] = await escalations(bot)
    assert escalation.kind is EscalationKind.CRISIS
    # The intake can go on later: its reminder and /intake still work.
    async with transaction(bot.side.sessions) as session:
        audit = list((await session.execute(select(AuditEntry))).scalars())
        rows = list((await session.execute(select(OutboxMessage))).scalars())
    assert {"crisis_confirmed", "crisis_declined"} <= {a.action for a in audit}
    # Ids and kinds only: never what they typed.
    for text in CRISIS.values():
        assert all(text not in str(a.details) for a in audit)
        assert all(text not in str(r.payload) for r in rows)


async def test_motivation_buttons_only_for_whom_they_are_meant(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor, _backup = await cast(bot, client)
    other = await join(bot, client, Role.COUNSELLOR, "Outi", "en")
    await learner.type("/counsellor")
    [notice] = await client.wait_for_bot_messages(counsellor, timeout=10)
    [escalation] = await escalations(bot)
    refusals = {
        say("error-not-allowed"),
        say("error-stale-button"),
        say("motivation-escalation-gone"),
    }
    forged = [
        (learner.user, f"motivation:ack:{escalation.id}"),  # a learner, on her own notice
        (other, f"motivation:ack:{escalation.id}"),  # not her learner
        (other, f"motivation:message:{escalation.id}"),
        (counsellor, f"motivation:ack:{escalation.id + 1000}"),  # no such notice
        (counsellor, "motivation:ack:-1"),
        (counsellor, "motivation:ack:99999999999"),
        (counsellor, "motivation:mood:3"),  # a learner's button
        (learner.user, "motivation:mood:6"),  # out of range
        (learner.user, "motivation:crisis:maybe"),
        (learner.user, "motivation:fly:1"),
    ]
    for user, data in forged:
        before = len(await client.callback_answers(user))
        anchor = (await client.bot_messages(user))[-1].message_id
        await client.press(user, anchor, data, force=True)

        async def answered(user: SandboxUser = user, before: int = before) -> bool:
            return len(await client.callback_answers(user)) > before

        await eventually(answered)
        text = (await client.callback_answers(user))[-1].get("text")
        assert text in refusals, (data, text)
    [still] = await escalations(bot)
    assert still.status.value == "open" and still.acknowledged_at is None
    assert notice.button_labels[0] == say("motivation-button-ack")


async def test_an_unanswered_crisis_question_escalates_anyway_once(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor, backup = await cast(bot, client)
    [question] = await learner.type(CRISIS["en"])
    learner.expect(question, "motivation-crisis-confirm")
    motivation = bot.services.core.motivation
    minutes = motivation.config.crisis_answer_minutes
    assert minutes == 30
    # Not yet: the learner may still be reading.
    bot.clock.advance(timedelta(minutes=minutes - 1))
    assert await motivation.escalate_unanswered_crises() == 0
    assert await escalations(bot) == []
    # No answer in time: URGENT to the counsellor and the backup at once.
    bot.clock.advance(timedelta(minutes=2))
    assert await motivation.escalate_unanswered_crises() == 1
    bot.services.outbox.wake()
    [urgent] = await client.wait_for_bot_messages(counsellor, timeout=10)
    assert is_notice(urgent, "motivation-head-crisis")
    assert plain(say("motivation-reason-crisis-unanswered", minutes=30)) in plain(urgent.text)
    [urgent_backup] = await client.wait_for_bot_messages(backup, timeout=10)
    assert is_notice(urgent_backup, "motivation-head-crisis")
    [escalation] = await escalations(bot)
    assert escalation.kind is EscalationKind.CRISIS
    assert escalation.reasons[0]["unanswered"] is True
    # Idempotent: the next runs send nothing more, nor does a late "yes".
    assert await motivation.escalate_unanswered_crises() == 0
    bot.clock.advance(timedelta(minutes=5))
    assert await motivation.escalate_unanswered_crises() == 0
    [help_] = await learner.press("motivation-crisis-yes")
    learner.expect(help_, "motivation-crisis-help")
    assert len(await escalations(bot)) == 1
    async with transaction(bot.side.sessions) as session:
        notices = (
            await session.execute(select(OutboxMessage).where(OutboxMessage.kind == "escalation"))
        ).scalars()
        assert len(list(notices)) == 2  # counsellor and backup, once each
        audit = (await session.execute(select(AuditEntry.action))).scalars()
        assert list(audit).count("crisis_unanswered") == 1


async def test_a_crisis_question_answered_in_time_is_not_escalated_late(
    bot: RunningBot, client: SandboxClient
):
    learner, _counsellor, _backup = await cast(bot, client)
    await learner.type(CRISIS["en"])
    bot.clock.advance(timedelta(minutes=5))
    [safe] = await learner.press("motivation-crisis-no")
    learner.expect(safe, "motivation-crisis-safe")
    bot.clock.advance(timedelta(hours=1))
    assert await bot.services.core.motivation.escalate_unanswered_crises() == 0
    assert await escalations(bot) == []


async def test_book_a_meeting_from_the_notice(bot: RunningBot, client: SandboxClient):
    learner, counsellor, backup = await cast(bot, client)
    counsellor_id = await person_id(bot, counsellor)
    await bot.side.appointments.add_hours(counsellor_id, range(7), time(9), time(12))
    await learner.type("/counsellor")
    [notice] = await client.wait_for_bot_messages(counsellor, timeout=10)
    assert is_notice(notice, "motivation-head-request")
    # The counsellor's own booking: days, a time, yes; the learner is booked in.
    await client.press_button(counsellor, say("motivation-button-book"))
    [days] = await client.wait_for_bot_messages(counsellor)
    assert plain(days.text) == plain(say("appointment-choose-day"))
    await client.press_button(counsellor, days.button_labels[0])
    [times] = await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, times.button_labels[0])
    [_confirm] = await client.wait_for_bot_messages(counsellor)
    await client.press_button(counsellor, say("appointment-yes"))
    await client.wait_for_bot_messages(counsellor)
    async with transaction(bot.side.sessions) as session:
        [booked] = (await session.execute(select(Appointment))).scalars()
    assert booked.learner_id == await person_id(bot, learner.user)
    assert booked.counsellor_id == counsellor_id
    # The backup (not acting for the learner) cannot book for them: told how instead.
    await client.send_text(backup, "/escalations")
    await client.wait_for_bot_messages(backup, count=2)
    await client.press_button(backup, say("motivation-button-book"))
    [how] = await client.wait_for_bot_messages(backup)
    assert plain(how.text) == plain(say("motivation-book-how", name="Amal"))


async def test_the_learner_chooses_the_check_in_day_and_time(
    bot: RunningBot, client: SandboxClient
):
    learner, _counsellor, _backup = await cast(bot, client)
    await next_week(bot, learner)  # Tuesday 1 December, 10:00 in Helsinki
    # From the check-in question: the days (and "as now"), then the hours offered.
    [days] = await learner.press("check-in-when-button")
    assert plain(days.text) == plain(
        say("check-in-when-day", current=say("check-in-when-default-rhythm"))
    )
    weekdays = [say("check-in-weekday", day=d) for d in range(7)]
    assert days.button_labels == [*weekdays, say("check-in-when-default")]
    await client.press_button(learner.user, say("check-in-weekday", day=2))
    [hours] = await client.wait_for_bot_messages(learner.user)
    assert plain(hours.text) == plain(say("check-in-when-hour", day="Wednesday"))
    assert len(hours.button_labels) == 4  # 9, 12, 15 and 18
    three = hours.button_labels[2]
    assert three == "15.00"  # the learner's locale (en_FI) and time zone
    await client.press_button(learner.user, three)
    [saved] = await client.wait_for_bot_messages(learner.user)
    assert plain(saved.text) == plain(say("check-in-when-saved", day="Wednesday", time=three))
    uid = await person_id(bot, learner.user)
    async with transaction(bot.side.sessions) as session:
        person = await PeopleRepository(session).get(uid)
        assert person is not None
        assert (person.check_in_weekday, person.check_in_hour) == (2, 15)
    # The weekly job keeps it: not on Tuesday (the default), not before 15:00 on the
    # Wednesday 8 days on (at least 4 days after the last one), then at once.
    motivation = bot.services.core.motivation
    helsinki = ZoneInfo("Europe/Helsinki")

    def to(moment: datetime) -> None:
        bot.clock.advance(moment - bot.clock.now())

    to(datetime(2026, 12, 8, 11, 0, tzinfo=helsinki))
    assert await motivation.ask_due_check_ins() == 0
    to(datetime(2026, 12, 9, 14, 55, tzinfo=helsinki))
    assert await motivation.ask_due_check_ins() == 0
    to(datetime(2026, 12, 9, 15, 5, tzinfo=helsinki))
    assert await motivation.ask_due_check_ins() == 1
    bot.services.outbox.wake()
    [question] = await client.wait_for_bot_messages(learner.user, timeout=10)
    learner.expect(question, "check-in-mood")
    # /checkin shows the choice, and goes back to the default rhythm.
    [days] = await learner.type("/checkin")
    assert f"Now I ask on Wednesday at {three}." in plain(days.text)
    [back] = await learner.press("check-in-when-default")
    learner.expect(back, "check-in-when-saved-default")
    async with transaction(bot.side.sessions) as session:
        person = await PeopleRepository(session).get(uid)
        assert person is not None and person.check_in_weekday is None
