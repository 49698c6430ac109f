"""The intake's side effects, as Rasa SDK actions: consent, the result, the counsellor's notice.

``sender_id`` is the learner's Polku person id. Each action writes in its own transaction;
the outbox keys make a repeated call harmless.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.dialogue.actions import slot_list
from bot.outbox import Outbox, cause_digest
from bot.plan.book import PlanBook
from bot.plan.callbacks import PlanOp, callback_data
from bot.replies import Button, Phrase, Reply
from store.db import joined
from store.models import LearnerProfile, Person
from store.people import PeopleRepository

log = logging.getLogger(__name__)

# Slots that steer the conversation and are not answers to keep.
CONTROL_SLOTS = {
    "consent", "summary", "change", "eligible", "ineligible_reasons", "correction",
    "counsellor_told",
}  # fmt: skip
# The intake's questions (dialogues/intake.yml, less CONTROL_SLOTS; a test keeps them in
# step), and those with several answers. Only these are kept: a Rasa tracker carries every
# slot of the assistant (a check-in's note, a question to the counsellor, ids).
ANSWER_SLOTS = (
    "preferred_name", "birth_year", "municipality", "residence_permit", "job_seeker",
    "languages_spoken", "finnish_level", "swedish_level", "english_level", "education",
    "education_country", "work_fields", "work_years", "goal", "interests", "support_needs",
    "meeting_times",
)  # fmt: skip
MULTI_ANSWER_SLOTS = frozenset({"languages_spoken", "interests", "support_needs", "meeting_times"})


def answers_of(slots: dict[str, Any]) -> dict[str, Any]:
    """The learner's answers among the dialogue's slots (unanswered ones left out).

    A multi-choice answer is a list; a Rasa text slot filled from one entity holds a
    single string, which becomes a list of one.
    """
    answers = {}
    for name in ANSWER_SLOTS:
        value = slots.get(name)
        if value is None:
            continue
        answers[name] = slot_list(value) if name in MULTI_ANSWER_SLOTS else value
    return answers


class _IntakeEffect(Action):
    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], outbox: Outbox, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._clock = clock


class ActionRecordConsent(_IntakeEffect):
    """Records the learner's consent; only after it are answers kept."""

    def name(self) -> str:
        """The action's name."""
        return "action_record_consent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Create the learner's profile with the time of consent."""
        now = self._clock.now()
        async with joined(self._sessions) as session:
            person_id = int(tracker.sender_id)
            profile = await session.get(LearnerProfile, person_id)
            if profile is None:
                session.add(
                    LearnerProfile(
                        person_id=person_id,
                        consent_at=now,
                        answers={},
                        path_reasons=[],
                        updated_at=now,
                    )
                )
            else:
                profile.consent_at = profile.updated_at = now
                if profile.eligible is False:
                    profile.eligible = None  # starting again: the refusal no longer stands
        log.info("consent_recorded person=%s", tracker.sender_id)
        return []


class ActionCompleteIntake(_IntakeEffect):
    """Keeps the confirmed answers and the proposal, proposes a starter plan for the path,
    and tells the counsellor."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        outbox: Outbox,
        clock: Clock,
        plans: PlanBook | None = None,
    ) -> None:
        super().__init__(sessions, outbox, clock)
        self._plans = plans

    def name(self) -> str:
        """The action's name."""
        return "action_complete_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Save the profile, queue the counsellor's notice, tell the learner the proposal."""
        now = self._clock.now()
        slots = dict(tracker.slots)
        path = str(slots.get("proposed_path"))
        reasons = [str(r) for r in slots.get("path_reasons") or []]
        person_id = int(tracker.sender_id)
        async with joined(self._sessions) as session:
            learner = await PeopleRepository(session).get(person_id)
            profile = await session.get(LearnerProfile, person_id)
            if learner is None or profile is None:
                raise LookupError(f"no consenting learner {person_id}")
            answers = answers_of(slots)
            completion = cause_digest(answers, path)
            profile.answers = answers
            profile.eligible = True
            profile.path = path
            profile.path_reasons = reasons
            profile.completed_at = profile.updated_at = now
            await self._outbox.tell_counsellor(
                session,
                person_id,
                key=f"intake-done:{person_id}:{completion}",
                reply=_notice(slots, learner, path, reasons),
                now=now,
            )
            if self._plans is not None and await self._plans.propose_starter(
                session, learner, path
            ):
                await self._outbox.tell_counsellor(
                    session,
                    person_id,
                    key=f"plan-proposed:{person_id}:{path}:{completion}",
                    reply=Reply(
                        "notice-plan-proposed",
                        {"name": learner.display_name},
                        buttons=(
                            (Button("plan-open", data=callback_data(PlanOp.VIEW, person_id)),),
                        ),
                    ),
                    now=now,
                )
        dispatcher.utter_message(response="intake-done")
        dispatcher.utter_message(response=f"intake-path-{path}")
        for reason in reasons:
            dispatcher.utter_message(response=reason)
        dispatcher.utter_message(response="intake-next-steps")
        log.info("intake_completed person=%d path=%s", person_id, path)
        return []


class ActionDiscardIntake(_IntakeEffect):
    """Not eligible: keeps none of the answers in the profile, and tells the counsellor why.

    Runs as soon as one rule fails (the intake checks after each deciding question). The
    profile keeps only that the person was not accepted (so ``/plan`` can say so); the
    answers typed so far stay in the waiting dialogue only, for a correction, until the
    person starts again, leaves (/cancel), erases (/forget) or the retention period ends.
    """

    def name(self) -> str:
        """The action's name."""
        return "action_discard_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Mark the profile not accepted, tell the counsellor the rule (and nothing else)."""
        now = self._clock.now()
        person_id = int(tracker.sender_id)
        reasons = [str(r) for r in tracker.get_slot("ineligible_reasons") or []]
        told = None
        async with joined(self._sessions) as session:
            profile = await session.get(LearnerProfile, person_id)
            if profile is not None:
                profile.answers, profile.path, profile.path_reasons = {}, None, []
                profile.eligible, profile.completed_at, profile.updated_at = False, None, now
            learner = await PeopleRepository(session).get(person_id)
            if learner is not None:
                # One notice per rule: a second refusal for the same rule tells nothing new.
                told = await self._outbox.tell_counsellor(
                    session,
                    person_id,
                    key=f"intake-not-eligible:{person_id}:{cause_digest(reasons)}",
                    reply=Reply(
                        "notice-intake-not-eligible",
                        {
                            "name": learner.display_name,
                            "rules": tuple(Phrase(f"notice-{r}") for r in reasons),
                        },
                    ),
                    now=now,
                )
        log.info("intake_not_eligible person=%d rules=%s", person_id, ",".join(reasons))
        return [SlotSet("counsellor_told", "yes" if told is not None else "no")]


def _notice(slots: dict[str, Any], learner: Person, path: str, reasons: list[str]) -> Reply:
    def phrases(slot: str) -> tuple[Phrase, ...]:
        return tuple(Phrase(f"option-{slot}-{v}") for v in slot_list(slots.get(slot)))

    return Reply(
        "notice-intake-done",
        {
            "name": learner.display_name,
            "preferred": str(slots.get("preferred_name") or "-"),
            "path": Phrase(f"path-{path}"),
            "reasons": tuple(Phrase(f"notice-{r.removeprefix('path-')}") for r in reasons),
            "goal": Phrase(f"option-goal-{slots.get('goal')}"),
            "finnish": Phrase(f"option-level-{slots.get('finnish_level')}"),
            "support": phrases("support_needs"),
            "times": phrases("meeting_times"),
        },
    )
