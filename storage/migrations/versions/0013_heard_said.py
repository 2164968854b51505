"""How many times a member said a complaint or private request kept as one row (f34)

Revision ID: 0013_heard_said
Revises: 0012_birthday_lunar

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0013_heard_said'
down_revision: Union[str, Sequence[str], None] = '0012_birthday_lunar'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    if 'said' in {column['name'] for column in sa.inspect(op.get_bind()).get_columns('open_question')}:
        return  # an old file adopted at 0001 got the table from today's models, said included
    with op.batch_alter_table('open_question') as batch_op:
        batch_op.add_column(sa.Column('said', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('open_question') as batch_op:
        batch_op.drop_column('said')
