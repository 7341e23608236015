"""Tests for sbdesk.services.offers: the offer lifecycle, its rules and audit events (fictional data)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.cases import Case
from sbdesk.domain.enums import (
    ApartmentStatus,
    CaseStatus,
    ContractType,
    LandlordKind,
    MemberRole,
    ProtectionLevel,
)
from sbdesk.domain.housing import Apartment
from sbdesk.domain.offers import DeclineParty, OfferStatus
from sbdesk.errors import IllegalTransition, ValidationError
from sbdesk.services import offers as svc
from sbdesk.services.apartments import create_apartment
from sbdesk.services.cases import create_case
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord
from sbdesk.services.offers import (
    accept_offer,
    decline_offer,
    expire_offer,
    get_offer,
    list_offers,
    propose_offer,
    send_offer,
    sign_offer,
    withdraw_offer,
)
from sbdesk.services.priority import create_grant, list_grants
from sbdesk.services.settings import set_settings
from tests.conftest import COORDINATOR

TODAY = date.today()
REPLY_BY = TODAY + timedelta(days=7)


def new_case(ctx: ServiceContext, status: CaseStatus = CaseStatus.WAITING) -> int:
    return create_case(ctx, {"protection_level": ProtectionLevel.NONE, "risk_level": "high", "status": status},
                       [{"role": MemberRole.APPLICANT, "birth_year": 1990}]).id


def new_apartment(ctx: ServiceContext, status: ApartmentStatus = ApartmentStatus.AVAILABLE) -> int:
    landlord = create_landlord(ctx, {"name": "Exempelhem AB", "kind": LandlordKind.MUNICIPAL})
    return create_apartment(ctx, {
        "landlord_id": landlord.id, "address": "Provgatan 3", "municipality_code": "1980", "rooms": 2,
        "rent_sek": 7200, "contract_type": ContractType.SOCIAL, "status": status,
    }).id


def statuses(ctx: ServiceContext, case_id: int, apartment_id: int) -> tuple[CaseStatus, ApartmentStatus]:
    with ctx.read() as s:
        return s.get(Case, case_id).status, s.get(Apartment, apartment_id).status  # type: ignore[union-attr]


def last_audit_id(ctx: ServiceContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.max(AuditEvent.id))) or 0


def one_event(ctx: ServiceContext, after: int, action: str, offer_id: int) -> dict[str, Any]:
    with ctx.read() as s:
        events = list(s.execute(select(AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.actor,
                                       AuditEvent.details).where(AuditEvent.id > after)))
    assert len(events) == 1, [e.action for e in events]
    ev = events[0]
    assert (ev.action, ev.entity, ev.entity_id, ev.actor) == (action, "offer", str(offer_id), COORDINATOR)
    return json.loads(ev.details)


def offered(ctx: ServiceContext, case_id: int | None = None, apartment_id: int | None = None) -> Any:
    case_id = case_id or new_case(ctx)
    apartment_id = apartment_id or new_apartment(ctx)
    offer = propose_offer(ctx, case_id, apartment_id)
    return send_offer(ctx, offer.id, REPLY_BY)


def assert_illegal(code: str, fn: Any, *args: Any, **kw: Any) -> None:
    with pytest.raises(IllegalTransition) as exc:
        fn(*args, **kw)
    assert exc.value.code == "ILLEGAL_TRANSITION"
    assert exc.value.error_code == code  # type: ignore[attr-defined]
    assert exc.value.message


# -- legal path ---------------------------------------------------------------------------------


def test_full_path_to_signed(ctx: ServiceContext) -> None:
    cid, aid = new_case(ctx, CaseStatus.NEW), new_apartment(ctx)
    after = last_audit_id(ctx)
    offer = propose_offer(ctx, cid, aid)
    assert offer.status is OfferStatus.PROPOSED and offer.proposed_on == TODAY
    assert one_event(ctx, after, "offer.propose", offer.id)["case_id"] == cid
    assert statuses(ctx, cid, aid) == (CaseStatus.NEW, ApartmentStatus.AVAILABLE)

    after = last_audit_id(ctx)
    offer = send_offer(ctx, offer.id, REPLY_BY.isoformat())
    assert (offer.status, offer.reply_by, offer.offered_on) == (OfferStatus.OFFERED, REPLY_BY, TODAY)
    one_event(ctx, after, "offer.send", offer.id)
    assert statuses(ctx, cid, aid) == (CaseStatus.OFFER_PENDING, ApartmentStatus.OFFERED)

    after = last_audit_id(ctx)
    offer = accept_offer(ctx, offer.id)
    assert offer.status is OfferStatus.ACCEPTED and offer.decided_on == TODAY
    one_event(ctx, after, "offer.accept", offer.id)

    after = last_audit_id(ctx)
    offer = sign_offer(ctx, offer.id, TODAY + timedelta(days=10), "first_hand")
    assert (offer.status, offer.contract_type) == (OfferStatus.SIGNED, ContractType.FIRST_HAND)
    assert one_event(ctx, after, "offer.sign", offer.id)["contract_type"] == "first_hand"
    assert statuses(ctx, cid, aid) == (CaseStatus.HOUSED, ApartmentStatus.LET)
    assert get_offer(ctx, offer.id) == offer and list_offers(ctx, case_id=cid) == [offer]


def test_decline_freezes_wording_and_releases(ctx: ServiceContext) -> None:
    offer = offered(ctx)
    after = last_audit_id(ctx)
    declined = decline_offer(ctx, offer.id, "safety", "Förövaren bor i samma kvarter")
    details = one_event(ctx, after, "offer.decline", offer.id)
    assert details["reason_code"] == "safety" and "Förövaren" not in json.dumps(details)
    assert declined.decline_party is DeclineParty.HOUSEHOLD
    assert declined.decline_reason_text == "Säkerhetsskäl – för nära förövaren"
    assert declined.decline_note == "Förövaren bor i samma kvarter"
    assert statuses(ctx, offer.case_id, offer.apartment_id) == (CaseStatus.WAITING, ApartmentStatus.AVAILABLE)
    set_settings(ctx, {"offers.decline_reasons_household": "Ny formulering\nHyran är för hög"})
    assert "Ny formulering" in svc.decline_reasons(ctx)["household"].values()
    assert "safety" not in svc.decline_reasons(ctx)["household"]
    assert get_offer(ctx, offer.id).decline_reason_text == "Säkerhetsskäl – för nära förövaren"


def test_landlord_decline_after_accept(ctx: ServiceContext) -> None:
    offer = offered(ctx)
    accept_offer(ctx, offer.id)
    declined = decline_offer(ctx, offer.id, "credit")
    assert (declined.decline_party, declined.decline_reason_text) == (
        DeclineParty.LANDLORD, "Kreditupplysningen godkändes inte")
    assert statuses(ctx, offer.case_id, offer.apartment_id) == (CaseStatus.WAITING, ApartmentStatus.AVAILABLE)


def test_unknown_decline_reason(ctx: ServiceContext) -> None:
    offer = offered(ctx)
    with pytest.raises(ValidationError) as exc:
        decline_offer(ctx, offer.id, "tycker_inte_om_tapeterna")
    assert exc.value.error_code == "INVALID_CHOICE"
    assert get_offer(ctx, offer.id).status is OfferStatus.OFFERED


def test_expire_after_reply_date(ctx: ServiceContext) -> None:
    offer = offered(ctx)
    assert_illegal("OFFER_NOT_DUE", expire_offer, ctx, offer.id, today=REPLY_BY)
    after = last_audit_id(ctx)
    expired = expire_offer(ctx, offer.id, today=REPLY_BY + timedelta(days=1))
    assert expired.status is OfferStatus.EXPIRED
    one_event(ctx, after, "offer.expire", offer.id)
    assert statuses(ctx, offer.case_id, offer.apartment_id) == (CaseStatus.WAITING, ApartmentStatus.AVAILABLE)


@pytest.mark.parametrize("step", ["proposed", "offered", "accepted"])
def test_withdraw_from_every_active_status(ctx: ServiceContext, step: str) -> None:
    cid, aid = new_case(ctx), new_apartment(ctx)
    offer = propose_offer(ctx, cid, aid)
    if step != "proposed":
        send_offer(ctx, offer.id, REPLY_BY)
    if step == "accepted":
        accept_offer(ctx, offer.id)
    after = last_audit_id(ctx)
    assert withdraw_offer(ctx, offer.id, "Lägenheten behövs för evakuering").status is OfferStatus.WITHDRAWN
    one_event(ctx, after, "offer.withdraw", offer.id)
    assert statuses(ctx, cid, aid) == (CaseStatus.WAITING, ApartmentStatus.AVAILABLE)
    propose_offer(ctx, cid, aid)  # both are free again


# -- illegal steps ------------------------------------------------------------------------------


def test_illegal_transitions(ctx: ServiceContext) -> None:
    offer = offered(ctx)
    expire_offer(ctx, offer.id, today=REPLY_BY + timedelta(days=1))
    assert_illegal("OFFER_ACCEPT_FROM_EXPIRED", accept_offer, ctx, offer.id)
    assert_illegal("OFFER_SIGN_FROM_EXPIRED", sign_offer, ctx, offer.id, TODAY, "social")
    assert_illegal("OFFER_DECLINE_FROM_EXPIRED", decline_offer, ctx, offer.id, "rent")

    proposed = propose_offer(ctx, new_case(ctx), new_apartment(ctx))
    assert_illegal("OFFER_ACCEPT_FROM_PROPOSED", accept_offer, ctx, proposed.id)
    sent = send_offer(ctx, proposed.id, REPLY_BY)
    assert_illegal("OFFER_SEND_FROM_OFFERED", send_offer, ctx, sent.id, REPLY_BY)
    assert_illegal("OFFER_SIGN_FROM_OFFERED", sign_offer, ctx, sent.id, TODAY, "social")
    assert_illegal("OFFER_REPLY_PASSED", accept_offer, ctx, sent.id, today=REPLY_BY + timedelta(days=1))
    accept_offer(ctx, sent.id)
    sign_offer(ctx, sent.id, TODAY, "social")
    assert_illegal("OFFER_WITHDRAW_FROM_SIGNED", withdraw_offer, ctx, sent.id, "Ångrat")
    assert_illegal("OFFER_DECLINE_FROM_SIGNED", decline_offer, ctx, sent.id, "rent")


def test_illegal_step_writes_nothing(ctx: ServiceContext) -> None:
    offer = offered(ctx)
    decline_offer(ctx, offer.id, "rent")
    after = last_audit_id(ctx)
    assert_illegal("OFFER_ACCEPT_FROM_DECLINED", accept_offer, ctx, offer.id)
    assert last_audit_id(ctx) == after
    assert get_offer(ctx, offer.id).status is OfferStatus.DECLINED


def test_send_needs_future_reply_date(ctx: ServiceContext) -> None:
    offer = propose_offer(ctx, new_case(ctx), new_apartment(ctx))
    with pytest.raises(ValidationError) as exc:
        send_offer(ctx, offer.id, TODAY - timedelta(days=1))
    assert exc.value.error_code == "DATE_PAST"
    with pytest.raises(ValidationError) as exc:
        send_offer(ctx, offer.id, "")
    assert exc.value.error_code == "REQUIRED"


def test_case_and_apartment_must_be_free(ctx: ServiceContext) -> None:
    assert_illegal("CASE_NOT_WAITING", propose_offer, ctx, new_case(ctx, CaseStatus.HOUSED), new_apartment(ctx))
    assert_illegal("APARTMENT_NOT_AVAILABLE", propose_offer, ctx, new_case(ctx),
                   new_apartment(ctx, ApartmentStatus.LET))


def test_one_active_offer_per_apartment(ctx: ServiceContext) -> None:
    aid = new_apartment(ctx)
    propose_offer(ctx, new_case(ctx), aid)
    assert_illegal("APARTMENT_HAS_ACTIVE_OFFER", propose_offer, ctx, new_case(ctx), aid)


def test_one_active_offer_per_household(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = new_case(ctx)
    first = offered(ctx, cid)
    assert_illegal("HOUSEHOLD_HAS_ACTIVE_OFFER", propose_offer, ctx, cid, new_apartment(ctx))
    set_settings(ctx, {"offers.max_active_per_household": "2"})
    second = offered(ctx, cid)
    decline_offer(ctx, first.id, "size")
    assert statuses(ctx, cid, first.apartment_id) == (CaseStatus.OFFER_PENDING, ApartmentStatus.AVAILABLE)
    decline_offer(ctx, second.id, "size")
    assert statuses(ctx, cid, second.apartment_id) == (CaseStatus.WAITING, ApartmentStatus.AVAILABLE)


# -- förtur -------------------------------------------------------------------------------------


def fortur(ctx: ServiceContext, case_id: int, allowed: int) -> Any:
    return create_grant(ctx, case_id, {"ground": "social", "issued_by": "Enhetschef", "decided_on": TODAY,
                                       "offers_allowed": allowed})


def test_household_decline_uses_up_fortur_when_allowance_reached(ctx: ServiceContext) -> None:
    cid = new_case(ctx)
    grant = fortur(ctx, cid, 2)
    first = offered(ctx, cid)
    assert first.grant_id == grant.id
    decline_offer(ctx, first.id, "location")
    (row,) = list_grants(ctx, cid)
    assert (row.offers_used, row.used_up, row.valid_today) == (1, False, True)
    second = offered(ctx, cid)
    decline_offer(ctx, second.id, "credit")  # the landlord's reason does not count
    assert list_grants(ctx, cid)[0].offers_used == 1
    third = offered(ctx, cid)
    decline_offer(ctx, third.id, "rent")
    (row,) = list_grants(ctx, cid)
    assert (row.offers_used, row.used_up, row.valid_today) == (2, True, False)
    assert offered(ctx, cid).grant_id is None  # no valid förtur left


def test_signing_uses_up_fortur(ctx: ServiceContext) -> None:
    cid = new_case(ctx)
    fortur(ctx, cid, 3)
    offer = offered(ctx, cid)
    accept_offer(ctx, offer.id)
    sign_offer(ctx, offer.id, TODAY, ContractType.SOCIAL)
    assert list_grants(ctx, cid)[0].used_up


def test_household_decline_keeps_fortur_when_policy_says_so(ctx: ServiceContext) -> None:
    set_settings(ctx, {"offers.household_decline_uses_fortur": False})
    cid = new_case(ctx)
    fortur(ctx, cid, 1)
    decline_offer(ctx, offered(ctx, cid).id, "location")
    (row,) = list_grants(ctx, cid)
    assert (row.offers_used, row.used_up, row.valid_today) == (0, False, True)


def test_municipality_reasons_get_stable_codes(ctx: ServiceContext) -> None:
    set_settings(ctx, {"offers.decline_reasons_landlord": "Betalningsanmärkning\nReferenserna godkändes inte"})
    reasons = svc.decline_reasons(ctx)["landlord"]
    added = svc.reason_code("landlord", "Betalningsanmärkning")
    assert added.startswith("l_") and reasons[added] == "Betalningsanmärkning"
    assert reasons["references"] == "Referenserna godkändes inte"
    assert svc.reason_code("landlord", "  betalningsanmärkning ") == added  # spacing and case do not matter
    offer = offered(ctx)
    declined = decline_offer(ctx, offer.id, added)
    assert (declined.decline_party, declined.decline_reason_text) == (DeclineParty.LANDLORD, "Betalningsanmärkning")


@pytest.mark.parametrize("bad", ["", "\n  \n", "A\na", "x" * 201])
def test_decline_reason_setting_refuses_bad_lists(ctx: ServiceContext, bad: str) -> None:
    with pytest.raises(ValidationError) as exc:
        set_settings(ctx, {"offers.decline_reasons_household": bad})
    assert exc.value.field == "offers.decline_reasons_household"


def test_allowed_steps_follow_the_lifecycle() -> None:
    assert svc.allowed_steps(OfferStatus.PROPOSED) == ["send", "withdraw"]
    assert svc.allowed_steps(OfferStatus.OFFERED) == ["accept", "decline", "expire", "withdraw"]
    assert svc.allowed_steps(OfferStatus.ACCEPTED) == ["decline", "sign", "withdraw"]
    for final in (OfferStatus.DECLINED, OfferStatus.EXPIRED, OfferStatus.SIGNED, OfferStatus.WITHDRAWN):
        assert svc.allowed_steps(final) == []


def test_withdraw_reason_is_kept_on_the_offer(ctx: ServiceContext) -> None:
    offer = offered(ctx)
    assert withdraw_offer(ctx, offer.id, "Lägenheten behövs för evakuering").decline_note == (
        "Lägenheten behövs för evakuering")
