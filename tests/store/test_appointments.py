"""Appointments on every backend: booking, moving, cancelling, no-shows, no double booking."""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar as ICalendar
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.appointments.service import (
    AppointmentClosed,
    NoCounsellor,
    NoSuchAppointment,
    SlotTaken,
    SlotUnavailable,
    TooEarlyToMark,
)
from bot.clock import FrozenClock
from bot.core import Core, open_core
from bot.errors import NotAllowed
from store.appointments import AppointmentRepository, NewAppointment
from store.db import transaction
from store.models import (
    Appointment,
    AppointmentStatus,
    CancelReason,
    MeetingMode,
    OutboxMessage,
    OutboxStatus,
    Person,
    Role,
    Signal,
)
from store.outbox import OutboxRepository
from store.people import PeopleRepository
from tests.conftest import make_settings
from tests.factories import add_person

ROOT = Path(__file__).resolve().parents[2]
WED, TUE = 2, 1
# The clock stands at Tuesday 2026-11-24 10:00 in Helsinki; Wednesday's hours are 09-12.
WED_0900 = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
WED_1000 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
WED_1100 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@dataclass
class Centre:
    counsellor: Person
    other_counsellor: Person
    coordinator: Person
    amal: Person
    omar: Person


async def centre(core: Core, clock: FrozenClock) -> Centre:
    sessions = core.sessions
    counsellor = await add_person(sessions, clock, 1, Role.COUNSELLOR)
    other = await add_person(sessions, clock, 2, Role.COUNSELLOR)
    coordinator = await add_person(sessions, clock, 3, Role.COORDINATOR)
    amal = await add_person(sessions, clock, 4)
    omar = await add_person(sessions, clock, 5)
    async with transaction(sessions) as session:
        people = PeopleRepository(session)
        await people.assign(amal.id, counsellor.id, clock.now())
        await people.assign(omar.id, counsellor.id, clock.now())
    await core.appointments.add_hours(
        counsellor.id, [WED, TUE], time(9), time(12), mode=MeetingMode.IN_PERSON, place="Room 2"
    )
    return Centre(counsellor, other, coordinator, amal, omar)


async def outbox(core: Core) -> dict[str, OutboxMessage]:
    async with core.sessions() as session:
        rows = (await session.execute(select(OutboxMessage))).scalars()
        return {row.idempotency_key: row for row in rows}


async def test_a_learner_books_and_the_counsellor_is_told(core: Core, clock: FrozenClock):
    c = await centre(core, clock)
    free = await core.appointments.free_slots(c.amal.id, actor_id=c.amal.id)
    # Not today (minimum notice): Wednesday first, then the Tuesday a week later.
    assert [s.starts_at for s in free[:3]] == [WED_0900, WED_1000, WED_1100]
    booked = await core.appointments.book(c.amal.id, WED_0900, actor_id=c.amal.id)
    assert (booked.status, booked.sequence, booked.place) == (
        AppointmentStatus.BOOKED,
        0,
        "Room 2",
    )
    assert booked.ends_at - booked.starts_at == timedelta(minutes=45)
    assert booked.booked_by_id == c.amal.id
    rows = await outbox(core)
    # The notices (the calendar file, reminders, outcome: tests/telegram/test_appointments.py).
    assert {k for k in rows if k.startswith("appt-")} == {f"appt-booked:{booked.id}:0:counsellor"}
    notice = rows[f"appt-booked:{booked.id}:0:counsellor"]
    assert notice.person_id == c.counsellor.id and notice.subject_id == c.amal.id
    assert notice.payload["reply"]["key"] == "appointment-booked-counsellor"

    # The slot is gone for everyone; a second booking of it gets the distinct error.
    free_for_omar = await core.appointments.free_slots(c.omar.id, actor_id=c.omar.id)
    assert WED_0900 not in [s.starts_at for s in free_for_omar]
    with pytest.raises(SlotTaken):
        await core.appointments.book(c.omar.id, WED_0900, actor_id=c.omar.id)
    assert [a.id for a in await core.appointments.upcoming(c.amal.id)] == [booked.id]


async def test_slot_rules_hold_for_learners_and_staff_may_book_today(
    core: Core, clock: FrozenClock
):
    c = await centre(core, clock)
    today_1100 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    with pytest.raises(SlotUnavailable):  # the same day: too soon for a learner
        await core.appointments.book(c.amal.id, today_1100, actor_id=c.amal.id)
    with pytest.raises(SlotUnavailable):  # not on the grid
        await core.appointments.book(c.amal.id, WED_0900 + timedelta(minutes=5), actor_id=None)
    with pytest.raises(SlotUnavailable):  # beyond the horizon
        await core.appointments.book(c.amal.id, WED_0900 + timedelta(weeks=5), actor_id=None)
    booked = await core.appointments.book(c.amal.id, today_1100, actor_id=c.counsellor.id)
    rows = await outbox(core)
    assert {k for k in rows if k.startswith("appt-")} == {f"appt-booked:{booked.id}:0:learner"}
    assert rows[f"appt-booked:{booked.id}:0:learner"].person_id == c.amal.id


async def test_roles_only_the_learner_and_their_acting_counsellor(core: Core, clock: FrozenClock):
    c = await centre(core, clock)
    for stranger in (c.omar, c.other_counsellor, c.coordinator):
        with pytest.raises(NotAllowed):
            await core.appointments.book(c.amal.id, WED_0900, actor_id=stranger.id)
    booked = await core.appointments.book(c.amal.id, WED_0900, actor_id=c.amal.id)
    for stranger in (c.omar, c.other_counsellor, c.coordinator):
        with pytest.raises(NotAllowed):
            await core.appointments.cancel(booked.id, CancelReason.OTHER, actor_id=stranger.id)
        with pytest.raises(NotAllowed):
            await core.appointments.move(booked.id, WED_1000, actor_id=stranger.id)
    with pytest.raises(NotAllowed):  # a learner does not mark their own meeting
        await core.appointments.mark(booked.id, AppointmentStatus.MET, actor_id=c.amal.id)
    # Coordinators list everything; counsellors theirs; learners their own.
    listing = core.appointments.listing
    assert [a.id for a in await listing(actor_id=c.coordinator.id)] == [booked.id]
    assert [a.id for a in await listing(actor_id=c.counsellor.id)] == [booked.id]
    assert await listing(actor_id=c.other_counsellor.id) == []
    assert await listing(actor_id=c.omar.id) == []
    # A backup counsellor acts once the designated one has left.
    async with transaction(core.sessions) as session:
        people = PeopleRepository(session)
        await people.set_backup(c.amal.id, c.other_counsellor.id)
        await people.deactivate(c.counsellor.id)
    cancelled = await core.appointments.cancel(
        booked.id, CancelReason.COUNSELLOR_AWAY, actor_id=c.other_counsellor.id
    )
    assert cancelled.status is AppointmentStatus.CANCELLED
    # Omar's acting counsellor left and he has no backup: nobody to book with.
    with pytest.raises(NoCounsellor):
        await core.appointments.free_slots(c.omar.id, actor_id=c.omar.id)


async def test_move_keeps_the_appointment_and_bumps_its_sequence(core: Core, clock: FrozenClock):
    c = await centre(core, clock)
    amal = await core.appointments.book(c.amal.id, WED_0900, actor_id=c.amal.id)
    omar = await core.appointments.book(c.omar.id, WED_1100, actor_id=c.omar.id)
    with pytest.raises(SlotTaken):
        await core.appointments.move(amal.id, WED_1100, actor_id=c.amal.id)
    moved = await core.appointments.move(amal.id, WED_1000, actor_id=c.amal.id)
    assert (moved.id, moved.starts_at, moved.sequence) == (amal.id, WED_1000, 1)
    assert (await core.appointments.move(amal.id, WED_1000, actor_id=c.amal.id)).sequence == 1
    # The old time is free again, in the same transaction that took the new one.
    again = await core.appointments.book(c.omar.id, WED_0900, actor_id=c.counsellor.id)
    assert again.starts_at == WED_0900
    rows = await outbox(core)
    assert f"appt-moved:{amal.id}:1:counsellor" in rows
    payload = rows[f"appt-moved:{amal.id}:1:counsellor"].payload["reply"]["args"]
    assert payload["previous"] == {"datetime": WED_0900.isoformat()}
    assert payload["when"] == {"datetime": WED_1000.isoformat()}
    assert omar.status is AppointmentStatus.BOOKED


async def test_cancel_with_a_reason_frees_the_slot_and_tells_the_learner(
    core: Core, clock: FrozenClock
):
    c = await centre(core, clock)
    booked = await core.appointments.book(c.amal.id, WED_0900, actor_id=c.amal.id)
    done = await core.appointments.cancel(booked.id, CancelReason.ILL, actor_id=c.counsellor.id)
    assert (done.status, done.cancel_reason, done.sequence) == (
        AppointmentStatus.CANCELLED,
        CancelReason.ILL,
        1,
    )
    # Twice is once.
    assert (
        await core.appointments.cancel(booked.id, CancelReason.ILL, actor_id=None)
    ).sequence == 1
    rows = await outbox(core)
    notice = rows[f"appt-cancelled:{booked.id}:1:learner"]
    assert notice.person_id == c.amal.id
    reason = notice.payload["reply"]["args"]["reason"]
    assert reason == {"phrase": "appointment-reason-ill", "args": {}}
    assert f"appt-cancelled:{booked.id}:1:counsellor" not in rows
    # A cancelled appointment no longer holds its time (the index is partial).
    rebooked = await core.appointments.book(c.omar.id, WED_0900, actor_id=c.omar.id)
    assert rebooked.id != booked.id
    with pytest.raises(AppointmentClosed):
        await core.appointments.move(booked.id, WED_1000, actor_id=c.amal.id)


async def test_a_no_show_is_recorded_as_a_signal(core: Core, clock: FrozenClock):
    c = await centre(core, clock)
    booked = await core.appointments.book(c.amal.id, WED_0900, actor_id=c.amal.id)
    with pytest.raises(TooEarlyToMark):
        await core.appointments.mark(booked.id, AppointmentStatus.NO_SHOW, actor_id=None)
    clock.set(WED_1000)
    marked = await core.appointments.mark(
        booked.id, AppointmentStatus.NO_SHOW, actor_id=c.counsellor.id
    )
    assert marked.status is AppointmentStatus.NO_SHOW
    await core.appointments.mark(booked.id, AppointmentStatus.NO_SHOW, actor_id=c.counsellor.id)

    async def signals() -> list[tuple[int, str, str | None]]:
        async with core.sessions() as session:
            rows = (await session.execute(select(Signal))).scalars()
            return [(s.person_id, s.kind, s.ref) for s in rows]

    assert await signals() == [(c.amal.id, "missed_meeting", f"appointment:{booked.id}")]
    # A correction ("they came after all") takes the signal back.
    await core.appointments.mark(booked.id, AppointmentStatus.MET, actor_id=c.counsellor.id)
    assert await signals() == []
    assert await core.appointments.upcoming(c.amal.id) == []


async def test_the_database_refuses_double_booking(core: Core, clock: FrozenClock):
    c = await centre(core, clock)
    now = clock.now()

    def new(learner: Person, counsellor: Person) -> NewAppointment:
        return NewAppointment(
            learner.id,
            counsellor.id,
            WED_0900,
            WED_0900 + timedelta(minutes=45),
            MeetingMode.PHONE,
            None,
            None,
        )

    async with transaction(core.sessions) as session:
        await AppointmentRepository(session).add(new(c.amal, c.counsellor), now)
    # The same counsellor at the same start.
    with pytest.raises(IntegrityError):
        async with transaction(core.sessions) as session:
            await AppointmentRepository(session).add(new(c.omar, c.counsellor), now)
    # The same learner at the same start, with another counsellor.
    with pytest.raises(IntegrityError):
        async with transaction(core.sessions) as session:
            await AppointmentRepository(session).add(new(c.amal, c.other_counsellor), now)


async def test_two_sessions_race_for_one_slot_and_exactly_one_wins(
    core: Core, clock: FrozenClock, database_url: str
):
    c = await centre(core, clock)
    # A second core: its own engine and connections, as a second process would have.
    second = open_core(make_settings(database_url), bot_username="polku_bot", clock=clock)
    try:
        for start in (WED_0900, WED_1000, WED_1100):
            results = await asyncio.gather(
                core.appointments.book(c.amal.id, start, actor_id=c.amal.id),
                second.appointments.book(c.omar.id, start, actor_id=c.omar.id),
                return_exceptions=True,
            )
            won = [r for r in results if isinstance(r, Appointment)]
            lost = [r for r in results if isinstance(r, BaseException)]
            assert len(won) == 1, results
            assert len(lost) == 1 and isinstance(lost[0], SlotTaken), results
    finally:
        await second.close()
    booked = await core.appointments.listing(actor_id=None)
    assert sorted(a.starts_at for a in booked) == [WED_0900, WED_1000, WED_1100]


RACER = """
import asyncio, os, sys
from datetime import datetime
from bot.appointments.service import SlotTaken
from bot.clock import FrozenClock
from bot.core import open_core
from bot.settings import Settings

url, learner, start, now, go = sys.argv[1:6]

async def main() -> None:
    settings = Settings(_env_file=None, POLKU_DATABASE_URL=url)
    core = open_core(settings, bot_username="x", clock=FrozenClock(datetime.fromisoformat(now)))
    try:
        print("ready", flush=True)
        while not os.path.exists(go):
            await asyncio.sleep(0.001)
        try:
            await core.appointments.book(int(learner), datetime.fromisoformat(start),
                                         actor_id=int(learner))
            print("booked")
        except SlotTaken:
            print("taken")
    finally:
        await core.close()

asyncio.run(main())
"""


async def test_two_processes_race_for_one_slot_and_exactly_one_wins(
    core: Core, clock: FrozenClock, database_url: str, tmp_path: Path
):
    c = await centre(core, clock)
    go = tmp_path / "go"
    racers = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            RACER,
            database_url,
            str(learner.id),
            WED_0900.isoformat(),
            clock.now().isoformat(),
            str(go),
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        for learner in (c.amal, c.omar)
    ]
    for racer in racers:
        assert racer.stdout is not None
        ready = await asyncio.wait_for(racer.stdout.readline(), timeout=60)
        assert ready == b"ready\n"
    go.touch()  # both processes are waiting: let them go at once
    outputs = []
    for racer in racers:
        out, err = await asyncio.wait_for(racer.communicate(), timeout=60)
        assert racer.returncode == 0, err.decode()
        outputs.append(out.decode().strip())
    assert sorted(outputs) == ["booked", "taken"]
    assert len(await core.appointments.listing(actor_id=None)) == 1


async def test_forget_erases_the_learners_appointments(core: Core, clock: FrozenClock):
    c = await centre(core, clock)
    await core.appointments.book(c.amal.id, WED_0900, actor_id=c.amal.id)
    kept = await core.appointments.book(c.omar.id, WED_1000, actor_id=c.omar.id)
    async with transaction(core.sessions) as session:
        await OutboxRepository(session).forget_person(c.amal.id)
        person = await PeopleRepository(session).get(c.amal.id)
        await session.delete(person)
    async with core.sessions() as session:
        rows = list((await session.execute(select(Appointment))).scalars())
        about = list(
            (
                await session.execute(
                    select(OutboxMessage).where(OutboxMessage.subject_id == c.amal.id)
                )
            ).scalars()
        )
    assert [a.id for a in rows] == [kept.id]
    assert about == []


async def test_calendar_file_parses_back_with_uid_sequence_and_utc_times(
    core: Core, clock: FrozenClock
):
    c = await centre(core, clock)
    booked = await core.appointments.book(c.amal.id, WED_0900, actor_id=c.amal.id)

    async def parsed() -> tuple[ICalendar, object]:
        raw = await core.appointments.calendar_file(booked.id, actor_id=c.amal.id)
        calendar = ICalendar.from_ical(raw)
        [event] = calendar.walk("VEVENT")
        return calendar, event

    calendar, event = await parsed()
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(event["UID"]) == f"appointment-{booked.id}@polku"
    assert int(event["SEQUENCE"]) == 0
    assert event.decoded("DTSTART") == WED_0900
    assert event.decoded("DTEND") == WED_0900 + timedelta(minutes=45)
    assert str(event["LOCATION"]) == "Room 2"
    assert str(event["SUMMARY"]) == "Meeting with P1"
    assert str(event["STATUS"]) == "CONFIRMED"

    await core.appointments.move(booked.id, WED_1000, actor_id=c.amal.id)
    calendar, event = await parsed()
    assert (str(event["UID"]), int(event["SEQUENCE"])) == (f"appointment-{booked.id}@polku", 1)
    assert event.decoded("DTSTART") == WED_1000

    await core.appointments.cancel(booked.id, CancelReason.LEARNER, actor_id=c.amal.id)
    calendar, event = await parsed()
    assert str(calendar["METHOD"]) == "CANCEL"
    assert (str(event["STATUS"]), int(event["SEQUENCE"])) == ("CANCELLED", 2)
    with pytest.raises(NoSuchAppointment):
        await core.appointments.calendar_file(booked.id, actor_id=c.omar.id)


async def test_a_cancellation_sends_a_cancelling_calendar_file_if_the_booking_went_out(
    core: Core, clock: FrozenClock
):
    c = await centre(core, clock)
    # The booking's file never left (still waiting when cancelled): no cancelling file.
    unsent = await core.appointments.book(c.amal.id, WED_0900, actor_id=c.amal.id)
    await core.appointments.cancel(unsent.id, CancelReason.LEARNER, actor_id=c.amal.id)
    rows = await outbox(core)
    assert rows[f"appt:{unsent.id}:0:ics"].status is OutboxStatus.CANCELLED
    assert f"appt:{unsent.id}:1:ics-cancel" not in rows
    # The booking's file was sent: the cancelling one follows, made from the row.
    sent = await core.appointments.book(c.amal.id, WED_1000, actor_id=c.amal.id)
    async with transaction(core.sessions) as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.idempotency_key == f"appt:{sent.id}:0:ics")
            .values(status=OutboxStatus.SENT)
        )
    await core.appointments.cancel(sent.id, CancelReason.ILL, actor_id=c.counsellor.id)
    await core.appointments.cancel(sent.id, CancelReason.ILL, actor_id=c.counsellor.id)
    rows = await outbox(core)
    dropped = rows[f"appt:{sent.id}:1:ics-cancel"]
    assert [k for k in rows if k.endswith("ics-cancel")] == [dropped.idempotency_key]
    assert (dropped.person_id, dropped.status) == (c.amal.id, OutboxStatus.PENDING)
    assert dropped.payload["reply"]["key"] == "appointment-ics-cancel-caption"
    attachment = await core.appointments.attachment(dropped.payload["document"])
    assert attachment is not None and attachment.filename == "meeting.ics"
    calendar = ICalendar.from_ical(attachment.content)
    assert str(calendar["METHOD"]) == "CANCEL"
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"appointment-{sent.id}@polku"
    assert (int(event["SEQUENCE"]), str(event["STATUS"])) == (1, "CANCELLED")
    assert event.decoded("DTSTART") == WED_1000
