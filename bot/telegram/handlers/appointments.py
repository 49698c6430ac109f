"""Meetings: ``/book`` and ``/appointments``, and the appointment buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.appointments.availability import PREFIX as AV_PREFIX
from bot.appointments.callbacks import PREFIX
from bot.telegram.handlers import answer_button, answer_with
from bot.telegram.runtime import PolkuApp, PolkuContext

PRIVATE = filters.ChatType.PRIVATE


async def book(update: Update, context: PolkuContext) -> None:
    """``/book``: a learner chooses a day and a time for a meeting."""
    await answer_with(update, context, context.services.meetings.book)


async def appointments(update: Update, context: PolkuContext) -> None:
    """``/appointments``: upcoming meetings, to move or cancel."""
    await answer_with(update, context, context.services.meetings.listing)


async def button(update: Update, context: PolkuContext) -> None:
    """An appointment button: a day, a time, a confirmation, a cancellation, an answer."""
    await answer_button(update, context, context.services.meetings.press)


async def availability(update: Update, context: PolkuContext) -> None:
    """``/availability``: a counsellor's hours for meetings."""
    await answer_with(update, context, context.services.availability.show)


async def availability_button(update: Update, context: PolkuContext) -> None:
    """An availability button: the view, a dialogue to start, a row to remove."""
    await answer_button(update, context, context.services.availability.press)


def register(app: PolkuApp) -> None:
    """Add the appointment handlers."""
    app.add_handler(CommandHandler("book", book, filters=PRIVATE))
    app.add_handler(CommandHandler("appointments", appointments, filters=PRIVATE))
    app.add_handler(CallbackQueryHandler(button, pattern=f"^{PREFIX}"))
    app.add_handler(CommandHandler("availability", availability, filters=PRIVATE))
    app.add_handler(CallbackQueryHandler(availability_button, pattern=f"^{AV_PREFIX}"))
