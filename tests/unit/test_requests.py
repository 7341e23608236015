"""Tests for sbdesk.services.requests: lifecycle, dates, due dates, groups, lists, reminders (fictional data)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import MemberRole, ProtectionLevel
from sbdesk.domain.rings import TRANSITIONS, RequestDirection, RequestStatus
from sbdesk.errors import IllegalTransition, NotFound, ValidationError
from sbdesk.services import requests as svc
from sbdesk.services.cases import create_case
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery
from sbdesk.services.rings import add_member, create_ring
from sbdesk.services.settings import set_settings

TODAY = date(2026, 6, 15)
OUT, INC = RequestDirection.OUTGOING, RequestDirection.INCOMING
S = RequestStatus
PATHS = {  # how to reach each status from the start
    S.DRAFT: [], S.SENT: [S.SENT], S.ACCEPTED: [S.SENT, S.ACCEPTED], S.DECLINED: [S.SENT, S.DECLINED],
    S.APARTMENT_FOUND: [S.SENT, S.ACCEPTED, S.APARTMENT_FOUND],
    S.MOVED: [S.SENT, S.ACCEPTED, S.APARTMENT_FOUND, S.MOVED],
    S.CLOSED: [S.SENT, S.ACCEPTED, S.APARTMENT_FOUND, S.MOVED, S.CLOSED], S.WITHDRAWN: [S.WITHDRAWN],
}
HOUSEHOLD = {"counterpart_municipality_code": "0180", "received_on": "2026-05-04", "adults": 1, "children": 2,
             "children_birth_years": "2019, 2015", "rooms_needed": 3, "needs": "Nära skola.",
             "support_economic": True, "support_safety": "ja", "support_text": "Skyddsbedömning behövs.",
             "sender_contact_name": "Sigrid Socialsekreterare", "sender_contact_phone": "08-123 456 78",
             "sender_contact_email": "sigrid@exempel.se", "counterpart_reference": "STHLM-2026-88"}


def new_case(ctx: ServiceContext, level: ProtectionLevel = ProtectionLevel.NONE) -> int:
    identity = {"first_name": "Hemlig", "last_name": "Hemligsson"}
    return create_case(ctx, {"protection_level": level, "risk_level": "high", "status": "waiting"},
                       [{"role": MemberRole.APPLICANT, "birth_year": 1990, "identity": identity}]).id


def outgoing(ctx: ServiceContext, code: str = "1984", *, on: date = TODAY, case_id: int | None = None) -> svc.RequestRow:
    return svc.create_outgoing(ctx, case_id or new_case(ctx), code, on=on, today=TODAY)


def incoming(ctx: ServiceContext, **values: Any) -> svc.RequestRow:
    return svc.create_incoming(ctx, {**HOUSEHOLD, **values}, today=TODAY)


def walk(ctx: ServiceContext, request_id: int, path: list[RequestStatus], on: date = TODAY) -> svc.RequestRow:
    row = None
    for status in path:
        row = svc.advance(ctx, request_id, status, on, reason="Skäl angivet", today=TODAY)
    return row or svc.get_request(ctx, request_id).row


def audit(ctx: ServiceContext, prefix: str = "request.") -> list[tuple[str, dict[str, Any], str | None]]:
    with ctx.read() as s:
        rows = s.execute(select(AuditEvent.action, AuditEvent.details, AuditEvent.reason)
                         .where(AuditEvent.action.like(prefix + "%")).order_by(AuditEvent.id)).all()
    return [(a, json.loads(d or "{}"), r) for a, d, r in rows]


def test_next_steps_is_the_one_lifecycle_table() -> None:
    legal = {(d, a.value, b.value) for d in RequestDirection for a in S for b in svc.next_steps(a, d)}
    common = {("sent", "accepted"), ("sent", "declined"), ("sent", "withdrawn"), ("accepted", "apartment_found"),
              ("accepted", "withdrawn"), ("apartment_found", "moved"), ("apartment_found", "withdrawn"),
              ("moved", "closed"), ("moved", "withdrawn")}
    assert legal == ({(OUT, a, b) for a, b in common | {("draft", "sent"), ("draft", "withdrawn")}}
                     | {(INC, a, b) for a, b in common})
    assert svc.next_steps("draft", "outgoing") == [S.SENT, S.WITHDRAWN]
    assert svc.next_steps(S.DRAFT, INC) == []
    assert svc.next_steps(S.SENT, INC) == [S.ACCEPTED, S.DECLINED, S.WITHDRAWN]
    assert svc.next_steps(S.MOVED, OUT) == [S.CLOSED, S.WITHDRAWN]
    for direction in RequestDirection:
        for status in (S.DECLINED, S.CLOSED, S.WITHDRAWN):
            assert svc.next_steps(status, direction) == [] and status.final
    assert S.SENT.label_for(INC) == "Mottagen" and S.SENT.label_for(OUT) == "Skickad"
    assert [s.label for s in S] == ["Utkast", "Skickad", "Accepterad", "Avböjd", "Lägenhet hittad", "Verkställd",
                                    "Avslutad", "Återkallad"]


def test_outgoing_draft_shows_the_case_by_reference_pseudonym_and_protection_never_a_name(
        ctx: ServiceContext) -> None:
    case_id = new_case(ctx, ProtectionLevel.PROTECTED_REGISTRATION)
    row = svc.create_outgoing(ctx, case_id, "1984", notes="Underlag skickas separat.", today=TODAY)
    assert (row.reference, row.status, row.direction) == ("F-2026-0001", S.DRAFT, OUT)
    assert row.case is not None and row.case.id == case_id
    assert row.case.protection_level is ProtectionLevel.PROTECTED_REGISTRATION
    assert row.case.reference.startswith("SB-") and row.case.pseudonym
    assert (row.counterpart_name, row.sent_on, row.due_on, row.last_step_on) == ("Arboga", None, None, TODAY)
    detail = svc.open_request(ctx, row.id)
    assert "Hemlig" not in repr(detail)
    assert [(st.status, st.on_date) for st in detail.steps] == [(S.DRAFT, TODAY)]
    assert svc.create_outgoing(ctx, new_case(ctx), "1983", today=TODAY).reference == "F-2026-0002"


def test_send_sets_sent_and_due_date_from_the_setting(ctx: ServiceContext) -> None:
    row = outgoing(ctx, on=date(2026, 6, 1))
    sent = svc.send(ctx, row.id, date(2026, 6, 2), today=TODAY)
    assert (sent.status, sent.sent_on, sent.due_on) == (S.SENT, date(2026, 6, 2), date(2026, 7, 2))
    set_settings(ctx, {"requests.answer_due_days": 45})
    other = svc.send(ctx, outgoing(ctx, "1983").id, today=TODAY)
    assert other.due_on == TODAY + timedelta(days=45)


@pytest.mark.parametrize(("sent_on", "due_on"), [
    (date(2026, 1, 31), date(2026, 3, 2)),   # February has 28 days
    (date(2028, 1, 31), date(2028, 3, 1)),   # leap year: 29 days
    (date(2028, 2, 29), date(2028, 3, 30)),
    (date(2026, 12, 15), date(2027, 1, 14)),  # across the year end
])
def test_overdue_across_month_ends(ctx: ServiceContext, sent_on: date, due_on: date) -> None:
    today = sent_on
    row = svc.create_outgoing(ctx, new_case(ctx), "1984", on=sent_on, today=today)
    sent = svc.send(ctx, row.id, sent_on, today=today)
    assert sent.due_on == due_on
    assert svc.overdue_answers(ctx, due_on) == []  # the due day itself is not overdue
    late = svc.overdue_answers(ctx, due_on + timedelta(days=1))
    assert [(o.row.id, o.days_overdue) for o in late] == [(row.id, 1)]
    assert svc.overdue_answers(ctx, due_on + timedelta(days=10))[0].days_overdue == 10
    assert sent.days_overdue(due_on + timedelta(days=3)) == 3
    svc.accept(ctx, row.id, due_on + timedelta(days=3), today=due_on + timedelta(days=3))
    assert svc.overdue_answers(ctx, due_on + timedelta(days=10)) == []  # answered: no longer overdue


def _reach(ctx: ServiceContext, direction: RequestDirection, status: RequestStatus, code: str) -> svc.RequestRow:
    row = outgoing(ctx, code) if direction is OUT else incoming(ctx, counterpart_municipality_code=code,
                                                                 received_on=TODAY.isoformat())
    path = PATHS[status] if direction is OUT else [s for s in PATHS[status] if s is not S.SENT]
    return walk(ctx, row.id, path)


@pytest.mark.parametrize("direction", list(RequestDirection))
def test_every_illegal_transition_is_refused_with_its_code_and_every_legal_one_works(
        ctx: ServiceContext, direction: RequestDirection) -> None:
    starts = [s for s in S if not (direction is INC and s is S.DRAFT)]
    for i, status in enumerate(starts):
        row = _reach(ctx, direction, status, ["1984", "1983", "1982", "1981", "1960", "1961", "1962", "1907"][i])
        assert row.status is status
        for target in S:
            if target is S.DRAFT or target in TRANSITIONS[direction][status]:
                continue
            with pytest.raises(IllegalTransition) as exc:
                svc.advance(ctx, row.id, target, TODAY, reason="Skäl", today=TODAY)
            assert exc.value.error_code == f"REQUEST_{target.value.upper()}_FROM_{status.value.upper()}"
        assert svc.get_request(ctx, row.id).row.status is status  # nothing changed
        for target in TRANSITIONS[direction][status]:
            fresh = _reach(ctx, direction, status, "0180")
            assert svc.advance(ctx, fresh.id, target, TODAY, reason="Skäl", today=TODAY).status is target
    with pytest.raises(ValidationError) as verr:
        svc.advance(ctx, row.id, S.DRAFT, TODAY, today=TODAY)
    assert verr.value.error_code == "INVALID_CHOICE"


def test_step_dates_are_not_in_the_future_nor_before_the_previous_step(ctx: ServiceContext) -> None:
    row = outgoing(ctx, on=date(2026, 6, 1))
    with pytest.raises(ValidationError) as exc:
        svc.send(ctx, row.id, date(2026, 5, 31), today=TODAY)
    assert (exc.value.field, exc.value.error_code) == ("on", "DATE_BEFORE_PREVIOUS")
    with pytest.raises(ValidationError) as exc:
        svc.send(ctx, row.id, TODAY + timedelta(days=1), today=TODAY)
    assert exc.value.error_code == "DATE_FUTURE"
    with pytest.raises(ValidationError) as exc:
        svc.send(ctx, row.id, "2026-13-01", today=TODAY)
    assert exc.value.field == "on"
    svc.send(ctx, row.id, "2026-06-01", today=TODAY)  # same day as the previous step is fine
    with pytest.raises(ValidationError) as exc:
        svc.accept(ctx, row.id, date(2026, 5, 20), today=TODAY)
    assert exc.value.error_code == "DATE_BEFORE_PREVIOUS"
    assert svc.get_request(ctx, row.id).row.status is S.SENT


def test_declining_and_withdrawing_need_a_reason(ctx: ServiceContext) -> None:
    row = svc.send(ctx, outgoing(ctx).id, today=TODAY)
    for fn in (svc.decline, svc.withdraw):
        with pytest.raises(ValidationError) as exc:
            fn(ctx, row.id, "  ", today=TODAY)
        assert (exc.value.field, exc.value.error_code) == ("reason", "REQUIRED")
    declined = svc.record_answer(ctx, row.id, "declined", TODAY, reason="Inga lediga lägenheter.", today=TODAY)
    assert (declined.status, declined.answered_on) == (S.DECLINED, TODAY)
    assert svc.get_request(ctx, row.id).values["decline_reason"] == "Inga lediga lägenheter."
    other = svc.withdraw(ctx, outgoing(ctx, "1983").id, "Hushållet har ordnat eget boende.", today=TODAY)
    assert (other.status, other.withdrawn_on) == (S.WITHDRAWN, TODAY)


def test_full_outgoing_path_records_every_date_and_a_timeline(ctx: ServiceContext) -> None:
    row = outgoing(ctx, on=date(2026, 1, 10))
    days = [date(2026, 1, 12), date(2026, 2, 1), date(2026, 3, 15), date(2026, 4, 1), date(2026, 5, 2)]
    for status, day in zip([S.SENT, S.ACCEPTED, S.APARTMENT_FOUND, S.MOVED, S.CLOSED], days, strict=True):
        svc.advance(ctx, row.id, status, day, note=f"Steg {status.value}", today=TODAY)
    detail = svc.get_request(ctx, row.id)
    r = detail.row
    assert (r.sent_on, r.answered_on, r.apartment_found_on, r.moved_on, r.closed_on) == tuple(days)
    assert r.due_on == date(2026, 2, 11) and r.last_step_on == date(2026, 5, 2)
    assert [st.status for st in detail.steps] == [S.DRAFT, S.SENT, S.ACCEPTED, S.APARTMENT_FOUND, S.MOVED, S.CLOSED]
    assert detail.steps[-1].actor == "Testa Testsson" and detail.steps[2].note == "Steg accepted"
    assert r.next_steps == []


def test_send_to_several_and_accepting_one_withdraws_the_others_in_one_transaction(ctx: ServiceContext) -> None:
    case_id = new_case(ctx)
    group = svc.send_to_several(ctx, case_id, ["1984", "1983", "0380", "1984"], on=date(2026, 6, 1), today=TODAY)
    assert [g.counterpart_municipality_code for g in group] == ["1984", "1983", "0380"]
    assert len({g.group_key for g in group}) == 1 and all(g.status is S.SENT for g in group)
    assert all(g.due_on == date(2026, 7, 1) for g in group)
    assert [a for a, _, _ in audit(ctx)] == ["request.send_group"]
    first, second, third = group
    assert {r.id for r in svc.siblings_open(ctx, first.id)} == {second.id, third.id}
    svc.accept(ctx, first.id, date(2026, 6, 10), withdraw_others=True, today=TODAY)
    rows = {r.id: r for r in svc.requests_for_case(ctx, case_id)}
    assert rows[first.id].status is S.ACCEPTED
    assert {rows[i].status for i in (second.id, third.id)} == {S.WITHDRAWN}
    assert rows[second.id].withdrawn_on == date(2026, 6, 10)
    reason = svc.get_request(ctx, second.id).values["withdraw_reason"]
    assert reason == svc.SIBLING_WITHDRAW_REASON and "Arboga" not in reason  # never says where it went
    events = audit(ctx)
    assert [a for a, _, _ in events] == ["request.send_group", "request.accept"]
    assert sorted(events[-1][1]["withdrawn"]) == sorted([second.id, third.id])
    assert svc.siblings_open(ctx, first.id) == []


def test_accepting_without_withdrawing_keeps_the_others_open(ctx: ServiceContext) -> None:
    case_id = new_case(ctx)
    first = svc.create_outgoing(ctx, case_id, "1984", today=TODAY)
    second = svc.create_outgoing(ctx, case_id, "1983", today=TODAY)  # joins the case's open group
    assert first.group_key == second.group_key
    for r in (first, second):
        svc.send(ctx, r.id, today=TODAY)
    svc.accept(ctx, first.id, withdraw_others=False, today=TODAY)
    assert svc.get_request(ctx, second.id).row.status is S.SENT
    assert [r.id for r in svc.siblings_open(ctx, first.id)] == [second.id]


def test_a_failure_while_accepting_leaves_every_request_of_the_group_as_it_was(
        ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    group = svc.send_to_several(ctx, new_case(ctx), ["1984", "1983"], today=TODAY)

    def broken_audit(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(ctx, "audit", broken_audit)
    with pytest.raises(RuntimeError):
        svc.accept(ctx, group[0].id, withdraw_others=True, today=TODAY)
    monkeypatch.undo()
    assert [svc.get_request(ctx, g.id).row.status for g in group] == [S.SENT, S.SENT]
    assert [len(svc.get_request(ctx, g.id).steps) for g in group] == [2, 2]


def test_outgoing_request_rules(ctx: ServiceContext) -> None:
    case_id = new_case(ctx)
    for code, error in (("1980", "OWN_MUNICIPALITY"), ("0000", "UNKNOWN_MUNICIPALITY")):
        with pytest.raises(ValidationError) as exc:
            svc.create_outgoing(ctx, case_id, code, today=TODAY)
        assert exc.value.error_code == error
    svc.create_outgoing(ctx, case_id, "1984", today=TODAY)
    with pytest.raises(ValidationError) as exc:
        svc.create_outgoing(ctx, case_id, "1984", today=TODAY)
    assert exc.value.error_code == "DUPLICATE_OPEN_REQUEST"
    ring = create_ring(ctx, {"name": "Västmanlands länskompott", "scope": "county"})
    add_member(ctx, ring.id, {"municipality_code": "1983"})
    with pytest.raises(ValidationError) as exc:
        svc.create_outgoing(ctx, case_id, "0180", ring_id=ring.id, today=TODAY)
    assert exc.value.error_code == "NOT_RING_MEMBER"
    assert svc.create_outgoing(ctx, case_id, "1983", ring_id=ring.id, today=TODAY).ring_name == ring.name
    with pytest.raises(NotFound):
        svc.create_outgoing(ctx, 9999, "1983", today=TODAY)


def test_a_household_is_never_sent_to_its_excluded_municipality(ctx: ServiceContext) -> None:
    case_id = create_case(ctx, {"protection_level": "protected_registration", "risk_level": "acute",
                                "status": "waiting"}, [{"role": MemberRole.APPLICANT, "birth_year": 1988}],
                          excluded=["1984"]).id
    with pytest.raises(ValidationError) as exc:
        svc.create_outgoing(ctx, case_id, "1984", today=TODAY)
    assert exc.value.error_code == "EXCLUDED_MUNICIPALITY"
    with pytest.raises(ValidationError) as exc:
        svc.send_to_several(ctx, case_id, ["1983", "1984"], today=TODAY)
    assert exc.value.error_code == "EXCLUDED_MUNICIPALITY"
    assert svc.requests_for_case(ctx, case_id) == []  # nothing half-made for 1983
    draft = svc.create_outgoing(ctx, case_id, "1983", today=TODAY)
    with pytest.raises(ValidationError) as exc:
        svc.update_request(ctx, draft.id, {"counterpart_municipality_code": "1984"})
    assert exc.value.error_code == "EXCLUDED_MUNICIPALITY"


def test_incoming_request_records_the_household_and_is_due_for_our_answer(ctx: ServiceContext) -> None:
    row = incoming(ctx)
    assert (row.direction, row.status, row.status_label) == (INC, S.SENT, "Mottagen")
    assert (row.sent_on, row.due_on, row.adults, row.children) == (date(2026, 5, 4), date(2026, 6, 3), 1, 2)
    assert row.case is None and row.counterpart_reference == "STHLM-2026-88"
    values = svc.open_request(ctx, row.id).values
    assert values["children_birth_years"] == [2015, 2019]
    assert values["support_economic"] and values["support_safety"] and not values["support_children"]
    assert values["sender_contact_email"] == "sigrid@exempel.se"
    assert [o.row.id for o in svc.overdue_answers(ctx, TODAY)] == [row.id]  # we owe the answer
    updated = svc.update_request(ctx, row.id, {"rooms_needed": 4, "notes": "Ringt tillbaka."})
    assert updated.id == row.id and svc.get_request(ctx, row.id).values["rooms_needed"] == 4


def test_incoming_request_validation(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as exc:
        svc.create_incoming(ctx, {**HOUSEHOLD, "received_on": "2026-06-16", "children": 1,
                                  "sender_contact_email": "fel", "counterpart_municipality_code": "1980"},
                            today=TODAY)
    assert exc.value.by_field().keys() >= {"received_on", "children_birth_years", "sender_contact_email"}
    codes = {e.field: e.error_code for e in exc.value.errors}
    assert (codes["received_on"], codes["children_birth_years"]) == ("DATE_FUTURE", "BIRTH_YEARS_COUNT")
    with pytest.raises(ValidationError) as exc:
        svc.create_incoming(ctx, {**HOUSEHOLD, "counterpart_municipality_code": "1980"}, today=TODAY)
    assert exc.value.error_code == "OWN_MUNICIPALITY"
    assert svc.check_request_field("children_birth_years", "20x4") is not None
    assert svc.check_request_field("children_birth_years", "2014 2016") is None
    outgoing_row = outgoing(ctx)
    with pytest.raises(ValidationError) as exc:
        svc.update_request(ctx, outgoing_row.id, {"adults": 2})
    assert exc.value.error_code == "NOT_EDITABLE"


def test_list_filters_search_and_paging(ctx: ServiceContext) -> None:
    ring = create_ring(ctx, {"name": "Kompotten", "scope": "national"})
    add_member(ctx, ring.id, {"municipality_code": "0180"})
    a = svc.send(ctx, outgoing(ctx, "1984", on=date(2026, 4, 1)).id, date(2026, 4, 1), today=TODAY)  # overdue
    b = outgoing(ctx, "1983")
    c = incoming(ctx, ring_id=ring.id, received_on="2026-06-10")
    page = svc.list_requests(ctx, ListQuery(), today=TODAY)
    assert page.total == 3

    def ids(**filters: Any) -> set[int]:
        return {r.id for r in svc.list_requests(ctx, ListQuery(filters=filters), today=TODAY).rows}

    assert ids(direction="incoming") == {c.id}
    assert ids(status=["draft", "sent"]) == {a.id, b.id, c.id}
    assert ids(status="draft") == {b.id}
    assert ids(counterpart="1984") == {a.id}
    assert ids(ring_id=ring.id) == {c.id}
    assert ids(overdue=True) == {a.id}
    assert ids(open_only=True) == {a.id, b.id, c.id}
    assert {r.id for r in svc.list_requests(ctx, ListQuery(search="köping"), today=TODAY).rows} == {b.id}
    assert {r.id for r in svc.list_requests(ctx, ListQuery(search="sthlm-2026"), today=TODAY).rows} == {c.id}
    assert [r.id for r in svc.list_requests(ctx, ListQuery(search=a.reference), today=TODAY).rows] == [a.id]
    window = svc.list_requests(ctx, ListQuery(sort="sent_on", descending=True, limit=2), today=TODAY)
    assert (window.total, len(window.rows), window.rows[0].id) == (3, 2, c.id)
    by_last = svc.list_requests(ctx, ListQuery(sort="last_step_on"), today=TODAY)
    assert by_last.rows[0].id == a.id


def test_stalled_requests_use_the_setting(ctx: ServiceContext) -> None:
    accepted = walk(ctx, outgoing(ctx, on=date(2026, 5, 1)).id, [S.SENT, S.ACCEPTED], date(2026, 5, 1))
    waiting = svc.send(ctx, outgoing(ctx, "1983", on=date(2026, 4, 1)).id, date(2026, 4, 1), today=TODAY)
    assert svc.stalled(ctx, date(2026, 5, 21)) == []
    found = svc.stalled(ctx, date(2026, 5, 22))  # 21 days without a step
    assert [(r.row.id, r.days_since_step, r.last_step_on) for r in found] == [(accepted.id, 21, date(2026, 5, 1))]
    assert waiting.id not in {r.row.id for r in svc.stalled(ctx, TODAY)}  # sent: the due date reminds instead
    set_settings(ctx, {"requests.stalled_days": 60})
    assert svc.stalled(ctx, date(2026, 6, 29)) == []
    svc.set_request_archived(ctx, accepted.id)
    assert svc.stalled(ctx, date(2027, 1, 1)) == []


def test_one_audit_event_per_write_without_notes_reasons_or_household_details(ctx: ServiceContext) -> None:
    row = svc.create_outgoing(ctx, new_case(ctx), "1984", notes="Hemlig anteckning", today=TODAY)
    svc.send(ctx, row.id, note="Skickat med Hemlig bilaga", today=TODAY)
    svc.decline(ctx, row.id, "Hemligt skäl", today=TODAY)
    inc = incoming(ctx)
    svc.withdraw(ctx, inc.id, "Hemligt återkallande", today=TODAY)
    events = audit(ctx)
    assert [a for a, _, _ in events] == ["request.create", "request.send", "request.decline", "request.receive",
                                         "request.withdraw"]
    assert events[0][1]["counterpart"] == "1984" and events[2][1]["status"] == "declined"
    dump = json.dumps([(d, r) for _, d, r in events], ensure_ascii=False)
    for secret in ("Hemlig", "Sigrid", "exempel.se", "Nära skola", "2019"):
        assert secret not in dump


def test_scrubbing_a_purged_case_keeps_dates_and_clears_free_text(ctx: ServiceContext) -> None:
    case_id = new_case(ctx)
    row = svc.create_outgoing(ctx, case_id, "1984", notes="Anteckning om hushållet", today=TODAY)
    svc.send(ctx, row.id, note="Med bilaga", today=TODAY)
    svc.decline(ctx, row.id, "Skäl om hushållet", today=TODAY)
    with ctx.write() as s:
        assert svc.scrub_case_requests(s, case_id) == 1
    detail = svc.get_request(ctx, row.id)
    assert detail.values["notes"] is None and detail.values["decline_reason"] is None
    assert all(st.note is None for st in detail.steps)
    assert (detail.row.sent_on, detail.row.answered_on, detail.row.status) == (TODAY, TODAY, S.DECLINED)


STEP = st.sampled_from([s for s in S if s is not S.DRAFT])


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(direction=st.sampled_from(list(RequestDirection)),
       steps=st.lists(st.tuples(STEP, st.integers(-3, 10)), max_size=7))
def test_any_sequence_of_steps_only_ever_takes_legal_steps(
        ctx: ServiceContext, direction: RequestDirection, steps: list[tuple[RequestStatus, int]]) -> None:
    start = date(2026, 1, 1)
    today = date(2026, 3, 1)
    if direction is OUT:
        row = svc.create_outgoing(ctx, new_case(ctx), "1984", on=start, today=today)
    else:
        row = svc.create_incoming(ctx, {**HOUSEHOLD, "received_on": start}, today=today)
    status, last, day = row.status, start, start
    for target, shift in steps:
        day = day + timedelta(days=shift)
        legal = target in TRANSITIONS[direction][status]
        try:
            result = svc.advance(ctx, row.id, target, day, reason="Skäl", today=today)
        except IllegalTransition as exc:
            assert day <= today and not legal, exc.error_code
            continue
        except ValidationError as exc:
            assert exc.error_code in ("DATE_FUTURE", "DATE_BEFORE_PREVIOUS")
            assert day > today or (legal and day < last)
            continue
        assert legal and last <= day <= today
        status, last = result.status, day
        assert status is target and result.last_step_on == day
    detail = svc.get_request(ctx, row.id)
    assert detail.row.status is status
    assert detail.steps[0].status is row.status and detail.steps[-1].status is status
    for before, after in zip(detail.steps, detail.steps[1:], strict=False):
        assert after.status in TRANSITIONS[direction][before.status] and before.on_date <= after.on_date


def test_session_level_steps_compose_into_one_transaction_for_imports(ctx: ServiceContext) -> None:
    sent = svc.send(ctx, outgoing(ctx, on=date(2026, 5, 1)).id, date(2026, 6, 1), today=TODAY)
    with ctx.write() as s:  # what an exchange import does: its own single audit event
        request = svc.load_request(s, sent.id)
        request.counterpart_reference = "ARB-2026-12"
        svc.apply_step(ctx, s, request, "declined", date(2026, 6, 10), TODAY, reason="Ingen lägenhet.")
        added = svc.add_incoming(ctx, s, {**HOUSEHOLD, "counterpart_reference": "STHLM-2026-99"}, TODAY)
        ctx.audit(s, "exchange.import", "request", request.id, details={"incoming_id": added.id})
    assert [a for a, _, _ in audit(ctx)][-1:] == ["request.send"]  # no request.* event from the import
    found = svc.find_request(ctx, counterpart="1984", counterpart_reference="ARB-2026-12")
    assert found is not None and (found.id, found.status) == (sent.id, S.DECLINED)
    assert svc.find_request(ctx, reference=sent.reference, direction="outgoing") == found
    imported = svc.find_request(ctx, counterpart="0180", counterpart_reference="STHLM-2026-99", direction="incoming")
    assert imported is not None and imported.status_label == "Mottagen"
    assert svc.find_request(ctx, reference="F-1999-0001") is None
    with pytest.raises(ValidationError) as exc, ctx.write() as s:
        svc.apply_step(ctx, s, svc.load_request(s, imported.id), "withdrawn", None, TODAY)
    assert (exc.value.field, exc.value.error_code) == ("reason", "REQUIRED")


def test_a_household_that_moved_through_a_request_is_housed(ctx: ServiceContext) -> None:
    from sbdesk.domain.enums import CaseStatus
    from sbdesk.services.cases import list_cases

    case_id = new_case(ctx)
    row = svc.create_outgoing(ctx, case_id, "1984", today=TODAY)
    svc.send(ctx, row.id, today=TODAY)
    svc.accept(ctx, row.id, today=TODAY)
    svc.apartment_found(ctx, row.id, today=TODAY)
    status = {c.id: c.status for c in list_cases(ctx).rows}
    assert status[case_id] is not CaseStatus.HOUSED  # not before the move
    svc.moved(ctx, row.id, today=TODAY)
    assert {c.id: c.status for c in list_cases(ctx).rows}[case_id] is CaseStatus.HOUSED


def test_received_requests_past_the_retention_period_lose_the_households_details(ctx: ServiceContext) -> None:
    from sbdesk.services.retention import RetentionPolicy, incoming_requests_due, purge_incoming_requests

    old = incoming(ctx, received_description="Mamma och två barn, hotbild från förre maken.")
    svc.decline(ctx, old.id, "Inga lediga lägenheter", today=TODAY)
    still_open = incoming(ctx)
    policy = RetentionPolicy(years=5)
    assert incoming_requests_due(ctx, TODAY, policy) == 0  # not yet five years
    later = date(TODAY.year + 6, 1, 1)
    assert incoming_requests_due(ctx, later, policy) == 1  # the open one is never touched
    assert incoming_requests_due(ctx, later, RetentionPolicy(keep_everything=True)) == 0
    assert purge_incoming_requests(ctx, later, policy, "Gallring") == 1
    detail = svc.get_request(ctx, old.id)
    assert detail.row.adults == 1 and detail.row.children == 2 and detail.row.status is S.DECLINED
    assert not any(v for k, v in detail.values.items()
                   if k not in ("adults", "children", "rooms_needed", "protection_level") and isinstance(v, str)), \
        detail.values
    assert detail.values["children_birth_years"] in (None, [])
    assert svc.get_request(ctx, still_open.id).values["needs"] == "Nära skola."
    assert incoming_requests_due(ctx, later, policy) == 0


def test_a_purged_case_loses_the_support_text_of_its_exported_requests(ctx: ServiceContext) -> None:
    from sbdesk.domain.rings import Request

    case_id = new_case(ctx)
    row = svc.create_outgoing(ctx, case_id, "1984", today=TODAY)
    with ctx.write() as s:
        s.get(Request, row.id).support_text = "Barnen går på Hemligskolan."
    with ctx.write() as s:
        svc.scrub_case_requests(s, case_id)
    with ctx.read() as s:
        assert s.get(Request, row.id).support_text is None


def test_a_received_identity_is_shown_only_through_a_logged_reveal_and_purged(ctx: ServiceContext) -> None:
    from sbdesk.domain.rings import Request
    from sbdesk.errors import NotFound

    row = incoming(ctx)
    assert not svc.has_received_identity(ctx, row.id)
    with pytest.raises(NotFound):
        svc.reveal_received_identity(ctx, row.id)
    with ctx.write() as s:
        s.get(Request, row.id).applicant_identity = json.dumps(
            {"first_name": "Fiktiva", "last_name": "Testdotter", "personal_number": None})
    assert svc.has_received_identity(ctx, row.id) and svc.get_request(ctx, row.id).values["has_identity"]
    person = svc.reveal_received_identity(ctx, row.id, "Bostadsbolaget behöver namnet")
    assert (person.first_name, person.last_name, person.personal_number) == ("Fiktiva", "Testdotter", None)
    assert [a for a, _, _ in audit(ctx)][-1] == "request.identity_reveal"
    with ctx.write() as s:
        svc.scrub_request(s.get(Request, row.id))
    assert not svc.has_received_identity(ctx, row.id)


def test_reminders_are_limited_and_counted_in_sql(ctx: ServiceContext) -> None:
    sent_on = TODAY - timedelta(days=60)
    for code in ("1984", "1983", "0380"):
        row = svc.create_outgoing(ctx, new_case(ctx), code, on=sent_on, today=sent_on)
        svc.send(ctx, row.id, on=sent_on, today=sent_on)
    assert len(svc.overdue_answers(ctx, TODAY, limit=2)) == 2 and svc.count_overdue(ctx, TODAY) == 3
    assert svc.count_overdue(ctx, sent_on) == 0
    for code in ("1984", "1983"):
        svc.create_outgoing(ctx, new_case(ctx), code, on=sent_on, today=sent_on)  # drafts left alone
    assert len(svc.stalled(ctx, TODAY, limit=1)) == 1 and svc.count_stalled(ctx, TODAY) == 2
