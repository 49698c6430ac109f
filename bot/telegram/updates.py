"""Plain values from Telegram updates, for the core."""

from __future__ import annotations

from telegram import Update

from bot.people import Sender


def clean(text: str) -> str:
    """``text`` as every database takes it: no NUL characters, no lone surrogates.

    Telegram passes on what a client sends; PostgreSQL refuses NUL in text, and a lone
    surrogate cannot be encoded as UTF-8 at all.
    """
    text = text.replace("\x00", "")
    return text.encode("utf-8", "replace").decode("utf-8")


def sender_of(update: Update) -> Sender | None:
    """The update's author as a :class:`Sender`, or None for updates without a person."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or user.is_bot:
        return None
    return Sender(
        telegram_user_id=user.id,
        chat_id=chat.id,
        first_name=clean(user.first_name),
        language_code=user.language_code,
        update_id=update.update_id,
    )
