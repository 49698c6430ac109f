"""Plans: ``/learners`` for counsellors, ``/plan`` for learners, and the plan buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.plan.callbacks import PREFIX
from bot.telegram.handlers import answer_button, answer_with
from bot.telegram.runtime import PolkuApp, PolkuContext

PRIVATE = filters.ChatType.PRIVATE


async def learners(update: Update, context: PolkuContext) -> None:
    """``/learners``: a counsellor's learners and their next steps."""
    await answer_with(update, context, context.services.plans.learners)


async def plan(update: Update, context: PolkuContext) -> None:
    """``/plan``: the learner's own plan."""
    await answer_with(update, context, context.services.plans.learner_view)


async def button(update: Update, context: PolkuContext) -> None:
    """A plan button: view, change or complete a step."""
    await answer_button(update, context, context.services.plans.press)


def register(app: PolkuApp) -> None:
    """Add the plan handlers."""
    app.add_handler(CommandHandler("learners", learners, filters=PRIVATE))
    app.add_handler(CommandHandler("plan", plan, filters=PRIVATE))
    app.add_handler(CallbackQueryHandler(button, pattern=f"^{PREFIX}"))
