"""outbox subject; ids never reused on SQLite

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Tables with an integer surrogate key. Without AUTOINCREMENT SQLite hands out the
# largest id + 1, so deleting the newest person (/forget) gave their id to the next one
# to join. PostgreSQL sequences never go back: nothing to do there.
AUTOINCREMENT = ('people', 'invites', 'outbox', 'plan_steps', 'signals', 'audit_log')


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    for table in AUTOINCREMENT:
        with op.batch_alter_table(
            table, recreate='always', table_kwargs={'sqlite_autoincrement': autoincrement}
        ):
            pass


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('subject_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_outbox_subject_id'), ['subject_id'], unique=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_outbox_subject_id_people'), 'people', ['subject_id'], ['id'],
            ondelete='SET NULL',
        )
    _rebuild(True)


def downgrade() -> None:
    """Downgrade schema."""
    _rebuild(False)
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_outbox_subject_id_people'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_outbox_subject_id'))
        batch_op.drop_column('subject_id')
