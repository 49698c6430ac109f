"""The availability dialogue's Rasa SDK actions (``dialogues/availability.yml``).

``sender_id`` is the counsellor's Polku person id. Every answer goes through
:class:`ValidateAvailabilityForm`, which checks first that the sender is still an active
counsellor (a flow outlives a role change), then the answer itself. Slots hold plain
values: ``days`` weekday names, ``start`` and ``end`` as "HH:MM", ``length`` and
``buffer`` minutes as text (button values), ``day`` an ISO date.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.appointments.service import Appointments
from bot.clock import Clock
from bot.dialogue.actions import slot_list
from bot.errors import NotAllowed
from store.db import joined
from store.models import MeetingMode, Person, Role
from store.people import PeopleRepository

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_PLACE = 200
# How far ahead a day off or extra hours may be set.
MAX_DAYS_AHEAD = 366
# "9", "09", "9.30", "9:30", "09:30", "0930" (digits of any script).
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.]?(\d{2}))?$")
# The button that leads back to the availability view (a Rasa button: title = message key).
SHOW_BUTTON = {"title": "availability-show-button", "payload": "av:show:0"}


def parse_clock(text: Any) -> time | None:
    """A time of day as people type it, or None."""
    match = _CLOCK.match("".join(str(text or "").split()))
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def hhmm(value: time) -> str:
    """A time as a slot keeps it."""
    return f"{value.hour:02d}:{value.minute:02d}"


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


async def counsellor_of(sessions: async_sessionmaker[AsyncSession], tracker: Tracker) -> Person:
    """The sender, when they are an active counsellor.

    Raises:
        NotAllowed: anyone else (a learner, a former counsellor).
    """
    async with joined(sessions) as session:
        person = await PeopleRepository(session).get(int(tracker.sender_id))
    if person is None or not person.active or person.role is not Role.COUNSELLOR:
        raise NotAllowed(role=person.role.value if person is not None else "none")
    return person


class ValidateAvailabilityForm(FormValidationAction):
    """Checks the sender's role on every answer, then the answer."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def name(self) -> str:
        """The form validation action's name (Rasa: ``validate_<form>``)."""
        return "validate_availability_form"

    async def _today(self, tracker: Tracker) -> date:
        counsellor = await counsellor_of(self._sessions, tracker)
        return self._clock.now().astimezone(ZoneInfo(counsellor.time_zone)).date()

    async def validate_days(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Weekdays, at least one."""
        await counsellor_of(self._sessions, tracker)
        days = [d for d in WEEKDAYS if d in slot_list(value)]
        return {"days": days or None}

    async def validate_start(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A time of day."""
        await counsellor_of(self._sessions, tracker)
        start = parse_clock(value)
        if start is None:
            dispatcher.utter_message(response="availability-invalid-time")
            return {"start": None}
        return {"start": hhmm(start)}

    async def validate_end(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A time of day after the start ("24" or "0" is midnight, the day's end)."""
        await counsellor_of(self._sessions, tracker)
        cleaned = "".join(str(value or "").split())
        end = time(0, 0) if cleaned in ("24", "24:00", "24.00") else parse_clock(cleaned)
        if end is None:
            dispatcher.utter_message(response="availability-invalid-time")
            return {"end": None}
        # Rasa validates the answers a form already has in any order: no start yet, no check.
        start = parse_clock(tracker.get_slot("start"))
        if start is None:
            return {"end": hhmm(end)}
        window = (_minutes(end) or 24 * 60) - _minutes(start)
        if window <= 0:
            dispatcher.utter_message(response="availability-invalid-end", start=hhmm(start))
            return {"end": None}
        length = tracker.get_slot("length")
        if length is not None and int(length) > window:
            # A length given before the hours does not fit them: ask for the length again.
            dispatcher.utter_message(response="availability-invalid-length", minutes=window)
            return {"end": hhmm(end), "length": None}
        return {"end": hhmm(end)}

    async def validate_length(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A meeting length that fits between the start and the end."""
        await counsellor_of(self._sessions, tracker)
        start = parse_clock(tracker.get_slot("start"))
        end = parse_clock(tracker.get_slot("end"))
        if start is None or end is None:
            # A length Rasa had before the hours (it validates a form's answers in any
            # order): validate_end checks it against them.
            return {"length": str(value)}
        window = (_minutes(end) or 24 * 60) - _minutes(start)
        if int(value) > window:
            dispatcher.utter_message(response="availability-invalid-length", minutes=window)
            return {"length": None}
        return {"length": str(value)}

    async def validate_buffer(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Any of the offered buffers."""
        await counsellor_of(self._sessions, tracker)
        return {"buffer": str(value)}

    async def validate_mode(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """In person, by phone or by video."""
        await counsellor_of(self._sessions, tracker)
        return {"mode": MeetingMode(value).value}

    async def validate_place(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A place (or a phone number): short."""
        await counsellor_of(self._sessions, tracker)
        text = " ".join(str(value or "").split())
        if len(text) > MAX_PLACE:
            dispatcher.utter_message(response="availability-invalid-place", limit=MAX_PLACE)
            return {"place": None}
        return {"place": text}

    async def validate_link(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A video link: https://..., one word, short."""
        await counsellor_of(self._sessions, tracker)
        text = str(value or "").strip()
        if not text.startswith(("https://", "http://")) or " " in text or len(text) > MAX_PLACE:
            dispatcher.utter_message(response="availability-invalid-link")
            return {"link": None}
        return {"link": text}

    async def validate_day(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A day from today up to a year ahead (a time typed with it is ignored)."""
        today = await self._today(tracker)
        day = date.fromisoformat(str(value)[:10])
        if not today <= day <= today + timedelta(days=MAX_DAYS_AHEAD):
            dispatcher.utter_message(response="availability-invalid-day")
            return {"day": None}
        return {"day": day.isoformat()}

    async def validate_confirm(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Yes or no."""
        await counsellor_of(self._sessions, tracker)
        return {"confirm": value}


class ActionSaveAvailability(Action):
    """Saves what the dialogue collected: weekly hours, extra hours or a day off."""

    def __init__(self, appointments: Appointments, sessions: async_sessionmaker[AsyncSession]):
        self._appointments = appointments
        self._sessions = sessions

    def name(self) -> str:
        """The action's name."""
        return "action_save_availability"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Save, and offer the way back to the availability view."""
        counsellor = await counsellor_of(self._sessions, tracker)
        slots = tracker.slots
        kind = slots.get("kind")
        if kind == "off":
            _off, clashes = await self._appointments.day_off(
                counsellor.id, date.fromisoformat(str(slots["day"]))
            )
            dispatcher.utter_message(
                response="availability-off-saved", count=len(clashes), buttons=[SHOW_BUTTON]
            )
            return []
        start, end = parse_clock(slots.get("start")), parse_clock(slots.get("end"))
        assert start is not None and end is not None
        mode = MeetingMode(str(slots.get("mode") or MeetingMode.IN_PERSON.value))
        place = slots.get("link") if mode is MeetingMode.VIDEO else slots.get("place")
        terms: dict[str, Any] = {
            "length": int(slots["length"]),
            "buffer": int(slots["buffer"]),
            "mode": mode,
            "place": place or None,
        }
        if kind == "extra":
            day = date.fromisoformat(str(slots["day"]))
            await self._appointments.extra_hours(counsellor.id, day, start, end, **terms)
        else:
            weekdays = [WEEKDAYS.index(d) for d in slot_list(slots.get("days"))]
            await self._appointments.add_hours(counsellor.id, weekdays, start, end, **terms)
        dispatcher.utter_message(response="availability-saved", buttons=[SHOW_BUTTON])
        return []


def build_actions(
    appointments: Appointments, sessions: async_sessionmaker[AsyncSession], clock: Clock
) -> list[Action]:
    """The availability dialogue's actions."""
    return [
        ValidateAvailabilityForm(sessions, clock),
        ActionSaveAvailability(appointments, sessions),
    ]
