"""Quiz attempts: a member's first pick in a multiple-choice round is the one that counts

Revision ID: 0003_quiz_attempts
Revises: 0002

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003_quiz_attempts'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('quiz_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('round_id', 'member_id', name='uq_quiz_attempt_once')
    )
    op.create_index('ix_quiz_attempt_round_id', 'quiz_attempt', ['round_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('ix_quiz_attempt_round_id', table_name='quiz_attempt')
    op.drop_table('quiz_attempt')
