"""Reading requests (förfrågningar): rows, the paged register, one request with its timeline, reminders.

Rows show a case only by reference, pseudonym and protection level — never a name. `requests.py`
re-exports everything here, so callers import from `sbdesk.services.requests` only.

Reminders for Översikt:
* overdue answers — sent (or, incoming, received), not answered, and `due_on` before today;
* stalled — a draft, accepted, apartment-found or moved (verkställd, not yet closed) request whose
  last step is `requests.stalled_days` (default 21) days old or more. Sent requests are not
  "stalled": they have their own due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from sbdesk.domain.cases import Case
from sbdesk.domain.enums import ProtectionLevel
from sbdesk.domain.geography import Municipality
from sbdesk.domain.rings import (
    FINAL_STATUSES,
    TRANSITIONS,
    HousingRing,
    Request,
    RequestDirection,
    RequestStatus,
    RequestStep,
)
from sbdesk.errors import NotFound
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery, Page, run_page, search_clause
from sbdesk.services.settings import get_setting

STALLED_STATUSES = (RequestStatus.DRAFT, RequestStatus.ACCEPTED, RequestStatus.APARTMENT_FOUND, RequestStatus.MOVED)
OPEN_STATUSES = tuple(s for s in RequestStatus if s not in FINAL_STATUSES)
INCOMING_VALUE_FIELDS = (
    "received_description", "protection_level", "adults", "children", "rooms_needed", "needs", "support_economic",
    "support_psychosocial", "support_safety", "support_children", "support_text", "sender_contact_name",
    "sender_contact_phone", "sender_contact_email",
)


def next_steps(status: RequestStatus | str, direction: RequestDirection | str) -> list[RequestStatus]:
    """The statuses a request may move to next (the UI's quick actions), from the one lifecycle table."""
    return list(TRANSITIONS[RequestDirection(direction)][RequestStatus(status)])


@dataclass(frozen=True)
class CaseRef:
    """The case of an outgoing request as it may be shown anywhere: no names."""

    id: int
    reference: str
    pseudonym: str
    protection_level: ProtectionLevel

    @property
    def display_name(self) -> str:
        """Reference and pseudonym, e.g. 'SB-2026-0003 Rönn 42'."""
        return f"{self.reference} {self.pseudonym}"


@dataclass(frozen=True)
class RequestRow:
    """A request as lists show it (incoming: household size only; outgoing: the case by reference)."""

    id: int
    reference: str
    direction: RequestDirection
    status: RequestStatus
    counterpart_municipality_code: str
    counterpart_name: str
    counterpart_reference: str | None
    ring_id: int | None
    ring_name: str | None
    case: CaseRef | None
    group_key: str | None
    adults: int | None
    children: int | None
    sent_on: date | None
    due_on: date | None
    answered_on: date | None
    apartment_found_on: date | None
    moved_on: date | None
    closed_on: date | None
    withdrawn_on: date | None
    last_step_on: date | None
    archived: bool
    household_protection: ProtectionLevel = ProtectionLevel.NONE  # a received household's own level

    @property
    def protection_level(self) -> ProtectionLevel:
        """The protection level to show: our case's, or the received household's."""
        return self.case.protection_level if self.case is not None else self.household_protection

    @property
    def status_label(self) -> str:
        """Swedish status as seen from our side ('Mottagen' for a received incoming request)."""
        return self.status.label_for(self.direction)

    @property
    def next_steps(self) -> list[RequestStatus]:
        """Where this request may go next."""
        return next_steps(self.status, self.direction)

    def days_overdue(self, today: date) -> int:
        """Days past the answer's due date while unanswered (0 when not overdue)."""
        if self.status is not RequestStatus.SENT or self.due_on is None or self.due_on >= today:
            return 0
        return (today - self.due_on).days


@dataclass(frozen=True)
class StepRow:
    """One step of the timeline."""

    id: int
    status: RequestStatus
    status_label: str
    on_date: date
    note: str | None
    actor: str


@dataclass(frozen=True)
class RequestDetail:
    """One request: its row, timeline (oldest first), open siblings in its group, and editable values."""

    row: RequestRow
    steps: list[StepRow]
    siblings: list[RequestRow]
    values: dict[str, Any]  # notes, decline/withdraw reasons and, incoming, the household fields


@dataclass(frozen=True)
class OverdueRequest:
    """A request whose answer is overdue (our own answer when incoming)."""

    row: RequestRow
    days_overdue: int


@dataclass(frozen=True)
class StalledRequest:
    """An open request with no step for a while."""

    row: RequestRow
    last_step_on: date
    days_since_step: int


def last_step_column() -> Any:
    """The date of a request's latest step (a correlated subquery)."""
    return (select(func.max(RequestStep.on_date)).where(RequestStep.request_id == Request.id)
            .correlate(Request).scalar_subquery())


def row_select() -> Select[Any]:
    """Request joined with everything its row shows."""
    return (
        select(Request, Municipality.name, HousingRing.name, Case.reference, Case.pseudonym, Case.protection_level,
               last_step_column().label("last_step_on"))
        .join(Municipality, Request.counterpart_municipality_code == Municipality.code)
        .outerjoin(HousingRing, Request.ring_id == HousingRing.id)
        .outerjoin(Case, Request.case_id == Case.id)
    )


def to_row(r: Request, counterpart: str, ring: str | None, case_ref: str | None, pseudonym: str | None,
           level: ProtectionLevel | None, last_step_on: date | None) -> RequestRow:
    """A RequestRow from one result of row_select()."""
    case = CaseRef(r.case_id, case_ref, pseudonym or "", level or ProtectionLevel.NONE) \
        if r.case_id is not None and case_ref is not None else None
    return RequestRow(r.id, r.reference, r.direction, r.status, r.counterpart_municipality_code, counterpart,
                      r.counterpart_reference, r.ring_id, ring, case, r.group_key, r.adults, r.children, r.sent_on,
                      r.due_on, r.answered_on, r.apartment_found_on, r.moved_on, r.closed_on, r.withdrawn_on,
                      last_step_on, r.archived, r.protection_level)


def load_row(s: Session, request_id: int) -> RequestRow:
    """One request's row (NotFound when missing)."""
    found = s.execute(row_select().where(Request.id == request_id)).first()
    if found is None:
        raise NotFound()
    return to_row(*found)


def sibling_rows(s: Session, request: Request) -> list[RequestRow]:
    """The other open requests in the request's group (the same case sent to several partners)."""
    if request.group_key is None:
        return []
    stmt = row_select().where(Request.group_key == request.group_key, Request.id != request.id,
                              Request.status.in_(OPEN_STATUSES), Request.archived_at.is_(None))
    return [to_row(*r) for r in s.execute(stmt.order_by(Request.reference))]


def birth_years(text: str | None) -> list[int]:
    """Stored birth years ('2014,2019') as a list."""
    return [int(y) for y in (text or "").split(",") if y.strip()]


def detail(s: Session, request_id: int) -> RequestDetail:
    """One request with its timeline and open siblings."""
    row = load_row(s, request_id)
    request = s.get(Request, request_id)
    assert request is not None
    steps = [StepRow(st.id, st.status, st.status.label_for(request.direction), st.on_date, st.note, st.actor)
             for st in sorted(request.steps, key=lambda st: (st.on_date, st.id))]
    values: dict[str, Any] = {"notes": request.notes, "decline_reason": request.decline_reason,
                              "withdraw_reason": request.withdraw_reason}
    if request.direction is RequestDirection.INCOMING:
        values.update({name: getattr(request, name) for name in INCOMING_VALUE_FIELDS})
        values["children_birth_years"] = birth_years(request.children_birth_years)
        values["has_identity"] = request.applicant_identity is not None  # whether, never what
    return RequestDetail(row, steps, sibling_rows(s, request), values)


def get_request(ctx: ServiceContext, request_id: int) -> RequestDetail:
    """One request with its timeline (not logged; use open_request when a user opens it)."""
    with ctx.read() as s:
        return detail(s, request_id)


def siblings_open(ctx: ServiceContext, request_id: int) -> list[RequestRow]:
    """The other open requests for the same case (ask before accept(..., withdraw_others=True))."""
    with ctx.read() as s:
        request = s.get(Request, request_id)
        if request is None:
            raise NotFound()
        return sibling_rows(s, request)


def find_request(ctx: ServiceContext, *, reference: str | None = None, counterpart: str | None = None,
                 counterpart_reference: str | None = None,
                 direction: RequestDirection | str | None = None) -> RequestRow | None:
    """The request with our reference, or with the counterpart's code and their reference (for exchange
    files: the answer to our F-2026-0007, or a request already imported); None when there is none."""
    conditions: list[Any] = []
    if reference is not None:
        conditions.append(Request.reference == reference)
    if counterpart is not None:
        conditions.append(Request.counterpart_municipality_code == counterpart)
    if counterpart_reference is not None:
        conditions.append(Request.counterpart_reference == counterpart_reference)
    if direction is not None:
        conditions.append(Request.direction == RequestDirection(direction))
    if not conditions:
        return None
    with ctx.read() as s:
        found = s.execute(row_select().where(*conditions).order_by(Request.id.desc()).limit(1)).first()
        return to_row(*found) if found is not None else None


def requests_for_case(ctx: ServiceContext, case_id: int) -> list[RequestRow]:
    """Every outgoing request of a case, newest first (for the case's page)."""
    with ctx.read() as s:
        stmt = row_select().where(Request.case_id == case_id).order_by(Request.id.desc())
        return [to_row(*r) for r in s.execute(stmt)]


REQUEST_SORT = {
    "reference": Request.reference,
    "direction": Request.direction,
    "status": Request.status,
    "counterpart_name": Municipality.name,
    "ring_name": HousingRing.name,
    "case_reference": Case.reference,
    "sent_on": Request.sent_on,
    "due_on": Request.due_on,
    "answered_on": Request.answered_on,
    "moved_on": Request.moved_on,
    "last_step_on": "last_step_on",
}


def list_requests(ctx: ServiceContext, query: ListQuery | None = None, *,
                  today: date | None = None) -> Page[RequestRow]:
    """Requests by search (our reference, theirs, the counterpart's name, the case reference) and filters:
    direction, status (one or several), counterpart (kommunkod), ring_id, case_id, group_key,
    open_only (not declined/closed/withdrawn), overdue (answer due before today)."""
    today = today or date.today()
    query = query or ListQuery()
    conditions: list[Any] = []
    if not query.include_archived:
        conditions.append(Request.archived_at.is_(None))
    flt = query.filters
    if (direction := flt.get("direction")) is not None:
        conditions.append(Request.direction == RequestDirection(direction))
    if (status := flt.get("status")) is not None:
        statuses = [status] if isinstance(status, str) else list(status)
        conditions.append(Request.status.in_([RequestStatus(x) for x in statuses]))
    if (code := flt.get("counterpart")) is not None:
        conditions.append(Request.counterpart_municipality_code == code)
    for name in ("ring_id", "case_id", "group_key"):
        if (value := flt.get(name)) is not None:
            conditions.append(getattr(Request, name) == value)
    if flt.get("open_only"):
        conditions.append(Request.status.in_(OPEN_STATUSES))
    if flt.get("overdue"):
        conditions.extend([Request.status == RequestStatus.SENT, Request.due_on < today])
    clause = search_clause(query.search, [Request.reference, Request.counterpart_reference, Municipality.name,
                                          Case.reference])
    if clause is not None:
        conditions.append(clause)
    stmt = row_select().where(*conditions)
    with ctx.read() as s:
        sort = {**REQUEST_SORT, "last_step_on": last_step_column()}
        rows, total = run_page(s, stmt, query, sort, "reference", Request.id)
        return Page([to_row(*r) for r in rows], total, query.offset)


def _overdue_where(today: date) -> tuple[Any, ...]:
    return Request.archived_at.is_(None), Request.status == RequestStatus.SENT, Request.due_on < today


def overdue_answers(ctx: ServiceContext, today: date | None = None, limit: int | None = None
                    ) -> list[OverdueRequest]:
    """Sent (or received) requests not answered by their due date, most overdue first (at most limit)."""
    today = today or date.today()
    stmt = row_select().where(*_overdue_where(today)).order_by(Request.due_on, Request.reference).limit(limit)
    with ctx.read() as s:
        rows = [to_row(*r) for r in s.execute(stmt)]
    return [OverdueRequest(row, row.days_overdue(today)) for row in rows]


def count_overdue(ctx: ServiceContext, today: date | None = None) -> int:
    """How many answers are overdue (counted in SQL)."""
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Request).where(
            *_overdue_where(today or date.today()))) or 0


def _stalled_parts(ctx: ServiceContext, today: date) -> tuple[Any, tuple[Any, ...]]:
    days = int(get_setting(ctx, "requests.stalled_days"))
    last = (select(RequestStep.request_id, func.max(RequestStep.on_date).label("day"))
            .group_by(RequestStep.request_id).subquery())  # once for all requests, not once per row
    where = (Request.archived_at.is_(None), Request.status.in_(STALLED_STATUSES),
             last.c.day <= today - timedelta(days=days))
    return last, where


def stalled(ctx: ServiceContext, today: date | None = None, limit: int | None = None) -> list[StalledRequest]:
    """Open requests (draft, accepted, apartment found, moved) with no step for requests.stalled_days days,
    the longest still first (at most limit)."""
    today = today or date.today()
    last, where = _stalled_parts(ctx, today)
    stmt = (row_select().join(last, last.c.request_id == Request.id).where(*where)
            .order_by(last.c.day, Request.reference).limit(limit))
    with ctx.read() as s:
        rows = [to_row(*r) for r in s.execute(stmt)]
    return [StalledRequest(row, row.last_step_on, (today - row.last_step_on).days)
            for row in rows if row.last_step_on is not None]


def count_stalled(ctx: ServiceContext, today: date | None = None) -> int:
    """How many requests have stalled (counted in SQL)."""
    last, where = _stalled_parts(ctx, today or date.today())
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Request).join(
            last, last.c.request_id == Request.id).where(*where)) or 0
