"""Retention: what Polku keeps only for a while, and the job that lets it go.

After ``Settings.retention_days`` (``POLKU_RETENTION_DAYS``, default 30):

- the payloads of finished outbox rows (sent, dead, expired, cancelled) are blanked; the
  rows stay, with their keys, status and kind, so nothing is sent twice and reports still
  count them (in-doubt rows wait for an operator and are left alone);
- dialogue places untouched for that long are dropped: a finished flow leaves none, so
  these are flows abandoned half-way, holding the answers typed so far. A learner who
  comes back later starts that flow again. A place touched within the period is kept;
- handled inbox updates received before then are dropped (the bot already drops them
  after a day; this catches a database the bot has not run on).

The bot runs it daily; ``polku purge [--dry-run]`` runs it by hand.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from store.dialogues import DialogueRepository
from store.inbox import InboxRepository
from store.outbox import OutboxRepository

log = logging.getLogger(__name__)

DEFAULT_RETENTION = timedelta(days=30)


@dataclass(frozen=True)
class Purged:
    """How many of each kind a purge removed (or, in a dry run, would remove)."""

    outbox_payloads: int = 0
    dialogue_states: int = 0
    inbox_updates: int = 0

    def counts(self) -> dict[str, int]:
        """The counts by kind, in a stable order (for the CLI and logs)."""
        return {
            "outbox_payloads": self.outbox_payloads,
            "dialogue_states": self.dialogue_states,
            "inbox_updates": self.inbox_updates,
        }


class Retention:
    """Purges what is older than the retention period, in one transaction."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        keep: timedelta = DEFAULT_RETENTION,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self.keep = keep

    async def purge(self, *, dry_run: bool = False) -> Purged:
        """Purge everything older than the retention period.

        Args:
            dry_run: count what would go, and change nothing. The same statements run
                and are rolled back, so the counts are exactly what a real run removes.

        Returns:
            The counts by kind.
        """
        before = self._clock.now() - self.keep
        async with self._sessions() as session:
            try:
                purged = Purged(
                    outbox_payloads=await OutboxRepository(session).purge_payloads(before),
                    dialogue_states=await DialogueRepository(session).purge_idle(before),
                    inbox_updates=await InboxRepository(session).purge_handled(before),
                )
            except BaseException:
                await session.rollback()
                raise
            if dry_run:
                await session.rollback()
            else:
                await session.commit()
        if not dry_run:
            log.info(
                "retention_purged %s",
                " ".join(f"{kind}={count}" for kind, count in purged.counts().items()),
            )
        return purged
