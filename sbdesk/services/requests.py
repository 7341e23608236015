"""Requests (förfrågningar) between municipalities: create, send, answer, follow to verkställighet.

Lifecycle (declared once in `sbdesk.domain.rings.TRANSITIONS`, asked with `next_steps`):
draft → sent → accepted | declined; accepted → apartment_found → moved (verkställd) → closed;
withdrawn from any status that is not final (declined, closed, withdrawn are final). An incoming
request starts as sent (shown as "Mottagen"), dated the day it was received.

* Every step is dated: not in the future, not before the previous step (ValidationError on field
  'on', codes DATE_FUTURE / DATE_BEFORE_PREVIOUS). A step the lifecycle does not allow raises
  IllegalTransition with `error_code` REQUEST_<TO>_FROM_<FROM>, e.g. REQUEST_MOVED_FROM_SENT.
* Answer due: sent_on + setting `requests.answer_due_days` days (default 30).
* One case sent to several partners shares a `group_key`; `accept(..., withdraw_others=True)`
  withdraws the other open requests of the group in the same transaction. Their withdrawal reason
  names no municipality, so it never tells one partner where the household went.
* Every write is one transaction with one audit event 'request.<action>' (entity 'request'); details
  hold ids, statuses, direction and municipality codes — never notes, reasons or household details.
* Retention: a purged case keeps its row, so its requests and their dates stay for the reciprocity
  figures; `scrub_case_requests` (called by the purge) clears their free text. case_id is
  ON DELETE SET NULL for the same reason.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sbdesk.domain.cases import Case
from sbdesk.domain.enums import ProtectionLevel
from sbdesk.domain.geography import Municipality
from sbdesk.domain.rings import (
    START_STATUS,
    HousingRing,
    Request,
    RequestDirection,
    RequestStatus,
    RequestStep,
    RingMembership,
)
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import changed_fields
from sbdesk.services.request_lists import (  # noqa: F401 - re-exported: import the requests API from here
    OPEN_STATUSES,
    STALLED_STATUSES,
    CaseRef,
    OverdueRequest,
    RequestDetail,
    RequestRow,
    StalledRequest,
    StepRow,
    birth_years,
    count_overdue,
    count_stalled,
    detail,
    find_request,
    get_request,
    list_requests,
    load_row,
    next_steps,
    overdue_answers,
    requests_for_case,
    sibling_rows,
    siblings_open,
    stalled,
)
from sbdesk.services.request_steps import (  # noqa: F401 - re-exported
    REASON_REQUIRED,
    SIBLING_WITHDRAW_REASON,
    accept,
    advance,
    answer_due,
    apartment_found,
    apply_step,
    audit_request,
    close,
    decline,
    due_date,
    illegal,
    last_step,
    load_request,
    moved,
    record_answer,
    record_step,
    send,
    setting_in,
    step_date,
    withdraw,
)

AUDIT_ACTIONS = {
    "request.create": "Skapade förfrågan", "request.receive": "Registrerade inkommen förfrågan",
    "request.update": "Ändrade förfrågan", "request.open": "Öppnade förfrågan", "request.send": "Skickade förfrågan",
    "request.send_group": "Skickade förfrågan till flera kommuner", "request.accept": "Registrerade accept",
    "request.decline": "Registrerade avböjande", "request.apartment_found": "Registrerade hittad lägenhet",
    "request.moved": "Registrerade verkställighet", "request.close": "Avslutade förfrågan",
    "request.withdraw": "Återkallade förfrågan", "request.archive": "Arkiverade förfrågan",
    "request.restore": "Återtog förfrågan",
}


def _birth_years(value: Any, field: str) -> str:
    """Children's birth years, e.g. '2014, 2019' or [2014, 2019], stored as '2014,2019'."""
    parts = value if isinstance(value, list | tuple) else str(value).replace(";", ",").replace(" ", ",").split(",")
    years = []
    for part in parts:
        text = str(part).strip()
        if not text:
            continue
        if not text.isdigit() or not 1900 <= int(text) <= date.today().year + 1:
            raise ValidationError(field, "BIRTH_YEAR", "Ange födelseår med fyra siffror, t.ex. 2014, 2019.")
        years.append(int(text))
    return ",".join(str(y) for y in sorted(years))


HOUSEHOLD_FIELDS = [
    f.FieldSpec("received_description", "Vad vi har fått", f.long_text),
    f.FieldSpec("protection_level", "Skyddade personuppgifter", f.choice(ProtectionLevel), blank=ProtectionLevel.NONE),
    f.FieldSpec("adults", "Vuxna", f.integer(0, 20)),
    f.FieldSpec("children", "Barn", f.integer(0, 20)),
    f.FieldSpec("children_birth_years", "Barnens födelseår", _birth_years),
    f.FieldSpec("rooms_needed", "Antal rum som behövs", f.integer(1, 20)),
    f.FieldSpec("needs", "Behov", f.long_text),
    f.FieldSpec("support_economic", "Ekonomiskt stöd", f.flag, blank=False),
    f.FieldSpec("support_psychosocial", "Psykosocialt stöd", f.flag, blank=False),
    f.FieldSpec("support_safety", "Skydd och säkerhet", f.flag, blank=False),
    f.FieldSpec("support_children", "Stöd till barnen", f.flag, blank=False),
    f.FieldSpec("support_text", "Stöd som behövs", f.long_text),
    f.FieldSpec("sender_contact_name", "Kontaktperson hos avsändaren", f.text(200)),
    f.FieldSpec("sender_contact_phone", "Kontaktpersonens telefon", f.phone),
    f.FieldSpec("sender_contact_email", "Kontaktpersonens e-post", f.email),
]
COMMON_FIELDS = [
    f.FieldSpec("counterpart_municipality_code", "Kommun", f.text(4), required=True),
    f.FieldSpec("ring_id", "Bostadsring", f.identifier),
    f.FieldSpec("counterpart_reference", "Deras diarienummer", f.text(60)),
    f.FieldSpec("notes", "Anteckningar", f.long_text),
]
INCOMING_FIELDS = [*COMMON_FIELDS, f.FieldSpec("received_on", "Mottagen", f.a_date, required=True),
                   *HOUSEHOLD_FIELDS]


def check_request_field(name: str, value: Any) -> str | None:
    """Swedish message for one request field as the user types, or None."""
    return f.check_field(INCOMING_FIELDS, name, value)


def next_reference(s: Session, year: int) -> str:
    """Our next request reference for the year, e.g. F-2026-0007."""
    prefix = f"F-{year}-"
    last = s.scalar(select(func.max(Request.reference)).where(Request.reference.like(prefix + "%")))
    return f"{prefix}{int(last.removeprefix(prefix)) + 1 if last else 1:04d}"


def _partner_errors(s: Session, code: str | None, ring_id: int | None) -> list[ValidationError]:
    field = "counterpart_municipality_code"
    if code is None:
        return []
    if s.get(Municipality, code) is None:
        return [ValidationError(field, "UNKNOWN_MUNICIPALITY", "Välj en kommun i listan.")]
    if code == str(setting_in(s, "municipality.code") or ""):
        return [ValidationError(field, "OWN_MUNICIPALITY", "Välj en annan kommun än den egna.")]
    if ring_id is None:
        return []
    ring = s.get(HousingRing, ring_id)
    if ring is None or ring.archived:
        return [ValidationError("ring_id", "UNKNOWN_RING", "Välj en bostadsring i listan.")]
    members = set(s.scalars(select(RingMembership.municipality_code).where(RingMembership.ring_id == ring_id)))
    if members and code not in members:
        return [ValidationError(field, "NOT_RING_MEMBER", "Kommunen är inte medlem i den valda bostadsringen.")]
    return []


def _case_for_request(s: Session, case_id: int) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise NotFound()
    if case.purged_at is not None or case.archived:
        raise illegal("CASE_NOT_OPEN", "Ärendet är arkiverat eller gallrat; ingen ny förfrågan kan göras.")
    return case


def _excluded_errors(case: Case, code: str) -> list[ValidationError]:
    """A household is never sent to a municipality in its spärrområde (near the perpetrator)."""
    if code in {m.code for m in case.excluded_municipalities}:
        return [ValidationError("counterpart_municipality_code", "EXCLUDED_MUNICIPALITY",
                                "Kommunen är ett spärrområde för ärendet och kan inte få förfrågan.")]
    return []


def _group_key(s: Session, case_id: int) -> str:
    """The group of the case's open outgoing requests, or a new one."""
    existing = s.scalar(select(Request.group_key).where(
        Request.case_id == case_id, Request.direction == RequestDirection.OUTGOING,
        Request.status.in_(OPEN_STATUSES), Request.group_key.is_not(None)).order_by(Request.id).limit(1))
    return existing or uuid.uuid4().hex


def _new_outgoing(ctx: ServiceContext, s: Session, case_id: int, code: str, ring_id: int | None,
                  notes: str | None, day: date) -> Request:
    f.finish(_partner_errors(s, code, ring_id) or _excluded_errors(_case_for_request(s, case_id), code))
    if s.scalar(select(func.count()).select_from(Request).where(
            Request.case_id == case_id, Request.counterpart_municipality_code == code,
            Request.status.in_(OPEN_STATUSES))):
        raise ValidationError("counterpart_municipality_code", "DUPLICATE_OPEN_REQUEST",
                              "Ärendet har redan en pågående förfrågan till den kommunen.")
    request = Request(reference=next_reference(s, day.year), direction=RequestDirection.OUTGOING,
                      status=START_STATUS[RequestDirection.OUTGOING], counterpart_municipality_code=code,
                      ring_id=ring_id, case_id=case_id, group_key=_group_key(s, case_id), notes=notes)
    s.add(request)
    s.flush()
    s.add(RequestStep(request_id=request.id, status=request.status, on_date=day, actor=ctx.actor or "okänd"))
    return request


def create_outgoing(ctx: ServiceContext, case_id: int, counterpart_municipality_code: str, *,
                    ring_id: int | None = None, notes: str | None = None, on: Any = None,
                    today: date | None = None) -> RequestRow:
    """A draft request asking another municipality to receive our case's household."""
    today = today or date.today()
    day = step_date(on, today)
    data = f.clean(COMMON_FIELDS, {"counterpart_municipality_code": counterpart_municipality_code,
                                   "ring_id": ring_id, "notes": notes})
    with ctx.write() as s:
        _case_for_request(s, case_id)
        request = _new_outgoing(ctx, s, case_id, data["counterpart_municipality_code"], data["ring_id"],
                                data["notes"], day)
        audit_request(ctx, s, "create", request, ring_id=request.ring_id)
        return load_row(s, request.id)


def send_to_several(ctx: ServiceContext, case_id: int, municipality_codes: list[str], ring_id: int | None = None,
                    *, on: Any = None, note: str | None = None, today: date | None = None) -> list[RequestRow]:
    """Send the case to several partners at once: one request each, in one group, all sent on `on`."""
    today = today or date.today()
    day = step_date(on, today)
    codes = list(dict.fromkeys(str(c).strip() for c in municipality_codes if str(c).strip()))
    if not codes:
        raise ValidationError("counterpart_municipality_code", "REQUIRED", "Välj minst en kommun.")
    with ctx.write() as s:
        _case_for_request(s, case_id)
        created = []
        for code in codes:
            request = _new_outgoing(ctx, s, case_id, code, ring_id, None, day)
            record_step(ctx, s, request, RequestStatus.SENT, day, note)
            created.append(request)
        s.flush()
        ctx.audit(s, "request.send_group", "request", created[0].id, details={
            "ids": [r.id for r in created], "counterparts": codes, "case_id": case_id, "ring_id": ring_id,
            "group_key": created[0].group_key})
        return [load_row(s, r.id) for r in created]


def add_incoming(ctx: ServiceContext, s: Session, values: dict[str, Any], today: date) -> Request:
    """Validate and insert a received request in the caller's transaction, without an audit event
    (for an import that writes its own); create_incoming is the usual way."""
    data, errors = f.parse_fields(INCOMING_FIELDS, values)
    received = data.pop("received_on", None)
    if received is not None and received > today:
        errors.append(ValidationError("received_on", "DATE_FUTURE", "Datumet kan inte ligga i framtiden."))
    errors += _household_errors(data)
    f.finish(errors + _partner_errors(s, data.get("counterpart_municipality_code"), data.get("ring_id")))
    assert received is not None
    request = Request(reference=next_reference(s, received.year), direction=RequestDirection.INCOMING,
                      status=START_STATUS[RequestDirection.INCOMING], **data)
    s.add(request)
    s.flush()
    request.sent_on, request.due_on = received, due_date(s, received)
    s.add(RequestStep(request_id=request.id, status=request.status, on_date=received, actor=ctx.actor or "okänd"))
    return request


def create_incoming(ctx: ServiceContext, values: dict[str, Any], *, today: date | None = None) -> RequestRow:
    """Register a request received from another municipality (status sent, shown as 'Mottagen')."""
    today = today or date.today()
    with ctx.write() as s:
        request = add_incoming(ctx, s, values, today)
        audit_request(ctx, s, "receive", request, ring_id=request.ring_id)
        return load_row(s, request.id)


def _household_errors(data: dict[str, Any]) -> list[ValidationError]:
    years, children = data.get("children_birth_years"), data.get("children")
    if years and children is not None and len(years.split(",")) > children:
        return [ValidationError("children_birth_years", "BIRTH_YEARS_COUNT", "Fler födelseår än antal barn.")]
    return []


def update_request(ctx: ServiceContext, request_id: int, values: dict[str, Any]) -> RequestRow:
    """Change descriptive fields: ring, their reference, notes; incoming also the household; the
    counterpart only while an outgoing request is a draft."""
    data, errors = f.parse_fields([s for s in INCOMING_FIELDS if s.name != "received_on"], values, partial=True)
    with ctx.write() as s:
        request = load_request(s, request_id)
        outgoing = request.direction is RequestDirection.OUTGOING
        for name in data:
            locked = (outgoing and name in {h.name for h in HOUSEHOLD_FIELDS}) or (
                name == "counterpart_municipality_code" and outgoing and request.status is not RequestStatus.DRAFT)
            if locked:
                errors.append(ValidationError(name, "NOT_EDITABLE", "Uppgiften kan inte ändras här."))
        merged_code = data.get("counterpart_municipality_code", request.counterpart_municipality_code)
        ring_id = data.get("ring_id", request.ring_id)
        if "counterpart_municipality_code" in data or "ring_id" in data:
            errors += _partner_errors(s, merged_code, ring_id)
        if outgoing and request.case_id is not None and merged_code != request.counterpart_municipality_code:
            errors += _excluded_errors(_case_for_request(s, request.case_id), merged_code)
        errors += _household_errors({"children": data.get("children", request.children),
                                     "children_birth_years": data.get("children_birth_years",
                                                                      request.children_birth_years)})
        f.finish(errors)
        changed = changed_fields(request, data)
        if changed:
            audit_request(ctx, s, "update", request, fields=changed)
        s.flush()
        return load_row(s, request.id)


def open_request(ctx: ServiceContext, request_id: int) -> RequestDetail:
    """Open a request for work (audit-logged like opening a case: it may describe a household)."""
    with ctx.write() as s:
        request = load_request(s, request_id)
        audit_request(ctx, s, "open", request)
        return detail(s, request_id)


def set_request_archived(ctx: ServiceContext, request_id: int, archived: bool = True) -> None:
    """Archive (or bring back) a request; archived requests leave lists and reminders, not the figures."""
    with ctx.write() as s:
        request = load_request(s, request_id)
        request.archived_at = func.current_timestamp() if archived else None
        audit_request(ctx, s, "archive" if archived else "restore", request)


@dataclass(frozen=True)
class ReceivedIdentity:
    """The applicant of a received household, as the sending municipality gave it."""

    first_name: str
    last_name: str
    personal_number: str | None


def has_received_identity(ctx: ServiceContext, request_id: int) -> bool:
    """Whether a received request holds the applicant's identity (reading whether is not logged)."""
    with ctx.read() as s:
        request = s.get(Request, request_id)
        return request is not None and request.applicant_identity is not None


def reveal_received_identity(ctx: ServiceContext, request_id: int, reason: str | None = None) -> ReceivedIdentity:
    """The applicant's name and personnummer of a received household; every reading is audit-logged."""
    with ctx.write() as s:
        request = s.get(Request, request_id)
        if request is None or request.applicant_identity is None:
            raise NotFound()
        data = json.loads(request.applicant_identity)
        ctx.audit(s, "request.identity_reveal", "request", request.id, reason=reason)
        return ReceivedIdentity(str(data.get("first_name") or ""), str(data.get("last_name") or ""),
                                data.get("personal_number") or None)


def scrub_request(request: Request) -> None:
    """Clear everything personal in a request (kept for the statistics: direction, status, the dates,
    the municipalities, the ring and the number of adults and children)."""
    request.notes = request.decline_reason = request.withdraw_reason = None
    request.received_description = request.needs = request.support_text = request.children_birth_years = None
    request.sender_contact_name = request.sender_contact_phone = request.sender_contact_email = None
    request.applicant_identity = None
    for step in request.steps:
        step.note = None


def scrub_case_requests(s: Session, case_id: int) -> int:
    """Clear the free text of a purged case's requests. Runs in the purge's transaction; returns how
    many requests were touched."""
    count = 0
    for request in s.scalars(select(Request).where(Request.case_id == case_id)):
        scrub_request(request)
        count += 1
    return count


INCOMING_DONE = (RequestStatus.DECLINED, RequestStatus.WITHDRAWN, RequestStatus.CLOSED, RequestStatus.MOVED)


def incoming_to_scrub(s: Session, before: date) -> list[Request]:
    """Incoming requests (they have no case of ours) that ended before `before` and still hold
    personal data: what the sending municipality told us about its household."""
    last = (select(RequestStep.request_id, func.max(RequestStep.on_date).label("day"))
            .group_by(RequestStep.request_id).subquery())
    held = or_(*(column.is_not(None) for column in (
        Request.received_description, Request.needs, Request.support_text, Request.children_birth_years,
        Request.sender_contact_name, Request.sender_contact_phone, Request.sender_contact_email, Request.notes,
        Request.applicant_identity,
        Request.decline_reason, Request.withdraw_reason)))
    return list(s.scalars(select(Request).join(last, last.c.request_id == Request.id).where(
        Request.direction == RequestDirection.INCOMING, Request.status.in_(INCOMING_DONE),
        last.c.day < before, held)))
