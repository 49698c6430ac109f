"""Databases for the benchmarks that start real ``polku`` processes: a fresh PostgreSQL
database on a server (dropped afterwards) or a SQLite file in a temporary folder, migrated.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg

from store.migrations import upgrade_async

# The test suite's server (tests/conftest.py): the benchmarks make databases of their own.
SERVER_ENV = "POLKU_TEST_DATABASE_URL"
MISSING = f"give --database-url or set {SERVER_ENV}"


def available(given: str | None = None) -> bool:
    """Whether :func:`postgres` has a database or a server to make one on."""
    return bool(given or os.environ.get(SERVER_ENV))


def _plain(url: str) -> str:
    """asyncpg's form of a SQLAlchemy URL."""
    return url.replace("postgresql+asyncpg", "postgresql")


@contextlib.asynccontextmanager
async def postgres(given: str | None = None) -> AsyncIterator[str]:
    """A migrated PostgreSQL database: ``given`` as it is (it should be empty; its rows are
    left behind), or a fresh one on the server of ``POLKU_TEST_DATABASE_URL``, dropped at
    the end.

    Raises:
        RuntimeError: neither is set.
    """
    if given is not None:
        await upgrade_async(given)
        yield given
        return
    server = os.environ.get(SERVER_ENV)
    if not server:
        raise RuntimeError(f"PostgreSQL: {MISSING}")
    async with fresh_on(server) as url:
        yield url


@contextlib.asynccontextmanager
async def fresh_on(server: str) -> AsyncIterator[str]:
    """A new, migrated database on the PostgreSQL server of ``server`` (a URL naming any
    database there), dropped at the end, so that nothing an earlier run left changes the
    figures."""
    name = f"polku_bench_{uuid.uuid4().hex[:10]}"
    url = f"{server.rpartition('/')[0]}/{name}"
    admin = await asyncpg.connect(_plain(server))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        await upgrade_async(url)
        yield url
    finally:
        admin = await asyncpg.connect(_plain(server))
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


@contextlib.asynccontextmanager
async def fresh_database(server: str | None) -> AsyncIterator[str]:
    """A SQLite file (``server`` None or a SQLite URL) or a new database on ``server``'s
    PostgreSQL (:func:`fresh_on`)."""
    if server is None or server.startswith("sqlite"):
        async with sqlite() as url:
            yield url
    else:
        async with fresh_on(server) as url:
            yield url


@contextlib.asynccontextmanager
async def sqlite() -> AsyncIterator[str]:
    """A migrated SQLite file in a temporary folder, removed at the end."""
    with tempfile.TemporaryDirectory(prefix="polku-bench-") as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'polku.db'}"
        await upgrade_async(url)
        yield url
