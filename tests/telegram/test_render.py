"""``send_html``: a message sent without building python-telegram-bot's Message from the
answer, against the sandbox Bot API (bot/telegram/render.py says why)."""

from __future__ import annotations

import json

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import Forbidden, RetryAfter
from telegram.ext import ExtBot

from bot.sandbox import SandboxClient, SandboxServer
from bot.telegram.limiter import PerChatRateLimiter
from bot.telegram.render import NO_PREVIEW, send_html
from bot.telegram.request import AiohttpRequest


async def test_it_sends_what_send_message_sends_and_returns_the_id(
    sandbox: SandboxServer, client: SandboxClient
):
    await client.set_limits(enabled=False)
    user = await client.create_user("Amina", started=True)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Kyllä", callback_data="yes:1")]])
    async with Bot("123:TEST", base_url=sandbox.base_url, request=AiohttpRequest()) as bot:
        first = await send_html(bot, user.id, "Hei <b>Amina</b> https://example.org")
        second = await send_html(bot, user.id, "Valitse", reply_markup=markup)
    shown = await client.bot_messages(user)
    assert [m.message_id for m in shown] == [first, second]
    assert second > first
    assert shown[0].text == "Hei Amina https://example.org"
    assert shown[0].parse_mode == "HTML"
    assert shown[1].reply_markup == {
        "inline_keyboard": [[{"text": "Kyllä", "callback_data": "yes:1"}]]
    }


async def test_errors_and_the_rate_limiter_are_python_telegram_bots(
    sandbox: SandboxServer, client: SandboxClient
):
    """Through ExtBot with Polku's limiter (as `polku run` replies): a 429 for the chat is
    waited out and retried by the limiter; a blocked person raises Forbidden."""
    user = await client.create_user("Amina", started=True)
    blocked = await client.create_user("Omar", started=True)
    await client.block(blocked)
    await client.set_limits(enabled=True, per_chat_per_second=1.0, global_per_second=0)
    bot = ExtBot(
        "123:TEST",
        base_url=sandbox.base_url,
        request=AiohttpRequest(),
        rate_limiter=PerChatRateLimiter(max_retries=1),
    )
    async with bot:
        await send_html(bot, user.id, "yksi")
        # The second within a second of the first: 429, waited out, sent.
        await send_html(bot, user.id, "kaksi")
        with pytest.raises(Forbidden):
            await send_html(bot, blocked.id, "hei")
    assert [m.text for m in await client.bot_messages(user)] == ["yksi", "kaksi"]
    # Without the limiter the same 429 reaches the caller, as from send_message.
    other = await client.create_user("Leila", started=True)
    async with Bot("123:TEST", base_url=sandbox.base_url, request=AiohttpRequest()) as plain:
        await send_html(plain, other.id, "kolme")
        with pytest.raises(RetryAfter):
            await send_html(plain, other.id, "neljä")


async def test_the_request_is_the_one_send_message_makes():
    """Field for field, what Telegram receives is what ``send_message`` with the same
    options would send (here to a server that records the form)."""
    seen: list[dict[str, str]] = []

    async def handle(request: web.Request) -> web.Response:
        seen.append(dict(await request.post()))  # type: ignore[arg-type]
        message = {"message_id": 7, "date": 0, "chat": {"id": 42, "type": "private"}}
        return web.json_response({"ok": True, "result": message})

    app = web.Application()
    app.router.add_post("/bot{token}/sendMessage", handle)
    server = TestServer(app)
    await server.start_server()
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Kyllä", callback_data="yes:1")]])
    request = AiohttpRequest()
    await request.initialize()
    bot = Bot("1:T", base_url=str(server.make_url("/bot")), request=request)
    try:
        for paid in (None, True):
            sent = await send_html(
                bot, 42, "<b>Hei</b>", reply_markup=markup, allow_paid_broadcast=paid
            )
            message = await bot.send_message(
                42,
                "<b>Hei</b>",
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=NO_PREVIEW,
                allow_paid_broadcast=paid,
            )
            assert sent == message.message_id == 7
    finally:
        await request.shutdown()
        await server.close()
    assert seen[0] == seen[1] and seen[2] == seen[3]
    assert seen[0]["parse_mode"] == "HTML" and "allow_paid_broadcast" not in seen[0]
    assert seen[2]["allow_paid_broadcast"] == "true"
    assert json.loads(seen[0]["link_preview_options"]) == {"is_disabled": True}
