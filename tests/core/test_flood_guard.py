"""The flood guard's verdicts, on a clock the test moves."""

from __future__ import annotations

from bot.telegram.flood import FloodGuard, Verdict


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def flood(guard: FloodGuard, person: int, size: int) -> list[Verdict]:
    """``size`` updates arriving while none is handled, then the backlog drained."""
    verdicts = [guard.admit(person, waiting) for waiting in range(1, size + 1)]
    guard.admit(person, 1)  # the backlog is gone
    return verdicts


def test_one_warning_a_flood_and_one_a_minute():
    ticks = Ticks()
    guard = FloodGuard(limit=3, warn_every=60, clock=ticks)
    assert flood(guard, 1, 6) == [Verdict.HANDLE] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    # A second flood ten seconds later: dropped, without a second warning.
    ticks.now = 10
    assert flood(guard, 1, 5) == [Verdict.HANDLE] * 3 + [Verdict.DROP, Verdict.DROP]
    # Someone else is warned on their own.
    assert Verdict.WARN in flood(guard, 2, 5)
    # A minute after the first warning, a new flood is told again.
    ticks.now = 61
    assert flood(guard, 1, 5) == [Verdict.HANDLE] * 3 + [Verdict.WARN, Verdict.DROP]


def test_someone_who_waits_for_each_reply_is_never_held_back():
    guard = FloodGuard(limit=3)
    assert {guard.admit(1, 1) for _ in range(1000)} == {Verdict.HANDLE}
