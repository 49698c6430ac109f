"""people.second_language and people.finnish_practice: how a person reads Polku

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 06:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0010'
down_revision: Union[str, Sequence[str], None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Plain ADD COLUMN (SQLite can): a batch copy of the table would lose its AUTOINCREMENT.
    op.add_column('people', sa.Column('second_language', sa.String(length=8), nullable=True))
    op.add_column(
        'people',
        sa.Column('finnish_practice', sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('people', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('finnish_practice')
        batch_op.drop_column('second_language')
