"""``/start``, ``/help``, ``/invite`` and a coordinator's ``/staff``."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.errors import StaleButton
from bot.staff import PREFIX as STAFF_PREFIX
from bot.telegram.handlers import answer_button, answer_with
from bot.telegram.runtime import PolkuApp, PolkuContext
from bot.telegram.updates import sender_of
from store.models import Role

PRIVATE = filters.ChatType.PRIVATE


async def start(update: Update, context: PolkuContext) -> None:
    """``/start [code]``: join with an invite, or learn how to get one."""
    sender = sender_of(update)
    if sender is None:
        return
    code = context.args[0] if context.args else None
    answer = await context.services.onboarding.start(sender, code)
    await context.services.renderer.answer(update, context.bot, answer)
    # Someone coming back in the middle of a dialogue finds the open question again.
    if follow := await context.services.conversations.resume_waiting(sender):
        await context.services.renderer.answer(update, context.bot, follow)


async def help_command(update: Update, context: PolkuContext) -> None:
    """``/help``: what the person can do, for their role."""
    await answer_with(update, context, context.services.onboarding.help)


async def invite(update: Update, context: PolkuContext) -> None:
    """``/invite``: staff create an invite link."""
    await answer_with(update, context, context.services.onboarding.invite_menu)


async def invite_role(update: Update, context: PolkuContext) -> None:
    """A coordinator chose which role to invite."""
    sender = sender_of(update)
    query = update.callback_query
    if sender is None or query is None or query.data is None:
        return
    try:
        role = Role(query.data.removeprefix("inv:"))
    except ValueError:
        raise StaleButton(data=query.data[:20]) from None
    answer = await context.services.onboarding.invite_from_telegram(sender, role)
    await context.services.renderer.answer(update, context.bot, answer)


async def staff(update: Update, context: PolkuContext) -> None:
    """``/staff``: a coordinator's list of staff (deactivate, activate) and backups."""
    await answer_with(update, context, context.services.onboarding.staff.listing)


async def staff_button(update: Update, context: PolkuContext) -> None:
    """A staff button: access, backup counsellors, moving learners (see bot/staff.py)."""
    await answer_button(update, context, context.services.onboarding.staff.press)


def register(app: PolkuApp) -> None:
    """Add the onboarding handlers."""
    app.add_handler(CommandHandler("start", start, filters=PRIVATE))
    app.add_handler(CommandHandler("help", help_command, filters=PRIVATE))
    app.add_handler(CommandHandler("invite", invite, filters=PRIVATE))
    app.add_handler(CallbackQueryHandler(invite_role, pattern=r"^inv:"))
    app.add_handler(CommandHandler("staff", staff, filters=PRIVATE))
    app.add_handler(CallbackQueryHandler(staff_button, pattern=f"^{STAFF_PREFIX}"))
