"""What ``polku health`` and ``/healthz`` read: counts and times, never a row's content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import InboxStatus, InboxUpdate, OutboxMessage, OutboxStatus
from store.outbox import _sendable  # the sender's own notion of "may go now"


@dataclass(frozen=True, slots=True)
class Backlog:
    """The work waiting in the database, as counts and the oldest times."""

    due: int  # outbox rows the sender may send now
    oldest_due: datetime | None  # when the oldest of them became due
    in_doubt: int  # rows a sender left mid-request; an operator decides
    unhandled: int  # stored updates not yet handled
    oldest_unhandled: datetime | None  # when the oldest of them arrived
    given_up: int  # updates whose handling was cut off too often (kept for a day)


async def backlog(session: AsyncSession, now: datetime) -> Backlog:
    """Count the outbox's due and in-doubt rows and the inbox's unhandled updates."""
    due = (await session.execute(select(func.count()).where(*_sendable(now)))).scalar_one()
    # ORDER BY + LIMIT rather than MIN(): the column type turns SQLite's text back into an
    # aware datetime.
    oldest_due = (
        await session.execute(
            select(OutboxMessage.not_before)
            .where(*_sendable(now))
            .order_by(OutboxMessage.not_before)
            .limit(1)
        )
    ).scalar_one_or_none()
    in_doubt = (
        await session.execute(
            select(func.count()).where(OutboxMessage.status == OutboxStatus.IN_DOUBT)
        )
    ).scalar_one()
    inbox = dict(
        (
            await session.execute(
                select(InboxUpdate.status, func.count()).group_by(InboxUpdate.status)
            )
        ).all()
    )
    oldest_unhandled = (
        await session.execute(
            select(InboxUpdate.received_at)
            .where(InboxUpdate.status == InboxStatus.PENDING)
            .order_by(InboxUpdate.received_at)
            .limit(1)
        )
    ).scalar_one_or_none()
    return Backlog(
        due=int(due),
        oldest_due=oldest_due,
        in_doubt=int(in_doubt),
        unhandled=int(inbox.get(InboxStatus.PENDING, 0)),
        oldest_unhandled=oldest_unhandled,
        given_up=int(inbox.get(InboxStatus.FAILED, 0)),
    )


async def at_head(session: AsyncSession) -> bool:
    """Whether the database's migrations are the newest this code knows."""
    from alembic.runtime.migration import MigrationContext

    connection = await session.connection()
    current = await connection.run_sync(
        lambda sync: set(MigrationContext.configure(sync).get_current_heads())
    )
    return current == _code_heads()


@cache
def _code_heads() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    from store.migrations import alembic_config

    # The URL only fills the config; the script directory does not connect.
    config = alembic_config("sqlite+aiosqlite://")
    return frozenset(ScriptDirectory.from_config(config).get_heads())
