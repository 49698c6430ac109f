"""Updates from one person in order; different people concurrently; each marked handled."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.telegram.inbox import Inbox, sender_key

log = logging.getLogger(__name__)

# The kinds of update Polku asks for (bot.telegram.app.ALLOWED_UPDATES), for the log line.
_KINDS = (Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER)

# How many updates may wait in this process (for their person's turn or a slot).
WAITING_UPDATES_MAX = 1_000_000


class PerPersonUpdateProcessor(BaseUpdateProcessor):
    """Runs updates concurrently, but one at a time per Telegram user (or chat).

    asyncio locks are fair, and python-telegram-bot starts update tasks in arrival order,
    so one person's updates are handled in the order Telegram delivered them. When an
    update has been handled (its replies sent), the inbox marks it done.
    """

    def __init__(self, max_concurrent_updates: int = 256, inbox: Inbox | None = None) -> None:
        # The base class takes its concurrency slot before the person's turn, so a person
        # with a backlog would hold slots while waiting; its limit is lifted here, and the
        # slots are taken in do_process_update, after the turn.
        super().__init__(WAITING_UPDATES_MAX)
        self._inbox = inbox
        self._locks: dict[int, asyncio.Lock] = {}
        self._holders: dict[int, int] = {}
        self._slots = asyncio.BoundedSemaphore(max_concurrent_updates)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Await ``coroutine`` while holding the lock of the update's person and a slot."""
        key = sender_key(update) if isinstance(update, Update) else None
        if key is None:
            async with self._slots:
                started = time.perf_counter()
                await coroutine
            self._handled(update, key, started)
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._holders[key] = self._holders.get(key, 0) + 1
        try:
            if self._inbox is not None and isinstance(update, Update):
                # Before the lock: an earlier update replayed here must be able to go first.
                await self._inbox.wait_for_turn(update)
            async with lock:
                async with self._slots:
                    started = time.perf_counter()
                    await coroutine
                self._handled(update, key, started)
        finally:
            # Forget idle people so the table does not grow with every user ever seen.
            self._holders[key] -= 1
            if self._holders[key] == 0:
                del self._holders[key]
                del self._locks[key]

    def waiting(self, update: Update) -> int:
        """How many updates of ``update``'s person are waiting or being handled here."""
        key = sender_key(update)
        return self._holders.get(key, 0) if key is not None else 0

    def _handled(self, update: object, key: int | None, started: float) -> None:
        if not isinstance(update, Update):
            return
        if self._inbox is not None:
            self._inbox.handled(update)
        if log.isEnabledFor(logging.DEBUG):
            # Ids, the update's kind and the time only: never what the person wrote.
            kind = next((k for k in _KINDS if getattr(update, k, None) is not None), "other")
            log.debug(
                "update_handled update=%d user=%s kind=%s ms=%.1f",
                update.update_id,
                key,
                kind,
                (time.perf_counter() - started) * 1000,
            )

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""
