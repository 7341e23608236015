"""The context every service call runs in: the open database and who is acting."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from sbdesk.store.audit import append_event
from sbdesk.store.database import Database


@dataclass
class ServiceContext:
    """An unlocked database plus the acting coordinator's name (shown in the audit log)."""

    db: Database
    actor: str = ""
    # The write transaction open on each thread: a read inside it (a service calling another, e.g.
    # get_setting) uses the same session instead of a second transaction on the same connection.
    _local: threading.local = field(default_factory=threading.local, repr=False, compare=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction (BEGIN IMMEDIATE): commits when the block ends, rolls back on any error."""
        if getattr(self._local, "session", None) is not None:
            raise RuntimeError("a write transaction is already open on this thread")
        with self.db.engine.connect() as conn:
            conn = conn.execution_options(sbdesk_write=True)
            with conn.begin():
                session = Session(bind=conn, expire_on_commit=False)
                self._local.session = session
                try:
                    yield session
                    session.flush()
                finally:
                    self._local.session = None
                    session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end); inside a write, the write's own session."""
        current = getattr(self._local, "session", None)
        if current is not None:
            yield current  # not rolled back: the write decides
            return
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
