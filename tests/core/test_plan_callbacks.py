"""Plan buttons' callback data: readable operations, the old single letters, id ranges."""

from __future__ import annotations

import pytest

from bot.clock import FrozenClock
from bot.core import Core
from bot.errors import StaleButton
from bot.plan.callbacks import MAX_ID, OLD_NAMES, PlanOp, PlanPress, callback_data, parse_callback
from bot.replies import MAX_CALLBACK_BYTES
from store.db import transaction
from store.models import Role, StepStatus
from store.plans import PlanRepository
from tests.core.test_plan_notices import learner_with_a_step, sender
from tests.factories import add_person


@pytest.mark.parametrize("op", list(PlanOp))
def test_every_operation_round_trips_within_telegrams_limit(op: PlanOp):
    for target in (0, 7, MAX_ID):
        data = callback_data(op, target)
        assert data == f"pl:{op.value}:{target}"
        assert len(data.encode()) <= MAX_CALLBACK_BYTES
        assert parse_callback(data) == PlanPress(op, target)


@pytest.mark.parametrize(
    ("old", "op"),
    [
        ("v", PlanOp.VIEW),
        ("a", PlanOp.ADD),
        ("c", PlanOp.CONFIRM),
        ("s", PlanOp.STEP),
        ("d", PlanOp.MARK_DONE),
        ("k", PlanOp.SKIP),
        ("t", PlanOp.REOPEN),
        ("u", PlanOp.UP),
        ("w", PlanOp.DOWN),
        ("e", PlanOp.DATE),
        ("r", PlanOp.REMOVE),
        ("R", PlanOp.REMOVE_YES),
        ("ld", PlanOp.DONE),
        ("help", PlanOp.HELP),
    ],
)
def test_buttons_already_sent_with_the_old_letters_still_work(old: str, op: PlanOp):
    assert parse_callback(f"pl:{old}:42") == PlanPress(op, 42)


def test_the_aliases_are_exactly_the_first_versions_letters():
    assert set(OLD_NAMES) == {"v", "a", "c", "s", "d", "k", "t", "u", "w", "e", "r", "R", "ld"}
    assert not set(OLD_NAMES) & {op.value for op in PlanOp}  # no name means two things


@pytest.mark.parametrize(
    "data",
    [
        "pl:view:2147483648",  # one past the largest id
        "pl:view:99999999999999999999",
        "pl:view:-1",
        "pl:view:+1",
        "pl:view: 1",
        "pl:view:1 ",
        "pl:view:٣",  # a digit, but not an ASCII one
        "pl:done:²",
        "pl:view:",
        "pl:view:12:34",
        "pl::1",
        "pl:",
        "pl:VIEW:1",
        "pl:D:1",
        "pl:delete:1",
        "plan:view:1",
        "xpl:view:1",
        "pl:view:0x10",
    ],
)
def test_anything_else_is_a_stale_button(data: str):
    with pytest.raises(StaleButton):
        parse_callback(data)


def test_ids_out_of_range_make_no_button():
    for target in (-1, MAX_ID + 1):
        with pytest.raises(ValueError):
            callback_data(PlanOp.VIEW, target)


async def test_an_old_button_does_what_the_new_one_does(core: Core, clock: FrozenClock):
    counsellor = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    learner, step_id = await learner_with_a_step(core, clock, 201, counsellor)
    new = await core.plans.press(sender(counsellor), f"pl:view:{learner.id}")
    old = await core.plans.press(sender(counsellor), f"pl:v:{learner.id}")
    assert old == new
    # The views hand out only the readable names.
    buttons = [b.data for row in new.replies[0].buttons for b in row]
    # The plan's own buttons (a "book a meeting" button may follow them).
    assert [b for b in buttons if b and b.startswith("pl:")] == [
        f"pl:step:{step_id}",
        f"pl:add:{learner.id}",
    ]

    # A reminder's old "Done" button on the learner's phone.
    answer = await core.plans.press(sender(learner), f"pl:ld:{step_id}")
    assert answer.toast == "plan-done-thanks"
    async with transaction(core.sessions) as session:
        step = await PlanRepository(session).step(step_id)
        assert step is not None and step.status is StepStatus.DONE
    # The counsellor's old "Not done" and the new "Skip".
    await core.plans.press(sender(counsellor), f"pl:t:{step_id}")
    await core.plans.press(sender(counsellor), f"pl:skip:{step_id}")
    async with transaction(core.sessions) as session:
        step = await PlanRepository(session).step(step_id)
        assert step is not None and step.status is StepStatus.SKIPPED
