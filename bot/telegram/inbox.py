"""The durable inbox: an update is stored before Telegram is told it arrived.

python-telegram-bot confirms updates to Telegram when it asks for the next batch (long
polling) or when the webhook request returns. So :class:`InboxBot` stores each batch that
``getUpdates`` returns, in one transaction, before handing it on; and
:class:`DurableUpdateQueue` stores an update that reaches the queue any other way (a
webhook request) before ``put`` returns. Handling marks the update done (see
:mod:`bot.telegram.ordering`); after a restart, stored updates that were never handled are
put in the queue again, first and in Telegram's order. The dialogue engine records the
last update it applied, so a replayed answer is not applied twice.

Writes that arrive while one is running share the next transaction (a group commit), and
"done" marks ride along with the next store (or go after a quarter of a second), so the
inbox costs about one commit per batch of updates rather than two per update. The price
is a slightly wider window in which a crash makes a handled update count as unhandled:
it is replayed, its effects are not applied twice, and its reply may go twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot, Update
from telegram.error import NetworkError
from telegram.ext import ExtBot

from bot.clock import Clock
from bot.telegram.request import JSONDict, UpdatesRequest
from store.db import transaction
from store.inbox import InboxRepository
from store.models import InboxStatus

log = logging.getLogger(__name__)

T = TypeVar("T")


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
    # "Done" marks wait at most this long for a store to ride along with.
    done_delay: float = 0.25

    @property
    def sweep_seconds(self) -> float:
        """How often a process renews its leases and looks for orphans: well within a lease."""
        return min(10.0, self.lease.total_seconds() / 3)


def sender_key(update: Update) -> int | None:
    """Whose update this is: the Telegram user, else the chat; None for neither."""
    if update.effective_user is not None:
        return update.effective_user.id
    if update.effective_chat is not None:
        return update.effective_chat.id
    return None


class GroupCommit(Generic[T]):
    """Runs ``write`` on everything submitted while the previous write was running.

    ``submit`` returns once its item is written (or raises what the write raised), so a
    caller keeps its guarantee; concurrent callers share one transaction.
    """

    def __init__(self, write: Callable[[list[T]], Awaitable[None]]) -> None:
        self._write = write
        self._waiting: list[tuple[T, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def submit(self, item: T) -> None:
        """Write ``item`` with whatever else is waiting; return when it is written."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._drain(), name="inbox-group-commit")
        await done

    async def _drain(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                await self._write([item for item, _ in batch])
            except Exception as exc:
                for _, done in batch:
                    if not done.done():
                        done.set_exception(exc)
            else:
                for _, done in batch:
                    if not done.done():
                        done.set_result(None)


class Inbox:
    """Stores incoming updates, remembers which are being handled, replays the rest."""

    def __init__(self, limits: InboxLimits | None = None, *, shared: bool = False) -> None:
        self.limits = limits or InboxLimits()
        # Other processes receive updates too (webhook workers on one PostgreSQL): one
        # person's updates may be spread over them, and the database orders them.
        self.shared = shared
        self._sessions: async_sessionmaker[AsyncSession] | None = None
        self._clock: Clock | None = None
        # Updates queued or being handled by this process: a re-delivery of one is dropped.
        self._in_flight: set[int] = set()
        # What the last stored batch decided, per update, until the queue asks.
        self._verdicts: dict[int, bool] = {}
        self._storing = GroupCommit[Update](self._store)
        # Handled updates whose "done" is not written yet.
        self._handled: set[int] = set()
        self._flush: asyncio.TimerHandle | None = None
        self._flushing: set[asyncio.Task[None]] = set()

    def open(self, sessions: async_sessionmaker[AsyncSession], clock: Clock) -> None:
        """Connect to the database (``post_init``)."""
        self._sessions, self._clock = sessions, clock

    def _store_of(self) -> tuple[async_sessionmaker[AsyncSession], Clock]:
        if self._sessions is None or self._clock is None:
            raise RuntimeError("the inbox is not open: the application is not initialised")
        return self._sessions, self._clock

    async def accept_batch(
        self, updates: Sequence[Update], as_sent: Mapping[int, JSONDict] | None = None
    ) -> None:
        """Store a batch from ``getUpdates`` in one transaction; the queue asks later.

        Args:
            updates: the batch.
            as_sent: the updates as Telegram sent them, by update id, where known (stored
                as they are; the others are serialised again from ``updates``).

        Raises:
            NetworkError: the database could not take it. Polling then asks Telegram for
                the same updates again later (nothing was confirmed).
        """
        await self._store(list(updates), as_sent)

    async def accept(self, update: Update) -> bool:
        """Whether ``update`` should be handled now; stores it first if it is not yet.

        Raises:
            NetworkError: the database could not take it; a webhook answers 500 and
                Telegram tries again.
        """
        if update.update_id not in self._verdicts:
            await self._storing.submit(update)
        return self._verdicts.pop(update.update_id, False)

    async def _store(
        self, updates: list[Update], as_sent: Mapping[int, JSONDict] | None = None
    ) -> None:
        sessions, clock = self._store_of()
        sent = as_sent or {}
        rows = [(u.update_id, sender_key(u), sent.get(u.update_id) or u.to_dict()) for u in updates]
        finished = self._take_handled()
        try:
            async with transaction(sessions) as session:
                inbox = InboxRepository(session)
                known = await inbox.store(rows, now=clock.now(), lease=self.limits.lease)
                await inbox.done(finished, clock.now())
        except Exception as exc:
            self._handled.update(finished)
            log.error("inbox_store_failed count=%d error=%s", len(rows), type(exc).__name__)
            raise NetworkError("the inbox could not store the updates") from exc
        for update in updates:
            uid = update.update_id
            status = known.get(uid)
            # New, or kept but never handled and not queued here (a re-delivery of an
            # update whose process died): handle it. Anything else was handled already.
            fresh = uid in known and status is None
            orphan = (
                status is InboxStatus.PENDING
                and uid not in self._in_flight
                and uid not in finished
                and uid not in self._handled
            )
            if fresh or orphan:
                self._in_flight.add(uid)
                self._verdicts[uid] = True
            else:
                log.info("inbox_duplicate update=%d", uid)
                self._verdicts[uid] = False

    def handled(self, update: Update) -> None:
        """Mark ``update`` done (with the next store, or shortly); its payload is dropped."""
        self._in_flight.discard(update.update_id)
        self._handled.add(update.update_id)
        if self._flush is None:
            # Several workers: the next update of this person may wait in another process
            # for this mark, and a worker killed before it is written has this update
            # replayed (and its reply sent again); so at once, with whatever else was
            # handled in the same turn of the loop.
            delay = 0.0 if self.shared else self.limits.done_delay
            self._flush = asyncio.get_running_loop().call_later(delay, self._flush_soon)

    def _flush_soon(self) -> None:
        task = asyncio.get_running_loop().create_task(self.flush(), name="inbox-done")
        self._flushing.add(task)
        task.add_done_callback(self._flushing.discard)

    def _take_handled(self) -> list[int]:
        finished, self._handled = sorted(self._handled), set()
        if self._flush is not None:
            self._flush.cancel()
            self._flush = None
        return finished

    async def flush(self) -> None:
        """Write the "done" marks still waiting (on a timer, and when stopping)."""
        finished = self._take_handled()
        if not finished:
            return
        sessions, clock = self._store_of()
        try:
            async with transaction(sessions) as session:
                await InboxRepository(session).done(finished, clock.now())
        except Exception as exc:
            # They stay pending and are replayed after a restart; the dialogue will not
            # apply them twice.
            self._handled.update(finished)
            log.error("inbox_done_failed count=%d error=%s", len(finished), type(exc).__name__)

    async def wait_for_turn(self, update: Update) -> None:
        """Wait until the person's earlier updates are handled, wherever they arrived.

        With several webhook workers, a person's two quick messages may reach two
        processes; each process keeps its own updates in order, and this keeps the order
        across them: an update waits while an earlier update of the same person is stored
        and not yet handled (in another process, or about to be replayed after its
        process died). The person's advisory lock then keeps the two from overlapping.
        An earlier update that is still not handled after its lease and two sweeps is
        not waited for any longer (the wait is logged).
        """
        key = sender_key(update)
        if not self.shared or key is None:
            return
        sessions, _ = self._store_of()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.limits.lease.total_seconds() + 2 * self.limits.sweep_seconds
        pause = 0.02
        while True:
            async with sessions() as session:
                earlier = await InboxRepository(session).earlier_pending(key, update.update_id)
            # Handled here but not yet marked done: not waited for.
            if not [uid for uid in earlier if uid not in self._handled]:
                return
            if loop.time() > deadline:
                log.warning(
                    "inbox_turn_gave_up update=%d earlier=%d", update.update_id, len(earlier)
                )
                return
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.2)

    async def renew(self) -> None:
        """Extend the leases of the updates this process still holds (each sweep)."""
        held = sorted(self._in_flight)
        if not held:
            return
        sessions, clock = self._store_of()
        async with transaction(sessions) as session:
            await InboxRepository(session).renew(held, clock.now() + self.limits.lease)

    async def orphans(self, bot: Bot, *, everything: bool) -> list[Update]:
        """Stored updates nobody is handling, claimed for this process, oldest first.

        Args:
            bot: to rebuild the updates with.
            everything: this is the only process receiving updates (long polling), so
                every pending update is an orphan; otherwise only those whose receiver's
                lease ran out (a webhook worker that died).
        """
        sessions, clock = self._store_of()
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
            ids = ",".join(str(u.update_id) for u in updates[:20])
            log.warning("inbox_replay count=%d updates=%s", len(updates), ids)
        return updates

    async def purge(self) -> int:
        """Drop handled updates too old to be delivered again; returns how many."""
        sessions, clock = self._store_of()
        async with transaction(sessions) as session:
            return await InboxRepository(session).purge_handled(
                clock.now() - self.limits.keep_handled
            )


class InboxBot(ExtBot[None]):
    """The application's bot: each batch ``getUpdates`` returns is stored before use.

    The next ``getUpdates`` call confirms the batch to Telegram, and python-telegram-bot
    makes it as soon as the batch is in its queue; so the batch must be in the database
    by then. One transaction for the whole batch keeps the hot path cheap.
    """

    def __init__(self, inbox: Inbox, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._inbox = inbox
        polling = kwargs.get("get_updates_request")
        self._polling = polling if isinstance(polling, UpdatesRequest) else None

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        """Fetch updates (confirming the previous batch), store them, return them."""
        updates = await super().get_updates(*args, **kwargs)
        as_sent = self._polling.take_updates() if self._polling is not None else None
        if updates:
            await self._inbox.accept_batch(updates, as_sent)
        return updates


class DurableUpdateQueue(asyncio.Queue[object]):
    """The application's update queue: an update is stored before it is queued."""

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
