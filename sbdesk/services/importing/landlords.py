"""Importing landlords, each row optionally with one agreement (LANDLORD_FIELDS, AGREEMENT_FIELDS).

A landlord is the same as an existing one with the same organisationsnummer, or (when the row has
none) the same name. Several rows may name one landlord, each adding an agreement; an agreement is
the same as an existing one with the same title at the same landlord.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sbdesk.domain.enums import AgreementKind, LandlordKind
from sbdesk.domain.geography import Municipality
from sbdesk.domain.housing import Landlord, LandlordAgreement
from sbdesk.errors import ValidationError
from sbdesk.services import housing as service
from sbdesk.services.importing import convert as c
from sbdesk.services.importing.base import (
    RowCheck,
    RowInput,
    convert_row,
    diff,
    first_per_field,
    parse_with,
    pin,
    shown,
    spec,
)

LANDLORD_SPECS = service.LANDLORD_FIELDS
AGREEMENT_SPECS = [s for s in service.AGREEMENT_FIELDS if s.name != "landlord_id"]  # the landlord is the row's
P = "agreement."
LABELS = {s.name: s.label for s in LANDLORD_SPECS}
AGREEMENT_LABELS = {s.name: f"Avtal: {s.label}" for s in AGREEMENT_SPECS}
KIND_ALIASES = {"kommunal": "municipal", "kommunalt": "municipal", "allmännyttan": "municipal",
                "allmännyttig": "municipal", "privat": "private"}
AGREEMENT_ALIASES = {"förturskvot": "priority_quota", "förtur": "priority_quota", "avsatta": "set_aside",
                     "sociala kontrakt": "social_contracts", "förstahandskontrakt": "first_hand"}
_YES_NO = (("ja", True), ("nej", False))


def _l(name: str, headers: tuple[str, ...], convert: c.Converter, **kw: Any) -> c.ImportField:
    s = spec(LANDLORD_SPECS, name)
    return c.ImportField(name, s.label, headers, convert, required=s.required, spec=s, **kw)


def _a(name: str, headers: tuple[str, ...], convert: c.Converter, **kw: Any) -> c.ImportField:
    s = spec(AGREEMENT_SPECS, name)
    return c.ImportField(P + name, f"Avtal: {s.label}", headers, convert, spec=s, **kw)


FIELDS = [
    _l("name", ("Namn", "Hyresvärd", "Företag", "Bolag", "Name", "Landlord", "Company"), c.text),
    _l("kind", ("Typ av hyresvärd", "Typ", "Kommunal privat", "Kind", "Type"), c.choice(LandlordKind, KIND_ALIASES),
       choices=tuple(LandlordKind.options())),
    _l("org_number", ("Organisationsnummer", "Org nr", "Orgnr", "Organisation number", "Org number"), c.text),
    _l("contact_name", ("Kontaktperson", "Kontakt", "Contact person", "Contact"), c.text),
    _l("phone", ("Telefon", "Tel", "Telefonnummer", "Phone"), c.text),
    _l("email", ("E post", "Epost", "Mejl", "Mail", "E mail", "Email"), c.text),
    _l("notes", ("Anteckningar", "Kommentar", "Notes"), c.text),
    _a("title", ("Avtal", "Benämning", "Avtalets namn", "Agreement", "Title"), c.text),
    _a("kind", ("Avtalstyp", "Agreement type"), c.choice(AgreementKind, AGREEMENT_ALIASES),
       choices=tuple(AgreementKind.options())),
    _a("valid_from", ("Gäller från", "Från", "Startdatum", "Valid from", "Start"), c.a_date),
    _a("valid_to", ("Gäller till", "Till", "Slutdatum", "Valid to", "End"), c.a_date),
    _a("quota", ("Antal lägenheter", "Kvot", "Antal", "Quota"), c.integer("st", "lgh", "lägenheter")),
    _a("municipality_code", ("Kommun", "Municipality"), c.municipality),
    _a("rent_guarantee", ("Kommunal hyresgaranti", "Hyresgaranti", "Rent guarantee"), c.flag, choices=_YES_NO),
    _a("consent_routine", ("Rutin för samtycke", "Samtycke", "Consent"), c.text),
    _a("notes", ("Avtalsanteckningar", "Anteckningar om avtalet", "Agreement notes"), c.text),
]


def _name(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass
class State:
    """Existing landlords by organisationsnummer and name, agreements by (landlord, title); rows seen."""

    lookups: c.Lookups
    by_org: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, int] = field(default_factory=dict)
    agreements: dict[tuple[int, str], int] = field(default_factory=dict)
    in_file: dict[Any, Landlord | None] = field(default_factory=dict)  # landlord key → created here (or None)
    agreements_in_file: set[tuple[Any, str]] = field(default_factory=set)
    pinned: list[Any] = field(default_factory=list)


class LandlordImport:
    """Landlords and their agreements."""

    name = "landlords"
    title = "Hyresvärdar och avtal"
    entity = "landlord"
    model = Landlord
    fields = FIELDS
    summary_headers = ("Hyresvärd", "Typ", "Organisationsnummer", "Avtal")
    match_rule = ("Hyresvärd: samma organisationsnummer, eller samma namn när raden saknar organisationsnummer. "
                  "Avtal: samma benämning hos samma hyresvärd.")

    def prepare(self, s: Session, lookups: c.Lookups, today: date) -> State:
        """Existing, not archived landlords and agreements."""
        state = State(lookups, pinned=pin(s, Municipality, Landlord))
        for record_id, name, org in s.execute(select(Landlord.id, Landlord.name, Landlord.org_number)
                                              .where(Landlord.archived_at.is_(None)).order_by(Landlord.id)):
            state.by_name.setdefault(_name(name), record_id)
            if org:
                state.by_org.setdefault(org, record_id)
        for record_id, landlord_id, title in s.execute(
                select(LandlordAgreement.id, LandlordAgreement.landlord_id, LandlordAgreement.title)
                .where(LandlordAgreement.archived_at.is_(None))):
            state.agreements.setdefault((landlord_id, _name(title)), record_id)
        return state

    def check(self, s: Session, state: State, row: RowInput) -> RowCheck:
        """Parse the landlord with LANDLORD_FIELDS and the agreement with AGREEMENT_FIELDS."""
        values, errors = convert_row(self.fields, row, state.lookups)
        failed = {e.field for e in errors}
        landlord, landlord_errors = parse_with(LANDLORD_SPECS, values, failed)
        errors += landlord_errors
        wants_agreement = bool(values.get(P + "title")) or any(
            n.startswith(P) and values.get(n) not in (None, "") for n in row.from_file)
        agreement: dict[str, Any] | None = None
        if wants_agreement:
            agreement, agreement_errors = parse_with(AGREEMENT_SPECS, values, failed, prefix=P)
            errors += agreement_errors
            errors += [ValidationError(P + e.field, e.error_code, e.message)
                       for e in service._agreement_ref_errors(s, agreement)]
        check = RowCheck({"landlord": landlord, "agreement": agreement}, first_per_field(errors))
        if landlord.get("org_number"):
            check.key = ("org", landlord["org_number"])
        elif landlord.get("name"):
            check.key = ("name", _name(landlord["name"]))
        check.label = landlord.get("name") or "–"
        check.summary = (shown(landlord.get("name")), shown(landlord.get("kind")), shown(landlord.get("org_number")),
                         shown(agreement.get("title")) if agreement else "–")
        return check

    def _landlord_id(self, state: State, check: RowCheck) -> int | None:
        kind, value = check.key
        if kind == "org":
            return state.by_org.get(value)
        return state.by_name.get(value)

    def existing(self, state: State, check: RowCheck) -> int | None:
        """The existing landlord, when the row adds no new agreement to it (else the row is new)."""
        if check.key is None:
            return None
        landlord_id = self._landlord_id(state, check)
        agreement = check.values["agreement"]
        if landlord_id is None:
            return None
        if agreement is None or (landlord_id, _name(agreement["title"])) in state.agreements:
            return landlord_id
        check.note = "Nytt avtal hos en befintlig hyresvärd."
        return None

    def in_file_duplicate(self, state: State, check: RowCheck) -> bool:
        """True when an earlier row already brought this landlord and this row adds nothing new."""
        agreement = check.values["agreement"]
        if check.key in state.in_file:
            if agreement is None:
                return True
            title = (check.key, _name(agreement["title"]))
            if title in state.agreements_in_file:
                return True
            state.agreements_in_file.add(title)
            check.note = check.note or "Nytt avtal hos en hyresvärd från en tidigare rad."
            return False
        state.in_file[check.key] = None
        if agreement is not None:
            state.agreements_in_file.add((check.key, _name(agreement["title"])))
        return False

    def changes(self, s: Session, state: State, record_id: int, check: RowCheck, mapped: set[str]) -> list[str]:
        """What updating the landlord (and its agreement with the same title) would change."""
        landlord = s.get(Landlord, record_id)
        out = diff(landlord, check.values["landlord"], LABELS, [n for n in LABELS if n in mapped])
        agreement = check.values["agreement"]
        if agreement is not None:
            existing = s.get(LandlordAgreement, state.agreements[(record_id, _name(agreement["title"]))])
            out += diff(existing, agreement, {n: AGREEMENT_LABELS[n] for n in agreement},
                        [n for n in agreement if P + n in mapped])
        return out

    def create(self, s: Session, state: State, check: RowCheck) -> None:
        """Add the landlord (unless it exists or an earlier row added it) and the row's agreement."""
        landlord_id = self._landlord_id(state, check)
        landlord = None
        if landlord_id is None:
            landlord = state.in_file.get(check.key)
            if landlord is None:
                landlord = Landlord(**check.values["landlord"])
                s.add(landlord)
                state.in_file[check.key] = landlord
        agreement = check.values["agreement"]
        if agreement is not None:
            record = LandlordAgreement(**agreement)
            if landlord is not None:
                record.landlord = landlord
            else:
                record.landlord_id = landlord_id
            s.add(record)

    def update(self, s: Session, state: State, record_id: int, check: RowCheck, mapped: set[str]) -> list[str]:
        """Change the landlord's mapped fields, and those of its agreement with the row's title."""
        landlord = s.get(Landlord, record_id)
        changed = [LABELS[n] for n in service.changed_fields(
            landlord, {k: v for k, v in check.values["landlord"].items() if k in mapped})]
        agreement = check.values["agreement"]
        if agreement is not None:
            existing = s.get(LandlordAgreement, state.agreements[(record_id, _name(agreement["title"]))])
            changed += [AGREEMENT_LABELS[n] for n in service.changed_fields(
                existing, {k: v for k, v in agreement.items() if P + k in mapped})]
        return changed

    def finish(self, s: Session, state: State) -> None:
        """Nothing is deferred for landlords."""
