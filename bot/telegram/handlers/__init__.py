"""Thin handlers: parse the update, call the core, render the answer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.people import Sender
from bot.replies import Answer
from bot.telegram.runtime import PolkuContext
from bot.telegram.updates import sender_of


async def answer_with(
    update: Update, context: PolkuContext, call: Callable[[Sender], Awaitable[Answer]]
) -> None:
    """Call the core for the update's sender and show the answer (no sender: nothing)."""
    sender = sender_of(update)
    if sender is not None:
        await context.services.renderer.answer(update, context.bot, await call(sender))


async def answer_button(
    update: Update, context: PolkuContext, call: Callable[[Sender, str], Awaitable[Answer]]
) -> None:
    """Like :func:`answer_with`, for a button press: the core gets its callback data."""
    sender = sender_of(update)
    query = update.callback_query
    if sender is not None and query is not None and query.data is not None:
        answer = await call(sender, query.data)
        await context.services.renderer.answer(update, context.bot, answer)
