"""Offer lifecycle: propose → offered → accepted/declined/expired → signed (or withdrawn).

Every write is one transaction with one audit event ('offer.<action>', entity 'offer').
Illegal steps raise IllegalTransition with a Swedish message; its `error_code` is stable, e.g.
OFFER_ACCEPT_FROM_EXPIRED, OFFER_REPLY_PASSED, APARTMENT_HAS_ACTIVE_OFFER, HOUSEHOLD_HAS_ACTIVE_OFFER.

Förtur: an offer remembers the grant valid when it was proposed. A decline for a household reason
counts against the grant (setting offers.household_decline_uses_fortur, on by default); when
offers_allowed is reached the grant is used up. Signing uses it up. Decline reasons are settings
(one per line, per party); the wording is frozen on the offer when it is decided.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sbdesk.domain.cases import Case
from sbdesk.domain.enums import ApartmentStatus, CaseStatus, ContractType
from sbdesk.domain.housing import Apartment
from sbdesk.domain.offers import ACTIVE_OFFER_STATUSES, DeclineParty, Offer, OfferStatus
from sbdesk.domain.priority import PriorityGrant
from sbdesk.errors import IllegalTransition, NotFound, ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext
from sbdesk.services.priority import valid_grant
from sbdesk.services.settings import all_settings, get_setting

# Stable codes for the default wordings (a reason the municipality adds gets a code made from its text).
DEFAULT_REASON_CODES: dict[str, str] = {
    "Läget passar inte (avstånd, skola, arbete)": "location",
    "Säkerhetsskäl – för nära förövaren": "safety",
    "Lägenheten är för liten eller för stor": "size",
    "Hyran är för hög": "rent",
    "Tillgängligheten räcker inte": "accessibility",
    "Hushållet har inte svarat": "no_reply",
    "Annat skäl från hushållet": "other_household",
    "Kreditupplysningen godkändes inte": "credit",
    "Referenserna godkändes inte": "references",
    "Inkomstkravet uppfylls inte": "income",
    "Annat skäl från hyresvärden": "other_landlord",
}
_REASON_SETTINGS = {DeclineParty.HOUSEHOLD.value: "offers.decline_reasons_household",
                    DeclineParty.LANDLORD.value: "offers.decline_reasons_landlord"}
_VERBS = {
    "send": "skickas", "accept": "accepteras", "decline": "avböjas", "expire": "markeras som utgånget",
    "sign": "signeras", "withdraw": "återkallas",
}
_FROM = {
    "send": {OfferStatus.PROPOSED},
    "accept": {OfferStatus.OFFERED},
    "decline": {OfferStatus.OFFERED, OfferStatus.ACCEPTED},
    "expire": {OfferStatus.OFFERED},
    "sign": {OfferStatus.ACCEPTED},
    "withdraw": set(ACTIVE_OFFER_STATUSES),
}


@dataclass(frozen=True)
class OfferRow:
    """An offer as lists show it (case by id; no names)."""

    id: int
    case_id: int
    apartment_id: int
    grant_id: int | None
    status: OfferStatus
    proposed_on: date
    offered_on: date | None
    reply_by: date | None
    decided_on: date | None
    decline_party: DeclineParty | None
    decline_reason_code: str | None
    decline_reason_text: str | None
    decline_note: str | None
    signed_on: date | None
    contract_type: ContractType | None


def _row(o: Offer) -> OfferRow:
    return OfferRow(o.id, o.case_id, o.apartment_id, o.grant_id, o.status, o.proposed_on, o.offered_on, o.reply_by,
                    o.decided_on, o.decline_party, o.decline_reason_code, o.decline_reason_text, o.decline_note,
                    o.signed_on, o.contract_type)


def illegal(code: str, message: str) -> IllegalTransition:
    """An IllegalTransition carrying a stable error_code beside its Swedish message."""
    exc = IllegalTransition(message)
    exc.error_code = code  # type: ignore[attr-defined]
    return exc


def reason_code(party: str, wording: str) -> str:
    """A stable code for a reason's wording: the default's name, else the party's letter and a short hash."""
    known = DEFAULT_REASON_CODES.get(wording)
    if known:
        return known
    digest = hashlib.sha256(" ".join(wording.split()).casefold().encode()).hexdigest()[:8]
    return f"{party[0]}_{digest}"


def decline_reasons(ctx: ServiceContext) -> dict[str, dict[str, str]]:
    """The configured decline reasons (settings, one per line): party → code → Swedish wording."""
    values = all_settings(ctx)
    return {party: {reason_code(party, w): w for w in values[key]} for party, key in _REASON_SETTINGS.items()}


def allowed_steps(status: OfferStatus) -> list[str]:
    """The steps ('send', 'accept', 'decline', 'expire', 'sign', 'withdraw') legal from a status."""
    return [step for step, sources in _FROM.items() if status in sources]


def _active(s: Session, column: Any, value: int) -> int:
    return s.scalar(select(func.count()).select_from(Offer).where(
        column == value, Offer.status.in_(ACTIVE_OFFER_STATUSES))) or 0


_STATE_PHRASES = {
    OfferStatus.PROPOSED: "Erbjudandet är bara föreslaget och inte skickat.",
    OfferStatus.OFFERED: "Erbjudandet är skickat och väntar på svar.",
    OfferStatus.ACCEPTED: "Erbjudandet är redan accepterat.",
    OfferStatus.DECLINED: "Erbjudandet är redan avböjt.",
    OfferStatus.EXPIRED: "Svarstiden för erbjudandet har gått ut.",
    OfferStatus.SIGNED: "Kontraktet är redan skrivet.",
    OfferStatus.WITHDRAWN: "Erbjudandet är återkallat.",
}


def _load(s: Session, offer_id: int, action: str) -> Offer:
    offer = s.get(Offer, offer_id)
    if offer is None:
        raise NotFound()
    if offer.status not in _FROM[action]:
        raise illegal(f"OFFER_{action.upper()}_FROM_{offer.status.value.upper()}",
                      f"{_STATE_PHRASES[offer.status]} Det kan inte {_VERBS[action]}.")
    return offer


def _release(s: Session, offer: Offer) -> None:
    """Return the apartment to available and the case to waiting once the offer no longer holds them."""
    apartment = s.get(Apartment, offer.apartment_id)
    if apartment is not None and apartment.status is ApartmentStatus.OFFERED:
        apartment.status = ApartmentStatus.AVAILABLE
    case = s.get(Case, offer.case_id)
    s.flush()
    if case is not None and case.status is CaseStatus.OFFER_PENDING and not s.scalar(
        select(func.count()).select_from(Offer).where(
            Offer.case_id == case.id, Offer.id != offer.id,
            Offer.status.in_([OfferStatus.OFFERED, OfferStatus.ACCEPTED]))):
        case.status = CaseStatus.WAITING


def _audit(ctx: ServiceContext, s: Session, action: str, offer: Offer, **details: Any) -> None:
    ctx.audit(s, f"offer.{action}", "offer", offer.id,
              details={"case_id": offer.case_id, "apartment_id": offer.apartment_id,
                       "status": offer.status.value, **details})


def propose_offer(ctx: ServiceContext, case_id: int, apartment_id: int, *, notes: str | None = None,
                  today: date | None = None) -> OfferRow:
    """Propose an apartment to a waiting household (one active offer per apartment and per household)."""
    today = today or date.today()
    max_active = int(get_setting(ctx, "offers.max_active_per_household"))
    with ctx.write() as s:
        case, apartment = s.get(Case, case_id), s.get(Apartment, apartment_id)
        if case is None or apartment is None:
            raise NotFound()
        if case.archived or case.status not in (CaseStatus.NEW, CaseStatus.WAITING, CaseStatus.OFFER_PENDING):
            raise illegal("CASE_NOT_WAITING", f"Ärendet är {case.status.label.lower()} och kan inte få erbjudanden.")
        if apartment.archived or apartment.status not in (ApartmentStatus.AVAILABLE, ApartmentStatus.RESERVED):
            raise illegal("APARTMENT_NOT_AVAILABLE",
                          f"Lägenheten är {apartment.status.label.lower()} och kan inte erbjudas.")
        if _active(s, Offer.apartment_id, apartment_id):
            raise illegal("APARTMENT_HAS_ACTIVE_OFFER", "Lägenheten har redan ett pågående erbjudande.")
        if _active(s, Offer.case_id, case_id) >= max_active:
            raise illegal("HOUSEHOLD_HAS_ACTIVE_OFFER", "Hushållet har redan ett pågående erbjudande.")
        grant = valid_grant(s, case_id, today)
        offer = Offer(case_id=case_id, apartment_id=apartment_id, grant_id=grant.id if grant else None,
                      status=OfferStatus.PROPOSED, proposed_on=today, notes=notes)
        s.add(offer)
        s.flush()
        _audit(ctx, s, "propose", offer, grant_id=offer.grant_id)
        return _row(offer)


def send_offer(ctx: ServiceContext, offer_id: int, reply_by: Any, *, today: date | None = None) -> OfferRow:
    """Offer the apartment with a reply-by date: apartment → offered, case → offer pending."""
    today = today or date.today()
    due = f.clean([f.FieldSpec("reply_by", "Svara senast", f.a_date, required=True)], {"reply_by": reply_by})
    if due["reply_by"] < today:
        raise ValidationError("reply_by", "DATE_PAST", "Svarsdatum kan inte ligga före i dag.")
    with ctx.write() as s:
        offer = _load(s, offer_id, "send")
        apartment, case = s.get(Apartment, offer.apartment_id), s.get(Case, offer.case_id)
        assert apartment is not None and case is not None
        if apartment.status not in (ApartmentStatus.AVAILABLE, ApartmentStatus.RESERVED):
            raise illegal("APARTMENT_NOT_AVAILABLE",
                          f"Lägenheten är {apartment.status.label.lower()} och kan inte erbjudas.")
        offer.status, offer.offered_on, offer.reply_by = OfferStatus.OFFERED, today, due["reply_by"]
        apartment.status = ApartmentStatus.OFFERED
        case.status = CaseStatus.OFFER_PENDING
        _audit(ctx, s, "send", offer, reply_by=offer.reply_by.isoformat())
        return _row(offer)


def accept_offer(ctx: ServiceContext, offer_id: int, *, today: date | None = None) -> OfferRow:
    """The household accepts (not after the reply-by date)."""
    today = today or date.today()
    with ctx.write() as s:
        offer = _load(s, offer_id, "accept")
        if offer.reply_by is not None and offer.reply_by < today:
            raise illegal("OFFER_REPLY_PASSED", "Svarstiden har gått ut. Markera erbjudandet som utgånget.")
        offer.status, offer.decided_on = OfferStatus.ACCEPTED, today
        _audit(ctx, s, "accept", offer)
        return _row(offer)


def decline_offer(ctx: ServiceContext, offer_id: int, reason_code: str, note: str | None = None, *,
                  today: date | None = None) -> OfferRow:
    """Decline with a configured reason (its wording is frozen on the offer) and optional free text."""
    today = today or date.today()
    reasons = decline_reasons(ctx)
    found = [(party, wording) for party, codes in reasons.items() for code, wording in codes.items()
             if code == reason_code]
    if not found:
        raise ValidationError("reason_code", "INVALID_CHOICE", "Välj ett skäl i listan.")
    clean_note = f.clean([f.FieldSpec("note", "Kommentar", f.long_text)], {"note": note})["note"]
    party, wording = found[0]
    policy_counts = bool(get_setting(ctx, "offers.household_decline_uses_fortur"))
    with ctx.write() as s:
        offer = _load(s, offer_id, "decline")
        offer.status, offer.decided_on = OfferStatus.DECLINED, today
        offer.decline_party = DeclineParty(party)
        offer.decline_reason_code, offer.decline_reason_text, offer.decline_note = reason_code, wording, clean_note
        counts = offer.decline_party is DeclineParty.HOUSEHOLD and policy_counts
        used_up = _count_against_grant(s, offer) if counts else False
        _release(s, offer)
        _audit(ctx, s, "decline", offer, reason_code=reason_code, party=party, grant_used_up=used_up)
        return _row(offer)


def _count_against_grant(s: Session, offer: Offer) -> bool:
    """Count a household decline on the offer's förtur grant; True when that used the grant up."""
    grant = s.get(PriorityGrant, offer.grant_id) if offer.grant_id else None
    if grant is None or grant.used_up:
        return False
    grant.offers_used += 1
    if grant.offers_used >= grant.offers_allowed:
        grant.used_up = True
    return grant.used_up


def expire_offer(ctx: ServiceContext, offer_id: int, *, today: date | None = None) -> OfferRow:
    """Mark an offer whose reply-by date has passed as expired; apartment and case are released."""
    today = today or date.today()
    with ctx.write() as s:
        offer = _load(s, offer_id, "expire")
        if offer.reply_by is None or offer.reply_by >= today:
            raise illegal("OFFER_NOT_DUE", "Svarstiden har inte gått ut ännu.")
        offer.status, offer.decided_on = OfferStatus.EXPIRED, today
        _release(s, offer)
        _audit(ctx, s, "expire", offer)
        return _row(offer)


def sign_offer(ctx: ServiceContext, offer_id: int, signed_on: Any, contract_type: Any) -> OfferRow:
    """Record the signed contract: case → housed, apartment → let, the förtur grant is used up."""
    data = f.clean([
        f.FieldSpec("signed_on", "Kontraktet skrevs", f.a_date, required=True),
        f.FieldSpec("contract_type", "Kontraktsform", f.choice(ContractType), required=True),
    ], {"signed_on": signed_on, "contract_type": contract_type})
    with ctx.write() as s:
        offer = _load(s, offer_id, "sign")
        apartment, case = s.get(Apartment, offer.apartment_id), s.get(Case, offer.case_id)
        assert apartment is not None and case is not None
        offer.status, offer.signed_on, offer.contract_type = OfferStatus.SIGNED, data["signed_on"], data["contract_type"]
        case.status, apartment.status = CaseStatus.HOUSED, ApartmentStatus.LET
        grant = s.get(PriorityGrant, offer.grant_id) if offer.grant_id else None
        if grant is not None:
            grant.used_up = True
        _audit(ctx, s, "sign", offer, contract_type=offer.contract_type.value)
        return _row(offer)


def withdraw_offer(ctx: ServiceContext, offer_id: int, reason: str) -> OfferRow:
    """Withdraw an active offer (reason mandatory); apartment and case are released."""
    data = f.clean([f.FieldSpec("reason", "Skäl", f.long_text, required=True)], {"reason": reason})
    with ctx.write() as s:
        offer = _load(s, offer_id, "withdraw")
        offer.status, offer.decline_note = OfferStatus.WITHDRAWN, data["reason"]
        _release(s, offer)
        ctx.audit(s, "offer.withdraw", "offer", offer.id, reason=data["reason"],
                  details={"case_id": offer.case_id, "apartment_id": offer.apartment_id})
        return _row(offer)


def get_offer(ctx: ServiceContext, offer_id: int) -> OfferRow:
    """One offer."""
    with ctx.read() as s:
        offer = s.get(Offer, offer_id)
        if offer is None:
            raise NotFound()
        return _row(offer)


def list_offers(ctx: ServiceContext, *, case_id: int | None = None, apartment_id: int | None = None) -> list[OfferRow]:
    """Offers of a case and/or an apartment, newest first."""
    stmt = select(Offer).order_by(Offer.id.desc())
    if case_id is not None:
        stmt = stmt.where(Offer.case_id == case_id)
    if apartment_id is not None:
        stmt = stmt.where(Offer.apartment_id == apartment_id)
    with ctx.read() as s:
        return [_row(o) for o in s.scalars(stmt)]
