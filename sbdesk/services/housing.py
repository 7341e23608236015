"""Landlords and their agreements: create, update, archive, list and search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from sbdesk.domain.enums import AgreementKind, LandlordKind
from sbdesk.domain.geography import Municipality
from sbdesk.domain.housing import Apartment, Landlord, LandlordAgreement
from sbdesk.domain.offers import Offer, OfferStatus
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery, Page, run_page, search_clause

LANDLORD_FIELDS = [
    f.FieldSpec("name", "Namn", f.text(200), required=True),
    f.FieldSpec("kind", "Typ av hyresvärd", f.choice(LandlordKind), required=True),
    f.FieldSpec("org_number", "Organisationsnummer", f.org_number),
    f.FieldSpec("contact_name", "Kontaktperson", f.text(200)),
    f.FieldSpec("phone", "Telefon", f.phone),
    f.FieldSpec("email", "E-post", f.email),
    f.FieldSpec("notes", "Anteckningar", f.long_text),
]

AGREEMENT_FIELDS = [
    f.FieldSpec("landlord_id", "Hyresvärd", f.identifier, required=True),
    f.FieldSpec("kind", "Avtalstyp", f.choice(AgreementKind), required=True),
    f.FieldSpec("title", "Benämning", f.text(200), required=True),
    f.FieldSpec("valid_from", "Gäller från", f.a_date),
    f.FieldSpec("valid_to", "Gäller till", f.a_date),
    f.FieldSpec("quota", "Antal lägenheter", f.integer(0, 10_000)),
    f.FieldSpec("municipality_code", "Kommun", f.text(4)),
    f.FieldSpec("rent_guarantee", "Kommunal hyresgaranti", f.flag, blank=False),
    f.FieldSpec("consent_routine", "Rutin för samtycke", f.long_text),
    f.FieldSpec("notes", "Anteckningar", f.long_text),
]


@dataclass(frozen=True)
class LandlordRow:
    """A landlord as registers and pickers show it."""

    id: int
    name: str
    kind: LandlordKind
    org_number: str | None
    contact_name: str | None
    phone: str | None
    email: str | None
    notes: str | None
    archived: bool
    agreement_count: int = 0
    apartment_count: int = 0


@dataclass(frozen=True)
class AgreementRow:
    """An agreement with a landlord as the register shows it."""

    id: int
    landlord_id: int
    landlord_name: str
    kind: AgreementKind
    title: str
    valid_from: date | None
    valid_to: date | None
    quota: int | None
    municipality_code: str | None
    rent_guarantee: bool
    consent_routine: str | None
    notes: str | None
    archived: bool
    used: int = 0  # apartments let through the agreement this year (this month for set-aside flats)

    @property
    def usage(self) -> str:
        """'3 av 10' against the quota, or just the count when there is none."""
        return f"{self.used} av {self.quota}" if self.quota is not None else str(self.used)

    def active_on(self, day: date) -> bool:
        """True when the agreement is in force on day."""
        if self.archived or (self.valid_from and self.valid_from > day):
            return False
        return not (self.valid_to and self.valid_to < day)


def _landlord_row(ll: Landlord, agreements: int = 0, apartments: int = 0) -> LandlordRow:
    return LandlordRow(
        ll.id, ll.name, ll.kind, ll.org_number, ll.contact_name, ll.phone, ll.email, ll.notes,
        ll.archived, agreements, apartments,
    )


def _agreement_row(a: LandlordAgreement, landlord_name: str, used: int = 0) -> AgreementRow:
    return AgreementRow(
        a.id, a.landlord_id, landlord_name, a.kind, a.title, a.valid_from, a.valid_to, a.quota,
        a.municipality_code, a.rent_guarantee, a.consent_routine, a.notes, a.archived, int(used or 0),
    )


def quota_period(kind: AgreementKind, today: date) -> tuple[date, date]:
    """The period a quota counts over: the calendar month for set-aside flats, else the calendar year."""
    if kind is AgreementKind.SET_ASIDE:
        start = today.replace(day=1)
        end = (start.replace(year=start.year + 1, month=1) if start.month == 12
               else start.replace(month=start.month + 1))
        return start, end
    return date(today.year, 1, 1), date(today.year + 1, 1, 1)


def _used_count(today: date) -> Any:
    """Signed offers on the agreement's apartments within its quota period (a correlated count)."""
    year = quota_period(AgreementKind.PRIORITY_QUOTA, today)
    month = quota_period(AgreementKind.SET_ASIDE, today)
    start = case((LandlordAgreement.kind == AgreementKind.SET_ASIDE, month[0]), else_=year[0])
    end = case((LandlordAgreement.kind == AgreementKind.SET_ASIDE, month[1]), else_=year[1])
    return (
        select(func.count(Offer.id))
        .join(Apartment, Offer.apartment_id == Apartment.id)
        .where(Apartment.agreement_id == LandlordAgreement.id, Offer.status == OfferStatus.SIGNED,
               Offer.signed_on >= start, Offer.signed_on < end)
        .correlate(LandlordAgreement).scalar_subquery()
    )


def changed_fields(obj: Any, values: dict[str, Any]) -> list[str]:
    """Apply values to obj; return the names that actually changed (for the audit log)."""
    changed = []
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)
    return changed


def _get(session: Session, model: type[Any], record_id: int) -> Any:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFound()
    return obj


# -- landlords ----------------------------------------------------------------------------------


def create_landlord(ctx: ServiceContext, values: dict[str, Any]) -> LandlordRow:
    """Validate and add a landlord."""
    data = f.clean(LANDLORD_FIELDS, values)
    with ctx.write() as s:
        ll = Landlord(**data)
        s.add(ll)
        s.flush()
        ctx.audit(s, "landlord.create", "landlord", ll.id)
        return _landlord_row(ll)


def update_landlord(ctx: ServiceContext, landlord_id: int, values: dict[str, Any]) -> LandlordRow:
    """Validate and change some fields of a landlord."""
    data = f.clean(LANDLORD_FIELDS, values, partial=True)
    with ctx.write() as s:
        ll = _get(s, Landlord, landlord_id)
        changed = changed_fields(ll, data)
        if changed:
            ctx.audit(s, "landlord.update", "landlord", ll.id, details={"fields": changed})
        return _landlord_row(ll)


def set_landlord_archived(ctx: ServiceContext, landlord_id: int, archived: bool = True) -> None:
    """Archive (or bring back) a landlord; records are kept, never deleted here."""
    with ctx.write() as s:
        ll = _get(s, Landlord, landlord_id)
        ll.archived_at = func.current_timestamp() if archived else None
        ctx.audit(s, "landlord.archive" if archived else "landlord.restore", "landlord", ll.id)


def get_landlord(ctx: ServiceContext, landlord_id: int) -> LandlordRow:
    """One landlord."""
    with ctx.read() as s:
        return _landlord_row(_get(s, Landlord, landlord_id))


LANDLORD_SORT = {
    "name": Landlord.name,
    "kind": Landlord.kind,
    "contact_name": Landlord.contact_name,
    "phone": Landlord.phone,
    "email": Landlord.email,
    "agreement_count": "agreement_count",
    "apartment_count": "apartment_count",
}


def list_landlords(ctx: ServiceContext, query: ListQuery = ListQuery()) -> Page[LandlordRow]:
    """Landlords matching search and filters ('kind'), sorted and paged in SQL."""
    agreements = (
        select(func.count())
        .where(LandlordAgreement.landlord_id == Landlord.id, LandlordAgreement.archived_at.is_(None))
        .correlate(Landlord)
        .scalar_subquery().label("agreement_count")
    )
    apartments = (
        select(func.count())
        .where(Apartment.landlord_id == Landlord.id, Apartment.archived_at.is_(None))
        .correlate(Landlord)
        .scalar_subquery().label("apartment_count")
    )
    stmt = select(Landlord, agreements, apartments)
    if not query.include_archived:
        stmt = stmt.where(Landlord.archived_at.is_(None))
    if (kind := query.filters.get("kind")) is not None:
        stmt = stmt.where(Landlord.kind == LandlordKind(kind))
    if (clause := search_clause(query.search, [Landlord.name, Landlord.contact_name, Landlord.org_number])) is not None:
        stmt = stmt.where(clause)
    sort = {**LANDLORD_SORT, "agreement_count": agreements, "apartment_count": apartments}
    with ctx.read() as s:
        rows, total = run_page(s, stmt, query, sort, "name", Landlord.id)
        return Page([_landlord_row(r[0], r[1], r[2]) for r in rows], total, query.offset)


# -- agreements ---------------------------------------------------------------------------------


def _agreement_ref_errors(s: Session, data: dict[str, Any]) -> list[ValidationError]:
    errors = []
    if "landlord_id" in data and s.get(Landlord, data["landlord_id"]) is None:
        errors.append(ValidationError("landlord_id", "UNKNOWN_LANDLORD", "Välj en hyresvärd i listan."))
    code = data.get("municipality_code")
    if code and s.get(Municipality, code) is None:
        errors.append(ValidationError("municipality_code", "UNKNOWN_MUNICIPALITY", "Välj en kommun i listan."))
    start, end = data.get("valid_from"), data.get("valid_to")
    if start and end and end < start:
        errors.append(ValidationError("valid_to", "DATE_ORDER", "Slutdatum kan inte vara före startdatum."))
    return errors


def create_agreement(ctx: ServiceContext, values: dict[str, Any]) -> AgreementRow:
    """Validate and add an agreement with a landlord."""
    data, errors = f.parse_fields(AGREEMENT_FIELDS, values)
    with ctx.write() as s:
        f.finish(errors + _agreement_ref_errors(s, data))
        agreement = LandlordAgreement(**data)
        s.add(agreement)
        s.flush()
        ctx.audit(s, "agreement.create", "landlord_agreement", agreement.id)
        return _agreement_row(agreement, agreement.landlord.name)


def update_agreement(ctx: ServiceContext, agreement_id: int, values: dict[str, Any]) -> AgreementRow:
    """Validate and change some fields of an agreement."""
    data, errors = f.parse_fields(AGREEMENT_FIELDS, values, partial=True)
    with ctx.write() as s:
        agreement = _get(s, LandlordAgreement, agreement_id)
        merged = {"valid_from": agreement.valid_from, "valid_to": agreement.valid_to, **data}
        errors += _agreement_ref_errors(s, merged)
        new_landlord = data.get("landlord_id")
        if new_landlord is not None and new_landlord != agreement.landlord_id:
            in_use = s.scalar(
                select(func.count()).where(Apartment.agreement_id == agreement.id,
                                           Apartment.landlord_id != new_landlord)
            )
            if in_use:
                errors.append(ValidationError(
                    "landlord_id", "AGREEMENT_LANDLORD",
                    f"Avtalet gäller {in_use} lägenheter hos nuvarande hyresvärd och kan inte flyttas.",
                ))
        f.finish(errors)
        changed = changed_fields(agreement, data)
        if changed:
            ctx.audit(s, "agreement.update", "landlord_agreement", agreement.id, details={"fields": changed})
        return _agreement_row(agreement, agreement.landlord.name)


def set_agreement_archived(ctx: ServiceContext, agreement_id: int, archived: bool = True) -> None:
    """Archive (or bring back) an agreement."""
    with ctx.write() as s:
        agreement = _get(s, LandlordAgreement, agreement_id)
        agreement.archived_at = func.current_timestamp() if archived else None
        action = "agreement.archive" if archived else "agreement.restore"
        ctx.audit(s, action, "landlord_agreement", agreement.id)


AGREEMENT_SORT = {
    "title": LandlordAgreement.title,
    "landlord_name": Landlord.name,
    "kind": LandlordAgreement.kind,
    "valid_from": LandlordAgreement.valid_from,
    "valid_to": LandlordAgreement.valid_to,
    "quota": LandlordAgreement.quota,
    "municipality_code": LandlordAgreement.municipality_code,
    "rent_guarantee": LandlordAgreement.rent_guarantee,
}


def get_agreement(ctx: ServiceContext, agreement_id: int) -> AgreementRow:
    """One agreement."""
    with ctx.read() as s:
        agreement = _get(s, LandlordAgreement, agreement_id)
        used = s.scalar(select(_used_count(date.today())).where(LandlordAgreement.id == agreement_id))
        return _agreement_row(agreement, agreement.landlord.name, used)


def list_agreements(ctx: ServiceContext, query: ListQuery = ListQuery()) -> Page[AgreementRow]:
    """Agreements matching search and filters ('kind', 'landlord_id', 'active_on'), each with its
    quota used (filter 'today' moves the quota period; default today)."""
    stmt = select(LandlordAgreement, Landlord.name, _used_count(query.filters.get("today") or date.today())).join(
        Landlord, LandlordAgreement.landlord_id == Landlord.id)
    if not query.include_archived:
        stmt = stmt.where(LandlordAgreement.archived_at.is_(None))
    flt = query.filters
    if (kind := flt.get("kind")) is not None:
        stmt = stmt.where(LandlordAgreement.kind == AgreementKind(kind))
    if (landlord_id := flt.get("landlord_id")) is not None:
        stmt = stmt.where(LandlordAgreement.landlord_id == landlord_id)
    if (day := flt.get("active_on")) is not None:
        stmt = stmt.where(
            (LandlordAgreement.valid_from.is_(None) | (LandlordAgreement.valid_from <= day))
            & (LandlordAgreement.valid_to.is_(None) | (LandlordAgreement.valid_to >= day))
        )
    if (clause := search_clause(query.search, [LandlordAgreement.title, Landlord.name])) is not None:
        stmt = stmt.where(clause)
    with ctx.read() as s:
        rows, total = run_page(s, stmt, query, AGREEMENT_SORT, "title", LandlordAgreement.id)
        return Page([_agreement_row(r[0], r[1], r[2]) for r in rows], total, query.offset)
