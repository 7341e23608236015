"""Housing rings (bostadsringar) and their members: create, change, archive, list with names resolved.

Every write is one transaction with one audit event (entity 'housing_ring' or 'ring_membership');
the details carry ids, scopes, municipality codes and changed field names — never a contact's name,
phone or e-mail. Validation errors carry stable codes: REQUIRED, UNKNOWN_MUNICIPALITY,
UNKNOWN_RING, RING_ARCHIVED, PERIOD_ORDER, MEMBERSHIP_OVERLAP, ALREADY_ENDED, DATE_FUTURE.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from sbdesk.domain.geography import Municipality
from sbdesk.domain.rings import HousingRing, RingMembership, RingScope
from sbdesk.domain.text import swedish_sort_key
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import changed_fields

RING_FIELDS = [
    f.FieldSpec("name", "Namn", f.text(200), required=True),
    f.FieldSpec("scope", "Omfattning", f.choice(RingScope), required=True),
    f.FieldSpec("coordinator", "Samordnas av", f.text(200)),
    f.FieldSpec("agreement_reference", "Samverkansdokument", f.text(300)),
    f.FieldSpec("notes", "Anteckningar", f.long_text),
]
MEMBER_FIELDS = [
    f.FieldSpec("municipality_code", "Kommun", f.text(4), required=True),
    f.FieldSpec("joined_on", "Gick med", f.a_date),
    f.FieldSpec("left_on", "Lämnade", f.a_date),
    f.FieldSpec("yearly_quota", "Åtagande (hushåll per år)", f.integer(0, 1000)),
    f.FieldSpec("contact_name", "Kontaktperson (operativ)", f.text(200)),
    f.FieldSpec("contact_phone", "Kontaktpersonens telefon", f.phone),
    f.FieldSpec("contact_email", "Kontaktpersonens e-post", f.email),
    f.FieldSpec("liaison_name", "Samverkansperson (chef)", f.text(200)),
    f.FieldSpec("liaison_phone", "Samverkanspersonens telefon", f.phone),
    f.FieldSpec("liaison_email", "Samverkanspersonens e-post", f.email),
    f.FieldSpec("notes", "Anteckningar", f.long_text),
]
AUDIT_ACTIONS = {
    "ring.create": "Skapade bostadsring", "ring.update": "Ändrade bostadsring", "ring.archive": "Arkiverade bostadsring",
    "ring.restore": "Återtog bostadsring", "ring.member_add": "Lade till kommun i ring",
    "ring.member_update": "Ändrade medlemskap i ring", "ring.member_end": "Avslutade medlemskap i ring",
}


@dataclass(frozen=True)
class MemberRow:
    """A municipality's membership of a ring, with the municipality's name."""

    id: int
    ring_id: int
    municipality_code: str
    municipality_name: str
    county_code: str
    joined_on: date | None
    left_on: date | None
    yearly_quota: int | None
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    liaison_name: str | None
    liaison_phone: str | None
    liaison_email: str | None
    notes: str | None

    def active_on(self, day: date) -> bool:
        """True when the municipality is a member on day (left_on is the first day outside)."""
        return (self.joined_on is None or self.joined_on <= day) and (self.left_on is None or self.left_on > day)


@dataclass(frozen=True)
class RingRow:
    """A ring with its members (current and former), the coordinator resolved to a name when a code."""

    id: int
    name: str
    scope: RingScope
    coordinator: str | None
    coordinator_label: str  # "Västerås" for coordinator "1980", else the text as written
    agreement_reference: str | None
    notes: str | None
    archived: bool
    members: tuple[MemberRow, ...]

    def members_on(self, day: date) -> list[MemberRow]:
        """The members on day."""
        return [m for m in self.members if m.active_on(day)]


def check_ring_field(name: str, value: Any) -> str | None:
    """Swedish message for one ring field as the user types, or None."""
    return f.check_field(RING_FIELDS, name, value)


def check_member_field(name: str, value: Any) -> str | None:
    """Swedish message for one membership field as the user types, or None."""
    return f.check_field(MEMBER_FIELDS, name, value)


def _names(s: Session) -> dict[str, tuple[str, str]]:
    return {code: (name, county) for code, name, county in s.execute(
        select(Municipality.code, Municipality.name, Municipality.county_code))}


def _member_row(m: RingMembership, names: dict[str, tuple[str, str]]) -> MemberRow:
    name, county = names.get(m.municipality_code, (m.municipality_code, m.municipality_code[:2]))
    return MemberRow(m.id, m.ring_id, m.municipality_code, name, county, m.joined_on, m.left_on, m.yearly_quota,
                     m.contact_name, m.contact_phone, m.contact_email, m.liaison_name, m.liaison_phone,
                     m.liaison_email, m.notes)


def _ring_row(r: HousingRing, names: dict[str, tuple[str, str]]) -> RingRow:
    members = sorted((_member_row(m, names) for m in r.members),
                     key=lambda m: (m.left_on is not None, swedish_sort_key(m.municipality_name), m.id))
    coordinator = r.coordinator or ""
    label = names[coordinator][0] if coordinator in names else coordinator
    return RingRow(r.id, r.name, r.scope, r.coordinator, label, r.agreement_reference, r.notes, r.archived,
                   tuple(members))


def _load_ring(s: Session, ring_id: int) -> HousingRing:
    ring = s.get(HousingRing, ring_id, options=[selectinload(HousingRing.members)])
    if ring is None:
        raise NotFound()
    return ring


def _coordinator_errors(s: Session, data: dict[str, Any]) -> list[ValidationError]:
    code = data.get("coordinator")
    if code and code.isdigit() and s.get(Municipality, code) is None:
        return [ValidationError("coordinator", "UNKNOWN_MUNICIPALITY",
                                "Ange en kommunkod som finns, eller skriv namnet på den som samordnar.")]
    return []


def create_ring(ctx: ServiceContext, values: dict[str, Any]) -> RingRow:
    """Validate and add a ring (no members yet)."""
    data, errors = f.parse_fields(RING_FIELDS, values)
    with ctx.write() as s:
        f.finish(errors + _coordinator_errors(s, data))
        ring = HousingRing(**data)
        s.add(ring)
        s.flush()
        ctx.audit(s, "ring.create", "housing_ring", ring.id, details={"scope": ring.scope.value})
        return _ring_row(_load_ring(s, ring.id), _names(s))


def update_ring(ctx: ServiceContext, ring_id: int, values: dict[str, Any]) -> RingRow:
    """Validate and change some fields of a ring."""
    data, errors = f.parse_fields(RING_FIELDS, values, partial=True)
    with ctx.write() as s:
        ring = _load_ring(s, ring_id)
        f.finish(errors + _coordinator_errors(s, data))
        changed = changed_fields(ring, data)
        if changed:
            ctx.audit(s, "ring.update", "housing_ring", ring.id, details={"fields": changed})
        s.flush()
        return _ring_row(ring, _names(s))


def set_ring_archived(ctx: ServiceContext, ring_id: int, archived: bool = True) -> None:
    """Archive (or bring back) a ring; its requests keep pointing at it."""
    with ctx.write() as s:
        ring = _load_ring(s, ring_id)
        ring.archived_at = func.current_timestamp() if archived else None
        ctx.audit(s, "ring.archive" if archived else "ring.restore", "housing_ring", ring.id)


def get_ring(ctx: ServiceContext, ring_id: int) -> RingRow:
    """One ring with its members."""
    with ctx.read() as s:
        return _ring_row(_load_ring(s, ring_id), _names(s))


def list_rings(ctx: ServiceContext, *, include_archived: bool = False) -> list[RingRow]:
    """Every ring with its members, national first, then county, then bilateral, by name."""
    order = {RingScope.NATIONAL: 0, RingScope.COUNTY: 1, RingScope.BILATERAL: 2}
    stmt = select(HousingRing).options(selectinload(HousingRing.members))
    if not include_archived:
        stmt = stmt.where(HousingRing.archived_at.is_(None))
    with ctx.read() as s:
        names = _names(s)
        rings = [_ring_row(r, names) for r in s.scalars(stmt)]
    return sorted(rings, key=lambda r: (order[r.scope], swedish_sort_key(r.name), r.id))


def partners_in_ring(ctx: ServiceContext, ring_id: int, own_code: str | None = None,
                     today: date | None = None) -> list[MemberRow]:
    """The ring's members on today except own_code (to choose partners for a request)."""
    today = today or date.today()
    return [m for m in get_ring(ctx, ring_id).members_on(today) if m.municipality_code != own_code]


def _overlaps(a: tuple[date | None, date | None], b: tuple[date | None, date | None]) -> bool:
    start_a, end_a = a[0] or date.min, a[1] or date.max
    start_b, end_b = b[0] or date.min, b[1] or date.max
    return start_a < end_b and start_b < end_a


def _member_errors(s: Session, ring_id: int, data: dict[str, Any], member_id: int | None) -> list[ValidationError]:
    errors = []
    code = data.get("municipality_code")
    if code is not None and s.get(Municipality, code) is None:
        errors.append(ValidationError("municipality_code", "UNKNOWN_MUNICIPALITY", "Välj en kommun i listan."))
    joined, left = data.get("joined_on"), data.get("left_on")
    if joined and left and left < joined:
        errors.append(ValidationError("left_on", "PERIOD_ORDER", "Datumet då kommunen lämnade ligger före "
                                                                   "datumet då den gick med."))
    if code is not None and not errors:
        others = s.execute(select(RingMembership.joined_on, RingMembership.left_on).where(
            RingMembership.ring_id == ring_id, RingMembership.municipality_code == code,
            RingMembership.id != (member_id or 0))).all()
        if any(_overlaps((joined, left), (o[0], o[1])) for o in others):
            errors.append(ValidationError("municipality_code", "MEMBERSHIP_OVERLAP",
                                          "Kommunen är redan medlem i ringen under den perioden."))
    return errors


def add_member(ctx: ServiceContext, ring_id: int, values: dict[str, Any]) -> MemberRow:
    """Add a municipality to a ring (one membership at a time per municipality)."""
    data, errors = f.parse_fields(MEMBER_FIELDS, values)
    with ctx.write() as s:
        ring = _load_ring(s, ring_id)
        if ring.archived:
            errors.append(ValidationError("ring_id", "RING_ARCHIVED", "Ringen är arkiverad."))
        f.finish(errors + _member_errors(s, ring_id, data, None))
        member = RingMembership(ring_id=ring_id, **data)
        s.add(member)
        s.flush()
        ctx.audit(s, "ring.member_add", "ring_membership", member.id,
                  details={"ring_id": ring_id, "municipality_code": member.municipality_code})
        return _member_row(member, _names(s))


def _load_member(s: Session, member_id: int) -> RingMembership:
    member = s.get(RingMembership, member_id)
    if member is None:
        raise NotFound()
    return member


def update_member(ctx: ServiceContext, member_id: int, values: dict[str, Any]) -> MemberRow:
    """Change some fields of a membership (quota, contacts, dates)."""
    data, errors = f.parse_fields(MEMBER_FIELDS, values, partial=True)
    with ctx.write() as s:
        member = _load_member(s, member_id)
        merged = {"municipality_code": member.municipality_code, "joined_on": member.joined_on,
                  "left_on": member.left_on, **data}
        f.finish(errors + _member_errors(s, member.ring_id, merged, member.id))
        changed = changed_fields(member, data)
        if changed:
            ctx.audit(s, "ring.member_update", "ring_membership", member.id,
                      details={"ring_id": member.ring_id, "municipality_code": member.municipality_code,
                               "fields": changed})
        s.flush()
        return _member_row(member, _names(s))


def end_membership(ctx: ServiceContext, member_id: int, left_on: Any, *, today: date | None = None) -> MemberRow:
    """Record that a municipality left the ring on left_on (not in the future, not before it joined)."""
    today = today or date.today()
    day = f.clean([f.FieldSpec("left_on", "Lämnade", f.a_date, required=True)], {"left_on": left_on})["left_on"]
    if day > today:
        raise ValidationError("left_on", "DATE_FUTURE", "Datumet kan inte ligga i framtiden.")
    with ctx.write() as s:
        member = _load_member(s, member_id)
        if member.left_on is not None:
            raise ValidationError("left_on", "ALREADY_ENDED", "Medlemskapet är redan avslutat.")
        if member.joined_on and day < member.joined_on:
            raise ValidationError("left_on", "PERIOD_ORDER", "Datumet ligger före datumet då kommunen gick med.")
        member.left_on = day
        ctx.audit(s, "ring.member_end", "ring_membership", member.id,
                  details={"ring_id": member.ring_id, "municipality_code": member.municipality_code})
        s.flush()
        return _member_row(member, _names(s))
