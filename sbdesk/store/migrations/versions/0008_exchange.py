"""Exchange files sent and received (replay protection for encrypted request and answer files).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table("exchange_file",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("file_id", sa.String(length=32), nullable=False),
    sa.Column("direction", _enum("exchangedirection", "export", "import"), nullable=False),
    sa.Column("kind", _enum("exchangekind", "request", "answer"), nullable=False),
    sa.Column("request_id", sa.Integer(), nullable=True),
    sa.Column("counterpart_municipality_code", sa.String(length=4), nullable=False),
    sa.Column("sequence", sa.Integer(), nullable=False),
    sa.Column("file_created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("sequence >= 1", name=op.f("ck_exchange_file_sequence")),
    sa.ForeignKeyConstraint(["counterpart_municipality_code"], ["municipality.code"],
                            name=op.f("fk_exchange_file_counterpart_municipality_code_municipality")),
    sa.ForeignKeyConstraint(["request_id"], ["request.id"], name=op.f("fk_exchange_file_request_id_request"),
                            ondelete="SET NULL"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_file")),
    sa.UniqueConstraint("file_id", name=op.f("uq_exchange_file_file_id"))
    )
    with op.batch_alter_table("exchange_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_file_request_id"), ["request_id"], unique=False)


def downgrade() -> None:
    op.drop_table("exchange_file")
