"""The replies' lane: Telegram's overall limit for everyone, a 429 held by its own chat.

python-telegram-bot's ``AIORateLimiter`` pauses every request when any chat gets a 429,
so one person writing very fast slowed everyone's replies (p50 from 8 ms to 210 ms, some
over 20 s). Here a 429 makes only that chat wait; the others go on within the overall
30 messages per second. The outbox has its own pacing and does not come through here.

Without the overall cap (tried 2026-12-02: replies "at once"), live replies during a
10,000-learner campaign got slower, not faster: p99 103-206 ms against 26-42 ms with it
(``python -m tests.bench.campaign_live``, SQLite, 4 runs each way; a cap of 1,000/s that
never binds behaved like none). Why is not understood yet; the cap stays. Several webhook
workers each keep their own 30/s, so together they may exceed Telegram's limit for the
bot; a 429 then holds only the chat it was for.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

JSONDict = dict[str, Any]
Result = bool | JSONDict | list[JSONDict]


class PerChatRateLimiter(BaseRateLimiter[int]):
    """At most ``per_second`` messages overall (None: no cap); a flood wait holds only its
    chat.

    Args:
        per_second: Telegram's overall limit for a bot's messages (None: no cap).
        max_retries: how often a request refused with a 429 is tried again (after the
            wait Telegram asked for); ``rate_limit_args`` of a call overrides it.
    """

    def __init__(self, per_second: float | None = 30.0, max_retries: int = 2) -> None:
        self._overall = AsyncLimiter(per_second, 1.0) if per_second is not None else None
        self._max_retries = max_retries
        self._chat_free_at: dict[int | str, float] = {}

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        """Send the request within the limits; retry a 429 after its chat's wait."""
        chat_id = data.get("chat_id")
        retries = self._max_retries if rate_limit_args is None else rate_limit_args
        for attempt in range(retries + 1):
            if chat_id is not None:
                await self._chat_turn(chat_id)
            try:
                if chat_id is None or self._overall is None:
                    return await callback(*args, **kwargs)
                async with self._overall:
                    return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == retries or chat_id is None:
                    raise
                wait = exc.retry_after
                seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
                self._chat_free_at[chat_id] = time.monotonic() + seconds + 0.1
                log.info("reply_flood_wait endpoint=%s seconds=%.1f", endpoint, seconds)
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    async def _chat_turn(self, chat_id: int | str) -> None:
        free_at = self._chat_free_at.get(chat_id)
        if free_at is None:
            return
        wait = free_at - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        if self._chat_free_at.get(chat_id, 0.0) <= time.monotonic():
            self._chat_free_at.pop(chat_id, None)
