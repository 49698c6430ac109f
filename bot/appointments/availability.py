"""A counsellor's hours for meetings in the chat: ``/availability`` and its ``av:`` buttons.

The view lists the weekly hours and the days off and extra hours from today on, each
with a *Remove* button, and buttons that start the guided dialogue
(``dialogues/availability.yml``) for weekly hours, a day off or extra hours. Removing is
here rather than in the flow: a flow's choices are fixed lists, and this one is the
counsellor's own rows. Every press checks the role and that the row is the presser's.

Callback data: ``av:<op>:<id>`` (see :class:`AvOp`).
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.appointments.actions import WEEKDAYS
from bot.appointments.service import Appointments, mode_phrase
from bot.clock import Clock
from bot.dialogue.engine import Engine
from bot.errors import StaleButton
from bot.i18n import reading_of
from bot.people import Sender, require_role, who_wrote
from bot.replies import Answer, Arg, Button, Lines, Phrase, Reply, Short
from store.db import transaction
from store.models import Availability, AvailabilityException, MeetingMode, Person, Role

PREFIX = "av:"
FLOW = "availability"
MAX_ID = 2**31 - 1


class AvOp(StrEnum):
    """What an availability button does (its value: a row id, or 0)."""

    SHOW = "show"  # the view
    WEEKLY = "weekly"  # start the dialogue for weekly hours
    OFF = "off"  # ... for a day off
    EXTRA = "extra"  # ... for extra hours on one day
    REMOVE_HOURS = "rmh"  # remove a row of weekly hours (its id)
    REMOVE_EXCEPTION = "rmx"  # remove a day off or extra hours (its id)


# Where the dialogue starts for each kind.
_STARTS = {
    AvOp.WEEKLY: ("weekly", "days"),
    AvOp.OFF: ("off", "off_day"),
    AvOp.EXTRA: ("extra", "day"),
}


def callback_data(op: AvOp, value: int = 0) -> str:
    """An availability button's callback data."""
    return f"{PREFIX}{op.value}:{value}"


def parse_callback(data: str) -> tuple[AvOp, int]:
    """An availability button's operation and value.

    Raises:
        StaleButton: not that shape, an unknown operation, or a value out of range.
    """
    parts = data.split(":")
    if len(parts) != 3 or f"{parts[0]}:" != PREFIX:
        raise StaleButton(data=data[:20])
    try:
        op = AvOp(parts[1])
    except ValueError:
        raise StaleButton(data=data[:20]) from None
    raw = parts[2]
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 10) or int(raw) > MAX_ID:
        raise StaleButton(data=data[:20])
    return op, int(raw)


def _clock_arg(value: time, zone: ZoneInfo) -> Short:
    # A wall-clock time shown in the counsellor's own zone: any day will do.
    return Short(datetime.combine(date(2026, 1, 5), value, tzinfo=zone), "time")


def _place(place: str | None) -> Arg:
    return Phrase("availability-place", {"place": place}) if place else ""


class AvailabilityChat:
    """``/availability`` and its buttons, for counsellors only."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        appointments: Appointments,
        engine: Engine,
        clock: Clock,
    ) -> None:
        self._sessions = sessions
        self._appointments = appointments
        self._engine = engine
        self._clock = clock

    async def _counsellor(self, session: AsyncSession, sender: Sender) -> Person:
        person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
        return require_role(person, Role.COUNSELLOR)

    async def show(self, sender: Sender) -> Answer:
        """``/availability``: the counsellor's hours, exceptions and what they can do."""
        async with transaction(self._sessions) as session:
            counsellor = await self._counsellor(session, sender)
        return await self._view(counsellor)

    async def press(self, sender: Sender, data: str) -> Answer:
        """An ``av:`` button.

        Raises:
            NotAllowed: not a counsellor (checked before the data is read).
            StaleButton: mangled data, or a row that is gone or not the presser's.
        """
        async with transaction(self._sessions) as session:
            counsellor = await self._counsellor(session, sender)
            op, value = parse_callback(data)
            if op in _STARTS:
                kind, at = _STARTS[op]
                turn = await self._engine.begin(
                    session, counsellor.id, FLOW, slots={"kind": kind}, at=at
                )
                return self._answer(counsellor, *turn.replies)
        if op is AvOp.SHOW:
            return await self._view(counsellor)
        if op is AvOp.REMOVE_HOURS:
            removed: object = await self._appointments.remove_hours(counsellor.id, value)
        else:
            removed = await self._appointments.remove_exception(counsellor.id, value)
        if removed is None:
            raise StaleButton(data=data[:20])
        return await self._view(counsellor, note="availability-removed")

    @staticmethod
    def _answer(person: Person, *replies: Reply) -> Answer:
        return Answer(reading_of(person), person.time_zone, replies)

    async def _view(self, counsellor: Person, *, note: str | None = None) -> Answer:
        zone = ZoneInfo(counsellor.time_zone)
        today = self._clock.now().astimezone(zone).date()
        calendar = await self._appointments.calendar(counsellor.id, since=today)
        lines: list[Phrase] = []
        removes: list[Button] = []
        for hours in calendar.hours:
            number = len(lines) + 1
            weekday = Phrase(f"option-days-{WEEKDAYS[hours.weekday]}")
            args = {**self._terms(hours, zone, number), "day": weekday}
            lines.append(Phrase("availability-line-weekly", args))
            removes.append(self._remove(AvOp.REMOVE_HOURS, hours.id, number))
        for exception in calendar.exceptions:
            number = len(lines) + 1
            day = Short(datetime.combine(exception.day, time(12), tzinfo=zone), "day")
            if exception.off and exception.start_time is None:
                lines.append(Phrase("availability-line-off", {"number": number, "day": day}))
            else:
                args = self._terms(exception, zone, number)
                key = "availability-line-off" if exception.off else "availability-line-extra"
                lines.append(Phrase(key, {**args, "day": day}))
            removes.append(self._remove(AvOp.REMOVE_EXCEPTION, exception.id, number))
        adds = (
            (Button("availability-add-weekly-button", data=callback_data(AvOp.WEEKLY)),),
            (
                Button("availability-add-off-button", data=callback_data(AvOp.OFF)),
                Button("availability-add-extra-button", data=callback_data(AvOp.EXTRA)),
            ),
        )
        notes = (Reply(note),) if note else ()
        if not lines:
            return self._answer(counsellor, *notes, Reply("availability-none", buttons=adds))
        rows = tuple(tuple(removes[i : i + 3]) for i in range(0, len(removes), 3))
        view = Reply("availability-view", {"lines": Lines(tuple(lines))}, (*rows, *adds))
        return self._answer(counsellor, *notes, view)

    def _terms(
        self, row: Availability | AvailabilityException, zone: ZoneInfo, number: int
    ) -> dict[str, Arg]:
        defaults = self._appointments.defaults
        assert row.start_time is not None and row.end_time is not None
        buffer = row.buffer_minutes
        return {
            "number": number,
            "start": _clock_arg(row.start_time, zone),
            "end": _clock_arg(row.end_time, zone),
            "length": row.length_minutes or defaults.length,
            "buffer": buffer if buffer is not None else defaults.buffer,
            "mode": mode_phrase(row.mode or MeetingMode.IN_PERSON),
            "place": _place(row.place),
        }

    @staticmethod
    def _remove(op: AvOp, row_id: int, number: int) -> Button:
        return Button(
            "availability-remove-button", data=callback_data(op, row_id), args={"number": number}
        )
