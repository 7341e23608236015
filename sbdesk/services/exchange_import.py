"""Importing exchange files: a 'request' file creates an incoming request, an 'answer' file moves our
outgoing request along (through request_steps.apply_step).

Flow: `read_exchange_file(path)` → `describe_file(ctx, data)` (who sent it to whom, before the code is
asked) → `open_exchange(data, code)` (the slow KDF, once) → `preview_import(ctx, opened)` (what will be
created or changed; every refusal already raised here) → `import_opened(ctx, opened)`; or `import_file`.

Refused, with nothing imported: a file addressed to another municipality (EXCHANGE_WRONG_RECIPIENT); a
file imported before, a request we already hold from that sender, or an answer older than one already
imported (EXCHANGE_REPLAYED); an answer to a request we do not have (EXCHANGE_UNKNOWN_REQUEST); an answer
that does not fit the request's present status (EXCHANGE_ANSWER_CONFLICT); content that does not pass
the incoming request's validation (EXCHANGE_CONTENT_INVALID). Every import is one transaction with one
audit event 'exchange.import' (entity 'request') holding references, codes, kind and statuses only.
"""

from __future__ import annotations

import json

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sbdesk.domain.exchange import ExchangeDirection, ExchangeFile, ExchangeKind
from sbdesk.domain.rings import TRANSITIONS, HousingRing, Request, RequestDirection, RequestStatus, RingMembership
from sbdesk.errors import IllegalTransition, ValidationError
from sbdesk.services import exchange_payload as p
from sbdesk.services.context import ServiceContext
from sbdesk.services.exchange import municipality_name, own_code
from sbdesk.services.exchange_format import (
    MAX_FILE_BYTES,
    MAX_HEADER_BYTES,
    AnswerConflict,
    ContentInvalid,
    ExchangeFileError,
    ExchangeTooLarge,
    OpenedFile,
    Replayed,
    UnknownRequest,
    WrongRecipient,
    open_file,
    peek,
)
from sbdesk.services.request_lists import sibling_rows
from sbdesk.services.request_steps import apply_step, last_step
from sbdesk.services.requests import add_incoming


class ExchangeReadFailed(ExchangeFileError):
    """The chosen file could not be read from disk."""

    code = "EXCHANGE_READ_FAILED"
    default_message = "Filen kunde inte läsas från disken. Ingenting har importerats."


@dataclass(frozen=True)
class FileInfo:
    """What a file says about itself before it is opened (not yet authenticated)."""

    kind: ExchangeKind
    sender_code: str
    sender_name: str
    recipient_code: str
    recipient_name: str
    created: datetime
    own_code: str
    own_name: str

    @property
    def for_us(self) -> bool:
        """True when the file is addressed to our municipality."""
        return self.recipient_code == self.own_code


@dataclass(frozen=True)
class ImportPreview:
    """What importing an opened file will do."""

    kind: ExchangeKind
    sender_code: str
    sender_name: str
    lines: list[tuple[str, str]]  # (Swedish label, value)
    request_id: int | None  # answer: our outgoing request
    reference: str | None  # answer: our reference
    steps: tuple[RequestStatus, ...]  # answer: the steps that will be recorded
    siblings_open: int  # answer that accepts: other open requests for the same case


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    kind: ExchangeKind
    request_id: int
    reference: str  # ours
    counterpart_code: str
    counterpart_name: str
    counterpart_reference: str
    created: bool  # a new incoming request
    applied: tuple[RequestStatus, ...]  # answer: steps recorded
    status: RequestStatus
    withdrawn: tuple[int, ...]  # other requests of the group withdrawn


def read_exchange_file(path: Path | str) -> bytes:
    """The bytes of a chosen file (refusing anything far larger than an exchange file can be)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + MAX_HEADER_BYTES + 65)
    except OSError as exc:
        raise ExchangeReadFailed() from exc
    if len(data) > MAX_FILE_BYTES + MAX_HEADER_BYTES + 64:
        raise ExchangeTooLarge()
    return data


def open_exchange(data: bytes, code: str) -> OpenedFile:
    """Check and decrypt a file with the code read aloud by the sender."""
    return open_file(data, code)


def describe_file(ctx: ServiceContext, data: bytes) -> FileInfo:
    """Kind, sender and recipient of a file, and whether it is addressed to us (shape-checked only)."""
    header = peek(data)
    with ctx.read() as s:
        own = own_code(s)
        return FileInfo(ExchangeKind(header.kind), header.sender, municipality_name(s, header.sender),
                        header.recipient, municipality_name(s, header.recipient), header.created, own,
                        municipality_name(s, own))


# -- planning (shared by preview and import) ----------------------------------------------------


def _check_addressed(s: Session, opened: OpenedFile) -> None:
    own, h = own_code(s), opened.header
    if h.recipient != own:
        raise WrongRecipient(f"Filen är gjord för {municipality_name(s, h.recipient)} ({h.recipient}), men den här "
                             f"databasen hör till {municipality_name(s, own)} ({own}). Ingenting har importerats.")
    if s.scalar(select(ExchangeFile.id).where(ExchangeFile.file_id == h.file_id)) is not None:
        raise Replayed()


def _ring_id(s: Session, name: str | None, sender: str) -> int | None:
    """Our ring of the same name that the sender belongs to (or that lists no members), if any."""
    if not name:
        return None
    wanted = " ".join(name.split()).casefold()
    for ring in s.scalars(select(HousingRing).where(HousingRing.archived_at.is_(None)).order_by(HousingRing.id)):
        if " ".join(ring.name.split()).casefold() != wanted:
            continue
        members = set(s.scalars(select(RingMembership.municipality_code).where(RingMembership.ring_id == ring.id)))
        if not members or sender in members:
            return ring.id
    return None


def _incoming_values(s: Session, r: p.RequestContent, sender: str, ring_id: int | None,
                     today: date) -> dict[str, Any]:
    lines = [(f"Importerad från utväxlingsfil från {municipality_name(s, sender)} (deras referens "
              f"{r.reference}), skickad {r.sent_on.isoformat()}.")]
    if r.ring and ring_id is None:
        lines.append(f"Bostadsring enligt avsändaren: {r.ring}.")
    if r.message:
        lines.append(f"Meddelande: {r.message}")
    if r.identity is not None:
        lines.append("Den sökandes namn och personnummer finns med (Visa identitet; läsningen loggas).")
    needs = [p.swedish_list([p.ACCESS_LABELS[k] for k in r.access]).capitalize() + "."] if r.access else []
    if r.school:
        needs.append(f"Skola och förskola: {r.school}")
    support = set(r.support)
    return {"counterpart_municipality_code": sender, "ring_id": ring_id, "counterpart_reference": r.reference,
            "received_on": today, "received_description": "\n".join(lines), "adults": r.adults,
            "protection_level": r.protection_level,
            "children": r.children, "children_birth_years": ",".join(map(str, r.children_birth_years)),
            "rooms_needed": r.rooms_needed, "needs": "\n".join(needs), "support_text": r.support_text,
            **{f"support_{k}": k in support for k in p.SUPPORT_KEYS},
            "sender_contact_name": r.contact.name, "sender_contact_phone": r.contact.phone,
            "sender_contact_email": r.contact.email}


def _plan_request(s: Session, opened: OpenedFile, today: date) -> tuple[p.RequestContent, dict[str, Any]]:
    content = p.read_request(opened.payload)
    sender = opened.header.sender
    existing = s.scalar(select(Request.reference).where(
        Request.direction == RequestDirection.INCOMING, Request.counterpart_municipality_code == sender,
        Request.counterpart_reference == content.reference))
    if existing is not None:
        raise Replayed(f"Förfrågan {content.reference} från {municipality_name(s, sender)} finns redan här som "
                       f"{existing}. Ingenting har importerats.")
    return content, _incoming_values(s, content, sender, _ring_id(s, content.ring, sender), today)


def _plan_answer(s: Session, opened: OpenedFile) -> tuple[p.AnswerContent, Request, list[p.AnswerStep]]:
    content = p.read_answer(opened.payload)
    sender = opened.header.sender
    request = s.scalar(select(Request).where(
        Request.direction == RequestDirection.OUTGOING, Request.reference == content.request_reference,
        Request.counterpart_municipality_code == sender))
    if request is None:
        raise UnknownRequest(f"Svaret gäller förfrågan {content.request_reference} till "
                             f"{municipality_name(s, sender)}, men någon sådan förfrågan finns inte här. "
                             "Ingenting har importerats.")
    newest = s.scalar(select(func.max(ExchangeFile.sequence)).where(
        ExchangeFile.request_id == request.id, ExchangeFile.direction == ExchangeDirection.IMPORT,
        ExchangeFile.kind == ExchangeKind.ANSWER))
    if newest is not None and content.sequence <= newest:
        raise Replayed(f"Ett nyare svar från {municipality_name(s, sender)} på förfrågan {request.reference} har "
                       "redan importerats; det här är ett äldre svar. Ingenting har importerats.")
    have = {st.status for st in request.steps}
    todo = [st for st in content.steps if st.status not in have]
    status = request.status
    for st in todo:
        if st.status not in TRANSITIONS[request.direction][status] or request.archived:
            raise _conflict(request, status, st.status)
        status = st.status
    return content, request, todo


def _conflict(request: Request, status: RequestStatus, to: RequestStatus) -> AnswerConflict:
    return AnswerConflict(f"Svaret kan inte registreras: förfrågan {request.reference} är "
                          f"{status.label_for(request.direction).lower()}"
                          f"{' och arkiverad' if request.archived else ''} här och kan inte få steget "
                          f"”{to.label.lower()}”. Ingenting har importerats.")


def _kind(opened: OpenedFile) -> ExchangeKind:
    return ExchangeKind(opened.header.kind)


def preview_import(ctx: ServiceContext, opened: OpenedFile, *, today: date | None = None) -> ImportPreview:
    """What importing the opened file will create or change (raises what the import would raise)."""
    today = today or date.today()
    sender = opened.header.sender
    with ctx.read() as s:
        _check_addressed(s, opened)
        name = municipality_name(s, sender)
        if _kind(opened) is ExchangeKind.REQUEST:
            content, _values = _plan_request(s, opened, today)
            children = str(content.children) + (f" (födda {', '.join(map(str, content.children_birth_years))})"
                                                if content.children_birth_years else "")
            lines = [("Ny inkommande förfrågan från", f"{name} ({sender})"), ("Deras referens", content.reference),
                     ("Bostadsring", content.ring or "–"), ("Vuxna", str(content.adults)), ("Barn", children),
                     ("Antal rum som behövs", f"{content.rooms_needed} rok"),
                     ("Skyddade personuppgifter", content.protection_level.label),
                     ("Kontaktperson", ", ".join(x for x in (content.contact.name, content.contact.phone,
                                                             content.contact.email) if x))]
            if content.identity is not None:
                lines.append(("Sökandes identitet", "ingår i filen"))
            return ImportPreview(ExchangeKind.REQUEST, sender, name, lines, None, None, (), 0)
        answer, request, todo = _plan_answer(s, opened)
        lines = [("Svar från", f"{name} ({sender})"), ("På vår förfrågan", request.reference),
                 ("Deras referens", answer.reference)]
        lines += [(st.status.label, st.on.isoformat() + (f" – {st.reason}" if st.reason else "")) for st in todo]
        if not todo:
            lines.append(("Nya steg", "inga – förfrågan har redan alla steg i svaret"))
        accepts = any(st.status is RequestStatus.ACCEPTED for st in todo)
        siblings = len(sibling_rows(s, request)) if accepts else 0
        return ImportPreview(ExchangeKind.ANSWER, sender, name, lines, request.id, request.reference,
                             tuple(st.status for st in todo), siblings)


def _record(ctx: ServiceContext, s: Session, opened: OpenedFile, request: Request, sequence: int,
            **details: Any) -> None:
    h = opened.header
    s.add(ExchangeFile(file_id=h.file_id, direction=ExchangeDirection.IMPORT, kind=ExchangeKind(h.kind),
                       request_id=request.id, counterpart_municipality_code=h.sender, sequence=sequence,
                       file_created_at=h.created))
    ctx.audit(s, "exchange.import", "request", request.id, details={
        "kind": h.kind, "reference": request.reference, "sender": h.sender, "recipient": h.recipient,
        "file_id": h.file_id, "sequence": sequence, **details})


def _import_request(ctx: ServiceContext, s: Session, opened: OpenedFile, today: date) -> ImportResult:
    content, values = _plan_request(s, opened, today)
    try:
        request = add_incoming(ctx, s, values, today)
    except ValidationError as exc:
        raise ContentInvalid("Filens innehåll godtogs inte: " + " ".join(e.message for e in exc.errors)
                             + " Ingenting har importerats.") from exc
    if content.identity is not None:  # kept apart from the free text, read only through a logged reveal
        request.applicant_identity = json.dumps({
            "first_name": content.identity.first_name, "last_name": content.identity.last_name,
            "personal_number": content.identity.personal_number}, ensure_ascii=False)
    _record(ctx, s, opened, request, 1, counterpart_reference=content.reference, ring_id=request.ring_id)
    return ImportResult(ExchangeKind.REQUEST, request.id, request.reference, opened.header.sender,
                        municipality_name(s, opened.header.sender), content.reference, True, (), request.status, ())


def _import_answer(ctx: ServiceContext, s: Session, opened: OpenedFile, today: date,
                   withdraw_others: bool) -> ImportResult:
    content, request, todo = _plan_answer(s, opened)
    sender = municipality_name(s, opened.header.sender)
    withdrawn: list[int] = []
    for st in todo:
        previous = last_step(s, request.id)
        on = min(max(st.on, previous or st.on), today)
        note = f"Från svarsfil från {sender} ({content.reference})" + (
            f"; deras datum {st.on.isoformat()}" if on != st.on else "") + "."
        reason = st.reason or ("Inget skäl angavs i svaret." if st.status in (
            RequestStatus.DECLINED, RequestStatus.WITHDRAWN) else None)
        try:
            withdrawn += apply_step(ctx, s, request, st.status, on, today, reason=reason, note=note,
                                    withdraw_others=withdraw_others and st.status is RequestStatus.ACCEPTED)
        except IllegalTransition as exc:
            raise _conflict(request, request.status, st.status) from exc
        except ValidationError as exc:
            raise ContentInvalid("Svaret godtogs inte: " + " ".join(e.message for e in exc.errors)
                                 + " Ingenting har importerats.") from exc
    if not request.counterpart_reference:
        request.counterpart_reference = content.reference
    s.flush()
    _record(ctx, s, opened, request, content.sequence,
            counterpart_reference=content.reference, applied=[st.status.value for st in todo], withdrawn=withdrawn,
            status=request.status.value)
    return ImportResult(ExchangeKind.ANSWER, request.id, request.reference, opened.header.sender, sender,
                        content.reference, False, tuple(st.status for st in todo), request.status, tuple(withdrawn))


def import_opened(ctx: ServiceContext, opened: OpenedFile, *, withdraw_others: bool = False,
                  today: date | None = None) -> ImportResult:
    """Import an opened file in one transaction with one audit event; withdraw_others: an answer that
    accepts withdraws the other open requests for the same case (ask first: ImportPreview.siblings_open)."""
    today = today or date.today()
    with ctx.write() as s:
        _check_addressed(s, opened)
        if _kind(opened) is ExchangeKind.REQUEST:
            return _import_request(ctx, s, opened, today)
        return _import_answer(ctx, s, opened, today, withdraw_others)


def import_file(ctx: ServiceContext, data: bytes, code: str, *, withdraw_others: bool = False,
                today: date | None = None) -> ImportResult:
    """Open and import a file in one go (see import_opened)."""
    return import_opened(ctx, open_exchange(data, code), withdraw_others=withdraw_others, today=today)
