"""Motivation buttons' callback data, ``motivation:<operation>:<value>``: built and parsed
in one place.

Its own module because the notices the service queues (``notices.py``) and the chat side
(``chat.py``) both put these buttons into messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.errors import StaleButton
from bot.replies import MAX_CALLBACK_BYTES

PREFIX = "motivation:"
# Ids in callback data point at rows whose keys are 32-bit on every backend.
MAX_ID = 2**31 - 1


class MotivationOp(StrEnum):
    """What a motivation button does; the comment says what value follows it."""

    # A counsellor's (or backup's, or coordinator's), on an escalation notice (its id).
    ACK = "ack"  # "I'll contact them"
    MESSAGE = "message"  # type a message relayed to the learner
    BOOK = "book"  # book a meeting with the learner
    NOT_NEEDED = "not_needed"  # feedback for tuning
    # A counsellor's, on a learner's question (the learner's id).
    ANSWER = "answer"  # type an answer relayed to the learner
    # A learner's.
    MOOD = "mood"  # a face of the weekly check-in (1 very bad ... 5 very good)
    CRISIS = "crisis"  # the answer to "are you safe?" ("yes" I need help now / "no")
    COUNSELLOR = "counsellor"  # "talk to my counsellor" (no value: 0)
    # Choosing the day and time of the weekly check-in.
    WHEN = "when"  # show the days (0)
    DAY = "day"  # show the hours of a weekday (0 Monday ... 6 Sunday)
    AT = "at"  # save a weekday and hour (weekday * 24 + hour), or DEFAULT_TIME


# The value of AT that goes back to the default rhythm (about a week after the last one).
DEFAULT_TIME = 7 * 24

# Operations whose value is not a number, and the numbers their words stand for.
WORDS: dict[MotivationOp, dict[str, int]] = {
    MotivationOp.CRISIS: {"no": 0, "yes": 1},
}
# Operations whose value is a small number in a fixed range (inclusive).
RANGES: dict[MotivationOp, tuple[int, int]] = {
    MotivationOp.MOOD: (1, 5),
    MotivationOp.COUNSELLOR: (0, 0),
    MotivationOp.WHEN: (0, 0),
    MotivationOp.DAY: (0, 6),
    MotivationOp.AT: (0, DEFAULT_TIME),
}


@dataclass(frozen=True, slots=True)
class MotivationPress:
    """A parsed motivation button: the operation and its value (an id, a mood, 1 for yes)."""

    op: MotivationOp
    value: int


def callback_data(op: MotivationOp, value: int = 0) -> str:
    """The callback data of a motivation button; the value must be valid for ``op``."""
    words = WORDS.get(op)
    if words is not None:
        text = next(word for word, number in words.items() if number == value)
    else:
        low, high = RANGES.get(op, (0, MAX_ID))
        if not low <= value <= high:
            raise ValueError(f"{op.value}: value {value} out of range")
        text = str(value)
    data = f"{PREFIX}{op.value}:{text}"
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    return data


def parse_callback(data: str) -> MotivationPress:
    """A motivation button's operation and value, from ``motivation:<op>:<value>``.

    Raises:
        StaleButton: the data does not have that shape, names an unknown operation, or
            its value is out of range (forged or mangled buttons).
    """
    prefix, _, rest = data.partition(PREFIX)
    name, _, raw = rest.partition(":")
    try:
        op = MotivationOp(name)
    except ValueError:
        raise StaleButton(data=data[:20]) from None
    if prefix:
        raise StaleButton(data=data[:20])
    words = WORDS.get(op)
    if words is not None:
        if raw not in words:
            raise StaleButton(data=data[:20])
        return MotivationPress(op, words[raw])
    if not raw.isascii() or not raw.isdigit() or len(raw) > 10:
        raise StaleButton(data=data[:20])
    value = int(raw)
    low, high = RANGES.get(op, (0, MAX_ID))
    if not low <= value <= high:
        raise StaleButton(data=data[:20])
    return MotivationPress(op, value)
