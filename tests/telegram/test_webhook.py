"""Webhook mode: the sandbox posts updates with the secret token; strangers are refused."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.clock import ShiftedClock
from bot.sandbox import SandboxClient, SandboxServer
from bot.telegram.app import ALLOWED_UPDATES, build_application
from bot.telegram.runtime import PolkuApp
from bot.telegram.webhook import (
    MAX_BODY,
    SECRET_HEADER,
    WebhookOptions,
    WebhookRefused,
    webhook,
)
from store.models import Role
from tests.conftest import make_settings
from tests.telegram.conftest import E2E_START, shows

SECRET = "s3cret-Token_1"


def options(port: int, url: str) -> WebhookOptions:
    return WebhookOptions("127.0.0.1", port, url, "/telegram", SECRET, ALLOWED_UPDATES)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def hooked(sandbox: SandboxServer, database_url: str) -> AsyncIterator[tuple[PolkuApp, str]]:
    settings = make_settings(
        database_url,
        TELEGRAM_API_BASE_URL=sandbox.base_url,
        TELEGRAM_API_BASE_FILE_URL=sandbox.base_file_url,
        POLKU_WEBHOOK_SECRET=SECRET,
    )
    app = build_application(settings, clock=ShiftedClock(E2E_START), webhook=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    async with webhook(app, options(port, url)):
        yield app, url


async def test_webhook_with_secret_token(hooked: tuple[PolkuApp, str], client: SandboxClient):
    app, url = hooked
    issued = await app.bot_data.services.onboarding.issue(
        role=Role.COORDINATOR, issuer=None, counsellor_id=None, via="cli"
    )
    user = await client.create_user("Aino", language_code="fi")
    await client.send_text(user, f"/start {issued.code}")
    welcome, _ = await client.wait_for_bot_messages(user, count=2)
    assert shows(welcome, "start-welcome-coordinator", "fi", name="Aino")
    # An update without the secret is refused before it reaches any handler.
    async with httpx.AsyncClient() as stranger:
        forged = await stranger.post(url, json={"update_id": 1, "message": {}})
    assert forged.status_code == 403


async def test_strangers_big_bodies_and_bad_json_are_refused_cheaply(
    hooked: tuple[PolkuApp, str], caplog: pytest.LogCaptureFixture
):
    _, url = hooked
    caplog.set_level(logging.DEBUG)
    big = b"x" * (8 * MAX_BODY)
    async with httpx.AsyncClient() as client:
        # Without the secret a big body is refused from the headers alone.
        stranger = await client.post(url, content=big)
        assert stranger.status_code == 403
        # With the secret, a body larger than any update is refused too.
        too_big = await client.post(url, content=big, headers={SECRET_HEADER: SECRET})
        assert too_big.status_code == 413
        # Malformed JSON or something that is not an update: 400, and the body is not logged.
        secret_text = "Zubeyda private words"
        for body in (b"{not json " + secret_text.encode(), json.dumps([secret_text]).encode()):
            bad = await client.post(
                url,
                content=body,
                headers={SECRET_HEADER: SECRET, "Content-Type": "application/json"},
            )
            assert bad.status_code == 400
    assert secret_text not in caplog.text


async def test_healthz_answers_200_or_503_with_counts_only(hooked: tuple[PolkuApp, str]):
    from datetime import timedelta

    from store.db import transaction
    from store.models import OutboxStatus
    from store.outbox import NewOutboxRow, OutboxRepository

    app, url = hooked
    healthz = url.removesuffix("/telegram") + "/healthz"
    async with httpx.AsyncClient() as monitor:
        calm = await monitor.get(healthz)
        assert calm.status_code == 200
        report = calm.json()
        assert report["status"] == "ok"
        assert report["database"]["reachable"] and report["database"]["migrations_at_head"]
        # One worker alone leads: it runs the outbox sender.
        assert report["worker"] == {"leader": True, "sender_running": True}
        # A sender that died mid-request leaves rows in doubt; beyond the limit: 503.
        core = app.bot_data.services.core
        now = core.clock.now()
        async with transaction(core.sessions) as session:
            await OutboxRepository(session).enqueue(
                [
                    NewOutboxRow(
                        key=f"doubt:{n}",
                        chat_id=900 + n,
                        person_id=None,
                        kind="plan_reminder",
                        payload={"text": "Zubeyda private words"},
                        not_before=now - timedelta(minutes=1),
                        created_at=now - timedelta(minutes=1),
                        status=OutboxStatus.IN_DOUBT,
                    )
                    for n in range(11)
                ]
            )
        worried = await monitor.get(healthz)
    assert worried.status_code == 503
    assert worried.json()["problems"] == ["outbox_in_doubt"]
    assert worried.json()["outbox"]["in_doubt"] == 11
    for answer in (calm, worried):
        assert SECRET not in answer.text and "TEST-token" not in answer.text
        assert "Zubeyda" not in answer.text


async def test_a_refused_set_webhook_is_one_clear_error(
    sandbox: SandboxServer, client: SandboxClient, database_url: str
):
    settings = make_settings(
        database_url,
        TELEGRAM_API_BASE_URL=sandbox.base_url,
        TELEGRAM_API_BASE_FILE_URL=sandbox.base_file_url,
    )
    app = build_application(settings, clock=ShiftedClock(E2E_START), webhook=True)
    await client.inject_fault(
        "setWebhook",
        error_code=400,
        description="Bad Request: bad webhook: HTTPS url must be provided",
    )
    with pytest.raises(WebhookRefused, match=r"^Telegram refused the webhook: .*https url"):
        async with webhook(app, options(free_port(), "http://127.0.0.1/telegram")):
            pass


async def test_polku_run_webhook_refused_exits_with_one_line(
    sandbox: SandboxServer, client: SandboxClient, sqlite_url: str
):
    import asyncio
    import os
    import sys

    await client.inject_fault(
        "setWebhook", error_code=400, description="Bad Request: bad webhook: Failed to resolve host"
    )
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))},
        "TELEGRAM_BOT_TOKEN": "123456:TEST-token",
        "TELEGRAM_API_BASE_URL": sandbox.base_url,
        "TELEGRAM_API_BASE_FILE_URL": sandbox.base_file_url,
        "POLKU_DATABASE_URL": sqlite_url,
        "POLKU_WEBHOOK_URL": "https://polku.invalid/telegram",
        "POLKU_WEBHOOK_SECRET": SECRET,
        "POLKU_WEBHOOK_PORT": str(free_port()),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--webhook",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(process.communicate(), timeout=60)
    lines = [line for line in err.decode().splitlines() if not line.startswith("20")]
    assert process.returncode == 2, err.decode()
    assert [line.lower() for line in lines] == [
        "polku: telegram refused the webhook: bad webhook: failed to resolve host"
    ]
    assert "TEST-token" not in err.decode()
