"""The outbox: every message the bot starts on its own, as rows with idempotency keys."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import OutboxMessage, OutboxStatus


@dataclass(frozen=True, slots=True)
class NewOutboxRow:
    """A message to add to the outbox."""

    key: str
    chat_id: int
    person_id: int | None
    kind: str
    payload: dict[str, Any]
    not_before: datetime
    created_at: datetime
    status: OutboxStatus = OutboxStatus.PENDING
    ref: str | None = None
    expires_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A claimed outbox row, detached from any session."""

    id: int
    idempotency_key: str
    person_id: int | None
    chat_id: int
    kind: str
    payload: dict[str, Any]
    attempts: int


class OutboxRepository:
    """Outbox reads and writes within the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def enqueue(self, rows: Sequence[NewOutboxRow]) -> int:
        """Add messages whose idempotency keys are new; in one statement.

        Returns:
            How many rows were added (a key already there adds nothing).
        """
        if not rows:
            return 0
        values = [
            {
                "idempotency_key": row.key,
                "chat_id": row.chat_id,
                "person_id": row.person_id,
                "kind": row.kind,
                "payload": row.payload,
                "status": row.status,
                "attempts": 0,
                "not_before": row.not_before,
                "created_at": row.created_at,
                "ref": row.ref,
                "expires_at": row.expires_at,
                "last_error": "blocked" if row.status is OutboxStatus.BLOCKED else None,
            }
            for row in rows
        ]
        dialect = self._session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        statement = (
            insert(OutboxMessage)
            .values(values)
            .on_conflict_do_nothing(index_elements=["idempotency_key"])
        )
        result = await self._session.execute(statement)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def claim_due(
        self, *, now: datetime, worker: str, limit: int, lease: timedelta
    ) -> list[OutboxItem]:
        """Claim up to ``limit`` due rows for ``worker``, oldest first.

        A claimed row is the worker's until ``now + lease``; on PostgreSQL rows locked by
        another worker are skipped, so each row goes to exactly one process.
        """
        due = (
            select(OutboxMessage.id)
            .where(
                OutboxMessage.status == OutboxStatus.PENDING,
                OutboxMessage.not_before <= now,
            )
            .order_by(OutboxMessage.not_before, OutboxMessage.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        ids = list((await self._session.execute(due)).scalars())
        if not ids:
            return []
        claimed = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids), OutboxMessage.status == OutboxStatus.PENDING)
            .values(status=OutboxStatus.CLAIMED, claimed_by=worker, lease_until=now + lease)
            .returning(
                OutboxMessage.id,
                OutboxMessage.idempotency_key,
                OutboxMessage.person_id,
                OutboxMessage.chat_id,
                OutboxMessage.kind,
                OutboxMessage.payload,
                OutboxMessage.attempts,
            )
        )
        items = [OutboxItem(*row) for row in claimed.all()]
        items.sort(key=lambda item: item.id)
        return items

    async def mark_sending(
        self, item_id: int, worker: str, now: datetime, lease: timedelta
    ) -> bool:
        """Record that the request is about to go out; False if the claim was lost."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == item_id,
                OutboxMessage.status == OutboxStatus.CLAIMED,
                OutboxMessage.claimed_by == worker,
            )
            .values(
                status=OutboxStatus.SENDING,
                attempts=OutboxMessage.attempts + 1,
                lease_until=now + lease,
            )
        )
        return (result.rowcount or 0) == 1  # type: ignore[attr-defined]

    async def finish(
        self,
        item_id: int,
        status: OutboxStatus,
        *,
        now: datetime,
        telegram_message_id: int | None = None,
        error: str | None = None,
    ) -> None:
        """Close a row: sent, dead, blocked or cancelled."""
        await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == item_id)
            .values(
                status=status,
                sent_at=now if status == OutboxStatus.SENT else None,
                telegram_message_id=telegram_message_id,
                last_error=error,
                lease_until=None,
            )
        )

    async def retry_later(self, item_id: int, *, not_before: datetime, error: str) -> None:
        """Give a row back to the queue, to be tried again at ``not_before``."""
        await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == item_id)
            .values(
                status=OutboxStatus.PENDING,
                not_before=not_before,
                last_error=error,
                claimed_by=None,
                lease_until=None,
            )
        )

    async def release(self, item_ids: Sequence[int], worker: str) -> None:
        """Give back claimed rows whose request never started."""
        if not item_ids:
            return
        await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id.in_(item_ids),
                OutboxMessage.status == OutboxStatus.CLAIMED,
                OutboxMessage.claimed_by == worker,
            )
            .values(status=OutboxStatus.PENDING, claimed_by=None, lease_until=None)
        )

    async def recover_expired(self, now: datetime) -> tuple[int, int]:
        """Deal with rows whose worker died.

        Claimed rows go back to the queue (no request had started). Rows that were being
        sent become in doubt: Telegram may have delivered them, and sending again could
        double a message, so they wait for an operator (``polku outbox``).

        Returns:
            (rows given back, rows now in doubt)
        """
        released = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.CLAIMED, OutboxMessage.lease_until < now)
            .values(status=OutboxStatus.PENDING, claimed_by=None, lease_until=None)
        )
        doubtful = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.lease_until < now)
            .values(status=OutboxStatus.IN_DOUBT, lease_until=None)
        )
        return (released.rowcount or 0), (doubtful.rowcount or 0)  # type: ignore[attr-defined]

    async def requeue_in_doubt(self, now: datetime) -> int:
        """Send in-doubt rows again (an operator's decision, after checking)."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.IN_DOUBT)
            .values(status=OutboxStatus.PENDING, not_before=now, claimed_by=None)
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def cancel_for_person(self, person_id: int, now: datetime) -> int:
        """Cancel a person's pending messages (for example when they leave)."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.person_id == person_id,
                OutboxMessage.status == OutboxStatus.PENDING,
            )
            .values(status=OutboxStatus.CANCELLED, last_error="cancelled")
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def expire_due(self, now: datetime) -> int:
        """Drop due rows that came too late to matter (after downtime, say); returns how many."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.status == OutboxStatus.PENDING,
                OutboxMessage.not_before <= now,
                OutboxMessage.expires_at.is_not(None),
                OutboxMessage.expires_at < now,
            )
            .values(status=OutboxStatus.EXPIRED, last_error="expired")
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def cancel_ref(self, ref: str) -> int:
        """Cancel pending messages about ``ref`` (a step that changed or went away)."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.ref == ref, OutboxMessage.status == OutboxStatus.PENDING)
            .values(status=OutboxStatus.CANCELLED, last_error="cancelled")
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def cancel_pending(self, person_id: int, kind: str) -> int:
        """Cancel a person's pending messages of one kind (say, a reminder now pointless)."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.person_id == person_id,
                OutboxMessage.kind == kind,
                OutboxMessage.status == OutboxStatus.PENDING,
            )
            .values(status=OutboxStatus.CANCELLED, last_error="cancelled")
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def next_due_at(self) -> datetime | None:
        """When the earliest pending row becomes due."""
        # ORDER BY + LIMIT rather than MIN(): the column type then turns SQLite's text
        # back into an aware datetime.
        result = await self._session.execute(
            select(OutboxMessage.not_before)
            .where(OutboxMessage.status == OutboxStatus.PENDING)
            .order_by(OutboxMessage.not_before)
            .limit(1)
        )
        return result.scalar_one_or_none()

    async def counts(self) -> dict[OutboxStatus, int]:
        """Rows per status."""
        result = await self._session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        )
        return {OutboxStatus(status): count for status, count in result.all()}

    async def by_key(self, key: str) -> OutboxMessage | None:
        """The row with this idempotency key."""
        result = await self._session.execute(
            select(OutboxMessage).where(OutboxMessage.idempotency_key == key)
        )
        return result.scalar_one_or_none()
