"""A turn looks at the person's dialogue place once: the statements one text costs.

The transaction remembers the place it read (or that there is none) and every change the
engine makes (store/dialogues.py); these tests count the SQL a turn sends and check the
place the database holds afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Engine as SyncEngine

from bot.clock import FrozenClock
from bot.core import Core
from bot.people import Sender
from store.db import transaction
from store.models import DialogueState
from tests.factories import add_person


@contextmanager
def statements(core: Core) -> Iterator[list[str]]:
    """The SQL statements sent while the block runs (first words only)."""
    sent: list[str] = []
    engine: SyncEngine = core.engine.sync_engine

    def record(_conn, _cursor, statement: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        sent.append(" ".join(statement.split()[:3]))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


def writes(sent: list[str]) -> list[str]:
    return [s for s in sent if not s.startswith(("SELECT", "BEGIN", "COMMIT"))]


async def place(core: Core, person_id: int) -> DialogueState | None:
    async with core.sessions() as session:
        return await session.get(DialogueState, person_id)


async def test_free_text_reads_the_person_and_place_in_one_query(core: Core, clock: FrozenClock):
    learner = await add_person(core.sessions, clock, 8001)
    sender = Sender(8001, 8001, "Amina", update_id=1)
    with statements(core) as sent:
        answer = await core.conversations.on_text(sender, "where is the centre?")
    assert answer is not None and answer.replies[0].key == "ask-not-understood"
    reads = [s for s in sent if s.startswith("SELECT") and "advisory" not in s]
    # the person with their (absent) place; nothing asked again about dialogue_states
    assert len(reads) == 1, sent
    assert writes(sent) == ["INSERT INTO dialogue_states", "UPDATE outbox SET"], sent
    first = await place(core, learner.id)
    assert first is not None and first.slots["question"] == "where is the centre?"
    # new words replace the question offered to the counsellor: the row is updated in
    # place (one UPDATE), not deleted and inserted
    with statements(core) as sent:
        await core.conversations.on_text(
            Sender(8001, 8001, "Amina", update_id=2), "can I bring my child?"
        )
    assert writes(sent) == ["UPDATE dialogue_states SET", "UPDATE outbox SET"], sent
    second = await place(core, learner.id)
    assert second is not None and second.slots["question"] == "can I bring my child?"


async def test_a_place_begun_and_replaced_in_one_transaction_is_never_written(
    core: Core, clock: FrozenClock
):
    learner = await add_person(core.sessions, clock, 8002)
    engine = core.dialogues
    async with transaction(core.sessions) as session:
        await engine.begin(session, learner.id, "intake")
        with statements(core) as sent:
            await engine.begin(session, learner.id, "check_in")
            await engine.cancel(session, learner.id)
            assert await engine.state(session, learner.id) is None
        assert sent == []  # nothing flushed: the first place never reached the database
    assert await place(core, learner.id) is None
    async with transaction(core.sessions) as session:
        await engine.begin(session, learner.id, "intake")
    async with transaction(core.sessions) as session:
        turn = await engine.cancel(session, learner.id)
        assert turn.flow == "intake"
        assert await engine.state(session, learner.id) is None
    assert await place(core, learner.id) is None


async def test_what_a_transaction_knew_is_not_kept_into_the_next(core: Core, clock: FrozenClock):
    """One session, two transactions in turn: the second reads the place afresh."""
    learner = await add_person(core.sessions, clock, 8003)
    engine = core.dialogues
    async with core.sessions() as session:
        async with session.begin():
            assert await engine.state(session, learner.id) is None  # remembered: none
        # meanwhile another transaction (another process) gives the learner a place
        async with transaction(core.sessions) as other:
            await engine.begin(other, learner.id, "intake")
        async with session.begin():
            found = await engine.state(session, learner.id)
    assert found is not None and found.flow == "intake"
