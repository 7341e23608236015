"""The lifecycle of a request: dated steps along `sbdesk.domain.rings.TRANSITIONS`, one transaction each.

Callers import these from `sbdesk.services.requests`, which re-exports them. Every step is dated (not in
the future, not before the previous step: ValidationError on field 'on', codes DATE_FUTURE /
DATE_BEFORE_PREVIOUS); a step the lifecycle does not allow raises IllegalTransition with `error_code`
REQUEST_<TO>_FROM_<FROM>, e.g. REQUEST_MOVED_FROM_SENT, or REQUEST_ARCHIVED.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sbdesk.domain.cases import Case
from sbdesk.domain.enums import CaseStatus
from sbdesk.domain.rings import TRANSITIONS, Request, RequestDirection, RequestStatus, RequestStep
from sbdesk.domain.setting import Setting
from sbdesk.errors import IllegalTransition, NotFound, ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext
from sbdesk.services.request_lists import RequestRow, load_row, sibling_rows
from sbdesk.services.settings import setting_def

SIBLING_WITHDRAW_REASON = "Ett annat svar på förfrågan har accepterats."
REASON_REQUIRED = frozenset({RequestStatus.DECLINED, RequestStatus.WITHDRAWN})  # the UI asks for a reason
_ACTIONS = {  # status reached → audit action 'request.<action>'
    RequestStatus.SENT: "send", RequestStatus.ACCEPTED: "accept", RequestStatus.DECLINED: "decline",
    RequestStatus.APARTMENT_FOUND: "apartment_found", RequestStatus.MOVED: "moved", RequestStatus.CLOSED: "close",
    RequestStatus.WITHDRAWN: "withdraw",
}
_DATE_COLUMN = {
    RequestStatus.SENT: "sent_on", RequestStatus.ACCEPTED: "answered_on", RequestStatus.DECLINED: "answered_on",
    RequestStatus.APARTMENT_FOUND: "apartment_found_on", RequestStatus.MOVED: "moved_on",
    RequestStatus.CLOSED: "closed_on", RequestStatus.WITHDRAWN: "withdrawn_on",
}


def illegal(code: str, message: str) -> IllegalTransition:
    """An IllegalTransition carrying a stable error_code beside its Swedish message."""
    exc = IllegalTransition(message)
    exc.error_code = code  # type: ignore[attr-defined]
    return exc


def setting_in(s: Session, key: str) -> Any:
    """A setting read in the caller's transaction (get_setting would open a second one)."""
    row = s.get(Setting, key)
    return setting_def(key).default if row is None else row.value


def due_date(s: Session, sent_on: date) -> date:
    """The day an answer is due: sent_on + requests.answer_due_days (read in the session's transaction)."""
    return sent_on + timedelta(days=int(setting_in(s, "requests.answer_due_days")))


def answer_due(ctx: ServiceContext, sent_on: date) -> date:
    """The day an answer is due for a request sent (or received) on sent_on."""
    with ctx.read() as s:
        return due_date(s, sent_on)


def step_date(on: Any, today: date) -> date:
    """The step's date (default today), refused when in the future."""
    day = f.clean([f.FieldSpec("on", "Datum", f.a_date)], {"on": on})["on"] or today
    if day > today:
        raise ValidationError("on", "DATE_FUTURE", "Datumet kan inte ligga i framtiden.")
    return day


def last_step(s: Session, request_id: int) -> date | None:
    """The date of the request's latest step."""
    return s.scalar(select(func.max(RequestStep.on_date)).where(RequestStep.request_id == request_id))


def record_step(ctx: ServiceContext, s: Session, request: Request, to: RequestStatus, day: date,
                note: str | None = None) -> None:
    """Move request to `to` on `day` (checked against the lifecycle and the previous step) and log the step."""
    if to not in TRANSITIONS[request.direction][request.status]:
        raise illegal(f"REQUEST_{to.value.upper()}_FROM_{request.status.value.upper()}",
                      f"Förfrågan är {request.status.label_for(request.direction).lower()} och kan inte få "
                      f"steget ”{to.label_for(request.direction).lower()}”.")
    if request.archived:
        raise illegal("REQUEST_ARCHIVED", "Förfrågan är arkiverad.")
    previous = last_step(s, request.id)
    if previous is not None and day < previous:
        raise ValidationError("on", "DATE_BEFORE_PREVIOUS",
                              f"Datumet kan inte ligga före föregående steg ({previous.isoformat()}).")
    request.status = to
    setattr(request, _DATE_COLUMN[to], day)
    if to is RequestStatus.SENT:
        request.due_on = due_date(s, day)
    s.add(RequestStep(request_id=request.id, status=to, on_date=day, note=note, actor=ctx.actor or "okänd"))


def audit_request(ctx: ServiceContext, s: Session, action: str, request: Request, **details: Any) -> None:
    """The one audit event of a request write: ids, direction, status and the counterpart's code only."""
    ctx.audit(s, f"request.{action}", "request", request.id, details={
        "direction": request.direction.value, "status": request.status.value,
        "counterpart": request.counterpart_municipality_code, "case_id": request.case_id, **details})


def load_request(s: Session, request_id: int) -> Request:
    """The request (NotFound when missing)."""
    request = s.get(Request, request_id)
    if request is None:
        raise NotFound()
    return request


def apply_step(ctx: ServiceContext, s: Session, request: Request, to: RequestStatus | str, on: Any, today: date, *,
               reason: str | None = None, note: str | None = None, withdraw_others: bool = False) -> list[int]:
    """Take one step in the caller's transaction, without an audit event (the caller writes one).

    Declining and withdrawing need a reason. Accepting with withdraw_others withdraws the group's other
    open requests (same day, or their own last step's day when later); returns their ids."""
    to = RequestStatus(to)
    if to is RequestStatus.DRAFT:
        raise ValidationError("to", "INVALID_CHOICE", "Välj ett steg i listan.")
    if to in REASON_REQUIRED:
        reason = f.clean([f.FieldSpec("reason", "Skäl", f.long_text, required=True)], {"reason": reason})["reason"]
    day = step_date(on, today)
    clean_note = f.clean([f.FieldSpec("note", "Anteckning", f.long_text)], {"note": note})["note"]
    record_step(ctx, s, request, to, day, clean_note)
    if to is RequestStatus.DECLINED:
        request.decline_reason = reason
    elif to is RequestStatus.WITHDRAWN:
        request.withdraw_reason = reason
    if to is RequestStatus.MOVED and request.direction is RequestDirection.OUTGOING and request.case_id:
        case = s.get(Case, request.case_id)  # the household has a home in the other municipality now
        if case is not None and case.status in (CaseStatus.NEW, CaseStatus.WAITING):
            case.status = CaseStatus.HOUSED
    withdrawn: list[int] = []
    if to is RequestStatus.ACCEPTED and withdraw_others:
        for sibling in sibling_rows(s, request):
            other = load_request(s, sibling.id)
            record_step(ctx, s, other, RequestStatus.WITHDRAWN, max(day, last_step(s, other.id) or day))
            other.withdraw_reason = SIBLING_WITHDRAW_REASON
            withdrawn.append(other.id)
    return withdrawn


def advance(ctx: ServiceContext, request_id: int, to: RequestStatus | str, on: Any = None, *,
            reason: str | None = None, note: str | None = None, withdraw_others: bool = False,
            today: date | None = None) -> RequestRow:
    """Take one of next_steps() — the UI's quick action — as one transaction with one audit event."""
    today = today or date.today()
    with ctx.write() as s:
        request = load_request(s, request_id)
        withdrawn = apply_step(ctx, s, request, to, on, today, reason=reason, note=note,
                               withdraw_others=withdraw_others)
        s.flush()
        extra = {"withdrawn": withdrawn} if request.status is RequestStatus.ACCEPTED else {}
        audit_request(ctx, s, _ACTIONS[request.status], request, **extra)
        return load_row(s, request.id)


def send(ctx: ServiceContext, request_id: int, on: Any = None, *, note: str | None = None,
         today: date | None = None) -> RequestRow:
    """Send a draft: sets sent_on and the answer's due date."""
    return advance(ctx, request_id, RequestStatus.SENT, on, note=note, today=today)


def accept(ctx: ServiceContext, request_id: int, on: Any = None, *, withdraw_others: bool = False,
           note: str | None = None, today: date | None = None) -> RequestRow:
    """Record an accepting answer; with withdraw_others the group's other open requests are withdrawn
    in the same transaction (ask the user first: see siblings_open)."""
    return advance(ctx, request_id, RequestStatus.ACCEPTED, on, note=note, withdraw_others=withdraw_others,
                   today=today)


def decline(ctx: ServiceContext, request_id: int, reason: str, on: Any = None, *, note: str | None = None,
            today: date | None = None) -> RequestRow:
    """Record a declining answer (reason required)."""
    return advance(ctx, request_id, RequestStatus.DECLINED, on, reason=reason, note=note, today=today)


def record_answer(ctx: ServiceContext, request_id: int, answer: RequestStatus | str, on: Any = None, *,
                  reason: str | None = None, withdraw_others: bool = False, note: str | None = None,
                  today: date | None = None) -> RequestRow:
    """Record the answer: 'accepted' (optionally withdrawing the group's others) or 'declined' (reason required)."""
    status = RequestStatus(answer)
    if status not in (RequestStatus.ACCEPTED, RequestStatus.DECLINED):
        raise ValidationError("answer", "INVALID_CHOICE", "Välj accepterad eller avböjd.")
    return advance(ctx, request_id, status, on, reason=reason, note=note, withdraw_others=withdraw_others,
                   today=today)


def apartment_found(ctx: ServiceContext, request_id: int, on: Any = None, *, note: str | None = None,
                    today: date | None = None) -> RequestRow:
    """Record that the receiving municipality found an apartment."""
    return advance(ctx, request_id, RequestStatus.APARTMENT_FOUND, on, note=note, today=today)


def moved(ctx: ServiceContext, request_id: int, on: Any = None, *, note: str | None = None,
          today: date | None = None) -> RequestRow:
    """Record that the household has moved (verkställd)."""
    return advance(ctx, request_id, RequestStatus.MOVED, on, note=note, today=today)


def close(ctx: ServiceContext, request_id: int, on: Any = None, *, note: str | None = None,
          today: date | None = None) -> RequestRow:
    """Close a request after the move (follow-up done)."""
    return advance(ctx, request_id, RequestStatus.CLOSED, on, note=note, today=today)


def withdraw(ctx: ServiceContext, request_id: int, reason: str, on: Any = None, *, note: str | None = None,
             today: date | None = None) -> RequestRow:
    """Withdraw a request that is not final (reason required)."""
    return advance(ctx, request_id, RequestStatus.WITHDRAWN, on, reason=reason, note=note, today=today)
