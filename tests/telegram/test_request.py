"""The aiohttp request for replies and the long poll, against real HTTP servers.

python-telegram-bot's own contract for a request: a status and the body for each call,
form fields as it encodes them, files as multipart, ``TimedOut`` and ``NetworkError`` for
failures (its retries and Polku's error handler read those).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from telegram import Bot, InputFile
from telegram.error import NetworkError, TimedOut

from bot.sandbox import SandboxClient, SandboxServer
from bot.telegram.request import AiohttpRequest


@pytest.fixture
async def echo_server() -> AsyncIterator[tuple[TestServer, list[dict[str, object]]]]:
    """Answers each call with Telegram's envelope; records what came."""
    seen: list[dict[str, object]] = []

    async def handle(request: web.Request) -> web.Response:
        if request.match_info["method"] == "slow":
            await asyncio.sleep(2)
        record: dict[str, object] = {"content_type": request.content_type}
        if request.content_type == "multipart/form-data":
            async for part in await request.multipart():
                body = await part.read()  # type: ignore[union-attr]
                record[part.name or ""] = (part.filename, body, part.headers.get("Content-Type"))  # type: ignore[union-attr]
        else:
            record.update(await request.post())
        seen.append(record)
        return web.json_response({"ok": True, "result": True})

    app = web.Application()
    app.router.add_post("/bot{token}/{method}", handle)
    server = TestServer(app)
    await server.start_server()
    try:
        yield server, seen
    finally:
        await server.close()


async def test_form_fields_files_and_the_answer(echo_server):
    server, seen = echo_server
    request = AiohttpRequest()
    await request.initialize()
    try:
        url = str(server.make_url("/bot1:T/sendMessage"))
        bot = Bot("1:T", base_url=str(server.make_url("/bot")), request=request)
        assert await bot.delete_webhook(drop_pending_updates=True) is True
        code, body = await request.do_request(url, "POST")
        assert code == 200 and b'"ok": true' in body
        await bot.send_document(
            42, InputFile(b"BEGIN:VCALENDAR", filename="meeting.ics"), caption="<b>Hi</b>"
        )
    finally:
        await request.shutdown()
    assert seen[0]["content_type"] == "application/x-www-form-urlencoded"
    assert seen[0]["drop_pending_updates"] == "true"
    document = seen[-1]
    assert document["content_type"] == "multipart/form-data"
    assert document["chat_id"] == (None, b"42", "text/plain; charset=utf-8")
    filename, content, mime = document["document"]  # type: ignore[misc]
    assert (filename, content) == ("meeting.ics", b"BEGIN:VCALENDAR")
    assert mime == "text/calendar"


async def test_a_slow_answer_times_out_and_a_closed_port_is_a_network_error(echo_server):
    server, _ = echo_server
    request = AiohttpRequest(read_timeout=0.2)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.do_request(str(server.make_url("/bot1:T/slow")), "POST")
        # an explicit timeout for one call wins over the default
        code, _ = await request.do_request(
            str(server.make_url("/bot1:T/slow")), "POST", read_timeout=5
        )
        assert code == 200
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            closed = probe.getsockname()[1]
        with pytest.raises(NetworkError) as error:
            await request.do_request(f"http://127.0.0.1:{closed}/bot1:T/getMe", "POST")
        assert not isinstance(error.value, TimedOut)
    finally:
        await request.shutdown()


async def test_it_opens_again_after_a_shutdown_and_refuses_before(echo_server):
    server, _ = echo_server
    url = str(server.make_url("/bot1:T/getMe"))
    request = AiohttpRequest()
    with pytest.raises(RuntimeError):
        await request.do_request(url, "POST")
    for _ in range(2):
        await request.initialize()
        assert (await request.do_request(url, "POST"))[0] == 200
        await request.shutdown()


async def test_the_bot_talks_to_the_sandbox_through_it(
    sandbox: SandboxServer, client: SandboxClient
):
    user = await client.create_user("Amina", started=True)
    bot = Bot("123:TEST", base_url=sandbox.base_url, request=AiohttpRequest())
    async with bot:
        me = await bot.get_me()
        message = await bot.send_message(user.id, "Hei <b>Amina</b>", parse_mode="HTML")
    assert me.is_bot and message.text == "Hei Amina"
    assert (await client.messages(user))[-1].text == "Hei Amina"
