"""PostgreSQL connections that died in the pool (a server restart, a dropped link).

Polku does not ping on every checkout (three round trips with asyncpg); a connection
unused for ``PING_AFTER_IDLE_S`` is pinged before it is lent, and a dead one replaced.
A connection that died while the bot was busy fails one transaction, after which the pool
replaces the others. The deaths here are real: ``pg_terminate_backend`` on the server.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

import store.db
from bot.settings import Settings
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


async def test_a_burst_waits_for_the_pool_instead_of_opening_and_closing_connections(
    database_url: str,
):
    """More transactions at once than the pool holds: they take turns on the pooled
    connections; none is opened beyond the pool (each would be a new server process,
    closed again when given back: the churn that cost a third of the throughput)."""
    engine = create_engine(database_url, pool_size=3)
    try:

        async def one() -> int:
            async with engine.connect() as connection:
                pid = int(await connection.scalar(text("SELECT pg_backend_pid()")))
                await asyncio.sleep(0.02)
                return pid

        first = await asyncio.gather(*(one() for _ in range(12)))
        again = await asyncio.gather(*(one() for _ in range(12)))
    finally:
        await engine.dispose()
    assert len(set(first)) == 3
    assert set(again) == set(first)  # the same three server processes, kept


def test_the_pool_size_is_a_setting(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("POLKU_DB_POOL_SIZE", "7")
    assert Settings().db_pool_size == 7
    monkeypatch.setenv("POLKU_DB_POOL_SIZE", "0")
    with pytest.raises(ValueError):
        Settings()
