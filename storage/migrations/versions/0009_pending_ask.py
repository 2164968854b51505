"""What the bot asked a member to confirm, kept across restarts

Revision ID: 0009_pending_ask
Revises: 0008_direct_choice

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009_pending_ask'
down_revision: Union[str, Sequence[str], None] = '0008_direct_choice'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('pending_ask',
    sa.Column('group_id', sa.String(), nullable=False),
    sa.Column('member_id', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('row_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('add', sa.Boolean(), nullable=False),
    sa.Column('until', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('group_id', 'member_id')
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('pending_ask')
