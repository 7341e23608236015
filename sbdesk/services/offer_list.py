"""Offers as registers and the overview show them: joined with the case's reference and the
apartment's address, searched, filtered, sorted and paged in SQL (never a person's name)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, select

from sbdesk.domain.cases import Case
from sbdesk.domain.enums import ContractType, ProtectionLevel
from sbdesk.domain.housing import Apartment
from sbdesk.domain.offers import ACTIVE_OFFER_STATUSES, Offer, OfferStatus
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery, Page, run_page, search_clause

ACTIVE = "active"  # the status filter's value for proposed, offered and accepted offers
REPLY_WINDOW_DAYS = 7


@dataclass(frozen=True)
class OfferListRow:
    """One offer with its case (reference, pseudonym, protection level) and apartment (address, size)."""

    id: int
    case_id: int
    apartment_id: int
    status: OfferStatus
    reference: str
    pseudonym: str
    protection_level: ProtectionLevel
    address: str
    rooms: int | None
    area_m2: int | None
    rent_sek: int | None
    contract_type: ContractType | None
    proposed_on: date
    reply_by: date | None
    decided_on: date | None
    reason: str
    overdue: bool

    @property
    def size(self) -> str:
        """'2 rok, 54 m²'."""
        if self.rooms is None:
            return ""
        return f"{self.rooms} rok" + ("" if self.area_m2 is None else f", {self.area_m2} m²")

    @property
    def about(self) -> str:
        """A short description for dialogs: reference, pseudonym, address and size (never a name)."""
        return f"{self.reference} ({self.pseudonym}) – {self.address}, {self.size}"


_PROTECTION_ORDER = case({level: i for i, level in enumerate(ProtectionLevel)}, value=Case.protection_level)
_STATUS_ORDER = case({status: status.label for status in OfferStatus}, value=Offer.status)
OFFER_SORT: dict[str, Any] = {
    "reference": Case.reference,
    "pseudonym": func.lower(Case.pseudonym),
    "protection_level": _PROTECTION_ORDER,
    "address": func.lower(Apartment.address),
    "rooms": Apartment.rooms,
    "status": _STATUS_ORDER,
    "proposed_on": Offer.proposed_on,
    "reply_by": Offer.reply_by,
    "decided_on": Offer.decided_on,
    "reason": Offer.decline_reason_text,
}


def _row(o: Offer, c: Case, a: Apartment, today: date) -> OfferListRow:
    if o.status is OfferStatus.WITHDRAWN:
        reason = o.decline_note or ""
    else:
        reason = o.decline_reason_text or ""
    return OfferListRow(
        o.id, o.case_id, o.apartment_id, o.status, c.reference, c.pseudonym, c.protection_level, a.address,
        a.rooms, a.area_m2, a.rent_sek, o.contract_type or a.contract_type, o.proposed_on, o.reply_by,
        o.decided_on, reason,
        o.status is OfferStatus.OFFERED and o.reply_by is not None and o.reply_by < today,
    )


def list_offer_rows(ctx: ServiceContext, query: ListQuery | None = None, *,
                    today: date | None = None) -> Page[OfferListRow]:
    """Offers by search (reference, pseudonym, address) and filters: status ('active' or one status),
    case_id, apartment_id, overdue (reply-by passed without an answer)."""
    query = query or ListQuery()
    today = today or date.today()
    conditions: list[Any] = []
    flt = query.filters
    status = flt.get("status")
    if status == ACTIVE:
        conditions.append(Offer.status.in_(ACTIVE_OFFER_STATUSES))
    elif status is not None:
        conditions.append(Offer.status == OfferStatus(status))
    for key, column in (("case_id", Offer.case_id), ("apartment_id", Offer.apartment_id)):
        if flt.get(key) is not None:
            conditions.append(column == flt[key])
    if flt.get("overdue"):
        conditions.append(and_(Offer.status == OfferStatus.OFFERED, Offer.reply_by < today))
    if (clause := search_clause(query.search, [Case.reference, Case.pseudonym, Apartment.address])) is not None:
        conditions.append(clause)
    stmt = (select(Offer, Case, Apartment).join(Case, Offer.case_id == Case.id)
            .join(Apartment, Offer.apartment_id == Apartment.id).where(*conditions))
    with ctx.read() as s:
        rows, total = run_page(s, stmt, query, OFFER_SORT, "proposed_on", Offer.id.desc())
        return Page([_row(o, c, a, today) for o, c, a in rows], total, query.offset)


def count_active(ctx: ServiceContext) -> int:
    """Offers still holding an apartment and a household."""
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Offer).where(Offer.status.in_(ACTIVE_OFFER_STATUSES))) or 0


def replies_due(ctx: ServiceContext, *, today: date | None = None,
                window_days: int = REPLY_WINDOW_DAYS) -> list[OfferListRow]:
    """Sent offers whose reply-by date has passed or comes within the window, the earliest first."""
    today = today or date.today()
    stmt = (select(Offer, Case, Apartment).join(Case, Offer.case_id == Case.id)
            .join(Apartment, Offer.apartment_id == Apartment.id)
            .where(Offer.status == OfferStatus.OFFERED, Offer.reply_by.is_not(None),
                   Offer.reply_by <= today + timedelta(days=window_days))
            .order_by(Offer.reply_by, Offer.id))
    with ctx.read() as s:
        return [_row(o, c, a, today) for o, c, a in s.execute(stmt)]
