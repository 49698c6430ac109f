"""Appointment buttons' callback data, ``ap:<operation>:<value>[:<for>]``: built and parsed here.

``value`` is a day (``yyyymmdd``), a start (minutes since the Unix epoch, UTC) or an
appointment id, as the operation says. ``for`` says whose booking the choice belongs to
when it is not the presser's own new one: ``l<learner id>`` (a counsellor booking one of
their learners) or ``m<appointment id>`` (moving that appointment). Its own module because
the chat (``chat.py``) and the reminders (``reminders.py``) both put these buttons into
messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from bot.errors import StaleButton
from bot.replies import MAX_CALLBACK_BYTES, Button

PREFIX = "ap:"
# Ids point at rows whose keys are 32-bit on every backend.
MAX_ID = 2**31 - 1
# Starts between 2000 and 2100 (minutes since the epoch); days in the same years.
FIRST_MINUTE = 15_778_080  # 2000-01-01T00:00Z
LAST_MINUTE = 68_374_080  # 2100-01-01T00:00Z
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class ApOp(StrEnum):
    """What an appointment button does; the comment says what its value is."""

    BOOK = "book"  # the days with free times (value: 0; a counsellor's: the learner id)
    DAY = "day"  # the free times of a day (yyyymmdd)
    AT = "at"  # ask to confirm a time (epoch minutes)
    YES = "yes"  # book or move to that time, after asking (epoch minutes)
    LIST = "list"  # the presser's upcoming meetings (0)
    MOVE = "move"  # choose a new time for a meeting (appointment id)
    CANCEL = "cancel"  # ask before cancelling (appointment id)
    CANCEL_YES = "cancel-yes"  # a learner's cancel, after asking (appointment id)
    # A counsellor's cancel, with the reason (appointment id).
    WHY_ILL = "why-ill"
    WHY_AWAY = "why-away"
    WHY_NOT_NEEDED = "why-not-needed"
    WHY_OTHER = "why-other"
    # A learner's answer to a reminder (appointment id).
    COMING = "coming"
    NOT_COMING = "not-coming"
    # A counsellor's after the meeting (appointment id).
    MET = "met"
    NO_SHOW = "no-show"


@dataclass(frozen=True, slots=True)
class ApPress:
    """A parsed appointment button."""

    op: ApOp
    value: int
    learner: int | None = None  # a counsellor books this learner
    moving: int | None = None  # the choice moves this appointment

    @property
    def day(self) -> date:
        """The value as a day (``DAY``)."""
        return date(self.value // 10000, self.value // 100 % 100, self.value % 100)

    @property
    def starts_at(self) -> datetime:
        """The value as a start (``AT``, ``YES``)."""
        return _EPOCH + timedelta(minutes=self.value)


def day_value(day: date) -> int:
    """A day as a button value, ``yyyymmdd``."""
    return day.year * 10000 + day.month * 100 + day.day


def minute_value(moment: datetime) -> int:
    """A start as a button value: whole minutes since the epoch."""
    return int((moment - _EPOCH).total_seconds() // 60)


def callback_data(
    op: ApOp, value: int = 0, *, learner: int | None = None, moving: int | None = None
) -> str:
    """The callback data of an appointment button."""
    suffix = ""
    if learner is not None:
        suffix = f":l{learner}"
    elif moving is not None:
        suffix = f":m{moving}"
    data = f"{PREFIX}{op.value}:{value}{suffix}"
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    return data


def _number(raw: str) -> int | None:
    if not raw.isascii() or not raw.isdigit() or len(raw) > 10:
        return None
    return int(raw)


def _value_fits(op: ApOp, value: int) -> bool:
    if op is ApOp.DAY:
        try:
            return 2000 <= date(value // 10000, value // 100 % 100, value % 100).year < 2100
        except ValueError:
            return False
    if op in (ApOp.AT, ApOp.YES):
        return FIRST_MINUTE <= value < LAST_MINUTE
    return 0 <= value <= MAX_ID


def parse_callback(data: str) -> ApPress:
    """An appointment button from its callback data.

    Raises:
        StaleButton: not that shape, an unknown operation, or a value out of range.
    """
    prefix, _, rest = data.partition(PREFIX)
    parts = rest.split(":")
    if prefix or len(parts) not in (2, 3):
        raise StaleButton(data=data[:20])
    try:
        op = ApOp(parts[0])
    except ValueError:
        raise StaleButton(data=data[:20]) from None
    value = _number(parts[1])
    if value is None or not _value_fits(op, value):
        raise StaleButton(data=data[:20])
    learner = moving = None
    if len(parts) == 3:
        whose, target = parts[2][:1], _number(parts[2][1:])
        if whose not in ("l", "m") or target is None or not 0 < target <= MAX_ID:
            raise StaleButton(data=data[:20])
        learner, moving = (target, None) if whose == "l" else (None, target)
    return ApPress(op, value, learner, moving)


def book_button() -> Button:
    """ "Book a meeting": the learner's days with free times, as ``/book`` shows them."""
    return Button("appointment-book-button", data=callback_data(ApOp.BOOK))
