"""Tests for settings, the first-start profile, geography lookups and the fictional demo data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.cases import Case
from sbdesk.domain.enums import ProtectionLevel
from sbdesk.domain.housing import Apartment, Landlord, LandlordAgreement
from sbdesk.domain.setting import Setting
from sbdesk.domain.validators import parse_personnummer
from sbdesk.errors import ValidationError
from sbdesk.services import demo
from sbdesk.services.apartments import list_apartments
from sbdesk.services.cases import list_cases, open_case, reveal_identity
from sbdesk.services.context import ServiceContext
from sbdesk.services.geography import (
    count_geography,
    find_municipality,
    list_municipalities,
)
from sbdesk.services.housing import list_agreements, list_landlords
from sbdesk.services.listing import MAX_PAGE, ListQuery
from sbdesk.services.settings import (
    SETTINGS,
    actor_name,
    all_settings,
    get_setting,
    set_settings,
    setting_def,
    setup_profile,
)
from sbdesk.store.audit import verify_chain
from sbdesk.store.database import Database
from tests.conftest import COORDINATOR, MUNICIPALITY, PASSPHRASE

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


def chain_report(ctx: ServiceContext) -> Any:
    with ctx.db.sessions() as session:
        return verify_chain(session, ctx.db.audit_key)


# -- settings ----------------------------------------------------------------------------------------


def test_settings_declared_once_with_labels() -> None:
    keys = [d.key for d in SETTINGS]
    assert len(keys) == len(set(keys))
    assert all(d.label.strip() for d in SETTINGS)
    assert setting_def("security.autolock_minutes").default == 5
    with pytest.raises(KeyError):
        setting_def("finns.inte")


def test_defaults_and_profile_values(ctx: ServiceContext) -> None:
    values = all_settings(ctx)
    assert set(values) == {d.key for d in SETTINGS}
    assert values["coordinator.name"] == COORDINATOR
    assert values["municipality.code"] == MUNICIPALITY
    assert values["municipality.official_name"] == "Västerås kommun"
    # never stored, so the declared defaults show
    assert values["coordinator.title"] == "Samordnare"
    assert values["municipality.department"] == "Socialtjänsten"
    assert values["security.autolock_minutes"] == 5
    assert values["crowding.persons_per_room"] == 2
    assert values["coordinator.phone"] == ""
    assert get_setting(ctx, "security.autolock_minutes") == 5
    assert get_setting(ctx, "coordinator.name") == COORDINATOR
    assert actor_name(ctx) == COORDINATOR
    with pytest.raises(KeyError):
        get_setting(ctx, "okänd.nyckel")


def test_set_settings_stores_parsed_values_and_audits_keys_only(ctx: ServiceContext) -> None:
    before = last_audit_id(ctx)
    set_settings(ctx, {
        "coordinator.phone": " 021-39  00 00 ", "coordinator.email": "Handlaggare@Exempel.SE",
        "security.autolock_minutes": "15", "municipality.department": "Enheten för skydd",
    })
    assert get_setting(ctx, "coordinator.phone") == "021-39 00 00"
    assert get_setting(ctx, "coordinator.email") == "Handlaggare@exempel.se"
    assert get_setting(ctx, "security.autolock_minutes") == 15
    assert get_setting(ctx, "municipality.department") == "Enheten för skydd"
    events = audit_since(ctx, before)
    assert len(events) == 1
    ev = events[0]
    assert (ev.action, ev.entity, ev.entity_id, ev.actor) == ("settings.update", "setting", None, COORDINATOR)
    assert json.loads(ev.details) == {"keys": sorted([
        "coordinator.phone", "coordinator.email", "security.autolock_minutes", "municipality.department"])}
    for value in ("021-39", "Handlaggare", "Enheten"):
        assert value not in ev.details
    # a second save overwrites instead of adding rows
    settings_rows = count(ctx, Setting)
    set_settings(ctx, {"security.autolock_minutes": 30})
    assert get_setting(ctx, "security.autolock_minutes") == 30
    assert count(ctx, Setting) == settings_rows


@pytest.mark.parametrize(("values", "field", "code"), [
    ({"coordinator.phone": "ring växeln"}, "coordinator.phone", "PHONE_FORMAT"),
    ({"coordinator.phone": "12345"}, "coordinator.phone", "PHONE_FORMAT"),
    ({"coordinator.email": "inte en adress"}, "coordinator.email", "EMAIL_FORMAT"),
    ({"municipality.code": "9999"}, "municipality.code", "UNKNOWN_MUNICIPALITY"),
    ({"municipality.code": "Västerås"}, "municipality.code", "MUNICIPALITY_CODE"),
    ({"municipality.code": "198"}, "municipality.code", "MUNICIPALITY_CODE"),
    ({"security.autolock_minutes": "0"}, "security.autolock_minutes", "INT_RANGE"),
    ({"crowding.persons_per_room": "två"}, "crowding.persons_per_room", "INT_FORMAT"),
    ({"municipality.org_number": "212000-1234"}, "municipality.org_number", "ORG_CHECKSUM"),
])
def test_set_settings_validation_writes_nothing(
    ctx: ServiceContext, values: dict[str, Any], field: str, code: str
) -> None:
    before_settings, before_audit = all_settings(ctx), count(ctx, AuditEvent)
    with pytest.raises(ValidationError) as info:
        set_settings(ctx, {**values, "coordinator.title": "Ska inte sparas"})
    assert (info.value.field, info.value.error_code) == (field, code)
    assert all_settings(ctx) == before_settings
    assert count(ctx, AuditEvent) == before_audit


def test_set_settings_reports_every_bad_key(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as info:
        set_settings(ctx, {"coordinator.phone": "x", "coordinator.email": "y", "municipality.code": "abcd"})
    assert {e.field: e.error_code for e in info.value.errors} == {
        "coordinator.phone": "PHONE_FORMAT", "coordinator.email": "EMAIL_FORMAT",
        "municipality.code": "MUNICIPALITY_CODE"}


def test_set_settings_unknown_key_is_a_programming_error(ctx: ServiceContext) -> None:
    before = count(ctx, AuditEvent)
    with pytest.raises(KeyError):
        set_settings(ctx, {"finns.inte": "1"})
    assert count(ctx, AuditEvent) == before


def test_setup_profile_sets_official_name_and_actor(ctx: ServiceContext) -> None:
    before = last_audit_id(ctx)
    setup_profile(ctx, coordinator_name="  Ny Handläggare ", municipality_code="0380")
    assert ctx.actor == "Ny Handläggare"
    values = all_settings(ctx)
    assert values["coordinator.name"] == "Ny Handläggare"
    assert values["municipality.code"] == "0380"
    assert values["municipality.official_name"] == "Uppsala kommun"
    [ev] = audit_since(ctx, before)
    assert (ev.action, ev.actor) == ("settings.update", "Ny Handläggare")
    assert set(json.loads(ev.details)["keys"]) == {
        "coordinator.name", "municipality.code", "municipality.official_name"}


def test_setup_profile_reports_name_and_municipality_together(ctx: ServiceContext) -> None:
    before_settings, before_audit = all_settings(ctx), count(ctx, AuditEvent)
    with pytest.raises(ValidationError) as info:
        setup_profile(ctx, coordinator_name="   ", municipality_code="9999")
    assert {e.field: e.error_code for e in info.value.errors} == {
        "coordinator.name": "REQUIRED", "municipality.code": "UNKNOWN_MUNICIPALITY"}
    assert all_settings(ctx) == before_settings
    assert count(ctx, AuditEvent) == before_audit
    assert ctx.actor == COORDINATOR


# -- geography ---------------------------------------------------------------------------------------


def test_geography_counts(ctx: ServiceContext) -> None:
    assert count_geography(ctx) == (290, 21)
    rows = list_municipalities(ctx)
    assert len(rows) == 290
    assert len({r.code for r in rows}) == 290
    assert len({r.county_code for r in rows}) == 21
    assert all(len(r.code) == 4 and r.code.isdigit() and r.county_name for r in rows)
    assert all(r.code[:2] == r.county_code for r in rows)  # SCB: kommunkod starts with länskod
    from sbdesk.domain.text import swedish_sort_key

    assert [r.name for r in rows] == sorted((r.name for r in rows), key=swedish_sort_key)


@pytest.mark.parametrize("text", [
    "1980", "Västerås", "västerås", "VÄSTERÅS", "  västerås ", "Västerås kommun", "Västerås stad",
])
def test_find_municipality(ctx: ServiceContext, text: str) -> None:
    row = find_municipality(ctx, text)
    assert row is not None
    assert (row.code, row.name, row.county_code) == ("1980", "Västerås", "19")
    assert row.county_name


@pytest.mark.parametrize(("text", "code"), [("0180", "0180"), ("stockholm", "0180"), ("ÖREBRO", "1880"),
                                            ("Åre", "2321"), ("malung-sälen", "2023")])
def test_find_other_municipalities(ctx: ServiceContext, text: str, code: str) -> None:
    row = find_municipality(ctx, text)
    assert row is not None and row.code == code


@pytest.mark.parametrize("text", ["", "9999", "Västerå", "Ingenstans", "Väst"])
def test_find_municipality_misses(ctx: ServiceContext, text: str) -> None:
    assert find_municipality(ctx, text) is None


# -- demo data ---------------------------------------------------------------------------------------


def _fresh(path: Path) -> ServiceContext:
    db, _ = Database.create(path, PASSPHRASE)
    return ServiceContext(db)


@pytest.fixture(scope="module")
def demo_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    """One fresh database filled with demo data, shared by the read-only demo tests."""
    ctx = _fresh(tmp_path_factory.mktemp("demo") / "demo.db")
    demo.fill_demo(ctx, apartments=60, cases=8)
    yield ctx
    ctx.db.close()


def test_demo_fills_every_register(demo_ctx: ServiceContext) -> None:
    ctx = demo_ctx
    landlords = list_landlords(ctx, ListQuery(limit=MAX_PAGE)).rows
    assert len(landlords) >= 6
    assert count(ctx, Landlord) == len(landlords)
    agreements = list_agreements(ctx, ListQuery(limit=MAX_PAGE)).rows
    assert len(agreements) >= len(landlords)
    assert {a.landlord_id for a in agreements} == {ll.id for ll in landlords}
    apartments = list_apartments(ctx, ListQuery(limit=MAX_PAGE))
    assert apartments.total >= 60 and apartments.total == count(ctx, Apartment)  # + last year's let flats
    assert len({a.municipality_code for a in apartments.rows}) >= 3
    assert len({a.status for a in apartments.rows}) >= 3
    cases = list_cases(ctx, ListQuery(limit=MAX_PAGE)).rows
    assert len(cases) == 8 == count(ctx, Case)
    assert {c.protection_level for c in cases} == set(ProtectionLevel)
    assert count(ctx, LandlordAgreement) == len(agreements)


def test_demo_data_is_internally_consistent(demo_ctx: ServiceContext) -> None:
    ctx = demo_ctx
    agreements = {a.id: a for a in list_agreements(ctx, ListQuery(limit=MAX_PAGE)).rows}
    for apt in list_apartments(ctx, ListQuery(limit=MAX_PAGE)).rows:
        assert apt.postal_code is not None and len(apt.postal_code) == 6
        assert apt.rent_sek > 0 and 1 <= apt.rooms <= 5
        if apt.agreement_id is not None:
            assert agreements[apt.agreement_id].landlord_id == apt.landlord_id
    for case in list_cases(ctx, ListQuery(limit=MAX_PAGE)).rows:
        assert case.household_size >= 1
        assert case.pseudonym


def test_demo_profile_and_settings(demo_ctx: ServiceContext) -> None:
    values = all_settings(demo_ctx)
    assert values["coordinator.name"] == demo.DEMO_COORDINATOR
    assert values["municipality.code"] == demo.DEMO_MUNICIPALITY
    assert values["municipality.official_name"] == "Västerås stad"


def test_demo_audit_chain_verifies(demo_ctx: ServiceContext) -> None:
    report = chain_report(demo_ctx)
    assert report.ok, report.problem
    assert report.checked == count(demo_ctx, AuditEvent)
    # profile + settings + landlords + agreements + 60 apartments + 8 cases, each logged once
    # (other tests sharing this database may add case.open / identity.reveal events)
    actions = [ev.action for ev in audit_since(demo_ctx, 0) if ev.action not in {"case.open", "identity.reveal"}]
    assert actions.count("settings.update") == 2
    assert actions.count("landlord.create") == count(demo_ctx, Landlord) >= 6
    assert actions.count("agreement.create") == count(demo_ctx, LandlordAgreement)
    assert actions.count("apartment.create") == count(demo_ctx, Apartment) >= 60
    assert actions.count("case.create") == 8
    writes = {"settings.update", "landlord.create", "agreement.create", "apartment.create", "case.create"}
    assert len([a for a in actions if a in writes]) == (
        2 + count(demo_ctx, Landlord) + count(demo_ctx, LandlordAgreement) + count(demo_ctx, Apartment) + 8)
    # the rest are förtur grants, offers and the matching that found them, each logged
    assert {a.split(".")[0] for a in actions if a not in writes} <= {"priority", "offer", "case", "ring", "request", "grant"}
    assert {ev.actor for ev in audit_since(demo_ctx, 0)} == {demo.DEMO_COORDINATOR}


def test_demo_personnummer_are_valid_test_series(demo_ctx: ServiceContext) -> None:
    for case in list_cases(demo_ctx, ListQuery(limit=MAX_PAGE)).rows:
        for ident in reveal_identity(demo_ctx, case.id, "test av demodata"):
            assert ident.personal_number is not None
            parsed = parse_personnummer(ident.personal_number)
            assert 980 <= int(parsed.serial) <= 999, "only the test series may be used"


def test_demo_personnummer_match_birth_year(demo_ctx: ServiceContext) -> None:
    for case in list_cases(demo_ctx, ListQuery(limit=MAX_PAGE)).rows:
        years = {m.id: m.birth_year for m in open_case(demo_ctx, case.id).members}
        for ident in reveal_identity(demo_ctx, case.id, "test av demodata"):
            assert parse_personnummer(ident.personal_number).birth_date.year == years[ident.member_id]


def test_demo_is_deterministic(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    other = _fresh(tmp_path / "other.db")
    try:
        demo.fill_demo(other, apartments=60, cases=8)

        def fingerprint(ctx: ServiceContext) -> list[tuple[Any, ...]]:
            rows = list_apartments(ctx, ListQuery(limit=MAX_PAGE, sort="address")).rows
            return sorted((a.id, a.address, a.municipality_code, a.rooms, a.rent_sek, a.landlord_name) for a in rows)

        first, second = fingerprint(demo_ctx), fingerprint(other)
        assert len(first) >= 60
        assert first == second
        assert [c.protection_level for c in list_cases(other).rows] == [
            c.protection_level for c in list_cases(demo_ctx).rows]
        assert chain_report(other).ok
    finally:
        other.db.close()


def test_demo_on_profiled_database_keeps_chain(ctx: ServiceContext) -> None:
    before = count(ctx, AuditEvent)
    demo.fill_demo(ctx, apartments=5, cases=4)
    assert count(ctx, Apartment) >= 5 and count(ctx, Case) == 4
    report = chain_report(ctx)
    assert report.ok, report.problem
    assert report.checked == count(ctx, AuditEvent) > before
    assert ctx.actor == demo.DEMO_COORDINATOR


def test_municipalities_sort_the_swedish_way(ctx) -> None:  # type: ignore[no-untyped-def]
    from sbdesk.domain.text import swedish_sort_key
    from sbdesk.services.geography import list_municipalities
    from sbdesk.services.unlock import municipality_choices

    names = [m.name for m in list_municipalities(ctx)]
    assert names[-3:] == ["Östra Göinge", "Överkalix", "Övertorneå"]
    assert names.index("Åmål") < names.index("Älmhult") < names.index("Öckerö")
    assert [m.name for m in municipality_choices()] == names
    assert sorted(["Öland", "Åre", "Ängel", "Zorn", "Eda", "Éva"], key=swedish_sort_key) == [
        "Eda", "Éva", "Zorn", "Åre", "Ängel", "Öland"]


def test_demo_offers_cover_the_lifecycle_and_break_no_rule(demo_ctx: ServiceContext) -> None:
    from sbdesk.domain.offers import OfferStatus
    from sbdesk.services.offers import list_offers
    from sbdesk.services.priority import list_grants

    ctx = demo_ctx
    offers = list_offers(ctx)
    cases = list_cases(ctx, ListQuery(limit=MAX_PAGE)).rows
    status = {c.id: c.status.value for c in cases}
    assert len({o.status for o in offers}) >= 3
    for offer in offers:
        if offer.status is OfferStatus.SIGNED:
            assert offer.contract_type is not None and offer.signed_on is not None
            assert status[offer.case_id] == "housed"
    assert any(list_grants(ctx, c.id) for c in cases)


def test_a_full_size_demo_has_cases_due_for_purging(tmp_path: Path) -> None:
    from datetime import date as _date

    from sbdesk.services.retention import due_for_purge

    ctx = _fresh(tmp_path / "full.db")
    try:
        demo.fill_demo(ctx, apartments=40, cases=20)
        assert count(ctx, Case) == 20
        due = due_for_purge(ctx, _date.today())
        assert len(due) == 2 and any(d.protection_level.protected for d in due)  # 7 and 6 years; 3 is not due
    finally:
        ctx.db.close()
