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
import os
import re
import shutil
import signal
import socket
import sys
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

NGINX = shutil.which("nginx") or next(
    (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "nginx.conf"
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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def nginx_config(folder: Path, port: int, workers: list[int]) -> Path:
    """docs/nginx.conf as shipped, but for this machine: plain HTTP on ``port``, these
    workers, and files under ``folder``."""
    site = DOCS.read_text()
    upstream = "\n".join(f"    server 127.0.0.1:{w} max_fails=1 fail_timeout=5s;" for w in workers)
    site, found = re.subn(
        r"(upstream polku_workers \{\n)(?:.*\n)*?(    keepalive)",
        lambda m: f"{m.group(1)}{upstream}\n{m.group(2)}",
        site,
    )
    assert found == 1
    # The sandbox posts plain HTTP to a loopback address: no TLS here.
    site = re.sub(r"    listen 443 ssl;\n    listen \[::\]:443 ssl;\n", "", site)
    site = re.sub(r"    ssl_certificate(_key)? .*;\n", "", site)
    site = site.replace("    server_name ", f"    listen 127.0.0.1:{port};\n    server_name ", 1)
    assert "listen 443" not in site and "ssl_" not in site
    temp = "\n".join(
        f"    {kind}_temp_path {folder / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;\n" if os.geteuid() == 0 else ""
    config = folder / "nginx.conf"
    config.write_text(
        f"{user}daemon off;\nworker_processes 1;\npid {folder / 'nginx.pid'};\n"
        f"error_log {folder / 'error.log'} warn;\nevents {{ worker_connections 256; }}\n"
        f"http {{\n{temp}\n    access_log off;\n{site}\n}}\n"
    )
    return config


@pytest.fixture
async def nginx(tmp_path: Path) -> AsyncIterator[tuple[int, list[int]]]:
    """nginx on a free port in front of three worker ports (the workers start later)."""
    assert NGINX is not None
    port, workers = free_port(), [free_port() for _ in range(WORKERS)]
    config = nginx_config(tmp_path, port, workers)
    check = await asyncio.create_subprocess_exec(
        NGINX, "-t", "-q", "-e", str(tmp_path / "error.log"), "-c", str(config),
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await check.communicate()
    assert check.returncode == 0, err.decode()
    process = await asyncio.create_subprocess_exec(
        NGINX, "-e", str(tmp_path / "error.log"), "-c", str(config)
    )
    try:
        await until_listening(port)
        yield port, workers
    finally:
        process.terminate()
        await process.wait()


async def until_listening(port: int, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.05)
        else:
            writer.close()
            await writer.wait_closed()
            return


async def start_worker(
    sandbox: SandboxServer, database_url: str, nginx_port: int, port: int, log: Path
) -> asyncio.subprocess.Process:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))},
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": sandbox.base_url,
        "TELEGRAM_API_BASE_FILE_URL": sandbox.base_file_url,
        "POLKU_DATABASE_URL": database_url,
        "POLKU_WEBHOOK_URL": f"http://127.0.0.1:{nginx_port}/telegram",
        "POLKU_WEBHOOK_SECRET": SECRET,
        "POLKU_WEBHOOK_LISTEN": "127.0.0.1",
        "POLKU_WEBHOOK_PORT": str(port),
        "POLKU_INBOX_LEASE": str(LEASE_SECONDS),
        # Notices go at any hour of the test run.
        "POLKU_QUIET_HOURS": "00:00-00:00",
        "POLKU_LOG_FORMAT": "json",
        "POLKU_LOG_LEVEL": "DEBUG",
    }
    with log.open("wb") as stderr:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--webhook", env=env, stderr=stderr
        )


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
        # Only the updates the killed worker held can be cut, each once.
        replays = [
            line
            for log in logs[1:]
            for line in log.read_text().splitlines()
            if "inbox_replay" in line
        ]
        assert len(cut) <= min(len(replays), 3), (
            says(expected),
            {i: says(g) for i, g in cut.items()},
        )

        # Every learner's counsellor was told once, by exactly one outbox row, sent once.
        # (The killed worker's sender may have claimed rows: they go after its claim lease.)
        chats = [user.id for user in counsellors]
        for chat in chats:
            notice = await client.wait_for(chat, lambda m: "Amal" in m.text, timeout=30)
            assert notice.from_bot
        await asyncio.sleep(1.0)  # a duplicate would come now
        for chat in chats:
            notices = [m for m in await client.bot_messages(chat) if "Amal" in m.text]
            assert len(notices) == 1, notices
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
        assert {status for _, status in rows} == {OutboxStatus.SENT}
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
