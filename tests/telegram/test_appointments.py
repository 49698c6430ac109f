"""Meetings end to end: booking, moving and cancelling with buttons, reminders, no-shows.

Simulated time starts on Tuesday 24 November 2026 at 10:00 in Helsinki; the counsellor
has hours on weekdays 09:00-12:00 (45-minute meetings, 15-minute buffers), so the first
free time a learner sees is Wednesday at 09:00 (not the same day).
"""

from __future__ import annotations

import asyncio
import html
import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import httpx
from icalendar import Calendar
from sqlalchemy import select

from bot.appointments.callbacks import ApOp, callback_data, minute_value
from bot.i18n import Translator
from bot.replies import Arg, Short
from bot.sandbox import ChatMessage, SandboxClient, SandboxUser
from store.db import transaction
from store.models import (
    Appointment,
    AppointmentStatus,
    CancelReason,
    OutboxMessage,
    OutboxStatus,
    Role,
    Signal,
)
from tests.telegram.conftest import RunningBot, eventually, join, person_id, plain

HKI = ZoneInfo("Europe/Helsinki")
WED_0900 = datetime(2026, 11, 25, 9, 0, tzinfo=HKI)
WED_1000 = datetime(2026, 11, 25, 10, 0, tzinfo=HKI)
THU_0900 = datetime(2026, 11, 26, 9, 0, tzinfo=HKI)
TRANSLATOR = Translator()


def text(language: str, key: str, **args: Arg) -> str:
    """What a phone shows for ``key``: no tags, no bidi isolation marks."""
    shown = TRANSLATOR.text(language, key, args, "Europe/Helsinki")
    return plain(html.unescape(re.sub(r"<[^>]+>", "", shown)))


def day_label(language: str, moment: datetime) -> str:
    return text(language, "appointment-day-button", day=Short(moment, "day"))


def time_label(language: str, moment: datetime) -> str:
    return text(language, "appointment-time-button", time=Short(moment, "time"))


async def press(client: SandboxClient, user: SandboxUser, label: str) -> None:
    """Press the newest button that shows ``label`` (bidi marks aside)."""
    for message in sorted(await client.messages(user), key=lambda m: -m.message_id):
        if not message.from_bot:
            continue
        for button in message.inline_buttons:
            if plain(str(button.get("text"))) == label and "callback_data" in button:
                await client.press(user, message.message_id, button["callback_data"])
                return
    raise LookupError(label)


async def tap(
    client: SandboxClient, user: SandboxUser, label: str, count: int = 1
) -> list[ChatMessage]:
    await press(client, user, label)
    return await client.wait_for_bot_messages(user, count=count)


async def centre(
    bot: RunningBot, client: SandboxClient, *languages: str
) -> tuple[SandboxUser, list[SandboxUser]]:
    """A counsellor with weekday hours 09-12 and learners who joined (intake not done)."""
    counsellor = await join(bot, client, Role.COUNSELLOR, "Mikko")
    cid = await person_id(bot, counsellor)
    await bot.side.appointments.add_hours(cid, range(5), time(9), time(12), place="Room 2")
    learners = []
    for number, language in enumerate(languages):
        learners.append(
            await join(
                bot, client, Role.LEARNER, f"Amal{number}" if number else "Amal", language, cid
            )
        )
        await client.wait_for_bot_messages(counsellor)  # "joined"
    return counsellor, learners


async def rows_about(bot: RunningBot, appointment_id: int) -> list[OutboxMessage]:
    async with transaction(bot.side.sessions) as session:
        found = await session.execute(
            select(OutboxMessage)
            .where(OutboxMessage.ref == f"appointment:{appointment_id}")
            .order_by(OutboxMessage.id)
        )
        return list(found.scalars())


async def appointments_of(bot: RunningBot, user: SandboxUser) -> list[Appointment]:
    pid = await person_id(bot, user)
    async with transaction(bot.side.sessions) as session:
        found = await session.execute(
            select(Appointment).where(Appointment.learner_id == pid).order_by(Appointment.id)
        )
        return list(found.scalars())


async def calendar_of(client: SandboxClient, message: ChatMessage) -> Calendar:
    assert message.document is not None, message
    assert message.document["file_name"] == "meeting.ics"
    async with httpx.AsyncClient(base_url=client.server_url) as http:
        response = await http.get(message.document["url"])
    return Calendar.from_ical(response.content)


async def book(
    client: SandboxClient, user: SandboxUser, language: str, at: datetime
) -> list[ChatMessage]:
    """/book, the day, the time, yes: the answers to each."""
    await client.send_text(user, "/book")
    [days] = await client.wait_for_bot_messages(user)
    assert plain(days.text) == text(language, "appointment-choose-day"), days.text
    [times] = await tap(client, user, day_label(language, at))
    assert day_label(language, at) in plain(times.text)
    [confirm] = await tap(client, user, time_label(language, at))
    assert plain(confirm.text).startswith(
        text(language, "appointment-confirm", when=at, mode="x", place="y").split("\n")[0]
    )
    return await tap(client, user, text(language, "appointment-yes"), count=2)


async def test_a_learner_books_moves_and_cancels_in_finnish(bot: RunningBot, client: SandboxClient):
    counsellor, [amal] = await centre(bot, client, "fi")
    # Before the intake is done, and in Finnish dates: "ke 25.11.", "9.00".
    assert day_label("fi", WED_0900) == "ke 25.11."
    assert time_label("fi", WED_1000) == "10.00"
    done, ics = await book(client, amal, "fi", WED_1000)
    assert plain(done.text).startswith("✅ Varasin tapaamisen.")
    assert "Room 2" in done.text
    # The calendar file comes through the outbox, with the meeting's UTC times.
    assert plain(ics.text).startswith("📎 Tapaamisesi")
    event = (await calendar_of(client, ics)).walk("VEVENT")[0]
    assert event.decoded("dtstart") == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    assert event.decoded("dtend") == datetime(2026, 11, 25, 8, 45, tzinfo=UTC)
    assert str(event["location"]) == "Room 2" and int(event["sequence"]) == 0
    [notice] = await client.wait_for_bot_messages(counsellor)
    assert plain(notice.text).startswith("📅 New meeting with Amal.")
    [first] = await appointments_of(bot, amal)
    kinds = [
        (r.idempotency_key.rsplit(":", 1)[1], r.status) for r in await rows_about(bot, first.id)
    ]
    # Booked a moment after 24 hours before: no day-before reminder (its moment has passed).
    assert [k for k, _ in kinds] == ["ics", "2h", "outcome"]

    # "When is my next meeting?" points to /appointments.
    await client.send_text(amal, "Milloin on seuraava tapaaminen?")
    [pointer] = await client.wait_for_bot_messages(amal)
    assert plain(pointer.text) == text("fi", "appointment-question")

    # Move: the list, the day, the time, yes.
    await client.send_text(amal, "/appointments")
    [listing] = await client.wait_for_bot_messages(amal)
    assert plain(listing.text).startswith("Tapaamisesi")
    move = text(
        "fi",
        "appointment-move-button",
        day=Short(WED_1000, "day"),
        time=Short(WED_1000, "time"),
    )
    assert move == "🔁 Siirrä ke 25.11. 10.00"
    [days] = await tap(client, amal, move)
    assert plain(days.text).startswith("Tapaamisesi on nyt")
    await tap(client, amal, day_label("fi", THU_0900))
    [confirm] = await tap(client, amal, time_label("fi", THU_0900))
    assert plain(confirm.text).startswith("Siirrätkö tapaamisen tähän aikaan?")
    moved, ics = await tap(client, amal, text("fi", "appointment-yes"), count=2)
    assert plain(moved.text).startswith("✅ Tapaamisellasi on uusi aika.")
    event = (await calendar_of(client, ics)).walk("VEVENT")[0]
    assert event.decoded("dtstart") == datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
    assert int(event["sequence"]) == 1
    [notice] = await client.wait_for_bot_messages(counsellor)
    assert plain(notice.text).startswith("📅 The meeting with Amal has a new time.")
    rows = await rows_about(bot, first.id)
    old = [r for r in rows if r.idempotency_key.startswith(f"appt:{first.id}:0:")]
    assert {r.status for r in old if not r.idempotency_key.endswith(":ics")} == {
        OutboxStatus.CANCELLED
    }

    # Cancel: asked first, then done; the counsellor is told.
    await client.send_text(amal, "/appointments")
    await client.wait_for_bot_messages(amal)
    cancel = text(
        "fi",
        "appointment-cancel-button",
        day=Short(THU_0900, "day"),
        time=Short(THU_0900, "time"),
    )
    [question] = await tap(client, amal, cancel)
    assert plain(question.text).startswith("Perutko tapaamisen")
    [cancelled] = await tap(client, amal, text("fi", "appointment-cancel-yes"))
    assert plain(cancelled.text).startswith("Peruin tapaamisen")
    # The phone's calendar drops the event: a cancelling file, same UID, higher SEQUENCE.
    [dropped] = await client.wait_for_bot_messages(amal)
    assert plain(dropped.text).startswith("📎 Tapaamisesi") and "peruuntui" in dropped.text
    calendar = await calendar_of(client, dropped)
    assert str(calendar["method"]) == "CANCEL"
    event = calendar.walk("VEVENT")[0]
    assert str(event["uid"]) == f"appointment-{first.id}@polku"
    assert int(event["sequence"]) == 2 and str(event["status"]) == "CANCELLED"
    assert event.decoded("dtstart") == datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
    [notice] = await client.wait_for_bot_messages(counsellor)
    assert plain(notice.text).startswith("❌ Cancelled: the meeting with Amal")
    [appointment] = await appointments_of(bot, amal)
    assert appointment.status is AppointmentStatus.CANCELLED
    assert appointment.cancel_reason is CancelReason.LEARNER
    assert all(r.status is not OutboxStatus.PENDING for r in await rows_about(bot, first.id))
    await client.send_text(amal, "/appointments")
    [empty] = await client.wait_for_bot_messages(amal)
    assert plain(empty.text) == text("fi", "appointment-none")


async def test_a_learner_books_in_arabic(bot: RunningBot, client: SandboxClient):
    _counsellor, [amal] = await centre(bot, client, "ar")
    done, ics = await book(client, amal, "ar", WED_0900)
    assert plain(done.text).startswith("✅ تم حجز موعدك.")
    assert plain(ics.text).startswith("📎 موعدك")
    event = (await calendar_of(client, ics)).walk("VEVENT")[0]
    assert event.decoded("dtstart") == datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    assert str(event["summary"]) == "موعد مع Mikko"


async def test_two_learners_press_the_same_time_at_once(bot: RunningBot, client: SandboxClient):
    _counsellor, learners = await centre(bot, client, "en", "en")
    for user in learners:
        await client.send_text(user, "/book")
        await client.wait_for_bot_messages(user)
        await tap(client, user, day_label("en", WED_0900))
        await tap(client, user, time_label("en", WED_0900))
    yes = callback_data(ApOp.YES, minute_value(WED_0900.astimezone(UTC)))
    ids = [(await client.bot_messages(u))[-1].message_id for u in learners]
    await asyncio.gather(*(client.press(u, i, yes) for u, i in zip(learners, ids, strict=True)))
    answers = [await client.wait_for_bot_messages(u, timeout=10) for u in learners]
    firsts = [plain(a[0].text) for a in answers]
    won = [i for i, t in enumerate(firsts) if t.startswith("✅ I booked your meeting.")]
    assert len(won) == 1, firsts
    lost = learners[1 - won[0]]
    assert firsts[1 - won[0]] == text("en", "appointment-slot-taken")
    # Fresh choices follow: the day's other times, without the taken one.
    [fresh] = await client.wait_for_bot_messages(lost)
    labels = [plain(b) for b in fresh.button_labels]
    assert time_label("en", WED_0900) not in labels and time_label("en", WED_1000) in labels
    booked = [a for u in learners for a in await appointments_of(bot, u)]
    assert len(booked) == 1 and booked[0].starts_at == WED_0900


async def test_stale_and_forged_buttons_get_fresh_choices(bot: RunningBot, client: SandboxClient):
    _counsellor, [amal] = await centre(bot, client, "en")
    await client.send_text(amal, "/book")
    [days] = await client.wait_for_bot_messages(amal)
    # Wednesday goes off after the list was shown: its button now shows the days again.
    cid = await appointments_counsellor(bot, amal)
    await bot.side.appointments.day_off(cid, WED_0900.date())
    [note, fresh] = await tap(client, amal, day_label("en", WED_0900), count=2)
    assert plain(note.text) == text("en", "appointment-day-gone")
    assert day_label("en", WED_0900) not in [plain(b) for b in fresh.button_labels]
    assert day_label("en", THU_0900) in [plain(b) for b in fresh.button_labels]
    # Forged and mangled data: a time not on the grid, an id out of range, nonsense.
    for data in (
        callback_data(ApOp.AT, minute_value(THU_0900.astimezone(UTC)) + 5),
        callback_data(ApOp.YES, minute_value(THU_0900.astimezone(UTC)) + 5),
        "ap:at:1",
        "ap:day:20261399",
        "ap:cancel:99999999999",
        "ap:nonsense:1",
        f"ap:book:0:l{await person_id(bot, amal)}",
    ):
        await client.press(amal, days.message_id, data, force=True)
        replies = await client.wait_for_bot_messages(amal, count=2)
        assert plain(replies[0].text) in (
            text("en", "appointment-stale"),
            text("en", "appointment-time-gone"),
        ), (data, replies[0].text)
        assert replies[-1].button_labels, data
    assert await appointments_of(bot, amal) == []


async def appointments_counsellor(bot: RunningBot, user: SandboxUser) -> int:
    from store.people import PeopleRepository

    pid = await person_id(bot, user)
    async with transaction(bot.side.sessions) as session:
        counsellor = await PeopleRepository(session).counsellor_of(pid)
    assert counsellor is not None
    return counsellor.id


async def test_reminders_cant_come_and_a_no_show(bot: RunningBot, client: SandboxClient):
    counsellor, [amal] = await centre(bot, client, "en")
    # Thursday 10:00: far enough ahead for the 24-hour reminder.
    thu_1000 = THU_0900 + timedelta(hours=1)
    await book(client, amal, "en", thu_1000)
    await client.wait_for_bot_messages(counsellor)  # booked
    bot.clock.advance(thu_1000 - timedelta(hours=24) - bot.clock.now() + timedelta(seconds=1))
    [day_before] = await client.wait_for_bot_messages(amal, timeout=10)
    assert plain(day_before.text).startswith("📅 Reminder: tomorrow you have a meeting with Mikko.")
    [coming, not_coming] = [plain(b) for b in day_before.button_labels]
    await press(client, amal, not_coming)
    [reply] = await client.wait_for_bot_messages(amal)
    assert plain(reply.text).startswith("Thank you for telling me.")
    assert text("en", "appointment-other-time") in [plain(b) for b in reply.button_labels]
    [told] = await client.wait_for_bot_messages(counsellor)
    assert plain(told.text).startswith("⚠️ Amal cannot come")
    bot.clock.advance(timedelta(hours=22))
    [two_hours] = await client.wait_for_bot_messages(amal, timeout=10)
    assert plain(two_hours.text).startswith("📅 Your meeting with Mikko starts in two hours.")
    await press(client, amal, coming)
    await eventually(lambda: _answered(client, amal, text("en", "appointment-coming-thanks")))
    # After the meeting, the counsellor is asked; "did not come" records the signal.
    bot.clock.advance(timedelta(hours=3))
    [question] = await client.wait_for_bot_messages(counsellor, timeout=10)
    assert plain(question.text).startswith("How did the meeting with Amal")
    await press(client, counsellor, text("en", "appointment-no-show"))
    await client.wait_for(counsellor, lambda m: "Amal did not come" in plain(m.text))
    [appointment] = await appointments_of(bot, amal)
    assert appointment.status is AppointmentStatus.NO_SHOW
    async with transaction(bot.side.sessions) as session:
        signals = list((await session.execute(select(Signal))).scalars())
    assert [(s.kind, s.ref) for s in signals] == [
        ("missed_meeting", f"appointment:{appointment.id}")
    ]


async def _answered(client: SandboxClient, user: SandboxUser, toast: str) -> bool:
    return any(plain(a.get("text") or "") == toast for a in await client.callback_answers(user))


async def test_a_counsellor_books_for_a_learner_and_cancels_with_a_reason(
    bot: RunningBot, client: SandboxClient
):
    counsellor, [amal] = await centre(bot, client, "en")
    await client.send_text(counsellor, "/learners")
    await client.wait_for_bot_messages(counsellor)
    await tap(client, counsellor, "Amal")
    await tap(client, counsellor, text("en", "appointment-book-button"))
    await tap(client, counsellor, day_label("en", WED_0900))
    [confirm] = await tap(client, counsellor, time_label("en", WED_1000))
    assert plain(confirm.text).startswith("Book a meeting for Amal?")
    [done] = await tap(client, counsellor, text("en", "appointment-yes"))
    assert plain(done.text).startswith("✅ Meeting booked for Amal.")
    notice, ics = await client.wait_for_bot_messages(amal, count=2)
    assert plain(notice.text).startswith("📅 You have a meeting with Mikko.")
    assert ics.document is not None
    # The plan view shows the next meeting.
    await client.send_text(counsellor, "/learners")
    await client.wait_for_bot_messages(counsellor)
    [view] = await tap(client, counsellor, "Amal")
    assert text("en", "plan-meeting-next", when=WED_1000) in plain(view.text)

    await client.send_text(counsellor, "/appointments")
    [listing] = await client.wait_for_bot_messages(counsellor)
    assert "Amal" in plain(listing.text)
    cancel = text(
        "en",
        "appointment-cancel-for-button",
        learner="Amal",
        day=Short(WED_1000, "day"),
        time=Short(WED_1000, "time"),
    )
    [why] = await tap(client, counsellor, cancel)
    assert plain(why.text).startswith("Why do you cancel")
    [cancelled] = await tap(client, counsellor, text("en", "appointment-why-ill"))
    assert plain(cancelled.text).startswith("I cancelled the meeting with Amal")
    told, dropped = await client.wait_for_bot_messages(amal, count=2)
    assert "Reason: illness" in plain(told.text)
    calendar = await calendar_of(client, dropped)
    assert str(calendar["method"]) == "CANCEL"
    [event] = calendar.walk("VEVENT")
    assert int(event["sequence"]) == 1 and str(event["status"]) == "CANCELLED"
    [appointment] = await appointments_of(bot, amal)
    assert appointment.cancel_reason is CancelReason.ILL


async def test_book_a_meeting_under_the_check_in_answers(bot: RunningBot, client: SandboxClient):
    _counsellor, [amal] = await centre(bot, client, "en")
    book_label = text("en", "appointment-book-button")
    # /mood, a good face: the thanks has the button; it shows the days, as /book does.
    await client.send_text(amal, "/mood")
    await client.wait_for_bot_messages(amal)
    [thanks] = await tap(client, amal, text("en", "check-in-mood-5"))
    assert plain(thanks.text) == text("en", "check-in-thanks")
    assert [plain(b) for b in thanks.button_labels] == [book_label]
    [days] = await tap(client, amal, book_label)
    assert plain(days.text) == text("en", "appointment-choose-day")
    assert day_label("en", WED_0900) in [plain(b) for b in days.button_labels]
    # A low face: under the thanks, "talk to my counsellor" and "book a meeting".
    await client.send_text(amal, "/mood")
    await client.wait_for_bot_messages(amal)
    await tap(client, amal, text("en", "check-in-mood-2"))
    await tap(client, amal, text("en", "dialogue-skip"))
    [low] = await tap(client, amal, text("en", "dialogue-skip"))
    assert plain(low.text) == text("en", "check-in-thanks-low")
    assert [plain(b) for b in low.button_labels] == [
        text("en", "motivation-button-counsellor"),
        book_label,
    ]
    [days] = await tap(client, amal, book_label)
    assert plain(days.text) == text("en", "appointment-choose-day")
    # The weekly check-in's own faces answer with the button too.
    bot.clock.advance(timedelta(days=7))
    assert await bot.services.motivation.ask_due_check_ins() == 1
    bot.services.outbox.wake()
    await client.wait_for_bot_messages(amal, timeout=10)
    [thanks] = await tap(client, amal, text("en", "check-in-mood-4"))
    assert [plain(b) for b in thanks.button_labels] == [book_label]
    [days] = await tap(client, amal, book_label)
    assert plain(days.text) == text("en", "appointment-choose-day")
