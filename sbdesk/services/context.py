"""The context every service call runs in: the open database and who is acting."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from sbdesk.store.audit import append_event
from sbdesk.store.database import Database


@dataclass
class ServiceContext:
    """An unlocked database plus the acting coordinator's name (shown in the audit log)."""

    db: Database
    actor: str = ""

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction (BEGIN IMMEDIATE): commits when the block ends, rolls back on any error."""
        with self.db.engine.connect() as conn:
            conn = conn.execution_options(sbdesk_write=True)
            with conn.begin():
                session = Session(bind=conn, expire_on_commit=False)
                try:
                    yield session
                    session.flush()
                finally:
                    session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        with self.db.sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def audit(
        self,
        session: Session,
        action: str,
        entity: str | None = None,
        entity_id: object | None = None,
        *,
        reason: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Record one audit event in the caller's transaction."""
        append_event(
            session,
            self.db.audit_key,
            actor=self.actor or "okänd",
            action=action,
            entity=entity,
            entity_id=entity_id,
            reason=reason,
            details=details,
        )

    def audit_standalone(
        self, action: str, entity: str | None = None, entity_id: object | None = None, **kw: Any
    ) -> None:
        """Record an event in a transaction of its own (unlock, lock, print…)."""
        with self.write() as session:
            self.audit(session, action, entity, entity_id, **kw)
