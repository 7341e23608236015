"""The state grant: grant years, activities and frozen report snapshots (återrapportering).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
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
    op.create_table("grant_year",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("granted_sek", sa.Integer(), nullable=True),
    sa.Column("cost_salaries_sek", sa.Integer(), nullable=True),
    sa.Column("cost_services_sek", sa.Integer(), nullable=True),
    sa.Column("cost_travel_sek", sa.Integer(), nullable=True),
    sa.Column("unused_time_shortage", sa.Boolean(), nullable=False),
    sa.Column("unused_staff_shortage", sa.Boolean(), nullable=False),
    sa.Column("unused_other", sa.Boolean(), nullable=False),
    sa.Column("unused_other_text", sa.Text(), nullable=True),
    sa.Column("strengthened_existing", sa.Boolean(), nullable=True),
    sa.Column("started_new", sa.Boolean(), nullable=True),
    sa.Column("assessment", _enum("grantassessment", "high", "fairly_high", "some", "fairly_low", "low"),
              nullable=True),
    sa.Column("without_grant", _enum("withoutgrant", "yes", "no", "some", "unknown"), nullable=True),
    sa.Column("documentation", sa.Text(), nullable=True),
    sa.Column("disseminated", sa.Boolean(), nullable=True),
    sa.Column("confirmed_areas", sa.JSON(), nullable=False),
    sa.Column("confirmed_partners", sa.JSON(), nullable=False),
    sa.Column("frozen_at", sa.DateTime(timezone=True), nullable=True),
    *_timestamps(),
    sa.CheckConstraint("year >= 2000 AND year <= 2200", name=op.f("ck_grant_year_year")),
    sa.CheckConstraint("granted_sek IS NULL OR granted_sek >= 0", name=op.f("ck_grant_year_granted")),
    sa.CheckConstraint("cost_salaries_sek IS NULL OR cost_salaries_sek >= 0",
                       name=op.f("ck_grant_year_cost_salaries")),
    sa.CheckConstraint("cost_services_sek IS NULL OR cost_services_sek >= 0",
                       name=op.f("ck_grant_year_cost_services")),
    sa.CheckConstraint("cost_travel_sek IS NULL OR cost_travel_sek >= 0", name=op.f("ck_grant_year_cost_travel")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_year")),
    sa.UniqueConstraint("year", name=op.f("uq_grant_year_year"))
    )

    op.create_table("grant_activity",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("occurred_on", sa.Date(), nullable=False),
    sa.Column("description", sa.String(length=500), nullable=False),
    sa.Column("areas", sa.JSON(), nullable=False),
    sa.Column("partners", sa.JSON(), nullable=False),
    sa.Column("hours", sa.Integer(), nullable=True),
    sa.Column("cost_sek", sa.Integer(), nullable=True),
    *_timestamps(),
    sa.CheckConstraint("hours IS NULL OR hours >= 0", name=op.f("ck_grant_activity_hours")),
    sa.CheckConstraint("cost_sek IS NULL OR cost_sek >= 0", name=op.f("ck_grant_activity_cost")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_activity"))
    )
    with op.batch_alter_table("grant_activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grant_activity_occurred_on"), ["occurred_on"], unique=False)

    op.create_table("grant_snapshot",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("frozen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("actor", sa.String(length=200), nullable=False),
    sa.Column("figures", sa.JSON(), nullable=False),
    sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("unfreeze_reason", sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_snapshot"))
    )
    with op.batch_alter_table("grant_snapshot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grant_snapshot_year"), ["year"], unique=False)


def downgrade() -> None:
    op.drop_table("grant_snapshot")
    op.drop_table("grant_activity")
    op.drop_table("grant_year")
