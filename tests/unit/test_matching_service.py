"""Tests for sbdesk.services.matching: facts from the database, ranking and audit (fictional data)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from sbdesk.domain import matching as engine
from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import (
    AgreementKind,
    CaseStatus,
    LandlordKind,
    MemberRole,
    ProtectionLevel,
    RiskLevel,
)
from sbdesk.errors import NotFound
from sbdesk.services import matching
from sbdesk.services.apartments import create_apartment
from sbdesk.services.cases import create_case, set_case_archived
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_agreement, create_landlord
from sbdesk.services.priority import create_grant

TODAY = date.today()


def case(ctx: ServiceContext, *, children: int = 0, excluded: list[str] | None = None,
         wished: list[str] | None = None, **values: Any) -> int:
    members = [{"role": MemberRole.APPLICANT, "birth_year": 1988}]
    members += [{"role": MemberRole.CHILD, "birth_year": TODAY.year - 6} for _ in range(children)]
    base = {"protection_level": ProtectionLevel.NONE, "risk_level": RiskLevel.MODERATE, "status": CaseStatus.WAITING}
    return create_case(ctx, {**base, **values}, members, excluded=excluded, wished=wished).id


@pytest.fixture
def landlord(ctx: ServiceContext) -> int:
    return create_landlord(ctx, {"name": "Mälarhem Bostäder AB", "kind": LandlordKind.MUNICIPAL}).id


def flat(ctx: ServiceContext, landlord: int, **values: Any) -> int:
    base = {"landlord_id": landlord, "address": "Lärkgatan 4", "municipality_code": "1980", "rooms": 3,
            "rent_sek": 8000, "contract_type": "first_hand", "status": "available"}
    return create_apartment(ctx, {**base, **values}).id


def events(ctx: ServiceContext, after: int) -> list[Any]:
    with ctx.read() as s:
        return list(s.execute(select(AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id)
                              .where(AuditEvent.id > after)))


def last_id(ctx: ServiceContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.max(AuditEvent.id))) or 0


def test_facts_are_built_from_the_case(ctx: ServiceContext) -> None:
    cid = case(ctx, children=2, max_rent_sek=9000, needs_elevator=True, excluded=["0180"], wished=["1980"],
               excluded_areas="Bäckby, Råby\nVÄSTRA  Skälby", sheltered_since=TODAY - timedelta(days=40),
               queue_since=TODAY - timedelta(days=10), needed_by=TODAY + timedelta(days=60))
    create_grant(ctx, cid, {"ground": "threat", "issued_by": "Biståndshandläggare",
                            "decided_on": TODAY - timedelta(days=3), "valid_until": TODAY + timedelta(days=90)})
    with ctx.read() as s:
        facts, info = matching._households(s, TODAY)
    (h,) = facts
    assert (h.case_id, h.household_size, h.children, h.max_rent_sek, h.needs_elevator) == (cid, 3, 2, 9000, True)
    assert h.excluded_municipalities == {"0180"} and h.wished_municipalities == {"1980"}
    assert h.excluded_areas == {"bäckby", "råby", "västra skälby"}
    assert h.waiting_since == TODAY - timedelta(days=40) and h.needed_by == TODAY + timedelta(days=60)
    assert h.has_priority
    assert info[cid].pseudonym and info[cid].reference


def test_only_waiting_cases_and_free_apartments(ctx: ServiceContext, landlord: int) -> None:
    waiting = case(ctx)
    case(ctx, status=CaseStatus.HOUSED)
    archived = case(ctx)
    set_case_archived(ctx, archived)
    apt = flat(ctx, landlord)
    flat(ctx, landlord, address="Uthyrd 1", status="let")
    assert [m.case_id for m in matching.households_for_apartment(ctx, apt)] == [waiting]
    assert [m.apartment_id for m in matching.apartments_for_case(ctx, waiting)] == [apt]


def test_excluded_municipality_is_never_matched(ctx: ServiceContext, landlord: int) -> None:
    cid = case(ctx, excluded=["1980"])
    other = case(ctx)
    apt = flat(ctx, landlord)
    elsewhere = flat(ctx, landlord, address="Storgatan 2", municipality_code="0380")
    assert [m.case_id for m in matching.households_for_apartment(ctx, apt)] == [other]
    assert [m.apartment_id for m in matching.apartments_for_case(ctx, cid)] == [elsewhere]
    assert [code for code, _ in matching.why_not(ctx, cid, apt)] == ["EXCLUDED_MUNICIPALITY"]


def test_excluded_area_from_free_text(ctx: ServiceContext, landlord: int) -> None:
    cid = case(ctx, excluded_areas="Bäckby,\nRåby")
    apt = flat(ctx, landlord, district="RÅBY")
    assert matching.households_for_apartment(ctx, apt) == []
    assert [code for code, _ in matching.why_not(ctx, cid, apt)] == ["EXCLUDED_AREA"]


def test_why_not_gives_codes_and_swedish_messages(ctx: ServiceContext, landlord: int) -> None:
    cid = case(ctx, children=4, max_rent_sek=6000, needs_wheelchair=True)
    apt = flat(ctx, landlord, rooms=2, rent_sek=9000)
    reasons = matching.why_not(ctx, cid, apt)
    assert [code for code, _ in reasons] == ["ROOMS", "RENT", "WHEELCHAIR"]
    text = " ".join(message for _, message in reasons)
    assert "För litet" in text and "För dyr" in text and "Rullstolsanpassad" in text
    fits = flat(ctx, landlord, address="Stora 1", rooms=4, rent_sek=5000, wheelchair_accessible=True)
    assert matching.why_not(ctx, cid, fits) == []


def test_set_aside_apartment_needs_forur(ctx: ServiceContext, landlord: int) -> None:
    agreement = create_agreement(ctx, {"landlord_id": landlord, "kind": AgreementKind.SET_ASIDE,
                                       "title": "Avsatta lägenheter 2026"}).id
    without = case(ctx)
    with_grant = case(ctx)
    create_grant(ctx, with_grant, {"ground": "threat", "issued_by": "Biståndshandläggare",
                                   "decided_on": TODAY - timedelta(days=1)})
    apt = flat(ctx, landlord, agreement_id=agreement)
    assert [m.case_id for m in matching.households_for_apartment(ctx, apt)] == [with_grant]
    assert [code for code, _ in matching.why_not(ctx, without, apt)] == ["PRIORITY_ONLY"]


def test_order_equals_the_domain_engine(ctx: ServiceContext, landlord: int) -> None:
    ids = [
        case(ctx, queue_since=TODAY - timedelta(days=300), wished=["1980"]),
        case(ctx, sheltered_since=TODAY - timedelta(days=500), max_rent_sek=12000),
        case(ctx, queue_since=TODAY - timedelta(days=20), excluded=["0180"], children=1),
        case(ctx, max_rent_sek=8500),
        case(ctx, queue_since=TODAY - timedelta(days=300), wished=["1980"]),
    ]
    apt = flat(ctx, landlord, district="Bäckby")
    found = matching.households_for_apartment(ctx, apt, TODAY)
    with ctx.read() as s:
        facts, _ = matching._households(s, TODAY)
        (row,) = matching._apartment_rows(s, apt)
        apartment = matching._apartment_facts(*row)
    expected = engine.naive_households_for(apartment, facts, matching.match_policy(ctx), TODAY)
    assert [m.case_id for m in found] == [m.household.case_id for m in expected]
    assert sorted(m.case_id for m in found) == sorted(ids)
    assert [m.total for m in found] == [m.score.total for m in expected]
    assert found[0].parts[0].label == "Önskad kommun"
    assert all(sum(p.points for p in m.parts) == m.total for m in found)


def test_one_audit_event_per_call(ctx: ServiceContext, landlord: int) -> None:
    cid = case(ctx)
    apt = flat(ctx, landlord)
    before = last_id(ctx)
    matching.apartments_for_case(ctx, cid)
    assert events(ctx, before) == [("case.match", "case", str(cid))]
    before = last_id(ctx)
    matching.why_not(ctx, cid, apt)
    assert events(ctx, before) == [("case.match", "case", str(cid))]
    before = last_id(ctx)
    matching.households_for_apartment(ctx, apt)
    assert events(ctx, before) == [("case.match", "apartment", str(apt))]


def test_unknown_ids_raise_not_found(ctx: ServiceContext, landlord: int) -> None:
    cid = case(ctx)
    with pytest.raises(NotFound):
        matching.apartments_for_case(ctx, 9999)
    with pytest.raises(NotFound):
        matching.households_for_apartment(ctx, 9999)
    with pytest.raises(NotFound):
        matching.why_not(ctx, cid, 9999)


def test_results_carry_no_names(ctx: ServiceContext, landlord: int) -> None:
    case(ctx, protection_level=ProtectionLevel.PROTECTED_REGISTRATION)
    apt = flat(ctx, landlord)
    (m,) = matching.households_for_apartment(ctx, apt)
    assert set(vars(m)) == {"case_id", "reference", "pseudonym", "protection_level", "total", "parts"}
    assert m.protection_level is ProtectionLevel.PROTECTED_REGISTRATION
    assert matching.protection_levels(ctx, [m.case_id]) == {m.case_id: ProtectionLevel.PROTECTED_REGISTRATION}
