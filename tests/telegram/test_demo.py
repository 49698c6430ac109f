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

ROOT = str(Path(__file__).resolve().parents[2])


def demo_url(folder: Path) -> str:
    """The demo database's URL when the demo runs in ``folder``."""
    return f"sqlite+aiosqlite:///{(folder / 'var' / 'demo.db').resolve()}"


async def test_demo_runs_and_stops_cleanly(tmp_path: Path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))}
    # The code under test, whatever the current directory (the demo runs in tmp_path).
    env["PYTHONPATH"] = ROOT
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
        assert (tmp_path / "var" / "demo.db").exists()
        # The banner says where the database is, as a command that works from anywhere.
        url = demo_url(tmp_path)
        assert f"POLKU_DATABASE_URL={url} polku people" in banner
        listed = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "people",
            env={**env, "POLKU_DATABASE_URL": url},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await listed.communicate()
        # The answer alone: no start-up log lines.
        assert listed.returncode == 0 and err == b""
        assert "Aino" in out.decode() and "Mikko" in out.decode()
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
