"""Importing apartments: rows checked with APARTMENT_FIELDS and the apartment service's reference checks.

Apartments have no apartment-number column, so a row duplicates an existing (not archived)
apartment when its address, normalised (case, spaces, "4 A" = "4A"), and its municipality are the
same. Put the apartment number in the address ("Lärkgatan 4, lgh 1102") to tell flats apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sbdesk.domain.enums import ApartmentStatus, ContractType
from sbdesk.domain.geography import Municipality
from sbdesk.domain.housing import Apartment, Landlord, LandlordAgreement
from sbdesk.domain.validators import format_kronor
from sbdesk.errors import ValidationError
from sbdesk.services import apartments as service
from sbdesk.services.housing import changed_fields
from sbdesk.services.importing import convert as c
from sbdesk.services.importing.base import (
    RowCheck,
    RowInput,
    address_key,
    convert_row,
    diff,
    first_per_field,
    parse_with,
    pin,
    shown,
    spec,
)

SPECS = service.APARTMENT_FIELDS
LABELS = {s.name: s.label for s in SPECS}
ROOM_UNITS = ("rum och kök", "rum & kök", "r.o.k.", "r.o.k", "r o k", "rok", "rum", "rk")
FLOOR_ALIASES = {"bv": 0, "bottenvåning": 0, "bottenplan": 0, "entréplan": 0, "markplan": 0, "nb": 0,
                 "källare": -1, "k": -1}
CONTRACT_ALIASES = {"förstahand": "first_hand", "första hand": "first_hand", "socialt": "social",
                    "andrahand": "social", "andrahandskontrakt": "social", "försök": "trial", "jour": "emergency",
                    "jourlägenhet": "emergency", "housing first": "housing_first"}
STATUS_ALIASES = {"kommande": "planned", "ledig nu": "available", "bokad": "reserved", "uthyrd/upptagen": "let"}


def _field(name: str, headers: tuple[str, ...], convert: c.Converter, **kw: Any) -> c.ImportField:
    s = spec(SPECS, name)
    return c.ImportField(name, s.label, headers, convert, required=s.required, spec=s, **kw)


def agreement_ref(value: Any, fld: str, lookups: c.Lookups) -> Any:
    """An agreement by id (saved mappings) or by its title (resolved within the row's landlord)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else c.as_text(value)


FIELDS = [
    _field("landlord_id", ("Hyresvärd", "Fastighetsägare", "Värd", "Bolag", "Landlord", "Owner"), c.landlord),
    _field("agreement_id", ("Avtal", "Agreement"), agreement_ref),
    _field("address", ("Adress", "Gatuadress", "Gata", "Address", "Street address", "Street"), c.text),
    _field("postal_code", ("Postnummer", "Postnr", "Post nr", "Postal code", "Zip code", "Zip"), c.postnummer),
    _field("postal_town", ("Postort", "Ort", "Town", "City"), c.text),
    _field("municipality_code", ("Kommun", "Kommunnamn", "Kommunkod", "Municipality"), c.municipality),
    _field("district", ("Område", "Stadsdel", "Bostadsområde", "District", "Neighbourhood"), c.text),
    _field("rooms", ("Antal rum", "Rum", "Rok", "Antal rok", "Storlek", "Rooms", "Number of rooms"),
           c.integer(*ROOM_UNITS)),
    _field("area_m2", ("Yta m2", "Yta", "Boarea", "Kvm", "m2", "Area", "Area m2", "Size", "Living area"),
           c.rounded("m²", "m2", "kvm")),
    _field("rent_sek", ("Hyra", "Månadshyra", "Hyra per månad", "Hyra kr", "Hyra kr mån", "Rent", "Monthly rent"),
           c.kronor),
    _field("floor", ("Våning", "Vån", "Plan", "Floor", "Storey"),
           c.integer("trappor", "trappa", "tr", "vån", aliases=FLOOR_ALIASES)),
    _field("elevator", ("Hiss", "Elevator", "Lift"), c.flag, choices=(("ja", True), ("nej", False))),
    _field("wheelchair_accessible", ("Tillgänglig för rullstol", "Rullstol", "Rullstolsanpassad", "Tillgänglighet",
                                     "Wheelchair accessible", "Wheelchair"), c.flag,
           choices=(("ja", True), ("nej", False))),
    _field("available_from", ("Ledig från", "Tillträde", "Inflyttning", "Inflyttningsdatum", "Ledig",
                              "Available from", "Move in date", "Available"), c.a_date),
    _field("contract_type", ("Kontraktsform", "Kontraktstyp", "Kontrakt", "Contract type", "Contract"),
           c.choice(ContractType, CONTRACT_ALIASES), choices=tuple(ContractType.options())),
    _field("status", ("Status", "Lägenhetsstatus"), c.choice(ApartmentStatus, STATUS_ALIASES),
           choices=tuple(ApartmentStatus.options())),
    _field("notes", ("Anteckningar", "Kommentar", "Övrigt", "Notes", "Comments", "Comment"), c.text),
]
_REFERENCES = {"landlord_id", "agreement_id", "municipality_code"}


@dataclass
class State:
    """Existing apartments by (municipality, normalised address) and agreements by (landlord, title)."""

    lookups: c.Lookups
    existing: dict[tuple[str, str], int] = field(default_factory=dict)
    agreements: dict[tuple[int, str], int] = field(default_factory=dict)
    pinned: list[Any] = field(default_factory=list)


class ApartmentImport:
    """Apartments from a landlord's list."""

    name = "apartments"
    title = "Lägenheter"
    entity = "apartment"
    model = Apartment
    fields = FIELDS
    summary_headers = ("Adress", "Kommun", "Rum", "Hyra", "Ledig från")
    match_rule = ("Samma adress (utan hänsyn till stora/små bokstäver och mellanrum) i samma kommun. "
                  "Lägenheter har inget eget lägenhetsnummer: skriv numret i adressen för att skilja dem åt.")

    def prepare(self, s: Session, lookups: c.Lookups, today: date) -> State:
        """Existing, not archived apartments and the agreements of every landlord."""
        state = State(lookups, pinned=pin(s, Municipality, Landlord, LandlordAgreement))
        rows = s.execute(select(Apartment.id, Apartment.municipality_code, Apartment.address)
                         .where(Apartment.archived_at.is_(None)).order_by(Apartment.id))
        for record_id, code, address in rows:
            state.existing.setdefault((code, address_key(address)), record_id)
        for record_id, landlord_id, title in s.execute(
                select(LandlordAgreement.id, LandlordAgreement.landlord_id, LandlordAgreement.title)
                .where(LandlordAgreement.archived_at.is_(None))):
            state.agreements.setdefault((landlord_id, " ".join(title.casefold().split())), record_id)
        return state

    def check(self, s: Session, state: State, row: RowInput) -> RowCheck:
        """Convert, parse with APARTMENT_FIELDS, then the service's reference checks."""
        values, errors = convert_row(self.fields, row, state.lookups)
        failed = {e.field for e in errors}
        title = values.get("agreement_id")
        if isinstance(title, str) and "agreement_id" not in failed:
            landlord_id = values.get("landlord_id")
            found = state.agreements.get((landlord_id, " ".join(title.casefold().split()))) if isinstance(
                landlord_id, int) and "landlord_id" not in failed else None
            if found is not None:
                values["agreement_id"] = found
            else:
                failed.add("agreement_id")
                if "landlord_id" not in failed:
                    errors.append(ValidationError("agreement_id", "UNKNOWN_AGREEMENT",
                                                  f"Avtalet ”{title[:60]}” finns inte hos hyresvärden."))
        data, parse_errors = parse_with(SPECS, values, failed)
        errors += parse_errors
        if not _REFERENCES & {e.field for e in errors}:
            errors += service._ref_errors(s, data)
        check = RowCheck(data, first_per_field(errors))
        if data.get("address") and data.get("municipality_code"):
            check.key = (data["municipality_code"], address_key(data["address"]))
            municipality = state.lookups.municipalities.get(data["municipality_code"], "")
            check.label = f"{data['address']}, {municipality}"
        check.summary = (
            shown(data.get("address")), state.lookups.municipalities.get(data.get("municipality_code") or "", "–"),
            f"{data['rooms']} rok" if data.get("rooms") else "–",
            format_kronor(data["rent_sek"]) if isinstance(data.get("rent_sek"), int) else "–",
            shown(data.get("available_from")),
        )
        return check

    def existing(self, state: State, check: RowCheck) -> int | None:
        """The apartment with the same municipality and normalised address."""
        return state.existing.get(check.key) if check.key is not None else None

    def _updating(self, apartment: Apartment, check: RowCheck, mapped: set[str]) -> dict[str, Any]:
        """The mapped values, without the address when it only differs in how it is written."""
        values = {k: v for k, v in check.values.items() if k in mapped}
        if address_key(values.get("address") or "") == address_key(apartment.address):
            values.pop("address", None)
        return values

    def changes(self, s: Session, state: State, record_id: int, check: RowCheck, mapped: set[str]) -> list[str]:
        """'Hyra: 8 100 → 8 500' for each mapped field that would change."""
        obj = s.get(Apartment, record_id)
        if obj is None:
            return []
        values = self._updating(obj, check, mapped)
        return diff(obj, values, LABELS, [n for n in LABELS if n in values])

    def create(self, s: Session, state: State, check: RowCheck) -> None:
        """Add the apartment as create_apartment does (search key kept)."""
        apartment = Apartment(**check.values)
        service._refresh_search_key(apartment)
        s.add(apartment)

    def update(self, s: Session, state: State, record_id: int, check: RowCheck, mapped: set[str]) -> list[str]:
        """Change the mapped fields as update_apartment does."""
        apartment = s.get(Apartment, record_id)
        assert apartment is not None
        changed = changed_fields(apartment, self._updating(apartment, check, mapped))
        service._refresh_search_key(apartment)
        return [LABELS[n] for n in changed]

    def finish(self, s: Session, state: State) -> None:
        """Nothing is deferred for apartments."""
