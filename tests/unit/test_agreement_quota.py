"""Landlord agreement counters: apartments let through an agreement in its quota period (fictional data)."""

from __future__ import annotations

from datetime import date, timedelta

from sbdesk.domain.enums import AgreementKind, ApartmentStatus, ContractType, LandlordKind
from sbdesk.services.apartments import create_apartment
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_agreement, create_landlord, get_agreement, list_agreements, quota_period
from sbdesk.services.listing import ListQuery
from sbdesk.services.offers import accept_offer, propose_offer, send_offer, sign_offer
from tests.unit.test_offers import new_case


def let_through(ctx: ServiceContext, landlord_id: int, agreement_id: int, signed_on: date) -> None:
    apartment = create_apartment(ctx, {
        "landlord_id": landlord_id, "agreement_id": agreement_id, "address": "Kvotgatan 1",
        "municipality_code": "1980", "rooms": 2, "rent_sek": 7000, "contract_type": ContractType.FIRST_HAND,
        "status": ApartmentStatus.AVAILABLE,
    })
    offer = propose_offer(ctx, new_case(ctx), apartment.id, today=signed_on)
    send_offer(ctx, offer.id, signed_on + timedelta(days=7), today=signed_on)
    accept_offer(ctx, offer.id, today=signed_on)
    sign_offer(ctx, offer.id, signed_on, ContractType.FIRST_HAND)


def test_signed_contracts_count_against_the_years_quota(ctx: ServiceContext) -> None:
    ll = create_landlord(ctx, {"name": "Kvothem AB", "kind": LandlordKind.MUNICIPAL})
    yearly = create_agreement(ctx, {"landlord_id": ll.id, "kind": AgreementKind.PRIORITY_QUOTA,
                                    "title": "Förtur", "quota": 2})
    today = date.today()
    assert get_agreement(ctx, yearly.id).usage == "0 av 2"
    let_through(ctx, ll.id, yearly.id, today)
    let_through(ctx, ll.id, yearly.id, date(today.year - 1, 12, 31))  # last year's does not count
    row = get_agreement(ctx, yearly.id)
    assert (row.used, row.usage) == (1, "1 av 2")
    listed = {r.id: r for r in list_agreements(ctx, ListQuery()).rows}
    assert listed[yearly.id].used == 1
    next_year = list_agreements(ctx, ListQuery(filters={"today": date(today.year + 1, 1, 5)})).rows
    assert {r.id: r.used for r in next_year}[yearly.id] == 0


def test_set_aside_flats_count_per_month() -> None:
    assert quota_period(AgreementKind.SET_ASIDE, date(2026, 12, 15)) == (date(2026, 12, 1), date(2027, 1, 1))
    assert quota_period(AgreementKind.SET_ASIDE, date(2026, 2, 28)) == (date(2026, 2, 1), date(2026, 3, 1))
    assert quota_period(AgreementKind.PRIORITY_QUOTA, date(2026, 2, 28)) == (date(2026, 1, 1), date(2027, 1, 1))


def test_set_aside_usage_resets_with_the_month(ctx: ServiceContext) -> None:
    ll = create_landlord(ctx, {"name": "Månadshem AB", "kind": LandlordKind.PRIVATE})
    monthly = create_agreement(ctx, {"landlord_id": ll.id, "kind": AgreementKind.SET_ASIDE,
                                     "title": "En i månaden", "quota": 1})
    today = date.today()
    let_through(ctx, ll.id, monthly.id, today)
    assert get_agreement(ctx, monthly.id).usage == "1 av 1"
    later = (today.replace(day=1) + timedelta(days=40))
    assert {r.id: r.used for r in list_agreements(ctx, ListQuery(filters={"today": later})).rows}[monthly.id] == 0
