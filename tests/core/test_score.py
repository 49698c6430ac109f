"""The transparent score: worked examples pinned to bot/motivation/motivation.yml.

With half_life_days = 10, horizon_days = 42, threshold = 7 and the weights low_mood 2
(mood 1: 3), mood_drop 1, mood_trend 1.5, missed_meeting 1, overdue_step 3, silence 2,
help 2:

1. One low mood (2) answered now: 2.0 * 0.5 ** 0 = 2. Below 7: no escalation.
2. A low mood 10 days ago (2 * 0.5 ** 1 = 1) and a missed meeting today (1): 2; reasons
   in order of points, then by name: low_mood (1), missed_meeting (1).
3. Silence reached 20 days ago (2 * 0.5 ** 2 = 0.5), an overdue step today (3), "I need
   help" 5 days ago (2 * 0.5 ** 0.5 = 1.4142), and a low mood 50 days ago (beyond the
   horizon: 0): 4.9142. A second overdue step today (3) makes 7.9142: an escalation.
4. Moods 4, 3, 2, 1 a week apart. The 2: low_mood 2 and mood_trend 1.5 (4, 3, 2) = 3.5.
   The 1 a week later: low_mood 3, mood_drop 1 (2 points below 3, the average of 2, 3
   and 4) and mood_trend 1.5 (3, 2, 1), plus the 2's 3.5 * 0.5 ** 0.7 = 2.1545:
   7.6545, an escalation at the 1 (not at the 2).
5. One bad day: 4, 5, 1, 4. The 1: low_mood 3 + mood_drop 1 (average 4.5) = 4, below 7;
   the 4 a week later answers it (good_mood_clears): 0.
6. A low mood and an overdue step today (2 + 3 = 5) and a missed meeting 3 days ago
   (1 * 0.5 ** 0.3 = 0.8123): 5.8123, no escalation; with silence reached today (2):
   7.8123, an escalation.
7. "Bad" every week: 4, 2, 2, 2, 2. Each 2 is low_mood 2; the first also mood_drop 1
   (from 4); from the second on also mood_trend 1.5 (4, 2, 2 falls; then 2, 2, 2 is all
   low). At the fourth 2: 3.5 + 3.5 * 0.6156 + 3.5 * 0.6156 ** 2 + 3 * 0.6156 ** 3 =
   7.6805, an escalation; at the third 2: 3.5 + 3.5 * 0.6156 + 3 * 0.6156 ** 2 = 6.7913.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.motivation.config import load_motivation_config
from bot.motivation.score import Observed, Previous, score, should_escalate
from bot.motivation.signals import Asked, NewSignal, mood_signals, trend_signal

CONFIG = load_motivation_config()
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def test_the_configuration_the_examples_assume():
    assert (CONFIG.half_life_days, CONFIG.horizon_days, CONFIG.threshold) == (10, 42, 7)
    weights = {k: CONFIG.weight(k) for k in ("low_mood", "mood_drop", "mood_trend")}
    assert weights == {"low_mood": 2.0, "mood_drop": 1.0, "mood_trend": 1.5}
    assert CONFIG.weight("missed_meeting") == 1.0 and CONFIG.weight("overdue_step") == 3.0
    assert CONFIG.weight("silence") == 2.0 and CONFIG.weight("help") == 2.0
    assert (CONFIG.trend_answers, CONFIG.trend_drop_points, CONFIG.trend_latest_max) == (3, 2, 2)
    assert CONFIG.good_mood_min == 4


def test_example_1_one_low_mood():
    result = score([Observed("low_mood", NOW)], NOW, CONFIG)
    assert result.total == pytest.approx(2.0)
    assert not should_escalate(result, [], NOW, CONFIG, None)


def test_example_2_decay_and_order_of_reasons():
    signals = [Observed("low_mood", ago(10)), Observed("missed_meeting", NOW)]
    result = score(signals, NOW, CONFIG)
    assert result.total == pytest.approx(2.0)
    assert [(r.code, round(r.points, 4)) for r in result.reasons] == [
        ("low_mood", 1.0),
        ("missed_meeting", 1.0),
    ]


def test_example_3_threshold():
    signals = [
        Observed("silence", ago(20), evidence={"days": 10}),
        Observed("overdue_step", NOW, evidence={"step_id": 1}),
        Observed("help", ago(5)),
        Observed("low_mood", ago(50)),
    ]
    result = score(signals, NOW, CONFIG)
    assert result.total == pytest.approx(4.9142, abs=1e-4)
    assert not should_escalate(result, signals, NOW, CONFIG, None)
    more = [*signals, Observed("overdue_step", NOW, evidence={"step_id": 2})]
    stronger = score(more, NOW, CONFIG)
    assert stronger.total == pytest.approx(7.9142, abs=1e-4)
    assert should_escalate(stronger, more, NOW, CONFIG, None)
    assert stronger.reasons[0].to_json()["steps"] == [1, 2]


def weekly(moods: list[int]) -> tuple[list[Observed], list[Asked], datetime | None]:
    """Check-ins a week apart ending NOW, as the service records them: the signals, the
    check-ins, and when the last good one was answered."""
    signals: list[Observed] = []
    asked: list[Asked] = []
    good_at = None
    for week, mood in enumerate(moods):
        at = ago(7 * (len(moods) - 1 - week))
        previous = [c.mood for c in reversed(asked) if c.mood is not None]
        asked.append(Asked(f"c{week}", at, at, mood))
        found: list[NewSignal | None] = [*mood_signals(mood, previous, at, CONFIG)]
        found.append(trend_signal(asked, at, CONFIG))
        signals += [Observed(s.kind.value, s.at, s.weight, s.evidence) for s in found if s]
        if mood >= CONFIG.good_mood_min:
            good_at = at
    return signals, asked, good_at


def test_example_4_falling_mood_escalates_at_the_fourth_check_in():
    signals, _, good_at = weekly([4, 3, 2])
    at_the_2 = score(signals, NOW, CONFIG, good_at=good_at)
    assert at_the_2.total == pytest.approx(3.5)
    assert not should_escalate(at_the_2, signals, NOW, CONFIG, None)
    signals, _, good_at = weekly([4, 3, 2, 1])
    at_the_1 = score(signals, NOW, CONFIG, good_at=good_at)
    assert at_the_1.total == pytest.approx(7.6545, abs=1e-4)
    assert should_escalate(at_the_1, signals, NOW, CONFIG, None)
    assert [r.code for r in at_the_1.reasons] == ["low_mood", "mood_trend", "mood_drop"]
    trend = next(r for r in at_the_1.reasons if r.code == "mood_trend").to_json()
    assert (trend["from"], trend["mood"]) == (4, 1)


def test_example_5_one_bad_day_is_answered_by_the_next_good_one():
    signals, _, good_at = weekly([4, 5, 1])
    assert score(signals, NOW, CONFIG, good_at=good_at).total == pytest.approx(4.0)
    signals, _, good_at = weekly([4, 5, 1, 4])
    assert score(signals, NOW, CONFIG, good_at=good_at).total == 0


def test_example_6_an_overdue_step_needs_company():
    signals = [
        Observed("low_mood", NOW),
        Observed("overdue_step", NOW, evidence={"step_id": 1}),
        Observed("missed_meeting", ago(3)),
    ]
    result = score(signals, NOW, CONFIG)
    assert result.total == pytest.approx(5.8123, abs=1e-4)
    assert not should_escalate(result, signals, NOW, CONFIG, None)
    more = [*signals, Observed("silence", NOW, evidence={"days": 10})]
    assert score(more, NOW, CONFIG).total == pytest.approx(7.8123, abs=1e-4)
    assert should_escalate(score(more, NOW, CONFIG), more, NOW, CONFIG, None)


def test_example_7_bad_every_week_escalates_at_the_fourth():
    signals, _, good_at = weekly([4, 2, 2, 2])
    assert score(signals, NOW, CONFIG, good_at=good_at).total == pytest.approx(6.7913, abs=1e-4)
    signals, _, good_at = weekly([4, 2, 2, 2, 2])
    result = score(signals, NOW, CONFIG, good_at=good_at)
    assert result.total == pytest.approx(7.6805, abs=1e-4)
    assert should_escalate(result, signals, NOW, CONFIG, None)


@pytest.mark.parametrize(
    ("moods", "trend"),
    [
        ([4, 3, 2], True),
        ([3, 3, 1], True),
        ([2, 2, 2], True),
        ([5, 4, 3], False),
        ([4, 2, 3], False),
        ([2, 3, 2], False),
    ],
)
def test_a_trend_is_falling_moods_ending_low(moods: list[int], trend: bool):
    _, asked, _ = weekly(moods)
    assert (trend_signal(asked, NOW, CONFIG) is not None) is trend


def test_a_good_check_in_clears_mood_signals_before_it_only():
    signals = [Observed("low_mood", ago(14)), Observed("overdue_step", ago(14))]
    result = score(signals, NOW, CONFIG, good_at=ago(7))
    assert [r.code for r in result.reasons] == ["overdue_step"]


def test_stored_weight_wins_and_cool_down_needs_a_new_strong_kind():
    signals = [Observed("overdue_step", NOW, weight=8.0)]
    result = score(signals, NOW, CONFIG)
    assert result.total == pytest.approx(8.0)
    previous = Previous(ago(1), 8.0, frozenset({"overdue_step"}))
    assert not should_escalate(result, signals, NOW, CONFIG, previous)
    newer = [*signals, Observed("silence", NOW)]
    assert should_escalate(score(newer, NOW, CONFIG), newer, NOW, CONFIG, previous)
