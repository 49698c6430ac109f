"""The Rasa SDK actions of the guided ``/campaign`` dialogue (``dialogues/campaign.yml``).

``sender_id`` is the Polku person id of the coordinator (or counsellor) writing the
campaign. Every action checks that they may run campaigns; the draft is checked by the
same model as a campaign file (:class:`~bot.campaigns.file.CampaignFile`) and stored in
the turn's transaction, so a replayed turn stores it once.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.ext.asyncio import AsyncSession

from bot.campaigns.file import MAX_BUTTONS, MAX_LABEL, MAX_TEXT, CampaignFile, placeholders_in
from bot.campaigns.service import Campaigns
from bot.clock import Clock
from bot.dialogue.actions import slot_list
from bot.errors import NotAllowed
from store.db import joined
from store.models import CampaignRepeat, Person, Role
from store.people import PeopleRepository

FLOW = "campaign"
MAX_NAME = 200
# Audience filter slots of the flow -> the campaign file's audience keys.
_ACTIVE = {
    "active_7": ("active_within_days", 7),
    "active_30": ("active_within_days", 30),
    "inactive_14": ("inactive_days", 14),
    "inactive_30": ("inactive_days", 30),
}


async def _runner(session: AsyncSession, tracker: Tracker, campaigns: Campaigns) -> Person:
    """The person writing the campaign, if they may run campaigns."""
    person = await PeopleRepository(session).get(int(tracker.sender_id))
    if person is None or not person.active or not campaigns.may_run(person):
        raise NotAllowed(role=person.role.value if person else "none")
    return person


def labels_of(value: Any) -> list[str]:
    """Button labels typed one per line."""
    return [line.strip() for line in str(value or "").splitlines() if line.strip()]


class ActionCampaignBegin(Action):
    """Checks the role; fills the counsellor choices (a counsellor: only themselves)."""

    def __init__(self, campaigns: Campaigns) -> None:
        self._campaigns = campaigns

    def name(self) -> str:
        """The action's name."""
        return "action_campaign_begin"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Set ``counsellor_options``, ``time_zone``, and empty ``texts`` and ``labels``."""
        async with joined(self._campaigns.sessions) as session:
            person = await _runner(session, tracker, self._campaigns)
            if person.role is Role.COUNSELLOR:
                counsellors = [person]
            else:
                counsellors = [
                    p
                    for p in await PeopleRepository(session).with_role(Role.COUNSELLOR)
                    if p.active
                ]
        options = [
            {
                "value": str(p.id),
                "label": "campaign-option-counsellor",
                "args": {"name": p.display_name},
            }
            for p in counsellors
        ]
        return [
            SlotSet("counsellor_options", options),
            SlotSet("time_zone", person.time_zone),
            SlotSet("texts", {}),
            SlotSet("labels", {}),
        ]


class ValidateCampaignForm(FormValidationAction):
    """Checks what the coordinator types: the name, texts, labels and dates."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def name(self) -> str:
        """The form validation action's name (Rasa: ``validate_<form>``)."""
        return "validate_campaign_form"

    def validate_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A name of at most 200 characters."""
        if len(str(value)) > MAX_NAME:
            dispatcher.utter_message(response="campaign-new-too-long", limit=MAX_NAME)
            return {"name": None}
        return {"name": str(value)}

    def _text(self, slot: str, value: Any, dispatcher: CollectingDispatcher) -> dict[str, Any]:
        text = str(value)
        if len(text) > MAX_TEXT:
            dispatcher.utter_message(response="campaign-new-too-long", limit=MAX_TEXT)
            return {slot: None}
        try:
            placeholders_in(text)
        except ValueError:
            dispatcher.utter_message(response="campaign-new-bad-placeholder")
            return {slot: None}
        return {slot: text}

    def validate_fallback_text(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A text with known placeholders only."""
        return self._text("fallback_text", value, dispatcher)

    def validate_other_text(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A text with known placeholders only."""
        return self._text("other_text", value, dispatcher)

    def _labels(
        self, slot: str, value: Any, count: int | None, dispatcher: CollectingDispatcher
    ) -> dict[str, Any]:
        labels = labels_of(value)
        if not 1 <= len(labels) <= MAX_BUTTONS or any(len(x) > MAX_LABEL for x in labels):
            dispatcher.utter_message(
                response="campaign-new-bad-buttons", most=MAX_BUTTONS, limit=MAX_LABEL
            )
            return {slot: None}
        if count is not None and len(labels) != count:
            dispatcher.utter_message(response="campaign-new-buttons-count", count=count)
            return {slot: None}
        return {slot: "\n".join(labels)}

    def validate_fallback_buttons(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """One to three labels, one per line, each short enough for a phone."""
        return self._labels("fallback_buttons", value, None, dispatcher)

    def validate_other_buttons(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """As many labels as the fallback language has."""
        count = len(labels_of(tracker.get_slot("fallback_buttons")))
        return self._labels("other_buttons", value, count, dispatcher)

    def validate_other_language(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Not the main (fallback) language; a language given before gets its new text."""
        if value == tracker.get_slot("fallback"):
            dispatcher.utter_message(response="campaign-new-language-given")
            return {"other_language": None}
        return {"other_language": value}

    def validate_send_at(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A date and a time, not in the past; read in the writer's time zone."""
        text = str(value)
        if "T" not in text:
            dispatcher.utter_message(response="campaign-new-need-time")
            return {"send_at": None}
        zone = ZoneInfo(str(tracker.get_slot("time_zone") or "Europe/Helsinki"))
        at = datetime.fromisoformat(text).replace(tzinfo=zone)
        if at < self._clock.now():
            dispatcher.utter_message(response="campaign-new-past")
            return {"send_at": None}
        return {"send_at": at.isoformat()}

    def validate_until(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The last day of a repeating campaign: on or after its first day."""
        last = date.fromisoformat(str(value)[:10])
        first = datetime.fromisoformat(str(tracker.get_slot("send_at"))).date()
        if last < first:
            dispatcher.utter_message(response="campaign-new-until-early")
            return {"until": None}
        return {"until": last.isoformat()}


class ActionCampaignAddText(Action):
    """Keeps the text (and labels) just given for one more language."""

    def name(self) -> str:
        """The action's name."""
        return "action_campaign_add_text"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Add ``other_text`` (and ``other_buttons``) under ``other_language``."""
        language = str(tracker.get_slot("other_language"))
        texts = {**(tracker.get_slot("texts") or {}), language: tracker.get_slot("other_text")}
        labels = dict(tracker.get_slot("labels") or {})
        if tracker.get_slot("fallback_buttons"):
            labels[language] = labels_of(tracker.get_slot("other_buttons"))
        # The answers stay: "Back" from the next question leads to them, and answering
        # again replaces this language's text.
        return [SlotSet("texts", texts), SlotSet("labels", labels)]


def campaign_spec(slots: dict[str, Any]) -> CampaignFile:
    """The campaign the dialogue's slots describe, checked like a campaign file.

    Raises:
        ValidationError: slots that do not make a campaign.
    """
    audience: dict[str, Any] = {}
    for slot, key in (
        ("filter_path", "path"),
        ("filter_status", "status"),
        ("filter_language", "language"),
        ("filter_step", "step_not_done"),
    ):
        if slots.get(slot):
            audience[key] = slot_list(slots[slot])
    if slots.get("filter_counsellor"):
        audience["counsellor"] = [int(v) for v in slot_list(slots["filter_counsellor"])]
    if slots.get("filter_active") in _ACTIVE:
        key, days = _ACTIVE[slots["filter_active"]]
        audience[key] = days
    fallback = str(slots.get("fallback"))
    messages = {fallback: slots.get("fallback_text"), **(slots.get("texts") or {})}
    buttons: dict[str, list[str]] = {}
    if slots.get("fallback_buttons"):
        buttons = {fallback: labels_of(slots["fallback_buttons"]), **(slots.get("labels") or {})}
    schedule = slots.get("schedule") or "now"
    raw: dict[str, Any] = {
        "name": slots.get("name"),
        "audience": audience,
        "messages": messages,
        "fallback": fallback,
        "buttons": buttons,
    }
    if schedule != "now":
        raw["send_at"] = slots.get("send_at")
    if schedule in (CampaignRepeat.DAILY.value, CampaignRepeat.WEEKLY.value):
        raw["repeat"] = schedule
        raw["until"] = slots.get("until")
    return CampaignFile.model_validate(raw)


class ActionCampaignDraft(Action):
    """Stores the campaign as a draft; ``campaign_id`` names it (the preview follows)."""

    def __init__(self, campaigns: Campaigns) -> None:
        self._campaigns = campaigns

    def name(self) -> str:
        """The action's name."""
        return "action_campaign_draft"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Check the whole campaign and store it, once per dialogue."""
        if tracker.get_slot("campaign_id") is not None:
            return []
        try:
            spec = campaign_spec(dict(tracker.slots))
        except ValidationError:
            dispatcher.utter_message(response="campaign-new-failed")
            return []
        started = tracker.get_slot("started")
        since = datetime.fromisoformat(started) if isinstance(started, str) else None
        async with joined(self._campaigns.sessions) as session:
            person = await _runner(session, tracker, self._campaigns)
            campaign = await self._campaigns.add_draft(session, spec, person.id, since=since)
        return [SlotSet("campaign_id", campaign.id)]


def build_actions(campaigns: Campaigns, clock: Clock) -> list[Action]:
    """Every Rasa SDK action the campaign dialogue names."""
    return [
        ActionCampaignBegin(campaigns),
        ValidateCampaignForm(clock),
        ActionCampaignAddText(),
        ActionCampaignDraft(campaigns),
    ]
