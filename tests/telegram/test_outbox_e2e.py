"""The outbox end to end: the real sender and python-telegram-bot against the sandbox."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from datetime import timedelta

import pytest

from bot.core import Core
from bot.outbox import SenderLimits
from bot.replies import Reply
from bot.sandbox import SandboxClient, SandboxServer, SandboxUser
from store.db import transaction
from store.models import OutboxStatus, Role
from store.outbox import OutboxRepository
from store.people import PeopleRepository
from tests.telegram.conftest import RunningBot, eventually, join, say


async def enqueue(bot: RunningBot, user: SandboxUser, key: str, name: str = "Lea") -> None:
    """Decide to notify ``user``, as a service in another process would."""
    await _enqueue(bot.side, user, key, name)


async def _enqueue(core: Core, user: SandboxUser, key: str, name: str) -> None:
    async with transaction(core.sessions) as session:
        person = await PeopleRepository(session).by_telegram_id(user.id)
        assert person is not None
        await core.outbox.enqueue(
            session,
            key=key,
            to=person,
            reply=Reply("notice-learner-joined", {"name": name}),
            kind="notice",
            now=core.clock.now(),
        )


async def statuses(bot: RunningBot) -> dict[OutboxStatus, int]:
    async with transaction(bot.side.sessions) as session:
        return await OutboxRepository(session).counts()


async def notices(client: SandboxClient, user: SandboxUser) -> Counter[str]:
    return Counter(
        m.text for m in await client.bot_messages(user) if m.text.endswith("your learners.")
    )


async def staff(bot: RunningBot, client: SandboxClient, count: int) -> list[SandboxUser]:
    return [await join(bot, client, Role.COUNSELLOR, f"C{i}") for i in range(count)]


async def test_graceful_restart_loses_nothing_and_doubles_nothing(
    bot: RunningBot, client: SandboxClient
):
    people = await staff(bot, client, 4)
    await bot.stop()
    for i, user in enumerate(people):
        for n in range(3):
            await enqueue(bot, user, f"r:{i}:{n}", name=f"L{n}")
    # Slow Telegram down so the stop lands in the middle of the batch.
    await client.inject_fault("sendMessage", kind="delay", delay=0.15, times=4)
    await bot.start()
    await eventually(lambda: _sent_at_least(bot, 2))
    await bot.stop()
    assert (await statuses(bot)).get(OutboxStatus.SENT, 0) < 12
    await bot.start()
    try:
        await eventually(lambda: _sent_at_least(bot, 12), seconds=10)
    except AssertionError:
        raise AssertionError(str(await statuses(bot))) from None
    for user in people:
        assert await notices(client, user) == Counter(
            {say("notice-learner-joined", name=f"L{n}"): 1 for n in range(3)}
        )
    assert await statuses(bot) == {OutboxStatus.SENT: 12 + 0}


async def _sent_at_least(bot: RunningBot, count: int) -> bool:
    return (await statuses(bot)).get(OutboxStatus.SENT, 0) >= count


async def test_crash_mid_request_never_sends_twice(bot: RunningBot, client: SandboxClient):
    [user] = await staff(bot, client, 1)
    await client.inject_fault("sendMessage", kind="delay", delay=1.0, times=1)
    await enqueue(bot, user, "crash:1")

    async def in_flight() -> bool:
        return (await statuses(bot)).get(OutboxStatus.SENDING, 0) == 1

    await eventually(in_flight)
    # The process dies: the sender task is killed mid-request, nothing is cleaned up.
    task = bot.services.sender_task
    assert task is not None
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await asyncio.sleep(1.2)  # the sandbox finishes the request it had received
    await bot.stop()
    bot.clock.advance(timedelta(minutes=10))  # the dead worker's lease runs out
    await bot.start()
    await eventually(lambda: _status_is(bot, OutboxStatus.IN_DOUBT, 1))
    await asyncio.sleep(0.5)
    assert sum((await notices(client, user)).values()) == 1


async def _status_is(bot: RunningBot, status: OutboxStatus, count: int) -> bool:
    return (await statuses(bot)).get(status, 0) == count


async def test_flood_control_is_honoured(bot: RunningBot, client: SandboxClient):
    [user] = await staff(bot, client, 1)
    await client.inject_fault("sendMessage", error_code=429, retry_after=1, times=1)
    started = time.monotonic()
    await enqueue(bot, user, "flood:1")
    await eventually(lambda: _status_is(bot, OutboxStatus.SENT, 1), seconds=5)
    assert time.monotonic() - started >= 0.9
    async with transaction(bot.services.core.sessions) as session:
        row = await OutboxRepository(session).by_key("flood:1")
    assert row is not None and row.attempts == 1  # the flood wait did not cost an attempt
    assert sum((await notices(client, user)).values()) == 1


async def test_unavailable_is_retried(bot: RunningBot, client: SandboxClient):
    [user] = await staff(bot, client, 1)
    await client.inject_fault("sendMessage", error_code=503, times=2)
    await enqueue(bot, user, "retry:1")
    await eventually(lambda: _status_is(bot, OutboxStatus.SENT, 1), seconds=5)
    async with transaction(bot.services.core.sessions) as session:
        row = await OutboxRepository(session).by_key("retry:1")
    assert row is not None and row.attempts == 3
    assert sum((await notices(client, user)).values()) == 1


@pytest.mark.parametrize("code", [500, 502, 504])
async def test_a_gateway_error_may_have_delivered_so_it_is_not_resent(
    bot: RunningBot, client: SandboxClient, code: int
):
    [user] = await staff(bot, client, 1)
    await client.inject_fault("sendMessage", error_code=code, times=1)
    await enqueue(bot, user, "gateway:1")
    await eventually(lambda: _status_is(bot, OutboxStatus.IN_DOUBT, 1), seconds=5)
    async with transaction(bot.services.core.sessions) as session:
        row = await OutboxRepository(session).by_key("gateway:1")
    assert row is not None and row.attempts == 1


async def test_a_blocked_person_gets_the_held_messages_when_they_unblock(
    bot: RunningBot, client: SandboxClient
):
    [user] = await staff(bot, client, 1)
    await client.block(user)
    await eventually(lambda: _blocked(bot, user, True))
    # Decisions taken while the person is away wait for them, and none is tried.
    await enqueue(bot, user, "away:1", name="L1")
    await enqueue(bot, user, "away:2", name="L2")
    await asyncio.sleep(0.5)
    assert (await statuses(bot)).get(OutboxStatus.SENT, 0) == 0
    bot.clock.advance(timedelta(days=1))  # back the next morning
    await client.block(user, blocked=False)
    await eventually(lambda: _sent_at_least(bot, 2), seconds=5)
    got = [m.text for m in await client.bot_messages(user) if m.text.endswith("learners.")]
    assert got == [say("notice-learner-joined", name="L1"), say("notice-learner-joined", name="L2")]


async def _blocked(bot: RunningBot, user: SandboxUser, blocked: bool) -> bool:
    async with transaction(bot.services.core.sessions) as session:
        person = await PeopleRepository(session).by_telegram_id(user.id)
    return person is not None and (person.blocked_at is not None) == blocked


async def test_forbidden_holds_the_row_until_the_person_writes_again(
    bot: RunningBot, client: SandboxClient
):
    [user] = await staff(bot, client, 1)
    await client.inject_fault("sendMessage", error_code=403, chat_id=user.id, times=1)
    await enqueue(bot, user, "blocked:1")
    await eventually(lambda: _blocked(bot, user, True))
    async with transaction(bot.services.core.sessions) as session:
        row = await OutboxRepository(session).by_key("blocked:1")
    assert row is not None and row.status is OutboxStatus.PENDING  # held, not dropped
    # Writing to the bot again makes the person reachable again, and the row goes.
    await client.send_text(user, "/help")
    await client.wait_for_bot_messages(user)
    await eventually(lambda: _blocked(bot, user, False))
    await eventually(lambda: _status_is(bot, OutboxStatus.SENT, 1), seconds=8)
    assert sum((await notices(client, user)).values()) == 1


async def test_permanent_errors_go_dead_after_one_try(bot: RunningBot, client: SandboxClient):
    [user] = await staff(bot, client, 1)
    await client.inject_fault(
        "sendMessage", error_code=400, description="Bad Request: message is too long", times=1
    )
    await enqueue(bot, user, "bad:1")
    await eventually(lambda: _status_is(bot, OutboxStatus.DEAD, 1))


@pytest.fixture
async def real_limits_bot(sandbox: SandboxServer, database_url: str, e2e_clock) -> RunningBot:
    running = RunningBot(
        sandbox, database_url, e2e_clock, SenderLimits(backoff_base=0.05, idle_poll=0.2)
    )
    await running.start()
    yield running  # type: ignore[misc]
    await running.close()


async def test_one_message_per_second_per_chat(
    real_limits_bot: RunningBot, client: SandboxClient, sandbox: SandboxServer
):
    bot = real_limits_bot
    people = await staff(bot, client, 2)
    await client.set_limits(enabled=True, per_chat_per_second=1.0, global_per_second=30.0)
    for user in people:
        for n in range(3):
            await enqueue(bot, user, f"pace:{user.id}:{n}", name=f"L{n}")
    await eventually(lambda: _status_is(bot, OutboxStatus.SENT, 6), seconds=10)
    assert (await client.stats())["flood_429_count"] == 0
    for user in people:
        notes = [m for m in await client.bot_messages(user) if m.text.endswith("learners.")]
        assert len(notes) == 3
        times = sandbox.state.sent_times(user.id)[-3:]
        assert all(b - a >= 0.95 for a, b in itertools.pairwise(times)), times
