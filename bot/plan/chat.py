"""Plans in the chat: the views, the buttons and what a press does, for both roles.

The plan itself changes through :class:`~bot.plan.book.PlanBook`; this module decides
what people see (message keys, buttons) and who may press what.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.appointments.callbacks import ApOp
from bot.appointments.callbacks import callback_data as meeting_data
from bot.appointments.service import Appointments
from bot.clock import Clock
from bot.dialogue.engine import Engine
from bot.errors import NotAllowed, StaleButton
from bot.i18n import reading_of
from bot.outbox import Outbox
from bot.people import Sender, require_role, who_wrote
from bot.plan.book import PlanBook
from bot.plan.callbacks import PlanOp, callback_data, parse_callback
from bot.plan.reminders import details, shown_due
from bot.replies import Answer, Button, Lines, Phrase, Reply
from store.db import transaction
from store.digests import pending_by_key_for_update
from store.models import LearnerProfile, Person, PlanStep, Role, StepStatus
from store.outbox import DIGEST
from store.people import PeopleRepository
from store.plans import PlanRepository

ADD_FLOW = "plan_step"
DUE_FLOW = "plan_due"
# A learner's "done" taps reach the counsellor in one message per this window.
DIGEST_WINDOW = timedelta(minutes=30)

Press = Callable[[Sender, int], Awaitable[Answer]]
# Scores a learner in the caller's transaction (``Motivation.evaluate_in``).
Evaluate = Callable[[AsyncSession, int, datetime], Awaitable[object]]


class Plans:
    """Plans in the chat, for counsellors and learners; every operation checks the role."""

    def __init__(
        self,
        book: PlanBook,
        engine: Engine,
        outbox: Outbox,
        clock: Clock,
        *,
        appointments: Appointments | None = None,
        evaluate: Evaluate | None = None,
    ) -> None:
        self.book = book
        self._appointments = appointments
        self._evaluate = evaluate
        self._sessions = book.sessions
        self._engine = engine
        self._outbox = outbox
        self._clock = clock
        # Every operation has its handler: a new PlanOp without one fails here, at start.
        self._presses: dict[PlanOp, Press] = {
            PlanOp.VIEW: self.counsellor_view,
            PlanOp.ADD: self._begin_add,
            PlanOp.CONFIRM: self._confirm,
            PlanOp.STEP: self._step_menu,
            PlanOp.MARK_DONE: lambda s, i: self._counsellor_status(s, i, StepStatus.DONE),
            PlanOp.SKIP: lambda s, i: self._counsellor_status(s, i, StepStatus.SKIPPED),
            PlanOp.REOPEN: lambda s, i: self._counsellor_status(s, i, StepStatus.TODO),
            PlanOp.UP: lambda s, i: self._move(s, i, -1),
            PlanOp.DOWN: lambda s, i: self._move(s, i, 1),
            PlanOp.DATE: self._begin_due,
            PlanOp.REMOVE: self._remove_ask,
            PlanOp.REMOVE_YES: self._remove,
            PlanOp.DONE: self._learner_done,
            PlanOp.HELP: self._need_help,
        }
        if missing := set(PlanOp) - set(self._presses):
            raise RuntimeError(f"plan operations without a handler: {sorted(missing)}")

    async def _learner_for(
        self, session: AsyncSession, counsellor: Person, learner_id: int
    ) -> Person:
        people = PeopleRepository(session)
        if not await people.follows(counsellor.id, learner_id):
            raise NotAllowed(role=counsellor.role.value)
        learner = await people.get(learner_id)
        assert learner is not None
        return learner

    async def _step_for(
        self, session: AsyncSession, counsellor: Person, step_id: int
    ) -> tuple[PlanStep, Person]:
        step = await PlanRepository(session).step(step_id)
        if step is None:
            raise StaleButton(data=str(step_id))
        return step, await self._learner_for(session, counsellor, step.learner_id)

    async def _person(self, session: AsyncSession, sender: Sender, *roles: Role) -> Person:
        person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
        return require_role(person, *roles)

    # -- views -------------------------------------------------------------------------

    async def _next_meeting(self, learner_id: int) -> Phrase:
        """The learner's next meeting, as a line of the plan view."""
        upcoming = await self._appointments.upcoming(learner_id) if self._appointments else []
        if not upcoming:
            return Phrase("plan-meeting-none")
        return Phrase("plan-meeting-next", {"when": upcoming[0].starts_at})

    def _step_line(self, step: PlanStep, number: int, time_zone: str) -> Phrase:
        due = shown_due(step, time_zone)
        return Phrase(
            f"plan-line-{step.status.value}",
            {
                "number": number,
                "type": Phrase(f"step-type-{step.step_type}"),
                "due": due if due is not None else Phrase("plan-no-date"),
                "details": details(step),
            },
        )

    async def learners(self, sender: Sender) -> Answer:
        """``/learners``: the counsellor's learners, each a button to their plan."""
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            learners = await PeopleRepository(session).learners_of(counsellor.id)
            lines = []
            for learner in learners:
                plan = await PlanRepository(session).plan(learner.id)
                steps = await PlanRepository(session).steps(learner.id)
                upcoming = next((s for s in steps if s.status is StepStatus.TODO), None)
                lines.append(
                    Phrase(
                        "learners-line",
                        {
                            "name": learner.display_name,
                            "path": Phrase(f"path-{plan.path}") if plan else Phrase("plan-no-path"),
                            "next": Phrase(f"step-type-{upcoming.step_type}")
                            if upcoming
                            else Phrase("plan-no-next"),
                            "seen": learner.last_seen_at,
                        },
                    )
                )
        if not learners:
            return Answer(reading_of(counsellor), counsellor.time_zone, (Reply("learners-none"),))
        buttons = tuple(
            (
                Button(
                    "learners-button",
                    data=callback_data(PlanOp.VIEW, each.id),
                    args={"name": each.display_name},
                ),
            )
            for each in learners
        )
        return Answer(
            reading_of(counsellor),
            counsellor.time_zone,
            (Reply("learners-list", {"lines": Lines(tuple(lines))}, buttons),),
        )

    async def counsellor_view(
        self, sender: Sender, learner_id: int, *, edit: bool = False
    ) -> Answer:
        """A learner's plan for their counsellor, with buttons to change it."""
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            learner = await self._learner_for(session, counsellor, learner_id)
            plan = await PlanRepository(session).plan(learner_id)
            steps = await PlanRepository(session).steps(learner_id)
        lines = tuple(self._step_line(s, i, counsellor.time_zone) for i, s in enumerate(steps, 1))
        rows: list[tuple[Button, ...]] = [
            (
                Button(
                    "plan-step-button",
                    data=callback_data(PlanOp.STEP, s.id),
                    args={"number": i, "type": Phrase(f"step-type-{s.step_type}")},
                ),
            )
            for i, s in enumerate(steps, 1)
        ]
        controls = [Button("plan-add", data=callback_data(PlanOp.ADD, learner_id))]
        if plan is not None and plan.confirmed_at is None and steps:
            controls.append(Button("plan-confirm", data=callback_data(PlanOp.CONFIRM, learner_id)))
        rows.append(tuple(controls))
        rows.append(
            (
                Button(
                    "appointment-book-button",
                    data=meeting_data(ApOp.BOOK, learner=learner_id),
                ),
            )
        )
        key = "plan-counsellor-view" if steps else "plan-counsellor-empty"
        status = "unconfirmed" if plan is not None and plan.confirmed_at is None else "confirmed"
        reply = Reply(
            key,
            {
                "name": learner.display_name,
                "path": Phrase(f"path-{plan.path}") if plan else Phrase("plan-no-path"),
                "lines": Lines(lines),
                "status": status,
                "meeting": await self._next_meeting(learner_id),
            },
            tuple(rows),
            edit=edit,
        )
        return Answer(reading_of(counsellor), counsellor.time_zone, (reply,))

    async def learner_view(self, sender: Sender) -> Answer:
        """``/plan``: the learner's plan, next step first, with a Done button for each."""
        async with transaction(self._sessions) as session:
            learner = await self._person(session, sender, Role.LEARNER)
            plan = await PlanRepository(session).plan(learner.id)
            steps = await PlanRepository(session).steps(learner.id)
            profile = await session.get(LearnerProfile, learner.id)
        book_row = (Button("appointment-book-button", data=meeting_data(ApOp.BOOK)),)
        if plan is None and profile is not None and profile.eligible is False:
            # Nobody is preparing a plan for someone the centre could not take in.
            refused = Reply("plan-learner-not-accepted")
            return Answer(reading_of(learner), learner.time_zone, (refused,))
        if plan is None or plan.confirmed_at is None or not steps:
            empty = Reply("plan-learner-empty", buttons=(book_row,))
            return Answer(reading_of(learner), learner.time_zone, (empty,))
        todo = [s for s in steps if s.status is StepStatus.TODO]
        finished = [s for s in steps if s.status is not StepStatus.TODO]
        ordered = todo + finished
        lines = tuple(self._step_line(s, i, learner.time_zone) for i, s in enumerate(ordered, 1))
        buttons = tuple(
            (
                Button(
                    "plan-done-button",
                    data=callback_data(PlanOp.DONE, s.id),
                    args={"number": i, "type": Phrase(f"step-type-{s.step_type}")},
                ),
            )
            for i, s in enumerate(ordered, 1)
            if s.status is StepStatus.TODO
        )
        nxt = todo[0] if todo else None
        replies = [
            Reply(
                "plan-learner-view",
                {
                    "path": Phrase(f"path-{plan.path}"),
                    "lines": Lines(lines),
                    "meeting": await self._next_meeting(learner.id),
                },
                (*buttons, book_row),
            )
        ]
        if nxt is not None:
            replies.append(Reply(f"step-type-{nxt.step_type}-about"))
        return Answer(reading_of(learner), learner.time_zone, tuple(replies))

    # -- buttons -----------------------------------------------------------------------

    async def press(self, sender: Sender, data: str) -> Answer:
        """Do what a plan button (``pl:<op>:<id>``) asks.

        Raises:
            StaleButton: unknown or malformed data, or a record that is gone.
            NotAllowed: the person may not do this.
        """
        pressed = parse_callback(data)
        return await self._presses[pressed.op](sender, pressed.target)

    async def _step_menu(self, sender: Sender, step_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            step, learner = await self._step_for(session, counsellor, step_id)
            steps = await PlanRepository(session).steps(step.learner_id)
        number = next(i for i, s in enumerate(steps, 1) if s.id == step.id)
        status_button = (
            Button("plan-mark-done", data=callback_data(PlanOp.MARK_DONE, step.id))
            if step.status is StepStatus.TODO
            else Button("plan-mark-todo", data=callback_data(PlanOp.REOPEN, step.id))
        )
        # Dates decide the order: Up and Down only among steps of the same date (or none).
        above = steps[number - 2] if number > 1 else None
        below = steps[number] if number < len(steps) else None
        moves = tuple(
            Button(key, data=callback_data(op, step.id))
            for key, op, other in (
                ("plan-up", PlanOp.UP, above),
                ("plan-down", PlanOp.DOWN, below),
            )
            if other is not None and other.due_at == step.due_at
        )
        rows = (
            (status_button, Button("plan-skip", data=callback_data(PlanOp.SKIP, step.id))),
            *((moves,) if moves else ()),
            (
                Button("plan-change-date", data=callback_data(PlanOp.DATE, step.id)),
                Button("plan-remove", data=callback_data(PlanOp.REMOVE, step.id)),
            ),
            (Button("plan-back-to-plan", data=callback_data(PlanOp.VIEW, learner.id)),),
        )
        line = self._step_line(step, number, counsellor.time_zone)
        reply = Reply("plan-step-menu", {"line": line, "name": learner.display_name}, rows)
        return Answer(reading_of(counsellor), counsellor.time_zone, (reply,))

    async def _counsellor_status(self, sender: Sender, step_id: int, status: StepStatus) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            step, learner = await self._step_for(session, counsellor, step_id)
            await self.book.set_status(session, step, status, counsellor.id)
        return await self.counsellor_view(sender, learner.id)

    async def _move(self, sender: Sender, step_id: int, offset: int) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            step, learner = await self._step_for(session, counsellor, step_id)
            await self.book.move(session, step, offset)
        return await self.counsellor_view(sender, learner.id)

    async def _remove_ask(self, sender: Sender, step_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            step, learner = await self._step_for(session, counsellor, step_id)
            number = await _number(session, step)
        buttons = (
            (
                Button("plan-remove-yes", data=callback_data(PlanOp.REMOVE_YES, step.id)),
                Button("plan-back-to-plan", data=callback_data(PlanOp.VIEW, learner.id)),
            ),
        )
        line = self._step_line(step, number, counsellor.time_zone)
        reply = Reply("plan-remove-confirm", {"line": line}, buttons)
        return Answer(reading_of(counsellor), counsellor.time_zone, (reply,))

    async def _remove(self, sender: Sender, step_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            step, learner = await self._step_for(session, counsellor, step_id)
            await self.book.remove(session, step)
        return await self.counsellor_view(sender, learner.id)

    async def _confirm(self, sender: Sender, learner_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            learner = await self._learner_for(session, counsellor, learner_id)
            if await PlanRepository(session).plan(learner_id) is None:
                raise StaleButton(data=str(learner_id))
            confirmed = await self.book.confirm(session, learner)
        view = await self.counsellor_view(sender, learner_id)
        if not confirmed:
            return view  # confirmed before (a double tap): the view says so
        # The view pressed on becomes the confirmation; the plan as it is now follows.
        told = Reply("plan-confirmed-told", {"name": learner.display_name}, edit=True)
        return Answer(view.language, view.time_zone, (told, *view.replies))

    async def _begin_add(self, sender: Sender, learner_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            await self._learner_for(session, counsellor, learner_id)
            steps = await PlanRepository(session).steps(learner_id)
            # The plan's newest step now: a repeated save finds the step it added after it.
            newest = max((s.id for s in steps), default=0)
            turn = await self._engine.begin(
                session,
                counsellor.id,
                ADD_FLOW,
                slots={"learner_id": learner_id, "newest_step_id": newest},
            )
        return Answer(reading_of(counsellor), counsellor.time_zone, tuple(turn.replies))

    async def _begin_due(self, sender: Sender, step_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            step, learner = await self._step_for(session, counsellor, step_id)
            turn = await self._engine.begin(
                session,
                counsellor.id,
                DUE_FLOW,
                slots={"learner_id": learner.id, "step_id": step.id},
            )
        return Answer(reading_of(counsellor), counsellor.time_zone, tuple(turn.replies))

    async def _own_confirmed_step(
        self, session: AsyncSession, learner: Person, step_id: int
    ) -> PlanStep:
        """A step of the learner's own plan that the counsellor has confirmed.

        Raises:
            StaleButton: no such step of theirs, or the plan is still a proposal (a
                learner sees no buttons for it, so the press is forged or stale).
        """
        plans = PlanRepository(session)
        step = await plans.step(step_id)
        plan = await plans.plan(learner.id)
        if step is None or step.learner_id != learner.id or plan is None:
            raise StaleButton(data=str(step_id))
        if plan.confirmed_at is None:
            raise StaleButton(data=str(step_id))
        return step

    async def _learner_done(self, sender: Sender, step_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            learner = await self._person(session, sender, Role.LEARNER)
            step = await self._own_confirmed_step(session, learner, step_id)
            told = True
            if step.status is StepStatus.TODO:
                await self.book.set_status(session, step, StepStatus.DONE, learner.id)
                told = await self._tell_counsellor_done(session, learner, step)
        answer = await self.learner_view(sender)
        # "Your counsellor will see it" only when someone will.
        toast = "plan-done-thanks" if told else "plan-done-well-done"
        return Answer(answer.language, answer.time_zone, answer.replies, toast=toast)

    async def _tell_counsellor_done(
        self, session: AsyncSession, learner: Person, step: PlanStep
    ) -> bool:
        """Add the tick to the acting counsellor's digest; False when nobody acts for them."""
        # One message per counsellor per window, however many steps are ticked off: the
        # pending digest row gains a line instead of a new row being added. The row is
        # locked while it grows, so simultaneous ticks each keep their line.
        counsellor = await PeopleRepository(session).counsellor_of(learner.id)
        if counsellor is None:
            return False
        now = self._clock.now()
        window = int(now.timestamp() // DIGEST_WINDOW.total_seconds())
        key = f"plan-done:{counsellor.id}:{window}"
        line = Phrase(
            "notice-step-done-line",
            {"name": learner.display_name, "type": Phrase(f"step-type-{step.step_type}")},
        )
        # Twice: when another transaction adds the window's row between the look and the
        # insert, the insert adds nothing, and the second look waits for that row.
        for _ in range(2):
            pending = await pending_by_key_for_update(session, key)
            if pending is not None:
                reply = Reply.from_json(pending.payload["reply"])
                lines = reply.args.get("lines")
                items = lines.items if isinstance(lines, Lines) else ()
                updated = Reply("notice-steps-done", {"lines": Lines((*items, line))})
                # "about" lists the learner of each line, in order: /forget takes a
                # learner's lines out (OutboxRepository.forget_person).
                about = [*pending.payload.get("about", []), learner.id]
                pending.payload = {**pending.payload, "reply": updated.to_json(), "about": about}
                return True
            if await self._digest(session, key, counsellor, learner, line, now):
                return True
        # The window's digest has left already (claimed or sent): this tick gets its own.
        await self._digest(session, f"{key}:{step.id}", counsellor, learner, line, now)
        return True

    async def _digest(
        self,
        session: AsyncSession,
        key: str,
        counsellor: Person,
        learner: Person,
        line: Phrase,
        now: datetime,
    ) -> bool:
        if not await self._outbox.enqueue(
            session,
            key=key,
            to=counsellor,
            reply=Reply("notice-steps-done", {"lines": Lines((line,))}),
            kind=DIGEST,
            now=now,
            not_before=now + DIGEST_WINDOW,
        ):
            return False
        # Lines about several learners: no one subject_id, the payload lists them.
        row = await pending_by_key_for_update(session, key)
        if row is not None:
            row.payload = {**row.payload, "about": [learner.id]}
        return True

    async def _need_help(self, sender: Sender, step_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            learner = await self._person(session, sender, Role.LEARNER)
            step = await self._own_confirmed_step(session, learner, step_id)
            now = self._clock.now()
            # The request counts for the learner's follow-up even when nobody can be told.
            await PlanRepository(session).record_help_request(step, now)
            if self._evaluate is not None:
                # "I need help" may tip the score: escalate now, not at the next sweep.
                await self._evaluate(session, learner.id, now)
            counsellor = await PeopleRepository(session).counsellor_of(learner.id)
            if counsellor is None:
                # No assignment, or the designated and backup counsellors have both left:
                # saying "sent" would leave the learner waiting for a call that never comes.
                said = "plan-help-nobody"
            # One notice per step per day of the learner: pressing again the same day only
            # hears that the counsellor knows already.
            elif await self._outbox.enqueue(
                session,
                key=f"help:{learner.id}:{step.id}:{_day(now, learner)}",
                to=counsellor,
                reply=Reply(
                    "notice-needs-help",
                    {"name": learner.display_name, "type": Phrase(f"step-type-{step.step_type}")},
                ),
                kind="notice",
                now=now,
                about=learner,
            ):
                said = "plan-help-sent"
            else:
                said = "plan-help-already-sent"
        return Answer(reading_of(learner), learner.time_zone, (Reply(said),))


def _day(now: datetime, person: Person) -> str:
    """The date it is now where the person lives, as ``YYYY-MM-DD``."""
    return now.astimezone(ZoneInfo(person.time_zone)).date().isoformat()


async def _number(session: AsyncSession, step: PlanStep) -> int:
    """The step's number as the plan shows it (by date, then the counsellor's order)."""
    steps = await PlanRepository(session).steps(step.learner_id)
    return next(i for i, s in enumerate(steps, 1) if s.id == step.id)
