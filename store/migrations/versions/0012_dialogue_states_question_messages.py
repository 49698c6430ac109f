"""dialogue_states.question_messages: the messages that show the waiting question's buttons

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-09 07:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Plain ADD COLUMN (SQLite can). Places saved before have none: nothing to edit there.
    op.add_column('dialogue_states', sa.Column('question_messages', sa.JSON(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('dialogue_states', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('question_messages')
