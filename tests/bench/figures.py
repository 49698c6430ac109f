"""Small numeric helpers for the report: percentiles, windows, verdicts."""

from __future__ import annotations

import math
import os
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) by the nearest-rank method; NaN when empty."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def max_in_window(times: Sequence[float], window: float = 1.0) -> int:
    """The largest number of ``times`` inside any half-open window ``[t, t + window)``."""
    ordered = sorted(times)
    best = 0
    for i, start in enumerate(ordered):
        best = max(best, bisect_left(ordered, start + window, lo=i) - i)
    return best


def min_gap(times: Sequence[float]) -> float:
    """The shortest interval between consecutive ``times``; infinity with fewer than two."""
    ordered = sorted(times)
    return min((b - a for a, b in pairwise(ordered)), default=math.inf)


def machine_busy_s() -> float:
    """CPU seconds all processes of this machine have used since boot (Linux); NaN elsewhere.

    Busy time is everything but idle and iowait, summed over the CPUs (``/proc/stat``).
    """
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = stat.readline().split()[1:]
    except OSError:
        return math.nan
    ticks = [int(f) for f in fields]
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)
    # guest time is already counted in user time.
    busy = sum(ticks[:8]) - idle
    return busy / os.sysconf("SC_CLK_TCK")


def verdict(ok: bool) -> str:
    """PASS or MISS, as printed in the report."""
    return "PASS" if ok else "MISS"


def ms(seconds: float) -> str:
    """Seconds as milliseconds with one decimal."""
    return f"{seconds * 1000:.1f} ms"
