"""The durable inbox: what a person sends is stored before Telegram hears it arrived.

The crash itself (SIGKILL of a real process) is in test_crash.py; these tests set up the
state a crash leaves behind (an update Telegram considers delivered, stored but not
handled) and check what a restart does with it.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from sqlalchemy import select
from telegram import Bot

from bot.sandbox import SandboxClient, SandboxServer
from bot.telegram.inbox import Inbox, InboxBot
from bot.telegram.request import UpdatesRequest
from store.db import transaction
from store.models import DialogueState, InboxStatus, InboxUpdate
from tests.telegram.conftest import RunningBot, eventually, person_id
from tests.telegram.learners import Learner, new_learner


async def take_from_telegram(sandbox: SandboxServer) -> list[dict[str, Any]]:
    """Fetch and confirm the waiting updates, as a process that dies right after would."""
    async with Bot("123456:TEST-token", base_url=sandbox.base_url) as bot:
        updates = await bot.get_updates(timeout=0)
        if updates:
            await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    return [update.to_dict() for update in updates]


async def store_as_received(bot: RunningBot, payloads: list[dict[str, Any]]) -> None:
    """What the durable queue commits before Telegram is told the update arrived."""
    now = bot.clock.now()
    async with transaction(bot.side.sessions) as session:
        for payload in payloads:
            session.add(
                InboxUpdate(
                    update_id=payload["update_id"],
                    sender_key=payload["message"]["from"]["id"],
                    payload=payload,
                    status=InboxStatus.PENDING,
                    attempts=0,
                    received_at=now,
                    lease_until=now,
                )
            )


async def inbox(bot: RunningBot) -> list[InboxUpdate]:
    async with bot.side.sessions() as session:
        rows = await session.execute(select(InboxUpdate).order_by(InboxUpdate.update_id))
        return list(rows.scalars())


async def at_the_name_question(bot: RunningBot, client: SandboxClient) -> Learner:
    learner, _ = await new_learner(bot, client, "en")
    [question] = await learner.press("option-consent-accepted")
    learner.expect(question, "intake-preferred-name")
    return learner


async def test_answers_confirmed_to_telegram_but_never_handled_are_handled_after_a_restart(
    bot: RunningBot, client: SandboxClient, sandbox: SandboxServer
):
    learner = await at_the_name_question(bot, client)
    await bot.stop()
    # Two answers arrive; the process stores and confirms them, then dies.
    await client.send_text(learner.user, "Amal")
    await client.send_text(learner.user, "1990")
    payloads = await take_from_telegram(sandbox)
    assert len(payloads) == 2
    await store_as_received(bot, payloads)
    await bot.start()
    # Handled first and in order, each once: the name, then the year.
    year_question, place_question = await client.wait_for_bot_messages(learner.user, count=2)
    learner.expect(year_question, "intake-birth-year")
    learner.expect(place_question, "intake-municipality")
    async with bot.side.sessions() as session:
        state = await session.get(DialogueState, await person_id(bot, learner.user))
    assert state is not None and state.slots["preferred_name"] == "Amal"
    assert state.slots["birth_year"] == 1990
    # Handled updates keep their id (to recognise a re-delivery), not what was typed.
    replayed_ids = {p["update_id"] for p in payloads}

    async def both_done() -> bool:
        rows = [r for r in await inbox(bot) if r.update_id in replayed_ids]
        return [(r.status, r.payload) for r in rows] == [(InboxStatus.DONE, None)] * 2

    await eventually(both_done)


async def test_an_answer_applied_before_the_crash_is_not_applied_again(
    bot: RunningBot, client: SandboxClient, sandbox: SandboxServer
):
    learner = await at_the_name_question(bot, client)
    [question] = await learner.type("Amal")
    learner.expect(question, "intake-birth-year")
    # The process died after applying the answer and before marking the update done.
    rows = await inbox(bot)
    newest = rows[-1]
    async with bot.side.sessions() as session:
        state = await session.get(DialogueState, await person_id(bot, learner.user))
    assert state is not None and state.last_update_id == newest.update_id
    await bot.stop()
    async with transaction(bot.side.sessions) as session:
        row = await session.get(InboxUpdate, newest.update_id)
        assert row is not None
        row.status = InboxStatus.PENDING
        row.payload = await _payload_of_text(learner, newest.update_id, "Amal")
    await bot.start()
    # "Amal" is not taken as the year of birth: the open question is asked again.
    [again] = await client.wait_for_bot_messages(learner.user)
    learner.expect(again, "intake-birth-year")
    async with bot.side.sessions() as session:
        state = await session.get(DialogueState, await person_id(bot, learner.user))
    assert state is not None and state.step == "birth_year"
    assert "birth_year" not in state.slots


async def _payload_of_text(learner: Learner, update_id: int, text: str) -> dict[str, Any]:
    user = learner.user
    return {
        "update_id": update_id,
        "message": {
            "message_id": 10_000 + update_id,
            "date": 1_764_000_000,
            "chat": {"id": user.id, "type": "private", "first_name": user.first_name},
            "from": {"id": user.id, "is_bot": False, "first_name": user.first_name},
            "text": text,
        },
    }


async def test_a_redelivered_update_is_handled_once(
    bot: RunningBot, client: SandboxClient, sandbox: SandboxServer
):
    learner = await at_the_name_question(bot, client)
    [question] = await learner.type("Amal")
    learner.expect(question, "intake-birth-year")
    newest = (await inbox(bot))[-1]
    # Telegram delivers the same update again (say, its confirmation was lost).
    queue = bot.services.inbox
    from telegram import Update

    assert bot.app is not None
    payload = await _payload_of_text(learner, newest.update_id, "Amal")
    update = Update.de_json(payload, bot.app.bot)
    assert update is not None
    assert not await queue.accept(update)

    async def settled() -> bool:
        return all(r.status is InboxStatus.DONE for r in await inbox(bot))

    await eventually(settled)


async def test_a_polled_batch_is_stored_as_telegram_sent_it(
    sandbox: SandboxServer, client: SandboxClient, sessions, clock
):
    """The long poll keeps each update's JSON, and the inbox stores that, not a copy made
    again from python-telegram-bot's objects (bot/telegram/request.py says why)."""
    user = await client.create_user("Amina", started=True)
    await client.send_text(user, "Hei <b>kaikki</b> 👋")
    await client.send_text(user, "/help")
    url = f"{sandbox.base_url}123456:TEST-token/getUpdates"
    async with aiohttp.ClientSession() as http, http.post(url, json={"timeout": 0}) as answer:
        sent = (await answer.json())["result"]  # no offset: nothing confirmed
    assert len(sent) == 2
    inbox_ = Inbox()
    inbox_.open(sessions, clock)
    request = UpdatesRequest()
    bot = InboxBot(
        inbox_, token="123456:TEST-token", base_url=sandbox.base_url, get_updates_request=request
    )
    async with bot:
        updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [u["update_id"] for u in sent]
    assert request.take_updates() == {}  # the inbox took them
    async with sessions() as session:
        rows = await session.execute(select(InboxUpdate.payload).order_by(InboxUpdate.update_id))
        assert list(rows.scalars()) == sent
