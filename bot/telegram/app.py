"""The composition root: ``build_application(settings)`` assembles everything."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from telegram import Bot, Update
from telegram.ext import ApplicationBuilder, ContextTypes

from bot.clock import Clock, SystemClock
from bot.core import Core, open_core
from bot.leadership import Leadership
from bot.outbox import OutboxSender, SenderLimits
from bot.retention import Retention
from bot.settings import Settings
from bot.telegram.handlers import (
    appointments,
    campaigns,
    errors,
    fallback,
    flood,
    intake,
    language,
    motivation,
    onboarding,
    plan,
)
from bot.telegram.inbox import DurableUpdateQueue, Inbox, InboxBot, InboxLimits
from bot.telegram.limiter import PerChatRateLimiter
from bot.telegram.ordering import PerPersonUpdateProcessor
from bot.telegram.render import Renderer
from bot.telegram.request import AiohttpRequest, UpdatesRequest
from bot.telegram.runtime import PolkuApp, PolkuContext, Runtime, Services
from bot.telegram.transport import StatusAwareRequest, TelegramTransport
from store.db import is_sqlite

log = logging.getLogger(__name__)

# Every update type Polku handles; anything else is not even fetched.
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
]

OUTBOX_WAKE_SECONDS = 5.0
# Also how soon a dead process's claimed rows go back to the queue after their lease.
OUTBOX_RECOVER_SECONDS = 5.0
INBOX_PURGE_SECONDS = 3600.0
RETENTION_SECONDS = 24 * 3600.0
CAMPAIGN_SECONDS = 5.0


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    sender_limits: SenderLimits | None = None,
    inbox_limits: InboxLimits | None = None,
    rate_limiter: bool = False,
    webhook: bool = False,
) -> PolkuApp:
    """Assemble the bot: handlers, typed context, per-person ordering, open/close hooks.

    Args:
        settings: the configuration.
        clock: the time source (tests inject a frozen one).
        sender_limits: outbox limits (tests shorten back-offs).
        inbox_limits: inbox leases and replays (tests shorten them).
        rate_limiter: also pace direct replies (30/s overall; a 429 holds only its chat).
        webhook: updates come by webhook, maybe to several processes; with long polling
            this is the only receiving process, so at start it replays every update that
            was stored but never handled.

    Returns:
        The application; the database, outbox sender and scheduler open in ``post_init``.
    """
    the_clock = clock or SystemClock()
    limits = sender_limits or SenderLimits.for_rate(
        settings.bulk_rate, max_attempts=settings.outbox_max_attempts
    )
    inbox = Inbox(
        inbox_limits or InboxLimits(lease=timedelta(seconds=settings.inbox_lease)),
        # Webhook workers on one PostgreSQL: one person's updates may reach several.
        shared=webhook and not is_sqlite(settings.database_url),
    )
    queue = DurableUpdateQueue(inbox)

    async def post_init(app: PolkuApp) -> None:
        core = open_core(
            settings,
            bot_username=settings.telegram_bot_username or app.bot.username,
            clock=the_clock,
        )
        inbox.open(core.sessions, the_clock)
        renderer = Renderer(core.translator, core.conversations.question_sent)
        # The outbox paces itself and marks a row "sending" right before its request, so
        # it has a Bot of its own: python-telegram-bot's rate limiter would wait (and
        # retry after a 429) inside that request, widening the window of doubt.
        outbox_bot = Bot(
            settings.token,
            base_url=settings.telegram_api_base_url,
            base_file_url=settings.telegram_api_base_file_url,
            request=StatusAwareRequest(connection_pool_size=16),
        )
        await outbox_bot.initialize()

        def new_sender() -> OutboxSender:
            return OutboxSender(
                core.sessions,
                core.outbox,
                TelegramTransport(
                    outbox_bot,
                    renderer,
                    core.appointments,
                    paid_broadcast=settings.paid_broadcast,
                ),
                the_clock,
                limits,
                quiet_hours=settings.quiet_window,
            )

        services = Services(
            core=core, renderer=renderer, sender=new_sender(), inbox=inbox, outbox_bot=outbox_bot
        )
        app.bot_data.open(services)
        # Before any new update is fetched: what a crash left unhandled goes first.
        await queue.replay(await inbox.orphans(app.bot, everything=not webhook))
        await renderer.set_default_menus(app.bot, settings.default_language)

        async def lead() -> None:
            if services.sender_task is not None:
                services.sender = new_sender()  # a stopped sender does not start again
            services.sender_task = asyncio.create_task(services.sender.run(), name="outbox-sender")
            if app.job_queue is not None:
                _schedule_leader_jobs(app, core, settings)

        async def follow() -> None:
            if app.job_queue is not None:
                for job in app.job_queue.jobs():
                    if job.name in LEADER_JOBS:
                        job.schedule_removal()
            services.sender.stop()
            task = services.sender_task
            if task is not None and not task.done():
                await asyncio.wait([task], timeout=10)
                if not task.done():
                    task.cancel()

        if app.job_queue is not None:
            # Every worker: keeps the updates it holds and takes over a dead worker's.
            app.job_queue.run_repeating(
                _sweep_inbox, inbox.limits.sweep_seconds, data=queue, name="inbox-sweep"
            )
        # The sender and the scheduled jobs run in one worker (see bot/leadership.py).
        services.leadership = Leadership(core.engine, lead, follow)
        await services.leadership.start()
        log.info("bot_ready languages=%s", ",".join(core.translator.languages))

    async def post_stop(app: PolkuApp) -> None:
        # Before shutdown closes the bot's HTTP client: the sender finishes its request.
        services = app.bot_data.services
        await services.inbox.flush()
        if services.leadership is not None:
            await services.leadership.stop()

    async def post_shutdown(app: PolkuApp) -> None:
        services = app.bot_data.close()
        if services is not None:
            await services.outbox_bot.shutdown()
            await services.core.close()
        log.info("bot_stopped")

    bot = InboxBot(
        inbox,
        token=settings.token,
        base_url=settings.telegram_api_base_url,
        base_file_url=settings.telegram_api_base_file_url,
        # Sized as ApplicationBuilder would make them (many replies at once, one long poll),
        # over aiohttp rather than httpx: the cheaper request per reply (bot/telegram/request.py).
        request=AiohttpRequest(connection_pool_size=256),
        get_updates_request=UpdatesRequest(connection_pool_size=1),
        rate_limiter=PerChatRateLimiter(max_retries=2) if rate_limiter else None,
    )
    builder: Any = (
        ApplicationBuilder()
        .bot(bot)
        .context_types(ContextTypes(context=PolkuContext, bot_data=Runtime))
        .update_queue(queue)
        .concurrent_updates(PerPersonUpdateProcessor(256, inbox=inbox))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
    )
    app: PolkuApp = builder.build()
    # First: a person flooding the bot is slowed down before any other handler runs.
    flood.register(app)
    onboarding.register(app)
    language.register(app)
    intake.register(app)
    plan.register(app)
    appointments.register(app)
    campaigns.register(app)
    motivation.register(app)
    # Fallbacks last: they match broadly (see bot/telegram/handlers/fallback.py).
    fallback.register(app)
    errors.register(app)
    return app


# The jobs only the leading worker runs (the sender runs there too).
LEADER_JOBS = frozenset(
    {
        "outbox-wake",
        "outbox-recover",
        "inbox-purge",
        "campaigns",
        "retention",
        *motivation.JOB_NAMES,
    }
)


def _schedule_leader_jobs(app: PolkuApp, core: Core, settings: Settings) -> None:
    assert app.job_queue is not None
    # APScheduler only wakes the work: the rows themselves are the schedule.
    app.job_queue.run_repeating(_wake_outbox, OUTBOX_WAKE_SECONDS, name="outbox-wake")
    app.job_queue.run_repeating(_recover_outbox, OUTBOX_RECOVER_SECONDS, name="outbox-recover")
    app.job_queue.run_repeating(_purge_inbox, INBOX_PURGE_SECONDS, name="inbox-purge")
    # Plans due campaign occurrences (in batches, idempotently) and reports on
    # finished sends; the campaign rows are the schedule, the job only wakes them.
    app.job_queue.run_repeating(_run_campaigns, CAMPAIGN_SECONDS, name="campaigns")
    retention = Retention(core.sessions, core.clock, timedelta(days=settings.retention_days))
    app.job_queue.run_repeating(
        _purge_old_data, RETENTION_SECONDS, data=retention, name="retention"
    )
    motivation.schedule(app)


async def _wake_outbox(context: PolkuContext) -> None:
    context.services.outbox.wake()


async def _run_campaigns(context: PolkuContext) -> None:
    await context.services.core.campaigns.run_due()


async def _recover_outbox(context: PolkuContext) -> None:
    await context.services.sender.recover()


async def _sweep_inbox(context: PolkuContext) -> None:
    # Updates whose receiving process died (another webhook worker) after storing them.
    queue = context.job.data if context.job else None
    if isinstance(queue, DurableUpdateQueue):
        inbox = context.services.inbox
        # First keep what this process still holds, so that no other process takes it.
        await inbox.renew()
        await queue.replay(await inbox.orphans(context.bot, everything=False))


async def _purge_inbox(context: PolkuContext) -> None:
    purged = await context.services.inbox.purge()
    if purged:
        log.info("inbox_purged count=%d", purged)


async def _purge_old_data(context: PolkuContext) -> None:
    # Daily: payloads of old finished messages, abandoned dialogues (bot/retention.py).
    retention = context.job.data if context.job else None
    if isinstance(retention, Retention):
        await retention.purge()


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
