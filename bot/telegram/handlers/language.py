"""``/language`` and the language picker's buttons."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.errors import NotRegistered
from bot.languages import CALLBACK_PREFIX, FIRST
from bot.telegram.runtime import PolkuApp, PolkuContext
from bot.telegram.updates import sender_of


async def language(update: Update, context: PolkuContext) -> None:
    """``/language``: show the picker."""
    sender = sender_of(update)
    if sender is None:
        return
    person = await context.services.onboarding.person(sender)
    if person is None:
        raise NotRegistered()
    answer = context.services.languages.picker(person)
    await context.services.renderer.answer(update, context.bot, answer)


async def suomi(update: Update, context: PolkuContext) -> None:
    """``/suomi``: Finnish practice on or off."""
    sender = sender_of(update)
    if sender is None:
        return
    answer = await context.services.languages.practice(sender)
    await context.services.renderer.answer(update, context.bot, answer)


async def choose(update: Update, context: PolkuContext) -> None:
    """A language button was pressed."""
    sender = sender_of(update)
    query = update.callback_query
    if sender is None or query is None or query.data is None:
        return
    answer = await context.services.languages.choose(sender, query.data)
    # A new learner's first language choice leads straight into the intake: one answer,
    # so that the button press is answered once.
    first = query.data.endswith(FIRST)
    follow = await context.services.intake.begin_if_new(sender) if first else None
    # A question left waiting (say, after an offer to switch, which comes before it) is
    # asked again, in the language now chosen.
    follow = follow or await context.services.conversations.resume_waiting(sender)
    if follow is not None:
        answer = replace(answer, replies=(*answer.replies, *follow.replies))
    await context.services.renderer.answer(update, context.bot, answer)


def register(app: PolkuApp) -> None:
    """Add the language handlers."""
    app.add_handler(CommandHandler("language", language, filters=filters.ChatType.PRIVATE))
    app.add_handler(CommandHandler("suomi", suomi, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(choose, pattern=f"^{CALLBACK_PREFIX}"))
