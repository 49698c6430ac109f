"""Free meeting times: the grid, buffers, exceptions, notice, horizon and the DST days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from bot.appointments.slots import (
    BookingRules,
    Busy,
    DayException,
    Slot,
    WeeklyHours,
    days_with_slots,
    free_slots,
    grid,
    on_day,
    slots_of_day,
)
from store.models import MeetingMode

HELSINKI = ZoneInfo("Europe/Helsinki")
MON, TUE, WED, SAT, SUN = 0, 1, 2, 5, 6
# Tuesday 2026-11-24, 10:00 in Helsinki.
NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def local(day: date, hh: int, mm: int = 0, zone: ZoneInfo = HELSINKI) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=zone).astimezone(UTC)


def starts(slots: list[Slot], zone: ZoneInfo = HELSINKI) -> list[str]:
    return [s.starts_at.astimezone(zone).strftime("%H:%M") for s in slots]


def find(
    hours: list[WeeklyHours],
    *,
    exceptions: list[DayException] | None = None,
    busy: list[Busy] | None = None,
    now: datetime = NOW,
    days: int = 35,
    rules: BookingRules | None = None,
    zone: ZoneInfo = HELSINKI,
) -> list[Slot]:
    return free_slots(
        hours,
        exceptions or [],
        busy or [],
        zone=zone,
        now=now,
        start=now,
        end=now + timedelta(days=days),
        rules=rules or BookingRules(),
    )


def test_grid_is_meeting_then_buffer_and_ends_inside_the_window():
    day = date(2026, 11, 25)
    slots = grid(day, time(9), time(12), 45, 15, MeetingMode.IN_PERSON, "Room 2", HELSINKI)
    assert starts(slots) == ["09:00", "10:00", "11:00"]
    assert all(s.ends_at - s.starts_at == timedelta(minutes=45) for s in slots)
    assert slots[0].starts_at == datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    assert slots[0].place == "Room 2"
    no_buffer = grid(day, time(9), time(12), 45, 0, MeetingMode.PHONE, None, HELSINKI)
    assert starts(no_buffer) == ["09:00", "09:45", "10:30", "11:15"]
    # A meeting that would run past the end is not offered.
    assert starts(grid(day, time(9), time(9, 40), 45, 15, MeetingMode.PHONE, None, HELSINKI)) == []


def test_weekly_hours_apply_on_their_weekday_and_validity():
    hours = WeeklyHours(WED, time(9), time(10), valid_from=date(2026, 12, 1))
    found = find([hours])
    assert days_with_slots(found, HELSINKI)[0] == date(2026, 12, 2)
    assert all(s.starts_at.astimezone(HELSINKI).weekday() == WED for s in found)
    until = WeeklyHours(WED, time(9), time(10), valid_until=date(2026, 12, 2))
    assert days_with_slots(find([until]), HELSINKI) == [date(2026, 11, 25), date(2026, 12, 2)]


def test_minimum_notice_is_not_the_same_day_by_default():
    hours = [WeeklyHours(TUE, time(12), time(14)), WeeklyHours(WED, time(9), time(10))]
    found = find(hours, days=2)
    assert days_with_slots(found, HELSINKI) == [date(2026, 11, 25)]
    # Without notice: later today, never in the past.
    today = find(hours, days=1, rules=BookingRules(notice_days=0))
    assert starts(on_day(today, date(2026, 11, 24), HELSINKI)) == ["12:00", "13:00"]
    morning = find([WeeklyHours(TUE, time(9), time(12))], days=1, rules=BookingRules(0))
    assert starts(morning) == ["11:00"]  # 10:00 has begun (it is 10:00 now): not offered


def test_horizon_is_four_weeks_of_local_days():
    found = find([WeeklyHours(d, time(9), time(10)) for d in range(7)], days=60)
    days = days_with_slots(found, HELSINKI)
    assert days[0] == date(2026, 11, 25)
    assert days[-1] == date(2026, 11, 24) + timedelta(days=28)
    shorter = find([WeeklyHours(WED, time(9), time(10))], rules=BookingRules(horizon_days=7))
    assert days_with_slots(shorter, HELSINKI) == [date(2026, 11, 25)]


def test_exceptions_day_off_hours_off_and_extra_hours():
    hours = [WeeklyHours(WED, time(9), time(12)), WeeklyHours(THU := 3, time(9), time(10))]
    wed, thu, fri = date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 27)
    exceptions = [
        DayException(wed, off=True),
        DayException(
            wed,
            off=False,
            start=time(14),
            end=time(15),
            mode=MeetingMode.VIDEO,
            place="https://meet.example/abc",
        ),
        DayException(fri, off=False, start=time(13), end=time(14), length=30, buffer=0),
    ]
    found = find(hours, exceptions=exceptions, days=4)
    assert starts(on_day(found, wed, HELSINKI)) == ["14:00"]
    assert on_day(found, wed, HELSINKI)[0].mode is MeetingMode.VIDEO
    assert starts(on_day(found, thu, HELSINKI)) == ["09:00"]
    assert starts(on_day(found, fri, HELSINKI)) == ["13:00", "13:30"]
    assert THU == thu.weekday()
    some_hours_off = [DayException(wed, off=True, start=time(9, 30), end=time(10, 30))]
    assert starts(slots_of_day(wed, hours, some_hours_off, HELSINKI)) == ["11:00"]


def test_booked_meetings_and_their_buffer_are_not_free():
    hours = [WeeklyHours(WED, time(9), time(12))]
    wed = date(2026, 11, 25)
    booked = [Busy(local(wed, 10), local(wed, 10, 45))]
    assert starts(find(hours, busy=booked, days=2)) == ["09:00", "11:00"]
    # A meeting of another length (the grid changed): every overlapping slot goes,
    # and the buffer keeps a slot that would start right after it away.
    odd = [Busy(local(wed, 9, 30), local(wed, 10, 40))]
    assert starts(find(hours, busy=odd, days=2)) == ["11:00"]
    too_close = [Busy(local(wed, 9, 30), local(wed, 10, 50))]  # 11:00 is 10 minutes after
    assert starts(find(hours, busy=too_close, days=2)) == []
    right_after = [Busy(local(wed, 8), local(wed, 8, 50))]
    assert starts(find(hours, busy=right_after, days=2)) == ["10:00", "11:00"]


def test_spring_switch_2027_03_28_keeps_local_hours_and_skips_the_missing_hour():
    sat, sun, mon = date(2027, 3, 27), date(2027, 3, 28), date(2027, 3, 29)
    hours = [WeeklyHours(d, time(9), time(11)) for d in (SAT, SUN, MON)]
    found = find(hours, now=datetime(2027, 3, 20, 8, tzinfo=UTC), days=14)
    assert [s.starts_at for s in on_day(found, sat, HELSINKI)] == [
        datetime(2027, 3, 27, 7, 0, tzinfo=UTC),  # UTC+2
        datetime(2027, 3, 27, 8, 0, tzinfo=UTC),
    ]
    assert [s.starts_at for s in on_day(found, sun, HELSINKI)] == [
        datetime(2027, 3, 28, 6, 0, tzinfo=UTC),  # UTC+3 from 03:00 that night
        datetime(2027, 3, 28, 7, 0, tzinfo=UTC),
    ]
    assert on_day(found, mon, HELSINKI)[0].starts_at == datetime(2027, 3, 29, 6, tzinfo=UTC)
    # Hours across the switch: 03:00-03:59 does not exist that night.
    night = slots_of_day(sun, [WeeklyHours(SUN, time(2), time(6))], [], HELSINKI)
    assert starts(night) == ["02:00", "04:00", "05:00"]
    assert [s.starts_at.hour for s in night] == [0, 1, 2]
    assert all(s.ends_at - s.starts_at == timedelta(minutes=45) for s in night)
    assert all(a.ends_at <= b.starts_at for a, b in pairwise(night))


def test_autumn_switch_2027_10_31_offers_the_repeated_hour_once():
    sat, sun = date(2027, 10, 30), date(2027, 10, 31)
    hours = [WeeklyHours(d, time(9), time(10)) for d in (SAT, SUN)]
    found = find(hours, now=datetime(2027, 10, 25, 8, tzinfo=UTC), days=14)
    assert on_day(found, sat, HELSINKI)[0].starts_at == datetime(2027, 10, 30, 6, tzinfo=UTC)
    assert on_day(found, sun, HELSINKI)[0].starts_at == datetime(2027, 10, 31, 7, tzinfo=UTC)
    night = slots_of_day(sun, [WeeklyHours(SUN, time(2), time(6))], [], HELSINKI)
    assert starts(night) == ["02:00", "03:00", "04:00", "05:00"]
    assert [s.starts_at for s in night] == [
        datetime(2027, 10, 30, 23, 0, tzinfo=UTC),
        datetime(2027, 10, 31, 0, 0, tzinfo=UTC),  # 03:00 summer time, the first 03:00
        datetime(2027, 10, 31, 2, 0, tzinfo=UTC),
        datetime(2027, 10, 31, 3, 0, tzinfo=UTC),
    ]
    assert len({s.starts_at for s in night}) == 4


def test_a_counsellor_in_another_zone_has_hours_in_their_own_wall_clock():
    stockholm, new_york = ZoneInfo("Europe/Stockholm"), ZoneInfo("America/New_York")
    hours = [WeeklyHours(WED, time(9), time(10))]
    there = find(hours, zone=stockholm, days=3)
    assert there[0].starts_at == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # 10:00 in Helsinki
    # New York's Wednesday 09:00 is 16:00 in Helsinki; the day is New York's.
    ny = find(hours, zone=new_york, days=3)
    assert ny[0].starts_at == datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    assert days_with_slots(ny, new_york) == [date(2026, 11, 25)]
    # Minimum notice counts in the counsellor's days: at 10:00 Helsinki it is still
    # Tuesday 03:00 in New York, so Tuesday is "today" there and Wednesday is bookable.
    tuesday = find([WeeklyHours(TUE, time(9), time(10))], zone=new_york, days=2)
    assert tuesday == []


def test_same_start_from_two_windows_is_offered_once():
    wed = date(2026, 11, 25)
    hours = [WeeklyHours(WED, time(9), time(10)), WeeklyHours(WED, time(9), time(11))]
    extra = [DayException(wed, off=False, start=time(9), end=time(10))]
    assert starts(slots_of_day(wed, hours, extra, HELSINKI)) == ["09:00", "10:00"]
