"""The intake and the learner's own data (``/intake``, ``/profile``, ``/mydata``,
``/forget``), and every dialogue's questions: their buttons, typed answers, ``/cancel``."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.dialogue.engine import CALLBACK
from bot.intake.service import FIX, FORGET
from bot.onboarding import Unexpected
from bot.telegram.handlers import answer_button, answer_with
from bot.telegram.runtime import PolkuApp, PolkuContext
from bot.telegram.updates import clean, sender_of

PRIVATE = filters.ChatType.PRIVATE


async def intake(update: Update, context: PolkuContext) -> None:
    """``/intake``: start the questions (again)."""
    await answer_with(update, context, context.services.intake.begin)


async def cancel(update: Update, context: PolkuContext) -> None:
    """``/cancel``: stop the questions for now."""
    await answer_with(update, context, context.services.conversations.cancel)


async def profile(update: Update, context: PolkuContext) -> None:
    """``/profile``: the kept answers, each with a button to change it."""
    await answer_with(update, context, context.services.intake.profile)


async def mydata(update: Update, context: PolkuContext) -> None:
    """``/mydata``: everything Polku keeps about the learner."""
    await answer_with(update, context, context.services.intake.mydata)


async def forget(update: Update, context: PolkuContext) -> None:
    """``/forget``: ask before erasing."""
    await answer_with(update, context, context.services.intake.forget_ask)


async def button(update: Update, context: PolkuContext) -> None:
    """A button of a question, a correction or the erase confirmation."""
    service = context.services.intake
    data = update.callback_query.data if update.callback_query else None
    if data and data.startswith(FIX):
        await answer_button(update, context, service.fix)
    elif data and data.startswith(FORGET):
        await answer_button(update, context, service.forget)
    else:
        await answer_button(update, context, context.services.conversations.on_button)


async def text(update: Update, context: PolkuContext) -> None:
    """Typed text: an answer to the waiting question, or a pointer to /help."""
    sender = sender_of(update)
    message = update.effective_message
    if sender is None or message is None or message.text is None:
        return
    typed = clean(message.text)
    # Every learner's text is screened first: crisis words interrupt any dialogue.
    answer = await context.services.motivation.screen(sender, typed)
    if answer is not None:
        await context.services.renderer.answer(update, context.bot, answer)
        return
    answer = await context.services.conversations.on_text(sender, typed)
    if answer is None:  # not joined: how to get an invite
        answer = await context.services.onboarding.unexpected(sender, Unexpected.TEXT)
    await context.services.renderer.answer(update, context.bot, answer)


def register(app: PolkuApp) -> None:
    """Add the intake handlers (before the fallbacks, which also take text)."""
    for name, callback in (
        ("intake", intake),
        ("cancel", cancel),
        ("profile", profile),
        ("mydata", mydata),
        ("forget", forget),
    ):
        app.add_handler(CommandHandler(name, callback, filters=PRIVATE))
    app.add_handler(CallbackQueryHandler(button, pattern=f"^({CALLBACK}:|{FIX}|{FORGET})"))
    app.add_handler(
        MessageHandler(filters.TEXT & ~filters.COMMAND & PRIVATE & filters.UpdateType.MESSAGE, text)
    )
