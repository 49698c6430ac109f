"""The intake and the learner's own data: ``/intake``, ``/cancel``, ``/profile``, ``/mydata``,
``/forget``, the questions' buttons, and typed answers."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.dialogue.engine import CALLBACK
from bot.intake.service import FIX, FORGET
from bot.onboarding import Unexpected
from bot.telegram.runtime import PolkuApp, PolkuContext
from bot.telegram.updates import sender_of

PRIVATE = filters.ChatType.PRIVATE


async def intake(update: Update, context: PolkuContext) -> None:
    """``/intake``: start the questions (again)."""
    if sender := sender_of(update):
        answer = await context.services.intake.begin(sender)
        await context.services.renderer.answer(update, context.bot, answer)


async def cancel(update: Update, context: PolkuContext) -> None:
    """``/cancel``: stop the questions for now."""
    if sender := sender_of(update):
        answer = await context.services.intake.cancel(sender)
        await context.services.renderer.answer(update, context.bot, answer)


async def profile(update: Update, context: PolkuContext) -> None:
    """``/profile``: the kept answers, each with a button to change it."""
    if sender := sender_of(update):
        answer = await context.services.intake.profile(sender)
        await context.services.renderer.answer(update, context.bot, answer)


async def mydata(update: Update, context: PolkuContext) -> None:
    """``/mydata``: everything Polku keeps about the learner."""
    if sender := sender_of(update):
        answer = await context.services.intake.mydata(sender)
        await context.services.renderer.answer(update, context.bot, answer)


async def forget(update: Update, context: PolkuContext) -> None:
    """``/forget``: ask before erasing."""
    if sender := sender_of(update):
        answer = await context.services.intake.forget_ask(sender)
        await context.services.renderer.answer(update, context.bot, answer)


async def button(update: Update, context: PolkuContext) -> None:
    """A button of a question, a correction or the erase confirmation."""
    sender = sender_of(update)
    query = update.callback_query
    if sender is None or query is None or query.data is None:
        return
    service = context.services.intake
    if query.data.startswith(FIX):
        answer = await service.fix(sender, query.data)
    elif query.data.startswith(FORGET):
        answer = await service.forget(sender, query.data)
    else:
        answer = await service.on_button(sender, query.data)
    await context.services.renderer.answer(update, context.bot, answer)


async def text(update: Update, context: PolkuContext) -> None:
    """Typed text: an answer to the waiting question, or a pointer to /help."""
    sender = sender_of(update)
    message = update.effective_message
    if sender is None or message is None or message.text is None:
        return
    answer = await context.services.intake.on_text(sender, message.text)
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
