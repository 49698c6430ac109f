"""A fresh, migrated database for one benchmark run, removed afterwards."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg

from store.db import is_sqlite
from store.migrations import upgrade_async


@asynccontextmanager
async def fresh_database(server: str | None) -> AsyncIterator[str]:
    """A new SQLite file (``server`` None) or a new database on ``server``'s PostgreSQL.

    ``server`` is a ``postgresql+asyncpg://`` URL naming any database the user may connect
    to; the run gets a database of its own there (``CREATE DATABASE``), dropped at the end,
    so that earlier runs leave nothing behind that would change the figures.
    """
    if server is None or is_sqlite(server):
        with tempfile.TemporaryDirectory(prefix="polku-bench-") as tmp:
            url = server or f"sqlite+aiosqlite:///{Path(tmp) / 'polku.db'}"
            await upgrade_async(url)
            yield url
        return
    name = f"polku_bench_{uuid.uuid4().hex[:10]}"
    dsn = server.replace("postgresql+asyncpg", "postgresql")
    admin = await asyncpg.connect(dsn)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        url = f"{server.rpartition('/')[0]}/{name}"
        try:
            await upgrade_async(url)
            yield url
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()
