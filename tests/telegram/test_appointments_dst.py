"""Booking on the days of the clock changes, end to end (Europe/Helsinki).

On Sunday 2027-03-28 the clocks go from 03:00 to 04:00 (UTC+2 to UTC+3); on Sunday
2027-10-31 from 04:00 back to 03:00. A counsellor offers extra hours 02:00-06:00 on such a
Sunday (45-minute meetings, 15-minute buffers, on the wall clock); the learner books
with the buttons; the times shown and the calendar file's UTC times must be right. The
simulated clock starts the Thursday before.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.clock import ShiftedClock
from bot.sandbox import SandboxClient
from tests.telegram.conftest import RunningBot, plain
from tests.telegram.test_appointments import (
    appointments_counsellor,
    appointments_of,
    book,
    calendar_of,
    centre,
    day_label,
    tap,
    text,
    time_label,
)

HKI = ZoneInfo("Europe/Helsinki")
SPRING = datetime(2027, 3, 25, 10, 0, tzinfo=HKI)
AUTUMN = datetime(2027, 10, 28, 10, 0, tzinfo=HKI)


@pytest.fixture
def e2e_clock(request: pytest.FixtureRequest) -> ShiftedClock:
    return ShiftedClock(request.param)


@pytest.mark.parametrize("e2e_clock", [SPRING], indirect=True)
async def test_booking_on_the_spring_switch_day(bot: RunningBot, client: SandboxClient):
    _counsellor, [amal] = await centre(bot, client, "en")
    sunday = date(2027, 3, 28)
    cid = await appointments_counsellor(bot, amal)
    await bot.side.appointments.extra_hours(cid, sunday, time(2), time(6), place="Room 2")
    night = datetime(2027, 3, 28, 2, 0, tzinfo=HKI)
    await client.send_text(amal, "/book")
    [days] = await client.wait_for_bot_messages(amal)
    assert day_label("en", night) in [plain(b) for b in days.button_labels]
    [times] = await tap(client, amal, day_label("en", night))
    # 03:00-03:59 does not exist that night: 02:00, then 04:00 and 05:00 summer time.
    shown = [plain(b) for b in times.button_labels][:-1]  # less "another day"
    expected = [
        datetime(2027, 3, 28, 0, 0, tzinfo=UTC),  # 02:00 UTC+2
        datetime(2027, 3, 28, 1, 0, tzinfo=UTC),  # 04:00 UTC+3
        datetime(2027, 3, 28, 2, 0, tzinfo=UTC),  # 05:00 UTC+3
    ]
    assert shown == [time_label("en", at) for at in expected]
    assert shown == ["2.00", "4.00", "5.00"]
    done, ics = await book(client, amal, "en", expected[1])
    when = text("en", "appointment-done", when=expected[1], mode="x", place="y")
    assert when.split("\n")[1] in plain(done.text), done.text  # "🕘 Mar 28, 2027, 4:00 AM"
    assert "4.00" in plain(done.text)
    event = (await calendar_of(client, ics)).walk("VEVENT")[0]
    assert event.decoded("dtstart") == expected[1]
    assert event.decoded("dtend") == expected[1] + timedelta(minutes=45)
    [appointment] = await appointments_of(bot, amal)
    assert appointment.starts_at == expected[1]
    # The weekday hours either side keep 09:00 on the wall clock: Friday UTC+2, Monday UTC+3.
    free = await bot.side.appointments.free_slots(appointment.learner_id, actor_id=None)
    firsts = {s.starts_at.astimezone(HKI).date(): s.starts_at for s in reversed(free)}
    assert firsts[date(2027, 3, 26)] == datetime(2027, 3, 26, 7, 0, tzinfo=UTC)
    assert firsts[date(2027, 3, 29)] == datetime(2027, 3, 29, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize("e2e_clock", [AUTUMN], indirect=True)
async def test_booking_on_the_autumn_switch_day_in_finnish(bot: RunningBot, client: SandboxClient):
    _counsellor, [amal] = await centre(bot, client, "fi")
    sunday = date(2027, 10, 31)
    cid = await appointments_counsellor(bot, amal)
    await bot.side.appointments.extra_hours(cid, sunday, time(2), time(6), place="Room 2")
    night = datetime(2027, 10, 31, 2, 0, tzinfo=HKI)
    await client.send_text(amal, "/book")
    await client.wait_for_bot_messages(amal)
    [times] = await tap(client, amal, day_label("fi", night))
    # 03:00 comes twice that night; the wall-clock grid offers it once (summer time).
    expected = [
        datetime(2027, 10, 30, 23, 0, tzinfo=UTC),  # 02:00 UTC+3
        datetime(2027, 10, 31, 0, 0, tzinfo=UTC),  # 03:00 UTC+3, the first 03:00
        datetime(2027, 10, 31, 2, 0, tzinfo=UTC),  # 04:00 UTC+2
        datetime(2027, 10, 31, 3, 0, tzinfo=UTC),  # 05:00 UTC+2
    ]
    shown = [plain(b) for b in times.button_labels][:-1]
    assert shown == ["2.00", "3.00", "4.00", "5.00"]
    assert shown == [time_label("fi", at) for at in expected]
    done, ics = await book(client, amal, "fi", expected[1])
    assert "3.00" in plain(done.text), done.text
    event = (await calendar_of(client, ics)).walk("VEVENT")[0]
    assert event.decoded("dtstart") == expected[1]
    assert event.decoded("dtend") == expected[1] + timedelta(minutes=45)
    # The 04:00 slot (after the repeated hour) is booked apart from it: 2 hours later in UTC.
    done, ics = await book(client, amal, "fi", expected[2])
    event = (await calendar_of(client, ics)).walk("VEVENT")[0]
    assert event.decoded("dtstart") == datetime(2027, 10, 31, 2, 0, tzinfo=UTC)
    starts = [a.starts_at for a in await appointments_of(bot, amal)]
    assert starts == expected[1:3]
