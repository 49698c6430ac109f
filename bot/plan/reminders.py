"""When to remind about a plan step: computed on the learner's wall clock, stored as rows.

Reminders are outbox rows (with a ``ref`` to their step and an expiry), written in the
same transaction as the change to the step; APScheduler only wakes the sender.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.outbox import Message, Outbox
from bot.plan.callbacks import PlanOp, callback_data
from bot.plan.config import ReminderRule
from bot.quiet_hours import next_allowed
from bot.replies import Button, Lines, Phrase, Reply
from store.models import Person, PlanStep, StepStatus
from store.outbox import OutboxRepository

OVERDUE_RELEVANT = timedelta(days=3)
REMINDER = "reminder"


@dataclass(frozen=True)
class Planned:
    """One reminder to send: which, when, and until when it still makes sense."""

    kind: str  # "before-3", "day", "overdue"
    at: datetime
    expires_at: datetime
    days: int


def ref(step_id: int) -> str:
    """The outbox ``ref`` of a step's reminders."""
    return f"plan_step:{step_id}"


def _local(day: date, at: time, zone: ZoneInfo) -> datetime:
    # zoneinfo picks the offset valid on that date: DST changes neither shift nor drop it.
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def plan_reminders(
    due_at: datetime,
    has_time: bool,
    time_zone: str,
    rule: ReminderRule,
    quiet_hours: tuple[time, time],
    now: datetime,
) -> list[Planned]:
    """The reminders of a step due at ``due_at`` (a date-only step: local midnight).

    Before the due date, at the morning hour: ``rule.days_before`` days before and on the
    day (for a step with a time, at most an hour before it); one nudge the morning after it
    became overdue. Quiet hours push a reminder to their end; reminders already in the past
    are not planned at all.

    Each reminder is relevant only until the next one of the step is due, so after a
    delay only the newest goes; and an "in N days" reminder only on its own day, so its
    words stay true.
    """
    zone = ZoneInfo(time_zone)
    day = due_at.astimezone(zone).date()
    deadline = due_at if has_time else _local(day + timedelta(days=1), time(0, 0), zone)
    candidates: list[Planned] = []

    def add(kind: str, at: datetime, expires_at: datetime, days: int) -> None:
        at = next_allowed(at, time_zone, quiet_hours)
        candidates.append(Planned(kind, at, expires_at, days))

    for days in rule.days_before:
        at = _local(day - timedelta(days=days), rule.morning, zone)
        that_day_ends = _local(day - timedelta(days=days - 1), time(0, 0), zone)
        add(f"before-{days}", at, min(deadline, that_day_ends), days)
    if rule.on_the_day:
        at = _local(day, rule.morning, zone)
        if has_time:
            at = min(at, due_at - timedelta(hours=1))
        add("day", at, deadline, 0)
    if rule.overdue_nudge:
        at = _local(day + timedelta(days=1), rule.morning, zone)
        add("overdue", at, at + OVERDUE_RELEVANT, -1)
    candidates.sort(key=lambda p: p.at)
    planned = [
        replace(p, expires_at=min(p.expires_at, following.at)) if following.at > p.at else p
        for p, following in itertools.pairwise(candidates)
    ]
    planned += candidates[-1:]
    return [p for p in planned if now <= p.at < p.expires_at]


def shown_due(step: PlanStep, time_zone: str) -> datetime | date | None:
    """A step's due moment as a message shows it: a date and time, or only the date."""
    if step.due_at is None:
        return None
    if step.due_has_time:
        return step.due_at
    return step.due_at.astimezone(ZoneInfo(time_zone)).date()


def details(step: PlanStep) -> Lines:
    """The step's place and note; each message starts its own line (nothing when empty)."""
    lines = []
    if step.place:
        lines.append(Phrase("plan-place", {"place": step.place}))
    if step.note:
        lines.append(Phrase("plan-note", {"note": step.note}))
    return Lines(tuple(lines), separator="")


def reminder_reply(step: PlanStep, planned: Planned, time_zone: str) -> Reply:
    """The reminder a learner gets: what, when, where, and one action."""
    due = shown_due(step, time_zone)
    assert due is not None
    key = "reminder-overdue" if planned.kind == "overdue" else "reminder-step"
    return Reply(
        key,
        {
            "type": Phrase(f"step-type-{step.step_type}"),
            "due": due,
            "days": planned.days,
            "details": details(step),
        },
        buttons=(
            (
                Button("plan-mark-done", data=callback_data(PlanOp.DONE, step.id)),
                Button("plan-need-help", data=callback_data(PlanOp.HELP, step.id)),
            ),
        ),
    )


async def schedule(
    session: AsyncSession,
    outbox: Outbox,
    step: PlanStep,
    learner: Person,
    rule: ReminderRule,
    quiet_hours: tuple[time, time],
    now: datetime,
    *,
    fresh: bool = False,
) -> int:
    """Replace the step's pending reminders with those its current state calls for.

    Args:
        fresh: the step was just created, so it has nothing to cancel.

    Returns:
        How many reminders were queued.
    """
    if not fresh:
        await OutboxRepository(session).cancel_ref(ref(step.id))
    if step.status is not StepStatus.TODO or step.due_at is None:
        return 0
    # The version in the key: an edit is a new decision, with rows of its own.
    version = step.changed_at.isoformat()
    messages = [
        Message(
            key=f"{REMINDER}:{step.id}:{planned.kind}:{version}",
            reply=reminder_reply(step, planned, learner.time_zone),
            kind=REMINDER,
            not_before=planned.at,
            ref=ref(step.id),
            expires_at=planned.expires_at,
        )
        for planned in plan_reminders(
            step.due_at, step.due_has_time, learner.time_zone, rule, quiet_hours, now
        )
    ]
    return await outbox.enqueue_many(session, learner, messages, now=now)
