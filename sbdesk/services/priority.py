"""Förtur grants on cases, and the priority queue of waiting households with explainable scores.

Queue score = sum of named parts (weights are settings; the defaults below apply until declared):

* ``waiting``  – ``queue.points_per_waiting_day`` (default 1) per day since skyddat boende began,
  else since the queue date (no date: 0).
* ``risk``     – ``queue.points_risk_<level>``: low 0, moderate 30, high 90, acute 180.
* ``children`` – ``queue.points_per_child`` (default 20) per child in the household.
* ``fortur``   – ``queue.points_fortur`` (default 200) when a förtur grant is valid today and not used up.
* ``deadline`` – ``queue.points_deadline`` (default 100) when needed_by is at most
  ``queue.deadline_days`` (default 30) days away (or already passed).
* ``manual``   – the sum of manual adjustments (each with a mandatory reason, audit-logged).

Order: total descending, then waiting since ascending (no date last), then reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sbdesk.domain.cases import Case, HouseholdMember
from sbdesk.domain.enums import CaseStatus, MemberRole, ProtectionLevel, RiskLevel
from sbdesk.domain.priority import PriorityGrant, PriorityGround, QueueAdjustment
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import changed_fields
from sbdesk.services.settings import SETTINGS, all_settings

# The queue's weights are settings (group Kö); their declared defaults are the documented ones above.
QUEUE_DEFAULTS: dict[str, int] = {d.key: int(d.default) for d in SETTINGS if d.key.startswith("queue.")}
QUEUE_STATUSES = (CaseStatus.NEW, CaseStatus.WAITING, CaseStatus.OFFER_PENDING)
PART_LABELS = {
    "waiting": "Väntetid",
    "risk": "Risknivå",
    "children": "Barn i hushållet",
    "fortur": "Förtur",
    "deadline": "Snart behov",
    "manual": "Manuell justering",
}
MAX_ADJUSTMENT = 10_000

GRANT_FIELDS = [
    f.FieldSpec("ground", "Grund", f.choice(PriorityGround), required=True),
    f.FieldSpec("issued_by", "Utfärdad av (roll)", f.text(200), required=True),
    f.FieldSpec("applied_on", "Ansökt", f.a_date),
    f.FieldSpec("decided_on", "Beslutad", f.a_date),
    f.FieldSpec("valid_until", "Giltig till", f.a_date),
    f.FieldSpec("offers_allowed", "Antal erbjudanden", f.integer(1, 20), blank=1),
    f.FieldSpec("used_up", "Förbrukad", f.flag, blank=False),
    f.FieldSpec("credit_check_ok", "Kreditupplysning godkänd", f.flag),
    f.FieldSpec("references_ok", "Referenser godkända", f.flag),
    f.FieldSpec("landlord_note", "Hyresvärdens anteckning", f.long_text),
]
def queue_weights(ctx: ServiceContext) -> dict[str, int]:
    """Every queue weight as the municipality has set it (one read of the settings)."""
    values = all_settings(ctx)
    return {key: int(values[key]) for key in QUEUE_DEFAULTS}


# -- förtur grants ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GrantRow:
    """A förtur grant as the case view shows it."""

    id: int
    case_id: int
    ground: PriorityGround
    issued_by: str
    applied_on: date | None
    decided_on: date | None
    valid_until: date | None
    offers_allowed: int
    offers_used: int
    used_up: bool
    credit_check_ok: bool | None
    references_ok: bool | None
    landlord_note: str | None
    valid_today: bool


def _grant_row(g: PriorityGrant, today: date | None = None) -> GrantRow:
    return GrantRow(
        g.id, g.case_id, g.ground, g.issued_by, g.applied_on, g.decided_on, g.valid_until, g.offers_allowed,
        g.offers_used, g.used_up, g.credit_check_ok, g.references_ok, g.landlord_note,
        g.valid_on(today or date.today()),
    )


def _date_errors(g: PriorityGrant) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if g.applied_on and g.decided_on and g.decided_on < g.applied_on:
        errors.append(ValidationError("decided_on", "DATE_ORDER", "Beslutsdatum kan inte vara före ansökan."))
    if g.decided_on and g.valid_until and g.valid_until < g.decided_on:
        errors.append(ValidationError("valid_until", "DATE_ORDER", "Giltig till kan inte vara före beslutet."))
    return errors


def _get_grant(s: Session, grant_id: int) -> PriorityGrant:
    grant = s.get(PriorityGrant, grant_id)
    if grant is None:
        raise NotFound()
    return grant


def create_grant(ctx: ServiceContext, case_id: int, values: dict[str, Any]) -> GrantRow:
    """Record a förtur grant on a case (one transaction, audit 'priority.create')."""
    data = f.clean(GRANT_FIELDS, values)
    with ctx.write() as s:
        if s.get(Case, case_id) is None:
            raise NotFound()
        grant = PriorityGrant(case_id=case_id, offers_used=0, **data)
        f.finish(_date_errors(grant))
        s.add(grant)
        s.flush()
        ctx.audit(s, "priority.create", "case", case_id, details={"grant_id": grant.id})
        return _grant_row(grant)


def update_grant(ctx: ServiceContext, grant_id: int, values: dict[str, Any]) -> GrantRow:
    """Change a förtur grant (partial values); audit 'priority.update' with the changed field names."""
    data = f.clean(GRANT_FIELDS, values, partial=True)
    with ctx.write() as s:
        grant = _get_grant(s, grant_id)
        changed = changed_fields(grant, data)
        f.finish(_date_errors(grant))
        if changed:
            ctx.audit(s, "priority.update", "case", grant.case_id, details={"grant_id": grant.id, "fields": changed})
        return _grant_row(grant)


def set_grant_archived(ctx: ServiceContext, grant_id: int, archived: bool = True) -> None:
    """Archive (or bring back) a förtur grant; an archived grant never counts."""
    with ctx.write() as s:
        grant = _get_grant(s, grant_id)
        grant.archived_at = func.current_timestamp() if archived else None
        action = "priority.archive" if archived else "priority.restore"
        ctx.audit(s, action, "case", grant.case_id, details={"grant_id": grant.id})


def list_grants(ctx: ServiceContext, case_id: int, *, today: date | None = None) -> list[GrantRow]:
    """A case's förtur grants (not archived), newest decision first."""
    with ctx.read() as s:
        grants = s.scalars(
            select(PriorityGrant)
            .where(PriorityGrant.case_id == case_id, PriorityGrant.archived_at.is_(None))
            .order_by(PriorityGrant.decided_on.desc().nulls_last(), PriorityGrant.id.desc())
        )
        return [_grant_row(g, today) for g in grants]


def valid_grant(s: Session, case_id: int, day: date) -> PriorityGrant | None:
    """The case's förtur grant valid on day (the one expiring soonest when several are)."""
    grants = s.scalars(
        select(PriorityGrant).where(PriorityGrant.case_id == case_id, PriorityGrant.archived_at.is_(None))
    ).all()
    valid = [g for g in grants if g.valid_on(day)]
    valid.sort(key=lambda g: (g.valid_until or date.max, g.id))
    return valid[0] if valid else None


# -- queue --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScorePart:
    """One named part of a queue score: stable code, Swedish label, points and a short explanation."""

    code: str
    label: str
    points: int
    detail: str


@dataclass(frozen=True)
class QueueEntry:
    """A waiting household's place in the queue (reference and pseudonym only, never names)."""

    rank: int
    case_id: int
    reference: str
    pseudonym: str
    status: CaseStatus
    risk_level: RiskLevel
    waiting_since: date | None
    parts: tuple[ScorePart, ...]
    protection_level: ProtectionLevel = ProtectionLevel.NONE

    @property
    def total(self) -> int:
        """Sum of every part."""
        return sum(p.points for p in self.parts)

    def part(self, code: str) -> ScorePart:
        """The part with the given code (KeyError if unknown)."""
        for p in self.parts:
            if p.code == code:
                return p
        raise KeyError(code)


def _part(code: str, points: int, detail: str) -> ScorePart:
    return ScorePart(code, PART_LABELS[code], points, detail)


def score_parts(case: Case, children: int, has_fortur: bool, manual: int, weights: dict[str, int],
                today: date) -> tuple[ScorePart, ...]:
    """The named parts of one case's score on today."""
    since = case.sheltered_since or case.queue_since
    days = max((today - since).days, 0) if since else 0
    source = "i skyddat boende" if case.sheltered_since else "i kön"
    deadline_pts, deadline_detail = 0, "Inget datum"
    if case.needed_by is not None:
        left = (case.needed_by - today).days
        if left <= weights["queue.deadline_days"]:
            deadline_pts = weights["queue.points_deadline"]
        deadline_detail = f"{left} dagar kvar" if left >= 0 else f"{-left} dagar sedan"
    return (
        _part("waiting", days * weights["queue.points_per_waiting_day"],
              f"{days} dagar {source}" if since else "Inget startdatum"),
        _part("risk", weights[f"queue.points_risk_{case.risk_level.value}"], case.risk_level.label),
        _part("children", children * weights["queue.points_per_child"], f"{children} barn"),
        _part("fortur", weights["queue.points_fortur"] if has_fortur else 0,
              "Giltig förtur" if has_fortur else "Ingen giltig förtur"),
        _part("deadline", deadline_pts, deadline_detail),
        _part("manual", manual, "Summa av manuella justeringar" if manual else "Ingen justering"),
    )


def priority_queue(ctx: ServiceContext, *, today: date | None = None) -> list[QueueEntry]:
    """Every waiting household (new, waiting, offer pending; not archived) ranked by score."""
    today = today or date.today()
    weights = queue_weights(ctx)
    children_q = (
        select(func.count()).where(HouseholdMember.case_id == Case.id, HouseholdMember.role == MemberRole.CHILD)
        .correlate(Case).scalar_subquery()
    )
    manual_q = (
        select(func.coalesce(func.sum(QueueAdjustment.points), 0))
        .where(QueueAdjustment.case_id == Case.id, QueueAdjustment.archived_at.is_(None))
        .correlate(Case).scalar_subquery()
    )
    with ctx.read() as s:
        rows = s.execute(
            select(Case, children_q, manual_q).where(Case.status.in_(QUEUE_STATUSES), Case.archived_at.is_(None))
        ).all()
        grants = s.scalars(select(PriorityGrant).where(
            PriorityGrant.case_id.in_([r[0].id for r in rows]), PriorityGrant.archived_at.is_(None))).all()
        with_fortur = {g.case_id for g in grants if g.valid_on(today)}
        scored = [
            (c, score_parts(c, int(kids), c.id in with_fortur, int(manual), weights, today))
            for c, kids, manual in rows
        ]
        scored.sort(key=lambda item: (
            -sum(p.points for p in item[1]),
            (item[0].sheltered_since or item[0].queue_since or date.max),
            item[0].reference,
        ))
        return [
            QueueEntry(i, c.id, c.reference, c.pseudonym, c.status, c.risk_level,
                       c.sheltered_since or c.queue_since, parts, c.protection_level)
            for i, (c, parts) in enumerate(scored, start=1)
        ]


@dataclass(frozen=True)
class AdjustmentRow:
    """One manual queue adjustment."""

    id: int
    case_id: int
    points: int
    reason: str
    actor: str


ADJUST_FIELDS = [
    f.FieldSpec("points", "Poäng", f.integer(-MAX_ADJUSTMENT, MAX_ADJUSTMENT), required=True),
    f.FieldSpec("reason", "Skäl", f.long_text, required=True),
]


def adjust_queue(ctx: ServiceContext, case_id: int, points: int, reason: str) -> AdjustmentRow:
    """Move a case up (positive) or down (negative) in the queue; the reason is mandatory and logged."""
    data = f.clean(ADJUST_FIELDS, {"points": points, "reason": reason})
    if data["points"] == 0:
        raise ValidationError("points", "ZERO_POINTS", "Ange ett antal poäng skilt från noll.")
    with ctx.write() as s:
        if s.get(Case, case_id) is None:
            raise NotFound()
        adj = QueueAdjustment(case_id=case_id, points=data["points"], reason=data["reason"],
                              actor=ctx.actor or "okänd")
        s.add(adj)
        s.flush()
        ctx.audit(s, "queue.adjust", "case", case_id, reason=adj.reason,
                  details={"adjustment_id": adj.id, "points": adj.points})
        return AdjustmentRow(adj.id, adj.case_id, adj.points, adj.reason, adj.actor)


def list_adjustments(ctx: ServiceContext, case_id: int) -> list[AdjustmentRow]:
    """A case's manual queue adjustments, oldest first."""
    with ctx.read() as s:
        rows = s.scalars(select(QueueAdjustment).where(
            QueueAdjustment.case_id == case_id, QueueAdjustment.archived_at.is_(None)).order_by(QueueAdjustment.id))
        return [AdjustmentRow(a.id, a.case_id, a.points, a.reason, a.actor) for a in rows]
