"""Register extract (GDPR art. 15) and correction (art. 16) for one person.

The extract holds everything sbdesk keeps about the person: their identity, their place in the
household, the case of that household, consents, and who has read or changed the case (the audit
log). Making one is audit-logged. A correction keeps the old value in the audit log, as the issue
of correction requires.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.cases import Case, HouseholdMember, Person
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
    stmt = (select(Person.id, HouseholdMember.case_id, Case.reference, HouseholdMember.role)
            .join(HouseholdMember, HouseholdMember.person_id == Person.id)
            .join(Case, Case.id == HouseholdMember.case_id)
            .where(or_(*conditions)).order_by(Case.reference))
    with ctx.read() as s:
        return [PersonRef(r[0], r[1], r[2], r[3].value) for r in s.execute(stmt)]


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


def person_extract(ctx: ServiceContext, person_id: int, reason: str | None = None) -> dict[str, Any]:
    """Everything held about one person, as plain data (JSON-ready); audit-logged."""
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
        ctx.audit(s, "identity.extract", "case", case.id, reason=reason, details={"member_id": member.id})
        return {
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
        ctx.audit(s, "identity.correct", "case", member.case_id if member else None, reason=reason,
                  details={"member_id": member.id if member else None, "field": field, "old_value": old})
