"""The composition root: ``build_application(settings)`` assembles everything."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram import Update
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes

from bot.clock import Clock, SystemClock
from bot.core import open_core
from bot.outbox import OutboxSender, SenderLimits
from bot.settings import Settings
from bot.telegram.handlers import errors, fallback, intake, language, onboarding, plan
from bot.telegram.ordering import PerPersonUpdateProcessor
from bot.telegram.render import Renderer
from bot.telegram.runtime import PolkuApp, PolkuContext, Runtime, Services
from bot.telegram.transport import TelegramTransport

log = logging.getLogger(__name__)

# Every update type Polku handles; anything else is not even fetched.
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
]

OUTBOX_WAKE_SECONDS = 5.0
OUTBOX_RECOVER_SECONDS = 60.0


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    sender_limits: SenderLimits | None = None,
    rate_limiter: bool = False,
) -> PolkuApp:
    """Assemble the bot: handlers, typed context, per-person ordering, open/close hooks.

    Args:
        settings: the configuration.
        clock: the time source (tests inject a frozen one).
        sender_limits: outbox limits (tests shorten back-offs).
        rate_limiter: also throttle direct replies with python-telegram-bot's limiter.

    Returns:
        The application; the database, outbox sender and scheduler open in ``post_init``.
    """
    the_clock = clock or SystemClock()
    limits = sender_limits or SenderLimits(max_attempts=settings.outbox_max_attempts)

    async def post_init(app: PolkuApp) -> None:
        core = open_core(
            settings,
            bot_username=settings.telegram_bot_username or app.bot.username,
            clock=the_clock,
        )
        renderer = Renderer(core.translator)
        sender = OutboxSender(
            core.sessions, core.outbox, TelegramTransport(app.bot, renderer), the_clock, limits
        )
        services = Services(core=core, renderer=renderer, sender=sender)
        app.bot_data.open(services)
        await renderer.set_default_menus(app.bot, settings.default_language)
        services.sender_task = asyncio.create_task(sender.run(), name="outbox-sender")
        if app.job_queue is not None:
            # APScheduler only wakes the work: the rows themselves are the schedule.
            app.job_queue.run_repeating(_wake_outbox, OUTBOX_WAKE_SECONDS, name="outbox-wake")
            app.job_queue.run_repeating(
                _recover_outbox, OUTBOX_RECOVER_SECONDS, name="outbox-recover"
            )
        log.info("bot_ready languages=%s", ",".join(core.translator.languages))

    async def post_stop(app: PolkuApp) -> None:
        # Before shutdown closes the bot's HTTP client: the sender finishes its request.
        services = app.bot_data.services
        services.sender.stop()
        task = services.sender_task
        if task is not None and not task.done():
            await asyncio.wait([task], timeout=10)
            if not task.done():
                task.cancel()

    async def post_shutdown(app: PolkuApp) -> None:
        services = app.bot_data.close()
        if services is not None:
            await services.core.close()
        log.info("bot_stopped")

    builder: Any = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_base_file_url)
        .context_types(ContextTypes(context=PolkuContext, bot_data=Runtime))
        .concurrent_updates(PerPersonUpdateProcessor(256))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
    )
    if rate_limiter:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=2))
    app: PolkuApp = builder.build()
    onboarding.register(app)
    language.register(app)
    intake.register(app)
    plan.register(app)
    # Fallbacks last: they match broadly (see bot/telegram/handlers/fallback.py).
    fallback.register(app)
    errors.register(app)
    return app


async def _wake_outbox(context: PolkuContext) -> None:
    context.services.outbox.wake()


async def _recover_outbox(context: PolkuContext) -> None:
    await context.services.sender.recover()


@asynccontextmanager
async def polling(
    app: PolkuApp, *, long_poll: int = 10, poll_interval: float = 0.0
) -> AsyncIterator[PolkuApp]:
    """Run ``app`` with long polling inside an already running event loop.

    The same steps, in the same order, as ``Application.run_polling`` (which owns its loop
    and so cannot be used by the demo, the tests or the benchmark).
    """
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None
    await app.updater.start_polling(
        poll_interval=poll_interval, timeout=long_poll, allowed_updates=ALLOWED_UPDATES
    )
    await app.start()
    try:
        yield app
    finally:
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
