"""Delivers outbox items with the Bot API, mapping its errors onto the outbox's."""

from __future__ import annotations

from datetime import timedelta

import httpx
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot import outbox
from bot.replies import Reply
from bot.telegram.render import Renderer
from store.outbox import OutboxItem

# httpx errors raised after the whole request may have reached Telegram: the message may
# have been delivered. Any other failure happened before that, and sending again is safe.
_MAYBE_SENT = (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError)


class TelegramTransport:
    """The outbox's transport over python-telegram-bot."""

    def __init__(self, bot: Bot, renderer: Renderer) -> None:
        self._bot = bot
        self._renderer = renderer

    async def deliver(self, item: OutboxItem) -> int:
        """Send ``item``; raise one of :mod:`bot.outbox`'s delivery errors on failure."""
        reply = Reply.from_json(item.payload["reply"])
        language = str(item.payload.get("language", "en"))
        time_zone = str(item.payload.get("time_zone", "Europe/Helsinki"))
        try:
            return await self._renderer.send(self._bot, item.chat_id, reply, language, time_zone)
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            raise outbox.RetryAfter(seconds) from exc
        except Forbidden as exc:
            raise outbox.Unreachable(exc.message) from exc
        except BadRequest as exc:
            if "chat not found" in exc.message.lower():
                raise outbox.Unreachable(exc.message) from exc
            raise outbox.Rejected(exc.message) from exc
        except (TimedOut, NetworkError) as exc:
            cause = exc.__cause__
            if isinstance(cause, _MAYBE_SENT):
                raise outbox.Ambiguous(f"{type(cause).__name__}: {exc.message}") from exc
            # No cause: Telegram answered with a server error, so nothing was sent.
            raise outbox.Transient(exc.message) from exc
