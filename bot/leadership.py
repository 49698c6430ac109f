"""One process of many runs the work that must run once: the outbox sender and the jobs.

Several webhook workers share one PostgreSQL. Each could drain the outbox safely (rows
are claimed with ``SKIP LOCKED``), but Telegram's limits are the bot's, not a process's:
about 30 messages a second in all and one a second per chat. Each sender paces itself,
so three senders would send 90 a second and could put two messages in one chat within a
second. And the scheduled jobs (campaign planning, the motivation sweep, check-ins,
retention) would each run once per worker. So one worker leads: it holds a session-level
advisory lock on a connection of its own and runs the sender and the jobs; the others
receive and handle updates and try for the lock every few seconds. When the leader dies,
PostgreSQL ends its session and drops the lock, and another worker takes over; the dead
leader's claimed rows go back to the queue after their claim lease, its rows mid-request
into doubt, as after any crash.

SQLite has one process by design: it always leads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger(__name__)

# Person locks use Telegram user ids (positive); Polku's other advisory locks are negative.
LEADER_KEY = -1
RETRY_SECONDS = 5.0
KEEPALIVES = (
    ("tcp_keepalives_idle", 10),
    ("tcp_keepalives_interval", 5),
    ("tcp_keepalives_count", 3),
)

Hook = Callable[[], Awaitable[None]]


class Leadership:
    """Holds or tries for the leader's lock; calls ``on_gain`` and ``on_loss`` on changes."""

    def __init__(
        self,
        engine: AsyncEngine,
        on_gain: Hook,
        on_loss: Hook,
        *,
        retry_seconds: float = RETRY_SECONDS,
        key: int = LEADER_KEY,
    ) -> None:
        self._engine = engine
        self._on_gain = on_gain
        self._on_loss = on_loss
        self._retry = retry_seconds
        self._key = key
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._connection: AsyncConnection | None = None
        self.leading = False

    async def start(self) -> None:
        """Try once now (so a lone process leads before it takes updates), then keep trying."""
        if self._engine.dialect.name != "postgresql":
            await self._gain()
            return
        await self._try()
        self._task = asyncio.create_task(self._run(), name="leadership")

    async def stop(self) -> None:
        """Stop trying, and give up leadership (the sender finishes its batch)."""
        self._stopping.set()
        if self._task is not None:
            await self._task
        await self._release()

    async def _run(self) -> None:
        while not self._stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self._retry)
            if self._stopping.is_set():
                return
            if self.leading:
                await self._check()
            else:
                await self._try()

    async def _try(self) -> None:
        connection = None
        try:
            connection = await self._engine.connect()
            # No transaction stays open: the lock belongs to the session.
            connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
            got = await connection.scalar(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": self._key}
            )
        except Exception as exc:
            log.warning("leader_try_failed error=%s", type(exc).__name__)
            if connection is not None:
                await self._drop(connection)
            return
        if not got:
            await connection.close()
            return
        try:
            # A leader whose machine vanishes sends no FIN: PostgreSQL would keep its lock
            # (and nobody would send) until TCP gives up, two hours by default. These make
            # the server probe this connection and drop it within about 25 s.
            for setting, value in KEEPALIVES:
                await connection.execute(text(f"SET {setting} = {value}"))
        except Exception as exc:
            log.warning("leader_try_failed error=%s", type(exc).__name__)
            await self._drop(connection)
            return
        self._connection = connection
        await self._gain()

    async def _check(self) -> None:
        # The lock lives as long as this connection: a broken one means it is gone.
        assert self._connection is not None
        try:
            # Bounded: a connection that hangs (a network split) counts as lost.
            await asyncio.wait_for(self._connection.execute(text("SELECT 1")), self._retry)
        except Exception as exc:
            log.warning("leader_lost error=%s", type(exc).__name__)
            await self._release()

    async def _gain(self) -> None:
        self.leading = True
        log.info("leader_elected")
        await self._on_gain()

    async def _release(self) -> None:
        if self.leading:
            self.leading = False
            try:
                await self._on_loss()
            finally:
                log.info("leader_stepped_down")
        connection, self._connection = self._connection, None
        if connection is not None:
            await self._drop(connection)

    async def _drop(self, connection: AsyncConnection) -> None:
        # Closed for good rather than back to the pool: the lock must not outlive it.
        with contextlib.suppress(Exception):
            await connection.invalidate()
        with contextlib.suppress(Exception):
            await connection.close()
