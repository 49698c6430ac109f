"""One worker leads (runs the sender and the jobs); another takes over when it dies."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from sqlalchemy import text

from bot.leadership import Leadership
from store.db import create_engine


@pytest.fixture
def database_url(postgres_database: str) -> str:
    """PostgreSQL only: SQLite has one process, which always leads."""
    return postgres_database


def recorder(name: str, events: list[str]) -> tuple[Callable[[], object], Callable[[], object]]:
    async def gain() -> None:
        events.append(f"{name} leads")

    async def loss() -> None:
        events.append(f"{name} follows")

    return gain, loss


async def until(check: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "still not true"
        await asyncio.sleep(0.02)


async def test_one_leads_and_another_takes_over_when_its_session_ends(database_url: str):
    events: list[str] = []
    engines = [create_engine(database_url) for _ in range(3)]
    a = Leadership(engines[0], *recorder("a", events), retry_seconds=0.1)  # type: ignore[arg-type]
    b = Leadership(engines[1], *recorder("b", events), retry_seconds=0.1)  # type: ignore[arg-type]
    try:
        await a.start()
        await b.start()
        assert (a.leading, b.leading) == (True, False)
        await asyncio.sleep(0.5)  # b keeps trying, and keeps failing
        assert events == ["a leads"]
        # The server probes the leader's connection, so a vanished machine's lock goes
        # within about 25 s rather than after TCP's two hours.
        held = a._connection
        assert held is not None
        assert await held.scalar(text("SHOW tcp_keepalives_idle")) == "10"
        # a's process dies: PostgreSQL ends its session, and the lock goes with it.
        async with engines[2].connect() as admin:
            ended = await admin.scalar(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_locks "
                    "WHERE locktype = 'advisory' AND objsubid = 1 AND classid = 4294967295 "
                    "AND objid = 4294967295 "
                    "AND granted "
                    # Only this test's database: other databases on the server (another
                    # test run, a benchmark's workers) have leaders of their own.
                    "AND database = (SELECT oid FROM pg_database "
                    "WHERE datname = current_database())"
                )
            )
        assert ended == 1
        await until(lambda: b.leading)
        # a notices its connection is gone and stops leading too: never two leaders long.
        await until(lambda: not a.leading)
        assert sorted(events) == ["a follows", "a leads", "b leads"]
        await b.stop()
        assert events[-1] == "b follows" and not b.leading
        # Stopping released the lock at once: a takes it at its next try.
        await until(lambda: a.leading)
    finally:
        await a.stop()
        await b.stop()
        for engine in engines:
            await engine.dispose()
