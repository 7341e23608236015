"""Apartments: create, update, archive, list with filters, sorted and paged in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sbdesk.domain.enums import ApartmentStatus, ContractType
from sbdesk.domain.geography import Municipality
from sbdesk.domain.housing import Apartment, Landlord, LandlordAgreement
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import changed_fields
from sbdesk.services.listing import ListQuery, Page, like_pattern, run_page

APARTMENT_FIELDS = [
    f.FieldSpec("landlord_id", "Hyresvärd", f.identifier, required=True),
    f.FieldSpec("agreement_id", "Avtal", f.identifier),
    f.FieldSpec("address", "Adress", f.text(200), required=True),
    f.FieldSpec("postal_code", "Postnummer", f.postnummer),
    f.FieldSpec("postal_town", "Postort", f.text(60)),
    f.FieldSpec("municipality_code", "Kommun", f.text(4), required=True),
    f.FieldSpec("district", "Område", f.text(100)),
    f.FieldSpec("rooms", "Antal rum (rok)", f.integer(1, 20), required=True),
    f.FieldSpec("area_m2", "Yta (m²)", f.integer(1, 1000)),
    f.FieldSpec("rent_sek", "Hyra per månad", f.kronor, required=True),
    f.FieldSpec("floor", "Våning", f.integer(-2, 60)),
    f.FieldSpec("elevator", "Hiss", f.flag, blank=False),
    f.FieldSpec("wheelchair_accessible", "Tillgänglig för rullstol", f.flag, blank=False),
    f.FieldSpec("available_from", "Ledig från", f.a_date),
    f.FieldSpec("contract_type", "Kontraktsform", f.choice(ContractType), required=True),
    f.FieldSpec("status", "Status", f.choice(ApartmentStatus), required=True),
    f.FieldSpec("notes", "Anteckningar", f.long_text),
]


@dataclass(frozen=True)
class ApartmentRow:
    """An apartment as the register shows it."""

    id: int
    landlord_id: int
    landlord_name: str
    agreement_id: int | None
    address: str
    postal_code: str | None
    postal_town: str | None
    municipality_code: str
    municipality_name: str
    district: str | None
    rooms: int
    area_m2: int | None
    rent_sek: int
    floor: int | None
    elevator: bool
    wheelchair_accessible: bool
    available_from: date | None
    contract_type: ContractType
    status: ApartmentStatus
    notes: str | None
    archived: bool

    @property
    def size_label(self) -> str:
        """Swedish size notation, e.g. '2 rok'."""
        return f"{self.rooms} rok"


def _row(a: Apartment, landlord_name: str, municipality_name: str) -> ApartmentRow:
    return ApartmentRow(
        a.id, a.landlord_id, landlord_name, a.agreement_id, a.address, a.postal_code, a.postal_town,
        a.municipality_code, municipality_name, a.district, a.rooms, a.area_m2, a.rent_sek, a.floor,
        bool(a.elevator), bool(a.wheelchair_accessible), a.available_from, a.contract_type, a.status,
        a.notes, a.archived,
    )


def _ref_errors(s: Session, data: dict[str, Any]) -> list[ValidationError]:
    errors = []
    if "landlord_id" in data and s.get(Landlord, data["landlord_id"]) is None:
        errors.append(ValidationError("landlord_id", "UNKNOWN_LANDLORD", "Välj en hyresvärd i listan."))
    if data.get("agreement_id") is not None:
        agreement = s.get(LandlordAgreement, data["agreement_id"])
        if agreement is None:
            errors.append(ValidationError("agreement_id", "UNKNOWN_AGREEMENT", "Välj ett avtal i listan."))
        elif "landlord_id" in data and agreement.landlord_id != data["landlord_id"]:
            errors.append(
                ValidationError("agreement_id", "AGREEMENT_LANDLORD", "Avtalet gäller en annan hyresvärd.")
            )
    if "municipality_code" in data and s.get(Municipality, data["municipality_code"]) is None:
        errors.append(ValidationError("municipality_code", "UNKNOWN_MUNICIPALITY", "Välj en kommun i listan."))
    return errors


def search_key(address: str | None, district: str | None, postal_town: str | None) -> str:
    """Case-folded text the register searches (kept on every write, so search needs no lower())."""
    return " ".join(p.strip() for p in (address, district, postal_town) if p and p.strip()).casefold()


def _refresh_search_key(apartment: Apartment) -> None:
    apartment.search_key = search_key(apartment.address, apartment.district, apartment.postal_town)


def _load(s: Session, apartment_id: int) -> ApartmentRow:
    row = s.execute(
        select(Apartment, Landlord.name, Municipality.name)
        .join(Landlord, Apartment.landlord_id == Landlord.id)
        .join(Municipality, Apartment.municipality_code == Municipality.code)
        .where(Apartment.id == apartment_id)
    ).first()
    if row is None:
        raise NotFound()
    return _row(*row)


def create_apartment(ctx: ServiceContext, values: dict[str, Any]) -> ApartmentRow:
    """Validate and add an apartment."""
    data, errors = f.parse_fields(APARTMENT_FIELDS, values)
    with ctx.write() as s:
        f.finish(errors + _ref_errors(s, data))
        apartment = Apartment(**data)
        _refresh_search_key(apartment)
        s.add(apartment)
        s.flush()
        ctx.audit(s, "apartment.create", "apartment", apartment.id)
        return _load(s, apartment.id)


def update_apartment(ctx: ServiceContext, apartment_id: int, values: dict[str, Any]) -> ApartmentRow:
    """Validate and change some fields of an apartment."""
    data, errors = f.parse_fields(APARTMENT_FIELDS, values, partial=True)
    with ctx.write() as s:
        apartment = s.get(Apartment, apartment_id)
        if apartment is None:
            raise NotFound()
        current = {"landlord_id": apartment.landlord_id, "agreement_id": apartment.agreement_id}
        f.finish(errors + _ref_errors(s, {**current, **data}))
        changed = changed_fields(apartment, data)
        _refresh_search_key(apartment)
        if changed:
            ctx.audit(s, "apartment.update", "apartment", apartment.id, details={"fields": changed})
        s.flush()
        return _load(s, apartment.id)


def set_apartment_archived(ctx: ServiceContext, apartment_id: int, archived: bool = True) -> None:
    """Archive (or bring back) an apartment."""
    with ctx.write() as s:
        apartment = s.get(Apartment, apartment_id)
        if apartment is None:
            raise NotFound()
        apartment.archived_at = func.current_timestamp() if archived else None
        ctx.audit(s, "apartment.archive" if archived else "apartment.restore", "apartment", apartment.id)


def get_apartment(ctx: ServiceContext, apartment_id: int) -> ApartmentRow:
    """One apartment."""
    with ctx.read() as s:
        return _load(s, apartment_id)


APARTMENT_SORT = {
    "address": Apartment.address,
    "municipality_name": Municipality.name,
    "district": Apartment.district,
    "rooms": Apartment.rooms,
    "area_m2": Apartment.area_m2,
    "rent_sek": Apartment.rent_sek,
    "floor": Apartment.floor,
    "available_from": Apartment.available_from,
    "contract_type": Apartment.contract_type,
    "status": Apartment.status,
    "landlord_name": Landlord.name,
}


def list_apartments(ctx: ServiceContext, query: ListQuery = ListQuery()) -> Page[ApartmentRow]:
    """Apartments by search and filters: status (one or several), municipality_code, rooms_min,
    rooms_max, max_rent, contract_type, landlord_id, agreement_id, available_by, elevator,
    wheelchair_accessible."""
    conditions: list[Any] = []
    if not query.include_archived:
        conditions.append(Apartment.archived_at.is_(None))
    flt = query.filters
    if (status := flt.get("status")) is not None:
        statuses = [status] if isinstance(status, str) else list(status)
        conditions.append(Apartment.status.in_([ApartmentStatus(s) for s in statuses]))
    if (code := flt.get("municipality_code")) is not None:
        conditions.append(Apartment.municipality_code == code)
    if (rooms_min := flt.get("rooms_min")) is not None:
        conditions.append(Apartment.rooms >= rooms_min)
    if (rooms_max := flt.get("rooms_max")) is not None:
        conditions.append(Apartment.rooms <= rooms_max)
    if (max_rent := flt.get("max_rent")) is not None:
        conditions.append(Apartment.rent_sek <= max_rent)
    if (contract := flt.get("contract_type")) is not None:
        conditions.append(Apartment.contract_type == ContractType(contract))
    if (landlord_id := flt.get("landlord_id")) is not None:
        conditions.append(Apartment.landlord_id == landlord_id)
    if (agreement_id := flt.get("agreement_id")) is not None:
        conditions.append(Apartment.agreement_id == agreement_id)
    if (available_by := flt.get("available_by")) is not None:
        conditions.append(Apartment.available_from <= available_by)
    for name in ("elevator", "wheelchair_accessible"):
        if flt.get(name):
            conditions.append(getattr(Apartment, name).is_(True))
    conditions.extend(_search_conditions(query.search))
    stmt = (
        select(Apartment, Landlord.name, Municipality.name)
        .join(Landlord, Apartment.landlord_id == Landlord.id)
        .join(Municipality, Apartment.municipality_code == Municipality.code)
        .where(*conditions)
    )
    count = select(Apartment.id).where(*conditions)  # no joins: they never change the count
    with ctx.read() as s:
        rows, total = run_page(s, stmt, query, APARTMENT_SORT, "address", Apartment.id, count_stmt=count)
        return Page([_row(*r) for r in rows], total, query.offset)


def _search_conditions(text: str) -> list[Any]:
    """Each word must match the apartment's search key, its municipality's or its landlord's name."""
    conditions = []
    for word in text.split():
        pattern = like_pattern(word.casefold())
        in_municipality = select(Municipality.code).where(func.lower(Municipality.name).like(pattern, escape="\\"))
        in_landlord = select(Landlord.id).where(func.lower(Landlord.name).like(pattern, escape="\\"))
        conditions.append(
            Apartment.search_key.like(pattern, escape="\\")
            | Apartment.municipality_code.in_(in_municipality)
            | Apartment.landlord_id.in_(in_landlord)
        )
    return conditions
