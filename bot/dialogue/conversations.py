"""Conversations: every dialogue flow, for anyone, between Telegram and the engine.

The engine (:mod:`bot.dialogue.engine`) decides what a flow does with an answer; this
service runs one person's turn in one transaction: it finds who is writing, hands their
typed text or button press to the waiting question (the intake's, a counsellor's plan
flow, any flow), keeps the reminder of the question left waiting, and offers a language
switch when free text shows another language. Services that start a flow (``/intake``,
a correction, a counsellor's "add a step") call :meth:`Conversations.after` in their own
transaction.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from datetime import time, timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.dialogue.engine import CALLBACK, Engine, Turn
from bot.errors import NotAllowed, NotRegistered
from bot.i18n import reading_of
from bot.motivation.phrases import asks_about_meeting
from bot.outbox import Outbox
from bot.people import Sender, who_wrote
from bot.quiet_hours import next_allowed
from bot.replies import Answer, Asks, Button, Phrase, Reply
from store.db import transaction
from store.models import Person, Role
from store.outbox import OutboxRepository

# The flow a dialogue without one is taken to be (states saved before flows had ids).
INTAKE = "intake"
# "Ask my counsellor": free text a learner's flows cannot answer (bot/motivation/actions.py).
ASK_FLOW = "ask_counsellor"
# The outbox kind of "you have a question waiting" reminders.
NUDGE = "nudge"

# Who may go on with a flow (checked before every answer and press), and what to add when
# the flow ends (a service's own view, such as a campaign's preview).
Allowed = Callable[[Person], bool]
Finished = Callable[[Person, Turn], Awaitable[list[Reply]]]


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


def answer_for(person: Person, turn: Turn | None, *extra: Reply) -> Answer:
    """What to say to ``person``: the turn's replies, then ``extra``."""
    replies = (*(turn.replies if turn else ()), *extra)
    return Answer(reading_of(person), person.time_zone, replies, toast=turn.toast if turn else None)


class Conversations:
    """Runs every dialogue's turns; the store keeps each person's place."""

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
        self._allowed: dict[str, Allowed] = {}
        self._finished: dict[str, Finished] = {}

    def watch(
        self, flow: str, *, allowed: Allowed | None = None, finished: Finished | None = None
    ) -> None:
        """Let the service of ``flow`` check every turn's person and speak when it ends.

        Args:
            flow: the flow's id.
            allowed: whether a person may go on with the flow; when not, their place in it
                is dropped and they are told they cannot do this.
            finished: replies to add after the turn in which the flow ended.
        """
        if allowed is not None:
            self._allowed[flow] = allowed
        if finished is not None:
            self._finished[flow] = finished

    async def _still_allowed(self, session: AsyncSession, person: Person) -> bool:
        """False (and the person's place dropped) when their flow is not theirs to go on."""
        state = await self._engine.state(session, person.id)
        allowed = self._allowed.get(state.flow) if state is not None else None
        if allowed is None or allowed(person):
            return True
        await self._engine.cancel(session, person.id)
        await OutboxRepository(session).cancel_pending(person.id, NUDGE)
        return False

    async def _ended(self, person: Person, turn: Turn) -> list[Reply]:
        finished = self._finished.get(turn.flow or "") if turn.finished else None
        return await finished(person, turn) if finished is not None else []

    async def after(
        self, session: AsyncSession, person: Person, turn: Turn, update_id: int | None
    ) -> None:
        """Keep the reminder of the question this turn left waiting; cancel any other.

        Every service that moves someone's dialogue (a command that starts a flow, a
        correction) calls this in the same transaction.
        """
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
        step = self._engine.flows[turn.flow or INTAKE].step(turn.asked)
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

    async def question_sent(self, telegram_user_id: int, asks: Asks, message_id: int) -> None:
        """The adapter sent a question with buttons as message ``message_id``: remembered,
        so that an answer typed later can take the buttons away (see :class:`Asks`)."""
        async with transaction(self._sessions) as session:
            person = await who_wrote(session, telegram_user_id, self._clock.now())
            if person is not None:
                await self._engine.question_sent(session, person.id, asks, message_id)

    async def resume_waiting(self, sender: Sender) -> Answer | None:
        """The question a person left open, asked again (say, after ``/start``); or None."""
        async with transaction(self._sessions) as session:
            person = await who_wrote(
                session, sender.telegram_user_id, self._clock.now(), with_place=True
            )
            if person is None:
                return None
            if not await self._still_allowed(session, person):
                return answer_for(person, None, Reply(NotAllowed.key))
            turn = await self._engine.resume(session, person.id)
        return answer_for(person, turn) if turn.replies else None

    async def on_text(self, sender: Sender, text: str) -> Answer | None:
        """Free text: an answer to the waiting question, or a pointer to /help.

        Returns None for someone who has not joined (the caller explains invites).
        """
        async with transaction(self._sessions) as session:
            person = await who_wrote(
                session, sender.telegram_user_id, self._clock.now(), with_place=True
            )
            if person is None:
                return None
            allowed = await self._still_allowed(session, person)
            turn = None
            left: list[Reply] = []  # the offer replaced: its button taken away
            state = await self._engine.state(session, person.id) if allowed else None
            if state is not None and state.flow == ASK_FLOW:
                # A question offered to the counsellor waits for a press: new words replace
                # it (they are not an answer to "shall I send it?"), or drop it.
                left = (await self._engine.cancel(session, person.id)).replies
            elif allowed:
                turn = await self._engine.answer_text(
                    session,
                    person.id,
                    text,
                    update_id=sender.update_id,
                    time_zone=person.time_zone,
                )
            if turn is not None:
                await self.after(session, person, turn, sender.update_id)
            elif (
                allowed
                and person.role is Role.LEARNER
                and not asks_about_meeting(text, person.language)
            ):
                # Never only "I did not understand": the commands that may help, and a
                # button that sends the question to the counsellor.
                turn = await self._engine.begin(
                    session,
                    person.id,
                    ASK_FLOW,
                    slots={"question": text, "started": self._clock.now().isoformat()},
                )
                await self.after(session, person, turn, sender.update_id)
                turn.replies[:0] = left
                return answer_for(person, turn, *self._language_offer(person, text, []))
        if not allowed:
            raise NotAllowed(role=person.role.value)
        if turn is None:
            if person.role is Role.LEARNER:
                return answer_for(person, None, *left, Reply("appointment-question"))
            # Nothing was asked: the text is the person's own words, good evidence of
            # their language.
            offer = self._language_offer(person, text, [])
            return answer_for(person, None, Reply("input-text"), *offer)
        # An accepted answer in the person's own words (not a name or a number).
        flow = self._engine.flows[turn.flow or INTAKE]
        if turn.answered_step and flow.step(turn.answered_step).detect_language:
            spoken = list(turn.slots.get("languages_spoken") or [])
            offer = self._language_offer(person, text, spoken)
            if offer and turn.asked is not None:
                # The offer first: the next question follows the choice, in the language
                # chosen (the language buttons ask the waiting question again).
                replies = [*turn.replies[:-1], *offer]
                return Answer(reading_of(person), person.time_zone, tuple(replies))
            return answer_for(person, turn, *offer)
        return answer_for(person, turn, *await self._ended(person, turn))

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
            person = await who_wrote(
                session, sender.telegram_user_id, self._clock.now(), with_place=True
            )
            if person is None:
                raise NotRegistered()
            # Dropping the place of someone no longer allowed commits before they are told.
            allowed = await self._still_allowed(session, person)
            if not allowed:
                turn = None
            elif data.startswith(f"{CALLBACK}:resume:"):
                turn = await self._engine.resume(session, person.id)
                if not turn.replies:
                    turn.replies.append(Reply("dialogue-nothing-waiting"))
            else:
                turn = await self._engine.press(
                    session, person.id, data, update_id=sender.update_id
                )
            if turn is not None:
                await self.after(session, person, turn, sender.update_id)
        if turn is None:
            raise NotAllowed(role=person.role.value)
        return answer_for(person, turn, *await self._ended(person, turn))

    async def cancel(self, sender: Sender) -> Answer:
        """``/cancel``: leave the flow."""
        async with transaction(self._sessions) as session:
            person = await who_wrote(
                session, sender.telegram_user_id, self._clock.now(), with_place=True
            )
            if person is None:
                raise NotRegistered()
            turn = await self._engine.cancel(session, person.id)
            await OutboxRepository(session).cancel_pending(person.id, NUDGE)
        if not turn.finished:
            key = "dialogue-nothing-to-cancel"
        else:
            key = "dialogue-cancelled-intake" if turn.flow == INTAKE else "dialogue-cancelled"
        # The left question's messages lose their buttons first.
        return answer_for(person, None, *turn.replies, Reply(key))
