"""Motivation in the chat: check-ins, "talk to my counsellor", crisis safety, and the
counsellor's escalation buttons, for both roles.

The service (:mod:`bot.motivation.service`) decides; this module decides what people see
(message keys, buttons) and who may press what.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from bot.appointments.callbacks import ApOp, book_button
from bot.appointments.callbacks import callback_data as meeting_data
from bot.appointments.chat import Meetings
from bot.clock import Clock
from bot.dialogue.conversations import answer_for
from bot.dialogue.engine import Engine
from bot.errors import NotAllowed, StaleButton
from bot.i18n import reading_of
from bot.motivation import notices
from bot.motivation.actions import ANSWER_FLOW, CHECK_IN_FLOW, MESSAGE_FLOW
from bot.motivation.callbacks import DEFAULT_TIME, MotivationOp, callback_data, parse_callback
from bot.motivation.phrases import Concern, find
from bot.motivation.service import EscalationGone, Motivation, next_chosen
from bot.people import Sender, require_role, who_wrote
from bot.replies import Answer, Button, Phrase, Reply, Short
from store.db import transaction
from store.models import Escalation, EscalationStatus, Person, Role
from store.motivation import MotivationRepository
from store.people import PeopleRepository

log = logging.getLogger(__name__)

# At most this many open escalations under /escalations (newest first).
LIST_LIMIT = 10

Press = Callable[[Sender, int], Awaitable[Answer]]


class MotivationChat:
    """The motivation work in the chat; every operation checks the role."""

    def __init__(
        self,
        motivation: Motivation,
        engine: Engine,
        clock: Clock,
        *,
        meetings: Meetings | None = None,
    ) -> None:
        self.motivation = motivation
        self._meetings = meetings
        self._sessions = motivation.sessions
        self._engine = engine
        self._clock = clock
        # Every operation has its handler: a new MotivationOp without one fails at start.
        self._presses: dict[MotivationOp, Press] = {
            MotivationOp.ACK: self._acknowledge,
            MotivationOp.NOT_NEEDED: self._not_needed,
            MotivationOp.MESSAGE: self._begin_message,
            MotivationOp.ANSWER: self._begin_answer,
            MotivationOp.BOOK: self._book,
            MotivationOp.MOOD: self._mood_pressed,
            MotivationOp.CRISIS: self._crisis_answer,
            MotivationOp.COUNSELLOR: lambda sender, _: self.counsellor(sender),
            MotivationOp.WHEN: lambda sender, _: self.check_in_time(sender),
            MotivationOp.DAY: self._check_in_day,
            MotivationOp.AT: self._check_in_at,
        }
        if missing := set(MotivationOp) - set(self._presses):
            raise RuntimeError(f"motivation operations without a handler: {sorted(missing)}")

    async def _person(self, session: AsyncSession, sender: Sender, *roles: Role) -> Person:
        person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
        return require_role(person, *roles)

    # -- every text a learner types ------------------------------------------------------

    async def screen(self, sender: Sender, text: str) -> Answer | None:
        """Look at a learner's free text before anything else does.

        Crisis language interrupts whatever was going on: the answer is the gentle
        question "are you safe?" (a waiting dialogue question stays waiting, to be resumed
        later). Discouraged language is recorded and the text goes on as usual (None).

        Most texts hold neither: that is decided first, without the database, against
        every list (a superset of the person's), so an ordinary answer costs no extra
        transaction.
        """
        if find(text, Concern.CRISIS) is None and find(text, Concern.DISCOURAGED) is None:
            return None
        async with transaction(self._sessions) as session:
            person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
        if person is None or person.role is not Role.LEARNER:
            return None
        ref = f"update:{sender.update_id}" if sender.update_id is not None else None
        screening = await self.motivation.screen_text(person.id, text, person.language, ref=ref)
        if screening.crisis is None:
            return None
        return answer_for(person, None, notices.crisis_question())

    async def _crisis_answer(self, sender: Sender, yes: int) -> Answer:
        async with transaction(self._sessions) as session:
            learner = await self._person(session, sender, Role.LEARNER)
        if yes:
            await self.motivation.crisis(learner.id)
            return answer_for(learner, None, Reply("motivation-crisis-help"))
        await self.motivation.crisis_declined(learner.id)
        # The question the crisis words interrupted, if one waits: asked again.
        async with transaction(self._sessions) as session:
            turn = await self._engine.resume(session, learner.id)
        safe = Reply("motivation-crisis-safe")
        return Answer(reading_of(learner), learner.time_zone, (safe, *turn.replies))

    # -- check-ins -------------------------------------------------------------------------

    async def mood(self, sender: Sender) -> Answer:
        """``/mood``: check in any time."""
        async with transaction(self._sessions) as session:
            learner = await self._person(session, sender, Role.LEARNER)
            turn = await self._engine.begin(session, learner.id, CHECK_IN_FLOW)
        return answer_for(learner, turn)

    async def _mood_pressed(self, sender: Sender, mood: int) -> Answer:
        """A face of the weekly check-in message: stored at once; the lower three go on to
        what is hardest (a dialogue, unless another one is waiting for an answer)."""
        async with transaction(self._sessions) as session:
            learner = await self._person(session, sender, Role.LEARNER)
            _, check_in = await self.motivation.record_check_in_in(session, learner.id, mood)
            if mood > 3:
                thanks = Reply("check-in-thanks", buttons=((book_button(),),))
                return answer_for(learner, None, thanks)
            waiting = await self._engine.state(session, learner.id)
            if waiting is not None and waiting.flow != CHECK_IN_FLOW:
                # Do not throw away the answers of another dialogue half-way through.
                buttons = ((notices.counsellor_button(),), (book_button(),))
                thanks = Reply("check-in-thanks-low", buttons=buttons)
                return answer_for(learner, None, thanks)
            turn = await self._engine.begin(
                session,
                learner.id,
                CHECK_IN_FLOW,
                slots={"mood": str(mood), "check_in_id": check_in.id},
                at="hardest",
            )
        return answer_for(learner, turn)

    async def ask_due_check_ins(self) -> int:
        """The scheduler's job: queue the weekly check-ins that are due."""
        return await self.motivation.ask_due_check_ins()

    # -- when the check-in comes -----------------------------------------------------------

    def _at(self, learner: Person, weekday: int, hour: int) -> Short:
        """The hour, as the learner's clock shows it (a moment on that weekday)."""
        moment = next_chosen(self._clock.now(), weekday, hour, learner.time_zone)
        return Short(moment, "time")

    def _chosen(self, learner: Person) -> Phrase:
        weekday, hour = learner.check_in_weekday, learner.check_in_hour
        if weekday is None or hour is None:
            return Phrase("check-in-when-default-rhythm")
        return Phrase(
            "check-in-when-chosen",
            {"day": _weekday(weekday), "time": self._at(learner, weekday, hour)},
        )

    async def check_in_time(self, sender: Sender) -> Answer:
        """``/checkin`` (and the button under the check-in question): choose the day of
        the weekly check-in, or go back to the default rhythm."""
        async with transaction(self._sessions) as session:
            learner = await self._person(session, sender, Role.LEARNER)
        days = [
            Button(
                "check-in-weekday",
                data=callback_data(MotivationOp.DAY, day),
                args={"day": day},
            )
            for day in range(7)
        ]
        rows: list[tuple[Button, ...]] = [tuple(days[i : i + 2]) for i in range(0, 7, 2)]
        rows.append(
            (
                Button(
                    "check-in-when-default",
                    data=callback_data(MotivationOp.AT, DEFAULT_TIME),
                ),
            )
        )
        reply = Reply("check-in-when-day", {"current": self._chosen(learner)}, tuple(rows))
        return answer_for(learner, None, reply)

    async def _check_in_day(self, sender: Sender, weekday: int) -> Answer:
        async with transaction(self._sessions) as session:
            learner = await self._person(session, sender, Role.LEARNER)
        hours = [
            Button(
                "check-in-when-hour-button",
                data=callback_data(MotivationOp.AT, weekday * 24 + hour),
                args={"time": self._at(learner, weekday, hour)},
            )
            for hour in self.motivation.config.check_in_hours
        ]
        reply = Reply(
            "check-in-when-hour",
            {"day": _weekday(weekday)},
            (tuple(hours),),
        )
        return answer_for(learner, None, reply)

    async def _check_in_at(self, sender: Sender, value: int) -> Answer:
        async with transaction(self._sessions) as session:
            learner = await self._person(session, sender, Role.LEARNER)
        if value == DEFAULT_TIME:
            await self.motivation.set_check_in_time(learner.id, None, None)
            return answer_for(learner, None, Reply("check-in-when-saved-default"))
        weekday, hour = divmod(value, 24)
        if hour not in self.motivation.config.check_in_hours:
            raise StaleButton(data=f"at:{value}")  # an hour no longer offered, or forged
        await self.motivation.set_check_in_time(learner.id, weekday, hour)
        saved = Reply(
            "check-in-when-saved",
            {"day": _weekday(weekday), "time": self._at(learner, weekday, hour)},
        )
        return answer_for(learner, None, saved)

    # -- "talk to my counsellor" -----------------------------------------------------------

    async def counsellor(self, sender: Sender) -> Answer:
        """``/counsellor`` (and its button): an explicit request, escalated at once."""
        async with transaction(self._sessions) as session:
            learner = await self._person(session, sender, Role.LEARNER)
            counsellor = await PeopleRepository(session).counsellor_of(learner.id)
        await self.motivation.request(learner.id)
        if counsellor is None:
            return answer_for(learner, None, Reply("motivation-request-sent-someone"))
        return answer_for(
            learner, None, Reply("motivation-request-sent", {"counsellor": counsellor.display_name})
        )

    # -- counsellors -----------------------------------------------------------------------

    async def escalations(self, sender: Sender) -> Answer:
        """``/escalations``: the open escalations of the counsellor's learners (for a
        coordinator, those sent on to the coordinators), newest first, with their buttons."""
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            staff = await self._person(session, sender, Role.COUNSELLOR, Role.COORDINATOR)
            repo = MotivationRepository(session)
            people = PeopleRepository(session)
            shown: list[Reply] = []
            for escalation in await repo.escalations(open_only=True):
                if len(shown) >= LIST_LIMIT:
                    break
                if not await _may_see(people, staff, escalation):
                    continue
                learner = await people.get(escalation.learner_id)
                if learner is None:
                    continue
                shown.append(await notices.current_notice(repo, escalation, learner, now))
        if not shown:
            return answer_for(staff, None, Reply("motivation-escalations-none"))
        return answer_for(staff, None, Reply("motivation-escalations-head"), *shown)

    async def _staff_escalation(
        self, session: AsyncSession, sender: Sender, escalation_id: int
    ) -> tuple[Person, Escalation, Person]:
        """The staff member pressing, the escalation and its learner, if they may see it.

        Raises:
            EscalationGone: no such escalation (erased, or forged).
            NotAllowed: neither the learner's counsellor or backup nor a coordinator.
        """
        staff = await self._person(session, sender, Role.COUNSELLOR, Role.COORDINATOR)
        escalation = await MotivationRepository(session).escalation(escalation_id)
        if escalation is None:
            raise EscalationGone(escalation=escalation_id)
        people = PeopleRepository(session)
        if not await _may_see(people, staff, escalation):
            raise NotAllowed(role=staff.role.value)
        learner = await people.get(escalation.learner_id)
        if learner is None:
            raise EscalationGone(escalation=escalation_id)
        return staff, escalation, learner

    async def _acknowledge(self, sender: Sender, escalation_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            staff, _, learner = await self._staff_escalation(session, sender, escalation_id)
        done = await self.motivation.acknowledge(escalation_id, staff.id)
        return await self._closed(staff, learner, done, "motivation-acknowledged")

    async def _not_needed(self, sender: Sender, escalation_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            staff, _, learner = await self._staff_escalation(session, sender, escalation_id)
        done = await self.motivation.not_needed(escalation_id, staff.id)
        return await self._closed(staff, learner, done, "motivation-not-needed-thanks")

    async def _closed(self, staff: Person, learner: Person, done: Escalation, key: str) -> Answer:
        if done.acknowledged_by not in (None, staff.id):
            # Somebody else was first: say so rather than claim this press did it.
            key = "motivation-already-handled"
        elif done.status is EscalationStatus.OPEN:
            key = "motivation-escalation-gone"
        outcome = Reply(key, {"name": learner.display_name})
        if key not in ("motivation-acknowledged", "motivation-not-needed-thanks"):
            return answer_for(staff, None, outcome)
        # The notice itself shows what was done, so that it does not look open when the
        # counsellor scrolls back; writing to the learner and booking still make sense.
        async with transaction(self._sessions) as session:
            repo = MotivationRepository(session)
            notice = await notices.current_notice(repo, done, learner, self._clock.now())
        # Shown as an answered question is: the notice, then "✅ what was done".
        closed = Reply(
            "dialogue-answered",
            {"question": Phrase(notice.key, notice.args), "answer": Phrase(key, outcome.args)},
            buttons=notices.escalation_buttons(done.id, closed=True),
            edit=True,
        )
        return answer_for(staff, None, closed)

    async def _begin_message(self, sender: Sender, escalation_id: int) -> Answer:
        async with transaction(self._sessions) as session:
            staff, _, learner = await self._staff_escalation(session, sender, escalation_id)
            turn = await self._engine.begin(
                session,
                staff.id,
                MESSAGE_FLOW,
                slots={
                    "escalation_id": escalation_id,
                    "name": learner.display_name,
                    # The press that began it: the relayed message's outbox key.
                    "started": self._clock.now().isoformat(),
                },
            )
        return answer_for(staff, turn)

    async def _begin_answer(self, sender: Sender, learner_id: int) -> Answer:
        """ "Answer" on a learner's question: only their counsellor or acting backup."""
        async with transaction(self._sessions) as session:
            counsellor = await self._person(session, sender, Role.COUNSELLOR)
            people = PeopleRepository(session)
            learner = await people.get(learner_id)
            if learner is None:
                raise StaleButton(data=str(learner_id))  # they left (/forget)
            if not await people.follows(counsellor.id, learner_id):
                raise NotAllowed(role=counsellor.role.value)
            turn = await self._engine.begin(
                session,
                counsellor.id,
                ANSWER_FLOW,
                slots={
                    "learner_id": learner_id,
                    "name": learner.display_name,
                    "started": self._clock.now().isoformat(),
                },
            )
        return answer_for(counsellor, turn)

    async def _book(self, sender: Sender, escalation_id: int) -> Answer:
        """The days with free times of the learner's counsellor, to book the learner in
        (the counsellor's booking of bot/appointments, as from the learner's plan).

        Who may not book for the learner there (a backup who is not acting, a
        coordinator) is told how to arrange a meeting instead.
        """
        async with transaction(self._sessions) as session:
            staff, _, learner = await self._staff_escalation(session, sender, escalation_id)
        if self._meetings is not None and staff.role is Role.COUNSELLOR:
            try:
                return await self._meetings.press(
                    sender, meeting_data(ApOp.BOOK, learner=learner.id)
                )
            except NotAllowed:
                pass
        return answer_for(staff, None, Reply("motivation-book-how", {"name": learner.display_name}))

    # -- buttons ---------------------------------------------------------------------------

    async def press(self, sender: Sender, data: str) -> Answer:
        """Do what a motivation button (``motivation:<op>:<value>``) asks.

        Raises:
            StaleButton: unknown or malformed data.
            EscalationGone: the escalation is gone.
            NotAllowed: the person may not do this.
        """
        pressed = parse_callback(data)
        return await self._presses[pressed.op](sender, pressed.value)


def _weekday(day: int) -> Phrase:
    """A weekday's name (0 Monday ... 6 Sunday)."""
    return Phrase("check-in-weekday", {"day": day})


async def _may_see(people: PeopleRepository, staff: Person, escalation: Escalation) -> bool:
    """The learner's counsellor or backup; a coordinator once the notice reached them
    (nobody else answered in time): the learner's name goes no further than it must."""
    if staff.role is Role.COORDINATOR:
        return escalation.escalated_to_coordinators_at is not None
    return await people.follows(staff.id, escalation.learner_id)
