"""``python -m tests.bench.startup``: a worker's start-up time and memory with 50,000
learners' reminders pending (issue 12: under 5 s and 200 MB per worker).

For each backend asked (``--backends``: PostgreSQL, on a fresh database on
``POLKU_TEST_DATABASE_URL``'s server or ``--database-url``, the default when one is
given; a SQLite file; about two minutes each), the benchmark seeds ``--learners``
learners the way the product stores them: people, assignments, confirmed plans with one
dated step each and that step's reminders as pending outbox rows (made by
``bot.plan.reminders.schedule``, the function every plan change calls), and one earlier
check-in each (asked in the last week, so that the hourly check-in job finds those whose
week is up, as it would at any hour). APScheduler holds no per-learner jobs: its jobs only
wake the outbox and the due work (bot/telegram/app.py), so there is nothing else to seed.

Then it starts ``polku run --webhook`` (the real process, as in production) against the
benchmark's sandbox child (:mod:`.sandbox_process`, where the 50,000 people exist), and
measures from the moment the process is spawned:

* ready: ``GET /healthz`` answers 200;
* the first update answered: a learner writes ``/help`` as the process is spawned (the
  sandbox keeps it until the worker sets its webhook);
* the worker's resident memory (``/proc/<pid>/status``) when ready, after the first minute
  of work and at its peak. The work: ``--live`` learners write (``/help`` and a plain text
  in turn, pausing 0.5 to 1.5 times ``--think`` after each reply) for ``--work`` seconds,
  and the leader's scheduled jobs run, the hourly check-in job included (its first run is
  60 s after start); the benchmark waits for that job's ``check_ins_queued`` line.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import json
import logging
import math
import os
import random
import sys
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any, cast
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import SystemClock
from bot.i18n import Translator
from bot.outbox import Message, Outbox, rows_for
from bot.people import help_key
from bot.plan import reminders
from bot.plan.config import load_plan_config
from bot.settings import Settings
from store.db import create_engine, create_sessionmaker, transaction
from store.models import (
    Assignment,
    CheckIn,
    LanguageSource,
    OutboxMessage,
    OutboxStatus,
    Person,
    Plan,
    PlanStep,
    Role,
    StepStatus,
)
from store.outbox import NewOutboxRow
from tests.bench import databases
from tests.bench.figures import ms, percentile, verdict
from tests.bench.reminders import STEP_TYPES
from tests.bench.remote import SandboxProcess, sandbox_process
from tests.bench.scenarios import HELP, PLAIN, TEXTS, plain
from tests.processes import (
    WEBHOOK_PATH,
    cpu_seconds,
    free_port,
    memory_mib,
    start_worker,
    stop,
    worker_env,
)

AIM_READY_S = 5.0
AIM_RSS_MIB = 200.0
TOKEN = "123456:BENCH-token"
SECRET = "bench-Secret_1"
HELSINKI = ZoneInfo("Europe/Helsinki")
SAMPLE_SECONDS = 0.25
CHECK_IN_JOB = "check_ins_queued"


# ------------------------------------------------------------------------------ seed


class CollectingOutbox(Outbox):
    """An outbox that keeps the rows ``enqueue_many`` would write, to insert them in bulk."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[NewOutboxRow] = []

    async def enqueue_many(
        self,
        session: Any,
        to: Person,
        messages: Sequence[Message],
        *,
        now: datetime,
        about: Person | int | None = None,
    ) -> int:
        """Keep the rows (the same as the real outbox makes); write nothing yet."""
        self.rows.extend(rows_for(to, messages, now=now, about=about))
        return len(messages)


@dataclass(frozen=True)
class Rows:
    """Every row to seed, built once and written to each backend (ids given)."""

    tables: list[tuple[Any, list[dict[str, Any]]]]
    learners: int
    steps: int
    reminders: int
    due_check_ins: int
    seconds: float


def _settings(url: str) -> Settings:
    # Imported by name, as tests/bench/scenarios.py does: the suite's settings helper.
    settings: Settings = importlib.import_module("tests.conftest").make_settings(url)
    return settings


async def build_rows(chats: list[int], now: datetime, rng: random.Random) -> Rows:
    """One counsellor; learners (who joined 90 days ago and wrote in the last three days)
    with a confirmed plan, one step due in 2 to 60 days, that step's pending reminders,
    and a check-in in the last week."""
    started = time.perf_counter()
    joined = now - timedelta(days=90)
    quiet_hours = _settings("sqlite+aiosqlite://").quiet_window
    config = load_plan_config()
    today = now.astimezone(HELSINKI).date()
    person = {
        "language_source": LanguageSource.PICKED,
        "time_zone": "Europe/Helsinki",
        "active": True,
        "blocked_at": None,
        "created_at": joined,
        "last_seen_at": joined,
        "second_language": None,
        "finnish_practice": False,
    }
    counsellor_id = 1
    people = [
        {
            "id": counsellor_id,
            "telegram_user_id": 1,
            "chat_id": 1,
            "role": Role.COUNSELLOR,
            "display_name": "Counsellor",
            "language": "fi",
            **person,
        },
    ]
    assignments, plans, steps, check_ins = [], [], [], []
    outbox = CollectingOutbox()
    week = timedelta(days=7)
    for n, chat in enumerate(chats):
        learner_id = step_id = n + 2
        learner = {
            "id": learner_id,
            "telegram_user_id": chat,
            "chat_id": chat,
            "role": Role.LEARNER,
            "display_name": f"Learner {n + 1}",
            "language": "en",
            **person,
            "last_seen_at": now - rng.random() * timedelta(days=3),
        }
        people.append(learner)
        assignments.append(
            {
                "learner_id": learner_id,
                "counsellor_id": counsellor_id,
                "backup_counsellor_id": None,
                "assigned_at": joined,
            }
        )
        plans.append(
            {
                "learner_id": learner_id,
                "path": "work_first",
                "confirmed_at": joined,
                "created_at": joined,
                "updated_at": joined,
            }
        )
        day = today + timedelta(days=rng.randint(2, 60))
        step = {
            "id": step_id,
            "learner_id": learner_id,
            "position": 0,
            "step_type": STEP_TYPES[n % len(STEP_TYPES)],
            "note": None,
            "due_at": datetime.combine(day, dtime(0, 0), tzinfo=HELSINKI).astimezone(UTC),
            "due_has_time": False,
            "place": None,
            "status": StepStatus.TODO,
            "changed_by_id": counsellor_id,
            "changed_at": now,
            "created_at": now,
        }
        steps.append(step)
        # The step's reminders, as PlanBook.add schedules them when a counsellor adds a
        # step (with fresh=True the session is not used; the outbox only collects).
        await reminders.schedule(
            cast(AsyncSession, None),
            outbox,
            PlanStep(**step),
            Person(**learner),
            config.rule(step["step_type"]),
            quiet_hours,
            now,
            fresh=True,
        )
        # The last check-in came 1 hour to 7 days + 1 hour ago: about one learner in 168
        # is due at any hour, as with learners who joined over time.
        asked = now - timedelta(hours=1) - rng.random() * week
        answered = rng.random() < 0.8
        check_ins.append(
            {
                "learner_id": learner_id,
                "asked_at": asked,
                "answered_at": asked + timedelta(hours=2) if answered else None,
                "mood": rng.randint(2, 5) if answered else None,
                "hardest": [],
                "note_present": False,
            }
        )
    outbox_rows = [row.values() for row in outbox.rows]
    tables = [
        (Person.__table__, people),
        (Assignment.__table__, assignments),
        (Plan.__table__, plans),
        (PlanStep.__table__, steps),
        (CheckIn.__table__, check_ins),
        (OutboxMessage.__table__, outbox_rows),
    ]
    return Rows(
        tables,
        learners=len(chats),
        steps=len(steps),
        reminders=len(outbox_rows),
        due_check_ins=sum(1 for c in check_ins if c["asked_at"] <= now - week),
        seconds=time.perf_counter() - started,
    )


@dataclass(frozen=True)
class Seeded:
    """What is in the database before the worker starts."""

    pending_reminders: int
    seconds: float


async def seed(url: str, rows: Rows, now: datetime) -> Seeded:
    """Write the rows (one executemany per table) and count the pending reminders."""
    started = time.perf_counter()
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    async with transaction(sessions) as session:
        for table, values in rows.tables:
            await session.execute(insert(table), values)
        if engine.dialect.name == "postgresql":
            # The ids were given: the sequences go on after them.
            for table in ("people", "plan_steps"):
                sequence = f"pg_get_serial_sequence('{table}', 'id')"
                await session.execute(
                    text(f"SELECT setval({sequence}, (SELECT max(id) FROM {table}))")
                )
    async with sessions() as session:
        pending = (
            await session.execute(
                select(func.count())
                .select_from(OutboxMessage)
                .where(
                    OutboxMessage.status == OutboxStatus.PENDING,
                    OutboxMessage.kind == reminders.REMINDER,
                    OutboxMessage.not_before > now,
                )
            )
        ).scalar_one()
    await engine.dispose()
    return Seeded(pending, time.perf_counter() - started)


# --------------------------------------------------------------------------- measure


@dataclass
class Watch:
    """What the benchmark saw of the worker, in seconds since it was spawned."""

    ready_s: float = math.nan
    first_reply_s: float = math.nan
    samples: list[tuple[float, float, float]] = field(default_factory=list)  # t, RSS, CPU
    peak_mib: float = 0.0
    live_latencies: list[float] = field(default_factory=list)
    live_rounds: list[tuple[float, float]] = field(default_factory=list)  # end, p99
    live_expected: int = 0
    live_errors: list[tuple[str, int]] = field(default_factory=list)
    events: dict[str, float] = field(default_factory=dict)  # first time of each log event
    check_ins_queued: int | None = None
    exit_code: int | None = None
    leader_lost = 0
    stop_s: float = math.nan

    def rss_at(self, t: float) -> float:
        """Resident memory (MiB) at the last sample at or before ``t``."""
        before = [rss for at, rss, _ in self.samples if at <= t]
        return before[-1] if before else math.nan

    def cpu_between(self, start: float, end: float) -> float:
        """CPU seconds the worker used between ``start`` and ``end``."""
        inside = [cpu for at, _, cpu in self.samples if start <= at <= end]
        return inside[-1] - inside[0] if len(inside) > 1 else math.nan


def _events(log: Path, spawned_at: datetime) -> dict[str, tuple[float, dict[str, Any]]]:
    """The first time (seconds since the spawn) and fields of each event in a JSON log."""
    found: dict[str, tuple[float, dict[str, Any]]] = {}
    for line in log.read_text(errors="replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        event = record.get("event")
        if isinstance(event, str) and event not in found and "time" in record:
            at = datetime.fromisoformat(record["time"])
            found[event] = ((at - spawned_at).total_seconds(), record)
    return found


@contextlib.asynccontextmanager
async def sampling(pid: int, watch: Watch, spawned: float) -> AsyncIterator[None]:
    """Sample the worker's memory and CPU every ``SAMPLE_SECONDS`` meanwhile."""

    async def sample() -> None:
        while True:
            rss, peak = memory_mib(pid)
            if rss:
                watch.samples.append((time.monotonic() - spawned, rss, cpu_seconds(pid)))
                watch.peak_mib = max(watch.peak_mib, peak)
            await asyncio.sleep(SAMPLE_SECONDS)

    task = asyncio.create_task(sample())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def until_ready(port: int, spawned: float, give_up: float) -> float:
    """Seconds from the spawn until ``/healthz`` answers 200 (NaN if it never does)."""
    async with httpx.AsyncClient(timeout=2.0) as http:
        while time.monotonic() - spawned < give_up:
            with contextlib.suppress(httpx.HTTPError):
                response = await http.get(f"http://127.0.0.1:{port}/healthz")
                if response.status_code == 200:
                    return time.monotonic() - spawned
            await asyncio.sleep(0.02)
    return math.nan


async def watch_worker(
    url: str, sandbox: SandboxProcess, users: list[int], args: argparse.Namespace, folder: Path
) -> Watch:
    """Start ``polku run --webhook`` and watch it start and work (see the module docstring)."""
    port = free_port()
    env = worker_env(
        token=TOKEN,
        api_base_url=sandbox.base_url,
        api_base_file_url=sandbox.base_file_url,
        database_url=url,
        webhook_url=f"http://127.0.0.1:{port}{WEBHOOK_PATH}",
        secret=SECRET,
        port=port,
        extra={"POLKU_LOG_FORMAT": "json", "POLKU_LOG_LEVEL": "INFO"},
    )
    log = folder / f"worker-{port}.log"
    first, live = users[0], users[1 : 1 + args.live]
    watch = Watch()
    spawned_at = datetime.now(UTC)
    spawned = time.monotonic()
    worker = await start_worker(env, log)
    try:
        async with sampling(worker.pid, watch, spawned):
            # Written before the worker listens: the sandbox keeps it until the webhook is set.
            first_reply = asyncio.create_task(
                sandbox.load([first], messages=1, texts=[HELP], reply_timeout=args.give_up)
            )
            watch.ready_s = await until_ready(port, spawned, args.give_up)
            result = await first_reply
            if result.latencies:
                watch.first_reply_s = time.monotonic() - spawned
            # The first minute of work: live learners write; the scheduled jobs run.
            rounds = max(1, round(args.work / max(args.think, 0.1) / 10))
            for _ in range(rounds):
                done = await sandbox.load(
                    live, messages=10, texts=TEXTS, reply_timeout=10.0, think=args.think
                )
                watch.live_latencies += done.latencies
                watch.live_rounds.append(
                    (time.monotonic() - spawned, percentile(done.latencies, 99))
                )
                watch.live_expected += sum(
                    n for sent, got, n in done.replies if got == expected_reply(sent)
                )
                watch.live_errors += done.errors
            # The hourly check-in job's first run, 60 s after start: wait for its end.
            deadline = time.monotonic() + args.job_timeout
            while CHECK_IN_JOB not in _events(log, spawned_at):
                if time.monotonic() > deadline or worker.returncode is not None:
                    break
                await asyncio.sleep(0.5)
            await asyncio.sleep(1.0)  # a sample after the job
        stopping = time.monotonic()
        await stop(worker)
        watch.stop_s = time.monotonic() - stopping
        watch.exit_code = worker.returncode
    finally:
        await stop(worker)
    events = _events(log, spawned_at)
    watch.events = {name: at for name, (at, _) in events.items()}
    watch.leader_lost = log.read_text(errors="replace").count('"leader_lost"')
    if CHECK_IN_JOB in events:
        watch.check_ins_queued = int(events[CHECK_IN_JOB][1].get("count", -1))
    return watch


_EXPECTED: dict[str, str] = {}


def expected_reply(sent: str) -> str:
    """What the bot answers a seeded learner who sends ``sent`` (one of TEXTS)."""
    if not _EXPECTED:
        translator = Translator()
        _EXPECTED[HELP] = plain(translator.text("en", help_key(Role.LEARNER)))
        _EXPECTED[PLAIN] = plain(translator.text("en", "ask-not-understood"))
    return _EXPECTED.get(sent, "")


# ---------------------------------------------------------------------------- report


def report(
    backend: str, rows: Rows, seeded: Seeded, watch: Watch, args: argparse.Namespace
) -> None:
    """One backend's figures."""
    print(backend)
    print(
        f"  seeded {rows.learners:,} learners, {rows.steps:,} dated steps with"
        f" {seeded.pending_reminders:,} pending reminders (outbox rows), one check-in each"
        f" ({rows.due_check_ins} due at the start);\n  rows built in {rows.seconds:.1f} s"
        f" (once for every backend), written in {seeded.seconds:.1f} s"
    )
    events = watch.events
    ready_ok = watch.ready_s < AIM_READY_S
    print(
        f"  ready (/healthz 200) after spawn        {watch.ready_s:6.2f} s"
        f"    aim < {AIM_READY_S:.0f} s     {verdict(ready_ok)}"
    )
    if "bot_ready" in events:
        print(f"  post_init done (log: bot_ready)         {events['bot_ready']:6.2f} s")
    print(f"  first update answered (sent at spawn)   {watch.first_reply_s:6.2f} s")
    ready_rss = watch.rss_at(watch.ready_s)
    minute = (0.0 if math.isnan(watch.ready_s) else watch.ready_s) + 60.0
    minute_rss = watch.rss_at(minute)
    end_at, end_rss, end_cpu = watch.samples[-1] if watch.samples else (math.nan,) * 3
    rss_ok = max(ready_rss, minute_rss, watch.peak_mib) < AIM_RSS_MIB
    print(f"  RSS when ready                          {ready_rss:6.0f} MiB")
    print(f"  RSS 60 s after ready                    {minute_rss:6.0f} MiB")
    print(f"  RSS at the end, {end_at:3.0f} s after spawn      {end_rss:6.0f} MiB")
    print(
        f"  peak RSS (VmHWM)                        {watch.peak_mib:6.0f} MiB"
        f"  aim < {AIM_RSS_MIB:.0f} MiB {verdict(rss_ok)}"
    )
    if watch.check_ins_queued is None:
        print(f"  ! the check-in job did not finish within the wait ({args.job_timeout:.0f} s)")
    else:
        print(
            f"  check-in job (first run 60 s after start): {watch.check_ins_queued} queued,"
            f" done {events[CHECK_IN_JOB]:.1f} s after spawn"
        )
    lat = watch.live_latencies
    print(
        f"  live replies ({args.live} learners, {args.think:g} s mean pause): {len(lat)}"
        f" answered, {watch.live_expected} as expected; p50 {ms(percentile(lat, 50))},"
        f" p99 {ms(percentile(lat, 99))}, max {ms(max(lat, default=math.nan))}"
    )
    rounds = ", ".join(f"{p99 * 1000:.0f} ({end:.0f} s)" for end, p99 in watch.live_rounds)
    print(f"    p99 of each round of 10 messages, ms (its end after spawn): {rounds}")
    for error, count in watch.live_errors:
        print(f"  ! {count} live learner(s) stopped: {error}")
    if watch.leader_lost:
        print(
            f"  ! the worker lost its lead {watch.leader_lost} time(s): its jobs started again"
            " (another process on the\n    server may have ended its connection)"
        )
    print(f"  worker CPU from spawn to the end        {end_cpu:6.1f} s")
    print(f"  stopped (SIGTERM) in {watch.stop_s:.1f} s, exit code {watch.exit_code}")
    print()


# ------------------------------------------------------------------------------- run


def keep_logs(folder: Path, into: Path, prefix: str) -> None:
    """Copy the workers' logs (``--keep-log``)."""
    for log in folder.glob("*.log"):
        (into / f"{prefix}-{log.name}").write_bytes(log.read_bytes())


async def one_backend(
    backend: str,
    database: contextlib.AbstractAsyncContextManager[str],
    sandbox: SandboxProcess,
    chats: list[int],
    rows: Rows,
    now: datetime,
    args: argparse.Namespace,
) -> None:
    """Seed, start, watch and report one backend."""
    async with database as url:
        seeded = await seed(url, rows, now)
        with TemporaryDirectory(prefix="polku-startup-") as folder:
            watch = await watch_worker(url, sandbox, chats, args, Path(folder))
            if args.keep_log:
                keep_logs(Path(folder), Path(args.keep_log), backend.lower())
    # The next worker sets its own; meanwhile updates wait in the sandbox.
    async with httpx.AsyncClient() as http:
        (await http.post(f"{sandbox.base_url}{TOKEN}/deleteWebhook")).raise_for_status()
    report(backend, rows, seeded, watch, args)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.startup",
        description="Start-up time and memory of polku run --webhook with many reminders.",
    )
    add = parser.add_argument
    add("--learners", type=int, default=50_000, help="learners, one dated step each (50,000)")
    add("--live", type=int, default=20, help="learners writing during the work (20)")
    add("--think", type=float, default=1.0, help="their mean pause after a reply (1.0 s)")
    add("--work", type=float, default=60.0, help="seconds of live writing after ready (60)")
    add("--job-timeout", type=float, default=90.0, help="wait for the check-in job (90 s)")
    add("--give-up", type=float, default=60.0, help="seconds to wait for ready (60)")
    add(
        "--backends",
        help="postgresql, sqlite or both (postgresql,sqlite); default: PostgreSQL when"
        f" --database-url or {databases.SERVER_ENV} is set, else SQLite",
    )
    add(
        "--database-url",
        help="an empty PostgreSQL database (default: a fresh one on the"
        f" server of {databases.SERVER_ENV}, dropped afterwards)",
    )
    add("--seed", type=int, default=12, help="random seed of the due dates (12)")
    add("--keep-log", help="copy the workers' logs into this folder")
    args = parser.parse_args(argv)
    if args.backends is None:
        args.backends = "postgresql" if databases.available(args.database_url) else "sqlite"
    if args.learners < 1 + args.live:
        parser.error("--learners must be more than --live")
    return args


async def run(args: argparse.Namespace) -> int:
    """Every backend asked for, one after the other, with the same rows."""
    print(
        f"Start-up with {args.learners:,} learners' reminders pending: polku run --webhook"
        " (one worker) against the sandbox;\ntimes from the spawn of the process. Load"
        f" average before: {', '.join(f'{x:.1f}' for x in os.getloadavg())}"
        f" ({os.cpu_count()} CPUs)."
    )
    print()
    started = time.monotonic()
    databases_asked = {
        "postgresql": ("PostgreSQL", lambda: databases.postgres(args.database_url)),
        "sqlite": ("SQLite", databases.sqlite),
    }
    backends = args.backends.split(",")
    if unknown := set(backends) - set(databases_asked):
        raise SystemExit(f"unknown backend(s): {', '.join(sorted(unknown))}")
    async with sandbox_process("polku_bench_bot") as sandbox:
        chats = await sandbox.create_users(args.learners)
        now = SystemClock().now()
        rows = await build_rows(chats, now, random.Random(args.seed))
        for backend in backends:
            name, database = databases_asked[backend]
            if backend == "postgresql" and not databases.available(args.database_url):
                print(f"{name}: skipped ({databases.MISSING})\n")
                continue
            await one_backend(name, database(), sandbox, chats, rows, now, args)
    print(
        f"Total time: {time.monotonic() - started:.0f} s. Load average after:"
        f" {', '.join(f'{x:.1f}' for x in os.getloadavg())}."
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point: figures to stdout."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="bench: %(levelname)s %(name)s %(message)s")
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
