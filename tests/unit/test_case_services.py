"""Tests for sbdesk.services.cases (fictional identities only: generated test-series personnummer)."""

from __future__ import annotations

import json
import random
import re
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.cases import Case, HouseholdMember, Person
from sbdesk.domain.enums import CaseStatus, MemberRole, ProtectionLevel, RiskLevel
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services.cases import (
    CASE_SORT,
    CaseDetail,
    CaseRow,
    HouseholdChanges,
    add_member,
    create_case,
    list_cases,
    member_key,
    open_case,
    remove_member,
    reveal_identity,
    set_case_archived,
    update_case,
    update_identity,
    update_member,
)
from sbdesk.services.context import ServiceContext
from sbdesk.services.demo import fictional_personnummer
from sbdesk.services.listing import ListQuery
from tests.conftest import COORDINATOR

YEAR = date.today().year
AUDIT_COLUMNS = (AuditEvent.id, AuditEvent.actor, AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id,
                 AuditEvent.reason, AuditEvent.details)

# -- helpers ------------------------------------------------------------------------------------


def count(ctx: ServiceContext, model: type[Any]) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def last_audit_id(ctx: ServiceContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.max(AuditEvent.id))) or 0


def audit_since(ctx: ServiceContext, after_id: int) -> list[Any]:
    with ctx.read() as s:
        return list(s.execute(select(*AUDIT_COLUMNS).where(AuditEvent.id > after_id).order_by(AuditEvent.id)))


def one_event(ctx: ServiceContext, after_id: int, action: str, case_id: int) -> Any:
    events = audit_since(ctx, after_id)
    assert len(events) == 1, [e.action for e in events]
    ev = events[0]
    assert (ev.action, ev.entity, ev.entity_id, ev.actor) == (action, "case", str(case_id), COORDINATOR)
    return ev


def snapshot(ctx: ServiceContext) -> tuple[int, int, int, int]:
    return count(ctx, Case), count(ctx, HouseholdMember), count(ctx, Person), count(ctx, AuditEvent)


def pnr(seed: int, birth: date) -> str:
    return fictional_personnummer(random.Random(seed), birth)


def identity(first: str, last: str, seed: int, birth: date, **kw: Any) -> dict[str, Any]:
    return {"first_name": first, "last_name": last, "personal_number": pnr(seed, birth), **kw}


def case_values(**kw: Any) -> dict[str, Any]:
    return {"protection_level": ProtectionLevel.NONE, "risk_level": RiskLevel.LOW, "status": CaseStatus.NEW, **kw}


def household() -> list[dict[str, Any]]:
    return [
        {"role": MemberRole.APPLICANT, "birth_year": 1988,
         "identity": identity("Fiktivia", "Påhittadsdotter", 1, date(1988, 4, 3), phone="070-000 00 01",
                              email="fiktiv@exempel.se", address="Låtsasgatan 1, Ingenstans")},
        {"role": "child", "birth_year": 2015, "identity": identity("Låtsasbarn", "Påhittadsdotter", 2,
                                                                   date(2015, 9, 21))},
        {"role": MemberRole.CHILD, "birth_year": "2019"},  # no identity recorded
    ]


SECRETS = ["Fiktivia", "Låtsasbarn", "Påhittadsdotter", "Låtsasgatan", "fiktiv@exempel.se", "070-000 00 01"]


def secrets_of(members: list[dict[str, Any]]) -> list[str]:
    out = list(SECRETS)
    for m in members:
        if m.get("identity"):
            number = m["identity"]["personal_number"]
            out += [number, number.replace("-", ""), number[2:], number[2:].replace("-", "")]
    return out


# -- create ---------------------------------------------------------------------------------------


def test_create_case_with_household(ctx: ServiceContext) -> None:
    before = last_audit_id(ctx)
    row = create_case(ctx, case_values(
        pseudonym="Rönn 42", protection_level="protected_registration", risk_level="high",
        sheltered_since="2026-01-10", max_rent_sek="9 500 kr", needs_elevator="ja",
    ), household())
    assert isinstance(row, CaseRow)
    assert row.pseudonym == "Rönn 42"
    assert row.protection_level is ProtectionLevel.PROTECTED_REGISTRATION
    assert row.risk_level is RiskLevel.HIGH
    assert (row.household_size, row.children) == (3, 2)
    assert row.max_rent_sek == 9500
    assert row.sheltered_since == date(2026, 1, 10)
    assert row.display_name == f"{row.reference} Rönn 42"
    assert (count(ctx, Case), count(ctx, HouseholdMember), count(ctx, Person)) == (1, 3, 2)
    ev = one_event(ctx, before, "case.create", row.id)
    assert json.loads(ev.details) == {"members": 3}
    detail = open_case(ctx, row.id)
    assert [(m.role, m.birth_year, m.has_identity) for m in detail.members] == [
        (MemberRole.APPLICANT, 1988, True), (MemberRole.CHILD, 2015, True), (MemberRole.CHILD, 2019, False)]
    assert detail.values["needs_elevator"] is True
    assert detail.values["needs_wheelchair"] is False


def test_references_are_sequential_per_year(ctx: ServiceContext) -> None:
    refs = [create_case(ctx, case_values()).reference for _ in range(3)]
    assert all(re.fullmatch(r"SB-\d{4}-\d{4}", r) for r in refs)
    assert refs == [f"SB-{YEAR}-0001", f"SB-{YEAR}-0002", f"SB-{YEAR}-0003"]


def test_reference_continues_after_archived_case(ctx: ServiceContext) -> None:
    first = create_case(ctx, case_values())
    set_case_archived(ctx, first.id)
    assert create_case(ctx, case_values()).reference == f"SB-{YEAR}-0002"


@pytest.mark.parametrize("given", [None, "", "   "])
def test_pseudonym_generated_when_blank(ctx: ServiceContext, given: str | None) -> None:
    row = create_case(ctx, case_values(pseudonym=given))
    assert re.fullmatch(r"\w+ \d{2}", row.pseudonym), row.pseudonym
    assert open_case(ctx, row.id).values["pseudonym"] == row.pseudonym


def test_pseudonym_never_derived_from_names(ctx: ServiceContext) -> None:
    rows = [create_case(ctx, case_values(), household()) for _ in range(5)]
    for row in rows:
        assert not any(secret in row.pseudonym for secret in SECRETS)


def test_invalid_personnummer_is_reported_on_the_member_field(ctx: ServiceContext) -> None:
    before = snapshot(ctx)
    members = household()
    members[0]["identity"]["personal_number"] = "19121212-1213"  # wrong check digit
    with pytest.raises(ValidationError) as info:
        create_case(ctx, case_values(), members)
    assert info.value.field == "members[0].personal_number"
    assert info.value.error_code == "PNR_CHECKSUM"
    assert snapshot(ctx) == before


def test_member_errors_are_all_reported_with_indexes(ctx: ServiceContext) -> None:
    before = snapshot(ctx)
    members = household()
    members[0]["identity"]["personal_number"] = "nonsens"
    members[1]["role"] = "granne"
    members[2]["birth_year"] = "1800"
    members.append({"role": "adult", "birth_year": 1990, "identity": {"first_name": "", "last_name": "X"}})
    with pytest.raises(ValidationError) as info:
        create_case(ctx, case_values(), members)
    assert {e.field: e.error_code for e in info.value.errors} == {
        "members[0].personal_number": "PNR_FORMAT", "members[1].role": "INVALID_CHOICE",
        "members[2].birth_year": "INT_RANGE", "members[3].first_name": "REQUIRED",
    }
    assert snapshot(ctx) == before


def test_case_field_errors_all_reported(ctx: ServiceContext) -> None:
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        create_case(ctx, {"protection_level": "hemlig", "risk_level": "", "status": "new", "max_rent_sek": "mycket",
                          "needed_by": "snart"})
    assert {e.field: e.error_code for e in info.value.errors} == {
        "protection_level": "INVALID_CHOICE", "risk_level": "REQUIRED", "max_rent_sek": "AMOUNT_FORMAT",
        "needed_by": "DATE_FORMAT",
    }
    assert snapshot(ctx) == before


def test_valid_test_personnummer_1912_is_accepted(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(), [{"role": "applicant", "birth_year": 1912, "identity": {
        "first_name": "Tolvan", "last_name": "Tolvansson", "personal_number": "191212121212"}}])
    [ident] = reveal_identity(ctx, row.id, "kontroll")
    assert ident.personal_number == "19121212-1212"  # normalised to long form


# -- privacy: lists and opened cases never hold identities -------------------------------------------


def test_lists_and_open_case_hold_no_identity(ctx: ServiceContext) -> None:
    members = household()
    row = create_case(ctx, case_values(pseudonym="Ek 11"), members)
    secrets = secrets_of(members)
    listing = list_cases(ctx)
    detail = open_case(ctx, row.id)
    for text in (repr(listing), repr(listing.rows), repr(row), repr(detail), str(detail.values)):
        for secret in secrets:
            assert secret not in text, secret
    forbidden = {"first_name", "last_name", "personal_number", "name", "phone", "email", "address"}
    assert not forbidden & set(CaseRow.__dataclass_fields__)
    assert not forbidden & set(CaseDetail.__dataclass_fields__)
    assert not forbidden & set(detail.values)


def test_audit_log_never_holds_identity(ctx: ServiceContext) -> None:
    members = household()
    row = create_case(ctx, case_values(), members)
    update_case(ctx, row.id, {"risk_level": "acute"})
    open_case(ctx, row.id)
    reveal_identity(ctx, row.id, "Kontakt med hyresvärd")
    add_member(ctx, row.id, {"role": "adult", "birth_year": 1960,
                             "identity": identity("Hemlig", "Vuxensson", 7, date(1960, 2, 2))})
    text = " ".join(str(v) for ev in audit_since(ctx, 0) for v in ev)
    for secret in [*secrets_of(members), "Hemlig", "Vuxensson", pnr(7, date(1960, 2, 2))]:
        assert secret not in text, secret


def test_open_case_is_audited(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(), household())
    before = last_audit_id(ctx)
    detail = open_case(ctx, row.id)
    one_event(ctx, before, "case.open", row.id)
    assert detail.row.id == row.id
    assert detail.row.household_size == 3
    before = last_audit_id(ctx)
    open_case(ctx, row.id)
    one_event(ctx, before, "case.open", row.id)  # every opening, not just the first


def test_reveal_identity_returns_identities_and_is_audited_with_reason(ctx: ServiceContext) -> None:
    members = household()
    row = create_case(ctx, case_values(), members)
    before = last_audit_id(ctx)
    identities = reveal_identity(ctx, row.id, reason="Underlag till hyresvärd")
    ev = one_event(ctx, before, "identity.reveal", row.id)
    assert ev.reason == "Underlag till hyresvärd"
    assert [(i.role, i.first_name, i.last_name, i.personal_number) for i in identities] == [
        (MemberRole.APPLICANT, "Fiktivia", "Påhittadsdotter", members[0]["identity"]["personal_number"]),
        (MemberRole.CHILD, "Låtsasbarn", "Påhittadsdotter", members[1]["identity"]["personal_number"]),
    ]
    assert identities[0].phone == "070-000 00 01"
    assert identities[0].email == "fiktiv@exempel.se"
    assert identities[0].address == "Låtsasgatan 1, Ingenstans"
    member_ids = {m.id for m in open_case(ctx, row.id).members if m.has_identity}
    assert {i.member_id for i in identities} == member_ids


def test_unknown_case_raises_not_found_and_writes_nothing(ctx: ServiceContext) -> None:
    before = snapshot(ctx)
    for call in (
        lambda: open_case(ctx, 999),
        lambda: reveal_identity(ctx, 999, "x"),
        lambda: update_case(ctx, 999, {"status": "closed"}),
        lambda: set_case_archived(ctx, 999),
        lambda: add_member(ctx, 999, {"role": "child", "birth_year": 2020}),
        lambda: remove_member(ctx, 999, 1),
    ):
        with pytest.raises(NotFound):
            call()
    assert snapshot(ctx) == before


# -- municipalities --------------------------------------------------------------------------------


def test_excluded_and_wished_municipalities_stored_and_replaced(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(home_municipality_code="1980"), excluded=["1980", "1984"],
                      wished=["0380", "1880"])
    detail = open_case(ctx, row.id)
    assert set(detail.excluded_municipalities) == {"1980", "1984"}
    assert set(detail.wished_municipalities) == {"0380", "1880"}
    assert detail.values["home_municipality_code"] == "1980"

    before = last_audit_id(ctx)
    update_case(ctx, row.id, {}, excluded=["0580"])
    ev = one_event(ctx, before, "case.update", row.id)
    assert json.loads(ev.details)["fields"] == ["excluded_municipalities"]
    assert "0580" not in ev.details
    detail = open_case(ctx, row.id)
    assert detail.excluded_municipalities == ["0580"]
    assert set(detail.wished_municipalities) == {"0380", "1880"}  # untouched when not given

    update_case(ctx, row.id, {}, excluded=[], wished=["2080"])
    detail = open_case(ctx, row.id)
    assert (detail.excluded_municipalities, detail.wished_municipalities) == ([], ["2080"])


def test_unknown_municipalities_are_refused(ctx: ServiceContext) -> None:
    before = snapshot(ctx)
    for kwargs, field in (
        ({"excluded": ["1980", "9999"]}, "excluded_municipalities"),
        ({"wished": ["0000"]}, "wished_municipalities"),
    ):
        with pytest.raises(ValidationError) as info:
            create_case(ctx, case_values(), **kwargs)
        assert (info.value.field, info.value.error_code) == (field, "UNKNOWN_MUNICIPALITY")
    with pytest.raises(ValidationError) as info:
        create_case(ctx, case_values(home_municipality_code="9999"))
    assert (info.value.field, info.value.error_code) == ("home_municipality_code", "UNKNOWN_MUNICIPALITY")
    assert snapshot(ctx) == before

    row = create_case(ctx, case_values(), excluded=["1980"])
    before = snapshot(ctx)
    with pytest.raises(ValidationError):
        update_case(ctx, row.id, {"status": "closed"}, excluded=["9999"])
    assert snapshot(ctx) == before
    detail = open_case(ctx, row.id)
    assert detail.excluded_municipalities == ["1980"]
    assert detail.row.status is CaseStatus.NEW  # the whole update was rolled back


# -- update ----------------------------------------------------------------------------------------


def test_update_case_audits_changed_field_names_only(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(notes="Gammal anteckning"))
    before = last_audit_id(ctx)
    updated = update_case(ctx, row.id, {"status": "waiting", "notes": "Känslig ny anteckning", "risk_level": "low"})
    assert updated.status is CaseStatus.WAITING
    ev = one_event(ctx, before, "case.update", row.id)
    assert sorted(json.loads(ev.details)["fields"]) == ["notes", "status"]
    assert "Känslig" not in ev.details and "waiting" not in ev.details
    assert open_case(ctx, row.id).values["notes"] == "Känslig ny anteckning"


def test_update_case_validation_writes_nothing(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values())
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        update_case(ctx, row.id, {"status": "okänd", "max_rent_sek": "-5"})
    assert {e.field: e.error_code for e in info.value.errors} == {
        "status": "INVALID_CHOICE", "max_rent_sek": "AMOUNT_NEGATIVE"}
    assert snapshot(ctx) == before


def test_update_case_blank_pseudonym_is_refused_or_regenerated(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(pseudonym="Lind 33"))
    try:
        updated = update_case(ctx, row.id, {"pseudonym": ""})
    except ValidationError as exc:
        assert exc.field == "pseudonym"
    else:
        assert updated.pseudonym.strip()


def test_update_case_blank_flag_means_no(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(needs_elevator=True))
    update_case(ctx, row.id, {"needs_elevator": None})
    assert open_case(ctx, row.id).values["needs_elevator"] is False


# -- members ---------------------------------------------------------------------------------------


def test_add_and_remove_member_are_audited(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(), household()[:1])
    before = last_audit_id(ctx)
    member = add_member(ctx, row.id, {"role": "child", "birth_year": 2021,
                                      "identity": identity("Nyfödd", "Påhittadsdotter", 3, date(2021, 1, 5))})
    ev = one_event(ctx, before, "case.member_add", row.id)
    assert json.loads(ev.details) == {"member_id": member.id}
    assert (member.role, member.birth_year, member.has_identity) == (MemberRole.CHILD, 2021, True)
    assert (count(ctx, HouseholdMember), count(ctx, Person)) == (2, 2)
    listed = list_cases(ctx).rows[0]
    assert (listed.household_size, listed.children) == (2, 1)

    before = last_audit_id(ctx)
    remove_member(ctx, row.id, member.id)
    ev = one_event(ctx, before, "case.member_remove", row.id)
    assert json.loads(ev.details) == {"member_id": member.id}
    assert (count(ctx, HouseholdMember), count(ctx, Person)) == (1, 1)  # identity removed with the member
    assert [i.first_name for i in reveal_identity(ctx, row.id, "kontroll")] == ["Fiktivia"]


def test_add_invalid_member_writes_nothing(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values())
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        add_member(ctx, row.id, {"role": "child", "birth_year": 2020,
                                 "identity": {"first_name": "A", "last_name": "B", "personal_number": "19121212-1213"}})
    assert (info.value.field, info.value.error_code) == ("members[0].personal_number", "PNR_CHECKSUM")
    assert snapshot(ctx) == before


def test_remove_member_of_another_case_is_not_found(ctx: ServiceContext) -> None:
    one = create_case(ctx, case_values(), household()[:1])
    other = create_case(ctx, case_values(), household()[:1])
    other_member = open_case(ctx, other.id).members[0]
    before = snapshot(ctx)
    with pytest.raises(NotFound):
        remove_member(ctx, one.id, other_member.id)
    assert snapshot(ctx) == before


# -- archive ---------------------------------------------------------------------------------------


def test_archive_hides_case_and_restore_brings_it_back(ctx: ServiceContext) -> None:
    kept, gone = create_case(ctx, case_values()), create_case(ctx, case_values())
    before = last_audit_id(ctx)
    set_case_archived(ctx, gone.id)
    one_event(ctx, before, "case.archive", gone.id)
    assert [r.id for r in list_cases(ctx).rows] == [kept.id]
    assert list_cases(ctx).total == 1
    everything = list_cases(ctx, ListQuery(include_archived=True))
    assert {r.id: r.archived for r in everything.rows} == {kept.id: False, gone.id: True}
    assert open_case(ctx, gone.id).row.archived is True
    before = last_audit_id(ctx)
    set_case_archived(ctx, gone.id, archived=False)
    one_event(ctx, before, "case.restore", gone.id)
    assert {r.id for r in list_cases(ctx).rows} == {kept.id, gone.id}


# -- list: filters, search, sort, paging ------------------------------------------------------------


@pytest.fixture
def caseload(ctx: ServiceContext) -> dict[str, int]:
    child = {"role": "child", "birth_year": 2016}
    adult = {"role": "applicant", "birth_year": 1985}
    made = {
        "plain": create_case(ctx, case_values(pseudonym="Ask 10", status="new", risk_level="low",
                                              max_rent_sek=6000, sheltered_since="2026-01-01"), [adult]),
        "mark": create_case(ctx, case_values(pseudonym="Björk 20", protection_level="confidentiality_mark",
                                             status="waiting", risk_level="acute", max_rent_sek=9000,
                                             needed_by="2026-05-01"), [adult, child, child]),
        "protected": create_case(ctx, case_values(pseudonym="Ek 30", protection_level="protected_registration",
                                                  status="waiting", risk_level="high", queue_since="2025-11-01"),
                                 [adult, child]),
        "assumed": create_case(ctx, case_values(pseudonym="Gran 40", protection_level="assumed_identity",
                                                status="housed", risk_level="acute", max_rent_sek=7500),
                               [adult, child, child, child]),
        "closed": create_case(ctx, case_values(pseudonym="Hassel 50", status="closed", risk_level="moderate"), []),
    }
    return {k: v.id for k, v in made.items()}


def case_ids(ctx: ServiceContext, search: str = "", **filters: Any) -> set[int]:
    page = list_cases(ctx, ListQuery(search=search, filters=filters))
    assert page.total == len(page.rows)
    return {r.id for r in page.rows}


def test_filter_status(ctx: ServiceContext, caseload: dict[str, int]) -> None:
    assert case_ids(ctx, status="waiting") == {caseload["mark"], caseload["protected"]}
    assert case_ids(ctx, status=CaseStatus.CLOSED) == {caseload["closed"]}
    assert case_ids(ctx, status=["new", "housed"]) == {caseload["plain"], caseload["assumed"]}
    assert case_ids(ctx, status=["offer_pending"]) == set()


def test_filter_protection(ctx: ServiceContext, caseload: dict[str, int]) -> None:
    assert case_ids(ctx, protection_level="none") == {caseload["plain"], caseload["closed"]}
    assert case_ids(ctx, protection_level=ProtectionLevel.ASSUMED_IDENTITY) == {caseload["assumed"]}
    assert case_ids(ctx, protected_only=True) == {caseload["mark"], caseload["protected"], caseload["assumed"]}
    assert len(case_ids(ctx, protected_only=False)) == 5


def test_filter_risk(ctx: ServiceContext, caseload: dict[str, int]) -> None:
    assert case_ids(ctx, risk_level="acute") == {caseload["mark"], caseload["assumed"]}
    assert case_ids(ctx, risk_level=RiskLevel.MODERATE) == {caseload["closed"]}
    assert case_ids(ctx, risk_level="acute", protected_only=True, status="housed") == {caseload["assumed"]}


def test_search_reference_and_pseudonym(ctx: ServiceContext, caseload: dict[str, int]) -> None:
    assert case_ids(ctx, "björk") == {caseload["mark"]}
    assert case_ids(ctx, "BJÖRK 20") == {caseload["mark"]}
    assert case_ids(ctx, f"SB-{YEAR}-0003") == {caseload["protected"]}
    assert case_ids(ctx, "0005") == {caseload["closed"]}
    assert len(case_ids(ctx, f"sb-{YEAR}")) == 5


def test_list_rows_carry_household_counts(ctx: ServiceContext, caseload: dict[str, int]) -> None:
    sizes = {r.id: (r.household_size, r.children) for r in list_cases(ctx).rows}
    assert sizes == {caseload["plain"]: (1, 0), caseload["mark"]: (3, 2), caseload["protected"]: (2, 1),
                     caseload["assumed"]: (4, 3), caseload["closed"]: (0, 0)}


def _enum_value(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def _expected(rows: list[CaseRow], attr: str, descending: bool) -> list[int]:
    present = sorted((r for r in rows if getattr(r, attr) is not None), key=lambda r: r.id)
    present.sort(key=lambda r: _enum_value(getattr(r, attr)), reverse=descending)
    missing = sorted((r for r in rows if getattr(r, attr) is None), key=lambda r: r.id)
    return [r.id for r in (present + missing if descending else missing + present)]


@pytest.mark.parametrize("key", sorted(CASE_SORT))
def test_sort_by_every_key(ctx: ServiceContext, caseload: dict[str, int], key: str) -> None:
    # one more case tying with "mark" on household size, status, protection and risk
    create_case(ctx, case_values(pseudonym="Björk 20", protection_level="confidentiality_mark", status="waiting",
                                 risk_level="acute"), [{"role": "applicant", "birth_year": 1990}] * 3)
    rows = list_cases(ctx).rows
    asc = [r.id for r in list_cases(ctx, ListQuery(sort=key)).rows]
    desc = [r.id for r in list_cases(ctx, ListQuery(sort=key, descending=True)).rows]
    assert asc == _expected(rows, key, descending=False)
    assert desc == _expected(rows, key, descending=True)
    assert asc != desc


def test_sort_by_household_size(ctx: ServiceContext, caseload: dict[str, int]) -> None:
    desc = [r.household_size for r in list_cases(ctx, ListQuery(sort="household_size", descending=True)).rows]
    assert desc == [4, 3, 2, 1, 0]
    asc = [r.id for r in list_cases(ctx, ListQuery(sort="household_size")).rows]
    assert asc == [caseload[k] for k in ("closed", "plain", "protected", "mark", "assumed")]


def test_unknown_sort_falls_back_to_reference_and_paging(ctx: ServiceContext, caseload: dict[str, int]) -> None:
    refs = [r.reference for r in list_cases(ctx, ListQuery(sort="personal_number")).rows]
    assert refs == [f"SB-{YEAR}-{n:04d}" for n in range(1, 6)]
    page = list_cases(ctx, ListQuery(offset=1, limit=2))
    assert (page.total, page.offset) == (5, 1)
    assert [r.id for r in page.rows] == [caseload["mark"], caseload["protected"]]
    page = list_cases(ctx, ListQuery(sort="reference", descending=True, offset=4, limit=2))
    assert [r.id for r in page.rows] == [caseload["plain"]]


# -- waiting time, member and identity edits, household saved with the case ----------------------


def test_waiting_days_count_from_shelter_else_queue(ctx: ServiceContext) -> None:
    from datetime import timedelta

    today = date.today()
    sheltered = create_case(ctx, case_values(sheltered_since=today - timedelta(days=40),
                                             queue_since=today - timedelta(days=10)))
    queued = create_case(ctx, case_values(queue_since=today - timedelta(days=7)))
    neither = create_case(ctx, case_values())
    rows = {r.id: r for r in list_cases(ctx).rows}
    assert rows[sheltered.id].waiting_days == 40
    assert rows[sheltered.id].waiting_since == today - timedelta(days=40)
    assert rows[queued.id].waiting_days == 7
    assert rows[neither.id].waiting_days is None
    most_first = [r.id for r in list_cases(ctx, ListQuery(sort="waiting_days", descending=True)).rows]
    assert most_first == [sheltered.id, queued.id, neither.id]
    fewest_first = [r.id for r in list_cases(ctx, ListQuery(sort="waiting_days")).rows]
    assert fewest_first == [neither.id, queued.id, sheltered.id]


def test_sort_by_children(ctx: ServiceContext, caseload: dict[str, int]) -> None:
    desc = [r.children for r in list_cases(ctx, ListQuery(sort="children", descending=True)).rows]
    assert desc == [3, 2, 1, 0, 0]


def test_update_member_is_audited_with_field_names(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(), household())
    member = open_case(ctx, row.id).members[2]
    before = last_audit_id(ctx)
    updated = update_member(ctx, row.id, member.id, {"birth_year": "2018", "role": "child"})
    assert (updated.role, updated.birth_year, updated.has_identity) == (MemberRole.CHILD, 2018, False)
    ev = one_event(ctx, before, "case.member_update", row.id)
    assert json.loads(ev.details) == {"member_id": member.id, "fields": ["birth_year"]}
    before = last_audit_id(ctx)
    update_member(ctx, row.id, member.id, {"birth_year": 2018})  # nothing changed: nothing logged
    assert audit_since(ctx, before) == []


def test_update_member_errors_are_keyed_by_member_and_write_nothing(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(), household())
    member = open_case(ctx, row.id).members[0]
    other = create_case(ctx, case_values(), household()[:1])
    other_member = open_case(ctx, other.id).members[0]
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        update_member(ctx, row.id, member.id, {"birth_year": "1800", "role": "granne"})
    assert {e.field: e.error_code for e in info.value.errors} == {
        member_key(member.id, "birth_year"): "INT_RANGE", member_key(member.id, "role"): "INVALID_CHOICE"}
    with pytest.raises(NotFound):
        update_member(ctx, row.id, other_member.id, {"birth_year": 1990})
    assert snapshot(ctx) == before


def test_update_identity_logs_field_names_never_values(ctx: ServiceContext) -> None:
    members = household()
    row = create_case(ctx, case_values(protection_level="protected_registration"), members)
    applicant = open_case(ctx, row.id).members[0]
    new_number = pnr(7, date(1988, 4, 3))
    before = last_audit_id(ctx)
    update_identity(ctx, row.id, applicant.id, {"address": "Påhittvägen 9, Nowhere", "personal_number": new_number,
                                                "first_name": "Fiktivia"})
    ev = one_event(ctx, before, "identity.update", row.id)
    details = json.loads(ev.details)
    assert (details["member_id"], sorted(details["fields"])) == (applicant.id, ["address", "personal_number"])
    for secret in ["Påhittvägen", new_number, new_number.replace("-", ""), "Fiktivia"]:
        assert secret not in (ev.details or "") and secret not in (ev.reason or "")
    [first, *_] = reveal_identity(ctx, row.id, "kontroll")
    assert (first.address, first.personal_number, first.first_name) == (
        "Påhittvägen 9, Nowhere", new_number, "Fiktivia")


def test_update_identity_records_a_new_identity_which_needs_names(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(), household())
    without = open_case(ctx, row.id).members[2]
    assert not without.has_identity
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        update_identity(ctx, row.id, without.id, {"phone": "070-000 00 09"})
    assert {e.field: e.error_code for e in info.value.errors} == {
        member_key(without.id, "first_name"): "REQUIRED", member_key(without.id, "last_name"): "REQUIRED"}
    assert snapshot(ctx) == before
    update_identity(ctx, row.id, without.id, identity("Minstingen", "Påhittadsdotter", 9, date(2019, 2, 2)))
    assert count(ctx, Person) == 3
    assert open_case(ctx, row.id).members[2].has_identity
    events = audit_since(ctx, before[3])
    assert [e.action for e in events][-2:] == ["identity.update", "case.open"]
    assert "Minstingen" not in (events[-2].details or "")


def test_update_identity_invalid_personnummer_writes_nothing(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(), household())
    applicant = open_case(ctx, row.id).members[0]
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as info:
        update_identity(ctx, row.id, applicant.id, {"personal_number": "19121212-1213"})
    assert (info.value.field, info.value.error_code) == (member_key(applicant.id, "personal_number"), "PNR_CHECKSUM")
    with pytest.raises(ValidationError) as info:
        update_identity(ctx, row.id, applicant.id, {"first_name": "  "})
    assert info.value.error_code == "REQUIRED"
    assert snapshot(ctx) == before


def test_update_case_saves_household_changes_in_one_transaction(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(), household())
    applicant, child, unnamed = open_case(ctx, row.id).members
    before = last_audit_id(ctx)
    changes = HouseholdChanges(
        add=[{"role": "child", "birth_year": 2023, "identity": identity("Lillan", "Påhittadsdotter", 5,
                                                                         date(2023, 6, 1))}],
        update={unnamed.id: {"birth_year": 2020}},
        identities={applicant.id: {"phone": "070-000 00 02"}},
        remove=[child.id],
    )
    updated = update_case(ctx, row.id, {"status": "waiting"}, household=changes)
    assert (updated.household_size, updated.children) == (3, 2)
    actions = [e.action for e in audit_since(ctx, before)]
    assert actions == ["case.update", "case.member_remove", "case.member_update", "identity.update",
                       "case.member_add"]
    detail = open_case(ctx, row.id)
    assert [(m.role, m.birth_year, m.has_identity) for m in detail.members] == [
        (MemberRole.APPLICANT, 1988, True), (MemberRole.CHILD, 2020, False), (MemberRole.CHILD, 2023, True)]
    names = {i.first_name: i.phone for i in reveal_identity(ctx, row.id)}
    assert names == {"Fiktivia": "070-000 00 02", "Lillan": None}


def test_update_case_with_a_bad_household_change_writes_nothing(ctx: ServiceContext) -> None:
    row = create_case(ctx, case_values(), household())
    applicant, child, _unnamed = open_case(ctx, row.id).members
    before = snapshot(ctx)
    changes = HouseholdChanges(
        add=[{"role": "child", "birth_year": 2023,
              "identity": {"first_name": "Lillan", "last_name": "P", "personal_number": "19121212-1213"}}],
        identities={applicant.id: {"email": "inte-en-adress"}},
        remove=[child.id],
    )
    with pytest.raises(ValidationError) as info:
        update_case(ctx, row.id, {"status": "waiting"}, household=changes)
    assert {e.field: e.error_code for e in info.value.errors} == {
        member_key(applicant.id, "email"): "EMAIL_FORMAT", "members[0].personal_number": "PNR_CHECKSUM"}
    assert snapshot(ctx) == before
    assert open_case(ctx, row.id).row.status is CaseStatus.NEW
