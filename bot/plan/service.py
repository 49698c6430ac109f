"""Plans for counsellors and learners: view, build, complete; reminders follow every change."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.dialogue.engine import Engine
from bot.errors import NotAllowed, PolkuError, StaleButton
from bot.outbox import Outbox
from bot.people import Sender, require_role
from bot.plan.config import PlanConfig
from bot.plan.reminders import details, schedule, shown_due
from bot.replies import Answer, Button, Lines, Phrase, Reply
from store.db import transaction
from store.digests import pending_by_key_for_update
from store.models import Person, PlanStep, Role, Signal, StepStatus
from store.outbox import DIGEST, OutboxRepository
from store.people import PeopleRepository
from store.plans import PlanRepository

log = logging.getLogger(__name__)

PREFIX = "pl:"
# Ids in callback data point at rows whose keys are 32-bit on every backend.
MAX_ID = 2**31 - 1


def parse_callback(data: str) -> tuple[str, int]:
    """A plan button's operation and record id, from ``pl:<op>:<id>``.

    Raises:
        StaleButton: the data does not have that shape, or the id cannot name a record
            (forged or mangled buttons get the kind "this button no longer works").
    """
    prefix, _, rest = data.partition(PREFIX)
    op, _, raw_id = rest.partition(":")
    if prefix or not op or not raw_id.isascii() or not raw_id.isdigit():
        raise StaleButton(data=data[:20])
    target = int(raw_id)
    if not 0 <= target <= MAX_ID:
        raise StaleButton(data=data[:20])
    return op, target


ADD_FLOW = "plan_step"
DUE_FLOW = "plan_due"
# A learner's "done" taps reach the counsellor in one message per this window.
DIGEST_WINDOW = timedelta(minutes=30)


class PlanError(PolkuError):
    """A plan operation that cannot be done as asked (for operators)."""


@dataclass(frozen=True)
class NewStep:
    """A step to add, in plain values (from Telegram, the command line or a CSV row)."""

    step_type: str
    due: date | None = None
    at: time | None = None
    note: str | None = None
    place: str | None = None


class PlanBook:
    """The plan operations every channel shares: add, complete, schedule, starter plans."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        outbox: Outbox,
        clock: Clock,
        config: PlanConfig,
        *,
        quiet_hours: tuple[time, time],
    ) -> None:
        self.sessions = sessions
        self._outbox = outbox
        self._clock = clock
        self.config = config
        self._quiet_hours = quiet_hours

    # -- shared by Telegram, the command line and CSV import --------------------------

    def due_moment(self, new: NewStep, time_zone: str) -> tuple[datetime | None, bool]:
        """A step's due date (and time) in the learner's zone, as an aware UTC moment."""
        if new.due is None:
            return None, False
        zone = ZoneInfo(time_zone)
        moment = datetime.combine(new.due, new.at or time(0, 0), tzinfo=zone)
        return moment.astimezone(ZoneInfo("UTC")), new.at is not None

    async def add(
        self, session: AsyncSession, learner: Person, new: NewStep, actor_id: int | None
    ) -> PlanStep:
        """Add a step to the learner's plan and schedule its reminders.

        Raises:
            PlanError: an unknown step type.
        """
        if new.step_type not in self.config.step_types:
            raise PlanError(f"unknown step type {new.step_type!r}")
        now = self._clock.now()
        plans = PlanRepository(session)
        plan = await plans.ensure_plan(learner.id, "work_first", now)
        due_at, has_time = self.due_moment(new, learner.time_zone)
        step = await plans.add_step(
            learner.id,
            step_type=new.step_type,
            due_at=due_at,
            due_has_time=has_time,
            note=new.note,
            place=new.place,
            by=actor_id,
            now=now,
        )
        if plan.confirmed_at is not None:
            await self.reschedule(session, step, learner, fresh=True)
        return step

    async def added_since(
        self, session: AsyncSession, learner: Person, new: NewStep, newest_id: int
    ) -> PlanStep | None:
        """A step just like ``new`` added after step ``newest_id`` (0: the plan's start).

        A dialogue that adds a step notes the plan's newest step when it begins; a save
        repeated with the same answers finds the step the first save made, and adds none.
        """
        due_at, has_time = self.due_moment(new, learner.time_zone)
        wanted = (new.step_type, due_at, has_time, new.note, new.place)
        for step in await PlanRepository(session).steps(learner.id):
            found = (step.step_type, step.due_at, step.due_has_time, step.note, step.place)
            if step.id > newest_id and found == wanted:
                return step
        return None

    async def confirm(self, session: AsyncSession, learner: Person) -> bool:
        """Confirm the learner's plan: they see it, reminders start, and they are told."""
        plan = await PlanRepository(session).plan(learner.id)
        if plan is None or plan.confirmed_at is not None:
            return False
        now = self._clock.now()
        plan.confirmed_at = plan.updated_at = now
        for step in await PlanRepository(session).steps(learner.id):
            await self.reschedule(session, step, learner)
        await self._outbox.enqueue(
            session,
            key=f"plan-ready:{learner.id}",
            to=learner,
            reply=Reply("plan-ready"),
            kind="notice",
            now=now,
        )
        return True

    async def change_due(
        self,
        session: AsyncSession,
        step: PlanStep,
        learner: Person,
        due: date | None,
        at: time | None,
        actor_id: int | None,
    ) -> None:
        """Give a step a new due date (or none); its reminders follow.

        The same date again changes nothing: the step keeps its version, and so its
        reminders (their keys carry the version).
        """
        due_at, has_time = self.due_moment(NewStep(step.step_type, due, at), learner.time_zone)
        if (step.due_at, step.due_has_time) == (due_at, has_time):
            return
        step.due_at, step.due_has_time = due_at, has_time
        step.changed_by_id = actor_id
        step.changed_at = self._clock.now()
        await self.reschedule(session, step, learner)

    async def set_status(
        self, session: AsyncSession, step: PlanStep, status: StepStatus, actor_id: int | None
    ) -> None:
        """Mark a step done, skipped or to do again; reminders follow.

        The status it has already changes nothing (a second press, a repeated command).
        """
        if step.status is status:
            return
        step.status = status
        step.changed_by_id = actor_id
        step.changed_at = self._clock.now()
        learner = await PeopleRepository(session).get(step.learner_id)
        assert learner is not None
        await self.reschedule(session, step, learner)

    async def reschedule(
        self, session: AsyncSession, step: PlanStep, learner: Person, *, fresh: bool = False
    ) -> None:
        """Bring the step's reminders in line with it, once its plan is confirmed.

        Args:
            fresh: the step was just created and has no reminders to cancel.
        """
        plan = await PlanRepository(session).plan(step.learner_id)
        if plan is None or plan.confirmed_at is None:
            return
        await schedule(
            session,
            self._outbox,
            step,
            learner,
            self.config.rule(step.step_type),
            self._quiet_hours,
            self._clock.now(),
            fresh=fresh,
        )

    async def propose_starter(self, session: AsyncSession, learner: Person, path: str) -> int:
        """After the intake: a starter plan for the path, for the counsellor to confirm."""
        plans = PlanRepository(session)
        if await plans.steps(learner.id):
            return 0  # a plan exists already: the counsellor's work is not replaced
        now = self._clock.now()
        plan = await plans.ensure_plan(learner.id, path, now)
        plan.path = path
        today = now.astimezone(ZoneInfo(learner.time_zone)).date()
        starters = self.config.starter_plans.get(path, ())
        for starter in starters:
            due = today + timedelta(days=starter.due_in_days) if starter.due_in_days else None
            await self.add(session, learner, NewStep(starter.step_type, due), None)
        return len(starters)


class Plans:
    """Plans in Telegram, for counsellors and learners; every operation checks the role."""

    def __init__(
        self,
        book: PlanBook,
        engine: Engine,
        outbox: Outbox,
        clock: Clock,
    ) -> None:
        self.book = book
        self._sessions = book.sessions
        self._engine = engine
        self._outbox = outbox
        self._clock = clock

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
        person = await PeopleRepository(session).active(sender.telegram_user_id, self._clock.now())
        return require_role(person, *roles)

    # -- views -------------------------------------------------------------------------

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
            return Answer(counsellor.language, counsellor.time_zone, (Reply("learners-none"),))
        buttons = tuple(
            (
                Button(
                    "learners-button",
                    data=f"{PREFIX}v:{each.id}",
                    args={"name": each.display_name},
                ),
            )
            for each in learners
        )
        return Answer(
            counsellor.language,
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
                    data=f"{PREFIX}s:{s.id}",
                    args={"number": i, "type": Phrase(f"step-type-{s.step_type}")},
                ),
            )
            for i, s in enumerate(steps, 1)
        ]
        controls = [Button("plan-add", data=f"{PREFIX}a:{learner_id}")]
        if plan is not None and plan.confirmed_at is None and steps:
            controls.append(Button("plan-confirm", data=f"{PREFIX}c:{learner_id}"))
        rows.append(tuple(controls))
        key = "plan-counsellor-view" if steps else "plan-counsellor-empty"
        status = "unconfirmed" if plan is not None and plan.confirmed_at is None else "confirmed"
        reply = Reply(
            key,
            {
                "name": learner.display_name,
                "path": Phrase(f"path-{plan.path}") if plan else Phrase("plan-no-path"),
                "lines": Lines(lines),
                "status": status,
            },
            tuple(rows),
            edit=edit,
        )
        return Answer(counsellor.language, counsellor.time_zone, (reply,))

    async def learner_view(self, sender: Sender) -> Answer:
        """``/plan``: the learner's plan, next step first, with a Done button for each."""
        async with transaction(self._sessions) as session:
            learner = await self._person(session, sender, Role.LEARNER)
            plan = await PlanRepository(session).plan(learner.id)
            steps = await PlanRepository(session).steps(learner.id)
        if plan is None or plan.confirmed_at is None or not steps:
            return Answer(learner.language, learner.time_zone, (Reply("plan-learner-empty"),))
        todo = [s for s in steps if s.status is StepStatus.TODO]
        finished = [s for s in steps if s.status is not StepStatus.TODO]
        ordered = todo + finished
        lines = tuple(self._step_line(s, i, learner.time_zone) for i, s in enumerate(ordered, 1))
        buttons = tuple(
            (
                Button(
                    "plan-done-button",
                    data=f"{PREFIX}ld:{s.id}",
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
                {"path": Phrase(f"path-{plan.path}"), "lines": Lines(lines)},
                buttons,
            )
        ]
        if nxt is not None:
            replies.append(Reply(f"step-type-{nxt.step_type}-about"))
        return Answer(learner.language, learner.time_zone, tuple(replies))

    # -- buttons -----------------------------------------------------------------------

    async def press(self, sender: Sender, data: str) -> Answer:
        """Dispatch a plan button (``pl:<op>:<id>``).

        Raises:
            StaleButton: unknown or malformed data.
            NotAllowed: the person may not do this.
        """
        op, target = parse_callback(data)
        if op == "ld":
            return await self._learner_done(sender, target)
        if op == "help":
            return await self._need_help(sender, target)
        if op == "v":
            return await self.counsellor_view(sender, target)
        if op == "a":
            return await self._begin_add(sender, target)
        if op == "c":
            return await self._confirm(sender, target)
        handlers = {
            "s": self._step_menu,
            "d": lambda s, i: self._counsellor_status(s, i, StepStatus.DONE),
            "k": lambda s, i: self._counsellor_status(s, i, StepStatus.SKIPPED),
            "t": lambda s, i: self._counsellor_status(s, i, StepStatus.TODO),
            "u": lambda s, i: self._move(s, i, -1),
            "w": lambda s, i: self._move(s, i, 1),
            "e": self._begin_due,
            "r": self._remove_ask,
            "R": self._remove,
        }
        handler = handlers.get(op)
        if handler is None:
            raise StaleButton(data=data[:20])
        return await handler(sender, target)

    async def _step_menu(self, sender: Sender, step_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            step, learner = await self._step_for(session, counsellor, step_id)
        status_button = (
            Button("plan-mark-done", data=f"{PREFIX}d:{step.id}")
            if step.status is StepStatus.TODO
            else Button("plan-mark-todo", data=f"{PREFIX}t:{step.id}")
        )
        rows = (
            (status_button, Button("plan-skip", data=f"{PREFIX}k:{step.id}")),
            (
                Button("plan-up", data=f"{PREFIX}u:{step.id}"),
                Button("plan-down", data=f"{PREFIX}w:{step.id}"),
            ),
            (
                Button("plan-change-date", data=f"{PREFIX}e:{step.id}"),
                Button("plan-remove", data=f"{PREFIX}r:{step.id}"),
            ),
            (Button("plan-back-to-plan", data=f"{PREFIX}v:{learner.id}"),),
        )
        line = self._step_line(step, step.position, counsellor.time_zone)
        reply = Reply("plan-step-menu", {"line": line, "name": learner.display_name}, rows)
        return Answer(counsellor.language, counsellor.time_zone, (reply,))

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
            await PlanRepository(session).move(step, offset)
        return await self.counsellor_view(sender, learner.id)

    async def _remove_ask(self, sender: Sender, step_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            step, learner = await self._step_for(session, counsellor, step_id)
        buttons = (
            (
                Button("plan-remove-yes", data=f"{PREFIX}R:{step.id}"),
                Button("plan-back-to-plan", data=f"{PREFIX}v:{learner.id}"),
            ),
        )
        line = self._step_line(step, step.position, counsellor.time_zone)
        reply = Reply("plan-remove-confirm", {"line": line}, buttons)
        return Answer(counsellor.language, counsellor.time_zone, (reply,))

    async def _remove(self, sender: Sender, step_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            step, learner = await self._step_for(session, counsellor, step_id)
            await OutboxRepository(session).cancel_ref(f"plan_step:{step.id}")
            await PlanRepository(session).remove(step)
        return await self.counsellor_view(sender, learner.id)

    async def _confirm(self, sender: Sender, learner_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            learner = await self._learner_for(session, counsellor, learner_id)
            if await PlanRepository(session).plan(learner_id) is None:
                raise StaleButton(data=str(learner_id))
            await self.book.confirm(session, learner)
        return await self.counsellor_view(sender, learner_id)

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
        return Answer(counsellor.language, counsellor.time_zone, tuple(turn.replies))

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
        return Answer(counsellor.language, counsellor.time_zone, tuple(turn.replies))

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
            if step.status is StepStatus.TODO:
                await self.book.set_status(session, step, StepStatus.DONE, learner.id)
                await self._tell_counsellor_done(session, learner, step)
        answer = await self.learner_view(sender)
        return Answer(answer.language, answer.time_zone, answer.replies, toast="plan-done-thanks")

    async def _tell_counsellor_done(
        self, session: AsyncSession, learner: Person, step: PlanStep
    ) -> None:
        # One message per counsellor per window, however many steps are ticked off: the
        # pending digest row gains a line instead of a new row being added. The row is
        # locked while it grows, so simultaneous ticks each keep their line.
        counsellor = await PeopleRepository(session).counsellor_of(learner.id)
        if counsellor is None:
            return
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
                return
            if await self._digest(session, key, counsellor, learner, line, now):
                return
        # The window's digest has left already (claimed or sent): this tick gets its own.
        await self._digest(session, f"{key}:{step.id}", counsellor, learner, line, now)

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
            session.add(
                Signal(person_id=learner.id, kind="help", at=now, ref=f"plan_step:{step.id}")
            )
            counsellor = await PeopleRepository(session).counsellor_of(learner.id)
            # One notice per step per day of the learner: pressing again the same day only
            # hears that the counsellor knows already.
            day = now.astimezone(ZoneInfo(learner.time_zone)).date()
            known = counsellor is not None and not await self._outbox.enqueue(
                session,
                key=f"help:{learner.id}:{step.id}:{day.isoformat()}",
                to=counsellor,
                reply=Reply(
                    "notice-needs-help",
                    {"name": learner.display_name, "type": Phrase(f"step-type-{step.step_type}")},
                ),
                kind="notice",
                now=now,
                about=learner,
            )
        said = "plan-help-already-sent" if known else "plan-help-sent"
        return Answer(learner.language, learner.time_zone, (Reply(said),))
