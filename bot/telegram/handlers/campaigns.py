"""Campaigns: ``/campaign`` for coordinators, and the buttons under campaign messages."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.campaigns.messages import PREFIX, STAFF_PREFIX
from bot.telegram.handlers import answer_button, answer_with
from bot.telegram.runtime import PolkuApp, PolkuContext

PRIVATE = filters.ChatType.PRIVATE


async def campaign(update: Update, context: PolkuContext) -> None:
    """``/campaign``: a coordinator's campaigns, with preview, send and cancel buttons."""
    await answer_with(update, context, context.services.campaigns.command)


async def staff_button(update: Update, context: PolkuContext) -> None:
    """A coordinator's campaign button: show, send, confirm or cancel."""
    await answer_button(update, context, context.services.campaigns.press)


async def learner_button(update: Update, context: PolkuContext) -> None:
    """A learner's button under a campaign message: an answer, or mute."""
    await answer_button(update, context, context.services.campaigns.learner_press)


def register(app: PolkuApp) -> None:
    """Add the campaign handlers."""
    app.add_handler(CommandHandler("campaign", campaign, filters=PRIVATE))
    app.add_handler(CallbackQueryHandler(staff_button, pattern=f"^{STAFF_PREFIX}"))
    app.add_handler(CallbackQueryHandler(learner_button, pattern=f"^{PREFIX}"))
