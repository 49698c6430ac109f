"""``polku demo`` in process: roles on the page, a kept database, and the fast-forward clock."""

from __future__ import annotations

import asyncio
import os
import shlex
import sys
from contextlib import AbstractAsyncContextManager
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func, select

from bot.clock import SystemClock
from bot.demo import Demo, banner, open_demo
from bot.sandbox import SandboxClient, SandboxClientError, SandboxServer, SandboxUser
from bot.telegram.app import build_application
from bot.telegram.webhook import webhook_app
from store.models import Person
from tests.conftest import make_settings
from tests.telegram.conftest import E2E_START, TEST_LIMITS, say

REPO = Path(__file__).resolve().parents[2]

SETTINGS = make_settings("sqlite+aiosqlite:///unused.db")


def demo(database: Path, *, fresh: bool = False) -> AbstractAsyncContextManager[Demo]:
    return open_demo(
        SETTINGS, database=database, fresh=fresh, start=E2E_START, sender_limits=TEST_LIMITS
    )


async def people(sc: SandboxClient) -> dict[str, SandboxUser]:
    return {u.first_name: u for u in await sc.users()}


async def joined_learner(sc: SandboxClient, name: str = "Lea") -> SandboxUser:
    """A learner created on the page (the demo invites them), language picked."""
    user = await sc.create_user(name, language_code="en", role="learner")
    welcome, _picker = await sc.wait_for_bot_messages(user, count=2)
    assert welcome.text == say("start-welcome-learner", name=name)
    await sc.press_button(user, "English")
    [consent] = await sc.wait_for_bot_messages(user)
    assert consent.text == say("intake-consent")
    return user


async def test_the_page_shows_the_roles_the_bot_recorded(tmp_path: Path):
    async with demo(tmp_path / "demo.db") as running:
        async with SandboxClient(running.server.url) as sc:
            info = await sc.info()
            assert info["bot_roles"] is True and info["time_control"] is True
            found = await people(sc)
            assert found["Aino"].bot_role == "coordinator"
            assert found["Mikko"].bot_role == "counsellor"
            # The page asked for a learner; the role shown is the one the bot recorded.
            await joined_learner(sc)
            assert (await people(sc))["Lea"].bot_role == "learner"
            # Someone created without an invite has no role until they join.
            await sc.create_user("Vieras", language_code="en")
            assert (await people(sc))["Vieras"].bot_role is None


async def test_the_demo_keeps_its_database_unless_fresh(tmp_path: Path):
    database = tmp_path / "var" / "demo.db"
    async with demo(database) as first:
        assert not first.kept
        assert "fresh (a new database)" in banner(first, "Europe/Helsinki")
        async with SandboxClient(first.server.url) as sc:
            lea = await joined_learner(sc)
            ids = {name: u.id for name, u in (await people(sc)).items()}
            last_message_id = max(m.message_id for m in await sc.messages(lea))

    async with demo(database) as second:
        assert second.kept and second.restored == 3
        text = banner(second, "Europe/Helsinki")
        assert "kept from the last run (3 people" in text and "polku demo --fresh" in text
        assert str(database.resolve()) in text
        async with SandboxClient(second.server.url) as sc:
            back = await people(sc)
            # The same people under the same ids, and no second Aino or Mikko.
            assert {name: u.id for name, u in back.items()} == ids
            assert {name: u.bot_role for name, u in back.items()} == {
                "Aino": "coordinator",
                "Mikko": "counsellor",
                "Lea": "learner",
            }
            async with second.core.sessions() as session:
                assert await session.scalar(select(func.count()).select_from(Person)) == 3
            # Lea carries on where she was (her updates are new ones, not replays): /start
            # asks her open question again.
            await sc.send_text(lea, "/start")
            again = await sc.wait_for(lea, lambda m: m.text == say("intake-consent"), timeout=10)
            # Message ids go on above the last run's (the bot may have stored some).
            assert again.message_id > last_message_id
            await sc.press_button(lea, say("option-consent-accepted"))
            await sc.wait_for(lea, lambda m: m.text == say("intake-preferred-name"), timeout=10)
        command = text.split("from another terminal:\n", 1)[1].splitlines()[0].strip()

    # The printed command lists the demo's people (run as `python -m bot` here).
    env_part, _, rest = command.partition(" ")
    assert rest.endswith("polku people")
    key, _, url = shlex.split(env_part)[0].partition("=")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))}
    env["PYTHONPATH"] = str(REPO)
    listing = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "people",
        env={**env, key: url},
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await listing.communicate()
    assert listing.returncode == 0
    assert [line.split("\t")[1:] for line in out.decode().splitlines()] == [
        ["learner", "en", "Lea"],
        ["counsellor", "en", "Mikko"],
        ["coordinator", "fi", "Aino"],
    ]

    async with demo(database, fresh=True) as third:
        assert not third.kept and third.restored == 0
        async with SandboxClient(third.server.url) as sc:
            assert set(await people(sc)) == {"Aino", "Mikko"}


async def test_plus_one_day_brings_the_intake_reminder(tmp_path: Path):
    database = tmp_path / "demo.db"
    async with demo(database) as running:
        async with SandboxClient(running.server.url) as sc:
            lea = await joined_learner(sc)
            await sc.press_button(lea, say("option-consent-accepted"))
            [question] = await sc.wait_for_bot_messages(lea)
            assert question.text == say("intake-preferred-name")
            before = await sc.clock()
            assert before >= E2E_START
            # An hour is not enough: the reminder waits a day.
            after_hour = await sc.advance_clock(timedelta(hours=1))
            assert after_hour - before >= timedelta(hours=1)
            with pytest.raises(TimeoutError):
                await sc.wait_for_bot_messages(lea, timeout=1.5)
            await sc.advance_clock(timedelta(days=1))
            [reminder] = await sc.wait_for_bot_messages(lea, timeout=10)
            assert reminder.text == say("dialogue-reminder")
            # Messages carry the demo's time, as on the phone.
            assert reminder.date >= int((E2E_START + timedelta(days=1, hours=1)).timestamp())
            with pytest.raises(SandboxClientError) as refused:
                await sc.advance_clock(timedelta(days=40))
            assert refused.value.status == 400
    # The next run on this database starts where the clock was, not back at the real time.
    async with open_demo(SETTINGS, database=database, sender_limits=TEST_LIMITS) as again:
        async with SandboxClient(again.server.url) as sc:
            ahead = await sc.clock() - SystemClock().now()
        expected = E2E_START + timedelta(days=1, hours=1) - SystemClock().now()
        assert abs(ahead - expected) < timedelta(minutes=5)


async def test_only_the_demo_can_move_the_clock(tmp_path: Path):
    # The sandbox on its own (tests, `python -m bot.sandbox`): no clock routes at all.
    async with SandboxServer() as server, httpx.AsyncClient(base_url=server.url) as http:
        assert (await http.get("/sandbox/api/info")).json()["time_control"] is False
        assert (await http.get("/sandbox/api/clock")).status_code == 404
        moved = await http.post("/sandbox/api/clock/advance", json={"seconds": 3600})
        assert moved.status_code == 404
    # `polku run`: its only HTTP server is the webhook's, and its clock is the system's.
    settings = make_settings(f"sqlite+aiosqlite:///{tmp_path / 'run.db'}")
    app = build_application(settings, webhook=True)
    web = webhook_app(app, path="/telegram", secret="s3cret")
    async with TestClient(TestServer(web)) as http_client:
        for verb, path in (("GET", "/sandbox/api/clock"), ("POST", "/sandbox/api/clock/advance")):
            response = await http_client.request(verb, path, json={"seconds": 3600})
            assert response.status == 404
    assert not hasattr(SystemClock(), "advance")


async def test_advancing_runs_the_jobs_whose_period_fits(tmp_path: Path):
    async with demo(tmp_path / "demo.db") as running:
        ran: list[str] = []
        queue = running.app.job_queue
        assert queue is not None
        for job in queue.jobs():
            original = job.callback

            async def spy(context: object, name: str = job.name or "", inner=original) -> None:
                ran.append(name)
                await inner(context)

            job.callback = spy
        await running.time.advance(timedelta(hours=1))
        assert {"check-ins", "escalations-forward", "campaigns"} <= set(ran)
        assert "motivation-sweep" not in ran
        # Jobs that look for dead workers' leases never run on a jump.
        assert not {"outbox-recover", "inbox-sweep", "inbox-purge"} & set(ran)
        ran.clear()
        await running.time.advance(timedelta(days=1))
        assert "motivation-sweep" in ran
