"""aiosqlite with one trip to its thread per statement, for SQLAlchemy's aiosqlite dialect.

aiosqlite runs each sqlite3 call on a thread of its own and hands the result back to the
event loop: a queue put, a thread wake-up, a lock handover and a loop wake-up, about 0.1 ms
of CPU on this project's machines. SQLAlchemy's adapter makes four such trips for every
statement (open a cursor, execute, fetch, close), so a person's look-up and its commit cost
six, more than the query itself. Here a statement is one trip: the cursor is opened,
executed, read to the end and closed on the thread, and the adapter's later calls are
answered from what came back. ``python -m tests.bench`` measured the hot path's CPU per
update before and after (README, "Figures").

What changes for callers: nothing, except that a result is read whole when it is executed
(as SQLAlchemy's adapter already does for every cursor that is not server-side; Polku
streams no results). Commit and rollback are one trip each, and none when there is no
transaction to end.

It relies on two names inside aiosqlite (``Connection._execute``, the trip, and
``Connection._conn``, the sqlite3 connection on the thread), which SQLAlchemy's own
adapter uses too; the version is pinned in constraints.txt and ``tests/store`` runs every
query of the product through this module.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import aiosqlite

Row = tuple[Any, ...]


class OneTripCursor:
    """The part of :class:`aiosqlite.Cursor` SQLAlchemy's adapter uses, one trip a statement."""

    def __init__(self, connection: OneTripConnection) -> None:
        self._connection = connection
        self._cursor: sqlite3.Cursor | None = None
        self._rows: deque[Row] = deque()
        self.arraysize = 1

    async def __aenter__(self) -> OneTripCursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    async def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> OneTripCursor:
        """Run ``sql`` on the connection's thread and keep every row it returns."""
        return await self._run(lambda cursor: cursor.execute(sql, parameters or ()))

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> OneTripCursor:
        """Run ``sql`` once per parameter set, in the same single trip."""
        return await self._run(lambda cursor: cursor.executemany(sql, parameters))

    async def _run(self, statement: Callable[[sqlite3.Cursor], object]) -> OneTripCursor:
        def on_thread() -> tuple[sqlite3.Cursor, list[Row]]:
            cursor = self._connection._conn.cursor()
            try:
                statement(cursor)
                rows = cursor.fetchall() if cursor.description else []
            finally:
                # A closed sqlite3 cursor keeps its description, rowcount and lastrowid.
                cursor.close()
            return cursor, rows

        self._cursor, rows = await self._connection._execute(on_thread)
        self._rows = deque(rows)
        return self

    async def fetchone(self) -> Row | None:
        """The next row read, if any."""
        return self._rows.popleft() if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Row]:
        """Up to ``size`` (default ``arraysize``) of the rows read."""
        count = min(self.arraysize if size is None else size, len(self._rows))
        return [self._rows.popleft() for _ in range(count)]

    async def fetchall(self) -> list[Row]:
        """The rows read and not yet fetched."""
        rows = list(self._rows)
        self._rows.clear()
        return rows

    async def close(self) -> None:
        """Drop what is left (the sqlite3 cursor was closed on the thread)."""
        self._rows.clear()

    @property
    def description(self) -> Any:
        """As sqlite3's, for the last statement."""
        return self._cursor.description if self._cursor is not None else None

    @property
    def rowcount(self) -> int:
        """As sqlite3's, for the last statement."""
        return self._cursor.rowcount if self._cursor is not None else -1

    @property
    def lastrowid(self) -> int | None:
        """As sqlite3's, for the last statement."""
        return self._cursor.lastrowid if self._cursor is not None else None


class OneTripConnection(aiosqlite.Connection):
    """An aiosqlite connection whose cursors take one trip per statement.

    Commit and rollback make no trip when sqlite3 has no transaction open: sqlite3 begins
    one only before a statement that writes, so a turn that only read (``/help``) and
    the pool's rollback when a connection comes back cost nothing. The question is asked
    from the event loop while no call of this connection runs on its thread (SQLAlchemy
    awaits each), and SQLite answers it under its own lock.
    """

    def cursor(self) -> OneTripCursor:  # type: ignore[override]
        """A cursor; nothing is opened on the thread until a statement runs."""
        return OneTripCursor(self)

    async def commit(self) -> None:
        """Commit the open transaction, if there is one."""
        if self._conn.in_transaction:
            await super().commit()

    async def rollback(self) -> None:
        """Roll back the open transaction, if there is one."""
        if self._conn.in_transaction:
            await super().rollback()


def one_trip_creator(path: Path, **connect_args: Any) -> Callable[[], OneTripConnection]:
    """An ``async_creator`` for :func:`sqlalchemy.ext.asyncio.create_async_engine`.

    ``connect_args`` go to :func:`sqlite3.connect`, with ``check_same_thread=False`` as the
    aiosqlite dialect sets it. The connection's thread is a daemon, as the dialect makes it,
    so that a process that forgot to dispose of its engine can still exit.
    """

    def create() -> OneTripConnection:
        connector = partial(
            sqlite3.connect, str(path), **{"check_same_thread": False, **connect_args}
        )
        connection = OneTripConnection(connector, iter_chunk_size=64)
        connection._thread.daemon = True
        return connection

    return create
