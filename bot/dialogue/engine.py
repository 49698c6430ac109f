"""The dialogue engine: interprets flows, keeps each person's place in the store.

The engine decides and the adapter sends: every call returns a :class:`Turn` (replies and
what happened) and writes the state in the caller's session; it never talks to Telegram.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.dialogue.actions import ActionRunner
from bot.dialogue.flow import AnswerType, Flow, Option, PastDates, Step
from bot.errors import StaleButton
from bot.replies import Asks, Button, Phrase, Reply
from store.dialogues import place_known, remember_place
from store.models import DialogueState

CALLBACK = "q"
MAX_TEXT = 500
MAX_MESSAGE = 3000  # a message for others to read; Telegram's limit is 4096
MAX_STEPS_PER_TURN = 200  # a guard against a flow that loops without asking
YES_NO = (Option("yes", "dialogue-yes"), Option("no", "dialogue-no"))
# A date, and optionally a time: "31.12.2026", "31.12.2026 14:30", "2026-12-31 14.30".
_TIME = r"(?:\s+(?P<H>\d{1,2})[:.](?P<M>\d{2}))?"
_DATE_FORMATS = (
    re.compile(r"^(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})" + _TIME + "$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME + "$"),
)

OptionSource = Callable[[], list[Option]]
# A past date typed at a "past: confirm" question, kept until the person says it is meant.
PENDING_DATE = "_pending_date"
PAST_KEEP = "past-keep"
PAST_CHANGE = "past-change"
# The newest messages of one waiting step whose buttons are remembered (each refused
# answer, each /start asks the question again); older ones keep theirs.
MAX_QUESTION_MESSAGES = 10


@dataclass
class Turn:
    """The outcome of one call: what to say, and where the dialogue stands now."""

    replies: list[Reply] = field(default_factory=list)
    flow: str | None = None
    asked: str | None = None  # the step now waiting for an answer
    finished: str | None = None  # the flow's end value, when it ended in this turn
    slots: dict[str, Any] = field(default_factory=dict)
    toast: str | None = None
    answered: bool = False  # an answer was accepted in this turn
    answered_step: str | None = None  # ... to this step


class Engine:
    """Interprets flows for many people; stateless itself, the store holds each place."""

    def __init__(
        self,
        flows: Mapping[str, Flow],
        runner: ActionRunner,
        clock: Clock,
        option_sources: Mapping[str, OptionSource] | None = None,
    ) -> None:
        self.flows = dict(flows)
        self._runner = runner
        self._clock = clock
        self._option_sources = dict(option_sources or {})

    async def state(self, session: AsyncSession, person_id: int) -> DialogueState | None:
        """The person's place in a flow, if they are in one (one query per transaction)."""
        known, state = place_known(session, person_id)
        if not known:
            state = await session.get(DialogueState, person_id)
            remember_place(session, person_id, state)
        return state

    @staticmethod
    async def _drop(session: AsyncSession, state: DialogueState) -> None:
        """Leave the place: its row goes at the next flush (a place never flushed, at once)."""
        if inspect(state).pending:
            session.expunge(state)
        else:
            await session.delete(state)
        remember_place(session, state.person_id, None)

    async def begin(
        self,
        session: AsyncSession,
        person_id: int,
        flow_id: str,
        *,
        slots: Mapping[str, Any] | None = None,
        at: str | None = None,
        return_to: str | None = None,
    ) -> Turn:
        """Start ``flow_id`` (from its start, or at step ``at``), replacing any other.

        Args:
            session: the caller's transaction.
            person_id: whose dialogue.
            flow_id: the flow.
            slots: answers to start from (for a correction).
            at: the step to start at (default: the flow's start).
            return_to: after the first answer, go to this step (for a correction).
        """
        flow = self.flows[flow_id]
        replaced = await self.state(session, person_id)
        left = self._release(replaced) if replaced is not None else []
        if replaced is not None:
            # The new place takes the old one's row: one UPDATE when the session flushes.
            await self._drop(session, replaced)
        state = DialogueState(
            person_id=person_id,
            flow=flow.id,
            step=at or flow.start,
            slots=dict(slots or {}),
            history=[],
            return_to=return_to,
            asked_at=self._clock.now(),
            updated_at=self._clock.now(),
        )
        session.add(state)
        remember_place(session, person_id, state)
        turn = Turn(flow=flow.id, replies=left)
        await self._walk(session, flow, state, at or flow.start, turn, person_id)
        return turn

    async def resume(self, session: AsyncSession, person_id: int) -> Turn:
        """Ask the waiting question again (after a pause, a restart or a reminder)."""
        waiting = await self._waiting(session, person_id)
        if waiting is None:
            return Turn()
        state, flow, step = waiting
        turn = Turn(flow=flow.id, asked=step.id, slots=dict(state.slots))
        turn.replies.append(self._question(flow, step, state))
        return turn

    async def cancel(self, session: AsyncSession, person_id: int) -> Turn:
        """Leave the flow; earlier answers of this flow are dropped.

        The turn's replies take the buttons off the messages of the question left (each
        keeps its text).
        """
        state = await self.state(session, person_id)
        if state is None:
            return Turn()
        left = self._release(state)
        await self._drop(session, state)
        return Turn(replies=left, flow=state.flow, finished="cancelled", slots=dict(state.slots))

    async def question_sent(
        self, session: AsyncSession, person_id: int, asks: Asks, message_id: int
    ) -> None:
        """Remember that message ``message_id`` shows the buttons of the question ``asks``.

        Nothing is kept when the person has moved on from that question meanwhile.

        Args:
            session: the caller's transaction.
            person_id: whose chat the message is in.
            asks: the question (:attr:`Reply.asks` of the reply sent).
            message_id: the channel's id of the message sent.
        """
        state = await self.state(session, person_id)
        if state is None or (state.flow, state.step) != (asks.flow, asks.step):
            return
        entry: dict[str, Any] = {"message": message_id}
        if asks.past is not None:
            entry["past"] = asks.past
        kept = [*(state.question_messages or []), entry]
        state.question_messages = kept[-MAX_QUESTION_MESSAGES:]

    async def answer_text(
        self,
        session: AsyncSession,
        person_id: int,
        text: str,
        *,
        update_id: int | None = None,
        time_zone: str = "Europe/Helsinki",
    ) -> Turn | None:
        """A typed answer to the waiting question; None when no flow is waiting.

        Args:
            session: the caller's transaction.
            person_id: whose dialogue.
            text: what the person typed.
            update_id: the update the answer came with; one applied before (a replay after
                a crash) is not applied again: the waiting question is asked again instead.
            time_zone: the person's, for whether a typed date has passed.
        """
        waiting = await self._waiting(session, person_id)
        if waiting is None:
            return None
        state, flow, step = waiting
        turn = Turn(flow=flow.id, asked=step.id, slots=dict(state.slots))
        if self._applied(state, update_id):
            turn.replies.append(self._question(flow, step, state))
            return turn
        assert step.answer is not None and step.slot is not None
        value, problem = _parse(step.answer, text)
        if problem is not None:
            # Refused: the question is still open, its messages keep their buttons.
            turn.replies += [Reply(problem), self._question(flow, step, state)]
            return turn
        if step.answer is AnswerType.DATE and (passed := self._passed(value, time_zone)):
            if step.past is PastDates.CONFIRM:
                # Kept aside until the person says it is meant; the question still waits.
                pending = {"value": value, "shown": passed.isoformat()}
                state.slots = {**state.slots, PENDING_DATE: pending}
                # An earlier "keep it?" asked about another date: it waits no more.
                turn.replies += self._settle(flow, step, state)
                turn.replies.append(_past_date_question(flow, step, passed))
            else:
                turn.replies += [
                    Reply("dialogue-invalid-date-past"),
                    self._question(flow, step, state),
                ]
            return turn
        messages = list(state.question_messages or [])
        await self._accept(session, flow, step, state, value, turn, person_id, text)
        # The messages that showed this question's buttons: answered (text and answer),
        # or, when a validator refused, only a "keep it?" that no longer waits.
        answered = turn.answered_step == step.id
        turn.replies[:0] = self._settle(flow, step, state, messages, answered=answered)
        return turn

    def _passed(self, value: str, time_zone: str) -> date | datetime | None:
        """The typed date (or date and time) when it lies in the past; else None."""
        zone = ZoneInfo(time_zone)
        now = self._clock.now().astimezone(zone)
        if "T" in value:
            moment = datetime.fromisoformat(value).replace(tzinfo=zone)
            return moment if moment < now else None
        day = date.fromisoformat(value)
        return day if day < now.date() else None

    async def press(
        self, session: AsyncSession, person_id: int, data: str, *, update_id: int | None = None
    ) -> Turn:
        """A button of the waiting question was pressed.

        Args:
            session: the caller's transaction.
            person_id: whose dialogue.
            data: the button's callback data.
            update_id: as for :meth:`answer_text` (a replayed press toggles nothing twice).

        Raises:
            StaleButton: the button belongs to a question that is no longer waiting.
        """
        waiting = await self._waiting(session, person_id)
        parts = data.split(":", 2)
        if waiting is None or len(parts) != 3 or parts[0] != CALLBACK:
            raise StaleButton(data=data[:20])
        _, step_id, payload = parts
        state, flow, step = waiting
        turn = Turn(flow=flow.id, asked=step.id, slots=dict(state.slots))
        if self._applied(state, update_id):
            # Replayed after a crash: the press moved the dialogue on already.
            turn.replies.append(self._question(flow, step, state))
            return turn
        if step_id != _button_ref(step, state):
            raise StaleButton(data=data[:20])
        if payload == "back":
            # The question pressed on keeps its text and loses its buttons (its other
            # messages too).
            question = self._question(flow, step, state)
            left = self._release(state)
            await self._back(flow, state, turn)
            turn.replies[:0] = [Reply(question.key, question.args, edit=True), *left]
            return turn
        if payload in (PAST_KEEP, PAST_CHANGE):
            pending = state.slots.get(PENDING_DATE)
            state.slots = {k: v for k, v in state.slots.items() if k != PENDING_DATE}
            if not isinstance(pending, dict) or step.answer is not AnswerType.DATE:
                raise StaleButton(data=data[:20])
            # The "keep it?" message keeps its text, shows the choice, and loses its buttons.
            shown = str(pending["shown"])
            passed = datetime.fromisoformat(shown) if "T" in shown else date.fromisoformat(shown)
            reply_key = "dialogue-past-keep" if payload == PAST_KEEP else "dialogue-past-change"
            asked = Phrase("dialogue-past-date-confirm", {"date": passed})
            answered = Reply(
                "dialogue-answered", {"question": asked, "answer": Phrase(reply_key)}, edit=True
            )
            if payload == PAST_CHANGE:
                turn.replies += [answered, *self._settle(flow, step, state)]
                turn.replies.append(self._question(flow, step, state))
                return turn
            messages = list(state.question_messages or [])
            await self._accept(session, flow, step, state, pending["value"], turn, person_id, None)
            kept = turn.answered_step == step.id
            turn.replies[:0] = [answered, *self._settle(flow, step, state, messages, answered=kept)]
            return turn
        if payload == "skip" and step.skippable:
            messages = list(state.question_messages or [])
            await self._accept(session, flow, step, state, None, turn, person_id, None)
            self._mark_answered(flow, step, state, turn, messages)
            return turn
        options = self._options(step, state.slots)
        assert step.slot is not None
        if step.answer is AnswerType.MULTI:
            chosen = list(state.slots.get(step.slot) or [])
            if payload == "done":
                if not chosen:
                    turn.toast = "dialogue-choose-one"
                    return turn
                messages = list(state.question_messages or [])
                await self._accept(session, flow, step, state, chosen, turn, person_id, None)
                self._mark_answered(flow, step, state, turn, messages)
                return turn
            option = _option_at(options, payload, data)
            if option.value in chosen:
                chosen.remove(option.value)
            elif option.exclusive:
                chosen = [option.value]  # "no help needed" clears the kinds of help
            else:
                exclusive = {o.value for o in options if o.exclusive}
                chosen = [*(v for v in chosen if v not in exclusive), option.value]
            state.slots = {**state.slots, step.slot: chosen}
            state.updated_at = self._clock.now()
            question = self._question(flow, step, state)
            turn.replies.append(Reply(question.key, question.args, question.buttons, edit=True))
            return turn
        option = _option_at(options, payload, data)
        messages = list(state.question_messages or [])
        await self._accept(session, flow, step, state, option.value, turn, person_id, None)
        self._mark_answered(flow, step, state, turn, messages)
        return turn

    def _mark_answered(
        self, flow: Flow, step: Step, state: DialogueState, turn: Turn, messages: list[Any]
    ) -> None:
        """The answered question's message: its text and the answer, and no live buttons.

        Old messages must not look as if they still waited for a press (a press on one
        still gets the kind "this button no longer works"). The question's other messages
        (``messages``: asked again, or a "keep it?") change too.
        """
        answered = turn.answered_step == step.id
        left = self._settle(flow, step, state, messages, answered=answered)
        if not answered:
            turn.replies[:0] = left  # a validator said no: the question stays as it is
            return
        turn.replies[:0] = [self._answered(flow, step, state), *left]

    def _answered(
        self, flow: Flow, step: Step, state: DialogueState, target: int | None = None
    ) -> Reply:
        """ "Question ✅ answer", in place of the message that asked (pressed, or ``target``)."""
        assert step.ask is not None and step.slot is not None
        question = Phrase(step.ask, self._args(flow, step, state.slots))
        answer = self.shown(flow, step.slot, state.slots.get(step.slot))
        args: dict[str, Any] = {"question": question, "answer": answer}
        return Reply("dialogue-answered", args, edit=target is None, target=target)

    def _settle(
        self,
        flow: Flow,
        step: Step,
        state: DialogueState,
        messages: list[Any] | None = None,
        *,
        answered: bool = False,
    ) -> list[Reply]:
        """Edits for the messages that showed ``step``'s buttons and wait no more.

        Args:
            flow: the flow.
            step: the step the messages asked.
            state: the place, after the turn.
            messages: the step's messages as they were before the turn (default: the
                place's own, while it is still at ``step``).
            answered: whether the step's answer was accepted in this turn.

        Returns:
            When the step was answered, "question ✅ answer" for each question message;
            each "keep it?" whose date is no longer pending, with its text and without
            buttons. While the step still waits, what still waits stays remembered.
        """
        entries = list(state.question_messages or []) if messages is None else messages
        pending = state.slots.get(PENDING_DATE)
        waiting_past = pending.get("shown") if isinstance(pending, dict) else None
        replies: list[Reply] = []
        kept: list[Any] = []
        for entry in entries:
            message, past = _entry(entry)
            if message is None:
                continue
            if past is not None and (answered or past != waiting_past):
                replies.append(_past_date_left(past, message))
            elif past is None and answered:
                replies.append(self._answered(flow, step, state, message))
            else:
                kept.append(entry)
        if not answered:
            state.question_messages = kept
        return replies

    def _release(self, state: DialogueState) -> list[Reply]:
        """Edits that leave the question of ``state`` unanswered: each of its messages
        keeps its text and loses its buttons (Back, ``/cancel``, another flow begun)."""
        flow = self.flows.get(state.flow)
        entries = list(state.question_messages or [])
        state.question_messages = []
        if flow is None or state.step not in flow.steps or not entries:
            return []
        step = flow.step(state.step)
        if step.ask is None:
            return []
        args = self._args(flow, step, state.slots)
        replies = []
        for entry in entries:
            message, past = _entry(entry)
            if message is None:
                continue
            if past is not None:
                replies.append(_past_date_left(past, message))
            else:
                replies.append(Reply(step.ask, args, target=message))
        return replies

    @staticmethod
    def _applied(state: DialogueState, update_id: int | None) -> bool:
        """Whether ``update_id`` was applied to this place already; if not, it is now."""
        if update_id is None:
            return False
        if state.last_update_id is not None and update_id <= state.last_update_id:
            return True
        state.last_update_id = update_id
        return False

    async def _waiting(
        self, session: AsyncSession, person_id: int
    ) -> tuple[DialogueState, Flow, Step] | None:
        """The person's state, flow and waiting question; None when nothing waits.

        Saved states outlive releases: a step that a flow no longer has starts the flow
        over, and a state whose flow is gone altogether is dropped.
        """
        state = await self.state(session, person_id)
        if state is None:
            return None
        flow = self.flows.get(state.flow)
        if flow is not None and state.step not in flow.steps:
            state.step, state.history, state.question_messages = flow.start, [], []
        if flow is None or flow.step(state.step).ask is None:
            await self._drop(session, state)
            return None
        return state, flow, flow.step(state.step)

    async def _back(self, flow: Flow, state: DialogueState, turn: Turn) -> None:
        history = list(state.history)
        if not history:
            turn.replies.append(self._question(flow, flow.step(state.step), state))
            return
        previous = history.pop()
        state.history = history
        state.step = previous
        state.question_messages = []
        state.return_to = None
        state.asked_at = state.updated_at = self._clock.now()
        turn.asked = previous
        turn.replies.append(self._question(flow, flow.step(previous), state))

    async def _accept(
        self,
        session: AsyncSession,
        flow: Flow,
        step: Step,
        state: DialogueState,
        value: Any,
        turn: Turn,
        person_id: int,
        text: str | None,
    ) -> None:
        assert step.slot is not None
        if PENDING_DATE in state.slots:  # a past date set aside, now answered otherwise
            state.slots = {k: v for k, v in state.slots.items() if k != PENDING_DATE}
        if step.validate is not None and value is not None:
            result = await self._runner.run(
                step.validate,
                sender_id=str(person_id),
                slots=state.slots,
                candidate={step.slot: value},
                text=text,
                session=session,
            )
            if result.slots.get(step.slot) is None:
                turn.replies += [*result.replies, self._question(flow, step, state)]
                return
            value = result.slots[step.slot]
        state.slots = {**state.slots, step.slot: value}
        state.history = [*state.history, step.id]
        turn.answered = True
        turn.answered_step = step.id
        following = state.return_to or self._next(flow, step, state)
        if state.return_to and following == state.return_to:
            state.return_to = None
        await self._walk(session, flow, state, following, turn, person_id)

    def _next(self, flow: Flow, step: Step, state: DialogueState) -> str:
        branch = step.following(state.slots)
        if branch is None:
            raise ValueError(f"{flow.source.name}, step {step.id}: no next step")
        if branch.return_to is not None:
            state.return_to = branch.return_to
        return branch.target(state.slots)

    async def _walk(
        self,
        session: AsyncSession,
        flow: Flow,
        state: DialogueState,
        step_id: str,
        turn: Turn,
        person_id: int,
    ) -> None:
        for _ in range(MAX_STEPS_PER_TURN):
            step = flow.step(step_id)
            if step.set_slots:
                state.slots = {**state.slots, **step.set_slots}
            if step.ask is not None:
                state.step = step.id
                state.question_messages = []  # the adapter reports the new question's
                state.asked_at = state.updated_at = self._clock.now()
                turn.asked = step.id
                turn.slots = dict(state.slots)
                turn.replies.append(self._question(flow, step, state))
                return
            if step.say is not None:
                turn.replies.append(Reply(step.say, self._args(flow, step, state.slots)))
            if step.action is not None:
                result = await self._runner.run(
                    step.action, sender_id=str(person_id), slots=state.slots, session=session
                )
                state.slots = {**state.slots, **result.slots}
                turn.replies += result.replies
            if step.end is not None:
                await self._drop(session, state)
                turn.asked = None
                turn.finished = step.end
                turn.slots = dict(state.slots)
                return
            step_id = self._next(flow, step, state)
        raise ValueError(f"{flow.source.name}: more than {MAX_STEPS_PER_TURN} steps in a turn")

    def _options(self, step: Step, slots: Mapping[str, Any]) -> list[Option]:
        if step.answer is AnswerType.YES_NO:
            return list(YES_NO)
        if step.options_slot is not None:
            return [*_slot_options(slots.get(step.options_slot)), *step.options]
        if step.options_from is not None:
            return [*self._option_sources[step.options_from](), *step.options]
        return list(step.options)

    def message_args(self, flow_id: str, step_id: str, slots: Mapping[str, Any]) -> dict[str, Any]:
        """The arguments step ``step_id`` would show for ``slots`` (for summaries)."""
        flow = self.flows[flow_id]
        return self._args(flow, flow.step(step_id), slots)

    def _args(self, flow: Flow, step: Step, slots: Mapping[str, Any]) -> dict[str, Any]:
        """Message arguments from slots; fixed answers become their (translated) labels."""
        args: dict[str, Any] = {}
        for name, slot in step.args.items():
            args[name] = self.shown(flow, slot, slots.get(slot), slots)
        return args

    def shown(
        self, flow: Flow, slot: str, value: Any, slots: Mapping[str, Any] | None = None
    ) -> Any:
        """A slot's value as a message shows it: an option's label, a list, or the value.

        ``slots`` are the dialogue's slots, for options an action put in a slot.
        """
        if value is None or value == []:
            return Phrase("dialogue-no-answer")
        question = next((s for s in flow.questions() if s.slot == slot), None)
        if question is not None and question.answer is AnswerType.YEAR:
            return str(value)  # a year, not a quantity: no thousands separator
        if question is not None and question.answer is AnswerType.DATE and "T" not in str(value):
            return date.fromisoformat(str(value))  # shown in the reader's date format
        if question is None or question.answer not in (
            AnswerType.CHOICE, AnswerType.MULTI, AnswerType.YES_NO,
        ):  # fmt: skip
            return value
        labels = {
            o.value: Phrase(o.label, dict(o.label_args))
            for o in self._options(question, slots or {})
        }
        if isinstance(value, list):
            return tuple(labels[v] for v in value if v in labels)
        return labels.get(value, Phrase("dialogue-no-answer"))

    def _question(self, flow: Flow, step: Step, state: DialogueState) -> Reply:
        assert step.ask is not None and step.slot is not None
        rows: list[tuple[Button, ...]] = []
        chosen = state.slots.get(step.slot) if step.answer is AnswerType.MULTI else None
        ref = _button_ref(step, state)
        if step.answer in (AnswerType.CHOICE, AnswerType.MULTI, AnswerType.YES_NO):
            buttons = [
                Button(
                    option.label,
                    data=f"{CALLBACK}:{ref}:{index}",
                    args=dict(option.label_args),
                    label_language=option.label_language,
                    selected=chosen is not None and option.value in chosen,
                )
                for index, option in enumerate(self._options(step, state.slots))
            ]
            width = 2 if step.answer is not AnswerType.CHOICE or len(buttons) > 3 else 1
            rows += [tuple(buttons[i : i + width]) for i in range(0, len(buttons), width)]
        controls = []
        if step.answer is AnswerType.MULTI:
            controls.append(Button("dialogue-done", data=f"{CALLBACK}:{ref}:done"))
        if step.skippable:
            controls.append(Button("dialogue-skip", data=f"{CALLBACK}:{ref}:skip"))
        if state.history and step.back:
            controls.append(Button("dialogue-back", data=f"{CALLBACK}:{ref}:back"))
        if controls:
            rows.append(tuple(controls))
        # A question with buttons: the adapter tells which message shows them (so that a
        # typed answer can take them away), unless its buttons are marked (``tidy: false``).
        asks = Asks(flow.id, step.id) if rows and step.tidy else None
        return Reply(step.ask, self._args(flow, step, state.slots), tuple(rows), asks=asks)


def _button_ref(step: Step, state: DialogueState) -> str:
    """The step as its buttons name it: its id, and for ``tidy: false`` a mark of when it
    was asked (each copy of an offer made again is told apart by its press)."""
    if step.tidy:
        return step.id
    millis = int(state.asked_at.timestamp() * 1000)
    return f"{step.id}.{millis & 0xFFFFFFFF:x}"


def _past_date_question(flow: Flow, step: Step, passed: date | datetime) -> Reply:
    """ "This date has passed: keep it?", with a button for each answer."""
    keep = Button("dialogue-past-keep", data=f"{CALLBACK}:{step.id}:{PAST_KEEP}")
    change = Button("dialogue-past-change", data=f"{CALLBACK}:{step.id}:{PAST_CHANGE}")
    asks = Asks(flow.id, step.id, past=passed.isoformat())
    return Reply("dialogue-past-date-confirm", {"date": passed}, ((keep, change),), asks=asks)


def _past_date_left(shown: str, message: int) -> Reply:
    """A "keep it?" that waits no more: its text, without buttons, in place of ``message``."""
    passed = datetime.fromisoformat(shown) if "T" in shown else date.fromisoformat(shown)
    return Reply("dialogue-past-date-confirm", {"date": passed}, target=message)


def _entry(raw: Any) -> tuple[int | None, str | None]:
    """A remembered message (see ``DialogueState.question_messages``): id, "keep it?" date."""
    if not isinstance(raw, dict) or not isinstance(raw.get("message"), int):
        return None, None
    past = raw.get("past")
    return raw["message"], past if isinstance(past, str) else None


def _slot_options(value: Any) -> list[Option]:
    """Options an action put in a slot: a list of ``{value, label, args}`` mappings."""
    if not isinstance(value, list):
        return []
    return [
        Option(
            str(o["value"]), str(o["label"]), {k: str(v) for k, v in (o.get("args") or {}).items()}
        )
        for o in value
        if isinstance(o, dict) and "value" in o and "label" in o
    ]


def _option_at(options: list[Option], payload: str, data: str) -> Option:
    if not (payload.isascii() and payload.isdigit()) or int(payload) >= len(options):
        raise StaleButton(data=data[:20])
    return options[int(payload)]


def _parse(answer: AnswerType, text: str) -> tuple[Any, str | None]:
    """A typed answer as a value, or the message key that explains what is wrong."""
    if answer in (AnswerType.CHOICE, AnswerType.MULTI, AnswerType.YES_NO):
        return None, "dialogue-use-buttons"
    if answer is AnswerType.MESSAGE:
        # Kept as written, line breaks too: only the spaces around each line go.
        message = "\n".join(line.strip() for line in text.strip().splitlines())
        if not message:
            return None, "dialogue-invalid-empty"
        if len(message) > MAX_MESSAGE:
            return None, "dialogue-invalid-long"
        return message, None
    cleaned = " ".join(text.split())
    if not cleaned:
        return None, "dialogue-invalid-empty"
    if len(cleaned) > MAX_TEXT:
        return None, "dialogue-invalid-long"
    if answer is AnswerType.TEXT:
        if not any(ch.isalnum() for ch in cleaned):
            return None, "dialogue-invalid-text"
        return cleaned, None
    digits = cleaned.replace(" ", "")
    if answer is AnswerType.DATE:
        return _parse_date(cleaned)
    if answer in (AnswerType.NUMBER, AnswerType.YEAR):
        # int() reads every script's digits: "١٩٩٠" and "۱۹۹۰" are 1990.
        if not digits.isdecimal():
            return None, "dialogue-invalid-year" if answer is AnswerType.YEAR else (
                "dialogue-invalid-number"
            )
        number = int(digits)
        if answer is AnswerType.YEAR and len(str(number)) != 4:
            return None, "dialogue-invalid-year"
        return number, None
    return None, "dialogue-invalid-text"


def _parse_date(text: str) -> tuple[Any, str | None]:
    """ "2026-12-31" for a date; "2026-12-31T14:30" when a time was given too."""
    for pattern in _DATE_FORMATS:
        match = pattern.match(text)
        if not match:
            continue
        try:
            day = date(int(match["y"]), int(match["m"]), int(match["d"]))
            if match["H"] is None:
                return day.isoformat(), None
            moment = datetime.combine(day, time(int(match["H"]), int(match["M"])))
        except ValueError:
            return None, "dialogue-invalid-date"
        return moment.isoformat(timespec="minutes"), None
    return None, "dialogue-invalid-date"
