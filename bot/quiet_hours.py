"""Quiet hours: nothing the bot starts itself reaches a person at night, their night."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo


def _inside(local: time, start: time, end: time) -> bool:
    if start <= end:
        return start <= local < end
    return local >= start or local < end  # the window crosses midnight


def next_allowed(when: datetime, time_zone: str, window: tuple[time, time]) -> datetime:
    """``when`` itself, or the end of the quiet hours it falls into (aware UTC).

    Computed on local wall-clock time with zoneinfo, so a daylight-saving change neither
    shifts nor drops the moment: 08:00 is 08:00 local on both sides of the switch.
    """
    zone = ZoneInfo(time_zone)
    local = when.astimezone(zone)
    start, end = window
    if not _inside(local.time(), start, end):
        return when
    day = local.date()
    if start > end and local.time() >= start:
        day += timedelta(days=1)  # evening: quiet until tomorrow morning
    allowed = datetime.combine(day, end, tzinfo=zone)
    return allowed.astimezone(UTC)
