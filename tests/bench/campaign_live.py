"""``python -m tests.bench.campaign_live``: live replies during a 10,000-message campaign.

Issue 9: while a campaign goes out at the full rate, a learner who writes should get an
answer as fast as without it. Polku is built as ``polku run`` builds it
(``build_application(rate_limiter=True)``, ``POLKU_BULK_RATE`` = ``--bulk-rate``) on a fresh
SQLite file (or ``--database-url``, an empty database that is migrated here), against the
benchmark's sandbox child process (:mod:`.sandbox_process`). ``--learners`` seeded learners
(people of the sandbox) are the campaign's audience; ``--live`` learners join through
invites and write (``/help`` and a plain text in turn, pausing 0.5 to 1.5 times
``--think`` after each reply), first without a campaign, then while the campaign to the
seeded learners is sending. Latency is measured inside the sandbox, as in
:mod:`tests.bench`: the sandbox takes in the message -> the sandbox records the reply.

Prints p50/p99/max of both runs and the campaign's messages/s during the second one.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import math
import os
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from bot.campaigns.file import parse_campaign
from bot.campaigns.service import Campaigns
from bot.clock import ShiftedClock
from bot.i18n import Translator
from bot.people import help_key
from bot.sandbox import SandboxClient
from bot.settings import Settings
from bot.telegram.app import build_application, polling
from store.db import create_engine, create_sessionmaker
from store.migrations import upgrade_async
from store.models import Person, Role
from tests.bench.figures import ms, percentile
from tests.bench.reminders import seed_people
from tests.bench.remote import SandboxProcess, sandbox_process
from tests.bench.scenarios import (
    HELP,
    MORNING,
    PLAIN,
    TEXTS,
    LoadFigures,
    _join_everyone,
    _timed,
    plain,
)

SEEDED_COUNSELLOR = 1  # the telegram_user_id seed_people gives its counsellor
FIRST_DELIVERY_TIMEOUT = 60.0

SPEC = """
name: Bench live
audience:
  counsellor: [{counsellor}]
messages:
  en: "Hello {{first_name}}! The open day is on Friday."
  fi: "Hei {{first_name}}! Avoimet ovet ovat perjantaina."
fallback: en
buttons:
  en: ["I'll come", "Not interested"]
"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.campaign_live",
        description="p99 of live replies with and without a running campaign (issue 9).",
    )
    add = parser.add_argument
    add("--learners", type=int, default=10_000, help="the campaign's audience (10,000)")
    add("--live", type=int, default=20, help="learners who write during the runs (20)")
    add("--messages", type=int, default=20, help="messages per live learner per run (20)")
    add("--think", type=float, default=1.0, help="mean pause after each reply (1.0 s)")
    add("--reply-timeout", type=float, default=15.0, help="how long a learner waits (15 s)")
    add(
        "--bulk-rate",
        type=float,
        default=float(os.environ.get("POLKU_BULK_RATE", "30")),
        help="POLKU_BULK_RATE for the bot (default: the environment's, else 30)",
    )
    add(
        "--flood-limits",
        action="store_true",
        help="turn on the sandbox's Telegram-like flood control (30/s overall, 1/s per chat)",
    )
    add("--database-url", help="an empty database (default: a fresh SQLite file)")
    args = parser.parse_args(argv)
    if min(args.learners, args.live, args.messages) < 1 or args.think < 0:
        parser.error("--learners, --live and --messages must be at least 1, --think >= 0")
    return args


def _settings(database_url: str, sandbox: SandboxProcess, bulk_rate: float) -> Settings:
    """The test suite's settings pointed at ``sandbox``, with the bulk rate."""
    conftest = importlib.import_module("tests.conftest")
    settings: Settings = conftest.make_settings(
        database_url,
        TELEGRAM_API_BASE_URL=sandbox.base_url,
        TELEGRAM_API_BASE_FILE_URL=sandbox.base_file_url,
        POLKU_BULK_RATE=str(bulk_rate),
    )
    return settings


async def _counsellor_id(url: str) -> int:
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            found = await session.execute(
                select(Person.id).where(Person.telegram_user_id == SEEDED_COUNSELLOR)
            )
            return int(found.scalar_one())
    finally:
        await engine.dispose()


async def _delivered(sandbox: SandboxProcess, chats: list[int]) -> int:
    """How many campaign messages the sandbox has recorded so far."""
    times = await sandbox.sent_times(chats)
    return sum(len(ts) for ts in times.values())


def _row(label: str, without: LoadFigures, during: LoadFigures, render: object) -> None:
    assert callable(render)
    print(f"  {label:<28}{render(without):>16}{render(during):>16}")


def _report(
    args: argparse.Namespace,
    without: LoadFigures,
    during: LoadFigures,
    campaign: dict[str, float],
    flood_429: tuple[int, int],
) -> None:
    print(
        f"Live replies during a campaign: {args.live} live learners, {args.messages} messages"
        f" each per run,\n  pausing {0.5 * args.think:g}-{1.5 * args.think:g} s after each"
        f" reply; campaign to {args.learners:,} learners at POLKU_BULK_RATE"
        f"={args.bulk_rate:g};\n  rate_limiter=True as `polku run`; sandbox flood control"
        f" {'on' if args.flood_limits else 'off'}; {os.cpu_count()} CPUs,"
        f" load average {os.getloadavg()[0]:.2f} at the end"
    )
    print(f"  {'':<28}{'no campaign':>16}{'campaign':>16}")
    _row("replies", without, during, lambda f: f"{f.result.handled}")
    _row("offered updates/s", without, during, lambda f: f"{f.updates_per_s:.1f}")
    _row("latency p50", without, during, lambda f: ms(percentile(f.result.latencies, 50)))
    _row("latency p99", without, during, lambda f: ms(percentile(f.result.latencies, 99)))
    _row(
        "latency max",
        without,
        during,
        lambda f: ms(max(f.result.latencies, default=math.nan)),
    )
    _row(
        "replies as expected",
        without,
        during,
        lambda f: f"{f.replies_as_expected}/{f.result.handled}",
    )
    _row(
        "bot CPU use",
        without,
        during,
        lambda f: f"{100 * f.bot_cpu_s / f.result.wall_s:.0f}% of a core",
    )
    _row(
        "other processes' CPU use",
        without,
        during,
        lambda f: f"{100 * f.other_cpu_s / f.result.wall_s:.0f}% of a core",
    )
    for figures in (without, during):
        for error, count in figures.result.errors:
            print(f"  ! {figures.name}: {count} learner(s) stopped: {error}")
    print(
        f"  campaign: planned in {campaign['planning_s']:.2f} s (before the timed run);"
        f" {campaign['in_window']:.0f} messages during the timed run ="
        f" {campaign['rate']:.1f} messages/s\n"
        f"  ({campaign['rate'] / args.bulk_rate:.2f} of POLKU_BULK_RATE);"
        f" {campaign['delivered']:.0f}/{args.learners:,} delivered when it stopped\n"
        f"  429s from the sandbox: {flood_429[0]} in the run without, {flood_429[1]} in the run"
        " with the campaign (the latter counts from just before the campaign's planning)"
    )
    p99_without = percentile(without.result.latencies, 99)
    p99_during = percentile(during.result.latencies, 99)
    print(f"  p99 during / p99 without: {p99_during / p99_without:.2f}x")


async def run(args: argparse.Namespace, url: str) -> None:
    """Seed, join, measure without and with the campaign; print."""
    await upgrade_async(url)
    async with sandbox_process("polku_bench_bot") as sandbox:
        chats = await sandbox.create_users(args.learners)
        await seed_people(url, args.learners, chats)
        counsellor = await _counsellor_id(url)
        settings = _settings(url, sandbox, args.bulk_rate)
        # Quiet hours: the bot's clock says a weekday morning in Helsinki.
        app = build_application(settings, clock=ShiftedClock(MORNING), rate_limiter=True)
        async with (
            polling(app, long_poll=10, poll_interval=0.0),
            SandboxClient(sandbox.url) as client,
        ):
            live = await _join_everyone(app, client, args.live, [])
            translator = Translator()
            expected = {
                HELP: plain(translator.text("en", help_key(Role.LEARNER))),
                PLAIN: plain(translator.text("en", "ask-not-understood")),
            }
            if args.flood_limits:
                await client.set_limits(enabled=True)
            await sandbox.load(live, messages=2, texts=TEXTS, reply_timeout=args.reply_timeout)
            flood = [int((await client.stats())["flood_429_count"])]

            async def timed(name: str) -> LoadFigures:
                return await _timed(
                    name,
                    sandbox,
                    live,
                    expected.__getitem__,
                    messages=args.messages,
                    reply_timeout=args.reply_timeout,
                    think=args.think,
                )

            without = await timed("no campaign")
            flood.append(int((await client.stats())["flood_429_count"]))

            core = app.bot_data.services.core
            campaigns = Campaigns(
                core.sessions, core.outbox, core.clock, time_zone=settings.time_zone
            )
            started = time.perf_counter()
            campaign = await campaigns.create(parse_campaign(SPEC.format(counsellor=counsellor)))
            await campaigns.confirm(campaign.id)
            planning_s = time.perf_counter() - started
            # The timed run starts once the campaign is sending.
            for _ in range(int(FIRST_DELIVERY_TIMEOUT / 0.2)):
                if await _delivered(sandbox, chats):
                    break
                await asyncio.sleep(0.2)
            before, window_start = await _delivered(sandbox, chats), time.monotonic()
            during = await timed("campaign")
            flood.append(int((await client.stats())["flood_429_count"]))
            delivered, span = await _delivered(sandbox, chats), time.monotonic() - window_start
            await client.set_limits(enabled=False)
    _report(
        args,
        without,
        during,
        {
            "planning_s": planning_s,
            "in_window": delivered - before,
            "rate": (delivered - before) / span,
            "delivered": delivered,
        },
        (flood[1] - flood[0], flood[2] - flood[1]),
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark: warnings of the bot to stderr, figures to stdout."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="bench: %(levelname)s %(name)s %(message)s")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="polku-bench-") as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'polku.db'}"
        asyncio.run(run(args, url))
    print(f"Total time: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
