"""inbox; outbox priority; the updates a dialogue and a join applied

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 00:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import store.models


revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('inbox',
    sa.Column('update_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('sender_key', sa.BigInteger(), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=True),
    sa.Column('status', sa.Enum('pending', 'done', 'failed', name='inbox_status', native_enum=False, length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('received_at', store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('lease_until', store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('handled_at', store.models.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('update_id', name=op.f('pk_inbox'))
    )
    with op.batch_alter_table('inbox', schema=None) as batch_op:
        batch_op.create_index('ix_inbox_status', ['status', 'update_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inbox_sender_key'), ['sender_key'], unique=False)

    with op.batch_alter_table('dialogue_states', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_update_id', sa.BigInteger(), nullable=True))
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('joined_update_id', sa.BigInteger(), nullable=True))

    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('priority', sa.SmallInteger(), nullable=False, server_default='2'))
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.alter_column('priority', server_default=None)
    # Rows that a block used to kill wait again: the sender holds them until the person is
    # back, and sends those still relevant then.
    op.execute("UPDATE outbox SET status = 'pending', last_error = NULL WHERE status = 'blocked'")


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('priority')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('joined_update_id')
    with op.batch_alter_table('dialogue_states', schema=None) as batch_op:
        batch_op.drop_column('last_update_id')
    with op.batch_alter_table('inbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbox_sender_key'))
        batch_op.drop_index('ix_inbox_status')
    op.drop_table('inbox')
