"""Campaigns and their deliveries: one row per learner and occurrence, never two."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from store.models import (
    Assignment,
    Campaign,
    CampaignDelivery,
    CampaignStatus,
    DeliveryStatus,
    LearnerProfile,
    OutboxMessage,
    OutboxStatus,
    Person,
    Plan,
    PlanStep,
    Role,
    StepStatus,
)

# Outbox states that still may go out; a row of someone who blocked the bot is held in them.
_UNDERWAY = (OutboxStatus.PENDING, OutboxStatus.CLAIMED, OutboxStatus.SENDING)
# No request has started for these: cancelling them is safe. A claimed row whose status
# changes under its sender is never sent (``mark_sending`` checks the claim).
_NOT_STARTED = (OutboxStatus.PENDING, OutboxStatus.CLAIMED)
_FAILED = (OutboxStatus.DEAD, OutboxStatus.EXPIRED)
# What a report counts, in this order (new outcomes go last: scripts read the keys).
# "in_doubt": the request was on its way when a sender died or Telegram's answer was lost,
# so the learner may have the message; it is not sent again (never twice), and
# ``polku outbox`` lists it for an operator, who may requeue it after checking.
OUTCOMES = ("sent", "failed", "blocked", "muted", "pending", "cancelled", "in_doubt")


def campaign_ref(campaign_id: int) -> str:
    """The outbox ``ref`` of a campaign's messages, so that cancelling finds them."""
    return f"campaign:{campaign_id}"


@dataclass(frozen=True, slots=True)
class LearnerFacts:
    """What an audience filter may look at about one learner (ids and codes, no text)."""

    id: int
    chat_id: int
    first_name: str
    language: str
    second_language: str | None
    time_zone: str
    last_seen_at: datetime
    blocked: bool
    muted: bool
    path: str | None
    answers: dict[str, Any]
    intake_done: bool
    plan_confirmed: bool
    counsellor_id: int | None
    counsellor_name: str | None
    open_step_types: frozenset[str]


@dataclass(frozen=True, slots=True)
class NewDelivery:
    """A delivery to plan: who, in which language, and whether anything is queued."""

    learner_id: int
    language: str
    fell_back: bool
    status: DeliveryStatus


@dataclass
class Report:
    """How a campaign went: outcomes overall and by language, and button answers."""

    audience: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    by_language: dict[str, Counter[str]] = field(default_factory=dict)
    answers: Counter[int] = field(default_factory=Counter)
    fell_back: int = 0

    def count(self, outcome: str) -> int:
        """How many deliveries ended (so far) in ``outcome``."""
        return self.outcomes.get(outcome, 0)


def outcome(status: DeliveryStatus, row_status: OutboxStatus | None, blocked: bool) -> str:
    """A delivery's outcome from its own status and its outbox row's."""
    if status is DeliveryStatus.QUEUED:
        if row_status is None:
            return "pending"
        if row_status is OutboxStatus.SENT:
            return "sent"
        if row_status is OutboxStatus.IN_DOUBT:
            return "in_doubt"
        if row_status in _FAILED:
            return "failed"
        if row_status is OutboxStatus.CANCELLED:
            return "cancelled"
        return "blocked" if blocked else "pending"
    return status.value


class CampaignRepository:
    """Campaign reads and writes within the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, campaign: Campaign) -> Campaign:
        """Store a new campaign and give it its id."""
        self._session.add(campaign)
        await self._session.flush()
        return campaign

    async def get(self, campaign_id: int, *, lock: bool = False) -> Campaign | None:
        """The campaign with ``campaign_id``, maybe locked for a change."""
        statement = select(Campaign).where(Campaign.id == campaign_id)
        if lock:
            statement = statement.with_for_update()
        return (await self._session.execute(statement)).scalar_one_or_none()

    async def drafted_since(self, created_by: int, name: str, since: datetime) -> Campaign | None:
        """The newest campaign ``created_by`` stored under ``name`` at or after ``since``."""
        statement = (
            select(Campaign)
            .where(
                Campaign.created_by == created_by,
                Campaign.name == name,
                Campaign.created_at >= since,
            )
            .order_by(Campaign.id.desc())
            .limit(1)
        )
        return (await self._session.execute(statement)).scalar_one_or_none()

    async def all(self, created_by: int | None = None) -> list[Campaign]:
        """Campaigns, newest first (only one person's when ``created_by`` is given)."""
        statement = select(Campaign).order_by(Campaign.id.desc())
        if created_by is not None:
            statement = statement.where(Campaign.created_by == created_by)
        return list((await self._session.execute(statement)).scalars())

    async def due(self, now: datetime) -> list[int]:
        """Ids of confirmed campaigns whose next occurrence is due."""
        statement = select(Campaign.id).where(
            Campaign.status.in_((CampaignStatus.SCHEDULED, CampaignStatus.SENDING)),
            Campaign.next_at.is_not(None),
            Campaign.next_at <= now,
        )
        return list((await self._session.execute(statement.order_by(Campaign.id))).scalars())

    async def sending(self) -> list[int]:
        """Ids of campaigns with an occurrence on its way."""
        statement = select(Campaign.id).where(Campaign.status == CampaignStatus.SENDING)
        return list((await self._session.execute(statement)).scalars())

    async def learners(self, ids: Sequence[int] | None = None) -> list[LearnerFacts]:
        """Every active learner (or those of ``ids``), with what audience filters look at."""
        counsellor = aliased(Person)
        statement = (
            select(Person, LearnerProfile, Plan.confirmed_at, Assignment.counsellor_id, counsellor)
            .outerjoin(LearnerProfile, LearnerProfile.person_id == Person.id)
            .outerjoin(Plan, Plan.learner_id == Person.id)
            .outerjoin(Assignment, Assignment.learner_id == Person.id)
            .outerjoin(counsellor, counsellor.id == Assignment.counsellor_id)
            .where(Person.role == Role.LEARNER, Person.active.is_(True))
            .order_by(Person.id)
        )
        if ids is not None:
            statement = statement.where(Person.id.in_(list(ids)))
        rows = (await self._session.execute(statement)).all()
        open_steps: dict[int, set[str]] = defaultdict(set)
        steps = select(PlanStep.learner_id, PlanStep.step_type).where(
            PlanStep.status == StepStatus.TODO
        )
        if ids is not None:
            steps = steps.where(PlanStep.learner_id.in_(list(ids)))
        for learner_id, step_type in (await self._session.execute(steps)).all():
            open_steps[learner_id].add(step_type)
        return [
            LearnerFacts(
                id=person.id,
                chat_id=person.chat_id,
                first_name=person.display_name,
                language=person.language,
                second_language=person.second_language,
                time_zone=person.time_zone,
                last_seen_at=person.last_seen_at,
                blocked=person.blocked_at is not None,
                muted=person.campaigns_muted_at is not None,
                path=profile.path if profile is not None else None,
                answers=dict(profile.answers) if profile is not None else {},
                intake_done=profile is not None and profile.completed_at is not None,
                plan_confirmed=confirmed_at is not None,
                counsellor_id=counsellor_id,
                counsellor_name=staff.display_name if staff is not None else None,
                open_step_types=frozenset(open_steps.get(person.id, ())),
            )
            for person, profile, confirmed_at, counsellor_id, staff in rows
        ]

    async def add_deliveries(
        self, campaign_id: int, occurrence: int, deliveries: Sequence[NewDelivery], now: datetime
    ) -> int:
        """Plan deliveries; a learner already planned for the occurrence is skipped.

        Returns:
            How many rows were added.
        """
        if not deliveries:
            return 0
        values = [
            {
                "campaign_id": campaign_id,
                "occurrence": occurrence,
                "learner_id": d.learner_id,
                "language": d.language,
                "fell_back": d.fell_back,
                "status": d.status,
                "created_at": now,
            }
            for d in deliveries
        ]
        dialect = self._session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        statement = (
            insert(CampaignDelivery)
            .values(values)
            .on_conflict_do_nothing(index_elements=["campaign_id", "occurrence", "learner_id"])
        )
        result = await self._session.execute(statement)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def unlinked(
        self, campaign_id: int, occurrence: int, learner_ids: Sequence[int]
    ) -> list[CampaignDelivery]:
        """Queued deliveries among ``learner_ids`` that have no outbox row yet."""
        statement = select(CampaignDelivery).where(
            CampaignDelivery.campaign_id == campaign_id,
            CampaignDelivery.occurrence == occurrence,
            CampaignDelivery.learner_id.in_(list(learner_ids)),
            CampaignDelivery.status == DeliveryStatus.QUEUED,
            CampaignDelivery.outbox_id.is_(None),
        )
        return list((await self._session.execute(statement)).scalars())

    async def link(self, links: dict[int, int]) -> None:
        """Tie deliveries (by id) to their outbox rows (by id)."""
        if links:
            # One executemany by primary key (an UPDATE per row would compare each with
            # every delivery the session holds).
            await self._session.execute(
                update(CampaignDelivery),
                [{"id": d, "outbox_id": o} for d, o in links.items()],
            )

    async def outbox_ids(self, keys: Sequence[str]) -> dict[str, int]:
        """Outbox row ids by idempotency key."""
        statement = select(OutboxMessage.idempotency_key, OutboxMessage.id).where(
            OutboxMessage.idempotency_key.in_(list(keys))
        )
        return {key: row_id for key, row_id in (await self._session.execute(statement)).all()}

    async def delivery(self, delivery_id: int) -> CampaignDelivery | None:
        """One delivery."""
        return await self._session.get(CampaignDelivery, delivery_id)

    async def answer(self, delivery_id: int, learner_id: int, answer: int, now: datetime) -> bool:
        """Record the learner's button answer (the latest counts); False if not theirs."""
        result = await self._session.execute(
            update(CampaignDelivery)
            .where(CampaignDelivery.id == delivery_id, CampaignDelivery.learner_id == learner_id)
            .values(answer=answer, answered_at=now)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def mute(self, person_id: int, now: datetime) -> None:
        """Stop campaigns for this person; their pending campaign messages are cancelled."""
        await self._session.execute(
            update(Person)
            .where(Person.id == person_id, Person.campaigns_muted_at.is_(None))
            .values(campaigns_muted_at=now)
        )
        waiting = select(OutboxMessage.id).where(
            OutboxMessage.person_id == person_id,
            OutboxMessage.kind == "campaign",
            OutboxMessage.status == OutboxStatus.PENDING,
        )
        await self._session.execute(
            update(CampaignDelivery)
            .where(
                CampaignDelivery.learner_id == person_id,
                CampaignDelivery.status == DeliveryStatus.QUEUED,
                CampaignDelivery.outbox_id.in_(waiting.scalar_subquery()),
            )
            .values(status=DeliveryStatus.MUTED)
        )
        await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(waiting.scalar_subquery()))
            .values(status=OutboxStatus.CANCELLED, last_error="muted")
        )

    async def cancel(self, campaign_id: int) -> int:
        """Cancel a campaign and its messages whose request has not started.

        Returns:
            How many messages were cancelled.
        """
        await self._session.execute(
            update(Campaign)
            .where(Campaign.id == campaign_id)
            .values(status=CampaignStatus.CANCELLED, next_at=None)
        )
        # The rows first, then the deliveries of the rows this cancelled: a row the sender
        # took on its way meanwhile is sent and reported as sent (marking the deliveries
        # first let the sender start one in between, reported "cancelled" but delivered).
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.ref == campaign_ref(campaign_id),
                OutboxMessage.status.in_(_NOT_STARTED),
            )
            .values(status=OutboxStatus.CANCELLED, last_error="campaign cancelled")
        )
        cancelled = (
            select(OutboxMessage.id)
            .where(
                OutboxMessage.ref == campaign_ref(campaign_id),
                OutboxMessage.status == OutboxStatus.CANCELLED,
            )
            .scalar_subquery()
        )
        await self._session.execute(
            update(CampaignDelivery)
            .where(
                CampaignDelivery.campaign_id == campaign_id,
                CampaignDelivery.status == DeliveryStatus.QUEUED,
                CampaignDelivery.outbox_id.in_(cancelled),
            )
            .values(status=DeliveryStatus.CANCELLED)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def underway(self, campaign_id: int) -> int:
        """Messages of the campaign that may still go now (held rows of blocked people
        do not count: they wait for the person, not for the campaign)."""
        statement = (
            select(func.count())
            .select_from(CampaignDelivery)
            .join(OutboxMessage, OutboxMessage.id == CampaignDelivery.outbox_id)
            .join(Person, Person.id == CampaignDelivery.learner_id)
            .where(
                CampaignDelivery.campaign_id == campaign_id,
                OutboxMessage.status.in_(_UNDERWAY),
                Person.blocked_at.is_(None),
            )
        )
        return int((await self._session.execute(statement)).scalar_one())

    async def report(self, campaign_id: int, occurrence: int | None = None) -> Report:
        """Outcomes of a campaign's deliveries (of one occurrence, or all)."""
        statement = (
            select(
                CampaignDelivery.status,
                CampaignDelivery.language,
                CampaignDelivery.fell_back,
                CampaignDelivery.answer,
                OutboxMessage.status,
                Person.blocked_at,
            )
            .outerjoin(OutboxMessage, OutboxMessage.id == CampaignDelivery.outbox_id)
            .join(Person, Person.id == CampaignDelivery.learner_id)
            .where(CampaignDelivery.campaign_id == campaign_id)
        )
        if occurrence is not None:
            statement = statement.where(CampaignDelivery.occurrence == occurrence)
        report = Report()
        for status, language, fell_back, answer, row_status, blocked_at in (
            await self._session.execute(statement)
        ).all():
            result = outcome(status, row_status, blocked_at is not None)
            report.audience += 1
            report.outcomes[result] += 1
            report.by_language.setdefault(language, Counter())[result] += 1
            report.fell_back += int(fell_back)
            if answer is not None:
                report.answers[answer] += 1
        return report

    async def deliveries(self, campaign_id: int) -> list[tuple[CampaignDelivery, str]]:
        """Every delivery of the campaign with its outcome, for CSV reports."""
        statement = (
            select(CampaignDelivery, OutboxMessage.status, Person.blocked_at)
            .outerjoin(OutboxMessage, OutboxMessage.id == CampaignDelivery.outbox_id)
            .join(Person, Person.id == CampaignDelivery.learner_id)
            .where(CampaignDelivery.campaign_id == campaign_id)
            .order_by(CampaignDelivery.occurrence, CampaignDelivery.learner_id)
        )
        return [
            (d, outcome(d.status, row_status, blocked_at is not None))
            for d, row_status, blocked_at in (await self._session.execute(statement)).all()
        ]


__all__ = [
    "OUTCOMES",
    "CampaignRepository",
    "LearnerFacts",
    "NewDelivery",
    "Report",
    "campaign_ref",
]
