"""Matching on the database: facts from waiting cases and free apartments, ranked by the domain engine.

The pure engine (`sbdesk.domain.matching`) knows nothing of the database; this module builds its facts:

* households: cases with status new, waiting or offer pending, not archived. Size = members, children
  = members with role child, excluded areas = the free-text `excluded_areas` split on commas and
  newlines, waiting since = sheltered_since or queue_since, förtur = a grant valid on the day.
* apartments: status available or planned, not archived; set aside for förtur when the apartment's
  agreement is a förtur quota or set-aside flats.

Every read loads each table once (no query per case). Results carry reference, pseudonym and
protection level — never names. Looking at matches reads cases, so each call writes one audit
event "case.match".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sbdesk.domain import matching as engine
from sbdesk.domain.cases import (
    Case,
    HouseholdMember,
    case_excluded_municipality,
    case_wished_municipality,
)
from sbdesk.domain.enums import (
    AgreementKind,
    ApartmentStatus,
    CaseStatus,
    MemberRole,
    ProtectionLevel,
)
from sbdesk.domain.geography import Municipality
from sbdesk.domain.housing import Apartment, LandlordAgreement
from sbdesk.domain.matching_rules import (
    ApartmentFacts,
    HouseholdFacts,
    MatchPolicy,
    Score,
)
from sbdesk.domain.priority import PriorityGrant
from sbdesk.errors import NotFound
from sbdesk.services.context import ServiceContext
from sbdesk.services.settings import all_settings

MATCH_CASE_STATUSES = (CaseStatus.NEW, CaseStatus.WAITING, CaseStatus.OFFER_PENDING)
MATCH_APARTMENT_STATUSES = (ApartmentStatus.AVAILABLE, ApartmentStatus.PLANNED)
PRIORITY_AGREEMENTS = (AgreementKind.SET_ASIDE, AgreementKind.PRIORITY_QUOTA)
_AREA_SPLIT = re.compile(r"[,\n\r;]+")


@dataclass(frozen=True)
class MatchPart:
    """One named part of a match score (Swedish label)."""

    code: str
    label: str
    points: int


@dataclass(frozen=True)
class HouseholdMatch:
    """A household that may get an apartment: reference, pseudonym, protection level, score (no names)."""

    case_id: int
    reference: str
    pseudonym: str
    protection_level: ProtectionLevel
    total: int
    parts: tuple[MatchPart, ...]


@dataclass(frozen=True)
class ApartmentMatch:
    """An apartment a household may get, with its score."""

    apartment_id: int
    address: str
    municipality_code: str
    district: str | None
    rooms: int
    rent_sek: int
    available_from: date | None
    total: int
    parts: tuple[MatchPart, ...]


@dataclass(frozen=True)
class _CaseInfo:
    reference: str
    pseudonym: str
    protection_level: ProtectionLevel


def split_areas(text: str | None) -> frozenset[str]:
    """The free-text spärrområden as casefolded district names (split on commas, semicolons, newlines)."""
    if not text:
        return frozenset()
    return frozenset(a for a in (" ".join(p.split()).casefold() for p in _AREA_SPLIT.split(text)) if a)


def match_policy(ctx: ServiceContext) -> MatchPolicy:
    """The policy from settings: crowding norm, date slack and every soft-score weight."""
    values = all_settings(ctx)
    return MatchPolicy(
        persons_per_room=int(values["crowding.persons_per_room"]),
        **{name: int(values[f"matching.{name}"]) for name in MATCH_SETTING_NAMES},
    )


MATCH_SETTING_NAMES = (
    "days_slack", "weight_wished_municipality", "weight_wished_area", "weight_school_municipality",
    "weight_other_county", "weight_same_county", "weight_waiting", "waiting_cap_days", "weight_rent_headroom",
)


def _parts(score: Score) -> tuple[MatchPart, ...]:
    return tuple(MatchPart(p.code, p.label_sv, p.points) for p in score.parts)


def _households(s: Session, today: date, case_id: int | None = None
                ) -> tuple[list[HouseholdFacts], dict[int, _CaseInfo]]:
    """Facts of the waiting households (or the one case), one query per table."""
    stmt = select(Case).where(Case.archived_at.is_(None))
    stmt = stmt.where(Case.id == case_id) if case_id is not None else stmt.where(Case.status.in_(MATCH_CASE_STATUSES))
    cases = list(s.scalars(stmt))
    ids = [c.id for c in cases]
    if not ids:
        return [], {}
    sizes: Counter[int] = Counter()
    children: Counter[int] = Counter()
    for cid, role in s.execute(select(HouseholdMember.case_id, HouseholdMember.role)
                               .where(HouseholdMember.case_id.in_(ids))):
        sizes[cid] += 1
        if role is MemberRole.CHILD:
            children[cid] += 1
    excluded: dict[int, set[str]] = {}
    for cid, code in s.execute(select(case_excluded_municipality.c.case_id, case_excluded_municipality.c.municipality_code)
                               .where(case_excluded_municipality.c.case_id.in_(ids))):
        excluded.setdefault(cid, set()).add(code)
    wished: dict[int, set[str]] = {}
    for cid, code in s.execute(select(case_wished_municipality.c.case_id, case_wished_municipality.c.municipality_code)
                               .where(case_wished_municipality.c.case_id.in_(ids))):
        wished.setdefault(cid, set()).add(code)
    grants = s.scalars(select(PriorityGrant).where(PriorityGrant.case_id.in_(ids), PriorityGrant.archived_at.is_(None)))
    fortur = {g.case_id for g in grants if g.valid_on(today)}
    facts: list[HouseholdFacts] = []
    info: dict[int, _CaseInfo] = {}
    for c in cases:
        size = max(sizes[c.id], 1)
        facts.append(HouseholdFacts(
            case_id=c.id, reference=c.reference, household_size=size, children=min(children[c.id], size - 1),
            max_rent_sek=c.max_rent_sek, needs_elevator=bool(c.needs_elevator),
            needs_ground_floor=bool(c.needs_ground_floor), needs_wheelchair=bool(c.needs_wheelchair),
            excluded_municipalities=frozenset(excluded.get(c.id, ())), excluded_areas=split_areas(c.excluded_areas),
            wished_municipalities=frozenset(wished.get(c.id, ())), needed_by=c.needed_by,
            waiting_since=c.sheltered_since or c.queue_since, has_priority=c.id in fortur,
        ))
        info[c.id] = _CaseInfo(c.reference, c.pseudonym, c.protection_level)
    return facts, info


def _apartment_rows(s: Session, apartment_id: int | None = None) -> list[tuple[Apartment, AgreementKind | None]]:
    stmt = (select(Apartment, LandlordAgreement.kind)
            .outerjoin(LandlordAgreement, Apartment.agreement_id == LandlordAgreement.id)
            .where(Apartment.archived_at.is_(None)))
    if apartment_id is not None:
        stmt = stmt.where(Apartment.id == apartment_id)
    else:
        stmt = stmt.where(Apartment.status.in_(MATCH_APARTMENT_STATUSES))
    return [(a, kind) for a, kind in s.execute(stmt)]


def _apartment_facts(a: Apartment, kind: AgreementKind | None) -> ApartmentFacts:
    return ApartmentFacts(
        apartment_id=a.id, municipality_code=a.municipality_code, rooms=a.rooms, rent_sek=a.rent_sek,
        district=a.district, floor=a.floor, elevator=bool(a.elevator),
        wheelchair_accessible=bool(a.wheelchair_accessible), available_from=a.available_from,
        reserved_for_priority=kind in PRIORITY_AGREEMENTS,
    )


def households_for_apartment(ctx: ServiceContext, apartment_id: int, today: date | None = None
                             ) -> list[HouseholdMatch]:
    """Waiting households that may get the apartment, best first; audit 'case.match' (entity apartment)."""
    today = today or date.today()
    policy = match_policy(ctx)
    with ctx.write() as s:
        rows = _apartment_rows(s, apartment_id)
        if not rows:
            raise NotFound()
        apartment = _apartment_facts(*rows[0])
        facts, info = _households(s, today)
        found = engine.households_for(apartment, engine.HouseholdIndex(facts), policy, today)
        out = [HouseholdMatch(m.household.case_id, info[m.household.case_id].reference,
                              info[m.household.case_id].pseudonym, info[m.household.case_id].protection_level,
                              m.score.total, _parts(m.score)) for m in found]
        ctx.audit(s, "case.match", "apartment", apartment_id, details={"cases": [m.case_id for m in out]})
        return out


def apartments_for_case(ctx: ServiceContext, case_id: int, today: date | None = None) -> list[ApartmentMatch]:
    """Available or planned apartments the household may get, best first; audit 'case.match'."""
    today = today or date.today()
    policy = match_policy(ctx)
    with ctx.write() as s:
        facts, _info = _households(s, today, case_id)
        if not facts:
            raise NotFound()
        rows = _apartment_rows(s)
        by_id = {a.id: a for a, _kind in rows}
        index = engine.ApartmentIndex(_apartment_facts(a, kind) for a, kind in rows)
        found = engine.apartments_for(facts[0], index, policy, today)
        out = []
        for m in found:
            a = by_id[m.apartment.apartment_id]
            out.append(ApartmentMatch(a.id, a.address, a.municipality_code, a.district, a.rooms, a.rent_sek,
                                      a.available_from, m.score.total, _parts(m.score)))
        ctx.audit(s, "case.match", "case", case_id, details={"apartments": len(out)})
        return out


def why_not(ctx: ServiceContext, case_id: int, apartment_id: int, today: date | None = None
            ) -> list[tuple[str, str]]:
    """(code, Swedish message) for each hard rule the pair breaks (empty: it may match); audit 'case.match'."""
    today = today or date.today()
    policy = match_policy(ctx)
    with ctx.write() as s:
        facts, _info = _households(s, today, case_id)
        rows = _apartment_rows(s, apartment_id)
        if not facts or not rows:
            raise NotFound()
        apartment = rows[0][0]
        place = s.get(Municipality, apartment.municipality_code)
        named = replace(_apartment_facts(*rows[0]), municipality_name=place.name if place else "")
        failures = engine.why_not(facts[0], named, policy)
        ctx.audit(s, "case.match", "case", case_id,
                  details={"apartment_id": apartment_id, "rules": [f.code for f in failures]})
        return [(f.code, f.message) for f in failures]


def protection_levels(ctx: ServiceContext, case_ids: list[int]) -> dict[int, ProtectionLevel]:
    """Each listed case's protection level (for the badge where a case appears); one query."""
    if not case_ids:
        return {}
    with ctx.read() as s:
        return {cid: level for cid, level in s.execute(select(Case.id, Case.protection_level).where(Case.id.in_(case_ids)))}
