"""appointments: weekly availability, exceptions, appointments

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 03:00:00

"""

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import store.models


revision: str = "0006"
down_revision: Union[str, Sequence[str], None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

MODE = sa.Enum("in_person", "phone", "video", name="meeting_mode", native_enum=False, length=16)
BOOKED = sa.text("status = 'booked'")


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "availability",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counsellor_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("length_minutes", sa.SmallInteger(), nullable=False),
        sa.Column("buffer_minutes", sa.SmallInteger(), nullable=False),
        sa.Column("mode", MODE, nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["counsellor_id"],
            ["people.id"],
            name=op.f("fk_availability_counsellor_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_availability")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("availability", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_availability_counsellor_id"), ["counsellor_id"], unique=False
        )

    op.create_table(
        "availability_exceptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counsellor_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("off", sa.Boolean(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("length_minutes", sa.SmallInteger(), nullable=True),
        sa.Column("buffer_minutes", sa.SmallInteger(), nullable=True),
        sa.Column("mode", MODE, nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["counsellor_id"],
            ["people.id"],
            name=op.f("fk_availability_exceptions_counsellor_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_availability_exceptions")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("availability_exceptions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_availability_exceptions_day", ["counsellor_id", "day"], unique=False
        )

    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("counsellor_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("mode", MODE, nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "booked",
                "cancelled",
                "met",
                "no_show",
                name="appointment_status",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column(
            "cancel_reason",
            sa.Enum(
                "learner",
                "ill",
                "counsellor_away",
                "not_needed",
                "other",
                name="cancel_reason",
                native_enum=False,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column("booked_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["booked_by_id"],
            ["people.id"],
            name=op.f("fk_appointments_booked_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["counsellor_id"],
            ["people.id"],
            name=op.f("fk_appointments_counsellor_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["people.id"],
            name=op.f("fk_appointments_learner_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index("ix_appointments_starts_at", ["starts_at"], unique=False)
        # No double booking, enforced by the database on both backends.
        batch_op.create_index(
            "uq_appointments_counsellor_booked",
            ["counsellor_id", "starts_at"],
            unique=True,
            sqlite_where=BOOKED,
            postgresql_where=BOOKED,
        )
        batch_op.create_index(
            "uq_appointments_learner_booked",
            ["learner_id", "starts_at"],
            unique=True,
            sqlite_where=BOOKED,
            postgresql_where=BOOKED,
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index("uq_appointments_learner_booked")
        batch_op.drop_index("uq_appointments_counsellor_booked")
        batch_op.drop_index("ix_appointments_starts_at")
    op.drop_table("appointments")
    with op.batch_alter_table("availability_exceptions", schema=None) as batch_op:
        batch_op.drop_index("ix_availability_exceptions_day")
    op.drop_table("availability_exceptions")
    with op.batch_alter_table("availability", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_availability_counsellor_id"))
    op.drop_table("availability")
