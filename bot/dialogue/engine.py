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
from bot.replies import Button, Phrase, Reply
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
        turn = Turn(flow=flow.id)
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
        """Leave the flow; earlier answers of this flow are dropped."""
        state = await self.state(session, person_id)
        if state is None:
            return Turn()
        await self._drop(session, state)
        return Turn(flow=state.flow, finished="cancelled", slots=dict(state.slots))

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
            turn.replies += [Reply(problem), self._question(flow, step, state)]
            return turn
        if step.answer is AnswerType.DATE and (passed := self._passed(value, time_zone)):
            if step.past is PastDates.CONFIRM:
                # Kept aside until the person says it is meant; the question still waits.
                pending = {"value": value, "shown": passed.isoformat()}
                state.slots = {**state.slots, PENDING_DATE: pending}
                turn.replies.append(_past_date_question(step, passed))
            else:
                turn.replies += [
                    Reply("dialogue-invalid-date-past"),
                    self._question(flow, step, state),
                ]
            return turn
        await self._accept(session, flow, step, state, value, turn, person_id, text)
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
        if step_id != step.id:
            raise StaleButton(data=data[:20])
        if payload == "back":
            # The question pressed on keeps its text and loses its buttons.
            question = self._question(flow, step, state)
            await self._back(flow, state, turn)
            turn.replies.insert(0, Reply(question.key, question.args, edit=True))
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
                turn.replies += [answered, self._question(flow, step, state)]
                return turn
            await self._accept(session, flow, step, state, pending["value"], turn, person_id, None)
            turn.replies.insert(0, answered)
            return turn
        if payload == "skip" and step.skippable:
            await self._accept(session, flow, step, state, None, turn, person_id, None)
            self._mark_answered(flow, step, state, turn)
            return turn
        options = self._options(step, state.slots)
        assert step.slot is not None
        if step.answer is AnswerType.MULTI:
            chosen = list(state.slots.get(step.slot) or [])
            if payload == "done":
                if not chosen:
                    turn.toast = "dialogue-choose-one"
                    return turn
                await self._accept(session, flow, step, state, chosen, turn, person_id, None)
                self._mark_answered(flow, step, state, turn)
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
        await self._accept(session, flow, step, state, option.value, turn, person_id, None)
        self._mark_answered(flow, step, state, turn)
        return turn

    def _mark_answered(self, flow: Flow, step: Step, state: DialogueState, turn: Turn) -> None:
        """The answered question's message: its text and the answer, and no live buttons.

        Old messages must not look as if they still waited for a press (a press on one
        still gets the kind "this button no longer works").
        """
        if turn.answered_step != step.id:
            return  # not accepted (a validator said no): the question stays as it is
        assert step.ask is not None and step.slot is not None
        question = Phrase(step.ask, self._args(flow, step, state.slots))
        answer = self.shown(flow, step.slot, state.slots.get(step.slot))
        turn.replies.insert(
            0, Reply("dialogue-answered", {"question": question, "answer": answer}, edit=True)
        )

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
            state.step, state.history = flow.start, []
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
        if step.answer in (AnswerType.CHOICE, AnswerType.MULTI, AnswerType.YES_NO):
            buttons = [
                Button(
                    option.label,
                    data=f"{CALLBACK}:{step.id}:{index}",
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
            controls.append(Button("dialogue-done", data=f"{CALLBACK}:{step.id}:done"))
        if step.skippable:
            controls.append(Button("dialogue-skip", data=f"{CALLBACK}:{step.id}:skip"))
        if state.history and step.back:
            controls.append(Button("dialogue-back", data=f"{CALLBACK}:{step.id}:back"))
        if controls:
            rows.append(tuple(controls))
        return Reply(step.ask, self._args(flow, step, state.slots), tuple(rows))


def _past_date_question(step: Step, passed: date | datetime) -> Reply:
    """ "This date has passed: keep it?", with a button for each answer."""
    keep = Button("dialogue-past-keep", data=f"{CALLBACK}:{step.id}:{PAST_KEEP}")
    change = Button("dialogue-past-change", data=f"{CALLBACK}:{step.id}:{PAST_CHANGE}")
    return Reply("dialogue-past-date-confirm", {"date": passed}, ((keep, change),))


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
