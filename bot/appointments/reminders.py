"""What an appointment queues in the outbox: the calendar file, reminders, the outcome question.

All are rows with ``ref="appointment:<id>"`` and keys with the appointment's SEQUENCE, written
in the transaction that books or moves it; a move or a cancellation cancels the pending
ones by that ref (:func:`unschedule`) and a move queues those of the new time. The
sender's policy holds at send time: quiet hours (the rows are planned outside them too),
and relevance (a reminder expires when its moment has passed).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.appointments.callbacks import ApOp, callback_data
from bot.outbox import Message, Outbox
from bot.quiet_hours import next_allowed
from bot.replies import Arg, Button, Reply
from store.models import Appointment, OutboxMessage, OutboxStatus, Person
from store.outbox import OutboxRepository

REMINDER = "reminder"
CALENDAR = "calendar"
OUTCOME = "notice"
# Reminders before the meeting: how long before, a name for the key, the message.
BEFORE = (
    (timedelta(hours=24), "24h", "appointment-reminder-24h"),
    (timedelta(hours=2), "2h", "appointment-reminder-2h"),
)
# The counsellor is asked how it went for this long after the meeting.
OUTCOME_RELEVANT = timedelta(days=14)


def ref(appointment_id: int) -> str:
    """The outbox ``ref`` of everything queued for an appointment."""
    return f"appointment:{appointment_id}"


def calendar_document(appointment_id: int) -> dict[str, int]:
    """The outbox payload's ``document``: the .ics is made at send time from the row."""
    return {"appointment": appointment_id}


# A calendar file in these states never reached the learner's phone.
_UNDELIVERED = (
    OutboxStatus.PENDING,
    OutboxStatus.CANCELLED,
    OutboxStatus.DEAD,
    OutboxStatus.EXPIRED,
)


async def send_cancellation(
    session: AsyncSession, outbox: Outbox, appointment: Appointment, learner: Person, now: datetime
) -> bool:
    """Queue the cancelling calendar file, when the learner may have the meeting's event.

    Call it after :func:`unschedule` and after the cancellation was recorded: the file is
    made at send time from the row (``METHOD:CANCEL``, the same UID, the SEQUENCE the
    cancellation raised, ``STATUS:CANCELLED``), so the phone's calendar drops the event.
    A learner whose calendar file was never sent (it was still waiting, now cancelled)
    gets none.

    Returns:
        Whether a file was queued.
    """
    delivered = await session.scalar(
        select(func.count())
        .select_from(OutboxMessage)
        .where(
            OutboxMessage.ref == ref(appointment.id),
            OutboxMessage.kind == CALENDAR,
            OutboxMessage.status.notin_(_UNDELIVERED),
        )
    )
    if not delivered:
        return False
    message = Message(
        key=f"appt:{appointment.id}:{appointment.sequence}:ics-cancel",
        reply=Reply("appointment-ics-cancel-caption", {"when": appointment.starts_at}),
        kind=CALENDAR,
        not_before=now,
        ref=ref(appointment.id),
        expires_at=appointment.ends_at,
        document=calendar_document(appointment.id),
    )
    return await outbox.enqueue_many(session, learner, [message], now=now) == 1


async def unschedule(session: AsyncSession, appointment_id: int) -> int:
    """Cancel what is still pending for the appointment (its time changed or it is over)."""
    return await OutboxRepository(session).cancel_ref(ref(appointment_id))


async def schedule(
    session: AsyncSession,
    outbox: Outbox,
    appointment: Appointment,
    learner: Person,
    counsellor: Person,
    now: datetime,
    quiet_hours: tuple[time, time] | None,
    how: dict[str, Arg],
) -> None:
    """Queue the learner's calendar file and reminders and the counsellor's outcome question.

    Args:
        how: the ``mode`` and ``place`` arguments of the reminders.
    """
    key = f"appt:{appointment.id}:{appointment.sequence}"
    tag = ref(appointment.id)
    when: dict[str, Arg] = {"when": appointment.starts_at}
    learner_rows = [
        Message(
            key=f"{key}:ics",
            reply=Reply("appointment-ics-caption", when),
            kind=CALENDAR,
            not_before=now,
            ref=tag,
            expires_at=appointment.starts_at,
            document=calendar_document(appointment.id),
        )
    ]
    answers = (
        (
            Button("appointment-coming", data=callback_data(ApOp.COMING, appointment.id)),
            Button("appointment-not-coming", data=callback_data(ApOp.NOT_COMING, appointment.id)),
        ),
    )
    for before, name, message in BEFORE:
        at = appointment.starts_at - before
        if quiet_hours is not None:
            at = next_allowed(at, learner.time_zone, quiet_hours)
        if not now <= at < appointment.starts_at:
            continue
        reply = Reply(
            message,
            {**when, **how, "counsellor": counsellor.display_name},
            answers,
        )
        learner_rows.append(
            Message(
                key=f"{key}:{name}",
                reply=reply,
                kind=REMINDER,
                not_before=at,
                ref=tag,
                expires_at=appointment.starts_at,
            )
        )
    await outbox.enqueue_many(session, learner, learner_rows, now=now)
    outcome = Reply(
        "appointment-outcome-question",
        {**when, "learner": learner.display_name},
        (
            (
                Button("appointment-met", data=callback_data(ApOp.MET, appointment.id)),
                Button("appointment-no-show", data=callback_data(ApOp.NO_SHOW, appointment.id)),
            ),
        ),
    )
    await outbox.enqueue_many(
        session,
        counsellor,
        [
            Message(
                key=f"{key}:outcome",
                reply=outcome,
                kind=OUTCOME,
                not_before=appointment.ends_at,
                ref=tag,
                expires_at=appointment.ends_at + OUTCOME_RELEVANT,
            )
        ],
        now=now,
        about=learner,
    )
