"""The intake service: the learner's side of the intake flow, profile, and own data."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import timedelta

from rasa_sdk import Action
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.dialogue.conversations import INTAKE, Conversations, answer_for
from bot.dialogue.engine import Engine, OptionSource
from bot.dialogue.flow import Option
from bot.errors import StaleButton
from bot.i18n import SUPPORTED
from bot.intake.actions import ActionCheckEligibility, ActionProposePath, ValidateIntakeForm
from bot.intake.effects import (
    ActionCompleteIntake,
    ActionDiscardIntake,
    ActionRecordConsent,
    answers_of,
)
from bot.languages import second_name
from bot.outbox import Outbox
from bot.people import Sender, require_role, who_wrote
from bot.plan.book import PlanBook
from bot.replies import Answer, Button, Phrase, Reply
from store.db import transaction
from store.dialogues import DialogueRepository
from store.inbox import InboxRepository
from store.models import LearnerProfile, Person, Role
from store.motivation import MotivationRepository
from store.outbox import OutboxRepository
from store.people import PeopleRepository

log = logging.getLogger(__name__)

FLOW = INTAKE
FIX = "fix:"
FORGET = "forget:"
# How long the /forget question waits for "yes".
FORGET_OPEN = timedelta(minutes=30)


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
    """The intake for learners, and their data in their hands.

    The questions themselves run in :class:`bot.dialogue.conversations.Conversations`, like
    every flow; this starts the intake, corrects answers, shows and erases the data.
    """

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        engine: Engine,
        conversations: Conversations,
        outbox: Outbox,
        clock: Clock,
    ) -> None:
        self._sessions = sessions
        self._engine = engine
        self._conversations = conversations
        self._outbox = outbox
        self._clock = clock

    async def _learner(self, session: AsyncSession, sender: Sender) -> Person:
        person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
        return require_role(person, Role.LEARNER)

    async def begin(self, sender: Sender) -> Answer:
        """``/intake``: start (or start over) the intake."""
        async with transaction(self._sessions) as session:
            person = await self._learner(session, sender)
            turn = await self._engine.begin(session, person.id, FLOW)
            await self._conversations.after(session, person, turn, sender.update_id)
        return answer_for(person, turn)

    async def begin_if_new(self, sender: Sender) -> Answer | None:
        """Start the intake for a learner who has neither done it nor begun it."""
        async with transaction(self._sessions) as session:
            person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
            if person is None or person.role is not Role.LEARNER:
                return None
            profile = await session.get(LearnerProfile, person.id)
            # Not for someone the centre could not take in: /intake is theirs to choose.
            done = profile is not None and (profile.completed_at or profile.eligible is False)
            if done or await self._engine.state(session, person.id):
                return None
            turn = await self._engine.begin(session, person.id, FLOW)
            await self._conversations.after(session, person, turn, sender.update_id)
        return answer_for(person, turn)

    async def profile(self, sender: Sender) -> Answer:
        """``/profile``: the answers kept, with a button to correct each."""
        async with transaction(self._sessions) as session:
            person = await self._learner(session, sender)
            profile = await session.get(LearnerProfile, person.id)
        if profile is None or profile.completed_at is None:
            return answer_for(person, None, Reply("profile-empty"))
        flow = self._engine.flows[FLOW]
        change = flow.step("pick_change")
        buttons = tuple(
            tuple(Button(o.label, data=f"{FIX}{o.value}") for o in change.options[i : i + 2])
            for i in range(0, len(change.options), 2)
        )
        args = self._engine.message_args(FLOW, "summary", profile.answers)
        args["path"] = Phrase(f"path-{profile.path}")
        args["change"] = "buttons"
        return answer_for(person, None, Reply("profile-answers", args, buttons))

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
            await self._conversations.after(session, person, turn, sender.update_id)
        return answer_for(person, turn)

    async def mydata(self, sender: Sender) -> Answer:
        """``/mydata``: everything Polku keeps about the learner."""
        async with transaction(self._sessions) as session:
            person = await self._learner(session, sender)
            profile = await session.get(LearnerProfile, person.id)
            state = await self._engine.state(session, person.id)
            counsellor = await PeopleRepository(session).counsellor_of(person.id)
            counts = await MotivationRepository(session).counts(person.id)
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
        if person.second_language is not None or person.finnish_practice:
            practice = "on" if person.finnish_practice else "off"
            second = second_name(person.second_language)
            replies.append(Reply("mydata-reading", {"second": second, "practice": practice}))
        if profile is not None:
            replies.append(Reply("mydata-consent", {"when": profile.consent_at}))
            if profile.completed_at is not None:
                args = self._engine.message_args(FLOW, "summary", profile.answers)
                args["path"] = Phrase(f"path-{profile.path}")
                args["change"] = "command"  # /mydata has no buttons: point to /profile
                replies.append(Reply("profile-answers", args))
        if state is not None:
            replies.append(Reply("mydata-in-progress", {"count": len(answers_of(state.slots))}))
        replies.append(
            Reply(
                "mydata-motivation",
                {
                    "check_ins": counts.check_ins,
                    "signals": counts.signals,
                    "escalations": counts.escalations,
                },
            )
        )
        replies.append(Reply("mydata-how-to-forget"))
        return answer_for(person, None, *replies)

    async def forget_ask(self, sender: Sender) -> Answer:
        """``/forget``: ask before erasing anything; the question stays open a while."""
        async with transaction(self._sessions) as session:
            person = await self._learner(session, sender)
            person.forget_asked_at = self._clock.now()
        buttons = (
            (
                Button("forget-yes", data=f"{FORGET}yes"),
                Button("forget-no", data=f"{FORGET}no"),
            ),
        )
        return answer_for(person, None, Reply("forget-confirm", buttons=buttons))

    async def forget(self, sender: Sender, data: str) -> Answer:
        """Erase the learner's personal data (after "yes") and tell their counsellor.

        "Yes" counts only while the learner's last ``/forget`` question is open (asked
        within :data:`FORGET_OPEN`, not answered yet): an old button in the chat, or one
        made up, erases nothing.

        All in one transaction: their outbox rows and the rows about them
        (``OutboxRepository.forget_person``), their stored updates, and the person, which
        cascades to the profile, the dialogue state, the plan and its steps, the signals
        and the assignment. The counsellor's notice names nobody: the name is what is
        being forgotten. The audit log keeps only ids and event kinds.
        """
        async with transaction(self._sessions) as session:
            person = await self._learner(session, sender)
            asked, person.forget_asked_at = person.forget_asked_at, None
            if data != f"{FORGET}yes":
                return answer_for(person, None, Reply("forget-kept", edit=True))
            if asked is None or self._clock.now() - asked > FORGET_OPEN:
                return answer_for(person, None, Reply("forget-expired", edit=True))
            now = self._clock.now()
            await OutboxRepository(session).forget_person(person.id)
            await DialogueRepository(session).forget_about(person.id)
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
