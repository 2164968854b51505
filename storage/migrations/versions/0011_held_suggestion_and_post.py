"""The staff command the bot suggested, and when each group's group-buy or event was posted, kept across restarts

Revision ID: 0011_held_suggestion_and_post
Revises: 0010_close_and_place

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0011_held_suggestion_and_post'
down_revision: Union[str, Sequence[str], None] = '0010_close_and_place'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('pending_suggestion',
    sa.Column('group_id', sa.String(), nullable=False),
    sa.Column('member_id', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('mentions', sa.String(), nullable=False),
    sa.Column('until', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('group_id', 'member_id')
    )
    op.create_table('post_shown',
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('group_id', sa.String(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'group_id')
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('post_shown')
    op.drop_table('pending_suggestion')
