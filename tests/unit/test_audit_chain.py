"""The audit log: append-only in the database, HMAC-chained, and verify names the first broken row."""

from __future__ import annotations

import pytest
from sqlalchemy import exc, select, text

from sbdesk.domain import AuditEvent
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord, update_landlord
from sbdesk.store.audit import append_event, derive_audit_key, verify_chain
from tests.conftest import COORDINATOR


def _events(ctx: ServiceContext, n: int) -> None:
    ll = create_landlord(ctx, {"name": "Kedjan AB", "kind": "private"})
    for i in range(n - 1):
        update_landlord(ctx, ll.id, {"notes": f"ändring {i}"})


def _verify(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    with ctx.db.sessions() as s:
        return verify_chain(s, ctx.db.audit_key)


def _drop_guards(ctx: ServiceContext) -> None:
    """What an attacker with raw access would do first."""
    with ctx.db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_event_no_update"))
        conn.execute(text("DROP TRIGGER audit_event_no_delete"))


def test_chain_holds_and_records_who(ctx: ServiceContext) -> None:
    _events(ctx, 5)
    report = _verify(ctx)
    assert report.ok and report.checked >= 5
    with ctx.db.sessions() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None and last.actor == COORDINATOR and last.os_user
    assert last.occurred_at.endswith("+00:00")  # UTC


def test_database_refuses_update_and_delete(ctx: ServiceContext) -> None:
    _events(ctx, 2)
    for sql in ("UPDATE audit_event SET actor = 'någon annan'", "DELETE FROM audit_event"):
        with pytest.raises(exc.DatabaseError, match="append-only"), ctx.db.engine.begin() as conn:
            conn.execute(text(sql))
    assert _verify(ctx).ok


def test_edited_row_is_named(ctx: ServiceContext) -> None:
    _events(ctx, 6)
    _drop_guards(ctx)
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET actor = 'Mallory' WHERE id = 4"))
    report = _verify(ctx)
    assert not report.ok and report.broken_id == 4


def test_deleted_row_is_found(ctx: ServiceContext) -> None:
    _events(ctx, 6)
    _drop_guards(ctx)
    with ctx.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = 3"))
    report = _verify(ctx)
    assert not report.ok and report.broken_id == 4 and "3" in (report.problem or "")


def test_reordered_rows_are_found(ctx: ServiceContext) -> None:
    _events(ctx, 6)
    _drop_guards(ctx)
    cols = "occurred_at, os_user, actor, action, entity, entity_id, reason, details, prev_mac, mac"
    with ctx.db.engine.begin() as conn:
        rows = {r[0]: r[1:] for r in conn.execute(text(f"SELECT id, {cols} FROM audit_event WHERE id IN (3, 4)"))}
        conn.execute(text("DELETE FROM audit_event WHERE id IN (3, 4)"))
        for new_id, old_id in ((3, 4), (4, 3)):
            conn.execute(
                text(f"INSERT INTO audit_event (id, {cols}) VALUES (:id, {', '.join(':c' + str(i) for i in range(10))})"),
                {"id": new_id, **{f"c{i}": v for i, v in enumerate(rows[old_id])}},
            )
    report = _verify(ctx)
    assert not report.ok and report.broken_id == 3


def test_forged_row_without_the_key_is_found(ctx: ServiceContext) -> None:
    _events(ctx, 3)
    with ctx.db.sessions.begin() as s:
        forged = append_event(s, derive_audit_key(b"\x00" * 32), actor="Mallory", action="case.open")
        forged_id = forged.id
    report = _verify(ctx)
    assert not report.ok and report.broken_id == forged_id


def test_audit_event_shares_the_transaction_of_the_action(ctx: ServiceContext) -> None:
    with ctx.db.sessions() as s:
        before = s.query(AuditEvent).count()
    with pytest.raises(RuntimeError), ctx.write() as s:
        ctx.audit(s, "landlord.create", "landlord", 1)
        raise RuntimeError("avbrott")
    with ctx.db.sessions() as s:
        assert s.query(AuditEvent).count() == before
