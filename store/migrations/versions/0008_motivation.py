"""motivation: signal weight and evidence, escalations, check-ins

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 04:00:00

"""

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import store.models


revision: str = "0008"
down_revision: Union[str, Sequence[str], None] = "0007"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weight", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("evidence", sa.JSON(), nullable=True))

    op.create_table(
        "escalations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("counsellor_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "score", "request", "crisis", name="escalation_kind", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "acknowledged",
                "not_needed",
                "closed",
                name="escalation_status",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.Integer(), nullable=True),
        sa.Column(
            "escalated_to_backup_at", store.models.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "escalated_to_coordinators_at", store.models.UTCDateTime(timezone=True), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["acknowledged_by"],
            ["people.id"],
            name=op.f("fk_escalations_acknowledged_by_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["counsellor_id"],
            ["people.id"],
            name=op.f("fk_escalations_counsellor_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["people.id"],
            name=op.f("fk_escalations_learner_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalations")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.create_index("ix_escalations_learner", ["learner_id", "created_at"], unique=False)
        batch_op.create_index("ix_escalations_status", ["status", "created_at"], unique=False)

    op.create_table(
        "check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("asked_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("answered_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("mood", sa.SmallInteger(), nullable=True),
        sa.Column("hardest", sa.JSON(), nullable=False),
        sa.Column("note_present", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["people.id"],
            name=op.f("fk_check_ins_learner_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_ins")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.create_index("ix_check_ins_learner", ["learner_id", "asked_at"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.drop_index("ix_check_ins_learner")
    op.drop_table("check_ins")
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.drop_index("ix_escalations_status")
        batch_op.drop_index("ix_escalations_learner")
    op.drop_table("escalations")
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.drop_column("evidence")
        batch_op.drop_column("weight")
