"""PostgreSQL connections that died in the pool (a server restart, a dropped link).

Polku does not ping on every checkout (three round trips with asyncpg); a connection
unused for ``PING_AFTER_IDLE_S`` is pinged before it is lent, and a dead one replaced.
A connection that died while the bot was busy fails one transaction, after which the pool
replaces the others. The deaths here are real: ``pg_terminate_backend`` on the server.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

import store.db
from store.db import create_engine


@pytest.fixture
def database_url(postgres_database: str) -> str:
    """PostgreSQL only: SQLite has no server to lose."""
    return postgres_database


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    try:
        yield engine
    finally:
        await engine.dispose()


async def backend_pid(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(text("SELECT pg_backend_pid()")))


async def terminate(database_url: str, pid: int) -> None:
    other = create_engine(database_url)
    try:
        async with other.connect() as connection:
            assert await connection.scalar(text(f"SELECT pg_terminate_backend({pid})"))
    finally:
        await other.dispose()


async def test_an_idle_connection_that_died_is_replaced_before_it_is_lent(
    engine: AsyncEngine, database_url: str, monkeypatch: pytest.MonkeyPatch
):
    pid = await backend_pid(engine)
    await terminate(database_url, pid)
    monkeypatch.setattr(store.db, "PING_AFTER_IDLE_S", 0.0)  # it counts as idle
    assert await backend_pid(engine) != pid  # no error: pinged, dropped, a new one lent


async def test_a_busy_pool_loses_one_transaction_then_recovers(
    engine: AsyncEngine, database_url: str, monkeypatch: pytest.MonkeyPatch
):
    pid = await backend_pid(engine)
    await terminate(database_url, pid)
    monkeypatch.setattr(store.db, "PING_AFTER_IDLE_S", 3600.0)  # never idle: no ping
    with pytest.raises(DBAPIError) as failure:
        await backend_pid(engine)
    assert failure.value.connection_invalidated
    assert await backend_pid(engine) != pid
