"""Two real ``polku run --webhook`` processes on one PostgreSQL, two learners press one slot.

Telegram delivers webhook updates over up to 40 connections at once; the sandbox delivers
them one at a time. A small proxy in the test stands in for Telegram's side of that: it
answers the sandbox at once and hands the updates to the two processes in turn,
concurrently. Exactly one learner gets the time; the other hears "that time was just
taken" with fresh choices, whichever process handled whom.
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import time
from collections.abc import AsyncIterator
from datetime import time as clock_time
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.appointments.callbacks import ApOp, callback_data, minute_value
from bot.clock import SystemClock
from bot.core import Core, open_core
from bot.sandbox import SandboxClient, SandboxServer, SandboxUser
from bot.sandbox.state import WebhookConfig
from store.db import transaction
from store.models import Role
from store.people import PeopleRepository
from tests.conftest import make_settings
from tests.telegram.conftest import plain, say
from tests.telegram.crash_harness import BOT_TOKEN, BOT_USERNAME, quiet_hours_elsewhere

SECRET = "race-Token_7"
ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Proxy:
    """Takes the sandbox's webhook POSTs and forwards them to the backends in turn."""

    def __init__(self, backends: list[int]) -> None:
        self.backends = backends
        self.port = free_port()
        self.routed: list[tuple[int, int]] = []  # (update id, backend port)
        self.statuses: list[int] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None
        self._runner: web.AppRunner | None = None

    async def __aenter__(self) -> Proxy:
        self._session = aiohttp.ClientSession()
        app = web.Application()
        app.router.add_post("/telegram", self._receive)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=10)
        assert self._session is not None and self._runner is not None
        await self._session.close()
        await self._runner.cleanup()

    async def _receive(self, request: web.Request) -> web.Response:
        body = await request.read()
        data = await request.json()
        port = self.backends[len(self.routed) % len(self.backends)]
        self.routed.append((int(data["update_id"]), port))
        headers = {k: v for k, v in request.headers.items() if k.lower().startswith(("x-", "c"))}
        task = asyncio.create_task(self._forward(port, body, headers))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return web.Response(status=200)

    async def _forward(self, port: int, body: bytes, headers: dict[str, str]) -> None:
        assert self._session is not None
        async with self._session.post(
            f"http://127.0.0.1:{port}/telegram", data=body, headers=headers
        ) as response:
            self.statuses.append(response.status)


async def start_bot(
    sandbox: SandboxServer, database_url: str, port: int, log: Path, quiet_hours: str
) -> asyncio.subprocess.Process:
    """``polku run --webhook`` listening on ``port``; returns once it listens."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))},
        "TELEGRAM_BOT_TOKEN": BOT_TOKEN,
        "TELEGRAM_BOT_USERNAME": BOT_USERNAME,
        "TELEGRAM_API_BASE_URL": sandbox.base_url,
        "TELEGRAM_API_BASE_FILE_URL": sandbox.base_file_url,
        "POLKU_DATABASE_URL": database_url,
        "PYTHONPATH": str(ROOT),  # this checkout's code, whatever the venv installed
        "POLKU_LOG_LEVEL": "WARNING",
        "POLKU_QUIET_HOURS": quiet_hours,
        # The process sets this https address; the test points the sandbox to the proxy.
        "POLKU_WEBHOOK_URL": f"https://127.0.0.1:{port}/telegram",
        "POLKU_WEBHOOK_PORT": str(port),
        "POLKU_WEBHOOK_SECRET": SECRET,
    }
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            "--webhook",
            cwd=log.parent,
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=out,
            stderr=asyncio.subprocess.STDOUT,
        )
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if process.returncode is not None:
            raise RuntimeError(f"the bot exited with {process.returncode}; see {log}")
        try:
            _reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("the bot did not listen in time") from None
            await asyncio.sleep(0.1)
            continue
        writer.close()
        await writer.wait_closed()
        return process


@pytest.fixture
async def side(database_url: str) -> AsyncIterator[Core]:
    if not database_url.startswith("postgresql"):
        pytest.skip("two bot processes share a PostgreSQL database (SQLite: one process)")
    settings = make_settings(database_url)
    core = open_core(settings, bot_username=BOT_USERNAME)
    try:
        yield core
    finally:
        await core.close()


async def joined(
    core: Core, client: SandboxClient, role: Role, name: str, counsellor_id: int | None = None
) -> SandboxUser:
    issued = await core.onboarding.issue(
        role=role, issuer=None, counsellor_id=counsellor_id, via="cli"
    )
    user = await client.create_user(name, language_code="en")
    await client.send_text(user, f"/start {issued.code}")
    await client.wait_for_bot_messages(user, count=2, timeout=20)
    return user


async def test_two_bot_processes_two_learners_one_slot(
    sandbox: SandboxServer,
    client: SandboxClient,
    side: Core,
    database_url: str,
    tmp_path: Path,
):
    ports = [free_port(), free_port()]
    quiet = quiet_hours_elsewhere(SystemClock().now())
    processes = [
        await start_bot(sandbox, database_url, port, tmp_path / f"bot-{n}.log", quiet)
        for n, port in enumerate(ports)
    ]
    try:
        async with Proxy(ports) as proxy:
            # Both processes have set their webhook; Telegram's side is the proxy now.
            sandbox.state.webhook = WebhookConfig(
                url=f"http://127.0.0.1:{proxy.port}/telegram", secret_token=SECRET
            )
            sandbox.state.webhook_pulse.fire()
            counsellor = await joined(side, client, Role.COUNSELLOR, "Mikko")
            async with transaction(side.sessions) as session:
                mikko = await PeopleRepository(session).by_telegram_id(counsellor.id)
            assert mikko is not None
            await side.appointments.add_hours(mikko.id, range(7), clock_time(8), clock_time(18))
            learners = [
                await joined(side, client, Role.LEARNER, name, counsellor_id=mikko.id)
                for name in ("Amal", "Omar")
            ]
            await client.wait_for_bot_messages(counsellor, count=2, timeout=20)  # "joined"
            async with transaction(side.sessions) as session:
                amal = await PeopleRepository(session).by_telegram_id(learners[0].id)
            assert amal is not None
            [slot, *_] = await side.appointments.free_slots(amal.id, actor_id=amal.id)
            yes = callback_data(ApOp.YES, minute_value(slot.starts_at))
            before = len(proxy.routed)
            last = [(await client.bot_messages(u))[-1].message_id for u in learners]
            await asyncio.gather(
                *(client.press(u, m, yes, force=True) for u, m in zip(learners, last, strict=True))
            )
            firsts = [
                plain((await client.wait_for_bot_messages(u, timeout=30))[0].text) for u in learners
            ]
            # The two presses went to the two processes.
            assert sorted(port for _, port in proxy.routed[before:]) == sorted(ports)
            done = plain(say("appointment-done", when="x", mode="x", place="x")).split("\n")[0]
            won = [i for i, t in enumerate(firsts) if t.startswith(done)]
            assert len(won) == 1, firsts
            loser = learners[1 - won[0]]
            assert firsts[1 - won[0]] == plain(say("appointment-slot-taken"))
            [fresh] = await client.wait_for_bot_messages(loser, timeout=30)
            assert fresh.button_labels, fresh.text  # the day's other times
            booked = await side.appointments.listing(actor_id=None)
            assert [(a.starts_at, a.status.value) for a in booked] == [(slot.starts_at, "booked")]
            assert set(proxy.statuses) == {200}
    finally:
        for process in processes:
            if process.returncode is None:
                process.terminate()
        for process in processes:
            try:
                await asyncio.wait_for(process.wait(), timeout=15)
            except TimeoutError:
                process.kill()
                await process.wait()
    for n in range(2):
        text = (tmp_path / f"bot-{n}.log").read_text(errors="replace")
        assert "Traceback" not in text, text[-3000:]
