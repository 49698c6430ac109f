"""The appointment domain: availability, booking, moving, cancelling, marking; no chat wording.

Every change runs in one transaction with the notices it causes (through the outbox).
Double booking is refused by the database: a booking holds the learner's and the
counsellor's row locks while it checks the free times (see
:func:`store.appointments.lock_calendars`), and partial unique indexes refuse a second
booked appointment at the same start for either person. The loser of a race gets
:class:`SlotTaken`, which the chat turns into "that time was just taken" and fresh choices.

``actor_id`` is the person acting; ``None`` is an operator at the command line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.appointments import ics, reminders
from bot.appointments.slots import (
    BookingRules,
    Busy,
    DayException,
    Slot,
    WeeklyHours,
    bookable_window,
    free_slots,
    slots_of_day,
)
from bot.clock import Clock
from bot.errors import NotAllowed, PolkuError
from bot.i18n import Translator
from bot.outbox import Attachment, Outbox
from bot.replies import Arg, Phrase, Reply
from store.appointments import (
    AppointmentRepository,
    MeetingTerms,
    NewAppointment,
    lock_calendars,
)
from store.db import joined, transaction
from store.models import (
    Appointment,
    AppointmentStatus,
    Availability,
    AvailabilityException,
    CancelReason,
    MeetingMode,
    Person,
    Role,
    Signal,
)
from store.people import PeopleRepository

MISSED_MEETING = "missed_meeting"  # the signal kind a no-show records


class AppointmentError(PolkuError):
    """An appointment operation that cannot be done as asked."""

    key = "appointment-error"


class SlotTaken(AppointmentError):
    """Someone else has just booked that time (or the learner is busy then)."""

    key = "appointment-slot-taken"


class SlotUnavailable(AppointmentError):
    """That time is not offered: not in the counsellor's hours, past, too soon or too far."""

    key = "appointment-slot-unavailable"


class NoCounsellor(AppointmentError):
    """The learner has no acting counsellor to meet (waiting for reassignment)."""

    key = "appointment-no-counsellor"


class NoSuchAppointment(AppointmentError):
    """No appointment with that id (or not one the person may see)."""

    key = "appointment-not-found"


class AppointmentClosed(AppointmentError):
    """The appointment is no longer booked (cancelled, or already marked)."""

    key = "appointment-closed"


class TooEarlyToMark(AppointmentError):
    """A meeting cannot be marked met or missed before it starts."""

    key = "appointment-not-started"


@dataclass(frozen=True)
class MeetingDefaults:
    """What a counsellor's hours get unless told otherwise."""

    length: int = 45
    buffer: int = 15
    mode: MeetingMode = MeetingMode.IN_PERSON


@dataclass(frozen=True)
class Calendar:
    """A counsellor's weekly hours and their exceptions from some day on."""

    hours: list[Availability]
    exceptions: list[AvailabilityException]


# Message keys, spelt out so that every key is found in the code.
_MODES = {
    MeetingMode.IN_PERSON: "appointment-mode-in_person",
    MeetingMode.PHONE: "appointment-mode-phone",
    MeetingMode.VIDEO: "appointment-mode-video",
}
_REASONS = {
    CancelReason.LEARNER: "appointment-reason-learner",
    CancelReason.ILL: "appointment-reason-ill",
    CancelReason.COUNSELLOR_AWAY: "appointment-reason-counsellor_away",
    CancelReason.NOT_NEEDED: "appointment-reason-not_needed",
    CancelReason.OTHER: "appointment-reason-other",
}
_NOTICES = {
    ("booked", Role.LEARNER): "appointment-booked",
    ("booked", Role.COUNSELLOR): "appointment-booked-counsellor",
    ("moved", Role.LEARNER): "appointment-moved",
    ("moved", Role.COUNSELLOR): "appointment-moved-counsellor",
    ("cancelled", Role.LEARNER): "appointment-cancelled",
    ("cancelled", Role.COUNSELLOR): "appointment-cancelled-counsellor",
}
_TAGS = re.compile(r"<[^>]+>")


def mode_phrase(mode: MeetingMode) -> Phrase:
    """How the meeting happens, as a phrase ("In person", "By phone", "Video call")."""
    return Phrase(_MODES[mode])


def place_arg(appointment: Appointment) -> str | Phrase:
    """The place or link to show, or a phrase saying the counsellor will tell it."""
    return appointment.place or Phrase("appointment-place-unknown")


def reason_phrase(reason: CancelReason | None) -> Phrase:
    """Why an appointment was cancelled, as a phrase."""
    return Phrase(_REASONS[reason or CancelReason.OTHER])


def weekly(hours: Availability) -> WeeklyHours:
    """A row of weekly hours as the slot rules take it."""
    return WeeklyHours(
        weekday=hours.weekday,
        start=hours.start_time,
        end=hours.end_time,
        length=hours.length_minutes,
        buffer=hours.buffer_minutes,
        mode=hours.mode,
        place=hours.place,
        valid_from=hours.valid_from,
        valid_until=hours.valid_until,
    )


class Appointments:
    """Availability and appointments, for the chat and the command line."""

    # Scores the learner in the caller's transaction (set by bot/core.py to
    # ``Motivation.evaluate_in``): a no-show escalates without waiting for the sweep.
    evaluate: Callable[[AsyncSession, int, datetime], Awaitable[object]] | None = None

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        outbox: Outbox,
        clock: Clock,
        translator: Translator,
        *,
        rules: BookingRules | None = None,
        defaults: MeetingDefaults | None = None,
        quiet_hours: tuple[time, time] | None = None,
    ) -> None:
        self._sessions = sessions
        self._quiet_hours = quiet_hours
        self._outbox = outbox
        self._clock = clock
        self._translator = translator
        self.rules = rules or BookingRules()
        self.defaults = defaults or MeetingDefaults()

    # -- availability ------------------------------------------------------------------

    async def add_hours(
        self,
        counsellor_id: int,
        weekdays: Sequence[int],
        start: time,
        end: time,
        *,
        length: int | None = None,
        buffer: int | None = None,
        mode: MeetingMode | None = None,
        place: str | None = None,
    ) -> list[Availability]:
        """Add weekly hours on each of ``weekdays`` (0 = Monday), in local time.

        Hours the counsellor has already, exactly so, are not added twice (a retried
        dialogue or script adds nothing); those rows are returned instead.

        Raises:
            AppointmentError: not a counsellor, or the hours hold no meeting.
        """
        terms = self._terms(start, end, length, buffer, mode, place)
        now = self._clock.now()
        async with joined(self._sessions) as session:
            await self._counsellor(session, counsellor_id)
            repo = AppointmentRepository(session)
            existing = {
                (h.weekday, h.start_time, h.end_time, _row_terms(h)): h
                for h in await repo.hours(counsellor_id)
                if h.valid_from is None and h.valid_until is None
            }
            added = []
            for weekday in sorted(set(weekdays)):
                same = existing.get((weekday, start, end, terms))
                added.append(
                    same or await repo.add_hours(counsellor_id, weekday, start, end, terms, now=now)
                )
            return added

    def _terms(
        self,
        start: time,
        end: time,
        length: int | None,
        buffer: int | None,
        mode: MeetingMode | None,
        place: str | None,
    ) -> MeetingTerms:
        """The meetings of hours from ``start`` to ``end``, defaults filled in and checked."""
        terms = MeetingTerms(
            length_minutes=length if length is not None else self.defaults.length,
            buffer_minutes=buffer if buffer is not None else self.defaults.buffer,
            mode=mode or self.defaults.mode,
            place=place,
        )
        _check_window(start, end, terms.length_minutes, terms.buffer_minutes)
        return terms

    async def day_off(
        self, counsellor_id: int, day: date, start: time | None = None, end: time | None = None
    ) -> tuple[AvailabilityException, list[Appointment]]:
        """Mark a day (or some hours of it) off (the same again adds nothing).

        Returns:
            The exception, and the booked appointments in that time: they stay booked
            until someone cancels them (the learners are told then, with a reason).
        """
        now = self._clock.now()
        async with joined(self._sessions) as session:
            counsellor = await self._counsellor(session, counsellor_id)
            repo = AppointmentRepository(session)
            off = next(
                (
                    e
                    for e in await repo.exceptions(counsellor_id, day, day)
                    if e.off and (e.start_time, e.end_time) == (start, end)
                ),
                None,
            ) or await repo.add_exception(
                counsellor_id, day, off=True, now=now, start=start, end=end
            )
            zone = ZoneInfo(counsellor.time_zone)
            first = datetime.combine(day, start or time(0, 0), tzinfo=zone)
            last = (
                datetime.combine(day, end, tzinfo=zone)
                if end is not None and end != time(0, 0)
                else datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=zone)
            )
            clashes = [
                a
                for a in await repo.taken([counsellor_id], first, last)
                if a.counsellor_id == counsellor_id
            ]
            return off, clashes

    async def extra_hours(
        self,
        counsellor_id: int,
        day: date,
        start: time,
        end: time,
        *,
        length: int | None = None,
        buffer: int | None = None,
        mode: MeetingMode | None = None,
        place: str | None = None,
    ) -> AvailabilityException:
        """Offer extra hours on one day."""
        terms = self._terms(start, end, length, buffer, mode, place)
        async with joined(self._sessions) as session:
            await self._counsellor(session, counsellor_id)
            repo = AppointmentRepository(session)
            for extra in await repo.exceptions(counsellor_id, day, day):
                if not extra.off and (extra.start_time, extra.end_time) == (start, end):
                    if _row_terms(extra) == terms:
                        return extra  # the same extra hours again: nothing to add
            return await repo.add_exception(
                counsellor_id,
                day,
                off=False,
                now=self._clock.now(),
                start=start,
                end=end,
                terms=terms,
            )

    async def remove_hours(self, counsellor_id: int, hours_id: int) -> Availability | None:
        """Remove one row of the counsellor's weekly hours; None when they have no such row.

        Meetings booked in those hours stay booked.
        """
        async with joined(self._sessions) as session:
            await self._counsellor(session, counsellor_id)
            row = await session.get(Availability, hours_id)
            if row is None or row.counsellor_id != counsellor_id:
                return None
            await AppointmentRepository(session).remove_hours(hours_id)
            return row

    async def remove_exception(
        self, counsellor_id: int, exception_id: int
    ) -> AvailabilityException | None:
        """Remove one of the counsellor's days off or extra hours; None when there is none."""
        async with joined(self._sessions) as session:
            await self._counsellor(session, counsellor_id)
            row = await session.get(AvailabilityException, exception_id)
            if row is None or row.counsellor_id != counsellor_id:
                return None
            await AppointmentRepository(session).remove_exception(exception_id)
            return row

    async def calendar(self, counsellor_id: int, since: date | None = None) -> Calendar:
        """A counsellor's weekly hours and the exceptions from ``since`` on."""
        async with self._sessions() as session:
            await self._counsellor(session, counsellor_id)
            repo = AppointmentRepository(session)
            return Calendar(
                await repo.hours(counsellor_id), await repo.exceptions(counsellor_id, since)
            )

    # -- free times --------------------------------------------------------------------

    async def free_slots(
        self,
        learner_id: int,
        *,
        actor_id: int | None,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> list[Slot]:
        """The times the learner can book with their acting counsellor, soonest first.

        A learner sees them within minimum notice and horizon; staff may also book later
        today.

        Raises:
            NotAllowed: the actor may not book for this learner.
            NoCounsellor: the learner has no acting counsellor.
        """
        now = self._clock.now()
        async with self._sessions() as session:
            people = PeopleRepository(session)
            learner = await self._learner(people, learner_id)
            actor = await self._may_act(people, actor_id, learner)
            counsellor = await people.counsellor_of(learner.id)
            if counsellor is None:
                raise NoCounsellor(learner=learner.id)
            rules = self._rules_for(actor, learner)
            first = start or now
            last = end or now + timedelta(days=rules.horizon_days + 2)
            return await self._free(session, counsellor, learner, first, last, now, rules)

    async def _free(
        self,
        session: AsyncSession,
        counsellor: Person,
        learner: Person,
        start: datetime,
        end: datetime,
        now: datetime,
        rules: BookingRules,
        *,
        moving: Appointment | None = None,
    ) -> list[Slot]:
        repo = AppointmentRepository(session)
        zone = ZoneInfo(counsellor.time_zone)
        hours = [weekly(h) for h in await repo.hours(counsellor.id)]
        exceptions = [
            _exception(e, self.defaults)
            for e in await repo.exceptions(
                counsellor.id,
                (start - timedelta(days=1)).astimezone(zone).date(),
                (end + timedelta(days=1)).astimezone(zone).date(),
            )
        ]
        taken = await repo.taken(
            [counsellor.id, learner.id], start - timedelta(days=1), end + timedelta(days=1)
        )
        busy = [Busy(a.starts_at, a.ends_at) for a in taken if moving is None or a.id != moving.id]
        return free_slots(
            hours, exceptions, busy, zone=zone, now=now, start=start, end=end, rules=rules
        )

    def _rules_for(self, actor: Person | None, learner: Person) -> BookingRules:
        if actor is not None and actor.id == learner.id:
            return self.rules
        # Staff may book a learner in later today (not in the past).
        return BookingRules(notice_days=0, horizon_days=self.rules.horizon_days)

    async def _slot(
        self,
        session: AsyncSession,
        counsellor: Person,
        learner: Person,
        starts_at: datetime,
        now: datetime,
        rules: BookingRules,
        *,
        moving: Appointment | None = None,
    ) -> Slot:
        zone = ZoneInfo(counsellor.time_zone)
        end = starts_at + timedelta(minutes=1)
        found = await self._free(
            session, counsellor, learner, starts_at, end, now, rules, moving=moving
        )
        if found and found[0].starts_at == starts_at:
            return found[0]
        day = starts_at.astimezone(zone).date()
        repo = AppointmentRepository(session)
        hours = [weekly(h) for h in await repo.hours(counsellor.id)]
        exceptions = [
            _exception(e, self.defaults) for e in await repo.exceptions(counsellor.id, day, day)
        ]
        offered = any(s.starts_at == starts_at for s in slots_of_day(day, hours, exceptions, zone))
        earliest, last_day = bookable_window(now, zone, rules)
        if not offered or starts_at < earliest or day > last_day:
            raise SlotUnavailable(starts_at=starts_at.isoformat())
        raise SlotTaken(starts_at=starts_at.isoformat())

    # -- booking -----------------------------------------------------------------------

    async def book(
        self, learner_id: int, starts_at: datetime, *, actor_id: int | None
    ) -> Appointment:
        """Book the learner with their acting counsellor at ``starts_at`` (a free slot).

        Both sides other than the actor are told through the outbox.

        Args:
            learner_id: whose appointment.
            starts_at: the slot's start (aware).
            actor_id: the learner, their acting counsellor, or None (command line).

        Returns:
            The booked appointment.

        Raises:
            SlotTaken: someone booked that time first (or the learner is busy then).
            SlotUnavailable: not a slot on offer (not in the hours, past, too soon, too far).
            NoCounsellor: the learner has no acting counsellor.
            NotAllowed: the actor may not book for this learner.
        """
        now = self._clock.now()
        try:
            async with transaction(self._sessions) as session:
                # First statement: the lock (on SQLite, the database's write lock).
                await lock_calendars(session, learner_id)
                people = PeopleRepository(session)
                learner = await self._learner(people, learner_id)
                actor = await self._may_act(people, actor_id, learner)
                counsellor = await people.counsellor_of(learner.id)
                if counsellor is None:
                    raise NoCounsellor(learner=learner.id)
                await lock_calendars(session, counsellor.id)
                rules = self._rules_for(actor, learner)
                slot = await self._slot(session, counsellor, learner, starts_at, now, rules)
                appointment = await AppointmentRepository(session).add(
                    NewAppointment(
                        learner_id=learner.id,
                        counsellor_id=counsellor.id,
                        starts_at=slot.starts_at,
                        ends_at=slot.ends_at,
                        mode=slot.mode,
                        place=slot.place,
                        booked_by_id=actor.id if actor else None,
                    ),
                    now,
                )
                await self._tell(session, "booked", appointment, learner, counsellor, actor, now)
                await self._schedule(session, appointment, learner, counsellor, now)
                return appointment
        except IntegrityError:
            # The unique indexes: another transaction booked this start first.
            raise SlotTaken(starts_at=starts_at.isoformat()) from None

    async def move(
        self, appointment_id: int, starts_at: datetime, *, actor_id: int | None
    ) -> Appointment:
        """Move a booked appointment to another free slot, in one transaction.

        The old time is freed and the new one taken together; the appointment keeps its
        id (and so its iCalendar UID) and its SEQUENCE grows by one. The same time again
        changes nothing.

        Raises:
            SlotTaken, SlotUnavailable: as for :meth:`book`.
            NoSuchAppointment: no such appointment.
            AppointmentClosed: it is no longer booked.
            NotAllowed: the actor may not change this learner's appointments.
        """
        now = self._clock.now()
        try:
            async with transaction(self._sessions) as session:
                appointment, learner, counsellor, actor = await self._open(
                    session, appointment_id, actor_id
                )
                if appointment.starts_at == starts_at:
                    return appointment
                rules = self._rules_for(actor, learner)
                slot = await self._slot(
                    session, counsellor, learner, starts_at, now, rules, moving=appointment
                )
                previous = appointment.starts_at
                appointment.mode, appointment.place = slot.mode, slot.place
                await AppointmentRepository(session).move(
                    appointment, slot.starts_at, slot.ends_at, now
                )
                await self._tell(
                    session, "moved", appointment, learner, counsellor, actor, now, previous
                )
                await reminders.unschedule(session, appointment.id)
                await self._schedule(session, appointment, learner, counsellor, now)
                return appointment
        except IntegrityError:
            raise SlotTaken(starts_at=starts_at.isoformat()) from None

    async def cancel(
        self, appointment_id: int, reason: CancelReason, *, actor_id: int | None
    ) -> Appointment:
        """Cancel a booked appointment with a reason code; the other side is told.

        The learner also gets a cancelling calendar file when they got the booking's
        (see :func:`reminders.send_cancellation`). Cancelling a cancelled appointment
        again changes nothing.

        Raises:
            NoSuchAppointment: no such appointment.
            AppointmentClosed: it was already marked met or missed.
            NotAllowed: the actor may not change this learner's appointments.
        """
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            appointment, learner, counsellor, actor = await self._open(
                session, appointment_id, actor_id, closed_ok=True
            )
            if appointment.status is AppointmentStatus.CANCELLED:
                return appointment
            if appointment.status is not AppointmentStatus.BOOKED:
                raise AppointmentClosed(appointment=appointment.id)
            await AppointmentRepository(session).cancel(appointment, reason, now)
            await self._tell(session, "cancelled", appointment, learner, counsellor, actor, now)
            await reminders.unschedule(session, appointment.id)
            await reminders.send_cancellation(session, self._outbox, appointment, learner, now)
            return appointment

    async def mark(
        self, appointment_id: int, outcome: AppointmentStatus, *, actor_id: int | None
    ) -> Appointment:
        """Record after the meeting whether the learner came (met) or not (no-show).

        A no-show records a ``missed_meeting`` signal for the motivation work; correcting
        it to "met" removes that signal again. Marking the same outcome twice changes
        nothing.

        Raises:
            ValueError: ``outcome`` is neither met nor no-show.
            TooEarlyToMark: the meeting has not started yet.
            AppointmentClosed: the appointment was cancelled.
            NotAllowed: the actor is not the learner's (or the meeting's) counsellor.
        """
        if outcome not in (AppointmentStatus.MET, AppointmentStatus.NO_SHOW):
            raise ValueError(f"not an outcome: {outcome}")
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            appointment, _learner, _counsellor, _actor = await self._open(
                session, appointment_id, actor_id, closed_ok=True, staff_only=True
            )
            if appointment.status is outcome:
                return appointment
            if appointment.status is AppointmentStatus.CANCELLED:
                raise AppointmentClosed(appointment=appointment.id)
            if now < appointment.starts_at:
                raise TooEarlyToMark(appointment=appointment.id)
            await AppointmentRepository(session).mark(appointment, outcome, now)
            await reminders.unschedule(session, appointment.id)
            signal_ref = f"appointment:{appointment.id}"
            if outcome is AppointmentStatus.NO_SHOW:
                session.add(
                    Signal(
                        person_id=appointment.learner_id,
                        kind=MISSED_MEETING,
                        at=appointment.starts_at,
                        ref=signal_ref,
                    )
                )
                if self.evaluate is not None:
                    await session.flush()
                    await self.evaluate(session, appointment.learner_id, now)
            else:
                await session.execute(
                    delete(Signal).where(
                        Signal.person_id == appointment.learner_id,
                        Signal.kind == MISSED_MEETING,
                        Signal.ref == signal_ref,
                    )
                )
            await session.flush()
            return appointment

    async def not_coming(self, appointment_id: int, *, actor_id: int) -> Appointment:
        """The learner says they cannot come: their counsellor is told (once per time).

        Raises:
            NoSuchAppointment: no such appointment.
            AppointmentClosed: it is no longer booked.
            NotAllowed: the actor is not the appointment's learner.
        """
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            appointment, learner, counsellor, actor = await self._open(
                session, appointment_id, actor_id
            )
            if actor is None or actor.id != learner.id:
                raise NotAllowed(actor=actor_id)
            await self._outbox.enqueue(
                session,
                key=f"appt-not-coming:{appointment.id}:{appointment.sequence}",
                to=counsellor,
                reply=Reply(
                    "appointment-not-coming-counsellor",
                    {"learner": learner.display_name, "when": appointment.starts_at},
                ),
                kind="notice",
                now=now,
                about=learner,
            )
            return appointment

    async def _schedule(
        self,
        session: AsyncSession,
        appointment: Appointment,
        learner: Person,
        counsellor: Person,
        now: datetime,
    ) -> None:
        how: dict[str, Arg] = {
            "mode": mode_phrase(appointment.mode),
            "place": place_arg(appointment),
        }
        await reminders.schedule(
            session, self._outbox, appointment, learner, counsellor, now, self._quiet_hours, how
        )

    # -- reading -----------------------------------------------------------------------

    async def upcoming(self, learner_id: int) -> list[Appointment]:
        """The learner's booked appointments that have not ended, soonest first."""
        async with self._sessions() as session:
            return await AppointmentRepository(session).for_learner(
                learner_id, since=self._clock.now()
            )

    async def upcoming_for_counsellor(self, counsellor_id: int) -> list[Appointment]:
        """The counsellor's booked appointments that have not ended, soonest first."""
        async with self._sessions() as session:
            return await AppointmentRepository(session).for_counsellor(
                counsellor_id, since=self._clock.now()
            )

    async def get(self, appointment_id: int, *, actor_id: int | None) -> Appointment:
        """One appointment, if the actor may see it.

        Raises:
            NoSuchAppointment: none, or not one the actor may see.
        """
        async with self._sessions() as session:
            appointment = await AppointmentRepository(session).get(appointment_id)
            if appointment is None or not await self._may_see(session, actor_id, appointment):
                raise NoSuchAppointment(appointment=appointment_id)
            return appointment

    async def listing(
        self,
        *,
        actor_id: int | None,
        counsellor_id: int | None = None,
        learner_id: int | None = None,
        statuses: Sequence[AppointmentStatus] | None = None,
        since: datetime | None = None,
    ) -> list[Appointment]:
        """Appointments by start, as the actor may see them.

        Coordinators and the command line see all; a counsellor those they hold and those
        of learners they follow; a learner their own.
        """
        async with self._sessions() as session:
            found = await AppointmentRepository(session).listing(
                counsellor_id=counsellor_id,
                learner_id=learner_id,
                statuses=statuses,
                since=since,
            )
            return [a for a in found if await self._may_see(session, actor_id, a)]

    async def calendar_file(self, appointment_id: int, *, actor_id: int | None) -> bytes:
        """The appointment's .ics file, titled in the learner's language.

        Raises:
            NoSuchAppointment: none, or not one the actor may see.
        """
        async with self._sessions() as session:
            appointment = await AppointmentRepository(session).get(appointment_id)
            if appointment is None or not await self._may_see(session, actor_id, appointment):
                raise NoSuchAppointment(appointment=appointment_id)
            people = PeopleRepository(session)
            learner = await people.get(appointment.learner_id)
            counsellor = await people.get(appointment.counsellor_id)
            assert learner is not None and counsellor is not None
        summary = self._plain(
            learner, "appointment-ics-summary", {"counsellor": counsellor.display_name}
        )
        how = self._plain(
            learner,
            "appointment-how",
            {"mode": mode_phrase(appointment.mode), "place": place_arg(appointment)},
        )
        return ics.calendar_file(
            appointment, summary=summary, description=how, stamp=appointment.updated_at
        )

    async def attachment(self, spec: dict[str, Any]) -> Attachment | None:
        """The outbox's ``document`` of a booking: the appointment's .ics, made now.

        None when the appointment is gone (erased with its learner).
        """
        try:
            content = await self.calendar_file(int(spec["appointment"]), actor_id=None)
        except NoSuchAppointment:
            return None
        return Attachment(ics.FILENAME, content)

    def _plain(self, person: Person, key: str, args: dict[str, str | Phrase]) -> str:
        text = self._translator.text(person.language, key, args, person.time_zone)
        # The translator makes Telegram HTML; a calendar file wants plain text.
        return html.unescape(_TAGS.sub("", text)).replace("\u2068", "").replace("\u2069", "")

    # -- shared ------------------------------------------------------------------------

    async def _counsellor(self, session: AsyncSession, counsellor_id: int) -> Person:
        counsellor = await PeopleRepository(session).get(counsellor_id)
        if counsellor is None or counsellor.role is not Role.COUNSELLOR:
            raise AppointmentError(f"no counsellor with id {counsellor_id}")
        return counsellor

    async def _learner(self, people: PeopleRepository, learner_id: int) -> Person:
        learner = await people.get(learner_id)
        if learner is None or learner.role is not Role.LEARNER or not learner.active:
            raise AppointmentError(f"no learner with id {learner_id}")
        return learner

    async def _may_act(
        self,
        people: PeopleRepository,
        actor_id: int | None,
        learner: Person,
        *,
        staff_only: bool = False,
        counsellor_id: int | None = None,
    ) -> Person | None:
        """The actor, when they may change the learner's appointments.

        The learner themself (unless ``staff_only``) or their acting counsellor (or the
        appointment's own counsellor, ``counsellor_id``); None is the command line.
        """
        if actor_id is None:
            return None
        actor = await people.get(actor_id)
        if actor is None or not actor.active:
            raise NotAllowed(actor=actor_id)
        if actor.id == learner.id and not staff_only:
            return actor
        if actor.role is Role.COUNSELLOR:
            acting = await people.counsellor_of(learner.id)
            if (acting is not None and acting.id == actor.id) or actor.id == counsellor_id:
                return actor
        raise NotAllowed(role=actor.role.value)

    async def _may_see(
        self, session: AsyncSession, actor_id: int | None, appointment: Appointment
    ) -> bool:
        if actor_id is None:
            return True
        actor = await PeopleRepository(session).get(actor_id)
        if actor is None or not actor.active:
            return False
        if actor.role is Role.COORDINATOR:
            return True
        if actor.id in (appointment.learner_id, appointment.counsellor_id):
            return True
        return actor.role is Role.COUNSELLOR and await PeopleRepository(session).follows(
            actor.id, appointment.learner_id
        )

    async def _open(
        self,
        session: AsyncSession,
        appointment_id: int,
        actor_id: int | None,
        *,
        closed_ok: bool = False,
        staff_only: bool = False,
    ) -> tuple[Appointment, Person, Person, Person | None]:
        """Lock and load an appointment, its people and the actor, checking the actor."""
        # First statement: the lock (on SQLite, the database's write lock); then the
        # people, learner first, as a booking does.
        await _lock_appointment(session, appointment_id)
        appointment = await AppointmentRepository(session).get(appointment_id)
        if appointment is None:
            raise NoSuchAppointment(appointment=appointment_id)
        await lock_calendars(session, appointment.learner_id)
        await lock_calendars(session, appointment.counsellor_id)
        appointment = await AppointmentRepository(session).get(appointment_id)
        assert appointment is not None
        people = PeopleRepository(session)
        learner = await people.get(appointment.learner_id)
        counsellor = await people.get(appointment.counsellor_id)
        assert learner is not None and counsellor is not None
        actor = await self._may_act(
            people,
            actor_id,
            learner,
            staff_only=staff_only,
            counsellor_id=appointment.counsellor_id,
        )
        if not closed_ok and appointment.status is not AppointmentStatus.BOOKED:
            raise AppointmentClosed(appointment=appointment.id)
        return appointment, learner, counsellor, actor

    async def _tell(
        self,
        session: AsyncSession,
        event: str,
        appointment: Appointment,
        learner: Person,
        counsellor: Person,
        actor: Person | None,
        now: datetime,
        previous: datetime | None = None,
    ) -> None:
        """Queue the notice of ``event`` to each side that did not act themself."""
        args: dict[str, Arg] = {
            "when": appointment.starts_at,
            "mode": mode_phrase(appointment.mode),
            "place": place_arg(appointment),
        }
        if previous is not None:
            args["previous"] = previous
        if event == "cancelled":
            args["reason"] = reason_phrase(appointment.cancel_reason)
        sides: list[tuple[Person, Role, dict[str, Arg]]] = [
            (learner, Role.LEARNER, {"counsellor": counsellor.display_name}),
            (counsellor, Role.COUNSELLOR, {"learner": learner.display_name}),
        ]
        for person, role, other in sides:
            if actor is not None and actor.id == person.id:
                continue
            await self._outbox.enqueue(
                session,
                key=f"appt-{event}:{appointment.id}:{appointment.sequence}:{role.value}",
                to=person,
                reply=Reply(_NOTICES[(event, role)], {**args, **other}),
                kind="notice",
                now=now,
                about=learner if role is Role.COUNSELLOR else None,
            )


async def _lock_appointment(session: AsyncSession, appointment_id: int) -> None:
    """Hold the appointment row until the transaction ends (see ``lock_calendars``)."""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(
            select(Appointment.id).where(Appointment.id == appointment_id).with_for_update()
        )
        return
    await session.execute(
        update(Appointment)
        .where(Appointment.id == appointment_id)
        .values(sequence=Appointment.sequence)
        .execution_options(synchronize_session=False)
    )


def _row_terms(row: Availability | AvailabilityException) -> MeetingTerms | None:
    """The meeting terms a row was saved with (None for a row without them)."""
    if row.length_minutes is None or row.buffer_minutes is None or row.mode is None:
        return None
    return MeetingTerms(row.length_minutes, row.buffer_minutes, row.mode, row.place)


def _exception(row: AvailabilityException, defaults: MeetingDefaults) -> DayException:
    return DayException(
        day=row.day,
        off=row.off,
        start=row.start_time,
        end=row.end_time,
        length=row.length_minutes or defaults.length,
        buffer=row.buffer_minutes if row.buffer_minutes is not None else defaults.buffer,
        mode=row.mode or defaults.mode,
        place=row.place,
    )


def _check_window(start: time, end: time, length: int, buffer: int) -> None:
    if not 5 <= length <= 480:
        raise AppointmentError("a meeting lasts 5 to 480 minutes")
    if not 0 <= buffer <= 240:
        raise AppointmentError("a buffer is 0 to 240 minutes")
    minutes = (end.hour * 60 + end.minute or 24 * 60) - (start.hour * 60 + start.minute)
    if minutes < length:
        raise AppointmentError("the hours end before a meeting would")
