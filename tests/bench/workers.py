"""``python -m tests.bench.workers``: throughput and reply latency of 1 and 3
``polku run --webhook`` workers behind nginx on one PostgreSQL, in one run (issue 12).

The workers are the real processes, built as in production (``polku run --webhook``:
``build_application(rate_limiter=True, webhook=True)``, so each worker paces its replies
at Telegram's 30 messages a second, and a person's updates are put in order through the
database whichever worker gets them). nginx runs with docs/nginx.conf (as
tests/telegram/test_workers.py adapts it: plain HTTP on a loopback port). The sandbox Bot
API and the simulated learners run in the benchmark's child process
(:mod:`.sandbox_process`); the sandbox posts each update to nginx, one request at a time
and in order, as it does for a webhook (Telegram itself may use up to 40 connections).

The database is a fresh one on ``POLKU_TEST_DATABASE_URL``'s server (dropped at the end)
or ``--database-url`` (empty; migrated here). ``--learners`` learners are seeded with a
confirmed plan (one dated step, its reminders pending) and write ``/help`` and a plain
text in turn:

* closed loop: each learner sends the next message as soon as the reply to the last one
  has arrived (``--messages`` each, after ``--warmup`` untimed ones);
* paced: each learner pauses 0.5 to 1.5 times ``--think`` after each reply
  (``--paced-messages`` each).

Latency is measured inside the sandbox (it takes in the learner's message -> it records
the bot's reply), as in :mod:`tests.bench`. CPU use of every process involved comes from
/proc: the workers, nginx, the sandbox child (with the load generator), the PostgreSQL
backends serving this database, and everything else on the machine. Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import math
import os
import platform
import random
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from tempfile import TemporaryDirectory

import asyncpg
import httpx

from bot.clock import SystemClock
from tests.bench import databases
from tests.bench.figures import machine_busy_s, ms, percentile
from tests.bench.remote import LoadResult, SandboxProcess, sandbox_process
from tests.bench.scenarios import TEXTS
from tests.bench.startup import build_rows, expected_reply, seed
from tests.processes import (
    NGINX,
    WEBHOOK_PATH,
    cpu_seconds,
    free_port,
    memory_mib,
    nginx,
    start_worker,
    stop,
    tree_cpu_seconds,
    until_listening,
    worker_env,
)

TOKEN = "123456:BENCH-token"
SECRET = "bench-Secret_1"


@dataclass(frozen=True)
class Usage:
    """CPU seconds used during one phase, per process (or group of processes)."""

    workers: list[float]
    nginx: float
    sandbox: float
    postgres: float
    bench: float
    machine: float

    @property
    def others(self) -> float:
        """What the rest of the machine used (other programs, other databases)."""
        ours = sum(self.workers) + self.nginx + self.sandbox + self.postgres + self.bench
        return max(0.0, self.machine - ours)


@dataclass(frozen=True)
class Phase:
    """One timed load on one configuration."""

    result: LoadResult
    usage: Usage
    as_expected: int

    @property
    def updates_per_s(self) -> float:
        """Answered updates per second of wall time."""
        return self.result.handled / self.result.wall_s


@dataclass
class Configuration:
    """What was measured with ``workers`` workers."""

    workers: int
    ready_s: float = math.nan
    closed: Phase | None = None
    paced: Phase | None = None
    rss_mib: list[float] = field(default_factory=list)
    leader_lost: int = 0


@dataclass(frozen=True)
class Reading:
    """CPU seconds so far of each process of a configuration, and of the machine."""

    workers: list[float]
    nginx: float
    sandbox: float
    postgres: dict[int, float]  # backend pid -> CPU seconds
    bench: float
    machine: float

    def until(self, later: Reading) -> Usage:
        """What was used from this reading to ``later``."""
        # A backend that started meanwhile used all its CPU in between.
        postgres = sum(cpu - self.postgres.get(pid, 0.0) for pid, cpu in later.postgres.items())
        return Usage(
            workers=[b - a for a, b in zip(self.workers, later.workers, strict=True)],
            nginx=later.nginx - self.nginx,
            sandbox=later.sandbox - self.sandbox,
            postgres=postgres,
            bench=later.bench - self.bench,
            machine=later.machine - self.machine,
        )


class Meter:
    """Reads the CPU time of the processes of one configuration."""

    def __init__(self, workers: list[int], nginx_pid: int, sandbox_pid: int, database: str) -> None:
        self._workers = workers
        self._nginx = nginx_pid
        self._sandbox = sandbox_pid
        self._database = database.replace("postgresql+asyncpg", "postgresql")

    async def _postgres_pids(self) -> list[int]:
        # The backends serving this database (the workers' pools, the leader's lock).
        connection = await asyncpg.connect(self._database)
        try:
            rows = await connection.fetch(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid()"
            )
        finally:
            await connection.close()
        return [int(r["pid"]) for r in rows]

    async def read(self) -> Reading:
        """Every process's CPU seconds now."""
        return Reading(
            workers=[cpu_seconds(pid) for pid in self._workers],
            nginx=tree_cpu_seconds(self._nginx),
            sandbox=cpu_seconds(self._sandbox),
            postgres={pid: cpu_seconds(pid) for pid in await self._postgres_pids()},
            bench=time.process_time(),
            machine=machine_busy_s(),
        )


async def until_healthy(port: int, seconds: float = 60.0) -> None:
    """Until the worker's ``/healthz`` answers 200."""
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(timeout=2.0) as http:
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if (await http.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                    return
            if time.monotonic() > deadline:
                raise RuntimeError(f"the worker on port {port} did not become healthy")
            await asyncio.sleep(0.05)


@contextlib.asynccontextmanager
async def deployment(
    count: int, url: str, sandbox: SandboxProcess, folder: Path
) -> AsyncIterator[tuple[list[asyncio.subprocess.Process], int, list[Path], float]]:
    """nginx in front of ``count`` workers, all ready: (workers, nginx pid, logs, seconds
    from the first spawn until every worker answered /healthz)."""
    port, ports = free_port(), [free_port() for _ in range(count)]
    async with nginx(folder / "nginx", port, ports) as balancer:
        logs = [folder / f"worker-{n}.log" for n in range(count)]
        started = time.monotonic()
        workers = []
        try:
            for worker_port, log in zip(ports, logs, strict=True):
                env = worker_env(
                    token=TOKEN,
                    api_base_url=sandbox.base_url,
                    api_base_file_url=sandbox.base_file_url,
                    database_url=url,
                    webhook_url=f"http://127.0.0.1:{port}{WEBHOOK_PATH}",
                    secret=SECRET,
                    port=worker_port,
                    extra={"POLKU_LOG_FORMAT": "json", "POLKU_LOG_LEVEL": "INFO"},
                )
                workers.append(await start_worker(env, log))
            await asyncio.gather(*(until_listening(p, 60.0) for p in ports))
            await asyncio.gather(*(until_healthy(p) for p in ports))
            yield workers, balancer.pid, logs, time.monotonic() - started
        finally:
            await asyncio.gather(*(stop(w) for w in workers))
    # Updates that come before the next workers set their webhook wait in the sandbox.
    async with httpx.AsyncClient() as http:
        (await http.post(f"{sandbox.base_url}{TOKEN}/deleteWebhook")).raise_for_status()


async def timed(
    meter: Meter, sandbox: SandboxProcess, users: list[int], args: argparse.Namespace, *,
    messages: int, think: float,
) -> Phase:  # fmt: skip
    """One load, with the CPU each process used meanwhile."""
    before = await meter.read()
    result = await sandbox.load(
        users, messages=messages, texts=TEXTS, reply_timeout=args.reply_timeout, think=think
    )
    usage = before.until(await meter.read())
    as_expected = sum(n for sent, got, n in result.replies if got == expected_reply(sent))
    return Phase(result, usage, as_expected)


async def measure(
    count: int, url: str, sandbox: SandboxProcess, users: list[int], args: argparse.Namespace
) -> Configuration:
    """Start ``count`` workers behind nginx, warm up, run the closed and paced loads."""
    figures = Configuration(count)
    with TemporaryDirectory(prefix=f"polku-workers-{count}-") as folder:
        async with deployment(count, url, sandbox, Path(folder)) as (
            workers,
            balancer,
            logs,
            ready,
        ):
            figures.ready_s = ready
            meter = Meter([w.pid for w in workers], balancer, sandbox.pid, url)
            if args.warmup:
                await sandbox.load(
                    users, messages=args.warmup, texts=TEXTS, reply_timeout=args.reply_timeout
                )
            figures.closed = await timed(
                meter, sandbox, users, args, messages=args.messages, think=0.0
            )
            if args.paced_messages and args.think > 0:
                figures.paced = await timed(
                    meter, sandbox, users, args, messages=args.paced_messages, think=args.think
                )
            figures.rss_mib = [memory_mib(w.pid)[0] for w in workers]
        figures.leader_lost = sum(log.read_text().count('"leader_lost"') for log in logs)
    return figures


# ---------------------------------------------------------------------------- report


def _share(cpu_s: float, wall_s: float) -> str:
    return f"{100 * cpu_s / wall_s:.0f}%"


def report_phase(
    title: str, configurations: list[Configuration], pick: Callable[[Configuration], Phase | None]
) -> None:
    """A table: one column per configuration."""
    phases = [(c, pick(c)) for c in configurations]
    shown = [(c, p) for c, p in phases if p is not None]
    if not shown:
        return
    print(title)
    print(f"  {'':<34}" + "".join(f"{_workers(c.workers):>16}" for c, _ in shown))

    def row(label: str, value: Callable[[Configuration, Phase], str]) -> None:
        print(f"  {label:<34}" + "".join(f"{value(c, p):>16}" for c, p in shown))

    row("updates answered", lambda c, p: f"{p.result.handled}")
    row("wall time", lambda c, p: f"{p.result.wall_s:.1f} s")
    row("updates/s", lambda c, p: f"{p.updates_per_s:.1f}")
    row("latency p50", lambda c, p: ms(percentile(p.result.latencies, 50)))
    row("latency p99", lambda c, p: ms(percentile(p.result.latencies, 99)))
    row("latency max", lambda c, p: ms(max(p.result.latencies, default=math.nan)))
    row("replies as expected", lambda c, p: f"{p.as_expected}/{p.result.handled}")
    row(
        "worker CPU per update",
        lambda c, p: ms(sum(p.usage.workers) / max(p.result.handled, 1)),
    )
    print("  CPU use, % of one core:")
    row(
        "  each worker",
        lambda c, p: "/".join(_share(w, p.result.wall_s) for w in p.usage.workers),
    )
    row("  nginx", lambda c, p: _share(p.usage.nginx, p.result.wall_s))
    row("  sandbox + simulated learners", lambda c, p: _share(p.usage.sandbox, p.result.wall_s))
    row("  PostgreSQL (this database)", lambda c, p: _share(p.usage.postgres, p.result.wall_s))
    row("  benchmark process", lambda c, p: _share(p.usage.bench, p.result.wall_s))
    row("  everything else", lambda c, p: _share(p.usage.others, p.result.wall_s))
    row(
        f"  machine (of {100 * (os.cpu_count() or 1)}%)",
        lambda c, p: _share(p.usage.machine, p.result.wall_s),
    )
    for c, p in shown:
        for error, n in p.result.errors:
            print(f"  ! {_workers(c.workers)}: {n} learner(s) stopped: {error}")
    print()


def _workers(count: int) -> str:
    return f"{count} worker" + ("s" if count != 1 else "")


def report(configurations: list[Configuration], args: argparse.Namespace) -> None:
    """Every section."""
    print("Start-up (all workers spawned at once, until each one's /healthz answers 200):")
    for c in configurations:
        rss = ", ".join(f"{r:.0f}" for r in c.rss_mib)
        print(
            f"  {_workers(c.workers):<10} ready in {c.ready_s:.1f} s; RSS after the loads {rss} MiB"
        )
        if c.leader_lost:
            print(f"  ! {_workers(c.workers)}: a worker lost its lead {c.leader_lost} time(s)")
    print()
    report_phase(
        f"1. Closed loop: {args.learners} learners x {args.messages} messages, the next one"
        " as soon as the reply is in",
        configurations,
        lambda c: c.closed,
    )
    report_phase(
        f"2. Paced: {args.learners} learners x {args.paced_messages} messages, pausing"
        f" {0.5 * args.think:g} to {1.5 * args.think:g} s after each reply",
        configurations,
        lambda c: c.paced,
    )
    print(
        "Each worker paces its replies at 30 messages/s (Telegram's overall limit,"
        " bot/telegram/limiter.py):\none worker cannot answer more than that, and n workers"
        " together may send up to n x 30/s."
    )


# ------------------------------------------------------------------------------- run


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.workers",
        description="1 and 3 polku run --webhook workers behind nginx on PostgreSQL.",
    )
    add = parser.add_argument
    add("--workers", default="1,3", help="worker counts, one configuration each (1,3)")
    add("--learners", type=int, default=50, help="learners writing (50)")
    add("--messages", type=int, default=20, help="closed-loop messages per learner (20)")
    add("--warmup", type=int, default=2, help="untimed messages per learner first (2)")
    add("--paced-messages", type=int, default=10, help="paced messages per learner (10)")
    add("--think", type=float, default=1.0, help="mean pause after a reply, paced (1.0 s)")
    add("--reply-timeout", type=float, default=15.0, help="how long a learner waits (15 s)")
    add("--database-url", help="an empty PostgreSQL database (default: a fresh one on the"
        f" server of {databases.SERVER_ENV}, dropped afterwards)")  # fmt: skip
    args = parser.parse_args(argv)
    args.counts = [int(n) for n in args.workers.split(",")]
    if min(args.counts) < 1 or args.learners < 1 or args.messages < 1:
        parser.error("--workers, --learners and --messages must be at least 1")
    return args


async def run(args: argparse.Namespace) -> int:
    """Seed once, then each configuration in turn."""
    if NGINX is None:
        print("Workers benchmark: skipped (nginx is not installed: apt-get install nginx-light)")
        return 0
    if not databases.available(args.database_url):
        print(f"Workers benchmark: skipped (PostgreSQL: {databases.MISSING})")
        return 0
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"Workers benchmark: Python {platform.python_version()}, python-telegram-bot"
        f" {version('python-telegram-bot')}, {os.cpu_count()} CPUs, load average {load}."
    )
    print(
        "polku run --webhook workers behind nginx (docs/nginx.conf) on one PostgreSQL database,"
        " against the\nsandbox; latency = the sandbox takes in a message -> it records the"
        " reply (server-side clock)."
    )
    print()
    started = time.monotonic()
    async with databases.postgres(args.database_url) as url, sandbox_process(
        "polku_bench_bot"
    ) as sandbox:  # fmt: skip
        users = await sandbox.create_users(args.learners)
        now = SystemClock().now()
        await seed(url, await build_rows(users, now, random.Random(12)), now)
        configurations = [await measure(n, url, sandbox, users, args) for n in args.counts]
    report(configurations, args)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Total time: {time.monotonic() - started:.0f} s; load average after {load}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point: figures to stdout."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="bench: %(levelname)s %(name)s %(message)s")
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
