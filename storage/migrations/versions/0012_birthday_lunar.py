"""A birthday kept by the Chinese calendar (农历二月初八)

Revision ID: 0012_birthday_lunar
Revises: 0011_held_suggestion_and_post

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0012_birthday_lunar'
down_revision: Union[str, Sequence[str], None] = '0011_held_suggestion_and_post'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    if 'lunar' in {column['name'] for column in sa.inspect(op.get_bind()).get_columns('birthday')}:
        return  # an old file adopted at 0001 got the birthday table from today's models, lunar included
    with op.batch_alter_table('birthday') as batch_op:
        batch_op.add_column(sa.Column('lunar', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('birthday') as batch_op:
        batch_op.drop_column('lunar')
