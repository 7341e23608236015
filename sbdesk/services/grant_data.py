"""The återrapportering's figures for one year, read from the work recorded during that year.

* Grant and costs from `GrantYear`; unused = granted − costs (never below 0; what goes beyond the
  grant is `overspent_sek`), share of unused money rounded half up to a whole percent.
* Households into stadigvarande boende: offers signed during the year (one per case), by contract
  type; a jourlägenhet is not stadigvarande boende and is counted apart. Days from skyddat boende to
  moving in = signed_on − the case's sheltered_since (median rounded half up, and the longest).
* Requests sent (outgoing) or received (incoming) during the year and where they stand now; households
  moved through a request during the year. Offers sent, accepted, declined (with the frozen reason
  wording), expired during the year.
* Marks (questions 5 and 6): manual from the year's activities; derived from data — requests to or from
  municipalities in other counties / the own county, landlord agreements in force during the year
  (private / municipal landlords), signed social contracts, förtur decided during the year.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sbdesk.domain.cases import Case, HouseholdMember
from sbdesk.domain.enums import ContractType, LandlordKind, MemberRole
from sbdesk.domain.geography import Municipality
from sbdesk.domain.grant import Activity, ActivityArea, GrantYear, PartnerType
from sbdesk.domain.housing import Landlord, LandlordAgreement
from sbdesk.domain.offers import Offer, OfferStatus
from sbdesk.domain.priority import PriorityGrant
from sbdesk.domain.rings import Request, RequestDirection, RequestStatus
from sbdesk.services.grant_figures import (
    ActivityLine,
    ContractLine,
    CostLine,
    Count,
    GrantFigures,
    Mark,
    Outcome,
    RequestLine,
    median_half_up,
    round_half_up_percent,
)
from sbdesk.services.grant_missing import missing_items

COST_ITEMS = (  # code, Swedish label (question 2), GrantYear column
    ("salaries", "Lönekostnader", "cost_salaries_sek"),
    ("services", "Köpta tjänster, material, hyrd utrustning", "cost_services_sek"),
    ("travel", "Resor, kost och logi", "cost_travel_sek"),
)
HOUSING_TYPES = tuple(t for t in ContractType if t is not ContractType.EMERGENCY)
REQUEST_OUTCOMES = (  # code, Swedish label
    ("waiting", "Väntar på svar"),
    ("accepted", "Accepterad, ännu inte verkställd"),
    ("moved", "Verkställd (hushållet har flyttat)"),
    ("declined", "Avböjd"),
    ("withdrawn", "Återkallad"),
    ("closed", "Avslutad utan flytt"),
)


def year_bounds(year: int) -> tuple[date, date]:
    """The first and last day of a year."""
    return date(year, 1, 1), date(year, 12, 31)


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def compute_figures(s: Session, year: int, *, own_municipality: str | None, today: date) -> GrantFigures:
    """Every figure of the year's report from the data as it is now (no previous year attached)."""
    gy = s.scalar(select(GrantYear).where(GrantYear.year == year))
    costs = tuple(CostLine(code, label, getattr(gy, column) if gy else None) for code, label, column in COST_ITEMS)
    total = sum(c.amount_sek or 0 for c in costs)
    granted = gy.granted_sek if gy else None
    unused = None if granted is None else max(0, granted - total)
    activities = _activities(s, year)
    derived = derived_marks(s, year, own_municipality)
    figures = GrantFigures(
        year=year,
        generated_on=today.isoformat(),
        registered=gy is not None,
        granted_sek=granted,
        costs=costs,
        cost_total_sek=total,
        unused_sek=unused,
        unused_share_percent=round_half_up_percent(unused, granted) if granted and unused is not None else None,
        overspent_sek=0 if granted is None else max(0, total - granted),
        unused_time_shortage=bool(gy and gy.unused_time_shortage),
        unused_staff_shortage=bool(gy and gy.unused_staff_shortage),
        unused_other=bool(gy and gy.unused_other),
        unused_other_text=(gy.unused_other_text or "") if gy else "",
        strengthened_existing=gy.strengthened_existing if gy else None,
        started_new=gy.started_new if gy else None,
        assessment=gy.assessment.value if gy and gy.assessment else None,
        assessment_label=gy.assessment.label if gy and gy.assessment else "",
        without_grant=gy.without_grant.value if gy and gy.without_grant else None,
        without_grant_label=gy.without_grant.label if gy and gy.without_grant else "",
        documentation=(gy.documentation or "") if gy else "",
        disseminated=gy.disseminated if gy else None,
        areas=_marks("area", ActivityArea, activities, derived, set(gy.confirmed_areas) if gy else set()),
        partners=_marks("partner", PartnerType, activities, derived, set(gy.confirmed_partners) if gy else set()),
        outcome=compute_outcome(s, year),
        activities=tuple(_line(a) for a in activities),
        activity_hours=sum(a.hours or 0 for a in activities),
        activity_cost_sek=sum(a.cost_sek or 0 for a in activities),
    )
    return replace(figures, missing=missing_items(figures))


def _activities(s: Session, year: int) -> list[Activity]:
    first, last = year_bounds(year)
    return list(s.scalars(select(Activity).where(
        Activity.occurred_on >= first, Activity.occurred_on <= last, Activity.archived_at.is_(None),
    ).order_by(Activity.occurred_on, Activity.id)))


def _line(a: Activity) -> ActivityLine:
    areas = tuple(ActivityArea(v).label for v in a.areas)
    partners = tuple(PartnerType(v).label for v in a.partners)
    return ActivityLine(a.id, a.occurred_on.isoformat(), a.description, areas, partners, a.hours, a.cost_sek)


def _marks(kind: str, enum_cls: type[ActivityArea | PartnerType], activities: list[Activity],
           derived: dict[tuple[str, str], str], confirmed: set[str]) -> tuple[Mark, ...]:
    manual: Counter[str] = Counter()
    for a in activities:
        manual.update(set(a.areas if kind == "area" else a.partners))
    return tuple(Mark(kind, m.value, m.label, manual[m.value], derived.get((kind, m.value), ""), m.value in confirmed)
                 for m in enum_cls)


# -- derived marks --------------------------------------------------------------------------------


def derived_marks(s: Session, year: int, own_municipality: str | None) -> dict[tuple[str, str], str]:
    """(kind, code) → Swedish explanation of what the year's recorded data shows."""
    first, last = year_bounds(year)
    out: dict[tuple[str, str], str] = {}
    own_county = s.scalar(select(Municipality.county_code).where(Municipality.code == own_municipality)) \
        if own_municipality else None
    if own_county is not None:
        rows = s.execute(select(Request.direction, Municipality.county_code)
                         .join(Municipality, Municipality.code == Request.counterpart_municipality_code)
                         .where(Request.sent_on >= first, Request.sent_on <= last,
                                Request.status != RequestStatus.DRAFT)).all()
        counts = Counter((direction, county == own_county) for direction, county in rows)
        for same, code in ((False, PartnerType.OTHER_MUNICIPALITIES), (True, PartnerType.COUNTY_MUNICIPALITIES)):
            text = _request_text(counts[(RequestDirection.OUTGOING, same)], counts[(RequestDirection.INCOMING, same)],
                                 same)
            if text:
                out[("partner", code.value)] = text
    kinds = Counter(kind for agreement, kind in s.execute(
        select(LandlordAgreement, Landlord.kind).join(Landlord, Landlord.id == LandlordAgreement.landlord_id)
        .where((LandlordAgreement.valid_from.is_(None)) | (LandlordAgreement.valid_from <= last),
               (LandlordAgreement.valid_to.is_(None)) | (LandlordAgreement.valid_to >= first)))
        if agreement.archived_at is None or agreement.archived_at.date() >= first)
    if kinds[LandlordKind.PRIVATE]:
        out[("partner", PartnerType.PRIVATE_LANDLORDS.value)] = (
            _n(kinds[LandlordKind.PRIVATE], "avtal med en privat hyresvärd", "avtal med privata hyresvärdar")
            + " gällde under året")
    if kinds[LandlordKind.MUNICIPAL]:
        out[("partner", PartnerType.MUNICIPAL_LANDLORDS.value)] = (
            _n(kinds[LandlordKind.MUNICIPAL], "avtal med ett kommunalt bostadsbolag",
               "avtal med kommunala bostadsbolag") + " gällde under året")
    social = s.scalar(select(func.count()).select_from(Offer).where(
        Offer.status == OfferStatus.SIGNED, Offer.contract_type == ContractType.SOCIAL,
        Offer.signed_on >= first, Offer.signed_on <= last)) or 0
    if social:
        out[("area", ActivityArea.SOCIAL_CONTRACT.value)] = (
            _n(social, "socialt kontrakt", "sociala kontrakt") + " skrevs under året")
    priority = s.scalar(select(func.count()).select_from(PriorityGrant).where(
        PriorityGrant.decided_on >= first, PriorityGrant.decided_on <= last, PriorityGrant.archived_at.is_(None))) or 0
    if priority:
        out[("area", ActivityArea.PRIORITY.value)] = _n(priority, "förtur", "förturer") + " beviljades under året"
    return out


def _request_text(outgoing: int, incoming: int, same_county: bool) -> str:
    where_one, where_many = ("en kommun i länet", "kommuner i länet") if same_county else \
        ("en kommun i ett annat län", "kommuner i andra län")
    parts = []
    if outgoing:
        parts.append(f"{_n(outgoing, 'förfrågan', 'förfrågningar')} till {where_one if outgoing == 1 else where_many}")
    if incoming:
        parts.append(f"{_n(incoming, 'förfrågan', 'förfrågningar')} från {where_one if incoming == 1 else where_many}")
    return "; ".join(parts)


# -- outcome --------------------------------------------------------------------------------------


def compute_outcome(s: Session, year: int) -> Outcome:
    """Households moved in, days in skyddat boende, requests and offers of the year (counts only)."""
    first, last = year_bounds(year)
    signed = s.execute(
        select(Offer.case_id, Offer.contract_type, Offer.signed_on, Case.sheltered_since)
        .join(Case, Case.id == Offer.case_id)
        .where(Offer.status == OfferStatus.SIGNED, Offer.signed_on >= first, Offer.signed_on <= last)
        .order_by(Offer.signed_on, Offer.id)).all()
    first_per_case: dict[int, tuple[ContractType | None, date, date | None]] = {}
    for case_id, contract, signed_on, sheltered in signed:
        first_per_case.setdefault(case_id, (contract, signed_on, sheltered))
    children = dict(s.execute(
        select(HouseholdMember.case_id, func.count()).where(
            HouseholdMember.case_id.in_(list(first_per_case)), HouseholdMember.role == MemberRole.CHILD)
        .group_by(HouseholdMember.case_id)).all()) if first_per_case else {}
    housed = {cid: v for cid, v in first_per_case.items() if v[0] is not ContractType.EMERGENCY}
    days = [(signed_on - sheltered).days for _c, signed_on, sheltered in housed.values()
            if sheltered is not None and sheltered <= signed_on]
    by_contract = tuple(
        ContractLine(t.value, t.label, sum(1 for v in housed.values() if v[0] is t),
                     sum(children.get(cid, 0) for cid, v in housed.items() if v[0] is t))
        for t in HOUSING_TYPES)
    requests = s.execute(select(Request.direction, Request.status, Request.moved_on).where(
        Request.sent_on >= first, Request.sent_on <= last, Request.status != RequestStatus.DRAFT)).all()
    outcomes: Counter[tuple[str, RequestDirection]] = Counter(
        (_request_outcome(status, moved_on), direction) for direction, status, moved_on in requests)
    moved = Counter(direction for (direction,) in s.execute(select(Request.direction).where(
        Request.moved_on >= first, Request.moved_on <= last)))
    decided = s.execute(select(Offer.status, Offer.decline_reason_text).where(
        Offer.decided_on >= first, Offer.decided_on <= last)).all()
    reasons = Counter(text or "Inget skäl angivet" for status, text in decided if status is OfferStatus.DECLINED)
    return Outcome(
        households_moved=len(housed),
        children_moved=sum(children.get(cid, 0) for cid in housed),
        by_contract=by_contract,
        emergency_households=len(first_per_case) - len(housed),
        days_known=len(days),
        median_days=median_half_up(days),
        longest_days=max(days) if days else None,
        requests_out=sum(1 for d, _s, _m in requests if d is RequestDirection.OUTGOING),
        requests_in=sum(1 for d, _s, _m in requests if d is RequestDirection.INCOMING),
        request_outcomes=tuple(RequestLine(code, label, outcomes[(code, RequestDirection.OUTGOING)],
                                           outcomes[(code, RequestDirection.INCOMING)])
                               for code, label in REQUEST_OUTCOMES),
        moved_out=moved[RequestDirection.OUTGOING],
        moved_in=moved[RequestDirection.INCOMING],
        offers_made=s.scalar(select(func.count()).select_from(Offer).where(
            Offer.offered_on >= first, Offer.offered_on <= last)) or 0,
        offers_accepted=sum(1 for st, _t in decided if st in (OfferStatus.ACCEPTED, OfferStatus.SIGNED)),
        offers_declined=sum(reasons.values()),
        offers_expired=sum(1 for st, _t in decided if st is OfferStatus.EXPIRED),
        decline_reasons=tuple(Count(label, n) for label, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def _request_outcome(status: RequestStatus, moved_on: date | None) -> str:
    if status is RequestStatus.WITHDRAWN:
        return "withdrawn"
    if moved_on is not None or status is RequestStatus.MOVED:
        return "moved"
    return {RequestStatus.SENT: "waiting", RequestStatus.ACCEPTED: "accepted",
            RequestStatus.APARTMENT_FOUND: "accepted", RequestStatus.DECLINED: "declined"}.get(status, "closed")
