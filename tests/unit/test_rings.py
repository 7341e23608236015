"""Tests for sbdesk.services.rings and the rings schema: CRUD, memberships, audit without personal data."""

from __future__ import annotations

import json
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.base import Base
from sbdesk.domain.rings import RingScope
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import rings as svc
from sbdesk.services.context import ServiceContext
from sbdesk.store.database import Database

TODAY = date(2026, 6, 15)
CONTACT = {"contact_name": "Kim Kontaktsson", "contact_phone": "021-123 45 67", "contact_email": "kim@exempel.se",
           "liaison_name": "Chef Chefsson", "liaison_phone": "021-765 43 21", "liaison_email": "chef@exempel.se"}


def _events(ctx: ServiceContext, prefix: str) -> list[tuple[str, str | None, str | None]]:
    """(action, details, reason) of the audit events whose action starts with prefix."""
    with ctx.read() as s:
        return [tuple(r) for r in s.execute(select(AuditEvent.action, AuditEvent.details, AuditEvent.reason)
                                            .where(AuditEvent.action.like(prefix + "%")).order_by(AuditEvent.id))]


def county_ring(ctx: ServiceContext) -> svc.RingRow:
    return svc.create_ring(ctx, {"name": "Västmanlands länskompott", "scope": RingScope.COUNTY,
                                 "coordinator": "Länsstyrelsen Västmanland", "agreement_reference": "Dnr 2025-17"})


def test_rings_tables_match_the_migration(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    mine = [d for d in diff if any(t in repr(d) for t in ("housing_ring", "ring_membership", "request"))]
    assert mine == []


def test_create_ring_with_members_lists_names_resolved(ctx: ServiceContext) -> None:
    ring = county_ring(ctx)
    svc.add_member(ctx, ring.id, {"municipality_code": "1984", "yearly_quota": 2, "joined_on": "2025-01-01", **CONTACT})
    svc.add_member(ctx, ring.id, {"municipality_code": "1983", "yearly_quota": "1"})
    national = svc.create_ring(ctx, {"name": "Kompotten", "scope": "national", "coordinator": "1980"})
    rings = svc.list_rings(ctx)
    assert [r.name for r in rings] == ["Kompotten", "Västmanlands länskompott"]  # national first
    assert rings[0].coordinator_label == "Västerås" and rings[0].id == national.id
    county = rings[1]
    assert [m.municipality_name for m in county.members] == ["Arboga", "Köping"]
    arboga = county.members[0]
    assert (arboga.yearly_quota, arboga.contact_email, arboga.liaison_name) == (2, "kim@exempel.se", "Chef Chefsson")
    assert arboga.county_code == "19"
    assert [m.municipality_code for m in county.members_on(TODAY)] == ["1984", "1983"]


def test_ring_fields_are_validated_with_codes(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as exc:
        svc.create_ring(ctx, {"name": "", "scope": "planetary", "coordinator": "9999"})
    codes = {e.field: e.error_code for e in exc.value.errors}
    assert codes == {"name": "REQUIRED", "scope": "INVALID_CHOICE", "coordinator": "UNKNOWN_MUNICIPALITY"}
    assert svc.check_ring_field("scope", "county") is None
    assert svc.check_member_field("yearly_quota", "-1") is not None
    assert svc.check_member_field("contact_email", "inte-en-adress") is not None


def test_membership_rules(ctx: ServiceContext) -> None:
    ring = county_ring(ctx)
    with pytest.raises(ValidationError) as exc:
        svc.add_member(ctx, ring.id, {"municipality_code": "0000"})
    assert exc.value.error_code == "UNKNOWN_MUNICIPALITY"
    with pytest.raises(ValidationError) as exc:
        svc.add_member(ctx, ring.id, {"municipality_code": "1984", "joined_on": "2026-02-01", "left_on": "2026-01-01"})
    assert exc.value.error_code == "PERIOD_ORDER"
    with pytest.raises(ValidationError) as exc:
        svc.add_member(ctx, ring.id, {"municipality_code": "1984", "yearly_quota": -3})
    assert (exc.value.field, exc.value.error_code) == ("yearly_quota", "INT_RANGE")
    member = svc.add_member(ctx, ring.id, {"municipality_code": "1984", "joined_on": "2024-01-01"})
    with pytest.raises(ValidationError) as exc:
        svc.add_member(ctx, ring.id, {"municipality_code": "1984"})
    assert exc.value.error_code == "MEMBERSHIP_OVERLAP"
    with pytest.raises(ValidationError) as exc:
        svc.end_membership(ctx, member.id, "2026-07-01", today=TODAY)
    assert exc.value.error_code == "DATE_FUTURE"
    with pytest.raises(ValidationError) as exc:
        svc.end_membership(ctx, member.id, "2023-12-31", today=TODAY)
    assert exc.value.error_code == "PERIOD_ORDER"
    ended = svc.end_membership(ctx, member.id, "2026-03-01", today=TODAY)
    assert ended.left_on == date(2026, 3, 1) and not ended.active_on(TODAY) and ended.active_on(date(2026, 2, 28))
    with pytest.raises(ValidationError) as exc:
        svc.end_membership(ctx, member.id, "2026-04-01", today=TODAY)
    assert exc.value.error_code == "ALREADY_ENDED"
    rejoined = svc.add_member(ctx, ring.id, {"municipality_code": "1984", "joined_on": "2026-03-01"})  # no overlap
    assert svc.partners_in_ring(ctx, ring.id, own_code="1980", today=TODAY) == [rejoined]


def test_update_and_archive(ctx: ServiceContext) -> None:
    ring = county_ring(ctx)
    member = svc.add_member(ctx, ring.id, {"municipality_code": "1984", **CONTACT})
    updated = svc.update_member(ctx, member.id, {"yearly_quota": 4, "contact_phone": "021-111 22 33"})
    assert (updated.yearly_quota, updated.contact_phone) == (4, "021-111 22 33")
    assert svc.update_ring(ctx, ring.id, {"notes": "Avtalet förnyas 2027."}).notes == "Avtalet förnyas 2027."
    svc.set_ring_archived(ctx, ring.id)
    assert svc.list_rings(ctx) == []
    assert svc.list_rings(ctx, include_archived=True)[0].archived
    with pytest.raises(ValidationError) as exc:
        svc.add_member(ctx, ring.id, {"municipality_code": "1983"})
    assert exc.value.error_code == "RING_ARCHIVED"
    with pytest.raises(NotFound):
        svc.get_ring(ctx, 999)


def test_one_audit_event_per_write_and_no_contact_details_in_it(ctx: ServiceContext) -> None:
    ring = county_ring(ctx)
    member = svc.add_member(ctx, ring.id, {"municipality_code": "1984", **CONTACT})
    svc.update_member(ctx, member.id, {"contact_name": "Ny Kontaktsson"})
    svc.end_membership(ctx, member.id, "2026-01-01", today=TODAY)
    events = _events(ctx, "ring.")
    assert [e[0] for e in events] == ["ring.create", "ring.member_add", "ring.member_update", "ring.member_end"]
    assert json.loads(events[2][1] or "{}")["fields"] == ["contact_name"]
    text = " ".join(f"{e[1]} {e[2]}" for e in events)
    for secret in ("Kontaktsson", "Chefsson", "exempel.se", "123 45 67"):
        assert secret not in text


def test_demo_rings_give_the_overview_something_to_show(ctx: ServiceContext) -> None:
    import random

    from sbdesk.domain.enums import MemberRole
    from sbdesk.services import requests as req
    from sbdesk.services.cases import create_case
    from sbdesk.services.demo_rings import add_demo_rings

    excluded_ids = set()
    for i in range(7):
        case = create_case(ctx, {"protection_level": "none", "risk_level": "high", "status": "waiting"},
                           [{"role": MemberRole.APPLICANT, "birth_year": 1980 + i}], excluded=["1984", "1983"])
        excluded_ids.add(case.id)
    made = add_demo_rings(ctx, random.Random(1), TODAY)
    rings = {r.id: r for r in svc.list_rings(ctx)}
    county = rings[made.county_ring_id]
    assert county.scope is RingScope.COUNTY and 4 <= len(county.members) <= 6
    assert {m.county_code for m in county.members} == {"19"} and "1980" in {m.municipality_code for m in county.members}
    assert rings[made.national_ring_id].name == "Kompotten"
    assert len(made.request_ids) >= 10
    directions = {o.row.direction for o in req.overdue_answers(ctx, TODAY)}
    assert directions == {req.RequestDirection.OUTGOING, req.RequestDirection.INCOMING}
    assert len(req.stalled(ctx, TODAY)) >= 2
    rows = req.list_requests(ctx, today=TODAY).rows
    statuses = {r.status for r in rows}
    assert {req.RequestStatus.MOVED, req.RequestStatus.CLOSED, req.RequestStatus.DECLINED,
            req.RequestStatus.WITHDRAWN, req.RequestStatus.DRAFT} <= statuses
    outgoing = [r for r in rows if r.case is not None]
    assert outgoing and {r.case.id for r in outgoing if r.case} <= excluded_ids
    assert not {r.counterpart_municipality_code for r in outgoing} & {"1984", "1983"}  # never into a spärrområde
