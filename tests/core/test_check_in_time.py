"""When the weekly check-in comes: the learner's chosen weekday and hour, or the default
rhythm (pure rules of bot/motivation/service.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest

from bot.motivation.config import load_motivation_config
from bot.motivation.service import Motivation, next_chosen
from store.models import Person

HELSINKI = ZoneInfo("Europe/Helsinki")
TUESDAY_10 = datetime(2026, 11, 24, 10, 0, tzinfo=HELSINKI).astimezone(UTC)


def local(moment: datetime) -> datetime:
    return moment.astimezone(HELSINKI)


def test_the_next_chosen_weekday_and_hour():
    wednesday_15 = next_chosen(TUESDAY_10, 2, 15, "Europe/Helsinki")
    assert local(wednesday_15) == datetime(2026, 11, 25, 15, 0, tzinfo=HELSINKI)
    # That very moment is itself; a minute later, a week on.
    assert next_chosen(wednesday_15, 2, 15, "Europe/Helsinki") == wednesday_15
    later = next_chosen(wednesday_15 + timedelta(minutes=1), 2, 15, "Europe/Helsinki")
    assert later - wednesday_15 == timedelta(days=7)
    # Tuesday 9:00 has passed at 10:00 on a Tuesday: next Tuesday.
    assert local(next_chosen(TUESDAY_10, 1, 9, "Europe/Helsinki")).day == 1


def test_the_hour_stays_on_the_wall_clock_across_daylight_saving():
    # Clocks went forward on Sunday 29 March 2026 in Helsinki (UTC+2 -> UTC+3).
    friday = datetime(2026, 3, 27, 12, 0, tzinfo=HELSINKI)
    monday_9 = next_chosen(friday, 0, 9, "Europe/Helsinki")
    assert monday_9 == datetime(2026, 3, 30, 6, 0, tzinfo=UTC)


def service() -> Motivation:
    none = cast(Any, None)
    return Motivation(none, none, none, load_motivation_config())


def learner(weekday: int | None, hour: int | None) -> Person:
    return Person(time_zone="Europe/Helsinki", check_in_weekday=weekday, check_in_hour=hour)


def test_the_default_rhythm_is_a_week_after_the_last_check_in():
    assert service().check_in_due(learner(None, None), TUESDAY_10) == TUESDAY_10 + timedelta(7)


@pytest.mark.parametrize(
    ("weekday", "hour", "due"),
    [
        # Wednesday 15:00: the next day is too soon (4 days at least), so a week later.
        (2, 15, datetime(2026, 12, 2, 15, 0, tzinfo=HELSINKI)),
        # Saturday 12:00 is 4 days and 2 hours on: that one. Saturday 9:00 would be 3 days
        # and 23 hours on: too soon, so the Saturday after.
        (5, 12, datetime(2026, 11, 28, 12, 0, tzinfo=HELSINKI)),
        (5, 9, datetime(2026, 12, 5, 9, 0, tzinfo=HELSINKI)),
        # Monday 18:00: six days on.
        (0, 18, datetime(2026, 11, 30, 18, 0, tzinfo=HELSINKI)),
    ],
)
def test_a_chosen_day_comes_at_least_min_gap_days_after_the_last(
    weekday: int, hour: int, due: datetime
):
    motivation = service()
    assert motivation.config.check_in_min_gap_days == 4
    assert motivation.check_in_due(learner(weekday, hour), TUESDAY_10) == due


def test_only_offered_hours_and_whole_choices_are_stored():
    motivation = service()
    assert motivation.config.check_in_hours == (9, 12, 15, 18)
    with pytest.raises(ValueError, match="not offered"):
        _run(motivation.set_check_in_time(1, 2, 23))  # in the quiet hours
    with pytest.raises(ValueError, match="weekday"):
        _run(motivation.set_check_in_time(1, 7, 9))
    with pytest.raises(ValueError, match="or neither"):
        _run(motivation.set_check_in_time(1, 2, None))


def _run(coroutine: Any) -> Any:
    import asyncio

    return asyncio.run(coroutine)
