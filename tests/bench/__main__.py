"""``python -m tests.bench``: Polku's full stack against a bare echo bot, the outbox, memory.

Prints figures to stdout; ``--help`` lists the options. See the package docstring for
the layout and :mod:`tests.bench.scenarios` for what runs where.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import os
import platform
import resource
import sys
import time
from collections.abc import Callable
from importlib.metadata import version

from tests.bench.figures import ms, percentile, verdict
from tests.bench.scenarios import (
    HELP,
    BotRun,
    LoadFigures,
    LoadOptions,
    OutboxFigures,
    run_echo,
    run_polku,
)

AIM_RATIO = 0.5
AIM_P99 = 0.050
TELEGRAM_PER_SECOND = 30
NEAR_FRACTION = 0.9
SATURATED = 0.9
BUSY_MACHINE = 0.1


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench",
        description="Benchmark Polku's full stack against a bare echo bot on the sandbox.",
    )
    add = parser.add_argument
    add("--learners", type=int, default=50, help="concurrent learners (default 50)")
    add("--messages", type=int, default=40, help="timed messages per learner (default 40)")
    add("--warmup", type=int, default=2, help="untimed messages per learner first (default 2)")
    add("--repeat", type=int, default=3, help="timed closed-loop runs, pooled (default 3)")
    add("--long-poll", type=int, default=10, help="getUpdates timeout, both bots (default 10 s)")
    add("--reply-timeout", type=float, default=10.0, help="how long a learner waits (10 s)")
    add(
        "--think",
        type=float,
        default=1.0,
        help="mean pause after each reply in the paced run; 0 skips it (default 1.0 s)",
    )
    add("--paced-messages", type=int, default=10, help="messages per learner, paced run (10)")
    add("--skip-outbox", action="store_true", help="skip the outbox phase")
    add("--outbox-messages", type=int, default=600, help="outbox messages (default 600)")
    add("--outbox-people", type=int, default=200, help="people they go to (default 200)")
    add("--outbox-timeout", type=float, default=40.0, help="give up the drain after (40 s)")
    add(
        "--database-url",
        help="a PostgreSQL server (postgresql+asyncpg://...) for Polku; the run makes and"
        " drops a database of its own there (default: a fresh SQLite file)",
    )
    add(
        "--rate-limiter",
        action="store_true",
        help="build Polku with rate_limiter=True, as `polku run` does (caps replies at 30/s)",
    )
    args = parser.parse_args(argv)
    if min(args.learners, args.messages, args.outbox_people, args.repeat) < 1:
        parser.error("--learners, --messages, --outbox-people and --repeat must be at least 1")
    if args.warmup < 0 or args.paced_messages < 0 or args.think < 0:
        parser.error("--warmup, --paced-messages and --think cannot be negative")
    return args


Row = Callable[[str, Callable[[LoadFigures], str]], None]


def _table(echo: LoadFigures, polku: LoadFigures) -> Row:
    """Print the table's head; return a printer of rows (a label, echo's and Polku's value)."""

    def row(label: str, render: Callable[[LoadFigures], str]) -> None:
        print(f"  {label:<30}{render(echo):>16}{render(polku):>16}")

    print(f"  {'':<30}{'echo':>16}{'Polku':>16}")
    return row


def _share(cpu_s: float, wall_s: float) -> str:
    return f"{100 * cpu_s / wall_s:.0f}% of a core"


def _latency_rows(row: Row) -> None:
    row("latency p50", lambda f: ms(percentile(f.result.latencies, 50)))
    row("latency p99", lambda f: ms(percentile(f.result.latencies, 99)))
    row("latency max", lambda f: ms(max(f.result.latencies, default=math.nan)))


def _warnings(figures: LoadFigures) -> None:
    result = figures.result
    for error, count in result.errors:
        print(f"  ! {figures.name}: {count} learner(s) stopped: {error}")
    if result.bot_messages != result.expected_bot_messages:
        print(
            f"  ! {figures.name}: the bot sent {result.bot_messages} messages for"
            f" {result.expected_bot_messages} updates: latencies may be mispaired"
        )
    if figures.replies_as_expected != result.handled:
        print(f"  ! {figures.name}: some replies were not the expected text")
    if figures.other_cpu_s > BUSY_MACHINE * result.wall_s:
        print(
            f"  ! {figures.name}: other processes used"
            f" {_share(figures.other_cpu_s, result.wall_s)} during the timed runs: the"
            " machine was not quiet,\n    so these figures are lower and noisier than"
            " they would be"
        )
    if result.sandbox_cpu_s > SATURATED * result.wall_s:
        print(
            f"  ! {figures.name}: the sandbox process was nearly saturated: throughput was"
            " bounded by the harness; compare CPU per update instead"
        )


def report_load(echo: LoadFigures, polku: LoadFigures, options: LoadOptions) -> None:
    """Section 1: the two bots side by side, the ratios and the verdicts."""
    print("1. Full stack vs bare echo bot: closed loop, no think time")
    runs = f"{options.repeat} runs" if options.repeat > 1 else "one run"
    print(
        f"   {runs} of {options.learners} learners x {options.messages} timed messages"
        " (alternating"
        f" {HELP!r} and a plain text), each learner\n"
        "   sending its next message as soon as the reply to the last one has arrived;"
        f" {options.warmup} untimed\n   warm-up message(s) each first. Both bots poll with"
        f" long_poll={options.long_poll} s, poll_interval=0.\n"
        "   Latency: from the sandbox taking in the learner's message (queued for getUpdates)"
        " to the\n   sandbox recording the bot's sendMessage: server-side time.monotonic()"
        " readings in the sandbox\n   process (the chat log's own dates are whole seconds)."
        " Bot CPU: CPU time of this process\n   (the bot, its threads included) during the"
        " timed phase.\n   The runs are pooled: updates/s is all updates over all wall"
        " time, percentiles are over all\n   latencies."
    )
    print()
    row = _table(echo, polku)
    row("updates answered", lambda f: f"{f.result.handled}")
    row("wall time", lambda f: f"{f.result.wall_s:.2f} s")
    row("updates/s", lambda f: f"{f.updates_per_s:.0f}")
    if options.repeat > 1:
        row("updates/s of each run", lambda f: ", ".join(f"{r:.0f}" for r in f.runs))
    _latency_rows(row)
    row("bot CPU per update", lambda f: ms(f.bot_cpu_s / max(f.result.handled, 1)))
    row("bot CPU use", lambda f: _share(f.bot_cpu_s, f.result.wall_s))
    row("sandbox CPU use", lambda f: _share(f.result.sandbox_cpu_s, f.result.wall_s))
    row("other processes' CPU use", lambda f: _share(f.other_cpu_s, f.result.wall_s))
    row("replies as expected", lambda f: f"{f.replies_as_expected}/{f.result.handled}")
    row(
        "bot messages / updates",
        lambda f: f"{f.result.bot_messages}/{f.result.expected_bot_messages}",
    )
    _warnings(echo)
    _warnings(polku)
    print(
        "   The echo bot runs with python-telegram-bot's defaults: one update at a time"
        " (concurrent_updates\n   off). Polku handles up to 256 at once, one at a time per"
        " person."
    )
    print()
    ratio = polku.updates_per_s / echo.updates_per_s if echo.updates_per_s else math.nan
    p99_polku = percentile(polku.result.latencies, 99)
    p99_echo = percentile(echo.result.latencies, 99)
    complete = polku.result.handled == options.learners * options.messages * options.repeat
    cpu_echo = echo.bot_cpu_s / max(echo.result.handled, 1)
    cpu_polku = polku.bot_cpu_s / max(polku.result.handled, 1)
    print(
        f"  Polku / echo updates/s       {ratio:.2f}      aim >= {AIM_RATIO}"
        f"    {verdict(complete and ratio >= AIM_RATIO)}"
    )
    print(
        f"  Polku p99                    {ms(p99_polku):<9} aim < {AIM_P99 * 1000:.0f} ms"
        f"   {verdict(complete and p99_polku < AIM_P99)}"
    )
    print(f"  Polku p99 / echo p99         {p99_polku / p99_echo:.1f}x")
    print(f"  Polku / echo CPU per update  {cpu_polku / cpu_echo:.1f}x")
    if not complete:
        print("  (not every timed message of Polku was answered: both aims count as missed)")
    print(
        "   Without think time the mean latency is learners / throughput (Little's law):"
        f" {options.learners} /\n   {polku.updates_per_s:.0f} per s ="
        f" {ms(options.learners / polku.updates_per_s)} for Polku,"
        f" {options.learners} / {echo.updates_per_s:.0f} per s ="
        f" {ms(options.learners / echo.updates_per_s)} for echo."
        f" A p99 under\n   {AIM_P99 * 1000:.0f} ms with {options.learners} such learners"
        f" needs well over {options.learners / AIM_P99:.0f} updates/s."
    )
    print()


def report_paced(echo: LoadFigures, polku: LoadFigures, options: LoadOptions) -> None:
    """Section 1b: the same people with think time (information, no aim)."""
    print(
        f"1b. Paced: the same {options.learners} learners pause {0.5 * options.think:g} to"
        f" {1.5 * options.think:g} s (mean {options.think:g} s)\n"
        f"    after each reply, {options.paced_messages} messages each (same latency"
        " definition; no aim)"
    )
    print()
    row = _table(echo, polku)
    row("updates/s (offered)", lambda f: f"{f.updates_per_s:.0f}")
    _latency_rows(row)
    row("bot CPU use", lambda f: _share(f.bot_cpu_s, f.result.wall_s))
    row("other processes' CPU use", lambda f: _share(f.other_cpu_s, f.result.wall_s))
    row("replies as expected", lambda f: f"{f.replies_as_expected}/{f.result.handled}")
    _warnings(echo)
    _warnings(polku)
    print()


def report_outbox(figures: OutboxFigures) -> None:
    """Section 2: the outbox sender's drain against Telegram's limits."""
    print("2. Outbox throughput")
    print(
        f"   {figures.enqueued} notices queued in one transaction to {figures.people} people"
        " (round-robin), drained by\n   the running application's sender. The sandbox's"
        " Telegram-like flood control (token buckets:\n   30/s overall, 1/s per chat) is on."
        " Times are the sandbox's sendMessage records (server-side\n   time.monotonic())."
    )
    print()
    rate = figures.rate
    steady = (figures.delivered - 1) / figures.first_to_last_s if figures.first_to_last_s else 0.0
    chat_rate = 1 / figures.min_chat_gap_s if figures.min_chat_gap_s > 0 else math.inf
    s = figures.stats
    print(f"  delivered                        {figures.delivered}/{figures.enqueued}")
    print(f"  commit -> last delivery          {figures.commit_to_last_s:.2f} s")
    print(f"  messages/s, commit -> last       {rate:.1f}")
    print(f"  messages/s, first -> last        {steady:.1f}")
    print(
        f"  most sent in any 1 s window      {figures.max_per_1s_window}"
        f" ({figures.first_second} in the first second)"
    )
    print(
        f"  shortest gap within one chat     {figures.min_chat_gap_s:.3f} s"
        f" (at most {chat_rate:.2f}/s per chat)"
    )
    print(f"  429s from the sandbox            {figures.flood_429}")
    print(
        f"  sender stats                     sent {s.sent}, retried {s.retried},"
        f" flood waits {s.flood_waits}, dead {s.dead}"
    )
    everything = figures.delivered == figures.enqueued
    checks = [
        (f"average <= {TELEGRAM_PER_SECOND}/s", everything and rate <= TELEGRAM_PER_SECOND),
        (
            f"average near {TELEGRAM_PER_SECOND}/s (>= {NEAR_FRACTION * TELEGRAM_PER_SECOND:g}/s)",
            everything and rate >= NEAR_FRACTION * TELEGRAM_PER_SECOND,
        ),
        (
            f"<= {TELEGRAM_PER_SECOND} in every 1 s window",
            figures.max_per_1s_window <= TELEGRAM_PER_SECOND,
        ),
        ("<= 1/s per chat", figures.min_chat_gap_s >= 1.0),
        ("no 429 from the sandbox", figures.flood_429 == 0),
    ]
    for label, ok in checks:
        print(f"  {label:<33}{verdict(ok)}")
    print()


def report_resources(echo: BotRun, polku: BotRun) -> None:
    """Section 3: peak memory."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print("3. Resources")
    print(
        f"  peak RSS of this process (both bots ran in it, echo first)  "
        f"{usage.ru_maxrss / 1024:.0f} MiB"
    )
    print(
        f"  peak RSS of the sandbox processes (echo's, Polku's)         "
        f"{echo.sandbox_peak_mib:.0f} MiB, {polku.sandbox_peak_mib:.0f} MiB"
    )
    print()


async def run(args: argparse.Namespace) -> int:
    """Run every section and print it."""
    options = LoadOptions(
        learners=args.learners,
        messages=args.messages,
        warmup=args.warmup,
        long_poll=args.long_poll,
        reply_timeout=args.reply_timeout,
        think=args.think,
        paced_messages=args.paced_messages,
        repeat=args.repeat,
    )
    print(
        f"Polku benchmark: Python {platform.python_version()}, python-telegram-bot"
        f" {version('python-telegram-bot')}, SQLAlchemy {version('SQLAlchemy')},"
        f" {os.cpu_count()} CPUs"
    )
    print(
        "Each bot runs alone in this process on the default asyncio loop; the sandbox Bot API"
        " and the\nsimulated learners run in a child process (uvloop), a fresh one per bot."
        " Polku is\nbuild_application(rate_limiter="
        f"{args.rate_limiter}) on a freshly migrated "
        + (
            "PostgreSQL database of its own (--database-url)."
            if args.database_url
            else "SQLite file in a temporary directory."
        )
    )
    print()
    started = time.monotonic()
    echo = await run_echo(options)
    polku = await run_polku(
        options,
        outbox_people=args.outbox_people,
        outbox_messages=0 if args.skip_outbox else args.outbox_messages,
        outbox_timeout=args.outbox_timeout,
        rate_limiter=args.rate_limiter,
        database=args.database_url,
    )
    report_load(echo.load, polku.load, options)
    if echo.paced is not None and polku.paced is not None:
        report_paced(echo.paced, polku.paced, options)
    if polku.outbox is not None:
        report_outbox(polku.outbox)
    else:
        print("2. Outbox throughput: skipped (--skip-outbox)\n")
    report_resources(echo, polku)
    for note in polku.notes:
        print(f"Note: {note}")
    print(f"Total time: {time.monotonic() - started:.0f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point: warnings and errors of the bots go to stderr, figures to stdout."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="bench: %(levelname)s %(name)s %(message)s")
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
