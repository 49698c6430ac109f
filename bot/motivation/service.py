"""The motivation service: check-ins and signals in, a transparent score, escalations out.

No chat wording here: notices are built by :mod:`bot.motivation.notices` and queued
through the one outbox in the same transaction as the decision.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.errors import NotAllowed, PolkuError
from bot.motivation import notices
from bot.motivation.config import MotivationConfig, SignalKind
from bot.motivation.phrases import Match, detect_crisis, detect_discouraged
from bot.motivation.score import Observed, Previous, Score, score, should_escalate
from bot.motivation.signals import (
    Asked,
    NewSignal,
    mood_signals,
    overdue_signal,
    silence_signal,
    trend_signal,
    unanswered_signal,
)
from bot.outbox import Outbox, Priority
from bot.quiet_hours import next_allowed
from store.audit import AuditRepository
from store.db import transaction
from store.models import (
    CheckIn,
    Escalation,
    EscalationKind,
    EscalationStatus,
    Person,
    Role,
    Signal,
)
from store.motivation import CheckInRhythm, MotivationRepository
from store.people import PeopleRepository

log = logging.getLogger(__name__)

# What is hardest right now, as the check-in's buttons offer it.
HARDEST = ("language", "money", "health", "family", "childcare", "next_step", "other")
NOTICE = "escalation"
# A crisis question older than this is not escalated late (say, after a long outage):
# it is in /escalations' audit trail, and the learner has been offered 112 since.
UNANSWERED_CRISIS_LOOKBACK_HOURS = 24
CHECK_IN = "check_in"
# Learners whose check-in rhythm the hourly job reads at a time (one query each).
CHECK_IN_BATCH = 1000


class EscalationGone(PolkuError):
    """The escalation does not exist (any more): erased, or a forged button."""

    key = "motivation-escalation-gone"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What recording something led to: the score now, and an escalation if one was made."""

    score: Score | None
    escalation: Escalation | None = None
    created: bool = False


@dataclass(frozen=True, slots=True)
class Screening:
    """What free text held: crisis or discouraged language (ids only), and the outcome."""

    crisis: Match | None
    discouraged: Match | None
    outcome: Outcome | None


@dataclass(frozen=True, slots=True)
class SweepReport:
    """What one sweep did."""

    learners: int
    escalated: int
    to_backup: int
    to_coordinators: int


def next_chosen(after: datetime, weekday: int, hour: int, time_zone: str) -> datetime:
    """The first moment at or after ``after`` that is ``weekday`` (0 Monday) at ``hour``:00
    on the wall clock of ``time_zone`` (a daylight-saving change keeps the hour)."""
    zone = ZoneInfo(time_zone)
    local = after.astimezone(zone)
    day = local.date() + timedelta(days=(weekday - local.weekday()) % 7)
    moment = datetime.combine(day, time(hour), tzinfo=zone)
    if moment < local:
        moment = datetime.combine(day + timedelta(days=7), time(hour), tzinfo=zone)
    return moment.astimezone(after.tzinfo)


def add_working_days(start: datetime, days: int, zone: ZoneInfo) -> datetime:
    """``start`` plus ``days`` working days (Monday to Friday in ``zone``; no holidays)."""
    local = start.astimezone(zone)
    added = 0
    while added < days:
        local += timedelta(days=1)
        if local.weekday() < 5:
            added += 1
    return local.astimezone(start.tzinfo)


class Motivation:
    """Records check-ins and signals, scores learners and escalates to their counsellors."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        outbox: Outbox,
        clock: Clock,
        config: MotivationConfig,
        *,
        time_zone: str = "Europe/Helsinki",
        quiet_hours: tuple[time, time] = (time(21, 0), time(8, 0)),
    ) -> None:
        self._sessions = sessions
        self._quiet_hours = quiet_hours
        self._outbox = outbox
        self._clock = clock
        self.config = config
        self._zone = ZoneInfo(time_zone)

    @property
    def sessions(self) -> async_sessionmaker[AsyncSession]:
        """The database sessions the service works in (for the chat glue)."""
        return self._sessions

    # -- check-ins -------------------------------------------------------------------------

    async def ask_check_in(self, learner_id: int) -> CheckIn:
        """Record that a check-in was asked (the chat phase queues the question with it)."""
        async with transaction(self._sessions) as session:
            return await MotivationRepository(session).ask_check_in(learner_id, self._clock.now())

    async def record_check_in(
        self,
        learner_id: int,
        mood: int,
        *,
        hardest: Sequence[str] = (),
        note_present: bool = False,
    ) -> Outcome:
        """Store a check-in answer (of the open check-in, or an any-time ``/mood``), derive
        its signals and evaluate the learner.

        Raises:
            ValueError: a mood outside 1-5 or an unknown "hardest" code.
        """
        async with transaction(self._sessions) as session:
            outcome, _ = await self.record_check_in_in(
                session, learner_id, mood, hardest=hardest, note_present=note_present
            )
            return outcome

    async def record_check_in_in(
        self,
        session: AsyncSession,
        learner_id: int,
        mood: int,
        *,
        hardest: Sequence[str] = (),
        note_present: bool = False,
    ) -> tuple[Outcome, CheckIn]:
        """:meth:`record_check_in` in the caller's transaction (the check-in dialogue's).

        Returns:
            The outcome, and the check-in the answer was stored in.

        Raises:
            ValueError: a mood outside 1-5 or an unknown "hardest" code.
        """
        if not 1 <= mood <= 5:
            raise ValueError(f"mood must be 1-5, not {mood}")
        unknown = set(hardest) - set(HARDEST)
        if unknown:
            raise ValueError(f"unknown hardest codes: {sorted(unknown)}")
        now = self._clock.now()
        repo = MotivationRepository(session)
        check_in = await repo.open_check_in(learner_id)
        if check_in is None:
            check_in = await repo.ask_check_in(learner_id, now)
        previous = await repo.recent_moods(learner_id, self.config.mood_recent, exclude=check_in.id)
        await repo.answer_check_in(
            check_in, mood=mood, hardest=hardest, note_present=note_present, now=now
        )
        for new in mood_signals(mood, previous, now, self.config, ref=f"check_in:{check_in.id}"):
            await self._add(session, learner_id, new)
        since = now - timedelta(days=self.config.trend_days)
        asked = [_asked(c) for c in await repo.check_ins(learner_id, since=since)]
        trend = trend_signal(asked, now, self.config)
        if trend is not None:
            await self._add(session, learner_id, trend)
        return await self.evaluate_in(session, learner_id, now), check_in

    async def add_check_in_details(
        self,
        session: AsyncSession,
        learner_id: int,
        check_in_id: int,
        *,
        hardest: Sequence[str],
        note_present: bool,
    ) -> CheckIn | None:
        """What is hardest (codes) and whether a line was written, after the mood was stored.

        Raises:
            ValueError: an unknown "hardest" code.
        """
        unknown = set(hardest) - set(HARDEST)
        if unknown:
            raise ValueError(f"unknown hardest codes: {sorted(unknown)}")
        check_in = await MotivationRepository(session).check_in(check_in_id)
        if check_in is None or check_in.learner_id != learner_id:
            return None
        check_in.hardest = list(hardest)
        check_in.note_present = note_present
        await session.flush()
        return check_in

    async def set_check_in_time(
        self, learner_id: int, weekday: int | None, hour: int | None
    ) -> None:
        """When the learner wants the weekly check-in: a weekday (0 Monday ... 6 Sunday)
        and one of ``check_in_hours``, or both None for the default rhythm.

        Raises:
            ValueError: a weekday outside 0-6, an hour not offered, or only one of them.
        """
        if (weekday is None) != (hour is None):
            raise ValueError("a weekday and an hour, or neither")
        if weekday is not None and not 0 <= weekday <= 6:
            raise ValueError(f"weekday must be 0-6, not {weekday}")
        if hour is not None and hour not in self.config.check_in_hours:
            raise ValueError(f"hour {hour} is not offered")
        async with transaction(self._sessions) as session:
            await PeopleRepository(session).set_check_in_time(
                learner_id, weekday=weekday, hour=hour
            )

    def check_in_due(self, learner: Person | CheckInRhythm, since: datetime) -> datetime:
        """When the learner's next check-in is due, the last one having been at ``since``:
        their chosen day and hour at least ``check_in_min_gap_days`` on, or
        ``check_in_interval_days`` on when they chose none."""
        weekday, hour = learner.check_in_weekday, learner.check_in_hour
        if weekday is None or hour is None:
            return since + timedelta(days=self.config.check_in_interval_days)
        earliest = since + timedelta(days=self.config.check_in_min_gap_days)
        return next_chosen(earliest, weekday, hour, learner.time_zone)

    async def ask_due_check_ins(self, *, batch: int = CHECK_IN_BATCH) -> int:
        """Queue the weekly check-in of every learner whose check-in is due (see
        :meth:`check_in_due`: their chosen day and hour, or a week after the last one, asked
        or their own ``/mood``), outside their quiet hours.

        Learners are read ``batch`` at a time, only what decides when each one is due, in
        one query per batch: with 50,000 learners, loading every person and asking for
        each one's last check-in in a transaction of its own took minutes and 100 MiB at
        every run. Only a learner who is due gets a transaction, where it is decided again
        on the rows themselves (they may have answered ``/mood`` meanwhile). The check-in
        row and its outbox row are written together; the outbox key names the check-in,
        so nothing is asked twice.

        Returns:
            How many check-ins were queued.
        """
        now = self._clock.now()
        queued = 0
        after = 0
        while True:
            async with transaction(self._sessions) as session:
                rhythms = await MotivationRepository(session).check_in_rhythms(
                    after_id=after, limit=batch
                )
            if not rhythms:
                return queued
            after = rhythms[-1].learner_id
            for rhythm in rhythms:
                since = rhythm.created_at if rhythm.last_asked_at is None else rhythm.last_asked_at
                if now >= self.check_in_due(rhythm, since) and await self._ask_check_in(
                    rhythm.learner_id, now
                ):
                    queued += 1

    async def _ask_check_in(self, learner_id: int, now: datetime) -> bool:
        """Queue the learner's check-in if it is due; whether it was."""
        async with transaction(self._sessions) as session:
            learner = await PeopleRepository(session).get(learner_id)
            if learner is None or not learner.active or learner.role is not Role.LEARNER:
                return False
            repo = MotivationRepository(session)
            latest = await repo.latest_check_in(learner.id)
            since = learner.created_at if latest is None else latest.asked_at
            if now < self.check_in_due(learner, since):
                return False
            check_in = await repo.ask_check_in(learner.id, now)
            not_before = next_allowed(now, learner.time_zone, self._quiet_hours)
            await self._outbox.enqueue(
                session,
                key=f"check_in:{check_in.id}",
                to=learner,
                reply=notices.check_in_question(),
                kind=CHECK_IN,
                now=now,
                not_before=not_before,
                ref=f"check_in:{check_in.id}",
                expires_at=not_before + timedelta(hours=self.config.answer_window_hours),
            )
            return True

    # -- signals ---------------------------------------------------------------------------

    async def record_signal(
        self,
        learner_id: int,
        kind: SignalKind,
        *,
        evidence: Mapping[str, object] | None = None,
        ref: str | None = None,
    ) -> Outcome:
        """Record a signal of ``kind`` at its configured weight and evaluate the learner."""
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            return await self.record_signal_in(
                session, learner_id, kind, now=now, evidence=evidence, ref=ref
            )

    async def record_signal_in(
        self,
        session: AsyncSession,
        learner_id: int,
        kind: SignalKind,
        *,
        now: datetime,
        evidence: Mapping[str, object] | None = None,
        ref: str | None = None,
    ) -> Outcome:
        """:meth:`record_signal` in the caller's transaction (say, the plan's "I need help")."""
        await self._add(
            session,
            learner_id,
            NewSignal(kind, now, self.config.weight(kind), dict(evidence or {}), ref),
        )
        return await self.evaluate_in(session, learner_id, now)

    async def screen_text(
        self, learner_id: int, text: str, language: str, *, ref: str | None = None
    ) -> Screening:
        """Look for crisis and discouraged language in what the learner typed.

        The text is not stored: only which list and line matched. Crisis language is a
        signal and an audit entry; the chat then asks the person, and :meth:`crisis`
        escalates when they confirm. Discouraged language is a signal.

        Args:
            learner_id: who typed it.
            text: what they typed.
            language: their language (discouraged lists are per language).
            ref: what caused it (``update:<id>``), so a replayed update records nothing
                twice.
        """
        crisis = detect_crisis(text, language)
        if crisis is not None:
            now = self._clock.now()
            async with transaction(self._sessions) as session:
                evidence = crisis.evidence()
                added = await self._add(
                    session,
                    learner_id,
                    NewSignal(SignalKind.CRISIS, now, 0.0, dict(evidence), ref),
                )
                if added:
                    await AuditRepository(session).record(
                        at=now,
                        actor_id=None,
                        action="crisis_detected",
                        via="system",
                        subject_id=learner_id,
                        details=dict(evidence),
                    )
                    log.info("crisis_detected learner=%d", learner_id)
            return Screening(crisis, None, Outcome(None))
        discouraged = detect_discouraged(text, language)
        if discouraged is not None:
            outcome = await self.record_signal(
                learner_id, SignalKind.DISCOURAGED, evidence=discouraged.evidence(), ref=ref
            )
            return Screening(None, discouraged, outcome)
        return Screening(None, None, None)

    async def crisis_declined(self, learner_id: int) -> None:
        """The learner answered "I am safe" to the crisis question: logged, nothing sent."""
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            await AuditRepository(session).record(
                at=now,
                actor_id=learner_id,
                action="crisis_declined",
                via="telegram",
                subject_id=learner_id,
                details={},
            )

    async def request(self, learner_id: int) -> Outcome:
        """An explicit "talk to my counsellor": an escalation of kind request.

        Not repeated while the learner's last request is open and younger than
        ``request_repeat_hours``: the same escalation is returned.
        """
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            repo = MotivationRepository(session)
            since = now - timedelta(hours=self.config.request_repeat_hours)
            last = await repo.last_escalation(learner_id, EscalationKind.REQUEST, since)
            await self._add(session, learner_id, NewSignal(SignalKind.REQUEST, now, 0.0))
            if last is not None and last.status is EscalationStatus.OPEN:
                return Outcome(None, last, False)
            reasons = [{"code": SignalKind.REQUEST.value, "count": 1, "last_at": now.isoformat()}]
            escalation = await self._escalate(
                session, learner_id, EscalationKind.REQUEST, 0.0, reasons, now
            )
            return Outcome(None, escalation, True)

    async def crisis(self, learner_id: int, match: Match | None = None) -> Outcome:
        """A crisis the learner confirmed ("yes, I need help now"), or that staff or a test
        report directly with its ``match``: an urgent escalation to counsellor and backup
        at once, also in quiet hours.

        An open crisis escalation of the last ``crisis_ack_timeout_hours`` is reused (no
        second round of notices while the first is unanswered).
        """
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            repo = MotivationRepository(session)
            if match is not None:
                evidence: dict[str, object] = dict(match.evidence())
                await self._add(
                    session, learner_id, NewSignal(SignalKind.CRISIS, now, 0.0, dict(evidence))
                )
            else:
                # The detection being confirmed: its list and line (ids only).
                recent = await repo.signals(learner_id, now - timedelta(days=1))
                found = [s for s in recent if s.kind == SignalKind.CRISIS.value]
                evidence = dict(found[-1].evidence or {}) if found else {}
            await AuditRepository(session).record(
                at=now,
                actor_id=None,
                action="crisis_confirmed" if match is None else "crisis_detected",
                via="system",
                subject_id=learner_id,
                details=dict(evidence),
            )
            since = now - timedelta(hours=self.config.crisis_ack_timeout_hours)
            last = await repo.last_escalation(learner_id, EscalationKind.CRISIS, since)
            if last is not None and last.status is EscalationStatus.OPEN:
                return Outcome(None, last, False)
            reasons = [
                {
                    "code": SignalKind.CRISIS.value,
                    "count": 1,
                    "last_at": now.isoformat(),
                    **evidence,
                }
            ]
            escalation = await self._escalate(
                session, learner_id, EscalationKind.CRISIS, 0.0, reasons, now
            )
            return Outcome(None, escalation, True)

    async def escalate_unanswered_crises(self) -> int:
        """The crisis questions nobody answered within ``crisis_answer_minutes``: the
        counsellor and the backup get the URGENT notice anyway (a missed crisis costs much
        more than a false alarm). Each question escalates once: a crisis escalation of the
        learner made after it, or an "I am safe" after it, answers it.

        Returns:
            How many escalations were made.
        """
        now = self._clock.now()
        until = now - timedelta(minutes=self.config.crisis_answer_minutes)
        since = now - timedelta(hours=UNANSWERED_CRISIS_LOOKBACK_HOURS)
        made = 0
        async with transaction(self._sessions) as session:
            unanswered = await MotivationRepository(session).unanswered_crises(since, until)
            handled: set[int] = set()
            for signal in unanswered:
                if signal.person_id in handled:
                    continue  # two crisis texts before the first escalated: one notice
                handled.add(signal.person_id)
                evidence = dict(signal.evidence or {})
                await AuditRepository(session).record(
                    at=now,
                    actor_id=None,
                    action="crisis_unanswered",
                    via="system",
                    subject_id=signal.person_id,
                    details=dict(evidence),
                )
                log.info("crisis_unanswered learner=%d", signal.person_id)
                reasons = [
                    {
                        "code": SignalKind.CRISIS.value,
                        "count": 1,
                        "last_at": signal.at.isoformat(),
                        **evidence,
                        "unanswered": True,
                        "minutes": round(self.config.crisis_answer_minutes),
                    }
                ]
                await self._escalate(
                    session, signal.person_id, EscalationKind.CRISIS, 0.0, reasons, now
                )
                made += 1
        return made

    # -- evaluation --------------------------------------------------------------------------

    async def evaluate(self, learner_id: int) -> Outcome:
        """Derive the learner's signals from the database, score them, maybe escalate."""
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            await self.derive_in(session, learner_id, now)
            return await self.evaluate_in(session, learner_id, now)

    async def derive_in(self, session: AsyncSession, learner_id: int, now: datetime) -> int:
        """Record the signals the database shows (silence, unanswered, overdue steps).

        Returns:
            How many new signals were recorded.
        """
        learner = await PeopleRepository(session).get(learner_id)
        if learner is None:
            return 0
        repo = MotivationRepository(session)
        config = self.config
        found: list[NewSignal | None] = [silence_signal(learner.last_seen_at, now, config)]
        answer_window = now - timedelta(hours=config.answer_window_hours)
        # "In a row" restarts at any contact: otherwise each later visit would make the
        # same run of unanswered check-ins count again (under a new ref).
        in_a_row = await repo.unanswered_in_a_row(
            learner_id, answer_window, since=learner.last_seen_at
        )
        in_a_row += await repo.reminders_sent_since(learner_id, learner.last_seen_at)
        found.append(unanswered_signal(in_a_row, now, config, since=learner.last_seen_at))
        grace = now - timedelta(days=config.overdue_grace_days)
        for step in await repo.overdue_steps(learner_id, grace):
            assert step.due_at is not None
            found.append(overdue_signal(step.id, step.due_at, now, config))
        added = 0
        for new in found:
            if new is not None and await self._add(session, learner_id, new):
                added += 1
        return added

    async def evaluate_in(self, session: AsyncSession, learner_id: int, now: datetime) -> Outcome:
        """Score the learner now and escalate when the rules say so, in the caller's
        transaction."""
        repo = MotivationRepository(session)
        since = now - timedelta(days=self.config.horizon_days)
        observed = [_observed(s) for s in await repo.signals(learner_id, since)]
        good_at = await repo.last_good_mood(learner_id, self.config.good_mood_min)
        current = score(observed, now, self.config, good_at=good_at)
        last = await repo.last_escalation(learner_id)
        previous = (
            Previous(
                last.created_at, last.score, frozenset(str(r.get("code")) for r in last.reasons)
            )
            if last is not None
            else None
        )
        if not should_escalate(current, observed, now, self.config, previous):
            return Outcome(current)
        if (
            last is not None
            and last.kind is EscalationKind.SCORE
            and last.status is EscalationStatus.OPEN
            and now - last.created_at < timedelta(hours=self.config.stronger_after_hours)
        ):
            # The last notice is hours old and unanswered: a second one now (say, for the
            # line typed right after the check-in that caused the first) is only noise.
            return Outcome(current)
        reasons = [r.to_json() for r in current.reasons]
        escalation = await self._escalate(
            session, learner_id, EscalationKind.SCORE, round(current.total, 2), reasons, now
        )
        return Outcome(current, escalation, True)

    async def sweep(self) -> SweepReport:
        """The periodic job: evaluate every active learner, then forward the notices nobody
        acknowledged in time (to the backup, then to the coordinators)."""
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            learners = await PeopleRepository(session).ids_with_role(Role.LEARNER)
        escalated = 0
        for learner_id in learners:
            async with transaction(self._sessions) as session:
                await self.derive_in(session, learner_id, now)
                if (await self.evaluate_in(session, learner_id, now)).created:
                    escalated += 1
        backup, coordinators = await self.forward_unacknowledged()
        return SweepReport(len(learners), escalated, backup, coordinators)

    async def forward_unacknowledged(self) -> tuple[int, int]:
        """Send on the escalations nobody acknowledged in time.

        Returns:
            (sent to a backup, sent to the coordinators)
        """
        now = self._clock.now()
        to_backup = to_coordinators = 0
        async with transaction(self._sessions) as session:
            for escalation in await MotivationRepository(session).unacknowledged():
                if escalation.kind is EscalationKind.CRISIS:
                    due = escalation.created_at + timedelta(
                        hours=self.config.crisis_ack_timeout_hours
                    )
                    if now >= due:
                        await self._to_coordinators(session, escalation, now)
                        to_coordinators += 1
                    continue
                days = self.config.ack_timeout_working_days
                if escalation.escalated_to_backup_at is None:
                    if now < add_working_days(escalation.created_at, days, self._zone):
                        continue
                    if await self._to_backup(session, escalation, now):
                        to_backup += 1
                    else:
                        await self._to_coordinators(session, escalation, now)
                        to_coordinators += 1
                elif now >= add_working_days(escalation.escalated_to_backup_at, days, self._zone):
                    await self._to_coordinators(session, escalation, now)
                    to_coordinators += 1
        return to_backup, to_coordinators

    # -- acknowledgement ---------------------------------------------------------------------

    async def acknowledge(self, escalation_id: int, actor_id: int) -> Escalation:
        """ "I'll contact them": the learner is told, kindly, that their counsellor will.

        Raises:
            EscalationGone: no such escalation.
            NotAllowed: the actor is neither the learner's counsellor or backup nor a
                coordinator.
        """
        return await self._close(escalation_id, actor_id, EscalationStatus.ACKNOWLEDGED)

    async def not_needed(self, escalation_id: int, actor_id: int) -> Escalation:
        """ "Not needed": recorded as feedback for tuning; nothing is sent on.

        Raises:
            EscalationGone: no such escalation.
            NotAllowed: as for :meth:`acknowledge`.
        """
        return await self._close(escalation_id, actor_id, EscalationStatus.NOT_NEEDED)

    async def _close(
        self, escalation_id: int, actor_id: int, status: EscalationStatus
    ) -> Escalation:
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            repo = MotivationRepository(session)
            escalation = await repo.escalation(escalation_id, for_update=True)
            if escalation is None:
                raise EscalationGone(escalation=escalation_id)
            people = PeopleRepository(session)
            actor = await people.get(actor_id)
            allowed = (
                actor is not None
                and actor.active
                and (
                    actor.role is Role.COORDINATOR
                    or await people.follows(actor_id, escalation.learner_id)
                )
            )
            if not allowed:
                raise NotAllowed(escalation=escalation_id)
            if escalation.status is not EscalationStatus.OPEN:
                return escalation  # pressed twice, or by two people: the first one counts
            await self._set_closed(session, escalation, status, actor_id, now)
            if status is EscalationStatus.ACKNOWLEDGED:
                learner = await people.get(escalation.learner_id)
                if learner is not None:
                    counsellor = await people.counsellor_of(learner.id)
                    await self._outbox.enqueue(
                        session,
                        key=f"escalation:{escalation.id}:learner",
                        to=learner,
                        reply=notices.learner_will_be_contacted(counsellor),
                        kind="notice",
                        now=now,
                    )
            return escalation

    async def acknowledge_by_message(
        self, session: AsyncSession, escalation_id: int, actor_id: int
    ) -> bool:
        """A message the counsellor wrote to the learner from the notice ("Send a message")
        acknowledges the escalation, in the caller's transaction (the relay's): nothing goes
        on to the backup afterwards, and the learner, who has just heard from them, is not
        told that their counsellor will contact them. The caller checked who may.

        Returns:
            Whether this closed it (False: closed already, or gone).
        """
        now = self._clock.now()
        escalation = await MotivationRepository(session).escalation(escalation_id, for_update=True)
        if escalation is None or escalation.status is not EscalationStatus.OPEN:
            return False
        await self._set_closed(
            session, escalation, EscalationStatus.ACKNOWLEDGED, actor_id, now, via="message"
        )
        return True

    async def _set_closed(
        self,
        session: AsyncSession,
        escalation: Escalation,
        status: EscalationStatus,
        actor_id: int,
        now: datetime,
        *,
        via: str | None = None,
    ) -> None:
        await MotivationRepository(session).set_status(escalation, status, by=actor_id, now=now)
        # Notices still waiting to go (to a backup) are no longer needed.
        from store.outbox import OutboxRepository

        await OutboxRepository(session).cancel_ref(f"escalation:{escalation.id}")
        details: dict[str, object] = {"escalation": escalation.id}
        if via is not None:
            details["via"] = via
        await AuditRepository(session).record(
            at=now,
            actor_id=actor_id,
            action=f"escalation_{status.value}",
            via="telegram",
            subject_id=escalation.learner_id,
            details=details,
        )

    # -- reading -----------------------------------------------------------------------------

    async def escalations(self, *, open_only: bool = False) -> list[Escalation]:
        """Escalations, newest first."""
        async with self._sessions() as session:
            return await MotivationRepository(session).escalations(open_only=open_only)

    async def signals(self, learner_id: int) -> list[Signal]:
        """The learner's signals, oldest first."""
        async with self._sessions() as session:
            return await MotivationRepository(session).signals(learner_id)

    async def score_of(self, learner_id: int) -> Score:
        """The learner's score now (nothing recorded)."""
        now = self._clock.now()
        async with self._sessions() as session:
            since = now - timedelta(days=self.config.horizon_days)
            repo = MotivationRepository(session)
            found = await repo.signals(learner_id, since)
            good_at = await repo.last_good_mood(learner_id, self.config.good_mood_min)
        return score([_observed(s) for s in found], now, self.config, good_at=good_at)

    # -- inside ------------------------------------------------------------------------------

    async def _add(self, session: AsyncSession, learner_id: int, new: NewSignal) -> bool:
        added = await MotivationRepository(session).add_signal(
            learner_id,
            new.kind.value,
            at=new.at,
            weight=new.weight,
            evidence=new.evidence or None,
            ref=new.ref,
        )
        return added is not None

    async def _escalate(
        self,
        session: AsyncSession,
        learner_id: int,
        kind: EscalationKind,
        total: float,
        reasons: Sequence[Mapping[str, object]],
        now: datetime,
    ) -> Escalation:
        people = PeopleRepository(session)
        counsellor = await people.counsellor_of(learner_id)
        escalation = await MotivationRepository(session).add_escalation(
            learner_id,
            counsellor_id=counsellor.id if counsellor else None,
            kind=kind,
            score=total,
            reasons=[dict(r) for r in reasons],
            now=now,
        )
        await AuditRepository(session).record(
            at=now,
            actor_id=None,
            action="escalation_created",
            via="system",
            subject_id=learner_id,
            details={"escalation": escalation.id, "kind": kind.value},
        )
        log.info(
            "escalation_created id=%d learner=%d kind=%s", escalation.id, learner_id, kind.value
        )
        priority = Priority.URGENT if kind is EscalationKind.CRISIS else Priority.ESCALATION
        if counsellor is None:
            await self._to_coordinators(session, escalation, now)
            return escalation
        await self._notify(session, escalation, counsellor, now, priority=priority, suffix="")
        if kind is EscalationKind.CRISIS:
            await self._to_backup(session, escalation, now)
        return escalation

    async def _to_backup(
        self, session: AsyncSession, escalation: Escalation, now: datetime
    ) -> bool:
        people = PeopleRepository(session)
        assignment = await people.assignment(escalation.learner_id)
        backup_id = assignment.backup_counsellor_id if assignment else None
        backup = await people.get(backup_id) if backup_id is not None else None
        if backup is None or not backup.active or backup.id == escalation.counsellor_id:
            return False
        crisis = escalation.kind is EscalationKind.CRISIS
        await self._notify(
            session,
            escalation,
            backup,
            now,
            priority=Priority.URGENT if crisis else Priority.ESCALATION,
            suffix=":backup",
            forwarded=not crisis,
        )
        escalation.escalated_to_backup_at = now
        await AuditRepository(session).record(
            at=now,
            actor_id=None,
            action="escalation_to_backup",
            via="system",
            subject_id=escalation.learner_id,
            details={"escalation": escalation.id, "to": backup.id},
        )
        return True

    async def _to_coordinators(
        self, session: AsyncSession, escalation: Escalation, now: datetime
    ) -> None:
        crisis = escalation.kind is EscalationKind.CRISIS
        for coordinator in await PeopleRepository(session).with_role(Role.COORDINATOR):
            await self._notify(
                session,
                escalation,
                coordinator,
                now,
                priority=Priority.URGENT if crisis else Priority.ESCALATION,
                suffix=f":coordinator:{coordinator.id}",
                forwarded=True,
            )
        escalation.escalated_to_coordinators_at = now
        await session.flush()
        await AuditRepository(session).record(
            at=now,
            actor_id=None,
            action="escalation_to_coordinators",
            via="system",
            subject_id=escalation.learner_id,
            details={"escalation": escalation.id},
        )

    async def _notify(
        self,
        session: AsyncSession,
        escalation: Escalation,
        to: Person,
        now: datetime,
        *,
        priority: Priority,
        suffix: str,
        forwarded: bool = False,
    ) -> None:
        repo = MotivationRepository(session)
        learner = await PeopleRepository(session).get(escalation.learner_id)
        assert learner is not None
        reply = await notices.current_notice(repo, escalation, learner, now, forwarded=forwarded)
        await self._outbox.enqueue(
            session,
            key=f"escalation:{escalation.id}{suffix}",
            to=to,
            reply=reply,
            kind=NOTICE,
            now=now,
            ref=f"escalation:{escalation.id}",
            priority=priority,
            about=learner.id,
        )


def _asked(check_in: CheckIn) -> Asked:
    return Asked(f"check_in:{check_in.id}", check_in.asked_at, check_in.answered_at, check_in.mood)


def _observed(signal: Signal) -> Observed:
    return Observed(signal.kind, signal.at, signal.weight, dict(signal.evidence or {}))
