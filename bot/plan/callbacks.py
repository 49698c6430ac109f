"""Plan buttons' callback data, ``pl:<operation>:<id>``: built and parsed in one place.

Its own module because both the chat side (``chat.py``) and the reminders a step queues
(``reminders.py``, which ``chat.py`` imports) put plan buttons into messages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from bot.errors import StaleButton
from bot.replies import MAX_CALLBACK_BYTES

log = logging.getLogger(__name__)

PREFIX = "pl:"
# Ids in callback data point at rows whose keys are 32-bit on every backend.
MAX_ID = 2**31 - 1


class PlanOp(StrEnum):
    """What a plan button does; the comment says whose id follows it."""

    # A counsellor's, about one of their learners (learner id).
    VIEW = "view"  # the learner's plan
    ADD = "add"  # add a step (starts a dialogue)
    CONFIRM = "confirm"  # confirm a proposed plan
    # A counsellor's, about a step of one of their learners (step id).
    STEP = "step"  # the step's menu
    MARK_DONE = "mark-done"
    SKIP = "skip"
    REOPEN = "reopen"  # to do again
    UP = "up"
    DOWN = "down"
    DATE = "date"  # change the due date (starts a dialogue)
    REMOVE = "remove"  # ask before removing
    REMOVE_YES = "remove-yes"  # remove, after asking
    # A learner's, about a step of their own confirmed plan (step id).
    DONE = "done"
    HELP = "help"


# Buttons already in people's chats carry the single-letter operations of the first
# version, and Telegram keeps an inline keyboard as long as its message: those presses
# still work. The aliases can go once no stored message can carry them any more, that
# is when the log has shown no `plan_button_alias` for a few months (reminders expire
# within days, but a plan view or a notice may be pressed much later).
OLD_NAMES: dict[str, PlanOp] = {
    "v": PlanOp.VIEW,
    "a": PlanOp.ADD,
    "c": PlanOp.CONFIRM,
    "s": PlanOp.STEP,
    "d": PlanOp.MARK_DONE,
    "k": PlanOp.SKIP,
    "t": PlanOp.REOPEN,
    "u": PlanOp.UP,
    "w": PlanOp.DOWN,
    "e": PlanOp.DATE,
    "r": PlanOp.REMOVE,
    "R": PlanOp.REMOVE_YES,
    "ld": PlanOp.DONE,
    # "help" kept its name.
}


@dataclass(frozen=True, slots=True)
class PlanPress:
    """A parsed plan button: the operation and the id of the learner or step it names."""

    op: PlanOp
    target: int


def callback_data(op: PlanOp, target: int) -> str:
    """The callback data of a plan button; the id must fit :data:`MAX_ID`."""
    if not 0 <= target <= MAX_ID:
        raise ValueError(f"id {target} out of range")
    data = f"{PREFIX}{op.value}:{target}"
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    return data


def parse_callback(data: str) -> PlanPress:
    """A plan button's operation and record id, from ``pl:<op>:<id>``.

    The first version's single-letter operations are accepted too (:data:`OLD_NAMES`).

    Raises:
        StaleButton: the data does not have that shape, names an unknown operation, or
            the id cannot name a record (forged or mangled buttons get the kind "this
            button no longer works").
    """
    prefix, _, rest = data.partition(PREFIX)
    name, _, raw_id = rest.partition(":")
    if prefix or not raw_id.isascii() or not raw_id.isdigit() or len(raw_id) > 10:
        raise StaleButton(data=data[:20])
    if name in OLD_NAMES:
        op = OLD_NAMES[name]
        log.info("plan_button_alias op=%s", name)
    else:
        try:
            op = PlanOp(name)
        except ValueError:
            raise StaleButton(data=data[:20]) from None
    target = int(raw_id)
    if not 0 <= target <= MAX_ID:
        raise StaleButton(data=data[:20])
    return PlanPress(op, target)
