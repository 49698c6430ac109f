"""The intake service: the learner's side of the intake flow, profile, and own data."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import time, timedelta
from typing import Protocol

from rasa_sdk import Action
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.dialogue.engine import CALLBACK, Engine, OptionSource, Turn
from bot.dialogue.flow import Option
from bot.errors import NotRegistered, StaleButton
from bot.i18n import SUPPORTED
from bot.intake.actions import ActionCheckEligibility, ActionProposePath, ValidateIntakeForm
from bot.intake.effects import (
    ActionCompleteIntake,
    ActionDiscardIntake,
    ActionRecordConsent,
    answers_of,
)
from bot.outbox import Outbox
from bot.people import Sender, require_role
from bot.plan.service import PlanBook
from bot.quiet_hours import next_allowed
from bot.replies import Answer, Button, Phrase, Reply
from store.db import transaction
from store.inbox import InboxRepository
from store.models import LearnerProfile, Person, Role
from store.outbox import OutboxRepository
from store.people import PeopleRepository

log = logging.getLogger(__name__)

FLOW = "intake"
FIX = "fix:"
FORGET = "forget:"
NUDGE = "nudge"


class Guess(Protocol):
    """A detected language (see :mod:`bot.langid`)."""

    @property
    def language(self) -> str:
        """The language's code."""
        ...


class Detector(Protocol):
    """Detects the language of a short text, or says nothing."""

    def detect(self, text: str, *, expected: Iterable[str] = ()) -> Guess | None:
        """The language of ``text``, or None when unsure."""
        ...


def build_actions(
    sessions: async_sessionmaker[AsyncSession],
    outbox: Outbox,
    clock: Clock,
    municipalities: Iterable[str],
    plans: PlanBook | None = None,
) -> list[Action]:
    """Every Rasa SDK action the intake flow names."""
    return [
        ValidateIntakeForm(clock),
        ActionCheckEligibility(clock, municipalities),
        ActionProposePath(),
        ActionRecordConsent(sessions, outbox, clock),
        ActionCompleteIntake(sessions, outbox, clock, plans),
        ActionDiscardIntake(sessions, outbox, clock),
    ]


def option_sources(municipalities: Iterable[str]) -> dict[str, OptionSource]:
    """Option lists that come from configuration rather than from the flow file."""
    area = tuple(municipalities)
    return {
        "municipalities": lambda: [
            Option(name, "option-municipality", {"name": name}) for name in area
        ],
        # Every language Polku is built for, named in the reader's language.
        "languages": lambda: [
            Option(code, f"option-languages_spoken-{code}") for code in SUPPORTED
        ],
    }


class Intake:
    """Runs the intake for learners and keeps their data in their hands."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        engine: Engine,
        outbox: Outbox,
        clock: Clock,
        *,
        quiet_hours: tuple[time, time],
        reminder_after: timedelta,
        detector: Detector | None = None,
        languages: Iterable[str] = (),
    ) -> None:
        self._sessions = sessions
        self._engine = engine
        self._outbox = outbox
        self._clock = clock
        self._quiet_hours = quiet_hours
        self._reminder_after = reminder_after
        self._detector = detector
        self._languages = tuple(languages)

    async def _learner(self, session: AsyncSession, sender: Sender) -> Person:
        person = await PeopleRepository(session).active(sender.telegram_user_id, self._clock.now())
        return require_role(person, Role.LEARNER)

    def _answer(self, person: Person, turn: Turn | None, *extra: Reply) -> Answer:
        replies = (*(turn.replies if turn else ()), *extra)
        return Answer(
            person.language, person.time_zone, replies, toast=turn.toast if turn else None
        )

    async def _after(
        self, session: AsyncSession, person: Person, turn: Turn, update_id: int | None
    ) -> None:
        # A reminder only for a question that is still waiting: any other is cancelled.
        outbox = OutboxRepository(session)
        state = await self._engine.state(session, person.id) if turn.asked else None
        if turn.asked is None or state is None:
            await outbox.cancel_pending(person.id, NUDGE)
            return
        # The key names the question and what caused this turn (the person's update, else
        # the moment the question was asked), never the clock: a replayed update keeps the
        # reminder it made, and each new turn at the question makes a fresh one.
        cause = str(update_id) if update_id is not None else state.asked_at.isoformat()
        key = f"{NUDGE}:{person.id}:{turn.flow}:{turn.asked}:{cause}"
        await outbox.cancel_pending(person.id, NUDGE, keep=key)
        step = self._engine.flows[turn.flow or FLOW].step(turn.asked)
        if not step.remind:
            return
        now = self._clock.now()
        due = next_allowed(now + self._reminder_after, person.time_zone, self._quiet_hours)
        await self._outbox.enqueue(
            session,
            key=key,
            to=person,
            reply=Reply(
                "dialogue-reminder",
                buttons=((Button("dialogue-continue", data=f"{CALLBACK}:resume:"),),),
            ),
            kind=NUDGE,
            now=now,
            not_before=due,
        )

    async def begin(self, sender: Sender) -> Answer:
        """``/intake``: start (or start over) the intake."""
        async with transaction(self._sessions) as session:
            person = await self._learner(session, sender)
            turn = await self._engine.begin(session, person.id, FLOW)
            await self._after(session, person, turn, sender.update_id)
        return self._answer(person, turn)

    async def begin_if_new(self, sender: Sender) -> Answer | None:
        """Start the intake for a learner who has neither done it nor begun it."""
        async with transaction(self._sessions) as session:
            person = await PeopleRepository(session).active(
                sender.telegram_user_id, self._clock.now()
            )
            if person is None or person.role is not Role.LEARNER:
                return None
            profile = await session.get(LearnerProfile, person.id)
            if (profile and profile.completed_at) or await self._engine.state(session, person.id):
                return None
            turn = await self._engine.begin(session, person.id, FLOW)
            await self._after(session, person, turn, sender.update_id)
        return self._answer(person, turn)

    async def resume_waiting(self, sender: Sender) -> Answer | None:
        """The question a person left open, asked again (say, after ``/start``); or None."""
        async with transaction(self._sessions) as session:
            person = await PeopleRepository(session).active(
                sender.telegram_user_id, self._clock.now()
            )
            if person is None:
                return None
            turn = await self._engine.resume(session, person.id)
        return self._answer(person, turn) if turn.replies else None

    async def on_text(self, sender: Sender, text: str) -> Answer | None:
        """Free text: an answer to the waiting question, or a pointer to /help.

        Returns None for someone who has not joined (the caller explains invites).
        """
        async with transaction(self._sessions) as session:
            person = await PeopleRepository(session).active(
                sender.telegram_user_id, self._clock.now()
            )
            if person is None:
                return None
            turn = await self._engine.answer_text(
                session, person.id, text, update_id=sender.update_id
            )
            if turn is not None:
                await self._after(session, person, turn, sender.update_id)
        if turn is None:
            # Nothing was asked: the text is the person's own words, good evidence of
            # their language.
            offer = self._language_offer(person, text, [])
            return self._answer(person, None, Reply("input-text"), *offer)
        # An accepted answer in the person's own words (not a name or a number).
        flow = self._engine.flows[turn.flow or FLOW]
        if turn.answered_step and flow.step(turn.answered_step).detect_language:
            spoken = list(turn.slots.get("languages_spoken") or [])
            return self._answer(person, turn, *self._language_offer(person, text, spoken))
        return self._answer(person, turn)

    def _language_offer(self, person: Person, text: str, spoken: list[str]) -> list[Reply]:
        if self._detector is None:
            return []
        guess = self._detector.detect(text, expected=spoken)
        if guess is None or guess.language == person.language:
            return []
        if guess.language not in self._languages:
            return []
        # Never switch silently: offer both, each named in its own language.
        return [
            Reply(
                "language-offer",
                {"language": Phrase(f"option-languages_spoken-{guess.language}")},
                buttons=(
                    (
                        Button(
                            "language-switch",
                            data=f"lang:{guess.language}",
                            label_language=guess.language,
                        ),
                        Button("language-keep", data="lang:keep"),
                    ),
                ),
            )
        ]

    async def on_button(self, sender: Sender, data: str) -> Answer:
        """A button of a dialogue's question (or of the intake's reminder), for anyone."""
        async with transaction(self._sessions) as session:
            person = await PeopleRepository(session).active(
                sender.telegram_user_id, self._clock.now()
            )
            if person is None:
                raise NotRegistered()
            if data.startswith(f"{CALLBACK}:resume:"):
                turn = await self._engine.resume(session, person.id)
                if not turn.replies:
                    turn.replies.append(Reply("dialogue-nothing-waiting"))
            else:
                turn = await self._engine.press(
                    session, person.id, data, update_id=sender.update_id
                )
            await self._after(session, person, turn, sender.update_id)
        return self._answer(person, turn)

    async def cancel(self, sender: Sender) -> Answer:
        """``/cancel``: leave the flow."""
        async with transaction(self._sessions) as session:
            person = await PeopleRepository(session).active(
                sender.telegram_user_id, self._clock.now()
            )
            if person is None:
                raise NotRegistered()
            turn = await self._engine.cancel(session, person.id)
            await OutboxRepository(session).cancel_pending(person.id, NUDGE)
        if not turn.finished:
            key = "dialogue-nothing-to-cancel"
        else:
            key = "dialogue-cancelled-intake" if turn.flow == FLOW else "dialogue-cancelled"
        return self._answer(person, None, Reply(key))

    async def profile(self, sender: Sender) -> Answer:
        """``/profile``: the answers kept, with a button to correct each."""
        async with transaction(self._sessions) as session:
            person = await self._learner(session, sender)
            profile = await session.get(LearnerProfile, person.id)
        if profile is None or profile.completed_at is None:
            return self._answer(person, None, Reply("profile-empty"))
        flow = self._engine.flows[FLOW]
        change = flow.step("pick_change")
        buttons = tuple(
            tuple(Button(o.label, data=f"{FIX}{o.value}") for o in change.options[i : i + 2])
            for i in range(0, len(change.options), 2)
        )
        args = self._engine.message_args(FLOW, "summary", profile.answers)
        args["path"] = Phrase(f"path-{profile.path}")
        return self._answer(person, None, Reply("profile-answers", args, buttons))

    async def fix(self, sender: Sender, data: str) -> Answer:
        """Correct one answer: ask that question again, then show the summary."""
        step = data.removeprefix(FIX)
        flow = self._engine.flows[FLOW]
        allowed = {o.value for o in flow.step("pick_change").options}
        if step not in allowed:
            raise StaleButton(data=data[:20])
        async with transaction(self._sessions) as session:
            person = await self._learner(session, sender)
            profile = await session.get(LearnerProfile, person.id)
            if profile is None or profile.completed_at is None:
                raise StaleButton(data=data[:20])
            slots = {**profile.answers, "consent": "accepted"}
            turn = await self._engine.begin(
                session, person.id, FLOW, slots=slots, at=step, return_to="check_eligibility"
            )
            await self._after(session, person, turn, sender.update_id)
        return self._answer(person, turn)

    async def mydata(self, sender: Sender) -> Answer:
        """``/mydata``: everything Polku keeps about the learner."""
        async with transaction(self._sessions) as session:
            person = await self._learner(session, sender)
            profile = await session.get(LearnerProfile, person.id)
            state = await self._engine.state(session, person.id)
            counsellor = await PeopleRepository(session).counsellor_of(person.id)
        replies = [
            Reply(
                "mydata-person",
                {
                    "name": person.display_name,
                    "language": Phrase(f"option-languages_spoken-{person.language}"),
                    "joined": person.created_at,
                    "counsellor": counsellor.display_name if counsellor else "-",
                },
            )
        ]
        if profile is not None:
            replies.append(Reply("mydata-consent", {"when": profile.consent_at}))
            if profile.completed_at is not None:
                args = self._engine.message_args(FLOW, "summary", profile.answers)
                args["path"] = Phrase(f"path-{profile.path}")
                replies.append(Reply("profile-answers", args))
        if state is not None:
            replies.append(Reply("mydata-in-progress", {"count": len(answers_of(state.slots))}))
        replies.append(Reply("mydata-how-to-forget"))
        return self._answer(person, None, *replies)

    async def forget_ask(self, sender: Sender) -> Answer:
        """``/forget``: ask before erasing anything."""
        async with transaction(self._sessions) as session:
            person = await self._learner(session, sender)
        buttons = (
            (
                Button("forget-yes", data=f"{FORGET}yes"),
                Button("forget-no", data=f"{FORGET}no"),
            ),
        )
        return self._answer(person, None, Reply("forget-confirm", buttons=buttons))

    async def forget(self, sender: Sender, data: str) -> Answer:
        """Erase the learner's personal data (after "yes") and tell their counsellor.

        All in one transaction: their outbox rows and the rows about them
        (``OutboxRepository.forget_person``), their stored updates, and the person, which
        cascades to the profile, the dialogue state, the plan and its steps, the signals
        and the assignment. The counsellor's notice names nobody: the name is what is
        being forgotten. The audit log keeps only ids and event kinds.
        """
        async with transaction(self._sessions) as session:
            person = await self._learner(session, sender)
            if data != f"{FORGET}yes":
                return self._answer(person, None, Reply("forget-kept", edit=True))
            now = self._clock.now()
            await OutboxRepository(session).forget_person(person.id)
            await InboxRepository(session).forget(sender.telegram_user_id)
            await self._outbox.tell_counsellor(
                session,
                person.id,
                key=f"forgotten:{person.id}",
                reply=Reply("notice-learner-left"),
                now=now,
            )
            language, zone = person.language, person.time_zone
            await session.delete(person)
        log.info("learner_forgotten")
        return Answer(language, zone, (Reply("forget-done", edit=True),))
