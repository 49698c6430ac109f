"""Shared fixtures: a migrated database on every backend, settings, a frozen clock."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FrozenClock
from bot.core import Core, open_core
from bot.settings import Settings
from store.db import create_engine, create_sessionmaker
from store.migrations import upgrade
from store.models import Base

POSTGRES_URL = os.environ.get("POLKU_TEST_DATABASE_URL")
ON_CI = os.environ.get("CI", "").lower() == "true"

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating each time is slow)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test session, dropped at the end."""
    if not POSTGRES_URL:
        if ON_CI:
            pytest.fail("CI=true but POLKU_TEST_DATABASE_URL is not set: PostgreSQL must run")
        pytest.skip("POLKU_TEST_DATABASE_URL is not set")
    name = f"polku_test_{uuid.uuid4().hex[:10]}"
    base = POSTGRES_URL.rpartition("/")[0]
    dsn = POSTGRES_URL.replace("postgresql+asyncpg", "postgresql")

    async def admin(sql: str) -> None:
        connection = await asyncpg.connect(dsn)
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    url = f"{base}/{name}"
    upgrade(url)
    yield url
    asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """A migrated, empty database: a SQLite file, or the session's PostgreSQL database."""
    if request.param == "sqlite":
        path = tmp_path / "polku.db"
        shutil.copy(sqlite_template, path)
        return f"sqlite+aiosqlite:///{path}"
    url: str = request.getfixturevalue("postgres_database")
    _truncate(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A migrated, empty SQLite database (for tests that need only one backend)."""
    path = tmp_path / "polku.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


def _truncate(url: str) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)

    async def run() -> None:
        connection = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
        try:
            await connection.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        finally:
            await connection.close()

    asyncio.run(run())


@pytest.fixture
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """A session factory on the test database."""
    engine = create_engine(database_url)
    try:
        yield create_sessionmaker(engine)
    finally:
        await engine.dispose()


@pytest.fixture
async def core(database_url: str, clock: FrozenClock) -> AsyncIterator[Core]:
    """The real core services on the test database, on the frozen clock."""
    opened = open_core(make_settings(database_url), bot_username="polku_bot", clock=clock)
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
def clock() -> FrozenClock:
    """A clock frozen at a Tuesday morning in Helsinki."""
    return FrozenClock(datetime(2026, 11, 24, 8, 0, tzinfo=UTC))


def make_settings(database_url: str, **overrides: str) -> Settings:
    """Settings for tests, ignoring the developer's environment."""
    values = {
        "TELEGRAM_BOT_TOKEN": "123456:TEST-token",
        "POLKU_DATABASE_URL": database_url,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]
