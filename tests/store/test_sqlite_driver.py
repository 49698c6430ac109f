"""The one-trip aiosqlite driver under SQLAlchemy: same answers, one thread trip a statement."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import aiosqlite
import pytest
from sqlalchemy import bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from store.db import create_engine
from store.models import LanguageSource, Person, Role
from store.sqlite_driver import OneTripConnection

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


@pytest.fixture
async def engine(sqlite_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(sqlite_url)
    try:
        yield engine
    finally:
        await engine.dispose()


def person_row(telegram_user_id: int) -> dict[str, object]:
    return {
        "telegram_user_id": telegram_user_id,
        "chat_id": telegram_user_id,
        "role": Role.LEARNER,
        "display_name": "Amina",
        "language": "ar",
        "language_source": LanguageSource.PICKED,
        "time_zone": "Europe/Helsinki",
        "active": True,
        "created_at": NOW,
        "last_seen_at": NOW,
    }


class Trips:
    """Counts the trips to aiosqlite's thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        original = aiosqlite.Connection._execute

        async def counted(connection: aiosqlite.Connection, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.count += 1
            return await original(connection, fn, *args, **kwargs)

        monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)


async def test_a_file_database_uses_the_one_trip_connection(engine: AsyncEngine):
    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        assert isinstance(raw.driver_connection, OneTripConnection)


async def test_a_statement_is_one_trip_and_a_read_needs_no_commit(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
):
    async with engine.begin() as connection:
        await connection.execute(insert(Person), [person_row(1)])
    trips = Trips(monkeypatch)
    async with engine.begin() as connection:
        result = await connection.execute(
            select(Person.display_name).where(Person.telegram_user_id == 1)
        )
        assert result.scalar_one() == "Amina"
    # cursor, execute, fetch and close in one trip (aiosqlite's own cursor makes four); a
    # read opened no sqlite3 transaction, so neither the commit nor the pool's rollback
    # goes to the thread
    assert trips.count == 1
    trips.count = 0
    async with engine.begin() as connection:
        await connection.execute(
            update(Person).where(Person.telegram_user_id == 1).values(display_name="Aya")
        )
    assert trips.count == 2  # the update, and its commit
    async with engine.connect() as connection:
        assert await connection.scalar(select(Person.display_name)) == "Aya"


async def test_rows_counts_and_ids_are_those_sqlite3_gives(engine: AsyncEngine):
    async with engine.begin() as connection:
        inserted = await connection.execute(insert(Person).values(**person_row(1)))
        assert inserted.inserted_primary_key is not None
        first_id = inserted.inserted_primary_key[0]
        # many parameter sets: executemany, one trip
        await connection.execute(insert(Person), [person_row(2), person_row(3), person_row(4)])
        changed = await connection.execute(
            update(Person).where(Person.telegram_user_id >= 2).values(display_name="B")
        )
        assert changed.rowcount == 3
        returned = await connection.execute(
            update(Person)
            .where(Person.telegram_user_id == bindparam("tg"))
            .values(display_name="C")
            .returning(Person.id),
            {"tg": 1},
        )
        assert returned.scalar_one() == first_id
        names = await connection.execute(
            select(Person.display_name).order_by(Person.telegram_user_id)
        )
        assert names.fetchmany(2) == [("C",), ("B",)]
        assert names.fetchone() == ("B",)
        assert names.fetchall() == [("B",)]
        assert names.fetchone() is None
        nothing = await connection.execute(text("SELECT 1 WHERE 0"))
        assert nothing.fetchall() == []


async def test_errors_come_back_as_sqlalchemy_errors_and_roll_back(engine: AsyncEngine):
    async with engine.begin() as connection:
        await connection.execute(insert(Person), [person_row(1)])
    with pytest.raises(IntegrityError):
        async with engine.begin() as connection:
            await connection.execute(insert(Person), [person_row(5)])
            await connection.execute(insert(Person), [person_row(1)])  # same Telegram id
    async with engine.connect() as connection:
        count = await connection.scalar(text("SELECT count(*) FROM people"))
    assert count == 1  # the transaction rolled back as a whole, and the connection works
