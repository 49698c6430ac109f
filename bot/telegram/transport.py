"""Delivers outbox items with the Bot API, mapping its errors onto the outbox's.

Telegram has no idempotency key, so what matters about a failure is whether the message
may have been delivered. Only failures that happened before the request could reach
Telegram, or answers in which Telegram says it did nothing, are safe to retry; every
other failure during the request leaves the row in doubt.
"""

from __future__ import annotations

from datetime import timedelta
from http import HTTPStatus
from typing import Any

import httpx
from telegram import Bot, InputFile
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot import outbox
from bot.replies import Reply
from bot.telegram.render import Renderer, send_html
from store.outbox import OutboxItem

# httpx errors raised before any byte of the request left: sending again is safe.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)

# Server errors after which the message may still have been delivered: a gateway that
# gave up waiting (502, 504) or failed itself (500) may have passed the request on.
# 503 says the service took nothing in.
_MAYBE_DELIVERED = frozenset(
    {HTTPStatus.INTERNAL_SERVER_ERROR, HTTPStatus.BAD_GATEWAY, HTTPStatus.GATEWAY_TIMEOUT}
)


class ServerError(NetworkError):
    """An HTTP 5xx answer, with its status code (python-telegram-bot keeps only a text)."""

    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


class StatusAwareRequest(HTTPXRequest):
    """``HTTPXRequest`` that raises :class:`ServerError` for 5xx answers."""

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """Send the request; a 5xx answer becomes a :class:`ServerError`."""
        code, payload = await super().do_request(*args, **kwargs)
        if code >= HTTPStatus.INTERNAL_SERVER_ERROR:
            raise ServerError(code)
        return code, payload


class TelegramTransport:
    """The outbox's transport over python-telegram-bot."""

    def __init__(
        self,
        bot: Bot,
        renderer: Renderer,
        attachments: outbox.Attachments | None = None,
        *,
        paid_broadcast: bool = False,
    ) -> None:
        self._bot = bot
        self._renderer = renderer
        self._attachments = attachments
        # Telegram's paid broadcasts (POLKU_PAID_BROADCAST): campaign messages only.
        self._paid_broadcast = paid_broadcast

    async def deliver(self, item: OutboxItem) -> int:
        """Send ``item``; raise one of :mod:`bot.outbox`'s delivery errors on failure."""
        language = str(item.payload.get("language", "en"))
        time_zone = str(item.payload.get("time_zone", "Europe/Helsinki"))
        try:
            reply = Reply.from_json(item.payload["reply"])
            text = self._renderer.text(reply, language, time_zone)
            markup = self._renderer.markup(reply, language, time_zone)
            spec = item.payload.get("document")
            attachment = None
            if spec is not None:
                if self._attachments is None:
                    raise LookupError("no attachments")
                attachment = await self._attachments.attachment(spec)
                if attachment is None:
                    raise LookupError("attachment gone")
        except Exception as exc:
            # Nothing was sent; trying again would render the same way.
            raise outbox.Rejected(f"cannot render: {type(exc).__name__}") from exc
        try:
            if attachment is not None:
                message = await self._bot.send_document(
                    item.chat_id,
                    InputFile(attachment.content, filename=attachment.filename),
                    caption=text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                )
                message_id = message.message_id
            else:
                message_id = await send_html(
                    self._bot,
                    item.chat_id,
                    text,
                    reply_markup=markup,
                    allow_paid_broadcast=(self._paid_broadcast and item.kind == "campaign") or None,
                )
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
        except ServerError as exc:
            if exc.status in _MAYBE_DELIVERED:
                raise outbox.Ambiguous(exc.message) from exc
            raise outbox.Transient(exc.message) from exc
        except (TimedOut, NetworkError) as exc:
            if isinstance(exc.__cause__, _NOT_SENT):
                raise outbox.Transient(exc.message) from exc
            raise outbox.Ambiguous(f"{type(exc.__cause__).__name__}: {exc.message}") from exc
        return message_id
