"""A counsellor's hours for meetings end to end: /availability, the guided dialogue, removing.

Simulated time starts on Tuesday 24 November 2026 at 10:00 in Helsinki.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from bot.appointments.actions import parse_clock
from bot.sandbox import SandboxClient
from store.db import transaction
from store.models import Availability, AvailabilityException, MeetingMode, Person, Role
from tests.telegram.conftest import RunningBot, join, person_id, plain, say
from tests.telegram.learners import Learner

HKI = ZoneInfo("Europe/Helsinki")


async def hours_of(bot: RunningBot, counsellor_id: int) -> list[Availability]:
    async with transaction(bot.side.sessions) as session:
        found = await session.execute(
            select(Availability)
            .where(Availability.counsellor_id == counsellor_id)
            .order_by(Availability.weekday)
        )
        return list(found.scalars())


async def exceptions_of(bot: RunningBot, counsellor_id: int) -> list[AvailabilityException]:
    async with transaction(bot.side.sessions) as session:
        found = await session.execute(
            select(AvailabilityException).where(
                AvailabilityException.counsellor_id == counsellor_id
            )
        )
        return list(found.scalars())


def test_times_as_people_type_them():
    assert parse_clock("9") == time(9, 0)
    assert parse_clock("9.00") == time(9, 0)
    assert parse_clock("09:00") == time(9, 0)
    assert parse_clock(" 14.30 ") == time(14, 30)
    assert parse_clock("٩") == time(9, 0)  # Arabic-Indic digits
    for wrong in ("", "nine", "25", "9.75", "9:0", "9-12", "12:00:00"):
        assert parse_clock(wrong) is None, wrong


async def test_a_counsellor_sets_hours_a_day_off_and_extra_hours(
    bot: RunningBot, client: SandboxClient
):
    user = await join(bot, client, Role.COUNSELLOR, "Mikko")
    mikko = Learner(client, user, "en")  # plays any person: press, toggle, type
    cid = await person_id(bot, user)
    # The menu offers it.
    assert "availability" in [c["command"] for c in await client.commands(user)]
    [empty] = await mikko.type("/availability")
    mikko.expect(empty, "availability-none")

    # Weekly hours: days, from, until (checked), length, buffer, video with a link.
    [question] = await mikko.press("availability-add-weekly-button")
    mikko.expect(question, "availability-ask-days")
    await mikko.toggle("option-days-mon", "option-days-wed")
    [question] = await mikko.press("dialogue-done")
    mikko.expect(question, "availability-ask-start")
    problem, again = await mikko.type("nine", count=2)
    mikko.expect(problem, "availability-invalid-time")
    mikko.expect(again, "availability-ask-start")
    [question] = await mikko.type("9")
    assert plain(question.text) == plain(say("availability-ask-end", start="09:00"))
    problem, _again = await mikko.type("8.30", count=2)
    assert plain(problem.text) == plain(say("availability-invalid-end", start="09:00"))
    [question] = await mikko.type("12.00")
    mikko.expect(question, "availability-ask-length")
    [question] = await mikko.press("option-length-45")
    mikko.expect(question, "availability-ask-buffer")
    [question] = await mikko.press("option-buffer-15")
    mikko.expect(question, "availability-ask-mode")
    [question] = await mikko.press("appointment-mode-video")
    mikko.expect(question, "availability-ask-link")
    problem, _again = await mikko.type("meet dot com", count=2)
    mikko.expect(problem, "availability-invalid-link")
    [confirm] = await mikko.type("https://meet.example.fi/mikko")
    assert "Monday and Wednesday" in plain(confirm.text), confirm.text
    assert "09:00–12:00" in plain(confirm.text)
    [saved] = await mikko.press("dialogue-yes")
    mikko.expect(saved, "availability-saved")
    rows = await hours_of(bot, cid)
    assert [(r.weekday, r.start_time, r.end_time) for r in rows] == [
        (0, time(9), time(12)),
        (2, time(9), time(12)),
    ]
    assert {(r.length_minutes, r.buffer_minutes, r.mode, r.place) for r in rows} == {
        (45, 15, MeetingMode.VIDEO, "https://meet.example.fi/mikko")
    }

    # The view lists them; a day off.
    [view] = await mikko.press("availability-show-button")
    assert plain(view.text).count("Video call: https://meet.example.fi/mikko") == 2, view.text
    shown = plain(view.text).replace("\u202f", " ")
    assert "1. Monday 9.00–12.00 · 45 min" in shown, shown
    [question] = await mikko.press("availability-add-off-button")
    mikko.expect(question, "availability-ask-off-day")
    problem, _again = await mikko.type("1.1.2020", count=2)
    mikko.expect(problem, "dialogue-invalid-date-past")  # the engine refuses a past date first
    [saved] = await mikko.type("2.12.2026")
    mikko.expect(saved, "availability-off-saved", count=0)
    [off] = await exceptions_of(bot, cid)
    assert off.off and off.day == date(2026, 12, 2)

    # Extra hours on a Saturday, by phone, the place skipped.
    await mikko.press("availability-show-button")
    [question] = await mikko.press("availability-add-extra-button")
    mikko.expect(question, "availability-ask-extra-day")
    [question] = await mikko.type("28.11.2026")
    mikko.expect(question, "availability-ask-start")
    await mikko.type("10")
    [question] = await mikko.type("10:30")
    mikko.expect(question, "availability-ask-length")
    problem, _again = await mikko.press("option-length-45", count=2)
    assert plain(problem.text) == plain(say("availability-invalid-length", minutes=30))
    await mikko.press("option-length-30")
    await mikko.press("option-buffer-0")
    [question] = await mikko.press("appointment-mode-phone")
    mikko.expect(question, "availability-ask-place")
    [confirm] = await mikko.press("dialogue-skip")
    assert "28 Nov 2026" in plain(confirm.text), confirm.text
    assert "10:00–10:30" in plain(confirm.text), confirm.text
    await mikko.press("dialogue-yes")
    extra = next(e for e in await exceptions_of(bot, cid) if not e.off)
    assert (extra.day, extra.start_time, extra.end_time) == (
        date(2026, 11, 28),
        time(10),
        time(10, 30),
    )
    assert (extra.length_minutes, extra.buffer_minutes, extra.mode, extra.place) == (
        30,
        0,
        MeetingMode.PHONE,
        None,
    )

    # A learner can now book those times: Wednesday 2 December is off, Saturday is extra.
    learner = await join(bot, client, Role.LEARNER, "Amal", counsellor_id=cid)
    await client.wait_for_bot_messages(user)  # "joined"
    slots = await bot.side.appointments.free_slots(await person_id(bot, learner), actor_id=None)
    starts = {s.starts_at.astimezone(HKI) for s in slots}
    assert datetime(2026, 11, 25, 9, 0, tzinfo=HKI) in starts
    assert datetime(2026, 11, 28, 10, 0, tzinfo=HKI) in starts
    assert not any(s.date() == date(2026, 12, 2) for s in starts)

    # Remove a row: the view has a button per line (1, 2: the weekly hours; 3, 4 the others).
    [view] = await mikko.type("/availability")
    labels = [plain(b) for b in view.button_labels]
    assert [plain(say("availability-remove-button", number=n)) for n in (1, 2, 3, 4)] == labels[:4]
    note, view = await mikko.press("availability-remove-button", count=2, number="1")
    mikko.expect(note, "availability-removed")
    assert [r.weekday for r in await hours_of(bot, cid)] == [2]
    assert "Monday" not in plain(view.text)


async def test_a_cancelled_answer_saves_nothing(bot: RunningBot, client: SandboxClient):
    user = await join(bot, client, Role.COUNSELLOR, "Mikko", "fi")
    mikko = Learner(client, user, "fi")
    cid = await person_id(bot, user)
    await mikko.type("/availability")
    await mikko.press("availability-add-weekly-button")
    await mikko.toggle("option-days-fri")
    await mikko.press("dialogue-done")
    await mikko.type("9.00")
    await mikko.type("11")
    await mikko.press("option-length-45")
    await mikko.press("option-buffer-15")
    [question] = await mikko.press("appointment-mode-in_person")
    mikko.expect(question, "availability-ask-place")
    [confirm] = await mikko.type("Huone 2")
    assert "perjantai" in confirm.text and "45 min" in confirm.text, confirm.text
    [nothing] = await mikko.press("dialogue-no")
    mikko.expect(nothing, "availability-not-saved")
    assert await hours_of(bot, cid) == []


async def test_only_a_counsellor_reaches_it(bot: RunningBot, client: SandboxClient):
    counsellor = await join(bot, client, Role.COUNSELLOR, "Mikko")
    cid = await person_id(bot, counsellor)
    await bot.side.appointments.add_hours(cid, [0], time(9), time(12))
    [row] = await hours_of(bot, cid)
    amal = await join(bot, client, Role.LEARNER, "Amal", counsellor_id=cid)
    await client.wait_for_bot_messages(counsellor)  # "joined"
    # The command and forged buttons: refused kindly, nothing changes, no dialogue starts.
    await client.send_text(amal, "/availability")
    [refused] = await client.wait_for_bot_messages(amal)
    assert refused.text == say("error-not-allowed")
    mid = refused.message_id
    for data in (f"av:rmh:{row.id}", "av:weekly:0", "av:show:0", "q:days:0", "av:zzz:1"):
        await client.press(amal, mid, data, force=True)
    await _settle(client, amal, 5)
    toasts = {plain(a.get("text") or "") for a in await client.callback_answers(amal)}
    assert toasts <= {say("error-not-allowed"), say("error-stale-button")}, toasts
    assert [r.id for r in await hours_of(bot, cid)] == [row.id]
    async with transaction(bot.side.sessions) as session:
        from store.models import DialogueState

        assert await session.get(DialogueState, await person_id(bot, amal)) is None

    # A counsellor mid-dialogue who is no longer a counsellor: the next answer is refused.
    mikko = Learner(client, counsellor, "en")
    await mikko.type("/availability")
    await mikko.press("availability-add-weekly-button")
    await mikko.toggle("option-days-tue")
    await mikko.press("dialogue-done")
    async with transaction(bot.side.sessions) as session:
        await session.execute(update(Person).where(Person.id == cid).values(role=Role.LEARNER))
    [refused] = await mikko.type("9")
    assert refused.text == say("error-not-allowed")
    async with transaction(bot.side.sessions) as session:
        await session.execute(update(Person).where(Person.id == cid).values(role=Role.COUNSELLOR))
    # Another counsellor's row: a stale button, not a removal.
    sari = await join(bot, client, Role.COUNSELLOR, "Sari")
    [view] = await Learner(client, sari, "en").type("/availability")
    await client.press(sari, view.message_id, f"av:rmh:{row.id}", force=True)
    await _settle(client, sari, 1)
    assert [r.id for r in await hours_of(bot, cid)] == [row.id]


async def _settle(client: SandboxClient, user: object, count: int) -> None:
    """Wait until ``count`` button presses have been answered."""
    from tests.telegram.conftest import eventually

    async def answered() -> bool:
        return len(await client.callback_answers(user)) >= count  # type: ignore[arg-type]

    await eventually(answered)
