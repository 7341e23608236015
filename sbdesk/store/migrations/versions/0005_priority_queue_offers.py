"""Förtur grants, manual queue adjustments and apartment offers.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.create_table("priority_grant",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("case_id", sa.Integer(), nullable=False),
    sa.Column("ground", _enum("priorityground", "social", "medical", "threat"), nullable=False),
    sa.Column("issued_by", sa.String(length=200), nullable=False),
    sa.Column("applied_on", sa.Date(), nullable=True),
    sa.Column("decided_on", sa.Date(), nullable=True),
    sa.Column("valid_until", sa.Date(), nullable=True),
    sa.Column("offers_allowed", sa.Integer(), nullable=False),
    sa.Column("offers_used", sa.Integer(), nullable=False),
    sa.Column("used_up", sa.Boolean(), nullable=False),
    sa.Column("credit_check_ok", sa.Boolean(), nullable=True),
    sa.Column("references_ok", sa.Boolean(), nullable=True),
    sa.Column("landlord_note", sa.Text(), nullable=True),
    *_timestamps(),
    sa.CheckConstraint("offers_allowed >= 1", name=op.f("ck_priority_grant_offers_allowed")),
    sa.CheckConstraint("offers_used >= 0", name=op.f("ck_priority_grant_offers_used")),
    sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_priority_grant_case_id_case"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_priority_grant"))
    )
    with op.batch_alter_table("priority_grant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_priority_grant_case_id"), ["case_id"], unique=False)

    op.create_table("queue_adjustment",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("case_id", sa.Integer(), nullable=False),
    sa.Column("points", sa.Integer(), nullable=False),
    sa.Column("reason", sa.Text(), nullable=False),
    sa.Column("actor", sa.String(length=200), nullable=False),
    *_timestamps(),
    sa.CheckConstraint("points <> 0", name=op.f("ck_queue_adjustment_points")),
    sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_queue_adjustment_case_id_case"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_adjustment"))
    )
    with op.batch_alter_table("queue_adjustment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_queue_adjustment_case_id"), ["case_id"], unique=False)

    op.create_table("offer",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("case_id", sa.Integer(), nullable=False),
    sa.Column("apartment_id", sa.Integer(), nullable=False),
    sa.Column("grant_id", sa.Integer(), nullable=True),
    sa.Column("status", _enum("offerstatus", "proposed", "offered", "accepted", "declined", "expired", "signed",
                              "withdrawn"), nullable=False),
    sa.Column("proposed_on", sa.Date(), nullable=False),
    sa.Column("offered_on", sa.Date(), nullable=True),
    sa.Column("reply_by", sa.Date(), nullable=True),
    sa.Column("decided_on", sa.Date(), nullable=True),
    sa.Column("decline_party", _enum("declineparty", "household", "landlord"), nullable=True),
    sa.Column("decline_reason_code", sa.String(length=40), nullable=True),
    sa.Column("decline_reason_text", sa.String(length=200), nullable=True),
    sa.Column("decline_note", sa.Text(), nullable=True),
    sa.Column("signed_on", sa.Date(), nullable=True),
    sa.Column("contract_type", _enum("contracttype", "first_hand", "social", "trial", "emergency", "housing_first"),
              nullable=True),
    sa.Column("notes", sa.Text(), nullable=True),
    *_timestamps(),
    sa.ForeignKeyConstraint(["apartment_id"], ["apartment.id"], name=op.f("fk_offer_apartment_id_apartment")),
    sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_offer_case_id_case"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["grant_id"], ["priority_grant.id"], name=op.f("fk_offer_grant_id_priority_grant"),
                            ondelete="SET NULL"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_offer"))
    )
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offer_apartment_id"), ["apartment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_offer_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_offer_grant_id"), ["grant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_offer_status"), ["status"], unique=False)


def downgrade() -> None:
    op.drop_table("offer")
    op.drop_table("queue_adjustment")
    op.drop_table("priority_grant")
