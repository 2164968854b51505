"""The owner's console, continued: logouts that outlive a restart, and config saves every worker sees

Revision ID: 0007_console_sessions
Revises: 0006_console

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0007_console_sessions'
down_revision: Union[str, Sequence[str], None] = '0006_console'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('console_session_ended',
    sa.Column('token_sha256', sa.String(), nullable=False),
    sa.Column('expires', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('token_sha256')
    )
    op.create_table('config_save',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(), nullable=False),
    sa.Column('account', sa.String(), nullable=False),
    sa.Column('text_sha256', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('config_save')
    op.drop_table('console_session_ended')
