"""Consents on a case: add, withdraw, and the lookup letters and exchange files use (fictional data)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import ConsentRecipient, ProtectionLevel
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import consents as svc
from sbdesk.services.context import ServiceContext
from tests.letter_data import TODAY, household


def add(ctx: ServiceContext, case_id: int, kind: str, name: str, **kw: object) -> svc.ConsentRow:
    values = {"recipient_kind": kind, "recipient_name": name, "scope": "Behov", "given_on": TODAY - timedelta(days=5),
              **kw}
    return svc.add_consent(ctx, case_id, values, today=TODAY)


@pytest.mark.parametrize("recorded, asked", [
    ("Uppsala kommun", "Uppsala"), ("Uppsala", "Uppsala kommun"), ("  uppsala   KOMMUN ", "UPPSALA"),
    ("Västerås stad", "Västerås kommun"), ("Region Gotland", "Region Gotland"),
])
def test_a_municipality_matches_with_or_without_kommun(ctx: ServiceContext, recorded: str, asked: str) -> None:
    case = household(ctx, ProtectionLevel.NONE)
    made = add(ctx, case.case_id, "municipality", recorded)
    found = svc.find_valid_consent(ctx, case.case_id, ConsentRecipient.MUNICIPALITY, asked, TODAY)
    assert found is not None and found.id == made.id


def test_names_must_match_and_kinds_are_kept_apart(ctx: ServiceContext) -> None:
    case = household(ctx, ProtectionLevel.NONE)
    add(ctx, case.case_id, "municipality", "Uppsala kommun")
    add(ctx, case.case_id, "landlord", "Exempelhem Bostäder AB")
    find = svc.find_valid_consent
    assert find(ctx, case.case_id, "municipality", "Upplands Väsby", TODAY) is None
    assert find(ctx, case.case_id, "landlord", "Uppsala kommun", TODAY) is None
    assert find(ctx, case.case_id, "landlord", "exempelhem  bostäder ab", TODAY) is not None
    assert find(ctx, case.case_id, "landlord", "Exempelhem Bostäder", TODAY) is None  # not a municipality: exact
    assert find(ctx, case.case_id, "landlord", None, TODAY) is not None  # any landlord
    assert find(ctx, case.case_id, "other", None, TODAY) is None
    other = household(ctx, ProtectionLevel.NONE, seed=2)
    assert find(ctx, other.case_id, "municipality", "Uppsala", TODAY) is None  # another case's consent


def test_validity_follows_given_expiry_and_withdrawal(ctx: ServiceContext) -> None:
    case = household(ctx, ProtectionLevel.NONE)
    made = add(ctx, case.case_id, "landlord", "Exempelhem", expires_on=TODAY + timedelta(days=10))
    find = svc.find_valid_consent
    assert find(ctx, case.case_id, "landlord", "Exempelhem", TODAY + timedelta(days=10)) is not None
    assert find(ctx, case.case_id, "landlord", "Exempelhem", TODAY + timedelta(days=11)) is None
    assert find(ctx, case.case_id, "landlord", "Exempelhem", TODAY - timedelta(days=6)) is None  # before given
    withdrawn = svc.withdraw_consent(ctx, made.id, TODAY - timedelta(days=1), today=TODAY)
    assert withdrawn.withdrawn_on == TODAY - timedelta(days=1) and not withdrawn.valid_today
    assert find(ctx, case.case_id, "landlord", "Exempelhem", TODAY) is None
    assert find(ctx, case.case_id, "landlord", "Exempelhem", TODAY - timedelta(days=2)) is not None
    rows = svc.list_consents(ctx, case.case_id, today=TODAY)
    assert [(r.id, r.valid_today) for r in rows] == [(made.id, False)]
    with pytest.raises(ValidationError) as caught:
        svc.withdraw_consent(ctx, made.id, TODAY, today=TODAY)
    assert caught.value.error_code == "ALREADY_WITHDRAWN"


@pytest.mark.parametrize("values, field, code", [
    ({"recipient_kind": "bank"}, "recipient_kind", "INVALID_CHOICE"),
    ({"recipient_name": " "}, "recipient_name", "REQUIRED"),
    ({"scope": ""}, "scope", "REQUIRED"),
    ({"given_on": TODAY + timedelta(days=1)}, "given_on", "DATE_FUTURE"),
    ({"expires_on": TODAY - timedelta(days=30)}, "expires_on", "DATE_ORDER"),
    ({"given_on": "16/3"}, "given_on", "DATE_FORMAT"),
])
def test_bad_consents_are_refused(ctx: ServiceContext, values: dict[str, object], field: str, code: str) -> None:
    case = household(ctx, ProtectionLevel.NONE)
    base = {"recipient_kind": "landlord", "recipient_name": "Exempelhem", "scope": "Behov", "given_on": TODAY}
    with pytest.raises(ValidationError) as caught:
        svc.add_consent(ctx, case.case_id, {**base, **values}, today=TODAY)
    assert (caught.value.field, caught.value.error_code) == (field, code)
    assert svc.list_consents(ctx, case.case_id, today=TODAY) == []


def test_withdrawal_dates_are_checked(ctx: ServiceContext) -> None:
    case = household(ctx, ProtectionLevel.NONE)
    made = add(ctx, case.case_id, "landlord", "Exempelhem")
    for day, code in ((TODAY - timedelta(days=6), "DATE_ORDER"), (TODAY + timedelta(days=1), "DATE_FUTURE")):
        with pytest.raises(ValidationError) as caught:
            svc.withdraw_consent(ctx, made.id, day, today=TODAY)
        assert caught.value.error_code == code
    with pytest.raises(NotFound):
        svc.withdraw_consent(ctx, 9999, today=TODAY)
    with pytest.raises(NotFound):
        svc.list_consents(ctx, 9999)


def test_changes_are_audited_without_the_recipient_name(ctx: ServiceContext) -> None:
    case = household(ctx, ProtectionLevel.CONFIDENTIALITY_MARK)
    made = add(ctx, case.case_id, "other", "Kvinnojouren Exempel")
    svc.withdraw_consent(ctx, made.id, today=TODAY)
    with ctx.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action.like("consent.%")).order_by(AuditEvent.id)).all()
        assert [(e.action, e.entity, e.entity_id, json.loads(e.details)) for e in events] == [
            ("consent.add", "case", str(case.case_id), {"consent_id": made.id, "recipient_kind": "other"}),
            ("consent.withdraw", "case", str(case.case_id), {"consent_id": made.id, "recipient_kind": "other"}),
        ]
        assert all("Kvinnojouren" not in (e.details or "") + (e.reason or "") for e in events)


def test_case_label_gives_reference_and_protection(ctx: ServiceContext) -> None:
    case = household(ctx, ProtectionLevel.ASSUMED_IDENTITY)
    label = svc.case_label(ctx, case.case_id)
    assert (label.reference, label.protection_level) == (case.reference, ProtectionLevel.ASSUMED_IDENTITY)
