"""The motivation work's Rasa SDK actions: the check-in dialogue and the counsellor's
message to a learner.

``sender_id`` is the Polku person id of whoever is in the dialogue. Every action may be
called twice with the same tracker (a replayed turn) and changes things once: outbox keys
name the cause, and a check-in is answered once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.appointments.callbacks import book_button
from bot.clock import Clock
from bot.dialogue.actions import slot_list
from bot.motivation import notices
from bot.motivation.callbacks import MotivationOp, callback_data
from bot.motivation.service import Motivation
from bot.outbox import Outbox, Priority, cause_digest
from bot.replies import Button, Reply
from store.db import joined
from store.models import Person, Role
from store.motivation import MotivationRepository
from store.people import PeopleRepository

CHECK_IN_FLOW = "check_in"
MESSAGE_FLOW = "escalation_message"
# "Ask my counsellor": the counsellor's answer (the learner's offer: ASK_FLOW, in
# bot/dialogue/conversations.py, which starts it).
ANSWER_FLOW = "ask_answer"
# A call with the same mood this soon after the last answer is a retry of it.
RETRY_WINDOW = timedelta(minutes=10)
RELAY = "relay"


def _mood(value: Any) -> int:
    return int(str(value))


class ActionRecordMood(Action):
    """Stores the face the learner chose (``/mood``) and scores them."""

    def __init__(
        self, motivation: Motivation, sessions: async_sessionmaker[AsyncSession], clock: Clock
    ) -> None:
        self._motivation = motivation
        self._sessions = sessions
        self._clock = clock

    def name(self) -> str:
        """The action's name."""
        return "action_record_mood"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Record the mood in the learner's open check-in (or a new one)."""
        learner_id, mood = int(tracker.sender_id), _mood(tracker.get_slot("mood"))
        recorded = tracker.get_slot("check_in_id")
        async with joined(self._sessions) as session:
            repo = MotivationRepository(session)
            latest = await repo.latest_check_in(learner_id)
            # A replayed turn: recorded already. A Rasa assistant keeps ``check_in_id``
            # after the check-in; there, another face, or a newer check-in (the weekly
            # one), is a new answer, and only the same face again counts as a repeat.
            if (
                recorded is not None
                and latest is not None
                and latest.id == int(recorded)
                and latest.mood == mood
            ):
                return []
            now = self._clock.now()
            if (
                await repo.open_check_in(learner_id) is None
                and latest is not None
                and latest.mood == mood
                and latest.answered_at is not None
                and now - latest.answered_at <= RETRY_WINDOW
            ):
                # The same answer again within minutes: a retried call (Rasa retries
                # an action whose answer it did not get), not a second check-in.
                return [SlotSet("check_in_id", latest.id)]
            _, check_in = await self._motivation.record_check_in_in(session, learner_id, mood)
        return [SlotSet("check_in_id", check_in.id)]


class ActionSaveCheckIn(Action):
    """Stores what is hardest and relays the learner's line to their counsellor.

    The line itself is not kept with the check-in (only that there was one): it goes to
    the counsellor through the outbox, which ``/forget`` and retention clear.
    """

    def __init__(
        self,
        motivation: Motivation,
        sessions: async_sessionmaker[AsyncSession],
        outbox: Outbox,
        clock: Clock,
    ) -> None:
        self._motivation = motivation
        self._sessions = sessions
        self._outbox = outbox
        self._clock = clock

    def name(self) -> str:
        """The action's name."""
        return "action_save_check_in"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Save the details, pass the line on, thank the learner and offer a human."""
        learner_id = int(tracker.sender_id)
        check_in_id = int(tracker.get_slot("check_in_id"))
        hardest = [str(h) for h in slot_list(tracker.get_slot("hardest"))]
        note = tracker.get_slot("note")
        async with joined(self._sessions) as session:
            await self._motivation.add_check_in_details(
                session, learner_id, check_in_id, hardest=hardest, note_present=bool(note)
            )
            people = PeopleRepository(session)
            learner = await people.get(learner_id)
            counsellor = await people.counsellor_of(learner_id)
            check_in = await MotivationRepository(session).check_in(check_in_id)
            if note and learner is not None and counsellor is not None and check_in:
                await self._outbox.enqueue(
                    session,
                    key=f"check_in:{check_in_id}:note",
                    to=counsellor,
                    reply=Reply(
                        "check-in-note-to-counsellor",
                        {
                            "name": learner.display_name,
                            "mood": check_in.mood or 0,
                            "text": str(note),
                        },
                    ),
                    kind=RELAY,
                    now=self._clock.now(),
                    about=learner,
                )
        dispatcher.utter_message(
            response="check-in-thanks-low",
            buttons=[_rasa(notices.counsellor_button()), _rasa(book_button())],
        )
        return []


def _relay_key(kind: str, about: int, tracker: Tracker, slot: str = "text") -> str:
    """An outbox key for what a person typed: the dialogue's start and the words.

    ``started`` names the press that began the dialogue, so a replayed turn sends once. A
    Rasa assistant keeps slots between dialogues, where a stale ``started`` would make the
    next message look like a repeat and drop it: the words' digest tells them apart.
    """
    words = cause_digest(str(tracker.get_slot(slot)))
    return f"{kind}:{about}:{tracker.get_slot('started')}:{words}"


def _rasa(button: Button) -> dict[str, Any]:
    """A Rasa button: the title is the message key, the payload the callback data."""
    return {"title": button.key, "payload": button.data}


class ActionCheckInThanks(Action):
    """Thanks for a good check-in, with a "Book a meeting" button under it."""

    def name(self) -> str:
        """The action's name."""
        return "action_check_in_thanks"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Say thanks; nothing changes."""
        dispatcher.utter_message(response="check-in-thanks", buttons=[_rasa(book_button())])
        return []


async def relay_to_learner(
    outbox: Outbox,
    session: AsyncSession,
    *,
    author: Person,
    learner: Person,
    key: str,
    message: str,
    text: str,
    now: datetime,
    priority: Priority = Priority.NORMAL,
) -> None:
    """Queue what a member of staff typed for a learner, with the author's name.

    ``key`` names the press that began the author's dialogue, so a replayed turn sends
    once; the text is escaped when it is rendered and kept only in the outbox row.
    """
    await outbox.enqueue(
        session,
        key=key,
        to=learner,
        reply=Reply(message, {"counsellor": author.display_name, "text": text}),
        kind=RELAY,
        now=now,
        priority=priority,
    )


class ActionRelayMessage(Action):
    """Sends the counsellor's typed message to the learner of an escalation, which
    acknowledges the escalation (they are in touch now)."""

    def __init__(
        self,
        motivation: Motivation,
        sessions: async_sessionmaker[AsyncSession],
        outbox: Outbox,
        clock: Clock,
    ) -> None:
        self._motivation = motivation
        self._sessions = sessions
        self._outbox = outbox
        self._clock = clock

    def name(self) -> str:
        """The action's name."""
        return "action_relay_message"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Queue the message to the learner, in their language, through the outbox."""
        escalation_id = int(tracker.get_slot("escalation_id"))
        async with joined(self._sessions) as session:
            people = PeopleRepository(session)
            author = await people.get(int(tracker.sender_id))
            escalation = await MotivationRepository(session).escalation(escalation_id)
            learner = await people.get(escalation.learner_id) if escalation else None
            allowed = (
                author is not None
                and learner is not None
                and author.active
                and (author.role is Role.COORDINATOR or await people.follows(author.id, learner.id))
            )
            if not allowed or author is None or learner is None:
                dispatcher.utter_message(response="motivation-escalation-gone")
                return []
            await relay_to_learner(
                self._outbox,
                session,
                author=author,
                learner=learner,
                key=_relay_key("motivation-message", escalation_id, tracker),
                message="motivation-message-to-learner",
                text=str(tracker.get_slot("text")),
                now=self._clock.now(),
                priority=Priority.ESCALATION,
            )
            # Writing to them is contacting them: no forwarding to the backup after this.
            await self._motivation.acknowledge_by_message(session, escalation_id, author.id)
        dispatcher.utter_message(response="motivation-message-sent", name=learner.display_name)
        return []


class ActionRelayQuestion(Action):
    """Sends a learner's question to their acting counsellor, with a button to answer.

    The question's words are kept only as long as they are needed: in the learner's
    waiting dialogue until they press (at most the retention period), then in the
    notice's outbox row, whose payload the retention job blanks once it has been sent;
    ``/forget`` erases both at once (the notice is marked as being about the learner).
    """

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], outbox: Outbox, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._clock = clock

    def name(self) -> str:
        """The action's name."""
        return "action_relay_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Queue the question to the counsellor (or the acting backup) through the outbox."""
        async with joined(self._sessions) as session:
            people = PeopleRepository(session)
            learner = await people.get(int(tracker.sender_id))
            if learner is None or learner.role is not Role.LEARNER or not learner.active:
                return []
            counsellor = await people.counsellor_of(learner.id)
            if counsellor is None:
                # Nobody to tell: say so, rather than leave them waiting for an answer.
                dispatcher.utter_message(response="ask-nobody")
                return []
            # The key names the question: a replayed turn sends it once.
            await self._outbox.enqueue(
                session,
                key=_relay_key("ask", learner.id, tracker, "question"),
                to=counsellor,
                reply=Reply(
                    "ask-notice",
                    {"name": learner.display_name, "text": str(tracker.get_slot("question"))},
                    buttons=(
                        (
                            Button(
                                "ask-answer-button",
                                data=callback_data(MotivationOp.ANSWER, learner.id),
                            ),
                        ),
                    ),
                ),
                kind=RELAY,
                now=self._clock.now(),
                about=learner,
            )
        dispatcher.utter_message(response="ask-sent", counsellor=counsellor.display_name)
        return []


class ActionRelayAnswer(Action):
    """Sends a counsellor's typed answer to the learner who asked, through the outbox."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], outbox: Outbox, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._clock = clock

    def name(self) -> str:
        """The action's name."""
        return "action_relay_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Queue the answer, checking again that the author still follows the learner."""
        learner_id = int(tracker.get_slot("learner_id"))
        async with joined(self._sessions) as session:
            people = PeopleRepository(session)
            author = await people.get(int(tracker.sender_id))
            learner = await people.get(learner_id)
            allowed = (
                author is not None
                and learner is not None
                and author.role is Role.COUNSELLOR
                and await people.follows(author.id, learner.id)
            )
            if not allowed or author is None or learner is None:
                dispatcher.utter_message(response="ask-answer-gone")
                return []
            await relay_to_learner(
                self._outbox,
                session,
                author=author,
                learner=learner,
                key=_relay_key("ask-answer", learner.id, tracker),
                message="ask-answer-to-learner",
                text=str(tracker.get_slot("text")),
                now=self._clock.now(),
            )
        dispatcher.utter_message(response="ask-answer-sent", name=learner.display_name)
        return []


def build_actions(
    motivation: Motivation,
    sessions: async_sessionmaker[AsyncSession],
    outbox: Outbox,
    clock: Clock,
) -> list[Action]:
    """Every Rasa SDK action the motivation flows name."""
    return [
        ActionRecordMood(motivation, sessions, clock),
        ActionSaveCheckIn(motivation, sessions, outbox, clock),
        ActionCheckInThanks(),
        ActionRelayMessage(motivation, sessions, outbox, clock),
        ActionRelayQuestion(sessions, outbox, clock),
        ActionRelayAnswer(sessions, outbox, clock),
    ]
