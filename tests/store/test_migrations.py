"""Migrations and models must not drift apart."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from store.db import create_engine
from store.migrations import is_current, upgrade_async
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


AUTOINCREMENT_TABLES = ("people", "invites", "outbox", "plan_steps", "signals", "audit_log")


async def _sqlite(url: str, sql: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            result = await connection.exec_driver_sql(sql)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        await engine.dispose()


async def test_sqlite_tables_never_reuse_ids(sqlite_url: str):
    rows = await _sqlite(sqlite_url, "SELECT name, sql FROM sqlite_master WHERE type = 'table'")
    tables = {str(name): str(sql) for name, sql in rows}
    assert "sqlite_sequence" in tables
    for table in AUTOINCREMENT_TABLES:
        assert "AUTOINCREMENT" in tables[table], table


async def test_a_deleted_persons_id_goes_to_nobody_else(sqlite_url: str):
    insert = (
        "INSERT INTO people (telegram_user_id, chat_id, role, display_name, language,"
        " language_source, time_zone, active, created_at, last_seen_at) VALUES"
        " ({n}, {n}, 'learner', 'x', 'en', 'default', 'UTC', 1,"
        " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    )
    await _sqlite(sqlite_url, insert.format(n=1))
    [(first,)] = await _sqlite(sqlite_url, "SELECT max(id) FROM people")
    await _sqlite(sqlite_url, f"DELETE FROM people WHERE id = {first}")
    await _sqlite(sqlite_url, insert.format(n=2))
    [(second,)] = await _sqlite(sqlite_url, "SELECT max(id) FROM people")
    assert second != first


async def test_rebuilding_sqlite_tables_keeps_their_rows(tmp_path: Path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    await upgrade_async(url, "0004")
    await _sqlite(
        url,
        "INSERT INTO people (id, telegram_user_id, chat_id, role, display_name, language,"
        " language_source, time_zone, active, created_at, last_seen_at) VALUES"
        " (1, 1, 1, 'counsellor', 'c', 'en', 'default', 'UTC', 1, '2026-01-01', '2026-01-01'),"
        " (2, 2, 2, 'learner', 'l', 'en', 'default', 'UTC', 1, '2026-01-01', '2026-01-01')",
    )
    await _sqlite(url, "INSERT INTO assignments VALUES (2, 1, NULL, '2026-01-01')")
    await upgrade_async(url)
    # Rebuilding ``people`` must not cascade into the tables that refer to it.
    assert await _sqlite(url, "SELECT learner_id, counsellor_id FROM assignments") == [(2, 1)]
    assert await _sqlite(url, "PRAGMA foreign_key_check") == []
    assert await is_current(url)
