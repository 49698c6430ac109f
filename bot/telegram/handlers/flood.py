"""The flood guard in front of every handler (see :mod:`bot.telegram.flood`)."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.replies import Reply
from bot.telegram.flood import Verdict
from bot.telegram.ordering import PerPersonUpdateProcessor
from bot.telegram.runtime import PolkuApp, PolkuContext
from bot.telegram.updates import sender_of

log = logging.getLogger(__name__)

# Runs before every other handler group.
GROUP = -1


async def guard(update: Update, context: PolkuContext) -> None:
    """Let the update through, or answer "please slow down" once, or drop it."""
    sender = sender_of(update)
    if sender is None:
        return
    services = context.services
    processor = context.application.update_processor
    waiting = processor.waiting(update) if isinstance(processor, PerPersonUpdateProcessor) else 1
    verdict = services.flood.admit(sender.telegram_user_id, waiting)
    if verdict is Verdict.HANDLE:
        return
    if verdict is Verdict.WARN:
        log.info("flood_started user=%d", sender.telegram_user_id)
        person = await services.onboarding.person(sender)
        answer = services.onboarding.answer(person, sender, Reply("input-slow-down"))
        await services.renderer.answer(update, context.bot, answer)
    raise ApplicationHandlerStop


def register(app: PolkuApp) -> None:
    """Install the guard in front of every other handler."""
    app.add_handler(TypeHandler(Update, guard), group=GROUP)
