"""Two processes on one PostgreSQL never overwrite one person's answers (issue 13).

Two webhook workers may each get one of a person's two quick presses. Both read the
dialogue state; without the person's lock the later commit wrote back a state without the
earlier press. The processes press at the same moment, round after round (a barrier), and
every round must keep both presses.
"""

from __future__ import annotations

import multiprocessing

import pytest

from bot.clock import FrozenClock
from bot.core import Core
from store.db import transaction
from store.models import DialogueState, Role
from tests.factories import add_person
from tests.store import turn_worker

ROUNDS = 40


@pytest.fixture
def database_url(postgres_database: str) -> str:
    """PostgreSQL only: SQLite is one process by design."""
    from tests.conftest import _truncate

    _truncate(postgres_database)
    return postgres_database


async def test_two_processes_keep_both_presses_of_one_person(
    core: Core, database_url: str, clock: FrozenClock
):
    learner = await add_person(core.sessions, clock, 7001, Role.LEARNER)
    async with transaction(core.sessions) as session:
        await core.dialogues.begin(session, learner.id, "intake", at=turn_worker.STEP)
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(2, timeout=60)
    results = spawn.Queue()
    workers = [
        spawn.Process(
            target=turn_worker.run,
            args=(database_url, clock.now(), learner.id, 7001, option, ROUNDS, barrier, results),
        )
        for option in (0, 1)
    ]
    for worker in workers:
        worker.start()
    outcome = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    assert outcome[0] == 0, f"{outcome[0]} of {ROUNDS} rounds lost a press"
    async with transaction(core.sessions) as session:
        state = await session.get(DialogueState, learner.id)
    assert state is not None and state.step == turn_worker.STEP
