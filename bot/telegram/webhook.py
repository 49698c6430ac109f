"""Webhook mode: a small aiohttp server in front of the application's update queue.

python-telegram-bot's own webhook server reads a request's whole body before it checks
the secret token (four 90 MB bodies took the process from 146 to 553 MiB), and answers a
malformed body with a 500 and a log line that prints the body. This one checks the
secret from the headers first, refuses bodies larger than an update can be, answers bad
JSON with 400, and logs ids only. A stored update (see :mod:`bot.telegram.inbox`) is
answered 200; if the database cannot take it, 500, and Telegram sends it again.
``GET /healthz`` answers 200 or 503 with :mod:`bot.health`'s report.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import signal
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from http import HTTPStatus

from aiohttp import web
from telegram import Update
from telegram.error import NetworkError, TelegramError

from bot.health import HealthLimits, HealthReport, check
from bot.telegram.runtime import PolkuApp

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
# Telegram's updates are a few kilobytes; a text message is at most 4096 characters.
MAX_BODY = 1 << 20


class WebhookRefused(Exception):
    """Telegram would not set the webhook; the message is one line, without secrets."""


def webhook_app(app: PolkuApp, *, path: str, secret: str) -> web.Application:
    """The aiohttp application that takes Telegram's POSTs at ``path``.

    Args:
        app: the bot; updates go to its (durable) update queue.
        path: the URL path, e.g. ``/telegram``.
        secret: the secret token Telegram sends in every request's header.
    """
    expected = secret.encode()

    async def receive(request: web.Request) -> web.Response:
        # Headers only, so far: a stranger's body is never read.
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return web.Response(status=HTTPStatus.FORBIDDEN)
        length = request.content_length
        if length is None or length > MAX_BODY:
            return web.Response(status=HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        try:
            data = await request.json()
            update = Update.de_json(data, app.bot) if isinstance(data, dict) else None
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("webhook_bad_update error=%s", type(exc).__name__)
            return web.Response(status=HTTPStatus.BAD_REQUEST)
        if update is None:
            log.warning("webhook_bad_update error=not_an_update")
            return web.Response(status=HTTPStatus.BAD_REQUEST)
        try:
            await app.update_queue.put(update)
        except NetworkError:
            # Not stored: Telegram will send it again.
            return web.Response(status=HTTPStatus.INTERNAL_SERVER_ERROR)
        return web.Response(status=HTTPStatus.OK)

    async def healthz(request: web.Request) -> web.Response:
        # Counts and ages only (bot/health.py): safe without the secret, for a monitor.
        report = await _health(app)
        status = HTTPStatus.OK if report.healthy else HTTPStatus.SERVICE_UNAVAILABLE
        return web.json_response(report.to_json(), status=status)

    server = web.Application(client_max_size=MAX_BODY)
    server.router.add_post(path, receive)
    server.router.add_get(HEALTH_PATH, healthz)
    return server


async def _health(app: PolkuApp) -> HealthReport:
    services = app.bot_data.services
    core = services.core
    task = services.sender_task
    leadership = services.leadership
    return await check(
        core.sessions,
        core.clock,
        HealthLimits.from_settings(core.settings),
        backend=core.engine.dialect.name,
        sender_running=task is not None and not task.done(),
        leader=leadership.leading if leadership is not None else None,
    )


@dataclass(frozen=True)
class WebhookOptions:
    """Where the webhook listens and what Telegram is told."""

    listen: str
    port: int
    url: str  # the public URL Telegram posts to
    path: str  # its path, as the server sees it
    secret: str
    allowed_updates: Sequence[str]


@asynccontextmanager
async def webhook(app: PolkuApp, options: WebhookOptions) -> AsyncIterator[PolkuApp]:
    """Run ``app`` with a webhook inside an already running event loop.

    The steps of ``Application.run_webhook`` with this module's server in place of
    python-telegram-bot's.

    Raises:
        WebhookRefused: Telegram refused ``setWebhook``.
    """
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    server = webhook_app(app, path=options.path, secret=options.secret)
    runner = web.AppRunner(server, access_log=None)
    await runner.setup()
    started = False
    try:
        await web.TCPSite(runner, options.listen, options.port).start()
        try:
            await app.bot.set_webhook(
                options.url,
                secret_token=options.secret,
                allowed_updates=options.allowed_updates,
            )
        except TelegramError as exc:
            # The text of Telegram's answer can quote the URL, never the token; keep it short.
            raise WebhookRefused(f"Telegram refused the webhook: {exc.message[:200]}") from None
        await app.start()
        started = True
        yield app
    finally:
        if started and app.running:
            await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
        await runner.cleanup()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)


def run_webhook(app: PolkuApp, options: WebhookOptions) -> None:
    """Serve until SIGINT or SIGTERM (``polku run --webhook``).

    Raises:
        WebhookRefused: Telegram refused ``setWebhook``.
    """

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        async with webhook(app, options):
            log.info("webhook_listening host=%s port=%d", options.listen, options.port)
            await stop.wait()

    asyncio.run(main())
