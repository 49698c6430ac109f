"""Deriving signals from what happened: pure rules, shared by the service and the bench.

Where each kind comes from:

- ``low_mood``, ``mood_drop``: a check-in answer (:func:`mood_signals`).
- ``unanswered``: N check-ins or reminders in a row without an answer (:func:`unanswered_signal`).
- ``silence``: no contact for D days, from ``people.last_seen_at`` (:func:`silence_signal`).
- ``overdue_step``: a plan step still to do after its due date (:func:`overdue_signal`).
- ``missed_meeting``: written by ``bot/appointments`` when a counsellor marks a no-show.
- ``help``: written by ``bot/plan`` on "I need help" (``PlanRepository.record_help_request``).
- ``discouraged``, ``crisis``: :mod:`bot.motivation.phrases` on text the learner typed.
- ``request``: an explicit "talk to my counsellor".
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.motivation.config import MotivationConfig, SignalKind


@dataclass(frozen=True, slots=True)
class NewSignal:
    """A signal to record: its kind, moment, weight, evidence and de-duplication ref."""

    kind: SignalKind
    at: datetime
    weight: float
    evidence: dict[str, Any] = field(default_factory=dict)
    ref: str | None = None


def mood_signals(
    mood: int,
    previous: list[int],
    at: datetime,
    config: MotivationConfig,
    *,
    ref: str | None = None,
) -> list[NewSignal]:
    """Signals of one check-in answer.

    Args:
        mood: the answer, 1 (very bad) to 5 (very good).
        previous: earlier answered moods, newest first.
        at: when it was answered.
        config: the rules.
        ref: what it answers ("check_in:7"), so that a replay records nothing twice.
    """
    if not 1 <= mood <= 5:
        raise ValueError(f"mood must be 1-5, not {mood}")
    found = []
    if mood <= config.low_mood_max:
        factor = 1.5 if mood == 1 else 1.0
        if previous and previous[0] <= config.low_mood_max:
            # Low again: a run of low answers is a surer sign than one bad day.
            factor *= config.low_mood_repeat_factor
        found.append(
            NewSignal(
                SignalKind.LOW_MOOD,
                at,
                config.weight(SignalKind.LOW_MOOD) * factor,
                {"mood": mood},
                ref,
            )
        )
    recent = previous[: config.mood_recent]
    if recent:
        average = sum(recent) / len(recent)
        if average - mood >= config.mood_drop_points:
            found.append(
                NewSignal(
                    SignalKind.MOOD_DROP,
                    at,
                    config.weight(SignalKind.MOOD_DROP),
                    {"mood": mood, "average": round(average, 1)},
                    ref,
                )
            )
    return found


def unanswered_signal(
    in_a_row: int, at: datetime, config: MotivationConfig, *, since: datetime
) -> NewSignal | None:
    """A signal when ``in_a_row`` check-ins or reminders went unanswered: at N, 2N, ...

    ``since`` is the last contact; with the count it makes the ref, so each step of one
    silence is recorded once.
    """
    n = config.unanswered_n
    if in_a_row < n:
        return None
    reached = in_a_row - in_a_row % n
    return NewSignal(
        SignalKind.UNANSWERED,
        at,
        config.weight(SignalKind.UNANSWERED),
        {"unanswered": reached},
        f"unanswered:{since.isoformat()}:{reached}",
    )


def silence_signal(
    last_seen_at: datetime, now: datetime, config: MotivationConfig
) -> NewSignal | None:
    """A signal for every D days without contact (at D, 2D, ...), dated when D was reached."""
    days = (now - last_seen_at).days
    periods = days // config.silence_days
    if periods < 1:
        return None
    reached = periods * config.silence_days
    # The longer the silence, the heavier each further period weighs.
    growth = 1 + config.silence_growth * (periods - 1)
    return NewSignal(
        SignalKind.SILENCE,
        last_seen_at + timedelta(days=reached),
        config.weight(SignalKind.SILENCE) * growth,
        {"days": reached, "date": last_seen_at.date().isoformat()},
        f"silence:{last_seen_at.isoformat()}:{periods}",
    )


def overdue_signal(
    step_id: int, due_at: datetime, now: datetime, config: MotivationConfig
) -> NewSignal | None:
    """A signal for a step still to do ``overdue_grace_days`` after its due date (once)."""
    since = due_at + timedelta(days=config.overdue_grace_days)
    if now < since:
        return None
    return NewSignal(
        SignalKind.OVERDUE_STEP,
        since,
        config.weight(SignalKind.OVERDUE_STEP),
        {"step_id": step_id, "date": due_at.date().isoformat()},
        f"plan_step:{step_id}:overdue",
    )


@dataclass(frozen=True, slots=True)
class Asked:
    """A check-in as the rules see it: asked, maybe answered, with a mood."""

    ref: str
    asked_at: datetime
    answered_at: datetime | None = None
    mood: int | None = None


def trend_signal(
    check_ins: list[Asked], now: datetime, config: MotivationConfig
) -> NewSignal | None:
    """A signal when the moods fall check-in after check-in, or stay low.

    The last ``trend_answers`` answered moods of the last ``trend_days`` (the newest
    answered at or before ``now``): each no higher than the one before, falling
    ``trend_drop_points`` or more in all, to at most ``trend_latest_max``; or every one
    of them low (at most ``low_mood_max``). One signal per newest answer, dated when it
    was answered.
    """
    since = now - timedelta(days=config.trend_days)
    answered = sorted(
        (
            c
            for c in check_ins
            if c.mood is not None
            and c.answered_at is not None
            and since <= c.asked_at
            and c.answered_at <= now
        ),
        key=lambda c: c.asked_at,
    )[-config.trend_answers :]
    if len(answered) < config.trend_answers:
        return None
    moods = [c.mood for c in answered if c.mood is not None]
    newest = answered[-1]
    assert newest.answered_at is not None
    falling = all(later <= earlier for earlier, later in itertools.pairwise(moods))
    low_run = all(m <= config.low_mood_max for m in moods)
    if not low_run and (
        not falling
        or moods[0] - moods[-1] < config.trend_drop_points
        or moods[-1] > config.trend_latest_max
    ):
        return None
    return NewSignal(
        SignalKind.MOOD_TREND,
        newest.answered_at,
        config.weight(SignalKind.MOOD_TREND),
        {"mood": moods[-1], "from": moods[0], "answers": len(moods)},
        f"trend:{newest.ref}",
    )
