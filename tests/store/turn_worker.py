"""One of two processes pressing buttons of one person's question at the same moment.

Run by ``test_person_turns.py`` through :mod:`multiprocessing` (spawn): each process has its
own core and connection pool, as two webhook workers on one PostgreSQL would.
"""

from __future__ import annotations

import asyncio
from multiprocessing.synchronize import Barrier
from typing import Any

from sqlalchemy import update

from bot.clock import FrozenClock
from bot.core import open_core
from bot.people import Sender
from store.db import transaction
from store.models import DialogueState
from tests.conftest import make_settings

STEP = "languages_spoken"


def run(
    database_url: str,
    now: Any,
    person_id: int,
    telegram_id: int,
    option: int,
    rounds: int,
    barrier: Barrier,
    results: Any,
) -> None:
    """Press ``option`` once a round, in step with the other process; worker 0 checks."""
    asyncio.run(_run(database_url, now, person_id, telegram_id, option, rounds, barrier, results))


async def _run(
    database_url: str,
    now: Any,
    person_id: int,
    telegram_id: int,
    option: int,
    rounds: int,
    barrier: Barrier,
    results: Any,
) -> None:
    core = open_core(make_settings(database_url), bot_username="polku_bot", clock=FrozenClock(now))
    sender = Sender(telegram_user_id=telegram_id, chat_id=telegram_id, first_name="L")
    lost = 0
    try:
        for _ in range(rounds):
            await asyncio.to_thread(barrier.wait)
            await core.conversations.on_button(sender, f"q:{STEP}:{option}")
            await asyncio.to_thread(barrier.wait)
            if option == 0:
                async with transaction(core.sessions) as session:
                    state = await session.get(DialogueState, person_id)
                    assert state is not None
                    chosen = state.slots.get("languages_spoken") or []
                    lost += 2 - len(chosen)
                    await session.execute(
                        update(DialogueState)
                        .where(DialogueState.person_id == person_id)
                        .values(slots={**state.slots, "languages_spoken": []})
                    )
            await asyncio.to_thread(barrier.wait)
    finally:
        await core.close()
    results.put((option, lost))
