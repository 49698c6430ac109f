"""Plans and their steps."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import Plan, PlanStep, Signal, StepStatus


class PlanRepository:
    """Reads and writes plans within the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def plan(self, learner_id: int) -> Plan | None:
        """The learner's plan, if there is one."""
        return await self._session.get(Plan, learner_id)

    async def ensure_plan(self, learner_id: int, path: str, now: datetime) -> Plan:
        """The learner's plan, created on the given path if missing."""
        plan = await self.plan(learner_id)
        if plan is None:
            plan = Plan(
                learner_id=learner_id, path=path, confirmed_at=None, created_at=now, updated_at=now
            )
            self._session.add(plan)
            await self._session.flush()
        return plan

    async def set_path(self, plan: Plan, path: str) -> None:
        """Put the plan on ``path`` (the intake's proposal)."""
        plan.path = path
        await self._session.flush()

    async def confirm(self, plan: Plan, now: datetime) -> None:
        """Mark the plan confirmed by the counsellor: the learner sees it from now on."""
        plan.confirmed_at = plan.updated_at = now
        await self._session.flush()

    async def steps(self, learner_id: int) -> list[PlanStep]:
        """The plan's steps by date: dated steps first, earliest first; then undated ones.

        Steps on the same moment, and undated steps, keep the counsellor's order.
        """
        result = await self._session.execute(
            select(PlanStep)
            .where(PlanStep.learner_id == learner_id)
            .order_by(PlanStep.due_at.is_(None), PlanStep.due_at, PlanStep.position, PlanStep.id)
        )
        return list(result.scalars())

    async def step(self, step_id: int) -> PlanStep | None:
        """One step."""
        return await self._session.get(PlanStep, step_id)

    async def add_step(
        self,
        learner_id: int,
        *,
        step_type: str,
        due_at: datetime | None,
        due_has_time: bool,
        note: str | None,
        place: str | None,
        by: int | None,
        now: datetime,
    ) -> PlanStep:
        """Append a step at the end of the plan."""
        last = await self._session.execute(
            select(func.max(PlanStep.position)).where(PlanStep.learner_id == learner_id)
        )
        step = PlanStep(
            learner_id=learner_id,
            position=(last.scalar_one_or_none() or 0) + 1,
            step_type=step_type,
            note=note,
            due_at=due_at,
            due_has_time=due_has_time,
            place=place,
            status=StepStatus.TODO,
            changed_by_id=by,
            changed_at=now,
            created_at=now,
        )
        self._session.add(step)
        await self._session.flush()
        return step

    async def set_due(
        self,
        step: PlanStep,
        due_at: datetime | None,
        due_has_time: bool,
        *,
        by: int | None,
        now: datetime,
    ) -> None:
        """Give the step a new due moment; ``now`` becomes its version."""
        step.due_at, step.due_has_time = due_at, due_has_time
        step.changed_by_id = by
        step.changed_at = now
        await self._session.flush()

    async def set_status(
        self, step: PlanStep, status: StepStatus, *, by: int | None, now: datetime
    ) -> None:
        """Mark the step done, skipped or to do; ``now`` becomes its version."""
        step.status = status
        step.changed_by_id = by
        step.changed_at = now
        await self._session.flush()

    async def record_help_request(self, step: PlanStep, now: datetime) -> None:
        """Record that the learner asked for help with the step (a signal for follow-up)."""
        self._session.add(
            Signal(person_id=step.learner_id, kind="help", at=now, ref=f"plan_step:{step.id}")
        )
        await self._session.flush()

    async def move(self, step: PlanStep, offset: int) -> bool:
        """Swap the step with its neighbour above (-1) or below (+1); False at an end.

        Dates come first: only a neighbour with the same due moment (or, for an undated
        step, another undated one) can swap places; otherwise False.
        """
        steps = await self.steps(step.learner_id)
        index = next(i for i, s in enumerate(steps) if s.id == step.id)
        other = index + offset
        if not 0 <= other < len(steps) or steps[other].due_at != step.due_at:
            return False
        steps[index], steps[other] = steps[other], steps[index]
        for position, each in enumerate(steps, start=1):
            each.position = position
        await self._session.flush()
        return True

    async def remove(self, step: PlanStep) -> None:
        """Delete the step and close the gap in the order."""
        learner_id = step.learner_id
        await self._session.delete(step)
        await self._session.flush()
        for position, each in enumerate(await self.steps(learner_id), start=1):
            each.position = position
