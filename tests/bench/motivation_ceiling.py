"""The ceiling of the motivation simulation: how well could any rule do on its learners?

A detector that knows the generator of ``tests/bench/motivation.py`` exactly: for each
learner and day it computes the posterior probability that a decline has begun, from
every contact, check-in answer and mood, meeting and overdue step so far (exact
likelihoods under "steady", "noisy" and every possible decline start and length), and
raises an alarm when that probability passes ``tau``. It replays the same learners as
the bench for a seed (the same random draws in the same order).

Not part of ``make bench``, and it needs numpy and scipy, which are no dependencies of
Polku: ``python3 -m tests.bench.motivation_ceiling 8 1000 [skip]`` with a Python that has
them, where ``skip`` lists observation kinds to leave out (c contact, m check-ins, x
meetings, s steps). Seed 8, 1,000 learners, 2026-12-02: tau 0.85 flags 75.9 % of declining
learners a week before drop-out at 4.9 % false alarms (tau 0.8: 80.3 % at 6.9 %; tau
0.9: 68.8 % at 3.0 %); from check-ins alone (skip cxs, 300 learners) about 25 % at 5 %.
"""

from __future__ import annotations

import random
import sys
from typing import Any

import numpy as np
from scipy.stats import norm

DAYS = 120
KINDS = ("steady", "noisy")
GAP = {"steady": 3, "noisy": 5, "declining": 3}
ANSWER = {"steady": 0.9, "noisy": 0.8, "declining": 0.9}
BASE = {"steady": 4.0, "noisy": 3.5, "declining": 3.9}
SPREAD = {"steady": 0.7, "noisy": 1.2, "declining": 0.7}
MISSED = {"steady": 0.05, "noisy": 0.1, "declining": 0.05}
LATE = {"steady": 0.1, "noisy": 0.15, "declining": 0.1}
EPS = 1e-4


def generate(rng: random.Random) -> tuple[str, int | None, list[tuple[Any, ...]]]:
    """One learner as tests/bench/motivation.py draws them: kind, drop-out day, what the
    bot could see (day, kind, value[, step due day])."""
    roll = rng.random()
    dropout = start = None
    if roll < 0.4:
        kind = "declining"
        dropout = rng.randint(50, 115)
        start = dropout - rng.randint(21, 35)
    else:
        kind = "steady" if roll < 0.8 else "noisy"
    r = random.Random(rng.random())
    steps = sorted(r.sample(range(5, DAYS), 8))
    late_anyway = {s: r.random() < LATE[kind] for s in steps}
    meetings = list(range(r.randint(3, 20), DAYS, 21))

    def decline(day: int) -> float:
        if dropout is None or start is None or day < start:
            return 0.0
        return min(1.0, (day - start) / (dropout - start))

    seen: list[tuple[Any, ...]] = []
    for day in range(dropout if dropout is not None else DAYS):
        d = decline(day)
        seen.append((day, "c", r.random() < (1 / GAP[kind]) * (1 - 0.9 * d)))
        if day % 7 == 0:
            if r.random() < ANSWER[kind] * (1 - 0.8 * d):
                mood = max(1, min(5, round(r.gauss(BASE[kind] - 2.6 * d, SPREAD[kind]))))
                seen.append((day, "m", mood))
            else:
                seen.append((day, "m", 0))
        if day in meetings:
            seen.append((day, "x", r.random() < MISSED[kind] + 0.6 * d))
        for due in steps:
            if day == due + 2:
                seen.append((day, "s", decline(due) > 0.2 or late_anyway[due], due))
    return kind, dropout, seen


# Every decline the generator can make: (start, length) with drop-out on day 50-115.
HYPOTHESES = [(s, n) for s in range(115) for n in range(21, 36) if 50 <= s + n <= 115]
STARTS = np.array([h[0] for h in HYPOTHESES], float)
LENGTHS = np.array([h[1] for h in HYPOTHESES], float)


def mood_probability(mean: Any, spread: Any, mood: int) -> Any:
    """P(round(clip(gauss(mean, spread), 1, 5)) == mood)."""
    edges = np.array([-np.inf, 1.5, 2.5, 3.5, 4.5, np.inf])
    return norm.cdf((edges[mood] - mean) / spread) - norm.cdf((edges[mood - 1] - mean) / spread)


def posterior(seen: list[tuple[Any, ...]], skip: set[str]) -> Any:
    """P(a decline has begun | what was seen up to day t), for every day t."""
    days = np.arange(DAYS)
    n = len(HYPOTHESES)
    d = np.vstack(
        [np.zeros((2, DAYS)), np.clip((days[None, :] - STARTS[:, None]) / LENGTHS[:, None], 0, 1)]
    )

    def column(table: dict[str, float]) -> Any:
        return np.array([table["steady"], table["noisy"]] + [table["declining"]] * n)

    gap, answer, base = column(GAP), column(ANSWER), column(BASE)
    spread, missed, late = column(SPREAD), column(MISSED), column(LATE)
    step = np.zeros(d.shape)
    for observed in seen:
        day, kind, value = observed[0], observed[1], observed[2]
        if kind in skip:
            continue
        dd = d[:, day]
        if kind == "c":
            p = (1 / gap) * (1 - 0.9 * dd)
            step[:, day] += np.log(p if value else 1 - p)
        elif kind == "m":
            p = answer * (1 - 0.8 * dd)
            if value == 0:
                step[:, day] += np.log(1 - p)
            else:
                step[:, day] += np.log(p * mood_probability(base - 2.6 * dd, spread, value) + 1e-12)
        elif kind == "x":
            p = np.minimum(missed + 0.6 * dd, 1 - EPS)
            step[:, day] += np.log(p if value else 1 - p)
        elif kind == "s":
            p = np.where(d[:, observed[3]] > 0.2, 1 - EPS, late)
            step[:, day] += np.log(p if value else 1 - p)
    total = np.cumsum(step, axis=1)
    # A decline whose drop-out day has passed cannot be what is still answering.
    total[2:][(STARTS + LENGTHS)[:, None] <= days[None, :]] = -np.inf
    total += np.log(np.array([0.4, 0.2] + [0.4 / n] * n))[:, None]
    begun = np.vstack([np.zeros((2, DAYS), bool), STARTS[:, None] <= days[None, :]])
    top = total.max(axis=0)
    everything = np.log(np.exp(total - top).sum(axis=0)) + top
    started = np.where(begun, total, -np.inf)
    top_started = np.max(started, axis=0)
    top_started = np.where(np.isfinite(top_started), top_started, 0)
    started_sum = np.log(np.exp(started - top_started).sum(axis=0) + 1e-300) + top_started
    return np.exp(started_sum - everything)


def main(seed: int = 8, count: int = 1000, skip: str = "") -> None:
    """Print early detection and false alarms for a range of alarm levels."""
    rng = random.Random(seed)
    runs = []
    for _ in range(count):
        kind, dropout, seen = generate(rng)
        end = dropout if dropout is not None else DAYS
        runs.append((kind, dropout, posterior(seen, set(skip))[:end]))
    print(f"motivation ceiling: {count} learners, seed {seed}, left out: {skip or 'nothing'}")
    for tau in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        early = declining = alarms = fine = 0
        for kind, dropout, p in runs:
            hits = np.nonzero(p >= tau)[0]
            if kind == "declining":
                declining += 1
                early += bool(len(hits)) and hits[0] <= dropout - 7
            else:
                fine += 1
                alarms += bool(len(hits))
        print(
            f"  tau {tau}: {early / declining:.1%} a week early, {alarms / fine:.1%} false alarms"
        )


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]), *sys.argv[3:4])
