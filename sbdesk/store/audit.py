"""Writing and verifying the HMAC-SHA256 chained audit log."""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from sbdesk.domain.audit import AuditEvent

GENESIS = "0" * 64
_HKDF_INFO = b"sbdesk/audit-chain/v1"


def derive_audit_key(data_key: bytes) -> bytes:
    """The chain's HMAC key, derived from the data key with HKDF-SHA256."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(data_key)


def os_user() -> str:
    """The workstation login name (never fails)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors on odd systems
        return "okänd"


def _mac(key: bytes, event_id: int, fields: dict[str, Any], prev_mac: str) -> str:
    payload = json.dumps(
        {"id": event_id, "prev": prev_mac, **fields}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def _fields(ev: AuditEvent) -> dict[str, Any]:
    return {
        "occurred_at": ev.occurred_at,
        "os_user": ev.os_user,
        "actor": ev.actor,
        "action": ev.action,
        "entity": ev.entity,
        "entity_id": ev.entity_id,
        "reason": ev.reason,
        "details": ev.details,
    }


def append_event(
    session: Session,
    key: bytes,
    *,
    actor: str,
    action: str,
    entity: str | None = None,
    entity_id: object | None = None,
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add one chained event in the caller's transaction (flushes to get the row id)."""
    last = session.execute(select(AuditEvent.id, AuditEvent.mac).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev_id, prev_mac = (last[0], last[1]) if last else (0, GENESIS)
    ev = AuditEvent(
        id=prev_id + 1,
        occurred_at=datetime.now(UTC).isoformat(timespec="microseconds"),
        os_user=os_user(),
        actor=actor,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        reason=reason,
        details=json.dumps(details, sort_keys=True, ensure_ascii=False, default=str) if details else None,
        prev_mac=prev_mac,
    )
    ev.mac = _mac(key, ev.id, _fields(ev), prev_mac)
    session.add(ev)
    session.flush()
    return ev


@dataclass(frozen=True)
class ChainReport:
    """Result of checking the chain: ok, rows checked, and the first broken row if any."""

    ok: bool
    checked: int
    broken_id: int | None = None
    problem: str | None = None


EPOCHS_SETTING = "audit.key_epochs"


def key_epochs(session: Session) -> list[tuple[int, bytes]]:
    """(last event id, chain key) for each data key the log was written under before the current one."""
    from sbdesk.domain.setting import Setting

    row = session.get(Setting, EPOCHS_SETTING)
    epochs = row.value if row is not None and isinstance(row.value, list) else []
    return sorted((int(e["until_id"]), bytes.fromhex(e["key"])) for e in epochs)


def close_epoch(session: Session, key: bytes, until_id: int) -> None:
    """Record that events up to until_id are chained under key (before the data key is rotated).

    The old chain key lives inside the encrypted database: whoever can read it already holds the
    data key, from which the current chain key is derived anyway.
    """
    from sbdesk.domain.setting import Setting

    row = session.get(Setting, EPOCHS_SETTING)
    epochs = list(row.value) if row is not None and isinstance(row.value, list) else []
    epochs.append({"until_id": until_id, "key": key.hex()})
    if row is None:
        session.add(Setting(key=EPOCHS_SETTING, value=epochs))
    else:
        row.value = epochs


def verify_chain(session: Session, key: bytes) -> ChainReport:
    """Walk the log in id order; name the first row whose link or MAC does not hold."""
    prev_mac, expected_id, checked = GENESIS, 1, 0
    epochs = key_epochs(session)

    def key_for(event_id: int) -> bytes:
        return next((k for until, k in epochs if event_id <= until), key)

    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(2000):
        if ev.id != expected_id:
            return ChainReport(False, checked, ev.id, f"rad {expected_id} saknas (nästa är {ev.id})")
        if ev.prev_mac != prev_mac:
            return ChainReport(False, checked, ev.id, "länken till föregående rad stämmer inte")
        if not hmac.compare_digest(ev.mac, _mac(key_for(ev.id), ev.id, _fields(ev), prev_mac)):
            return ChainReport(False, checked, ev.id, "raden har ändrats")
        prev_mac, expected_id, checked = ev.mac, expected_id + 1, checked + 1
    return ChainReport(True, checked)
