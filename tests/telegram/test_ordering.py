"""Updates from one person are handled in order; different people concurrently."""

from __future__ import annotations

import time

from bot.sandbox import SandboxClient
from store.models import Role
from tests.telegram.conftest import RunningBot, join, shows


async def test_one_persons_updates_in_order_others_not_held_up(
    bot: RunningBot, client: SandboxClient
):
    slow = await join(bot, client, Role.COORDINATOR, "Slow", "en")
    quick = await join(bot, client, Role.COORDINATOR, "Quick", "fi")
    # The first reply to Slow takes 0.6 s at "Telegram": a later update of Slow's that
    # overtook it would be answered first.
    await client.inject_fault("sendMessage", chat_id=slow.id, kind="delay", delay=0.6)
    await client.send_text(slow, "/help")
    await client.send_sticker(slow)
    await client.send_text(slow, "/nosuchcommand")
    await client.send_text(slow, "hello")
    started = time.monotonic()
    await client.send_text(quick, "/help")
    [quick_reply] = await client.wait_for_bot_messages(quick)
    assert time.monotonic() - started < 0.5  # not queued behind Slow
    assert shows(quick_reply, "help-coordinator", "fi")

    replies = await client.wait_for_bot_messages(slow, count=4)
    expected = ["help-coordinator", "input-media", "input-unknown-command", "input-text"]
    assert [r.text for r in replies] == [
        r.text for r in replies if any(shows(r, k) for k in expected)
    ]
    assert all(shows(r, k) for r, k in zip(replies, expected, strict=True))
