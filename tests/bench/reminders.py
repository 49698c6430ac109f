"""``python -m tests.bench.reminders``: scheduling plan reminders at scale.

10,000 learners x 5 steps on a fresh SQLite database (or ``--database-url``): the time to
schedule every reminder, the time for a starting sender to find what is pending and due,
and the memory it takes. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

from sqlalchemy import func, insert, select

from bot.clock import FrozenClock
from bot.outbox import Outbox
from bot.plan.book import NewStep, PlanBook
from bot.plan.config import load_plan_config
from store.db import create_engine, create_sessionmaker, transaction
from store.migrations import upgrade_async
from store.models import (
    Assignment,
    LanguageSource,
    OutboxMessage,
    OutboxStatus,
    Person,
    Plan,
    Role,
)
from store.outbox import OutboxRepository

STEP_TYPES = ("cv", "language_course", "employment_office", "job_application", "document")
START = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def rss_mib() -> float:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mib() -> float:
    """This process's resident memory now."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


async def seed_people(url: str, learners: int, chat_ids: list[int] | None = None) -> list[int]:
    """One counsellor and ``learners`` learners with confirmed, empty plans (bulk insert).

    The learners' Telegram user and chat ids are ``chat_ids`` when given (people who
    exist in a sandbox), else 10, 11, ...
    """
    chats = chat_ids if chat_ids is not None else [10 + i for i in range(learners)]
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    common = {
        "language": "fi",
        "language_source": LanguageSource.PICKED,
        "time_zone": "Europe/Helsinki",
        "active": True,
        "blocked_at": None,
        "created_at": START,
        "last_seen_at": START,
    }
    async with transaction(sessions) as session:
        await session.execute(
            insert(Person),
            [
                {
                    "telegram_user_id": 1,
                    "chat_id": 1,
                    "role": Role.COUNSELLOR,
                    "display_name": "C",
                    **common,
                }
            ],
        )
        await session.execute(
            insert(Person),
            [
                {
                    "telegram_user_id": chats[i],
                    "chat_id": chats[i],
                    "role": Role.LEARNER,
                    "display_name": f"L{i}",
                    **common,
                }
                for i in range(learners)
            ],
        )
        ids = list(
            (await session.execute(select(Person.id).where(Person.role == Role.LEARNER))).scalars()
        )
        await session.execute(
            insert(Assignment),
            [
                {
                    "learner_id": i,
                    "counsellor_id": 1,
                    "backup_counsellor_id": None,
                    "assigned_at": START,
                }
                for i in ids
            ],
        )
        await session.execute(
            insert(Plan),
            [
                {
                    "learner_id": i,
                    "path": "work_first",
                    "confirmed_at": START,
                    "created_at": START,
                    "updated_at": START,
                }
                for i in ids
            ],
        )
    await engine.dispose()
    return ids


async def run(url: str, learners: int, steps: int, batch: int) -> None:
    """Schedule, then measure a cold start's queries."""
    await upgrade_async(url)
    ids = await seed_people(url, learners)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    clock = FrozenClock(START)
    config = load_plan_config()
    book = PlanBook(sessions, Outbox(), clock, config, quiet_hours=(dtime(20, 0), dtime(8, 0)))
    today = START.date()
    rss_before = current_rss_mib()
    started = time.perf_counter()
    for offset in range(0, len(ids), batch):
        async with transaction(sessions) as session:
            learners_rows = (
                (
                    await session.execute(
                        select(Person).where(Person.id.in_(ids[offset : offset + batch]))
                    )
                )
                .scalars()
                .all()
            )
            for learner in learners_rows:
                for n in range(steps):
                    due: date = today + timedelta(days=3 + (learner.id * 7 + n * 11) % 60)
                    await book.add(session, learner, NewStep(STEP_TYPES[n % 5], due), None)
    scheduling = time.perf_counter() - started
    rss_after = current_rss_mib()
    async with sessions() as session:
        pending = (
            await session.execute(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.status == OutboxStatus.PENDING)
            )
        ).scalar_one()
    await engine.dispose()

    # A cold start: a new engine, as a freshly started process has.
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    started = time.perf_counter()
    async with transaction(sessions) as session:
        repo = OutboxRepository(session)
        await repo.recover_expired(START)
        first_due = await repo.next_due_at()
    recover = time.perf_counter() - started
    rss_load_before = current_rss_mib()
    started = time.perf_counter()
    async with sessions() as session:
        rows = (
            await session.execute(
                select(OutboxMessage.id, OutboxMessage.not_before, OutboxMessage.expires_at).where(
                    OutboxMessage.status == OutboxStatus.PENDING
                )
            )
        ).all()
    load_all = time.perf_counter() - started
    rss_load_after = current_rss_mib()
    later = START + timedelta(days=5)
    started = time.perf_counter()
    async with transaction(sessions) as session:
        claimed = await OutboxRepository(session).claim_due(
            now=later, worker="bench", limit=60, lease=timedelta(minutes=2)
        )
    claim = time.perf_counter() - started
    await engine.dispose()

    total_steps = len(ids) * steps
    print(
        f"Reminders: {len(ids):,} learners x {steps} steps = {total_steps:,} steps "
        f"on {url.split(':')[0]}"
    )
    print(
        f"  scheduled {pending:,} reminder rows in {scheduling:.1f} s "
        f"({total_steps / scheduling:,.0f} steps/s, {pending / scheduling:,.0f} rows/s; "
        f"{batch} learners per transaction)"
    )
    print(f"  memory while scheduling: {rss_before:.0f} -> {rss_after:.0f} MiB resident")
    print(
        f"  cold start (recover leases + find the next due time): {recover * 1000:.1f} ms; "
        f"next due {first_due:%Y-%m-%d %H:%M} UTC"
    )
    print(
        f"  loading every pending row ({len(rows):,} rows: id, time, expiry): "
        f"{load_all * 1000:.0f} ms, {rss_load_after - rss_load_before:+.0f} MiB"
    )
    print(f"  claiming one batch of {len(claimed)} due rows among them: {claim * 1000:.1f} ms")
    print(f"  peak resident memory of the process: {rss_mib():.0f} MiB")
    print(
        "  (the running bot never loads all pending rows: the sender asks the database for "
        "the next due ones)"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the reminder benchmark."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.reminders")
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--batch", type=int, default=500, help="learners per transaction")
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'reminders.db'}"
        asyncio.run(run(url, args.learners, args.steps, args.batch))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
