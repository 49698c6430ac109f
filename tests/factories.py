"""Small builders for test data."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FrozenClock
from store.db import transaction
from store.models import LanguageSource, Person, Role
from store.people import PeopleRepository

Sessions = async_sessionmaker[AsyncSession]


async def add_person(
    sessions: Sessions, clock: FrozenClock, telegram_id: int, role: Role = Role.LEARNER
) -> Person:
    async with transaction(sessions) as session:
        return await PeopleRepository(session).add(
            telegram_user_id=telegram_id,
            chat_id=telegram_id,
            role=role,
            display_name=f"P{telegram_id}",
            language="en",
            language_source=LanguageSource.DEFAULT,
            time_zone="Europe/Helsinki",
            now=clock.now(),
        )
