"""Appointments and counsellors' availability, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, time
from typing import TypeVar

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import (
    Appointment,
    AppointmentStatus,
    Availability,
    AvailabilityException,
    CancelReason,
    MeetingMode,
    Person,
)

_Row = TypeVar("_Row", Availability, AvailabilityException)


@dataclass(frozen=True)
class NewAppointment:
    """An appointment to book, in plain values (UTC times)."""

    learner_id: int
    counsellor_id: int
    starts_at: datetime
    ends_at: datetime
    mode: MeetingMode
    place: str | None
    booked_by_id: int | None


@dataclass(frozen=True)
class MeetingTerms:
    """How the meetings of some hours go: minutes each and between, mode, place."""

    length_minutes: int
    buffer_minutes: int
    mode: MeetingMode
    place: str | None = None


async def lock_calendars(session: AsyncSession, person_id: int) -> None:
    """Hold ``person_id``'s calendar until the transaction ends (both backends).

    Booking reads the free times and then writes; two bookings that overlap without
    sharing a start (the grid changed between them) would both pass the unique indexes,
    so bookings for one person take turns. On PostgreSQL this is a ``FOR NO KEY UPDATE``
    row lock on the person (it does not block foreign-key checks of other rows). On
    SQLite the statement is a harmless write: the transaction takes the database's one
    write lock at once (waiting for it with the busy timeout) instead of reading first
    and failing with "database is locked" when another writer committed meanwhile.

    Call it first in a booking transaction; lock a learner before their counsellor, so
    that two transactions never wait for each other in a circle.
    """
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(
            select(Person.id).where(Person.id == person_id).with_for_update(key_share=True)
        )
        return
    await session.execute(
        update(Person)
        .where(Person.id == person_id)
        .values(active=Person.active)
        .execution_options(synchronize_session=False)
    )


class AppointmentRepository:
    """Reads and writes appointments and availability within the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- appointments ------------------------------------------------------------------

    async def add(self, new: NewAppointment, now: datetime) -> Appointment:
        """Book an appointment.

        Raises:
            sqlalchemy.exc.IntegrityError: the counsellor or the learner already has a
                booked appointment starting then (the partial unique indexes).
        """
        appointment = Appointment(
            learner_id=new.learner_id,
            counsellor_id=new.counsellor_id,
            starts_at=new.starts_at,
            ends_at=new.ends_at,
            mode=new.mode,
            place=new.place,
            status=AppointmentStatus.BOOKED,
            sequence=0,
            cancel_reason=None,
            booked_by_id=new.booked_by_id,
            created_at=now,
            updated_at=now,
        )
        self._session.add(appointment)
        await self._session.flush()
        return appointment

    async def get(self, appointment_id: int) -> Appointment | None:
        """The appointment with this id, read afresh (another transaction may have moved it)."""
        result = await self._session.execute(
            select(Appointment)
            .where(Appointment.id == appointment_id)
            .execution_options(populate_existing=True)
        )
        return result.scalar_one_or_none()

    async def listing(
        self,
        *,
        counsellor_id: int | None = None,
        learner_id: int | None = None,
        statuses: Sequence[AppointmentStatus] | None = None,
        since: datetime | None = None,
    ) -> list[Appointment]:
        """Appointments by start time, optionally of one counsellor, learner or status."""
        query = select(Appointment).order_by(Appointment.starts_at, Appointment.id)
        if counsellor_id is not None:
            query = query.where(Appointment.counsellor_id == counsellor_id)
        if learner_id is not None:
            query = query.where(Appointment.learner_id == learner_id)
        if statuses is not None:
            query = query.where(Appointment.status.in_(list(statuses)))
        if since is not None:
            query = query.where(Appointment.ends_at > since)
        return list((await self._session.execute(query)).scalars())

    async def for_learner(
        self, learner_id: int, since: datetime | None = None
    ) -> list[Appointment]:
        """The learner's booked appointments (ending after ``since``), soonest first."""
        return await self.listing(
            learner_id=learner_id, statuses=[AppointmentStatus.BOOKED], since=since
        )

    async def for_counsellor(
        self, counsellor_id: int, since: datetime | None = None
    ) -> list[Appointment]:
        """The counsellor's booked appointments (ending after ``since``), soonest first."""
        return await self.listing(
            counsellor_id=counsellor_id, statuses=[AppointmentStatus.BOOKED], since=since
        )

    async def taken(
        self, person_ids: Sequence[int], start: datetime, end: datetime
    ) -> list[Appointment]:
        """Booked appointments of these people (as learner or counsellor) overlapping a range."""
        ids = list(person_ids)
        result = await self._session.execute(
            select(Appointment)
            .where(
                Appointment.status == AppointmentStatus.BOOKED,
                or_(Appointment.counsellor_id.in_(ids), Appointment.learner_id.in_(ids)),
                Appointment.starts_at < end,
                Appointment.ends_at > start,
            )
            .order_by(Appointment.starts_at)
            .execution_options(populate_existing=True)
        )
        return list(result.scalars())

    async def cancel(self, appointment: Appointment, reason: CancelReason, now: datetime) -> None:
        """Cancel a booked appointment; its time is free again (SEQUENCE + 1)."""
        appointment.status = AppointmentStatus.CANCELLED
        appointment.cancel_reason = reason
        appointment.sequence += 1
        appointment.updated_at = now
        await self._session.flush()

    async def move(
        self, appointment: Appointment, starts_at: datetime, ends_at: datetime, now: datetime
    ) -> None:
        """Give a booked appointment a new time (SEQUENCE + 1; the UID stays).

        Raises:
            sqlalchemy.exc.IntegrityError: the new time is taken (the unique indexes).
        """
        appointment.starts_at = starts_at
        appointment.ends_at = ends_at
        appointment.sequence += 1
        appointment.updated_at = now
        await self._session.flush()

    async def mark(
        self, appointment: Appointment, status: AppointmentStatus, now: datetime
    ) -> None:
        """Record how a meeting went: met or no-show."""
        appointment.status = status
        appointment.updated_at = now
        await self._session.flush()

    # -- availability ------------------------------------------------------------------

    async def add_hours(
        self,
        counsellor_id: int,
        weekday: int,
        start: time,
        end: time,
        terms: MeetingTerms,
        *,
        now: datetime,
        valid_from: date | None = None,
        valid_until: date | None = None,
    ) -> Availability:
        """Add weekly hours on one weekday (0 = Monday) in the counsellor's local time."""
        hours = Availability(
            counsellor_id=counsellor_id,
            weekday=weekday,
            start_time=start,
            end_time=end,
            valid_from=valid_from,
            valid_until=valid_until,
            created_at=now,
            **asdict(terms),
        )
        return await self._added(hours)

    async def hours(self, counsellor_id: int) -> list[Availability]:
        """The counsellor's weekly hours, by weekday and start."""
        result = await self._session.execute(
            select(Availability)
            .where(Availability.counsellor_id == counsellor_id)
            .order_by(Availability.weekday, Availability.start_time, Availability.id)
        )
        return list(result.scalars())

    async def remove_hours(self, hours_id: int) -> bool:
        """Remove one row of weekly hours; False when there was none."""
        return await self._removed(Availability, hours_id)

    async def add_exception(
        self,
        counsellor_id: int,
        day: date,
        *,
        off: bool,
        now: datetime,
        start: time | None = None,
        end: time | None = None,
        terms: MeetingTerms | None = None,
    ) -> AvailabilityException:
        """Add a day off (``off``, no times: the whole day), hours off, or extra hours.

        Extra hours have their ``terms``; hours off have none.
        """
        exception = AvailabilityException(
            counsellor_id=counsellor_id,
            day=day,
            off=off,
            start_time=start,
            end_time=end,
            created_at=now,
            **(asdict(terms) if terms is not None else {}),
        )
        return await self._added(exception)

    async def exceptions(
        self, counsellor_id: int, first: date | None = None, last: date | None = None
    ) -> list[AvailabilityException]:
        """The counsellor's exceptions between two days (inclusive), by day."""
        query = select(AvailabilityException).where(
            AvailabilityException.counsellor_id == counsellor_id
        )
        if first is not None:
            query = query.where(AvailabilityException.day >= first)
        if last is not None:
            query = query.where(AvailabilityException.day <= last)
        query = query.order_by(AvailabilityException.day, AvailabilityException.id)
        return list((await self._session.execute(query)).scalars())

    async def remove_exception(self, exception_id: int) -> bool:
        """Remove one exception; False when there was none."""
        return await self._removed(AvailabilityException, exception_id)

    async def _added(self, row: _Row) -> _Row:
        self._session.add(row)
        await self._session.flush()
        return row

    async def _removed(
        self, model: type[Availability | AvailabilityException], row_id: int
    ) -> bool:
        found = await self._session.get(model, row_id)
        if found is None:
            return False
        await self._session.delete(found)
        await self._session.flush()
        return True
