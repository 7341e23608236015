"""Översikt: what needs attention today — longest waits, apartments soon free, agreements ending, key numbers.

Every count is made in SQL; only the days between two dates are worked out here. A household is
*waiting* while its case is new, waiting or has an offer under way (not housed, not closed, not
archived); it has waited since it entered the queue, or — when no queue date is recorded — since it
came to skyddat boende. Nothing here carries a name, personnummer or address of a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from sbdesk.domain.cases import Case
from sbdesk.domain.enums import ApartmentStatus, CaseStatus, ProtectionLevel
from sbdesk.domain.geography import Municipality
from sbdesk.domain.housing import Apartment, Landlord, LandlordAgreement
from sbdesk.services.context import ServiceContext
from sbdesk.services.requests import (
    OverdueRequest,
    StalledRequest,
    count_overdue,
    count_stalled,
    overdue_answers,
    stalled,
)

WAITING_STATUSES = (CaseStatus.NEW, CaseStatus.WAITING, CaseStatus.OFFER_PENDING)
UPCOMING_STATUSES = (ApartmentStatus.PLANNED, ApartmentStatus.AVAILABLE)
APARTMENT_WINDOW_DAYS = 30
AGREEMENT_WINDOW_DAYS = 60
LIST_LIMIT = 10


@dataclass(frozen=True)
class WaitingHousehold:
    """A waiting household by reference and pseudonym (never a name), with its protection level."""

    id: int
    reference: str
    pseudonym: str
    protection_level: ProtectionLevel
    status: CaseStatus
    waiting_since: date | None
    days_waiting: int | None


@dataclass(frozen=True)
class UpcomingApartment:
    """An apartment that becomes available within the window."""

    id: int
    address: str
    municipality_name: str
    rooms: int
    rent_sek: int
    status: ApartmentStatus
    available_from: date
    days_until: int
    landlord_name: str


@dataclass(frozen=True)
class EndingAgreement:
    """An agreement with a landlord whose period ends within the window."""

    id: int
    landlord_id: int
    landlord_name: str
    title: str
    valid_to: date
    days_left: int


@dataclass(frozen=True)
class KeyFigures:
    """The three numbers at the top of the overview."""

    waiting_households: int
    available_apartments: int
    protected_cases: int


@dataclass(frozen=True)
class StatusCount:
    """How many records have one status (zero included, in the enum's order)."""

    status: ApartmentStatus | CaseStatus
    count: int


@dataclass(frozen=True)
class Dashboard:
    """Everything the overview shows, computed for one day."""

    today: date
    figures: KeyFigures
    waiting: list[WaitingHousehold]
    waiting_total: int
    upcoming_apartments: list[UpcomingApartment]
    upcoming_total: int
    ending_agreements: list[EndingAgreement]
    ending_total: int
    apartments_by_status: list[StatusCount]
    cases_by_status: list[StatusCount]
    overdue_requests: list[OverdueRequest] = field(default_factory=list)
    overdue_requests_total: int = 0
    stalled_requests: list[StalledRequest] = field(default_factory=list)
    stalled_requests_total: int = 0


def _count(s: Session, stmt: Select[Any]) -> int:
    return int(s.scalar(stmt) or 0)


def key_figures(ctx: ServiceContext) -> KeyFigures:
    """Waiting households, available apartments and open cases with protected personal data."""
    with ctx.read() as s:
        live_case = Case.archived_at.is_(None)
        waiting = _count(s, select(func.count(Case.id)).where(live_case, Case.status.in_(WAITING_STATUSES)))
        available = _count(s, select(func.count(Apartment.id)).where(
            Apartment.archived_at.is_(None), Apartment.status == ApartmentStatus.AVAILABLE))
        protected = _count(s, select(func.count(Case.id)).where(
            live_case, Case.status != CaseStatus.CLOSED, Case.protection_level != ProtectionLevel.NONE))
    return KeyFigures(waiting, available, protected)


def longest_waiting(ctx: ServiceContext, today: date, limit: int = LIST_LIMIT) -> tuple[list[WaitingHousehold], int]:
    """The households that have waited longest (those without a date last), and how many wait in all."""
    since = func.coalesce(Case.queue_since, Case.sheltered_since)
    where = (Case.archived_at.is_(None), Case.status.in_(WAITING_STATUSES))
    with ctx.read() as s:
        total = _count(s, select(func.count(Case.id)).where(*where))
        rows = s.execute(
            select(Case.id, Case.reference, Case.pseudonym, Case.protection_level, Case.status, since)
            .where(*where)
            .order_by(since.asc().nulls_last(), Case.reference)
            .limit(limit)
        ).all()
    out = [
        WaitingHousehold(r[0], r[1], r[2], r[3], r[4], r[5], None if r[5] is None else (today - r[5]).days)
        for r in rows
    ]
    return out, total


def upcoming_apartments(
    ctx: ServiceContext, today: date, days: int = APARTMENT_WINDOW_DAYS, limit: int = LIST_LIMIT
) -> tuple[list[UpcomingApartment], int]:
    """Planned or available apartments whose 'available from' is today or within `days` days."""
    where = (
        Apartment.archived_at.is_(None),
        Apartment.status.in_(UPCOMING_STATUSES),
        Apartment.available_from >= today,
        Apartment.available_from <= today + timedelta(days=days),
    )
    with ctx.read() as s:
        total = _count(s, select(func.count(Apartment.id)).where(*where))
        rows = s.execute(
            select(Apartment.id, Apartment.address, Municipality.name, Apartment.rooms, Apartment.rent_sek,
                   Apartment.status, Apartment.available_from, Landlord.name)
            .join(Municipality, Apartment.municipality_code == Municipality.code)
            .join(Landlord, Apartment.landlord_id == Landlord.id)
            .where(*where)
            .order_by(Apartment.available_from, Apartment.address, Apartment.id)
            .limit(limit)
        ).all()
    out = [UpcomingApartment(r[0], r[1], r[2], r[3], r[4], r[5], r[6], (r[6] - today).days, r[7]) for r in rows]
    return out, total


def ending_agreements(
    ctx: ServiceContext, today: date, days: int = AGREEMENT_WINDOW_DAYS, limit: int = LIST_LIMIT
) -> tuple[list[EndingAgreement], int]:
    """Agreements (not archived) whose period ends today or within `days` days."""
    where = (
        LandlordAgreement.archived_at.is_(None),
        LandlordAgreement.valid_to >= today,
        LandlordAgreement.valid_to <= today + timedelta(days=days),
    )
    with ctx.read() as s:
        total = _count(s, select(func.count(LandlordAgreement.id)).where(*where))
        rows = s.execute(
            select(LandlordAgreement.id, LandlordAgreement.landlord_id, Landlord.name, LandlordAgreement.title,
                   LandlordAgreement.valid_to)
            .join(Landlord, LandlordAgreement.landlord_id == Landlord.id)
            .where(*where)
            .order_by(LandlordAgreement.valid_to, Landlord.name, LandlordAgreement.id)
            .limit(limit)
        ).all()
    out = [EndingAgreement(r[0], r[1], r[2], r[3], r[4], (r[4] - today).days) for r in rows]
    return out, total


def apartments_by_status(ctx: ServiceContext) -> list[StatusCount]:
    """Apartments (not archived) per status, every status listed."""
    with ctx.read() as s:
        counts = dict(s.execute(
            select(Apartment.status, func.count(Apartment.id))
            .where(Apartment.archived_at.is_(None)).group_by(Apartment.status)
        ).all())
    return [StatusCount(status, int(counts.get(status, 0))) for status in ApartmentStatus]


def cases_by_status(ctx: ServiceContext) -> list[StatusCount]:
    """Cases (not archived) per status, every status listed."""
    with ctx.read() as s:
        counts = dict(s.execute(
            select(Case.status, func.count(Case.id)).where(Case.archived_at.is_(None)).group_by(Case.status)
        ).all())
    return [StatusCount(status, int(counts.get(status, 0))) for status in CaseStatus]


def dashboard(ctx: ServiceContext, today: date | None = None, limit: int = LIST_LIMIT) -> Dashboard:
    """The whole overview for `today` (default: the real today)."""
    today = today or date.today()
    waiting, waiting_total = longest_waiting(ctx, today, limit)
    apartments, apartments_total = upcoming_apartments(ctx, today, limit=limit)
    agreements, agreements_total = ending_agreements(ctx, today, limit=limit)
    overdue, still = overdue_answers(ctx, today, limit), stalled(ctx, today, limit)
    return Dashboard(
        today, key_figures(ctx), waiting, waiting_total, apartments, apartments_total, agreements,
        agreements_total, apartments_by_status(ctx), cases_by_status(ctx),
        overdue, count_overdue(ctx, today), still, count_stalled(ctx, today),
    )
