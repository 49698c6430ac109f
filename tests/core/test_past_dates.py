"""A date question refuses a date that has passed, or asks whether it is meant."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.clock import FrozenClock
from bot.core import Core
from bot.dialogue.actions import ActionRunner
from bot.dialogue.engine import Engine
from bot.dialogue.flow import load_flow
from bot.replies import Reply
from store.db import transaction
from tests.factories import add_person

FLOW = """\
flow: f
start: due
steps:
  due:
    ask: plan-add-due
    slot: due
    answer: date
{past}    next: done
  done:
    say: intake-done
    end: completed
"""
# 10:00 in Helsinki on 24 November 2026.
NOW = datetime(2026, 11, 24, 8, 0, tzinfo=ZoneInfo("UTC"))


def engine_for(tmp_path: Path, past: str) -> Engine:
    path = tmp_path / "f.yml"
    path.write_text(FLOW.format(past=f"    past: {past}\n" if past else ""), encoding="utf-8")
    return Engine({"f": load_flow(path)}, ActionRunner([]), FrozenClock(NOW))


def keys(replies: list[Reply]) -> list[str]:
    return [r.key for r in replies]


@pytest.mark.parametrize(
    ("typed", "refused"),
    [
        ("23.11.2026", True),
        ("24.11.2026", False),  # today is not past
        ("24.11.2026 09:59", True),  # Helsinki time
        ("24.11.2026 10:01", False),
        ("1.1.2027", False),
    ],
)
async def test_a_learner_facing_question_refuses_a_past_date(
    tmp_path: Path, core: Core, typed: str, refused: bool
):
    engine = engine_for(tmp_path, "")
    person = await add_person(core.sessions, FrozenClock(NOW), 7101)
    async with transaction(core.sessions) as session:
        await engine.begin(session, person.id, "f")
        turn = await engine.answer_text(session, person.id, typed, time_zone="Europe/Helsinki")
    assert turn is not None
    if refused:
        assert keys(turn.replies) == ["dialogue-invalid-date-past", "plan-add-due"]
    else:
        assert turn.finished == "completed"


async def test_a_confirming_question_asks_then_keeps_or_asks_again(tmp_path: Path, core: Core):
    engine = engine_for(tmp_path, "confirm")
    person = await add_person(core.sessions, FrozenClock(NOW), 7102)
    async with transaction(core.sessions) as session:
        await engine.begin(session, person.id, "f")
        asked = await engine.answer_text(session, person.id, "1.11.2026")
        assert asked is not None and keys(asked.replies) == ["dialogue-past-date-confirm"]
        keep, change = asked.replies[0].buttons[0]
        assert change.data is not None and keep.data is not None
        again = await engine.press(session, person.id, change.data)
        # The "keep it?" message loses its buttons; the question comes again.
        assert keys(again.replies) == ["dialogue-answered", "plan-add-due"]
        assert again.replies[0].edit and not again.replies[0].buttons
        await engine.answer_text(session, person.id, "1.11.2026")
        kept = await engine.press(session, person.id, keep.data)
    assert kept.finished == "completed" and kept.slots["due"] == "2026-11-01"
    assert "_pending_date" not in kept.slots
