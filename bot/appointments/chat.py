"""Meetings in the chat: choosing a day and a time, confirming, listing, moving, cancelling.

The appointments themselves change through :class:`~bot.appointments.service.Appointments`;
this module decides what people see (message keys, buttons) and who may press what.

A choice that is no longer possible (an old list of days, a time someone else took, a
mangled button) is answered with a short note and the choices as they are now, never
with an error: booking should take a few taps, whatever is left in the chat.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.appointments.callbacks import (
    ApOp,
    ApPress,
    callback_data,
    day_value,
    minute_value,
    parse_callback,
)
from bot.appointments.service import (
    AppointmentClosed,
    Appointments,
    NoCounsellor,
    NoSuchAppointment,
    SlotTaken,
    SlotUnavailable,
    mode_phrase,
    place_arg,
)
from bot.appointments.slots import Slot
from bot.clock import Clock
from bot.errors import NotAllowed, StaleButton
from bot.i18n import reading_of
from bot.people import Sender, require_role, who_wrote
from bot.replies import Answer, Arg, Button, Lines, Phrase, Reply, Short
from store.db import transaction
from store.models import Appointment, AppointmentStatus, CancelReason, Person, Role
from store.people import PeopleRepository

# How many days with free times one list shows, and how many buttons a row holds.
DAYS_SHOWN = 8
DAYS_PER_ROW = 2
TIMES_PER_ROW = 3

Press = Callable[[Person, ApPress], Awaitable[Answer]]

_REASONS = {
    ApOp.WHY_ILL: CancelReason.ILL,
    ApOp.WHY_AWAY: CancelReason.COUNSELLOR_AWAY,
    ApOp.WHY_NOT_NEEDED: CancelReason.NOT_NEEDED,
    ApOp.WHY_OTHER: CancelReason.OTHER,
}
_REASON_LABELS = {
    ApOp.WHY_ILL: "appointment-why-ill",
    ApOp.WHY_AWAY: "appointment-why-away",
    ApOp.WHY_NOT_NEEDED: "appointment-why-not-needed",
    ApOp.WHY_OTHER: "appointment-why-other",
}


def _rows(buttons: list[Button], per_row: int) -> list[tuple[Button, ...]]:
    return [tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row)]


class Meetings:
    """Booking and managing meetings in the chat, for learners and counsellors."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        appointments: Appointments,
        clock: Clock,
    ) -> None:
        self._sessions = sessions
        self.appointments = appointments
        self._clock = clock
        # Every operation has its handler: a new ApOp without one fails here, at start.
        self._presses: dict[ApOp, Press] = {
            ApOp.BOOK: lambda p, b: self._days(p, b),
            ApOp.DAY: self._times,
            ApOp.AT: self._confirm,
            ApOp.YES: self._book,
            ApOp.LIST: lambda p, _b: self._listing(p),
            ApOp.MOVE: self._begin_move,
            ApOp.CANCEL: self._cancel_ask,
            ApOp.CANCEL_YES: self._cancel_learner,
            ApOp.WHY_ILL: self._cancel_counsellor,
            ApOp.WHY_AWAY: self._cancel_counsellor,
            ApOp.WHY_NOT_NEEDED: self._cancel_counsellor,
            ApOp.WHY_OTHER: self._cancel_counsellor,
            ApOp.COMING: self._coming,
            ApOp.NOT_COMING: self._not_coming,
            ApOp.MET: lambda p, b: self._mark(p, b, AppointmentStatus.MET),
            ApOp.NO_SHOW: lambda p, b: self._mark(p, b, AppointmentStatus.NO_SHOW),
        }
        if missing := set(ApOp) - set(self._presses):
            raise RuntimeError(f"appointment operations without a handler: {sorted(missing)}")

    async def _person(self, sender: Sender, *roles: Role) -> Person:
        async with transaction(self._sessions) as session:
            person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
        return require_role(person, *roles)

    @staticmethod
    def _answer(person: Person, *replies: Reply, toast: str | None = None) -> Answer:
        return Answer(reading_of(person), person.time_zone, replies, toast=toast)

    # -- commands ----------------------------------------------------------------------

    async def book(self, sender: Sender) -> Answer:
        """``/book``: the learner's days with free times."""
        learner = await self._person(sender, Role.LEARNER)
        return await self._days(learner, ApPress(ApOp.BOOK, 0))

    async def listing(self, sender: Sender) -> Answer:
        """``/appointments``: the presser's upcoming meetings, with what they may do."""
        person = await self._person(sender, Role.LEARNER, Role.COUNSELLOR)
        return await self._listing(person)

    async def press(self, sender: Sender, data: str) -> Answer:
        """Do what an appointment button (``ap:<op>:<value>``) asks.

        A learner's stale, mangled or forged button gets the days with free times (and
        the usual note on the button).

        Raises:
            StaleButton: someone else's mangled button, or a meeting they may not see.
            NotAllowed: the person may not do this.
        """
        person = await self._person(sender, Role.LEARNER, Role.COUNSELLOR)
        try:
            pressed = parse_callback(data)
            try:
                return await self._presses[pressed.op](person, pressed)
            except NoSuchAppointment:
                # Not one of theirs (or erased): say no more than for any stale button.
                raise StaleButton(data=data[:20]) from None
        except StaleButton:
            if person.role is not Role.LEARNER:
                raise
        # A learner's stale or forged button: a note on it, and the choices as they are.
        answer = await self._days(person, ApPress(ApOp.BOOK, 0), note="appointment-stale")
        return Answer(answer.language, answer.time_zone, answer.replies, "error-stale-button")

    # -- choosing a time ---------------------------------------------------------------

    async def _whose(self, person: Person, pressed: ApPress) -> tuple[int, Appointment | None]:
        """The learner the choice books for, and the appointment it moves (if any)."""
        if pressed.moving is not None:
            moving = await self.appointments.get(pressed.moving, actor_id=person.id)
            if moving.status is not AppointmentStatus.BOOKED:
                raise AppointmentClosed(appointment=moving.id)
            return moving.learner_id, moving
        if pressed.learner is not None:
            if person.role is not Role.COUNSELLOR:
                raise StaleButton(data=str(pressed.learner))
            return pressed.learner, None
        if person.role is not Role.LEARNER:
            raise StaleButton(data=pressed.op.value)
        return person.id, None

    @staticmethod
    def _data(op: ApOp, value: int, pressed: ApPress, moving: Appointment | None) -> str:
        """A choice's button data, keeping whose booking it is."""
        if moving is not None:
            return callback_data(op, value, moving=moving.id)
        return callback_data(op, value, learner=pressed.learner)

    async def _slots(self, person: Person, learner_id: int) -> list[Slot]:
        return await self.appointments.free_slots(learner_id, actor_id=person.id)

    async def _days(self, person: Person, pressed: ApPress, *, note: str | None = None) -> Answer:
        learner_id, moving = await self._whose(person, pressed)
        notes = (Reply(note),) if note else ()
        try:
            slots = await self._slots(person, learner_id)
        except NoCounsellor:
            return self._answer(person, *notes, Reply("appointment-no-counsellor"))
        zone = ZoneInfo(person.time_zone)
        firsts: dict[int, Slot] = {}
        for slot in slots:
            firsts.setdefault(day_value(slot.starts_at.astimezone(zone).date()), slot)
        if not firsts:
            return self._answer(person, *notes, Reply("appointment-no-free-times"))
        buttons = [
            Button(
                "appointment-day-button",
                data=self._data(ApOp.DAY, value, pressed, moving),
                args={"day": Short(slot.starts_at, "day")},
            )
            for value, slot in list(firsts.items())[:DAYS_SHOWN]
        ]
        key = "appointment-choose-day-move" if moving else "appointment-choose-day"
        args: dict[str, Arg] = {"when": moving.starts_at} if moving else {}
        return self._answer(person, *notes, Reply(key, args, tuple(_rows(buttons, DAYS_PER_ROW))))

    async def _times(self, person: Person, pressed: ApPress, *, note: str | None = None) -> Answer:
        learner_id, moving = await self._whose(person, pressed)
        try:
            slots = await self._slots(person, learner_id)
        except NoCounsellor:
            return self._answer(person, Reply("appointment-no-counsellor"))
        zone = ZoneInfo(person.time_zone)
        todays = [s for s in slots if s.starts_at.astimezone(zone).date() == pressed.day]
        if not todays:
            return await self._days(person, pressed, note=note or "appointment-day-gone")
        buttons = [
            Button(
                "appointment-time-button",
                data=self._data(ApOp.AT, minute_value(s.starts_at), pressed, moving),
                args={"time": Short(s.starts_at, "time")},
            )
            for s in todays
        ]
        rows = _rows(buttons, TIMES_PER_ROW)
        rows.append(
            (Button("appointment-other-day", data=self._data(ApOp.BOOK, 0, pressed, moving)),)
        )
        notes = (Reply(note),) if note else ()
        reply = Reply(
            "appointment-choose-time", {"day": Short(todays[0].starts_at, "day")}, tuple(rows)
        )
        return self._answer(person, *notes, reply)

    async def _fresh(self, person: Person, pressed: ApPress, note: str) -> Answer:
        """The times of the pressed start's day again (or the days, when it has none)."""
        day = pressed.starts_at.astimezone(ZoneInfo(person.time_zone)).date()
        again = ApPress(ApOp.DAY, day_value(day), pressed.learner, pressed.moving)
        return await self._times(person, again, note=note)

    async def _confirm(self, person: Person, pressed: ApPress) -> Answer:
        learner_id, moving = await self._whose(person, pressed)
        starts_at = pressed.starts_at
        try:
            found = await self.appointments.free_slots(
                learner_id,
                actor_id=person.id,
                start=starts_at,
                end=starts_at + timedelta(minutes=1),
            )
        except NoCounsellor:
            return self._answer(person, Reply("appointment-no-counsellor"))
        if not found or found[0].starts_at != starts_at:
            return await self._fresh(person, pressed, "appointment-time-gone")
        slot = found[0]
        args: dict[str, Arg] = {
            "when": slot.starts_at,
            "mode": mode_phrase(slot.mode),
            "place": slot.place or Phrase("appointment-place-unknown"),
        }
        if moving is not None:
            key = "appointment-confirm-move"
            args["previous"] = moving.starts_at
        elif learner_id != person.id:
            key = "appointment-confirm-for"
            args["learner"] = await self._name(learner_id)
        else:
            key = "appointment-confirm"
        day = slot.starts_at.astimezone(ZoneInfo(person.time_zone)).date()
        buttons = (
            (
                Button(
                    "appointment-yes", data=self._data(ApOp.YES, pressed.value, pressed, moving)
                ),
                Button(
                    "appointment-other-time",
                    data=self._data(ApOp.DAY, day_value(day), pressed, moving),
                ),
            ),
        )
        return self._answer(person, Reply(key, args, buttons))

    async def _book(self, person: Person, pressed: ApPress) -> Answer:
        learner_id, moving = await self._whose(person, pressed)
        starts_at = pressed.starts_at
        try:
            if moving is not None:
                appointment = await self.appointments.move(moving.id, starts_at, actor_id=person.id)
            else:
                appointment = await self.appointments.book(
                    learner_id, starts_at, actor_id=person.id
                )
        except SlotTaken:
            mine = await self._booked_at(learner_id, pressed)
            if mine is None:
                return await self._fresh(person, pressed, "appointment-slot-taken")
            appointment = mine  # a second tap on "yes": it is booked already
        except SlotUnavailable:
            return await self._fresh(person, pressed, "appointment-time-gone")
        except NoCounsellor:
            return self._answer(person, Reply("appointment-no-counsellor"))
        args: dict[str, Arg] = {
            "when": appointment.starts_at,
            "mode": mode_phrase(appointment.mode),
            "place": place_arg(appointment),
        }
        if learner_id != person.id:
            args["learner"] = await self._name(learner_id)
            return self._answer(person, Reply("appointment-done-for", args))
        key = "appointment-moved-done" if moving else "appointment-done"
        return self._answer(person, Reply(key, args))

    async def _booked_at(self, learner_id: int, pressed: ApPress) -> Appointment | None:
        for appointment in await self.appointments.upcoming(learner_id):
            if appointment.starts_at == pressed.starts_at and (
                pressed.moving is None or appointment.id == pressed.moving
            ):
                return appointment
        return None

    async def _name(self, person_id: int) -> str:
        async with self._sessions() as session:
            person = await PeopleRepository(session).get(person_id)
        return person.display_name if person is not None else ""

    # -- the list, moving and cancelling -----------------------------------------------

    async def _listing(self, person: Person) -> Answer:
        if person.role is Role.COUNSELLOR:
            return await self._counsellor_listing(person)
        upcoming = await self.appointments.upcoming(person.id)
        book = (Button("appointment-book-button", data=callback_data(ApOp.BOOK)),)
        if not upcoming:
            return self._answer(person, Reply("appointment-none", buttons=(book,)))
        lines = tuple(
            Phrase(
                "appointment-line",
                {"when": a.starts_at, "mode": mode_phrase(a.mode), "place": place_arg(a)},
            )
            for a in upcoming
        )
        rows: list[tuple[Button, ...]] = [
            (
                Button(
                    "appointment-move-button",
                    data=callback_data(ApOp.MOVE, a.id),
                    args={"day": Short(a.starts_at, "day"), "time": Short(a.starts_at, "time")},
                ),
                Button(
                    "appointment-cancel-button",
                    data=callback_data(ApOp.CANCEL, a.id),
                    args={"day": Short(a.starts_at, "day"), "time": Short(a.starts_at, "time")},
                ),
            )
            for a in upcoming
        ]
        rows.append(book)
        return self._answer(person, Reply("appointment-list", {"lines": Lines(lines)}, tuple(rows)))

    async def _counsellor_listing(self, counsellor: Person) -> Answer:
        upcoming = await self.appointments.upcoming_for_counsellor(counsellor.id)
        if not upcoming:
            return self._answer(counsellor, Reply("appointment-none-counsellor"))
        names = {a.learner_id: await self._name(a.learner_id) for a in upcoming}
        lines = tuple(
            Phrase(
                "appointment-line-counsellor",
                {
                    "when": a.starts_at,
                    "learner": names[a.learner_id],
                    "mode": mode_phrase(a.mode),
                },
            )
            for a in upcoming
        )
        rows = tuple(
            (
                Button(
                    "appointment-cancel-for-button",
                    data=callback_data(ApOp.CANCEL, a.id),
                    args={
                        "learner": names[a.learner_id],
                        "day": Short(a.starts_at, "day"),
                        "time": Short(a.starts_at, "time"),
                    },
                ),
            )
            for a in upcoming
        )
        return self._answer(
            counsellor, Reply("appointment-list-counsellor", {"lines": Lines(lines)}, rows)
        )

    async def _open(self, person: Person, appointment_id: int) -> Appointment:
        """A booked appointment the person may change (theirs, or their learner's)."""
        appointment = await self.appointments.get(appointment_id, actor_id=person.id)
        allowed = (
            appointment.learner_id == person.id
            if person.role is Role.LEARNER
            else appointment.counsellor_id == person.id
        )
        if not allowed:
            raise NotAllowed(role=person.role.value)
        if appointment.status is not AppointmentStatus.BOOKED:
            raise AppointmentClosed(appointment=appointment.id)
        return appointment

    async def _begin_move(self, person: Person, pressed: ApPress) -> Answer:
        appointment = await self._open(person, pressed.value)
        return await self._days(person, ApPress(ApOp.BOOK, 0, moving=appointment.id))

    async def _cancel_ask(self, person: Person, pressed: ApPress) -> Answer:
        appointment = await self._open(person, pressed.value)
        if person.role is Role.COUNSELLOR:
            reasons = [
                Button(label, data=callback_data(op, appointment.id))
                for op, label in _REASON_LABELS.items()
            ]
            reply = Reply(
                "appointment-cancel-why",
                {
                    "when": appointment.starts_at,
                    "learner": await self._name(appointment.learner_id),
                },
                tuple(_rows(reasons, 2)),
            )
            return self._answer(person, reply)
        buttons = (
            (
                Button(
                    "appointment-cancel-yes", data=callback_data(ApOp.CANCEL_YES, appointment.id)
                ),
                Button("appointment-cancel-no", data=callback_data(ApOp.LIST)),
            ),
        )
        reply = Reply("appointment-cancel-confirm", {"when": appointment.starts_at}, buttons)
        return self._answer(person, reply)

    async def _cancel_learner(self, person: Person, pressed: ApPress) -> Answer:
        require_role(person, Role.LEARNER)
        appointment = await self._open(person, pressed.value)
        await self.appointments.cancel(appointment.id, CancelReason.LEARNER, actor_id=person.id)
        book = (Button("appointment-book-button", data=callback_data(ApOp.BOOK)),)
        return self._answer(
            person, Reply("appointment-cancel-done", {"when": appointment.starts_at}, (book,))
        )

    async def _cancel_counsellor(self, person: Person, pressed: ApPress) -> Answer:
        require_role(person, Role.COUNSELLOR)
        appointment = await self._open(person, pressed.value)
        await self.appointments.cancel(appointment.id, _REASONS[pressed.op], actor_id=person.id)
        reply = Reply(
            "appointment-cancel-done-counsellor",
            {"when": appointment.starts_at, "learner": await self._name(appointment.learner_id)},
        )
        return self._answer(person, reply)

    # -- reminders and after the meeting -----------------------------------------------

    async def _coming(self, person: Person, pressed: ApPress) -> Answer:
        require_role(person, Role.LEARNER)
        await self._open(person, pressed.value)
        return self._answer(person, toast="appointment-coming-thanks")

    async def _not_coming(self, person: Person, pressed: ApPress) -> Answer:
        require_role(person, Role.LEARNER)
        appointment = await self._open(person, pressed.value)
        await self.appointments.not_coming(appointment.id, actor_id=person.id)
        buttons = (
            (Button("appointment-other-time", data=callback_data(ApOp.MOVE, appointment.id)),),
            (
                Button(
                    "appointment-cancel-yes", data=callback_data(ApOp.CANCEL_YES, appointment.id)
                ),
            ),
        )
        reply = Reply("appointment-not-coming-reply", {"when": appointment.starts_at}, buttons)
        return self._answer(person, reply)

    async def _mark(self, person: Person, pressed: ApPress, outcome: AppointmentStatus) -> Answer:
        require_role(person, Role.COUNSELLOR)
        appointment = await self.appointments.mark(pressed.value, outcome, actor_id=person.id)
        key = (
            "appointment-marked-met"
            if outcome is AppointmentStatus.MET
            else "appointment-marked-no-show"
        )
        reply = Reply(
            key,
            {"when": appointment.starts_at, "learner": await self._name(appointment.learner_id)},
            edit=True,
        )
        return self._answer(person, reply)
