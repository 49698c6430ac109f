"""Signals, check-ins and escalations (the motivation work), in the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import (
    Appointment,
    AppointmentStatus,
    AuditEntry,
    CheckIn,
    Escalation,
    EscalationKind,
    EscalationStatus,
    OutboxMessage,
    OutboxStatus,
    Person,
    PlanStep,
    Role,
    Signal,
    StepStatus,
)


@dataclass(frozen=True, slots=True)
class MotivationCounts:
    """How many answered check-ins, signals and escalations a learner has (``/mydata``)."""

    check_ins: int
    signals: int
    escalations: int


@dataclass(frozen=True, slots=True)
class CheckInRhythm:
    """What decides when a learner's next check-in is due: their chosen day and hour (or
    none), their zone, when they joined and when they were last asked."""

    learner_id: int
    time_zone: str
    check_in_weekday: int | None
    check_in_hour: int | None
    created_at: datetime
    last_asked_at: datetime | None


class MotivationRepository:
    """Reads and writes the motivation tables within the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- signals -------------------------------------------------------------------------

    async def add_signal(
        self,
        learner_id: int,
        kind: str,
        *,
        at: datetime,
        weight: float | None,
        evidence: dict[str, Any] | None = None,
        ref: str | None = None,
    ) -> Signal | None:
        """Record a signal; with a ``ref``, only once per learner, kind and ref.

        Returns:
            The new signal, or None when one with the same ref was there already.
        """
        if ref is not None and await self.has_signal(learner_id, kind, ref):
            return None
        signal = Signal(
            person_id=learner_id, kind=kind, at=at, ref=ref, weight=weight, evidence=evidence
        )
        self._session.add(signal)
        await self._session.flush()
        return signal

    async def has_signal(self, learner_id: int, kind: str, ref: str) -> bool:
        """Whether the learner has a signal of ``kind`` with ``ref``."""
        found = await self._session.execute(
            select(Signal.id).where(
                Signal.person_id == learner_id, Signal.kind == kind, Signal.ref == ref
            )
        )
        return found.first() is not None

    async def signals(self, learner_id: int, since: datetime | None = None) -> list[Signal]:
        """The learner's signals, oldest first (from ``since`` if given)."""
        query = select(Signal).where(Signal.person_id == learner_id)
        if since is not None:
            query = query.where(Signal.at >= since)
        result = await self._session.execute(query.order_by(Signal.at, Signal.id))
        return list(result.scalars())

    # -- check-ins ------------------------------------------------------------------------

    async def ask_check_in(self, learner_id: int, now: datetime) -> CheckIn:
        """Record that a check-in was asked."""
        check_in = CheckIn(
            learner_id=learner_id,
            asked_at=now,
            answered_at=None,
            mood=None,
            hardest=[],
            note_present=False,
        )
        self._session.add(check_in)
        await self._session.flush()
        return check_in

    async def check_in(self, check_in_id: int) -> CheckIn | None:
        """One check-in."""
        return await self._session.get(CheckIn, check_in_id)

    async def counts(self, learner_id: int) -> MotivationCounts:
        """How many answered check-ins, signals and escalations the learner has."""

        async def count(query: Any) -> int:
            return int((await self._session.execute(query)).scalar_one())

        return MotivationCounts(
            check_ins=await count(
                select(func.count())
                .select_from(CheckIn)
                .where(CheckIn.learner_id == learner_id, CheckIn.answered_at.is_not(None))
            ),
            signals=await count(
                select(func.count()).select_from(Signal).where(Signal.person_id == learner_id)
            ),
            escalations=await count(
                select(func.count())
                .select_from(Escalation)
                .where(Escalation.learner_id == learner_id)
            ),
        )

    async def check_in_rhythms(self, *, after_id: int, limit: int) -> list[CheckInRhythm]:
        """Active learners with ids above ``after_id``, in id order, at most ``limit``: what
        decides when each one's next check-in is due, in one query (the newest check-in
        comes from the ``(learner_id, asked_at)`` index)."""
        last_asked = (
            select(func.max(CheckIn.asked_at))
            .where(CheckIn.learner_id == Person.id)
            .correlate(Person)
            .scalar_subquery()
        )
        result = await self._session.execute(
            select(
                Person.id,
                Person.time_zone,
                Person.check_in_weekday,
                Person.check_in_hour,
                Person.created_at,
                last_asked,
            )
            .where(Person.role == Role.LEARNER, Person.active.is_(True), Person.id > after_id)
            .order_by(Person.id)
            .limit(limit)
        )
        return [CheckInRhythm(*row) for row in result.all()]

    async def latest_check_in(self, learner_id: int) -> CheckIn | None:
        """The learner's newest check-in, answered or not."""
        result = await self._session.execute(
            select(CheckIn)
            .where(CheckIn.learner_id == learner_id)
            .order_by(CheckIn.asked_at.desc(), CheckIn.id.desc())
            .limit(1)
        )
        return result.scalar_one_or_none()

    async def open_check_in(self, learner_id: int) -> CheckIn | None:
        """The learner's newest check-in, if it is still unanswered."""
        result = await self._session.execute(
            select(CheckIn)
            .where(CheckIn.learner_id == learner_id)
            .order_by(CheckIn.asked_at.desc(), CheckIn.id.desc())
            .limit(1)
        )
        newest = result.scalar_one_or_none()
        return newest if newest is not None and newest.answered_at is None else None

    async def answer_check_in(
        self,
        check_in: CheckIn,
        *,
        mood: int,
        hardest: Sequence[str],
        note_present: bool,
        now: datetime,
    ) -> None:
        """Store the answer of a check-in."""
        check_in.mood = mood
        check_in.hardest = list(hardest)
        check_in.note_present = note_present
        check_in.answered_at = now
        await self._session.flush()

    async def recent_moods(self, learner_id: int, limit: int, *, exclude: int) -> list[int]:
        """The learner's latest answered moods, newest first (without check-in ``exclude``)."""
        result = await self._session.execute(
            select(CheckIn.mood)
            .where(
                CheckIn.learner_id == learner_id,
                CheckIn.mood.is_not(None),
                CheckIn.id != exclude,
            )
            .order_by(CheckIn.answered_at.desc(), CheckIn.id.desc())
            .limit(limit)
        )
        return [int(m) for m in result.scalars() if m is not None]

    async def check_ins(self, learner_id: int, *, since: datetime | None = None) -> list[CheckIn]:
        """The learner's check-ins (asked at or after ``since``), oldest first."""
        query = select(CheckIn).where(CheckIn.learner_id == learner_id)
        if since is not None:
            query = query.where(CheckIn.asked_at >= since)
        result = await self._session.execute(query.order_by(CheckIn.asked_at, CheckIn.id))
        return list(result.scalars())

    async def last_good_mood(self, learner_id: int, good: int) -> datetime | None:
        """When the learner last answered a check-in with a mood of ``good`` or more."""
        result = await self._session.execute(
            select(CheckIn.answered_at)
            .where(
                CheckIn.learner_id == learner_id,
                CheckIn.mood >= good,
                CheckIn.answered_at.is_not(None),
            )
            .order_by(CheckIn.answered_at.desc())
            .limit(1)
        )
        return result.scalar_one_or_none()

    async def unanswered_in_a_row(
        self, learner_id: int, asked_before: datetime, *, since: datetime | None = None
    ) -> int:
        """Check-ins asked before ``asked_before`` and left unanswered since the last answer
        (and, given ``since``, asked after it: the learner's last contact of any kind)."""
        last_answer = (
            await self._session.execute(
                select(func.max(CheckIn.asked_at)).where(
                    CheckIn.learner_id == learner_id, CheckIn.answered_at.is_not(None)
                )
            )
        ).scalar_one_or_none()
        query = select(func.count()).where(
            CheckIn.learner_id == learner_id,
            CheckIn.answered_at.is_(None),
            CheckIn.asked_at < asked_before,
        )
        if last_answer is not None:
            query = query.where(CheckIn.asked_at > last_answer)
        if since is not None:
            query = query.where(CheckIn.asked_at > since)
        return int((await self._session.execute(query)).scalar_one())

    async def reminders_sent_since(self, learner_id: int, since: datetime) -> int:
        """Reminders sent to the learner after ``since`` (their last contact)."""
        result = await self._session.execute(
            select(func.count()).where(
                OutboxMessage.person_id == learner_id,
                OutboxMessage.kind == "reminder",
                OutboxMessage.status == OutboxStatus.SENT,
                OutboxMessage.sent_at > since,
            )
        )
        return int(result.scalar_one())

    # -- plan and meetings, for signals and notices --------------------------------------

    async def overdue_steps(self, learner_id: int, due_before: datetime) -> list[PlanStep]:
        """The learner's steps still to do whose due moment is before ``due_before``."""
        result = await self._session.execute(
            select(PlanStep)
            .where(
                PlanStep.learner_id == learner_id,
                PlanStep.status == StepStatus.TODO,
                PlanStep.due_at.is_not(None),
                PlanStep.due_at < due_before,
            )
            .order_by(PlanStep.due_at)
        )
        return list(result.scalars())

    async def next_step(self, learner_id: int) -> PlanStep | None:
        """The first step of the plan still to do."""
        result = await self._session.execute(
            select(PlanStep)
            .where(PlanStep.learner_id == learner_id, PlanStep.status == StepStatus.TODO)
            .order_by(PlanStep.position, PlanStep.id)
            .limit(1)
        )
        return result.scalar_one_or_none()

    async def next_meeting(self, learner_id: int, now: datetime) -> Appointment | None:
        """The learner's next booked meeting."""
        result = await self._session.execute(
            select(Appointment)
            .where(
                Appointment.learner_id == learner_id,
                Appointment.status == AppointmentStatus.BOOKED,
                Appointment.starts_at > now,
            )
            .order_by(Appointment.starts_at)
            .limit(1)
        )
        return result.scalar_one_or_none()

    # -- escalations ----------------------------------------------------------------------

    async def add_escalation(
        self,
        learner_id: int,
        *,
        counsellor_id: int | None,
        kind: EscalationKind,
        score: float,
        reasons: list[dict[str, Any]],
        now: datetime,
    ) -> Escalation:
        """Open an escalation and flush, so its id is known."""
        escalation = Escalation(
            learner_id=learner_id,
            counsellor_id=counsellor_id,
            kind=kind,
            score=score,
            reasons=reasons,
            status=EscalationStatus.OPEN,
            created_at=now,
        )
        self._session.add(escalation)
        await self._session.flush()
        return escalation

    async def escalation(
        self, escalation_id: int, *, for_update: bool = False
    ) -> Escalation | None:
        """One escalation (row-locked on PostgreSQL with ``for_update``)."""
        query = select(Escalation).where(Escalation.id == escalation_id)
        if for_update:
            query = query.with_for_update()
        return (await self._session.execute(query)).scalar_one_or_none()

    async def last_escalation(
        self,
        learner_id: int,
        kind: EscalationKind | None = None,
        since: datetime | None = None,
    ) -> Escalation | None:
        """The learner's newest escalation (of ``kind``; created at or after ``since``)."""
        query = select(Escalation).where(Escalation.learner_id == learner_id)
        if kind is not None:
            query = query.where(Escalation.kind == kind)
        if since is not None:
            query = query.where(Escalation.created_at >= since)
        result = await self._session.execute(
            query.order_by(Escalation.created_at.desc(), Escalation.id.desc()).limit(1)
        )
        return result.scalar_one_or_none()

    async def escalations(
        self,
        *,
        open_only: bool = False,
        learner_id: int | None = None,
        counsellor_id: int | None = None,
    ) -> list[Escalation]:
        """Escalations, newest first."""
        query = select(Escalation)
        if open_only:
            query = query.where(Escalation.status == EscalationStatus.OPEN)
        if learner_id is not None:
            query = query.where(Escalation.learner_id == learner_id)
        if counsellor_id is not None:
            query = query.where(Escalation.counsellor_id == counsellor_id)
        result = await self._session.execute(
            query.order_by(Escalation.created_at.desc(), Escalation.id.desc())
        )
        return list(result.scalars())

    async def unanswered_crises(self, since: datetime, until: datetime) -> list[Signal]:
        """Crisis signals recorded from ``since`` to ``until`` that are still unanswered:
        no crisis escalation of that learner since (the learner said "yes", or an earlier
        one was escalated) and no "I am safe" (audit ``crisis_declined``) since. Oldest
        first."""
        signals = (
            await self._session.execute(
                select(Signal)
                .where(Signal.kind == "crisis", Signal.at >= since, Signal.at <= until)
                .order_by(Signal.at, Signal.id)
            )
        ).scalars()
        found = []
        for signal in signals:
            escalated = await self._session.execute(
                select(func.count()).where(
                    Escalation.learner_id == signal.person_id,
                    Escalation.kind == EscalationKind.CRISIS,
                    Escalation.created_at >= signal.at,
                )
            )
            declined = await self._session.execute(
                select(func.count()).where(
                    AuditEntry.subject_id == signal.person_id,
                    AuditEntry.action == "crisis_declined",
                    AuditEntry.at >= signal.at,
                )
            )
            if not escalated.scalar_one() and not declined.scalar_one():
                found.append(signal)
        return found

    async def unacknowledged(self) -> list[Escalation]:
        """Open escalations nobody acknowledged and not yet with the coordinators."""
        result = await self._session.execute(
            select(Escalation)
            .where(
                Escalation.status == EscalationStatus.OPEN,
                Escalation.acknowledged_at.is_(None),
                Escalation.escalated_to_coordinators_at.is_(None),
            )
            .order_by(Escalation.created_at, Escalation.id)
        )
        return list(result.scalars())

    async def set_status(
        self,
        escalation: Escalation,
        status: EscalationStatus,
        *,
        by: int | None,
        now: datetime,
    ) -> None:
        """Acknowledge, mark not needed or close an escalation."""
        escalation.status = status
        if status in (EscalationStatus.ACKNOWLEDGED, EscalationStatus.NOT_NEEDED):
            escalation.acknowledged_at = escalation.acknowledged_at or now
            escalation.acknowledged_by = escalation.acknowledged_by or by
        await self._session.flush()
