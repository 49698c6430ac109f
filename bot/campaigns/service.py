"""The campaign service: create, preview, send in batches through the outbox, cancel, report.

No Telegram here. Sending an occurrence writes, per batch and in one transaction, the
deliveries (unique per campaign, occurrence and learner) and their outbox rows (unique
per idempotency key), so a process killed mid-send plans the rest when it comes back
and nobody gets the same occurrence twice. The outbox sender does the rest: quiet hours
in each learner's zone, Telegram's limits, blocked people, and campaign messages last.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.campaigns.audience import Audience
from bot.campaigns.file import CampaignFile
from bot.campaigns.messages import campaign_message, report_reply
from bot.clock import Clock
from bot.errors import PolkuError
from bot.i18n import format_day
from bot.outbox import Outbox, Priority
from bot.replies import Reply
from store.campaigns import CampaignRepository, LearnerFacts, NewDelivery, Report, campaign_ref
from store.db import transaction
from store.models import (
    Campaign,
    CampaignRepeat,
    CampaignStatus,
    DeliveryStatus,
    OutboxMessage,
    Person,
    Role,
)
from store.outbox import NewOutboxRow, OutboxRepository
from store.people import PeopleRepository

log = logging.getLogger(__name__)

KIND = "campaign"
BATCH = 500
_PERIOD = {CampaignRepeat.DAILY: timedelta(days=1), CampaignRepeat.WEEKLY: timedelta(weeks=1)}


class CampaignError(PolkuError):
    """A campaign action that cannot be done; ``reason`` is a short code for operators."""

    key = "campaign-error"

    def __init__(self, reason: str, campaign_id: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.campaign_id = campaign_id


@dataclass
class Preview:
    """Who a campaign would reach now, and what they would read."""

    audience: int = 0
    by_language: Counter[str] = field(default_factory=Counter)  # learners' own languages
    fell_back: Counter[str] = field(default_factory=Counter)  # of those: without a text
    muted: int = 0
    blocked: int = 0
    examples: dict[str, str] = field(default_factory=dict)  # text language -> one text


def text_for(campaign: Campaign, learner: LearnerFacts) -> tuple[str, bool]:
    """The language whose text ``learner`` reads, and whether it is the fallback.

    Their own language, else the second language they chose, else the campaign's fallback.
    """
    for language in (learner.language, learner.second_language):
        if language in campaign.messages:
            return language, False
    return campaign.fallback, True


def fill(text: str, learner: LearnerFacts, language: str, day: date) -> str:
    """The text with its placeholders filled in; the result is plain text (escaped later)."""
    return text.format_map(
        {
            "first_name": learner.first_name,
            "counsellor_name": learner.counsellor_name or "",
            "date": format_day(language, day),
        }
    )


def occurrence_at(campaign: Campaign, occurrence: int) -> datetime | None:
    """When occurrence ``occurrence`` is due, or None when the campaign has no such one."""
    if occurrence == 0:
        return campaign.send_at
    period = _PERIOD.get(campaign.repeat)
    if period is None:
        return None
    at = campaign.send_at + occurrence * period
    if campaign.until is not None and at > campaign.until:
        return None
    return at


class Campaigns:
    """Campaigns over the database and the outbox."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        outbox: Outbox,
        clock: Clock,
        *,
        time_zone: str,
        counsellors_may_send: bool = False,
        batch: int = BATCH,
    ) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._clock = clock
        self._zone = ZoneInfo(time_zone)
        self.time_zone = time_zone
        self.counsellors_may_send = counsellors_may_send
        self._batch = batch

    @property
    def sessions(self) -> async_sessionmaker[AsyncSession]:
        """The database (for the dialogue's actions, which join the turn's transaction)."""
        return self._sessions

    def may_run(self, person: Person) -> bool:
        """Whether ``person`` may create and send campaigns: a coordinator, or a counsellor
        (to their own learners) where the deployment allows it."""
        return person.role is Role.COORDINATOR or (
            person.role is Role.COUNSELLOR and self.counsellors_may_send
        )

    async def create(self, spec: CampaignFile, created_by: int | None = None) -> Campaign:
        """Store a campaign as a draft; nothing is sent before :meth:`confirm`.

        Args:
            spec: the checked campaign file.
            created_by: the coordinator (or counsellor) who gets the reports.
        """
        async with transaction(self._sessions) as session:
            return await self.add_draft(session, spec, created_by)

    async def add_draft(
        self,
        session: AsyncSession,
        spec: CampaignFile,
        created_by: int | None = None,
        *,
        since: datetime | None = None,
    ) -> Campaign:
        """:meth:`create` in the caller's transaction (the guided dialogue's turn).

        Args:
            session: the caller's transaction.
            spec: the checked campaign.
            created_by: who writes it.
            since: when the dialogue that writes it began: a draft of the same name that
                ``created_by`` stored since then is this one, stored already (a retried
                action stores it once).
        """
        now = self._clock.now()
        repo = CampaignRepository(session)
        if since is not None and created_by is not None:
            stored = await repo.drafted_since(created_by, spec.name, since)
            if stored is not None:
                return stored
        campaign = await repo.add(
            Campaign(
                name=spec.name,
                created_by=created_by,
                audience=spec.audience.to_json(),
                messages=dict(spec.messages),
                fallback=spec.fallback,
                buttons={k: list(v) for k, v in spec.buttons.items()},
                send_at=spec.send_at or now,
                repeat=spec.repeat,
                until=spec.until_at(self._zone),
                status=CampaignStatus.DRAFT,
                next_occurrence=0,
                next_at=None,
                created_at=now,
            )
        )
        log.info("campaign_created id=%d by=%s", campaign.id, created_by)
        return campaign

    async def all(self, created_by: int | None = None) -> list[Campaign]:
        """Campaigns, newest first."""
        async with self._sessions() as session:
            return await CampaignRepository(session).all(created_by)

    async def get(self, campaign_id: int) -> Campaign:
        """One campaign.

        Raises:
            CampaignError: ``not_found``.
        """
        async with self._sessions() as session:
            campaign = await CampaignRepository(session).get(campaign_id)
        if campaign is None:
            raise CampaignError("not_found", campaign_id)
        return campaign

    async def check_owner(self, campaign_id: int, person: Person) -> Campaign:
        """The campaign, if ``person`` may act on it: a coordinator, or (when the
        deployment allows it) the counsellor who created it.

        Raises:
            CampaignError: ``not_found`` (also for a campaign that is not theirs).
        """
        campaign = await self.get(campaign_id)
        if person.role is Role.COORDINATOR:
            return campaign
        if (
            person.role is Role.COUNSELLOR
            and self.counsellors_may_send
            and campaign.created_by == person.id
        ):
            return campaign
        raise CampaignError("not_found", campaign_id)

    async def audience(
        self, campaign: Campaign, session: AsyncSession, now: datetime
    ) -> list[LearnerFacts]:
        """The learners a campaign reaches now (a counsellor's: only their own learners)."""
        audience = Audience.model_validate(campaign.audience)
        learners = await CampaignRepository(session).learners(audience.learners)
        chosen = [learner for learner in learners if audience.matches(learner, now)]
        if campaign.created_by is not None:
            creator = await PeopleRepository(session).get(campaign.created_by)
            if creator is not None and creator.role is Role.COUNSELLOR:
                chosen = [learner for learner in chosen if learner.counsellor_id == creator.id]
        return chosen

    async def preview(self, campaign_id: int) -> Preview:
        """Audience size per language, how many fall back, and one example per text."""
        campaign = await self.get(campaign_id)
        now = self._clock.now()
        async with self._sessions() as session:
            learners = await self.audience(campaign, session, now)
        preview = Preview(audience=len(learners))
        for learner in learners:
            language, fell_back = text_for(campaign, learner)
            preview.by_language[learner.language] += 1
            if fell_back:
                preview.fell_back[learner.language] += 1
            preview.muted += int(learner.muted)
            preview.blocked += int(learner.blocked and not learner.muted)
            if language not in preview.examples:
                day = now.astimezone(ZoneInfo(learner.time_zone)).date()
                preview.examples[language] = fill(
                    campaign.messages[language], learner, learner.language, day
                )
        return preview

    async def confirm(self, campaign_id: int) -> Campaign:
        """Schedule a draft: its first occurrence goes at ``send_at`` (or now, if past).

        Raises:
            CampaignError: ``not_found``, or ``not_draft`` when it was confirmed or cancelled.
        """
        async with transaction(self._sessions) as session:
            campaign = await CampaignRepository(session).get(campaign_id, lock=True)
            if campaign is None:
                raise CampaignError("not_found", campaign_id)
            if campaign.status is not CampaignStatus.DRAFT:
                raise CampaignError("not_draft", campaign_id)
            campaign.status = CampaignStatus.SCHEDULED
            campaign.next_at = campaign.send_at
        log.info("campaign_confirmed id=%d", campaign_id)
        await self.run_due()
        return campaign

    async def cancel(self, campaign_id: int) -> int:
        """Cancel a campaign: what has not gone yet never goes.

        Returns:
            How many queued messages were cancelled.

        Raises:
            CampaignError: ``not_found``, or ``finished`` for a campaign already done.
        """
        async with transaction(self._sessions) as session:
            repo = CampaignRepository(session)
            campaign = await repo.get(campaign_id, lock=True)
            if campaign is None:
                raise CampaignError("not_found", campaign_id)
            if campaign.status in (CampaignStatus.DONE, CampaignStatus.CANCELLED):
                raise CampaignError("finished", campaign_id)
            cancelled = await repo.cancel(campaign_id)
        log.info("campaign_cancelled id=%d messages=%d", campaign_id, cancelled)
        return cancelled

    async def report(self, campaign_id: int) -> Report:
        """How the campaign went so far (every occurrence)."""
        await self.get(campaign_id)
        async with self._sessions() as session:
            return await CampaignRepository(session).report(campaign_id)

    async def deliveries(self, campaign_id: int) -> list[tuple[Any, str]]:
        """Each delivery with its outcome (for CSV)."""
        async with self._sessions() as session:
            return await CampaignRepository(session).deliveries(campaign_id)

    async def run_due(self) -> int:
        """Plan every due occurrence and report on finished sends (the scheduler's job).

        Returns:
            How many messages were queued.
        """
        now = self._clock.now()
        async with self._sessions() as session:
            due = await CampaignRepository(session).due(now)
        queued = 0
        for campaign_id in due:
            queued += await self._plan_occurrence(campaign_id, now)
        await self._finish_sends()
        return queued

    async def _plan_occurrence(self, campaign_id: int, now: datetime) -> int:
        async with transaction(self._sessions) as session:
            campaign = await CampaignRepository(session).get(campaign_id, lock=True)
            if (
                campaign is None
                or campaign.next_at is None
                or campaign.next_at > now
                or campaign.status not in (CampaignStatus.SCHEDULED, CampaignStatus.SENDING)
            ):
                return 0
            occurrence, at = campaign.next_occurrence, campaign.next_at
            learners = await self.audience(campaign, session, now)
        queued = 0
        for start in range(0, len(learners), self._batch):
            queued += await self._plan_batch(
                campaign, occurrence, at, learners[start : start + self._batch], now
            )
        async with transaction(self._sessions) as session:
            fresh = await CampaignRepository(session).get(campaign_id, lock=True)
            if fresh is not None and fresh.status is not CampaignStatus.CANCELLED:
                fresh.next_occurrence = occurrence + 1
                fresh.next_at = occurrence_at(fresh, occurrence + 1)
                fresh.status = CampaignStatus.SENDING
        log.info(
            "campaign_planned id=%d occurrence=%d audience=%d queued=%d",
            campaign_id,
            occurrence,
            len(learners),
            queued,
        )
        return queued

    async def _plan_batch(
        self,
        campaign: Campaign,
        occurrence: int,
        at: datetime,
        learners: list[LearnerFacts],
        now: datetime,
    ) -> int:
        new = []
        for learner in learners:
            language, fell_back = text_for(campaign, learner)
            if learner.muted:
                status = DeliveryStatus.MUTED
            elif learner.blocked:
                status = DeliveryStatus.BLOCKED
            else:
                status = DeliveryStatus.QUEUED
            new.append(NewDelivery(learner.id, language, fell_back, status))
        by_id = {learner.id: learner for learner in learners}
        async with transaction(self._sessions) as session:
            repo = CampaignRepository(session)
            current = await repo.get(campaign.id, lock=True)
            if current is None or current.status is CampaignStatus.CANCELLED:
                return 0
            await repo.add_deliveries(campaign.id, occurrence, new, now)
            waiting = await repo.unlinked(campaign.id, occurrence, list(by_id))
            rows = []
            for delivery in waiting:
                learner = by_id[delivery.learner_id]
                day = at.astimezone(ZoneInfo(learner.time_zone)).date()
                text = fill(campaign.messages[delivery.language], learner, learner.language, day)
                labels = list(campaign.buttons.get(delivery.language, []))
                reply = campaign_message(text, labels, delivery.id)
                rows.append(
                    NewOutboxRow(
                        key=f"campaign:{campaign.id}:{occurrence}:{learner.id}",
                        chat_id=learner.chat_id,
                        person_id=learner.id,
                        kind=KIND,
                        payload={
                            "language": learner.language,
                            "time_zone": learner.time_zone,
                            "reply": reply.to_json(),
                        },
                        not_before=at,
                        created_at=now,
                        ref=campaign_ref(campaign.id),
                        priority=int(Priority.BULK),
                    )
                )
            added = await OutboxRepository(session).enqueue(rows)
            ids = await repo.outbox_ids([row.key for row in rows])
            await repo.link(
                {
                    d.id: ids[f"campaign:{campaign.id}:{occurrence}:{d.learner_id}"]
                    for d in waiting
                    if f"campaign:{campaign.id}:{occurrence}:{d.learner_id}" in ids
                }
            )
        if added:
            self._outbox.wake()
        return added

    async def _finish_sends(self) -> None:
        async with self._sessions() as session:
            sending = await CampaignRepository(session).sending()
        for campaign_id in sending:
            async with transaction(self._sessions) as session:
                repo = CampaignRepository(session)
                campaign = await repo.get(campaign_id, lock=True)
                if campaign is None or campaign.status is not CampaignStatus.SENDING:
                    continue
                if await repo.underway(campaign_id):
                    continue
                occurrence = campaign.next_occurrence - 1
                campaign.status = (
                    CampaignStatus.DONE if campaign.next_at is None else CampaignStatus.SCHEDULED
                )
                report = await repo.report(campaign_id, occurrence)
                await self._tell_staff(session, campaign, occurrence, report)
            log.info(
                "campaign_occurrence_finished id=%d occurrence=%d sent=%d",
                campaign_id,
                occurrence,
                report.count("sent"),
            )

    async def _tell_staff(
        self, session: AsyncSession, campaign: Campaign, occurrence: int, report: Report
    ) -> None:
        people = PeopleRepository(session)
        creator = await people.get(campaign.created_by) if campaign.created_by else None
        recipients = (
            [creator]
            if creator is not None and creator.active
            else [p for p in await people.with_role(Role.COORDINATOR) if p.active]
        )
        now = self._clock.now()
        for person in recipients:
            await self._outbox.enqueue(
                session,
                key=f"campaign-report:{campaign.id}:{occurrence}:{person.id}",
                to=person,
                reply=report_reply(campaign, report),
                kind="campaign_report",
                now=now,
                priority=Priority.NORMAL,
            )

    async def answer(self, learner: Person, delivery_id: int, answer: int | None) -> bool:
        """Record a learner's press under a campaign message (an answer, or mute).

        Returns:
            True when it was theirs and in range; False for a forged or stale press.
        """
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            repo = CampaignRepository(session)
            delivery = await repo.delivery(delivery_id)
            if delivery is None or delivery.learner_id != learner.id:
                return False
            if answer is None:
                await repo.mute(learner.id, now)
                log.info("campaign_muted person=%d", learner.id)
                return True
            campaign = await repo.get(delivery.campaign_id)
            labels = campaign.buttons.get(delivery.language, []) if campaign else []
            if not 1 <= answer <= len(labels):
                return False
            return await repo.answer(delivery_id, learner.id, answer, now)

    async def sent_message(self, learner: Person, delivery_id: int) -> Reply | None:
        """The campaign message as it went to ``learner`` (None: not theirs, not sent, or
        its content already let go by the retention job)."""
        async with transaction(self._sessions) as session:
            delivery = await CampaignRepository(session).delivery(delivery_id)
            if delivery is None or delivery.learner_id != learner.id:
                return None
            if delivery.outbox_id is None:
                return None
            row = await session.get(OutboxMessage, delivery.outbox_id)
            raw = row.payload.get("reply") if row is not None and row.payload else None
        return Reply.from_json(raw) if isinstance(raw, dict) else None

    async def unmute(self, person_id: int) -> None:
        """Let campaigns reach the person again."""
        async with transaction(self._sessions) as session:
            person = await PeopleRepository(session).get(person_id)
            if person is not None:
                person.campaigns_muted_at = None


__all__ = ["KIND", "CampaignError", "Campaigns", "Preview", "occurrence_at"]
