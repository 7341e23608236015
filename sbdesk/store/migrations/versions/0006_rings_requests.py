"""Housing rings, their members, and requests between municipalities with their dated steps.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_STATUSES = ("draft", "sent", "accepted", "declined", "apartment_found", "moved", "closed", "withdrawn")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.create_table("housing_ring",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=200), nullable=False),
    sa.Column("scope", _enum("ringscope", "bilateral", "county", "national"), nullable=False),
    sa.Column("coordinator", sa.String(length=200), nullable=True),
    sa.Column("agreement_reference", sa.String(length=300), nullable=True),
    sa.Column("notes", sa.Text(), nullable=True),
    *_timestamps(),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_housing_ring"))
    )

    op.create_table("ring_membership",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("ring_id", sa.Integer(), nullable=False),
    sa.Column("municipality_code", sa.String(length=4), nullable=False),
    sa.Column("joined_on", sa.Date(), nullable=True),
    sa.Column("left_on", sa.Date(), nullable=True),
    sa.Column("yearly_quota", sa.Integer(), nullable=True),
    sa.Column("contact_name", sa.String(length=200), nullable=True),
    sa.Column("contact_phone", sa.String(length=40), nullable=True),
    sa.Column("contact_email", sa.String(length=200), nullable=True),
    sa.Column("liaison_name", sa.String(length=200), nullable=True),
    sa.Column("liaison_phone", sa.String(length=40), nullable=True),
    sa.Column("liaison_email", sa.String(length=200), nullable=True),
    sa.Column("notes", sa.Text(), nullable=True),
    *_timestamps(),
    sa.CheckConstraint("yearly_quota IS NULL OR yearly_quota >= 0", name=op.f("ck_ring_membership_yearly_quota")),
    sa.CheckConstraint("left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on",
                       name=op.f("ck_ring_membership_period")),
    sa.ForeignKeyConstraint(["municipality_code"], ["municipality.code"],
                            name=op.f("fk_ring_membership_municipality_code_municipality")),
    sa.ForeignKeyConstraint(["ring_id"], ["housing_ring.id"], name=op.f("fk_ring_membership_ring_id_housing_ring"),
                            ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_ring_membership"))
    )
    with op.batch_alter_table("ring_membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ring_membership_municipality_code"), ["municipality_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_ring_membership_ring_id"), ["ring_id"], unique=False)

    op.create_table("request",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("reference", sa.String(length=30), nullable=False),
    sa.Column("counterpart_reference", sa.String(length=60), nullable=True),
    sa.Column("direction", _enum("requestdirection", "outgoing", "incoming"), nullable=False),
    sa.Column("status", _enum("requeststatus", *_STATUSES), nullable=False),
    sa.Column("ring_id", sa.Integer(), nullable=True),
    sa.Column("counterpart_municipality_code", sa.String(length=4), nullable=False),
    sa.Column("case_id", sa.Integer(), nullable=True),
    sa.Column("group_key", sa.String(length=40), nullable=True),
    sa.Column("received_description", sa.Text(), nullable=True),
    sa.Column("adults", sa.Integer(), nullable=True),
    sa.Column("children", sa.Integer(), nullable=True),
    sa.Column("children_birth_years", sa.String(length=200), nullable=True),
    sa.Column("rooms_needed", sa.Integer(), nullable=True),
    sa.Column("needs", sa.Text(), nullable=True),
    sa.Column("support_economic", sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column("support_psychosocial", sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column("support_safety", sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column("support_children", sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column("support_text", sa.Text(), nullable=True),
    sa.Column("sender_contact_name", sa.String(length=200), nullable=True),
    sa.Column("sender_contact_phone", sa.String(length=40), nullable=True),
    sa.Column("sender_contact_email", sa.String(length=200), nullable=True),
    sa.Column("notes", sa.Text(), nullable=True),
    sa.Column("sent_on", sa.Date(), nullable=True),
    sa.Column("due_on", sa.Date(), nullable=True),
    sa.Column("answered_on", sa.Date(), nullable=True),
    sa.Column("decline_reason", sa.Text(), nullable=True),
    sa.Column("apartment_found_on", sa.Date(), nullable=True),
    sa.Column("moved_on", sa.Date(), nullable=True),
    sa.Column("closed_on", sa.Date(), nullable=True),
    sa.Column("withdrawn_on", sa.Date(), nullable=True),
    sa.Column("withdraw_reason", sa.Text(), nullable=True),
    *_timestamps(),
    sa.CheckConstraint("adults IS NULL OR adults >= 0", name=op.f("ck_request_adults")),
    sa.CheckConstraint("children IS NULL OR children >= 0", name=op.f("ck_request_children")),
    sa.CheckConstraint("rooms_needed IS NULL OR rooms_needed >= 1", name=op.f("ck_request_rooms_needed")),
    sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_request_case_id_case"), ondelete="SET NULL"),
    sa.ForeignKeyConstraint(["counterpart_municipality_code"], ["municipality.code"],
                            name=op.f("fk_request_counterpart_municipality_code_municipality")),
    sa.ForeignKeyConstraint(["ring_id"], ["housing_ring.id"], name=op.f("fk_request_ring_id_housing_ring"),
                            ondelete="SET NULL"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_request")),
    sa.UniqueConstraint("reference", name=op.f("uq_request_reference"))
    )
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_counterpart_municipality_code"), ["counterpart_municipality_code"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_request_direction"), ["direction"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_group_key"), ["group_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_ring_id"), ["ring_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_sent_on"), ["sent_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_status"), ["status"], unique=False)

    op.create_table("request_step",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("request_id", sa.Integer(), nullable=False),
    sa.Column("status", _enum("requeststatus", *_STATUSES), nullable=False),
    sa.Column("on_date", sa.Date(), nullable=False),
    sa.Column("note", sa.Text(), nullable=True),
    sa.Column("actor", sa.String(length=200), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(["request_id"], ["request.id"], name=op.f("fk_request_step_request_id_request"),
                            ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_request_step"))
    )
    with op.batch_alter_table("request_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_step_request_id"), ["request_id"], unique=False)


def downgrade() -> None:
    op.drop_table("request_step")
    op.drop_table("request")
    op.drop_table("ring_membership")
    op.drop_table("housing_ring")
