"""The transparent score: worked examples pinned to bot/motivation/motivation.yml.

With half_life_days = 10, horizon_days = 42, threshold = 4:

1. One low mood (weight 1.5) answered now: 1.5 * 0.5 ** 0 = 1.5. Below 4: no escalation.
2. A low mood 10 days ago (1.5 * 0.5 ** 1 = 0.75) and a missed meeting today (2.0):
   2.75; reasons: missed_meeting (2.0), then low_mood (0.75).
3. Silence reached 20 days ago (2.0 * 0.5 ** 2 = 0.5), two overdue steps today
   (2 * 1.0 = 2.0), "I need help" 5 days ago (2.0 * 0.5 ** 0.5 = 1.4142), and a low mood
   50 days ago (beyond the horizon: 0): 3.9142, just below 4. One more overdue step
   today (1.0) makes 4.9142: an escalation.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.motivation.config import load_motivation_config
from bot.motivation.score import Observed, Previous, score, should_escalate

CONFIG = load_motivation_config()
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def test_the_configuration_the_examples_assume():
    assert (CONFIG.half_life_days, CONFIG.horizon_days, CONFIG.threshold) == (10, 42, 4)
    assert CONFIG.weight("low_mood") == 1.5 and CONFIG.weight("missed_meeting") == 2.0


def test_example_1_one_low_mood():
    result = score([Observed("low_mood", NOW)], NOW, CONFIG)
    assert result.total == pytest.approx(1.5)
    assert not should_escalate(result, [], NOW, CONFIG, None)


def test_example_2_decay_and_order_of_reasons():
    signals = [Observed("low_mood", ago(10)), Observed("missed_meeting", NOW)]
    result = score(signals, NOW, CONFIG)
    assert result.total == pytest.approx(2.75)
    assert [(r.code, round(r.points, 4)) for r in result.reasons] == [
        ("missed_meeting", 2.0),
        ("low_mood", 0.75),
    ]


def test_example_3_threshold():
    signals = [
        Observed("silence", ago(20), evidence={"days": 10}),
        Observed("overdue_step", NOW, evidence={"step_id": 1}),
        Observed("overdue_step", NOW, evidence={"step_id": 2}),
        Observed("help", ago(5)),
        Observed("low_mood", ago(50)),
    ]
    result = score(signals, NOW, CONFIG)
    assert result.total == pytest.approx(3.9142, abs=1e-4)
    assert not should_escalate(result, signals, NOW, CONFIG, None)
    more = [*signals, Observed("overdue_step", NOW, evidence={"step_id": 3})]
    stronger = score(more, NOW, CONFIG)
    assert stronger.total == pytest.approx(4.9142, abs=1e-4)
    assert should_escalate(stronger, more, NOW, CONFIG, None)
    assert stronger.reasons[0].to_json()["steps"] == [1, 2, 3]


def test_stored_weight_wins_and_cool_down_needs_a_new_strong_kind():
    signals = [Observed("overdue_step", NOW, weight=5.0)]
    result = score(signals, NOW, CONFIG)
    assert result.total == pytest.approx(5.0)
    previous = Previous(ago(1), 5.0, frozenset({"overdue_step"}))
    assert not should_escalate(result, signals, NOW, CONFIG, previous)
    newer = [*signals, Observed("missed_meeting", NOW)]
    assert should_escalate(score(newer, NOW, CONFIG), newer, NOW, CONFIG, previous)
