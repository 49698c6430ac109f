"""``python -m tests.bench.campaigns``: a campaign to 10,000 learners.

Seeds ``--learners`` learners on a fresh SQLite database (or ``--database-url``), plans a
campaign to all of them (the time to plan the audience: deliveries and outbox rows, in
batches), then drains the outbox with the real sender at a limit of ``--limit`` messages/s
through an in-process transport that records every delivery, killing the sender half way
and starting a new one (as a restart would). Prints achieved messages/s / limit (aim
>= 0.9), duplicates (must be 0) and losses (must be 0). Asserts nothing.

The sender's limits are those ``polku run`` uses with ``POLKU_BULK_RATE`` set to the limit
(``SenderLimits.for_rate``). The transport is in-process rather than the sandbox's HTTP
API, so the figure is the outbox's own pace (database claims and marks per message)
without network overhead.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path

from bot.campaigns.file import parse_campaign
from bot.campaigns.service import Campaigns
from bot.clock import FrozenClock
from bot.outbox import Outbox, OutboxSender, SenderLimits
from store.db import create_engine, create_sessionmaker
from store.migrations import upgrade_async
from store.outbox import OutboxItem
from tests.bench.reminders import START, seed_people

SPEC = """
name: Bench
messages:
  en: "Hello {first_name}!"
  fi: "Hei {first_name}!"
fallback: en
buttons:
  en: ["I'll come", "Not interested"]
"""


class RecordingTransport:
    """Delivers nothing; counts what it was asked to deliver, per chat."""

    def __init__(self) -> None:
        self.delivered: Counter[int] = Counter()
        self.count = 0
        self.target = 0
        self.reached = asyncio.Event()

    async def deliver(self, item: OutboxItem) -> int:
        """Record one delivery."""
        self.delivered[item.chat_id] += 1
        self.count += 1
        if self.count >= self.target:
            self.reached.set()
        return self.count


async def run(url: str, learners: int, limit: float) -> None:
    """Plan, then send with a restart half way; print the figures."""
    await upgrade_async(url)
    await seed_people(url, learners)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    clock = FrozenClock(START)
    outbox = Outbox()
    campaigns = Campaigns(sessions, outbox, clock, time_zone="Europe/Helsinki")
    campaign = await campaigns.create(parse_campaign(SPEC))
    started = time.perf_counter()
    await campaigns.confirm(campaign.id)
    planning = time.perf_counter() - started

    transport = RecordingTransport()
    # As `polku run` builds them with POLKU_BULK_RATE=limit.
    limits = SenderLimits.for_rate(limit)
    started = time.perf_counter()
    for half in (learners // 2, learners):
        sender = OutboxSender(sessions, outbox, transport, clock, limits)
        transport.target = half
        transport.reached.clear()
        task = asyncio.create_task(sender.run())
        reached = asyncio.create_task(transport.reached.wait())
        await asyncio.wait([task, reached], return_when=asyncio.FIRST_COMPLETED)
        reached.cancel()
        sender.stop()  # a restart half way: the new sender takes over what is left
        await task
        if half < learners:
            clock.advance(limits.claim_lease * 2)  # the old claims run out
    sending = time.perf_counter() - started
    report = await campaigns.report(campaign.id)
    await engine.dispose()

    sent = sum(transport.delivered.values())
    duplicates = sum(n - 1 for n in transport.delivered.values() if n > 1)
    lost = learners - len(transport.delivered)
    rate = sent / sending if sending else 0.0
    print(f"Campaign: {learners:,} learners on {url.split(':')[0]}, limit {limit:,.0f} messages/s")
    print(f"  planned the audience ({learners:,} deliveries + outbox rows) in {planning:.2f} s")
    print(
        f"  sent {sent:,} in {sending:.1f} s with a restart half way: {rate:,.0f} messages/s, "
        f"{rate / limit:.2f} of the limit (aim >= 0.9)"
    )
    print(f"  duplicates: {duplicates} (must be 0); losses: {lost} (must be 0)")
    print(f"  report: sent {report.count('sent'):,}, pending {report.count('pending'):,}")


def main(argv: list[str] | None = None) -> int:
    """Run the campaign benchmark."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.campaigns")
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--limit", type=float, default=1000.0, help="messages/s (L)")
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'campaigns.db'}"
        asyncio.run(run(url, args.learners, args.limit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
