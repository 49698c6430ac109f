"""The chat-facing glue of the motivation work: which message keys, arguments and buttons.

The service decides; this module only says it in messages (rendered by Fluent, in the
reader's language).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from bot.motivation.callbacks import MotivationOp, callback_data
from bot.replies import Arg, Button, Lines, Phrase, Reply
from store.models import Appointment, Escalation, EscalationKind, Person, PlanStep
from store.motivation import MotivationRepository

# One message per reason code; arguments are the numbers and dates kept in the reason.
REASON_KEYS = {
    "low_mood": "motivation-reason-low-mood",
    "mood_drop": "motivation-reason-mood-drop",
    "mood_trend": "motivation-reason-mood-trend",
    "unanswered": "motivation-reason-unanswered",
    "silence": "motivation-reason-silence",
    "missed_meeting": "motivation-reason-missed-meeting",
    "overdue_step": "motivation-reason-overdue-step",
    "help": "motivation-reason-help",
    "discouraged": "motivation-reason-discouraged",
    "request": "motivation-reason-request",
    "crisis": "motivation-reason-crisis",
}
OTHER_REASON = "motivation-reason-other"
HEADS = {
    EscalationKind.SCORE: "motivation-head-score",
    EscalationKind.REQUEST: "motivation-head-request",
    EscalationKind.CRISIS: "motivation-head-crisis",
}
FORWARDED = "motivation-head-forwarded"

# The faces of the check-in, from very bad (1) to very good (5).
MOODS = (1, 2, 3, 4, 5)


def reason_phrase(reason: dict[str, Any]) -> Phrase:
    """One reason in words."""
    code = str(reason.get("code"))
    count = int(reason.get("count", 1))
    key = REASON_KEYS.get(code)
    if key is None:
        return Phrase(OTHER_REASON, {"count": count})
    last = str(reason.get("date") or reason.get("last_at", ""))[:10]
    args: dict[str, Any] = {"count": count}
    if code in ("low_mood", "mood_drop", "mood_trend"):
        args["mood"] = int(reason.get("mood", 0))
    if code == "mood_drop":
        args["average"] = float(reason.get("average", 0))
    if code == "mood_trend":
        args["from"] = int(reason.get("from", 0))
    if code == "unanswered":
        args["count"] = int(reason.get("unanswered", count))
    if code == "silence":
        args["days"] = int(reason.get("days", 0))
    if code == "missed_meeting":
        args["date"] = date.fromisoformat(last) if last else ""
    if code == "crisis" and reason.get("unanswered"):
        # Nobody answered "are you safe?": the counsellor should know they were not asked
        # in vain, and that nobody knows more.
        key = "motivation-reason-crisis-unanswered"
        args["minutes"] = int(reason.get("minutes", 0))
    return Phrase(key, args)


def escalation_notice(
    escalation: Escalation,
    learner: Person,
    *,
    step: PlanStep | None,
    meeting: Appointment | None,
    forwarded: bool = False,
) -> Reply:
    """The notice to a counsellor (or backup, or coordinator) about an escalation."""
    head = Phrase(FORWARDED) if forwarded else Phrase(HEADS[escalation.kind])
    args: dict[str, Arg] = {
        "head": head,
        # The score means something for a score escalation only (a request or a crisis
        # escalates whatever it is).
        "who": (
            Phrase(
                "motivation-notice-who-score",
                {"name": learner.display_name, "score": round(escalation.score, 1)},
            )
            if escalation.kind is EscalationKind.SCORE
            else Phrase("motivation-notice-who", {"name": learner.display_name})
        ),
        "reasons": Lines(tuple(reason_phrase(r) for r in escalation.reasons), "; "),
        "step": (
            Phrase(
                "motivation-notice-step",
                {"type": Phrase(f"step-type-{step.step_type}"), "due": _due(step.due_at)},
            )
            if step is not None
            else Phrase("motivation-notice-none")
        ),
        "meeting": (
            Phrase("motivation-notice-meeting", {"when": meeting.starts_at})
            if meeting is not None
            else Phrase("motivation-notice-none")
        ),
    }
    return Reply("motivation-notice", args, escalation_buttons(escalation.id))


async def current_notice(
    repo: MotivationRepository,
    escalation: Escalation,
    learner: Person,
    now: datetime,
    *,
    forwarded: bool = False,
) -> Reply:
    """:func:`escalation_notice` with the learner's next plan step and meeting as of now."""
    return escalation_notice(
        escalation,
        learner,
        step=await repo.next_step(learner.id),
        meeting=await repo.next_meeting(learner.id, now),
        forwarded=forwarded,
    )


def escalation_buttons(
    escalation_id: int, *, closed: bool = False
) -> tuple[tuple[Button, ...], ...]:
    """The buttons of an escalation notice (also under ``/escalations``); once it is
    ``closed``, only writing to the learner and booking a meeting."""

    def data(op: MotivationOp) -> str:
        return callback_data(op, escalation_id)

    act = (
        Button("motivation-button-message", data=data(MotivationOp.MESSAGE)),
        Button("motivation-button-book", data=data(MotivationOp.BOOK)),
    )
    if closed:
        return (act,)
    return (
        (Button("motivation-button-ack", data=data(MotivationOp.ACK)),),
        act,
        (Button("motivation-button-not-needed", data=data(MotivationOp.NOT_NEEDED)),),
    )


def check_in_question() -> Reply:
    """The regular check-in: "How is it going with your plan?" and five faces."""
    faces = [
        Button(f"check-in-mood-{mood}", data=callback_data(MotivationOp.MOOD, mood))
        for mood in MOODS
    ]
    when = Button("check-in-when-button", data=callback_data(MotivationOp.WHEN))
    return Reply("check-in-mood", buttons=(*((face,) for face in faces), (when,)))


def counsellor_button() -> Button:
    """ "Talk to my counsellor": an explicit request."""
    return Button("motivation-button-counsellor", data=callback_data(MotivationOp.COUNSELLOR))


def _due(due_at: datetime | None) -> Arg:
    return Phrase("motivation-notice-no-date") if due_at is None else due_at.date()


def learner_will_be_contacted(counsellor: Person | None) -> Reply:
    """The kind message to the learner: their counsellor will contact them."""
    if counsellor is None:
        return Reply("motivation-learner-will-contact-someone")
    return Reply("motivation-learner-will-contact", {"counsellor": counsellor.display_name})


def crisis_question() -> Reply:
    """The first reply to crisis language: ask the person, gently, to confirm."""
    return Reply(
        "motivation-crisis-confirm",
        buttons=(
            (Button("motivation-crisis-yes", data=callback_data(MotivationOp.CRISIS, 1)),),
            (Button("motivation-crisis-no", data=callback_data(MotivationOp.CRISIS, 0)),),
        ),
    )


def crisis_help() -> Reply:
    """After a "yes" (or no answer): the emergency number, the crisis line, a human."""
    return Reply("motivation-crisis-help")


def crisis_safe() -> Reply:
    """After a "no, I am safe": where help is, should it be needed."""
    return Reply("motivation-crisis-safe")
