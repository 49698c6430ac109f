"""``polku demo`` starts the sandbox, the page and the bot, with staff already joined."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import httpx

from bot.sandbox import SandboxClient
from tests.telegram.conftest import say
from tests.telegram.test_webhook import free_port

REPO = Path(__file__).resolve().parents[2]


async def test_demo_runs_and_stops_cleanly(tmp_path: Path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))}
    # This checkout's code, whatever the installed package points at (cwd is elsewhere).
    env["PYTHONPATH"] = str(REPO)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "demo",
        "--port",
        str(port),
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        banner = ""
        async with asyncio.timeout(30):
            while "Ctrl+C" not in banner:
                line = await process.stdout.readline()
                assert line, "the demo stopped before it was ready"
                banner += line.decode()
        assert f"http://127.0.0.1:{port}/" in banner
        database = (tmp_path / "var" / "demo.db").resolve()
        assert f"POLKU_DATABASE_URL=sqlite+aiosqlite:///{database} polku people" in banner
        assert "fresh (a new database)" in banner
        assert (tmp_path / "var" / "demo.db").exists()
        async with httpx.AsyncClient() as http:
            page = await http.get(f"http://127.0.0.1:{port}/")
        assert page.status_code == 200 and "<html" in page.text.lower()
        async with SandboxClient(f"http://127.0.0.1:{port}") as client:
            names = {u.first_name for u in await client.users()}
            assert {"Aino", "Mikko"} <= names
            learner = await client.create_user("Lea", language_code="en", role="learner")
            welcome, _picker = await client.wait_for_bot_messages(learner, count=2, timeout=10)
            assert welcome.text == say("start-welcome-learner", name="Lea")
    finally:
        process.send_signal(signal.SIGINT)
        async with asyncio.timeout(30):
            code = await process.wait()
    assert code == 0
