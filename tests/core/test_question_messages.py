"""The engine remembers which messages show a question's buttons, and says what to edit."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.clock import FrozenClock
from bot.core import Core
from bot.dialogue.actions import ActionRunner
from bot.dialogue.engine import MAX_QUESTION_MESSAGES, Engine, Turn
from bot.dialogue.flow import load_flow
from bot.replies import Asks, Phrase, Reply
from store.db import transaction
from store.models import DialogueState
from tests.factories import add_person

FLOW = """\
flow: f
start: pick
steps:
  pick:
    ask: intake-consent
    slot: pick
    answer: choice
    options: [{value: a, label: dialogue-yes}, {value: b, label: dialogue-no}]
    next: year
  year:
    ask: intake-birth-year
    slot: year
    answer: year
    next: due
  due:
    ask: plan-add-due
    slot: due
    answer: date
    past: confirm
    skippable: true
    next: done
  done:
    say: intake-done
    end: completed
"""
NOW = datetime(2026, 11, 24, 8, 0, tzinfo=ZoneInfo("UTC"))


def engine_for(tmp_path: Path) -> Engine:
    path = tmp_path / "f.yml"
    path.write_text(FLOW, encoding="utf-8")
    return Engine({"f": load_flow(path)}, ActionRunner([]), FrozenClock(NOW))


def targets(turn: Turn | None) -> list[tuple[int | None, str, tuple[object, ...]]]:
    """The edits by message id: (id, key, buttons), in order."""
    assert turn is not None
    return [(r.target, r.key, r.buttons) for r in turn.replies if r.target is not None]


def answered(question: str, answer: object, target: int) -> Reply:
    return Reply(
        "dialogue-answered",
        {"question": Phrase(question), "answer": answer},
        target=target,
    )


async def remembered(core: Core, person_id: int) -> list[dict[str, object]]:
    async with core.sessions() as session:
        state = await session.get(DialogueState, person_id)
    assert state is not None
    return list(state.question_messages or [])


async def test_a_typed_answer_edits_every_message_of_its_question(tmp_path: Path, core: Core):
    engine = engine_for(tmp_path)
    person = await add_person(core.sessions, FrozenClock(NOW), 7201)
    async with transaction(core.sessions) as session:
        first = await engine.begin(session, person.id, "f")
        # A question with buttons says so; the adapter tells which message shows it.
        assert first.replies[-1].asks == Asks("f", "pick")
        await engine.question_sent(session, person.id, Asks("f", "pick"), 10)
        pressed = await engine.press(session, person.id, "q:pick:0")
    # A press edits the pressed message; the core does not know which one that was, so
    # every remembered message gets its edit too (the adapter skips the pressed one).
    assert pressed.replies[0].edit and targets(pressed) == [(10, "dialogue-answered", ())]
    year_q = pressed.replies[-1]
    assert year_q.key == "intake-birth-year" and year_q.asks == Asks("f", "year")

    async with transaction(core.sessions) as session:
        await engine.question_sent(session, person.id, Asks("f", "year"), 11)
        refused = await engine.answer_text(session, person.id, "nineteen")
    # Refused: nothing is edited; the question comes again, and its copy is remembered.
    assert refused is not None and targets(refused) == []
    assert [r.key for r in refused.replies] == ["dialogue-invalid-year", "intake-birth-year"]
    async with transaction(core.sessions) as session:
        await engine.question_sent(session, person.id, Asks("f", "year"), 13)
        # A message of a question no longer waiting is not remembered.
        await engine.question_sent(session, person.id, Asks("f", "pick"), 14)
    assert await remembered(core, person.id) == [{"message": 11}, {"message": 13}]

    async with transaction(core.sessions) as session:
        accepted = await engine.answer_text(session, person.id, "1990")
    assert accepted is not None and accepted.asked == "due"
    # Both copies: "question ✅ answer", no buttons; before the next question.
    assert accepted.replies[:2] == [
        answered("intake-birth-year", "1990", 11),
        answered("intake-birth-year", "1990", 13),
    ]
    assert not any(r.edit for r in accepted.replies)
    assert accepted.replies[-1].key == "plan-add-due"
    assert await remembered(core, person.id) == []  # the new question's come from the adapter


async def test_a_typed_date_settles_a_keep_it_question(tmp_path: Path, core: Core):
    engine = engine_for(tmp_path)
    person = await add_person(core.sessions, FrozenClock(NOW), 7202)
    async with transaction(core.sessions) as session:
        state = DialogueState(
            person_id=person.id,
            flow="f",
            step="due",
            slots={"pick": "a", "year": 1990},
            history=["pick", "year"],
            asked_at=NOW,
            updated_at=NOW,
        )
        session.add(state)
    async with transaction(core.sessions) as session:
        await engine.question_sent(session, person.id, Asks("f", "due"), 20)
        keep_it = await engine.answer_text(session, person.id, "1.11.2026")
        assert keep_it is not None
        [confirm] = keep_it.replies
        assert confirm.asks == Asks("f", "due", past="2026-11-01")
        await engine.question_sent(session, person.id, confirm.asks, 21)
        # Another past date: the first "keep it?" waits no more, the question still does.
        again = await engine.answer_text(session, person.id, "2.11.2026")
        assert again is not None
        assert targets(again) == [(21, "dialogue-past-date-confirm", ())]
        assert again.replies[0].args == {"date": date(2026, 11, 1)}
        await engine.question_sent(session, person.id, Asks("f", "due", "2026-11-02"), 22)
    assert await remembered(core, person.id) == [
        {"message": 20},
        {"message": 22, "past": "2026-11-02"},
    ]
    async with transaction(core.sessions) as session:
        done = await engine.answer_text(session, person.id, "1.12.2026")
    assert done is not None and done.finished == "completed"
    assert targets(done) == [
        (20, "dialogue-answered", ()),
        (22, "dialogue-past-date-confirm", ()),
    ]
    assert done.replies[0].args["answer"] == date(2026, 12, 1)


async def test_a_press_edits_the_other_copies_and_back_and_cancel_release_them(
    tmp_path: Path, core: Core
):
    engine = engine_for(tmp_path)
    person = await add_person(core.sessions, FrozenClock(NOW), 7203)
    async with transaction(core.sessions) as session:
        await engine.begin(session, person.id, "f")
        for message in (30, 31):  # asked again (say, after /start)
            await engine.question_sent(session, person.id, Asks("f", "pick"), message)
        pressed = await engine.press(session, person.id, "q:pick:1")
    # The pressed one (the adapter knows which, and skips its target) and the other.
    assert pressed.replies[0].edit and pressed.replies[0].key == "dialogue-answered"
    assert targets(pressed) == [(30, "dialogue-answered", ()), (31, "dialogue-answered", ())]

    async with transaction(core.sessions) as session:
        await engine.question_sent(session, person.id, Asks("f", "year"), 32)
        await engine.question_sent(session, person.id, Asks("f", "year"), 33)
        back = await engine.press(session, person.id, "q:year:back")
    # Back: the question left keeps its text, without buttons, in each of its messages.
    assert back.replies[0].edit and back.replies[0].key == "intake-birth-year"
    assert targets(back) == [(32, "intake-birth-year", ()), (33, "intake-birth-year", ())]
    assert back.replies[-1].key == "intake-consent"

    async with transaction(core.sessions) as session:
        await engine.question_sent(session, person.id, Asks("f", "pick"), 34)
        cancelled = await engine.cancel(session, person.id)
    assert cancelled.finished == "cancelled"
    assert targets(cancelled) == [(34, "intake-consent", ())]

    async with transaction(core.sessions) as session:
        await engine.begin(session, person.id, "f")
        await engine.question_sent(session, person.id, Asks("f", "pick"), 35)
        # Another flow (here: the same again) begun over it: the old one's buttons go.
        replaced = await engine.begin(session, person.id, "f")
    assert targets(replaced) == [(35, "intake-consent", ())]
    assert replaced.replies[-1].asks == Asks("f", "pick")


async def test_only_the_newest_messages_are_remembered(tmp_path: Path, core: Core):
    engine = engine_for(tmp_path)
    person = await add_person(core.sessions, FrozenClock(NOW), 7204)
    async with transaction(core.sessions) as session:
        await engine.begin(session, person.id, "f")
        for message in range(100, 100 + MAX_QUESTION_MESSAGES + 3):
            await engine.question_sent(session, person.id, Asks("f", "pick"), message)
    kept = [e["message"] for e in await remembered(core, person.id)]
    assert kept == list(range(103, 103 + MAX_QUESTION_MESSAGES))
