"""A received household's protection level on the incoming request (shown as a badge like a case's).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

LEVELS = ("none", "confidentiality_mark", "protected_registration", "assumed_identity")


def upgrade() -> None:
    with op.batch_alter_table("request") as batch_op:
        batch_op.add_column(sa.Column(
            "protection_level",
            sa.Enum(*LEVELS, name="protectionlevel", native_enum=False, create_constraint=True, length=32),
            nullable=False, server_default="none"))


def downgrade() -> None:
    with op.batch_alter_table("request") as batch_op:
        batch_op.drop_column("protection_level")
