"""The one error handler: log first, then reply in the person's language."""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import Update
from telegram.error import Forbidden, NetworkError

from bot.errors import PolkuError
from bot.replies import Reply
from bot.telegram.runtime import PolkuApp, PolkuContext
from bot.telegram.updates import sender_of

log = logging.getLogger(__name__)


async def on_error(update: object, context: PolkuContext) -> None:
    """Log the failure with context (ids only), then tell the person, kindly."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    sender = sender_of(update) if isinstance(update, Update) else None
    user = sender.telegram_user_id if sender else None
    if isinstance(error, PolkuError):
        log.info(
            "domain_error type=%s update=%s user=%s fields=%s",
            type(error).__name__,
            update_id,
            user,
            error.fields,
        )
        key = error.key
    elif isinstance(error, Forbidden):
        log.info("reply_forbidden update=%s user=%s", update_id, user)
        return
    else:
        log.error(
            "update_failed update=%s user=%s error=%s",
            update_id,
            user,
            type(error).__name__,
            exc_info=error,
        )
        key = "error-generic"
    if sender is None or not isinstance(update, Update):
        return
    services = context.services
    try:
        person = await services.onboarding.person(sender)
    except Exception:
        # The store itself may be what failed: answer in the app's language instead.
        log.warning("error_reply_without_person update=%s", update_id)
        person = None
    try:
        if update.callback_query is not None:
            # A failed button press gets a brief note on the button, not a new message.
            answer = replace(services.onboarding.answer(person, sender), toast=key)
        else:
            answer = services.onboarding.answer(person, sender, Reply(key))
        await services.renderer.answer(update, context.bot, answer)
    except (NetworkError, PolkuError) as exc:
        log.warning("error_reply_failed update=%s error=%s", update_id, type(exc).__name__)
    except Exception:
        log.exception("error_reply_failed update=%s", update_id)


def register(app: PolkuApp) -> None:
    """Install the error handler."""
    app.add_error_handler(on_error)
