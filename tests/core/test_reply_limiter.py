"""The replies' lane: 30 replies a second overall; a 429 holds only the chat it was for."""

from __future__ import annotations

import time
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.telegram.limiter import PerChatRateLimiter


class Telegram:
    """Answers requests; refuses the first ones for ``flooded`` chats with a 429."""

    def __init__(self, flooded: dict[int, int] | None = None) -> None:
        self.flooded = dict(flooded or {})
        self.sent: list[tuple[int, float]] = []

    async def send(self, chat_id: int) -> dict[str, Any]:
        if self.flooded.get(chat_id, 0) > 0:
            self.flooded[chat_id] -= 1
            raise RetryAfter(1)
        self.sent.append((chat_id, time.monotonic()))
        return {"ok": True}


async def request(limiter: PerChatRateLimiter, telegram: Telegram, chat_id: int) -> object:
    return await limiter.process_request(
        telegram.send, (chat_id,), {}, "sendMessage", {"chat_id": chat_id}, None
    )


async def test_replies_are_paced_at_thirty_a_second_unless_the_cap_is_off():
    limiter, telegram = PerChatRateLimiter(), Telegram()
    started = time.monotonic()
    for chat in range(60):
        await request(limiter, telegram, chat)
    assert time.monotonic() - started >= 0.9  # 30 at once, the next 30 over a second
    limiter, telegram = PerChatRateLimiter(per_second=None), Telegram()
    started = time.monotonic()
    for chat in range(100):
        await request(limiter, telegram, chat)
    assert len(telegram.sent) == 100
    assert time.monotonic() - started < 0.5


async def test_a_flood_wait_holds_that_chat_only():
    limiter, telegram = PerChatRateLimiter(per_second=None), Telegram(flooded={1: 1})
    started = time.monotonic()
    assert await request(limiter, telegram, 1) == {"ok": True}  # retried after 1 s
    assert telegram.sent[0][1] - started >= 1.0
    # the next reply to chat 1 soon after still waits out the hold; chat 2 does not
    await request(limiter, telegram, 2)
    assert telegram.sent[-1][1] - started < 1.5


async def test_another_cap():
    limiter, telegram = PerChatRateLimiter(per_second=10), Telegram()
    started = time.monotonic()
    for chat in range(25):
        await request(limiter, telegram, chat)
    assert time.monotonic() - started >= 1.0


async def test_the_429_is_raised_after_the_retries():
    limiter, telegram = PerChatRateLimiter(max_retries=0), Telegram(flooded={3: 1})
    with pytest.raises(RetryAfter):
        await request(limiter, telegram, 3)
