"""Crash tests: the real bot as a child process, killed with SIGKILL at random moments.

Each test runs ``polku run`` against the in-process sandbox with Telegram-like flood limits
on, kills it with SIGKILL at seeded random moments while it works, restarts it, and counts
afterwards, per person and per key, what was lost and what was doubled.

The kill moments come from ``random.Random`` seeded with ``POLKU_CRASH_SEED`` (default 14),
and every assertion message names the seed and the moments, so a failure can be rerun
with the same schedule (the process's own timing still varies a little from run to run).
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.clock import SystemClock
from bot.core import Core, open_core
from bot.replies import Reply
from bot.sandbox import SandboxClient, SandboxServer, SandboxUser
from store.db import transaction
from store.models import DialogueState, InboxUpdate, OutboxMessage, OutboxStatus, Person, Role
from tests.conftest import make_settings
from tests.telegram.conftest import say
from tests.telegram.crash_harness import (
    BOT_USERNAME,
    BotProcess,
    KillLog,
    add_person,
    quiet_hours_elsewhere,
    settle,
)

SEED = int(os.environ.get("POLKU_CRASH_SEED", "14"))

# Telegram's limits for bots: one message a second per chat (a burst of one), thirty a
# second overall. A second reply to the same chat within the second is answered with 429.
FLOOD_LIMITS = {"enabled": True, "per_chat_per_second": 1.0, "global_per_second": 30.0}


@pytest.fixture
def quiet_hours() -> str:
    return quiet_hours_elsewhere(SystemClock().now())


@pytest.fixture
async def side(database_url: str, quiet_hours: str) -> AsyncIterator[Core]:
    """The test's own core on the bot's database: invites, outbox rows, counting."""
    settings = make_settings(database_url, POLKU_QUIET_HOURS=quiet_hours)
    core = open_core(settings, bot_username=BOT_USERNAME)
    try:
        yield core
    finally:
        await core.close()


@pytest.fixture
async def bot_process(
    sandbox: SandboxServer, database_url: str, tmp_path: Path, quiet_hours: str
) -> AsyncIterator[BotProcess]:
    process = BotProcess(sandbox, database_url, tmp_path, POLKU_QUIET_HOURS=quiet_hours)
    try:
        yield process
    finally:
        await process.close()


# ------------------------------------------------------------------ the inbox

ROUNDS = 6
BURST = 24
# Seconds after a burst starts. With the flood limits on, each newcomer's second message
# (the language picker) meets a 429 and waits about a second for its chat: the kills land
# while the burst is being answered.
KILL_WITHIN = 1.5
# After the last restart: stop waiting once nothing changed for this long (or everything
# is done, which ends the wait at once). A loaded machine may take seconds to start the
# last process: a short quiet time would end the wait before it handled anything.
SETTLE_QUIET = 10.0
SETTLE_LIMIT = 45.0


async def test_every_start_is_handled_once_across_kills(
    sandbox: SandboxServer, client: SandboxClient, side: Core, bot_process: BotProcess
):
    """Learners join in bursts of 24; each burst is cut short by SIGKILL.

    How confirmation works (bot/sandbox/api.py ``getUpdates``, state.py
    ``confirm_updates``), as on Telegram: a ``getUpdates`` call with ``offset=N`` confirms,
    and forgets for good, every update below N. python-telegram-bot asks for the next
    batch (with the new offset) as soon as it has put the previous batch into its memory
    queue, before any handler has run. A process killed at that point has confirmed
    updates it never handled: without a durable inbox those people are simply ignored.
    What was not yet fetched stays in the sandbox and goes to the next process.

    Every learner must have joined exactly once and seen the welcome at least once; and
    a /start handled again after a restart must not answer "you have already joined".
    Effects are applied exactly once, replies at least once: an update whose replies went
    out but whose handling was not yet marked done when the process died is replayed,
    and its replies go again. So a welcome may come twice, but only for an update the
    inbox replayed, and at most once more per replay.
    """
    rng = random.Random(f"{SEED}:inbox")
    kills = KillLog(SEED)
    await client.set_limits(**FLOOD_LIMITS)
    _, counsellor = await add_person(
        side.sessions, client, "Mikko", Role.COUNSELLOR, side.clock.now()
    )
    learners: list[SandboxUser] = []
    loop = asyncio.get_running_loop()
    started = time.monotonic()
    for round_no in range(ROUNDS):
        invite = await side.onboarding.issue(
            role=Role.LEARNER, issuer=None, counsellor_id=counsellor.id, via="cli", uses=BURST
        )
        users = list(
            await asyncio.gather(
                *(client.create_user(f"Lea{round_no:02d}{i:02d}") for i in range(BURST))
            )
        )
        learners += users
        await bot_process.start()
        delay = rng.uniform(0.0, KILL_WITHIN)
        burst_at = loop.time()
        await asyncio.gather(*(client.send_text(u, f"/start {invite.code}") for u in users))
        await asyncio.sleep(max(0.0, burst_at + delay - loop.time()))
        await bot_process.kill()
        kills.add(f"burst{round_no}", delay)

    await bot_process.start()
    ids = [u.id for u in learners]

    async def fingerprint() -> tuple[int, int, int]:
        joined = sum((await _joins(side, ids)).values())
        sent = sum(len(sandbox.state.sent_times(uid)) for uid in ids)
        return joined, sent, len(sandbox.state.pending_updates)

    async def all_welcomed() -> bool:
        return all(len(sandbox.state.sent_times(uid)) >= 2 for uid in ids)

    waited = await settle(fingerprint, done=all_welcomed, quiet=SETTLE_QUIET, limit=SETTLE_LIMIT)

    joins = await _joins(side, ids)
    replies = await _texts(client, learners)
    not_joined = [u.id for u in learners if joins[u.id] == 0]
    joined_twice = [u.id for u in learners if joins[u.id] > 1]
    welcomes = {
        u.id: replies[u.id][say("start-welcome-learner", name=u.first_name)] for u in learners
    }
    not_welcomed = [uid for uid, n in welcomes.items() if n == 0]
    welcomed_twice = [uid for uid, n in welcomes.items() if n > 1]
    told_already_joined = [
        u.id for u in learners if replies[u.id][say("start-already-joined", name=u.first_name)] > 0
    ]
    report = (
        f"{kills}; of {len(learners)} /start updates: {len(not_joined)} lost "
        f"(no people row), {len(joined_twice)} joined twice, {len(not_welcomed)} without "
        f"a welcome, {len(welcomed_twice)} welcomed twice, {len(told_already_joined)} told "
        f"'already joined'; settled {waited:.1f}s after the last start, test ran "
        f"{time.monotonic() - started:.1f}s; first lost ids {not_joined[:5]}; "
        f"bot errors {bot_process.errors()[:5]}"
    )
    assert not not_joined, report
    assert not joined_twice, report
    assert not not_welcomed, report
    assert not told_already_joined, report
    replays = await _replays(side, ids)
    repeated_without_replay = [
        uid for uid in welcomed_twice if welcomes[uid] > 1 + replays.get(uid, 0)
    ]
    assert not repeated_without_replay, report


async def _replays(core: Core, telegram_ids: list[int]) -> dict[int, int]:
    """How often the inbox replayed each person's updates, added up."""
    async with transaction(core.sessions) as session:
        rows = await session.execute(
            select(InboxUpdate.sender_key, func.sum(InboxUpdate.attempts))
            .where(InboxUpdate.sender_key.in_(telegram_ids))
            .group_by(InboxUpdate.sender_key)
        )
        return {int(key): int(total or 0) for key, total in rows.all()}


async def _joins(core: Core, telegram_ids: list[int]) -> Counter[int]:
    """``people`` rows per Telegram user id."""
    async with transaction(core.sessions) as session:
        rows = await session.execute(
            select(Person.telegram_user_id, func.count())
            .where(Person.telegram_user_id.in_(telegram_ids))
            .group_by(Person.telegram_user_id)
        )
        return Counter({int(uid): int(count) for uid, count in rows.all()})


async def _texts(client: SandboxClient, users: list[SandboxUser]) -> dict[int, Counter[str]]:
    """Each user's bot messages, counted by text."""
    found: dict[int, Counter[str]] = {}
    for start in range(0, len(users), 24):
        chunk = users[start : start + 24]
        logs = await asyncio.gather(*(client.bot_messages(u) for u in chunk))
        for user, messages in zip(chunk, logs, strict=True):
            found[user.id] = Counter(m.text for m in messages)
    return found


ANSWER_ROUNDS = 5
ANSWERS_PER_ROUND = 10
# Ten answers (one reply each, no flood wait) are handled within about 0.05-0.25 s of
# arriving, so the kills come sooner than in the join bursts.
ANSWER_KILL_WITHIN = 0.3


async def test_every_answer_is_applied_once_across_kills(
    sandbox: SandboxServer, client: SandboxClient, side: Core, bot_process: BotProcess
):
    """50 learners at the intake's first free-text question answer in bursts cut by SIGKILL.

    Each answer must be applied exactly once: saved in the learner's dialogue place, and
    followed by the next question. An answer applied twice shows as an error (the name
    read again as a year); a lost one leaves the learner at the old question. As for the
    welcome, the next question may come twice only for an answer the inbox replayed.
    """
    rng = random.Random(f"{SEED}:answers")
    kills = KillLog(SEED)
    _, counsellor = await add_person(
        side.sessions, client, "Mikko", Role.COUNSELLOR, side.clock.now()
    )
    count = ANSWER_ROUNDS * ANSWERS_PER_ROUND
    invite = await side.onboarding.issue(
        role=Role.LEARNER, issuer=None, counsellor_id=counsellor.id, via="cli", uses=count
    )
    learners = list(
        await asyncio.gather(*(client.create_user(f"Amal{i:02d}") for i in range(count)))
    )
    started = time.monotonic()
    await bot_process.start()
    # No flood limits and no kills yet: everyone reaches the preferred-name question.
    await asyncio.gather(*(_to_first_text_question(client, u, invite.code) for u in learners))
    await client.set_limits(**FLOOD_LIMITS)
    answers = {u.id: _letters_name(i) for i, u in enumerate(learners)}
    last_seen = {
        u.id: max(m.message_id for m in logs)
        for u, logs in zip(
            learners, await asyncio.gather(*(client.messages(u) for u in learners)), strict=True
        )
    }
    loop = asyncio.get_running_loop()
    for round_no in range(ANSWER_ROUNDS):
        group = learners[round_no * ANSWERS_PER_ROUND : (round_no + 1) * ANSWERS_PER_ROUND]
        if not bot_process.running:
            await bot_process.start()
        delay = rng.uniform(0.0, ANSWER_KILL_WITHIN)
        burst_at = loop.time()
        await asyncio.gather(*(client.send_text(u, answers[u.id]) for u in group))
        await asyncio.sleep(max(0.0, burst_at + delay - loop.time()))
        await bot_process.kill()
        kills.add(f"answers{round_no}", delay)

    await bot_process.start()
    ids = [u.id for u in learners]

    async def fingerprint() -> tuple[int, int]:
        sent = sum(len(sandbox.state.sent_times(uid)) for uid in ids)
        return sent, len(sandbox.state.pending_updates)

    async def all_answered() -> bool:
        places = await _places(side, ids)
        return all(places.get(uid, ("", {}))[0] == "birth_year" for uid in ids)

    waited = await settle(fingerprint, done=all_answered, quiet=SETTLE_QUIET, limit=SETTLE_LIMIT)

    places = await _places(side, ids)
    logs = await asyncio.gather(*(client.bot_messages(u) for u in learners))
    after = {
        u.id: [m.text for m in messages if m.message_id > last_seen[u.id]]
        for u, messages in zip(learners, logs, strict=True)
    }
    next_question = say("intake-birth-year")
    lost = [uid for uid in ids if places.get(uid, ("", {}))[1].get("preferred_name") is None]
    wrong = [
        uid
        for uid in ids
        if uid not in lost and places[uid][1].get("preferred_name") != answers[uid]
    ]
    asked_twice = [uid for uid in ids if after[uid].count(next_question) > 1]
    other_replies = [uid for uid in ids if any(t != next_question for t in after[uid])]
    unanswered = [uid for uid in ids if uid not in lost and next_question not in after[uid]]
    report = (
        f"{kills}; of {count} answers: {len(lost)} lost (not saved), {len(wrong)} saved "
        f"wrong, {len(asked_twice)} followed by the next question twice (a reply sent "
        f"again), {len(other_replies)} followed by something else (the answer applied "
        f"twice?), {len(unanswered)} saved but never followed by the next question; "
        f"settled {waited:.1f}s after the last start, test ran "
        f"{time.monotonic() - started:.1f}s; e.g. "
        f"{[(uid, after[uid][:3]) for uid in (lost + asked_twice + other_replies)[:3]]}; "
        f"bot errors {bot_process.errors()[:5]}"
    )
    assert not lost, report
    assert not wrong, report
    assert not other_replies, report
    assert not unanswered, report
    replays = await _replays(side, ids)
    repeated_without_replay = [
        uid for uid in asked_twice if after[uid].count(next_question) > 1 + replays.get(uid, 0)
    ]
    assert not repeated_without_replay, report


async def _to_first_text_question(client: SandboxClient, user: SandboxUser, code: str) -> None:
    """Join, choose English, accept the consent: the bot then asks for a name."""
    await client.send_text(user, f"/start {code}")
    await client.wait_for_bot_messages(user, count=2, timeout=30)
    await client.press_button(user, "English")
    [consent] = await client.wait_for_bot_messages(user, timeout=30)
    assert consent.text == say("intake-consent"), consent.text
    await client.press_button(user, say("option-consent-accepted"))
    [question] = await client.wait_for_bot_messages(user, timeout=30)
    assert question.text == say("intake-preferred-name"), question.text


def _letters_name(number: int) -> str:
    """A distinct name of letters only (the name check wants letters, not digits)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return f"Nadia {letters[number // 26].upper()}{letters[number % 26]}"


async def _places(core: Core, telegram_ids: list[int]) -> dict[int, tuple[str, dict[str, Any]]]:
    """Each learner's dialogue step and slots, by Telegram user id."""
    async with transaction(core.sessions) as session:
        rows = await session.execute(
            select(Person.telegram_user_id, DialogueState.step, DialogueState.slots)
            .join(DialogueState, DialogueState.person_id == Person.id)
            .where(Person.telegram_user_id.in_(telegram_ids))
        )
        return {int(uid): (step, dict(slots or {})) for uid, step, slots in rows.all()}


# ------------------------------------------------------------------ the outbox

RECIPIENTS = 40
PER_RECIPIENT = 3
OUTBOX_KILLS = 5
KILL_AFTER_FIRST_SEND = 1.0  # seconds, at most: the kill lands while the batch goes out
FIRST_SEND_WAIT = 3.0  # a process with nothing left to send is killed after this
# Rows claimed or being sent by a killed process wait for their lease (or a heartbeat that
# notices the dead worker) before they go back to the queue (claimed) or into doubt
# (sending). This test assumes both take at most 20 s after the kill and that the sender
# looks for such rows more often than that. (When it was written the claim lease was
# 120 s, the send lease 60 s, and recovery ran at start-up and every 60 s, none of it
# configurable: the test then failed on the stranded rows.)
ASSUMED_LEASE = 20.0
OUTBOX_SETTLE_LIMIT = ASSUMED_LEASE + 10.0
UNFINISHED = {OutboxStatus.PENDING, OutboxStatus.CLAIMED, OutboxStatus.SENDING}
ENDED = {OutboxStatus.SENT, OutboxStatus.IN_DOUBT}


async def test_outbox_sends_nothing_twice_and_loses_nothing_across_kills(
    sandbox: SandboxServer, client: SandboxClient, side: Core, bot_process: BotProcess
):
    """120 notices (3 each for 40 people) drained by a sender that is killed five times.

    Per recipient and key: never delivered twice; every row ends sent or in doubt; a sent
    row really arrived; and a row is in doubt only if its request was in flight at a kill,
    so there are at most as many as kills. ``polku outbox status`` lists the rows in doubt.
    """
    rng = random.Random(f"{SEED}:outbox")
    kills = KillLog(SEED)
    await client.set_limits(**FLOOD_LIMITS)
    now = side.clock.now()
    recipients = [
        await add_person(side.sessions, client, f"Staff{i:02d}", Role.COUNSELLOR, now)
        for i in range(RECIPIENTS)
    ]
    expected: dict[str, tuple[int, str]] = {}  # key -> (chat id, text)
    for i, (user, _) in enumerate(recipients):
        for n in range(PER_RECIPIENT):
            name = f"Lea{i:02d}n{n}"
            expected[f"crash:{i}:{n}"] = (user.id, say("notice-learner-joined", name=name))

    async def enqueue(wave: range) -> None:
        """Decide to notify, as a service in another process does, in one transaction."""
        async with transaction(side.sessions) as session:
            for i, (_, person) in enumerate(recipients):
                for n in wave:
                    await side.outbox.enqueue(
                        session,
                        key=f"crash:{i}:{n}",
                        to=person,
                        reply=Reply("notice-learner-joined", {"name": f"Lea{i:02d}n{n}"}),
                        kind="notice",
                        now=side.clock.now(),
                    )

    started = time.monotonic()
    # Two notices each are waiting when the bot starts; the third comes while it sends.
    await enqueue(range(PER_RECIPIENT - 1))
    for cycle in range(OUTBOX_KILLS):
        await bot_process.start()
        if cycle == 0:
            await enqueue(range(PER_RECIPIENT - 1, PER_RECIPIENT))
        sends = sandbox.state.method_counts["sendMessage"]
        deadline = time.monotonic() + FIRST_SEND_WAIT
        while sandbox.state.method_counts["sendMessage"] == sends:
            if time.monotonic() > deadline:
                break
            await asyncio.sleep(0.01)
        delay = rng.uniform(0.0, KILL_AFTER_FIRST_SEND)
        await asyncio.sleep(delay)
        await bot_process.kill()
        kills.add(f"start{cycle}:first-send", delay)

    await bot_process.start()
    settle_started = time.monotonic()
    while time.monotonic() - settle_started < OUTBOX_SETTLE_LIMIT:
        if not UNFINISHED & set((await _statuses(side)).values()):
            break
        await asyncio.sleep(0.25)
    waited = time.monotonic() - settle_started
    await asyncio.sleep(0.5)  # a request that just went out shows in the sandbox

    status = await _statuses(side)
    delivered: Counter[tuple[int, str]] = Counter()
    logs = await _texts(client, [user for user, _ in recipients])
    for chat_id, texts in logs.items():
        for text, count in texts.items():
            delivered[(chat_id, text)] += count
    twice = [key for key, target in expected.items() if delivered[target] > 1]
    unfinished = {key: s.value for key, s in status.items() if s in UNFINISHED}
    other = {key: s.value for key, s in status.items() if s not in UNFINISHED | ENDED}
    sent_not_arrived = [
        key for key, s in status.items() if s is OutboxStatus.SENT and not delivered[expected[key]]
    ]
    in_doubt = [key for key, s in status.items() if s is OutboxStatus.IN_DOUBT]
    doubt_arrived = [key for key in in_doubt if delivered[expected[key]]]
    counts = Counter(s.value for s in status.values())
    report = (
        f"{kills}; {len(expected)} notices: {dict(counts)}; {len(twice)} delivered twice "
        f"{twice[:5]}; {len(unfinished)} never finished {list(unfinished.items())[:5]}; "
        f"{len(sent_not_arrived)} 'sent' but not in the chat; {len(in_doubt)} in doubt "
        f"({len(doubt_arrived)} of them did arrive); waited {waited:.1f}s after the last "
        f"start, test ran {time.monotonic() - started:.1f}s; "
        f"429s {sandbox.state.flood_429_count}; bot errors {bot_process.errors()[:5]}"
    )
    assert set(status) == set(expected), report
    assert not twice, report
    assert not unfinished, report
    assert not other, report
    assert not sent_not_arrived, report
    assert len(in_doubt) <= len(kills), report

    listed = await _outbox_status_command(bot_process)
    if in_doubt:
        assert f"in_doubt\t{len(in_doubt)}" in listed.splitlines(), f"{report}\n{listed}"
    assert f"sent\t{counts['sent']}" in listed.splitlines(), f"{report}\n{listed}"


async def _statuses(core: Core) -> dict[str, OutboxStatus]:
    """Each crash test row's status, by idempotency key."""
    async with transaction(core.sessions) as session:
        rows = await session.execute(
            select(OutboxMessage.idempotency_key, OutboxMessage.status).where(
                OutboxMessage.idempotency_key.like("crash:%")
            )
        )
        return {key: OutboxStatus(value) for key, value in rows.all()}


async def _outbox_status_command(bot: BotProcess) -> str:
    """What ``polku outbox status`` prints on the bot's database."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "outbox",
        "status",
        env=bot.env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    async with asyncio.timeout(30):
        out, _ = await process.communicate()
    assert process.returncode == 0, out.decode()
    return out.decode()
