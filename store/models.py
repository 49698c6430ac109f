"""SQLAlchemy 2 models: the database is the truth."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Time,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import Enum as SAEnum

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on every backend (SQLite stores no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; pass an aware UTC datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Role(StrEnum):
    """What a person is to Polku."""

    LEARNER = "learner"
    COUNSELLOR = "counsellor"
    COORDINATOR = "coordinator"


class LanguageSource(StrEnum):
    """How a person's language was chosen."""

    CLIENT = "client"  # the Telegram app's language, before the person chose
    PICKED = "picked"  # chosen in the language picker
    DETECTED = "detected"  # offered after detection and accepted
    DEFAULT = "default"  # the deployment default


class OutboxStatus(StrEnum):
    """Where an outbox row is in its life."""

    PENDING = "pending"  # waiting for its time (or held while the person has blocked the bot)
    CLAIMED = "claimed"  # taken by a sender; no request sent yet, safe to give back
    SENDING = "sending"  # the request may be on its way: never sent again automatically
    SENT = "sent"
    DEAD = "dead"  # gave up: a permanent error or too many attempts
    CANCELLED = "cancelled"  # no longer relevant
    IN_DOUBT = "in_doubt"  # a sender died mid-request; not resent, to never send twice
    EXPIRED = "expired"  # came due too late to matter (say, a reminder for a passed step)


def _enum(enum: type[StrEnum], name: str) -> SAEnum:
    return SAEnum(
        enum,
        name=name,
        native_enum=False,
        length=16,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Declarative base with a stable constraint naming convention (for Alembic)."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }


class Person(Base):
    """Someone who has joined through an invite: a learner or a member of staff."""

    __tablename__ = "people"
    # SQLite reuses the ids of deleted rows unless told not to; a forgotten learner's id
    # must never name the next person (PostgreSQL sequences never go back).
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_user_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    display_name: Mapped[str] = mapped_column(String(128))
    language: Mapped[str] = mapped_column(String(8))
    language_source: Mapped[LanguageSource] = mapped_column(
        _enum(LanguageSource, "language_source")
    )
    time_zone: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(default=True)
    blocked_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    # The Telegram update that made them join: a replay of it (after a crash) welcomes
    # them again instead of saying they have joined already.
    joined_update_id: Mapped[int | None] = mapped_column(BigInteger)
    # When they last asked /forget: "yes" erases only while that question is open, so an
    # old or forged "yes" button erases nothing.
    forget_asked_at: Mapped[datetime | None]
    # When they pressed "Mute these messages" under a campaign message: no campaign
    # reaches them any more (plan and appointment reminders still do).
    campaigns_muted_at: Mapped[datetime | None]
    # A second language the person reads: a message or campaign text missing in their own
    # language comes in this one before the deployment's default.
    second_language: Mapped[str | None] = mapped_column(String(8))
    # Finnish practice (/suomi): every message also in plain Finnish beneath.
    finnish_practice: Mapped[bool] = mapped_column(default=False, server_default=false())
    # When a learner wants the weekly check-in: a weekday (0 Monday ... 6 Sunday) and an
    # hour, in their time zone. None: about a week after the last one (the default).
    check_in_weekday: Mapped[int | None] = mapped_column(SmallInteger)
    check_in_hour: Mapped[int | None] = mapped_column(SmallInteger)


class Assignment(Base):
    """A learner's designated counsellor and optional backup."""

    __tablename__ = "assignments"

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    counsellor_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    backup_counsellor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    assigned_at: Mapped[datetime]


class Invite(Base):
    """An invite code, stored only as its hash."""

    __tablename__ = "invites"
    # SQLite reuses the ids of deleted rows unless told not to; a forgotten learner's id
    # must never name the next person (PostgreSQL sequences never go back).
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    counsellor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    uses_left: Mapped[int]


class DialogueState(Base):
    """Where a person is in a dialogue flow, by stable flow and step ids."""

    __tablename__ = "dialogue_states"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    flow: Mapped[str] = mapped_column(String(64))
    step: Mapped[str] = mapped_column(String(64))
    slots: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Steps asked so far, for "Back"; step ids, never positions.
    history: Mapped[list[str]] = mapped_column(JSON, default=list)
    # After a correction, go back to this step instead of walking the flow on.
    return_to: Mapped[str | None] = mapped_column(String(64))
    # The newest Telegram update applied to this place: a replayed update (after a crash,
    # from the inbox) is not applied twice.
    last_update_id: Mapped[int | None] = mapped_column(BigInteger)
    # The chat messages that show the waiting step's buttons, as the adapter reported
    # them after sending: ``{"message": <id>}`` for the question (asked again after a
    # refused answer, a pause or a restart: each copy), plus ``"past": <ISO date>`` for a
    # "this date has passed: keep it?". A typed answer takes their buttons away.
    question_messages: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    asked_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class LearnerProfile(Base):
    """A learner's consent and intake answers (only after consent)."""

    __tablename__ = "learner_profiles"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    consent_at: Mapped[datetime]
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    eligible: Mapped[bool | None]
    path: Mapped[str | None] = mapped_column(String(16))
    path_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    completed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class OutboxMessage(Base):
    """A message the bot starts on its own, written in the same transaction as the decision."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("idempotency_key"),
        Index("ix_outbox_due", "status", "not_before"),
        # A person's rows: their pending nudges are cancelled on every dialogue turn.
        Index("ix_outbox_person", "person_id", "status"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]]
    status: Mapped[OutboxStatus] = mapped_column(_enum(OutboxStatus, "outbox_status"))
    attempts: Mapped[int] = mapped_column(default=0)
    not_before: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    last_error: Mapped[str | None] = mapped_column(String(200))
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    # What the message is about ("plan_step:12"), so that a change can cancel it.
    ref: Mapped[str | None] = mapped_column(String(64), index=True)
    # After this, sending is pointless: the row is dropped (and counted) instead.
    expires_at: Mapped[datetime | None]
    # Lower goes first (bot.delivery.Priority): crisis, escalations, reminders, campaigns.
    priority: Mapped[int] = mapped_column(SmallInteger, default=2)
    # The learner a message to someone else is about ("Amal joined", a needs-help notice):
    # /forget erases these rows in code, because the payload names the learner. The
    # foreign key only keeps the column from pointing at a stranger afterwards.
    subject_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )


class InboxStatus(StrEnum):
    """Where an incoming update is in its life."""

    PENDING = "pending"  # stored, not yet handled
    DONE = "done"  # handled; the payload is gone, the id stays to recognise a re-delivery
    FAILED = "failed"  # handling was cut off too often; given up (a poison update)


class InboxUpdate(Base):
    """An update from Telegram, stored before Telegram is told it arrived."""

    __tablename__ = "inbox"
    __table_args__ = (Index("ix_inbox_status", "status", "update_id"),)

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # Whose update (the Telegram user, else the chat): for /forget and per-person order.
    sender_key: Mapped[int | None] = mapped_column(BigInteger, index=True)
    # The update as Telegram sent it; emptied once handled (it may hold what a person typed).
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[InboxStatus] = mapped_column(_enum(InboxStatus, "inbox_status"))
    # Times handling started without finishing (a crash): a bounded number of replays.
    attempts: Mapped[int] = mapped_column(default=0)
    received_at: Mapped[datetime]
    # The receiving process owns the update until then; afterwards another may replay it.
    lease_until: Mapped[datetime | None]
    handled_at: Mapped[datetime | None]


class StepStatus(StrEnum):
    """Where a plan step stands."""

    TODO = "todo"
    DONE = "done"
    SKIPPED = "skipped"


class Plan(Base):
    """A learner's personal plan on one of the two paths."""

    __tablename__ = "plans"

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    path: Mapped[str] = mapped_column(String(16))
    confirmed_at: Mapped[datetime | None]  # the counsellor confirmed the starter plan
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class PlanStep(Base):
    """One step of a plan, in the order the counsellor set."""

    __tablename__ = "plan_steps"
    __table_args__ = (
        Index("ix_plan_steps_learner", "learner_id", "position"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("plans.learner_id", ondelete="CASCADE"))
    position: Mapped[int]
    step_type: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(String(200))  # the counsellor's own words
    due_at: Mapped[datetime | None]
    due_has_time: Mapped[bool] = mapped_column(default=False)
    place: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[StepStatus] = mapped_column(_enum(StepStatus, "step_status"))
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    changed_at: Mapped[datetime]
    created_at: Mapped[datetime]


class Signal(Base):
    """Something that says how a learner is doing (for the motivation work)."""

    __tablename__ = "signals"
    # SQLite reuses the ids of deleted rows unless told not to; a forgotten learner's id
    # must never name the next person (PostgreSQL sequences never go back).
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime]
    ref: Mapped[str | None] = mapped_column(String(64))
    # The weight when it was recorded (bot/motivation/motivation.yml may change later);
    # None for rows written before it existed or by code that leaves it to the config.
    weight: Mapped[float | None]
    # Ids, codes and numbers behind it ({"mood": 2}, {"step_id": 5}); never typed text.
    evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class EscalationKind(StrEnum):
    """Why a counsellor is asked to step in."""

    SCORE = "score"  # the motivation score crossed the threshold
    REQUEST = "request"  # the learner asked to talk to their counsellor
    CRISIS = "crisis"  # crisis language: urgent


class EscalationStatus(StrEnum):
    """Where an escalation stands."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"  # "I'll contact them"
    NOT_NEEDED = "not_needed"  # the counsellor judged it a false alarm (feedback for tuning)
    CLOSED = "closed"


class Escalation(Base):
    """A notice to a learner's counsellor that they may need a human now."""

    __tablename__ = "escalations"
    __table_args__ = (
        Index("ix_escalations_learner", "learner_id", "created_at"),
        Index("ix_escalations_status", "status", "created_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    counsellor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    kind: Mapped[EscalationKind] = mapped_column(_enum(EscalationKind, "escalation_kind"))
    score: Mapped[float]
    # Reason codes with numbers and dates ({"code": "low_mood", "count": 2, ...}).
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    status: Mapped[EscalationStatus] = mapped_column(_enum(EscalationStatus, "escalation_status"))
    created_at: Mapped[datetime]
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    escalated_to_backup_at: Mapped[datetime | None]
    escalated_to_coordinators_at: Mapped[datetime | None]


class CheckIn(Base):
    """A mood check-in: asked, and maybe answered."""

    __tablename__ = "check_ins"
    __table_args__ = (
        Index("ix_check_ins_learner", "learner_id", "asked_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    asked_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    mood: Mapped[int | None] = mapped_column(SmallInteger)  # 1 (very bad) to 5 (very good)
    # What is hardest now, as codes ("language", "money", ...).
    hardest: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Whether they wrote a line too; the line itself goes to the counsellor, not here.
    note_present: Mapped[bool] = mapped_column(default=False)


class AuditEntry(Base):
    """A staff action, for accountability. Ids and codes only, never personal data."""

    __tablename__ = "audit_log"
    # SQLite reuses the ids of deleted rows unless told not to; a forgotten learner's id
    # must never name the next person (PostgreSQL sequences never go back).
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(64))
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    via: Mapped[str] = mapped_column(String(16))  # "telegram" or "cli"


class MeetingMode(StrEnum):
    """How a counsellor meets a learner."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class AppointmentStatus(StrEnum):
    """Where an appointment stands."""

    BOOKED = "booked"
    CANCELLED = "cancelled"
    MET = "met"
    NO_SHOW = "no_show"


class CancelReason(StrEnum):
    """Why an appointment was cancelled: a code, never free text from a learner."""

    LEARNER = "learner"  # the learner cancelled (no reason asked)
    ILL = "ill"
    COUNSELLOR_AWAY = "counsellor_away"  # the counsellor cannot come
    NOT_NEEDED = "not_needed"
    OTHER = "other"


class Availability(Base):
    """A counsellor's weekly hours on one weekday, in local wall-clock time."""

    __tablename__ = "availability"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    counsellor_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    weekday: Mapped[int] = mapped_column(SmallInteger)  # 0 = Monday, as date.weekday()
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    length_minutes: Mapped[int] = mapped_column(SmallInteger)
    buffer_minutes: Mapped[int] = mapped_column(SmallInteger)
    mode: Mapped[MeetingMode] = mapped_column(_enum(MeetingMode, "meeting_mode"))
    place: Mapped[str | None] = mapped_column(String(200))  # an address, a number or a link
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime]


class AvailabilityException(Base):
    """A day that differs from the week: a day (or some hours) off, or an extra window."""

    __tablename__ = "availability_exceptions"
    __table_args__ = (
        Index("ix_availability_exceptions_day", "counsellor_id", "day"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    counsellor_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    off: Mapped[bool]  # True: not available (whole day without times); False: extra hours
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    length_minutes: Mapped[int | None] = mapped_column(SmallInteger)
    buffer_minutes: Mapped[int | None] = mapped_column(SmallInteger)
    mode: Mapped[MeetingMode | None] = mapped_column(_enum(MeetingMode, "meeting_mode"))
    place: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]


class Appointment(Base):
    """A meeting of a learner with a counsellor, in UTC.

    The database refuses double booking: at most one booked appointment per counsellor
    and start, and per learner and start (partial unique indexes). Starts come from the
    availability grid, so two bookings of one slot share their start; overlapping
    bookings with different starts (after the grid changed) are refused by the service,
    which holds both people's row locks while it checks (see store/appointments.py).
    """

    __tablename__ = "appointments"
    __table_args__ = (
        Index(
            "uq_appointments_counsellor_booked",
            "counsellor_id",
            "starts_at",
            unique=True,
            sqlite_where=text("status = 'booked'"),
            postgresql_where=text("status = 'booked'"),
        ),
        Index(
            "uq_appointments_learner_booked",
            "learner_id",
            "starts_at",
            unique=True,
            sqlite_where=text("status = 'booked'"),
            postgresql_where=text("status = 'booked'"),
        ),
        Index("ix_appointments_starts_at", "starts_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    counsellor_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    mode: Mapped[MeetingMode] = mapped_column(_enum(MeetingMode, "meeting_mode"))
    place: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[AppointmentStatus] = mapped_column(
        _enum(AppointmentStatus, "appointment_status")
    )
    # iCalendar SEQUENCE: 0 when booked, +1 on every move and on the cancellation.
    sequence: Mapped[int] = mapped_column(default=0)
    cancel_reason: Mapped[CancelReason | None] = mapped_column(_enum(CancelReason, "cancel_reason"))
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class CampaignStatus(StrEnum):
    """Where a campaign stands."""

    DRAFT = "draft"  # created, not yet confirmed for sending
    SCHEDULED = "scheduled"  # confirmed: occurrences are planned when they come due
    SENDING = "sending"  # an occurrence is being delivered
    DONE = "done"  # every occurrence planned and delivered
    CANCELLED = "cancelled"


class CampaignRepeat(StrEnum):
    """How often a campaign goes out."""

    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"


class Campaign(Base):
    """A reminder campaign a coordinator sends to a segment of learners."""

    __tablename__ = "campaigns"
    __table_args__ = (
        Index("ix_campaigns_status", "status", "next_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    # Filters as in the campaign file (bot/campaigns/README.md); {} is every learner.
    audience: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Language code -> text written by the coordinator (with {first_name} ... placeholders).
    messages: Mapped[dict[str, Any]] = mapped_column(default=dict)
    fallback: Mapped[str] = mapped_column(String(8))
    # Language code -> up to three button labels.
    buttons: Mapped[dict[str, Any]] = mapped_column(default=dict)
    send_at: Mapped[datetime]
    repeat: Mapped[CampaignRepeat] = mapped_column(_enum(CampaignRepeat, "campaign_repeat"))
    until: Mapped[datetime | None]
    status: Mapped[CampaignStatus] = mapped_column(_enum(CampaignStatus, "campaign_status"))
    # The next occurrence to plan (0 is send_at) and when it is due; None when none is left.
    next_occurrence: Mapped[int] = mapped_column(default=0)
    next_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class DeliveryStatus(StrEnum):
    """What became of one campaign message when it was planned; the outbox row says the rest."""

    QUEUED = "queued"  # an outbox row carries it (sent, failed or pending: see the row)
    MUTED = "muted"  # the learner muted campaigns: nothing queued
    BLOCKED = "blocked"  # the learner had blocked the bot: nothing queued
    CANCELLED = "cancelled"  # the campaign was cancelled before it went


class CampaignDelivery(Base):
    """One learner's message of one occurrence of a campaign: planned once, never twice."""

    __tablename__ = "campaign_deliveries"
    __table_args__ = (
        UniqueConstraint("campaign_id", "occurrence", "learner_id"),
        Index("ix_campaign_deliveries_learner", "learner_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    occurrence: Mapped[int]
    learner_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))  # the text's language (maybe the fallback)
    fell_back: Mapped[bool] = mapped_column(default=False)
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id", ondelete="SET NULL"))
    status: Mapped[DeliveryStatus] = mapped_column(_enum(DeliveryStatus, "delivery_status"))
    answer: Mapped[int | None] = mapped_column(SmallInteger)  # 1..3: the button pressed
    answered_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


__all__ = [
    "Appointment",
    "AppointmentStatus",
    "Assignment",
    "AuditEntry",
    "Availability",
    "AvailabilityException",
    "Base",
    "Campaign",
    "CampaignDelivery",
    "CampaignRepeat",
    "CampaignStatus",
    "CancelReason",
    "CheckIn",
    "DeliveryStatus",
    "DialogueState",
    "Escalation",
    "EscalationKind",
    "EscalationStatus",
    "InboxStatus",
    "InboxUpdate",
    "Invite",
    "LanguageSource",
    "LearnerProfile",
    "MeetingMode",
    "OutboxMessage",
    "OutboxStatus",
    "Person",
    "Plan",
    "PlanStep",
    "Role",
    "Signal",
    "StepStatus",
]
