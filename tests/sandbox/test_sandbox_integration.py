"""Webhooks, a full PTB Application, the control API, the chat page and lifecycle."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import telegram
from aiohttp import web
from telegram import Update
from telegram.error import BadRequest, Conflict
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from bot.sandbox import SandboxClient, SandboxServer, SandboxUser

TOKEN = "123456:TEST"


class Receiver:
    """A tiny aiohttp webhook endpoint that records what it is sent."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.received: list[tuple[dict[str, Any], str | None]] = []
        self.arrived = asyncio.Event()
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        self.received.append(
            (await request.json(), request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        )
        self.arrived.set()
        return web.Response(status=self.status)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/hook", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}/hook"

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    hook = Receiver()
    await hook.start()
    try:
        yield hook
    finally:
        await hook.stop()


async def test_webhook_delivery_with_secret_and_get_updates_conflict(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser, receiver: Receiver
) -> None:
    assert await bot.set_webhook(receiver.url, secret_token="s3cr3t-token")
    sent = await sc.send_text(user, "/start webhook")
    await asyncio.wait_for(receiver.arrived.wait(), 3)
    [(update, secret)] = receiver.received
    assert secret == "s3cr3t-token"
    assert update["update_id"] == sent.update_id
    assert update["message"]["text"] == "/start webhook"
    assert Update.de_json(update, bot).effective_user.id == user.id  # type: ignore[union-attr]
    with pytest.raises(Conflict, match="can't use getUpdates method while webhook is active"):
        await bot.get_updates()
    info = await bot.get_webhook_info()
    assert info.url == receiver.url and info.pending_update_count == 0
    assert await bot.delete_webhook()
    await sc.send_text(user, "polling again")
    [polled] = await bot.get_updates()
    assert polled.message is not None and polled.message.text == "polling again"


async def test_failing_webhook_keeps_the_update_and_reports_the_error(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser, receiver: Receiver
) -> None:
    receiver.status = 500
    await bot.set_webhook(receiver.url)
    await sc.send_text(user, "retry me")
    await asyncio.wait_for(receiver.arrived.wait(), 3)
    receiver.arrived.clear()
    receiver.status = 200
    await asyncio.wait_for(receiver.arrived.wait(), 3)
    assert [u["message"]["text"] for u, _ in receiver.received] == ["retry me", "retry me"]
    info = await bot.get_webhook_info()
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
    assert info.pending_update_count == 0


async def test_webhook_waiting_poll_is_terminated_and_remote_urls_refused(
    bot: telegram.Bot, receiver: Receiver
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    async with telegram.Bot(TOKEN, base_url=bot.base_url.removesuffix(TOKEN)) as other:
        await other.set_webhook(receiver.url)
    with pytest.raises(Conflict, match="terminated by setWebhook request"):
        await asyncio.wait_for(poll, 2)
    # The sandbox never sends traffic off the machine.
    with pytest.raises(BadRequest, match="loopback"):
        await bot.set_webhook("https://example.org/hook")


async def test_ptb_application_polls_and_answers_a_command(
    server: SandboxServer, sc: SandboxClient, user: SandboxUser
) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(" ".join(context.args or []) or "(tyhjä)")

    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(server.base_url)
        .base_file_url(server.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("echo", echo))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            await sc.send_text(user, "/echo hei maailma")
            [reply] = await sc.wait_for_bot_messages(user, timeout=5)
            assert reply.text == "hei maailma"
            await sc.send_text(user, "/echo")
            [second] = await sc.wait_for_bot_messages(user, timeout=5)
            assert second.text == "(tyhjä)"
        finally:
            await app.updater.stop()
            await app.stop()
    assert server.state.method_counts["getUpdates"] >= 1


async def test_persona_hook_injects_a_deep_link_start(
    server: SandboxServer, bot: telegram.Bot, sc: SandboxClient
) -> None:
    roles: list[str] = []

    async def hook(role: str) -> str | None:
        roles.append(role)
        return "INV-abc_123"

    server.persona_hook = hook
    learner = await sc.create_user("Hodan", language_code="so", role="learner")
    plain = await sc.create_user("Mika", language_code="fi", role="none")
    assert roles == ["learner"]
    assert learner.start_code == "INV-abc_123" and plain.start_code is None
    [update] = await bot.get_updates()
    assert update.message is not None
    assert update.message.text == "/start INV-abc_123"
    assert update.message.from_user is not None and update.message.from_user.id == learner.id
    assert update.message.entities[0].length == 6


async def test_wait_for_bot_messages_cursor_and_timeout(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    await bot.send_message(user.id, "yksi")
    await bot.send_message(user.id, "kaksi")
    first, second = await sc.wait_for_bot_messages(user, count=2)
    assert (first.text, second.text) == ("yksi", "kaksi")
    await bot.edit_message_text("kaksi!", user.id, second.message_id)
    await bot.send_message(user.id, "kolme")
    # The edit of an already returned message is not a new message.
    [third] = await sc.wait_for_bot_messages(user)
    assert third.text == "kolme"
    started = time.monotonic()
    with pytest.raises(TimeoutError, match="expected 1 new bot message"):
        await sc.wait_for_bot_messages(user, timeout=0.3)
    assert time.monotonic() - started < 2


async def test_chat_log_long_poll_and_shape(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    view = await sc.chat_view(user)
    assert view.messages == [] and view.blocked is False
    waiting = asyncio.create_task(sc.chat_view(user, after=view.last_seq, wait=5))
    await asyncio.sleep(0.2)
    assert not waiting.done()
    await bot.send_message(user.id, "<i>uusi</i>", parse_mode="HTML")
    fresh = await asyncio.wait_for(waiting, 2)
    [item] = fresh.messages
    assert item.from_bot and item.text == "uusi" and item.html == "<i>uusi</i>"
    assert item.raw["parse_mode"] == "HTML" and item.entities[0]["type"] == "italic"
    sent = await sc.send_text(user, "kiitos")
    log = await sc.messages(user)
    assert [(m.from_bot, m.text) for m in log] == [(True, "uusi"), (False, "kiitos")]
    assert log[1].message_id == sent.message_id


async def test_control_api_errors_and_listing(server: SandboxServer, sc: SandboxClient) -> None:
    async with httpx.AsyncClient(base_url=f"{server.url}/sandbox/api") as http:
        missing = await http.post("/users/42/send", json={"text": "x"})
        assert missing.status_code == 404 and missing.json()["ok"] is False
        bad_role = await http.post("/users", json={"first_name": "X", "role": "admin"})
        assert bad_role.status_code == 400
        info = (await http.get("/info")).json()
        assert info["bot_username"] == "polku_sandbox_bot"
        assert info["base_url"] == server.base_url
    amina = await sc.create_user("Amina", language_code="ar", started=True)
    assert [u.id for u in await sc.users()] == [amina.id]
    assert amina.id == 1_000_001
    await sc.block(amina)
    with pytest.raises(Exception, match="blocked the bot"):
        await sc.send_text(amina, "hello")
    stats = await sc.stats()
    assert stats["users"] == 1


async def test_chat_page_is_served_and_self_contained(server: SandboxServer) -> None:
    async with httpx.AsyncClient(base_url=server.url) as http:
        for path in ("/", "/sandbox/"):
            page = await http.get(path)
            assert page.status_code == 200
            assert "/sandbox/static/app.js" in page.text
        script = await http.get("/sandbox/static/app.js")
        style = await http.get("/sandbox/static/style.css")
    assert script.status_code == 200 and style.status_code == 200
    # Offline machine: no CDN, and bot text never goes through innerHTML.
    for text in (page.text, script.text, style.text):
        assert not re.search(r"""(src|href)=["']https?://""", text)
        assert "@import" not in text
    assert not re.search(
        r"\.(innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML|document\.write", script.text
    )
    assert 'dir: "auto"' in script.text


async def test_stop_is_prompt_with_a_waiting_long_poll() -> None:
    server = SandboxServer()
    await server.start()
    async with httpx.AsyncClient(timeout=10) as http:
        poll = asyncio.create_task(
            http.get(f"{server.base_url}{TOKEN}/getUpdates", params={"timeout": 30})
        )
        await asyncio.sleep(0.2)
        started = time.monotonic()
        await server.stop()
        assert time.monotonic() - started < 2
        response = await asyncio.wait_for(poll, 2)
    assert json.loads(response.text) == {"ok": True, "result": []}
