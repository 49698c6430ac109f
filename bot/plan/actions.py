"""The plan's Rasa SDK actions: saving a step from the counsellor's guided dialogue.

``sender_id`` is the counsellor's Polku person id; ``learner_id`` (with ``newest_step_id``
for a new step, ``step_id`` for a new date) are slots the dialogue starts with. Both
actions may be called twice with the same tracker and change the plan once.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.plan.book import NewStep, PlanBook
from bot.plan.callbacks import PlanOp, callback_data
from store.db import joined
from store.models import Role
from store.people import PeopleRepository
from store.plans import PlanRepository


def parse_due(value: Any) -> tuple[date | None, Any]:
    """The engine's date answer ("2026-12-31" or "2026-12-31T14:30") as a date and a time."""
    if not value:
        return None, None
    text = str(value)
    if "T" in text:
        moment = datetime.fromisoformat(text)
        return moment.date(), moment.time()
    return date.fromisoformat(text), None


def _back_to_plan(dispatcher: CollectingDispatcher, response: str, learner_id: int) -> None:
    # A Rasa button: its title is a message key, its payload the plan view's callback data.
    dispatcher.utter_message(
        response=response,
        buttons=[{"title": "plan-back-to-plan", "payload": callback_data(PlanOp.VIEW, learner_id)}],
    )


class _PlanAction(Action):
    def __init__(self, book: PlanBook) -> None:
        self._book = book

    async def _allowed(self, session: Any, tracker: Tracker) -> tuple[Any, Any]:
        people = PeopleRepository(session)
        counsellor = await people.get(int(tracker.sender_id))
        learner_id = int(tracker.get_slot("learner_id"))
        if (
            counsellor is None
            or counsellor.role is not Role.COUNSELLOR
            or not await people.follows(counsellor.id, learner_id)
        ):
            raise PermissionError("not this learner's counsellor")
        learner = await people.get(learner_id)
        return counsellor, learner


class ActionSavePlanStep(_PlanAction):
    """Adds the step the counsellor described to the learner's plan."""

    def name(self) -> str:
        """The action's name."""
        return "action_save_plan_step"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Add the step, schedule its reminders, offer the way back to the plan."""
        due, at = parse_due(tracker.get_slot("due"))
        new = NewStep(
            step_type=str(tracker.get_slot("step_type")),
            due=due,
            at=at,
            note=tracker.get_slot("note"),
            place=tracker.get_slot("place"),
        )
        # The plan's newest step when the dialogue began (a dialogue saved before this slot
        # existed has none): a repeated call finds the step the first one added.
        newest = tracker.get_slot("newest_step_id")
        async with joined(self._book.sessions) as session:
            counsellor, learner = await self._allowed(session, tracker)
            if newest is None or not await self._book.added_since(
                session, learner, new, int(newest)
            ):
                await self._book.add(session, learner, new, counsellor.id)
        _back_to_plan(
            dispatcher,
            "plan-step-added" if due is not None else "plan-step-added-no-date",
            learner.id,
        )
        return []


class ActionSavePlanDue(_PlanAction):
    """Gives a step a new due date; its reminders follow."""

    def name(self) -> str:
        """The action's name."""
        return "action_save_plan_due"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Change the date and reschedule the reminders."""
        due, at = parse_due(tracker.get_slot("due"))
        async with joined(self._book.sessions) as session:
            counsellor, learner = await self._allowed(session, tracker)
            step = await PlanRepository(session).step(int(tracker.get_slot("step_id")))
            if step is None or step.learner_id != learner.id:
                raise LookupError("no such step for this learner")
            await self._book.change_due(session, step, learner, due, at, counsellor.id)
        _back_to_plan(
            dispatcher, "plan-date-changed" if due is not None else "plan-date-removed", learner.id
        )
        return []
