"""Quiet hours in the person's zone, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from bot.quiet_hours import next_allowed

HKI = ZoneInfo("Europe/Helsinki")
NIGHT = (time(20, 0), time(8, 0))


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=HKI).astimezone(UTC)


def test_daytime_goes_now():
    when = local(2026, 11, 24, 12, 0)
    assert next_allowed(when, "Europe/Helsinki", NIGHT) == when


def test_evening_waits_for_next_morning_and_night_for_this_morning():
    assert next_allowed(local(2026, 11, 24, 21, 30), "Europe/Helsinki", NIGHT) == local(
        2026, 11, 25, 8, 0
    )
    assert next_allowed(local(2026, 11, 25, 3, 0), "Europe/Helsinki", NIGHT) == local(
        2026, 11, 25, 8, 0
    )
    assert next_allowed(local(2026, 11, 25, 8, 0), "Europe/Helsinki", NIGHT) == local(
        2026, 11, 25, 8, 0
    )


def test_daylight_saving_changes_keep_eight_oclock_local():
    # Spring: clocks go 03:00 -> 04:00 on 29 March 2026; autumn: 04:00 -> 03:00 on 25 Oct.
    spring = next_allowed(local(2026, 3, 28, 22, 0), "Europe/Helsinki", NIGHT)
    autumn = next_allowed(local(2026, 10, 24, 22, 0), "Europe/Helsinki", NIGHT)
    assert spring.astimezone(HKI).hour == 8 and spring.hour == 5  # UTC+3 after the switch
    assert autumn.astimezone(HKI).hour == 8 and autumn.hour == 6  # UTC+2 after the switch


def test_a_window_that_does_not_cross_midnight():
    lunch = (time(12, 0), time(13, 0))
    assert next_allowed(local(2026, 11, 24, 12, 30), "Europe/Helsinki", lunch) == local(
        2026, 11, 24, 13, 0
    )
