"""One person flooding the bot slows down nobody else, and hears one kind word."""

from __future__ import annotations

import asyncio
import time

from bot.sandbox import SandboxClient
from store.models import Role
from tests.telegram.conftest import RunningBot, join, say, shows


async def test_a_flood_from_one_person_holds_up_only_that_person(
    bot: RunningBot, client: SandboxClient
):
    # As `polku run` builds the bot, against Telegram-like flood control.
    bot.rate_limiter = True
    await bot.restart()
    flooder = await join(bot, client, Role.COORDINATOR, "Flo", "en")
    other = await join(bot, client, Role.COORDINATOR, "Quick", "en")
    await client.set_limits(enabled=True, per_chat_per_second=1.0, global_per_second=30.0)
    for n in range(300):
        await client.send_text(flooder, f"line {n}")
    # Someone else's reply is not held up by the flooder's 429s or backlog.
    started = time.monotonic()
    await client.send_text(other, "/help")
    [reply] = await client.wait_for_bot_messages(other, timeout=5)
    waited = time.monotonic() - started
    assert shows(reply, "help-coordinator")
    assert waited < 1.0, waited
    # The flooder hears "please slow down" once; most lines are not handled at all.
    await asyncio.sleep(3)
    texts = [m.text for m in await client.bot_messages(flooder)]
    assert texts.count(say("input-slow-down")) == 1
    assert texts.count(say("input-text")) < 20
    # After the flood, the person is answered as usual.
    await client.send_text(flooder, "/help")
    await client.wait_for(flooder, lambda m: shows(m, "help-coordinator"), timeout=15)
