"""people.forget_asked_at: "yes" to /forget only while the question is open

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 03:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import store.models


revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('forget_asked_at', store.models.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('forget_asked_at')
