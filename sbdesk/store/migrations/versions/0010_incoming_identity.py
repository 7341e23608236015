"""A received applicant's identity kept apart from the request's free text (read through a logged reveal).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("request") as batch_op:
        batch_op.add_column(sa.Column("applicant_identity", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("request") as batch_op:
        batch_op.drop_column("applicant_identity")
