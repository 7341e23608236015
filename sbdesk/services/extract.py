"""Register extract (GDPR art. 15) and correction (art. 16) for one person.

The extract holds everything sbdesk keeps about the person: their identity, their place in the
household, the case of that household, consents, and who has read or changed the case (the audit
log). Making one is audit-logged. A correction keeps the old value in the audit log, as the issue
of correction requires.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.cases import Case, HouseholdMember, Person
from sbdesk.domain.enums import ProtectionLevel
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import forms as f
from sbdesk.services.cases import IDENTITY_FIELDS
from sbdesk.services.context import ServiceContext


@dataclass(frozen=True)
class PersonRef:
    """A person found by personnummer or name: enough to choose, nothing more."""

    person_id: int
    case_id: int
    case_reference: str
    role: str
    birth_year: int | None = None  # tells two children of one household apart
    protection_level: ProtectionLevel = ProtectionLevel.NONE


def find_people(ctx: ServiceContext, text: str) -> list[PersonRef]:
    """People whose personnummer or name matches text (for choosing whose extract to make)."""
    text = text.strip()
    if len(text) < 3:
        return []
    pattern = f"%{text.casefold()}%"
    digits = "".join(ch for ch in text if ch.isdigit())
    conditions = [Person.first_name.ilike(pattern), Person.last_name.ilike(pattern)]
    if len(digits) >= 6:
        conditions.append(Person.personal_number.like(f"%{digits[:8]}%"))
    stmt = (select(Person.id, HouseholdMember.case_id, Case.reference, HouseholdMember.role,
                   HouseholdMember.birth_year, Case.protection_level)
            .join(HouseholdMember, HouseholdMember.person_id == Person.id)
            .join(Case, Case.id == HouseholdMember.case_id)
            .where(or_(*conditions)).order_by(Case.reference))
    with ctx.write() as s:
        found = [PersonRef(r[0], r[1], r[2], r[3].value, r[4], r[5]) for r in s.execute(stmt)]
        # A search shows whether someone has a case: the log review must see it (hits, not the text).
        ctx.audit(s, "identity.search", details={"hits": len(found)})
        return found


def _value(v: Any) -> Any:
    if v is None or isinstance(v, (str, int, float, bool)):
        return v
    if hasattr(v, "label"):
        return v.label
    if isinstance(v, datetime):
        return v.isoformat(sep=" ", timespec="minutes")
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)


def person_extract(ctx: ServiceContext, person_id: int, reason: str | None = None,
                   deliver: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    """Everything held about one person, as plain data (JSON-ready); audit-logged.

    When deliver is given (e.g. writing the PDF and JSON), it runs inside the transaction that
    logs the extract, so an extract that could not be saved is not logged as made.
    """
    with ctx.write() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound()
        member = s.scalar(select(HouseholdMember).where(HouseholdMember.person_id == person_id))
        assert member is not None
        case = s.get(Case, member.case_id, options=[selectinload(Case.members), selectinload(Case.consents)])
        assert case is not None
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "case",
                                                    AuditEvent.entity_id == str(case.id))
                           .order_by(AuditEvent.id)).all()
        data = {
            "utdrag_skapat": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "person": {
                "förnamn": person.first_name, "efternamn": person.last_name,
                "personnummer": person.personal_number, "telefon": person.phone, "e-post": person.email,
                "adress": person.address, "registrerad": _value(person.created_at),
                "senast_ändrad": _value(person.updated_at),
            },
            "i_hushållet": {"roll": member.role.label, "födelseår": member.birth_year,
                            "antal_personer": len(case.members)},
            "ärende": {
                "referens": case.reference, "status": case.status.label,
                "skyddade_personuppgifter": case.protection_level.label, "risknivå": case.risk_level.label,
                "i_skyddat_boende_sedan": _value(case.sheltered_since), "i_kön_sedan": _value(case.queue_since),
                "behöver_bostad_senast": _value(case.needed_by), "högsta_hyra_kr": case.max_rent_sek,
                "önskemål": case.wishes, "skola": case.school_needs, "spärrområden": case.excluded_areas,
                "spärrade_kommuner": [m.name for m in case.excluded_municipalities],
                "önskade_kommuner": [m.name for m in case.wished_municipalities],
                "anteckningar": case.notes,
            },
            "samtycken": [
                {"mottagare": c.recipient_name, "typ": c.recipient_kind.label, "omfattning": c.scope,
                 "lämnat": _value(c.given_on), "upphör": _value(c.expires_on), "återkallat": _value(c.withdrawn_on)}
                for c in case.consents
            ],
            "åtkomst_och_ändringar": [
                {"när": e.occurred_at, "vad": e.action, "vem": e.actor} for e in events
            ],
        }
        if deliver is not None:
            deliver(data)  # an exception here rolls the audit event back with everything else
        ctx.audit(s, "identity.extract", "case", case.id, reason=reason, details={"member_id": member.id})
        return data


def extract_json(data: dict[str, Any]) -> str:
    """The extract as indented JSON (UTF-8, Swedish keys)."""
    return json.dumps(data, ensure_ascii=False, indent=2)


def correct_person(ctx: ServiceContext, person_id: int, field: str, value: Any, reason: str) -> None:
    """Correct one identity field (rättelse); the old value is kept in the audit log."""
    specs = {spec.name: spec for spec in IDENTITY_FIELDS}
    if field not in specs:
        raise ValidationError("field", "UNKNOWN_FIELD", "Uppgiften kan inte rättas här.")
    if not reason.strip():
        raise ValidationError("reason", "REQUIRED", "Ange varför uppgiften rättas.")
    new = f.clean([specs[field]], {field: value})[field]
    with ctx.write() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound()
        member = s.scalar(select(HouseholdMember).where(HouseholdMember.person_id == person_id))
        old = getattr(person, field)
        if old == new:
            return
        setattr(person, field, new)
        case = s.get(Case, member.case_id) if member else None
        sealed = _seal(case, field, old) if case is not None else None
        ctx.audit(s, "identity.correct", "case", case.id if case else None, reason=reason,
                  details={"member_id": member.id if member else None, "field": field, "old_value_sealed": sealed})


def _case_key(case: Case) -> bytes:
    if case.log_key is None:
        case.log_key = secrets.token_hex(32)
    return bytes.fromhex(case.log_key)


def _seal(case: Case, field: str, value: Any) -> str | None:
    """The old value sealed under the case's log key (AES-256-GCM), so a purge can shred it."""
    if value is None:
        return None
    nonce = os.urandom(12)
    sealed = AESGCM(_case_key(case)).encrypt(nonce, str(value).encode(), f"{case.id}:{field}".encode())
    return base64.b64encode(nonce + sealed).decode("ascii")


@dataclass(frozen=True)
class Correction:
    """One correction as the case's history shows it (old value readable until the case is purged)."""

    occurred_at: str
    actor: str
    field: str
    old_value: str | None
    reason: str | None


def correction_history(ctx: ServiceContext, case_id: int) -> list[Correction]:
    """The corrections of a case with their old values; reading them is an identity reveal (logged)."""
    with ctx.write() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound()
        key = bytes.fromhex(case.log_key) if case.log_key else None
        out = []
        for ev in s.scalars(select(AuditEvent).where(AuditEvent.action == "identity.correct",
                                                    AuditEvent.entity == "case",
                                                    AuditEvent.entity_id == str(case_id)).order_by(AuditEvent.id)):
            details = json.loads(ev.details or "{}")
            sealed, field = details.get("old_value_sealed"), str(details.get("field"))
            old = None
            if sealed and key is not None:
                raw = base64.b64decode(sealed)
                old = AESGCM(key).decrypt(raw[:12], raw[12:], f"{case_id}:{field}".encode()).decode()
            out.append(Correction(ev.occurred_at, ev.actor, field, old, ev.reason))
        ctx.audit(s, "identity.reveal", "case", case_id, reason="rättelsehistorik")
        return out
