"""The one outbox: enqueue in the caller's transaction; a sender drains it within limits.

The sender knows no Telegram: a :class:`Transport` delivers one item and reports what
happened through the exceptions below; ``bot/telegram/transport.py`` maps the Bot API's
errors onto them.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as clock_time
from enum import IntEnum
from typing import Any, Protocol

from aiolimiter import AsyncLimiter
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.i18n import reading_of
from bot.quiet_hours import next_allowed
from bot.replies import Reply
from store.db import transaction
from store.models import OutboxStatus, Person
from store.outbox import NewOutboxRow, OutboxItem, OutboxRepository
from store.people import PeopleRepository

log = logging.getLogger(__name__)
# The length of an idempotency key the outbox table holds.
MAX_KEY = 200


class Priority(IntEnum):
    """Which messages go first when several are due; lower goes first.

    This is also the one place that says which messages may break quiet hours: only
    ``URGENT`` ones (a crisis reply's follow-up, an urgent notice to staff). Everything
    else the bot starts on its own waits for the end of the person's quiet hours.
    """

    URGENT = 0  # crisis and urgent notices: may break quiet hours
    ESCALATION = 1  # escalation notices to counsellors
    NORMAL = 2  # reminders and everyday notices
    BULK = 3  # campaign messages


def may_break_quiet_hours(priority: int) -> bool:
    """Whether a message of ``priority`` may be sent during the person's quiet hours."""
    return priority == Priority.URGENT


def cause_digest(*cause: Any) -> str:
    """A short, stable digest of what caused a notice, for the notice's outbox key.

    Keys come from the cause, never from the clock: the same action run twice with the
    same tracker (a retry, an update replayed after a crash) makes the same key and queues
    one notice, while a later intake with other answers makes a new key and a new notice.
    Canonical JSON (sorted keys, no spaces) makes equal answers give equal text; the
    digest keeps the key short and the answers out of it.
    """
    text = json.dumps(cause, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class DeliveryError(Exception):
    """Base of what a transport may raise; ``reason`` is short, for operators."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason[:200]


class RetryAfter(DeliveryError):
    """Flood control: nothing may be sent for ``seconds``."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class Transient(DeliveryError):
    """The request did not reach Telegram (connection refused, DNS): safe to retry."""


class Ambiguous(DeliveryError):
    """The request may have been delivered (a read time-out, a gateway error, an
    unexpected failure during the request): never retried automatically."""


class Unreachable(DeliveryError):
    """The person blocked the bot or deleted their account."""


class Rejected(DeliveryError):
    """A permanent error for this message (bad request): retrying would not help."""


class Transport(Protocol):
    """Delivers one outbox item; returns the platform's message id."""

    async def deliver(self, item: OutboxItem) -> int:
        """Send ``item`` once."""
        ...


@dataclass(frozen=True)
class SenderLimits:
    """Telegram's limits for bots: about 30 messages/s overall and 1/s per chat."""

    per_second: float = 30.0
    per_chat_interval: float = 1.0
    batch: int = 60
    # Short, so that the rows of a process that died go back soon; a batch is sent within
    # a few seconds, and a row whose lease ran out is never sent by the old claimer.
    claim_lease: timedelta = timedelta(seconds=15)
    # Longer than a request can take (python-telegram-bot's connect, write and read
    # time-outs are 5 s each): only then does a row of a dead sender count as in doubt.
    send_lease: timedelta = timedelta(seconds=20)
    max_attempts: int = 6
    backoff_base: float = 2.0
    backoff_cap: float = 600.0
    idle_poll: float = 5.0

    @classmethod
    def for_rate(cls, per_second: float, max_attempts: int = 6) -> SenderLimits:
        """The limits ``polku run`` uses for a bulk rate: a claim holds about 0.2 s of
        sending (at least 60 rows), so claiming stays a small part of the work."""
        return cls(
            per_second=per_second,
            max_attempts=max_attempts,
            batch=max(60, int(per_second * 0.2)),
        )


@dataclass(frozen=True)
class Message:
    """One message to queue: what, when, about what, and until when it makes sense."""

    key: str
    reply: Reply
    kind: str
    not_before: datetime
    ref: str | None = None
    expires_at: datetime | None = None
    priority: Priority = Priority.NORMAL
    # A file sent with the text (the text becomes its caption): what to make it from at
    # send time (see :class:`Attachments`), so no file bytes wait in the table.
    document: dict[str, Any] | None = None


@dataclass(frozen=True)
class Attachment:
    """A file to send with a message."""

    filename: str  # its extension tells the type (".ics": text/calendar)
    content: bytes


class Attachments(Protocol):
    """Makes the file an outbox row names in its payload's ``document``, at send time."""

    async def attachment(self, spec: dict[str, Any]) -> Attachment | None:
        """The file, or None when what it was made from is gone."""
        ...


def _subject_id(about: Person | int | None) -> int | None:
    return about.id if isinstance(about, Person) else about


def rows_for(
    to: Person, messages: Sequence[Message], *, now: datetime, about: Person | int | None = None
) -> list[NewOutboxRow]:
    """The outbox rows that queue ``messages`` for ``to`` (see :meth:`Outbox.enqueue_many`)."""
    base = {"language": reading_of(to), "time_zone": to.time_zone}
    # A person who has blocked the bot gets pending rows too: the sender holds them
    # until the person is back, then sends those still relevant.
    return [
        NewOutboxRow(
            key=m.key,
            chat_id=to.chat_id,
            person_id=to.id,
            kind=m.kind,
            payload={
                **base,
                "reply": m.reply.to_json(),
                **({"document": m.document} if m.document is not None else {}),
            },
            not_before=m.not_before,
            created_at=now,
            ref=m.ref,
            expires_at=m.expires_at,
            priority=int(m.priority),
            subject_id=_subject_id(about),
        )
        for m in messages
    ]


class Outbox:
    """Writes outbox rows in the caller's transaction and wakes the sender after commit."""

    def __init__(self) -> None:
        self._wake = asyncio.Event()

    async def enqueue(
        self,
        session: AsyncSession,
        *,
        key: str,
        to: Person,
        reply: Reply,
        kind: str,
        now: datetime,
        not_before: datetime | None = None,
        ref: str | None = None,
        expires_at: datetime | None = None,
        priority: Priority = Priority.NORMAL,
        about: Person | int | None = None,
    ) -> bool:
        """Queue ``reply`` for ``to`` unless ``key`` was queued before.

        Args:
            session: the transaction that also records the decision to send.
            key: the idempotency key; the same decision must always make the same key.
            to: the recipient; their language and time zone are kept with the message.
            reply: what to say.
            kind: a short category for reports ("notice", "reminder", ...).
            now: the current time.
            not_before: the earliest time to send (default: now).
            ref: what the message is about, so a change can cancel it (``cancel_ref``).
            expires_at: when sending stops making sense; a row due after it is dropped.
            priority: which goes first, and whether it may break quiet hours.
            about: the learner the message speaks of, when it goes to someone else (their
                counsellor): ``/forget`` erases it with the learner's own data.

        Returns:
            True when the message was queued now, False when the key already existed.
        """
        message = Message(key, reply, kind, not_before or now, ref, expires_at, priority)
        return await self.enqueue_many(session, to, [message], now=now, about=about) == 1

    async def enqueue_many(
        self,
        session: AsyncSession,
        to: Person,
        messages: Sequence[Message],
        *,
        now: datetime,
        about: Person | int | None = None,
    ) -> int:
        """Queue several messages for one person in one statement (say, a step's reminders).

        ``about`` is the learner the messages speak of, as in :meth:`enqueue`.

        Returns:
            How many were queued (keys already there are skipped).
        """
        rows = rows_for(to, messages, now=now, about=about)
        added = await OutboxRepository(session).enqueue(rows)
        if added and not event.contains(session.sync_session, "after_commit", self._committed):
            event.listen(session.sync_session, "after_commit", self._committed, once=True)
        return added

    async def tell_counsellor(
        self, session: AsyncSession, learner_id: int, *, key: str, reply: Reply, now: datetime
    ) -> Person | None:
        """Queue a notice about a learner to their designated counsellor, if they have one.

        The notice is marked as being about the learner, so ``/forget`` erases it.

        Returns:
            The counsellor, or None when the learner has none.
        """
        counsellor = await PeopleRepository(session).counsellor_of(learner_id)
        if counsellor is not None:
            await self.enqueue(
                session,
                key=key,
                to=counsellor,
                reply=reply,
                kind="notice",
                now=now,
                about=learner_id,
            )
        return counsellor

    def _committed(self, _session: Any) -> None:
        self._wake.set()

    def wake(self) -> None:
        """Ask the sender to look for due rows now."""
        self._wake.set()

    async def wait(self, seconds: float) -> None:
        """Wait until woken or ``seconds`` pass."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)
        self._wake.clear()


# Rows are marked "sending" in waves of what the limiter lets go in this long: the longest
# a marked row waits for its request (a crash then leaves it in doubt).
WAVE_SECONDS = 0.05


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What one request did: a message id, or the exception it ended with."""

    item: OutboxItem
    message_id: int | None = None
    error: Exception | None = None


@dataclass
class SenderStats:
    """What one sender did since it started (for logs and the benchmark)."""

    sent: int = 0
    retried: int = 0
    dead: int = 0
    blocked: int = 0
    in_doubt: int = 0
    flood_waits: int = 0
    expired: int = 0
    deferred: int = 0  # moved to the end of their person's quiet hours
    rerouted: int = 0  # their recipient had left: sent to the learner's acting counsellor
    by_status: dict[str, int] = field(default_factory=dict)


class OutboxSender:
    """Drains due outbox rows through a transport, within rate limits, at most once each.

    The sender owns the delivery policy, checked when a row is about to go rather than
    when it was written: quiet hours in the person's zone (only urgent rows break them),
    relevance (a row past its expiry is dropped), people who blocked the bot (their rows
    are held until they are back), fairness (one row per chat per batch) and priority.

    Each row is claimed (safe to give back), then marked as sending in its own commit
    immediately before the request, after every wait. A crash before that mark returns
    the row to the queue; a crash after it leaves the row in doubt rather than risk
    sending it twice.
    """

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        outbox: Outbox,
        transport: Transport,
        clock: Clock,
        limits: SenderLimits | None = None,
        worker: str | None = None,
        *,
        quiet_hours: tuple[clock_time, clock_time] | None = None,
    ) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._transport = transport
        self._clock = clock
        self.limits = limits or SenderLimits()
        self.worker = worker or f"sender-{uuid.uuid4().hex[:12]}"
        self._quiet_hours = quiet_hours
        # per_second on average, in waves of at most one wave's messages at a time (one
        # message every 1/per_second seconds at Telegram's free 30/s).
        wave = self._wave_size()
        self._limiter = AsyncLimiter(wave, wave / self.limits.per_second)
        self._chat_free_at: dict[int, float] = defaultdict(float)
        self._paused_until = 0.0
        self._stopping = asyncio.Event()
        self.stats = SenderStats()
        # Ended requests waiting to be recorded, and the task recording them.
        self._outcomes: list[_Outcome] = []
        # Chats that answered 429, and until when (monotonic): see _flood_wait.
        self._flooded: dict[int, float] = {}
        self._flushing: asyncio.Task[None] | None = None
        # The sender's own transactions one at a time: SQLite has one writer, and two
        # commits of one process waiting for each other's lock would only cost time.
        self._writing = asyncio.Lock()

    async def recover(self) -> tuple[int, int]:
        """Return rows of dead workers to the queue or to doubt; see the class docstring."""
        async with transaction(self._sessions) as session:
            released, doubtful = await OutboxRepository(session).recover_expired(self._clock.now())
        if released or doubtful:
            log.warning("outbox_recovered released=%d in_doubt=%d", released, doubtful)
        self.stats.in_doubt += doubtful
        return released, doubtful

    async def run(self) -> None:
        """Send until :meth:`stop` is called."""
        log.info("outbox_sender_started worker=%s", self.worker)
        await self.recover()
        while not self._stopping.is_set():
            try:
                handled = await self.drain_once()
            except Exception:
                log.exception("outbox_drain_failed worker=%s", self.worker)
                handled = 0
            if self._stopping.is_set():
                break
            if handled == 0:
                await self._outbox.wait(await self._idle_timeout())
        log.info("outbox_sender_stopped worker=%s sent=%d", self.worker, self.stats.sent)

    def stop(self) -> None:
        """Finish the current batch and leave :meth:`run`."""
        self._stopping.set()
        self._outbox.wake()

    async def _idle_timeout(self) -> float:
        async with self._sessions() as session:
            due = await OutboxRepository(session).next_due_at()
        if due is None:
            return self.limits.idle_poll
        wait = (due - self._clock.now()).total_seconds()
        return max(0.05, min(self.limits.idle_poll, wait))

    async def drain_once(self) -> int:
        """Claim one batch of due rows and send what may go now.

        The claim takes at most one row per chat; a row whose chat had a message less than
        ``per_chat_interval`` ago goes back to the queue at once, and one that falls into
        its person's quiet hours waits for their end.

        Returns:
            How many due rows it found (sent now, deferred, or given back to wait for their
            chat); 0 when nothing was due.
        """
        pause = self._paused_until - time.monotonic()
        if pause > 0:
            await asyncio.sleep(pause)
        async with transaction(self._sessions) as session:
            repo = OutboxRepository(session)
            now = self._clock.now()
            expired = await repo.expire_due(now)
            if expired:
                self.stats.expired += expired
                log.info("outbox_expired count=%d", expired)
            claimed = await repo.claim_due(
                now=now, worker=self.worker, limit=self.limits.batch, lease=self.limits.claim_lease
            )
            items = await self._defer_quiet(repo, claimed, now)
        if not items:
            return len(claimed)
        started = time.monotonic()
        ready = [item for item in items if self._chat_free_at[item.chat_id] <= started]
        waiting = [item.id for item in items if self._chat_free_at[item.chat_id] > started]
        if waiting:
            await self._release(waiting)
        if not ready:
            # Every due chat had a message a moment ago: wait for the first to be free.
            soonest = min(self._chat_free_at[item.chat_id] for item in items)
            await asyncio.sleep(max(0.0, min(soonest - started, self.limits.per_chat_interval)))
            return len(claimed)
        await self._send_waves(ready)
        self._forget_idle_chats()
        return len(claimed)

    async def _defer_quiet(
        self, repo: OutboxRepository, items: list[OutboxItem], now: datetime
    ) -> list[OutboxItem]:
        """Give back rows that would reach their person during quiet hours; return the rest."""
        if self._quiet_hours is None:
            return items
        later: dict[datetime, list[int]] = defaultdict(list)
        sendable = []
        for item in items:
            zone = str(item.payload.get("time_zone") or "UTC")
            allowed = next_allowed(now, zone, self._quiet_hours)
            if allowed > now and not may_break_quiet_hours(item.priority):
                later[allowed].append(item.id)
            else:
                sendable.append(item)
        for at, ids in later.items():
            await repo.defer(ids, self.worker, not_before=at, error="quiet hours")
            self.stats.deferred += len(ids)
        if later:
            log.info("outbox_quiet_hours deferred=%d", len(items) - len(sendable))
        return sendable

    def _wave_size(self) -> int:
        """How many rows are marked "sending" together: what the limiter lets go in
        ``WAVE_SECONDS`` (one at Telegram's free 30/s, so each mark is right before its
        request; 50 at 1,000/s, where a commit per message would be the bottleneck)."""
        return max(1, int(self.limits.per_second * WAVE_SECONDS))

    async def _send_waves(self, items: list[OutboxItem]) -> None:
        """Send ``items`` in waves: pace a wave, mark it "sending" in one transaction, start
        its requests, and go on to the next while they run.

        What each request did is recorded as soon as it ends, by :meth:`_flush`: at a low
        rate right away (a message delivered is recorded within a commit, so a crash seldom
        leaves a delivered row in doubt), at a high rate many in one commit.
        """
        running: set[asyncio.Task[None]] = set()
        size = self._wave_size()
        try:
            await self._waves(items, size, running)
            if running:
                await asyncio.wait(set(running))
            if self._flushing is not None:
                await self._flushing
        except asyncio.CancelledError:
            # Killed (not stopped): like a crash, nothing more is sent or recorded; rows
            # on their way stay "sending" and are in doubt once their lease runs out.
            for task in running:
                task.cancel()
            if self._flushing is not None:
                self._flushing.cancel()
            self._outcomes = []
            raise
        await self._settle()

    async def _waves(
        self, items: list[OutboxItem], size: int, running: set[asyncio.Task[None]]
    ) -> None:
        """Pace, mark and start the requests of ``items``, ``size`` at a time."""
        for start in range(0, len(items), size):
            wave = items[start : start + size]
            await self._limiter.acquire(len(wave))
            if self._halted():
                await self._settle(release=[i.id for i in items[start:]])
                break
            marked = await self._mark(wave)
            if self._halted():
                # A flood wait arrived while the wave was being marked: its requests
                # never started, so its rows go back as they were.
                rest = [i.id for i in items[start + len(wave) :]]
                await self._settle(release=rest, unstarted=marked)
                break
            for item in marked:
                self._chat_free_at[item.chat_id] = time.monotonic() + self.limits.per_chat_interval
                task = asyncio.create_task(self._deliver(item))
                running.add(task)
                task.add_done_callback(running.discard)
            # Let the requests start before the next wave is paced.
            await asyncio.sleep(0)

    async def _mark(self, wave: list[OutboxItem]) -> list[OutboxItem]:
        """One transaction: check each recipient, mark the wave "sending"."""
        async with self._writing, transaction(self._sessions) as session:
            people = await PeopleRepository(session).get_many(
                {item.person_id for item in wave if item.person_id is not None}
            )
            sendable = [
                item
                for item in wave
                if item.person_id is None
                or not await self._recipient_left(session, item, people.get(item.person_id))
            ]
            marked = await OutboxRepository(session).mark_sending_many(
                [item.id for item in sendable],
                self.worker,
                self._clock.now(),
                self.limits.send_lease,
            )
        for item in sendable:
            if item.id not in marked:
                log.info("outbox_not_sent id=%d reason=claim_lost_or_expired", item.id)
        return [item for item in sendable if item.id in marked]

    def _halted(self) -> bool:
        """Whether no request may start now (stopping, or a flood wait is running)."""
        return self._stopping.is_set() or self._paused_until > time.monotonic()

    async def _settle(
        self, release: Sequence[int] = (), unstarted: Sequence[OutboxItem] = ()
    ) -> None:
        """In one transaction: record the ended requests not yet recorded, give back the
        claimed rows ``release``, and the rows ``unstarted``, marked "sending" but whose
        requests never started."""
        finished, self._outcomes = self._outcomes, []
        if not finished and not release and not unstarted:
            return
        async with self._writing, transaction(self._sessions) as session:
            repo = OutboxRepository(session)
            await self._record(session, finished)
            if release:
                await repo.release(release, self.worker)
            for item in unstarted:
                await repo.retry_later(
                    item.id,
                    self.worker,
                    not_before=self._clock.now(),
                    error="not started: paused",
                    refund_attempt=True,
                )

    async def _release(self, ids: list[int]) -> None:
        await self._settle(release=ids)

    async def _deliver(self, item: OutboxItem) -> None:
        """Make the request; what happened is recorded by :meth:`_flush`."""
        try:
            message_id = await self._transport.deliver(item)
        except RetryAfter as exc:
            self._flood_wait(item.chat_id, exc.seconds)
            outcome = _Outcome(item, error=exc)
        except Exception as exc:
            outcome = _Outcome(item, error=exc)
        else:
            outcome = _Outcome(item, message_id=message_id)
        self._chat_free_at[item.chat_id] = max(
            self._chat_free_at[item.chat_id], time.monotonic() + self.limits.per_chat_interval
        )
        self._outcomes.append(outcome)
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.create_task(self._flush())

    def _flood_wait(self, chat_id: int, seconds: float) -> None:
        """Honour a 429 at once, before its outcome is recorded.

        Telegram's answer does not say whether it holds one chat or the whole bot: the
        first pauses only its chat (the others go on); a second chat's 429 while the
        first still waits means the bot is held, and everything pauses.
        """
        self.stats.flood_waits += 1
        now = time.monotonic()
        if any(chat != chat_id and until > now for chat, until in self._flooded.items()):
            self._paused_until = max(self._paused_until, now + seconds)
        self._flooded = {c: u for c, u in self._flooded.items() if u > now}
        self._flooded[chat_id] = now + seconds
        self._chat_free_at[chat_id] = max(self._chat_free_at[chat_id], now + seconds)

    async def _flush(self) -> None:
        """Record ended requests until none is left: each commit takes all that ended
        while the one before was running."""
        while self._outcomes:
            try:
                await self._settle()
            except Exception:
                # The rows stay "sending"; the final settle of the batch tries again, and
                # a row never recorded is in doubt after its lease, never sent twice.
                log.exception("outbox_record_failed worker=%s", self.worker)
                return

    async def _record(self, session: AsyncSession, finished: list[_Outcome]) -> None:
        """Close or give back the rows whose requests ended, in the caller's transaction."""
        repo = OutboxRepository(session)
        now = self._clock.now()
        sent = [(o.item.id, o.message_id) for o in finished if o.error is None]
        await repo.finish_sent(sent, self.worker, now)
        self.stats.sent += len(sent)
        for outcome in finished:
            item, exc = outcome.item, outcome.error
            if exc is None:
                continue
            if isinstance(exc, RetryAfter):
                await self._retry(repo, item, exc.seconds, exc.reason, refund=True)
            elif isinstance(exc, Transient):
                await self._retry(repo, item, self._backoff(item.attempts + 1), exc.reason)
            elif isinstance(exc, Unreachable):
                await self._blocked(session, item, exc.reason)
            elif isinstance(exc, Ambiguous):
                self.stats.in_doubt += 1
                log.warning("outbox_in_doubt id=%d reason=%s", item.id, exc.reason)
                await self._finish(repo, item, OutboxStatus.IN_DOUBT, error=exc.reason)
            elif isinstance(exc, Rejected):
                self.stats.dead += 1
                log.error("outbox_rejected id=%d kind=%s reason=%s", item.id, item.kind, exc.reason)
                await self._finish(repo, item, OutboxStatus.DEAD, error=exc.reason)
            else:
                # Unknown: the request may have gone out, so it is not sent again on its own.
                self.stats.in_doubt += 1
                log.error(
                    "outbox_send_crashed id=%d error=%s", item.id, type(exc).__name__, exc_info=exc
                )
                await self._finish(repo, item, OutboxStatus.IN_DOUBT, error=type(exc).__name__)

    async def _recipient_left(
        self, session: AsyncSession, item: OutboxItem, person: Person | None
    ) -> bool:
        """Whether the row's person has left since it was queued; if so, the row is closed.

        Who gets a row is decided when it is queued, so a counsellor deactivated since
        then is checked here, just before sending. A row about a learner (``subject_id``)
        goes to the learner's acting counsellor now instead, as a new row whose key is
        the old one's plus the new recipient; a row nobody can take is dead, with the reason.
        """
        if item.person_id is None or person is None or person.active:
            return False
        people = PeopleRepository(session)
        repo = OutboxRepository(session)
        now = self._clock.now()
        instead = None if item.subject_id is None else await people.counsellor_of(item.subject_id)
        if instead is None:
            self.stats.dead += 1
            status, error = OutboxStatus.DEAD, "recipient inactive, nobody to send it to"
        else:
            self.stats.rerouted += 1
            status, error = OutboxStatus.CANCELLED, f"recipient inactive, sent to {instead.id}"
            payload = {
                **item.payload,
                "language": reading_of(instead),
                "time_zone": instead.time_zone,
            }
            key = f"{item.idempotency_key}:to:{instead.id}"
            if len(key) > MAX_KEY:
                key = f"rerouted:{cause_digest(item.idempotency_key)}:to:{instead.id}"
            await repo.enqueue(
                [
                    NewOutboxRow(
                        key=key,
                        chat_id=instead.chat_id,
                        person_id=instead.id,
                        kind=item.kind,
                        payload=payload,
                        not_before=now,
                        created_at=now,
                        priority=item.priority,
                        subject_id=item.subject_id,
                    )
                ]
            )
        await repo.close_claimed(item.id, self.worker, status, error=error)
        log.info(
            "outbox_recipient_inactive id=%d person=%d rerouted_to=%s",
            item.id,
            item.person_id,
            instead.id if instead is not None else None,
        )
        return True

    def _backoff(self, attempt: int) -> float:
        base = self.limits.backoff_base * (2 ** (attempt - 1))
        return min(self.limits.backoff_cap, base) * random.uniform(0.8, 1.2)

    async def _retry(
        self,
        repo: OutboxRepository,
        item: OutboxItem,
        delay: float,
        reason: str,
        *,
        refund: bool = False,
    ) -> None:
        attempts = item.attempts + 1
        if not refund and attempts >= self.limits.max_attempts:
            self.stats.dead += 1
            log.error("outbox_dead id=%d attempts=%d reason=%s", item.id, attempts, reason)
            await self._finish(repo, item, OutboxStatus.DEAD, error=reason)
            return
        self.stats.retried += 1
        kept = await repo.retry_later(
            item.id,
            self.worker,
            not_before=self._clock.now() + timedelta(seconds=delay),
            error=reason,
            refund_attempt=refund,
        )
        if not kept:
            log.warning("outbox_claim_lost id=%d worker=%s", item.id, self.worker)
        log.info("outbox_retry id=%d delay=%.1f reason=%s", item.id, delay, reason)

    async def _blocked(self, session: AsyncSession, item: OutboxItem, reason: str) -> None:
        # Only this row failed, and not through its own fault: it goes back to the queue
        # (no attempt spent) and is held with the person's other rows until they are back.
        self.stats.blocked += 1
        now = self._clock.now()
        await OutboxRepository(session).retry_later(
            item.id, self.worker, not_before=now, error=reason, refund_attempt=True
        )
        if item.person_id is not None:
            await PeopleRepository(session).set_blocked(item.person_id, now)
        log.info("outbox_blocked id=%d person=%s", item.id, item.person_id)

    async def _finish(
        self, repo: OutboxRepository, item: OutboxItem, status: OutboxStatus, *, error: str
    ) -> None:
        kept = await repo.finish(item.id, self.worker, status, now=self._clock.now(), error=error)
        if not kept:
            log.warning("outbox_claim_lost id=%d worker=%s", item.id, self.worker)

    def _forget_idle_chats(self) -> None:
        now = time.monotonic()
        if len(self._chat_free_at) > 10_000:
            for chat_id in [c for c, t in self._chat_free_at.items() if t < now]:
                del self._chat_free_at[chat_id]
