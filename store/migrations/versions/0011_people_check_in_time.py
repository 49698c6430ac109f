"""people.check_in_weekday and people.check_in_hour: when a learner wants the check-in

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 07:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Plain ADD COLUMN (SQLite can): a batch copy of the table would lose its AUTOINCREMENT.
    op.add_column('people', sa.Column('check_in_weekday', sa.SmallInteger(), nullable=True))
    op.add_column('people', sa.Column('check_in_hour', sa.SmallInteger(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('people', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('check_in_hour')
        batch_op.drop_column('check_in_weekday')
