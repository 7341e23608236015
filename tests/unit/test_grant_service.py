"""The grant year and activity services: kronor parsing, validation codes, the over-grant confirmation,
one audit event per write with no free text in its details (fictional data)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.grant import ActivityArea, GrantAssessment, PartnerType, WithoutGrant
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services.context import ServiceContext
from sbdesk.services.grant import (
    get_grant_year,
    grant_year_problems,
    preview_money,
    report_years,
    save_grant_year,
)
from sbdesk.services.grant_activities import create_activity, list_activities, set_activity_archived, update_activity

TODAY = date(2026, 2, 10)


def events(ctx: ServiceContext) -> list[tuple[str, str | None, dict[str, object]]]:
    with ctx.read() as s:
        rows = s.execute(select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.details)
                         .where(AuditEvent.action.like("grant.%")).order_by(AuditEvent.id)).all()
    return [(a, e, json.loads(d) if d else {}) for a, e, d in rows]


@pytest.mark.parametrize("text", ["822 900", "822 900 kr", "822\u00a0900 kr", "822900", "822 900,00"])
def test_amounts_in_kronor_are_parsed(ctx: ServiceContext, text: str) -> None:
    row = save_grant_year(ctx, 2025, {"granted_sek": text}, today=TODAY)
    assert row.granted_sek == 822_900 and isinstance(row.granted_sek, int)


def test_floats_are_refused(ctx: ServiceContext) -> None:
    with pytest.raises(TypeError):
        save_grant_year(ctx, 2025, {"granted_sek": 822_900.0}, today=TODAY)
    assert get_grant_year(ctx, 2025) is None


@pytest.mark.parametrize(("values", "field", "code"), [
    ({"granted_sek": "822 900,50"}, "granted_sek", "AMOUNT_FRACTION"),
    ({"granted_sek": "-5"}, "granted_sek", "AMOUNT_NEGATIVE"),
    ({"cost_travel_sek": "12.300"}, "cost_travel_sek", "AMOUNT_FORMAT"),
    ({"assessment": "ganska bra"}, "assessment", "INVALID_CHOICE"),
    ({"unused_other": True}, "unused_other_text", "REQUIRED"),
    ({"strengthened_existing": "kanske"}, "strengthened_existing", "BOOL_FORMAT"),
])
def test_bad_values_are_refused_with_codes(ctx: ServiceContext, values: dict[str, object], field: str,
                                           code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        save_grant_year(ctx, 2025, values, today=TODAY)
    assert {(e.field, e.error_code) for e in refused.value.errors} == {(field, code)}
    assert get_grant_year(ctx, 2025) is None  # nothing half-saved
    assert field in grant_year_problems({k: v for k, v in values.items()})


@pytest.mark.parametrize("year", [2021, 2028, "tjugo"])
def test_year_out_of_range(ctx: ServiceContext, year: object) -> None:
    with pytest.raises(ValidationError) as refused:
        save_grant_year(ctx, year, {}, today=TODAY)  # type: ignore[arg-type]
    assert refused.value.error_code in {"YEAR_RANGE", "INT_FORMAT"}


def test_costs_above_the_grant_need_a_confirmation(ctx: ServiceContext) -> None:
    save_grant_year(ctx, 2025, {"granted_sek": 500_000}, today=TODAY)
    values = {"cost_salaries_sek": "450 000", "cost_travel_sek": "60 000"}
    with pytest.raises(ValidationError) as warned:
        save_grant_year(ctx, 2025, values, today=TODAY)
    assert (warned.value.field, warned.value.error_code) == ("cost_total", "COSTS_EXCEED_GRANT")
    assert "10\u00a0000 kr" in warned.value.message
    assert get_grant_year(ctx, 2025).cost_salaries_sek is None  # type: ignore[union-attr]
    row = save_grant_year(ctx, 2025, values, confirm_over_grant=True, today=TODAY)
    assert (row.cost_salaries_sek, row.cost_travel_sek) == (450_000, 60_000)
    assert events(ctx)[-1][2]["over_grant_confirmed"] is True
    assert preview_money({"granted_sek": "500 000", "cost_salaries_sek": "450 000", "cost_travel_sek": "60 000"}
                         ).warning is not None


def test_preview_money_works_out_unused_and_share_as_typed() -> None:
    preview = preview_money({"granted_sek": "822 900 kr", "cost_salaries_sek": "700 000",
                             "cost_services_sek": "40 000", "cost_travel_sek": "18 852", "ignored": "x"})
    assert (preview.cost_total_sek, preview.unused_sek, preview.unused_share_percent, preview.warning) == (
        758_852, 64_048, 8, None)
    assert preview_money({"granted_sek": "nonsens"}).unused_sek is None


def test_save_is_partial_and_audited_once_per_write(ctx: ServiceContext) -> None:
    save_grant_year(ctx, 2025, {"granted_sek": 822_900, "documentation": "Hemlig anteckning om Lind"},
                    today=TODAY)
    row = save_grant_year(ctx, 2025, {"assessment": GrantAssessment.HIGH, "without_grant": "some",
                                      "strengthened_existing": "ja", "started_new": False}, today=TODAY)
    assert (row.granted_sek, row.assessment, row.without_grant, row.strengthened_existing, row.started_new) == (
        822_900, GrantAssessment.HIGH, WithoutGrant.SOME, True, False)
    save_grant_year(ctx, 2025, {"assessment": "high"}, today=TODAY)  # nothing changed: no event
    logged = events(ctx)
    assert [a for a, _e, _d in logged] == ["grant.create", "grant.update"]
    assert logged[1][2]["fields"] == ["strengthened_existing", "started_new", "assessment", "without_grant"]
    assert "Lind" not in json.dumps([d for _a, _e, d in logged])


def test_activities_crud_and_years(ctx: ServiceContext) -> None:
    a = create_activity(ctx, {"occurred_on": "2025-04-01", "description": "Samverkansmöte med Lind",
                              "areas": [ActivityArea.PRIORITY, "collaboration", "collaboration"],
                              "partners": "authority", "hours": "3"}, today=TODAY)
    assert a.areas == (ActivityArea.COLLABORATION, ActivityArea.PRIORITY)  # form order, no duplicates
    assert a.partners == (PartnerType.AUTHORITY,) and a.hours == 3
    changed = update_activity(ctx, a.id, {"cost_sek": "2 500 kr", "partners": []}, today=TODAY)
    assert (changed.cost_sek, changed.partners, changed.description) == (2_500, (), "Samverkansmöte med Lind")
    set_activity_archived(ctx, a.id)
    assert list_activities(ctx, 2025) == []
    assert [r.id for r in list_activities(ctx, 2025, include_archived=True)] == [a.id]
    set_activity_archived(ctx, a.id, archived=False)
    assert [r.id for r in list_activities(ctx, 2025)] == [a.id]
    assert report_years(ctx, TODAY)[:2] == [2026, 2025]
    assert "Lind" not in json.dumps([d for _a, _e, d in events(ctx)])
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action.like("grant.activity_%"))) == 4
    with pytest.raises(NotFound):
        update_activity(ctx, 9999, {"hours": 1}, today=TODAY)


@pytest.mark.parametrize(("values", "field", "code"), [
    ({"occurred_on": "2026-02-11", "description": "I morgon"}, "occurred_on", "DATE_RANGE"),
    ({"occurred_on": "2025-02-30", "description": "x"}, "occurred_on", "DATE_FORMAT"),
    ({"occurred_on": "2025-02-03", "description": ""}, "description", "REQUIRED"),
    ({"occurred_on": "2025-02-03", "description": "x", "areas": ["moving"]}, "areas", "INVALID_CHOICE"),
    ({"occurred_on": "2025-02-03", "description": "x", "hours": "-1"}, "hours", "INT_RANGE"),
])
def test_activity_validation(ctx: ServiceContext, values: dict[str, object], field: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        create_activity(ctx, values, today=TODAY)
    assert (refused.value.field, refused.value.error_code) == (field, code)


@given(st.integers(0, 10**9))
def test_any_whole_kronor_amount_round_trips_through_its_swedish_form(amount: int) -> None:
    text = f"{amount:,}".replace(",", " ") + " kr"
    assert preview_money({"granted_sek": text}).unused_sek == amount
