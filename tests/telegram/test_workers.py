"""Three ``polku run --webhook`` workers on one PostgreSQL behind nginx (docs/nginx.conf).

The sandbox posts every update to nginx, which spreads them over the workers. Learners
write interleaved and quickly (three messages each, without waiting for answers), and the
leading worker (the one that runs the outbox sender, see bot/leadership.py) is killed
with SIGKILL in the middle. Then every learner has exactly the answers of
a learner who wrote alone, in the same order: nothing lost, nothing answered twice,
nothing out of order, although one person's messages went to different workers. Each
learner's counsellor is told once that the learner joined: no outbox row sent twice.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.core import open_core
from bot.sandbox import SandboxClient, SandboxServer, SandboxUser
from store.db import transaction
from store.models import LanguageSource, OutboxMessage, OutboxStatus, Role
from store.people import PeopleRepository
from tests.conftest import make_settings
from tests.processes import (
    NGINX,
    WEBHOOK_PATH,
    free_port,
    until_listening,
    worker_env,
)
from tests.processes import nginx as nginx_process
from tests.processes import start_worker as start_process

SECRET = "workers-Secret_1"
TOKEN = "123456:TEST-token"
WORKERS = 3
LEARNERS = 25  # not a multiple of 3: round-robin spreads each one over workers
# A worker that dies holds its stored updates this long before another takes them.
LEASE_SECONDS = 3

if NGINX is None and os.environ.get("CI", "").lower() == "true":
    raise RuntimeError("CI=true but nginx is not installed (.ci/run installs nginx-light)")
pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed")


@pytest.fixture
def database_url(postgres_database: str) -> str:
    """PostgreSQL only: several processes share one database."""
    from tests.conftest import _truncate

    _truncate(postgres_database)
    return postgres_database


@pytest.fixture
async def nginx(tmp_path: Path) -> AsyncIterator[tuple[int, list[int]]]:
    """nginx on a free port in front of three worker ports (the workers start later)."""
    port, workers = free_port(), [free_port() for _ in range(WORKERS)]
    async with nginx_process(tmp_path, port, workers):
        yield port, workers


async def start_worker(
    sandbox: SandboxServer, database_url: str, nginx_port: int, port: int, log: Path
) -> asyncio.subprocess.Process:
    env = worker_env(
        token=TOKEN,
        api_base_url=sandbox.base_url,
        api_base_file_url=sandbox.base_file_url,
        database_url=database_url,
        webhook_url=f"http://127.0.0.1:{nginx_port}{WEBHOOK_PATH}",
        secret=SECRET,
        port=port,
        extra={
            "POLKU_INBOX_LEASE": str(LEASE_SECONDS),
            # Notices go at any hour of the test run.
            "POLKU_QUIET_HOURS": "00:00-00:00",
            "POLKU_LOG_FORMAT": "json",
            "POLKU_LOG_LEVEL": "DEBUG",
        },
    )
    return await start_process(env, log)


async def people(
    client: SandboxClient, database_url: str
) -> tuple[list[tuple[SandboxUser, str]], list[SandboxUser]]:
    """Learners (not joined yet) with their invite codes, each with a counsellor of their
    own (whose chat gets the "joined" notice); and the counsellors."""
    settings = make_settings(database_url)
    core = open_core(settings, bot_username="polku_test_bot")
    invited, counsellors = [], []
    try:
        for _ in range(LEARNERS + 1):
            counsellor = await client.create_user("Mikko", started=True)
            counsellors.append(counsellor)
            async with transaction(core.sessions) as session:
                staff = await PeopleRepository(session).add(
                    telegram_user_id=counsellor.id,
                    chat_id=counsellor.id,
                    role=Role.COUNSELLOR,
                    display_name="Mikko",
                    language="en",
                    language_source=LanguageSource.DEFAULT,
                    time_zone="Europe/Helsinki",
                    now=core.clock.now(),
                )
            issued = await core.onboarding.issue(
                role=Role.LEARNER, issuer=None, counsellor_id=staff.id, via="cli"
            )
            invited.append((await client.create_user("Amal"), issued.code))
    finally:
        await core.close()
    return invited, counsellors


def replayed_cut(expected: list[str], got: list[str]) -> bool:
    """Whether ``got`` is ``expected`` with the first replies of one update sent twice:
    its handling was cut after them, and the update was handled again in full."""
    for start in range(len(expected)):
        for sent in range(1, len(expected) - start + 1):
            again = expected[:start] + expected[start : start + sent] + expected[start:]
            if got == again:
                return True
    return False


def says(messages: list[str]) -> list[str]:
    return [m.split("\n")[0][:60] for m in messages]


async def test_three_workers_behind_nginx_one_killed(
    sandbox: SandboxServer,
    client: SandboxClient,
    database_url: str,
    nginx: tuple[int, list[int]],
    tmp_path: Path,
):
    nginx_port, ports = nginx
    invited, counsellors = await people(client, database_url)
    logs = [tmp_path / f"worker{n}.log" for n in range(WORKERS)]
    workers = [
        await start_worker(sandbox, database_url, nginx_port, port, log)
        for port, log in zip(ports, logs, strict=True)
    ]
    try:
        await asyncio.gather(*(until_listening(p) for p in ports))
        # One worker leads: it runs the outbox sender and the jobs. That one is killed.
        leaders = [n for n, log in enumerate(logs) if '"leader_elected"' in log.read_text()]
        assert len(leaders) == 1, leaders
        [victim] = leaders
        others = [n for n in range(WORKERS) if n != victim]
        assert all('"outbox_sender_started"' not in logs[n].read_text() for n in others)
        # What one learner alone is answered: the reference for everyone.
        (alone, code), *crowd = invited
        script = [f"/start {code}", "/help", "/plan"]
        expected: list[str] = []
        for text in script:
            await client.send_text(alone, text)
            await asyncio.sleep(1.0)  # every answer to it has come
            expected = [m.text for m in await client.bot_messages(alone)]
        assert len(expected) >= len(script), expected

        # Everyone at once: each learner's three messages go out back to back, before any
        # answer, so nginx's round-robin hands them to three different workers; meanwhile
        # the workers handle everybody else's. A worker dies in the middle.
        started = time.monotonic()
        for n, (user, code) in enumerate(crowd):
            for text in [f"/start {code}", *script[1:]]:
                await client.send_text(user, text)
            if n == len(crowd) // 2:
                workers[victim].send_signal(signal.SIGKILL)
        await workers[victim].wait()

        async def answered(user: SandboxUser) -> bool:
            got = await client.bot_messages(user)
            return len(got) >= len(expected) and got[-1].text == expected[-1]

        deadline = time.monotonic() + 30
        while not all(await asyncio.gather(*(answered(user) for user, _ in crowd))):
            if time.monotonic() > deadline:
                break  # what is wrong is shown below
            await asyncio.sleep(0.2)
        elapsed = time.monotonic() - started
        await asyncio.sleep(1.0)  # a late duplicate would come now
        got = [[m.text for m in await client.bot_messages(user)] for user, _ in crowd]
        elapsed = time.monotonic() - started
        cut = {i: g for i, g in enumerate(got) if g != expected and replayed_cut(expected, g)}
        wrong = {i: says(g) for i, g in enumerate(got) if g != expected and i not in cut}
        assert not wrong, f"expected {says(expected)}; got {wrong}"
        # Replies go at least once: an update whose handling SIGKILL cut after a reply
        # went out is handled again by another worker (after its lease), replies and all.
        # Only the updates the killed worker held can be cut, each once (it may have held
        # several: it handles many people's updates at once).
        # A survivor logs each take-over once, with how many updates it took.
        replayed = sum(
            json.loads(line)["count"]
            for n in others
            for line in logs[n].read_text().splitlines()
            if '"inbox_replay"' in line
        )
        assert len(cut) <= replayed, (
            says(expected),
            {i: says(g) for i, g in cut.items()},
        )

        # Every learner's counsellor is told by exactly one outbox row, sent at most once.
        # A row the killed leader had marked "sending" stays so (then "in doubt") and is
        # never sent again: its counsellor may have had it, or not (at most once, by
        # design). (Rows it had only claimed go to the next leader after the claim lease.)
        chats = [user.id for user in counsellors]

        async def told(chat: int) -> int:
            return sum("Amal" in m.text for m in await client.bot_messages(chat))

        deadline = time.monotonic() + 30
        while not all(await asyncio.gather(*(told(chat) for chat in chats))):
            if time.monotonic() > deadline:
                break
            await asyncio.sleep(0.2)
        await asyncio.sleep(1.0)  # a duplicate would come now
        times_told = dict(zip(chats, await asyncio.gather(*(told(c) for c in chats)), strict=True))
        core = open_core(make_settings(database_url), bot_username="polku_test_bot")
        try:
            async with transaction(core.sessions) as session:
                rows = (
                    await session.execute(
                        select(OutboxMessage.chat_id, OutboxMessage.status).where(
                            OutboxMessage.kind == "notice"
                        )
                    )
                ).all()
        finally:
            await core.close()
        assert sorted(chat for chat, _ in rows) == sorted(chats)
        assert all(n <= 1 for n in times_told.values()), times_told
        in_doubt = {OutboxStatus.SENDING, OutboxStatus.IN_DOUBT}
        for chat, status in rows:
            assert status == OutboxStatus.SENT or status in in_doubt, status
            assert times_told[chat] == 1 or status in in_doubt, (chat, status)
        # Only what the leader had on its way when it died: one wave at 30/s.
        assert sum(status in in_doubt for _, status in rows) <= 3, rows
        # Another worker took over the lead (and the sender) when the leader died.
        assert sum('"leader_elected"' in logs[n].read_text() for n in others) == 1
        print(
            f"\n{LEARNERS} learners x {len(script)} messages, 3 workers, one killed: all "
            f"answered in {elapsed:.1f}s; {len(cut)} cut by the kill and answered again"
        )
    finally:
        for worker in workers:
            if worker.returncode is None:
                worker.terminate()
        for worker in workers:
            try:
                await asyncio.wait_for(worker.wait(), 15)
            except TimeoutError:
                worker.kill()
                await worker.wait()
