"""Digests: one pending outbox row that gains a line per event until it is sent."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import OutboxMessage, OutboxStatus


async def pending_by_key_for_update(session: AsyncSession, key: str) -> OutboxMessage | None:
    """The pending outbox row with idempotency key ``key``, locked until the transaction ends.

    Adding a line reads the row and writes it back; without the lock two transactions
    read the same lines and the later write drops the other's. On PostgreSQL the second
    reader waits here for the first to commit and then sees its line. SQLite has no row
    locks (SQLAlchemy leaves ``FOR UPDATE`` out); there transactions take turns on the
    engine's one connection, and a transaction that has written holds the only write lock.

    Args:
        session: the caller's transaction, which holds the lock until it ends.
        key: the digest's idempotency key.

    Returns:
        The row, or None when there is none or it is no longer pending (claimed, sent).
    """
    result = await session.execute(
        select(OutboxMessage)
        .where(
            OutboxMessage.idempotency_key == key,
            OutboxMessage.status == OutboxStatus.PENDING,
        )
        .with_for_update()
        # The lock waits for a concurrent writer; its committed row, not a stale copy in
        # this session's identity map, is the one to extend.
        .execution_options(populate_existing=True)
    )
    return result.scalar_one_or_none()
