"""The group a member's private chat with the bot is about, kept across restarts; coupons reminded once

Revision ID: 0008_direct_choice
Revises: 0007_console_sessions

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0008_direct_choice'
down_revision: Union[str, Sequence[str], None] = '0007_console_sessions'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('direct_choice',
    sa.Column('member_id', sa.String(), nullable=False),
    sa.Column('group_id', sa.String(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('member_id')
    )
    with op.batch_alter_table('coupon') as batch_op:
        batch_op.add_column(sa.Column('reminded_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('coupon') as batch_op:
        batch_op.drop_column('reminded_at')
    op.drop_table('direct_choice')
