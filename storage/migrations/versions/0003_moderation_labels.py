"""Owners teach moderation: labelled examples; strikes add up per owner and keep the text struck

Revision ID: 0003_moderation_labels
Revises: 0002

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003_moderation_labels'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('moderation_label',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('group_id', sa.String(), nullable=False),
    sa.Column('member_id', sa.String(), nullable=False),
    sa.Column('decided_by', sa.String(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.CheckConstraint("label IN ('ad', 'ham')", name='ck_label_kind'),
    sa.CheckConstraint("source IN ('pardon', 'remove', 'ad', 'notad', 'dashboard')", name='ck_label_source'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('moderation_strike') as batch_op:
        batch_op.add_column(sa.Column('owner', sa.String(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('text', sa.String(), server_default='', nullable=False))
        batch_op.create_index('ix_strike_owner', ['owner', 'member_id', 'rule', 'at'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('moderation_strike') as batch_op:
        batch_op.drop_index('ix_strike_owner')
        batch_op.drop_column('text')
        batch_op.drop_column('owner')
    op.drop_table('moderation_label')
