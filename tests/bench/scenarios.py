"""The bots under test and what is measured on them.

Both bots run in this (the bench) process, on its asyncio loop, alone: the sandbox
and the simulated people run in a child process (see :mod:`.sandbox_process`), the
way Telegram's servers and people's phones are elsewhere. With two cores, each side
has one.
"""

from __future__ import annotations

import asyncio
import html
import importlib
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import cast
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.clock import ShiftedClock
from bot.i18n import Translator
from bot.outbox import SenderStats
from bot.people import help_key
from bot.replies import Reply
from bot.sandbox import SandboxClient
from bot.settings import Settings
from bot.telegram.app import build_application, polling
from bot.telegram.runtime import PolkuApp
from store.db import transaction
from store.models import LanguageSource, Person, Role
from store.outbox import OutboxRepository
from store.people import PeopleRepository
from tests.bench.databases import fresh_database
from tests.bench.figures import machine_busy_s, max_in_window, min_gap
from tests.bench.remote import LoadResult, SandboxProcess, sandbox_process

HELP = "/help"
PLAIN = "Hello, what do we do today?"
TEXTS = [HELP, PLAIN]
ECHO_TOKEN = "123456:ECHO"
JOIN_CONCURRENCY = 10
MORNING = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Helsinki"))


@dataclass(frozen=True)
class LoadOptions:
    """The load: ``learners`` people, each sending ``messages`` timed messages per run.

    The timed closed loop runs ``repeat`` times back to back; the runs are pooled.

    ``think`` and ``paced_messages`` describe the second, paced run (skipped when
    either is 0): the same people pausing about ``think`` seconds after each reply.
    """

    learners: int
    messages: int
    warmup: int
    long_poll: int
    reply_timeout: float
    think: float = 0.0
    paced_messages: int = 0
    repeat: int = 1


@dataclass(frozen=True)
class LoadFigures:
    """One bot's figures for one run of the load (times in seconds)."""

    name: str
    result: LoadResult
    bot_cpu_s: float
    replies_as_expected: int
    runs: tuple[float, ...]
    other_cpu_s: float

    @property
    def updates_per_s(self) -> float:
        """Answered updates per second of the timed phase's wall time."""
        return self.result.handled / self.result.wall_s


@dataclass(frozen=True)
class OutboxFigures:
    """What the outbox sender achieved against the sandbox."""

    enqueued: int
    people: int
    delivered: int
    commit_to_last_s: float
    first_to_last_s: float
    max_per_1s_window: int
    first_second: int
    min_chat_gap_s: float
    flood_429: int
    stats: SenderStats

    @property
    def rate(self) -> float:
        """Messages per second from the enqueue commit to the last delivery."""
        return self.delivered / self.commit_to_last_s if self.commit_to_last_s > 0 else 0.0


@dataclass
class BotRun:
    """Everything measured on one bot."""

    load: LoadFigures
    paced: LoadFigures | None = None
    outbox: OutboxFigures | None = None
    sandbox_peak_mib: float = 0.0
    notes: list[str] = field(default_factory=list)


def plain(text: str) -> str:
    """What a phone shows for Telegram HTML ``text``: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


async def _timed(
    name: str,
    sandbox: SandboxProcess,
    users: list[int],
    expected: Callable[[str], str],
    *,
    messages: int,
    reply_timeout: float,
    think: float = 0.0,
    repeat: int = 1,
) -> LoadFigures:
    """Run the load ``repeat`` times back to back and pool the runs."""
    pooled: LoadResult | None = None
    runs: list[float] = []
    bot_cpu_s = other_cpu_s = 0.0
    for _ in range(repeat):
        cpu_before, machine_before = time.process_time(), machine_busy_s()
        result = await sandbox.load(
            users, messages=messages, texts=TEXTS, reply_timeout=reply_timeout, think=think
        )
        bot_cpu = time.process_time() - cpu_before
        # /proc/stat counts in clock ticks and the sandbox measures its CPU over the load
        # alone: keep the remainder within what the machine's CPUs could have done.
        machine = machine_busy_s() - machine_before
        ours = bot_cpu + result.sandbox_cpu_s
        possible = (os.cpu_count() or 1) * result.wall_s - ours
        other_cpu_s += min(max(0.0, machine - ours), max(0.0, possible))
        bot_cpu_s += bot_cpu
        runs.append(result.handled / result.wall_s)
        pooled = result if pooled is None else pooled + result
    assert pooled is not None
    as_expected = sum(n for sent, got, n in pooled.replies if got == expected(sent))
    return LoadFigures(name, pooled, bot_cpu_s, as_expected, tuple(runs), other_cpu_s)


async def measure_load(
    name: str,
    sandbox: SandboxProcess,
    users: list[int],
    options: LoadOptions,
    expected: Callable[[str], str],
) -> BotRun:
    """Warm up, run the timed closed loop, then the paced one; the bot's CPU is ours."""
    if options.warmup:
        await sandbox.load(
            users, messages=options.warmup, texts=TEXTS, reply_timeout=options.reply_timeout
        )
    load = await _timed(
        name,
        sandbox,
        users,
        expected,
        messages=options.messages,
        reply_timeout=options.reply_timeout,
        repeat=options.repeat,
    )
    paced = None
    if options.think > 0 and options.paced_messages > 0:
        paced = await _timed(
            name,
            sandbox,
            users,
            expected,
            messages=options.paced_messages,
            reply_timeout=options.reply_timeout,
            think=options.think,
        )
    return BotRun(load, paced)


# ------------------------------------------------------------------------------ echo


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    await update.message.reply_text(update.message.text)


async def run_echo(options: LoadOptions) -> BotRun:
    """The bare echo bot (python-telegram-bot defaults) under the same load."""
    async with sandbox_process("echo_bench_bot") as sandbox:
        async with SandboxClient(sandbox.url) as client:
            users = [
                (await client.create_user(f"Learner {i + 1}", started=True)).id
                for i in range(options.learners)
            ]
        app = (
            ApplicationBuilder()
            .token(ECHO_TOKEN)
            .base_url(sandbox.base_url)
            .base_file_url(sandbox.base_file_url)
            .build()
        )
        app.add_handler(MessageHandler(filters.TEXT, _echo))
        # polling() is annotated for Polku's application type but uses only the generic
        # Application API: the same function keeps the polling parameters identical.
        async with polling(cast(PolkuApp, app), long_poll=options.long_poll, poll_interval=0.0):
            run = await measure_load("echo", sandbox, users, options, lambda sent: sent)
        run.sandbox_peak_mib = (await sandbox.rusage())["maxrss_mib"]
        return run


# ----------------------------------------------------------------------------- Polku


async def run_polku(
    options: LoadOptions,
    *,
    outbox_people: int,
    outbox_messages: int,
    outbox_timeout: float,
    rate_limiter: bool,
    database: str | None = None,
) -> BotRun:
    """Polku on a fresh, migrated database: joins, the load, then the outbox drain.

    ``database``: None for a SQLite file, or a PostgreSQL server's URL (the run gets a
    database of its own there; :func:`tests.bench.databases.fresh_database`).
    """
    async with fresh_database(database) as database_url:
        async with sandbox_process("polku_bench_bot") as sandbox:
            settings = _settings(database_url, sandbox)
            # The bot keeps quiet hours: whenever the benchmark runs, Polku's clock says a
            # weekday morning in Helsinki, so that the outbox phase has something to send.
            app = build_application(
                settings, clock=ShiftedClock(MORNING), rate_limiter=rate_limiter
            )
            async with (
                polling(app, long_poll=options.long_poll, poll_interval=0.0),
                SandboxClient(sandbox.url) as client,
            ):
                notes: list[str] = []
                learners = await _join_everyone(app, client, options.learners, notes)
                translator = Translator()
                expected = {
                    HELP: plain(translator.text("en", help_key(Role.LEARNER))),
                    # A learner's words Polku cannot answer: the commands, and "Ask my
                    # counsellor".
                    PLAIN: plain(translator.text("en", "ask-not-understood")),
                }
                run = await measure_load("Polku", sandbox, learners, options, expected.__getitem__)
                run.notes.extend(notes)
                if outbox_messages > 0:
                    run.outbox = await _drain_outbox(
                        app,
                        settings,
                        sandbox,
                        client,
                        people=outbox_people,
                        messages=outbox_messages,
                        give_up_after=outbox_timeout,
                    )
            run.sandbox_peak_mib = (await sandbox.rusage())["maxrss_mib"]
            return run


def _settings(database_url: str, sandbox: SandboxProcess) -> Settings:
    """The test suite's settings (``tests.conftest.make_settings``) pointed at ``sandbox``.

    Imported by name so that type-checking this package does not descend into the
    test suite's conftest.
    """
    conftest = importlib.import_module("tests.conftest")
    settings: Settings = conftest.make_settings(
        database_url,
        TELEGRAM_API_BASE_URL=sandbox.base_url,
        TELEGRAM_API_BASE_FILE_URL=sandbox.base_file_url,
    )
    return settings


async def _join(
    app: PolkuApp, client: SandboxClient, role: Role, name: str, counsellor_id: int | None = None
) -> int:
    """One person joins with a fresh operator invite; returns their sandbox user id."""
    issued = await app.bot_data.services.onboarding.issue(
        role=role, issuer=None, counsellor_id=counsellor_id, via="cli"
    )
    user = await client.create_user(name, language_code="en")
    await client.send_text(user, f"/start {issued.code}")
    await client.wait_for_bot_messages(user, count=2, timeout=30.0)
    return user.id


async def _person(app: PolkuApp, telegram_user_id: int) -> Person:
    async with transaction(app.bot_data.services.core.sessions) as session:
        person = await PeopleRepository(session).by_telegram_id(telegram_user_id)
    if person is None:
        raise RuntimeError("a person who joined is not in the database")
    return person


async def _join_everyone(
    app: PolkuApp, client: SandboxClient, learners: int, notes: list[str]
) -> list[int]:
    """The counsellor, then the learners (a few at a time); the learners' user ids."""
    core = app.bot_data.services.core
    counsellor = await _person(app, await _join(app, client, Role.COUNSELLOR, "Counsellor"))
    # Each learner's join queues a notice to the counsellor, sent at 1/s per chat: 50 of
    # them would trickle out for 50 s, through the timed load and ahead of the outbox
    # phase. Marking the counsellor unreachable makes Outbox.enqueue store them as
    # "blocked" instead, so neither phase is disturbed.
    async with transaction(core.sessions) as session:
        await PeopleRepository(session).set_blocked(counsellor.id, core.clock.now())
    notes.append(
        "the counsellor is marked unreachable before the learners join, so that their join"
        "\n      notices (at 1/s to one chat) do not run through the measured phases."
    )
    gate = asyncio.Semaphore(JOIN_CONCURRENCY)

    async def one(i: int) -> int:
        async with gate:
            return await _join(
                app, client, Role.LEARNER, f"Learner {i + 1}", counsellor_id=counsellor.id
            )

    return list(await asyncio.gather(*(one(i) for i in range(learners))))


async def _drain_outbox(
    app: PolkuApp,
    settings: Settings,
    sandbox: SandboxProcess,
    client: SandboxClient,
    *,
    people: int,
    messages: int,
    give_up_after: float,
) -> OutboxFigures:
    """Queue ``messages`` notices to ``people`` new people and time the sender's drain.

    The sandbox's Telegram-like flood control (30/s overall, 1/s per chat, token
    buckets) is on during this phase, so a sender that went too fast would get 429s.
    """
    services = app.bot_data.services
    core = services.core
    users = [await client.create_user(f"Reader {i + 1}", started=True) for i in range(people)]
    chats = [u.id for u in users]
    now = core.clock.now()
    async with transaction(core.sessions) as session:
        repo = PeopleRepository(session)
        persons = [
            await repo.add(
                telegram_user_id=u.id,
                chat_id=u.id,
                role=Role.LEARNER,
                display_name="Reader",
                language="en",
                language_source=LanguageSource.DEFAULT,
                time_zone=settings.time_zone,
                now=now,
            )
            for u in users
        ]
    await client.set_limits(enabled=True)
    flood_before = int((await client.stats())["flood_429_count"])
    stats_before = replace(services.sender.stats, by_status={})
    # Round-robin over people, as notices to many people come in: each one gets
    # messages // people (the first ones one more when it does not divide).
    async with transaction(core.sessions) as session:
        for n in range(messages):
            person = persons[n % people]
            await services.outbox.enqueue(
                session,
                key=f"bench:{n}",
                to=person,
                reply=Reply("notice-learner-joined", {"name": "X"}),
                kind="notice",
                now=core.clock.now(),
            )
    committed = time.monotonic()
    deadline = committed + give_up_after
    times: dict[int, list[float]] = {}
    while True:
        times = await sandbox.sent_times(chats)
        delivered = sum(len(t) for t in times.values())
        if delivered >= messages or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.25)
    await client.set_limits(enabled=False)
    flood_429 = int((await client.stats())["flood_429_count"]) - flood_before
    everything = sorted(t for ts in times.values() for t in ts)
    async with transaction(core.sessions) as session:
        # Leave nothing for the shutdown to wait on if the drain was cut short.
        for person in persons:
            await OutboxRepository(session).cancel_for_person(person.id, core.clock.now())
    stats = services.sender.stats
    return OutboxFigures(
        enqueued=messages,
        people=people,
        delivered=len(everything),
        commit_to_last_s=(everything[-1] - committed) if everything else 0.0,
        first_to_last_s=(everything[-1] - everything[0]) if everything else 0.0,
        max_per_1s_window=max_in_window(everything, 1.0),
        first_second=sum(1 for t in everything if t < everything[0] + 1.0),
        min_chat_gap_s=min((min_gap(ts) for ts in times.values()), default=float("inf")),
        flood_429=flood_429,
        stats=SenderStats(
            sent=stats.sent - stats_before.sent,
            retried=stats.retried - stats_before.retried,
            dead=stats.dead - stats_before.dead,
            blocked=stats.blocked - stats_before.blocked,
            in_doubt=stats.in_doubt - stats_before.in_doubt,
            flood_waits=stats.flood_waits - stats_before.flood_waits,
        ),
    )
