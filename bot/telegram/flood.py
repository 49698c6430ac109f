"""At most a few waiting updates per person; beyond that one kind "please slow down".

Someone pasting 300 lines or holding a button down would otherwise keep the bot (and
Telegram's per-chat limit) busy for minutes. A person's updates are handled one at a
time (see :mod:`bot.telegram.ordering`), so what harms is a person's backlog, not speed:
someone who sends the next message after each reply is never held back, however fast.
An update that finds more than ``limit`` of its person's updates waiting is not handled:
the first of a flood gets one short answer, the rest are counted and dropped, until the
backlog is gone. A second flood soon after (a slow machine may drain a backlog between
two bursts of one paste) is dropped without a second answer: one "slow down" a minute is
enough. The state is per process and in memory on purpose: it protects this
process, holds nothing personal, and a restart forgets it harmlessly.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

log = logging.getLogger(__name__)


class Verdict(Enum):
    """What to do with one update."""

    HANDLE = "handle"
    WARN = "warn"  # the first update past the limit: say "please slow down"
    DROP = "drop"


@dataclass
class FloodGuard:
    """Says whether an update is handled, given how many of its person's are waiting."""

    limit: int = 8
    warn_every: float = 60.0  # seconds between two "please slow down" to one person
    clock: Callable[[], float] = time.monotonic
    _floods: dict[int, int] = field(default_factory=dict)  # person -> updates dropped
    _warned: dict[int, float] = field(default_factory=dict)  # person -> last warning

    def admit(self, person: int, waiting: int) -> Verdict:
        """The verdict for an update of ``person`` with ``waiting`` of theirs in line
        (itself included)."""
        dropped = self._floods.get(person)
        if waiting <= self.limit and (dropped is None or waiting <= 1):
            if dropped is not None:
                # The backlog is gone: the flood is over.
                log.info("flood_over user=%d dropped=%d", person, dropped)
                del self._floods[person]
            return Verdict.HANDLE
        if dropped is None:
            self._floods[person] = 0
            now = self.clock()
            # Forget old warnings, so the map holds only people of the last minute.
            self._warned = {p: t for p, t in self._warned.items() if now - t < self.warn_every}
            if person not in self._warned:
                self._warned[person] = now
                return Verdict.WARN
            return Verdict.DROP
        self._floods[person] = dropped + 1
        return Verdict.DROP
