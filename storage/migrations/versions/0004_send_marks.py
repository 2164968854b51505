"""pending_post.sending_at: a post is marked before it is sent, so a crash never sends it twice

Revision ID: 0003_send_marks
Revises: 0002

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0004_send_marks'
down_revision: Union[str, Sequence[str], None] = '0003_quiz_attempts'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns('pending_post')}
    if 'sending_at' in columns:  # a file adopted from before migrations: made from today's models
        return
    with op.batch_alter_table('pending_post') as batch:
        batch.add_column(sa.Column('sending_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('pending_post') as batch:
        batch.drop_column('sending_at')
