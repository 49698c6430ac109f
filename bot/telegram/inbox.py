"""The durable inbox: an update is stored before Telegram is told it arrived.

python-telegram-bot confirms updates to Telegram when it asks for the next batch (polling)
or when the webhook request returns. Both happen after ``update_queue.put`` returns, so a
queue whose ``put`` first commits the update to the database closes the gap in which a
crash used to lose what a person had just sent. Handling marks the update done (see
:mod:`bot.telegram.ordering`); after a restart, stored updates that were never handled are
put in the queue again, first and in Telegram's order. The dialogue engine records the
last update it applied, so a replayed answer is not applied twice.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot, Update
from telegram.error import NetworkError

from bot.clock import Clock
from store.db import transaction
from store.inbox import InboxRepository
from store.models import InboxStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InboxLimits:
    """How long a receiving process owns an update, and how often one may be replayed."""

    lease: timedelta = timedelta(seconds=30)
    # Replays before an update is given up. A replay is counted when a process takes the
    # update over, whether or not its handling had begun, so a backlog cut by several
    # crashes in a row must not reach it; an update that kills the process every time
    # (a poison update) must.
    max_attempts: int = 10
    # Telegram keeps an unconfirmed update for 24 hours: after that no re-delivery can come.
    keep_handled: timedelta = timedelta(hours=25)


def sender_key(update: Update) -> int | None:
    """Whose update this is: the Telegram user, else the chat; None for neither."""
    if update.effective_user is not None:
        return update.effective_user.id
    if update.effective_chat is not None:
        return update.effective_chat.id
    return None


class Inbox:
    """Stores incoming updates, remembers which are being handled, replays the rest."""

    def __init__(self, limits: InboxLimits | None = None) -> None:
        self.limits = limits or InboxLimits()
        self._sessions: async_sessionmaker[AsyncSession] | None = None
        self._clock: Clock | None = None
        # Updates queued or being handled by this process: a re-delivery of one is dropped.
        self._in_flight: set[int] = set()

    def open(self, sessions: async_sessionmaker[AsyncSession], clock: Clock) -> None:
        """Connect to the database (``post_init``)."""
        self._sessions, self._clock = sessions, clock

    def _store(self) -> tuple[async_sessionmaker[AsyncSession], Clock]:
        if self._sessions is None or self._clock is None:
            raise RuntimeError("the inbox is not open: the application is not initialised")
        return self._sessions, self._clock

    async def accept(self, update: Update) -> bool:
        """Store ``update``; True when it should be handled now.

        Raises:
            NetworkError: the database could not take it. Polling then asks Telegram for
                the same updates again later; a webhook answers 500 and Telegram retries.
        """
        sessions, clock = self._store()
        try:
            async with transaction(sessions) as session:
                inbox = InboxRepository(session)
                new = await inbox.store(
                    update.update_id,
                    sender_key(update),
                    update.to_dict(),
                    now=clock.now(),
                    lease=self.limits.lease,
                )
                status = None if new else await inbox.status(update.update_id)
        except Exception as exc:
            log.error("inbox_store_failed update=%d error=%s", update.update_id, type(exc).__name__)
            raise NetworkError("the inbox could not store the update") from exc
        if not new and (status is not InboxStatus.PENDING or update.update_id in self._in_flight):
            # Telegram delivered it again: handled already, or queued here already.
            log.info("inbox_duplicate update=%d", update.update_id)
            return False
        self._in_flight.add(update.update_id)
        return True

    async def handled(self, update: Update) -> None:
        """Mark ``update`` done; its payload (what the person sent) is dropped."""
        sessions, clock = self._store()
        try:
            async with transaction(sessions) as session:
                await InboxRepository(session).done([update.update_id], clock.now())
        finally:
            self._in_flight.discard(update.update_id)

    async def orphans(self, bot: Bot, *, everything: bool) -> list[Update]:
        """Stored updates nobody is handling, claimed for this process, oldest first.

        Args:
            bot: to rebuild the updates with.
            everything: this is the only process receiving updates (long polling), so
                every pending update is an orphan; otherwise only those whose receiver's
                lease ran out (a webhook worker that died).
        """
        sessions, clock = self._store()
        async with transaction(sessions) as session:
            stored = await InboxRepository(session).take_over(
                now=clock.now(),
                lease=self.limits.lease,
                everything=everything,
                max_attempts=self.limits.max_attempts,
            )
        updates = []
        for item in stored:
            if item.update_id in self._in_flight:
                continue
            update = Update.de_json(item.payload, bot)
            if update is None:
                continue
            self._in_flight.add(item.update_id)
            updates.append(update)
        if updates:
            log.warning("inbox_replay count=%d", len(updates))
        return updates

    async def purge(self) -> int:
        """Drop handled updates too old to be delivered again; returns how many."""
        sessions, clock = self._store()
        async with transaction(sessions) as session:
            return await InboxRepository(session).purge_handled(
                clock.now() - self.limits.keep_handled
            )


class DurableUpdateQueue(asyncio.Queue[object]):
    """The application's update queue: ``put`` stores an update before it is queued."""

    def __init__(self, inbox: Inbox) -> None:
        super().__init__()
        self._inbox = inbox

    async def put(self, item: object) -> None:
        """Queue ``item``; an update is stored first, and a known one is dropped."""
        if isinstance(item, Update) and not await self._inbox.accept(item):
            return
        await super().put(item)

    async def replay(self, updates: list[Update]) -> None:
        """Queue updates taken from the inbox (already stored)."""
        for update in updates:
            await super().put(update)
