"""Tests for sbdesk.services.priority: förtur grants, queue scores, manual adjustments (fictional data)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import CaseStatus, MemberRole, ProtectionLevel, RiskLevel
from sbdesk.domain.priority import QueueAdjustment
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services.cases import create_case, set_case_archived
from sbdesk.services.context import ServiceContext
from sbdesk.services.priority import (
    QUEUE_DEFAULTS,
    adjust_queue,
    create_grant,
    list_adjustments,
    list_grants,
    priority_queue,
    set_grant_archived,
    update_grant,
)
from tests.conftest import COORDINATOR

TODAY = date.today()
W = QUEUE_DEFAULTS


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def case(ctx: ServiceContext, *, risk: RiskLevel = RiskLevel.LOW, status: CaseStatus = CaseStatus.WAITING,
         children: int = 0, **values: Any) -> int:
    members = [{"role": MemberRole.APPLICANT, "birth_year": 1985}]
    members += [{"role": MemberRole.CHILD, "birth_year": TODAY.year - 5} for _ in range(children)]
    row = create_case(ctx, {"protection_level": ProtectionLevel.NONE, "risk_level": risk, "status": status,
                            **values}, members)
    return row.id


def grant(ctx: ServiceContext, case_id: int, **values: Any) -> Any:
    base = {"ground": "threat", "issued_by": "Biståndshandläggare", "applied_on": days_ago(20),
            "decided_on": days_ago(10), "valid_until": TODAY + timedelta(days=100)}
    return create_grant(ctx, case_id, {**base, **values})


def last_audit_id(ctx: ServiceContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.max(AuditEvent.id))) or 0


def events_since(ctx: ServiceContext, after: int) -> list[Any]:
    with ctx.read() as s:
        return list(s.execute(select(AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.reason,
                                     AuditEvent.details, AuditEvent.actor).where(AuditEvent.id > after)))


# -- förtur -------------------------------------------------------------------------------------


def test_grant_defaults_and_validity(ctx: ServiceContext) -> None:
    cid = case(ctx)
    row = grant(ctx, cid)
    assert (row.offers_allowed, row.offers_used, row.used_up, row.valid_today) == (1, 0, False, True)
    assert row.credit_check_ok is None and row.references_ok is None
    assert not grant(ctx, cid, decided_on=None).valid_today  # applied, not decided
    assert not grant(ctx, cid, valid_until=days_ago(1), decided_on=days_ago(5)).valid_today
    assert not grant(ctx, cid, decided_on=TODAY + timedelta(days=2), valid_until=None).valid_today
    assert not grant(ctx, cid, used_up=True).valid_today
    assert [g.valid_today for g in list_grants(ctx, cid)].count(True) == 1


def test_grant_landlord_approval_and_update_audited(ctx: ServiceContext) -> None:
    cid = case(ctx)
    row = grant(ctx, cid, credit_check_ok="nej", references_ok=True, landlord_note="Skuld hos Kronofogden")
    assert (row.credit_check_ok, row.references_ok) == (False, True)
    after = last_audit_id(ctx)
    updated = update_grant(ctx, row.id, {"credit_check_ok": True, "offers_allowed": 2})
    assert (updated.credit_check_ok, updated.offers_allowed) == (True, 2)
    (ev,) = events_since(ctx, after)
    assert ev.action == "priority.update" and json.loads(ev.details)["fields"] == ["offers_allowed", "credit_check_ok"]


def test_grant_validation(ctx: ServiceContext) -> None:
    cid = case(ctx)
    with pytest.raises(ValidationError) as exc:
        create_grant(ctx, cid, {"ground": "hotbild?", "issued_by": ""})
    assert {e.error_code for e in exc.value.errors} == {"INVALID_CHOICE", "REQUIRED"}
    with pytest.raises(ValidationError) as exc:
        grant(ctx, cid, decided_on=days_ago(1), valid_until=days_ago(3))
    assert exc.value.error_code == "DATE_ORDER"
    with pytest.raises(NotFound):
        grant(ctx, 9999)


def test_archived_grant_gives_no_points(ctx: ServiceContext) -> None:
    cid = case(ctx)
    g = grant(ctx, cid)
    assert priority_queue(ctx)[0].part("fortur").points == W["queue.points_fortur"]
    set_grant_archived(ctx, g.id)
    assert priority_queue(ctx)[0].part("fortur").points == 0
    assert list_grants(ctx, cid) == []


# -- queue --------------------------------------------------------------------------------------


def test_queue_parts_and_order(ctx: ServiceContext) -> None:
    a = case(ctx, sheltered_since=days_ago(100), queue_since=days_ago(300))  # 100 waiting
    b = case(ctx, risk=RiskLevel.ACUTE, queue_since=days_ago(10), children=2)  # 10 + 180 + 40 = 230
    c = case(ctx, status=CaseStatus.NEW, queue_since=days_ago(5), needed_by=TODAY + timedelta(days=7))  # 5 + 100
    d = case(ctx, risk=RiskLevel.MODERATE, status=CaseStatus.OFFER_PENDING)  # 30, no start date
    grant(ctx, c)  # + 200 → 305
    case(ctx, status=CaseStatus.HOUSED, queue_since=days_ago(900))
    case(ctx, status=CaseStatus.CLOSED, queue_since=days_ago(900))
    archived = case(ctx, queue_since=days_ago(900))
    set_case_archived(ctx, archived)

    queue = priority_queue(ctx)
    assert [e.case_id for e in queue] == [c, b, a, d]
    assert [e.rank for e in queue] == [1, 2, 3, 4]
    by_id = {e.case_id: e for e in queue}
    parts = {cid: {p.code: p.points for p in e.parts} for cid, e in by_id.items()}
    assert parts[a] == {"waiting": 100, "risk": 0, "children": 0, "fortur": 0, "deadline": 0, "manual": 0}
    assert parts[b] == {"waiting": 10, "risk": 180, "children": 40, "fortur": 0, "deadline": 0, "manual": 0}
    assert parts[c] == {"waiting": 5, "risk": 0, "children": 0, "fortur": 200, "deadline": 100, "manual": 0}
    assert parts[d] == {"waiting": 0, "risk": 30, "children": 0, "fortur": 0, "deadline": 0, "manual": 0}
    assert [by_id[x].total for x in (c, b, a, d)] == [305, 230, 100, 30]
    assert by_id[a].waiting_since == days_ago(100)
    assert by_id[a].part("waiting").detail == "100 dagar i skyddat boende"
    assert by_id[b].part("children").label == "Barn i hushållet"


def test_deadline_window_edges(ctx: ServiceContext) -> None:
    n = W["queue.deadline_days"]
    inside = case(ctx, needed_by=TODAY + timedelta(days=n))
    outside = case(ctx, needed_by=TODAY + timedelta(days=n + 1))
    overdue = case(ctx, needed_by=days_ago(3))
    by_id = {e.case_id: e for e in priority_queue(ctx)}
    assert by_id[inside].part("deadline").points == W["queue.points_deadline"]
    assert by_id[outside].part("deadline").points == 0
    assert by_id[overdue].part("deadline").points == W["queue.points_deadline"]
    assert by_id[overdue].part("deadline").detail == "3 dagar sedan"


def test_ties_break_on_waiting_since_then_reference(ctx: ServiceContext) -> None:
    later = case(ctx, risk=RiskLevel.HIGH)  # 90, no date → after dated ties
    first = case(ctx, queue_since=days_ago(40), risk=RiskLevel.MODERATE)  # 40 + 30 = 70
    second = case(ctx, queue_since=days_ago(70))  # 70
    third = case(ctx, queue_since=days_ago(70))  # 70, same date: by reference
    fourth = case(ctx, risk=RiskLevel.MODERATE, queue_since=days_ago(40))  # 70
    queue = priority_queue(ctx)
    assert [e.case_id for e in queue] == [later, second, third, first, fourth]
    assert queue[1].reference < queue[2].reference and queue[3].reference < queue[4].reference


def test_manual_adjustment_is_its_own_part_and_audited_once(ctx: ServiceContext) -> None:
    low = case(ctx, queue_since=days_ago(10))
    high = case(ctx, queue_since=days_ago(50))
    after = last_audit_id(ctx)
    row = adjust_queue(ctx, low, 60, "Barnen börjar ny skola i augusti")
    events = events_since(ctx, after)
    assert len(events) == 1
    ev = events[0]
    assert (ev.action, ev.entity, ev.entity_id, ev.reason, ev.actor) == (
        "queue.adjust", "case", str(low), "Barnen börjar ny skola i augusti", COORDINATOR)
    assert json.loads(ev.details)["points"] == 60
    adjust_queue(ctx, low, -5, "Rättelse")
    queue = priority_queue(ctx)
    assert [e.case_id for e in queue] == [low, high]
    assert queue[0].part("manual").points == 55 and queue[0].total == 65
    assert [a.points for a in list_adjustments(ctx, low)] == [60, -5]
    assert row.actor == COORDINATOR


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_adjustment_requires_reason_and_writes_nothing(ctx: ServiceContext, reason: Any) -> None:
    cid = case(ctx)
    after = last_audit_id(ctx)
    with pytest.raises(ValidationError) as exc:
        adjust_queue(ctx, cid, 10, reason)
    assert (exc.value.field, exc.value.error_code) == ("reason", "REQUIRED")
    assert events_since(ctx, after) == []
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(QueueAdjustment)) == 0


def test_adjustment_points_checked(ctx: ServiceContext) -> None:
    cid = case(ctx)
    with pytest.raises(ValidationError) as exc:
        adjust_queue(ctx, cid, 0, "Ingen ändring")
    assert exc.value.error_code == "ZERO_POINTS"
    with pytest.raises(NotFound):
        adjust_queue(ctx, 9999, 5, "Finns inte")
