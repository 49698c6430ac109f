"""campaigns: campaigns, campaign_deliveries, people.campaigns_muted_at

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 05:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import store.models


revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('campaigns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('audience', sa.JSON(), nullable=False),
    sa.Column('messages', sa.JSON(), nullable=False),
    sa.Column('fallback', sa.String(length=8), nullable=False),
    sa.Column('buttons', sa.JSON(), nullable=False),
    sa.Column('send_at', store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('repeat', sa.Enum('none', 'daily', 'weekly', name='campaign_repeat', native_enum=False, length=16), nullable=False),
    sa.Column('until', store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('status', sa.Enum('draft', 'scheduled', 'sending', 'done', 'cancelled', name='campaign_status', native_enum=False, length=16), nullable=False),
    sa.Column('next_occurrence', sa.Integer(), nullable=False),
    sa.Column('next_at', store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['people.id'], name=op.f('fk_campaigns_created_by_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaigns')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.create_index('ix_campaigns_status', ['status', 'next_at'], unique=False)

    op.create_table('campaign_deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('occurrence', sa.Integer(), nullable=False),
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('fell_back', sa.Boolean(), nullable=False),
    sa.Column('outbox_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('queued', 'muted', 'blocked', 'cancelled', name='delivery_status', native_enum=False, length=16), nullable=False),
    sa.Column('answer', sa.SmallInteger(), nullable=True),
    sa.Column('answered_at', store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_campaign_deliveries_campaign_id_campaigns'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['learner_id'], ['people.id'], name=op.f('fk_campaign_deliveries_learner_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox.id'], name=op.f('fk_campaign_deliveries_outbox_id_outbox'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_deliveries')),
    sa.UniqueConstraint('campaign_id', 'occurrence', 'learner_id', name=op.f('uq_campaign_deliveries_campaign_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('campaign_deliveries', schema=None) as batch_op:
        batch_op.create_index('ix_campaign_deliveries_learner', ['learner_id'], unique=False)

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('campaigns_muted_at', store.models.UTCDateTime(timezone=True), nullable=True))



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('campaigns_muted_at')

    with op.batch_alter_table('campaign_deliveries', schema=None) as batch_op:
        batch_op.drop_index('ix_campaign_deliveries_learner')

    op.drop_table('campaign_deliveries')
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.drop_index('ix_campaigns_status')

    op.drop_table('campaigns')
