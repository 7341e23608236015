"""Apartment search key: a case-folded copy of address, area and postal town for fast search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def search_key(*parts: str | None) -> str:
    """The same folding the service applies on every write (kept here so the migration is frozen)."""
    return " ".join(p.strip() for p in parts if p and p.strip()).casefold()


def upgrade() -> None:
    with op.batch_alter_table("apartment") as batch:
        batch.add_column(sa.Column("search_key", sa.Text(), nullable=True))
    bind = op.get_bind()
    apartment = sa.table(
        "apartment", sa.column("id"), sa.column("address"), sa.column("district"),
        sa.column("postal_town"), sa.column("search_key"),
    )
    rows = bind.execute(sa.select(apartment.c.id, apartment.c.address, apartment.c.district,
                                  apartment.c.postal_town)).all()
    if rows:
        bind.execute(
            apartment.update().where(apartment.c.id == sa.bindparam("row_id")),
            [{"row_id": r[0], "search_key": search_key(r[1], r[2], r[3])} for r in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("apartment") as batch:
        batch.drop_column("search_key")
