"""Importing cases (households waiting) with CASE_FIELDS, MEMBER_FIELDS and the case service's checks.

A case is the same as an existing one with the same reference (ärendenummer); a row without a
reference gets the next SB-number and can never be matched. Identities (names, personnummer,
addresses) are never imported: they are entered in the case, where every reveal is logged.
On update the household members are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sbdesk.domain.cases import Case
from sbdesk.domain.enums import CaseStatus, MemberRole, ProtectionLevel, RiskLevel
from sbdesk.domain.geography import Municipality
from sbdesk.errors import ValidationError
from sbdesk.services import cases as service
from sbdesk.services import forms as f
from sbdesk.services.housing import changed_fields
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

SPECS = service.CASE_FIELDS
REFERENCE = f.FieldSpec("reference", "Ärendenummer", f.text(30))
LABELS = {s.name: s.label for s in SPECS}
MEMBER_COLUMNS = {"applicant_birth_year": MemberRole.APPLICANT, "adult_birth_years": MemberRole.ADULT,
                  "child_birth_years": MemberRole.CHILD}
LIST_COLUMNS = {"excluded_municipalities": "Spärrade kommuner", "wished_municipalities": "Önskade kommuner"}
IDENTITY_HEADERS = ("namn", "förnamn", "efternamn", "personnummer", "pnr", "samordningsnummer", "name",
                    "first name", "last name", "telefon", "e post", "adress")
PROTECTION_ALIASES = {"nej": "none", "ingen": "none", "sekretess": "confidentiality_mark",
                      "skyddad": "protected_registration", "fingerade": "assumed_identity"}
_YES_NO = (("ja", True), ("nej", False))


def _s(name: str, headers: tuple[str, ...], convert: c.Converter, **kw: Any) -> c.ImportField:
    s = spec(SPECS, name)
    return c.ImportField(name, s.label, headers, convert, required=s.required, spec=s, **kw)


FIELDS = [
    c.ImportField("reference", REFERENCE.label, ("Ärendenummer", "Ärende", "Diarienummer", "Dnr", "Referens",
                                                 "Reference", "Case number", "Case"), c.text, spec=REFERENCE),
    _s("pseudonym", ("Pseudonym", "Alias"), c.text),
    _s("protection_level", ("Skyddade personuppgifter", "Skyddsnivå", "Skydd", "Protection level", "Protection"),
       c.choice(ProtectionLevel, PROTECTION_ALIASES), choices=tuple(ProtectionLevel.options())),
    _s("risk_level", ("Risknivå", "Risk", "Riskbedömning", "Risk level"), c.choice(RiskLevel),
       choices=tuple(RiskLevel.options())),
    _s("status", ("Status", "Ärendestatus"), c.choice(CaseStatus), choices=tuple(CaseStatus.options())),
    _s("home_municipality_code", ("Nuvarande kommun", "Hemkommun", "Kommun", "Home municipality", "Municipality"),
       c.municipality),
    _s("sheltered_since", ("I skyddat boende sedan", "Skyddat boende sedan", "Skyddat boende från",
                           "Sheltered since"), c.a_date),
    _s("queue_since", ("I kön sedan", "Kö sedan", "Köplats sedan", "Queue since", "In queue since"), c.a_date),
    _s("needed_by", ("Behöver bostad senast", "Senast", "Needed by", "Deadline"), c.a_date),
    _s("max_rent_sek", ("Högsta hyra", "Max hyra", "Maxhyra", "Max rent"), c.kronor),
    _s("needs_elevator", ("Behöver hiss", "Hiss", "Needs elevator"), c.flag, choices=_YES_NO),
    _s("needs_ground_floor", ("Behöver bottenvåning", "Bottenvåning", "Needs ground floor"), c.flag,
       choices=_YES_NO),
    _s("needs_wheelchair", ("Behöver rullstolsanpassning", "Rullstol", "Needs wheelchair access"), c.flag,
       choices=_YES_NO),
    c.ImportField("excluded_municipalities", LIST_COLUMNS["excluded_municipalities"],
                  ("Spärrade kommuner", "Spärrkommuner", "Excluded municipalities"), c.municipalities),
    c.ImportField("wished_municipalities", LIST_COLUMNS["wished_municipalities"],
                  ("Önskade kommuner", "Önskad kommun", "Wished municipalities", "Preferred municipalities"),
                  c.municipalities),
    _s("excluded_areas", ("Spärrområden", "Spärrområden fritext", "Excluded areas"), c.text),
    _s("wishes", ("Önskemål", "Wishes"), c.text),
    _s("school_needs", ("Skola och förskola", "Skola", "School"), c.text),
    _s("notes", ("Anteckningar", "Kommentar", "Notes"), c.text),
    c.ImportField("applicant_birth_year", "Sökandes födelseår", ("Sökandes födelseår", "Födelseår sökande",
                                                                  "Födelseår", "Birth year"), c.years),
    c.ImportField("adult_birth_years", "Övriga vuxna (födelseår)", ("Övriga vuxna", "Vuxna födelseår",
                                                                     "Födelseår vuxna", "Adults"), c.years),
    c.ImportField("child_birth_years", "Barn (födelseår)", ("Barn födelseår", "Födelseår barn", "Barn",
                                                             "Children"), c.years),
]


@dataclass
class State:
    """Existing cases by reference (archived ones refuse), rows seen, and cases waiting for a number."""

    lookups: c.Lookups
    today: date
    by_reference: dict[str, tuple[int, bool]] = field(default_factory=dict)  # reference → (id, archived)
    levels: dict[str, ProtectionLevel] = field(default_factory=dict)  # reference → protection level now
    seen: set[str] = field(default_factory=set)
    numberless: list[Case] = field(default_factory=list)
    created: list[Case] = field(default_factory=list)  # each gets its own case.create event (commit)
    pinned: list[Any] = field(default_factory=list)


def _rank(level: ProtectionLevel) -> int:
    return list(ProtectionLevel).index(level)


class CaseImport:
    """Households waiting, one case per row."""

    name = "cases"
    title = "Ärenden"
    entity = "case"
    model = Case
    fields = FIELDS
    summary_headers = ("Ärende", "Pseudonym", "Skyddade personuppgifter", "Risknivå", "Status", "Hushåll")
    match_rule = "Samma ärendenummer. Rader utan ärendenummer får nästa SB-nummer och räknas aldrig som dubbletter."

    def prepare(self, s: Session, lookups: c.Lookups, today: date) -> State:
        """Existing references."""
        state = State(lookups, today, pinned=pin(s, Municipality))
        for record_id, reference, archived_at, level in s.execute(
                select(Case.id, Case.reference, Case.archived_at, Case.protection_level)):
            state.by_reference[reference.casefold()] = (record_id, archived_at is not None)
            state.levels[reference.casefold()] = level
        return state

    def check(self, s: Session, state: State, row: RowInput) -> RowCheck:
        """Parse with CASE_FIELDS and MEMBER_FIELDS; municipalities checked as create_case does."""
        values, errors = convert_row(self.fields, row, state.lookups)
        failed = {e.field for e in errors}
        data, parse_errors = parse_with(SPECS, values, failed)
        reference, reference_errors = parse_with([REFERENCE], values, failed)
        errors += parse_errors + reference_errors
        ref = reference.get("reference")
        if ref and ref.upper().startswith("SB-") and not re.fullmatch(r"SB-[0-9]{4}-[0-9]{4,}", ref, re.IGNORECASE):
            errors.append(ValidationError("reference", "REFERENCE_FORMAT",
                                          "Ärendenummer som börjar med SB- ska se ut som SB-2025-0001."))
        old, new = (state.levels.get(ref.casefold()) if ref else None), data.get("protection_level")
        if old is not None and new is not None and _rank(new) < _rank(old):
            errors.append(ValidationError(
                "protection_level", "PROTECTION_LOWERED_IN_IMPORT",
                f"Ärendet har {old.label.lower()}. Ett lägre skydd sätts aldrig genom import – ändra det i "
                "ärendet, där ändringen loggas."))
        if ref and state.by_reference.get(ref.casefold(), (0, False))[1]:
            errors.append(ValidationError("reference", "ARCHIVED_CASE",
                                          "Ärendet är arkiverat. Ta fram det ur arkivet innan du importerar."))
        lists = {name: values.get(name) or [] for name in LIST_COLUMNS if name not in failed}
        for name, codes in lists.items():
            try:
                service._municipalities(s, codes, name)
            except ValidationError as exc:
                errors.append(ValidationError(name, exc.error_code, exc.message))
        if data.get("home_municipality_code"):
            try:
                service._municipalities(s, [data["home_municipality_code"]], "home_municipality_code")
            except ValidationError as exc:
                errors.append(exc)
        members, member_errors = _members(values, failed)
        errors += member_errors
        check = RowCheck({"case": data, "reference": ref, "lists": lists, "members": members},
                         first_per_field(errors))
        check.key = ref.casefold() if ref else None
        check.protection = data["protection_level"].value if data.get("protection_level") else None
        check.label = ref or "nytt ärende"
        check.summary = (ref or "(nytt nummer)", data.get("pseudonym") or "(slumpas)", shown(data.get("protection_level")),
                         shown(data.get("risk_level")), shown(data.get("status")), str(len(members)))
        return check

    def existing(self, state: State, check: RowCheck) -> int | None:
        """The case with the same reference."""
        found = state.by_reference.get(check.key) if check.key else None
        return found[0] if found else None

    def changes(self, s: Session, state: State, record_id: int, check: RowCheck, mapped: set[str]) -> list[str]:
        """Names of the mapped case fields that would change (never their values: they may be personal)."""
        case = s.get(Case, record_id)
        out = diff(case, check.values["case"], LABELS, [n for n in LABELS if n in mapped], show_values=False)
        for name, codes in check.values["lists"].items():
            if name in mapped and sorted(codes) != sorted(m.code for m in getattr(case, name)):
                out.append(LIST_COLUMNS[name])
        return out

    def create(self, s: Session, state: State, check: RowCheck) -> None:
        """Add the case as create_case does; cases without a reference are numbered last (finish)."""
        data = check.values["case"]
        case = Case(**{**data, "pseudonym": data.get("pseudonym") or service.new_pseudonym()})
        case.excluded_municipalities = service._municipalities(s, check.values["lists"].get(
            "excluded_municipalities"), "excluded_municipalities")
        case.wished_municipalities = service._municipalities(s, check.values["lists"].get(
            "wished_municipalities"), "wished_municipalities")
        service._apply_members(s, case, check.values["members"])
        state.created.append(case)
        if check.values["reference"]:
            case.reference = check.values["reference"]
            s.add(case)
        else:
            state.numberless.append(case)

    def update(self, s: Session, state: State, record_id: int, check: RowCheck, mapped: set[str]) -> list[str]:
        """Change the mapped case fields (the household is left as it is)."""
        case = s.get(Case, record_id)
        assert case is not None
        data = {k: v for k, v in check.values["case"].items() if k in mapped}
        if "pseudonym" in data and not data["pseudonym"]:
            del data["pseudonym"]
        changed = [LABELS[n] for n in changed_fields(case, data)]
        for name, codes in check.values["lists"].items():
            if name in mapped and sorted(codes) != sorted(m.code for m in getattr(case, name)):
                setattr(case, name, service._municipalities(s, codes, name))
                changed.append(LIST_COLUMNS[name])
        return changed

    def finish(self, s: Session, state: State) -> None:
        """Number the cases that came without a reference, after those with one (no clashes)."""
        s.flush()
        for case in state.numberless:
            case.reference = service.next_reference(s, state.today.year)
            s.add(case)
            s.flush()


def _members(values: dict[str, Any], failed: set[str]) -> tuple[list[dict[str, Any]], list[ValidationError]]:
    members, errors = [], []
    for column, role in MEMBER_COLUMNS.items():
        if column in failed:
            continue
        years = values.get(column) or []
        if role is MemberRole.APPLICANT and len(years) > 1:
            errors.append(ValidationError(column, "ONE_APPLICANT", "Ange ett födelseår för den sökande."))
            continue
        for year in years:
            try:
                members.append(f.clean(service.MEMBER_FIELDS, {"role": role.value, "birth_year": year}))
            except ValidationError as exc:
                errors.append(ValidationError(column, exc.error_code, exc.message))
                break
    return [{"role": m["role"], "birth_year": m["birth_year"]} for m in members], errors
