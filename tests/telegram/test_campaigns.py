"""Campaigns end to end: /campaign, each learner's language, quiet hours, answers, mute,
blocked learners, the coordinator's report (with messages that may have arrived), and
cancelling mid-send."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from bot.campaigns.file import parse_campaign
from bot.sandbox import ChatMessage, SandboxClient, SandboxUser
from store.db import transaction
from store.models import (
    CampaignDelivery,
    CampaignStatus,
    OutboxMessage,
    OutboxStatus,
    Person,
    Role,
)
from tests.telegram.conftest import RunningBot, eventually, join, person_id, plain, say

SPEC = """
name: Info session
audience: {audience}
messages:
  en: "Hello {{first_name}}! The info session is on Thursday at 10."
  fi: "Hei {{first_name}}! Infotilaisuus on torstaina klo 10."
fallback: en
buttons:
  en: ["I'll come", "Not interested"]
  fi: ["Tulen", "En tule"]
"""


def campaign_text(message: ChatMessage) -> str:
    return plain(message.text)


async def got(client: SandboxClient, user: SandboxUser, start: str) -> ChatMessage:
    return await client.wait_for(user, lambda m: plain(m.text).startswith(start), timeout=10)


async def received(client: SandboxClient, user: SandboxUser, start: str) -> int:
    return sum(plain(m.text).startswith(start) for m in await client.bot_messages(user))


async def test_campaign_in_each_language_with_answers_mute_blocked_and_report(
    bot: RunningBot, client: SandboxClient
):
    coordinator = await join(bot, client, Role.COORDINATOR, "Coord")
    counsellor = await join(bot, client, Role.COUNSELLOR, "Mikko")
    cid = await person_id(bot, counsellor)
    amal = await join(bot, client, Role.LEARNER, "Amal", "en", counsellor_id=cid)
    aino = await join(bot, client, Role.LEARNER, "Aino", "fi", counsellor_id=cid)
    omar = await join(bot, client, Role.LEARNER, "Omar", "ar", counsellor_id=cid)
    lea = await join(bot, client, Role.LEARNER, "Lea", "en", counsellor_id=cid)
    bo = await join(bot, client, Role.LEARNER, "Bo", "en", counsellor_id=cid)
    ids = {u.first_name: await person_id(bot, u) for u in (amal, aino, omar, lea, bo)}
    # Lea lives in New Zealand: 10:00 in Helsinki is 21:00 there, inside her quiet hours.
    async with transaction(bot.side.sessions) as session:
        lea_row = await session.get(Person, ids["Lea"])
        assert lea_row is not None
        lea_row.time_zone = "Pacific/Auckland"
    await client.block(bo)

    spec = parse_campaign(SPEC.format(audience="{}"))
    first = await bot.side.campaigns.create(spec, created_by=await person_id(bot, coordinator))

    # The coordinator previews and confirms in Telegram.
    await client.send_text(coordinator, "/campaign")
    await client.wait_for(coordinator, lambda m: "Info session (draft)" in plain(m.text))
    await client.press_button(coordinator, f"Campaign \u2068{first.id}\u2069")
    preview = await client.wait_for(coordinator, lambda m: "Learners: 5" in plain(m.text))
    assert "1 get the text in English" in plain(preview.text)
    await client.wait_for(coordinator, lambda m: "Send" in m.button_labels)
    await client.press_button(coordinator, "Send")
    await client.wait_for(coordinator, lambda m: "Yes, send" in m.button_labels)
    await client.press_button(coordinator, "Yes, send")
    await client.wait_for(coordinator, lambda m: "I am sending it now" in plain(m.text))

    english = await got(client, amal, "Hello Amal!")
    assert english.button_labels == ["I'll come", "Not interested", say("campaign-mute")]
    finnish = await got(client, aino, "Hei Aino!")
    assert finnish.button_labels == ["Tulen", "En tule", say("campaign-mute", "fi")]
    # Arabic has no text: the fallback (English), with its buttons.
    fallback = await got(client, omar, "Hello Omar!")
    assert fallback.button_labels[:2] == ["I'll come", "Not interested"]

    # Answers are counted, and the message shows the one chosen (a second press moves
    # the mark and the count); a mute stops campaigns for that learner.
    await client.press_button(amal, "Not interested")
    await client.wait_for(
        amal,
        lambda m: m.message_id == english.message_id and "✅ Not interested" in m.button_labels,
    )
    await client.press_button(amal, "I'll come")
    marked = await client.wait_for(
        amal, lambda m: m.message_id == english.message_id and "✅ I'll come" in m.button_labels
    )
    assert marked.text == english.text
    assert marked.button_labels == ["✅ I'll come", "Not interested", say("campaign-mute")]
    await client.press_button(aino, say("campaign-mute", "fi"))
    await client.wait_for(aino, lambda m: m.text == say("campaign-muted", "fi"))

    async def answered() -> bool:
        return (await bot.side.campaigns.report(first.id)).answers == {1: 1}

    await eventually(answered)
    report = await bot.side.campaigns.report(first.id)
    assert report.count("sent") == 3
    assert report.count("blocked") == 1
    assert report.count("pending") == 1  # Lea: waiting for the morning in Auckland
    assert await received(client, lea, "Hello") == 0
    async with bot.side.sessions() as session:
        [lea_message] = (
            await session.execute(
                select(OutboxMessage).where(
                    OutboxMessage.person_id == ids["Lea"], OutboxMessage.kind == "campaign"
                )
            )
        ).scalars()
    assert lea_message.status is OutboxStatus.PENDING
    assert lea_message.not_before > bot.clock.now()

    # The next campaign: the muted learner and the blocked one get nothing.
    audience = f"{{learners: [{ids['Amal']}, {ids['Aino']}, {ids['Bo']}]}}"
    second = await bot.side.campaigns.create(
        parse_campaign(SPEC.format(audience=audience).replace("Info session", "Second")),
        created_by=await person_id(bot, coordinator),
    )
    await bot.side.campaigns.confirm(second.id)

    async def two_for_amal() -> bool:
        return await received(client, amal, "Hello Amal!") == 2

    await eventually(two_for_amal, seconds=10)
    # The coordinator's report follows when the send has finished.
    report_message = await client.wait_for(
        coordinator, lambda m: plain(m.text).startswith("Report: Second"), timeout=15
    )
    assert "Sent: 1. Failed: 0. Blocked: 1. Muted: 1." in plain(report_message.text)
    assert "may have arrived" not in plain(report_message.text)  # nothing in doubt
    assert await received(client, aino, "Hei Aino!") == 1
    assert (await bot.side.campaigns.get(second.id)).status is CampaignStatus.DONE


async def test_cancel_mid_send_stops_the_rest(bot: RunningBot, client: SandboxClient):
    cid = await person_id(bot, await join(bot, client, Role.COUNSELLOR, "Mikko"))
    learners = [await join(bot, client, Role.LEARNER, f"L{i}", counsellor_id=cid) for i in range(6)]
    # Three messages a second: the cancel lands in the middle of the send.
    bot.limits = replace(bot.limits, per_second=3.0)
    await bot.restart()
    campaign = await bot.side.campaigns.create(parse_campaign(SPEC.format(audience="{}")))
    await bot.side.campaigns.confirm(campaign.id)

    async def some_sent() -> bool:
        return (await bot.side.campaigns.report(campaign.id)).count("sent") >= 1

    await eventually(some_sent)
    cancelled = await bot.side.campaigns.cancel(campaign.id)
    assert cancelled >= 1
    report = await bot.side.campaigns.report(campaign.id)
    # Rows already claimed may still go; nothing else does.
    assert report.count("sent") + report.count("cancelled") + report.count("pending") == 6

    async def settled() -> bool:
        return (await bot.side.campaigns.report(campaign.id)).count("pending") == 0

    await eventually(settled)
    final = await bot.side.campaigns.report(campaign.id)
    total = [await received(client, u, "Hello") for u in learners]
    assert sum(total) == final.count("sent") < 6
    assert max(total) == 1


async def test_the_report_says_how_many_may_have_arrived(bot: RunningBot, client: SandboxClient):
    coordinator = await join(bot, client, Role.COORDINATOR, "Coord")
    cid = await person_id(bot, await join(bot, client, Role.COUNSELLOR, "Mikko"))
    amal = await join(bot, client, Role.LEARNER, "Amal", "en", counsellor_id=cid)
    aino = await join(bot, client, Role.LEARNER, "Aino", "fi", counsellor_id=cid)
    omar = await join(bot, client, Role.LEARNER, "Omar", "en", counsellor_id=cid)
    # Telegram's answers for Aino and Omar are lost (a 502 from the gateway): the messages
    # may have arrived, so the sender leaves both rows in doubt and never sends them again.
    for user in (aino, omar):
        await client.inject_fault("sendMessage", chat_id=user.id, error_code=502, times=1)
    campaign = await bot.side.campaigns.create(
        parse_campaign(SPEC.format(audience="{}")),
        created_by=await person_id(bot, coordinator),
    )
    await bot.side.campaigns.confirm(campaign.id)

    pushed = await client.wait_for(
        coordinator, lambda m: plain(m.text).startswith("Report: Info session"), timeout=15
    )
    line = plain(say("campaign-report-in-doubt", count=2)).strip()
    assert line.startswith("2 messages may have arrived.")
    lines = plain(pushed.text).splitlines()
    # Failed counts only what surely did not arrive; the doubt has its own line after it.
    assert lines[2] == "Sent: 1. Failed: 0. Blocked: 0. Muted: 0. Waiting: 0."
    assert lines[3] == line
    assert await received(client, amal, "Hello Amal!") == 1
    async with bot.side.sessions() as session:
        doubtful = (
            await session.execute(
                select(OutboxMessage.status, OutboxMessage.attempts)
                .join(CampaignDelivery, CampaignDelivery.outbox_id == OutboxMessage.id)
                .where(CampaignDelivery.campaign_id == campaign.id)
                .where(OutboxMessage.status != OutboxStatus.SENT)
            )
        ).all()
    assert sorted(doubtful) == [(OutboxStatus.IN_DOUBT, 1)] * 2
    assert (await bot.side.campaigns.get(campaign.id)).status is CampaignStatus.DONE

    # /campaign shows the same report, with the same line.
    await client.send_text(coordinator, "/campaign")
    await client.wait_for(coordinator, lambda m: "Info session (sent)" in plain(m.text))
    await client.press_button(coordinator, f"Campaign \u2068{campaign.id}\u2069")
    shown = await client.wait_for(
        coordinator,
        lambda m: (
            plain(m.text).startswith("Report: Info session") and m.message_id != pushed.message_id
        ),
    )
    assert line in plain(shown.text).splitlines()
