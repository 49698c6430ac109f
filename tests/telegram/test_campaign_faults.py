"""A campaign through the sandbox with Telegram's flood limits on and injected 429s: every
message arrives once, a 429's ``retry_after`` is honoured, and a learner who types a
command meanwhile is answered as fast as without the campaign (the latency is printed)."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections import Counter

from sqlalchemy import func, select

from bot.campaigns.file import parse_campaign
from bot.sandbox import SandboxClient, SandboxServer, SandboxUser
from store.db import transaction
from store.models import LanguageSource, OutboxMessage, OutboxStatus, Role
from store.people import PeopleRepository
from tests.telegram.conftest import RunningBot, join, person_id

LEARNERS = 150
FAULTED = 4  # learners whose first campaign message meets a 429
RETRY_AFTER = 2
LIMITS = {"enabled": True, "per_chat_per_second": 1.0, "global_per_second": 30.0}
# A person types at most about one command a second (Telegram's 1 message/s per chat).
PROBE_EVERY = 1.1


async def _learners(bot: RunningBot, client: SandboxClient) -> tuple[list[SandboxUser], list[int]]:
    users = list(
        await asyncio.gather(
            *(
                client.create_user(f"Lea{i:03d}", language_code="en", started=True)
                for i in range(LEARNERS)
            )
        )
    )
    now = bot.clock.now()
    ids = []
    async with transaction(bot.side.sessions) as session:
        people = PeopleRepository(session)
        for user in users:
            person = await people.add(
                telegram_user_id=user.id,
                chat_id=user.id,
                role=Role.LEARNER,
                display_name=user.first_name,
                language="en",
                language_source=LanguageSource.CLIENT,
                time_zone="Europe/Helsinki",
                now=now,
            )
            ids.append(person.id)
    return users, ids


async def _reply_latency(client: SandboxClient, user: SandboxUser) -> float:
    """Seconds from a typed /help to the bot's answer."""
    started = time.monotonic()
    sent = await client.send_text(user, "/help")
    await client.wait_for(user, lambda m: m.from_bot and m.message_id > sent.message_id, timeout=15)
    return time.monotonic() - started


async def _unsent(bot: RunningBot) -> int:
    async with bot.side.sessions() as session:
        return int(
            (
                await session.execute(
                    select(func.count()).where(
                        OutboxMessage.kind == "campaign", OutboxMessage.status != OutboxStatus.SENT
                    )
                )
            ).scalar_one()
        )


def _figures(latencies: list[float]) -> str:
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (
        f"n={len(ordered)} p50={statistics.median(ordered) * 1000:.0f}ms "
        f"p95={p95 * 1000:.0f}ms max={ordered[-1] * 1000:.0f}ms"
    )


async def test_a_campaign_with_429s_arrives_once_and_live_replies_do_not_wait(
    bot: RunningBot, sandbox: SandboxServer, client: SandboxClient
):
    # As `polku run` builds it: replies paced, a 429 for a reply held by its chat.
    bot.rate_limiter = True
    await bot.restart()
    users, ids = await _learners(bot, client)
    counsellor = await person_id(bot, await join(bot, client, Role.COUNSELLOR, "Mikko"))
    live = await join(bot, client, Role.LEARNER, "Amal", counsellor_id=counsellor)
    await client.set_limits(**LIMITS)
    # Without a campaign: how fast a typed command is answered here.
    baseline = []
    for _ in range(6):
        baseline.append(await _reply_latency(client, live))
        await asyncio.sleep(PROBE_EVERY)

    spec = parse_campaign(
        f"name: Faults\naudience: {{learners: {ids}}}\n"
        'messages: {en: "Hello {first_name}! The info session is on Thursday."}\nfallback: en\n'
    )
    campaign = await bot.side.campaigns.create(spec)
    faulted = {u.id for u in users[:: LEARNERS // FAULTED][:FAULTED]}
    for chat_id in faulted:
        await client.inject_fault(
            "sendMessage", chat_id=chat_id, error_code=429, retry_after=RETRY_AFTER
        )
    started = time.monotonic()
    await bot.side.campaigns.confirm(campaign.id)

    during: list[float] = []
    while await _unsent(bot) and time.monotonic() - started < 60:
        during.append(await _reply_latency(client, live))
        await asyncio.sleep(PROBE_EVERY)
    took = time.monotonic() - started
    await asyncio.sleep(0.5)

    received: Counter[int] = Counter()
    for start in range(0, LEARNERS, 50):
        chunk = users[start : start + 50]
        logs = await asyncio.gather(*(client.bot_messages(u) for u in chunk))
        for user, messages in zip(chunk, logs, strict=True):
            received[user.id] = sum(m.text.startswith("Hello ") for m in messages)
    requests = [
        r for r in list(sandbox.state.requests) if r.at >= started and r.method == "sendMessage"
    ]
    learner_ids = {u.id for u in users}
    too_soon = []
    for chat_id in faulted:
        mine = [r for r in requests if r.chat_id == chat_id]
        refused = [r for r in mine if r.status == 429]
        if refused:
            after = [r for r in mine if r.at > refused[0].at]
            if after and after[0].at - refused[0].at < RETRY_AFTER - 0.05:
                too_soon.append((chat_id, round(after[0].at - refused[0].at, 2)))
    flood = Counter(r.status for r in requests if r.chat_id in learner_ids)
    report = (
        f"{LEARNERS} learners in {took:.1f}s ({LEARNERS / took:.1f} msg/s); requests by "
        f"status {dict(flood)}; {FAULTED} chats with an injected 429 (retry_after "
        f"{RETRY_AFTER}s), retried too soon: {too_soon}; twice: "
        f"{[uid for uid, n in received.items() if n > 1][:5]}; never: "
        f"{[u.id for u in users if received[u.id] == 0][:5]}; live /help replies without a "
        f"campaign {_figures(baseline)}, during it {_figures(during)}"
    )
    print(report)
    assert all(received[u.id] == 1 for u in users), report
    assert flood[429] >= FAULTED, report  # every injected 429 was met
    assert not too_soon, report
    assert len(during) >= 3, report  # the replies were measured while the campaign went
    # A live reply does not queue behind the campaign: it takes about as long as without
    # one (a campaign of 150 at 30/s would hold a reply in one FIFO for up to 5 s).
    assert statistics.median(during) < max(1.0, 3 * statistics.median(baseline)), report
    assert max(during) < 2.0, report
