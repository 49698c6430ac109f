"""Everything no feature handler took: each gets a short answer or is ignored on purpose.

Register last: python-telegram-bot tries handlers of a group in order, and these match
broadly.
"""

from __future__ import annotations

from telegram import ChatMember, Update
from telegram.constants import MessageLimit
from telegram.ext import (
    CallbackQueryHandler,
    ChatMemberHandler,
    MessageHandler,
    filters,
)

from bot.errors import StaleButton
from bot.onboarding import Unexpected
from bot.telegram.runtime import PolkuApp, PolkuContext
from bot.telegram.updates import sender_of

PRIVATE = filters.ChatType.PRIVATE
MEDIA = (
    filters.Sticker.ALL
    | filters.PHOTO
    | filters.VOICE
    | filters.AUDIO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.ANIMATION
    | filters.Document.ALL
    | filters.POLL
    | filters.Dice.ALL
    | filters.GAME
)
PRIVATE_DATA = filters.LOCATION | filters.VENUE | filters.CONTACT


async def _answer(update: Update, context: PolkuContext, kind: Unexpected) -> None:
    sender = sender_of(update)
    if sender is None:
        return
    answer = await context.services.onboarding.unexpected(sender, kind)
    await context.services.renderer.answer(update, context.bot, answer)


async def text(update: Update, context: PolkuContext) -> None:
    """Free text with nothing waiting for it."""
    message = update.effective_message
    too_long = message is not None and len(message.text or "") > MessageLimit.MAX_TEXT_LENGTH
    await _answer(update, context, Unexpected.LONG_TEXT if too_long else Unexpected.TEXT)


async def unknown_command(update: Update, context: PolkuContext) -> None:
    """A command Polku does not have."""
    await _answer(update, context, Unexpected.UNKNOWN_COMMAND)


async def media(update: Update, context: PolkuContext) -> None:
    """Stickers, photos, voice and other media: Polku reads text only."""
    await _answer(update, context, Unexpected.MEDIA)


async def private_data(update: Update, context: PolkuContext) -> None:
    """A location or contact: Polku does not need it and does not keep it."""
    await _answer(update, context, Unexpected.PRIVATE_DATA)


async def edited(update: Update, context: PolkuContext) -> None:
    """An edited message: the earlier version was already handled."""
    await _answer(update, context, Unexpected.EDITED)


async def other_message(update: Update, context: PolkuContext) -> None:
    """Any other message type (a new kind from Telegram, say): treat like media."""
    await _answer(update, context, Unexpected.MEDIA)


async def stale_button(update: Update, context: PolkuContext) -> None:
    """A button whose data no handler knows: old, from a removed feature, or forged."""
    query = update.callback_query
    raise StaleButton(data=(query.data or "")[:20] if query else "")


async def membership(update: Update, context: PolkuContext) -> None:
    """The person blocked or unblocked the bot."""
    sender = sender_of(update)
    change = update.my_chat_member
    if sender is None or change is None:
        return
    reachable = change.new_chat_member.status not in (ChatMember.BANNED, ChatMember.LEFT)
    await context.services.onboarding.set_reachable(sender, reachable)


def register(app: PolkuApp) -> None:
    """Add the fallbacks; call after every feature's ``register``."""
    app.add_handler(MessageHandler(filters.UpdateType.EDITED & PRIVATE, edited))
    app.add_handler(MessageHandler(filters.COMMAND & PRIVATE, unknown_command))
    app.add_handler(MessageHandler(filters.TEXT & PRIVATE, text))
    app.add_handler(MessageHandler(MEDIA & PRIVATE, media))
    app.add_handler(MessageHandler(PRIVATE_DATA & PRIVATE, private_data))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & PRIVATE, other_message))
    app.add_handler(CallbackQueryHandler(stale_button))
    app.add_handler(ChatMemberHandler(membership, ChatMemberHandler.MY_CHAT_MEMBER))
    # Groups, channels and other update types are ignored on purpose: Polku is a
    # one-to-one assistant and keeps nothing from elsewhere.
