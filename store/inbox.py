"""The inbox: every update from Telegram, stored before Telegram is told it arrived."""

from __future__ import annotations

import typing
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import InboxStatus, InboxUpdate


@dataclass(frozen=True, slots=True)
class StoredUpdate:
    """An update waiting to be handled, detached from any session."""

    update_id: int
    payload: dict[str, Any]
    attempts: int


_INBOX = typing.cast(Table, InboxUpdate.__table__)
# Core statements, built once (by "is PostgreSQL"); Telegram may deliver an update twice.
_STORE = {
    postgres: (pg_insert if postgres else sqlite_insert)(_INBOX)
    .on_conflict_do_nothing(index_elements=["update_id"])
    .returning(_INBOX.c.update_id)
    for postgres in (False, True)
}
# On every update (a webhook worker: twice), so built once; Core statements, as no ORM
# object of the inbox is ever loaded to keep in step.
_DONE = (
    update(_INBOX)
    .where(_INBOX.c.update_id.in_(bindparam("b_ids", expanding=True)))
    .values(status=InboxStatus.DONE, payload=None, handled_at=bindparam("b_now"), lease_until=None)
)
_EARLIER_PENDING = select(_INBOX.c.update_id).where(
    _INBOX.c.sender_key == bindparam("b_sender"),
    _INBOX.c.status == InboxStatus.PENDING,
    _INBOX.c.update_id < bindparam("b_update"),
)


class InboxRepository:
    """Inbox reads and writes within the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def store(
        self,
        updates: Sequence[tuple[int, int | None, dict[str, Any]]],
        *,
        now: datetime,
        lease: timedelta,
    ) -> dict[int, InboxStatus | None]:
        """Keep updates unless they are known already (Telegram may deliver one twice).

        Args:
            updates: (update id, sender key, payload) of each.
            now: the current time.
            lease: how long the receiving process owns what it stores.

        Returns:
            Per update id: None for an update that is new, else the status of the one
            already kept.
        """
        if not updates:
            return {}
        rows = [
            {
                "update_id": update_id,
                "sender_key": sender_key,
                "payload": payload,
                "status": InboxStatus.PENDING,
                "attempts": 0,
                "received_at": now,
                "lease_until": now + lease,
            }
            for update_id, sender_key, payload in updates
        ]
        dialect = self._session.get_bind().dialect.name
        # One statement for any number of rows (SQLAlchemy's "insert many values"): a
        # multi-row VALUES clause would be compiled again for every batch.
        result = await self._session.execute(_STORE[dialect == "postgresql"], rows)
        new = set(result.scalars())
        verdicts: dict[int, InboxStatus | None] = dict.fromkeys(new)
        known = [update_id for update_id, _, _ in updates if update_id not in new]
        if known:
            statuses = await self._session.execute(
                select(InboxUpdate.update_id, InboxUpdate.status).where(
                    InboxUpdate.update_id.in_(known)
                )
            )
            verdicts.update({update_id: status for update_id, status in statuses.all()})
        return verdicts

    async def done(self, update_ids: Sequence[int], now: datetime) -> None:
        """Mark updates handled and drop what they carried."""
        if not update_ids:
            return
        await self._session.execute(_DONE, {"b_ids": list(update_ids), "b_now": now})

    async def take_over(
        self, *, now: datetime, lease: timedelta, everything: bool, max_attempts: int
    ) -> list[StoredUpdate]:
        """Claim stored updates that nobody is handling, oldest first, for a replay.

        Args:
            now: the current time.
            lease: how long the caller owns what it takes.
            everything: take every pending update (the only receiving process starts),
                not only those whose receiver's lease ran out.
            max_attempts: an update whose handling was cut off this often is given up.

        Returns:
            The updates to handle again, in Telegram's order.
        """
        given_up = update(InboxUpdate).where(
            InboxUpdate.status == InboxStatus.PENDING, InboxUpdate.attempts >= max_attempts
        )
        if not everything:
            given_up = given_up.where(InboxUpdate.lease_until < now)
        await self._session.execute(
            given_up.values(status=InboxStatus.FAILED, payload=None, lease_until=None)
        )
        orphans = (
            select(InboxUpdate.update_id)
            .where(InboxUpdate.status == InboxStatus.PENDING)
            .order_by(InboxUpdate.update_id)
            .with_for_update(skip_locked=True)
        )
        if not everything:
            orphans = orphans.where(InboxUpdate.lease_until < now)
        ids = list((await self._session.execute(orphans)).scalars())
        if not ids:
            return []
        taken = await self._session.execute(
            update(InboxUpdate)
            .where(InboxUpdate.update_id.in_(ids), InboxUpdate.status == InboxStatus.PENDING)
            .values(attempts=InboxUpdate.attempts + 1, lease_until=now + lease)
            .returning(InboxUpdate.update_id, InboxUpdate.payload, InboxUpdate.attempts)
        )
        stored = [StoredUpdate(uid, payload or {}, attempts) for uid, payload, attempts in taken]
        return sorted(stored, key=lambda s: s.update_id)

    async def earlier_pending(self, sender_key: int, update_id: int) -> list[int]:
        """Updates of the same sender before ``update_id`` that are not handled yet."""
        result = await self._session.execute(
            _EARLIER_PENDING, {"b_sender": sender_key, "b_update": update_id}
        )
        return list(result.scalars())

    async def renew(self, update_ids: Sequence[int], until: datetime) -> None:
        """Extend the lease of updates this process still holds (so nobody takes them)."""
        if not update_ids:
            return
        await self._session.execute(
            update(InboxUpdate)
            .where(InboxUpdate.update_id.in_(update_ids), InboxUpdate.status == InboxStatus.PENDING)
            .values(lease_until=until)
        )

    async def forget(self, sender_key: int) -> int:
        """Remove every update of one person (``/forget``); returns how many."""
        result = await self._session.execute(
            delete(InboxUpdate).where(InboxUpdate.sender_key == sender_key)
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def purge_handled(self, before: datetime) -> int:
        """Drop handled updates received before ``before`` (Telegram re-delivers none then)."""
        result = await self._session.execute(
            delete(InboxUpdate).where(
                InboxUpdate.status != InboxStatus.PENDING, InboxUpdate.received_at < before
            )
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def pending_count(self) -> int:
        """How many updates wait to be handled."""
        result = await self._session.execute(
            select(func.count()).where(InboxUpdate.status == InboxStatus.PENDING)
        )
        return int(result.scalar_one())
