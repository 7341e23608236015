"""Tests for sbdesk.services.apartments: create, update, archive, filters, search, sort, paging."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import ApartmentStatus, ContractType, LandlordKind
from sbdesk.domain.housing import Apartment
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services.apartments import (
    APARTMENT_SORT,
    create_apartment,
    get_apartment,
    list_apartments,
    set_apartment_archived,
    update_apartment,
)
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_agreement, create_landlord
from sbdesk.services.listing import MAX_PAGE, ListQuery
from tests.conftest import COORDINATOR

# -- helpers ------------------------------------------------------------------------------------

AUDIT_COLUMNS = (AuditEvent.id, AuditEvent.actor, AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id,
                 AuditEvent.reason, AuditEvent.details)


def count(ctx: ServiceContext, model: type[Any]) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def last_audit_id(ctx: ServiceContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.max(AuditEvent.id))) or 0


def audit_since(ctx: ServiceContext, after_id: int) -> list[Any]:
    with ctx.read() as s:
        return list(s.execute(select(*AUDIT_COLUMNS).where(AuditEvent.id > after_id).order_by(AuditEvent.id)))


def one_event(ctx: ServiceContext, after_id: int, action: str, entity_id: int) -> Any:
    events = audit_since(ctx, after_id)
    assert len(events) == 1, [e.action for e in events]
    ev = events[0]
    assert (ev.action, ev.entity, ev.entity_id, ev.actor) == (action, "apartment", str(entity_id), COORDINATOR)
    return ev


def snapshot(ctx: ServiceContext) -> tuple[int, int]:
    return count(ctx, Apartment), count(ctx, AuditEvent)


def landlord(ctx: ServiceContext, name: str = "Exempelhem AB") -> Any:
    return create_landlord(ctx, {"name": name, "kind": LandlordKind.MUNICIPAL})


def agreement(ctx: ServiceContext, landlord_id: int, title: str = "Avsatta") -> Any:
    return create_agreement(ctx, {"landlord_id": landlord_id, "kind": "set_aside", "title": title})


def apartment(ctx: ServiceContext, landlord_id: int, **kw: Any) -> Any:
    values = {
        "landlord_id": landlord_id, "address": "Provgatan 1", "municipality_code": "1980", "rooms": 2,
        "rent_sek": 6500, "contract_type": ContractType.FIRST_HAND, "status": ApartmentStatus.AVAILABLE,
    }
    values.update(kw)
    return create_apartment(ctx, values)


def ids(ctx: ServiceContext, search: str = "", **filters: Any) -> set[int]:
    page = list_apartments(ctx, ListQuery(search=search, filters=filters, limit=MAX_PAGE))
    assert page.total == len(page.rows)
    return {r.id for r in page.rows}


def sort_value(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def expected_order(rows: list[Any], attr: str, descending: bool) -> list[int]:
    """Ids as SQLite orders them: NULLs first ascending / last descending, then id ascending."""
    present = sorted((r for r in rows if getattr(r, attr) is not None), key=lambda r: r.id)
    present.sort(key=lambda r: sort_value(getattr(r, attr)), reverse=descending)
    missing = sorted((r for r in rows if getattr(r, attr) is None), key=lambda r: r.id)
    return [r.id for r in (present + missing if descending else missing + present)]


# -- create ---------------------------------------------------------------------------------------


def test_create_apartment_parses_and_returns_full_row(ctx: ServiceContext) -> None:
    ll = landlord(ctx)
    ag = agreement(ctx, ll.id)
    before = last_audit_id(ctx)
    row = create_apartment(ctx, {
        "landlord_id": ll.id, "agreement_id": ag.id, "address": " Ängsvägen 3 ", "postal_code": "72212",
        "postal_town": "Västerås", "municipality_code": "1980", "district": "Bäckby", "rooms": "3",
        "area_m2": "74", "rent_sek": "7 450 kr", "floor": "-1", "elevator": "ja", "wheelchair_accessible": True,
        "available_from": "2026-09-01", "contract_type": "social", "status": "planned", "notes": "Nyrenoverad",
    })
    assert row.address == "Ängsvägen 3"
    assert row.postal_code == "722 12"
    assert row.rent_sek == 7450 and isinstance(row.rent_sek, int)
    assert (row.rooms, row.area_m2, row.floor) == (3, 74, -1)
    assert row.size_label == "3 rok"
    assert (row.elevator, row.wheelchair_accessible) == (True, True)
    assert row.available_from == date(2026, 9, 1)
    assert row.contract_type is ContractType.SOCIAL
    assert row.status is ApartmentStatus.PLANNED
    assert (row.landlord_name, row.municipality_name, row.agreement_id) == (ll.name, "Västerås", ag.id)
    assert row.archived is False
    assert get_apartment(ctx, row.id) == row
    one_event(ctx, before, "apartment.create", row.id)


@pytest.mark.parametrize("raw", ["72212", "722 12", "722\u00a012", " 722 12 "])
def test_postnummer_is_normalised(ctx: ServiceContext, raw: str) -> None:
    assert apartment(ctx, landlord(ctx).id, postal_code=raw).postal_code == "722 12"


@pytest.mark.parametrize(("raw", "expected"), [
    ("7 450 kr", 7450), ("7450", 7450), ("7\u00a0450 kr", 7450), ("7450:-", 7450), ("7 450,00", 7450),
    (7450, 7450), (Decimal("7450"), 7450),
])
def test_rent_is_parsed_to_whole_kronor(ctx: ServiceContext, raw: Any, expected: int) -> None:
    row = apartment(ctx, landlord(ctx).id, rent_sek=raw)
    assert row.rent_sek == expected
    assert get_apartment(ctx, row.id).rent_sek == expected


def test_float_rent_raises_type_error_and_writes_nothing(ctx: ServiceContext) -> None:
    ll = landlord(ctx)
    before = snapshot(ctx)
    with pytest.raises(TypeError):
        apartment(ctx, ll.id, rent_sek=7450.0)
    assert snapshot(ctx) == before


def test_flags_default_to_false(ctx: ServiceContext) -> None:
    row = apartment(ctx, landlord(ctx).id)
    assert (row.elevator, row.wheelchair_accessible) == (False, False)
    assert (row.agreement_id, row.postal_code, row.district, row.available_from) == (None, None, None, None)


def test_create_apartment_reports_every_bad_field(ctx: ServiceContext) -> None:
    landlord(ctx)
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        create_apartment(ctx, {
            "landlord_id": None, "address": "", "postal_code": "01234", "municipality_code": " ", "rooms": "0",
            "area_m2": "stor", "rent_sek": "sjutusen", "elevator": "kanske", "available_from": "1/9 2026",
            "contract_type": "bostadsrätt", "status": None,
        })
    exc = info.value
    expected = {
        "landlord_id": "REQUIRED", "address": "REQUIRED", "postal_code": "POSTCODE_FORMAT",
        "municipality_code": "REQUIRED", "rooms": "INT_RANGE", "area_m2": "INT_FORMAT", "rent_sek": "AMOUNT_FORMAT",
        "elevator": "BOOL_FORMAT", "available_from": "DATE_FORMAT", "contract_type": "INVALID_CHOICE",
        "status": "REQUIRED",
    }
    assert {e.field: e.error_code for e in exc.errors} == expected
    assert set(exc.by_field()) == set(expected)
    assert snapshot(ctx) == before


def test_create_apartment_reports_every_bad_reference(ctx: ServiceContext) -> None:
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        apartment(ctx, 4711, agreement_id=4712, municipality_code="9999")
    assert {e.field: e.error_code for e in info.value.errors} == {
        "landlord_id": "UNKNOWN_LANDLORD", "agreement_id": "UNKNOWN_AGREEMENT",
        "municipality_code": "UNKNOWN_MUNICIPALITY",
    }
    assert snapshot(ctx) == before


def test_agreement_of_another_landlord_is_refused(ctx: ServiceContext) -> None:
    mine, other = landlord(ctx, "Egen AB"), landlord(ctx, "Annan AB")
    foreign = agreement(ctx, other.id)
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        apartment(ctx, mine.id, agreement_id=foreign.id)
    assert (info.value.field, info.value.error_code) == ("agreement_id", "AGREEMENT_LANDLORD")
    assert snapshot(ctx) == before
    # and on update
    row = apartment(ctx, mine.id)
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        update_apartment(ctx, row.id, {"agreement_id": foreign.id})
    assert info.value.error_code == "AGREEMENT_LANDLORD"
    assert snapshot(ctx) == before
    assert get_apartment(ctx, row.id).agreement_id is None


def test_changing_landlord_keeps_agreement_consistent(ctx: ServiceContext) -> None:
    a, b = landlord(ctx, "A AB"), landlord(ctx, "B AB")
    ag = agreement(ctx, a.id)
    row = apartment(ctx, a.id, agreement_id=ag.id)
    with pytest.raises(ValidationError) as info:
        update_apartment(ctx, row.id, {"landlord_id": b.id})
    assert info.value.error_code == "AGREEMENT_LANDLORD"
    assert get_apartment(ctx, row.id).landlord_id == a.id


# -- update / archive -------------------------------------------------------------------------------


def test_update_apartment_changes_fields_and_audits_names_only(ctx: ServiceContext) -> None:
    ll = landlord(ctx)
    ag = agreement(ctx, ll.id)
    row = apartment(ctx, ll.id, address="Gamla gatan 1")
    before = last_audit_id(ctx)
    updated = update_apartment(ctx, row.id, {
        "address": "Hemliga gatan 9", "rent_sek": "8 125 kr", "agreement_id": ag.id, "rooms": 2,
        "postal_code": "12345",
    })
    assert (updated.address, updated.rent_sek, updated.agreement_id) == ("Hemliga gatan 9", 8125, ag.id)
    assert updated.postal_code == "123 45"
    assert updated.rooms == 2 and updated.municipality_code == "1980"
    assert get_apartment(ctx, row.id) == updated
    ev = one_event(ctx, before, "apartment.update", row.id)
    assert sorted(json.loads(ev.details)["fields"]) == ["address", "agreement_id", "postal_code", "rent_sek"]
    for secret in ("Hemliga", "8125", "8 125", "123 45", "Gamla"):
        assert secret not in ev.details


def test_update_apartment_without_change_writes_no_event(ctx: ServiceContext) -> None:
    row = apartment(ctx, landlord(ctx).id)
    before = last_audit_id(ctx)
    assert update_apartment(ctx, row.id, {"rooms": "2", "rent_sek": "6 500 kr"}) == row
    assert audit_since(ctx, before) == []


def test_update_apartment_validation_writes_nothing(ctx: ServiceContext) -> None:
    row = apartment(ctx, landlord(ctx).id)
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        update_apartment(ctx, row.id, {"rooms": "21", "status": "såld", "address": ""})
    assert {e.field: e.error_code for e in info.value.errors} == {
        "rooms": "INT_RANGE", "status": "INVALID_CHOICE", "address": "REQUIRED",
    }
    with pytest.raises(ValidationError) as info:
        update_apartment(ctx, row.id, {"municipality_code": "0000", "address": "Ny adress 1"})
    assert info.value.error_code == "UNKNOWN_MUNICIPALITY"
    assert snapshot(ctx) == before
    assert get_apartment(ctx, row.id) == row


def test_update_rejects_float_rent(ctx: ServiceContext) -> None:
    row = apartment(ctx, landlord(ctx).id)
    with pytest.raises(TypeError):
        update_apartment(ctx, row.id, {"rent_sek": 7000.5})
    assert get_apartment(ctx, row.id).rent_sek == 6500


def test_update_apartment_blank_flag_means_no(ctx: ServiceContext) -> None:
    row = apartment(ctx, landlord(ctx).id, elevator=True)
    assert update_apartment(ctx, row.id, {"elevator": None}).elevator is False


def test_unknown_apartment_raises_not_found(ctx: ServiceContext) -> None:
    before = snapshot(ctx)
    for call in (
        lambda: get_apartment(ctx, 999),
        lambda: update_apartment(ctx, 999, {"rooms": 1}),
        lambda: set_apartment_archived(ctx, 999),
    ):
        with pytest.raises(NotFound):
            call()
    assert snapshot(ctx) == before


def test_archive_and_restore_apartment(ctx: ServiceContext) -> None:
    ll = landlord(ctx)
    kept, gone = apartment(ctx, ll.id, address="Kvar 1"), apartment(ctx, ll.id, address="Borta 2")
    before = last_audit_id(ctx)
    set_apartment_archived(ctx, gone.id)
    one_event(ctx, before, "apartment.archive", gone.id)
    assert ids(ctx) == {kept.id}
    assert ids(ctx, "borta") == set()
    everything = list_apartments(ctx, ListQuery(include_archived=True))
    assert everything.total == 2
    assert {r.id: r.archived for r in everything.rows} == {kept.id: False, gone.id: True}
    assert get_apartment(ctx, gone.id).archived is True
    assert count(ctx, Apartment) == 2
    before = last_audit_id(ctx)
    set_apartment_archived(ctx, gone.id, archived=False)
    one_event(ctx, before, "apartment.restore", gone.id)
    assert ids(ctx) == {kept.id, gone.id}


# -- filters ----------------------------------------------------------------------------------------


@pytest.fixture
def stock(ctx: ServiceContext) -> dict[str, Any]:
    """A small, varied apartment stock; returns the created rows by nickname."""
    a, b = landlord(ctx, "Mälarhem AB"), landlord(ctx, "Fjällhus Fastigheter")
    ag_a, ag_b = agreement(ctx, a.id, "A-avtal"), agreement(ctx, b.id, "B-avtal")
    rows = {
        "small": apartment(ctx, a.id, address="Ängsvägen 4", district="Bäckby", rooms=1, rent_sek=4800,
                           status="available", contract_type="social", available_from="2026-01-15",
                           elevator=True, agreement_id=ag_a.id, postal_town="Västerås", floor=3),
        "family": apartment(ctx, a.id, address="Storgatan 12", district="Råby", rooms=4, rent_sek=11200,
                            status="planned", contract_type="first_hand", available_from="2026-03-01",
                            wheelchair_accessible=True, elevator=True, postal_town="Västerås", floor=0),
        "uppsala": apartment(ctx, b.id, address="Kvarngatan 7", district="Gottsunda", municipality_code="0380",
                             rooms=2, rent_sek=7100, status="reserved", contract_type="trial",
                             available_from="2026-02-01", agreement_id=ag_b.id, postal_town="Uppsala", floor=1),
        "orebro": apartment(ctx, b.id, address="Parkgatan 2", district="Vivalla", municipality_code="1880",
                            rooms=3, rent_sek=8900, status="let", contract_type="housing_first",
                            available_from=None, wheelchair_accessible=True, postal_town="Örebro"),
        "arboga": apartment(ctx, a.id, address="Solvägen 19", district="Centrum", municipality_code="1984",
                            rooms=2, rent_sek=6000, status="available", contract_type="emergency",
                            available_from="2026-06-30", postal_town="Arboga", floor=5),
    }
    return {"a": a, "b": b, "ag_a": ag_a, "ag_b": ag_b, **{k: v.id for k, v in rows.items()}}


def test_filter_status_single_and_list(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, status="available") == {stock["small"], stock["arboga"]}
    assert ids(ctx, status=ApartmentStatus.LET) == {stock["orebro"]}
    assert ids(ctx, status=["planned", "reserved"]) == {stock["family"], stock["uppsala"]}
    assert ids(ctx, status=(ApartmentStatus.AVAILABLE, ApartmentStatus.LET)) == {
        stock["small"], stock["arboga"], stock["orebro"]}
    assert ids(ctx, status=["withdrawn"]) == set()
    assert ids(ctx, status=[]) == set()


def test_filter_municipality(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, municipality_code="1980") == {stock["small"], stock["family"]}
    assert ids(ctx, municipality_code="0380") == {stock["uppsala"]}
    assert ids(ctx, municipality_code="0180") == set()


def test_filter_rooms_min_max(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, rooms_min=3) == {stock["family"], stock["orebro"]}
    assert ids(ctx, rooms_max=2) == {stock["small"], stock["uppsala"], stock["arboga"]}
    assert ids(ctx, rooms_min=2, rooms_max=3) == {stock["uppsala"], stock["orebro"], stock["arboga"]}
    assert ids(ctx, rooms_min=2, rooms_max=2) == {stock["uppsala"], stock["arboga"]}  # inclusive


def test_filter_max_rent(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, max_rent=6000) == {stock["small"], stock["arboga"]}  # inclusive
    assert ids(ctx, max_rent=5999) == {stock["small"]}
    assert ids(ctx, max_rent=4000) == set()


def test_filter_contract_type(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, contract_type="social") == {stock["small"]}
    assert ids(ctx, contract_type=ContractType.HOUSING_FIRST) == {stock["orebro"]}


def test_filter_landlord_and_agreement(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, landlord_id=stock["a"].id) == {stock["small"], stock["family"], stock["arboga"]}
    assert ids(ctx, landlord_id=stock["b"].id) == {stock["uppsala"], stock["orebro"]}
    assert ids(ctx, agreement_id=stock["ag_a"].id) == {stock["small"]}
    assert ids(ctx, agreement_id=stock["ag_b"].id) == {stock["uppsala"]}
    assert ids(ctx, landlord_id=stock["b"].id, agreement_id=stock["ag_a"].id) == set()


def test_filter_available_by(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, available_by=date(2026, 2, 1)) == {stock["small"], stock["uppsala"]}  # inclusive
    assert ids(ctx, available_by=date(2026, 1, 31)) == {stock["small"]}
    assert ids(ctx, available_by=date(2026, 12, 31)) == {
        stock["small"], stock["family"], stock["uppsala"], stock["arboga"]}
    assert ids(ctx, available_by=date(2025, 1, 1)) == set()


def test_filter_elevator_and_wheelchair(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, elevator=True) == {stock["small"], stock["family"]}
    assert ids(ctx, wheelchair_accessible=True) == {stock["family"], stock["orebro"]}
    assert ids(ctx, elevator=True, wheelchair_accessible=True) == {stock["family"]}
    assert len(ids(ctx, elevator=False)) == 5  # False means "no requirement"


def test_filters_combine(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, status=["available", "planned"], rooms_min=2, max_rent=12000) == {
        stock["family"], stock["arboga"]}
    assert ids(ctx, "västerås", status="available", elevator=True) == {stock["small"]}


# -- search -----------------------------------------------------------------------------------------


def test_search_across_columns(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, "storgatan") == {stock["family"]}  # address
    assert ids(ctx, "gottsunda") == {stock["uppsala"]}  # district
    assert ids(ctx, "Arboga") == {stock["arboga"]}  # municipality / postal town
    assert ids(ctx, "fjällhus") == {stock["uppsala"], stock["orebro"]}  # landlord
    assert ids(ctx, "Kvarngatan 7") == {stock["uppsala"]}  # every word must match
    assert ids(ctx, "Kvarngatan 8") == set()
    assert ids(ctx, "mälarhem råby") == {stock["family"]}  # words may match different columns


def test_search_swedish_letters_ignore_case(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, "västerås") == {stock["small"], stock["family"]}
    assert ids(ctx, "VÄSTERÅS") == {stock["small"], stock["family"]}
    assert ids(ctx, "ÄNGS") == {stock["small"]}
    assert ids(ctx, "ängsvägen") == {stock["small"]}
    assert ids(ctx, "ÖREBRO") == {stock["orebro"]}
    assert ids(ctx, "BÄCKBY") == {stock["small"]}
    assert ids(ctx, "MÄLARHEM") == {stock["small"], stock["family"], stock["arboga"]}


def test_search_wildcards_are_literal(ctx: ServiceContext, stock: dict[str, Any]) -> None:
    assert ids(ctx, "%") == set()
    assert ids(ctx, "_") == set()
    assert ids(ctx, "gata_") == set()
    assert len(ids(ctx, "  ")) == 5


# -- sorting and paging ------------------------------------------------------------------------------


def _sort_dataset(ctx: ServiceContext) -> list[Any]:
    a, b, c = landlord(ctx, "Cederhem"), landlord(ctx, "Asphem"), landlord(ctx, "Björkhem")
    specs = [
        (a, "Cgatan 1", "1980", "Norr", 2, 50, 6000, 3, "2026-03-01", "social", "available"),
        (b, "Agatan 2", "0380", None, 1, None, 4500, None, None, "first_hand", "planned"),
        (c, "Bgatan 3", "1880", "Syd", 4, 95, 10500, 0, "2026-01-15", "trial", "let"),
        (a, "Cgatan 1", "1980", "Norr", 2, 50, 6000, 3, "2026-03-01", "social", "available"),  # full tie
        (b, "Dgatan 4", "1984", "Väst", 3, 70, 8200, 7, "2026-08-01", "emergency", "reserved"),
        (c, "Agatan 9", "0580", "Öst", 5, 120, 12000, -1, "2025-12-01", "housing_first", "withdrawn"),
    ]
    for ll, addr, code, district, rooms, area, rent, floor, avail, contract, status in specs:
        apartment(ctx, ll.id, address=addr, municipality_code=code, district=district, rooms=rooms, area_m2=area,
                  rent_sek=rent, floor=floor, available_from=avail, contract_type=contract, status=status)
    return sorted(list_apartments(ctx, ListQuery(limit=100)).rows, key=lambda r: r.id)


@pytest.mark.parametrize("key", sorted(APARTMENT_SORT))
def test_sort_by_every_key(ctx: ServiceContext, key: str) -> None:
    rows = _sort_dataset(ctx)
    assert len(rows) == 6
    asc = [r.id for r in list_apartments(ctx, ListQuery(sort=key)).rows]
    desc = [r.id for r in list_apartments(ctx, ListQuery(sort=key, descending=True)).rows]
    assert asc == expected_order(rows, key, descending=False)
    assert desc == expected_order(rows, key, descending=True)
    assert asc != desc
    # rows 1 and 4 tie on every key: the id tiebreak keeps them in creation order both ways
    tied = [rows_id for rows_id in asc if rows_id in {rows[0].id, rows[3].id}]
    assert tied == sorted(tied)
    tied = [rows_id for rows_id in desc if rows_id in {rows[0].id, rows[3].id}]
    assert tied == sorted(tied)


def test_default_and_unknown_sort_is_address(ctx: ServiceContext) -> None:
    ll = landlord(ctx)
    for addr in ("Cgatan 1", "Agatan 1", "Bgatan 1"):
        apartment(ctx, ll.id, address=addr)
    assert [r.address for r in list_apartments(ctx).rows] == ["Agatan 1", "Bgatan 1", "Cgatan 1"]
    assert [r.address for r in list_apartments(ctx, ListQuery(sort="rent_sek; drop")).rows] == [
        "Agatan 1", "Bgatan 1", "Cgatan 1"]
    assert [r.address for r in list_apartments(ctx, ListQuery(sort="zzz", descending=True)).rows] == [
        "Cgatan 1", "Bgatan 1", "Agatan 1"]


def test_paging(ctx: ServiceContext) -> None:
    ll = landlord(ctx)
    made = [apartment(ctx, ll.id, address=f"Sidgatan {i:02d}", rent_sek=5000 + i) for i in range(9)]
    page = list_apartments(ctx, ListQuery(sort="rent_sek", offset=3, limit=4))
    assert (page.total, page.offset) == (9, 3)
    assert [r.id for r in page.rows] == [m.id for m in made[3:7]]
    last = list_apartments(ctx, ListQuery(sort="rent_sek", offset=7, limit=4))
    assert [r.id for r in last.rows] == [m.id for m in made[7:]]
    assert list_apartments(ctx, ListQuery(offset=99)).rows == []
    assert list_apartments(ctx, ListQuery(offset=99)).total == 9
    filtered = list_apartments(ctx, ListQuery(filters={"max_rent": 5004}, limit=2))
    assert filtered.total == 5 and len(filtered.rows) == 2
