"""Alembic environment: migrations always run on a connection sbdesk opened (keyed)."""

from __future__ import annotations

from alembic import context

import sbdesk.domain  # noqa: F401 - registers every table on the metadata
from sbdesk.domain.base import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - sbdesk never runs alembic without a connection
    raise RuntimeError("sbdesk migrations run only through sbdesk.store.migrate")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
