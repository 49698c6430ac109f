"""``/campaign`` for coordinators and the buttons under campaign messages for learners."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.campaigns.actions import FLOW
from bot.campaigns.messages import (
    NEW,
    campaign_line,
    language_name,
    parse_answer,
    parse_staff,
    report_reply,
    staff_buttons,
    state,
    with_answer,
)
from bot.campaigns.service import CampaignError, Campaigns, Preview
from bot.clock import Clock
from bot.dialogue.conversations import Conversations, answer_for
from bot.dialogue.engine import Engine, Turn
from bot.errors import NotAllowed, StaleButton
from bot.i18n import reading_of
from bot.people import Sender, require_role, who_wrote
from bot.replies import Answer, Button, Lines, Phrase, Reply
from store.db import transaction
from store.models import Campaign, CampaignRepeat, CampaignStatus, Person, Role

LISTED = 10  # the newest campaigns /campaign shows
# What a coordinator is told when a campaign cannot be changed, by the error's reason.
_ERRORS = {"not_draft": "campaign-error-not_draft", "finished": "campaign-error-finished"}
# How a repeating campaign's schedule reads, by its repeat.
_REPEATS = {
    CampaignRepeat.DAILY: "campaign-when-daily",
    CampaignRepeat.WEEKLY: "campaign-when-weekly",
}


class CampaignChat:
    """The chat glue of campaigns: role checks on every action, then the service."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        campaigns: Campaigns,
        clock: Clock,
        *,
        dialogues: Engine,
        conversations: Conversations,
    ) -> None:
        self._sessions = sessions
        self._campaigns = campaigns
        self._clock = clock
        self._dialogues = dialogues
        self._conversations = conversations
        # Every answer and press in the guided dialogue checks the role first; its end
        # shows the preview and asks for the confirmation.
        conversations.watch(FLOW, allowed=campaigns.may_run, finished=self.drafted)

    async def _staff(self, sender: Sender) -> Person:
        async with transaction(self._sessions) as session:
            person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
        roles = [Role.COORDINATOR]
        if self._campaigns.counsellors_may_send:
            roles.append(Role.COUNSELLOR)
        return require_role(person, *roles)

    async def command(self, sender: Sender) -> Answer:
        """``/campaign``: the newest campaigns, each a button to its preview."""
        person = await self._staff(sender)
        own = None if person.role is Role.COORDINATOR else person.id
        found = (await self._campaigns.all(own))[:LISTED]
        new = (Button("campaign-new-button", data=NEW),)
        if not found:
            reply = Reply("campaign-list-empty", buttons=(new,))
        else:
            buttons = tuple(
                (Button("campaign-button-show", data=f"campaign:show:{c.id}", args={"id": c.id}),)
                for c in found
            )
            lines = Lines(tuple(campaign_line(c) for c in found))
            reply = Reply("campaign-list", {"lines": lines}, (new, *buttons))
        return Answer(reading_of(person), person.time_zone, (reply,))

    async def begin(self, sender: Sender) -> Answer:
        """ "New campaign": the guided dialogue (``dialogues/campaign.yml``) from its start.

        Raises:
            NotAllowed: the person may not run campaigns.
        """
        async with transaction(self._sessions) as session:
            person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
            if person is None or not self._campaigns.may_run(person):
                require_role(person, Role.COORDINATOR)
            assert person is not None
            # When the dialogue began: the draft it stores is found by it (stored once).
            started = {"started": self._clock.now().isoformat()}
            turn = await self._dialogues.begin(session, person.id, FLOW, slots=started)
            await self._conversations.after(session, person, turn, sender.update_id)
        return answer_for(person, turn)

    async def drafted(self, person: Person, turn: Turn) -> list[Reply]:
        """When the dialogue ends with a draft: when it goes, the preview, the confirmation."""
        campaign_id = turn.slots.get("campaign_id")
        if turn.finished != "drafted" or not isinstance(campaign_id, int):
            return []
        try:
            campaign = await self._campaigns.check_owner(campaign_id, person)
        except CampaignError:
            return []
        saved = Reply(
            "campaign-new-saved",
            {"name": campaign.name, "schedule": self._when(campaign, turn.slots.get("schedule"))},
        )
        return [saved, *await self._show(campaign, confirm=True)]

    def _when(self, campaign: Campaign, schedule: object) -> Phrase:
        if schedule in (None, "now"):
            return Phrase("campaign-when-now")
        key = _REPEATS.get(campaign.repeat)
        if key is None or campaign.until is None:
            return Phrase("campaign-when-at", {"when": campaign.send_at})
        last = campaign.until.astimezone(ZoneInfo(self._campaigns.time_zone)).date()
        return Phrase(key, {"when": campaign.send_at, "until": last})

    async def press(self, sender: Sender, data: str) -> Answer:
        """A coordinator's button in ``/campaign``: show, send (asks), confirm, cancel.

        Raises:
            StaleButton: malformed data, or a campaign that is not there (or not theirs).
            NotAllowed: the person may not run campaigns.
        """
        if data == NEW:
            return await self.begin(sender)
        action = parse_staff(data)
        if action is None:
            raise StaleButton(data=data[:64])
        person = await self._staff(sender)
        try:
            campaign = await self._campaigns.check_owner(action.campaign_id, person)
            if action.operation == "show":
                replies = await self._show(campaign, confirm=False)
            elif action.operation == "send":
                replies = await self._show(campaign, confirm=True)
            elif action.operation == "confirm":
                await self._campaigns.confirm(campaign.id)
                later = campaign.send_at > self._clock.now()
                key = "campaign-scheduled" if later else "campaign-sending-now"
                replies = (Reply(key, {"name": campaign.name}, edit=True),)
            else:
                cancelled = await self._campaigns.cancel(campaign.id)
                replies = (
                    Reply(
                        "campaign-cancelled",
                        {"name": campaign.name, "count": cancelled},
                        edit=True,
                    ),
                )
        except CampaignError as exc:
            if exc.reason == "not_found":
                raise StaleButton(data=data[:64]) from None
            replies = (Reply(_ERRORS.get(exc.reason, "campaign-error")),)
        return Answer(reading_of(person), person.time_zone, replies)

    async def _show(self, campaign: Campaign, *, confirm: bool) -> tuple[Reply, ...]:
        preview = await self._campaigns.preview(campaign.id)
        replies = [preview_reply(campaign, preview)]
        for language, text in sorted(preview.examples.items()):
            replies.append(
                Reply("campaign-example", {"language": language_name(language), "text": text})
            )
        if campaign.status is not CampaignStatus.DRAFT:
            report = await self._campaigns.report(campaign.id)
            replies.append(report_reply(campaign, report))
        if confirm:
            buttons = (
                (
                    Button("campaign-button-confirm", data=f"campaign:confirm:{campaign.id}"),
                    Button("campaign-button-cancel", data=f"campaign:cancel:{campaign.id}"),
                ),
            )
            replies.append(Reply("campaign-confirm", {"count": preview.audience}, buttons))
        else:
            replies[-1] = Reply(replies[-1].key, replies[-1].args, staff_buttons(campaign))
        return tuple(replies)

    async def learner_press(self, sender: Sender, data: str) -> Answer:
        """A learner's button under a campaign message: an answer, or mute.

        Raises:
            StaleButton: malformed, forged (another learner's) or out-of-range data.
        """
        pressed = parse_answer(data)
        if pressed is None:
            raise StaleButton(data=data[:64])
        async with transaction(self._sessions) as session:
            person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
        learner = require_role(person, Role.LEARNER)
        if not await self._campaigns.answer(learner, pressed.delivery_id, pressed.answer):
            raise StaleButton(data=data[:64])
        if pressed.mute:
            return Answer(reading_of(learner), learner.time_zone, (Reply("campaign-muted"),))
        # The message shows the answer chosen (a later press changes it, as it changes the
        # count), so that it is clear when the learner scrolls back.
        sent = await self._campaigns.sent_message(learner, pressed.delivery_id)
        replies: tuple[Reply, ...] = ()
        if sent is not None and pressed.answer is not None:
            replies = (with_answer(sent, pressed.delivery_id, pressed.answer),)
        return Answer(
            reading_of(learner), learner.time_zone, replies, toast="campaign-answer-thanks"
        )


def preview_reply(campaign: Campaign, preview: Preview) -> Reply:
    """The audience of a campaign by language, and how many read the fallback text."""
    lines = Lines(
        tuple(
            Phrase(
                "campaign-preview-language",
                {
                    "language": language_name(language),
                    "count": count,
                    "fallback": preview.fell_back.get(language, 0),
                },
            )
            for language, count in sorted(preview.by_language.items())
        )
    )
    return Reply(
        "campaign-preview",
        {
            "id": campaign.id,
            "name": campaign.name,
            "status": state(campaign),
            "count": preview.audience,
            "fallback": sum(preview.fell_back.values()),
            "fallback_language": language_name(campaign.fallback),
            "muted": preview.muted,
            "blocked": preview.blocked,
            "languages": lines,
        },
    )


__all__ = ["CampaignChat", "NotAllowed", "preview_reply"]
