"""The transparent score: weighted signals with exponential decay, and the rules that
turn a score into an escalation. Pure functions: no database, no clock.

``score(t) = sum(weight(s) * 0.5 ** (age_days(s) / half_life_days))`` over the learner's
signals ``s`` recorded at or before ``t`` and younger than ``horizon_days``.
The service and the simulation bench (``tests/bench/motivation.py``) use these same
functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.motivation.config import MotivationConfig, SignalKind

# Kinds that escalate on their own, whatever the score.
DIRECT = frozenset({SignalKind.REQUEST, SignalKind.CRISIS})


@dataclass(frozen=True, slots=True)
class Observed:
    """A signal as the score sees it."""

    kind: str
    at: datetime
    weight: float | None = None  # None: the configured weight of the kind
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reason:
    """The signals of one kind behind a score, and what they add up to."""

    code: str
    points: float
    count: int
    first_at: datetime
    last_at: datetime
    evidence: tuple[dict[str, Any], ...]

    def to_json(self) -> dict[str, Any]:
        """Codes, numbers and dates only: rendered into words by Fluent later."""
        found: dict[str, Any] = {
            "code": self.code,
            "points": round(self.points, 2),
            "count": self.count,
            "first_at": self.first_at.isoformat(),
            "last_at": self.last_at.isoformat(),
        }
        numbers = [e for e in self.evidence if e]
        moods = [int(e["mood"]) for e in numbers if "mood" in e]
        if moods:
            found["mood"] = min(moods)
        for name in ("days", "unanswered", "average", "from"):
            values = [e[name] for e in numbers if name in e]
            if values:
                found[name] = max(values)
        dates = [str(e["date"]) for e in numbers if "date" in e]
        if dates:
            found["date"] = max(dates)
        steps = sorted({int(e["step_id"]) for e in numbers if "step_id" in e})
        if steps:
            found["steps"] = steps
        return found


@dataclass(frozen=True, slots=True)
class Score:
    """A learner's score at a moment and its reasons, largest contribution first."""

    total: float
    reasons: tuple[Reason, ...]

    def kinds(self) -> frozenset[str]:
        """The kinds of signal behind the score."""
        return frozenset(r.code for r in self.reasons)


@dataclass(frozen=True, slots=True)
class Previous:
    """The learner's last score escalation, for the cool-down."""

    at: datetime
    score: float
    kinds: frozenset[str]


def contribution(signal: Observed, now: datetime, config: MotivationConfig) -> float:
    """What one signal adds to the score at ``now`` (0 outside the horizon or in the future)."""
    age = (now - signal.at).total_seconds() / 86400
    if age < 0 or age > config.horizon_days:
        return 0.0
    weight = signal.weight if signal.weight is not None else config.weight(signal.kind)
    return float(weight * 0.5 ** (age / config.half_life_days))


def score(
    signals: Iterable[Observed],
    now: datetime,
    config: MotivationConfig,
    *,
    good_at: datetime | None = None,
) -> Score:
    """The score at ``now`` and its reasons, sorted by contribution (then by kind).

    ``good_at`` is when the learner last answered a check-in with a good mood (at least
    ``good_mood_min``): the mood signals of ``good_mood_clears`` recorded before it count
    nothing (a good week answers the bad ones before it).
    """
    clears = {str(k) for k in config.good_mood_clears}
    cleared = good_at if good_at is not None and good_at <= now else None
    by_kind: dict[str, list[tuple[Observed, float]]] = {}
    for signal in signals:
        if cleared is not None and signal.kind in clears and signal.at < cleared:
            continue
        points = contribution(signal, now, config)
        if points > 0:
            by_kind.setdefault(signal.kind, []).append((signal, points))
    reasons = []
    for kind, found in by_kind.items():
        found.sort(key=lambda pair: pair[0].at)
        reasons.append(
            Reason(
                code=kind,
                points=sum(p for _, p in found),
                count=len(found),
                first_at=found[0][0].at,
                last_at=found[-1][0].at,
                evidence=tuple(s.evidence for s, _ in found),
            )
        )
    reasons.sort(key=lambda r: (-r.points, r.code))
    return Score(sum(r.points for r in reasons), tuple(reasons))


def should_escalate(
    current: Score,
    signals: Sequence[Observed],
    now: datetime,
    config: MotivationConfig,
    previous: Previous | None,
) -> bool:
    """Whether a score escalation is due now.

    At or above the threshold, and either outside the cool-down after the last score
    escalation, or with a new, stronger reason: a signal recorded after that escalation,
    of a kind that was not among its reasons, weighing at least ``stronger_min_weight``.
    """
    if current.total < config.threshold:
        return False
    if previous is None or now - previous.at >= timedelta(days=config.cooldown_days):
        return True
    return any(
        s.at > previous.at
        and s.kind not in previous.kinds
        and s.kind not in DIRECT
        and (s.weight if s.weight is not None else config.weight(s.kind))
        >= config.stronger_min_weight
        for s in signals
    )
