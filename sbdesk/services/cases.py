"""Cases and their households: shown by reference and pseudonym; identities only by logged reveal."""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from sbdesk.domain import validators as v
from sbdesk.domain.cases import Case, HouseholdMember, Person
from sbdesk.domain.enums import CaseStatus, MemberRole, ProtectionLevel, RiskLevel
from sbdesk.domain.geography import Municipality
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import changed_fields
from sbdesk.services.listing import ListQuery, Page, run_page, search_clause

CASE_FIELDS = [
    f.FieldSpec("pseudonym", "Pseudonym", f.text(60)),
    f.FieldSpec("protection_level", "Skyddade personuppgifter", f.choice(ProtectionLevel), required=True),
    f.FieldSpec("risk_level", "Risknivå", f.choice(RiskLevel), required=True),
    f.FieldSpec("status", "Status", f.choice(CaseStatus), required=True),
    f.FieldSpec("home_municipality_code", "Nuvarande kommun", f.text(4)),
    f.FieldSpec("sheltered_since", "I skyddat boende sedan", f.a_date),
    f.FieldSpec("queue_since", "I kön sedan", f.a_date),
    f.FieldSpec("needed_by", "Behöver bostad senast", f.a_date),
    f.FieldSpec("max_rent_sek", "Högsta hyra", f.kronor),
    f.FieldSpec("needs_elevator", "Behöver hiss", f.flag, blank=False),
    f.FieldSpec("needs_ground_floor", "Behöver bottenvåning", f.flag, blank=False),
    f.FieldSpec("needs_wheelchair", "Behöver rullstolsanpassning", f.flag, blank=False),
    f.FieldSpec("excluded_areas", "Spärrområden (fritext)", f.long_text),
    f.FieldSpec("wishes", "Önskemål", f.long_text),
    f.FieldSpec("school_needs", "Skola och förskola", f.long_text),
    f.FieldSpec("notes", "Anteckningar", f.long_text),
]

_THIS_YEAR = date.today().year
MEMBER_FIELDS = [
    f.FieldSpec("role", "Roll", f.choice(MemberRole), required=True),
    f.FieldSpec("birth_year", "Födelseår", f.integer(1900, _THIS_YEAR + 1), required=True),
]
IDENTITY_FIELDS = [
    f.FieldSpec("first_name", "Förnamn", f.text(100), required=True),
    f.FieldSpec("last_name", "Efternamn", f.text(100), required=True),
    f.FieldSpec("personal_number", "Personnummer", lambda val, fld: v.parse_personnummer(str(val), field=fld).long),
    f.FieldSpec("phone", "Telefon", f.phone),
    f.FieldSpec("email", "E-post", f.email),
    f.FieldSpec("address", "Adress", f.long_text),
]

_PSEUDONYM_WORDS = [
    "Ask", "Björk", "Blåbär", "Hassel", "Ek", "Lind", "Lönn", "Rönn", "Sälg", "Tall", "Gran", "Vide",
    "Lärk", "Mås", "Trana", "Svala", "Ejder", "Sparv", "Vitsippa", "Kabbeleka", "Ljung", "Mossa",
]


@dataclass(frozen=True)
class CaseRow:
    """A case as lists show it: no names, no personnummer, no address."""

    id: int
    reference: str
    pseudonym: str
    protection_level: ProtectionLevel
    risk_level: RiskLevel
    status: CaseStatus
    household_size: int
    children: int
    sheltered_since: date | None
    queue_since: date | None
    needed_by: date | None
    max_rent_sek: int | None
    archived: bool

    @property
    def display_name(self) -> str:
        """Reference and pseudonym, safe for lists and window titles."""
        return f"{self.reference} {self.pseudonym}"

    @property
    def waiting_since(self) -> date | None:
        """When the wait began: in skyddat boende since, else in the queue since."""
        return self.sheltered_since or self.queue_since

    @property
    def waiting_days(self) -> int | None:
        """Days waited until today (from waiting_since), or None when no date is recorded."""
        return None if self.waiting_since is None else (date.today() - self.waiting_since).days


@dataclass(frozen=True)
class MemberRow:
    """A household member without identity: role, birth year, whether an identity is recorded."""

    id: int
    role: MemberRole
    birth_year: int
    has_identity: bool


@dataclass(frozen=True)
class CaseDetail:
    """One case opened for work (opening is audit-logged); identities are still hidden."""

    row: CaseRow
    members: list[MemberRow]
    excluded_municipalities: list[str]
    wished_municipalities: list[str]
    values: dict[str, Any]


@dataclass(frozen=True)
class Identity:
    """A revealed identity (only from reveal_identity, which logs the reveal)."""

    member_id: int
    role: MemberRole
    first_name: str
    last_name: str
    personal_number: str | None
    phone: str | None
    email: str | None
    address: str | None


def _row(c: Case, size: int, children: int) -> CaseRow:
    return CaseRow(
        c.id, c.reference, c.pseudonym, c.protection_level, c.risk_level, c.status, size, children,
        c.sheltered_since, c.queue_since, c.needed_by, c.max_rent_sek, c.archived,
    )


def _get(s: Session, case_id: int) -> Case:
    case = s.get(Case, case_id, options=[selectinload(Case.members)])
    if case is None:
        raise NotFound()
    return case


def _municipalities(s: Session, codes: list[str] | None, field: str) -> list[Municipality]:
    found = []
    for code in codes or []:
        m = s.get(Municipality, str(code))
        if m is None:
            raise ValidationError(field, "UNKNOWN_MUNICIPALITY", "Välj kommuner ur listan.")
        found.append(m)
    return found


def next_reference(s: Session, year: int) -> str:
    """The next case reference for the year, e.g. SB-2026-0007."""
    prefix = f"SB-{year}-"
    last = s.scalar(select(func.max(Case.reference)).where(Case.reference.like(prefix + "%")))
    number = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{number:04d}"


def new_pseudonym() -> str:
    """A neutral pseudonym such as 'Rönn 42' (never derived from a name)."""
    return f"{secrets.choice(_PSEUDONYM_WORDS)} {secrets.randbelow(90) + 10}"


def _apply_members(s: Session, case: Case, members: list[dict[str, Any]]) -> None:
    errors: list[ValidationError] = []
    for i, raw in enumerate(members):
        raw = dict(raw)
        identity = raw.pop("identity", None)
        try:
            data = f.clean(MEMBER_FIELDS, raw)
            person = Person(**f.clean(IDENTITY_FIELDS, identity)) if identity else None
        except ValidationError as exc:
            errors.extend(ValidationError(f"members[{i}].{e.field}", e.error_code, e.message) for e in exc.errors)
            continue
        case.members.append(HouseholdMember(**data, person=person))
    if errors:
        raise ValidationError.collect(errors)


def create_case(ctx: ServiceContext, values: dict[str, Any], members: list[dict[str, Any]] | None = None,
                *, excluded: list[str] | None = None, wished: list[str] | None = None) -> CaseRow:
    """Validate and add a case with its household, in one transaction."""
    data = f.clean(CASE_FIELDS, values)
    with ctx.write() as s:
        if data.get("home_municipality_code"):
            _municipalities(s, [data["home_municipality_code"]], "home_municipality_code")
        case = Case(**{**data, "pseudonym": data.get("pseudonym") or new_pseudonym()})
        case.reference = next_reference(s, date.today().year)
        case.excluded_municipalities = _municipalities(s, excluded, "excluded_municipalities")
        case.wished_municipalities = _municipalities(s, wished, "wished_municipalities")
        _apply_members(s, case, members or [])
        s.add(case)
        s.flush()
        ctx.audit(s, "case.create", "case", case.id, details={"members": len(case.members)})
        return _row(case, len(case.members), sum(m.role is MemberRole.CHILD for m in case.members))


def update_case(ctx: ServiceContext, case_id: int, values: dict[str, Any], *,
                excluded: list[str] | None = None, wished: list[str] | None = None,
                household: HouseholdChanges | None = None) -> CaseRow:
    """Validate and change a case; excluded/wished replace the lists when given; household edits
    are saved in the same transaction (all or nothing)."""
    data = f.clean(CASE_FIELDS, values, partial=True)
    if "pseudonym" in data and not data["pseudonym"]:
        data["pseudonym"] = new_pseudonym()
    with ctx.write() as s:
        case = _get(s, case_id)
        if data.get("home_municipality_code"):
            _municipalities(s, [data["home_municipality_code"]], "home_municipality_code")
        changed = changed_fields(case, data)
        if excluded is not None and sorted(excluded) != sorted(m.code for m in case.excluded_municipalities):
            case.excluded_municipalities = _municipalities(s, excluded, "excluded_municipalities")
            changed.append("excluded_municipalities")
        if wished is not None and sorted(wished) != sorted(m.code for m in case.wished_municipalities):
            case.wished_municipalities = _municipalities(s, wished, "wished_municipalities")
            changed.append("wished_municipalities")
        if changed:
            ctx.audit(s, "case.update", "case", case.id, details={"fields": changed})
        if household:
            _apply_household(ctx, s, case, household)
        return _row(case, len(case.members), sum(m.role is MemberRole.CHILD for m in case.members))


def add_member(ctx: ServiceContext, case_id: int, member: dict[str, Any]) -> MemberRow:
    """Add one person to the household (identity optional, kept apart)."""
    with ctx.write() as s:
        case = _get(s, case_id)
        _apply_members(s, case, [member])
        s.flush()
        m = case.members[-1]
        ctx.audit(s, "case.member_add", "case", case.id, details={"member_id": m.id})
        return MemberRow(m.id, m.role, m.birth_year, m.person is not None)


def remove_member(ctx: ServiceContext, case_id: int, member_id: int) -> None:
    """Remove one person (and their identity record) from the household."""
    with ctx.write() as s:
        case = _get(s, case_id)
        case.members.remove(_member(case, member_id))
        ctx.audit(s, "case.member_remove", "case", case.id, details={"member_id": member_id})


def member_key(member_id: int, name: str) -> str:
    """The ValidationError field for one field of an existing member, e.g. 'member:12.birth_year'."""
    return f"member:{member_id}.{name}"


@dataclass(frozen=True)
class HouseholdChanges:
    """Household edits saved together with a case: new members (with optional identity, errors
    keyed 'members[i].field'), changed role/birth year and identities of existing members (keyed
    by member id, errors 'member:<id>.field'), and member ids to remove."""

    add: Sequence[Mapping[str, Any]] = ()
    update: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)
    identities: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)
    remove: Sequence[int] = ()

    def __bool__(self) -> bool:
        return bool(self.add or self.update or self.identities or self.remove)


def _member(case: Case, member_id: int) -> HouseholdMember:
    member = next((m for m in case.members if m.id == member_id), None)
    if member is None:
        raise NotFound()
    return member


def _keyed(exc: ValidationError, member_id: int) -> list[ValidationError]:
    return [ValidationError(member_key(member_id, e.field), e.error_code, e.message) for e in exc.errors]


def _update_member(ctx: ServiceContext, s: Session, case: Case, member_id: int, values: Mapping[str, Any]) -> None:
    member = _member(case, member_id)
    try:
        data = f.clean(MEMBER_FIELDS, values, partial=True)
    except ValidationError as exc:
        raise ValidationError.collect(_keyed(exc, member_id)) from None
    if changed := changed_fields(member, data):
        ctx.audit(s, "case.member_update", "case", case.id, details={"member_id": member_id, "fields": changed})


def _update_identity(ctx: ServiceContext, s: Session, case: Case, member_id: int, values: Mapping[str, Any]) -> None:
    member = _member(case, member_id)
    try:
        data = f.clean(IDENTITY_FIELDS, values, partial=member.person is not None)
    except ValidationError as exc:
        raise ValidationError.collect(_keyed(exc, member_id)) from None
    if member.person is None:
        member.person = Person(**data)
        changed = sorted(data)
    else:
        changed = changed_fields(member.person, data)
    if changed:  # field names only: never a name, number or address in the log
        ctx.audit(s, "identity.update", "case", case.id, details={"member_id": member_id, "fields": changed})


def _apply_household(ctx: ServiceContext, s: Session, case: Case, changes: HouseholdChanges) -> None:
    errors: list[ValidationError] = []
    for member_id in changes.remove:
        case.members.remove(_member(case, member_id))
        ctx.audit(s, "case.member_remove", "case", case.id, details={"member_id": member_id})
    for apply, edits in ((_update_member, changes.update), (_update_identity, changes.identities)):
        for member_id, values in edits.items():
            try:
                apply(ctx, s, case, member_id, values)
            except ValidationError as exc:
                errors.extend(exc.errors)
    if changes.add:
        first_new = len(case.members)
        try:
            _apply_members(s, case, [dict(m) for m in changes.add])
        except ValidationError as exc:
            errors.extend(exc.errors)
        if not errors:
            s.flush()
            for m in case.members[first_new:]:
                ctx.audit(s, "case.member_add", "case", case.id, details={"member_id": m.id})
    if errors:
        raise ValidationError.collect(errors)


def update_member(ctx: ServiceContext, case_id: int, member_id: int, values: Mapping[str, Any]) -> MemberRow:
    """Change a member's role and/or birth year (errors keyed 'member:<id>.field'); audit-logged."""
    with ctx.write() as s:
        case = _get(s, case_id)
        _update_member(ctx, s, case, member_id, values)
        m = _member(case, member_id)
        return MemberRow(m.id, m.role, m.birth_year, m.person is not None)


def update_identity(ctx: ServiceContext, case_id: int, member_id: int, values: Mapping[str, Any]) -> None:
    """Record or change a member's identity (IDENTITY_FIELDS; a new identity needs both names).

    Audit-logged as 'identity.update' with the member id and the names of the changed fields,
    never their values; errors are keyed 'member:<id>.field'."""
    with ctx.write() as s:
        _update_identity(ctx, s, _get(s, case_id), member_id, values)


def set_case_archived(ctx: ServiceContext, case_id: int, archived: bool = True) -> None:
    """Archive (or bring back) a case."""
    with ctx.write() as s:
        case = _get(s, case_id)
        case.archived_at = func.current_timestamp() if archived else None
        ctx.audit(s, "case.archive" if archived else "case.restore", "case", case.id)


def open_case(ctx: ServiceContext, case_id: int) -> CaseDetail:
    """Open a case for work; the read access is written to the audit log."""
    with ctx.write() as s:
        case = _get(s, case_id)
        ctx.audit(s, "case.open", "case", case.id)
        members = [MemberRow(m.id, m.role, m.birth_year, m.person_id is not None) for m in case.members]
        values = {spec.name: getattr(case, spec.name) for spec in CASE_FIELDS}
        return CaseDetail(
            _row(case, len(members), sum(m.role is MemberRole.CHILD for m in members)),
            members,
            [m.code for m in case.excluded_municipalities],
            [m.code for m in case.wished_municipalities],
            values,
        )


def reveal_identity(ctx: ServiceContext, case_id: int, reason: str | None = None) -> list[Identity]:
    """Show the household's real identities; every reveal is audit-logged (who, when, which case)."""
    with ctx.write() as s:
        case = _get(s, case_id)
        ctx.audit(s, "identity.reveal", "case", case.id, reason=reason)
        return [
            Identity(m.id, m.role, p.first_name, p.last_name, p.personal_number, p.phone, p.email, p.address)
            for m in case.members
            if (p := m.person) is not None
        ]


CASE_SORT = {
    "reference": Case.reference,
    "pseudonym": Case.pseudonym,
    "protection_level": Case.protection_level,
    "risk_level": Case.risk_level,
    "status": Case.status,
    "sheltered_since": Case.sheltered_since,
    "queue_since": Case.queue_since,
    "needed_by": Case.needed_by,
    "max_rent_sek": Case.max_rent_sek,
    "household_size": "household_size",
    "children": "children",
    "waiting_days": "waiting_days",
}


class _Reversed:
    """A sort key ordering opposite to its date (more waiting days = older date); no date sorts as fewest."""

    def __init__(self, expr: Any) -> None:
        self.expr = expr

    def asc(self) -> Any:
        """Fewest days first."""
        return self.expr.desc().nulls_first()

    def desc(self) -> Any:
        """Most days first."""
        return self.expr.asc().nulls_last()


def list_cases(ctx: ServiceContext, query: ListQuery = ListQuery()) -> Page[CaseRow]:
    """Cases by search (reference, pseudonym) and filters: status, protection_level, protected_only,
    risk_level; every column sorts in SQL (waiting_days by the date it counts from)."""
    size = (
        select(func.count()).where(HouseholdMember.case_id == Case.id).correlate(Case)
        .scalar_subquery().label("household_size")
    )
    children = (
        select(func.count())
        .where(HouseholdMember.case_id == Case.id, HouseholdMember.role == MemberRole.CHILD)
        .correlate(Case).scalar_subquery().label("children")
    )
    stmt = select(Case, size, children)
    if not query.include_archived:
        stmt = stmt.where(Case.archived_at.is_(None))
    flt = query.filters
    if (status := flt.get("status")) is not None:
        statuses = [status] if isinstance(status, str) else list(status)
        stmt = stmt.where(Case.status.in_([CaseStatus(x) for x in statuses]))
    if (level := flt.get("protection_level")) is not None:
        stmt = stmt.where(Case.protection_level == ProtectionLevel(level))
    if flt.get("protected_only"):
        stmt = stmt.where(Case.protection_level != ProtectionLevel.NONE)
    if (risk := flt.get("risk_level")) is not None:
        stmt = stmt.where(Case.risk_level == RiskLevel(risk))
    if (clause := search_clause(query.search, [Case.reference, Case.pseudonym])) is not None:
        stmt = stmt.where(clause)
    with ctx.read() as s:
        sort = {**CASE_SORT, "household_size": size, "children": children,
                "waiting_days": _Reversed(func.coalesce(Case.sheltered_since, Case.queue_since))}
        rows, total = run_page(s, stmt, query, sort, "reference", Case.id)
        return Page([_row(r[0], r[1], r[2]) for r in rows], total, query.offset)
