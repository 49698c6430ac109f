"""Migrations and models must not drift apart."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from store.db import create_engine
from store.migrations import is_current
from store.models import Base


async def test_migrations_match_models(database_url: str):
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            diff = await connection.run_sync(
                lambda sync: compare_metadata(
                    MigrationContext.configure(sync, opts={"compare_type": True}), Base.metadata
                )
            )
    finally:
        await engine.dispose()
    assert diff == []


async def test_migrated_database_is_current(database_url: str):
    assert await is_current(database_url)
