"""Översikt figures on a small hand-made dataset: waiting days, the 30- and 60-day windows, counts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from sbdesk.domain.enums import (
    AgreementKind,
    ApartmentStatus,
    CaseStatus,
    LandlordKind,
    ProtectionLevel,
)
from sbdesk.services import dashboard as dash
from sbdesk.services.apartments import create_apartment, set_apartment_archived
from sbdesk.services.cases import create_case, set_case_archived
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import (
    create_agreement,
    create_landlord,
    set_agreement_archived,
)

TODAY = date(2026, 11, 27)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def case(ctx: ServiceContext, status: CaseStatus, *, queue: date | None = None, shelter: date | None = None,
         level: ProtectionLevel = ProtectionLevel.NONE, pseudonym: str = "") -> int:
    return create_case(ctx, {"protection_level": level, "risk_level": "moderate", "status": status,
                             "queue_since": queue, "sheltered_since": shelter, "pseudonym": pseudonym}).id


def apartment(ctx: ServiceContext, landlord: int, status: ApartmentStatus, available: date | None,
              address: str) -> int:
    return create_apartment(ctx, {"landlord_id": landlord, "address": address, "municipality_code": "1980",
                                  "rooms": 2, "rent_sek": 7000, "contract_type": "first_hand",
                                  "status": status, "available_from": available}).id


@pytest.fixture
def data(ctx: ServiceContext) -> dict[str, Any]:
    """Cases, apartments and agreements placed just inside and just outside every window."""
    ids: dict[str, Any] = {}
    ids["longest"] = case(ctx, CaseStatus.WAITING, queue=days(-200), shelter=days(-250), pseudonym="Ek 11",
                          level=ProtectionLevel.PROTECTED_REGISTRATION)
    ids["shelter_only"] = case(ctx, CaseStatus.NEW, shelter=days(-100), pseudonym="Lind 12")
    ids["offer"] = case(ctx, CaseStatus.OFFER_PENDING, queue=days(-30), pseudonym="Rönn 13",
                        level=ProtectionLevel.ASSUMED_IDENTITY)
    ids["no_date"] = case(ctx, CaseStatus.WAITING, pseudonym="Tall 14")
    ids["housed"] = case(ctx, CaseStatus.HOUSED, queue=days(-900), pseudonym="Gran 15",
                         level=ProtectionLevel.CONFIDENTIALITY_MARK)
    ids["closed"] = case(ctx, CaseStatus.CLOSED, queue=days(-999), pseudonym="Ask 16",
                         level=ProtectionLevel.CONFIDENTIALITY_MARK)
    ids["archived"] = case(ctx, CaseStatus.WAITING, queue=days(-990), pseudonym="Sälg 17",
                           level=ProtectionLevel.PROTECTED_REGISTRATION)
    set_case_archived(ctx, ids["archived"])

    ll = create_landlord(ctx, {"name": "Mälarhem Bostäder AB", "kind": LandlordKind.MUNICIPAL}).id
    other = create_landlord(ctx, {"name": "Fyrklövern Fastigheter", "kind": LandlordKind.PRIVATE}).id
    ids["landlord"] = ll
    ids["apt_today"] = apartment(ctx, ll, ApartmentStatus.AVAILABLE, TODAY, "Lärkgatan 1")
    ids["apt_30"] = apartment(ctx, other, ApartmentStatus.PLANNED, days(30), "Storgatan 30")
    apartment(ctx, ll, ApartmentStatus.PLANNED, days(31), "Storgatan 31")  # outside the window
    apartment(ctx, ll, ApartmentStatus.AVAILABLE, days(-1), "Ängsvägen 2")  # free already, counts as available
    apartment(ctx, ll, ApartmentStatus.LET, days(5), "Skolgatan 5")  # let: not becoming available
    apartment(ctx, ll, ApartmentStatus.RESERVED, days(6), "Skolgatan 6")  # spoken for
    apartment(ctx, ll, ApartmentStatus.AVAILABLE, None, "Parkgatan 9")  # available, no date
    gone = apartment(ctx, ll, ApartmentStatus.AVAILABLE, days(3), "Kvarngatan 3")
    set_apartment_archived(ctx, gone)

    def agreement(title: str, valid_to: date | None, landlord: int = ll) -> int:
        return create_agreement(ctx, {"landlord_id": landlord, "kind": AgreementKind.PRIORITY_QUOTA, "title": title,
                                      "valid_from": date(2026, 1, 1), "valid_to": valid_to}).id

    ids["agr_60"] = agreement("Förtur 60", days(60), other)
    ids["agr_0"] = agreement("Förtur idag", TODAY)
    agreement("Förtur 61", days(61))
    agreement("Förtur slut", days(-1))
    agreement("Tillsvidare", None)
    set_agreement_archived(ctx, agreement("Arkiverat", days(10)))
    return ids


def test_longest_waiting_order_days_and_fields(ctx: ServiceContext, data: dict[str, Any]) -> None:
    d = dash.dashboard(ctx, TODAY)
    assert [(w.id, w.days_waiting) for w in d.waiting] == [
        (data["longest"], 200),  # the queue date wins over the shelter date
        (data["shelter_only"], 100),  # no queue date: waited since skyddat boende
        (data["offer"], 30),
        (data["no_date"], None),  # no date at all: listed last
    ]
    assert d.waiting_total == 4
    first = d.waiting[0]
    assert (first.pseudonym, first.protection_level, first.status) == (
        "Ek 11", ProtectionLevel.PROTECTED_REGISTRATION, CaseStatus.WAITING)
    assert first.reference.startswith("SB-") and first.waiting_since == days(-200)
    assert not any(hasattr(w, name) for w in d.waiting for name in ("first_name", "last_name", "personal_number"))


def test_waiting_list_is_limited_but_total_counts_all(ctx: ServiceContext, data: dict[str, Any]) -> None:
    rows, total = dash.longest_waiting(ctx, TODAY, limit=2)
    assert [r.id for r in rows] == [data["longest"], data["shelter_only"]] and total == 4


def test_apartments_in_the_next_30_days(ctx: ServiceContext, data: dict[str, Any]) -> None:
    d = dash.dashboard(ctx, TODAY)
    assert [(a.id, a.days_until, a.address) for a in d.upcoming_apartments] == [
        (data["apt_today"], 0, "Lärkgatan 1"), (data["apt_30"], 30, "Storgatan 30")]
    assert d.upcoming_total == 2
    assert d.upcoming_apartments[1].landlord_name == "Fyrklövern Fastigheter"
    assert d.upcoming_apartments[1].municipality_name == "Västerås"
    assert d.upcoming_apartments[1].status is ApartmentStatus.PLANNED
    # a day later the first one has passed and the one at 31 days comes into the window
    later = dash.dashboard(ctx, TODAY + timedelta(days=1))
    assert [a.address for a in later.upcoming_apartments] == ["Storgatan 30", "Storgatan 31"]


def test_agreements_ending_within_60_days(ctx: ServiceContext, data: dict[str, Any]) -> None:
    d = dash.dashboard(ctx, TODAY)
    assert [(a.id, a.days_left) for a in d.ending_agreements] == [(data["agr_0"], 0), (data["agr_60"], 60)]
    assert d.ending_total == 2
    assert d.ending_agreements[1].landlord_name == "Fyrklövern Fastigheter"
    assert d.ending_agreements[0].landlord_id == data["landlord"]
    assert [a.title for a in dash.ending_agreements(ctx, TODAY, days=61)[0]] == [
        "Förtur idag", "Förtur 60", "Förtur 61"]


def test_key_figures(ctx: ServiceContext, data: dict[str, Any]) -> None:
    figures = dash.dashboard(ctx, TODAY).figures
    # waiting: longest, shelter_only, offer, no_date (housed, closed and archived are not)
    # available: today, -1 day, no date (archived one not counted)
    # protected: longest, offer, housed (closed and archived are not)
    assert figures == dash.KeyFigures(waiting_households=4, available_apartments=3, protected_cases=3)


def test_counts_by_status_list_every_status(ctx: ServiceContext, data: dict[str, Any]) -> None:
    d = dash.dashboard(ctx, TODAY)
    apartments = {c.status: c.count for c in d.apartments_by_status}
    assert [c.status for c in d.apartments_by_status] == list(ApartmentStatus)
    assert apartments == {ApartmentStatus.PLANNED: 2, ApartmentStatus.AVAILABLE: 3, ApartmentStatus.RESERVED: 1,
                          ApartmentStatus.OFFERED: 0, ApartmentStatus.LET: 1, ApartmentStatus.WITHDRAWN: 0}
    cases = {c.status: c.count for c in d.cases_by_status}
    assert [c.status for c in d.cases_by_status] == list(CaseStatus)
    assert cases == {CaseStatus.NEW: 1, CaseStatus.WAITING: 2, CaseStatus.OFFER_PENDING: 1,
                     CaseStatus.HOUSED: 1, CaseStatus.CLOSED: 1}


def test_empty_database(ctx: ServiceContext) -> None:
    d = dash.dashboard(ctx, TODAY)
    assert d.figures == dash.KeyFigures(0, 0, 0)
    assert d.waiting == [] and d.upcoming_apartments == [] and d.ending_agreements == []
    assert all(c.count == 0 for c in d.apartments_by_status + d.cases_by_status)
    assert dash.dashboard(ctx).today == date.today()
