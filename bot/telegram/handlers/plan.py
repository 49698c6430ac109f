"""Plans: ``/learners`` for counsellors, ``/plan`` for learners, and the plan buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.plan.service import PREFIX
from bot.telegram.runtime import PolkuApp, PolkuContext
from bot.telegram.updates import sender_of

PRIVATE = filters.ChatType.PRIVATE


async def learners(update: Update, context: PolkuContext) -> None:
    """``/learners``: a counsellor's learners and their next steps."""
    if sender := sender_of(update):
        answer = await context.services.plans.learners(sender)
        await context.services.renderer.answer(update, context.bot, answer)


async def plan(update: Update, context: PolkuContext) -> None:
    """``/plan``: the learner's own plan."""
    if sender := sender_of(update):
        answer = await context.services.plans.learner_view(sender)
        await context.services.renderer.answer(update, context.bot, answer)


async def button(update: Update, context: PolkuContext) -> None:
    """A plan button: view, change or complete a step."""
    sender = sender_of(update)
    query = update.callback_query
    if sender is None or query is None or query.data is None:
        return
    answer = await context.services.plans.press(sender, query.data)
    await context.services.renderer.answer(update, context.bot, answer)


def register(app: PolkuApp) -> None:
    """Add the plan handlers."""
    app.add_handler(CommandHandler("learners", learners, filters=PRIVATE))
    app.add_handler(CommandHandler("plan", plan, filters=PRIVATE))
    app.add_handler(CallbackQueryHandler(button, pattern=f"^{PREFIX}"))
