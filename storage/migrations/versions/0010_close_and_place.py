"""When a group-buy closed (the cut-off, or /截单 before it); where an event is held

Revision ID: 0010_close_and_place
Revises: 0009_pending_ask

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0010_close_and_place'
down_revision: Union[str, Sequence[str], None] = '0009_pending_ask'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('group_buy') as batch_op:
        batch_op.add_column(sa.Column('closed_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('activity') as batch_op:
        batch_op.add_column(sa.Column('place', sa.String(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('activity') as batch_op:
        batch_op.drop_column('place')
    with op.batch_alter_table('group_buy') as batch_op:
        batch_op.drop_column('closed_at')
