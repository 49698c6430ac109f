"""Free meeting times, from weekly hours, exceptions and bookings: pure functions.

The rules:

* Weekly hours are local wall-clock times in the counsellor's zone (so 09:00 stays 09:00
  across the daylight-saving switches). A window is cut into a grid from its start:
  a meeting, then the buffer, then the next meeting; a meeting must end by the window's
  end. Meetings last ``length`` minutes of real time.
* On the spring switch a wall-clock start that does not exist (03:00-03:59 in Helsinki
  on 2027-03-28) is skipped; on the autumn switch an hour that happens twice is offered
  once, at its first occurrence.
* A day off removes that weekday's hours; hours off remove the slots that overlap them;
  an extra window adds slots of its own (even on a day off).
* A slot is taken when it overlaps a booked meeting of the counsellor or of the learner,
  widened by the slot's buffer on both sides.
* Minimum notice: with ``notice_days`` = 1 (the default) the first slot is on the next
  local day; with 0 any slot after now. Horizon: no slot on a local day more than
  ``horizon_days`` after today.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from store.models import MeetingMode


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    """A counsellor's hours on one weekday (0 = Monday), local wall-clock time."""

    weekday: int
    start: time
    end: time
    length: int = 45  # minutes
    buffer: int = 15  # minutes
    mode: MeetingMode = MeetingMode.IN_PERSON
    place: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None

    def applies(self, day: date) -> bool:
        """Whether these hours hold on ``day``."""
        return (
            day.weekday() == self.weekday
            and (self.valid_from is None or day >= self.valid_from)
            and (self.valid_until is None or day <= self.valid_until)
        )


@dataclass(frozen=True, slots=True)
class DayException:
    """A day unlike the week: off (whole day without times, or some hours) or extra hours."""

    day: date
    off: bool
    start: time | None = None
    end: time | None = None
    length: int = 45
    buffer: int = 15
    mode: MeetingMode = MeetingMode.IN_PERSON
    place: str | None = None


@dataclass(frozen=True, slots=True)
class Busy:
    """A booked meeting (either person's), in UTC."""

    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True, slots=True)
class Slot:
    """A time that can be booked, in UTC."""

    starts_at: datetime
    ends_at: datetime
    mode: MeetingMode
    place: str | None
    buffer: int = 15


@dataclass(frozen=True, slots=True)
class BookingRules:
    """How soon and how far ahead learners may book."""

    notice_days: int = 1  # 0: later today; 1: from tomorrow (not the same day)
    horizon_days: int = 28


def local_moment(day: date, at: time, zone: ZoneInfo) -> datetime | None:
    """The UTC instant of a local wall-clock time, or None when the clock skips it.

    An hour that happens twice (autumn) is taken at its first occurrence (``fold=0``).
    """
    local = datetime.combine(day, at, tzinfo=zone)
    instant = local.astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        return None
    return instant


def _window_end(day: date, at: time, zone: ZoneInfo) -> datetime:
    # 00:00 as an end is the midnight that ends the day.
    if at == time(0, 0):
        return datetime.combine(day + timedelta(days=1), at, tzinfo=zone).astimezone(UTC)
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def grid(
    day: date,
    start: time,
    end: time,
    length: int,
    buffer: int,
    mode: MeetingMode,
    place: str | None,
    zone: ZoneInfo,
) -> list[Slot]:
    """The slots of one window on ``day``: wall-clock starts every length + buffer minutes.

    An end of 00:00 means midnight at the end of the day.
    """
    if length <= 0:
        return []
    limit = _window_end(day, end, zone)
    step = timedelta(minutes=length + buffer)
    wall = datetime.combine(day, start)
    slots = []
    while wall.date() == day:
        starts_at = local_moment(day, wall.time(), zone)
        if starts_at is not None:
            ends_at = starts_at + timedelta(minutes=length)
            if ends_at > limit:
                break
            slots.append(Slot(starts_at, ends_at, mode, place, buffer))
        wall += step
    return slots


def _overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    return a_start < b_end and b_start < a_end


def slots_of_day(
    day: date,
    hours: Iterable[WeeklyHours],
    exceptions: Iterable[DayException],
    zone: ZoneInfo,
) -> list[Slot]:
    """Every slot the counsellor offers on a local ``day``, before bookings and notice."""
    todays = [e for e in exceptions if e.day == day]
    whole_day_off = any(e.off and e.start is None for e in todays)
    found: list[Slot] = []
    if not whole_day_off:
        for h in hours:
            if h.applies(day):
                found += grid(day, h.start, h.end, h.length, h.buffer, h.mode, h.place, zone)
    off_windows = [
        (_moment(day, e.start, zone), _window_end(day, e.end or time(0, 0), zone))
        for e in todays
        if e.off and e.start is not None
    ]
    found = [
        s for s in found if not any(_overlaps(s.starts_at, s.ends_at, a, b) for a, b in off_windows)
    ]
    for e in todays:
        if not e.off and e.start is not None and e.end is not None:
            found += grid(day, e.start, e.end, e.length, e.buffer, e.mode, e.place, zone)
    # Two windows may give the same start (weekly hours and an extra window): once each.
    unique = {s.starts_at: s for s in sorted(found, key=lambda s: s.starts_at, reverse=True)}
    return sorted(unique.values(), key=lambda s: s.starts_at)


def _moment(day: date, at: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def bookable_window(now: datetime, zone: ZoneInfo, rules: BookingRules) -> tuple[datetime, date]:
    """The earliest start and the last local day a learner may book, seen at ``now``."""
    today = now.astimezone(zone).date()
    earliest = now
    if rules.notice_days > 0:
        first_day = today + timedelta(days=rules.notice_days)
        earliest = max(now, datetime.combine(first_day, time(0, 0), tzinfo=zone).astimezone(UTC))
    return earliest, today + timedelta(days=rules.horizon_days)


def free_slots(
    hours: Sequence[WeeklyHours],
    exceptions: Sequence[DayException],
    busy: Sequence[Busy],
    *,
    zone: ZoneInfo,
    now: datetime,
    start: datetime,
    end: datetime,
    rules: BookingRules,
) -> list[Slot]:
    """The free slots starting in [start, end), within notice and horizon, soonest first.

    Args:
        hours: the counsellor's weekly hours.
        exceptions: the counsellor's days off and extra hours.
        busy: booked meetings of the counsellor and of the learner.
        zone: the counsellor's time zone (their hours are its wall-clock times).
        now: the current time.
        start: the first instant to look at.
        end: the instant to stop at.
        rules: minimum notice and horizon.
    """
    earliest, last_day = bookable_window(now, zone, rules)
    first = max(start, earliest)
    day = first.astimezone(zone).date()
    stop = min(end.astimezone(zone).date(), last_day)
    found: list[Slot] = []
    while day <= stop:
        for slot in slots_of_day(day, hours, exceptions, zone):
            if not first <= slot.starts_at < end or slot.starts_at <= now:
                continue
            margin = timedelta(minutes=slot.buffer)
            if any(
                _overlaps(slot.starts_at - margin, slot.ends_at + margin, b.starts_at, b.ends_at)
                for b in busy
            ):
                continue
            found.append(slot)
        day += timedelta(days=1)
    return found


def days_with_slots(slots: Iterable[Slot], zone: ZoneInfo) -> list[date]:
    """The local days that have at least one of ``slots``, in order."""
    return sorted({s.starts_at.astimezone(zone).date() for s in slots})


def on_day(slots: Iterable[Slot], day: date, zone: ZoneInfo) -> list[Slot]:
    """The slots on a local ``day``."""
    return [s for s in slots if s.starts_at.astimezone(zone).date() == day]
