"""A replayed update (after a crash, from the inbox) is not applied twice by the engine."""

from __future__ import annotations

from bot.clock import FrozenClock
from bot.core import Core
from bot.dialogue.engine import Turn
from store.db import transaction
from store.models import DialogueState
from tests.factories import add_person


def button_data(turn: Turn, index: int = 0) -> str:
    buttons = turn.replies[-1].buttons
    data = buttons[0][index].data
    assert data is not None
    return data


async def test_a_replayed_press_or_answer_asks_the_open_question_again(
    core: Core, clock: FrozenClock
):
    engine = core.dialogues
    learner = await add_person(core.sessions, clock, 7001)
    async with transaction(core.sessions) as session:
        consent = await engine.begin(session, learner.id, "intake")
    accept = button_data(consent)
    for _ in range(2):  # the press, then its replay
        async with transaction(core.sessions) as session:
            turn = await engine.press(session, learner.id, accept, update_id=10)
        assert turn.asked == "preferred_name"
        assert turn.replies[-1].key == "intake-preferred-name"
    for _ in range(2):  # the answer, then its replay: never read as the next answer
        async with transaction(core.sessions) as session:
            turn = await engine.answer_text(session, learner.id, "Amal", update_id=11)
        assert turn is not None and turn.asked == "birth_year"
        assert [r.key for r in turn.replies] == ["intake-birth-year"]
    async with transaction(core.sessions) as session:
        turn = await engine.answer_text(session, learner.id, "1990", update_id=12)
    assert turn is not None and turn.asked == "municipality"
    async with core.sessions() as session:
        state = await session.get(DialogueState, learner.id)
    assert state is not None and state.last_update_id == 12
    assert (state.slots["preferred_name"], state.slots["birth_year"]) == ("Amal", 1990)
