"""Tests for sbdesk.services.housing: landlords and their agreements (fictional data only)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import AgreementKind, LandlordKind
from sbdesk.domain.housing import Landlord, LandlordAgreement
from sbdesk.domain.validators import luhn_check_digit
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import (
    AGREEMENT_SORT,
    LANDLORD_SORT,
    create_agreement,
    create_landlord,
    get_landlord,
    list_agreements,
    list_landlords,
    set_agreement_archived,
    set_landlord_archived,
    update_agreement,
    update_landlord,
)
from sbdesk.services.listing import ListQuery
from tests.conftest import COORDINATOR

# -- helpers ------------------------------------------------------------------------------------


def count(ctx: ServiceContext, model: type[Any]) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def last_audit_id(ctx: ServiceContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.max(AuditEvent.id))) or 0


AUDIT_COLUMNS = (AuditEvent.id, AuditEvent.actor, AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id,
                 AuditEvent.reason, AuditEvent.details)


def audit_since(ctx: ServiceContext, after_id: int) -> list[Any]:
    """Plain rows (id, actor, action, entity, entity_id, reason, details) written after after_id."""
    with ctx.read() as s:
        return list(s.execute(select(*AUDIT_COLUMNS).where(AuditEvent.id > after_id).order_by(AuditEvent.id)))


def one_event(ctx: ServiceContext, after_id: int, action: str, entity: str, entity_id: int) -> Any:
    events = audit_since(ctx, after_id)
    assert len(events) == 1, [e.action for e in events]
    ev = events[0]
    assert (ev.action, ev.entity, ev.entity_id, ev.actor) == (action, entity, str(entity_id), COORDINATOR)
    return ev


def valid_org_number(nine: str = "556036079") -> str:
    return f"{nine[:6]}-{nine[6:]}{luhn_check_digit(nine)}"


def bad_checksum_org_number(nine: str = "556036079") -> str:
    wrong = str((int(luhn_check_digit(nine)) + 1) % 10)
    return f"{nine[:6]}-{nine[6:]}{wrong}"


def landlord(ctx: ServiceContext, name: str = "Exempelhem AB", **kw: Any) -> Any:
    return create_landlord(ctx, {"name": name, "kind": kw.pop("kind", LandlordKind.MUNICIPAL), **kw})


def agreement(ctx: ServiceContext, landlord_id: int, title: str = "Förtur 2026", **kw: Any) -> Any:
    return create_agreement(ctx, {
        "landlord_id": landlord_id, "kind": kw.pop("kind", AgreementKind.PRIORITY_QUOTA), "title": title, **kw,
    })


def snapshot(ctx: ServiceContext) -> tuple[int, int, int]:
    return count(ctx, Landlord), count(ctx, LandlordAgreement), count(ctx, AuditEvent)


def sort_value(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def expected_order(rows: list[Any], attr: str, descending: bool) -> list[int]:
    """Ids as SQLite orders them: NULLs first ascending / last descending, then id ascending."""
    present = [r for r in rows if getattr(r, attr) is not None]
    missing = [r for r in rows if getattr(r, attr) is None]
    present.sort(key=lambda r: r.id)
    present.sort(key=lambda r: sort_value(getattr(r, attr)), reverse=descending)
    missing.sort(key=lambda r: r.id)
    ordered = present + missing if descending else missing + present
    return [r.id for r in ordered]


# -- landlords: create / get / update -----------------------------------------------------------


def test_create_landlord_returns_clean_row_and_persists(ctx: ServiceContext) -> None:
    org = valid_org_number()
    row = create_landlord(ctx, {
        "name": "  Exempelhem AB ", "kind": "private", "org_number": org.replace("-", ""),
        "contact_name": "Kontakt Person", "phone": "021-12  34 56", "email": "Info@Exempel.SE",
        "notes": "Rad ett\nRad två",
    })
    assert row.id > 0
    assert row.name == "Exempelhem AB"
    assert row.kind is LandlordKind.PRIVATE
    assert row.org_number == org
    assert row.phone == "021-12 34 56"
    assert row.email == "Info@exempel.se"
    assert row.notes == "Rad ett\nRad två"
    assert row.archived is False
    assert get_landlord(ctx, row.id) == row
    assert count(ctx, Landlord) == 1


def test_create_landlord_blank_optional_fields_are_none(ctx: ServiceContext) -> None:
    row = create_landlord(ctx, {"name": "Minimal AB", "kind": LandlordKind.MUNICIPAL, "phone": "  ", "email": ""})
    assert (row.org_number, row.contact_name, row.phone, row.email, row.notes) == (None,) * 5


def test_create_landlord_writes_one_audit_event(ctx: ServiceContext) -> None:
    before = last_audit_id(ctx)
    row = landlord(ctx)
    ev = one_event(ctx, before, "landlord.create", "landlord", row.id)
    assert ev.details is None or "Exempelhem" not in ev.details


def test_create_landlord_reports_every_bad_field(ctx: ServiceContext) -> None:
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        create_landlord(ctx, {
            "name": " ", "kind": "bostadsrätt", "org_number": "12345", "phone": "ring mig", "email": "inte-epost",
        })
    exc = info.value
    codes = {e.field: e.error_code for e in exc.errors}
    assert codes == {
        "name": "REQUIRED", "kind": "INVALID_CHOICE", "org_number": "ORG_FORMAT",
        "phone": "PHONE_FORMAT", "email": "EMAIL_FORMAT",
    }
    assert set(exc.by_field()) == set(codes)
    assert all(msg.strip() for msg in exc.by_field().values())
    assert (exc.field, exc.error_code) == ("name", "REQUIRED")  # the first error leads
    assert snapshot(ctx) == before


def test_create_landlord_org_number_checksum(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as info:
        landlord(ctx, org_number=bad_checksum_org_number())
    assert (info.value.field, info.value.error_code) == ("org_number", "ORG_CHECKSUM")
    assert count(ctx, Landlord) == 0


def test_create_landlord_missing_required_keys(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as info:
        create_landlord(ctx, {})
    assert {(e.field, e.error_code) for e in info.value.errors} == {("name", "REQUIRED"), ("kind", "REQUIRED")}


def test_create_landlord_unknown_field_is_a_programming_error(ctx: ServiceContext) -> None:
    with pytest.raises(KeyError):
        create_landlord(ctx, {"name": "X", "kind": "private", "hemlig": "1"})
    assert count(ctx, Landlord) == 0


def test_update_landlord_changes_only_given_fields_and_audits_names(ctx: ServiceContext) -> None:
    row = landlord(ctx, contact_name="Gammal Kontakt", phone="021-111111")
    before = last_audit_id(ctx)
    updated = update_landlord(ctx, row.id, {"name": "Nyhem AB", "contact_name": "Ny Kontaktperson"})
    assert updated.name == "Nyhem AB"
    assert updated.contact_name == "Ny Kontaktperson"
    assert updated.phone == "021-111111"  # untouched
    assert get_landlord(ctx, row.id) == updated
    ev = one_event(ctx, before, "landlord.update", "landlord", row.id)
    details = json.loads(ev.details)
    assert sorted(details["fields"]) == ["contact_name", "name"]
    for value in ("Nyhem", "Ny Kontaktperson", "Exempelhem", "Gammal Kontakt"):
        assert value not in ev.details


def test_update_landlord_without_changes_writes_no_event(ctx: ServiceContext) -> None:
    row = landlord(ctx)
    before = last_audit_id(ctx)
    assert update_landlord(ctx, row.id, {"name": row.name}) == row
    assert audit_since(ctx, before) == []


def test_update_landlord_validation_writes_nothing(ctx: ServiceContext) -> None:
    row = landlord(ctx)
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        update_landlord(ctx, row.id, {"name": "", "email": "a@b", "kind": "x"})
    assert {e.field: e.error_code for e in info.value.errors} == {
        "name": "REQUIRED", "kind": "INVALID_CHOICE", "email": "EMAIL_FORMAT",
    }
    assert snapshot(ctx) == before
    assert get_landlord(ctx, row.id) == row


def test_update_and_get_unknown_landlord_raise_not_found(ctx: ServiceContext) -> None:
    before = snapshot(ctx)
    with pytest.raises(NotFound):
        update_landlord(ctx, 999, {"name": "X"})
    with pytest.raises(NotFound):
        get_landlord(ctx, 999)
    with pytest.raises(NotFound):
        set_landlord_archived(ctx, 999)
    assert snapshot(ctx) == before


# -- landlords: archive / restore -----------------------------------------------------------------


def test_archive_and_restore_landlord(ctx: ServiceContext) -> None:
    kept = landlord(ctx, "Kvar AB")
    gone = landlord(ctx, "Arkiverad AB")
    before = last_audit_id(ctx)
    set_landlord_archived(ctx, gone.id)
    one_event(ctx, before, "landlord.archive", "landlord", gone.id)
    assert get_landlord(ctx, gone.id).archived is True
    assert [r.id for r in list_landlords(ctx).rows] == [kept.id]
    assert list_landlords(ctx).total == 1
    with_archived = list_landlords(ctx, ListQuery(include_archived=True))
    assert {r.id: r.archived for r in with_archived.rows} == {kept.id: False, gone.id: True}
    assert with_archived.total == 2
    assert count(ctx, Landlord) == 2  # archived, never deleted

    before = last_audit_id(ctx)
    set_landlord_archived(ctx, gone.id, archived=False)
    one_event(ctx, before, "landlord.restore", "landlord", gone.id)
    assert get_landlord(ctx, gone.id).archived is False
    assert {r.id for r in list_landlords(ctx).rows} == {kept.id, gone.id}


# -- landlords: list ------------------------------------------------------------------------------


def test_list_landlords_search_is_case_insensitive_and_word_wise(ctx: ServiceContext) -> None:
    a = landlord(ctx, "Mälarstrand Bostäder AB", contact_name="Kim Exempel")
    b = landlord(ctx, "Ängsgården Fastigheter", org_number=valid_org_number())
    landlord(ctx, "Annat Bolag")
    assert [r.id for r in list_landlords(ctx, ListQuery(search="mälarstrand")).rows] == [a.id]
    assert [r.id for r in list_landlords(ctx, ListQuery(search="ÄNGSGÅRDEN")).rows] == [b.id]
    assert [r.id for r in list_landlords(ctx, ListQuery(search="exempel")).rows] == [a.id]  # contact
    assert [r.id for r in list_landlords(ctx, ListQuery(search=valid_org_number()[:6])).rows] == [b.id]
    # every word must match something
    assert [r.id for r in list_landlords(ctx, ListQuery(search="bostäder kim")).rows] == [a.id]
    assert list_landlords(ctx, ListQuery(search="bostäder annat")).total == 0
    # LIKE wildcards in the input are literal
    assert list_landlords(ctx, ListQuery(search="%")).total == 0
    assert list_landlords(ctx, ListQuery(search="_")).total == 0
    assert list_landlords(ctx, ListQuery(search="   ")).total == 3


def test_list_landlords_kind_filter(ctx: ServiceContext) -> None:
    m = landlord(ctx, "Kommunalt AB", kind=LandlordKind.MUNICIPAL)
    p = landlord(ctx, "Privat AB", kind=LandlordKind.PRIVATE)
    assert [r.id for r in list_landlords(ctx, ListQuery(filters={"kind": "municipal"})).rows] == [m.id]
    assert [r.id for r in list_landlords(ctx, ListQuery(filters={"kind": LandlordKind.PRIVATE})).rows] == [p.id]


def test_list_landlords_counts_agreements_and_apartments(ctx: ServiceContext) -> None:
    from sbdesk.services.apartments import create_apartment

    a = landlord(ctx, "A AB")
    b = landlord(ctx, "B AB")
    agreement(ctx, a.id, "Ett")
    agreement(ctx, a.id, "Två")
    create_apartment(ctx, {
        "landlord_id": b.id, "address": "Provgatan 1", "municipality_code": "1980", "rooms": 2,
        "rent_sek": 6000, "contract_type": "first_hand", "status": "available",
    })
    counts = {r.id: (r.agreement_count, r.apartment_count) for r in list_landlords(ctx).rows}
    assert counts == {a.id: (2, 0), b.id: (0, 1)}


def _landlord_dataset(ctx: ServiceContext) -> list[Any]:
    from sbdesk.services.apartments import create_apartment

    specs = [
        ("Cederhem", LandlordKind.PRIVATE, "Berit", "021-300000", 2, 0),
        ("Asphem", LandlordKind.MUNICIPAL, None, "021-100000", 0, 3),
        ("Björkhem", LandlordKind.PRIVATE, "Adam", None, 1, 1),
        ("Asphem", LandlordKind.MUNICIPAL, "Cecilia", "021-200000", 2, 0),  # tie on name
        ("Dalhem", LandlordKind.MUNICIPAL, "Adam", "021-100000", 0, 0),
    ]
    emails = ["c@hem.se", None, "b@hem.se", "a@hem.se", None]
    for (name, kind, contact, phone, n_agreements, n_apartments), email in zip(specs, emails, strict=True):
        ll = create_landlord(ctx, {"name": name, "kind": kind, "contact_name": contact, "phone": phone,
                                   "email": email})
        for i in range(n_agreements):
            agreement(ctx, ll.id, f"Avtal {i}")
        for i in range(n_apartments):
            create_apartment(ctx, {
                "landlord_id": ll.id, "address": f"Provgatan {i + 1}", "municipality_code": "1980",
                "rooms": 1, "rent_sek": 5000, "contract_type": "social", "status": "available",
            })
    return list_landlords(ctx, ListQuery(limit=100)).rows


@pytest.mark.parametrize("key", sorted(LANDLORD_SORT))
def test_list_landlords_sorts_by_every_key(ctx: ServiceContext, key: str) -> None:
    rows = _landlord_dataset(ctx)
    asc = [r.id for r in list_landlords(ctx, ListQuery(sort=key)).rows]
    desc = [r.id for r in list_landlords(ctx, ListQuery(sort=key, descending=True)).rows]
    assert asc == expected_order(rows, key, descending=False)
    assert desc == expected_order(rows, key, descending=True)
    assert asc != desc
    assert sorted(asc) == sorted(desc) == sorted(r.id for r in rows)


def test_list_landlords_tiebreak_is_id_in_both_directions(ctx: ServiceContext) -> None:
    first = landlord(ctx, "Samma Namn")
    second = landlord(ctx, "Samma Namn")
    for descending in (False, True):
        ids = [r.id for r in list_landlords(ctx, ListQuery(sort="name", descending=descending)).rows]
        assert ids == [first.id, second.id]


def test_list_landlords_unknown_sort_key_falls_back_to_name(ctx: ServiceContext) -> None:
    for name in ("Ceder", "Asp", "Björk"):
        landlord(ctx, name)
    names = [r.name for r in list_landlords(ctx, ListQuery(sort="drop table")).rows]
    assert names == ["Asp", "Björk", "Ceder"]
    names = [r.name for r in list_landlords(ctx, ListQuery(sort="nope", descending=True)).rows]
    assert names == ["Ceder", "Björk", "Asp"]


def test_list_landlords_paging(ctx: ServiceContext) -> None:
    created = [landlord(ctx, f"Hyresvärd {i:02d}") for i in range(7)]
    page = list_landlords(ctx, ListQuery(offset=2, limit=3))
    assert page.total == 7
    assert page.offset == 2
    assert [r.id for r in page.rows] == [c.id for c in created[2:5]]
    tail = list_landlords(ctx, ListQuery(offset=5, limit=3))
    assert [r.id for r in tail.rows] == [c.id for c in created[5:]]
    assert tail.total == 7
    assert list_landlords(ctx, ListQuery(offset=50)).rows == []
    assert list_landlords(ctx, ListQuery(limit=0)).rows == []
    filtered = list_landlords(ctx, ListQuery(search="Hyresvärd 0", limit=2))
    assert filtered.total == 7 and len(filtered.rows) == 2


# -- agreements: create / update ------------------------------------------------------------------


def test_create_agreement_returns_row_and_audits(ctx: ServiceContext) -> None:
    ll = landlord(ctx)
    before = last_audit_id(ctx)
    row = create_agreement(ctx, {
        "landlord_id": ll.id, "kind": "set_aside", "title": " Avsatta 2026 ", "valid_from": "2026-01-01",
        "valid_to": date(2026, 12, 31), "quota": "12", "municipality_code": "1980", "rent_guarantee": "ja",
        "consent_routine": "Samtycke inhämtas skriftligt.",
    })
    assert row.landlord_id == ll.id
    assert row.landlord_name == ll.name
    assert row.kind is AgreementKind.SET_ASIDE
    assert row.title == "Avsatta 2026"
    assert (row.valid_from, row.valid_to) == (date(2026, 1, 1), date(2026, 12, 31))
    assert row.quota == 12
    assert row.municipality_code == "1980"
    assert row.rent_guarantee is True
    assert row.archived is False
    one_event(ctx, before, "agreement.create", "landlord_agreement", row.id)


def test_create_agreement_rent_guarantee_defaults_to_false(ctx: ServiceContext) -> None:
    row = agreement(ctx, landlord(ctx).id)
    assert row.rent_guarantee is False
    assert (row.valid_from, row.valid_to, row.quota, row.municipality_code) == (None, None, None, None)


def test_create_agreement_form_errors_all_reported(ctx: ServiceContext) -> None:
    landlord(ctx)
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        create_agreement(ctx, {
            "landlord_id": "1", "kind": "ingen", "title": "", "valid_from": "2026-13-01", "quota": "-1",
            "rent_guarantee": "kanske",
        })
    assert {e.field: e.error_code for e in info.value.errors} == {
        "landlord_id": "INVALID_REFERENCE", "kind": "INVALID_CHOICE", "title": "REQUIRED",
        "valid_from": "DATE_FORMAT", "quota": "INT_RANGE", "rent_guarantee": "BOOL_FORMAT",
    }
    assert snapshot(ctx) == before


def test_create_agreement_reference_errors_all_reported(ctx: ServiceContext) -> None:
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        create_agreement(ctx, {
            "landlord_id": 4711, "kind": "first_hand", "title": "Avtal", "municipality_code": "9999",
            "valid_from": "2026-06-01", "valid_to": "2026-05-31",
        })
    exc = info.value
    assert {e.field: e.error_code for e in exc.errors} == {
        "landlord_id": "UNKNOWN_LANDLORD", "municipality_code": "UNKNOWN_MUNICIPALITY", "valid_to": "DATE_ORDER",
    }
    assert set(exc.by_field()) == {"landlord_id", "municipality_code", "valid_to"}
    assert snapshot(ctx) == before


def test_create_agreement_same_day_period_is_allowed(ctx: ServiceContext) -> None:
    row = agreement(ctx, landlord(ctx).id, valid_from="2026-03-01", valid_to="2026-03-01")
    assert row.valid_from == row.valid_to == date(2026, 3, 1)


def test_create_agreement_reports_form_and_reference_errors_together(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as info:
        create_agreement(ctx, {"landlord_id": 4711, "kind": "first_hand", "title": ""})
    assert set(info.value.by_field()) == {"landlord_id", "title"}


def test_update_agreement_checks_merged_period(ctx: ServiceContext) -> None:
    row = agreement(ctx, landlord(ctx).id, valid_from="2026-01-01", valid_to="2026-12-31")
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        update_agreement(ctx, row.id, {"valid_to": "2025-12-31"})
    assert (info.value.field, info.value.error_code) == ("valid_to", "DATE_ORDER")
    with pytest.raises(ValidationError) as info:
        update_agreement(ctx, row.id, {"valid_from": "2027-01-01"})
    assert info.value.error_code == "DATE_ORDER"
    with pytest.raises(ValidationError) as info:
        update_agreement(ctx, row.id, {"landlord_id": 999, "municipality_code": "0000"})
    assert {e.error_code for e in info.value.errors} == {"UNKNOWN_LANDLORD", "UNKNOWN_MUNICIPALITY"}
    assert snapshot(ctx) == before
    assert list_agreements(ctx).rows == [row]


def test_update_agreement_changes_fields_and_audits_names_only(ctx: ServiceContext) -> None:
    row = agreement(ctx, landlord(ctx).id, quota=3)
    before = last_audit_id(ctx)
    updated = update_agreement(ctx, row.id, {"title": "Hemligt Nytt Namn", "quota": 7, "kind": row.kind})
    assert (updated.title, updated.quota, updated.kind) == ("Hemligt Nytt Namn", 7, row.kind)
    ev = one_event(ctx, before, "agreement.update", "landlord_agreement", row.id)
    assert sorted(json.loads(ev.details)["fields"]) == ["quota", "title"]
    assert "Hemligt" not in ev.details and "7" not in ev.details


def test_update_agreement_unknown_id(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound):
        update_agreement(ctx, 999, {"title": "X"})
    with pytest.raises(NotFound):
        set_agreement_archived(ctx, 999)


def test_update_agreement_blank_rent_guarantee_means_no(ctx: ServiceContext) -> None:
    row = agreement(ctx, landlord(ctx).id, rent_guarantee=True)
    assert update_agreement(ctx, row.id, {"rent_guarantee": None}).rent_guarantee is False


def test_update_agreement_cannot_move_agreement_with_apartments_to_other_landlord(ctx: ServiceContext) -> None:
    from sbdesk.services.apartments import create_apartment, get_apartment

    a, b = landlord(ctx, "A AB"), landlord(ctx, "B AB")
    ag = agreement(ctx, a.id)
    apt = create_apartment(ctx, {
        "landlord_id": a.id, "agreement_id": ag.id, "address": "Provgatan 1", "municipality_code": "1980",
        "rooms": 2, "rent_sek": 6000, "contract_type": "social", "status": "available",
    })
    try:
        update_agreement(ctx, ag.id, {"landlord_id": b.id})
    except ValidationError as exc:  # refusing is the expected outcome
        assert exc.field == "landlord_id"
    now = {r.id: r for r in list_agreements(ctx).rows}[ag.id]
    # the apartment's landlord and its agreement's landlord must still agree
    assert get_apartment(ctx, apt.id).landlord_id == now.landlord_id


# -- agreements: archive / list -------------------------------------------------------------------


def test_archive_and_restore_agreement(ctx: ServiceContext) -> None:
    ll = landlord(ctx)
    kept, gone = agreement(ctx, ll.id, "Kvar"), agreement(ctx, ll.id, "Borta")
    before = last_audit_id(ctx)
    set_agreement_archived(ctx, gone.id)
    one_event(ctx, before, "agreement.archive", "landlord_agreement", gone.id)
    assert [r.id for r in list_agreements(ctx).rows] == [kept.id]
    rows = list_agreements(ctx, ListQuery(include_archived=True))
    assert rows.total == 2
    assert {r.id: r.archived for r in rows.rows} == {kept.id: False, gone.id: True}
    before = last_audit_id(ctx)
    set_agreement_archived(ctx, gone.id, False)
    one_event(ctx, before, "agreement.restore", "landlord_agreement", gone.id)
    assert {r.id for r in list_agreements(ctx).rows} == {kept.id, gone.id}


def test_list_agreements_filters(ctx: ServiceContext) -> None:
    a, b = landlord(ctx, "Alfa AB"), landlord(ctx, "Beta AB")
    old = agreement(ctx, a.id, "Gammal", kind="set_aside", valid_from="2024-01-01", valid_to="2024-12-31")
    now = agreement(ctx, a.id, "Aktuell", kind="priority_quota", valid_from="2026-01-01", valid_to="2026-12-31")
    open_end = agreement(ctx, b.id, "Tillsvidare", kind="set_aside", valid_from="2025-06-01")
    no_dates = agreement(ctx, b.id, "Ramavtal", kind="social_contracts")

    def ids(**filters: Any) -> set[int]:
        return {r.id for r in list_agreements(ctx, ListQuery(filters=filters)).rows}

    assert ids(kind="set_aside") == {old.id, open_end.id}
    assert ids(kind=AgreementKind.SOCIAL_CONTRACTS) == {no_dates.id}
    assert ids(landlord_id=a.id) == {old.id, now.id}
    assert ids(landlord_id=b.id, kind="set_aside") == {open_end.id}
    assert ids(active_on=date(2026, 6, 1)) == {now.id, open_end.id, no_dates.id}
    assert ids(active_on=date(2024, 12, 31)) == {old.id, no_dates.id}
    assert ids(active_on=date(2025, 6, 1)) == {open_end.id, no_dates.id}  # inclusive start
    assert ids(active_on=date(2026, 12, 31)) == {now.id, open_end.id, no_dates.id}  # inclusive end
    assert ids(active_on=date(2027, 1, 1)) == {open_end.id, no_dates.id}
    # the SQL filter and AgreementRow.active_on agree
    day = date(2026, 6, 1)
    everything = list_agreements(ctx).rows
    assert {r.id for r in everything if r.active_on(day)} == ids(active_on=day)


def test_list_agreements_search_title_and_landlord(ctx: ServiceContext) -> None:
    a, b = landlord(ctx, "Ängshem AB"), landlord(ctx, "Strandhem AB")
    x = agreement(ctx, a.id, "Förturskvot")
    y = agreement(ctx, b.id, "Sociala kontrakt")
    assert {r.id for r in list_agreements(ctx, ListQuery(search="ängshem")).rows} == {x.id}
    assert {r.id for r in list_agreements(ctx, ListQuery(search="FÖRTUR")).rows} == {x.id}
    assert {r.id for r in list_agreements(ctx, ListQuery(search="sociala strand")).rows} == {y.id}
    assert list_agreements(ctx, ListQuery(search="hem")).total == 2


def _agreement_dataset(ctx: ServiceContext) -> list[Any]:
    c, a, b = landlord(ctx, "Cederhem"), landlord(ctx, "Asphem"), landlord(ctx, "Björkhem")
    agreement(ctx, c.id, "Beta", kind="set_aside", valid_from="2026-02-01", valid_to="2026-06-30", quota=5,
              municipality_code="1980")
    agreement(ctx, a.id, "Alfa", kind="priority_quota", valid_from="2025-01-01", valid_to=None, quota=None,
              municipality_code="0380")
    agreement(ctx, b.id, "Gamma", kind="first_hand", valid_from=None, valid_to="2027-12-31", quota=12,
              municipality_code=None, rent_guarantee=True)
    agreement(ctx, a.id, "Alfa", kind="social_contracts", valid_from="2026-02-01", valid_to="2026-06-30", quota=5,
              municipality_code="1980")  # ties with the first on several keys
    agreement(ctx, c.id, "Delta", kind="set_aside", valid_from="2024-05-01", valid_to="2025-01-31", quota=0,
              municipality_code="1880")
    return list_agreements(ctx, ListQuery(limit=100)).rows


@pytest.mark.parametrize("key", sorted(AGREEMENT_SORT))
def test_list_agreements_sorts_by_every_key(ctx: ServiceContext, key: str) -> None:
    rows = _agreement_dataset(ctx)
    asc = [r.id for r in list_agreements(ctx, ListQuery(sort=key)).rows]
    desc = [r.id for r in list_agreements(ctx, ListQuery(sort=key, descending=True)).rows]
    assert asc == expected_order(rows, key, descending=False)
    assert desc == expected_order(rows, key, descending=True)
    assert asc != desc


def test_list_agreements_unknown_sort_falls_back_to_title_and_pages(ctx: ServiceContext) -> None:
    ll = landlord(ctx)
    made = [agreement(ctx, ll.id, title) for title in ("Ö-avtal", "B-avtal", "A-avtal", "C-avtal")]
    page = list_agreements(ctx, ListQuery(sort="okänd", offset=1, limit=2))
    assert page.total == 4
    assert [r.title for r in page.rows] == ["B-avtal", "C-avtal"]
    assert {r.id for r in list_agreements(ctx).rows} == {m.id for m in made}
