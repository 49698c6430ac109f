"""Webhook mode: the sandbox posts updates with the secret token; strangers are refused."""

from __future__ import annotations

import socket

import httpx

from bot.clock import ShiftedClock
from bot.sandbox import SandboxClient, SandboxServer
from bot.telegram.app import ALLOWED_UPDATES, build_application
from store.models import Role
from tests.conftest import make_settings
from tests.telegram.conftest import E2E_START, shows


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_with_secret_token(
    sandbox: SandboxServer, client: SandboxClient, database_url: str
):
    settings = make_settings(
        database_url,
        TELEGRAM_API_BASE_URL=sandbox.base_url,
        TELEGRAM_API_BASE_FILE_URL=sandbox.base_file_url,
        POLKU_WEBHOOK_SECRET="s3cret-Token_1",
    )
    app = build_application(settings, clock=ShiftedClock(E2E_START))
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    await app.initialize()
    assert app.post_init is not None and app.updater is not None
    await app.post_init(app)
    await app.updater.start_webhook(
        listen="127.0.0.1",
        port=port,
        url_path="telegram",
        webhook_url=url,
        secret_token="s3cret-Token_1",
        allowed_updates=ALLOWED_UPDATES,
    )
    await app.start()
    try:
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
    finally:
        await app.updater.stop()
        await app.stop()
        assert app.post_stop is not None and app.post_shutdown is not None
        await app.post_stop(app)
        await app.shutdown()
        await app.post_shutdown(app)
