"""Database engine and sessions."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.util import await_

from store.sqlite_driver import one_trip_creator


def is_sqlite(url: str) -> bool:
    """Whether ``url`` names a SQLite database."""
    return url.startswith("sqlite")


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite ``url``; None for PostgreSQL and in-memory databases."""
    if not is_sqlite(url) or ":///" not in url:
        return None
    path = url.split(":///", 1)[1].split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


# PostgreSQL connections a process keeps (POLKU_DB_POOL_SIZE).
DEFAULT_POOL_SIZE = 20


def create_engine(
    url: str, *, echo: bool = False, pool_size: int = DEFAULT_POOL_SIZE
) -> AsyncEngine:
    """Create an async engine with the pragmas and pool each backend needs.

    It creates no folder: only :func:`store.migrations.upgrade` makes a new database.

    Args:
        url: ``sqlite+aiosqlite:///path`` or ``postgresql+asyncpg://...``.
        echo: log SQL (never in production: statements may carry personal data).
        pool_size: PostgreSQL connections kept open, at most (SQLite: one).

    Returns:
        The engine; the caller disposes of it.
    """
    # hide_parameters: error messages and logs never carry the values (personal data).
    kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
    if is_sqlite(url):
        path = sqlite_file(url)
        if path is not None:
            # One connection: SQLite has one writer, and its busy handler sleeps (up to 100 ms
            # a time) when a second connection wants the lock; queueing in Python is fairer.
            kwargs.update(pool_size=1, max_overflow=0, pool_timeout=60)
        if path is not None and "?" not in url:
            # One trip to aiosqlite's thread per statement instead of four.
            kwargs["async_creator"] = one_trip_creator(path, timeout=30)
        else:
            kwargs["connect_args"] = {"timeout": 30}
    else:
        # No pool_pre_ping: for asyncpg it costs three round trips (BEGIN, ";", ROLLBACK)
        # on every checkout, as much as the person's look-up itself; a connection that
        # sat unused for a while is pinged once instead (_ping_when_idle).
        # No overflow: a connection beyond the pool was closed as soon as it was given back
        # and opened again for the next busy moment; under load that churn (a new server
        # process each time) cost a third of the throughput (python -m tests.bench, 50
        # learners: 290 against 440 updates/s). A busy moment waits for a pooled one.
        kwargs.update(pool_size=pool_size, max_overflow=0, pool_timeout=30, pool_recycle=1800)
    engine = create_async_engine(url, **kwargs)
    if is_sqlite(url):
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    else:
        event.listen(engine.sync_engine, "connect", _note_returned)
        event.listen(engine.sync_engine, "checkin", _note_returned)
        event.listen(engine.sync_engine, "checkout", _ping_when_idle)
    return engine


# A pooled PostgreSQL connection unused for longer than this is tested before it is lent.
# A server restart while the bot is busy is found by the first statement instead: that
# update fails once (the person gets the kind error reply and the inbox keeps the update),
# and SQLAlchemy then replaces every connection older than the failure.
PING_AFTER_IDLE_S = 10.0
_RETURNED_AT = "polku_returned_at"


def _note_returned(_dbapi_connection: Any, record: Any) -> None:
    record.info[_RETURNED_AT] = time.monotonic()


def _ping_when_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    returned = record.info.get(_RETURNED_AT)
    if returned is not None and time.monotonic() - returned < PING_AFTER_IDLE_S:
        return
    try:
        await_(dbapi_connection.driver_connection.fetchval("SELECT 1"))
    except Exception as exc:
        # The pool drops this connection and lends another (a new one if need be).
        raise DisconnectionError("the pooled connection did not answer") from exc


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers go on while one writer commits; foreign keys are off by default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """One session per update or job; objects stay usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


@asynccontextmanager
async def transaction(
    sessions: async_sessionmaker[AsyncSession],
) -> AsyncIterator[AsyncSession]:
    """Open a session and a transaction that commits on success and rolls back on error."""
    async with sessions() as session, session.begin():
        yield session


# A transaction lent to code that the caller runs in-process (the dialogue engine running a
# Rasa action), so that one person's turn commits or fails as a whole.
_LENT: ContextVar[AsyncSession | None] = ContextVar("polku_lent_session", default=None)


@contextmanager
def lend(session: AsyncSession) -> Iterator[None]:
    """Let :func:`joined` calls inside this block use ``session``."""
    token = _LENT.set(session)
    try:
        yield
    finally:
        _LENT.reset(token)


@asynccontextmanager
async def joined(
    sessions: async_sessionmaker[AsyncSession],
) -> AsyncIterator[AsyncSession]:
    """The transaction lent by an in-process caller, or else a transaction of its own."""
    lent = _LENT.get()
    if lent is not None:
        yield lent
        return
    async with transaction(sessions) as session:
        yield session


_LOCK_PERSON = text("SELECT pg_advisory_xact_lock(:key)")


async def lock_person(session: AsyncSession, telegram_user_id: int) -> None:
    """Hold this person's turn until the transaction ends (PostgreSQL; SQLite: nothing).

    Two processes on one PostgreSQL (webhook workers) may handle two updates of one person
    at once; each would read the dialogue state, and the later commit would overwrite the
    earlier answer. A transaction-level advisory lock keyed by the Telegram user id makes
    the second wait until the first commits, then read what it wrote. SQLite has one
    writer and Polku runs one process on it, whose per-person lock already orders updates.

    The key space: Telegram user ids are positive; other advisory locks of Polku use
    negative keys.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    await session.execute(_LOCK_PERSON, {"key": telegram_user_id})
