"""The intake's Rasa SDK actions: answer validation and the centre's decisions.

They run in-process through the Rasa SDK executor (see :mod:`bot.dialogue.actions`) and
are served to a Rasa assistant by ``polku actions``. Messages they utter name Fluent
message keys as Rasa responses, with the message arguments as keyword arguments.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.clock import Clock
from bot.intake.rules import eligibility, propose_path

MAX_NAME = 40
MAX_TEXT = 120
MAX_AGE = 100


def _whole_number(value: Any) -> int | None:
    """An integer from what Rasa may send: 1990, 1990.0 or "1990" (any script's digits)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdecimal():
        return int(value.strip())
    return None


def _has_letter(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("L") for ch in text)


def _plain_text(
    value: Any, dispatcher: CollectingDispatcher, slot: str, limit: int
) -> dict[str, Any]:
    text = " ".join(str(value or "").split())
    if not _has_letter(text):
        dispatcher.utter_message(response="intake-invalid-letters")
        return {slot: None}
    if len(text) > limit:
        dispatcher.utter_message(response="intake-invalid-too-long", limit=limit)
        return {slot: None}
    return {slot: text}


class ValidateIntakeForm(FormValidationAction):
    """Checks free-text and number answers of the intake."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def name(self) -> str:
        """The form validation action's name (Rasa: ``validate_<form>``)."""
        return "validate_intake_form"

    def validate_preferred_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A name: some letters, not a paragraph."""
        text = " ".join(str(value or "").split())
        if not _has_letter(text) or len(text) > MAX_NAME or len(text.split()) > 4:
            dispatcher.utter_message(response="intake-invalid-name")
            return {"preferred_name": None}
        return {"preferred_name": text}

    def validate_birth_year(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A year of birth in the last hundred years, not in the future."""
        this_year = self._clock.now().year
        year = _whole_number(value)
        if year is None or not this_year - MAX_AGE <= year <= this_year:
            dispatcher.utter_message(
                response="intake-invalid-birth-year",
                # Years, not quantities: strings, so no thousands separator.
                first=str(this_year - MAX_AGE),
                last=str(this_year),
            )
            return {"birth_year": None}
        return {"birth_year": year}

    def validate_work_years(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Years of work: 0 to 60."""
        years = _whole_number(value)
        if years is None or not 0 <= years <= 60:
            dispatcher.utter_message(response="intake-invalid-work-years")
            return {"work_years": None}
        return {"work_years": years}

    def validate_education_country(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A country name: letters, short."""
        return _plain_text(value, dispatcher, "education_country", MAX_TEXT)

    def validate_work_fields(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Fields of work, in the learner's words: letters, short."""
        return _plain_text(value, dispatcher, "work_fields", MAX_TEXT)


class ActionCheckEligibility(Action):
    """Sets ``eligible`` and ``ineligible_reasons`` by the centre's rule."""

    def __init__(self, clock: Clock, municipalities: Iterable[str]) -> None:
        self._clock = clock
        self._municipalities = tuple(municipalities)

    def name(self) -> str:
        """The action's name."""
        return "action_check_eligibility"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Decide eligibility from the answers in the tracker's slots."""
        result = eligibility(
            tracker.slots,
            this_year=self._clock.now().year,
            municipalities=self._municipalities,
        )
        return [
            SlotSet("eligible", result.eligible),
            SlotSet("ineligible_reasons", list(result.reasons)),
        ]


class ActionProposePath(Action):
    """Sets ``proposed_path`` and ``path_reasons`` by the rules in :mod:`bot.intake.rules`."""

    def name(self) -> str:
        """The action's name."""
        return "action_propose_path"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Propose a path from the answers in the tracker's slots."""
        proposal = propose_path(tracker.slots)
        return [
            SlotSet("proposed_path", proposal.path.value),
            SlotSet("path_reasons", list(proposal.reasons)),
        ]
