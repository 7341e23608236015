"""The återrapportering's figures: a fixture year with known data gives exactly the expected figures,
rounding half up, an empty year, derived marks, the previous year, and frozen snapshots (fictional data)."""

from __future__ import annotations

import json
import statistics
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.cases import Case, HouseholdMember
from sbdesk.domain.enums import (
    AgreementKind,
    ApartmentStatus,
    CaseStatus,
    ContractType,
    LandlordKind,
    MemberRole,
    ProtectionLevel,
    RiskLevel,
)
from sbdesk.domain.housing import Apartment, Landlord, LandlordAgreement
from sbdesk.domain.offers import DeclineParty, Offer, OfferStatus
from sbdesk.domain.priority import PriorityGrant, PriorityGround
from sbdesk.domain.rings import Request, RequestDirection, RequestStatus
from sbdesk.errors import IllegalTransition, ValidationError
from sbdesk.services.context import ServiceContext
from sbdesk.services.grant import (
    confirm_mark,
    freeze_year,
    report_figures,
    save_grant_year,
    unfreeze_year,
)
from sbdesk.services.grant_activities import create_activity, set_activity_archived, update_activity
from sbdesk.services.grant_figures import GrantFigures, median_half_up, round_half_up_percent

YEAR = 2025
TODAY = date(2026, 2, 10)
_refs = iter(range(1, 10_000))


def _case(s, sheltered: date | None, children: int) -> Case:  # type: ignore[no-untyped-def]
    n = next(_refs)
    case = Case(reference=f"SB-T-{n:04d}", pseudonym=f"Lind {n}", protection_level=ProtectionLevel.NONE,
                risk_level=RiskLevel.HIGH, status=CaseStatus.HOUSED, sheltered_since=sheltered)
    case.members = [HouseholdMember(role=MemberRole.APPLICANT, birth_year=1988)] + [
        HouseholdMember(role=MemberRole.CHILD, birth_year=2015) for _ in range(children)]
    s.add(case)
    s.flush()
    return case


def _apartment(s, landlord: Landlord) -> Apartment:  # type: ignore[no-untyped-def]
    apt = Apartment(landlord_id=landlord.id, address=f"Provgatan {next(_refs)}", municipality_code="1980", rooms=2,
                    rent_sek=7200, contract_type=ContractType.SOCIAL, status=ApartmentStatus.LET)
    s.add(apt)
    s.flush()
    return apt


def signed_offer(ctx: ServiceContext, sheltered: date | None, children: int, signed_on: date,
                 contract: ContractType) -> None:
    """A household that signed a contract on signed_on (the offer was sent and accepted the same year)."""
    with ctx.write() as s:
        landlord = s.scalar(select(Landlord).limit(1)) or Landlord(name="Exempelhem AB", kind=LandlordKind.MUNICIPAL)
        s.add(landlord)
        s.flush()
        case = _case(s, sheltered, children)
        s.add(Offer(case_id=case.id, apartment_id=_apartment(s, landlord).id, status=OfferStatus.SIGNED,
                    proposed_on=signed_on.replace(day=1), offered_on=signed_on.replace(day=1), decided_on=signed_on,
                    signed_on=signed_on, contract_type=contract))


def other_offer(ctx: ServiceContext, status: OfferStatus, offered_on: date, decided_on: date | None,
                reason: str | None = None) -> None:
    """A declined or expired offer."""
    with ctx.write() as s:
        landlord = s.scalar(select(Landlord).limit(1)) or Landlord(name="Exempelhem AB", kind=LandlordKind.MUNICIPAL)
        s.add(landlord)
        s.flush()
        case = _case(s, None, 0)
        s.add(Offer(case_id=case.id, apartment_id=_apartment(s, landlord).id, status=status, proposed_on=offered_on,
                    offered_on=offered_on, decided_on=decided_on, decline_reason_text=reason,
                    decline_party=DeclineParty.HOUSEHOLD if reason else None))


def priority(ctx: ServiceContext, decided_on: date, *, archived: bool = False) -> None:
    """A förtur decided on a day."""
    with ctx.write() as s:
        case = _case(s, None, 0)
        grant = PriorityGrant(case_id=case.id, ground=PriorityGround.THREAT, issued_by="Socialsekreterare",
                              decided_on=decided_on, offers_allowed=1, offers_used=0, used_up=False)
        if archived:
            grant.archived_at = datetime(decided_on.year, decided_on.month, decided_on.day, tzinfo=UTC)
        s.add(grant)


def agreement(ctx: ServiceContext, kind: LandlordKind, valid_from: date | None, valid_to: date | None) -> None:
    """An agreement with a landlord of a kind, valid in a period."""
    with ctx.write() as s:
        landlord = Landlord(name=f"Hyresvärd {next(_refs)}", kind=kind)
        s.add(landlord)
        s.flush()
        s.add(LandlordAgreement(landlord_id=landlord.id, kind=AgreementKind.PRIORITY_QUOTA, title="Förturskvot",
                                valid_from=valid_from, valid_to=valid_to, rent_guarantee=False))


def request(ctx: ServiceContext, direction: RequestDirection, code: str, status: RequestStatus,
            sent_on: date | None, moved_on: date | None = None) -> None:
    """A request to or from another municipality."""
    with ctx.write() as s:
        s.add(Request(reference=f"F-T-{next(_refs):04d}", direction=direction, status=status,
                      counterpart_municipality_code=code, sent_on=sent_on, moved_on=moved_on,
                      answered_on=sent_on if status is not RequestStatus.SENT else None))


def build_year(ctx: ServiceContext) -> None:
    """The fixture year 2025 (own municipality Västerås, län 19) with known counts."""
    save_grant_year(ctx, YEAR, {"granted_sek": "822 900 kr", "cost_salaries_sek": "700 000",
                                "cost_services_sek": 40_000, "cost_travel_sek": "18 852"}, today=TODAY)
    signed_offer(ctx, date(2025, 1, 1), 2, date(2025, 3, 2), ContractType.FIRST_HAND)  # 60 days
    signed_offer(ctx, date(2024, 12, 1), 1, date(2025, 5, 1), ContractType.SOCIAL)  # 151 days
    signed_offer(ctx, None, 0, date(2025, 6, 1), ContractType.SOCIAL)  # no start date: not in the days
    signed_offer(ctx, date(2025, 2, 1), 3, date(2025, 5, 1), ContractType.EMERGENCY)  # jourlägenhet: apart
    signed_offer(ctx, date(2024, 6, 1), 1, date(2024, 12, 20), ContractType.FIRST_HAND)  # last year
    signed_offer(ctx, date(2025, 1, 10), 1, date(2025, 9, 18), ContractType.TRIAL)  # 251 days
    signed_offer(ctx, date(2025, 1, 1), 0, date(2025, 1, 2), ContractType.FIRST_HAND)  # 1 day
    other_offer(ctx, OfferStatus.DECLINED, date(2025, 3, 1), date(2025, 3, 5), "Hyran är för hög")
    other_offer(ctx, OfferStatus.DECLINED, date(2025, 4, 1), date(2025, 4, 6), "Hyran är för hög")
    other_offer(ctx, OfferStatus.DECLINED, date(2025, 4, 1), date(2025, 4, 9), "Kreditupplysningen godkändes inte")
    other_offer(ctx, OfferStatus.DECLINED, date(2024, 11, 1), date(2024, 11, 9), "Läget passar inte")
    other_offer(ctx, OfferStatus.EXPIRED, date(2025, 10, 1), date(2025, 10, 9))
    priority(ctx, date(2025, 2, 1))
    priority(ctx, date(2025, 11, 30))
    priority(ctx, date(2024, 6, 1))
    priority(ctx, date(2025, 3, 1), archived=True)
    agreement(ctx, LandlordKind.PRIVATE, date(2025, 1, 1), date(2025, 12, 31))
    agreement(ctx, LandlordKind.MUNICIPAL, date(2024, 1, 1), date(2024, 12, 31))  # ended before the year
    agreement(ctx, LandlordKind.MUNICIPAL, None, None)
    agreement(ctx, LandlordKind.MUNICIPAL, date(2025, 7, 1), None)
    out, inc = RequestDirection.OUTGOING, RequestDirection.INCOMING
    request(ctx, out, "0180", RequestStatus.MOVED, date(2025, 2, 1), date(2025, 8, 1))  # Stockholm, län 01
    request(ctx, out, "0180", RequestStatus.DECLINED, date(2025, 3, 1))
    request(ctx, out, "1984", RequestStatus.SENT, date(2025, 11, 1))  # Arboga, same län
    request(ctx, inc, "2080", RequestStatus.ACCEPTED, date(2025, 6, 1))  # Falun, län 20
    request(ctx, out, "1280", RequestStatus.DRAFT, None)
    request(ctx, out, "0180", RequestStatus.DECLINED, date(2024, 5, 1))
    create_activity(ctx, {"occurred_on": "2025-02-03", "description": "Möte med länsstyrelsen",
                          "areas": ["collaboration"], "partners": ["authority"], "hours": 3}, today=TODAY)
    create_activity(ctx, {"occurred_on": date(2025, 5, 5), "description": "Bostadssökning med kvinnojouren",
                          "areas": ["housing_search", "collaboration"], "partners": ["civil_society"],
                          "cost_sek": "1 200 kr"}, today=TODAY)
    archived = create_activity(ctx, {"occurred_on": "2025-06-01", "description": "Inställt möte",
                                     "areas": ["other"], "partners": ["other"]}, today=TODAY)
    set_activity_archived(ctx, archived.id)
    create_activity(ctx, {"occurred_on": "2024-12-31", "description": "Förra året", "areas": ["priority"]},
                    today=TODAY)
    confirm_mark(ctx, YEAR, "area", "social_contract")


@pytest.fixture
def year_ctx(ctx: ServiceContext) -> ServiceContext:
    build_year(ctx)
    return ctx


def test_fixture_year_gives_exactly_the_expected_figures(year_ctx: ServiceContext) -> None:
    fig = report_figures(year_ctx, YEAR, today=TODAY)
    assert (fig.granted_sek, fig.cost_total_sek, fig.unused_sek, fig.unused_share_percent) == (
        822_900, 758_852, 64_048, 8)
    assert [(c.code, c.amount_sek) for c in fig.costs] == [
        ("salaries", 700_000), ("services", 40_000), ("travel", 18_852)]
    o = fig.outcome
    assert (o.households_moved, o.children_moved, o.emergency_households) == (5, 4, 1)
    assert [(c.code, c.households, c.children) for c in o.by_contract] == [
        ("first_hand", 2, 2), ("social", 2, 1), ("trial", 1, 1), ("housing_first", 0, 0)]
    assert (o.days_known, o.median_days, o.longest_days) == (4, 106, 251)  # (60 + 151) / 2 = 105.5 → 106
    assert (o.requests_out, o.requests_in, o.moved_out, o.moved_in) == (3, 1, 1, 0)
    assert {r.code: (r.outgoing, r.incoming) for r in o.request_outcomes} == {
        "waiting": (1, 0), "accepted": (0, 1), "moved": (1, 0), "declined": (1, 0), "withdrawn": (0, 0),
        "closed": (0, 0)}
    assert (o.offers_made, o.offers_accepted, o.offers_declined, o.offers_expired) == (10, 6, 3, 1)
    assert [(r.label, r.value) for r in o.decline_reasons] == [
        ("Hyran är för hög", 2), ("Kreditupplysningen godkändes inte", 1)]
    assert [a.description for a in fig.activities] == ["Möte med länsstyrelsen", "Bostadssökning med kvinnojouren"]
    assert (fig.activity_hours, fig.activity_cost_sek) == (3, 1_200)
    assert fig.mark("area", "collaboration").manual == 2
    assert fig.mark("area", "housing_search").manual == 1 and fig.mark("area", "other").manual == 0
    assert fig.previous is None  # 2024 is not registered


def test_derived_marks_follow_from_the_data(year_ctx: ServiceContext) -> None:
    fig = report_figures(year_ctx, YEAR, today=TODAY)
    derived = {(m.kind, m.code): m.derived for m in fig.marks() if m.derived}
    assert derived == {
        ("area", "social_contract"): "2 sociala kontrakt skrevs under året",
        ("area", "priority"): "2 förturer beviljades under året",
        ("partner", "other_municipalities"):
            "2 förfrågningar till kommuner i andra län; 1 förfrågan från en kommun i ett annat län",
        ("partner", "county_municipalities"): "1 förfrågan till en kommun i länet",
        ("partner", "private_landlords"): "1 avtal med en privat hyresvärd gällde under året",
        ("partner", "municipal_landlords"): "2 avtal med kommunala bostadsbolag gällde under året",
    }
    social, prio = fig.mark("area", "social_contract"), fig.mark("area", "priority")
    assert social.confirmed and social.reported and not social.awaiting_confirmation
    assert not prio.reported and prio.awaiting_confirmation
    assert "MARKS_UNCONFIRMED" in {m.code for m in fig.missing}
    assert not fig.mark("partner", "internal").reported and not fig.mark("partner", "internal").derived

    for kind, code in derived:
        confirm_mark(year_ctx, YEAR, kind, code)
    confirm_mark(year_ctx, YEAR, "area", "social_contract", confirmed=False)
    fig = report_figures(year_ctx, YEAR, today=TODAY)
    assert fig.mark("area", "priority").reported and fig.mark("partner", "private_landlords").reported
    assert not fig.mark("area", "social_contract").reported  # taken back
    assert "MARKS_UNCONFIRMED" in {m.code for m in fig.missing}


def test_a_year_with_no_activity_gives_zeros_not_errors(ctx: ServiceContext) -> None:
    fig = report_figures(ctx, 2023, today=TODAY)
    assert not fig.registered and fig.granted_sek is None and fig.unused_share_percent is None
    assert fig.cost_total_sek == 0 and fig.activities == () and fig.activity_hours == 0
    o = fig.outcome
    assert (o.households_moved, o.children_moved, o.requests_out, o.requests_in, o.offers_made) == (0, 0, 0, 0, 0)
    assert (o.median_days, o.longest_days, o.days_known) == (None, None, 0)
    assert all(not m.reported and not m.derived for m in fig.marks())
    assert {"GRANT_YEAR_MISSING", "GRANTED_MISSING", "COSTS_MISSING", "AREAS_MISSING"} <= {m.code for m in fig.missing}

    save_grant_year(ctx, 2023, {"granted_sek": 0, "cost_salaries_sek": 0, "cost_services_sek": 0,
                                "cost_travel_sek": 0}, today=TODAY)
    fig = report_figures(ctx, 2023, today=TODAY)
    assert (fig.unused_sek, fig.unused_share_percent) == (0, None)  # nothing granted: no share, no division


def test_previous_year_is_compared_where_it_exists(year_ctx: ServiceContext) -> None:
    save_grant_year(year_ctx, 2024, {"granted_sek": 559_000, "cost_salaries_sek": 437_477}, today=TODAY)
    fig = report_figures(year_ctx, YEAR, today=TODAY)
    assert fig.previous is not None and fig.previous.year == 2024
    assert (fig.previous.unused_sek, fig.previous.unused_share_percent) == (121_523, 22)
    assert fig.previous.outcome.households_moved == 1 and fig.previous.previous is None


@pytest.mark.parametrize(("part", "whole", "percent"), [
    (64_048, 822_900, 8), (121_523, 559_000, 22), (55_718, 1_761_018, 3), (3_119_562, 21_117_795, 15),
    (2_465_400, 27_500_000, 9), (46, 49, 94), (14, 57, 25), (1, 8, 13), (1, 200, 1), (3, 8, 38), (0, 5, 0),
    (5, 5, 100), (1, 0, 0),
])
def test_share_rounds_half_up_to_a_whole_percent(part: int, whole: int, percent: int) -> None:
    assert round_half_up_percent(part, whole) == percent


def test_share_refuses_floats() -> None:
    with pytest.raises(TypeError):
        round_half_up_percent(64_048.0, 822_900)  # type: ignore[arg-type]


@given(st.integers(0, 10**12), st.integers(1, 10**12))
def test_share_matches_decimal_round_half_up(part: int, whole: int) -> None:
    expected = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    assert round_half_up_percent(part, whole) == int(expected)


@given(st.integers(0, 99), st.integers(1, 10**9))
def test_share_exactly_at_half_goes_up(n: int, q: int) -> None:
    # part / whole = (2n + 1) / 200, i.e. exactly n.5 %
    assert round_half_up_percent((2 * n + 1) * q, 200 * q) == n + 1


@given(st.lists(st.integers(0, 5000), min_size=1, max_size=40))
def test_median_matches_decimal_round_half_up(values: list[int]) -> None:
    expected = Decimal(str(statistics.median(values))).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    assert median_half_up(values) == int(expected)
    assert median_half_up([]) is None


def test_frozen_snapshot_does_not_change_when_data_changes(year_ctx: ServiceContext) -> None:
    live = report_figures(year_ctx, YEAR, today=TODAY)
    frozen = freeze_year(year_ctx, YEAR, today=TODAY)
    assert frozen.frozen and frozen.frozen_by == "Testa Testsson"
    assert GrantFigures.from_json(json.loads(json.dumps(frozen.to_json()))) == frozen

    signed_offer(year_ctx, date(2025, 1, 1), 4, date(2025, 12, 1), ContractType.SOCIAL)
    priority(year_ctx, date(2025, 8, 8))
    agreement(year_ctx, LandlordKind.PRIVATE, None, None)
    request(year_ctx, RequestDirection.INCOMING, "0180", RequestStatus.SENT, date(2025, 12, 1))
    with year_ctx.write() as s:
        for case in s.scalars(select(Case)):
            case.sheltered_since = date(2020, 1, 1)
    after = report_figures(year_ctx, YEAR, today=date(2026, 3, 1))
    assert after == frozen
    assert after.outcome == live.outcome and after.marks() == live.marks()
    assert (after.outcome.households_moved, after.outcome.median_days) == (5, 106)

    with pytest.raises(IllegalTransition) as refused:
        save_grant_year(year_ctx, YEAR, {"granted_sek": 900_000}, today=TODAY)
    assert refused.value.error_code == "GRANT_YEAR_FROZEN"  # type: ignore[attr-defined]
    with pytest.raises(IllegalTransition):
        create_activity(year_ctx, {"occurred_on": "2025-07-07", "description": "Sent tillägg"}, today=TODAY)
    with pytest.raises(IllegalTransition):
        confirm_mark(year_ctx, YEAR, "area", "priority")
    with pytest.raises(ValidationError) as no_reason:
        unfreeze_year(year_ctx, YEAR, "  ")
    assert no_reason.value.error_code == "REQUIRED"

    unfreeze_year(year_ctx, YEAR, "Socialstyrelsen bad om en rättelse")
    with year_ctx.read() as s:
        last = s.execute(select(AuditEvent.action, AuditEvent.reason).order_by(AuditEvent.id.desc())).first()
    assert tuple(last or ()) == ("grant.unfreeze", "Socialstyrelsen bad om en rättelse")
    reopened = report_figures(year_ctx, YEAR, today=TODAY)
    assert not reopened.frozen
    assert reopened.outcome.households_moved == 6 and reopened.outcome.median_days != 106
    assert reopened.mark("partner", "private_landlords").derived.startswith("2 avtal")


def test_frozen_year_refuses_activity_edits_that_touch_it(year_ctx: ServiceContext) -> None:
    moved_later = create_activity(year_ctx, {"occurred_on": "2026-01-20", "description": "Planering"}, today=TODAY)
    freeze_year(year_ctx, YEAR, today=TODAY)
    with pytest.raises(IllegalTransition):
        update_activity(year_ctx, moved_later.id, {"occurred_on": "2025-12-30"}, today=TODAY)
    assert update_activity(year_ctx, moved_later.id, {"hours": 2}, today=TODAY).hours == 2  # 2026 is open
    with pytest.raises(ValidationError) as unknown:
        freeze_year(year_ctx, 2019, today=TODAY)
    assert unknown.value.error_code == "GRANT_YEAR_MISSING"
    with pytest.raises(IllegalTransition):
        freeze_year(year_ctx, YEAR, today=TODAY)
