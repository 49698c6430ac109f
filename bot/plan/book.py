"""The plan domain: add, confirm, change, complete and propose steps; reminders follow.

No chat wording here: the chat side (``chat.py``), the command line, CSV import and the
intake all change plans through :class:`PlanBook`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.errors import PolkuError
from bot.outbox import Outbox
from bot.plan.config import PlanConfig
from bot.plan.reminders import ref, schedule, shown_due
from bot.replies import Phrase, Reply
from store.models import Person, PlanStep, StepStatus
from store.outbox import OutboxRepository
from store.people import PeopleRepository
from store.plans import PlanRepository


class PlanError(PolkuError):
    """A plan operation that cannot be done as asked (for operators)."""


@dataclass(frozen=True)
class NewStep:
    """A step to add, in plain values (from Telegram, the command line or a CSV row)."""

    step_type: str
    due: date | None = None
    at: time | None = None
    note: str | None = None
    place: str | None = None


class PlanBook:
    """The plan operations every channel shares: add, complete, schedule, starter plans."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        outbox: Outbox,
        clock: Clock,
        config: PlanConfig,
        *,
        quiet_hours: tuple[time, time],
    ) -> None:
        self.sessions = sessions
        self._outbox = outbox
        self._clock = clock
        self.config = config
        self._quiet_hours = quiet_hours

    # -- shared by Telegram, the command line and CSV import --------------------------

    def due_moment(self, new: NewStep, time_zone: str) -> tuple[datetime | None, bool]:
        """A step's due date (and time) in the learner's zone, as an aware UTC moment."""
        if new.due is None:
            return None, False
        zone = ZoneInfo(time_zone)
        moment = datetime.combine(new.due, new.at or time(0, 0), tzinfo=zone)
        return moment.astimezone(ZoneInfo("UTC")), new.at is not None

    async def add(
        self, session: AsyncSession, learner: Person, new: NewStep, actor_id: int | None
    ) -> PlanStep:
        """Add a step to the learner's plan and schedule its reminders.

        Raises:
            PlanError: an unknown step type.
        """
        if new.step_type not in self.config.step_types:
            raise PlanError(f"unknown step type {new.step_type!r}")
        now = self._clock.now()
        plans = PlanRepository(session)
        plan = await plans.ensure_plan(learner.id, "work_first", now)
        due_at, has_time = self.due_moment(new, learner.time_zone)
        step = await plans.add_step(
            learner.id,
            step_type=new.step_type,
            due_at=due_at,
            due_has_time=has_time,
            note=new.note,
            place=new.place,
            by=actor_id,
            now=now,
        )
        if plan.confirmed_at is not None:
            await self.reschedule(session, step, learner, fresh=True)
        return step

    async def added_since(
        self, session: AsyncSession, learner: Person, new: NewStep, newest_id: int
    ) -> PlanStep | None:
        """A step just like ``new`` added after step ``newest_id`` (0: the plan's start).

        A dialogue that adds a step notes the plan's newest step when it begins; a save
        repeated with the same answers finds the step the first save made, and adds none.
        """
        due_at, has_time = self.due_moment(new, learner.time_zone)
        wanted = (new.step_type, due_at, has_time, new.note, new.place)
        for step in await PlanRepository(session).steps(learner.id):
            found = (step.step_type, step.due_at, step.due_has_time, step.note, step.place)
            if step.id > newest_id and found == wanted:
                return step
        return None

    async def confirm(self, session: AsyncSession, learner: Person) -> bool:
        """Confirm the learner's plan: they see it, reminders start, and they are told."""
        plan = await PlanRepository(session).plan(learner.id)
        if plan is None or plan.confirmed_at is not None:
            return False
        now = self._clock.now()
        await PlanRepository(session).confirm(plan, now)
        steps = await PlanRepository(session).steps(learner.id)
        for step in steps:
            await self.reschedule(session, step, learner)
        # What changed for the learner: how many steps, and the first one to do.
        first = next((s for s in steps if s.status is StepStatus.TODO), None)
        due = shown_due(first, learner.time_zone) if first is not None else None
        await self._outbox.enqueue(
            session,
            key=f"plan-ready:{learner.id}",
            to=learner,
            reply=Reply(
                "plan-ready",
                {
                    "count": len(steps),
                    "first": Phrase(f"step-type-{first.step_type}")
                    if first is not None
                    else Phrase("plan-no-next"),
                    "due": due if due is not None else Phrase("plan-no-date"),
                },
            ),
            kind="notice",
            now=now,
        )
        return True

    async def change_due(
        self,
        session: AsyncSession,
        step: PlanStep,
        learner: Person,
        due: date | None,
        at: time | None,
        actor_id: int | None,
    ) -> None:
        """Give a step a new due date (or none); its reminders follow.

        The same date again changes nothing: the step keeps its version, and so its
        reminders (their keys carry the version).
        """
        due_at, has_time = self.due_moment(NewStep(step.step_type, due, at), learner.time_zone)
        if (step.due_at, step.due_has_time) == (due_at, has_time):
            return
        await PlanRepository(session).set_due(
            step, due_at, has_time, by=actor_id, now=self._clock.now()
        )
        await self.reschedule(session, step, learner)

    async def set_status(
        self, session: AsyncSession, step: PlanStep, status: StepStatus, actor_id: int | None
    ) -> None:
        """Mark a step done, skipped or to do again; reminders follow.

        The status it has already changes nothing (a second press, a repeated command).
        """
        if step.status is status:
            return
        await PlanRepository(session).set_status(step, status, by=actor_id, now=self._clock.now())
        learner = await PeopleRepository(session).get(step.learner_id)
        assert learner is not None
        await self.reschedule(session, step, learner)

    async def reschedule(
        self, session: AsyncSession, step: PlanStep, learner: Person, *, fresh: bool = False
    ) -> None:
        """Bring the step's reminders in line with it, once its plan is confirmed.

        Args:
            fresh: the step was just created and has no reminders to cancel.
        """
        plan = await PlanRepository(session).plan(step.learner_id)
        if plan is None or plan.confirmed_at is None:
            return
        await schedule(
            session,
            self._outbox,
            step,
            learner,
            self.config.rule(step.step_type),
            self._quiet_hours,
            self._clock.now(),
            fresh=fresh,
        )

    async def propose_starter(self, session: AsyncSession, learner: Person, path: str) -> int:
        """After the intake: a starter plan for the path, for the counsellor to confirm."""
        plans = PlanRepository(session)
        if await plans.steps(learner.id):
            return 0  # a plan exists already: the counsellor's work is not replaced
        now = self._clock.now()
        plan = await plans.ensure_plan(learner.id, path, now)
        await plans.set_path(plan, path)
        today = now.astimezone(ZoneInfo(learner.time_zone)).date()
        starters = self.config.starter_plans.get(path, ())
        for starter in starters:
            due = today + timedelta(days=starter.due_in_days) if starter.due_in_days else None
            await self.add(session, learner, NewStep(starter.step_type, due), None)
        return len(starters)

    async def move(self, session: AsyncSession, step: PlanStep, offset: int) -> bool:
        """Swap the step with its neighbour above (-1) or below (+1); False at an end."""
        return await PlanRepository(session).move(step, offset)

    async def remove(self, session: AsyncSession, step: PlanStep) -> None:
        """Remove the step from its plan; its pending reminders are cancelled."""
        await OutboxRepository(session).cancel_ref(ref(step.id))
        await PlanRepository(session).remove(step)
